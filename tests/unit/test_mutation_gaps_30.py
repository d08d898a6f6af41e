"""Result-mutant gaps of the formula modules added in issue 30's turn, each pinned by a test.

The mutation command (``tools/mutation.py``) found these survivors in ``spip``,
``renja``, ``iki``, ``komponen``, ``indeks_pembangunan``, ``pemerintah_digital`` and
``indeks_kepuasan``: a refusal at an edge, a row's column names, a value the table
gives above its last row.  Each test names the mutation it kills.  Expected values are
worked by hand from the project reference (``shared/reference/regulations.md``, "reference
§n") or are the inputs themselves; none is produced by the code under test.  Refusals are
checked by their structured fields (``field``, ``received``), not by their wording.
"""

from __future__ import annotations

import types
from decimal import Decimal as D
from fractions import Fraction as F
from typing import Any

import pytest

import sakip
from sakip import (
    iki,
    indeks_kepuasan,
    indeks_pembangunan,
    komponen,
    pemerintah_digital,
    renja,
    spip,
)
from sakip.errors import InvalidValueError, SakipError
from sakip.numbers import Rounding
from sakip.pemerintah_digital import InstrumenIndeks, Rentang

MODULES = (spip, renja, iki, komponen, indeks_pembangunan, pemerintah_digital, indeks_kepuasan)


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__ for m in MODULES])
def test_dir_lists_the_public_names(module: types.ModuleType) -> None:
    """Kills ``__dir__`` returning ``list(None)`` / ``sorted(None)``: dir() is __all__."""
    assert sorted(dir(module)) == sorted(module.__all__)


# ------------------------------------------------------------------ spip


@pytest.mark.parametrize(("given", "level"), [(0, 0), (1, 1), (5, 5)])
def test_level_spip_reads_every_level_from_0_to_5(given: int, level: int) -> None:
    """Kills ``1 <= value``, ``0 < value`` and ``value < 5``: levels 0 (Belum Ada) to 5
    (Optimum) are levels (reference §8, SPIP maturity 0–5)."""
    assert sakip.level_spip(given) is sakip.LevelSPIP(level)


@pytest.mark.parametrize("given", [-1, 6])
def test_level_spip_refuses_outside_0_to_5(given: int) -> None:
    with pytest.raises(InvalidValueError) as caught:
        sakip.level_spip(given)
    assert caught.value.field == "level" and caught.value.received == given


# ------------------------------------------------------------------ renja


def test_triwulan_dari_fraksi_refuses_a_negative_target() -> None:
    """Kills ``nonnegative=None/False`` (or dropped) for ``target``: a negative target is
    refused by name, not reported as a decreasing fraction."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.triwulan_dari_fraksi(target=-4, fraksi_triwulan=["0.5"])
    assert caught.value.field == "target" and caught.value.received == -4


def test_fraksi_dari_triwulan_refuses_a_negative_target() -> None:
    """Kills ``nonnegative=None/False`` (or dropped): -4 would give a fraction of -0,5."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.fraksi_dari_triwulan(target=-4, realisasi_triwulan=[2])
    assert caught.value.field == "target" and caught.value.received == -4


@pytest.mark.parametrize(("call", "field"), [
    (lambda: sakip.fraksi_dari_triwulan(target=4, realisasi_triwulan="2"), "realisasi_triwulan"),
    (lambda: sakip.fraksi_dari_triwulan(target=4, realisasi_triwulan=[2, -1]),
     "realisasi_triwulan[1]"),
    (lambda: sakip.triwulan_dari_fraksi(target=4, fraksi_triwulan="0.5"), "fraksi_triwulan"),
    (lambda: sakip.triwulan_dari_fraksi(target=4, fraksi_triwulan=["0.5", -1]),
     "fraksi_triwulan[1]"),
], ids=["realisasi text", "realisasi negative", "fraksi text", "fraksi negative"])
def test_quarter_refusals_name_the_argument(call: Any, field: str) -> None:
    """Kills ``_triwulan(..., None)`` and the renamed field: the refusal names the argument."""
    with pytest.raises(SakipError) as caught:
        call()
    assert caught.value.field == field


def _k() -> Any:
    """Reference §12 worked example, K: TW 2; 0,8; 1,2; 0."""
    return sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                realisasi_triwulan=[2, "0.8", "1.2", 0])


