"""Unit tests for the IKPA per-indicator calculators, year adjustments and the composite."""

from __future__ import annotations

import datetime
import pickle
import re
from decimal import Decimal as D
from typing import Any

import pytest

import sakip
from sakip.ikpa import penyerapan_triwulan

RO = [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50"),
      sakip.CapaianRO(kode="5634.SCI.010", pcro="20", tpcro="40")]


def test_issue_examples() -> None:
    """The calls of issue 14 work exactly as written."""
    co = sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=6, tahun=2024)
    assert co.value == D("82.5")
    dec = sakip.ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="3", volume="4")],
                                    ketepatan_waktu=100, bulan=12, tahun=2024)
    assert dec.value == D("82.5")
    khusus = [*RO, sakip.CapaianRO(kode="5634.FAN.ZZ1", pcro="0", tpcro="50")]
    assert sakip.ikpa_capaian_output(khusus, ketepatan_waktu=100, bulan=6,
                                     tahun=2026).value == D("82.5")
    text = str(co.explain())
    assert "Formula 1" in text and "capaian RO" in text and co.explain().value == co.value


def test_capaian_output_formulas() -> None:
    """Formula 2 once PCRO ≥ 100 before December; caps at 100; unconfirmed scores 0."""
    done = sakip.CapaianRO(kode="5634.QDC.011", pcro="100", tpcro="60", rvro="5", volume="4")
    co = sakip.ikpa_capaian_output([done], ketepatan_waktu=0, bulan=7, tahun=2024)
    assert co.value == 70  # Formula 2: min(125, 100) × 0,7
    assert co.to_rows() == [{"kode": "5634.QDC.011", "rumus": "2", "value": D(100),
                              "rounded": D("100.00")}]
    over = sakip.CapaianRO(kode="5634.QDC.011", pcro="80", tpcro="40")
    unconfirmed = sakip.CapaianRO(kode="5634.SCI.010", pcro="40", tpcro="40",
                                  terkonfirmasi=False)
    co = sakip.ikpa_capaian_output([over, unconfirmed], ketepatan_waktu=100, bulan=3,
                                   tahun=2025)
    assert co.capaian_ro == 50 and co.value == 65
    assert [r["rumus"] for r in co.to_rows()] == ["1", "tidak terkonfirmasi"]


def test_capaian_output_ro_khusus() -> None:
    """RO khusus count in 2024 and 2025 and are excluded in 2026 (to_rows says so)."""
    khusus = [*RO, sakip.CapaianRO(kode="5634.FAN.ZZ1", pcro="0", tpcro="50")]
    assert sakip.ikpa_capaian_output(khusus, ketepatan_waktu=100, bulan=6,
                                     tahun=2024).value == 65  # mean(100, 50, 0) = 50
    co = sakip.ikpa_capaian_output(khusus, ketepatan_waktu=100, bulan=6, tahun=2026)
    assert co.dikecualikan == ("5634.FAN.ZZ1",)
    assert co.to_rows()[2] == {"kode": "5634.FAN.ZZ1", "rumus": "dikecualikan",
                                "value": None, "rounded": None}
    assert "RO khusus" in str(co.explain())
    with pytest.raises(sakip.NotComputableError, match="excluded"):
        sakip.ikpa_capaian_output(khusus[2:], ketepatan_waktu=100, bulan=6, tahun=2026)


