"""Unit tests for budget outputs, penyerapan, efisiensi, capaian output, konsistensi and EKA."""

from __future__ import annotations

import pickle
from decimal import Decimal as D
from typing import Any

import attrs
import pytest

import sakip
from sakip.rules import LabelBands


def ro(kode: str = "5634.SCI.010", pagu: object = 1000, realisasi: object = 900,
       **kw: object) -> sakip.RincianOutput:
    """A small output for tests."""
    return sakip.RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, **kw)  # type: ignore[arg-type]


def test_issue_examples() -> None:
    """The calls promised in the budget issue work exactly as written."""
    assert sakip.nilai_efisiensi("19.88").rounded(2) == D("99.70")
    assert sakip.nilai_efisiensi(0).value == 50
    assert sakip.nilai_efisiensi(25).value == 100
    assert sakip.nilai_efisiensi(25, clip=False).value == D("112.5")
    assert sakip.nilai_efisiensi(-20).value == 0
    r = sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000, realisasi=20842508719,
                            capaian="119.87")
    assert (r.kegiatan, r.kro, r.ro) == ("5634", "SCI", "010")
    assert r.penyerapan().rounded(2) == D("99.99")
    e = sakip.efisiensi([r], rumus="per-pagu")
    assert e.rounded(2) == D("19.88")
    assert e.nilai.rounded(2) == D("99.70")
    assert e.kategori == "Sangat Efisien"
    assert sakip.efisiensi([r], rumus="pmk-214-2017").rounded(2) == D("16.58")
    assert sakip.penyerapan(pagu=36716642000, realisasi=36586922278).rounded(2) == D("99.65")
    assert sakip.capaian_output([(5, 5), (9, 10)], metode="geometric").rounded(2) == D("94.87")
    k = sakip.eka(capaian_ro="100", penyerapan="100", nilai_efisiensi="100", konsistensi="100")
    assert k.value == 100


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kode": "5634-SCI-010"}, "kode"),
        ({"kode": "5634.sci.010"}, "kode"),
        ({"pagu": -1}, "pagu"),
        ({"pagu": 1.5}, "pagu"),
        ({"realisasi": -5}, "realisasi"),
        ({"pagu": 0, "realisasi": 5}, "realisasi"),
        ({"realisasi": 1001}, "realisasi"),
        ({"capaian": "-1"}, "capaian"),
        ({"capaian": 100, "realisasi_volume": 1, "target_volume": 1}, "capaian"),
        ({"realisasi_volume": 1}, "target_volume"),
        ({"realisasi_volume": 1, "target_volume": 0}, "target_volume"),
        ({"jenis_belanja": "59"}, "jenis_belanja"),
        ({"tipe": "tetap"}, "tipe"),
        ({"nama": 5}, "nama"),
        ({"kode": ["5634.SCI.010"]}, "kode"),
        ({"target_volume": 5}, "target_volume"),
        ({"realisasi_volume": "1e999999", "target_volume": 1}, "realisasi_volume"),
    ],
)
def test_rincian_output_refuses(kwargs: dict[str, object], field: str) -> None:
    """Malformed codes, negative or excess amounts and inconsistent achievement are refused."""
    with pytest.raises(sakip.SakipError) as info:
        ro(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_rincian_output_values() -> None:
    """Derived codes, sisa, capaian ratio from volumes, rows and pickling."""
    r = ro(realisasi_volume=9, target_volume=10, jenis_belanja="52", tipe="statis")
    assert r.sisa == 100
    assert r.capaian_ratio() == D("0.9")
    assert r.to_row()["kro"] == "SCI"
    assert pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(sakip.NotComputableError, match="no capaian"):
        ro().capaian_ratio()
    # The written-out __init__ keeps what attrs gives: evolve re-validates, fields freeze.
    assert attrs.evolve(r, realisasi=995).sisa == 5
    with pytest.raises(sakip.InvalidValueError, match="realisasi <= pagu"):
        attrs.evolve(r, realisasi=1001)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.pagu = D(5)  # type: ignore[misc]


def test_penyerapan_refusals_and_explain() -> None:
    """Zero pagu is not computable; realisasi above pagu is refused; sisa is explained."""
    with pytest.raises(sakip.NotComputableError):
        sakip.penyerapan(pagu=0, realisasi=0)
    with pytest.raises(sakip.InvalidValueError, match="realisasi <= pagu"):
        sakip.penyerapan(pagu=10, realisasi=11)
    p = sakip.penyerapan(pagu=200, realisasi=150, label="52")
    assert p.sisa == 50
    assert "sisa = P − RA = 50" in p.explain().to_text()
    assert p.to_row()["value"] == 75


def test_group_by_each_key() -> None:
    """Grouping by kegiatan, KRO and jenis belanja keeps first-seen order."""
    items = [ro("5634.QDC.011", jenis_belanja="52"), ro("5635.EBA.962", jenis_belanja="51"),
             ro("5634.SCI.010", jenis_belanja="52")]
    assert list(sakip.group(items)) == ["5634", "5635"]
    assert list(sakip.group(items, by="kro")) == ["5634.QDC", "5635.EBA", "5634.SCI"]
    assert [len(v) for v in sakip.group(items, by="jenis_belanja").values()] == [2, 1]
    with pytest.raises(sakip.InvalidValueError, match="jenis belanja"):
        sakip.group([ro()], by="jenis_belanja")
    with pytest.raises(sakip.InvalidValueError):
        sakip.group([ro()], by="ro")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.group([1])  # type: ignore[list-item]


def test_efisiensi_variants() -> None:
    """Each rumus computes its own formula; 249 needs volumes."""
    a = ro("5634.QDC.011", pagu=1000, realisasi=900, capaian=120)
    b = ro("5634.QDC.012", pagu=3000, realisasi=3000, capaian=100)
    # per-pagu: (1200 − 900 + 3000 − 3000) / 4000 = 7,5 %
    assert sakip.efisiensi([a, b], rumus="per-pagu").value == D("7.5")
    # 214: 300 / (1200 + 3000) = 7,142857…
    assert sakip.efisiensi([a, b]).rounded(4) == D("7.1429")
    v = ro(pagu=1000, realisasi=900, realisasi_volume=10, target_volume=10)
    # 249: 1 − (900/10)/(1000/10) = 0,1
    assert sakip.efisiensi([v], rumus="pmk-249-2011").value == 10
    with pytest.raises(sakip.NotComputableError, match="needs volumes"):
        sakip.efisiensi([a], rumus="pmk-249-2011")
    with pytest.raises(sakip.NotComputableError, match="unit cost"):
        sakip.efisiensi([ro(pagu=1000, realisasi=900, realisasi_volume=0, target_volume=10)],
                        rumus="pmk-249-2011")
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        sakip.efisiensi([a], rumus="pmk-1-2000")  # type: ignore[arg-type]
    with pytest.raises(sakip.NotComputableError):
        sakip.efisiensi([])
    with pytest.raises(sakip.NotComputableError, match="P × CO"):
        sakip.efisiensi([ro(capaian=0)])
    with pytest.raises(sakip.NotComputableError, match="Σ P is zero"):
        sakip.efisiensi([ro(pagu=0, realisasi=0, capaian=100)], rumus="per-pagu")


def test_efisiensi_cap_and_explain() -> None:
    """Capping CO inside E is explicit and shows in the explanation."""
    a = ro(pagu=1000, realisasi=900, capaian=120)
    assert sakip.efisiensi([a], rumus="per-pagu", cap_capaian=100).value == 10
    text = sakip.efisiensi([a], rumus="per-pagu", cap_capaian=100).explain().to_text("en")
    assert "capped at 100" in text and "Σ P" in text
    many = sakip.efisiensi([ro(f"5634.QDC.{i:03d}", capaian=100) for i in range(6)])
    assert "and 2 more" in many.explain().in_bahasa("en").title


def test_nilai_efisiensi_options() -> None:
    """Unclipped values, user band tables and bad arguments."""
    assert sakip.nilai_efisiensi(-30, clip=False).value == -25
    assert "unclipped value 112.50" in sakip.nilai_efisiensi(25).explain().to_text("en")
    mine = LabelBands(name="mine", citation="agency rule", years=(2020, None),
                      confidence="CONV", bands=((75, "Efisien"), (0, "Belum Efisien")))
    assert sakip.nilai_efisiensi(10, kategori=mine).kategori == "Efisien"
    assert sakip.kategori_efisiensi(10, kategori=mine) == "Belum Efisien"  # NE 10, not E 10
    with pytest.raises(sakip.InvalidTypeError):
        sakip.nilai_efisiensi(10, clip="yes")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.nilai_efisiensi(10, kategori={"a": 1})  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match=">= 0"):
        mine.label(-1)
    # efisiensi() checks the same options when called, not when .nilai is first read.
    a = sakip.RincianOutput(kode="5634.QDC.011", pagu=100, realisasi=90, capaian=100)
    with pytest.raises(sakip.InvalidTypeError, match="clip"):
        sakip.efisiensi([a], clip=1)  # type: ignore[arg-type]
    # A registered table may be named (the name Efisiensi.to_row() reports).
    assert sakip.efisiensi([a], kategori="konvensi-2023").kategori_bands.name == "konvensi-2023"
    assert sakip.efisiensi([a], kategori=mine).kategori == "Efisien"  # NE 75


