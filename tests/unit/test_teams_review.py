"""Session 5 team review: the batch API and ``sakip hitung`` as a team integrating sakip
found them.  Expected values come from /work/shared/reference/regulations.md (section
named per test) or are computed by hand in the comment; never from the code under test."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip import batch

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


# ---------------------------------------------------------------------------------------
# Item 6: every batch function keyword-only like its per-figure twin.


@pytest.mark.parametrize(("call", "name"), [
    (lambda: batch.penyerapan(["100"], ["75"]), "penyerapan"),  # type: ignore[call-overload]
    (lambda: batch.rasio_efisiensi(["90"], ["100"]), "rasio_efisiensi"),  # type: ignore[call-overload]
    (lambda: batch.nka(["97.29"], ["91.95"], "pkpa-se-8-mk1-2020"),  # type: ignore[call-overload]
     "nka"),
])
def test_positional_batch_calls_are_refused_naming_the_call(call: Any, name: str) -> None:
    with pytest.raises(sakip.InvalidTypeError) as caught:
        call()
    assert caught.value.field == f"{name}()"


def test_keyword_batch_calls_give_the_reference_figures() -> None:
    # §4: RA 75 of P 100 is 75 %; NKA 97,29 and 91,95 → 95,154 (60/40); §9 rasio 90/100 = 90.
    assert batch.penyerapan(pagu=["100"], realisasi=["75"]) == [Decimal("75")]
    assert batch.nka(eka=["97.29"], ikpa=["91.95"]) == [Decimal("95.154")]
    assert batch.rasio_efisiensi(realisasi=["90"], anggaran=["100"]) == [Decimal("90")]