def test_capaian_output_refusals() -> None:
    """Months outside 1–12, missing pairs, bad codes, zero targets and duplicates are refused."""
    with pytest.raises(sakip.InvalidValueError, match="month"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=13, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="month"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=0, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="tpcro"):
        sakip.CapaianRO(kode="5634.QDC.011", pcro="50")
    with pytest.raises(sakip.InvalidValueError, match="rvro"):
        sakip.CapaianRO(kode="5634.QDC.011", volume="4")
    with pytest.raises(sakip.InvalidValueError, match="pcro"):
        sakip.CapaianRO(kode="5634.QDC.011")
    with pytest.raises(sakip.InvalidValueError, match="kode"):
        sakip.CapaianRO(kode="5634.QDC.11", pcro="1", tpcro="1")
    with pytest.raises(sakip.InvalidValueError, match="kode"):
        sakip.CapaianRO(kode="5634.FAN.zz1", pcro="1", tpcro="1")
    with pytest.raises(sakip.InvalidValueError, match="pcro"):
        sakip.CapaianRO(kode="5634.QDC.011", pcro="-1", tpcro="1")
    with pytest.raises(sakip.InvalidValueError, match="rvro and volume"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=12, tahun=2024)
    with pytest.raises(sakip.NotComputableError, match="TPCRO"):
        sakip.ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", pcro="1", tpcro="0")],
                                  ketepatan_waktu=100, bulan=1, tahun=2024)
    with pytest.raises(sakip.NotComputableError, match="volume"):
        sakip.ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="1", volume="0")],
                                  ketepatan_waktu=100, bulan=12, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="once"):
        sakip.ikpa_capaian_output([RO[0], RO[0]], ketepatan_waktu=100, bulan=6, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="ketepatan_waktu"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=101, bulan=6, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="in force"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=6, tahun=2023)
    with pytest.raises(sakip.InvalidValueError, match="non-empty"):
        sakip.ikpa_capaian_output([], ketepatan_waktu=100, bulan=6, tahun=2024)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa_capaian_output(["5634.QDC.011"], ketepatan_waktu=100,  # type: ignore[list-item]
                                  bulan=6, tahun=2024)


def test_rincian_output_accepts_2026_codes() -> None:
    """RincianOutput accepts RO codes such as 5634.FAN.ZZ1 and still refuses malformed ones."""
    ro = sakip.RincianOutput(kode="5634.FAN.ZZ1", pagu=100, realisasi=50, capaian=100)
    assert (ro.kegiatan, ro.kro, ro.ro) == ("5634", "FAN", "ZZ1")
    for bad in ("5634.FAN.ZZ", "5634.FAN.zz1", "563.FAN.ZZ1", "5634.FA1.001"):
        with pytest.raises(sakip.InvalidValueError, match="kode"):
            sakip.RincianOutput(kode=bad, pagu=100, realisasi=50, capaian=100)


def test_revisi_dipa() -> None:
    """Per-semester table 110 / 100 / 50, the year the mean, codes filtered by the rule set."""
    assert sakip.ikpa_revisi_dipa(semester_i=0, semester_ii=1).value == 110
    assert sakip.ikpa_revisi_dipa(semester_i=2, semester_ii=2).value == 100
    assert sakip.ikpa_revisi_dipa(semester_i=3, semester_ii=7).value == 50
    assert sakip.ikpa_revisi_dipa(semester_i=2, semester_ii=3).value == 75
    assert sakip.ikpa_revisi_dipa(semester_i=3).value == 50
    r = sakip.ikpa_revisi_dipa(semester_i=["211", "212", "999"], semester_ii=["201"])
    assert r.jumlah == (2, 1) and r.value == 105
    assert r.explain().value == r.value
    with pytest.raises(sakip.InvalidValueError, match="count"):
        sakip.ikpa_revisi_dipa(semester_i=-1)
    with pytest.raises(sakip.InvalidValueError, match="three-digit"):
        sakip.ikpa_revisi_dipa(semester_i=["21"])
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa_revisi_dipa(semester_i="211")


@pytest.mark.parametrize(
    ("share", "expected"),
    [("0", 0), ("0.01", 50), ("25", 50), ("25.01", 60), ("50", 60), ("50.01", 80),
     ("75", 80), ("75.01", 100), ("100", 100)],
)
def test_kontraktual_distribusi_buckets(share: str, expected: int) -> None:
    """Distribution buckets by TW II at their printed edges (0,01 / 25,01 / 50,01 / > 75)."""
    k = sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2=share)
    assert k.value == expected and k.bagian["distribusi_akselerasi"] == expected


