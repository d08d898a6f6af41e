"""Unit tests for IKPA rule sets, composite, calculators and NKA."""

from __future__ import annotations

import pickle
from decimal import Decimal as D

import pytest

import sakip
from sakip.ikpa import (
    IKPA_RULES,
    deviasi_halaman_iii_dipa,
    penyerapan_triwulan,
    potongan_dispensasi_spm,
)

SCORES = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
          "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
          "capaian_output": 80}


def test_issue_examples() -> None:
    """The calls promised in the IKPA issue work exactly as written."""
    r = sakip.ikpa(SCORES, aturan="per-5-pb-2024")
    assert r.value == 95 and r.kategori == "Sangat Baik"
    r = sakip.ikpa(SCORES | {"belanja_kontraktual": None}, aturan="per-5-pb-2024")
    assert r.rounded(2) == D("94.44") and r.kategori == "Baik"
    assert sakip.ikpa(SCORES, aturan="per-5-pb-2024", dispensasi_spm="0.25").value == D("94.75")
    assert sakip.kategori_ikpa(89) == "Baik" and sakip.kategori_ikpa("88.99") == "Cukup"
    assert sakip.nka(eka="97.29", ikpa="91.95").rounded(2) == D("95.15")
    w = sakip.weighted_score({"eka": ("97.29", 60), "ikpa": ("91.95", 40)})
    assert w.value == D("95.154")


def test_rule_sets_and_years() -> None:
    """Each rule set has its indicator count, weights summing to 100 and its years."""
    assert [len(r.weights) for r in IKPA_RULES.values()] == [13, 8, 7]
    assert sakip.ikpa_rule_for(2021).name == "per-4-pb-2021"
    assert sakip.ikpa_rule_for(2022).name == "per-5-pb-2022"
    assert sakip.ikpa_rule_for(2030).name == "per-5-pb-2024"
    with pytest.raises(sakip.InvalidValueError):
        sakip.ikpa_rule_for(2020)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa_rule_for("2024")  # type: ignore[arg-type]


def test_dispensasi_weighted_before_2024() -> None:
    """Under PER-5/PB/2022 dispensasi SPM is a weighted indicator; a deduction is refused."""
    s2022 = dict.fromkeys(IKPA_RULES["per-5-pb-2022"].names, 100) | {"dispensasi_spm": 0}
    assert sakip.ikpa(s2022, tahun=2023).value == 95
    with pytest.raises(sakip.InvalidValueError, match="weighted"):
        sakip.ikpa(s2022, tahun=2023, dispensasi_spm="0.25")


def test_refusals() -> None:
    """Unknown and missing names, bad scores, bad rule choices and deductions are refused."""
    with pytest.raises(sakip.UnknownNameError, match="revisi_dipa, deviasi") as info:
        sakip.ikpa(SCORES | {"renkas": 100}, aturan="per-5-pb-2024")
    assert isinstance(info.value, LookupError)
    missing = dict(SCORES)
    del missing["capaian_output"]
    with pytest.raises(sakip.InvalidValueError, match="capaian_output"):
        sakip.ikpa(missing, tahun=2024)
    with pytest.raises(sakip.InvalidValueError, match="capaian_output"):
        sakip.ikpa(SCORES | {"capaian_output": 101}, tahun=2024)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa(SCORES | {"capaian_output": 80.0}, tahun=2024)  # type: ignore[dict-item]
    with pytest.raises(sakip.InvalidValueError, match="tahun=2024"):
        sakip.ikpa(SCORES)
    with pytest.raises(sakip.InvalidValueError, match="in force"):
        sakip.ikpa(SCORES, aturan="per-5-pb-2024", tahun=2022)
    with pytest.raises(sakip.UnknownNameError, match="per-5-pb-2024"):
        sakip.ikpa(SCORES, aturan="per-9-pb-2099")
    with pytest.raises(sakip.InvalidValueError, match="0–1"):
        sakip.ikpa(SCORES, tahun=2024, dispensasi_spm=2)
    with pytest.raises(sakip.NotComputableError):
        sakip.ikpa(dict.fromkeys(SCORES), tahun=2024)
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa([("revisi_dipa", 1)], tahun=2024)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.ikpa(SCORES, aturan=2024)  # type: ignore[arg-type]


