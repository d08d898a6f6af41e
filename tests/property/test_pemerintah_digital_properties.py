"""Properties of the Indeks SPBE and the Indeks Pemerintah Digital.

Reference §13: "Indeks aspek = Σ w_indikator × level ÷ w_aspek; Indeks Pemdi =
Σ w_indikator × level (weights as fractions)"; "The official index is computed
from unrounded domain values, so a recomputation from printed domain values
agrees only up to rounding."
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip.errors import SakipError
from sakip.numbers import Rounding
from tests import strategies as s

#: The published weights (reference §13), written out here, not read from the rule set.
PEMDI_2026 = (5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15)
SPBE_2020 = {"kebijakan_internal": Fraction(13), "tata_kelola": Fraction(25),
             "manajemen": Fraction(33, 2), "layanan": Fraction(91, 2)}


class TestPemdiIsTheWeightedSumOfLevels:
    """Indeks Pemdi = Σ w_indikator × level / 100, within [1, 5]."""

    @given(levels=s.pemdi_levels())
    def test_weighted_sum(self, levels: dict[int, int]) -> None:
        """The value is Σ weight × level / 100 with the published weights."""
        p = sakip.indeks_pemdi(indikator=levels)
        expected = Fraction(sum(w * levels[n] for n, w in enumerate(PEMDI_2026, start=1)), 100)
        assert Fraction(p.value) == expected
        assert 1 <= p.value <= 5

    @given(levels=s.pemdi_levels(), which=st.integers(min_value=1, max_value=20))
    def test_monotone_in_every_level(self, levels: dict[int, int], which: int) -> None:
        """Raising one level by one raises the index by that indicator's weight / 100."""
        if levels[which] == 5:
            levels[which] = 4
        low = sakip.indeks_pemdi(indikator=levels)
        high = sakip.indeks_pemdi(indikator=levels | {which: levels[which] + 1})
        assert Fraction(high.value - low.value) == Fraction(PEMDI_2026[which - 1], 100)
        order = ("Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan")
        assert order.index(high.predikat) >= order.index(low.predikat)

    @settings(max_examples=30)
    @given(levels=s.pemdi_levels())
    def test_explain_equals_value_and_aspects_agree(self, levels: dict[int, int]) -> None:
        """explain() ends in the value; the index from the aspect indices is the same."""
        p = sakip.indeks_pemdi(indikator=levels)
        assert p.explain().value == p.value
        q = sakip.indeks_pemdi(aspek={name: value for name, _, value in p.aspek})
        assert q.value == p.value
        assert all(1 <= value <= 5 for _, _, value in p.aspek)


class TestSpbeUpToRounding:
    """A recomputation from printed domains agrees with the official index up to rounding."""

    @given(domains=s.spbe_domains(), rounding=st.sampled_from(
        [Rounding(places=2), Rounding(places=2, mode="half_even"), Rounding(places=1),
         Rounding(places=2, mode="down"), Rounding(places=3, mode="up")]))
    def test_official_index_in_range_of_printed_domains(self, domains: dict[str, Decimal],
                                                        rounding: Rounding) -> None:
        """The index of the exact domains lies in the range of the printed ones, and its
        printed figure is judged consistent."""
        official = sakip.indeks_spbe(domain=domains)
        printed = sakip.indeks_spbe(domain={k: rounding.apply(v) for k, v in domains.items()})
        assert official.value in printed.rentang(rounding)
        assert printed.konsisten(rounding.apply(official.value), rounding)

    @given(domains=s.spbe_domains())
    def test_weighted_sum(self, domains: dict[str, Decimal]) -> None:
        """The value is Σ weight × domain / 100 with the published weights, within [1, 5]."""
        value = sakip.indeks_spbe(domain=domains).value
        assert Fraction(value) == sum(SPBE_2020[k] * Fraction(v) for k, v in domains.items()) / 100
        assert 1 <= value <= 5

    @given(domains=s.spbe_domains(2), which=st.sampled_from(s.SPBE_DOMAINS),
           step=s.decimals("0.01", 1, 2))
    def test_monotone(self, domains: dict[str, Decimal], which: str, step: Decimal) -> None:
        """A higher domain index never lowers the index."""
        raised = domains | {which: min(domains[which] + step, Decimal(5))}
        assert (sakip.indeks_spbe(domain=raised).value
                >= sakip.indeks_spbe(domain=domains).value)


class TestRefusals:
    """Levels outside 1–5, fractions, floats and other hostile values raise sakip's errors."""

    @given(levels=s.pemdi_levels(), which=st.integers(min_value=1, max_value=20),
           bad=s.hostile_arguments() | st.integers(min_value=-10, max_value=10).filter(
               lambda n: not 1 <= n <= 5) | s.decimals("1.01", "4.99", 2).filter(
               lambda d: d != d.to_integral_value()))
    def test_bad_level_refused_by_name(self, levels: dict[int, int], which: int,
                                       bad: object) -> None:
        """Every bad level is refused with sakip's error naming the indicator."""
        if type(bad) is int and 1 <= bad <= 5:
            return
        with pytest.raises(SakipError) as caught:
            sakip.indeks_pemdi(indikator=levels | {which: bad})  # type: ignore[arg-type]
        assert caught.value.field == f"indikator[{which}]"
