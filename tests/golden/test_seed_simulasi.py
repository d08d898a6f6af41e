"""Golden: what-it-takes answers on the seed report (LKj 2023, BGP Provinsi Kalimantan Selatan).

Inputs are the seed's printed figures (``src/sakip/data/bgp-kalsel-2023.toml``):
pagu, realisasi and capaian output per RO from the efficiency table and the
"Realisasi Anggaran Per Output" graphic (which follow the ``per-pagu``
formula), the NE printed at two decimals half-up, the IKPA 91,95 of TA 2023
(PER-5/PB/2022), the LKE nilai 82,70 and IKK 1.1 (target 1176, capaian
printed 101,10 by truncation).  Each expected answer is worked out by hand in
its comment from those figures and the reference's formulas
(``../shared/reference/regulations.md`` §1, §4, §5), not by the code under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import sakip
from sakip.simulasi import Solution, Unreachable

NE_PRINTED = sakip.Rounding(2, "half_up")  # the seed prints NE as 99,70, 53,92 ...


def _outputs() -> list[sakip.RincianOutput]:
    from tests.golden.test_seed_budget import OUTPUTS as ROWS

    return [sakip.RincianOutput(kode=k, nama=n, pagu=sakip.parse_id(p),
                                realisasi=sakip.parse_id(r), capaian=sakip.parse_id(c))
            for k, n, p, r, c in ROWS]


ROS = {ro.kode: ro for ro in _outputs()}


class TestCapaianIKK11:
    """IKK 1.1: target 1176, realisasi 1189, printed capaian 101,10 (truncated)."""

    def test_realisasi_for_100(self) -> None:
        """Capaian 100 % needs R = T = 1176."""
        assert sakip.simulasi.realisasi_untuk(target=1176, capaian=100).value == 1176

    def test_realisasi_for_printed_101_10(self) -> None:
        """Printed 101,10 by truncation needs 100·R/1176 ≥ 101,10: R ≥ 1188,936, so 1189."""
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                              rounding=sakip.Rounding(2, "down"))
        assert need.value == 1189
        assert sakip.capaian(target=1176, realisasi=need.value).printed(2, "down") == "101,10"

    def test_realisasi_for_printed_101_10_half_up(self) -> None:
        """Half-up: 100·R/1176 ≥ 101,095 gives R ≥ 1188,8772, so 1189 again (1188 prints 101,02)."""
        need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                              rounding=sakip.Rounding(2, "half_up"))
        assert need.value == 1189


class TestPredikatIKK21:
    """IKK 2.1: target BB, realised A, printed capaian 120 (ordinal ranks A 6 / BB 5)."""

    def test_least_predikat_for_the_printed_120(self) -> None:
        """120 % of BB's rank 5 is rank 6: A, as realised; 100 % needs BB itself."""
        assert sakip.simulasi.realisasi_untuk(target="BB", capaian=120).to_row()[
            "predikat"] == "A"
        assert sakip.simulasi.realisasi_untuk(target="BB", capaian=100).to_row()[
            "predikat"] == "BB"


