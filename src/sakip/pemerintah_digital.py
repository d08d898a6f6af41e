"""Indeks SPBE (PermenPANRB 59/2020) and Indeks Pemerintah Digital (PermenPANRB 8/2026).

Both are weighted means of maturity levels 1–5.  The SPBE index is computed
from its four domain indices, ``Σ bobot_domain × indeks_domain / 100`` (weights
13 / 25 / 16,5 / 45,5); the Pemdi index from its twenty indicator levels,
``Σ bobot_indikator × level / 100``, each aspect index being ``Σ bobot_indikator
× level / bobot_aspek`` over its own indicators.  The official index is
computed from unrounded values, never from the printed aspect or domain
figures; ``IndeksDigital.rentang()`` gives the range a recomputation from
printed figures allows, and ``IndeksDigital.konsisten()`` says whether a
printed index lies in it ("consistent up to rounding").

An indicator whose level comes from a national system and is not yet published
is given as ``Menunggu`` (an explicit input state): the index is then not
computable (``NotComputableError`` naming every pending indicator), never
computed with a placeholder.

>>> import sakip
>>> s = sakip.indeks_spbe(domain={"kebijakan_internal": 3, "tata_kelola": 3,
...                               "manajemen": 2, "layanan": 3})
>>> s.value, s.predikat
(Decimal('2.835'), 'Baik')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, ONE, TWO, Number, exact_sum, to_decimal
from sakip.composite import check_score, weighted
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Tabular, Trace, check_rounding
from sakip.numbers import Rounding

__all__ = [
    "INDEKS_PEMDI_8_2026",
    "INDEKS_SPBE_59_2020",
    "PREDIKAT_PEMDI_8_2026",
    "PREDIKAT_SPBE_59_2020",
    "IndeksDigital",
    "InstrumenIndeks",
    "Menunggu",
    "Rentang",
    "indeks_pemdi",
    "indeks_spbe",
    "predikat_indeks_digital",
]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_UNROUNDED = Teks(
    id="dari masukan yang belum dibulatkan; tidak ada nilai aspek atau domain yang dibulatkan "
    "lebih dahulu",
    en="from the unrounded inputs; no aspect or domain value is rounded first")


def __dir__() -> list[str]:
    return sorted(__all__)


# ------------------------------------------------------------------ band tables

#: PermenPANRB 59/2020: Memuaskan 4,2 – 5,0; Sangat Baik 3,5 – < 4,2; Baik 2,6 – < 3,5;
#: Cukup 1,8 – < 2,6; Kurang < 1,8 [S].
PREDIKAT_SPBE_59_2020 = rules.register(
    "predikat-pemerintah-digital",
    rules.LabelBands(
        name="permenpanrb-59-2020",
        citation="PermenPANRB 59/2020 (pemantauan dan evaluasi SPBE): Memuaskan 4,2 – 5,0; "
        "Sangat Baik 3,5 – < 4,2; Baik 2,6 – < 3,5; Cukup 1,8 – < 2,6; Kurang < 1,8",
        years=(2020, 2024),
        confidence="S",
        bands=((Decimal("4.2"), "Memuaskan"), (Decimal("3.5"), "Sangat Baik"),
               (Decimal("2.6"), "Baik"), (Decimal("1.8"), "Cukup")),
        below="Kurang",
        maximum=Decimal(5),
    ),
)

#: PermenPANRB 8/2026: Kurang 1,00 – < 1,50; Cukup 1,50 – < 2,50; Baik 2,50 – < 3,50;
#: Sangat Baik 3,50 – < 4,00; Memuaskan 4,00 – 5,00 [S, one source].
PREDIKAT_PEMDI_8_2026 = rules.register(
    "predikat-pemerintah-digital",
    rules.LabelBands(
        name="permenpanrb-8-2026",
        citation="PermenPANRB 8/2026 (Indeks Pemerintah Digital): Kurang 1,00 – < 1,50; "
        "Cukup 1,50 – < 2,50; Baik 2,50 – < 3,50; Sangat Baik 3,50 – < 4,00; "
        "Memuaskan 4,00 – 5,00 (as quoted by a Pemda source)",
        years=(2026, None),
        confidence="S",
        bands=((Decimal("4.00"), "Memuaskan"), (Decimal("3.50"), "Sangat Baik"),
               (Decimal("2.50"), "Baik"), (Decimal("1.50"), "Cukup"),
               (Decimal("1.00"), "Kurang")),
        maximum=Decimal(5),
    ),
)


# ------------------------------------------------------------------- rule sets

Masukan = Literal["indikator", "domain"]
Aspek = tuple[tuple[str, Decimal, tuple[str, ...]], ...]


def _to_aspek(value: object) -> Aspek:
    if not isinstance(value, tuple):
        raise InvalidTypeError(field="aspek", expected="(name, weight, members) triples",
                               received=value)
    return tuple((str(name), to_decimal(weight, field=f"aspek[{name}]", nonnegative=True),
                  tuple(str(m) for m in members)) for name, weight, members in value)


@attrs.frozen(kw_only=True)
class InstrumenIndeks(rules.WeightedRuleSet):
    """An evaluation instrument: weights of its inputs (sum 100), aspects, levels, predikat.

    ``weights`` are the weights of what the caller gives: the four domains
    (SPBE 59/2020, ``masukan="domain"``) or the indicators, by number as text
    (Pemdi 8/2026, ``masukan="indikator"``).  ``aspek`` groups the indicators;
    each aspect's weight is exactly the sum of its indicators' weights, and
    every indicator belongs to exactly one aspect (checked when built).

    >>> INDEKS_PEMDI_8_2026.aspek[0]
    ('tata_kelola_dan_manajemen', Decimal('10'), ('1', '2'))
    """

    #: ``(name, name as the regulation writes it)`` for every weighted input.
    nama: tuple[tuple[str, str], ...]
    #: ``(aspect, weight, member names)``; empty when the inputs are the domains.
    aspek: Aspek = attrs.field(default=(), converter=_to_aspek)
    #: What the caller gives: integer ``"indikator"`` levels or ``"domain"`` indices.
    masukan: Masukan = "indikator"
    #: The lowest and highest level (1 and 5).
    level: tuple[int, int] = (1, 5)
    #: The name of the predikat table (kind ``"predikat-pemerintah-digital"``).
    predikat: str = ""

    def __attrs_post_init__(self) -> None:
        weights = dict(self.weights)
        seen: list[str] = []
        for name, weight, members in self.aspek:
            unknown = [m for m in members if m not in weights]
            if unknown:
                raise InvalidValueError(field=f"aspek[{name}]", expected="members among the "
                                        "weighted inputs", received=unknown)
            total = exact_sum(weights[m] for m in members)
            if total != weight:
                raise InvalidValueError(field=f"aspek[{name}]", expected=f"a weight equal to "
                                        f"the sum of its indicators' weights ({total})",
                                        received=str(weight))
            seen.extend(members)
        if self.aspek and sorted(seen) != sorted(weights):
            raise InvalidValueError(field="aspek", expected="every weighted input in exactly "
                                    "one aspect", received=sorted(seen))
        if {name for name, _ in self.nama} != set(weights):
            raise InvalidValueError(field="nama", expected="a name for every weighted input",
                                    received=[name for name, _ in self.nama])


_PEMDI_2026 = (
    # (aspect, number, name, weight) in the regulation's order [reference §13, S]
    ("tata_kelola_dan_manajemen", "1", "Tata Kelola Pemdi", 5),
    ("tata_kelola_dan_manajemen", "2", "Manajemen Layanan Digital", 5),
    ("penyelenggara", "3", "SDM", 5),
    ("penyelenggara", "4", "Kolaborasi", 5),
    ("data", "5", "Tata Kelola Data", 5),
    ("data", "6", "Informasi Geospasial", 3),
    ("data", "7", "Pembangunan Statistik", 3),
    ("data", "8", "Pelindungan Data Pribadi", 4),
    ("keamanan", "9", "Audit Keamanan", 4),
    ("keamanan", "10", "Keamanan Pemdi", 4),
    ("keamanan", "11", "Kriptografi", 3),
    ("keamanan", "12", "Penanganan Insiden Siber", 4),
    ("teknologi", "13", "Aplikasi", 5),
    ("teknologi", "14", "Infrastruktur", 5),
    ("keterpaduan_layanan", "15", "Proses Bisnis", 4),
    ("keterpaduan_layanan", "16", "Integrasi Aplikasi", 4),
    ("keterpaduan_layanan", "17", "Portal Layanan", 4),
    ("keterpaduan_layanan", "18", "Interoperabilitas Data", 3),
    ("kepuasan_pengguna", "19", "Fasilitas Dukungan", 10),
    ("kepuasan_pengguna", "20", "Pengelolaan Kepuasan", 15),
)
_PEMDI_ASPEK_2026 = (
    ("tata_kelola_dan_manajemen", 10), ("penyelenggara", 10), ("data", 15), ("keamanan", 15),
    ("teknologi", 10), ("keterpaduan_layanan", 15), ("kepuasan_pengguna", 25),
)

#: PermenPANRB 8/2026: 7 aspects (10 + 10 + 15 + 15 + 10 + 15 + 25), 20 indicators [S].
INDEKS_PEMDI_8_2026 = rules.register(
    "indeks-pemerintah-digital",
    InstrumenIndeks(
        name="permenpanrb-8-2026",
        citation="PermenPANRB 8/2026 (Indeks Pemerintah Digital): 7 aspek, 20 indikator; "
        "indeks aspek = Σ bobot indikator × level ÷ bobot aspek; indeks = Σ bobot indikator "
        "× level (as quoted by two Pemda sources)",
        years=(2026, None),
        confidence="S",
        weights=tuple((number, Decimal(weight)) for _, number, _, weight in _PEMDI_2026),
        nama=tuple((number, name) for _, number, name, _ in _PEMDI_2026),
        aspek=tuple((aspek, Decimal(weight),
                     tuple(number for a, number, _, _ in _PEMDI_2026 if a == aspek))
                    for aspek, weight in _PEMDI_ASPEK_2026),
        masukan="indikator",
        predikat=PREDIKAT_PEMDI_8_2026.name,
    ),
)

#: PermenPANRB 59/2020: domains Kebijakan Internal 13 %, Tata Kelola 25 %, Manajemen
#: 16,5 %, Layanan 45,5 % [S].
INDEKS_SPBE_59_2020 = rules.register(
    "indeks-pemerintah-digital",
    InstrumenIndeks(
        name="permenpanrb-59-2020",
        citation="PermenPANRB 59/2020 (pemantauan dan evaluasi SPBE): indeks SPBE = Σ bobot "
        "domain × indeks domain; Kebijakan Internal 13 %, Tata Kelola 25 %, Manajemen "
        "16,5 %, Layanan 45,5 %",
        years=(2020, 2024),
        confidence="S",
        weights=(("kebijakan_internal", Decimal(13)), ("tata_kelola", Decimal(25)),
                 ("manajemen", Decimal("16.5")), ("layanan", Decimal("45.5"))),
        nama=(("kebijakan_internal", "Kebijakan Internal SPBE"),
              ("tata_kelola", "Tata Kelola SPBE"), ("manajemen", "Manajemen SPBE"),
              ("layanan", "Layanan SPBE")),
        masukan="domain",
        predikat=PREDIKAT_SPBE_59_2020.name,
    ),
)


# ------------------------------------------------------------- input states


@attrs.frozen(kw_only=True)
class Menunggu(Tabular):
    """An indicator level not yet known: it comes from a national system (an input state).

    Give it in place of a level (``indikator={11: Menunggu(sumber="BSSN"), ...}``);
    the index is then not computable until the level is given, and the error
    names every pending indicator.  It is never read as a number.

    >>> import sakip
    >>> levels = {n: 3 for n in range(1, 21)} | {11: Menunggu(sumber="BSSN")}
    >>> sakip.indeks_pemdi(indikator=levels)
    Traceback (most recent call last):
    ...
    sakip.errors.NotComputableError: indikator[11]: not computable: ...
    """

    #: The national system or agency the level comes from (``"BSSN"``), as text.
    sumber: str = ""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.sumber, str):
            raise InvalidTypeError(field="sumber", expected="text (the national system)",
                                   received=self.sumber)


# ---------------------------------------------------------------- the range


@attrs.frozen(kw_only=True)
class Rentang(Tabular):
    """An interval of exact values, each end open or closed (what printed figures allow).

    ``Rentang.from_printed(v, rounding)`` is the set of exact values that print
    as ``v`` under ``rounding``: half-up ``[v − u/2, v + u/2)``; half-even
    ``[v − u/2, v + u/2]`` when the last printed digit is even, open at both
    ends when odd; down (truncation) ``[v, v + u)``; up ``(v − u, v]``
    (``u`` the printed unit, ``v ≥ 0``).

    >>> r = Rentang.from_printed("3.50", Rounding(places=2))
    >>> r.lower, r.upper, Decimal("3.505") in r, Decimal("3.495") in r
    (Decimal('3.495'), Decimal('3.505'), False, True)
    """

    #: The lower end.
    lower: Decimal
    #: The upper end.
    upper: Decimal
    #: Whether ``lower`` belongs to the interval.
    lower_inclusive: bool = True
    #: Whether ``upper`` belongs to the interval.
    upper_inclusive: bool = True

    def __attrs_post_init__(self) -> None:
        for name in ("lower", "upper"):
            if type(getattr(self, name)) is not Decimal or not getattr(self, name).is_finite():
                raise InvalidTypeError(field=name, expected="a finite Decimal",
                                       received=getattr(self, name))
        if self.lower > self.upper:
            raise InvalidValueError(field="upper", expected=f">= lower ({self.lower})",
                                    received=self.upper)

    @classmethod
    def from_printed(cls, printed: Number, rounding: Rounding | None = None) -> Rentang:
        """The exact values that print as ``printed`` under ``rounding`` (2 decimals, half-up)."""
        policy = check_rounding(rounding)
        value = to_decimal(printed, field="printed", nonnegative=True)
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # finite: to_decimal refuses NaN and infinities
        if exponent < -policy.places:
            raise InvalidValueError(field="printed", expected=f"at most {policy.places} "
                                    "decimals (a figure as printed)", received=printed)
        unit = ONE.scaleb(-policy.places, context=CONTEXT)
        half = CONTEXT.divide(unit, TWO)
        if policy.mode == "down":
            return cls(lower=value, upper=CONTEXT.add(value, unit), upper_inclusive=False)
        if policy.mode == "up":
            return cls(lower=CONTEXT.subtract(value, unit), upper=value, lower_inclusive=False)
        low, high = CONTEXT.subtract(value, half), CONTEXT.add(value, half)
        if policy.mode == "half_even":
            even = int(value.scaleb(policy.places, context=CONTEXT)) % 2 == 0
            return cls(lower=low, upper=high, lower_inclusive=even, upper_inclusive=even)
        return cls(lower=low, upper=high, upper_inclusive=False)

    def __contains__(self, value: object) -> bool:
        number = to_decimal(value, field="value")
        above = number > self.lower or (self.lower_inclusive and number == self.lower)
        below = number < self.upper or (self.upper_inclusive and number == self.upper)
        return above and below

    def meets(self, other: Rentang) -> bool:
        """Whether the two intervals share at least one value."""
        if not isinstance(other, Rentang):
            raise InvalidTypeError(field="other", expected="a Rentang", received=other)
        if self.lower > other.upper or other.lower > self.upper:
            return False
        if self.lower == other.upper:
            return self.lower_inclusive and other.upper_inclusive
        if other.lower == self.upper:
            return other.lower_inclusive and self.upper_inclusive
        return True


def _weighted_range(parts: tuple[tuple[str, Decimal, Decimal], ...], rounding: Rounding,
                    low: Decimal, high: Decimal) -> Rentang:
    """``Σ w × x / Σ w`` over every x each printed part allows, within ``[low, high]``."""
    regions = [(Rentang.from_printed(nilai, rounding), bobot) for _, nilai, bobot in parts]
    total = exact_sum(bobot for _, _, bobot in parts)
    lower = CONTEXT.divide(exact_sum(CONTEXT.multiply(r.lower, w) for r, w in regions), total)
    upper = CONTEXT.divide(exact_sum(CONTEXT.multiply(r.upper, w) for r, w in regions), total)
    lower_inclusive = all(r.lower_inclusive for r, _ in regions)
    upper_inclusive = all(r.upper_inclusive for r, _ in regions)
    if lower < low:  # an input cannot lie below the lowest level
        lower, lower_inclusive = low, True
    if upper > high:
        upper, upper_inclusive = high, True
    return Rentang(lower=lower, upper=upper, lower_inclusive=lower_inclusive,
                   upper_inclusive=upper_inclusive)


# ------------------------------------------------------------------ the index

Nilai = tuple[tuple[str, Decimal], ...]


def _aspek_indices(rule: InstrumenIndeks, nilai: Nilai,
                   trace: Trace | None) -> tuple[tuple[str, Decimal, Decimal], ...]:
    """``(aspect, weight, index)`` with index ``Σ w × level ÷ w_aspek`` (exact)."""
    levels = dict(nilai)
    weights = dict(rule.weights)
    out = []
    for name, bobot, members in rule.aspek:
        komponen = tuple((_label(m), levels[m], weights[m]) for m in members)
        value = weighted(komponen, trace)
        if trace is not None:
            trace.steps[-1] = attrs.evolve(trace.steps[-1], name=f"indeks aspek {name}")
        out.append((name, bobot, value))
    return tuple(out)


def _label(name: str) -> str:
    """An input's name in a formula: ``indikator_7`` for a number, the name otherwise."""
    return f"indikator_{name}" if name.isdigit() else name


