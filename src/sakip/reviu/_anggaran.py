"""Reviu: reproduce and reconcile every printed figure of a Laporan Kinerja.

``reviu`` takes a ``sakip/lkj-1`` file (a path or a mapping, see
``sakip.lkj``) or a loaded ``Laporan``, recomputes every
figure that can be recomputed, and returns a ``Reviu``: one
``Finding`` per printed figure with its status:

* ``match`` — reproduces under the report's rounding (or the figure's own);
* ``match-other-rounding`` — reproduces only under another rounding mode,
  which the finding names;
* ``match-other-convention`` — reproduces only under another named convention
  the library knows (another efficiency ``rumus``, the ``t/r`` minimize
  convention ...), which the finding names (``Convention``);
* ``mismatch`` — does not reproduce; the finding gives the difference;
* ``not-computable`` — cannot be recomputed; the finding says why.

Each finding carries the derivation of its recomputed value.  The verdict of
the whole reviu (``Reviu.exit_status``) is 0 when no printed figure
contradicts its inputs (matches and not-computable findings only), 1 when at
least one is a mismatch; ``strict=True`` fails not-computable findings too.

>>> import sakip
>>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
>>> r.ok, r.counts()["mismatch"] > 0
(False, True)
>>> r["indikator.IKK 1.1.capaian"].status
'match'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import partial
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal, Never, TypeAlias, get_args

import attrs

from sakip import rules
from sakip._decimal import CONTEXT, HUNDRED, ZERO, exact_sum
from sakip._decimal import message as _message
from sakip._decimal import text as _str
from sakip._decimal import written as _written
from sakip._output import html_text, markdown_cell, text_cell
from sakip.budget import (
    EFISIENSI_RULES,
    KATEGORI_EFISIENSI,
    RincianOutput,
    capaian_output,
    efisiensi,
    nilai_efisiensi,
    penyerapan,
)
from sakip.conventions import (
    Basis,
    EfisiensiKinerja,
    PenyerapanPagu,
    Rerata,
    RiwayatPagu,
    efisiensi_kinerja,
    kategori_rasio_efisiensi,
    rerata,
)
from sakip.eka import eka
from sakip.errors import (
    InvalidValueError,
    NotComputableError,
    SakipError,
    call_error,
    keyword_only,
)
from sakip.explain import (
    Explanation,
    Figure,
    Step,
    Tabular,
    Trace,
    _marked,
    _rounding_text,
    check_rounding,
)
from sakip.ikpa import KATEGORI_IKPA, ikpa, ikpa_rule_for
from sakip.indicators import (
    Polarisasi,
    RumusMinimize,
    capaian,
    capaian_renstra,
    percent_change,
)
from sakip.lkj import (
    _TIDAK_DINILAI,
    Indikator,
    Laporan,
    load,
    printed_places,
    printed_value,
    read_number,
)
from sakip.nka import nka
from sakip.numbers import ROUNDING_MODES, Rounding, format_id, round_value
from sakip.predikat import Predikat, evaluasi_akip

__all__ = ["REVIU_JSON_SCHEMA", "REVIU_SCHEMA", "STATUSES", "Convention", "Finding", "Reviu",
           "dumps", "dumps_many", "reviu", "summary_rows"]

Status: TypeAlias = Literal["match", "match-other-rounding", "match-other-convention",
                            "mismatch", "not-computable"]

#: The five statuses, in the order reports list them.
STATUSES: tuple[Status, ...] = ("match", "match-other-rounding", "match-other-convention",
                                "mismatch", "not-computable")

#: Statuses of a printed figure that reproduces.
_REPRODUCES = frozenset({"match", "match-other-rounding", "match-other-convention"})

#: The schema tag of the JSON output.
REVIU_SCHEMA = "sakip/reviu-2"


@attrs.frozen
class Convention(Tabular):
    """A named way of computing a figure: ``topic`` (what it is about) and ``name``.

    A finding computed under a convention records it: the declared one (or the
    default) for ``match`` and ``mismatch``, the alternative that reproduces the
    printed figure for ``match-other-convention``.

    >>> str(Convention("efisiensi", "per-pagu"))
    'efisiensi: per-pagu'
    """

    #: What the convention is about (``"efisiensi"``, ``"kategori indeks efisiensi"``).
    topic: str
    #: The convention's name within its topic (``"per-pagu"``).
    name: str

    def __str__(self) -> str:
        return f"{self.topic}: {self.name}"


@attrs.frozen(kw_only=True)
class Finding(Tabular):
    """One printed figure: what was printed, what sakip recomputes, and the verdict.

    ``recomputed`` is exact (a Decimal) or a label (a predikat, a category);
    ``rounding`` is the rounding under which the printed figure was compared
    (for ``match-other-rounding``, the one that matches); ``convention`` the
    convention it was computed under (for ``match-other-convention``, the one
    that reproduces) and ``reproduces_under`` every known convention under which
    the printed figure reproduces (two may agree: per-pagu and PMK 214/2017
    coincide when CO is 100 %), ``other_rounding`` those of them under which it
    reproduces only with another rounding mode than the report's (or the figure's
    own); ``difference`` is printed minus recomputed-as-rounded;
    ``explanation`` re-derives ``recomputed``; ``field`` is the printed value's
    place in the report file (``anggaran.output[2].efisiensi``).

    Notes
    -----
    ``difference = printed − round(recomputed, rounding)``.  ``status`` is
    ``match`` when the printed digits equal the recomputed value under the
    report's rounding (or the figure's own), ``match-other-rounding`` /
    ``match-other-convention`` when only another named rounding mode or
    convention reproduces them, ``mismatch`` otherwise, and
    ``not-computable`` (with ``reason``) when the inputs are not in the file.
    Built by :func:`reviu`, one finding per printed figure.

    References
    ----------
    PermenPANRB 53/2014 (reviu atas laporan kinerja); the figure's own formula
    and regulation are in ``explanation``.

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), bundled: IKK 1.1 prints 101,10
    for 1189 / 1176 = 101,1054… truncated, a match; its Renstra capaian prints
    71,34, but the file's Renstra table gives 882 for 2022 (Bab III uses 883),
    so 3147 / 4410 = 71,3605… → 71,36, a mismatch of −0,02:

    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> f = r["indikator.IKK 1.1.capaian"]
    >>> f.status, f.printed, f.recomputed, str(f.rounding)
    ('match', '101,10', Decimal('101.1054421768...'), '2 decimals, truncation (toward zero)')
    >>> r["indikator.IKK 1.1.renstra"].difference
    Decimal('-0.02')
    """

    #: Stable identifier of the figure (section, code and figure).
    id: str
    #: What the figure is, in words.
    label: str
    #: Where in the report the figure is printed.
    lokasi: str
    #: The figure as printed (text), or ``None``.
    printed: str | None
    #: The exact recomputed value, a label, or ``None`` when not computable.
    recomputed: Decimal | str | None
    #: ``match``, ``match-other-rounding``, ``mismatch`` or ``not-computable``.
    status: Status
    #: The rounding of the comparison (for ``match-other-rounding``, the one that matches).
    rounding: Rounding | None = None
    #: Printed minus recomputed-as-rounded, for mismatches.
    difference: Decimal | None = None
    #: Why the figure does not reproduce, or notes.
    reason: str = ""
    #: The derivation of ``recomputed``.
    explanation: Explanation | None = None
    #: The convention the figure was computed under (for ``match-other-convention``, the one that
    #: reproduces).
    convention: Convention | None = None
    #: The field of the file the printed figure was read from.
    field: str = ""
    #: Every known convention under which the printed figure reproduces.
    reproduces_under: tuple[Convention, ...] = ()
    #: Those of ``reproduces_under`` under which it reproduces only with another rounding mode
    #: than the report's (or the figure's own): counted apart by :meth:`Reviu.conventions`.
    other_rounding: tuple[Convention, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the printed figure reproduces (under some rounding or convention)."""
        return self.status in _REPRODUCES

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The finding as one row: id, label, lokasi, printed, recomputed (exact), status...

        ``rounding`` is accepted for the row protocol; a finding's comparison
        rounding is its own (the ``rounding`` column).
        """
        check_rounding(rounding)
        return {
            "id": self.id, "label": self.label, "lokasi": self.lokasi, "printed": self.printed,
            "recomputed": self.recomputed, "status": self.status,
            "rounding": str(self.rounding) if self.rounding else None,
            "difference": self.difference, "reason": self.reason,
            "convention": None if self.convention is None else str(self.convention),
            "field": self.field,
        }

    def to_json(self) -> dict[str, Any]:
        """The finding in the stable JSON shape (numbers as strings)."""
        return {
            "id": self.id, "label": self.label, "lokasi": self.lokasi, "printed": self.printed,
            "recomputed": None if self.recomputed is None else _str(self.recomputed),
            "status": self.status,
            "rounding": None if self.rounding is None else
            {"places": self.rounding.places, "mode": self.rounding.mode},
            "difference": None if self.difference is None else _str(self.difference),
            "reason": self.reason,
            "explanation": None if self.explanation is None else self.explanation.to_text(),
            "convention": None if self.convention is None else
            {"topic": self.convention.topic, "name": self.convention.name},
            "reproduces_under": [{"topic": c.topic, "name": c.name}
                                 for c in self.reproduces_under],
            "other_rounding": [{"topic": c.topic, "name": c.name}
                               for c in self.other_rounding],
            "field": self.field,
        }


# ------------------------------------------------------------- comparison

#: A recomputation: returns the figure (or its exact value); raises SakipError when it cannot.
Compute: TypeAlias = Callable[[], "Figure | Decimal"]


def _places(text: str, angka: str = "id") -> int:
    """Decimals printed in ``text`` (after the decimal mark of ``angka``)."""
    return printed_places(text, angka=angka)


def _compare(printed: str, value: Decimal, rounding: Rounding, angka: str = "id") -> tuple[
        Status, Rounding, Decimal | None]:
    places = _places(printed, angka)
    shown = read_number(printed, angka=angka)
    preferred = Rounding(places=places, mode=rounding.mode)
    if preferred.apply(value) == shown:
        return "match", preferred, None
    for mode in ROUNDING_MODES:
        other = Rounding(places=places, mode=mode)  # type: ignore[arg-type]
        if other.apply(value) == shown:
            return "match-other-rounding", other, None
    return "mismatch", preferred, CONTEXT.subtract(shown, preferred.apply(value))


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

    def n(self, text: str) -> Decimal:
        """A printed number read under the report's decimal mark (``[laporan] angka``)."""
        return read_number(text, angka=self.angka)

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
                return (f"the printed text also reads as {_str(reread)} with the {other!r} decimal "
                        f"mark, which reproduces: is [laporan] angka = {self.angka!r} right?")
        shown = self.n(printed)
        if shown and value:
            ratio = CONTEXT.divide(value, shown).normalize(CONTEXT)
            for k in range(1, 13):
                power = Decimal(f"1E{k}")  # not Decimal(10) ** k: the caller's context
                for factor, words in ((power, f"× 10^{k}"), (CONTEXT.divide(1, power),
                                                              f"÷ 10^{k}")):
                    if ratio == factor:
                        extra = " (×1000: a thousands mark read as a decimal mark?)" if (
                            k == 3 and factor == power) else ""
                        return (f"the recomputed value is the printed one {words}: a "
                                f"misplaced decimal mark?{extra}")
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
        try:
            status, used, difference = _compare(printed, value, policy, self.angka)
        except SakipError as error:  # a printed cell the file format takes as plain text
            self.not_computable(id, label, lokasi, printed,
                                f"unreadable printed figure: {_reason(error)}", field=field)
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
            reason = (f"reproduces under {_rounding_text(used, self.angka)}, not under the "
                      f"report's {policy.mode}"
                      + (f"; {note}" if note else ""))
        elif status == "mismatch":
            shown = _show(value, used.places, used.mode, angka=self.angka,
                          thousands=_grouped(printed, self.angka))
            hint = self._hint(printed, value, used)
            words = _rounding_text(used, self.angka)
            reason = f"printed {printed}, recomputed {shown} ({words})" + (
                f"; {hint}" if hint else "") + (f"; {note}" if note else "")
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
            try:
                result = compute()
            except SakipError:
                continue
            value = result.value if isinstance(result, Figure) else result
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
            what = "declared" if convention is not None and self.declared.get(
                convention.topic) == convention.name else "default"
            reason = f"reproduces under {other}, not under the {what} {convention.name}" if (
                convention is not None) else f"reproduces under {other}"
            if declared is not None:
                shown = _show(declared, used.places, used.mode, angka=self.angka,
                              thousands=_grouped(printed, self.angka))
                reason += f" ({shown})"
            else:
                reason += " (not computable)"
            if status == "match-other-rounding":
                reason += (f"; and only under {_rounding_text(used, self.angka)}, not the "
                           f"report's {policy.mode}")
            if note:
                reason += f"; {note}"
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
            reason="" if same else f"printed {printed!r}, recomputed {value!r}", field=field))

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
    number (``received 100``, not ``received Decimal('100')``).
    """
    return str(error) if isinstance(error.received, str) else _message(error)


def _grouped(printed: str, angka: str) -> bool:
    """Whether the printed text groups thousands (so the recomputed value is shown so too)."""
    return ("." if angka == "id" else ",") in printed


def _show(value: Decimal, places: int | None = None, mode: str = "half_up", *,
          angka: str = "id", thousands: bool = True) -> str:
    """A recomputed number written with the report's decimal mark (``angka``)."""
    return _marked(format_id(value, places, mode, thousands=thousands),  # type: ignore[arg-type]
                   angka)


def _sum_explanation(title: str, terms: list[tuple[str, Decimal]], rounding: Rounding,
                     lokasi: str = "") -> Explanation:
    total = exact_sum(v for _, v in terms)
    formula = "".join(label if not number else f" {label}" if label.startswith("−") else
                      f" + {label}" for number, (label, _) in enumerate(terms))  # P − RA
    return Explanation(title=title, steps=(Step(
        name="jumlah", formula=formula or "0",
        inputs=tuple(terms), value=total),), rounding=rounding, reference=lokasi)


