"""Issue 23 (G1): conventions detected, not demanded; decimal marks as reports print them;
every silent acceptance refused at its place.

Figures are worked by hand from the formulas of ``shared/reference/regulations.md``
(minimize: T = 8, R = 9 → 87,5 % by (2T − R)/T and 88,89 % by T/R, section 1; efficiency
indeks IE = CO / CI = 110 / 88 = 1,25, rasio the same × 100 = 125,00, section 9) or are
the seed's (Rp 36.716.642.000,-).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip.lkj import LaporanError, load


def report(angka: str | None = None, **sections: Any) -> dict[str, Any]:
    head: dict[str, Any] = {"instansi": "Satker Contoh", "tahun": 2023}
    if angka is not None:
        head["angka"] = angka
    return {"schema": "sakip/lkj-1", "laporan": head, **sections}


def problems(data: dict[str, Any]) -> dict[str, str]:
    """The loader's problems, by place."""
    with pytest.raises(LaporanError) as info:
        load(data)
    return {error.field or "": str(error) for error in info.value.errors}


# ------------------------------------------------- conventions detected, not demanded

NO_DECLARATION = report(
    indikator=[{"kode": "M", "nama": "m", "polarisasi": "minimize", "target": "8",
                "realisasi": "9", "capaian": "88,89"}],
    efisiensi_kinerja=[{"kode": "T1", "baris": [{"label": "a", "capaian_output": "110",
                                                 "input": [{"nama": "dana", "capaian": "88",
                                                            "efisiensi": "1,25"}]}]}],
    anggaran={"pagu": {"dipa_awal": "Rp 1.000", "penghematan": "Rp 200",
                       "pagu_revisi": "Rp 800", "realisasi": "Rp 500", "penyerapan": "50,00"}},
)


def test_a_file_without_declarations_reviews_and_names_what_it_detected() -> None:
    r = sakip.reviu(NO_DECLARATION)
    assert all(f.ok for f in r), [(f.id, f.status, f.reason) for f in r]
    uses = {(c["topic"], c["name"]): c["source"] for c in r.conventions()}
    # T / R = 8 / 9 = 88,89 %: found by trying, the default 2t-r gives 87,50.
    assert uses[("capaian minimize", "t/r")] == "detected"
    assert uses[("efisiensi kinerja", "indeks")] == "detected"  # 110 / 88 = 1,25
    # 500 / 1000 = 50 %: the DIPA awal, not the default pagu revisi (500 / 800 = 62,5 %).
    assert uses[("basis pagu", "dipa-awal")] == "detected"
    assert uses[("rounding", "half_up")] == "default"
    last = r.summary(bahasa="en").splitlines()[-1]
    assert "capaian minimize: t/r (1 of 1 figures, detected)" in last
    assert "basis pagu: dipa-awal (1 of 1 figures, detected)" in last
    assert "rounding: half_up (1 of 1 figures, default)" in last
    assert "declared" not in last
    assert "not under the default revisi" in r["anggaran.pagu.penyerapan"].reason


def test_declared_conventions_are_checked_and_named_declared() -> None:
    # a deep copy: the edits below must not reach NO_DECLARATION, which other tests review
    data = copy.deepcopy(NO_DECLARATION)
    data["laporan"]["rounding"] = {"places": 2, "mode": "half_up"}
    data["efisiensi_kinerja"][0]["rumus"] = "rasio"
    data["anggaran"]["pagu"]["basis"] = "dipa-awal"
    r = sakip.reviu(data)
    uses = {(c["topic"], c["name"]): (c["source"], c["declared"]) for c in r.conventions()}
    assert uses[("basis pagu", "dipa-awal")] == ("declared", True)
    assert uses[("rounding", "half_up")] == ("declared", True)
    # Declared rasio (125,00), printed under indeks (1,25): named, against the declaration.
    assert uses[("efisiensi kinerja", "indeks")] == ("detected", False)
    assert "not under the declared rasio" in r["efisiensi_kinerja.T1.a.dana.efisiensi"].reason


def test_the_default_rounding_is_not_called_declared() -> None:
    r = sakip.reviu(report(indikator=[{"kode": "A", "nama": "a", "target": "1176",
                                       "realisasi": "1189", "capaian": "101,11"}]))
    [use] = [c for c in r.conventions() if c["topic"] == "rounding"]
    assert (use["name"], use["declared"], use["source"]) == ("half_up", False, "default")
    assert not r.laporan.rounding_declared


