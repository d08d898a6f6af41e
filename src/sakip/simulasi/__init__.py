"""Simulasi: what it takes -- the least (or greatest) input that reaches a target, exactly.

The question planners ask most is not "what is my figure" but "what do I still
need": the realisasi for capaian 100 %, how far spending can go before an output
leaves *Sangat Efisien*, which IKPA indicator must rise (and by how much) for
*Sangat Baik*, how many LKE points separate A from AA, how much must still be
spent by the end of a quarter.  Every figure sakip computes is monotone in each
of its inputs, so each of these questions has one exact answer on the grid of
the input's precision (whole rupiah, scores at two decimals).

How an answer is found (see ``/explanation/simulasi-exactness``):

1. the target is a region of the **printed** figure (``printed ≥ 101,10``;
   a category band with the table's own inclusivity: IKPA *Baik* is
   ``89 ≤ nilai``, predikat AA is ``nilai > 90``), turned into a region of the
   exact value under the report's ``Rounding`` (under truncation
   ``printed ≥ 101,10`` is ``value ≥ 101.10``; under half-up it is
   ``value ≥ 101.095``);
2. where the formula is linear or a ratio in the input, a closed form gives the
   exact threshold, which is snapped to the grid; otherwise (and to confirm the
   closed form) an exact bisection over the integers ``k`` of ``input = k × grid``;
3. the answer is **verified by feeding it forward through the ordinary API**:
   the answer reaches the target and the next grid point the other way does not.

A target that cannot be reached (capaian capped below it; an indicator that
cannot lift the IKPA alone; realisasi that already exceeds what the quarter
allows) gives an ``Unreachable`` result with the reason -- never a number.

>>> import sakip
>>> need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
...                                       rounding=sakip.Rounding(2, "down"))
>>> need.value
Decimal('1189')
>>> sakip.simulasi.realisasi_untuk(target=1176, capaian=130, cap=120).reason
'capaian is capped at 120: the printed capaian cannot reach ≥ 130'
"""

from __future__ import annotations

import decimal
import html
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Never, TypeAlias

import attrs

from sakip import rules
from sakip._decimal import CONTEXT, HUNDRED, ONE, TWO, ZERO, Number, exact_sum, to_decimal
from sakip._rules import check_label_bands
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    SakipError,
    UnknownNameError,
    call_error,
    keyword_only,
    shown,
)
from sakip.explain import (
    Explanation,
    Figure,
    Step,
    Tabular,
    Trace,
    cell,
    check_rounding,
    derive_sources,
    sources_of,
)
from sakip.numbers import Rounding, format_id, round_value

if TYPE_CHECKING:
    from sakip.predikat import Predikat

__all__ = [
    "Direction",
    "Goal",
    "Question",
    "RaiseSet",
    "Solution",
    "SolutionSet",
    "Unreachable",
    "batas_efisiensi",
    "capaian_output_minimum",
    "kenaikan_ikpa",
    "kenaikan_ikpa_dari_nilai",
    "poin_lke_untuk",
    "realisasi_maksimum",
    "realisasi_triwulan_untuk",
    "realisasi_untuk",
    "skor_ikpa_untuk",
    "solve",
]


def __dir__() -> list[str]:
    return list(__all__)


#: ``"least"``: the smallest input that reaches the goal; ``"greatest"``: the largest.
Direction: TypeAlias = Literal["least", "greatest"]

#: Unbounded searches (an input with no upper limit) stop here, in multiples of the grid.
_SEARCH_LIMIT = 10**40

_INFINITY_TEXT = "∞"


def _text(value: Decimal) -> str:
    """A Decimal written plainly (``1189``, ``101.095``), never in exponent notation."""
    return format(value, "f")


# ---------------------------------------------------------------------- goal


