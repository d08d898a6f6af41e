"""The planning chain (reference §14, C1–C11): one unit's documents checked together.

The consistent set below is constructed (its numbers are not from a report); the
seed's own planning figures are in tests/golden/test_rantai_seed.py.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import sakip
from sakip.cli import main
from sakip.lkj import load

UNIT = "Balai Contoh"
GOLDEN = Path(__file__).parents[1] / "golden" / "reports" / "rantai"


def _doc(tahun: int, **laporan: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": UNIT, "tahun": tahun, **laporan},
            "sasaran": [{"kode": "S1", "nama": "Sasaran satu"}]}


def _ind(kode: str, **fields: Any) -> dict[str, Any]:
    names = {"IKU 1": ("Guru yang dilatih", "Orang"), "IKU 2": ("Nilai AKIP", "Nilai")}
    nama, satuan = names[kode]
    return {"kode": kode, "sasaran": "S1", "nama": nama, "satuan": satuan,
            "polarisasi": "maximize", **fields}


def consistent() -> dict[str, dict[str, Any]]:
    """A Renstra, a PK 2024 (revised, dated) and LKj 2023 and 2024 that agree everywhere."""
    renstra = _doc(2020, jenis="renstra", periode=[2020, 2024])
    renstra["indikator"] = [
        _ind("IKU 1", agregasi="flow", renstra={"target": {"2023": "100", "2024": "120"}}),
        _ind("IKU 2", agregasi="stock", instrumen="LKE", instrumen_versi="permenpanrb-88-2021",
             renstra={"target": {"2023": "80", "2024": "85"}, "target_akhir": "85"})]
    pk = _doc(2024, jenis="pk", versi="revisi", tanggal="12 Juni 2024",
              catatan_revisi="Alokasi kegiatan 5635 disesuaikan")
    pk["indikator"] = [_ind("IKU 1", target="120"), _ind("IKU 2", target="85")]
    pk["perjanjian_kinerja"] = [{"kode": "PK 2024", "total": "1.000", "alokasi": [
        {"kegiatan": "5634", "alokasi": "600", "sasaran": "S1"},
        {"kegiatan": "5635", "alokasi": "400", "sasaran": "S1"}]}]
    lkj_2023 = _doc(2023)
    lkj_2023["indikator"] = [
        _ind("IKU 1", target="100", realisasi="110"),
        _ind("IKU 2", target="80", realisasi="81,5", instrumen="LKE",
             instrumen_versi="permenpanrb-88-2021")]
    lkj_2024 = _doc(2024)
    lkj_2024["indikator"] = [
        _ind("IKU 1", target="120", realisasi="125", realisasi_sebelumnya={"2023": "110"},
             renstra={"target": {"2023": "100", "2024": "120"},
                      "realisasi": {"2023": "110", "2024": "125"}},
             triwulan={"realisasi": {"4": "125"}}),
        _ind("IKU 2", target="85", realisasi="86", realisasi_sebelumnya={"2023": "81,5"},
             instrumen="LKE", instrumen_versi="permenpanrb-88-2021")]
    lkj_2024["anggaran"] = {"total": {"pagu": "1.000"}}
    return {"renstra": renstra, "pk": pk, "lkj_2023": lkj_2023, "lkj_2024": lkj_2024}


def _rantai(docs: dict[str, dict[str, Any]]) -> sakip.Reviu:
    return sakip.reviu_rantai(list(docs.values()))


def _mismatches(r: sakip.Reviu) -> list[sakip.Finding]:
    return [f for f in r.findings if f.status == "mismatch"]


def test_consistent_set_has_no_mismatch() -> None:
    """Every check compares something in the consistent set, and nothing disagrees."""
    r = _rantai(consistent())
    assert r.counts()["mismatch"] == 0 and r.exit_status() == 0
    assert r.counts()["not-computable"] == 0
    checks = {f.id.split(".")[0] for f in r.findings}
    assert checks == {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"}


def _lkj_2024(docs: dict[str, Any], kode: str) -> dict[str, Any]:
    return next(i for i in docs["lkj_2024"]["indikator"] if i["kode"] == kode)


def _plant_c1(docs: dict[str, Any]) -> None:
    _lkj_2024(docs, "IKU 1")["target"] = "121"


def _plant_c1_renstra(docs: dict[str, Any]) -> None:
    del docs["lkj_2024"]
    docs["pk"]["indikator"][0]["target"] = "121"


def _plant_c2(docs: dict[str, Any]) -> None:
    docs["lkj_2023"]["indikator"][0]["nama"] = "Guru yang mengikuti pelatihan"


def _plant_c3(docs: dict[str, Any]) -> None:
    docs["lkj_2023"]["indikator"][1]["polarisasi"] = "minimize"


def _plant_c3_trajectory(docs: dict[str, Any]) -> None:
    """A maximize target that falls 2023 → 2024, in the Renstra and its copy alike."""
    docs["renstra"]["indikator"][0]["renstra"]["target"]["2023"] = "130"
    _lkj_2024(docs, "IKU 1")["renstra"]["target"]["2023"] = "130"


def _plant_c4(docs: dict[str, Any]) -> None:
    _lkj_2024(docs, "IKU 2")["realisasi_sebelumnya"]["2023"] = "81,6"


def _plant_c5(docs: dict[str, Any]) -> None:
    _lkj_2024(docs, "IKU 1")["agregasi"] = "stock"


def _plant_c6(docs: dict[str, Any]) -> None:
    _lkj_2024(docs, "IKU 1")["renstra"]["realisasi"]["2024"] = "126"


def _plant_c7(docs: dict[str, Any]) -> None:
    docs["lkj_2024"]["anggaran"]["total"]["pagu"] = "1.100"


def _plant_c8(docs: dict[str, Any]) -> None:
    docs["pk"]["perjanjian_kinerja"][0]["alokasi"][1]["sasaran"] = "S9"


def _plant_c9(docs: dict[str, Any]) -> None:
    docs["lkj_2023"]["indikator"][1]["satuan"] = "Indeks"


def _plant_c10(docs: dict[str, Any]) -> None:
    docs["lkj_2023"]["laporan"]["periode"] = [2025, 2029]


def _plant_c11(docs: dict[str, Any]) -> None:
    _lkj_2024(docs, "IKU 2")["instrumen_versi"] = "permenpanrb-12-2015"


@pytest.mark.parametrize(("check", "plant"), [
    ("C1", _plant_c1), ("C1", _plant_c1_renstra), ("C2", _plant_c2), ("C3", _plant_c3),
    ("C3", _plant_c3_trajectory),
    ("C4", _plant_c4), ("C5", _plant_c5), ("C6", _plant_c6), ("C7", _plant_c7),
    ("C8", _plant_c8), ("C9", _plant_c9), ("C10", _plant_c10), ("C11", _plant_c11)])
def test_one_planted_inconsistency_is_one_finding(check: str, plant: Any) -> None:
    """One planted inconsistency: exactly one mismatch, of its check, naming both places."""
    docs = consistent()
    plant(docs)
    found = _mismatches(_rantai(docs))
    assert [f.id.split(".")[0] for f in found] == [check]
    places = found[0].field.split(" ↔ ")
    assert len(places) == 2 and places[0] != places[1]
    assert all(": " in p for p in places)  # "<document>: <field>"
    assert "not law" in found[0].explanation.to_text("en")  # type: ignore[union-attr]


def test_the_finding_names_both_documents_and_values() -> None:
    """C1: the PK's target and the Renstra matrix, each at its place, with both values."""
    docs = consistent()
    _plant_c1_renstra(docs)
    (f,) = _mismatches(_rantai(docs))
    assert f.field == ("PK 2024 revisi (<mapping>): indikator[1].target ↔ "
                       "Renstra 2020–2024 (<mapping>): indikator[1].renstra.target.2024")
    assert (f.printed, f.recomputed, f.difference) == ("121", sakip.lkj.read_number("120"),
                                                        sakip.lkj.read_number("1"))


