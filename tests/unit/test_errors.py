"""Unit tests for the error family."""

from __future__ import annotations

import inspect
import pickle
from typing import Any

import pytest

import sakip
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    ParseError,
    SakipError,
    UnknownNameError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidTypeError, TypeError),
        (InvalidValueError, ValueError),
        (ParseError, ValueError),
        (NotComputableError, ValueError),
        (UnknownNameError, LookupError),
    ],
)
def test_hierarchy_and_pickle(cls: type[SakipError], builtin: type[Exception]) -> None:
    """Each error is a SakipError and its builtin, and pickles with its fields."""
    error = cls(field="pagu", expected="a number >= 0", received="-5")
    assert isinstance(error, SakipError) and isinstance(error, builtin)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (copy.field, copy.expected, copy.received, str(copy)) == (
        "pagu", "a number >= 0", "-5", str(error)
    )
    assert str(error) == "pagu: expected a number >= 0; received '-5'"


def test_not_computable_reason() -> None:
    """NotComputableError carries the reason and pickles it."""
    error = NotComputableError(field="target", reason="target is zero")
    assert error.reason == "target is zero"
    assert str(error) == "target: not computable: target is zero"
    assert pickle.loads(pickle.dumps(error)).reason == "target is zero"


def test_exported() -> None:
    """The error classes are reachable from the package root."""
    assert sakip.SakipError is SakipError
    assert sakip.NotComputableError is NotComputableError


def _trampoline(copy: Any) -> Any:
    """A stand-in for mutmut's trampoline: ``functools.wraps`` over a function that
    calls a copy of it (the copy has no default for a required keyword)."""
    import functools

    def original(*positional: object, pagu: int, label: str = "") -> str:
        raise AssertionError("a trampoline calls the copy, never the original")

    original.__qualname__ = original.__name__ = "demo"  # as mutmut's, the public name
    @functools.wraps(original)
    def trampoline(*args: Any, **kwargs: Any) -> Any:
        return copy(*args, **kwargs)

    return trampoline


def test_keyword_only_guards_a_trampoline() -> None:
    """keyword_only over a wrapper (a mutation run) keeps both misuse messages and the
    required keyword's REQUIRED, and leaves an option's default to the function."""
    from sakip.errors import REQUIRED, call_error, keyword_only

    def copy(*positional: object, pagu: int, label: str = "x") -> str:
        if positional or pagu is REQUIRED:
            raise call_error(demo, positional, locals())
        return f"{pagu}{label}"

    demo = keyword_only(hint="see demo_many")(_trampoline(copy))
    assert demo(pagu=5) == "5x"
    assert demo(pagu=5, label="y") == "5y"
    with pytest.raises(InvalidTypeError,
                       match=r"^demo\(\): expected keyword arguments, as in demo\(pagu=\.\.\.\) "
                             r"\(options: label\); see demo_many"):
        demo([1, 2])
    with pytest.raises(InvalidTypeError, match=r"^demo\(\): expected pagu=\.\.\., as in "
                                               r"demo\(pagu=\.\.\.\) .*\(missing\)"):
        demo()
    assert str(inspect.signature(demo)) == (
        "(*positional: 'object', pagu: 'int', label: 'str' = '') -> 'str'")


def test_keyword_only_plain_function_is_not_wrapped() -> None:
    """Outside a mutation run the function object itself is returned (a call costs a test)."""
    from sakip.errors import REQUIRED, keyword_only

    def demo(*positional: object, pagu: int) -> int:
        return pagu

    assert keyword_only()(demo) is demo
    assert demo.__kwdefaults__ == {"pagu": REQUIRED}