@attrs.frozen(kw_only=True)
class Goal(Tabular):
    """The region the printed figure must reach: bounds, each inclusive or exclusive.

    Built with :meth:`at_least`, :meth:`at_most`, :meth:`from_label_bands`
    (lower bounds inclusive, as the IKPA and efisiensi tables) or
    :meth:`from_predikat` (lower bound exclusive, upper inclusive, as the
    predikat table: 90 is A, 90,01 is AA).

    >>> g = Goal.at_least("101.10")
    >>> g.contains(Decimal("101.10")), g.contains(Decimal("101.09")), str(g)
    (True, False, '≥ 101.10')
    >>> import sakip
    >>> aa = Goal.from_predikat(sakip.Predikat.AA)
    >>> aa.contains(Decimal(90)), aa.contains(Decimal("90.01")), str(aa)
    (False, True, 'predikat AA or better (> 90)')
    """

    #: The lower bound (``None``: none).
    lower: Decimal | None = None
    #: Whether a figure equal to ``lower`` is inside (IKPA 95 is Sangat Baik: yes).
    lower_inclusive: bool = True
    #: The upper bound (``None``: none).
    upper: Decimal | None = None
    #: Whether a figure equal to ``upper`` is inside.
    upper_inclusive: bool = True
    #: The goal in words (``"Sangat Baik or better"``).
    label: str = ""

    @classmethod
    @keyword_only()
    def at_least(
        cls, value: Number, *positional: Never, inclusive: bool = True, label: str = ""
    ) -> Goal:
        """The figure reaches ``value``: ``≥ value`` (or ``> value``)."""
        if positional:
            raise call_error(cls.at_least, positional, locals())
        return cls(lower=to_decimal(value, field="goal"), lower_inclusive=inclusive, label=label)

    @classmethod
    @keyword_only()
    def at_most(
        cls, value: Number, *positional: Never, inclusive: bool = True, label: str = ""
    ) -> Goal:
        """The figure stays within ``value``: ``≤ value`` (or ``< value``)."""
        if positional:
            raise call_error(cls.at_most, positional, locals())
        return cls(upper=to_decimal(value, field="goal"), upper_inclusive=inclusive, label=label)

    @classmethod
    def from_label_bands(cls, bands: rules.LabelBands, kategori: object) -> Goal:
        """Category ``kategori`` *or better* of a table with inclusive lower bounds.

        Unknown names are refused with the table's labels.

        >>> import sakip
        >>> from sakip.ikpa import KATEGORI_IKPA
        >>> str(Goal.from_label_bands(KATEGORI_IKPA, "Sangat Baik"))
        'Sangat Baik or better (≥ 95)'
        """
        for lower, name in bands.bands:
            if name == kategori:
                return cls(lower=lower, lower_inclusive=True, label=f"{name} or better")
        if bands.below is not None and bands.below == kategori:
            return cls(label=f"{kategori} or better")
        raise UnknownNameError(field="kategori",
                               expected=f"one of {', '.join(bands.labels())} ({bands.name})",
                               received=kategori)

    @classmethod
    @keyword_only()
    def from_predikat(
        cls, predikat: object, *positional: Never, aturan: str = "permenpanrb-88-2021"
    ) -> Goal:
        """Predikat ``predikat`` *or better*, with the band table's inclusivity."""
        if positional:
            raise call_error(cls.from_predikat, positional, locals())
        from sakip.predikat import Predikat, PredikatBands

        wanted = Predikat.from_name(predikat)
        table = rules.find("predikat", aturan)
        assert isinstance(table, PredikatBands)
        for band in table.bands:
            if band.predikat is wanted:
                return cls(lower=band.lower, lower_inclusive=band.lower_inclusive,
                           label=f"predikat {wanted} or better")
        raise UnknownNameError(field="predikat", expected=f"a predikat of {aturan}",
                               received=predikat)  # pragma: no cover - every predikat has a band

    def lower_ok(self, value: Decimal) -> bool:
        """Whether ``value`` satisfies the lower bound (true when there is none)."""
        if self.lower is None:
            return True
        return value >= self.lower if self.lower_inclusive else value > self.lower

    def upper_ok(self, value: Decimal) -> bool:
        """Whether ``value`` satisfies the upper bound (true when there is none)."""
        if self.upper is None:
            return True
        return value <= self.upper if self.upper_inclusive else value < self.upper

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the region."""
        return self.lower_ok(value) and self.upper_ok(value)

    def bounds_text(self) -> str:
        """The bounds in symbols: ``≥ 95``, ``> 90``, ``≥ 89 and < 95``."""
        parts = []
        if self.lower is not None:
            parts.append(f"{'≥' if self.lower_inclusive else '>'} {_text(self.lower)}")
        if self.upper is not None:
            parts.append(f"{'≤' if self.upper_inclusive else '<'} {_text(self.upper)}")
        return " and ".join(parts) or "any value"

    def __str__(self) -> str:
        if self.label:
            bounds = self.bounds_text()
            return self.label if bounds == "any value" else f"{self.label} ({bounds})"
        return self.bounds_text()


def _rounds(value: Decimal, rounding: Rounding) -> Decimal:
    return round_value(value, rounding.places, rounding.mode)


def _value_region(goal: Goal, rounding: Rounding | None) -> Goal:
    """The region of the exact value whose printed figure lies in ``goal``.

    Rounding is monotone in every mode, so ``{v : printed(v) ≥ g}`` is a
    half-line whose end is ``g − u``, ``g − u/2`` or ``g`` (``u`` the printed
    unit), open or closed; each candidate is tested with the rounding itself.
    """
    if rounding is None:
        return goal
    unit = ONE.scaleb(-rounding.places, context=CONTEXT)
    half = CONTEXT.divide(unit, TWO)
    quarter = CONTEXT.divide(unit, Decimal(4))
    lower: Decimal | None = None
    lower_inclusive = True
    if goal.lower is not None:
        # the least printed figure that satisfies the bound
        if goal.lower_inclusive:
            g = goal.lower.quantize(unit, rounding=decimal.ROUND_CEILING, context=CONTEXT)
        else:
            g = CONTEXT.add(goal.lower.quantize(unit, rounding=decimal.ROUND_FLOOR,
                                                context=CONTEXT), unit)
        if _rounds(CONTEXT.subtract(g, CONTEXT.add(half, quarter)), rounding) >= g:
            lower = CONTEXT.subtract(g, unit)
        elif _rounds(CONTEXT.subtract(g, quarter), rounding) >= g:
            lower = CONTEXT.subtract(g, half)
        else:
            lower = g
        lower_inclusive = _rounds(lower, rounding) >= g
    upper: Decimal | None = None
    upper_inclusive = True
    if goal.upper is not None:
        if goal.upper_inclusive:
            h = goal.upper.quantize(unit, rounding=decimal.ROUND_FLOOR, context=CONTEXT)
        else:
            h = CONTEXT.subtract(goal.upper.quantize(unit, rounding=decimal.ROUND_CEILING,
                                                     context=CONTEXT), unit)
        if _rounds(CONTEXT.add(h, CONTEXT.add(half, quarter)), rounding) <= h:
            upper = CONTEXT.add(h, unit)
        elif _rounds(CONTEXT.add(h, quarter), rounding) <= h:
            upper = CONTEXT.add(h, half)
        else:
            upper = h
        upper_inclusive = _rounds(upper, rounding) <= h
    return Goal(lower=lower, lower_inclusive=lower_inclusive, upper=upper,
                upper_inclusive=upper_inclusive)


# ------------------------------------------------------------------ question


def _measure_value(figure: Any) -> Decimal:
    value = figure.value
    assert isinstance(value, Decimal)
    return value


def _measure_nilai(figure: Any) -> Decimal:
    """The nilai efisiensi of an :class:`~sakip.Efisiensi`."""
    value = figure.nilai.value
    assert isinstance(value, Decimal)
    return value


# The forward functions, measures and closed forms of the named questions are small
# frozen classes rather than closures, so that questions and answers compare, print
# and pickle like the rest of sakip's values.


@attrs.frozen
class _Call:
    """``function(**fixed, **{vary: x})``: the ordinary API with one input at ``x``."""

    function: Callable[..., Any]
    fixed: tuple[tuple[str, Any], ...]
    vary: str

    def __call__(self, x: Decimal) -> Any:
        return self.function(**dict(self.fixed), **{self.vary: x})


@attrs.frozen
class _Linear:
    """The closed form ``x = a + b × t`` (t the threshold of the measured figure)."""

    a: Decimal
    b: Decimal

    def __call__(self, t: Decimal) -> Decimal:
        return CONTEXT.add(self.a, CONTEXT.multiply(self.b, t))


@attrs.frozen
class _Reciprocal:
    """The closed form ``x = c / t`` (minimize by ``T / R``)."""

    c: Decimal

    def __call__(self, t: Decimal) -> Decimal:
        return CONTEXT.divide(self.c, t)


@attrs.frozen
class _Constant:
    """A forward function that always returns the same figure."""

    figure: Any

    def __call__(self, x: Decimal) -> Any:
        return self.figure


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


_EFISIENSI_CLOSED_TEXT = ("E* = (NE − 50) × 20 / 50; E is linear in {vary}, so "
                          "x = x₀ + (E* − E₀) × (x₁ − x₀) / (E₁ − E₀) from two evaluations")
_EFISIENSI_RECIPROCAL_TEXT = ("E* = (NE − 50) × 20 / 50; under pmk-214-2017 1 / (1 − E/100) = "
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


@attrs.frozen
class _IkpaOptions:
    """The keyword options of :func:`sakip.ikpa` a question was asked with, passed on as given."""

    aturan: str | None = None
    tahun: int | None = None
    dispensasi_spm: Any = None
    blu: Any = False
    triwulan: Any = None
    opsi: tuple[Any, ...] = ()
    di_atas_100: Any = "batasi"

    def ikpa(self, scores: Mapping[str, Any]) -> Any:
        """:func:`sakip.ikpa` of ``scores`` with these options."""
        from sakip.ikpa import ikpa

        return ikpa(scores, aturan=self.aturan, tahun=self.tahun,
                    dispensasi_spm=self.dispensasi_spm, blu=self.blu, triwulan=self.triwulan,
                    opsi=self.opsi, di_atas_100=self.di_atas_100)


def _ikpa_options(aturan: str | None, tahun: int | None, dispensasi_spm: Any, blu: Any,
                  triwulan: Any, opsi: Any, di_atas_100: Any) -> _IkpaOptions:
    if isinstance(opsi, str) or not isinstance(opsi, Sequence):
        raise InvalidTypeError(field="opsi", expected="a sequence of adjustment names "
                               "(opsi=['ta-2025-efisiensi'])", received=opsi)
    return _IkpaOptions(aturan=aturan, tahun=tahun, dispensasi_spm=dispensasi_spm, blu=blu,
                        triwulan=triwulan, opsi=tuple(opsi), di_atas_100=di_atas_100)


@attrs.frozen
class _IkpaForward:
    """:func:`sakip.ikpa` with indicator ``name`` at ``x``, the other scores as given."""

    scores: tuple[tuple[str, Any], ...]
    name: str
    options: _IkpaOptions

    def __call__(self, x: Decimal) -> Any:
        return self.options.ikpa(dict(self.scores) | {self.name: x})


@attrs.frozen
class _RaiseForward:
    """The IKPA after raising one indicator by ``x`` from a published total, as a composite.

    :func:`sakip.weighted_score` of the current nilai (weight Σw) and the raise
    (weight w) is ``(Σw·nilai + w·x) / (Σw + w)``; :class:`_RaiseMeasure` turns
    it into the new IKPA ``(Σw·nilai + w·x) / Σw``.
    """

    current: Decimal
    total_weight: Decimal
    name: str
    weight: Decimal
    citation: str

    def __call__(self, x: Decimal) -> Any:
        from sakip.composite import weighted_score

        return weighted_score({"nilai IKPA": (self.current, self.total_weight),
                               self.name: (x, self.weight)},
                              total_weight=CONTEXT.add(self.total_weight, self.weight),
                              bounds=(0, 100), sitasi=self.citation)


@attrs.frozen
class _RaiseMeasure:
    """``(Σw·nilai + w·x) / Σw``: the IKPA after the raise (see :class:`_RaiseForward`).

    Read from the composite's own components, exactly: scaling its value by
    ``(Σw + w) / Σw`` would carry the 50-digit rounding of ``/ (Σw + w)``
    (``/ 115``) into the IKPA, and 94,995 could come back as 94,99499…, one
    grid step short at a printed edge.
    """

    total_weight: Decimal
    weight: Decimal

    def __call__(self, figure: Any) -> Decimal:
        weighted_sum = exact_sum(CONTEXT.multiply(nilai, bobot)
                                 for _, nilai, bobot in figure.komponen)
        return CONTEXT.divide(weighted_sum, self.total_weight)


@attrs.frozen(kw_only=True)
class Question(Tabular):
    """One what-it-takes question: a monotone figure, the input to solve for, the goal.

    Built by :func:`solve` and by the named questions; answered by
    :meth:`answer`.  ``forward(x)`` computes the figure through the ordinary
    API with the input at ``x`` (the other inputs fixed); ``measure`` picks the
    number the goal is about (the figure's ``value`` by default, the nilai
    efisiensi of an :class:`~sakip.Efisiensi`); ``closed_form(t)``, where the
    formula allows, is the input at which the exact measure equals ``t``.

    >>> import sakip
    >>> q = Question(forward=lambda x: sakip.capaian(target=1176, realisasi=x),
    ...              formula="capaian(target=1176, realisasi=x)", vary="realisasi",
    ...              goal=Goal.at_least(100), grid=Decimal(1), lower=Decimal(0),
    ...              increasing=True)
    >>> q.answer().value
    Decimal('1176')
    """

    #: The figure with the input at ``x``, computed through the ordinary API.
    forward: Callable[[Decimal], Any]
    #: The call as the explanation shows it (``capaian(target=1176, realisasi=x)``).
    formula: str
    #: The name of the input solved for (``realisasi``, an indicator, a component).
    vary: str
    #: The region the printed figure must reach.
    goal: Goal
    #: The input's precision: answers are ``k × grid`` (1: whole rupiah; 0.01: two decimals).
    grid: Decimal
    #: The least allowed input.
    lower: Decimal
    #: Whether the figure rises with the input (it falls otherwise; either way, monotone).
    increasing: bool
    #: The greatest allowed input (``None``: no upper limit).
    upper: Decimal | None = None
    #: ``"least"`` or ``"greatest"`` input.
    direction: Direction = "least"
    #: How the report prints the figure; ``None`` compares the exact value.
    rounding: Rounding | None = None
    #: The number of the figure the goal is about (default: its ``value``).
    measure: Callable[[Any], Decimal] = _measure_value
    #: Its name in explanations and rows (``capaian``, ``nilai IKPA``).
    measure_name: str = "value"
    #: ``closed_form(t)``: the input at which the exact measure equals ``t``, where known.
    closed_form: Callable[[Decimal], Decimal] | None = None
    #: The closed form as text, for the explanation.
    closed_form_text: str = ""
    #: The question in words (the explanation's title).
    title: str = ""
    #: What the answer is about, in a set of answers (an indicator, an output code).
    label: str = ""
    #: The regulation the figure follows.
    reference: str = ""
    #: Why the input cannot exceed ``upper`` (``realisasi ≤ pagu``).
    upper_reason: str = ""
    #: Set when the goal is known to be unreachable before any search (a cap below it).
    unreachable_reason: str | None = None
    #: Extra ``(name, value)`` columns of the answer's row (``pagu``, ``bobot``...).
    details: tuple[tuple[str, Any], ...] = ()
    #: Library results given as inputs; the explanation derives them first.
    sources: tuple[tuple[str, Figure], ...] = attrs.field(default=(), repr=False)

    def figure_at(self, x: Decimal) -> Any:
        """The figure computed by the ordinary API with the input at ``x``."""
        return self.forward(x)

    def printed_at(self, x: Decimal) -> Decimal:
        """The measured number at ``x`` as printed (exact when ``rounding`` is None)."""
        value = self.measure(self.forward(x))
        return value if self.rounding is None else _rounds(value, self.rounding)

    def reaches(self, x: Decimal) -> bool:
        """Whether the printed figure at ``x`` lies in the goal."""
        return self.goal.contains(self.printed_at(x))

    def answer(self) -> Solution | Unreachable:
        """The answer: a :class:`Solution`, or :class:`Unreachable` with the reason."""
        x, reason = _solve(self, None)
        if x is None:
            return Unreachable(question=self, reason=reason)
        return Solution(value=x, question=self, sources=self.sources)


def _primary_side(q: Question) -> Literal["lower", "upper"]:
    # Least x of an increasing figure: the first x whose figure clears the lower bound;
    # least x of a decreasing one: the first x under the upper bound; and mirrored.
    rising = q.increasing == (q.direction == "least")
    return "lower" if rising else "upper"


def _grid_index(x: Decimal, grid: Decimal, rounding: str) -> int:
    """The grid index ``k`` of ``x`` (``x ≈ k × grid``), within ±:data:`_SEARCH_LIMIT`.

    Beyond it ``k × grid`` and its neighbours need more than the context's 50
    digits, so "least" could not be told from "one step less": refused.
    """
    steps = CONTEXT.divide(x, grid)
    if steps.copy_abs() > _SEARCH_LIMIT:
        raise InvalidValueError(
            field="grid", expected=f"a question whose range and answer lie within 10^40 steps "
            f"of the grid {grid:g} (beyond, 50-digit arithmetic cannot tell an answer "
            "from the next grid point)", received=f"{x:.6g} ({steps:.2e} steps)")
    return int(steps.to_integral_value(rounding=rounding, context=CONTEXT))


class _Probe:
    """The monotone predicate on grid indices, with a memo and a count of evaluations."""

    def __init__(self, q: Question, side: str) -> None:
        self.q = q
        self.side = side
        self.memo: dict[int, bool] = {}

    def x(self, k: int) -> Decimal:
        return CONTEXT.multiply(Decimal(k), self.q.grid)

    def __call__(self, k: int) -> bool:
        if k not in self.memo:
            printed = self.q.printed_at(self.x(k))
            goal = self.q.goal
            ok = goal.lower_ok(printed) if self.side == "lower" else goal.upper_ok(printed)
            self.memo[k] = ok
        return self.memo[k]


def _least(pred: Callable[[int], bool], lo: int, hi: int | None, hint: int | None) -> int | None:
    """Least ``k`` in ``[lo, hi]`` with ``pred(k)``, ``pred`` false then true; None if none."""
    if hi is not None and lo > hi:
        return None
    if hint is not None:
        h = max(lo, hint if hi is None else min(hint, hi))
        if pred(h):
            if h == lo or not pred(h - 1):
                return h
            hi = h - 1
        else:
            lo = h + 1
            if hi is not None and lo > hi:
                return None
    if hi is None:
        step = 1
        probe = lo
        while not pred(probe):
            lo = probe + 1
            probe = lo + step
            step *= 2
            if probe > _SEARCH_LIMIT:
                return None
        hi = probe
    elif not pred(hi):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


class _Unbounded(Exception):
    """``pred`` still holds at the search limit: there is no greatest input."""


def _greatest(pred: Callable[[int], bool], lo: int, hi: int | None,
              hint: int | None) -> int | None:
    """Greatest ``k`` in ``[lo, hi]`` with ``pred(k)``, ``pred`` true then false.

    None if none; raises :class:`_Unbounded` if ``pred`` holds up to the search limit.
    """
    if hi is not None and lo > hi:
        return None
    if hint is not None:
        h = max(lo, hint if hi is None else min(hint, hi))
        if pred(h):
            if (hi is not None and h == hi) or not pred(h + 1):
                return h
            lo = h + 1
        else:
            hi = h - 1
            if lo > hi:
                return None
    if not pred(lo):
        return None
    if hi is None:
        step = 1
        probe = lo + 1
        while pred(probe):
            lo = probe
            probe = lo + step
            step *= 2
            if probe > _SEARCH_LIMIT:
                raise _Unbounded
        hi = probe - 1
    elif pred(hi):
        return hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pred(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


#: Exact values with more decimals than this are shown shortened (``93.333333…``) in messages.
_BRIEF_PLACES = 6


def _brief(value: Decimal) -> str:
    """An exact value for a message: in full, or to six decimals with ``…`` when longer."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent >= -_BRIEF_PLACES:
        return _text(value)
    short = value.quantize(ONE.scaleb(-_BRIEF_PLACES, context=CONTEXT),
                           rounding=decimal.ROUND_DOWN, context=CONTEXT)
    return f"{_text(short)}…"


