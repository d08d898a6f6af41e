"""The plain-text rendering of a reviu (``Reviu.to_text``; the command's default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

from sakip._bahasa import Bahasa, Teks
from sakip._output import text_cell
from sakip.explain import _rounding_text
from sakip.reviu._findings import status_text

#: The table's column heads.
_HEAD = (Teks(id="status", en="status"), Teks(id="butir", en="finding"),
         Teks(id="tercetak", en="printed"), Teks(id="hasil hitung", en="recomputed"),
         Teks(id="keterangan", en="note"))
#: The line under the title: the file and the report's rounding.
_SOURCE = Teks(id="sumber: {sumber}; pembulatan laporan: {rounding}",
               en="source: {sumber}; report rounding: {rounding}")


def to_text(result: Reviu, *, strict: bool, bahasa: Bahasa) -> str:
    """The body of :meth:`Reviu.to_text`: a table of every finding, then the summary."""
    lap = result.laporan
    head = tuple(t(bahasa) for t in _HEAD)
    rows = [tuple(map(text_cell, (status_text(s, bahasa), *rest)))  # type: ignore[arg-type]
            for s, *rest in result._table(bahasa)]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    title = text_cell(f"{lap.judul or 'Laporan Kinerja'} — {lap.instansi}")
    lines = [f"Reviu: {title} ({lap.tahun})",
             _SOURCE(bahasa, sumber=text_cell(lap.sumber),
                     rounding=_rounding_text(lap.rounding, lap.angka, bahasa)), ""]
    for row in [head, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        lines.append("  ".join(cells) + "  " + row[4])
    lines.append("")
    summary = result.summary(strict=strict, bahasa=bahasa)
    lines.extend(text_cell(line) for line in summary.splitlines())
    return "\n".join(line.rstrip() for line in lines)
