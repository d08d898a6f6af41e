"""Property tests pinning the capaian rules (regulations.md §1)."""

from __future__ import annotations

import decimal
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

import sakip
from tests import strategies as s


class TestMaximize:
    """§1.1: maximize is capaian = R / T × 100."""

    @given(t=s.positive(), r=s.decimals(), k=s.positive(1000, 2))
    def test_scale_invariance(self, t: Decimal, r: Decimal, k: Decimal) -> None:
        """Scaling target and realisasi by the same factor leaves capaian unchanged."""
        a = sakip.capaian(target=t, realisasi=r).value
        b = sakip.capaian(target=t * k, realisasi=r * k).value
        assert s.close(a, b)

    @given(t=s.positive(), r1=s.decimals(), r2=s.decimals())
    def test_monotonic_in_realisasi(self, t: Decimal, r1: Decimal, r2: Decimal) -> None:
        """More realisasi never lowers a maximize capaian."""
        lo, hi = sorted((r1, r2))
        assert sakip.capaian(target=t, realisasi=lo).value <= sakip.capaian(
            target=t, realisasi=hi).value

    @given(t=s.positive())
    def test_met_exactly_is_100(self, t: Decimal) -> None:
        """Meeting the target exactly is 100 %."""
        assert sakip.capaian(target=t, realisasi=t).value == 100


class TestMinimize:
    """§1.2: minimize is capaian = (2T − R) / T × 100."""

    @given(t=s.positive(), r=s.decimals(max_value=2 * 10**6))
    def test_mirror_around_100(self, t: Decimal, r: Decimal) -> None:
        """Minimize and maximize of the same T and R mirror each other around 100 %."""
        up = sakip.capaian(target=t, realisasi=r).value
        down = sakip.capaian(target=t, realisasi=r, polarisasi="minimize").value
        assert s.close(up + down, Decimal(200))

    @given(t=s.positive(), r1=s.decimals(), r2=s.decimals())
    def test_antitone_in_realisasi(self, t: Decimal, r1: Decimal, r2: Decimal) -> None:
        """More realisasi never raises a minimize capaian."""
        lo, hi = sorted((r1, r2))
        f = sakip.capaian
        assert f(target=t, realisasi=lo, polarisasi="minimize").value >= f(
            target=t, realisasi=hi, polarisasi="minimize").value


class TestStabilize:
    """§1.3: stabilize is 100 inside [L, U], maximize below L, minimize above U."""

    @given(low=s.positive(1000), width=s.decimals(0, 1000), frac=st.fractions(0, 1))
    def test_inside_is_100(self, low: Decimal, width: Decimal, frac: object) -> None:
        """Any realisasi inside the range scores exactly 100."""
        high = low + width
        r = low + width * Decimal(frac.numerator) / Decimal(frac.denominator)  # type: ignore[attr-defined]
        assume(low <= r <= high)
        assert sakip.capaian(target=(low, high), realisasi=r, polarisasi="stabilize").value == 100

    @given(low=s.positive(1000), width=s.decimals(0, 1000), r=s.decimals(0, 3000))
    def test_never_above_100(self, low: Decimal, width: Decimal, r: Decimal) -> None:
        """Stabilize never rewards leaving the range."""
        value = sakip.capaian(target=(low, low + width), realisasi=r, polarisasi="stabilize")
        assert value.value <= 100


class TestCapFloor:
    """§1.5: caps and floors are explicit options and are respected."""

    @given(t=s.positive(), r=s.decimals(), cap=s.decimals(100, 200, 2), floor=s.decimals(0, 100, 2))
    def test_bounds_respected(self, t: Decimal, r: Decimal, cap: Decimal, floor: Decimal) -> None:
        """The capped and floored capaian lies within [floor, cap]."""
        for polarisasi in ("maximize", "minimize"):
            v = sakip.capaian(target=t, realisasi=r, polarisasi=polarisasi, cap=cap, floor=floor)
            assert floor <= v.value <= cap


class TestPredikat:
    """§1.4: predikat targets use the ordinal ranks D=1 … AA=7 (a convention)."""

    @given(t=s.predikat(), r=s.predikat())
    def test_ordinal_ratio(self, t: sakip.Predikat, r: sakip.Predikat) -> None:
        """The capaian is rank(R)/rank(T) × 100 and is ≥ 100 exactly when R ≥ T."""
        v = sakip.capaian(target=t, realisasi=r).value
        assert v * t.rank == r.rank * 100
        assert (v >= 100) == (r >= t)


class TestContextIndependence:
    """Style: a caller's decimal context never changes a result."""

    @given(ctx=s.foreign_contexts(), t=s.positive(), r=s.decimals(), places=st.integers(0, 6))
    def test_capaian_and_rounding(
        self, ctx: dict[str, object], t: Decimal, r: Decimal, places: int
    ) -> None:
        """Value, rounding and explanation are the same under any caller context."""
        clean = sakip.capaian(target=t, realisasi=r)
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            hostile = sakip.capaian(target=t, realisasi=r)
            assert hostile.value == clean.value
            assert hostile.rounded(places, "half_up") == clean.rounded(places, "half_up")
            assert hostile.explain().value == clean.value


class TestExplain:
    """Style: explain() re-derives the value from the stored inputs."""

    @given(t=s.positive(), r=s.decimals(), pol=st.sampled_from(["maximize", "minimize"]),
           cap=st.none() | s.decimals(100, 150, 1))
    def test_explanation_agrees(
        self, t: Decimal, r: Decimal, pol: str, cap: Decimal | None
    ) -> None:
        """The explanation's final value is the result's value."""
        c = sakip.capaian(target=t, realisasi=r, polarisasi=pol, cap=cap)
        assert c.explain().value == c.value

    @given(low=s.positive(100), width=s.decimals(0, 100), r=s.decimals(0, 300))
    def test_explanation_agrees_stabilize(self, low: Decimal, width: Decimal, r: Decimal) -> None:
        """The same holds for stabilize, inside and outside the range."""
        c = sakip.capaian(target=(low, low + width), realisasi=r, polarisasi="stabilize")
        assert c.explain().value == c.value


class TestPercentChange:
    """§1.8: year-on-year change is (new − old) / old × 100."""

    @given(a=s.positive(), b=s.positive())
    def test_there_and_back_is_no_change(self, a: Decimal, b: Decimal) -> None:
        """(1 + p_ab/100)·(1 + p_ba/100) = 1, up to sakip's 50-digit working precision."""
        p_ab = sakip.percent_change(old=a, new=b).value
        p_ba = sakip.percent_change(old=b, new=a).value
        with decimal.localcontext(decimal.Context(prec=120)):
            product = (1 + p_ab / 100) * (1 + p_ba / 100)
        assert abs(product - 1) < Decimal("1e-35")
