"""A what-it-takes :class:`Question` and the generic forward models and closed forms.

``_Call`` (the ordinary API with one input at ``x``), ``_Linear`` and
``_Reciprocal`` (closed forms), ``_Constant``: small frozen classes rather
than closures, so that questions compare, print and pickle.  Used by
:func:`~sakip.simulasi.solve` and by every question family.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT
from sakip.explain import Figure, Tabular
from sakip.numbers import Rounding
from sakip.simulasi._answers import Solution, Unreachable
from sakip.simulasi._goal import Goal, _rounds
from sakip.simulasi._search import _solve

#: The name of the measured number when none is given: the figure's ``value``, in words.
VALUE_NAME = Pesan(Teks(id="nilai", en="value"))

#: ``"least"``: the smallest input that reaches the goal; ``"greatest"``: the largest.
Direction: TypeAlias = Literal["least", "greatest"]


# ------------------------------------------------------------------ question


def _measure_value(figure: Any) -> Decimal:
    value = figure.value
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

    def __repr__(self) -> str:  # the function by name: never a memory address
        name = getattr(self.function, "__qualname__", type(self.function).__name__)
        return f"_Call({name}, fixed={tuple(key for key, _ in self.fixed)!r})"
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
    measure_name: str = VALUE_NAME
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
