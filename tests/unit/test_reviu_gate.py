"""Issue 11: the reviu as a gate — statuses, exit status, conventions, decimal marks, nothing lost.

Figures of the example reports below are the seed's (``shared/seeds/000_46cdd3d7791d58bb.txt``:
Tabel efisiensi, realisasi anggaran) or worked by hand from the formulas of
``shared/reference/regulations.md`` (minimize: T = 8, R = 9 → 87,5 % by (2T − R)/T and
88,89 % by T/R, section 1).
"""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import sakip
from sakip._bahasa import tulis
from sakip.cli import main as _main
from sakip.reviu import REVIU_JSON_SCHEMA, Convention, dumps
from tests.tools import in_english

#: The command with ``--bahasa en``: these tests check its English messages.
main = in_english(_main)

HEAD = {"schema": "sakip/lkj-1", "laporan": {"instansi": "Satker Contoh", "tahun": 2023}}

# The seed's seven outputs with their printed CO (Tabel efisiensi); E printed under
# per-pagu (CO − RA/P), half-up to 2 decimals, computed by hand from the seed's pagu and
# realisasi: SCI.010 119,87 − 99,99 = 19,88 (printed 19,88 in the seed).
PER_PAGU_OUTPUTS = [
    {"kode": "5634.SCI.010", "pagu": "20.844.639.000", "realisasi": "20.842.508.719",
     "capaian": "119,87", "efisiensi": "19,88"},
    {"kode": "5634.SCI.011", "pagu": "623.798.000", "realisasi": "623.733.113",
     "capaian": "120,00", "efisiensi": "20,01"},
    {"kode": "5635.EBB.951", "pagu": "394.545.000", "realisasi": "392.700.000",
     "capaian": "100,00", "efisiensi": "0,47"},
    {"kode": "5635.EBB.971", "pagu": "199.801.000", "realisasi": "199.473.066",
     "capaian": "100,00", "efisiensi": "0,16"},
]


def report(**sections: Any) -> dict[str, Any]:
    data = copy.deepcopy(HEAD)
    data.update(copy.deepcopy(sections))
    return data


class TestExitStatus:
    """0: no mismatch; 1: a mismatch (or, strict, a not-computable); 2: unreadable."""

    def test_not_computable_alone_passes(self) -> None:
        """A corrected report whose only non-matches are not-computable exits 0, strict 1."""
        data = report(
            indikator=[{"kode": "I1", "nama": "n", "target": "1176", "realisasi": "1189",
                        "capaian": "101,11"}],
            eka={"nilai": "97,29"}, ikpa={"nilai": "91,95", "tahun": 2023},
            nka={"nilai": "95,15"})
        r = sakip.reviu(data)
        assert r.counts()["not-computable"] == 2 and r.counts()["mismatch"] == 0
        assert r.ok and r.exit_status() == 0 and r.exit_status(strict=True) == 1
        assert r.summary(bahasa="en").splitlines()[0] == (
            "4 printed figures: 2 reproduce, 0 under another rounding, 0 under another "
            "convention, 0 do not reproduce, 2 could not be checked")

    def test_cli_strict(self, tmp_path: Path) -> None:
        """The command exits 0 for it, and 1 with --strict."""
        target = tmp_path / "ok.json"
        target.write_text(json.dumps(report(eka={"nilai": "97,29"})), encoding="utf-8")
        assert main(["reviu", str(target)]) == 0
        assert main(["reviu", str(target), "--strict"]) == 1

    def test_report_without_figures_fails_only_strict(self, tmp_path: Path) -> None:
        """Only [laporan]: nothing contradicts, so 0; --strict says nothing was checked: 1."""
        target = tmp_path / "empty.json"
        target.write_text(json.dumps(report()), encoding="utf-8")
        assert sakip.reviu(report()).findings == ()
        assert main(["reviu", str(target)]) == 0
        assert main(["reviu", str(target), "--strict"]) == 1

    def test_bundled_example_still_fails(self) -> None:
        """The seed has real mistakes: exit 1."""
        assert main(["reviu", "--example", "bgp-kalsel-2023"]) == 1


