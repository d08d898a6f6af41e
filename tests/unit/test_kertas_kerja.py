"""The working paper (kertas kerja reviu): columns, one row per finding, counts, conclusion.

The layout follows reference §16 (the KKR as inspectorates lay it out); the
figures checked come from the bundled seed LKj 2023 (BGP Kalimantan Selatan),
whose Renstra capaian of IKK 1.1 prints 71,34 for 71,36 (reference §1.7: the
file's Renstra table gives 882 for 2022), a difference of −0,02.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest

import sakip
from sakip.reviu import _kertas as kk
from sakip.reviu._findings import Finding, status_text

COLUMNS_ID = ["Nomor", "Aspek", "Lokasi di laporan", "Uraian", "Angka tercetak",
              "Angka hasil hitung ulang", "Selisih", "Status", "Kriteria", "Keterangan",
              "Saran perbaikan", "Tanggapan unit"]
COLUMNS_EN = ["No", "Aspect", "Place in the report", "Item", "Printed figure",
              "Recomputed figure", "Difference", "Status", "Criterion", "Note",
              "Suggested correction", "Unit's response"]


class _Tables(HTMLParser):
    """Every table of a page: its class, header cells and body rows (cells as text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, Any]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._part = ""
        self._depth = 0  # inside <details> (a row's derivation): not a cell's own text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"class": dict(attrs).get("class", ""), "head": [], "rows": []})
        elif tag in ("thead", "tbody"):
            self._part = tag
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "details":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            table = self.tables[-1]
            (table["head"] if self._part == "thead" else table["rows"]).append(self._row)
            self._row = None
        elif tag == "details":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._depth:
            self._cell.append(data)


def _tables(page: str) -> list[dict[str, Any]]:
    parser = _Tables()
    parser.feed(page)
    return parser.tables


@pytest.fixture(scope="module")
def seed() -> sakip.Reviu:
    return sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))


def _paper(tables: list[dict[str, Any]]) -> dict[str, Any]:
    [paper] = [t for t in tables if t["class"] == "kkr"]
    return paper


@pytest.mark.parametrize(("bahasa", "columns"), [("id", COLUMNS_ID), ("en", COLUMNS_EN)])
def test_html_columns_and_one_row_per_finding(seed: sakip.Reviu, bahasa: str,
                                              columns: list[str]) -> None:
    page = seed.to_html(bahasa=bahasa)  # type: ignore[arg-type]
    paper = _paper(_tables(page))
    assert paper["head"] == [columns]
    assert len(paper["rows"]) == len(seed.findings)
    assert [row[0] for row in paper["rows"]] == [str(n) for n in range(1, len(seed) + 1)]
    assert all(len(row) == len(columns) for row in paper["rows"])
    assert all(row[-1] == "" for row in paper["rows"])  # tanggapan unit: blank for the unit


def test_a_mismatch_row(seed: sakip.Reviu) -> None:
    """IKK 1.1's Renstra capaian: printed 71,34, recomputed 71,36, selisih −0,02."""
    rows = _paper(_tables(seed.to_html()))["rows"]
    number = [f.id for f in seed].index("indikator.IKK 1.1.renstra")
    row = dict(zip(COLUMNS_ID, rows[number], strict=True))
    assert (row["Angka tercetak"], row["Angka hasil hitung ulang"], row["Selisih"]) == (
        "71,34", "71,36", "-0,02")
    assert row["Status"] == "tidak sesuai" and row["Aspek"] == "keselarasan perencanaan"
    assert row["Saran perbaikan"] == "agar angka 71,34 disesuaikan menjadi 71,36"
    assert re.fullmatch(r"K\d+: .+", row["Kriteria"])
    assert row["Lokasi di laporan"] == seed["indikator.IKK 1.1.renstra"].lokasi
    match = dict(zip(COLUMNS_ID, rows[[f.id for f in seed].index("indikator.IKK 1.1.capaian")],
                     strict=True))
    assert match["Status"] == "sesuai" and match["Saran perbaikan"] == ""
    assert match["Selisih"] == "-"


def test_only_mismatches_have_a_suggestion(seed: sakip.Reviu) -> None:
    rows = _paper(_tables(seed.to_html()))["rows"]
    for row, finding in zip(rows, seed.findings, strict=True):
        assert bool(row[10]) == (finding.status == "mismatch"), finding.id


def test_counts_per_status_and_aspect(seed: sakip.Reviu) -> None:
    paper = kk.kertas_kerja(seed, "id")
    assert [words for words, _ in paper.per_status] == [
        status_text(s) for s in seed.counts()]  # type: ignore[arg-type]
    assert [n for _, n in paper.per_status] == list(seed.counts().values())
    assert sum(total for _, total, *_ in paper.per_aspek) == len(seed)
    for _, total, ok, mismatch, nc in paper.per_aspek:
        assert ok + mismatch + nc == total
    page = seed.to_html()
    status_table = next(t for t in _tables(page) if t["head"] == [["Status", "Jumlah"]])
    assert [int(n) for _, n in status_table["rows"]] == list(seed.counts().values())
    markdown = seed.to_markdown()
    for words, n in paper.per_status:
        assert f"- {words}: {n}" in markdown