def test_realisasi_renja_row_names_the_quarters() -> None:
    """Kills ``enumerate(..., start=2)`` / dropped start and the renamed ``agregasi`` column."""
    row = _k().realisasi.to_row()
    assert {k: row[k] for k in ("tw1", "tw2", "tw3", "tw4", "agregasi")} == {
        "tw1": 2, "tw2": D("0.8"), "tw3": D("1.2"), "tw4": 0, "agregasi": "flow"}
    assert "tw5" not in row and "tw0" not in row


def test_evaluasi_renja_row_leaves_a_not_computable_figure_unrounded() -> None:
    """Kills ``(figure.value is None) and False``: a zero Renstra target gives None, not an
    error, in the rounded column."""
    e = sakip.evaluasi_renja(target_renstra=0, realisasi_renstra_lalu=0, target=4,
                             realisasi_triwulan=[1, 1])
    row = e.to_row()
    assert row["capaian_renstra"] is None and row["capaian_renstra_rounded"] is None
    assert row["capaian"] == 50 and row["capaian_rounded"] == D("50.00")


def test_evaluasi_renja_rows_name_each_figure() -> None:
    """Kills the renamed ``figure`` column of ``to_rows``."""
    rows = _k().to_rows()
    assert [r["figure"] for r in rows] == ["realisasi", "realisasi_renstra", "capaian_renstra",
                                           "capaian"]


# ------------------------------------------------------------------ iki


def test_iki_option_accepts_200() -> None:
    """Kills ``number >= 200``: a nilai 0–200 includes 200."""
    assert sakip.nilai_capaian_iki(capaian=100, nilai_baik=200).value == 200
    with pytest.raises(InvalidValueError) as caught:
        sakip.nilai_capaian_iki(capaian=100, nilai_baik="200.01")
    assert caught.value.field == "nilai_baik"


def test_iki_sangat_baik_option_is_refused_by_its_name() -> None:
    """Kills ``_option(nilai_sangat_baik, None)`` and the renamed field."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.nilai_capaian_iki(capaian=105, nilai_sangat_baik=201)
    assert caught.value.field == "nilai_sangat_baik" and caught.value.received == 201


def test_iki_capaian_110_is_on_the_sangat_baik_row_not_the_maximum() -> None:
    """Kills ``capaian >= capaian_maksimum``: 120 only *above* 110 % (reference §13)."""
    n = sakip.nilai_capaian_iki(capaian=110, nilai_sangat_baik=115)
    assert n.value == 115 and n.kategori == "Sangat Baik"
    assert n.nilai_sangat_baik == 115
    step = n.explain().steps[-1]
    assert step.formula.startswith("nilai_sangat_baik") and step.value == 115


def test_iki_maximum_target_scores_120_and_is_kept() -> None:
    """Kills ``target_maksimum=None`` (stored, and in ``_derive``) and the kategori label."""
    n = sakip.nilai_capaian_iki(capaian=100, target_maksimum=True)
    assert n.target_maksimum is True and n.kategori == "Sangat Baik"
    assert n.explain().value == 120 and n.explain().steps[-1].value == 120
    assert n.to_row()["kategori"] == "Sangat Baik" and n.to_row()["target_maksimum"] is True


def test_iki_linear_row_kategori_in_the_row() -> None:
    """Kills the renamed ``kategori`` column: capaian 98 → Cukup (reference §13)."""
    row = sakip.nilai_capaian_iki(capaian=98).to_row()
    assert row["kategori"] == "Cukup" and row["value"] == 88


def test_iki_rule_rows_are_read_as_numbers() -> None:
    """Kills the mutants of the ``baris`` converter: a rule built by a caller has its rows
    as exact numbers (kategori, capaian from, to, nilai from, to)."""
    rule = iki.IKIRule(name="x", citation="c", years=(2021, None), confidence="CONV",
                       baris=(("Cukup", "80", 99, "70", 89),), capaian_baik=D(100),
                       capaian_maksimum=D(110), nilai_maksimum=D(120))
    assert rule.baris == (("Cukup", D(80), D(99), D(70), D(89)),)
    assert all(type(x) is D for x in rule.baris[0][1:])


# ------------------------------------------------------------------ komponen


def test_komponen_rows_jumlah_and_rasio() -> None:
    """Kills the renamed ``jenis``/``pembilang`` columns and the swapped ``jenis`` test:
    pembilang is the numerator of a ratio, the sum of the parts of a jumlah."""
    rasio = sakip.indikator_komponen(pembilang=3, penyebut=135).to_row()
    jumlah = sakip.indikator_komponen(pembilang=[1, 2, 3], jenis="jumlah").to_row()
    assert set(rasio) == set(jumlah) == {"jenis", "penyebut", "label", "pembilang", "value",
                                         "rounded"}
    assert (rasio["jenis"], rasio["pembilang"]) == ("rasio", 3)
    assert (jumlah["jenis"], jumlah["pembilang"]) == ("jumlah", 6)


def test_komponen_jumlah_keeps_its_label() -> None:
    """Kills ``label=None`` for a jumlah."""
    assert sakip.indikator_komponen(pembilang=[1, 2], jenis="jumlah", label="desa").label == (
        "desa")


def test_komponen_jumlah_refuses_a_single_number() -> None:
    """Kills ``not isinstance(...) and isinstance(..., str)``: 5 is not a list of parts."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.indikator_komponen(pembilang=5, jenis="jumlah")
    assert caught.value.field == "pembilang" and caught.value.received == 5


