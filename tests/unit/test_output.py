"""Output that never destroys: atomic writes, overwrite protection, escaping (issue 16)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sakip._output import markdown_cell, text_cell, write_atomic
from sakip.cli import main as _main
from sakip.errors import InvalidValueError
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)

PREVIOUS = b"the previous report\n"


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_new_file_then_refuse_existing(tmp_path: Path) -> None:
    """A new name is written; an existing file is refused without force, replaced with it."""
    target = tmp_path / "out.md"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one"
    with pytest.raises(InvalidValueError, match="--force"):
        write_atomic(target, b"two")
    assert target.read_bytes() == b"one"
    write_atomic(target, b"two", force=True)
    assert target.read_bytes() == b"two"
    assert _leftovers(tmp_path) == []


def test_new_file_mode_follows_umask(tmp_path: Path) -> None:
    """A new report gets the permissions open() would give it, not mkstemp's 0600."""
    target = tmp_path / "out.txt"
    mask = os.umask(0o022)
    try:
        write_atomic(target, b"x")
    finally:
        os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_never_the_input(tmp_path: Path) -> None:
    """The input report is never overwritten, even with force (also through another name)."""
    report = tmp_path / "report.toml"
    report.write_bytes(PREVIOUS)
    link = tmp_path / "same.toml"
    os.link(report, link)
    for target in (report, link):
        with pytest.raises(InvalidValueError, match="input report"):
            write_atomic(target, b"x", force=True, inputs=[report])
    assert report.read_bytes() == PREVIOUS


def test_not_a_regular_file(tmp_path: Path) -> None:
    """A directory (or device) as the target is refused, never replaced."""
    with pytest.raises(InvalidValueError, match="regular file"):
        write_atomic(tmp_path, b"x", force=True)


def test_failing_write_keeps_previous(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails midway (disk full) leaves the previous report and no temporary."""
    target = tmp_path / "out.txt"
    target.write_bytes(PREVIOUS)
    real_write = os.write
    calls = []

    def failing(fd: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data[:10]))

    monkeypatch.setattr(os, "write", failing)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"x" * 1000, force=True)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == []


_CHILD = """
import os, sys, time
from sakip import _output
real_write = os.write
def slow(fd, data):
    n = real_write(fd, bytes(data[:4096]))
    print("written", flush=True)
    time.sleep(60)
    return n
_output.os.write = slow
_output.write_atomic(sys.argv[1], b"new report " * 100_000, force=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_write_keeps_previous(tmp_path: Path) -> None:
    """A process killed in the middle of writing leaves the previous report whole."""
    target = tmp_path / "out.txt"
    target.write_bytes(PREVIOUS)
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(target)],
                             stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"written\n"  # part of the new report is on disk
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert target.read_bytes() == PREVIOUS
    assert len(_leftovers(tmp_path)) == 1  # the partial temporary, never the report


def test_concurrent_writers_leave_one_whole_report(tmp_path: Path) -> None:
    """Writers racing for one name leave exactly one of their reports, whole."""
    target = tmp_path / "out.txt"
    reports = [bytes([65 + i]) * 200_000 for i in range(8)]
    threads = [threading.Thread(target=write_atomic, args=(target, r), kwargs={"force": True})
               for r in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert target.read_bytes() in reports
    assert _leftovers(tmp_path) == []


def test_cli_output_protection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o refuses an existing file (exit 2) unless --force, and never the input report."""
    report = tmp_path / "report.toml"
    report.write_text('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n',
                      encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_bytes(PREVIOUS)
    assert main(["reviu", str(report), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == PREVIOUS
    assert main(["reviu", str(report), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("Reviu:")
    assert main(["reviu", str(report), "-o", str(report), "--force"]) == 2
    assert "input report" in capsys.readouterr().err
    assert report.read_text(encoding="utf-8").startswith("schema")


def test_text_cell_escapes_controls() -> None:
    """ESC, CR, newline, C1 controls, bidi overrides and lone surrogates become visible."""
    assert text_cell("a\x1b[2Jb\r\n\x9b\u202e\ud800") == "a\\x1b[2Jb\\r\\n\\x9b\\u202e\\ud800"
    assert text_cell("Rp 1.000 — ✓ ") == "Rp 1.000 — ✓ "


def test_markdown_cell() -> None:
    """Newlines, CR, pipes, backslashes and HTML cannot escape a Markdown table cell."""
    assert markdown_cell("I1 |\n| forged | row") == "I1 \\|<br>\\| forged \\| row"
    assert markdown_cell("a\r\rb") == "a<br><br>b"
    assert markdown_cell("\\|") == "\\\\\\|"
    assert markdown_cell("<img src=x onerror=alert(1)>") == (
        "&lt;img src=x onerror=alert(1)&gt;")


def test_explanation_markdown_keeps_its_table() -> None:
    """Pipes in formulas (``|RA − RPD|``) and newlines in labels stay inside their cells."""
    import re
    from decimal import Decimal

    from sakip import Explanation, Step

    explanation = Explanation(title="t", steps=(Step(
        name="deviasi", formula="min(|RA − RPD| / RPD, 1)",
        inputs=(("kolom\n| forged |", Decimal(1)),), value=Decimal(1)),))
    rows = [line for line in explanation.to_markdown().split("\n") if line.startswith("|")]
    assert len(rows) == 3  # header, separator, one step
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 7 for row in rows)


def test_cli_several_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With several reports, -o never replaces any of them, and a hostile one among them
    is one line on standard error (exit 2), never a traceback."""
    good = tmp_path / "a.toml"
    good.write_text('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n',
                    encoding="utf-8")
    deep = tmp_path / "b.toml"
    deep.write_text("x = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    before = deep.read_bytes()
    assert main(["reviu", str(good), str(deep), "-o", str(deep), "--force"]) == 2
    assert deep.read_bytes() == before
    assert main(["reviu", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "nested" in line] == [
        f"sakip: {deep}: file, line 1: expected arrays and tables nested at most 10 deep; "
        "received 'more than 10 levels'"] * 2
    assert f"sakip: output {deep}: expected a file other than the input report" in err
