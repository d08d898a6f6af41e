"""Unit tests: the report file's evaluation section (LHE) and its reviu (issue 13)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import sakip
from sakip.lkj import LaporanError, load

# The reference's worked example (regulations.md §10) as an LHE table prints it.
HOSPITAL_GRADES = {
    "1.a": "A", "1.b": "A", "1.c": "B", "2.a": "AA", "2.b": "A", "2.c": "A",
    "3.a": "A", "3.b": "A", "3.c": "A", "4.a": "AA", "4.b": "A", "4.c": "A",
}
HOSPITAL_SUB = {
    "1.a": "5,40", "1.b": "8,10", "1.c": "10,50", "2.a": "6,00", "2.b": "8,10", "2.c": "13,50",
    "3.a": "2,70", "3.b": "4,05", "3.c": "6,75", "4.a": "5,00", "4.b": "6,75", "4.c": "11,25",
}
HOSPITAL_KOMPONEN = {"perencanaan": "24,00", "pengukuran": "27,60", "pelaporan": "13,50",
                     "evaluasi_internal": "23,00"}


def _file(**akip: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1",
            "laporan": {"instansi": "RS Contoh", "tahun": 2024,
                        "rounding": {"places": 2, "mode": "half_up"}},
            "evaluasi_akip": {"nilai": "88,10", "predikat": "A", **akip}}


def _statuses(data: dict[str, Any]) -> dict[str, str]:
    return {f.id: f.status for f in sakip.reviu(data)}


def test_printed_lhe_table_adds_up() -> None:
    """Sub-components add up to components, components to the nilai; predikat A."""
    got = _statuses(_file(sub_komponen=HOSPITAL_SUB, komponen=HOSPITAL_KOMPONEN))
    assert got == {
        "evaluasi_akip.nilai": "match",
        "evaluasi_akip.komponen.perencanaan": "match",
        "evaluasi_akip.komponen.pengukuran": "match",
        "evaluasi_akip.komponen.pelaporan": "match",
        "evaluasi_akip.komponen.evaluasi_internal": "match",
        "evaluasi_akip.predikat": "match",
    }


def test_sub_component_typo_points_at_its_component() -> None:
    """A typo in 2.b (8,01 for 8,10) makes pengukuran not add up; the nilai still does."""
    table = HOSPITAL_SUB | {"2.b": "8,01"}
    r = sakip.reviu(_file(sub_komponen=table, komponen=HOSPITAL_KOMPONEN))
    assert r["evaluasi_akip.komponen.pengukuran"].status == "mismatch"
    assert str(r["evaluasi_akip.komponen.pengukuran"].recomputed) == "27.51"
    assert r["evaluasi_akip.komponen.perencanaan"].status == "match"
    assert r["evaluasi_akip.nilai"].status == "match"


def test_sub_components_alone_give_the_nilai() -> None:
    """Without component points the nilai is Σ of the twelve sub-components."""
    r = sakip.reviu(_file(sub_komponen=HOSPITAL_SUB))
    assert r["evaluasi_akip.nilai"].status == "match"
    partial = {k: v for k, v in HOSPITAL_SUB.items() if k != "4.c"}
    r = sakip.reviu(_file(sub_komponen=partial))
    assert r["evaluasi_akip.nilai"].status == "not-computable"
    assert "4.c" in r["evaluasi_akip.nilai"].reason


def test_sub_component_above_its_weight() -> None:
    """A printed 3.a of 3,50 is above its bobot 3: a mismatch naming the bobot."""
    r = sakip.reviu(_file(sub_komponen=HOSPITAL_SUB | {"3.a": "3,50"}))
    finding = r["evaluasi_akip.sub_komponen.3.a"]
    assert finding.status == "mismatch" and "bobot 3,00" in finding.reason


def test_unknown_sub_component_code() -> None:
    """A code the worksheet does not have is not computable, naming the valid ones."""
    r = sakip.reviu(_file(sub_komponen=HOSPITAL_SUB | {"5.a": "1,00"}))
    assert r["evaluasi_akip.sub_komponen.5.a"].status == "not-computable"
    assert "1.a, 1.b" in r["evaluasi_akip.sub_komponen.5.a"].reason


def test_answers_reproduce_the_printed_table() -> None:
    """The answers recompute every printed sub-component, component and the nilai."""
    got = _statuses(_file(jawaban=HOSPITAL_GRADES, sub_komponen=HOSPITAL_SUB,
                          komponen=HOSPITAL_KOMPONEN))
    assert [k for k, v in got.items() if v != "match"] == []
    assert len([k for k in got if ".sub_komponen." in k]) == 12


def test_answers_alone_give_the_nilai() -> None:
    """Only the answers printed: the nilai finding derives through sakip.lke."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES))
    finding = r["evaluasi_akip.nilai"]
    assert finding.status == "match"
    assert finding.explanation is not None
    assert finding.explanation.steps[-1].name == "nilai"


