"""A ``polarisasi = "stabilize"`` indicator in a report file: its target range ``["80", "90"]``.

Expected capaian are worked by hand from the stabilize rule of reference §1.3
(C1, PermenPANRB 8/2021): 100 inside [L, U]; R / L × 100 below L;
(2U − R) / U × 100 above U.  Neither the reference nor the seed LKj prints a
stabilize indicator, so there is no published figure to take.
"""

from __future__ import annotations

import collections
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

import sakip
from sakip import examples
from sakip.lkj import LaporanError, json_schema, load

D = Decimal


def report(angka: str = "id", **indikator: Any) -> dict[str, Any]:
    """A one-indicator report file as a mapping."""
    row = {"kode": "IKU 2", "nama": "Rasio belanja pegawai", "polarisasi": "stabilize",
           "target": ["80", "90"], "realisasi": "95", **indikator}
    return {"schema": "sakip/lkj-1",
            "laporan": {"instansi": "Satker X", "tahun": 2024, "angka": angka},
            "indikator": [{k: v for k, v in row.items() if v is not None}]}


def only(data: dict[str, Any]) -> sakip.Finding:
    [finding] = sakip.reviu(data)
    return finding


def refusal(data: dict[str, Any]) -> str:
    with pytest.raises(LaporanError) as caught:
        load(data)
    return str(caught.value)


# ------------------------------------------------------------------ reading


def test_range_is_read_as_low_high() -> None:
    laporan = load(report(target=["80", "90,5"]))
    assert laporan.indikator[0].target == (D(80), D("90.5"))


def test_row_shows_both_ends_as_capaian_does() -> None:
    row = load(report()).indikator[0].to_row()
    assert (row["target"], row["target_low"], row["target_high"]) == (None, D(80), D(90))


# ------------------------------------------------------------------ the reviu


@pytest.mark.parametrize(("realisasi", "printed"), [
    ("95", "94,44"),  # above U: (2·90 − 95) / 90 × 100 = 94,444…
    ("76", "95,00"),  # below L: 76 / 80 × 100 = 95
    ("85", "100,00"),  # inside
    ("80", "100,00"),  # at L (inclusive)
    ("90", "100,00"),  # at U (inclusive)
])
def test_hand_worked_capaian_matches(realisasi: str, printed: str) -> None:
    finding = only(report(realisasi=realisasi, capaian=printed))
    assert (finding.id, finding.field) == ("indikator.IKU 2.capaian", "indikator[1].capaian")
    assert finding.status == "match", finding.reason


def test_recomputed_value_is_exact() -> None:
    finding = only(report(realisasi="95", capaian="94,44"))
    assert isinstance(finding.recomputed, Decimal)
    assert finding.recomputed.quantize(D("0.000001")) == D("94.444444")


def test_wrong_printed_capaian_is_a_mismatch() -> None:
    """95 against 80–90 is 94,44 under stabilize; 105,56 is R / U, the reading of a range
    target of a higher-is-better indicator (PermenPANRB 8/2021 Lampiran p. 100): named as
    that convention (rentang maximize), not a match; a figure neither gives is a mismatch."""
    finding = only(report(realisasi="95", capaian="105,56"))
    assert finding.status == "match-other-convention"
    assert finding.convention is not None and finding.convention.name == "maximize"
    assert "not under the default stabilize (94,44)" in finding.reason
    wrong = only(report(realisasi="95", capaian="104,56"))
    assert wrong.status == "mismatch" and "94,44" in wrong.reason


def test_inside_the_range_is_not_above_100() -> None:
    assert only(report(realisasi="85", capaian="106,25")).status == "mismatch"


def test_explanation_names_the_range_end_used() -> None:
    finding = only(report(realisasi="95", capaian="94,44"))
    assert finding.explanation is not None
    text = finding.explanation.to_text()
    assert "capaian = (2U − R) / U × 100" in text
    assert "U (target) = 90" in text and "R (realisasi) = 95" in text


def test_report_rounding_applies() -> None:
    """The report's rounding mode decides: (180 − 100) / 90 = 88,888… is 88,88 truncated."""
    data = report(realisasi="100", capaian="88,88")  # (180 − 100) / 90 = 88,888…
    data["laporan"]["rounding"] = {"places": 2, "mode": "down"}
    assert only(data).status == "match"
    data["laporan"]["rounding"] = {"places": 2, "mode": "half_up"}
    assert only(data).status != "match"


# ----------------------------------------------------------- decimal marks


def test_indonesian_marks() -> None:
    """70,1 below 80,5: 70,1 / 80,5 × 100 = 87,0807…"""
    data = report(target=["80,5", "90,25"], realisasi="70,1", capaian="87,08")
    assert only(data).status == "match"


def test_english_marks() -> None:
    data = report("en", target=["80.5", "90.25"], realisasi="70.1", capaian="87.08")
    assert load(data).indikator[0].target == (D("80.5"), D("90.25"))
    assert only(data).status == "match"


@pytest.mark.parametrize(("angka", "target", "realisasi", "printed"), [
    ("id", ["1.000", "1.200"], "1.300", "91,67"),  # (2400 − 1300) / 1200 = 91,666…
    ("en", ["1,000", "1,200"], "1,300", "91.67"),
])
def test_thousands_marks(angka: str, target: list[str], realisasi: str, printed: str) -> None:
    data = report(angka, target=target, realisasi=realisasi, capaian=printed)
    assert load(data).indikator[0].target == (D(1000), D(1200))
    assert only(data).status == "match"


