"""The command's help, the template and the chart in both languages (issue 29).

English is pinned by snapshots written from the output before the Indonesian
was added (``tests/unit/snapshots/cli-en``): ``--bahasa en`` prints them byte
for byte.
"""

from __future__ import annotations

import io
import json
import shlex
from pathlib import Path

import pytest

import sakip
from sakip.cli import main

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "cli-en"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps help to the terminal's width: a fixed one here."""
    monkeypatch.setenv("COLUMNS", "80")


@pytest.mark.parametrize("case", sorted(p.stem for p in SNAPSHOTS.glob("*.txt")))
def test_the_english_output_is_unchanged(case: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``--bahasa en``: the help, argparse's errors and the template as before issue 29."""
    stored = (SNAPSHOTS / f"{case}.txt").read_text(encoding="utf-8")
    argv = shlex.split(stored.split("\n", 1)[0].removeprefix("$ sakip "))
    code, out, err = _run(argv, capsys)
    assert f"$ sakip {' '.join(argv)}\nexit {code}\n--- stdout\n{out}--- stderr\n{err}" == stored


def test_the_english_chart_is_unchanged() -> None:
    """The SVG chart in English, as before issue 29."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    stored = (SNAPSHOTS / "chart-bgp-kalsel-2023.svg").read_text(encoding="utf-8")
    assert r.chart_svg(bahasa="en") + "\n" == stored


def _notes(data: bytes) -> dict[str, list[object]]:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [c.value for c in ws[2]] for ws in book.worksheets
            if ws.sheet_state == "visible"}


def test_the_english_notes_row_is_unchanged() -> None:
    """The workbook template's notes row in English, as before issue 29."""
    from sakip._xlsx import template_xlsx

    stored = json.loads((SNAPSHOTS / "xlsx-notes.json").read_text(encoding="utf-8"))
    assert {jenis: _notes(template_xlsx(jenis, bahasa="en")) for jenis in stored} == stored
