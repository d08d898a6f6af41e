"""Batch functions of the printed indices: IKM, IPM, Indeks Pemdi and Indeks SPBE.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Never

from sakip import _rules
from sakip.batch._columns import (
    CENT,  # noqa: F401 - the docstring examples quantize with it
    Errors,
    Value,
    _check_errors,
    _each_row,
    _items,
    _numbers,
    _renamed,
    _table,
    _weighted_rows,
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
from sakip.indeks_kepuasan import IKMRule
from sakip.indeks_kepuasan import _ikm as _ikm_value
from sakip.indeks_kepuasan import ikm as _ikm_figure
from sakip.indeks_pembangunan import ipm as _ipm_figure
from sakip.pemerintah_digital import _rule as _digital_rule
from sakip.pemerintah_digital import indeks_pemdi as _indeks_pemdi_figure
from sakip.pemerintah_digital import indeks_spbe as _indeks_spbe_figure


@keyword_only()
def ikm(
    *positional: Never,
    nilai_unsur: Sequence[Iterable[Value]],
    responden: Iterable[Value],
    aturan: str = "permenpanrb-14-2017",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """IKM per row from one column per unsur, as ``sakip.ikm(nilai_unsur=[...]).value``.

    ``nilai_unsur`` lists the unsur columns (Σ answers per unsur) in the
    order of the rule set (nine under PermenPANRB 14/2017); ``responden`` is
    the respondents column.  The survey of reference §13 (29 respondents):

    >>> totals = [105, 101, 100, 116, 102, 105, 106, 105, 115]
    >>> [str(v.quantize(CENT)) for v in ikm(nilai_unsur=[[t] for t in totals], responden=[29])]
    ['3.66']
    """
    if positional or nilai_unsur is REQUIRED or responden is REQUIRED:
        raise call_error(ikm, positional, locals())
    columns = {f"nilai_unsur_{k}": column for k, column in
               enumerate(_items(nilai_unsur, "nilai_unsur"), start=1)}
    columns["responden"] = responden

    _check_errors(errors)
    table, _ = _table(columns)
    fast = _ikm_rows(table, aturan)
    if fast is not None:
        return list(fast)

    def build(cells: dict[str, Any]) -> dict[str, Any]:
        count = cells.pop("responden")
        return {"nilai_unsur": list(cells.values()), "responden": _count(count)}

    return _each_row(_ikm_one, table, errors, fixed={"aturan": aturan}, build=build)


def _ikm_rows(table: dict[str, list[Any]], aturan: str) -> list[Decimal] | None:
    """IKM of every row with ``sakip.ikm``'s checks and arithmetic (``_from_totals``' whole
    sums within ``responden × 1–4``, ``_ikm`` with the exact weight), the totals read as
    columns at C speed, no result built; ``None`` when any row needs the per-figure
    function (which then reports every bad row)."""
    try:
        rule = _rules.find_typed("ikm", aturan, IKMRule)
    except SakipError:
        return None
    counts = [_count(count) for count in table["responden"]]
    unsur = {name: column for name, column in table.items() if name != "responden"}
    numbers = _numbers(unsur) if len(unsur) == len(rule.unsur) else None
    if numbers is None or any(type(c) is not int or c < 1 for c in counts):
        return None
    low, high, n = rule.jawaban_min, rule.jawaban_max, len(rule.unsur)
    out = []
    for count, *totals in zip(counts, *numbers, strict=True):
        for t in totals:
            if t != t.to_integral_value() or not count * low <= t <= count * high:
                return None
        out.append(_ikm_value(rule, tuple(totals), (count,) * n, rule.bobot_exact, None))
    return out


def _ikm_one(**arguments: Any) -> Any:
    """``sakip.ikm`` of one row; its ``nilai_unsur[k]`` is the column ``nilai_unsur_{k+1}``."""
    try:
        return _ikm_figure(**arguments)
    except SakipError as error:
        found = re.fullmatch(r"nilai_unsur\[(\d+)\]", error.field or "")
        if found is None:
            raise
        raise _renamed(error, f"nilai_unsur_{int(found.group(1)) + 1}") from None


def _count(value: object) -> object:
    """A count cell: CSV text of ASCII digits as the ``int`` it spells, anything else as given
    (the per-figure function then refuses it, naming the field)."""
    return int(value) if type(value) is str and value.isascii() and value.isdigit() else value


@keyword_only()
def ipm(
    *positional: Never,
    uhh: Iterable[Value],
    hls: Iterable[Value],
    rls: Iterable[Value],
    pengeluaran: Iterable[Value],
    aturan: str = "bps-2014",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """IPM per row, as ``sakip.ipm(...).value`` (pengeluaran in rupiah per year).

    >>> [str(v.quantize(CENT)) for v in ipm(uhh=["69.57"], hls=["12.95"], rls=["8.69"],
    ...                                   pengeluaran=["11261000"])]
    ['71.49']
    """
    if positional or uhh is REQUIRED or hls is REQUIRED or rls is REQUIRED or (
            pengeluaran is REQUIRED):
        raise call_error(ipm, positional, locals())
    return _each_row(_ipm_figure, {"uhh": uhh, "hls": hls, "rls": rls,
                                   "pengeluaran": pengeluaran}, errors,
                     fixed={"aturan": aturan})


def _by_name(figure: Callable[..., Any], name: str, columns: Mapping[Any, Iterable[Value]],
             aturan: str, errors: object) -> list[Any]:
    """``figure(name={key: cell, ...}, aturan=aturan).value`` per row, from one column per key."""
    if not isinstance(columns, Mapping):
        raise InvalidTypeError(field=name, expected="a mapping of name to column",
                               received=columns)
    _check_errors(errors)
    pairs = [(f"{name}.{key}", key) for key in columns]
    table = {flat: _items(columns[key], flat) for flat, key in pairs}
    whole = name != "indikator" or all(type(key) is int for key in columns)  # else refused
    fast = _indeks_rows(name, table, aturan) if whole else None
    if fast is not None:
        return list(fast)
    return _each_row(figure, table, errors, fixed={"aturan": aturan},
                     build=lambda cells: {name: {key: cells[flat] for flat, key in pairs}})


def _indeks_rows(masukan: str, table: Mapping[str, list[Any]], aturan: str
                 ) -> list[Decimal] | None:
    """Indeks Pemdi (from ``aspek`` or ``indikator`` levels) or SPBE (from ``domain``) of
    every row of number columns by the instrument's weighted sum (``composite.weighted``'s
    operations, as ``pemerintah_digital._indeks``; a level read as ``_check_level`` reads
    it, an integer); ``None`` when any row needs the per-figure function."""
    try:
        rule = _digital_rule(aturan)
    except SakipError:
        return None
    if rule.masukan != ("domain" if masukan == "domain" else "indikator"):
        return None
    weights = ({key: bobot for key, bobot, _ in rule.aspek} if masukan == "aspek"
               else dict(rule.weights))
    if set(table) != {f"{masukan}.{key}" for key in weights}:
        return None
    low, high = (Decimal(x) for x in rule.level)
    numbers = _numbers({key: table[f"{masukan}.{key}"] for key in weights}, high)
    if numbers is None or any(column and min(column) < low for column in numbers):
        return None
    if masukan == "indikator":
        if any(x != x.to_integral_value() for column in numbers for x in column):
            return None
        numbers = [[Decimal(int(x)) for x in column] for column in numbers]
    return _weighted_rows(numbers, list(weights.values()))


@keyword_only()
def indeks_pemdi(
    *positional: Never,
    aspek: Mapping[str, Iterable[Value]] | None = None,
    indikator: Mapping[int, Iterable[Value]] | None = None,
    aturan: str = "permenpanrb-8-2026",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """Indeks Pemerintah Digital per row from one column per aspek or per indicator (its
    number as the key, levels 1–5), as ``sakip.indeks_pemdi(aspek={...}).value`` or
    ``sakip.indeks_pemdi(indikator={...}).value``; give exactly one.

    >>> indeks_pemdi(aspek={name: ["3"] for name in ("tata_kelola_dan_manajemen",
    ...     "penyelenggara", "data", "keamanan", "teknologi", "keterpaduan_layanan",
    ...     "kepuasan_pengguna")})
    [Decimal('3')]
    >>> indeks_pemdi(indikator={n: ["3", "4"] for n in range(1, 21)})
    [Decimal('3'), Decimal('4')]
    """
    if positional:
        raise call_error(indeks_pemdi, positional, locals())
    if (aspek is None) == (indikator is None):
        raise InvalidValueError(field="aspek", expected="exactly one of aspek= and indikator=",
                                received="both" if aspek is not None else "neither")
    if aspek is not None:
        return _by_name(_indeks_pemdi_figure, "aspek", aspek, aturan, errors)
    assert indikator is not None
    return _by_name(_indeks_pemdi_figure, "indikator", indikator, aturan, errors)


@keyword_only()
def indeks_spbe(
    *positional: Never,
    domain: Mapping[str, Iterable[Value]],
    aturan: str = "permenpanrb-59-2020",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """Indeks SPBE per row from one column per domain, as ``sakip.indeks_spbe(domain={...}).value``.

    >>> indeks_spbe(domain={name: ["3"] for name in ("kebijakan_internal", "tata_kelola",
    ...     "manajemen", "layanan")})
    [Decimal('3')]
    """
    if positional or domain is REQUIRED:
        raise call_error(indeks_spbe, positional, locals())
    return _by_name(_indeks_spbe_figure, "domain", domain, aturan, errors)
