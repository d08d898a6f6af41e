"""Unit tests: the report-file sections of issue 12 (efficiency tables, pagu history)."""

from __future__ import annotations

from typing import Any

import pytest

import sakip
from sakip.lkj import LaporanError, load


def _report(**sections: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2024}, **sections}


def _table(rumus: str, *rows: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"efisiensi_kinerja": [{"kode": "T1", "rumus": rumus, "baris": list(rows), **extra}]}


def _row(label: str, co: str, *inputs: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {"label": label, "capaian_output": co, "input": list(inputs), **extra}


def _reviu(data: dict[str, Any]) -> sakip.Reviu:
    """The reviu, checked for one finding per printed figure at its place."""
    r = sakip.reviu(data)
    assert [f.field for f in r] == sakip.lkj.figure_fields(data)
    return r


def _other(finding: sakip.Finding) -> bool:
    """Reproduced under another convention than the declared one."""
    return finding.status == "match-other-convention"


def test_file_errors_listed() -> None:
    bad = _report(**_table("ratio", _row("a", "-1", {"nama": "dana", "capaian": "x"},
                                         {"nama": "dana", "capaian": "1"})))
    with pytest.raises(LaporanError) as info:
        load(bad)
    text = str(info.value)
    assert "efisiensi_kinerja[1].rumus: expected one of rasio, indeks, selisih" in text
    assert "efisiensi_kinerja[1].baris[1].capaian_output" in text
    assert "baris[1].input[1].capaian" in text
    assert "input[2].nama: expected a unique value" in text
    with pytest.raises(LaporanError, match=r"anggaran\.pagu\.dipa_awal: missing \(a "
                       r"required field: a number written as text\)"):
        load(_report(anggaran={"pagu": {"basis": "revisi"}}))


def test_tingkat_and_kategori_outside_indeks() -> None:
    r = _reviu(_report(**_table("rasio", _row("a", "110", {
        "nama": "dana", "capaian": "88", "efisiensi": "125,00", "tingkat": "0,25",
        "kategori": "Efisien"}))))
    assert r["efisiensi_kinerja.T1.a.dana.efisiensi"].status == "match"
    assert r["efisiensi_kinerja.T1.a.dana.tingkat"].status == "not-computable"
    kategori = r["efisiensi_kinerja.T1.a.dana.kategori"]
    assert kategori.status == "not-computable" and "no published category" in kategori.reason


def test_indeks_kategori_edges_follow_the_named_table() -> None:
    row = _row("a", "100", {"nama": "dana", "capaian": "100", "efisiensi": "1,000",
                            "kategori": "Efisien"})
    r = _reviu(_report(**_table("indeks", row)))
    assert r["efisiensi_kinerja.T1.a.dana.kategori"].status == "match"
    r = _reviu(_report(**_table("indeks", row, kategori="bbpom-yogyakarta-2020")))
    f = r["efisiensi_kinerja.T1.a.dana.kategori"]
    # Tidak Efisien under the named table; the label reproduces under the other one.
    assert f.status == "match-other-convention" and f.recomputed == "Efisien"
    assert f.convention is not None and f.convention.name == "prkom-bpom-2021"
    assert "not under the declared bbpom-yogyakarta-2020 ('Tidak Efisien')" in f.reason


def test_zero_input_not_computable_and_other_convention() -> None:
    r = _reviu(_report(**_table("rasio", _row("a", "80", {
        "nama": "dana", "capaian": "0", "efisiensi": "80,00"}))))
    f = r["efisiensi_kinerja.T1.a.dana.efisiensi"]
    # rasio cannot divide by zero; selisih (80 − 0) reproduces the printed figure.
    assert _other(f) and "reproduces under efisiensi kinerja: selisih" in f.reason
    r = _reviu(_report(**_table("rasio", _row("a", "80", {
        "nama": "dana", "capaian": "0", "efisiensi": "1,00"}))))
    assert r["efisiensi_kinerja.T1.a.dana.efisiensi"].status == "not-computable"


def test_rerata_row_needs_every_row_and_pagu() -> None:
    rows = [_row("a", "90", {"nama": "dana", "capaian": "90", "efisiensi": "0"}),
            _row("b", "80", {"nama": "SDM", "capaian": "80"})]
    mean = _row("rata-rata", "85", {"nama": "dana", "capaian": "90", "efisiensi": "-5,00"})
    data = _report(**_table("selisih", *rows, agregat="tertimbang-pagu", rerata=[mean]))
    r = sakip.reviu(data)
    assert [f.field for f in r] == sakip.lkj.figure_fields(data)
    f = r["efisiensi_kinerja.T1.rata-rata.capaian_output"]
    assert _other(f) and "reproduces under agregat: rerata" in f.reason
    assert r["efisiensi_kinerja.T1.rata-rata.dana.capaian"].status == "not-computable"
    # The rerata row's E: not the mean of the rows' E (row b has none), but selisih of
    # its own percentages (85 − 90 = −5).
    e = r["efisiensi_kinerja.T1.rata-rata.dana.efisiensi"]
    assert _other(e) and "reproduces under efisiensi kinerja: selisih" in e.reason


def test_pagu_section_branches() -> None:
    base = {"basis": "efektif", "dipa_awal": "1.000", "blokir": "100", "efektif": "900"}
    r = _reviu(_report(anggaran={"pagu": {**base, "penyerapan": "50,00"}}))
    assert r["anggaran.pagu.efektif"].status == "match"
    f = r["anggaran.pagu.penyerapan"]
    assert f.status == "not-computable" and "neither realisasi nor sisa" in f.reason
    r = _reviu(_report(anggaran={"pagu": {**base, "sisa": "450", "penyerapan": "50,00",
                                               "kategori": "Sangat Efisien"}}))
    assert r["anggaran.pagu.penyerapan"].status == "match"
    assert r["anggaran.pagu.kategori"].status == "match"
    r = _reviu(_report(anggaran={"pagu": {**base, "sisa": "450", "penyerapan": "50,00",
                                               "kategori": "Efisien",
                                               "kategori_aturan":
                                               "kepmendagri-690-900-327-1996-batas-atas"}}))
    assert r["anggaran.pagu.kategori"].status == "mismatch"
    r = _reviu(_report(anggaran={"pagu": {"basis": "revisi", "dipa_awal": "10",
                                               "penghematan": "11", "penyerapan": "1"}}))
    f = r["anggaran.pagu.penyerapan"]
    assert f.status == "not-computable" and "penghematan" in f.reason


def test_sisa_explains_on_its_basis() -> None:
    r = _reviu(_report(anggaran={"pagu": {"basis": "revisi", "dipa_awal": "1.000",
                                               "pagu_revisi": "800", "realisasi": "700",
                                               "sisa": "100"}}))
    f = r["anggaran.pagu.sisa"]
    assert f.status == "match" and f.explanation is not None
    assert f.explanation.value == 100 and "pagu revisi" in f.explanation.title


def test_pagu_kategori_without_printed_penyerapan() -> None:
    """The category is checked against the recomputed penyerapan even when it is not printed;
    a sisa without realisasi is the input of penyerapan, not a figure that reproduces
    (issue 23: not a finding at all, one of the reviu's inputs)."""
    r = _reviu(_report(anggaran={"pagu": {"basis": "dipa-awal", "dipa_awal": "1.000",
                                          "sisa": "450", "kategori": "Sangat Efisien"}}))
    assert r["anggaran.pagu.kategori"].status == "match"
    assert "anggaran.pagu.sisa" not in [f.id for f in r]
    (sisa,) = r.inputs
    assert (sisa.field, sisa.used_for) == ("anggaran.pagu.sisa",
                                           "penyerapan (realisasi = pagu − sisa)")
    r = _reviu(_report(anggaran={"pagu": {"basis": "dipa-awal", "dipa_awal": "1.000",
                                          "kategori": "Sangat Efisien"}}))
    assert r["anggaran.pagu.kategori"].status == "not-computable"
