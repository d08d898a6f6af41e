"""Shared test configuration: Hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("ci", max_examples=200, deadline=None)
# tools/mutation.py runs the suite once per mutant: fewer, derandomized examples (a mutant is
# killed or not the same way every run), no example database, and mutmut's way of calling
# test methods again from the same process allowed.
settings.register_profile(
    "mutation", max_examples=25, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

#: Tests tools/mutation.py leaves out (they run in the normal suite as always): whole-report
#: reviu properties that re-run every formula of a report for each of many generated edits
#: (tens of seconds each, for every surviving mutant; they test the reviu, not a formula),
#: and a structural test that cannot see through mutmut's trampolines.
SLOW_FOR_MUTATION = (
    "tests/property/test_reviu_properties.py::test_every_single_edit",
    "tests/property/test_reviu_properties.py::TestMutations::test_only_sakip_errors",
    # A structural test of the source (every public method carries the keyword guard):
    # mutmut replaces methods by its dispatching trampolines, which it cannot recognise.
    "tests/unit/test_api.py::test_public_methods_use_the_keyword_guard",
    # A structural test of the source (every phrase an error can carry has a catalog entry),
    # read by AST from the files: under mutmut they hold every mutant's copy of each phrase
    # (it failed mutmut's clean run, so no mutant could be judged); a mutant is chosen at run
    # time, which a reading of the files cannot see, so it kills none.
    "tests/unit/test_katalog.py::test_every_phrase_of_an_error_renders_in_indonesian",
)


#: Whole-report tests, left out when tools/mutation.py judges *text* mutants (it sets
#: SAKIP_MUTATION_TEXT): they reach almost every function, so each surviving text mutant
#: would re-run them all, and what they check of a message or an explanation the narrower
#: tests below check word by word.
WHOLE_REPORT = (
    "tests/golden/test_seed_reviu.py", "tests/golden/test_convention_reports.py",
    "tests/golden/test_seed_simulasi.py", "tests/property/test_reviu_",
    "tests/property/test_stabilize_file_properties.py", "tests/property/test_batch_properties.py",
    "tests/property/test_simulasi_properties.py", "tests/unit/test_cli",
    "tests/unit/test_reviu_", "tests/unit/test_lkj", "tests/unit/test_output_snapshot.py",
    "tests/unit/test_examples.py", "tests/unit/test_docs.py",
    "tests/unit/test_file_format_examples.py", "tests/unit/test_simulasi",
    "tests/unit/test_batch.py", "tests/unit/test_strict_reading.py",
)

#: The tests that pin explanation and message text, run first in a text run (a killed
#: mutant stops at its first failing test).
TEXT_TESTS = ("tests/unit/test_explanations.py", "tests/unit/test_refusal_messages.py",
              "tests/unit/test_refusals.py", "tests/unit/test_errors.py",
              "tests/unit/test_ikpa_text.py")

#: The only tests a text run keeps, unless the command names narrower ones: the unit tests.
#: Text is pinned word by word there; the property and golden tests check numbers, and each of
#: their Hypothesis examples would run again for every surviving text mutant (minutes per
#: mutant instead of seconds).  tools/mutation.py names, for a module's text mutants, the
#: module's own unit tests and the text tests (SAKIP_MUTATION_TEXT="tests/unit/a.py,...").
TEXT_RUN_TESTS = "tests/unit/"


#: What mutmut calls the runs in which it lists every test and maps tests to functions
#: (``MUTANT_UNDER_TEST``).
MUTMUT_BOOKKEEPING = ("list_all_tests", "stats")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under the mutation profile, deselect the slow whole-report properties; in a text run,
    every whole-report test and every test outside ``tests/unit``, and run the text tests
    first."""
    if os.environ.get("HYPOTHESIS_PROFILE") != "mutation":
        return
    slow: tuple[str, ...] = SLOW_FOR_MUTATION
    text = os.environ.get("SAKIP_MUTATION_TEXT", "")
    # Not while mutmut lists the tests or maps them to functions: a test left out then is
    # forgotten from its map, and mapped again, at length, by the next run.
    text_run = bool(text) and os.environ.get("MUTANT_UNDER_TEST") not in MUTMUT_BOOKKEEPING
    kept = tuple(path for path in text.split(",") if path.startswith(TEXT_RUN_TESTS)) or (
        TEXT_RUN_TESTS,)
    if text_run:
        slow = (*SLOW_FOR_MUTATION, *WHOLE_REPORT)
        items.sort(key=lambda item: not item.nodeid.startswith(TEXT_TESTS))  # stable

    def left_out(item: pytest.Item) -> bool:
        return item.nodeid.startswith(slow) or (
            text_run and not item.nodeid.startswith(kept))

    keep = [item for item in items if not left_out(item)]
    dropped = [item for item in items if left_out(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