def test_kontraktual_parts() -> None:
    """Kontrak dini dates, the akselerasi 53 share, weights and re-weighting of missing parts."""
    dates = [datetime.date(2023, 12, 31), datetime.date(2024, 1, 1), datetime.date(2024, 3, 31)]
    k = sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=dates)
    assert k.rounded(10) == D("113.3333333333")  # mean(120, 110, 110), the only part
    k = sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="80",
                                       kontrak_dini=[datetime.date(2024, 2, 1)],
                                       akselerasi_53=(3, 4))
    assert k.value == D("0.2") * 100 + D("0.4") * 110 + D("0.4") * 75
    assert [r["bagian"] for r in k.to_rows()] == ["distribusi_akselerasi", "kontrak_dini",
                                                   "akselerasi_53"]
    assert k.explain().value == k.value
    late = [datetime.date(2024, 4, 1)]
    with pytest.raises(sakip.InvalidValueError, match="nilai_kontrak_lain"):
        sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=late)
    assert sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=late,
                                          nilai_kontrak_lain=100).value == 100
    with pytest.raises(sakip.InvalidValueError, match="at most 110"):
        sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=late, nilai_kontrak_lain=111)
    with pytest.raises(sakip.NotComputableError):
        sakip.ikpa_belanja_kontraktual(tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="count"):
        sakip.ikpa_belanja_kontraktual(tahun=2024, akselerasi_53=(-1, 2))
    with pytest.raises(sakip.InvalidValueError, match="at most"):
        sakip.ikpa_belanja_kontraktual(tahun=2024, akselerasi_53=(3, 2))
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=["2024-01-01"])  # type: ignore[list-item]
    with pytest.raises(sakip.InvalidValueError, match="distribusi_tw2"):
        sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="101")


def test_up_tup() -> None:
    """Tunai parts 50/25/25, KKP 110 when the quarterly target is reached, 90/10 weights."""
    u = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=80, setoran_tup=60)
    assert u.value == 85  # 0,5×100 + 0,25×80 + 0,25×60; no KKP: tunai alone
    # UP KKP 1000/month → 12000/year; TW I target 1 % = 120 (reached at exactly 120),
    # TW II 5 % = 600 (499 not reached).
    u = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=100,
                                      setoran_tup=100, up_kkp=1000,
                                      realisasi_kkp=[120, 499, None, None])
    assert u.value == D("0.9") * 100 + D("0.1") * 105
    assert u.to_rows()[-1] == {"bagian": "kkp", "value": D(105), "rounded": D("105.00")}
    assert u.explain().value == u.value
    with pytest.raises(sakip.InvalidValueError, match="together"):
        sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=1, gup_disebulankan=1, setoran_tup=1,
                                      up_kkp=1000)
    with pytest.raises(sakip.NotComputableError):
        sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=None, gup_disebulankan=None,
                                      setoran_tup=None)
    with pytest.raises(sakip.InvalidValueError, match="setoran_tup"):
        sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=1, gup_disebulankan=1, setoran_tup=-1)


def test_penyelesaian_tagihan() -> None:
    """On-time SPM-LS ÷ all × 100; counts validated; none is not assessed."""
    assert sakip.ikpa_penyelesaian_tagihan(tepat_waktu=3, jumlah=4).value == 75
    with pytest.raises(sakip.InvalidValueError, match="count"):
        sakip.ikpa_penyelesaian_tagihan(tepat_waktu=-1, jumlah=4)
    with pytest.raises(sakip.InvalidValueError, match="at most"):
        sakip.ikpa_penyelesaian_tagihan(tepat_waktu=5, jumlah=4)
    with pytest.raises(sakip.NotComputableError, match="not assessed"):
        sakip.ikpa_penyelesaian_tagihan(tepat_waktu=0, jumlah=0)


def test_penyerapan_ended_quarters() -> None:
    """Only quarters that have ended count: None for later ones, never averaged as zero."""
    now = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, None, None]},
                              triwulan=2)
    assert now.value == 100 and now.triwulan == 2
    with pytest.raises(sakip.InvalidValueError, match="ended"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, 0, 0]}, triwulan=2)
    with pytest.raises(sakip.InvalidValueError, match="ended"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, None, 700]})
    with pytest.raises(sakip.InvalidValueError, match="quarter"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]}, triwulan=5)


