"""``_Builder``: each printed figure becomes exactly one ``Finding``.

It compares a printed figure under the report's rounding, other rounding
modes and named conventions; also the helpers every check module shares
(sums, figures under several conventions, explanations, shown numbers).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from sakip._bahasa import Bahasa, Pesan, Teks, gabung, pisah, tulis
from sakip._decimal import CONTEXT, exact_sum
from sakip._decimal import text as _str
from sakip._katalog import pesan_error
from sakip.errors import SakipError
from sakip.explain import Explanation, Figure, Step, Text, _marked, _rounding_pesan, filled
from sakip.lkj import (
    Laporan,
    _mark_of,
    _reading,
    _TanpaNilai,
    _Tercetak,
    printed_places,
    printed_value,
    read_number,
)
from sakip.numbers import _QUANTUM, ROUNDING_MODES, Rounding, format_id, round_value
from sakip.predikat import Predikat
from sakip.reviu._findings import Convention, Finding, Input, Status

#: The reasons this module writes (a finding's ``reason``, in both languages).
_MISMATCH = Teks(id="tercetak {printed}, hasil hitung {shown} ({rounding})",
                 en="printed {printed}, recomputed {shown} ({rounding})")
_OTHER_ROUNDING = Teks(id="sesuai dengan {rounding}, tidak dengan pembulatan laporan ({mode})",
                       en="reproduces under {rounding}, not under the report's {mode}")
_UNREADABLE = Teks(id="angka tercetak tidak terbaca: {reason}",
                   en="unreadable printed figure: {reason}")
_HINT_MARK = Teks(
    id="teks tercetak juga terbaca sebagai {value} dengan tanda desimal {other}, yang sesuai: "
       "benarkah [laporan] angka = {angka}?",
    en="the printed text also reads as {value} with the {other} decimal mark, which "
       "reproduces: is [laporan] angka = {angka} right?")
_HINT_FACTOR = Teks(id="hasil hitung adalah angka tercetak {words}: tanda desimal salah "
                       "letak?{extra}",
                    en="the recomputed value is the printed one {words}: a misplaced decimal "
                       "mark?{extra}")
_HINT_THOUSANDS = Teks(id=" (×1000: tanda ribuan terbaca sebagai tanda desimal?)",
                       en=" (×1000: a thousands mark read as a decimal mark?)")
#: Whether the convention a figure was compared under is the file's or the library's.
_WHAT = {True: Teks(id="yang dinyatakan", en="declared"), False: Teks(id="bawaan", en="default")}
_UNDER_OTHER = Teks(id="sesuai dengan {other}, tidak dengan konvensi {what} {name} ({was})",
                    en="reproduces under {other}, not under the {what} {name} ({was})")
_UNDER = Teks(id="sesuai dengan {other} ({was})", en="reproduces under {other} ({was})")
_NOT_COMPUTABLE = Teks(id="tidak dapat dihitung", en="not computable")
_AND_ROUNDING = Teks(id="dan hanya dengan {rounding}, tidak dengan pembulatan laporan ({mode})",
                     en="and only under {rounding}, not the report's {mode}")
_LABEL_MISMATCH = Teks(id="tercetak {printed}, hasil hitung {value}",
                       en="printed {printed}, recomputed {value}")
_SUM_GIVES = Teks(id="Σ {what} menghasilkan {shown} (tercetak {printed})",
                  en="Σ {what} gives {shown} (printed {printed})")
_SUM_DOES = Teks(id="Σ {what} memang menghasilkan {printed}", en="Σ {what} does give {printed}")
_FROM_INTERVAL = Teks(
    id="sesuai bila {name} di mana pun dalam [{low}, {high}], selang asal pembulatan {name} "
       "tercetak {text} dengan {mode} (laporan menghitung sebelum membulatkannya), tidak dari "
       "{text} itu sendiri{value}",
    en="reproduces from {name} anywhere in [{low}, {high}], the interval the printed {name} "
       "{text} rounds from under {mode} (the report computed before rounding it), not from "
       "{text} itself{value}")

_IN_PARENTHESES = Teks(id=" ({value})", en=" ({value})")
_LETAK = Teks(id="letak di laporan: {lokasi}", en="place in the report: {lokasi}")

# The derivation of a figure the report computed before rounding an input.
_BEFORE_ROUNDING = Teks(id="{label}: dari {name} sebelum dibulatkan",
                        en="{label}: from {name} before rounding")
_OVER_INTERVAL = Teks(id="capaian pada selang itu", en="capaian over the interval")
_AT_EACH = Teks(id="rumusnya pada setiap {name} dalam [{low}, {high}]; nilai yang terdekat ke "
                   "angka tercetak",
                en="the formula at each {name} in [{low}, {high}]; the value nearest the printed "
                   "figure")
_PRINTED_INPUT = Teks(id="{name} (tercetak)", en="{name} (printed)")
_LOW = Teks(id="{name} terendah", en="{name} low")
_HIGH = Teks(id="{name} tertinggi", en="{name} high")

#: A recomputation: returns the figure (or its exact value); raises SakipError when it cannot.
Compute: TypeAlias = Callable[[], "Figure | Decimal"]


class Valued:
    """A :data:`Compute` whose exact value can be had without building its figure.

    ``figure`` is the recomputation itself (called when the figure is the finding's);
    ``exact`` gives the same value, or raises as it does, more cheaply (shared by
    the rows of equal inputs): :meth:`_Builder._agreeing` only compares values
    (issue 24: every other convention of a figure that matches is computed, to
    record ``reproduces_under``).
    """

    __slots__ = ("exact", "figure")

    def __init__(self, figure: Compute, exact: Callable[[], Decimal]) -> None:
        self.figure = figure
        self.exact = exact

    def __call__(self) -> Figure | Decimal:
        return self.figure()


def _exact(compute: Compute) -> Decimal:
    """The value of a recomputation (its figure's, unless it is :class:`Valued`)."""
    if type(compute) is Valued:
        return compute.exact()
    result = compute()
    return result.value if isinstance(result, Figure) else result


def _places(text: str, angka: str = "id") -> int:
    """Decimals printed in ``text`` (after the decimal mark of ``angka``)."""
    return printed_places(text, angka=angka)


def _compare(printed: str, value: Decimal, rounding: Rounding, angka: str = "id") -> tuple[
        Status, Rounding, Decimal | None]:
    """The status of a printed figure against ``value``, the rounding that gave it, and the
    difference of a mismatch.  Compared once per printed text, its own mark, value, mode and
    ``angka`` (issue 24: a report prints the same figure from the same inputs row after
    row, and every convention tried compares with it)."""
    return _compared(printed, getattr(printed, "angka", None), value, rounding.mode, angka)


@functools.lru_cache(maxsize=4096)
def _compared(printed: str, mark: str | None, value: Decimal, mode: str, angka: str) -> tuple[
        Status, Rounding, Decimal | None]:
    """:func:`_compare`; ``mark``: the printed text's own, so that tagged text and the same
    text untagged are compared apart.  (Equal values of different exponents compare alike:
    every step rounds to the printed places first.)"""
    places, shown = _printed(printed, mark, angka)
    preferred = _rounding(places, mode)
    rounded = preferred.apply(value)
    if rounded == shown:
        return "match", preferred, None
    difference = CONTEXT.subtract(shown, rounded)
    # Every mode rounds to one of the two neighbours at ``places``, one unit apart: when the
    # printed value is neither, no mode reproduces it (a printed value more than a unit
    # from ``rounded`` is neither: no rounding at all; else two roundings, not one per mode).
    if difference.copy_abs() <= _QUANTUM[places] and shown in (
            round_value(value, places, "down"), round_value(value, places, "up")):
        for mode in ROUNDING_MODES:
            other = _rounding(places, mode)
            if other.apply(value) == shown:
                return "match-other-rounding", other, None
    return "mismatch", preferred, difference


@functools.lru_cache(maxsize=4096)
def _printed(printed: str, mark: str | None, angka: str) -> tuple[int, Decimal]:
    """The decimals and the value of a printed figure, read once per text (issue 24: every
    convention tried compares with it).  ``mark``: the text's own (``_Tercetak``), so that
    text tagged with a mark and the same text untagged are read apart."""
    return _places(printed, angka), read_number(printed, angka=angka)


@functools.lru_cache(maxsize=256)
def _rounding(places: int, mode: str) -> Rounding:
    """``Rounding(places=places, mode=mode)``, made once (it validates both)."""
    return Rounding(places=places, mode=mode)  # type: ignore[arg-type]


class _Builder:
    """Collects findings while the checks run.

    Every check turns each printed figure into exactly one finding through
    :meth:`number`, :meth:`label` or :meth:`not_computable`.  A figure that a
    report may compute under several conventions passes its declared (or
    default) ``convention`` and the named ``alternatives``: when the declared
    one does not reproduce the printed figure, the alternatives are tried in
    order and the first that reproduces it gives a ``match-other-convention``
    finding naming it (see :meth:`Reviu.conventions`).
    """

    def __init__(self, laporan: Laporan) -> None:
        self.laporan = laporan
        self.angka = laporan.angka
        self.findings: list[Finding] = []
        #: Conventions the file declares, per topic (set by the checks that read them).
        self.declared: dict[str, str] = {}
        #: Why the last recomputation failed (for the figures that depend on it).
        self.last_error = ""
        #: Printed values used as inputs that nothing recomputes (``lkj.input_fields``).
        self.inputs: list[Input] = []
        #: What :meth:`n` read, by text and its own mark: the value or the error (an
        #: unreadable cell is refused once, not once per cell); at most 4096, then afresh.
        self._numbers: dict[tuple[str, str | None], Decimal | SakipError] = {}

    def n(self, text: str) -> Decimal:
        """A printed number read under the report's decimal mark (``[laporan] angka``).

        Text the file's reader tagged with its own mark (a section's override,
        ``campuran``) is read under it; other text (a table's cells) passes the
        reader's refusals too (a reading that hangs on the mark, see ``_reading``).
        """
        if isinstance(text, _TanpaNilai):  # a formula with no saved value: never cached as "0"
            return read_number(text, angka=self.angka)
        key = (text, getattr(text, "angka", None))  # tagged and untagged text apart
        found = self._numbers.get(key)
        if found is None:
            try:
                found = read_number(text, angka=self.angka) if isinstance(
                    text, _Tercetak) else _reading(text, self.angka, "laporan.angka")[1]
            except SakipError as error:
                found = error
            if len(self._numbers) >= 4096:
                self._numbers.clear()
            self._numbers[key] = found
        if isinstance(found, SakipError):
            raise found.with_traceback(None)  # a fresh traceback each time: none accumulates
        return found

    def value(self, text: str) -> Decimal | Predikat:
        """A printed number or predikat, read under the report's decimal mark."""
        value = printed_value(text, angka=self.angka)
        assert value is not None
        return value

    def _hint(self, printed: str, value: Decimal, used: Rounding) -> str:
        """Why a mismatch may be a decimal-mark slip: another reading, or a factor 10^k."""
        other = "en" if self.angka == "id" else "id"
        try:
            reread = read_number(printed, angka=other)
        except SakipError:
            reread = None
        if reread is not None:
            places = _places(printed, other)
            if Rounding(places=places, mode=used.mode).apply(value) == reread:
                return Pesan(_HINT_MARK, value=_str(reread), other=repr(other),
                             angka=repr(self.angka))
        shown = self.n(printed)
        if shown and value:
            ratio = CONTEXT.divide(value, shown).normalize(CONTEXT)
            for k in range(1, 13):
                power = Decimal(f"1E{k}")  # not Decimal(10) ** k: the caller's context
                for factor, words in ((power, f"× 10^{k}"), (CONTEXT.divide(1, power),
                                                              f"÷ 10^{k}")):
                    if ratio == factor:
                        return Pesan(_HINT_FACTOR, words=words, extra=_HINT_THOUSANDS if (
                            k == 3 and factor == power) else "")
        return ""

    def number(self, id: str, label: str, lokasi: str, printed: str | None,
               compute: Compute, rounding: Rounding | None,
               *, note: str = "", explain: Callable[[Rounding], Explanation] | None = None,
               field: str = "", convention: Convention | None = None,
               alternatives: tuple[tuple[Convention, Compute], ...] = (),
               ) -> Decimal | None:
        """Compare a printed number with a recomputed figure; returns the exact value.

        The value returned is the one that reproduces the printed figure (an
        alternative's, for ``match-other-convention``), so that figures computed
        from it follow the same convention; ``None`` when not computable.
        """
        if self.unsaved(id, label, lokasi, printed, field):
            return None
        policy = rounding or self.laporan.rounding
        try:
            result = compute()
        except SakipError as error:
            self.last_error = _reason(error)
            if printed is None:  # nothing printed, no finding: dependents give the reason
                return None
            if self._alternative(
                    id, label, lokasi, printed, policy, note, field, convention, alternatives,
                    declared=None):
                return self._last_value()
            self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                         recomputed=None, status="not-computable",
                                         reason=_reason(error), field=field,
                                         convention=convention))
            return None
        value = result.value if isinstance(result, Figure) else result
        if printed is None:
            return value
        mark = _display_mark(printed, self.angka)
        try:
            status, used, difference = _compare(printed, value, policy, self.angka)
        except SakipError as error:  # a printed cell the file format takes as plain text
            self.not_computable(id, label, lokasi, printed,
                                Pesan(_UNREADABLE, reason=_reason(error)), field=field)
            return value
        if status == "mismatch" and self._alternative(
                id, label, lokasi, printed, policy, note, field, convention, alternatives,
                declared=value):
            return self._last_value()
        agree: tuple[Convention, ...] = ()
        other_rounding: tuple[Convention, ...] = ()
        if convention is not None and status != "mismatch":
            agreeing = self._agreeing(printed, policy, alternatives)
            agree = (convention, *(c for c, _ in agreeing))
            other_rounding = ((convention,) if status == "match-other-rounding" else ()) + tuple(
                c for c, only_other in agreeing if only_other)
        if isinstance(result, Figure):
            explanation = result.explain(used.places, used.mode)
        else:
            assert explain is not None
            explanation = explain(used)
        reason = note
        if status == "match-other-rounding":
            reason = gabung(Pesan(_OTHER_ROUNDING, rounding=_rounding_pesan(used, mark),
                                  mode=policy.mode), note)
        elif status == "mismatch":
            shown = _show(value, used.places, used.mode, angka=mark,
                          thousands=_grouped(printed, self.angka))
            hint = self._hint(printed, value, used)
            reason = gabung(Pesan(_MISMATCH, printed=printed, shown=shown,
                                  rounding=_rounding_pesan(used, mark)), hint, note)
        self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                     recomputed=value, status=status, rounding=used,
                                     difference=difference, reason=reason,
                                     explanation=explanation, field=field,
                                     convention=convention, reproduces_under=agree,
                                     other_rounding=other_rounding))
        return value

    def _agreeing(self, printed: str, policy: Rounding,
                  alternatives: tuple[tuple[Convention, Compute], ...],
                  ) -> list[tuple[Convention, bool]]:
        """The alternatives under which the printed figure reproduces as well.

        Each with whether it reproduces there only under another rounding mode
        than ``policy`` (``match-other-rounding``): such a figure is not evidence
        for the convention under the report's rounding, and
        :meth:`Reviu.conventions` counts it apart.
        """
        out = []
        for other, compute in alternatives:
            if other.topic == INPUT_ROUNDING:  # tried only where the printed input fails
                continue
            try:
                value = _exact(compute)
            except SakipError:
                continue
            status = _compare(printed, value, policy, self.angka)[0]
            if status != "mismatch":
                out.append((other, status == "match-other-rounding"))
        return out

    def _last_value(self) -> Decimal | None:
        last = self.findings[-1].recomputed
        return last if isinstance(last, Decimal) else None

    def _alternative(self, id: str, label: str, lokasi: str, printed: str, policy: Rounding,
                     note: str, field: str, convention: Convention | None,
                     alternatives: tuple[tuple[Convention, Compute], ...],
                     declared: Decimal | None) -> bool:
        """Record a ``match-other-convention`` finding for the first alternative that fits."""
        for position, (other, compute) in enumerate(alternatives):
            try:
                result = compute()
            except SakipError:
                continue
            value = result.value if isinstance(result, Figure) else result
            status, used, _ = _compare(printed, value, policy, self.angka)
            if status == "mismatch":
                continue
            was: object = _NOT_COMPUTABLE if declared is None else _show(
                declared, used.places, used.mode, angka=self.angka,
                thousands=_grouped(printed, self.angka))
            reason: str = Pesan(_UNDER, other=other.teks(), was=was)
            if convention is not None:
                reason = Pesan(_UNDER_OTHER, other=other.teks(), name=convention.name, was=was,
                               what=_WHAT[self.declared.get(convention.topic) == convention.name])
            reason = gabung(reason, Pesan(_AND_ROUNDING, rounding=_rounding_pesan(
                used, self.angka), mode=policy.mode) if status == "match-other-rounding" else "",
                note)
            explanation = result.explain(used.places, used.mode) if isinstance(
                result, Figure) else None
            agreeing = self._agreeing(printed, policy, alternatives[position + 1:])
            agree = (other, *(c for c, _ in agreeing))
            other_rounding = ((other,) if status == "match-other-rounding" else ()) + tuple(
                c for c, only_other in agreeing if only_other)
            self.findings.append(Finding(
                id=id, label=label, lokasi=lokasi, printed=printed, recomputed=value,
                status="match-other-convention", rounding=used, reason=reason,
                explanation=explanation, field=field, convention=other,
                reproduces_under=agree, other_rounding=other_rounding))
            return True
        return False

    def label(self, id: str, label: str, lokasi: str, printed: str | None,
              compute: Callable[[], tuple[str, Explanation]], *, field: str = "") -> None:
        """Compare a printed label (a predikat, a category) with a recomputed one."""
        if self.unsaved(id, label, lokasi, printed, field):
            return
        try:
            value, explanation = compute()
        except SakipError as error:
            if printed is not None:
                self.findings.append(Finding(id=id, label=label, lokasi=lokasi,
                                             printed=printed, recomputed=None,
                                             status="not-computable", reason=_reason(error),
                                             field=field))
            return
        if printed is None:
            return
        same = printed.strip().casefold() == value.casefold()
        self.findings.append(Finding(
            id=id, label=label, lokasi=lokasi, printed=printed, recomputed=value,
            status="match" if same else "mismatch", explanation=explanation,
            reason="" if same else Pesan(_LABEL_MISMATCH, printed=repr(printed),
                                         value=repr(value)), field=field))

    def unsaved(self, id: str, label: str, lokasi: str, printed: str | None,
                 field: str) -> bool:
        """A printed figure whose workbook cell holds a formula with no saved value.

        Its finding is not computable with the reason naming the cell; the
        figures computed from it give the same reason (:func:`sakip.lkj.read_number`).
        """
        if not isinstance(printed, _TanpaNilai):
            return False
        self.last_error = printed.reason
        self.not_computable(id, label, lokasi, printed.formula, printed.reason, field=field)
        return True

    def input(self, label: str, lokasi: str, printed: str, used_for: str, *,
              field: str) -> None:
        """Record a printed value that is only an input here (no finding: nothing checks it)."""
        if isinstance(printed, _TanpaNilai):
            printed = printed.formula
        self.inputs.append(Input(field=field, label=label, lokasi=lokasi, printed=printed,
                                 used_for=used_for))

    def not_computable(self, id: str, label: str, lokasi: str, printed: str | None,
                       reason: str, *, field: str = "") -> None:
        """Record a printed figure that cannot be recomputed from the file."""
        self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                     recomputed=None, status="not-computable", reason=reason,
                                     field=field))


