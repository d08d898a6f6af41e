"""Unit tests for the LKE worksheet (sakip.lke): the issue's calls, scales, methods, errors."""

from __future__ import annotations

import pickle
from decimal import Decimal as D
from typing import Any

import pytest

import sakip
from sakip.lke import (
    KERANGKA_LOGIS_KEBERADAAN,
    LEMBAR_KERJA_PERMENPANRB_88_2021,
    KerangkaLogis,
    KerangkaLogisCheck,
)

CODES = ("1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c", "4.a", "4.b", "4.c")
ALL_B: dict[str, Any] = dict.fromkeys(CODES, "B")


def test_issue_calls_exactly_as_written() -> None:
    """The calls of issue 13 work as written: all B → 70 → B; 1.c Y,Y,T,Y on y-t → 11,25."""
    r = sakip.lke(ALL_B)
    assert r.value == 70 and r.predikat == sakip.Predikat.B
    assert r.komponen["perencanaan"] == 21
    r2 = sakip.lke(ALL_B | {"1.c": ["Y", "Y", "T", "Y"]}, skala={"1.c": "y-t"})
    assert r2.sub_komponen["1.c"] == D("11.25")
    text = r.explain().to_text("en")
    assert "persen 4.c = skala aa-e: B = 70 %" in text and "printed: 70,00" in text


def test_codes_in_worksheet_order() -> None:
    """lke_codes lists 1.a … 4.c in the worksheet's order."""
    assert sakip.lke_codes() == CODES
    assert sakip.lke_codes("permenpanrb-12-2015") == ("1", "2", "3", "4", "5")


def test_explain_equals_value() -> None:
    """explain() re-derives the same nilai, for one-grade and per-criterion answers."""
    for answers in (ALL_B, ALL_B | {"2.b": ["A", "B", D("12.5")], "3.c": [D(40), "E"]}):
        r = sakip.lke(answers)
        assert r.explain().value == r.value


def test_explain_goes_down_to_each_answer() -> None:
    """Each criterion answer is a step of its own (1.c[1] … 1.c[4])."""
    r = sakip.lke(ALL_B | {"1.c": ["Y", "Y", "T", "Y"]}, skala={"1.c": "y-t"})
    names = [step.name for step in r.explain().steps]
    assert names[4:9] == [
        "persen 1.c[1]", "persen 1.c[2]", "persen 1.c[3]", "persen 1.c[4]", "1.c"]
    assert names[-1] == "nilai"


def test_whole_scale_for_every_sub_component() -> None:
    """skala='a-e' applies to every sub-component: all B (75 %) → 75 → BB."""
    r = sakip.lke(ALL_B, skala="a-e")
    assert r.value == 75 and r.predikat is sakip.Predikat.BB


def test_a_d_scale() -> None:
    """A–D = 1 / 0,66 / 0,33 / 0: two criteria A and C of 1.a (weight 6) → 6 × 0,665 = 3,99."""
    r = sakip.lke(ALL_B | {"1.a": ["A", "C"]}, skala={"1.a": "a-d"})
    assert r.sub_komponen["1.a"] == D("3.99")


def test_percentages_accepted() -> None:
    """A number 0–100 is a percentage of the weight: 1.c (15) at 80 % → 12."""
    r = sakip.lke(ALL_B | {"1.c": 80, "1.b": D("62.5")})
    assert r.sub_komponen["1.c"] == 12
    assert r.sub_komponen["1.b"] == D("5.625")


def test_grades_case_insensitive() -> None:
    """' bb ' reads as BB, as Predikat names do."""
    assert sakip.lke(ALL_B | {"1.a": " bb "}).sub_komponen["1.a"] == D("4.8")


def test_akumulasi_sums_points() -> None:
    """akumulasi: per-criterion points add up (1.a: 1 + 2 + 1,5 = 4,5 of 6)."""
    r = sakip.lke(ALL_B | {"1.a": [1, 2, D("1.5")]}, metode={"1.a": "akumulasi"})
    assert r.sub_komponen["1.a"] == D("4.5")
    assert r.to_rows()[0]["metode"] == "akumulasi"


