"""Column-wise (batch) versions of the hot formulas, for national-scale runs.

The per-figure API builds a result object per figure so that it can explain
itself; over a whole country's budget outputs that object is most of the
cost.  The functions here take **columns** — any iterables of ``str``,
``int`` or ``Decimal`` (straight from ``csv`` or a pandas column) — and
return lists of Decimals (or labels), computing exactly the same digits as the
per-figure API: the same validation, the same operations in the same order,
in the same private 50-digit context.  Any row can still be explained on
demand with the ``*_row`` helpers, which return the per-figure result.

Every public formula has a batch function.  A call reads every row before it
refuses: one ``sakip.BatchError`` lists every bad row in row
order (``errors="raise"``, the default), or ``errors="collect"`` computes the
good rows and puts a ``sakip.NotComputable`` with the reason in
each bad row's place.  Blank cells (empty text): *not assessed* where the
formula has that notion (``ikpa_satker``'s indicators, ``capaian``'s
``target_atas``), anywhere else an error saying what to write (``BLANK``).

>>> from sakip import batch
>>> e, ne, kategori = batch.efisiensi_outputs(
...     pagu=["20844639000", "105768000"], realisasi=["20842508719", "104133250"],
...     capaian=["119.87", "100"], rumus="per-pagu")
>>> [str(x.quantize(batch.CENT)) for x in ne], kategori
(['99.70', '53.86'], ['Sangat Efisien', 'Kurang Efisien'])
"""

from __future__ import annotations

import copy
import decimal
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, overload