def test_wrong_grade_shows_at_the_sub_component() -> None:
    """An answer that does not give the printed points is a mismatch of that sub-component."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES | {"1.c": "A"}, sub_komponen=HOSPITAL_SUB))
    assert r["evaluasi_akip.sub_komponen.1.c"].status == "mismatch"
    assert str(r["evaluasi_akip.sub_komponen.1.c"].recomputed) == "13.5"


def test_criteria_lists_and_scales() -> None:
    """Per-criterion answers on the y-t scale: 1.c Y, Y, T, Y → 11,25."""
    kriteria = {"1.c": ["Y", "Y", "T", "Y"]}
    grades = {k: v for k, v in HOSPITAL_GRADES.items() if k != "1.c"}
    r = sakip.reviu(_file(jawaban=grades, kriteria=kriteria, skala={"1.c": "y-t"},
                          sub_komponen=HOSPITAL_SUB | {"1.c": "11,25"}))
    assert r["evaluasi_akip.sub_komponen.1.c"].status == "match"


def test_printed_percentage_answers() -> None:
    """A printed percentage ("62,5") is read as a number under the report's notation."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES | {"1.b": "62,5"},
                          sub_komponen={"1.b": "5,63"}))
    assert r["evaluasi_akip.sub_komponen.1.b"].status == "match"


def test_bad_answers_are_not_computable() -> None:
    """A grade not on the scale: the answers are not computable, and the error names 2.b."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES | {"2.b": "Z"}, sub_komponen={"1.a": "5,40"}))
    for id in ("evaluasi_akip.nilai", "evaluasi_akip.sub_komponen.1.a"):
        assert r[id].status == "not-computable"
        assert "LKE answers are not computable: 2.b: expected an answer of skala aa-e" in \
            r[id].reason


def test_partial_table_with_answers() -> None:
    """Some sub-components printed, all answered: the nilai comes from the answers."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES, sub_komponen={"1.a": "5,40"}))
    assert r["evaluasi_akip.nilai"].status == "match"
    assert r["evaluasi_akip.sub_komponen.1.a"].status == "match"


def test_answer_in_both_maps() -> None:
    """A sub-component answered in jawaban and kriteria is refused, not guessed."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES, kriteria={"1.a": ["A"]}))
    assert "1.a answered in both" in r["evaluasi_akip.nilai"].reason


def test_kerangka_logis_is_a_note_never_a_change() -> None:
    """1.c above 1.a: noted on 1.c's finding, which still matches its printed points."""
    grades = HOSPITAL_GRADES | {"1.a": "C", "1.c": "A"}
    r = sakip.reviu(_file(jawaban=grades, sub_komponen=HOSPITAL_SUB | {
        "1.a": "3,00", "1.c": "13,50"}))
    finding = r["evaluasi_akip.sub_komponen.1.c"]
    assert finding.status == "match"
    assert "kerangka logis: 1.c (90,00 %) is above 1.a (50,00 %)" in finding.reason


def test_kerangka_logis_note_on_the_nilai_without_printed_levels() -> None:
    """Only answers printed: the kerangka logis note goes on the nilai finding."""
    r = sakip.reviu(_file(jawaban=HOSPITAL_GRADES | {"4.a": "B"}))
    assert "kerangka logis: 4.b" in r["evaluasi_akip.nilai"].reason


