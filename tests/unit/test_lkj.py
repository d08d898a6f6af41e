"""Unit tests for the sakip/lkj-1 file format, its loader and the reviu result."""

from __future__ import annotations

import copy
import json
import pickle
import tomllib
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import sakip
from sakip import examples
from sakip.lkj import MAX_BYTES, LaporanError, json_schema, load
from sakip.reviu import REVIU_JSON_SCHEMA, dumps

DATA = Path(sakip.__file__).parent / "data"


def example() -> dict[str, Any]:
    """The bundled example as a fresh mapping."""
    return tomllib.loads(examples.path("bgp-kalsel-2023").read_text(encoding="utf-8"))


def test_example_loads() -> None:
    """The bundled example loads with its rounding and its five indicators."""
    laporan = load(examples.path("bgp-kalsel-2023"))
    assert laporan.rounding == sakip.Rounding(places=2, mode="down")
    assert [i.kode for i in laporan.indikator] == ["IKK 1.1", "IKK 1.2", "IKK 1.3", "IKK 2.1",
                                                   "IKK 2.2"]
    assert laporan.indikator[3].target is sakip.Predikat.BB
    assert len(laporan.daftar_kegiatan[0]["baris"]) == 60


def test_every_problem_reported_at_once() -> None:
    """Every bad field is reported with its place, in one error."""
    data = example()
    data["schema"] = "sakip/lkj-0"
    data["laporan"]["rounding"] = {"mode": "nearest"}
    data["indikator"][0]["target"] = 1176
    data["indikator"][1]["kode"] = "IKK 1.1"
    data["indikator"][1]["warna"] = "merah"
    data["indikator"][2]["polarisasi"] = "up"
    data["anggaran"]["output"][0]["pagu"] = "-7.879.297.000"
    del data["anggaran"]["output"][1]["pagu"]  # a pagu-only row may omit realisasi
    data["klaim"][0]["nilai"] = "4.25"
    with pytest.raises(LaporanError) as info:
        load(data)
    text = str(info.value)
    for part in ("schema", "laporan.rounding.mode", "indikator[1].target",
                 "indikator[2].kode", "indikator[2].warna", "indikator[3].polarisasi",
                 "anggaran.output[1].pagu", "anggaran.output[2].pagu",
                 "klaim[1].nilai"):
        assert part in text, part
    assert len(info.value.errors) == 9
    assert isinstance(info.value, ValueError)
    copy_ = pickle.loads(pickle.dumps(info.value))
    assert str(copy_) == text


def test_file_errors(tmp_path: Path) -> None:
    """Not TOML, floats, missing files, big files and non-tables are refused with the name."""
    cases = {
        "x.toml": b"schema = [",
        "f.toml": b'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
                  b'[eka]\nnilai = 97.29\n',
        "u.toml": b"\xff\xfe",
        "a.json": b"[1, 2]",
        "b.json": b'{"eka": {"nilai": 97.29}}',
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(LaporanError, match=name.replace(".", r"\.")):
            load(tmp_path / name)
    with pytest.raises(LaporanError, match=r"eka\.nilai: .*not a float; received '97\.29'"):
        load(tmp_path / "f.toml")
    with pytest.raises(LaporanError, match="readable"):
        load(tmp_path / "missing.toml")
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_BYTES + 1))
    with pytest.raises(LaporanError, match=f"at most {MAX_BYTES}"):
        load(big)
    with pytest.raises(sakip.InvalidTypeError):
        load(42)  # type: ignore[arg-type]


def test_json_file_same_structure(tmp_path: Path) -> None:
    """A JSON file with the same structure gives the same reviu."""
    target = tmp_path / "lkj.json"
    target.write_text(json.dumps(example()), encoding="utf-8")
    a = sakip.reviu(target)
    b = sakip.reviu(examples.path("bgp-kalsel-2023"))
    assert [f.to_row() | {"lokasi": None} for f in a] == [
        f.to_row() | {"lokasi": None} for f in b]


def test_published_schemas_are_current() -> None:
    """The published JSON Schemas equal the ones the code derives."""
    assert json.loads((DATA / "lkj-1.schema.json").read_text(encoding="utf-8")) == json_schema()
    assert json.loads((DATA / "reviu-2.schema.json").read_text(encoding="utf-8")) == (
        REVIU_JSON_SCHEMA)


def test_example_validates_against_file_schema() -> None:
    """The bundled example is valid under the published file schema."""
    jsonschema.validate(example(), json_schema())


