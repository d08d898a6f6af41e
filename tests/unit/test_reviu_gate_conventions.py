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
    return {str(e.field): e for e in info.value.errors}


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
                          rentang=rentang)
        assert c.value == 100


def test_rentang_in_a_file_belongs_to_stabilize() -> None:
    found = _problems(_report(indikator=[{
        "kode": "W", "nama": "n", "polarisasi": "minimize", "rentang": "minimize",
        "target": "8", "realisasi": "9", "capaian": "87,50"}]))
    error = found["indikator[1].rentang"]
    assert error.received == "minimize" and "polarisasi 'stabilize'" in str(error.expected)


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


def _stabilize(renstra: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return _report(indikator=[{"kode": "S", "nama": "n", "polarisasi": "stabilize",
                               "target": ["80", "85"], "realisasi": "95",
                               "renstra": renstra, **extra}])


def test_renstra_range_per_year_under_stabilize() -> None:
    """A Renstra target matrix printing a range per year ("80–85"): the capaian against the
    final year's range, as capaian_renstra does (95 above 80–85: (170 − 95) / 85)."""
    years = {"2022": ["80", "85"], "2023": ["80", "85"], "2024": ["80", "85"]}
    r = sakip.reviu(_stabilize({"target": years, "capaian": "88,24"}))
    f = r["indikator.S.renstra"]
    assert f.status == "match"
    assert f.recomputed == sakip.capaian_renstra(
        target={2022: (80, 85), 2023: (80, 85), 2024: (80, 85)}, realisasi={2023: 95},
        kumulatif=False, polarisasi="stabilize").value


def test_renstra_range_summed_is_not_computable() -> None:
    f = sakip.reviu(_stabilize({"target": {"2024": ["80", "85"]}, "kumulatif": True,
                                "capaian": "88,24"}))["indikator.S.renstra"]
    assert f.status == "not-computable" and "a sum of the years' ranges" in f.reason


def test_renstra_single_numbers_under_stabilize_say_how_to_write_a_range() -> None:
    f = sakip.reviu(_stabilize({"target": {"2024": "85"}, "capaian": "88,24"}))[
        "indikator.S.renstra"]
    assert f.status == "not-computable" and '["7", "8"]' in f.reason


def test_renstra_range_needs_stabilize() -> None:
    data = _stabilize({"target": {"2024": ["80", "85"]}, "capaian": "88,24"})
    data["indikator"][0].update(polarisasi="maximize", target="85")
    error = _problems(data)["indikator[1].renstra.target.2024"]
    assert "polarisasi = 'stabilize'" in str(error.expected)
    assert '["80", "85"]' in str(error)


def test_renstra_range_low_above_high_is_refused() -> None:
    found = _problems(_stabilize({"target": {"2024": ["85", "80"]}}))
    assert "low <= high" in str(found["indikator[1].renstra.target.2024"].expected)


def _tw4(tw: str, target: str = "≥ 80%") -> sakip.Finding:
    return sakip.reviu(_report(indikator=[{
        "kode": "A", "nama": "n", "target": target, "realisasi": "92%", "capaian": "115%",
        "triwulan": {"target": {"1": "≥ 20%", "4": tw}}}]))["indikator.A.triwulan.4.target"]


@pytest.mark.parametrize("tw", ["≥ 80%", "Minimal 80%", "80%"])
def test_tw4_target_as_a_floor_matches_the_annual_floor(tw: str) -> None:
    f = _tw4(tw)
    assert (f.status, f.recomputed) == ("match", "80")


@pytest.mark.parametrize(("tw", "why"), [("≤ 80%", "as a minimal bound"), ("≥ 85%", "")])
def test_tw4_target_with_another_bound_is_a_mismatch(tw: str, why: str) -> None:
    f = _tw4(tw)
    assert f.status == "mismatch" and why in f.reason


def test_renstra_range_follows_the_indicator_rentang() -> None:
    """6,5 against a final-year range 7–8: 107,14 as the regulation reads it; declared
    rentang minimize on the indicator, the Renstra capaian follows it (a match)."""
    data = _report(indikator=[{
        "kode": "W", "nama": "n", "polarisasi": "stabilize", "target": ["7", "8"],
        "realisasi": "6,5", "capaian": "107,14",
        "renstra": {"target": {"2023": ["7", "8"], "2024": ["7", "8"]}, "capaian": "107,14"}}])
    found = sakip.reviu(data)["indikator.W.renstra"]
    assert found.status == "match-other-convention" and found.convention is not None
    assert found.convention.name == "minimize"
    data["indikator"][0]["rentang"] = "minimize"
    assert sakip.reviu(data)["indikator.W.renstra"].status == "match"
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.capaian_renstra(target={2024: 8}, realisasi={2024: 9}, kumulatif=False,
                              polarisasi="minimize", rentang="minimize")
    assert info.value.field == "rentang"