def _label_explanation(title: str, name: str, formula: str, inputs: tuple[tuple[str, Any], ...],
                       value: str, reference: str) -> Explanation:
    return Explanation(title=title, steps=(Step(name=name, formula=formula, inputs=inputs,
                                                value=value, reference=reference),),
                       reference=reference)


# --------------------------------------------------------------- the checks


def _renstra_in_file(target: dict[int, Any], realisasi: dict[int, Any], kumulatif: bool,
                     place: str, own_realisasi: bool, tahun: int) -> Figure:
    """:func:`capaian_renstra` of a file's Renstra table; a refusal in the file's terms.

    The library names its arguments (``kumulatif: expected False ...``,
    ``{year: value}``); a reason names the place in the file and writes values
    as TOML does (``indikator[1].renstra.kumulatif: expected false ...``).
    """
    def refuse(field: str, expected: str, received: str) -> InvalidValueError:
        return InvalidValueError(f"{field}: expected {expected}; received {received}",
                                 field=field, expected=expected, received=received)

    if not target:
        raise refuse(f"{place}.target", 'at least one year ("2024" = "...")', "none")
    if not realisasi:
        if own_realisasi:
            raise refuse(f"{place}.realisasi", 'at least one year ("2024" = "...")', "none")
        raise NotComputableError(field=f"{place}.capaian", reason="no year has a realisasi "
                                 "(realisasi, realisasi_sebelumnya, renstra.realisasi)")
    try:
        return capaian_renstra(target=target, realisasi=realisasi, kumulatif=kumulatif)
    except NotComputableError:
        raise
    except SakipError as error:
        if error.field == "kumulatif":
            raise refuse(f"{place}.kumulatif", "false for predikat indicators (a predikat "
                         "is not summed)", "true") from None
        if error.field == "realisasi" and isinstance(error.received, dict):  # mixed kinds
            def years(values: dict[int, Any]) -> str:
                return ", ".join(f"{y} = {_str(values[y])}" for y in sorted(values))

            raise refuse(f"{place}.target and realisasi", "all numbers or all predikat",
                         f"target {years(target)}; realisasi {years(realisasi)}") from None
        if error.field == "realisasi" and isinstance(error.received, int):
            year = error.received
            indikator = place.removesuffix(".renstra")
            where = (f"{place}.realisasi" if own_realisasi else f"{indikator}.realisasi"
                     if year == tahun else f"{indikator}.realisasi_sebelumnya")
            hint = "" if own_realisasi else "; or give the period's realisasi in " \
                f"{place}.realisasi"
            raise refuse(where, "years within the Renstra targets ("
                         + ", ".join(str(y) for y in sorted(target)) + f"{hint})",
                         str(year)) from None
        raise


def _check_indikator(b: _Builder, ind: Indikator, index: int) -> None:
    where = ind.lokasi or "indikator"
    key = f"indikator.{ind.kode}"
    place = f"indikator[{index}]"
    note = f"note in file: {ind.catatan}" if ind.catatan else ""
    if ind.capaian_tercetak is not None:
        convention = None
        alternatives: tuple[tuple[Convention, Compute], ...] = ()
        if ind.polarisasi is Polarisasi.MINIMIZE:
            topic = "capaian minimize"
            convention = Convention(topic, ind.rumus_minimize)
            if ind.rumus_minimize_declared:
                b.declared[topic] = ind.rumus_minimize
            alternatives = tuple(
                (Convention(topic, other), partial(
                    capaian, target=ind.target, realisasi=ind.realisasi,
                    polarisasi=ind.polarisasi, rumus_minimize=other))
                for other in get_args(RumusMinimize) if other != ind.rumus_minimize)
        if ind.polarisasi is Polarisasi.STABILIZE and not isinstance(ind.target, tuple):
            b.not_computable(f"{key}.capaian", f"{ind.kode}: capaian", where,
                             ind.capaian_tercetak, "polarisasi 'stabilize' needs a target "
                             "range (a lower and an upper bound): "
                             f"{place}.target is one number; write the range as two printed "
                             f'numbers, low then high: target = ["80", "90"]',
                             field=f"{place}.capaian")
        else:
            b.number(f"{key}.capaian", f"{ind.kode}: capaian", where, ind.capaian_tercetak,
                     ind.capaian, ind.rounding, note=note, field=f"{place}.capaian",
                     convention=convention, alternatives=alternatives)
    renstra = ind.renstra
    if renstra is not None:
        realisasi: dict[int, Any] = dict(ind.realisasi_sebelumnya)
        if ind.realisasi is not None:
            realisasi[b.laporan.tahun] = ind.realisasi
        if "realisasi" in renstra:
            realisasi = {y: b.value(v) for y, v in renstra["realisasi"].items()}
        target = {y: b.value(v) for y, v in renstra["target"].items()}
        b.number(f"{key}.renstra", f"{ind.kode}: capaian against Renstra",
                 renstra.get("lokasi", where), renstra.get("capaian"),
                 partial(_renstra_in_file, target, realisasi, renstra["kumulatif"],
                         f"{place}.renstra", "realisasi" in renstra, b.laporan.tahun),
                 renstra.get("rounding"), field=f"{place}.renstra.capaian")
    triwulan = ind.triwulan
    if triwulan is not None:
        for side, annual in (("target", ind.target), ("realisasi", ind.realisasi)):
            quarters = triwulan.get(side, {})
            if 4 not in quarters:
                continue
            printed = quarters[4]
            lokasi = triwulan.get("lokasi", where)
            id = f"{key}.triwulan.4.{side}"
            field = f"{place}.triwulan.{side}.4"
            if annual is None:
                b.not_computable(id, f"{ind.kode}: TW IV {side}", lokasi, printed,
                                 f"the annual {side} is blank ({where})", field=field)
                continue
            if isinstance(annual, tuple):
                b.not_computable(id, f"{ind.kode}: TW IV {side}", lokasi, printed,
                                 _range_reason(b, annual, where, "TW IV target"), field=field)
                continue
            value = b.value(printed)
            same = value == annual
            shown = str(annual) if isinstance(annual, Predikat) else _show(
                annual, angka=b.angka, thousands=_grouped(printed, b.angka))
            explanation = _label_explanation(
                f"{ind.kode}: TW IV {side} against the annual {side}", side,
                f"TW IV (cumulative) = annual {side} ({where})",
                ((f"annual {side}", annual),), shown, lokasi)
            b.findings.append(Finding(
                id=id, label=f"{ind.kode}: TW IV {side}",
                lokasi=lokasi, printed=printed, recomputed=shown,
                status="match" if same else "mismatch", explanation=explanation,
                reason="" if same else f"TW IV prints {printed}; {where} prints {shown}",
                field=field))


def _range_reason(b: _Builder, annual: tuple[Decimal, Decimal], where: str,
                  what: str) -> str:
    """Why a single printed target cannot be checked against a stabilize range."""
    low, high = (_show(end, angka=b.angka, thousands=False) for end in annual)
    return (f"{where} prints the target as the range {low}–{high} (stabilize); a {what} "
            "is one printed number, which the file format does not compare with a range")


def _check_pk(b: _Builder, pk: dict[str, Any], index: int) -> None:
    """A Perjanjian Kinerja table: its targets against the indicators, its total against Σ."""
    kode, lokasi = pk["kode"], pk.get("lokasi", "Perjanjian Kinerja")
    place = f"perjanjian_kinerja[{index}]"
    indikator = {ind.kode: ind for ind in b.laporan.indikator}
    for code, printed in pk.get("target", {}).items():
        id, label = f"pk.{kode}.target.{code}", f"PK {kode}: target {code}"
        field = f"{place}.target.{code}"
        ind = indikator.get(code)
        if ind is None:
            b.not_computable(id, label, lokasi, printed,
                             f"no [[indikator]] with kode {code!r} in the file", field=field)
            continue
        value = b.value(printed)
        annual = ind.target
        where = ind.lokasi or "indikator"
        if isinstance(annual, tuple):
            b.not_computable(id, label, lokasi, printed,
                             _range_reason(b, annual, where, "PK target"), field=field)
            continue
        same = value == annual
        shown = str(annual) if isinstance(annual, Predikat) else _show(
            annual, angka=b.angka, thousands=_grouped(printed, b.angka))
        b.findings.append(Finding(
            id=id, label=label, lokasi=lokasi, printed=printed, recomputed=shown,
            status="match" if same else "mismatch", field=field,
            explanation=_label_explanation(f"PK {kode}: target of {code}", "target",
                                           f"PK target = the target printed at {where}",
                                           (("target", annual),), shown, lokasi),
            reason="" if same else f"PK {kode} prints {printed}; {where} prints {shown}"))
    if "total" in pk:
        rows = pk.get("alokasi", ())
        id, label = f"pk.{kode}.total", f"PK {kode}: total alokasi (Σ kegiatan)"
        if not rows:
            b.not_computable(id, label, lokasi, pk["total"], "no alokasi rows to sum",
                             field=f"{place}.total")
        else:
            _sum_finding(b, id, label, lokasi, pk["total"],
                         [(row["kegiatan"], b.n(row["alokasi"])) for row in rows],
                         field=f"{place}.total")


def _check_akip(b: _Builder, akip: dict[str, Any], key: str = "evaluasi_akip",
                tahun: int | None = None) -> None:
    """One year's AKIP evaluation (LHE), then its previous years and year-on-year statements.

    Findings come in the file's order (nilai, predikat, komponen, sub_komponen),
    one per printed figure. Each printed level is recomputed from the printed
    level below it when that is printed (so a finding points at the level that
    does not add up), otherwise from the LKE answers (:func:`sakip.lke`).
    """
    from sakip.lke import LembarKerja

    lokasi = akip.get("lokasi", "evaluasi AKIP")
    aturan = akip.get("aturan", "permenpanrb-88-2021")
    nilai_text = akip["nilai"]
    label = "Evaluasi AKIP" if tahun is None else f"Evaluasi AKIP {tahun}"
    lembar = rules.find("lke-lembar-kerja", aturan)
    assert isinstance(lembar, LembarKerja)
    result, failed = _lke_answers(b, akip, aturan)
    subs, bad_subs = _printed_subs(b, akip, lembar)
    missing = [code for code in lembar.codes if code not in subs]
    if "komponen" in akip:
        komponen = {k: b.n(v) for k, v in akip["komponen"].items()}
        b.number(f"{key}.nilai", f"{label}: nilai", lokasi, nilai_text,
                 lambda: evaluasi_akip(aturan=aturan, **komponen), akip.get("rounding"),
                 field=f"{key}.nilai")
    elif subs and not missing:
        _sum_finding(b, f"{key}.nilai", f"{label}: nilai (Σ sub-components)", lokasi,
                     nilai_text, [(code, subs[code]) for code in lembar.codes],
                     field=f"{key}.nilai")
    elif result is not None:
        b.number(f"{key}.nilai", f"{label}: nilai from the LKE answers", lokasi, nilai_text,
                 lambda: result, akip.get("rounding"), field=f"{key}.nilai")
    else:
        reason = ("the LKE component points are not in the file (komponen)" if not
                  (subs or failed) else failed or "sub-component points missing: "
                  + ", ".join(missing))
        b.not_computable(f"{key}.nilai", f"{label}: nilai", lokasi, nilai_text, reason,
                         field=f"{key}.nilai")

    def predikat() -> tuple[str, Explanation]:
        p = Predikat.from_nilai(b.n(nilai_text))
        band = rules.find("predikat", "permenpanrb-88-2021")
        return str(p), _label_explanation(
            "Predikat of the printed nilai", "predikat",
            "band of nilai (lower bound exclusive, upper inclusive)",
            (("nilai", b.n(nilai_text)),), str(p), band.citation)

    unused = [k for k in ("skala", "metode") if akip.get(k)
              and not (akip.get("jawaban") or akip.get("kriteria"))]
    if unused:  # options that score nothing: said on the nilai's finding, never ignored
        index = next(i for i, f in enumerate(b.findings) if f.id == f"{key}.nilai")
        old, note = b.findings[index], (f"{' and '.join(unused)} given without jawaban or "
                                        "kriteria: nothing to score, not used")
        b.findings[index] = attrs.evolve(old, reason=f"{old.reason}; {note}" if old.reason
                                         else note)
    b.label(f"{key}.predikat", f"{label}: predikat", lokasi, akip.get("predikat"),
            predikat, field=f"{key}.predikat")
    if subs or bad_subs or result is not None or failed:
        _check_lke_levels(b, akip, key, label, lembar, result, failed, subs, bad_subs)
    for year, sec in sorted(akip.get("sebelumnya", {}).items()):
        _check_akip(b, sec, f"{key}.sebelumnya.{year}", year)
    for index, claim in enumerate(akip.get("perubahan", ()), start=1):
        _check_perubahan(b, akip, claim, index)


def _answer(b: _Builder, text: str) -> str | Decimal:
    """A printed answer: a number (a percentage, or points) or a grade, left to the scale."""
    try:
        return b.n(text)
    except SakipError:
        return text


def _lke_answers(b: _Builder, akip: dict[str, Any], aturan: str) -> tuple[Any, str]:
    """The worksheet computed from the printed answers, or the reason it cannot be."""
    from sakip.lke import lke

    one, lists = akip.get("jawaban", {}), akip.get("kriteria", {})
    if not (one or lists):
        return None, ""
    both = sorted(set(one) & set(lists))
    if both:
        return None, (f"the LKE answers are not computable: {', '.join(both)} answered in "
                      "both jawaban and kriteria")
    answers: dict[str, Any] = {code: _answer(b, v) for code, v in one.items()}
    answers |= {code: [_answer(b, v) for v in values] for code, values in lists.items()}
    try:
        return lke(answers, aturan=aturan, skala=akip.get("skala"),
                   metode=akip.get("metode")), ""
    except SakipError as error:
        return None, f"the LKE answers are not computable: {_reason(error)}"


