"""Batch functions of IKPA: the composite per satker and the per-indicator figures
(capaian output, penyerapan per quarter) per satker.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, overload

from sakip._decimal import CONTEXT, HUNDRED, MAX_EXPONENT, ONE, ZERO, to_decimal
from sakip.batch._columns import (
    CENT,  # noqa: F401 - the docstring examples quantize with it
    Errors,
    Value,
    _blank,
    _cell_is_none,
    _check_errors,
    _column,
    _each_group,
    _each_row,
    _items,
    _numbers,
    _optional_column,
    _plain_text,
    _renamed,
)
from sakip.budget import (
    _check_kode,
)
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    SakipError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import NotComputable
from sakip.ikpa import (
    DISPENSASI_PER_5_PB_2024,
    IKPA,
    IKPA_RULES,
    KATEGORI_IKPA,
    TARGET_PENYERAPAN_PER_5_PB_2024,
    IKPARule,
    _ended,
    ikpa,
    kro_dikecualikan,
    penyerapan_triwulan,
    penyesuaian_ikpa,
)
from sakip.ikpa import kategori_ikpa as _kategori_ikpa_figure
from sakip.ikpa_indikator import CAPAIAN_OUTPUT_PER_5_PB_2024, CapaianRO, ikpa_capaian_output


@overload
def ikpa_satker(columns: Mapping[str, Iterable[Value | None]], *positional: Never, aturan: str,
                dispensasi_spm: Iterable[Value] | None = None, blu: Iterable[bool] | None = None,
                errors: Literal["raise"] = "raise") -> list[Decimal]: ...


@overload
def ikpa_satker(columns: Mapping[str, Iterable[Value | None]], *positional: Never, aturan: str,
                dispensasi_spm: Iterable[Value] | None = None, blu: Iterable[bool] | None = None,
                errors: Literal["collect"]) -> list[Decimal | NotComputable]: ...


@keyword_only()
def ikpa_satker(
    columns: Mapping[str, Iterable[Value | None]],
    *positional: Never,
    aturan: str,
    dispensasi_spm: Iterable[Value] | None = None,
    blu: Iterable[bool] | None = None,
    errors: Errors = "raise",
) -> list[Any]:
    """IKPA per satker from one column per indicator (``None`` or a blank cell = not assessed).

    Row ``i`` equals ``sakip.ikpa({name: column[i] ...}, aturan=aturan,
    dispensasi_spm=dispensasi_spm[i], blu=blu[i]).value``.  ``blu`` marks the
    BLU satker (``True``/``False`` per row): their cells of the indicators the
    rule set does not assess for BLU (penyerapan anggaran under PER-5/PB/2024
    [S]) must be ``None``, and the composite re-weights (never 100).

    >>> ikpa_satker({"revisi_dipa": [100], "deviasi_halaman_iii_dipa": [100],
    ...              "penyerapan_anggaran": [100], "belanja_kontraktual": [None],
    ...              "penyelesaian_tagihan": [100], "pengelolaan_up_tup": [100],
    ...              "capaian_output": [80]}, aturan="per-5-pb-2024")[0].quantize(CENT)
    Decimal('94.44')
    >>> [v.quantize(CENT) for v in ikpa_satker(
    ...     {"revisi_dipa": [100, 100], "deviasi_halaman_iii_dipa": [100, 100],
    ...      "penyerapan_anggaran": [100, None], "belanja_kontraktual": [None, None],
    ...      "penyelesaian_tagihan": [100, 100], "pengelolaan_up_tup": [100, 100],
    ...      "capaian_output": [80, 80]}, aturan="per-5-pb-2024", blu=[False, True])]
    [Decimal('94.44'), Decimal('92.86')]
    """
    if positional or aturan is REQUIRED:
        raise call_error(ikpa_satker, positional, locals())
    _check_errors(errors)
    rule = IKPA_RULES.get(aturan)
    if rule is None:
        raise UnknownNameError(field="aturan", expected="one of " + ", ".join(IKPA_RULES),
                               received=aturan)
    for name in columns:
        if name not in rule.names:
            raise UnknownNameError(field=name, expected=f"an indicator of {rule.name}: "
                                   + ", ".join(rule.names), received=name)
    table: dict[str, list[Any]] = {}
    n = -1
    for name, _ in rule.weights:
        if name not in columns:
            raise InvalidValueError(field=name, expected="a column (None for rows not "
                                    "assessed)", received="(missing)")
        raw = [None if _blank(v) else v for v in _items(columns[name], name)]  # blank: not assessed
        if n not in (-1, len(raw)):
            raise InvalidValueError(field=name, expected=f"{n} rows", received=len(raw))
        n = len(raw)
        table[name] = raw
    if dispensasi_spm is not None:
        if rule.dispensasi != "potongan":
            raise InvalidValueError(field="dispensasi_spm",
                                    expected=f"no deduction under {rule.name}",
                                    received="a column")
        table["dispensasi_spm"] = _items(dispensasi_spm, "dispensasi_spm")
    if blu is not None:
        table["blu"] = _items(blu, "blu")
    for name in ("dispensasi_spm", "blu"):
        if name in table and len(table[name]) != n:
            raise InvalidValueError(field=name, expected=f"{n} rows", received=len(table[name]))
    try:
        return _ikpa_columns(rule, table, n)
    except SakipError:  # every bad row, by the per-figure function
        return _each_row(_ikpa_one, table, errors, fixed={"aturan": aturan},
                         blank_means_none=frozenset(rule.names))


def _ikpa_one(*, aturan: str, **cells: Any) -> IKPA:
    """``sakip.ikpa`` of one satker (the row of a batch call); ``dispensasi_spm`` is the
    deduction column unless the rule set scores an indicator of that name (PER-5/PB/2022)."""
    deduction = None if "dispensasi_spm" in IKPA_RULES[aturan].names else cells.pop(
        "dispensasi_spm", None)
    return ikpa(cells, aturan=aturan, dispensasi_spm=deduction, blu=cells.pop("blu", False))


def _ikpa_columns(rule: IKPARule, table: dict[str, list[Any]], n: int) -> list[Decimal]:
    """IKPA of every row with the operations of ``sakip.ikpa`` in the same order; sakip's
    error at the first row it refuses (the caller then reads every row)."""
    weights: list[Decimal] = []
    raw_columns: list[list[Value | None]] = []
    for name, weight in rule.weights:
        raw = table[name]
        if not _plain_text(raw):
            _scores(raw, name)  # validates value by value; raises sakip's error naming the row
        weights.append(weight)
        raw_columns.append(raw)
    deductions: list[Decimal] | None = None
    if "dispensasi_spm" in table and rule.dispensasi == "potongan":  # else an indicator
        deductions = _column(table["dispensasi_spm"], "dispensasi_spm")
        for index, d in enumerate(deductions):
            if d > DISPENSASI_PER_5_PB_2024.maximum:
                raise InvalidValueError(
                    field=f"dispensasi_spm[{index}]",
                    expected=f"a deduction 0–{DISPENSASI_PER_5_PB_2024.maximum} points",
                    received=d)
    if "blu" in table:
        _check_blu(table["blu"], rule, raw_columns, n)
    out: list[Decimal] = []
    add = out.append
    pairs = tuple(weights)
    try:
        with decimal.localcontext(CONTEXT):
            # Same operations, in the same order, as sakip.ikpa; Decimal() reads each cell in
            # sakip's context, where text that is not a number, NaN and infinities trap.
            for row in zip(*raw_columns, strict=True):
                total = ZERO
                assessed = ZERO
                for v, weight in zip(row, pairs, strict=True):
                    if v is not None:
                        x = Decimal(v)
                        if not ZERO <= x <= HUNDRED:
                            raise _OutOfRange
                        total = total + x * weight
                        assessed = assessed + weight
                add(total / assessed)
    except (decimal.InvalidOperation, decimal.DivisionByZero, _OutOfRange):
        raise NotComputableError(field="scores", reason="a row the fast loop cannot take"
                                 ) from None
    if deductions is not None:
        with decimal.localcontext(CONTEXT):
            out = [v - d if d != 0 else v for v, d in zip(out, deductions, strict=True)]
    return out


def _check_blu(flags: list[object], rule: IKPARule, raw_columns: list[list[Value | None]],
               n: int) -> None:
    """BLU rows: ``True``/``False`` per row, ``None`` on the indicators BLU are not assessed on."""
    if len(flags) != n:
        raise InvalidValueError(field="blu", expected=f"{n} rows", received=len(flags))
    for index, flag in enumerate(flags):
        if not isinstance(flag, bool):
            raise InvalidTypeError(field=f"blu[{index}]", expected="True or False",
                                   received=flag)
    if not any(flags):
        return
    if not rule.blu_tidak_dinilai:
        raise InvalidValueError(field="blu", expected=f"a rule set with a BLU treatment (the "
                                f"one of {rule.name} was not retrieved)", received=True)
    for (name, _), raw in zip(rule.weights, raw_columns, strict=True):
        if name in rule.blu_tidak_dinilai:
            for index, (flag, value) in enumerate(zip(flags, raw, strict=True)):
                if flag and value is not None:
                    raise InvalidValueError(
                        field=f"{name}[{index}]", expected=f"None: a BLU satker is not "
                        f"assessed on {name} under {rule.name} (the composite re-weights)",
                        received=value)


class _OutOfRange(Exception):
    """Internal signal: a score outside 0–100 (reported by ``_scores`` with its row)."""


def _scores(raw: list[Value | None], name: str) -> None:
    """Validate a score column value by value, raising sakip's error naming the row."""
    for index, value in enumerate(raw):
        if value is not None:
            number = to_decimal(value, field=f"{name}[{index}]")
            if not ZERO <= number <= HUNDRED:
                raise InvalidValueError(field=f"{name}[{index}]",
                                        expected=f"0 <= {name} <= 100", received=value)


