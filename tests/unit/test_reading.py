"""The pre-parse checks of report files (sakip._reading): limits before cost, no false alarms."""

from __future__ import annotations

import pytest

from sakip._reading import MAX_DEPTH, MAX_KEY_LENGTH, MAX_KEY_PARTS, parse_document
from sakip.errors import InvalidTypeError, InvalidValueError, ParseError

DEEP = "[" * (MAX_DEPTH + 1) + "1" + "]" * (MAX_DEPTH + 1)


@pytest.mark.parametrize("string", ['"""abc"""', '"""abc""""', '"""abc"""""', "'''a'''",
                                    "'''a''''", "'''a'''''", '"a\\"["', "'[[[['"])
def test_strings_do_not_hide_nesting(string: str) -> None:
    """Every TOML string form is skipped whole: the nesting after it is still seen."""
    with pytest.raises(InvalidValueError, match="line 2"):
        parse_document(f"x = {string}\ny = {DEEP}\n".encode(), json_format=False)


@pytest.mark.parametrize("text", [
    'x = "[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j = 1"\n',
    "# [[[[[[[[[[[[[[[[[[[[[[[[ a.a.a.a.a.a.a.a.a.a\nx = 1\n",
    'x = """\n[[[[[[[[[[[[[[[[[[[[\n"""\n',
    '"a.b.c.d.e.f.g.h.i.j" = 1\n',
    "[a.b.c]\nx = [[1], [2]]\n",
])
def test_no_false_alarms(text: str) -> None:
    """Brackets, dots and '=' inside strings and comments never count."""
    assert isinstance(parse_document(text.encode(), json_format=False), dict)


def test_limits_exactly() -> None:
    """At the limits a document parses; one beyond, it is refused with the limit named."""
    at = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_document(f"x = {at[2:-2]}\n".encode(), json_format=False)
    with pytest.raises(InvalidValueError, match=f"at most {MAX_DEPTH} deep"):
        parse_document(f"x = {DEEP}\n".encode(), json_format=False)
    parts = ".".join(["a"] * MAX_KEY_PARTS)
    assert parse_document(f"{parts} = 1\n".encode(), json_format=False)
    with pytest.raises(InvalidValueError, match=f"at most {MAX_KEY_PARTS} parts"):
        parse_document(f"{parts}.a = 1\n".encode(), json_format=False)
    with pytest.raises(InvalidValueError, match=f"at most {MAX_KEY_LENGTH} characters"):
        parse_document(f'"{"k" * MAX_KEY_LENGTH}" = 1\n'.encode(), json_format=False)


def test_json() -> None:
    """JSON: depth pre-scan, duplicate keys, NaN and floats refused; strings skipped."""
    assert parse_document(b'{"a": "[[[[[[[[[[[[[[[[[["}', json_format=True) == {
        "a": "[[[[[[[[[[[[[[[[[["}
    with pytest.raises(InvalidValueError, match="deep"):
        parse_document(DEEP.encode(), json_format=True)
    with pytest.raises(InvalidValueError, match="'a'"):
        parse_document(b'{"a": 1, "a": 2}', json_format=True)
    for bad in (b'{"a": NaN}', b'{"a": -Infinity}', b'{"a": 1.5}'):
        with pytest.raises(InvalidTypeError, match="not floats"):
            parse_document(bad, json_format=True)
    with pytest.raises(ParseError, match="JSON"):
        parse_document(b'{"a": ', json_format=True)
