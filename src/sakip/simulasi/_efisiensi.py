"""Efisiensi questions: :func:`realisasi_maksimum`, :func:`capaian_output_minimum`,
:func:`batas_efisiensi`, with their forward model and closed form.

``budget`` is imported inside the questions that need it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, HUNDRED, ONE, ZERO, Number, exact_sum, to_decimal
from sakip._rules import check_label_bands
from sakip.errors import (
    InvalidValueError,
    NotComputableError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.numbers import Rounding
from sakip.simulasi._answers import Answer, Solution, SolutionSet, Unreachable
from sakip.simulasi._goal import Goal
from sakip.simulasi._question import Question, _Call, _Linear
from sakip.simulasi._solve import _check_range, _check_rounding, _grid

#: The questions' titles and reasons (in both languages).
_GREATEST_TOTAL = Teks(
    id="Total realisasi terbesar satker ({n} output) yang mempertahankan {goal}",
    en="Greatest total realisasi of the satker ({n} outputs) keeping {goal}")
_GREATEST = Teks(id="Realisasi terbesar yang mempertahankan {scope} {goal}",
                 en="Greatest realisasi keeping {scope} {goal}")
_LEAST_CO = Teks(id="Capaian output terkecil yang mempertahankan {scope} {goal}",
                 en="Least capaian output keeping {scope} {goal}")
_LEAST_E = Teks(id="E terkecil untuk nilai efisiensi {goal}",
                en="Least E for nilai efisiensi {goal}")
_BAND_EDGES = Teks(id="E pada tepi rentang {bands}", en="E at the band edges of {bands}")
#: The questions' reference: the efisiensi's regulations and the category table's.
_REFERENCE = Teks(
    id="PMK 214/PMK.02/2017 dan PMK 22/PMK.02/2021 (efisiensi, nilai efisiensi); "
       "kategori: {bands} ({citation})",
    en="PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (efisiensi, nilai efisiensi); "
       "kategori: {bands} ({citation})")
#: The questions' calls and closed forms (an explanation's formulas).
_CALL_TOTAL = Teks(id="efisiensi(keluaran dengan Σ realisasi = x, rumus={rumus}).nilai",
                   en="efisiensi(outputs with Σ realisasi = x, rumus={rumus}).nilai")
_CALL_ONE = Teks(id="efisiensi(keluaran dengan {kode}.{vary}=x, rumus={rumus}).nilai",
                 en="efisiensi(outputs with {kode}.{vary}=x, rumus={rumus}).nilai")


def _measure_nilai(figure: Any) -> Decimal:
    """The nilai efisiensi of an :class:`~sakip.Efisiensi`."""
    value = figure.nilai.value
    assert isinstance(value, Decimal)
    return value


@attrs.frozen
class _EfisiensiForward:
    """:func:`sakip.efisiensi` over ``outputs`` with output ``index``'s ``vary`` at ``x``."""

    outputs: tuple[Any, ...]
    index: int | None  # None: the satker's total realisasi
    vary: str
    rumus: str
    cap_capaian: Any
    clip: bool
    bands: Any

    def __call__(self, x: Decimal) -> Any:
        from sakip.budget import RincianOutput, efisiensi

        def changed(ro: RincianOutput, value: Decimal) -> RincianOutput:
            fields = {f.name: getattr(ro, f.name) for f in attrs.fields(RincianOutput)}
            return RincianOutput(**(fields | {self.vary: value}))

        if self.index is None:
            outs = _spread_total(self.outputs, x, changed)
        else:
            ro = self.outputs[self.index]
            outs = (*self.outputs[:self.index], changed(ro, x), *self.outputs[self.index + 1:])
        return efisiensi(outs, rumus=self.rumus, cap_capaian=self.cap_capaian,  # type: ignore[arg-type]
                         clip=self.clip, kategori=self.bands)