def _printed_subs(b: _Builder, akip: dict[str, Any], lembar: Any) -> tuple[
        dict[str, Decimal], dict[str, str]]:
    """Printed sub-component points by code, and the codes that cannot be used (why)."""
    subs: dict[str, Decimal] = {}
    bad: dict[str, str] = {}
    for code, text in akip.get("sub_komponen", {}).items():
        try:
            bobot = lembar.bobot(code)
        except SakipError as error:
            bad[code] = _reason(error)
            continue
        value = b.n(text)
        if value > bobot:
            bad[code] = (f"printed {text} is above the bobot "
                         f"{_show(bobot, 2, angka=b.angka)} of {code}")
        subs[code] = value
    return subs, bad


def _check_lke_levels(b: _Builder, akip: dict[str, Any], key: str, label: str, lembar: Any,
                      result: Any, failed: str, subs: dict[str, Decimal],
                      bad_subs: dict[str, str]) -> None:
    """Printed components and sub-components: Σ of the level below, or from the answers."""
    lokasi, rnd = akip.get("lokasi", "evaluasi AKIP"), akip.get("rounding")
    for name, text in akip.get("komponen", {}).items():
        id = f"{key}.komponen.{name}"
        codes = [sub.kode for sub in lembar.sub_komponen if sub.komponen == name]
        if not codes:
            b.not_computable(id, f"{label}: {name}", lokasi, text,
                             f"{name} is not a component of {lembar.name}", field=id)
        elif all(code in subs for code in codes):
            _sum_finding(b, id, f"{label}: {name} (Σ sub-components)", lokasi, text,
                         [(code, subs[code]) for code in codes], field=id)
        elif result is not None:
            b.number(id, f"{label}: {name} from the answers", lokasi, text,
                     partial(_lke_part, result.komponen, name), rnd,
                     explain=partial(_lke_explanation, result), field=id)
        else:
            b.not_computable(id, f"{label}: {name}", lokasi, text, failed or (
                "sub-component points missing: "
                + ", ".join(code for code in codes if code not in subs)), field=id)
    for code, text in akip.get("sub_komponen", {}).items():
        id = f"{key}.sub_komponen.{code}"
        if code in bad_subs and code not in subs:
            b.not_computable(id, f"{label}: {code}", lokasi, text, bad_subs[code], field=id)
        elif code in bad_subs:
            bobot = lembar.bobot(code)
            b.findings.append(Finding(id=id, label=f"{label}: {code}", lokasi=lokasi,
                                      printed=text, recomputed=bobot, status="mismatch",
                                      reason=bad_subs[code], field=id))
        elif result is not None:
            b.number(id, f"{label}: {code} from the answers", lokasi, text,
                     partial(_lke_part, result.sub_komponen, code), rnd,
                     explain=partial(_lke_sub_explanation, result, code), field=id)
        elif failed:
            b.not_computable(id, f"{label}: {code}", lokasi, text, failed, field=id)
        # else: no answers in the file, so the printed points are an input (within the bobot)
    if result is not None and result.temuan:
        _note_kerangka_logis(b, key, result.temuan, lembar)


def _lke_part(parts: Mapping[str, Decimal], name: str) -> Decimal:
    return parts[name]


def _lke_explanation(result: Figure, rounding: Rounding) -> Explanation:
    return result.explain(rounding.places, rounding.mode)


def _lke_sub_explanation(result: Figure, code: str, rounding: Rounding) -> Explanation:
    """The steps of one sub-component: its answers and its points."""
    whole = result.explain(rounding.places, rounding.mode)
    steps = tuple(s for s in whole.steps if s.name == code
                  or s.name.startswith((f"persen {code}", f"poin {code}")))
    return Explanation(title=f"LKE {code}", steps=steps, rounding=rounding,
                       reference=whole.reference)


def _note_kerangka_logis(b: _Builder, key: str, temuan: tuple[Any, ...],
                         lembar: Any) -> None:
    """Attach each kerangka logis finding to the nearest finding: its sub-component's,
    its component's, or the nilai's (which always exists)."""
    ids = {f.id: i for i, f in enumerate(b.findings)}
    for found in temuan:
        code = ".".join(found.check.kode.split(".")[:2])
        komponen = lembar.sub(code).komponen
        targets = (f"{key}.sub_komponen.{code}", f"{key}.komponen.{komponen}", f"{key}.nilai")
        index = next(ids[t] for t in targets if t in ids)
        old = b.findings[index]
        note = f"kerangka logis: {found}"
        b.findings[index] = attrs.evolve(
            old, reason=f"{old.reason}; {note}" if old.reason else note)


_ARAH = {1: "naik", -1: "turun", 0: "tetap"}


def _check_perubahan(b: _Builder, akip: dict[str, Any], claim: dict[str, Any],
                     index: int) -> None:
    """A year-on-year statement ("naik dari 84"): its direction, earlier figure and change."""
    kode = claim["kode"]
    lokasi = claim.get("lokasi", akip.get("lokasi", "evaluasi AKIP"))
    id, place = f"evaluasi_akip.perubahan.{kode}", f"evaluasi_akip.perubahan[{index}]"
    label = f"{kode}: " + (claim.get("teks") or f"{claim['arah']} dari {claim['dari']}")
    year = claim.get("tahun", b.laporan.tahun - 1)
    earlier = akip.get("sebelumnya", {}).get(year)
    dari = b.value(claim["dari"])
    inputs: tuple[tuple[str, Any], ...]
    if isinstance(dari, Predikat):
        printed_now = akip.get("predikat")
        if printed_now is None:
            b.not_computable(f"{id}.arah", f"{label} (direction)", lokasi, claim["arah"],
                             "this year's predikat is not printed", field=f"{place}.arah")
            sign = None
        else:
            now_p = Predikat.from_name(printed_now)
            sign = (now_p.rank > dari.rank) - (now_p.rank < dari.rank)
            inputs = (("predikat", now_p), ("dari", dari))
    else:
        now = b.n(akip["nilai"])
        sign = (now > dari) - (now < dari)
        inputs = (("nilai", now), ("dari", dari))
    if sign is not None:
        arah = _ARAH[sign]
        b.label(f"{id}.arah", f"{label} (direction)", lokasi, claim["arah"],
                lambda: (arah, _label_explanation(
                    f"{label}: direction", "arah", "naik if nilai > dari, turun if <, else tetap",
                    inputs, arah, lokasi)), field=f"{place}.arah")
    field = "predikat" if isinstance(dari, Predikat) else "nilai"
    printed_then = None if earlier is None else earlier.get(field)
    if printed_then is None:
        b.not_computable(f"{id}.dari", f"{label} (earlier {field})", lokasi, claim["dari"],
                         f"the {year} evaluation is not in the file (sebelumnya)" if earlier
                         is None else f"the {year} evaluation prints no {field}",
                         field=f"{place}.dari")
    elif isinstance(dari, Predikat):
        then = Predikat.from_name(printed_then)
        b.label(f"{id}.dari", f"{label} (earlier predikat)", lokasi, claim["dari"],
                lambda: (str(then), _label_explanation(
                    f"Predikat {year}", "predikat", f"as printed for {year}",
                    (("predikat", printed_then),), str(then), earlier.get("lokasi", ""))),
                field=f"{place}.dari")
    else:
        then_value = b.n(printed_then)
        b.number(f"{id}.dari", f"{label} (earlier nilai)", lokasi, claim["dari"],
                 lambda: then_value, Rounding(places=_places(printed_then, b.angka)),
                 explain=lambda r: _sum_explanation(
                     f"Nilai {year} as printed", [(f"nilai {year}", then_value)], r,
                     earlier.get("lokasi", "")), field=f"{place}.dari")
    if "selisih" in claim:
        if isinstance(dari, Predikat):
            b.not_computable(f"{id}.selisih", f"{label} (change in points)", lokasi,
                             claim["selisih"], "the earlier figure is a predikat, not a nilai",
                             field=f"{place}.selisih")
            return
        change = CONTEXT.subtract(b.n(akip["nilai"]), dari)
        b.number(f"{id}.selisih", f"{label} (change in points)", lokasi, claim["selisih"],
                 lambda: change.copy_abs(), claim.get("rounding"),
                 explain=lambda r: Explanation(
                     title=f"{label}: change", rounding=r, steps=(Step(
                         name="selisih", formula="nilai − dari", inputs=inputs,
                         value=change),)), field=f"{place}.selisih")


def _efisiensi_alternatives(b: _Builder, outputs: list[RincianOutput], rumus: str
                            ) -> tuple[tuple[Convention, Compute], ...]:
    return tuple((Convention("efisiensi", other), partial(
        efisiensi, outputs, rumus=other))  # type: ignore[arg-type]
                 for other in EFISIENSI_RULES if other != rumus)


@attrs.frozen
class _Row:
    """One ``[[anggaran.output]]`` row: its printed amounts and, when valid, its output."""

    index: int
    kode: str
    pagu: Decimal
    realisasi: Decimal
    output: RincianOutput | None
    fault: str
    kegiatan: str | None


def _output_row(b: _Builder, index: int, row: dict[str, Any]) -> _Row:
    pagu, realisasi = b.n(row["pagu"]), b.n(row["realisasi"])
    try:
        kegiatan: str | None = RincianOutput(kode=row["kode"], pagu=0, realisasi=0).kegiatan
    except SakipError:
        kegiatan = None
    try:
        ro = RincianOutput(kode=row["kode"], nama=row.get("nama", ""), pagu=pagu,
                           realisasi=realisasi,
                           capaian=b.n(row["capaian"]) if "capaian" in row else None)
    except SakipError as error:
        return _Row(index, row["kode"], pagu, realisasi, None, _reason(error), kegiatan)
    return _Row(index, row["kode"], pagu, realisasi, ro, "", kegiatan)


def _check_anggaran(b: _Builder, ang: dict[str, Any]) -> None:
    rumus = ang.get("rumus_efisiensi", "pmk-214-2017")
    if "rumus_efisiensi" in ang:
        b.declared["efisiensi"] = rumus
    rows: list[_Row] = []
    for index, row in enumerate(ang.get("output", ()), start=1):
        rows.append(_check_output(b, index, row, rumus))
    for index, row in enumerate(ang.get("jenis_belanja", ()), start=1):
        place, lokasi, rnd = f"anggaran.jenis_belanja[{index}]", row.get("lokasi", ""), row.get(
            "rounding")
        key = f"anggaran.jenis_belanja.{row['kode']}"
        pagu, realisasi = b.n(row["pagu"]), b.n(row["realisasi"])
        b.number(f"{key}.penyerapan", f"jenis belanja {row['kode']}: penyerapan", lokasi,
                 row.get("penyerapan"),
                 partial(penyerapan, pagu=pagu, realisasi=realisasi, label=row["kode"]), rnd,
                 field=f"{place}.penyerapan")
        if "sisa" in row:
            _sisa_finding(b, f"{key}.sisa", f"jenis belanja {row['kode']}: sisa", lokasi,
                          row["sisa"], pagu, realisasi, f"{place}.sisa")
    by_kegiatan: dict[str | None, list[_Row]] = {}  # one pass: linear in the outputs
    for r in rows:
        by_kegiatan.setdefault(r.kegiatan, []).append(r)
    for index, row in enumerate(ang.get("kegiatan", ()), start=1):
        _check_kegiatan(b, index, row, by_kegiatan)
    total = ang.get("total")
    if total is not None:
        _check_total(b, total, rows, ang.get("jenis_belanja", ()), rumus)


def _check_output(b: _Builder, index: int, row: dict[str, Any], rumus: str) -> _Row:
    key, lokasi, rnd = f"anggaran.output.{row['kode']}", row.get("lokasi", ""), row.get(
        "rounding")
    place = f"anggaran.output[{index}]"
    r = _output_row(b, index, row)
    label = f"{row['kode']}: "
    printed_fields = [f for f in ("penyerapan", "efisiensi", "nilai_efisiensi", "kategori",
                                  "sisa") if f in row]
    if r.output is None:
        # The fault is the row's own: each printed figure of the row says so, nothing else.
        reason = f"this output's inputs are inconsistent: {r.fault}"
        if not printed_fields:
            b.not_computable(key, f"{row['kode']}: output", lokasi, None, reason, field=place)
        for field in printed_fields:
            if field == "penyerapan":
                b.number(f"{key}.penyerapan", label + "penyerapan", lokasi, row[field],
                         partial(penyerapan, pagu=r.pagu, realisasi=r.realisasi), rnd,
                         field=f"{place}.penyerapan")
            elif field == "sisa":
                _sisa_finding(b, f"{key}.sisa", label + "sisa", lokasi, row["sisa"], r.pagu,
                              r.realisasi, f"{place}.sisa")
            else:
                b.not_computable(f"{key}.{field}", label + field, lokasi, row[field], reason,
                                 field=f"{place}.{field}")
        return r
    ro = r.output
    b.number(f"{key}.penyerapan", f"{ro.kode}: penyerapan", lokasi, row.get("penyerapan"),
             ro.penyerapan, rnd, field=f"{place}.penyerapan")
    if "sisa" in row:
        _sisa_finding(b, f"{key}.sisa", label + "sisa", lokasi, row["sisa"], r.pagu,
                      r.realisasi, f"{place}.sisa")
    if ro.capaian is None:
        for field in ("efisiensi", "nilai_efisiensi", "kategori"):
            if field in row:
                b.not_computable(f"{key}.{field}", f"{ro.kode}: {field}", lokasi,
                                 row[field], "no capaian output for this RO",
                                 field=f"{place}.{field}")
        return r
    e = b.number(f"{key}.efisiensi", f"{ro.kode}: efisiensi ({rumus})", lokasi,
                 row.get("efisiensi"), partial(efisiensi, [ro], rumus=rumus),  # type: ignore[arg-type]
                 rnd,
                 field=f"{place}.efisiensi", convention=Convention("efisiensi", rumus),
                 alternatives=_efisiensi_alternatives(b, [ro], rumus))
    _ne_and_kategori(b, key, f"{ro.kode}: ", lokasi, row, e, rnd, place,
                     "efisiensi is not computable")
    return r


