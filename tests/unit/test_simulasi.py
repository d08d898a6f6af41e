"""Unit tests for sakip.simulasi: the issue's calls, goal regions, named questions, errors."""

from __future__ import annotations

import decimal
import importlib
import pickle
from decimal import Decimal
from decimal import Decimal as D

import pytest

import sakip
from sakip.simulasi import Goal, Solution, Unreachable
from sakip.simulasi._goal import _value_region

S2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
         "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
         "pengelolaan_up_tup": 100, "capaian_output": 90}  # IKPA 94 under PER-5/PB/2024


class TestIssueCalls:
    """The calls of issue 15, exactly as written."""

    def test_exact_calls(self, capsys: pytest.CaptureFixture[str]) -> None:
        """realisasi_untuk for 100 % and for a truncated 101,10; explain prints."""
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
        assert need.value == 1176
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                              rounding=sakip.Rounding(2, "down"))
        assert sakip.capaian(target=1176, realisasi=need.value).rounded(2, mode="down") == \
            D("101.10")
        assert sakip.capaian(target=1176, realisasi=need.value - 1).rounded(2, mode="down") < \
            D("101.10")
        print(need.explain().to_text("en"))
        out = capsys.readouterr().out
        assert "closed form" in out and "1189" in out and "101,02" in out

    def test_explain_value_equals_value(self) -> None:
        """The explanation re-derives the same answer."""
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                              rounding=sakip.Rounding(2, "down"))
        assert need.explain().value == need.value


class TestValueRegion:
    """The printed figure ≥ g, as a region of the exact value, for every rounding mode."""

    @pytest.mark.parametrize(("mode", "bound", "inclusive"), [
        ("down", "101.10", True),        # 101,10 ≤ v prints 101,10
        ("half_up", "101.095", True),    # 101,095 prints 101,10
        ("half_even", "101.095", True),  # 101,095 → 101,10 (0 is even)
        ("up", "101.09", False),         # anything above 101,09 prints 101,10
    ])
    def test_lower(self, mode: str, bound: str, inclusive: bool) -> None:
        """Each mode's threshold and its inclusivity."""
        region = _value_region(Goal.at_least("101.10"), sakip.Rounding(2, mode))  # type: ignore[arg-type]
        assert (region.lower, region.lower_inclusive) == (D(bound), inclusive)

    def test_half_even_odd_digit(self) -> None:
        """101,105 rounds half-even to 101,10, so printed ≥ 101,11 needs v > 101,105."""
        region = _value_region(Goal.at_least("101.11"), sakip.Rounding(2, "half_even"))
        assert (region.lower, region.lower_inclusive) == (D("101.105"), False)

    def test_exclusive_goal(self) -> None:
        """Printed > 90 (predikat AA) at two decimals is printed ≥ 90,01."""
        region = _value_region(Goal.from_predikat("AA"), sakip.Rounding(2, "half_up"))
        assert (region.lower, region.lower_inclusive) == (D("90.005"), True)

    @pytest.mark.parametrize(("mode", "bound", "inclusive"), [
        ("down", "95.01", False),
        ("half_up", "95.005", False),
        ("up", "95.00", True),
    ])
    def test_upper(self, mode: str, bound: str, inclusive: bool) -> None:
        """Printed ≤ 95,00: truncation allows up to (not including) 95,01."""
        region = _value_region(Goal.at_most(95), sakip.Rounding(2, mode))  # type: ignore[arg-type]
        assert (region.upper, region.upper_inclusive) == (D(bound), inclusive)

    def test_negative_values_truncate_toward_zero(self) -> None:
        """Under truncation −1,239 prints −1,23: printed ≥ −1,23 is v > −1,24."""
        region = _value_region(Goal.at_least("-1.23"), sakip.Rounding(2, "down"))
        assert (region.lower, region.lower_inclusive) == (D("-1.24"), False)


