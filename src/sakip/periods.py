"""Periods of a Laporan Kinerja and Indonesian dates.

* ``TahunAnggaran`` (fiscal year = calendar year), ``Semester``,
  ``Triwulan`` (quarters I–IV: Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec),
  ``Bulan`` and ``PeriodeRenstra`` (a multi-year strategic plan) are
  ordered, immutable values with ``start``, ``end``, ``contains()`` and
  period arithmetic (``+ 1``, ``- 1``), built on ``dateutil.relativedelta``
  and ``dateutil.rrule``.
* ``parse_dates`` reads a date or a range written in Indonesian
  (``"11 s.d 13  Mei 2023"``, ``"07-Sep-23"``, ``"24 Sept- 14 Okt 2023"``),
  with ``dateutil.parser`` and Indonesian month names.

No function here reads the wall clock: the period always comes from the data.

>>> from datetime import date
>>> parse_dates("11 s.d 13  Mei 2023")
(datetime.date(2023, 5, 11), datetime.date(2023, 5, 13))
>>> Triwulan.of(date(2023, 5, 11))
Triwulan(tahun=2023, ke=2)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Never, Self, TypeAlias

import attrs
from dateutil import parser as _dateparser
from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule

from sakip._decimal import CONTEXT, ZERO, Number, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    call_error,
    keyword_only,
)
from sakip.explain import Tabular
from sakip.indicators import Agregasi, Capaian, agregasi_option, capaian
from sakip.predikat import Predikat

__all__ = [
    "Bulan",
    "PeriodeRenstra",
    "Semester",
    "TahunAnggaran",
    "Triwulan",
    "capaian_triwulan",
    "parse_dates",
    "per_triwulan",
]


def _check_tahun(_instance: object, _attribute: object, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2999:
        raise InvalidValueError(field="tahun", expected="a year 1900–2999 (int)", received=value)


@attrs.frozen(kw_only=True, order=True)
class TahunAnggaran(Tabular):
    """A fiscal year (tahun anggaran), which in Indonesia is the calendar year.

    >>> t = TahunAnggaran(tahun=2023)
    >>> t.start, t.end
    (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    >>> [str(q) for q in t.triwulan()]
    ['TW I 2023', 'TW II 2023', 'TW III 2023', 'TW IV 2023']
    """

    #: The fiscal (calendar) year.
    tahun: int = attrs.field(validator=_check_tahun)

    @property
    def start(self) -> date:
        """First day."""
        return date(self.tahun, 1, 1)

    @property
    def end(self) -> date:
        """Last day."""
        return date(self.tahun, 12, 31)

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in this year."""
        return self.start <= day <= self.end

    def triwulan(self) -> tuple[Triwulan, ...]:
        """The four quarters, which tile the year."""
        return tuple(Triwulan(tahun=self.tahun, ke=k) for k in range(1, 5))

    def bulan(self) -> tuple[Bulan, ...]:
        """The twelve months, generated with ``dateutil.rrule``."""
        return tuple(Bulan(tahun=d.year, ke=d.month)
                     for d in rrule(MONTHLY, dtstart=datetime(self.tahun, 1, 1), count=12))

    @classmethod
    def of(cls, day: date) -> TahunAnggaran:
        """The fiscal year of ``day``."""
        return cls(tahun=_day(day).year)

    def __add__(self, years: int) -> TahunAnggaran:
        return TahunAnggaran(tahun=self.tahun + _steps(years))

    def __sub__(self, years: int) -> TahunAnggaran:
        return self + (-_steps(years))

    def __str__(self) -> str:
        return f"TA {self.tahun}"

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "periode": str(self), "start": self.start, "end": self.end}


