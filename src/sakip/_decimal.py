"""The one private arithmetic context, and conversion of inputs to Decimal.

Every computation in sakip runs in ``CONTEXT`` through its methods
(``CONTEXT.divide(a, b)``), never in the caller's ``decimal.getcontext()``,
so a caller's precision, rounding or traps can never change a result.
"""

from __future__ import annotations

import decimal
import math
import operator
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeAlias

from sakip.errors import REPR_LIMIT, InvalidTypeError, InvalidValueError, SakipError, shown

__all__ = [
    "CONTEXT",
    "EXACT",
    "HUNDRED",
    "MAX_EXPONENT",
    "MAX_SIGNIFICANT",
    "ONE",
    "TWO",
    "ZERO",
    "HasValue",
    "Number",
    "exact_sum",
    "text",
    "to_count",
    "to_decimal",
    "written",
]

class HasValue:
    """Base of the library's results that stand for a number (every ``sakip.Figure``).

    :func:`to_decimal` takes such a result as its exact ``value``, so a result
    can be passed wherever a number is expected (``nka(eka=eka(...), ...)``).
    It lives here, below every result class, so that ``to_decimal`` knows
    results without importing them.
    """

    __slots__ = ()

    #: The exact value.
    value: Decimal


#: Inputs sakip accepts as numbers: a Decimal, an int, Python-notation text, or a result.
Number: TypeAlias = Decimal | int | str | HasValue

#: 50 significant digits: rupiah amounts of a whole national budget (15 digits)
#: times percentages with many decimals stay exact, and ratios keep far more
#: than the 28 digits the public API promises.
CONTEXT = decimal.Context(
    prec=50,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

#: Inputs must lie within 1e-MAX_EXPONENT and 1eMAX_EXPONENT (or be zero), so that no
#: computation on them can overflow the context (whose limits are ±999,999).
MAX_EXPONENT = 100_000

#: An input number has at most this many significant digits, the working precision
#: of :data:`CONTEXT` (trailing zeros not counted: ``3 * 10**50`` and ``1.000`` have
#: one).  A number with more would be rounded on its first use, and the rounding can
#: cross a threshold: ``capaian(target=3*10**50, realisasi=3*10**50 - 1)`` was exactly
#: 100.  Such an input is refused, never rounded; every result of the library (50
#: digits at most) is accepted back.  (A report file allows 30 digits per printed
#: number: ``sakip._reading.MAX_DIGITS``.)
MAX_SIGNIFICANT = 50

#: A context in which additions and multiplications are exact (the precision is
#: decimal's maximum, and only the digits a result needs are stored): sums of
#: products that decide a category (a weighted composite) are formed in it, so that
#: 50-digit scores just below a boundary never round onto it.  ``Inexact`` is
#: trapped: it is never used to divide.
EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=decimal.MIN_EMIN,
    Emax=decimal.MAX_EMAX,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
           decimal.Inexact, decimal.Rounded],
)

ZERO = Decimal(0)
ONE = Decimal(1)
TWO = Decimal(2)
HUNDRED = Decimal(100)