def test_a_revised_pk_without_a_date() -> None:
    """C1: a revisi printed without its date is reported, naming the dated printing."""
    docs = consistent()
    docs["pk"]["perjanjian_kinerja"].append(dict(docs["pk"]["perjanjian_kinerja"][0],
                                                 kode="lampiran", tanggal="12 Juni 2024"))
    r = _rantai(docs)
    assert _mismatches(r) == []
    docs["lkj_2024"]["perjanjian_kinerja"] = [dict(docs["pk"]["perjanjian_kinerja"][0],
                                                   kode="revisi", versi="revisi")]
    (f,) = _mismatches(_rantai(docs))
    assert f.id == "C1.tanggal.2024"
    assert f.field == ("LKj 2024 (<mapping>): perjanjian_kinerja[1] ↔ "
                       "PK 2024 revisi (<mapping>): perjanjian_kinerja[1]")
    del docs["pk"]["laporan"]["tanggal"]  # a pk document's revisi must be dated
    with pytest.raises(sakip.LaporanError, match=r"laporan\.tanggal"):
        _rantai(docs)


def test_missing_data_is_not_computable_with_the_reason() -> None:
    """C4: LKj 2023 prints no realisasi of IKU 1: not computable, never silent."""
    docs = consistent()
    del docs["lkj_2023"]["indikator"][0]["realisasi"]
    r = _rantai(docs)
    found = [f for f in r.findings if f.status == "not-computable"]
    assert {f.id.split("#")[0] for f in found} == {"C4.IKU 1.2023"}  # tahun lalu, Renstra
    assert all("prints no realisasi" in f.reason for f in found)


