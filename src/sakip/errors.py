"""The errors sakip raises.

Every error is a :class:`SakipError`; each concrete error also subclasses the
builtin it resembles, so ``except ValueError`` keeps working in callers that
do not know sakip.  Errors carry structured fields -- ``field`` (the argument
or file field), ``expected`` and ``received`` -- and say all three in their
message, with the Indonesian term where there is one.

>>> import sakip
>>> try:
...     sakip.capaian(target=1176.0, realisasi=1189)
... except sakip.SakipError as error:
...     print(type(error).__name__, error.field, isinstance(error, TypeError))
InvalidTypeError target True
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "InvalidTypeError",
    "InvalidValueError",
    "NotComputableError",
    "ParseError",
    "SakipError",
    "UnknownNameError",
]


class SakipError(Exception):
    """Base class of every error raised by sakip.

    Parameters
    ----------
    message:
        The human-readable message.  When omitted it is built from the fields.
    field:
        The name of the argument, attribute or file field that was wrong.
    expected:
        What was expected, in words.
    received:
        What was received (kept as given, for programs that inspect it).
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        expected: str | None = None,
        received: Any = None,
    ) -> None:
        if message is None:
            message = _compose(field, expected, received)
        super().__init__(message)
        self.message = message
        self.field = field
        self.expected = expected
        self.received = received

    def __str__(self) -> str:
        return self.message


#: Longest repr of a received value that a message quotes in full.
REPR_LIMIT = 160


def shown(value: Any, limit: int = REPR_LIMIT) -> str:
    """``repr(value)`` for a message: at most ``limit`` characters, and never an error.

    A long repr (a result with all its inputs, a huge list) is cut and says how
    long it was; a value whose repr fails (an int of more than 4,300 digits) is
    described instead.

    >>> shown(10**5000)
    '<int of about 5001 digits>'
    >>> shown("x" * 500).endswith("… (502 characters)")
    True
    """
    try:
        text = repr(value)
    except Exception:  # any repr failure: describe the value instead
        if isinstance(value, int):
            return f"<int of about {len(format(abs(value), 'x')) * 4 * 30103 // 100000 + 1} digits>"
        return f"<{type(value).__name__} object (repr failed)>"
    if len(text) > limit:
        return f"{text[:limit]}… ({len(text)} characters)"
    return text


def _compose(field: str | None, expected: str | None, received: Any) -> str:
    parts = []
    if field:
        parts.append(f"{field}:")
    if expected:
        parts.append(f"expected {expected};")
    parts.append(f"received {shown(received)}")
    return " ".join(parts)


class InvalidTypeError(SakipError, TypeError):
    """A value of the wrong type, such as a ``float`` where a ``Decimal`` is needed.

    >>> from sakip.errors import InvalidTypeError
    >>> raise InvalidTypeError(field="pagu", expected="Decimal, int or str", received=1.5)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: pagu: expected Decimal, int or str; received 1.5
    """


class InvalidValueError(SakipError, ValueError):
    """A value of the right type but outside what the rule allows (negative pagu, score 101).

    >>> from sakip.errors import InvalidValueError
    >>> raise InvalidValueError(field="nilai", expected="0 <= nilai <= 100", received="101")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: nilai: expected 0 <= nilai <= 100; received '101'
    """


class ParseError(InvalidValueError):
    """Text that cannot be read as a number or a date, quoted in the message.

    >>> import sakip
    >>> sakip.parse_id("12,5.3")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected ...; received '12,5.3'
    """


class NotComputableError(SakipError, ValueError):
    """The formula is undefined for these inputs (zero target, blank realisasi).

    The ``reason`` attribute names the case in words.

    >>> import sakip
    >>> try:
    ...     sakip.capaian(target=0, realisasi=5)
    ... except sakip.NotComputableError as error:
    ...     print(error.reason)
    target is zero: R / T is undefined under polarisasi 'maximize'
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        expected: str | None = None,
        received: Any = None,
        reason: str | None = None,
    ) -> None:
        if message is None and reason is not None:
            message = f"{field}: not computable: {reason}" if field else reason
        super().__init__(message, field=field, expected=expected, received=received)
        self.reason = reason if reason is not None else self.message


class UnknownNameError(SakipError, LookupError):
    """A name that sakip does not know: a predikat, a rule set, an indicator.

    The message lists the names that are valid.

    >>> import sakip
    >>> sakip.Predikat.from_name("AAA")
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: predikat: expected one of AA, A, BB, B, CC, C, D; received 'AAA'
    """
