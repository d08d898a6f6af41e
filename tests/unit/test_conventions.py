"""Unit tests: efficiency conventions, rerata, budget bases, band inclusivity, composites."""

from __future__ import annotations

import decimal
import pickle
from decimal import Decimal as D

import attrs
import pytest

import sakip
from sakip.rules import LabelBands


def test_issue_12_calls_exactly_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    """The calls of issue 12, verbatim."""
    r = sakip.efisiensi_kinerja(capaian_output="110", capaian_input="88", rumus="rasio")
    assert r.value == 125 and r.rounded(2) == D("125.00")
    assert sakip.efisiensi_kinerja(capaian_output="120", capaian_input="104",
                                   rumus="rasio").rounded(2) == D("115.38")
    s = sakip.efisiensi_kinerja(capaian_output="80", capaian_input="95", rumus="selisih")
    assert s.value == -15
    i = sakip.efisiensi_kinerja(capaian_output="101", capaian_input="95", rumus="indeks")
    assert i.rounded(3) == D("1.063") and i.tingkat.rounded(3) == D("0.063")
    p = sakip.penyerapan(pagu=1_000_000_000, sisa=12_500_000)
    assert p.value == D("98.75") and p.realisasi == 987_500_000
    assert sakip.rerata(["91.2", "88.4"]).value == D("89.8")
    print(r.explain().in_bahasa("en"), i.explain().in_bahasa("en"), sep="\n")
    out = capsys.readouterr().out
    # formula, inputs, convention and its source
    assert "capaian output / capaian input × 100" in out
    assert "capaian input (%) = 88" in out
    assert "convention 'rasio' [CONV]" in out and "BPKP, Laporan Kinerja 2021" in out
    assert "TE = IE − SE" in out and "PRKOM Badan POM" in out


@pytest.mark.parametrize("rumus", ["rasio", "indeks", "selisih"])
def test_explain_equals_value(rumus: str) -> None:
    e = sakip.efisiensi_kinerja(capaian_output="97.5", capaian_input="103.25",
                                rumus=rumus)  # type: ignore[arg-type]
    assert e.explain().value == e.value
    assert f"rumus {rumus}" in e.explain().title


def test_tingkat_explains_and_needs_indeks() -> None:
    i = sakip.efisiensi_kinerja(capaian_output="90", capaian_input="100", rumus="indeks")
    assert i.standar == 1
    assert i.tingkat.value == D("-0.1") and i.tingkat.explain().value == i.tingkat.value
    assert i.kategori == "Tidak Efisien"
    r = sakip.efisiensi_kinerja(capaian_output="90", capaian_input="100", rumus="rasio")
    with pytest.raises(sakip.NotComputableError, match="standar"):
        _ = r.tingkat
    with pytest.raises(sakip.NotComputableError, match="category table"):
        _ = r.kategori


def test_negative_percentages_refused() -> None:
    for field in ("capaian_output", "capaian_input"):
        args = {"capaian_output": "90", "capaian_input": "90", field: "-1"}
        with pytest.raises(sakip.InvalidValueError, match=field):
            sakip.efisiensi_kinerja(**args, rumus="selisih")


@pytest.mark.parametrize("rumus", ["rasio", "indeks"])
def test_zero_input_not_computable(rumus: str) -> None:
    with pytest.raises(sakip.NotComputableError, match="capaian input is zero"):
        sakip.efisiensi_kinerja(capaian_output="90", capaian_input=0, rumus=rumus)  # type: ignore[arg-type]


def test_zero_input_fine_for_selisih() -> None:
    assert sakip.efisiensi_kinerja(capaian_output="90", capaian_input=0,
                                   rumus="selisih").value == 90


def test_input_above_100_not_capped() -> None:
    e = sakip.efisiensi_kinerja(capaian_output="100", capaian_input="250", rumus="rasio")
    assert e.value == 40
    assert sakip.efisiensi_kinerja(capaian_output="250", capaian_input="50",
                                   rumus="rasio").value == 500


