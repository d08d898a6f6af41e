"""Issue 26: the reviu of printed indices (``[[indeks]]``) and of realisasi from components.

Golden values are the reference's §13 worked examples (IKM 91,48 → A for the
service unit of 29 respondents; IPM DKI Jakarta 2017 80,06 sangat tinggi; a
capaian of 98 % → nilai IKI 88; 3 ÷ 135 → 2,22) and hand-worked examples of
the explanation pages (SPBE 2,9954; Pemdi 3,25).
"""

from __future__ import annotations

from typing import Any

import pytest

import sakip
from sakip.reviu import Convention

TOTALS = ["105", "101", "100", "116", "102", "105", "106", "105", "115"]
NRR = ["3,6207", "3,4828", "3,4483", "4,0000", "3,5172", "3,6207", "3,6552", "3,6207",
       "3,9655"]
LEVELS = {str(n): "3" for n in range(1, 19)} | {"19": "4", "20": "4"}
DOMAINS = {"kebijakan_internal": "3,12", "tata_kelola": "2,80", "manajemen": "2,05",
           "layanan": "3,41"}

#: One correct row per jenis (reference §13 and the explanation pages' examples).
ROWS: dict[str, dict[str, Any]] = {
    "ikm": {"jenis": "ikm", "unsur": TOTALS, "responden": ["29"], "nrr": NRR,
            "nilai": "3,66", "konversi": "91,48", "predikat": "A"},
    "ipm": {"jenis": "ipm", "uhh": "72,55", "hls": "12,86", "rls": "11,02",
            "pengeluaran_ribu": "17.707", "nilai": "80,06", "predikat": "sangat tinggi"},
    "spbe": {"jenis": "spbe", "domain": DOMAINS, "nilai": "3,00", "predikat": "Baik"},
    "pemdi": {"jenis": "pemdi", "indikator": LEVELS, "nilai": "3,25", "predikat": "Baik",
              "aspek": {"kepuasan_pengguna": "4,00", "data": "3,00"}},
    "spip": {"jenis": "spip", "level": "Level 3", "predikat": "Terdefinisi"},
    "komponen": {"jenis": "komponen", "pembilang": "3", "penyebut": "135", "nilai": "2,22"},
    "iki": {"jenis": "iki", "capaian": "98", "nilai": "88", "predikat": "Cukup"},
}

#: One planted mistake per jenis: (field, wrong printed value).
PLANTED = {
    "ikm": ("nrr", [*NRR[:3], "3,9000", *NRR[4:]]),
    "ipm": ("nilai", "80,16"),
    "spbe": ("nilai", "3,02"),
    "pemdi": ("aspek", {"kepuasan_pengguna": "3,90", "data": "3,00"}),
    "spip": ("predikat", "Berkembang"),
    "komponen": ("nilai", "2,32"),
    "iki": ("nilai", "86"),
}


def _file(*rows: dict[str, Any], indikator: list[dict[str, Any]] | None = None
          ) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2026},
        "indeks": [{"kode": f"I{i}", **row} for i, row in enumerate(rows, start=1)]}
    if indikator is not None:
        data["indikator"] = indikator
    return data


def _statuses(data: dict[str, Any]) -> dict[str, str]:
    return {f.field: f.status for f in sakip.reviu(data)}


@pytest.mark.parametrize("jenis", sorted(ROWS))
def test_each_index_reproduces(jenis: str) -> None:
    """A correct row of each jenis: every printed figure reproduces."""
    result = sakip.reviu(_file(ROWS[jenis]))
    assert result.ok
    assert all(f.status == "match" for f in result), [(f.field, f.reason) for f in result]
    assert [f.field for f in result] == sakip.lkj.figure_fields(_file(ROWS[jenis]))


@pytest.mark.parametrize("jenis", sorted(ROWS))
def test_one_planted_mistake_is_one_mismatch(jenis: str) -> None:
    """One wrong printed figure of each jenis gives exactly one mismatch."""
    field, wrong = PLANTED[jenis]
    result = sakip.reviu(_file({**ROWS[jenis], field: wrong}))
    mismatches = [f for f in result if f.status == "mismatch"]
    assert len(mismatches) == 1, [(f.field, f.reason) for f in mismatches]


def test_the_ikm_weight_0_111_is_detected() -> None:
    """A report computed with 0,111 (91,38): match-other-convention naming the weight."""
    finding = sakip.reviu(_file({**ROWS["ikm"], "konversi": "91,38"}))["indeks.I1.konversi"]
    assert finding.status == "match-other-convention"
    assert finding.convention == Convention("bobot IKM", "0,111")
    assert "0,111" in finding.reason and "91,48" in finding.reason


def test_the_declared_weight_is_used_first() -> None:
    """A file declaring 0,11 and printing 90,56 matches under its declared weight."""
    row = {**ROWS["ikm"], "bobot": "0,11", "konversi": "90,56", "nilai": "3,62"}
    result = sakip.reviu(_file(row))
    finding = result["indeks.I1.konversi"]
    assert finding.status == "match"
    assert finding.convention == Convention("bobot IKM", "0,11")


