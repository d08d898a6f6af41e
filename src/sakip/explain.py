"""The audit trail: ``Step``, ``Explanation`` and the ``Figure`` base.

Every figure sakip computes is a ``Figure``: ``.value`` is exact and
unrounded, ``.rounded(places, mode)`` reports it, and ``.explain()``
re-derives it from the stored inputs as a list of steps (formula, inputs,
exact and printed value, legal reference).  The explanation renders as text
(for scripts and working papers), Markdown and HTML (``_repr_html_`` in
Jupyter).  Re-deriving only on request keeps the hot path plain.

>>> import sakip
>>> print(sakip.capaian(target=1176, realisasi=1189).explain(mode="down"))  # doctest: +ELLIPSIS
Capaian kinerja (maximize)
  1. capaian = R / T × 100
       T (target) = 1176
       R (realisasi) = 1189
       = 101.10544217687074829931972789115646258503401360544 (tercetak 101,10)
  nilai: 101.10544217687074829931972789115646258503401360544
  tercetak: 101,10 (2 ...)
  dasar: PermenPANRB 53/2014 (LKj); rumus seperti dalam PermenPANRB 8/2021 Lampiran Bab VI

Every explanation renders in Bahasa Indonesia (the default) or English
(``to_text("en")``); a rule set's citation is stored as registered (English
prose around the regulation's name) and written in Indonesian from
``sakip._rujukan_id.RUJUKAN``.

>>> print(sakip.capaian(target=1176, realisasi=1189).explain(mode="down").to_text("en"))
... # doctest: +ELLIPSIS
Capaian kinerja (maximize)
  1. capaian = R / T × 100
  ...
       = 101.10544217687074829931972789115646258503401360544 (printed 101,10)
  value: 101.10544217687074829931972789115646258503401360544
  printed: 101,10 (2 decimals, truncation (toward zero))
  reference: PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran Bab VI
"""

from __future__ import annotations

import abc
import datetime
import enum
import functools
import html
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Never, Self

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Pesan, Teks, check_bahasa, tulis
from sakip._decimal import HasValue
from sakip._decimal import text as _str
from sakip._output import markdown_cell
from sakip._rujukan_id import rujukan
from sakip._rules import RuleSet
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.numbers import Rounding, RoundingMode, format_id, round_value

__all__ = ["Explanation", "Figure", "NotComputable", "Step", "Tabular", "Text", "Trace",
           "derive_sources", "filled", "rows", "say", "sources_of"]

#: A piece of an explanation: a ``str`` is the same in every language (a regulation
#: term, a formula, a label from a file); a :class:`~sakip._bahasa.Teks` is sakip's own
#: words, rendered in the language asked for.
Text = str | Teks


def _stored(text: Text) -> str:
    """A text as an explanation stores it: a ``str``; a ``Teks`` becomes a ``Pesan``.

    A :class:`~sakip._bahasa.Pesan` is a ``str`` whose value is the English
    text and which renders in either language, so an explanation's fields are
    plain strings to a program (``"Lampiran" in e.reference``) and still render
    in the language asked for.  The text is final: braces in it are kept as
    they are.

    >>> t = _stored(Teks(id="catatan {x}", en="note {x}"))
    >>> t, say(t, "id")
    ('note {x}', 'catatan {x}')
    """
    if isinstance(text, Teks):
        key = (text.id, text.en)
        found = _STORED.get(key)
        if found is None:
            found = Pesan(Teks(id=_literal(text.id), en=_literal(text.en)))
            if len(_STORED) >= 4096:
                _STORED.clear()
            _STORED[key] = found
        return found
    return text


#: The texts :func:`_stored` made, by their two languages (every figure of a kind stores the
#: same words: each made once, issue 24); at most 4096, then afresh.  Keyed by the words, not
#: the ``Teks``: a filled one is not kept alive as if it were a template.
_STORED: dict[tuple[str, str], Pesan] = {}


def _literal(template: str) -> str:
    return template.replace("{", "{{").replace("}", "}}")


def _stored_all(texts: Iterable[Text]) -> tuple[str, ...]:
    """Each of ``texts`` as :func:`_stored` keeps it."""
    return tuple([_stored(text) for text in texts]) if texts else ()


def _stored_inputs(inputs: Iterable[tuple[Text, Any]]) -> tuple[tuple[str, Any], ...]:
    """``(label, value)`` pairs with each label as :func:`_stored` keeps it."""
    return tuple([(_stored(label), value) for label, value in inputs]) if inputs else ()


def _rounding_of(places: int, mode: RoundingMode) -> Rounding:
    """``Rounding(places=places, mode=mode)``, made (and validated) once per pair: every
    figure's explanation has one (issue 24).  Anything but an ``int`` and a ``str`` is
    left to ``Rounding`` to refuse."""
    if type(places) is int and type(mode) is str:
        return _rounding_once(places, mode)
    return Rounding(places=places, mode=mode)


@functools.lru_cache(maxsize=256)
def _rounding_once(places: int, mode: RoundingMode) -> Rounding:
    return Rounding(places=places, mode=mode)


#: The rounding of an explanation that names none (one object: a rounding is immutable).
_DEFAULT_ROUNDING = Rounding()