class TestEfisiensiSeed:
    """The efficiency table: which realisasi keeps or reaches Sangat Efisien (NE ≥ 90, printed)."""

    # Kurang Efisien outputs (CO 100): printed NE ≥ 90,00 half-up ⇔ NE ≥ 89,995 ⇔
    # E ≥ 15,998 ⇔ RA ≤ P × (1 − 0,15998), rounded down to whole rupiah.
    @pytest.mark.parametrize(("kode", "expected"), [
        ("5635.EBA.962", "88847235"),     # 105.768.000 × 0,84002 = 88.847.235,36
        ("5635.EBA.994", "5601920335"),   # 6.668.794.000 × 0,84002 = 5.601.920.335,88
        ("5635.EBB.951", "331425690"),    # 394.545.000 × 0,84002 = 331.425.690,90
        ("5635.EBB.971", "167836836"),    # 199.801.000 × 0,84002 = 167.836.836,02
    ])
    def test_greatest_realisasi_for_sangat_efisien(self, kode: str, expected: str) -> None:
        """The most a Kurang Efisien output could have spent and still be Sangat Efisien."""
        ro = ROS[kode]
        answer = sakip.simulasi.realisasi_maksimum(ro, rumus="per-pagu", rounding=NE_PRINTED)
        assert isinstance(answer, Solution)
        assert answer.value == Decimal(expected)
        printed_ne = answer.figure.nilai.rounded(2, "half_up")
        assert printed_ne == Decimal("90.00")
        assert sakip.kategori_efisiensi(printed_ne) == "Sangat Efisien"
        # one rupiah more and the printed NE drops to 89,99
        more = sakip.RincianOutput(kode=kode, pagu=ro.pagu, realisasi=answer.value + 1,
                                   capaian=ro.capaian)
        assert sakip.efisiensi([more], rumus="per-pagu").nilai.printed(2) == "89,99"

    @pytest.mark.parametrize("kode", ["5634.QDC.011", "5634.SCI.010", "5634.SCI.011"])
    def test_sangat_efisien_outputs_never_leave_within_pagu(self, kode: str) -> None:
        """CO ≈ 120 %: even RA = P gives E ≈ 20 > 16, so the answer is the pagu itself."""
        ro = ROS[kode]
        answer = sakip.simulasi.realisasi_maksimum(ro, rumus="per-pagu", rounding=NE_PRINTED)
        assert answer.value == ro.pagu
        assert "upper end" in answer.explain().to_text("en")

    # Least CO keeping Sangat Efisien: E = CO − 100·RA/P ≥ 15,998, rounded up to 0,01.
    @pytest.mark.parametrize(("kode", "expected"), [
        ("5634.QDC.011", "115.26"),  # 15,998 + 99,2592... = 115,2572...
        ("5634.SCI.010", "115.99"),  # 15,998 + 99,98978... = 115,98778...
        ("5634.SCI.011", "115.99"),  # 15,998 + 99,98959... = 115,98759...
    ])
    def test_least_capaian_output_keeping_sangat_efisien(self, kode: str, expected: str) -> None:
        """The capaian output at which each Sangat Efisien output would leave the band."""
        answer = sakip.simulasi.capaian_output_minimum(ROS[kode], rumus="per-pagu",
                                                       rounding=NE_PRINTED)
        assert answer.value == Decimal(expected)

    def test_satker_capaian_output_of_one_output(self) -> None:
        """Satker per-pagu E over the seven ROs; least CO of 5634.SCI.010 keeping it Sangat Efisien.

        Σ P = 36.716.642.000, Σ RA = 36.586.922.278; with the other outputs fixed,
        (Σ_others P·CO + P_SCI010·CO − Σ RA) / Σ P ≥ 0,15998 gives CO ≥ 119,4516...%,
        so 119,46 on the grid of hundredths.
        """
        answer = sakip.simulasi.capaian_output_minimum(list(ROS.values()), kode="5634.SCI.010",
                                                       rumus="per-pagu", rounding=NE_PRINTED)
        assert answer.value == Decimal("119.46")

    def test_satker_total_realisasi(self) -> None:
        """The satker's greatest total realisasi keeping Sangat Efisien (per-pagu, NE printed).

        E = (Σ P·CO − Σ RA) / Σ P ≥ 15,998 %: Σ RA ≤ Σ P·CO − 0,15998 × 36.716.642.000
        = 36.674.131.366,34, so 36.674.131.366 (Rp 87.209.088 more than the 36.586.922.278
        spent).
        """
        answer = sakip.simulasi.realisasi_maksimum(list(ROS.values()), rumus="per-pagu",
                                                   rounding=NE_PRINTED)
        assert isinstance(answer, Solution)
        assert answer.value == Decimal("36674131366")
        assert answer.figure.nilai.printed(2) == "90,00"

    def test_band_edges(self) -> None:
        """NE = 50 + 2,5·E: band lower edges 90/70/60/50 ⇔ E = 16/8/4/0 (PMK 214/2017 §NE)."""
        edges = sakip.simulasi.batas_efisiensi()
        assert [(i.question.label, str(i.value)) for i in edges] == [
            ("Sangat Efisien", "16.00"), ("Efisien", "8.00"), ("Cukup Efisien", "4.00"),
            ("Kurang Efisien", "0.00")]


class TestIKPASeed:
    """IKPA 91,95 (TA 2023, PER-5/PB/2022): what Sangat Baik (≥ 95) would take."""

    def test_from_91_95_exact(self) -> None:
        """Gap 3,05; raise of an indicator of weight w: 3,05 × 100 / w (weights of §5)."""
        r = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023)
        assert dict(r.summary)["nilai_ikpa_diperlukan"] == 95
        assert dict(r.summary)["gap"] == Decimal("3.05")
        assert {i.question.label: str(i.value) for i in r} == {
            "revisi_dipa": "30.50", "deviasi_halaman_iii_dipa": "30.50",
            "pengelolaan_up_tup": "30.50", "belanja_kontraktual": "30.50",
            "penyelesaian_tagihan": "30.50", "penyerapan_anggaran": "15.25",
            "dispensasi_spm": "61.00", "capaian_output": "12.20"}

    def test_from_91_95_printed_half_up(self) -> None:
        """Printed 95,00 half-up needs ≥ 94,995: raise 3,045 × 100 / w, up to the 0,01 grid."""
        r = sakip.simulasi.kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023,
                                                     rounding=sakip.Rounding(2, "half_up"))
        assert r["capaian_output"].value == Decimal("12.18")   # 12,18 exactly
        assert r["penyerapan_anggaran"].value == Decimal("15.23")  # 15,225 → 15,23
        assert r["revisi_dipa"].value == Decimal("30.45")
        assert r["dispensasi_spm"].value == Decimal("60.90")

    def test_kategori_now(self) -> None:
        """91,95 is Baik (89 ≤ nilai < 95)."""
        assert sakip.kategori_ikpa("91.95") == "Baik"


class TestLKESeed:
    """LKE nilai 82,70 (A): AA needs nilai > 90, i.e. 90,01 at two decimals: 7,31 points."""

    def test_points_for_aa(self) -> None:
        """24,50 + 25,00 + 12,00 + 21,20 = 82,70; 90,01 − 82,70 = 7,31; no component alone."""
        r = sakip.simulasi.poin_lke_untuk(perencanaan="24.50", pengukuran="25.00",
                                          pelaporan="12.00", evaluasi_internal="21.20")
        assert dict(r.summary)["poin_diperlukan"] == Decimal("7.31")
        # each component's room: 5,50 / 5,00 / 3,00 / 3,80, all short of 7,31
        assert all(isinstance(item, Unreachable) for item in r)
