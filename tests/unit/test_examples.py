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
