"""Each gap mutation testing found (issue 18, "What was seen") pinned by a test that kills it.

Every test names the mutation it kills.  Expected values are worked by hand from the
formula in the project's domain reference (``shared/reference/regulations.md``, cited as
"reference §n") or are the printed figures of the seed LKj; none is produced by the code
under test.
"""

from __future__ import annotations

import decimal
import operator
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any, ClassVar

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError
from sakip.ikpa import deviasi_halaman_iii_dipa, penyerapan_triwulan, potongan_dispensasi_spm
from sakip.numbers import round_value
from sakip.rules import LabelBands


def ro(kode: str = "5634.SCI.010", pagu: object = 1000, realisasi: object = 900,
       **kw: object) -> sakip.RincianOutput:
    """A small output for tests."""
    return sakip.RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, **kw)  # type: ignore[arg-type]


class TestKonsistensi:
    """Reference §4 (konsistensi candidates): the two named formulas differ."""

    def test_bulanan_is_not_kumulatif(self) -> None:
        """Kills ``rumus="bulanan"`` computing the kumulatif formula: 83,33 vs 75,00."""
        real, plan = [50, 100, 150], [100, 100, 100]
        # bulanan: (0,5 + 1 + min(1,5; 1)) / 3 = 2,5 / 3; kumulatif: (50/100 + 150/200 + 1) / 3
        bulanan = sakip.konsistensi(realisasi=real, rpd=plan, rumus="bulanan")
        kumulatif = sakip.konsistensi(realisasi=real, rpd=plan, rumus="kumulatif")
        assert bulanan.rounded(2) == D("83.33")
        assert kumulatif.value == D("75")
        assert bulanan.explain().value == bulanan.value
        assert kumulatif.explain().value == kumulatif.value

    def test_bulanan_skips_months_without_plan(self) -> None:
        """A month with RPD 0 is left out of the bulanan mean (n counts planned months only)."""
        k = sakip.konsistensi(realisasi=[50, 0, 100], rpd=[100, 0, 100], rumus="bulanan")
        assert k.value == D("75")  # (0,5 + 1) / 2

    def test_each_month_capped_at_one(self) -> None:
        """Realisasi ahead of plan counts as 100 % for that month, never more."""
        k = sakip.konsistensi(realisasi=[300, 0], rpd=[100, 100], rumus="kumulatif")
        assert k.value == D("100")  # min(3, 1) and min(300/200, 1)

    def test_plan_zero_everywhere_not_computable(self) -> None:
        """No month with a plan: not computable, never 0 or 100."""
        with pytest.raises(NotComputableError):
            sakip.konsistensi(realisasi=[0, 0], rpd=[0, 0], rumus="bulanan")


class TestMinimize:
    """Reference §1.2: minimize by (2T − R) / T, or by the named convention T / R."""

    def test_both_formulas_worked(self) -> None:
        """T = 8, R = 9: 87,5 % by (2T − R) / T, 88,89 % by T / R (reference §1.2)."""
        two = sakip.capaian(target=8, realisasi=9, polarisasi="minimize")
        tr = sakip.capaian(target=8, realisasi=9, polarisasi="minimize", rumus_minimize="t/r")
        assert two.value == D("87.5")
        assert tr.rounded(2) == D("88.89")
        assert tr.explain().value == tr.value
        assert sakip.capaian(target=7, realisasi="6.5", polarisasi="minimize").rounded(2) == D(
            "107.14")

    def test_t_r_undefined_at_zero(self) -> None:
        """T / R is undefined at R = 0 (reference §1.2); (2T − R) / T gives 200 there."""
        with pytest.raises(NotComputableError):
            sakip.capaian(target=8, realisasi=0, polarisasi="minimize", rumus_minimize="t/r")
        assert sakip.capaian(target=8, realisasi=0, polarisasi="minimize").value == 200

    def test_t_r_ignored_for_maximize(self) -> None:
        """The minimize formula option does not touch a maximize indicator."""
        assert sakip.capaian(target=8, realisasi=9, rumus_minimize="t/r").value == D("112.5")


class TestStatis:
    """Reference §4 (KMK 466/2023): statis ROs are capped at their target, dinamis are not."""

    def test_statis_output_capped(self) -> None:
        """Kills ``tipe == "statis"`` → ``!=``: one statis RO at 120 % counts as 100."""
        statis = ro(capaian=120, tipe="statis")
        dinamis = ro(capaian=120, tipe="dinamis")
        untyped = ro(capaian=120)
        assert sakip.capaian_output([statis], metode="arithmetic").value == 100
        assert sakip.capaian_output([dinamis], metode="arithmetic").value == 120
        assert sakip.capaian_output([untyped], metode="arithmetic").value == 120
        assert sakip.capaian_output([statis], metode="arithmetic", cap_statis=False).value == 120

    def test_statis_below_target_not_raised(self) -> None:
        """The cap only lowers: a statis RO at 80 % stays 80."""
        assert sakip.capaian_output([ro(capaian=80, tipe="statis")],
                                    metode="arithmetic").value == 80

    def test_triple_with_valid_tipe(self) -> None:
        """A ``(realisasi, target, tipe)`` triple with a valid tipe is used, statis capped."""
        assert sakip.capaian_output([(12, 10, "statis")], metode="arithmetic").value == 100
        assert sakip.capaian_output([(12, 10, "dinamis")], metode="arithmetic").value == 120
        assert sakip.capaian_output([(12, 10, "statis")], metode="arithmetic",
                                    cap_statis=False).value == 120
        assert sakip.capaian_output([(8, 10, "statis")], metode="arithmetic").value == 80

    def test_triple_with_unknown_tipe_refused(self) -> None:
        """A third element other than statis/dinamis is refused, naming the item."""
        with pytest.raises(InvalidValueError, match="tipe"):
            sakip.capaian_output([(12, 10, "tetap")])  # type: ignore[list-item]


class TestKategoriEfisiensi:
    """Reference §4 (efficiency categories [OPEN]): the table is data, and a custom one is used."""

    CUSTOM = LabelBands(name="test-custom", citation="test table", years=(2024, None),
                        confidence="CONV", bands=((80, "Tinggi"),), below="Rendah")

    def test_custom_table_used_by_nilai_efisiensi(self) -> None:
        """Kills dropping ``kategori=``: NE 75 is "Efisien" by default, "Rendah" in the custom."""
        ne = sakip.nilai_efisiensi(10, kategori=self.CUSTOM)  # 50 + 10/20 × 50 = 75
        assert ne.value == 75
        assert ne.kategori == "Rendah"
        assert sakip.nilai_efisiensi(10).kategori == "Efisien"

    def test_custom_table_used_by_efisiensi(self) -> None:
        """The custom table reaches ``Efisiensi.kategori`` and ``Efisiensi.nilai.kategori``."""
        out = ro(pagu=1000, realisasi=900, capaian=100)  # per-pagu E = 10 → NE 75
        e = sakip.efisiensi([out], rumus="per-pagu", kategori=self.CUSTOM)
        assert e.value == 10
        assert e.kategori == "Rendah"
        assert e.nilai.kategori == "Rendah"
        assert sakip.efisiensi([out], rumus="per-pagu").kategori == "Efisien"

    def test_kategori_efisiensi_default_and_custom(self) -> None:
        """``kategori_efisiensi`` reads the default table, or the one given."""
        assert sakip.kategori_efisiensi(75) == "Efisien"
        assert sakip.kategori_efisiensi(75, kategori=self.CUSTOM) == "Rendah"
        assert sakip.kategori_efisiensi(80, kategori=self.CUSTOM) == "Tinggi"

    @pytest.mark.parametrize(("nilai", "label"), [
        ("100", "Sangat Efisien"), ("90", "Sangat Efisien"), ("89.99", "Efisien"),
        ("70", "Efisien"), ("69.99", "Cukup Efisien"), ("60", "Cukup Efisien"),
        ("59.99", "Kurang Efisien"), ("50", "Kurang Efisien"), ("49.99", "Tidak Efisien"),
        ("0", "Tidak Efisien"),
        # the seed LKj's printed labels: NE 99,70 and 90,73 Sangat Efisien; 53,92 Kurang
        ("99.70", "Sangat Efisien"), ("90.73", "Sangat Efisien"), ("53.92", "Kurang Efisien"),
    ])
    def test_default_edges(self, nilai: str, label: str) -> None:
        """Kills moving the edge 90, 70, 60 or 50, or the label below the last band."""
        assert sakip.kategori_efisiensi(nilai) == label
        assert sakip.nilai_efisiensi(
            (D(nilai) - 50) * 20 / 50).kategori == label  # E whose NE is exactly nilai


class TestLKE:
    """Reference §2 and §10: LKE components and their maximum points are the published ones."""

    def test_each_component_maximum_accepted_and_exceeded(self) -> None:
        """Kills a moved maximum (pengukuran 30 → 31, evaluasi_internal 25 → 24, 12/2015 ones)."""
        published = {
            # PermenPANRB 88/2021 [C2], reference §2
            "permenpanrb-88-2021": {"perencanaan": 30, "pengukuran": 30, "pelaporan": 15,
                                    "evaluasi_internal": 25},
            # PermenPANRB 12/2015, weights as commonly cited [C1], reference §2
            "permenpanrb-12-2015": {"perencanaan": 30, "pengukuran": 25, "pelaporan": 15,
                                    "evaluasi_internal": 10, "capaian_kinerja": 20},
        }
        for aturan, maxima in published.items():
            full = sakip.evaluasi_akip(aturan=aturan, **maxima)
            assert full.value == 100
            assert full.predikat is sakip.Predikat.AA
            for name, top in maxima.items():
                over: dict[str, D | int] = {**maxima, name: D(top) + D("0.01")}
                with pytest.raises(InvalidValueError, match=name):
                    sakip.evaluasi_akip(aturan=aturan, **over)

    def test_lower_end_zero(self) -> None:
        """Kills losing ``0 <=``: zero points are accepted, −0,01 is refused."""
        zero = {"perencanaan": 0, "pengukuran": 0, "pelaporan": 0, "evaluasi_internal": 0}
        e = sakip.evaluasi_akip(**zero)  # type: ignore[arg-type]
        assert e.value == 0
        assert e.predikat is sakip.Predikat.D
        for name in zero:
            with pytest.raises(InvalidValueError, match=name):
                sakip.evaluasi_akip(**dict(zero, **{name: D("-0.01")}))  # type: ignore[arg-type]

    def test_hospital_worked_example(self) -> None:
        """Reference §10 worked example: 24,00 + 27,60 + 13,50 + 23,00 = 88,10 → A."""
        e = sakip.evaluasi_akip(perencanaan="24.00", pengukuran="27.60", pelaporan="13.50",
                                evaluasi_internal="23.00")
        assert e.printed(2) == "88,10"
        assert e.predikat is sakip.Predikat.A
        assert e.explain().value == e.value


