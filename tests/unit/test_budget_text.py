"""The budget module's explanations and refusals, as an auditor reads them (issue 30).

``test_explanations.py`` pins the default path of every budget formula; this module pins
what it leaves open: the unit-cost efisiensi of PMK 249/PMK.02/2011, a capped capaian
output, the title of an efisiensi over many outputs, an NE computed from an Efisiensi
result (its derivation first), the penyerapan of a labelled group, and the refusals of
the budget functions (the field, what was expected, the value received as written).

Every expected value is computed here from the reference's formulas
(``docs/regulations.md`` §3–§4, /work/shared/reference/regulations.md), with
``fractions.Fraction``; the words are the reference's (the formula as the regulation
writes it, the regulation cited) in both languages where a translation carries them.
"""

from __future__ import annotations

from fractions import Fraction as F
from typing import Any

import pytest

import sakip
from sakip.explain import Explanation


def _ro(kode: str, **kw: Any) -> sakip.RincianOutput:
    return sakip.RincianOutput(kode=kode, **kw)


def _en(figure: Any) -> Explanation:
    explanation: Explanation = figure.explain().in_bahasa("en")
    return explanation


def _id(figure: Any) -> Explanation:
    explanation: Explanation = figure.explain().in_bahasa("id")
    return explanation


# ------------------------------------------------------------- PMK 249/2011 efisiensi

#: Reference §4: PMK 249/2011 (unit-cost form)
#: E = (1/n) Σ [1 − (RA_i / RV_i) / (P_i / TV_i)] × 100 %  [C2].
UNIT_COST = "1 − (RA / RV) / (P / TV)"
E_249 = "(1/n) Σ [1 − (RA / RV) / (P / TV)] × 100"
CITES_249 = "PMK 249/PMK.02/2011"
OUTPUTS_249 = (("5634.QDC.011", 1000, 900, 9, 10), ("5634.QDC.012", 500, 400, 4, 4))


def _efisiensi_249() -> sakip.Efisiensi:
    return sakip.efisiensi(
        [_ro(kode, pagu=p, realisasi=ra, realisasi_volume=rv, target_volume=tv)
         for kode, p, ra, rv, tv in OUTPUTS_249], rumus="pmk-249-2011")


def _term(p: int, ra: int, rv: int, tv: int) -> F:
    return 1 - F(ra, rv) / F(p, tv)


@pytest.mark.parametrize("explain", [_en, _id], ids=["en", "id"])
def test_efisiensi_249_explains_each_output_and_the_mean(explain: Any) -> None:
    """One step per output (RA, RV, P, TV as given, the unit-cost term), then E over n."""
    explanation = explain(_efisiensi_249())
    steps = explanation.steps
    assert len(steps) == len(OUTPUTS_249) + 1
    for step, (kode, p, ra, rv, tv) in zip(steps, OUTPUTS_249, strict=False):
        assert step.name == f"1 − (RA/RV) / (P/TV) ({kode})"
        assert step.formula == UNIT_COST
        assert [(label, F(value)) for label, value in step.inputs] == [
            ("RA", F(ra)), ("RV", F(rv)), ("P", F(p)), ("TV", F(tv))]
        assert F(step.value) == _term(p, ra, rv, tv)
    last = steps[-1]
    expected = sum(_term(p, ra, rv, tv) for _, p, ra, rv, tv in OUTPUTS_249) * 100 / 2
    assert (last.name, last.formula) == ("efisiensi", E_249)
    assert [(label, F(value)) for label, value in last.inputs] == [("n", F(2))]
    assert F(last.value) == expected == 10
    assert last.reference.startswith(CITES_249)
    assert explanation.reference.startswith(CITES_249)


def test_efisiensi_249_without_volumes_is_not_computable() -> None:
    with pytest.raises(sakip.NotComputableError) as caught:
        sakip.efisiensi([_ro("5634.QDC.011", pagu=1, realisasi=1, capaian=1)],
                        rumus="pmk-249-2011")
    assert caught.value.field == "realisasi_volume"
    assert caught.value.reason == "rumus 'pmk-249-2011' needs volumes; output 5634.QDC.011 has none"