class TestConventions:
    """A figure that follows another named convention is match-other-convention, named."""

    def test_per_pagu_detected_without_rumus(self) -> None:
        """Encoded without rumus_efisiensi, per-pagu figures are found and named."""
        r = sakip.reviu(report(anggaran={"output": PER_PAGU_OUTPUTS}))
        found = [f for f in r if f.id.endswith(".efisiensi")]
        assert len(found) == 4
        # CO ≠ 100 %: only per-pagu reproduces.
        for f in found[:2]:
            assert f.status == "match-other-convention", f.reason
            assert f.convention == Convention("efisiensi", "per-pagu")
            assert "per-pagu" in f.reason and "default pmk-214-2017" in f.reason
        # CO = 100 %: the two formulas coincide, the default matches, per-pagu agrees.
        for f in found[2:]:
            assert f.status == "match"
            assert Convention("efisiensi", "per-pagu") in f.reproduces_under
        assert [c for c in r.conventions() if c["topic"] == "efisiensi"] == [
            {"topic": "efisiensi", "name": "per-pagu", "figures": 4, "other_rounding": 0,
             "of": 4, "declared": False, "source": "detected"},
            {"topic": "efisiensi", "name": "pmk-214-2017", "figures": 2, "other_rounding": 0,
             "of": 4, "declared": False, "source": "default"}]
        assert "efisiensi: per-pagu (4 of 4 figures, detected)" in r.summary(bahasa="en")
        assert r.exit_status() == 0

    def test_declared_rumus_matches(self) -> None:
        """Declared per-pagu, the same figures are plain matches under the declared convention."""
        r = sakip.reviu(report(anggaran={"rumus_efisiensi": "per-pagu",
                                         "output": PER_PAGU_OUTPUTS}))
        assert {f.status for f in r} == {"match"}
        assert "efisiensi: per-pagu (4 of 4 figures, declared)" in r.summary(bahasa="en")

    def test_chain_follows_the_convention(self) -> None:
        """NE is computed from the E that reproduced (per-pagu), so it matches too."""
        row = dict(PER_PAGU_OUTPUTS[0], nilai_efisiensi="99,70", kategori="Sangat Efisien")
        r = sakip.reviu(report(anggaran={"output": [row]}))
        assert r["anggaran.output.5634.SCI.010.nilai_efisiensi"].status == "match"
        assert r["anggaran.output.5634.SCI.010.kategori"].status == "match"

    def test_minimize_t_over_r(self) -> None:
        """T = 8, R = 9 printed 88,89 (T / R) is match-other-convention naming t/r."""
        r = sakip.reviu(report(indikator=[
            {"kode": "M", "nama": "m", "polarisasi": "minimize", "target": "8",
             "realisasi": "9", "capaian": "88,89"}]))
        f = r["indikator.M.capaian"]
        assert f.status == "match-other-convention"
        assert str(f.convention) == "capaian minimize: t/r"
        assert "capaian minimize: t/r (1 of 1 figures, detected)" in r.summary(bahasa="en")
        declared = sakip.reviu(report(indikator=[
            {"kode": "M", "nama": "m", "polarisasi": "minimize", "rumus_minimize": "t/r",
             "target": "8", "realisasi": "9", "capaian": "88,89"}]))
        assert declared["indikator.M.capaian"].status == "match"

    def test_minimize_default_matches(self) -> None:
        """87,5 for T = 8, R = 9 is the (2T − R)/T default: a plain match."""
        r = sakip.reviu(report(indikator=[
            {"kode": "M", "nama": "m", "polarisasi": "minimize", "target": "8",
             "realisasi": "9", "capaian": "87,50"}]))
        assert r["indikator.M.capaian"].status == "match"

    def test_penyerapan_against_pk_pagu(self) -> None:
        """A total penyerapan printed against the initial PK's pagu names that pagu.

        Seed figures: realisasi Rp 36.586.922.278 against the PK awal's Rp 45.282.971.000
        is 80,80 % (by hand: 36586922278 / 45282971000 = 0,80796…).
        """
        r = sakip.reviu(report(
            perjanjian_kinerja=[{"kode": "awal", "total": "45.282.971.000"}],
            anggaran={"total": {"pagu": "36.716.642.000", "realisasi": "36.586.922.278",
                                "penyerapan": "80,80"}}))
        f = r["anggaran.total.penyerapan"]
        assert f.status == "match-other-convention"
        assert str(f.convention) == "basis pagu: PK awal total"

    def test_rounding_summary(self) -> None:
        """Figures whose digits tell truncation from half-up are counted per mode."""
        r = sakip.reviu(report(laporan={"instansi": "X", "tahun": 2023,
                                        "rounding": {"places": 2, "mode": "down"}},
                               indikator=[{"kode": "A", "nama": "a", "target": "1176",
                                           "realisasi": "1189", "capaian": "101,10"}]))
        assert {"topic": "rounding", "name": "down", "figures": 1, "other_rounding": 0, "of": 1,
                "declared": True, "source": "declared"} in r.conventions()

    def test_nothing_matches_stays_mismatch(self) -> None:
        """A figure no convention reproduces stays a mismatch under the declared one."""
        row = dict(PER_PAGU_OUTPUTS[0], efisiensi="5,00")
        f = sakip.reviu(report(anggaran={"output": [row]}))["anggaran.output.5634.SCI.010"
                                                            ".efisiensi"]
        assert f.status == "mismatch" and f.convention is not None
        assert f.convention.name == "pmk-214-2017"