class TestRenstra:
    """Reference §1.7: a blank year is skipped, not a zero and not the end of the series."""

    def test_blank_year_then_reported(self) -> None:
        """Kills ``continue`` → ``break``: 2022 blank, 2023 reported 5 of 10 → 50 %."""
        c = sakip.capaian_renstra(target={2022: 10, 2023: 10}, realisasi={2022: None, 2023: 5},
                                  kumulatif=False)
        assert c.value == 50
        k = sakip.capaian_renstra(target={2022: 10, 2023: 10}, realisasi={2022: None, 2023: 5},
                                  kumulatif=True)
        assert k.value == 25  # 5 / (10 + 10)

    def test_explanation_shows_both_sums(self) -> None:
        """The cumulative explanation's steps hold Σ target and Σ realisasi (seed IKK 1.1)."""
        c = sakip.capaian_renstra(target={2022: 883, 2023: 1176, 2024: 2352},
                                  realisasi={2022: 1958, 2023: 1189}, kumulatif=True)
        steps = {step.name: step.value for step in c.explain().in_bahasa("en").steps}
        assert steps["Σ target Renstra"] == 4411
        assert steps["Σ realisasi to date"] == 3147
        assert c.rounded(2, "down") == D("71.34")  # the seed prints 71,34 %

    def test_year_range_edges(self) -> None:
        """Years 1900 and 2999 are accepted; 1899 and 3000 are refused."""
        for year in (1900, 2999):
            c = sakip.capaian_renstra(target={year: 10}, realisasi={year: 5}, kumulatif=True)
            assert c.value == 50
        for year in (1899, 3000):
            with pytest.raises(InvalidValueError):
                sakip.capaian_renstra(target={year: 10}, realisasi={year: 5}, kumulatif=True)

    def test_year_keys_must_be_int(self) -> None:
        """Kills removing the year-key check: text and bool years are refused."""
        with pytest.raises(InvalidTypeError):
            sakip.capaian_renstra(target={"2023": 10}, realisasi={2023: 5},  # type: ignore[dict-item]
                                  kumulatif=False)
        with pytest.raises(InvalidTypeError):
            sakip.capaian_renstra(target={2023: 10}, realisasi={True: 5}, kumulatif=False)


class TestRounding:
    """Reference §1.9: the rounding modes are the named ones, places 0–20, default 2 half-up."""

    def test_half_even_is_not_half_down(self) -> None:
        """Kills ``half_even`` → half-down: 0,135 → 0,14 and 0,125 → 0,12 (to even)."""
        assert round_value(D("0.135"), 2, "half_even") == D("0.14")
        assert round_value(D("0.125"), 2, "half_even") == D("0.12")
        assert round_value(D("0.1251"), 2, "half_even") == D("0.13")

    @pytest.mark.parametrize(("mode", "expected"), [
        ("half_up", ["0.13", "-0.13", "0.12"]), ("down", ["0.12", "-0.12", "0.12"]),
        ("half_even", ["0.12", "-0.12", "0.12"]), ("up", ["0.13", "-0.13", "0.13"]),
    ])
    def test_each_mode(self, mode: str, expected: list[str]) -> None:
        """Each mode on 0,125, −0,125 and 0,1201."""
        got = [round_value(D(x), 2, mode) for x in ("0.125", "-0.125", "0.1201")]  # type: ignore[arg-type]
        assert got == [D(x) for x in expected]

    def test_places_limits(self) -> None:
        """0 and 20 places are accepted; −1 and 21 are refused; bool is refused."""
        assert round_value(D("1.5"), 0) == 2
        tiny = D("0." + "0" * 19 + "15")  # 1,5e-20
        assert round_value(tiny, 20) == D("0." + "0" * 19 + "2")
        for bad in (-1, 21):
            with pytest.raises(InvalidValueError):
                round_value(D(1), bad)
        with pytest.raises(InvalidTypeError):
            round_value(D(1), True)
        with pytest.raises(InvalidValueError):
            sakip.Rounding(places=21)

    def test_defaults(self) -> None:
        """The default is 2 places, half-up (``round_value`` and ``Rounding``)."""
        assert round_value(D("1.005")) == D("1.01")
        assert round_value(D("2.675")) == D("2.68")
        assert sakip.Rounding().apply(D("1.005")) == D("1.01")
        assert str(sakip.Rounding()) == "2 decimals, half-up (0,005 up)"

    def test_any_number_rounded(self) -> None:
        """``round_value`` takes int and text numbers too (through to_decimal), not floats."""
        assert round_value("0.125", 2) == D("0.13")
        assert round_value(7, 2) == D("7.00")
        assert round_value("2.675", 2, "down") == D("2.67")
        with pytest.raises(InvalidTypeError):
            round_value(0.125, 2)  # type: ignore[arg-type]

    def test_unknown_mode_refused(self) -> None:
        """A mode name outside the four is refused (no silent default)."""
        with pytest.raises(InvalidValueError, match="mode"):
            round_value(D(1), 2, "half_down")  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match="mode"):
            round_value(D(1), 2, 5)  # type: ignore[arg-type]


class TestPMK249:
    """Reference §4 (PMK 249/2011 unit-cost form): a zero pagu is refused by sakip, not decimal."""

    def test_pagu_zero_not_computable(self) -> None:
        """Kills moving the guard: pagu 0 is sakip's NotComputableError; pagu 1 computes."""
        zero = ro(pagu=0, realisasi=0, realisasi_volume=1, target_volume=1)
        with pytest.raises(NotComputableError):
            sakip.efisiensi([zero], rumus="pmk-249-2011")
        one = ro(pagu=1, realisasi=1, realisasi_volume=1, target_volume=1)
        assert sakip.efisiensi([one], rumus="pmk-249-2011").value == 0  # 1 − (1/1)/(1/1)

    def test_realised_volume_zero_not_computable(self) -> None:
        """A zero realised volume leaves the unit cost undefined."""
        with pytest.raises(NotComputableError):
            sakip.efisiensi([ro(realisasi_volume=0, target_volume=4)], rumus="pmk-249-2011")

    def test_unit_cost_worked(self) -> None:
        """(1/n) Σ [1 − (RA/RV)/(P/TV)] × 100: (1 − 0,9) and (1 − 1,2) average −5 %."""
        a = ro(kode="5634.QDC.011", pagu=1000, realisasi=900, realisasi_volume=10,
               target_volume=10)  # 1 − 90/100 = 0,1
        b = ro(kode="5634.QDC.012", pagu=1000, realisasi=600, realisasi_volume=5,
               target_volume=10)  # 1 − 120/100 = −0,2
        e = sakip.efisiensi([a, b], rumus="pmk-249-2011")
        assert e.value == D("-5")
        assert e.explain().value == e.value
        terms = [step.value for step in e.explain().steps if step.name.startswith("1 − ")]
        assert terms == [D("0.1"), D("-0.2")]

    def test_missing_volumes(self) -> None:
        """An output without volumes cannot use the unit-cost form."""
        with pytest.raises(NotComputableError):
            sakip.efisiensi([ro(capaian=100)], rumus="pmk-249-2011")


class TestPredikatOrdering:
    """Predikat is ordered D < C < CC < B < BB < A < AA; strict and non-strict differ."""

    def test_strict_and_non_strict(self) -> None:
        """Kills ``<``/``>`` swapped with ``<=``/``>=`` (equal predikat)."""
        a = sakip.Predikat.A
        assert not a < a
        assert a <= a
        assert not a > a
        assert a >= a
        assert a > sakip.Predikat.BB
        assert not a < sakip.Predikat.BB
        assert a > sakip.Predikat.BB
        assert not a < sakip.Predikat.BB
        assert a >= sakip.Predikat.BB
        assert not a <= sakip.Predikat.BB
        assert a >= sakip.Predikat.BB
        assert not a <= sakip.Predikat.BB

    @pytest.mark.parametrize("op", [operator.lt, operator.le, operator.gt, operator.ge])
    def test_against_non_predikat(self, op: Callable[[object, object], bool]) -> None:
        """Comparing with a non-Predikat raises TypeError (NotImplemented), not a wrong answer."""
        with pytest.raises(TypeError):
            op(sakip.Predikat.A, 6)
        with pytest.raises(TypeError):
            op(sakip.Predikat.A, "A")

    def test_order_complete(self) -> None:
        """The seven predikat sort in the published order."""
        names = [str(p) for p in sorted(sakip.Predikat, key=lambda p: p.rank)]
        assert names == ["D", "C", "CC", "B", "BB", "A", "AA"]
        assert sorted(sakip.Predikat, reverse=True)[0] is sakip.Predikat.AA


_S2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
          "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
          "capaian_output": 100}


