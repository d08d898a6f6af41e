"""The reviu gate as an auditor and a CI engineer meet it: the review of issue s3.

Each test pins a behaviour the review found wrong (it fails on the code before the fix).
Figures: IKK 1.1 of the seed LKj 2023 (``shared/seeds/000_46cdd3d7791d58bb.txt``, Tabel 3.1:
target 1176, realisasi 1189, capaian printed truncated as 101,10; 1189 / 1176 × 100 =
101,105...), here also written the English way (``1,176``, ``101.10``) for ``angka = "en"``.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import attrs
import jsonschema
import pytest

import sakip
from sakip.cli import main as _main
from sakip.errors import InvalidValueError
from sakip.reviu import REVIU_JSON_SCHEMA
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)

# IKK 1.1 as the seed prints it: a report whose every figure reproduces (exit status 0).
PASSING = """schema = "sakip/lkj-1"
[laporan]
instansi = "BGP Provinsi Kalimantan Selatan"
tahun = 2023
rounding = { places = 2, mode = "down" }
[[indikator]]
kode = "IKK 1.1"
nama = "Guru dan tenaga kependidikan yang mengikuti pelatihan"
target = "1176"
realisasi = "1189"
capaian = "101,10"
"""

# The same figure in a report printed with decimal points.
ENGLISH = PASSING.replace('tahun = 2023', 'tahun = 2023\nangka = "en"').replace(
    '"1176"', '"1,176"').replace('"1189"', '"1,189"').replace('"101,10"', '"101.10"')


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# ------------------------------------------- 1. a directory with no report files


class TestEmptyDirectory:
    """A gate pointed at a directory without reports must not pass, and says so."""

    def test_alone_json_writes_a_document(self, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
        (tmp_path / "reports").mkdir()
        status, out, err = _run(["reviu", str(tmp_path / "reports"), "--format", "json"],
                                capsys)
        assert status == 2
        document = json.loads(out)
        jsonschema.validate(document, REVIU_JSON_SCHEMA)
        assert document["exit_status"] == 2
        [entry] = document["reports"]
        assert entry["sumber"] == str(tmp_path / "reports")
        [problem] = entry["problems"]
        assert problem["field"] == "file"
        assert ".toml, .json or .xlsx report files" in problem["expected"]
        assert err.count("\n") == 1 and "report files" in err

    def test_alone_text_is_one_line(self, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = _run(["reviu", str(tmp_path)], capsys)
        assert (status, out) == (2, "")
        assert err == (f"sakip: {tmp_path}: file: expected a directory holding .toml, .json or "
                       ".xlsx report files; received a directory without any\n")

    def test_beside_a_passing_report_fails_the_gate(self, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
        good = tmp_path / "good.toml"
        good.write_text(PASSING, encoding="utf-8")
        (tmp_path / "emptied").mkdir()
        assert main(["reviu", str(good)]) == 0  # the report alone passes
        capsys.readouterr()
        status, out, _ = _run(["reviu", str(good), str(tmp_path / "emptied"),
                               "--format", "json"], capsys)
        assert status == 2
        document = json.loads(out)
        jsonschema.validate(document, REVIU_JSON_SCHEMA)
        assert [row["exit_status"] for row in document["summary"]] == [0, 2]

    def test_markdown_records_it(self, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = _run(["reviu", str(tmp_path), "--format", "markdown"], capsys)
        assert status == 2 and "unreadable (exit status 2)" in out


# ------------------------------------------- -o onto a report in a reviewed directory


def test_output_onto_a_report_in_the_directory_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`-o reports/b.toml --force` must not drop b.toml from the review and overwrite it."""
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    (tmp_path / "b.toml").write_text(PASSING, encoding="utf-8")
    status, _, err = _run(["reviu", str(tmp_path), "--format", "json", "-o",
                           str(tmp_path / "b.toml"), "--force"], capsys)
    assert status == 2 and "the input report" in err
    assert (tmp_path / "b.toml").read_text(encoding="utf-8") == PASSING


def test_an_earlier_document_in_the_directory_is_still_not_a_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    out = tmp_path / "reviu.json"
    argv = ["reviu", str(tmp_path), "--format", "json", "-o", str(out), "--force"]
    assert main(argv) == 0 and main(argv) == 0
    capsys.readouterr()
    [report] = json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert len(report["findings"]) == 1