def _ne_and_kategori(b: _Builder, key: str, label: str, lokasi: str, row: dict[str, Any],
                     e: Decimal | None, rnd: Rounding | None, place: str, why: str,
                     note: str = "") -> None:
    if e is None:
        why = f"{why}: {b.last_error}" if b.last_error else why
        for field in ("nilai_efisiensi", "kategori"):
            if field in row:
                b.not_computable(f"{key}.{field}", label + field.replace("_", " "), lokasi,
                                 row[field], why, field=f"{place}.{field}")
        return
    ne = b.number(f"{key}.nilai_efisiensi", label + "nilai efisiensi", lokasi,
                  row.get("nilai_efisiensi"), partial(nilai_efisiensi, e), rnd,
                  field=f"{place}.nilai_efisiensi", note=note)
    if ne is None:
        if "kategori" in row:
            b.not_computable(f"{key}.kategori", label + "kategori", lokasi, row["kategori"],
                             "nilai efisiensi is not computable"
                             + (f": {b.last_error}" if b.last_error else ""),
                             field=f"{place}.kategori")
        return
    b.label(f"{key}.kategori", label + ("kategori efisiensi" if key.endswith("total")
                                        else "kategori"), lokasi,
            row.get("kategori"), partial(_kategori_efisiensi, ne), field=f"{place}.kategori")


def _sisa_finding(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                  pagu: Decimal, realisasi: Decimal, field: str) -> None:
    terms = [("P (pagu)", pagu), ("− RA (realisasi)", realisasi.copy_negate())]
    b.number(id, label + " = P − RA", lokasi, printed, lambda: CONTEXT.subtract(pagu, realisasi),
             Rounding(places=0), field=field,
             explain=lambda r: _sum_explanation(label + " = P − RA", terms, r, lokasi))


def _check_kegiatan(b: _Builder, index: int, row: dict[str, Any],
                    by_kegiatan: dict[str | None, list[_Row]]) -> None:
    place = f"anggaran.kegiatan[{index}]"
    lokasi = row.get("lokasi", "")
    for field in ("pagu", "realisasi"):
        if field not in row:
            continue
        id = f"anggaran.kegiatan.{row['kode']}.{field}"
        label = f"kegiatan {row['kode']}: {field} (Σ outputs)"
        unknown = by_kegiatan.get(None, [])
        mine = by_kegiatan.get(row["kode"], [])
        if unknown:
            b.not_computable(id, label, lokasi, row[field], "the kegiatan of "
                             + ", ".join(f"anggaran.output[{r.index}]" for r in unknown)
                             + " is unknown (not an RO code)", field=f"{place}.{field}")
        elif not mine:
            b.not_computable(id, label, lokasi, row[field],
                             f"no [[anggaran.output]] row of kegiatan {row['kode']} in the file",
                             field=f"{place}.{field}")
        else:
            _sum_finding(b, id, label, lokasi, row[field],
                         [(r.kode, getattr(r, field)) for r in mine], field=f"{place}.{field}")


def _kategori_efisiensi(ne: Decimal) -> tuple[str, Explanation]:
    label = KATEGORI_EFISIENSI.label(ne)
    return label, _label_explanation("Kategori efisiensi", "kategori",
                                     "band of NE (lower bounds inclusive)", (("NE", ne),),
                                     label, KATEGORI_EFISIENSI.citation)


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
    if also is not None and len(b.findings) > before:
        what, other = also
        second = exact_sum(v for _, v in other)
        found = b.findings[-1]
        shown = b.n(printed)
        if CONTEXT.compare(Rounding(places=0).apply(second), shown) != 0:
            grouped = _grouped(printed, b.angka)
            reason = (f"Σ {what} gives {_show(second, 0, angka=b.angka, thousands=grouped)}"
                      f" (printed {printed})")
            if found.status == "mismatch":
                reason = f"{found.reason}; {reason}"
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=reason, difference=(
                found.difference if found.difference is not None else
                CONTEXT.subtract(shown, Rounding(places=0).apply(second))))
        elif found.status == "mismatch":
            b.findings[-1] = attrs.evolve(found, reason=f"{found.reason}; Σ {what} does give "
                                          f"{printed}")
    return value


def _check_total(b: _Builder, total: dict[str, Any], rows: list[_Row],
                 jenis: tuple[dict[str, Any], ...], rumus: str) -> None:
    lokasi, rnd = total.get("lokasi", "anggaran total"), total.get("rounding")
    place = "anggaran.total"
    sums: dict[str, Decimal] = {}
    for field in ("pagu", "realisasi"):
        by_output = [(r.kode, getattr(r, field)) for r in rows]
        by_jenis = [(row["kode"], b.n(row[field])) for row in jenis]
        if rows:
            sums[field] = exact_sum(v for _, v in by_output)
        elif jenis:
            sums[field] = exact_sum(v for _, v in by_jenis)
        if field not in total:
            continue
        id, where = f"anggaran.total.{field}", f"{place}.{field}"
        if rows:
            _sum_finding(b, id, f"total {field} (Σ outputs)", lokasi, total[field], by_output,
                         field=where, also=("jenis belanja", by_jenis) if jenis else None)
        elif jenis:
            _sum_finding(b, id, f"total {field} (Σ jenis belanja)", lokasi, total[field],
                         by_jenis, field=where)
        else:
            b.not_computable(id, f"total {field}", lokasi, total[field],
                             "no [[anggaran.output]] or [[anggaran.jenis_belanja]] rows to sum",
                             field=where)
    pagu = b.n(total["pagu"]) if "pagu" in total else sums.get("pagu")
    realisasi = b.n(total["realisasi"]) if "realisasi" in total else None
    basis = "printed pagu and realisasi"
    if realisasi is None and pagu is not None and "sisa" in total:
        realisasi, basis = CONTEXT.subtract(pagu, b.n(total["sisa"])), "RA = pagu − sisa"
    elif realisasi is None and "realisasi" in sums:
        realisasi, basis = sums["realisasi"], "Σ rows' realisasi"
    if "sisa" in total:
        if pagu is not None and "realisasi" in total:
            _sisa_finding(b, "anggaran.total.sisa", "total sisa", lokasi, total["sisa"], pagu,
                          b.n(total["realisasi"]), f"{place}.sisa")
        elif pagu is not None and "realisasi" in sums:
            _sisa_finding(b, "anggaran.total.sisa", "total sisa", lokasi, total["sisa"], pagu,
                          sums["realisasi"], f"{place}.sisa")
        else:
            b.not_computable("anggaran.total.sisa", "total sisa", lokasi, total["sisa"],
                             "neither realisasi nor rows to compute pagu − realisasi from; it "
                             "is used to recompute penyerapan", field=f"{place}.sisa")
    if "penyerapan" in total:
        if pagu is None or realisasi is None:
            b.not_computable("anggaran.total.penyerapan", "total penyerapan", lokasi,
                             total["penyerapan"], "needs the total pagu and realisasi (or "
                             "sisa), printed or as rows", field=f"{place}.penyerapan")
        else:
            p, ra = pagu, realisasi
            topic = _BASIS_TOPIC
            others = tuple(
                (Convention(topic, f"PK {pk['kode']} total"),
                 partial(penyerapan, pagu=b.n(pk["total"]), realisasi=ra, label="total"))
                for pk in b.laporan.perjanjian_kinerja if "total" in pk)
            def compute() -> Figure:
                if basis == "RA = pagu − sisa":  # the explanation shows the sisa
                    return penyerapan(pagu=p, sisa=b.n(total["sisa"]), label="total")
                return penyerapan(pagu=p, realisasi=ra, label="total")

            b.number("anggaran.total.penyerapan", "total penyerapan", lokasi,
                     total["penyerapan"], compute, rnd,
                     field=f"{place}.penyerapan",
                     note="" if basis.startswith("printed") else f"from {basis}",
                     convention=Convention(topic, "total pagu") if others else None,
                     alternatives=others)
    valid = [r.output for r in rows if r.output is not None]
    faulty = [r for r in rows if r.output is None]
    with_co = [ro for ro in valid if ro.capaian is not None]
    why = ""
    if faulty:
        why = "inconsistent outputs: " + "; ".join(f"anggaran.output[{r.index}] ({r.kode}): "
                                                   f"{r.fault}" for r in faulty)
    elif not with_co:
        why = "no output with a capaian output"
    if "capaian_output" in total:
        if why:
            b.not_computable("anggaran.total.capaian_output",
                             "total capaian output (arithmetic mean)", lokasi,
                             total["capaian_output"], why, field=f"{place}.capaian_output")
        else:
            b.number("anggaran.total.capaian_output", "total capaian output (arithmetic mean)",
                     lokasi, total["capaian_output"],
                     lambda: capaian_output(with_co, metode="arithmetic"), rnd,
                     field=f"{place}.capaian_output",
                     convention=Convention("capaian output", "arithmetic"),
                     alternatives=((Convention("capaian output", "geometric"),
                                    partial(capaian_output, with_co, metode="geometric")),))
    if why:
        for field in ("efisiensi", "nilai_efisiensi", "kategori"):
            if field in total:
                b.not_computable(f"anggaran.total.{field}", f"total {field.replace('_', ' ')}",
                                 lokasi, total[field], why, field=f"{place}.{field}")
        return
    e = b.number("anggaran.total.efisiensi", f"total efisiensi ({rumus})", lokasi,
                 total.get("efisiensi"), lambda: efisiensi(with_co, rumus=rumus), rnd,  # type: ignore[arg-type]
                 field=f"{place}.efisiensi", convention=Convention("efisiensi", rumus),
                 alternatives=_efisiensi_alternatives(b, with_co, rumus))
    note = ""
    if "efisiensi" in total and e is not None:
        from_printed = nilai_efisiensi(b.n(total["efisiensi"])).value
        if "nilai_efisiensi" in total and _compare(total["nilai_efisiensi"], from_printed,
                                                   rnd or b.laporan.rounding,
                                                   b.angka)[0] == "match":
            note = f"it does follow from the printed E {total['efisiensi']}"
    _ne_and_kategori(b, "anggaran.total", "total ", lokasi, total, e, rnd, place,
                     "total efisiensi is not computable", note=note)


_EKA_KOMPONEN = ("capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi")


def _check_eka_ikpa_nka(b: _Builder, lap: Laporan) -> None:
    if lap.eka is not None:
        sec = lap.eka
        if "komponen" in sec:
            komponen = {k: b.n(v) for k, v in sec["komponen"].items()}

            def compute_eka() -> Figure:
                if sorted(komponen) != sorted(_EKA_KOMPONEN):
                    raise InvalidValueError(field="eka.komponen",
                                            expected="exactly " + ", ".join(_EKA_KOMPONEN),
                                            received=", ".join(komponen))
                return eka(aturan=sec.get("aturan", "pmk-22-2021"), **komponen)

            b.number("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"], compute_eka,
                     sec.get("rounding"), field="eka.nilai")
        else:
            b.not_computable("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"],
                             "the EKA components are not in the file (komponen); the "
                             "printed EKA is used as given", field="eka.nilai")
    if lap.ikpa is not None:
        sec = lap.ikpa
        lokasi = sec.get("lokasi", "")
        if "komponen" in sec:
            # "-" is the printed "not assessed" (konversi bobot): None to the formula
            scores: dict[str, Decimal | None] = {
                k: None if v.strip() in _TIDAK_DINILAI else b.n(v)
                for k, v in sec["komponen"].items()}
            aturan = sec.get("aturan")
            tahun = sec.get("tahun", lap.tahun) if aturan is None else None
            skipped = [k for k, v in scores.items() if v is None]

            def compute_ikpa() -> Figure:
                try:
                    return ikpa(scores, aturan=aturan, tahun=tahun)
                except NotComputableError as error:
                    if len(skipped) != len(scores):  # pragma: no cover - ikpa's only case
                        raise
                    raise NotComputableError(
                        field="ikpa.komponen", reason=f"{error.reason} (every indicator is "
                        "printed \"-\", not assessed)") from None
                except SakipError as error:  # an indicator the file leaves out
                    if error.received != "(missing)" or error.field in scores:
                        raise
                    raise InvalidValueError(
                        field="ikpa.komponen", expected=f"a score for {error.field} (every "
                        "indicator of the rule set; \"-\" when it is not assessed)",
                        received=", ".join(scores) or "none") from None

            note = ("konversi bobot: not assessed (printed \"-\"): " + ", ".join(skipped)
                    + "; the weights are renormalised over the other indicators"
                    if skipped else "")
            b.number("ikpa.nilai", "IKPA", lokasi, sec["nilai"], compute_ikpa,
                     sec.get("rounding"), field="ikpa.nilai", note=note)
        else:
            b.not_computable("ikpa.nilai", "IKPA", lokasi, sec["nilai"],
                             "the IKPA indicator scores are not in the file (komponen); the "
                             "printed IKPA is used as given", field="ikpa.nilai")

        def kategori() -> tuple[str, Explanation]:
            rule = ikpa_rule_for(sec.get("tahun", lap.tahun))
            label = KATEGORI_IKPA.label(b.n(sec["nilai"]))
            return label, _label_explanation(
                "Kategori IKPA of the printed nilai", "kategori",
                "≥ 95 Sangat Baik; ≥ 89 Baik; ≥ 70 Cukup; below Kurang",
                (("nilai", b.n(sec["nilai"])), ("aturan", rule.name)), label,
                KATEGORI_IKPA.citation)

        b.label("ikpa.kategori", "IKPA kategori", lokasi, sec.get("kategori"), kategori,
                field="ikpa.kategori")
    if lap.nka is not None:
        sec = lap.nka
        if lap.eka is None or lap.ikpa is None:
            b.not_computable("nka.nilai", "NKA", sec.get("lokasi", ""), sec["nilai"],
                             "NKA needs the eka and ikpa sections", field="nka.nilai")
        else:
            e_text, i_text = lap.eka["nilai"], lap.ikpa["nilai"]
            b.number("nka.nilai", "NKA = 60 % EKA + 40 % IKPA", sec.get("lokasi", ""),
                     sec["nilai"], lambda: nka(eka=b.n(e_text), ikpa=b.n(i_text)),
                     sec.get("rounding"), field="nka.nilai")


