"""The pre-parse checks of report files (sakip._reading): limits before cost, no false alarms."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

from sakip._reading import MAX_DEPTH, MAX_KEY_LENGTH, MAX_KEY_PARTS, parse_document
from sakip.errors import InvalidTypeError, InvalidValueError, ParseError
from tests.strategies import scan_texts

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


def _token_scan(text: str, depth_limit: int, parts_limit: int, key_limit: int,
                structures_limit: int) -> tuple[str, int] | None:
    """The pre-scan as it was written before issue 24's last round: one token at a time
    (strings and comments tokens of their own).  The first limit broken, with its line."""
    import re

    tokens = re.compile(r'"""(?:[^"\\]++|\\.|"(?!""))*+(?:"{3,5}|\\?\Z)'
                        r"|'''(?:[^']++|'(?!''))*+(?:'{3,5}|\Z)"
                        r'|"(?:[^"\\\n]++|\\.)*+"?'
                        r"|'[^'\n]*+'?|#[^\n]*+|[\[\]{}=,.\n]", re.DOTALL)
    depth, parts, start, structures = 0, 1, 0, 0
    for token in tokens.finditer(text):
        first, line = token.group()[0], text.count("\n", 0, token.start()) + 1
        if first in "[{.":
            structures += 1
            if structures > structures_limit:
                return "structures", line
        if first in "[{":
            depth += 1
            if depth > depth_limit:
                return "depth", line
        elif first in "]}":
            depth = max(depth - 1, 0)
        elif first == ".":
            parts += 1
            if parts > parts_limit:
                return "parts", line
            continue
        elif first == "=" and len(text[start:token.start()].strip()) > key_limit:
            return "key", line
        elif first in "\"'#":
            continue
        if first in "[{,=\n]}":
            start = token.end()
        parts = 1
    return None


@settings(max_examples=300, deadline=None)
@given(scan_texts())
@example("x" * 12 + "," + "x" * 12 + "=")  # each of these resets the key
@example("x" * 12 + "]" + "x" * 12 + "=")
@example("x" * 12 + "\n" + "x" * 12 + "=")
@example('"' + "x" * 12 + '",' + "x" * 12 + "=")  # a comma in a string does not
@example("# a.b.c.d.e\n" + "x" * 12 + "=")
@example("a.b.c.d=1\n[[[[x]]]]")
@example('"""a\n"""' + "x" * 21 + "=")
def test_the_pre_scan_refuses_what_a_token_by_token_scan_refuses(text: str) -> None:
    # Small limits, so that short texts reach each of them.
    from unittest import mock

    import sakip._reading as reading

    expected = _token_scan(text, 3, 3, 20, 15)
    refused: InvalidValueError | None = None
    with mock.patch.multiple(reading, MAX_DEPTH=3, MAX_KEY_PARTS=3, MAX_KEY_LENGTH=20,
                             MAX_STRUCTURES=15):
        try:
            reading._prescan_toml(text)
        except InvalidValueError as error:
            refused = error
    found = None
    if refused is not None:
        what, where = str(refused.expected), str(refused.field)
        found = ("structures" if "arrays and tables in a file" in what else
                 "depth" if "nested" in what else "parts" if "dotted key" in what else "key",
                 int(where.rsplit(" ", 1)[1]))
    assert found == expected
