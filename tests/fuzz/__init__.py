"""Fuzz harness (issue 16): hostile files, texts and contexts, as Hypothesis tests.

They run briefly in the normal suite; ``SAKIP_FUZZ=long`` runs them for
thousands of examples each (``SAKIP_FUZZ=long pytest tests/fuzz``), and
``SAKIP_FUZZ=<number>`` for that many.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: Examples per fuzz test: a brief run normally, a long one on demand.
_MODE = os.environ.get("SAKIP_FUZZ", "")
EXAMPLES = 5_000 if _MODE == "long" else int(_MODE) if _MODE.isdigit() else 25

fuzz_settings = settings(max_examples=EXAMPLES, deadline=None,
                         suppress_health_check=[HealthCheck.too_slow,
                                                HealthCheck.data_too_large])