def test_a_missing_required_field_says_it_is_missing() -> None:
    found = problems(report(efisiensi_kinerja=[{"rerata": [{"label": "Rata-rata", "input": [
        {"nama": "dana", "capaian": "90"}]}]}]))
    assert found["efisiensi_kinerja[1].kode"] == (
        "efisiensi_kinerja[1].kode: missing (a required field: text)")
    assert "expected" not in found["efisiensi_kinerja[1].kode"]
    assert "efisiensi_kinerja[1].rumus" not in found  # a declaration is optional


def test_an_efficiency_table_with_neither_rows_nor_means_is_refused() -> None:
    found = problems(report(efisiensi_kinerja=[{"kode": "T1"}]))
    assert found["efisiensi_kinerja[1].baris"] == (
        "efisiensi_kinerja[1].baris: expected rows (baris), or the means (rerata) of a table "
        "that prints only its means: a table with neither checks nothing; received "
        "'(missing)'")


# ----------------------------------------------------------- silently accepted, refused

def test_negative_lke_points_are_refused() -> None:
    found = problems(report(evaluasi_akip={
        "nilai": "-1", "komponen": {"perencanaan": "-2"},
        "sub_komponen": {"1.a": "−0,5"}, "sebelumnya": {"2022": {"nilai": "-3"}}}))
    for field, text in (("evaluasi_akip.nilai", "'-1'"),
                        ("evaluasi_akip.komponen.perencanaan", "'-2'"),
                        ("evaluasi_akip.sub_komponen.1.a", "'−0,5'"),
                        ("evaluasi_akip.sebelumnya.2022.nilai", "'-3'")):
        assert found[field].endswith(f"expected a score >= 0; received {text}"), found


@pytest.mark.parametrize("year", [2023, 2024])
def test_an_earlier_evaluation_in_or_after_the_report_year_is_refused(year: int) -> None:
    found = problems(report(evaluasi_akip={"nilai": "70", "sebelumnya": {
        str(year): {"nilai": "60"}, "2022": {"nilai": "60"}}}))
    assert list(found) == [f"evaluasi_akip.sebelumnya.{year}"]
    assert "a year before the report's (laporan.tahun = 2023)" in found[
        f"evaluasi_akip.sebelumnya.{year}"]


def test_a_year_on_year_statement_about_the_report_year_is_refused() -> None:
    found = problems(report(evaluasi_akip={"nilai": "70", "perubahan": [
        {"kode": "p", "arah": "naik", "dari": "60", "tahun": 2023}]}))
    assert list(found) == ["evaluasi_akip.perubahan[1].tahun"]


@pytest.mark.parametrize(("klaim", "field"), [
    ({"kind": "sum", "nilai": "10 %", "terms": ["Rp 5", "Rp 5"]}, "klaim[1].nilai"),
    ({"kind": "sum", "nilai": "10", "terms": ["Rp 5", "5 %"]}, "klaim[1].terms[2]"),
    ({"kind": "equals", "nilai": "Rp 10", "reference": "10 %"}, "klaim[1].nilai"),
    ({"kind": "penyerapan", "nilai": "50 %", "pagu": "Rp 10", "realisasi": "5 %"},
     "klaim[1].realisasi"),
    ({"kind": "percent_change", "nilai": "10 %", "old": "Rp 10", "new": "11 %"},
     "klaim[1].new"),
    ({"kind": "capaian", "nilai": "Rp 100", "target": "10", "realisasi": "10"},
     "klaim[1].nilai"),
    ({"kind": "capaian", "nilai": "100", "target": "Rp 10", "realisasi": "10 %"},
     "klaim[1].realisasi"),
])
def test_rp_and_percent_mixed_in_one_klaim_are_refused(klaim: dict[str, Any],
                                                       field: str) -> None:
    found = problems(report(klaim=[{"kode": "k", **klaim}]))
    assert list(found) == [field], found


def test_a_percentage_of_rupiah_operands_is_not_mixing() -> None:
    r = sakip.reviu(report(klaim=[{"kode": "k", "kind": "penyerapan", "nilai": "50 %",
                                   "pagu": "Rp 10", "realisasi": "Rp 5"}]))
    assert r["klaim.k"].status == "match"


@pytest.mark.parametrize(("table", "field"), [
    ({"baris": []}, "efisiensi_kinerja[1].baris"),
    ({"baris": [{"label": "a", "capaian_output": "100", "input": []}]},
     "efisiensi_kinerja[1].baris[1].input"),
    ({"baris": [{"label": "a", "capaian_output": "100", "input": [
        {"nama": "dana", "capaian": "100"}]}],
      "rerata": [{"label": "r", "capaian_output": "100", "input": []}]},
     "efisiensi_kinerja[1].rerata[1].input"),
])
def test_empty_efficiency_tables_are_refused(table: dict[str, Any], field: str) -> None:
    found = problems(report(efisiensi_kinerja=[{"kode": "T1", **table}]))
    assert list(found) == [field]
    assert "at least one row" in found[field]


