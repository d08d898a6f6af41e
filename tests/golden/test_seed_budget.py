"""Golden: budget figures of the seed report (LKj 2023, BGP Provinsi Kalimantan Selatan).

Sources in the seed: the "Realisasi Anggaran" table per jenis belanja (Bab III,
realisasi anggaran), the "Realisasi Anggaran Per Output" graphic (pagu and
realisasi per RO), and the efficiency table (Bab III, efisiensi: RA %, CO %,
E, NE and kategori per RO).  Figures are compared as printed strings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import sakip

# kode, nama, pagu, realisasi (from "Realisasi Anggaran Per Output"), CO printed in the
# efficiency table.
OUTPUTS = [
    ("5634.QDC.011", "Guru dan tenaga kependidikan yang mendapat pendampingan pembelajaran",
     "7.879.297.000", "7.820.930.861", "119,86"),
    ("5634.SCI.010", "Guru yang mengikuti Program Pendidikan Kepemimpinan Sekolah Model Baru",
     "20.844.639.000", "20.842.508.719", "119,87"),
    ("5634.SCI.011", "Guru dan Tenaga Kependidikan yang mengikuti Inovasi Pembelajaran",
     "623.798.000", "623.733.113", "120,00"),
    ("5635.EBA.962", "Layanan Umum", "105.768.000", "104.133.250", "100,00"),
    ("5635.EBA.994", "Layanan Perkantoran", "6.668.794.000", "6.603.443.269", "100,00"),
    ("5635.EBB.951", "Layanan Sarana Internal", "394.545.000", "392.700.000", "100,00"),
    ("5635.EBB.971", "Layanan Prasarana Internal", "199.801.000", "199.473.066", "100,00"),
]


def _ro(kode: str) -> sakip.RincianOutput:
    for code, nama, pagu, realisasi, co in OUTPUTS:
        if code == kode:
            return sakip.RincianOutput(kode=code, nama=nama, pagu=sakip.parse_id(pagu),
                                       realisasi=sakip.parse_id(realisasi),
                                       capaian=sakip.parse_id(co))
    raise KeyError(kode)


ALL = [_ro(row[0]) for row in OUTPUTS]


@pytest.mark.parametrize(
    ("label", "pagu", "realisasi", "printed"),
    [
        ("TOTAL", "36.716.642.000", "36.586.922.278", "99,65"),
        ("51 BELANJA PEGAWAI", "3.382.359.000", "3.317.233.590", "98,07"),
        ("52 BELANJA BARANG", "32.739.937.000", "32.677.515.622", "99,81"),
        ("53 BELANJA MODAL", "594.346.000", "592.173.066", "99,63"),
    ],
)
def test_penyerapan_per_jenis_belanja(label: str, pagu: str, realisasi: str, printed: str) -> None:
    """Tabel realisasi anggaran per jenis belanja: each row's % reproduces half-up."""
    result = sakip.penyerapan(pagu=sakip.parse_id(pagu), realisasi=sakip.parse_id(realisasi))
    assert result.printed(2) == printed, label


def test_jenis_belanja_rows_sum_to_total() -> None:
    """The three jenis belanja rows add up to the printed TOTAL row (pagu and realisasi)."""
    pagu = sum(map(sakip.parse_id, ["3.382.359.000", "32.739.937.000", "594.346.000"]))
    real = sum(map(sakip.parse_id, ["3.317.233.590", "32.677.515.622", "592.173.066"]))
    assert (pagu, real) == (Decimal(36716642000), Decimal(36586922278))


def test_outputs_sum_to_total() -> None:
    """The seven ROs' pagu and realisasi add up to the report's totals."""
    total = sakip.Penyerapan.from_outputs(ALL)
    assert total.pagu == Decimal(36716642000)
    assert total.realisasi == Decimal(36586922278)
    assert total.printed(2) == "99,65"


def test_kegiatan_totals() -> None:
    """Alokasi anggaran per kegiatan: 5634 Rp 29.347.734.000, 5635 Rp 7.368.908.000."""
    groups = {k: sakip.Penyerapan.from_outputs(v) for k, v in sakip.group(ALL).items()}
    assert sakip.format_rupiah(groups["5634"].pagu) == "Rp 29.347.734.000"
    assert sakip.format_rupiah(groups["5635"].pagu) == "Rp 7.368.908.000"
    # "Realisasi Anggaran Per Output" table, SK 2 row: 7.368.908.000 / 7.299.749.585.
    assert sakip.format_id(groups["5635"].realisasi) == "7.299.749.585"


@pytest.mark.parametrize(
    ("kode", "printed"),
    [("5634.QDC.011", "99,26"), ("5634.SCI.010", "99,99"), ("5634.SCI.011", "99,99"),
     ("5635.EBA.962", "98,45"), ("5635.EBA.994", "99,02"), ("5635.EBB.951", "99,53"),
     ("5635.EBB.971", "99,84")],
)
def test_penyerapan_per_output(kode: str, printed: str) -> None:
    """Efficiency table, column "Realisasi Anggaran (%)": each RO reproduces half-up."""
    assert _ro(kode).penyerapan().printed(2) == printed