def test_penyerapan_2026() -> None:
    """From 2026 blokir is required, RO khusus leave the base, the 51 threshold is OPEN."""
    with pytest.raises(sakip.InvalidValueError, match="blokir"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2026)
    base = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2026, blokir={})
    assert base.value == 50
    assert "not given" in base.explain().to_text("en")
    # 500 of the 1000 is RO khusus with no realisasi: 75 of 500 = 15 % → target met.
    k = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2026, blokir={},
                            ro_khusus={("5634.FAN.ZZ1", "52"): (500, [0])})
    assert k.value == 100 and dict(k.pagu) == {"52": D(500)}
    with pytest.raises(sakip.InvalidValueError, match="tahun=2026"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2024,
                            ro_khusus={("5634.FAN.ZZ1", "52"): (500, [0])})
    with pytest.raises(sakip.InvalidValueError, match="KRO FAN"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2026, blokir={},
                            ro_khusus={("5634.QDC.011", "52"): (500, [0])})
    with pytest.raises(sakip.InvalidValueError, match="within"):
        penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2026, blokir={},
                            ro_khusus={("5634.FAN.ZZ1", "52"): (500, [80])})
    pegawai = penyerapan_triwulan(pagu={"51": 100}, realisasi={"51": [10]}, tahun=2026,
                                  blokir={}, target_pegawai=[10, 40, 70, 90])
    assert pegawai.value == 100 and pegawai.target.confidence == "OPEN"
    with pytest.raises(sakip.InvalidValueError, match="2026"):
        penyerapan_triwulan(pagu={"51": 100}, realisasi={"51": [10]}, tahun=2025,
                            target_pegawai=[10, 40, 70, 90])
    with pytest.raises(sakip.InvalidValueError, match="thresholds"):
        penyerapan_triwulan(pagu={"51": 100}, realisasi={"51": [10]}, tahun=2026, blokir={},
                            target_pegawai=[10, 40, 70])


def test_rule_for_and_adjustments() -> None:
    """ikpa_rule_for = base rule set + the year's adjustments; OPEN ones only when asked."""
    base = sakip.ikpa_rule_for(2024)
    assert base.penyesuaian == () and base.name == "per-5-pb-2024"
    r2026 = sakip.ikpa_rule_for(2026)
    assert r2026.name == "per-5-pb-2024" and r2026.weights == base.weights
    assert [p.name for p in r2026.penyesuaian] == ["ta-2026-ro-khusus",
                                                   "ta-2026-pagu-minus-blokir"]
    assert sakip.ikpa_rule_for(2025).penyesuaian == ()
    opened = sakip.ikpa_rule_for(2025, opsi=["ta-2025-efisiensi"])
    assert [p.confidence for p in opened.penyesuaian] == ["OPEN"]
    with pytest.raises(sakip.UnknownNameError, match="ta-2025-efisiensi"):
        sakip.ikpa_rule_for(2026, opsi=["ta-2025-efisiensi"])
    with pytest.raises(sakip.InvalidTypeError):
        sakip.penyesuaian_ikpa(2025, opsi="ta-2025-efisiensi")


SCORES = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
          "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
          "capaian_output": 80}


def test_composite_from_calculators() -> None:
    """One call from raw data: the composite equals the one from scores; explain shows each."""
    co = sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=6, tahun=2024)
    tagihan = sakip.ikpa_penyelesaian_tagihan(tepat_waktu=3, jumlah=4)
    figures = SCORES | {"capaian_output": co, "penyelesaian_tagihan": tagihan}
    r = sakip.ikpa(figures, tahun=2024)
    plain = sakip.ikpa(SCORES | {"capaian_output": co.value,
                                 "penyelesaian_tagihan": tagihan.value}, tahun=2024)
    assert r.value == plain.value
    e = r.explain()
    names = [step.name for step in e.steps]
    assert "capaian_output: RO 5634.QDC.011" in names
    assert "penyelesaian_tagihan: nilai penyelesaian tagihan" in names
    assert e.value == r.value
    assert pickle.loads(pickle.dumps(r)) == r


