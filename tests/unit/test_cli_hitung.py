"""``sakip hitung``: golden values from the reference's worked examples (regulations.md),
errors by line and column, hostile CSV files, CSV injection (issue 28)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import sakip
from sakip._hitung import FORMULAS
from sakip.cli import main as _main
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)


def _run(tmp_path: Path, formula: str, text: str | bytes, *args: str
         ) -> tuple[int, list[dict[str, str]]]:
    source = tmp_path / "data.csv"
    source.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    out = tmp_path / "hasil.csv"
    status = main(["hitung", formula, str(source), "-o", str(out), *args])
    rows = (list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
            if out.exists() else [])
    return status, rows


#: formula, CSV, column, printed value, source (reference section).
GOLDEN = [
    ("capaian", "target,realisasi,polarisasi\n7,6.5,minimize\n", "capaian_dicetak", "107,14",
     "§1 worked: T 7, R 6,5 minimize"),
    ("capaian", "target,realisasi,polarisasi\n8,9,minimize\n", "capaian_dicetak", "87,50",
     "§1 worked: T 8, R 9 minimize"),
    ("penyerapan", "kode,pagu,realisasi\n5634.SCI.010,20844639000,20842508719\n",
     "penyerapan_dicetak", "99,99", "§4: 5634.SCI.010 RA 99,99 %"),
    ("efisiensi", "pagu,realisasi,capaian\n20844639000,20842508719,119.87\n",
     "efisiensi_dicetak", "16,58", "§4: the 214 formula gives 16,58 for 5634.SCI.010"),
    ("nka", "eka,ikpa\n97.29,91.95\n", "nka_dicetak", "95,15", "§4: 97,29 and 91,95 → 95,15"),
    ("eka", "capaian_ro,penyerapan,nilai_efisiensi,konsistensi\n100,100,100,100\n",
     "eka_dicetak", "100,00", "§4: weights 43,5 + 9,7 + 28,6 + 18,2 = 100"),
    ("lke", "perencanaan,pengukuran,pelaporan,evaluasi_internal\n24.00,27.60,13.50,23.00\n",
     "nilai_dicetak", "88,10", "§10 worked example (a hospital): nilai 88,10"),
    ("lke", "perencanaan,pengukuran,pelaporan,evaluasi_internal\n24.00,27.60,13.50,23.00\n",
     "predikat", "A", "§10 worked example: → A"),
    ("ikm", ",".join([*(f"nilai_unsur_{k}" for k in range(1, 10)), "responden"]) +
     "\n105,101,100,116,102,105,106,105,115,29\n", "ikm", None,
     "§13 worked: 955 ÷ (29 × 9) × 25 = 91,48"),
    ("ipm", "uhh,hls,rls,pengeluaran\n72.55,12.86,11.02,17707000\n", "ipm_dicetak", "80,06",
     "§13 worked: DKI Jakarta 2017 → 80,06"),
    ("komponen", "pembilang,penyebut\n3,135\n", "nilai_dicetak", "2,22",
     "§13: 3 of 135 villages → 2,22 %"),
    ("iki", "capaian\n98\n", "nilai_capaian_iki_dicetak", "88,00",
     "§13 worked: capaian 98 % → 88"),
    ("predikat", "nilai\n82.70\n", "predikat", "A", "§2: seed nilai 82,70 → A"),
    ("predikat", "nilai\n90.00\n", "predikat", "A", "§2: 90,00 is A (upper bound inclusive)"),
    ("predikat", "nilai\n90.01\n", "predikat", "AA", "§2: 90,01 is AA"),
    ("tingkat-capaian", "nilai\n91\n", "tingkat_capaian", "Sangat Tinggi",
     "§12 five-band table: 91 % ≤ x ≤ 100 % Sangat Tinggi (label set A)"),
    ("tingkat-capaian", "nilai\n76\n", "tingkat_capaian", "Tinggi",
     "§12 five-band table: 76 % ≤ x ≤ 90 % Tinggi"),
    ("level-spip", "level\nLevel 3\n", "label", "Terdefinisi",
     "§13 SPIP maturity: 3 Terdefinisi (a report prints '3,21 — Level 3')"),
    ("capaian-output", "satker,realisasi,target\nA,81,100\nA,100,100\n", "capaian_output_dicetak",
     "90,00", "§4 PMK 214/2017 geometric mean over outputs: √(0,81 × 1) = 0,9 (by hand)"),
    ("efisiensi-kinerja", "capaian_output,capaian_input\n106.93,98.30\n", "efisiensi_dicetak",
     "108,78", "§9 rasio: BPKP LKj 2021 Tabel 3.23, SS 2, E dana 108,78 (HU)"),
    ("efisiensi-kinerja", "capaian_output,capaian_input\n106.93,95.16\n", "efisiensi_dicetak",
     "112,37", "§9 rasio: BPKP LKj 2021 Tabel 3.23, SS 2, E SDM 112,37 (HU)"),
    ("rasio-efisiensi", "realisasi,anggaran\n105,100\n", "kategori", "Tidak Efisien",
     "§9 Kepmendagri 690.900.327/1996: 100 ke atas tidak efisien"),
    ("rasio-efisiensi", "realisasi,anggaran\n95,100\n", "kategori", "Kurang Efisien",
     "§9 Kepmendagri 690.900.327/1996: 90–100 kurang efisien"),
]

#: Formulas whose golden rows need an --aturan (the convention is the report's choice).
ATURAN = {"efisiensi-kinerja": "rasio"}


@pytest.mark.parametrize(("formula", "text", "column", "printed", "source"), GOLDEN,
                         ids=[f"{g[0]}-{i}" for i, g in enumerate(GOLDEN)])
def test_golden(tmp_path: Path, formula: str, text: str, column: str, printed: str | None,
                source: str) -> None:
    aturan = ("--aturan", ATURAN[formula]) if formula in ATURAN else ()
    status, rows = _run(tmp_path, formula, text, *aturan)
    assert status == 0, source
    if printed is None:  # IKM: the reference prints SKM × 25
        assert f"{float(rows[0][column]) * 25:.2f}" == "91.48", source
    else:
        assert rows[0][column] == printed, source
    assert rows[0]["alasan"] == ""


def test_every_formula_has_a_golden_test_or_a_reason() -> None:
    """pemdi, spbe and ikpa have no worked example in the reference: their identity with the
    per-figure API is checked in tests/property/test_batch_properties.py."""
    assert set(FORMULAS) - {g[0] for g in GOLDEN} == {"pemdi", "spbe", "ikpa"}


def test_identifiers_pass_through_and_ikpa_blank_is_not_assessed(tmp_path: Path) -> None:
    names = ["satker", "revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
             "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
             "capaian_output"]
    status, rows = _run(tmp_path, "ikpa", ",".join(names) + "\nS-1,100,100,100,,100,100,80\n",
                        "--tahun", "2024")
    assert status == 0
    assert rows[0]["satker"] == "S-1"
    scores = dict(zip(names[1:], [100, 100, 100, None, 100, 100, 80], strict=True))
    assert rows[0]["ikpa"] == str(sakip.ikpa(scores, aturan="per-5-pb-2024").value)


def test_bad_rows_by_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every bad row, in order, with its line and column; nothing is written."""
    text = "satker,pagu,realisasi\nA,1000,750\nB,-5,1\nC,Rp 9,1\nD,,1\n"
    status, rows = _run(tmp_path, "penyerapan", text)
    assert status == 2 and rows == []
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[2] for line in err] == [
        "line 3, column pagu", "line 4, column pagu", "line 5, column pagu"]
    assert "write 0 when the value is zero" in err[2]
    status, rows = _run(tmp_path, "penyerapan", text, "--lanjut")
    assert status == 1
    assert [row["penyerapan"] for row in rows] == ["75", "", "", ""]
    assert rows[1]["alasan"].startswith("pagu: expected a number >= 0")


