"""Issue 23 (gate, round 2): the conventions of range and floor/ceiling targets, Renstra
ranges per year and TW IV targets written as floors or ceilings."""

from __future__ import annotations

from typing import Any

import pytest

import sakip


def _report(**sections: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "contoh", "tahun": 2023},
            **sections}


def _problems(data: dict[str, Any]) -> dict[str, sakip.SakipError]:
    with pytest.raises(sakip.LaporanError) as info:
        sakip.reviu(data)
    return {e.field: e for e in info.value.errors}


@pytest.mark.parametrize("rentang", ["", "naik", None, 1])
def test_rentang_outside_its_choices_is_refused(rentang: object) -> None:
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.capaian(target=(7, 8), realisasi=6, polarisasi="stabilize",
                      rentang=rentang)  # type: ignore[arg-type]
    assert (info.value.field, info.value.received) == ("rentang", rentang)


def test_rentang_without_a_range_is_refused() -> None:
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.capaian(target=7, realisasi=6, polarisasi="minimize", rentang="minimize")
    assert info.value.field == "rentang" and "polarisasi is 'stabilize'" in str(info.value)


def test_rentang_inside_the_range_is_100() -> None:
    for rentang in ("stabilize", "maximize", "minimize"):
        c = sakip.capaian(target=(7, 8), realisasi="7.5", polarisasi="stabilize",
                          rentang=rentang)  # type: ignore[arg-type]
        assert c.value == 100


def test_rentang_in_a_file_belongs_to_stabilize() -> None:
    found = _problems(_report(indikator=[{
        "kode": "W", "nama": "n", "polarisasi": "minimize", "rentang": "minimize",
        "target": "8", "realisasi": "9", "capaian": "87,50"}]))
    error = found["indikator[1].rentang"]
    assert error.received == "minimize" and "polarisasi 'stabilize'" in error.expected
