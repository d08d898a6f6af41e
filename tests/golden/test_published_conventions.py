"""Golden: efficiency conventions, budget bases and composites as published (domain reference §9).

Every figure below is quoted in ``shared/reference/regulations.md`` section 9
("Efficiency conventions in published LKj") from the report named in each
test, and compared as the printed string with the rounding that reproduces it.
"""

from __future__ import annotations

import pytest

import sakip

# BPKP, Laporan Kinerja 2021, Tabel 3.23 (efisiensi per sasaran strategis):
# sasaran, input dana %, input SDM %, capaian output %, E dana, E SDM (printed, half-up).
BPKP_2021_TABEL_3_23 = [
    ("SS 2", "98,30", "95,16", "106,93", "108,78", "112,37"),
    ("SS 3", "98,50", "94,34", "103,17", "104,74", "109,36"),
    ("SS 4", "96,23", "96,07", "103,84", "107,91", "108,09"),
]


@pytest.mark.parametrize(("sasaran", "dana", "sdm", "output", "e_dana", "e_sdm"),
                         BPKP_2021_TABEL_3_23)
def test_bpkp_2021_rasio(sasaran: str, dana: str, sdm: str, output: str, e_dana: str,
                         e_sdm: str) -> None:
    """rasio: E = capaian output ÷ capaian input × 100, one column per input (no cap)."""
    co = sakip.parse_id(output)
    for ci, printed, name in ((dana, e_dana, "dana"), (sdm, e_sdm, "SDM")):
        e = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=sakip.parse_id(ci),
                                    rumus="rasio", input=name, label=sasaran)
        assert e.printed(2, "half_up") == printed, (sasaran, name)
        assert e.explain().value == e.value


def test_prkom_2021_indeks() -> None:
    """indeks, PRKOM Badan POM LKj 2021 Tabel 28, second row.

    Kinerja 100 % of target 100 % → 100,00 %; anggaran 41.818.800 of 42.150.000 →
    99,21 %; IE 1,008; TE 0,008; "Efisien" (IE to 3 decimals, half-up).
    """
    kinerja = sakip.capaian(target=100, realisasi=100)
    anggaran = sakip.penyerapan(pagu=sakip.parse_id("42.150.000"),
                                realisasi=sakip.parse_id("41.818.800"))
    assert kinerja.printed(2) == "100,00"
    assert anggaran.printed(2) == "99,21"
    ie = sakip.efisiensi_kinerja(capaian_output=kinerja.value, capaian_input=anggaran.value,
                                 rumus="indeks")
    assert ie.printed(3) == "1,008"
    assert ie.tingkat.printed(3) == "0,008"
    assert ie.kategori == "Efisien"
    assert sakip.kategori_indeks_efisiensi(ie.value,
                                           kategori="bbpom-yogyakarta-2020") == "Efisien"
    # The printed (rounded) percentages give the same printed IE.
    from_printed = sakip.efisiensi_kinerja(capaian_output="100", capaian_input="99.21",
                                           rumus="indeks")
    assert from_printed.printed(3) == "1,008"


def test_seed_selisih_equals_per_pagu() -> None:
    """selisih per output is the per-pagu E: seed 5634.SCI.010 (RA 99,99 %, CO 119,87 %) → 19,88.

    Source: LKj 2023 BGP Provinsi Kalimantan Selatan, tabel efisiensi; reference §4 and §9.
    """
    pagu, realisasi = sakip.parse_id("20.844.639.000"), sakip.parse_id("20.842.508.719")
    serapan = sakip.penyerapan(pagu=pagu, realisasi=realisasi)
    assert serapan.printed(2) == "99,99"
    e = sakip.efisiensi_kinerja(capaian_output="119.87", capaian_input=serapan.value,
                                rumus="selisih")
    assert e.printed(2) == "19,88"


def test_badan_pom_2021_pagu_setelah_penghematan() -> None:
    """A Badan POM centre's TW II 2021 report: DIPA awal, penghematan, anggaran setelah penghematan.

    DIPA awal Rp 105.370.538.000 (= pegawai 24.126.484.000 + modal 48.022.572.000 + barang
    33.221.482.000), penghematan of belanja pegawai Rp 1.544.000.000, anggaran setelah
    penghematan Rp 103.826.538.000.
    """
    parts = ["24.126.484.000", "48.022.572.000", "33.221.482.000"]
    dipa = sum((sakip.parse_id(p) for p in parts), start=sakip.parse_id("0"))
    assert sakip.format_rupiah(dipa) == "Rp 105.370.538.000"
    h = sakip.RiwayatPagu(dipa_awal=dipa, penghematan=sakip.parse_id("1.544.000.000"))
    assert sakip.format_rupiah(h.pagu("revisi")) == "Rp 103.826.538.000"
    assert h.pagu("dipa-awal") == dipa


def test_pmk_2_2021_bands_lower_bounds_exclusive() -> None:
    """PMK 2/PMK.02/2021: > 90 Sangat Baik; > 80–90 Baik; > 60–80 Cukup; > 50–60 Kurang; ≤ 50."""
    cases = {"100": "Sangat Baik", "90.01": "Sangat Baik", "90": "Baik", "80.01": "Baik",
             "80": "Cukup", "60.01": "Cukup", "60": "Kurang", "50.01": "Kurang",
             "50": "Sangat Kurang", "0": "Sangat Kurang"}
    for nilai, label in cases.items():
        assert sakip.kategori_nilai_kinerja_anggaran(nilai) == label, nilai


def test_kepmendagri_bands_as_quoted() -> None:
    """Kepmendagri 690.900.327/1996 as quoted: "100 ke atas tidak efisien, 90–100 kurang
    efisien, 80–90 cukup efisien, 60–80 efisien, dan di bawah 60 sangat efisien"."""
    inside = {"120": "Tidak Efisien", "95": "Kurang Efisien", "85": "Cukup Efisien",
              "70": "Efisien", "59.99": "Sangat Efisien"}
    for name in ("kepmendagri-690-900-327-1996", "kepmendagri-690-900-327-1996-batas-atas"):
        for rasio, label in inside.items():
            assert sakip.kategori_rasio_efisiensi(rasio, kategori=name) == label
    # The edges: the two documented readings differ exactly at the bounds.
    edges = {"100": ("Tidak Efisien", "Kurang Efisien"), "90": ("Kurang Efisien", "Cukup Efisien"),
             "80": ("Cukup Efisien", "Efisien"), "60": ("Efisien", "Sangat Efisien")}
    for rasio, (lower, upper) in edges.items():
        assert sakip.kategori_rasio_efisiensi(rasio) == lower
        assert sakip.kategori_rasio_efisiensi(
            rasio, kategori="kepmendagri-690-900-327-1996-batas-atas") == upper


def test_pkpa_and_pmk_2_2021_side_by_side() -> None:
    """The seed's PKPA (97,29 and 91,95 → 95,15) and PMK 2/2021 weight the same 60/40 split
    over differently named components; both are rule sets."""
    assert sakip.nka(eka="97.29", ikpa="91.95").printed(2) == "95,15"
    n = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran="97.29",
                                     indikator_kinerja_anggaran="91.95")
    assert n.printed(2) == "95,15" and n.kategori == "Sangat Baik"