def test_akumulasi_above_weight_refused() -> None:
    """Points above the sub-component's weight are refused, naming it."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.lke(ALL_B | {"1.a": [4, 3]}, metode={"1.a": "akumulasi"})
    assert info.value.field == "1.a" and "bobot 6" in str(info.value)


def test_akumulasi_refuses_grades() -> None:
    """Under akumulasi answers are points; a grade is refused with the criterion's place."""
    with pytest.raises(sakip.InvalidTypeError) as info:
        sakip.lke(ALL_B | {"1.a": [1, "Y"]}, metode={"1.a": "akumulasi"})
    assert info.value.field == "1.a[2]"


def test_nilai_tunggal_refuses_a_list() -> None:
    """metode 'nilai-tunggal' takes one grade; a list is refused."""
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.lke(ALL_B | {"1.a": ["B", "B"]}, metode="nilai-tunggal")
    assert info.value.field == "1.a"


def test_unknown_method_refused() -> None:
    """An unknown metode lists the three valid ones."""
    with pytest.raises(sakip.UnknownNameError) as info:
        sakip.lke(ALL_B, metode={"2.a": "median"})  # type: ignore[dict-item]
    assert info.value.field == "metode[2.a]"
    assert "nilai-tunggal, rata-rata, akumulasi" in str(info.value)


@pytest.mark.parametrize(
    ("answers", "options", "error", "field", "words"),
    [
        ({**ALL_B, "2.b": "Z"}, {}, sakip.UnknownNameError, "2.b", "AA, A, BB, B, CC, C, D, E"),
        ({**ALL_B, "1.c": ["Y", "N"]}, {"skala": {"1.c": "y-t"}}, sakip.UnknownNameError,
         "1.c[2]", "Y, T"),
        ({**ALL_B, "5.a": "B"}, {}, sakip.UnknownNameError, "5.a", "1.a, 1.b"),
        ({k: v for k, v in ALL_B.items() if k != "3.b"}, {}, sakip.InvalidValueError, "3.b",
         "3.b"),
        ({**ALL_B, "4.a": 101}, {}, sakip.InvalidValueError, "4.a", "0–100"),
        ({**ALL_B, "4.a": -1}, {}, sakip.InvalidValueError, "4.a", "0–100"),
        ({**ALL_B, "4.a": 70.0}, {}, sakip.InvalidTypeError, "4.a", "Decimal(str(x))"),
        ({**ALL_B, "4.a": True}, {}, sakip.InvalidTypeError, "4.a", "Decimal"),
        ({**ALL_B, "4.a": []}, {}, sakip.InvalidValueError, "4.a", "at least one"),
        ({**ALL_B, "4.a": b"A"}, {}, sakip.InvalidTypeError, "4.a", "Decimal"),
        (ALL_B, {"skala": {"1.a": "a-z"}}, sakip.UnknownNameError, "skala[1.a]", "aa-e"),
        (ALL_B, {"skala": {"9.z": "a-e"}}, sakip.UnknownNameError, "9.z", "1.a"),
        (ALL_B, {"aturan": "permenpanrb-1-2099"}, sakip.UnknownNameError, "aturan",
         "permenpanrb-88-2021"),
    ],
)
def test_bad_input_names_the_sub_component(answers: dict[str, Any], options: dict[str, Any],
                                           error: type[Exception], field: str,
                                           words: str) -> None:
    """Bad answers, unknown or missing sub-components: sakip's error, naming the place."""
    with pytest.raises(error) as info:
        sakip.lke(answers, **options)
    assert isinstance(info.value, sakip.SakipError)
    assert info.value.field == field
    assert words in str(info.value)


def test_jawaban_must_be_a_mapping() -> None:
    """A list of answers without codes is refused."""
    with pytest.raises(sakip.InvalidTypeError):
        sakip.lke(["B"] * 12)  # type: ignore[arg-type]