class TestCapaian:
    """realisasi_untuk for every polarisasi and convention (hand-worked values)."""

    def test_minimize(self) -> None:
        """(2T − R)/T ≥ 87,5 % with T = 8: R ≤ 9 (reference §1: T 8, R 9 → 87,5 %)."""
        need = sakip.simulasi.realisasi_untuk(target=8, capaian="87.5", polarisasi="minimize")
        assert need.value == 9 and need.question.direction == "greatest"

    def test_minimize_t_over_r(self) -> None:
        """T/R ≥ 88,89 % printed half-up with T = 8: R ≤ 800 / 88,885 = 9,0004, so 9."""
        need = sakip.simulasi.realisasi_untuk(target=8, capaian="88.89", polarisasi="minimize",
                                              rumus_minimize="t/r",
                                              rounding=sakip.Rounding(2, "half_up"))
        assert need.value == 9

    def test_stabilize_both_sides(self) -> None:
        """Range (80, 90), capaian ≥ 87,5: from below R ≥ 70; from above R ≤ 101,25 → 101."""
        below = sakip.simulasi.realisasi_untuk(target=(80, 90), capaian="87.5",
                                               polarisasi="stabilize")
        above = sakip.simulasi.realisasi_untuk(target=(80, 90), capaian="87.5",
                                               polarisasi="stabilize", direction="greatest")
        assert (below.value, above.value) == (D(70), D(101))

    def test_grid_follows_target_precision(self) -> None:
        """Target 92,50: realisasi on hundredths; 101 % needs R ≥ 93,425 → 93,43."""
        assert sakip.simulasi.realisasi_untuk(target="92.50", capaian=101).value == D("93.43")

    def test_predikat_target(self) -> None:
        """Ordinal ranks D = 1 … AA = 7: 100 % of A (6) is A; 110 % of A needs 6,6 → AA."""
        assert sakip.simulasi.realisasi_untuk(target=sakip.Predikat.A,
                                              capaian=100).to_row()["predikat"] == "A"
        assert sakip.simulasi.realisasi_untuk(target="A", capaian=110).value == 7
        beyond = sakip.simulasi.realisasi_untuk(target="A", capaian=120)  # 7,2 > 7
        assert isinstance(beyond, Unreachable) and "AA, the highest predikat" in beyond.reason
        with pytest.raises(sakip.InvalidValueError, match="polarisasi"):
            sakip.simulasi.realisasi_untuk(target="A", capaian=100, polarisasi="minimize")

    def test_cap_below_goal_is_unreachable(self) -> None:
        """cap=120 and a goal of 130: unreachable, with the cap in the reason."""
        answer = sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120)
        assert isinstance(answer, Unreachable) and "capped at 120" in answer.reason
        with pytest.raises(sakip.NotComputableError, match="capped"):
            _ = answer.value
        assert answer.explain().value == "unreachable"
        assert answer.to_row()["reachable"] is False

    def test_floor_makes_zero_enough(self) -> None:
        """floor=50 and a goal of 40: every realisasi reaches, the least is 0."""
        assert sakip.simulasi.realisasi_untuk(target=100, capaian=40, floor=50).value == 0

    def test_minimize_floor_has_no_greatest(self) -> None:
        """Minimize with floor ≥ goal: every realisasi reaches; no greatest (unreachable)."""
        answer = sakip.simulasi.realisasi_untuk(target=10, capaian=0, floor=0,
                                                polarisasi="minimize")
        assert isinstance(answer, Unreachable) and "no greatest" in answer.reason

    def test_zero_target_is_not_computable(self) -> None:
        """A zero target has no capaian: the ordinary API's error."""
        with pytest.raises(sakip.NotComputableError, match="target is zero"):
            sakip.simulasi.realisasi_untuk(target=0, capaian=100)

    def test_caller_context_does_not_matter(self) -> None:
        """A hostile caller context gives the same answer."""
        with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR)):
            need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                                  rounding=sakip.Rounding(2, "down"))
        assert need.value == 1189


