"""Reading report files safely: every limit holds before its cost is paid.

A report file comes from someone else.  Before the TOML or JSON parser sees
it, this module

* opens it without blocking and refuses anything that is not a regular file
  (a FIFO, a device such as ``/dev/zero``, a directory);
* checks its size with ``fstat`` and reads at most ``MAX_BYTES`` + 1 bytes,
  so an oversized or growing file is refused without being read whole;
* scans the raw text once, linearly, outside strings and comments, for the
  nesting depth (``MAX_DEPTH``) and the length and number of parts of
  every key (``MAX_KEY_LENGTH``, ``MAX_KEY_PARTS``): the standard TOML
  parser's cost grows with the square of a dotted key's length, and deep
  nesting exhausts Python's recursion limit in both parsers; and the number
  of arrays and tables (``MAX_STRUCTURES``), each of which the parsers build
  as an object;
* parses JSON refusing duplicate keys (TOML refuses them already) and the
  non-standard constants ``NaN`` and ``Infinity``, and floats in both formats.

The limits on rows, columns and digits per number (``MAX_ROWS``,
``MAX_COLUMNS``, ``MAX_DIGITS``) are checked by the validator in
``sakip.lkj`` before the rows are read.  Every refusal is a
``sakip.errors.SakipError`` naming the place (``line 3``, a key, a field).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from typing import Any

from sakip.errors import InvalidTypeError, InvalidValueError, ParseError, SakipError

__all__ = [
    "MAX_BYTES",
    "MAX_COLUMNS",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_KEY_LENGTH",
    "MAX_KEY_PARTS",
    "MAX_PROBLEMS",
    "MAX_ROWS",
    "MAX_STRUCTURES",
    "MAX_XLSX_CELLS",
    "MAX_XLSX_MEMBERS",
    "MAX_XLSX_RATIO",
    "MAX_XLSX_SHEETS",
    "MAX_XLSX_TAGS",
    "MAX_XLSX_UNCOMPRESSED",
    "check_workbook",
    "parse_document",
    "read_file",
]

#: Files larger than this many bytes are refused before they are read (5 MB).
MAX_BYTES = 5_000_000

#: Arrays and tables nest at most this deep (the format itself needs 5 levels:
#: ``indikator`` → a row → ``renstra`` → ``target``, inside the document).
MAX_DEPTH = 10

#: A key, as written before ``=`` (dotted parts and quotes included), has at most this
#: many characters.
MAX_KEY_LENGTH = 256

#: A dotted key (``a.b.c``) or table header has at most this many parts (the
#: format needs 3: ``renstra.target."2022"``).
MAX_KEY_PARTS = 8

#: An array (rows of a section, ``baris`` of a table) has at most this many items.
MAX_ROWS = 100_000

#: A list of cells or names (``kolom``, ``nilai``, ``terms`` ...) has at most this many items.
MAX_COLUMNS = 10_000

#: A printed number has at most this many digits.  Sums of :data:`MAX_ROWS` such
#: numbers stay exact in sakip's 50-digit context.
MAX_DIGITS = 30

#: A file's arrays and tables (``[`` and ``{`` outside strings, dotted-key parts and
#: table headers counted as written) are at most this many.  The parsers build a Python
#: object for each, at several hundred bytes of peak memory apiece: a 5 MB file of the
#: deepest nesting and longest dotted keys allowed made 1.9 million and took 1.2 GB.  The
#: largest valid files the benchmark writes (47 000 outputs, 40 000 efficiency rows)
#: have under 150 000.
MAX_STRUCTURES = 300_000

#: A file that cannot be read lists at most this many problems in full, in file order,
#: then one problem that states the exact count of the rest.
MAX_PROBLEMS = 1_000

#: A workbook (``.xlsx``, a zip archive) holds at most this many members (parts).
MAX_XLSX_MEMBERS = 1_000

#: A workbook's members add up to at most this many bytes once uncompressed (50 MB),
#: as the zip's directory declares them; ``zipfile`` never inflates a member past its
#: declared size.
MAX_XLSX_UNCOMPRESSED = 50_000_000

#: A member larger than 1 MB once uncompressed is at most this many times its
#: compressed size (a zip bomb inflates thousands of times; a sheet's XML, about 10).
MAX_XLSX_RATIO = 100

#: A workbook has at most this many worksheets.
MAX_XLSX_SHEETS = 100

#: A workbook's worksheets hold at most this many cells in all, counted as rows times
#: used columns: openpyxl yields every cell of that rectangle, filled or not.  Its shared
#: strings count too: openpyxl builds each one.
MAX_XLSX_CELLS = 500_000

#: A workbook's XML parts hold at most this many tags in all (``<`` characters, counted
#: at C speed before the parser sees them): the scan handles each element in Python, at
#: about half a microsecond, so tags that are no cell cannot cost seconds.  A workbook of
#: the most cells allowed, each a ``<c><v>…</v></c>``, has about 2 million.
MAX_XLSX_TAGS = 4_000_000

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def _refuse(where: str, expected: str, received: Any) -> SakipError:
    return InvalidValueError(field=where, expected=expected, received=received)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`, or sakip's error.

    The file is opened without blocking (a FIFO never hangs), checked with
    ``fstat`` (only regular files are read, and only when small enough), then
    read with a bound, so a file that grows while it is read is refused too.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY | _O_BINARY)
    except OSError as error:
        raise _refuse("file", "a readable file", error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = ("a directory" if stat.S_ISDIR(info.st_mode) else
                    "a FIFO" if stat.S_ISFIFO(info.st_mode) else
                    "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
                    else "not a regular file")
            raise _refuse("file", "a regular file", kind)
        if info.st_size > MAX_BYTES:
            raise _refuse("file", f"at most {MAX_BYTES} bytes", info.st_size)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:
            raise _refuse("file", f"at most {MAX_BYTES} bytes", f"more than {MAX_BYTES}")
        return b"".join(chunks)
    except OSError as error:
        raise _refuse("file", "a readable file", error.strerror or str(error)) from None
    finally:
        os.close(fd)


# ------------------------------------------------------------------ pre-scan

# The steps of the scan: each runs to the next character that counts ("[", "]", "{",
# "}", "=", ",", "." or a line feed) over the strings, comments and other characters
# before it, and gives that character (empty at the end of the text).  Strings are
# consumed whole (at C speed), so brackets, dots and '=' inside them never count.  An
# unterminated string is consumed to the end of its line (or of the text, for a
# multi-line one) and left to the parser, which refuses it: a string always matches
# where it starts, so no position is scanned twice and the scan stays linear (a string
# of escaped quotes without its closing quote once cost the square of its length).
# One turn of the loop per character that counts, none per string (issue 24: the loop,
# not the matching, was most of the scan's time).
_TOML_STEPS = re.compile(
    r'(?:"""(?:[^"\\]++|\\.|"(?!""))*+(?:"{3,5}|\\?\Z)'  # up to two quotes may end the content
    r"|'''(?:[^']++|'(?!''))*+(?:'{3,5}|\Z)"
    r'|"(?:[^"\\\n]++|\\.)*+"?'
    r"|'[^'\n]*+'?"
    r"|[^\"'#\[\]{}=,.\n]++)*+"
    r"(?:#[^\n]*+)?"
    r"([\[\]{}=,.\n]?)",
    re.DOTALL,
)
# (Possessive quantifiers, ``*+`` and ``++``: a run of ordinary characters is one
# step, and no backtracking state is kept, so memory stays constant per token.
# With ``(?:[^"]|...)*`` a 1 MB string cost 120 MB of the matcher's state.)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}\n]', re.DOTALL)


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _too_many_structures(text: str, position: int) -> SakipError:
    return _refuse(f"file, line {_line(text, position)}",
                   f"at most {MAX_STRUCTURES} arrays and tables in a file",
                   f"more than {MAX_STRUCTURES}")


def _beyond(text: str, position: int, expected: str, received: str) -> SakipError:
    return _refuse(f"file, line {_line(text, position)}", expected, received)


def _prescan_toml(text: str) -> None:
    depth = 0
    parts = 1
    start = 0  # where the current key (or value) segment starts
    structures = 0
    for step in _TOML_STEPS.finditer(text):
        first = step.group(1)
        if not first:  # the end of the text
            continue
        at = step.end() - 1
        if first in "[{.":
            structures += 1
            if structures > MAX_STRUCTURES:
                raise _too_many_structures(text, at)
            if first == ".":
                parts += 1
                if parts > MAX_KEY_PARTS:
                    raise _beyond(text, at, f"a dotted key of at most {MAX_KEY_PARTS} parts",
                                  f"more than {MAX_KEY_PARTS} parts")
                continue
            depth += 1
            if depth > MAX_DEPTH:
                raise _beyond(text, at, f"arrays and tables nested at most {MAX_DEPTH} deep",
                              f"more than {MAX_DEPTH} levels")
        elif first in "]}":
            depth = max(depth - 1, 0)
        elif first == "=":
            length = len(text[start:at].strip())
            if length > MAX_KEY_LENGTH:
                raise _beyond(text, at, f"a key of at most {MAX_KEY_LENGTH} characters",
                              f"{length} characters")
        start = step.end()  # a key (or value) starts after any of these
        parts = 1


def _prescan_json(text: str) -> None:
    depth = 0
    structures = 0
    for token in _JSON_TOKENS.finditer(text):
        first = token.group()[0]
        if first in "[{":
            structures += 1
            if structures > MAX_STRUCTURES:
                raise _too_many_structures(text, token.start())
            depth += 1
            if depth > MAX_DEPTH:
                raise _refuse(f"file, line {_line(text, token.start())}",
                              f"arrays and objects nested at most {MAX_DEPTH} deep",
                              f"more than {MAX_DEPTH} levels")
        elif first in "]}":
            depth = max(depth - 1, 0)


# ------------------------------------------------------------------- parsing


class _Refused(Exception):
    """Raised from inside a parser hook; carries sakip's error out of the parser."""

    def __init__(self, error: SakipError) -> None:
        super().__init__(str(error))
        self.error = error


def _refuse_float(text: str) -> Any:
    raise _Refused(InvalidTypeError(
        field="file", expected="numbers written as text (\"95,15\"), not floats",
        received=text))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(InvalidValueError(field=f"file, key {key!r}",
                                             expected="each key once per object", received=key))
        out[key] = value
    return out


def parse_document(raw: bytes, *, json_format: bool,
                   parse_float: Callable[[str], Any] = _refuse_float) -> Any:
    """Decode and parse a report file's bytes (TOML, or JSON), limits checked first.

    ``parse_float`` receives the text of every float (and of JSON's ``NaN`` and
    ``Infinity``); by default a float is refused.  Raises
    :class:`~sakip.errors.SakipError` (never the parser's own errors).
    """
    if raw.startswith(b"\xef\xbb\xbf"):  # Notepad's "UTF-8": not part of the document
        raise ParseError(field="file", expected="UTF-8 text without a byte-order mark (save "
                         "as UTF-8, not 'UTF-8 with BOM')", received="a byte-order mark "
                         "(EF BB BF) at byte 0")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(field="file", expected="UTF-8 text",
                         received=f"byte {error.start}: {error.reason}") from None
    try:
        if json_format:
            _prescan_json(text)
            return json.loads(text, parse_float=parse_float, parse_constant=parse_float,
                              object_pairs_hook=_unique_keys)
        _prescan_toml(text)
        import tomllib

        return tomllib.loads(text, parse_float=parse_float)
    except _Refused as refused:
        raise refused.error from None
    except SakipError:
        raise
    except (ValueError, RecursionError) as error:
        raise ParseError(field="file", expected="a JSON document" if json_format else
                         "a TOML document (or JSON for .json)", received=str(error)) from None


# ------------------------------------------------------------------ workbooks

#: A row's and a cell's reference as sakip reads them (``r="7"``, ``r="AB7"``): ASCII digits
#: and capitals.  openpyxl reads more (``r="7.0"``, ``r="$a$7"``, other scripts' digits); the
#: scan refuses those rather than guess how openpyxl places them.
_XLSX_ROW_REF = re.compile(r"[0-9]{1,9}")
_XLSX_CELL_REF = re.compile(r"([A-Z]{1,3})[0-9]{1,9}")
#: The first bytes of a part that an XML parser reads (ASCII, UTF-8 or UTF-16, a BOM).
_XML_START = (b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00<")


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _looks_like_xml(name: str, head: bytes) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml")) or head.lstrip(
        b" \t\r\n").startswith(_XML_START)


def check_workbook(raw: bytes) -> dict[str, tuple[int, int, bool]]:
    """The limits of an ``.xlsx`` workbook, checked on its zip before openpyxl opens it.

    Refuses, with sakip's error naming the place: what is not a zip archive;
    more than :data:`MAX_XLSX_MEMBERS` members; more than
    :data:`MAX_XLSX_UNCOMPRESSED` bytes uncompressed in all; a member over
    1 MB that inflates more than :data:`MAX_XLSX_RATIO` times; macros
    (``vbaProject.bin``, macro sheets); more than :data:`MAX_XLSX_SHEETS`
    worksheets; an XML part that is not well-formed or declares a DOCTYPE
    (entities: an Office file never has one); a sheet whose last row is past
    :data:`MAX_ROWS` (+ 2 heading rows) or whose last column is past
    :data:`MAX_COLUMNS`; more than :data:`MAX_XLSX_TAGS` tags in all; rows or cells
    out of order or given twice, or a
    reference sakip does not read (openpyxl would drop or overwrite them
    silently); more than :data:`MAX_XLSX_CELLS` cells (last row × last
    column, summed) and shared strings together.  Every XML part is parsed
    once, streamed, by expat (the parser openpyxl's own reading uses), so the
    rows and columns counted are those openpyxl reads, however the XML writes
    them (quotes, character references, namespace prefixes, UTF-16, rows or
    cells without ``r``).

    Returns, per worksheet member (``xl/worksheets/sheet1.xml``), its last
    row, its last column and whether it holds a formula.
    """
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise ParseError(field="file", expected="an .xlsx workbook (a zip archive)",
                         received=str(error)) from None
    if len(members) > MAX_XLSX_MEMBERS:
        raise _refuse("file", f"a workbook of at most {MAX_XLSX_MEMBERS} parts", len(members))
    total = sum(member.file_size for member in members)
    if total > MAX_XLSX_UNCOMPRESSED:
        raise _refuse("file", f"a workbook of at most {MAX_XLSX_UNCOMPRESSED} bytes "
                      "uncompressed", total)
    for member in members:
        name = member.filename
        if member.file_size > 1_000_000 and (
                member.file_size > MAX_XLSX_RATIO * max(member.compress_size, 1)):
            raise _refuse(f"file, part {name}", f"a part that inflates at most "
                          f"{MAX_XLSX_RATIO} times (a zip bomb inflates thousands)",
                          f"{member.compress_size} bytes inflating to {member.file_size}")
        lowered = name.lower()
        if lowered.endswith("vbaproject.bin") or "macrosheets/" in lowered:
            raise _refuse(f"file, part {name}", "a workbook without macros (.xlsx, not "
                          ".xlsm): sakip never runs or keeps them", "macros")
    sheets: dict[str, tuple[int, int, bool]] = {}
    counted = [0, 0]  # cells and shared strings, and tags, so far
    for member in members:
        name = member.filename
        lowered = name.lower()
        sheet = lowered.startswith("xl/worksheets/") and lowered.endswith(".xml")
        if sheet and len(sheets) >= MAX_XLSX_SHEETS:
            raise _refuse("file", f"a workbook of at most {MAX_XLSX_SHEETS} sheets",
                          f"more than {MAX_XLSX_SHEETS}")
        scan = _XmlScan(name, sheet, counted)
        if scan.parse(archive, member) and sheet:
            sheets[name] = (scan.last_row, scan.last_column, scan.formula)
    return sheets


#: An element's name without its prefix (``x:row`` → ``row``), per name met.
_LOCAL: dict[str, str] = {}


class _XmlScan:
    """One XML part of a workbook, parsed once by expat: its sheet's bounds, its strings."""

    def __init__(self, name: str, sheet: bool, counted: list[int]) -> None:
        self.name = name
        self.sheet = sheet
        self.counted = counted
        self.last_row = self.last_column = self.column = 0
        self.formula = False

    def parse(self, archive: Any, member: Any) -> bool:
        """Parse the part (True), or leave a part that is no XML unread (False)."""
        from xml.parsers import expat

        parser = expat.ParserCreate()  # prefixes kept: any prefix counts, as any namespace
        parser.StartDoctypeDeclHandler = self._doctype
        parser.StartElementHandler = self._element
        first = True
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(1 << 20):
                    if first and not _looks_like_xml(self.name, chunk[:64]):
                        return False
                    first = False
                    self.counted[1] += chunk.count(b"<")
                    if self.counted[1] > MAX_XLSX_TAGS:
                        raise _refuse(f"file, part {self.name}", f"a workbook of at most "
                                      f"{MAX_XLSX_TAGS} XML tags in all",
                                      f"more than {MAX_XLSX_TAGS}")
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise _refuse(f"file, part {self.name}", "a well-formed XML part",
                          expat.ErrorString(error.code)) from None
        return True

    def _doctype(self, *_: Any) -> None:
        raise _refuse(f"file, part {self.name}", "XML without a DOCTYPE (entity "
                      "declarations: an Office file has none)", "<!DOCTYPE")

    def _count(self, n: int) -> None:
        self.counted[0] += n
        if self.counted[0] > MAX_XLSX_CELLS:
            raise _refuse(f"file, part {self.name}", f"at most {MAX_XLSX_CELLS} cells and "
                          "shared strings in all (the last row times the last column of each "
                          "sheet)", self.counted[0])

    def _element(self, tag: str, attributes: dict[str, str]) -> None:
        local = _LOCAL.get(tag)
        if local is None:
            local = tag.rpartition(":")[2]
            if len(_LOCAL) < 1000:  # bounded: a hostile part can have millions of names
                _LOCAL[tag] = local
        if local == "c":  # the commonest first: this runs once per element
            if self.sheet:
                self._cell(attributes.get("r"))
        elif local == "row":
            if self.sheet:
                self._row(attributes.get("r"))
        elif local == "si":  # a shared string: openpyxl builds each one
            self._count(1)
        elif local == "f":
            self.formula = self.formula or self.sheet

    def _row(self, reference: str | None) -> None:
        where = f"file, part {self.name}"
        if reference is None:
            number = self.last_row + 1
        elif _XLSX_ROW_REF.fullmatch(reference):
            number = int(reference)
        else:
            raise _refuse(where, "a row number such as r=\"7\"", reference)
        if number <= self.last_row:
            raise _refuse(where, f"rows in increasing order (after row {self.last_row})",
                          f"row {number}")
        if number > MAX_ROWS + 2:
            raise _refuse(where, f"a sheet of at most {MAX_ROWS} rows (and two heading rows)",
                          f"row {number}")
        if self.last_column:  # the rectangle grows by the rows skipped and this one
            self._count((number - self.last_row) * self.last_column)
        self.last_row = number
        self.column = 0

    def _cell(self, reference: str | None) -> None:
        where = f"file, part {self.name}"
        if reference is None:
            column = self.column + 1
        elif found := _XLSX_CELL_REF.fullmatch(reference):
            column = _column_number(found.group(1))
        else:
            raise _refuse(where, "a cell reference such as r=\"B7\"", reference)
        if column <= self.column:
            raise _refuse(where, "cells in column order, each once (openpyxl keeps the last "
                          "of two)", reference or f"column {column}")
        if column > MAX_COLUMNS:
            raise _refuse(where, f"a sheet of at most {MAX_COLUMNS} columns",
                          f"column {column}")
        if column > self.last_column:  # the rectangle grows by the rows so far
            self._count((column - self.last_column) * max(self.last_row, 1))
            self.last_column = column
        self.column = column