def _check_tabel(b: _Builder, tab: dict[str, Any], index: int) -> None:
    kode, lokasi = tab["kode"], tab.get("lokasi", tab["kode"])
    place = f"tabel[{index}]"
    columns = list(tab["kolom"])
    grid: list[list[Decimal | None]] = []
    bad: dict[int, list[str]] = {}  # row -> its unreadable cells (linear, not rows × cells)
    for r, row in enumerate(tab["baris"], start=1):
        cells: list[Decimal | None] = []
        for c, text in enumerate(row["nilai"], start=1):
            try:
                cells.append(ZERO if not text.strip() else b.n(text))
            except SakipError:
                cells.append(None)
                bad.setdefault(r, []).append(f"{place}.baris[{r}].nilai[{c}] {text!r}")
        grid.append(cells)
    covered = list(tab.get("kolom_total", columns))
    known, in_total = set(columns), set(covered)  # sets: the checks stay linear in the table
    unknown = [c for c in covered if c not in known]
    note = "" if "kolom_total" not in tab else "row totals cover " + ", ".join(covered)
    ragged = [r for r, cells in enumerate(grid, start=1) if len(cells) != len(columns)]
    for r, (row, cells) in enumerate(zip(tab["baris"], grid, strict=True), start=1):
        if "total" not in row:
            continue
        id, label = f"tabel.{kode}.{row['label']}.total", f"{kode}, row {row['label']}: total"
        field = f"{place}.baris[{r}].total"
        if len(cells) != len(columns):
            b.not_computable(id, label, lokasi, row["total"],
                             f"{len(cells)} cells for {len(columns)} columns", field=field)
        elif unknown:
            b.not_computable(id, label, lokasi, row["total"],
                             f"kolom_total names unknown columns: {', '.join(unknown)}",
                             field=field)
        elif any(v is None for v in cells):
            b.not_computable(id, label, lokasi, row["total"],
                             "unreadable cell: " + _some(bad.get(r, [])), field=field)
        else:
            _sum_finding(b, id, label, lokasi, row["total"],
                         [(c, v) for c, v in zip(columns, cells, strict=True)
                          if c in in_total and v is not None], note=note, field=field)
    for i, printed in enumerate(tab.get("total_kolom", ()), start=1):
        field = f"{place}.total_kolom[{i}]"
        name = columns[i - 1] if i <= len(columns) else str(i)
        id, label = f"tabel.{kode}.kolom.{name}", f"{kode}, column {name}: total"
        if i > len(columns):
            b.not_computable(id, label, lokasi, printed,
                             f"{len(tab['total_kolom'])} column totals for {len(columns)} "
                             "columns", field=field)
        elif ragged:
            b.not_computable(id, label, lokasi, printed, "rows "
                             + _some([str(r) for r in ragged]) + " do not have "
                             f"{len(columns)} cells", field=field)
        elif any(cells[i - 1] is None for cells in grid):
            b.not_computable(id, label, lokasi, printed, "unreadable cell in this column",
                             field=field)
        else:
            _sum_finding(b, id, label, lokasi, printed,
                         [(row["label"], cells[i - 1] or ZERO)
                          for row, cells in zip(tab["baris"], grid, strict=True)],
                         field=field)
    if "total" in tab:
        id, label = f"tabel.{kode}.total", f"{kode}: grand total (Σ all cells)"
        field = f"{place}.total"
        if bad:
            b.not_computable(id, label, lokasi, tab["total"], "unreadable cells: "
                             + _some([x for cells in bad.values() for x in cells]),
                             field=field)
            return
        every = [(f"{row['label']} {col}", v) for row, cells in zip(tab["baris"], grid,
                                                                     strict=True)
                 for col, v in zip(columns, cells, strict=False) if v]
        also = None
        if all("total" in row for row in tab["baris"]) and tab["baris"]:
            also = ("row totals", [(row["label"], b.n(row["total"])) for row in tab["baris"]])
        _sum_finding(b, id, label, lokasi, tab["total"], every, field=field, also=also)


def _some(items: list[str], shown: int = 10) -> str:
    """The first ``shown`` items, then how many more (a reason stays short on any table)."""
    more = f"; … and {len(items) - shown} more" if len(items) > shown else ""
    return "; ".join(items[:shown]) + more


def _check_daftar(b: _Builder, daftar: dict[str, Any], index: int) -> None:
    from sakip.periods import parse_dates, per_triwulan

    kode, lokasi = daftar["kode"], daftar.get("lokasi", daftar["kode"])
    year = daftar.get("tahun", b.laporan.tahun)
    records = []
    terms = []
    for i, row in enumerate(daftar["baris"], start=1):
        number = row.get("no", i)
        peserta = b.n(row["peserta"])
        terms.append((f"row {number}", peserta))
        try:
            span = parse_dates(row["waktu"], year=year)
        except SakipError as error:
            b.not_computable(f"kegiatan.{kode}.{number}.waktu", f"{kode}, row {number}: date",
                             lokasi, row["waktu"], _reason(error),
                             field=f"daftar_kegiatan[{index}].baris[{i}].waktu")
            continue
        records.append((span, peserta))
    if "total" in daftar:
        note = ""
        if len(records) == len(daftar["baris"]):
            try:
                quarters = per_triwulan(records, tahun=year)
                note = "per triwulan (by start date): " + ", ".join(
                    f"{q}: {v}" for q, v in quarters.items())
            except SakipError as error:
                note = f"not split per triwulan: {_reason(error)}"
        _sum_finding(b, f"kegiatan.{kode}.total", f"{kode}: total peserta", lokasi,
                     daftar["total"], terms, note=note, field=f"daftar_kegiatan[{index}].total")


def _check_klaim(b: _Builder, k: dict[str, Any], index: int) -> None:
    kode, lokasi, kind = k["kode"], k.get("lokasi", ""), k["kind"]
    label = f"klaim {kode}: " + (k.get("teks") or kind)
    printed, rnd = k["nilai"], k.get("rounding")
    field = f"klaim[{index}].nilai"
    need = {"capaian": ("target", "realisasi"), "percent_change": ("old", "new"),
            "sum": ("terms",), "equals": ("reference",), "penyerapan": ("pagu", "realisasi")}
    missing = [f for f in need[kind] if f not in k]
    if missing:
        b.not_computable(f"klaim.{kode}", label, lokasi, printed,
                         f"a {kind} claim needs {', '.join(missing)}", field=field)
        return
    if kind == "capaian":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: capaian(target=b.value(k["target"]),
                                 realisasi=b.value(k["realisasi"])), rnd, field=field)
    elif kind == "penyerapan":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: penyerapan(pagu=b.n(k["pagu"]), realisasi=b.n(k["realisasi"])), rnd,
                 field=field)
    elif kind == "percent_change":
        direction = k.get("direction")
        _check_change(b, f"klaim.{kode}", label, lokasi, printed, k["old"], k["new"],
                      direction, rnd, field)
    elif kind == "sum":
        _sum_finding(b, f"klaim.{kode}", label, lokasi, printed,
                     [(t, b.n(t)) for t in k["terms"]], field=field)
    else:
        reference = b.n(k["reference"])
        ref_lokasi = k.get("reference_lokasi", "")
        b.number(f"klaim.{kode}", label, lokasi, printed, lambda: reference,
                 Rounding(places=_places(k["reference"], b.angka), mode="half_up"),
                 note=f"the figure printed at {ref_lokasi}" if ref_lokasi else "",
                 explain=lambda r: Explanation(
                     title=label, steps=(Step(name="acuan", formula=f"as printed at "
                                              f"{ref_lokasi or 'the reference'}",
                                              inputs=(("reference", k["reference"]),),
                                              value=reference),), rounding=r), field=field)


def _check_change(b: _Builder, id: str, label: str, lokasi: str, printed: str, old: str,
                  new: str, direction: str | None, rnd: Rounding | None, field: str) -> None:
    try:
        change = percent_change(old=b.n(old), new=b.n(new))
    except SakipError as error:
        b.not_computable(id, label, lokasi, printed, _reason(error), field=field)
        return
    shown = b.n(printed)
    magnitude = change.value.copy_abs() if direction else change.value
    before = len(b.findings)
    b.number(id, label, lokasi, printed, lambda: magnitude, rnd,
             explain=lambda r: change.explain(r.places, r.mode), field=field)
    if direction and len(b.findings) > before:
        found = b.findings[-1]
        wrong_way = (direction == "down") != (change.value < 0) and change.value != 0
        if wrong_way and shown != 0:
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=(
                f"the sentence says {direction}, the change is {change.printed(2)} %"))


# ------------------------------------ efficiency conventions and pagu history

#: Topics of the conventions these checks compare (see :meth:`Reviu.conventions`).
_RUMUS_TOPIC, _AGREGAT_TOPIC, _BASIS_TOPIC = "efisiensi kinerja", "agregat", "basis pagu"
_KATEGORI_TOPIC, _KATEGORI_KIND = "kategori indeks efisiensi", "kategori-indeks-efisiensi"

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


def _check_efisiensi_kinerja(b: _Builder, tab: dict[str, Any], index: int) -> None:
    """An efficiency table of percentages: E per input under the declared rumus; rerata rows."""
    kode, rumus = tab["kode"], tab["rumus"]
    b.declared[_RUMUS_TOPIC] = rumus
    tabel, agregat = tab.get("kategori"), tab.get("agregat", "rerata")
    if "agregat" in tab:
        b.declared[_AGREGAT_TOPIC] = agregat
    if tabel is not None:
        b.declared[_KATEGORI_TOPIC] = tabel
    rumus_all = [rumus, *(r for r in ("rasio", "indeks", "selisih") if r != rumus)]
    plain = list(tab["baris"])
    rows = [(f"baris[{i}]", row, False) for i, row in enumerate(plain, start=1)] + [
        (f"rerata[{i}]", row, True) for i, row in enumerate(tab.get("rerata", ()), start=1)]
    for where, row, is_rerata in rows:
        key = f"efisiensi_kinerja.{kode}.{row['label']}"
        place = f"efisiensi_kinerja[{index}].{where}"
        lokasi = row.get("lokasi") or tab.get("lokasi", kode)
        rnd = row.get("rounding") or tab.get("rounding")
        co = b.n(row["capaian_output"])
        if is_rerata:
            _by_convention(b, f"{key}.capaian_output", f"{row['label']}: capaian output",
                           lokasi, row["capaian_output"], rnd,
                           _rerata_computes(b, plain, agregat, _capaian_output_of),
                           field=f"{place}.capaian_output")
        for input_index, inp in enumerate(row["input"], start=1):
            nama = inp["nama"]
            ci = b.n(inp["capaian"])
            what = f"{row['label']}: {nama}"
            at = f"{place}.input[{input_index}]"
            if is_rerata:
                _by_convention(b, f"{key}.{nama}.capaian", f"{what}: capaian input", lokasi,
                               inp["capaian"], rnd,
                               _rerata_computes(b, plain, agregat,
                                                partial(_input_field, nama=nama,
                                                        field="capaian")),
                               field=f"{at}.capaian")
            computes: _Conventions = [
                (Convention(_RUMUS_TOPIC, r), partial(
                    efisiensi_kinerja, capaian_output=co, capaian_input=ci, rumus=r,
                    input=nama, label=row["label"], kategori=tabel if r == "indeks" else None))
                for r in rumus_all]
            if is_rerata and "efisiensi" in inp:
                # A rerata row's E is the mean of the rows' printed E, or the rumus on its
                # own (mean) percentages: both are seen in reports.
                means = _rerata_computes(b, plain, agregat, partial(
                    _input_field, nama=nama, field="efisiensi"))
                computes = [means[0], *computes, *means[1:]]
            e, used = _by_convention(b, f"{key}.{nama}.efisiensi", f"{what}: efisiensi",
                                     lokasi, inp.get("efisiensi"), rnd, computes,
                                     field=f"{at}.efisiensi")
            # TE and kategori follow the rumus that reproduced the printed E.
            effective = used.name if used.topic == _RUMUS_TOPIC else rumus
            fig = _try(partial(efisiensi_kinerja, capaian_output=co, capaian_input=ci,
                               rumus=effective, input=nama, label=row["label"],  # type: ignore[arg-type]
                               kategori=tabel if effective == "indeks" else None))
            if "tingkat" in inp:
                if effective != "indeks" or fig is None:
                    b.not_computable(f"{key}.{nama}.tingkat", f"{what}: tingkat efisiensi",
                                     lokasi, inp["tingkat"], "TE = IE − SE belongs to rumus "
                                     f"'indeks'; the figures follow {effective!r}",
                                     field=f"{at}.tingkat")
                else:
                    b.number(f"{key}.{nama}.tingkat", f"{what}: tingkat efisiensi (TE)",
                             lokasi, inp["tingkat"], partial(_tingkat_of, fig), rnd,
                             field=f"{at}.tingkat")
            if "kategori" in inp:
                if effective != "indeks":
                    b.not_computable(f"{key}.{nama}.kategori", f"{what}: kategori", lokasi,
                                     inp["kategori"], f"no published category table for rumus "
                                     f"{effective!r} (the IE tables label rumus 'indeks')",
                                     field=f"{at}.kategori")
                elif e is not None and fig is not None:
                    _kategori_indeks_check(b, f"{key}.{nama}.kategori", f"{what}: kategori",
                                           lokasi, inp["kategori"], e, fig,
                                           field=f"{at}.kategori")
                else:
                    b.not_computable(f"{key}.{nama}.kategori", f"{what}: kategori", lokasi,
                                     inp["kategori"], "IE is not computable",
                                     field=f"{at}.kategori")


