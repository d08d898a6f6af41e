"""The search engine of :mod:`sakip.simulasi`: the exact least (or greatest) grid input.

Used by :class:`~sakip.simulasi.Question` (``answer()``) and by the answers'
``explain()`` (:mod:`sakip.simulasi._answers`), which both call ``_solve``.
It imports no domain module: it knows a question only through its
``forward``, ``measure``, ``closed_form``, ``goal``, ``grid`` and bounds, so
every question family (capaian, efisiensi, IKPA, LKE, triwulan) shares it.
"""

# Algorithm notes:
#
# Definitions.  A question's input is x = k × grid for an integer k (the grid
# index); k runs over [lo, hi] with lo = ceil(lower / grid) and hi =
# floor(upper / grid) (hi is None when the input has no upper limit).
# _grid_index refuses |k| > _SEARCH_LIMIT (10^40), so k × grid and its
# neighbours are exact in the 50-digit CONTEXT.  The predicate pred(k)
# (_Probe) tests only the *primary* side of the goal region (_primary_side):
# the lower bound when the figure rises in the direction searched, the upper
# bound otherwise.  Because every figure is monotone in its input, pred is
# monotone: false then true for _least, true then false for _greatest.  The
# other side of the goal is checked once, on the answer (a goal narrower than
# one grid step "falls between two grid points" and is unreachable).
#
# Loop invariant.  _least: before the bisection, pred(hi) is true (known from
# the hint, from galloping, or checked), and every k < lo is false; each step
# keeps both (mid = (lo + hi) // 2: true -> hi = mid, false -> lo = mid + 1),
# so lo == hi is the least k.  _greatest mirrors it: pred(lo) is true, every
# k > hi is false, and mid = (lo + hi + 1) // 2 rounds up so the loop always
# moves.  With no upper limit, both first gallop (steps 1, 2, 4, ...) to a
# point where pred changes, then bisect.
#
# Hint safety.  The closed form, snapped to the grid in the direction of the
# search, is only a hint h: if pred(h) and not pred(h - 1) (for _least), h is
# the answer; otherwise h only narrows [lo, hi] to the side monotonicity
# allows.  A wrong hint (a closed form off by rounding, a flat stretch) costs
# at most two evaluations and never changes the answer, which is always the
# grid point where pred changes, checked by the ordinary API.  A closed form
# that cannot be evaluated at the threshold gives no hint: plain bisection.
#
# _Unbounded.  None from _least / _greatest means "no k in range satisfies
# pred" (the goal is out of reach).  _greatest raises _Unbounded instead when
# pred still holds at the search limit: every input reaches the goal, so there
# is no greatest one.  It is an exception, not a second sentinel, so that None
# keeps its one meaning; _solve turns both into an Unreachable reason.

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT
from sakip.errors import InvalidValueError, SakipError
from sakip.explain import Trace
from sakip.numbers import format_id
from sakip.simulasi._goal import GOAL, ROUNDING, _brief, _text, _value_region, rounding_words

if TYPE_CHECKING:
    from sakip.simulasi._question import Question

#: Unbounded searches (an input with no upper limit) stop here, in multiples of the grid.
_SEARCH_LIMIT = 10**40

_INFINITY_TEXT = "∞"


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


def _printed_text(q: Question, value: Decimal) -> str:
    if q.rounding is None:
        return _brief(value)
    return format_id(value, q.rounding.places, q.rounding.mode)


#: The words of an answer's derivation and of its reasons (in both languages).
_PRINTED = Teks(id="tercetak {what}", en="printed {what}")
_EXACT = Teks(id="eksak {what}", en="exact {what}")
_PRINTED_MEASURE = Teks(id="{what} tercetak", en="printed {what}")
_EXACT_MEASURE = Teks(id="{what} eksak", en="exact {what}")
_GOAL_NOTE = Teks(id="daerah nilai eksak yang angka tercetaknya mencapai sasaran",
                  en="the region of the exact value whose printed figure reaches the goal")
_SHOWN_GOAL = Teks(id="{shown} {goal}", en="{shown} {goal}")
_ANSWER = Teks(id="jawaban", en="answer")
_UNREACHABLE = Teks(id="tidak tercapai", en="unreachable")
_REASON = Teks(id="alasan", en="reason")
_CLOSED_FORM = Teks(id="bentuk tertutup", en="closed form")
_THRESHOLD = Teks(id="ambang {what}", en="{what} threshold")
_SNAPPED = Teks(id="dibulatkan ke kisi {grid}: {x}, lalu diverifikasi",
                en="snapped to the grid {grid}: {x}, then verified")