def _indeks(rule: InstrumenIndeks, masukan: str, nilai: Nilai, trace: Trace | None) -> Decimal:
    """The index: ``Σ bobot × nilai / 100`` over the inputs, never over rounded aspects."""
    if masukan == "aspek":
        weights = {name: bobot for name, bobot, _ in rule.aspek}
    else:
        weights = dict(rule.weights)
        if trace is not None and rule.aspek:
            _aspek_indices(rule, nilai, trace)
    komponen = tuple((_label(name), value, weights[name]) for name, value in nilai)
    value = weighted(komponen, trace, reference=rule.citation)
    if trace is not None:
        trace.steps[-1] = attrs.evolve(
            trace.steps[-1], name=f"indeks ({rule.name})",
            note=_NOTE_UNROUNDED)
    return value


@attrs.frozen(kw_only=True)
class IndeksDigital(Figure):
    """An Indeks SPBE or Indeks Pemdi: ``value``, ``predikat``, per-aspect indices, range.

    Notes
    -----
    ``value = Σ bobotᵢ × nilaiᵢ / 100`` over the inputs (indicator levels,
    aspect indices or domain indices), exact.  ``aspek`` are the aspect
    indices ``Σ bobot × level ÷ bobot_aspek`` (indicator input only).
    ``predikat`` reads the exact value in the instrument's table.  A
    recomputation from printed (rounded) aspect or domain values agrees with
    the official index only up to rounding: :meth:`rentang` is the range those
    printed values allow, :meth:`konsisten` whether a printed index lies in it.

    References
    ----------
    PermenPANRB 59/2020 (SPBE); PermenPANRB 8/2026 (Pemdi) [S].

    Examples
    --------
    >>> import sakip
    >>> p = sakip.indeks_pemdi(indikator={n: 3 for n in range(1, 21)} | {20: 4})
    >>> p.value, p.predikat, p.aspek[-1]
    (Decimal('3.15'), 'Baik', ('kepuasan_pengguna', Decimal('25'), Decimal('3.6')))
    """

    _made_by = "sakip.indeks_pemdi(...) or sakip.indeks_spbe(...)"

    #: The instrument (rule set).
    aturan: InstrumenIndeks = attrs.field(repr=lambda rule: repr(rule.name))
    #: What the inputs are: ``"indikator"`` levels, ``"aspek"`` or ``"domain"`` indices.
    masukan: str
    #: ``(name, value)`` of every input, in the instrument's order, exact.
    nilai: Nilai
    #: The predikat table.
    predikat_bands: rules.LabelBands = attrs.field(repr=lambda table: repr(table.name))

    @property
    def predikat(self) -> str:
        """The predikat of the exact value in the instrument's table."""
        return self.predikat_bands.label(self.value)

    @property
    def aspek(self) -> tuple[tuple[str, Decimal, Decimal], ...]:
        """``(aspect, weight, index)`` for every aspect, exact (from indicator levels or given)."""
        if self.masukan == "aspek":
            given = dict(self.nilai)
            return tuple((name, bobot, given[name]) for name, bobot, _ in self.aturan.aspek)
        if not self.aturan.aspek:
            return ()
        return _aspek_indices(self.aturan, self.nilai, None)

    def rentang(self, rounding: Rounding | None = None) -> Rentang:
        """The range of the index that the inputs, as printed under ``rounding``, allow.

        Each printed aspect or domain value stands for every exact value that
        prints as it (:meth:`Rentang.from_printed`); the index ranges over the
        weighted sums of those, within the levels' ``[1, 5]``.  Indicator levels
        are exact integers: the range is the value itself.  ``rounding`` is the
        inputs' printing (2 decimals, half-up when ``None``).

        >>> import sakip
        >>> s = sakip.indeks_spbe(domain={"kebijakan_internal": "3.12", "tata_kelola": "2.80",
        ...                               "manajemen": "2.05", "layanan": "3.41"})
        >>> r = s.rentang()
        >>> r.lower, r.upper, r.upper_inclusive
        (Decimal('2.9904'), Decimal('3.0004'), False)
        """
        policy = check_rounding(rounding)
        if self.masukan == "indikator":
            return Rentang(lower=self.value, upper=self.value)
        if self.masukan == "aspek":
            weights = {name: bobot for name, bobot, _ in self.aturan.aspek}
        else:
            weights = dict(self.aturan.weights)
        parts = tuple((name, value, weights[name]) for name, value in self.nilai)
        low, high = self.aturan.level
        return _weighted_range(parts, policy, Decimal(low), Decimal(high))

    def konsisten(self, printed: Number, rounding: Rounding | None = None) -> bool:
        """Whether a printed index follows from the printed inputs "up to rounding".

        True when some exact index that prints as ``printed`` lies in
        :meth:`rentang`; ``rounding`` is the printing of both the inputs and the
        index (2 decimals, half-up when ``None``).

        >>> import sakip
        >>> s = sakip.indeks_spbe(domain={"kebijakan_internal": "3.12", "tata_kelola": "2.80",
        ...                               "manajemen": "2.05", "layanan": "3.41"})
        >>> s.printed(), s.konsisten("3.00"), s.konsisten("2.99"), s.konsisten("3.01")
        ('3,00', True, True, False)
        """
        return Rentang.from_printed(printed, rounding).meets(self.rentang(rounding))

    def _derive(self, trace: Trace) -> Decimal:
        return _indeks(self.aturan, self.masukan, self.nilai, trace)

    def _title(self) -> str:
        kind = "Indeks SPBE" if self.aturan.masukan == "domain" else "Indeks Pemerintah Digital"
        return f"{kind} ({self.aturan.name})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[str, ...]:
        return (f"predikat {self.predikat!r} ({self.predikat_bands.name}: "
                f"{self.predikat_bands.citation})",)

    def _row(self) -> dict[str, Any]:
        row = super()._row()
        row["predikat"] = self.predikat
        return row

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per input: name (as the regulation writes it), bobot, ``value``, ``rounded``."""
        policy = check_rounding(rounding)
        if self.masukan == "aspek":
            weights = {name: bobot for name, bobot, _ in self.aturan.aspek}
            names = {name: name for name in weights}
        else:
            weights = dict(self.aturan.weights)
            names = dict(self.aturan.nama)
        return [{"masukan": name, "nama": names[name], "bobot": weights[name], "value": value,
                 "rounded": policy.apply(value)} for name, value in self.nilai]


def _rule(aturan: object) -> InstrumenIndeks:
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = rules.find("indeks-pemerintah-digital", aturan)
    assert isinstance(rule, InstrumenIndeks)
    return rule


def _bands(rule: InstrumenIndeks) -> rules.LabelBands:
    bands = rules.find("predikat-pemerintah-digital", rule.predikat)
    assert isinstance(bands, rules.LabelBands)
    return bands


def _check_keys(given: Mapping[Any, object], expected: tuple[str, ...], field: str,
                rule: InstrumenIndeks) -> dict[str, object]:
    """The mapping keyed by the instrument's names; missing or unknown keys refused."""
    keyed: dict[str, object] = {}
    for key, value in given.items():
        if field == "indikator" and (type(key) is not int):
            raise InvalidTypeError(field=f"{field}[{key!r}]", expected="an indicator number "
                                   "(int)", received=key)
        keyed[str(key)] = value
    unknown = sorted(set(keyed) - set(expected))
    if unknown:
        raise InvalidValueError(field=f"{field}[{unknown[0]}]", expected=f"one of "
                                f"{', '.join(expected)} ({rule.name})", received=unknown[0])
    missing = [name for name in expected if name not in keyed]
    if missing:
        raise InvalidValueError(field=field, expected=f"every {field} of {rule.name}; "
                                f"missing {', '.join(missing)}", received=list(given))
    return keyed


