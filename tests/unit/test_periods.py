"""Unit tests for periods, Indonesian dates and quarterly aggregation."""

from __future__ import annotations

import pickle
import sys
from datetime import date, datetime

import pytest

import sakip
from sakip.periods import Bulan, PeriodeRenstra, Semester, TahunAnggaran, Triwulan


def test_issue_examples() -> None:
    """The calls promised in the periods issue work exactly as written."""
    assert sakip.parse_dates("11 s.d 13  Mei 2023") == (date(2023, 5, 11), date(2023, 5, 13))
    assert sakip.parse_dates("07-Sep-23") == (date(2023, 9, 7), date(2023, 9, 7))
    assert sakip.parse_dates("30  s.d 31 Agustus", year=2023) == (date(2023, 8, 30),
                                                                   date(2023, 8, 31))
    assert sakip.parse_dates("24 Sept- 14 Okt 2023") == (date(2023, 9, 24), date(2023, 10, 14))
    assert sakip.Triwulan.of(date(2023, 5, 11)) == sakip.Triwulan(tahun=2023, ke=2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Jan 2024", (date(2024, 1, 1), date(2024, 1, 1))),
        ("29 Februari 2024", (date(2024, 2, 29), date(2024, 2, 29))),
        ("3 s/d 5 Maret 2023", (date(2023, 3, 3), date(2023, 3, 5))),
        ("3 sampai dengan 5 Mar 2023", (date(2023, 3, 3), date(2023, 3, 5))),
        ("3 hingga 5 Agt 2023", (date(2023, 8, 3), date(2023, 8, 5))),
        ("3 – 5 Ags 2023", (date(2023, 8, 3), date(2023, 8, 5))),
        ("28 Nop - 2 Des 2023", (date(2023, 11, 28), date(2023, 12, 2))),
        ("30 Desember 2023 s.d 2 Januari 2024", (date(2023, 12, 30), date(2024, 1, 2))),
        ("30 Des - 2 Jan 2024", (date(2023, 12, 30), date(2024, 1, 2))),
        ("5 MEI 2023", (date(2023, 5, 5), date(2023, 5, 5))),
        ("5 Mei, 2023", (date(2023, 5, 5), date(2023, 5, 5))),
        ("15 Des. 2023", (date(2023, 12, 15), date(2023, 12, 15))),
    ],
)
def test_more_shapes(text: str, expected: tuple[date, date]) -> None:
    """Other separators, abbreviations and ranges across months and years."""
    assert sakip.parse_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "match"),
    [
        ("", None, "Indonesian date"),
        ("besok", None, "Indonesian date"),
        ("31 Juni 2023", None, "valid calendar date"),
        ("5 Foo 2023", None, "month name"),
        ("5 Mei", None, "year"),
        ("13 s.d 11 Mei 2023", None, "end is not before"),
        ("1-2-2023", None, "Indonesian date"),
    ],
)
def test_refusals_quote_the_text(text: str, year: int | None, match: str) -> None:
    """Unreadable text raises ParseError naming the problem and quoting the text."""
    with pytest.raises(sakip.ParseError, match=match) as info:
        sakip.parse_dates(text, year=year)
    assert info.value.received == text


def test_bad_arguments() -> None:
    """Non-text input and impossible years are refused."""
    with pytest.raises(sakip.InvalidTypeError):
        sakip.parse_dates(20230511)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError):
        sakip.parse_dates("5 Mei", year=99)


def test_two_digit_year_follows_given_century() -> None:
    """Two-digit years are read in year='s century, else the 2000s — never the clock."""
    assert sakip.parse_dates("07-Sep-99", year=1999)[0] == date(1999, 9, 7)
    assert sakip.parse_dates("07-Sep-99")[0] == date(2099, 9, 7)


def test_periods() -> None:
    """Bounds, containment, arithmetic and ordering of each period type."""
    t = TahunAnggaran(tahun=2023)
    assert [q.start for q in t.triwulan()] == [date(2023, m, 1) for m in (1, 4, 7, 10)]
    assert len(t.bulan()) == 12 and t.bulan()[1].end == date(2023, 2, 28)
    assert TahunAnggaran.of(date(2024, 2, 29)) + 1 == TahunAnggaran(tahun=2025)
    assert str(t - 1) == "TA 2022"
    assert Triwulan(tahun=2023, ke=1) - 1 == Triwulan(tahun=2022, ke=4)
    assert str(Triwulan(tahun=2023, ke=3)) == "TW III 2023"
    assert Semester(tahun=2023, ke=2) + 1 == Semester(tahun=2024, ke=1)
    assert Semester(tahun=2023, ke=1) - 1 == Semester(tahun=2022, ke=2)
    assert Semester(tahun=2023, ke=1).end == date(2023, 6, 30)
    assert str(Semester(tahun=2023, ke=2)) == "Semester II 2023"
    assert Bulan.of(date(2024, 2, 10)).end == date(2024, 2, 29)
    assert Bulan(tahun=2023, ke=12) + 1 == Bulan(tahun=2024, ke=1)
    assert Bulan(tahun=2023, ke=1) - 1 == Bulan(tahun=2022, ke=12)
    assert str(Bulan(tahun=2023, ke=5)) == "Mei 2023"
    assert Triwulan(tahun=2023, ke=4) > Triwulan(tahun=2023, ke=1)
    assert sorted([Triwulan(tahun=2024, ke=1), Triwulan(tahun=2023, ke=4)])[0].tahun == 2023
    p = PeriodeRenstra(awal=2020, akhir=2024)
    assert p.start == date(2020, 1, 1) and p.end == date(2024, 12, 31)
    assert not p.contains(date(2025, 1, 1)) and str(p) == "Renstra 2020–2024"
    assert pickle.loads(pickle.dumps(Triwulan(tahun=2023, ke=2))) == Triwulan(tahun=2023, ke=2)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Triwulan(tahun=2023, ke=5),
        lambda: Triwulan(tahun=2023, ke=True),
        lambda: Bulan(tahun=2023, ke=0),
        lambda: TahunAnggaran(tahun="2023"),  # type: ignore[arg-type]
        lambda: PeriodeRenstra(awal=2024, akhir=2020),
        lambda: Triwulan(tahun=2023, ke=1) + 1.5,  # type: ignore[operator]
        lambda: Triwulan.of(datetime(2023, 1, 1)),
        lambda: Triwulan(tahun=2023, ke=1).contains("2023-01-01"),  # type: ignore[arg-type]
    ],
)
def test_period_refusals(build: object) -> None:
    """Out-of-range quarters, months, years and non-dates are refused."""
    with pytest.raises(sakip.SakipError):
        build()  # type: ignore[operator]


