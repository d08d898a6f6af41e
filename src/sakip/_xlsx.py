"""Report files as workbooks (``.xlsx``): the template, reading a filled one, writing one.

A workbook is another way of writing the ``sakip/lkj-1`` report file, derived
from the one ``sakip.lkj.SPEC``; reading it gives the same document (the
mapping the TOML reader produces), and the one validation of
``sakip.lkj.from_mapping`` runs on it, so every error is the TOML reader's
error, at its place in the workbook (``sheet anggaran.output, row 7, column
pagu``).  The layout (docs: the file-format page, section *Workbooks*):

* one sheet per section (``laporan``, ``indikator``, ``anggaran`` …) and one
  per array of rows inside a row (``anggaran.output``, ``tabel.baris``,
  ``efisiensi_kinerja.baris.input``); a row of a nested sheet names the row it
  belongs to by that row's key in its first columns (``tabel.kode``);
* row 1 names the columns with the fields' names; a nested table is dotted
  (``renstra.kumulatif``, ``rounding.places``, ``k.target``), a map or a
  year table has one column per key (``realisasi_sebelumnya.2022``,
  ``komponen.revisi_dipa``), a list one column per item (``nilai[1]``,
  ``nilai[2]``; a stabilize range ``target[1]``, ``target[2]``);
* row 2 is the notes row when every filled cell of it begins with ``#``;
  rows after it are data, a blank row is skipped;
* a cell holding only ``""`` is the empty text; a blank cell between filled
  items of a list is the empty text too (``nilai = ["", "14"]``); ``[]`` in
  the column of a list or of rows is the empty list, ``{}`` in a table's or
  map's own column the empty table.

Numbers typed as numbers are read as the value the cell shows
(``_shown``).  openpyxl is an optional dependency (``sakip[xlsx]``),
imported only when a workbook is read or written.
"""

from __future__ import annotations

import datetime
import io
import itertools
import math
import os
import re
from collections.abc import Mapping
from decimal import Context, Decimal
from functools import cache
from pathlib import Path
from typing import Any, Never

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Teks, check_bahasa
from sakip._decimal import CONTEXT
from sakip._reading import (
    MAX_COLUMNS,
    MAX_DIGITS,
    check_workbook,
    read_file,
)
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    LaporanError,
    ParseError,
    SakipError,
    call_error,
    keyword_only,
)
from sakip.lkj import (
    ANGKA,
    SPEC,
    Laporan,
    _comment,
    _placeholder,
    _Problems,
    _Spec,
    _TanpaNilai,
    from_mapping,
)

__all__ = [
    "WORKBOOK_SUFFIXES",
    "checked_xlsx",
    "load_xlsx",
    "read_xlsx",
    "template_xlsx",
    "write_toml",
    "write_xlsx",
]

#: The file names read as workbooks (``.xlsm`` only to refuse its macros by name).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")

#: The hidden sheet of the template's drop-down lists (skipped when read).
CHOICES_SHEET = "_pilihan"

#: A cell holding only this is the empty text (a blank cell is no value).
EMPTY = '""'

#: Fields that take a date cell (as the ISO date ``2024-03-15``): elsewhere a date is refused.
_DATE_FIELDS = frozenset({"kontrak_dini", "waktu", "tanggal"})

#: Kinds of fields whose empty value is written ``{}`` in the field's own column.
_TABLES = ("table", "map", "years", "rounding", "angka")

#: The first data row (row 1 names the columns, row 2 holds the notes).
_FIRST_ROW = 3

#: Significant digits a typed number holds at most (a spreadsheet keeps 15).
_TYPED_DIGITS = 15

_INSTALL = ("the optional extra sakip[xlsx]: install openpyxl (pip install openpyxl, or "
            "'.[xlsx]' in a clone)")


def _openpyxl() -> Any:
    """openpyxl, or sakip's error saying how to install it."""
    try:
        import openpyxl
    except ImportError:
        raise InvalidValueError("openpyxl is not installed: reading and writing .xlsx "
                                "workbooks needs " + _INSTALL, field="openpyxl",
                                expected=_INSTALL, received="not installed") from None
    return openpyxl


# ------------------------------------------------------------------ the layout


@attrs.frozen
class _Sheet:
    """One sheet: the rows of a section, or of an array inside a row of another sheet."""

    name: str
    #: The table each row is.
    spec: _Spec
    #: A table section (at most one row), not an array.
    single: bool
    #: The sheet of the rows this array is inside (``None``: a section of the file).
    parent: _Sheet | None
    #: Where the rows go: the section's key, or the path inside the parent's row.
    via: tuple[str, ...]
    #: The row's unique field (what nested sheets name it by), or "".
    key: str
    #: The columns naming the row this one belongs to, one per array above it.
    links: tuple[str, ...]


@cache
def _sheets() -> tuple[_Sheet, ...]:
    """Every sheet of the layout, each parent before its nested sheets, in SPEC's order."""
    out: list[_Sheet] = []

    def nested(sheet: _Sheet, table: _Spec, via: tuple[str, ...]) -> None:
        for key, field in table.fields:
            if field.kind == "table":
                nested(sheet, field, (*via, key))
            elif field.kind == "array":
                assert field.item is not None
                links = sheet.links if sheet.single else (*sheet.links,
                                                          f"{sheet.name}.{sheet.key}")
                child = _Sheet(".".join((sheet.name, *via, key)), field.item, False, sheet,
                               (*via, key), field.unique, links)
                out.append(child)
                nested(child, field.item, ())

    for key, field in SPEC.fields:
        if key == "schema":
            continue
        if field.kind == "table":
            sheet = _Sheet(key, field, True, None, (key,), "", ())
        else:
            assert field.item is not None
            sheet = _Sheet(key, field.item, False, None, (key,), field.unique, ())
        out.append(sheet)
        nested(sheet, sheet.spec, ())
    return tuple(out)


@attrs.frozen
class _Column:
    """What a column's name means in its sheet."""

    header: str
    #: Where its cells go in the row: field names, map keys, list positions (from 1).
    address: tuple[str | int, ...]
    #: The field (or item) each cell is; ``None``: no field of the format (the
    #: validator names it as an unknown key).
    spec: _Spec | None
    #: The field whose decimal mark applies (a section's ``angka`` may name it).
    key: str = ""
    #: A column naming the row of the sheet above (its key); ``root``: the file's schema.
    link: bool = False
    root: bool = False