def test_previous_years_are_checked_the_same_way() -> None:
    """Each previous year: components add up to its nilai, its predikat fits its nilai."""
    previous = {"2023": {"nilai": "84,00", "predikat": "A",
                         "komponen": {"perencanaan": "24,00", "pengukuran": "25,00",
                                      "pelaporan": "13,00", "evaluasi_internal": "22,00"}},
                "2022": {"nilai": "80,00", "predikat": "A"}}
    r = sakip.reviu(_file(sebelumnya=previous))
    assert r["evaluasi_akip.sebelumnya.2023.nilai"].status == "match"
    assert r["evaluasi_akip.sebelumnya.2023.predikat"].status == "match"
    assert r["evaluasi_akip.sebelumnya.2022.predikat"].status == "mismatch"  # 80,00 is BB
    assert r["evaluasi_akip.sebelumnya.2022.nilai"].status == "not-computable"


def test_year_on_year_claims() -> None:
    """'naik dari 84' with a change of 4,10: the earlier nilai, the direction, the change."""
    previous = {"2023": {"nilai": "84,00", "predikat": "A"}}
    claims = [
        {"kode": "P-1", "teks": "naik dari 84", "arah": "naik", "dari": "84",
         "selisih": "4,10"},
        {"kode": "P-2", "teks": "turun dari 84", "arah": "turun", "dari": "84"},
        {"kode": "P-3", "teks": "naik dari 83", "arah": "naik", "dari": "83"},
        {"kode": "P-4", "teks": "tetap A", "arah": "tetap", "dari": "A"},
    ]
    r = sakip.reviu(_file(sebelumnya=previous, perubahan=claims))
    assert r["evaluasi_akip.perubahan.P-1.dari"].status == "match"
    assert r["evaluasi_akip.perubahan.P-1.arah"].status == "match"
    assert r["evaluasi_akip.perubahan.P-1.selisih"].status == "match"
    assert r["evaluasi_akip.perubahan.P-2.arah"].status == "mismatch"
    assert r["evaluasi_akip.perubahan.P-2.arah"].recomputed == "naik"
    assert r["evaluasi_akip.perubahan.P-3.dari"].status == "mismatch"
    assert r["evaluasi_akip.perubahan.P-4.dari"].status == "match"
    assert r["evaluasi_akip.perubahan.P-4.arah"].status == "match"


def test_year_on_year_against_a_predikat_printed_in_words() -> None:
    """A predikat printed in words ("Baik") is no predikat name: the direction and the earlier
    predikat are not computable, each naming the printed text (a Hypothesis find: it raised)."""
    previous = {"2023": {"nilai": "84,00", "predikat": "Sangat Baik"}}
    claims = [{"kode": "P-1", "teks": "tetap BB", "arah": "tetap", "dari": "BB"}]
    data = _file(sebelumnya=previous, perubahan=claims)
    data["evaluasi_akip"]["predikat"] = "Baik"
    r = sakip.reviu(data)
    arah, dari = r["evaluasi_akip.perubahan.P-1.arah"], r["evaluasi_akip.perubahan.P-1.dari"]
    assert (arah.status, dari.status) == ("not-computable", "not-computable")
    assert "'Baik'" in arah.reason and "evaluasi_akip.predikat" in arah.reason
    assert "'Sangat Baik'" in dari.reason and "sebelumnya.2023.predikat" in dari.reason
    assert r["evaluasi_akip.predikat"].status == "mismatch"  # "Baik" is not A's name


def test_year_on_year_without_the_earlier_year() -> None:
    """Without the earlier year's evaluation the earlier figure is not computable."""
    claims = [{"kode": "P-1", "arah": "naik", "dari": "90,50"}]
    r = sakip.reviu(_file(perubahan=claims))
    ids = [f.id for f in r if "perubahan" in f.id]
    assert ids == ["evaluasi_akip.perubahan.P-1.arah", "evaluasi_akip.perubahan.P-1.dari"]
    assert r["evaluasi_akip.perubahan.P-1.arah"].status == "mismatch"
    assert r["evaluasi_akip.perubahan.P-1.dari"].status == "not-computable"
    assert "sebelumnya" in r["evaluasi_akip.perubahan.P-1.dari"].reason


