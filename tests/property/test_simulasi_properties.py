"""Property tests for sakip.simulasi: every answer is verified through the ordinary API.

Acceptance of issue 15: "the returned input reaches the target when fed forward
through the ordinary API, and the next grid point in the other direction does
not (least/greatest is really least/greatest); unreachable targets are
reported, never answered with a wrong number."
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip.simulasi import Solution, Unreachable
from tests import strategies as s

# Each example runs a search through the ordinary API; SAKIP_SIMULASI_EXAMPLES=2000 for a long run.
FEW = settings(max_examples=int(os.environ.get("SAKIP_SIMULASI_EXAMPLES", "40")))


def _printed(value: Decimal, rounding: sakip.Rounding | None) -> Decimal:
    return value if rounding is None else rounding.apply(value)


def _capaian(target: Any, r: Decimal, polarisasi: str, rumus: str, rounding: Any,
             cap: Any = None) -> Decimal:
    value = sakip.capaian(target=target, realisasi=r, polarisasi=polarisasi,
                          rumus_minimize=rumus, cap=cap).value  # type: ignore[arg-type]
    return _printed(value, rounding)


class TestCapaian:
    """§1: capaian is monotone in R (rising under maximize, falling under minimize)."""

    @FEW
    @given(target=st.integers(1, 10**6), goal=s.decimals(0, 300, 2),
           rounding=st.one_of(st.none(), s.roundings()))
    def test_maximize_least(self, target: int, goal: Decimal,
                            rounding: sakip.Rounding | None) -> None:
        """The least R reaches the goal; R − 1 does not."""
        need = sakip.simulasi.realisasi_untuk(target=target, capaian=goal, rounding=rounding)
        assert isinstance(need, Solution)
        assert _capaian(target, need.value, "maximize", "2t-r", rounding) >= goal
        if need.value > 0:
            assert _capaian(target, need.value - 1, "maximize", "2t-r", rounding) < goal
        assert need.explain().value == need.value

    @FEW
    @given(target=st.integers(1, 10**6), goal=s.decimals(0, 200, 2),
           rumus=st.sampled_from(["2t-r", "t/r"]),
           rounding=st.one_of(st.none(), s.roundings()))
    def test_minimize_greatest(self, target: int, goal: Decimal, rumus: str,
                               rounding: sakip.Rounding | None) -> None:
        """The greatest R reaches the goal; R + 1 does not; or no R ≥ 1 reaches (t/r)."""
        need = sakip.simulasi.realisasi_untuk(target=target, capaian=goal,
                                              polarisasi="minimize", rumus_minimize=rumus,
                                              rounding=rounding)
        if isinstance(need, Unreachable):
            if "no greatest" in need.reason:  # T / R > 0 for every R: a goal of 0 never binds
                assert _capaian(target, Decimal(10**30), "minimize", rumus, rounding) >= goal
            else:  # even the smallest R misses: t/r at R = 1 below the goal
                assert _capaian(target, need.question.lower, "minimize", rumus, rounding) < goal
            return
        assert _capaian(target, need.value, "minimize", rumus, rounding) >= goal
        assert _capaian(target, need.value + 1, "minimize", rumus, rounding) < goal

    @FEW
    @given(low=st.integers(1, 1000), width=st.integers(0, 1000), goal=s.decimals(0, 100, 2),
           direction=st.sampled_from(["least", "greatest"]))
    def test_stabilize(self, low: int, width: int, goal: Decimal, direction: str) -> None:
        """From below the least R, from above the greatest R."""
        target = (low, low + width)
        need = sakip.simulasi.realisasi_untuk(target=target, capaian=goal,
                                              polarisasi="stabilize",
                                              direction=direction)  # type: ignore[arg-type]
        assert isinstance(need, Solution)
        assert _capaian(target, need.value, "stabilize", "2t-r", None) >= goal
        other = need.value - 1 if direction == "least" else need.value + 1
        if other >= 0:
            assert _capaian(target, other, "stabilize", "2t-r", None) < goal

    @FEW
    @given(target=s.predikat(), goal=s.decimals(0, 250, 2),
           rounding=st.one_of(st.none(), s.roundings()))
    def test_predikat_target(self, target: sakip.Predikat, goal: Decimal,
                             rounding: sakip.Rounding | None) -> None:
        """§1.4 (ordinal ranks): the least predikat reaches the goal; one rank lower does not."""
        order = sorted(sakip.Predikat, key=lambda p: p.rank)

        def reached(rank: int) -> bool:
            value = sakip.capaian(target=target, realisasi=order[rank - 1]).value
            return _printed(value, rounding) >= goal

        need = sakip.simulasi.realisasi_untuk(target=target, capaian=goal, rounding=rounding)
        if isinstance(need, Unreachable):
            assert not reached(7)
            return
        rank = int(need.value)
        assert reached(rank) and need.to_row()["predikat"] == str(order[rank - 1])
        if rank > 1:
            assert not reached(rank - 1)

    @FEW
    @given(target=st.integers(1, 10**4), cap=s.decimals(50, 150, 2), over=s.decimals(0, 50, 2))
    def test_cap_unreachable(self, target: int, cap: Decimal, over: Decimal) -> None:
        """A goal above the cap is reported unreachable, never answered."""
        goal = cap + over + Decimal("0.01")
        answer = sakip.simulasi.realisasi_untuk(target=target, capaian=goal, cap=cap)
        assert isinstance(answer, Unreachable) and not answer.reachable


class TestEfisiensi:
    """§4: NE falls as realisasi rises and rises with capaian output."""

    @FEW
    @given(ro=s.rincian_outputs(max_pagu=10**12),
           kategori=st.sampled_from(["Sangat Efisien", "Efisien", "Cukup Efisien"]),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu"]),
           rounding=st.one_of(st.none(), st.just(sakip.Rounding(2, "half_up"))))
    def test_greatest_realisasi(self, ro: sakip.RincianOutput, kategori: str, rumus: Any,
                                rounding: sakip.Rounding | None) -> None:
        """The answer keeps the category (printed NE); one rupiah more does not (below pagu)."""
        from sakip.budget import KATEGORI_EFISIENSI

        lower = {name: lower for lower, name in KATEGORI_EFISIENSI.bands}[kategori]

        def ne(realisasi: Decimal) -> Decimal:
            changed = sakip.RincianOutput(kode=ro.kode, pagu=ro.pagu, realisasi=realisasi,
                                          capaian=ro.capaian)
            return _printed(sakip.efisiensi([changed], rumus=rumus).nilai.value, rounding)

        try:
            answer = sakip.simulasi.realisasi_maksimum(ro, kategori=kategori, rumus=rumus,
                                                       rounding=rounding)
        except sakip.NotComputableError:
            return  # Σ (P × CO) is zero: the figure itself is not computable
        if isinstance(answer, Unreachable):
            assert ne(Decimal(0)) < lower
            return
        assert ne(answer.value) >= lower
        if answer.value < ro.pagu:
            assert ne(answer.value + 1) < lower

    @FEW
    @given(outputs=st.lists(s.rincian_outputs(max_pagu=10**9), min_size=2, max_size=5),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu"]))
    def test_greatest_total_realisasi(self, outputs: list[sakip.RincianOutput],
                                      rumus: Any) -> None:
        """The satker's greatest total realisasi keeps Sangat Efisien; one rupiah more not.

        Checked with the difference spread in reverse order, a different allocation than
        the one the answer was verified with: E depends only on the sum.
        """
        def ne(total: Decimal) -> Decimal:
            rest = total - sum(ro.realisasi for ro in outputs)
            changed = []
            for ro in reversed(outputs):
                step = min(rest, ro.pagu - ro.realisasi) if rest > 0 else max(rest, -ro.realisasi)
                rest -= step
                changed.append(sakip.RincianOutput(kode=ro.kode, pagu=ro.pagu,
                                                   realisasi=ro.realisasi + step,
                                                   capaian=ro.capaian))
            return sakip.efisiensi(changed, rumus=rumus).nilai.value

        try:
            answer = sakip.simulasi.realisasi_maksimum(outputs, rumus=rumus)
        except sakip.NotComputableError:
            return  # Σ (P × CO) is zero: E itself is not computable
        if isinstance(answer, Unreachable):
            assert ne(Decimal(0)) < 90
            return
        assert ne(answer.value) >= 90
        if answer.value < sum(ro.pagu for ro in outputs):
            assert ne(answer.value + 1) < 90

    @FEW
    @given(ro=s.rincian_outputs(max_pagu=10**12), rumus=st.sampled_from(["pmk-214-2017",
                                                                            "per-pagu"]))
    def test_least_capaian_output(self, ro: sakip.RincianOutput, rumus: Any) -> None:
        """The least CO keeps Sangat Efisien; 0,01 less does not."""
        def ne(co: Decimal) -> Decimal:
            changed = sakip.RincianOutput(kode=ro.kode, pagu=ro.pagu, realisasi=ro.realisasi,
                                          capaian=co)
            return sakip.efisiensi([changed], rumus=rumus).nilai.value

        answer = sakip.simulasi.capaian_output_minimum(ro, rumus=rumus)
        assert isinstance(answer, Solution)
        assert ne(answer.value) >= 90
        if answer.value > answer.question.lower:  # pmk-214-2017 starts at 0,01: no E at CO 0
            assert ne(answer.value - Decimal("0.01")) < 90


class TestIKPA:
    """§5: the IKPA is increasing in every assessed indicator."""

    @FEW
    @given(case=s.ikpa_scores(), kategori=st.sampled_from(["Sangat Baik", "Baik", "Cukup"]))
    def test_per_indicator(self, case: tuple[str, dict[str, Decimal | None]],
                           kategori: str) -> None:
        """Each answer reaches the category through sakip.ikpa; 0,01 less does not."""
        aturan, scores = case
        needs = sakip.simulasi.skor_ikpa_untuk(scores, aturan=aturan, kategori=kategori)
        order = ["Kurang", "Cukup", "Baik", "Sangat Baik"]

        def reached(name: str, x: Decimal) -> bool:
            got = sakip.ikpa(scores | {name: x}, aturan=aturan).kategori
            return order.index(got) >= order.index(kategori)

        for item in needs:
            name = item.question.label
            if isinstance(item, Unreachable):
                assert not reached(name, Decimal(100))
                continue
            assert reached(name, item.value)
            if item.value > 0:
                assert not reached(name, item.value - Decimal("0.01"))

    @FEW
    @given(case=s.ikpa_scores())
    def test_plan_is_least(self, case: tuple[str, dict[str, Decimal | None]]) -> None:
        """The plan reaches Sangat Baik; cutting its last raise by 0,01 does not; and it costs
        no more than any single-indicator answer (each of which is itself a plan)."""
        aturan, given_scores = case
        scores: dict[str, Any] = dict(given_scores)
        plan = sakip.simulasi.kenaikan_ikpa(scores, aturan=aturan)
        assert isinstance(plan, sakip.simulasi.RaiseSet)
        assert plan.figure.value >= 95
        if plan.raises:
            name, _before, after = plan.raises[-1]
            cut = {n: a for n, _, a in plan.raises} | {name: after - Decimal("0.01")}
            assert sakip.ikpa(scores | cut, aturan=aturan).value < 95
        singles = sakip.simulasi.skor_ikpa_untuk(scores, aturan=aturan)
        for item in singles:
            if isinstance(item, Solution):
                current = scores[item.question.label]
                assert current is not None
                assert plan.value <= max(item.value - current, Decimal(0))
        assert plan.explain().value == plan.value


class TestLKE:
    """§2: the nilai is the sum of the components; predikat bands exclusive below."""

    @FEW
    @given(komponen=s.lke_komponen())
    def test_next_predikat(self, komponen: dict[str, Any]) -> None:
        """Each component's answer reaches the next predikat; 0,01 less does not."""
        now = sakip.evaluasi_akip(**komponen).predikat
        if now is sakip.Predikat.AA:
            return
        r = sakip.simulasi.poin_lke_untuk(**komponen)
        for item in r:
            name = item.question.label
            if isinstance(item, Unreachable):
                top = sakip.evaluasi_akip(**(komponen | {name: item.question.upper}))
                assert top.predikat <= now
                continue
            assert sakip.evaluasi_akip(**(komponen | {name: item.value})).predikat > now
            if item.value > 0:
                lower = item.value - Decimal("0.01")
                assert sakip.evaluasi_akip(**(komponen | {name: lower})).predikat <= now