def _reason(error: SakipError) -> str:
    """A library error as a finding's reason: a number received is written, not its repr.

    Text from the file keeps its quotes, as in the file's own errors
    (``received '80 - 90'``); a number the library received is written as a
    number (``received 100``, not ``received Decimal('100')``).  The reason
    renders in either language (:func:`sakip._katalog.pesan_error`).
    """
    return pesan_error(error, as_written=not isinstance(error.received, str))


def _grouped(printed: str, angka: str) -> bool:
    """Whether the printed text groups thousands (so the recomputed value is shown so too)."""
    return ("." if _display_mark(printed, angka) == "id" else ",") in printed


def _display_mark(printed: str | None, angka: str) -> str:
    """The mark a recomputed figure is written in beside ``printed``: the printed text's own.

    >>> _display_mark("95.15%", "campuran"), _display_mark(None, "en")
    ('en', 'en')
    """
    if printed is None or not (isinstance(printed, _Tercetak) or angka == "campuran"):
        return "en" if angka == "en" else "id"
    try:
        return _mark_of(printed, angka)
    except SakipError:  # text the reader did not validate (a table's cell)
        return "id"


def _show(value: Decimal, places: int | None = None, mode: str = "half_up", *,
          angka: str = "id", thousands: bool = True) -> str:
    """A recomputed number written with the report's decimal mark (``angka``)."""
    return _marked(format_id(value, places, mode, thousands=thousands),  # type: ignore[arg-type]
                   angka)