def test_bad_options() -> None:
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1, rumus="ratio")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match="capaian_output"):
        sakip.efisiensi_kinerja(capaian_output=1.5, capaian_input=1,  # type: ignore[arg-type]
                                rumus="rasio")
    with pytest.raises(sakip.UnknownNameError, match="kategori"):
        sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1, rumus="indeks",
                                kategori="nope")
    with pytest.raises(sakip.InvalidTypeError, match="kategori"):
        sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1, rumus="indeks",
                                kategori=5)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match="label"):
        sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1, rumus="indeks",
                                label=3)  # type: ignore[arg-type]


def test_ie_tables_edges() -> None:
    """PRKOM 2021: [1, 1,81] Efisien, < 1 Tidak Efisien, > 1,81 refused; BBPOM 2020: > 1."""
    prkom, bbpom = "prkom-bpom-2021", "bbpom-yogyakarta-2020"
    k = sakip.kategori_indeks_efisiensi
    assert k(1, kategori=prkom) == "Efisien" and k(1, kategori=bbpom) == "Tidak Efisien"
    assert k("1.81", kategori=prkom) == "Efisien" and k("1.81", kategori=bbpom) == "Efisien"
    assert k("0.999", kategori=prkom) == "Tidak Efisien"
    assert k("1.001", kategori=bbpom) == "Efisien"
    with pytest.raises(sakip.InvalidValueError, match=r"1\.81"):
        k("1.8101", kategori=prkom)
    ie = sakip.efisiensi_kinerja(capaian_output="200", capaian_input="100", rumus="indeks")
    with pytest.raises(sakip.InvalidValueError):
        _ = ie.kategori
    assert "kategori not given" in " ".join(ie.explain().in_bahasa("en").notes)
    assert sakip.efisiensi_kinerja(capaian_output="200", capaian_input="100", rumus="indeks",
                                   kategori=bbpom).kategori == "Efisien"


def test_label_bands_inclusive_and_maximum() -> None:
    base = {"name": "t", "citation": "c", "years": (2020, None), "confidence": "CONV"}
    upper = LabelBands(**base, bands=((90, "A"), (80, "B")), below="C",  # type: ignore[arg-type]
                       inclusive="upper")
    assert [upper.label(x) for x in (91, 90, "80.5", 80, 0)] == ["A", "B", "B", "C", "C"]
    strict = attrs.evolve(upper, below=None)
    with pytest.raises(sakip.InvalidValueError, match="> 80"):
        strict.label(80)
    with pytest.raises(sakip.InvalidValueError, match="inclusive"):
        LabelBands(**base, bands=((1, "A"),), inclusive="both")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="maximum"):
        LabelBands(**base, bands=((1, "A"),), maximum="0.5")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="above"):
        LabelBands(**base, bands=((1, "A"),), above="X")  # type: ignore[arg-type]
    capped = LabelBands(**base, bands=((1, "A"),), below="B", maximum=2,  # type: ignore[arg-type]
                        above="X")
    assert [capped.label(x) for x in (3, 2, 1, 0)] == ["X", "A", "A", "B"]
    assert capped.labels() == ("X", "A", "B")


def test_penyerapan_sisa_options() -> None:
    with pytest.raises(sakip.InvalidValueError, match="exactly one"):
        sakip.penyerapan(pagu=100)
    with pytest.raises(sakip.InvalidValueError, match="exactly one"):
        sakip.penyerapan(pagu=100, realisasi=50, sisa=50)
    with pytest.raises(sakip.InvalidValueError, match="sisa"):
        sakip.penyerapan(pagu=100, sisa=101)
    with pytest.raises(sakip.InvalidValueError, match="sisa"):
        sakip.penyerapan(pagu=100, sisa=-1)
    with pytest.raises(sakip.NotComputableError):
        sakip.penyerapan(pagu=0, sisa=0)
    p = sakip.penyerapan(pagu=200, sisa=50, label="52")
    assert p.value == 75 and p.given == "sisa" and p.sisa == 50
    steps = p.explain().steps
    assert steps[0].formula == "P − sisa" and p.explain().value == p.value
    assert len(sakip.penyerapan(pagu=200, realisasi=150).explain().steps) == 1