@attrs.frozen
class _EfisiensiClosed:
    """The input at which the exact NE equals ``t``, by interpolation through the ordinary API.

    E is linear in realisasi under every rumus, and in capaian output under
    ``per-pagu``; under ``pmk-214-2017`` ``1 / (1 − E/100) = Σ (P × CO) / Σ RA`` is
    linear in capaian output (``reciprocal``).  So two evaluations of
    :func:`sakip.efisiensi`, at ``x0`` and ``x1``, give the exact line, and
    ``E* = (t − 50) × 20 / 50`` inverts the NE transform.
    """

    forward: _EfisiensiForward
    x0: Decimal
    x1: Decimal
    reciprocal: bool

    def _h(self, e: Decimal) -> Decimal:
        if not self.reciprocal:
            return e
        return CONTEXT.divide(ONE, CONTEXT.subtract(ONE, CONTEXT.divide(e, HUNDRED)))

    def __call__(self, t: Decimal) -> Decimal:
        from sakip.budget import NE_PMK_214_2017 as rule

        e_star = CONTEXT.divide(CONTEXT.multiply(CONTEXT.subtract(t, rule.base), rule.span),
                                rule.base)
        h0 = self._h(self.forward(self.x0).value)
        h1 = self._h(self.forward(self.x1).value)
        slope = CONTEXT.divide(CONTEXT.subtract(self.x1, self.x0), CONTEXT.subtract(h1, h0))
        return CONTEXT.add(self.x0, CONTEXT.multiply(CONTEXT.subtract(self._h(e_star), h0),
                                                     slope))


_EFISIENSI_CLOSED_TEXT = Teks(
    id="E* = (NE − 50) × 20 / 50; E linear terhadap {vary}, sehingga "
       "x = x₀ + (E* − E₀) × (x₁ − x₀) / (E₁ − E₀) dari dua evaluasi",
    en="E* = (NE − 50) × 20 / 50; E is linear in {vary}, so "
       "x = x₀ + (E* − E₀) × (x₁ − x₀) / (E₁ − E₀) from two evaluations")
_EFISIENSI_RECIPROCAL_TEXT = Teks(
    id="E* = (NE − 50) × 20 / 50; menurut pmk-214-2017 1 / (1 − E/100) = Σ (P × CO) / Σ RA "
       "linear terhadap capaian output, sehingga "
       "x = x₀ + (h(E*) − h(E₀)) × (x₁ − x₀) / (h(E₁) − h(E₀))",
    en="E* = (NE − 50) × 20 / 50; under pmk-214-2017 1 / (1 − E/100) = "
       "Σ (P × CO) / Σ RA is linear in capaian output, so "
       "x = x₀ + (h(E*) − h(E₀)) × (x₁ − x₀) / (h(E₁) − h(E₀))")


def _spread_total(outputs: tuple[Any, ...], total: Decimal,
                  changed: Callable[[Any, Decimal], Any]) -> tuple[Any, ...]:
    """The outputs with realisasi summing to ``total``: the difference from their current
    sum is spent from (or taken back from) the outputs in order, each within 0 and its pagu.

    Under ``pmk-214-2017`` and ``per-pagu`` E depends on the realisasi only through
    their sum, so how the difference is spread does not change the figure.
    """
    rest = CONTEXT.subtract(total, exact_sum(ro.realisasi for ro in outputs))
    out = []
    for ro in outputs:
        if rest > 0:
            step = min(rest, ro.sisa)
        elif rest < 0:
            step = max(rest, ro.realisasi.copy_negate())
        else:
            step = ZERO
        rest = CONTEXT.subtract(rest, step)
        out.append(changed(ro, CONTEXT.add(ro.realisasi, step)) if step else ro)
    return tuple(out)


# ---------------------------------------------------------------- efisiensi