class TestBadQuestions:
    """Bad questions get the library's own errors naming the field."""

    def test_goal_outside_range(self) -> None:
        """Capaian above 100 under stabilize; above 200 under minimize."""
        with pytest.raises(sakip.InvalidValueError, match="goal"):
            sakip.simulasi.realisasi_untuk(target=(1, 2), capaian=101, polarisasi="stabilize")
        with pytest.raises(sakip.InvalidValueError, match="goal"):
            sakip.simulasi.realisasi_untuk(target=5, capaian=201, polarisasi="minimize")

    def test_unknown_input(self) -> None:
        """Solving for an input the figure does not have."""
        with pytest.raises(sakip.UnknownNameError, match="vary"):
            sakip.simulasi.solve(sakip.capaian, vary="bobot", fixed={"target": 1}, goal=1)

    def test_unknown_category(self) -> None:
        """A category name that does not exist lists the valid ones."""
        with pytest.raises(sakip.UnknownNameError, match="Sangat Baik"):
            sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024", kategori="Luar Biasa")
        with pytest.raises(sakip.UnknownNameError, match="predikat"):
            sakip.simulasi.poin_lke_untuk(predikat="AAA", perencanaan=1, pengukuran=1,
                                          pelaporan=1, evaluasi_internal=1)

    def test_bad_options(self) -> None:
        """Bad polarisasi, direction, grid, rounding, triwulan, kode."""
        with pytest.raises(sakip.InvalidValueError, match="polarisasi"):
            sakip.simulasi.realisasi_untuk(target=1, capaian=1, polarisasi="up")
        with pytest.raises(sakip.InvalidValueError, match="direction"):
            sakip.simulasi.realisasi_untuk(target=1, capaian=1, direction="greatest")
        with pytest.raises(sakip.InvalidValueError, match="grid"):
            sakip.simulasi.realisasi_untuk(target=1, capaian=1, grid=0)
        with pytest.raises(sakip.InvalidTypeError, match="rounding"):
            sakip.simulasi.realisasi_untuk(target=1, capaian=1, rounding=2)  # type: ignore[arg-type]
        with pytest.raises(sakip.InvalidValueError, match="triwulan"):
            sakip.simulasi.realisasi_triwulan_untuk(pagu={"52": 1}, realisasi={"52": 0},
                                                    triwulan=5)
        # a realisasi that is no mapping is named as realisasi, with the value given (it was
        # refused as pagu, with the type name of pagu)
        with pytest.raises(sakip.InvalidTypeError) as caught:
            sakip.simulasi.realisasi_triwulan_untuk(
                pagu={"52": 1}, realisasi=[0], triwulan=1)  # type: ignore[arg-type]
        assert (caught.value.field, caught.value.received) == ("realisasi", [0])
        with pytest.raises(sakip.InvalidTypeError) as caught:
            sakip.simulasi.realisasi_triwulan_untuk(
                pagu="1000", realisasi={"52": 0}, triwulan=1)  # type: ignore[arg-type]
        assert (caught.value.field, caught.value.received) == ("pagu", "1000")
        ro = sakip.RincianOutput(kode="5634.QDC.011", pagu=100, realisasi=50, capaian=100)
        with pytest.raises(sakip.UnknownNameError, match="kode"):
            sakip.simulasi.realisasi_maksimum([ro], kode="1111.AAA.111")

    def test_satker_questions_need_a_kode(self) -> None:
        """Several outputs: capaian output, and realisasi under pmk-249-2011, need a kode."""
        a = sakip.RincianOutput(kode="5634.QDC.011", pagu=100, realisasi=50, capaian=100)
        b = sakip.RincianOutput(kode="5634.QDC.012", pagu=100, realisasi=50, capaian=100)
        with pytest.raises(sakip.InvalidValueError, match="kode"):
            sakip.simulasi.capaian_output_minimum([a, b])
        with pytest.raises(sakip.InvalidValueError, match="kode"):
            sakip.simulasi.realisasi_maksimum([a, b], rumus="pmk-249-2011")
        total = sakip.simulasi.realisasi_maksimum([a, b], rumus="per-pagu",
                                                  kategori="Kurang Efisien")
        assert total.value == 200  # E = 0 at full spending: NE 50 is still Kurang Efisien

    def test_float_refused(self) -> None:
        """Floats are refused as everywhere in sakip."""
        with pytest.raises(sakip.InvalidTypeError, match="capaian"):
            sakip.simulasi.realisasi_untuk(target=1176, capaian=101.1)  # type: ignore[arg-type]

    def test_ikpa_already_aa_lke(self) -> None:
        """An AA evaluation has no next predikat to ask for by default."""
        with pytest.raises(sakip.InvalidValueError, match="already AA"):
            sakip.simulasi.poin_lke_untuk(perencanaan=30, pengukuran=30, pelaporan=15,
                                          evaluasi_internal=25)


