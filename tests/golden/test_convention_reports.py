"""Golden: a report file per efficiency convention reviews with every figure ``match``.

The files in ``tests/golden/reports/`` are written from the examples quoted in
the domain reference §9 (each file names its source in its header).  With the
declared convention switched to another one, the printed figures reproduce
only under the convention the report really used, and the finding names it.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import sakip

REPORTS = Path(__file__).parent / "reports"
FILES = sorted(p.name for p in REPORTS.glob("*.toml"))


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads((REPORTS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FILES)
def test_every_figure_matches(name: str) -> None:
    r = sakip.reviu(REPORTS / name)
    assert len(r) >= 2
    # One finding per printed figure, at its place in the file.
    assert [f.field for f in r] == sakip.lkj.figure_fields(_data(name))
    assert all(f.status == "match" for f in r), [(f.id, f.status, f.reason) for f in r]
    for f in r:
        assert f.explanation is not None
        if not isinstance(f.recomputed, str):
            assert f.explanation.value == f.recomputed, f.id


def test_files_cover_every_convention() -> None:
    declared = {tab["rumus"] for name in FILES for tab in _data(name).get(
        "efisiensi_kinerja", ())}
    assert declared == {"rasio", "indeks", "selisih"}
    assert any(tab.get("rerata") for name in FILES for tab in _data(name).get(
        "efisiensi_kinerja", ()))
    assert any("pagu" in _data(name).get("anggaran", {}) for name in FILES)


def _other_convention(finding: sakip.Finding, topic: str, name: str) -> bool:
    """The finding reproduces only under the named other convention, and says so."""
    return (finding.status == "match-other-convention"
            and finding.convention is not None
            and (finding.convention.topic, finding.convention.name) == (topic, name)
            and f"reproduces under {topic}: {name}" in finding.reason
            and finding.explanation is not None)


@pytest.mark.parametrize(("name", "used", "declared"), [
    ("bpkp-2021-rasio.toml", "rasio", "indeks"),
    ("bpkp-2021-rasio.toml", "rasio", "selisih"),
    ("prkom-2021-indeks.toml", "indeks", "rasio"),
    ("seed-2023-selisih.toml", "selisih", "rasio"),
    ("seed-2023-selisih.toml", "selisih", "indeks"),
])
def test_declared_other_convention(name: str, used: str, declared: str) -> None:
    data = _data(name)
    for tab in data["efisiensi_kinerja"]:
        tab["rumus"] = declared
        if declared != "indeks":  # an IE category table belongs to indeks (refused otherwise)
            tab.pop("kategori", None)
    r = sakip.reviu(data)
    efisiensi = [f for f in r if f.id.endswith(".efisiensi")]
    assert efisiensi
    for f in efisiensi:
        assert _other_convention(f, "efisiensi kinerja", used), (f.id, f.status, f.reason)
        assert f"not under the declared {declared} (" in f.reason
        assert f.explanation is not None and f"rumus {used}" in f.explanation.title
    [entry] = [c for c in r.conventions() if c["topic"] == "efisiensi kinerja"]
    assert (entry["name"], entry["figures"], entry["of"], entry["declared"]) == (
        used, len(efisiensi), len(efisiensi), False)
    # TE and kategori follow the convention that reproduced E.
    for f in r:
        if f.id.endswith((".tingkat", ".kategori")):
            assert f.status == "match", (f.id, f.reason)


@pytest.mark.parametrize("name", FILES)
def test_without_declarations(name: str) -> None:
    """With every convention declaration removed, each report still reviews with no
    mismatch, and the summary names each convention as declared, default or detected:
    the one the report follows (its header cites the source) is named, never declared."""
    data = _data(name)
    data["laporan"].pop("rounding", None)
    for tab in data.get("efisiensi_kinerja", ()):
        for key in ("rumus", "kategori", "agregat"):
            tab.pop(key, None)
    for key in ("rumus_efisiensi",):
        data.get("anggaran", {}).pop(key, None)
    data.get("anggaran", {}).get("pagu", {}).pop("basis", None)
    declared = sakip.reviu(REPORTS / name)
    r = sakip.reviu(data)
    assert [f.field for f in r] == [f.field for f in declared]
    assert all(f.ok for f in r), [(f.id, f.status, f.reason) for f in r if not f.ok]
    summary = r.summary(bahasa="en").splitlines()[-1]
    assert "declared" not in summary
    used = {(c["topic"], c["name"]) for c in declared.conventions() if c["declared"]}
    for c in r.conventions():
        assert c["source"] in ("default", "detected") and not c["declared"]
        assert f"{c['topic']}: {c['name']} (" in summary
    for topic, name in used - {("rounding", "half_up"), ("rounding", "down")}:
        assert any((c["topic"], c["name"]) == (topic, name) for c in r.conventions())


def test_rerata_declared_tertimbang() -> None:
    """Declared pagu-weighted, the printed rerata rows reproduce only as the plain mean."""
    data = _data("rerata-example.toml")
    data["efisiensi_kinerja"][0]["agregat"] = "tertimbang-pagu"
    r = sakip.reviu(data)
    f = r["efisiensi_kinerja.Tabel 4.1.Rata-rata.capaian_output"]
    assert _other_convention(f, "agregat", "rerata"), f.reason
    assert f.recomputed == sakip.rerata(["91.2", "88.4"]).value


def test_pagu_declared_other_basis() -> None:
    """Declared DIPA awal, the printed penyerapan reproduces only on the pagu after penghematan."""
    data = _data("badan-pom-2021-pagu.toml")
    data["anggaran"]["pagu"]["basis"] = "dipa-awal"
    r = sakip.reviu(data)
    for key in ("anggaran.pagu.penyerapan", "anggaran.pagu.sisa"):
        f = r[key]
        assert _other_convention(f, "basis pagu", "revisi"), (key, f.reason)
    assert "not under the declared dipa-awal (97,30)" in r["anggaran.pagu.penyerapan"].reason
    assert r["anggaran.pagu.setelah_penghematan"].status == "match"


def test_a_wrong_figure_is_still_a_mismatch() -> None:
    data = _data("bpkp-2021-rasio.toml")
    data["efisiensi_kinerja"][0]["baris"][0]["input"][0]["efisiensi"] = "108,79"
    f = sakip.reviu(data)["efisiensi_kinerja.Tabel 3.23.SS 2.dana.efisiensi"]
    assert f.status == "mismatch" and "reproduces under" not in f.reason


def _ie_at_se(table: str | None) -> dict[str, Any]:
    """A row with IE = SE exactly (95,00 % of 95,00 %), printed 'Efisien'."""
    data = _data("prkom-2021-indeks.toml")
    tab = data["efisiensi_kinerja"][0]
    tab.pop("kategori")
    if table is not None:
        tab["kategori"] = table
    tab["baris"].append({"label": "at SE", "capaian_output": "95,00", "input": [
        {"nama": "dana", "capaian": "95,00", "efisiensi": "1,000", "tingkat": "0,000",
         "kategori": "Efisien"}]})
    return data


def test_ie_category_under_the_other_table() -> None:
    """IE = SE: 'Efisien' under PRKOM 2021's wording, not under BBPOM 2020's reading.

    Declared bbpom-yogyakarta-2020, the printed label reproduces only under
    prkom-bpom-2021: match-other-convention naming it, not a mismatch.
    """
    r = sakip.reviu(_ie_at_se("bbpom-yogyakarta-2020"))
    f = r["efisiensi_kinerja.Tabel 28.at SE.dana.kategori"]
    assert _other_convention(f, "kategori indeks efisiensi", "prkom-bpom-2021"), f.reason
    assert "not under the declared bbpom-yogyakarta-2020 ('Tidak Efisien')" in f.reason
    # The row 2 label reproduces under both tables: a match under the declared one.
    g = r["efisiensi_kinerja.Tabel 28.row 2.dana.kategori"]
    assert g.status == "match" and g.convention is not None
    assert {c.name for c in g.reproduces_under} == {"bbpom-yogyakarta-2020", "prkom-bpom-2021"}
    [entry] = [c for c in r.conventions() if c["topic"] == "kategori indeks efisiensi"
               and c["name"] == "prkom-bpom-2021"]
    assert (entry["figures"], entry["of"], entry["declared"]) == (2, 2, False)
    # Under the default table (prkom-bpom-2021) the same file is all match.
    assert all(f.status == "match" for f in sakip.reviu(_ie_at_se(None)))


def test_ie_category_wrong_under_both_tables_is_a_mismatch() -> None:
    data = _ie_at_se("bbpom-yogyakarta-2020")
    data["efisiensi_kinerja"][0]["baris"][0]["input"][0]["kategori"] = "Tidak Efisien"
    f = sakip.reviu(data)["efisiensi_kinerja.Tabel 28.row 2.dana.kategori"]
    assert f.status == "mismatch" and "reproduces under" not in f.reason


def test_mixed_marks_as_published() -> None:
    """PPPOMN (Badan POM) LKj interim TW II 2021, p. 56: rupiah with thousands dots and the
    penyerapan with a decimal point in one paragraph, read under ``angka = "campuran"``.

    Realisasi Rp 23.906.077.655 of the pagu after penghematan Rp 103.826.538.000 is 23,025…
    %, printed "23.03%"; DIPA awal Rp 105.370.538.000 is the sum of the three jenis belanja
    the paragraph lists.  Under one mark for the whole file the same text is refused at the
    first number the mark cannot read, naming ``angka`` and the other reading.
    """
    r = sakip.reviu(REPORTS / "pppomn-2021-tw2-campuran.toml")
    serapan = r["anggaran.pagu.penyerapan"]
    assert serapan.status == "match" and serapan.printed == "23.03%"
    assert isinstance(serapan.recomputed, Decimal)
    assert sakip.Rounding(places=2).apply(serapan.recomputed) == Decimal("23.03")
    assert r["klaim.DIPA awal"].recomputed == Decimal("105370538000")
    assert serapan.explanation is not None and "(printed 23.03)" in (
        serapan.explanation.to_text("en"))
    assert "(tercetak 23.03)" in serapan.explanation.to_text()
    data = _data("pppomn-2021-tw2-campuran.toml")
    for angka, field, reads in (("id", "anggaran.pagu.penyerapan", "23.03"),
                                ("en", "klaim[1].nilai", "105370538000")):
        data["laporan"]["angka"] = angka
        with pytest.raises(sakip.LaporanError) as info:
            sakip.reviu(data)
        found = {e.field: str(e) for e in info.value.errors}
        assert f"laporan.angka = {angka!r}" in found[field]
        assert f"it reads as {reads}" in found[field]
