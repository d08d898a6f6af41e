"""The answers of :mod:`sakip.simulasi`: ``Solution``, ``Unreachable``, ``SolutionSet``.

One row layout (``_row``), one explanation (``_explain``, re-deriving the
answer through the search engine ``_search._solve``) and one set of renderings
(``_Rendered``: ``judul``, ``to_text``, ``to_html`` in either language) for
every answer.

Rows are data: their keys (``value``, ``goal``, ``pagu``, a summary's
``poin_diperlukan`` …) are codes, the same in both languages, and their prose
cells (``goal``, ``reason``, a set's ``title``) hold the English text, as a
reviu's ``to_rows()`` does.  The renderings (and the command's JSON) take the
same rows with those cells in the language (``_said_rows``), the columns in
words (``KOLOM``).
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Pesan, Teks, check_bahasa, tulis
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
from sakip.simulasi._goal import GOAL, _brief
from sakip.simulasi._search import (
    _ANSWER_TEXT,
    _GREATEST,
    _LEAST,
    _REASON,
    _UNREACHABLE,
    _printed_text,
    _solve,
)

if TYPE_CHECKING:
    from sakip.simulasi._question import Question

# --------------------------------------------------------------- renderings

#: The columns of the answers' rows and the names of a set's summary, in words (codes stay in
#: the rows; a name not here is written as it is: an Indonesian term, the same in both).
KOLOM: dict[str, Teks] = {
    "value": Teks(id="jawaban", en="answer"),
    "label": Teks(id="butir", en="label"),
    "vary": Teks(id="yang dicari", en="solved for"),
    "goal": GOAL,
    "direction": Teks(id="arah", en="direction"),
    "reachable": Teks(id="tercapai", en="reachable"),
    "figure": Teks(id="angka", en="figure"),
    "figure_value": Teks(id="angka eksak", en="exact figure"),
    "figure_printed": Teks(id="angka tercetak", en="printed figure"),
    "reason": _REASON,
    "rounded": Teks(id="dibulatkan", en="rounded"),
    "title": Teks(id="judul", en="title"),
    "answers": Teks(id="jumlah jawaban", en="answers"),
    "current": Teks(id="sekarang", en="current"),
    "maximum": Teks(id="maksimum", en="maximum"),
    "outputs": Teks(id="keluaran", en="outputs"),
    "masih_diperlukan": Teks(id="masih diperlukan", en="still needed"),
    "sudah": Teks(id="sudah terhitung", en="already counted"),
    "gap": Teks(id="selisih", en="gap"),
    "nilai_ikpa": Teks(id="nilai IKPA", en="nilai IKPA"),
    "nilai_ikpa_diperlukan": Teks(id="nilai IKPA yang diperlukan", en="nilai IKPA needed"),
    "nilai_diperlukan": Teks(id="nilai yang diperlukan", en="nilai needed"),
    "poin_diperlukan": Teks(id="poin yang diperlukan", en="points needed"),
    "nilai_baru": Teks(id="nilai baru", en="new nilai"),
}
def said(row: Mapping[str, Any], bahasa: Bahasa) -> dict[str, Any]:
    """``row`` with its prose cells written in ``bahasa``: the cells that are messages
    (``goal``, ``reason``, a set's ``title``; the figure's name when a question has none,
    ``value``).  Every other cell is a code or a number, as it is; ``said(row, "en")`` is
    the row of ``to_rows()`` (plain cells).

    >>> import sakip
    >>> u = sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120)
    >>> row = u._said_rows("id")[0]
    >>> row["reason"], row["direction"]
    ('capaian dibatasi pada 120: capaian tercetak tidak dapat mencapai ≥ 130', 'least')
    >>> said(_row(u.question, None, u.reason, None), "en") == u.to_row()
    True
    """
    return {key: value(bahasa) if isinstance(value, Pesan) else value
            for key, value in row.items()}


#: A cell of a rendering: the direction's words, yes and no.
_DIRECTION = {"least": _LEAST, "greatest": _GREATEST}
_YES_NO = {True: Teks(id="ya", en="yes"), False: Teks(id="tidak", en="no")}
#: A named value in a note or a summary line.
_NAMED = Teks(id="{name}: {value}", en="{name}: {value}")


def _words(name: str) -> Teks | str:
    """A row key or summary name in words (both languages), or the name itself."""
    return KOLOM.get(name, name)


def _cell(column: str, value: Any, bahasa: Bahasa) -> str:
    """One cell of a rendering in ``bahasa``: text rendered, exact numbers as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES_NO[value](bahasa)
    if column == "direction" and value in _DIRECTION:
        return _DIRECTION[value](bahasa)
    if isinstance(value, Decimal):
        return _brief(value)
    return tulis(value, bahasa)


def _named(name: str, value: Any) -> str:
    """``name: value`` as a message (the name in words; a number as written exactly)."""
    return Pesan(_NAMED, name=_words(name), value=_brief(value) if isinstance(value, Decimal)
                 else value)


