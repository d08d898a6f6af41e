"""Issue 23: IKPA in report files — raw data through the calculators, blu, tahun/aturan.

The figures are worked by hand from the rules of reference §5, §11 and §15.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

import sakip

_2024 = {"revisi_dipa": "105,00", "deviasi_halaman_iii_dipa": "100", "penyerapan_anggaran": "100",
         "belanja_kontraktual": "100", "pengelolaan_up_tup": "100", "capaian_output": "100"}
FILE: dict[str, Any] = {
    "schema": "sakip/lkj-1", "laporan": {"instansi": "Satker X", "tahun": 2024},
    "ikpa": {"nilai": "97,50", "komponen": dict(_2024),
             "data": {"revisi_dipa": {"semester_i": 2, "semester_ii": 0},
                      "penyelesaian_tagihan": {"tepat_waktu": 9, "jumlah": 12}}}}


def test_raw_data_checks_the_printed_score_and_fills_the_missing_one() -> None:
    """Revisi: semesters of 2 (100) and 0 (110) → 105; tagihan 9 / 12 → 75; nilai
    (10×100 + 15×100 + 20×100 + 10×100 + 10×75 + 10×100 + 25×100) / 100 = 97,5."""
    r = sakip.reviu(FILE)
    assert [(f.id, f.status) for f in r] == [("ikpa.komponen.revisi_dipa", "match"),
                                             ("ikpa.nilai", "match")]
    assert r["ikpa.nilai"].recomputed == Decimal("97.5")


def test_a_wrong_printed_score_is_one_mismatch() -> None:
    data = copy.deepcopy(FILE)
    data["ikpa"]["komponen"]["revisi_dipa"] = "110,00"
    found = [f.field for f in sakip.reviu(data) if f.status == "mismatch"]
    assert found == ["ikpa.komponen.revisi_dipa"]


def test_per_5_pb_2022_counts_revisions_per_quarter() -> None:
    """TA 2023: quarters of 1, 2, 0 and 3 revisions → (110 + 100 + 110 + 50) / 4 = 92,5."""
    data: dict[str, Any] = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
            "ikpa": {"nilai": "99,25", "tahun": 2023, "komponen": {
                "revisi_dipa": "92,50", "deviasi_halaman_iii_dipa": "100",
                "pengelolaan_up_tup": "100", "belanja_kontraktual": "100",
                "penyelesaian_tagihan": "100", "penyerapan_anggaran": "100",
                "dispensasi_spm": "100", "capaian_output": "100"},
                "data": {"revisi_dipa": {"triwulan": [1, 2, 0, 3]}}}}
    r = sakip.reviu(data)
    assert r["ikpa.komponen.revisi_dipa"].status == "match"
    assert r["ikpa.nilai"].status == "match"  # (10 × 92,5 + 90 × 100) / 100
    data["ikpa"]["data"]["revisi_dipa"] = {"semester_i": 1, "semester_ii": 3}
    f = sakip.reviu(data)["ikpa.komponen.revisi_dipa"]
    assert f.status == "not-computable" and "per quarter" in f.reason


def test_a_calculator_without_rules_for_the_year_says_so() -> None:
    data = copy.deepcopy(FILE)
    data["laporan"]["tahun"] = 2023
    data["ikpa"]["komponen"] = dict.fromkeys((
        "revisi_dipa", "deviasi_halaman_iii_dipa", "pengelolaan_up_tup", "belanja_kontraktual",
        "penyerapan_anggaran", "dispensasi_spm", "capaian_output"), "100")
    del data["ikpa"]["data"]["revisi_dipa"]
    f = sakip.reviu(data)["ikpa.nilai"]
    assert f.status == "not-computable" and "per-5-pb-2022" in f.reason


def test_blu() -> None:
    """A BLU satker is not assessed on penyerapan anggaran under PER-5/PB/2024."""
    data = copy.deepcopy(FILE)
    data["ikpa"]["blu"] = True
    data["ikpa"]["komponen"]["penyerapan_anggaran"] = "-"
    data["ikpa"]["nilai"] = "96,88"  # (10×100 + 15×100 + 10×100 + 10×75 + 10×100 + 25×100) / 80
    assert sakip.reviu(data)["ikpa.nilai"].status == "match"
    data["ikpa"]["komponen"]["penyerapan_anggaran"] = "90"
    f = sakip.reviu(data)["ikpa.nilai"]
    assert f.status == "not-computable" and "BLU" in f.reason


@pytest.mark.parametrize(("tahun", "aturan", "refused"), [
    (2021, "per-5-pb-2024", True), (2023, "per-5-pb-2024", True), (2024, "per-5-pb-2022", True),
    (2023, "per-5-pb-2022", False), (2025, "per-5-pb-2024", False)])
def test_tahun_and_aturan_must_agree(tahun: int, aturan: str, refused: bool) -> None:
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": tahun},
            "ikpa": {"nilai": "90", "tahun": tahun, "aturan": aturan}}
    if not refused:
        sakip.reviu(data)
        return
    with pytest.raises(sakip.lkj.LaporanError, match=r"ikpa\.aturan: expected .*contradict"):
        sakip.reviu(data)
