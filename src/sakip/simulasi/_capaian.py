"""Capaian questions: :func:`realisasi_untuk` (and the predikat target it handles).

The domain modules (``indicators``, ``predikat``) are imported inside the
question, so asking a capaian question never loads the IKPA rules.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Never

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, HUNDRED, ONE, TWO, ZERO, Number, to_decimal
from sakip.errors import REQUIRED, InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, sources_of
from sakip.numbers import Rounding

if TYPE_CHECKING:
    from sakip.predikat import Predikat

from sakip.simulasi._answers import Solution, Unreachable
from sakip.simulasi._goal import Goal, _text, _value_region
from sakip.simulasi._question import Direction, Question, _Call, _Linear, _Reciprocal
from sakip.simulasi._solve import _check_direction, _check_range, _check_rounding, _grid, _precision

#: The questions' titles and reasons (in both languages).
_CAPPED = Teks(id="capaian dibatasi pada {cap}: capaian tercetak tidak dapat mencapai {goal}",
               en="capaian is capped at {cap}: the printed capaian cannot reach {goal}")
_TITLE = Teks(id="Realisasi yang diperlukan untuk capaian {goal} (target {target}, {polarisasi})",
              en="Realisasi needed for capaian {goal} (target {target}, {polarisasi})")
_TITLE_PREDIKAT = Teks(id="Predikat yang diperlukan untuk capaian {goal} (target {target})",
                       en="Predikat needed for capaian {goal} (target {target})")
_CALL_PREDIKAT = Teks(id="capaian(target={target}, realisasi=predikat berperingkat x)",
                      en="capaian(target={target}, realisasi=the predikat of rank x)")
_CLOSED_PREDIKAT = Teks(id="peringkat(R) = capaian × peringkat(T) / 100 (peringkat D = 1 … AA = 7)",
                        en="rank(R) = capaian × rank(T) / 100 (ranks D = 1 … AA = 7)")
_AA = Teks(id="AA, predikat tertinggi", en="AA, the highest predikat")
_FROM_BELOW = Teks(id="R = capaian × L / 100 (dari bawah rentang)",
                   en="R = capaian × L / 100 (from below the range)")
_FROM_ABOVE = Teks(id="R = 2U − capaian × U / 100 (dari atas rentang)",
                   en="R = 2U − capaian × U / 100 (from above the range)")
_REFERENCE = Teks(id="PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI (rumus capaian)",
                  en="PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI (capaian formulas)")

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
            text = Pesan(_FROM_BELOW)
        else:
            lower = low  # capaian falls on [L, ∞)
            increasing = False
            closed = _Linear(a=CONTEXT.multiply(TWO, high),
                             b=CONTEXT.divide(high, HUNDRED).copy_negate())
            text = Pesan(_FROM_ABOVE)

    unreachable = None
    region = _value_region(goal, rounding)
    assert region.lower is not None
    if cap_d is not None and not Goal(lower=region.lower,
                                      lower_inclusive=region.lower_inclusive).lower_ok(cap_d):
        unreachable = Pesan(_CAPPED, cap=_text(cap_d), goal=goal)

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
        title=Pesan(_TITLE, goal=goal, target=t_text, polarisasi=pol.value),
        reference=Pesan(_REFERENCE),
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
        unreachable = Pesan(_CAPPED, cap=_text(cap), goal=goal)
    ranks = [p.rank for p in Predikat]
    rank_t = PREDIKAT_ORDINAL.rank(target)
    question = Question(
        forward=_PredikatForward(target=target, cap=cap, floor=floor),
        formula=Pesan(_CALL_PREDIKAT, target=target),
        vary="realisasi", goal=goal, grid=ONE, lower=Decimal(min(ranks)),
        upper=Decimal(max(ranks)), direction="least", increasing=True, rounding=rounding,
        measure_name="capaian", closed_form=_Linear(a=ZERO, b=CONTEXT.divide(rank_t, HUNDRED)),
        closed_form_text=Pesan(_CLOSED_PREDIKAT),
        title=Pesan(_TITLE_PREDIKAT, goal=goal, target=target),
        reference=PREDIKAT_ORDINAL.citation, upper_reason=Pesan(_AA),
        unreachable_reason=unreachable, sources=sources)
    answer = question.answer()
    if isinstance(answer, Solution):
        realised = next(p for p in Predikat if p.rank == int(answer.value))
        question = attrs.evolve(question, details=(("predikat", str(realised)),))
        answer = Solution(value=answer.value, question=question, sources=sources)
    return answer
