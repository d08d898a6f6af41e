"""Session 5 team review: the batch API and ``sakip hitung`` as a team integrating sakip
found them.  Expected values come from /work/shared/reference/regulations.md (section
named per test) or are computed by hand in the comment; never from the code under test."""

from __future__ import annotations

import contextlib
import csv
import io
from decimal import Decimal
from pathlib import Path
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


# ---------------------------------------------------------------------------------------
# Item 2: kategori_ikpa reads as every batch function does.

#: The IKPA scores of how-to/score-every-satker.md (two satker).
SCORES: dict[str, list[str | None]] = {
          "revisi_dipa": ["100", "95"], "deviasi_halaman_iii_dipa": ["100", "90"],
          "penyerapan_anggaran": ["100", "97.5"], "belanja_kontraktual": [None, "100"],
          "penyelesaian_tagihan": ["100", "100"], "pengelolaan_up_tup": ["100", "88"],
          "capaian_output": ["80", "92"]}


def test_kategori_ikpa_of_a_collecting_call_keeps_its_not_computable() -> None:
    bad: dict[str, list[str | None]] = dict(SCORES, revisi_dipa=["100", "Rp 9"])
    values = batch.ikpa_satker(bad, aturan="per-5-pb-2024", errors="collect")
    labels = batch.kategori_ikpa(values, errors="collect")
    assert isinstance(labels[1], sakip.NotComputable)
    assert labels[1].field == "nilai[1]"
    assert "revisi_dipa[1]" in labels[1].reason  # the cell it came from
    # Row 0 by hand, §5 PER-5/PB/2024 weights 10, 15, 20, (kontraktual not assessed), 10, 10,
    # 25: (100·65 + 80·25) / 90 = 94,44; §5 categories: 89 ≤ nilai < 95 Baik.
    assert labels[0] == "Baik"
    with pytest.raises(sakip.BatchError) as caught:
        batch.kategori_ikpa(values)
    assert [e.field for e in caught.value.errors] == ["nilai[1]"]


def test_kategori_ikpa_reads_text_as_the_other_batch_inputs() -> None:
    # §5 IKPA categories, lower bounds inclusive: 95 Sangat Baik, 89 Baik, 88,99 Cukup.
    assert batch.kategori_ikpa(["95", "89", "88.99"]) == ["Sangat Baik", "Baik", "Cukup"]
    with pytest.raises(sakip.BatchError) as caught:
        batch.kategori_ikpa(["95", "", "101", "x"])
    assert [e.field for e in caught.value.errors] == ["nilai[1]", "nilai[2]", "nilai[3]"]
    assert caught.value.errors[1].received == "101"


# ---------------------------------------------------------------------------------------
# Item 3: every batch function reads every row and takes errors=.


def test_efisiensi_satker_names_every_bad_row() -> None:
    cols: dict[str, Any] = {
            "satker": ["A", "A", "B", "C", "D"], "pagu": ["-5", "10", "100", "", "1000"],
            "realisasi": ["1", "10", "200", "1", "900"],
            "capaian": ["100", "100", "100", "100", "100"]}
    with pytest.raises(sakip.BatchError) as caught:
        batch.efisiensi_satker(**cols)
    assert [e.field for e in caught.value.errors] == ["pagu[0]", "realisasi[2]", "pagu[3]"]
    values = batch.efisiensi_satker(**cols, errors="collect")
    assert [v.field for v in values.values() if isinstance(v, sakip.NotComputable)] == [
        "pagu[0]", "realisasi[2]", "pagu[3]"]
    # D by hand, PMK 214/2017: (1000·1 − 900) / (1000·1) × 100 = 10.
    assert values["D"] == Decimal("10")


def test_penyerapan_triwulan_satker_collects_every_bad_row() -> None:
    values = batch.penyerapan_triwulan_satker(
        satker=["A", "B", "C"], jenis_belanja=["52", "52", "99"], pagu=["1000", "x", "100"],
        realisasi=[["150"], ["15"], ["15"]], errors="collect")
    # A by hand (§5: TW I target of jenis 52 is 15 %): 150 / 1000 = 15 % of 15 % → 100.
    assert values["A"] == Decimal("100")
    assert [values[k].field for k in "BC"] == ["pagu[1]",  # type: ignore[union-attr]
                                               "jenis_belanja[2]"]
    with pytest.raises(sakip.BatchError) as caught:
        batch.penyerapan_triwulan_satker(
            satker=["A", "B", "C"], jenis_belanja=["52", "52", "99"], pagu=["1000", "x", "100"],
            realisasi=[["150"], ["15"], ["15"]])
    assert [e.field for e in caught.value.errors] == ["pagu[1]", "jenis_belanja[2]"]