def _efisiensi_question(
    outputs: Any, kode: str | None, vary: str, kategori: str, rumus: str,
    cap_capaian: Number | None, clip: bool, kategori_bands: rules.LabelBands | None,
    rounding: Rounding | None, grid: Number | None,
) -> Question:
    from sakip.budget import KATEGORI_EFISIENSI, NE_PMK_214_2017, RincianOutput, _outputs

    items = (outputs,) if isinstance(outputs, RincianOutput) else _outputs(outputs)
    if not items:
        raise InvalidValueError(field="outputs", expected="at least one RincianOutput",
                                received=outputs)
    index: int | None
    if kode is None:
        total = vary == "realisasi" and rumus in ("pmk-214-2017", "per-pagu")
        if len(items) != 1 and not total:
            what = "capaian output" if vary == "capaian" else f"realisasi under {rumus}"
            raise InvalidValueError(field="kode", expected=f"the kode of the output whose {what} "
                                    f"varies (one of {', '.join(ro.kode for ro in items)})",
                                    received=None)
        index = 0 if len(items) == 1 else None
    else:
        codes = [ro.kode for ro in items]
        if kode not in codes:
            raise UnknownNameError(field="kode", expected="one of " + ", ".join(codes),
                                   received=kode)
        index = codes.index(kode)
    bands = KATEGORI_EFISIENSI if kategori_bands is None else kategori_bands
    check_label_bands(bands, "kategori_bands")
    goal = Goal.from_label_bands(bands, kategori)
    if clip is True:
        _check_range(goal, NE_PMK_214_2017.minimum, NE_PMK_214_2017.maximum,
                     "0–100 (nilai efisiensi, clipped)")
    _check_rounding(rounding)
    forward = _EfisiensiForward(outputs=tuple(items), index=index, vary=vary, rumus=rumus,
                                cap_capaian=cap_capaian, clip=clip, bands=bands)
    reference = Pesan(_REFERENCE, bands=bands.name, citation=bands.citation)
    grid_ = None if grid is None else _grid(grid)
    if index is None:  # the satker's total realisasi
        pagu = exact_sum(ro.pagu for ro in items)
        spent = exact_sum(ro.realisasi for ro in items)
        forward(spent)  # validate the inputs once, through the ordinary API
        listed = ", ".join(ro.kode for ro in items)
        closed = None if pagu == 0 else _EfisiensiClosed(forward=forward, x0=ZERO, x1=pagu,
                                                         reciprocal=False)
        return Question(
            forward=forward, vary="realisasi", goal=goal, rounding=rounding,
            closed_form=closed, closed_form_text=Pesan(_EFISIENSI_CLOSED_TEXT, vary="realisasi"),
            formula=Pesan(_CALL_TOTAL, rumus=repr(rumus)),
            measure=_measure_nilai, measure_name="nilai efisiensi", label="satker",
            reference=reference, grid=ONE if grid_ is None else grid_, lower=ZERO,
            upper=pagu, direction="greatest", increasing=False,
            upper_reason="Σ realisasi ≤ Σ pagu",
            title=Pesan(_GREATEST_TOTAL, n=len(items), goal=goal),
            details=(("pagu", pagu), ("realisasi", spent), ("outputs", listed)),
        )
    target_ro = items[index]
    if vary == "capaian" and target_ro.capaian is None:
        raise InvalidValueError(field="capaian", expected=f"output {target_ro.kode} with a "
                                "capaian in percent (not volumes)", received=None)
    lower = ZERO
    if vary == "realisasi":
        forward(target_ro.realisasi)  # validate the inputs once, through the ordinary API
    else:
        try:
            forward(ZERO)
        except NotComputableError:
            # pmk-214-2017 divides by Σ (P × CO): a lone output at CO = 0 has no E,
            # so the search starts one grid step above
            lower = Decimal("0.01") if grid_ is None else grid_

    others = len(items) - 1
    scope = f"output {target_ro.kode}" + (f" (with {others} other outputs fixed)"
                                          if others else "")
    formula = Pesan(_CALL_ONE, kode=target_ro.kode, vary=vary, rumus=repr(rumus))
    common: dict[str, Any] = {
        "forward": forward, "formula": formula, "vary": vary, "goal": goal,
        "rounding": rounding, "measure": _measure_nilai, "measure_name": "nilai efisiensi",
        "label": target_ro.kode, "reference": reference,
    }
    if vary == "realisasi":
        closed = None if target_ro.pagu == 0 else _EfisiensiClosed(
            forward=forward, x0=ZERO, x1=target_ro.pagu, reciprocal=False)
        return Question(
            **common, closed_form=closed,
            closed_form_text=Pesan(_EFISIENSI_CLOSED_TEXT, vary="realisasi"),
            grid=ONE if grid_ is None else grid_, lower=ZERO,
            upper=target_ro.pagu, direction="greatest", increasing=False,
            upper_reason="realisasi ≤ pagu",
            title=Pesan(_GREATEST, scope=scope, goal=goal),
            details=(("pagu", target_ro.pagu), ("realisasi", target_ro.realisasi)),
        )
    x1 = CONTEXT.add(lower, HUNDRED)
    if cap_capaian is not None:  # CO is flat above the cap: interpolate below it
        cap = to_decimal(cap_capaian, field="cap_capaian")
        if lower < cap < x1:
            x1 = cap
    reciprocal = rumus == "pmk-214-2017"
    closed_co = None if rumus == "pmk-249-2011" else _EfisiensiClosed(
        forward=forward, x0=lower, x1=x1, reciprocal=reciprocal)
    return Question(
        **common, closed_form=closed_co,
        closed_form_text=Pesan(_EFISIENSI_RECIPROCAL_TEXT) if reciprocal
        else Pesan(_EFISIENSI_CLOSED_TEXT, vary="capaian output"),
        grid=Decimal("0.01") if grid_ is None else grid_, lower=lower,
        direction="least", increasing=True,
        title=Pesan(_LEAST_CO, scope=scope, goal=goal),
        details=(("capaian", target_ro.capaian),),
    )