def test_an_end_in_the_other_mark_is_refused_not_guessed() -> None:
    """"80.5" in an Indonesian file is refused at its end, never read as 80,5."""
    assert "indikator[1].target[1]: expected an Indonesian number" in refusal(
        report(target=["80.5", "90,25"]))


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("polarisasi", ["maximize", "minimize", None])
def test_range_on_another_polarisasi_is_an_error_at_target(polarisasi: str | None) -> None:
    text = refusal(report(polarisasi=polarisasi))
    assert "indikator[1].target: expected a single number written as text (a range " in text
    assert "polarisasi = 'stabilize'" in text
    assert '["80", "90"]' in text


def test_low_above_high_is_an_error_at_target() -> None:
    text = refusal(report(target=["90", "80"]))
    assert "indikator[1].target: expected a range low <= high" in text
    assert 'received ["90", "80"]' in text


def test_equal_ends_are_a_range() -> None:
    assert only(report(target=["85", "85"], realisasi="85", capaian="100")).status == "match"


@pytest.mark.parametrize("target", [["80"], ["80", "85", "90"], []])
def test_a_range_is_two_numbers(target: list[str]) -> None:
    assert "indikator[1].target: expected a range of two numbers" in refusal(
        report(target=target))


@pytest.mark.parametrize(("target", "where"), [
    (["80", "BB"], "indikator[1].target[2]"),
    (["80 - 90", "95"], "indikator[1].target[1]"),
    (["", "90"], "indikator[1].target[1]"),
])
def test_each_end_is_a_printed_number(target: list[str], where: str) -> None:
    assert f"{where}: expected" in refusal(report(target=target))


def test_a_float_end_is_refused_at_its_place() -> None:
    text = refusal(report(target=[80, "90"]))
    assert "indikator[1].target[1]: expected a number written as text" in text


def test_units_of_the_ends_must_agree() -> None:
    text = refusal(report(target=["8%", "Rp 9"]))
    assert "indikator[1].target[2]: expected the unit of indikator[1].target[1] ('%')" in text


def test_units_of_the_range_and_the_realisasi_must_agree() -> None:
    text = refusal(report(target=["80%", "90%"], realisasi="Rp 85"))
    assert "indikator[1].realisasi: expected the unit of indikator[1].target[1] ('%')" in text


def test_every_problem_at_once() -> None:
    """A reversed range and a bad realisasi are both reported."""
    text = refusal(report(target=["90", "80"], realisasi="x"))
    assert "indikator[1].target" in text and "indikator[1].realisasi" in text


def test_single_number_on_stabilize_stays_not_computable_and_says_how() -> None:
    finding = only(report(target="100", realisasi="90", capaian="90,00"))
    assert finding.status == "not-computable"
    assert "indikator[1].target is one number" in finding.reason
    assert 'target = ["80", "90"]' in finding.reason


# ------------------------------------------------- what depends on the target


def test_tw_iv_target_against_a_range_is_not_computable() -> None:
    data = report(capaian="94,44", triwulan={"target": {"4": "85"}})
    status = {f.id: f for f in sakip.reviu(data)}
    assert status["indikator.IKU 2.capaian"].status == "match"
    tw = status["indikator.IKU 2.triwulan.4.target"]
    assert tw.status == "not-computable" and "80–90" in tw.reason


def test_pk_target_against_a_range_is_not_computable() -> None:
    data = report()
    data["perjanjian_kinerja"] = [{"kode": "awal", "target": {"IKU 2": "85"}}]
    [pk] = sakip.reviu(data)
    assert pk.status == "not-computable" and "range 80–90" in pk.reason
    data["laporan"]["angka"] = "en"
    data["indikator"][0]["target"] = ["80.5", "90"]
    assert "range 80.5–90" in only(data).reason


# ------------------------------------------------------------- schema, template


def test_schema_takes_a_range_and_refuses_three() -> None:
    schema = json_schema()
    jsonschema.validate(report(), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report(target=["80", "85", "90"]), schema)


def test_json_file_with_a_range(tmp_path: Any) -> None:
    path = tmp_path / "laporan.json"
    path.write_text(json.dumps(report(capaian="94,44")), encoding="utf-8")
    assert [f.status for f in sakip.reviu(path)] == ["match"]


def test_template_and_checks_say_so() -> None:
    line = next(x for x in sakip.lkj.template(bahasa="en").splitlines()
                if x.startswith("# target "))
    assert 'polarisasi "stabilize" the range as two printed numbers' in line
    assert '["80", "90"]' in line
    assert "stabilize: the target range" in dict(sakip.lkj.checks())["indikator[].capaian"]


def test_bundled_example_findings_unchanged() -> None:
    """The seed's encoding: 200 findings, 163 match, 34 mismatch, 3 not computable."""
    found = sakip.reviu(examples.path("bgp-kalsel-2023"))
    assert len(found) == 200
    assert collections.Counter(f.status for f in found) == {
        "match": 163, "mismatch": 34, "not-computable": 3}


# ------------------------------------------------------------------ the command


STABILIZE_TOML = """\
schema = "sakip/lkj-1"
laporan = { instansi = "Satker X", tahun = 2024 }

[[indikator]]
kode = "IKU 2"
nama = "Rasio belanja pegawai"
polarisasi = "%s"
target = ["80", "90"]
realisasi = "95"
capaian = "94,44"
"""


def test_command_reviews_a_range(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from sakip.cli import main as _main
    from tests.tools import in_english

    main = in_english(_main)
    from sakip.reviu import REVIU_JSON_SCHEMA

    path = tmp_path / "laporan.toml"
    path.write_text(STABILIZE_TOML % "stabilize", encoding="utf-8")
    assert main(["reviu", str(path), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    path.write_text(STABILIZE_TOML % "maximize", encoding="utf-8")
    assert main(["reviu", str(path)]) == 2
    assert "indikator[1].target: expected a single number" in capsys.readouterr().err
