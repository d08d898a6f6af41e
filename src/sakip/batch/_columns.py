"""Reading columns and rows, shared by the batch functions: columns converted at C speed
(``_column``, ``_numbers``), the one row loop ``_each_row`` (every bad row, then one
``BatchError`` or a ``NotComputable`` per bad row), the blank-cell policy, the
weighted rows of ``composite.weighted``.
"""

from __future__ import annotations

import copy
import decimal
import operator
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal

from sakip._decimal import CONTEXT, EXACT, MAX_EXPONENT, ZERO, to_decimal
from sakip.errors import (
    BatchError,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    SakipError,
)
from sakip.explain import NotComputable

#: ``Decimal("0.01")``, for quantizing columns when printing them.
CENT = Decimal("0.01")


Value = Decimal | int | str


def _column(values: Iterable[object], field: str, *, nonnegative: bool = True) -> list[Decimal]:
    """Convert a column to Decimals with the same rules as :func:`sakip._decimal.to_decimal`.

    A column of ``str``, ``int`` or ``Decimal`` only is converted at C speed and
    checked as a whole (finite, within the exponents, at most
    :data:`~sakip._decimal.MAX_SIGNIFICANT` significant digits); anything else
    (or any bad value) goes through ``to_decimal`` value by value, which raises
    sakip's error naming the row.
    """
    items = values if isinstance(values, list) else _items(values, field)
    kinds = set(map(type, items))
    out: list[Decimal] | None = None
    if kinds <= _FAST_KINDS:
        try:
            out = list(map(Decimal, items))
        except (decimal.InvalidOperation, TypeError, ValueError):
            out = None
        if out is not None and (_has_underscore(items, kinds)
                                or not all(map(Decimal.is_finite, out))
                                or (out and not -MAX_EXPONENT <= min(map(Decimal.adjusted, out))
                                    <= max(map(Decimal.adjusted, out)) <= MAX_EXPONENT)
                                # more than MAX_SIGNIFICANT digits: CONTEXT.plus rounds it
                                or out != list(map(CONTEXT.plus, out))):
            out = None
    if out is None:
        out = [to_decimal(v, field=f"{field}[{i}]") for i, v in enumerate(items)]
    if nonnegative and out and min(out) < 0:
        index = next(i for i, v in enumerate(out) if v < 0)
        raise InvalidValueError(field=f"{field}[{index}]", expected="a number >= 0",
                                received=items[index])
    return out


_FAST_KINDS = frozenset({str, int, Decimal})


