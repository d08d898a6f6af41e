"""The import graph and the rule registry, as docs/explanation/architecture.md describes them."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
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
entry = sys.argv[1]
module = importlib.import_module(entry)
import sakip.rules as r
found = {kind: sorted(rule.name for k, rule in r.all_rule_sets() if k == kind)
         for kind in r.kinds()}
for kind, names in found.items():
    for name in names:
        assert r.find(kind, name).name == name
print(json.dumps(found))
"""

_FIND_FIRST = """
import sys, sakip
kind, name = sys.argv[1], sys.argv[2]
print(sakip.rules.find(kind, name).name)
"""


def _run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_every_registered_kind_is_declared() -> None:
    """After importing every module, each registered kind is in KINDS with its module."""
    code = ("import importlib, json, sys\nfor m in sys.argv[1:]: importlib.import_module(m)\n"
            "from sakip import _rules\n"
            "print(json.dumps(sorted({k for k, _ in _rules.registered()})))")
    registered = json.loads(_run(code, *MODULES))
    undeclared = sorted(set(registered) - set(_rules.KINDS))
    assert not undeclared, f"declare these kinds in sakip._rules.KINDS: {undeclared}"


@pytest.mark.parametrize("entry", ["sakip", "sakip.rules", *MODULES])
def test_rules_find_in_a_fresh_interpreter(entry: str) -> None:
    """Importing any public entry point first, rules.find works for every name of every kind."""
    found = json.loads(_run(_PROBE, entry))
    assert set(found) == set(_rules.KINDS)
    assert all(found.values()), f"kinds without rule sets: {found}"


@pytest.mark.parametrize("kind", sorted(_rules.KINDS))
def test_find_is_the_first_thing_a_fresh_process_does(kind: str) -> None:
    """rules.find(kind, name) as the very first call of a process (the issue's example)."""
    name = next(rule.name for k, rule in sakip.rules.all_rule_sets() if k == kind)
    assert _run(_FIND_FIRST, kind, name) == name


def test_unknown_kind_lists_the_kinds() -> None:
    """An unknown kind is refused with sakip's error listing the kinds."""
    with pytest.raises(sakip.UnknownNameError, match="kind: expected one of capaian, "):
        sakip.rules.find("ikpaa", "per-5-pb-2024")
