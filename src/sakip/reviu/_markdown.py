"""The Markdown rendering of a reviu (``Reviu.to_markdown``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

from sakip._bahasa import Bahasa
from sakip._output import markdown_cell
from sakip.explain import _rounding_text


def to_markdown(result: Reviu, *, strict: bool, bahasa: Bahasa) -> str:
    """The body of :meth:`Reviu.to_markdown`: a Markdown table of the findings, then the summary."""
    esc = markdown_cell

    lap = result.laporan
    lines = [f"# Reviu: {esc(lap.judul or 'Laporan Kinerja')} — {esc(lap.instansi)} "
             f"({lap.tahun})", "",
             f"Source: {esc(lap.sumber)}. Report rounding: "  # as the HTML page says
             f"{esc(_rounding_text(lap.rounding, lap.angka, bahasa))}.", "",
             "| status | finding | lokasi | printed | recomputed | note |",
             "|---|---|---|---|---|---|"]
    for (status, fid, printed, shown, note), f in zip(result._table(bahasa), result.findings,
                                                      strict=True):
        lines.append(f"| {esc(status)} | {esc(fid)} | {esc(f.lokasi)} | {esc(printed)} | "
                     f"{esc(shown)} | {esc(note)} |")
    lines.append("")
    lines.extend(f"{esc(line)}  "
                 for line in result.summary(strict=strict, bahasa=bahasa).splitlines())
    return "\n".join(lines)
