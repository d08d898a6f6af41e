"""Issue 11: every printed figure of a report file yields exactly one finding.

The files are generated from the format's description (``sakip.lkj.SPEC``) with
random subsets of the printed fields filled (``tests/strategies.report_files``).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip.lkj import figure_fields, input_fields
from sakip.reviu import Convention
from tests.strategies import evaluasi_renja_files, report_files, rincian_outputs


def _assert_one_to_one(data: dict[str, Any]) -> None:
    """Each checked printed field has one finding; any other finding is an input fault.

    Past the first ten Perjanjian Kinerja targets whose code has no
    ``[[indikator]]``, the rest are one finding (``pk.target``, issue 24) that
    states their exact count and their first and last place.
    """
    try:
        result = sakip.reviu(data)
    except sakip.lkj.LaporanError as error:  # pragma: no cover - the strategy is valid
        raise AssertionError(f"generated file refused: {error}") from None
    figures = figure_fields(data)
    assert len(figures) == len(set(figures))
    by_field = Counter(f.field for f in result)
    grouped = [place for place in figures if by_field[place] == 0]
    if grouped:
        (group,) = [f for f in result if f.id == "pk.target"]
        assert all(place.startswith("perjanjian_kinerja[") for place in grouped)
        assert group.reason.startswith(
            f"{len(grouped)} more targets, {grouped[0]} … {grouped[-1]} "), group.reason
        assert group.status == "not-computable" and group.printed is None
        assert sum(f.id.startswith("pk.") and f.field.startswith("perjanjian_kinerja[")
                   and f.reason.startswith("no [[indikator]]") for f in result) == 10
    for place in set(figures) - set(grouped):
        assert by_field[place] == 1, (place, [f.id for f in result if f.field == place])
    # Issue 23: a value that is an input here (nothing recomputes it) is no finding,
    # and the reviu lists it once among its inputs.
    inputs = input_fields(data)
    assert [i.field for i in result.inputs] == inputs
    assert not set(inputs) & set(figures)
    assert not [f.id for f in result if f.field in set(inputs)]
    extra = [f for f in result if f.field not in set(figures)]
    for f in extra:  # an input fault, or a table cell its totals blame (issue 23)
        assert f.status == "not-computable" or (
            f.status == "mismatch" and re.fullmatch(r"tabel\[\d+\]\.baris\[\d+\]\.nilai"
                                                    r"\[\d+\]", f.field)), (f.field, f.id)
        assert f.field, f.id


class TestOneToOne:
    """'Every printed value in a report file yields exactly one finding — never none.'"""

    @settings(max_examples=80, deadline=None)
    @given(data=report_files())
    @example(data={"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
                   "perjanjian_kinerja": [{"kode": k, "target": {f"k{i}": "1" for i in range(7)}}
                                          for k in ("awal", "revisi")]})
    def test_printed_figures_and_findings_correspond(self, data: dict[str, Any]) -> None:
        """Each checked printed field has one finding; any other finding is an input fault."""
        _assert_one_to_one(data)

    @settings(max_examples=40, deadline=None)
    @given(data=evaluasi_renja_files())
    def test_evaluasi_renja_figures_and_findings_correspond(self, data: dict[str, Any]) -> None:
        """Issue 25: the same for files of Renja evaluation tables (rows, K, Rp, footer)."""
        _assert_one_to_one(data)

    @settings(max_examples=40, deadline=None)
    @given(data=report_files())
    @example(data={"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
                   "indikator": [{"kode": "K1", "nama": "x", "polarisasi": "stabilize", "renstra": {
                       "target": {"2022": ["0,00", "0,00"]}, "target_akhir": "A"}}]})
    def test_status_verdict(self, data: dict[str, Any]) -> None:
        """exit_status is 1 exactly when some finding is a mismatch."""
        result = sakip.reviu(data)
        mismatch = any(f.status == "mismatch" for f in result)
        assert result.exit_status() == (1 if mismatch else 0)
        assert result.exit_status(strict=True) >= result.exit_status()


class TestConventionsDetected:
    """'When a printed figure ... reproduces under another named convention ... the finding
    is match-other-convention and names the convention.'"""

    @settings(max_examples=60, deadline=None)
    @given(ro=rincian_outputs(), rumus=st.sampled_from(["per-pagu", "pmk-214-2017"]),
           places=st.integers(0, 3))
    @example(ro=sakip.RincianOutput(kode="5634.QDC.011", pagu=1185, realisasi=221,
                                    capaian="18.47"), rumus="per-pagu", places=0)
    def test_printed_under_a_rumus_is_named(self, ro: sakip.RincianOutput, rumus: str,
                                            places: int) -> None:
        """E printed under any rumus, in a file that declares none, is found under it."""
        try:
            value = sakip.efisiensi([ro], rumus=rumus)  # type: ignore[arg-type]
        except sakip.NotComputableError:
            return
        printed = sakip.format_id(value.value, places)
        assert ro.capaian is not None
        data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
                "anggaran": {"output": [{
                    "kode": ro.kode, "pagu": str(ro.pagu), "realisasi": str(ro.realisasi),
                    "capaian": sakip.format_id(ro.capaian), "efisiensi": printed}]}}
        (finding,) = [f for f in sakip.reviu(data) if f.id.endswith(".efisiensi")]
        assert finding.ok, finding.reason
        assert Convention("efisiensi", rumus) in finding.reproduces_under
        # The declared (here the default) convention is tried under every rounding before
        # another convention is: when pmk-214-2017 reproduces only under another rounding
        # (E -0,97 truncated and per-pagu E -0,18 half-up both print "0"), the finding is
        # match-other-rounding, and reproduces_under still names both.
        try:
            default: Decimal | None = sakip.efisiensi([ro], rumus="pmk-214-2017").value
        except sakip.NotComputableError:  # Σ (P × CO) = 0: only per-pagu is defined
            default = None
        if default is not None and sakip.format_id(default, places) == printed:
            expected = "match"
        elif Convention("efisiensi", "pmk-214-2017") in finding.reproduces_under:
            expected = "match-other-rounding"
        else:
            expected = "match-other-convention"
        assert finding.status == expected, (finding.status, finding.reason)
        if finding.explanation is not None and finding.status == "match-other-convention":
            assert finding.explanation.value == finding.recomputed
