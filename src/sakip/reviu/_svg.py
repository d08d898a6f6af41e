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


def _svg(items: list[tuple[str, Decimal, str]], angka: str = "id",
         bahasa: Bahasa = DEFAULT) -> str:
    """A horizontal bar chart; bar lengths scaled from exact values (display only)."""
    esc = html_text
    width, bar, gap, left = 520, 18, 8, 70
    right = 160
    top = max([HUNDRED, *[v for _, v, _ in items]])
    scale = CONTEXT.divide(Decimal(width - left - right), top)
    height = len(items) * (bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             'role="img" aria-label="' + _LABEL(bahasa) + '">']
    for i, (name, value, differs) in enumerate(items):
        y = 10 + i * (bar + gap)
        length = round_value(CONTEXT.multiply(max(value, ZERO), scale), 0)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{esc(name)}</text>'
                     f'<rect x="{left}" y="{y}" width="{length}" height="{bar}" '
                     f'fill="{"#4a90d9" if value >= HUNDRED else "#d98a4a"}"/>'
                     f'<text x="{left + int(length) + 4}" y="{y + 13}" font-size="11">'
                     f"{_RECOMPUTED(bahasa, value=_show(value, 2, angka=angka))}"
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
        items.append((ind.kode, value, differs))
    return _svg(items, result.laporan.angka, bahasa)
