"""The errors sakip raises.

Every error is a ``SakipError``; each concrete error also subclasses the
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

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = [
    "BatchError",
    "InvalidTypeError",
    "InvalidValueError",
    "LaporanError",
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

    Notes
    -----
    No formula: the message is ``"{field}: expected {expected}; received
    {received!r}"`` when not given (a long repr is cut).  Each concrete error
    also subclasses the builtin it resembles (``ValueError``, ``TypeError``,
    ``LookupError``), so callers that do not know sakip still catch it.

    Examples
    --------
    A realisasi above its pagu is refused, naming the field, what was expected
    and what was received:

    >>> import sakip
    >>> try:
    ...     sakip.penyerapan(pagu=100, realisasi=150)
    ... except sakip.SakipError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError))
    ...     print(error.field, "|", error.expected, "|", error.received)
    InvalidValueError True
    realisasi | realisasi <= pagu (100) | 150
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


class _Required:
    """The marker of a required keyword argument that was not given (see :func:`keyword_only`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<required>"


#: Stands in for a required keyword argument not given, so that the function can say so.
REQUIRED: Any = _Required()

_F = TypeVar("_F", bound=Callable[..., Any])


def keyword_only(hint: str = "") -> Callable[[_F], _F]:
    """Make a keyword-argument function explain how to call it when misused.

    A public function that takes its inputs by keyword writes
    ``*positional: Never`` where Python would write a bare ``*``, carries this
    decorator (in the formula modules: is passed through it by an assignment
    after the function, ``capaian = keyword_only()(capaian)``, so that mutmut
    mutates it), and starts with ``if positional or <each required keyword> is
    REQUIRED: raise call_error(function, positional, locals())``.  The
    decorator gives every required keyword the default :data:`REQUIRED` (the
    source and the signature keep no default, so type checkers and readers
    still see it required) and records
    ``hint``; the function object itself is returned, so a call costs nothing more
    than the test.  A wrapper (``__wrapped__``: mutmut's trampoline, which calls
    copies of the function) is wrapped once more, passing :data:`REQUIRED` for
    each required keyword a call leaves out, so the messages stay the same.
    Then ``penyerapan(outputs)`` says how to call the function (and names
    ``Penyerapan.from_outputs``) instead of Python's ``takes 0 positional
    arguments``.

    >>> @keyword_only(hint="for a list, see demo_many")
    ... def demo(*positional: object, pagu: int, label: str = "") -> int:
    ...     if positional or pagu is REQUIRED:
    ...         raise call_error(demo, positional, locals())
    ...     return pagu
    >>> demo(pagu=5)
    5
    >>> demo([1, 2])
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: demo(): expected keyword arguments, as in demo(pagu=...) ...
    >>> demo()
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: demo(): expected pagu=..., as in demo(pagu=...) ...(missing)'
    """

    def decorate(function: _F) -> _F:
        import inspect  # already loaded by attrs

        method: Any = function.__func__ if isinstance(function, classmethod) else function
        target = inspect.unwrap(method)
        code = target.__code__
        start = code.co_argcount
        names = code.co_varnames[start:start + code.co_kwonlyargcount]
        defaults = dict(target.__kwdefaults__ or {})
        if target is not method:
            # A wrapper (mutmut's trampoline, which calls copies of the function):
            # the copies keep no default for a required keyword, so the wrapper
            # fills REQUIRED in for each one the call leaves out.
            method = _filling(method, [n for n in names if n not in defaults])
        # help() and the docs show the signature as written (no default for required ones).
        method.__signature__ = inspect.signature(target)
        if target is method:
            method.__kwdefaults__ = {name: defaults.get(name, REQUIRED) for name in names}
        method.__sakip_hint__ = hint
        if isinstance(function, classmethod):
            return classmethod(method)
        return method  # type: ignore[no-any-return]

    return decorate


def _filling(function: Callable[..., Any], required: list[str]) -> Callable[..., Any]:
    """``function``, called with :data:`REQUIRED` for each of ``required`` left out."""
    import functools

    @functools.wraps(function)
    def filled(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **{**dict.fromkeys(required, REQUIRED), **kwargs})

    return filled


def call_error(
    function: Callable[..., Any], positional: tuple[Any, ...], given: dict[str, Any]
) -> InvalidTypeError:
    """The error of a misused keyword-argument function (see :func:`keyword_only`)."""
    import inspect  # already loaded by attrs

    function = getattr(function, "__func__", function)  # a classmethod's function
    hint = getattr(function, "__sakip_hint__", "")
    function = inspect.unwrap(function)  # a wrapper's (mutmut's trampoline) function
    code = function.__code__
    start = code.co_argcount
    names = code.co_varnames[start:start + code.co_kwonlyargcount]
    defaults = function.__kwdefaults__ or {}
    required = [name for name in names if defaults.get(name, REQUIRED) is REQUIRED]
    options = [name for name in names if defaults.get(name, REQUIRED) is not REQUIRED]
    before = [name for name in code.co_varnames[:start] if name not in ("self", "cls")]
    name = function.__qualname__
    usage = f"{name}({', '.join([*before, *(f'{n}=...' for n in required)])})"
    if options:
        usage += f" (options: {', '.join(options)})"
    missing = [n for n in required if given.get(n) is REQUIRED]
    received: Any = positional
    if positional:
        expected = f"keyword arguments, as in {usage}"
    else:
        expected = f"{', '.join(f'{n}=...' for n in missing)}, as in {usage}"
        received = "(missing)"
    if hint:
        expected += f"; {hint}"
    return InvalidTypeError(field=f"{name}()", expected=expected, received=received)


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


#: The message of a :class:`LaporanError` lists this many problems (``errors`` has all).
_SHOWN_PROBLEMS = 100


class LaporanError(SakipError, ValueError):
    """A report file could not be read; ``errors`` lists every problem with its place.

    Raised by :func:`sakip.lkj.load` (and so by :func:`sakip.reviu`); also
    importable as ``sakip.LaporanError`` and ``sakip.lkj.LaporanError``.  With
    one problem the message is one line (``file: field: expected ...``); with
    many it lists the first 100.  A loader records the first 1 000 problems
    (``sakip._reading.MAX_PROBLEMS``) in full, in file order, and then one
    problem that states the exact count of the rest (``file: expected the first
    1000 problems listed in full; received '118 more problems'``): nothing is
    dropped silently, and a hostile file cannot make a million error objects.

    >>> from sakip.lkj import load
    >>> load({"schema": "sakip/lkj-1", "laporan": {"tahun": "2023"}})
    Traceback (most recent call last):
    ...
    sakip.errors.LaporanError: <mapping>: 2 problems
      laporan.instansi: missing (a required field: text)
      laporan.tahun: expected an integer; received '2023'
    """

    def __init__(self, source: str, errors: list[SakipError] | None = None) -> None:
        errors = errors or []
        if len(errors) == 1:  # one line: "file.toml: laporan.tahun: expected ...; received ..."
            message = f"{source}: {errors[0]}"
        else:
            lines = [f"{source}: {len(errors)} problem{'s' if len(errors) != 1 else ''}"]
            lines.extend(f"  {error}" for error in errors[:_SHOWN_PROBLEMS])
            if len(errors) > _SHOWN_PROBLEMS:  # all of them stay in .errors
                lines.append(f"  … and {len(errors) - _SHOWN_PROBLEMS} more")
            message = "\n".join(lines)
        super().__init__(message, field=source, received=len(errors))
        self.source = source
        self.errors = errors

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source, self.errors))