@pytest.mark.parametrize("rumus", ["rasio", "selisih"])
def test_kategori_beside_another_rumus_than_indeks_is_refused(rumus: str) -> None:
    found = problems(report(efisiensi_kinerja=[{
        "kode": "T1", "rumus": rumus, "kategori": "prkom-bpom-2021",
        "baris": [{"label": "a", "capaian_output": "100",
                   "input": [{"nama": "dana", "capaian": "100"}]}]}]))
    assert list(found) == ["efisiensi_kinerja[1].kategori"]
    assert f"belongs to rumus 'indeks' (rumus = {rumus!r})" in found[
        "efisiensi_kinerja[1].kategori"]


def test_kategori_without_a_rumus_compares_indeks_first() -> None:
    r = sakip.reviu(report(efisiensi_kinerja=[{
        "kode": "T1", "kategori": "prkom-bpom-2021",
        "baris": [{"label": "a", "capaian_output": "100", "input": [
            {"nama": "dana", "capaian": "99,21", "efisiensi": "1,008"}]}]}]))
    found = r["efisiensi_kinerja.T1.a.dana.efisiensi"]  # 100 / 99,21 = 1,00796…
    assert found.status == "match"
    assert found.convention is not None and found.convention.name == "indeks"


# --------------------------------------------------------------------- decimal marks

@pytest.mark.parametrize(("text", "field", "reads", "other"), [
    ("Rp 1.544", "anggaran.pagu.dipa_awal", "1.544", "1544"),   # rupiah, three decimals
    ("1.544", "anggaran.pagu.dipa_awal", "1.544", "1544"),      # a rupiah field
    ("13.129", "anggaran.pagu.penyerapan", "13.129", "13129"),  # a dot, three digits
])
def test_a_reading_that_hangs_on_the_mark_is_refused_under_en(
        text: str, field: str, reads: str, other: str) -> None:
    pagu = {"dipa_awal": "Rp 2,000", "realisasi": "Rp 1,000", "penyerapan": "50.00"}
    pagu[field.rsplit(".", 1)[1]] = text
    found = problems(report("en", anggaran={"pagu": pagu}))
    assert list(found) == [field]
    assert f"laporan.angka = 'en' (it reads as {reads})" in found[field]
    assert f"under angka = 'id' it reads as {other}" in found[field]


def test_the_other_mark_is_named_when_the_mark_cannot_read_a_number() -> None:
    found = problems(report("en", anggaran={"pagu": {"dipa_awal": "749.930.215"}}))
    message = found["anggaran.pagu.dipa_awal"]
    assert "as laporan.angka = 'en' says; under angka = 'id' it reads as 749930215" in message


def test_no_cents_mark_is_read_under_en() -> None:
    laporan = load(report("en", anggaran={"pagu": {"dipa_awal": "Rp 36,716,642,000,-"}}))
    assert laporan.anggaran is not None
    assert sakip.lkj.read_number(laporan.anggaran["pagu"]["dipa_awal"],
                                 angka="en") == Decimal("36716642000")


def test_a_section_and_a_field_declare_their_own_mark() -> None:
    r = sakip.reviu(report(
        "en",
        anggaran={"angka": "id", "pagu": {"dipa_awal": "Rp 1.544", "realisasi": "Rp 772",
                                          "penyerapan": "50,00"}},
        klaim=[{"kode": "k", "kind": "penyerapan", "angka": {"pagu": "id", "realisasi": "id"},
                "pagu": "Rp 1.544", "realisasi": "Rp 772", "nilai": "50.00%"}]))
    assert r["anggaran.pagu.penyerapan"].status == "match"  # 772 / 1544 = 50 %
    assert r["klaim.k"].status == "match"
    assert "recomputed" not in r["klaim.k"].reason


def test_a_field_override_takes_a_three_decimal_reading_as_declared() -> None:
    r = sakip.reviu(report("en", klaim=[{
        "kode": "k", "kind": "sum", "angka": {"nilai": "en", "terms": "en"},
        "nilai": "13.129", "terms": ["13.000", "0.129"]}]))
    assert r["klaim.k"].status == "match"


def test_campuran_refuses_a_number_without_unit_whose_reading_hangs_on_the_mark() -> None:
    found = problems(report("campuran", klaim=[{"kode": "k", "kind": "sum", "nilai": "1.544",
                                                "terms": ["Rp 1.000", "Rp 544"]}]))
    assert list(found) == ["klaim[1].nilai"]
    assert "'campuran'" in found["klaim[1].nilai"]
    assert "reads as 1544 under 'id', 1.544 under 'en'" in found["klaim[1].nilai"]