_E_MISMATCH = {
    "5634.QDC.011": "printed E 20,75 but CO 119,86 − RA 99,26 = 20,60: the report's CO or RA "
                    "for this RO disagree with the E it prints",
    "5635.EBA.962": "printed E 1,57 / NE 53,92 imply RA 98,43 % (the per-output graphic prints "
                    "98.43 %), but the table's RA is 98,45 % (104.133.250 / 105.768.000)",
    "5635.EBA.994": "printed E 0,99 / NE 52,47 imply RA ≈ 99,01 %, but 6.603.443.269 / "
                    "6.668.794.000 = 99,02 % gives E 0,98",
}


# QDC.011's NE reproduces despite its E: 101,50 is clipped to the printed 100,00.
_NE_MISMATCH = {k: v for k, v in _E_MISMATCH.items() if k != "5634.QDC.011"}


def _case(kode: str, printed: str, mismatches: dict[str, str] = _E_MISMATCH) -> object:
    if kode in mismatches:
        return pytest.param(kode, printed, marks=pytest.mark.xfail(
            strict=True, reason=mismatches[kode]))
    return (kode, printed)


@pytest.mark.parametrize(
    ("kode", "printed"),
    [_case(k, p) for k, p in [
        ("5634.QDC.011", "20,75"), ("5634.SCI.010", "19,88"), ("5634.SCI.011", "20,01"),
        ("5635.EBA.962", "1,57"), ("5635.EBA.994", "0,99"), ("5635.EBB.951", "0,47"),
        ("5635.EBB.971", "0,16")]],
)
def test_efisiensi_per_output(kode: str, printed: str) -> None:
    """Efficiency table, column E: per-pagu E (CO − RA/P) reproduces as printed, half-up."""
    assert sakip.efisiensi([_ro(kode)], rumus="per-pagu").printed(2) == printed


@pytest.mark.parametrize(
    ("kode", "printed"),
    [_case(k, p, _NE_MISMATCH) for k, p in [
        ("5634.QDC.011", "100,00"), ("5634.SCI.010", "99,70"), ("5634.SCI.011", "100,00"),
        ("5635.EBA.962", "53,92"), ("5635.EBA.994", "52,47"), ("5635.EBB.951", "51,17"),
        ("5635.EBB.971", "50,41")]],
)
def test_nilai_efisiensi_per_output(kode: str, printed: str) -> None:
    """Efficiency table, column NE: NE of the unrounded per-pagu E, clipped, half-up."""
    e = sakip.efisiensi([_ro(kode)], rumus="per-pagu")
    assert e.nilai.printed(2) == printed


@pytest.mark.parametrize(
    ("kode", "kategori"),
    [("5634.QDC.011", "Sangat Efisien"), ("5634.SCI.010", "Sangat Efisien"),
     ("5634.SCI.011", "Sangat Efisien"), ("5635.EBA.962", "Kurang Efisien"),
     ("5635.EBA.994", "Kurang Efisien"), ("5635.EBB.951", "Kurang Efisien"),
     ("5635.EBB.971", "Kurang Efisien")],
)
def test_kategori_per_output(kode: str, kategori: str) -> None:
    """Efficiency table, column Kategori: the default band table agrees with every label."""
    assert sakip.efisiensi([_ro(kode)], rumus="per-pagu").kategori == kategori


def test_total_ne_from_printed_e() -> None:
    """Total row and Ringkasan Eksekutif: E 16,29 gives NE 90,73, "Sangat Efisien"."""
    ne = sakip.nilai_efisiensi(sakip.parse_id("16,29"))
    assert ne.printed(2) == "90,73"
    assert ne.kategori == "Sangat Efisien"


@pytest.mark.xfail(strict=True, reason="the total row prints E 16,29, but Σ(P×CO − RA) / ΣP over "
                   "the seven ROs' own pagu, realisasi and CO is 16,24 (pmk-214-2017: 14,01); "
                   "the per-RO inputs behind the total are not those printed")
def test_total_e_from_outputs() -> None:
    """Total row, column E: the per-pagu E over all seven ROs."""
    assert sakip.efisiensi(ALL, rumus="per-pagu").printed(2) == "16,29"


def test_per_pagu_and_214_differ_on_sci_010() -> None:
    """regulations.md §4: 5634.SCI.010 gives 19,88 per pagu but 16,58 by PMK 214/2017."""
    assert sakip.efisiensi([_ro("5634.SCI.010")], rumus="per-pagu").printed(2) == "19,88"
    assert sakip.efisiensi([_ro("5634.SCI.010")], rumus="pmk-214-2017").printed(2) == "16,58"
