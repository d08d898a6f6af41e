"""The SVG bar chart of the recomputed capaian per indicator."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._findings import Finding
    from sakip.reviu._result import Reviu

from decimal import Decimal

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO
from sakip._output import html_text
from sakip.errors import SakipError
from sakip.numbers import round_value
from sakip.reviu._builder import _display_mark, _show

#: The chart's words.
_LABEL = Teks(id="capaian hasil hitung per indikator terhadap 100%",
              en="recomputed capaian per indicator against 100%")
_RECOMPUTED = Teks(id="{value} % (hasil hitung)", en="{value} % (recomputed)")
_DIFFERS = Teks(id="≠ tercetak {printed}", en="≠ printed {printed}")
_NONE = Teks(id="tidak ada capaian indikator yang dapat dihitung untuk digambar",
             en="no indicator capaian that could be recomputed to chart")


@attrs.frozen
class _SVG:
    svg: str

    def _repr_svg_(self) -> str:
        return self.svg


def _svg(items: list[tuple[str, Decimal, str, str]], angka: str = "id",
         bahasa: Bahasa = DEFAULT) -> str:
    """A horizontal bar chart; bar lengths scaled from exact values (display only), each
    bar labelled with its value as the reviu's table shows it (``shown``)."""
    esc = html_text
    if not items:  # a report with no capaian to chart says so, not an empty frame
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="520" height="24" role="img" '
                f'aria-label="{_LABEL(bahasa)}"><text x="0" y="16" font-size="12">'
                f"{_NONE(bahasa)}</text></svg>")
    # the names' column as wide as the longest name (about 7 px a character at 12 px)
    left = max([70, *(7 * len(name) + 8 for name, _, _, _ in items)])
    width, bar, gap = 450 + left, 18, 8
    right = 160
    top = max([HUNDRED, *[v for _, v, _, _ in items]])
    scale = CONTEXT.divide(Decimal(width - left - right), top)
    height = len(items) * (bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             'role="img" aria-label="' + _LABEL(bahasa) + '">']
    for i, (name, value, shown, differs) in enumerate(items):
        y = 10 + i * (bar + gap)
        length = round_value(CONTEXT.multiply(max(value, ZERO), scale), 0)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{esc(name)}</text>'
                     f'<rect x="{left}" y="{y}" width="{length}" height="{bar}" '
                     f'fill="{"#4a90d9" if value >= HUNDRED else "#d98a4a"}"/>'
                     f'<text x="{left + int(length) + 4}" y="{y + 13}" font-size="11">'
                     f"{_RECOMPUTED(bahasa, value=shown)}"
                     f"{esc(' ' + differs) if differs else ''}</text>")
    x100 = left + int(round_value(CONTEXT.multiply(HUNDRED, scale), 0))
    parts.append(f'<line x1="{x100}" y1="0" x2="{x100}" y2="{height - 14}" stroke="#333" '
                 f'stroke-dasharray="4 3"/><text x="{x100 - 14}" y="{height - 2}" '
                 'font-size="11">100 %</text></svg>')
    return "".join(parts)


def chart_svg(result: Reviu, bahasa: Bahasa = DEFAULT) -> str:
    """The body of :meth:`Reviu.chart_svg`: the recomputed capaian per indicator as SVG."""
    status = {f.id: f for f in result.findings}
    items = []
    for ind in result.laporan.indikator:
        try:
            value = ind.capaian().value
        except SakipError:
            continue
        found = status.get(f"indikator.{ind.kode}.capaian")
        differs = "" if found is None or found.ok else _DIFFERS(bahasa, printed=found.printed)
        # the label as the table shows the recomputed figure: under the rounding the finding
        # was compared with (the report's truncation: 101,10, not 101,11), else the report's
        rounding = found.rounding if found is not None and found.rounding is not None else (
            result.laporan.rounding)
        shown = _show(value, rounding.places, rounding.mode, angka=result.laporan.angka)
        items.append((ind.kode, value, shown, differs))
    items.extend(_renja_items(result, status, bahasa))
    return _svg(items, result.laporan.angka, bahasa)


def _renja_items(result: Reviu, status: dict[str, Finding],
                 bahasa: Bahasa) -> list[tuple[str, Decimal, str, str]]:
    """The kinerja (K) capaian of the year of each ``[[evaluasi_renja]]`` row, as recomputed.

    An LKjIP's indicators are often its Renja rows (Permendagri 86/2017): their K
    capaian are charted too, named by the row's kode (the table's kode before it
    when the report has more than one table).  Rows whose capaian was not
    recomputed (not printed, or not computable) have no bar.
    """
    tables = result.laporan.evaluasi_renja
    items = []
    for tab in tables:
        for row in tab["baris"]:
            found = status.get(f"evaluasi_renja.{tab['kode']}.{row['kode']}.k.capaian")
            if found is None or not isinstance(found.recomputed, Decimal):
                continue
            rounding = found.rounding or result.laporan.rounding
            shown = _show(found.recomputed, rounding.places, rounding.mode,
                          angka=_display_mark(found.printed, result.laporan.angka))
            name = str(row["kode"]) if len(tables) == 1 else f"{tab['kode']} {row['kode']}"
            differs = "" if found.ok else _DIFFERS(bahasa, printed=found.printed)
            items.append((name, found.recomputed, shown, differs))
    return items