def test_a_directory_of_one_report_gives_the_collection_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON's shape follows the command line (a new user's review): a directory gives the
    collection form even when it holds one report; the file itself gives the report form."""
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    status, out, _ = _run(["reviu", str(tmp_path), "--format", "json"], capsys)
    document = json.loads(out)
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert status == 0 and [row["sumber"] for row in document["summary"]] == [
        str(tmp_path / "a.toml")]
    status, out, _ = _run(["reviu", str(tmp_path / "a.toml"), "--format", "json"], capsys)
    assert status == 0 and "findings" in json.loads(out) and "reports" not in json.loads(out)


# ------------------------------------------- 3. an "en" report's derivations


class TestEnglishFigures:
    """A report printed with decimal points gets its derivations in decimal points."""

    def test_explanation_in_json(self, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "en.toml"
        path.write_text(ENGLISH, encoding="utf-8")
        status, out, _ = _run(["reviu", str(path), "--format", "json", "--bahasa", "en"], capsys)
        assert status == 0
        [finding] = json.loads(out)["findings"]
        assert finding["printed"] == "101.10"
        text = finding["explanation"]
        assert "(printed 101.10)" in text
        assert "printed: 101.10 (2 decimals, truncation (toward zero))" in text
        assert "101,10" not in text

    def test_half_up_words(self) -> None:
        data = ENGLISH.replace('mode = "down"', 'mode = "half_up"').replace(
            '"101.10"', '"101.11"')
        import tomllib

        [finding] = sakip.reviu(tomllib.loads(data))
        assert finding.status == "match"
        assert finding.explanation is not None
        assert "(0.005 up)" in finding.explanation.to_text("en")
        assert "(0.005 up)" in finding.explanation.to_markdown("en")
        assert "(0.005 ke atas)" in finding.explanation.to_text()
        assert "101.11" in finding.explanation.to_html()
        assert "0,005" not in finding.explanation.to_text()

    def test_chart_labels(self) -> None:
        import tomllib

        svg = sakip.reviu(tomllib.loads(ENGLISH)).chart_svg(bahasa="en")
        # the label as the table shows it: the report truncates (mode "down"), decimal points
        assert "101.10 % (recomputed)" in svg
        assert "101,10" not in svg and "101.11" not in svg

    def test_indonesian_report_unchanged(self) -> None:
        import tomllib

        [finding] = sakip.reviu(tomllib.loads(PASSING))
        assert finding.explanation is not None
        assert "(printed 101,10)" in finding.explanation.to_text("en")
        assert "(tercetak 101,10)" in finding.explanation.to_text()

    def test_explanation_angka_is_validated(self) -> None:
        e = sakip.capaian(target=1176, realisasi=1189).explain(2, "down")
        assert e.angka == "id" and e.printed == "101,10"
        assert attrs.evolve(e, angka="en").printed == "101.10"
        with pytest.raises(InvalidValueError, match="angka: expected 'id' or 'en'"):
            attrs.evolve(e, angka="de")


# ------------------------------------------- 2/4. no Python terms in what a user reads


def test_stabilize_reason_names_the_place_without_a_repr() -> None:
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
            "indikator": [{"kode": "I1", "nama": "n", "polarisasi": "stabilize",
                           "target": "100", "realisasi": "90", "capaian": "90,00"}]}
    [finding] = sakip.reviu(data)
    assert finding.status == "not-computable"
    assert "Decimal(" not in finding.reason
    assert "indikator[1].target is one number" in finding.reason


def test_a_number_received_is_written_in_a_reason() -> None:
    """A library error whose received value is a number: written, not its repr."""
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
            "indikator": [{"kode": "I1", "nama": "n", "target": "0",
                           "realisasi": "90", "capaian": "90,00"}]}
    from sakip._decimal import message

    error = InvalidValueError(field="target", expected="a target > 0",
                              received=sakip.capaian(target=1, realisasi=2).value)
    assert message(error) == "target: expected a target > 0; received 200"
    assert all("Decimal(" not in f.reason for f in sakip.reviu(data))


@pytest.mark.parametrize(("argv", "wanted", "unwanted"), [
    (["--target", "100", "--capaian", "100", "--direction", "greatest"],
     "direction: expected 'least' (or no --direction) under polarisasi 'maximize'; "
     "received greatest", "None"),
    (["--target", "100", "--capaian", "100", "--polarisasi", "stabilize"],
     "target: expected a range low,high for polarisasi 'stabilize' (--target 80,90); "
     "received 100",
     "(low, high) pair"),
    (["--target", "1176", "--capaian", "abc"],
     "capaian: expected a number in Python notation (ASCII digits) such as '95.15'; "
     "received abc", "sakip.parse_id"),
])
def test_simulasi_messages_in_the_commands_terms(
        argv: list[str], wanted: str, unwanted: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["simulasi", "capaian", *argv], capsys)
    assert (status, out) == (2, "")
    assert err == f"sakip: {wanted}\n"
    assert unwanted not in err


def test_simulasi_rumus_minimize_without_minimize_is_refused(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--rumus-minimize t/r` under maximize was silently ignored (exit 0)."""
    status, out, err = _run(["simulasi", "capaian", "--target", "100", "--capaian", "100",
                             "--rumus-minimize", "t/r"], capsys)
    assert (status, out) == (2, "")
    assert err == ("sakip: --rumus-minimize: expected it with --polarisasi minimize only; "
                   "received --rumus-minimize t/r with --polarisasi maximize\n")
    # Under minimize it is the formula: T = 8, R = 9 gives 87,5 % by (2T − R)/T and
    # 88,89 % by T/R (regulations.md, section 1), so T/R needs a smaller realisasi.
    assert main(["simulasi", "capaian", "--target", "8", "--capaian", "100",
                 "--polarisasi", "minimize", "--rumus-minimize", "t/r"]) == 0


