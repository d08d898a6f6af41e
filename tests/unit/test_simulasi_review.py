"""Review of issue 15 (simulasi): wrong numbers at exact edges, hostile questions, pass-through.

Expected values are worked by hand from the IKPA formula ``IKPA = Σ w·nilai / Σ w −
potongan`` with the PER-5/PB/2024 and PER-4/PB/2021 weights of the reference
(``regulations.md``, IKPA), never produced by the code under test.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import sakip
from sakip.simulasi import RaiseSet, Solution, Unreachable

S2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
         "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
         "pengelolaan_up_tup": 100, "capaian_output": 90}  # IKPA 94 under PER-5/PB/2024
HALF_UP = sakip.Rounding(2, "half_up")


class TestRaiseFromTotalAtExactEdges:
    """kenaikan_ikpa_dari_nilai: the least raise when the goal is met exactly at the answer."""

    @pytest.mark.parametrize(("nilai", "aturan", "indikator", "rounding", "expected"), [
        # 88,995 + 15 × 40 / 100 = 94,995, printed 95,00 half-up; 39,99 gives 94,9935 → 94,99
        ("88.995", "per-5-pb-2024", "deviasi_halaman_iii_dipa", HALF_UP, "40.00"),
        # PER-4/PB/2021: penyerapan weighs 15: the same arithmetic
        ("88.995", "per-4-pb-2021", "penyerapan_anggaran", HALF_UP, "40.00"),
        # 86,5 + 17 × 50 / 100 = 95 exactly (capaian output weighs 17 under PER-4/PB/2021)
        ("86.5", "per-4-pb-2021", "capaian_output", None, "50.00"),
        # 91,4 + 8 × 45 / 100 = 95 exactly (UP/TUP weighs 8)
        ("91.4", "per-4-pb-2021", "pengelolaan_up_tup", None, "45.00"),
        # 89,75 + 15 × 35 / 100 = 95 exactly
        ("89.75", "per-5-pb-2024", "deviasi_halaman_iii_dipa", None, "35.00"),
    ])
    def test_least_raise(self, nilai: str, aturan: str, indikator: str,
                         rounding: sakip.Rounding | None, expected: str) -> None:
        """The answer is the hand-worked raise, not one grid step more."""
        answer = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai=nilai, aturan=aturan,
                                                         rounding=rounding)[indikator]
        assert isinstance(answer, Solution)
        assert answer.value == D(expected)
        assert answer.explain().value == answer.value

    def test_measured_ikpa_is_exact(self) -> None:
        """The IKPA the answer's row reports is exactly nilai + w·x / Σw (94,995 here)."""
        answer = sakip.simulasi.kenaikan_ikpa_dari_nilai(
            nilai="88.995", aturan="per-5-pb-2024",
            rounding=HALF_UP)["deviasi_halaman_iii_dipa"]
        assert answer.to_row()["figure_value"] == D("94.995")


class TestLowestCategory:
    """'Kurang or better' (the table's lowest label) is always met: raises of zero."""

    def test_kenaikan(self) -> None:
        """No raise is needed; the plan is empty and the IKPA is unchanged (94)."""
        plan = sakip.simulasi.kenaikan_ikpa(S2024, aturan="per-5-pb-2024", kategori="Kurang")
        assert isinstance(plan, RaiseSet)
        assert plan.value == 0 and plan.raises == () and plan.figure.value == 94

    def test_dari_nilai(self) -> None:
        """From a published 50, every indicator needs 0 and the gap is 0."""
        r = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai=50, aturan="per-5-pb-2024",
                                                   kategori="Kurang")
        assert [item.value for item in r] == [D(0)] * 7
        assert dict(r.summary)["gap"] == 0

    def test_skor(self) -> None:
        """Each indicator's least score is 0 (already the case before the fix)."""
        needs = sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024",
                                               kategori="Kurang")
        assert {item.value for item in needs} == {D(0)}


