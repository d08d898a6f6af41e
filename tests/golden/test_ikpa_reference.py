"""Golden figures for the IKPA per-indicator rules, TA 2024–2026.

Source of every number: the project's domain reference
(``shared/reference/regulations.md``, sections 5 and 11: DJPb's 2024
technical-guidance slides as quoted by a public IKPA simulator's
verification register, KPPN pages), and the worked calls of issue 14.
Compared as the printed string (two decimals, half-up).
"""

from __future__ import annotations

import datetime

import pytest

import sakip
from sakip.ikpa import penyerapan_triwulan, potongan_dispensasi_spm


def test_capaian_output_december_example() -> None:
    """§11: December, RVRO 2 of volume 4 → 50 → 0,3 × 100 + 0,7 × 50 = 65,00."""
    co = sakip.ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")],
                                   ketepatan_waktu=100, bulan=12, tahun=2024)
    assert co.printed() == "65,00"


@pytest.mark.parametrize(("tahun", "printed"), [(2024, "82,50"), (2025, "82,50"), (2026, "82,50")])
def test_capaian_output_issue_example(tahun: int, printed: str) -> None:
    """Issue 14: 0,3 × 100 + 0,7 × mean(100, 50) = 82,50 (Formula 1, June)."""
    ro = [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50"),
          sakip.CapaianRO(kode="5634.SCI.010", pcro="20", tpcro="40")]
    co = sakip.ikpa_capaian_output(ro, ketepatan_waktu=100, bulan=6, tahun=tahun)
    assert co.printed() == printed


def test_capaian_output_late_report() -> None:
    """§11: a late report scores 0 for ketepatan waktu: 0,7 × 100 = 70,00."""
    ro = [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50")]
    assert sakip.ikpa_capaian_output(ro, ketepatan_waktu=0, bulan=6,
                                     tahun=2024).printed() == "70,00"


@pytest.mark.parametrize(
    ("semester_i", "semester_ii", "printed"),
    [(0, 0, "110,00"), (1, 1, "110,00"), (2, 2, "100,00"), (3, 3, "50,00"), (1, 2, "105,00"),
     (0, 5, "80,00")],
)
def test_revisi_dipa_table(semester_i: int, semester_ii: int, printed: str) -> None:
    """§11: per semester 0–1 → 110, 2 → 100, ≥ 3 → 50; the year 50 % + 50 %."""
    assert sakip.ikpa_revisi_dipa(semester_i=semester_i,
                                  semester_ii=semester_ii).printed() == printed


@pytest.mark.parametrize(
    ("share", "printed"),
    [("75.01", "100,00"), ("75", "80,00"), ("50.01", "80,00"), ("50", "60,00"),
     ("25.01", "60,00"), ("25", "50,00"), ("0.01", "50,00"), ("0", "0,00")],
)
def test_kontraktual_distribution_buckets(share: str, printed: str) -> None:
    """§11: by TW II > 75 % → 100; 50,01–75 % → 80; 25,01–50 % → 60; 0,01–25 % → 50; 0 → 0."""
    k = sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2=share)
    assert k.printed() == printed


def test_kontraktual_weights_and_kontrak_dini() -> None:
    """§11: weights 20 / 40 / 40; pra-DIPA 120, 1 January–31 March 110."""
    k = sakip.ikpa_belanja_kontraktual(tahun=2025, distribusi_tw2="100",
                                       kontrak_dini=[datetime.date(2024, 12, 30)],
                                       akselerasi_53=(1, 1))
    assert k.printed() == "108,00"  # 0,2 × 100 + 0,4 × 120 + 0,4 × 100
    k = sakip.ikpa_belanja_kontraktual(tahun=2025, distribusi_tw2="100",
                                       kontrak_dini=[datetime.date(2025, 3, 31)],
                                       akselerasi_53=(1, 1))
    assert k.printed() == "104,00"  # 0,2 × 100 + 0,4 × 110 + 0,4 × 100


@pytest.mark.parametrize(
    ("realisasi", "printed"),
    # UP KKP 1.000/month → 12.000/year; targets 1 / 5 / 9 / 12,5 % = 120 / 600 / 1.080 / 1.500.
    [([120, 600, 1080, 1500], "101,00"), ([119, 599, 1079, 1499], "100,00"),
     ([120, 599, None, None], "100,50")],
)
def test_up_tup_kkp_targets(realisasi: list[int | None], printed: str) -> None:
    """§11: KKP reaches its quarterly target → 110, else 100; 0,9 × tunai + 0,1 × KKP."""
    u = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=100,
                                      setoran_tup=100, up_kkp=1000, realisasi_kkp=realisasi)
    assert u.printed() == printed


