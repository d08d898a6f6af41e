"""Helpers of the tests: a command of ``tools/`` as a module; the command in English."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def load_tool(name: str) -> ModuleType:
    """``tools/<name>.py`` as the module ``sakip_<name>_tool``."""
    spec = importlib.util.spec_from_file_location(f"sakip_{name}_tool", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


#: The commands that print text, and so take ``--bahasa``.
_BAHASA_COMMANDS = ("reviu", "simulasi", "hitung", "examples", "template")


def in_english(main: Callable[[Sequence[str] | None], int]) -> Callable[[Sequence[str]], int]:
    """``sakip.cli.main`` that runs every command taking ``--bahasa`` with ``--bahasa en``.

    For the tests written against the English messages (the default is Bahasa Indonesia).
    """
    def run(argv: Sequence[str]) -> int:
        argv = list(argv)
        if argv and argv[0] in _BAHASA_COMMANDS and "--help" not in argv:
            argv = [*argv, "--bahasa", "en"]
        return main(argv)

    return run