class TestIKPA:
    """Reference §5 and §11: IKPA deductions, deviasi threshold, monthly plan, categories."""

    def test_dispensasi_of_exactly_one_point(self) -> None:
        """Kills the deduction maximum moved below 1: exactly 1 point is accepted, 1,01 refused."""
        r = sakip.ikpa(_S2024, aturan="per-5-pb-2024", dispensasi_spm=1)
        assert r.value == 99
        assert r.explain().value == r.value
        with pytest.raises(InvalidValueError, match="dispensasi_spm"):
            sakip.ikpa(_S2024, aturan="per-5-pb-2024", dispensasi_spm="1.01")
        with pytest.raises(InvalidValueError, match="dispensasi_spm"):
            sakip.ikpa(_S2024, aturan="per-5-pb-2024", dispensasi_spm="-0.25")

    def test_dispensasi_refused_before_2024(self) -> None:
        """Before PER-5/PB/2024 dispensasi is an indicator, not a deduction."""
        scores = dict.fromkeys(sakip.ikpa_rule_for(2023).names, 100)
        with pytest.raises(InvalidValueError, match="dispensasi_spm"):
            sakip.ikpa(scores, aturan="per-5-pb-2022", dispensasi_spm="0.25")

    @pytest.mark.parametrize(("dispensasi", "spm", "potongan"), [
        # reference §5: 0 → 0; 0,01–0,099‰ → 0,25; 0,1–0,99‰ → 0,50; 1–4,99‰ → 0,75; ≥ 5‰ → 1
        (0, 1000, "0"), (1, 100000, "0.25"), (1, 10000, "0.50"), (9, 10000, "0.50"),
        (1, 1000, "0.75"), (49, 10000, "0.75"), (5, 1000, "1"), (1000, 1000, "1"),
    ])
    def test_dispensasi_buckets(self, dispensasi: int, spm: int, potongan: str) -> None:
        """Each bucket edge: exactly 0,1‰ is 0,50 and exactly 1‰ is 0,75 (reference §5)."""
        assert potongan_dispensasi_spm(jumlah_dispensasi=dispensasi,
                                             jumlah_spm=spm) == D(potongan)

    def test_deviasi_threshold_is_five(self) -> None:
        """Kills the threshold 5 → 6: average deviation 5 scores 100, 5,5 scores 94,5."""
        pagu = {"52": 1200}
        plan = {"52": [100] * 12}
        at = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [105] * 12}, pagu=pagu)
        assert (at.deviasi, at.value) == (D(5), D(100))
        above = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": ["105.5"] * 12},
                                               pagu=pagu)
        assert above.deviasi == D("5.5")
        assert above.value == D("94.5")
        assert above.explain().value == above.value

    def test_deviasi_reads_the_month_it_assesses(self) -> None:
        """Kills ``month - 1`` → ``month - 2``: a plan that changes from month to month."""
        plan = {"52": [100 * (m + 1) for m in range(12)]}  # 100, 200, ..., 1200
        real = {"52": [100 * (m + 1) for m in range(12)]}
        real["52"][0] = 150  # January 50 % off plan, every other month on plan
        d = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"52": 1},
                                           bulan=[1])
        assert d.deviasi == 50
        d2 = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"52": 1},
                                            bulan=[2, 12])
        assert d2.deviasi == 0
        d3 = deviasi_halaman_iii_dipa(rpd=plan, realisasi=real, pagu={"52": 1})
        assert round_value(d3.deviasi, 10) == D("4.5454545455")  # 50 / 11: Jan–Nov, only Jan off

    def test_deviasi_plan_zero(self) -> None:
        """RPD 0 with RA > 0 counts 100 % deviation; RPD 0 and RA 0 counts 0 [CONV]."""
        plan = {"52": [0] + [100] * 11}
        d = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [10] + [100] * 11},
                                           pagu={"52": 1}, bulan=[1])
        assert d.deviasi == 100
        d0 = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [0] + [100] * 11},
                                            pagu={"52": 1}, bulan=[1])
        assert d0.deviasi == 0
        half = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": ["0.5"] + [100] * 11},
                                        pagu={"52": 1}, bulan=[1])
        assert half.deviasi == 100  # any spending against a zero plan, even below 1 rupiah

    @pytest.mark.parametrize(("nilai", "kategori"), [
        ("100", "Sangat Baik"), ("95", "Sangat Baik"), ("94.99", "Baik"), ("89", "Baik"),
        ("88.99", "Cukup"), ("70", "Cukup"), ("69.99", "Kurang"), ("0", "Kurang"),
        ("91.95", "Baik"),  # the seed LKj: IKPA 91,95 → Baik
    ])
    def test_kategori_edges(self, nilai: str, kategori: str) -> None:
        """Kills the Cukup bound 70 → 71 and every other moved edge (reference §5, lower incl.)."""
        assert sakip.kategori_ikpa(nilai) == kategori

    def test_2024_weights_not_swapped(self) -> None:
        """Kills swapped PER-5/PB/2024 weights: one indicator at 0 costs exactly its weight."""
        published = {"revisi_dipa": 10, "deviasi_halaman_iii_dipa": 15,
                     "penyerapan_anggaran": 20, "belanja_kontraktual": 10,
                     "penyelesaian_tagihan": 10, "pengelolaan_up_tup": 10,
                     "capaian_output": 25}  # reference §5, PER-5/PB/2024 [C2]
        for name, weight in published.items():
            r = sakip.ikpa(dict(_S2024, **{name: 0}), aturan="per-5-pb-2024")
            assert r.value == 100 - weight, name


class TestComposite:
    """Reference §4 (NKA): a weighted composite honours its bounds; Indonesian minus parses."""

    def test_custom_bounds_used(self) -> None:
        """Kills ignoring ``bounds=``: 150 is within (0, 200), outside the default (0, 100)."""
        w = sakip.weighted_score({"a": (150, 50), "b": (50, 50)}, bounds=(0, 200))
        assert w.value == 100
        with pytest.raises(InvalidValueError):
            sakip.weighted_score({"a": (150, 50), "b": (50, 50)})
        with pytest.raises(InvalidValueError):
            sakip.weighted_score({"a": (250, 50), "b": (50, 50)}, bounds=(0, 200))
        with pytest.raises(InvalidValueError):
            sakip.weighted_score({"a": (5, 50), "b": (50, 50)}, bounds=(10, 200))

    def test_bounds_must_be_a_pair(self) -> None:
        """Kills ``or`` → ``and`` in the bounds check: a list and a triple are both refused."""
        for bounds in ([0, 200], (0, 100, 200)):
            with pytest.raises(sakip.InvalidTypeError, match="bounds"):
                sakip.weighted_score({"a": (50, 50), "b": (50, 50)},
                                     bounds=bounds)  # type: ignore[arg-type]

    def test_total_weight_used(self) -> None:
        """Weights must sum to ``total_weight``: 1 works with (0,6; 0,4)."""
        w = sakip.weighted_score({"eka": ("97.29", "0.6"), "ikpa": ("91.95", "0.4")},
                                 total_weight=1)
        assert w.value == D("95.154")  # the seed: NKA 95,154 → 95,15
        with pytest.raises(InvalidValueError):
            sakip.weighted_score({"eka": ("97.29", "0.6"), "ikpa": ("91.95", "0.4")})

    def test_unicode_minus(self) -> None:
        """``parse_id("−5")`` (U+2212) is −5, as ``"-5"`` is; ``"+5"`` is 5."""
        assert sakip.parse_id("−5") == D(-5)
        assert sakip.parse_id("-5") == D(-5)
        assert sakip.parse_id("+5") == D(5)
        assert sakip.parse_id("−1.234,5") == D("-1234.5")


class TestCallerContext:
    """Style: a caller's decimal context never changes a result (one cheap check per module)."""

    def test_under_a_coarse_context(self) -> None:
        """Under prec=3 and ROUND_DOWN the formula modules give the same digits."""
        out = ro(pagu=20844639000, realisasi=20842508719, capaian="119.87")
        clean = (sakip.efisiensi([out], rumus="per-pagu").value,
                 sakip.penyerapan(pagu=36716642000, realisasi=36586922278).value,
                 sakip.nka(eka="97.29", ikpa="91.95").value)
        with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN)):
            hostile = (sakip.efisiensi([out], rumus="per-pagu").value,
                       sakip.penyerapan(pagu=36716642000, realisasi=36586922278).value,
                       sakip.nka(eka="97.29", ikpa="91.95").value)
        assert hostile == clean


class TestRows:
    """Row protocol: a stabilize capaian shows both ends; a Renstra shows every year."""

    def test_stabilize_row_has_both_ends(self) -> None:
        """The range (80, 90) is written as target_low / target_high, target None."""
        row = sakip.capaian(target=(80, 90), realisasi=70, polarisasi="stabilize").to_row()
        assert row["target"] is None
        assert (row["target_low"], row["target_high"]) == (80, 90)
        assert (row["realisasi"], row["value"], row["rounded"]) == (70, D("87.5"), D("87.50"))
        assert list(row)[:3] == ["target", "target_low", "target_high"]
        plain = sakip.capaian(target=10, realisasi=5).to_row()
        assert "target_low" not in plain
        assert plain["target"] == 10

    def test_renstra_rows_every_year(self) -> None:
        """One row per year of targets or realisasi, in year order; a blank is None."""
        r = sakip.capaian_renstra(target={2024: 12, 2022: 10, 2023: 11},
                                  realisasi={2022: None, 2023: 5}, kumulatif=True)
        assert r.to_rows() == [
            {"tahun": 2022, "target": 10, "realisasi": None},
            {"tahun": 2023, "target": 11, "realisasi": 5},
            {"tahun": 2024, "target": 12, "realisasi": None},
        ]
        p = sakip.capaian_renstra(target={2023: "BB", 2024: "A"}, realisasi={2023: "A"},
                                  kumulatif=False)
        assert p.to_rows() == [{"tahun": 2023, "target": "BB", "realisasi": "A"},
                               {"tahun": 2024, "target": "A", "realisasi": None}]

    def test_renstra_rows_refuse_a_bad_rounding(self) -> None:
        """``rounding`` must be a Rounding or None, as everywhere in the row protocol."""
        r = sakip.capaian_renstra(target={2023: 10}, realisasi={2023: 5}, kumulatif=True)
        with pytest.raises(InvalidTypeError):
            r.to_rows(rounding="2")  # type: ignore[arg-type]
        assert r.to_rows(rounding=sakip.Rounding(places=0)) == r.to_rows()


