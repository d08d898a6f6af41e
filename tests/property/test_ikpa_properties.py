"""Property tests for IKPA composites, konversi bobot and the category bands (§5)."""

from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip.ikpa import IKPA_RULES, KATEGORI_IKPA, IKPARule
from tests import strategies as s

RULES = list(IKPA_RULES.values())


@st.composite
def rule_and_scores(draw: st.DrawFn) -> tuple[str, dict[str, Decimal]]:
    """A rule set and a full set of scores for it."""
    rule = draw(st.sampled_from(RULES))
    return rule.name, {name: draw(s.scores()) for name in rule.names}


class TestRuleSets:
    """§5: every IKPA rule set's weights sum to exactly 100."""

    def test_weights_sum_to_100(self) -> None:
        """Σ bobot = 100 for each rule set."""
        for rule in RULES:
            assert sum(w for _, w in rule.weights) == 100


class TestComposite:
    """§5: IKPA = Σ wᵢ·nilaiᵢ / Σ wᵢ over assessed indicators."""

    @given(case=rule_and_scores())
    def test_between_min_and_max(self, case: tuple[str, dict[str, Decimal]]) -> None:
        """The composite lies between its smallest and largest component."""
        name, scores = case
        v = sakip.ikpa(scores, aturan=name).value
        assert min(scores.values()) <= v <= max(scores.values())

    @given(case=rule_and_scores(), bump=s.decimals(0, 100, 3), pick=st.integers(0, 12))
    def test_monotonic(self, case: tuple[str, dict[str, Decimal]], bump: Decimal,
                       pick: int) -> None:
        """Raising any component never lowers the composite."""
        name, scores = case
        key = list(scores)[pick % len(scores)]
        higher = scores | {key: min(Decimal(100), scores[key] + bump)}
        assert sakip.ikpa(higher, aturan=name).value >= sakip.ikpa(scores, aturan=name).value

    @given(rule=st.sampled_from(RULES), x=s.scores())
    def test_all_equal(self, rule: IKPARule, x: Decimal) -> None:
        """All-equal components give that value."""
        assert sakip.ikpa(dict.fromkeys(rule.names, x), aturan=rule.name).value == x

    @given(case=rule_and_scores(), pick=st.integers(0, 12))
    def test_renormalisation(self, case: tuple[str, dict[str, Decimal]], pick: int) -> None:
        """With one indicator not assessed, IKPA equals the composite of the rest."""
        name, scores = case
        key = list(scores)[pick % len(scores)]
        weights = dict(IKPA_RULES[name].weights)
        rest = {k: (v, weights[k]) for k, v in scores.items() if k != key}
        expected = sakip.weighted_score(rest, total_weight=100 - weights[key]).value
        assert sakip.ikpa(scores | {key: None}, aturan=name).value == expected

    @given(case=rule_and_scores(), seed=st.integers(0, 10**6))
    def test_order_does_not_matter(self, case: tuple[str, dict[str, Decimal]], seed: int) -> None:
        """Shuffling the mapping's order changes nothing."""
        name, scores = case
        items = list(scores.items())
        random.Random(seed).shuffle(items)
        assert sakip.ikpa(dict(items), aturan=name).value == sakip.ikpa(scores, aturan=name).value

    @given(a=s.scores(), b=s.scores())
    def test_nka_between_components(self, a: Decimal, b: Decimal) -> None:
        """NKA lies between EKA and IKPA."""
        assert min(a, b) <= sakip.nka(eka=a, ikpa=b).value <= max(a, b)


class TestCategories:
    """§5: ≥ 95 Sangat Baik; 89 ≤ n < 95 Baik; 70 ≤ n < 89 Cukup; < 70 Kurang."""

    @given(a=s.scores(), b=s.scores())
    def test_monotonic(self, a: Decimal, b: Decimal) -> None:
        """A higher nilai never gets a lower category."""
        order = list(reversed(KATEGORI_IKPA.labels()))
        lo, hi = sorted((a, b))
        assert order.index(sakip.kategori_ikpa(lo)) <= order.index(sakip.kategori_ikpa(hi))

    @given(x=s.scores())
    def test_total(self, x: Decimal) -> None:
        """Every score 0–100 has exactly one category."""
        assert sakip.kategori_ikpa(x) in KATEGORI_IKPA.labels()

    def test_inclusive_edges(self) -> None:
        """Each lower bound belongs to its own band; a hair below belongs to the next."""
        eps = Decimal("1e-20")
        for lower, label in KATEGORI_IKPA.bands:
            assert sakip.kategori_ikpa(lower) == label
            assert sakip.kategori_ikpa(lower - eps) != label