# ------------------------------------------------------------------ indeks_pembangunan


def test_ipm_at_the_goalposts_is_100() -> None:
    """Kills ``product == 1`` → 0: every index 1 (UHH 85, HLS 18, RLS 15, pengeluaran at
    its maximum 26.572.352) gives IPM (1 × 1 × 1)^(1/3) × 100 = 100 (reference §13)."""
    assert sakip.ipm(uhh=85, hls=18, rls=15, pengeluaran=26572352).value == 100


def test_ipm_row_columns() -> None:
    """Kills the renamed ``aturan``/``status`` columns: DKI Jakarta 2017 → sangat tinggi."""
    row = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707).to_row()
    assert row["aturan"] == "bps-2014" and row["status"] == "sangat tinggi"
    assert "XXaturanXX" not in row and not {k for k in row if k.isupper()}


# ------------------------------------------------------------------ pemerintah_digital

_DOMAINS = ("kebijakan_internal", "tata_kelola", "manajemen", "layanan")


def test_range_not_clamped_at_the_lowest_level_keeps_its_open_end() -> None:
    """Kills ``lower <= low``: under rounding up, 1,01 stands for (1,00; 1,01]; the index of
    four such domains is (1,00; 1,01] -- 1,00 itself is not allowed, though it is the lowest
    level."""
    s = sakip.indeks_spbe(domain=dict.fromkeys(_DOMAINS, "1.01"))
    r = s.rentang(Rounding(places=2, mode="up"))
    assert (r.lower, r.lower_inclusive, r.upper, r.upper_inclusive) == (
        D("1.00"), False, D("1.01"), True)


def test_range_not_clamped_at_the_highest_level_keeps_its_open_end() -> None:
    """Kills ``upper >= high``: under truncation 4,99 stands for [4,99; 5,00)."""
    s = sakip.indeks_spbe(domain=dict.fromkeys(_DOMAINS, "4.99"))
    r = s.rentang(Rounding(places=2, mode="down"))
    assert (r.lower, r.lower_inclusive, r.upper, r.upper_inclusive) == (
        D("4.99"), True, D("5.00"), False)


def test_ranges_that_touch_at_a_closed_end_meet() -> None:
    """Kills ``self.lower >= other.upper``: [1, 2] and [0, 1] share 1."""
    assert Rentang(lower=D(1), upper=D(2)).meets(Rentang(lower=D(0), upper=D(1)))
    assert not Rentang(lower=D(1), upper=D(2), lower_inclusive=False).meets(
        Rentang(lower=D(0), upper=D(1)))


_PEMDI_ASPEK: dict[str, int | str] = {
    "tata_kelola_dan_manajemen": "3.12", "penyelenggara": 3, "data": 3, "keamanan": 3,
    "teknologi": 3, "keterpaduan_layanan": 3, "kepuasan_pengguna": "3.5"}
#: PermenPANRB 8/2026 aspect weights (reference §13): 10, 10, 15, 15, 10, 15, 25.
_PEMDI_BOBOT = {"tata_kelola_dan_manajemen": 10, "penyelenggara": 10, "data": 15,
                "keamanan": 15, "teknologi": 10, "keterpaduan_layanan": 15,
                "kepuasan_pengguna": 25}


