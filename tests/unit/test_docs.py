"""Docs stay true: every rule set is on the regulations page, every public name documented."""

from __future__ import annotations

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
    """Every callable or class exported from sakip has a docstring; functions show an example."""
    for name in sakip.__all__:
        obj = getattr(sakip, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            doc = inspect.getdoc(obj)
            assert doc, name
            if inspect.isfunction(obj):
                assert ">>>" in doc, f"{name} has no doctest"


def test_lazy_table_matches_all() -> None:
    """Every public name is in the lazy-loading table, and each loads."""
    assert set(sakip.__all__) == {*sakip._LAZY, "__version__"}
    for name in sakip.__all__:
        assert getattr(sakip, name) is not None
    assert sorted(dir(sakip)) == sorted(sakip.__all__)


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


def test_every_field_of_a_public_type_is_described() -> None:
    """Each attrs field of a result, value or rule-set class has a ``#:`` description."""
    import attrs
    from sphinx.pycode import ModuleAnalyzer

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
            docs = ModuleAnalyzer.for_module(owner.__module__).find_attr_docs()
            if (owner.__qualname__, field.name) not in docs:
                undescribed.append(f"{owner.__module__}.{owner.__qualname__}.{field.name}")
    assert not undescribed, f"describe these fields with a '#:' comment: {sorted(undescribed)}"
