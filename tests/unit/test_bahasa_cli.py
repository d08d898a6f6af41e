"""The command's help, the template and the chart in both languages (issue 29).

English is pinned by snapshots written from the output before the Indonesian
was added (``tests/unit/snapshots/cli-en``): ``--bahasa en`` prints them byte
for byte.
"""

from __future__ import annotations

import functools
import html
import io
import json
import re
import shlex
from pathlib import Path

import pytest

import sakip
from sakip.cli import main
from tests.unit.test_bahasa import _english_left

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
    assert {jenis: _notes(template_xlsx(jenis=jenis, bahasa="en")) for jenis in stored} == stored


# ------------------------------------------------------------- Bahasa Indonesia


@functools.cache
def _codes() -> list[str]:
    """The format's and the command's own names (never translated): every key and choice of
    SPEC, the commands, the formulas and their columns."""
    from sakip import lkj
    from sakip._hitung import FORMULAS

    names: set[str] = {"sakip", "reviu", "examples", "template", "konversi", "simulasi",
                       "hitung", *FORMULAS}
    for spec in FORMULAS.values():
        names.update((*spec.needs, *spec.optional))

    def walk(spec: object) -> None:
        assert isinstance(spec, lkj._Spec)
        names.update(spec.choices)
        for key, field in spec.fields:
            names.add(key)
            walk(field)
        if spec.item is not None:
            walk(spec.item)

    walk(lkj.SPEC)
    return sorted({n.lower() for n in names}, key=len, reverse=True)


def _english_in(text: str) -> list[tuple[str, str]]:
    """The library's English words left in ``text`` once its codes are removed: options and
    their values (``--format {text,json}``), dotted and snake_case names, SPEC's keys and
    choices, the commands and formulas."""
    text = re.sub(r"(?<![\w-])(?:--?[\w-]+|\{[^}\s]*\}|[\w-]+(?:[._][\w-]+)+)", " ", text)
    codes = "|".join(re.escape(code) for code in _codes())
    return _english_left(re.sub(rf"(?<![\w-])(?:{codes})(?![\w-])", " ", text,
                                flags=re.IGNORECASE), [])


def _help_argvs() -> list[list[str]]:
    return [["--help"], *([*c, "--help"] for c in (
        ["reviu"], ["examples"], ["template"], ["konversi"], ["simulasi"],
        ["simulasi", "capaian"], ["simulasi", "ikpa"], ["hitung"]))]


