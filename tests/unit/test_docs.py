"""Docs stay true: every rule set is on the regulations page, every public name documented."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path

import sakip

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_rule_set_on_regulations_page() -> None:
    """Each registered rule set's kind and name appear in docs/regulations.md."""
    page = (DOCS / "regulations.md").read_text(encoding="utf-8")
    for kind, rule in sakip.rules.all_rule_sets():
        assert f"| `{kind}` | `{rule.name}` |" in page, (kind, rule.name)


def test_every_public_name_has_a_docstring_with_example() -> None:
    """Every callable or class exported from sakip has a docstring (its example: the test below)."""
    for name in sakip.__all__:
        obj = getattr(sakip, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            doc = inspect.getdoc(obj)
            assert doc, name


def test_lazy_table_matches_all() -> None:
    """Every public name is in the lazy-loading table, and each loads."""
    assert set(sakip.__all__) == {*sakip._LAZY, "__version__"}
    for name in sakip.__all__:
        assert getattr(sakip, name) is not None
    assert sorted(dir(sakip)) == sorted(sakip.__all__)


def test_simulasi_all_matches_its_public_names() -> None:
    """sakip.simulasi only re-exports: its sorted ``__all__`` is exactly its public names.

    The check hypothesis makes of ``hypothesis.strategies``: a name defined in
    a private module and re-exported, or dropped, without ``__all__`` changing fails here.
    """
    import types

    from sakip import simulasi

    public = {name for name, value in vars(simulasi).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    assert simulasi.__all__ == sorted(simulasi.__all__)
    assert set(simulasi.__all__) == public
    assert dir(simulasi) == simulasi.__all__
    for name in simulasi.__all__:
        assert getattr(simulasi, name) is not None


def test_a_capaian_question_never_loads_the_ikpa_rules() -> None:
    """Each simulasi family imports its domain modules inside its questions (architecture.md)."""
    import subprocess
    import sys

    code = ("import sys, sakip.simulasi as s; s.realisasi_untuk(target=1176, capaian=100); "
            "print(sorted(m for m in ('sakip.ikpa', 'sakip.budget', 'sakip.lke') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_reference_toml_examples_load_and_reproduce() -> None:
    """Every TOML example of the file-format reference loads, and its figures reproduce."""
    import re
    import tomllib

    page = (DOCS / "reference" / "file-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", page, flags=re.DOTALL)
    assert blocks
    for block in blocks:
        laporan = sakip.lkj.load(tomllib.loads(block))
        assert sakip.reviu(laporan).ok


def test_help_shows_plain_text() -> None:
    """The package and module docstrings that help() shows first carry no Sphinx roles."""
    import importlib
    import pkgutil
    import re

    role = re.compile(r":\w+:`[^`]*`")
    assert not role.findall(sakip.__doc__ or "")
    for info in pkgutil.iter_modules(sakip.__path__):
        module = importlib.import_module(f"sakip.{info.name}")
        assert not role.findall(module.__doc__ or ""), info.name


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    sub: type
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


@functools.cache
def _attr_docs(module: str) -> set[tuple[str, str]]:
    """``(class qualname, attribute)`` pairs that autodoc shows with a description.

    The forms Sphinx's own analyser reads: a ``#:`` comment on the lines just
    above the assignment, a ``#:`` comment after it on the same line, or a
    string right after it.  Written with ``ast`` so the test needs only the
    test dependencies (the README's test command installs no Sphinx).
    """
    import ast
    import importlib.util

    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    with open(spec.origin, encoding="utf-8") as handle:
        source = handle.read()
    lines = source.splitlines()
    found: set[tuple[str, str]] = set()

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for index, node in enumerate(body):
            if isinstance(node, ast.ClassDef):
                visit(node.body, f"{prefix}{node.name}.")
                continue
            if not prefix:
                continue
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            else:
                continue
            above = node.lineno - 2
            described = (above >= 0 and lines[above].strip().startswith("#:")) or (
                "#:" in lines[node.end_lineno - 1 if node.end_lineno else node.lineno - 1])
            following = body[index + 1] if index + 1 < len(body) else None
            described = described or (
                isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str))
            if described:
                found.update((prefix[:-1], name) for name in names)

    visit(ast.parse(source).body, "")
    return found


def test_attr_docs_reads_the_described_forms() -> None:
    """The analyser above finds ``#:`` and docstring descriptions and nothing else."""
    docs = _attr_docs("sakip._rules")
    assert ("RuleSet", "name") in docs
    assert ("RuleSet", "in_force") not in docs


def test_every_field_of_a_public_type_is_described() -> None:
    """Each attrs field of a result, value or rule-set class has a ``#:`` description."""
    import attrs

    from sakip._rules import RuleSet
    from tests.unit.test_rows import TYPES

    undescribed = []
    for cls in {*TYPES, RuleSet, *_subclasses(RuleSet)}:
        if cls.__name__.startswith("_"):
            continue  # private classes are not in the API reference
        for field in attrs.fields(cls):
            if field.name.startswith("_"):
                continue
            owner = next(k for k in cls.__mro__ if field.name in vars(k).get("__annotations__", {}))
            if (owner.__qualname__, field.name) not in _attr_docs(owner.__module__):
                undescribed.append(f"{owner.__module__}.{owner.__qualname__}.{field.name}")
    assert not undescribed, f"describe these fields with a '#:' comment: {sorted(undescribed)}"


def test_every_public_class_and_function_has_its_own_example() -> None:
    """Every class and function in sakip.__all__ has a ``>>>`` example in its own docstring.

    Its own: a class's ``__doc__`` read from ``vars(cls)``, so a docstring
    inherited from a base class (``inspect.getdoc`` would find one) does not count.
    """
    missing = []
    for name in sakip.__all__:
        obj = getattr(sakip, name)
        if inspect.isclass(obj):
            doc = vars(obj).get("__doc__")
        elif inspect.isfunction(obj):
            doc = obj.__doc__
        else:
            continue
        if ">>>" not in (doc or ""):
            missing.append(name)
    assert not missing, f"give these public names a '>>>' example in their own docstring: {missing}"
