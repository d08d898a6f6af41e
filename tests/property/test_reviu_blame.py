"""Issue 23: blame where it belongs — one planted mistake, one mismatch, at the planted figure.

Every table kind of a report file: a generic table's row totals, column
totals, cells and grand total; a klaim sum; the budget totals (pagu,
realisasi, sisa, penyerapan, a kegiatan's sum); an efficiency table's mean
row.  The tables are generated consistent (``tests/strategies.py``), one
printed figure is changed, and the reviu must give exactly one mismatch,
whose field is the changed figure's place.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings

import sakip
from sakip.reviu import REVIU_JSON_SCHEMA, Finding
from tests.strategies import planted_table_mistakes

_FILE: dict[str, Any] = {"schema": "sakip/lkj-1",
                         "laporan": {"instansi": "Satker X", "tahun": 2023}}


def _mismatches(data: dict[str, Any]) -> list[Finding]:
    return [f for f in sakip.reviu(data) if f.status == "mismatch"]


def _cell_table() -> dict[str, Any]:
    return {"kode": "T", "kolom": ["a", "b", "c"], "total_kolom": ["5", "7", "9"],
            "total": "21", "baris": [{"label": "r1", "nilai": ["1", "2", "3"], "total": "6"},
                                     {"label": "r2", "nilai": ["4", "5", "6"], "total": "15"}]}


class TestTables:
    """'When one row total disagrees with its cells and the grand total agrees with the
    cells, the row total is the mismatch and the grand total is a match (with a note).'"""

    @settings(max_examples=120, deadline=None)
    @given(planted=planted_table_mistakes())
    @example(planted=({**_cell_table(), "baris": [
        {"label": "r1", "nilai": ["1", "2", "3"], "total": "6"},
        {"label": "r2", "nilai": ["4", "5", "6"], "total": "16"}]}, "baris[2].total"))
    @example(planted=({**_cell_table(), "baris": [
        {"label": "r1", "nilai": ["1", "2", "3"], "total": "6"},
        {"label": "r2", "nilai": ["4", "50", "6"], "total": "15"}]}, "baris[2].nilai[2]"))
    def test_one_planted_mistake_one_mismatch(self, planted: tuple[dict[str, Any], str]
                                              ) -> None:
        """Whatever figure is planted, exactly one mismatch, at its place."""
        tabel, place = planted
        found = _mismatches({**_FILE, "tabel": [tabel]})
        assert [f.field for f in found] == [f"tabel[1].{place}"], [
            (f.field, f.reason) for f in found]

    def test_the_grand_total_of_a_wrong_row_is_a_match_with_a_note(self) -> None:
        """The issue's case: printed and recomputed grand totals equal is never a mismatch."""
        tabel = _cell_table()
        tabel["baris"][1]["total"] = "16"
        r = sakip.reviu({**_FILE, "tabel": [tabel]})
        grand = r["tabel.T.total"]
        assert grand.status == "match"
        assert "Σ row totals gives 22" in grand.reason
        assert "r2" in grand.reason
        assert r["tabel.T.r2.total"].status == "mismatch"

    def test_a_wrong_cell_is_named_and_its_totals_match(self) -> None:
        tabel = _cell_table()
        tabel["baris"][1]["nilai"][1] = "50"
        r = sakip.reviu({**_FILE, "tabel": [tabel]})
        cell = r["tabel.T.r2.b"]
        assert (cell.status, cell.printed, cell.recomputed) == ("mismatch", "50", Decimal(5))
        for id in ("tabel.T.r2.total", "tabel.T.kolom.b", "tabel.T.total"):
            assert r[id].status == "match"
            assert "'50' is the mismatch" in r[id].reason

    def test_two_mistakes_keep_their_own_verdicts(self) -> None:
        """Totals that point at no single cell are each judged against their cells."""
        tabel = _cell_table()
        tabel["baris"][0]["nilai"][0] = "2"
        tabel["baris"][1]["nilai"][1] = "6"
        found = _mismatches({**_FILE, "tabel": [tabel]})
        assert {f.field for f in found} == {"tabel[1].baris[1].total", "tabel[1].baris[2].total",
                                            "tabel[1].total_kolom[1]", "tabel[1].total_kolom[2]",
                                            "tabel[1].total"}


