"""The SVG bar chart of the recomputed capaian per indicator."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

from decimal import Decimal

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO
from sakip._output import html_text
from sakip.errors import SakipError
from sakip.numbers import round_value
from sakip.reviu._builder import _show

#: The chart's words.
_LABEL = Teks(id="capaian hasil hitung per indikator terhadap 100%",
              en="recomputed capaian per indicator against 100%")
_RECOMPUTED = Teks(id="{value} % (hasil hitung)", en="{value} % (recomputed)")
_DIFFERS = Teks(id="≠ tercetak {printed}", en="≠ printed {printed}")


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
    width, bar, gap, left = 520, 18, 8, 70
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
    return _svg(items, result.laporan.angka, bahasa)