def _terms(terms: list[tuple[str, Decimal]], bahasa: Bahasa) -> str:
    """The sum's formula in ``bahasa``: ``a + b − c`` (a term may be a ``Pesan``)."""
    return "".join(label if not number else f" {label}" if label.startswith("−") else
                   f" + {label}" for number, label in enumerate(
                       tulis(label, bahasa) for label, _ in terms))  # P − RA


def _sum_explanation(title: str, terms: list[tuple[str, Decimal]], rounding: Rounding,
                     lokasi: str = "") -> Explanation:
    total = exact_sum(v for _, v in terms)
    english = _terms(terms, "en") or "0"
    formula: Text = english
    if any(isinstance(label, Pesan) for label, _ in terms):
        formula = Teks(id=_terms(terms, "id"), en=english)
    # where the table is printed is a note, not the sum's basis ("dasar" cites rules)
    return Explanation(title=title, steps=(Step(
        name="jumlah", formula=formula,
        inputs=tuple(terms), value=total),), rounding=rounding,
        notes=(Pesan(_LETAK, lokasi=lokasi),) if lokasi else ())


def _label_explanation(title: Text, name: Text, formula: Text,
                       inputs: tuple[tuple[Text, Any], ...], value: str,
                       reference: Text) -> Explanation:
    return Explanation(title=title, steps=(Step(name=name, formula=formula, inputs=inputs,
                                                value=value, reference=reference),),
                       reference=reference)