class TestIKPA:
    """Per-indicator scores and the least-total raise plan."""

    def test_per_indicator(self) -> None:
        """IKPA 94: capaian_output (25) needs +4, penyerapan (20) +5, deviasi (15) +6,67."""
        needs = sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024")
        assert needs["capaian_output"].value == D("94.00")
        assert needs["penyerapan_anggaran"].value == D("95.00")
        assert needs["deviasi_halaman_iii_dipa"].value == D("96.67")
        assert not needs["revisi_dipa"].reachable
        assert len(needs.to_rows()) == 7 and "<table>" in needs._repr_html_()
        assert "unreachable" in needs.explain().to_text("en")

    def test_not_assessed_not_raised(self) -> None:
        """An indicator given as None is not among the answers."""
        needs = sakip.simulasi.skor_ikpa_untuk(S2024 | {"belanja_kontraktual": None},
                                               aturan="per-5-pb-2024")
        assert "belanja_kontraktual" not in needs.labels()

    def test_plan_spans_indicators(self) -> None:
        """From 80 everywhere (PER-5/PB/2024) to 95: +15 IKPA = 1500 weighted points.

        Heaviest first: capaian_output (25) +20 → 500, penyerapan (20) +20 → 400,
        deviasi (15) +20 → 300, then a weight-10 indicator +20 → 200, another +10 → 100:
        total 90 points.
        """
        scores = dict.fromkeys(S2024, 80)
        plan = sakip.simulasi.kenaikan_ikpa(scores, aturan="per-5-pb-2024")
        assert isinstance(plan, sakip.simulasi.RaiseSet)
        assert plan.value == 90
        assert plan.figure.value == 95 and plan.figure.kategori == "Sangat Baik"
        assert plan.explain().value == plan.value
        assert [row["indikator"] for row in plan.to_rows()][:3] == [
            "capaian_output", "penyerapan_anggaran", "deviasi_halaman_iii_dipa"]

    def test_plan_already_reached(self) -> None:
        """Every indicator at 100 less the 1-point dispensasi deduction is 99: nothing to raise."""
        scores = dict.fromkeys(S2024, 100)
        plan = sakip.simulasi.kenaikan_ikpa(scores, aturan="per-5-pb-2024", dispensasi_spm=1)
        assert isinstance(plan, sakip.simulasi.RaiseSet)
        assert plan.value == 0 and plan.raises == ()

    def test_plan_with_deduction(self) -> None:
        """IKPA 94 less a 0,5 deduction is 93,5: capaian_output needs +6 (1,5 × 100 / 25)."""
        plan = sakip.simulasi.kenaikan_ikpa(S2024, aturan="per-5-pb-2024",
                                            dispensasi_spm="0.50")
        assert isinstance(plan, sakip.simulasi.RaiseSet)
        assert plan.value == 6 and plan.figure.value == 95


class TestLKEAndPenyerapan:
    """LKE points per component; penyerapan still needed by the end of a quarter."""

    def test_lke_band_edge(self) -> None:
        """Nilai 70 is B; BB needs > 70: 0,01 more on any component."""
        r = sakip.simulasi.poin_lke_untuk(perencanaan=20, pengukuran=20, pelaporan=10,
                                          evaluasi_internal=20)
        assert [str(i.value) for i in r] == ["20.01", "20.01", "10.01", "20.01"]

    def test_lke_explicit_predikat(self) -> None:
        """From 82,70 (A), a goal of BB (below the current predikat) is allowed."""
        r = sakip.simulasi.poin_lke_untuk(predikat="BB", perencanaan="24.50",
                                          pengukuran="25.00", pelaporan="12.00",
                                          evaluasi_internal="21.20")
        # BB needs > 70: perencanaan needs 70,01 − 58,20 = 11,81
        assert r["perencanaan"].value == D("11.81")

    def test_quarter_targets(self) -> None:
        """TW II targets 51: 50 %, 53: 40 % of pagu − blokir (PER-5/PB/2024 §5)."""
        r = sakip.simulasi.realisasi_triwulan_untuk(
            pagu={"51": 3382359000, "53": 594346000}, realisasi={"51": 1800000000, "53": 0},
            triwulan=2, blokir={"53": 94346000})
        assert r["51"].value == 1691179500  # 50 % of 3.382.359.000
        assert r["51"].to_row()["masih_diperlukan"] == 0
        assert r["53"].value == 200000000  # 40 % of 500.000.000
        assert r["53"].to_row()["masih_diperlukan"] == 200000000