# ------------------------------------------- odd files and odd text


def test_byte_order_mark_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Notepad's 'UTF-8' file: the message says what is wrong and how to save it."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + PASSING.encode("utf-8"))
    status, out, err = _run(["reviu", str(path), "--format", "json"], capsys)
    assert status == 2
    [problem] = json.loads(out)["reports"][0]["problems"]
    assert problem["field"] == "file"
    assert "byte-order mark" in problem["expected"] and "byte-order mark" in err
    assert "Invalid statement" not in err


def test_zero_width_characters_are_visible(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Two codes that differ by a zero-width space must not look the same in the table."""
    path = tmp_path / "zw.toml"
    path.write_text(PASSING.replace('kode = "IKK 1.1"', 'kode = "IKK\u200b 1.1"'),
                    encoding="utf-8")
    status, out, _ = _run(["reviu", str(path)], capsys)
    assert status == 0
    assert "indikator.IKK\\u200b 1.1.capaian" in out and "\u200b" not in out


# ------------------------------------------- reasons reached through a report file


def _reasons(**sections: object) -> list[str]:
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2024}, **sections}
    return [f.reason for f in sakip.reviu(data) if f.status == "not-computable"]


def test_ikpa_missing_indicator_in_file_terms() -> None:
    """A file cannot write None: the reason must not tell its author to."""
    [reason] = _reasons(ikpa={"nilai": "90,00", "tahun": 2024,
                              "komponen": {"revisi_dipa": "90", "capaian_output": "100"}})
    assert reason.startswith("ikpa.komponen: expected a score for deviasi_halaman_iii_dipa")
    assert "None" not in reason


@pytest.mark.parametrize(("indikator", "reason"), [
    ({"target": "BB", "realisasi": "A",
      "renstra": {"kumulatif": True, "target": {"2024": "BB"}, "capaian": "100,00"}},
     "indikator[1].renstra.kumulatif: expected false for predikat indicators (a predikat is "
     "not summed); received true"),
    ({"target": "10", "realisasi": "12",
      "renstra": {"kumulatif": True, "target": {}, "capaian": "100,00"}},
     'indikator[1].renstra.target: expected at least one year ("2024" = "..."); received none'),
    ({"target": "10", "realisasi": "12", "realisasi_sebelumnya": {"2019": "3"},
      "renstra": {"kumulatif": False, "target": {"2024": "10"}, "capaian": "120,00"}},
     "indikator[1].realisasi_sebelumnya: expected years within the Renstra targets (2024; or "
     'give the period\'s realisasi in indikator[1].renstra.realisasi); received 2019'),
    ({"target": "BB", "realisasi": "BB", "realisasi_sebelumnya": {"2023": "71,85"},
      "renstra": {"kumulatif": False, "target": {"2023": "70", "2024": "BB"},
                  "capaian": "100,00"}},
     "indikator[1].renstra.target and realisasi: expected all numbers or all predikat; "
     "received target 2023 = 70, 2024 = BB; realisasi 2023 = 71.85, 2024 = BB"),
    ({"target": "10",
      "renstra": {"kumulatif": False, "target": {"2024": "10"}, "capaian": "100,00"}},
     "indikator[1].renstra.capaian: not computable: no year has a realisasi (realisasi, "
     "realisasi_sebelumnya, renstra.realisasi)"),
    ({"target": "10", "realisasi": "10",
      "renstra": {"kumulatif": False, "target": {"2024": "10"}, "realisasi": {},
                  "capaian": "100,00"}},
     'indikator[1].renstra.realisasi: expected at least one year ("2024" = "..."); '
     "received none"),
])
def test_renstra_reasons_name_the_place(indikator: dict[str, object], reason: str) -> None:
    assert _reasons(indikator=[{"kode": "I1", "nama": "n", **indikator}]) == [reason]


def test_missing_lke_component_is_not_received_none() -> None:
    [reason] = _reasons(evaluasi_akip={"nilai": "70,00", "komponen": {"pengukuran": "20"}})
    assert reason == ("perencanaan: expected points for component 'perencanaan' (0–30); "
                      "received '(missing)'")


# ------------------------------------------- arguments and files a CI job gets wrong


def test_empty_file_argument_is_not_the_current_directory(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`sakip reviu "$REPORTS"` with REPORTS unset must not review whatever is in '.'."""
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = _run(["reviu", "", "--format", "json"], capsys)
    assert status == 2
    document = json.loads(out)
    assert [row["sumber"] for row in document["summary"]] == ["''"]
    assert err == "sakip: '': file: expected a file or directory name; received ''\n"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.json", b"", "file: expected a sakip/lkj-1 report; received 'an empty file'"),
    ("empty.toml", b"  \n", "file: expected a sakip/lkj-1 report; received 'an empty file'"),
    ("list.json", b"[1, 2]", "file: expected a table (a JSON object); received 'an array'"),
])
def test_not_a_report_in_words(name: str, content: bytes, message: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    status, _, err = _run(["reviu", str(path)], capsys)
    assert (status, err) == (2, f"sakip: {path}: {message}\n")


def test_a_reviu_document_in_the_directory_says_what_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sakip reviu DIR --format json > DIR/reviu.json`, run twice: one line, not five."""
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    main(["reviu", str(tmp_path), "--format", "json"])
    (tmp_path / "reviu.json").write_text(capsys.readouterr().out, encoding="utf-8")
    status, _, err = _run(["reviu", str(tmp_path)], capsys)
    assert status == 2
    assert err.splitlines() == [
        f"sakip: {tmp_path / 'reviu.json'}: schema: expected sakip/lkj-1, a report (this file "
        "is a document written by sakip reviu; write it with -o, which a later run leaves out "
        "of the reports); received 'sakip/reviu-2'"]


def test_file_errors_all_at_once_and_as_toml_writes_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad places no longer hides a bad mode; booleans and arrays are written as in TOML."""
    path = tmp_path / "bad.toml"
    path.write_text(PASSING.replace('mode = "down"', 'mode = "ceil"')
                    .replace("places = 2", 'places = "2"')
                    .replace('realisasi = "1189"', 'realisasi = true')
                    .replace('capaian = "101,10"', 'capaian = ["101,10"]'), encoding="utf-8")
    status, _, err = _run(["reviu", str(path)], capsys)
    assert status == 2
    assert err.splitlines()[1:] == [
        "  laporan.rounding.places: expected an integer; received '2'",
        "  laporan.rounding.mode: expected one of 'half_up', 'down', 'half_even', 'up'; "
        "received 'ceil'",
        "  indikator[1].realisasi: expected a number written as text, as printed ('95,15'); "
        "received true",
        "  indikator[1].capaian: expected a number written as text, as printed ('95,15'); "
        'received ["101,10"]',
    ]


def test_markdown_names_each_reports_source(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Two reports of one instansi: the working paper must say which section is which file."""
    for name in ("awal.toml", "revisi.toml"):
        (tmp_path / name).write_text(PASSING, encoding="utf-8")
    status, out, _ = _run(["reviu", str(tmp_path), "--format", "markdown", "--bahasa", "en"],
                          capsys)
    assert status == 0
    assert [line for line in out.splitlines() if line.startswith("- Report file: ")] == [
        f"- Report file: {tmp_path / name}" for name in ("awal.toml", "revisi.toml")]
    assert out.count("- Report rounding: 2 decimals, truncation (toward zero)") == 2


def test_sisa_derivation_reads_p_minus_ra() -> None:
    """The seed's RO 5634.SCI.011: pagu 623.798.000, realisasi 623.733.113, sisa 64.887."""
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
            "anggaran": {"output": [{"kode": "5634.SCI.011", "pagu": "623.798.000",
                                     "realisasi": "623.733.113", "sisa": "64.887"}]}}
    finding = sakip.reviu(data)["anggaran.output.5634.SCI.011.sisa"]
    assert finding.status == "match"
    assert finding.explanation is not None
    assert finding.explanation.steps[0].formula == "P (pagu) − RA (realisasi)"  # not "+ −"


def test_a_crash_in_one_report_leaves_the_others_reviewed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug met in one report is that report's exit 2; the gate still has its document."""
    module = importlib.import_module("sakip.reviu")  # sakip.reviu is also the function

    real = module.reviu

    def flaky(source: object) -> object:
        if str(source).endswith("b.toml"):
            raise ZeroDivisionError("boom")
        return real(source)

    monkeypatch.setattr(module, "reviu", flaky)
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(PASSING, encoding="utf-8")
    status, out, err = _run(["reviu", str(tmp_path), "--format", "json"], capsys)
    assert status == 2
    document = json.loads(out)
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert [row["exit_status"] for row in document["summary"]] == [0, 2]
    assert err == (f"sakip: {tmp_path / 'b.toml'}: internal error (ZeroDivisionError: boom); "
                   "please report it\n")


def test_too_deep_names_the_file_once(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("sakip.reviu")  # sakip.reviu is also the function

    def deep(source: object) -> object:
        raise RecursionError

    monkeypatch.setattr(module, "reviu", deep)
    path = tmp_path / "a.toml"
    path.write_text(PASSING, encoding="utf-8")
    status, _, err = _run(["reviu", str(path)], capsys)
    assert (status, err) == (2, f"sakip: {path}: file: nested too deeply to read\n")


def test_summary_counts_one_figure_in_the_singular() -> None:
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
            "eka": {"nilai": "97,29"}}  # the seed's EKA, printed without its components
    lines = sakip.reviu(data).summary(strict=True, bahasa="en").splitlines()
    assert lines[0].startswith("1 printed figure: 0 reproduce")
    assert lines[1] == "exit status 1 (--strict): 1 printed figure could not be checked"


def test_a_broken_link_in_the_directory_is_reported_not_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.toml").write_text(PASSING, encoding="utf-8")
    (tmp_path / "moved.toml").symlink_to(tmp_path / "nowhere.toml")
    status, _, err = _run(["reviu", str(tmp_path)], capsys)
    assert status == 2
    assert err.startswith(f"sakip: {tmp_path / 'moved.toml'}: file: expected a readable file")


def test_version_and_an_example_named_twice(capsys: pytest.CaptureFixture[str]) -> None:
    """`sakip --version`; `--example X --example X` is reviewed once, as a file named twice."""
    assert _main(["--version"]) == 0
    assert capsys.readouterr().out == f"sakip {sakip.__version__}\n"
    status = _main(["reviu", "--example", "bgp-kalsel-2023", "--example", "bgp-kalsel-2023",
                    "--bahasa", "en"])
    out = capsys.readouterr().out
    assert status == 1 and "Summary of" not in out and out.count("200 printed figures") == 1