def test_composite_above_100() -> None:
    """A calculator's 110 is capped at 100 by default and kept on request; plain 110 refused."""
    revisi = sakip.ikpa_revisi_dipa(semester_i=0, semester_ii=0)
    capped = sakip.ikpa(SCORES | {"revisi_dipa": revisi}, tahun=2024)
    assert capped.value == sakip.ikpa(SCORES, tahun=2024).value
    assert "capped at 100" in capped.explain().to_text("en")
    kept = sakip.ikpa(SCORES | {"revisi_dipa": revisi}, tahun=2024, di_atas_100="pertahankan")
    assert kept.value == D(95) + D(1)  # 10 % of the 10 points above 100
    with pytest.raises(sakip.InvalidValueError, match="revisi_dipa"):
        sakip.ikpa(SCORES | {"revisi_dipa": 110}, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="di_atas_100"):
        sakip.ikpa(SCORES, tahun=2024, di_atas_100="naik")  # type: ignore[arg-type]


def test_composite_refuses_wrong_calculator() -> None:
    """Another indicator's calculator result is refused; any other result is a number."""
    tagihan = sakip.ikpa_penyelesaian_tagihan(tepat_waktu=3, jumlah=4)
    with pytest.raises(sakip.InvalidValueError, match="capaian_output calculator"):
        sakip.ikpa(SCORES | {"capaian_output": tagihan}, tahun=2024)
    capaian = sakip.capaian(target=10, realisasi=8)
    r = sakip.ikpa(SCORES | {"capaian_output": capaian}, tahun=2024)
    assert r.value == sakip.ikpa(SCORES, tahun=2024).value
    with pytest.raises(sakip.InvalidValueError, match="capaian_output"):
        sakip.ikpa(SCORES | {"capaian_output": sakip.capaian(target=8, realisasi=10)},
                   tahun=2024)


def test_blu_reweights() -> None:
    """A BLU satker is not assessed on penyerapan: re-weighted, never scored 100."""
    blu = sakip.ikpa(SCORES | {"penyerapan_anggaran": None, "capaian_output": 60}, tahun=2024,
                     blu=True)
    # (10+15+10+10+10)×100 + 25×60 = 7000 over 80 → 87,5 (100 for penyerapan would give 90)
    assert blu.value == D("87.5") and blu.tidak_dinilai == ("penyerapan_anggaran",)
    assert "BLU" in str(blu.explain())
    with pytest.raises(sakip.InvalidValueError, match="BLU"):
        sakip.ikpa(SCORES, tahun=2024, blu=True)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa(SCORES, tahun=2024, blu="ya")  # type: ignore[arg-type]
    s2022 = dict.fromkeys(sakip.ikpa_rule_for(2023).names, 100)
    with pytest.raises(sakip.InvalidValueError, match="not retrieved"):
        sakip.ikpa(s2022, tahun=2023, blu=True)


def test_2025_efisiensi_option() -> None:
    """TW I 2025 scores every indicator 100 only when the OPEN option is asked for."""
    low = dict.fromkeys(SCORES, 50)
    assert sakip.ikpa(low, tahun=2025, triwulan=1).value == 50
    opened = sakip.ikpa(low, tahun=2025, triwulan=1, opsi=["ta-2025-efisiensi"])
    assert opened.value == 100 and "ta-2025-efisiensi" in str(opened.explain())
    assert sakip.ikpa(low, tahun=2025, triwulan=2, opsi=["ta-2025-efisiensi"]).value == 50
    with pytest.raises(sakip.InvalidValueError, match="quarter"):
        sakip.ikpa(low, tahun=2025, triwulan=0)
    with pytest.raises(sakip.InvalidValueError, match="tahun"):
        sakip.ikpa(low, aturan="per-5-pb-2024", opsi=["ta-2025-efisiensi"])


