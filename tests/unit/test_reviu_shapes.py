"""Shapes real reports print (issue 23, part G2): polarisasi in the Renstra capaian,
mean and difference klaim, percentage points, inputs computed before rounding,
indicators without a target, parentheses, pagu-only rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.reviu import Convention


def _report(**sections: Any) -> dict[str, Any]:
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2024}, **sections}


def _renstra(polarisasi: str, target: Any, realisasi: str, printed: str,
             **extra: Any) -> list[sakip.Finding]:
    ind = {"kode": "I", "nama": "n", "polarisasi": polarisasi, "target": target,
           "realisasi": realisasi, "renstra": {"kumulatif": False, "target": {
               "2024": "10" if polarisasi != "stabilize" else "85"}, "capaian": printed},
           **extra}
    return list(sakip.reviu(_report(indikator=[ind])))


# ---------------------------------------------------------------- Renstra polarisasi

def test_renstra_minimize_uses_the_indicators_formula() -> None:
    # The case: T 10, R 8, printed 120,00 was a mismatch against 80,00.
    [f] = _renstra("minimize", "10", "8", "120,00")
    assert f.status == "match" and f.recomputed == 120


def test_renstra_minimize_other_formula_is_a_named_convention() -> None:
    [f] = _renstra("minimize", "10", "8", "125,00")
    assert f.status == "match-other-convention"
    assert f.convention == sakip.Convention("capaian minimize", "t/r")


def test_renstra_minimize_declared_t_over_r() -> None:
    [f] = _renstra("minimize", "10", "8", "125,00", rumus_minimize="t/r")
    assert f.status == "match"


def test_renstra_stabilize_outside_its_range_is_not_computable() -> None:
    # The case: 95 against 85 "matched" 111,76 (R / T) outside the range.
    [f] = _renstra("stabilize", ["80", "85"], "95", "111,76")
    assert f.status == "not-computable"
    assert "stabilize" in f.reason and "renstra.target" in f.reason


def test_capaian_renstra_polarisasi_library() -> None:
    # minimize level: (2T − R) / T; kumulatif: applied to the sums.
    assert sakip.capaian_renstra(target={2024: 10}, realisasi={2024: 8}, kumulatif=False,
                                 polarisasi="minimize").value == 120
    assert sakip.capaian_renstra(target={2023: 5, 2024: 5}, realisasi={2023: 4, 2024: 4},
                                 kumulatif=True, polarisasi="minimize").value == 120
    assert sakip.capaian_renstra(target={2024: 10}, realisasi={2024: 8}, kumulatif=False,
                                 polarisasi="minimize", rumus_minimize="t/r").value == 125
    # stabilize: 100 inside the final-year range, the rumus above it (PermenPANRB 6/2022).
    inside = sakip.capaian_renstra(target={2024: ("80", "90")}, realisasi={2024: 85},
                                   kumulatif=False, polarisasi="stabilize")
    assert inside.value == 100 and inside.to_rows()[0]["target"] == "80–90"
    above = sakip.capaian_renstra(target={2024: (8, 9)}, realisasi={2024: 10},
                                  kumulatif=False, polarisasi="stabilize", rumus_minimize="t/r")
    assert above.value == 90
    with pytest.raises(InvalidValueError, match="kumulatif"):
        sakip.capaian_renstra(target={2024: (8, 9)}, realisasi={2024: 10}, kumulatif=True,
                              polarisasi="stabilize")
    with pytest.raises(InvalidTypeError, match="range"):
        sakip.capaian_renstra(target={2024: 9}, realisasi={2024: 10}, kumulatif=False,
                              polarisasi="stabilize")
    with pytest.raises(InvalidValueError, match="polarisasi"):
        sakip.capaian_renstra(target={2024: "A"}, realisasi={2024: "A"}, kumulatif=False,
                              polarisasi="minimize")
    with pytest.raises(InvalidValueError, match="polarisasi"):
        sakip.capaian_renstra(target={2024: 1}, realisasi={2024: 1}, kumulatif=False,
                              polarisasi="up")


def test_stabilize_above_the_range_honours_rumus_minimize() -> None:
    # Above U the minimize formula of the indicator applies (the reference §1.3: "each
    # with the indicator's own direction"); it was always (2U − R) / U.
    c = sakip.capaian(target=(80, 90), realisasi=95, polarisasi="stabilize",
                      rumus_minimize="t/r")
    assert str(c.rounded(2)) == "94.74"


# ---------------------------------------------------------------- klaim: mean, difference

def _klaim(*klaim: dict[str, Any], **laporan: Any) -> list[sakip.Finding]:
    data = _report(klaim=list(klaim))
    data["laporan"].update(laporan)
    return list(sakip.reviu(data))


def test_mean_klaim_unweighted() -> None:
    # A program printed as the unweighted mean of its sub-kegiatan, to 1 decimal (the
    # domain reference §9 "rerata"; §12: the footer "rata-rata capaian" is the plain mean).
    [f] = _klaim({"kode": "a", "kind": "mean", "nilai": "90,1",
                  "terms": ["85,3", "95,0", "90,0"]})
    assert f.status == "match" and f.convention == sakip.Convention("rerata",
                                                                   "tidak tertimbang")
    assert f.explanation is not None and f.explanation.value == f.recomputed
    [f] = _klaim({"kode": "a", "kind": "mean", "nilai": "90,2",
                  "terms": ["85,3", "95,0", "90,0"]})
    assert f.status == "mismatch"


def test_mean_klaim_weighted_by_a_named_column() -> None:
    weighted = {"kode": "b", "kind": "mean", "nilai": "92,00", "terms": ["80", "100"],
                "bobot": ["Rp 40", "Rp 60"], "bobot_kolom": "pagu"}
    [f] = _klaim(weighted)
    assert f.status == "match" and f.convention == sakip.Convention("rerata",
                                                                   "tertimbang pagu")
    [f] = _klaim({**weighted, "nilai": "90,00"})  # the plain mean: a named convention
    assert f.status == "match-other-convention"
    assert f.convention == sakip.Convention("rerata", "tidak tertimbang")
    assert "not under the declared tertimbang pagu" in f.reason
    [f] = _klaim({**weighted, "bobot": ["1"]})
    assert f.status == "not-computable" and "one weight per term" in f.reason
    [f] = _klaim({**weighted, "bobot": ["0", "0"]})
    assert f.status == "not-computable" and "Σ pagu is zero" in f.reason


def test_difference_klaim_and_its_direction() -> None:
    [f] = _klaim({"kode": "d", "kind": "difference", "nilai": "2,5%",
                  "terms": ["92,5%", "90%"]})
    assert f.status == "match" and f.explanation is not None
    assert "percentage points" in f.explanation.steps[0].formula
    [f] = _klaim({"kode": "d", "kind": "difference", "nilai": "2,5", "terms": ["90", "92,5"],
                  "direction": "down"})
    assert f.status == "match"
    [f] = _klaim({"kode": "d", "kind": "difference", "nilai": "2,5", "terms": ["92,5", "90"],
                  "direction": "down"})
    assert f.status == "mismatch" and "says down" in f.reason
    [f] = _klaim({"kode": "d", "kind": "difference", "nilai": "2,5", "terms": ["92,5"]})
    assert f.status == "not-computable" and "two terms" in f.reason


def test_percent_change_in_percentage_points_is_a_named_convention() -> None:
    # "penurunan sebesar 3,12 %" between 90,00 % and 86,88 %: the difference in points,
    # not the relative change (3,47 %): a convention of real reports, not a mistake.
    [f] = _klaim({"kode": "e", "kind": "percent_change", "nilai": "3,12", "old": "90,00%",
                  "new": "86,88%", "direction": "down"})
    assert f.status == "match-other-convention"
    assert f.convention == sakip.Convention("perubahan", "percentage points")
    assert "percentage points" in f.reason and "(3,47)" in f.reason
    # new − old is −3,12 points; the sentence states the direction, so the figure (and the
    # explanation's last step) is its magnitude
    assert f.explanation is not None and f.explanation.steps[0].value == Decimal("-3.12")
    assert f.explanation.value == f.recomputed == Decimal("3.12")
    [f] = _klaim({"kode": "e", "kind": "percent_change", "nilai": "3,12", "old": "90,00%",
                  "new": "93,12%", "direction": "down"})
    assert f.status == "mismatch"  # the sentence says down; the change is up
    [f] = _klaim({"kode": "e", "kind": "percent_change", "nilai": "3,47", "old": "90,00%",
                  "new": "86,88%", "direction": "down"})
    assert f.status == "match" and f.convention is None


# ---------------------------------------------------------------- input before rounding

def test_capaian_from_the_realisasi_before_rounding() -> None:
    # 97,19 follows from a realisasi in [87,45; 87,55] (87,47 / 90), not from 87,5 (97,22).
    [f] = _klaim({"kode": "f", "kind": "capaian", "nilai": "97,19", "target": "90",
                  "realisasi": "87,5"})
    assert f.status == "match-other-rounding"
    assert "[87,45, 87,55]" in f.reason and "(97,22)" in f.reason
    assert f.convention == sakip.Convention("input before rounding", "realisasi")
    assert f.explanation is not None
    [f] = _klaim({"kode": "f", "kind": "capaian", "nilai": "97,30", "target": "90",
                  "realisasi": "87,5"})
    assert f.status == "mismatch"  # outside what the interval allows
    [f] = _klaim({"kode": "f", "kind": "capaian", "nilai": "96,00", "target": "90",
                  "realisasi": "87"})
    assert f.status == "mismatch"  # a whole number is exact: no interval
    ind = {"kode": "I", "nama": "n", "target": "10", "realisasi": "8,5",
           "polarisasi": "minimize", "capaian": "115,50"}
    [f] = sakip.reviu(_report(indikator=[ind]))
    assert f.status == "match-other-rounding" and "[8,45, 8,55]" in f.reason
    [f] = sakip.reviu(_report(indikator=[{**ind, "capaian": "115,00"}]))
    assert f.status == "match"


def test_nilai_efisiensi_klaim() -> None:
    # NE = 50 + E / 20 x 50 of the printed E; NE computed before E was rounded for print
    # (Kejari Ternate's SMART figures, tests/golden/reports/kejari-ternate-2023-smart.toml).
    ne = {"kode": "ne", "kind": "nilai_efisiensi", "efisiensi": "10,74"}
    [f] = _klaim({**ne, "nilai": "76,85"})
    assert (f.status, f.recomputed) == ("match", Decimal("76.850"))
    [f] = _klaim({**ne, "nilai": "76,84"})
    assert f.status == "match-other-rounding" and "[10,735, 10,745]" in f.reason
    assert f.convention == sakip.Convention("input before rounding", "efisiensi")
    assert f.explanation is not None and f.explanation.value == f.recomputed
    [f] = _klaim({**ne, "nilai": "76,80"})
    assert f.status == "mismatch"  # outside what the interval allows
    [f] = _klaim({**ne, "efisiensi": "25", "nilai": "100"})
    assert f.status == "match"  # clipped to [0, 100] (E printed whole: exact)
    [f] = _klaim({**ne, "efisiensi": "25", "nilai": "112,50"})  # not clipped: named
    assert f.status == "match-other-convention" and f.recomputed == Decimal("112.5")
    assert f.convention == sakip.Convention("nilai efisiensi", "tanpa batas 0-100")
    [f] = _klaim({"kode": "ne", "kind": "nilai_efisiensi", "nilai": "76,84"})
    assert f.status == "not-computable" and "efisiensi" in f.reason
    with pytest.raises(sakip.lkj.LaporanError) as info:
        _klaim({**ne, "nilai": "Rp 76,84"})
    assert "klaim[1].nilai" in {e.field for e in info.value.errors}


def test_interval_under_a_truncating_report() -> None:
    [f] = _klaim({"kode": "f", "kind": "capaian", "nilai": "97,29", "target": "90",
                  "realisasi": "87,5"}, rounding={"places": 2, "mode": "down"})
    assert f.status == "match-other-rounding" and "[87,5, 87,6]" in f.reason


# ---------------------------------------------------------------- no target, parentheses

def test_indicator_without_a_target() -> None:
    ind = {"kode": "I", "nama": "n", "realisasi": "87", "capaian": "96,67",
           "triwulan": {"realisasi": {"4": "87"}}}
    data = _report(indikator=[ind], perjanjian_kinerja=[{"kode": "awal",
                                                         "target": {"I": "90"}}])
    laporan = sakip.lkj.load(data)
    assert laporan.indikator[0].target is None and laporan.indikator[0].realisasi == 87
    with pytest.raises(sakip.NotComputableError, match="no target"):
        laporan.indikator[0].capaian()
    by_field = {f.field: f for f in sakip.reviu(data)}
    capaian = by_field["indikator[1].capaian"]
    assert capaian.status == "not-computable" and "prints no target" in capaian.reason
    assert by_field["indikator[1].triwulan.realisasi.4"].status == "match"  # realisasi kept
    assert by_field["perjanjian_kinerja[1].target.I"].status == "not-computable"


def test_a_percentage_in_parentheses() -> None:
    # "... sebesar 96,56 persen (96,56%)": the figure beside its words.
    assert sakip.lkj.read_number("(96,56%)") == Decimal("96.56")
    assert sakip.lkj.printed_places("(96,56 %)") == 2
    [f] = _klaim({"kode": "k", "kind": "capaian", "nilai": "(96,67%)", "target": "90",
                  "realisasi": "87"})
    assert f.status == "match"
    # an amount in parentheses is an accounting negative: refused, never read as positive
    with pytest.raises(sakip.lkj.LaporanError, match="minus sign"):
        _klaim({"kode": "k", "kind": "sum", "nilai": "(1.234)", "terms": ["1.000", "234"]})
    with pytest.raises(sakip.ParseError):
        sakip.lkj.read_number("((96,56%))")


# ---------------------------------------------------------------- pagu-only rows

def test_pagu_only_rows() -> None:
    ang = {"output": [
        {"kode": "5634.SCI.010", "pagu": "Rp 100", "realisasi": "Rp 90", "penyerapan": "90,00"},
        {"kode": "5634.SCI.011", "pagu": "Rp 50", "penyerapan": "80,00", "sisa": "Rp 5"}],
        "kegiatan": [{"kode": "5634", "pagu": "Rp 150", "realisasi": "Rp 130"}],
        "jenis_belanja": [{"kode": "52", "pagu": "Rp 150", "penyerapan": "86,67"}],
        "total": {"pagu": "Rp 150", "realisasi": "Rp 130", "penyerapan": "86,67"}}
    by_field = {f.field: f for f in sakip.reviu(_report(anggaran=ang))}
    assert by_field["anggaran.output[1].penyerapan"].status == "match"
    for field in ("output[2].penyerapan", "output[2].sisa", "jenis_belanja[1].penyerapan"):
        found = by_field[f"anggaran.{field}"]
        assert found.status == "not-computable" and "pagu only" in found.reason
    for field in ("kegiatan[1].realisasi", "total.realisasi"):
        found = by_field[f"anggaran.{field}"]
        assert found.status == "not-computable"
        assert "anggaran.output[2] (pagu only)" in found.reason
    assert by_field["anggaran.kegiatan[1].pagu"].status == "match"
    assert by_field["anggaran.total.pagu"].status == "match"
    assert by_field["anggaran.total.penyerapan"].status == "match"  # from the printed total


# ---------------------------------------------------------------- floor and ceiling targets

@pytest.mark.parametrize(("target", "realisasi", "printed", "polarisasi"), [
    ("≥ 91", "95", "104,40", "maximize"),      # floor: T = 91 under maximize
    ("Minimal 91", "95", "104,40", "maximize"),
    ("min. 90", "95", "105,56", "maximize"),
    ("Minimal BB", "A", "120,00", "maximize"),  # a minimum predikat: ranks A 6 / BB 5
    ("≤ 5 %", "4 %", "120,00", "minimize"),     # ceiling: (2T − R) / T under minimize
    ("Maksimal 5", "4", "120,00", "minimize"),
])
def test_floor_and_ceiling_targets(target: str, realisasi: str, printed: str,
                                   polarisasi: str) -> None:
    ind = {"kode": "I", "nama": "n", "target": target, "realisasi": realisasi,
           "capaian": printed}
    laporan = sakip.lkj.load(_report(indikator=[ind]))
    assert laporan.indikator[0].polarisasi == polarisasi
    assert laporan.indikator[0].batas == sakip.lkj.target_batas(target)[0]
    [f] = sakip.reviu(laporan)
    assert f.status == "match" and "T is its bound" in f.reason


def test_floor_and_ceiling_refusals_and_pk() -> None:
    ind = {"kode": "I", "nama": "n", "target": "≤ 5", "realisasi": "4",
           "polarisasi": "maximize"}
    with pytest.raises(sakip.lkj.LaporanError, match="maksimal target under polarisasi"):
        sakip.lkj.load(_report(indikator=[ind]))
    with pytest.raises(sakip.lkj.LaporanError, match=r"indikator\[1\]\.target"):
        sakip.lkj.load(_report(indikator=[{**ind, "target": "Maksimal5",
                                           "polarisasi": "minimize"}]))
    # the PK prints the floor as the indicator does
    data = _report(indikator=[{**ind, "target": "≥ 91", "polarisasi": "maximize"}],
                   perjanjian_kinerja=[{"kode": "awal", "target": {"I": "≥ 91"}}])
    [pk] = sakip.reviu(data)
    assert pk.status == "match"


# ---------------------------------------------------------------- mean-only efficiency rows

def _efisiensi(tab: dict[str, Any]) -> dict[str, sakip.Finding]:
    return {f.field: f for f in sakip.reviu(_report(efisiensi_kinerja=[tab]))}


def test_a_table_that_prints_only_its_mean() -> None:
    # The BPKP 2021 Tabel 3.23 percentages (domain reference §9) in a "rata-rata" row
    # printed alone: E = CO / CI × 100 follows from the row's own percentages.
    tab = {"kode": "T", "rumus": "rasio", "rerata": [{
        "label": "Rata-rata", "capaian_output": "103,17",
        "input": [{"nama": "dana", "capaian": "98,50", "efisiensi": "104,74"}]}]}
    found = _efisiensi(tab)
    at = "efisiensi_kinerja[1].rerata[1]"
    assert found[f"{at}.input[1].efisiensi"].status == "match"
    for field in ("capaian_output", "input[1].capaian"):
        assert found[f"{at}.{field}"].status == "not-computable"
        assert "only the mean" in found[f"{at}.{field}"].reason


def test_a_mean_whose_rows_are_not_all_printed() -> None:
    # Today a false alarm: the mean of the one printed row is not the printed mean.
    row = {"label": "SS 2", "capaian_output": "106,93",
           "input": [{"nama": "dana", "capaian": "98,30", "efisiensi": "108,78"}]}
    mean = {"label": "Rata-rata", "capaian_output": "103,17",
            "input": [{"nama": "dana", "capaian": "98,50", "efisiensi": "104,74"}]}
    at = "efisiensi_kinerja[1].rerata[1]"
    full = _efisiensi({"kode": "T", "rumus": "rasio", "baris": [row], "rerata": [mean]})
    assert full[f"{at}.capaian_output"].status == "mismatch"  # said complete: a mistake
    partial = _efisiensi({"kode": "T", "rumus": "rasio", "baris": [row],
                          "rerata": [{**mean, "lengkap": False}]})
    assert partial[f"{at}.capaian_output"].status == "not-computable"
    assert "lengkap = false" in partial[f"{at}.capaian_output"].reason
    assert partial[f"{at}.input[1].efisiensi"].status == "match"
    assert not any(f.status == "mismatch" for f in partial.values())


# ---------------------------------------------------------------- negative values

def test_negative_realisasi_where_the_formula_keeps_its_meaning() -> None:
    # growth −2 % against a target of 5 %: R / T = −40 %; inflation −1 % against 3 %
    # (minimize): (2T − R) / T = 233,33 %
    assert sakip.capaian(target=5, realisasi=-2).value == -40
    assert str(sakip.capaian(target=3, realisasi=-1, polarisasi="minimize").rounded(2)) == (
        "233.33")
    with pytest.raises(InvalidValueError, match="T / R"):
        sakip.capaian(target=3, realisasi=-1, polarisasi="minimize", rumus_minimize="t/r")
    with pytest.raises(InvalidValueError, match="negative target"):
        sakip.capaian(target=-2, realisasi=-1)
    # in a report file a wrong figure in such a row is now checked, not refused
    ind = {"kode": "I", "nama": "Pertumbuhan", "target": "5", "realisasi": "-2",
           "capaian": "-40,00"}
    [f] = sakip.reviu(_report(indikator=[ind]))
    assert f.status == "match"
    [f] = sakip.reviu(_report(indikator=[{**ind, "capaian": "40,00"}]))
    assert f.status == "mismatch"
    [f] = sakip.reviu(_report(indikator=[{**ind, "target": "-5"}]))
    assert f.status == "not-computable" and "negative target" in f.reason


def test_capaian_of_averaged_target_and_realisasi() -> None:
    # rows 90 of 80 and 85 of 90: the means 87,5 of 85 give 102,94; the mean of the rows'
    # capaian (112,5 and 94,44…) gives 103,47, a named convention.
    claim = {"kode": "a", "kind": "capaian_rerata", "target_terms": ["80", "90"],
             "terms": ["90", "85"]}
    [f] = _klaim({**claim, "nilai": "102,94"})
    assert f.status == "match"
    assert f.convention == sakip.Convention("capaian rerata", "capaian of the means")
    [f] = _klaim({**claim, "nilai": "103,47"})
    assert f.status == "match-other-convention"
    assert f.convention == sakip.Convention("capaian rerata", "mean of the capaian")
    [f] = _klaim({**claim, "nilai": "99,00"})
    assert f.status == "mismatch"
    [f] = _klaim({**claim, "nilai": "99,00", "target_terms": ["80"]})
    assert f.status == "not-computable" and "one of each per row" in f.reason


def test_a_pagu_weighted_mean_over_rows_without_pagu_is_not_a_crash() -> None:
    """A rerata E mended from a wrong row under tertimbang-pagu, rows without pagu: no KeyError.

    Found by the one-to-one property (a generated table, agregat tertimbang-pagu, no pagu).
    """
    result = sakip.reviu({
        "schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023, "angka": "id"},
        "efisiensi_kinerja": [{"kode": "K1", "agregat": "tertimbang-pagu", "baris": [
            {"label": "x-1", "capaian_output": "0,00", "input": [
                {"nama": "x-1", "capaian": "0,01", "efisiensi": "0,01"},
                {"nama": "x-2", "capaian": "0,00"}]}],
            "rerata": [{"label": "x-1", "capaian_output": "0,00", "input": [
                {"nama": "x-1", "capaian": "0,00", "efisiensi": "0,00"}]}]}]})
    finding = next(f for f in result if f.field == "efisiensi_kinerja[1].rerata[1].input[1]"
                   ".efisiensi")
    # the row's printed E 0,01 is the mismatch (rasio 0,00 ÷ 0,01 gives 0); the mean's 0,00
    # cannot be weighted without pagu, and follows from its own percentages under selisih
    assert (finding.status, finding.convention) == (
        "match-other-convention", Convention("efisiensi kinerja", "selisih"))