_NAME = re.compile(r"[^.\[]+")
_INDEX = re.compile(r"\[([1-9][0-9]{0,5})\]")
_PLACES = _Spec("int", "places")
_MODE = _Spec("text", "mode")
_MARK = _Spec("text", "mark")


def _column(sheet: _Sheet, header: str) -> _Column:
    """The meaning of the column named ``header`` in ``sheet`` (see the module's layout)."""
    if header in sheet.links:
        return _Column(header, (), _MARK, link=True)
    if sheet.name == "laporan" and header == "schema":
        return _Column(header, ("schema",), dict(SPEC.fields)["schema"], "schema", root=True)
    table, rest = sheet.spec, header
    address: list[str | int] = []
    while True:
        match = _NAME.match(rest)
        field = dict(table.fields).get(match.group()) if match else None
        if field is not None and field.kind == "array" and match and match.end() == len(rest):
            return _Column(header, (*address, rest), field, rest)  # "[]": no rows
        if match is None or field is None or field.kind == "array":
            return _Column(header, (*address, rest), None)
        key = match.group()
        address.append(key)
        rest = rest[match.end():]
        kind = field.kind
        if kind == "table" and rest.startswith("."):
            table, rest = field, rest[1:]
            continue
        if not rest:  # a value, or an empty list, table or map written [] or {}
            return _Column(header, tuple(address), field, key)
        index = _INDEX.fullmatch(rest)
        if index and (kind == "list" or (kind == "printed" and field.range_when)):
            item = field.item if kind == "list" else field
            return _Column(header, (*address, int(index.group(1))), item, key)
        if kind == "rounding" and rest in (".places", ".mode"):
            return _Column(header, (*address, rest[1:]), _PLACES if rest == ".places"
                           else _MODE, key)
        if kind == "angka" and rest.startswith(".") and len(rest) > 1:
            return _Column(header, (*address, rest[1:]), _MARK, key)
        if kind in ("map", "years") and rest.startswith(".") and len(rest) > 1:
            item = field.item
            assert item is not None
            if item.kind == "table":
                part = _NAME.match(rest, 1)
                if part and part.end() == len(rest):  # "{}": an empty table
                    return _Column(header, (*address, part.group()), item, key)
                if part and rest[part.end():part.end() + 1] == ".":
                    address.append(part.group())
                    table, rest = item, rest[part.end() + 1:]
                    continue
            elif item.kind == "list" or (item.kind == "printed" and item.range_when):
                # a list per key, or a range per year ({"2024" = ["7", "8"]}: 2024[1], 2024[2])
                index = re.search(r"\[([1-9][0-9]{0,5})\]\Z", rest)
                if index and index.start() > 1:
                    return _Column(header, (*address, rest[1:index.start()],
                                            int(index.group(1))),
                                   item.item if item.kind == "list" else item, key)
                return _Column(header, (*address, rest[1:]), item, key)  # "[]"
            else:
                return _Column(header, (*address, rest[1:]), item, key)
        return _Column(header, (*address, rest), None)


# ------------------------------------------------------------------ numbers


class _CellProblem(Exception):
    def __init__(self, expected: str, received: str) -> None:
        super().__init__(expected)
        self.expected = expected
        self.received = received


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def _number_format(code: str) -> tuple[int, int, bool] | None:
    """What a number format shows: (fixed decimals, most decimals, percent), ``None`` General.

    Only the first section (positive numbers) counts; quoted text, escapes,
    colours and locales (``"Rp"``, ``[$-421]``) show no digits.  Refused: a
    scientific, fraction, date or time format, and a thousands scaling
    (``#,##0,``): the digits shown are then not the number.

    >>> _number_format("#,##0.00"), _number_format("0.0#%"), _number_format("General")
    ((2, 2, False), (1, 2, True), None)
    """
    if code in ("General", "@", ""):
        return None
    if re.search(r"\[[<>=]", code):  # [>100]0.00;0.0: the section shown depends on the value
        raise _CellProblem("a number format without conditions ([>100] chooses the section "
                           "by the value); type the figure as text, as printed", code)
    section = code.split(";")[0]
    bare = _QUOTED.sub("", section)
    if re.search(r"[eE][+-]|/|[yYmMdDhHsS]|[0#?],+(?![0#?,])|%.*%", bare):  # 0%%: × 10 000
        raise _CellProblem("a number format that shows the number's digits (like 0.00 or "
                           "#,##0.00): scientific, fraction, date and scaled formats are not "
                           "read; type the figure as text, as printed", code)
    percent = "%" in bare
    if "." not in bare:
        return 0, 0, percent
    decimals = re.match(r"[0#?]*", bare.split(".", 1)[1])
    digits = decimals.group() if decimals else ""
    if len(digits) > MAX_DIGITS:  # more than the precision could show: never quantized
        raise _CellProblem(f"a number format of at most {MAX_DIGITS} decimals", code)
    return digits.count("0"), len(digits), percent


def _plain(number: Decimal, mark: str) -> str:
    text = format(number, "f")
    return text.replace(".", ",") if mark == "id" else text


def _held(value: int | float) -> Decimal | None:
    """The decimal a numeric cell holds as typed; ``None`` when it is no typed decimal.

    An integer is itself.  A float is the shortest decimal that reads back as
    its binary value (Python's ``repr``: ``0.1``, not 0.1000000000000000055…)
    when that has at most 15 significant digits (a spreadsheet keeps 15 of
    what is typed); otherwise the 15-digit decimal nearest to it, when that is
    within one unit in the last place of the binary value (writers print 16
    or 17 digits: openpyxl's ``95.15000000000001`` is 95,15; ``=0.1+0.2``
    shows 0,3); otherwise ``None``: a computed value such as 2/3.
    """
    if isinstance(value, int):
        return Decimal(value)
    held = Decimal(repr(value))
    if len(held.normalize(CONTEXT).as_tuple().digits) <= _TYPED_DIGITS:
        return held
    typed = Context(prec=_TYPED_DIGITS).plus(held)
    # float() only compares the candidate with the cell's binary value as stored (an input
    # being read); the figure read is the Decimal ``typed``, never a float.
    return typed if abs(float(typed) - value) <= math.ulp(value) else None