class TestGeneral:
    """The general inverse and the result protocol."""

    def test_solve_detects_direction(self) -> None:
        """Penyerapan 99,65 % of the seed's pagu (rounded half-up) needs RA ≥ 99,645 %."""
        pagu = 36716642000
        answer = sakip.simulasi.solve(sakip.penyerapan, vary="realisasi", fixed={"pagu": pagu},
                                      goal=D("99.65"), upper=pagu,
                                      rounding=sakip.Rounding(2, "half_up"))
        # 36.716.642.000 × 0,99645 = 36.586.297.920,9 → 36.586.297.921
        assert answer.value == 36586297921

    def test_solve_greatest(self) -> None:
        """The greatest realisasi keeping penyerapan ≤ 50 %."""
        answer = sakip.simulasi.solve(sakip.penyerapan, vary="realisasi", fixed={"pagu": 999},
                                      goal=Goal.at_most(50), upper=999, direction="greatest")
        assert answer.value == 499

    def test_solution_protocol(self) -> None:
        """to_row/to_rows with a Rounding, HTML, pickling of the data, explain."""
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
        assert isinstance(need, Solution)
        rows = need.to_rows(sakip.Rounding(0, "half_up"))
        assert rows[0]["value"] == 1176 and rows[0]["figure_value"] == 100
        assert rows[0]["figure"] == "capaian"
        assert set(rows[0]) == set(sakip.simulasi.realisasi_untuk(
            target=10, capaian=300, cap=120).to_row())  # the same columns when unreachable
        assert "<table>" in need._repr_html_()
        assert need.figure.value == 100
        assert pickle.loads(pickle.dumps(need.question.goal)) == need.question.goal

    def test_unbounded_search_limit(self) -> None:
        """A goal no realisasi reaches (capped) is reported, not answered."""
        answer = sakip.simulasi.solve(sakip.capaian, vary="realisasi",
                                      fixed={"target": 10, "cap": 100}, goal=150,
                                      increasing=True)
        assert isinstance(answer, Unreachable) and "does not reach" in answer.reason

    def test_goal_between_grid_points(self) -> None:
        """Exact capaian exactly 100,05 with T = 7 and whole R: no R hits it."""
        answer = sakip.simulasi.solve(
            sakip.capaian, vary="realisasi", fixed={"target": 7},
            goal=Goal(lower=D("100.05"), upper=D("100.05")), increasing=True)
        assert isinstance(answer, Unreachable) and "between two grid points" in answer.reason

    def test_decimal_output_precision(self) -> None:
        """Scores are answered on their grid: two decimals kept."""
        needs = sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024")
        assert str(needs["capaian_output"].value) == "94.00"
        assert Decimal("94.00") == needs["capaian_output"].value


class TestValues:
    """Answers are values: they pickle, compare, and take library results as inputs."""

    def test_answers_pickle(self) -> None:
        """Every named question's answer survives a pickle round trip."""
        ro = sakip.RincianOutput(kode="5635.EBA.962", pagu=105768000, realisasi=104133250,
                                 capaian=100)
        answers = [
            sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                           rounding=sakip.Rounding(2, "down")),
            sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120),
            sakip.simulasi.realisasi_maksimum(ro, rumus="per-pagu"),
            sakip.simulasi.skor_ikpa_untuk(S2024, aturan="per-5-pb-2024")["capaian_output"],
            sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023)["revisi_dipa"],
            sakip.simulasi.poin_lke_untuk(perencanaan=20, pengukuran=20, pelaporan=10,
                                          evaluasi_internal=20)["pelaporan"],
            sakip.simulasi.realisasi_triwulan_untuk(pagu={"52": 1000}, realisasi={"52": 0},
                                                    triwulan=2)["52"],
            sakip.simulasi.batas_efisiensi()["Efisien"],
        ]
        for answer in answers:
            again = pickle.loads(pickle.dumps(answer))
            assert again == answer
            assert again.to_row() == answer.to_row()

    def test_result_as_input_is_explained(self) -> None:
        """A capaian goal given as a library result: its derivation leads the explanation."""
        goal = sakip.capaian(target=1176, realisasi=1189)  # 101,105…
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian=goal)
        assert need.value == 1189
        assert need.explain().steps[0].name == "capaian: capaian"
        assert need.explain().value == need.value

    def test_pmk_214_capaian_output_starts_above_zero(self) -> None:
        """Under pmk-214-2017 a lone output has no E at CO 0: the search starts at 0,01.

        RA 0: E = 100 % for every CO > 0, so 0,01 % already keeps Sangat Efisien.
        """
        ro = sakip.RincianOutput(kode="5634.QDC.011", pagu=100, realisasi=0, capaian=0)
        answer = sakip.simulasi.capaian_output_minimum(ro)
        assert answer.value == D("0.01")


