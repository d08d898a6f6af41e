"""A refusal shows the value as the caller wrote it, not the Decimal the library made of it.

``received`` is what an auditor compares with their working paper: ``'0.0'`` as typed,
a mapping of years as given, indicator numbers as given (ints, in the caller's order).
"""

from __future__ import annotations

from typing import Any

import pytest

import sakip
from sakip.errors import shown


def _refusal(call: Any) -> sakip.InvalidValueError:
    with pytest.raises(sakip.InvalidValueError) as caught:
        call()
    return caught.value


def test_capaian_renstra_mixed_realisasi_shows_the_realisasi_as_given() -> None:
    realisasi = {2025: "5.0", 2026: "BB"}
    error = _refusal(lambda: sakip.capaian_renstra(
        target={2025: "10", 2026: "20"}, realisasi=realisasi, agregasi="stock"))
    assert (error.field, error.expected) == ("realisasi", "all numbers or all predikat")
    assert error.received is realisasi
    assert str(error).endswith(f"received {shown(realisasi)}")


def test_capaian_renstra_mixed_targets_show_the_realisasi_as_given() -> None:
    """The kinds are checked across targets and realisasi together; the realisasi is named."""
    realisasi = {2025: "5"}
    error = _refusal(lambda: sakip.capaian_renstra(
        target={2025: "10.0", 2026: "BB"}, realisasi=realisasi, agregasi="stock"))
    assert (error.field, error.expected) == ("realisasi", "all numbers or all predikat")
    assert error.received is realisasi


@pytest.mark.parametrize(("kw", "field", "expected", "received"), [
    ({"capaian": "50.0", "realisasi_volume": "1", "target_volume": "2"}, "capaian",
     "either capaian or volumes, not both", "50.0"),
    ({"realisasi_volume": "1", "target_volume": "0.00"}, "target_volume",
     "a target volume > 0", "0.00"),
    ({"realisasi": "1000.50"}, "realisasi", "realisasi <= pagu (1000)", "1000.50"),
])
def test_rincian_output_refusals_show_the_value_as_written(
        kw: dict[str, str], field: str, expected: str, received: str) -> None:
    args: dict[str, Any] = {"kode": "5634.SCI.010", "pagu": "1000", "realisasi": "900"} | kw
    error = _refusal(lambda: sakip.RincianOutput(**args))
    assert (error.field, error.expected, error.received) == (field, expected, received)
    assert str(error) == f"{field}: expected {expected}; received '{received}'"


def test_indeks_pemdi_missing_indicators_show_the_numbers_given() -> None:
    given = {2: 3, 1: 4}
    error = _refusal(lambda: sakip.indeks_pemdi(indikator=given))
    assert error.field == "indikator"
    assert str(error.expected).startswith("every indikator of permenpanrb-8-2026; missing 3, 4, 5")
    assert error.received == [2, 1]
