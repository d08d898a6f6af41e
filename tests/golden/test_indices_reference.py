"""Golden figures for the indices units print as IKU, and indicators from components.

Source of every number: the worked examples of the project's domain reference
(``shared/reference/regulations.md``, section 13): a service unit's SKM
(PermenPANRB 14/2017), DKI Jakarta's IPM 2017 (BPS), the nilai capaian IKI of
PermenPANRB 8/2021 and a component indicator (3 of 135 villages).  Compared as
the printed string.
"""

from __future__ import annotations

import sakip

#: Reference §13: a service unit, one quarter, 29 respondents, every unsur answered by all.
TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]


def test_ikm_worked_example_exact_weight() -> None:
    """Reference §13: Σ 955 → 955 ÷ (29 × 9) × 25 = 91,48 (HU), mutu A, NRR 3,6207 … 3,9655."""
    ikm = sakip.ikm(nilai_unsur=TOTALS, responden=29)
    assert ikm.konversi.printed() == "91,48"
    assert (ikm.mutu, ikm.kinerja) == ("A", "Sangat Baik")
    assert sakip.format_id(ikm.nrr[0], 4) == "3,6207"
    assert sakip.format_id(ikm.nrr[-1], 4) == "3,9655"
    assert ikm.bobot == "1/9"


def test_ipm_worked_example_dki_jakarta_2017() -> None:
    """Reference §13: DKI Jakarta 2017, UHH 72,55, HLS 12,86, RLS 11,02, 17.707 ribu → 80,06."""
    for ipm in (sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707),
                sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=17707000)):
        assert ipm.printed() == "80,06"
        assert ipm.status == "sangat tinggi"
        steps = [step.name for step in ipm.explain().steps]
        assert steps == ["I kesehatan", "I pendidikan", "I pengeluaran", "IPM"]


def test_nilai_capaian_iki_worked_example() -> None:
    """Reference §13: target 95, realisasi 93 → capaian 98 % → 88 (Cukup)."""
    nilai = sakip.nilai_capaian_iki(capaian=98)
    assert sakip.format_id(nilai.value, 0) == "88"
    assert nilai.kategori == "Cukup"


def test_indikator_komponen_worked_example() -> None:
    """Reference §13: 3 of 135 villages → 2,22 %."""
    assert sakip.indikator_komponen(pembilang=3, penyebut=135).printed() == "2,22"