def _sum_finding(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                 terms: list[tuple[str, Decimal]], note: str = "", field: str = "",
                 also: tuple[str, list[tuple[str, Decimal]]] | None = None) -> Decimal | None:
    """A printed total against the sum of its terms; ``also``: a second sum it must equal.

    With ``also`` the one printed total is one finding: it reproduces only when
    it equals both sums, and the reason names the one it does not equal.
    """
    total = exact_sum(v for _, v in terms)
    before = len(b.findings)
    value = b.number(id, label, lokasi, printed, lambda: total, Rounding(places=0),
                     note=note, explain=lambda r: _sum_explanation(label, terms, r, lokasi),
                     field=field)
    if also is not None and len(b.findings) > before and (
            b.findings[-1].status != "not-computable"):
        what, other = also
        second = exact_sum(v for _, v in other)
        found = b.findings[-1]
        shown = b.n(printed)
        if CONTEXT.compare(Rounding(places=0).apply(second), shown) != 0:
            grouped = _grouped(printed, b.angka)
            reason: str = Pesan(_SUM_GIVES, what=what, printed=printed,
                           shown=_show(second, 0, angka=b.angka, thousands=grouped))
            if found.status == "mismatch":
                reason = gabung(found.reason, reason)
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=reason, difference=(
                found.difference if found.difference is not None else
                CONTEXT.subtract(shown, Rounding(places=0).apply(second))))
        elif found.status == "mismatch":
            b.findings[-1] = attrs.evolve(found, reason=gabung(
                found.reason, Pesan(_SUM_DOES, what=what, printed=printed)))
    return value