def test_label_bands_validation() -> None:
    """Band tables must be strictly decreasing pairs."""
    with pytest.raises(sakip.InvalidValueError, match="strictly decreasing"):
        LabelBands(name="x", citation="c", years=(2020, None), confidence="CONV",
                   bands=((50, "a"), (60, "b")))
    with pytest.raises(sakip.InvalidValueError):
        LabelBands(name="x", citation="c", years=(2020, None), confidence="CONV", bands=())
    with pytest.raises(sakip.InvalidValueError):
        LabelBands(name="x", citation="c", years=(2020, None), confidence="CONV",
                   bands=((50, 1),))


def test_capaian_output_forms() -> None:
    """Pairs, typed triples, outputs and nested results; caps; zero ratios."""
    assert sakip.capaian_output([(0, 5), (5, 5)]).value == 0
    assert sakip.capaian_output([(15, 10), (5, 5)], metode="arithmetic", cap=100).value == 100
    outputs = [ro(capaian=120, tipe="statis"), ro(capaian=120, tipe="dinamis")]
    assert sakip.capaian_output(outputs, metode="arithmetic").value == 110
    assert sakip.capaian_output(outputs, metode="arithmetic", cap_statis=False).value == 120
    inner = sakip.capaian_output([(9, 10)], label="program A")
    outer = sakip.capaian_output([inner, (1, 1)], metode="arithmetic")
    assert outer.value == 95
    assert "program A" in inner.explain().title
    with pytest.raises(sakip.NotComputableError):
        sakip.capaian_output([])
    with pytest.raises(sakip.NotComputableError, match="zero"):
        sakip.capaian_output([(1, 0)])
    with pytest.raises(sakip.InvalidValueError, match="tipe"):
        sakip.capaian_output([(1, 1, "tetap")])  # type: ignore[list-item]
    with pytest.raises(sakip.InvalidValueError, match="metode"):
        sakip.capaian_output([(1, 1)], metode="harmonic")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.capaian_output([5])  # type: ignore[list-item]


