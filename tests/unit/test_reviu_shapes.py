"""Shapes real reports print (issue 23, part G2): polarisasi in the Renstra capaian,
mean and difference klaim, percentage points, inputs computed before rounding,
indicators without a target, parentheses, pagu-only rows."""

from __future__ import annotations

from typing import Any

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError


def _report(**sections: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2024}, **sections}


def _renstra(polarisasi: str, target: Any, realisasi: str, printed: str,
             **extra: Any) -> list[sakip.Finding]:
    ind = {"kode": "I", "nama": "n", "polarisasi": polarisasi, "target": target,
           "realisasi": realisasi, "renstra": {"kumulatif": False, "target": {
               "2024": "10" if polarisasi != "stabilize" else "85"}, "capaian": printed},
           **extra}
    return list(sakip.reviu(_report(indikator=[ind])))


# ---------------------------------------------------------------- Renstra polarisasi

def test_renstra_minimize_uses_the_indicators_formula() -> None:
    # The case: T 10, R 8, printed 120,00 was a mismatch against 80,00.
    [f] = _renstra("minimize", "10", "8", "120,00")
    assert f.status == "match" and f.recomputed == 120


def test_renstra_minimize_other_formula_is_a_named_convention() -> None:
    [f] = _renstra("minimize", "10", "8", "125,00")
    assert f.status == "match-other-convention"
    assert f.convention == sakip.Convention("capaian minimize", "t/r")


def test_renstra_minimize_declared_t_over_r() -> None:
    [f] = _renstra("minimize", "10", "8", "125,00", rumus_minimize="t/r")
    assert f.status == "match"


def test_renstra_stabilize_outside_its_range_is_not_computable() -> None:
    # The case: 95 against 85 "matched" 111,76 (R / T) outside the range.
    [f] = _renstra("stabilize", ["80", "85"], "95", "111,76")
    assert f.status == "not-computable"
    assert "stabilize" in f.reason and "renstra.target" in f.reason


def test_capaian_renstra_polarisasi_library() -> None:
    # minimize level: (2T − R) / T; kumulatif: applied to the sums.
    assert sakip.capaian_renstra(target={2024: 10}, realisasi={2024: 8}, kumulatif=False,
                                 polarisasi="minimize").value == 120
    assert sakip.capaian_renstra(target={2023: 5, 2024: 5}, realisasi={2023: 4, 2024: 4},
                                 kumulatif=True, polarisasi="minimize").value == 120
    assert sakip.capaian_renstra(target={2024: 10}, realisasi={2024: 8}, kumulatif=False,
                                 polarisasi="minimize", rumus_minimize="t/r").value == 125
    # stabilize: 100 inside the final-year range, the rumus above it (PermenPANRB 6/2022).
    inside = sakip.capaian_renstra(target={2024: ("80", "90")}, realisasi={2024: 85},
                                   kumulatif=False, polarisasi="stabilize")
    assert inside.value == 100 and inside.to_rows()[0]["target"] == "80–90"
    above = sakip.capaian_renstra(target={2024: (8, 9)}, realisasi={2024: 10},
                                  kumulatif=False, polarisasi="stabilize", rumus_minimize="t/r")
    assert above.value == 90
    with pytest.raises(InvalidValueError, match="kumulatif"):
        sakip.capaian_renstra(target={2024: (8, 9)}, realisasi={2024: 10}, kumulatif=True,
                              polarisasi="stabilize")
    with pytest.raises(InvalidTypeError, match="range"):
        sakip.capaian_renstra(target={2024: 9}, realisasi={2024: 10}, kumulatif=False,
                              polarisasi="stabilize")
    with pytest.raises(InvalidValueError, match="polarisasi"):
        sakip.capaian_renstra(target={2024: "A"}, realisasi={2024: "A"}, kumulatif=False,
                              polarisasi="minimize")
    with pytest.raises(InvalidValueError, match="polarisasi"):
        sakip.capaian_renstra(target={2024: 1}, realisasi={2024: 1}, kumulatif=False,
                              polarisasi="up")


def test_stabilize_above_the_range_honours_rumus_minimize() -> None:
    # Above U the minimize formula of the indicator applies (the reference §1.3: "each
    # with the indicator's own direction"); it was always (2U − R) / U.
    c = sakip.capaian(target=(80, 90), realisasi=95, polarisasi="stabilize",
                      rumus_minimize="t/r")
    assert str(c.rounded(2)) == "94.74"