class TestNothingLost:
    """Every printed figure yields exactly one finding."""

    def test_penyerapan_from_sisa(self) -> None:
        """A total penyerapan with pagu and sisa but no realisasi is checked (seed: 99,65)."""
        r = sakip.reviu(report(anggaran={"total": {
            "pagu": "36.716.642.000", "sisa": "129.719.722", "penyerapan": "99,65"}}))
        f = r["anggaran.total.penyerapan"]
        assert f.status == "match" and "pagu − sisa" in f.reason
        # Issue 23: pagu (no rows to sum) and sisa (no realisasi) are inputs, not figures.
        assert [(i.field, i.printed) for i in r.inputs] == [
            ("anggaran.total.pagu", "36.716.642.000"), ("anggaran.total.sisa", "129.719.722")]
        assert len(r) == 1
        assert r.exit_status(strict=True) == 0

    def test_sisa_checked(self) -> None:
        """Printed sisa beside realisasi is pagu − realisasi (seed TW IV: Rp 129.719.722)."""
        r = sakip.reviu(report(anggaran={"total": {
            "pagu": "36.716.642.000", "realisasi": "36.586.922.278", "sisa": "129.719.722"}}))
        assert r["anggaran.total.sisa"].status == "match"

    def test_penyerapan_without_inputs(self) -> None:
        """A printed penyerapan with nothing to compute it from is not-computable, not lost."""
        r = sakip.reviu(report(anggaran={"total": {"penyerapan": "99,65"}}))
        assert r["anggaran.total.penyerapan"].status == "not-computable"

    def test_fields_name_places(self) -> None:
        """Each finding names its printed value's place; the places are the file's figures."""
        data = report(anggaran={"output": PER_PAGU_OUTPUTS})
        r = sakip.reviu(data)
        assert [f.field for f in r] == sakip.lkj.figure_fields(data)


class TestFaultsStayLocal:
    """An inconsistent row is a finding on that row; totals count its amounts as printed."""

    def test_realisasi_above_pagu(self) -> None:
        """One output with realisasi above pagu does not falsify the totals."""
        rows = [dict(PER_PAGU_OUTPUTS[0], penyerapan="99,99"),
                {"kode": "5635.EBB.951", "pagu": "100", "realisasi": "120",
                 "capaian": "100,00", "efisiensi": "0,47"}]
        r = sakip.reviu(report(anggaran={"rumus_efisiensi": "per-pagu", "output": rows,
                                         "total": {"pagu": "20.844.639.100",
                                                   "realisasi": "20.842.508.839"}}))
        assert r["anggaran.total.pagu"].status == "match"
        assert r["anggaran.total.realisasi"].status == "match"
        bad = r["anggaran.output.5635.EBB.951.efisiensi"]
        assert bad.status == "not-computable" and "realisasi <= pagu" in bad.reason
        assert r["anggaran.output.5634.SCI.010.efisiensi"].status == "match"
        assert r.counts()["mismatch"] == 0

    def test_bad_code(self) -> None:
        """A code that is not an RO code: one finding on the row, kegiatan sums say why."""
        rows = [{"kode": "XX", "pagu": "10", "realisasi": "5", "penyerapan": "50,00"}]
        r = sakip.reviu(report(anggaran={"output": rows, "kegiatan": [
            {"kode": "5634", "pagu": "10"}], "total": {"pagu": "10"}}))
        assert r["anggaran.output.XX.penyerapan"].status == "match"
        assert r["anggaran.total.pagu"].status == "match"
        assert "not an RO code" in r["anggaran.kegiatan.5634.pagu"].reason


