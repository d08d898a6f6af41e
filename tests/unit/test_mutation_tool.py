"""The mutation command (``tools/mutation.py``) reports a run that judged nothing as a failure.

mutmut stops before any mutant runs when the unmutated tests fail or its test
map is stale; the command used to print every module at 100 % then, with every
mutant "not run", and exit 0.  The messages below are mutmut 3.8's own.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.tools import load_tool

TOOL = Path(__file__).resolve().parents[2] / "tools" / "mutation.py"


mutation = load_tool("mutation")


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


SOURCE = '''class A:
    @property
    def one(self) -> int:
        return 1 + 1

    @property
    def two(self) -> int:
        return 1 + 1
'''


def test_a_hand_mutant_changes_only_its_own_function() -> None:
    """The same line in another property is left as it is."""
    mutant = mutation.HandMutant(module="m", function="A.two", original="1 + 1", mutated="1 + 2")
    second = SOURCE.rindex("1 + 1")
    assert mutant.apply(SOURCE) == SOURCE[:second] + "1 + 2" + SOURCE[second + 5:]


@pytest.mark.parametrize(("function", "original"), [("A.three", "1 + 1"), ("A.one", "2 + 2")])
def test_a_stale_hand_mutant_is_reported(function: str, original: str) -> None:
    """A function that is gone, or a line no longer in it, makes the mutant stale (None)."""
    mutant = mutation.HandMutant(module="m", function=function, original=original, mutated="0")
    assert mutant.apply(SOURCE) is None


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ,
                    reason="under mutmut, src/ is mutmut's rewritten copy (trampolines)")
def test_every_function_mutmut_leaves_alone_has_a_hand_mutant() -> None:
    """Each property or validator of the formula modules is mutated by hand, and every hand
    mutant still applies to today's code (run them with ``tools/mutation.py --hand``)."""
    hand = mutation.hand_mutants()
    covered = {(m.module, m.function) for m in hand}
    for module in mutation.formula_modules():
        assert not [n for n in mutation.not_mutated(module) if (module, n) not in covered]
    root = TOOL.parents[1] / "src" / "sakip"
    stale = [m for m in hand
             if m.apply((root / f"{m.module}.py").read_text(encoding="utf-8")) is None]
    assert not stale


def _two_mutants(monkeypatch: pytest.MonkeyPatch, root: Path) -> list[tuple[list[str], bool]]:
    """A module with one text and one result mutant, none run; mutmut's calls recorded
    (the mutants named, and whether the run judged text)."""
    text = mutation.Mutant(name="sakip.nka.x_f__mutmut_1", module="nka", function="f",
                           text=True, assertion=False, original="a", mutated="b")
    result = mutation.Mutant(name="sakip.nka.x_f__mutmut_2", module="nka", function="f",
                             text=False, assertion=False, original="a", mutated="c")
    calls: list[tuple[list[str], bool]] = []

    def fake_mutmut(args: list[str], log: Path, echo: bool = False, text: Sequence[str] = (),
                    modules: Sequence[str] = ()) -> int:
        assert list(modules) == ["nka"]  # mutmut walks the module run, not all of only_mutate
        calls.append(([a for a in args if a.startswith("sakip.")], bool(text)))
        log.write_text("", encoding="utf-8")
        return 0

    monkeypatch.setattr(mutation, "formula_modules", lambda: ["nka"])
    monkeypatch.setattr(mutation, "equivalents", list)
    monkeypatch.setattr(mutation, "generate", lambda modules: None)
    monkeypatch.setattr(mutation, "classify", lambda module: {text.name: text,
                                                              result.name: result})
    monkeypatch.setattr(mutation, "not_mutated", lambda module: [])
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {})
    monkeypatch.setattr(mutation, "_mutmut", fake_mutmut)
    monkeypatch.setattr(mutation, "ROOT", root)
    return calls


