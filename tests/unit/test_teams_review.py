"""Session 5 team review: the batch API and ``sakip hitung`` as a team integrating sakip
found them.  Expected values come from /work/shared/reference/regulations.md (section
named per test) or are computed by hand in the comment; never from the code under test."""

from __future__ import annotations

from decimal import Decimal

import pytest

import sakip

# ---------------------------------------------------------------------------------------
# Item 5: kategori= takes a registered table's name everywhere it is taken.


@pytest.mark.parametrize("call", [
    lambda k: sakip.kategori_efisiensi("99.70", kategori=k),
    lambda k: sakip.nilai_efisiensi("19.88", kategori=k).kategori,  # NE 99,70 (§4 seed)
    lambda k: sakip.efisiensi([sakip.RincianOutput(
        kode="5634.SCI.010", pagu="20844639000", realisasi="20842508719", capaian="119.87")],
        rumus="per-pagu", kategori=k).kategori,
])
def test_kategori_efisiensi_by_its_registered_name(call: object) -> None:
    # §4 / Efficiency categories: the seed labels NE 99,70 "Sangat Efisien".
    assert call("konvensi-2023") == "Sangat Efisien"  # type: ignore[operator]


def test_the_name_to_row_reports_is_accepted_back() -> None:
    e = sakip.efisiensi([sakip.RincianOutput(kode="5634.SCI.010", pagu="105768000",
                                             realisasi="104133250", capaian="100")])
    name = e.to_row()["kategori_bands"]
    # §4 seed: NE 50,41–53,92 "Kurang Efisien" (5635.EBA.962 prints NE 53,86).
    assert sakip.kategori_efisiensi("53.86", kategori=name) == "Kurang Efisien"


def test_an_unknown_kategori_name_lists_the_kind() -> None:
    with pytest.raises(sakip.UnknownNameError) as caught:
        sakip.nilai_efisiensi("1", kategori="kepmendagri-690-900-327-1996")
    assert (caught.value.field, caught.value.received) == ("kategori",
                                                           "kepmendagri-690-900-327-1996")
    assert "konvensi-2023" in str(caught.value.expected)
    with pytest.raises(sakip.InvalidTypeError) as wrong:
        sakip.kategori_efisiensi("1", kategori=5)  # type: ignore[arg-type]
    assert wrong.value.field == "kategori"


def test_kategori_names_of_the_conventions_still_work() -> None:
    # §9 Kepmendagri 690.900.327/1996: "90–100 kurang efisien".
    assert sakip.rasio_efisiensi(realisasi=95, anggaran=100,
                                 kategori="kepmendagri-690-900-327-1996").kategori == (
        "Kurang Efisien")
    assert Decimal(95) == sakip.rasio_efisiensi(realisasi=95, anggaran=100).value