def test_effective_weights_and_rows() -> None:
    """Konversi bobot: effective weights sum to 100 and show in the explanation and rows."""
    r = sakip.ikpa(SCORES | {"belanja_kontraktual": None}, tahun=2024)
    assert sum(r.bobot_efektif.values()) == 100
    assert r.tidak_dinilai == ("belanja_kontraktual",)
    text = r.explain().to_text()
    assert "konversi bobot" in text and "capaian_output 27.7778" in text
    rows = r.to_rows()
    assert rows[3] == {"indikator": "belanja_kontraktual", "bobot": D(10),
                       "bobot_efektif": D(0), "value": None, "rounded": None}
    assert pickle.loads(pickle.dumps(r)) == r


# Golden: the buckets as DJPb's 2024 technical-guidance slides print them (regulations.md
# sections 5 and 11, [S]): 0 → 0; 0,01–0,099‰ → 0,25; 0,1–0,99‰ → 0,50; 1–4,99‰ → 0,75;
# ≥ 5‰ → 1,00.  Edges at exactly 0,01 / 0,1 / 1 / 5 ‰.
@pytest.mark.parametrize(
    ("dispensasi", "spm", "expected"),
    [(0, 1000, "0"), (1, 100000, "0.25"), (1, 10001, "0.25"), (1, 10000, "0.50"),
     (1, 1001, "0.50"), (1, 1000, "0.75"), (2, 1000, "0.75"), (49, 10000, "0.75"),
     (5, 1000, "1"), (50, 100, "1"), (1, 200000, "0.25")],
)
def test_dispensasi_buckets(dispensasi: int, spm: int, expected: str) -> None:
    """Published edges: 0,01‰ opens 0,25; 0,1‰ opens 0,50; 1‰ opens 0,75; 5‰ opens 1,00."""
    assert potongan_dispensasi_spm(jumlah_dispensasi=dispensasi, jumlah_spm=spm) == D(expected)


@pytest.mark.parametrize(
    ("dispensasi", "spm", "expected"),
    [(0, 1000, "0"), (1, 10000, "0.25"), (1, 9999, "0.50"), (1, 1000, "0.50"),
     (2, 1000, "0.75"), (49, 10000, "0.75"), (5, 1000, "1"), (50, 100, "1")],
)
def test_dispensasi_buckets_old_reading(dispensasi: int, spm: int, expected: str) -> None:
    """The named old variant keeps sakip 0.1's edges: 0,1‰ and 1‰ inclusive."""
    assert potongan_dispensasi_spm(jumlah_dispensasi=dispensasi, jumlah_spm=spm,
                                   aturan="per-5-pb-2024") == D(expected)


def test_dispensasi_refusals() -> None:
    """Counts must be non-negative ints; no SPM is not computable."""
    with pytest.raises(sakip.InvalidValueError):
        potongan_dispensasi_spm(jumlah_dispensasi=-1, jumlah_spm=10)
    with pytest.raises(sakip.InvalidValueError):
        potongan_dispensasi_spm(jumlah_dispensasi=11, jumlah_spm=10)
    with pytest.raises(sakip.NotComputableError):
        potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=0)
    with pytest.raises(sakip.UnknownNameError, match="paparan-djpb-2024"):
        potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=1, aturan="per-9")


def test_deviasi() -> None:
    """Pagu-share weighting, the 5 % threshold, RPD = 0 rules and refusals."""
    plan = {"51": [100] * 12, "52": [100] * 12}
    real = {"51": [100] * 12, "52": [120] * 12}
    # 51 deviates 0 %, 52 deviates 20 %; pagu shares 3/4 and 1/4 → 5 % → nilai 100.
    d = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"51": 300, "52": 100})
    assert d.deviasi == 5 and d.value == 100
    d = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"51": 100, "52": 100})
    assert d.deviasi == 10 and d.value == 90
    assert d.explain().value == d.value
    zero = deviasi_halaman_iii_dipa(rpd={"52": [0] * 12}, realisasi={"52": [0] * 6 + [5] * 6},
                                    pagu={"52": 1}, bulan=[1, 12])
    assert zero.deviasi == 50
    with pytest.raises(sakip.InvalidValueError, match="12 monthly"):
        deviasi_halaman_iii_dipa(rpd={"52": [1]}, realisasi={"52": [1]}, pagu={"52": 1})
    with pytest.raises(sakip.InvalidValueError, match="same jenis"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi={"51": [1] * 12}, pagu={"51": 1, "52": 1})
    with pytest.raises(sakip.InvalidValueError, match="months"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"51": 1, "52": 1}, bulan=[13])
    with pytest.raises(sakip.NotComputableError):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"51": 0, "52": 0})