@keyword_only()
def ikpa_row(i: int, columns: Mapping[str, Sequence[Value | None]], *positional: Never,
             aturan: str, dispensasi_spm: Sequence[Value] | None = None,
             blu: Sequence[bool] | None = None) -> IKPA:
    """Row ``i`` of :func:`ikpa_satker` as the per-figure result, to explain it.

    Give the same ``dispensasi_spm`` and ``blu`` columns as to :func:`ikpa_satker`.

    >>> cols = {"revisi_dipa": ["100"], "deviasi_halaman_iii_dipa": ["100"],
    ...         "penyerapan_anggaran": [None], "belanja_kontraktual": [None],
    ...         "penyelesaian_tagihan": ["100"], "pengelolaan_up_tup": ["100"],
    ...         "capaian_output": ["80"]}
    >>> ikpa_row(0, cols, aturan="per-5-pb-2024", blu=[True]).tidak_dinilai
    ('penyerapan_anggaran', 'belanja_kontraktual')
    """
    if positional or aturan is REQUIRED:
        raise call_error(ikpa_row, positional, locals())
    return ikpa({name: col[i] for name, col in columns.items()}, aturan=aturan,
                dispensasi_spm=None if dispensasi_spm is None else dispensasi_spm[i],
                blu=False if blu is None else blu[i])