def _shown(value: int | float, code: str, mark: str) -> tuple[str, Decimal, int]:
    """The text of the number a numeric cell shows, under the decimal mark ``mark``.

    The number is the decimal the cell holds (:func:`_held`).  The cell shows
    it under its number format: General shows it as it is; ``0.00`` shows it
    with two decimals, refused when it holds more (``shows 0,67, holds
    0.6666666666666666``: which one the report means is not the file's to
    guess), and with fewer it is padded with zeros (``95,10``: the printed
    decimals say how the figure was rounded); ``#`` decimals show only the
    digits needed; a percent format shows the number times 100 with ``%``.
    A float that is no typed decimal is refused under any format.  The text
    has no thousands separators.  Returns the text, the value shown and its
    decimals.

    >>> _shown(0.9515, "0.00%", "id")
    ('95,15%', Decimal('95.15'), 2)
    >>> _shown(95.1, "0.00", "en")[0], _shown(2023, "General", "id")[0]
    ('95.10', '2023')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(value)  # pragma: no cover - the caller passes numbers only
    if isinstance(value, float) and not math.isfinite(value):
        raise _CellProblem("a finite number", repr(value))
    stored = repr(value) if isinstance(value, float) else str(value)
    if abs(Decimal(stored).adjusted()) > MAX_DIGITS:  # an integer part, or leading zeros,
        # past the file's digit limit, before any arithmetic (the text read is checked again)
        raise _CellProblem(f"a number of at most {MAX_DIGITS} digits", stored)
    form = _number_format(code)
    percent = form is not None and form[2]
    held = _held(value)
    if held is None:
        shown = ""
        if form is not None:
            rounded = CONTEXT.quantize(Decimal(stored).scaleb(2 if percent else 0, CONTEXT),
                                       Decimal(1).scaleb(-form[1]))
            shown = f"shows {_plain(rounded, mark)}{'%' if percent else ''}, "
        raise _CellProblem(f"a number as typed, of at most {_TYPED_DIGITS} significant "
                           "digits (this one was computed: give the cell the value the "
                           "report prints, or type it as text)",
                           f"ambiguous: {shown}holds {stored}")
    number = held.scaleb(2, CONTEXT) if percent else held
    if form is None:
        shown_value = number.normalize(CONTEXT)
        if shown_value.as_tuple().exponent > 0:  # type: ignore[operator]
            shown_value = CONTEXT.quantize(shown_value, Decimal(1))
    else:
        fixed, most, _ = form
        shown_value = CONTEXT.quantize(number, Decimal(1).scaleb(-most))
        if shown_value != number:
            raise _CellProblem(f"a number with at most {most} decimals, as its format shows",
                               f"ambiguous: shows {_plain(shown_value, mark)}"
                               f"{'%' if percent else ''}, holds {stored}")
        places = most
        while places > fixed and shown_value == CONTEXT.quantize(
                shown_value, Decimal(1).scaleb(1 - places)):
            places -= 1
            shown_value = CONTEXT.quantize(shown_value, Decimal(1).scaleb(-places))
    exponent = shown_value.as_tuple().exponent
    places = max(-exponent, 0) if isinstance(exponent, int) else 0
    return _plain(shown_value, mark) + ("%" if percent else ""), shown_value, places


# ------------------------------------------------------------------ reading


@attrs.frozen
class _Raw:
    """A filled cell as read: its value (a formula's cached one), format and formula."""

    value: Any
    number_format: str
    formula: str | None
    column: _Column
    place: str


@attrs.define
class _Row:
    sheet: _Sheet
    number: int
    cells: list[_Raw]


class _Bad:
    """A cell refused at its place (the validator's error there is left out)."""

    def __repr__(self) -> str:
        return "(refused)"


class _Items(dict[int, Any]):
    """A list's items by position while its columns are read."""


def _place(sheet: str, row: int, column: str = "") -> str:
    return f"sheet {sheet}, row {row}" + (f", column {column}" if column else "")


def _mark(laporan: str, section: Any, key: str) -> str:
    """The decimal mark at a field: the section's ``angka`` for it, the section's, the file's."""
    if isinstance(section, Mapping) and isinstance(section.get(key), str):
        return str(section[key])
    if isinstance(section, str):
        return section
    return laporan


#: What a text field (a code, a name) holding a number cell with decimals or a format should be.
_TEXT_NOT_NUMBER = ("text: type it as text (with a leading apostrophe, '1.1), since a number "
                    "cell shows its decimal mark and format, not what was typed")

#: What a formula cell with no saved value should be (its refusal where it cannot be a
#: not-computable figure: an input, or a figure the reviu reads as an input before checking it).
_UNSAVED = ("a formula with its value saved (this file was written by a program that does "
            "not compute formulas): open and save it in a spreadsheet program, or type the value")


def _is_figure(column: _Column) -> bool:
    """Whether a column's cells are printed figures the reviu checks (an input is refused).

    An indicator's target and realisasi are read as numbers when the report
    loads (:class:`sakip.lkj.Indikator`), so a formula there is refused too.
    """
    spec = column.spec
    return (spec is not None and spec.kind == "printed" and bool(spec.check)
            and not any(spec is typed for typed in _typed()))


@cache
def _typed() -> tuple[_Spec, ...]:
    """The fields read as numbers when the report loads: an indicator's target and realisasi."""
    indikator = dict(SPEC.fields)["indikator"].item
    assert indikator is not None
    return tuple(dict(indikator.fields)[key] for key in ("target", "realisasi"))


def unsaved_refusal(cell: _TanpaNilai) -> InvalidValueError:
    """The refusal of a formula cell with no saved value, at its place."""
    return InvalidValueError(field=cell.place, expected=_UNSAVED, received=cell.formula)


def _convert(raw: _Raw, mark: str) -> Any:
    """A cell's value for the document: text as written, numbers as shown, as its field takes."""
    value, spec, key = raw.value, raw.column.spec, raw.column.key
    if raw.formula is not None:
        if re.search(r"\[[0-9]+\]|\.xls", raw.formula, re.IGNORECASE):
            raise _CellProblem("a value, not a formula reading another workbook (sakip "
                               "never follows external links): type the value",
                               raw.formula)
        if value is None:
            if _is_figure(raw.column):  # not computable in the reviu (load_xlsx)
                return _TanpaNilai(raw.place, raw.formula)
            raise _CellProblem(_UNSAVED, raw.formula)
    if isinstance(value, bool):
        return value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        midnight = not isinstance(value, datetime.datetime) or value.time() == datetime.time.min
        if key in _DATE_FIELDS and not isinstance(value, datetime.time) and midnight:
            return (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
        raise _CellProblem("a date only where the field takes one (" + ", ".join(
            sorted(_DATE_FIELDS)) + "); type it as text, as printed", str(value))
    if isinstance(value, (int, float)):
        unit = spec.unit if spec is not None else ""
        if mark not in ("id", "en"):  # campuran (or a mark the validator refuses)
            percent = "%" in _QUOTED.sub("", raw.number_format.split(";")[0])
            mark = "en" if mark == "campuran" and (percent or unit == "percent") else "id"
        text, shown, places = _shown(value, raw.number_format, mark)
        if spec is not None and spec.kind == "text":  # a code or a name typed as a number
            if isinstance(value, int) and text == str(value):
                return text  # its digits, exactly as shown (5634)
            raise _CellProblem(_TEXT_NOT_NUMBER, text)  # 1.1 shows as 1,1 in an id locale
        if spec is not None and spec.kind == "int" and places == 0 and "%" not in text:
            return int(shown)
        return text
    if isinstance(value, str):
        if spec is not None and spec.kind in ("list", "array") and value.strip() == "[]":
            return []
        if spec is not None and spec.kind in _TABLES and value.strip() == "{}":
            return {}
        return "" if value == EMPTY else value
    return value  # pragma: no cover - openpyxl gives only the types above


def _set(target: dict[Any, Any], address: tuple[str | int, ...], value: Any) -> None:
    """Put ``value`` at ``address`` in a row, making the tables and lists on the way."""
    for part, following in itertools.pairwise(address):
        inner = target.get(part)
        want = _Items if isinstance(following, int) else dict
        if inner is None:
            inner = target[part] = want()
        elif type(inner) is not want:
            raise _CellProblem("one value or its parts in columns, not both", str(part))
        target = inner
    if address[-1] in target:
        raise _CellProblem("one column for a value", str(address[-1]))
    target[address[-1]] = value


def _finish(value: Any) -> Any:
    """Lists from the items read: positions 1 … the last filled, a blank between them ''."""
    if isinstance(value, _Items):
        return [_finish(value.get(n, "")) for n in range(1, max(value) + 1)]
    if isinstance(value, dict):  # in place: the rows' identities say where they came from
        for key, item in value.items():
            value[key] = _finish(item)
    elif isinstance(value, list):
        value[:] = [_finish(item) for item in value]
    return value


@attrs.define
class _Workbook:
    """A workbook read: its document, where each row of it came from, the cells refused."""

    document: dict[str, Any]
    #: A row's path in the document (``anggaran.output[2]``) -> (sheet, row number).
    rows: dict[str, tuple[str, int]]
    problems: list[SakipError]
    #: The printed figures whose cell holds a formula with no saved value (not refused:
    #: :func:`load_xlsx` makes them not computable, the other readers refuse them).
    unsaved: list[_TanpaNilai] = attrs.field(factory=list)

    def refused(self, *, lenient: bool) -> list[SakipError]:
        """The cells refused: with the formulas without a value unless ``lenient``."""
        return self.problems + ([] if lenient else [unsaved_refusal(c) for c in self.unsaved])


def _read(path: str | os.PathLike[str]) -> _Workbook:
    name = str(path)
    if Path(name).suffix.lower() in (".xlsm", ".xltm", ".xlsb"):
        raise InvalidValueError(field="file", expected="an .xlsx workbook (no macros: "
                                ".xlsm is not read)", received=Path(name).suffix)
    raw = read_file(path)
    bounds = check_workbook(raw)
    openpyxl = _openpyxl()
    try:
        values = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True,
                                        keep_links=False)
        formulas = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False,
                                          keep_links=False) if any(
            formula for _, _, formula in bounds.values()) else None
        return _rows_of(values, formulas, bounds)
    except SakipError:
        raise
    except Exception as error:  # openpyxl's own errors: a part missing, bad XML ...
        detail = str(error).splitlines()[0] if str(error) else ""
        raise ParseError(field="file", expected="an .xlsx workbook openpyxl can read",
                         received=f"{type(error).__name__}: {detail}"[:160]) from None


