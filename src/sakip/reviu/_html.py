"""The HTML rendering of a reviu: a working paper (kertas kerja) printing on A4; the notebook view.

The page lays out :func:`sakip.reviu._kertas.kertas_kerja`: the header (objek
reviu, dasar, the sign-off table with blank names, dates and paraf), one table
row per finding with its derivation in a ``<details>``, the criteria in full,
the counts, the summary, the chart, the conventions and the draft conclusion
with the scope limit.  Print CSS: A4 landscape pages, the table header repeated
on every page, no row cut across pages.  Every text from the file goes through
:func:`sakip._output.html_text`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from sakip.explain import Explanation
    from sakip.reviu._result import Reviu

from sakip._bahasa import Bahasa, Teks
from sakip._output import by_identity, html_text
from sakip.reviu import _kertas as kk
from sakip.reviu._findings import status_text

_CSS = (
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
    "font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;"
    "text-align:left}tr.mismatch td.status{background:#f8d7da}tr.not-computable "
    "td.status{background:#fff3cd}tr.match td.status{background:#d4edda}"
    "tr.match-other-rounding td.status,tr.match-other-convention td.status"
    "{background:#d1ecf1}pre{white-space:pre-wrap;font-size:12px}"
    "table.kkr{width:100%}table.kkr td.angka{text-align:right;white-space:nowrap}"
    "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
    "@page{size:A4 landscape;margin:12mm}"
    "@media print{body{margin:0;font-size:9pt}table{font-size:8pt}details>summary{display:none}"
    "h2{break-after:avoid;page-break-after:avoid}svg{max-width:100%}"
    "tr.match td.status,tr.mismatch td.status,tr.not-computable td.status,"
    "tr.match-other-rounding td.status,tr.match-other-convention td.status"
    "{-webkit-print-color-adjust:exact;print-color-adjust:exact}}"
)

#: The classes of the figure columns (right-aligned): tercetak, hitung ulang, selisih.
_ANGKA = {4, 5, 6}
#: Each column's opening tag, by its class: status, angka (the figures), teks.
_TD = tuple(f'<td class="{"status" if i == 7 else "angka" if i in _ANGKA else "teks"}">'
            for i in range(12))


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """A table of already-escaped cells."""
    attr = f' class="{cls}"' if cls else ""
    return (f"<table{attr}><thead><tr>" + "".join(f"<th>{h}</th>" for h in head)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</tbody></table>")


def to_html(result: Reviu, *, strict: bool, bahasa: Bahasa) -> str:
    """The body of :meth:`Reviu.to_html`: the working paper as a standalone HTML page."""
    return "".join(html_pieces(result, strict=strict, bahasa=bahasa))


def html_pieces(result: Reviu, *, strict: bool, bahasa: Bahasa) -> Iterator[str]:
    """:func:`to_html` in pieces, a finding's row each: the command writes them as they come
    (a page of a hundred megabytes is never held whole, issue 24)."""
    esc = html_text
    b = bahasa
    explained: Callable[[Explanation], str] = by_identity(  # a shared one rendered once
        lambda explanation: esc(explanation.to_text(b)))
    paper = kk.kertas_kerja(result, b)
    head = "".join(f"<th>{column(b)}</th>" for column in kk.KOLOM)
    title = f"{kk.JUDUL(b)} — {paper.objek}"
    signing = _table([kk.PERAN(b), kk.NAMA(b), kk.TANGGAL(b), kk.PARAF(b)],
                     [[role(b), "", "", ""] for role in kk.PERAN_ISI], "tanda-tangan")
    criteria = "".join(f"<li>{code}: {esc(text)}</li>" for code, text in paper.kriteria)
    summary = "<br>".join(esc(line) for line in kk.summary(result, strict=strict, bahasa=b))
    per_status = _table([kk.KOLOM[7](b), kk.JUMLAH(b)],
                        [[esc(words), str(n)] for words, n in paper.per_status])
    per_aspek = _table([kk.KOLOM[1](b), kk.JUMLAH(b), kk.SESUAI(b), kk.TIDAK_SESUAI(b),
                        kk.TIDAK_DAPAT(b)],
                       [[esc(words), *map(str, counts)] for words, *counts in paper.per_aspek])
    conventions = "".join(f"<li>{esc(line)}</li>"
                          for line in paper.konvensi or (kk.TANPA_KONVENSI(b),))
    conclusion = "".join(f"<p>{esc(line)}</p>" for line in paper.simpulan)
    yield (
        f'<!DOCTYPE html>\n<html lang="{b}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{kk.JUDUL(b)}</h1>"
        f"<p>{kk.OBJEK(b)}: {esc(paper.objek)}</p>"
        f"<p>{kk.BERKAS(b)}: {esc(paper.sumber)}</p>"
        f"<p>{kk.PEMBULATAN(b)}: {esc(paper.pembulatan)}.</p>"
        f"<p>{kk.DASAR(b)}: ……</p>{signing}"
        f"<p>{kk.SELISIH_KONVENSI(b)}</p>"
        f"<h2>{kk.HASIL(b)}</h2>"
        f'<table class="kkr"><thead><tr>{head}</tr></thead><tbody>')
    for row in paper.baris:
        f = row.finding
        derivation = ""
        if f.explanation is not None:
            derivation = (f"<details><summary>{kk.DERIVASI(b)}</summary><pre>"
                          f"{explained(f.explanation)}</pre></details>")
        cells = [str(row.nomor), esc(row.aspek), esc(row.lokasi), esc(row.uraian),
                 esc(row.tercetak), esc(row.hitung_ulang), esc(row.selisih),
                 esc(row.status_teks), esc(row.kriteria), esc(row.keterangan) + derivation,
                 esc(row.saran), ""]
        yield (f'<tr class="{row.status}">'
               + "".join([f"{td}{c}</td>" for td, c in zip(_TD, cells, strict=True)]) + "</tr>")
    yield (
        f"</tbody></table><h2>{kk.KRITERIA(b)}</h2><ul>{criteria}</ul>"
        f"<h2>{kk.REKAP(b)}</h2><p><strong>{summary}</strong></p>"
        f"<h3>{kk.PER_STATUS(b)}</h3>{per_status}<h3>{kk.PER_ASPEK(b)}</h3>{per_aspek}"
        f"<h3>{kk.GRAFIK(b)}</h3>{result.chart_svg(bahasa=b)}<p>{kk.GRAFIK_CATATAN(b)}</p>"
        f"<h2>{kk.KONVENSI(b)}</h2><ul>{conventions}</ul>"
        f"<h2>{kk.SIMPULAN(b)}</h2>{conclusion}"
        f"<p><strong>{kk.RUANG_LINGKUP(b)}.</strong> {kk.KETERBATASAN(b)}</p>"
        f"<p>{kk.DIBUAT(b)}</p></body></html>\n")


#: The notebook table's columns (status, finding, printed, recomputed, note).
_NOTEBOOK = (kk.KOLOM[7], Teks(id="Angka", en="Finding"), kk.KOLOM[4], kk.KOLOM[5], kk.KOLOM[9])


def repr_html(result: Reviu, bahasa: Bahasa = "id") -> str:
    """The body of ``Reviu._repr_html_``: the summary and the table, for notebooks."""
    esc = html_text
    summary = "<br>".join(esc(line) for line in result.summary(bahasa=bahasa).splitlines())
    rows = "".join(
        f'<tr class="{s}"><td>{esc(status_text(s, bahasa))}</td><td>{esc(fid)}</td>'  # type: ignore[arg-type]
        f"<td>{esc(p)}</td><td>{esc(r)}</td><td>{esc(n)}</td></tr>"
        for s, fid, p, r, n in result._table(bahasa))
    head = "".join(f"<th>{column(bahasa)}</th>" for column in _NOTEBOOK)
    return (f"<div><p>{summary}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table></div>")
