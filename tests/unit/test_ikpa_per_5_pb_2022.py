"""Issue 23: the PER-5/PB/2022 rules of revisi DIPA and deviasi, corrected (reference §15).

DJPb's comparison of the 2022 and 2024 rules (a KPPN's 2023 slide deck, reference
§15 [P]): under PER-5/PB/2022 revisi DIPA was controlled per quarter (per
semester from 2024) and the monthly deviasi was the arithmetic mean over jenis
belanja (the pagu-weighted mean is the 2024 rule).  The 2024 side agrees with a
public IKPA simulator's verification register (github.com/trianditogilang/
simulator-ikpa, docs/regulatory-verification-2026.md: REV-001 "Semester,
non-kumulatif", REV-003 "50% Semester I + 50% Semester II", DEV-002 "Rata-rata
deviasi bulanan tertimbang proporsi pagu jenis belanja").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip.ikpa import deviasi_halaman_iii_dipa

# 51 (pagu 900) 2 % off, 52 (pagu 100) 12 % off, every month (worked by hand).
TWO = {"rpd": {"51": [100] * 12, "52": [100] * 12},
       "realisasi": {"51": [102] * 12, "52": [112] * 12}, "pagu": {"51": 900, "52": 100}}


def test_revisi_counted_per_quarter() -> None:
    """Revisions 1, 2, 0, 3 per quarter: (110 + 100 + 110 + 50) / 4 = 92,5.

    Under the 2024 rule (what TA 2022–2023 got before) the same revisions are
    semesters of 3 and 3: 50.
    """
    new = sakip.ikpa_revisi_dipa(triwulan=[1, 2, 0, 3], aturan="per-5-pb-2022")
    assert new.value == Decimal("92.5")
    assert sakip.ikpa_revisi_dipa(semester_i=3, semester_ii=3).value == 50
    assert sakip.ikpa_revisi_dipa(triwulan=[2], aturan="per-5-pb-2022").value == 100
    assert sakip.ikpa_revisi_dipa(triwulan=[["211", "999"], ["211", "212", "213"]],
                                  aturan="per-5-pb-2022").value == 80


@pytest.mark.parametrize("kwargs", [
    {"semester_i": 1, "aturan": "per-5-pb-2022"},
    {"triwulan": [1, 2, 3, 4, 5], "aturan": "per-5-pb-2022"},
    {"triwulan": [], "aturan": "per-5-pb-2022"},
    {"aturan": "per-5-pb-2022"},
    {"semester_i": 1, "triwulan": [1]},
    {}])
def test_periods_of_the_other_rule_set_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(sakip.InvalidValueError):
        sakip.ikpa_revisi_dipa(**kwargs)  # type: ignore[arg-type]


def test_deviasi_arithmetic_mean_over_jenis_belanja() -> None:
    """By pagu share 0,9 × 2 + 0,1 × 12 = 3 % → 100; the 2022 mean (2 + 12) / 2 = 7 % → 93."""
    old = deviasi_halaman_iii_dipa(**TWO)  # type: ignore[arg-type]
    new = deviasi_halaman_iii_dipa(**TWO, aturan="per-5-pb-2022")  # type: ignore[arg-type]
    assert (old.deviasi, old.value) == (Decimal(3), Decimal(100))
    assert (new.deviasi, new.value) == (Decimal(7), Decimal(93))
    without = {k: v for k, v in TWO.items() if k != "pagu"}
    assert deviasi_halaman_iii_dipa(**without, aturan="per-5-pb-2022").value == 93  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match="pagu"):
        deviasi_halaman_iii_dipa(**without)  # type: ignore[arg-type]
    assert "arithmetic mean" in new.explain().to_text("en")
    assert "rerata aritmetik" in new.explain().to_text()  # the citation in Bahasa Indonesia


def test_composite_refuses_a_result_under_another_years_rules() -> None:
    """A TA 2023 IKPA takes the 2022 rules' results and refuses the 2024 rules' ones."""
    scores: dict[str, Any] = {
        "revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "pengelolaan_up_tup": 100,
        "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "penyerapan_anggaran": 100,
        "dispensasi_spm": 100, "capaian_output": 100}
    quarterly = sakip.ikpa_revisi_dipa(triwulan=[2, 2, 2, 2], aturan="per-5-pb-2022")
    assert sakip.ikpa(scores | {"revisi_dipa": quarterly}, tahun=2023).value == 100
    mean = deviasi_halaman_iii_dipa(**TWO, aturan="per-5-pb-2022")  # type: ignore[arg-type]
    assert sakip.ikpa(scores | {"deviasi_halaman_iii_dipa": mean}, tahun=2023).value < 100
    for wrong in (sakip.ikpa_revisi_dipa(semester_i=2, semester_ii=2),
                  deviasi_halaman_iii_dipa(**TWO)):  # type: ignore[arg-type]
        name = "revisi_dipa" if isinstance(wrong, sakip.IKPARevisiDIPA) else (
            "deviasi_halaman_iii_dipa")
        with pytest.raises(sakip.InvalidValueError, match="in force for TA 2023"):
            sakip.ikpa(scores | {name: wrong}, tahun=2023)
    with pytest.raises(sakip.InvalidValueError, match="in force for TA 2024"):
        sakip.ikpa({k: v for k, v in scores.items() if k != "dispensasi_spm"}
                   | {"revisi_dipa": quarterly}, aturan="per-5-pb-2024")