def _items(values: Iterable[object], field: str) -> list[Any]:
    """A column as a list; text is one value, never a column of its characters."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidTypeError(field=field, expected="a column (a list or other iterable of "
                               "values)", received=values)
    return list(values)


_NOT_PLAIN = ("_", "n", "N", "i", "I", "e", "E", "-")


class _Refused(Exception):
    """Internal signal: a row the fast loop cannot take (reported by the slow path)."""


def _plain_text(items: list[Any], *, allow_none: bool = True) -> bool:
    """Whether every value (``None`` aside, when allowed) is text of a plain non-negative
    number in ASCII digits (``Decimal()`` also reads other scripts' digits; sakip does not)."""
    if None in items:
        if not allow_none:
            return False
        texts = [v for v in items if v is not None]
    else:
        texts = items
    if set(map(type, texts)) - {str}:
        return False
    joined = "".join(texts)
    return joined.isascii() and not any(mark in joined for mark in _NOT_PLAIN)


def _plain_or_validated(values: Iterable[object], field: str) -> list[Any]:
    """The column itself when it is plain non-negative number text, else validated Decimals."""
    items = values if isinstance(values, list) else _items(values, field)
    return items if _plain_text(items, allow_none=False) else _column(items, field)


def _has_underscore(items: list[Any], kinds: set[type]) -> bool:
    """Whether any text value has an underscore or a non-ASCII character (Decimal accepts
    '1_000' and other scripts' digits; sakip does not)."""
    if str not in kinds:
        return False
    texts = items if len(kinds) == 1 else [v for v in items if type(v) is str]
    joined = "".join(texts)
    return "_" in joined or not joined.isascii()


def _check_not_above(ra: list[Decimal], p: list[Decimal]) -> None:
    if any(map(operator.gt, ra, p)):
        i = next(i for i, (r, q) in enumerate(zip(ra, p, strict=True)) if r > q)
        raise InvalidValueError(field=f"realisasi[{i}]", expected=f"realisasi <= pagu ({p[i]})",
                                received=ra[i])


def _same_length(**columns: list[Decimal]) -> int:
    lengths = {name: len(col) for name, col in columns.items()}
    if len(set(lengths.values())) > 1:
        raise InvalidValueError(field="columns", expected="columns of equal length",
                                received=lengths)
    return next(iter(lengths.values()), 0)


def _optional_column(values: Iterable[object] | None, field: str, n: int) -> list[Decimal | None]:
    """A column of non-negative numbers or ``None`` (``None`` as a whole: all ``None``)."""
    if values is None:
        return [None] * n
    items = list(values)
    if len(items) != n:
        raise InvalidValueError(field=field, expected=f"{n} rows", received=len(items))
    present = [v for v in items if v is not None]
    converted = iter(_column(present, field))
    return [None if v is None else next(converted) for v in items]


#: ``errors=`` of the batch functions: ``"raise"`` (one :class:`~sakip.errors.BatchError`
#: listing every bad row) or ``"collect"`` (a :class:`~sakip.explain.NotComputable` in each
#: bad row's place, the good rows computed).
Errors = Literal["raise", "collect"]


#: What a blank cell (empty or spaces-only text) is told to be, in a column that has no
#: "not assessed" (``None``) meaning.  A blank cell is never read as 0.
BLANK = ("a number (a blank cell is not a number and never 0: write 0 when the value is zero, "
         "or leave the row out)")


def _check_errors(errors: object) -> None:
    if errors not in ("raise", "collect"):
        raise InvalidValueError(field="errors", expected="'raise' (one error listing every bad "
                                "row) or 'collect' (NotComputable in each bad row)",
                                received=errors)


def _blank(value: object) -> bool:
    """Whether a cell is blank text (``""`` or spaces), the one blank-cell test of the module."""
    return type(value) is str and not value.strip()


def _at_row(error: SakipError, i: int, names: Iterable[str]) -> SakipError:
    """``error`` with its field given row ``i`` (``pagu`` → ``pagu[17]``; else ``row 17: …``)."""
    field = error.field or ""
    head = field if field in names else field.split(".", 1)[0].split("[", 1)[0]
    return _renamed(error, f"{head}[{i}]{field[len(head):]}" if head in names
                    else f"row {i}: {field}".rstrip(": "))


def _renamed(error: SakipError, place: str) -> SakipError:
    """A copy of ``error`` whose field (and the message's head) is ``place``."""
    field = error.field or ""
    moved = copy.copy(error)
    text = error.message
    moved.message = (f"{place}:{text[len(field) + 1:]}" if field and text.startswith(f"{field}:")
                     else f"{place}: {text}")
    moved.args = (moved.message,)
    moved.field = place
    return moved


def _table(columns: Mapping[str, object]) -> tuple[dict[str, list[Any]], int]:
    """Columns as lists of equal length; a text value is one value for every row."""
    lists = {name: _items(values, name)  # type: ignore[arg-type]
             for name, values in columns.items()
             if not isinstance(values, str)}
    n = _same_length(**lists)
    table = {name: [values] * n if isinstance(values, str) else lists[name]
             for name, values in columns.items()}
    return table, n


def _numbers(columns: Mapping[str, list[Any]], maximum: Decimal | None = None
             ) -> list[list[Decimal]] | None:
    """The columns as Decimals ``0 <= x <= maximum`` of equal length, converted at C speed,
    or ``None`` when any cell needs the per-figure function (a blank, text that is not a
    number, a value out of range, unequal columns): the caller then reads row by row."""
    try:
        out = [_column(values, name) for name, values in columns.items()]
        _same_length(**dict(zip(columns, out, strict=True)))
    except SakipError:
        return None
    if maximum is not None and any(column and max(column) > maximum for column in out):
        return None
    return out


def _each_row(function: Callable[..., Any], columns: Mapping[str, object], errors: object,
              *, fixed: Mapping[str, object] | None = None,
              build: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
              value: Callable[[Any], Any] = operator.attrgetter("value"),
              blank_means_none: frozenset[str] = frozenset()) -> list[Any]:
    """``value(function(**cells of row i, **fixed))`` for every row, by the per-figure function.

    Every row is read; bad rows become errors with their places, raised together as one
    :class:`BatchError` (``errors="raise"``) or returned as ``NotComputable``
    (``errors="collect"``).  A blank cell is ``None`` in the columns of
    ``blank_means_none`` (not assessed), else an error saying what to write; a
    ``NotComputable`` cell (a column an earlier collecting call returned) makes its row
    not computable, naming the cell and the earlier reason.  A refusal of a ``fixed``
    ``aturan`` (an unknown rule set) is the call's error, raised under either ``errors``:
    every row would repeat it.
    """
    _check_errors(errors)
    table, n = _table(columns)
    names = list(table)
    extra = dict(fixed or {})
    bad: list[SakipError] = []
    out: list[Any] = []
    for i in range(n):
        cells = {name: table[name][i] for name in names}
        try:
            for name, cell in cells.items():
                if _cell_is_none(name, cell, blank_means_none):
                    cells[name] = None
            out.append(value(function(**(build(cells) if build else cells), **extra)))
        except SakipError as error:
            if error.field == "aturan" and "aturan" in extra and "aturan" not in names:
                raise  # the rule set, given once for every row: the call's own error
            moved = _at_row(error, i, names)
            bad.append(moved)
            out.append(_not_computable(moved))
    if bad and errors == "raise":
        raise BatchError(bad)
    return out


def _cell_is_none(name: str, cell: object, blank_means_none: frozenset[str] = frozenset()
                  ) -> bool:
    """Whether ``cell`` of column ``name`` is *not assessed* (a blank in a column of
    ``blank_means_none``); a blank elsewhere is refused saying what to write (:data:`BLANK`),
    and a ``NotComputable`` (from an earlier collecting call) names its cell and reason."""
    if _blank(cell):
        if name not in blank_means_none:
            raise InvalidValueError(field=name, expected=BLANK, received=cell)
        return True
    if isinstance(cell, NotComputable):
        raise NotComputableError(field=name, reason=f"{cell.field}: {cell.reason}")
    return False


def _not_computable(error: SakipError) -> NotComputable:
    """The ``NotComputable`` standing in a bad row's place: its field and the reason."""
    return NotComputable(field=error.field or "",
                         reason=error.message[len(error.field or "") + 2:])


def _each_group(ids: list[Any], function: Callable[[list[int]], Any],
                refusals: Callable[[int], list[SakipError]], errors: object) -> dict[Any, Any]:
    """``function(rows of the group)`` for every group (satker) in first-seen order.

    A group ``function`` refuses is looked at row by row: ``refusals(i)`` are the errors
    of row ``i`` alone, each with its place (``pagu[17]``); a group whose rows are all
    good but whose whole is refused (a zero total) is that error at its first row.  Every
    bad row is then raised in row order as one :class:`BatchError` (``errors="raise"``),
    or the group is a ``NotComputable`` naming its first bad row (``"collect"``).
    """
    _check_errors(errors)
    groups: dict[Any, list[int]] = {}
    for i, key in enumerate(ids):
        groups.setdefault(key, []).append(i)
    out: dict[Any, Any] = {}
    bad: list[tuple[int, SakipError]] = []
    for key, rows in groups.items():
        try:
            out[key] = function(rows)
        except SakipError as error:
            found = [(i, refusal) for i in rows for refusal in refusals(i)]
            found = found or [(rows[0], _at_row(error, rows[0], ()))]
            bad.extend(found)
            out[key] = _not_computable(found[0][1])
    if bad and errors == "raise":
        raise BatchError([error for _, error in sorted(bad, key=operator.itemgetter(0))])
    return out


def _weighted_rows(numbers: list[list[Decimal]], weights: list[Decimal]) -> list[Decimal]:
    """``Σ wᵢ·xᵢ / Σ wᵢ`` of every row, by ``sakip.composite.weighted``'s operations in
    the same order (the sums in ``EXACT`` from zero, the quotient in ``CONTEXT``), without
    building the triples of a result."""
    total_weight = ZERO
    with decimal.localcontext(EXACT):
        for weight in weights:
            total_weight = total_weight + weight
        totals = []
        for row in zip(*numbers, strict=True):
            total = ZERO
            for x, weight in zip(row, weights, strict=True):
                total = total + x * weight
            totals.append(total)
    divide = CONTEXT.divide
    return [divide(total, total_weight) for total in totals]


def _kernel_rows(kernel: Callable[..., Decimal], numbers: list[list[Decimal]]
                 ) -> list[Decimal] | None:
    """``kernel(*row)`` for every row of validated number columns (a per-figure function's
    private arithmetic, called without a trace); ``None`` when it refuses a row, so that
    the per-figure function then reports every bad row."""
    try:
        return list(map(kernel, *numbers))
    except (SakipError, ArithmeticError):
        return None
