"""Batch functions of performance figures: capaian, LKE nilai and predikat, the Renja
evaluation and its tingkat capaian, component indicators, nilai capaian IKI, SPIP levels.
"""

from __future__ import annotations

import decimal
import operator
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Never

from sakip import _rules
from sakip._decimal import CONTEXT, HUNDRED, TWO, ZERO, to_decimal
from sakip.batch._columns import (
    CENT,  # noqa: F401 - the docstring examples quantize with it
    Errors,
    Value,
    _blank,
    _check_errors,
    _column,
    _each_row,
    _items,
    _kernel_rows,
    _numbers,
    _optional_column,
    _same_length,
    _table,
)
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    SakipError,
    call_error,
    keyword_only,
)
from sakip.explain import NotComputable
from sakip.iki import IKIRule
from sakip.iki import _option as _iki_option
from sakip.iki import _row as _iki_row
from sakip.iki import nilai_capaian_iki as _nilai_capaian_iki_figure
from sakip.indicators import Agregasi, Polarisasi, agregasi_option
from sakip.indicators import _compute as _capaian_compute
from sakip.indicators import capaian as _capaian_figure
from sakip.komponen import _komponen
from sakip.komponen import indikator_komponen as _indikator_komponen_figure
from sakip.predikat import LKERuleSet, Predikat, PredikatBands
from sakip.predikat import evaluasi_akip as _evaluasi_akip_figure
from sakip.renja import TRIWULAN, EvaluasiRenja
from sakip.renja import evaluasi_renja as _evaluasi_renja_figure
from sakip.renja import tingkat_capaian as _tingkat_capaian_figure
from sakip.spip import LevelSPIP
from sakip.spip import level_spip as _level_spip_figure

#: The figures of one K or Rp row of the Renja form, in the order of the form.
RENJA_FIGURES = ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian")


def _agregasi_column(agregasi: object, n: int) -> list[Agregasi]:
    if isinstance(agregasi, str):
        return [agregasi_option(agregasi, None)] * n
    items = _items(agregasi, "agregasi")  # type: ignore[arg-type]
    if len(items) != n:
        raise InvalidValueError(field="agregasi", expected=f"{n} rows (or one value for all)",
                                received=len(items))
    out = []
    for i, value in enumerate(items):
        try:
            out.append(agregasi_option(value, None))
        except SakipError:
            raise InvalidValueError(field=f"agregasi[{i}]", expected="'flow' or 'stock'",
                                    received=value) from None
    return out


@keyword_only()
def evaluasi_renja(
    *positional: Never,
    target_renstra: Iterable[Value],
    realisasi_renstra_lalu: Iterable[Value | None],
    target: Iterable[Value],
    realisasi_triwulan: Sequence[Iterable[Value | None]],
    agregasi: str | Iterable[str] = "flow",
    errors: Errors = "raise",
) -> dict[str, list[Any]]:
    """The Renja evaluation per row, as :func:`sakip.evaluasi_renja`, for a whole Pemda.

    Columns: kolom 6, 7 (``None``: blank), 8, and one column per reported
    quarter (one to four, ``None``: not reported); ``agregasi`` one value or a
    column.  Returns ``{"realisasi", "realisasi_renstra", "capaian_renstra",
    "capaian"}``, each a list with the per-figure ``value`` of each row, digit
    for digit, and ``None`` where the per-figure result is
    :class:`~sakip.explain.NotComputable` (a zero target, nothing reported).
    Explain a row with :func:`evaluasi_renja_row`.  ``errors``: see
    :class:`~sakip.errors.BatchError` (a blank kolom 7 or quarter cell is ``None``;
    with ``"collect"`` a bad row is a ``NotComputable`` in every figure).

    >>> r = evaluasi_renja(target_renstra=["3", "0"], realisasi_renstra_lalu=["3", "0"],
    ...                    target=["4", "4"], realisasi_triwulan=[["2", "1"], ["0.8", "1"],
    ...                                                          ["1.2", None], ["0", None]])
    >>> [str(v.quantize(CENT)) if v is not None else v for v in r["capaian_renstra"]]
    ['233.33', None]
    >>> r["capaian"]
    [Decimal('100.0'), Decimal('50')]
    """
    if (positional or target_renstra is REQUIRED or realisasi_renstra_lalu is REQUIRED
            or target is REQUIRED or realisasi_triwulan is REQUIRED):
        raise call_error(evaluasi_renja, positional, locals())
    _check_errors(errors)
    quarters = _items(realisasi_triwulan, "realisasi_triwulan")
    if not quarters or len(quarters) > TRIWULAN:
        raise InvalidValueError(field="realisasi_triwulan",
                                expected="1 to 4 columns (TW I–IV)", received=len(quarters))
    columns: dict[str, object] = {
        "target_renstra": _items(target_renstra, "target_renstra"),
        "realisasi_renstra_lalu": _items(realisasi_renstra_lalu, "realisasi_renstra_lalu"),
        "target": _items(target, "target"), "agregasi": agregasi,
        **{f"realisasi_triwulan[{q}]": _items(col, f"realisasi_triwulan[{q}]")
           for q, col in enumerate(quarters)}}
    try:
        return dict(_renja_columns(columns, len(quarters)))
    except SakipError:  # every bad row, by the per-figure function
        quarter_names = frozenset(name for name in columns if name.startswith("realisasi_t"))
        results = _each_row(_renja_one, columns, errors, value=lambda result: result,
                            blank_means_none=quarter_names | {"realisasi_renstra_lalu"})
    return {name: [r if isinstance(r, NotComputable) else getattr(r, name).value
                   for r in results] for name in RENJA_FIGURES}