class _Rendered:
    """The person-facing renderings of a simulasi result, in Bahasa Indonesia by default.

    A result gives its title (``_title``), its rows (``to_rows``) and, for a
    set, its ``summary``; ``judul``, ``to_text`` and ``to_html`` write them in
    ``bahasa`` (``"id"`` or ``"en"``), ``str()`` and a notebook's HTML in the
    default language.  The rows themselves stay data (see the module).
    """

    __slots__ = ()

    if TYPE_CHECKING:
        def _title(self) -> str: ...
        def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]: ...

    def _summary(self) -> tuple[tuple[str, Any], ...]:
        return ()

    def _message_rows(self) -> list[dict[str, Any]]:
        """The rows of ``to_rows()`` whose prose cells are still messages (any language)."""
        return self.to_rows()

    def _said_rows(self, bahasa: Bahasa) -> list[dict[str, Any]]:
        """The rows of ``to_rows()`` with their prose cells in ``bahasa``."""
        return [said(row, bahasa) for row in self._message_rows()]

    def judul(self, bahasa: Bahasa = DEFAULT) -> str:
        """The title (the question in words) in ``bahasa``.

        >>> import sakip
        >>> need = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
        >>> need.judul()
        'Realisasi yang diperlukan untuk capaian ≥ 100 (target 1176, maximize)'
        >>> need.judul("en")
        'Realisasi needed for capaian ≥ 100 (target 1176, maximize)'
        """
        return tulis(self._title(), check_bahasa(bahasa))

    def to_text(self, bahasa: Bahasa = DEFAULT) -> str:
        """The title, a plain-text table of the answers and the summary, in ``bahasa``.

        Column heads and cells are in ``bahasa``; exact numbers as written
        (``30.50``); the columns as in :meth:`to_html`.  ``str()`` is this
        rendering in the default language.

        >>> import sakip
        >>> print(sakip.simulasi.realisasi_untuk(target=1176, capaian=100).to_text("en"))
        Realisasi needed for capaian ≥ 100 (target 1176, maximize)
          answer  solved for  goal   direction  reachable  figure   printed figure
          1176    realisasi   ≥ 100  least      yes        capaian  100
        >>> lke = sakip.simulasi.poin_lke_untuk(perencanaan=20, pengukuran=20, pelaporan=10,
        ...                                     evaluasi_internal=20)  # 70 is B; BB is > 70
        >>> print(lke.to_text().splitlines()[-1])
          poin yang diperlukan: 0.01
        """
        b = check_bahasa(bahasa)
        heads, body = _table(self._said_rows(b), b)
        widths = [max(len(x) for x in column) for column in zip(heads, *body, strict=True)]
        lines = [self.judul(b), *("  " + "  ".join(c.ljust(w) for c, w in zip(
            row, widths, strict=True)).rstrip() for row in [heads, *body])]
        lines.extend(f"  {tulis(_named(name, value), b)}" for name, value in self._summary())
        return "\n".join(lines)

    def to_html(self, bahasa: Bahasa = DEFAULT) -> str:
        """A compact HTML table in ``bahasa``: the answer (``value``) first; columns that are
        empty in every row, or repeat an earlier column in every row (``vary`` when it is the
        label), left out; ``rounded`` and ``figure_value`` left out (``to_rows()`` has them);
        the summary below.  A notebook shows this rendering in the default language.

        >>> import sakip
        >>> html = sakip.simulasi.batas_efisiensi().to_html()
        >>> html.split("<th>")[1:3]
        ['jawaban</th>', 'butir</th>']
        """
        b = check_bahasa(bahasa)
        esc = html.escape
        heads, body = _table(self._said_rows(b), b)
        head = "".join(f"<th>{esc(c)}</th>" for c in heads)
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                       for row in body)
        summary = "".join(f"<p>{esc(tulis(_named(name, value), b))}</p>"
                          for name, value in self._summary())
        return (f'<div class="sakip-simulasi"><p><strong>{esc(self.judul(b))}</strong></p>'
                f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
                f"{summary}</div>")

    def __str__(self) -> str:
        return self.to_text()

    def _repr_html_(self) -> str:
        return self.to_html()


# ------------------------------------------------------------------ results


