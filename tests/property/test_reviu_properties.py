"""Property tests: malformed report files never raise anything but sakip's own errors."""

from __future__ import annotations

import copy
import json
import tomllib
from typing import Any

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import examples
from sakip.reviu import REVIU_JSON_SCHEMA, STATUSES, dumps

EXAMPLE = tomllib.loads(examples.path("bgp-kalsel-2023").read_text(encoding="utf-8"))

JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=True), st.text(max_size=12),
    st.sampled_from(["", "0", "-1", "1.000,5", "4.25", "AA", "Rp 1.000,-", "1e5", "31 Juni",
                     "101,10%", "NaN", "s.d", "5634.QDC.011"]),
    st.lists(st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=6), st.text(max_size=4), max_size=2),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node[:2]):  # two rows stand for all: keeps paths few
            out.extend(_paths(value, (*prefix, index)))
    return out


# Paths grouped by top-level section, so that every section is mutated as often.
SECTIONS: dict[str, list[tuple[Any, ...]]] = {}
for _path in _paths(EXAMPLE):
    SECTIONS.setdefault(str(_path[0]), []).append(_path)
PATHS = st.sampled_from(sorted(SECTIONS)).flatmap(lambda key: st.sampled_from(SECTIONS[key]))


def _mutate(data: Any, path: tuple[Any, ...], action: str, junk: Any) -> None:
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "delete":
        del parent[last]
    else:
        parent[last] = junk


class TestMutations:
    """Issue 6: random mutations of the example raise only sakip's own errors."""

    @settings(max_examples=150, deadline=None)
    @given(edits=st.lists(st.tuples(PATHS,
                                     st.sampled_from(["replace", "delete"]), JUNK),
                          min_size=1, max_size=4))
    def test_only_sakip_errors(self, edits: list[tuple[tuple[Any, ...], str, Any]]) -> None:
        """Loading and reviewing a mutated file either works or raises a SakipError."""
        data = copy.deepcopy(EXAMPLE)
        for path, action, junk in edits:
            try:
                _mutate(data, path, action, junk)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier edit removed or replaced this path
        try:
            result = sakip.reviu(data)
        except sakip.SakipError:
            return
        jsonschema.validate(json.loads(dumps(result)), REVIU_JSON_SCHEMA)
        for finding in result:
            assert finding.status in STATUSES


def _check(data: Any) -> None:
    try:
        result = sakip.reviu(data)
    except sakip.SakipError:
        return
    assert all(f.status in STATUSES for f in result)


def test_every_single_edit() -> None:
    """Deleting any one field, or replacing it by a wrong type, raises only SakipError."""
    replacements: list[Any] = [None, 7, 1.5, True, [], {}, "", "x"]
    for path in [p for paths in SECTIONS.values() for p in paths]:
        for action, junk in [("delete", None), *[("replace", r) for r in replacements]]:
            data = copy.deepcopy(EXAMPLE)
            _mutate(data, path, action, junk)
            _check(data)
