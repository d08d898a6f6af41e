"""Index questions: the least improvement that reaches a band, :func:`kenaikan_ikm`
(IKM mutu) and :func:`kenaikan_pemdi` (Indeks Pemdi predikat), with
:class:`KenaikanIndeks`.

Both indices are linear in their integer inputs (an answer point, a level
step), so the least number of steps is found exactly by taking the steps that
add most first; ``ikm`` and ``indeks_pemdi`` are imported inside the questions.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never

import attrs

from sakip._bahasa import Pesan, Teks, tulis
from sakip._decimal import CONTEXT, ZERO, Number, exact_sum
from sakip.errors import REQUIRED, InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, Trace, check_rounding
from sakip.numbers import Rounding
from sakip.simulasi._answers import _Rendered
from sakip.simulasi._goal import (
    GOAL,
    RAISE,
    REST_BEFORE,
    ROUNDING,
    Goal,
    _text,
    _value_region,
    rounding_words,
)
from sakip.simulasi._search import _SHOWN_GOAL
from sakip.simulasi._solve import _check_rounding

#: The questions' titles and reasons (in both languages).
#: The words of a plan's derivation.
_LEAST_STEPS_FORMULA = Teks(id="min(ruang, langkah tersedikit yang efeknya menutup sisanya)",
                            en="min(room, least steps whose effect covers the rest)")
_EFFECT = Teks(id="efek satu langkah", en="effect of one step")
_CURRENT = Teks(id="sekarang", en="current")
_ROOM = Teks(id="ruang", en="room")
_SCALED_AS = Teks(id="berskala", en="scaled as")
_NEEDED_NOTE = Teks(id="yang harus ditambahkan langkah-langkahnya pada indeks berskala",
                    en="what the steps must add to the scaled index")
_TOTAL_STEPS = Teks(id="jumlah langkah", en="total steps")
_SUM_STEPS = Teks(id="Σ langkah", en="Σ steps")
_TOTAL_NOTE = Teks(id="jumlah langkah tersedikit; efek terbesar lebih dulu adalah optimal",
                   en="least number of steps; largest effect first is optimal")
_LEAST_STEPS = Teks(id="Langkah tersedikit untuk {indeks} {goal}",
                    en="Least steps for {indeks} {goal}")

#: ``(name, current, highest, effect of one step)``: one input that can be raised in steps.
_Item = tuple[str, Decimal, Decimal, Decimal]


def _least_steps(items: tuple[_Item, ...], needed: Decimal, inclusive: bool,
                 trace: Trace | None) -> tuple[tuple[str, int], ...] | None:
    """The least number of whole steps with ``Σ effect × steps ≥ needed`` (``>``).

    Each item takes at most ``highest − current`` steps.  Taking the steps of
    largest effect first (ties: more room first, then the given order) is
    optimal: no ``k`` steps add more than the ``k`` largest effects.  Among the
    plans with that least number it is also the one that adds most.
    """
    order = sorted(range(len(items)), key=lambda i: (
        items[i][3].copy_negate(), CONTEXT.subtract(items[i][1], items[i][2]), i))
    remaining = needed
    out: list[tuple[str, int]] = []
    for i in order:
        if remaining < 0 or (remaining == 0 and inclusive):
            break
        name, current, highest, effect = items[i]
        room = int(CONTEXT.subtract(highest, current))
        if room <= 0 or effect <= 0:
            continue
        k = int(CONTEXT.divide(remaining, effect).to_integral_value(
            rounding=decimal.ROUND_CEILING, context=CONTEXT))
        while k > 0 and CONTEXT.multiply(Decimal(k - 1), effect) >= remaining:
            k -= 1  # the division rounded at 50 digits: the exact least k
        while (CONTEXT.multiply(Decimal(k), effect) < remaining or (
                not inclusive and CONTEXT.multiply(Decimal(k), effect) == remaining)):
            k += 1
        k = min(k, room)
        out.append((name, k))
        before = remaining
        remaining = CONTEXT.subtract(remaining, CONTEXT.multiply(Decimal(k), effect))
        if trace is not None:
            trace.add(Pesan(RAISE, name=name), Pesan(_LEAST_STEPS_FORMULA),
                      ((Pesan(_EFFECT), effect), (Pesan(_CURRENT), current),
                       (Pesan(_ROOM), room), (Pesan(REST_BEFORE), before)), k)
    if remaining > 0 or (remaining == 0 and not inclusive):
        return None
    return tuple(out)


@attrs.frozen(kw_only=True)
class KenaikanIndeks(_Rendered, Figure):
    """The least number of steps (answer points, level steps) that lifts an index to a band.

    ``value`` is the number of steps; ``raises`` lists ``(input, from, to)``;
    ``figure`` is the index recomputed by its public function with the raised
    inputs.  Built by :func:`kenaikan_ikm` and :func:`kenaikan_pemdi`.

    >>> import sakip
    >>> plan = sakip.simulasi.kenaikan_pemdi(indikator={n: 3 for n in range(1, 21)},
    ...                                      predikat="Sangat Baik")
    >>> int(plan.value), [(n, int(a), int(b)) for n, a, b in plan.raises], plan.figure.predikat
    (4, [('20', 3, 5), ('19', 3, 5)], 'Sangat Baik')
    """

    _made_by = "sakip.simulasi.kenaikan_ikm(...) or sakip.simulasi.kenaikan_pemdi(...)"

    #: ``"ikm"`` or ``"pemdi"``.
    indeks: Literal["ikm", "pemdi"]
    #: ``(name, current, highest, effect of one step on the scaled index)``, in input order.
    items: tuple[_Item, ...]
    #: What the steps must add to the scaled index (see ``skala``).
    needed: Decimal
    #: Whether reaching ``needed`` exactly is enough (the band's lower bound is inclusive).
    inclusive: bool
    #: The band to reach.
    goal: Goal
    #: The rounding under which the band is judged, or ``None`` (exact).
    rounding: Rounding | None
    #: The arguments of the index's public function, besides the raised inputs.
    asked: tuple[tuple[str, Any], ...] = attrs.field(repr=False)
    #: How the index is scaled so that every effect is exact.
    skala: str = ""
    #: The rule set's citation.
    citation: str = ""

    def _plan(self, trace: Trace | None) -> tuple[tuple[str, int], ...]:
        plan = _least_steps(self.items, self.needed, self.inclusive, trace)
        assert plan is not None  # every band is reachable (see _answer)
        return plan

    @property
    def raises(self) -> tuple[tuple[str, Decimal, Decimal], ...]:
        """``(input, current, raised)`` for each raised input."""
        current = {name: now for name, now, _, _ in self.items}
        return tuple((name, current[name], CONTEXT.add(current[name], Decimal(k)))
                     for name, k in self._plan(None) if k)

    @property
    def figure(self) -> Any:
        """The index with the raised inputs, through its public function."""
        raised = {name: after for name, _, after in self.raises}
        return _forward(self.indeks, self.items, raised, dict(self.asked))

    @property
    def reachable(self) -> bool:
        """Always True (every band of both indices can be reached)."""
        return True

    def _derive(self, trace: Trace) -> Decimal:
        trace.add(Pesan(GOAL), Pesan(_SHOWN_GOAL, shown=self.indeks, goal=self.goal), (
            (Pesan(_SCALED_AS), self.skala), (Pesan(ROUNDING), rounding_words(self.rounding))),
            self.needed, note=Pesan(_NEEDED_NOTE))
        total = Decimal(sum(k for _, k in self._plan(trace)))
        trace.add(Pesan(_TOTAL_STEPS), Pesan(_SUM_STEPS), (), total, note=Pesan(_TOTAL_NOTE))
        return total

    def _title(self) -> str:
        return Pesan(_LEAST_STEPS, indeks=self.indeks.upper(), goal=self.goal)

    def _reference(self) -> str:
        return self.citation

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per raised input: masukan, nilai, nilai_baru, steps as ``value`` and
        ``rounded``."""
        policy = check_rounding(rounding)
        return [{"masukan": name, "nilai": before, "nilai_baru": after,
                 "value": CONTEXT.subtract(after, before),
                 "rounded": policy.apply(CONTEXT.subtract(after, before))}
                for name, before, after in self.raises]

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The plan as one row: indeks, goal, the index reached, the raises as text, steps."""
        policy = check_rounding(rounding)
        return {"indeks": self.indeks, "goal": tulis(self.goal, "en"), "nilai": self.figure.value,
                "kenaikan": ", ".join(f"{n} {_text(b)} → {_text(a)}"
                                      for n, b, a in self.raises),
                "value": self.value, "rounded": policy.apply(self.value)}


def _forward(indeks: str, items: tuple[_Item, ...], raised: Mapping[str, Decimal],
             asked: dict[str, Any]) -> Any:
    values = {name: raised.get(name, now) for name, now, _, _ in items}
    if indeks == "ikm":
        from sakip.indeks_kepuasan import ikm

        return ikm(nilai_unsur=list(values.values()), **asked)
    from sakip.pemerintah_digital import indeks_pemdi

    return indeks_pemdi(indikator={int(name): v for name, v in values.items()}, **asked)


def _answer(indeks: Literal["ikm", "pemdi"], items: tuple[_Item, ...], current: Decimal,
            threshold: Goal, goal: Goal, rounding: Rounding | None, scale: Decimal,
            asked: dict[str, Any], skala: str, citation: str) -> KenaikanIndeks:
    """The plan for ``items`` (effects on the index × ``scale``)."""
    if threshold.lower is None:  # the lowest band: always met
        needed, inclusive = ZERO, True
    else:
        needed = CONTEXT.subtract(CONTEXT.multiply(threshold.lower, scale), current)
        inclusive = threshold.lower_inclusive
    # every band is reachable: every answer at 4 gives a konversi of at least 99 under
    # every weight (25 × 4 × 9 × 0,11), every level at 5 gives 5
    assert _least_steps(items, needed, inclusive, None) is not None
    plan = KenaikanIndeks(value=ZERO, indeks=indeks, items=items, needed=needed,
                          inclusive=inclusive, goal=goal, rounding=rounding,
                          asked=tuple(asked.items()), skala=skala, citation=citation)
    steps = plan._plan(None)
    return plan._computed(Decimal(sum(k for _, k in steps)))


@keyword_only()
def kenaikan_ikm(
    *positional: Never, nilai_unsur: Sequence[Number], responden: int | Sequence[int],
    mutu: str = "A", bobot: str | None = None, aturan: str = "permenpanrb-14-2017",
    skala: Literal["konversi", "nilai"] = "konversi", rounding: Rounding | None = None,
) -> KenaikanIndeks:
    """The least number of answer points that lifts an IKM to a mutu (A–D).

    The objective is the **least number of answer points**: one point is one
    answer raised by one step of the 1–4 scale (a 3 that becomes a 4), with
    the same respondents; no unsur total above 4 × its respondents.  A point
    on unsur *u* adds ``bobot / responden_u`` to the IKM (× 25 to the
    konversi), so the unsur with the fewest respondents are raised first;
    with one respondent count for every unsur every point adds the same and
    the answer is the least total whatever the unsur.  This objective was
    chosen over "least sum of NRR increase" because answers, not averages,
    are what a unit can change, and its answer is a whole number.

    Parameters
    ----------
    nilai_unsur, responden, bobot, aturan:
        As :func:`sakip.ikm` (Σ answers per unsur, respondents).
    mutu:
        The band to reach (or better), ``"A"`` … ``"D"``.
    skala:
        The table that decides the band: ``"konversi"`` (NIK, default) or ``"nilai"``.
    rounding:
        The printing under which the band is judged (``None``: the exact value).

    Returns
    -------
    KenaikanIndeks
        The plan (``value`` = answer points; ``raises`` per unsur).  Every mutu
        is reachable: every answer at 4 gives a konversi of at least 99 under
        every weight.

    References
    ----------
    PermenPANRB 14/2017 (formula, bands); the objective is sakip's.

    Examples
    --------
    The reference's service unit (91,48, mutu A) is already A; for a unit at
    mutu B, 29 respondents:

    >>> plan = kenaikan_ikm(nilai_unsur=[100] * 9, responden=29, mutu="A")
    >>> int(plan.value), plan.figure.konversi.printed(), plan.figure.mutu
    (22, '88,31', 'A')
    """
    if positional or nilai_unsur is REQUIRED or responden is REQUIRED:
        raise call_error(kenaikan_ikm, positional, locals())
    from sakip.indeks_kepuasan import ikm

    _check_rounding(rounding)
    base = ikm(nilai_unsur=nilai_unsur, responden=responden, bobot=bobot, aturan=aturan,
               skala=skala)
    rule = base.aturan
    bands = rule.bands(skala, "bawah")
    goal = Goal.from_label_bands(bands, mutu) if mutu in bands.labels() else None
    if goal is None:
        raise InvalidValueError(field="mutu", expected=f"one of {', '.join(bands.labels())}",
                                received=mutu)
    factor = rule.konversi if skala == "konversi" else Decimal(1)
    # scale the index by L (the lcm of the respondent counts) and, for 1/n, by n: exact effects
    lcm = math.lcm(*base.responden)
    exact = base.bobot == rule.bobot_exact
    weight = Decimal(1) if exact else dict(rule.bobot_konvensi)[base.bobot]
    scale = Decimal(lcm * (len(rule.unsur) if exact else 1))
    effects = [CONTEXT.multiply(CONTEXT.multiply(factor, weight), Decimal(lcm // count))
               for count in base.responden]
    items = tuple((f"unsur {i + 1}", total, Decimal(count * rule.jawaban_max), effect)
                  for i, (total, count, effect) in enumerate(zip(
                      base.nilai_unsur, base.responden, effects, strict=True)))
    current = exact_sum(CONTEXT.multiply(total, effect) for _, total, _, effect in items)
    region = _value_region(goal, rounding)
    asked = {"responden": base.responden, "bobot": base.bobot, "aturan": rule.name,
             "skala": skala}
    answer = _answer("ikm", items, current, region, goal, rounding, scale, asked,
                     f"{'konversi' if skala == 'konversi' else 'IKM'} × {_text(scale)}",
                     rule.citation)
    _verify(answer, skala, region)
    return answer



def _verify(plan: KenaikanIndeks, skala: str, region: Goal) -> None:
    """The plan fed forward through the public function reaches the band (never fails)."""
    figure = plan.figure
    value = figure.konversi.value if plan.indeks == "ikm" and skala == "konversi" else (
        figure.value)
    assert region.lower_ok(value), (value, region)


@keyword_only()
def kenaikan_pemdi(
    *positional: Never, indikator: Mapping[int, Number], predikat: str = "Sangat Baik",
    aturan: str = "permenpanrb-8-2026", rounding: Rounding | None = None,
) -> KenaikanIndeks:
    """The least set of level increases that lifts an Indeks Pemdi to a predikat.

    The objective is the **least number of one-level steps** (an indicator
    from 3 to 5 is two steps), no level above 5.  A step on indicator *i*
    adds ``bobot_i / 100`` to the index, so the heaviest indicators are raised
    first (ties: more room, then the indicator's number), as
    :func:`kenaikan_ikpa` does for IKPA; among the plans with the least number
    of steps this one reaches the highest index.

    Parameters
    ----------
    indikator:
        ``{1: level, …, 20: level}`` as :func:`sakip.indeks_pemdi` (a
        :class:`~sakip.pemerintah_digital.Menunggu` level is not computable).
    predikat:
        The band to reach (or better): Kurang, Cukup, Baik, Sangat Baik, Memuaskan.
    rounding:
        The printing under which the band is judged (``None``: the exact value).

    References
    ----------
    PermenPANRB 8/2026 (weights, predikat) [S]; the objective is sakip's.

    Examples
    --------
    Every indicator at 3 (index 3,00, Baik): Sangat Baik (3,50) needs 50
    weighted points: Pengelolaan Kepuasan (15) +2 and Fasilitas Dukungan (10)
    +2 give 50, four steps:

    >>> plan = kenaikan_pemdi(indikator={n: 3 for n in range(1, 21)}, predikat="Sangat Baik")
    >>> int(plan.value), plan.figure.value
    (4, Decimal('3.5'))
    """
    if positional or indikator is REQUIRED:
        raise call_error(kenaikan_pemdi, positional, locals())
    from sakip.pemerintah_digital import _bands, indeks_pemdi

    _check_rounding(rounding)
    base = indeks_pemdi(indikator=indikator, aturan=aturan)
    rule = base.aturan
    bands = _bands(rule)
    if predikat not in bands.labels():
        raise InvalidValueError(field="predikat", expected=f"one of "
                                f"{', '.join(bands.labels())}", received=predikat)
    goal = Goal.from_label_bands(bands, predikat)
    weights = dict(rule.weights)
    top = Decimal(rule.level[1])
    items = tuple((name, level, top, weights[name]) for name, level in base.nilai)
    current = exact_sum(CONTEXT.multiply(level, w) for _, level, _, w in items)
    total = exact_sum(weights.values())
    region = _value_region(goal, rounding)
    answer = _answer("pemdi", items, current, region, goal, rounding, total,
                     {"aturan": rule.name}, f"indeks × {_text(total)}", rule.citation)
    _verify(answer, "nilai", region)
    return answer