def say(text: Text, bahasa: Bahasa = DEFAULT) -> str:
    """``text`` in ``bahasa``: a ``str`` as it is, a ``Teks`` or a ``Pesan`` in that language.

    A :class:`~sakip._bahasa.Pesan` (a reviu finding's label used as a title) is a
    ``str`` whose English is its value; it is rendered in ``bahasa`` too.  In
    Bahasa Indonesia a rule set's citation in the text (a reference, a note
    quoting one) is written in Indonesian (:func:`sakip._rujukan_id.rujukan`).

    >>> say("capaian"), say(Teks(id="catatan", en="note"), "en")
    ('capaian', 'note')
    >>> say("PMK 249/PMK.02/2011 Lampiran (efisiensi, unit-cost form)")
    'PMK 249/PMK.02/2011 Lampiran (efisiensi, bentuk biaya satuan)'
    """
    shown = tulis(text, bahasa) if isinstance(text, Pesan) or not isinstance(text, str) else text
    return rujukan(shown, bahasa)


def filled(template: Teks, **fields: object) -> Teks:
    """``template`` with ``fields`` filled in, in both languages (a ``Teks`` to store).

    A step's note or a figure's title is stored filled, and rendered later in
    the language of the rendering.  A field that is itself a ``Teks`` is
    written in each language.

    >>> t = filled(Teks(id="nilai sebelum dibatasi {v}", en="unclipped value {v}"), v="104")
    >>> t("id"), t("en")
    ('nilai sebelum dibatasi 104', 'unclipped value 104')
    """
    return Teks(id=template("id", **{k: say(v, "id") if isinstance(v, (Teks, Pesan)) else v
                                     for k, v in fields.items()}),
                en=template("en", **{k: say(v, "en") if isinstance(v, (Teks, Pesan)) else v
                                     for k, v in fields.items()}))


def joined(prefix: str, text: Text, sep: str = ": ") -> Text:
    """``prefix: text`` keeping ``text``'s languages (a source's step or note in a composite).

    >>> joined("ikpa", Teks(id="catatan", en="note"))("en"), joined("eka", "nilai komposit")
    ('ikpa: note', 'eka: nilai komposit')
    """
    if isinstance(text, Pesan):  # an explanation's stored text: keep both languages
        return Teks(id=f"{prefix}{sep}{text('id')}", en=f"{prefix}{sep}{text('en')}")
    if isinstance(text, str):
        return f"{prefix}{sep}{text}"
    return Teks(id=f"{prefix}{sep}{text.id}", en=f"{prefix}{sep}{text.en}")


# The framework words of a rendered explanation (reference §16's vocabulary).
_TERCETAK = Teks(id="tercetak", en="printed")
_NILAI = Teks(id="nilai", en="value")
_CATATAN = Teks(id="catatan", en="note")
_DASAR = Teks(id="dasar", en="reference")
_HEADER = Teks(id="| # | langkah | rumus | masukan | nilai | tercetak |",
               en="| # | step | formula | inputs | value | printed |")
_HTML_HEADER = Teks(
    id="<th>#</th><th>langkah</th><th>rumus</th><th>masukan</th><th>nilai</th><th>tercetak</th>",
    en="<th>#</th><th>step</th><th>formula</th><th>inputs</th><th>value</th><th>printed</th>")
_TIDAK_DAPAT_DIHITUNG = Teks(id="tidak dapat dihitung", en="not computable")
_TITLE_NOT_COMPUTABLE = Teks(id="{field}: tidak dapat dihitung", en="{field}: not computable")

#: What a row's cells may hold: plain scalars (numbers stay exact Decimals, never floats).
CELL_TYPES = (str, int, bool, Decimal, datetime.date, type(None))


def cell(value: object) -> Any:
    """A value as a row cell: scalars as they are, enums and policies as text, rule sets by name.

    Returns ``NotImplemented`` for values that are not one cell (tuples of
    outputs, mappings, nested results): those belong in ``to_rows``.
    """
    if isinstance(value, enum.Enum):  # Polarisasi (a str enum), Predikat: their text
        return str(value)
    if isinstance(value, CELL_TYPES):
        return value
    if isinstance(value, Rounding):
        return str(value)
    if isinstance(value, RuleSet):
        return value.name
    return NotImplemented


def check_rounding(rounding: object, default: Rounding | None = None) -> Rounding:
    """The caller's ``rounding`` for a row, ``default`` (or ``Rounding()``) when ``None``."""
    if rounding is None:
        return Rounding() if default is None else default
    if not isinstance(rounding, Rounding):
        raise InvalidTypeError(field="rounding", expected="a sakip.Rounding or None",
                               received=rounding)
    return rounding


#: The longest repr of a result (:meth:`Tabular.__repr__`).
REPR_WIDTH = 200

#: Digits of an exact Decimal a repr shows before ``…``.
_REPR_DIGITS = 16


def _short(value: object) -> str:
    """A field's value in a repr: short cells in full, long Decimals cut, parts counted."""
    if isinstance(value, Decimal):
        text = str(value)
        return (f"Decimal('{text}')" if len(text) <= _REPR_DIGITS + 2
                else f"Decimal('{text[:_REPR_DIGITS]}…')")
    if isinstance(value, (tuple, list, dict, frozenset, set)):
        return f"<{len(value)} item{'s' if len(value) != 1 else ''}>"
    shown = cell(value)
    if shown is NotImplemented:
        label = getattr(value, "name", None)
        return (f"<{type(value).__name__} {label!r}>" if isinstance(label, str)
                else f"<{type(value).__name__}>")
    text = repr(shown)
    return text if len(text) <= 100 else f"{text[:97]}…{text[-1]}"