@attrs.frozen(kw_only=True)
class Solution(_Rendered, Figure):
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

    def keterangan(self, bahasa: Bahasa = DEFAULT) -> str:
        """Empty, as ``reason``: the goal is reached (see :meth:`Unreachable.keterangan`)."""
        check_bahasa(bahasa)
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
        return said(_row(self.question, self.value, "", rounding), "en")

    def _message_rows(self) -> list[dict[str, Any]]:
        return [_row(self.question, self.value, "", None)]

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``: a single answer is one row."""
        return [self.to_row(rounding)]

    def __repr__(self) -> str:
        return _answer_repr(self, f"value={_short(self.value)}")


def _answer_repr(answer: Tabular, first: str) -> str:
    """``Solution(value=…, question='title')`` on one line under ``REPR_WIDTH`` characters."""
    head = f"{type(answer).__name__}({first}, question="
    room = REPR_WIDTH - len(head) - 3
    title = repr(_question_title(answer.question))  # type: ignore[attr-defined]
    return f"{head}{title if len(title) <= room else title[:room - 2] + '…' + title[0]})"


#: The title of a question built without one (:func:`~sakip.simulasi.solve`).
_GENERIC_TITLE = Teks(id="Simulasi: {vary} {direction} untuk {measure} {goal}",
                      en="Simulasi: {direction} {vary} for {measure} {goal}")


def _question_title(q: Question) -> str:
    return q.title or Pesan(_GENERIC_TITLE, vary=q.vary, direction=_DIRECTION[q.direction],
                            measure=q.measure_name, goal=q.goal)


def _explain(result: Any, q: Question, places: int | None, mode: Any) -> Explanation:
    trace = Trace()
    source_notes = derive_sources(q.sources, trace)  # library results given: theirs first
    result._derive(trace)
    base = q.rounding if q.rounding is not None else Rounding(places=2, mode="half_up")
    rounding = Rounding(places=base.places if places is None else places,
                        mode=base.mode if mode is None else mode)
    notes = [*source_notes, *(_named(k, v) for k, v in q.details)]
    return Explanation(title=_question_title(q), steps=tuple(trace.steps), rounding=rounding,
                       reference=q.reference, notes=tuple(notes))


def _row(q: Question, value: Decimal | None, reason: str,
         rounding: Rounding | None) -> dict[str, Any]:
    """The one row layout of every answer (row protocol: exact ``value`` and ``rounded``)."""
    policy = check_rounding(rounding)
    row: dict[str, Any] = {"label": q.label, "vary": q.vary, "goal": str(q.goal),
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


#: Columns the renderings leave out: ``rounded`` repeats the answer, ``figure_value`` is
#: the exact figure that ``figure_printed`` shows (both stay in ``to_rows()``).
_LEFT_OUT = frozenset({"rounded", "figure_value"})


def _table(rows: Sequence[Mapping[str, Any]], bahasa: Bahasa) -> tuple[list[str], list[list[str]]]:
    """The heads (in words) and cells of a rendering, in ``bahasa``: the answer (``value``)
    first; columns that are empty in every row, or repeat an earlier column in every row
    (``vary`` when it is the label), left out."""
    columns: list[str] = ["value"] if any("value" in row for row in rows) else []
    for row in rows:
        columns.extend(c for c in row if c not in columns and c not in _LEFT_OUT)
    texts = {c: [_cell(c, row.get(c), bahasa) for row in rows] for c in columns}
    kept: list[str] = []
    for c in columns:
        if c != "value" and (not any(texts[c]) or any(texts[c] == texts[k] for k in kept)):
            continue
        kept.append(c)
    return ([tulis(_words(c), bahasa) for c in kept],
            [[texts[c][i] for c in kept] for i in range(len(rows))])


@attrs.frozen(kw_only=True)
class Unreachable(_Rendered, Tabular):
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

    def keterangan(self, bahasa: Bahasa = DEFAULT) -> str:
        """Why the goal cannot be reached (``reason``, the English text) in ``bahasa``.

        >>> import sakip
        >>> u = sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120)
        >>> u.keterangan()
        'capaian dibatasi pada 120: capaian tercetak tidak dapat mencapai ≥ 130'
        >>> u.keterangan("en") == u.reason
        True
        """
        return tulis(self.reason, check_bahasa(bahasa))

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
        return said(_row(self.question, None, self.reason, rounding), "en")

    def _message_rows(self) -> list[dict[str, Any]]:
        return [_row(self.question, None, self.reason, None)]

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """``[self.to_row(rounding)]``."""
        return [self.to_row(rounding)]

    def __repr__(self) -> str:
        return _answer_repr(self, f"reason={_short(self.reason)}")

    def _title(self) -> str:
        return _question_title(self.question)


Answer: TypeAlias = Solution | Unreachable


@attrs.frozen(kw_only=True)
class SolutionSet(_Rendered, Tabular):
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

    def _title(self) -> str:
        return self.title

    def _summary(self) -> tuple[tuple[str, Any], ...]:
        return self.summary

    def _message_rows(self) -> list[dict[str, Any]]:
        return [row for item in self.items for row in item._message_rows()]

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
            formula = Pesan(_ANSWER_TEXT, vary=q.vary, direction=_DIRECTION[q.direction])
            inputs = ((Pesan(GOAL), str(q.goal)),)
            if isinstance(item, Solution):
                steps.append(Step(name=q.label or q.vary, formula=formula, inputs=inputs,
                                  value=item.value))
            else:
                steps.append(Step(name=q.label or q.vary, formula=formula, inputs=inputs,
                                  value=Pesan(_UNREACHABLE), note=item.reason))
        notes = tuple(_named(name, value) for name, value in self.summary)
        return Explanation(title=self.title, steps=tuple(steps),
                           rounding=Rounding(places=places, mode=mode), notes=notes)