def test_strict_kriteria() -> None:
    """strict_kriteria refuses a list whose length is not the cited count (1.c: 8)."""
    four = ALL_B | {"1.c": ["Y", "Y", "T", "Y"]}
    sakip.lke(four, skala={"1.c": "y-t"})  # off by default: agencies trim criteria
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.lke(four, skala={"1.c": "y-t"}, strict_kriteria=True)
    assert info.value.field == "1.c" and "8 criteria" in str(info.value)
    eleven = ALL_B | {"1.b": ["Y"] * 11}
    r = sakip.lke(eleven, skala={"1.b": "y-t"}, strict_kriteria=True)
    assert r.sub_komponen["1.b"] == 9


def test_kerangka_logis_reports_never_zeroes() -> None:
    """1.c above 1.a is a finding; 1.c keeps its points (no zeroing)."""
    r = sakip.lke(ALL_B | {"1.a": "E", "1.c": "A"})
    assert [f.check.kode for f in r.temuan] == ["1.b", "1.c"]
    assert all(f.status == "melebihi" for f in r.temuan)
    assert r.sub_komponen["1.c"] == D("13.5")
    assert "1.c (90,00 %) is above 1.a (0,00 %)" in str(r.temuan[1])
    assert "kerangka logis: 1.c" in str(r.explain())


def test_kerangka_logis_off_and_custom() -> None:
    """'tanpa' checks nothing; a custom rule compares one criterion with an average."""
    answers = ALL_B | {"1.a": ["Y", "T"], "1.b": ["Y", "Y", "T"]}
    yt = {"1.a": "y-t", "1.b": "y-t"}
    assert sakip.lke(answers, skala=yt, kerangka_logis="tanpa").temuan == ()
    assert [f.check.kode for f in sakip.lke(answers, skala=yt).temuan] == ["1.b", "1.c"]
    custom = KerangkaLogis(
        name="demo", citation="test", years=(2021, None), confidence="CONV",
        checks=(KerangkaLogisCheck(kode="1.b.1", pembanding="1.a"),
                KerangkaLogisCheck(kode="1.b.3", pembanding="1.a.1"),
                KerangkaLogisCheck(kode="1.b.9", pembanding="1.a")))
    found = sakip.lke(answers, skala=yt, kerangka_logis=custom).temuan
    assert [(f.check.kode, f.status) for f in found] == [
        ("1.b.1", "melebihi"), ("1.b.9", "tidak-dapat-diperiksa")]
    assert found[0].nilai == 100 and found[0].nilai_pembanding == 50


@pytest.mark.parametrize("ref", ["5.a", "1.b.0", "1.b.x", "1.z.1"])
def test_kerangka_logis_bad_reference(ref: str) -> None:
    """A check naming no sub-component or criterion of the worksheet is refused."""
    bad = KerangkaLogis(name="bad", citation="test", years=(2021, None), confidence="CONV",
                        checks=(KerangkaLogisCheck(kode=ref, pembanding="1.a"),))
    with pytest.raises(sakip.UnknownNameError) as info:
        sakip.lke(ALL_B, kerangka_logis=bad)
    assert info.value.field == "kerangka_logis" and info.value.received == ref


def test_kerangka_logis_12_2015_criteria() -> None:
    """Under 12/2015 codes have no letter: '5.2' is the second criterion of component 5."""
    checks = (KerangkaLogisCheck(kode="5.2", pembanding="1"),)
    mine = KerangkaLogis(name="c", citation="test", years=(2015, None), confidence="CONV",
                         checks=checks)
    r = sakip.lke({"1": "B", "2": "A", "3": "A", "4": "A", "5": ["C", "A"]},
                  aturan="permenpanrb-12-2015", kerangka_logis=mine)
    assert [(f.nilai, f.nilai_pembanding) for f in r.temuan] == [(D(100), D(75))]


def test_kerangka_logis_unknown_name() -> None:
    """An unknown kerangka logis rule set lists the known ones."""
    with pytest.raises(sakip.UnknownNameError) as info:
        sakip.lke(ALL_B, kerangka_logis="ketat")
    assert info.value.field == "kerangka_logis" and "keberadaan" in str(info.value)


def test_default_kerangka_logis_is_b_and_c_not_above_a() -> None:
    """The registered default checks k.b ≤ k.a and k.c ≤ k.a for the four components."""
    pairs = [(c.kode, c.pembanding) for c in KERANGKA_LOGIS_KEBERADAAN.checks]
    assert pairs == [(f"{n}.{x}", f"{n}.a") for n in "1234" for x in "bc"]


