"""Batch functions of the budget figures: penyerapan, efisiensi (E, NE, kategori; per
output and per satker), capaian output per satker, EKA, NKA and the efficiency
conventions of published reports (efisiensi kinerja, rasio efisiensi).
"""

from __future__ import annotations

import decimal
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, overload

from sakip import _rules
from sakip._decimal import CONTEXT, HUNDRED, to_decimal
from sakip._rules import check_label_bands
from sakip.batch._columns import (
    BLANK,
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
    _plain_or_validated,
    _Refused,
    _renamed,
    _same_length,
    _table,
    _weighted_rows,
)
from sakip.budget import (
    KATEGORI_EFISIENSI,
    NE_PMK_214_2017,
    Efisiensi,
    RincianOutput,
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
    InvalidValueError,
    NotComputableError,
    SakipError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import NotComputable
from sakip.nka import NKA_RULES
from sakip.nka import nka as _nka_figure
from sakip.rules import LabelBands


@overload
def penyerapan(*positional: Never, pagu: Iterable[Value], realisasi: Iterable[Value] | None = None,
               sisa: Iterable[Value] | None = None, errors: Literal["raise"] = "raise"
               ) -> list[Decimal]: ...


@overload
def penyerapan(*positional: Never, pagu: Iterable[Value], realisasi: Iterable[Value] | None = None,
               sisa: Iterable[Value] | None = None, errors: Literal["collect"]
               ) -> list[Decimal | NotComputable]: ...


@keyword_only()
def penyerapan(*positional: Never, pagu: Iterable[Value], realisasi: Iterable[Value] | None = None,
               sisa: Iterable[Value] | None = None, errors: Errors = "raise"
               ) -> list[Any]:
    """Penyerapan ``RA / P × 100`` per row (see :func:`sakip.penyerapan`).

    Give ``realisasi`` or ``sisa`` (then ``RA = P − sisa``, as the per-figure
    ``sakip.penyerapan(pagu=..., sisa=...)``).

    >>> penyerapan(pagu=["200", "100"], realisasi=["150", "100"])
    [Decimal('75'), Decimal('100')]
    >>> penyerapan(pagu=["1000000000"], sisa=["12500000"])
    [Decimal('98.75')]

    With bad rows, one :class:`~sakip.errors.BatchError` lists every one;
    ``errors="collect"`` computes the good rows and puts a
    :class:`~sakip.explain.NotComputable` in each bad row's place:

    >>> values = penyerapan(pagu=["100", "-5", ""], realisasi=["50", "1", "1"],
    ...                     errors="collect")
    >>> values[0], [(bad.field, bad.reason[:17]) for bad in values[1:]]
    (Decimal('50'), [('pagu[1]', 'expected a number'), ('pagu[2]', 'expected a number')])
    """
    if positional or pagu is REQUIRED:
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


@overload
def efisiensi_satker(
    *positional: Never, satker: Iterable[str], pagu: Iterable[Value], realisasi: Iterable[Value],
    capaian: Iterable[Value], rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    errors: Literal["raise"] = "raise",
) -> dict[str, Decimal]: ...


@overload
def efisiensi_satker(
    *positional: Never, satker: Iterable[str], pagu: Iterable[Value], realisasi: Iterable[Value],
    capaian: Iterable[Value], rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    errors: Literal["collect"],
) -> dict[str, Decimal | NotComputable]: ...


@keyword_only()
def efisiensi_satker(
    *positional: Never,
    satker: Iterable[str],
    pagu: Iterable[Value],
    realisasi: Iterable[Value],
    capaian: Iterable[Value],
    rumus: Literal["per-pagu", "pmk-214-2017"] = "pmk-214-2017",
    errors: Errors = "raise",
) -> dict[str, Any]:
    """E per satker over its outputs, in first-seen order (``Σ`` over the satker's rows).

    Equals ``sakip.efisiensi(outputs_of_satker, rumus=rumus).value`` for each satker.
    ``errors``: every bad row is reported in row order (:class:`~sakip.errors.BatchError`);
    with ``"collect"`` a satker with a bad row (or a zero base) is a ``NotComputable``
    naming its first bad row.

    >>> efisiensi_satker(satker=["A", "A", "B"], pagu=["1000", "3000", "10"],
    ...                  realisasi=["900", "3000", "10"], capaian=["120", "100", "100"],
    ...                  rumus="per-pagu")
    {'A': Decimal('7.5'), 'B': Decimal('0')}
    >>> efisiensi_satker(satker=["A", "B"], pagu=["-5", "10"], realisasi=["1", "10"],
    ...                  capaian=["100", "100"], errors="collect")["A"].field
    'pagu[0]'
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
    _check_errors(errors)
    ids = _items(satker, "satker")
    table, n = _table({"pagu": pagu, "realisasi": realisasi, "capaian": capaian})
    if len(ids) != n:
        raise InvalidValueError(field="satker", expected=f"{n} satker codes", received=len(ids))
    try:
        return _efisiensi_sums(ids, table, rumus)
    except SakipError:  # every bad row, by the per-figure function
        return _each_group(
            ids, lambda rows: efisiensi([_rincian(table, i) for i in rows], rumus=rumus).value,
            lambda i: _rincian_refusal(table, i), errors)


def _efisiensi_sums(ids: list[str], table: Mapping[str, list[Any]], rumus: str
                    ) -> dict[str, Decimal]:
    """E of every satker with the operations of ``sakip.efisiensi`` in the same order;
    sakip's error at the first refusal (the caller then reads every row)."""
    p = _column(table["pagu"], "pagu")
    ra = _column(table["realisasi"], "realisasi")
    co_pct = _column(table["capaian"], "capaian")
    sums: dict[str, list[Decimal]] = {}
    with decimal.localcontext(CONTEXT):
        for i, key in enumerate(ids):
            pi, ri = p[i], ra[i]
            if ri > pi:
                raise InvalidValueError(field=f"realisasi[{i}]",
                                        expected=f"realisasi <= pagu ({pi})", received=ri)
            p_co = pi * (co_pct[i] / HUNDRED)
            acc = sums.get(key)
            if acc is None:
                sums[key] = [p_co - ri, pi, p_co]
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


def _rincian(table: Mapping[str, list[Any]], i: int) -> RincianOutput:
    """Row ``i`` as an output of ``sakip.efisiensi`` (the code is not an input of E)."""
    return RincianOutput(kode="0000.ROW.000", pagu=table["pagu"][i],
                         realisasi=table["realisasi"][i], capaian=table["capaian"][i])


def _rincian_refusal(table: Mapping[str, list[Any]], i: int) -> list[SakipError]:
    """The refusal of row ``i`` alone as an output (its place ``pagu[i]``), or none."""
    try:
        for name in ("pagu", "realisasi", "capaian"):
            _cell_is_none(name, table[name][i])
        _rincian(table, i)
    except SakipError as error:
        return [_renamed(error, f"{error.field}[{i}]")]
    return []


@overload
def nka(*positional: Never, eka: Iterable[Value], ikpa: Iterable[Value],
        aturan: str = "pkpa-se-8-mk1-2020", errors: Literal["raise"] = "raise"
        ) -> list[Decimal]: ...


@overload
def nka(*positional: Never, eka: Iterable[Value], ikpa: Iterable[Value],
        aturan: str = "pkpa-se-8-mk1-2020", errors: Literal["collect"]
        ) -> list[Decimal | NotComputable]: ...


def nka(*positional: Never, eka: Iterable[Value], ikpa: Iterable[Value],
        aturan: str = "pkpa-se-8-mk1-2020", errors: Errors = "raise") -> list[Any]:
    """NKA per row, ``(60·EKA + 40·IKPA) / 100`` (see :func:`sakip.nka`).

    ``errors``: see :class:`~sakip.errors.BatchError` (every bad row, or
    ``NotComputable`` in its place with ``"collect"``).

    >>> nka(eka=["97.29"], ikpa=["91.95"])
    [Decimal('95.154')]
    """
    if positional or eka is REQUIRED or ikpa is REQUIRED:
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
def rasio_efisiensi(*positional: Never, realisasi: Iterable[Value], anggaran: Iterable[Value],
                    errors: Literal["raise"] = "raise") -> list[Decimal]: ...


@overload
def rasio_efisiensi(*positional: Never, realisasi: Iterable[Value], anggaran: Iterable[Value],
                    errors: Literal["collect"]) -> list[Decimal | NotComputable]: ...


def rasio_efisiensi(*positional: Never, realisasi: Iterable[Value], anggaran: Iterable[Value],
                    errors: Errors = "raise") -> list[Any]:
    """Rasio efisiensi belanja ``realisasi × 100 / anggaran`` per row.

    As :func:`sakip.rasio_efisiensi`; label the rows with :func:`kategori` and a
    Kepmendagri table.  ``errors``: see :class:`~sakip.errors.BatchError`.

    >>> from sakip.conventions import KATEGORI_RASIO_EFISIENSI
    >>> r = rasio_efisiensi(realisasi=["90", "105"], anggaran=["100", "100"])
    >>> r, kategori(r, KATEGORI_RASIO_EFISIENSI)
    ([Decimal('90'), Decimal('105')], ['Kurang Efisien', 'Tidak Efisien'])
    >>> rasio_efisiensi(realisasi=["90", "5"], anggaran=["0", "10"], errors="collect")[0].field
    'anggaran[0]'
    """
    if positional or realisasi is REQUIRED or anggaran is REQUIRED:
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


@overload
def kategori(values: Iterable[Value | NotComputable], bands: LabelBands, *positional: Never,
             errors: Literal["raise"] = "raise") -> list[str]: ...


@overload
def kategori(values: Iterable[Value | NotComputable], bands: LabelBands, *positional: Never,
             errors: Literal["collect"]) -> list[str | NotComputable]: ...


@keyword_only()
def kategori(values: Iterable[Value | NotComputable], bands: LabelBands, *positional: Never,
             errors: Errors = "raise") -> list[Any]:
    """The label of each value under any category table, as ``bands.label(value)``.

    For the IE tables, the Kepmendagri rasio efisiensi tables, the PMK
    2/PMK.02/2021 bands or an agency's own :class:`sakip.rules.LabelBands`.
    ``errors``: see :class:`~sakip.errors.BatchError` (every bad row, or a
    ``NotComputable`` in its place with ``"collect"``; a ``NotComputable`` value
    from an earlier collecting call is a bad row naming it).

    >>> from sakip.conventions import KATEGORI_INDEKS_PRKOM_2021
    >>> kategori(["1.008", "0.99"], KATEGORI_INDEKS_PRKOM_2021)
    ['Efisien', 'Tidak Efisien']
    """
    if positional:
        raise call_error(kategori, positional, locals())
    check_label_bands(bands, "bands")
    _check_errors(errors)
    items = _items(values, "nilai")
    label = bands.label
    try:
        return [label(v) for v in _column(items, "nilai", nonnegative=False)]
    except SakipError:  # every bad row, by the table's own reading
        return _each_row(lambda nilai: label(to_decimal(nilai, field="nilai")),
                         {"nilai": items}, errors, value=str)


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
    return _each_group(
        ids, lambda rows: _capaian_output_figure(
            [_output_item(table, i) for i in rows], metode=metode, cap=cap,
            cap_statis=cap_statis).value,
        lambda i: [_renamed(refusal, f"{refusal.field}[{i}]")
                   for refusal in _output_refusal(table, i, cap_statis)], errors)


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