def test_riwayat_pagu_bases() -> None:
    h = sakip.RiwayatPagu(dipa_awal=1000, penghematan=100, blokir=50)
    assert [h.pagu("dipa-awal"), h.pagu("revisi"), h.pagu("efektif")] == [1000, 900, 850]
    explicit = sakip.RiwayatPagu(dipa_awal=1000, penghematan=100, pagu_revisi=1200, blokir=200)
    assert explicit.pagu("revisi") == 1200 and explicit.pagu("efektif") == 1000
    p = h.penyerapan(realisasi=425, basis="efektif")
    assert p.value == 50 and p.basis == "efektif" and p.pagu == 850
    e = p.explain()
    assert e.value == p.value and e.steps[0].formula == "DIPA awal − penghematan − blokir"
    assert "pagu efektif" in e.title
    assert h.penyerapan(sisa=90, basis="revisi").value == 90
    with pytest.raises(sakip.InvalidValueError, match="basis"):
        h.pagu("awal")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="penghematan"):
        sakip.RiwayatPagu(dipa_awal=10, penghematan=11)
    with pytest.raises(sakip.InvalidValueError, match="blokir"):
        sakip.RiwayatPagu(dipa_awal=10, blokir=11)
    with pytest.raises(sakip.InvalidValueError, match="realisasi"):
        h.penyerapan(realisasi=901, basis="revisi")
    with pytest.raises(sakip.InvalidTypeError, match="dipa_awal"):
        sakip.RiwayatPagu(dipa_awal=1.5)


def test_rerata_forms() -> None:
    r = sakip.rerata(["91.2", "88.4"], label="program 1")
    assert r.rumus == "rerata" and r.explain().value == r.value
    assert r.explain().steps[0].name == "rerata program 1"
    w = sakip.rerata(["100", "50"], pagu=[300, 100])
    assert w.value == D("87.5") and w.rumus == "tertimbang-pagu"
    assert w.explain().value == w.value
    assert sakip.rerata(["-5", "5"]).value == 0  # selisih E may be negative
    with pytest.raises(sakip.NotComputableError):
        sakip.rerata([])
    with pytest.raises(sakip.NotComputableError, match="pagu"):
        sakip.rerata(["1"], pagu=[0])
    with pytest.raises(sakip.InvalidValueError, match="pagu"):
        sakip.rerata(["1", "2"], pagu=[1])
    with pytest.raises(sakip.InvalidTypeError):
        sakip.rerata("91.2")
    with pytest.raises(sakip.InvalidValueError, match=r"pagu\[0\]"):
        sakip.rerata(["1"], pagu=[-1])


def test_rasio_efisiensi() -> None:
    r = sakip.rasio_efisiensi(realisasi=105, anggaran=100, label="Dinas X")
    assert r.value == 105 and r.kategori == "Tidak Efisien"  # realisasi above anggaran accepted
    assert r.explain().value == r.value
    with pytest.raises(sakip.NotComputableError):
        sakip.rasio_efisiensi(realisasi=0, anggaran=0)
    with pytest.raises(sakip.UnknownNameError):
        sakip.rasio_efisiensi(realisasi=1, anggaran=1, kategori="kepmendagri")


def test_nilai_kinerja_anggaran_and_normalised() -> None:
    n = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=100, indikator_kinerja_anggaran=50)
    assert n.value == 80 and n.kategori == "Cukup" and n.explain().value == n.value
    assert [row["bobot"] for row in n.to_rows()] == [60, 40]
    with pytest.raises(sakip.InvalidValueError):
        sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=101, indikator_kinerja_anggaran=50)
    with pytest.raises(sakip.UnknownNameError):
        sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=1, indikator_kinerja_anggaran=1,
                                     aturan="pmk-3")
    x = sakip.normalised_score({"perencanaan": ("99", "90", 50), "pelaksanaan": ("95", "95", 50)})
    assert x.value == D("105.0") and x.explain().value == x.value
    assert [row["kontribusi"] for row in x.to_rows()] == [D("55.0"), D("50")]
    with pytest.raises(sakip.InvalidValueError, match="bobot"):
        sakip.normalised_score({"a": (1, 1, 50)})
    with pytest.raises(sakip.InvalidValueError, match="components"):
        sakip.normalised_score({"a": (1, 1)}, aturan="iku-kejaksaan-2025-2029")
    with pytest.raises(sakip.InvalidTypeError):
        sakip.normalised_score({"a": (1, 1)})