def test_to_rows_per_sub_component() -> None:
    """to_rows gives one row per sub-component: exact value, and rounded under the policy."""
    r = sakip.lke(ALL_B | {"2.c": ["A", "B", "B"]})
    rows = r.to_rows()
    assert [row["kode"] for row in rows] == list(CODES)
    assert rows[5]["value"] == D("11.5")  # 15 × (90 + 70 + 70) / 300
    assert rows[5]["jawaban"] == "A, B, B" and rows[5]["n"] == 3 and rows[0]["jawaban"] == "B"
    rounded = r.to_rows(sakip.Rounding(places=0, mode="down"))
    assert rounded[5]["rounded"] == D("11") and rounded[5]["value"] == D("11.5")
    assert rows[2] == {
        "kode": "1.c", "komponen": "perencanaan", "sub_komponen": "pemanfaatan",
        "bobot": D(15), "jawaban": "B", "n": 1, "skala": "aa-e", "metode": "nilai-tunggal",
        "value": D("10.5"), "rounded": D("10.50")}


def test_to_row_of_the_whole() -> None:
    """to_row: aturan, predikat, value, rounded, the next predikat and the points to it."""
    row = sakip.lke(ALL_B).to_row()
    assert row["predikat"] == "B" and row["value"] == 70 and row["rounded"] == D("70.00")
    assert row["predikat_berikutnya"] == "BB" and row["poin_menuju"] == D("0.01")
    assert row["temuan"] == 0


@pytest.mark.parametrize(
    ("grade", "next_predikat", "points"),
    [("B", "BB", "0.01"), ("E", "C", "30.01"), ("AA", None, None)],
)
def test_points_to_next_predikat(grade: str, next_predikat: str | None,
                                 points: str | None) -> None:
    """Lower bounds are exclusive: from 70 (B) BB needs 0,01; from 0 (D) C needs 30,01."""
    r = sakip.lke(dict.fromkeys(CODES, grade))
    expected = None if next_predikat is None else sakip.Predikat.from_name(next_predikat)
    assert r.predikat_berikutnya == expected
    assert r.poin_menuju() == (None if points is None else D(points))


def test_points_to_a_named_predikat() -> None:
    """From 70: AA needs 20,01; A (a lower predikat than reached? no) needs 10,01; B needs 0."""
    r = sakip.lke(ALL_B)
    assert r.poin_menuju("AA") == D("20.01")
    assert r.poin_menuju(sakip.Predikat.A) == D("10.01")
    assert r.poin_menuju("B") == 0 and r.poin_menuju("D") == 0
    assert r.poin_menuju("AA", places=0) == 21


def test_points_off_grid() -> None:
    """A nilai between grid points: 89,995 needs 0,01 to pass 90."""
    r = sakip.lke(dict.fromkeys(CODES, D("89.995")))
    assert r.value == D("89.995") and r.poin_menuju() == D("0.01")


def test_permenpanrb_12_2015_worksheet() -> None:
    """12/2015 (as documented): five components 30/25/15/10/20, A–E per criterion."""
    r = sakip.lke({"1": ["A", "B"], "2": "A", "3": "C", "4": "A", "5": ["A", "A", "E"]},
                  aturan="permenpanrb-12-2015")
    assert r.komponen == {"perencanaan": D("26.25"), "pengukuran": 25, "pelaporan": D("7.5"),
                          "evaluasi_internal": 10,
                          # 20 × 2/3, exact to the 50 digits of sakip's context
                          "capaian_kinerja": D("13." + "3" * 48)}
    assert r.predikat is sakip.Predikat.A
    assert r.temuan == ()


def test_result_pickles_and_is_frozen() -> None:
    """The result pickles round trip and cannot be changed."""
    r = sakip.lke(ALL_B | {"1.c": ["Y", "T"]}, skala={"1.c": "y-t"})
    again = pickle.loads(pickle.dumps(r))
    assert again == r and again.value == r.value
    with pytest.raises(AttributeError):
        r.value = D(1)  # type: ignore[misc]


