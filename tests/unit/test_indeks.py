"""IKM/SKM, IPM, nilai capaian IKI and indicators from components (reference §13).

Golden figures are the worked examples of the project's domain reference
(``shared/reference/regulations.md`` §13), compared as printed strings.
"""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction
from typing import Any

import pytest

import sakip
from sakip.indeks_kepuasan import IKM_RULES, KREJCIE_MORGAN
from sakip.numbers import parse_id

#: Reference §13: a service unit, one quarter, 29 respondents, every unsur answered by all.
TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]


# ------------------------------------------------------------------------ IKM


def test_ikm_printed_weights_differ_by_up_to_a_point() -> None:
    """Reference §13 [CONV]: 0,1111 / 0,111 / 0,11 give figures up to about one point lower."""
    exact = sakip.ikm(nilai_unsur=TOTALS, responden=29).konversi.value
    for bobot in ("0,1111", "0,111", "0,11"):
        other = sakip.ikm(nilai_unsur=TOTALS, responden=29, bobot=bobot).konversi.value
        assert D(0) < exact - other <= D(1), bobot


def test_ikm_weights_sum_as_they_should() -> None:
    """Exact 1/n sums to 1 over the unsur; each printed weight is its text and sums to n × w."""
    for rule in IKM_RULES.values():
        n = len(rule.unsur)
        assert n == {"permenpanrb-14-2017": 9, "kepmenpan-25-2004": 14}[rule.name]
        for name, weight in rule.bobot_konvensi:
            assert parse_id(name) == weight
            assert D(1) - weight * n < D("0.01") * n  # within the printed digits of 1/n
        ones = sakip.ikm(nilai_unsur=[1] * n, responden=1, aturan=rule.name)
        assert ones.value == 1  # Σ NRR × 1/n of all-ones is exactly 1


def test_ikm_from_answers_equals_totals() -> None:
    """Raw answers give the same NRR as their totals and per-unsur respondent counts."""
    answers: list[list[Any]] = [[4, 3, 4, 4, 3, 4, 4, None, 4], [3, 3, 2, 4, 3, 3, 3, 3, 3],
                                [4, 4, 4, 4, 4, 4, 4, 4, None]]
    from_answers = sakip.ikm(jawaban=answers)
    totals = [sum(a[u] for a in answers if a[u] is not None) for u in range(9)]
    counts = [sum(a[u] is not None for a in answers) for u in range(9)]
    assert from_answers.responden == tuple(counts)
    assert from_answers.value == sakip.ikm(nilai_unsur=totals, responden=counts).value


@pytest.mark.parametrize(("aturan", "skala", "edges"), [
    ("permenpanrb-14-2017", "konversi",
     [("64.99", "65.00", "D", "C"), ("76.60", "76.61", "C", "B"), ("88.30", "88.31", "B", "A")]),
    ("permenpanrb-14-2017", "nilai",
     [("2.5996", "2.60", "D", "C"), ("3.064", "3.0644", "C", "B"),
      ("3.532", "3.5324", "B", "A")]),
    ("kepmenpan-25-2004", "konversi",
     [("43.75", "43.76", "D", "C"), ("62.50", "62.51", "C", "B"), ("81.25", "81.26", "B", "A")]),
    ("kepmenpan-25-2004", "nilai",
     [("1.75", "1.76", "D", "C"), ("2.50", "2.51", "C", "B"), ("3.25", "3.26", "B", "A")]),
])
def test_ikm_bands_at_edges_and_inside_every_gap(aturan: str, skala: str,
                                                 edges: list[tuple[str, str, str, str]]) -> None:
    """Reference §13 tables: each printed edge is its band's under every policy; the gap
    between them goes down under "bawah", up under "atas", and is refused under "tolak"."""
    rule = IKM_RULES[aturan]
    for upper, lower, low_label, high_label in edges:
        inside = (D(upper) + D(lower)) / 2
        for gap in ("bawah", "atas"):
            table = rule.bands(skala, gap)  # type: ignore[arg-type]
            assert table.label(D(upper)) == low_label
            assert table.label(D(lower)) == high_label
            assert table.label(D(upper) - D("1e-9")) == low_label
            assert table.label(D(lower) + D("1e-9")) == high_label
            assert table.label(inside) == (low_label if gap == "bawah" else high_label)


def _ikm_at(nilai: D, **options: Any) -> sakip.IndeksKepuasanMasyarakat:
    """An IKM of exactly ``nilai`` (1–4) under 2004 rules: 14 unsur, 1000 respondents."""
    total = nilai * 1000
    return sakip.ikm(nilai_unsur=[total] * 14, responden=1000, aturan="kepmenpan-25-2004",
                     **options)