class Tabular:
    """The row protocol: ``to_row(rounding=None)`` and ``to_rows(rounding=None)``.

    Every result and value type of sakip has both: ``to_row`` is the object as
    one flat row (a dict of plain cells: str, int, bool, ``None``, dates and
    exact Decimals, never floats), ``to_rows`` its parts as rows (a list of
    such dicts; an object without parts is its own one part).  The default
    row holds the object's attrs fields that are single cells; classes add or
    rename columns in ``_row``.  :func:`rows` makes rows of any iterable of them.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Every result gets the one-line repr unless it writes its own; attrs then
        # leaves ``__repr__`` alone (it detects a class's own methods).
        super().__init_subclass__(**kwargs)
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = Tabular.__repr__  # type: ignore[method-assign]

    def __repr__(self) -> str:
        """One line of at most :data:`REPR_WIDTH` characters: the class and its fields.

        Fields that are one cell are shown as cells (a long exact Decimal is cut
        with ``…``: the whole value is ``.value``); parts (outputs, answers,
        findings) by their count, rule sets by name; fields that do not fit
        are left out, marked ``…``.  Never a memory address.

        >>> import sakip
        >>> sakip.capaian(target=1176, realisasi=1189)  # doctest: +NORMALIZE_WHITESPACE
        Capaian(value=Decimal('101.105442176870…'), target=Decimal('1176'),
                realisasi=Decimal('1189'), polarisasi='maximize', rumus_minimize='2t-r',
                cap=None, floor=None, rentang='stabilize')
        """
        name = type(self).__name__
        parts = []
        width = len(name) + 2
        fields = attrs.fields(type(self)) if attrs.has(type(self)) else ()  # type: ignore[arg-type]
        for field in fields:
            if field.name.startswith("_") or field.name == "sources" or not field.repr:
                continue
            part = f"{field.name}={_short(getattr(self, field.name))}"
            if width + len(part) + 2 > REPR_WIDTH - 3:
                parts.append("…")
                break
            parts.append(part)
            width += len(part) + 2
        return f"{name}({', '.join(parts)})"

    def _row(self) -> dict[str, Any]:
        """The object's columns: every attrs field that is one cell, in field order."""
        row: dict[str, Any] = {}
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]  # attrs subclasses
            if field.name.startswith("_") or field.name in ("value", "sources"):
                continue
            shown = cell(getattr(self, field.name))
            if shown is not NotImplemented:
                row[field.name] = shown
        return row

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """This object as one flat row (a dict of plain cells)."""
        check_rounding(rounding)
        return self._row()

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """This object's parts as rows; an object without parts is one row."""
        return [self.to_row(rounding)]


@keyword_only()
def rows(items: Iterable[Any], rounding: Rounding | None = None, *positional: Never,
         float_columns: bool = False) -> list[dict[str, Any]]:
    """One row per item (``item.to_row(rounding)``), for ``pandas.DataFrame(rows(...))``.

    ``items`` is any iterable of sakip results or values; each gives its exact
    ``value`` and, for figures, ``rounded`` under ``rounding`` (2 decimals,
    half-up when ``None``).  A collection of results (a :class:`~sakip.Reviu`,
    a simulasi ``SolutionSet``) gives its parts' rows, as its ``to_rows()``;
    for the parts of one figure, use its ``to_rows()``.

    ``float_columns=True`` adds, after each column holding an exact
    ``Decimal``, a column ``<name>_float`` with ``float(value)`` (``None``
    stays ``None``) — for plotting (``df.plot(y="rounded_float")``) and
    display only: floats are approximations, the exact column stays beside it
    and is the one to compute with.

    >>> import sakip
    >>> table = sakip.rows([sakip.capaian(target=1176, realisasi=1189),
    ...                     sakip.capaian(target=447, realisasi=748)],
    ...                    rounding=sakip.Rounding(places=2, mode="down"))
    >>> [(row["target"], row["rounded"]) for row in table]
    [(Decimal('1176'), Decimal('101.10')), (Decimal('447'), Decimal('167.33'))]
    >>> row = sakip.rows([sakip.capaian(target=1176, realisasi=1189)], float_columns=True)[0]
    >>> row["rounded"], row["rounded_float"]
    (Decimal('101.11'), 101.11)
    """
    if positional:
        raise call_error(rows, positional, locals())
    check_rounding(rounding)
    if type(float_columns) is not bool:
        raise InvalidTypeError(field="float_columns", expected="True or False",
                               received=float_columns)
    if isinstance(items, Tabular) and isinstance(items, Iterable):  # a collection of results
        return _with_floats(items.to_rows(rounding)) if float_columns else items.to_rows(
            rounding)
    if isinstance(items, (Tabular, str, bytes)) or not isinstance(items, Iterable):
        raise InvalidTypeError(
            field="items",
            expected="an iterable of sakip results or values (for one result's parts: "
            "result.to_rows())",
            received=items,
        )
    table = []
    for index, item in enumerate(items):
        if not isinstance(item, Tabular):
            raise InvalidTypeError(field=f"items[{index}]",
                                   expected="a sakip result or value (with to_row)",
                                   received=item)
        table.append(item.to_row(rounding))
    return _with_floats(table) if float_columns else table