def _kategori_indeks_check(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                           ie: Decimal, fig: EfisiensiKinerja, *, field: str) -> None:
    """A printed IE category under the table in use; the other named IE table is tried.

    The two published wordings differ at IE = SE and above 1,81, so a label
    that reproduces only under the other table is ``match-other-convention``
    (topic ``kategori indeks efisiensi``), as figures are under
    :meth:`_Builder.number`.
    """
    before = len(b.findings)
    b.label(id, label, lokasi, printed, partial(_kategori_indeks, ie, fig), field=field)
    bands = fig.kategori_bands
    if len(b.findings) == before or bands is None:
        return
    found, names = b.findings[-1], ("prkom-bpom-2021", "bbpom-yogyakarta-2020")
    if bands.name not in names or rules.find(_KATEGORI_KIND, bands.name) != bands:
        return  # an own table: nothing to compare it with
    agree = []
    for name in (bands.name, *(n for n in names if n != bands.name)):
        table = rules.find(_KATEGORI_KIND, name)
        assert isinstance(table, rules.LabelBands)
        try:
            value, explanation = _kategori_indeks(ie, fig._replaced(kategori_bands=table))
        except SakipError:
            continue
        if printed.strip().casefold() == value.casefold():
            agree.append((Convention(_KATEGORI_TOPIC, name), value, explanation))
    declared = Convention(_KATEGORI_TOPIC, bands.name)
    conventions = tuple(c for c, _, _ in agree)
    if found.status == "match" or not agree:
        b.findings[-1] = attrs.evolve(found, convention=declared, reproduces_under=conventions)
        return
    other, value, explanation = agree[0]
    what = "declared" if b.declared.get(_KATEGORI_TOPIC) == bands.name else "default"
    was = (f"'{_str(found.recomputed)}'" if found.status == "mismatch" else "not computable")
    b.findings[-1] = attrs.evolve(
        found, status="match-other-convention", recomputed=value, explanation=explanation,
        convention=other, reproduces_under=conventions,
        reason=f"reproduces under {other}, not under the {what} {bands.name} ({was})")


def _tingkat_of(fig: EfisiensiKinerja) -> Figure:
    return fig.tingkat


def _try(compute: Callable[[], EfisiensiKinerja]) -> EfisiensiKinerja | None:
    try:
        return compute()
    except SakipError:
        return None


def _kategori_indeks(ie: Decimal, fig: EfisiensiKinerja) -> tuple[str, Explanation]:
    bands = fig.kategori_bands
    assert bands is not None
    label = bands.label(ie)
    edge = "lower bounds inclusive" if bands.inclusive == "lower" else "lower bounds exclusive"
    return label, _label_explanation("Kategori indeks efisiensi", "kategori",
                                     f"band of IE ({edge}; {bands.name})", (("IE", ie),),
                                     label, bands.citation)


def _capaian_output_of(row: dict[str, Any]) -> str | None:
    value = row.get("capaian_output")
    return value if isinstance(value, str) else None


def _input_field(row: dict[str, Any], *, nama: str, field: str) -> str | None:
    for inp in row["input"]:
        if inp["nama"] == nama:
            value = inp.get(field)
            return value if isinstance(value, str) else None
    return None


def _rerata_computes(b: _Builder, plain: list[dict[str, Any]], agregat: str,
                     pick: Callable[[dict[str, Any]], str | None]) -> _Conventions:
    """The aggregate of the rows' printed values under each convention, declared first."""
    def mean(weighted: bool) -> Rerata:
        texts = [pick(row) for row in plain]
        if any(t is None for t in texts) or not texts:
            raise NotComputableError(field="baris", reason="a row lacks the figure averaged")
        values = [b.n(t) for t in texts if t is not None]
        if not weighted:
            return rerata(values)
        if any("pagu" not in row for row in plain):
            raise NotComputableError(field="pagu", reason="a row has no pagu to weight by")
        return rerata(values, pagu=[b.n(row["pagu"]) for row in plain])
    order = [agregat, *(a for a in ("rerata", "tertimbang-pagu") if a != agregat)]
    return [(Convention(_AGREGAT_TOPIC, a), partial(mean, a == "tertimbang-pagu"))
            for a in order]


def _check_pagu(b: _Builder, sec: dict[str, Any]) -> None:
    """Pagu history: the printed bases, sisa and penyerapan against the basis the report names."""
    lokasi, rnd = sec.get("lokasi", "anggaran pagu"), sec.get("rounding")
    basis = sec["basis"]
    b.declared[_BASIS_TOPIC] = basis
    key = place = "anggaran.pagu"
    try:
        h = RiwayatPagu(dipa_awal=b.n(sec["dipa_awal"]),
                        penghematan=b.n(sec.get("penghematan", "0")),
                        pagu_revisi=b.n(sec["pagu_revisi"]) if "pagu_revisi" in sec else None,
                        blokir=b.n(sec.get("blokir", "0")))
    except SakipError as error:
        for field in ("setelah_penghematan", "efektif", "sisa", "penyerapan", "kategori"):
            if field in sec:
                b.not_computable(f"{key}.{field}", f"pagu: {field}", lokasi, sec[field],
                                 _reason(error), field=f"{place}.{field}")
        return
    if "setelah_penghematan" in sec:
        terms = [("DIPA awal", h.dipa_awal), ("− penghematan", h.penghematan.copy_negate())]
        _sum_finding(b, f"{key}.setelah_penghematan", "anggaran setelah penghematan (DIPA awal "
                     "− penghematan)", lokasi, sec["setelah_penghematan"], terms,
                     field=f"{place}.setelah_penghematan")
    if "efektif" in sec:
        terms = [("pagu revisi", h.pagu("revisi")), ("− blokir", h.blokir.copy_negate())]
        _sum_finding(b, f"{key}.efektif", "pagu efektif (pagu revisi − blokir)", lokasi,
                     sec["efektif"], terms, field=f"{place}.efektif")
    bases: list[Basis] = [basis, *(x for x in ("dipa-awal", "revisi", "efektif")
                                   if x != basis)]
    realisasi = b.n(sec["realisasi"]) if "realisasi" in sec else None
    sisa = b.n(sec["sisa"]) if "sisa" in sec else None
    if realisasi is not None and sisa is not None:
        _by_convention(b, f"{key}.sisa", "sisa anggaran (pagu − realisasi)", lokasi,
                       sec["sisa"], Rounding(places=0),
                       [(Convention(_BASIS_TOPIC, x), partial(_sisa_on, h, x, realisasi))
                        for x in bases], field=f"{place}.sisa")
    elif sisa is not None:
        b.not_computable(f"{key}.sisa", "sisa anggaran (pagu − realisasi)", lokasi, sec["sisa"],
                         "no realisasi to compute pagu − realisasi from; it is used to "
                         "recompute penyerapan", field=f"{place}.sisa")
    serapan = None
    if realisasi is None and sisa is None:
        for field in ("penyerapan", "kategori"):
            if field in sec:
                b.not_computable(f"{key}.{field}", f"pagu: {field}", lokasi, sec[field],
                                 "neither realisasi nor sisa is given",
                                 field=f"{place}.{field}")
        return
    given = {"realisasi": realisasi} if realisasi is not None else {"sisa": sisa}
    serapan, _ = _by_convention(
        b, f"{key}.penyerapan", "penyerapan", lokasi, sec.get("penyerapan"), rnd,
        [(Convention(_BASIS_TOPIC, x), partial(h.penyerapan, basis=x, **given))
         for x in bases], field=f"{place}.penyerapan")
    if "kategori" in sec:
        if serapan is None:
            b.not_computable(f"{key}.kategori", "rasio efisiensi: kategori", lokasi,
                             sec["kategori"], "penyerapan is not computable",
                             field=f"{place}.kategori")
            return
        aturan = sec.get("kategori_aturan", "kepmendagri-690-900-327-1996")
        b.label(f"{key}.kategori", "rasio efisiensi: kategori", lokasi, sec["kategori"],
                partial(_kategori_rasio, serapan, aturan), field=f"{place}.kategori")


def _sisa_on(h: RiwayatPagu, basis: Basis, realisasi: Decimal) -> Figure:
    """Sisa on ``basis`` as a figure that explains itself (the penyerapan's P − RA)."""
    return _Sisa(value=CONTEXT.subtract(h.pagu(basis), realisasi),
                 penyerapan=h.penyerapan(realisasi=realisasi, basis=basis))


@attrs.frozen(kw_only=True)
class _Sisa(Figure):
    """Sisa anggaran = pagu (on a basis) − realisasi."""

    penyerapan: PenyerapanPagu

    def _derive(self, trace: Trace) -> Decimal:
        p = self.penyerapan
        p._derive(trace)
        value = CONTEXT.subtract(p.pagu, p.realisasi)
        trace.add("sisa", "P − RA", (("P (pagu " + p.basis + ")", p.pagu),
                                     ("RA (realisasi)", p.realisasi)), value)
        return value

    def _title(self) -> str:
        return f"Sisa anggaran terhadap pagu {self.penyerapan.basis}"


def _kategori_rasio(rasio: Decimal, aturan: str) -> tuple[str, Explanation]:
    label = kategori_rasio_efisiensi(rasio, kategori=aturan)
    bands = rules.find("kategori-rasio-efisiensi", aturan)
    return label, _label_explanation("Kategori rasio efisiensi", "kategori",
                                     f"band of realisasi / anggaran × 100 ({aturan})",
                                     (("rasio efisiensi", rasio),), label, bands.citation)


def reviu(source: str | Path | Traversable | Mapping[str, Any] | Laporan) -> Reviu:
    """Reproduce and reconcile every printed figure of a Laporan Kinerja.

    Parameters
    ----------
    source:
        A ``sakip/lkj-1`` file (path to TOML or JSON), a mapping with the same
        structure, or a loaded :class:`~sakip.lkj.Laporan` (for what-ifs).

    Returns
    -------
    Reviu
        Exactly one :class:`Finding` per printed figure (see
        :func:`sakip.lkj.figure_fields`); ``ok`` is ``True`` when none is a
        mismatch, and :meth:`Reviu.exit_status` gives the gate's verdict.

    Raises
    ------
    sakip.LaporanError
        When the file cannot be read, listing every problem with its place.

    Examples
    --------
    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> f = r["indikator.IKK 1.3.capaian"]
    >>> f.status, f.printed, str(f.recomputed)
    ('mismatch', '167,33', '100')
    """
    laporan = source if isinstance(source, Laporan) else load(source)
    b = _Builder(laporan)
    for index, ind in enumerate(laporan.indikator, start=1):
        _check_indikator(b, ind, index)
    for index, pk in enumerate(laporan.perjanjian_kinerja, start=1):
        _check_pk(b, pk, index)
    if laporan.evaluasi_akip is not None:
        _check_akip(b, laporan.evaluasi_akip)
    if laporan.anggaran is not None:
        _check_anggaran(b, laporan.anggaran)
        if laporan.anggaran.get("pagu") is not None:
            _check_pagu(b, laporan.anggaran["pagu"])
    for index, tab in enumerate(laporan.efisiensi_kinerja, start=1):
        _check_efisiensi_kinerja(b, tab, index)
    _check_eka_ikpa_nka(b, laporan)
    for index, tab in enumerate(laporan.tabel, start=1):
        _check_tabel(b, tab, index)
    for index, daftar in enumerate(laporan.daftar_kegiatan, start=1):
        _check_daftar(b, daftar, index)
    for index, k in enumerate(laporan.klaim, start=1):
        _check_klaim(b, k, index)
    if laporan.angka != "id":  # the derivations print figures as the report does
        b.findings = [f if f.explanation is None else attrs.evolve(
            f, explanation=attrs.evolve(f.explanation, angka=laporan.angka))
            for f in b.findings]
    return Reviu(laporan=laporan, findings=tuple(b.findings))


# ---------------------------------------------------------------- the result