@pytest.mark.parametrize("argv", _help_argvs(), ids=" ".join)
def test_the_help_is_in_bahasa_indonesia(argv: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` without ``--bahasa``: argparse's words and the command's, in Indonesian."""
    code, out, _ = _run(argv, capsys)
    assert code == 0
    assert out.startswith("penggunaan: sakip")
    assert not _english_in(out), _english_in(out)[:5]
    english = _run([*argv, "--bahasa", "en"], capsys)[1]
    assert _english_in(english)  # the word list does find the English


@pytest.mark.parametrize(("argv", "words"), [
    (["reviu", "--format", "pdf"], "galat: argumen --format: pilihan tidak sah: 'pdf' (pilih dari"),
    (["reviu", "--bahasa", "jv"], "argumen --bahasa: pilihan tidak sah: 'jv'"),
    (["reviu", "--bahasa"], "argumen --bahasa: seharusnya satu argumen"),
    (["nope"], "argumen command: pilihan tidak sah: 'nope'"),
    (["reviu", "x.toml", "--bahasa=id", "--nope"], "argumen tidak dikenal: --nope"),
    (["simulasi", "capaian"], "sakip: simulasi capaian: argumen berikut wajib diberikan: "
                              "--target, --capaian"),
    (["simulasi", "ikpa", "--aturan", "a", "--tahun", "2024"],
     "argumen --tahun: tidak boleh bersama argumen --aturan"),
    (["simulasi", "ikpa", "--tahun", "x"], "argumen --tahun: nilai int tidak sah: 'x'"),
    (["simulasi", "ikpa"], "salah satu argumen --aturan --tahun wajib diberikan"),
])
def test_argparse_errors_are_in_bahasa_indonesia(argv: list[str], words: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A bad argument: argparse's message in Indonesian (an invalid ``--bahasa`` too: the
    default's language), exit status 2, no traceback; in English as argparse writes it."""
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert words in err and "Traceback" not in err
    assert "usage:" not in err and "error:" not in err


@pytest.mark.parametrize(("argv", "expected"), [
    (["reviu", "--bahasa", "en"], "en"), (["reviu", "--bahasa=en"], "en"),
    (["reviu", "--bah", "en"], "en"), (["--help"], "id"), (["reviu", "--bahasa", "jv"], "id"),
    (["reviu", "--bahasa", "en", "--bahasa", "id"], "id"), (["reviu", "--", "--bahasa=en"], "id"),
    (["reviu", "--bahasa"], "id"), (["reviu", "--b=en"], "en"), (["reviu", "--=en"], "id"),
])
def test_the_language_is_read_before_the_parser(argv: list[str], expected: str) -> None:
    """``--bahasa`` as argparse reads it (a prefix, ``=``, the last one), before ``--``."""
    from sakip.cli import _bahasa_of

    assert _bahasa_of(argv) == expected


def _template_comments(text: str) -> str:
    """The comment lines of a TOML template, without their key: ``# key (wajib): …``."""
    lines = []
    for line in text.splitlines():
        comment = line.partition("#")[2] if not line.startswith("#") else line[1:]
        lines.append(re.sub(r"^\s*\w+ \((?:wajib|opsional)\):", "", comment))
    return "\n".join(lines)


@pytest.mark.parametrize("jenis", ["lkj", "lkjip", "renstra", "pk"])
def test_the_template_is_in_bahasa_indonesia(jenis: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``sakip template``: the comments in Indonesian, the file the same TOML as in English."""
    import tomllib

    code, out, _ = _run(["template", "--jenis", jenis], capsys)
    assert code == 0
    assert not _english_in(_template_comments(out)), _english_in(_template_comments(out))[:5]
    english = _run(["template", "--jenis", jenis, "--bahasa", "en"], capsys)[1]
    assert tomllib.loads(out) == tomllib.loads(english)
    assert _english_in(_template_comments(english))  # the word list does find the English
    assert [x for x in out.splitlines() if not x.startswith("#")] != []
    assert [x.partition("  #")[0] for x in out.splitlines() if not x.startswith("#")] == \
        [x.partition("  #")[0] for x in english.splitlines() if not x.startswith("#")]


def test_every_description_of_the_format_is_in_bahasa_indonesia() -> None:
    """The table of SPEC's descriptions holds each ``doc`` and ``check`` of SPEC (and of the
    Renstra and PK skeletons), and nothing else."""
    from sakip import lkj
    from sakip._lkj_id import URAIAN

    texts: set[str] = set()

    def walk(spec: lkj._Spec) -> None:
        texts.update(t for t in (spec.doc, spec.check) if t)
        for _, field in spec.fields:
            walk(field)
        if spec.item is not None:
            walk(spec.item)

    for spec in (lkj.SPEC, lkj._planning_spec("renstra"), lkj._planning_spec("pk")):
        walk(spec)
    assert set(URAIAN) == texts
    assert all(v.strip() for v in URAIAN.values())


def test_the_notes_row_is_in_bahasa_indonesia(tmp_path: Path) -> None:
    """The workbook template's notes row: Indonesian; it is still read as the notes row."""
    from sakip._xlsx import read_xlsx, template_xlsx

    for jenis in ("lkj", "renstra", "pk"):  # the last one is read below
        data = template_xlsx(jenis=jenis)
        notes = "\n".join(str(v) for row in _notes(data).values() for v in row if v)
        assert not _english_in(_template_comments(notes)), \
            _english_in(_template_comments(notes))[:5]
        assert all(str(v).startswith("#") for row in _notes(data).values() for v in row if v)
    (tmp_path / "id.xlsx").write_bytes(data)  # the notes row is not read, in either language
    (tmp_path / "en.xlsx").write_bytes(template_xlsx(jenis="pk", bahasa="en"))
    assert read_xlsx(tmp_path / "id.xlsx") == read_xlsx(tmp_path / "en.xlsx")


def test_the_chart_is_in_bahasa_indonesia() -> None:
    """The SVG chart's words: Indonesian by default (the indicators' codes are the file's)."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    svg = r.chart_svg()
    words = html.unescape(" ".join([*re.findall(r">([^<]*)<", svg),
                                    *re.findall(r'aria-label="([^"]*)"', svg)]))
    for ind in r.laporan.indikator:
        words = words.replace(ind.kode, " ")
    assert "hasil hitung" in words and "≠ tercetak" in words
    assert not _english_in(words), _english_in(words)[:5]
    assert r.to_html().count(svg) == 1  # the working paper's chart in its language


@pytest.mark.parametrize(("argv", "language"), [
    (["--bahasa", "en", "reviu", "--example", "bgp-kalsel-2023"], "en"),
    (["--bahasa", "en", "reviu", "--bahasa", "id", "--example", "bgp-kalsel-2023"], "id"),
    (["reviu", "--example", "bgp-kalsel-2023"], "id"),
    (["--bahasa=en", "examples", "--bahasa", "en"], None),
])
def test_bahasa_before_the_command(argv: list[str], language: str | None,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """``sakip --bahasa en reviu``: the option before the command counts; one after it wins."""
    code, out, err = _run(argv, capsys)
    assert err == ""
    if language is None:
        assert code == 0 and "bgp-kalsel-2023" in out.split()
        return
    assert code == 1
    last = out.splitlines()[-1]
    first_word = {"en": "conventions", "id": "konvensi"}[language]
    assert last.split()[0] == first_word
