"""The answers of :mod:`sakip.simulasi`: ``Solution``, ``Unreachable``, ``SolutionSet``.

One row layout (``_row``) and one explanation (``_explain``, re-deriving the
answer through the search engine ``_search._solve``) for every answer.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from sakip._bahasa import tulis
from sakip.errors import NotComputableError, UnknownNameError
from sakip.explain import (
    REPR_WIDTH,
    Explanation,
    Figure,
    Step,
    Tabular,
    Trace,
    _short,
    cell,
    check_rounding,
    derive_sources,
)
from sakip.numbers import Rounding
from sakip.simulasi._search import _printed_text, _solve

if TYPE_CHECKING:
    from sakip.simulasi._question import Question

# ------------------------------------------------------------------ results


@attrs.frozen(kw_only=True)
class Solution(Figure):
    """The answer to a :class:`Question`: ``value`` is the least (or greatest) input.

    ``explain()`` re-derives it (goal region, closed form, search, checks of the
    answer and of the next grid point); ``figure`` is the figure computed at the
    answer by the ordinary API; ``to_rows()`` gives one row for a DataFrame.

    >>> import sakip
    >>> need = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
    >>> need.value, need.reachable, need.figure.value
    (Decimal('1176'), True, Decimal('100'))
    >>> need.explain().value == need.value
    True
    >>> row = need.to_row()
    >>> row["vary"], row["value"], row["figure"], row["figure_printed"]
    ('realisasi', Decimal('1176'), 'capaian', '100')
    """

    #: The question this answers.
    question: Question

    @property
    def reachable(self) -> bool:
        """Always True (see :class:`Unreachable`)."""
        return True

    @property
    def reason(self) -> str:
        """Empty: the goal is reached."""
        return ""

    @property
    def figure(self) -> Any:
        """The figure at the answer, computed through the ordinary API."""
        return self.question.figure_at(self.value)

    def _derive(self, trace: Trace) -> Decimal:
        x, _reason = _solve(self.question, trace)
        assert x is not None
        return x

    def _title(self) -> str:
        return _question_title(self.question)

    def _reference(self) -> str:
        return self.question.reference

    def explain(self, places: int | None = None, mode: Any = None) -> Explanation:
        """Re-derive the answer step by step (printed under the question's rounding)."""
        return _explain(self, self.question, places, mode)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The answer as one flat row, the same columns for every question.

        ``label``, ``vary`` (the input solved for), ``goal``, ``direction``,
        ``reachable``, ``value`` (the answer), ``figure`` (the name of the
        figure the goal is about), ``figure_value`` (its value at the answer),
        ``figure_printed`` (as printed under the question's rounding),
        ``reason`` (empty), the question's own details (``pagu``, ``bobot``,
        ``masih_diperlukan``...), and ``rounded``: the answer under
        ``rounding`` (2 decimals, half-up when ``None``).  Numbers are exact.
        """
        return _row(self.question, self.value, "", rounding)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``: a single answer is one row."""
        return [self.to_row(rounding)]

    def __repr__(self) -> str:
        return _answer_repr(self, f"value={_short(self.value)}")

    def _repr_html_(self) -> str:
        return _html_table(_question_title(self.question), self.to_rows())


def _answer_repr(answer: Tabular, first: str) -> str:
    """``Solution(value=…, question='title')`` on one line under ``REPR_WIDTH`` characters."""
    head = f"{type(answer).__name__}({first}, question="
    room = REPR_WIDTH - len(head) - 3
    title = repr(_question_title(answer.question))  # type: ignore[attr-defined]
    return f"{head}{title if len(title) <= room else title[:room - 2] + '…' + title[0]})"


def _question_title(q: Question) -> str:
    return q.title or f"Simulasi: {q.direction} {q.vary} for {q.measure_name} {q.goal}"


def _explain(result: Any, q: Question, places: int | None, mode: Any) -> Explanation:
    trace = Trace()
    source_notes = derive_sources(q.sources, trace)  # library results given: theirs first
    result._derive(trace)
    base = q.rounding if q.rounding is not None else Rounding(places=2, mode="half_up")
    rounding = Rounding(places=base.places if places is None else places,
                        mode=base.mode if mode is None else mode)
    notes = [*source_notes, *(f"{k}: {v}" for k, v in q.details)]
    return Explanation(title=_question_title(q), steps=tuple(trace.steps), rounding=rounding,
                       reference=q.reference, notes=tuple(notes))


def _row(q: Question, value: Decimal | None, reason: str,
         rounding: Rounding | None) -> dict[str, Any]:
    """The one row layout of every answer (row protocol: exact ``value`` and ``rounded``)."""
    policy = check_rounding(rounding)
    row: dict[str, Any] = {"label": q.label, "vary": q.vary, "goal": tulis(q.goal, "en"),
                           "direction": q.direction, "reachable": value is not None,
                           "figure": q.measure_name, "figure_value": None,
                           "figure_printed": None}
    if value is not None:
        row["figure_value"] = q.measure(q.forward(value))
        row["figure_printed"] = _printed_text(q, q.printed_at(value))
    row["reason"] = reason
    for name, detail in q.details:
        shown = cell(detail)
        row[name] = str(detail) if shown is NotImplemented else shown
    row["value"] = value
    row["rounded"] = None if value is None else policy.apply(value)
    return row


#: Columns the HTML table leaves out: ``rounded`` repeats the answer, ``figure_value`` is
#: the exact figure that ``figure_printed`` shows (both stay in ``to_rows()``).
_HTML_LEFT_OUT = frozenset({"rounded", "figure_value"})


def _html_table(title: str, rows: Sequence[Mapping[str, Any]]) -> str:
    """A compact table: the answer (``value``) first; columns that are empty in every row, or
    repeat an earlier column in every row (``vary`` when it is the label), left out."""
    esc = html.escape
    columns: list[str] = ["value"] if any("value" in row for row in rows) else []
    for row in rows:
        columns.extend(c for c in row if c not in columns and c not in _HTML_LEFT_OUT)
    texts = {c: ["" if row.get(c) is None else str(row.get(c)) for row in rows]
             for c in columns}
    kept: list[str] = []
    for c in columns:
        if c != "value" and (not any(texts[c]) or any(texts[c] == texts[k] for k in kept)):
            continue
        kept.append(c)
    head = "".join(f"<th>{esc(c)}</th>" for c in kept)
    body = "".join("<tr>" + "".join(f"<td>{esc(texts[c][i])}</td>" for c in kept) + "</tr>"
                   for i in range(len(rows)))
    return (f'<div class="sakip-simulasi"><p><strong>{esc(title)}</strong></p><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


@attrs.frozen(kw_only=True)
class Unreachable(Tabular):
    """A goal that cannot be reached, with the ``reason``; it has no number.

    ``value`` raises :class:`~sakip.NotComputableError` carrying the reason, so
    code that forgets to check ``reachable`` fails loudly instead of using a
    wrong number.

    >>> import sakip
    >>> u = sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120)
    >>> u.reachable
    False
    >>> u.value
    Traceback (most recent call last):
    ...
    sakip.errors.NotComputableError: goal: not computable: capaian is capped at 120: ...
    """

    question: Question
    reason: str

    @property
    def reachable(self) -> bool:
        """Always False."""
        return False

    @property
    def value(self) -> Decimal:
        """Not available: raises :class:`~sakip.NotComputableError` with the reason."""
        raise NotComputableError(field="goal", reason=self.reason)

    def _derive(self, trace: Trace) -> str:
        _x, reason = _solve(self.question, trace)
        return reason

    def explain(self, places: int | None = None, mode: Any = None) -> Explanation:
        """The steps that show why the goal cannot be reached."""
        return _explain(self, self.question, places, mode)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The question as one flat row (the columns of :meth:`Solution.to_row`):
        ``reachable`` False, the ``reason``, ``value`` and ``rounded`` None."""
        return _row(self.question, None, self.reason, rounding)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``."""
        return [self.to_row(rounding)]

    def __repr__(self) -> str:
        return _answer_repr(self, f"reason={_short(self.reason)}")

    def _repr_html_(self) -> str:
        return _html_table(_question_title(self.question), self.to_rows())


Answer: TypeAlias = Solution | Unreachable


@attrs.frozen(kw_only=True)
class SolutionSet(Tabular):
    """Several answers to related questions (one per indicator, component, band).

    Iterate over it, index it by label (``answers["capaian_output"]``), render
    it as a table in Jupyter, or turn it into rows.  ``summary`` holds figures
    about the whole (the total needed, the gap).

    >>> import sakip
    >>> edges = sakip.simulasi.batas_efisiensi()
    >>> len(edges), edges.labels()[0], edges["Efisien"].value
    (4, 'Sangat Efisien', Decimal('8.00'))
    >>> [row["rounded"] for row in edges.to_rows(sakip.Rounding(0, "half_up"))]
    [Decimal('16'), Decimal('8'), Decimal('4'), Decimal('0')]
    """

    title: str
    items: tuple[Answer, ...]
    summary: tuple[tuple[str, Any], ...] = ()

    def __iter__(self) -> Iterator[Answer]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, label: str) -> Answer:
        for item in self.items:
            if item.question.label == label:
                return item
        raise UnknownNameError(field="label",
                               expected="one of " + ", ".join(i.question.label for i in self.items),
                               received=label)

    def labels(self) -> tuple[str, ...]:
        """The labels of the answers, in order."""
        return tuple(item.question.label for item in self.items)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per answer (see :meth:`Solution.to_row`)."""
        return [item.to_row(rounding) for item in self.items]

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The set as one row: its title, how many answers are reachable, and the summary."""
        check_rounding(rounding)
        row: dict[str, Any] = {"title": tulis(self.title, "en"), "answers": len(self.items),
                               "reachable": sum(1 for item in self.items if item.reachable)}
        for name, value in self.summary:
            shown = cell(value)
            row[name] = str(value) if shown is NotImplemented else shown
        return row

    def explain(self, places: int = 2, mode: Any = "half_up") -> Explanation:
        """One step per answer (its value, or why it cannot be reached); the summary as notes.

        Each answer's own ``explain()`` has its full derivation.
        """
        steps = []
        for item in self.items:
            q = item.question
            if isinstance(item, Solution):
                steps.append(Step(name=q.label or q.vary, formula=f"{q.direction} {q.vary}",
                                  inputs=(("goal", str(q.goal)),), value=item.value))
            else:
                steps.append(Step(name=q.label or q.vary, formula=f"{q.direction} {q.vary}",
                                  inputs=(("goal", str(q.goal)),), value="unreachable",
                                  note=item.reason))
        notes = tuple(f"{name}: {value}" for name, value in self.summary)
        return Explanation(title=self.title, steps=tuple(steps),
                           rounding=Rounding(places=places, mode=mode), notes=notes)

    def _repr_html_(self) -> str:
        return _html_table(self.title, self.to_rows())