#: The message of a :class:`BatchError` lists this many rows (``errors`` has all).
SHOWN_ROWS = 1000


class BatchError(InvalidValueError):
    """A batch call met bad rows; ``errors`` lists every one, in row order, with its place.

    Raised by the :mod:`sakip.batch` functions (with ``errors="raise"``, the
    default) after reading every row, so that one run names every bad cell.
    Each item of ``errors`` is the per-figure function's error with its field
    given the row (``pagu[17]``).  The message lists the first
    :data:`SHOWN_ROWS` (1 000) and counts the rest; with ``errors="collect"``
    the batch function returns a :class:`~sakip.explain.NotComputable` in
    each bad row's place instead.

    >>> from sakip import batch
    >>> batch.penyerapan(pagu=["100", "-5", "Rp 9", "100"], realisasi=["50", "1", "1", "200"])
    Traceback (most recent call last):
    ...
    sakip.errors.BatchError: 3 bad rows
      pagu[1]: expected a number >= 0; received '-5'
      pagu[2]: expected a number in Python notation (ASCII digits) such as '95.15' ...
      realisasi[3]: expected realisasi <= pagu (100); received '200'
    """

    def __init__(self, errors: list[SakipError]) -> None:
        lines = [f"{len(errors)} bad row{'s' if len(errors) != 1 else ''}"]
        lines.extend(f"  {error}" for error in errors[:SHOWN_ROWS])
        if len(errors) > SHOWN_ROWS:  # all of them stay in .errors
            lines.append(f"  … and {len(errors) - SHOWN_ROWS} more")
        super().__init__("\n".join(lines), field="rows", received=len(errors))
        self.errors = errors

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))
