"""The plain-text rendering of a reviu (``Reviu.to_text``; the command's default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

from sakip._output import text_cell
from sakip.explain import _rounding_text


def to_text(result: Reviu, *, strict: bool) -> str:
    """The body of :meth:`Reviu.to_text`: a table of every finding, then the summary."""
    lap = result.laporan
    head = ("status", "finding", "printed", "recomputed", "note")
    rows = [tuple(map(text_cell, row)) for row in result._table()]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    title = text_cell(f"{lap.judul or 'Laporan Kinerja'} — {lap.instansi}")
    lines = [f"Reviu: {title} ({lap.tahun})",
             f"source: {text_cell(lap.sumber)}; report rounding: "
             f"{_rounding_text(lap.rounding, lap.angka)}", ""]
    for row in [head, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        lines.append("  ".join(cells) + "  " + row[4])
    lines.append("")
    lines.extend(text_cell(line) for line in result.summary(strict=strict).splitlines())
    return "\n".join(line.rstrip() for line in lines)
