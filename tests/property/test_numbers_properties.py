"""Property tests for rounding and Indonesian number text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip.numbers import Rounding
from tests import strategies as s


class TestRounding:
    """Style: rounding is an explicit policy of places and mode."""

    @given(x=s.decimals(-10**6, 10**6, 8), r=s.roundings())
    def test_idempotent(self, x: Decimal, r: Rounding) -> None:
        """Rounding a rounded value changes nothing."""
        once = r.apply(x)
        assert r.apply(once) == once

    @given(x=s.decimals(-10**6, 10**6, 8), r=s.roundings())
    def test_places(self, x: Decimal, r: Rounding) -> None:
        """The result has exactly the requested number of decimals."""
        exponent = r.apply(x).as_tuple().exponent
        assert exponent == -r.places

    @given(x=s.decimals(-10**6, 10**6, 8), places=st.integers(0, 6))
    def test_down_never_moves_away_from_zero(self, x: Decimal, places: int) -> None:
        """Truncation never increases the magnitude; 'up' never decreases it."""
        assert abs(Rounding(places=places, mode="down").apply(x)) <= abs(x)
        assert abs(Rounding(places=places, mode="up").apply(x)) >= abs(x)

    @given(x=s.decimals(-10**6, 10**6, 8), r=s.roundings())
    def test_within_one_unit(self, x: Decimal, r: Rounding) -> None:
        """Any mode moves the value by less than one unit of the last place."""
        assert abs(r.apply(x) - x) < Decimal(1).scaleb(-r.places)


class TestParseFormat:
    """parse_id and format_id are inverse on Indonesian text."""

    @given(x=s.decimals(-10**12, 10**12, 4), places=st.integers(0, 4),
           thousands=st.booleans())
    def test_round_trip(self, x: Decimal, places: int, thousands: bool) -> None:
        """Formatting then parsing gives back the rounded value."""
        text = sakip.format_id(x, places, thousands=thousands)
        assert sakip.parse_id(text) == Rounding(places=places).apply(x)

    @given(x=s.rupiah())
    def test_rupiah_round_trip(self, x: Decimal) -> None:
        """A rupiah amount written and read back is unchanged, with or without ',-'."""
        assert sakip.parse_id(sakip.format_rupiah(x)) == x
        assert sakip.parse_id(sakip.format_rupiah(x, suffix=",-")) == x
