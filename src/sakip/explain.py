"""The audit trail: :class:`Step`, :class:`Explanation` and the :class:`Figure` base.

Every figure sakip computes is a :class:`Figure`: ``.value`` is exact and
unrounded, ``.rounded(places, mode)`` reports it, and ``.explain()``
re-derives it from the stored inputs as a list of steps (formula, inputs,
exact and printed value, legal reference).  The explanation renders as text
(for scripts and working papers), Markdown and HTML (``_repr_html_`` in
Jupyter).  Re-deriving only on request keeps the hot path plain.

>>> import sakip
>>> print(sakip.capaian(target=1176, realisasi=1189).explain(mode="down"))
Capaian kinerja (maximize)
  1. capaian = R / T × 100
       T (target) = 1176
       R (realisasi) = 1189
       = 101.10544217687074829931972789115646258503401360544 (printed 101,10)
  value: 101.10544217687074829931972789115646258503401360544
  printed: 101,10 (2 decimals, truncation (toward zero))
  reference: PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran Bab VI
"""

from __future__ import annotations

import abc
import html
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from sakip._decimal import text as _str
from sakip._output import markdown_cell
from sakip.numbers import Rounding, RoundingMode, format_id, round_value

__all__ = ["Explanation", "Figure", "Step", "Trace"]


def _printed(value: object, rounding: Rounding) -> str:
    if isinstance(value, Decimal):
        return format_id(value, rounding.places, rounding.mode)
    return _str(value)


@attrs.frozen(kw_only=True)
class Step:
    """One step of a derivation: ``name = formula``, its inputs and its value.

    ``inputs`` is a tuple of ``(label, value)`` pairs, labels in the
    regulation's terms (``"T (target)"``).  ``value`` is exact (a Decimal) or
    a label (a predikat, a category).

    >>> Step(name="penyerapan", formula="RA / P × 100",
    ...      inputs=(("P (pagu)", Decimal(200)), ("RA (realisasi)", Decimal(150))),
    ...      value=Decimal(75)).name
    'penyerapan'
    """

    name: str
    formula: str
    inputs: tuple[tuple[str, Any], ...] = ()
    value: Any = None
    reference: str = ""
    note: str = ""


@attrs.frozen(kw_only=True)
class Explanation:
    """An ordered derivation of one figure, renderable as text, Markdown or HTML.

    ``value`` is the final exact value (the value of the last step);
    ``rounding`` is the policy used to show printed figures.

    >>> import sakip
    >>> e = sakip.capaian(target=10, realisasi=12, polarisasi="minimize").explain()
    >>> e.value, e.printed
    (Decimal('80'), '80,00')
    """

    title: str
    steps: tuple[Step, ...]
    rounding: Rounding = attrs.field(factory=Rounding)
    reference: str = ""
    notes: tuple[str, ...] = ()

    @property
    def value(self) -> Any:
        """The value of the final step: the figure being explained."""
        return self.steps[-1].value

    @property
    def printed(self) -> str:
        """The final value as the report would print it under ``rounding``."""
        return _printed(self.value, self.rounding)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def to_text(self) -> str:
        """Plain text, one step per block, for scripts and working papers."""
        lines = [self.title]
        for number, step in enumerate(self.steps, start=1):
            lines.append(f"  {number}. {step.name} = {step.formula}")
            lines.extend(
                f"       {label} = {_str(value)}" for label, value in step.inputs
            )
            shown = _str(step.value)
            if isinstance(step.value, Decimal):
                shown += f" (printed {_printed(step.value, self.rounding)})"
            lines.append(f"       = {shown}")
            if step.note:
                lines.append(f"       note: {step.note}")
            if step.reference:
                lines.append(f"       reference: {step.reference}")
        lines.append(f"  value: {_str(self.value)}")
        if isinstance(self.value, Decimal):
            lines.append(f"  printed: {self.printed} ({self.rounding})")
        lines.extend(f"  note: {note}" for note in self.notes)
        if self.reference:
            lines.append(f"  reference: {self.reference}")
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """Markdown: a heading, a table of steps, the printed value and reference.

        Text is escaped (pipes, backslashes, HTML; line breaks as ``<br>``), so
        a label from a file cannot add a row or break the table.
        """
        esc = markdown_cell
        lines = [f"**{esc(self.title)}**", "",
                 "| # | step | formula | inputs | value | printed |"]
        lines.append("|---|---|---|---|---|---|")
        for number, step in enumerate(self.steps, start=1):
            inputs = "; ".join(
                f"{esc(label)} = {esc(_str(value))}" for label, value in step.inputs
            )
            lines.append(
                f"| {number} | {esc(step.name)} | `{esc(step.formula)}` | {inputs} | "
                f"{esc(_str(step.value))} | {esc(_printed(step.value, self.rounding))} |"
            )
        lines.append("")
        lines.append(f"Printed: **{esc(self.printed)}** ({self.rounding}).")
        lines.extend(f"Note: {esc(note)}" for note in self.notes)
        if self.reference:
            lines.append(f"Reference: {esc(self.reference)}.")
        return "\n".join(lines)

    def to_html(self) -> str:
        """A self-contained HTML fragment (a table), for notebooks and reports."""
        esc = html.escape
        rows = []
        for number, step in enumerate(self.steps, start=1):
            inputs = "<br>".join(
                f"{esc(label)} = {esc(_str(value))}" for label, value in step.inputs
            )
            rows.append(
                f"<tr><td>{number}</td><td>{esc(step.name)}</td><td><code>{esc(step.formula)}"
                f"</code></td><td>{inputs}</td><td>{esc(_str(step.value))}</td>"
                f"<td>{esc(_printed(step.value, self.rounding))}</td></tr>"
            )
        notes = "".join(f"<p>Note: {esc(note)}</p>" for note in self.notes)
        reference = f"<p>Reference: {esc(self.reference)}</p>" if self.reference else ""
        return (
            f'<div class="sakip-explanation"><p><strong>{esc(self.title)}</strong></p>'
            "<table><thead><tr><th>#</th><th>step</th><th>formula</th><th>inputs</th>"
            "<th>value</th><th>printed</th></tr></thead><tbody>"
            + "".join(rows)
            + f"</tbody></table><p>Printed: <strong>{esc(self.printed)}</strong> "
            f"({esc(str(self.rounding))})</p>{notes}{reference}</div>"
        )

    def __str__(self) -> str:
        return self.to_text()

    def _repr_html_(self) -> str:
        return self.to_html()