def test_per_triwulan_refuses_outside_year_and_bad_assign() -> None:
    """Records outside the fiscal year are refused, not dropped."""
    rows = [((date(2024, 1, 2), date(2024, 1, 3)), 5)]
    with pytest.raises(sakip.InvalidValueError, match="TA 2023"):
        sakip.per_triwulan(rows, tahun=2023)
    with pytest.raises(sakip.InvalidValueError, match="assign"):
        sakip.per_triwulan(rows, tahun=2024, assign="middle")  # type: ignore[arg-type]


def test_capaian_renstra_refusals_and_blanks() -> None:
    """kumulatif is required as a bool; years outside the plan and mixed kinds are refused."""
    target = {2022: 10, 2023: 10}
    with pytest.raises(sakip.InvalidTypeError):
        sakip.capaian_renstra(target=target, realisasi={2022: 5}, kumulatif="yes")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="years within"):
        sakip.capaian_renstra(target=target, realisasi={2021: 5}, kumulatif=True)
    with pytest.raises(sakip.InvalidValueError, match="all numbers"):
        sakip.capaian_renstra(target={2023: "A"}, realisasi={2023: 5}, kumulatif=False)
    with pytest.raises(sakip.InvalidValueError, match="False for predikat"):
        sakip.capaian_renstra(target={2023: "A"}, realisasi={2023: "A"}, kumulatif=True)
    with pytest.raises(sakip.NotComputableError):
        sakip.capaian_renstra(target=target, realisasi={2022: None}, kumulatif=True)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.capaian_renstra(target={}, realisasi={2022: 1}, kumulatif=True)
    r = sakip.capaian_renstra(target=target, realisasi={2022: 5, 2023: None}, kumulatif=True)
    assert r.value == 25  # 5 of the whole period's 20; the blank 2023 is skipped, not a zero
    assert "Σ realisasi to date" in r.explain().to_text("en")


def test_import_does_not_load_date_parser() -> None:
    """import sakip does not import dateutil.parser; using a period name loads it."""
    import subprocess

    code = ("import sys, sakip; a = 'dateutil.parser' in sys.modules; sakip.Triwulan; "
            "print(a, 'dateutil.parser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]
    with pytest.raises(AttributeError):
        _ = sakip.no_such_name


def test_capaian_triwulan() -> None:
    """Quarterly capaian: cumulative sums to date, level comparisons, blanks and refusals."""
    r = sakip.capaian_triwulan(tahun=2023, target={1: 100, 2: 300, 3: 600, 4: 1000},
                               realisasi={1: 50, 2: 250, 3: None}, kumulatif=True)
    assert [str(k) for k in r] == ["TW I 2023", "TW II 2023"]
    assert [v.value for v in r.values()] == [50, 100]
    level = sakip.capaian_triwulan(tahun=2023, target={4: "BB"}, realisasi={4: "A"},
                                   kumulatif=False)
    assert level[sakip.Triwulan(tahun=2023, ke=4)].value == 120
    low = sakip.capaian_triwulan(tahun=2023, target={1: 10}, realisasi={1: 12},
                                 kumulatif=False, polarisasi="minimize")
    assert low[sakip.Triwulan(tahun=2023, ke=1)].value == 80
    with pytest.raises(sakip.InvalidValueError, match="1–4"):
        sakip.capaian_triwulan(tahun=2023, target={5: 1}, realisasi={}, kumulatif=True)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.capaian_triwulan(tahun=2023, target={1: 1}, realisasi={1: 1},
                               kumulatif=1)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.capaian_triwulan(tahun=2023, target=[1], realisasi={},  # type: ignore[arg-type]
                               kumulatif=True)


def test_no_wall_clock_in_the_library() -> None:
    """No computation reads the wall clock: the period always comes from the data."""
    from pathlib import Path

    source = Path(sakip.__file__).parent
    for path in source.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in ("date.today(", "datetime.now(", "datetime.today(", "time.time(",
                     "datetime.utcnow("):
            assert call not in text, (path.name, call)
