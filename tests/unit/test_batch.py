"""Unit tests for the batch API's refusals, the multi-core recipe and pickling."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal

import pytest

import sakip
from sakip import batch


def test_refusals_name_the_row() -> None:
    """Floats, NaN, underscores, negatives, excess realisasi and unequal columns are refused."""
    ok: dict[str, list[object]] = {"pagu": ["10", "20"], "realisasi": ["5", "5"],
                                   "capaian": ["100", "100"]}
    bad_cases: list[tuple[dict[str, list[object]], str]] = [
        ({"pagu": ["10", 20.0]}, "pagu[1]"),
        ({"pagu": ["10", "NaN"]}, "pagu[1]"),
        ({"pagu": ["10", "2_0"]}, "pagu[1]"),
        ({"capaian": ["100", "-1"]}, "capaian[1]"),
        ({"realisasi": ["5", "25"]}, "realisasi[1]"),
        ({"pagu": ["10", "95,15"]}, "pagu[1]"),
        ({"pagu": ["10"]}, "columns"),
    ]
    for change, field in bad_cases:
        with pytest.raises(sakip.SakipError) as info:
            batch.efisiensi_outputs(**(ok | change))  # type: ignore[call-overload]
        found = info.value.errors if isinstance(info.value, sakip.BatchError) else [info.value]
        assert [error.field for error in found] == [field], change
    with pytest.raises(sakip.BatchError) as zero:
        batch.efisiensi_outputs(pagu=["0"], realisasi=["0"], capaian=["100"], rumus="per-pagu")
    assert isinstance(zero.value.errors[0], sakip.NotComputableError)
    with pytest.raises(sakip.InvalidValueError, match="rumus"):
        batch.efisiensi_outputs(rumus="pmk-249-2011", **ok)  # type: ignore[call-overload]
    with pytest.raises(sakip.InvalidValueError):
        batch.penyerapan(pagu=["10"], realisasi=["11"])
    with pytest.raises(sakip.BatchError) as bad:
        batch.penyerapan(pagu=["0"], realisasi=["0"])
    assert isinstance(bad.value.errors[0], sakip.NotComputableError)
    assert bad.value.errors[0].field == "pagu[0]"


def test_ikpa_refusals() -> None:
    """Unknown indicators, missing columns, out-of-range and all-blank rows are refused."""
    names = sakip.ikpa_rule_for(2024).names
    cols: dict[str, list[object]] = {n: ["90", "80"] for n in names}
    assert len(batch.ikpa_satker(cols, aturan="per-5-pb-2024")) == 2  # type: ignore[arg-type]
    with pytest.raises(sakip.UnknownNameError):
        batch.ikpa_satker(cols | {"renkas": ["1", "1"]}, aturan="per-5-pb-2024")  # type: ignore[arg-type]
    with pytest.raises(sakip.UnknownNameError):
        batch.ikpa_satker(cols, aturan="per-9")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match=r"capaian_output\[1\]"):
        batch.ikpa_satker(cols | {"capaian_output": ["90", "101"]}, aturan="per-5-pb-2024")  # type: ignore[arg-type]
    with pytest.raises(sakip.BatchError, match=r"revisi_dipa\[0\]: expected Decimal"):
        batch.ikpa_satker(cols | {"revisi_dipa": [90.5, "1"]}, aturan="per-5-pb-2024")  # type: ignore[arg-type]
    with pytest.raises(sakip.BatchError) as none:
        batch.ikpa_satker({n: [None] for n in names}, aturan="per-5-pb-2024")
    assert isinstance(none.value.errors[0], sakip.NotComputableError)
    short = dict(cols)
    del short["revisi_dipa"]
    with pytest.raises(sakip.InvalidValueError, match="revisi_dipa"):
        batch.ikpa_satker(short, aturan="per-5-pb-2024")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="rows"):
        batch.ikpa_satker(cols | {"revisi_dipa": ["1"]}, aturan="per-5-pb-2024")  # type: ignore[arg-type]
    deducted = batch.ikpa_satker(cols, aturan="per-5-pb-2024",  # type: ignore[arg-type]
                                 dispensasi_spm=["0.25", "0"])
    assert deducted[0] == Decimal("89.75")
    with pytest.raises(sakip.InvalidValueError):
        batch.ikpa_satker({n: ["90"] for n in sakip.ikpa_rule_for(2023).names},
                          aturan="per-5-pb-2022", dispensasi_spm=["0.25"])
    with pytest.raises(sakip.InvalidValueError):
        batch.nka(eka=["90"], ikpa=["101"])
    with pytest.raises(sakip.UnknownNameError):
        batch.nka(eka=["90"], ikpa=["90"], aturan="x")


def _score_chunk(chunk: tuple[list[str], list[str], list[str]]) -> list[Decimal]:
    """One worker's share: the NE column of its outputs."""
    pagu, realisasi, capaian = chunk
    return batch.efisiensi_outputs(pagu=pagu, realisasi=realisasi, capaian=capaian,
                                   rumus="per-pagu")[1]