def test_json_output_validates() -> None:
    """The JSON output validates against its published schema."""
    document = json.loads(dumps(sakip.reviu(examples.path("bgp-kalsel-2023"))))
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    assert document["counts"]["mismatch"] > 0


def test_what_if_with_evolve() -> None:
    """Fixing IKK 1.3's realisasi with attrs.evolve makes its capaian reproduce."""
    laporan = load(examples.path("bgp-kalsel-2023"))
    fixed = attrs.evolve(laporan.indikator[2], realisasi=sakip.parse_id("748"))
    what_if = attrs.evolve(laporan, indikator=(*laporan.indikator[:2], fixed,
                                                *laporan.indikator[3:]))
    r = sakip.reviu(what_if)
    assert r["indikator.IKK 1.3.capaian"].status == "match"
    assert r["indikator.IKK 1.3.triwulan.4.realisasi"].status == "match"


def test_reviu_views() -> None:
    """Rows, counts, lookups, HTML and the chart."""
    r = sakip.reviu(examples.path("bgp-kalsel-2023"))
    rows = r.to_rows()
    assert len(rows) == len(r) and set(rows[0]) == {
        "id", "label", "lokasi", "printed", "recomputed", "status", "rounding", "difference",
        "reason", "convention", "field"}
    assert sum(r.counts().values()) == len(r)
    with pytest.raises(KeyError):
        r["no.such.finding"]
    page = r.to_html()
    assert page.count("<svg") == 1 and "<script" not in page
    assert r._repr_html_().startswith("<div>")
    assert r.chart()._repr_svg_().startswith("<svg")
    [row] = [line for line in r.to_markdown().splitlines() if "(klaim.K-15)" in line]
    assert row.startswith("| ") and "| tidak sesuai |" in row
    assert str(r) == r.to_text()


def test_small_reports() -> None:
    """Reports with blanks, missing sections and claims that cannot be computed."""
    data: dict[str, Any] = {
        "schema": "sakip/lkj-1",
        "laporan": {"instansi": "X", "tahun": 2024},
        "indikator": [{"kode": "A", "nama": "a", "target": "0", "realisasi": "5",
                       "capaian": "100"},
                      {"kode": "B", "nama": "b", "target": "10", "capaian": "0"}],
        "nka": {"nilai": "90"},
        "klaim": [{"kode": "K", "kind": "sum", "nilai": "3"},
                  {"kode": "P", "kind": "percent_change", "old": "0", "new": "1",
                   "nilai": "5"},
                  {"kode": "D", "kind": "percent_change", "old": "10", "new": "12",
                   "direction": "down", "nilai": "20"}],
        "daftar_kegiatan": [{"kode": "T", "total": "3", "baris": [
            {"waktu": "besok", "peserta": "1"}, {"waktu": "1 Mei", "peserta": "2"}]}],
        "tabel": [{"kode": "X", "kolom": ["a", "b"], "kolom_total": ["c"],
                   "baris": [{"label": "r", "nilai": ["1", "2"], "total": "3"}]}],
        "anggaran": {"output": [{"kode": "5634.QDC.011", "pagu": "10", "realisasi": "20"}]},
    }
    r = sakip.reviu(data)
    status = {f.id: f.status for f in r}
    assert status["indikator.A.capaian"] == "not-computable"
    assert status["indikator.B.capaian"] == "not-computable"  # blank realisasi
    assert status["nka.nilai"] == "not-computable"
    assert status["klaim.K"] == "not-computable"
    assert status["klaim.P"] == "not-computable"
    assert status["klaim.D"] == "mismatch" and "says down" in r["klaim.D"].reason
    assert status["kegiatan.T.1.waktu"] == "not-computable"
    assert status["tabel.X.r.total"] == "not-computable"
    assert "unknown columns: c" in r["tabel.X.r.total"].reason
    assert status["anggaran.output.5634.QDC.011"] == "not-computable"
    assert not r.ok


def test_match_other_rounding() -> None:
    """A figure printed half-up in a truncating report is 'match-other-rounding'."""
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023,
                                                 "rounding": {"places": 2, "mode": "down"}},
            "indikator": [{"kode": "A", "nama": "a", "target": "1176", "realisasi": "1189",
                           "capaian": "101,11"}]}
    f = sakip.reviu(data)["indikator.A.capaian"]
    assert f.status == "match-other-rounding" and f.rounding == sakip.Rounding(places=2)
    assert sakip.reviu(data).ok


def test_example_mapping_not_mutated() -> None:
    """Loading a mapping does not change it."""
    data = example()
    before = copy.deepcopy(data)
    sakip.reviu(data)
    assert data == before