@keyword_only()
def realisasi_maksimum(
    outputs: Any,
    *positional: Never,
    kategori: str = "Sangat Efisien",
    kode: str | None = None,
    rumus: str = "pmk-214-2017",
    cap_capaian: Number | None = None,
    clip: bool = True,
    kategori_bands: rules.LabelBands | None = None,
    rounding: Rounding | None = None,
    grid: Number | None = None,
) -> Solution | Unreachable:
    """The greatest realisasi of an output that keeps the efisiensi category (or better).

    Parameters
    ----------
    outputs:
        One :class:`~sakip.RincianOutput`, or the satker's outputs: then
        ``kode`` names the one whose realisasi varies (the others stay fixed),
        or, without ``kode``, the answer is the satker's greatest **total**
        realisasi (``pmk-214-2017`` and ``per-pagu`` only: there E depends on
        the outputs' realisasi only through their sum; the verification spends
        the difference on the outputs in order, each up to its pagu).
    kategori:
        The category to keep, *or better* (default ``"Sangat Efisien"``),
        judged on the nilai efisiensi of :func:`sakip.efisiensi` over
        ``outputs`` with ``rumus``, ``cap_capaian``, ``clip`` and
        ``kategori_bands`` (default :data:`sakip.budget.KATEGORI_EFISIENSI`).
    rounding:
        How the report prints NE (the seed: 2 decimals half-up); ``None``: exact.
    grid:
        The precision of realisasi (default whole rupiah).

    Returns
    -------
    Solution or Unreachable
        ``value`` is a realisasi ≤ pagu; when even realisasi = pagu keeps the
        category, the answer is the pagu.  Unreachable when even realisasi 0
        does not reach it.

    Raises
    ------
    UnknownNameError
        An unknown kategori or kode.

    Notes
    -----
    NE falls as realisasi rises (``E = Σ (P·CO − RA) / Σ base``, linear in
    realisasi under every rumus): the closed form interpolates E between
    realisasi 0 and the pagu through :func:`sakip.efisiensi`, inverts the NE
    transform (``E = (NE − 50) × 20 / 50``), and the answer is verified in
    whole rupiah (bisection if the check fails).

    References
    ----------
    PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (efisiensi and its nilai); the
    category table is a convention (:data:`sakip.budget.KATEGORI_EFISIENSI`).

    Examples
    --------
    >>> import sakip
    >>> ro = sakip.RincianOutput(kode="5635.EBA.962", pagu=105768000,
    ...                          realisasi=104133250, capaian=100)
    >>> realisasi_maksimum(ro, rumus="per-pagu").value
    Decimal('88845120')
    """
    if positional:
        raise call_error(realisasi_maksimum, positional, locals())
    return _efisiensi_question(outputs, kode, "realisasi", kategori, rumus, cap_capaian, clip,
                               kategori_bands, rounding, grid).answer()