def test_ikm_from_printed_nrr_is_consistent_up_to_rounding() -> None:
    """From NRR printed to four places: 91,48 lies in the range they allow; 91,50 does not."""
    row = {"jenis": "ikm", "nrr": NRR, "konversi": "91,48"}
    finding = sakip.reviu(_file(row))["indeks.I1.konversi"]
    assert finding.status == "match"
    assert sakip.reviu(_file({**row, "konversi": "91,50"}))["indeks.I1.konversi"].status == (
        "mismatch")


def test_ipm_consistent_up_to_rounding_only_inside_the_range() -> None:
    """The printed components allow [80,0441…; 80,0722…] (ipm.md): 80,05 and 80,04 (whose
    values [80,035; 80,045) meet the range) are consistent; 80,03 is a mismatch."""
    base = ROWS["ipm"]
    inside = sakip.reviu(_file({**base, "nilai": "80,05"}))["indeks.I1.nilai"]
    assert inside.status == "match" and "consistent up to rounding" in inside.reason
    edge = sakip.reviu(_file({**base, "nilai": "80,04"}))["indeks.I1.nilai"]
    assert edge.status == "match"  # [80,035; 80,045) meets [80,0441…; 80,0722…]
    outside = sakip.reviu(_file({**base, "nilai": "80,03"}))["indeks.I1.nilai"]
    assert outside.status == "mismatch"


def test_spbe_from_printed_domains() -> None:
    """2,9954 from the printed domains: 3,00 matches, 2,99 is consistent, 3,01 is not."""
    assert sakip.reviu(_file(ROWS["spbe"]))["indeks.I1.nilai"].reason == ""
    consistent = sakip.reviu(_file({**ROWS["spbe"], "nilai": "2,99"}))["indeks.I1.nilai"]
    assert consistent.status == "match" and "consistent up to rounding" in consistent.reason
    assert sakip.reviu(_file({**ROWS["spbe"], "nilai": "3,01"}))["indeks.I1.nilai"].status == (
        "mismatch")


def test_the_2004_ikm_scales_disagree_and_either_label_is_accepted() -> None:
    """NRR 1,752 (NIK 43,80): C on the NIK table, D on the NI table; both accepted."""
    row = {"jenis": "ikm", "aturan": "kepmenpan-25-2004", "unsur": ["1752"] * 14,
           "responden": ["1000"], "konversi": "43,80"}
    for label, scale in (("C", "NIK"), ("D", "NI 1–4")):
        finding = sakip.reviu(_file({**row, "predikat": label}))["indeks.I1.predikat"]
        assert finding.status == "match", finding.reason
        assert scale in finding.reason and "disagree" in finding.reason
    assert sakip.reviu(_file({**row, "predikat": "B"}))["indeks.I1.predikat"].status == (
        "mismatch")


def test_a_pending_pemdi_level_is_not_computable() -> None:
    """"menunggu (BSSN)": the index and its aspects are not computable, the reason names it."""
    levels = {**LEVELS, "11": "menunggu (BSSN)"}
    result = sakip.reviu(_file({**ROWS["pemdi"], "indikator": levels}))
    finding = result["indeks.I1.nilai"]
    assert finding.status == "not-computable"
    assert "11 (Kriptografi) from BSSN" in finding.reason
    assert result["indeks.I1.aspek.data"].status == "not-computable"
    assert result["indeks.I1.predikat"].status == "match"  # read from the printed value


def test_spip_score_is_not_computable() -> None:
    """A printed SPIP score: the score bands were not retrieved."""
    result = sakip.reviu(_file({**ROWS["spip"], "nilai": "3,21"}))
    assert result["indeks.I1.nilai"].status == "not-computable"
    assert "BPKP 5/2021" in result["indeks.I1.nilai"].reason


def test_realisasi_from_pembilang_and_penyebut() -> None:
    """3 of 135 villages: realisasi 2,22 reproduces; 2,30 is a mismatch; penyebut 0 is not
    computable."""
    row = {"kode": "IKU 3", "nama": "Desa", "target": "3", "realisasi": "2,22",
           "pembilang": "3", "penyebut": "135"}
    data = _file(indikator=[row])
    assert sakip.reviu(data)["indikator.IKU 3.realisasi"].status == "match"
    wrong = _file(indikator=[{**row, "realisasi": "2,30"}])
    assert sakip.reviu(wrong)["indikator.IKU 3.realisasi"].status == "mismatch"
    zero = sakip.reviu(_file(indikator=[{**row, "penyebut": "0"}]))
    assert zero["indikator.IKU 3.realisasi"].status == "not-computable"
    assert "zero" in zero["indikator.IKU 3.realisasi"].reason


def test_a_figure_the_jenis_does_not_have_is_not_computable() -> None:
    """konversi printed for an IPM: one not-computable finding naming the jenis."""
    finding = sakip.reviu(_file({**ROWS["ipm"], "konversi": "80"}))["indeks.I1.konversi"]
    assert finding.status == "not-computable" and "'ipm'" in finding.reason


def test_template_shows_the_section() -> None:
    """``sakip template`` lists the [[indeks]] section and its checks."""
    text = sakip.lkj.template()
    assert "[[indeks]]" in text and "bobot" in text and "menunggu" in text