class TestBudgetRows:
    """Row protocol of the budget results: the keys are API, the values the inputs and figures."""

    OUT: ClassVar[dict[str, Any]] = {
        "kode": "5634.QDC.011", "pagu": 1000, "realisasi": 900, "capaian": 110,
        "nama": "Layanan", "jenis_belanja": "52", "tipe": "dinamis"}

    def test_rincian_output_row(self) -> None:
        """Every field, the derived codes, sisa and penyerapan (90 % of 1000)."""
        ro = sakip.RincianOutput(**self.OUT)
        assert ro.to_row() == {
            "kode": "5634.QDC.011", "kegiatan": "5634", "kro": "QDC", "ro": "011",
            "nama": "Layanan", "jenis_belanja": "52", "tipe": "dinamis", "pagu": 1000,
            "realisasi": 900, "sisa": 100, "penyerapan": 90, "capaian": 110,
            "realisasi_volume": None, "target_volume": None,
        }

    def test_rincian_output_row_pagu_zero_and_one(self) -> None:
        """Pagu 0 has no penyerapan (None); pagu 1 has one."""
        zero = sakip.RincianOutput(kode="5634.QDC.012", pagu=0, realisasi=0,
                                   realisasi_volume=1, target_volume=2)
        row = zero.to_row()
        assert zero.nama == ""
        assert row["penyerapan"] is None
        assert (row["realisasi_volume"], row["target_volume"]) == (1, 2)
        one = sakip.RincianOutput(kode="5634.QDC.013", pagu=1, realisasi=1)
        assert one.to_row()["penyerapan"] == 100

    def test_penyerapan_from_outputs_label(self) -> None:
        """``Penyerapan.from_outputs`` keeps its label (empty by default): 250 / 300."""
        ros = [sakip.RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150),
               sakip.RincianOutput(kode="5635.EBA.962", pagu=100, realisasi=100)]
        p = sakip.Penyerapan.from_outputs(ros, label="5634+5635")
        assert (p.label, p.pagu, p.realisasi, p.rounded(2)) == ("5634+5635", D(300), D(250),
                                                                 D("83.33"))
        assert sakip.Penyerapan.from_outputs(ros).label == ""
        own = ros[0].penyerapan()
        assert (own.label, own.value) == ("5634.QDC.011", D(75))  # labelled by its kode

    def test_subclass_of_rincian_output_accepted(self) -> None:
        """A subclass of RincianOutput is an output (isinstance, not an exact type test)."""

        class Sub(sakip.RincianOutput):
            pass

        out = Sub(kode="5634.QDC.011", pagu=1000, realisasi=900, capaian=100)
        assert sakip.efisiensi([out], rumus="per-pagu").value == 10
        assert sakip.Penyerapan.from_outputs([out]).value == 90

    def test_outputs_must_be_iterable(self) -> None:
        """A non-iterable is refused with sakip's InvalidTypeError, not Python's TypeError."""
        with pytest.raises(InvalidTypeError, match="outputs"):
            sakip.efisiensi(5)  # type: ignore[arg-type]
        with pytest.raises(InvalidTypeError, match="outputs"):
            sakip.efisiensi("5634.QDC.011")  # type: ignore[arg-type]

    def test_efisiensi_steps_per_output(self) -> None:
        """Each output's P × CO − RA is a step: 1000 × 1,1 − 900 = 200; 500 × 1 − 500 = 0."""
        a = sakip.RincianOutput(kode="5634.QDC.011", pagu=1000, realisasi=900, capaian=110)
        b = sakip.RincianOutput(kode="5634.QDC.012", pagu=500, realisasi=500, capaian=100)
        e = sakip.efisiensi([a, b], rumus="per-pagu")
        steps = [s.value for s in e.explain().steps if s.name.startswith("P × CO − RA")]
        assert steps == [200, 0]
        assert e.rounded(2) == D("13.33")  # 200 / 1500 × 100

    def test_labels_default_empty(self) -> None:
        """``penyerapan`` and ``capaian_output`` are unlabelled unless given a label."""
        assert sakip.penyerapan(pagu=10, realisasi=5).label == ""
        assert sakip.penyerapan(pagu=10, realisasi=5, label="51").to_row()["label"] == "51"
        assert sakip.capaian_output([(1, 2)]).label == ""
        assert sakip.capaian_output([(1, 2)], label="5634").to_row()["label"] == "5634"

    def test_penyerapan_row(self) -> None:
        """Pagu, realisasi, label, sisa, value, rounded."""
        assert sakip.penyerapan(pagu=1000, realisasi=900, label="52").to_row() == {
            "pagu": 1000, "realisasi": 900, "label": "52", "given": "realisasi", "sisa": 100,
            "value": 90, "rounded": D("90.00"),
        }
        from_sisa = sakip.penyerapan(pagu=1000, sisa=100, label="52").to_row()
        assert (from_sisa["given"], from_sisa["realisasi"], from_sisa["value"]) == (
            "sisa", 900, 90)
        assert from_sisa["label"] == "52"
        explained = sakip.penyerapan(pagu=1000, sisa=100).explain()
        assert [(s.name, s.value) for s in explained.steps] == [("realisasi", 900),
                                                                ("penyerapan", 90)]

    def test_efisiensi_row_and_rows(self) -> None:
        """E 20 (per-pagu: 1,1 − 0,9) → NE 100, Sangat Efisien; one row per output."""
        ro = sakip.RincianOutput(**self.OUT)
        e = sakip.efisiensi([ro], rumus="per-pagu")
        assert e.to_row() == {
            "rumus": "per-pagu", "cap_capaian": None, "clip": True,
            "kategori_bands": "konvensi-2023", "outputs": 1, "nilai_efisiensi": 100,
            "kategori": "Sangat Efisien", "value": 20, "rounded": D("20.00"),
        }
        unclipped = sakip.efisiensi([ro], rumus="per-pagu", clip=False).to_row()
        assert unclipped["nilai_efisiensi"] == 100  # 50 + 20/20 × 50, exactly at the top
        over = sakip.efisiensi([sakip.RincianOutput(**(self.OUT | {"capaian": 130}))],
                               rumus="per-pagu", clip=False)
        assert over.to_row()["nilai_efisiensi"] == D("150")  # E 40 unclipped
        clipped = sakip.efisiensi([sakip.RincianOutput(**(self.OUT | {"capaian": 130}))],
                                  rumus="per-pagu")
        assert clipped.to_row()["nilai_efisiensi"] == 100  # E 40, NE clipped at 100
        assert e.to_rows() == [ro.to_row()]
        with pytest.raises(InvalidTypeError):
            e.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_nilai_efisiensi_row(self) -> None:
        """NE 75 of E 10, kategori Efisien."""
        assert sakip.nilai_efisiensi(10).to_row() == {
            "efisiensi": 10, "clip": True, "kategori_bands": "konvensi-2023",
            "kategori": "Efisien", "value": 75, "rounded": D("75.00"),
        }

    def test_capaian_output_rows(self) -> None:
        """One row per item: a statis 12/10 counts 1 (100 %), 9/10 is 0,9 (90 %)."""
        c = sakip.capaian_output([(12, 10, "statis"), (9, 10)], metode="arithmetic")
        assert c.to_rows() == [
            {"item": "item 1", "ratio": 1, "value": 100, "rounded": D("100.00")},
            {"item": "item 2", "ratio": D("0.9"), "value": 90, "rounded": D("90.00")},
        ]
        assert c.to_rows(sakip.Rounding(places=0))[1]["rounded"] == 90
        with pytest.raises(InvalidTypeError):
            c.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_konsistensi_rows(self) -> None:
        """One row per month, January = 1."""
        k = sakip.konsistensi(realisasi=[50, 100, 0], rpd=[100, 100, 100])
        assert k.to_rows() == [{"bulan": 1, "realisasi": 50, "rpd": 100},
                               {"bulan": 2, "realisasi": 100, "rpd": 100},
                               {"bulan": 3, "realisasi": 0, "rpd": 100}]
        with pytest.raises(InvalidTypeError):
            k.to_rows(rounding="2")  # type: ignore[arg-type]