class TestPenyerapan:
    """§5 quarterly targets: penyerapan is increasing in realisasi."""

    @FEW
    @given(pagu=st.integers(1, 10**13), triwulan=st.integers(1, 4),
           jenis=st.sampled_from(["51", "52", "53", "57"]), share=st.integers(0, 100))
    def test_least_realisasi(self, pagu: int, triwulan: int, jenis: str, share: int) -> None:
        """The answer meets the quarter's target through sakip.penyerapan; one rupiah less not."""
        from sakip.ikpa import TARGET_PENYERAPAN_PER_5_PB_2024

        target = dict(TARGET_PENYERAPAN_PER_5_PB_2024.targets)[jenis][triwulan - 1]
        so_far = pagu * share // 100
        r = sakip.simulasi.realisasi_triwulan_untuk(pagu={jenis: pagu},
                                                    realisasi={jenis: so_far}, triwulan=triwulan)
        answer = r[jenis]
        assert isinstance(answer, Solution)
        assert sakip.penyerapan(pagu=pagu, realisasi=answer.value).value >= target
        if answer.value > 0:
            assert sakip.penyerapan(pagu=pagu, realisasi=answer.value - 1).value < target
        assert answer.to_row()["masih_diperlukan"] == max(answer.value - so_far, 0)