def test_up_tup_tunai_weights() -> None:
    """§11: tunai = 50 % ketepatan waktu + 25 % GUP disebulankan + 25 % setoran TUP."""
    u = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=80, gup_disebulankan=100, setoran_tup=0)
    assert u.printed() == "65,00"


@pytest.mark.parametrize(("jenis", "targets"),
                         [("51", (20, 50, 75, 95)), ("52", (15, 50, 70, 90)),
                          ("53", (10, 40, 70, 90)), ("57", (25, 50, 75, 95))])
def test_penyerapan_targets(jenis: str, targets: tuple[int, ...]) -> None:
    """§5: absorption exactly at the cumulative quarterly target scores 100; half of it 50."""
    exact = penyerapan_triwulan(pagu={jenis: 100}, realisasi={jenis: list(targets)})
    assert exact.printed() == "100,00"
    half = penyerapan_triwulan(pagu={jenis: 200}, realisasi={jenis: list(targets)})
    assert half.printed() == "50,00"


@pytest.mark.parametrize(
    ("dispensasi", "spm", "printed"),
    # The edges at exactly 0,01 / 0,1 / 1 / 5 ‰ (§5, §11: DJPb 2024 slides).
    [(1, 100000, "0,25"), (1, 10000, "0,50"), (1, 1000, "0,75"), (5, 1000, "1,00"),
     (0, 1000, "0,00")],
)
def test_dispensasi_edges(dispensasi: int, spm: int, printed: str) -> None:
    """Each printed lower edge opens its bucket."""
    value = potongan_dispensasi_spm(jumlah_dispensasi=dispensasi, jumlah_spm=spm)
    assert sakip.format_id(value, 2) == printed


@pytest.mark.parametrize(
    ("dispensasi", "spm", "printed"),
    # The printed upper edges 0,099 / 0,99 / 4,99 ‰ stay in their buckets (§5: 0,01–0,099 ‰
    # → 0,25; 0,1–0,99 ‰ → 0,50; 1–4,99 ‰ → 0,75).
    [(99, 1000000, "0,25"), (99, 100000, "0,50"), (499, 100000, "0,75")],
)
def test_dispensasi_printed_upper_edges(dispensasi: int, spm: int, printed: str) -> None:
    """Each printed upper edge is the last ratio of its bucket."""
    value = potongan_dispensasi_spm(jumlah_dispensasi=dispensasi, jumlah_spm=spm)
    assert sakip.format_id(value, 2) == printed


def test_categories() -> None:
    """§11: < 70 Kurang; 70 – < 89 Cukup; 89 – < 95 Baik; ≥ 95 Sangat Baik."""
    assert [sakip.kategori_ikpa(v) for v in ("69.99", "70", "88.99", "89", "94.99", "95")] == [
        "Kurang", "Cukup", "Cukup", "Baik", "Baik", "Sangat Baik"]


def test_penyelesaian_tagihan_formula() -> None:
    """§11: SPM-LS kontraktual on time ÷ all × 100: 17 of 20 → 85,00; 2 of 3 → 66,67."""
    assert sakip.ikpa_penyelesaian_tagihan(tepat_waktu=17, jumlah=20).printed() == "85,00"
    assert sakip.ikpa_penyelesaian_tagihan(tepat_waktu=2, jumlah=3).printed() == "66,67"


def test_deviasi_threshold() -> None:
    """§5: an average deviation of exactly 5 % still scores 100 [C2]."""
    from sakip.ikpa import deviasi_halaman_iii_dipa

    d = deviasi_halaman_iii_dipa(rpd={"52": [100] * 12}, realisasi={"52": [105] * 12},
                                 pagu={"52": 1})
    assert sakip.format_id(d.deviasi, 2) == "5,00" and d.printed() == "100,00"


def test_capaian_output_2026_ro_khusus() -> None:
    """§11 TA 2026: RO khusus (KRO FAN, e.g. FAN.ZZ1) are excluded: 82,50 with or without it."""
    ro = [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50"),
          sakip.CapaianRO(kode="5634.SCI.010", pcro="20", tpcro="40"),
          sakip.CapaianRO(kode="5634.FAN.ZZ1", pcro="0", tpcro="50")]
    assert sakip.ikpa_capaian_output(ro, ketepatan_waktu=100, bulan=6,
                                     tahun=2026).printed() == "82,50"