def test_rows_protocol() -> None:
    """to_rows keeps exact values and adds ``rounded`` under the caller's Rounding."""
    r = sakip.ikpa(SCORES | {"belanja_kontraktual": None}, tahun=2024)
    rows = r.to_rows(sakip.Rounding(places=2))
    assert sakip.Rounding(places=2).apply(rows[-1]["bobot_efektif"]) == D("27.78")
    k = sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=[datetime.date(2024, 1, 2)] * 2
                                       + [datetime.date(2023, 12, 1)])
    assert k.to_rows(sakip.Rounding(places=1))[1]["rounded"] == D("113.3")


def test_batch_capaian_output_refusals() -> None:
    """Bad rows raise the per-figure function's error; a missing timeliness score too."""
    from sakip import batch

    good = {"satker": ["A"], "kode": ["5634.QDC.011"], "pcro": ["1"], "tpcro": ["2"],
            "ketepatan_waktu": {"A": 100}, "bulan": 6, "tahun": 2024}
    assert batch.ikpa_capaian_output_satker(**good) == {"A": D("65")}  # type: ignore[call-overload]
    for change, error, match in (
            ({"bulan": 13}, sakip.InvalidValueError, "month"),
            ({"tpcro": [None]}, sakip.InvalidValueError, "tpcro"),
            ({"kode": ["5634.QDC.0111"]}, sakip.InvalidValueError, "kode"),
            ({"tpcro": ["0"]}, sakip.NotComputableError, "TPCRO"),
            ({"pcro": ["-1"]}, sakip.InvalidValueError, "pcro"),
            ({"ketepatan_waktu": {}}, sakip.InvalidValueError, "ketepatan_waktu"),
            ({"ketepatan_waktu": {"A": 101}}, sakip.InvalidValueError, "ketepatan_waktu"),
            ({"ketepatan_waktu": {"A": 100, "B": 100}}, sakip.InvalidValueError,
             r"ketepatan_waktu\[B\].*RO rows"),
            ({"tahun": 2023}, sakip.InvalidValueError, "tahun"),
            ({"kode": ["5634.QDC.011", "x"]}, sakip.InvalidValueError, "rows")):
        # A bad row is listed in a BatchError (every bad row read); a bad call is refused.
        with pytest.raises((error, sakip.BatchError)) as caught:
            batch.ikpa_capaian_output_satker(**(good | change))  # type: ignore[call-overload]
        found = (caught.value.errors[0] if isinstance(caught.value, sakip.BatchError)
                 else caught.value)
        assert isinstance(found, error)
        assert re.search(match, str(found))


def test_batch_penyerapan_ro_khusus_and_refusals() -> None:
    """In 2026 rows of KRO FAN are left out; bad jenis belanja and ragged rows are refused."""
    from sakip import batch

    got = batch.penyerapan_triwulan_satker(
        satker=["A", "A"], jenis_belanja=["52", "52"], pagu=["500", "500"],
        realisasi=[["75"], ["0"]], kode=["5634.QDC.011", "5634.FAN.ZZ1"], blokir=["0", "0"],
        tahun=2026, triwulan=1)
    assert got == {"A": D(100)}
    assert batch.penyerapan_triwulan_satker(
        satker=["A", "A"], jenis_belanja=["52", "52"], pagu=["500", "500"],
        realisasi=[["75"], ["0"]], kode=["5634.QDC.011", "5634.FAN.ZZ1"],
        tahun=2024) == {"A": D(50)}
    with pytest.raises(sakip.BatchError) as caught:  # every bad row, each named
        batch.penyerapan_triwulan_satker(satker=["A"], jenis_belanja=["59"], pagu=["1"],
                                         realisasi=[["1"]])
    assert isinstance(caught.value.errors[0], sakip.UnknownNameError)
    with pytest.raises(sakip.InvalidValueError, match="quarterly"):
        batch.penyerapan_triwulan_satker(satker=["A", "A"], jenis_belanja=["52", "52"],
                                         pagu=["1", "1"], realisasi=[["1"], ["1", "1"]])
    with pytest.raises(sakip.InvalidValueError, match="blokir"):
        batch.penyerapan_triwulan_satker(satker=["A"], jenis_belanja=["52"], pagu=["1"],
                                         realisasi=[["1"]], tahun=2026)


