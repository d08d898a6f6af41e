"""Issue 25: the reviu of an ``[[evaluasi_renja]]`` table (Permendagri 86/2017 form).

Inputs are the published figures of reference §12 (worked example) and of
Kabupaten Polewali Mandar 2022 (the bundled ``lkjip-renja`` example, sources in
its header); the stock and zero-target rows are the traps of reference §12
("100 % + 100 % = 200 %", "#DIV/0!").
"""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest

import sakip
from sakip.reviu import Convention
from tests.golden.test_lkjip_reviu import SECTION_12

EXAMPLE: dict[str, Any] = tomllib.loads(
    sakip.examples.path("lkjip-renja").read_text(encoding="utf-8"))
FIELDS = sakip.lkj.figure_fields(EXAMPLE)


def _set(data: dict[str, Any], field: str, value: Any) -> None:
    """Set ``evaluasi_renja[1].baris[2].k.realisasi`` (1-based indices) in ``data``."""
    node: Any = data
    parts = field.replace("]", "").replace("[", ".").split(".")
    for i, part in enumerate(parts):
        key: Any = int(part) - 1 if part.isdigit() else part
        if i == len(parts) - 1:
            node[key] = value
        else:
            node = node[key]


def _get(data: dict[str, Any], field: str) -> Any:
    node: Any = data
    for part in field.replace("]", "").replace("[", ".").split("."):
        node = node[int(part) - 1] if part.isdigit() else node[part]
    return node


def test_the_example_covers_every_column_and_the_footer() -> None:
    ends = {f.rsplit(".", 2)[-2] + "." + f.rsplit(".", 1)[-1] for f in FIELDS}
    for part in ("k", "rp"):
        for column in ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian"):
            assert f"{part}.{column}" in ends
    assert {"rekap.pagu", "rekap.realisasi", "rekap.anggaran"} <= ends


@pytest.mark.parametrize("field", FIELDS)
def test_a_planted_mistake_is_one_mismatch_at_its_figure(field: str) -> None:
    """'A planted mistake in any column or footer figure gives exactly one mismatch there.'"""
    data = copy.deepcopy(EXAMPLE)
    text = _get(data, field)  # its first digit changed: 4 → 5, 99.66 → 19.66
    _set(data, field, str((int(text[0]) + 1) % 10 or 1) + text[1:])
    r = sakip.reviu(data)
    bad = [f for f in r if not f.ok]
    assert [f.field for f in bad] == [field], [(f.field, f.status, f.reason) for f in bad]
    assert bad[0].status == "mismatch"


def _footer(**rekap: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    data["evaluasi_renja"][1]["rekap"].update(rekap)
    return data


def test_footer_mean_and_predikat() -> None:
    """The unweighted mean of 3/2 and 5/3 (150 % and 166,67 %) is 158,33: top band."""
    r = sakip.reviu(_footer(rata_rata="158.33", predikat="Sangat Tinggi"))
    mean = r["evaluasi_renja.Pengukuran Kinerja 2022.rekap.rata_rata"]
    assert mean.status == "match" and mean.convention == Convention("agregat", "rerata")
    assert r["evaluasi_renja.Pengukuran Kinerja 2022.rekap.predikat"].status == "match"


def test_footer_weighted_mean_is_named() -> None:
    """Weighted by pagu: (150 × 808.430.200 + 166,67 × 195.992.600) ÷ 1.004.422.800."""
    r = sakip.reviu(_footer(rata_rata="153.25"))
    mean = r["evaluasi_renja.Pengukuran Kinerja 2022.rekap.rata_rata"]
    assert mean.status == "match-other-convention", mean.reason
    assert mean.convention == Convention("agregat", "tertimbang-pagu")
    declared = _footer(rata_rata="153.25", rumus="tertimbang-pagu")
    assert sakip.reviu(declared)["evaluasi_renja.Pengukuran Kinerja 2022.rekap.rata_rata"].ok


def test_footer_naming_an_unknown_row_is_not_computable() -> None:
    r = sakip.reviu(_footer(baris=["apbd", "nope"], rata_rata="150.00"))
    f = r["evaluasi_renja.Pengukuran Kinerja 2022.rekap.rata_rata"]
    assert f.status == "not-computable" and "'nope'" in f.reason


def _row(k: dict[str, str], agregasi: str = "flow", **table: str) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2025},
            "evaluasi_renja": [{"kode": "T", **table, "baris": [
                {"kode": "1", "agregasi": agregasi, "k": k}]}]}


LEVEL = {"target_renstra": "100", "realisasi_renstra_lalu": "100", "target": "100",
         "tw1": "100", "tw2": "100", "tw3": "100", "tw4": "100"}