def test_ikm_2004_scales_disagree_and_both_labels_are_exposed() -> None:
    """Reference §13: NRR 1,752 (NIK 43,80) is C on the NIK table, D on the NI table."""
    ikm = _ikm_at(D("1.752"))
    assert sakip.format_id(ikm.konversi.value, 2) == "43,80"
    assert ikm.mutu_skala == {"konversi": "C", "nilai": "D"}
    assert ikm.mutu == "C"  # the konversi scale decides by default
    assert _ikm_at(D("1.752"), skala="nilai").mutu == "D"
    assert ikm.mutu_diterima == {"C", "D"}


def test_ikm_gap_policy_refuse_names_the_gap() -> None:
    """A value between printed bands under celah='tolak' is refused naming the field celah."""
    ikm = sakip.ikm(nilai_unsur=[25998] * 9, responden=10000, celah="tolak",
                    skala="nilai")  # NI 2,5998: between D (≤ 2,5996) and C (≥ 2,60)
    with pytest.raises(sakip.InvalidValueError, match=r"^celah: "):
        _ = ikm.mutu
    assert sakip.ikm(nilai_unsur=[25998] * 9, responden=10000, celah="atas",
                     skala="nilai").mutu == "C"
    assert "no mutu" in ikm.explain().in_bahasa("en").notes[0] and ikm.to_row()["mutu"] is None


def test_ikm_sample_size_note() -> None:
    """Krejcie–Morgan (printed with 14/2017): 50 → 44, 300 → 169, 2 000 → 322 (§13)."""
    assert (sakip.sampel_minimum(50), sakip.sampel_minimum(300),
            sakip.sampel_minimum(2000)) == (44, 169, 322)
    small = sakip.ikm(nilai_unsur=TOTALS, responden=29, populasi=300)
    notes = small.explain().in_bahasa("en").notes
    assert any("sample too small: 29 respondents < 169" in n for n in notes)
    enough = sakip.ikm(nilai_unsur=[3 * 169] * 9, responden=169, populasi=300)
    assert not any("sample too small" in n for n in enough.explain().in_bahasa("en").notes)


def test_krejcie_morgan_table_follows_its_formula() -> None:
    """Every row is s = χ²NP(1−P) ÷ (d²(N−1) + χ²P(1−P)), χ² 3,841, P 0,5, d 0,05, half-up."""
    for population, sample in KREJCIE_MORGAN:
        s = (D("3.841") * population * D("0.25")
             / (D("0.0025") * (population - 1) + D("3.841") * D("0.25")))
        assert int(s.to_integral_value(rounding="ROUND_HALF_UP")) == sample, population


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"nilai_unsur": TOTALS, "responden": 0}, "responden"),
    ({"nilai_unsur": TOTALS, "responden": -3}, "responden"),
    ({"nilai_unsur": TOTALS[:8], "responden": 29}, "nilai_unsur"),
    ({"nilai_unsur": TOTALS, "responden": [29] * 8}, "responden"),
    ({"nilai_unsur": [*TOTALS[:8], 117], "responden": 29}, "nilai_unsur[8]"),
    ({"nilai_unsur": [*TOTALS[:8], 28], "responden": 29}, "nilai_unsur[8]"),
    ({"nilai_unsur": [*TOTALS[:8], "100.5"], "responden": 29}, "nilai_unsur[8]"),
    ({"nilai_unsur": [*TOTALS[:8], -1], "responden": 29}, "nilai_unsur[8]"),
    ({"jawaban": [[5] + [4] * 8]}, "jawaban[0][0]"),
    ({"jawaban": [[0] + [4] * 8]}, "jawaban[0][0]"),
    ({"jawaban": [[4] * 8]}, "jawaban[0]"),
    ({"jawaban": [[None] + [4] * 8]}, "jawaban[*][0]"),
    ({"jawaban": []}, "jawaban"),
    ({"nilai_unsur": TOTALS, "responden": 29, "bobot": "0,1"}, "bobot"),
    ({"nilai_unsur": TOTALS, "responden": 29, "celah": "nearest"}, "celah"),
    ({"nilai_unsur": TOTALS, "responden": 29, "skala": "ni"}, "skala"),
    ({"nilai_unsur": TOTALS, "responden": 29, "populasi": 0}, "populasi"),
])
def test_ikm_refuses_hostile_inputs_naming_the_field(kwargs: dict[str, Any], field: str) -> None:
    """Answers outside 1–4, counts ≤ 0, the wrong number of unsur: sakip's error naming it."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.ikm(**kwargs)
    assert info.value.field == field


def test_ikm_unknown_rule_and_float_answers() -> None:
    """An unknown aturan lists the known ones; a float answer is refused."""
    with pytest.raises(sakip.UnknownNameError, match="permenpanrb-14-2017"):
        sakip.ikm(nilai_unsur=TOTALS, responden=29, aturan="pergub")
    with pytest.raises(sakip.InvalidValueError, match="jawaban"):
        sakip.ikm(jawaban=[[3.5] + [4] * 8])  # type: ignore[list-item]


def test_ikm_rows_and_explanation() -> None:
    """to_rows gives one row per unsur; the explanation ends at the value, konversi's at × 25."""
    ikm = sakip.ikm(nilai_unsur=TOTALS, responden=29)
    rows = ikm.to_rows()
    assert rows[0]["unsur"] == "persyaratan" and len(rows) == 9
    assert ikm.explain().value == ikm.value
    assert ikm.konversi.explain().value == ikm.konversi.value
    assert ikm.to_row()["mutu"] == "A"