@overload
def kategori_ikpa(values: Iterable[Value | NotComputable], *positional: Never,
                  errors: Literal["raise"] = "raise") -> list[str]: ...


@overload
def kategori_ikpa(values: Iterable[Value | NotComputable], *positional: Never,
                  errors: Literal["collect"]) -> list[str | NotComputable]: ...


@keyword_only()
def kategori_ikpa(values: Iterable[Value | NotComputable], *positional: Never,
                  errors: Errors = "raise") -> list[Any]:
    """IKPA category per value (lower bounds inclusive), as :func:`sakip.kategori_ikpa`.

    A value is a number 0–100, text read as every batch input is.  A
    ``NotComputable`` (a row an earlier collecting call, such as
    ``ikpa_satker(..., errors="collect")``, could not compute) is a bad row
    naming that cell and its reason.  ``errors``: see
    :class:`~sakip.errors.BatchError` (every bad row, or a ``NotComputable`` in
    its place with ``"collect"``).

    >>> kategori_ikpa([Decimal("95"), "88.99"])
    ['Sangat Baik', 'Cukup']
    >>> kategori_ikpa(["95", "101"], errors="collect")[1].field
    'nilai[1]'
    """
    if positional:
        raise call_error(kategori_ikpa, positional, locals())
    _check_errors(errors)
    items = _items(values, "nilai")
    numbers = _numbers({"nilai": items}, HUNDRED)
    if numbers is not None:
        bands, below = KATEGORI_IKPA.bands, KATEGORI_IKPA.below
        out = []
        for v in numbers[0]:
            for lower, label in bands:
                if v >= lower:
                    out.append(label)
                    break
            else:
                out.append(below or "")
        return out
    return _each_row(_kategori_ikpa_figure, {"nilai": items}, errors, value=str)