def test_efisiensi_249_of_a_zero_realised_volume_is_not_computable() -> None:
    with pytest.raises(sakip.NotComputableError) as caught:
        sakip.efisiensi([_ro("5634.QDC.011", pagu=1, realisasi=1, realisasi_volume=0,
                             target_volume=2)], rumus="pmk-249-2011")
    assert caught.value.field == "realisasi_volume"
    assert caught.value.reason == ("output 5634.QDC.011: unit cost undefined (zero realised "
                                   "volume or pagu)")


# ------------------------------------------------------------------ capaian output


@pytest.mark.parametrize(("explain", "capped"), [(_en, "each rᵢ capped at 1"),
                                                 (_id, "setiap rᵢ dibatasi 1")],
                         ids=["en", "id"])
def test_a_capped_capaian_output_says_each_ratio_is_capped(explain: Any, capped: str) -> None:
    """cap=100 (percent) caps every ratio at 1 inside the mean: 5/4 counts as 1."""
    step = explain(sakip.capaian_output([(2, 4), (5, 4)], cap=100)).steps[0]
    assert step.formula == f"(Π rᵢ)^(1/n) × 100, {capped}"
    assert [(label, F(value)) for label, value in step.inputs] == [
        ("item 1", F(1, 2)), ("item 2", F(5, 4))]
    assert F(step.value) ** 2 - F(1, 2) * 100 * 100 < F(1, 10**40)  # (½ × 1)^(1/2) × 100


# ------------------------------------------------------------------ efisiensi title


def _outputs(n: int) -> list[sakip.RincianOutput]:
    return [_ro(f"5634.QDC.01{i}", pagu=100, realisasi=90, capaian=100) for i in range(n)]


@pytest.mark.parametrize(("explain", "word", "more"), [(_en, "over", "and 1 more"),
                                                       (_id, "atas", "dan 1 lainnya")],
                         ids=["en", "id"])
def test_the_title_names_four_outputs_and_counts_the_rest(explain: Any, word: str,
                                                          more: str) -> None:
    codes = ", ".join(f"5634.QDC.01{i}" for i in range(4))
    assert explain(sakip.efisiensi(_outputs(4))).title == (
        f"Efisiensi (rumus pmk-214-2017) {word} {codes}")
    assert explain(sakip.efisiensi(_outputs(5), rumus="per-pagu")).title == (
        f"Efisiensi (rumus per-pagu) {word} {codes} {more}")


# ------------------------------------------------------------ NE of an Efisiensi result


def test_the_ne_of_a_computed_efisiensi_shows_its_derivation_first() -> None:
    """E = Σ (P × CO − RA) / Σ P × 100 = (100 − 90) / 100 × 100 = 10; NE = 50 + 10/20 × 50."""
    e = sakip.efisiensi(_outputs(1), rumus="per-pagu")
    explanation = _en(sakip.nilai_efisiensi(e))
    names = [step.name for step in explanation.steps]
    assert names == ["efisiensi: P × CO − RA (5634.QDC.010)", "efisiensi: efisiensi",
                     "nilai efisiensi"]
    assert F(explanation.steps[1].value) == 10
    assert F(explanation.value) == 50 + F(10, 20) * 50


# ------------------------------------------------------------------------ penyerapan


def test_a_labelled_penyerapan_names_its_label() -> None:
    figure = sakip.penyerapan(pagu=200, realisasi=150, label="51")
    for explanation in (_en(figure), _id(figure)):
        assert explanation.title == "Penyerapan anggaran (51)"
        assert explanation.steps[0].name == "penyerapan 51"
        assert F(explanation.steps[0].value) == F(150, 200) * 100


def test_penyerapan_from_sisa_shows_the_realisasi_it_derives() -> None:
    """Reports that print pagu and sisa only: RA = P − sisa (reference §3)."""
    explanation = _en(sakip.penyerapan(pagu=200, sisa=50, label="52"))
    first, second = explanation.steps
    assert (first.name, first.formula) == ("realisasi 52", "P − sisa")
    assert [(label, F(value)) for label, value in first.inputs] == [("P (pagu)", F(200)),
                                                                     ("sisa", F(50))]
    assert F(first.value) == 150
    assert (second.name, second.formula) == ("penyerapan 52", "RA / P × 100")
    assert second.note == "sisa = P − RA = 50"