_KLAIM: dict[str, Any] = {**_FILE, "klaim": [{"kode": "K-1", "kind": "sum", "nilai": "1.404",
                              "terms": ["1.000", "394", "10"]}]}


def test_klaim_sum_planted() -> None:
    assert _mismatches(_KLAIM) == []
    data = copy.deepcopy(_KLAIM)
    data["klaim"][0]["nilai"] = "1.394"
    assert [f.field for f in _mismatches(data)] == ["klaim[1].nilai"]


_ANGGARAN: dict[str, Any] = {**_FILE, "anggaran": {
    "output": [{"kode": "5634.QDC.011", "pagu": "1.000", "realisasi": "900", "sisa": "100",
                "penyerapan": "90,00"},
               {"kode": "5634.QDC.012", "pagu": "2.000", "realisasi": "1.500", "sisa": "500",
                "penyerapan": "75,00"}],
    "jenis_belanja": [{"kode": "52", "pagu": "3.000", "realisasi": "2.400", "sisa": "600",
                       "penyerapan": "80,00"}],
    "kegiatan": [{"kode": "5634", "pagu": "3.000", "realisasi": "2.400"}],
    "total": {"pagu": "3.000", "realisasi": "2.400", "sisa": "600", "penyerapan": "80,00"}}}


@pytest.mark.parametrize(("path", "value"), [
    (("total", "pagu"), "3.100"), (("total", "realisasi"), "2.500"), (("total", "sisa"), "700"),
    (("total", "penyerapan"), "81,00"), (("kegiatan", 0, "pagu"), "3.001"),
    (("kegiatan", 0, "realisasi"), "2.399"), (("output", 1, "sisa"), "400"),
    (("output", 0, "penyerapan"), "9,00"), (("jenis_belanja", 0, "sisa"), "60")])