_SEARCH = Teks(id="pencarian", en="search")
_EVALUATIONS = Teks(id="evaluasi", en="evaluations")
_LEAST = Teks(id="terkecil", en="least")
_GREATEST = Teks(id="terbesar", en="greatest")
_SEARCH_TEXT = Teks(
    id="{vary} {direction} = k × {grid} dalam [{lower}, {upper} dengan batas {side} {shown} "
       "terpenuhi",
    en="{direction} {vary} = k × {grid} in [{lower}, {upper} with {shown} {side} bound met")
_SIDES = {"lower": Teks(id="bawah", en="lower"), "upper": Teks(id="atas", en="upper")}
_NONE = Teks(id="tidak ada", en="none")
_NEVER = Teks(id="{measure} tidak mencapai {goal} untuk {vary} mana pun sampai {limit}",
              en="{measure} does not reach {goal} for any {vary} up to {limit}")
_EVEN_AT = Teks(id="bahkan pada {vary} = {end}{why}, {shown} adalah {value}, bukan {goal}",
                en="even at {vary} = {end}{why} the {shown} is {value}, not {goal}")
_WHY = Teks(id=" ({why})", en=" ({why})")
_NO_GREATEST = Teks(id="tidak ada {vary} terbesar: setiap {vary} sampai {limit} mencapai {goal}",
                    en="no greatest {vary}: every {vary} up to {limit} reaches {goal}")
_BISECTION = Teks(id="biseksi eksak atas indeks kisi k",
                  en="exact bisection over the grid indices k")
_CONFIRMED = Teks(id="bentuk tertutup terkonfirmasi pada kisi",
                  en="closed form confirmed on the grid")
_BETWEEN = Teks(id="sasaran {goal} jatuh di antara dua titik kisi: pada {vary} = {x} {shown} "
                   "sudah {value}",
                en="the goal {goal} falls between two grid points: at {vary} = {x} the {shown} "
                   "is already {value}")
_CHECK = Teks(id="periksa {vary} = {x}", en="check {vary} = {x}")
_REACHES = Teks(id="{shown}: mencapai {goal}", en="{shown}: reaches {goal}")
_OUTSIDE_RANGE = Teks(id="di luar rentang masukan", en="outside the input's range")
_OUTSIDE = Teks(id="di luar", en="outside")
_RANGE_END = Teks(id="{x} adalah ujung {limit} rentang{why}", en="{x} is the {limit} end of the "
                                                                "range{why}")
_SPACE_WHY = Teks(id=" {why}", en=" {why}")
_NEXT_POINT = Teks(id="titik kisi berikutnya ke arah lain",
                   en="the next grid point the other way")
_DOES_NOT_REACH = Teks(id="{shown}: tidak mencapai {goal}", en="{shown}: does not reach {goal}")
_ANSWER_TEXT = Teks(id="{vary} {direction}", en="{direction} {vary}")
_ON_GRID = Teks(id="{vary} {x} pada kisi {grid}", en="{vary} {x} on the grid {grid}")


def _shown(q: Question, value: Decimal) -> str:
    """``printed 101,10`` under the question's rounding, ``exact 94.9975`` without one."""
    return Pesan(_PRINTED if q.rounding is not None else _EXACT, what=_printed_text(q, value))