class TestContextIndependence:
    """Style: a caller's decimal context never changes an answer or its explanation."""

    @FEW
    @given(ctx=s.foreign_contexts(), target=st.integers(1, 10**6), goal=s.decimals(0, 300, 2),
           rounding=st.one_of(st.none(), s.roundings()), case=s.ikpa_scores())
    def test_answers(self, ctx: dict[str, object], target: int, goal: Decimal,
                     rounding: sakip.Rounding | None,
                     case: tuple[str, dict[str, Decimal | None]]) -> None:
        """realisasi_untuk, skor_ikpa_untuk and kenaikan_ikpa agree under a hostile context."""
        import decimal

        aturan, scores = case
        clean = sakip.simulasi.realisasi_untuk(target=target, capaian=goal, rounding=rounding)
        needs = sakip.simulasi.skor_ikpa_untuk(scores, aturan=aturan)
        plan = sakip.simulasi.kenaikan_ikpa(scores, aturan=aturan)
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            hostile = sakip.simulasi.realisasi_untuk(target=target, capaian=goal,
                                                     rounding=rounding)
            assert hostile.to_row() == clean.to_row()
            assert hostile.explain().value == clean.value
            assert sakip.simulasi.skor_ikpa_untuk(scores, aturan=aturan).to_rows() == \
                needs.to_rows()
            assert sakip.simulasi.kenaikan_ikpa(scores, aturan=aturan).to_rows() == \
                plan.to_rows()