def test_text_mutants_run_apart_with_narrowed_tests(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    """--text: result mutants in one mutmut run, text mutants in another, marked as text."""
    calls = _two_mutants(monkeypatch, tmp_path)
    mutation.main(["--text"])
    assert calls == [(["sakip.nka.x_f__mutmut_2"], False), (["sakip.nka.x_f__mutmut_1"], True)]


def test_text_only_runs_no_result_mutant(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    """--text-only runs the text mutants alone."""
    calls = _two_mutants(monkeypatch, tmp_path)
    assert mutation.main(["--text-only"]) == 1  # the fake run judged nothing
    assert calls == [(["sakip.nka.x_f__mutmut_1"], True)]
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {"sakip.nka.x_f__mutmut_1": 1})
    assert mutation.main(["--text-only", "--report"]) == 0  # complete; results not asked for


def test_changed_runs_the_changed_modules_with_text(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    """--changed runs the modules changed since the base, text mutants included."""
    calls = _two_mutants(monkeypatch, tmp_path)
    monkeypatch.setattr(mutation, "changed_modules", lambda base: ["nka"])
    mutation.main(["--changed"])
    assert len(calls) == 2 and calls[1][1] is True
    monkeypatch.setattr(mutation, "changed_modules", lambda base: [])
    assert mutation.main(["--changed", "main"]) == 0


def test_a_text_run_sets_the_narrowing_variable(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    """The conftest narrows the tests only when the command says the run judges text."""
    seen: list[str | None] = []

    class FakeProcess:
        def __init__(self, command: list[str], **kw: object) -> None:
            env = kw["env"]
            assert isinstance(env, dict)
            seen.append(env.get(mutation.TEXT_RUN))
            self.stdout = io.StringIO("")

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(mutation.subprocess, "Popen", FakeProcess)
    log = tmp_path / "run.log"
    mutation._mutmut(["run"], log=log, text=("tests/unit/test_a.py", "tests/unit/test_b"))
    mutation._mutmut(["run"], log=log)
    assert seen == ["tests/unit/test_a.py,tests/unit/test_b", None]


def test_documented_text_survivors_are_shown_apart() -> None:
    """A text survivor documented with its reason is counted apart: killed/survived/documented."""
    row = mutation.Row(module="iki", text=3, text_killed=1, text_survived=1, text_equivalent=1)
    assert "| iki | 3 | 3 (1/1/1) |" in mutation.render([row])


def test_a_module_run_walks_only_that_module() -> None:
    """A run of budget lets mutmut load, schedule and count budget's mutants only."""
    paths = [Path("src/sakip/budget.py"), Path("src/sakip/indicators.py"),
             Path("src/sakip/sub/budget_x.py"), Path("src/sakip/ikpa.py")]
    assert list(mutation.only_modules(iter(paths), ["budget", "ikpa"])) == [
        Path("src/sakip/budget.py"), Path("src/sakip/ikpa.py")]


def test_a_text_run_keeps_the_module_s_own_tests_and_the_text_tests(tmp_path: Path) -> None:
    """Text mutants of a module are judged by its own unit tests and the text tests only."""
    unit = tmp_path / "tests" / "unit"
    unit.mkdir(parents=True)
    for name in ("test_budget.py", "test_budget_text.py", "test_capaian.py", "test_cli.py"):
        (unit / name).write_text("", encoding="utf-8")
    tests = mutation.text_tests("budget", root=tmp_path)
    assert tests[:2] == ("tests/unit/test_explanations.py", "tests/unit/test_refusal_messages.py")
    assert {"tests/unit/test_budget.py", "tests/unit/test_budget_text.py",
            "tests/unit/test_conventions.py"} <= set(tests)
    assert "tests/unit/test_capaian.py" not in tests and "tests/unit/test_cli.py" not in tests
    assert "tests/unit/test_capaian.py" in mutation.text_tests("indicators", root=tmp_path)
    assert len(set(tests)) == len(tests)


def test_text_mutants_run_module_by_module(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    """Each module's text mutants run in a mutmut run of their own, with that module's tests."""
    seen: list[tuple[list[str], tuple[str, ...], list[str]]] = []

    def mutant(module: str) -> object:
        return mutation.Mutant(name=f"sakip.{module}.x_f__mutmut_1", module=module,
                               function="f", text=True, assertion=False, original="a",
                               mutated="b")

    def fake_mutmut(args: list[str], log: Path, echo: bool = False, text: Sequence[str] = (),
                    modules: Sequence[str] = ()) -> int:
        seen.append(([a for a in args if a.startswith("sakip.")], tuple(text), list(modules)))
        log.write_text("", encoding="utf-8")
        return 0

    monkeypatch.setattr(mutation, "formula_modules", lambda: ["nka", "eka"])
    monkeypatch.setattr(mutation, "equivalents", list)
    monkeypatch.setattr(mutation, "generate", lambda modules: None)
    monkeypatch.setattr(mutation, "classify", lambda module: {
        f"sakip.{module}.x_f__mutmut_1": mutant(module)})
    monkeypatch.setattr(mutation, "not_mutated", lambda module: [])
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {})
    monkeypatch.setattr(mutation, "_mutmut", fake_mutmut)
    monkeypatch.setattr(mutation, "ROOT", tmp_path)
    mutation.main(["--text-only", "nka", "eka"])
    assert [(names, modules) for names, _, modules in seen] == [
        (["sakip.nka.x_f__mutmut_1"], ["nka"]), (["sakip.eka.x_f__mutmut_1"], ["eka"])]
    assert seen[0][1] == mutation.text_tests("nka", root=tmp_path)


def test_a_changed_module_outside_the_run_is_left_unmutated(tmp_path: Path) -> None:
    """mutmut's test: a copy not newer than its source is mutated again (when a run names it)."""
    source, copy = tmp_path / "budget.py", tmp_path / "copy.py"
    source.write_text("a", encoding="utf-8")
    assert mutation.needs_mutating(source, copy)  # never mutated
    copy.write_text("a", encoding="utf-8")
    os.utime(copy, (source.stat().st_mtime + 5,) * 2)
    assert not mutation.needs_mutating(source, copy)  # mutated after the source last changed
    os.utime(source, (copy.stat().st_mtime + 5,) * 2)
    assert mutation.needs_mutating(source, copy)  # the source changed since
    os.utime(copy, (source.stat().st_mtime,) * 2)
    assert mutation.needs_mutating(source, copy)  # a plain copy, the source's time


def test_the_selected_run_uses_what_mutmut_has() -> None:
    """The script that narrows mutmut's walk patches names mutmut 3 defines (an upgrade that
    renames one fails here, not in a run)."""
    main = pytest.importorskip("mutmut.__main__")
    compile(mutation.SELECTED_RUN, "<selected run>", "exec")
    for name in ("walk_mutatable_files", "create_file_mutants", "SourceFileMutationData",
                 "FileMutationResult", "config", "cli"):
        assert name in mutation.SELECTED_RUN and hasattr(main, name), name


class _Item:
    def __init__(self, nodeid: str) -> None:
        self.nodeid = nodeid


class _Config:
    def __init__(self) -> None:
        self.deselected: list[str] = []
        self.hook = self

    def pytest_deselected(self, items: list[_Item]) -> None:
        self.deselected += [item.nodeid for item in items]


NODES = ["tests/unit/test_budget.py::t", "tests/unit/test_capaian.py::t",
         "tests/unit/test_explanations.py::t", "tests/property/test_p.py::t"]


@pytest.mark.parametrize(("bookkeeping", "kept"), [
    ("", ["tests/unit/test_explanations.py::t", "tests/unit/test_budget.py::t"]),
    ("sakip.budget.x_f__mutmut_1", ["tests/unit/test_explanations.py::t",
                                     "tests/unit/test_budget.py::t"]),
    ("list_all_tests", NODES),  # mutmut would forget the tests left out from its map
    ("stats", NODES),
])
def test_a_text_run_keeps_the_named_tests_except_when_mutmut_maps_them(
        monkeypatch: pytest.MonkeyPatch, bookkeeping: str, kept: list[str]) -> None:
    from tests import conftest

    monkeypatch.setenv("HYPOTHESIS_PROFILE", "mutation")
    monkeypatch.setenv(mutation.TEXT_RUN, "tests/unit/test_explanations.py,tests/unit/test_budget")
    monkeypatch.setenv("MUTANT_UNDER_TEST", bookkeeping)
    items = [_Item(node) for node in NODES]
    config = _Config()
    conftest.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    assert [item.nodeid for item in items] == kept
    assert sorted(config.deselected) == sorted(set(NODES) - set(kept))


def test_a_module_left_unmutated_is_not_reported_as_measured(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A module whose source changed during a run of others has no mutants until it is run."""
    monkeypatch.setattr(mutation, "formula_modules", lambda: ["nka"])
    monkeypatch.setattr(mutation, "equivalents", list)
    monkeypatch.setattr(mutation, "classify", lambda module: {})
    monkeypatch.setattr(mutation, "not_mutated", lambda module: [])
    monkeypatch.setattr(mutation, "exit_codes", lambda module: {"sakip.nka.x_f__mutmut_1": 1})
    assert mutation.main(["--report"]) == 1
    assert mutation.main(["--report", "--text-only"]) == 1
    assert "run the command on nka" in capsys.readouterr().err