def _printed_text(q: Question, value: Decimal) -> str:
    if q.rounding is None:
        return _brief(value)
    return format_id(value, q.rounding.places, q.rounding.mode)


def _shown(q: Question, value: Decimal) -> str:
    """``printed 101,10`` under the question's rounding, ``exact 94.9975`` without one."""
    return f"{'printed' if q.rounding is not None else 'exact'} {_printed_text(q, value)}"


def _solve(q: Question, trace: Trace | None) -> tuple[Decimal | None, str]:
    """Answer ``q``: ``(x, "")`` or ``(None, reason)``, recording steps in ``trace``."""
    goal_text = str(q.goal)
    shown = f"printed {q.measure_name}" if q.rounding is not None else f"exact {q.measure_name}"
    region = _value_region(q.goal, q.rounding)
    if trace is not None:
        trace.add("goal", f"{shown} {goal_text}",
                  (("goal", goal_text),
                   ("rounding", str(q.rounding) if q.rounding is not None else "none (exact)")),
                  f"{q.measure_name} {region.bounds_text()}",
                  note="the region of the exact value whose printed figure reaches the goal"
                  if q.rounding is not None else "")
    if q.unreachable_reason is not None:
        if trace is not None:
            trace.add("answer", "unreachable", (("reason", q.unreachable_reason),),
                      "unreachable")
        return None, q.unreachable_reason
    side = _primary_side(q)
    threshold = region.lower if side == "lower" else region.upper
    want_least = q.direction == "least"
    hint: int | None = None
    if q.closed_form is not None and threshold is not None:
        try:
            x_star = q.closed_form(threshold)
        except (decimal.DivisionByZero, decimal.InvalidOperation, ZeroDivisionError,
                SakipError):
            x_star = None  # no closed form here (a flat stretch, an undefined point): search
        if x_star is not None:
            hint = _grid_index(x_star, q.grid,
                               decimal.ROUND_CEILING if want_least else decimal.ROUND_FLOOR)
            if trace is not None:
                trace.add("closed form", q.closed_form_text,
                          ((f"{q.measure_name} threshold", threshold),), x_star,
                          note=f"snapped to the grid {_text(q.grid)}: "
                          f"{_text(CONTEXT.multiply(Decimal(hint), q.grid))}, then verified")
    pred = _Probe(q, side)
    lo = _grid_index(q.lower, q.grid, decimal.ROUND_CEILING)
    hi = None if q.upper is None else _grid_index(q.upper, q.grid, decimal.ROUND_FLOOR)
    unbounded = False
    try:
        k = _least(pred, lo, hi, hint) if want_least else _greatest(pred, lo, hi, hint)
    except _Unbounded:
        k, unbounded = None, True
    upper_text = f"{_INFINITY_TEXT})" if q.upper is None else f"{_text(q.upper)}]"
    search = (f"{q.direction} {q.vary} = k × {_text(q.grid)} in [{_text(q.lower)}, {upper_text} "
              f"with {shown} {side} bound met")
    if k is None:
        if not unbounded:
            end = q.lower if (side == "lower") != q.increasing else q.upper
            if end is None:
                reason = (f"{q.measure_name} does not reach {goal_text} for any {q.vary} up to "
                          f"{_text(CONTEXT.multiply(Decimal(_SEARCH_LIMIT), q.grid))}")
            else:
                why = f" ({q.upper_reason})" if end == q.upper and q.upper_reason else ""
                reason = (f"even at {q.vary} = {_text(end)}{why} the {shown} is "
                          f"{_printed_text(q, q.printed_at(end))}, not {goal_text}")
        else:
            reason = (f"no greatest {q.vary}: every {q.vary} up to "
                      f"{_text(CONTEXT.multiply(Decimal(_SEARCH_LIMIT), q.grid))} reaches "
                      f"{goal_text}")
        if trace is not None:
            trace.add("search", search, (("evaluations", len(pred.memo)),), "none",
                      note=reason)
            trace.add("answer", "unreachable", (("reason", reason),), "unreachable")
        return None, reason
    x = pred.x(k)
    if trace is not None:
        trace.add("search", search, (("evaluations", len(pred.memo)),), x,
                  note="exact bisection over the grid indices k" if hint is None else
                  "closed form confirmed on the grid")
    value_x = q.measure(q.forward(x))
    printed_x = q.printed_at(x)
    if not q.goal.contains(printed_x):
        reason = (f"the goal {goal_text} falls between two grid points: at {q.vary} = {_text(x)} "
                  f"the {shown} is already {_printed_text(q, printed_x)}")
        if trace is not None:
            trace.add("answer", "unreachable", (("reason", reason),), "unreachable")
        return None, reason
    if trace is not None:
        trace.add(f"check {q.vary} = {_text(x)}", q.formula,
                  (("x", x),), value_x,
                  note=f"{_shown(q, printed_x)}: reaches {goal_text}")
        step = CONTEXT.subtract(x, q.grid) if want_least else CONTEXT.add(x, q.grid)
        beyond = step < q.lower if want_least else (q.upper is not None and step > q.upper)
        if beyond:
            limit = "lower" if want_least else "upper"
            trace.add(f"check {q.vary} = {_text(step)}", "outside the input's range",
                      (("x", step),), "outside",
                      note=f"{_text(x)} is the {limit} end of the range "
                      f"{q.upper_reason if not want_least else ''}".rstrip())
        else:
            value_s = q.measure(q.forward(step))
            trace.add(f"check {q.vary} = {_text(step)}", "the next grid point the other way",
                      (("x", step),), value_s,
                      note=f"{_shown(q, q.printed_at(step))}: does not reach "
                      f"{goal_text}")
        trace.add("answer", f"{q.direction} {q.vary}", ((q.vary, x),), x,
                  note=f"{q.vary} {format_id(x)} on the grid {format_id(q.grid)}")
    return x, ""


# ------------------------------------------------------------------ results


@attrs.frozen(kw_only=True)
class Solution(Figure):
    """The answer to a :class:`Question`: ``value`` is the least (or greatest) input.

    ``explain()`` re-derives it (goal region, closed form, search, checks of the
    answer and of the next grid point); ``figure`` is the figure computed at the
    answer by the ordinary API; ``to_rows()`` gives one row for a DataFrame.

    >>> import sakip
    >>> need = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
    >>> need.value, need.reachable, need.figure.value
    (Decimal('1176'), True, Decimal('100'))
    >>> need.explain().value == need.value
    True
    >>> row = need.to_row()
    >>> row["vary"], row["value"], row["figure"], row["figure_printed"]
    ('realisasi', Decimal('1176'), 'capaian', '100')
    """

    #: The question this answers.
    question: Question

    @property
    def reachable(self) -> bool:
        """Always True (see :class:`Unreachable`)."""
        return True

    @property
    def reason(self) -> str:
        """Empty: the goal is reached."""
        return ""

    @property
    def figure(self) -> Any:
        """The figure at the answer, computed through the ordinary API."""
        return self.question.figure_at(self.value)

    def _derive(self, trace: Trace) -> Decimal:
        x, _reason = _solve(self.question, trace)
        assert x is not None
        return x

    def _title(self) -> str:
        return _question_title(self.question)

    def _reference(self) -> str:
        return self.question.reference

    def explain(self, places: int | None = None, mode: Any = None) -> Explanation:
        """Re-derive the answer step by step (printed under the question's rounding)."""
        return _explain(self, self.question, places, mode)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The answer as one flat row, the same columns for every question.

        ``label``, ``vary`` (the input solved for), ``goal``, ``direction``,
        ``reachable``, ``value`` (the answer), ``figure`` (the name of the
        figure the goal is about), ``figure_value`` (its value at the answer),
        ``figure_printed`` (as printed under the question's rounding),
        ``reason`` (empty), the question's own details (``pagu``, ``bobot``,
        ``masih_diperlukan``...), and ``rounded``: the answer under
        ``rounding`` (2 decimals, half-up when ``None``).  Numbers are exact.
        """
        return _row(self.question, self.value, "", rounding)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``: a single answer is one row."""
        return [self.to_row(rounding)]

    def _repr_html_(self) -> str:
        return _html_table(_question_title(self.question), self.to_rows())


def _question_title(q: Question) -> str:
    return q.title or f"Simulasi: {q.direction} {q.vary} for {q.measure_name} {q.goal}"


def _explain(result: Any, q: Question, places: int | None, mode: Any) -> Explanation:
    trace = Trace()
    source_notes = derive_sources(q.sources, trace)  # library results given: theirs first
    result._derive(trace)
    base = q.rounding if q.rounding is not None else Rounding(places=2, mode="half_up")
    rounding = Rounding(places=base.places if places is None else places,
                        mode=base.mode if mode is None else mode)
    notes = [*source_notes, *(f"{k}: {v}" for k, v in q.details)]
    return Explanation(title=_question_title(q), steps=tuple(trace.steps), rounding=rounding,
                       reference=q.reference, notes=tuple(notes))


def _row(q: Question, value: Decimal | None, reason: str,
         rounding: Rounding | None) -> dict[str, Any]:
    """The one row layout of every answer (row protocol: exact ``value`` and ``rounded``)."""
    policy = check_rounding(rounding)
    row: dict[str, Any] = {"label": q.label, "vary": q.vary, "goal": str(q.goal),
                           "direction": q.direction, "reachable": value is not None,
                           "figure": q.measure_name, "figure_value": None,
                           "figure_printed": None}
    if value is not None:
        row["figure_value"] = q.measure(q.forward(value))
        row["figure_printed"] = _printed_text(q, q.printed_at(value))
    row["reason"] = reason
    for name, detail in q.details:
        shown = cell(detail)
        row[name] = str(detail) if shown is NotImplemented else shown
    row["value"] = value
    row["rounded"] = None if value is None else policy.apply(value)
    return row