class TestPredikatMisc:
    """Predikat names, meanings and ranks; the LKE result's rows and refusals (reference §2)."""

    def test_names_meanings_ranks(self) -> None:
        """Each predikat: its name, its printed meaning, its rank D = 1 ... AA = 7."""
        published = [("AA", "sangat memuaskan", 7), ("A", "memuaskan", 6),
                     ("BB", "sangat baik", 5), ("B", "baik", 4), ("CC", "cukup (memadai)", 3),
                     ("C", "kurang", 2), ("D", "sangat kurang", 1)]
        for name, arti, rank in published:
            p = sakip.Predikat.from_name(name.lower())
            assert (str(p), p.arti, p.rank) == (name, arti, rank)
            assert sakip.Predikat.from_name(f" {name} ") is p
            assert sakip.Predikat.from_name(p) is p

    def test_unknown_names_refused(self) -> None:
        """Unknown text and non-text are refused with UnknownNameError."""
        for bad in ("AAA", "", "E", 7, None):
            with pytest.raises(sakip.UnknownNameError):
                sakip.Predikat.from_name(bad)

    def test_from_nilai_rule_set_by_name(self) -> None:
        """``aturan=`` picks the band table; an unknown one is refused."""
        assert sakip.Predikat.from_nilai(85, aturan="permenpanrb-88-2021") is sakip.Predikat.A
        with pytest.raises(sakip.UnknownNameError):
            sakip.Predikat.from_nilai(85, aturan="permenpanrb-99-2099")

    def test_evaluasi_rows(self) -> None:
        """The seed's LHE points (82,70 → A): one row per component with its maximum."""
        e = sakip.evaluasi_akip(perencanaan="24.50", pengukuran="25.00", pelaporan="12.00",
                                evaluasi_internal="21.20")
        assert e.to_row() == {"aturan": "permenpanrb-88-2021", "predikat": "A",
                              "value": D("82.70"), "rounded": D("82.70")}
        assert e.to_rows() == [
            {"komponen": "perencanaan", "bobot": 30, "value": D("24.50"), "rounded": D("24.50")},
            {"komponen": "pengukuran", "bobot": 30, "value": 25, "rounded": 25},
            {"komponen": "pelaporan", "bobot": 15, "value": 12, "rounded": 12},
            {"komponen": "evaluasi_internal", "bobot": 25, "value": D("21.2"),
             "rounded": D("21.20")},
        ]
        assert e.to_rows(sakip.Rounding(places=0))[0]["rounded"] == 25  # 24,50 half-up
        assert e.to_rows(sakip.Rounding(places=0, mode="down"))[0]["rounded"] == 24
        with pytest.raises(InvalidTypeError):
            e.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_evaluasi_refusals(self) -> None:
        """Unknown and missing components and a non-text aturan are refused."""
        full: dict[str, Any] = {"perencanaan": 24, "pengukuran": 25, "pelaporan": 12,
                                "evaluasi_internal": 21}
        with pytest.raises(sakip.UnknownNameError, match="capaian_kinerja"):
            sakip.evaluasi_akip(**full, capaian_kinerja=10)
        with pytest.raises(InvalidValueError, match="pelaporan"):
            sakip.evaluasi_akip(perencanaan=24, pengukuran=25, evaluasi_internal=21)
        with pytest.raises(InvalidTypeError):
            sakip.evaluasi_akip(aturan=88, **full)  # type: ignore[arg-type]
        with pytest.raises(sakip.UnknownNameError):
            sakip.evaluasi_akip(aturan="permenpanrb-1-1999", **full)
        old = full | {"evaluasi_internal": 10, "capaian_kinerja": 10}
        e = sakip.evaluasi_akip(aturan="permenpanrb-12-2015", **old)
        assert (e.value, e.predikat) == (D(81), sakip.Predikat.A)


class TestCompositeRows:
    """Composites: rows with contributions; titles and citations; rule sets by name and year."""

    def test_nka_rows(self) -> None:
        """The seed's NKA: 60 × 97,29 / 100 = 58,374 and 40 × 91,95 / 100 = 36,78 → 95,154."""
        n = sakip.nka(eka="97.29", ikpa="91.95")
        assert n.to_rows() == [
            {"komponen": "eka", "bobot": 60, "kontribusi": D("58.374"), "value": D("97.29"),
             "rounded": D("97.29")},
            {"komponen": "ikpa", "bobot": 40, "kontribusi": D("36.78"), "value": D("91.95"),
             "rounded": D("91.95")},
        ]
        row = n.to_row()
        assert (row["value"], row["rounded"]) == (D("95.154"), D("95.15"))
        assert row["judul"] == "Nilai kinerja anggaran (NKA, pkpa-se-8-mk1-2020)"
        assert row["sitasi"].startswith("SE-8/MK.1/2020")
        assert n.to_rows(sakip.Rounding(places=0))[0]["rounded"] == 97
        with pytest.raises(InvalidTypeError):
            n.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_nka_rule_set_by_name(self) -> None:
        """A non-text or unknown aturan is refused."""
        with pytest.raises(InvalidTypeError):
            sakip.nka(eka=90, ikpa=90, aturan=60)  # type: ignore[arg-type]
        with pytest.raises(sakip.UnknownNameError):
            sakip.nka(eka=90, ikpa=90, aturan="pkpa-50-50")

    def test_eka_rule_sets_and_years(self) -> None:
        """PMK 214/2017 for TA 2018–2020, PMK 22/2021 from TA 2021; before 2018 refused."""
        from sakip.eka import eka_rule_for

        assert [eka_rule_for(y).name for y in (2018, 2020, 2021, 2030)] == [
            "pmk-214-2017", "pmk-214-2017", "pmk-22-2021", "pmk-22-2021"]
        with pytest.raises(InvalidValueError):
            eka_rule_for(2017)
        old = sakip.eka(capaian_ro=100, penyerapan="99.65", nilai_efisiensi="90.73",
                        konsistensi=95, aturan="pmk-214-2017")
        assert old.to_row()["judul"] == "Nilai EKA satker (pmk-214-2017)"
        # (43,5 × 100 + 9,7 × 99,65 + 28,6 × 90,73 + 18,2 × 95) / 100
        assert old.value == D("96.40483")
        with pytest.raises(InvalidTypeError):
            sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=100, konsistensi=100,
                      aturan=22)  # type: ignore[arg-type]

    def test_eka_refuses_raw_efisiensi(self) -> None:
        """The efficiency weight applies to NE, never to the raw E result."""
        out = sakip.RincianOutput(kode="5634.QDC.011", pagu=1000, realisasi=900, capaian=100)
        e = sakip.efisiensi([out], rumus="per-pagu")
        with pytest.raises(InvalidTypeError, match="nilai_efisiensi"):
            sakip.eka(capaian_ro=100, penyerapan=90, nilai_efisiensi=e, konsistensi=100)
        ok = sakip.eka(capaian_ro=100, penyerapan=90, nilai_efisiensi=e.nilai.value,
                       konsistensi=100)
        assert ok.value == D("91.88")  # NE 75: (4350 + 9,7 × 90 + 28,6 × 75 + 1820) / 100

    def test_weighted_score_rows_and_title(self) -> None:
        """A general composite keeps its citation; contributions sum to the value."""
        w = sakip.weighted_score({"a": (90, 60), "b": (80, 40)}, sitasi="contoh")
        assert w.value == 86
        assert w.to_row()["sitasi"] == "contoh"
        assert w.to_row()["judul"] == "Nilai komposit tertimbang (weighted composite)"
        assert [r["kontribusi"] for r in w.to_rows()] == [54, 32]
        assert [r["komponen"] for r in w.to_rows()] == ["a", "b"]
        assert sakip.weighted_score({"a": (90, 100)}).sitasi == ""
        with pytest.raises(InvalidTypeError):
            sakip.weighted_score({})
        with pytest.raises(InvalidTypeError):
            sakip.weighted_score({"a": (90,)})  # type: ignore[dict-item]


class TestNumberText:
    """Indonesian and English number text, read and written (reference §3 and §9)."""

    @pytest.mark.parametrize(("text", "value"), [
        ("95,15", "95.15"), ("Rp 36.716.642.000,-", "36716642000"),
        ("Rp. 7.879.297.000", "7879297000"), ("rp7.879.297.000", "7879297000"),
        ("101,10%", "101.10"), (" 1.234 ", "1234"), ("-1.234,5", "-1234.5"),
        ("+0,5", "0.5"), ("−0,5", "-0.5"), ("0", "0"), ("1234", "1234"),
    ])
    def test_parse_id(self, text: str, value: str) -> None:
        """Dot thousands, comma decimals, optional Rp, ',-', % and sign."""
        parsed = sakip.parse_id(text)
        assert parsed == D(value)
        assert str(parsed) == value

    @pytest.mark.parametrize("text", ["4.25", "1.2.3,4", "12,5.3", "", "1,2,3", "Rp", "abc",
                                      "1.23", "12.3456", "1 234"])
    def test_parse_id_refuses(self, text: str) -> None:
        """Ambiguous or malformed text is refused with ParseError."""
        with pytest.raises(sakip.ParseError):
            sakip.parse_id(text)

    def test_parse_refuses_non_text(self) -> None:
        """Only text is parsed."""
        with pytest.raises(InvalidTypeError):
            sakip.parse_id(95)  # type: ignore[arg-type]
        with pytest.raises(InvalidTypeError):
            sakip.parse_en(95)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("text", "value"), [
        ("23.03%", "23.03"), ("Rp 36,716,642,000", "36716642000"), ("1,254", "1254"),
        ("-1,234.5", "-1234.5"), ("−2.5", "-2.5"), ("+3", "3"), ("87.93", "87.93"),
    ])
    def test_parse_en(self, text: str, value: str) -> None:
        """Comma thousands, dot decimals (the mirror of parse_id)."""
        assert sakip.parse_en(text) == D(value)

    @pytest.mark.parametrize("text", ["4,25", "1,2,3", "1.2.3", ""])
    def test_parse_en_refuses(self, text: str) -> None:
        """Comma decimals and misplaced separators are refused."""
        with pytest.raises(sakip.ParseError):
            sakip.parse_en(text)

    @pytest.mark.parametrize(("value", "kw", "text"), [
        (D("95.154"), {"places": 2}, "95,15"),
        (D("101.1054"), {"places": 2, "mode": "down"}, "101,10"),
        (36716642000, {}, "36.716.642.000"),
        (36716642000, {"thousands": False}, "36716642000"),
        (D("-0.5"), {"places": 0}, "-1"),
        (D("-0.004"), {"places": 2}, "0,00"),
        (D("0.05"), {}, "0,05"),
        (D("1234.5"), {}, "1.234,5"),
        (D("123"), {}, "123"),
        (D("1E+3"), {}, "1.000"),
        (D("-1234567.891"), {"places": 1}, "-1.234.567,9"),
        (D("0E+2"), {}, "0"),  # zero with a positive exponent: no leading zeros
        (D("0.00"), {}, "0,00"),
    ])
    def test_format_id(self, value: D | int, kw: dict[str, Any], text: str) -> None:
        """Dot thousands (unless thousands=False), comma decimals, rounding when asked."""
        assert sakip.format_id(value, **kw) == text

    def test_format_rupiah(self) -> None:
        """'Rp ' before, whole rupiah by default (half-up), a minus before Rp, optional ',-'."""
        assert sakip.format_rupiah(D("36716642000")) == "Rp 36.716.642.000"
        assert sakip.format_rupiah(7879297000, suffix=",-") == "Rp 7.879.297.000,-"
        assert sakip.format_rupiah(D("1234.5")) == "Rp 1.235"
        assert sakip.format_rupiah(D("1234.5"), places=2) == "Rp 1.234,50"
        assert sakip.format_rupiah(-1500) == "-Rp 1.500"
        assert sakip.format_rupiah(-1500, suffix=",-") == "-Rp 1.500,-"


