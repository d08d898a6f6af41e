"""Opt-in long fuzz mode: a search for super-linear shapes (issue 24).

Off in the normal suite (it takes many minutes and measures time and memory,
which the normal suite never asserts).  Run it with::

    SAKIP_LONG_FUZZ=1 python -m pytest -p no:cacheprovider tests/fuzz/test_growth.py

For every case of ``benchmarks/largest_file.py`` (one generator per section
and kind of value: outputs with kegiatan totals, the widest table, unreadable
cells (the same text, and each a different one), indicators, the pre-scan's
worst keys, PK targets, LKE answers, one long string, an efficiency table with
its means, an unterminated string of escaped quotes) a file is grown 50 KB →
500 KB → 5 MB, each size reviewed and rendered in each output format in the
default language (the benchmark measures both), a child process per run (as
one command run reviews a file and writes one format); the worst format's
figures count.  The test fails when CPU time or peak memory (above an empty
run's) grows more than 12× for a 10× larger file, or when a file under 5 MB
passes 10 s or 500 MB (the bound the file-format page states).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not os.environ.get("SAKIP_LONG_FUZZ"),
                                reason="opt-in long fuzz mode: set SAKIP_LONG_FUZZ=1")

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "largest_file.py"
SIZES = (50_000, 500_000, 4_999_999)
#: Growth allowed per 10× of size (linear is 10×; the rest is noise on a shared machine).
MAX_GROWTH = 12
#: Below these the figures are noise: a case this cheap passes whatever its ratio.
FLOOR_S = 0.2
FLOOR_MB = 20.0


def _cases() -> list[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("largest_file", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def _measure(case: str, budget: int) -> dict[str, float]:
    """The worst over the output formats of one run's CPU time and peak memory."""
    worst = {"s": 0.0, "mb": 0.0}
    for fmt in ("text", "markdown", "json", "html"):
        child = subprocess.run([sys.executable, str(BENCHMARK), "--child", case, "--budget",
                                str(budget), "--format", fmt], capture_output=True, text=True,
                               check=True, timeout=3600)
        row = json.loads(child.stdout)
        worst["s"] = max(worst["s"], row["reviu_s"] + row["render_s"])
        worst["mb"] = max(worst["mb"], row["peak_mb"])
    return worst


@pytest.fixture(scope="module")
def baseline_mb() -> float:
    return _measure("long string", 200)["mb"]


@pytest.mark.parametrize("case", _cases() if os.environ.get("SAKIP_LONG_FUZZ") else [])
def test_linear_growth_and_the_bound(case: str, baseline_mb: float) -> None:
    previous: dict[str, float] | None = None
    for size in SIZES:
        now = _measure(case, size)
        print(f"{case} {size} bytes: {now['s']:.2f} s, {now['mb']:.0f} MB")  # shown with -s
        now["mb"] = max(now["mb"] - baseline_mb, 0.0)
        assert now["s"] <= 10, f"{case} at {size} bytes: {now['s']:.1f} s"
        assert now["mb"] + baseline_mb <= 500, f"{case} at {size} bytes: {now['mb']:.0f} MB"
        if previous is not None:
            for key, floor in (("s", FLOOR_S), ("mb", FLOOR_MB)):
                if now[key] > floor:
                    growth = now[key] / max(previous[key], floor)
                    assert growth <= MAX_GROWTH, (
                        f"{case}: {key} grew {growth:.1f}× from {size // 10} to {size} bytes")
        previous = now