@keyword_only()
def capaian_output_minimum(
    outputs: Any,
    *positional: Never,
    kategori: str = "Sangat Efisien",
    kode: str | None = None,
    rumus: str = "pmk-214-2017",
    cap_capaian: Number | None = None,
    clip: bool = True,
    kategori_bands: rules.LabelBands | None = None,
    rounding: Rounding | None = None,
    grid: Number | None = None,
) -> Solution | Unreachable:
    """The least capaian output (percent) of an output that keeps the efisiensi category.

    Parameters are those of :func:`realisasi_maksimum`; the capaian grid is
    hundredths of a percent by default.  With ``cap_capaian`` below the
    needed capaian the goal is unreachable.

    References
    ----------
    PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (efisiensi and its nilai).

    Examples
    --------
    >>> import sakip
    >>> ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000,
    ...                          realisasi=20842508719, capaian="119.87")
    >>> capaian_output_minimum(ro, rumus="per-pagu").value
    Decimal('115.99')
    """
    if positional:
        raise call_error(capaian_output_minimum, positional, locals())
    return _efisiensi_question(outputs, kode, "capaian", kategori, rumus, cap_capaian, clip,
                               kategori_bands, rounding, grid).answer()


@keyword_only()
def batas_efisiensi(
    *positional: Never,
    kategori_bands: rules.LabelBands | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    clip: bool = True,
) -> SolutionSet:
    """The least E (percent) at which the nilai efisiensi enters each category band.

    Solves :func:`sakip.nilai_efisiensi` for E at every band's lower edge
    (inclusive): under the default table and the PMK 214/2017 transform,
    Sangat Efisien from E = 16, Efisien 8, Cukup Efisien 4, Kurang Efisien 0.

    References
    ----------
    PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (transformasi nilai efisiensi).

    Examples
    --------
    >>> edges = batas_efisiensi()
    >>> [(item.question.label, item.value) for item in edges]  # doctest: +NORMALIZE_WHITESPACE
    [('Sangat Efisien', Decimal('16.00')), ('Efisien', Decimal('8.00')),
     ('Cukup Efisien', Decimal('4.00')), ('Kurang Efisien', Decimal('0.00'))]
    """
    if positional:
        raise call_error(batas_efisiensi, positional, locals())
    from sakip.budget import KATEGORI_EFISIENSI, NE_PMK_214_2017, nilai_efisiensi

    bands = KATEGORI_EFISIENSI if kategori_bands is None else kategori_bands
    check_label_bands(bands, "kategori_bands")
    _check_rounding(rounding)
    grid_ = _grid(grid)
    rule = NE_PMK_214_2017
    # E at which the exact NE equals t: E = (t − base) × span / base.
    span_lo = rule.span.copy_negate()
    closed = _Linear(a=span_lo, b=CONTEXT.divide(rule.span, rule.base))
    forward = _Call(function=nilai_efisiensi, fixed=(("clip", clip), ("kategori", bands)),
                    vary="efisiensi")
    items: list[Answer] = []
    for lower, name in bands.bands:
        goal = Goal(lower=lower, lower_inclusive=True, label=name)
        if clip:
            _check_range(goal, rule.minimum, rule.maximum, "0–100 (nilai efisiensi, clipped)")
        # Clipping makes NE flat (0) below E = −span: the search starts there.
        q = Question(forward=forward, formula="nilai_efisiensi(E=x)", vary="E", goal=goal,
                     grid=grid_, lower=span_lo, upper=None,
                     direction="least", increasing=True, rounding=rounding,
                     measure_name="nilai efisiensi", closed_form=closed,
                     closed_form_text=f"E = (NE − {rule.base}) × {rule.span} / {rule.base}",
                     title=Pesan(_LEAST_E, goal=goal), label=name,
                     reference=rule.citation)
        items.append(q.answer())
    return SolutionSet(title=Pesan(_BAND_EDGES, bands=bands.name), items=tuple(items))