ID_WRITTEN = report(
    indikator=[{"kode": "I1", "nama": "n", "target": "1176", "realisasi": "1189",
                "capaian": "101,11"}],
    anggaran={"output": [{"kode": "5634.SCI.010", "pagu": "20.844.639.000",
                          "realisasi": "20.842.508.719", "capaian": "119,87",
                          "penyerapan": "99,99%", "efisiensi": "19,88"}],
              "total": {"pagu": "Rp 20.844.639.000,-", "penyerapan": "99,99"}})
EN_WRITTEN = copy.deepcopy(ID_WRITTEN)
EN_WRITTEN["laporan"]["angka"] = "en"
EN_WRITTEN["indikator"][0]["capaian"] = "101.11"
EN_WRITTEN["anggaran"]["output"][0].update(pagu="20,844,639,000", realisasi="20,842,508,719",
                                   capaian="119.87", penyerapan="99.99%",
                                   efisiensi="19.88")
EN_WRITTEN["anggaran"]["total"] = {"pagu": "Rp 20,844,639,000", "penyerapan": "99.99"}



class TestAngka:
    """[laporan] angka: the same report written both ways reviews the same."""

    def test_twins(self) -> None:
        """Statuses and recomputed values agree between the two writings."""
        a, b = sakip.reviu(ID_WRITTEN), sakip.reviu(EN_WRITTEN)
        assert [(f.id, f.status, f.recomputed) for f in a] == [
            (f.id, f.status, f.recomputed) for f in b]
        assert {f.status for f in b} <= {"match", "match-other-convention"}

    def test_en_refuses_id_decimals(self) -> None:
        """Under angka = "en", "4,25" is no number: refused at its place."""
        data = copy.deepcopy(EN_WRITTEN)
        data["indikator"][0]["capaian"] = "101,11"
        with pytest.raises(sakip.lkj.LaporanError, match=r"indikator\[1\]\.capaian"):
            sakip.reviu(data)

    def test_thousand_hint(self) -> None:
        """ "1,254" meant as 1254 in an Indonesian file: the reason points at the mark."""
        data = report(klaim=[{"kode": "S", "kind": "sum", "terms": ["1000", "254"],
                              "nilai": "1,254"}])
        f = sakip.reviu(data)["klaim.S"]
        assert f.status == "mismatch"
        assert "'en' decimal mark" in f.reason and "angka" in f.reason

    def test_factor_hint(self) -> None:
        """A value off by exactly 10^k says so."""
        data = report(klaim=[{"kode": "S", "kind": "sum", "terms": ["1000", "254"],
                              "nilai": "125,4"}])
        f = sakip.reviu(data)["klaim.S"]
        assert "× 10^1" in f.reason or "10^1" in f.reason