from sakip import _rules
from sakip._decimal import CONTEXT, EXACT, HUNDRED, MAX_EXPONENT, ONE, TWO, ZERO, to_decimal
from sakip._rules import check_label_bands
from sakip.budget import (
    KATEGORI_EFISIENSI,
    NE_PMK_214_2017,
    Efisiensi,
    RincianOutput,
    _check_kode,
    efisiensi,
)
from sakip.budget import capaian_output as _capaian_output_figure
from sakip.budget import penyerapan as _penyerapan_figure
from sakip.conventions import EFISIENSI_KINERJA_RULES, EfisiensiKinerja
from sakip.conventions import efisiensi_kinerja as _efisiensi_kinerja_figure
from sakip.conventions import rasio_efisiensi as _rasio_efisiensi_figure
from sakip.eka import EKARule
from sakip.eka import eka as _eka_figure
from sakip.errors import (
    REQUIRED,
    BatchError,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    SakipError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import NotComputable
from sakip.iki import IKIRule
from sakip.iki import _option as _iki_option
from sakip.iki import _row as _iki_row
from sakip.iki import nilai_capaian_iki as _nilai_capaian_iki_figure
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
from sakip.indeks_kepuasan import IKMRule
from sakip.indeks_kepuasan import _ikm as _ikm_value
from sakip.indeks_kepuasan import ikm as _ikm_figure
from sakip.indeks_pembangunan import ipm as _ipm_figure
from sakip.indicators import Agregasi, Polarisasi, agregasi_option
from sakip.indicators import _compute as _capaian_compute
from sakip.indicators import capaian as _capaian_figure
from sakip.komponen import _komponen
from sakip.komponen import indikator_komponen as _indikator_komponen_figure
from sakip.nka import NKA_RULES
from sakip.nka import nka as _nka_figure
from sakip.pemerintah_digital import _rule as _digital_rule
from sakip.pemerintah_digital import indeks_pemdi as _indeks_pemdi_figure
from sakip.pemerintah_digital import indeks_spbe as _indeks_spbe_figure
from sakip.predikat import LKERuleSet, Predikat, PredikatBands
from sakip.predikat import evaluasi_akip as _evaluasi_akip_figure
from sakip.renja import TRIWULAN, EvaluasiRenja
from sakip.renja import evaluasi_renja as _evaluasi_renja_figure
from sakip.renja import tingkat_capaian as _tingkat_capaian_figure
from sakip.rules import LabelBands
from sakip.spip import LevelSPIP
from sakip.spip import level_spip as _level_spip_figure

__all__ = [
    "BLANK",
    "CENT",
    "RENJA_FIGURES",
    "Errors",
    "capaian",
    "capaian_output_satker",
    "efisiensi_kinerja",
    "efisiensi_kinerja_row",
    "efisiensi_outputs",
    "efisiensi_row",
    "efisiensi_satker",
    "eka",
    "evaluasi_akip",
    "evaluasi_renja",
    "evaluasi_renja_row",
    "ikm",
    "ikpa_capaian_output_satker",
    "ikpa_row",
    "ikpa_satker",
    "indeks_pemdi",
    "indeks_spbe",
    "indikator_komponen",
    "ipm",
    "kategori",
    "kategori_ikpa",
    "level_spip",
    "nilai_capaian_iki",
    "nka",
    "penyerapan",
    "penyerapan_triwulan_satker",
    "predikat",
    "rasio_efisiensi",
    "tingkat_capaian",
]

#: ``Decimal("0.01")``, for quantizing columns when printing them.
CENT = Decimal("0.01")

Value = Decimal | int | str


def _column(values: Iterable[object], field: str, *, nonnegative: bool = True) -> list[Decimal]:
    """Convert a column to Decimals with the same rules as :func:`sakip._decimal.to_decimal`.

    A column of ``str``, ``int`` or ``Decimal`` only is converted at C speed and
    checked as a whole (finite, within the exponents, at most
    :data:`~sakip._decimal.MAX_SIGNIFICANT` significant digits); anything else
    (or any bad value) goes through ``to_decimal`` value by value, which raises
    sakip's error naming the row.
    """
    items = values if isinstance(values, list) else _items(values, field)
    kinds = set(map(type, items))
    out: list[Decimal] | None = None
    if kinds <= _FAST_KINDS:
        try:
            out = list(map(Decimal, items))
        except (decimal.InvalidOperation, TypeError, ValueError):
            out = None
        if out is not None and (_has_underscore(items, kinds)
                                or not all(map(Decimal.is_finite, out))
                                or (out and not -MAX_EXPONENT <= min(map(Decimal.adjusted, out))
                                    <= max(map(Decimal.adjusted, out)) <= MAX_EXPONENT)
                                # more than MAX_SIGNIFICANT digits: CONTEXT.plus rounds it
                                or out != list(map(CONTEXT.plus, out))):
            out = None
    if out is None:
        out = [to_decimal(v, field=f"{field}[{i}]") for i, v in enumerate(items)]
    if nonnegative and out and min(out) < 0:
        index = next(i for i, v in enumerate(out) if v < 0)
        raise InvalidValueError(field=f"{field}[{index}]", expected="a number >= 0",
                                received=items[index])
    return out


_FAST_KINDS = frozenset({str, int, Decimal})


def _items(values: Iterable[object], field: str) -> list[Any]:
    """A column as a list; text is one value, never a column of its characters."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidTypeError(field=field, expected="a column (a list or other iterable of "
                               "values)", received=values)
    return list(values)

# Characters in text that Decimal() reads but a plain non-negative number without exponent
# never has: underscores, the letters of NaN / Infinity, exponents, a minus sign.  Text
# that Decimal() cannot read at all raises inside the loop and goes to the slow path.
_NOT_PLAIN = ("_", "n", "N", "i", "I", "e", "E", "-")


class _Refused(Exception):
    """Internal signal: a row the fast loop cannot take (reported by the slow path)."""


def _plain_text(items: list[Any], *, allow_none: bool = True) -> bool:
    """Whether every value (``None`` aside, when allowed) is text of a plain non-negative
    number in ASCII digits (``Decimal()`` also reads other scripts' digits; sakip does not)."""
    if None in items:
        if not allow_none:
            return False
        texts = [v for v in items if v is not None]
    else:
        texts = items
    if set(map(type, texts)) - {str}:
        return False
    joined = "".join(texts)
    return joined.isascii() and not any(mark in joined for mark in _NOT_PLAIN)


def _plain_or_validated(values: Iterable[object], field: str) -> list[Any]:
    """The column itself when it is plain non-negative number text, else validated Decimals."""
    items = values if isinstance(values, list) else _items(values, field)
    return items if _plain_text(items, allow_none=False) else _column(items, field)


def _has_underscore(items: list[Any], kinds: set[type]) -> bool:
    """Whether any text value has an underscore or a non-ASCII character (Decimal accepts
    '1_000' and other scripts' digits; sakip does not)."""
    if str not in kinds:
        return False
    texts = items if len(kinds) == 1 else [v for v in items if type(v) is str]
    joined = "".join(texts)
    return "_" in joined or not joined.isascii()


def _check_not_above(ra: list[Decimal], p: list[Decimal]) -> None:
    if any(map(operator.gt, ra, p)):
        i = next(i for i, (r, q) in enumerate(zip(ra, p, strict=True)) if r > q)
        raise InvalidValueError(field=f"realisasi[{i}]", expected=f"realisasi <= pagu ({p[i]})",
                                received=ra[i])


def _same_length(**columns: list[Decimal]) -> int:
    lengths = {name: len(col) for name, col in columns.items()}
    if len(set(lengths.values())) > 1:
        raise InvalidValueError(field="columns", expected="columns of equal length",
                                received=lengths)
    return next(iter(lengths.values()), 0)


@overload
def penyerapan(pagu: Iterable[Value], realisasi: Iterable[Value] | None = None, *positional: Never,
               sisa: Iterable[Value] | None = None, errors: Literal["raise"] = "raise"
               ) -> list[Decimal]: ...
@overload
def penyerapan(pagu: Iterable[Value], realisasi: Iterable[Value] | None = None, *positional: Never,
               sisa: Iterable[Value] | None = None, errors: Literal["collect"]
               ) -> list[Decimal | NotComputable]: ...
@keyword_only()
def penyerapan(pagu: Iterable[Value], realisasi: Iterable[Value] | None = None, *positional: Never,
               sisa: Iterable[Value] | None = None, errors: Errors = "raise"
               ) -> list[Any]:
    """Penyerapan ``RA / P × 100`` per row (see :func:`sakip.penyerapan`).

    Give ``realisasi`` or ``sisa`` (then ``RA = P − sisa``, as the per-figure
    ``sakip.penyerapan(pagu=..., sisa=...)``).

    >>> penyerapan(["200", "100"], ["150", "100"])
    [Decimal('75'), Decimal('100')]
    >>> penyerapan(["1000000000"], sisa=["12500000"])
    [Decimal('98.75')]

    With bad rows, one :class:`~sakip.errors.BatchError` lists every one;
    ``errors="collect"`` computes the good rows and puts a
    :class:`~sakip.explain.NotComputable` in each bad row's place:

    >>> values = penyerapan(["100", "-5", ""], ["50", "1", "1"], errors="collect")
    >>> values[0], [(bad.field, bad.reason[:17]) for bad in values[1:]]
    (Decimal('50'), [('pagu[1]', 'expected a number'), ('pagu[2]', 'expected a number')])
    """
    if positional:
        raise call_error(penyerapan, positional, locals())
    if (realisasi is None) == (sisa is None):
        raise InvalidValueError(field="realisasi", expected="exactly one of realisasi and sisa",
                                received="both" if realisasi is not None else "neither")
    _check_errors(errors)
    other, name = (realisasi, "realisasi") if realisasi is not None else (sisa, "sisa")
    columns = {"pagu": _items(pagu, "pagu"), name: _items(other, name)}  # type: ignore[arg-type]
    try:
        return list(_penyerapan_columns(columns["pagu"], columns.get("realisasi"),
                                        columns.get("sisa")))
    except SakipError:  # every bad row, by the per-figure function
        return _each_row(_penyerapan_figure, columns, errors)


def _penyerapan_columns(pagu: list[Any], realisasi: list[Any] | None, sisa: list[Any] | None
                        ) -> list[Decimal]:
    p = _column(pagu, "pagu")
    if sisa is not None:
        s = _column(sisa, "sisa")
        _same_length(pagu=p, sisa=s)
        for i, (pi, si) in enumerate(zip(p, s, strict=True)):
            if si > pi:
                raise InvalidValueError(field=f"sisa[{i}]", expected=f"sisa <= pagu ({pi})",
                                        received=si)
        with decimal.localcontext(CONTEXT):
            ra = [pi - si for pi, si in zip(p, s, strict=True)]
    else:
        assert realisasi is not None
        ra = _column(realisasi, "realisasi")
    _same_length(pagu=p, realisasi=ra)
    out = []
    with decimal.localcontext(CONTEXT):
        for i, (pi, ri) in enumerate(zip(p, ra, strict=True)):
            if ri > pi:
                raise InvalidValueError(field=f"realisasi[{i}]",
                                        expected=f"realisasi <= pagu ({pi})", received=ri)
            if pi == 0:
                raise NotComputableError(field=f"pagu[{i}]",
                                         reason="pagu is zero: RA / P is undefined")
            out.append(ri * HUNDRED / pi)
    return out


def _check_rumus(rumus: str) -> None:
    if rumus not in ("per-pagu", "pmk-214-2017"):
        raise InvalidValueError(field="rumus", expected="'per-pagu' or 'pmk-214-2017' (the "
                                "unit-cost form needs volumes: use sakip.efisiensi)",
                                received=rumus)


@overload
def efisiensi_outputs(
    *positional: Never, pagu: Iterable[Value], realisasi: Iterable[Value],
    capaian: Iterable[Value], rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    clip: bool = True, errors: Literal["raise"] = "raise",
) -> tuple[list[Decimal], list[Decimal], list[str]]: ...
@overload
def efisiensi_outputs(
    *positional: Never, pagu: Iterable[Value], realisasi: Iterable[Value],
    capaian: Iterable[Value], rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    clip: bool = True, errors: Literal["collect"],
) -> tuple[list[Decimal | NotComputable], list[Decimal | NotComputable],
           list[str | NotComputable]]: ...
@keyword_only()
def efisiensi_outputs(
    *positional: Never,
    pagu: Iterable[Value],
    realisasi: Iterable[Value],
    capaian: Iterable[Value],
    rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    clip: bool = True,
    errors: Errors = "raise",
) -> tuple[list[Any], list[Any], list[Any]]:
    """E, NE and kategori of each output on its own, as three columns.

    Row ``i`` equals ``sakip.efisiensi([RincianOutput(...row i...)], rumus=rumus)``
    and its ``.nilai.value`` and ``.kategori``, digit for digit.

    Parameters
    ----------
    pagu, realisasi, capaian:
        Columns of equal length; capaian output in percent.
    rumus:
        ``"pmk-214-2017"`` (default, as :func:`sakip.efisiensi`) or ``"per-pagu"``.
    clip:
        Clip NE to [0, 100] (default).
    errors:
        See :class:`~sakip.errors.BatchError`: every bad row is reported; with
        ``"collect"`` each of the three columns holds a ``NotComputable`` there.
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED or capaian is REQUIRED:
        raise call_error(efisiensi_outputs, positional, locals())
    _check_rumus(rumus)
    _check_errors(errors)
    # Plain-text columns (the CSV case) are read inside the loop, as a bare decimal
    # loop would; anything else is converted and validated value by value first.
    raw = {name: _items(values, name) for values, name in
           ((pagu, "pagu"), (realisasi, "realisasi"), (capaian, "capaian"))}
    _same_length(**raw)
    try:
        columns = [_plain_or_validated(values, name) for name, values in raw.items()]
    except SakipError:
        return _efisiensi_rows(raw, rumus, clip, errors)
    per_pagu = rumus == "per-pagu"
    rule = NE_PMK_214_2017
    base, span, low, high = rule.base, rule.span, rule.minimum, rule.maximum
    lowers = [lower for lower, _ in reversed(KATEGORI_EFISIENSI.bands)]
    labels = [KATEGORI_EFISIENSI.below or "", *(label for _, label in
                                               reversed(KATEGORI_EFISIENSI.bands))]
    e_out: list[Decimal] = []
    ne_out: list[Decimal] = []
    k_out: list[str] = []
    add_e, add_ne, add_k = e_out.append, ne_out.append, k_out.append
    try:
        with decimal.localcontext(CONTEXT):
            for p_text, r_text, c_text in zip(*columns, strict=True):
                pi = Decimal(p_text)
                ri = Decimal(r_text)
                p_co = pi * (Decimal(c_text) / HUNDRED)
                if ri > pi:
                    raise _Refused
                e = (p_co - ri) * HUNDRED / (pi if per_pagu else p_co)
                ne = base + e / span * base
                if clip:
                    ne = low if ne < low else high if ne > high else ne
                add_e(e)
                add_ne(ne)
                add_k(labels[bisect_right(lowers, ne)])
    except (decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow, _Refused):
        return _efisiensi_rows(raw, rumus, clip, errors)
    return list(e_out), list(ne_out), list(k_out)


def _efisiensi_rows(raw: dict[str, list[Any]], rumus: str, clip: bool, errors: object
                    ) -> tuple[list[Any], list[Any], list[Any]]:
    """E, NE and kategori row by row through the per-figure function: every bad row."""
    results = _each_row(_efisiensi_one, raw, errors, fixed={"rumus": rumus, "clip": clip},
                        value=lambda result: result)
    return ([r if isinstance(r, NotComputable) else r.value for r in results],
            [r if isinstance(r, NotComputable) else r.nilai.value for r in results],
            [r if isinstance(r, NotComputable) else r.kategori for r in results])


def _efisiensi_one(*, pagu: Value, realisasi: Value, capaian: Value, rumus: str,
                   clip: bool) -> Efisiensi:
    """``sakip.efisiensi`` of one output (the row of a batch call)."""
    return efisiensi([RincianOutput(kode="0000.ROW.000", pagu=pagu, realisasi=realisasi,
                                    capaian=capaian)], rumus=rumus, clip=clip)  # type: ignore[arg-type]


@keyword_only()
def efisiensi_row(
    i: int, *positional: Never, pagu: Sequence[Value], realisasi: Sequence[Value],
    capaian: Sequence[Value],
    kode: Sequence[str] | None = None, rumus: Literal["per-pagu", "pmk-214-2017"] = (
        "pmk-214-2017"),
) -> Efisiensi:
    """Row ``i`` of :func:`efisiensi_outputs` as the per-figure result, to explain it.

    >>> efisiensi_row(0, pagu=["1000"], realisasi=["900"], capaian=["100"]).explain().value
    Decimal('10')
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED or capaian is REQUIRED:
        raise call_error(efisiensi_row, positional, locals())
    code = kode[i] if kode is not None else "0000.ROW.000"
    ro = RincianOutput(kode=code, pagu=pagu[i], realisasi=realisasi[i], capaian=capaian[i])
    return efisiensi([ro], rumus=rumus)


@keyword_only()
def efisiensi_satker(
    *positional: Never,
    satker: Iterable[str],
    pagu: Iterable[Value],
    realisasi: Iterable[Value],
    capaian: Iterable[Value],
    rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
) -> dict[str, Decimal]:
    """E per satker over its outputs, in first-seen order (``Σ`` over the satker's rows).

    Equals ``sakip.efisiensi(outputs_of_satker, rumus=rumus).value`` for each satker.

    >>> efisiensi_satker(satker=["A", "A", "B"], pagu=["1000", "3000", "10"],
    ...                  realisasi=["900", "3000", "10"], capaian=["120", "100", "100"],
    ...                  rumus="per-pagu")
    {'A': Decimal('7.5'), 'B': Decimal('0')}
    """
    if (
        positional or
        satker is REQUIRED or
        pagu is REQUIRED or
        realisasi is REQUIRED or
        capaian is REQUIRED
    ):
        raise call_error(efisiensi_satker, positional, locals())
    _check_rumus(rumus)
    ids = list(satker)
    p = _column(pagu, "pagu")
    ra = _column(realisasi, "realisasi")
    co_pct = _column(capaian, "capaian")
    n = _same_length(pagu=p, realisasi=ra, capaian=co_pct)
    if len(ids) != n:
        raise InvalidValueError(field="satker", expected=f"{n} satker codes", received=len(ids))
    sums: dict[str, list[Decimal]] = {}
    with decimal.localcontext(CONTEXT):
        for i in range(n):
            pi, ri = p[i], ra[i]
            if ri > pi:
                raise InvalidValueError(field=f"realisasi[{i}]",
                                        expected=f"realisasi <= pagu ({pi})", received=ri)
            p_co = pi * (co_pct[i] / HUNDRED)
            acc = sums.get(ids[i])
            if acc is None:
                sums[ids[i]] = [p_co - ri, pi, p_co]
            else:
                acc[0] = acc[0] + (p_co - ri)
                acc[1] = acc[1] + pi
                acc[2] = acc[2] + p_co
        out = {}
        for key, (selisih, total_p, total_pco) in sums.items():
            denominator = total_p if rumus == "per-pagu" else total_pco
            if denominator == 0:
                raise NotComputableError(field="pagu", reason=f"satker {key}: zero base")
            out[key] = selisih * HUNDRED / denominator
    return out


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


@overload
def nka(eka: Iterable[Value], ikpa: Iterable[Value], aturan: str = "pkpa-se-8-mk1-2020",
        *positional: Never, errors: Literal["raise"] = "raise") -> list[Decimal]: ...
@overload
def nka(eka: Iterable[Value], ikpa: Iterable[Value], aturan: str = "pkpa-se-8-mk1-2020",
        *positional: Never, errors: Literal["collect"]) -> list[Decimal | NotComputable]: ...
def nka(eka: Iterable[Value], ikpa: Iterable[Value], aturan: str = "pkpa-se-8-mk1-2020",
        *positional: Never, errors: Errors = "raise") -> list[Any]:
    """NKA per row, ``(60·EKA + 40·IKPA) / 100`` (see :func:`sakip.nka`).

    ``errors``: see :class:`~sakip.errors.BatchError` (every bad row, or
    ``NotComputable`` in its place with ``"collect"``).

    >>> nka(["97.29"], ["91.95"])
    [Decimal('95.154')]
    """
    if positional:
        raise call_error(nka, positional, locals())
    _check_errors(errors)
    rule = NKA_RULES.get(aturan)
    if rule is None:
        raise UnknownNameError(field="aturan", expected="one of " + ", ".join(NKA_RULES),
                               received=aturan)
    columns = {"eka": _items(eka, "eka"), "ikpa": _items(ikpa, "ikpa")}
    try:
        e = _column(columns["eka"], "eka")
        k = _column(columns["ikpa"], "ikpa")
        _same_length(eka=e, ikpa=k)
        if (e and max(e) > HUNDRED) or (k and max(k) > HUNDRED):
            raise _Refused
    except (SakipError, _Refused):  # every bad row, by the per-figure function
        return _each_row(_nka_figure, columns, errors, fixed={"aturan": aturan})
    return _weighted_rows([e, k], [rule.eka, rule.ikpa])  # sakip.nka: composite.weighted


nka = keyword_only()(nka)


# ------------------------------------------- per-row conventions (reference §9)


@overload
def efisiensi_kinerja(*positional: Never, capaian_output: Iterable[Value],
                      capaian_input: Iterable[Value], rumus: Literal["rasio", "indeks", "selisih"],
                      errors: Literal["raise"] = "raise") -> list[Decimal]: ...
@overload
def efisiensi_kinerja(*positional: Never, capaian_output: Iterable[Value],
                      capaian_input: Iterable[Value], rumus: Literal["rasio", "indeks", "selisih"],
                      errors: Literal["collect"]) -> list[Decimal | NotComputable]: ...
@keyword_only()
def efisiensi_kinerja(
    *positional: Never,
    capaian_output: Iterable[Value],
    capaian_input: Iterable[Value],
    rumus: Literal["rasio", "indeks", "selisih"],
    errors: Errors = "raise",
) -> list[Any]:
    """E (or IE) per row from percentage columns, as :func:`sakip.efisiensi_kinerja`.

    Row ``i`` equals ``sakip.efisiensi_kinerja(capaian_output=co[i],
    capaian_input=ci[i], rumus=rumus).value``, digit for digit: ``rasio``
    ``CO × 100 / CI``, ``indeks`` ``CO / CI``, ``selisih`` ``CO − CI``.  TE of
    the ``indeks`` convention is ``IE − 1`` per row.  ``errors``: see
    :class:`~sakip.errors.BatchError` (a zero capaian input is a bad row under
    ``rasio`` and ``indeks``).

    >>> efisiensi_kinerja(capaian_output=["110", "80"], capaian_input=["88", "95"],
    ...                   rumus="rasio")[0]
    Decimal('125')
    >>> efisiensi_kinerja(capaian_output=["80"], capaian_input=["95"], rumus="selisih")
    [Decimal('-15')]
    >>> efisiensi_kinerja(capaian_output=["80", "80"], capaian_input=["0", "95"], rumus="indeks",
    ...                   errors="collect")[0].field
    'capaian_input[0]'
    """
    if positional or capaian_output is REQUIRED or capaian_input is REQUIRED or rumus is REQUIRED:
        raise call_error(efisiensi_kinerja, positional, locals())
    if not isinstance(rumus, str) or rumus not in EFISIENSI_KINERJA_RULES:
        raise InvalidValueError(field="rumus", expected="one of "
                                + ", ".join(EFISIENSI_KINERJA_RULES), received=rumus)
    _check_errors(errors)
    columns = {"capaian_output": _items(capaian_output, "capaian_output"),
               "capaian_input": _items(capaian_input, "capaian_input")}
    numbers = _numbers(columns)
    if numbers is not None:
        co, ci = numbers
        with decimal.localcontext(CONTEXT):
            if rumus == "selisih":
                return [x - y for x, y in zip(co, ci, strict=True)]
            if not ci or min(ci) != 0:
                if rumus == "rasio":
                    return [x * HUNDRED / y for x, y in zip(co, ci, strict=True)]
                return [x / y for x, y in zip(co, ci, strict=True)]
    return _each_row(_efisiensi_kinerja_figure, columns, errors, fixed={"rumus": rumus})


@keyword_only()
def efisiensi_kinerja_row(
    i: int, *positional: Never, capaian_output: Sequence[Value], capaian_input: Sequence[Value],
    rumus: Literal["rasio", "indeks", "selisih"], label: Sequence[str] | None = None,
) -> EfisiensiKinerja:
    """Row ``i`` of :func:`efisiensi_kinerja` as the per-figure result, to explain it.

    >>> efisiensi_kinerja_row(0, capaian_output=["101"], capaian_input=["95"],
    ...                       rumus="indeks").tingkat.rounded(3)
    Decimal('0.063')
    """
    if positional or capaian_output is REQUIRED or capaian_input is REQUIRED or rumus is REQUIRED:
        raise call_error(efisiensi_kinerja_row, positional, locals())
    return _efisiensi_kinerja_figure(capaian_output=capaian_output[i],
                                     capaian_input=capaian_input[i], rumus=rumus,
                                     label=label[i] if label is not None else "")


@overload
def rasio_efisiensi(realisasi: Iterable[Value], anggaran: Iterable[Value], *positional: Never,
                    errors: Literal["raise"] = "raise") -> list[Decimal]: ...
@overload
def rasio_efisiensi(realisasi: Iterable[Value], anggaran: Iterable[Value], *positional: Never,
                    errors: Literal["collect"]) -> list[Decimal | NotComputable]: ...
def rasio_efisiensi(realisasi: Iterable[Value], anggaran: Iterable[Value], *positional: Never,
                    errors: Errors = "raise") -> list[Any]:
    """Rasio efisiensi belanja ``realisasi × 100 / anggaran`` per row.

    As :func:`sakip.rasio_efisiensi`; label the rows with :func:`kategori` and a
    Kepmendagri table.  ``errors``: see :class:`~sakip.errors.BatchError`.

    >>> from sakip.conventions import KATEGORI_RASIO_EFISIENSI
    >>> r = rasio_efisiensi(["90", "105"], ["100", "100"])
    >>> r, kategori(r, KATEGORI_RASIO_EFISIENSI)
    ([Decimal('90'), Decimal('105')], ['Kurang Efisien', 'Tidak Efisien'])
    >>> rasio_efisiensi(["90", "5"], ["0", "10"], errors="collect")[0].field
    'anggaran[0]'
    """
    if positional:
        raise call_error(rasio_efisiensi, positional, locals())
    _check_errors(errors)
    columns = {"realisasi": _items(realisasi, "realisasi"),
               "anggaran": _items(anggaran, "anggaran")}
    numbers = _numbers(columns)
    if numbers is not None and (not numbers[1] or min(numbers[1]) != 0):
        with decimal.localcontext(CONTEXT):
            return [x * HUNDRED / y for x, y in zip(*numbers, strict=True)]
    return _each_row(_rasio_efisiensi_figure, columns, errors)


rasio_efisiensi = keyword_only()(rasio_efisiensi)


def kategori(values: Iterable[Value], bands: LabelBands) -> list[str]:
    """The label of each value under any category table, as ``bands.label(value)``.

    For the IE tables, the Kepmendagri rasio efisiensi tables, the PMK
    2/PMK.02/2021 bands or an agency's own :class:`sakip.rules.LabelBands`.

    >>> from sakip.conventions import KATEGORI_INDEKS_PRKOM_2021
    >>> kategori(["1.008", "0.99"], KATEGORI_INDEKS_PRKOM_2021)
    ['Efisien', 'Tidak Efisien']
    """
    check_label_bands(bands, "bands")
    column = _column(values, "nilai", nonnegative=False)
    label = bands.label
    return [label(v) for v in column]
# ------------------------------------------------------ IKPA per indicator


def _optional_column(values: Iterable[object] | None, field: str, n: int) -> list[Decimal | None]:
    """A column of non-negative numbers or ``None`` (``None`` as a whole: all ``None``)."""
    if values is None:
        return [None] * n
    items = list(values)
    if len(items) != n:
        raise InvalidValueError(field=field, expected=f"{n} rows", received=len(items))
    present = [v for v in items if v is not None]
    converted = iter(_column(present, field))
    return [None if v is None else next(converted) for v in items]


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


# ------------------------------------------ capaian output per satker


@keyword_only()
def capaian_output_satker(
    *positional: Never,
    satker: Iterable[str],
    realisasi: Iterable[Value],
    target: Iterable[Value],
    tipe: Iterable[str | None] | None = None,
    metode: Literal["geometric", "arithmetic"] = "geometric",
    cap: Value | None = None,
    cap_statis: bool = True,
    errors: Errors = "raise",
) -> dict[str, Decimal | NotComputable]:
    """Capaian output per satker from one row per RO (volumes), in first-seen order.

    Each satker's value equals ``sakip.capaian_output([(realisasi[i], target[i],
    tipe[i]) for its rows], metode=metode, cap=cap, cap_statis=cap_statis).value``
    (a blank or ``None`` tipe: the pair without a tipe).  ``errors``: every bad
    row is reported in row order (:class:`~sakip.errors.BatchError`); with
    ``"collect"`` a satker with a bad row is a ``NotComputable`` naming its
    first bad row.

    >>> values = capaian_output_satker(satker=["A", "A", "B"], realisasi=["81", "100", "12"],
    ...                                target=["100", "100", "10"], tipe=[None, None, "statis"])
    >>> {key: str(value.quantize(CENT)) for key, value in values.items()}
    {'A': '90.00', 'B': '100.00'}
    >>> capaian_output_satker(satker=["A", "B"], realisasi=["5", "1"], target=["0", "2"],
    ...                       errors="collect")["A"].field
    'target[0]'
    """
    if positional or satker is REQUIRED or realisasi is REQUIRED or target is REQUIRED:
        raise call_error(capaian_output_satker, positional, locals())
    _check_errors(errors)
    ids = _items(satker, "satker")
    columns: dict[str, object] = {"realisasi": realisasi, "target": target}
    if tipe is not None:
        columns["tipe"] = tipe
    table, n = _table(columns)
    if len(ids) != n:
        raise InvalidValueError(field="satker", expected=f"{n} satker codes", received=len(ids))
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(ids):
        groups.setdefault(key, []).append(i)
    out: dict[str, Decimal | NotComputable] = {}
    bad: list[tuple[int, SakipError]] = []
    for key, rows in groups.items():
        try:
            out[key] = _capaian_output_figure(
                [_output_item(table, i) for i in rows], metode=metode, cap=cap,
                cap_statis=cap_statis).value
        except SakipError as error:
            found = [(i, _renamed(refusal, f"{refusal.field}[{i}]"))
                     for i in rows for refusal in _output_refusal(table, i, cap_statis)]
            found = found or [(rows[0], _at_row(error, rows[0], ()))]
            bad.extend(found)
            first = found[0][1]
            out[key] = NotComputable(field=first.field or "",
                                     reason=first.message[len(first.field or "") + 2:])
    if bad and errors == "raise":
        raise BatchError([error for _, error in sorted(bad, key=operator.itemgetter(0))])
    return out


def _output_item(table: Mapping[str, list[Any]], i: int) -> tuple[Any, ...]:
    """Row ``i`` as an item of ``sakip.capaian_output``: ``(realisasi, target[, tipe])``."""
    kind = table["tipe"][i] if "tipe" in table else None
    pair = (table["realisasi"][i], table["target"][i])
    return pair if kind is None or _blank(kind) else (*pair, kind)


def _output_refusal(table: Mapping[str, list[Any]], i: int, cap_statis: bool
                    ) -> list[SakipError]:
    """The refusal of row ``i`` alone by ``sakip.capaian_output`` (its field the cell's
    column), or none; a blank realisasi or target is told what to write (:data:`BLANK`)."""
    for name in ("realisasi", "target"):
        if _blank(table[name][i]):
            return [InvalidValueError(field=name, expected=BLANK, received=table[name][i])]
    try:
        _capaian_output_figure([_output_item(table, i)], cap_statis=cap_statis)
    except SakipError as error:  # its field is "item 1 target": the target cell
        return [_renamed(error, (error.field or "").removeprefix("item 1 "))]
    return []


# ------------------------------------------ Renja evaluation (reference §12)

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


# ------------------------------------------ every formula, row by row, with every bad row

#: ``errors=`` of the batch functions: ``"raise"`` (one :class:`~sakip.errors.BatchError`
#: listing every bad row) or ``"collect"`` (a :class:`~sakip.explain.NotComputable` in each
#: bad row's place, the good rows computed).
Errors = Literal["raise", "collect"]

#: What a blank cell (empty or spaces-only text) is told to be, in a column that has no
#: "not assessed" (``None``) meaning.  A blank cell is never read as 0.
BLANK = ("a number (a blank cell is not a number and never 0: write 0 when the value is zero, "
         "or leave the row out)")


def _check_errors(errors: object) -> None:
    if errors not in ("raise", "collect"):
        raise InvalidValueError(field="errors", expected="'raise' (one error listing every bad "
                                "row) or 'collect' (NotComputable in each bad row)",
                                received=errors)


def _blank(value: object) -> bool:
    """Whether a cell is blank text (``""`` or spaces), the one blank-cell test of the module."""
    return type(value) is str and not value.strip()


def _at_row(error: SakipError, i: int, names: Iterable[str]) -> SakipError:
    """``error`` with its field given row ``i`` (``pagu`` → ``pagu[17]``; else ``row 17: …``)."""
    field = error.field or ""
    head = field if field in names else field.split(".", 1)[0].split("[", 1)[0]
    return _renamed(error, f"{head}[{i}]{field[len(head):]}" if head in names
                    else f"row {i}: {field}".rstrip(": "))


def _renamed(error: SakipError, place: str) -> SakipError:
    """A copy of ``error`` whose field (and the message's head) is ``place``."""
    field = error.field or ""
    moved = copy.copy(error)
    text = error.message
    moved.message = (f"{place}:{text[len(field) + 1:]}" if field and text.startswith(f"{field}:")
                     else f"{place}: {text}")
    moved.args = (moved.message,)
    moved.field = place
    return moved


def _table(columns: Mapping[str, object]) -> tuple[dict[str, list[Any]], int]:
    """Columns as lists of equal length; a text value is one value for every row."""
    lists = {name: _items(values, name)  # type: ignore[arg-type]
             for name, values in columns.items()
             if not isinstance(values, str)}
    n = _same_length(**lists)
    table = {name: [values] * n if isinstance(values, str) else lists[name]
             for name, values in columns.items()}
    return table, n


def _numbers(columns: Mapping[str, list[Any]], maximum: Decimal | None = None
             ) -> list[list[Decimal]] | None:
    """The columns as Decimals ``0 <= x <= maximum`` of equal length, converted at C speed,
    or ``None`` when any cell needs the per-figure function (a blank, text that is not a
    number, a value out of range, unequal columns): the caller then reads row by row."""
    try:
        out = [_column(values, name) for name, values in columns.items()]
        _same_length(**dict(zip(columns, out, strict=True)))
    except SakipError:
        return None
    if maximum is not None and any(column and max(column) > maximum for column in out):
        return None
    return out


def _each_row(function: Callable[..., Any], columns: Mapping[str, object], errors: object,
              *, fixed: Mapping[str, object] | None = None,
              build: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
              value: Callable[[Any], Any] = operator.attrgetter("value"),
              blank_means_none: frozenset[str] = frozenset()) -> list[Any]:
    """``value(function(**cells of row i, **fixed))`` for every row, by the per-figure function.

    Every row is read; bad rows become errors with their places, raised together as one
    :class:`BatchError` (``errors="raise"``) or returned as ``NotComputable``
    (``errors="collect"``).  A blank cell is ``None`` in the columns of
    ``blank_means_none`` (not assessed), else an error saying what to write; a
    ``NotComputable`` cell (a column an earlier collecting call returned) makes its row
    not computable, naming the cell and the earlier reason.
    """
    _check_errors(errors)
    table, n = _table(columns)
    names = list(table)
    extra = dict(fixed or {})
    bad: list[SakipError] = []
    out: list[Any] = []
    for i in range(n):
        cells = {name: table[name][i] for name in names}
        try:
            for name, cell in cells.items():
                if _blank(cell):
                    if name not in blank_means_none:
                        raise InvalidValueError(field=name, expected=BLANK, received=cell)
                    cells[name] = None
                elif isinstance(cell, NotComputable):  # from an earlier collecting call
                    raise NotComputableError(field=name, reason=f"{cell.field}: {cell.reason}")
            out.append(value(function(**(build(cells) if build else cells), **extra)))
        except SakipError as error:
            moved = _at_row(error, i, names)
            bad.append(moved)
            out.append(NotComputable(field=moved.field or "",
                                     reason=moved.message[len(moved.field or "") + 2:]))
    if bad and errors == "raise":
        raise BatchError(bad)
    return out


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
def eka(
    *positional: Never,
    capaian_ro: Iterable[Value],
    penyerapan: Iterable[Value],
    nilai_efisiensi: Iterable[Value],
    konsistensi: Iterable[Value],
    aturan: str = "pmk-22-2021",
    errors: Errors = "raise",
) -> list[Decimal | NotComputable]:
    """EKA per row, each equal to ``sakip.eka(...).value`` of the row (the same rule set).

    A capaian RO above 100 is refused as by :func:`sakip.eka` (the rule caps
    the capaian RO at 100 before weighting: pass ``min(capaian, 100)``).
    Columns of numbers go through the composite's own arithmetic
    (``Σ bobot × nilai / Σ bobot``) without building a result per row.

    >>> eka(capaian_ro=["100"], penyerapan=["96.5"], nilai_efisiensi=["99.7"],
    ...     konsistensi=["90"])
    [Decimal('97.7547')]
    """
    if (positional or capaian_ro is REQUIRED or penyerapan is REQUIRED
            or nilai_efisiensi is REQUIRED or konsistensi is REQUIRED):
        raise call_error(eka, positional, locals())
    _check_errors(errors)
    rule = _rules.find_typed("eka", aturan, EKARule)
    columns = {"capaian_ro": _items(capaian_ro, "capaian_ro"),
               "penyerapan": _items(penyerapan, "penyerapan"),
               "nilai_efisiensi": _items(nilai_efisiensi, "nilai_efisiensi"),
               "konsistensi": _items(konsistensi, "konsistensi")}
    numbers = _numbers({name: columns[name] for name, _ in rule.weights}, HUNDRED)
    if numbers is not None:
        return list(_weighted_rows(numbers, [weight for _, weight in rule.weights]))
    return _each_row(_eka_figure, columns, errors, fixed={"aturan": aturan})


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


def _weighted_rows(numbers: list[list[Decimal]], weights: list[Decimal]) -> list[Decimal]:
    """``Σ wᵢ·xᵢ / Σ wᵢ`` of every row, by ``sakip.composite.weighted``'s operations in
    the same order (the sums in ``EXACT`` from zero, the quotient in ``CONTEXT``), without
    building the triples of a result."""
    total_weight = ZERO
    with decimal.localcontext(EXACT):
        for weight in weights:
            total_weight = total_weight + weight
        totals = []
        for row in zip(*numbers, strict=True):
            total = ZERO
            for x, weight in zip(row, weights, strict=True):
                total = total + x * weight
            totals.append(total)
    divide = CONTEXT.divide
    return [divide(total, total_weight) for total in totals]


def _predikat_one(*, nilai: Value, aturan: str) -> Predikat:
    """``Predikat.from_nilai`` as a row function."""
    return Predikat.from_nilai(nilai, aturan=aturan)


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


def _kernel_rows(kernel: Callable[..., Decimal], numbers: list[list[Decimal]]
                 ) -> list[Decimal] | None:
    """``kernel(*row)`` for every row of validated number columns (a per-figure function's
    private arithmetic, called without a trace); ``None`` when it refuses a row, so that
    the per-figure function then reports every bad row."""
    try:
        return list(map(kernel, *numbers))
    except (SakipError, ArithmeticError):
        return None


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