def test_capaian_output_from_report_date() -> None:
    """Ketepatan waktu from the entry date: by the 5th working day of the next month."""
    libur = [datetime.date(2024, 7, 1)]  # a holiday pushes the deadline one working day
    deadline = sakip.batas_lapor_capaian_output(bulan=6, tahun=2024, hari_libur=libur)
    assert deadline == datetime.date(2024, 7, 8)
    on_time = sakip.ikpa_capaian_output(RO, tanggal_lapor=datetime.date(2024, 7, 8),
                                        hari_libur=libur, bulan=6, tahun=2024)
    late = sakip.ikpa_capaian_output(RO, tanggal_lapor=datetime.date(2024, 7, 9),
                                     hari_libur=libur, bulan=6, tahun=2024)
    assert (on_time.value, late.value) == (D("82.5"), D("52.5"))
    assert "2024-07-08" in str(late.explain()) and late.explain().value == late.value
    with pytest.raises(sakip.InvalidValueError, match="hari_libur"):
        sakip.ikpa_capaian_output(RO, tanggal_lapor=datetime.date(2024, 7, 8), bulan=6,
                                  tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="one of them"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, tanggal_lapor=datetime.date(2024, 7, 8),
                                  hari_libur=[], bulan=6, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="one of them"):
        sakip.ikpa_capaian_output(RO, bulan=6, tahun=2024)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa_capaian_output(RO, tanggal_lapor="2024-07-08",  # type: ignore[arg-type]
                                  hari_libur=[], bulan=6, tahun=2024)


def test_capaian_output_deadline_per_5_pb_2022() -> None:
    """PER-5/PB/2022: the RO report due by the 10th working day of the next month (§11 [P]).

    July 2023 starts on a Saturday: its 5th working day is the 7th, its 10th the 14th."""
    assert sakip.batas_lapor_capaian_output(bulan=6, tahun=2023, hari_libur=[],
                                            aturan="per-5-pb-2022") == datetime.date(2023, 7, 14)
    assert sakip.batas_lapor_capaian_output(bulan=6, tahun=2024, hari_libur=[]) == \
        datetime.date(2024, 7, 5)
    # 2022 rules are in force for TA 2022–2023 only, the 2024 rules from TA 2024.
    with pytest.raises(sakip.InvalidValueError, match="in force"):
        sakip.batas_lapor_capaian_output(bulan=6, tahun=2024, hari_libur=[],
                                         aturan="per-5-pb-2022")
    with pytest.raises(sakip.InvalidValueError, match="in force"):
        sakip.batas_lapor_capaian_output(bulan=6, tahun=2023, hari_libur=[])
    # Its formula was not retrieved: the calculator refuses the rule set instead of
    # applying the 2024 weights to 2023.
    with pytest.raises(sakip.InvalidValueError, match="only the reporting deadline"):
        sakip.ikpa_capaian_output(RO, ketepatan_waktu=100, bulan=6, tahun=2023,
                                  aturan="per-5-pb-2022")
    with pytest.raises(sakip.UnknownNameError):
        sakip.batas_lapor_capaian_output(bulan=6, tahun=2023, hari_libur=[], aturan="per-5")


def test_composite_refuses_a_result_of_another_year() -> None:
    """A 2026 capaian output (RO khusus excluded) in a 2025 composite is refused."""
    khusus = [*RO, sakip.CapaianRO(kode="5634.FAN.ZZ1", pcro="0", tpcro="50")]
    co = sakip.ikpa_capaian_output(khusus, ketepatan_waktu=100, bulan=6, tahun=2026)
    with pytest.raises(sakip.InvalidValueError, match="TA 2025"):
        sakip.ikpa(SCORES | {"capaian_output": co}, tahun=2025)
    kontrak = sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="80")
    with pytest.raises(sakip.InvalidValueError, match="in force for per-5-pb-2022"):
        sakip.ikpa(dict.fromkeys(sakip.ikpa_rule_for(2023).names, 100)
                   | {"belanja_kontraktual": kontrak}, aturan="per-5-pb-2022")
    assert sakip.ikpa(SCORES | {"capaian_output": co}, tahun=2026).value == \
        sakip.ikpa(SCORES | {"capaian_output": co.value}, tahun=2026).value
    assert sakip.ikpa(SCORES | {"belanja_kontraktual": kontrak},
                      aturan="per-5-pb-2024").value == sakip.ikpa(SCORES, tahun=2024).value