@overload
def ikpa_capaian_output_satker(
    *positional: Never, satker: Iterable[str], kode: Iterable[str],
    ketepatan_waktu: Mapping[str, Value], bulan: int, tahun: int,
    pcro: Iterable[Value | None] | None = None, tpcro: Iterable[Value | None] | None = None,
    rvro: Iterable[Value | None] | None = None, volume: Iterable[Value | None] | None = None,
    terkonfirmasi: Iterable[bool] | None = None, errors: Literal["raise"] = "raise",
) -> dict[str, Decimal]: ...


@overload
def ikpa_capaian_output_satker(
    *positional: Never, satker: Iterable[str], kode: Iterable[str],
    ketepatan_waktu: Mapping[str, Value], bulan: int, tahun: int,
    pcro: Iterable[Value | None] | None = None, tpcro: Iterable[Value | None] | None = None,
    rvro: Iterable[Value | None] | None = None, volume: Iterable[Value | None] | None = None,
    terkonfirmasi: Iterable[bool] | None = None, errors: Literal["collect"],
) -> dict[str, Decimal | NotComputable]: ...


@keyword_only()
def ikpa_capaian_output_satker(
    *positional: Never,
    satker: Iterable[str],
    kode: Iterable[str],
    ketepatan_waktu: Mapping[str, Value],
    bulan: int,
    tahun: int,
    pcro: Iterable[Value | None] | None = None,
    tpcro: Iterable[Value | None] | None = None,
    rvro: Iterable[Value | None] | None = None,
    volume: Iterable[Value | None] | None = None,
    terkonfirmasi: Iterable[bool] | None = None,
    errors: Errors = "raise",
) -> dict[str, Any]:
    """IKPA capaian output per satker from one row per RO, in first-seen order.

    Equals ``sakip.ikpa_capaian_output([CapaianRO(...) for the satker's rows],
    ketepatan_waktu=ketepatan_waktu[satker], bulan=bulan, tahun=tahun).value``
    for each satker, digit for digit (RO khusus of the year's adjustments are
    left out the same way).  ``errors``: every bad row is reported in row order
    (:class:`~sakip.errors.BatchError`); with ``"collect"`` a satker with a bad
    row is a ``NotComputable`` naming its first bad row.

    >>> ikpa_capaian_output_satker(satker=["A", "A", "B"],
    ...     kode=["5634.QDC.011", "5634.SCI.010", "5634.QDC.011"],
    ...     pcro=["50", "20", "10"], tpcro=["50", "40", "40"],
    ...     ketepatan_waktu={"A": 100, "B": 0}, bulan=6, tahun=2024)
    {'A': Decimal('82.5'), 'B': Decimal('17.5')}
    >>> ikpa_capaian_output_satker(satker=["A", "B"], kode=["5634.QDC.011", "5634.QDC.011"],
    ...     pcro=["-1", "10"], tpcro=["50", "40"], ketepatan_waktu={"A": 100, "B": 0},
    ...     bulan=6, tahun=2024, errors="collect")["A"].field
    'pcro[0]'
    """
    if (
        positional or
        satker is REQUIRED or
        kode is REQUIRED or
        ketepatan_waktu is REQUIRED or
        bulan is REQUIRED or
        tahun is REQUIRED
    ):
        raise call_error(ikpa_capaian_output_satker, positional, locals())
    _check_errors(errors)
    ids = list(satker)
    codes = list(kode)
    n = len(ids)
    if len(codes) != n:
        raise InvalidValueError(field="kode", expected=f"{n} rows", received=len(codes))
    raw: dict[str, list[Any]] = {}
    for name, col in (("pcro", pcro), ("tpcro", tpcro), ("rvro", rvro), ("volume", volume)):
        raw[name] = [None] * n if col is None else _items(col, name)
        if len(raw[name]) != n:
            raise InvalidValueError(field=name, expected=f"{n} rows", received=len(raw[name]))
    try:
        cols: dict[str, list[Decimal | None]] | None = {
            name: _optional_column(col, name, n) for name, col in raw.items()}
    except SakipError:  # a bad cell: those satker go through the per-figure function
        cols = None
    confirmed = [True] * n if terkonfirmasi is None else list(terkonfirmasi)
    if len(confirmed) != n:
        raise InvalidValueError(field="terkonfirmasi", expected=f"{n} rows",
                                received=len(confirmed))
    rule = CAPAIAN_OUTPUT_PER_5_PB_2024
    excluded = kro_dikecualikan(penyesuaian_ikpa(tahun), "capaian_output")

    def capaian_ro(i: int) -> CapaianRO:
        for name in raw:
            if raw[name][i] is not None:
                _cell_is_none(name, raw[name][i])
        return CapaianRO(kode=codes[i], pcro=raw["pcro"][i], tpcro=raw["tpcro"][i],
                         rvro=raw["rvro"][i], volume=raw["volume"][i],
                         terkonfirmasi=confirmed[i])

    def one(rows: list[int]) -> Decimal:
        key = ids[rows[0]]
        if cols is not None:
            value = _capaian_output_fast(rows, to_decimal(ketepatan_waktu[key],
                                                          field=f"ketepatan_waktu[{key}]"),
                                         codes, cols, confirmed, excluded, bulan)
            if value is not None:
                return value
        # The per-figure function raises sakip's error for this satker's rows.
        return ikpa_capaian_output([capaian_ro(i) for i in rows],
                                   ketepatan_waktu=ketepatan_waktu[key], bulan=bulan,
                                   tahun=tahun).value

    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise InvalidValueError(field="bulan", expected="a month 1–12", received=bulan)
    if not rule.in_force(tahun):
        raise InvalidValueError(field="tahun", expected=f"a year in force for {rule.name}",
                                received=tahun)
    for key in dict.fromkeys(ids):
        if key not in ketepatan_waktu:
            raise InvalidValueError(field=f"ketepatan_waktu[{key}]",
                                    expected="a timeliness score for every satker",
                                    received="(missing)")
    for key in ketepatan_waktu:
        if key not in ids:
            raise InvalidValueError(field=f"ketepatan_waktu[{key}]",
                                    expected="a satker with RO rows (its rows are missing?)",
                                    received=ketepatan_waktu[key])
    return _each_group(ids, one, lambda i: _refusals(i, lambda: capaian_ro(i)), errors)


