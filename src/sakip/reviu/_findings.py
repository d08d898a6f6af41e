"""The finding model: the five statuses, ``Convention`` and ``Finding``.

Also the topics of the conventions the checks compare, which
``Reviu.conventions`` counts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Pesan, Teks, check_bahasa, tulis
from sakip._decimal import text as _str
from sakip.explain import Explanation, Tabular, check_rounding
from sakip.numbers import Rounding

Status: TypeAlias = Literal["match", "match-other-rounding", "match-other-convention",
                            "mismatch", "not-computable"]

#: The five statuses, in the order reports list them.
STATUSES: tuple[Status, ...] = ("match", "match-other-rounding", "match-other-convention",
                                "mismatch", "not-computable")

#: Each status in words (reference §16's vocabulary): the Indonesian a working paper writes, and in
#: English the status's code itself.  ``sesuai (selisih pembulatan)`` names a figure that reproduces
#: under another rounding (the finding's keterangan names that rounding); ``sesuai (konvensi
#: berbeda)`` one that follows another named convention.
STATUS_TEKS: dict[Status, Teks] = {
    "match": Teks(id="sesuai", en="match"),
    "match-other-rounding": Teks(id="sesuai (selisih pembulatan)", en="match-other-rounding"),
    "match-other-convention": Teks(id="sesuai (konvensi berbeda)", en="match-other-convention"),
    "mismatch": Teks(id="tidak sesuai", en="mismatch"),
    "not-computable": Teks(id="tidak dapat dihitung", en="not-computable"),
}


def status_text(status: Status, bahasa: Bahasa = DEFAULT) -> str:
    """A finding's status in words in ``bahasa`` (:data:`STATUS_TEKS`).

    In Bahasa Indonesia the words of a reviu's working paper (reference §16:
    sesuai, tidak sesuai, tidak dapat dihitung); in English the status's code,
    which the JSON document keeps in both languages.

    >>> status_text("mismatch"), status_text("mismatch", "en")
    ('tidak sesuai', 'mismatch')
    >>> status_text("match-other-rounding")
    'sesuai (selisih pembulatan)'
    """
    return STATUS_TEKS[status](check_bahasa(bahasa))


#: Statuses of a printed figure that reproduces.
_REPRODUCES = frozenset({"match", "match-other-rounding", "match-other-convention"})


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

    def teks(self) -> str:
        """The convention in words, for any language: its topic in words, its name (a code).

        >>> Convention("rounding", "down").teks()("id")
        'pembulatan: down'
        """
        return Pesan(_CONVENTION, topic=topic_teks(self.topic), name=self.name)


#: A convention in words: its topic, then its name.
_CONVENTION = Teks(id="{topic}: {name}", en="{topic}: {name}")
#: The topics whose code is English, in words (the others are Indonesian terms already).
_TOPIC_TEKS = {"rounding": Teks(id="pembulatan", en="rounding"),
               "input before rounding": Teks(id="masukan sebelum pembulatan",
                                             en="input before rounding")}


def topic_teks(topic: str) -> str | Teks:
    """A convention's topic in words: the Teks of an English code, else the code itself."""
    return _TOPIC_TEKS.get(topic, topic)


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
    #: What the figure is, in words: the English text (a ``Pesan``, so it renders in
    #: either language with :func:`~sakip._bahasa.tulis`).
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

    def _repr_html_(self) -> str:
        """The finding in a notebook: its status, label, printed and recomputed figures, the
        note, then the derivation (in Bahasa Indonesia, as the reviu's outputs)."""
        from html import escape

        recomputed = "" if self.recomputed is None else (
            _str(self.recomputed) if isinstance(self.recomputed, Decimal) else self.recomputed)
        head = (f"<p><b>{escape(status_text(self.status))}</b> {escape(tulis(self.label, DEFAULT))}"
                f" <code>{escape(self.id)}</code><br>{escape(self.printed or '-')} → "
                f"{escape(recomputed or '-')}<br>{escape(self.keterangan())}</p>")
        return head + (self.explanation.to_html() if self.explanation is not None else "")

    def keterangan(self, bahasa: Bahasa = DEFAULT) -> str:
        """The finding's note or reason (``reason``) in ``bahasa``.

        ``reason`` is the English text; the reviu's own words render in either
        language, and text the report's author wrote in the file (a
        ``catatan``) is quoted as it is, never translated.

        >>> import sakip
        >>> f = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))["indikator.IKK 1.1.renstra"]
        >>> f.keterangan("en")
        'printed 71,34, recomputed 71,36 (2 decimals, truncation (toward zero))'
        >>> f.keterangan()
        'tercetak 71,34, hasil hitung 71,36 (2 desimal, dipotong (ke arah nol))'
        """
        return tulis(self.reason, check_bahasa(bahasa))

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The finding as one row: id, label, lokasi, printed, recomputed (exact), status...

        ``rounding`` is accepted for the row protocol; a finding's comparison
        rounding is its own (the ``rounding`` column).
        """
        check_rounding(rounding)
        return {
            "id": self.id, "label": str(self.label), "lokasi": self.lokasi, "printed": self.printed,
            "recomputed": self.recomputed, "status": self.status,
            "rounding": str(self.rounding) if self.rounding else None,
            "difference": self.difference, "reason": str(self.reason),
            "convention": None if self.convention is None else str(self.convention),
            "field": self.field,
        }

    def to_json(self, bahasa: Bahasa = DEFAULT) -> dict[str, Any]:
        """The finding in the stable JSON shape (numbers as strings).

        The keys and codes (``status``, a convention's name) are the same in
        both languages; ``reason`` is :meth:`keterangan` in ``bahasa``, ``label`` and
        ``explanation`` are in ``bahasa`` too.
        """
        return self._json(lambda explanation: explanation.to_text(bahasa), bahasa)

    def _json(self, explained: Callable[[Explanation], str], bahasa: Bahasa,
              shared: Callable[[Any, Callable[[Any], Any]], Any] | None = None,
              ) -> dict[str, Any]:
        """:meth:`to_json`, the explanation's text from ``explained`` (a rendering's memo).

        ``shared(key, make)``: the value ``make(key)`` of a rounding, a convention or a
        tuple of conventions, as a rendering that encodes each once keeps it (``None``:
        made afresh, each finding's its own).
        """
        share = _made if shared is None else shared
        rounding, convention = self.rounding, self.convention
        return {
            "id": self.id, "label": tulis(self.label, bahasa), "lokasi": self.lokasi,
            "printed": self.printed,
            "recomputed": None if self.recomputed is None else _str(self.recomputed),
            "status": self.status,
            "rounding": None if rounding is None else share(rounding, _rounding_json),
            "difference": None if self.difference is None else _str(self.difference),
            "reason": self.keterangan(bahasa),
            "explanation": None if self.explanation is None else explained(self.explanation),
            "convention": None if convention is None else share(convention, _convention_json),
            "reproduces_under": share(self.reproduces_under, _conventions_json),
            "other_rounding": share(self.other_rounding, _conventions_json),
            "field": self.field,
        }


def _made(key: Any, make: Callable[[Any], Any]) -> Any:
    return make(key)


def _rounding_json(rounding: Rounding) -> dict[str, Any]:
    return {"places": rounding.places, "mode": rounding.mode}


def _convention_json(convention: Convention) -> dict[str, str]:
    return {"topic": convention.topic, "name": convention.name}


def _conventions_json(conventions: tuple[Convention, ...]) -> list[dict[str, str]]:
    return [{"topic": c.topic, "name": c.name} for c in conventions]


@attrs.frozen(kw_only=True)
class Input(Tabular):
    """A printed value used as an input, which nothing in the file recomputes.

    The fields the file format checks only when something recomputes them (a
    total pagu with no rows to sum, a sisa with no realisasi beside it; see
    :func:`sakip.lkj.input_fields`): there such a value is no figure and gives
    no finding, so ``strict`` does not fail it; the reviu lists it with what it
    was used for (``Reviu.inputs``, the JSON's ``inputs``).

    References
    ----------
    PermenPANRB 53/2014 (reviu atas laporan kinerja): a reviu checks the
    figures a report derives, not the data it reports.

    Examples
    --------
    >>> import sakip
    >>> r = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
    ...                  "anggaran": {"total": {"pagu": "1.000", "realisasi": "900",
    ...                                         "penyerapan": "90,00"}}})
    >>> [(i.field, i.printed) for i in r.inputs]
    [('anggaran.total.pagu', '1.000'), ('anggaran.total.realisasi', '900')]
    >>> r.exit_status(strict=True)
    0
    """

    #: The field of the file the value was read from (``anggaran.total.pagu``).
    field: str
    #: What the value is, in words.
    label: str
    #: Where in the report the value is printed.
    lokasi: str
    #: The value as printed.
    printed: str
    #: What the reviu used it for.
    used_for: str

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The input as one row: field, label, lokasi, printed, used_for (English)."""
        check_rounding(rounding)
        return self.to_json("en")

    def to_json(self, bahasa: Bahasa = DEFAULT) -> dict[str, Any]:
        """The input in the stable JSON shape (``used_for`` in ``bahasa``)."""
        return {"field": self.field, "label": self.label, "lokasi": self.lokasi,
                "printed": self.printed, "used_for": tulis(self.used_for, check_bahasa(bahasa))}