def _check_level(value: object, field: str, rule: InstrumenIndeks) -> Decimal:
    low, high = rule.level
    number = to_decimal(value, field=field)
    if number != number.to_integral_value() or not low <= number <= high:
        raise InvalidValueError(field=field, expected=f"a level {low}–{high} (an integer)",
                                received=value)
    return Decimal(int(number))


def _check_mapping(value: object, field: str) -> Mapping[Any, object]:
    if not isinstance(value, Mapping) or not value:
        raise InvalidTypeError(field=field, expected="a non-empty mapping", received=value)
    return value


def indeks_spbe(
    *positional: Never, domain: Mapping[str, Number], aturan: str = "permenpanrb-59-2020",
) -> IndeksDigital:
    """Indeks SPBE from its four domain indices: ``Σ bobot_domain × indeks_domain / 100``.

    Parameters
    ----------
    domain:
        ``{"kebijakan_internal": …, "tata_kelola": …, "manajemen": …, "layanan": …}``,
        each an index within ``[1, 5]`` (as printed, or exact).
    aturan:
        The instrument (``"permenpanrb-59-2020"``: 13 / 25 / 16,5 / 45,5).

    Returns
    -------
    IndeksDigital
        ``value`` exact; ``predikat`` (Memuaskan ≥ 4,2; Sangat Baik ≥ 3,5; Baik ≥ 2,6;
        Cukup ≥ 1,8; Kurang below); ``rentang()`` / ``konsisten()`` for printed inputs.

    Raises
    ------
    InvalidValueError
        A missing or unknown domain, a value outside ``[1, 5]``.
    InvalidTypeError
        A float, a bool, a non-mapping.

    Notes
    -----
    The official index is computed from unrounded domain indices; from printed
    domain values it is reproduced only up to rounding (see ``rentang``).

    References
    ----------
    PermenPANRB 59/2020 (pemantauan dan evaluasi SPBE) [S].

    Examples
    --------
    Hand-worked: 0,13 × 3,12 + 0,25 × 2,80 + 0,165 × 2,05 + 0,455 × 3,41 = 0,4056 +
    0,7 + 0,33825 + 1,55155 = 2,9954, printed 3,00, "Baik":

    >>> s = indeks_spbe(domain={"kebijakan_internal": "3.12", "tata_kelola": "2.80",
    ...                         "manajemen": "2.05", "layanan": "3.41"})
    >>> s.value, s.printed(), s.predikat
    (Decimal('2.9954'), '3,00', 'Baik')
    """
    if positional or domain is REQUIRED:
        raise call_error(indeks_spbe, positional, locals())
    rule = _rule(aturan)
    if rule.masukan != "domain":
        raise InvalidValueError(field="aturan", expected="an SPBE instrument (domain inputs; "
                                "for Pemdi call sakip.indeks_pemdi)", received=aturan)
    given = _check_keys(_check_mapping(domain, "domain"), rule.names, "domain", rule)
    low, high = (Decimal(x) for x in rule.level)
    nilai = tuple((name, check_score(given[name], f"domain[{name}]", low, high))
                  for name in rule.names)
    return IndeksDigital(value=_indeks(rule, "domain", nilai, None), aturan=rule,
                         masukan="domain", nilai=nilai, predikat_bands=_bands(rule))