class TestIKPAComposite:
    """IKPA rule sets by year, adjustments, konversi bobot and rows (reference §5, §11)."""

    SCORES: ClassVar[dict[str, Any]] = {
        "revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
        "belanja_kontraktual": None, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
        "capaian_output": 80}

    def test_rule_for_each_year(self) -> None:
        """PER-4/PB/2021 for 2021, PER-5/PB/2022 for 2022–2023, PER-5/PB/2024 from 2024."""
        names = [sakip.ikpa_rule_for(y).name for y in (2021, 2022, 2023, 2024, 2025, 2026)]
        assert names == ["per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2022", "per-5-pb-2024",
                         "per-5-pb-2024", "per-5-pb-2024"]
        with pytest.raises(InvalidValueError):
            sakip.ikpa_rule_for(2020)
        with pytest.raises(InvalidTypeError):
            sakip.ikpa_rule_for(True)
        with pytest.raises(InvalidTypeError):
            sakip.ikpa_rule_for("2024")  # type: ignore[arg-type]

    def test_adjustments_by_year(self) -> None:
        """TA 2026: RO khusus and pagu minus blokir; TA 2025: the [OPEN] one only when asked."""
        from sakip.ikpa import kro_dikecualikan, penyesuaian_ikpa

        assert [p.name for p in penyesuaian_ikpa(2026)] == ["ta-2026-ro-khusus",
                                                            "ta-2026-pagu-minus-blokir"]
        assert [p.name for p in penyesuaian_ikpa(2027)] == ["ta-2026-pagu-minus-blokir"]
        assert penyesuaian_ikpa(2025) == ()
        assert [p.name for p in penyesuaian_ikpa(2025, opsi=["ta-2025-efisiensi"])] == [
            "ta-2025-efisiensi"]
        with pytest.raises(sakip.UnknownNameError):
            penyesuaian_ikpa(2024, opsi=["ta-2025-efisiensi"])
        with pytest.raises(InvalidTypeError):
            penyesuaian_ikpa(2025, opsi="ta-2025-efisiensi")
        adj = penyesuaian_ikpa(2026)
        assert kro_dikecualikan(adj, "capaian_output") == {"FAN"}
        assert kro_dikecualikan(adj, "penyerapan_anggaran") == {"FAN"}
        assert kro_dikecualikan(adj, "revisi_dipa") == frozenset()
        assert sakip.ikpa_rule_for(2024).penyesuaian == ()
        assert [p.name for p in sakip.ikpa_rule_for(2026).penyesuaian] == [
            "ta-2026-ro-khusus", "ta-2026-pagu-minus-blokir"]

    def test_konversi_bobot(self) -> None:
        """Belanja kontraktual not assessed: the other weights over 90 (capaian output 25/90)."""
        r = sakip.ikpa(self.SCORES, tahun=2024)
        assert r.rounded(2) == D("94.44")  # 100 − 25 × 20 / 90
        assert r.kategori == "Baik"
        assert r.tidak_dinilai == ("belanja_kontraktual",)
        effective = r.bobot_efektif
        assert round_value(effective["capaian_output"], 4) == D("27.7778")
        assert round_value(effective["revisi_dipa"], 4) == D("11.1111")
        assert "belanja_kontraktual" not in effective
        rows = {row["indikator"]: row for row in r.to_rows()}
        assert rows["belanja_kontraktual"]["value"] is None
        assert rows["belanja_kontraktual"]["bobot"] == 10
        assert rows["belanja_kontraktual"]["bobot_efektif"] == 0
        assert rows["capaian_output"]["value"] == 80
        assert rows["capaian_output"]["bobot"] == 25
        row = r.to_row()
        assert (row["aturan"], row["kategori"], row["potongan"]) == ("per-5-pb-2024", "Baik", 0)
        assert row["tidak_dinilai"] == "belanja_kontraktual"

    def test_scores_must_name_every_indicator(self) -> None:
        """Missing, unknown and all-blank score tables are refused; aturan and tahun agree."""
        missing = {k: v for k, v in self.SCORES.items() if k != "revisi_dipa"}
        with pytest.raises(InvalidValueError, match="revisi_dipa"):
            sakip.ikpa(missing, tahun=2024)
        with pytest.raises(sakip.UnknownNameError):
            sakip.ikpa(self.SCORES | {"renkas": 100}, tahun=2024)
        with pytest.raises(NotComputableError):
            sakip.ikpa(dict.fromkeys(self.SCORES), tahun=2024)
        with pytest.raises(InvalidValueError):
            sakip.ikpa(self.SCORES, aturan="per-5-pb-2024", tahun=2023)
        with pytest.raises(InvalidValueError):
            sakip.ikpa(self.SCORES)
        with pytest.raises(InvalidTypeError):
            sakip.ikpa([100] * 7, tahun=2024)  # type: ignore[arg-type]
        assert sakip.ikpa(self.SCORES, aturan="per-5-pb-2024", tahun=2025).value == \
            sakip.ikpa(self.SCORES, tahun=2024).value

    def test_rows_of_two_not_assessed(self) -> None:
        """The row lists every indicator not assessed, comma-separated; rounding is checked."""
        r = sakip.ikpa(self.SCORES | {"revisi_dipa": None}, tahun=2024)
        assert r.to_row()["tidak_dinilai"] == "revisi_dipa, belanja_kontraktual"
        with pytest.raises(InvalidTypeError):
            r.to_rows(rounding="2")  # type: ignore[arg-type]
        d = deviasi_halaman_iii_dipa(rpd={"52": [100] * 12}, realisasi={"52": [90] * 12},
                                     pagu={"52": 1}, bulan=[1, 2])
        assert d.to_rows() == [{"bulan": 1, "value": 10, "rounded": D("10.00")},
                               {"bulan": 2, "value": 10, "rounded": D("10.00")}]
        with pytest.raises(InvalidTypeError):
            d.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_penyerapan_triwulan_steps_and_zero_pagu(self) -> None:
        """A jenis with pagu 0 adds nothing (no division by zero); each quarter is a step.

        52: 150 of 1000 against 15 % (TW I) and 500 against 50 % (TW II) → 100 each.
        """
        p = penyerapan_triwulan(pagu={"52": 1000, "53": 0}, realisasi={"52": [150, 500],
                                                                       "53": [0, 0]})
        assert p.value == 100
        steps = [(step.name, step.value) for step in p.explain().steps]
        assert steps == [("triwulan 1", 100), ("triwulan 2", 100),
                         ("nilai penyerapan anggaran", 100)]
        half = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75, 500]})
        assert [s.value for s in half.explain().steps] == [50, 100, 75]  # 7,5 of 15 %; 100
        with pytest.raises(InvalidTypeError):
            half.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_target_pegawai_2026(self) -> None:
        """TA 2026: the caller's 51 thresholds replace 20/50/75/95 quarter by quarter [OPEN].

        Realisasi 10/40/60/80 % of pagu meets thresholds 10/40/60/80 exactly: 100 each
        quarter; against the default 51 targets it is (50 + 80 + 80 + 84,21) / 4.
        """
        real = {"51": [100, 400, 600, 800]}
        own = penyerapan_triwulan(pagu={"51": 1000}, realisasi=real, tahun=2026, blokir={},
                                  target_pegawai=[10, 40, 60, 80])
        assert own.value == 100
        assert own.target.name == "per-5-pb-2024+target-pegawai"
        assert own.target.confidence == "OPEN"
        assert dict(own.target.targets)["51"] == tuple(map(D, (10, 40, 60, 80)))
        assert dict(own.target.targets)["52"] == tuple(map(D, (15, 50, 70, 90)))
        default = penyerapan_triwulan(pagu={"51": 1000}, realisasi=real, tahun=2026, blokir={})
        assert round_value(default.value, 2) == D("73.55")
        for bad in ([10, 40, 60], [0, 40, 60, 80], [10, 40, 60, 101], [-1, 40, 60, 80]):
            with pytest.raises(InvalidValueError, match="target_pegawai"):
                penyerapan_triwulan(pagu={"51": 1000}, realisasi=real, tahun=2026, blokir={},
                                    target_pegawai=bad)
        with pytest.raises(InvalidValueError, match="target_pegawai"):
            penyerapan_triwulan(pagu={"51": 1000}, realisasi=real, target_pegawai=[10, 40, 60, 80])

    def test_penyerapan_triwulan_options_checked(self) -> None:
        """triwulan 1–4 only (not 0, 5 or True); opsi needs tahun; pagu must be a mapping."""
        for bad in (0, 5, True):
            with pytest.raises(InvalidValueError, match="triwulan"):
                penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]}, triwulan=bad)
        tw4 = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, 700, 900]},
                                  triwulan=4)
        assert tw4.value == 100
        with pytest.raises(InvalidValueError, match="opsi"):
            penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150]},
                                opsi=["ta-2025-efisiensi"])
        with pytest.raises(InvalidTypeError):
            penyerapan_triwulan(pagu=[1000], realisasi={"52": [150]})  # type: ignore[arg-type]

    def test_deviasi_steps(self) -> None:
        """Each assessed month, the average and the nilai are steps (10 % off plan → 90)."""
        d = deviasi_halaman_iii_dipa(rpd={"52": [100] * 12}, realisasi={"52": [90] * 12},
                                     pagu={"52": 1}, bulan=[1, 2])
        steps = [(step.name, step.value) for step in d.explain().steps]
        assert steps == [("deviasi bulan 1", 10), ("deviasi bulan 2", 10),
                         ("rata-rata deviasi", 10), ("nilai deviasi halaman III DIPA", 90)]

    def test_named_rule_set_takes_the_years_adjustments(self) -> None:
        """``aturan=`` with ``tahun=`` carries that year's adjustments (and the opsi asked)."""
        full = self.SCORES | {"belanja_kontraktual": 100}
        r26 = sakip.ikpa(full, aturan="per-5-pb-2024", tahun=2026)
        assert [p.name for p in r26.aturan.penyesuaian] == ["ta-2026-ro-khusus",
                                                             "ta-2026-pagu-minus-blokir"]
        assert sakip.ikpa(full, aturan="per-5-pb-2024").aturan.penyesuaian == ()
        r25 = sakip.ikpa(full, aturan="per-5-pb-2024", tahun=2025, opsi=["ta-2025-efisiensi"])
        assert [p.name for p in r25.aturan.penyesuaian] == ["ta-2025-efisiensi"]
        for bad in (True, 0, 5):
            with pytest.raises(InvalidValueError, match="triwulan"):
                sakip.ikpa(full, tahun=2024, triwulan=bad)
        with pytest.raises(InvalidValueError, match="bulan"):
            deviasi_halaman_iii_dipa(rpd={"52": [100] * 12}, realisasi={"52": [100] * 12},
                                     pagu={"52": 1}, bulan=[True])

    def test_score_above_100_refused(self) -> None:
        """Indicator scores are 0–100 in the composite (100,01 refused, 100 accepted)."""
        with pytest.raises(InvalidValueError):
            sakip.ikpa(self.SCORES | {"capaian_output": D("100.01")}, tahun=2024)
        assert sakip.ikpa(self.SCORES | {"capaian_output": 100}, tahun=2024).value == 100