def test_aspects_from_the_fields() -> None:
    def finding(field: str) -> Finding:
        return Finding(id=field, label="", lokasi="", printed=None, recomputed=None,
                          status="not-computable", field=field)

    assert kk.aspek(finding("tabel[1].baris[1].total")) == "format"
    assert kk.aspek(finding("indikator[1].capaian")) == "pengukuran-capaian"
    assert kk.aspek(finding("indikator[1].renstra.capaian")) == "keselarasan-perencanaan"
    assert kk.aspek(finding("indikator[2].triwulan.target.4")) == "keandalan-data"
    assert kk.aspek(finding("anggaran.output[1].efisiensi")) == "anggaran-efisiensi"
    assert kk.aspek(finding("perjanjian_kinerja[1].total")) == "keselarasan-perencanaan"
    assert kk.aspek(finding("klaim[3].nilai")) == "keandalan-data"
    assert set(kk.ASPEK_BAGIAN.values()) <= set(kk.ASPEK)


CLEAN = {"schema": "sakip/lkj-1", "laporan": {"instansi": "Satker Contoh", "tahun": 2024},
         "indikator": [{"kode": "I", "nama": "n", "target": "1176", "realisasi": "1189",
                        "capaian": "101,11"}]}


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_conclusion_and_scope_limit(seed: sakip.Reviu, bahasa: str) -> None:
    clean = sakip.reviu(CLEAN)
    assert clean.counts()["match"] == 1
    scope = kk.KETERBATASAN(bahasa)  # type: ignore[arg-type]
    bersih, kecuali = kk.SIMPULAN_BERSIH, kk.SIMPULAN_KECUALI
    for result, pattern in ((clean, bersih), (seed, kecuali)):
        paper = kk.kertas_kerja(result, bahasa)  # type: ignore[arg-type]
        pages = (result.to_html(bahasa=bahasa),  # type: ignore[arg-type]
                 result.to_markdown(bahasa=bahasa))  # type: ignore[arg-type]
        for page in pages:
            assert scope in page and paper.simpulan[0] in page
            assert "material" not in page.lower() and "salah saji" not in page.lower()
        counts = result.counts()
        assert paper.simpulan[0] == pattern(bahasa, objek=paper.objek,  # type: ignore[arg-type]
                                            m=counts["mismatch"], k=counts["not-computable"])
    assert "tidak terdapat hal-hal yang membuat kami yakin" in kk.SIMPULAN_BERSIH("id")
    assert "kecuali hal-hal yang diungkapkan" in kk.SIMPULAN_KECUALI("id")
    assert "data dukung" in kk.KETERBATASAN("id") and "pengendalian intern" in kk.KETERBATASAN(
        "id")


def test_header_criteria_and_conventions(seed: sakip.Reviu) -> None:
    page = seed.to_html()
    assert "Objek reviu: Laporan Kinerja (LKj) Tahun 2023 — BGP Provinsi Kalimantan" in page
    signing = next(t for t in _tables(page) if t["class"] == "tanda-tangan")
    assert signing["head"] == [["Peran", "Nama", "Tanggal", "Paraf"]]
    assert [row[1:] for row in signing["rows"]] == [["", "", ""]] * 3
    assert kk.SELISIH_KONVENSI("id") in page
    paper = kk.kertas_kerja(seed, "id")
    used = {row.kriteria.split(":")[0] for row in paper.baris}
    assert used == {code for code, _ in paper.kriteria}  # every criterion listed in full
    for code, text in paper.kriteria:
        assert f"<li>{code}: {text}</li>" in html.unescape(page)
    assert len(paper.konvensi) == len(seed.conventions())


def test_print_css(seed: sakip.Reviu) -> None:
    page = seed.to_html()
    style = page[page.index("<style>"):page.index("</style>")]
    assert "@page{size:A4" in style and "@media print" in style
    assert "thead{display:table-header-group}" in style  # the header on every page
    assert "break-inside:avoid" in style and "page-break-inside:avoid" in style  # no cut rows
    assert page.count("<style>") == 1 and "<script" not in page


@pytest.mark.parametrize(("bahasa", "word"), [("id", "tercetak"), ("en", "printed")])
def test_each_row_keeps_its_derivation(seed: sakip.Reviu, bahasa: str, word: str) -> None:
    page = seed.to_html(bahasa=bahasa)  # type: ignore[arg-type]
    derivations = re.findall(r"<details><summary>[a-z]+</summary><pre>(.*?)</pre></details>",
                             page, re.S)
    assert len(derivations) == sum(f.explanation is not None for f in seed)
    assert any(f"({word} 71,36)" in d for d in derivations)
    other = {"id": "printed", "en": "tercetak"}[bahasa]
    assert not any(f"  {other}: " in d for d in derivations)


def test_hostile_text_stays_text() -> None:
    """Text from the file cannot add a row, a tag or a heading to either rendering."""
    data = {"schema": "sakip/lkj-1",
            "laporan": {"instansi": "X <b>y</b> | z", "tahun": 2024,
                        "judul": "J\n| forged | row |\n# heading"},
            "indikator": [{"kode": "I<script>alert(1)</script>|z", "nama": "n",
                           "target": "1176", "realisasi": "1189", "capaian": "101,11",
                           "lokasi": "Tabel <img src=x onerror=alert(1)> | a"}]}
    r = sakip.reviu(data)
    page = r.to_html()
    assert "<script" not in page and "<img" not in page and "<b>y" not in page
    assert len(_paper(_tables(page))["rows"]) == len(r)
    markdown = r.to_markdown()
    assert [line for line in markdown.splitlines() if line.startswith("| ")][1:] == [
        line for line in markdown.splitlines() if line.startswith("| 1 |")]
    assert "\n# heading" not in markdown and "<script" not in markdown
    assert "| forged |" not in markdown
