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

#: The published reports' own mistakes, kept as printed (each file's header says why): the
#: figures of each file that do not reproduce under any convention, and what they should be.
KNOWN_MISTAKES = {
    "itjen-2019-rerata.toml": {"klaim[4].nilai": Decimal("98.70")},
    "nunukan-2023-iku.toml": {"klaim[2].nilai": Decimal("0.810")},
    "pa-kualakurun-2021-perkara.toml": {"klaim[3].nilai": Decimal("-3333.33")},
    "pta-kupang-2022-ikm.toml": {"klaim[4].nilai": Decimal("105.86")},
    "pt-sultra-2017-pengukuran.toml": {"indikator[7].capaian": Decimal("-46")},
    "puslatbang-kmp-lan-2021-eka.toml": {"klaim[1].nilai": Decimal("98.80")},
    "setdaprovsu-2021-rerata.toml": {"klaim[4].nilai": Decimal("77.1")},
    "tanah-datar-2015-persampahan.toml": {"indikator[2].capaian": Decimal("73.33"),
                                          "klaim[1].nilai": Decimal("73.33")},
    "tanah-datar-2016-apm.toml": {"indikator[1].realisasi": Decimal("92.24")},
}

#: Printed figures that follow a convention the file cannot declare (each file's header
#: says which): ``match-other-convention`` naming it, never a plain match or a mismatch.
NAMED_CONVENTIONS = {
    "itjen-2019-rerata.toml": {"klaim[5].nilai": ("nilai efisiensi", "tanpa batas 0-100")},
    "kemenkeu-2017-sem1-tkd.toml": {"klaim[4].nilai": ("perubahan", "percentage points"),
                                    "klaim[7].nilai": ("perubahan", "percentage points")},
    "pta-kupang-2022-ikm.toml": {"klaim[5].nilai": ("perubahan", "percentage points")},
    "tanah-datar-2016-apm.toml": {"klaim[1].nilai": ("perubahan", "percentage points")},
}

#: Printed figures the report computed from an input before rounding that input for print
#: (each file's header says which): ``match-other-rounding`` naming the input, never a plain
#: match or a mismatch.
BEFORE_ROUNDING = {
    "kejari-ternate-2023-smart.toml": {"klaim[1].nilai": "efisiensi"},
}