class TestRuleSetChecks:
    """A rule set refuses weights that do not sum to 100 when it is built (not only at import)."""

    def test_nka_rule_weights(self) -> None:
        """EKA + IKPA weights must be exactly 100: 50/50 and 70/30 are accepted, 60/39,99 not."""
        from sakip.nka import NKARule

        for eka, ikpa in ((50, 50), (70, 30), (D("60.5"), D("39.5"))):
            rule = NKARule(name="test", citation="test", years=(2024, None), confidence="CONV",
                           eka=D(eka), ikpa=D(ikpa))
            assert (rule.eka, rule.ikpa) == (eka, ikpa)
        for eka, ikpa in ((D(60), D("39.99")), (D(60), D(41)), (D(0), D(0))):
            with pytest.raises(InvalidValueError):
                NKARule(name="test", citation="test", years=(2024, None), confidence="CONV",
                        eka=eka, ikpa=ikpa)


class TestNewComposites:
    """Reference §9: the normalised composite (X = nilai / target × W) and PMK 2/PMK.02/2021."""

    def test_normalised_worked(self) -> None:
        """90 of target 90 (W 50) + 95 of target 100 (W 50) = 50 + 47,5 = 97,5."""
        n = sakip.normalised_score({"perencanaan": ("90", "90", 50),
                                    "pelaksanaan": ("95", "100", 50)})
        assert n.value == D("97.5")
        assert n.to_rows() == [
            {"komponen": "perencanaan", "target": 90, "bobot": 50, "kontribusi": 50,
             "value": 90, "rounded": D("90.00")},
            {"komponen": "pelaksanaan", "target": 100, "bobot": 50, "kontribusi": D("47.5"),
             "value": 95, "rounded": D("95.00")},
        ]
        assert n.sitasi == ""
        assert n.to_row()["judul"] == ("Nilai komposit ternormalisasi (normalised weighted "
                                       "composite)")
        steps = [s.value for s in n.explain().steps]
        assert steps == [50, D("47.5"), D("97.5")]
        with pytest.raises(InvalidTypeError):
            n.to_rows(rounding="2")  # type: ignore[arg-type]

    def test_normalised_rule_set(self) -> None:
        """With aturan the weights (50/50) and the citation come from the rule set."""
        n = sakip.normalised_score({"perencanaan": ("90", "90"), "pelaksanaan": ("95", "100")},
                                   aturan="iku-kejaksaan-2025-2029")
        assert n.value == D("97.5")
        assert [b for _, _, _, b in n.komponen] == [50, 50]
        assert n.sitasi == sakip.rules.find("komposit-ternormalisasi",
                                            "iku-kejaksaan-2025-2029").citation
        own = sakip.normalised_score({"perencanaan": ("90", "90"), "pelaksanaan": ("95", "100")},
                                     aturan="iku-kejaksaan-2025-2029", sitasi="mine")
        assert own.sitasi == "mine"
        with pytest.raises(InvalidValueError):
            sakip.normalised_score({"perencanaan": ("90", "90")},
                                   aturan="iku-kejaksaan-2025-2029")
        with pytest.raises(InvalidTypeError):
            sakip.normalised_score({"perencanaan": ("90", "90", 50), "pelaksanaan": ("95", "100")},
                                   aturan="iku-kejaksaan-2025-2029")
        with pytest.raises(InvalidTypeError):
            sakip.normalised_score({"a": ("90", "90")}, aturan=5)  # type: ignore[arg-type]

    def test_normalised_refusals(self) -> None:
        """Target 0, weights not summing to total_weight, malformed and empty input refused."""
        with pytest.raises(InvalidValueError, match="target a"):
            sakip.normalised_score({"a": (90, 0, 100)})
        with pytest.raises(InvalidValueError, match="bobot"):
            sakip.normalised_score({"a": (90, 90, 50), "b": (90, 90, 49)})
        assert sakip.normalised_score({"a": (45, 90, 1)}, total_weight=1).value == D("0.5")
        with pytest.raises(InvalidTypeError):
            sakip.normalised_score({"a": (90, 90)})
        with pytest.raises(InvalidTypeError):
            sakip.normalised_score({})
        above = sakip.normalised_score({"a": (120, 100, 100)})
        assert above.value == 120  # above target: no cap (none is published)

    def test_pmk_2_2021(self) -> None:
        """60 × 90 + 40 × 80 = 86 → Baik; 90 → Baik (> 90 is Sangat Baik); 90,01 Sangat Baik."""
        k = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=90, indikator_kinerja_anggaran=80)
        assert (k.value, k.kategori) == (D(86), "Baik")
        row = k.to_row()
        assert row["judul"] == "Nilai kinerja anggaran K/L (pmk-2-pmk02-2021)"
        assert row["kategori_bands"] == "pmk-2-pmk02-2021"
        assert row["sitasi"].startswith("PMK 2/PMK.02/2021")
        assert [w for _, _, w in k.komponen] == [60, 40]
        assert [n for n, _, _ in k.komponen] == ["pengelolaan_anggaran",
                                                 "indikator_kinerja_anggaran"]
        assert sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=90,
                                            indikator_kinerja_anggaran=90).kategori == "Baik"
        assert sakip.kategori_nilai_kinerja_anggaran("90.01") == "Sangat Baik"
        assert sakip.kategori_nilai_kinerja_anggaran(50) == "Sangat Kurang"
        with pytest.raises(InvalidValueError):
            sakip.kategori_nilai_kinerja_anggaran(101)
        with pytest.raises(InvalidTypeError):
            sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=90, indikator_kinerja_anggaran=80,
                                         aturan=2)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match="indikator_kinerja_anggaran"):
            sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=90, indikator_kinerja_anggaran=101)
        assert k.explain().value == k.value


