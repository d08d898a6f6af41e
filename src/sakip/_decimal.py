"""The one private arithmetic context, and conversion of inputs to Decimal.

Every computation in sakip runs in :data:`CONTEXT` through its methods
(``CONTEXT.divide(a, b)``), never in the caller's ``decimal.getcontext()``,
so a caller's precision, rounding or traps can never change a result.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeAlias

from sakip.errors import InvalidTypeError, InvalidValueError

__all__ = ["CONTEXT", "HUNDRED", "ONE", "TWO", "ZERO", "Number", "exact_sum", "to_decimal"]

#: Inputs sakip accepts as numbers.
Number: TypeAlias = Decimal | int | str

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


_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

_FLOAT_HINT = "Decimal, int or str (convert a float with Decimal(str(x)))"


def to_decimal(value: object, *, field: str, nonnegative: bool = False) -> Decimal:
    """Convert an input to an exact, finite Decimal, or raise sakip's own error.

    Accepted: ``Decimal`` (finite), ``int`` (not ``bool``), and ``str`` in
    Python notation (``"119.87"``, ``"-3"``, ``"1e3"``).  Indonesian text
    (``"95,15"``) must go through :func:`sakip.parse_id` first: guessing the
    separator is how ``"4.25"`` becomes 425 in other tools.

    >>> to_decimal("119.87", field="capaian")
    Decimal('119.87')
    >>> to_decimal(0.1, field="pagu")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: pagu: expected ...; received 0.1
    """
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidValueError(field=field, expected="a finite number", received=value)
        result = value
    elif isinstance(value, bool):
        raise InvalidTypeError(field=field, expected=_FLOAT_HINT, received=value)
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _PLAIN.fullmatch(text):
            hint = (
                "a number in Python notation such as '95.15' "
                "(read Indonesian text such as '95,15' with sakip.parse_id)"
            )
            raise InvalidValueError(field=field, expected=hint, received=value)
        result = Decimal(text)
    else:
        raise InvalidTypeError(field=field, expected=_FLOAT_HINT, received=value)
    if nonnegative and result < 0:
        raise InvalidValueError(field=field, expected="a number >= 0", received=value)
    return result