def test_konsistensi_variants() -> None:
    """Both candidate formulas, their caps and their refusals."""
    assert sakip.konsistensi(realisasi=[200, 0], rpd=[100, 100]).value == 100
    assert sakip.konsistensi(realisasi=[0, 50], rpd=[0, 100], rumus="bulanan").value == 50
    assert "[OPEN]" in sakip.konsistensi(realisasi=[1], rpd=[1]).explain().to_text()
    with pytest.raises(sakip.NotComputableError):
        sakip.konsistensi(realisasi=[1], rpd=[0])
    with pytest.raises(sakip.InvalidValueError):
        sakip.konsistensi(realisasi=[1, 2], rpd=[1])
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        sakip.konsistensi(realisasi=[1], rpd=[1], rumus="x")  # type: ignore[arg-type]


def test_eka_validation_and_rules() -> None:
    """Scores must be 0–100 and NE, not E; both rule sets exist with the same weights."""
    with pytest.raises(sakip.InvalidValueError, match="konsistensi"):
        sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=100, konsistensi=101)
    e = sakip.efisiensi([ro(capaian=100)])
    with pytest.raises(sakip.InvalidTypeError, match=r"e\.nilai\.value"):
        sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=e, konsistensi=100)
    with pytest.raises(sakip.UnknownNameError, match="pmk-22-2021"):
        sakip.eka(capaian_ro=1, penyerapan=1, nilai_efisiensi=1, konsistensi=1, aturan="x")
    old = sakip.eka(capaian_ro=90, penyerapan=80, nilai_efisiensi=70, konsistensi=60,
                    aturan="pmk-214-2017")
    # (43,5·90 + 9,7·80 + 28,6·70 + 18,2·60) / 100
    assert old.value == D("77.85")  # 3915 + 776 + 2002 + 1092 = 7785
    assert "PMK 214" in old.explain().reference
    from sakip.eka import eka_rule_for
    with pytest.raises(sakip.InvalidValueError):
        eka_rule_for(2010)


