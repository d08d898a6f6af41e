"""Hostile input, round 3: workbooks whose XML openpyxl reads one way and a scan another.

The limits of a workbook are checked before openpyxl opens it
(``sakip._reading.check_workbook``).  The scan once read the worksheets'
XML with regular expressions for ``r="…"``: a sheet that wrote the same cells
with single quotes, spaces around ``=``, character references, another
namespace prefix or in UTF-16 counted no column, and was skipped without a
word (a green reviu of a report whose indicators were never read).  Rows out
of order, or a cell given twice, were dropped or overwritten by openpyxl
without a word; a DOCTYPE could declare entities; millions of shared strings
took more than a minute; two sheets of one name or of one part, and number
formats Excel shows otherwise than sakip read them, were not refused.  Then the
API: ``str`` and ``Decimal`` subclasses read by their own methods, a raising
``__index__``; and the batch functions under hostile caller contexts.  No time
is asserted here (the sizes are the structure: a count, a refusal at its place).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Literal

import openpyxl
import pytest
from hypothesis import example, given, settings

import sakip
from sakip import _reading
from sakip.errors import LaporanError, SakipError
from tests import strategies as s

#: The main namespace of a worksheet's XML.
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


_SHARED_STRINGS_TYPE = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')


def _workbook() -> bytes:
    """A report of one indicator: T 80, R 72, printed capaian 90,00 (72 / 80 = 90 %)."""
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    laporan = book.create_sheet("laporan")
    laporan.append(["schema", "instansi", "tahun"])
    laporan.append(["sakip/lkj-1", "Satker", 2024])
    rows = book.create_sheet("indikator")
    rows.append(["kode", "nama", "target", "realisasi", "capaian"])
    rows.append(["IKU 1", "Contoh", "80", "72", "90,00"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewrite(change: Callable[[bytes], bytes], part: str = "xl/worksheets/sheet2.xml",
             extra: dict[str, bytes] | None = None) -> bytes:
    """The workbook with ``part`` (the indikator sheet) rewritten by ``change``."""
    source = zipfile.ZipFile(io.BytesIO(_workbook()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml" and extra:  # openpyxl reads the strings too
                data = data.replace(b"</Types>", _SHARED_STRINGS_TYPE + b"</Types>")
            target.writestr(name, change(data) if name == part else data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def _reviu(tmp_path: Path, data: bytes) -> sakip.Reviu:
    path = tmp_path / "laporan.xlsx"
    path.write_bytes(data)
    return sakip.reviu(path)


def _refused(tmp_path: Path, data: bytes) -> SakipError:
    with pytest.raises(LaporanError) as caught:
        _reviu(tmp_path, data)
    [error] = caught.value.errors
    return error


def _single_quotes(xml: bytes) -> bytes:
    return re.sub(rb'\br="([^"]*)"', rb"r='\1'", xml)


def _spaces(xml: bytes) -> bytes:
    return xml.replace(b' r="', b' r = "')


def _character_references(xml: bytes) -> bytes:
    return re.sub(rb'<c r="([A-Z])', lambda m: b'<c r="&#%d;' % m.group(1)[0], xml)


def _prefixed(xml: bytes) -> bytes:
    xml = xml.replace(b'<worksheet xmlns="', b'<my-ns:worksheet xmlns:my-ns="')
    return re.sub(rb"<(/?)(?=[a-zA-Z])", rb"<\1my-ns:", xml).replace(b"<my-ns:my-ns:", b"<my-ns:")


def _utf16(xml: bytes) -> bytes:
    return xml.decode("utf-8").encode("utf-16")


def _no_references(xml: bytes) -> bytes:  # every cell of this sheet is filled: same places
    return re.sub(rb' r="[A-Z]+\d+"', b"", re.sub(rb'<row r="\d+"', b"<row", xml))


@pytest.mark.parametrize("change", [_single_quotes, _spaces, _character_references, _prefixed,
                                    _utf16, _no_references])
def test_a_sheet_written_another_valid_way_is_read_not_skipped(
        tmp_path: Path, change: Callable[[bytes], bytes]) -> None:
    # Each of these once made the indikator sheet count no column: it was skipped, and the
    # reviu said "no printed figure contradicts its inputs" with no figure checked.
    result = _reviu(tmp_path, _rewrite(change))
    assert [(f.field, f.status) for f in result] == [("indikator[1].capaian", "match")]


@pytest.mark.parametrize(("change", "received"), [
    (lambda x: x.replace(b'<row r="2">', b'<row r="1">'), "row 1"),        # a row twice
    (lambda x: x.replace(b'r="B2"', b'r="A2"'), "A2"),                     # a cell twice
    (lambda x: x.replace(b'r="A2"', b'r="$A$2"'), "$A$2"),                 # not read as is
    (lambda x: x.replace(b'r="A2"', b'r="a2"'), "a2"),
    (lambda x: x.replace(b'<row r="2">', b'<row r="2.0">'), "2.0"),
])
def test_rows_or_cells_openpyxl_would_drop_or_overwrite_are_refused(
        tmp_path: Path, change: Callable[[bytes], bytes], received: str) -> None:
    error = _refused(tmp_path, _rewrite(change))
    assert error.field == "file, part xl/worksheets/sheet2.xml"
    assert error.received == received


def test_a_doctype_is_refused_so_no_entity_expands(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    error = _refused(tmp_path, _rewrite(lambda x: laughs + x.replace(b"IKU 1", b"&b;")))
    assert (error.field, error.received) == ("file, part xl/worksheets/sheet2.xml",
                                             "<!DOCTYPE")


def test_a_part_that_is_not_well_formed_is_refused_at_its_name(tmp_path: Path) -> None:
    error = _refused(tmp_path, _rewrite(lambda x: x.replace(b"</sheetData>", b"")))
    assert error.field == "file, part xl/worksheets/sheet2.xml"
    assert error.expected == "a well-formed XML part"


def _shared_strings(n: int) -> dict[str, bytes]:
    strings = b"".join(b"<si><t>s%d</t></si>" % i for i in range(n))
    return {"xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">'.encode() + strings + b"</sst>"}


def test_shared_strings_count_with_the_cells(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,8 million shared strings (48 MB inflated from 0,6 MB) took 69 s and 300 MB in
    # openpyxl; they now count with the cells against MAX_XLSX_CELLS.  The two sheets
    # hold 3 × 2 + 5 × 2 = 16 cells; ten cells' worth of strings is one too many.
    monkeypatch.setattr(_reading, "MAX_XLSX_CELLS", 25)
    error = _refused(tmp_path, _rewrite(lambda x: x, extra=_shared_strings(10)))
    assert (error.field, error.received) == ("file, part xl/sharedStrings.xml", 26)
    _reviu(tmp_path, _rewrite(lambda x: x, extra=_shared_strings(9)))  # 25: read


def test_tags_are_counted_before_the_parser_handles_them(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_reading, "MAX_XLSX_TAGS", 1000)
    junk = b"<x/>" * 1000
    error = _refused(tmp_path, _rewrite(lambda x: x.replace(b"<sheetData>",
                                                            b"<extLst>" + junk + b"</extLst>"
                                                            b"<sheetData>")))
    assert error.field is not None and error.field.startswith("file, part xl/")
    assert error.received == "more than 1000"


def test_a_deeply_nested_shared_string_is_read_without_recursion(tmp_path: Path) -> None:
    deep = b"<r>" * 50_000 + b"</r>" * 50_000
    data = _rewrite(lambda x: x, extra={
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}"><si>'.encode() + deep + b"</si></sst>"})
    # 50 000 levels: expat and openpyxl's reading of the strings never recurse per level.
    assert _reviu(tmp_path, data)["indikator.IKU 1.capaian"].status == "match"


def test_a_cell_of_32767_characters_is_read_whole(tmp_path: Path) -> None:
    # Excel's longest cell text; in UTF-8 of three bytes a character (98 KB of XML text).
    name = "—" * 32_767
    result = _reviu(tmp_path, _rewrite(lambda x: x.replace(b"<t>Contoh</t>",
                                                           f"<t>{name}</t>".encode())))
    assert result["indikator.IKU 1.capaian"].status == "match"
    assert result.laporan.indikator[0].nama == name


def test_two_sheets_of_one_part_are_refused_not_read_twice(tmp_path: Path) -> None:
    # Thirty format sheets naming one worksheet part of 500 000 cells read it thirty times
    # (the cells are bounded per part): the second sheet of a part is refused unread.
    entries = (b'<sheet name="sasaran" sheetId="3" r:id="rId2" />'
               b'<sheet name="perjanjian_kinerja" sheetId="4" r:id="rId2" /></sheets>')
    data = _rewrite(lambda x: x.replace(b"</sheets>", entries), part="xl/workbook.xml")
    with pytest.raises(LaporanError) as caught:
        _reviu(tmp_path, data)
    assert [(e.field, e.received) for e in caught.value.errors] == [
        ("sheet sasaran", "xl/worksheets/sheet2.xml"),
        ("sheet perjanjian_kinerja", "xl/worksheets/sheet2.xml")]


# ------------------------------------------------------------ hostile values, the API

class _Spoofing(str):
    """Text whose own methods lie about it: ``str()`` and ``strip()`` say '1'."""

    def __str__(self) -> str:
        return "1"

    def strip(self, chars: str | None = None) -> str:
        return "1"


class _NotANumber(Decimal):
    """A NaN that says it is finite."""

    def is_finite(self) -> bool:
        return True


def test_a_str_subclass_is_read_as_the_text_it_holds() -> None:
    # 95 / 5 × 100 = 1900; its __str__ once made it 1 (9500) in the API and every batch.
    import enum

    from sakip import batch

    class Kode(str, enum.Enum):  # noqa: UP042 - str() of such a member is "Kode.LIMA"
        LIMA = "5"

    assert sakip.capaian(target=_Spoofing("5"), realisasi=95).value == 1900
    assert sakip.capaian(target=Kode.LIMA, realisasi=95).value == 1900
    assert batch.capaian(target=[_Spoofing("5")], realisasi=[95]) == [1900]
    assert sakip.parse_id(_Spoofing("95,15")) == Decimal("95.15")
    assert sakip.parse_en(_Spoofing("95.15")) == Decimal("95.15")


def test_a_decimal_subclass_is_its_value_not_its_methods() -> None:
    from sakip import batch
    from sakip.errors import BatchError, InvalidValueError

    with pytest.raises(InvalidValueError) as caught:  # was decimal.InvalidOperation
        sakip.capaian(target=_NotANumber("NaN"), realisasi=95)
    assert (caught.value.field, caught.value.expected) == ("target", "a finite number")
    with pytest.raises(BatchError):
        batch.penyerapan(pagu=[100, _NotANumber("NaN")], realisasi=[1, 1])
    value = sakip.capaian(target=_NotANumber(5), realisasi=95).value
    assert value == 1900 and type(value) is Decimal


def test_an_array_with_index_is_refused_as_a_type() -> None:
    from sakip.errors import InvalidTypeError

    class Array:  # numpy.array([5]) has __index__, which raises TypeError
        def __index__(self) -> int:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")

    with pytest.raises(InvalidTypeError) as caught:
        sakip.capaian(target=Array(), realisasi=95)  # type: ignore[arg-type]
    assert caught.value.field == "target"


# ------------------------------------------------- the caller's context, batch functions

def _digits(value: object) -> object:
    """A result as its exact digits and texts (a Decimal's repr follows the caller)."""
    if isinstance(value, Decimal):
        return value.as_tuple()
    if isinstance(value, dict):
        return {key: _digits(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_digits(item) for item in value]
    return str(value)  # labels, and NotComputable with its reason


def _batch_calls() -> dict[str, object]:
    """A call of most batch functions, with inexact quotients, tiny exponents and bad rows
    collected (their reasons are text made under the context too)."""
    from sakip import batch

    c: Literal["collect"] = "collect"
    calls: dict[str, Callable[[], object]] = {
        "capaian": lambda: batch.capaian(target=["1176", "0", "1e-20", "3"],
                                         realisasi=["1189", "5", "7", "-1"], errors=c),
        "minimize": lambda: batch.capaian(target=["8", "0.003"], realisasi=["9", "1E-20"],
                                          polarisasi="minimize", errors=c),
        "stabilize": lambda: batch.capaian(target=["90", "90"], target_atas=["110", "110"],
                                           realisasi=["123.456", "80"], polarisasi="stabilize",
                                           errors=c),
        "capaian_output_satker": lambda: batch.capaian_output_satker(
            satker=["a", "a", "b"], realisasi=["93", "9", "1"], target=["100", "7", "3"]),
        "efisiensi_kinerja": lambda: batch.efisiensi_kinerja(
            capaian_output=["110", "1e-20", "5"], capaian_input=["88", "3", "0"],
            rumus="indeks", errors=c),
        "efisiensi_satker": lambda: batch.efisiensi_satker(
            satker=["a", "a"], pagu=["200", "20844639000"], realisasi=["150", "20760096280"],
            capaian=["119.87", "100"]),
        "eka": lambda: batch.eka(capaian_ro=["100", "93.3"], penyerapan=["99.65", "7"],
                                 nilai_efisiensi=["90.73", "3"], konsistensi=["87.1", "1"],
                                 errors=c),
        "evaluasi_akip": lambda: batch.evaluasi_akip(komponen={
            "perencanaan": ["29.71", "1"], "pengukuran": ["27.3", "3"],
            "pelaporan": ["12.123", "1"], "evaluasi_internal": ["8.91", "-1"]}, errors=c),
        "indikator_komponen": lambda: batch.indikator_komponen(
            pembilang=["1", "2", "3"], penyebut=["3", "0", "7"], errors=c),
        "ipm": lambda: batch.ipm(uhh=["70.11", "85"], hls=["13.1", "18"], rls=["8.7", "15"],
                                 pengeluaran=["11000", "26572.352"], errors=c),
        "nka": lambda: batch.nka(eka=["97.29", "3.3333"], ikpa=["91.95", "7.1"], errors=c),
        "penyerapan": lambda: batch.penyerapan(pagu=["3", "7", "0"], realisasi=["1", "7", "1"],
                                               errors=c),
        "predikat": lambda: batch.predikat(nilai=["69.999", "70", "101", "-3"], errors=c),
        "rasio_efisiensi": lambda: batch.rasio_efisiensi(realisasi=["1", "2"],
                                                         anggaran=["3", "0"], errors=c),
        "tingkat_capaian": lambda: batch.tingkat_capaian(nilai=["90.5", "100.01", "1e-30"],
                                                         errors=c),
        "kategori_ikpa": lambda: batch.kategori_ikpa(
            [Decimal("94.9999999999999999999999999999"), Decimal(95)]),
    }
    out: dict[str, object] = {}
    for name, call in calls.items():
        try:
            out[name] = _digits(call())
        except SakipError as error:  # a refusal's message is made under the context too
            out[name] = str(error)
    try:
        batch.penyerapan(pagu=["3", "-1e-40"], realisasi=["1", "7"])
    except SakipError as error:
        out["refused"] = str(error)
    return out


_CLEAN_BATCH: dict[str, object] = {}


@settings(max_examples=8, deadline=None)
@given(ctx=s.foreign_contexts())
@example(ctx=s.HOSTILE_CONTEXT)
@example(ctx={"capitals": 0, "prec": 3})
def test_batch_functions_ignore_the_callers_context(ctx: dict[str, object]) -> None:
    import decimal

    if not _CLEAN_BATCH:
        with decimal.localcontext(decimal.Context()):
            _CLEAN_BATCH.update(_batch_calls())
    with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
        assert _batch_calls() == _CLEAN_BATCH


def test_the_reviu_of_an_indeks_table_ignores_the_callers_capitals() -> None:
    # Issue 24: the indeks note read 1.00000000000000000000e-29 under capitals=0, in the
    # reviu's text, JSON and HTML.  IE = 100,00000000000000000000000001 / 100, SE = 1: TE = 1E-28.
    import decimal

    from sakip.reviu import dumps

    report = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
              "efisiensi_kinerja": [{"kode": "E", "rumus": "indeks", "baris": [{
                  "label": "a", "capaian_output": "100,00000000000000000000000001",
                  "input": [{"nama": "dana", "capaian": "100", "efisiensi": "1,00"}]}]}]}
    with decimal.localcontext(capitals=0):
        result = sakip.reviu(report)
        outputs = (result.to_text(), result.to_markdown(), result.to_html(), dumps(result))
    assert "TE = IE − SE = 1E-28" in outputs[-1]  # the derivation the JSON carries
    for out in outputs:
        assert not re.search(r"\de[-+]\d", out)


@pytest.mark.parametrize(("code", "expected"), [
    ("0." + "0" * 60, "a number format of at most 30 decimals"),  # was InvalidOperation
    ("0.0%%", "a number format that shows the number's digits"),  # Excel shows × 10 000
    ("[>100]0.00;0.0", "a number format without conditions"),     # Excel shows 90,0
])
def test_number_formats_that_cannot_be_shown_as_read_are_refused_at_the_cell(
        tmp_path: Path, code: str, expected: str) -> None:
    book = openpyxl.load_workbook(io.BytesIO(_workbook()))
    cell = book["indikator"]["E2"]
    cell.value, cell.number_format = 90, code
    path = tmp_path / "format.xlsx"
    book.save(path)
    with pytest.raises(LaporanError) as caught:
        sakip.reviu(path)
    [error] = caught.value.errors
    assert error.field == "sheet indikator, row 2, column capaian"
    assert (error.expected or "").startswith(expected)


def test_two_sheets_of_one_name_are_refused_not_one_dropped(tmp_path: Path) -> None:
    # A second 'indikator' sheet (its own part: IKU 9, printed 50,00) replaced the first
    # (IKU 1, 72 / 80 = 90,00 printed 90,00) without a word.
    def add(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return data.replace(b"</sheets>", b'<sheet name="indikator" sheetId="3" '
                                b'r:id="rId9" /></sheets>')
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.'
                                b'openxmlformats.org/officeDocument/2006/relationships/'
                                b'worksheet" Target="/xl/worksheets/sheet3.xml" Id="rId9" />'
                                b"</Relationships>")
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/xl/worksheets/sheet3.xml" '
                                b'ContentType="application/vnd.openxmlformats-officedocument.'
                                b'spreadsheetml.worksheet+xml"/></Types>')
        return data

    source = zipfile.ZipFile(io.BytesIO(_workbook()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, add(name, source.read(name)))
        target.writestr("xl/worksheets/sheet3.xml", source.read("xl/worksheets/sheet2.xml")
                        .replace(b"IKU 1", b"IKU 9").replace(b"90,00", b"50,00"))
    error = _refused(tmp_path, out.getvalue())
    assert (error.field, error.received) == ("sheet indikator", "indikator")


# ------------------------------------------- issue 24 acceptance: the pre-scan, as a shape

@pytest.mark.parametrize("json_format", [False, True])
@pytest.mark.parametrize("closing", ["", "\n"])
def test_an_unterminated_string_is_one_token_from_its_quote(json_format: bool,
                                                            closing: str) -> None:
    # Issue 24: a string of escaped quotes with no closing quote cost the pre-scan N² (80 KB,
    # 22 s): the string pattern failed at its quote and was tried again after it, at every
    # quote.  The shape of the fix, without a clock: the scan matches such a string once,
    # where it starts, to the end of its line; no token starts inside it.  (The TOML scan's
    # steps run over the strings before the character that counts: the step holding the
    # quote holds the whole string.)
    tokens = _reading._JSON_TOKENS if json_format else _reading._TOML_STEPS
    head = '{"x": "' if json_format else 'x = "'
    text = head + '\\"' * 1000 + closing
    quote = len(head) - 1
    end = len(text) - len(closing) if not json_format else len(text)
    spans = [(m.start(), m.end()) for m in tokens.finditer(text)]
    assert any(start <= quote and stop >= end for start, stop in spans)
    assert not any(quote < start < end for start, _ in spans)
