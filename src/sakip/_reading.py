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
#: used columns: openpyxl yields every cell of that rectangle, filled or not.
MAX_XLSX_CELLS = 500_000

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

#: A row, a cell and a formula element of a worksheet's XML (any namespace prefix).
_XLSX_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_XLSX_ROW_NUMBER = re.compile(rb"\br=\"(\d{1,9})\"")
_XLSX_CELL_COLUMN = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})\d")
_XLSX_FORMULA = re.compile(rb"<(?:\w+:)?f\b")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_workbook(raw: bytes) -> dict[str, tuple[int, int, bool]]:
    """The limits of an ``.xlsx`` workbook, checked on its zip before openpyxl opens it.

    Refuses, with sakip's error naming the place: what is not a zip archive;
    more than :data:`MAX_XLSX_MEMBERS` members; more than
    :data:`MAX_XLSX_UNCOMPRESSED` bytes uncompressed in all; a member over
    1 MB that inflates more than :data:`MAX_XLSX_RATIO` times; macros
    (``vbaProject.bin``, macro sheets); more than :data:`MAX_XLSX_SHEETS`
    worksheets; a sheet whose last row is past :data:`MAX_ROWS` (+ 2 heading
    rows) or whose last column is past :data:`MAX_COLUMNS`; more than
    :data:`MAX_XLSX_CELLS` cells (last row × last column, summed).  The
    worksheets' XML is scanned once, linearly, at C speed.

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
    sheets: dict[str, tuple[int, int, bool]] = {}
    cells = 0
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
        if not (lowered.startswith("xl/worksheets/") and lowered.endswith(".xml")):
            continue
        if len(sheets) >= MAX_XLSX_SHEETS:
            raise _refuse("file", f"a workbook of at most {MAX_XLSX_SHEETS} sheets",
                          f"more than {MAX_XLSX_SHEETS}")
        sheets[name] = last = _scan_sheet(archive, member)
        cells += last[0] * last[1]
        if cells > MAX_XLSX_CELLS:
            raise _refuse(f"file, part {name}", f"at most {MAX_XLSX_CELLS} cells in all "
                          "(the last row times the last column of each sheet)", cells)
    return sheets


def _scan_sheet(archive: Any, member: Any) -> tuple[int, int, bool]:
    """The last row and column of a worksheet's XML and whether it holds a formula."""
    last_row = last_column = 0
    formula = False
    tail = b""
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(1 << 20)
            if not chunk:
                break
            text = tail + chunk
            cut = text.rfind(b">") + 1  # whole tags only; the rest waits for the next chunk
            body, tail = text[:cut], text[cut:]
            if len(tail) > 1 << 16:
                raise _refuse(f"file, part {member.filename}", "XML tags of at most 65536 "
                              "bytes", f"more than {1 << 16}")
            for row in _XLSX_ROW.finditer(body):
                number = _XLSX_ROW_NUMBER.search(row.group(1))
                last_row = int(number.group(1)) if number else last_row + 1
                if last_row > MAX_ROWS + 2:
                    raise _refuse(f"file, part {member.filename}", f"a sheet of at most "
                                  f"{MAX_ROWS} rows (and two heading rows)",
                                  f"row {last_row}")
            for column in _XLSX_CELL_COLUMN.finditer(body):
                last_column = max(last_column, _column_number(column.group(1)))
            if last_column > MAX_COLUMNS:
                raise _refuse(f"file, part {member.filename}", f"a sheet of at most "
                              f"{MAX_COLUMNS} columns", f"column {last_column}")
            formula = formula or _XLSX_FORMULA.search(body) is not None
    return last_row, last_column, formula