def _renja_one(*, target_renstra: Value, realisasi_renstra_lalu: Value | None, target: Value,
               agregasi: str, **quarters: Value | None) -> EvaluasiRenja:
    """``sakip.evaluasi_renja`` of one row (its quarters the ``realisasi_triwulan[q]`` cells)."""
    return _evaluasi_renja_figure(target_renstra=target_renstra,
                                  realisasi_renstra_lalu=realisasi_renstra_lalu, target=target,
                                  realisasi_triwulan=list(quarters.values()), agregasi=agregasi)


def _renja_columns(columns: dict[str, Any], count: int) -> dict[str, list[Decimal | None]]:
    """The Renja figures of every row with ``sakip.evaluasi_renja``'s operations in the same
    order; sakip's error at the first row it refuses (the caller then reads every row)."""
    target_renstra, target = columns["target_renstra"], columns["target"]
    realisasi_renstra_lalu, agregasi = columns["realisasi_renstra_lalu"], columns["agregasi"]
    quarters = [columns[f"realisasi_triwulan[{q}]"] for q in range(count)]
    t6 = _column(target_renstra, "target_renstra")
    t8 = _column(target, "target")
    n = _same_length(target_renstra=t6, target=t8)
    lalu = _optional_column([None if _blank(v) else v for v in realisasi_renstra_lalu],
                            "realisasi_renstra_lalu", n)  # blank: kolom 7 blank
    tw = [_optional_column([None if _blank(v) else v for v in col], f"realisasi_triwulan[{q}]",
                           n) for q, col in enumerate(quarters)]  # blank: not reported
    kinds = _agregasi_column(agregasi, n)
    out: dict[str, list[Decimal | None]] = {name: [] for name in RENJA_FIGURES}
    r13s, r14s, c15s, cs = (out[name] for name in RENJA_FIGURES)
    flow = Agregasi.FLOW
    with decimal.localcontext(CONTEXT):
        for i in range(n):
            reported = [col[i] for col in tw if col[i] is not None]
            if not reported:
                r13s.append(None)
                r14s.append(None)
                c15s.append(None)
                cs.append(None)
                continue
            if kinds[i] is flow:
                r13: Decimal = ZERO
                for v in reported:
                    r13 = r13 + v  # type: ignore[operator]
                previous = lalu[i]
                r14 = None if previous is None else previous + r13
            else:
                r13 = reported[-1]  # type: ignore[assignment]
                r14 = r13
            r13s.append(r13)
            r14s.append(r14)
            c15s.append(None if r14 is None or t6[i] == 0 else r14 * HUNDRED / t6[i])
            cs.append(None if t8[i] == 0 else r13 * HUNDRED / t8[i])
    return out