class Trace:
    """Collects steps while a formula runs, when an explanation is asked for.

    Formulas take ``trace: Trace | None``; on the hot path it is ``None`` and
    nothing is recorded, so one code path both computes and explains.
    """

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def add(
        self,
        name: str,
        formula: str,
        inputs: tuple[tuple[str, Any], ...],
        value: Any,
        *,
        reference: str = "",
        note: str = "",
    ) -> None:
        """Record one step."""
        self.steps.append(
            Step(
                name=name,
                formula=formula,
                inputs=inputs,
                value=value,
                reference=reference,
                note=note,
            )
        )


@attrs.frozen(kw_only=True, slots=False)
class Figure(abc.ABC):
    """Base of every computed figure: exact ``value``, ``rounded()``, ``explain()``.

    Subclasses store their inputs and implement :meth:`_derive`, which
    recomputes the value while recording steps.
    """

    value: Decimal

    def rounded(self, places: int = 2, mode: RoundingMode = "half_up") -> Decimal:
        """The value rounded for reporting: ``places`` decimals, ``mode``.

        Modes: ``"half_up"`` (default), ``"down"`` (truncation), ``"half_even"``, ``"up"``.
        """
        return round_value(self.value, places, mode)

    def printed(self, places: int = 2, mode: RoundingMode = "half_up") -> str:
        """The value as an Indonesian report prints it (``"101,10"``)."""
        return format_id(self.value, places, mode)

    def explain(self, places: int = 2, mode: RoundingMode = "half_up") -> Explanation:
        """Re-derive the value from the stored inputs, step by step."""
        trace = Trace()
        self._derive(trace)
        return Explanation(
            title=self._title(),
            steps=tuple(trace.steps),
            rounding=Rounding(places=places, mode=mode),
            reference=self._reference(),
            notes=self._notes(),
        )

    def _repr_html_(self) -> str:
        return self.explain().to_html()

    @abc.abstractmethod
    def _derive(self, trace: Trace) -> Any:
        """Recompute the value, recording steps in ``trace``."""

    @abc.abstractmethod
    def _title(self) -> str:
        """A one-line title naming the figure in the regulation's terms."""

    def _reference(self) -> str:
        return ""

    def _notes(self) -> tuple[str, ...]:
        return ()