def _rows_of(values: Any, formulas: Any, bounds: dict[str, tuple[int, int, bool]]) -> _Workbook:
    problems: list[SakipError] = _Problems()
    by_name = {sheet.name: sheet for sheet in _sheets()}
    read: dict[str, list[_Row]] = {}
    parts_read: set[str] = set()
    titles: set[str] = set()
    for sheet_v in values.worksheets:
        title = sheet_v.title
        if title == CHOICES_SHEET:
            continue
        sheet = by_name.get(title)
        if title in titles:  # a spreadsheet program never writes two: the first would be lost
            problems.append(InvalidValueError(field=f"sheet {title}", expected="each sheet "
                                              "name once in a workbook", received=title))
            continue
        titles.add(title)
        if sheet is None:
            problems.append(InvalidValueError(field=f"sheet {title}", expected="a sheet of "
                                              "the format (" + ", ".join(by_name) + ")",
                                              received=title))
            continue
        part = str(getattr(sheet_v, "_worksheet_path", "")).lstrip("/")
        if part not in bounds:  # every sheet's cells are bounded before they are read
            problems.append(ParseError(field=f"sheet {title}", expected="a worksheet part "
                                       "under xl/worksheets/", received=part))
            continue
        if part in parts_read:  # the bounds hold once per part: thirty sheets of one part
            problems.append(ParseError(field=f"sheet {title}", expected="a worksheet part "
                                       "of its own (another sheet reads this one)",
                                       received=part))
            continue
        parts_read.add(part)
        last_row, last_column, _ = bounds[part]
        if not last_row or not last_column:
            continue
        rows_v = sheet_v.iter_rows(max_row=last_row, max_col=last_column)
        rows_f = (formulas[title].iter_rows(max_row=last_row, max_col=last_column)
                  if formulas is not None else None)
        read[title] = _sheet_rows(sheet, rows_v, rows_f, problems)
    unsaved: list[_TanpaNilai] = []
    document, rows = _assemble(read, problems, unsaved)
    return _Workbook(document, rows, problems, unsaved)