@keyword_only()
def evaluasi_renja_row(
    i: int, *positional: Never, target_renstra: Sequence[Value],
    realisasi_renstra_lalu: Sequence[Value | None], target: Sequence[Value],
    realisasi_triwulan: Sequence[Sequence[Value | None]], agregasi: str | Sequence[str] = "flow",
) -> EvaluasiRenja:
    """Row ``i`` of :func:`evaluasi_renja` as the per-figure result, to explain it.

    >>> evaluasi_renja_row(0, target_renstra=["3"], realisasi_renstra_lalu=["3"], target=["4"],
    ...                    realisasi_triwulan=[["2"], ["0.8"], ["1.2"], ["0"]]
    ...                    ).capaian_renstra.printed()
    '233,33'
    """
    if (positional or target_renstra is REQUIRED or realisasi_renstra_lalu is REQUIRED
            or target is REQUIRED or realisasi_triwulan is REQUIRED):
        raise call_error(evaluasi_renja_row, positional, locals())
    return _evaluasi_renja_figure(
        target_renstra=target_renstra[i], realisasi_renstra_lalu=realisasi_renstra_lalu[i],
        target=target[i], realisasi_triwulan=[col[i] for col in realisasi_triwulan],
        agregasi=agregasi if isinstance(agregasi, str) else agregasi[i])


