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


def _batas(target: str, realisasi: str, printed: str, polarisasi: str | None = None
           ) -> sakip.Finding:
    ind = {"kode": "I", "nama": "n", "target": target, "realisasi": realisasi,
           "capaian": printed}
    if polarisasi:
        ind["polarisasi"] = polarisasi
    return sakip.reviu(_report(indikator=[ind]))["indikator.I.capaian"]


@pytest.mark.parametrize(("target", "realisasi", "formula"), [
    ("≥ 80%", "92%", "115"), ("Maksimal 5%", "4%", "120"), ("Minimal BB", "A", "120")])
def test_a_met_bound_printed_100_is_a_named_convention(target: str, realisasi: str,
                                                       formula: str) -> None:
    """A floor or ceiling that is met, printed 100 %: not the formula with the bound as T
    (shown in the reason), but the named convention '100 bila tercapai' (cap = 100)."""
    f = _batas(target, realisasi, "100%")
    assert f.status == "match-other-convention" and f.convention is not None
    assert (f.convention.topic, f.convention.name) == ("capaian batas", "100 bila tercapai")
    assert f"({formula})" in f.reason and f.recomputed == 100


def test_a_met_bound_printed_by_the_formula_is_a_plain_match() -> None:
    f = _batas("≥ 80%", "92%", "115%")
    assert f.status == "match" and f.recomputed == 115
    assert f.convention is not None and f.convention.name == "rumus"


def test_a_missed_bound_printed_100_is_a_mismatch() -> None:
    """72 % against a floor of 80 % is 90 % under both readings: 100 % is wrong."""
    f = _batas("≥ 80%", "72%", "100%")
    assert f.status == "mismatch" and f.recomputed == 90