def _with_floats(table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with ``<name>_float`` after every column that holds a Decimal in some row."""
    exact = {name for row in table for name, value in row.items() if isinstance(value, Decimal)}
    out = []
    for row in table:
        new: dict[str, Any] = {}
        for name, value in row.items():
            new[name] = value
            if name in exact:
                # display only (plotting): the exact Decimal stays in its own column
                new[f"{name}_float"] = float(value) if isinstance(value, Decimal) else None
        out.append(new)
    return out


def _marked(text: str, angka: str) -> str:
    """Indonesian-written ``text`` (``1.234,56``) in the decimal mark ``angka``.

    >>> _marked("1.234,56", "en"), _marked("1.234,56", "id")
    ('1,234.56', '1.234,56')
    """
    if angka == "en":
        return text.replace(".", "\0").replace(",", ".").replace("\0", ",")
    return text


#: A rounding in words, per mode: ``{places}`` decimals and, for half-up, the ``{half}`` rounded up.
_ROUNDING_TEKS = {
    "half_up": Teks(id="{places} {unit}, setengah ke atas ({half} ke atas)",
                    en="{places} {unit}, half-up ({half} up)"),
    "down": Teks(id="{places} {unit}, dipotong (ke arah nol)",
                 en="{places} {unit}, truncation (toward zero)"),
    "half_even": Teks(id="{places} {unit}, setengah ke genap (banker's)",
                      en="{places} {unit}, half-even (banker's)"),
    "up": Teks(id="{places} {unit}, menjauhi nol", en="{places} {unit}, away from zero"),
}
#: The English unit after the number of places (Indonesian has no plural).
_UNIT = {True: Teks(id="desimal", en="decimal"), False: Teks(id="desimal", en="decimals")}


def _rounding_pesan(rounding: Rounding, angka: str = "id") -> Pesan:
    """The words of :func:`_rounding_text` as a message, for any language."""
    half = "0," + "0" * rounding.places + "5" if rounding.places else "0,5"
    if angka == "en":  # the one figure in the words: the half of half-up
        half = half.replace(",", ".", 1)
    return Pesan(_ROUNDING_TEKS[rounding.mode], places=rounding.places, half=half,
                 unit=_UNIT[rounding.places == 1])


@functools.lru_cache(maxsize=512)  # a few dozen roundings: rendered once each (issue 24)
def _rounding_text(rounding: Rounding, angka: str = "id", bahasa: Bahasa = DEFAULT) -> str:
    """A rounding in words in ``bahasa``, its figure in the decimal mark ``angka``.

    In English, ``str(rounding)`` (``0.005`` under "en").

    >>> _rounding_text(Rounding(places=2), "en", "en"), _rounding_text(Rounding(places=2), "id")
    ('2 decimals, half-up (0.005 up)', '2 desimal, setengah ke atas (0,005 ke atas)')
    >>> _rounding_text(Rounding(places=2, mode="down"))
    '2 desimal, dipotong (ke arah nol)'
    """
    return _rounding_pesan(rounding, angka)(bahasa)


def _said(value: object, bahasa: Bahasa) -> str:
    """A step's input or value as written: a message (``Pesan``) in ``bahasa``, else as text."""
    return tulis(value, bahasa) if isinstance(value, Pesan) else _str(value)


def _printed(value: object, rounding: Rounding, angka: str = "id") -> str:
    if isinstance(value, Decimal):
        return _marked(format_id(rounding.apply(value)), angka)
    return _str(value)


def _step_printed(value: object, rounding: Rounding, angka: str = "id") -> str:
    """A step's value as the report would print it, or ``""`` when rounding leaves it as it is.

    A head count or a sum of printed amounts (``4410``) is not shown again as
    ``4.410,00``: the exact value beside it says all, and "tercetak" would claim
    the report printed it so.  The figure's own printed value is always stated
    at the end of the explanation.
    """
    if isinstance(value, Decimal) and rounding.apply(value) == value:
        return ""
    return _printed(value, rounding, angka)


def _check_angka(_instance: object, _attribute: object, value: object) -> None:
    if not isinstance(value, str) or value not in ("id", "en"):
        raise InvalidValueError(field="angka", expected="'id' or 'en'", received=value)


@attrs.frozen(kw_only=True)
class Step(Tabular):
    """One step of a derivation: ``name = formula``, its inputs and its value.

    ``inputs`` is a tuple of ``(label, value)`` pairs, labels in the
    regulation's terms (``"T (target)"``).  ``value`` is exact (a Decimal) or
    a label (a predikat, a category).  ``name``, ``formula``, ``reference``
    and ``note`` are :data:`Text`: a ``str`` (regulation terms, the same in
    both languages) or a ``Teks`` (sakip's own words), rendered in the
    language of the explanation's rendering.

    >>> Step(name="penyerapan", formula="RA / P × 100",
    ...      inputs=(("P (pagu)", Decimal(200)), ("RA (realisasi)", Decimal(150))),
    ...      value=Decimal(75)).name
    'penyerapan'
    """

    #: The name of what this step computes (``"penyerapan"``).
    name: str = attrs.field(converter=_stored)
    #: The formula, in the regulation's notation (``"RA / P × 100"``).
    formula: str = attrs.field(converter=_stored)
    #: ``(label, value)`` pairs, labels in the regulation's terms.
    inputs: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_stored_inputs)
    #: The exact value (a Decimal) or a label (a predikat, a category).
    value: Any = None
    #: The legal reference of the step, where there is one.
    reference: str = attrs.field(default="", converter=_stored)
    #: A remark (an unclipped value, an open rule).
    note: str = attrs.field(default="", converter=_stored)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The step as one row: name, formula, inputs (as text), value, rounded, reference, note.

        Text cells are in the default language (an explanation's ``to_rows`` writes
        them in its own ``bahasa``).
        """
        policy = check_rounding(rounding)
        bahasa = DEFAULT
        value = self.value
        rounded = None
        if isinstance(value, Decimal):
            rounded = policy.apply(value)
        elif cell(value) is NotImplemented:
            value = str(value)
        else:
            value = cell(value)
        return {
            "name": say(self.name, bahasa), "formula": say(self.formula, bahasa),
            "inputs": "; ".join(f"{say(label, bahasa)} = {_said(value, bahasa)}"
                                for label, value in self.inputs),
            "value": value, "rounded": rounded, "reference": say(self.reference, bahasa),
            "note": say(self.note, bahasa),
        }

    def in_bahasa(self, bahasa: Bahasa) -> Step:
        """This step with every ``Teks`` written out in ``bahasa`` (every text a ``str``).

        >>> step = Step(name=Teks(id="peringkat", en="ranks"), formula="R / T × 100")
        >>> step.in_bahasa("en").name, step.in_bahasa("id").name
        ('ranks', 'peringkat')
        """
        return attrs.evolve(self, name=say(self.name, bahasa), formula=say(self.formula, bahasa),
                            inputs=tuple((say(label, bahasa), value)
                                         for label, value in self.inputs),
                            reference=say(self.reference, bahasa), note=say(self.note, bahasa))


@attrs.frozen(kw_only=True)
class Explanation(Tabular):
    """An ordered derivation of one figure, renderable as text, Markdown or HTML.

    ``value`` is the final exact value (the value of the last step);
    ``rounding`` is the policy used to show printed figures, and ``angka``
    their decimal mark: ``"id"`` (``101,10``, the default) or ``"en"``
    (``101.10``, for a report printed with decimal points; the reviu of such a
    report gives its findings' explanations ``angka="en"``).  Exact values are
    always written in Python notation (``101.1054...``).

    The title, reference, notes and the steps' texts are :data:`Text`: a
    ``str`` the same in every language, or a ``Teks`` (sakip's own words).
    ``to_text``, ``to_markdown`` and ``to_html`` take ``bahasa`` (``"id"``
    or ``"en"``; by default the explanation's ``bahasa``, Bahasa Indonesia
    unless set) and write every ``Teks`` and their own framework words
    (*tercetak*, *nilai*, *catatan*, *dasar* …) in it;
    :meth:`in_bahasa` gives a copy whose texts are all plain ``str`` in one
    language (to read ``title`` or ``notes`` as text).

    >>> import sakip
    >>> e = sakip.capaian(target=10, realisasi=12, polarisasi="minimize").explain()
    >>> e.value, e.printed
    (Decimal('80'), '80,00')
    >>> attrs.evolve(e, angka="en").printed
    '80.00'
    """

    #: A one-line title naming the figure.
    title: str = attrs.field(converter=_stored)
    #: The steps of the derivation, in order; the last one gives the figure.
    steps: tuple[Step, ...]
    #: The policy used to show printed figures.
    rounding: Rounding = attrs.field(default=_DEFAULT_ROUNDING)
    #: The legal reference of the figure.
    reference: str = attrs.field(default="", converter=_stored)
    #: Remarks (categories, conventions, open rules).
    notes: tuple[str, ...] = attrs.field(default=(), converter=_stored_all)
    #: The decimal mark of the printed figures: ``"id"`` (``101,10``) or ``"en"`` (``101.10``).
    angka: str = attrs.field(default="id", validator=_check_angka)
    #: The language a rendering uses when it is not given one.
    bahasa: Bahasa = attrs.field(default=DEFAULT, validator=lambda _i, _a, v: check_bahasa(v))

    def in_bahasa(self, bahasa: Bahasa) -> Explanation:
        """This explanation with every text a plain ``str`` in ``bahasa`` (and renderings in it).

        >>> import sakip
        >>> e = sakip.penyerapan(pagu=200, realisasi=150).explain()
        >>> e.in_bahasa("en").steps[0].note, e.in_bahasa("id").steps[0].note
        ('sisa = P − RA = 50', 'sisa = P − RA = 50')
        """
        check_bahasa(bahasa)
        return attrs.evolve(
            self, title=say(self.title, bahasa), reference=say(self.reference, bahasa),
            notes=tuple(say(note, bahasa) for note in self.notes),
            steps=tuple(step.in_bahasa(bahasa) for step in self.steps), bahasa=bahasa)

    def _bahasa(self, bahasa: Bahasa | None) -> Bahasa:
        return self.bahasa if bahasa is None else check_bahasa(bahasa)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The explanation as one row: title, value, rounded, reference, notes (joined).

        ``rounding`` defaults to the explanation's own.
        """
        policy = check_rounding(rounding, self.rounding)
        value = self.value
        b = self.bahasa
        return {"title": say(self.title, b), "value": value,
                "rounded": policy.apply(value) if isinstance(value, Decimal) else None,
                "reference": say(self.reference, b),
                "notes": "; ".join(say(note, b) for note in self.notes)}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per step, for a working paper; ``rounding`` defaults to the explanation's."""
        policy = check_rounding(rounding, self.rounding)
        return [{"step": number, **step.in_bahasa(self.bahasa).to_row(policy)}
                for number, step in enumerate(self.steps, start=1)]

    @property
    def value(self) -> Any:
        """The value of the final step: the figure being explained."""
        return self.steps[-1].value

    @property
    def printed(self) -> str:
        """The final value as the report would print it under ``rounding``."""
        return _printed(self.value, self.rounding, self.angka)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def to_text(self, bahasa: Bahasa | None = None) -> str:
        """Plain text, one step per block, for scripts and working papers, in ``bahasa``."""
        b = self._bahasa(bahasa)
        printed, note, reference = _TERCETAK(b), _CATATAN(b), _DASAR(b)
        lines = [say(self.title, b)]
        for number, step in enumerate(self.steps, start=1):
            lines.append(f"  {number}. {say(step.name, b)} = {say(step.formula, b)}")
            lines.extend(
                f"       {say(label, b)} = {_said(value, b)}" for label, value in step.inputs
            )
            shown = _said(step.value, b)
            if isinstance(step.value, Decimal) and (
                    as_printed := _step_printed(step.value, self.rounding, self.angka)):
                shown += f" ({printed} {as_printed})"
            lines.append(f"       = {shown}")
            if step.note:
                lines.append(f"       {note}: {say(step.note, b)}")
            if step.reference:
                lines.append(f"       {reference}: {say(step.reference, b)}")
        lines.append(f"  {_NILAI(b)}: {_said(self.value, b)}")
        if isinstance(self.value, Decimal):
            words = _rounding_text(self.rounding, self.angka, b)
            lines.append(f"  {printed}: {self.printed} ({words})")
        lines.extend(f"  {note}: {say(text, b)}" for text in self.notes)
        if self.reference:
            lines.append(f"  {reference}: {say(self.reference, b)}")
        return "\n".join(lines)

    def to_markdown(self, bahasa: Bahasa | None = None) -> str:
        """Markdown: a heading, a table of steps, the printed value and reference, in ``bahasa``.

        Text is escaped (pipes, backslashes, HTML; line breaks as ``<br>``), so
        a label from a file cannot add a row or break the table.
        """
        b = self._bahasa(bahasa)
        esc = markdown_cell
        lines = [f"**{esc(say(self.title, b))}**", "", _HEADER(b)]
        lines.append("|---|---|---|---|---|---|")
        for number, step in enumerate(self.steps, start=1):
            inputs = "; ".join(
                f"{esc(say(label, b))} = {esc(_said(value, b))}" for label, value in step.inputs
            )
            lines.append(
                f"| {number} | {esc(say(step.name, b))} | `{esc(say(step.formula, b))}` | "
                f"{inputs} | {esc(_said(step.value, b))} | "
                f"{esc(_step_printed(step.value, self.rounding, self.angka))} |"
            )
        lines.append("")
        lines.append(f"{_TERCETAK(b).capitalize()}: **{esc(self.printed)}** "
                     f"({_rounding_text(self.rounding, self.angka, b)}).")
        note = _CATATAN(b).capitalize()
        lines.extend(f"{note}: {esc(say(text, b))}" for text in self.notes)
        if self.reference:
            lines.append(f"{_DASAR(b).capitalize()}: {esc(say(self.reference, b))}.")
        return "\n".join(lines)

    def to_html(self, bahasa: Bahasa | None = None) -> str:
        """A self-contained HTML fragment (a table), for notebooks and reports, in ``bahasa``."""
        b = self._bahasa(bahasa)
        esc = html.escape
        rows = []
        for number, step in enumerate(self.steps, start=1):
            inputs = "<br>".join(
                f"{esc(say(label, b))} = {esc(_said(value, b))}" for label, value in step.inputs
            )
            rows.append(
                f"<tr><td>{number}</td><td>{esc(say(step.name, b))}</td><td><code>"
                f"{esc(say(step.formula, b))}</code></td><td>{inputs}</td>"
                f"<td>{esc(_said(step.value, b))}</td>"
                f"<td>{esc(_step_printed(step.value, self.rounding, self.angka))}</td></tr>"
            )
        note = _CATATAN(b).capitalize()
        notes = "".join(f"<p>{note}: {esc(say(text, b))}</p>" for text in self.notes)
        reference = (f"<p>{_DASAR(b).capitalize()}: {esc(say(self.reference, b))}</p>"
                     if self.reference else "")
        return (
            f'<div class="sakip-explanation"><p><strong>{esc(say(self.title, b))}</strong></p>'
            f"<table><thead><tr>{_HTML_HEADER(b)}</tr></thead><tbody>"
            + "".join(rows)
            + f"</tbody></table><p>{_TERCETAK(b).capitalize()}: <strong>{esc(self.printed)}"
            f"</strong> ({esc(_rounding_text(self.rounding, self.angka, b))})</p>{notes}{reference}"
            "</div>"
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
        name: Text,
        formula: Text,
        inputs: tuple[tuple[Text, Any], ...],
        value: Any,
        *,
        reference: Text = "",
        note: Text = "",
    ) -> None:
        """Record one step (texts as ``str`` or ``Teks``, see :class:`Step`)."""
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


class _Sources(tuple):  # type: ignore[type-arg]
    """The ``sources`` of a built figure: marked, so that a copy can be told from a build."""

    __slots__ = ()


_NO_SOURCES = _Sources()


def _fresh_sources(value: Any, figure: Any) -> _Sources:
    """Mark the sources a figure is built with; refuse those of another figure (evolve).

    ``attrs.evolve`` (and ``copy.replace``) build a new figure from every field
    of the old one, so a changed input would keep the old ``value``.  The
    library passes plain tuples; a marked tuple can only come from an existing
    figure, so the copy is refused with a pointer to the function to call.
    """
    if type(value) is _Sources:
        raise InvalidTypeError(
            f"{type(figure).__name__}: a result cannot be changed with attrs.evolve or "
            "copy.replace, because its value follows from its inputs; call "
            f"{type(figure)._maker()} with the new inputs (a what-if is a new call)",
            field="evolve", received=type(figure).__name__)
    return _Sources(value) if value else _NO_SOURCES


@attrs.frozen(kw_only=True, slots=False)
class Figure(HasValue, Tabular, abc.ABC):
    """Base of every computed figure: exact ``value``, ``rounded()``, ``explain()``.

    Subclasses store their inputs and implement :meth:`_derive`, which
    recomputes the value while recording steps.  A figure is a number where
    sakip expects one (its exact ``value``); a figure computed from other
    figures keeps them in ``sources``, and its explanation derives them first.

    >>> import sakip
    >>> e = sakip.eka(capaian_ro=100, penyerapan="99.65", nilai_efisiensi="90.73",
    ...               konsistensi=95)
    >>> n = sakip.nka(eka=e, ikpa="91.95")
    >>> [name for name, _ in n.sources], n.explain().steps[0].name
    (['eka'], 'eka: nilai komposit')
    """

    #: The exact value, unrounded.
    value: Decimal
    #: The library results this figure was computed from, as ``(input name, result)``
    #: pairs (empty when every input was a plain number); :meth:`explain` derives each
    #: of them before this figure.
    sources: tuple[tuple[str, Figure], ...] = attrs.field(
        default=(), repr=False,
        # Stored marked as a built figure's, so that attrs.evolve, which passes every
        # field again, is refused (see _fresh_sources).
        # mypy's attrs plugin knows no Converter objects; the __init__ takes a tuple.
        converter=attrs.Converter(_fresh_sources, takes_self=True),  # type: ignore[misc]
    )

    #: The function that computes this figure, named in the refusal of attrs.evolve
    #: (by default ``sakip.<class name in snake_case>`` when sakip has such a name).
    _made_by: ClassVar[str] = ""

    def _computed(self, value: Decimal) -> Self:
        """This draft figure with its computed ``value`` (for formulas that read a figure).

        The library's idiom when a private formula takes the figure itself:
        build a draft with ``value=ZERO``, compute, and return
        ``draft._computed(value)``; ``attrs.evolve`` is refused on results.
        """
        return self._replaced(value=value)

    def _replaced(self, **changes: Any) -> Self:
        """A copy with ``changes``, for the library's own use (``attrs.evolve`` is refused).

        Only where the value still follows from the inputs: a changed category
        table (``kategori_bands``), or a ``value`` the caller has just computed.
        """
        changes.setdefault("sources", tuple(self.sources))
        return attrs.evolve(self, **changes)

    @classmethod
    def _maker(cls) -> str:
        if cls._made_by:
            return cls._made_by
        import sakip  # the package namespace only (it imports nothing at start-up)

        snake = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", cls.__name__).lower()
        if snake in sakip.__all__:
            return f"sakip.{snake}(...)"
        module = sys.modules.get(cls.__module__)
        if snake in getattr(module, "__all__", ()):
            return f"{cls.__module__}.{snake}(...)"
        return "the function that built it"

    def rounded(self, places: int = 2, mode: RoundingMode = "half_up") -> Decimal:
        """The value rounded for reporting: ``places`` decimals, ``mode``.

        Modes: ``"half_up"`` (default), ``"down"`` (truncation), ``"half_even"``, ``"up"``.
        """
        return round_value(self.value, places, mode)

    def printed(self, places: int = 2, mode: RoundingMode = "half_up") -> str:
        """The value as an Indonesian report prints it (``"101,10"``)."""
        return format_id(self.value, places, mode)

    def explain(self, places: int = 2, mode: RoundingMode = "half_up") -> Explanation:
        """Re-derive the value from the stored inputs, step by step.

        The explanation renders in either language (``to_text(bahasa=...)``);
        ``explain().in_bahasa("en")`` gives one whose texts are plain ``str``.
        """
        trace = Trace()
        notes = self._derive_sources(trace)
        self._derive(trace)
        return Explanation(
            title=self._title(),
            steps=tuple(trace.steps),
            rounding=_rounding_of(places, mode),
            reference=self._reference(),
            notes=(*notes, *self._notes()),
        )

    def _derive_sources(self, trace: Trace) -> list[Text]:
        """Record the derivation of every source in ``trace`` (see :func:`derive_sources`)."""
        return derive_sources(self.sources, trace)

    def _repr_html_(self) -> str:
        return self.explain().to_html()

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """This figure as one flat row: its inputs, ``value`` (exact) and ``rounded``.

        ``rounded`` is ``value`` under ``rounding`` (2 decimals, half-up when
        ``None``); other columns are the figure's inputs and labels under their
        regulation names, exact.

        >>> import sakip
        >>> row = sakip.penyerapan(pagu=200, realisasi=150).to_row()
        >>> row["pagu"], row["sisa"], row["value"], row["rounded"]
        (Decimal('200'), Decimal('50'), Decimal('75'), Decimal('75.00'))
        """
        policy = check_rounding(rounding)
        row = self._row()
        row["value"] = self.value
        row["rounded"] = policy.apply(self.value)
        return row

    @abc.abstractmethod
    def _derive(self, trace: Trace) -> Any:
        """Recompute the value, recording steps in ``trace``."""

    @abc.abstractmethod
    def _title(self) -> Text:
        """A one-line title naming the figure in the regulation's terms."""

    def _reference(self) -> Text:
        return ""

    def _notes(self) -> tuple[Text, ...]:
        return ()


@attrs.frozen(kw_only=True)
class NotComputable(Tabular):
    """A figure that cannot be computed, in the place of a result, with the reason.

    Where one row of a table must not stop the others (a zero Renstra target,
    printed ``#DIV/0!`` by workbooks), a function returns this instead of a
    :class:`Figure`: ``value`` is ``None`` (never 0 and never 100),
    ``rounded()`` is ``None``, ``printed()`` is ``"-"``, and ``explain()``
    states the reason.  ``error()`` is the :class:`~sakip.errors.NotComputableError`
    a caller may raise instead.  A reviu check reads ``field`` and ``reason``.

    >>> n = NotComputable(field="target_renstra", reason="target Renstra is zero")
    >>> n.value, n.rounded(), n.printed()
    (None, None, '-')
    >>> print(n.explain().steps[0].note)
    target Renstra is zero
    >>> n.to_row()
    {'field': 'target_renstra', 'reason': 'target Renstra is zero', 'value': None, 'rounded': None}
    """

    #: The input that makes the figure undefined (``"target_renstra"``).
    field: str
    #: Why, in words.
    reason: str

    @property
    def value(self) -> None:
        """Always ``None``: there is no value (never 0)."""
        return None

    def rounded(self, places: int = 2, mode: RoundingMode = "half_up") -> None:
        """``None``: nothing to round."""
        return None

    def printed(self, places: int = 2, mode: RoundingMode = "half_up") -> str:
        """``"-"``, as evaluation forms print an empty figure."""
        return "-"

    def explain(self, places: int = 2, mode: RoundingMode = "half_up") -> Explanation:
        """One step naming the field and the reason; its value is ``None``."""
        return Explanation(
            title=filled(_TITLE_NOT_COMPUTABLE, field=self.field),
            steps=(Step(name=self.field, formula=_TIDAK_DAPAT_DIHITUNG, value=None,
                        note=self.reason),),
            rounding=_rounding_of(places, mode),
        )

    def error(self) -> NotComputableError:
        """The error to raise where a figure is required."""
        return NotComputableError(field=self.field, reason=self.reason)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """``field``, ``reason``, ``value`` (``None``) and ``rounded`` (``None``)."""
        check_rounding(rounding)
        return {**self._row(), "value": None, "rounded": None}


def derive_sources(sources: Iterable[tuple[str, Figure]], trace: Trace) -> list[Text]:
    """Record the derivation of each ``(input name, result)`` in ``trace``; return their notes.

    Each source's steps (its own sources' first) are added under the name
    ``input: step``, and its notes come back as ``input: note``: how a
    composite's explanation, or a simulasi answer's, opens with the
    derivations of the library results it was given.

    >>> import sakip
    >>> trace = Trace()
    >>> inner = sakip.nka(eka=80, ikpa=80)  # 80 and 80 under any weights: 80
    >>> derive_sources(sakip.nka(eka=90, ikpa=inner).sources, trace)  # nka adds no notes
    []
    >>> [(step.name, step.value) for step in trace.steps]
    [('ikpa: nilai komposit', Decimal('80'))]
    """
    notes: list[Text] = []
    for name, source in sources:
        inner = Trace()
        inner_notes = source._derive_sources(inner)
        source._derive(inner)
        trace.steps.extend(attrs.evolve(step, name=joined(name, step.name))
                           for step in inner.steps)
        notes.extend(joined(name, note) for note in (*inner_notes, *source._notes()))
    return notes


def sources_of(
    names: Iterable[tuple[str, object]] | Sequence[str], values: Sequence[object] | None = None
) -> tuple[tuple[str, Figure], ...]:
    """The ``(name, result)`` pairs among a function's inputs that are library results.

    Give the inputs as ``(name, value)`` pairs, or (cheaper, on hot paths) as
    a sequence of names and a sequence of values in the same order.  A
    composite stores the pairs as its ``sources``, so that its explanation
    includes theirs.  Plain numbers cost one type check each.

    >>> import sakip
    >>> sources_of(("eka", "ikpa"), ("97.29", sakip.nka(eka=90, ikpa=90)))[0][0]
    'ikpa'
    >>> sources_of([("eka", "97.29"), ("ikpa", sakip.nka(eka=90, ikpa=90))])[0][0]
    'ikpa'
    """
    labels: Sequence[Any]
    if values is None:
        pairs: tuple[tuple[str, object], ...] = tuple(names)  # type: ignore[arg-type]
        labels = [name for name, _ in pairs]
        values = [value for _, value in pairs]
    else:
        labels = names  # type: ignore[assignment]
    # Text (the commonest input) is skipped with the cheapest test; HasValue, a plain
    # class, is checked much faster than the abstract Figure (every HasValue is a Figure).
    for value in values:
        if value.__class__ is not str and isinstance(value, HasValue):
            return tuple([(str(name), item) for name, item in zip(labels, values, strict=True)
                          if isinstance(item, Figure)])
    return ()