def test_ikpa_capaian_output_satker_collects_every_bad_row() -> None:
    values = batch.ikpa_capaian_output_satker(
        satker=["A", "B", "C"], kode=["5634.QDC.011", "5634.QDC.011", "bad"],
        pcro=["50", "-1", "10"], tpcro=["50", "40", "40"],
        ketepatan_waktu={"A": 100, "B": 0, "C": 0}, bulan=6, tahun=2024, errors="collect")
    # A by hand (§11 capaian output: timeliness and capaian weighted): 100 and 50/50 = 100 %
    # give 100 whatever the weights.
    assert values["A"] == Decimal("100")
    assert [values[k].field for k in "BC"] == ["pcro[1]", "kode[2]"]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", [
    "capaian", "capaian_output_satker", "efisiensi_kinerja", "efisiensi_outputs",
    "efisiensi_satker", "eka", "evaluasi_akip", "evaluasi_renja", "ikm",
    "ikpa_capaian_output_satker", "ikpa_satker", "indeks_pemdi", "indeks_spbe",
    "indikator_komponen", "ipm", "kategori", "kategori_ikpa", "level_spip",
    "nilai_capaian_iki", "nka", "penyerapan", "penyerapan_triwulan_satker", "predikat",
    "rasio_efisiensi", "tingkat_capaian"])
def test_every_batch_function_takes_errors(name: str) -> None:
    import inspect

    assert "errors" in inspect.signature(getattr(batch, name)).parameters
    assert name in batch.__all__


def test_every_column_function_is_in_the_errors_list() -> None:
    rows = {n for n in batch.__all__ if n.endswith("_row")}
    constants = {"BLANK", "CENT", "RENJA_FIGURES", "Errors"}
    mark = test_every_batch_function_takes_errors.pytestmark[0]  # type: ignore[attr-defined]
    listed = set(mark.args[1])
    assert set(batch.__all__) - rows - constants == listed


# ---------------------------------------------------------------------------------------
# Items 1, 4 and 7: ``sakip hitung``.

IKPA_HEADER = ("satker,revisi_dipa,deviasi_halaman_iii_dipa,penyerapan_anggaran,"
               "belanja_kontraktual,penyelesaian_tagihan,pengelolaan_up_tup,capaian_output")


def _hitung(tmp_path: Path, formula: str, text: str, *args: str
            ) -> tuple[int, list[dict[str, str]], str]:
    from sakip.cli import main

    source = tmp_path / "data.csv"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "hasil.csv"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["--bahasa", "en", "hitung", formula, str(source), "-o", str(out),
                       "--force", *args])
    rows = (list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
            if out.exists() else [])
    return status, rows, err.getvalue()


def test_hitung_ikpa_reads_blu_and_dispensasi_as_the_batch_call(tmp_path: Path) -> None:
    text = IKPA_HEADER + ",blu,dispensasi_spm\nB,95,90,,100,100,88,92,true,0.25\n"
    status, rows, err = _hitung(tmp_path, "ikpa", text, "--tahun", "2024")
    assert status == 0
    # By hand, §5 PER-5/PB/2024 without penyerapan (BLU, re-weighted over 80):
    # (95·10 + 90·15 + 100·10 + 100·10 + 88·10 + 92·25) / 80 = 7480 / 80 = 93,50, minus the
    # dispensasi deduction 0,25 → 93,25.
    assert rows[0]["ikpa_dicetak"] == "93,25"
    assert "per-5-pb-2024" in err and "2024" in err  # the rule set named, on stderr
    assert rows[0]["blu"] == "true"  # the input columns are still written back


