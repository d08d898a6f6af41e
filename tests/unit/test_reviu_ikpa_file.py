"""A report file's ``[ikpa] komponen`` may print a not-assessed indicator as "-" (and only there).

Golden values are worked by hand from the PER-5/PB/2024 weights (reference §5:
revisi DIPA 10, deviasi halaman III DIPA 15, penyerapan anggaran 20, belanja
kontraktual 10, penyelesaian tagihan 10, pengelolaan UP/TUP 10, capaian output
25) and konversi bobot (reference §5: the weights renormalised over the
indicators that are assessed), never produced by sakip.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip.errors import LaporanError
from sakip.lkj import load, template

#: Deviasi halaman III DIPA printed "-" (not assessed).  By hand, over the other
#: weights (Σ = 100 − 15 = 85):
#: (10×100 + 20×95 + 10×90 + 10×100 + 10×98 + 25×96) / 85 = 8180 / 85 = 96,2352… → 96,24.
KOMPONEN = {"revisi_dipa": "100", "deviasi_halaman_iii_dipa": "-", "penyerapan_anggaran": "95",
            "belanja_kontraktual": "90", "penyelesaian_tagihan": "100",
            "pengelolaan_up_tup": "98", "capaian_output": "96"}


def _report(**sections: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "Satker X", "tahun": 2024},
            **sections}


def _ikpa(nilai: str, komponen: dict[str, str] = KOMPONEN, **more: Any) -> sakip.Reviu:
    return sakip.reviu(_report(ikpa={"nilai": nilai, "tahun": 2024, "komponen": komponen,
                                     **more}))


def test_dash_is_not_assessed_and_the_weights_are_renormalised() -> None:
    reviu = _ikpa("96,24", kategori="Sangat Baik")
    finding = reviu["ikpa.nilai"]
    assert finding.status == "match"
    assert isinstance(finding.recomputed, Decimal)
    assert finding.recomputed.quantize(Decimal("0.000001")) == Decimal("96.235294")
    assert reviu["ikpa.kategori"].status == "match"
    assert "not assessed" in finding.reason and "deviasi_halaman_iii_dipa" in finding.reason
    assert finding.explanation is not None
    text = finding.explanation.to_text("en")
    assert "konversi bobot: not assessed deviasi_halaman_iii_dipa" in text
    assert "/ 85" in text


def test_the_dash_in_the_file_reproduces_only_under_its_rounding() -> None:
    """8180 / 85 = 96,2352…: truncation gives 96,23, a half-up report prints 96,24."""
    assert _ikpa("96,23")["ikpa.nilai"].status == "match-other-rounding"


@pytest.mark.parametrize(("printed", "why"), [
    ("81,80", "the not-assessed indicator scored 0: 8180 / 100"),
    ("96,80", "the not-assessed indicator scored 100: (8180 + 1500) / 100"),
])
def test_a_wrong_printed_nilai_is_a_mismatch_naming_the_indicator(printed: str,
                                                                   why: str) -> None:
    finding = _ikpa(printed)["ikpa.nilai"]
    assert finding.status == "mismatch", why
    assert "recomputed 96,24" in finding.reason
    assert "deviasi_halaman_iii_dipa" in finding.reason


def test_two_indicators_not_assessed() -> None:
    """Belanja kontraktual too (no contracts): Σ w = 75; (8180 − 900) / 75 = 97,0666… → 97,07."""
    komponen = KOMPONEN | {"belanja_kontraktual": " - "}
    finding = _ikpa("97,07", komponen)["ikpa.nilai"]
    assert finding.status == "match"
    assert "deviasi_halaman_iii_dipa, belanja_kontraktual" in finding.reason


def test_every_indicator_not_assessed_is_not_computable_at_its_place() -> None:
    finding = _ikpa("90,00", dict.fromkeys(KOMPONEN, "-"))["ikpa.nilai"]
    assert finding.status == "not-computable"
    assert finding.reason.startswith("ikpa.komponen: not computable: no indicator is assessed")


def test_a_missing_indicator_is_still_refused_naming_the_dash() -> None:
    komponen = {k: v for k, v in KOMPONEN.items() if k != "capaian_output"}
    finding = _ikpa("96,24", komponen)["ikpa.nilai"]
    assert finding.status == "not-computable"
    assert finding.reason.startswith("ikpa.komponen: expected a score for capaian_output")
    assert '"-" when it is not assessed' in finding.reason


@pytest.mark.parametrize(("sections", "field"), [
    ({"ikpa": {"nilai": "-", "tahun": 2024}}, "ikpa.nilai"),
    ({"eka": {"nilai": "97,29", "komponen": {"capaian_ro": "-", "penyerapan": "90",
                                             "nilai_efisiensi": "90", "konsistensi": "90"}}},
     "eka.komponen.capaian_ro"),
    ({"nka": {"nilai": "-"}}, "nka.nilai"),
    ({"indikator": [{"kode": "I", "nama": "n", "target": "10", "realisasi": "-"}]},
     "indikator[1].realisasi"),
    ({"anggaran": {"output": [{"kode": "5634.QDC.011", "pagu": "100", "realisasi": "-"}]}},
     "anggaran.output[1].realisasi"),
])
def test_a_dash_anywhere_else_is_still_an_error(sections: dict[str, Any], field: str) -> None:
    with pytest.raises(LaporanError) as caught:
        sakip.reviu(_report(**sections))
    [error] = caught.value.errors
    assert error.field == field
    assert error.received == "-"


def test_other_notations_are_not_taken_for_not_assessed() -> None:
    """Only the hyphen-minus the seed prints; an en dash or "n/a" stays unreadable."""
    for text in ("–", "n/a", "--"):
        with pytest.raises(LaporanError) as caught:
            _ikpa("96,24", KOMPONEN | {"deviasi_halaman_iii_dipa": text})
        assert caught.value.errors[0].field == "ikpa.komponen.deviasi_halaman_iii_dipa"


def test_the_file_format_says_so(tmp_path: Any) -> None:
    text = template(bahasa="en")
    assert '"-" for an indicator that is not assessed' in text
    [line] = [x for x in text.splitlines() if x.startswith("# komponen = { revisi_dipa")]
    placeholder = tomllib.loads(line.removeprefix("# "))["komponen"]
    assert list(placeholder) == list(sakip.ikpa_rule_for(2024).names)
    assert placeholder["belanja_kontraktual"] == "-"
    schema = sakip.lkj.json_schema()
    komponen = schema["properties"]["ikpa"]["properties"]["komponen"]
    assert "not assessed" in komponen["description"]
    path = tmp_path / "ikpa.toml"
    path.write_text('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2024\n'
                    '[ikpa]\nnilai = "96,24"\n'
                    'komponen = { deviasi_halaman_iii_dipa = "-", revisi_dipa = "100", '
                    'penyerapan_anggaran = "95", belanja_kontraktual = "90", '
                    'penyelesaian_tagihan = "100", pengelolaan_up_tup = "98", '
                    'capaian_output = "96" }\n', encoding="utf-8")
    assert load(path).ikpa is not None
    assert sakip.reviu(path)["ikpa.nilai"].status == "match"
