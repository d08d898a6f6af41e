"""Unit tests for the sakip command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sakip.cli import main


def test_reviu_example_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """The main job prints every finding and exits 1, because the seed has mistakes."""
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--bahasa", "en"]) == 1
    out = capsys.readouterr().out
    assert "indikator.IKK 1.1.capaian" in out
    assert "printed figures do not reproduce" in out
    assert "exit status 1: 34 printed figures do not reproduce" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each output format renders the same findings."""
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--format", fmt]) == 1
    out = capsys.readouterr().out
    assert "klaim.K-15" in out
    if fmt == "json":
        assert json.loads(out)["schema"] == "sakip/reviu-2"
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and "<svg" in out
        assert "http://" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_output_file(tmp_path: Path) -> None:
    """--output writes the rendering to a file."""
    target = tmp_path / "reviu.md"
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--format", "markdown",
                 "--output", str(target)]) == 1
    assert target.read_text(encoding="utf-8").startswith("# Kertas Kerja Reviu")
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--output",
                 str(tmp_path / "no" / "such" / "dir.txt")]) == 2


def test_examples_listed(capsys: pytest.CaptureFixture[str]) -> None:
    """'sakip examples' lists the bundled examples."""
    assert main(["examples"]) == 0
    assert capsys.readouterr().out.split() == ["bgp-kalsel-2023", "lkjip-renja"]