indeks_spbe = keyword_only()(indeks_spbe)


def indeks_pemdi(
    *positional: Never, indikator: Mapping[int, Number | Menunggu] | None = None,
    aspek: Mapping[str, Number] | None = None, aturan: str = "permenpanrb-8-2026",
) -> IndeksDigital:
    """Indeks Pemerintah Digital: ``Σ bobot_indikator × level / 100`` (or from aspect indices).

    Parameters
    ----------
    indikator:
        ``{1: level, …, 20: level}``, every indicator of the instrument, each an
        integer level 1–5, or :class:`Menunggu` when the level comes from a
        national system and is not yet known.
    aspek:
        Instead of ``indikator``: ``{aspect: index}`` for every aspect, each
        within ``[1, 5]`` (e.g. as a report prints them); the index is then
        ``Σ bobot_aspek × indeks_aspek / 100``.
    aturan:
        The instrument (``"permenpanrb-8-2026"``).

    Returns
    -------
    IndeksDigital
        ``value`` exact, ``aspek`` (aspect indices), ``predikat`` (Kurang from 1,00;
        Cukup from 1,50; Baik from 2,50; Sangat Baik from 3,50; Memuaskan from 4,00).

    Raises
    ------
    NotComputableError
        An indicator given as :class:`Menunggu` (every pending one is named).
    InvalidValueError
        A missing or unknown indicator number or aspect, a level outside 1–5 or
        not an integer, both or neither of ``indikator`` and ``aspek``.
    InvalidTypeError
        A float or bool level, a key that is not an int.

    Notes
    -----
    Indeks aspek = Σ bobot indikator × level ÷ bobot aspek; the index is
    computed from the levels, not from rounded aspect indices.  The 2025
    transitional instrument (KemenPANRB letter B/66/PD.02/2025: 9 aspects,
    35 indicators) is not offered: its 35 indicator weights were not all
    retrieved.

    References
    ----------
    PermenPANRB 8/2026 (Indeks Pemerintah Digital) [S].

    Examples
    --------
    Hand-worked: every indicator at level 3 except 19 and 20 (Kepuasan Pengguna)
    at 4: 3 + (10 + 15) × (4 − 3) / 100 = 3,25, "Baik"; its aspect
    Kepuasan Pengguna is 4:

    >>> p = indeks_pemdi(indikator={n: 3 for n in range(1, 19)} | {19: 4, 20: 4})
    >>> p.value, p.predikat, dict((a, i) for a, _, i in p.aspek)["kepuasan_pengguna"]
    (Decimal('3.25'), 'Baik', Decimal('4'))
    >>> indeks_pemdi(indikator={n: 3 for n in range(1, 20)} | {20: 6})
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: indikator[20]: expected a level 1–5 (an integer); received 6
    """
    if positional:
        raise call_error(indeks_pemdi, positional, locals())
    rule = _rule(aturan)
    if rule.masukan != "indikator":
        raise InvalidValueError(field="aturan", expected="a Pemdi instrument (indicator "
                                "inputs; for SPBE call sakip.indeks_spbe)", received=aturan)
    if (indikator is None) == (aspek is None):
        raise InvalidValueError(field="indikator", expected="exactly one of indikator= and "
                                "aspek=", received="both" if indikator is not None else "none")
    if aspek is not None:
        names = tuple(name for name, _, _ in rule.aspek)
        given = _check_keys(_check_mapping(aspek, "aspek"), names, "aspek", rule)
        low, high = (Decimal(x) for x in rule.level)
        nilai = tuple((name, check_score(given[name], f"aspek[{name}]", low, high))
                      for name in names)
        masukan = "aspek"
    else:
        given = _check_keys(_check_mapping(indikator, "indikator"), rule.names, "indikator",
                            rule)
        pending = {name: value for name, value in given.items()
                   if isinstance(value, Menunggu)}
        if pending:
            sources = "; ".join(f"{name} ({dict(rule.nama)[name]}) from "
                                f"{value.sumber or 'its national system'}"
                                for name, value in sorted(pending.items(),
                                                          key=lambda item: int(item[0])))
            raise NotComputableError(
                field=f"indikator[{min(pending, key=int)}]",
                reason=f"awaiting the level of indicator {sources}; give the level when it "
                "is published (no placeholder is used)")
        nilai = tuple((name, _check_level(given[name], f"indikator[{name}]", rule))
                      for name in rule.names)
        masukan = "indikator"
    return IndeksDigital(value=_indeks(rule, masukan, nilai, None), aturan=rule,
                         masukan=masukan, nilai=nilai, predikat_bands=_bands(rule))


indeks_pemdi = keyword_only()(indeks_pemdi)


def predikat_indeks_digital(nilai: Number, *positional: Never,
                            aturan: str = "permenpanrb-8-2026") -> str:
    """The predikat of an Indeks SPBE or Pemdi value under an instrument's table.

    The tables differ: for a year-on-year comparison across the change of
    instrument, read both years' values under their own tables and say so.

    >>> predikat_indeks_digital("2.55", aturan="permenpanrb-59-2020")
    'Cukup'
    >>> predikat_indeks_digital("2.55", aturan="permenpanrb-8-2026")
    'Baik'
    """
    if positional:
        raise call_error(predikat_indeks_digital, positional, locals())
    rule = _rule(aturan)
    low, high = (Decimal(x) for x in rule.level)
    return _bands(rule).label(check_score(nilai, "nilai", low, high))


predikat_indeks_digital = keyword_only()(predikat_indeks_digital)