def _html_table(title: str, rows: Sequence[Mapping[str, Any]]) -> str:
    esc = html.escape
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc('' if row.get(c) is None else str(row.get(c)))}</td>"
                         for c in columns) + "</tr>"
        for row in rows)
    return (f'<div class="sakip-simulasi"><p><strong>{esc(title)}</strong></p><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


@attrs.frozen(kw_only=True)
class Unreachable(Tabular):
    """A goal that cannot be reached, with the ``reason``; it has no number.

    ``value`` raises :class:`~sakip.NotComputableError` carrying the reason, so
    code that forgets to check ``reachable`` fails loudly instead of using a
    wrong number.

    >>> import sakip
    >>> u = sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120)
    >>> u.reachable
    False
    >>> u.value
    Traceback (most recent call last):
    ...
    sakip.errors.NotComputableError: goal: not computable: capaian is capped at 120: ...
    """

    question: Question
    reason: str

    @property
    def reachable(self) -> bool:
        """Always False."""
        return False

    @property
    def value(self) -> Decimal:
        """Not available: raises :class:`~sakip.NotComputableError` with the reason."""
        raise NotComputableError(field="goal", reason=self.reason)

    def _derive(self, trace: Trace) -> str:
        _x, reason = _solve(self.question, trace)
        return reason

    def explain(self, places: int | None = None, mode: Any = None) -> Explanation:
        """The steps that show why the goal cannot be reached."""
        return _explain(self, self.question, places, mode)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The question as one flat row (the columns of :meth:`Solution.to_row`):
        ``reachable`` False, the ``reason``, ``value`` and ``rounded`` None."""
        return _row(self.question, None, self.reason, rounding)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``."""
        return [self.to_row(rounding)]

    def _repr_html_(self) -> str:
        return _html_table(_question_title(self.question), self.to_rows())


Answer: TypeAlias = Solution | Unreachable


@attrs.frozen(kw_only=True)
class SolutionSet(Tabular):
    """Several answers to related questions (one per indicator, component, band).

    Iterate over it, index it by label (``answers["capaian_output"]``), render
    it as a table in Jupyter, or turn it into rows.  ``summary`` holds figures
    about the whole (the total needed, the gap).

    >>> import sakip
    >>> edges = sakip.simulasi.batas_efisiensi()
    >>> len(edges), edges.labels()[0], edges["Efisien"].value
    (4, 'Sangat Efisien', Decimal('8.00'))
    >>> [row["rounded"] for row in edges.to_rows(sakip.Rounding(0, "half_up"))]
    [Decimal('16'), Decimal('8'), Decimal('4'), Decimal('0')]
    """

    title: str
    items: tuple[Answer, ...]
    summary: tuple[tuple[str, Any], ...] = ()

    def __iter__(self) -> Iterator[Answer]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, label: str) -> Answer:
        for item in self.items:
            if item.question.label == label:
                return item
        raise UnknownNameError(field="label",
                               expected="one of " + ", ".join(i.question.label for i in self.items),
                               received=label)

    def labels(self) -> tuple[str, ...]:
        """The labels of the answers, in order."""
        return tuple(item.question.label for item in self.items)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per answer (see :meth:`Solution.to_row`)."""
        return [item.to_row(rounding) for item in self.items]

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The set as one row: its title, how many answers are reachable, and the summary."""
        check_rounding(rounding)
        row: dict[str, Any] = {"title": self.title, "answers": len(self.items),
                               "reachable": sum(1 for item in self.items if item.reachable)}
        for name, value in self.summary:
            shown = cell(value)
            row[name] = str(value) if shown is NotImplemented else shown
        return row

    def explain(self, places: int = 2, mode: Any = "half_up") -> Explanation:
        """One step per answer (its value, or why it cannot be reached); the summary as notes.

        Each answer's own ``explain()`` has its full derivation.
        """
        steps = []
        for item in self.items:
            q = item.question
            if isinstance(item, Solution):
                steps.append(Step(name=q.label or q.vary, formula=f"{q.direction} {q.vary}",
                                  inputs=(("goal", str(q.goal)),), value=item.value))
            else:
                steps.append(Step(name=q.label or q.vary, formula=f"{q.direction} {q.vary}",
                                  inputs=(("goal", str(q.goal)),), value="unreachable",
                                  note=item.reason))
        notes = tuple(f"{name}: {value}" for name, value in self.summary)
        return Explanation(title=self.title, steps=tuple(steps),
                           rounding=Rounding(places=places, mode=mode), notes=notes)

    def _repr_html_(self) -> str:
        return _html_table(self.title, self.to_rows())


# ------------------------------------------------------------- general solve