def _sheet_rows(sheet: _Sheet, rows_v: Any, rows_f: Any, problems: list[SakipError]) -> list[
        _Row]:
    columns: list[_Column | None] = []
    out: list[_Row] = []
    for number, cells in enumerate(rows_v, start=1):
        texts = next(rows_f) if rows_f is not None else None
        if number == 1:
            columns = _headers(sheet, cells, problems)
            continue
        filled = [(i, cell) for i, cell in enumerate(cells) if cell.value is not None or (
            texts is not None and i < len(texts) and texts[i].value is not None)]
        if number == 2 and filled and all(isinstance(c.value, str) and c.value.startswith("#")
                                           for _, c in filled):
            continue  # the notes row
        row = _Row(sheet, number, [])
        for i, cell in filled:
            column = columns[i] if i < len(columns) else None
            if column is None:
                problems.append(InvalidValueError(
                    field=_place(sheet.name, number, _letter(i)), expected="a value under a "
                    "named column (row 1 names every column that holds values)",
                    received=_written(cell.value)))
                continue
            formula = None
            if texts is not None and i < len(texts) and texts[i].data_type == "f":
                text = texts[i].value  # a str, or an array formula (its text in .text)
                formula = text if isinstance(text, str) else str(getattr(text, "text", text))
            row.cells.append(_Raw(cell.value, cell.number_format or "General", formula,
                                  column, _place(sheet.name, number, column.header)))
        if row.cells:
            out.append(row)
    return out


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _written(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _headers(sheet: _Sheet, cells: Any, problems: list[SakipError]) -> list[_Column | None]:
    columns: list[_Column | None] = []
    seen: set[str] = set()
    for i, cell in enumerate(cells):
        value = cell.value
        if value is None:
            columns.append(None)
            continue
        header = value.strip() if isinstance(value, str) else _written(value)
        if header in seen:
            problems.append(InvalidValueError(field=_place(sheet.name, 1, _letter(i)),
                                              expected="each column named once",
                                              received=header))
            columns.append(None)
            continue
        seen.add(header)
        columns.append(_column(sheet, header))
    return columns


def _assemble(read: dict[str, list[_Row]], problems: list[SakipError],
              unsaved: list[_TanpaNilai]) -> tuple[dict[str, Any], dict[str, tuple[str, int]]]:
    """The document from the sheets' rows: sections, then each nested row into its parent."""
    document: dict[str, Any] = {}
    laporan_rows = read.get("laporan", [])
    laporan_mark = "id"
    for raw in laporan_rows[0].cells if laporan_rows else ():
        if raw.column.address == ("angka",) and raw.value in ANGKA:
            laporan_mark = raw.value
    #: Per sheet with a key: the rows by their keys (and those of the rows above).
    index: dict[str, dict[tuple[str, ...], tuple[dict[str, Any], dict[str, Any]]]] = {}
    origin: dict[int, tuple[str, int]] = {}
    for sheet in _sheets():
        rows = read.get(sheet.name, [])
        if sheet.single and len(rows) > 1:
            problems.append(InvalidValueError(
                field=_place(sheet.name, rows[1].number), expected=f"one row: {sheet.name} "
                "is one table of the report", received=f"{len(rows)} rows"))
            rows = rows[:1]
        for row in rows:
            named = {raw.column.header: _link(raw, laporan_mark, problems)
                     for raw in row.cells if raw.column.link}
            links = tuple(named[header] for header in sheet.links if header in named)
            if len(links) < len(sheet.links):
                problems.append(InvalidValueError(
                    field=_place(sheet.name, row.number), expected="the row it belongs to, "
                    "in column" + ("s " if len(sheet.links) > 1 else " ")
                    + ", ".join(sheet.links), received="(missing)"))
                continue
            found = _parent(sheet, row, links, document, index, problems)
            if found is None:
                continue
            container, top = found
            target: dict[str, Any] = {}
            if sheet.parent is None:
                top = target
            cells = sorted(row.cells, key=lambda raw: raw.column.address[:1] != ("angka",))
            for raw in cells:
                if raw.column.link:
                    continue
                mark = _mark(laporan_mark, top.get("angka"), raw.column.key)
                try:
                    value = _convert(raw, mark)
                except _CellProblem as problem:
                    problems.append(InvalidValueError(field=raw.place,
                                                      expected=problem.expected,
                                                      received=problem.received))
                    value = _Bad()
                if isinstance(value, _TanpaNilai):
                    unsaved.append(value)
                try:
                    _set(document if raw.column.root else target, raw.column.address, value)
                except _CellProblem as problem:
                    problems.append(InvalidValueError(field=raw.place,
                                                      expected=problem.expected,
                                                      received=raw.column.header))
            if sheet.single:
                if sheet.parent is None:
                    document[sheet.via[0]] = target
            else:
                container.append(target)
            origin[id(target)] = (sheet.name, row.number)
            key = target.get(sheet.key) if sheet.key else None
            if isinstance(key, str):
                index.setdefault(sheet.name, {}).setdefault((*links, key), (target, top))
    document = _finish(document)
    return document, _row_places(document, origin)


def _link(raw: _Raw, mark: str, problems: list[SakipError]) -> str:
    try:
        value = _convert(raw, mark)
    except _CellProblem as problem:
        problems.append(InvalidValueError(field=raw.place, expected=problem.expected,
                                          received=problem.received))
        return ""
    return value if isinstance(value, str) else _written(value)


def _parent(sheet: _Sheet, row: _Row, links: tuple[str, ...], document: dict[str, Any],
            index: dict[str, dict[tuple[str, ...], tuple[dict[str, Any], dict[str, Any]]]],
            problems: list[SakipError]) -> tuple[list[Any], dict[str, Any]] | None:
    """The list a nested row goes into, and its section's row; ``None`` when not found."""
    parent = sheet.parent
    if parent is None:
        if sheet.single:
            return [], {}
        rows = document.setdefault(sheet.via[0], [])
        return rows, {}
    if parent.single:
        holder = document.setdefault(parent.via[0], {})
        top = holder
    else:
        found = index.get(parent.name, {}).get(links)
        if found is None:
            problems.append(InvalidValueError(
                field=_place(sheet.name, row.number, sheet.links[-1]),
                expected=f"the {parent.key} of a row of sheet {parent.name}"
                + (" (under " + ", ".join(links[:-1]) + ")" if links[:-1] else ""),
                received=links[-1]))
            return None
        holder, top = found
    for part in sheet.via[:-1]:
        holder = holder.setdefault(part, {})
    rows = holder.setdefault(sheet.via[-1], [])
    return rows, top


def _row_places(document: dict[str, Any], origin: dict[int, tuple[str, int]]) -> dict[
        str, tuple[str, int]]:
    """Each row's path in the document (the validator's places) -> its sheet and row."""
    out: dict[str, tuple[str, int]] = {}

    def rows(sheet: _Sheet, row: Any, path: str) -> None:
        if id(row) in origin:
            out[path] = origin[id(row)]
        for child in _sheets():
            if child.parent is not sheet:
                continue
            holder = row
            for part in child.via[:-1]:
                holder = holder.get(part) if isinstance(holder, Mapping) else None
            items = holder.get(child.via[-1]) if isinstance(holder, Mapping) else None
            for i, item in enumerate(items if isinstance(items, list) else (), start=1):
                rows(child, item, f"{path}.{'.'.join(child.via)}[{i}]")

    for sheet in _sheets():
        if sheet.parent is not None:
            continue
        value = document.get(sheet.via[0])
        if sheet.single and isinstance(value, Mapping):
            rows(sheet, value, sheet.name)
        elif isinstance(value, list):
            for i, item in enumerate(value, start=1):
                rows(sheet, item, f"{sheet.name}[{i}]")
    return out


def _at_place(error: SakipError, rows: dict[str, tuple[str, int]]) -> SakipError:
    """``error`` with its field (``anggaran.output[2].pagu``) as its workbook place."""
    field = error.field or ""
    if field == "schema" and "laporan" in rows:
        sheet, number = rows["laporan"]
        where = _place(sheet, number, "schema")
    else:
        cut = len(field)
        while cut > 0 and field[:cut] not in rows:
            cut = max(field.rfind(".", 0, cut), field.rfind("[", 0, cut))
        if cut <= 0:
            return error
        sheet, number = rows[field[:cut]]
        where = _place(sheet, number, field[cut:].lstrip("."))
    text = str(error)
    message = where + text[len(field):] if text.startswith(field) else None
    return type(error)(message, field=where, expected=error.expected, received=error.received)


def read_xlsx(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The document a workbook holds: the mapping the TOML reader gives for the same report.

    The workbook's limits are checked on its zip first
    (:func:`sakip._reading.check_workbook`); no macro, external link or
    formula is run or followed (a formula's saved value is read).  Raises
    :class:`~sakip.errors.LaporanError` listing the cells that cannot be read,
    each at its place; the document is not validated (:func:`load_xlsx` does).
    """
    workbook = _workbook(path)
    problems = workbook.refused(lenient=False)
    if problems:
        raise LaporanError(str(path), problems)
    return workbook.document


def _workbook(path: str | os.PathLike[str]) -> _Workbook:
    try:
        return _read(path)
    except LaporanError:
        raise
    except SakipError as error:
        raise LaporanError(str(path), [error]) from None


def load_xlsx(path: str | os.PathLike[str]) -> Laporan:
    """A report read from a workbook and validated by :func:`sakip.lkj.from_mapping`.

    Every problem is listed at once, each at its place in the workbook
    (``sheet anggaran.output, row 7, column pagu``): the cells that cannot
    be read, then the validator's errors (the same as for the TOML file).
    A printed figure the reviu checks whose cell holds a formula with no
    saved value is not refused: the reviu gives it a ``not-computable``
    finding naming the cell (an input there is refused).
    """
    return _checked(path, lenient=True)[1]


def checked_xlsx(path: str | os.PathLike[str]) -> tuple[dict[str, Any], Laporan]:
    """A workbook's document and the report it validates into (:func:`load_xlsx`).

    A formula with no saved value is refused at its cell, wherever it is: the
    document is converted (``sakip konversi``), and a converted file has no
    way to say that a figure has no value.
    """
    return _checked(path, lenient=False)


def _checked(path: str | os.PathLike[str], *, lenient: bool) -> tuple[dict[str, Any], Laporan]:
    name = str(path)
    workbook = _workbook(path)
    problems = workbook.refused(lenient=lenient)
    try:
        laporan = from_mapping(workbook.document, source=name)
    except LaporanError as error:
        refused = {p.field for p in problems}
        found = _Problems()
        for problem in problems:
            found.append(problem)
        for problem in error.errors:
            moved = _at_place(problem, workbook.rows)
            if moved.field not in refused:
                found.append(moved)
        raise LaporanError(name, found.recorded()) from None
    if problems:
        raise LaporanError(name, problems)
    return workbook.document, laporan


# ------------------------------------------------------------------ writing


def _flatten(spec: _Spec, value: Mapping[str, Any], prefix: str, order: tuple[int, ...],
             out: list[tuple[tuple[int, ...], str, Any]], ranks: dict[tuple[str, str], int],
             ) -> None:
    """A row's cells: (column order, column name, value), nested sheets left out."""
    def rank(header: str, key: str) -> int:
        return ranks.setdefault((header, key), len(ranks))

    for i, (key, field) in enumerate(spec.fields):
        if key not in value or (field.kind == "array" and value[key]):
            continue  # rows are in their own sheet
        item, header, at = value[key], f"{prefix}{key}", (*order, i)
        if field.kind == "array":
            out.append((at, header, "[]"))
        elif field.kind in _TABLES and isinstance(item, Mapping) and not item:
            out.append((at, header, "{}"))
        elif field.kind == "table":
            _flatten(field, item, header + ".", at, out, ranks)
        elif field.kind == "rounding":
            out.extend(((*at, j), f"{header}.{sub}", item[sub])
                       for j, sub in enumerate(("places", "mode")) if sub in item)
        elif field.kind == "angka" and isinstance(item, Mapping):
            out.extend(((*at, 1, rank(header, k)), f"{header}.{k}", m) for k, m in item.items())
        elif isinstance(item, list):
            out.extend(_items(at, header, item))
        elif field.kind in ("map", "years"):
            assert field.item is not None
            for k, sub in item.items():
                where, place = f"{header}.{k}", (*at, rank(header, str(k)))
                if field.item.kind == "table" and not sub:
                    out.append((place, where, "{}"))
                elif field.item.kind == "table":
                    _flatten(field.item, sub, where + ".", place, out, ranks)
                elif isinstance(sub, list):
                    out.extend(_items(place, where, sub))
                else:
                    out.append((place, where, sub))
        else:
            out.append((at, header, item))


def _items(order: tuple[int, ...], header: str, items: list[Any]) -> list[
        tuple[tuple[int, ...], str, Any]]:
    """A list's cells; an empty text before a filled item is a blank cell, after it ``""``."""
    if not items:
        return [(order, header, "[]")]
    last = max((n for n, item in enumerate(items, start=1) if item != ""), default=0)
    return [((*order, n), f"{header}[{n}]", None if item == "" and n < last else item)
            for n, item in enumerate(items, start=1)]


def _rows_to_write(document: Mapping[str, Any]) -> dict[str, list[tuple[tuple[str, ...],
                                                                      Mapping[str, Any]]]]:
    """Per sheet: its rows, each with the keys of the rows it is inside."""
    out: dict[str, list[tuple[tuple[str, ...], Mapping[str, Any]]]] = {}

    def nested(sheet: _Sheet, row: Mapping[str, Any], links: tuple[str, ...]) -> None:
        own = links if sheet.single else (*links, str(row.get(sheet.key, "")))
        for child in _sheets():
            if child.parent is not sheet:
                continue
            holder: Any = row
            for part in child.via[:-1]:
                holder = holder.get(part, {}) if isinstance(holder, Mapping) else {}
            for item in holder.get(child.via[-1], ()) if isinstance(holder, Mapping) else ():
                out.setdefault(child.name, []).append((own, item))
                nested(child, item, own)

    for sheet in _sheets():
        if sheet.parent is not None:
            continue
        value = document.get(sheet.via[0])
        items = [value] if sheet.single and isinstance(value, Mapping) else (
            value if isinstance(value, list) else [])
        for item in items:
            out.setdefault(sheet.name, []).append(((), item))
            nested(sheet, item, ())
    return out


def _template_columns(sheet: _Sheet) -> list[tuple[tuple[int, ...], str]]:
    """The columns a template shows for every field (a map or list: one example column)."""
    out: list[tuple[tuple[int, ...], str]] = []

    def walk(table: _Spec, prefix: str, order: tuple[int, ...]) -> None:
        for i, (key, field) in enumerate(table.fields):
            header, at = f"{prefix}{key}", (*order, i)
            if field.kind == "array":
                continue
            if field.kind == "table":
                walk(field, header + ".", at)
            elif field.kind == "rounding":
                out.extend([((*at, 0), f"{header}.places"), ((*at, 1), f"{header}.mode")])
            elif field.kind == "list":
                out.append(((*at, 1), f"{header}[1]"))
            elif field.kind in ("map", "years"):
                example = _example_key(field, key)
                assert field.item is not None
                if field.item.kind == "table":
                    walk(field.item, f"{header}.{example}.", (*at, -1))
                else:
                    suffix = "[1]" if field.item.kind == "list" else ""
                    out.append(((*at, -1), f"{header}.{example}{suffix}"))
            else:
                out.append((at, header))

    walk(sheet.spec, "", ())
    return out


def _example_key(field: _Spec, key: str) -> str:
    import tomllib

    example = tomllib.loads(f"v = {_placeholder(key, field)}")["v"]
    return str(next(iter(example))) if isinstance(example, dict) and example else "nama"


#: The notes row's own words (``bahasa``); a field's description is the template's.
_CATATAN_INDUK = Teks(id="# {key} dari baris lembar {above} tempat baris ini berada",
                      en="# the {key} of the row of sheet {above} this row belongs to")
_CATATAN_SCHEMA = Teks(id="# schema (wajib): tanda format [sakip/lkj-1]",
                       en="# schema (required): the format tag [sakip/lkj-1]")
_CATATAN_KUNCI = Teks(id="\n# satu kolom per kunci: {name}.<kunci>",
                      en="\n# one column per key: {name}.<key>")
_CATATAN_BUTIR = Teks(id="\n# satu kolom per butir: {name}[1], [2], …",
                      en="\n# one column per item: {name}[1], [2], …")


def _note(sheet: _Sheet, header: str, bahasa: Bahasa = DEFAULT) -> str:
    """The notes row's text for a column: what to write there (from SPEC's descriptions)."""
    if header in sheet.links:
        above, key = header.rsplit(".", 1)
        return _CATATAN_INDUK(bahasa, key=key, above=above)
    column = _column(sheet, header)
    if column.root:
        return _CATATAN_SCHEMA(bahasa)
    table: _Spec | None = sheet.spec
    field: _Spec | None = None
    name = ""
    for part in column.address:
        if isinstance(part, int) or table is None:
            break
        field = dict(table.fields).get(part) if table.kind == "table" else table.item
        if field is None:
            break
        name = part if table.kind == "table" else name
        table = field if field.kind in ("table", "map", "years") else None
    if field is None:  # pragma: no cover - every template column is a field
        return ""
    text = _comment(name, field, bahasa)
    if field.kind in ("map", "years"):
        text += _CATATAN_KUNCI(bahasa, name=name)
    elif field.kind == "list" or "[" in header:
        text += _CATATAN_BUTIR(bahasa, name=header.rsplit("[", 1)[0])
    return text


@keyword_only()
def write_xlsx(document: Mapping[str, Any], *positional: Never, template: bool = False,
               bahasa: Bahasa = DEFAULT) -> bytes:
    """A workbook of a report's document (the mapping of a TOML file), in the layout read back.

    ``read_xlsx(write_xlsx(document))`` gives ``document`` again for any
    document :func:`sakip.lkj.from_mapping` accepts (a section with no rows,
    ``indeks = []``, aside: it has no cells, and is read as absent).  Text is
    written as text cells, integers as numbers and booleans as booleans; each
    sheet has its notes row (in ``bahasa``) and a drop-down list on every column of an
    enumerated field; ``template`` also writes every field's column, filled or
    not.
    """
    if positional:
        raise call_error(write_xlsx, positional, locals())
    bahasa = check_bahasa(bahasa)
    openpyxl = _openpyxl()
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    book.remove(book.active)
    choices = book.create_sheet(CHOICES_SHEET)
    choices.sheet_state = "hidden"
    lists: dict[tuple[str, ...], str] = {}
    rows_of = _rows_to_write(document)
    for sheet in _sheets():
        ranks: dict[tuple[str, str], int] = {}
        rows: list[dict[str, Any]] = []
        orders: dict[str, tuple[int, ...]] = {}
        if template:
            orders.update((header, order) for order, header in _template_columns(sheet))
        for links, row in rows_of.get(sheet.name, []):
            cells: list[tuple[tuple[int, ...], str, Any]] = [
                ((-1, i), header, link) for i, (header, link) in enumerate(zip(
                    sheet.links, links, strict=True))]
            if sheet.name == "laporan" and "schema" in document:
                cells.append(((-1, 0), "schema", document["schema"]))
            _flatten(sheet.spec, row, "", (), cells, ranks)
            for order, header, _ in cells:
                orders.setdefault(header, order)
            rows.append({header: value for _, header, value in cells})
        for i, header in enumerate(sheet.links):
            orders[header] = (-1, i)
        if sheet.name == "laporan":
            orders["schema"] = (-1, 0)
        headers = sorted(orders, key=lambda header: orders[header])
        if len(headers) > MAX_COLUMNS:
            raise InvalidValueError(field=sheet.name, expected=f"at most {MAX_COLUMNS} "
                                    "columns", received=len(headers))
        out = book.create_sheet(sheet.name)
        for number, header in enumerate(headers, start=1):
            out.cell(row=1, column=number, value=header).font = Font(bold=True)
            note = out.cell(row=2, column=number, value=_note(sheet, header, bahasa))
            note.font = Font(italic=True, color="666666")
            note.alignment = Alignment(wrap_text=True, vertical="top")
            out.column_dimensions[get_column_letter(number)].width = max(12, min(
                len(header) + 4, 40))
        for offset, row in enumerate(rows):
            for number, header in enumerate(headers, start=1):
                if header in row and row[header] is not None:
                    _write_cell(out.cell(row=_FIRST_ROW + offset, column=number),
                                row[header], f"sheet {sheet.name}, column {header}")
        out.freeze_panes = "A3"
        last = max(_FIRST_ROW + len(rows) + 200, 1000)
        for number, header in enumerate(headers, start=1):
            column = _column(sheet, header)
            spec = column.spec
            if spec is None or not (spec.choices or spec.kind == "bool"):
                continue
            if spec.kind == "bool":
                formula = '"TRUE,FALSE"'
            else:
                if spec.choices not in lists:
                    at = len(lists) + 1
                    for i, choice in enumerate(spec.choices, start=1):
                        choices.cell(row=i, column=at, value=choice).data_type = "s"
                    letter = get_column_letter(at)
                    lists[spec.choices] = (f"{quote_sheetname(CHOICES_SHEET)}!${letter}$1:"
                                           f"${letter}${len(spec.choices)}")
                formula = lists[spec.choices]
            check = DataValidation(type="list", formula1=formula, allow_blank=True)
            letter = get_column_letter(number)
            check.add(f"{letter}{_FIRST_ROW}:{letter}{last}")
            out.add_data_validation(check)
    book.move_sheet(CHOICES_SHEET, offset=len(book.sheetnames) - 1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_cell(cell: Any, value: Any, where: str) -> None:
    if isinstance(value, str):
        try:
            cell.value = value if value else EMPTY
        except ValueError:  # openpyxl's IllegalCharacterError: a control character
            raise InvalidValueError(field=where, expected="text without control characters "
                                    "(an .xlsx cell cannot hold them)", received=value) from None
        cell.data_type = "s"  # text, even when it begins with '='
    elif isinstance(value, (bool, int)):
        cell.value = value
    else:
        raise InvalidTypeError(field=where, expected="text, an integer or true/false",
                               received=repr(value))


@keyword_only()
def template_xlsx(*positional: Never, jenis: str = "lkj", bahasa: Bahasa = DEFAULT) -> bytes:
    """The template workbook: every sheet and column of the format, notes, drop-downs, examples.

    Derived from :data:`sakip.lkj.SPEC` as :func:`sakip.lkj.template` is: its
    example rows are the TOML template's placeholders (of the document
    ``jenis``: ``"lkj"``, ``"lkjip"``, ``"renstra"``, ``"pk"``), so it is read as it is;
    its notes row is in ``bahasa``.

    >>> import io, openpyxl
    >>> book = openpyxl.load_workbook(io.BytesIO(template_xlsx(jenis="pk", bahasa="en")))
    >>> book.sheetnames[:2], book["laporan"]["B2"].value
    (['laporan', 'sasaran'], '# instansi (required): The unit (instansi)')
    """
    if positional:
        raise call_error(template_xlsx, positional, locals())
    import tomllib

    from sakip.lkj import template

    return write_xlsx(tomllib.loads(template(jenis=jenis)), template=True, bahasa=bahasa)


# ------------------------------------------------------------------ TOML

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_key(key: object) -> str:
    text = str(key)
    return text if _BARE_KEY.fullmatch(text) else _toml_string(text)


def _toml_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}"
                                for k, v in value.items()) + " }"
    raise InvalidTypeError(field="document", expected="text, integers, true/false, arrays "
                           "and tables", received=repr(value))


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, Mapping) for item in value)


def write_toml(document: Mapping[str, Any]) -> str:
    """A report's document as a TOML file (``tomllib.loads`` gives ``document`` again).

    Sections are tables (``[anggaran]``), rows arrays of tables
    (``[[anggaran.output]]``), and every number stays the text it is.

    >>> print(write_toml({"schema": "sakip/lkj-1", "nka": {"nilai": "95,15"}}))
    schema = "sakip/lkj-1"
    <BLANKLINE>
    [nka]
    nilai = "95,15"
    <BLANKLINE>
    """
    lines: list[str] = []

    def table(value: Mapping[str, Any], path: str, header: str) -> None:
        if header:
            lines.extend(["", header])
        nested = []
        for key, item in value.items():
            if (isinstance(item, Mapping) and item) or _is_rows(item):
                nested.append((key, item))
            else:
                lines.append(f"{_toml_key(key)} = {_toml_value(item)}")
        for key, item in nested:
            where = f"{path}.{_toml_key(key)}" if path else _toml_key(key)
            if isinstance(item, Mapping):
                table(item, where, f"[{where}]")
            else:
                for row in item:
                    table(row, where, f"[[{where}]]")

    table(document, "", "")
    return "\n".join(lines) + "\n"