def test_efisiensi_bad_rows_are_all_named(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A batch function without a collecting mode: each row alone names every bad one."""
    text = "pagu,realisasi,capaian\n100,90,100\n100,120,100\n-1,1,100\n"
    status, _ = _run(tmp_path, "efisiensi", text)
    assert status == 2
    err = capsys.readouterr().err
    assert "line 3, column realisasi" in err and "line 4, column pagu" in err


def test_csv_injection_is_written_back_safely(tmp_path: Path) -> None:
    text = "satker,pagu,realisasi\n\"=cmd|' /C calc'!A0\",1000,750\n@SUM(A1),1000,-5\n"
    status, rows = _run(tmp_path, "penyerapan", text, "--lanjut")
    assert status == 1
    assert rows[0]["satker"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["satker"] == "'@SUM(A1)"
    assert rows[1]["realisasi"] == "-5"  # a number stays a number


@pytest.mark.parametrize(("data", "message"), [
    (b"pagu,realisasi\n\xff\xfe1,2\n", "UTF-8"),
    (b"", "a header row"),
    (b"pagu,realisasi\n1,2,3\n", "line 2: expected 2 cells"),
    (b"pagu,pagu\n1,2\n", "each column once"),
    (b"pagu,real\n1,2\n", "columns pagu, realisasi (missing: realisasi); received pagu, real"),
    (b"pagu,realisasi\n\"1,2\n", "line"),
    (b"p" * 5_000_001, "at most 5000000 bytes"),
])
def test_hostile_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes,
                       message: str) -> None:
    status, rows = _run(tmp_path, "penyerapan", data)
    assert status == 2 and rows == []
    assert message in capsys.readouterr().err


def test_semicolons_bom_and_no_overwrite(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Excel's ';' CSV with a byte-order mark is read; an existing output needs --force; the
    input is never the output."""
    status, rows = _run(tmp_path, "penyerapan", "\ufeffpagu;realisasi\n200;150\n")
    assert status == 0 and rows[0]["penyerapan"] == "75"
    status, _ = _run(tmp_path, "penyerapan", "pagu,realisasi\n200,150\n")
    assert status == 2 and "--force" in capsys.readouterr().err
    source = tmp_path / "data.csv"
    assert main(["hitung", "penyerapan", str(source), "-o", str(source), "-f"]) == 2


def test_efisiensi_kinerja_indeks_and_required_convention(tmp_path: Path) -> None:
    """§9 indeks: PRKOM 2021, kinerja 100 %, anggaran 99,21 % → IE 1,008 (3 decimals, HU);
    without --aturan the command refuses (no convention is every report's default)."""
    text = "capaian_output,capaian_input\n100,99.21\n"
    status, rows = _run(tmp_path, "efisiensi-kinerja", text, "--aturan", "indeks",
                        "--places", "3")
    assert (status, rows[0]["efisiensi_dicetak"]) == (0, "1,008")
    assert _run(tmp_path, "efisiensi-kinerja", text)[0] == 2


def test_capaian_output_bad_row_marks_its_satker(tmp_path: Path) -> None:
    """A zero target volume makes its satker not computable: the bad row has the reason,
    the satker's other rows say so; other satker are computed."""
    status, rows = _run(tmp_path, "capaian-output",
                        "satker,realisasi,target\nA,5,0\nA,1,1\nB,9,10\n", "--lanjut")
    assert status == 1
    assert rows[0]["alasan"].startswith("target: not computable")
    assert rows[1]["capaian_output"] == "" and rows[1]["alasan"].startswith("satker:")
    assert rows[2]["capaian_output_dicetak"] == "90,00"


def test_a_number_that_reads_two_ways_needs_angka(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Found by a new user: '1.176,1.189' (the seed's IKK 1.1, Indonesian thousands) was read
    as 1,176 and 1,189 without a word. Without --angka it is refused; with --angka id it is
    1176 and 1189 (capaian 101,11 half up: the seed prints 101,10, truncated); --angka en
    reads Python-like text, and a decimal comma without --angka points at --angka id."""
    text = "target;realisasi\n1.176;1.189\n"
    status, rows = _run(tmp_path, "capaian", text)
    assert status == 2 and rows == []
    assert "line 2, column target" in capsys.readouterr().err
    status, rows = _run(tmp_path, "capaian", text, "--angka", "id", "--mode", "down", "-f")
    assert (status, rows[0]["capaian_dicetak"]) == (0, "101,10")
    status, rows = _run(tmp_path, "capaian", "target,realisasi\n1.176,1.189\n",
                        "--angka", "en", "-f")
    assert (status, rows[0]["capaian_dicetak"]) == (0, "101,11")  # 1.189 / 1.176
    status, rows = _run(tmp_path, "capaian", "target;realisasi\n95,15;96\n", "--lanjut", "-f")
    assert status == 1 and "--angka id" in rows[0]["alasan"]
    status, rows = _run(tmp_path, "capaian", "target;realisasi\n95,15;96\n", "--angka", "id",
                        "-f")
    assert (status, rows[0]["capaian_dicetak"]) == (0, "100,89")  # 96 / 95,15


@pytest.mark.parametrize(("cell", "expected"), [
    ("3.67166E+10", "written out in full"), ("1e400", "written out in full"),
    ("1" * 31, "at most 30 digits"),
])
def test_cells_past_the_report_files_limits_are_bad_rows(tmp_path: Path, cell: str,
                                                          expected: str) -> None:
    """The report files' limits hold for a CSV too: a spreadsheet's E notation is a rounded
    display, more than 30 digits is refused (was: computed, printing '5E-98')."""
    status, rows = _run(tmp_path, "capaian", f"target,realisasi\n{cell},5\n100,90\n", "--lanjut")
    assert status == 1
    assert expected in rows[0]["alasan"] and rows[0]["alasan"].startswith("target:")
    assert rows[1]["capaian_dicetak"] == "90,00"  # the other row is computed


@pytest.mark.parametrize(("formula", "text"), [
    ("capaian", "target,realisasi\n100,90\n"), ("penyerapan", "pagu,realisasi\n100,90\n"),
])
def test_aturan_with_a_formula_that_has_none_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], formula: str, text: str) -> None:
    """Found by a new user: --aturan nope was ignored by capaian and penyerapan (exit 0)."""
    assert _run(tmp_path, formula, text, "--aturan", "nope")[0] == 2
    err = capsys.readouterr().err
    assert f"no --aturan: {formula} has no rule set" in err and "nope" in err


@pytest.mark.parametrize("formula", ["predikat", "iki"])
def test_an_unknown_aturan_is_one_error_not_one_per_row(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], formula: str) -> None:
    """An unknown rule set is the command's error, said once (predikat said it per row;
    iki, a collecting batch function, made every row not computable)."""
    column = "nilai" if formula == "predikat" else "capaian"
    status, rows = _run(tmp_path, formula, f"{column}\n80\n90\n95\n", "--aturan", "nope",
                        "--lanjut")
    assert status == 2 and rows == []
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "nope" in err[0] and "line" not in err[0]