def test_a_stock_indicator_summed_across_years_is_flagged() -> None:
    """Reference §12: a level (100 %) added up across years (100 % + 100 % = 200 %)."""
    r = sakip.reviu(_row({**LEVEL, "realisasi": "100", "realisasi_renstra": "200"}, "stock"))
    assert r["evaluasi_renja.T.1.k.realisasi"].status == "match"
    f = r["evaluasi_renja.T.1.k.realisasi_renstra"]
    assert f.status == "mismatch" and "stock indicator summed across years" in f.reason
    assert f.recomputed == 100
    quarters = sakip.reviu(_row({**LEVEL, "realisasi": "400"}, "stock"))
    assert "summed" in quarters["evaluasi_renja.T.1.k.realisasi"].reason
    ok = sakip.reviu(_row({**LEVEL, "realisasi_renstra": "100", "capaian_renstra": "100,00"},
                          "stock"))
    assert ok.ok and len(ok) == 2


@pytest.mark.parametrize("printed", ["#DIV/0!", "0,00", "-", "100,00"])
def test_zero_targets_are_not_computable_with_the_reason(printed: str) -> None:
    """A zero kolom 6 or 8: that capaian not computable, whatever is printed; others computed."""
    k = {"target_renstra": "0", "realisasi_renstra_lalu": "3", "target": "0", "tw1": "4",
         "realisasi": "4", "realisasi_renstra": "7", "capaian_renstra": printed,
         "capaian": printed}
    r = sakip.reviu(_row(k))
    assert r["evaluasi_renja.T.1.k.realisasi_renstra"].status == "match"
    for key, field in (("capaian_renstra", "target_renstra"), ("capaian", "target")):
        f = r[f"evaluasi_renja.T.1.k.{key}"]
        assert f.status == "not-computable" and f"{field} is zero" in f.reason, f.reason


def test_div0_printed_where_the_figure_is_defined_is_a_mismatch() -> None:
    r = sakip.reviu(_row({"target_renstra": "3", "realisasi_renstra_lalu": "3", "target": "4",
                          "tw1": "4", "capaian_renstra": "#DIV/0!"}))
    f = r["evaluasi_renja.T.1.k.capaian_renstra"]
    assert f.status == "mismatch" and "233,33" in f.reason


@pytest.mark.parametrize(("tw", "printed", "table", "status"), [
    ("9,1", "Sangat Tinggi", {}, "match"),
    ("9", "Tinggi", {}, "match"),
    ("9,05", "Tinggi", {}, "match"),  # 90,5 in the gap: the band below (default)
    ("9,05", "Sangat Tinggi", {}, "match-other-convention"),
    ("9,05", "Sangat Baik", {"label": "baik-kurang", "celah": "atas"}, "match"),
    ("9,05", "Baik", {"label": "baik-kurang", "celah": "atas"}, "match-other-convention"),
    ("9", "Sangat Tinggi", {}, "mismatch"),  # 90: no reading gives the top band
    ("9", "Baik", {}, "mismatch"),  # the other label set's wording
])
def test_band_labels(tw: str, printed: str, table: dict[str, str], status: str) -> None:
    """The five-band table: 91 ≤ x Sangat Tinggi, 76 ≤ x ≤ 90 Tinggi; gaps under celah."""
    r = sakip.reviu(_row({"target": "10", "tw1": tw, "predikat": printed}, **table))
    f = r["evaluasi_renja.T.1.k.predikat"]
    assert f.status == status, f.reason
    if status == "match-other-convention":
        other = "bawah" if table.get("celah") == "atas" else "atas"
        assert f.convention == Convention("celah tingkat capaian", other)


def test_section_12_row_explains_each_figure() -> None:
    r = sakip.reviu(SECTION_12)
    for f in r:
        assert f.explanation is not None and f.explanation.value == f.recomputed


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("k.tw1", 2.0, "received 2.0"),
    ("k.target", "-4", ">= 0"),
    ("k.target", "12abc", "12abc"),
    ("rp.target", "73.945.400%", "no '%'"),
    ("k.tw5", "1", "tw5"),
    ("agregasi", "level", "flow, stock"),
    ("k.capaian", "#REF!", "#REF!"),
])
def test_hostile_values_are_refused_at_their_place(path: str, value: Any,
                                                   expected: str) -> None:
    data = copy.deepcopy(SECTION_12)
    _set(data, f"evaluasi_renja[1].baris[1].{path}", value)
    with pytest.raises(sakip.lkj.LaporanError) as raised:
        sakip.reviu(data)
    text = str(raised.value)
    assert f"evaluasi_renja[1].baris[1].{path}" in text and expected in text, text


@pytest.mark.parametrize(("key", "wrong"), [("rata_rata", "168.33"), ("predikat", "Tinggi")])
def test_a_planted_mistake_in_the_footer_mean_or_predikat(key: str, wrong: str) -> None:
    """The mean 158,33 and its band Sangat Tinggi, one of them misprinted: one mismatch."""
    data = _footer(rata_rata="158.33", predikat="Sangat Tinggi")
    data["evaluasi_renja"][1]["rekap"][key] = wrong
    bad = [f for f in sakip.reviu(data) if not f.ok]
    assert [(f.field, f.status) for f in bad] == [(f"evaluasi_renja[2].rekap.{key}",
                                                   "mismatch")]
