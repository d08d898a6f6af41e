"""Issue 28's acceptance: a team's 2 000 satker through batch calls only, identical to the
per-figure API; three bad rows (a negative at row 17, text at row 555, a blank at row 900)
reported in row order by every batch function with ``errors``, or collected."""

from __future__ import annotations

import re
import runpy
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import sakip
from sakip import batch

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "team_2000_satker.py"
N = 1000
BAD = {17: "-5", 555: "Rp 1.000", 900: ""}
#: IPM's per-figure function takes ln at 60 digits (2 ms a row): its case has 100 rows.
SMALL = {17: "-5", 55: "Rp 1.000", 90: ""}


def _same(values: list[Any], expected: Callable[[int], Any]) -> list[int]:
    """Each value equals the per-figure figure of its row (``str``: the same digits); the
    rows the per-figure API refuses are ``NotComputable``.  Returns those rows."""
    refused = []
    for i, value in enumerate(values):
        try:
            want = expected(i)
        except sakip.SakipError:
            assert isinstance(value, sakip.NotComputable), i
            refused.append(i)
            continue
        assert str(value) == str(want), i
    return refused


def test_the_persona_script_equals_the_per_figure_api() -> None:
    """examples/team_2000_satker.py: penyerapan, E/NE, capaian, EKA, IKPA, NKA and predikat
    of 2 000 satker by batch calls, each row equal to the per-figure API; the three bad pagu
    cells are the only rows not computable."""
    module = runpy.run_path(str(EXAMPLE))
    d = module["satker_columns"]()
    out = module["run"](d)
    bad = sorted(module["BAD_PAGU"])

    def ro(i: int) -> sakip.Efisiensi:
        return sakip.efisiensi([sakip.RincianOutput(
            kode="5634.QDC.011", pagu=d["pagu"][i], realisasi=d["realisasi"][i],
            capaian=out["capaian_ro"][i])], rumus="per-pagu")

    assert _same(out["penyerapan"], lambda i: sakip.penyerapan(
        pagu=d["pagu"][i], realisasi=d["realisasi"][i]).value) == bad
    assert _same(out["capaian_ro"], lambda i: sakip.capaian(
        target=d["target_volume"][i], realisasi=d["volume"][i]).value) == []
    assert _same(out["efisiensi"], lambda i: ro(i).value) == bad
    assert _same(out["nilai_efisiensi"], lambda i: ro(i).nilai.value) == bad
    assert _same(out["kategori_efisiensi"], lambda i: ro(i).kategori) == bad
    assert _same(out["capaian"], lambda i: sakip.capaian(
        target=d["target"][i], realisasi=d["realisasi_iku"][i]).value) == []
    assert _same(out["eka"], lambda i: sakip.eka(
        capaian_ro=min(out["capaian_ro"][i], Decimal(100)), penyerapan=out["penyerapan"][i],
        nilai_efisiensi=out["nilai_efisiensi"][i],
        konsistensi=d["konsistensi"][i]).value) == bad
    ikpa = module["IKPA"]
    assert _same(out["ikpa"], lambda i: sakip.ikpa(
        {n: d[n][i] or None for n in ikpa}, aturan="per-5-pb-2024").value) == []
    assert _same(out["nka"], lambda i: sakip.nka(eka=out["eka"][i],
                                                 ikpa=out["ikpa"][i]).value) == bad
    lke = module["LKE"]
    assert _same(out["nilai_lke"], lambda i: sakip.evaluasi_akip(
        **{n: d[n][i] for n in lke}).value) == []
    assert _same(out["predikat"], lambda i: sakip.evaluasi_akip(
        **{n: d[n][i] for n in lke}).predikat.name) == []
    # a figure computed from a bad row's figure names where it came from
    assert out["nka"][17].field == "eka[17]"
    assert "penyerapan[17]" in out["nka"][17].reason and "pagu[17]" in out["nka"][17].reason


def _column(good: str, bad: dict[int, str] = BAD, n: int = N) -> list[str]:
    cells = [good] * n
    for row, cell in bad.items():
        cells[row] = cell
    return cells


_PEMDI = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
          "keterpaduan_layanan", "kepuasan_pengguna")
_SPBE = ("kebijakan_internal", "tata_kelola", "manajemen", "layanan")
_IKPA = sakip.ikpa_rule_for(2024).names

