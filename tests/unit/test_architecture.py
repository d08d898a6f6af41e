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


def _module_name(path: Path) -> str:
    """``src/sakip/reviu/_run.py`` -> ``sakip.reviu._run``; an ``__init__`` is its package."""
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


#: every module of src/sakip (packages' modules included), by dotted name; not sakip/__init__.py
PATHS = {_module_name(p): p for p in sorted(SRC.rglob("*.py")) if p != SRC / "__init__.py"}
MODULES = sorted(PATHS)
#: the packages inside sakip (``sakip.reviu``; ``sakip.simulasi`` once it is one)
PACKAGES = sorted(name for name, path in PATHS.items() if path.name == "__init__.py")


def node(module: str) -> str:
    """A module's node in the top-level chain: a package's modules count as the package."""
    return ".".join(module.split(".")[:2])


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _from(module: str, node: ast.ImportFrom) -> Iterator[str]:
    """The sakip modules one ``from ... import ...`` reaches, relative imports resolved."""
    if node.level:
        package = module if module in PACKAGES else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    if base != "sakip" and not base.startswith("sakip."):
        return
    names = [f"{base}.{alias.name}" for alias in node.names]
    yield from (name for name in names if name in PATHS)  # submodules imported by name
    if base != "sakip" and any(name not in PATHS for name in names):
        yield base


def _imports(tree: ast.AST, module: str) -> Iterator[str]:
    """The sakip modules a module imports (at any depth), skipping ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and _is_type_checking(child):
            yield from (name for other in child.orelse for name in _imports(other, module))
            continue
        if isinstance(child, ast.Import):
            yield from (a.name for a in child.names if a.name.startswith("sakip."))
        elif isinstance(child, ast.ImportFrom):
            yield from _from(module, child)
        yield from _imports(child, module)


@cache
def import_graph() -> dict[str, set[str]]:
    """Module -> the sakip modules it imports; ``sakip.rules`` also 'imports' KINDS' modules."""
    graph = {}
    for module, path in PATHS.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = set(_imports(tree, module)) - {module}
    graph["sakip.rules"] |= {m for modules in _rules.KINDS.values() for m in modules}
    return graph


def _flow_blocks() -> list[str]:
    """The fenced blocks of architecture.md's 'Which way imports flow' section."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Which way imports flow", 1)[1].split("\n## ", 1)[0]
    return section.split("```")[1::2]


def documented_order() -> list[str]:
    """The top-level module chain: the first block of 'Which way imports flow'."""
    return [f"sakip.{name}" for name in re.findall(r"[\w]+", _flow_blocks()[0])]


def documented_package_orders() -> dict[str, list[str]]:
    """Each package's internal chain: a later block ``name: _a → _b → … → __init__``."""
    orders = {}
    for block in _flow_blocks()[1:]:
        name, chain = block.split(":", 1)
        package = f"sakip.{name.strip()}"
        orders[package] = [package if part == "__init__" else f"{package}.{part}"
                           for part in re.findall(r"[\w]+", chain)]
    return orders


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
    """Every top-level node is in architecture.md's chain and imports only nodes to its left.

    A package (``sakip/reviu/``) is one node: each of its modules may import
    only what the package's place in the chain allows.
    """
    order = documented_order()
    nodes = {node(module) for module in MODULES}
    missing = sorted(nodes - set(order))
    assert not missing, f"add these modules to the chain in {ARCHITECTURE.name}: {missing}"
    position = {module: i for i, module in enumerate(order)}
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items() for target in targets
        if node(target) != node(module) and position[node(target)] >= position[node(module)]
    )
    assert not wrong, f"imports against the documented flow: {wrong}"


def test_package_imports_flow_as_documented() -> None:
    """Inside each package, every module is in its documented chain and imports leftwards only.

    The package's ``__init__`` (the public namespace) is the chain's right end:
    its modules import each other directly, never through the package.
    """
    orders = documented_package_orders()
    assert set(PACKAGES) <= set(orders), \
        f"document these packages' chains in {ARCHITECTURE.name}: {set(PACKAGES) - set(orders)}"
    for package in PACKAGES:
        order = orders[package]
        inside = {m for m in MODULES if m == package or m.startswith(package + ".")}
        missing = sorted(inside - set(order))
        assert not missing, f"add these modules to the {package} chain: {missing}"
        position = {module: i for i, module in enumerate(order)}
        wrong = sorted(
            f"{module} imports {target}"
            for module in inside for target in import_graph()[module]
            if target in inside and position[target] >= position[module]
        )
        assert not wrong, f"imports against the documented flow of {package}: {wrong}"


def test_the_import_parser_resolves_packages_and_relative_imports() -> None:
    """``from . import x``, ``from ._x import y`` and ``from sakip.p import x`` resolve."""
    source = ("from . import _not_a_module\nfrom ._a import f\nfrom .. import numbers\n"
              "from sakip.reviu import Finding\nfrom sakip import reviu\nimport sakip.lkj\n"
              "from sakip.reviu import _run\n")
    found = set(_imports(ast.parse(source), "sakip.reviu._z"))
    expected = {"sakip.reviu._a", "sakip.numbers", "sakip.reviu", "sakip.lkj"}
    expected |= {"sakip.reviu._run"} & set(PATHS)
    assert found == expected


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


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_namespace_is_its_all(package: str) -> None:
    """A package's ``__init__`` only re-exports: its public names are ``__all__``.

    ``__all__`` is sorted as ruff's RUF022 wants (constants, classes, functions).
    """
    import importlib
    import types

    module = importlib.import_module(package)
    public = sorted(name for name, value in vars(module).items()
                    if not name.startswith("_") and name != "annotations"
                    and not isinstance(value, types.ModuleType))
    assert public == sorted(module.__all__)
    assert dir(module) == sorted(module.__all__)


_NAMESPACE = """
import importlib, json, sys
import sakip
for name in sys.argv[1:]:
    importlib.import_module(name)
import sakip.reviu as bound
from sakip.reviu import Finding, Reviu
package = importlib.import_module("sakip.reviu")
print(json.dumps({
    "function": callable(sakip.reviu) and type(sakip.reviu).__name__ == "function",
    "bound": bound is sakip.reviu,
    "home": sakip.reviu.__module__,
    "package": package is sys.modules["sakip.reviu"] and package.__file__.endswith("__init__.py"),
    "names": package.Finding is Finding and package.Reviu is Reviu
             and package.reviu is sakip.reviu,
}))
"""


def test_the_function_sakip_reviu_survives_its_package() -> None:
    """``sakip.reviu`` stays the function after the package's private modules are imported.

    The package ``sakip.reviu`` is ``importlib.import_module("sakip.reviu")``
    (and ``from sakip.reviu import Finding`` works); the function's
    ``__module__`` is one of its modules.  ``import sakip.reviu as m`` binds
    the function, as before the package: Python reads the parent's attribute.
    """
    private = sorted(m for m in MODULES if m.startswith("sakip.reviu."))
    assert private, "sakip.reviu is expected to be a package"
    result = json.loads(_run(_NAMESPACE, *private))
    assert result == {"function": True, "bound": True, "home": "sakip.reviu._run",
                      "package": True, "names": True}