class TestBeyondExactPrecision:
    """Answers more than 10**40 grid steps from zero cannot be exact in 50 digits: refused."""

    def test_huge_target(self) -> None:
        """A target of 10**60 in whole units: refused, naming the grid."""
        with pytest.raises(sakip.InvalidValueError, match="grid"):
            sakip.simulasi.realisasi_untuk(target=10**60, capaian=100)

    def test_enormous_target_does_not_hang(self) -> None:
        """1e90000 (accepted by to_decimal) is refused at once."""
        with pytest.raises(sakip.InvalidValueError, match="grid"):
            sakip.simulasi.realisasi_untuk(target="1e90000", capaian=100)

    def test_tiny_grid(self) -> None:
        """A grid of 1e-60 for an answer near 3,3: refused."""
        with pytest.raises(sakip.InvalidValueError, match="grid"):
            sakip.simulasi.realisasi_untuk(target=10, capaian="33.3333", grid="1e-60")

    def test_national_budget_still_answered(self) -> None:
        """A pagu of 10**15 rupiah (a whole national budget) is well inside the limit."""
        answer = sakip.simulasi.solve(sakip.penyerapan, vary="realisasi",
                                      fixed={"pagu": 10**15}, goal=95, upper=10**15)
        assert answer.value == 95 * 10**13


class TestNothingSilentlyIgnored:
    """Arguments that would be ignored are refused, naming the field."""

    def test_dari_nilai_tahun_with_aturan(self) -> None:
        """tahun 2021 is not a year of PER-5/PB/2024: refused as sakip.ikpa refuses it."""
        with pytest.raises(sakip.InvalidValueError, match="tahun"):
            sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai=50, aturan="per-5-pb-2024",
                                                    tahun=2021)

    def test_dari_nilai_tahun_with_aturan_agreeing(self) -> None:
        """A tahun in force for the named aturan is accepted (3,05 × 100 / 25 = 12,20)."""
        r = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai="91.95", aturan="per-5-pb-2022",
                                                   tahun=2023)
        assert r["capaian_output"].value == D("12.20")

    def test_blokir_of_unknown_jenis(self) -> None:
        """A blokir for a jenis belanja without pagu is refused, not dropped."""
        with pytest.raises(sakip.UnknownNameError, match=r"blokir"):
            sakip.simulasi.realisasi_triwulan_untuk(pagu={"52": 100}, realisasi={"52": 1},
                                                    triwulan=1, blokir={"53": 5})

    def test_jenis_as_int_refused(self) -> None:
        """Jenis belanja are codes ('52'), not numbers: 52 is refused, not normalised
        (as sakip.penyerapan_triwulan refuses it); a blokir {"52": ...} was dropped for it."""
        with pytest.raises(sakip.UnknownNameError, match=r"pagu"):
            sakip.simulasi.realisasi_triwulan_untuk(pagu={52: 100},  # type: ignore[dict-item]
                                                    realisasi={52: 1},  # type: ignore[dict-item]
                                                    triwulan=1)

    def test_no_jenis(self) -> None:
        """An empty pagu is a bad question, not an empty answer."""
        with pytest.raises(sakip.InvalidValueError, match="pagu"):
            sakip.simulasi.realisasi_triwulan_untuk(pagu={}, realisasi={}, triwulan=1)

    def test_solve_missing_input(self) -> None:
        """A required input of the function missing from fixed: sakip's error, not TypeError."""
        with pytest.raises(sakip.InvalidValueError, match="target"):
            sakip.simulasi.solve(sakip.capaian, vary="realisasi", goal=100, upper=10)