@keyword_only()
def solve(
    function: Callable[..., Any],
    *positional: Never,
    vary: str,
    goal: Goal | Number,
    fixed: Mapping[str, Any] | None = None,
    grid: Number = 1,
    lower: Number = 0,
    upper: Number | None = None,
    direction: Direction = "least",
    increasing: bool | None = None,
    rounding: Rounding | None = None,
    measure: Callable[[Any], Decimal] | None = None,
    measure_name: str = "value",
) -> Solution | Unreachable:
    """The least (or greatest) ``vary`` on the grid whose printed figure reaches ``goal``.

    The general inverse behind every named question: ``function`` is any sakip
    function returning a figure (``sakip.capaian``, ``sakip.penyerapan``...),
    monotone in the keyword argument ``vary``; ``fixed`` holds its other
    keyword arguments.

    Parameters
    ----------
    function, vary, fixed:
        The figure, the input to solve for, the other inputs.
    goal:
        A :class:`Goal` or a number (meaning ``≥ number``).
    grid, lower, upper:
        The input's precision (``1``: whole rupiah; ``"0.01"``: two decimals)
        and its range (``upper=None``: no upper limit).
    direction:
        ``"least"`` (default) or ``"greatest"`` input.
    increasing:
        Whether the figure rises with the input; ``None`` compares the figure
        at the two ends of the range (which then must be bounded).
    rounding:
        The report's rounding: the *printed* figure must reach the goal.
        ``None`` compares the exact value.
    measure, measure_name:
        Which number of the result the goal is about (default: its ``value``).

    Returns
    -------
    Solution or Unreachable
        The answer, verified by feeding it forward through ``function``; or the
        reason no input in the range reaches the goal.

    Raises
    ------
    UnknownNameError
        ``vary`` is not a keyword argument of ``function``.
    InvalidValueError
        A grid ≤ 0, an empty range, a bad direction.

    Notes
    -----
    An exact bisection over the integers ``k`` of ``vary = k × grid``: at most
    about ``2 log₂(range / grid)`` evaluations, each through the ordinary API.

    Examples
    --------
    >>> import sakip
    >>> solve(sakip.penyerapan, vary="realisasi", fixed={"pagu": 36716642000},
    ...       goal=95, upper=36716642000).value
    Decimal('34880809900')
    >>> solve(sakip.capaian, vary="weight", fixed={"target": 10}, goal=100)
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: vary: expected ...; received 'weight'
    """
    if positional or vary is REQUIRED or goal is REQUIRED:
        raise call_error(solve, positional, locals())
    import inspect  # only the general inverse reads signatures

    if not callable(function):
        raise InvalidTypeError(field="function", expected="a sakip function", received=function)
    try:
        params = inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins without signatures
        params = {}  # type: ignore[assignment]
    names = [n for n, p in params.items() if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if vary not in names:
        raise UnknownNameError(field="vary",
                               expected=f"an input of {getattr(function, '__name__', function)}: "
                               + ", ".join(names), received=vary)
    given = dict(fixed or {})
    if vary in given:
        raise InvalidValueError(field="fixed", expected=f"the other inputs, not {vary!r}",
                                received=sorted(given))
    for name in given:
        if name not in names:
            raise UnknownNameError(field="fixed", expected="inputs of "
                                   f"{getattr(function, '__name__', function)}: "
                                   + ", ".join(names), received=name)
    required = [n for n in names if params[n].default is params[n].empty
                and n != vary and n not in given]
    if required:
        raise InvalidValueError(field="fixed", expected="a value for each required input of "
                                f"{getattr(function, '__name__', function)}: "
                                + ", ".join(required), received=sorted(given))
    goal_ = goal if isinstance(goal, Goal) else Goal.at_least(goal)
    grid_ = _grid(grid)
    lower_ = to_decimal(lower, field="lower")
    upper_ = None if upper is None else to_decimal(upper, field="upper")
    if upper_ is not None and upper_ < lower_:
        raise InvalidValueError(field="upper", expected=f"upper >= lower ({lower_})",
                                received=upper)
    _check_direction(direction)
    _check_rounding(rounding)

    forward = _Call(function=function, fixed=tuple(given.items()), vary=vary)
    picked = measure if measure is not None else _measure_value
    if increasing is None:
        if upper_ is None:
            raise InvalidValueError(field="increasing",
                                    expected="True or False when the range has no upper end",
                                    received=None)
        increasing = picked(forward(upper_)) >= picked(forward(lower_))
    elif not isinstance(increasing, bool):
        raise InvalidTypeError(field="increasing", expected="True, False or None",
                               received=increasing)
    name = getattr(function, "__name__", "figure")
    inputs = ", ".join(f"{k}={_input_text(v)}" for k, v in given.items())
    formula = f"{name}({inputs}{', ' if inputs else ''}{vary}=x)"
    return Question(forward=forward, formula=formula, vary=vary, goal=goal_, grid=grid_,
                    lower=lower_, upper=upper_, direction=direction, increasing=increasing,
                    rounding=rounding, measure=picked, measure_name=measure_name,
                    sources=sources_of(given.items())).answer()


def _input_text(value: object) -> str:
    """An input as the formula of an explanation shows it: numbers plainly, results by value."""
    if isinstance(value, Decimal):
        return _text(value)
    if isinstance(value, Figure):
        return f"{type(value).__name__} {_brief(value.value)}"
    if isinstance(value, (str, int)):
        return str(value)
    return shown(value, 60)


def _grid(value: object, field: str = "grid") -> Decimal:
    grid = to_decimal(value, field=field)
    if grid <= 0:
        raise InvalidValueError(field=field, expected="a grid step > 0 (1 for whole rupiah, "
                                "'0.01' for two decimals)", received=value)
    return grid


def _check_direction(direction: object) -> None:
    if direction not in ("least", "greatest"):
        raise InvalidValueError(field="direction", expected="'least' or 'greatest'",
                                received=direction)


def _check_rounding(rounding: object) -> None:
    if rounding is not None and not isinstance(rounding, Rounding):
        raise InvalidTypeError(field="rounding", expected="a sakip.Rounding or None",
                               received=rounding)


def _precision(*values: Decimal) -> Decimal:
    """The grid of the given numbers' precision: whole units, or their finest decimals."""
    exponent = min([0, *(int(v.as_tuple().exponent) for v in values)])
    return ONE.scaleb(exponent, context=CONTEXT)


def _check_range(goal: Goal, low: Decimal | None, high: Decimal | None, what: str) -> None:
    """Refuse a goal outside the figure's range (an IKPA of 101, a predikat above 100)."""
    if goal.lower is not None and high is not None and (
            goal.lower > high or (goal.lower == high and not goal.lower_inclusive)):
        raise InvalidValueError(field="goal", expected=f"a goal within {what}",
                                received=str(goal))
    if goal.upper is not None and low is not None and (
            goal.upper < low or (goal.upper == low and not goal.upper_inclusive)):
        raise InvalidValueError(field="goal", expected=f"a goal within {what}",
                                received=str(goal))


# ------------------------------------------------------------------ capaian


@keyword_only()
def realisasi_untuk(
    *positional: Never,
    target: Number | tuple[Number, Number] | Predikat,
    capaian: Number,
    polarisasi: str = "maximize",
    rumus_minimize: str = "2t-r",
    cap: Number | None = None,
    floor: Number | None = None,
    rounding: Rounding | None = None,
    grid: Number | None = None,
    direction: Direction | None = None,
) -> Solution | Unreachable:
    """The realisasi needed for a capaian: least (maximize) or greatest (minimize) R.

    Parameters
    ----------
    target:
        The indicator's target T (a ``(low, high)`` pair for ``stabilize``; a
        predikat such as ``"BB"``, then the answer is the least predikat by its
        ordinal rank D = 1 … AA = 7, the convention of :func:`sakip.capaian`,
        named in the row's ``predikat`` column).
    capaian:
        The capaian to reach, in percent: the printed capaian must be ``≥`` it.
    polarisasi, rumus_minimize, cap, floor:
        As for :func:`sakip.capaian`.
    rounding:
        How the report prints capaian (``Rounding(2, "down")`` for the seed);
        ``None`` compares the exact capaian.
    grid:
        The precision of realisasi; by default the target's own (whole units
        for ``1176``, hundredths for ``"92.50"``).
    direction:
        Only for ``stabilize``: ``"least"`` (default: the least R from below
        the range) or ``"greatest"`` (the greatest R from above it).  Maximize
        always asks the least R, minimize the greatest (lower is better).

    Returns
    -------
    Solution or Unreachable
        ``value`` is the realisasi; unreachable when a cap is below the goal,
        or when a floor or the formula's own limit decides it.

    Raises
    ------
    InvalidValueError
        A goal above 100 under ``stabilize`` or above 200 under ``minimize``
        ``2t-r`` (outside the formula's range); bad polarisasi or rumus.

    Notes
    -----
    Closed forms (v the capaian threshold in the exact value's space):
    maximize ``R = v·T / 100``; minimize ``R = 2T − v·T / 100`` or, under
    ``t/r``, ``R = 100·T / v``; stabilize ``R = v·L / 100`` (from below) and
    ``R = 2U − v·U / 100`` (from above).  Each is snapped to the grid and
    verified through :func:`sakip.capaian`.

    References
    ----------
    PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI (the capaian formulas).

    Examples
    --------
    >>> realisasi_untuk(target=1176, capaian=100).value
    Decimal('1176')
    >>> realisasi_untuk(target=8, capaian="87.5", polarisasi="minimize").value
    Decimal('9')
    >>> realisasi_untuk(target=(80, 90), capaian=100, polarisasi="stabilize",
    ...                 direction="greatest").value
    Decimal('90')
    >>> a = realisasi_untuk(target="BB", capaian=120)  # 120 % of BB (rank 5) is rank 6
    >>> a.value, a.to_row()["predikat"]
    (Decimal('6'), 'A')
    """
    if positional or target is REQUIRED or capaian is REQUIRED:
        raise call_error(realisasi_untuk, positional, locals())
    from sakip.indicators import Polarisasi
    from sakip.indicators import capaian as capaian_

    try:
        pol = Polarisasi(polarisasi)
    except ValueError:
        raise InvalidValueError(field="polarisasi",
                                expected="one of 'maximize', 'minimize', 'stabilize'",
                                received=polarisasi) from None
    if rumus_minimize not in ("2t-r", "t/r"):
        raise InvalidValueError(field="rumus_minimize", expected="'2t-r' or 't/r'",
                                received=rumus_minimize)
    _check_rounding(rounding)
    goal_value = to_decimal(capaian, field="capaian")
    goal = Goal.at_least(goal_value)
    cap_d = None if cap is None else to_decimal(cap, field="cap")
    floor_d = None if floor is None else to_decimal(floor, field="floor")
    from sakip.indicators import _as_predikat

    t_pred = _as_predikat(target)
    if t_pred is not None:
        if pol is not Polarisasi.MAXIMIZE or direction not in (None, "least"):
            raise InvalidValueError(field="polarisasi", expected="'maximize' (least realisasi) "
                                    "for a predikat target", received=polarisasi)
        return _predikat_needed(t_pred, goal, cap_d, floor_d, rounding,
                                sources_of([("capaian", capaian)]))
    if pol is Polarisasi.STABILIZE:
        if not isinstance(target, tuple) or len(target) != 2:
            raise InvalidTypeError(field="target",
                                   expected="a (low, high) pair for polarisasi 'stabilize'",
                                   received=target)
        low = to_decimal(target[0], field="target", nonnegative=True)
        high = to_decimal(target[1], field="target", nonnegative=True)
        t_fixed: Any = (low, high)
        precision = _precision(low, high)
        _check_range(goal, None, HUNDRED, "0–100 (capaian under stabilize never exceeds 100)")
        wanted = direction or "least"
    else:
        if isinstance(target, tuple):
            raise InvalidTypeError(field="target",
                                   expected="a single number (a range needs 'stabilize')",
                                   received=target)
        t = to_decimal(target, field="target", nonnegative=True)
        t_fixed = t
        precision = _precision(t)
        if pol is Polarisasi.MINIMIZE and rumus_minimize == "2t-r":
            _check_range(goal, None, CONTEXT.multiply(TWO, HUNDRED),
                         "(2T − R) / T × 100 ≤ 200 (capaian under minimize)")
        wanted = "least" if pol is Polarisasi.MAXIMIZE else "greatest"
        if direction is not None and direction != wanted:
            raise InvalidValueError(field="direction",
                                    expected=f"{wanted!r} (or None) under polarisasi "
                                    f"{pol.value!r}", received=direction)
    _check_direction(wanted)
    grid_ = precision if grid is None else _grid(grid)
    lower = ZERO
    upper: Decimal | None = None
    increasing = pol is Polarisasi.MAXIMIZE
    closed: _Linear | _Reciprocal
    if pol is Polarisasi.MAXIMIZE:
        closed = _Linear(a=ZERO, b=CONTEXT.divide(t_fixed, HUNDRED))
        text = "R = capaian × T / 100"
    elif pol is Polarisasi.MINIMIZE:
        if rumus_minimize == "t/r":
            lower = grid_  # T / R is undefined at R = 0
            closed = _Reciprocal(c=CONTEXT.multiply(HUNDRED, t_fixed))
            text = "R = 100 × T / capaian"
        else:
            closed = _Linear(a=CONTEXT.multiply(TWO, t_fixed),
                             b=CONTEXT.divide(t_fixed, HUNDRED).copy_negate())
            text = "R = 2T − capaian × T / 100"
    else:
        low, high = t_fixed
        if wanted == "least":
            upper = high  # capaian rises on [0, U]
            increasing = True
            closed = _Linear(a=ZERO, b=CONTEXT.divide(low, HUNDRED))
            text = "R = capaian × L / 100 (from below the range)"
        else:
            lower = low  # capaian falls on [L, ∞)
            increasing = False
            closed = _Linear(a=CONTEXT.multiply(TWO, high),
                             b=CONTEXT.divide(high, HUNDRED).copy_negate())
            text = "R = 2U − capaian × U / 100 (from above the range)"

    unreachable = None
    region = _value_region(goal, rounding)
    assert region.lower is not None
    if cap_d is not None and not Goal(lower=region.lower,
                                      lower_inclusive=region.lower_inclusive).lower_ok(cap_d):
        unreachable = (f"capaian is capped at {_text(cap_d)}: the printed capaian cannot "
                       f"reach {goal}")

    forward = _Call(function=capaian_, vary="realisasi",
                    fixed=(("target", t_fixed), ("polarisasi", pol),
                           ("rumus_minimize", rumus_minimize), ("cap", cap_d),
                           ("floor", floor_d)))

    t_text = (f"({_text(t_fixed[0])}, {_text(t_fixed[1])})" if isinstance(t_fixed, tuple)
              else _text(t_fixed))
    options = "".join(f", {n}={_text(v)}" for n, v in (("cap", cap_d), ("floor", floor_d))
                      if v is not None)
    formula = (f"capaian(target={t_text}, realisasi=x, polarisasi={pol.value!r}"
               + (f", rumus_minimize={rumus_minimize!r}" if pol is Polarisasi.MINIMIZE else "")
               + options + ")")
    question = Question(
        forward=forward, formula=formula, vary="realisasi", goal=goal, grid=grid_,
        lower=lower, upper=upper, direction=wanted, increasing=increasing, rounding=rounding,
        measure_name="capaian", closed_form=closed, closed_form_text=text,
        title=f"Realisasi needed for capaian {goal} (target {t_text}, {pol.value})",
        reference="PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI (capaian formulas)",
        unreachable_reason=unreachable, sources=sources_of([("target", target),
                                                            ("capaian", capaian)]),
    )
    return question.answer()


@attrs.frozen
class _PredikatForward:
    """:func:`sakip.capaian` of a predikat target with the realisasi given by its rank."""

    target: Any
    cap: Decimal | None
    floor: Decimal | None

    def __call__(self, x: Decimal) -> Any:
        from sakip.indicators import capaian
        from sakip.predikat import Predikat

        realised = next(p for p in Predikat if p.rank == int(x))
        return capaian(target=self.target, realisasi=realised, cap=self.cap, floor=self.floor)


def _predikat_needed(target: Any, goal: Goal, cap: Decimal | None, floor: Decimal | None,
                     rounding: Rounding | None,
                     sources: tuple[tuple[str, Figure], ...]) -> Solution | Unreachable:
    """The least predikat realisasi (as its rank, D = 1 … AA = 7) for a capaian goal."""
    from sakip.indicators import PREDIKAT_ORDINAL
    from sakip.predikat import Predikat

    region = _value_region(goal, rounding)
    assert region.lower is not None
    unreachable = None
    if cap is not None and not Goal(lower=region.lower,
                                    lower_inclusive=region.lower_inclusive).lower_ok(cap):
        unreachable = f"capaian is capped at {_text(cap)}: the printed capaian cannot reach {goal}"
    ranks = [p.rank for p in Predikat]
    rank_t = PREDIKAT_ORDINAL.rank(target)
    question = Question(
        forward=_PredikatForward(target=target, cap=cap, floor=floor),
        formula=f"capaian(target={target}, realisasi=the predikat of rank x)",
        vary="realisasi", goal=goal, grid=ONE, lower=Decimal(min(ranks)),
        upper=Decimal(max(ranks)), direction="least", increasing=True, rounding=rounding,
        measure_name="capaian", closed_form=_Linear(a=ZERO, b=CONTEXT.divide(rank_t, HUNDRED)),
        closed_form_text="rank(R) = capaian × rank(T) / 100 (ranks D = 1 … AA = 7)",
        title=f"Predikat needed for capaian {goal} (target {target})",
        reference=PREDIKAT_ORDINAL.citation, upper_reason="AA, the highest predikat",
        unreachable_reason=unreachable, sources=sources)
    answer = question.answer()
    if isinstance(answer, Solution):
        realised = next(p for p in Predikat if p.rank == int(answer.value))
        question = attrs.evolve(question, details=(("predikat", str(realised)),))
        answer = Solution(value=answer.value, question=question, sources=sources)
    return answer


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
    reference = ("PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (efisiensi, nilai efisiensi); "
                 f"kategori: {bands.name} ({bands.citation})")
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
            closed_form=closed, closed_form_text=_EFISIENSI_CLOSED_TEXT.format(vary="realisasi"),
            formula=f"efisiensi(outputs with Σ realisasi = x, rumus={rumus!r}).nilai",
            measure=_measure_nilai, measure_name="nilai efisiensi", label="satker",
            reference=reference, grid=ONE if grid_ is None else grid_, lower=ZERO,
            upper=pagu, direction="greatest", increasing=False,
            upper_reason="Σ realisasi ≤ Σ pagu",
            title=f"Greatest total realisasi of the satker ({len(items)} outputs) keeping {goal}",
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
    formula = f"efisiensi(outputs with {target_ro.kode}.{vary}=x, rumus={rumus!r}).nilai"
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
            closed_form_text=_EFISIENSI_CLOSED_TEXT.format(vary="realisasi"),
            grid=ONE if grid_ is None else grid_, lower=ZERO,
            upper=target_ro.pagu, direction="greatest", increasing=False,
            upper_reason="realisasi ≤ pagu",
            title=f"Greatest realisasi keeping {scope} {goal}",
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
        closed_form_text=_EFISIENSI_RECIPROCAL_TEXT if reciprocal
        else _EFISIENSI_CLOSED_TEXT.format(vary="capaian output"),
        grid=Decimal("0.01") if grid_ is None else grid_, lower=lower,
        direction="least", increasing=True,
        title=f"Least capaian output keeping {scope} {goal}",
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
                     title=f"Least E for nilai efisiensi {goal}", label=name,
                     reference=rule.citation)
        items.append(q.answer())
    return SolutionSet(title=f"E at the band edges of {bands.name}", items=tuple(items))


