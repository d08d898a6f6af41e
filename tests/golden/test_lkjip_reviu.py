"""Golden: an LKjIP's evaluasi hasil Renja table reviewed through a report file.

Sources (printed figures, never values produced by sakip):

* reference §12, worked example (a regency's planning agency, 2025, row
  "Penyusunan Dokumen Perencanaan Perangkat Daerah"): kolom 13 = 4 K /
  Rp 49.021.000, kolom 14 = 7 K / Rp 122.869.000, kolom 15 = 233,33 (K) and
  144,38 (Rp), half-up;
* Kabupaten Polewali Mandar, SIM Kinerja 2022, Sub Bidang Penyusunan Anggaran
  (/work/briefs/lkjip-sources.md §2): Jumlah 3 → 150.00, 5 → 166.67, 93 / 95,56
  → 97.32, Rp 1,000,972,958 / 1,004,422,800 → 99.66, 805,369,584 / 808,430,200 →
  99.62, 195,603,374 / 195,992,600 → 99.80; the sub-kegiatan alokasi add up to
  the kegiatan's.
"""

from __future__ import annotations

import tomllib
from typing import Any

import sakip

#: The reference §12 row as a report file prints it.
SECTION_12: dict[str, Any] = {
    "schema": "sakip/lkj-1",
    "laporan": {"instansi": "Bappeda (reference §12)", "tahun": 2025, "jenis": "lkjip",
                "pemda": "Kabupaten Contoh", "perangkat_daerah": "Bappeda"},
    "evaluasi_renja": [{"kode": "T", "baris": [{
        "kode": "1", "tingkat": "sub-kegiatan", "satuan": "Dok", "agregasi": "flow",
        "k": {"target_renstra": "3", "realisasi_renstra_lalu": "3", "target": "4",
              "tw1": "2", "tw2": "0,8", "tw3": "1,2", "tw4": "0",
              "realisasi": "4", "realisasi_renstra": "7", "capaian_renstra": "233,33"},
        "rp": {"target_renstra": "85.102.670", "realisasi_renstra_lalu": "73.848.000",
               "target": "73.945.400", "tw1": "8.416.000", "tw2": "12.490.000",
               "tw3": "2.688.000", "tw4": "25.427.000", "realisasi": "49.021.000",
               "realisasi_renstra": "122.869.000", "capaian_renstra": "144,38"},
    }]}],
}


def test_section_12_reproduces_through_a_report_file() -> None:
    """Reference §12: col 13, 14, 15 for K and Rp, printed 233,33 and 144,38 (half-up)."""
    r = sakip.reviu(SECTION_12)
    assert [f.status for f in r] == ["match"] * 6, [(f.id, f.reason) for f in r]
    by_id = {f.id.removeprefix("evaluasi_renja.T.1."): f for f in r}
    assert by_id["k.capaian_renstra"].printed == "233,33"
    assert str(by_id["k.capaian_renstra"].recomputed).startswith("233.3333333333")
    assert by_id["rp.realisasi"].recomputed == 49021000
    assert by_id["rp.realisasi_renstra"].recomputed == 122869000
    rounding = by_id["rp.capaian_renstra"].rounding
    assert rounding is not None and rounding.mode == "half_up"
    assert [f.field for f in r] == sakip.lkj.figure_fields(SECTION_12)
    laporan = sakip.lkj.load(SECTION_12)
    assert (laporan.jenis, laporan.pemda, laporan.perangkat_daerah) == (
        "lkjip", "Kabupaten Contoh", "Bappeda")


def test_bundled_lkjip_example_reproduces() -> None:
    """The bundled LKjIP (§12 and Polewali Mandar 2022): every printed figure matches."""
    path = sakip.examples.path("lkjip-renja")
    r = sakip.reviu(path)
    assert r.ok and all(f.status == "match" for f in r), [(f.id, f.reason) for f in r]
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [f.field for f in r] == sakip.lkj.figure_fields(data)
    printed = {f.id.split(".", 2)[2]: f.printed for f in r
               if f.id.startswith("evaluasi_renja.Pengukuran")}
    assert printed["kegiatan.rp.capaian"] == "99.66"  # the page's English marks (angka "en")
    assert printed["persentase-pd.k.capaian"] == "97.32"
    assert printed["rekap.anggaran"] == "99.66"
    for f in r:
        assert f.explanation is not None and f.explanation.value == f.recomputed, f.id