def test_renaming_through_the_crosswalk_changes_no_verdict() -> None:
    """LKj 2023 prints an old code and name; the crosswalk maps it: the same statuses."""
    before = [f.status for f in _rantai(consistent()).findings]
    docs = consistent()
    docs["lkj_2023"]["indikator"][0].update(kode="IKK 1", nama="Guru dilatih (lama)")
    assert _mismatches(_rantai(docs))  # without the crosswalk: added and dropped
    docs["renstra"]["kode_lama"] = [{"kode": "IKK 1", "nama": "Guru dilatih (lama)",
                                     "menjadi": "IKU 1", "tahun": 2024}]
    assert [f.status for f in _rantai(docs).findings] == before


def test_two_units_are_refused_together_and_kept_apart_by_unit() -> None:
    docs = consistent()
    other = copy.deepcopy(docs["lkj_2024"])
    other["laporan"]["instansi"] = "Balai Lain"
    other["indikator"][0]["target"] = "1"  # would disagree with Balai Contoh's PK
    with pytest.raises(sakip.InvalidValueError) as error:
        sakip.reviu_rantai([*docs.values(), other])
    assert error.value.field == "documents[5]"
    results = sakip.reviu_rantai_units([*docs.values(), other])
    assert [r.laporan.instansi for r in results] == [UNIT, "Balai Lain"]
    assert all(r.counts()["mismatch"] == 0 for r in results)
    with pytest.raises(sakip.InvalidValueError, match="at least one"):
        sakip.reviu_rantai([])