def _capaian_output_fast(indices: list[int], kw: Decimal, codes: list[str],
                         cols: dict[str, list[Decimal | None]], confirmed: list[Any],
                         excluded: frozenset[str], bulan: int) -> Decimal | None:
    """One satker's capaian output with the operations of ``ikpa_capaian_output`` in the
    same order, or ``None`` when the per-figure function would refuse its rows."""
    rule = CAPAIAN_OUTPUT_PER_5_PB_2024
    bk, bc, cap, last = rule.bobot_ketepatan, rule.bobot_capaian, rule.batas, rule.bulan_formula_2
    with decimal.localcontext(CONTEXT):
        total = ZERO
        count = 0
        seen: set[str] = set()
        if not ZERO <= kw <= HUNDRED:
            return None
        for i in indices:
            code = codes[i]
            _check_kode(code)
            p, t, r, v = (cols["pcro"][i], cols["tpcro"][i], cols["rvro"][i],
                          cols["volume"][i])
            parts = code.split(".")
            if (code in seen or (p is None) != (t is None)
                    or (r is None) != (v is None) or (p is None and r is None)
                    or type(confirmed[i]) is not bool):
                return None
            seen.add(code)
            if parts[1] in excluded:
                continue
            count += 1
            if not confirmed[i]:
                continue
            if bulan >= last or (p is not None and p >= HUNDRED):
                if r is None or v is None or v == 0:
                    return None
                score = r * HUNDRED / v
            else:
                if p is None or t is None or t == 0:
                    return None
                score = p * HUNDRED / t
            total = total + (score if score < cap else cap)
        if count == 0:
            return None
        return (bk * kw + bc * (total / Decimal(count))) / (bk + bc)