def test_results_pickle_and_ignore_caller_context() -> None:
    with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN)):
        e = sakip.efisiensi_kinerja(capaian_output="106.93", capaian_input="95.16",
                                    rumus="rasio")
    assert e.printed(2) == "112,37"
    assert pickle.loads(pickle.dumps(e)) == e


def test_batch_conventions_errors() -> None:
    from sakip import batch

    with pytest.raises(sakip.BatchError, match=r"capaian_input\[1\]") as zero:
        batch.efisiensi_kinerja(capaian_output=["1", "2"], capaian_input=["1", "0"],
                                rumus="indeks")
    assert isinstance(zero.value.errors[0], sakip.NotComputableError)
    with pytest.raises(sakip.InvalidValueError, match=r"capaian_output\[0\]"):
        batch.efisiensi_kinerja(capaian_output=["-1"], capaian_input=["1"], rumus="selisih")
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        batch.efisiensi_kinerja(capaian_output=["1"], capaian_input=["1"],  # type: ignore[call-overload]
                                rumus="ratio")
    with pytest.raises(sakip.InvalidValueError, match="columns"):
        batch.efisiensi_kinerja(capaian_output=["1"], capaian_input=["1", "2"], rumus="rasio")
    with pytest.raises(sakip.InvalidValueError, match="exactly one"):
        batch.penyerapan(pagu=["1"])
    with pytest.raises(sakip.InvalidValueError, match="exactly one"):
        batch.penyerapan(pagu=["1"], realisasi=["1"], sisa=["0"])
    with pytest.raises(sakip.InvalidValueError, match=r"sisa\[0\]"):
        batch.penyerapan(pagu=["1"], sisa=["2"])
    with pytest.raises(sakip.BatchError, match=r"anggaran\[0\]") as nol:
        batch.rasio_efisiensi(realisasi=["1"], anggaran=["0"])
    assert isinstance(nol.value.errors[0], sakip.NotComputableError)
    with pytest.raises(sakip.InvalidTypeError, match="bands"):
        batch.kategori(["1"], "prkom-bpom-2021")  # type: ignore[call-overload]
    row = batch.efisiensi_kinerja_row(0, capaian_output=["110"], capaian_input=["88"],
                                      rumus="rasio", label=["SS 2"])
    assert row.value == 125 and row.label == "SS 2"


# ---------------------------------------------------------- review of issue 12


@pytest.mark.parametrize("rumus", [["rasio"], {"rasio": 1}, 3])
def test_unhashable_or_odd_rumus_is_sakips_error(rumus: object) -> None:
    """A rumus that is not a name is refused with sakip's error, per figure and per column."""
    from sakip import batch

    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1,
                                rumus=rumus)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        batch.efisiensi_kinerja(capaian_output=["1"], capaian_input=["1"],  # type: ignore[call-overload]
                                rumus=rumus)


@pytest.mark.parametrize("rumus", ["rasio", "selisih"])
@pytest.mark.parametrize("table", ["prkom-bpom-2021", "bbpom-yogyakarta-2020"])
def test_ie_table_names_refused_for_percent_conventions(rumus: str, table: str) -> None:
    """The IE tables label an index around 1: naming one for E in percent is refused.

    (Under bbpom-yogyakarta-2020 E = 99 % would otherwise be 'Efisien', as 99 > SE = 1.)
    """
    with pytest.raises(sakip.InvalidValueError, match="kategori") as info:
        sakip.efisiensi_kinerja(capaian_output=99, capaian_input=100,
                                rumus=rumus, kategori=table)  # type: ignore[arg-type]
    assert "indeks" in str(info.value)
    # An agency's own table stays possible for any convention.
    own = LabelBands(name="own", citation="an agency", years=(2024, None), confidence="CONV",
                     bands=((100, "Efisien"),), below="Tidak Efisien")
    e = sakip.efisiensi_kinerja(capaian_output=99, capaian_input=100, rumus="rasio",
                                kategori=own)
    assert e.kategori == "Tidak Efisien"