@attrs.frozen(kw_only=True)
class Reviu(Tabular):
    """The findings of a reviu, renderable as text, Markdown, JSON and HTML.

    Notes
    -----
    ``ok`` is true when no finding is a ``mismatch``; :meth:`exit_status` is 0
    then, else 1 (``strict=True`` fails not-computable findings too).
    ``r[id]`` is the finding of one printed figure; :meth:`problems` the ones
    that do not reproduce, in the report's order.  Built by :func:`reviu`.

    References
    ----------
    PermenPANRB 53/2014 (reviu atas laporan kinerja).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), bundled: its NKA 95,15
    reproduces (0,6 × 97,29 + 0,4 × 91,95 = 95,154), but the report has
    inconsistent figures, the first being IKK 1.1's Renstra capaian (see
    :class:`Finding`), so the reviu fails:

    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> r.ok, r.exit_status(), r["nka.nilai"].status, r["nka.nilai"].recomputed
    (False, 1, 'match', Decimal('95.154'))
    >>> r.problems()[0].id
    'indikator.IKK 1.1.renstra'
    """

    #: The report reviewed.
    laporan: Laporan
    #: One finding per printed figure, in the report's order.
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """Whether no printed figure contradicts its inputs (no ``mismatch``).

        Not-computable findings do not make a reviu fail (use
        ``exit_status(strict=True)`` for that).
        """
        return not any(f.status == "mismatch" for f in self.findings)

    @keyword_only()
    def exit_status(self, *positional: Never, strict: bool = False) -> int:
        """The verdict as the command's exit status: 0 pass, 1 fail.

        0 when no finding is a ``mismatch`` (with ``strict=True``: and none is
        ``not-computable``, and the report prints at least one figure), else 1.
        (The command exits 2 for unreadable input.)  A report with no printed
        figure contradicts nothing, so it passes by default; ``strict`` fails
        it, since nothing in it was checked (an empty or truncated extraction,
        say).

        >>> import sakip
        >>> sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).exit_status()
        1
        >>> empty = sakip.reviu({"schema": "sakip/lkj-1",
        ...                      "laporan": {"instansi": "X", "tahun": 2023}})
        >>> empty.exit_status(), empty.exit_status(strict=True)
        (0, 1)
        """
        if positional:
            raise call_error(type(self).exit_status, positional, locals())
        if strict and not self.findings:
            return 1
        fail = {"mismatch", "not-computable"} if strict else {"mismatch"}
        return 1 if any(f.status in fail for f in self.findings) else 0

    def counts(self) -> dict[str, int]:
        """Number of findings per status."""
        return {s: sum(f.status == s for f in self.findings) for s in STATUSES}

    def problems(self) -> tuple[Finding, ...]:
        """The findings that do not reproduce (mismatch or not computable)."""
        return tuple(f for f in self.findings if not f.ok)

    def conventions(self) -> list[dict[str, Any]]:
        """The conventions the report appears to follow, per topic.

        One entry per topic and convention under which some printed figures
        reproduce: ``topic``, ``name``, ``figures`` (how many reproduce under it;
        a figure may reproduce under two conventions that coincide for it),
        ``other_rounding`` (how many of those ``figures`` reproduce under it only
        with another rounding mode than the report's, or the figure's own: weaker
        evidence, since the report would then depart from its rounding too),
        ``of`` (how many figures of the topic were compared) and ``declared``
        (whether the file declares it).  Most figures under the report's
        rounding (``figures − other_rounding``) first.

        A half-up report printing 98,90 for a minimize target 90,5 and
        realisasi 91,5: (2T − R) / T = 98,895… gives 98,90 half-up, T / R =
        98,907… only truncated, so ``t/r`` counts 1 figure, 1 under another
        rounding:

        >>> import sakip
        >>> r = sakip.reviu({"schema": "sakip/lkj-1",
        ...                  "laporan": {"instansi": "X", "tahun": 2024},
        ...                  "indikator": [{"kode": "I", "nama": "n", "target": "90,5",
        ...                                 "realisasi": "91,5", "capaian": "98,90",
        ...                                 "polarisasi": "minimize"}]})
        >>> [(c["name"], c["figures"], c["other_rounding"]) for c in r.conventions()
        ...  if c["topic"] == "capaian minimize"]
        [('2t-r', 1, 0), ('t/r', 1, 1)]

        Topic ``rounding`` counts the printed figures whose digits tell
        truncation and half-up apart (101,10 for 101,105…: ``down``; 101,11:
        ``half_up``); ``declared`` marks the report's mode (``[laporan] rounding``).

        >>> for c in sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).conventions():
        ...     print(c["topic"], "|", c["name"], c["figures"], "of", c["of"])
        basis pagu | PK revisi (lampiran) total 1 of 1
        basis pagu | total pagu 1 of 1
        efisiensi | per-pagu 4 of 8
        efisiensi | pmk-214-2017 2 of 8
        rounding | half_up 11 of 16
        rounding | down 5 of 16
        """
        topics: dict[str, int] = {}
        names: dict[tuple[str, str], int] = {}
        other: dict[tuple[str, str], int] = {}  # of names: only under another rounding
        for f in self.findings:
            if f.convention is None or f.status == "not-computable":
                continue
            # compared once for each topic it belongs to (a rerata efisiensi reproduces under
            # an agregat and an efisiensi rumus): a count never exceeds its topic's total
            for topic in {f.convention.topic} | {c.topic for c in f.reproduces_under}:
                topics[topic] = topics.get(topic, 0) + 1
            for c in f.reproduces_under:
                names[(c.topic, c.name)] = names.get((c.topic, c.name), 0) + 1
            for c in f.other_rounding:
                other[(c.topic, c.name)] = other.get((c.topic, c.name), 0) + 1
        self._roundings(topics, names)
        declared = self._declared()
        out = [{"topic": t, "name": n, "figures": count, "other_rounding": other.get((t, n), 0),
                "of": topics[t], "declared": declared.get(t) == n}
               for (t, n), count in names.items()]
        return sorted(out, key=lambda c: (c["topic"], c["other_rounding"] - c["figures"],
                                          -c["figures"], c["name"]))

    def _roundings(self, topics: dict[str, int], names: dict[tuple[str, str], int]) -> None:
        """Count the rounding modes of the figures whose digits tell them apart."""
        angka = self.laporan.angka
        for f in self.findings:
            if not (f.ok and f.printed and f.rounding and isinstance(f.recomputed, Decimal)):
                continue
            try:
                shown = read_number(f.printed, angka=angka)
            except SakipError:  # pragma: no cover - a finding's printed text was read before
                continue
            modes = [m for m in ("half_up", "down")
                     if Rounding(places=f.rounding.places,
                                 mode=m).apply(f.recomputed) == shown]
            if len(modes) != 1:
                continue
            topics["rounding"] = topics.get("rounding", 0) + 1
            names[("rounding", modes[0])] = names.get(("rounding", modes[0]), 0) + 1

    def _declared(self) -> dict[str, str]:
        out: dict[str, str] = {}
        ang = self.laporan.anggaran or {}
        if "rumus_efisiensi" in ang:
            out["efisiensi"] = ang["rumus_efisiensi"]
        for ind in self.laporan.indikator:
            if ind.rumus_minimize_declared:
                out["capaian minimize"] = ind.rumus_minimize
        for tab in self.laporan.efisiensi_kinerja:
            out[_RUMUS_TOPIC] = tab["rumus"]
            if "agregat" in tab:
                out[_AGREGAT_TOPIC] = tab["agregat"]
            if "kategori" in tab:
                out[_KATEGORI_TOPIC] = tab["kategori"]
        if "pagu" in ang:
            out[_BASIS_TOPIC] = ang["pagu"]["basis"]
        out["rounding"] = self.laporan.rounding.mode
        return out

    @keyword_only()
    def summary(self, *positional: Never, strict: bool = False) -> str:
        """The one-line count of the findings, then the verdict and the conventions.

        >>> import sakip
        >>> lines = sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).summary().splitlines()
        >>> print(lines[0].replace(", ", ",\\n"))
        200 printed figures: 163 reproduce,
        0 under another rounding,
        0 under another convention,
        34 do not reproduce,
        3 could not be checked
        >>> print(lines[1]); print(lines[2].replace(": e", ":\\ne").replace("; ", ";\\n"))
        exit status 1: 34 printed figures do not reproduce
        conventions the report appears to follow:
        basis pagu: PK revisi (lampiran) total (1 of 1 figures);
        basis pagu: total pagu (1 of 1 figures);
        efisiensi: per-pagu (4 of 8 figures, declared);
        efisiensi: pmk-214-2017 (2 of 8 figures);
        rounding: half_up (11 of 16 figures);
        rounding: down (5 of 16 figures, declared)
        """
        if positional:
            raise call_error(type(self).summary, positional, locals())
        c = self.counts()
        n, k = len(self.findings), c["not-computable"]
        lines = [f"{n} printed figure{'' if n == 1 else 's'}: {c['match']} reproduce, "
                 f"{c['match-other-rounding']} under another rounding, "
                 f"{c['match-other-convention']} under another convention, "
                 f"{c['mismatch']} do not reproduce, "
                 f"{c['not-computable']} could not be checked"]
        status = self.exit_status(strict=strict)
        if c["mismatch"]:
            lines.append(f"exit status {status}: {c['mismatch']} printed figure"
                         f"{'s do' if c['mismatch'] != 1 else ' does'} not reproduce")
        elif status:
            lines.append(f"exit status 1 (--strict): {k} printed figure{'' if k == 1 else 's'} "
                         "could not be checked")
        else:
            lines.append("exit status 0: no printed figure contradicts its inputs" + (
                f" ({c['not-computable']} could not be checked; --strict fails them)"
                if c["not-computable"] else ""))
        conventions = self.conventions()
        if conventions:
            lines.append("conventions the report appears to follow: " + "; ".join(
                f"{x['topic']}: {x['name']} ({x['figures']} of {x['of']} figures"
                + (f", {x['other_rounding']} of them only under another rounding"
                   if x["other_rounding"] else "")
                + (", declared)" if x["declared"] else ")") for x in conventions))
        return "\n".join(lines)

    def __getitem__(self, id: str) -> Finding:
        for finding in self.findings:
            if finding.id == id:
                return finding
        raise KeyError(id)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The reviu as one row: the report (instansi, tahun, judul), ``ok``, counts per status."""
        check_rounding(rounding)
        lap = self.laporan
        return {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul,
                "sumber": lap.sumber, "ok": self.ok, "exit_status": self.exit_status(),
                "findings": len(self.findings), **self.counts()}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per finding, for ``pandas.DataFrame(reviu.to_rows())``."""
        return [f.to_row(rounding) for f in self.findings]

    @keyword_only()
    def to_json(self, *positional: Never, strict: bool = False) -> dict[str, Any]:
        """The stable JSON document (schema ``sakip/reviu-2``, see the docs)."""
        if positional:
            raise call_error(type(self).to_json, positional, locals())
        lap = self.laporan
        return {
            "schema": REVIU_SCHEMA,
            "laporan": {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul,
                        "sumber": lap.sumber, "angka": lap.angka,
                        "rounding": {"places": lap.rounding.places, "mode": lap.rounding.mode}},
            "ok": self.ok,
            "strict": strict,
            "exit_status": self.exit_status(strict=strict),
            "counts": self.counts(),
            "conventions": self.conventions(),
            "findings": [f.to_json() for f in self.findings],
        }

    def _table(self) -> list[tuple[str, str, str, str, str]]:
        rows: list[tuple[str, str, str, str, str]] = []
        for f in self.findings:
            if isinstance(f.recomputed, Decimal) and f.rounding is not None:
                shown = _show(f.recomputed, f.rounding.places, f.rounding.mode,
                              angka=self.laporan.angka,
                              thousands=_grouped(f.printed or "", self.laporan.angka))
            else:
                shown = "-" if f.recomputed is None else _str(f.recomputed)
            rows.append((f.status, f.id, f.printed or "-", shown, f.reason))
        return rows

    @keyword_only()
    def to_text(self, *positional: Never, strict: bool = False) -> str:
        """A readable table of every finding, then the summary (:meth:`summary`).

        Control characters from the file (ESC, newlines, CR) are written as
        visible escapes (``\\x1b``), so no input can drive the terminal.
        """
        if positional:
            raise call_error(type(self).to_text, positional, locals())
        lap = self.laporan
        head = ("status", "finding", "printed", "recomputed", "note")
        rows = [tuple(map(text_cell, row)) for row in self._table()]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
        title = text_cell(f"{lap.judul or 'Laporan Kinerja'} — {lap.instansi}")
        lines = [f"Reviu: {title} ({lap.tahun})",
                 f"source: {text_cell(lap.sumber)}; report rounding: "
                 f"{_rounding_text(lap.rounding, lap.angka)}", ""]
        for row in [head, *rows]:
            cells = [row[i].ljust(widths[i]) for i in range(4)]
            lines.append("  ".join(cells) + "  " + row[4])
        lines.append("")
        lines.extend(text_cell(line) for line in self.summary(strict=strict).splitlines())
        return "\n".join(line.rstrip() for line in lines)

    @keyword_only()
    def to_markdown(self, *positional: Never, strict: bool = False) -> str:
        """A Markdown table of every finding, then the summary.

        Text from the file is escaped (pipes, backslashes, HTML; line breaks as
        ``<br>``), so no input can add a row, end the table or start a heading.
        """
        if positional:
            raise call_error(type(self).to_markdown, positional, locals())
        esc = markdown_cell

        lap = self.laporan
        lines = [f"# Reviu: {esc(lap.judul or 'Laporan Kinerja')} — {esc(lap.instansi)} "
                 f"({lap.tahun})", "",
                 f"Source: {esc(lap.sumber)}. Report rounding: "  # as the HTML page says
                 f"{esc(_rounding_text(lap.rounding, lap.angka))}.", "",
                 "| status | finding | lokasi | printed | recomputed | note |",
                 "|---|---|---|---|---|---|"]
        for (status, fid, printed, shown, note), f in zip(self._table(), self.findings,
                                                          strict=True):
            lines.append(f"| {esc(status)} | {esc(fid)} | {esc(f.lokasi)} | {esc(printed)} | "
                         f"{esc(shown)} | {esc(note)} |")
        lines.append("")
        lines.extend(f"{esc(line)}  " for line in self.summary(strict=strict).splitlines())
        return "\n".join(lines)

    def chart_svg(self) -> str:
        """An inline SVG bar chart of the recomputed capaian per indicator against 100 %.

        The bars are the capaian recomputed from the printed target and
        realisasi, not the printed capaian; where the printed one differs, the
        bar's label says ``≠ printed …``.
        """
        status = {f.id: f for f in self.findings}
        items = []
        for ind in self.laporan.indikator:
            try:
                value = ind.capaian().value
            except SakipError:
                continue
            found = status.get(f"indikator.{ind.kode}.capaian")
            differs = "" if found is None or found.ok else f"≠ printed {found.printed}"
            items.append((ind.kode, value, differs))
        return _svg(items, self.laporan.angka)

    def chart(self) -> _SVG:
        """The chart as an object Jupyter displays (``_repr_svg_``)."""
        return _SVG(self.chart_svg())

    @keyword_only()
    def to_html(self, *positional: Never, strict: bool = False) -> str:
        """A standalone HTML page (no external assets) for working papers."""
        if positional:
            raise call_error(type(self).to_html, positional, locals())
        esc = html_text
        lap = self.laporan
        rows = []
        for (status, fid, printed, shown, note), f in zip(self._table(), self.findings,
                                                          strict=True):
            derivation = ""
            if f.explanation is not None:
                derivation = (f"<details><summary>derivation</summary><pre>"
                              f"{esc(f.explanation.to_text())}</pre></details>")
            rows.append(f'<tr class="{status}"><td>{esc(status)}</td><td>{esc(fid)}</td>'
                        f"<td>{esc(f.lokasi)}</td><td>{esc(printed)}</td><td>{esc(shown)}</td>"
                        f"<td>{esc(note)}{derivation}</td></tr>")
        title = f"Reviu: {lap.judul or 'Laporan Kinerja'} — {lap.instansi} ({lap.tahun})"
        summary = "<br>".join(esc(line) for line in self.summary(strict=strict).splitlines())
        return (
            "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{esc(title)}</h1><p>Source: {esc(lap.sumber)}. Report rounding: "
            f"{esc(_rounding_text(lap.rounding, lap.angka))}.</p><p><strong>{summary}</strong></p>"
            f"<h2>Capaian per indicator</h2>{self.chart_svg()}"
            f"<p>{esc(_CHART_NOTE)}</p>"
            "<h2>Findings</h2><table><thead><tr><th>status</th><th>finding</th><th>lokasi</th>"
            "<th>printed</th><th>recomputed</th><th>note</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table><p>Generated by sakip.</p></body></html>\n"
        )

    def _repr_html_(self) -> str:
        esc = html_text
        summary = "<br>".join(esc(line) for line in self.summary().splitlines())
        rows = "".join(
            f'<tr class="{s}"><td>{esc(s)}</td><td>{esc(fid)}</td><td>{esc(p)}</td>'
            f"<td>{esc(r)}</td><td>{esc(n)}</td></tr>" for s, fid, p, r, n in self._table())
        return (f"<div><p>{summary}</p><table>"
                "<thead><tr><th>status</th><th>finding</th><th>printed</th><th>recomputed</th>"
                f"<th>note</th></tr></thead><tbody>{rows}</tbody></table></div>")

    def __str__(self) -> str:
        return self.to_text()


