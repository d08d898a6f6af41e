"""Issue 24 (hostile input, round 2): the reproducers, as tests of the result only.

Time and memory are never asserted here (see ``tests/fuzz/test_growth.py``, opt-in,
and ``benchmarks/largest_file.py``); each test checks the answer a reproducer must
get. Where the old code was quadratic the input is large enough that the old code
took minutes, so the suite itself would show the regression.
"""

from __future__ import annotations

import pytest

from sakip._reading import parse_document
from sakip.errors import SakipError


@pytest.mark.parametrize("json_format", [False, True])
@pytest.mark.parametrize("closing", ["", "\n"])
def test_unterminated_string_of_escaped_quotes_is_refused(json_format: bool,
                                                          closing: str) -> None:
    # Issue 24: 80 KB took 22 s and 160 KB 87 s in the pre-scan (quadratic).
    head = '{"x": "' if json_format else 'x = "'
    text = head + '\\"' * 100_000 + closing
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=json_format)


@pytest.mark.parametrize("text", ['x = """' + '\\"' * 50_000, "x = '''" + "''a" * 50_000,
                                  "x = '" + "a" * 100_000, 'x = """ab\\'])
def test_unterminated_multiline_and_literal_strings_are_refused(text: str) -> None:
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=False)


def test_brackets_after_an_unterminated_string_still_refused_by_the_parser() -> None:
    text = 'x = "abc\ny = ' + "[" * 500 + "]" * 500 + "\n"
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=False)