def test_category_functions_refuse_negative_values() -> None:
    """IE and the rasio efisiensi are ratios of non-negative figures: a negative one is refused."""
    with pytest.raises(sakip.InvalidValueError, match="nilai"):
        sakip.kategori_indeks_efisiensi("-0.5")
    with pytest.raises(sakip.InvalidValueError, match="nilai"):
        sakip.kategori_rasio_efisiensi(-1)


def test_normalised_score_with_aturan_checks_each_pair() -> None:
    """With a rule set each component is a (nilai, target) pair; anything else is named."""
    aturan = "iku-kejaksaan-2025-2029"
    with pytest.raises(sakip.InvalidTypeError, match="perencanaan") as info:
        sakip.normalised_score({"perencanaan": 90,  # type: ignore[dict-item]
                                "pelaksanaan": ("95", "100")}, aturan=aturan)
    assert "(nilai, target) pair" in str(info.value)
    with pytest.raises(sakip.InvalidTypeError, match=r"\(nilai, target\) pair"):
        sakip.normalised_score({"perencanaan": ("90", "90", 50),
                                "pelaksanaan": ("95", "100")}, aturan=aturan)
    with pytest.raises(sakip.InvalidTypeError, match="perencanaan"):
        sakip.normalised_score({"perencanaan": ["90", "90"],  # type: ignore[dict-item]
                                "pelaksanaan": ("95", "100")}, aturan=aturan)
    with pytest.raises(sakip.InvalidTypeError, match="aturan"):
        sakip.normalised_score({"a": (1, 1)}, aturan=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("column", ["12", b"12"])
def test_batch_refuses_text_as_a_column(column: object) -> None:
    """A string is one value, not a column of its characters."""
    from sakip import batch

    with pytest.raises(sakip.InvalidTypeError, match="capaian_input"):
        batch.efisiensi_kinerja(capaian_output=["12"], capaian_input=column,  # type: ignore[call-overload]
                                rumus="rasio")
    with pytest.raises(sakip.InvalidTypeError, match="pagu"):
        batch.penyerapan(pagu=column, sisa=["1"])  # type: ignore[call-overload]
    with pytest.raises(sakip.InvalidTypeError, match="pagu"):
        batch.efisiensi_outputs(pagu=column, realisasi=["1", "1"],  # type: ignore[call-overload]
                                capaian=["100", "100"])


def test_rasio_efisiensi_explanation_cites_the_table_in_use() -> None:
    """Under the batas-atas reading no step cites the other reading's bounds."""
    r = sakip.rasio_efisiensi(realisasi=90, anggaran=100,
                              kategori="kepmendagri-690-900-327-1996-batas-atas")
    text = r.explain().to_text("en")
    assert "bounds in the band below" in text
    assert "bounds in the band above" not in text
    text = str(r.explain())  # the citations in Bahasa Indonesia
    assert "batas masuk pita di bawahnya" in text
    assert "batas masuk pita di atasnya" not in text
    assert r.explain().value == r.value


def test_indeks_row_has_tingkat_and_kategori() -> None:
    """A notebook table of IE rows shows TE and the label beside IE (None where no label)."""
    row = sakip.efisiensi_kinerja(capaian_output="101", capaian_input="95",
                                  rumus="indeks").to_row()
    with decimal.localcontext(decimal.Context(prec=100)):
        assert row["tingkat"] == row["value"] - 1
    assert row["kategori"] == "Efisien"
    above = sakip.efisiensi_kinerja(capaian_output="190", capaian_input="100",
                                    rumus="indeks").to_row()
    assert above["kategori"] is None  # prkom-bpom-2021 says nothing above 1,81
    plain = sakip.efisiensi_kinerja(capaian_output="110", capaian_input="88",
                                    rumus="rasio").to_row()
    assert "tingkat" not in plain and "kategori" not in plain