def _refusals(i: int, *checks: Callable[[], object]) -> list[SakipError]:
    """The errors of row ``i``'s checks, each placed at the row (``pagu`` → ``pagu[17]``)."""
    found = []
    for check in checks:
        try:
            check()
        except SakipError as error:
            field = error.field or ""
            found.append(error if field.endswith("]") else _renamed(error, f"{field}[{i}]"))
    return found


@overload
def penyerapan_triwulan_satker(
    *positional: Never, satker: Iterable[str], jenis_belanja: Iterable[str],
    pagu: Iterable[Value], realisasi: Iterable[Sequence[Value | None]],
    blokir: Iterable[Value] | None = None, kode: Iterable[str] | None = None,
    tahun: int | None = None, triwulan: int | None = None, errors: Literal["raise"] = "raise",
) -> dict[str, Decimal]: ...


@overload
def penyerapan_triwulan_satker(
    *positional: Never, satker: Iterable[str], jenis_belanja: Iterable[str],
    pagu: Iterable[Value], realisasi: Iterable[Sequence[Value | None]],
    blokir: Iterable[Value] | None = None, kode: Iterable[str] | None = None,
    tahun: int | None = None, triwulan: int | None = None, errors: Literal["collect"],
) -> dict[str, Decimal | NotComputable]: ...


@keyword_only()
def penyerapan_triwulan_satker(
    *positional: Never,
    satker: Iterable[str],
    jenis_belanja: Iterable[str],
    pagu: Iterable[Value],
    realisasi: Iterable[Sequence[Value | None]],
    blokir: Iterable[Value] | None = None,
    kode: Iterable[str] | None = None,
    tahun: int | None = None,
    triwulan: int | None = None,
    errors: Errors = "raise",
) -> dict[str, Any]:
    """IKPA penyerapan anggaran per satker from one row per RO (or per jenis belanja).

    Rows are summed per satker and jenis belanja (pagu, blokir and each
    quarter's cumulative realisasi); with ``kode`` and a ``tahun`` whose
    adjustments exclude RO khusus (2026), their rows are left out.  Each
    satker's value equals :func:`sakip.ikpa.penyerapan_triwulan` on those sums,
    digit for digit (the property tests check it): the same operations in the
    same order, without building a result per satker; a satker whose sums the
    per-figure function would refuse goes through it.  ``errors``: every bad
    row is reported in row order (:class:`~sakip.errors.BatchError`); with
    ``"collect"`` a satker with a bad row is a ``NotComputable`` naming its
    first bad row.

    >>> penyerapan_triwulan_satker(satker=["A", "A", "B"], jenis_belanja=["52", "53", "52"],
    ...     pagu=["1000", "1000", "100"], realisasi=[["150"], ["50"], ["15"]])
    {'A': Decimal('75.00'), 'B': Decimal('100')}
    >>> penyerapan_triwulan_satker(satker=["A", "B"], jenis_belanja=["52", "99"],
    ...     pagu=["1000", "100"], realisasi=[["150"], ["15"]], errors="collect")["B"].field
    'jenis_belanja[1]'
    """
    if (
        positional or
        satker is REQUIRED or
        jenis_belanja is REQUIRED or
        pagu is REQUIRED or
        realisasi is REQUIRED
    ):
        raise call_error(penyerapan_triwulan_satker, positional, locals())
    _check_errors(errors)
    ids = list(satker)
    jenis = list(jenis_belanja)
    raw_pagu = _items(pagu, "pagu")
    real_rows = list(realisasi)
    n = len(ids)
    for name, col in (("jenis_belanja", jenis), ("pagu", raw_pagu), ("realisasi", real_rows)):
        if len(col) != n:
            raise InvalidValueError(field=name, expected=f"{n} rows", received=len(col))
    raw_blokir = None if blokir is None else _items(blokir, "blokir")
    if raw_blokir is not None and len(raw_blokir) != n:
        raise InvalidValueError(field="blokir", expected=f"{n} rows", received=len(raw_blokir))
    codes = list(kode) if kode is not None else None
    if codes is not None and len(codes) != n:
        raise InvalidValueError(field="kode", expected=f"{n} rows", received=len(codes))
    adjustments = penyesuaian_ikpa(tahun) if tahun is not None else ()
    if any(p.pagu_minus_blokir for p in adjustments) and blokir is None:
        raise InvalidValueError(field="blokir", expected=f"a blokir column: from TA {tahun} "
                                "the base is pagu minus blokir (0 when nothing is blocked)",
                                received=None)
    rows = _PenyerapanRows(ids, jenis, raw_pagu, real_rows, raw_blokir, codes, tahun, triwulan)
    try:
        return rows.fast()
    except SakipError:  # every bad row, by the per-figure function
        out = _each_group(ids, rows.per_figure, rows.refusals, errors)
        return {key: value for key, value in out.items() if not rows.excluded_only(key)}


