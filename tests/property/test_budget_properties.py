"""Property tests pinning the efficiency transformation and the budget aggregates (§3–4)."""

from __future__ import annotations

import decimal
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

import sakip
from tests import strategies as s


class TestNilaiEfisiensi:
    """§4: NE = 50 + (E / 20) × 50, clipped to [0, 100] by default."""

    def test_fixed_points(self) -> None:
        """NE(0) = 50, NE(20) = 100, NE(−20) = 0."""
        assert sakip.nilai_efisiensi(0).value == 50
        assert sakip.nilai_efisiensi(20).value == 100
        assert sakip.nilai_efisiensi(-20).value == 0

    @given(a=s.decimals(-100, 100, 4), b=s.decimals(-100, 100, 4), clip=st.booleans())
    def test_monotonic(self, a: Decimal, b: Decimal, clip: bool) -> None:
        """NE never decreases as E increases."""
        lo, hi = sorted((a, b))
        assert sakip.nilai_efisiensi(lo, clip=clip).value <= sakip.nilai_efisiensi(
            hi, clip=clip).value

    @given(e=s.decimals(-1000, 1000, 4))
    def test_bounded_when_clipped(self, e: Decimal) -> None:
        """Clipped NE lies in [0, 100] and equals the unclipped value clamped."""
        clipped = sakip.nilai_efisiensi(e).value
        raw = sakip.nilai_efisiensi(e, clip=False).value
        assert 0 <= clipped <= 100
        assert clipped == min(max(raw, Decimal(0)), Decimal(100))

    @given(e=s.decimals(-20, 20, 6))
    def test_linear_between_clip_points(self, e: Decimal) -> None:
        """Between −20 and 20 the clipped and raw NE agree and are exactly 50 + 2,5·E."""
        ne = sakip.nilai_efisiensi(e).value
        assert ne == sakip.nilai_efisiensi(e, clip=False).value
        assert ne == 50 + e * Decimal("2.5")

    @given(eps=s.decimals("0.000001", "0.01", 6))
    def test_continuous_at_clip_points(self, eps: Decimal) -> None:
        """Approaching ±20 from inside, NE approaches 100 and 0 within 2,5·ε."""
        assert 100 - sakip.nilai_efisiensi(20 - eps).value <= eps * Decimal("2.5")
        assert sakip.nilai_efisiensi(-20 + eps).value <= eps * Decimal("2.5")
        assert sakip.nilai_efisiensi(20 + eps).value == 100
        assert sakip.nilai_efisiensi(-20 - eps).value == 0