#: Topics of the conventions these checks compare (see :meth:`Reviu.conventions`).
_RUMUS_TOPIC, _AGREGAT_TOPIC, _BASIS_TOPIC = "efisiensi kinerja", "agregat", "basis pagu"
_KATEGORI_TOPIC, _KATEGORI_KIND = "kategori indeks efisiensi", "kategori-indeks-efisiensi"

#: The convention of each topic the reviu compares first when the file declares none (the
#: library's default): a figure reproducing under another one names it as detected.
#: The Renstra capaian's two conventions, by ``[indikator.renstra] kumulatif`` (reference §1.7).
_RENSTRA_TOPIC = "capaian renstra"
_RENSTRA = {True: "kumulatif", False: "tahun-akhir"}
#: The two readings of the Kepmendagri 690.900.327/1996 rasio efisiensi bands
#: (``[anggaran.pagu] kategori_aturan``).
_KATEGORI_RASIO_TOPIC = "kategori rasio efisiensi"
_KATEGORI_RASIO = ("kepmendagri-690-900-327-1996", "kepmendagri-690-900-327-1996-batas-atas")
_DEFAULTS = {_KATEGORI_RASIO_TOPIC: _KATEGORI_RASIO[0],
             "efisiensi": "pmk-214-2017", "capaian minimize": "2t-r", _RUMUS_TOPIC: "rasio",
             _AGREGAT_TOPIC: "rerata", _KATEGORI_TOPIC: "prkom-bpom-2021",
             _BASIS_TOPIC: "revisi", "rounding": "half_up", _RENSTRA_TOPIC: "tahun-akhir",
             "capaian rentang": "stabilize", "capaian batas": "rumus"}
