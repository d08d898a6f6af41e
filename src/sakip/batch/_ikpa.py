"""Batch functions of IKPA: the composite per satker and the per-indicator figures
(capaian output, penyerapan per quarter) per satker.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, overload

from sakip._decimal import CONTEXT, HUNDRED, MAX_EXPONENT, ONE, ZERO, to_decimal
from sakip.batch._columns import (
    CENT,  # noqa: F401 - the docstring examples quantize with it
    Errors,
    Value,
    _blank,
    _check_errors,
    _column,
    _each_row,
    _items,
    _optional_column,
    _plain_text,
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


def kategori_ikpa(values: Iterable[Decimal]) -> list[str]:
    """IKPA category per value (lower bounds inclusive), as :func:`sakip.kategori_ikpa`.

    >>> kategori_ikpa([Decimal("95"), Decimal("88.99")])
    ['Sangat Baik', 'Cukup']
    """
    bands, below = KATEGORI_IKPA.bands, KATEGORI_IKPA.below
    out = []
    for v in values:
        for lower, label in bands:
            if v >= lower:
                out.append(label)
                break
        else:
            out.append(below or "")
    return out


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
) -> dict[str, Decimal]:
    """IKPA capaian output per satker from one row per RO, in first-seen order.

    Equals ``sakip.ikpa_capaian_output([CapaianRO(...) for the satker's rows],
    ketepatan_waktu=ketepatan_waktu[satker], bulan=bulan, tahun=tahun).value``
    for each satker, digit for digit (RO khusus of the year's adjustments are
    left out the same way).  A bad row raises the per-figure function's error.

    >>> ikpa_capaian_output_satker(satker=["A", "A", "B"],
    ...     kode=["5634.QDC.011", "5634.SCI.010", "5634.QDC.011"],
    ...     pcro=["50", "20", "10"], tpcro=["50", "40", "40"],
    ...     ketepatan_waktu={"A": 100, "B": 0}, bulan=6, tahun=2024)
    {'A': Decimal('82.5'), 'B': Decimal('17.5')}
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
    ids = list(satker)
    codes = list(kode)
    n = len(ids)
    if len(codes) != n:
        raise InvalidValueError(field="kode", expected=f"{n} rows", received=len(codes))
    cols = {name: _optional_column(col, name, n) for name, col in
            (("pcro", pcro), ("tpcro", tpcro), ("rvro", rvro), ("volume", volume))}
    confirmed = [True] * n if terkonfirmasi is None else list(terkonfirmasi)
    if len(confirmed) != n:
        raise InvalidValueError(field="terkonfirmasi", expected=f"{n} rows",
                                received=len(confirmed))
    rule = CAPAIAN_OUTPUT_PER_5_PB_2024
    excluded = kro_dikecualikan(penyesuaian_ikpa(tahun), "capaian_output")
    rows: dict[str, list[int]] = {}
    for i, key in enumerate(ids):
        rows.setdefault(key, []).append(i)

    def per_figure(key: str) -> Decimal:
        ros = [CapaianRO(kode=codes[i], pcro=cols["pcro"][i], tpcro=cols["tpcro"][i],
                         rvro=cols["rvro"][i], volume=cols["volume"][i],
                         terkonfirmasi=confirmed[i]) for i in rows[key]]
        return ikpa_capaian_output(ros, ketepatan_waktu=ketepatan_waktu[key], bulan=bulan,
                                   tahun=tahun).value

    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise InvalidValueError(field="bulan", expected="a month 1–12", received=bulan)
    if not rule.in_force(tahun):
        raise InvalidValueError(field="tahun", expected=f"a year in force for {rule.name}",
                                received=tahun)
    for key in rows:
        if key not in ketepatan_waktu:
            raise InvalidValueError(field=f"ketepatan_waktu[{key}]",
                                    expected="a timeliness score for every satker",
                                    received="(missing)")
    for key in ketepatan_waktu:
        if key not in rows:
            raise InvalidValueError(field=f"ketepatan_waktu[{key}]",
                                    expected="a satker with RO rows (its rows are missing?)",
                                    received=ketepatan_waktu[key])
    bk, bc, cap, last = rule.bobot_ketepatan, rule.bobot_capaian, rule.batas, rule.bulan_formula_2
    out: dict[str, Decimal] = {}
    with decimal.localcontext(CONTEXT):
        weights = bk + bc
        for key, indices in rows.items():
            kw = to_decimal(ketepatan_waktu[key], field=f"ketepatan_waktu[{key}]")
            total = ZERO
            count = 0
            seen: set[str] = set()
            valid = ZERO <= kw <= HUNDRED
            for i in indices:
                code = codes[i]
                _check_kode(code)
                p, t, r, v = (cols["pcro"][i], cols["tpcro"][i], cols["rvro"][i],
                              cols["volume"][i])
                parts = code.split(".")
                if (code in seen or (p is None) != (t is None)
                        or (r is None) != (v is None) or (p is None and r is None)
                        or type(confirmed[i]) is not bool):
                    valid = False
                    break
                seen.add(code)
                if parts[1] in excluded:
                    continue
                count += 1
                if not confirmed[i]:
                    continue
                if bulan >= last or (p is not None and p >= HUNDRED):
                    if r is None or v is None or v == 0:
                        valid = False
                        break
                    score = r * HUNDRED / v
                else:
                    if p is None or t is None or t == 0:
                        valid = False
                        break
                    score = p * HUNDRED / t
                total = total + (score if score < cap else cap)
            if not valid or count == 0:
                # The per-figure function raises sakip's error for this satker's rows.
                per_figure(key)
                raise AssertionError(key)  # pragma: no cover
            out[key] = (bk * kw + bc * (total / Decimal(count))) / weights
    return out


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
) -> dict[str, Decimal]:
    """IKPA penyerapan anggaran per satker from one row per RO (or per jenis belanja).

    Rows are summed per satker and jenis belanja (pagu, blokir and each
    quarter's cumulative realisasi); with ``kode`` and a ``tahun`` whose
    adjustments exclude RO khusus (2026), their rows are left out.  Each
    satker's value equals :func:`sakip.ikpa.penyerapan_triwulan` on those sums,
    digit for digit (the property tests check it): the same operations in the
    same order, without building a result per satker; a satker whose sums the
    per-figure function would refuse goes through it, which raises its error.

    >>> penyerapan_triwulan_satker(satker=["A", "A", "B"], jenis_belanja=["52", "53", "52"],
    ...     pagu=["1000", "1000", "100"], realisasi=[["150"], ["50"], ["15"]])
    {'A': Decimal('75.00'), 'B': Decimal('100')}
    """
    if (
        positional or
        satker is REQUIRED or
        jenis_belanja is REQUIRED or
        pagu is REQUIRED or
        realisasi is REQUIRED
    ):
        raise call_error(penyerapan_triwulan_satker, positional, locals())
    ids = list(satker)
    jenis = list(jenis_belanja)
    p = _column(pagu, "pagu")
    real_rows = list(realisasi)
    n = len(ids)
    for name, col in (("jenis_belanja", jenis), ("pagu", p), ("realisasi", real_rows)):
        if len(col) != n:
            raise InvalidValueError(field=name, expected=f"{n} rows", received=len(col))
    b = _optional_column(blokir, "blokir", n)
    codes = list(kode) if kode is not None else None
    if codes is not None and len(codes) != n:
        raise InvalidValueError(field="kode", expected=f"{n} rows", received=len(codes))
    adjustments = penyesuaian_ikpa(tahun) if tahun is not None else ()
    excluded = kro_dikecualikan(adjustments, "penyerapan_anggaran")
    targets = dict(TARGET_PENYERAPAN_PER_5_PB_2024.targets)
    kept = []
    for i in range(n):
        if codes is not None:
            _check_kode(codes[i])
            if codes[i].split(".")[1] in excluded:
                continue
        if jenis[i] not in targets:
            raise UnknownNameError(field=f"jenis_belanja[{i}]",
                                   expected="jenis belanja " + ", ".join(targets),
                                   received=jenis[i])
        kept.append(i)
    quarterly = _quarterly_rows(real_rows, kept)
    sums: dict[str, dict[str, list[Any]]] = {}
    with decimal.localcontext(CONTEXT):
        for i, values in zip(kept, quarterly, strict=True):
            acc = sums.setdefault(ids[i], {}).get(jenis[i])
            if acc is None:
                sums[ids[i]][jenis[i]] = [p[i], b[i] or ZERO, list(values), b[i] is not None]
            else:
                if len(acc[2]) != len(values):
                    raise InvalidValueError(field=f"realisasi[{i}]",
                                            expected=f"{len(acc[2])} quarterly values",
                                            received=len(values))
                acc[0] = acc[0] + p[i]
                acc[1] = acc[1] + (b[i] or ZERO)
                acc[2] = [x + y for x, y in zip(acc[2], values, strict=True)]
                acc[3] = acc[3] or b[i] is not None
    has_blokir = blokir is not None
    if any(p.pagu_minus_blokir for p in adjustments) and not has_blokir:
        raise InvalidValueError(field="blokir", expected=f"a blokir column: from TA {tahun} "
                                "the base is pagu minus blokir (0 when nothing is blocked)",
                                received=None)
    out: dict[str, Decimal] = {}
    with decimal.localcontext(CONTEXT):
        for key, per_jenis in sums.items():
            value = _penyerapan_fast(per_jenis, has_blokir, triwulan, targets)
            if value is None:
                # The per-figure function raises sakip's error for this satker's sums.
                value = penyerapan_triwulan(
                    pagu={j: acc[0] for j, acc in per_jenis.items()},
                    realisasi={j: acc[2] for j, acc in per_jenis.items()},
                    blokir={j: acc[1] for j, acc in per_jenis.items()} if has_blokir else None,
                    tahun=tahun, triwulan=triwulan).value
            out[key] = value
    return out


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