#: One recomputation per named convention, the declared (or default) one first.
_Conventions: TypeAlias = list[tuple[Convention, Compute]]


def _by_convention(b: _Builder, id: str, label: str, lokasi: str, printed: str | None,
                   rounding: Rounding | None, computes: _Conventions, *, field: str,
                   ) -> tuple[Decimal | None, Convention]:
    """A printed figure a report may compute under several named conventions.

    The first of ``computes`` is the declared (or default) convention, the others
    its alternatives (:meth:`_Builder.number`).  Returns the value and the
    convention that reproduced the printed figure (the declared one when none
    did), so that figures computed from it follow the same convention.
    """
    (declared, compute), others = computes[0], tuple(computes[1:])
    before = len(b.findings)
    value = b.number(id, label, lokasi, printed, compute, rounding, field=field,
                     convention=declared, alternatives=others)
    found = b.findings[-1] if len(b.findings) > before else None
    if found is not None and found.status == "match-other-convention" and (
            found.convention is not None):
        return value, found.convention
    return value, declared


#: The topic of a figure the report computed from an input before rounding it for print.
INPUT_ROUNDING = "input before rounding"


def _input_interval(b: _Builder, text: str, policy: Rounding) -> tuple[Decimal, Decimal] | None:
    """The values a printed input with decimals may have had before it was rounded.

    Half a unit of its last printed place either side (``87,5``: 87,45 to 87,55);
    under the report's ``down`` (``up``) mode the unit above (below) it.  ``None``
    for an input printed without decimals: a count is exact, and a whole-number
    interval would hide real mistakes.
    """
    places = _places(text, b.angka)
    if places == 0:
        return None
    value = b.n(text)
    unit = Decimal(f"1E-{places}")  # exact: not scaleb, which uses the caller's context
    if policy.mode == "down":
        return value, CONTEXT.add(value, unit)
    if policy.mode == "up":
        return CONTEXT.subtract(value, unit), value
    half = CONTEXT.divide(unit, 2)
    return CONTEXT.subtract(value, half), CONTEXT.add(value, half)