def test_caller_context_ignored() -> None:
    """A caller's 3-digit context changes nothing: 1/3 of 9 stays exact to 50 digits."""
    import decimal

    answers = ALL_B | {"1.b": ["Y", "T", "T"]}
    expected = sakip.lke(answers, skala={"1.b": "y-t"}).value
    with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN)):
        assert sakip.lke(answers, skala={"1.b": "y-t"}).value == expected


def test_worksheet_weights_split_components() -> None:
    """Weights derive from the component rule set (30/30/15/25) and 20/30/50 %."""
    w = LEMBAR_KERJA_PERMENPANRB_88_2021
    assert w.rule.name == "permenpanrb-88-2021"
    assert sakip.rules.find("lke-lembar-kerja", "permenpanrb-88-2021") is w
    assert len(w.sub("1.a").kriteria) == 6 and w.sub("1.a").jumlah_kriteria == (6, 6)
    assert w.sub("1.b").jumlah_kriteria == (10, 11)


def test_bad_scale_definition_refused() -> None:
    """A scale whose persen do not decrease, or exceed 100, is refused at definition."""
    from sakip.lke import SkalaJawaban

    for nilai in ((("A", 50), ("B", 60)), (("A", 110), ("B", 0)), (("A", 1), ("a", 0))):
        with pytest.raises(sakip.InvalidValueError):
            SkalaJawaban(name="x", citation="c", years=(2021, None), confidence="CONV",
                         nilai=nilai)


def test_bad_worksheet_definition_refused() -> None:
    """A worksheet whose sub-components do not add up to 100 % of a component is refused."""
    from sakip.lke import LembarKerja, SubKomponen

    with pytest.raises(sakip.InvalidValueError):
        LembarKerja(name="x", citation="c", years=(2021, None), confidence="CONV",
                    komponen="permenpanrb-88-2021",
                    nama_komponen=(("perencanaan", "P"),), skala="aa-e",
                    kerangka_logis="tanpa",
                    sub_komponen=(SubKomponen(kode="1.a", komponen="perencanaan", nama="a",
                                              persen=20),))


def test_function_keeps_its_name_after_the_module_is_imported() -> None:
    """sakip.lke stays the function after `import sakip.lke` (as sakip.eka, sakip.ikpa do)."""
    import importlib
    import types

    module = importlib.import_module("sakip.lke")
    assert isinstance(module, types.ModuleType)
    assert callable(sakip.lke) and not isinstance(sakip.lke, types.ModuleType)
    assert sakip.lke is module.lke


@pytest.mark.parametrize("places", ["2", 2.0, None])
def test_points_to_next_predikat_bad_places(places: object) -> None:
    """poin_menuju's places is validated like every other places (sakip's error, no crash)."""
    with pytest.raises(sakip.InvalidTypeError, match="places"):
        sakip.lke(ALL_B).poin_menuju(places=places)  # type: ignore[arg-type]


def test_percentage_and_points_as_text() -> None:
    """A number written as text ("85", from a CSV) is the same answer as the number 85."""
    as_text = sakip.lke(ALL_B | {"1.c": "80", "1.b": " 62.5 "})
    assert as_text.sub_komponen == sakip.lke(ALL_B | {"1.c": 80, "1.b": D("62.5")}).sub_komponen
    points = sakip.lke(ALL_B | {"1.a": ["1", "2", "1.5"]}, metode={"1.a": "akumulasi"})
    assert points.sub_komponen["1.a"] == D("4.5")
    with pytest.raises(sakip.InvalidValueError, match=r"1\.c"):
        sakip.lke(ALL_B | {"1.c": "101"})
    # Text that is neither a grade nor a number keeps the message listing the grades.
    with pytest.raises(sakip.UnknownNameError, match="AA, A, BB"):
        sakip.lke(ALL_B | {"1.c": "85,5"})
    with pytest.raises(sakip.InvalidTypeError, match=r"1\.a\[2\]"):
        sakip.lke(ALL_B | {"1.a": ["1", "Y"]}, metode={"1.a": "akumulasi"})