def test_penyerapan_triwulan() -> None:
    """Quarterly targets per jenis belanja, pagu shares, blokir and refusals."""
    # 52 at 7,5 % of pagu in TW I against a 15 % target scores 50.
    assert penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}).value == 50
    # Blokir of 500 halves the base: 75 of 500 = 15 % → 100.
    assert penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]},
                               blokir={"52": 500}).value == 100
    mixed = penyerapan_triwulan(pagu={"51": 100, "53": 100}, realisasi={"51": [20], "53": [5]})
    assert mixed.value == 75  # 51 meets 20 %; 53 reaches 5 of 10 % → 50; equal shares
    assert mixed.explain().value == mixed.value
    with pytest.raises(sakip.UnknownNameError):
        penyerapan_triwulan(pagu={"59": 1}, realisasi={"59": [1]})
    with pytest.raises(sakip.InvalidValueError):
        penyerapan_triwulan(pagu={"52": 1}, realisasi={"52": [1, 1, 1, 1, 1]})
    with pytest.raises(sakip.InvalidValueError, match="blokir"):
        penyerapan_triwulan(pagu={"52": 1}, realisasi={"52": [1]}, blokir={"52": 2})
    with pytest.raises(sakip.InvalidValueError):
        penyerapan_triwulan(pagu={"52": 1}, realisasi={"51": [1]})
    with pytest.raises(sakip.NotComputableError):
        penyerapan_triwulan(pagu={"52": 0}, realisasi={"52": [0]})


def test_nka_refusals() -> None:
    """NKA scores must be 0–100; unknown rule sets are refused."""
    with pytest.raises(sakip.InvalidValueError, match="ikpa"):
        sakip.nka(eka=90, ikpa=101)
    with pytest.raises(sakip.UnknownNameError):
        sakip.nka(eka=90, ikpa=90, aturan="rata-rata")
    assert "SE-8/MK.1/2020" in sakip.nka(eka=90, ikpa=90).explain().reference


def test_deviasi_refuses_text_months_and_repeats() -> None:
    """A text of 12 digits is not 12 amounts; months given twice and pagu keys are checked."""
    plan = {"52": [100] * 12}
    with pytest.raises(sakip.InvalidTypeError, match=r"rpd\[52\]"):
        deviasi_halaman_iii_dipa(rpd={"52": "100000000000"}, realisasi=plan, pagu={"52": 1})
    with pytest.raises(sakip.InvalidTypeError, match=r"realisasi\[52\]"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": "100000000000"}, pagu={"52": 1})
    with pytest.raises(sakip.InvalidValueError, match="each month once"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=plan, pagu={"52": 1}, bulan=[1, 1, 2])
    with pytest.raises(sakip.InvalidTypeError, match="bulan"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=plan, pagu={"52": 1},
                                 bulan="123")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match=r"^pagu: .*received"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=plan, pagu={"51": 1})
    with pytest.raises(sakip.InvalidTypeError, match="pagu"):
        deviasi_halaman_iii_dipa(rpd=plan, realisasi=plan, pagu=[1])  # type: ignore[arg-type]


def test_deviasi_part_rows() -> None:
    """One row per assessed month with its combined deviation: 51 (pagu 300) 0 %, 52 (pagu
    100) 20 % in January → 5 %; both on plan in February → 0 % (worked by hand)."""
    plan = {"51": [100] * 12, "52": [100] * 12}
    real = {"51": [100] * 12, "52": [120] + [100] * 11}
    d = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"51": 300, "52": 100},
                                 bulan=[1, 2])
    assert d.to_rows(sakip.Rounding(places=1)) == [
        {"bulan": 1, "value": D(5), "rounded": D("5.0")},
        {"bulan": 2, "value": D(0), "rounded": D("0.0")}]
    assert d.deviasi == D("2.5") and d.to_row()["value"] == 100


def test_penyerapan_part_rows() -> None:
    """One row per quarter that has ended: 52 at 7,5 % of pagu in TW I against 15 % → 50;
    at 50 % in TW II against 50 % → 100; the indicator is their mean, 75 (worked by hand)."""
    p = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75, 500, None, None]},
                            triwulan=2)
    assert p.to_rows() == [{"triwulan": 1, "value": D(50), "rounded": D("50.00")},
                           {"triwulan": 2, "value": D(100), "rounded": D("100.00")}]
    assert p.value == 75 and p.to_row()["rounded"] == D("75.00")