def _before_rounding(b: _Builder, name: str, text: str, printed: str, policy: Rounding,
                     at: Callable[[Decimal], Decimal]) -> tuple[Convention, Compute] | None:
    """An alternative of :meth:`_Builder.number`: the figure from an input before rounding.

    ``at`` recomputes the figure from the input ``name`` (printed ``text``); it
    must be monotone in it (capaian of a number target: R / T, (2T − R) / T,
    T / R).  The alternative's value is the figure's value nearest the printed
    one over the input's interval (:func:`_input_interval`), so it reproduces the
    printed figure exactly when some value of the interval does.  Pass the result
    to ``alternatives=`` and the finding to :func:`_as_input_rounding`.
    """
    interval = _input_interval(b, text, policy)
    if interval is None:
        return None
    low, high = interval

    def compute() -> Decimal:
        ends = sorted((at(low), at(high)))
        return min(max(b.n(printed), ends[0]), ends[1])

    return Convention(INPUT_ROUNDING, name), compute


def _as_input_rounding(b: _Builder, before: int, name: str, text: str,
                       rounding: Rounding) -> None:
    """Make a finding reproduced by :func:`_before_rounding` a ``match-other-rounding``.

    The printed figure follows from the input only inside the interval its printed
    text rounds from (the report computed before rounding the input): a rounding
    of the input, not of the figure, said in the reason with the interval.
    """
    if len(b.findings) <= before:
        return
    found = b.findings[-1]
    if found.convention is None or found.convention.topic != INPUT_ROUNDING or (
            found.status != "match-other-convention"):
        return
    interval = _input_interval(b, text, rounding)
    assert interval is not None  # the alternative exists only with an interval
    low, high = interval
    first, *rest = pisah(found.reason)
    was = first.fields.get("was", "") if isinstance(first, Pesan) else ""
    reason = gabung(Pesan(_FROM_INTERVAL, name=name, text=text, mode=rounding.mode,
                          low=_show(low, angka=b.angka, thousands=False),
                          high=_show(high, angka=b.angka, thousands=False),
                          value=Pesan(_IN_PARENTHESES, value=was) if was else ""), *rest)
    explanation = Explanation(title=Pesan(_BEFORE_ROUNDING, label=found.label, name=name),
                              steps=(Step(
        name=_OVER_INTERVAL, formula=filled(_AT_EACH, name=name, low=low, high=high), inputs=(
            (filled(_PRINTED_INPUT, name=name), text), (filled(_LOW, name=name), low),
            (filled(_HIGH, name=name), high)), value=found.recomputed),),
        rounding=found.rounding or rounding)
    b.findings[-1] = attrs.evolve(found, status="match-other-rounding", reason=reason,
                                  explanation=explanation, other_rounding=(found.convention,))


