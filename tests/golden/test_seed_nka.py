"""Golden: NKA and IKPA figures of the seed report (LKj 2023, BGP Provinsi Kalimantan Selatan).

Source: Bab III, IKK 2.2 ("FORMULA NKA = 60% EKA + 40% IKPA = 95,15";
EKA 97,29 from SMART, IKPA 91,95 from OM-SPAN), and Tabel 3.1 (IKK 2.2).
"""

from __future__ import annotations

import sakip


def test_nka_95_15() -> None:
    """NKA = 60 % × 97,29 + 40 % × 91,95 = 95,154, printed 95,15."""
    n = sakip.nka(eka=sakip.parse_id("97,29"), ikpa=sakip.parse_id("91,95"))
    assert n.printed(2) == "95,15"
    assert n.printed(2, "down") == "95,15"


def test_ikpa_91_95_is_baik() -> None:
    """IKPA 91,95 (TA 2023, PER-5/PB/2022 bands) is in the category Baik."""
    assert sakip.kategori_ikpa(sakip.parse_id("91,95")) == "Baik"


def test_rounding_each_contribution_would_not_change_this_figure_but_is_never_done() -> None:
    """Contributions 58,374 and 36,78 sum to 95,154; sakip's value is the exact sum."""
    n = sakip.nka(eka="97.29", ikpa="91.95")
    rows = n.to_rows()
    assert [r["kontribusi"] for r in rows] == [sakip.parse_id("58,374"), sakip.parse_id("36,78")]
    assert n.value == sakip.parse_id("95,154")