class TestMessages:
    """The message fixes of issue 11."""

    def test_rounding_words(self) -> None:
        """0 decimals round at 0,5; 1 decimal at 0,05 (singular)."""
        assert str(sakip.Rounding(places=0)) == "0 decimals, half-up (0,5 up)"
        assert str(sakip.Rounding(places=1)) == "1 decimal, half-up (0,05 up)"
        assert str(sakip.Rounding(places=2)) == "2 decimals, half-up (0,005 up)"

    def test_floats_each_at_their_place(self, tmp_path: Path) -> None:
        """Two floats are two problems, each at its place."""
        target = tmp_path / "f.toml"
        target.write_text('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
                          '[[indikator]]\nkode = "A"\nnama = "a"\ntarget = "1"\n'
                          'realisasi = 97.29\ncapaian = 1.5\n', encoding="utf-8")
        with pytest.raises(sakip.lkj.LaporanError) as info:
            sakip.lkj.load(target)
        fields = [e.field for e in info.value.errors]
        assert fields == ["indikator[1].realisasi", "indikator[1].capaian"]

    def test_missing_schema_says_which(self) -> None:
        """A missing schema line names the schema expected."""
        with pytest.raises(sakip.lkj.LaporanError,
                           match=r"schema: missing \(a required field: one of 'sakip/lkj-1'\)"):
            sakip.lkj.load({"laporan": {"instansi": "X", "tahun": 2023}})

    def test_text_table_keeps_printed_grouping(self) -> None:
        """TW IV 1176 is shown as 1176, not 1.176."""
        text = sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).to_text()
        line = next(x for x in text.splitlines() if "IKK 1.1.triwulan.4.target" in x)
        assert "1.176" not in line

    def test_chart_says_recomputed(self) -> None:
        """The HTML chart says its bars are recomputed and marks a differing printed one."""
        r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
        page = r.to_html(bahasa="en")
        assert "not the printed capaian" in page
        assert "bukan capaian tercetak" in r.to_html()
        assert "≠ printed 167,33" in r.chart_svg(bahasa="en")
        assert "≠ tercetak 167,33" in r.chart_svg()

    def test_chart_of_an_lkjip_has_its_renja_rows(self) -> None:
        """An LKjIP's indicators are its Renja rows: their K capaian of the year are charted.

        The bundled Polewali Mandar page prints 150.00, 166.67 and 97.32 (K columns, English
        marks, as the file's section declares); the chart was empty before.
        """
        r = sakip.reviu(sakip.examples.path("lkjip-renja"))
        svg = r.chart_svg(bahasa="en")
        labels = re.findall(r'font-size="11">([^<]*) % \(recomputed\)', svg)
        assert labels == ["150.00", "166.67", "97.32"]
        assert svg.count("<rect ") == 3

    def test_chart_without_capaian_says_so(self) -> None:
        """A report with no capaian to chart says so rather than drawing an empty frame."""
        r = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023}})
        assert "<rect " not in r.chart_svg()
        assert "tidak ada capaian indikator" in r.chart_svg()
        assert "no indicator capaian" in r.chart_svg(bahasa="en")