@keyword_only()
def capaian(
    *positional: Never,
    target: Iterable[Value],
    realisasi: Iterable[Value],
    polarisasi: str | Iterable[str] = "maximize",
    target_atas: Iterable[Value | None] | None = None,
    rumus_minimize: str = "2t-r",
    cap: Value | None = None,
    floor: Value | None = None,
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """Capaian per row, each equal to ``sakip.capaian(...).value`` of the row.

    ``polarisasi`` is one value or a column (``maximize``, ``minimize``,
    ``stabilize``); a stabilize row's band is ``(target, target_atas)``
    (``target_atas`` is a column, blank or ``None`` on the other rows).
    ``rumus_minimize``, ``cap`` and ``floor`` apply to every row, as in
    :func:`sakip.capaian`.  ``errors``: see :class:`~sakip.errors.BatchError`;
    a blank cell is an error (:data:`BLANK`).  Explain a row with
    ``sakip.capaian`` on its cells.

    >>> values = capaian(target=["1176", "10", "80"], realisasi=["1189", "8", "95"],
    ...     polarisasi=["maximize", "minimize", "stabilize"], target_atas=[None, None, "90"])
    >>> [str(v.quantize(CENT)) for v in values]
    ['101.11', '120.00', '94.44']
    >>> capaian(target=["447"], realisasi=["748"], cap=150), capaian(
    ...     target=["10"], realisasi=["21"], polarisasi="minimize", floor=0)
    ([Decimal('150')], [Decimal('0')])
    >>> capaian(target=["0", "4"], realisasi=["1", "5"], errors="collect")[0].field
    'target[0]'
    """
    if positional or target is REQUIRED or realisasi is REQUIRED:
        raise call_error(capaian, positional, locals())
    _check_errors(errors)
    target, realisasi = _items(target, "target"), _items(realisasi, "realisasi")
    if (target_atas is None and rumus_minimize == "2t-r" and cap is None and floor is None
            and polarisasi in ("maximize", "minimize")):
        fast = _capaian_fast(target, realisasi, polarisasi == "maximize")
        if fast is not None:
            return list(fast)
    columns: dict[str, object] = {"target": target, "realisasi": realisasi,
                                  "polarisasi": polarisasi}
    if target_atas is not None:
        columns["target_atas"] = target_atas
    fast = _capaian_rows(columns, rumus_minimize, cap, floor)
    if fast is not None:
        return list(fast)

    def build(cells: dict[str, Any]) -> dict[str, Any]:
        upper = cells.pop("target_atas", None)
        if upper is not None:
            cells["target"] = (cells["target"], upper)
        return cells

    return _each_row(_capaian_figure, columns, errors, build=build,
                     fixed={"rumus_minimize": rumus_minimize, "cap": cap, "floor": floor},
                     blank_means_none=frozenset({"target_atas"}))


def _capaian_rows(columns: Mapping[str, object], rumus_minimize: str, cap: object,
                  floor: object) -> list[Decimal] | None:
    """Capaian of number columns by ``sakip.capaian``'s own arithmetic (``_compute``), any
    polarisasi, band, ``rumus_minimize``, cap and floor; ``None`` when any row needs the
    per-figure function (which then reports every bad row)."""
    try:
        table, n = _table(columns)
        pols = [Polarisasi(p) for p in table["polarisasi"]]
        uppers = _optional_column([None if _blank(v) else v for v in table["target_atas"]],
                                  "target_atas", n) if "target_atas" in table else [None] * n
        cap_d = None if cap is None else to_decimal(cap, field="cap")
        floor_d = None if floor is None else to_decimal(floor, field="floor")
    except (SakipError, ValueError):
        return None
    numbers = _numbers({"target": table["target"], "realisasi": table["realisasi"]})
    if (numbers is None or rumus_minimize not in ("2t-r", "t/r")
            or (cap_d is not None and floor_d is not None and floor_d > cap_d)):
        return None
    out = []
    stabilize = Polarisasi.STABILIZE
    try:
        for t, r, pol, upper in zip(*numbers, pols, uppers, strict=True):
            if (pol is stabilize) != (upper is not None) or (upper is not None and t > upper):
                return None
            out.append(_capaian_compute(t if upper is None else (t, upper), r, pol,
                                        rumus_minimize, cap_d, floor_d, None))
    except (SakipError, ArithmeticError):
        return None
    return out


def _capaian_fast(target: list[Any], realisasi: list[Any], maximize: bool
                  ) -> list[Decimal] | None:
    """Capaian of number columns with the operations of ``sakip.capaian`` (``R × 100 / T``,
    ``(2T − R) × 100 / T``) in ``CONTEXT``; ``None`` when any row needs the per-figure
    function (a bad or negative value, a zero target, a predikat): it then reports them."""
    try:
        t = _column(target, "target")
        r = _column(realisasi, "realisasi")
    except SakipError:
        return None
    if len(t) != len(r) or (t and min(t) == 0):
        return None
    with decimal.localcontext(CONTEXT):
        if maximize:
            return [ri * HUNDRED / ti for ti, ri in zip(t, r, strict=True)]
        return [(TWO * ti - ri) * HUNDRED / ti for ti, ri in zip(t, r, strict=True)]


@keyword_only()
def evaluasi_akip(
    *positional: Never,
    komponen: Mapping[str, Iterable[Value]],
    aturan: str = "permenpanrb-88-2021",
    errors: Errors = "raise",
) -> dict[str, list[Any]]:
    """LKE nilai and predikat per row, as ``sakip.evaluasi_akip(**row)``.

    ``komponen`` maps each component of the rule set to its column.  Returns
    ``{"nilai": [...], "predikat": [...]}`` (the per-figure ``value`` and
    ``predikat.name``); a bad row is ``NotComputable`` in both with
    ``errors="collect"``.

    >>> r = evaluasi_akip(komponen={"perencanaan": ["24.50"], "pengukuran": ["25"],
    ...                             "pelaporan": ["12"], "evaluasi_internal": ["21.20"]})
    >>> r["nilai"], r["predikat"]
    ([Decimal('82.70')], ['A'])
    """
    if positional or komponen is REQUIRED:
        raise call_error(evaluasi_akip, positional, locals())
    if not isinstance(komponen, Mapping):
        raise InvalidTypeError(field="komponen", expected="a mapping of component name to "
                               "column", received=komponen)
    _check_errors(errors)
    rule = _rules.find_typed("lke", aturan, LKERuleSet)
    if set(komponen) == set(rule.names):
        numbers = _numbers({name: _items(komponen[name], name) for name in rule.names})
        bands = _rules.find_typed("predikat", rule.bands, PredikatBands)
        if numbers is not None and all(not column or max(column) <= weight for column, (
                _, weight) in zip(numbers, rule.components, strict=True)):
            nilai = []
            with decimal.localcontext(CONTEXT):  # sakip.predikat._total: Σ points in CONTEXT
                for row in zip(*numbers, strict=True):
                    total = ZERO
                    for points in row:
                        total = total + points
                    nilai.append(total)
            return {"nilai": nilai, "predikat": _predikat_names(nilai, bands)}
    results = _each_row(_evaluasi_akip_figure, komponen, errors, fixed={"aturan": aturan},
                        value=lambda result: result)
    return {"nilai": [r if isinstance(r, NotComputable) else r.value for r in results],
            "predikat": [r if isinstance(r, NotComputable) else r.predikat.name
                         for r in results]}


@keyword_only()
def predikat(
    *positional: Never,
    nilai: Iterable[Value],
    aturan: str = "permenpanrb-88-2021",
    errors: Errors = "raise",
) -> list[str | NotComputable]:
    """The predikat of each nilai evaluasi AKIP (0–100), as ``sakip.Predikat.from_nilai``.

    Returns the predikat names (``"AA"`` … ``"D"``); bands have an exclusive
    lower and inclusive upper bound (90 → A, 90,01 → AA).  ``errors``: see
    :class:`~sakip.errors.BatchError` (a nilai outside 0–100 is a bad row).

    >>> predikat(nilai=["90", "90.01", "30", "82.70"])
    ['A', 'AA', 'D', 'A']
    >>> predikat(nilai=["101", "75"], errors="collect")[0].field
    'nilai[0]'
    """
    if positional or nilai is REQUIRED:
        raise call_error(predikat, positional, locals())
    _check_errors(errors)
    bands = _rules.find_typed("predikat", aturan, PredikatBands)
    column = _items(nilai, "nilai")
    numbers = _numbers({"nilai": column}, bands.maximum)
    if numbers is not None and (not numbers[0] or min(numbers[0]) >= bands.minimum):
        return list(_predikat_names(numbers[0], bands))
    return _each_row(_predikat_one, {"nilai": column}, errors, fixed={"aturan": aturan},
                     value=operator.attrgetter("name"))


def _predikat_names(values: list[Decimal], bands: PredikatBands) -> list[str]:
    """The predikat name of each value in ``[minimum, maximum]``, by ``bands``' own test
    (``PredikatBands.predikat``: the first band, highest first, that contains it)."""
    tests = [(band.contains, band.predikat.name) for band in bands.bands]
    out = []
    for v in values:
        for contains, name in tests:
            if contains(v):
                out.append(name)
                break
        else:  # pragma: no cover - the band tables are total (tested)
            raise AssertionError(v)
    return out


def _predikat_one(*, nilai: Value, aturan: str) -> Predikat:
    """``Predikat.from_nilai`` as a row function."""
    return Predikat.from_nilai(nilai, aturan=aturan)


@keyword_only()
def indikator_komponen(
    *positional: Never,
    pembilang: Iterable[Value],
    penyebut: Iterable[Value],
    jenis: str = "rasio",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """A component indicator per row, as ``sakip.indikator_komponen(...).value``
    (``jenis`` ``"rasio"`` or ``"penurunan"``: both take a pembilang and a penyebut).

    >>> indikator_komponen(pembilang=["45"], penyebut=["60"])
    [Decimal('75')]
    """
    if positional or pembilang is REQUIRED or penyebut is REQUIRED:
        raise call_error(indikator_komponen, positional, locals())
    _check_errors(errors)
    columns = {"pembilang": _items(pembilang, "pembilang"),
               "penyebut": _items(penyebut, "penyebut")}
    numbers = _numbers(columns) if jenis in ("rasio", "penurunan") else None
    if numbers is not None:  # sakip.komponen's own arithmetic, row by row
        fast = _kernel_rows(lambda top, bottom: _komponen(jenis, (top,), bottom, None), numbers)
        if fast is not None:
            return list(fast)
    return _each_row(_indikator_komponen_figure, columns, errors, fixed={"jenis": jenis})


@keyword_only()
def nilai_capaian_iki(
    *positional: Never,
    capaian: Iterable[Value],
    target_maksimum: bool = False,
    nilai_baik: Value | None = None,
    nilai_sangat_baik: Value | None = None,
    aturan: str = "permenpanrb-8-2021",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """Nilai capaian IKI per row, as ``sakip.nilai_capaian_iki(...).value``.

    ``nilai_baik`` and ``nilai_sangat_baik`` (the OPEN rows) apply to every row.

    >>> nilai_capaian_iki(capaian=["100", "80"], nilai_baik="109")
    [Decimal('109'), Decimal('70')]
    """
    if positional or capaian is REQUIRED:
        raise call_error(nilai_capaian_iki, positional, locals())
    _check_errors(errors)
    column = _items(capaian, "capaian")
    try:
        rule = _rules.find_typed("nilai-capaian-iki", aturan, IKIRule)
        baik = _iki_option(nilai_baik, "nilai_baik")
        sangat_baik = _iki_option(nilai_sangat_baik, "nilai_sangat_baik")
    except SakipError:
        numbers = None
    else:
        numbers = _numbers({"capaian": column}) if isinstance(target_maksimum, bool) else None
    if numbers is not None:
        fast = _iki_rows(numbers[0], rule, target_maksimum, baik, sangat_baik)
        if fast is not None:
            return list(fast)
    return _each_row(_nilai_capaian_iki_figure, {"capaian": column}, errors,
                     fixed={"target_maksimum": target_maksimum, "nilai_baik": nilai_baik,
                            "nilai_sangat_baik": nilai_sangat_baik, "aturan": aturan})


def _iki_rows(capaian: list[Decimal], rule: IKIRule, target_maksimum: bool,
              baik: Decimal | None, sangat_baik: Decimal | None) -> list[Decimal] | None:
    """Nilai capaian IKI of each capaian (>= 0) with ``sakip.iki._nilai``'s operations in the
    same order (its row by ``iki._row``; a linear row ``n_lo + (n_hi − n_lo) ÷ (c_hi −
    c_lo) × (c − c_lo)`` in ``CONTEXT``), without its formula text; ``None`` when a row
    needs an option that was not given (the per-figure function then says which)."""
    lines = {kategori: (c_lo, n_lo, CONTEXT.divide(CONTEXT.subtract(n_hi, n_lo),
                                                   CONTEXT.subtract(c_hi, c_lo)))
             for kategori, c_lo, c_hi, n_lo, n_hi in rule.baris}
    given = {"maksimum": rule.nilai_maksimum, "baik": baik, "sangat-baik": sangat_baik}
    out = []
    with decimal.localcontext(CONTEXT):
        for c in capaian:
            kategori, how = _iki_row(rule, c, target_maksimum)
            if how == "garis":
                c_lo, n_lo, slope = lines[kategori]
                out.append(n_lo + slope * (c - c_lo))
                continue
            value = given[how]
            if value is None:
                return None
            out.append(value)
    return out


@keyword_only()
def tingkat_capaian(
    *positional: Never,
    nilai: Iterable[Value],
    label: str = "tinggi-rendah",
    celah: str = "bawah",
    di_atas_100: str = "teratas",
    errors: Errors = "raise",
) -> list[str | NotComputable]:
    """The tingkat capaian label of each capaian (the Renja evaluation's five bands), as
    ``sakip.tingkat_capaian(...).label`` with the same options.

    >>> tingkat_capaian(nilai=["95", "80", "40"])
    ['Sangat Tinggi', 'Tinggi', 'Sangat Rendah']
    >>> tingkat_capaian(nilai=["90.5"], celah="tolak", errors="collect")[0].field
    'nilai[0]'
    """
    if positional or nilai is REQUIRED:
        raise call_error(tingkat_capaian, positional, locals())
    return _each_row(_tingkat_capaian_figure, {"nilai": nilai}, errors,
                     fixed={"label": label, "celah": celah, "di_atas_100": di_atas_100},
                     value=operator.attrgetter("label"))


@keyword_only()
def level_spip(
    *positional: Never,
    level: Iterable[Value | LevelSPIP],
    errors: Errors = "raise",
) -> list[LevelSPIP | NotComputable]:
    """The SPIP maturity level of each cell (``"Level 3"``, the int ``3``), as
    :func:`sakip.level_spip` (text ``"3"`` is refused as there: write ``Level 3``).

    >>> level_spip(level=["Level 3", 4])
    [<LevelSPIP.TERDEFINISI: 3>, <LevelSPIP.TERKELOLA_DAN_TERUKUR: 4>]
    >>> level_spip(level=["3.21"], errors="collect")[0].field
    'level[0]'
    """
    if positional or level is REQUIRED:
        raise call_error(level_spip, positional, locals())
    return _each_row(_level_spip_figure, {"level": level}, errors,
                     build=lambda cells: {"value": cells["level"]}, value=lambda found: found)