class TestBandEdges:
    """§4: NE = 50 + (E / 20) × 50, clipped; the band edges of the category table."""

    @FEW
    @given(rounding=st.one_of(st.none(), s.roundings()), clip=st.booleans())
    def test_least_e_per_band(self, rounding: sakip.Rounding | None, clip: bool) -> None:
        """Each edge's E gives NE in the band (printed); 0,01 less does not."""
        from sakip.budget import KATEGORI_EFISIENSI

        edges = sakip.simulasi.batas_efisiensi(rounding=rounding, clip=clip)
        for (lower, _name), item in zip(KATEGORI_EFISIENSI.bands, edges, strict=True):
            assert isinstance(item, Solution)
            ne = sakip.nilai_efisiensi(item.value, clip=clip).value
            assert _printed(ne, rounding) >= lower
            before = sakip.nilai_efisiensi(item.value - Decimal("0.01"), clip=clip).value
            assert _printed(before, rounding) < lower


class TestRaiseFromTotal:
    """§5: with every indicator assessed, one point on weight w adds w / 100 to the IKPA."""

    @FEW
    @given(nilai=s.two_decimal_scores(50, 100), pick=st.integers(0, 12),
           aturan=st.sampled_from(["per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2024"]))
    def test_raise_through_ikpa(self, nilai: Decimal, pick: int, aturan: str) -> None:
        """Every indicator at the published nilai gives that IKPA; raising one by the answer
        reaches Sangat Baik through sakip.ikpa, 0,01 less does not (when the raise fits)."""
        rule = sakip.rules.find("ikpa", aturan)
        names = [name for name, _ in rule.weights]  # type: ignore[attr-defined]
        name = names[pick % len(names)]
        answer = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai=nilai, aturan=aturan)[name]
        base = dict.fromkeys(names, nilai)
        if isinstance(answer, Unreachable):  # the raise needed exceeds 100 points
            weight = dict(rule.weights)[name]  # type: ignore[attr-defined]
            assert (Decimal(95) - nilai) * 100 / weight > 100
            return
        if nilai + answer.value <= 100:
            assert sakip.ikpa(base | {name: nilai + answer.value}, aturan=aturan).value >= 95
        if answer.value > 0 and nilai + answer.value - Decimal("0.01") <= 100:
            lower = nilai + answer.value - Decimal("0.01")
            assert sakip.ikpa(base | {name: lower}, aturan=aturan).value < 95