# --------------------------------------------------------------------- IKPA


def _ikpa_setup(scores: Mapping[str, Number | None], kategori: str, options: _IkpaOptions,
                rounding: Rounding | None) -> tuple[Any, Goal]:
    from sakip.ikpa import KATEGORI_IKPA

    # sakip.ikpa validates the scores (numbers 0–100, or its calculators' results) and options
    base = options.ikpa(scores)
    goal = Goal.from_label_bands(KATEGORI_IKPA, kategori)
    _check_range(goal, ZERO, HUNDRED, "0–100 (nilai IKPA)")
    _check_rounding(rounding)
    return base, goal


@keyword_only()
def skor_ikpa_untuk(
    scores: Mapping[str, Number | None],
    *positional: Never,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    blu: bool = False,
    triwulan: int | None = None,
    opsi: Sequence[str] = (),
    di_atas_100: str = "batasi",
) -> SolutionSet:
    """For each assessed IKPA indicator, the least score (others fixed) that reaches a category.

    Parameters
    ----------
    scores, aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100:
        As for :func:`sakip.ikpa`, and passed on to it unchanged for every
        evaluation (indicators given as ``None`` are not assessed and are not
        raised; under ``opsi`` that fixes every score, no score changes the IKPA).
    kategori:
        The IKPA category to reach, *or better* (lower bounds inclusive:
        95 is Sangat Baik).
    rounding:
        How the IKPA is printed; ``None`` (default) judges the exact value, as
        :attr:`sakip.IKPA.kategori` does.
    grid:
        The precision of an indicator score (two decimals).

    Returns
    -------
    SolutionSet
        One answer per assessed indicator: the least score ≤ 100, or
        :class:`Unreachable` when even 100 on that indicator alone does not
        reach the category.  ``summary`` holds the current IKPA and category.
        When the IKPA already reaches the category, an answer below the
        current score is the least score that still keeps it.

    Notes
    -----
    ``IKPA = (Σ_others wⱼ·nilaiⱼ + wᵢ·x) / Σw − potongan`` is linear in the
    score x, so ``x = ((IKPA_needed + potongan)·Σw − Σ_others wⱼ·nilaiⱼ) / wᵢ``,
    snapped up to the grid and verified through :func:`sakip.ikpa`.

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024 (weights, categories).

    Examples
    --------
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
    ...      "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 90}
    >>> needs = skor_ikpa_untuk(s, aturan="per-5-pb-2024")
    >>> needs["capaian_output"].value, needs["deviasi_halaman_iii_dipa"].value
    (Decimal('94.00'), Decimal('96.67'))
    >>> print(needs["revisi_dipa"].reason)  # doctest: +NORMALIZE_WHITESPACE
    even at revisi_dipa = 100 (an indicator scores at most 100) the exact nilai IKPA is 94,
    not Sangat Baik or better (≥ 95)

    """
    if positional:
        raise call_error(skor_ikpa_untuk, positional, locals())
    options = _ikpa_options(aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100)
    base, goal = _ikpa_setup(scores, kategori, options, rounding)
    grid_ = _grid(grid)
    total_weight = exact_sum(w for _, _, w in base.komponen)
    weighted_sum = exact_sum(CONTEXT.multiply(n, w) for _, n, w in base.komponen)
    items: list[Answer] = []
    for name, nilai, weight in base.komponen:
        potongan = base.potongan
        # Σ w·nilai of the other indicators, exact
        others = CONTEXT.subtract(weighted_sum, CONTEXT.multiply(nilai, weight))

        forward = _IkpaForward(scores=tuple(scores.items()), name=name, options=options)
        # IKPA = (others + w·x) / Σw − potongan  ⇒  x = ((v + potongan)·Σw − others) / w
        closed = _Linear(
            a=CONTEXT.divide(CONTEXT.subtract(CONTEXT.multiply(potongan, total_weight), others),
                             weight),
            b=CONTEXT.divide(total_weight, weight))

        q = Question(forward=forward, formula=f"ikpa(scores with {name}=x).value", vary=name,
                     goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED, direction="least",
                     increasing=True, rounding=rounding, measure_name="nilai IKPA",
                     closed_form=closed,
                     closed_form_text=f"x = ((IKPA + potongan) × Σw − Σ others) / w_{name}",
                     title=f"Score of {name} needed for IKPA {goal} (others fixed)",
                     label=name, reference=base.aturan.citation,
                     upper_reason="an indicator scores at most 100",
                     details=(("current", nilai), ("bobot", weight)),
                     sources=sources_of((n, v) for n, v in scores.items() if n != name))
        items.append(q.answer())
    return SolutionSet(title=f"IKPA {goal}: score needed per indicator ({base.aturan.name})",
                       items=tuple(items),
                       summary=(("nilai IKPA", base.value), ("kategori", base.kategori)))


def _raises(start: tuple[tuple[str, Decimal, Decimal], ...], needed: Decimal, inclusive: bool,
            grid: Decimal, trace: Trace | None) -> tuple[tuple[str, Decimal], ...] | None:
    """Least-total raises: ``Σ w·Δ ≥ needed`` (``>`` if not inclusive), ``Δ ≤ 100 − nilai``.

    Greedy by weight (ties: more room first, then the rule's order) fills the
    heaviest indicators first; this is optimal on the grid, because the most
    IKPA a given total of points can buy is obtained that way.
    """
    order = sorted(range(len(start)),
                   key=lambda i: (start[i][2].copy_negate(),
                                  CONTEXT.subtract(start[i][1], HUNDRED), i))
    remaining = needed
    out: list[tuple[str, Decimal]] = []
    for i in order:
        if remaining < 0 or (remaining == 0 and inclusive):
            break
        name, nilai, weight = start[i]
        room = CONTEXT.subtract(HUNDRED, nilai)
        if room <= 0 or weight == 0:
            continue
        # least grid Δ with w·Δ ≥ remaining (or > remaining)
        steps = CONTEXT.divide(remaining, CONTEXT.multiply(weight, grid))
        k = int(steps.to_integral_value(rounding=decimal.ROUND_CEILING, context=CONTEXT))
        if not inclusive and CONTEXT.multiply(Decimal(k), CONTEXT.multiply(weight, grid)) <= \
                remaining:
            k += 1
        k_room = int(CONTEXT.divide(room, grid).to_integral_value(
            rounding=decimal.ROUND_FLOOR, context=CONTEXT))
        k = min(k, k_room)
        if k <= 0:
            continue
        delta = CONTEXT.multiply(Decimal(k), grid)
        out.append((name, delta))
        remaining = CONTEXT.subtract(remaining, CONTEXT.multiply(weight, delta))
        if trace is not None:
            trace.add(f"raise {name}", f"min(room {room}, least Δ with w × Δ covering the rest)",
                      (("bobot", weight), ("nilai", nilai), ("rest before", CONTEXT.add(
                          remaining, CONTEXT.multiply(weight, delta)))), delta)
    if remaining > 0 or (remaining == 0 and not inclusive):
        return None
    return tuple(out)


@attrs.frozen(kw_only=True)
class RaiseSet(Figure):
    """The least total of indicator raises that lifts the IKPA to a category.

    ``value`` is the total points raised (the objective: least total points);
    ``raises`` lists ``(indicator, from, to)``; ``figure`` is the IKPA computed
    by :func:`sakip.ikpa` with the raised scores.  Built by :func:`kenaikan_ikpa`.

    >>> import sakip
    >>> plan = sakip.simulasi.kenaikan_ikpa(
    ...     {"revisi_dipa": 80, "deviasi_halaman_iii_dipa": 80, "penyerapan_anggaran": 80,
    ...      "belanja_kontraktual": 80, "penyelesaian_tagihan": 80, "pengelolaan_up_tup": 80,
    ...      "capaian_output": 80}, aturan="per-5-pb-2024", kategori="Baik")
    >>> plan.value, plan.to_rows()[0]["indikator"], plan.figure.kategori
    (Decimal('40.00'), 'capaian_output', 'Baik')
    """

    #: The current indicator scores (``None`` where not assessed).
    scores: tuple[tuple[str, Decimal | None], ...]
    #: The IKPA rule set name.
    aturan: str
    #: The dispensasi SPM deduction, or ``None``.
    dispensasi_spm: Decimal | None
    #: The IKPA goal to reach (a category by default).
    goal: Goal
    #: The rounding under which the goal is judged, or ``None`` (exact).
    rounding: Rounding | None
    #: The score grid of the raises (``0.01`` points by default).
    grid: Decimal
    #: The scores as given (numbers or calculators' results) and the options of
    #: :func:`sakip.ikpa` they were asked with; the plan and ``figure`` are computed
    #: from them (``scores`` holds the values counted).  ``None``: ``scores`` with
    #: ``aturan`` and ``dispensasi_spm``.
    asked: tuple[tuple[tuple[str, Any], ...], _IkpaOptions] | None = attrs.field(
        default=None, repr=False)

    def _ikpa(self, raised: Mapping[str, Decimal]) -> Any:
        """:func:`sakip.ikpa` of the scores with ``raised`` replacing some of them."""
        if self.asked is None:
            options = _IkpaOptions(aturan=self.aturan, dispensasi_spm=self.dispensasi_spm)
            return options.ikpa(dict(self.scores) | dict(raised))
        given, options = self.asked
        return options.ikpa(dict(given) | dict(raised))

    @property
    def raises(self) -> tuple[tuple[str, Decimal, Decimal], ...]:
        """``(indicator, current score, raised score)`` for each raised indicator."""
        current = dict(self.scores)
        out = []
        for name, delta in _raise_plan(self, None) or ():
            before = current[name]
            assert before is not None
            out.append((name, before, CONTEXT.add(before, delta)))
        return tuple(out)

    @property
    def figure(self) -> Any:
        """The IKPA with the raised scores, through :func:`sakip.ikpa`."""
        return self._ikpa({name: after for name, _, after in self.raises})

    @property
    def reachable(self) -> bool:
        """Always True (an unreachable goal gives :class:`Unreachable`)."""
        return True

    def _derive(self, trace: Trace) -> Decimal:
        plan = _raise_plan(self, trace)
        assert plan is not None
        total = exact_sum(d for _, d in plan)
        trace.add("total raised", "Σ Δ", tuple(plan), total,
                  note="least total points; the greedy order (heaviest weight first) is optimal")
        return total

    def _title(self) -> str:
        return f"Least total raises for IKPA {self.goal} ({self.aturan})"

    def _reference(self) -> str:
        return rules.find("ikpa", self.aturan).citation

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per raised indicator: indikator, nilai, nilai_baru, and the raise as
        ``value`` (exact) and ``rounded`` (under ``rounding``, 2 decimals half-up if None)."""
        policy = check_rounding(rounding)
        out = []
        for name, before, after in self.raises:
            delta = CONTEXT.subtract(after, before)
            out.append({"indikator": name, "nilai": before, "nilai_baru": after,
                        "value": delta, "rounded": policy.apply(delta)})
        return out

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The whole plan as one row: goal, aturan, the IKPA reached, the raises as text,
        and the total raised as ``value`` and ``rounded``."""
        policy = check_rounding(rounding)
        return {"goal": str(self.goal), "aturan": self.aturan,
                "nilai_ikpa": self.figure.value,
                "kenaikan": ", ".join(f"{n} +{_text(CONTEXT.subtract(a, b))}"
                                      for n, b, a in self.raises),
                "value": self.value, "rounded": policy.apply(self.value)}

    def _repr_html_(self) -> str:
        return _html_table(self._title(), self.to_rows())


