"""Issue 24, the command and the output: directory mode, ``-o``, closed stdout, escaping.

No time or memory is asserted (see ``tests/fuzz/test_growth.py``, opt-in).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sakip._output import html_text, json_safe, markdown_cell, text_cell
from sakip.cli import main as _main
from tests.fuzz.reproducers import indikator
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)

#: The invisible and format characters issue 24 found unescaped, and the C1 NEL.
HIDDEN = ["\u061c", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u200b",
          "\u200d", "\u2060", "\u00ad", "\u034f", "\u180e", "\ufe0f", "\U000e0041",
          "\u3164", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", HIDDEN)
def test_invisible_and_format_characters_escaped_in_every_format(char: str) -> None:
    for render in (text_cell, markdown_cell, html_text):
        assert char not in render(f"IKU{char}1")
    document = json_safe(json.dumps({"kode": f"IKU{char}1"}, ensure_ascii=False))
    assert char not in document
    assert json.loads(document) == {"kode": f"IKU{char}1"}


@pytest.mark.parametrize("text", ["![x](https://e.example/t.png)", "[klik](javascript:x)",
                                  "[a]: https://e.example"])
def test_markdown_links_and_images_neutralised(text: str) -> None:
    cell = markdown_cell(text)
    assert "[" not in cell.replace("\\[", "")
    assert "]" not in cell.replace("\\]", "")


def test_json_output_escapes_line_separators_bidi_and_script_end(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]
                                                                ) -> None:
    report = tmp_path / "r.toml"
    report.write_text(indikator(kode='"I\u202e1\u2028\u0085</script>"', capaian='"120,00"'),
                      encoding="utf-8")
    assert main(["reviu", str(report), "--format", "json"]) == 0
    out = capsys.readouterr().out
    for char in ("\u202e", "\u2028", "\u0085", "</script>"):
        assert char not in out
    assert "I\u202e1\u2028\u0085</script>" in json.dumps(json.loads(out), ensure_ascii=False)


def test_markdown_output_has_no_link_from_the_report(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.toml"
    report.write_text(indikator(kode='"![x](https://e.example/t.png)"', capaian='"120,00"'),
                      encoding="utf-8")
    main(["reviu", str(report), "--format", "markdown"])
    assert "![x](" not in capsys.readouterr().out


def _report(folder: Path, name: str = "r.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(indikator(capaian='"120,00"'), encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_directory_mode_follows_symlinked_directories_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside"
    bad = outside / "bad.toml"
    outside.mkdir()
    bad.write_text("not toml [", encoding="utf-8")
    top = tmp_path / "top"
    _report(top)
    (top / "linked").symlink_to(outside, target_is_directory=True)
    (top / "loop").symlink_to(top, target_is_directory=True)  # a loop ends
    assert main(["reviu", str(top), "--format", "json"]) == 2  # bad.toml is read: exit 2
    document = json.loads(capsys.readouterr().out)
    sources = [row["sumber"] for row in document["summary"]]
    assert any(s.endswith("bad.toml") for s in sources), sources
    assert sum(s.endswith("r.toml") for s in sources) == 1


def test_unreadable_subdirectory_is_reported_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "top"
    _report(top)
    hidden = top / "hidden"
    _report(hidden)
    scandir = os.scandir

    def refusing(path: object) -> object:  # as for a user without read permission (root
        if Path(str(path)) == hidden:       # is never refused, so chmod cannot show it)
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refusing)
    assert main(["reviu", str(top)]) == 2
    assert "hidden: file: expected a readable directory; received Permission denied" in \
        capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_at_output_refused_before_any_work(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _report(tmp_path)
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    assert main(["reviu", str(tmp_path), "-o", str(fifo), "--format", "json"]) == 2
    assert "expected a regular file or a new name; received a FIFO" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
def test_closed_stdout_is_a_write_failure_not_an_internal_error(tmp_path: Path) -> None:
    report = _report(tmp_path)
    result = subprocess.run([sys.executable, "-m", "sakip", "reviu", str(report), "--bahasa", "en"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                            timeout=120, preexec_fn=lambda: os.close(1))
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "internal error" not in err
    assert "cannot write standard output" in err
