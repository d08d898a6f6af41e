"""Predikat SAKIP (AA...D) and the AKIP evaluation (LKE).

The predikat of a unit's accountability evaluation is read off its score with
the band table of PermenPANRB 12/2015 and 88/2021: lower bound exclusive,
upper inclusive, so 90,00 is **A** and 90,01 is **AA**.

===========  =============  ==================
Predikat     Nilai          Arti
===========  =============  ==================
AA           > 90 – 100     sangat memuaskan
A            > 80 – 90      memuaskan
BB           > 70 – 80      sangat baik
B            > 60 – 70      baik
CC           > 50 – 60      cukup (memadai)
C            > 30 – 50      kurang
D            0 – 30         sangat kurang
===========  =============  ==================

>>> import sakip
>>> sakip.Predikat.from_nilai("82.70")
<Predikat.A: 'A'>
>>> e = sakip.evaluasi_akip(perencanaan="24.50", pengukuran="25.00",
...                         pelaporan="12.00", evaluasi_internal="21.20")
>>> e.value, str(e.predikat)
(Decimal('82.70'), 'A')
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, ZERO, Number, to_decimal
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Text, Trace, check_rounding, filled, sources_of
from sakip.numbers import Rounding

__all__ = [
    "LKE_PERMENPANRB_12_2015",
    "LKE_PERMENPANRB_88_2021",
    "PREDIKAT_BANDS",
    "EvaluasiAKIP",
    "LKERuleSet",
    "Predikat",
    "PredikatBand",
    "PredikatBands",
    "evaluasi_akip",
]

# The explanation's own words, in both languages (sakip._bahasa).
#: A reference naming a rule set and its bands (sakip.lke's too).
_BANDS_REFERENCE = Teks(id="{citation}; pita: {bands}", en="{citation}; bands: {bands}")
#: The note on a predikat's band (sakip.lke's too).
_PREDIKAT_BAND_NOTE = Teks(
    id="predikat {predikat} ({arti}): pita nilai, batas bawah tidak termasuk, batas atas termasuk",
    en="predikat {predikat} ({arti}): band of the nilai, lower bound exclusive, upper inclusive")


class Predikat(enum.Enum):
    """A SAKIP predikat, ordered ``D < C < CC < B < BB < A < AA``.

    ``str(p)`` is its name; :meth:`from_nilai` reads it off a score;
    :meth:`from_name` parses its name (case-insensitive).

    >>> Predikat.AA > Predikat.A > Predikat.BB
    True
    >>> str(Predikat.BB), Predikat.BB.arti
    ('BB', 'sangat baik')
    """

    D = "D"
    C = "C"
    CC = "CC"
    B = "B"
    BB = "BB"
    A = "A"
    AA = "AA"

    @classmethod
    def _missing_(cls, value: object) -> Predikat:
        """``Predikat("Z")``: the library's error (field, expected, received), not enum's bare one.

        >>> try:
        ...     Predikat("Z")
        ... except ValueError as error:
        ...     print(error.field, "|", error.expected, "|", error.received)
        predikat | one of AA, A, BB, B, CC, C, D | Z

        It is a :class:`ValueError` as enum's own is; :meth:`from_name` reads a name leniently.
        """
        raise InvalidValueError(field="predikat", expected=_ONE_OF, received=value)

    @property
    def rank(self) -> int:
        """Ordinal position, D = 1 ... AA = 7 (the convention of capaian for predikat targets)."""
        return _ORDER.index(self) + 1

    @property
    def arti(self) -> str:
        """The meaning printed beside the predikat (``"memuaskan"`` for A)."""
        return _ARTI[self]

    def __str__(self) -> str:
        return self.value

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Predikat):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Predikat):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Predikat):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Predikat):
            return NotImplemented
        return self.rank >= other.rank

    @classmethod
    def from_name(cls, name: object) -> Predikat:
        """The predikat called ``name`` (``"bb"`` and ``" BB "`` work too).

        >>> Predikat.from_name("bb")
        <Predikat.BB: 'BB'>
        """
        if isinstance(name, Predikat):
            return name
        if isinstance(name, str):
            try:
                return cls(name.strip().upper())
            except ValueError:
                pass
        raise UnknownNameError(field="predikat", expected=_ONE_OF, received=name)

    @classmethod
    def from_nilai(
        cls, nilai: Number, *positional: Never, aturan: str = "permenpanrb-88-2021"
    ) -> Predikat:
        """The predikat of an evaluation score ``nilai`` (0–100).

        Bands have an exclusive lower and inclusive upper bound (``> 80 – 90``
        is A), so 90 → A, 90,01 → AA, 30 → D.  Scores outside 0–100 are refused.

        >>> Predikat.from_nilai(90), Predikat.from_nilai("90.01"), Predikat.from_nilai(30)
        (<Predikat.A: 'A'>, <Predikat.AA: 'AA'>, <Predikat.D: 'D'>)
        """
        if positional:
            raise call_error(cls.from_nilai, positional, locals())
        table = rules.find("predikat", aturan)
        assert isinstance(table, PredikatBands)
        return table.predikat(nilai)

    from_nilai = keyword_only()(from_nilai)  # type: ignore[misc]  # a method, not a member


_ORDER = (Predikat.D, Predikat.C, Predikat.CC, Predikat.B, Predikat.BB, Predikat.A, Predikat.AA)
#: What a predikat's name is expected to be (the refusals of ``Predikat(...)`` and ``from_name``).
_ONE_OF = "one of " + ", ".join(p.value for p in reversed(_ORDER))
_ARTI = {
    Predikat.AA: "sangat memuaskan",
    Predikat.A: "memuaskan",
    Predikat.BB: "sangat baik",
    Predikat.B: "baik",
    Predikat.CC: "cukup (memadai)",
    Predikat.C: "kurang",
    Predikat.D: "sangat kurang",
}


@attrs.frozen(kw_only=True)
class PredikatBand:
    """One band: ``lower < nilai <= upper`` (``lower_inclusive`` for the lowest band)."""

    predikat: Predikat
    lower: Decimal
    upper: Decimal
    lower_inclusive: bool = False

    def contains(self, nilai: Decimal) -> bool:
        """Whether ``nilai`` falls in this band."""
        above = nilai >= self.lower if self.lower_inclusive else nilai > self.lower
        return above and nilai <= self.upper


@attrs.frozen(kw_only=True)
class PredikatBands(rules.RuleSet):
    """A predikat band table: bands from the highest predikat down, covering 0–100."""

    #: The bands, highest predikat first.
    bands: tuple[PredikatBand, ...]
    #: The lowest nilai accepted (0).
    minimum: Decimal
    #: The highest nilai accepted (100).
    maximum: Decimal

    def predikat(self, nilai: Number) -> Predikat:
        """The predikat of ``nilai``; values outside ``[minimum, maximum]`` are refused."""
        score = to_decimal(nilai, field="nilai")
        if not self.minimum <= score <= self.maximum:
            raise InvalidValueError(
                field="nilai",
                expected=f"{self.minimum} <= nilai <= {self.maximum} (nilai evaluasi AKIP)",
                received=nilai,
            )
        for band in self.bands:
            if band.contains(score):
                return band.predikat
        raise AssertionError("band table is not total")  # pragma: no cover - tested totality


def _band(p: Predikat, lower: int, upper: int, inclusive: bool = False) -> PredikatBand:
    return PredikatBand(
        predikat=p, lower=Decimal(lower), upper=Decimal(upper), lower_inclusive=inclusive
    )


#: The predikat bands of PermenPANRB 12/2015 and 88/2021.
PREDIKAT_BANDS = rules.register(
    "predikat",
    PredikatBands(
        name="permenpanrb-88-2021",
        citation="PermenPANRB 88/2021 (and 12/2015), Lampiran: kategori nilai evaluasi AKIP",
        years=(2015, None),
        confidence="C2",
        minimum=Decimal(0),
        maximum=Decimal(100),
        bands=(
            _band(Predikat.AA, 90, 100),
            _band(Predikat.A, 80, 90),
            _band(Predikat.BB, 70, 80),
            _band(Predikat.B, 60, 70),
            _band(Predikat.CC, 50, 60),
            _band(Predikat.C, 30, 50),
            _band(Predikat.D, 0, 30, inclusive=True),
        ),
    ),
)


@attrs.frozen(kw_only=True)
class LKERuleSet(rules.RuleSet):
    """The components of an AKIP evaluation worksheet (LKE) and their maximum points."""

    #: ``(component, maximum points)`` pairs, in the worksheet's order.
    components: tuple[tuple[str, Decimal], ...]
    #: The name of the predikat band table the nilai is read against.
    bands: str = "permenpanrb-88-2021"

    @property
    def names(self) -> tuple[str, ...]:
        """Component names, as keyword arguments of :func:`evaluasi_akip`."""
        return tuple(name for name, _ in self.components)


#: PermenPANRB 88/2021: four components, 30/30/15/25.  Each component splits
#: into pemenuhan 20 %, kualitas 30 %, pemanfaatan 50 % of its weight.
LKE_PERMENPANRB_88_2021 = rules.register(
    "lke",
    LKERuleSet(
        name="permenpanrb-88-2021",
        citation="PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (komponen dan bobot LKE)",
        years=(2021, None),
        confidence="C2",
        components=(
            ("perencanaan", Decimal(30)),
            ("pengukuran", Decimal(30)),
            ("pelaporan", Decimal(15)),
            ("evaluasi_internal", Decimal(25)),
        ),
    ),
)

#: PermenPANRB 12/2015: five components; weights 30/25/15/10/20 as commonly
#: cited (one source, not verified against the regulation's own text).
LKE_PERMENPANRB_12_2015 = rules.register(
    "lke",
    LKERuleSet(
        name="permenpanrb-12-2015",
        citation="PermenPANRB 12/2015, Lampiran (komponen LKE); weights as commonly cited, "
        "unverified",
        years=(2015, 2020),
        confidence="C1",
        components=(
            ("perencanaan", Decimal(30)),
            ("pengukuran", Decimal(25)),
            ("pelaporan", Decimal(15)),
            ("evaluasi_internal", Decimal(10)),
            ("capaian_kinerja", Decimal(20)),
        ),
    ),
)


@attrs.frozen(kw_only=True)
class EvaluasiAKIP(Figure):
    """The result of an AKIP evaluation: total points (``value``) and ``predikat``.

    Notes
    -----
    ``nilai = Σ points`` of the components (each ``0 <= points <= bobot``);
    ``predikat`` is its band in :data:`PREDIKAT_BANDS`, lower bound exclusive
    and upper inclusive (90,00 is A, 90,01 AA).  Built by :func:`evaluasi_akip`.

    References
    ----------
    PermenPANRB 88/2021 (and 12/2015) tentang Evaluasi AKIP.

    Examples
    --------
    The worked LKE example of the reference (a hospital's worksheet defaults):
    components 24,00 + 27,60 + 13,50 + 23,00 = 88,10 → A; a total of exactly
    90 is A too:

    >>> import sakip
    >>> e = sakip.evaluasi_akip(perencanaan="24.00", pengukuran="27.60",
    ...                         pelaporan="13.50", evaluasi_internal="23.00")
    >>> e.value, e.predikat, e.aturan.name
    (Decimal('88.10'), <Predikat.A: 'A'>, 'permenpanrb-88-2021')
    >>> sakip.evaluasi_akip(perencanaan=30, pengukuran=30, pelaporan=15,
    ...                     evaluasi_internal=15).predikat
    <Predikat.A: 'A'>
    """

    #: ``(component, points)`` pairs.
    komponen: tuple[tuple[str, Decimal], ...]
    #: The LKE rule set applied.
    aturan: LKERuleSet
    #: The predikat of the total.
    predikat: Predikat

    def _derive(self, trace: Trace) -> Decimal:
        return _total(self.komponen, self.aturan, trace)

    def _title(self) -> str:
        return f"Nilai evaluasi AKIP ({self.aturan.name}) → predikat {self.predikat}"

    def _reference(self) -> Text:
        bands = rules.find("predikat", self.aturan.bands)
        return filled(_BANDS_REFERENCE, citation=self.aturan.citation, bands=bands.citation)

    def _notes(self) -> tuple[Text, ...]:
        return (filled(_PREDIKAT_BAND_NOTE, predikat=self.predikat, arti=self.predikat.arti),)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per component: komponen, bobot (its maximum), ``value`` (points), ``rounded``."""
        policy = check_rounding(rounding)
        weights = dict(self.aturan.components)
        return [{"komponen": k, "bobot": weights[k], "value": v, "rounded": policy.apply(v)}
                for k, v in self.komponen]


def _total(
    komponen: tuple[tuple[str, Decimal], ...], aturan: LKERuleSet, trace: Trace | None
) -> Decimal:
    total = ZERO
    for _name, points in komponen:
        total = CONTEXT.add(total, points)
    if trace is not None:
        trace.add(
            "nilai",
            " + ".join(name for name, _ in komponen),
            tuple((f"{name} (max {weight})", dict(komponen)[name])
                  for name, weight in aturan.components),
            total,
            reference=aturan.citation,
        )
    return total


def evaluasi_akip(
    *positional: Never, aturan: str = "permenpanrb-88-2021", **komponen: Number
) -> EvaluasiAKIP:
    """Total an AKIP evaluation (LKE) and read off its predikat.

    Parameters
    ----------
    aturan:
        The LKE rule set: ``"permenpanrb-88-2021"`` (perencanaan 30, pengukuran
        30, pelaporan 15, evaluasi_internal 25) or ``"permenpanrb-12-2015"``
        (adds capaian_kinerja; 30/25/15/10/20, [C1]).
    **komponen:
        Points earned per component, each ``0 <= points <= weight``.  Every
        component of the rule set is required; unknown names are refused.

    Returns
    -------
    EvaluasiAKIP
        ``value`` is the sum of points (exact); ``predikat`` its band.

    Notes
    -----
    ``nilai = Σ points``; the predikat uses the table of
    :data:`PREDIKAT_BANDS` (``> 80 – 90`` is A).

    References
    ----------
    PermenPANRB 88/2021 and 12/2015 on the evaluation of AKIP.

    Examples
    --------
    >>> e = evaluasi_akip(perencanaan="24.50", pengukuran="25.00",
    ...                   pelaporan="12.00", evaluasi_internal="21.20")
    >>> e.value, e.predikat
    (Decimal('82.70'), <Predikat.A: 'A'>)
    >>> evaluasi_akip(perencanaan=31, pengukuran=25, pelaporan=12, evaluasi_internal=21)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: perencanaan: expected ...; received 31
    """
    if positional:
        raise call_error(evaluasi_akip, positional, locals())
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name (str)", received=aturan)
    rule = rules.find("lke", aturan)
    assert isinstance(rule, LKERuleSet)
    unknown = sorted(set(komponen) - set(rule.names))
    if unknown:
        raise UnknownNameError(
            field=unknown[0],
            expected=f"components of {rule.name}: {', '.join(rule.names)}",
            received=unknown[0],
        )
    values = []
    for name, weight in rule.components:
        if name not in komponen:
            raise InvalidValueError(
                field=name, expected=f"points for component {name!r} (0–{weight})",
                received="(missing)"
            )
        points = to_decimal(komponen[name], field=name)
        if not ZERO <= points <= weight:
            raise InvalidValueError(
                field=name, expected=f"0 <= {name} <= {weight} (bobot komponen LKE)",
                received=komponen[name],
            )
        values.append((name, points))
    parts = tuple(values)
    total = _total(parts, rule, None)
    bands = rules.find("predikat", rule.bands)
    assert isinstance(bands, PredikatBands)
    return EvaluasiAKIP(value=total, komponen=parts, aturan=rule, predikat=bands.predikat(total),
                        sources=sources_of(tuple(komponen), tuple(komponen.values())))


evaluasi_akip = keyword_only()(evaluasi_akip)
