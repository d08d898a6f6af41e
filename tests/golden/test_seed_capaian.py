"""Golden: capaian and predikat figures of the seed report, compared as printed strings.

Source: Laporan Kinerja 2023, BGP Provinsi Kalimantan Selatan (the seed,
``shared/seeds/000_46cdd3d7791d58bb.txt``).  The report truncates its
percentages to two decimals (``mode="down"``).
"""

from __future__ import annotations

import pytest

import sakip

# (case, target, realisasi, printed capaian, rounding mode, places, where in the seed)
TABEL_3_1 = [
    ("IKK 1.1", "1176", "1189", "101,10", "down", 2, "Tabel 3.1, row IKK 1.1"),
    ("IKK 1.2", "5356", "5383", "100,50", "down", 2, "Tabel 3.1, row IKK 1.2"),
    ("IKK 1.3", "447", "748", "167,33", "down", 2,
     "Tabel 3.1, row IKK 1.3 (realisasi 748 from the IKK 1.3 narrative; the table prints 447)"),
    ("IKK 2.1", "BB", "A", "120", "down", 0, "Tabel 3.1, row IKK 2.1 (predikat BB vs A)"),
    ("IKK 2.2", "92", "95.15", "103,42", "down", 2, "Tabel 3.1, row IKK 2.2"),
    ("IKK 2.2 half-up", "92", "95.15", "103,42", "half_up", 2, "Tabel 3.1, row IKK 2.2"),
    ("IKK 1.2 half-up", "5356", "5383", "100,50", "half_up", 2, "Tabel 3.1, row IKK 1.2"),
]


@pytest.mark.parametrize(
    ("case", "target", "realisasi", "printed", "mode", "places", "where"),
    TABEL_3_1,
    ids=[row[0] for row in TABEL_3_1],
)
def test_tabel_3_1(
    case: str, target: str, realisasi: str, printed: str, mode: str, places: int, where: str
) -> None:
    """Each capaian of Tabel 3.1 reproduces as printed, with the report's rounding."""
    result = sakip.capaian(target=target, realisasi=realisasi)
    assert result.printed(places, mode) == printed, where  # type: ignore[arg-type]


def test_ikk_1_1_half_up_differs() -> None:
    """Half-up would print 101,11 for IKK 1.1: the seed's 101,10 is a truncation."""
    result = sakip.capaian(target=1176, realisasi=1189)
    assert result.printed(2, "half_up") == "101,11"


def test_narrative_rounded_one_decimal() -> None:
    """Bab III narrative prints IKK 1.1 as 101,1% and IKK 1.3 as 167,3% (one decimal)."""
    assert sakip.capaian(target=1176, realisasi=1189).printed(1, "down") == "101,1"
    assert sakip.capaian(target=447, realisasi=748).printed(1, "down") == "167,3"


def test_predikat_akip_82_70() -> None:
    """LHE SAKIP 2023 quoted in Bab III (IKK 2.1): nilai 82,70 gives predikat A."""
    assert sakip.Predikat.from_nilai(sakip.parse_id("82,70")) is sakip.Predikat.A


def test_predikat_capaian_renstra_a_against_a() -> None:
    """Bab III (IKK 2.1): predikat A against the Renstra target A is 100 %."""
    assert sakip.capaian(target="A", realisasi="A").printed(0) == "100"