def test_deduction_step_cites_the_composite_rule_not_a_bucket_table() -> None:
    """The composite takes the deduction in points: its step cites PER-5/PB/2024 itself,
    not the superseded bucket table (which it cannot know was used)."""
    r = sakip.ikpa(SCORES, tahun=2024, dispensasi_spm="0.5")
    step = r.explain().steps[-1]
    assert step.name == "nilai IKPA" and step.value == D("94.5")
    assert step.reference == IKPA_RULES["per-5-pb-2024"].citation
    assert "superseded" not in str(r.explain())


def test_penyerapan_pagu_per_quarter() -> None:
    """§11: each quarter's basis is its own pagu (10th working day of February / April /
    July, the final pagu for TW IV [S]).  Worked by hand:

    - 52 with basis 1000 in TW I and 2000 in TW II, realisasi 150 then 500: TW I 15 % of
      a 15 % target → 100; TW II 25 % of a 50 % target → 50; mean 75 (the final pagu
      2000 for both quarters would give TW I 50 and a mean of 50);
    - 51 [100, 100] and 52 [100, 300], realisasi 51 [20, 50], 52 [15, 75]: TW I 100;
      TW II 51 meets 50 %, 52 reaches 25 of 50 % → 0,25 × 1 + 0,75 × 0,5 = 62,5;
      mean 81,25.
    """
    p = penyerapan_triwulan(pagu={"52": [1000, 2000]}, realisasi={"52": [150, 500]})
    assert p.value == 75 and [r["value"] for r in p.to_rows()] == [100, 50]
    assert dict(p.pagu) == {"52": D(2000)} and dict(p.pagu_triwulan) == {"52": (D(1000),
                                                                                  D(2000))}
    assert p.explain().value == p.value and "pagu per triwulan" in str(p.explain())
    assert penyerapan_triwulan(pagu={"52": 2000}, realisasi={"52": [150, 500]}).value == 50
    mixed = penyerapan_triwulan(pagu={"51": [100, 100], "52": [100, 300]},
                                realisasi={"51": [20, 50], "52": [15, 75]})
    assert mixed.value == D("81.25")
    # Blokir per quarter: 500 blocked in TW I only → bases 500 and 1000, both targets met.
    assert penyerapan_triwulan(pagu={"52": 1000}, blokir={"52": [500, 0]},
                               realisasi={"52": [75, 500]}).value == 100
    # RO khusus (one pagu) leave every quarter's base: 500 and 1500 → 15 % and 50 %.
    k = penyerapan_triwulan(pagu={"52": [1000, 2000]}, realisasi={"52": [75, 750]},
                            tahun=2026, blokir={},
                            ro_khusus={("5634.FAN.ZZ1", "52"): (500, [0, 0])})
    assert k.value == 100 and dict(k.pagu_triwulan) == {"52": (D(500), D(1500))}


def test_penyerapan_pagu_per_quarter_refusals() -> None:
    """A per-quarter pagu must have one amount per quarter that has ended."""
    with pytest.raises(sakip.InvalidValueError, match="2 quarterly amounts"):
        penyerapan_triwulan(pagu={"52": [1000]}, realisasi={"52": [150, 500]})
    with pytest.raises(sakip.InvalidValueError, match="2 quarterly amounts"):
        penyerapan_triwulan(pagu={"52": [1000, None]}, realisasi={"52": [150, 500]})
    with pytest.raises(sakip.InvalidValueError, match="1 quarterly amounts"):
        penyerapan_triwulan(pagu={"52": [1000, 2000]}, realisasi={"52": [150, None]})
    with pytest.raises(sakip.InvalidValueError, match=r"pagu\[52\]"):
        penyerapan_triwulan(pagu={"52": []}, realisasi={"52": [150]})
    with pytest.raises(sakip.InvalidValueError, match=r"pagu\[52\]\[1\]"):
        penyerapan_triwulan(pagu={"52": [1000, -1]}, realisasi={"52": [150, 500]})
    with pytest.raises(sakip.InvalidValueError, match=r"blokir\[52\]"):
        penyerapan_triwulan(pagu={"52": [1000, 2000]}, blokir={"52": [0, 2001]},
                            realisasi={"52": [150, 500]})
    with pytest.raises(sakip.NotComputableError, match="TW 2"):
        penyerapan_triwulan(pagu={"52": [1000, 0]}, realisasi={"52": [150, 0]})