# -------------------------------------------------------------------------- refusals


def test_positional_outputs_to_from_outputs_say_how_to_call_it() -> None:
    with pytest.raises(sakip.InvalidTypeError) as caught:
        sakip.Penyerapan.from_outputs(_outputs(1), "51")  # type: ignore[arg-type]
    error = caught.value
    assert error.field == "Penyerapan.from_outputs()"
    assert error.expected == ("keyword arguments, as in Penyerapan.from_outputs(outputs) "
                              "(options: label)")
    assert error.received == ("51",)


def test_a_malformed_output_code_names_the_format() -> None:
    with pytest.raises(sakip.InvalidValueError) as caught:
        _ro("5634-QDC-011", pagu=1, realisasi=1)
    assert caught.value.field == "kode"
    assert caught.value.expected == ("a Rincian Output code 'kegiatan.KRO.RO' such as "
                                     "'5634.QDC.011' or '5634.FAN.ZZ1'")
    assert caught.value.received == "5634-QDC-011"


def test_grouping_by_jenis_belanja_names_the_output_without_one() -> None:
    outputs = [_ro("5634.QDC.011", pagu=1, realisasi=1, jenis_belanja="52"),
               _ro("5634.QDC.012", pagu=1, realisasi=1)]
    with pytest.raises(sakip.InvalidValueError) as caught:
        sakip.group(outputs, by="jenis_belanja")
    assert caught.value.field == "jenis_belanja"
    assert caught.value.expected == "a jenis belanja for output 5634.QDC.012"
    assert caught.value.received is None


def test_a_kategori_that_is_not_a_table_is_named() -> None:
    with pytest.raises(sakip.UnknownNameError) as caught:
        sakip.kategori_efisiensi("50", kategori="x")
    assert (caught.value.field, caught.value.received) == ("kategori", "x")
    assert str(caught.value.expected).startswith("a sakip.rules.LabelBands table")


def test_a_result_given_as_an_amount_shows_its_derivation_under_that_name() -> None:
    """Any sakip result may be an input; its derivation comes first, named by the input."""
    result = sakip.nka(eka=40, ikpa=40)
    by_realisasi = _en(sakip.penyerapan(pagu=sakip.nka(eka=50, ikpa=50), realisasi=result))
    assert [step.name for step in by_realisasi.steps] == [
        "pagu: nilai komposit", "realisasi: nilai komposit", "penyerapan"]
    by_sisa = _en(sakip.penyerapan(pagu=sakip.nka(eka=50, ikpa=50), sisa=result))
    assert [step.name for step in by_sisa.steps] == [
        "pagu: nilai komposit", "sisa: nilai komposit", "realisasi", "penyerapan"]


@pytest.mark.parametrize(("rumus", "reason"), [("pmk-214-2017", "Σ (P × CO) is zero"),
                                               ("per-pagu", "Σ P is zero")])
def test_a_zero_denominator_of_efisiensi_is_named(rumus: Any, reason: str) -> None:
    """Reference §4: E divides by Σ (P × CO) (PMK 214/2017) or by Σ P (per-pagu)."""
    with pytest.raises(sakip.NotComputableError) as caught:
        sakip.efisiensi([_ro("5634.QDC.011", pagu=0, realisasi=0, capaian=0)], rumus=rumus)
    assert (caught.value.field, caught.value.reason) == ("outputs", reason)


def test_an_output_without_capaian_or_volumes_is_named() -> None:
    with pytest.raises(sakip.NotComputableError) as caught:
        sakip.efisiensi([_ro("5634.QDC.011", pagu=1, realisasi=1)])
    assert caught.value.field == "capaian"
    assert caught.value.reason == "output 5634.QDC.011 has no capaian and no volumes"


def test_an_efisiensi_kategori_that_is_not_a_table_is_named() -> None:
    with pytest.raises(sakip.UnknownNameError) as caught:
        sakip.efisiensi(_outputs(1), kategori="x")
    assert (caught.value.field, caught.value.received) == ("kategori", "x")