def _raise_plan(data: RaiseSet, trace: Trace | None) -> tuple[tuple[str, Decimal], ...] | None:
    base = data._ikpa({})
    region = _value_region(data.goal, data.rounding)
    if region.lower is None:  # the table's lowest category (Kurang or better): always met
        if trace is not None:
            trace.add("goal", f"nilai IKPA {data.goal}", (("nilai IKPA", base.value),),
                      "any nilai IKPA", note="the lowest category: no raise is needed")
        return ()
    total_weight = exact_sum(w for _, _, w in base.komponen)
    weighted_sum = exact_sum(CONTEXT.multiply(n, w) for _, n, w in base.komponen)
    # IKPA = Σ w·nilai / Σw − potongan, so the raises must add
    # Σ w·Δ ≥ (threshold + potongan)·Σw − Σ w·nilai: exact, no division.
    needed = CONTEXT.subtract(
        CONTEXT.multiply(CONTEXT.add(region.lower, base.potongan), total_weight), weighted_sum)
    if trace is not None:
        trace.add("goal", f"nilai IKPA {data.goal}", (("nilai IKPA", base.value),
                  ("rounding", str(data.rounding) if data.rounding else "none (exact)")),
                  f"nilai IKPA {region.bounds_text()}")
        trace.add("needed", "(threshold + potongan) × Σ bobot − Σ bobot × nilai",
                  (("Σ bobot", total_weight), ("Σ bobot × nilai", weighted_sum),
                   ("potongan", base.potongan)),
                  needed, note="weighted points the raises must add")
    return _raises(base.komponen, needed, region.lower_inclusive, data.grid, trace)


@keyword_only()
def kenaikan_ikpa(
    scores: Mapping[str, Number | None],
    *positional: Never,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    blu: bool = False,
    triwulan: int | None = None,
    opsi: Sequence[str] = (),
    di_atas_100: str = "batasi",
) -> RaiseSet | Unreachable:
    """The smallest set of indicator raises (least total points) that reaches an IKPA category.

    The objective is the least total of points raised over all indicators
    (each raise on the score grid, no score above 100).  A point on an
    indicator of weight w adds ``w / Σw`` to the IKPA, so the heaviest
    indicators are raised first; ties go to the indicator with more room,
    then to the rule's order.  That greedy plan is optimal on the grid.

    The parameters are those of :func:`skor_ikpa_untuk`; ``aturan``,
    ``tahun``, ``dispensasi_spm``, ``blu``, ``triwulan``, ``opsi`` and
    ``di_atas_100`` are passed on to :func:`sakip.ikpa` unchanged.  A score
    counted above 100 (``di_atas_100="pertahankan"``) has no room and is not
    raised; a raised indicator becomes a plain score.

    Returns
    -------
    RaiseSet or Unreachable
        The plan (``value`` = total points), or the reason (every indicator at
        100 still short, e.g. because of the dispensasi deduction).

    References
    ----------
    PER-5/PB/2022 and PER-5/PB/2024 (weights, categories); the objective is
    sakip's, documented here, not a regulation's.

    Examples
    --------
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
    ...      "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 90}
    >>> plan = kenaikan_ikpa(s, aturan="per-5-pb-2024")
    >>> plan.value, [(n, str(b), str(a)) for n, b, a in plan.raises]
    (Decimal('4.00'), [('capaian_output', '90', '94.00')])
    >>> plan.figure.kategori
    'Sangat Baik'
    """
    if positional:
        raise call_error(kenaikan_ikpa, positional, locals())
    options = _ikpa_options(aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100)
    base, goal = _ikpa_setup(scores, kategori, options, rounding)
    grid_ = _grid(grid)
    # the scores as the IKPA counted them (a calculator's 110 capped at 100), None if not assessed
    counted = {name: nilai for name, nilai, _ in base.komponen}
    kept = tuple((name, counted.get(name)) for name in scores)
    dispensasi = base.potongan if base.aturan.dispensasi == "potongan" else None
    plan = RaiseSet(value=ZERO, scores=kept, aturan=base.aturan.name, dispensasi_spm=dispensasi,
                    goal=goal, rounding=rounding, grid=grid_, sources=sources_of(scores.items()),
                    asked=(tuple(scores.items()), options))
    steps = _raise_plan(plan, None)
    if steps is None:
        # every assessed indicator with room at 100 (one counted above 100 kept as given)
        best = plan._ikpa({n: HUNDRED for n, v in kept if v is not None and v < HUNDRED})
        reason = (f"even with every assessed indicator at 100 the IKPA is {_brief(best.value)}, "
                  f"not {goal}")
        q = Question(forward=_Constant(best), formula="ikpa(all assessed indicators = 100)",
                     vary="scores", goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED,
                     increasing=True, rounding=rounding, measure_name="nilai IKPA",
                     title=f"Least total raises for IKPA {goal}", unreachable_reason=reason,
                     reference=base.aturan.citation)
        return Unreachable(question=q, reason=reason)
    return plan._computed(exact_sum(d for _, d in steps))


@keyword_only()
def kenaikan_ikpa_dari_nilai(
    *positional: Never,
    nilai: Number,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
) -> SolutionSet:
    """From a published IKPA total alone, the raise of each indicator that would reach a category.

    When only the nilai IKPA is known (an LKj prints 91,95, not the
    indicators), the raise an indicator needs is still exact: with every
    indicator assessed, one point on an indicator of weight w adds ``w / 100``
    to the IKPA.  A raise above 100 points is impossible whatever the scores
    (:class:`Unreachable`); a smaller one is possible if the indicator's score
    is at most ``100 − raise`` (the scores are not known).

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024 (weights, categories).

    Examples
    --------
    >>> r = kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023)
    >>> r.summary[0], r["capaian_output"].value, r["dispensasi_spm"].value
    (('nilai IKPA needed', Decimal('95')), Decimal('12.20'), Decimal('61.00'))
    """
    if positional or nilai is REQUIRED:
        raise call_error(kenaikan_ikpa_dari_nilai, positional, locals())
    from sakip.composite import check_score
    from sakip.ikpa import KATEGORI_IKPA, _rule

    # as sakip.ikpa chooses it: aturan or tahun, and with both, a year the rule set is in force
    rule = _rule(aturan, tahun, ())
    current = check_score(nilai, "nilai")
    goal = Goal.from_label_bands(KATEGORI_IKPA, kategori)
    _check_range(goal, ZERO, HUNDRED, "0–100 (nilai IKPA)")
    _check_rounding(rounding)
    grid_ = _grid(grid)
    total_weight = exact_sum(w for _, w in rule.weights)
    region = _value_region(goal, rounding)
    items: list[Answer] = []
    for name, weight in rule.weights:

        forward = _RaiseForward(current=current, total_weight=total_weight, name=name,
                                weight=weight, citation=rule.citation)
        measure = _RaiseMeasure(total_weight=total_weight, weight=weight)
        # x = (v − nilai) × Σw / w
        closed = _Linear(a=CONTEXT.divide(CONTEXT.multiply(current, total_weight),
                                          weight).copy_negate(),
                         b=CONTEXT.divide(total_weight, weight))

        q = Question(forward=forward, formula=f"nilai + bobot_{name} × x / Σ bobot", vary=name,
                     goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED, direction="least",
                     increasing=True, rounding=rounding, measure=measure,
                     measure_name="nilai IKPA", closed_form=closed,
                     closed_form_text=f"x = (IKPA needed − nilai) × Σ bobot / bobot_{name}",
                     title=f"Raise of {name} needed for IKPA {goal} from {_text(current)}",
                     label=name, reference=rule.citation,
                     upper_reason="a raise of more than 100 points is impossible",
                     details=(("bobot", weight),))
        items.append(q.answer())
    # the table's lowest category (Kurang or better) has no lower bound: any IKPA, from 0
    lowest = ZERO if region.lower is None else region.lower
    needed = lowest if region.lower_inclusive else None
    summary: list[tuple[str, Any]] = [("nilai IKPA needed", needed if needed is not None
                                       else f"> {_text(lowest)}")]
    gap = CONTEXT.subtract(lowest, current)
    summary.append(("gap", gap if gap > 0 else ZERO))
    return SolutionSet(title=f"IKPA {goal} from {_text(current)}: raise per indicator "
                       f"({rule.name})", items=tuple(items), summary=tuple(summary))


# ---------------------------------------------------------------------- LKE


def _lke_totals(evaluasi: object) -> tuple[dict[str, Any], str]:
    """The component totals and LKE rule set name of an evaluation result."""
    from sakip.predikat import LKERuleSet

    totals = getattr(evaluasi, "komponen", None)
    rule = getattr(evaluasi, "aturan", None)
    rule = getattr(rule, "rule", rule)  # a worksheet rule set names its LKE rule set
    pairs = isinstance(totals, tuple) and all(isinstance(p, tuple) and len(p) == 2
                                              for p in totals)
    points = dict(totals) if isinstance(totals, Mapping) or pairs else None  # type: ignore[arg-type]
    if points is None or not isinstance(rule, LKERuleSet):
        raise InvalidTypeError(field="evaluasi", expected="an evaluation result "
                               "(sakip.evaluasi_akip(...)) with points per component",
                               received=evaluasi)
    return points, rule.name


