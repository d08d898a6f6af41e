"""Rounding policy and Indonesian number text.

Computation in sakip is always exact; rounding happens only when a figure is
reported, through a ``Rounding`` policy (places and mode).  Published
reports mix modes -- the seed LKj truncates most percentages (``101,10`` for
1189/1176 = 101,105...) and rounds others half-up -- so the mode is always
explicit and recorded.

Indonesian text uses dot thousands and comma decimals (``36.716.642.000``,
``95,15``).  ``parse_id`` reads only that convention and refuses anything
ambiguous; ``format_id`` and ``format_rupiah`` write it.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal
from typing import Literal, Never, TypeAlias

import attrs

from sakip._decimal import CONTEXT, Number, to_decimal
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    call_error,
    keyword_only,
)

__all__ = [
    "ROUNDING_MODES",
    "Rounding",
    "RoundingMode",
    "format_id",
    "format_rupiah",
    "parse_en",
    "parse_id",
    "round_value",
]

#: The rounding modes sakip offers, by name.
RoundingMode: TypeAlias = Literal["half_up", "down", "half_even", "up"]

#: Map from mode name to the :mod:`decimal` rounding constant.
ROUNDING_MODES: dict[str, str] = {
    "half_up": decimal.ROUND_HALF_UP,
    "down": decimal.ROUND_DOWN,
    "half_even": decimal.ROUND_HALF_EVEN,
    "up": decimal.ROUND_UP,
}

_MODE_WORDS = {
    "half_up": "half-up",
    "down": "truncation (toward zero)",
    "half_even": "half-even (banker's)",
    "up": "away from zero",
}


def _check_mode(mode: object) -> str:
    if not isinstance(mode, str) or mode not in ROUNDING_MODES:
        raise InvalidValueError(
            field="mode",
            expected="one of " + ", ".join(repr(m) for m in ROUNDING_MODES),
            received=mode,
        )
    return ROUNDING_MODES[mode]


#: The most decimals a :class:`Rounding` keeps.
_MAX_PLACES = 20


def _check_places(places: object) -> int:
    if isinstance(places, Rounding):  # figure.rounded(Rounding(2, "down")): say how instead
        raise InvalidTypeError(field="places", expected="an integer (for a Rounding r, pass "
                               "r.places and r.mode, or use r.apply(x))", received=places)
    if isinstance(places, bool) or not isinstance(places, int):
        raise InvalidTypeError(field="places", expected="an integer", received=places)
    if not 0 <= places <= _MAX_PLACES:
        raise InvalidValueError(field="places", expected=f"0 <= places <= {_MAX_PLACES}",
                                received=places)
    return places


#: ``_QUANTUM[p]`` is 1e-p, written out once (``Decimal(1).scaleb(-p)`` would run in the
#: caller's context, and a narrow exponent range there makes it underflow).
_QUANTUM = tuple(Decimal(f"1e-{p}") for p in range(_MAX_PLACES + 1))


def round_value(value: Number, places: int = 2, mode: RoundingMode = "half_up") -> Decimal:
    """Round an exact value to ``places`` decimals with a named ``mode``.

    Any finite number is accepted (a ``Decimal``, an ``int``, number text in
    Python notation), of any magnitude sakip computes with: a value of 10^48
    keeps all its integer digits (the result has as many digits as it needs,
    beyond the 50 of the working precision).  NaN, infinities and floats are
    refused with the library's own error.  The caller's decimal context is
    never used.

    >>> round_value(Decimal("101.1054"), 2, "down")
    Decimal('101.10')
    >>> round_value(Decimal("95.155"), 2)
    Decimal('95.16')
    >>> round_value(10**48 + 1, 2)
    Decimal('1000000000000000000000000000000000000000000000001.00')
    >>> import sakip
    >>> round_value(sakip.nka(eka="97.29", ikpa="91.95"), 2)
    Decimal('95.15')
    >>> round_value(Decimal("NaN"))
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: value: expected a finite number; received Decimal('NaN')
    """
    rounding = _check_mode(mode)
    places = _check_places(places)
    return _round(to_decimal(value, field="value"), places, rounding)


def _round(number: Decimal, places: int, rounding: str) -> Decimal:
    """:func:`round_value` of a checked Decimal, places and :mod:`decimal` rounding constant."""
    digits = number.adjusted() + places + 1
    context = CONTEXT
    if digits > CONTEXT.prec:
        # quantize() may not produce more digits than the context's precision: give a
        # huge value the digits it needs (to_decimal bounds them), in a copy of CONTEXT.
        context = CONTEXT.copy()
        context.prec = digits
    return number.quantize(_QUANTUM[places], rounding=rounding, context=context)


@attrs.frozen
class Rounding:
    """A rounding policy: how many decimal ``places`` and which ``mode``.

    Modes: ``half_up`` (default, as most Indonesian reports print),
    ``down`` (truncation toward zero: the seed LKj's percentages),
    ``half_even`` and ``up`` (away from zero).  ``Rounding(2, "down")`` is
    ``Rounding(places=2, mode="down")``: the two cannot be swapped unnoticed
    (places is an int, mode a name; each is validated).

    >>> Rounding(2, "down") == Rounding(places=2, mode="down")
    True
    >>> r = Rounding(places=2, mode="down")
    >>> r.apply(Decimal("167.337"))
    Decimal('167.33')
    >>> str(r)
    '2 decimals, truncation (toward zero)'
    """

    #: Decimal places kept (≥ 0).
    places: int = attrs.field(default=2)
    #: ``"half_up"``, ``"down"``, ``"half_even"`` or ``"up"``.
    mode: RoundingMode = attrs.field(default="half_up")

    @places.validator
    def _validate_places(self, _attribute: object, value: object) -> None:
        _check_places(value)

    @mode.validator
    def _validate_mode(self, _attribute: object, value: object) -> None:
        _check_mode(value)

    def apply(self, value: Number) -> Decimal:
        """Return ``value`` rounded under this policy (see :func:`round_value`).

        >>> Rounding(places=0).apply(1.5)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidTypeError: value: expected Decimal, int, str ...; received 1.5
        """
        return _round(to_decimal(value, field="value"), self.places, ROUNDING_MODES[self.mode])

    def __str__(self) -> str:
        unit = "decimal" if self.places == 1 else "decimals"
        words = _MODE_WORDS[self.mode]
        if self.mode == "half_up":
            half = "0," + "0" * self.places + "5" if self.places else "0,5"
            words = f"{words} ({half} up)"
        return f"{self.places} {unit}, {words}"


_ID_NUMBER = re.compile(
    r"""
    (?P<sign>[-+−])?\s*
    (?P<rp>Rp\.?\s*)?
    (?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)
    (?:,(?P<frac>[0-9]+|-))?
    \s*(?P<pct>%)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_id(text: str) -> Decimal:
    """Read a number written the Indonesian way: dot thousands, comma decimals.

    Accepted: an optional sign, an optional ``Rp``/``Rp.`` prefix, digits with
    dot thousands separators in groups of three (or no separators), an optional
    comma and decimals (or ``,-`` for "no cents"), an optional ``%`` (the
    number is returned as written, ``"101,10%"`` gives ``101.10``).  Digits
    are the ASCII digits 0–9 only.

    Refused with :class:`~sakip.ParseError`: empty text, misplaced or mixed
    separators (``"1.2.3,4,5"``, ``"12,5.3"``), dot decimals (``"4.25"``:
    in Indonesian text a dot separates thousands, so this is ambiguous),
    digits of other scripts (``"١٠0"``, full-width ``"９５"``), both ``Rp``
    and ``%`` on one number, and anything else.

    >>> parse_id("95,15")
    Decimal('95.15')
    >>> parse_id("Rp 36.716.642.000,-")
    Decimal('36716642000')
    >>> parse_id("Rp. 7.879.297.000")
    Decimal('7879297000')
    >>> parse_id("101,10%")
    Decimal('101.10')
    >>> parse_id("4.25")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected ...; received '4.25'
    """
    if not isinstance(text, str):
        raise InvalidTypeError(field="text", expected="str", received=text)
    text = str.__str__(text)  # a subclass's text as it holds it, not its own methods' view
    match = _ID_NUMBER.fullmatch(text.strip())
    if match is None or (match["rp"] and match["pct"]):
        raise ParseError(
            field="text",
            expected="an Indonesian number such as '95,15' or 'Rp 36.716.642.000,-'",
            received=text,
        )
    digits = match["int"].replace(".", "")
    frac = match["frac"]
    if frac and frac != "-":
        digits = f"{digits}.{frac}"
    value = Decimal(digits)
    if match["sign"] in ("-", "−"):
        value = value.copy_negate()
    return value


_EN_NUMBER = re.compile(
    r"""
    (?P<sign>[-+−])?\s*
    (?P<rp>Rp\.?\s*)?
    (?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)
    (?:\.(?P<frac>[0-9]+)|,-)?
    \s*(?P<pct>%)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_en(text: str) -> Decimal:
    """Read a number written the English way: comma thousands, dot decimals.

    The mirror of :func:`parse_id`, for reports that print ``23.03%`` and
    ``36,716,642,000``: an optional sign, an optional ``Rp`` prefix, digits
    with comma thousands separators in groups of three (or none), an optional
    dot and decimals (or ``,-``, the "no cents" mark Indonesian reports print
    after rupiah in either notation), an optional ``%``; ASCII digits only.  Refused with
    :class:`~sakip.ParseError`: misplaced or mixed separators, comma decimals
    (``"4,25"``), digits of other scripts, and both ``Rp`` and ``%``.

    >>> parse_en("23.03%")
    Decimal('23.03')
    >>> parse_en("Rp 36,716,642,000")
    Decimal('36716642000')
    >>> parse_en("1,254")
    Decimal('1254')
    >>> parse_en("Rp 36,716,642,000,-")
    Decimal('36716642000')
    >>> parse_en("4,25")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected ...; received '4,25'
    """
    if not isinstance(text, str):
        raise InvalidTypeError(field="text", expected="str", received=text)
    text = str.__str__(text)  # a subclass's text as it holds it, not its own methods' view
    match = _EN_NUMBER.fullmatch(text.strip())
    if match is None or (match["rp"] and match["pct"]):
        raise ParseError(
            field="text",
            expected="an English-written number such as '95.15' or 'Rp 36,716,642,000'",
            received=text,
        )
    digits = match["int"].replace(",", "")
    if match["frac"]:
        digits = f"{digits}.{match['frac']}"
    value = Decimal(digits)
    if match["sign"] in ("-", "−"):
        value = value.copy_negate()
    return value


def _unit_mark(text: str) -> str:
    """The unit mark of number text: ``"Rp"``, ``"%"`` or ``""`` (private helper).

    Indonesian or English notation; text that both :func:`parse_id` and
    :func:`parse_en` refuse has no mark.
    """
    if text.isascii() and "%" not in text and "rp" not in text.lower():  # cheaply (issue 24)
        return ""
    match = _ID_NUMBER.fullmatch(text.strip()) or _EN_NUMBER.fullmatch(text.strip())
    if match is None:
        return ""
    return "Rp" if match["rp"] else "%" if match["pct"] else ""


def _group(int_digits: str) -> str:
    head = len(int_digits) % 3 or 3
    groups = [int_digits[:head]]
    groups.extend(int_digits[i : i + 3] for i in range(head, len(int_digits), 3))
    return ".".join(groups)


def format_id(
    value: Number,
    places: int | None = None,
    mode: RoundingMode = "half_up",
    *positional: Never,
    thousands: bool = True,
) -> str:
    """Write a number the Indonesian way: ``95,15``, ``36.716.642.000``.

    With ``places`` the value is first rounded under ``mode``; without it the
    exact digits are written.  ``thousands=False`` leaves out the dots.

    >>> format_id(Decimal("95.154"), places=2)
    '95,15'
    >>> format_id(Decimal("101.1054"), places=2, mode="down")
    '101,10'
    >>> format_id(36716642000)
    '36.716.642.000'
    >>> format_id(Decimal("-0.5"), places=0)
    '-1'
    """
    if positional:
        raise call_error(format_id, positional, locals())
    number = to_decimal(value, field="value")
    if places is not None:
        number = round_value(number, places, mode)
    sign = number.is_signed()
    # The exact digits in fixed notation: without a precision "f" never rounds, and the
    # caller's context (its ``capitals``) does not reach fixed notation.
    int_part, _, frac_part = format(number.copy_abs(), "f").partition(".")
    int_part = int_part.lstrip("0") or "0"
    if thousands:
        int_part = _group(int_part)
    out = int_part + ("," + frac_part if frac_part else "")
    if sign and any(ch not in "0.," for ch in out):
        out = "-" + out
    return out


format_id = keyword_only()(format_id)


def format_rupiah(value: Number, *positional: Never, places: int = 0, suffix: str = "") -> str:
    """Write an amount of rupiah: ``Rp 36.716.642.000``.

    Amounts are rounded half-up to ``places`` (0 by default: whole rupiah).
    ``suffix=",-"`` adds the "no cents" mark some reports print.

    >>> format_rupiah(Decimal("36716642000"))
    'Rp 36.716.642.000'
    >>> format_rupiah(7879297000, suffix=",-")
    'Rp 7.879.297.000,-'
    """
    if positional:
        raise call_error(format_rupiah, positional, locals())
    if not isinstance(suffix, str):
        raise InvalidTypeError(field="suffix", expected="text such as ',-'", received=suffix)
    text = format_id(value, places=places)
    if text.startswith("-"):
        return f"-Rp {text[1:]}{suffix}"
    return f"Rp {text}{suffix}"


format_rupiah = keyword_only()(format_rupiah)
