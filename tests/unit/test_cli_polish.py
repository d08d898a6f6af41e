"""Unit tests for the command-line polish of ``sakip reviu`` and ``sakip simulasi``.

Kept apart from test_cli.py and test_cli_simulasi.py, which other work edits.
"""

from __future__ import annotations

import decimal
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sakip.cli import main as _main
from sakip.reviu import REVIU_JSON_SCHEMA
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)

# A report file with two problems, each at its place (no instansi; a year written as text).
BAD_REPORT = 'schema = "sakip/lkj-1"\n[laporan]\ntahun = "2023"\n'
BAD_PROBLEMS = [
    {"field": "laporan.instansi", "expected": "text", "received": "(missing)",
     "message": "laporan.instansi: missing (a required field: text)"},
    {"field": "laporan.tahun", "expected": "an integer", "received": "2023",
     "message": "laporan.tahun: expected an integer; received '2023'"},
]


# ---------------------------------------------------- 1. one unreadable file


@pytest.mark.parametrize("to_file", [False, True])
def test_one_unreadable_file_still_writes_the_json_document(
        tmp_path: Path, to_file: bool, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json always gives a document: the file recorded as unreadable, exit 2."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_REPORT, encoding="utf-8")
    out = tmp_path / "out.json"
    argv = ["reviu", str(bad), "--format", "json"] + (["-o", str(out)] if to_file else [])
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"sakip: {bad}: 2 problems\n")  # the message stays
    document = json.loads(out.read_text(encoding="utf-8") if to_file else captured.out)
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert document["exit_status"] == 2
    assert document["summary"] == [{"sumber": str(bad), "instansi": None, "tahun": None,
                                    "counts": None, "exit_status": 2}]
    [report] = document["reports"]
    assert report["sumber"] == str(bad) and report["exit_status"] == 2
    assert report["problems"] == BAD_PROBLEMS
    assert report["errors"] == [p["message"] for p in BAD_PROBLEMS]