def test_bad_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unreadable files, unknown examples and bad arguments exit 2 with the file named."""
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = [", encoding="utf-8")
    assert main(["reviu", str(bad)]) == 2
    assert "bad.toml" in capsys.readouterr().err
    assert main(["reviu", "--example", "nope"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--format", "pdf"]) == 2


def test_clean_file_exits_0(tmp_path: Path) -> None:
    """A report whose printed figures all reproduce exits 0."""
    good = tmp_path / "good.toml"
    good.write_text(
        'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
        '[[indikator]]\nkode = "I1"\nnama = "n"\ntarget = "10"\nrealisasi = "12"\n'
        'capaian = "120,00"\n',
        encoding="utf-8",
    )
    assert main(["reviu", str(good)]) == 0


_FULL = Path("/dev/full")


@pytest.mark.skipif(not _FULL.exists(), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [["template"], ["examples"],
                                  ["reviu", "--example", "bgp-kalsel-2023"],
                                  ["simulasi", "capaian", "--target", "1", "--capaian", "1"]])
@pytest.mark.parametrize(("bahasa", "words"), [("en", "cannot write standard output"),
                                               ("id", "tidak dapat menulis ke keluaran standar")])
def test_stdout_write_failure_is_one_line_exit_2(argv: list[str], bahasa: str,
                                                 words: str) -> None:
    # Found in the final user review: `sakip template > /dev/full` ended in a traceback and
    # exit 1 (the status that means "a figure does not reproduce").
    import subprocess
    import sys

    with _FULL.open("wb") as full:
        done = subprocess.run([sys.executable, "-c", "import sys; from sakip.cli import main; "
                               "sys.exit(main(sys.argv[1:]))", *argv, "--bahasa", bahasa],
                              stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"sakip: {words}")


def test_closed_pipe_is_quiet() -> None:
    # `sakip examples | head -0`-style: a reader that goes away is not an error worth a traceback.
    import subprocess
    import sys

    reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.close()"],
                              stdin=subprocess.PIPE)
    reader.wait(timeout=60)
    assert reader.stdin is not None
    done = subprocess.run([sys.executable, "-c", "import sys; from sakip.cli import main; "
                           "sys.exit(main(['template']))"], stdout=reader.stdin,
                          stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    reader.stdin.close()
    assert "Traceback" not in done.stderr
    assert done.stderr == ""


_GOOD = ('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
         '[[indikator]]\nkode = "I1"\nnama = "n"\ntarget = "10"\nrealisasi = "12"\n'
         'capaian = "120,00"\n')


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_output_inside_the_reviewed_directory(tmp_path: Path, fmt: str) -> None:
    # Found in the final user review: `sakip reviu . --format json -o reviu.json`, run twice,
    # read its own previous output as a report (exit 2), and --force was refused because the
    # output had become an "input report". The --output file is never one of the reports.
    (tmp_path / "a.toml").write_text(_GOOD, encoding="utf-8")
    out = tmp_path / f"reviu.{'json' if fmt == 'json' else 'md'}"
    out.write_text('{"schema": "sakip/reviu-2"}\n' if fmt == "json" else "# old\n",
                   encoding="utf-8")
    assert main(["reviu", str(tmp_path), "--format", fmt, "-o", str(out), "--force"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "a.toml" in text or "I1" in text
    if fmt == "json":
        assert json.loads(text)["exit_status"] == 0


def test_html_of_several_reports_is_styled_when_the_first_is_unreadable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Found in the final user review: the page took its <style> from the first report only,
    # so an unreadable first file left the whole page unstyled.
    (tmp_path / "a_broken.toml").write_text("x = [", encoding="utf-8")
    (tmp_path / "b.toml").write_text(_GOOD, encoding="utf-8")
    assert main(["reviu", str(tmp_path), "--format", "html"]) == 2
    page = capsys.readouterr().out
    assert page.count("<style>") == 1 and page.index("<style>") < page.index("</head>")


def test_interrupt_is_one_line_exit_130(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    # Found in the final user review: Ctrl-C during a long `sakip reviu DIR` printed a
    # traceback. It is one line and the shell's conventional status for SIGINT, 128 + 2.
    import importlib

    module = importlib.import_module("sakip.reviu")  # the attribute sakip.reviu is the function

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(module, "reviu", interrupted)
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--bahasa", "en"]) == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "sakip: interrupted\n"
    assert main(["reviu", "--example", "bgp-kalsel-2023"]) == 130
    assert capsys.readouterr().err == "sakip: dihentikan\n"


def test_progress_lines_are_cleared_and_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # Found in the final user review: the progress line on a terminal kept the tail of a longer
    # earlier name ("[2/2] b.tomlng-name.toml"), and printed control characters of file names raw.
    import io

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    long = tmp_path / "a-very-long-report-name.toml"
    long.write_text(_GOOD, encoding="utf-8")
    odd = tmp_path / "b\x1b[2J.toml"
    odd.write_text(_GOOD, encoding="utf-8")
    err = Tty()
    monkeypatch.setattr("sys.stderr", err)
    assert main(["reviu", str(long), str(odd), "-o", str(tmp_path / "out.txt")]) == 0
    lines = err.getvalue().split("\r")
    assert "\x1b" not in err.getvalue()
    assert len(lines) == 5 and lines[0] == "" and lines[-1] == ""
    assert lines[3].strip() == ""  # the progress line is blanked at the end
    first, second = lines[1], lines[2]
    assert first.startswith("[1/2] ") and second.startswith("[2/2] ")
    assert len(second) >= len(first)  # padded: nothing of the longer name is left showing
    assert second.rstrip().endswith(".toml")


def test_empty_output_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Found in the final user review: `-o "$OUT"` with OUT unset wrote to standard output and
    # exited 0, as if no -o had been given.
    good = tmp_path / "good.toml"
    good.write_text(_GOOD, encoding="utf-8")
    assert main(["reviu", str(good), "-o", "", "--bahasa", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "sakip: output: expected a file name (or - for standard output); " \
                           "received ''\n"


def test_output_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    # The conventional spelling: `-o -` is standard output, not a file named '-'.
    good = tmp_path / "good.toml"
    good.write_text(_GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["reviu", str(good), "-o", "-"]) == 0
    assert "indikator.I1.capaian" in capsys.readouterr().out
    assert not (tmp_path / "-").exists()