def test_composite_2026_needs_penyerapan_with_its_year() -> None:
    """In 2026 penyerapan has adjustments (pagu minus blokir, RO khusus): a result computed
    without tahun would skip them, so the composite refuses it; with tahun=2026 it is used."""
    plain = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]})
    with pytest.raises(sakip.InvalidValueError, match="tahun=2026"):
        sakip.ikpa(SCORES | {"penyerapan_anggaran": plain}, tahun=2026)
    dated = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]}, tahun=2026,
                                blokir={})
    assert sakip.ikpa(SCORES | {"penyerapan_anggaran": dated}, tahun=2026).value == 95
    assert sakip.ikpa(SCORES | {"penyerapan_anggaran": plain}, tahun=2024).value == 95
    with pytest.raises(sakip.InvalidValueError, match="TA 2024"):
        sakip.ikpa(SCORES | {"penyerapan_anggaran": dated}, tahun=2024)


def test_batch_penyerapan_errors_name_their_row() -> None:
    """The column-speed reading of realisasi still names the bad row, as _ended does."""
    from sakip import batch

    base: dict[str, Any] = {"satker": ["A", "A"], "jenis_belanja": ["52", "52"],
                            "pagu": ["500", "500"]}
    text_row: Any = "75"
    with pytest.raises(sakip.InvalidValueError, match=r"realisasi\[1\]\[0\]"):
        batch.penyerapan_triwulan_satker(**base, realisasi=[["75"], ["-1"]])
    with pytest.raises(sakip.InvalidValueError, match=r"realisasi\[1\]\[0\]"):
        batch.penyerapan_triwulan_satker(**base, realisasi=[["75"], ["1,5"]])
    with pytest.raises(sakip.InvalidValueError, match=r"realisasi\[0\]\[0\]"):
        batch.penyerapan_triwulan_satker(**base, realisasi=[[None, "75"], ["1"]])
    with pytest.raises(sakip.BatchError, match=r"realisasi\[1\]") as caught:
        batch.penyerapan_triwulan_satker(**base, realisasi=[["75"], text_row])
    assert isinstance(caught.value.errors[0], sakip.InvalidTypeError)
    with pytest.raises(sakip.InvalidValueError, match="ended"):
        batch.penyerapan_triwulan_satker(**base, realisasi=[["75", "80"], ["1", "2"]],
                                         triwulan=1)
    # 75 + 0 of 1000 in TW I against 15 % → 50; a None tail is a quarter not ended.
    assert batch.penyerapan_triwulan_satker(
        **base, realisasi=[["75", None, None, None], ["0", None, None, None]],
        triwulan=1) == {"A": D(50)}
    # A row left out as RO khusus is not read at all, as before.
    assert batch.penyerapan_triwulan_satker(
        **base, realisasi=[["75"], ["x"]], kode=["5634.QDC.011", "5634.FAN.ZZ1"],
        blokir=["0", "0"], tahun=2026) == {"A": D(100)}


def test_composite_quarter_matches_penyerapan() -> None:
    """At TW II the penyerapan result must cover two quarters, not one."""
    one = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]})
    two = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500]})
    with pytest.raises(sakip.InvalidValueError, match="TW 2"):
        sakip.ikpa(SCORES | {"penyerapan_anggaran": one}, tahun=2024, triwulan=2)
    assert sakip.ikpa(SCORES | {"penyerapan_anggaran": two}, tahun=2024,
                      triwulan=2).value == 95