def test_unreadable_file_problems_in_a_collection(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Beside a readable report, the unreadable one carries the same structured problems."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_REPORT, encoding="utf-8")
    assert main(["reviu", str(bad), "--example", "bgp-kalsel-2023", "--format", "json"]) == 2
    document = json.loads(capsys.readouterr().out)
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert document["reports"][0]["problems"] == BAD_PROBLEMS
    assert [row["exit_status"] for row in document["summary"]] == [2, 1]


def test_missing_file_problem_is_the_file(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist: one problem at the place 'file'."""
    missing = tmp_path / "nope.toml"
    assert main(["reviu", str(missing), "--format", "json"]) == 2
    [problem] = json.loads(capsys.readouterr().out)["reports"][0]["problems"]
    assert problem["field"] == "file" and problem["expected"] == "a readable file"
    assert problem["received"] == "No such file or directory"


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_one_unreadable_file_still_writes_the_document(
        tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Markdown and HTML working papers too: the file as unreadable, one summary row."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_REPORT, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["reviu", str(bad), "--format", fmt, "-o", str(out)]) == 2
    assert "2 problems" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "unreadable (exit" in page and "laporan.tahun: expected an integer" in page
    assert "exit status 2" in page
    if fmt == "html":
        assert "<h1>Reviu of 1 report</h1>" in page


def test_one_unreadable_file_text_is_the_message_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text format (the terminal's) stays the stderr message alone, no -o file."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_REPORT, encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["reviu", str(bad), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "2 problems" in captured.err
    assert not out.exists()


# ------------------------------------- 2. simulasi output and the caller's context

# Scores written with exponents, as Python notation allows: the answers keep them.
EXPONENT_SCORES = ["--skor", "revisi_dipa=8E+1", "--skor", "deviasi_halaman_iii_dipa=-",
                   "--skor", "penyerapan_anggaran=8E+1", "--skor", "belanja_kontraktual=1E+2",
                   "--skor", "penyelesaian_tagihan=1E+2", "--skor", "pengelolaan_up_tup=1E+2",
                   "--skor", "capaian_output=1E+2"]
SIMULASI_QUESTIONS = [
    ["simulasi", "ikpa", "--tahun", "2024", *EXPONENT_SCORES],
    ["simulasi", "ikpa", "--tahun", "2024", "--format", "json", *EXPONENT_SCORES],
    ["simulasi", "capaian", "--target", "1E-7", "--capaian", "100", "--grid", "1E-9"],
    ["simulasi", "capaian", "--target", "1E-7", "--capaian", "100", "--grid", "1E-9",
     "--format", "json"],
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], **context: Any) -> tuple[int, str]:
    with decimal.localcontext(**context):
        status = main(argv)
    captured = capsys.readouterr()
    assert captured.err == ""
    return status, captured.out


@pytest.mark.parametrize("argv", SIMULASI_QUESTIONS)
@pytest.mark.parametrize("context", [
    {"capitals": 0}, {"prec": 2}, {"prec": 3, "capitals": 0, "rounding": decimal.ROUND_DOWN}])
def test_simulasi_output_ignores_the_callers_context(
        argv: list[str], context: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """The same answer, written the same way, whatever the caller's decimal context."""
    assert _run(argv, capsys, **context) == _run(argv, capsys)


def test_simulasi_figures_in_sakips_notation(capsys: pytest.CaptureFixture[str]) -> None:
    """Exponents are written as sakip writes them (capital E), in text and JSON."""
    with decimal.localcontext(capitals=0):
        assert main(SIMULASI_QUESTIONS[0]) == 0
        assert "    penyerapan_anggaran: 8E+1 -> 88.75\n" in capsys.readouterr().out
        assert main(SIMULASI_QUESTIONS[3]) == 0
        assert json.loads(capsys.readouterr().out)["answer"]["value"] == "1.00E-7"


# ------------------------------------------- 3. values as the user wrote them

SCORES = ["--skor", "revisi_dipa=80", "--skor", "deviasi_halaman_iii_dipa=-",
          "--skor", "penyerapan_anggaran=90", "--skor", "belanja_kontraktual=100",
          "--skor", "penyelesaian_tagihan=100", "--skor", "pengelolaan_up_tup=100",
          "--skor", "capaian_output=100"]


@pytest.mark.parametrize(("argv", "ending"), [
    (["simulasi", "capaian", "--target", "1176", "--capaian", "100", "--floor", "150",
      "--cap", "120"], "floor: expected floor <= cap (120); received 150"),
    (["simulasi", "capaian", "--target", "90,80", "--capaian", "100", "--polarisasi",
      "stabilize"], "target: expected low <= high; received 90,80"),
    (["simulasi", "capaian", "--target", "80,90", "--capaian", "100"],
     "received 80,90"),
    (["simulasi", "capaian", "--target", "1176", "--capaian", "101,10"], "received 101,10"),
    (["simulasi", "capaian", "--target", "1176", "--capaian", "100", "--direction",
      "greatest"], "received greatest"),
    (["simulasi", "ikpa", "--tahun", "2024", *SCORES, "--kategori", "Hebat"],
     "(per-5-pb); received Hebat"),
    (["simulasi", "ikpa", "--tahun", "2024", *SCORES, "--dispensasi-spm", "5"],
     "dispensasi_spm: expected a deduction 0–1 points; received 5"),
    (["simulasi", "ikpa", "--tahun", "2024", "--skor", "revisi_dipa"],
     "--skor: expected INDIKATOR=NILAI; received revisi_dipa"),
    (["simulasi", "ikpa", "--tahun", "2024", *SCORES, "--skor", "revisi_dipa=1"],
     "--skor: expected each indicator once; received revisi_dipa twice"),
    (["reviu", "--example", "nope"],
     "example:nope: example: expected one of bgp-kalsel-2023, lkjip-renja; received nope"),
    # Empty text keeps its quotes, or nothing would be shown.
    (["simulasi", "capaian", "--target", "", "--capaian", "100"], "received ''"),
])
def test_messages_quote_values_as_written(argv: list[str], ending: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A value from the command line is shown as written: no Decimal('…'), no repr quotes."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: ") and err.endswith(ending + "\n"), err
    assert "Decimal(" not in err


def test_existing_output_file_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The refusal to replace a file says what it found in words."""
    out = tmp_path / "reviu.txt"
    out.write_text("old\n", encoding="utf-8")
    assert main(["reviu", "--example", "bgp-kalsel-2023", "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"sakip: output {out}: expected a new file name (or --force to replace the file); "
        "received an existing file\n")


def test_report_file_values_keep_their_quotes(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """In a report file the quotes are the user's (TOML text): those messages stay."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_REPORT, encoding="utf-8")
    assert main(["reviu", str(bad)]) == 2
    assert "  laporan.tahun: expected an integer; received '2023'\n" in capsys.readouterr().err


# --------------------------------------------------------- 4. simulasi ikpa --blu

# PER-5/PB/2024 weights (regulations.md §IKPA): revisi_dipa 10, deviasi 15, penyerapan 20,
# kontraktual 10, tagihan 10, UP/TUP 10, capaian_output 25. A BLU satker is not assessed on
# penyerapan (re-weight, regulations.md §11): Σw = 80 and
# IKPA = (10·80 + 15·90 + 10·100 + 10·100 + 10·100 + 25·100) / 80 = 7650 / 80 = 95.625;
# revisi_dipa alone at Sangat Baik (95): (95·80 − 6850) / 10 = 75.
BLU_SCORES = ["--skor", "revisi_dipa=80", "--skor", "deviasi_halaman_iii_dipa=90",
              "--skor", "belanja_kontraktual=100", "--skor", "penyelesaian_tagihan=100",
              "--skor", "pengelolaan_up_tup=100", "--skor", "capaian_output=100"]


def test_ikpa_blu(capsys: pytest.CaptureFixture[str]) -> None:
    """--blu: penyerapan_anggaran not assessed ('-'), the composite re-weights."""
    assert main(["simulasi", "ikpa", "--tahun", "2024", "--blu", "--format", "json",
                 *BLU_SCORES, "--skor", "penyerapan_anggaran=-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["nilai_ikpa"] == "95.625"
    rows = {row["label"]: row for row in data["per_indikator"]}
    assert "penyerapan_anggaran" not in rows and rows["revisi_dipa"]["value"] == "75.00"


def test_ikpa_blu_refuses_a_penyerapan_score(capsys: pytest.CaptureFixture[str]) -> None:
    """With --blu a score for penyerapan_anggaran is refused, in the command's notation."""
    assert main(["simulasi", "ikpa", "--tahun", "2024", "--blu", *BLU_SCORES,
                 "--skor", "penyerapan_anggaran=90"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: --skor: expected penyerapan_anggaran=-: a BLU satker is not "
                          "assessed on penyerapan_anggaran")
    assert err.endswith("; received penyerapan_anggaran=90\n")
    # In Bahasa Indonesia too (the command rewrote None to '-' before the catalog could find
    # the phrase, so it stayed English — review, 2026-12-08)
    assert _main(["simulasi", "ikpa", "--tahun", "2024", "--blu", *BLU_SCORES,
                  "--skor", "penyerapan_anggaran=90"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: --skor: seharusnya penyerapan_anggaran=-: satker BLU tidak "
                          "dinilai pada penyerapan_anggaran")
    assert err.endswith("; diterima penyerapan_anggaran=90\n")
    # Without --blu the same scores are an ordinary satker's.
    assert main(["simulasi", "ikpa", "--tahun", "2024", *BLU_SCORES,
                 "--skor", "penyerapan_anggaran=90"]) == 0


def test_ikpa_blu_needs_a_rule_set_with_a_blu_treatment(
        capsys: pytest.CaptureFixture[str]) -> None:
    """PER-5/PB/2022's BLU treatment was not retrieved: --blu is refused, never ignored."""
    assert main(["simulasi", "ikpa", "--aturan", "per-5-pb-2022", "--blu", *BLU_SCORES,
                 "--skor", "penyerapan_anggaran=-", "--skor", "dispensasi_spm=100"]) == 2
    assert capsys.readouterr().err.startswith("sakip: blu: expected a rule set with a BLU "
                                              "treatment")


# ----------------------------------- 5. the header in the report's decimal mark

def _capaian_report(tmp_path: Path, angka: str) -> Path:
    """One indicator: 1189 against 1176 is 101,105…%, printed (wrongly) as 101,12."""
    mark = "." if angka == "en" else ","
    path = tmp_path / f"{angka}.toml"
    path.write_text(f'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "Satker Contoh"\n'
                    f'tahun = 2023\nangka = "{angka}"\n\n[[indikator]]\nkode = "I1"\n'
                    f'nama = "n"\ntarget = "1176"\nrealisasi = "1189"\n'
                    f'capaian = "101{mark}12"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(("angka", "half"), [("en", "0.005"), ("id", "0,005")])
def test_text_header_uses_the_reports_decimal_mark(
        tmp_path: Path, angka: str, half: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Under angka = "en" the header's and the reasons' rounding words say 0.005, as the
    findings' figures use the decimal point; an Indonesian report keeps 0,005."""
    assert main(["reviu", str(_capaian_report(tmp_path, angka)), "--bahasa", "en"]) == 1
    out = capsys.readouterr().out
    other = "0,005" if half == "0.005" else "0.005"
    header = out.splitlines()[1]
    assert header.endswith(f"report rounding: 2 decimals, half-up ({half} up)")
    recomputed = "101.11" if angka == "en" else "101,11"
    assert f"recomputed {recomputed} (2 decimals, half-up ({half} up))" in out
    assert f"({other} up)" not in out


def test_html_header_uses_the_reports_decimal_mark(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The HTML page's "Report rounding" too."""
    assert main(["reviu", str(_capaian_report(tmp_path, "en")), "--format", "html",
                 "--bahasa", "en"]) == 1
    assert "Report rounding: 2 decimals, half-up (0.005 up)." in capsys.readouterr().out