def test_pemdi_from_aspects_range_and_rows() -> None:
    """Kills the ``masukan == "aspek"`` mutants of ``rentang`` and ``to_rows``: the range and
    the rows of an index given by its aspects use the aspects' weights."""
    p = sakip.indeks_pemdi(aspek=_PEMDI_ASPEK)
    # Σ w × x / 100 = (31,2 + 30 + 45 + 45 + 30 + 45 + 87,5) / 100 = 3,137
    assert p.value == D("3.137")
    r = p.rentang()  # each printed aspect ± 0,005, [low, high): the index ± 0,005
    assert (r.lower, r.upper, r.lower_inclusive, r.upper_inclusive) == (
        D("3.132"), D("3.142"), True, False)
    rows = p.to_rows(Rounding(places=1))
    assert [(row["masukan"], row["nama"], row["bobot"]) for row in rows] == [
        (name, name, weight) for name, weight in _PEMDI_BOBOT.items()]
    assert rows[0]["value"] == D("3.12") and rows[0]["rounded"] == D("3.1")


def test_spbe_rows_name_each_domain_and_round_as_asked() -> None:
    """Kills the renamed ``nama``/``value`` columns and ``check_rounding(None)``."""
    s = sakip.indeks_spbe(domain={"kebijakan_internal": "3.12", "tata_kelola": "2.80",
                                  "manajemen": "2.05", "layanan": "3.41"})
    rows = s.to_rows(Rounding(places=1))
    assert set(rows[0]) == {"masukan", "nama", "bobot", "value", "rounded"}
    assert (rows[0]["nama"], rows[0]["bobot"], rows[0]["value"], rows[0]["rounded"]) == (
        "Kebijakan Internal SPBE", 13, D("3.12"), D("3.1"))


def test_instrument_refuses_a_negative_aspect_weight() -> None:
    """Kills ``nonnegative=None/False`` (or dropped) for an aspect's weight."""
    with pytest.raises(InvalidValueError) as caught:
        InstrumenIndeks(name="x", citation="c", years=(2026, None), confidence="OPEN",
                        weights=(("1", 50), ("2", 50)), nama=(("1", "a"), ("2", "b")),
                        aspek=(("a", -50, ("1",)), ("b", 50, ("2",))))
    assert caught.value.field == "aspek[a]" and caught.value.received == -50


# ------------------------------------------------------------------ indeks_kepuasan

#: Reference §13 worked example: 29 respondents, unsur totals Σ 955 → 91,48 → A.
_TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]


def test_sampel_minimum_of_one_and_above_the_table() -> None:
    """Kills ``populasi <= 1`` / ``< 2`` and the last-row index mutants: a population of 1
    needs 1; above the last row (1 000 000) the table's 384 (Krejcie–Morgan)."""
    assert sakip.sampel_minimum(1) == 1
    assert sakip.sampel_minimum(2_000_000) == 384
    with pytest.raises(InvalidValueError) as caught:
        sakip.sampel_minimum(0)
    assert caught.value.field == "populasi"


def test_ikm_answer_1_is_an_answer() -> None:
    """Kills ``lo < value``: answers run 1–4 (reference §13)."""
    r = sakip.ikm(jawaban=[[1] * 9, [4] * 9])
    assert r.value == D("2.5")


def test_ikm_refuses_a_respondent_that_is_not_a_list() -> None:
    """Kills ``not isinstance(...) and isinstance(answers, str)``: 5 is not 9 answers."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.ikm(jawaban=[[4] * 9, 5])  # type: ignore[list-item]
    assert caught.value.field == "jawaban[1]" and caught.value.received == 5


def test_ikm_refuses_totals_that_are_not_a_list() -> None:
    """Kills ``not isinstance(...) and isinstance(nilai_unsur, str)``."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.ikm(nilai_unsur=955, responden=29)  # type: ignore[arg-type]
    assert caught.value.field == "nilai_unsur" and caught.value.received == 955


def test_ikm_refuses_a_bad_count_by_its_unsur() -> None:
    """Kills ``_count(c, None)``: the refusal names the unsur's count."""
    with pytest.raises(SakipError) as caught:
        sakip.ikm(nilai_unsur=_TOTALS, responden=[29] * 8 + [-1])
    assert caught.value.field == "responden[8]"


