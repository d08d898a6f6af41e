"""Bundled example reports (package data), by name.

>>> import sakip.examples
>>> sakip.examples.names()
['bgp-kalsel-2023', 'lkjip-renja']
>>> sakip.examples.path("bgp-kalsel-2023").name
'bgp-kalsel-2023.toml'
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

from sakip.errors import UnknownNameError

__all__ = ["names", "path"]


def _folder() -> Traversable:
    return resources.files("sakip") / "data"


def names() -> list[str]:
    """Names of the bundled example reports, sorted."""
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in _folder().iterdir()
        if entry.name.endswith(".toml")
    )


def path(name: str) -> Traversable:
    """The file of the bundled example ``name``; unknown names list the valid ones."""
    if name not in names():
        raise UnknownNameError(
            field="example", expected="one of " + ", ".join(names()), received=name
        )
    return _folder() / f"{name}.toml"