class _PenyerapanRows:
    """The rows of :func:`penyerapan_triwulan_satker`: all satker at C speed (``fast``), or
    one satker through the per-figure function (``per_figure``), and a row's refusals."""

    def __init__(self, ids: list[str], jenis: list[str], pagu: list[Any],
                 realisasi: list[Sequence[Value | None]], blokir: list[Any] | None,
                 codes: list[str] | None, tahun: int | None, triwulan: int | None) -> None:
        self.ids, self.jenis, self.pagu, self.realisasi = ids, jenis, pagu, realisasi
        self.blokir, self.codes, self.tahun, self.triwulan = blokir, codes, tahun, triwulan
        adjustments = penyesuaian_ikpa(tahun) if tahun is not None else ()
        self.excluded = kro_dikecualikan(adjustments, "penyerapan_anggaran")
        self.targets = dict(TARGET_PENYERAPAN_PER_5_PB_2024.targets)

    def kept(self, i: int) -> bool:
        """Whether row ``i`` counts (its RO not excluded); a bad kode or jenis is refused."""
        if self.codes is not None:
            _check_kode(self.codes[i])
            if self.codes[i].split(".")[1] in self.excluded:
                return False
        if self.jenis[i] not in self.targets:
            raise UnknownNameError(field=f"jenis_belanja[{i}]",
                                   expected="jenis belanja " + ", ".join(self.targets),
                                   received=self.jenis[i])
        return True

    def excluded_only(self, key: str) -> bool:
        """Whether every row of satker ``key`` is a valid RO the year leaves out."""
        rows = [i for i, k in enumerate(self.ids) if k == key]
        return all(not self.refusals(i) and not self.kept(i) for i in rows)

    def fast(self) -> dict[str, Decimal]:
        """Every satker at C speed; sakip's error at the first refusal."""
        n = len(self.ids)
        p = _column(self.pagu, "pagu")
        b = _optional_column(self.blokir, "blokir", n)
        kept = [i for i in range(n) if self.kept(i)]
        quarterly = _quarterly_rows(self.realisasi, kept)
        sums: dict[str, dict[str, list[Any]]] = {}
        with decimal.localcontext(CONTEXT):
            for i, values in zip(kept, quarterly, strict=True):
                self._add(sums.setdefault(self.ids[i], {}), i, p[i], b[i], values)
        return {key: self._value(per_jenis) for key, per_jenis in sums.items()}

    def per_figure(self, rows: list[int]) -> Decimal:
        """One satker, each row read alone (sakip's error naming it)."""
        per_jenis: dict[str, list[Any]] = {}
        with decimal.localcontext(CONTEXT):
            for i in rows:
                if self.kept(i):
                    self._add(per_jenis, i, *self._row(i))
        return self._value(per_jenis)

    def refusals(self, i: int) -> list[SakipError]:
        """The refusals of row ``i`` alone, each with its place."""
        return _refusals(i, lambda: self.kept(i), lambda: self._row(i))

    def _row(self, i: int) -> tuple[Decimal, Decimal | None, tuple[Decimal, ...]]:
        """Row ``i``'s pagu, blokir and ended quarters, each read alone."""
        _cell_is_none("pagu", self.pagu[i])
        pagu = to_decimal(self.pagu[i], field=f"pagu[{i}]", nonnegative=True)
        blokir = None
        if self.blokir is not None and self.blokir[i] is not None:
            _cell_is_none("blokir", self.blokir[i])
            blokir = to_decimal(self.blokir[i], field=f"blokir[{i}]", nonnegative=True)
        return pagu, blokir, _ended(self.realisasi[i], f"realisasi[{i}]")

    def _add(self, per_jenis: dict[str, list[Any]], i: int, pagu: Decimal,
             blokir: Decimal | None, values: tuple[Decimal, ...]) -> None:
        """Row ``i`` added to its jenis belanja's sums (in the caller's CONTEXT)."""
        acc = per_jenis.get(self.jenis[i])
        if acc is None:
            per_jenis[self.jenis[i]] = [pagu, blokir or ZERO, list(values), blokir is not None]
            return
        if len(acc[2]) != len(values):
            raise InvalidValueError(field=f"realisasi[{i}]",
                                    expected=f"{len(acc[2])} quarterly values",
                                    received=len(values))
        acc[0] = acc[0] + pagu
        acc[1] = acc[1] + (blokir or ZERO)
        acc[2] = [x + y for x, y in zip(acc[2], values, strict=True)]
        acc[3] = acc[3] or blokir is not None

    def _value(self, per_jenis: dict[str, list[Any]]) -> Decimal:
        """One satker's penyerapan from its sums (the per-figure function when it refuses)."""
        has_blokir = self.blokir is not None
        with decimal.localcontext(CONTEXT):
            value = _penyerapan_fast(per_jenis, has_blokir, self.triwulan, self.targets)
        if value is None:
            # The per-figure function raises sakip's error for this satker's sums.
            value = penyerapan_triwulan(
                pagu={j: acc[0] for j, acc in per_jenis.items()},
                realisasi={j: acc[2] for j, acc in per_jenis.items()},
                blokir={j: acc[1] for j, acc in per_jenis.items()} if has_blokir else None,
                tahun=self.tahun, triwulan=self.triwulan).value
        return value