class TestLKEFromResult:
    """poin_lke_untuk starts from an evaluation result's component totals."""

    def test_from_evaluasi_akip(self) -> None:
        """The seed's 82,70 as an EvaluasiAKIP: 7,31 points for AA, none alone."""
        e = sakip.evaluasi_akip(perencanaan="24.50", pengukuran="25.00", pelaporan="12.00",
                                evaluasi_internal="21.20")
        r = sakip.simulasi.poin_lke_untuk(e)
        assert dict(r.summary)["poin_diperlukan"] == D("7.31")
        assert r.labels() == ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")

    def test_12_2015_rule_set_carried(self) -> None:
        """The older five-component rule set comes with the result."""
        e = sakip.evaluasi_akip(aturan="permenpanrb-12-2015", perencanaan=20, pengukuran=20,
                                pelaporan=10, evaluasi_internal=5, capaian_kinerja=15)
        r = sakip.simulasi.poin_lke_untuk(e)  # 70 (B): BB needs 70,01
        assert r["capaian_kinerja"].value == D("15.01")

    def test_result_and_points_refused(self) -> None:
        """Both a result and keyword points: refused; a non-result: refused."""
        e = sakip.evaluasi_akip(perencanaan=20, pengukuran=20, pelaporan=10,
                                evaluasi_internal=20)
        with pytest.raises(sakip.InvalidValueError, match="komponen"):
            sakip.simulasi.poin_lke_untuk(e, perencanaan=1)
        with pytest.raises(sakip.InvalidTypeError, match="evaluasi"):
            sakip.simulasi.poin_lke_untuk(82)


class TestSolveWithResults:
    """The general inverse over any figure, with library results as fixed inputs."""

    def test_nka_eka_needed(self) -> None:
        """NKA = 60 % EKA + 40 % IKPA ≥ 95 with IKPA 94: EKA ≥ 95,666…, so 96 in whole points."""
        ik = sakip.ikpa(S2024, tahun=2024)
        answer = sakip.simulasi.solve(sakip.nka, vary="eka", fixed={"ikpa": ik}, goal=95,
                                      upper=100)
        assert answer.value == 96
        text = answer.explain().to_text()
        assert "ikpa: nilai komposit" in text and "nka(ikpa=IKPA 94, eka=x)" in text

    def test_from_lke_worksheet(self) -> None:
        """A worksheet result (sakip.lke) works the same; its own poin_menuju agrees.

        All sub-components B (70 % of each weight): nilai 70,00 (B); BB needs > 70,
        0,01 more on any component.
        """
        codes = ("1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c",
                 "4.a", "4.b", "4.c")
        worksheet = sakip.lke(dict.fromkeys(codes, "B"))
        r = sakip.simulasi.poin_lke_untuk(worksheet)
        assert dict(r.summary)["poin_diperlukan"] == worksheet.poin_menuju() == D("0.01")
        assert r["perencanaan"].value == D("21.01")  # 21 + 0,01


class TestIKPAWithCalculators:
    """Scores given as the IKPA calculators' results (issue 14) work as in sakip.ikpa."""

    def test_revisi_dipa_result_counts_capped(self) -> None:
        """Revisi DIPA 0 and 1 revisions scores 110, counted 100 in the composite (batasi).

        IKPA (PER-5/PB/2024) then 94, as with a plain 100; capaian_output still needs 94,00,
        the plan raises it by 4,00, and the calculator's derivation opens the explanation.
        """
        revisi = importlib.import_module("sakip.ikpa_indikator").ikpa_revisi_dipa(
            semester_i=0, semester_ii=1)
        scores = S2024 | {"revisi_dipa": revisi}
        needs = sakip.simulasi.skor_ikpa_untuk(scores, tahun=2024)
        assert needs["capaian_output"].value == D("94.00")
        plan = sakip.simulasi.kenaikan_ikpa(scores, tahun=2024)
        assert isinstance(plan, sakip.simulasi.RaiseSet)
        assert plan.value == 4 and plan.figure.kategori == "Sangat Baik"
        assert plan.explain().steps[0].name.startswith("revisi_dipa: ")


def test_the_search_engine_imports_no_domain_module() -> None:
    """sakip/simulasi/_search.py (the grid search) imports only the solver's own low modules.

    Its module docstring promises it; every question family shares it. Imports under
    ``if TYPE_CHECKING:`` (``Question``, for annotations) do not run and are not counted.
    """
    import ast
    from pathlib import Path

    import sakip.simulasi._search as engine

    assert engine.__file__ is not None
    tree = ast.parse(Path(engine.__file__).read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING"
                   for node in ast.walk(block)}
    imported = {node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and id(node) not in typing_only
                and node.module and node.module.startswith("sakip")}
    assert imported == {"sakip._bahasa", "sakip._decimal", "sakip.errors", "sakip.explain",
                        "sakip.numbers", "sakip.simulasi._goal"}
