"""The examples in examples/ run: the script and the notebook (executed cell by cell)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_script() -> None:
    """examples/reproduce_seed.py prints the seed's figures as printed."""
    namespace = runpy.run_path(str(EXAMPLES / "reproduce_seed.py"))
    assert namespace["main"]() == [
        "IKK 1.1 capaian: 101,10",
        "NKA: 95,15",
        "5634.SCI.010 E 19,88, NE 99,70, Sangat Efisien",
    ]


def test_notebook_executes() -> None:
    """Every code cell of examples/reviu.ipynb runs; the what-if fixes IKK 1.3."""
    notebook = json.loads((EXAMPLES / "reviu.ipynb").read_text(encoding="utf-8"))
    namespace: dict[str, Any] = {}
    last: Any = None
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        *body, tail = source.rstrip().split("\n")
        exec(compile("\n".join(body), "<notebook>", "exec"), namespace)
        try:
            last = eval(compile(tail, "<notebook>", "eval"), namespace)
        except SyntaxError:
            exec(compile(tail, "<notebook>", "exec"), namespace)
    assert namespace["what_if"]["indikator.IKK 1.3.capaian"].status == "match"
    assert namespace["r"].chart()._repr_svg_().startswith("<svg")
    assert namespace["need"].value == 1189  # the what-it-takes section
    assert "<table>" in namespace["keep"]._repr_html_()
    assert last is None  # the last cell prints


def _run_cells(path: Path) -> tuple[dict[str, Any], Any]:
    """Execute a notebook's code cells in order (headless); the namespace and last value."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    namespace: dict[str, Any] = {}
    last: Any = None
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        *body, tail = "".join(cell["source"]).rstrip().split("\n")
        exec(compile("\n".join(body), str(path), "exec"), namespace)
        try:
            last = eval(compile(tail, str(path), "eval"), namespace)
        except SyntaxError:
            exec(compile(tail, str(path), "exec"), namespace)
            last = None
    return namespace, last


def test_teams_notebook_draws_a_chart() -> None:
    """examples/teams.ipynb (issue 28): batch columns, collected errors, a frame with float
    columns and a bar chart; optional: it needs pandas and matplotlib (run headless)."""
    import pytest

    pytest.importorskip("pandas")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    namespace, last = _run_cells(EXAMPLES / "teams.ipynb")
    # the seed prints 101,10 (rounded down), 167,33 and 103,42; half-up here
    assert [str(v.quantize(namespace["batch"].CENT)) for v in namespace["capaian"]] == [
        "101.11", "167.34", "103.42"]
    assert [type(v).__name__ for v in namespace["checked"]] == [
        "Decimal", "NotComputable", "NotComputable"]
    assert len(namespace["ax"].patches) == 3
    assert list(last["rounded"].astype(str)) == ["101.11", "167.34", "103.42"]
    pytest.importorskip("matplotlib.pyplot").close("all")


def test_teams_notebook_with_jupyter() -> None:
    """The same notebook through a Jupyter kernel, when nbclient and a kernel are installed."""
    import pytest

    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    notebook = nbformat.read(EXAMPLES / "teams.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