def _quarterly_rows(rows: list[Sequence[Value | None]], kept: list[int]
                    ) -> list[tuple[Decimal, ...]]:
    """The ended quarters' values of ``rows[i]`` for ``i`` in ``kept``, as ``_ended`` reads
    them: the values converted as one column at C speed, any bad row by ``_ended``."""
    flat: list[object] = []
    lengths = []
    for i in kept:
        row = rows[i]
        if type(row) is not list and type(row) is not tuple:
            return [_ended(rows[j], f"realisasi[{j}]") for j in kept]
        k = len(row)
        for q, v in enumerate(row):
            if v is None:
                k = q
                break
        if k < len(row) and any(v is not None for v in row[k:]):
            return [_ended(rows[j], f"realisasi[{j}]") for j in kept]
        flat.extend(row[:k])
        lengths.append(k)
    try:
        values = _column(flat, "realisasi")
    except SakipError:
        return [_ended(rows[j], f"realisasi[{j}]") for j in kept]
    out = []
    start = 0
    for k in lengths:
        out.append(tuple(values[start:start + k]))
        start += k
    return out


def _in_range(value: Decimal) -> bool:
    return not value or -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT


def _penyerapan_fast(per_jenis: dict[str, list[Any]], has_blokir: bool, triwulan: object,
                     targets: Mapping[str, tuple[Decimal, ...]]) -> Decimal | None:
    """One satker's penyerapan from its sums, with the operations of ``penyerapan_triwulan``
    in the same order (the caller's ``localcontext(CONTEXT)``); ``None`` when the
    per-figure function would refuse the sums (it then raises the error)."""
    lengths = {len(acc[2]) for acc in per_jenis.values()}
    if len(lengths) != 1:
        return None
    n = lengths.pop()
    if not 1 <= n <= 4 or (triwulan is not None and (type(triwulan) is not int
                                                     or triwulan != n)):
        return None
    base = []
    total = ZERO
    for jenis, (pagu, blocked, real, _) in per_jenis.items():
        if not _in_range(pagu) or not all(map(_in_range, real)):
            return None
        if has_blokir:
            if not _in_range(blocked):
                return None
            pagu = pagu - blocked
            if pagu < 0:
                return None
        base.append((targets[jenis], pagu, real))
        total = total + pagu
    if total == 0:
        return None
    scores = ZERO
    for q in range(n):
        combined = ZERO
        for target, pagu, real in base:
            serapan = real[q] * HUNDRED / pagu if pagu else ZERO
            combined = combined + min(serapan / target[q], ONE) * pagu / total
        scores = scores + combined * HUNDRED
    return scores / Decimal(n)
