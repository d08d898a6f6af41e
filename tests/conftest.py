"""Shared test configuration: Hypothesis profiles."""

from __future__ import annotations

import os

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