class TestRaiseFromTotalAtTheEdge:
    """Review of issue 15: a published nilai chosen so the edge is reached exactly.

    With every indicator assessed (Σw = 100) a raise of k hundredths on weight w
    adds w·k / 10 000; starting from ``t − w·k / 10 000``, where t is the least
    exact IKPA whose printed figure is 95 (95 exact or truncated; 95 − u/2
    half-up), the least raise is exactly k hundredths, by construction.
    """

    @FEW
    @given(k=st.integers(1, 10_000), pick=st.integers(0, 12),
           aturan=st.sampled_from(["per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2024"]),
           mode=st.sampled_from([None, "half_up", "down"]), places=st.integers(0, 4))
    @example(k=4000, pick=1, aturan="per-5-pb-2024", mode="half_up", places=2)  # 88,995 + 6
    def test_exact_edge(self, k: int, pick: int, aturan: str, mode: str | None,
                        places: int) -> None:
        """The answer is k × 0,01, neither a step more nor a step less."""
        rule = sakip.rules.find("ikpa", aturan)
        names = [name for name, _ in rule.weights]  # type: ignore[attr-defined]
        name = names[pick % len(names)]
        weight = dict(rule.weights)[name]  # type: ignore[attr-defined]
        rounding = None if mode is None else sakip.Rounding(places, mode)  # type: ignore[arg-type]
        edge = Decimal(95)
        if mode == "half_up":
            edge -= Decimal(1).scaleb(-places) / 2
        nilai = edge - weight * k / Decimal(10_000)
        if nilai < 0:
            return
        answer = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai=nilai, aturan=aturan,
                                                         rounding=rounding)[name]
        assert isinstance(answer, Solution)
        assert answer.value == Decimal(k) / 100
