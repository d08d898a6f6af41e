"""Snapshot every output of ``sakip reviu`` and compare a later run with it, byte for byte.

Usage (from the repository root)::

    python tools/output_snapshot.py --write /tmp/reviu-baseline    # before a refactoring
    python tools/output_snapshot.py --compare /tmp/reviu-baseline  # after each step

A *case* is one run of the command, in-process through ``sakip.cli.main``:
standard output, standard error and the exit status are recorded.  The cases
are every report source the repository holds, each in every ``--format``, with
and without ``--strict``:

* the bundled example (``--example bgp-kalsel-2023``, every bundled one) and a
  missing file (the unreadable-report paths);
* every report file (``*.toml``, ``*.json``) under ``tests/`` and ``docs/``
  (``docs/_build`` excepted);
* every fenced ``toml`` block of the Markdown pages under ``docs/`` (and
  ``README.md``) that declares ``schema = "sakip/lkj-1"``, written to a file;
* the JSON form of every TOML report above (the command reads ``.json``
  reports too), written to a file;
* all of the above in one run (several reports: the summary table).

Generated files are written under a fresh temporary directory that becomes the
current directory during the runs, under fixed relative names, so that the
outputs do not depend on where the repository or the temporary directory is.

``--write DIR`` stores one file per case (``NNNN.txt``: the command line, the
exit status, standard output and standard error) and ``index.json``;
``--compare DIR`` re-runs every case of the index and prints each difference
(a unified diff), with exit status 1 on any difference and 0 when every case
is identical.  See "How to refactor safely" in docs/explanation/architecture.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import difflib
import io
import json
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sakip.cli import _FORMATS as FORMATS  # every choice of --format

ROOT = Path(__file__).resolve().parents[1]
_FENCE = re.compile(r"^```toml[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Outcome:
    """What one run of the command gave."""

    status: int
    stdout: bytes
    stderr: bytes

    def text(self, argv: Sequence[str], root: Path) -> str:
        """The outcome as the text stored in a case file, ``root`` written as ``<root>``."""
        out = (f"$ sakip {' '.join(argv)}\nexit status: {self.status}\n"
               f"--- stdout\n{self.stdout.decode('utf-8', 'backslashreplace')}\n"
               f"--- stderr\n{self.stderr.decode('utf-8', 'backslashreplace')}\n")
        return out.replace(str(root), "<root>")


def run(argv: Sequence[str]) -> Outcome:
    """Run ``sakip argv`` in this process; standard output and error are captured as bytes."""
    from sakip.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", newline="")
    stderr = io.TextIOWrapper(err, encoding="utf-8", newline="")
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(list(argv))
        stdout.flush()
        stderr.flush()
    return Outcome(status, out.getvalue(), err.getvalue())


def _plain(value: object) -> object:
    """A TOML value as JSON can hold it (dates as their ISO text)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _write(work: Path, name: str, text: str) -> str:
    """Write ``text`` to ``work / name``; returns ``name`` (the runs' current directory is work)."""
    path = work / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return name


def sources(root: Path, work: Path, bundled: Sequence[str] | None = None) -> list[list[str]]:
    """The report arguments, one list per report; generated files go under ``work``.

    Names are relative to ``work``, which is the current directory of the runs.
    ``bundled``: the bundled examples to run (``None``: every one).
    """
    from sakip import examples

    names = examples.names() if bundled is None else bundled
    found: list[list[str]] = [["--example", name] for name in names]
    found.append(["missing-report.toml"])  # unreadable: the problem paths of every format
    tomls: list[tuple[str, str]] = []
    for top in ("tests", "docs"):
        for path in sorted((root / top).rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.suffix not in (".toml", ".json") or relative.startswith("docs/_build/"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found.append([_write(work, f"files/{relative}", text)])
            if path.suffix == ".toml":
                tomls.append((relative, text))
    pages = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    for page in pages:
        relative = page.relative_to(root).as_posix()
        if relative.startswith("docs/_build/"):
            continue
        blocks = _FENCE.findall(page.read_text(encoding="utf-8"))
        for number, block in enumerate(blocks, start=1):
            if 'schema = "sakip/lkj-1"' in block:
                name = f"{relative.removesuffix('.md')}-{number}.toml"
                found.append([_write(work, f"blocks/{name}", block)])
                tomls.append((name, block))
    for name, text in tomls:
        try:
            data = _plain(tomllib.loads(text))
        except tomllib.TOMLDecodeError:
            continue
        document = json.dumps(data, ensure_ascii=False, indent=1)
        found.append([_write(work, f"as-json/{name.removesuffix('.toml')}.json", document)])
    return found


def cases(root: Path, work: Path, bundled: Sequence[str] | None = None) -> list[list[str]]:
    """Every command line: each source and all of them together, in each format, strict or not."""
    each = sources(root, work, bundled)
    together = [argument for arguments in each for argument in arguments]
    out = []
    for arguments in [*each, together]:
        for fmt in FORMATS:
            for strict in ((), ("--strict",)):
                out.append(["reviu", *arguments, "--format", fmt, *strict])
    return out


@contextlib.contextmanager
def _workspace() -> Iterator[Path]:
    """A fresh temporary directory, the current directory while the cases run."""
    before = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="sakip-snapshot-") as name:
        work = Path(name)
        os.chdir(work)
        try:
            yield work
        finally:
            os.chdir(before)


def write(directory: Path, root: Path = ROOT, bundled: Sequence[str] | None = None) -> int:
    """Run every case and store its outcome in ``directory``; returns the number of cases."""
    directory.mkdir(parents=True, exist_ok=True)
    index = []
    with _workspace() as work:
        for number, argv in enumerate(cases(root, work, bundled), start=1):
            name = f"{number:04d}.txt"
            (directory / name).write_text(run(argv).text(argv, root), encoding="utf-8")
            index.append({"file": name, "argv": argv})
    (directory / "index.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    return len(index)


def compare(directory: Path, root: Path = ROOT,
            bundled: Sequence[str] | None = None) -> tuple[int, list[str]]:
    """Re-run every case of ``directory``'s index; returns the count and each difference."""
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    differences = []
    with _workspace() as work:
        current = cases(root, work, bundled)
        expected = [entry["argv"] for entry in index]
        if current != expected:
            differences.append("the cases differ from the snapshot's: "
                               f"{len(current)} now, {len(expected)} stored")
        for entry in index:
            argv: list[str] = entry["argv"]
            stored = (directory / entry["file"]).read_text(encoding="utf-8")
            now = run(argv).text(argv, root)
            if now != stored:
                differences.append("".join(difflib.unified_diff(
                    stored.splitlines(keepends=True), now.splitlines(keepends=True),
                    fromfile=f"{entry['file']} (snapshot)", tofile=f"{entry['file']} (now)")))
    return len(index), differences


def main(argv: Sequence[str] | None = None) -> int:
    """The command: ``--write DIR`` or ``--compare DIR``; exit status 1 on any difference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="DIR", type=Path, help="store a snapshot in DIR")
    group.add_argument("--compare", metavar="DIR", type=Path,
                       help="re-run the snapshot in DIR and print every difference")
    args = parser.parse_args(argv)
    if args.write is not None:
        print(f"{write(args.write.resolve())} cases written to {args.write}")
        return 0
    count, differences = compare(args.compare.resolve())
    for difference in differences:
        print(difference)
    print(f"{count} cases compared, {len(differences)} different")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
