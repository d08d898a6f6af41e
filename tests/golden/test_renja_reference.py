"""Golden: the Renja evaluation worked example of the domain reference, as printed.

Source: ``shared/reference/regulations.md`` §12 (a regency's planning agency,
2025, row "Penyusunan Dokumen Perencanaan Perangkat Daerah", unit Dok; the form
of Permendagri 86/2017): target Renstra 3 K / Rp 85.102.670; realisasi Renstra
to 2024 3 K / Rp 73.848.000; target Renja 2025 4 K / Rp 73.945.400; TW I–IV K 2;
0,8; 1,2; 0 and Rp 8.416.000; 12.490.000; 2.688.000; 25.427.000 → col 13 4 K /
Rp 49.021.000; col 14 7 K / Rp 122.869.000; col 15 233,33 (K) and 144,38 (Rp),
half-up.
"""

from __future__ import annotations

import pytest

import sakip

#: (figure, target Renstra, realisasi Renstra to n−1, target Renja, TW I–IV,
#:  printed col 13, col 14, col 15) as reference §12 prints them.
ROWS = [
    ("K", "3", "3", "4", ["2", "0.8", "1.2", "0"], "4", "7", "233,33"),
    ("Rp", "85102670", "73848000", "73945400", ["8416000", "12490000", "2688000", "25427000"],
     "49.021.000", "122.869.000", "144,38"),
]


@pytest.mark.parametrize(("figure", "t6", "r7", "t8", "tw", "col13", "col14", "col15"), ROWS,
                         ids=[row[0] for row in ROWS])
def test_reference_12_columns_13_14_15(figure: str, t6: str, r7: str, t8: str, tw: list[str],
                                       col13: str, col14: str, col15: str) -> None:
    """Reference §12: col 13, 14 and 15 reproduce as printed (col 15 half-up)."""
    e = sakip.evaluasi_renja(target_renstra=t6, realisasi_renstra_lalu=r7, target=t8,
                             realisasi_triwulan=tw)
    assert e.realisasi.printed(0) == col13
    assert e.realisasi_renstra.printed(0) == col14
    assert e.capaian_renstra.printed(2, "half_up") == col15
    assert e.capaian_renstra.explain().printed == col15


def test_reference_12_k_from_cumulative_fractions() -> None:
    """Reference §12: the K quarters stored as fractions 0,5 / 0,7 / 1,0 / 1,0 of the target 4
    give the same increments 2; 0,8; 1,2; 0 and the same 233,33."""
    fractions = ["0.5", "0.7", "1.0", "1.0"]
    assert [str(x) for x in sakip.triwulan_dari_fraksi(target=4, fraksi_triwulan=fractions)] == [
        "2.0", "0.8", "1.2", "0.0"]
    e = sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                             fraksi_triwulan=fractions)
    assert e.capaian_renstra.printed() == "233,33"


def test_reference_12_rows_label_sangat_tinggi_above_100() -> None:
    """Reference §12: "reports label 120 % with the top band": 233,33 and 144,38 read Sangat
    Tinggi under the default above-100 policy, and are refused under "tolak"."""
    assert sakip.tingkat_capaian(nilai="233.33").label == "Sangat Tinggi"
    assert sakip.tingkat_capaian(nilai="144.38", label="baik-kurang").label == "Sangat Baik"
    with pytest.raises(sakip.InvalidValueError):
        sakip.tingkat_capaian(nilai="144.38", di_atas_100="tolak")