def test_multicore_recipe() -> None:
    """Splitting a run across processes gives the same column as one process."""
    pagu = [str(1000 + i) for i in range(40)]
    realisasi = [str(900 + i) for i in range(40)]
    capaian = [str(100 + i % 7) for i in range(40)]
    chunks = [(pagu[i:i + 10], realisasi[i:i + 10], capaian[i:i + 10])
              for i in range(0, 40, 10)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(_score_chunk, chunks))
    assert [x for part in parts for x in part] == _score_chunk((pagu, realisasi, capaian))


def test_values_and_results_pickle() -> None:
    """Every kind of value and result survives pickling unchanged."""
    ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=1000, realisasi=900, capaian="110")
    things: list[object] = [
        sakip.Rounding(places=1, mode="down"), ro, sakip.Predikat.A,
        sakip.capaian(target=10, realisasi=12), sakip.efisiensi([ro]),
        sakip.efisiensi([ro]).nilai, sakip.penyerapan(pagu=10, realisasi=5),
        sakip.capaian_output([(1, 2)]), sakip.konsistensi(realisasi=[1], rpd=[2]),
        sakip.eka(capaian_ro=1, penyerapan=1, nilai_efisiensi=1, konsistensi=1),
        sakip.ikpa(dict.fromkeys(sakip.ikpa_rule_for(2024).names, 90), tahun=2024),
        sakip.nka(eka=90, ikpa=80), sakip.evaluasi_akip(perencanaan=1, pengukuran=1,
                                                        pelaporan=1, evaluasi_internal=1),
        sakip.Triwulan(tahun=2023, ke=1), sakip.capaian(target=10, realisasi=12).explain(),
        sakip.reviu(sakip.examples.path("bgp-kalsel-2023")),
        sakip.rules.find("ikpa", "per-5-pb-2024"),
        sakip.InvalidValueError(field="x", expected="y", received="z"),
    ]
    for thing in things:
        copy = pickle.loads(pickle.dumps(thing))
        assert copy == thing or str(copy) == str(thing), type(thing)


def test_magnitudes_out_of_range_refused_alike() -> None:
    """Huge or tiny exponents are refused by the batch and the per-figure API alike."""
    for text in ("1e999999999", "1e-999999999"):
        with pytest.raises(sakip.InvalidValueError):
            sakip.capaian(target=text, realisasi=1)
        with pytest.raises(sakip.InvalidValueError, match="pagu"):
            sakip.RincianOutput(kode="5634.QDC.011", pagu=text, realisasi=0)
        with pytest.raises(sakip.InvalidValueError):
            batch.efisiensi_outputs(pagu=[text], realisasi=["0"], capaian=["100"])
        with pytest.raises(sakip.InvalidValueError):
            batch.penyerapan(pagu=[text], realisasi=["0"])
        names = sakip.ikpa_rule_for(2024).names
        with pytest.raises(sakip.InvalidValueError):
            batch.ikpa_satker({n: [text if n == "revisi_dipa" else "90"] for n in names},
                              aturan="per-5-pb-2024")
    assert batch.efisiensi_outputs(pagu=["1e3"], realisasi=["5e2"], capaian=["1E2"],
                                   rumus="per-pagu")[0] == [Decimal(50)]


