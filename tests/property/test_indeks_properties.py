"""Properties of the indices units print as IKU (regulations.md §13)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sakip
from tests import strategies as s


class TestIKM:
    """§13: NRR = Σ answers ÷ respondents; IKM = Σ NRR × bobot; konversi = IKM × 25."""

    @given(survey=s.ikm_surveys(), bobot=s.ikm_bobot(), data=st.data())
    def test_monotone_in_every_answer(self, survey: tuple[list[int], list[int]], bobot: str,
                                      data: st.DataObject) -> None:
        """One answer raised by one point never lowers the IKM, under every weight."""
        totals, counts = survey
        u = data.draw(st.integers(0, 8))
        base = sakip.ikm(nilai_unsur=totals, responden=counts, bobot=bobot)
        if totals[u] < 4 * counts[u]:
            raised = [*totals[:u], totals[u] + 1, *totals[u + 1:]]
            assert sakip.ikm(nilai_unsur=raised, responden=counts, bobot=bobot).value > base.value

    @given(survey=s.ikm_surveys(), bobot=s.ikm_bobot())
    def test_explain_is_value_and_bounds(self, survey: tuple[list[int], list[int]],
                                         bobot: str) -> None:
        """The explanation ends at the value; the exact-weight IKM lies in 1–4, konversi 25–100."""
        ikm = sakip.ikm(nilai_unsur=survey[0], responden=survey[1], bobot=bobot)
        assert ikm.explain().value == ikm.value
        assert ikm.konversi.explain().value == ikm.konversi.value
        if bobot == "1/9":
            assert 1 <= ikm.value <= 4 and 25 <= ikm.konversi.value <= 100
        if ikm.value >= 1:  # printed weights (Σ 0,9999) can end under the scale: see below
            assert ikm.mutu in ikm.mutu_diterima

    def test_under_the_scale_by_printed_weights(self) -> None:
        """Every answer 1 with the printed weight 0,1111 gives NI 0,9999 (NIK 24,9975), under the
        lowest printed band (D from 1,00 / 25,00, PermenPANRB 14/2017): under celah='bawah' (each
        band starts at its printed lower bound) no band holds it and the library refuses, naming
        the rule set; under celah='atas' the lowest band takes everything below it (D).  Found by
        the property above in a CI run."""
        low = sakip.ikm(nilai_unsur=[10] * 9, responden=[10] * 9, bobot="0,1111")
        assert low.value == Decimal("0.9999")
        with pytest.raises(sakip.InvalidValueError) as refused:
            _ = low.mutu
        assert refused.value.field == "nilai" and "-bawah" in str(refused.value.expected)
        atas = sakip.ikm(nilai_unsur=[10] * 9, responden=[10] * 9, bobot="0,1111", celah="atas")
        assert atas.mutu == "D"

    @given(survey=s.ikm_surveys())
    def test_mutu_monotone_and_scales_agree_under_2017(self,
                                                       survey: tuple[list[int], list[int]]) -> None:
        """14/2017's NIK edges are exactly 25 × its NI edges: the two scales always agree."""
        ikm = sakip.ikm(nilai_unsur=survey[0], responden=survey[1])
        assert len(ikm.mutu_diterima) == 1

    @given(answer=st.sampled_from([0, 5, -1, 1.5, True, "3", Decimal(2)]))
    def test_refuses_answers_outside_1_to_4(self, answer: Any) -> None:
        """An answer outside 1–4 (or not a whole number) is refused naming its place."""
        with pytest.raises(sakip.InvalidValueError) as info:
            sakip.ikm(jawaban=[[answer] + [4] * 8, [3] * 9])
        assert info.value.field == "jawaban[0][0]"


class TestIPM:
    """§13: IPM = (I_kes × I_pend × I_peng)^(1/3) × 100, increasing in each component."""

    @given(components=s.ipm_components(), name=st.sampled_from(["uhh", "hls", "rls",
                                                                "pengeluaran_ribu"]))
    def test_monotone_in_each_component(self, components: dict[str, Decimal],
                                        name: str) -> None:
        """Raising one component by one printed unit never lowers the IPM."""
        top = {"uhh": Decimal(85), "hls": Decimal(18), "rls": Decimal(15),
               "pengeluaran_ribu": Decimal("26572.35")}[name]
        raised = dict(components, **{name: min(components[name] + Decimal("0.01"), top)})
        assert sakip.ipm(**raised).value >= sakip.ipm(**components).value  # type: ignore[arg-type]

    @given(components=s.ipm_components())
    def test_explain_is_value_and_range_contains_it(self, components: dict[str, Decimal]) -> None:
        """The explanation ends at the value, which lies in its own rounding range, in 0–100."""
        ipm = sakip.ipm(**components)  # type: ignore[arg-type]
        assert ipm.explain().value == ipm.value
        low, high = ipm.rounding_range()
        assert 0 <= low <= ipm.value <= high <= 100


class TestNilaiCapaianIKI:
    """§13: the known rows are increasing in capaian below 100 %."""

    @given(a=s.decimals(0, "99.99", 2), b=s.decimals(0, "99.99", 2))
    def test_monotone_below_100(self, a: Decimal, b: Decimal) -> None:
        """A higher capaian never gets a lower nilai (Sangat Kurang, Kurang, Cukup)."""
        lo, hi = sorted((a, b))
        low, high = sakip.nilai_capaian_iki(capaian=lo), sakip.nilai_capaian_iki(capaian=hi)
        assert low.value <= high.value
        assert low.explain().value == low.value


class TestIndikatorKomponen:
    """§13: persentase = A ÷ B × 100; penurunan = (B − A) ÷ B × 100."""

    @given(a=s.decimals(0, 10**6, 2), b=s.positive(10**6, 2))
    def test_ratio_and_reduction_mirror(self, a: Decimal, b: Decimal) -> None:
        """rasio + penurunan of the same operands is 100; the explanation ends at the value."""
        rasio = sakip.indikator_komponen(pembilang=a, penyebut=b)
        turun = sakip.indikator_komponen(pembilang=a, penyebut=b, jenis="penurunan")
        assert abs(rasio.value + turun.value - 100) < Decimal("1e-40")
        assert rasio.explain().value == rasio.value
