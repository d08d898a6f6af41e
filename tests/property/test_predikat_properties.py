"""Property tests pinning the predikat bands (regulations.md §2)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from hypothesis import given

import sakip
from sakip.predikat import PREDIKAT_BANDS
from tests import strategies as s


class TestBands:
    """§2: AA > 90–100, A > 80–90, …, D 0–30; lower bound exclusive, upper inclusive."""

    @given(nilai=s.scores())
    def test_total_and_unique(self, nilai: Decimal) -> None:
        """Every score in 0–100 falls in exactly one band (no gaps, no overlaps)."""
        hits = [band for band in PREDIKAT_BANDS.bands if band.contains(nilai)]
        assert len(hits) == 1
        assert sakip.Predikat.from_nilai(nilai) is hits[0].predikat

    @given(a=s.scores(), b=s.scores())
    def test_monotonic(self, a: Decimal, b: Decimal) -> None:
        """A higher score never gets a lower predikat."""
        lo, hi = sorted((a, b))
        assert sakip.Predikat.from_nilai(lo) <= sakip.Predikat.from_nilai(hi)

    def test_every_boundary_on_the_right_side(self) -> None:
        """Each cut point belongs to the band below it; a hair above belongs to the next."""
        eps = Decimal("1e-20")  # within the 28-digit default context of the test
        for band in PREDIKAT_BANDS.bands:
            assert sakip.Predikat.from_nilai(band.upper) is band.predikat
            if not band.lower_inclusive:
                assert sakip.Predikat.from_nilai(band.lower + eps) is band.predikat
                assert sakip.Predikat.from_nilai(band.lower) is not band.predikat
            else:
                assert sakip.Predikat.from_nilai(band.lower) is band.predikat

    def test_bands_cover_0_to_100_contiguously(self) -> None:
        """The bands chain from 0 to 100: each lower bound is the next band's upper bound."""
        bands = sorted(PREDIKAT_BANDS.bands, key=lambda band: band.lower)
        assert bands[0].lower == 0 and bands[-1].upper == 100
        for below, above in pairwise(bands):
            assert below.upper == above.lower
