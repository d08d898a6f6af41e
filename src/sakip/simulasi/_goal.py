"""The goal of a simulasi question: a region of the printed figure, and of the exact value.

Holds :class:`Goal`, the exact value region under a report's ``Rounding``
(``_value_region``) and how exact values are written in messages
(``_text``, ``_brief``).  Used by every other module of :mod:`sakip.simulasi`.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Never

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, ONE, TWO, Number, to_decimal
from sakip.errors import UnknownNameError, call_error, keyword_only
from sakip.explain import Tabular, _rounding_pesan
from sakip.numbers import Rounding, round_value


def _text(value: Decimal) -> str:
    """A Decimal written plainly (``1189``, ``101.095``), never in exponent notation."""
    return format(value, "f")


# ---------------------------------------------------------------------- goal


@attrs.frozen(kw_only=True)
class Goal(Tabular):
    """The region the printed figure must reach: bounds, each inclusive or exclusive.

    Built with :meth:`at_least`, :meth:`at_most`, :meth:`from_label_bands`
    (lower bounds inclusive, as the IKPA and efisiensi tables) or
    :meth:`from_predikat` (lower bound exclusive, upper inclusive, as the
    predikat table: 90 is A, 90,01 is AA).

    >>> g = Goal.at_least("101.10")
    >>> g.contains(Decimal("101.10")), g.contains(Decimal("101.09")), str(g)
    (True, False, '≥ 101.10')
    >>> import sakip
    >>> aa = Goal.from_predikat(sakip.Predikat.AA)
    >>> aa.contains(Decimal(90)), aa.contains(Decimal("90.01")), str(aa)
    (False, True, 'predikat AA or better (> 90)')
    """

    #: The lower bound (``None``: none).
    lower: Decimal | None = None
    #: Whether a figure equal to ``lower`` is inside (IKPA 95 is Sangat Baik: yes).
    lower_inclusive: bool = True
    #: The upper bound (``None``: none).
    upper: Decimal | None = None
    #: Whether a figure equal to ``upper`` is inside.
    upper_inclusive: bool = True
    #: The goal in words (``"Sangat Baik or better"``).
    label: str = ""

    @classmethod
    @keyword_only()
    def at_least(
        cls, value: Number, *positional: Never, inclusive: bool = True, label: str = ""
    ) -> Goal:
        """The figure reaches ``value``: ``≥ value`` (or ``> value``)."""
        if positional:
            raise call_error(cls.at_least, positional, locals())
        return cls(lower=to_decimal(value, field="goal"), lower_inclusive=inclusive, label=label)

    @classmethod
    @keyword_only()
    def at_most(
        cls, value: Number, *positional: Never, inclusive: bool = True, label: str = ""
    ) -> Goal:
        """The figure stays within ``value``: ``≤ value`` (or ``< value``)."""
        if positional:
            raise call_error(cls.at_most, positional, locals())
        return cls(upper=to_decimal(value, field="goal"), upper_inclusive=inclusive, label=label)

    @classmethod
    def from_label_bands(cls, bands: rules.LabelBands, kategori: object) -> Goal:
        """Category ``kategori`` *or better* of a table with inclusive lower bounds.

        Unknown names are refused with the table's labels.

        >>> import sakip
        >>> from sakip.ikpa import KATEGORI_IKPA
        >>> str(Goal.from_label_bands(KATEGORI_IKPA, "Sangat Baik"))
        'Sangat Baik or better (≥ 95)'
        """
        for lower, name in bands.bands:
            if name == kategori:
                return cls(lower=lower, lower_inclusive=True,
                           label=Pesan(_OR_BETTER, name=name))
        if bands.below is not None and bands.below == kategori:
            return cls(label=Pesan(_OR_BETTER, name=kategori))
        raise UnknownNameError(field="kategori",
                               expected=f"one of {', '.join(bands.labels())} ({bands.name})",
                               received=kategori)

    @classmethod
    @keyword_only()
    def from_predikat(
        cls, predikat: object, *positional: Never, aturan: str = "permenpanrb-88-2021"
    ) -> Goal:
        """Predikat ``predikat`` *or better*, with the band table's inclusivity."""
        if positional:
            raise call_error(cls.from_predikat, positional, locals())
        from sakip.predikat import Predikat, PredikatBands

        wanted = Predikat.from_name(predikat)
        table = rules.find("predikat", aturan)
        assert isinstance(table, PredikatBands)
        for band in table.bands:
            if band.predikat is wanted:
                return cls(lower=band.lower, lower_inclusive=band.lower_inclusive,
                           label=Pesan(_OR_BETTER, name=f"predikat {wanted}"))
        raise UnknownNameError(field="predikat", expected=f"a predikat of {aturan}",
                               received=predikat)  # pragma: no cover - every predikat has a band

    def lower_ok(self, value: Decimal) -> bool:
        """Whether ``value`` satisfies the lower bound (true when there is none)."""
        if self.lower is None:
            return True
        return value >= self.lower if self.lower_inclusive else value > self.lower

    def upper_ok(self, value: Decimal) -> bool:
        """Whether ``value`` satisfies the upper bound (true when there is none)."""
        if self.upper is None:
            return True
        return value <= self.upper if self.upper_inclusive else value < self.upper

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the region."""
        return self.lower_ok(value) and self.upper_ok(value)

    def bounds_text(self) -> str:
        """The bounds in symbols: ``≥ 95``, ``> 90``, ``≥ 89 and < 95``."""
        parts = []
        if self.lower is not None:
            parts.append(f"{'≥' if self.lower_inclusive else '>'} {_text(self.lower)}")
        if self.upper is not None:
            parts.append(f"{'≤' if self.upper_inclusive else '<'} {_text(self.upper)}")
        if not parts:
            return Pesan(_ANY)
        return parts[0] if len(parts) == 1 else Pesan(_AND, a=parts[0], b=parts[1])

    def __str__(self) -> str:
        if self.label:
            bounds = self.bounds_text()
            return self.label if bounds == "any value" else Pesan(_LABELLED, label=self.label,
                                                                   bounds=bounds)
        return self.bounds_text()


#: A goal in words (in both languages).
_OR_BETTER = Teks(id="{name} atau lebih baik", en="{name} or better")
_ANY = Teks(id="nilai berapa pun", en="any value")
_AND = Teks(id="{a} dan {b}", en="{a} and {b}")
_LABELLED = Teks(id="{label} ({bounds})", en="{label} ({bounds})")


#: The words every answer's derivation shares: its goal and the rounding it is printed under.
GOAL = Teks(id="sasaran", en="goal")
ROUNDING = Teks(id="pembulatan", en="rounding")
_NO_ROUNDING = Teks(id="tanpa pembulatan (eksak)", en="none (exact)")
#: A plan's step (the IKPA's and an index's): one input raised, and what was left before it.
RAISE = Teks(id="naikkan {name}", en="raise {name}")
REST_BEFORE = Teks(id="sisa sebelumnya", en="rest before")


def rounding_words(rounding: Rounding | None) -> str:
    """The rounding an answer is printed under, in words of either language (a message)."""
    return Pesan(_NO_ROUNDING) if rounding is None else _rounding_pesan(rounding)


def _rounds(value: Decimal, rounding: Rounding) -> Decimal:
    return round_value(value, rounding.places, rounding.mode)


def _value_region(goal: Goal, rounding: Rounding | None) -> Goal:
    """The region of the exact value whose printed figure lies in ``goal``.

    Rounding is monotone in every mode, so ``{v : printed(v) ≥ g}`` is a
    half-line whose end is ``g − u``, ``g − u/2`` or ``g`` (``u`` the printed
    unit), open or closed; each candidate is tested with the rounding itself.
    """
    if rounding is None:
        return goal
    unit = ONE.scaleb(-rounding.places, context=CONTEXT)
    half = CONTEXT.divide(unit, TWO)
    quarter = CONTEXT.divide(unit, Decimal(4))
    lower: Decimal | None = None
    lower_inclusive = True
    if goal.lower is not None:
        # the least printed figure that satisfies the bound
        if goal.lower_inclusive:
            g = goal.lower.quantize(unit, rounding=decimal.ROUND_CEILING, context=CONTEXT)
        else:
            g = CONTEXT.add(goal.lower.quantize(unit, rounding=decimal.ROUND_FLOOR,
                                                context=CONTEXT), unit)
        if _rounds(CONTEXT.subtract(g, CONTEXT.add(half, quarter)), rounding) >= g:
            lower = CONTEXT.subtract(g, unit)
        elif _rounds(CONTEXT.subtract(g, quarter), rounding) >= g:
            lower = CONTEXT.subtract(g, half)
        else:
            lower = g
        lower_inclusive = _rounds(lower, rounding) >= g
    upper: Decimal | None = None
    upper_inclusive = True
    if goal.upper is not None:
        if goal.upper_inclusive:
            h = goal.upper.quantize(unit, rounding=decimal.ROUND_FLOOR, context=CONTEXT)
        else:
            h = CONTEXT.subtract(goal.upper.quantize(unit, rounding=decimal.ROUND_CEILING,
                                                     context=CONTEXT), unit)
        if _rounds(CONTEXT.add(h, CONTEXT.add(half, quarter)), rounding) <= h:
            upper = CONTEXT.add(h, unit)
        elif _rounds(CONTEXT.add(h, quarter), rounding) <= h:
            upper = CONTEXT.add(h, half)
        else:
            upper = h
        upper_inclusive = _rounds(upper, rounding) <= h
    return Goal(lower=lower, lower_inclusive=lower_inclusive, upper=upper,
                upper_inclusive=upper_inclusive)


#: Exact values with more decimals than this are shown shortened (``93.333333…``) in messages.
_BRIEF_PLACES = 6


def _brief(value: Decimal) -> str:
    """An exact value for a message: in full, or to six decimals with ``…`` when longer."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent >= -_BRIEF_PLACES:
        return _text(value)
    short = value.quantize(ONE.scaleb(-_BRIEF_PLACES, context=CONTEXT),
                           rounding=decimal.ROUND_DOWN, context=CONTEXT)
    return f"{_text(short)}…"
