"""Report files as workbooks (issue 29): round trips, a filled template, hostile workbooks."""

from __future__ import annotations

import builtins
import decimal
import io
import re
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from sakip import _xlsx, examples
from sakip._bahasa import tulis
from sakip._reading import MAX_ROWS, MAX_XLSX_RATIO
from sakip.cli import main
from sakip.errors import LaporanError, SakipError
from sakip.lkj import SPEC, _document, _TanpaNilai, from_mapping
from sakip.reviu import reviu

ROOT = Path(__file__).resolve().parents[2]
_FENCE = re.compile(r"^```toml[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _reports() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every report the repository holds that loads: bundled, under tests/ and docs/, blocks."""
    for name in examples.names():
        yield f"example:{name}", dict(_document(examples.path(name))[1])
    for top in ("tests", "docs"):
        for path in sorted((ROOT / top).rglob("*")):
            relative = path.relative_to(ROOT).as_posix()
            if path.suffix in (".toml", ".json") and not relative.startswith("docs/_build/"):
                yield relative, dict(_document(path)[1])
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        for number, block in enumerate(_FENCE.findall(page.read_text(encoding="utf-8")), 1):
            if 'schema = "sakip/lkj-1"' in block:
                yield f"{page.relative_to(ROOT)}-{number}", tomllib.loads(block)


def _valid(document: dict[str, Any]) -> bool:
    try:
        from_mapping(document)
    except SakipError:
        return False
    return True


REPORTS = [(name, doc) for name, doc in _reports() if _valid(doc)]


def _save(tmp_path: Path, data: bytes, name: str = "laporan.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _problems(path: Path) -> dict[str, SakipError]:
    with pytest.raises(LaporanError) as caught:
        _xlsx.load_xlsx(path)
    return {error.field or "": error for error in caught.value.errors}


def test_every_report_converts_to_a_workbook_and_back(tmp_path: Path) -> None:
    """Every report file under tests/ and docs/ and every bundled example: same document,
    same findings (acceptance: "identical findings")."""
    assert len(REPORTS) >= 10
    for name, document in REPORTS:
        path = _save(tmp_path, _xlsx.write_xlsx(document), "round.xlsx")
        assert _xlsx.read_xlsx(path) == document, name
        assert tomllib.loads(_xlsx.write_toml(document)) == document, name
        before = reviu(document).to_json()["findings"]
        assert reviu(path).to_json()["findings"] == before, name


def test_sheet_names_fit_a_workbook() -> None:
    names = [sheet.name for sheet in _xlsx._sheets()]
    assert len(names) == len(set(names))
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)
    top = {key for key, _ in SPEC.fields} - {"schema"}
    assert top <= set(names)


def test_template_has_notes_drop_downs_and_loads(tmp_path: Path) -> None:
    path = _save(tmp_path, _xlsx.template_xlsx())
    book = openpyxl.load_workbook(path)
    assert book[_xlsx.CHOICES_SHEET].sheet_state == "hidden"
    for sheet in _xlsx._sheets():
        page = book[sheet.name]
        headers = [cell.value for cell in page[1]]
        notes = [cell.value for cell in page[2]]
        assert all(isinstance(n, str) and n.startswith("#") for n in notes), sheet.name
        lists = {str(rng) for check in page.data_validations.dataValidation
                 for rng in check.sqref.ranges}
        for number, header in enumerate(headers, start=1):
            spec = _xlsx._column(sheet, str(header)).spec
            if spec is not None and spec.choices:  # a drop-down on every enumerated field
                letter = get_column_letter(number)
                assert any(r.startswith(f"{letter}3:") for r in lists), (sheet.name, header)
    assert "polarisasi" in [c.value for c in book["indikator"][1]]
    assert "catatan" not in str(book["indikator"]["A2"].value)  # the note is the field's own
    # the example rows hold the template's placeholders: refused, each at its cell, until filled
    problems = _problems(path)
    assert problems["sheet laporan, row 3, column instansi"].received == "..."
    assert all(error.received == "..." for error in problems.values())


def _fill(tmp_path: Path) -> Path:
    """The template filled as a person fills it: example rows cleared, numbers typed."""
    book = openpyxl.load_workbook(_save(tmp_path, _xlsx.template_xlsx(), "template.xlsx"))
    for page in book.worksheets:
        if page.title != _xlsx.CHOICES_SHEET and page.max_row >= 3:
            page.delete_rows(3, page.max_row)

    def put(sheet: str, values: dict[str, Any], formats: dict[str, str] | None = None,
            row: int = 3) -> None:
        page = book[sheet]
        columns = {cell.value: int(cell.column or 0) for cell in page[1]}
        for header, value in values.items():
            if header not in columns:
                columns[header] = page.max_column + 1
                page.cell(row=1, column=columns[header], value=header)
            cell = page.cell(row=row, column=columns[header], value=value)
            if formats and header in formats:
                cell.number_format = formats[header]

    put("laporan", {"schema": "sakip/lkj-1", "instansi": "Satker Contoh", "tahun": 2024})
    # typed numbers: 100 and 95.15 (shown with two decimals); capaian as Indonesian text
    put("indikator", {"kode": "IKU 1", "nama": "Indeks contoh", "target": 100,
                      "realisasi": 95.15, "capaian": "95,15"}, {"realisasi": "0.00"})
    put("indikator", {"kode": "IKU 2", "nama": "Persentase contoh", "target": "80%",
                      "realisasi": 0.72, "capaian": 90}, {"realisasi": "0.00%"}, row=4)
    put("anggaran", {"rumus_efisiensi": "pmk-214-2017", "total.pagu": 1_000_000_000,
                     "total.realisasi": 950_000_000, "total.penyerapan": "95,00"},
        {"total.pagu": "#,##0", "total.realisasi": "#,##0"})
    put("anggaran.output", {"kode": "5634.QDC.011", "pagu": 1_000_000_000,
                            "realisasi": "950.000.000", "penyerapan": 0.95},
        {"penyerapan": "0.00%"})
    put("tabel", {"kode": "Tabel 1", "kolom[1]": "L", "kolom[2]": "P", "total": 7})
    put("tabel.baris", {"tabel.kode": "Tabel 1", "label": "A", "nilai[1]": 1, "nilai[2]": 2})
    put("tabel.baris", {"tabel.kode": "Tabel 1", "label": "B", "nilai[2]": "4"}, row=4)
    path = tmp_path / "diisi.xlsx"
    book.save(path)
    return path


def test_a_workbook_filled_from_the_template_reviews(tmp_path: Path) -> None:
    path = _fill(tmp_path)
    document = _xlsx.read_xlsx(path)
    indikator = document["indikator"]
    assert indikator[0]["target"] == "100" and indikator[0]["realisasi"] == "95,15"
    assert indikator[1]["realisasi"] == "72,00%" and indikator[1]["capaian"] == "90"
    assert document["anggaran"]["total"]["pagu"] == "1000000000"
    assert document["tabel"][0]["baris"][1]["nilai"] == ["", "4"]  # a blank cell before
    result = reviu(path)
    found = {f.field: f.status for f in result.findings}
    # 95,15 / 100 × 100 = 95,15; 72 / 80 × 100 = 90; 950 000 000 / 1 000 000 000 = 95 %;
    # 1 + 2 + 4 = 7
    assert found == {"indikator[1].capaian": "match", "indikator[2].capaian": "match",
                     "anggaran.output[1].penyerapan": "match",
                     "anggaran.total.penyerapan": "match", "anggaran.total.pagu": "match",
                     "anggaran.total.realisasi": "match", "tabel[1].total": "match"}


def test_errors_are_the_validators_at_their_cells(tmp_path: Path) -> None:
    document = tomllib.loads(examples.path("bgp-kalsel-2023").read_text(encoding="utf-8"))
    path = _save(tmp_path, _xlsx.write_xlsx(document))
    book = openpyxl.load_workbook(path)
    page = book["anggaran.output"]
    pagu = next(c.column for c in page[1] if c.value == "pagu")
    page.cell(row=4, column=pagu, value="banyak")
    nama = next(c.column for c in book["indikator"][1] if c.value == "nama")
    book["indikator"].cell(row=5, column=nama).value = None
    baris = book["tabel.baris"]
    baris.cell(row=3, column=1, value="Tabel 9.9")  # no such table
    book.create_sheet("catatan")["A1"] = "kode"
    book.save(path)
    problems = _problems(path)
    pagu_error = problems["sheet anggaran.output, row 4, column pagu"]
    assert pagu_error.received == "banyak"
    assert problems["sheet indikator, row 5, column nama"].received == "(missing)"
    assert problems["sheet tabel.baris, row 3, column tabel.kode"].received == "Tabel 9.9"
    assert problems["sheet catatan"].received == "catatan"


def _book() -> openpyxl.Workbook:
    """A workbook holding only its laporan sheet, of one row."""
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    page = book.create_sheet("laporan")
    page.append(["schema", "instansi", "tahun"])
    page.append(["sakip/lkj-1", "Satker", 2024])
    return book


def test_a_table_section_is_one_row_and_columns_are_named(tmp_path: Path) -> None:
    book = _book()
    page = book["laporan"]
    page.append(["sakip/lkj-1", "B", 2024])
    page["E3"] = "tanpa nama kolom"
    path = tmp_path / "dua.xlsx"
    book.save(path)
    problems = _problems(path)
    assert problems["sheet laporan, row 3"].received == "2 rows"
    assert problems["sheet laporan, row 3, column E"].received == "tanpa nama kolom"


def _workbook_with(tmp_path: Path, cell: str, xml: str, number_format: str = "General",
                   name: str = "x.xlsx") -> Path:
    """A minimal report whose indikator row has ``xml`` as its ``cell`` (raw XML)."""
    book = _book()
    rows = book.create_sheet("indikator")
    rows.append(["kode", "nama", "target", "realisasi", "capaian"])
    rows.append(["IKU 1", "Contoh", "80", "72", "@@"])
    rows["E2"].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":  # the cell keeps its style
                found = re.search(rb'<c r="E2"( s="\d+")?[^>]*>.*?</c>', data)
                assert found is not None
                style = (found.group(1) or b"").decode()
                element = xml.replace("@", cell).replace("<c r=\"E2\"", f'<c r="E2"{style}')
                data = data[:found.start()] + element.encode() + data[found.end():]
            target.writestr(item, data)
    return _save(tmp_path, out.getvalue(), name)


def test_formulas_read_their_saved_value_never_another_workbook(tmp_path: Path) -> None:
    good = _workbook_with(tmp_path, "E2", '<c r="@"><f>D2/C2*100</f><v>90</v></c>')
    assert reviu(good)["indikator.IKU 1.capaian"].status == "match"
    unsaved = _workbook_with(tmp_path, "E2", '<c r="@"><f>D2/C2*100</f></c>', name="u.xlsx")
    with pytest.raises(LaporanError) as caught:  # a converted file cannot say "no value"
        _xlsx.checked_xlsx(unsaved)
    error = {e.field: e for e in caught.value.errors}["sheet indikator, row 2, column capaian"]
    assert error.received == "=D2/C2*100" and "value saved" in (error.expected or "")
    linked = _workbook_with(tmp_path, "E2", "<c r=\"@\"><f>'[1]Data'!A1</f><v>90</v></c>",
                            name="l.xlsx")
    error = _problems(linked)["sheet indikator, row 2, column capaian"]
    assert "external links" in (error.expected or "")


def _with_formula(tmp_path: Path, document: dict[str, Any], sheet: str, row: int,
                  column: str, formula: str) -> Path:
    """``document`` as a workbook with ``formula`` in one cell (openpyxl saves no value)."""
    book = openpyxl.load_workbook(io.BytesIO(_xlsx.write_xlsx(document)))
    headers = [cell.value for cell in book[sheet][1]]
    book[sheet].cell(row, headers.index(column) + 1).value = formula
    path = tmp_path / "formula.xlsx"
    book.save(path)
    return path


def test_a_formula_with_no_saved_value_at_a_printed_figure_is_not_computable(
        tmp_path: Path) -> None:
    """Issue 29: "a formula without one is not computable with the reason"; the other
    findings are those of the report with the figure's value (one finding per figure)."""
    document = dict(_document(examples.path("bgp-kalsel-2023"))[1])
    path = _with_formula(tmp_path, document, "indikator", 3, "capaian", "=G3/F3*100")
    found = reviu(path)
    finding = found["indikator.IKK 1.1.capaian"]
    assert (finding.status, finding.printed, finding.recomputed, finding.field) == (
        "not-computable", "=G3/F3*100", None, "indikator[1].capaian")
    assert tulis(finding.reason, "en") == (
        "sheet indikator, row 3, column capaian holds a formula with no saved value "
        "(=G3/F3*100): open and save the workbook in a spreadsheet program")
    assert tulis(finding.reason, "id").startswith("lembar indikator, baris 3, kolom capaian "
                                                  "berisi rumus tanpa nilai tersimpan")
    before = reviu(document).to_json()["findings"]
    after = found.to_json()["findings"]
    assert [f["field"] for f in after] == [f["field"] for f in before]
    assert [f for f in after if f["field"] != finding.field] == [
        f for f in before if f["field"] != finding.field]


def test_a_figure_read_from_a_formula_with_no_saved_value_is_not_computable_too() -> None:
    """The figures computed from it give its reason (the predikat from the printed nilai)."""
    document = dict(_document(examples.path("bgp-kalsel-2023"))[1])
    assert "nilai" in document["evaluasi_akip"] and "predikat" in document["evaluasi_akip"]
    cell = _TanpaNilai("sheet evaluasi_akip, row 3, column nilai", "=SUM(B3:E3)")
    document["evaluasi_akip"] = {**document["evaluasi_akip"], "nilai": cell}
    found = {f.field: f for f in reviu(document).findings}
    assert found["evaluasi_akip.nilai"].status == "not-computable"
    predikat = found["evaluasi_akip.predikat"]
    assert predikat.status == "not-computable" and "=SUM(B3:E3)" in tulis(predikat.reason, "en")


def test_a_formula_with_no_saved_value_at_an_input_is_refused_at_its_cell(
        tmp_path: Path) -> None:
    """An input (here an indicator's target, read as a number when the report loads) has no
    figure of its own to be not computable: refused at its cell, as are the figures another
    check reads as its input before checking them (a table's row totals)."""
    document = dict(_document(examples.path("bgp-kalsel-2023"))[1])
    path = _with_formula(tmp_path, document, "indikator", 3, "target", "=1176")
    error = _problems(path)["sheet indikator, row 3, column target"]
    assert error.received == "=1176" and "value saved" in (error.expected or "")
    rows = [dict(row) for row in document["tabel"][0]["baris"]]
    rows[0]["total"] = _TanpaNilai("sheet tabel.baris, row 3, column total", "=B3+C3")
    document["tabel"] = [{**document["tabel"][0], "baris": rows}, *document["tabel"][1:]]
    with pytest.raises(LaporanError) as caught:
        reviu(document)
    (error,) = caught.value.errors
    assert (error.field, error.received) == ("sheet tabel.baris, row 3, column total", "=B3+C3")


def test_a_float_is_read_as_it_shows_or_refused_as_ambiguous(tmp_path: Path) -> None:
    exact = _workbook_with(tmp_path, "E2", '<c r="@"><v>90</v></c>', "0.00", name="e.xlsx")
    assert _xlsx.read_xlsx(exact)["indikator"][0]["capaian"] == "90,00"  # two decimals shown
    computed = _workbook_with(tmp_path, "E2", '<c r="@"><v>0.6666666666666666</v></c>',
                              "0.00", name="c.xlsx")
    error = _problems(computed)["sheet indikator, row 2, column capaian"]
    assert error.received == "ambiguous: shows 0,67, holds 0.6666666666666666"
    more = _workbook_with(tmp_path, "E2", '<c r="@"><v>89.995</v></c>', "0.00",
                          name="m.xlsx")
    error = _problems(more)["sheet indikator, row 2, column capaian"]
    assert error.received == "ambiguous: shows 90,00, holds 89.995"
    excel = _workbook_with(tmp_path, "E2", '<c r="@"><v>95.150000000000006</v></c>',
                           "0.00", name="x17.xlsx")  # how Excel stores a typed 95,15
    assert _xlsx.read_xlsx(excel)["indikator"][0]["capaian"] == "95,15"


@pytest.mark.parametrize(("xml", "received"), [
    ("<v>1000000000000000000000000000000</v>", "1000000000000000000000000000000"),  # 10**30
    ("<v>1E+308</v>", "1e+308"), ("<v>1E-300</v>", "1e-300"),
])
def test_a_number_past_the_digit_limit_is_refused_at_its_cell(tmp_path: Path, xml: str,
                                                               received: str) -> None:
    """Found by a new user: 10**30 in a target cell blamed the whole file (an overflow)."""
    path = _workbook_with(tmp_path, "E2", f'<c r="@">{xml}</c>', "General", name="d.xlsx")
    error = _problems(path)["sheet indikator, row 2, column capaian"]
    assert (error.expected, error.received) == ("a number of at most 30 digits", received)


def test_a_code_typed_as_a_number_is_its_digits_or_refused(tmp_path: Path) -> None:
    """Found by a new user: kode 1.1 typed as a number was read as '1,1'."""
    book = _book()
    rows = book.create_sheet("indikator")
    rows.append(["kode", "nama", "target", "realisasi", "capaian"])
    rows.append([5634, "Contoh", "80", "72", "90,00"])
    rows.append([1.1, "Contoh", "80", "72", "90,00"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = _save(tmp_path, buffer.getvalue(), "kode.xlsx")
    problems = _problems(path)
    assert "sheet indikator, row 2, column kode" not in problems  # 5634: its digits
    error = problems["sheet indikator, row 3, column kode"]
    assert error.received == "1,1" and "'1.1" in (error.expected or "")


def test_a_cell_read_under_a_small_caller_context_is_exact() -> None:
    with decimal.localcontext(decimal.Context(prec=3)):
        assert _xlsx._shown(123456.5, "0.00", "id")[0] == "123456,50"


@pytest.mark.parametrize(("value", "code", "shown"), [
    (0.9515, "0.00%", "95,15%"), (95.1, "0.00", "95,10"), (2023, "General", "2023"),
    (95.1, "0.0#", "95,1"), (1234567.5, "#,##0.00", "1234567,50"), (0.1 + 0.2, "General", "0,3"),
    (12.0, "General", "12"), (0.5, "0%", "50%"), (1.5, '"Rp"#,##0.0', "1,5"),
])
def test_shown_numbers(value: float, code: str, shown: str) -> None:
    assert _xlsx._shown(value, code, "id")[0] == shown


@pytest.mark.parametrize("code", ["0.00E+00", "# ?/?", "dd/mm/yyyy", "#,##0,"])
def test_formats_that_do_not_show_the_digits_are_refused(code: str) -> None:
    with pytest.raises(_xlsx._CellProblem):
        _xlsx._shown(1.5, code, "id")


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _refused(tmp_path: Path, data: bytes, name: str = "h.xlsx") -> SakipError:
    path = _save(tmp_path, data, name)
    with pytest.raises(LaporanError) as caught:
        reviu(path)
    assert len(caught.value.errors) == 1
    return caught.value.errors[0]


def test_hostile_workbooks_are_refused_before_openpyxl_opens_them(tmp_path: Path,
                                                                  monkeypatch: Any) -> None:
    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("openpyxl opened a hostile workbook")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    bomb = _refused(tmp_path, _zip({"xl/worksheets/sheet1.xml": b" " * 20_000_000}))
    assert bomb.field == "file, part xl/worksheets/sheet1.xml"
    assert f"{MAX_XLSX_RATIO} times" in (bomb.expected or "")
    rows = b"".join(b'<row r="%d"/>' % n for n in range(1, 1_000_001))
    million = _refused(tmp_path, _zip({"xl/worksheets/sheet1.xml": b"<sheetData>" + rows
                                       + b"</sheetData>"}, zipfile.ZIP_DEFLATED))
    assert million.received == f"row {MAX_ROWS + 3}"  # the scan stops there
    far = _refused(tmp_path, _zip({"xl/worksheets/sheet1.xml": b'<sheetData><row r="1000000">'
                                   b'<c r="A1000000"><v>1</v></c></row></sheetData>'}))
    assert far.received == "row 1000000" and str(MAX_ROWS) in (far.expected or "")
    wide = _refused(tmp_path, _zip({"xl/worksheets/sheet1.xml": b'<sheetData><row r="1">'
                                    b'<c r="XFD1"><v>1</v></c></row></sheetData>'}))
    assert wide.received == "column 16384"
    macro = _refused(tmp_path, _zip({"xl/vbaProject.bin": b"\0" * 10}))
    assert macro.received == "macros"
    assert _refused(tmp_path, b"PK\x03\x04 not a zip").field == "file"
    assert _refused(tmp_path, b"", "m.xlsm").received == ".xlsm"


def test_missing_openpyxl_is_a_clear_error(tmp_path: Path, monkeypatch: Any,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    real = builtins.__import__

    def without(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    good = _save(tmp_path, _xlsx.write_xlsx({"schema": "sakip/lkj-1", "laporan": {
        "instansi": "A", "tahun": 2024}}))
    monkeypatch.setattr(builtins, "__import__", without)
    assert main(["template", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")]) == 2
    assert main(["reviu", str(good)]) == 2
    err = capsys.readouterr().err
    assert err.count("pip install openpyxl") == 2 and "Traceback" not in err  # either language


def test_command_template_konversi_and_reviu(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "template.xlsx"
    assert main(["template", "--format", "xlsx", "-o", str(template)]) == 0
    assert main(["template", "--format", "xlsx", "-o", str(template)]) == 2  # no --force
    source = examples.path("lkjip-renja")
    workbook, toml, json_file = (tmp_path / "a.xlsx", tmp_path / "b.toml", tmp_path / "c.json")
    assert main(["konversi", str(source), str(workbook)]) == 0
    assert main(["konversi", str(workbook), str(toml)]) == 0
    assert main(["konversi", str(toml), str(json_file)]) == 0
    expected = tomllib.loads(source.read_text(encoding="utf-8"))
    assert tomllib.loads(toml.read_text(encoding="utf-8")) == expected
    assert main(["konversi", str(workbook), str(workbook)]) == 2  # never the input
    assert main(["konversi", str(toml), str(tmp_path / "d.csv")]) == 2
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(workbook.read_bytes())
    capsys.readouterr()
    assert main(["reviu", str(folder), "--format", "json"]) in (0, 1)
    assert '"sumber": "' + str(folder / "a.xlsx") in capsys.readouterr().out
    book = openpyxl.load_workbook(workbook)
    book["laporan"]["C3"] = "dua ribu"
    book.save(workbook)
    assert main(["konversi", str(workbook), str(tmp_path / "e.toml")]) == 2
    assert "lembar laporan, baris 3, kolom tahun" in capsys.readouterr().err
    assert not (tmp_path / "e.toml").exists()


def test_columns_in_any_order(tmp_path: Path) -> None:
    source = ROOT / "tests" / "golden" / "reports" / "bpkp-2021-rasio.toml"
    document = tomllib.loads(source.read_text(encoding="utf-8"))
    path = _save(tmp_path, _xlsx.write_xlsx(document))
    book = openpyxl.load_workbook(path)
    for page in book.worksheets[:-1]:  # every column reversed, the links' too
        rows = [[cell.value for cell in row] for row in page.iter_rows()]
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(reversed(row), start=1):
                page.cell(row=number, column=column).value = value
    book.save(path)
    assert book["efisiensi_kinerja.baris.input"]["A1"].value != "efisiensi_kinerja.kode"
    assert _xlsx.read_xlsx(path) == document


def test_a_date_cell_only_where_the_field_takes_a_date(tmp_path: Path) -> None:
    import datetime

    book = _book()
    daftar = book.create_sheet("daftar_kegiatan")
    daftar.append(["kode", "total"])
    daftar.append(["Tabel 1", datetime.datetime(2024, 5, 11)])
    baris = book.create_sheet("daftar_kegiatan.baris")
    baris.append(["daftar_kegiatan.kode", "waktu", "peserta"])
    baris.append(["Tabel 1", datetime.datetime(2024, 5, 11), 30])
    path = tmp_path / "tanggal.xlsx"
    book.save(path)
    problems = _problems(path)
    assert list(problems) == ["sheet daftar_kegiatan, row 2, column total"]
    book["daftar_kegiatan"]["B2"].value = 30
    book["daftar_kegiatan"]["B2"].number_format = "General"
    book.save(path)
    assert _xlsx.read_xlsx(path)["daftar_kegiatan"][0]["baris"][0]["waktu"] == "2024-05-11"


def test_template_takes_its_format_from_the_file_name(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Found by a new user: `sakip template -o t.xlsx` wrote TOML text into t.xlsx. The name
    says the format (as for sakip konversi); a --format that contradicts it is refused."""
    workbook, text = tmp_path / "t.xlsx", tmp_path / "t.toml"
    assert main(["template", "-o", str(workbook)]) == 0
    assert zipfile.is_zipfile(workbook)
    assert main(["template", "-o", str(text)]) == 0
    assert tomllib.loads(text.read_text(encoding="utf-8"))["schema"] == "sakip/lkj-1"
    capsys.readouterr()
    for fmt, name in (("toml", "u.xlsx"), ("xlsx", "u.toml"), ("xlsx", "u.json")):
        assert main(["template", "--format", fmt, "-o", str(tmp_path / name)]) == 2
        assert not (tmp_path / name).exists()
        err = capsys.readouterr().err
        assert f"--format {fmt}" in err and name in err
    assert main(["template", "--format", "toml", "-o", str(tmp_path / "u.txt")]) == 0


def test_lkj_load_names_the_workbook_reader(tmp_path: Path) -> None:
    """Found by a new user: sakip.lkj.load('x.xlsx') said 'expected UTF-8 text' of a zip."""
    from sakip import lkj, xlsx

    path = _save(tmp_path, xlsx.write_xlsx(tomllib.loads(
        examples.path("bgp-kalsel-2023").read_text(encoding="utf-8"))), "x.xlsx")
    with pytest.raises(LaporanError) as caught:
        lkj.load(path)
    (error,) = caught.value.errors
    assert (error.field, error.received) == ("file", ".xlsx")
    assert "sakip.xlsx.load_xlsx" in (error.expected or "")
    assert xlsx.load_xlsx(path).instansi == "BGP Provinsi Kalimantan Selatan"


def test_a_workbook_place_is_said_in_the_language(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Found by a new user: 'sheet indikator, row 3, column …' inside an Indonesian message,
    where sakip hitung says 'baris … kolom …'."""
    path = _workbook_with(tmp_path, "E2", '<c r="@"><v>0.6666666666666666</v></c>', "0.00",
                          name="c.xlsx")
    assert main(["reviu", str(path)]) == 2
    err = capsys.readouterr().err
    assert "lembar indikator, baris 2, kolom capaian: seharusnya" in err
    assert main(["reviu", str(path), "--bahasa", "en"]) == 2
    assert "sheet indikator, row 2, column capaian: expected" in capsys.readouterr().err
