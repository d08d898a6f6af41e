"""The mutation command (``tools/mutation.py``) reports a run that judged nothing as a failure.

mutmut stops before any mutant runs when the unmutated tests fail or its test
map is stale; the command used to print every module at 100 % then, with every
mutant "not run", and exit 0.  The messages below are mutmut 3.8's own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "mutation.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sakip_mutation_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


mutation = _tool()


@pytest.mark.parametrize("output", [
    "    done\nfailed to collect stats. runner returned 1\n",
    "failed to collect stats, no active tests found\n",
    "Stopping early, because we could not find any test case for any mutant.\n",
    "Running clean tests\nFailed to run clean test\n",
])
def test_clean_run_failures_are_recognised(output: str) -> None:
    assert mutation.clean_run_failure(output) is not None


def test_a_run_that_judged_mutants_is_not_a_failure() -> None:
    output = "    done in 812ms (8 files mutated)\nRunning mutation testing\n12/12  🎉 11 🙁 1\n"
    assert mutation.clean_run_failure(output) is None


def test_a_module_with_mutants_not_run_is_incomplete_not_100_percent() -> None:
    row = mutation.Row(module="ikpa", result=3, not_run=3)
    table = mutation.render([row])
    assert "| ikpa | 3 | 0 (0/0) | 3 | 0 | 0 | 0 | 3 | 100.0% (incomplete) |" in table


def test_report_exits_1_while_result_mutants_have_not_run(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mutant = mutation.Mutant(name="sakip.nka.x_f__mutmut_1", module="nka", function="f",
                             text=False, assertion=False, original="a", mutated="b")
    monkeypatch.setattr(mutation, "formula_modules", lambda: ["nka"])
    monkeypatch.setattr(mutation, "equivalents", list)
    monkeypatch.setattr(mutation, "classify", lambda module: {mutant.name: mutant})
    monkeypatch.setattr(mutation, "not_mutated", lambda module: [])
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {mutant.name: None})
    assert mutation.main(["--report"]) == 1
    assert "1 result mutants have not run" in capsys.readouterr().err
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {mutant.name: 1})
    assert mutation.main(["--report"]) == 0
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {mutant.name: 0})
    assert mutation.main(["--report"]) == 1  # one survivor of one: 0 % < 90 %


def test_one_survivor_in_thousands_is_not_shown_as_100_percent() -> None:
    """2844 killed of 2845 is 99,96 %: the table cuts it to 99.9%, never rounds it up to 100."""
    row = mutation.Row(module="total", result=2845, killed=2844, survived=1)
    assert "| 99.9% |" in mutation.render([row])
