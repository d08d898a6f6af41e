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
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under the mutation profile, deselect the slow whole-report properties."""
    if os.environ.get("HYPOTHESIS_PROFILE") != "mutation":
        return
    keep = [item for item in items if not item.nodeid.startswith(SLOW_FOR_MUTATION)]
    dropped = [item for item in items if item.nodeid.startswith(SLOW_FOR_MUTATION)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