def test_hitung_ikpa_has_no_default_across_years(tmp_path: Path) -> None:
    text = IKPA_HEADER + "\nA,100,100,100,,100,100,80\n"
    status, rows, err = _hitung(tmp_path, "ikpa", text)
    assert status == 2 and rows == []
    assert "--tahun" in err
    # TA 2023 is PER-5/PB/2022 (§5 table): its columns differ, so the file is refused by header.
    status, _, err = _hitung(tmp_path, "ikpa", text, "--tahun", "2023")
    assert status == 2
    assert "missing: dispensasi_spm" in err
    status, _, err = _hitung(tmp_path, "ikpa", text, "--tahun", "2023", "--aturan",
                             "per-5-pb-2024")
    assert status == 2 and "--tahun" in err
    # the years in force as a range, not a Python tuple ("(2024, None)")
    assert "a year in force for per-5-pb-2024 (2024–); received 2023" in err


def test_hitung_ikpa_names_a_missing_column_once(tmp_path: Path) -> None:
    text = IKPA_HEADER + "\nA,100,100,100,,100,100,80\nB,100,100,100,,100,100,80\n"
    status, _, err = _hitung(tmp_path, "ikpa", text, "--aturan", "per-5-pb-2022")
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "header" in lines[0] and "missing: dispensasi_spm" in lines[0]


def test_hitung_refuses_a_column_another_rule_set_reads(tmp_path: Path) -> None:
    text = IKPA_HEADER + ",pagu_minus\nA,100,100,100,,100,100,80,5\n"
    status, rows, err = _hitung(tmp_path, "ikpa", text, "--tahun", "2024")
    assert status == 2 and rows == []
    assert "pagu_minus" in err and "header" in err
    # A dispensasi column under PER-5/PB/2022 is an indicator (§5 table), read as one.
    text = (IKPA_HEADER + ",dispensasi_spm\nA,100,100,100,100,100,100,80,100\n")
    status, rows, _ = _hitung(tmp_path, "ikpa", text, "--tahun", "2022")
    # By hand, PER-5/PB/2022 weights 10+10+20+10+10+10+5 = 75 at 100, capaian output 25 at
    # 80: (7500 + 2000) / 100 = 95.
    assert status == 0 and rows[0]["ikpa_dicetak"] == "95,00"


def test_hitung_blu_cells_are_true_or_false(tmp_path: Path) -> None:
    text = IKPA_HEADER + ",blu\nA,100,100,100,,100,100,80,\nB,100,100,100,,100,100,80,maybe\n"
    status, _, err = _hitung(tmp_path, "ikpa", text, "--tahun", "2024")
    assert status == 2
    assert [line.split(": ")[2] for line in err.strip().splitlines()[1:]] == [
        "line 2, column blu", "line 3, column blu"]


def test_hitung_efisiensi_rumus(tmp_path: Path) -> None:
    text = "kode,pagu,realisasi,capaian\n5634.SCI.010,20844639000,20842508719,119.87\n"
    # §4 / how-to reproduce-efficiency-table: 5634.SCI.010 prints 19,88 per pagu; the 214
    # formula gives 16,58.
    status, rows, _ = _hitung(tmp_path, "efisiensi", text, "--rumus", "per-pagu")
    assert status == 0 and rows[0]["efisiensi_dicetak"] == "19,88"
    status, rows, _ = _hitung(tmp_path, "efisiensi", text)
    assert status == 0 and rows[0]["efisiensi_dicetak"] == "16,58"
    status, _, err = _hitung(tmp_path, "capaian", "target,realisasi\n1,1\n", "--rumus",
                             "per-pagu")
    assert status == 2 and "--rumus" in err


def test_hitung_penyerapan_refuses_a_sisa_column_it_would_not_read(tmp_path: Path) -> None:
    status, rows, err = _hitung(tmp_path, "penyerapan", "pagu,realisasi,sisa\n10,5,5\n")
    assert status == 2 and rows == [] and "sisa" in err


def test_hitung_ikpa_without_a_year_says_what_is_missing(tmp_path: Path) -> None:
    """Neither --tahun nor --aturan: refused naming both, "received -" (nothing given; was the
    Python "None"), as an evaluation form prints an empty cell."""
    status, rows, err = _hitung(tmp_path, "ikpa", "kode,revisi_dipa\nA,100\n")
    assert status == 2 and rows == []
    assert err.startswith("sakip: ") and "--tahun: expected --tahun" in err
    assert err.rstrip().endswith("received -")