def test_budget_total_planted(path: tuple[Any, ...], value: str) -> None:
    """A wrong total pagu is one mismatch: sisa and penyerapan beside it follow the rows."""
    assert _mismatches(_ANGGARAN) == []
    data = copy.deepcopy(_ANGGARAN)
    node = data["anggaran"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    where = "anggaran." + "".join(f"[{k + 1}]" if isinstance(k, int) else f".{k}"
                                  for k in path).lstrip(".")
    assert [f.field for f in _mismatches(data)] == [where]


_EFISIENSI: dict[str, Any] = {**_FILE, "efisiensi_kinerja": [{
    "kode": "T", "rumus": "rasio", "baris": [
    {"label": "A", "capaian_output": "100",
     "input": [{"nama": "dana", "capaian": "80", "efisiensi": "125,00"}]},
    {"label": "B", "capaian_output": "90",
     "input": [{"nama": "dana", "capaian": "90", "efisiensi": "100,00"}]}],
    "rerata": [{"label": "Rata-rata", "capaian_output": "95",
                "input": [{"nama": "dana", "capaian": "85", "efisiensi": "112,50"}]}]}]}


@pytest.mark.parametrize(("where", "value", "field"), [
    ("baris", "135,00", "efisiensi_kinerja[1].baris[1].input[1].efisiensi"),
    ("rerata", "113,50", "efisiensi_kinerja[1].rerata[1].input[1].efisiensi")])
def test_efficiency_mean_planted(where: str, value: str, field: str) -> None:
    """A wrong row E is not blamed again on the mean of the rows' E."""
    assert _mismatches(_EFISIENSI) == []
    data = copy.deepcopy(_EFISIENSI)
    data["efisiensi_kinerja"][0][where][0]["input"][0]["efisiensi"] = value
    found = _mismatches(data)
    assert [f.field for f in found] == [field]
    if where == "baris":
        mean = sakip.reviu(data)["efisiensi_kinerja.T.Rata-rata.dana.efisiensi"]
        assert "mismatch itself (A)" in mean.reason


class TestInputsAreNotFigures:
    """'A printed value that is only an input (nothing recomputes it) does not become a
    not-computable finding; --strict fails only on figures that could not be checked.'"""

    def test_strict_passes_a_correct_report_whose_unchecked_values_are_inputs(self) -> None:
        # Seed LKj 2023 (BGP Kalimantan Selatan), realisasi anggaran TW IV: pagu
        # 36.716.642.000, sisa 129.719.722, penyerapan 99,65 %.
        data = {**_FILE, "anggaran": {
            "kegiatan": [{"kode": "5634", "pagu": "36.716.642.000"}],
            "total": {"pagu": "36.716.642.000", "sisa": "129.719.722", "penyerapan": "99,65"},
            "pagu": {"basis": "revisi", "dipa_awal": "36.716.642.000",
                     "sisa": "129.719.722", "penyerapan": "99,65"}}}
        r = sakip.reviu(data)
        assert [f.status for f in r] == ["match", "match"]
        assert [i.field for i in r.inputs] == sakip.lkj.input_fields(data) == [
            "anggaran.kegiatan[1].pagu", "anggaran.total.pagu", "anggaran.total.sisa",
            "anggaran.pagu.sisa"]
        assert r.exit_status(strict=True) == 0
        document = r.to_json(strict=True)
        assert document["exit_status"] == 0
        assert document["inputs"][3] == {
            "field": "anggaran.pagu.sisa", "label": "sisa anggaran", "lokasi": "anggaran pagu",
            "printed": "129.719.722", "used_for": "penyerapan (realisasi = pagu − sisa)"}
        assert "4 printed values only used as inputs" in r.summary(bahasa="en")

    def test_strict_still_fails_a_figure_that_could_not_be_checked(self) -> None:
        r = sakip.reviu({**_FILE, "anggaran": {"total": {"penyerapan": "99,65"}}})
        assert r.exit_status() == 0 and r.exit_status(strict=True) == 1

    def test_the_json_validates(self) -> None:
        import jsonschema

        r = sakip.reviu({**_FILE, "anggaran": {"total": {"pagu": "1.000", "sisa": "100"}}})
        jsonschema.validate(r.to_json(), REVIU_JSON_SCHEMA)


def test_an_unreadable_column_total_blames_nothing() -> None:
    """Found by the fuzz test: a column total is free text; unreadable, it is its own finding."""
    tabel = _cell_table()
    tabel["total_kolom"][1] = "x"
    r = sakip.reviu({**_FILE, "tabel": [tabel]})
    assert r["tabel.T.kolom.b"].status == "not-computable"
    assert [f.status for f in r].count("mismatch") == 0


def test_the_command_strict_passes_inputs(tmp_path: Any) -> None:
    """`sakip reviu --strict` exits 0 on a correct report whose only unchecked values are
    inputs (seed LKj 2023, realisasi anggaran TW IV: pagu, sisa and penyerapan 99,65 %)."""
    import json

    from sakip.cli import main as _main
    from tests.tools import in_english

    main = in_english(_main)

    path = tmp_path / "lkj.json"
    path.write_text(json.dumps({**_FILE, "anggaran": {"total": {
        "pagu": "36.716.642.000", "sisa": "129.719.722", "penyerapan": "99,65"}}}),
        encoding="utf-8")
    assert main(["reviu", str(path), "--strict"]) == 0
    path.write_text(json.dumps({**_FILE, "anggaran": {"total": {"penyerapan": "99,65"}}}),
                    encoding="utf-8")
    assert main(["reviu", str(path), "--strict"]) == 1
