"""Issue 26: the least level steps for a Pemdi predikat equal a brute force (property)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip.simulasi import kenaikan_pemdi
from tests.strategies import pemdi_low_levels
from tests.unit.test_simulasi_indeks import _pemdi_brute


@settings(max_examples=15, deadline=None)
@given(full=pemdi_low_levels(), predikat=st.sampled_from(["Sangat Baik", "Memuaskan"]))
def test_pemdi_least_steps_equal_brute_force(full: dict[int, int], predikat: str) -> None:
    """The plan's steps equal the brute-force least; its figure is the public function's."""
    plan = kenaikan_pemdi(indikator=full, predikat=predikat)
    assert plan.value == _pemdi_brute(full, predikat)
    assert plan.figure.value == sakip.indeks_pemdi(
        indikator=full | {int(n): int(after) for n, _, after in plan.raises}).value
    assert all(Decimal(1) <= before < after <= 5 for _, before, after in plan.raises)