#: A recomputed label and its derivation, under one convention.
LabelCompute: TypeAlias = Callable[[], "tuple[str, Explanation]"]


def _label_by_convention(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                         computes: list[tuple[Convention, LabelCompute]], *,
                         field: str) -> None:
    """A printed label a report may assign under several named conventions (band tables).

    As :func:`_by_convention` for numbers: the first of ``computes`` is the declared
    (or default) convention; when its label is not the printed one and another's
    is, the finding is ``match-other-convention`` naming it; every convention whose
    label is the printed one is in ``reproduces_under``.
    """
    before = len(b.findings)
    (first, compute), others = computes[0], computes[1:]
    b.label(id, label, lokasi, printed, compute, field=field)
    if len(b.findings) == before:
        return
    found = b.findings[-1]
    agree: list[tuple[Convention, str, Explanation]] = []
    for convention, other in computes:
        try:
            value, explanation = other()
        except SakipError:
            continue
        if printed.strip().casefold() == value.casefold():
            agree.append((convention, value, explanation))
    conventions = tuple(c for c, _, _ in agree)
    if found.status == "match" or not agree or not others:
        b.findings[-1] = attrs.evolve(found, convention=first, reproduces_under=conventions)
        return
    other_convention, value, explanation = agree[0]
    was = repr(found.recomputed) if found.status == "mismatch" else _NOT_COMPUTABLE
    b.findings[-1] = attrs.evolve(
        found, status="match-other-convention", recomputed=value, explanation=explanation,
        convention=other_convention, reproduces_under=conventions,
        reason=Pesan(_UNDER_OTHER, other=other_convention.teks(), name=first.name,
                     was=was,
                     what=_WHAT[b.declared.get(first.topic) == first.name]))
