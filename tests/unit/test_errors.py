"""Unit tests for the error family."""

from __future__ import annotations

import pickle

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
