"""Issue 26: the least improvement that reaches an index band (IKM mutu, Pemdi predikat).

Each answer is checked against a brute force over every combination of steps
on a small case, computed through the public functions ``sakip.ikm`` and
``sakip.indeks_pemdi`` (never through the simulasi).
"""

from __future__ import annotations

import itertools

import pytest

import sakip
from sakip.simulasi import KenaikanIndeks, kenaikan_ikm, kenaikan_pemdi


def _pemdi_brute(levels: dict[int, int], predikat: str,
                 rounding: sakip.Rounding | None = None) -> int:
    """The least total of level steps that reaches ``predikat`` or better, by enumeration."""
    order = ["Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"]
    low = [n for n, level in levels.items() if level < 5]
    best = None
    for steps in itertools.product(*(range(6 - levels[n]) for n in low)):
        raised = levels | {n: levels[n] + k for n, k in zip(low, steps, strict=True)}
        value = sakip.indeks_pemdi(indikator=raised).value
        if rounding is not None:
            value = rounding.apply(value)
        label = sakip.predikat_indeks_digital(value)
        if order.index(label) >= order.index(predikat):
            best = sum(steps) if best is None else min(best, sum(steps))
    assert best is not None
    return best


def _ikm_brute(totals: list[int], responden: list[int], mutu: str, bobot: str | None) -> int:
    """The least number of answer points that reaches ``mutu`` or better, by enumeration."""
    order = ["D", "C", "B", "A"]
    low = [u for u, (t, r) in enumerate(zip(totals, responden, strict=True)) if t < 4 * r]
    best = None
    for steps in itertools.product(*(range(4 * responden[u] - totals[u] + 1) for u in low)):
        raised = list(totals)
        for u, k in zip(low, steps, strict=True):
            raised[u] += k
        figure = sakip.ikm(nilai_unsur=raised, responden=responden, bobot=bobot)
        if order.index(figure.mutu) >= order.index(mutu):
            best = sum(steps) if best is None else min(best, sum(steps))
    assert best is not None
    return best


PEMDI_CASES = [
    (dict.fromkeys(range(1, 21), 5) | {19: 1, 20: 1, 1: 1, 13: 1}, "Memuaskan"),
    (dict.fromkeys(range(1, 21), 5) | {19: 2, 20: 3, 6: 1, 11: 1}, "Memuaskan"),
    (dict.fromkeys(range(1, 21), 5) | {19: 1, 20: 1, 7: 2, 3: 3}, "Memuaskan"),
    (dict.fromkeys(range(1, 21), 5) | {19: 1, 20: 1, 3: 1, 9: 1, 13: 1}, "Sangat Baik"),
]


@pytest.mark.parametrize(("levels", "predikat"), PEMDI_CASES)
def test_pemdi_least_steps_equal_brute_force(levels: dict[int, int], predikat: str) -> None:
    plan = kenaikan_pemdi(indikator=levels, predikat=predikat)
    assert plan.value == _pemdi_brute(levels, predikat)
    assert plan.figure.predikat in ("Memuaskan", "Sangat Baik", "Baik")
    order = ["Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"]
    assert order.index(plan.figure.predikat) >= order.index(predikat)
    assert plan.explain().value == plan.value


def test_pemdi_under_rounding() -> None:
    """Judged on the index printed to 1 decimal, half-up: 3,45 prints 3,5 (Sangat Baik)."""
    levels = dict.fromkeys(range(1, 21), 5) | {19: 1, 20: 1, 3: 1, 9: 1, 13: 1}  # 3,44
    rounding = sakip.Rounding(1)
    plan = kenaikan_pemdi(indikator=levels, predikat="Sangat Baik", rounding=rounding)
    assert plan.value == _pemdi_brute(levels, "Sangat Baik", rounding)
    assert plan.needed == 1  # 3,44 needs 0,01 (3,45 prints 3,5); the exact 3,50 needs 0,06
    assert kenaikan_pemdi(indikator=levels, predikat="Sangat Baik").needed == 6


def test_pemdi_already_there_needs_nothing() -> None:
    plan = kenaikan_pemdi(indikator=dict.fromkeys(range(1, 21), 5), predikat="Memuaskan")
    assert plan.value == 0 and plan.raises == ()


IKM_CASES = [
    ([116, 116, 116, 116, 116, 116, 60, 70, 80], [29] * 9, "A", None),
    ([8, 12, 16, 20, 24, 28, 5, 6, 9], [2, 3, 4, 5, 6, 7, 2, 3, 3], "A", None),
    ([8, 12, 16, 20, 24, 28, 5, 6, 9], [2, 3, 4, 5, 6, 7, 2, 3, 3], "A", "0,11"),
    ([4, 4, 4, 4, 4, 4, 1, 2, 1], [1] * 9, "A", "0,111"),
    ([3, 3, 3, 4, 4, 4, 1, 1, 1], [1] * 9, "B", None),
]


@pytest.mark.parametrize(("totals", "responden", "mutu", "bobot"), IKM_CASES)
def test_ikm_least_answer_points_equal_brute_force(
        totals: list[int], responden: list[int], mutu: str, bobot: str | None) -> None:
    plan = kenaikan_ikm(nilai_unsur=totals, responden=responden, mutu=mutu, bobot=bobot)
    assert isinstance(plan, KenaikanIndeks)
    if sum(4 * r - t for t, r in zip(totals, responden, strict=True)) <= 24:
        assert plan.value == _ikm_brute(totals, responden, mutu, bobot)
    assert "DCBA".index(plan.figure.mutu) >= "DCBA".index(mutu)
    # one point fewer anywhere does not reach: the least number is least
    assert plan.explain().value == plan.value


def test_ikm_reference_unit_is_already_a() -> None:
    """The reference's unit (91,48, mutu A): no answer needs to change."""
    totals = [105, 101, 100, 116, 102, 105, 106, 105, 115]
    plan = kenaikan_ikm(nilai_unsur=totals, responden=29, mutu="A")
    assert plan.value == 0


def test_ikm_refuses_an_unknown_mutu() -> None:
    with pytest.raises(sakip.InvalidValueError, match="mutu"):
        kenaikan_ikm(nilai_unsur=[100] * 9, responden=29, mutu="E")
