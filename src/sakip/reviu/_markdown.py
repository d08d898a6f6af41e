"""The Markdown rendering of a reviu (``Reviu.to_markdown``): a working paper (kertas kerja).

The header (objek reviu, dasar, the sign-off lines), one table row per finding
(the columns of :data:`sakip.reviu._kertas.KOLOM`), the criteria in full, the
counts per status and per aspect, the summary, the conventions the report
appears to follow and the draft conclusion with the scope limit.  Only the
findings' table is a Markdown table (one row per finding); the rest are lists,
so a reader or a test can find the rows by their leading ``| ``.  Every text
from the file goes through :func:`sakip._output.markdown_cell`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

from sakip._bahasa import Bahasa
from sakip._output import markdown_cell
from sakip.reviu import _kertas as kk


def to_markdown(result: Reviu, *, strict: bool, bahasa: Bahasa) -> str:
    """The body of :meth:`Reviu.to_markdown`: the working paper in Markdown."""
    esc = markdown_cell
    b = bahasa
    paper = kk.kertas_kerja(result, b)
    blank = "……"
    lines = [f"# {kk.JUDUL(b)}", "",
             f"- {kk.OBJEK(b)}: {esc(paper.objek)}",
             f"- {kk.BERKAS(b)}: {esc(paper.sumber)}",
             f"- {kk.PEMBULATAN(b)}: {esc(paper.pembulatan)}",
             f"- {kk.DASAR(b)}: {blank}", ""]
    lines.extend(f"- {role(b)}: {kk.NAMA(b)} {blank} {kk.TANGGAL(b)} {blank} "
                 f"{kk.PARAF(b)} {blank}" for role in kk.PERAN_ISI)
    lines += ["", kk.SELISIH_KONVENSI(b), "", f"## {kk.HASIL(b)}", "",
              "| " + " | ".join(column(b) for column in kk.KOLOM) + " |",
              "|" + "---|" * len(kk.KOLOM)]
    for row in paper.baris:
        cells = (str(row.nomor), row.aspek, row.lokasi, row.uraian, row.tercetak,
                 row.hitung_ulang, row.selisih, row.status_teks, row.kriteria, row.keterangan,
                 row.saran, "")
        lines.append("| " + " | ".join(esc(cell) for cell in cells) + " |")
    lines += ["", f"## {kk.KRITERIA(b)}", ""]
    lines.extend(f"- {code}: {esc(text)}" for code, text in paper.kriteria)
    lines += ["", f"## {kk.REKAP(b)}", ""]
    lines.extend(f"{esc(line)}  " for line in kk.summary(result, strict=strict, bahasa=b))
    lines += ["", f"{kk.PER_STATUS(b)}:", ""]
    lines.extend(f"- {words}: {count}" for words, count in paper.per_status)
    lines += ["", f"{kk.PER_ASPEK(b)} ({kk.JUMLAH(b)}; {kk.SESUAI(b)}, {kk.TIDAK_SESUAI(b)}, "
              f"{kk.TIDAK_DAPAT(b)}):", ""]
    lines.extend(f"- {words}: {total}; {ok}, {mismatch}, {nc}"
                 for words, total, ok, mismatch, nc in paper.per_aspek)
    lines += ["", f"## {kk.KONVENSI(b)}", ""]
    lines.extend(f"- {esc(line)}" for line in paper.konvensi or (kk.TANPA_KONVENSI(b),))
    lines += ["", f"## {kk.SIMPULAN(b)}", ""]
    lines.extend(f"{esc(line)}\n" for line in paper.simpulan)
    lines += [f"**{kk.RUANG_LINGKUP(b)}.** {kk.KETERBATASAN(b)}"]
    return "\n".join(lines)