def test_directory_mode_keeps_units_apart(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """sakip reviu --rantai DIR: one chain per unit; two units' documents never compared."""
    docs = consistent()
    for name, doc in docs.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    other = copy.deepcopy(docs["lkj_2024"])
    other["laporan"]["instansi"] = "Balai Lain"
    other["indikator"][0]["target"] = "1"
    (tmp_path / "lain.json").write_text(json.dumps(other), encoding="utf-8")
    assert main(["reviu", "--rantai", str(tmp_path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    units = sorted(r["laporan"]["instansi"] for r in out["reports"])
    assert units == ["Balai Contoh", "Balai Lain"]
    # the text summary counts units, a row each, without repeating the unit as an instansi
    assert main(["reviu", "--rantai", str(tmp_path), "--bahasa", "en"]) == 0
    text = capsys.readouterr().out
    assert "Summary of 2 units" in text and "Summary of 2 reports" not in text
    header = next(line for line in text.splitlines() if line.startswith("unit "))
    assert header.split()[:3] == ["unit", "last", "tahun"] and "instansi" not in header
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert main(["reviu", "--rantai", str(tmp_path)]) == 2


def test_single_document_reviu_of_the_new_kinds() -> None:
    """A Renstra and a PK file review alone: the end-of-period target, the PK's total."""
    docs = consistent()
    r = sakip.reviu(docs["renstra"])
    assert r["indikator.IKU 2.renstra.target_akhir"].status == "match"
    docs["renstra"]["indikator"][0]["renstra"]["target_akhir"] = "230"
    assert sakip.reviu(docs["renstra"])["indikator.IKU 1.renstra.target_akhir"].status == (
        "mismatch")  # flow: Σ 100 + 120 = 220
    assert [f.status for f in sakip.reviu(docs["pk"]).findings] == ["match"]


@pytest.mark.parametrize(("jenis", "change", "field"), [
    ("renstra", {"periode": None}, "laporan.periode"),
    ("renstra", {"periode": [2024, 2020]}, "laporan.periode"),
    ("renstra", {"periode": [2020]}, "laporan.periode"),
    ("pk", {"versi": None}, "laporan.versi"),
    ("pk", {"versi": "akhir"}, "laporan.versi"),
    ("lkj_2023", {"versi": "awal"}, "laporan.versi"),
    ("lkj_2023", {"tanggal": "1 Mei 2023"}, "laporan.tanggal"),
])
def test_hostile_heads_are_refused_at_their_place(jenis: str, change: dict[str, Any],
                                                  field: str) -> None:
    doc = consistent()[jenis]
    for key, value in change.items():
        if value is None:
            del doc["laporan"][key]
        else:
            doc["laporan"][key] = value
    with pytest.raises(sakip.LaporanError) as error:
        load(doc)
    assert field in [e.field for e in error.value.errors]


def test_plans_print_no_realisasi_and_crosswalks_map_somewhere() -> None:
    docs = consistent()
    docs["pk"]["indikator"][0]["realisasi"] = "1"
    docs["renstra"]["indikator"][0]["renstra"]["capaian"] = "100"
    docs["renstra"]["kode_lama"] = [{"kode": "IKU 1", "menjadi": "IKU 1"}]
    for doc, field in ((docs["pk"], "indikator[1].realisasi"),
                       (docs["renstra"], "indikator[1].renstra.capaian"),
                       (docs["renstra"], "kode_lama[1].menjadi")):
        with pytest.raises(sakip.LaporanError) as error:
            load(doc)
        assert field in [e.field for e in error.value.errors]


def test_limits_hold_for_the_new_kinds() -> None:
    """The reader's limits apply to the new sections as to every other (rows, digits)."""
    doc = consistent()["renstra"]
    doc["kode_lama"] = [{"kode": f"K{i}", "menjadi": "IKU 1"} for i in range(100_001)]
    with pytest.raises(sakip.LaporanError) as error:
        load(doc)
    assert error.value.errors[0].field == "kode_lama"
    doc = consistent()["renstra"]
    doc["indikator"][0]["renstra"]["target_akhir"] = "9" * 200
    with pytest.raises(sakip.LaporanError) as error:
        load(doc)
    assert error.value.errors[0].field == "indikator[1].renstra.target_akhir"


def test_template_of_each_kind_loads(capsys: pytest.CaptureFixture[str]) -> None:
    for jenis in ("renstra", "pk"):
        assert main(["template", "--jenis", jenis]) == 0
        text = capsys.readouterr().out
        assert f'jenis = "{jenis}"' in text
        # its placeholders refused until filled; filled, it loads
        filled = text.replace('"..."', '"1"')
        assert load(__import__("tomllib").loads(filled)).jenis == jenis
        with pytest.raises(sakip.LaporanError) as caught:
            load(__import__("tomllib").loads(text))
        assert {e.received for e in caught.value.errors} == {"..."}
    with pytest.raises(sakip.InvalidValueError):
        sakip.lkj.template(jenis="rpjmd")


def test_golden_fixtures_copied_into_one_directory(tmp_path: Path) -> None:
    """The seed's Renstra, the constructed LKj 2022 and the seed LKj 2023 as one directory."""
    for path in GOLDEN.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(str(sakip.examples.path("bgp-kalsel-2023")), tmp_path / "lkj-2023.toml")
    (r,) = sakip.reviu_rantai_units(sorted(tmp_path.glob("*.toml")))
    assert r.laporan.instansi == "BGP Provinsi Kalimantan Selatan"
    assert "3 dokumen" in r.laporan.judul


def _lkjip(tahun: int, lalu: str, kini: str) -> dict[str, Any]:
    doc = _doc(tahun, jenis="lkjip", pemda="Kabupaten Contoh")
    doc["evaluasi_renja"] = [{"kode": "Tabel 3.1", "baris": [{"kode": "1.01", "k": {
        "target_renstra": "100", "realisasi_renstra_lalu": lalu, "target": "20",
        "tw1": "5", "tw2": "5", "tw3": "5", "tw4": "5", "realisasi": "20",
        "realisasi_renstra": kini}}]}]
    return doc


def test_c6_kolom_7_continues_last_years_kolom_14() -> None:
    """An LKjIP's kolom 7 (realisasi Renstra to last year) is last year's kolom 14."""
    r = sakip.reviu_rantai([_lkjip(2025, "40", "60"), _lkjip(2024, "20", "40")])
    (f,) = [f for f in r.findings if f.id.startswith("C6.")]
    assert f.status == "match" and "realisasi_renstra_lalu" in f.field
    (f,) = _mismatches(sakip.reviu_rantai([_lkjip(2025, "45", "65"), _lkjip(2024, "20", "40")]))
    assert (f.printed, f.recomputed) == ("45", sakip.lkj.read_number("40"))
    assert f.field == ("LKjIP 2025 (<mapping>): evaluasi_renja[1].baris[1].k."
                       "realisasi_renstra_lalu ↔ LKjIP 2024 (<mapping>): "
                       "evaluasi_renja[1].baris[1].k.realisasi_renstra")


def test_crosswalk_conflicts_and_cycles() -> None:
    """Two documents mapping one old code to two new ones: a C2 finding naming both."""
    docs = consistent()
    docs["renstra"]["kode_lama"] = [{"kode": "K", "menjadi": "IKU 1"}]
    docs["pk"]["kode_lama"] = [{"kode": "K", "menjadi": "IKU 2"}]
    (f,) = _mismatches(_rantai(docs))
    assert f.id == "C2.kode_lama.K" and " ↔ " in f.field
    docs["pk"]["kode_lama"] = [{"kode": "IKU 1", "menjadi": "K"}]  # K → IKU 1 → K
    found = _mismatches(_rantai(docs))  # the codes stay as printed; the cycle is named
    assert [f.id.split("#")[0] for f in found] == ["C2.kode_lama.K", "C2.kode_lama.IKU 1"]
    assert "K → IKU 1 → K" in found[0].reason


def test_a_workbook_is_a_document_of_the_chain(tmp_path: Path) -> None:
    """A Renstra given as a workbook takes part in the chain as its TOML file does (Python and
    --rantai): the same findings, the same exit status."""
    pytest.importorskip("openpyxl")
    import tomllib

    from sakip import _xlsx

    renstra = GOLDEN / "renstra-2020-2024.toml"
    workbook = tmp_path / "renstra-2020-2024.xlsx"
    workbook.write_bytes(_xlsx.write_xlsx(tomllib.loads(renstra.read_text(encoding="utf-8"))))
    seed = sakip.examples.path("bgp-kalsel-2023")

    def verdicts(documents: list[Any]) -> list[tuple[str, str]]:
        return [(f.id, f.status) for f in sakip.reviu_rantai(documents)]

    assert verdicts([workbook, seed]) == verdicts([renstra, seed])
    assert any(status == "mismatch" for _, status in verdicts([workbook, seed]))
    assert main(["reviu", "--rantai", str(workbook), str(seed)]) == 1


def _printed_twice(docs: dict[str, Any]) -> None:
    """LKj 2024 prints the revised PK as well (a copy of the pk document's table)."""
    docs["lkj_2024"]["perjanjian_kinerja"] = [dict(
        docs["pk"]["perjanjian_kinerja"][0], versi="revisi", tanggal="12 Juni 2024",
        target={"IKU 1": "120", "IKU 2": "85"})]


def test_one_planted_printing_among_copies_is_one_mismatch_at_it() -> None:
    """The PK printed twice, one copy's target planted: one mismatch, at that copy, against the
    Renstra; the agreeing copy is a match of its own."""
    docs = consistent()
    _printed_twice(docs)
    assert _mismatches(_rantai(docs)) == []
    docs["lkj_2024"]["perjanjian_kinerja"][0]["target"]["IKU 2"] = "86"
    (f,) = _mismatches(_rantai(docs))
    assert f.field == ("LKj 2024 (<mapping>): perjanjian_kinerja[1].target.IKU 2 ↔ "
                       "Renstra 2020–2024 (<mapping>): indikator[2].renstra.target.2024")
    assert (f.printed, f.recomputed) == ("86", sakip.lkj.read_number("85"))
    statuses = [g.status for g in _rantai(docs).findings if g.id.startswith("C1.IKU 2.2024")
                and not g.id.startswith("C1.IKU 2.2024.lkj")]
    assert sorted(statuses) == ["match", "mismatch"]


def test_one_disagreement_printed_in_every_copy_is_one_mismatch() -> None:
    """Both printings of the PK say 121 where the Renstra says 120: ONE mismatch (not one per
    printing), at the first printing, its explanation listing every printing compared."""
    docs = consistent()
    _printed_twice(docs)
    docs["pk"]["indikator"][0]["target"] = "121"
    docs["lkj_2024"]["perjanjian_kinerja"][0]["target"]["IKU 1"] = "121"
    docs["lkj_2024"]["indikator"][0]["target"] = "121"  # the LKj follows its PK
    (f,) = _mismatches(_rantai(docs))
    assert f.id == "C1.IKU 1.2024"
    assert f.field == ("PK 2024 revisi (<mapping>): indikator[1].target ↔ "
                       "Renstra 2020–2024 (<mapping>): indikator[1].renstra.target.2024")
    assert f.explanation is not None
    assert [label for label, _ in f.explanation.steps[0].inputs] == [
        "PK 2024 revisi (<mapping>): indikator[1].target",
        "LKj 2024 (<mapping>): perjanjian_kinerja[1].target.IKU 1",
        "Renstra 2020–2024 (<mapping>): indikator[1].renstra.target.2024",
        "LKj 2024 (<mapping>): indikator[1].renstra.target.2024"]


def test_two_against_two_is_one_mismatch_naming_both_sides() -> None:
    """No majority decides: the Renstra (its document and its copy) says 120, both PK printings
    say 121: the earlier document is the reference, one mismatch names both sides."""
    docs = consistent()
    _printed_twice(docs)
    del docs["lkj_2024"]["indikator"][0]["target"]
    docs["pk"]["indikator"][0]["target"] = "121"
    docs["lkj_2024"]["perjanjian_kinerja"][0]["target"]["IKU 1"] = "121"
    (f,) = _mismatches(_rantai(docs))
    a, b = f.field.split(" ↔ ")
    assert a.startswith("PK 2024") and b.startswith("Renstra 2020–2024")
    assert (f.printed, f.recomputed) == ("121", sakip.lkj.read_number("120"))


def test_a_revision_that_states_no_change() -> None:
    """C1: 'a revised PK ... says what changed': no printing prints a catatan_revisi is one
    finding; one printing stating it is enough (the copy need not repeat it)."""
    docs = consistent()
    _printed_twice(docs)
    assert _rantai(docs)["C1.perubahan.2024"].status == "match"
    del docs["pk"]["laporan"]["catatan_revisi"]
    (f,) = _mismatches(_rantai(docs))
    assert (f.id, f.printed, f.recomputed) == ("C1.perubahan.2024", "revisi", None)
    assert f.field == ("PK 2024 revisi (<mapping>): perjanjian_kinerja[1] ↔ "
                       "LKj 2024 (<mapping>): perjanjian_kinerja[1]")
    docs["lkj_2024"]["perjanjian_kinerja"][0]["catatan_revisi"] = "Alokasi disesuaikan"
    r = _rantai(docs)
    assert _mismatches(r) == []
    assert r["C1.perubahan.2024"].recomputed == "Alokasi disesuaikan"


def test_a_revision_note_belongs_to_a_pk() -> None:
    doc = consistent()["lkj_2023"]
    doc["laporan"]["catatan_revisi"] = "x"
    with pytest.raises(sakip.LaporanError) as error:
        load(doc)
    assert "laporan.catatan_revisi" in [e.field for e in error.value.errors]


def _two_sasaran(docs: dict[str, Any]) -> None:
    """IKU 2 serves sasaran S2, kegiatan 5635 too; LKj 2024 prints its DIPA per output."""
    for doc in docs.values():
        doc["sasaran"].append({"kode": "S2", "nama": "Sasaran dua"})
        for ind in doc["indikator"]:
            if ind["kode"] == "IKU 2":
                ind["sasaran"] = "S2"
    docs["pk"]["perjanjian_kinerja"][0]["alokasi"][1]["sasaran"] = "S2"
    docs["lkj_2024"]["anggaran"]["output"] = [
        {"kode": "5634.QDC.011", "pagu": "600"}, {"kode": "5635.EBA.994", "pagu": "300"},
        {"kode": "5635.EBA.962", "pagu": "100"}]


def test_c7_anggaran_per_sasaran_agrees_with_the_dipa() -> None:
    """C7 'Σ per sasaran': the PK's Σ alokasi of each sasaran's kegiatan = the DIPA's Σ pagu of
    those kegiatan's outputs; one planted figure is one mismatch naming both."""
    docs = consistent()
    _two_sasaran(docs)
    r = _rantai(docs)
    assert _mismatches(r) == []
    subtotals = {f.id: f for f in r.findings if ".sasaran." in f.id}
    assert set(subtotals) == {"C7.2024.revisi.sasaran.S1", "C7.2024.revisi.sasaran.S2"}
    assert subtotals["C7.2024.revisi.sasaran.S2"].recomputed == sakip.lkj.read_number("400")
    docs["lkj_2024"]["anggaran"]["output"][2]["pagu"] = "150"  # the DIPA's S2: 450
    (f,) = _mismatches(_rantai(docs))
    assert (f.id, f.printed, f.recomputed) == ("C7.2024.revisi.sasaran.S2", "400",
                                               sakip.lkj.read_number("450"))
    assert f.field == ("PK 2024 revisi (<mapping>): perjanjian_kinerja[1].alokasi[sasaran = "
                       "S2] (Σ) ↔ LKj 2024 (<mapping>): anggaran.output[5635.*].pagu (Σ)")
    docs = consistent()
    _two_sasaran(docs)
    docs["pk"]["perjanjian_kinerja"][0]["alokasi"][0]["alokasi"] = "650"  # the total stays
    (f,) = _mismatches(_rantai(docs))
    assert (f.id, f.printed) == ("C7.2024.revisi.sasaran.S1", "650")


def test_c7_per_sasaran_without_the_dipa_per_output_is_not_computable() -> None:
    docs = consistent()
    _two_sasaran(docs)
    del docs["lkj_2024"]["anggaran"]["output"]
    r = _rantai(docs)
    found = [f for f in r.findings if ".sasaran." in f.id]
    assert {f.status for f in found} == {"not-computable"} and len(found) == 2
    assert all("anggaran.output" in f.reason for f in found)


def test_c6_one_wrong_target_copied_twice_is_one_mismatch() -> None:
    """Both LKj copy the Renstra matrix with the same wrong 2024 target: one mismatch (the
    Renstra document the reference), listing the three printings."""
    docs = consistent()
    _lkj_2024(docs, "IKU 1")["renstra"]["target"]["2024"] = "125"
    docs["lkj_2023"]["indikator"][0]["renstra"] = {"target": {"2023": "100", "2024": "125"}}
    (f,) = _mismatches(_rantai(docs))
    assert (f.id, f.printed) == ("C6.IKU 1.target.2024", "125")
    assert f.field.endswith("↔ Renstra 2020–2024 (<mapping>): indikator[1].renstra.target.2024")
    assert f.explanation is not None and len(f.explanation.steps[0].inputs) == 3


def test_c2_speaks_the_language_asked() -> None:
    """A renamed IKU's finding (C2) says "nama" in Indonesian, "name" in English — the
    review found ``IKU 1: name: …`` inside the Indonesian text."""
    from sakip._bahasa import tulis

    docs = consistent()
    _plant_c2(docs)
    [found] = [f for f in _mismatches(_rantai(docs)) if f.id.startswith("C2.")]
    assert tulis(found.label, "id") == "C2: IKU 1: nama"
    assert tulis(found.label, "en") == "C2: IKU 1: name"
    assert tulis(found.reason, "id").startswith("IKU 1: nama: ")
    assert tulis(found.reason, "en").startswith("IKU 1: name: ")