def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Sum in sakip's context (the builtin ``sum`` would use the caller's)."""
    total = ZERO
    for value in values:
        total = CONTEXT.add(total, value)
    return total


def text(value: object) -> str:
    """``str(value)``, but a Decimal is written under sakip's context, never the caller's.

    ``str(Decimal("1E-20"))`` follows the caller's ``capitals`` (``1e-20`` under
    ``capitals=0``); this always writes ``1E-20``.
    """
    if isinstance(value, Decimal):
        return CONTEXT.to_sci_string(value)
    if type(value) is int:  # str() refuses ints of more than 4300 digits; Decimal does not
        return CONTEXT.to_sci_string(Decimal(value))
    return str(value)


def written(value: object) -> str:
    """A received value as its user wrote it, for a message: no Python repr.

    Text is itself (empty text, or text with spaces at an end, keeps its quotes
    so that it stays visible); a Decimal or int is written by :func:`text`
    (sakip's context, never the caller's); a tuple, such as the ``(low, high)``
    of a range, is its items joined by commas, as a range is written on the
    command line (``80,90``); anything else is its bounded ``repr`` (:func:`shown`).
    Long text is cut as :func:`shown` cuts it.

    >>> written("101,10"), written(Decimal("1.5")), written((Decimal("90"), "80"))
    ('101,10', '1.5', '90,80')
    >>> written(""), written(None), written(["a"])
    ("''", 'None', "['a']")
    """
    if isinstance(value, str):
        if not value or value != value.strip():
            return shown(value)
        if len(value) > REPR_LIMIT:
            return f"{value[:REPR_LIMIT]}… ({len(value)} characters)"
        return value
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return text(value)
    if isinstance(value, tuple):
        return ",".join(written(item) for item in value)
    return shown(value)


_NAN = Decimal("NaN")

_FLOAT_HINT = "Decimal, int, str or a sakip result (convert a float with Decimal(str(x)))"
#: A float NaN: how pandas shows an empty cell, so the hint is about the cell, not the type.
_NAN_HINT = "a number (NaN is an empty cell of a table: give its value, or leave the row out)"


def to_decimal(value: object, *, field: str, nonnegative: bool = False) -> Decimal:
    """Convert an input to an exact, finite Decimal, or raise sakip's own error.

    Accepted: ``Decimal`` (finite), ``int`` (not ``bool``), ``str`` in
    Python notation with ASCII digits (``"119.87"``, ``"-3"``, ``"1e3"``; not
    ``"١٠0"`` or full-width ``"９５"``, which ``Decimal()`` reads), and any result of the
    library (a :class:`HasValue`, taken as its exact ``value``), of a magnitude that
    sakip's context can compute with (exponents within ±:data:`MAX_EXPONENT`;
    zero is always accepted) and of at most :data:`MAX_SIGNIFICANT` significant
    digits (a result of the library is taken whole): a number with more is
    refused, never rounded, since rounding it could move a figure across a
    category boundary.  Indonesian text
    (``"95,15"``) must go through :func:`sakip.parse_id` first: guessing the
    separator is how ``"4.25"`` becomes 425 in other tools.

    >>> to_decimal("119.87", field="capaian")
    Decimal('119.87')
    >>> import sakip
    >>> to_decimal(sakip.nka(eka="97.29", ikpa="91.95"), field="realisasi")
    Decimal('95.154')
    >>> to_decimal(0.1, field="pagu")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: pagu: expected ...; received 0.1
    >>> to_decimal(3 * 10**50 - 1, field="realisasi")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: realisasi: expected a number of at most 50 ... digits ...
    """
    kind = type(value)
    if kind is Decimal and value.is_finite() and (  # type: ignore[attr-defined]
            len(shown := str(value)) <= MAX_SIGNIFICANT
            or len(body := shown.lstrip("-0.")) - ("." in body) <= MAX_SIGNIFICANT) and (
            not value or -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT) and (  # type: ignore[attr-defined]
            not nonnegative or value >= 0):  # type: ignore[operator]
        # The common case, cheaply (a reviu converts millions, issue 24): a Decimal has
        # at most as many digits as its text has digit characters after its leading
        # zeros (whatever the caller's ``capitals``: the same length).
        return value  # type: ignore[return-value]
    if kind is str:
        # Decimal() reads Python notation; it also accepts what sakip refuses (underscores,
        # NaN, Infinity), so those are checked after.  A caller's context without the
        # InvalidOperation trap makes bad text NaN, which the finiteness check refuses.
        try:
            result = Decimal(value)  # type: ignore[arg-type]
        except decimal.InvalidOperation:
            result = _NAN
        written: str = value  # type: ignore[assignment]
        if "_" in written or not written.isascii() or not result.is_finite():
            hint = (
                "a number in Python notation (ASCII digits) such as '95.15' "
                "(read Indonesian text such as '95,15' with sakip.parse_id)"
            )
            raise InvalidValueError(field=field, expected=hint, received=value)
    elif kind is Decimal or isinstance(value, Decimal):
        # A subclass's value, as a plain Decimal: its own methods (an is_finite that says
        # True of a NaN) are never asked.
        result = value if kind is Decimal else Decimal(value)  # type: ignore[assignment,arg-type]
        if not result.is_finite():
            raise InvalidValueError(field=field, expected="a finite number", received=value)
    elif kind is int or (isinstance(value, int) and not isinstance(value, bool)):
        result = Decimal(value)  # type: ignore[arg-type]
    elif isinstance(value, HasValue):  # computed in CONTEXT: its digits are sakip's own
        result = value.value
        if nonnegative and result < 0:
            raise InvalidValueError(field=field, expected="a number >= 0", received=result)
        return result
    elif isinstance(value, str):
        # A subclass's text as it holds it (``str()`` would call its own ``__str__``: a
        # ``(str, Enum)`` member writes its name, another subclass anything).
        return to_decimal(str.__str__(value), field=field, nonnegative=nonnegative)
    elif not isinstance(value, (bool, float, complex)) and hasattr(kind, "__index__"):
        # an exact integer of another library (numpy.int64): its own integer value
        try:
            result = Decimal(operator.index(value))  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):  # numpy.array([5]) has __index__ too
            raise InvalidTypeError(field=field, expected=_FLOAT_HINT, received=value) from None
    elif isinstance(value, float) and math.isnan(value):  # how pandas shows an empty cell
        raise InvalidTypeError(field=field, expected=_NAN_HINT, received=value)
    else:
        raise InvalidTypeError(field=field, expected=_FLOAT_HINT, received=value)
    if result and not -MAX_EXPONENT <= result.adjusted() <= MAX_EXPONENT:
        raise InvalidValueError(
            field=field, expected=f"a number between 1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT}",
            received=value,
        )
    digits = result.as_tuple().digits
    if len(digits) > MAX_SIGNIFICANT and len(bytes(digits).rstrip(b"\0")) > MAX_SIGNIFICANT:
        raise InvalidValueError(
                field=field, expected=f"a number of at most {MAX_SIGNIFICANT} significant "
                "digits (more would be rounded; pass a sakip result itself, not its value)",
                received=value)
    if nonnegative and result < 0:
        raise InvalidValueError(field=field, expected="a number >= 0", received=value)
    return result


def to_count(value: object, *, field: str) -> int:
    """A count (an ``int`` >= 0, not ``bool``) of at most :data:`MAX_SIGNIFICANT` digits.

    Counts go into ratios as numbers do, so the same digit bound holds
    (``10**60 + 1`` is refused, not rounded to ``10**60``).

    >>> to_count(12, field="jumlah")
    12
    >>> to_count(10**60 + 1, field="jumlah")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: jumlah: expected a number of at most 50 significant digits ...
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(field=field, expected="a count (int >= 0)", received=value)
    to_decimal(value, field=field)
    return value


def message(error: BaseException) -> str:
    """An error's message with the value received as the user wrote it, not its repr.

    A message that ends with the error's ``received`` field as the library
    quotes it (``received Decimal('150')``, ``received '101,10'``) ends with
    the value as written instead (``received 150``, ``received 101,10``: see
    :func:`written`); other messages, and the error's fields, are left as
    they are.  The command's messages and the reviu's reasons use it.

    >>> from sakip.errors import InvalidValueError
    >>> message(InvalidValueError(field="target", expected="a range", received=Decimal(100)))
    'target: expected a range; received 100'
    """
    text = str(error)
    if isinstance(error, SakipError) and error.received is not None:
        quoted = "received " + shown(error.received)
        if text.endswith(quoted):
            return text[:-len(quoted)] + "received " + written(error.received)
    return text