def test_weighted_score_validation() -> None:
    """Weights must sum to exactly 100; scores in bounds; pairs required."""
    w = sakip.weighted_score({"eka": ("97.29", 60), "ikpa": ("91.95", 40)})
    assert w.value == D("95.154")
    assert [row["kontribusi"] for row in w.to_rows()] == [D("58.374"), D("36.78")]
    with pytest.raises(sakip.InvalidValueError, match="exactly 100"):
        sakip.weighted_score({"a": (1, 50), "b": (1, "49.9")})
    with pytest.raises(sakip.InvalidValueError, match="a <= 100"):
        sakip.weighted_score({"a": (101, 100)})
    with pytest.raises(sakip.InvalidTypeError):
        sakip.weighted_score({"a": 1})  # type: ignore[dict-item]
    with pytest.raises(sakip.InvalidTypeError):
        sakip.weighted_score({})
    with pytest.raises(sakip.InvalidValueError, match="bobot b"):
        sakip.weighted_score({"a": (1, 110), "b": (1, -10)})


def test_kode_memo_is_bounded_and_keeps_refusing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid codes are remembered up to a bound; a refused code is never remembered."""
    from sakip import budget

    monkeypatch.setattr(budget, "_KODE_CHECKED", set())
    monkeypatch.setattr(budget, "_KODE_CHECKED_MAX", 3)
    for i in range(10):
        ro(kode=f"5634.QDC.{i:03d}")
        assert len(budget._KODE_CHECKED) <= 3
    for _ in range(2):
        with pytest.raises(sakip.InvalidValueError, match="kode"):
            ro(kode="5634.qdc.011")
    assert "5634.qdc.011" not in budget._KODE_CHECKED



@pytest.mark.parametrize(("field", "call"), [
    ("realisasi", lambda: sakip.konsistensi(realisasi="100", rpd=[100])),
    ("rpd", lambda: sakip.konsistensi(realisasi=[100], rpd="100")),
    ("items", lambda: sakip.capaian_output("12")),  # type: ignore[arg-type]
])
def test_text_is_not_a_sequence_of_amounts(field: str, call: Any) -> None:
    """A string is iterable, but not the sequence of amounts or outputs asked for: it is
    refused as such, naming its own field (never read character by character)."""
    with pytest.raises(sakip.InvalidTypeError) as info:
        call()
    assert info.value.field == field
    assert "a sequence of monthly amounts" in str(info.value) or field == "items"
    assert "an iterable of outputs" in str(info.value) or field != "items"