class TestIkpaOptionsPassThrough:
    """skor_ikpa_untuk and kenaikan_ikpa pass blu, triwulan, opsi, di_atas_100 to sakip.ikpa."""

    BLU = S2024 | {"penyerapan_anggaran": None}

    def test_blu(self) -> None:
        """A BLU satker without penyerapan: Σw = 80 (the composite re-weights).

        revisi 1000 + deviasi 1350 + kontraktual 1000 + tagihan 1000 + UP 1000 +
        capaian output 2250 = 7600 over 80 = 95: already Sangat Baik; the least
        capaian output keeping it is x with 5350 + 25x ≥ 7600: x = 90,00.
        """
        needs = sakip.simulasi.skor_ikpa_untuk(self.BLU, aturan="per-5-pb-2024", blu=True)
        assert dict(needs.summary)["nilai_ikpa"] == 95
        assert needs["capaian_output"].value == D("90.00")
        plan = sakip.simulasi.kenaikan_ikpa(self.BLU, aturan="per-5-pb-2024", blu=True)
        assert isinstance(plan, RaiseSet) and plan.value == 0
        assert plan.figure.value == 95

    def test_blu_refused_without_none(self) -> None:
        """blu=True with a penyerapan score is refused by sakip.ikpa (the option reached it)."""
        with pytest.raises(sakip.InvalidValueError, match="penyerapan_anggaran"):
            sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024", blu=True)
        with pytest.raises(sakip.InvalidValueError, match="penyerapan_anggaran"):
            sakip.simulasi.kenaikan_ikpa(S2024, aturan="per-5-pb-2024", blu=True)

    def test_opsi_fixed_scores(self) -> None:
        """TW I 2025 with 'ta-2025-efisiensi': every indicator scores 100, IKPA 100."""
        needs = sakip.simulasi.skor_ikpa_untuk(S2024, tahun=2025, triwulan=1,
                                               opsi=["ta-2025-efisiensi"])
        assert dict(needs.summary)["nilai_ikpa"] == 100
        plan = sakip.simulasi.kenaikan_ikpa(S2024, tahun=2025, triwulan=1,
                                            opsi=["ta-2025-efisiensi"])
        assert isinstance(plan, RaiseSet) and plan.value == 0 and plan.figure.value == 100

    def test_di_atas_100_pertahankan(self) -> None:
        """revisi DIPA 110 kept: 10 × 110 + 8300 = 9400 + 100 = 9500 over 100 → IKPA 95.

        Capped (the default) it counts 100 and the IKPA is 94.  Kept, capaian
        output may fall to the least x with 7150 + 25x ≥ 9500: x = 94 − 4 = 90,00.
        """
        kept = S2024 | {"revisi_dipa": sakip.ikpa_revisi_dipa(semester_i=0, semester_ii=1)}
        capped = sakip.simulasi.skor_ikpa_untuk(kept, aturan="per-5-pb-2024")
        assert dict(capped.summary)["nilai_ikpa"] == 94
        needs = sakip.simulasi.skor_ikpa_untuk(kept, aturan="per-5-pb-2024",
                                               di_atas_100="pertahankan")
        assert dict(needs.summary)["nilai_ikpa"] == 95
        assert needs["capaian_output"].value == D("90.00")
        plan = sakip.simulasi.kenaikan_ikpa(kept, aturan="per-5-pb-2024",
                                            di_atas_100="pertahankan")
        assert isinstance(plan, RaiseSet) and plan.value == 0 and plan.figure.value == 95

    def test_bad_option_refused(self) -> None:
        """A bad di_atas_100 is refused by sakip.ikpa, naming the field."""
        with pytest.raises(sakip.InvalidValueError, match="di_atas_100"):
            sakip.simulasi.kenaikan_ikpa(S2024, aturan="per-5-pb-2024", di_atas_100="keep")


def test_unreachable_still_unreachable() -> None:
    """Sanity: the review's fixes keep unreachable answers unreachable (revisi DIPA alone)."""
    needs = sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024")
    assert isinstance(needs["revisi_dipa"], Unreachable)


def test_plan_with_an_exclusive_region() -> None:
    """Printed ≥ 95 rounding up is exact IKPA > 94,99 (exclusive): the plan must pass it.

    From IKPA 94 (Σ w·nilai 9400, Σw 100) the raises must add more than 99 weighted
    points: capaian output (w 25) +3,96 adds exactly 99 (IKPA 94,99, printed 94,99);
    +3,97 adds 99,25 (94,9925, printed 95,00 rounding up).
    """
    plan = sakip.simulasi.kenaikan_ikpa(S2024, aturan="per-5-pb-2024",
                                        rounding=sakip.Rounding(2, "up"))
    assert isinstance(plan, RaiseSet)
    assert plan.value == D("3.97")
    assert plan.figure.value == D("94.9925")
