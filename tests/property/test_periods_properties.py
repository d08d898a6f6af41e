"""Property tests for periods, date parsing and Renstra aggregation (§1.7–1.9, §6)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip.periods import TahunAnggaran, Triwulan
from tests import strategies as s

SPELLINGS = {
    1: ["Januari", "Jan", "JANUARI"], 2: ["Februari", "Feb"], 3: ["Maret", "Mar"],
    4: ["April", "Apr"], 5: ["Mei", "MEI"], 6: ["Juni", "Jun", "juni"], 7: ["Juli", "Jul"],
    8: ["Agustus", "Agu", "Agt", "Ags", "Aug"], 9: ["September", "Sep", "Sept"],
    10: ["Oktober", "Okt", "Oct", "OKtober"], 11: ["November", "Nov", "Nop"],
    12: ["Desember", "Des", "Dec"],
}
SEPARATORS = [" s.d ", " s.d. ", " sd. ", "-", " - ", " – ", " s/d ", "  s.d  "]


class TestTriwulan:
    """§6: triwulan I–IV are Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec."""

    @given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    def test_each_date_in_exactly_one(self, day: date) -> None:
        """Every date maps to one triwulan, which contains it; no other quarter does."""
        q = Triwulan.of(day)
        assert q.contains(day)
        assert sum(other.contains(day) for other in TahunAnggaran.of(day).triwulan()) == 1

    @given(tahun=st.integers(1990, 2100))
    def test_quarters_tile_the_year(self, tahun: int) -> None:
        """Quarters start on 1 January, follow each other with no gap, end on 31 December."""
        quarters = TahunAnggaran(tahun=tahun).triwulan()
        assert quarters[0].start == date(tahun, 1, 1)
        assert quarters[-1].end == date(tahun, 12, 31)
        for a, b in itertools.pairwise(quarters):
            assert a.end + timedelta(days=1) == b.start

    @given(tahun=st.integers(1990, 2100), ke=st.integers(1, 4), n=st.integers(-20, 20))
    def test_arithmetic_round_trip(self, tahun: int, ke: int, n: int) -> None:
        """Adding then subtracting n quarters returns the same quarter."""
        q = Triwulan(tahun=tahun, ke=ke)
        assert (q + n) - n == q
        assert ((q + n) > q) == (n > 0)


class TestParseDates:
    """§6: activity dates in every Indonesian spelling parse back to their dates."""

    @given(start=st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 1)),
           length=st.integers(0, 60), data=st.data())
    def test_round_trip(self, start: date, length: int, data: st.DataObject) -> None:
        """A range formatted in a random spelling parses back to the same two dates."""
        end = start + timedelta(days=length)
        sep = data.draw(st.sampled_from(SEPARATORS))
        m1 = data.draw(st.sampled_from(SPELLINGS[start.month]))
        m2 = data.draw(st.sampled_from(SPELLINGS[end.month]))
        if start == end:
            text = data.draw(st.sampled_from([
                f"{start.day} {m1} {start.year}",
                f"{start.day:02d}-{SPELLINGS[start.month][1]}-{start.year % 100:02d}",
            ]))
        elif (start.year, start.month) == (end.year, end.month):
            text = f"{start.day}{sep}{end.day} {m2} {end.year}"
        elif start.year == end.year:
            text = f"{start.day} {m1}{sep}{end.day} {m2} {end.year}"
        else:
            text = f"{start.day} {m1} {start.year}{sep}{end.day} {m2} {end.year}"
        assert sakip.parse_dates(text) == (start, end)


class TestRenstra:
    """§1.7: cumulative Renstra capaian = Σ realisasi to date / Σ targets."""

    @given(targets=st.lists(s.positive(10**5, 0), min_size=3, max_size=5),
           real=st.lists(s.decimals(0, 10**5, 0), min_size=1, max_size=3),
           which=st.integers(0, 2), bump=s.decimals(0, 1000, 0))
    def test_monotonic_in_each_year(self, targets: list[Decimal], real: list[Decimal],
                                    which: int, bump: Decimal) -> None:
        """Raising any year's realisasi never lowers the cumulative capaian."""
        target = {2020 + i: t for i, t in enumerate(targets)}
        realisasi = {2020 + i: r for i, r in enumerate(real)}
        year = 2020 + which % len(real)
        more = realisasi | {year: realisasi[year] + bump}
        a = sakip.capaian_renstra(target=target, realisasi=realisasi, kumulatif=True).value
        b = sakip.capaian_renstra(target=target, realisasi=more, kumulatif=True).value
        assert b >= a