def _steps(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(field="steps", expected="an int number of periods",
                               received=value)
    return value


def _day(value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidTypeError(field="date", expected="a datetime.date", received=value)
    return value


class _SubPeriod(Tabular):
    """Shared behaviour of periods that split a year into ``PER_YEAR`` equal parts."""

    PER_YEAR: ClassVar[int]
    tahun: int
    ke: int

    @property
    def months(self) -> int:
        """Length in months."""
        return 12 // self.PER_YEAR

    @property
    def start(self) -> date:
        """First day."""
        return date(self.tahun, 1, 1) + relativedelta(months=(self.ke - 1) * self.months)

    @property
    def end(self) -> date:
        """Last day."""
        return self.start + relativedelta(months=self.months, days=-1)

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in this period."""
        return self.start <= _day(day) <= self.end

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "periode": str(self), "start": self.start, "end": self.end}

    if TYPE_CHECKING:  # the attrs subclasses generate this __init__

        def __init__(self, *, tahun: int, ke: int) -> None: ...

    @classmethod
    def of(cls, day: date) -> Self:
        """The period containing ``day``."""
        d = _day(day)
        return cls(tahun=d.year, ke=(d.month - 1) // (12 // cls.PER_YEAR) + 1)

    def __add__(self, steps: int) -> Self:
        index = self.tahun * self.PER_YEAR + (self.ke - 1) + _steps(steps)
        return type(self)(tahun=index // self.PER_YEAR, ke=index % self.PER_YEAR + 1)

    def __sub__(self, steps: int) -> Self:
        return self + (-_steps(steps))


def _check_ke(limit: int) -> Any:
    def check(_instance: object, _attribute: object, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
            raise InvalidValueError(field="ke", expected=f"1–{limit}", received=value)

    return check


_ROMAN = ("I", "II", "III", "IV")


@attrs.frozen(kw_only=True, order=True)
class Triwulan(_SubPeriod):
    """A quarter (triwulan) I–IV of a fiscal year.

    >>> Triwulan(tahun=2023, ke=4).end
    datetime.date(2023, 12, 31)
    >>> Triwulan(tahun=2023, ke=4) + 1
    Triwulan(tahun=2024, ke=1)
    """

    PER_YEAR: ClassVar[int] = 4
    #: The fiscal year.
    tahun: int = attrs.field(validator=_check_tahun)
    #: The quarter, 1–4.
    ke: int = attrs.field(validator=_check_ke(4))

    def __str__(self) -> str:
        return f"TW {_ROMAN[self.ke - 1]} {self.tahun}"


@attrs.frozen(kw_only=True, order=True)
class Semester(_SubPeriod):
    """A half year (semester) I–II.

    >>> Semester.of(date(2023, 7, 1))
    Semester(tahun=2023, ke=2)
    """

    PER_YEAR: ClassVar[int] = 2
    #: The fiscal year.
    tahun: int = attrs.field(validator=_check_tahun)
    #: The half year, 1–2.
    ke: int = attrs.field(validator=_check_ke(2))

    def __str__(self) -> str:
        return f"Semester {_ROMAN[self.ke - 1]} {self.tahun}"


@attrs.frozen(kw_only=True, order=True)
class Bulan(_SubPeriod):
    """A month of a fiscal year.

    >>> Bulan(tahun=2023, ke=2).end
    datetime.date(2023, 2, 28)
    """

    PER_YEAR: ClassVar[int] = 12
    #: The fiscal year.
    tahun: int = attrs.field(validator=_check_tahun)
    #: The month, 1–12.
    ke: int = attrs.field(validator=_check_ke(12))

    def __str__(self) -> str:
        return f"{_MONTH_NAMES[self.ke - 1]} {self.tahun}"


@attrs.frozen(kw_only=True, order=True)
class PeriodeRenstra(Tabular):
    """A Renstra (strategic plan) period of several fiscal years, e.g. 2020–2024.

    >>> p = PeriodeRenstra(awal=2020, akhir=2024)
    >>> len(p.tahun), p.contains(date(2023, 5, 1))
    (5, True)
    """

    #: The first fiscal year.
    awal: int = attrs.field(validator=_check_tahun)
    #: The last fiscal year.
    akhir: int = attrs.field(validator=_check_tahun)

    def __attrs_post_init__(self) -> None:
        if self.akhir < self.awal:
            raise InvalidValueError(field="akhir", expected=f"a year >= awal ({self.awal})",
                                    received=self.akhir)

    @property
    def tahun(self) -> tuple[TahunAnggaran, ...]:
        """The fiscal years of the period."""
        return tuple(TahunAnggaran(tahun=y) for y in range(self.awal, self.akhir + 1))

    @property
    def start(self) -> date:
        """First day."""
        return date(self.awal, 1, 1)

    @property
    def end(self) -> date:
        """Last day."""
        return date(self.akhir, 12, 31)

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in the period."""
        return self.start <= _day(day) <= self.end

    def __str__(self) -> str:
        return f"Renstra {self.awal}–{self.akhir}"

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "periode": str(self), "start": self.start, "end": self.end}


# ------------------------------------------------------------ Indonesian dates

_MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember")


class IndonesianParserInfo(_dateparser.parserinfo):
    """dateutil parser vocabulary with Indonesian (and English) month names and abbreviations."""

    MONTHS: ClassVar[list[tuple[str, ...]]] = [  # type: ignore[assignment,misc]
        ("Jan", "Januari", "January"),
        ("Feb", "Februari", "Pebruari", "February", "Peb"),
        ("Mar", "Maret", "March"),
        ("Apr", "April"),
        ("Mei", "May"),
        ("Jun", "Juni", "June"),
        ("Jul", "Juli", "July"),
        ("Agu", "Agt", "Ags", "Aug", "Agustus", "August"),
        ("Sep", "Sept", "September"),
        ("Okt", "Oct", "Oktober", "October"),
        ("Nov", "Nop", "November", "Nopember"),
        ("Des", "Dec", "Desember", "December"),
    ]


_INFO = IndonesianParserInfo(dayfirst=True)

_D = r"(?P<{p}d>[0-9]{{1,2}})"
_M = r"(?P<{p}m>[A-Za-z]+)\.?"
_Y = r"(?P<{p}y>[0-9]{{4}}|[0-9]{{2}})"
_SEP = r"\s*(?:s\.?\s*/?\s*d\.?|sampai\s+dengan|sampai|hingga|–|—|-)\s*"


def _single(p: str) -> str:
    spaced = rf"{_D.format(p=p)}\s*{_M.format(p=p)}(?:\s*,?\s*{_Y.format(p=p)})?"
    q = p + "x"
    dashed = rf"{_D.format(p=q)}-{_M.format(p=q)}-{_Y.format(p=q)}"
    return rf"(?:{spaced}|{dashed})"


def _parts(match: re.Match[str], p: str) -> tuple[str, str, str | None]:
    if match[f"{p}d"] is not None:
        return match[f"{p}d"], match[f"{p}m"], match[f"{p}y"]
    return match[f"{p}xd"], match[f"{p}xm"], match[f"{p}xy"]


_SINGLE = re.compile(_single("b"), re.IGNORECASE)
_RANGE = re.compile(
    rf"{_D.format(p='a')}(?:\s*{_M.format(p='a')}(?:\s*{_Y.format(p='a')})?)?{_SEP}{_single('b')}",
    re.IGNORECASE,
)


def _year(text: str | None, year: int | None, original: str) -> int:
    if text is None:
        if year is None:
            raise ParseError(field="text", expected="a date with a year, or year= given",
                             received=original)
        return year
    if len(text) == 2:
        # Two-digit years are read in the century of year= (2000s by default): never the clock.
        century = (year // 100 * 100) if year is not None else 2000
        return century + int(text)
    value = int(text)
    if not 1900 <= value <= 2999:
        raise ParseError(field="text", expected="a year 1900–2999 (as the period classes)",
                         received=original)
    return value


def _make(day: str, month: str, yr: int, original: str) -> date:
    if _INFO.month(month) is None:
        raise ParseError(field="text", expected="an Indonesian month name such as 'Mei' or "
                         "'Agustus'", received=original)
    try:
        parsed = _dateparser.parse(f"{day} {month} {yr}", parserinfo=_INFO,
                                   default=datetime(yr, 1, 1))
    except (ValueError, OverflowError):
        raise ParseError(field="text", expected="a valid calendar date",
                         received=original) from None
    return parsed.date()


@keyword_only()
def parse_dates(text: str, *positional: Never, year: int | None = None) -> tuple[date, date]:
    """Read a date or a date range written in Indonesian into ``(start, end)``.

    Shapes: ``11 s.d 13 Mei 2023`` (days sharing a month), ``15-17 Juni 2023``,
    ``1 sd. 2 Agustus 2023``, ``24 Sept- 14 Okt 2023`` (across months),
    ``30 Desember 2023 s.d 2 Januari 2024`` (across years), ``07-Sep-23``
    (two-digit year), ``09 Agustus 2023`` (one day), in any letter case and
    spacing.  Separators: ``s.d``, ``s.d.``, ``sd.``, ``s/d``, ``-``, ``–``,
    ``sampai (dengan)``, ``hingga``.  A missing year is taken from ``year=``;
    without it the text is refused (the wall clock is never used).  Two-digit
    years are read in the century of ``year=`` (2000s when not given).
    Digits are ASCII 0–9; years lie in 1900–2999 (as :class:`TahunAnggaran`).
    A range whose start month has no year is in the end's year, except when
    its month is later than the end's (``30 Des - 2 Jan 2024`` crosses New
    Year); a range that still ends before it starts is refused, never shifted
    (``12 Mei - 11 Mei 2023``).

    Raises
    ------
    ParseError
        Unreadable text (quoted in the message), an unknown month, an
        impossible date, or a range that ends before it starts.

    Examples
    --------
    >>> parse_dates("07-Sep-23")
    (datetime.date(2023, 9, 7), datetime.date(2023, 9, 7))
    >>> parse_dates("30  s.d 31 Agustus", year=2023)
    (datetime.date(2023, 8, 30), datetime.date(2023, 8, 31))
    >>> parse_dates("24 Sept- 14 Okt 2023")
    (datetime.date(2023, 9, 24), datetime.date(2023, 10, 14))
    >>> parse_dates("13 s.d 11 Mei 2023")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected a range whose end ...; received '13 s.d 11 Mei 2023'
    """
    if positional:
        raise call_error(parse_dates, positional, locals())
    if not isinstance(text, str):
        raise InvalidTypeError(field="text", expected="str", received=text)
    if year is not None:
        _check_tahun(None, None, year)
    clean = " ".join(text.split())
    single = _SINGLE.fullmatch(clean)
    if single:
        d, m, y = _parts(single, "b")
        day = _make(d, m, _year(y, year, text), text)
        return day, day
    match = _RANGE.fullmatch(clean)
    if match is None:
        raise ParseError(field="text", expected="an Indonesian date or date range such as "
                         "'11 s.d 13 Mei 2023'", received=text)
    d, m, y = _parts(match, "b")
    end = _make(d, m, _year(y, year, text), text)
    start_month = match["am"] or m
    start_year = _year(match["ay"], year, text) if match["ay"] else end.year
    start = _make(match["ad"], start_month, start_year, text)
    if (match["am"] and not match["ay"] and start > end
            and start.month > end.month):
        # "30 Des - 2 Jan 2024": a start month later than the end month, without a year,
        # crosses New Year.  A start day after the end day in the same month does not
        # ("12 Mei - 11 Mei 2023"): it is refused below, never moved a year back.
        start = _make(match["ad"], start_month, end.year - 1, text)
        _year(str(start.year), None, text)  # the year before 1900 is out of range
    if start > end:
        raise ParseError(field="text", expected="a range whose end is not before its start",
                         received=text)
    return start, end


# ---------------------------------------------------- quarterly aggregation


def _pair(value: object) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2


Assign: TypeAlias = Literal["start", "end"]


@keyword_only()
def per_triwulan(
    records: Iterable[tuple[tuple[date, date], Number]],
    *positional: Never,
    tahun: int,
    assign: Assign = "start",
) -> dict[Triwulan, Decimal]:
    """Sum dated records (e.g. participants per activity) per quarter of fiscal year ``tahun``.

    Parameters
    ----------
    records:
        ``((start, end), value)`` pairs, e.g. from :func:`parse_dates`.
    tahun:
        The fiscal year; records outside it are refused, never dropped.
    assign:
        Which quarter an activity spanning two quarters counts in: ``"start"``
        (default) or ``"end"``.

    Returns
    -------
    dict
        All four quarters (zero where nothing happened), in order.

    Examples
    --------
    >>> rows = [(parse_dates("28 Juni - 2 Juli 2023"), 10), (parse_dates("5 Mei 2023"), 3)]
    >>> [f"{k}: {v}" for k, v in per_triwulan(rows, tahun=2023).items()]
    ['TW I 2023: 0', 'TW II 2023: 13', 'TW III 2023: 0', 'TW IV 2023: 0']
    >>> per_triwulan(rows, tahun=2023, assign="end")[Triwulan(tahun=2023, ke=3)]
    Decimal('10')
    """
    if positional or tahun is REQUIRED:
        raise call_error(per_triwulan, positional, locals())
    if assign not in ("start", "end"):
        raise InvalidValueError(field="assign", expected="'start' or 'end'", received=assign)
    fiscal = TahunAnggaran(tahun=tahun)
    totals = dict.fromkeys(fiscal.triwulan(), ZERO)
    if not isinstance(records, Iterable):
        raise InvalidTypeError(field="records", expected="((start, end), value) pairs",
                               received=records)
    for number, record in enumerate(records, start=1):
        if not (_pair(record) and _pair(record[0])):
            raise InvalidTypeError(field=f"records[{number}]",
                                   expected="a ((start, end), value) pair", received=record)
        (start, end), value = record
        day = start if assign == "start" else end
        if not fiscal.contains(_day(day)):
            raise InvalidValueError(field=f"records[{number}]",
                                    expected=f"a date in {fiscal}", received=str(day))
        quarter = Triwulan.of(day)
        totals[quarter] = CONTEXT.add(totals[quarter],
                                      to_decimal(value, field=f"records[{number}]"))
    return totals



# -------------------------------------------------- quarterly targets (rencana aksi)


@keyword_only()
def capaian_triwulan(
    *positional: Never,
    tahun: int,
    target: Mapping[int, Number | Predikat],
    realisasi: Mapping[int, Number | Predikat | None],
    kumulatif: bool | None = None,
    polarisasi: str = "maximize",
    agregasi: Agregasi | str | None = None,
) -> dict[Triwulan, Capaian]:
    """Capaian per triwulan against the quarterly targets of the rencana aksi.

    Parameters
    ----------
    tahun:
        The fiscal year (never the wall clock).
    target:
        Targets by quarter number 1–4, cumulative to date as rencana aksi write
        them (the TW IV target is the annual target).
    realisasi:
        Realisasi by quarter; ``None`` (or a missing quarter) is not yet reported.
    kumulatif, agregasi:
        Exactly one, never inferred (:class:`sakip.Agregasi`).
        ``agregasi="flow"`` (the older ``kumulatif=True``) for count
        indicators whose realisasi are given per quarter: the capaian at TW q
        compares the sum of realisasi to date with the target of TW q.
        ``agregasi="stock"`` (``kumulatif=False``) when each quarter's
        realisasi is compared as given (level indicators, or realisasi
        already reported cumulative).
    polarisasi:
        As in :func:`sakip.capaian`.

    Returns
    -------
    dict
        ``{Triwulan: Capaian}`` for every quarter with both a target and a
        realisasi, in order.

    Examples
    --------
    >>> r = capaian_triwulan(tahun=2023, target={2: 500, 4: 1176},
    ...                      realisasi={1: 200, 2: 350, 3: 300, 4: 339}, kumulatif=True)
    >>> {str(k): v.printed(2, "down") for k, v in r.items()}
    {'TW II 2023': '110,00', 'TW IV 2023': '101,10'}
    >>> r = capaian_triwulan(tahun=2023, target={4: 90}, realisasi={4: 99}, agregasi="stock")
    >>> [c.value for c in r.values()]
    [Decimal('110')]
    """
    if positional or tahun is REQUIRED or target is REQUIRED or realisasi is REQUIRED:
        raise call_error(capaian_triwulan, positional, locals())
    kumulatif = agregasi_option(agregasi, kumulatif).kumulatif
    for name, table in (("target", target), ("realisasi", realisasi)):
        if not isinstance(table, Mapping):
            raise InvalidTypeError(field=name, expected="a mapping {quarter 1–4: value}",
                                   received=table)
        for ke in table:
            if isinstance(ke, bool) or not isinstance(ke, int) or not 1 <= ke <= 4:
                raise InvalidValueError(field=name, expected="quarters numbered 1–4",
                                        received=ke)
    out: dict[Triwulan, Capaian] = {}
    to_date: Decimal | None = None
    for ke in range(1, 5):
        value = realisasi.get(ke)
        if kumulatif and value is not None:
            amount = to_decimal(value, field=f"realisasi[{ke}]", nonnegative=True)
            to_date = amount if to_date is None else CONTEXT.add(to_date, amount)
        if ke not in target or value is None:
            continue
        compared: Number | Predikat = to_date if kumulatif and to_date is not None else value
        out[Triwulan(tahun=tahun, ke=ke)] = capaian(target=target[ke], realisasi=compared,
                                                    polarisasi=polarisasi)
    return out
