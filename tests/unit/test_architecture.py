"""The import graph and the rule registry, as docs/explanation/architecture.md describes them."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import sakip
from sakip import _rules

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "sakip"
ARCHITECTURE = ROOT / "docs" / "explanation" / "architecture.md"
MODULES = sorted(f"sakip.{p.stem}" for p in SRC.glob("*.py") if p.stem != "__init__")


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[str]:
    """The sakip modules a module imports (at any depth), skipping ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (name for child in node.orelse for name in _imports(child))
            continue
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("sakip."))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "sakip":
                yield from (f"sakip.{a.name}" for a in node.names
                            if (SRC / f"{a.name}.py").exists())
            elif node.module.startswith("sakip."):
                yield node.module
        yield from _imports(node)


@cache
def import_graph() -> dict[str, set[str]]:
    """Module -> the sakip modules it imports; ``sakip.rules`` also 'imports' KINDS' modules."""
    graph = {}
    for module in MODULES:
        path = SRC / f"{module.removeprefix('sakip.')}.py"
        graph[module] = set(_imports(ast.parse(path.read_text(encoding="utf-8")))) - {module}
    graph["sakip.rules"] |= {m for modules in _rules.KINDS.values() for m in modules}
    return graph


def documented_order() -> list[str]:
    """The module chain of the 'Which way imports flow' block of architecture.md."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    block = text.split("## Which way imports flow", 1)[1].split("```", 2)[1]
    return [f"sakip.{name}" for name in re.findall(r"[\w]+", block)]


def test_import_graph_has_no_cycle() -> None:
    """No module of src/sakip imports, directly or not, a module that imports it."""
    graph = import_graph()
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        if state.get(module) == 1:
            cycle = [*path[path.index(module):], module]
            pytest.fail("import cycle: " + " → ".join(cycle))
        if state.get(module) == 2:
            return
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            visit(target, [*path, module])
        state[module] = 2

    for module in graph:
        visit(module, [])


def test_imports_flow_as_documented() -> None:
    """Every module is in architecture.md's chain and imports only modules to its left."""
    order = documented_order()
    missing = sorted(set(MODULES) - set(order))
    assert not missing, f"add these modules to the chain in {ARCHITECTURE.name}: {missing}"
    position = {module: i for i, module in enumerate(order)}
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items() for target in targets
        if position[target] >= position[module]
    )
    assert not wrong, f"imports against the documented flow: {wrong}"


def test_domain_modules_use_the_private_registry() -> None:
    """Modules that register rule sets import sakip._rules, never the public sakip.rules."""
    graph = import_graph()
    declaring = {m for modules in _rules.KINDS.values() for m in modules}
    assert all("sakip.rules" not in graph[m] for m in declaring)
    assert all("sakip._rules" in graph[m] for m in declaring)


_PROBE = """
import importlib, json, sys
entry, kind, name = sys.argv[1:4]
importlib.import_module(entry)
import sakip.rules as r
found = r.find(kind, name).name  # the first look-up of the process
listed = sorted({(k, rule.name) for k, rule in r.all_rule_sets()}) if sys.argv[4:] else []
print(json.dumps({"found": found, "listed": listed}))
"""


def _run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _run_all(code: str, argument_lists: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Run ``code`` once per argument list, each in its own fresh interpreter, a few at a time."""
    results: dict[tuple[str, ...], str] = {}
    pending = list(argument_lists)
    running: list[tuple[tuple[str, ...], subprocess.Popen[str]]] = []
    while pending or running:
        while pending and len(running) < 4:
            args = pending.pop()
            running.append((args, subprocess.Popen(
                [sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True)))
        args, process = running.pop(0)
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, f"{args}: {err}"
        results[args] = out.strip()
    return results


def test_every_registered_kind_is_declared() -> None:
    """After importing every module, each registered kind is in KINDS with its module."""
    code = ("import importlib, json, sys\nfor m in sys.argv[1:]: importlib.import_module(m)\n"
            "from sakip import _rules\n"
            "print(json.dumps(sorted({k for k, _ in _rules.registered()})))")
    registered = json.loads(_run(code, *MODULES))
    undeclared = sorted(set(registered) - set(_rules.KINDS))
    assert not undeclared, f"declare these kinds in sakip._rules.KINDS: {undeclared}"


def test_rules_find_in_a_fresh_interpreter() -> None:
    """In a fresh interpreter, after importing any entry point, rules.find works for every kind.

    One process per kind, whose first look-up is that kind, right after
    importing an entry point (``sakip``, ``sakip.rules``, ``sakip.cli`` and
    every module that registers rule sets, in turn); the first process also
    checks that ``all_rule_sets()`` lists every rule set of every kind.
    """
    every = sorted((kind, rule.name) for kind, rule in sakip.rules.all_rule_sets())
    names = dict(reversed(every))
    entries = ["sakip", "sakip.rules", "sakip.cli",
               *sorted({m for modules in _rules.KINDS.values() for m in modules})]
    kinds = list(_rules.KINDS)
    assert len(kinds) >= len(entries), "more entry points than kinds"
    runs = [(entries[i % len(entries)], kind, names[kind], *(("all",) if i == 0 else ()))
            for i, kind in enumerate(kinds)]
    for args, out in _run_all(_PROBE, runs).items():
        result = json.loads(out)
        assert result["found"] == names[args[1]], args
        if len(args) > 3:
            assert [tuple(pair) for pair in result["listed"]] == every
    assert len(runs) == len(kinds)


def test_unknown_kind_lists_the_kinds() -> None:
    """An unknown kind is refused with sakip's error listing the kinds."""
    with pytest.raises(sakip.UnknownNameError, match="kind: expected one of capaian, "):
        sakip.rules.find("ikpaa", "per-5-pb-2024")
