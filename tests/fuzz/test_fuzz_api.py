"""Fuzzing the public functions: any argument gives a result or sakip's own error."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip.errors import SakipError
from tests import strategies as s
from tests.fuzz import fuzz_settings

FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(sakip, name) for name in sakip.__all__
    if type(getattr(sakip, name)).__name__ == "function" and name != "reviu"}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@fuzz_settings
@given(data=st.data())
def test_only_sakip_errors(name: str, data: st.DataObject) -> None:
    """Each parameter gets a hostile value (or its default); the result explains itself."""
    function = FUNCTIONS[name]
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is parameter.VAR_POSITIONAL:  # the keyword-only guard's *positional
            continue
        if parameter.kind is parameter.VAR_KEYWORD:
            kwargs["perencanaan"] = data.draw(s.hostile_arguments())
            continue
        if parameter.default is not parameter.empty and data.draw(st.booleans()):
            continue
        value = data.draw(s.hostile_arguments(), label=parameter.name)
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD and (
                parameter.default is parameter.empty):
            args.append(value)
        else:
            kwargs[parameter.name] = value
    try:
        result = function(*args, **kwargs)
    except SakipError:
        return
    if isinstance(result, sakip.Figure):
        result.explain().to_text()
        result.to_rows()