class TestEfisiensi:
    """§4: E over outputs, for each named rumus."""

    @given(outputs=st.lists(s.rincian_outputs(10**9), min_size=1, max_size=6),
           k=st.integers(min_value=2, max_value=1000),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu"]))
    def test_scale_invariance(self, outputs: list[sakip.RincianOutput], k: int,
                              rumus: str) -> None:
        """Scaling every amount by the same factor leaves E unchanged."""
        scaled = [sakip.RincianOutput(kode=o.kode, pagu=o.pagu * k, realisasi=o.realisasi * k,
                                      capaian=o.capaian) for o in outputs]
        try:
            a = sakip.efisiensi(outputs, rumus=rumus).value  # type: ignore[arg-type]
        except sakip.NotComputableError:
            return
        b = sakip.efisiensi(scaled, rumus=rumus).value  # type: ignore[arg-type]
        assert s.close(a, b)

    @given(outputs=st.lists(s.rincian_outputs(10**9), min_size=1, max_size=6),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu"]))
    def test_zero_when_spending_exactly_p_times_co(self, outputs: list[sakip.RincianOutput],
                                                   rumus: str) -> None:
        """E = 0 when every output spends exactly P × CO."""
        exact = []
        for o in outputs:
            co = min(o.capaian or Decimal(0), Decimal(100))
            exact.append(sakip.RincianOutput(kode=o.kode, pagu=o.pagu,
                                             realisasi=o.pagu * co / 100, capaian=co))
        if all(o.capaian == 0 for o in exact):
            return
        assert sakip.efisiensi(exact, rumus=rumus).value == 0  # type: ignore[arg-type]

    @given(outputs=st.lists(s.rincian_outputs(10**9), min_size=1, max_size=6),
           ctx=s.foreign_contexts())
    def test_independent_of_caller_context(self, outputs: list[sakip.RincianOutput],
                                           ctx: dict[str, object]) -> None:
        """E, NE and penyerapan do not depend on the caller's decimal context."""
        clean = sakip.efisiensi(outputs, rumus="per-pagu")
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            hostile = sakip.efisiensi(outputs, rumus="per-pagu")
            assert hostile.value == clean.value
            assert hostile.nilai.value == clean.nilai.value
            assert sakip.Penyerapan.from_outputs(outputs).value == (
                sakip.Penyerapan.from_outputs(outputs).value)

    @given(outputs=st.lists(s.rincian_outputs(10**9, capaian=False), min_size=1, max_size=4),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu", "pmk-249-2011"]))
    def test_explain_agrees(self, outputs: list[sakip.RincianOutput], rumus: str) -> None:
        """The explanation's final value is the result's value, for each rumus."""
        e = sakip.efisiensi(outputs, rumus=rumus)  # type: ignore[arg-type]
        assert e.explain().value == e.value
        assert e.nilai.explain().value == e.nilai.value


class TestCapaianOutput:
    """§4: capaian output as geometric or arithmetic mean of ratios."""

    @given(pairs=st.lists(st.tuples(st.integers(0, 1000), st.integers(1, 1000)), min_size=1,
                          max_size=8))
    def test_geometric_never_exceeds_arithmetic(self, pairs: list[tuple[int, int]]) -> None:
        """AM–GM: the geometric mean is at most the arithmetic mean."""
        g = sakip.capaian_output(pairs, metode="geometric").value
        a = sakip.capaian_output(pairs, metode="arithmetic").value
        assert g <= a or s.close(g, a)

    @given(r=st.integers(1, 1000), t=st.integers(1, 1000), n=st.integers(1, 6))
    def test_equal_ratios_give_that_ratio(self, r: int, t: int, n: int) -> None:
        """n equal ratios average to that ratio under both means."""
        for metode in ("geometric", "arithmetic"):
            v = sakip.capaian_output([(r, t)] * n, metode=metode).value
            with decimal.localcontext(decimal.Context(prec=120)):
                expected = Decimal(r) * 100 / Decimal(t)
            assert s.close(v, expected)


class TestEKA:
    """§4: EKA = 0,435·CRO + 0,097·P + 0,286·NE + 0,182·K."""

    @given(scores=st.lists(s.scores(), min_size=4, max_size=4))
    def test_bounded_by_components(self, scores: list[Decimal]) -> None:
        """EKA lies between the smallest and largest component."""
        v = sakip.eka(capaian_ro=scores[0], penyerapan=scores[1], nilai_efisiensi=scores[2],
                      konsistensi=scores[3]).value
        assert min(scores) <= v <= max(scores)

    @given(scores=st.lists(s.scores(), min_size=4, max_size=4), which=st.integers(0, 3),
           bump=s.decimals(0, 100, 3))
    def test_monotonic_in_each(self, scores: list[Decimal], which: int, bump: Decimal) -> None:
        """Raising any one component never lowers EKA."""
        names = ["capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi"]
        higher = list(scores)
        higher[which] = min(Decimal(100), higher[which] + bump)
        before = sakip.eka(**dict(zip(names, scores, strict=True))).value  # type: ignore[arg-type]
        after = sakip.eka(**dict(zip(names, higher, strict=True))).value  # type: ignore[arg-type]
        assert after >= before


class TestAmountFastPath:
    """RincianOutput's fast path for amount text accepts and refuses exactly as to_decimal."""

    @given(text=st.text(alphabet=st.sampled_from("0123456789")
                        | st.sampled_from(".-+_eEnNaIiy ٣²"), max_size=12)
           | st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{0,30})?\Z"),
           caller=st.sampled_from([decimal.Context(prec=3, traps=[]), decimal.Context()]))
    @example(text="²", caller=decimal.Context())
    @example(text="1.2.3", caller=decimal.Context(prec=3, traps=[]))
    @example(text="1" * 100_002, caller=decimal.Context())
    @example(text="0." + "0" * 100_000 + "1", caller=decimal.Context())
    @example(text=".", caller=decimal.Context(prec=3, traps=[]))
    @example(text="1" + "0" * 29 + "." + "0" * 20 + "1", caller=decimal.Context())  # 51 digits
    def test_same_as_to_decimal(self, text: str, caller: decimal.Context) -> None:
        """Same value (digits and exponent) or the same sakip error, under any caller context."""
        from sakip import budget
        from sakip._decimal import to_decimal

        def outcome(fn: object) -> object:
            try:
                with decimal.localcontext(caller):
                    return ("value", str(fn()))  # type: ignore[operator]
            except sakip.SakipError as error:
                return ("error", type(error), error.field)

        fast = outcome(lambda: budget._amount(text, "pagu"))
        slow = outcome(lambda: to_decimal(text, field="pagu", nonnegative=True))
        assert fast == slow
