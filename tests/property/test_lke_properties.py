"""Property tests of the LKE worksheet (regulations.md §2 and §10)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip.lke import LEMBAR_KERJA_PERMENPANRB_88_2021, SKALA_AA_E
from tests import strategies as s

CODES = sakip.lke_codes()


def _persen(answer: Any) -> Decimal:
    return SKALA_AA_E.persen(answer, field="test")


class TestBounds:
    """§10: sub-component = weight × mean(persen) / 100, so 0 ≤ sub ≤ weight; Σ = nilai."""

    @settings(max_examples=60)
    @given(jawaban=s.lke_jawaban())
    def test_sub_never_exceeds_weight(self, jawaban: dict[str, Any]) -> None:
        """No sub-component scores below 0 or above its weight."""
        r = sakip.lke(jawaban)
        for code, points in r.sub_komponen.items():
            assert 0 <= points <= LEMBAR_KERJA_PERMENPANRB_88_2021.bobot(code)

    @settings(max_examples=60)
    @given(jawaban=s.lke_jawaban())
    def test_sums_and_explain(self, jawaban: dict[str, Any]) -> None:
        """Components are Σ sub-components, nilai Σ components; explain gives the value."""
        import decimal

        r = sakip.lke(jawaban)
        # sakip sums in its 50-digit context: equal to the exact sum up to that precision
        with decimal.localcontext(decimal.Context(prec=120)):
            assert s.close(sum(r.komponen.values(), Decimal(0)), r.value)
            for name, points in r.komponen.items():
                subs = [v for k, v in r.sub_komponen.items()
                        if LEMBAR_KERJA_PERMENPANRB_88_2021.sub(k).komponen == name]
                assert s.close(sum(subs, Decimal(0)), points)
        assert r.explain().value == r.value
        assert r.predikat is sakip.Predikat.from_nilai(r.value)

    @given(scale=st.sampled_from(["aa-e", "y-t", "a-e", "a-d"]))
    def test_all_top_100_all_bottom_0(self, scale: str) -> None:
        """All-top answers give 100 (AA), all-bottom answers 0 (D), on every scale."""
        grades = sakip.rules.find("lke-skala", scale).grades  # type: ignore[attr-defined]
        top = sakip.lke(dict.fromkeys(CODES, grades[0]), skala=scale)
        bottom = sakip.lke({c: [grades[-1]] * 2 for c in CODES}, skala=scale)
        assert top.value == 100 and top.predikat is sakip.Predikat.AA
        assert bottom.value == 0 and bottom.predikat is sakip.Predikat.D


class TestContext:
    """Architecture: every computation runs in sakip's own context, never the caller's."""

    @settings(max_examples=30)
    @given(jawaban=s.lke_jawaban(), context=s.foreign_contexts())
    def test_caller_context_changes_nothing(self, jawaban: dict[str, Any],
                                            context: dict[str, Any]) -> None:
        """The nilai and every sub-component are the same under a hostile caller context."""
        import decimal

        expected = sakip.lke(jawaban)
        with decimal.localcontext(decimal.Context(**context)):
            got = sakip.lke(jawaban)
        assert got.skor_sub_komponen == expected.skor_sub_komponen
        assert got.value == expected.value


class TestMonotonic:
    """§10: the nilai never falls when one answer rises."""

    @settings(max_examples=60)
    @given(jawaban=s.lke_jawaban(), code=st.sampled_from(CODES), data=st.data())
    def test_raising_one_answer(self, jawaban: dict[str, Any], code: str,
                                data: st.DataObject) -> None:
        """Replacing one answer with a higher one never lowers the nilai or the predikat."""
        before = sakip.lke(jawaban)
        given_ = jawaban[code]
        answers = list(given_) if isinstance(given_, list) else [given_]
        index = data.draw(st.integers(min_value=0, max_value=len(answers) - 1))
        better = data.draw(s.lke_answer().filter(
            lambda a: _persen(a) >= _persen(answers[index])))
        answers[index] = better
        changed = answers if isinstance(given_, list) else answers[0]
        after = sakip.lke(jawaban | {code: changed})
        assert after.value >= before.value
        assert after.predikat >= before.predikat


class TestMethods:
    """§10: the average of equal answers is the single grade."""

    @given(grade=s.lke_answer(), n=st.integers(min_value=1, max_value=11),
           code=st.sampled_from(CODES))
    def test_average_of_equal_answers_is_single_grade(self, grade: Any, n: int,
                                                      code: str) -> None:
        """rata-rata over n equal answers equals nilai-tunggal of that answer."""
        base = dict.fromkeys(CODES, "B")
        single = sakip.lke(base | {code: grade})
        average = sakip.lke(base | {code: [grade] * n})
        assert average.sub_komponen[code] == single.sub_komponen[code]
        assert average.value == single.value


    @settings(max_examples=40)
    @given(answers=st.lists(s.lke_answer(), min_size=1, max_size=8),
           code=st.sampled_from(CODES))
    def test_average_is_the_mean_of_single_grades(self, answers: list[Any], code: str) -> None:
        """rata-rata = bobot × mean(persen) / 100: the mean of each answer's single-grade points."""
        import decimal

        base = dict.fromkeys(CODES, "B")
        singles = [sakip.lke(base | {code: a}).sub_komponen[code] for a in answers]
        average = sakip.lke(base | {code: answers}).sub_komponen[code]
        with decimal.localcontext(decimal.Context(prec=120)):
            assert s.close(sum(singles, Decimal(0)) / len(singles), average)


class TestPredikatEdges:
    """§2: 90 is A, above 90 is AA (the existing band table, never ``>= 90``)."""

    @given(nilai=s.scores())
    def test_predikat_from_the_band_table(self, nilai: Decimal) -> None:
        """A uniform percentage p gives nilai p and the band table's predikat."""
        r = sakip.lke(dict.fromkeys(CODES, nilai))
        assert r.value == nilai
        assert r.predikat is sakip.Predikat.from_nilai(nilai)

    def test_90_is_a_and_above_is_aa(self) -> None:
        """Uniform 90 % → 90 → A; 90,001 % → AA."""
        assert sakip.lke(dict.fromkeys(CODES, "A")).predikat is sakip.Predikat.A
        r = sakip.lke(dict.fromkeys(CODES, Decimal("90.001")))
        assert r.predikat is sakip.Predikat.AA

    @given(jawaban=s.lke_jawaban())
    def test_points_to_next_reach_it(self, jawaban: dict[str, Any]) -> None:
        """Adding poin_menuju() reaches the next predikat; one step less does not."""
        r = sakip.lke(jawaban)
        needed = r.poin_menuju()
        if needed is None:
            assert r.predikat is sakip.Predikat.AA
            return
        goal = r.predikat_berikutnya
        assert goal is not None and needed > 0
        assert sakip.Predikat.from_nilai(min(r.value + needed, Decimal(100))) >= goal
        assert sakip.Predikat.from_nilai(r.value + needed - Decimal("0.01")) < goal