def _solve(q: Question, trace: Trace | None) -> tuple[Decimal | None, str]:
    """Answer ``q``: ``(x, "")`` or ``(None, reason)``, recording steps in ``trace``."""
    goal_text = str(q.goal)
    shown = Pesan(_PRINTED_MEASURE if q.rounding is not None else _EXACT_MEASURE,
                  what=q.measure_name)
    region = _value_region(q.goal, q.rounding)
    if trace is not None:
        trace.add(Pesan(GOAL), Pesan(_SHOWN_GOAL, shown=shown, goal=goal_text),
                  ((Pesan(GOAL), goal_text), (Pesan(ROUNDING), rounding_words(q.rounding))),
                  Pesan(_SHOWN_GOAL, shown=q.measure_name, goal=region.bounds_text()),
                  note=Pesan(_GOAL_NOTE) if q.rounding is not None else "")
    if q.unreachable_reason is not None:
        if trace is not None:
            trace.add(Pesan(_ANSWER), Pesan(_UNREACHABLE),
                      ((Pesan(_REASON), q.unreachable_reason),), Pesan(_UNREACHABLE))
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
                trace.add(Pesan(_CLOSED_FORM), q.closed_form_text,
                          ((Pesan(_THRESHOLD, what=q.measure_name), threshold),), x_star,
                          note=Pesan(_SNAPPED, grid=_text(q.grid),
                                     x=_text(CONTEXT.multiply(Decimal(hint), q.grid))))
    pred = _Probe(q, side)
    lo = _grid_index(q.lower, q.grid, decimal.ROUND_CEILING)
    hi = None if q.upper is None else _grid_index(q.upper, q.grid, decimal.ROUND_FLOOR)
    unbounded = False
    try:
        k = _least(pred, lo, hi, hint) if want_least else _greatest(pred, lo, hi, hint)
    except _Unbounded:
        k, unbounded = None, True
    upper_text = f"{_INFINITY_TEXT})" if q.upper is None else f"{_text(q.upper)}]"
    direction = _LEAST if want_least else _GREATEST
    search = Pesan(_SEARCH_TEXT, direction=direction, vary=q.vary, grid=_text(q.grid),
                   lower=_text(q.lower), upper=upper_text, shown=shown, side=_SIDES[side])
    limit_text = _text(CONTEXT.multiply(Decimal(_SEARCH_LIMIT), q.grid))
    reason: str
    if k is None:
        if not unbounded:
            end = q.lower if (side == "lower") != q.increasing else q.upper
            if end is None:
                reason = Pesan(_NEVER, measure=q.measure_name, goal=goal_text, vary=q.vary,
                               limit=limit_text)
            else:
                why = Pesan(_WHY, why=q.upper_reason) if (
                    end == q.upper and q.upper_reason) else ""
                reason = Pesan(_EVEN_AT, vary=q.vary, end=_text(end), why=why, shown=shown,
                               value=_printed_text(q, q.printed_at(end)), goal=goal_text)
        else:
            reason = Pesan(_NO_GREATEST, vary=q.vary, limit=limit_text, goal=goal_text)
        if trace is not None:
            trace.add(Pesan(_SEARCH), search, ((Pesan(_EVALUATIONS), len(pred.memo)),),
                      Pesan(_NONE), note=reason)
            trace.add(Pesan(_ANSWER), Pesan(_UNREACHABLE), ((Pesan(_REASON), reason),),
                      Pesan(_UNREACHABLE))
        return None, reason
    x = pred.x(k)
    if trace is not None:
        trace.add(Pesan(_SEARCH), search, ((Pesan(_EVALUATIONS), len(pred.memo)),), x,
                  note=Pesan(_BISECTION) if hint is None else Pesan(_CONFIRMED))
    value_x = q.measure(q.forward(x))
    printed_x = q.printed_at(x)
    if not q.goal.contains(printed_x):
        reason = Pesan(_BETWEEN, goal=goal_text, vary=q.vary, x=_text(x), shown=shown,
                       value=_printed_text(q, printed_x))
        if trace is not None:
            trace.add(Pesan(_ANSWER), Pesan(_UNREACHABLE), ((Pesan(_REASON), reason),),
                      Pesan(_UNREACHABLE))
        return None, reason
    if trace is not None:
        trace.add(Pesan(_CHECK, vary=q.vary, x=_text(x)), q.formula,
                  (("x", x),), value_x,
                  note=Pesan(_REACHES, shown=_shown(q, printed_x), goal=goal_text))
        step = CONTEXT.subtract(x, q.grid) if want_least else CONTEXT.add(x, q.grid)
        beyond = step < q.lower if want_least else (q.upper is not None and step > q.upper)
        if beyond:
            why = Pesan(_SPACE_WHY, why=q.upper_reason) if (
                q.upper_reason and not want_least) else ""
            trace.add(Pesan(_CHECK, vary=q.vary, x=_text(step)), Pesan(_OUTSIDE_RANGE),
                      (("x", step),), Pesan(_OUTSIDE),
                      note=Pesan(_RANGE_END, x=_text(x), why=why,
                                 limit=_SIDES["lower" if want_least else "upper"]))
        else:
            value_s = q.measure(q.forward(step))
            trace.add(Pesan(_CHECK, vary=q.vary, x=_text(step)), Pesan(_NEXT_POINT),
                      (("x", step),), value_s,
                      note=Pesan(_DOES_NOT_REACH, shown=_shown(q, q.printed_at(step)),
                                 goal=goal_text))
        trace.add(Pesan(_ANSWER), Pesan(_ANSWER_TEXT, direction=direction, vary=q.vary),
                  ((q.vary, x),), x,
                  note=Pesan(_ON_GRID, vary=q.vary, x=format_id(x), grid=format_id(q.grid)))
    return x, ""