#: Printed figures rounded in another mode than the report's (each file's header says which):
#: ``match-other-rounding`` under that mode, never a plain match or a mismatch.
OTHER_MODE = {
    "spkt-polda-jateng-2018-ikm.toml": {"indikator[1].capaian": "down", "klaim[1].nilai": "down"},
}


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads((REPORTS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FILES)
def test_every_figure_matches(name: str) -> None:
    r = sakip.reviu(REPORTS / name)
    assert len(r) >= 2
    # One finding per printed figure, at its place in the file.
    assert [f.field for f in r] == sakip.lkj.figure_fields(_data(name))
    mistakes = KNOWN_MISTAKES.get(name, {})
    named = NAMED_CONVENTIONS.get(name, {})
    rounded = BEFORE_ROUNDING.get(name, {})
    modes = OTHER_MODE.get(name, {})
    assert all(f.status == "match" for f in r if f.field not in {
        **mistakes, **named, **rounded, **modes}), [(f.id, f.status, f.reason) for f in r]
    for f in r:
        if f.field in modes:
            assert f.status == "match-other-rounding", (f.id, f.status, f.reason)
            assert f.rounding is not None and f.rounding.mode == modes[f.field], f.rounding
    for f in r:
        if f.field in named:
            assert _other_convention(f, *named[f.field]), (f.id, f.status, f.reason)
        if f.field in rounded:
            assert f.status == "match-other-rounding", (f.id, f.status, f.reason)
            assert [(c.topic, c.name) for c in f.other_rounding] == [
                ("input before rounding", rounded[f.field])], f.other_rounding
    for f in r:
        if f.field in mistakes:  # the report's own mistake: a mismatch, and nothing else
            assert f.status == "mismatch" and "reproduces under" not in f.reason, f.reason
            assert isinstance(f.recomputed, Decimal)
            assert f.rounding is not None and f.rounding.apply(
                f.recomputed) == mistakes[f.field], (f.id, f.recomputed)
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
    mistakes = KNOWN_MISTAKES.get(name, {})
    assert all(f.ok for f in r if f.field not in mistakes), [
        (f.id, f.status, f.reason) for f in r if not f.ok]
    assert [f.field for f in r if not f.ok] == list(mistakes)
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


def test_setdaprovsu_2021_program_is_the_plain_mean() -> None:
    """Setda Provinsi Sumatera Utara, LKj 2021, Tabel 19 (p. 41): the program's 88.6 % is
    the unweighted mean of its four sub kegiatan's printed percentages; weighted by their
    pagu (the column beside them) the mean is 89,7 %, so a writer who declares that
    weighting gets the plain mean named as the report's convention, not a mismatch."""
    r = sakip.reviu(REPORTS / "setdaprovsu-2021-rerata.toml")
    f = r["klaim.Program Pemerintahan dan Otonomi Daerah"]
    assert (f.status, f.printed, f.recomputed) == ("match", "88.6", Decimal("88.6"))
    [entry] = [c for c in r.conventions() if c["topic"] == "rerata"]
    assert (entry["name"], entry["source"]) == ("tidak tertimbang", "detected")
    data = _data("setdaprovsu-2021-rerata.toml")
    mean = data["klaim"][4]
    mean["bobot"] = [k["pagu"] for k in data["klaim"][:4]]
    mean["bobot_kolom"] = "pagu"
    mean["angka"] = {"nilai": "en", "terms": "en", "bobot": "id"}
    g = sakip.reviu(data)["klaim.Program Pemerintahan dan Otonomi Daerah"]
    assert _other_convention(g, "rerata", "tidak tertimbang"), g.reason
    assert "not under the declared tertimbang pagu (89,7)" in g.reason


def test_pt_sultra_2017_penurunan_keeps_its_sign() -> None:
    """PT Sulawesi Tenggara, LKjIP 2017, Tabel 4: a "penurunan" indicator's capaian is
    R / T × 100 with R's sign kept (12,5 % of 25 % → 50 %); the printed −450 % of the
    pidana row (R −11,5 %, T 25 %) is the report's own mistake, recomputed −46 %."""
    r = sakip.reviu(REPORTS / "pt-sultra-2017-pengukuran.toml")
    assert r["indikator.1.c.2.capaian"].status == "match"
    wrong = r["indikator.1.c.1.capaian"]
    assert (wrong.status, wrong.printed, wrong.recomputed) == (
        "mismatch", "-450%", Decimal("-46.0"))
    assert [f.id for f in r if not f.ok] == ["indikator.1.c.1.capaian"]


def test_pa_kualakurun_2021_capaian_from_the_printed_realisasi() -> None:
    """PA Kuala Kurun, LKjIP 2021, Tabel 3.4 (p. 30): 62 of 63 perkara is 98,41 %, printed
    98 %; the capaian 103 % is 98 / 95 of the printed realisasi (98,41 / 95 would print 104 %):
    a plain match, the realisasi recomputed from pembilang and penyebut; the penurunan of
    sisa perkara from 2 to 1 is the 50 % the table prints (percent_change, "down")."""
    r = sakip.reviu(REPORTS / "pa-kualakurun-2021-perkara.toml")
    capaian = r["indikator.tepat waktu.capaian"]
    assert (capaian.status, capaian.recomputed) == ("match", sakip.capaian(
        target=95, realisasi=98).value)
    assert sakip.capaian(target=95, realisasi=Decimal(62) / 63 * 100).printed(0) == "104"
    assert r["indikator.tepat waktu.realisasi"].status == "match"
    assert r["klaim.penurunan sisa perkara 2021"].status == "match"
    assert r["indikator.penurunan sisa perkara.capaian"].printed == "1667%"  # (50 : 3) x 100%
    assert sakip.capaian(target=3, realisasi=50).rounded(0) == 1667


def test_pta_kupang_2022_decrease_in_percentage_points() -> None:
    """PTA Kupang, LKjIP 2022, p. 49: "penurunan ... sebesar 3,13%" between the capaian
    105.56 (2021) and 102,43 (2022) is their difference in percentage points, not the
    relative change (2,97 %): match-other-convention naming percentage points."""
    r = sakip.reviu(REPORTS / "pta-kupang-2022-ikm.toml")
    f = r["klaim.penurunan capaian 2021-2022"]
    assert _other_convention(f, "perubahan", "percentage points"), f.reason
    assert "(2.97)" in f.reason  # the relative change, under the file's English marks
    assert f.recomputed == Decimal("3.13")
    relative = sakip.percent_change(old="105.56", new="102.43")
    assert relative.printed(2) == "-2,97"


def test_kejari_ternate_2023_ne_before_rounding() -> None:
    """Kejari Ternate, SMART TW III 2023 (as quoted by indotimur.com, 6 January 2024): NE
    76,84 is 50 + E / 20 x 50 of an E inside the interval the printed 10,74 rounds from (the
    printed E itself gives 76,85); the printed EKA 90,49 follows from the printed NE 76,84."""
    r = sakip.reviu(REPORTS / "kejari-ternate-2023-smart.toml")
    ne = r["klaim.nilai efisiensi"]
    assert ne.status == "match-other-rounding" and "[10,735, 10,745]" in ne.reason
    assert sakip.nilai_efisiensi("10.74").value == Decimal("76.85")
    assert sakip.nilai_efisiensi("10.736").printed(2) == "76,84"
    eka = r["eka.nilai"]
    assert (eka.status, eka.recomputed) == ("match", sakip.eka(
        capaian_ro="100", penyerapan="91.46", konsistensi="88.72",
        nilai_efisiensi="76.84").value)
    assert sakip.eka(capaian_ro="100", penyerapan="91.46", konsistensi="88.72",
                     nilai_efisiensi="76.85").printed(2) == "90,50"


def test_kemenkeu_2017_sem1_changes() -> None:
    """Kemenkeu, Laporan Semester I APBN 2017, 5.2: the nominal rise is the difference of the
    two realisasi; "lebih tinggi 2,1 persen" is 51,1 − 49,0 in percentage points (4,29 % as a
    relative change), named, never a mismatch."""
    r = sakip.reviu(REPORTS / "kemenkeu-2017-sem1-tkd.toml")
    assert r["klaim.kenaikan realisasi TKD"].recomputed == Decimal("3174.7")
    f = r["klaim.kenaikan persentase TKD"]
    assert _other_convention(f, "perubahan", "percentage points"), f.reason
    assert sakip.percent_change(old="49.0", new="51.1").printed(2) == "4,29"


def test_bpkp_2021_penyerapan_in_parentheses() -> None:
    """BPKP, Laporan Kinerja 2021, p. 123: "realisasi anggaran sebesar Rp1.405.183.265.160,00
    dari anggaran sebesar Rp1.455.199.373.000,00 (96,56%)": the penyerapan printed in
    parentheses beside the amounts reads as the percentage (96,5629… %, half-up) and is the
    input dana of Tabel 3.23's sixth row; the same figure two hundredths off is a mismatch
    (one hundredth up, 96,57, is the figure rounded up: match-other-rounding)."""
    r = sakip.reviu(REPORTS / "bpkp-2021-kurung.toml")
    f = r["klaim.realisasi anggaran 2021"]
    assert (f.status, f.printed) == ("match", "(96,56%)")
    assert isinstance(f.recomputed, Decimal)
    assert sakip.Rounding(places=2).apply(f.recomputed) == Decimal("96.56")
    assert r["klaim.input dana sasaran 6"].status == "match"
    data = _data("bpkp-2021-kurung.toml")
    data["klaim"][0]["nilai"] = "(96,58%)"
    g = sakip.reviu(data)["klaim.realisasi anggaran 2021"]
    assert g.status == "mismatch" and "reproduces under" not in g.reason


def test_tanah_datar_2016_capaian_from_the_printed_realisasi() -> None:
    """Kab. Tanah Datar, LKjIP 2016, pp. 49-50: APM SD/MI 36.743 / 39.834 x 100 is 92,24, the
    report prints 92,22 (its own mistake: one mismatch, at the realisasi); the capaian 101,46
    follows from the printed 92,22 against the target 90,89 and is a match (from 92,24 it would
    be 101,49); "peningkatan capaian kinerja sebesar 8,54" is 101,46 - 92,92 in percentage
    points (9,19 % as a relative change)."""
    r = sakip.reviu(REPORTS / "tanah-datar-2016-apm.toml")
    assert [f.id for f in r if not f.ok] == ["indikator.2.1.1.a.realisasi"]
    wrong = r["indikator.2.1.1.a.realisasi"]
    assert isinstance(wrong.recomputed, Decimal) and wrong.printed == "92,22"
    assert sakip.Rounding(places=2).apply(wrong.recomputed) == Decimal("92.24")
    assert r["indikator.2.1.1.a.capaian"].status == "match"
    assert sakip.capaian(target="90.89", realisasi=Decimal(36743) / 39834 * 100).printed(
        2) == "101,49"
    f = r["klaim.peningkatan capaian APM SD/MI"]
    assert _other_convention(f, "perubahan", "percentage points"), f.reason
    assert sakip.percent_change(old="92.92", new="101.46").printed(2) == "9,19"


def test_spkt_polda_jateng_2018_capaian_truncated() -> None:
    """SPKT Polda Jawa Tengah, 2018 (posted 13 February 2019): 90,83 % of the target 65 % is
    139,738… %, printed 139,73: truncated, not half-up (139,74).  With no rounding declared the
    reviu names truncation as the detected rounding; declared half-up, the figure is
    match-other-rounding, never a mismatch."""
    r = sakip.reviu(REPORTS / "spkt-polda-jateng-2018-ikm.toml")
    f = r["indikator.IKM.capaian"]
    assert f.status == "match-other-rounding" and f.rounding == sakip.Rounding(
        places=2, mode="down")
    assert sakip.capaian(target="65", realisasi="90.83").printed(2) == "139,74"
    [entry] = [c for c in r.conventions() if c["topic"] == "rounding"]
    assert (entry["name"], entry["source"]) == ("down", "detected")
    data = _data("spkt-polda-jateng-2018-ikm.toml")
    data["indikator"][0]["capaian"] = "139,72 %"
    g = sakip.reviu(data)["indikator.IKM.capaian"]
    assert g.status == "mismatch" and "reproduces under" not in g.reason