def test_ikm_refuses_answers_with_totals() -> None:
    """Kills ``nilai_unsur is not None and responden is not None``: answers and totals
    together are refused even without responden."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.ikm(jawaban=[[4] * 9], nilai_unsur=_TOTALS)
    assert caught.value.field == "jawaban"


def test_ikm_refuses_totals_without_responden() -> None:
    """Kills ``nilai_unsur is None and responden is None``."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.ikm(nilai_unsur=_TOTALS)
    assert caught.value.field == "nilai_unsur"


def test_ikm_celah_tolak_outside_a_gap_reads_the_band() -> None:
    """Kills ``low = None`` under ``celah="tolak"``: 91,48 lies inside band A."""
    r = sakip.ikm(nilai_unsur=_TOTALS, responden=29, celah="tolak")
    assert r.mutu == "A"


def test_ikm_row_and_rows_columns() -> None:
    """Kills every renamed column of the IKM row and of its per-unsur rows, and
    ``kinerja`` always None: 91,48 → A, Sangat Baik (reference §13)."""
    r = sakip.ikm(nilai_unsur=_TOTALS, responden=29, populasi=50)
    row = r.to_row()
    assert {"aturan", "bobot", "celah", "skala", "populasi", "konversi", "mutu",
            "kinerja"} <= set(row)
    assert not {k for k in row if k.isupper() or k.startswith("XX")}
    assert (row["aturan"], row["celah"], row["skala"], row["populasi"]) == (
        "permenpanrb-14-2017", "bawah", "konversi", 50)
    assert row["mutu"] == "A" and row["kinerja"] == "Sangat Baik"
    rows = r.to_rows()
    assert set(rows[0]) == {"unsur", "nilai_unsur", "responden", "value", "rounded"}
    assert (rows[0]["nilai_unsur"], rows[0]["responden"]) == (105, 29)
    assert abs(F(rows[0]["value"]) - F(105, 29)) < F(1, 10**40)


def test_ikm_rule_tables_are_read_as_numbers() -> None:
    """Kills the mutants of the band-table converter: a rule built by a caller has its rows
    as exact numbers and its mutu as given."""
    rule = indeks_kepuasan.IKMRule(
        name="x", citation="c", years=(2017, None), confidence="CONV", unsur=("U1",),
        bobot_konvensi=(), konversi=D(25), jawaban_min=1, jawaban_max=4,
        tabel_nilai=(("3.5324", "4.00", "A"),), tabel_konversi=((D("88.31"), 100, "A"),),
        kinerja=(("A", "Sangat Baik"),))
    assert rule.tabel_nilai == ((D("3.5324"), D("4.00"), "A"),)
    assert rule.tabel_konversi == ((D("88.31"), D(100), "A"),)


def test_renja_not_computable_figures_name_their_input() -> None:
    """Each NotComputable of the form names the input that makes it so (its ``field``)."""
    none = sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                realisasi_triwulan=[None, None])
    assert none.realisasi.field == "realisasi_triwulan"  # type: ignore[union-attr]
    assert none.capaian.field == "realisasi_triwulan"  # type: ignore[union-attr]
    blank = sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=None, target=4,
                                 realisasi_triwulan=[1])
    assert blank.realisasi_renstra.field == "realisasi_renstra_lalu"  # type: ignore[union-attr]
    zero = sakip.evaluasi_renja(target_renstra=0, realisasi_renstra_lalu=0, target=0,
                                realisasi_triwulan=[1])
    assert zero.capaian_renstra.field == "target_renstra"  # type: ignore[union-attr]
    assert zero.capaian.field == "target"  # type: ignore[union-attr]
    missing = sakip.rekap_renja(capaian=[100, none.capaian], pagu=[0, 0],
                                realisasi_anggaran=[0, 0])
    assert missing.rata_rata.field == "capaian"  # type: ignore[union-attr]
    assert missing.anggaran.field == "pagu"  # type: ignore[union-attr]
    assert missing.predikat is None


def test_normalised_score_of_a_rule_set_cites_it_in_its_last_step() -> None:
    """The step that sums the terms cites the rule set the weights come from."""
    rule = sakip.rules.find("komposit-ternormalisasi", "iku-kejaksaan-2025-2029")
    r = sakip.normalised_score({"perencanaan": (90, 100), "pelaksanaan": (80, 80)},
                               aturan="iku-kejaksaan-2025-2029")
    steps = r.explain().steps
    assert steps[-1].reference == rule.citation
    assert [s.reference for s in steps[:-1]] == ["", ""]
