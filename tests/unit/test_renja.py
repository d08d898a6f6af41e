"""The Renja evaluation (Permendagri 86/2017, reference §12): examples, zero targets, refusals."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

import sakip
from sakip.explain import NotComputable


def _k(**changes: Any) -> sakip.EvaluasiRenja:
    """The reference §12 K row, with changes."""
    inputs: dict[str, Any] = {"target_renstra": 3, "realisasi_renstra_lalu": 3, "target": 4,
                              "realisasi_triwulan": [2, "0.8", "1.2", 0]}
    return sakip.evaluasi_renja(**(inputs | changes))


def test_zero_renstra_target_not_computable_others_computed() -> None:
    """Reference §12: a zero Renstra target (#DIV/0! in workbooks) is not computable, with a
    reason; kolom 13, 14 and the year's capaian are still computed."""
    e = _k(target_renstra=0)
    assert isinstance(e.capaian_renstra, NotComputable)
    assert e.capaian_renstra.field == "target_renstra"
    assert "is zero" in e.capaian_renstra.reason and "#DIV/0!" in e.capaian_renstra.reason
    assert e.capaian_renstra.value is None
    assert e.capaian_renstra.to_row()["rounded"] is None
    assert e.realisasi_renstra.value == 7 and e.capaian.printed() == "100,00"
    with pytest.raises(sakip.NotComputableError, match="target_renstra"):
        raise e.capaian_renstra.error()


def test_zero_year_target_not_computable_others_computed() -> None:
    """A zero Renja target leaves the year's capaian not computable, kolom 15 computed."""
    e = _k(target=0)
    assert isinstance(e.capaian, NotComputable) and e.capaian.field == "target"
    assert e.capaian_renstra.printed() == "233,33"


def test_tw_ii_evaluation_and_blank_quarters() -> None:
    """A TW II evaluation: two quarters, or four with None; None is never 0."""
    two = _k(realisasi_triwulan=[2, "0.8"])
    four = _k(realisasi_triwulan=[2, "0.8", None, None])
    assert two.realisasi.value == four.realisasi.value == D("2.8")
    assert isinstance(four.realisasi, sakip.renja.RealisasiRenja)
    assert four.realisasi.triwulan[2] is None
    none = _k(realisasi_triwulan=[None, None])
    assert none.realisasi.value is None and none.capaian_renstra.value is None
    assert "no quarter reported" in none.realisasi.reason


def test_stock_year_is_last_quarter_and_renstra_latest_value() -> None:
    """Reference §12: a stock indicator's year is the last reported quarter, and its Renstra
    realisasi to date the latest value, not a sum (100 % + 100 % is not 200 %)."""
    e = sakip.evaluasi_renja(target_renstra=100, realisasi_renstra_lalu=100, target=100,
                             realisasi_triwulan=[90, 95, 100, None], agregasi="stock")
    assert e.realisasi.value == 100 and e.realisasi_renstra.value == 100
    assert e.capaian_renstra.value == 100
    assert "latest value" in e.realisasi_renstra.explain().steps[-1].formula


def test_blank_renstra_to_date_flow_not_computable_stock_fine() -> None:
    """A blank kolom 7 (None) leaves kolom 14 of a flow indicator not computable (give 0 in
    the first year); a stock indicator does not need it."""
    e = _k(realisasi_renstra_lalu=None)
    assert isinstance(e.realisasi_renstra, NotComputable)
    assert e.realisasi_renstra.field == "realisasi_renstra_lalu"
    assert isinstance(e.capaian_renstra, NotComputable)
    assert e.capaian.printed() == "100,00"
    s = _k(realisasi_renstra_lalu=None, agregasi="stock")
    assert s.realisasi_renstra.value == 0  # the last quarter reported 0


def test_explain_names_columns_and_inputs() -> None:
    """Kolom 15's explanation derives kolom 13 and 14 first and cites Permendagri 86/2017."""
    e = _k().capaian_renstra.explain()
    names = [step.name for step in e.steps]
    assert names == ["kolom 14: kolom 13: realisasi Renja", "kolom 14: realisasi Renstra s.d. "
                     "tahun ini", "capaian Renstra"]
    assert "Permendagri 86/2017" in e.reference and e.printed == "233,33"
    assert e.steps[-1].inputs[0] == ("kolom 6 (target Renstra)", D(3))


@pytest.mark.parametrize(("changes", "field"), [
    ({"target_renstra": -1}, "target_renstra"),
    ({"target": 1.5}, "target"),
    ({"realisasi_renstra_lalu": "x"}, "realisasi_renstra_lalu"),
    ({"realisasi_triwulan": [1, -2]}, "realisasi_triwulan[1]"),
    ({"realisasi_triwulan": [1, 2, 3, 4, 5]}, "realisasi_triwulan"),
    ({"realisasi_triwulan": "1,2"}, "realisasi_triwulan"),
    ({"realisasi_triwulan": []}, "realisasi_triwulan"),
    ({"agregasi": "level"}, "agregasi"),
    ({"fraksi_triwulan": ["0.5"]}, "realisasi_triwulan"),
    ({"realisasi_triwulan": None, "fraksi_triwulan": ["0.5", "0.4"]}, "fraksi_triwulan[1]"),
])
def test_hostile_inputs_refused_at_their_place(changes: dict[str, Any], field: str) -> None:
    """Bad inputs: sakip's error naming the field (and the quarter)."""
    with pytest.raises(sakip.SakipError) as info:
        _k(**changes)
    assert info.value.field == field


def test_positional_call_refused_with_keyword_form() -> None:
    """evaluasi_renja takes its numbers by keyword."""
    call: Any = sakip.evaluasi_renja
    with pytest.raises(sakip.InvalidTypeError, match="keyword"):
        call(3, 3, 4)


def test_fractions_need_a_target() -> None:
    """fraksi_dari_triwulan of a zero target is not computable."""
    with pytest.raises(sakip.NotComputableError):
        sakip.fraksi_dari_triwulan(target=0, realisasi_triwulan=[1])
    assert sakip.fraksi_dari_triwulan(target=4, realisasi_triwulan=[1, None, 1]) == [
        D("0.25"), None, D("0.5")]


def test_tingkat_capaian_refusals() -> None:
    """Unknown options and non-numbers are refused naming the option."""
    for kwargs, field in (({"label": "x"}, "label"), ({"celah": "round"}, "celah"),
                          ({"di_atas_100": "cap"}, "di_atas_100"), ({"nilai": 1.0}, "nilai")):
        read: Any = sakip.tingkat_capaian
        with pytest.raises(sakip.SakipError) as info:
            read(**({"nilai": 80} | kwargs))
        assert info.value.field == field
    blank: Any = _k(target_renstra=0).capaian_renstra
    with pytest.raises(sakip.InvalidTypeError):
        sakip.tingkat_capaian(nilai=blank)


def test_tingkat_capaian_of_a_result() -> None:
    """A capaian figure is read as its exact value."""
    year = _k().capaian
    assert not isinstance(year, NotComputable)
    t = sakip.tingkat_capaian(nilai=year, label="baik-kurang")
    assert (t.nilai, t.label) == (D(100), "Sangat Baik")


# ------------------------------------------------------------------ footer

def test_footer_unweighted_and_weighted_mean_budget_and_predikat() -> None:
    """Reference §12: the footer mean is the unweighted mean of the named rows (rerata);
    the weighted alternative; the budget Σ realisasi ÷ Σ pagu of the same rows."""
    r = sakip.rekap_renja(capaian=["100", "50"], pagu=[300, 100], realisasi_anggaran=[240, 60])
    assert r.rata_rata.value == 75 and r.rata_rata.rumus == "rerata"
    assert r.anggaran.value == 75  # 300 / 400
    assert r.predikat is not None and r.predikat.label == "Sedang"
    w = sakip.rekap_renja(capaian=["100", "50"], pagu=[300, 100], realisasi_anggaran=[240, 60],
                          rumus="tertimbang-pagu", label="baik-kurang")
    assert w.rata_rata.value == D("87.5") and w.predikat is not None
    assert w.predikat.label == "Baik"


def test_footer_with_a_not_computable_row_names_it() -> None:
    """A row without capaian makes the mean not computable, naming the row (never dropped)."""
    rows = [_k().capaian, _k(target=0).capaian]
    r = sakip.rekap_renja(capaian=rows, pagu=[1, 1], realisasi_anggaran=[1, 1])
    assert r.rata_rata.value is None and "[1]" in r.rata_rata.reason
    assert r.predikat is None and r.to_row()["predikat"] is None


def test_footer_refusals() -> None:
    """Columns of different lengths, an unknown rumus, a text column are refused."""
    with pytest.raises(sakip.InvalidValueError):
        sakip.rekap_renja(capaian=[1, 2], pagu=[1], realisasi_anggaran=[1, 1])
    footer: Any = sakip.rekap_renja
    with pytest.raises(sakip.InvalidValueError) as info:
        footer(capaian=[1], pagu=[1], realisasi_anggaran=[1], rumus="median")
    assert info.value.field == "rumus"
    with pytest.raises(sakip.InvalidTypeError):
        sakip.rekap_renja(capaian="1", pagu=[1], realisasi_anggaran=[1])


# ------------------------------------------------------------- agregasi

def test_agregasi_and_kumulatif_give_the_same_results() -> None:
    """One vocabulary: agregasi='flow'/'stock' is kumulatif=True/False, same figures."""
    t = {2022: 883, 2023: 1176, 2024: 2352}
    r = {2022: 1958, 2023: 1189}
    assert (sakip.capaian_renstra(target=t, realisasi=r, agregasi="flow").value
            == sakip.capaian_renstra(target=t, realisasi=r, kumulatif=True).value)
    stock = sakip.capaian_renstra(target=t, realisasi=r, agregasi=sakip.Agregasi.STOCK)
    assert stock.value == sakip.capaian_renstra(target=t, realisasi=r, kumulatif=False).value
    assert sakip.capaian_renstra(target=t, realisasi=r, kumulatif=True).agregasi == "flow"
    q: dict[str, Any] = {"tahun": 2023, "target": {2: 500, 4: 1176},
                         "realisasi": {1: 200, 2: 350, 4: 339}}
    for agregasi, kumulatif in (("flow", True), ("stock", False)):
        new = sakip.capaian_triwulan(**q, agregasi=agregasi)
        old = sakip.capaian_triwulan(**q, kumulatif=kumulatif)
        assert [c.value for c in new.values()] == [c.value for c in old.values()]


def test_agregasi_is_never_inferred_and_one_spelling_at_a_time() -> None:
    """Neither, both, or a wrong value: refused naming the keyword."""
    t, r = {2023: 1}, {2023: 1}
    cases: list[tuple[dict[str, Any], str]] = [
        ({}, "agregasi"), ({"agregasi": "flow", "kumulatif": True}, "kumulatif"),
        ({"agregasi": "sum"}, "agregasi"), ({"kumulatif": 1}, "kumulatif")]
    for kwargs, field in cases:
        with pytest.raises(sakip.SakipError) as info:
            sakip.capaian_renstra(target=t, realisasi=r, **kwargs)
        assert info.value.field == field