_CHART_NOTE = ("Bars show the capaian sakip recomputes from each indicator's printed target "
               "and realisasi (exact, before rounding), not the printed capaian; an indicator "
               "whose printed capaian differs is marked ≠ printed.")

_CSS = (
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
    "font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;"
    "text-align:left}tr.mismatch td:first-child{background:#f8d7da}tr.not-computable "
    "td:first-child{background:#fff3cd}tr.match td:first-child{background:#d4edda}"
    "tr.match-other-rounding td:first-child,tr.match-other-convention td:first-child"
    "{background:#d1ecf1}pre{white-space:pre-wrap;"
    "font-size:12px}"
)


@attrs.frozen
class _SVG:
    svg: str

    def _repr_svg_(self) -> str:
        return self.svg


def _svg(items: list[tuple[str, Decimal, str]], angka: str = "id") -> str:
    """A horizontal bar chart; bar lengths scaled from exact values (display only)."""
    esc = html_text
    width, bar, gap, left = 520, 18, 8, 70
    right = 160
    top = max([HUNDRED, *[v for _, v, _ in items]])
    scale = CONTEXT.divide(Decimal(width - left - right), top)
    height = len(items) * (bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             'role="img" aria-label="recomputed capaian per indicator against 100%">']
    for i, (name, value, differs) in enumerate(items):
        y = 10 + i * (bar + gap)
        length = round_value(CONTEXT.multiply(max(value, ZERO), scale), 0)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{esc(name)}</text>'
                     f'<rect x="{left}" y="{y}" width="{length}" height="{bar}" '
                     f'fill="{"#4a90d9" if value >= HUNDRED else "#d98a4a"}"/>'
                     f'<text x="{left + int(length) + 4}" y="{y + 13}" font-size="11">'
                     f"{_show(value, 2, angka=angka)} % (recomputed)"
                     f"{esc(' ' + differs) if differs else ''}</text>")
    x100 = left + int(round_value(CONTEXT.multiply(HUNDRED, scale), 0))
    parts.append(f'<line x1="{x100}" y1="0" x2="{x100}" y2="{height - 14}" stroke="#333" '
                 f'stroke-dasharray="4 3"/><text x="{x100 - 14}" y="{height - 2}" '
                 'font-size="11">100 %</text></svg>')
    return "".join(parts)


@keyword_only()
def dumps(r: Reviu, *positional: Never, strict: bool = False) -> str:
    """The JSON document of a reviu as text (UTF-8, indented; schema ``sakip/reviu-2``).

    >>> import json, sakip
    >>> json.loads(dumps(sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))))["schema"]
    'sakip/reviu-2'
    """
    if positional:
        raise call_error(dumps, positional, locals())
    return json.dumps(r.to_json(strict=strict), indent=2, ensure_ascii=False)


@keyword_only()
def summary_rows(
    results: Sequence[tuple[str, Reviu | SakipError]], *positional: Never, strict: bool = False
) -> list[dict[str, Any]]:
    """One row per report reviewed: sumber, instansi, tahun, counts, exit_status.

    ``results`` pairs each source's name with its :class:`Reviu`, or with the
    error that made it unreadable (exit status 2, no counts).

    >>> import sakip
    >>> path = sakip.examples.path("bgp-kalsel-2023")
    >>> row = summary_rows([(str(path), sakip.reviu(path))])[0]
    >>> row["instansi"], row["tahun"], row["exit_status"], row["counts"]["mismatch"]
    ('BGP Provinsi Kalimantan Selatan', 2023, 1, 34)
    """
    if positional:
        raise call_error(summary_rows, positional, locals())
    rows: list[dict[str, Any]] = []
    for name, result in results:
        if isinstance(result, Reviu):
            rows.append({"sumber": name, "instansi": result.laporan.instansi,
                         "tahun": result.laporan.tahun, "counts": result.counts(),
                         "exit_status": result.exit_status(strict=strict)})
        else:
            rows.append({"sumber": name, "instansi": None, "tahun": None, "counts": None,
                         "exit_status": 2})
    return rows


def _problem(error: SakipError) -> dict[str, str | None]:
    """One problem of an unreadable file as the error's structured fields (JSON ``problems``)."""
    received = getattr(error, "received", None)
    return {"field": getattr(error, "field", None), "expected": getattr(error, "expected", None),
            "received": None if received is None else _written(received),
            "message": str(error)}


@keyword_only()
def dumps_many(
    results: Sequence[tuple[str, Reviu | SakipError]], *positional: Never, strict: bool = False
) -> str:
    """The JSON document of several reviews (schema ``sakip/reviu-2``, collection form).

    Each report's document as :func:`dumps` writes it (or, for an unreadable
    file, its errors each at its place), the summary table of
    :func:`summary_rows`, and the worst exit status.

    >>> import json, sakip
    >>> path = sakip.examples.path("bgp-kalsel-2023")
    >>> doc = json.loads(dumps_many([(str(path), sakip.reviu(path))]))
    >>> doc["exit_status"], len(doc["reports"])
    (1, 1)
    """
    if positional:
        raise call_error(dumps_many, positional, locals())
    reports: list[dict[str, Any]] = []
    for name, result in results:
        if isinstance(result, Reviu):
            reports.append(result.to_json(strict=strict))
        else:
            errors = getattr(result, "errors", None) or [result]
            reports.append({"schema": REVIU_SCHEMA, "sumber": name, "exit_status": 2,
                            "errors": [str(e) for e in errors],
                            "problems": [_problem(e) for e in errors]})
    rows = summary_rows(results, strict=strict)
    document = {"schema": REVIU_SCHEMA,
                "exit_status": max((r["exit_status"] for r in rows), default=0),
                "summary": rows, "reports": reports}
    return json.dumps(document, indent=2, ensure_ascii=False)


_NULLABLE_STRING = {"type": ["string", "null"]}

#: A named convention in the JSON output: ``{"topic": ..., "name": ...}``.
_CONVENTION_JSON: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["topic", "name"],
    "properties": {"topic": {"type": "string"}, "name": {"type": "string"}}}

#: The JSON Schema of the ``sakip reviu --format json`` output (``sakip/reviu-2``), also
#: published as ``sakip/data/reviu-2.schema.json``: one report's document, or (for several
#: reports at once) a collection of them with a summary table.
REVIU_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sakip.invalid/schema/reviu-2.schema.json",
    "title": "sakip/reviu-2: the findings of a reviu, of one report or of several",
    "oneOf": [{"$ref": "#/$defs/report"}, {"$ref": "#/$defs/collection"}],
    "$defs": {
        "report": {
            "type": "object",
            "additionalProperties": False,
            "required": ["schema", "laporan", "ok", "strict", "exit_status", "counts",
                         "conventions", "findings"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "laporan": {
                    "type": "object", "additionalProperties": False,
                    "required": ["instansi", "tahun", "judul", "sumber", "angka", "rounding"],
                    "properties": {
                        "instansi": {"type": "string"}, "tahun": {"type": "integer"},
                        "judul": {"type": "string"}, "sumber": {"type": "string"},
                        "angka": {"enum": ["id", "en"],
                                  "description": "the decimal mark the file declares"},
                        "rounding": {"$ref": "#/$defs/rounding"},
                    },
                },
                "ok": {"type": "boolean",
                       "description": "true when no printed figure contradicts its inputs "
                                      "(no mismatch)"},
                "strict": {"type": "boolean",
                           "description": "whether exit_status fails not-computable findings"},
                "exit_status": {"enum": [0, 1],
                                "description": "0 pass, 1 fail (see the exit-status table)"},
                "counts": {
                    "type": "object", "additionalProperties": False,
                    "required": list(STATUSES),
                    "properties": {s: {"type": "integer", "minimum": 0} for s in STATUSES},
                },
                "conventions": {"type": "array", "items": {"$ref": "#/$defs/convention_use"}},
                "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            },
        },
        "collection": {
            "type": "object",
            "additionalProperties": False,
            "required": ["schema", "exit_status", "summary", "reports"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "exit_status": {"enum": [0, 1, 2],
                                "description": "the worst exit status of the reports"},
                "summary": {"type": "array", "items": {"$ref": "#/$defs/summary_row"}},
                "reports": {"type": "array", "items": {"oneOf": [
                    {"$ref": "#/$defs/report"}, {"$ref": "#/$defs/unreadable"}]}},
            },
        },
        "unreadable": {
            "type": "object", "additionalProperties": False,
            "required": ["schema", "sumber", "exit_status", "errors"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "sumber": {"type": "string"},
                "exit_status": {"const": 2},
                "errors": {"type": "array", "items": {"type": "string"},
                           "description": "every problem of the file, each at its place"},
                "problems": {
                    "type": "array", "description": "the same problems, in the same order, "
                    "as fields: the place in the file, what was expected, what was received "
                    "(as written; null when there is no such field) and the message",
                    "items": {"type": "object", "additionalProperties": False,
                              "required": ["field", "expected", "received", "message"],
                              "properties": {"field": _NULLABLE_STRING,
                                             "expected": _NULLABLE_STRING,
                                             "received": _NULLABLE_STRING,
                                             "message": {"type": "string"}}}},
            },
        },
        "summary_row": {
            "type": "object", "additionalProperties": False,
            "required": ["sumber", "instansi", "tahun", "counts", "exit_status"],
            "properties": {
                "sumber": {"type": "string"},
                "instansi": {"type": ["string", "null"]},
                "tahun": {"type": ["integer", "null"]},
                "counts": {"oneOf": [{"type": "null"}, {
                    "type": "object", "additionalProperties": False,
                    "required": list(STATUSES),
                    "properties": {s: {"type": "integer", "minimum": 0} for s in STATUSES}}]},
                "exit_status": {"enum": [0, 1, 2]},
            },
        },
        "convention_use": {
            "type": "object", "additionalProperties": False,
            "required": ["topic", "name", "figures", "of", "declared"],
            "properties": {
                "topic": {"type": "string"}, "name": {"type": "string"},
                "figures": {"type": "integer", "minimum": 1,
                            "description": "printed figures that reproduce under it"},
                "other_rounding": {"type": "integer", "minimum": 0,
                                   "description": "of figures, those that reproduce under "
                                   "it only with another rounding mode than the report's"},
                "of": {"type": "integer", "minimum": 1,
                       "description": "printed figures of the topic that were compared"},
                "declared": {"type": "boolean"},
            },
        },
        "rounding": {
            "type": "object", "additionalProperties": False, "required": ["places", "mode"],
            "properties": {"places": {"type": "integer", "minimum": 0},
                           "mode": {"enum": list(ROUNDING_MODES)}},
        },
        "finding": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "label", "lokasi", "printed", "recomputed", "status",
                         "rounding", "difference", "reason", "explanation", "convention",
                         "reproduces_under", "field"],
            "properties": {
                "id": {"type": "string", "description": "stable identifier of the figure"},
                "label": {"type": "string"},
                "lokasi": {"type": "string", "description": "where the report prints it"},
                "printed": _NULLABLE_STRING,
                "recomputed": {"type": ["string", "null"],
                               "description": "exact decimal in Python notation, or a label"},
                "status": {"enum": list(STATUSES)},
                "rounding": {"oneOf": [{"$ref": "#/$defs/rounding"}, {"type": "null"}]},
                "difference": {"type": ["string", "null"],
                               "description": "printed minus recomputed-as-rounded"},
                "reason": {"type": "string"},
                "explanation": {"type": ["string", "null"],
                                "description": "the derivation, as text"},
                "convention": {"oneOf": [{"type": "null"}, _CONVENTION_JSON],
                               "description": "the convention the figure was computed under"},
                "reproduces_under": {
                    "type": "array", "description": "every known convention under which the "
                    "printed figure reproduces",
                    "items": _CONVENTION_JSON},
                "other_rounding": {
                    "type": "array", "description": "those of reproduces_under under which "
                    "it reproduces only with another rounding mode than the report's",
                    "items": _CONVENTION_JSON},
                "field": {"type": "string",
                          "description": "the printed value's place in the report file"},
            },
        },
    },
}
