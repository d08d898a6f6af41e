"""NKA and EKA explanations of components given as sakip results (issue 30).

A working paper pastes the NKA's explanation; where its EKA or IKPA is itself computed by
sakip, the explanation must show that computation first, named by the component it fed
(reference §4: NKA = 60 % EKA + 40 % IKPA; EKA from capaian RO, penyerapan, nilai
efisiensi and konsistensi; PMK 2/PMK.02/2021 for the K/L figure).
"""

from __future__ import annotations

import sakip


def _names(figure: object) -> list[str]:
    return [step.name for step in figure.explain().in_bahasa("en").steps]  # type: ignore[attr-defined]


def test_an_eka_of_a_computed_penyerapan_shows_it_first() -> None:
    eka = sakip.eka(capaian_ro=100, penyerapan=sakip.penyerapan(pagu=100, realisasi=99),
                    nilai_efisiensi="90.73", konsistensi=95)
    assert _names(eka) == ["penyerapan: penyerapan", "nilai komposit"]


def test_an_nka_of_a_computed_ikpa_shows_it_first() -> None:
    nka = sakip.nka(eka="97.29", ikpa=sakip.nka(eka=90, ikpa=90))
    assert _names(nka) == ["ikpa: nilai komposit", "nilai komposit"]


def test_a_kl_nilai_kinerja_anggaran_of_a_computed_part_shows_it_first() -> None:
    nilai = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=sakip.nka(eka=90, ikpa=90),
                                         indikator_kinerja_anggaran="80")
    assert _names(nilai)[0] == "pengelolaan_anggaran: nilai komposit"