# ------------------------------------------------------------------------ IPM


def test_ipm_rounding_range_contains_the_published_figure() -> None:
    """The printed 80,06 lies within the range the rounded components allow, which is narrow."""
    ipm = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707)
    low, high = ipm.rounding_range()
    assert low < D("80.06") < high
    assert low < ipm.value < high
    assert high - low < D("0.05")
    rupiah = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=17707000)
    r_low, r_high = rupiah.rounding_range()  # rupiah to the unit: a narrower interval
    assert low < r_low < r_high < high


def test_ipm_status_edges() -> None:
    """Reference §13: lower edges inclusive: 80 sangat tinggi, 70 tinggi, 60 sedang, < 60 rendah."""
    from sakip.indeks_pembangunan import STATUS_IPM
    assert [STATUS_IPM.label(D(x)) for x in ("80", "79.99", "70", "69.99", "60", "59.99")] == [
        "sangat tinggi", "tinggi", "tinggi", "sedang", "sedang", "rendah"]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"uhh": "19.9", "hls": 12, "rls": 9, "pengeluaran": 10**7}, "uhh"),
    ({"uhh": 86, "hls": 12, "rls": 9, "pengeluaran": 10**7}, "uhh"),
    ({"uhh": 70, "hls": "18.1", "rls": 9, "pengeluaran": 10**7}, "hls"),
    ({"uhh": 70, "hls": 12, "rls": -1, "pengeluaran": 10**7}, "rls"),
    ({"uhh": 70, "hls": 12, "rls": 9, "pengeluaran": 1000}, "pengeluaran"),
    ({"uhh": 70, "hls": 12, "rls": 9, "pengeluaran_ribu": 30000}, "pengeluaran_ribu"),
    ({"uhh": 70, "hls": 12, "rls": 9}, "pengeluaran"),
    ({"uhh": 70, "hls": 12, "rls": 9, "pengeluaran": 10**7, "pengeluaran_ribu": 10**4},
     "pengeluaran"),
])
def test_ipm_refuses_components_outside_the_goalposts(kwargs: dict[str, Any],
                                                      field: str) -> None:
    """Components outside the goalposts, or both/neither pengeluaran: sakip's error naming it."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.ipm(**kwargs)
    assert info.value.field == field


def test_ipm_at_the_minimum_is_zero() -> None:
    """An index of zero (UHH 20) makes the product zero: IPM 0, rendah (no logarithm of 0)."""
    ipm = sakip.ipm(uhh=20, hls=12, rls=9, pengeluaran=10**7)
    assert (ipm.value, ipm.status) == (D(0), "rendah")


# ----------------------------------------------------------------- nilai capaian IKI


@pytest.mark.parametrize(("capaian", "nilai", "kategori"), [
    ("80", "70", "Cukup"), ("99", "89", "Cukup"), ("79", "69", "Kurang"), ("60", "50", "Kurang"),
    ("59", "49", "Sangat Kurang"), ("0", "0", "Sangat Kurang"), ("110.01", "120", "Sangat Baik"),
    ("99.5", "89.5", "Cukup"), ("79.5", "69.5", "Kurang"),
])
def test_nilai_capaian_iki_rows(capaian: str, nilai: str, kategori: str) -> None:
    """Reference §13 rows at their printed ends (and between rows: the row below's line)."""
    result = sakip.nilai_capaian_iki(capaian=capaian)
    assert (result.value, result.kategori) == (D(nilai), kategori)


def test_nilai_capaian_iki_open_rows_are_required_options() -> None:
    """Reference §13 [OPEN]: Baik (100 %) and Sangat Baik (100–110 %) need the caller's nilai."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.nilai_capaian_iki(capaian=100)
    assert info.value.field == "nilai_baik"
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.nilai_capaian_iki(capaian=105)
    assert info.value.field == "nilai_sangat_baik"
    assert sakip.nilai_capaian_iki(capaian=100, nilai_baik=109).value == 109  # the regulation's
    assert sakip.nilai_capaian_iki(capaian=110, nilai_sangat_baik=120).kategori == "Sangat Baik"
    assert sakip.nilai_capaian_iki(capaian=100, target_maksimum=True).value == 120
    assert sakip.nilai_capaian_iki(capaian=98, nilai_baik=109).value == 88  # unused option


def test_nilai_capaian_iki_takes_a_capaian_result() -> None:
    """A capaian result is taken as its value and derived first in the explanation."""
    capaian = sakip.capaian(target=95, realisasi=93)  # 97,89 %
    nilai = sakip.nilai_capaian_iki(capaian=capaian)
    assert nilai.value == sakip.nilai_capaian_iki(capaian=capaian.value).value
    assert nilai.explain().steps[0].name.startswith("capaian: ")


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"capaian": -1}, "capaian"),
    ({"capaian": "98,5"}, "capaian"),
    ({"capaian": 100, "nilai_baik": -5}, "nilai_baik"),
])
def test_nilai_capaian_iki_refusals(kwargs: dict[str, Any], field: str) -> None:
    """Negative capaian, Indonesian text, a negative option: sakip's error naming the field."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.nilai_capaian_iki(**kwargs)
    assert info.value.field == field


# ------------------------------------------------------------ indicators from components


def test_indikator_komponen_kinds() -> None:
    """jumlah is Σ parts; penurunan is (baseline − current) ÷ baseline × 100, negative if up."""
    assert sakip.indikator_komponen(pembilang=["1.5", 2, 3], jenis="jumlah").value == D("6.5")
    assert sakip.indikator_komponen(pembilang=30, penyebut=40, jenis="penurunan").value == 25
    assert sakip.indikator_komponen(pembilang=50, penyebut=40, jenis="penurunan").value == -25


@pytest.mark.parametrize("jenis", ["rasio", "penurunan"])
def test_indikator_komponen_zero_denominator_not_computable(jenis: str) -> None:
    """A zero penyebut is not computable, with the reason."""
    with pytest.raises(sakip.NotComputableError) as info:
        sakip.indikator_komponen(pembilang=3, penyebut=0, jenis=jenis)  # type: ignore[arg-type]
    assert info.value.field == "penyebut"
    assert "zero" in info.value.reason


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"pembilang": -1, "penyebut": 5}, "pembilang"),
    ({"pembilang": 1, "penyebut": -5}, "penyebut"),
    ({"pembilang": 1}, "penyebut"),
    ({"pembilang": [1, 2], "penyebut": 5}, "pembilang"),
    ({"pembilang": [1, 2], "penyebut": 5, "jenis": "jumlah"}, "penyebut"),
    ({"pembilang": [], "jenis": "jumlah"}, "pembilang"),
    ({"pembilang": [1, -2], "jenis": "jumlah"}, "pembilang[1]"),
    ({"pembilang": 1, "penyebut": 2, "jenis": "rata-rata"}, "jenis"),
])
def test_indikator_komponen_refusals(kwargs: dict[str, Any], field: str) -> None:
    """Negative components, a missing or extra penyebut, an unknown jenis: error naming it."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.indikator_komponen(**kwargs)
    assert info.value.field == field


def test_ipm_digits_agree_with_a_200_digit_computation() -> None:
    """The 50-digit value agrees with the formula computed independently at 200 digits."""
    import decimal

    ipm = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707)
    with decimal.localcontext(decimal.Context(prec=200)):
        kes = (D("72.55") - 20) / 65
        pend = (D("12.86") / 18 + D("11.02") / 15) / 2
        low = D(1007436).ln()
        peng = (D(17707000).ln() - low) / (D(26572352).ln() - low)
        expected = ((kes * pend * peng).ln() / 3).exp() * 100
        assert abs(ipm.value - expected) < D("1e-45")


def test_ipm_status_is_the_band_of_the_value() -> None:
    """An IPM just under 80 is 'tinggi' (reference §13: sangat tinggi from 80, inclusive)."""
    i = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=16_000_000)
    assert 79 <= i.value < 80  # the DKI 2017 components with less pengeluaran
    assert i.status == "tinggi"


def test_ikm_nilai_and_kinerja() -> None:
    """IKM.nilai is the 1–4 value (§13: Σ 955 ÷ (29 × 9)); kinerja follows mutu (C: Kurang Baik)."""
    r = sakip.ikm(nilai_unsur=[105, 101, 100, 116, 102, 105, 106, 105, 115], responden=29)
    assert r.nilai == r.value and abs(Fraction(r.nilai) - Fraction(955, 261)) < Fraction(1, 10**40)
    c = sakip.ikm(nilai_unsur=[85] * 9, responden=29)  # 85 ÷ 29 × 25 = 73,28: C (65,00 – 76,60)
    assert (c.mutu, c.kinerja) == ("C", "Kurang Baik")