class TestManyReports:
    """sakip reviu FILE… | DIR: every report, a summary, the worst exit status."""

    def _files(self, tmp_path: Path) -> list[str]:
        a = tmp_path / "a.json"
        a.write_text(json.dumps(report(eka={"nilai": "97,29"})), encoding="utf-8")
        b = tmp_path / "b.json"
        b.write_text(json.dumps(report(klaim=[{"kode": "S", "kind": "sum", "terms": ["1"],
                                               "nilai": "2"}])), encoding="utf-8")
        broken = tmp_path / "broken.toml"
        broken.write_text("schema = [", encoding="utf-8")
        return [str(a), str(b), str(broken)]

    def test_three_files(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """a, b and broken: all reviewed, a summary, exit 2."""
        assert main(["reviu", *self._files(tmp_path)]) == 2
        captured = capsys.readouterr()
        assert "Summary of 3 reports" in captured.out
        assert "broken.toml" in captured.err
        summary = captured.out[captured.out.index("Summary of 3 reports"):]
        assert "(unreadable)" in summary and "exit status 2" in summary

    @pytest.mark.parametrize("fmt", ["markdown", "html"])
    def test_formats(self, fmt: str, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
        """Markdown and HTML carry the summary table too."""
        assert main(["reviu", *self._files(tmp_path), "--format", fmt]) == 2
        out = capsys.readouterr().out
        assert "instansi" in out and "Satker Contoh" in out

    def test_json_validates(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """JSON for several reports validates against the published schema."""
        assert main(["reviu", *self._files(tmp_path), "--format", "json"]) == 2
        document = json.loads(capsys.readouterr().out)
        jsonschema.validate(document, REVIU_JSON_SCHEMA)
        assert [r["exit_status"] for r in document["summary"]] == [0, 1, 2]
        assert document["exit_status"] == 2

    def test_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A directory reviews every report file in it; the worst status wins."""
        files = self._files(tmp_path)
        Path(files[2]).unlink()
        assert main(["reviu", str(tmp_path)]) == 1
        assert "Summary of 2 reports" in capsys.readouterr().out

    def test_single_json_validates(self) -> None:
        """One report's JSON validates too, and carries the new counts and conventions."""
        document = json.loads(dumps(sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))))
        jsonschema.validate(document, REVIU_JSON_SCHEMA)
        assert document["counts"]["match-other-convention"] == 0
        assert document["exit_status"] == 1
        assert {"topic": "efisiensi", "name": "per-pagu", "figures": 4, "other_rounding": 0,
                "of": 8, "declared": True, "source": "declared"} in document["conventions"]


def test_template_loads_and_names_checks(capsys: pytest.CaptureFixture[str]) -> None:
    """sakip template prints a skeleton naming what each figure is checked against; its
    placeholders are refused until filled (an unfilled template never passes a gate)."""
    assert main(["template"]) == 0
    text = capsys.readouterr().out
    import tomllib

    with pytest.raises(sakip.LaporanError) as caught:
        sakip.lkj.from_mapping(tomllib.loads(text))
    assert {error.received for error in caught.value.errors} == {"..."}
    sakip.lkj.from_mapping(tomllib.loads(text.replace('"..."', '"1"')))  # filled, it loads
    assert "# penyerapan (optional)" in text and "checked: recomputed from" in text
    assert text.count("[[anggaran.output]]") == 1


def test_parse_en_round_trip() -> None:
    """parse_en reads the English writing of the seed's figures."""
    assert sakip.parse_en("36,716,642,000") == Decimal("36716642000")
    assert sakip.parse_en("-1.5") == Decimal("-1.5")
    with pytest.raises(sakip.ParseError):
        sakip.parse_en("1.234,5")


def test_file_format_page_lists_every_check() -> None:
    """The file-format page's table is sakip.lkj.checks(), row for row."""
    page = (Path(__file__).parents[2] / "docs" / "reference" / "file-format.md").read_text(
        encoding="utf-8")
    for path, check in sakip.lkj.checks():
        text = check.replace("[[indikator]]", "`[[indikator]]`").replace("|", "\\|")
        assert f"| `{path}` | {text} |" in page, path


def test_progress_only_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Several reports show progress on stderr when it is a terminal, and not otherwise."""
    a = tmp_path / "a.json"
    a.write_text(json.dumps(report(eka={"nilai": "97,29"})), encoding="utf-8")
    assert main(["reviu", str(a), "--example", "bgp-kalsel-2023"]) == 1
    assert "[1/2]" not in capsys.readouterr().err
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["reviu", str(a), "--example", "bgp-kalsel-2023"]) == 1
    captured = capsys.readouterr()
    assert "[2/2]" in captured.err and "[2/2]" not in captured.out


def test_acceptance_three_toml_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sakip reviu a.toml b.toml broken.toml` reviews all three, summarises, exits 2."""
    head = 'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "Satker {0}"\ntahun = 2023\n'
    (tmp_path / "a.toml").write_text(head.format("A") + '[eka]\nnilai = "97,29"\n',
                                     encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        head.format("B") + '[[klaim]]\nkode = "S"\nkind = "sum"\nterms = ["1", "2"]\n'
        'nilai = "4"\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text("schema = [", encoding="utf-8")
    files = [str(tmp_path / n) for n in ("a.toml", "b.toml", "broken.toml")]
    assert main(["reviu", *files]) == 2
    out = capsys.readouterr().out
    summary = out[out.index("Summary of 3 reports"):].splitlines()
    rows = [line for line in summary if line.startswith(str(tmp_path))]
    assert [row.split()[-1] for row in rows] == ["0", "1", "2"]
    assert "Satker A" in rows[0] and "Satker B" in rows[1] and "(unreadable)" in rows[2]
    assert main(["reviu", *files, "--format", "json"]) == 2
    jsonschema.validate(json.loads(capsys.readouterr().out), REVIU_JSON_SCHEMA)


def test_unprinted_figure_gives_no_finding_but_its_reason() -> None:
    """An E that is not printed and not computable gives no finding; the printed NE says why."""
    rows = [{"kode": "5634.SCI.010", "pagu": "0", "realisasi": "0", "capaian": "0",
             "nilai_efisiensi": "50,00"}]
    r = sakip.reviu(report(anggaran={"output": rows}))
    assert [f.field for f in r] == ["anggaran.output[1].nilai_efisiensi"]
    f = r["anggaran.output.5634.SCI.010.nilai_efisiensi"]
    assert f.status == "not-computable" and "efisiensi is not computable: " in f.reason


def test_conventions_never_count_more_figures_than_compared(tmp_path: Path) -> None:
    # Found in the final user review: the file-format page's efficiency example summarised as
    # "efisiensi kinerja: rasio (4 of 3 figures)" -- the rerata row's efisiensi reproduces
    # under the agregat rerata *and* the rasio formula, and was counted for rasio but not in
    # the topic's total. A figure is compared once for every topic it reproduces under.
    # Figures: BPKP, Laporan Kinerja 2021, Tabel 3.23, as quoted in docs/reference/file-format.md.
    path = tmp_path / "efisiensi.toml"
    path.write_text(
        'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "Satker Contoh"\ntahun = 2021\n'
        'rounding = { places = 2, mode = "half_up" }\n'
        '[[efisiensi_kinerja]]\nkode = "Tabel 3.23"\nrumus = "rasio"\nbaris = [\n'
        '  { label = "SS 2", capaian_output = "106,93", input = [\n'
        '      { nama = "dana", capaian = "98,30", efisiensi = "108,78" },\n'
        '      { nama = "SDM", capaian = "95,16", efisiensi = "112,37" } ] },\n'
        '  { label = "SS 3", capaian_output = "103,17", input = [\n'
        '      { nama = "dana", capaian = "98,50", efisiensi = "104,74" } ] },\n]\n'
        'rerata = [\n  { label = "Rata-rata", capaian_output = "105,05", input = [\n'
        '      { nama = "dana", capaian = "98,40", efisiensi = "106,76" } ] },\n]\n',
        encoding="utf-8")
    found = {(c["topic"], c["name"]): (c["figures"], c["of"])
             for c in sakip.reviu(path).conventions()}
    assert found[("efisiensi kinerja", "rasio")] == (4, 4)
    assert found[("agregat", "rerata")] == (3, 3)
    assert all(figures <= of for figures, of in found.values())


def test_recomputed_column_in_the_printed_figures_own_mark() -> None:
    """A section that declares ``angka = "en"`` (the bundled Polewali Mandar page prints
    ``1,000,972,958`` and ``99.66``): the recomputed column writes the figure in that mark,
    as the file-format page says, not in the report's default Indonesian one."""
    r = sakip.reviu(sakip.examples.path("lkjip-renja"))
    rows = {fid: (printed, shown) for _, fid, printed, shown, _ in r._table("id")}
    assert rows["evaluasi_renja.Pengukuran Kinerja 2022.kegiatan.rp.realisasi"] == (
        "1,000,972,958", "1,000,972,958")
    assert rows["evaluasi_renja.Pengukuran Kinerja 2022.kegiatan.rp.capaian"] == ("99.66", "99.66")
    assert rows["evaluasi_renja.Renja 2025.1.rp.realisasi"] == ("49.021.000", "49.021.000")


def test_an_indicator_without_lokasi_is_placed_by_its_field() -> None:
    """No ``lokasi`` in the file: the finding has none (was the section's name "indikator"),
    so the working paper's place column shows the field, as for every other figure."""
    r = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
                     "indikator": [{"kode": "I", "nama": "n", "target": "80",
                                    "realisasi": "88", "capaian": "110,00"}]})
    [f] = r.findings
    assert (f.field, f.lokasi, f.status) == ("indikator[1].capaian", "", "match")
    assert "indikator\\[1\\].capaian" in r.to_markdown()  # brackets escaped: no link syntax


def test_a_sums_place_is_a_note_not_its_basis() -> None:
    """A table total's derivation cited its place in the report as "dasar" (a new user's review:
    a place, not a regulation); the place is a note now, and the sum has no "dasar"."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    f = r["pk.awal (Bab I).total"]
    assert f.explanation is not None and f.explanation.steps[0].name == "jumlah"
    assert f.explanation.reference == ""
    assert [tulis(n, "id") for n in f.explanation.notes] == [
        "letak di laporan: Bab I, Perjanjian Kinerja"]
    assert "dasar:" not in f.explanation.to_text("id")