#: name → (call with errors=..., rows refused).  The bad cells go in the first column the
#: call names; a negative capaian is a value of the tingkat table's lowest band, and a blank
#: IKPA score means "not assessed", so those rows are no error there.
CASES: dict[str, tuple[Callable[[str], Any], list[int]]] = {
    "penyerapan": (lambda e: batch.penyerapan(  # type: ignore[call-overload]
        pagu=_column("1000"), realisasi=_column("750", {}), errors=e), [17, 555, 900]),
    "efisiensi_outputs": (lambda e: batch.efisiensi_outputs(  # type: ignore[call-overload]
        pagu=_column("1000"), realisasi=_column("900", {}), capaian=_column("100", {}),
        errors=e)[1], [17, 555, 900]),
    "capaian": (lambda e: batch.capaian(target=_column("80"), realisasi=_column("90", {}),
                                        errors=e), [17, 555, 900]),  # type: ignore[arg-type]
    "capaian stabilize": (lambda e: batch.capaian(
        target=_column("80"), target_atas=_column("90", {}), realisasi=_column("95", {}),
        polarisasi="stabilize", errors=e), [17, 555, 900]),  # type: ignore[arg-type]
    "eka": (lambda e: batch.eka(capaian_ro=_column("100"), penyerapan=_column("96.5", {}),
                                nilai_efisiensi=_column("99.7", {}),
                                konsistensi=_column("90", {}), errors=e),  # type: ignore[arg-type]
            [17, 555, 900]),
    "nka": (lambda e: batch.nka(eka=_column("97.29"), ikpa=_column("91.95", {}), errors=e),  # type: ignore[call-overload]
            [17, 555, 900]),
    "ikpa_satker": (lambda e: batch.ikpa_satker(  # type: ignore[call-overload]
        {n: _column("90", BAD if n == "revisi_dipa" else {}) for n in _IKPA},
        aturan="per-5-pb-2024", errors=e), [17, 555]),
    "evaluasi_akip": (lambda e: batch.evaluasi_akip(komponen={
        "perencanaan": _column("24.5"), "pengukuran": _column("25", {}),
        "pelaporan": _column("12", {}), "evaluasi_internal": _column("21.2", {})},
        errors=e)["nilai"], [17, 555, 900]),  # type: ignore[arg-type]
    "predikat": (lambda e: batch.predikat(nilai=_column("82.7"), errors=e),  # type: ignore[arg-type]
                 [17, 555, 900]),
    "tingkat_capaian": (lambda e: batch.tingkat_capaian(nilai=_column("95"), errors=e),  # type: ignore[arg-type]
                        [555, 900]),
    "level_spip": (lambda e: batch.level_spip(level=_column("Level 3"), errors=e),  # type: ignore[arg-type]
                   [17, 555, 900]),
    "ikm": (lambda e: batch.ikm(nilai_unsur=[_column("105", BAD if k == 0 else {})
                                             for k in range(9)],
                                responden=_column("29", {}), errors=e),  # type: ignore[arg-type]
            [17, 555, 900]),
    "ipm": (lambda e: batch.ipm(uhh=_column("69.57", SMALL, 100),
                                hls=_column("12.95", {}, 100), rls=_column("8.69", {}, 100),
                                pengeluaran=_column("11261000", {}, 100), errors=e),  # type: ignore[arg-type]
            [17, 55, 90]),
    "indeks_pemdi": (lambda e: batch.indeks_pemdi(aspek={
        n: _column("3", BAD if n == "data" else {}) for n in _PEMDI}, errors=e),  # type: ignore[arg-type]
        [17, 555, 900]),
    "indeks_spbe": (lambda e: batch.indeks_spbe(domain={
        n: _column("3", BAD if n == "layanan" else {}) for n in _SPBE}, errors=e),  # type: ignore[arg-type]
        [17, 555, 900]),
    "indikator_komponen": (lambda e: batch.indikator_komponen(
        pembilang=_column("45"), penyebut=_column("60", {}), errors=e), [17, 555, 900]),  # type: ignore[arg-type]
    "nilai_capaian_iki": (lambda e: batch.nilai_capaian_iki(capaian=_column("98"), errors=e),  # type: ignore[arg-type]
                          [17, 555, 900]),
    "efisiensi_kinerja": (lambda e: batch.efisiensi_kinerja(  # type: ignore[call-overload]
        capaian_output=_column("106.93"), capaian_input=_column("98.30", {}), rumus="rasio",
        errors=e), [17, 555, 900]),
    "rasio_efisiensi": (lambda e: batch.rasio_efisiensi(  # type: ignore[call-overload]
        realisasi=_column("90", {}), anggaran=_column("100"), errors=e), [17, 555, 900]),
    "evaluasi_renja": (lambda e: batch.evaluasi_renja(
        target_renstra=_column("3"), realisasi_renstra_lalu=_column("3", {}),
        target=_column("4", {}), realisasi_triwulan=[_column("2", {}), _column("", {})],
        errors=e)["capaian"], [17, 555, 900]),  # type: ignore[arg-type]
    "capaian_output_satker": (lambda e: list(batch.capaian_output_satker(
        satker=[str(i) for i in range(N)], realisasi=_column("9", {}), target=_column("10"),
        metode="arithmetic", errors=e).values()), [17, 555, 900]),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", list(CASES))
def test_three_bad_rows(name: str) -> None:
    """Raising: one BatchError naming the bad rows in row order; collecting: the other rows
    computed and a NotComputable with its place in each bad row (of 1 000 rows; the 2 000
    of the acceptance are the persona test's and test_batch.py's)."""
    call, rows = CASES[name]
    with pytest.raises(sakip.BatchError) as info:
        call("raise")
    places = [error.field or "" for error in info.value.errors]
    assert [int(re.findall(r"\d+", place)[-1]) for place in places] == rows, places
    values = call("collect")
    bad = [i for i, v in enumerate(values) if isinstance(v, sakip.NotComputable)]
    assert (len(values), bad) == (100 if name == "ipm" else N, rows)
    assert [values[i].field for i in bad] == places
