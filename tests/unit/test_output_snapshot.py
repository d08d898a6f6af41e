"""The output snapshot (``tools/output_snapshot.py``): an unchanged run passes, a change fails."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[2]
snapshot = load_tool("output_snapshot")


def test_write_then_compare_finds_only_a_changed_case(tmp_path: Path) -> None:
    """One report file in TOML and JSON form: the 31 unchanged cases pass, the edited one fails."""
    root = tmp_path / "repo"
    (root / "tests").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "README.md").write_text("no report here\n", encoding="utf-8")
    shutil.copy(ROOT / "tests" / "golden" / "reports" / "seed-2023-selisih.toml", root / "tests")
    stored = tmp_path / "snapshot"
    count = snapshot.write(stored, root, bundled=())  # the bundled example is slow: not here
    # missing file, the TOML file, its JSON form, all together: 4 × 4 formats × 2
    assert count == 32
    case = next(p for p in sorted(stored.glob("0*.txt"))
                if "files/tests/seed-2023-selisih.toml --format json" in p.read_text("utf-8"))
    text = case.read_text("utf-8")
    case.write_text(text.replace('"status": "match"', '"status": "mismatch"', 1), "utf-8")
    compared, differences = snapshot.compare(stored, root, bundled=())
    assert compared == 32
    assert len(differences) == 1
    assert '\n-      "status": "mismatch",' in differences[0]
    assert '\n+      "status": "match",' in differences[0]
