"""LKE questions: :func:`poin_lke_untuk` (the least points of each component for a predikat).

``predikat`` is imported inside the question.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from typing import Any, Never

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, ONE, ZERO, Number
from sakip.errors import InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.numbers import Rounding
from sakip.simulasi._answers import Answer, SolutionSet
from sakip.simulasi._goal import Goal, _text, _value_region
from sakip.simulasi._question import Question, _Call, _Linear
from sakip.simulasi._solve import _check_rounding, _grid

#: The questions' titles and reasons (in both languages).
_POINTS_OF = Teks(id="Poin {name} yang diperlukan untuk {goal} (yang lain tetap)",
                  en="Points of {name} needed for {goal} (others fixed)")
_MAXIMUM = Teks(id="maksimum komponen (bobot {bobot})",
                en="the component's maximum (bobot {bobot})")
_CLOSED = Teks(id="x = nilai yang diperlukan − Σ komponen lain",
               en="x = nilai needed − Σ other components")
_LKE_POINTS = Teks(id="Poin LKE yang diperlukan untuk {goal} ({aturan}); kini {now} ({predikat})",
                   en="LKE points needed for {goal} ({aturan}); now {now} ({predikat})")

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
    >>> dict(r.summary)["poin_diperlukan"], [item.reachable for item in r]
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
    >>> dict(poin_lke_untuk(worksheet).summary)["poin_diperlukan"]
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
                     closed_form=closed, closed_form_text=Pesan(_CLOSED),
                     title=Pesan(_POINTS_OF, name=name, goal=goal), label=name,
                     reference=rule.citation,
                     upper_reason=Pesan(_MAXIMUM, bobot=weights[name]),
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
        title=Pesan(_LKE_POINTS, goal=goal, aturan=rule.name, now=_text(base.value),
                    predikat=base.predikat), items=tuple(items),
        summary=(("nilai", base.value), ("predikat", str(base.predikat)),
                 ("nilai_diperlukan", least), ("poin_diperlukan", gap if gap > 0 else ZERO)))