class TestIKPAInputsAndTrail:
    """IKPA input checks and audit trail that the public-function mutation run found unpinned.

    Reference §5 and §11 (PER-5/PB/2024 targets, the TA 2025/2026 adjustments); every
    expected value below is worked by hand from those tables.
    """

    SCORES: ClassVar[dict[str, Any]] = TestIKPAComposite.SCORES

    @pytest.mark.parametrize(("tahun", "names"),
                             [(1900, []), (2999, ["ta-2026-pagu-minus-blokir"])])
    def test_fiscal_year_range_ends_are_accepted(self, tahun: int, names: list[str]) -> None:
        """Kills ``1900 <=`` → ``1901 <=`` / ``<`` and ``<= 2999`` → ``< 2999`` in _check_tahun."""
        from sakip.ikpa import penyesuaian_ikpa

        assert [p.name for p in penyesuaian_ikpa(tahun)] == names

    @pytest.mark.parametrize("tahun", [1899, 3000])
    def test_fiscal_years_outside_the_range_are_refused(self, tahun: int) -> None:
        """Kills ``<= 2999`` → ``<= 3000``: the years of sakip.TahunAnggaran, 1900–2999."""
        from sakip.ikpa import penyesuaian_ikpa

        with pytest.raises(InvalidValueError) as caught:
            penyesuaian_ikpa(tahun)
        assert (caught.value.field, caught.value.received) == ("tahun", tahun)

    def test_triwulan_4_is_a_quarter(self) -> None:
        """Kills ``1 <= triwulan <= 4`` → ``< 4`` in ikpa: TW IV is the year's last quarter."""
        assert sakip.ikpa(self.SCORES, tahun=2024, triwulan=4).value == \
            sakip.ikpa(self.SCORES, tahun=2024).value

    def test_capped_source_is_a_step_of_the_explanation(self) -> None:
        """Kills the dropped/negated conditions and value of IKPA._derive's capping step.

        ikpa_revisi_dipa(semester_i=2, semester_ii=0) scores 105 (reference §11); the
        composite uses 100 by default, and the explanation shows that step, with value 100.
        A source that was not capped (80) adds no such step.
        """
        capped = sakip.ikpa(self.SCORES | {"revisi_dipa": sakip.ikpa_revisi_dipa(
            semester_i=2, semester_ii=0)}, tahun=2024)
        steps = {step.name: step.value for step in capped.explain().in_bahasa("en").steps}
        assert steps["revisi_dipa: nilai in the composite"] == 100
        kept = sakip.ikpa(self.SCORES | {"revisi_dipa": sakip.ikpa_revisi_dipa(
            semester_i=1, semester_ii=3)}, tahun=2024)
        assert not [s for s in kept.explain().in_bahasa("en").steps
                    if s.name.endswith("nilai in the composite")]

    def test_wrong_year_result_names_its_indicator(self) -> None:
        """Kills ``_same_year(None, ...)``: the refusal names the indicator given."""
        result = sakip.ikpa_belanja_kontraktual(tahun=2025, distribusi_tw2=60,
                                                akselerasi_53=(1, 2))
        with pytest.raises(InvalidValueError) as caught:
            sakip.ikpa(self.SCORES | {"belanja_kontraktual": result}, tahun=2024)
        assert caught.value.field == "belanja_kontraktual"

    def test_result_without_tahun_accepted_where_no_adjustment_touches_penyerapan(self) -> None:
        """Kills ``"penyerapan_anggaran" in`` → ``not in`` in _same_year.

        TA 2025 with the [OPEN] efisiensi adjustment fixes TW I scores but changes neither
        the penyerapan base nor its ROs, so a penyerapan result computed without tahun is
        accepted; TA 2026 (pagu minus blokir, RO khusus) refuses it.
        """
        from sakip.ikpa import penyerapan_triwulan

        result = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, 700, 900]})
        scores = self.SCORES | {"penyerapan_anggaran": result}
        assert sakip.ikpa(scores, tahun=2025, opsi=["ta-2025-efisiensi"]).rounded(2) == \
            D("94.44")  # as TestIKPAComposite.test_konversi_bobot: penyerapan 100
        with pytest.raises(InvalidValueError):
            sakip.ikpa(scores, tahun=2026)

    def test_penyerapan_notes_name_the_adjustments_applied(self) -> None:
        """Kills the mutated filters of penyerapan_triwulan's adjustment notes.

        TA 2026: both adjustments concern penyerapan (RO khusus left out of it, pagu minus
        blokir as its base); TA 2025's efisiensi adjustment does not.
        """
        from sakip.explain import say
        from sakip.ikpa import penyerapan_triwulan

        r = penyerapan_triwulan(pagu={"52": 1000}, blokir={}, realisasi={"52": [75]}, tahun=2026)
        notes = [say(note, "en") for note in r.catatan]
        applied = [note.split(" [")[0] for note in notes if note.startswith("penyesuaian ")]
        assert applied == ["penyesuaian ta-2026-ro-khusus", "penyesuaian ta-2026-pagu-minus-blokir"]
        r = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2025,
                                opsi=["ta-2025-efisiensi"])
        assert r.catatan == ()

    def test_unknown_opsi_refused_by_penyerapan_triwulan(self) -> None:
        """Kills ``penyesuaian_ikpa(tahun, opsi=opsi)`` → ``penyesuaian_ikpa(tahun)``."""
        from sakip.ikpa import penyerapan_triwulan

        with pytest.raises(sakip.UnknownNameError) as caught:
            penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2025,
                                opsi=["ta-2025-bukan"])
        assert caught.value.field == "opsi"

    def test_fully_blocked_jenis_is_accepted(self) -> None:
        """Kills ``v < 0`` → ``v <= 0`` / ``v < 1`` for pagu minus blokir.

        Belanja barang (52) blocked entirely has no weight: TW I belanja pegawai 150 of 1000
        = 15 % against its PER-5/PB/2024 target of 20 % → 75, as if 52 were absent.
        """
        from sakip.ikpa import penyerapan_triwulan

        r = penyerapan_triwulan(pagu={"51": 1000, "52": 1000}, blokir={"52": 1000},
                                realisasi={"51": [150], "52": [0]}, tahun=2026)
        assert r.value == 75

    def test_target_pegawai_of_100_percent_is_accepted(self) -> None:
        """Kills ``v > HUNDRED`` → ``v >= HUNDRED``: thresholds lie in (0, 100] %.

        TW I belanja pegawai 150 of 1000 = 15 % against a caller's TW I threshold of 15 % → 100.
        """
        from sakip.ikpa import penyerapan_triwulan

        r = penyerapan_triwulan(pagu={"51": 1000}, blokir={}, realisasi={"51": [150]},
                                tahun=2026, target_pegawai=[15, 40, 70, 100])
        assert r.value == 100
        assert dict(r.target.targets)["51"][3] == 100

    def test_one_pagu_for_the_year_has_no_quarterly_pagu(self) -> None:
        """Kills ``if per_quarter`` → ``or True``: pagu_triwulan is () unless given per quarter."""
        from sakip.ikpa import penyerapan_triwulan

        assert penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}).pagu_triwulan == ()
        per_quarter = penyerapan_triwulan(pagu={"52": [1000, 2000, None, None]},
                                          realisasi={"52": [150, 500, None, None]})
        assert per_quarter.pagu_triwulan == (("52", (D(1000), D(2000))),)

    @pytest.mark.parametrize("ro_khusus", [
        {("5634.FAN.ZZ1", "52", "x"): (10, [1])},
        {("5634.FAN.ZZ1", "52"): (10, [1], "x")},
        {("5634.FAN.ZZ1", "52"): (-10, [1])},
    ])
    def test_malformed_ro_khusus_refused(self, ro_khusus: dict[Any, Any]) -> None:
        """Kills ``or`` → ``and`` in the key and pair shape checks and the dropped
        ``nonnegative=True`` on an RO khusus pagu: sakip's error, never a raw crash."""
        from sakip.ikpa import penyerapan_triwulan

        with pytest.raises(InvalidValueError):
            penyerapan_triwulan(pagu={"52": 1000}, blokir={}, realisasi={"52": [75]},
                                tahun=2026, ro_khusus=ro_khusus)

    def test_ro_khusus_taking_the_whole_pagu_leaves_zero(self) -> None:
        """Kills ``p < 0`` → ``p <= 0`` / ``p < 1`` on the pagu left after the RO khusus.

        Of belanja barang 1000, an RO khusus takes all 1000 (realisasi 40): nothing is left
        of 52, so TW I belanja pegawai 150 of 1000 = 15 % against 20 % → 75 decides alone.
        """
        from sakip.ikpa import penyerapan_triwulan

        r = penyerapan_triwulan(pagu={"51": 1000, "52": 1000}, blokir={},
                                realisasi={"51": [150], "52": [40]}, tahun=2026,
                                ro_khusus={("5634.FAN.ZZ1", "52"): (1000, [40])})
        assert r.value == 75

    def test_ro_khusus_refusal_outside_2026_says_the_year(self) -> None:
        """Kills ``_subtract_khusus(..., None)``: the refusal receives the year given."""
        from sakip.ikpa import penyerapan_triwulan

        with pytest.raises(InvalidValueError) as caught:
            penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}, tahun=2024,
                                ro_khusus={("5634.FAN.ZZ1", "52"): (10, [1])})
        assert (caught.value.field, caught.value.received) == ("ro_khusus", 2024)

    def test_deviasi_names_the_table_that_differs(self) -> None:
        """Kills the mutated field names of deviasi's jenis-belanja check."""
        plan = {"52": [100] * 12}
        with pytest.raises(InvalidValueError) as caught:
            deviasi_halaman_iii_dipa(rpd=plan, realisasi={"53": [100] * 12}, pagu={"52": 1200})
        assert caught.value.field == "realisasi"
        with pytest.raises(InvalidValueError) as caught:
            deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [100] * 12}, pagu={"53": 1200})
        assert caught.value.field == "pagu"


class TestUnitMarks:
    """A unit mark that contradicts its field is refused in either notation (issue 16)."""

    def test_marks_past_the_cheap_exit(self) -> None:
        """Text the ASCII early exit lets through (issue 24's fast path): a number with the
        Unicode minus has no mark, a percentage keeps "%", text naming Rp that is no number has
        none (result survivors of a fresh numbers run, 2026-12-08)."""
        from sakip.numbers import _unit_mark

        assert _unit_mark("−5") == ""
        assert _unit_mark("−5%") == "%"
        assert _unit_mark("Rp abc") == ""
        assert _unit_mark("Rp 1.000") == "Rp"

    def test_rp_on_a_percentage_in_an_english_report(self) -> None:
        """Kills ``or`` → ``and`` in _unit_mark: ``Rp 1,000.5`` is English notation only."""
        from sakip import lkj

        doc = {"schema": "sakip/lkj-1",
               "laporan": {"instansi": "X", "tahun": 2023, "angka": "en"},
               "indikator": [{"kode": "I1", "nama": "n", "target": "10", "realisasi": "12",
                              "capaian": "Rp 1,000.5"}]}
        with pytest.raises(lkj.LaporanError) as caught:
            lkj.load(doc)
        assert [e.field for e in caught.value.errors] == ["indikator[1].capaian"]
        assert "no 'Rp'" in str(caught.value.errors[0])


class TestEfisiensiProperties:
    """``Efisiensi.kategori`` and ``Efisiensi.nilai`` keep the result's ``clip`` (reference §4).

    mutmut does not mutate properties; these were mutated by hand (dropping ``self.clip``).
    """

    CAPPED = LabelBands(name="test-capped", citation="test table", years=(2024, None),
                        confidence="CONV", bands=((90, "Sangat Efisien"),), below="Lainnya",
                        maximum=100, above="di atas 100")

    def test_kategori_of_a_clipped_result(self) -> None:
        """E 40 % gives NE 50 + 40/20 × 50 = 150, clipped to 100: "Sangat Efisien", not the
        label above the table's maximum that the unclipped 150 would take."""
        out = ro(pagu=1000, realisasi=600, capaian=100)  # per-pagu E = (1000 − 600) / 1000
        clipped = sakip.efisiensi([out], rumus="per-pagu", kategori=self.CAPPED)
        assert clipped.value == 40
        assert clipped.kategori == "Sangat Efisien"
        kept = sakip.efisiensi([out], rumus="per-pagu", kategori=self.CAPPED, clip=False)
        assert kept.kategori == "di atas 100"

    def test_nilai_of_an_unclipped_result_explains_itself(self) -> None:
        """``clip=False``: NE 150, and its explanation re-derives 150 (not the clipped 100)."""
        out = ro(pagu=1000, realisasi=600, capaian=100)
        ne = sakip.efisiensi([out], rumus="per-pagu", clip=False).nilai
        assert ne.value == 150
        assert ne.clip is False
        assert ne.explain().value == 150