def test_one_finding_per_printed_figure_in_file_order() -> None:
    """Every printed figure of the section gets one finding, in the file's order (issue 11)."""
    previous = {"2023": {"nilai": "84,00", "predikat": "A", "komponen": {
        "perencanaan": "24,00", "pengukuran": "25,00", "pelaporan": "13,00",
        "evaluasi_internal": "22,00"}}}
    claims = [{"kode": "P-1", "arah": "naik", "dari": "84", "selisih": "4,10"}]
    data = _file(jawaban=HOSPITAL_GRADES, sub_komponen=HOSPITAL_SUB,
                 komponen=HOSPITAL_KOMPONEN, sebelumnya=previous, perubahan=claims)
    fields = sakip.lkj.figure_fields(data)
    assert [f.field for f in sakip.reviu(data)] == fields
    assert fields[:3] == ["evaluasi_akip.nilai", "evaluasi_akip.predikat",
                          "evaluasi_akip.komponen.perencanaan"]
    assert "evaluasi_akip.sebelumnya.2023.nilai" in fields
    assert "evaluasi_akip.sebelumnya.2023.komponen.perencanaan" not in fields  # an input
    assert fields[-3:] == ["evaluasi_akip.perubahan[1].arah", "evaluasi_akip.perubahan[1].dari",
                           "evaluasi_akip.perubahan[1].selisih"]


def test_printed_table_without_answers_is_input_below_components() -> None:
    """Without answers the sub-components are inputs: one finding per component, none per sub."""
    data = _file(sub_komponen=HOSPITAL_SUB, komponen=HOSPITAL_KOMPONEN)
    assert [f.field for f in sakip.reviu(data)] == sakip.lkj.figure_fields(data)


def test_file_validation_of_the_new_fields() -> None:
    """Unknown scales and methods, floats and a bad arah are refused with their places."""
    bad = _file(skala={"1.a": "x"}, metode={"1.a": "median"},
                perubahan=[{"kode": "P", "arah": "up", "dari": "84"}])
    with pytest.raises(LaporanError) as info:
        load(bad)
    text = str(info.value)
    assert "evaluasi_akip.skala.1.a" in text and "evaluasi_akip.metode.1.a" in text
    assert "evaluasi_akip.perubahan[1].arah" in text


def test_bundled_example_evaluation_stays_not_computable() -> None:
    """The seed prints only nilai 82,70 and predikat A: nilai not computable, predikat match."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    assert r["evaluasi_akip.nilai"].status == "not-computable"
    assert r["evaluasi_akip.predikat"].status == "match"
    assert not [f for f in r if f.id.startswith("evaluasi_akip.") and f.id.count(".") > 1]


def test_spec_choices_match_the_registry() -> None:
    """The file's skala and metode choices are exactly the registered scales and methods."""
    from sakip.lke import METODE
    from sakip.lkj import SPEC

    akip = dict(dict(SPEC.fields)["evaluasi_akip"].fields)
    scales = {rule.name for kind, rule in sakip.rules.all_rule_sets() if kind == "lke-skala"}
    assert akip["skala"].item is not None and akip["metode"].item is not None
    assert set(akip["skala"].item.choices) == scales
    assert set(akip["metode"].item.choices) == set(METODE)


def test_input_is_not_modified() -> None:
    """Reviu never changes the mapping it is given."""
    data = _file(jawaban=HOSPITAL_GRADES, sub_komponen=HOSPITAL_SUB)
    before = copy.deepcopy(data)
    sakip.reviu(data)
    assert data == before


@pytest.mark.parametrize("options", [{"skala": {"9.z": "y-t"}},
                                     {"metode": {"1.a": "akumulasi"}},
                                     {"skala": {"1.a": "y-t"}, "metode": {"1.a": "rata-rata"}}])
def test_scale_or_method_without_answers_is_not_silently_ignored(options: dict[str, Any]
                                                                 ) -> None:
    """skala / metode without jawaban or kriteria score nothing: the reviu says so."""
    r = sakip.reviu(_file(sub_komponen=HOSPITAL_SUB, komponen=HOSPITAL_KOMPONEN, **options))
    f = r["evaluasi_akip.nilai"]
    assert f.status == "match"  # the printed figures still add up
    assert "given without jawaban or kriteria" in f.reason
    for name in options:
        assert name in f.reason
