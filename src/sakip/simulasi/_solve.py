"""The general :func:`solve` and the argument checks the question families share.

``_grid``, ``_check_direction``, ``_check_rounding``, ``_precision`` and
``_check_range`` refuse bad arguments with sakip's errors, the same way for
:func:`solve` and for every named question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Never

from sakip._decimal import CONTEXT, ONE, Number, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    UnknownNameError,
    call_error,
    keyword_only,
    shown,
)
from sakip.explain import Figure, sources_of
from sakip.numbers import Rounding
from sakip.simulasi._answers import Solution, Unreachable
from sakip.simulasi._goal import Goal, _brief, _text
from sakip.simulasi._question import VALUE_NAME, Direction, Question, _Call, _measure_value

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
    measure_name: str = VALUE_NAME,
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