def test_ikpa_satker_blu_column() -> None:
    """BLU rows: penyerapan must be None and is re-weighted, never 100; flags are bools.

    Worked by hand: (10 + 15 + 10 + 10 + 10) × 100 + 25 × 60 = 7000 over 80 → 87,5
    (scoring penyerapan 100 would give 90).
    """
    names = sakip.ikpa_rule_for(2024).names
    cols: dict[str, list[object]] = {n: ["100", "100"] for n in names}
    cols["capaian_output"] = ["60", "60"]
    cols["penyerapan_anggaran"] = ["100", None]
    got = batch.ikpa_satker(cols, aturan="per-5-pb-2024", blu=[False, True])  # type: ignore[arg-type]
    assert got == [Decimal(90), Decimal("87.5")]
    row = batch.ikpa_row(1, cols, aturan="per-5-pb-2024", blu=[False, True])  # type: ignore[arg-type]
    assert row.value == Decimal("87.5") and row.tidak_dinilai == ("penyerapan_anggaran",)
    with pytest.raises(sakip.InvalidValueError, match=r"penyerapan_anggaran\[0\]"):
        batch.ikpa_satker(cols, aturan="per-5-pb-2024", blu=[True, True])  # type: ignore[arg-type]
    with pytest.raises(sakip.BatchError, match=r"blu\[1\]: expected True or False"):
        batch.ikpa_satker(cols, aturan="per-5-pb-2024", blu=[False, 1])  # type: ignore[arg-type, list-item]
    with pytest.raises(sakip.InvalidValueError, match="2 rows"):
        batch.ikpa_satker(cols, aturan="per-5-pb-2024", blu=[False])  # type: ignore[arg-type]
    old = {n: ["90"] for n in sakip.ikpa_rule_for(2023).names}
    with pytest.raises(sakip.InvalidValueError, match="not retrieved"):
        batch.ikpa_satker(old, aturan="per-5-pb-2022", blu=[True])
    assert batch.ikpa_satker(old, aturan="per-5-pb-2022", blu=[False]) == [Decimal(90)]


def test_ikpa_satker_dispensasi_above_one_refused() -> None:
    """A deduction above 1 point is refused with its row, as sakip.ikpa refuses it."""
    names = sakip.ikpa_rule_for(2024).names
    cols = {n: ["90"] for n in names}
    with pytest.raises(sakip.InvalidValueError, match=r"dispensasi_spm\[0\]"):
        batch.ikpa_satker(cols, aturan="per-5-pb-2024", dispensasi_spm=["2"])
    row = batch.ikpa_row(0, cols, aturan="per-5-pb-2024", dispensasi_spm=["0.25"])
    assert row.value == Decimal("89.75")


def test_every_bad_row_in_row_order() -> None:
    """Issue 28's acceptance case: a negative pagu at row 17, a text at row 555, a blank at
    row 900 of 2 000 are reported together in row order; collecting returns 1 997 values."""
    pagu = ["1000"] * 2000
    realisasi = ["750"] * 2000
    pagu[17], pagu[555], pagu[900] = "-5", "Rp 1.000", ""
    with pytest.raises(sakip.BatchError) as info:
        batch.penyerapan(pagu=pagu, realisasi=realisasi)
    assert [error.field for error in info.value.errors] == ["pagu[17]", "pagu[555]", "pagu[900]"]
    assert str(info.value).splitlines()[0] == "3 bad rows"
    assert "write 0 when the value is zero" in str(info.value.errors[2])
    values = batch.penyerapan(pagu=pagu, realisasi=realisasi, errors="collect")
    bad = [v for v in values if isinstance(v, sakip.NotComputable)]
    assert len(values) - len(bad) == 1997
    assert [v.field for v in bad] == ["pagu[17]", "pagu[555]", "pagu[900]"]
    assert values[0] == Decimal("75")


def test_batch_error_lists_the_first_thousand() -> None:
    """The message shows the first 1 000 bad rows and counts the rest; ``errors`` has all."""
    with pytest.raises(sakip.BatchError) as info:
        batch.capaian(target=["0"] * 1500, realisasi=["1"] * 1500)
    assert len(info.value.errors) == 1500
    assert str(info.value).splitlines()[-1] == "  … and 500 more"
    with pytest.raises(sakip.InvalidValueError, match="errors"):
        batch.capaian(target=["1"], realisasi=["1"], errors="skip")  # type: ignore[arg-type]


def test_blank_cells_policy() -> None:
    """A blank cell is an error saying what to write, except where blank means not assessed."""
    with pytest.raises(sakip.BatchError, match=r"target\[0\]: expected a number \(a blank"):
        batch.capaian(target=[" "], realisasi=["1"])
    assert batch.capaian(target=["80"], realisasi=["85"], target_atas=[""]) == [
        sakip.capaian(target=80, realisasi=85).value]


def test_blank_ikpa_cell_is_not_assessed() -> None:
    """In ``ikpa_satker`` a blank cell means what ``None`` means: not assessed."""
    columns: dict[str, list[object]] = {
        "revisi_dipa": [100], "deviasi_halaman_iii_dipa": [100], "penyerapan_anggaran": [100],
        "belanja_kontraktual": [None], "penyelesaian_tagihan": [100],
        "pengelolaan_up_tup": [100], "capaian_output": [80]}
    blank = columns | {"belanja_kontraktual": [""]}
    assert batch.ikpa_satker(blank, aturan="per-5-pb-2024") == batch.ikpa_satker(  # type: ignore[arg-type]
        columns, aturan="per-5-pb-2024")  # type: ignore[arg-type]