def test_campuran_reads_rupiah_as_id_and_percentages_as_en() -> None:
    r = sakip.reviu(report("campuran", klaim=[{
        "kode": "k", "kind": "penyerapan", "pagu": "Rp 1.544", "realisasi": "Rp 772",
        "nilai": "50.00%"}, {"kode": "s", "kind": "sum", "nilai": "Rp 1.544,-",
                            "terms": ["Rp 1.000", "Rp 544"]}]))
    assert [f.status for f in r] == ["match", "match"]


@pytest.mark.parametrize(("angka", "field", "message"), [
    ("fr", "klaim[1].angka", "expected one of id, en, campuran; received 'fr'"),
    ({"pagu": "xx"}, "klaim[1].angka.pagu", "expected one of id, en, campuran"),
    ({"kode": "id"}, "klaim[1].angka.kode", "the name of a printed field of this section"),
    (["id"], "klaim[1].angka", "a mark (\"id\") or a table of marks per field name"),
])
def test_a_bad_override_is_refused(angka: Any, field: str, message: str) -> None:
    found = problems(report(klaim=[{"kode": "k", "kind": "sum", "nilai": "1",
                                    "terms": ["1"], "angka": angka}]))
    assert list(found) == [field]
    assert message in found[field]


def test_a_table_cell_whose_reading_hangs_on_the_mark_is_not_read_silently() -> None:
    r = sakip.reviu(report("en", tabel=[{"kode": "T", "kolom": ["a", "b"], "baris": [
        {"label": "r", "nilai": ["13.129", "1,000"], "total": "14,129"}]}]))
    found = r["tabel.T.r.total"]
    assert found.status == "not-computable"
    assert "angka" in found.reason and "13129" in found.reason


def test_renstra_kumulatif_is_detected_when_undeclared() -> None:
    """The seed's IKK 1.3 sums (reference §1.7): Σ R / Σ T = 1343 / 1251 = 107,35 %; the
    latest against the final year, 643 / 651, would be 98,77 %."""
    indikator: dict[str, Any] = {"kode": "I", "nama": "n", "target": "651", "realisasi": "643",
                 "realisasi_sebelumnya": {"2022": "700"},
                 "renstra": {"target": {"2022": "600", "2023": "651"}, "capaian": "107,35"}}
    r = sakip.reviu(report(indikator=[indikator]))
    found = r["indikator.I.renstra"]
    assert found.status == "match-other-convention"
    assert "not under the default tahun-akhir" in found.reason
    [use] = [c for c in r.conventions() if c["topic"] == "capaian renstra"]
    assert (use["name"], use["source"]) == ("kumulatif", "detected")
    indikator["renstra"]["kumulatif"] = True
    declared = sakip.reviu(report(indikator=[indikator]))
    assert declared["indikator.I.renstra"].status == "match"
    assert [c["source"] for c in declared.conventions() if c["topic"] == "capaian renstra"] == [
        "declared"]


def test_kategori_aturan_is_detected_when_undeclared() -> None:
    """Penyerapan exactly 90,00 % (900 of 1000): Kepmendagri 690.900.327/1996 puts 90 in the
    band above it (Kurang Efisien) under the default reading, in the band below (Cukup
    Efisien) under the batas-atas reading (sakip.conventions, both readings registered)."""
    pagu = {"dipa_awal": "Rp 1.000", "realisasi": "Rp 900", "penyerapan": "90,00",
            "kategori": "Cukup Efisien"}
    r = sakip.reviu(report(anggaran={"pagu": pagu}))
    found = r["anggaran.pagu.kategori"]
    assert found.status == "match-other-convention", found.reason
    assert found.convention is not None
    assert found.convention.name == "kepmendagri-690-900-327-1996-batas-atas"
    assert "not under the default kepmendagri-690-900-327-1996 ('Kurang Efisien')" in (
        found.reason)
    pagu["kategori_aturan"] = "kepmendagri-690-900-327-1996-batas-atas"
    declared = sakip.reviu(report(anggaran={"pagu": pagu}))
    assert declared["anggaran.pagu.kategori"].status == "match"
    assert [c["source"] for c in declared.conventions()
            if c["topic"] == "kategori rasio efisiensi"] == ["declared"]


def test_a_campuran_report_json_validates() -> None:
    import json

    import jsonschema

    from sakip.reviu import REVIU_JSON_SCHEMA, dumps

    r = sakip.reviu(report("campuran", klaim=[{
        "kode": "k", "kind": "penyerapan", "pagu": "Rp 1.544", "realisasi": "Rp 772",
        "nilai": "50.00%"}]))
    document = json.loads(dumps(r))
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert document["laporan"]["angka"] == "campuran"
    assert document["findings"][0]["printed"] == "50.00%"
