"""Property tests for the API conventions (architecture.md, "API conventions")."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from tests import strategies as s


class TestResultsAreNumbers:
    """A result passed where a number is expected is taken as its exact value."""

    @settings(max_examples=50)
    @given(eka=s.scores(), ikpa=s.scores())
    def test_nka_of_results_equals_nka_of_values(self, eka: Decimal, ikpa: Decimal) -> None:
        """nka(eka=R1, ikpa=R2) = nka(eka=R1.value, ikpa=R2.value), and explains both."""
        e = sakip.weighted_score({"eka": (eka, 100)})
        i = sakip.weighted_score({"ikpa": (ikpa, 100)})
        n = sakip.nka(eka=e, ikpa=i)
        assert n.value == sakip.nka(eka=e.value, ikpa=i.value).value
        explanation = n.explain()
        assert explanation.value == n.value
        assert [step.name for step in explanation.steps][:2] == [
            "eka: nilai komposit", "ikpa: nilai komposit"]

    @settings(max_examples=50)
    @given(outputs=st.lists(s.rincian_outputs(), min_size=1, max_size=4))
    def test_eka_from_budget_results(self, outputs: list[sakip.RincianOutput]) -> None:
        """EKA from the penyerapan and NE results equals EKA from their values."""
        p = sakip.Penyerapan.from_outputs(outputs)
        try:
            ne = sakip.efisiensi(outputs, rumus="per-pagu").nilai
        except sakip.NotComputableError:
            return
        co = sakip.capaian_output([(1, 1)])
        k = sakip.eka(capaian_ro=co, penyerapan=p, nilai_efisiensi=ne, konsistensi=100)
        assert k.value == sakip.eka(capaian_ro=co.value, penyerapan=p.value,
                                    nilai_efisiensi=ne.value, konsistensi=100).value
        assert k.explain().value == k.value


class TestRows:
    """A figure's row holds its exact value, and ``rounded`` under the caller's policy."""

    @settings(max_examples=50)
    @given(target=s.positive(10**4), realisasi=s.decimals(0, 10**4), rounding=s.roundings())
    def test_capaian_row(self, target: Decimal, realisasi: Decimal,
                         rounding: sakip.Rounding) -> None:
        """row["value"] is exact; row["rounded"] is rounding.apply(value)."""
        c = sakip.capaian(target=target, realisasi=realisasi)
        row = c.to_row(rounding)
        assert row["value"] == c.value
        assert row["rounded"] == rounding.apply(c.value)
        assert sakip.rows([c], rounding) == [row]