@keyword_only()
def poin_lke_untuk(
    evaluasi: Any = None,
    /,
    *positional: Never,
    predikat: str | None = None,
    aturan: str = "permenpanrb-88-2021",
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    **komponen: Number,
) -> SolutionSet:
    """For each LKE component, the least points (others fixed) that reach a predikat.

    Parameters
    ----------
    evaluasi:
        An evaluation result whose component totals to start from: a
        :class:`~sakip.EvaluasiAKIP`, or a worksheet result of :func:`sakip.lke`
        (any result with ``komponen`` points per component and its LKE rule
        set as ``aturan``); or give the points as keywords instead.
    predikat:
        The predikat to reach, *or better*; default the next one above the
        current predikat.  Band edges follow the table: ``> 90`` is AA, so
        90,00 is still A.
    aturan, **komponen:
        As for :func:`sakip.evaluasi_akip` (points per component).
    rounding:
        How the nilai is printed (``None``: exact).
    grid:
        The precision of component points (two decimals).

    Returns
    -------
    SolutionSet
        One answer per component (``Unreachable`` when the component's maximum
        is not enough); ``summary`` holds the current nilai and predikat and the
        total points still needed (which may be spread over several components).

    Notes
    -----
    ``nilai = Σ components``: the component needs ``x = nilai_needed − Σ others``,
    where ``nilai_needed`` is the least nilai on the grid above the band's lower
    bound (exclusive: 80,01 for A, 90,01 for AA at two decimals).

    References
    ----------
    PermenPANRB 88/2021 (components and predikat bands; 12/2015 for the older
    rule set).

    Examples
    --------
    >>> r = poin_lke_untuk(perencanaan="24.50", pengukuran="25.00", pelaporan="12.00",
    ...                    evaluasi_internal="21.20")
    >>> dict(r.summary)["points needed"], [item.reachable for item in r]
    (Decimal('7.31'), [False, False, False, False])
    >>> print(r["pelaporan"].reason)  # doctest: +NORMALIZE_WHITESPACE
    even at pelaporan = 15 (the component's maximum (bobot 15)) the exact nilai is 85.70,
    not predikat AA or better (> 90)
    >>> poin_lke_untuk(perencanaan=20, pengukuran=20, pelaporan=10, evaluasi_internal=20)[
    ...     "perencanaan"].value
    Decimal('20.01')
    >>> import sakip
    >>> e = sakip.evaluasi_akip(perencanaan=27, pengukuran=27, pelaporan=13,
    ...                         evaluasi_internal=22)
    >>> poin_lke_untuk(e)["evaluasi_internal"].value  # 89,00 (A): AA needs 90,01
    Decimal('23.01')
    >>> worksheet = sakip.lke(dict.fromkeys(sakip.lke_codes(), "A"))  # 90,00: still A
    >>> dict(poin_lke_untuk(worksheet).summary)["points needed"]
    Decimal('0.01')
    """
    if positional:
        raise call_error(poin_lke_untuk, positional, locals())
    from sakip.predikat import LKERuleSet, Predikat, evaluasi_akip

    if evaluasi is not None:
        if komponen:
            raise InvalidValueError(field="komponen", expected="either an evaluation result "
                                    "or the points per component, not both",
                                    received=sorted(komponen))
        komponen, aturan = _lke_totals(evaluasi)
    base = evaluasi_akip(aturan=aturan, **komponen)
    if predikat is None:
        if base.predikat is Predikat.AA:
            raise InvalidValueError(field="predikat", expected="a predikat above the current "
                                    "one; the evaluation is already AA", received=None)
        order = sorted(Predikat, key=lambda p: p.rank)
        wanted = order[base.predikat.rank]
    else:
        wanted = Predikat.from_name(predikat)
    rule = base.aturan
    assert isinstance(rule, LKERuleSet)
    goal = Goal.from_predikat(wanted, aturan=rule.bands)
    _check_rounding(rounding)
    grid_ = _grid(grid)
    weights = dict(rule.components)
    points = dict(base.komponen)
    items: list[Answer] = []
    for name in rule.names:
        others = CONTEXT.subtract(base.value, points[name])

        forward = _Call(function=evaluasi_akip, vary=name,
                        fixed=(("aturan", aturan),
                               *((k, v) for k, v in points.items() if k != name)))
        closed = _Linear(a=others.copy_negate(), b=ONE)

        q = Question(forward=forward, formula=f"evaluasi_akip(..., {name}=x).value", vary=name,
                     goal=goal, grid=grid_, lower=ZERO, upper=weights[name], direction="least",
                     increasing=True, rounding=rounding, measure_name="nilai",
                     closed_form=closed, closed_form_text="x = nilai needed − Σ other components",
                     title=f"Points of {name} needed for {goal} (others fixed)", label=name,
                     reference=rule.citation,
                     upper_reason=f"the component's maximum (bobot {weights[name]})",
                     details=(("current", points[name]), ("maximum", weights[name])))
        items.append(q.answer())
    region = _value_region(goal, rounding)
    assert region.lower is not None
    # the least nilai on the grid inside the region
    least = region.lower.quantize(grid_, rounding=decimal.ROUND_CEILING, context=CONTEXT)
    if not region.lower_ok(least):
        least = CONTEXT.add(least, grid_)
    gap = CONTEXT.subtract(least, base.value)
    return SolutionSet(
        title=f"LKE points needed for {goal} ({rule.name}); now {_text(base.value)} "
        f"({base.predikat})", items=tuple(items),
        summary=(("nilai", base.value), ("predikat", str(base.predikat)),
                 ("nilai needed", least), ("points needed", gap if gap > 0 else ZERO)))


# --------------------------------------------------------- penyerapan TW


@keyword_only()
def realisasi_triwulan_untuk(
    *positional: Never,
    pagu: Mapping[str, Number],
    realisasi: Mapping[str, Number],
    triwulan: int,
    blokir: Mapping[str, Number] | None = None,
    target: Any = None,
    rounding: Rounding | None = None,
) -> SolutionSet:
    """Per jenis belanja, the cumulative realisasi needed by the end of a quarter, and what is left.

    Parameters
    ----------
    pagu:
        ``{jenis belanja: pagu}`` (``"51"``, ``"52"``, ``"53"``, ``"57"``).
    realisasi:
        ``{jenis belanja: cumulative realisasi so far}`` in the year.
    triwulan:
        The quarter (1–4) whose cumulative target is to be met.
    blokir:
        Blocked amounts, subtracted from pagu (the base is pagu − blokir).
    target:
        The quarterly targets (default
        :data:`sakip.ikpa.TARGET_PENYERAPAN_PER_5_PB_2024`, [C1]).
    rounding:
        How penyerapan is printed (``None``: exact, as the IKPA score uses it).

    Returns
    -------
    SolutionSet
        One answer per jenis belanja: ``value`` the least cumulative realisasi
        (whole rupiah) whose penyerapan reaches the target; the row's
        ``masih_diperlukan`` is what must still be spent (0 when met).

    Notes
    -----
    ``penyerapan = RA / (pagu − blokir) × 100 ≥ target_TW`` gives
    ``RA = target_TW × (pagu − blokir) / 100``, rounded up to whole rupiah and
    verified through :func:`sakip.penyerapan`.

    References
    ----------
    PER-5/PB/2024 (target penyerapan anggaran per triwulan, [C1]).

    Examples
    --------
    >>> r = realisasi_triwulan_untuk(pagu={"52": 1000000}, realisasi={"52": 120000},
    ...                              triwulan=1)
    >>> r["52"].value, r["52"].to_row()["masih_diperlukan"]
    (Decimal('150000'), Decimal('30000'))
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED or triwulan is REQUIRED:
        raise call_error(realisasi_triwulan_untuk, positional, locals())
    from sakip.budget import penyerapan
    from sakip.ikpa import TARGET_PENYERAPAN_PER_5_PB_2024, PenyerapanTargetRule

    rule = TARGET_PENYERAPAN_PER_5_PB_2024 if target is None else target
    if not isinstance(rule, PenyerapanTargetRule):
        raise InvalidTypeError(field="target", expected="a sakip.ikpa.PenyerapanTargetRule",
                               received=target)
    if isinstance(triwulan, bool) or not isinstance(triwulan, int) or not 1 <= triwulan <= 4:
        raise InvalidValueError(field="triwulan", expected="a quarter 1–4", received=triwulan)
    if not isinstance(pagu, Mapping) or not isinstance(realisasi, Mapping):
        raise InvalidTypeError(field="pagu", expected="mappings {jenis belanja: amount}",
                               received=type(pagu).__name__)
    _check_rounding(rounding)
    targets = dict(rule.targets)
    if not pagu:
        raise InvalidValueError(field="pagu", expected="at least one jenis belanja",
                                received=dict(pagu))
    # jenis belanja as sakip.ikpa.penyerapan_triwulan takes them: the codes "51".."57"
    for jenis in pagu:
        if jenis not in targets:
            raise UnknownNameError(field="pagu", expected="jenis belanja " + ", ".join(targets),
                                   received=jenis)
    for jenis in blokir or {}:
        if jenis not in pagu:
            raise UnknownNameError(field="blokir", expected="jenis belanja of pagu: "
                                   + ", ".join(pagu), received=jenis)
    if set(pagu) != set(realisasi):
        raise InvalidValueError(field="realisasi", expected=f"jenis belanja {sorted(pagu)}",
                                received=sorted(map(str, realisasi)))
    items: list[Answer] = []
    for jenis, amount in pagu.items():
        key = str(jenis)
        base = to_decimal(amount, field=f"pagu[{key}]", nonnegative=True)
        if blokir is not None and jenis in blokir:
            base = CONTEXT.subtract(base, to_decimal(blokir[jenis], field=f"blokir[{key}]",
                                                     nonnegative=True))
            if base < 0:
                raise InvalidValueError(field=f"blokir[{key}]", expected="blokir <= pagu",
                                        received=blokir[jenis])
        if base == 0:
            raise NotComputableError(field=f"pagu[{key}]", reason="pagu less blokir is zero")
        so_far = to_decimal(realisasi[jenis], field=f"realisasi[{key}]", nonnegative=True)
        if so_far > base:
            raise InvalidValueError(field=f"realisasi[{key}]",
                                    expected=f"realisasi <= pagu − blokir ({base})",
                                    received=realisasi[jenis])
        percent = targets[key][triwulan - 1]
        goal = Goal.at_least(percent, label=f"target TW {triwulan}")

        forward = _Call(function=penyerapan, fixed=(("pagu", base), ("label", key)),
                        vary="realisasi")
        closed = _Linear(a=ZERO, b=CONTEXT.divide(base, HUNDRED))

        q = Question(forward=forward, formula=f"penyerapan(pagu={_text(base)}, realisasi=x)",
                     vary="realisasi", goal=goal, grid=ONE, lower=ZERO, upper=base,
                     direction="least", increasing=True, rounding=rounding,
                     measure_name="penyerapan", closed_form=closed,
                     closed_form_text="RA = target × (pagu − blokir) / 100",
                     title=f"Realisasi {key} needed by the end of TW {triwulan} "
                     f"({_text(percent)} %)", label=key, reference=rule.citation,
                     upper_reason="realisasi ≤ pagu − blokir",
                     details=(("pagu", base), ("realisasi", so_far), ("target", percent)))
        answer = q.answer()
        if isinstance(answer, Solution):
            left = CONTEXT.subtract(answer.value, so_far)
            q = attrs.evolve(q, details=(*q.details,
                                         ("masih_diperlukan", left if left > 0 else ZERO)))
            answer = Solution(value=answer.value, question=q)
        items.append(answer)
    return SolutionSet(title=f"Realisasi needed by the end of TW {triwulan} ({rule.name})",
                       items=tuple(items))
