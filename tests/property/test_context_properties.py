"""Caller-context independence of every public function and of the whole reviu.

Style guide: "All arithmetic runs in one private decimal.Context (high precision,
traps on); the caller's context never changes a result."  The caller's context
here varies *every* attribute of :class:`decimal.Context`: prec, rounding,
Emin/Emax, capitals, clamp, traps and flags (issue 16).
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import pytest
from hypothesis import example, given, settings

import sakip
from sakip import batch
from sakip.numbers import Rounding, round_value
from sakip.reviu import dumps
from tests import strategies as s

_RO = [sakip.RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150, capaian="119.87"),
       sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000, realisasi=20760096280,
                           capaian=100)]
_IKPA: dict[str, int | str] = {
    "revisi_dipa": 100, "deviasi_halaman_iii_dipa": "91.5", "penyerapan_anggaran": "96.2",
    "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
    "capaian_output": "99.13"}


def _digits(value: object) -> object:
    """A Decimal as its exact digits (``repr`` of a Decimal follows the caller's
    ``capitals``, as Python's own; sakip's text never does)."""
    if isinstance(value, Decimal):
        return value.as_tuple()
    if isinstance(value, (list, tuple)):
        return [_digits(v) for v in value]
    return value


def _render(result: object) -> str:
    """Everything a result shows: its value's digits, explanation and printed forms."""
    if isinstance(result, sakip.Figure):
        parts = [str(_digits(result.value)), result.printed(2, "down"), result.printed(6),
                 str(_digits(result.rounded(3, "up"))), result.explain().to_text(),
                 result.explain(4, "half_even").to_markdown(), result.explain().to_html()]
    elif isinstance(result, dict):
        parts = [f"{k}: {_render(v)}" for k, v in result.items()]
    elif isinstance(result, (tuple, list)) and result and not isinstance(result[0], Decimal):
        parts = [_render(v) for v in result]
    else:
        parts = [str(_digits(result))]
    return "\n".join(parts)


#: One call of every public function (and the rounding helpers), with inputs whose
#: arithmetic is inexact, exponent-heavy or large, so a leaking context shows.
CALLS: dict[str, Callable[[], Any]] = {
    "capaian": lambda: sakip.capaian(target=1176, realisasi=1189),
    "capaian minimize": lambda: sakip.capaian(target="0.003", realisasi="1E-20",
                                              polarisasi="minimize"),
    "capaian stabilize": lambda: sakip.capaian(target=(90, 110), realisasi="123.456",
                                               polarisasi="stabilize"),
    "capaian predikat": lambda: sakip.capaian(target=sakip.Predikat.A,
                                              realisasi=sakip.Predikat.BB),
    "capaian_output": lambda: sakip.capaian_output([(100, 93), (7, 9)]),
    "capaian_renstra": lambda: sakip.capaian_renstra(
        target={2020: 1000, 2021: 1100}, realisasi={2020: 977, 2021: "1189.5"}, kumulatif=True),
    "capaian_triwulan": lambda: sakip.capaian_triwulan(
        tahun=2023, target={2: 500, 4: 1176}, realisasi={1: 200, 2: 350, 3: 300, 4: 339},
        kumulatif=True),
    "efisiensi": lambda: sakip.efisiensi(_RO),
    "efisiensi per-pagu": lambda: sakip.efisiensi(_RO, rumus="per-pagu"),
    "eka": lambda: sakip.eka(capaian_ro="100", penyerapan="99.65", nilai_efisiensi="90.73",
                             konsistensi="87.1"),
    "evaluasi_akip": lambda: sakip.evaluasi_akip(
        perencanaan="26.43", pengukuran="25.1", pelaporan="11.2", evaluasi_internal="21.7"),
    "format_id": lambda: sakip.format_id(10**48 + 1, places=2),
    "format_id tiny": lambda: sakip.format_id(Decimal("1E-20")),
    "format_rupiah": lambda: sakip.format_rupiah(10**50),
    "group": lambda: sakip.group(_RO),
    "ikpa": lambda: sakip.ikpa(_IKPA, aturan="per-5-pb-2024"),
    "kategori_efisiensi": lambda: sakip.kategori_efisiensi("53.92"),
    "kategori_ikpa": lambda: sakip.kategori_ikpa("88.995"),
    "konsistensi": lambda: sakip.konsistensi(realisasi=[1, 2, "3.5"] * 4,
                                             rpd=[1, 3, 3] * 4),
    "nilai_efisiensi": lambda: sakip.nilai_efisiensi("19.88"),
    "nka": lambda: sakip.nka(eka="91.37", ikpa="96.53"),
    "parse_dates": lambda: sakip.parse_dates("30 Des - 2 Jan 2024"),
    "parse_id": lambda: sakip.parse_id("Rp 36.716.642.000,01"),
    "penyerapan": lambda: sakip.penyerapan(pagu=36716642000, realisasi=36586922278),
    "per_triwulan": lambda: sakip.per_triwulan([((date(2023, 5, 1), date(2023, 5, 2)), "1.5")],
                                               tahun=2023),
    "percent_change": lambda: sakip.percent_change(old=1958, new=1189),
    "weighted_score": lambda: sakip.weighted_score({"a": ("91.37", 60), "b": ("96.53", 40)}),
    "round_value": lambda: round_value(Decimal("101.1054"), 2, "down"),
    "Rounding.apply": lambda: Rounding(places=20, mode="up").apply(Decimal("1E-25")),
    "batch.efisiensi_outputs": lambda: batch.efisiensi_outputs(
        pagu=["200", "1000"], realisasi=["150", "999"], capaian=["119.87", "100"]),
    "batch.penyerapan": lambda: batch.penyerapan(pagu=["3", "7"], realisasi=["1", "7"]),
    "batas_lapor_capaian_output": lambda: sakip.batas_lapor_capaian_output(
        bulan=12, tahun=2024, hari_libur=[date(2025, 1, 1)]),
    "ikpa_belanja_kontraktual": lambda: sakip.ikpa_belanja_kontraktual(
        tahun=2024, distribusi_tw2="60.3", kontrak_dini=[date(2023, 12, 20)],
        akselerasi_53=(1, 3)),
    "ikpa_capaian_output": lambda: sakip.ikpa_capaian_output(
        [sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="3")], ketepatan_waktu="99.7",
        bulan=12, tahun=2024),
    "ikpa_pengelolaan_up_tup": lambda: sakip.ikpa_pengelolaan_up_tup(
        ketepatan_waktu=100, gup_disebulankan="97.3", setoran_tup=None, up_kkp=1000,
        realisasi_kkp=[120, 503]),
    "ikpa_penyelesaian_tagihan": lambda: sakip.ikpa_penyelesaian_tagihan(tepat_waktu=9,
                                                                       jumlah=11),
    "ikpa_revisi_dipa": lambda: sakip.ikpa_revisi_dipa(semester_i=1, semester_ii=3),
    "ikpa_rule_for": lambda: sakip.ikpa_rule_for(2026).name,
    "lke": lambda: sakip.lke(dict.fromkeys(sakip.lke_codes(), "B")),
    "lke_codes": lambda: sakip.lke_codes(),
    "parse_en": lambda: sakip.parse_en("Rp 36,716,642,000.01"),
    "penyesuaian_ikpa": lambda: [p.name for p in sakip.penyesuaian_ikpa(2026)],
    "efisiensi_kinerja": lambda: sakip.efisiensi_kinerja(
        capaian_output="106.93", capaian_input="95.17", rumus="rasio", input="SDM"),
    "efisiensi_kinerja indeks": lambda: sakip.efisiensi_kinerja(
        capaian_output="100", capaian_input="99.21", rumus="indeks"),
    "kategori_indeks_efisiensi": lambda: sakip.kategori_indeks_efisiensi("1.0001"),
    "kategori_nilai_kinerja_anggaran": lambda: sakip.kategori_nilai_kinerja_anggaran("80.01"),
    "kategori_rasio_efisiensi": lambda: sakip.kategori_rasio_efisiensi("60.5"),
    "nilai_kinerja_anggaran": lambda: sakip.nilai_kinerja_anggaran(
        pengelolaan_anggaran="95.5", indikator_kinerja_anggaran="85.3"),
    "normalised_score": lambda: sakip.normalised_score(
        {"perencanaan": ("90", "91", 50), "pelaksanaan": ("95", "100", 50)}),
    "rasio_efisiensi": lambda: sakip.rasio_efisiensi(realisasi=91, anggaran=107),
    "ikm": lambda: sakip.ikm(nilai_unsur=[105, 101, 100, 116, 102, 105, 106, 105, 115],
                             responden=[29, 29, 28, 29, 29, 29, 29, 29, 30], bobot="0,1111"),
    "ipm": lambda: sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707),
    "nilai_capaian_iki": lambda: sakip.nilai_capaian_iki(capaian="71.123456789"),
    "indikator_komponen": lambda: sakip.indikator_komponen(pembilang=3, penyebut=135),
    "sampel_minimum": lambda: sakip.sampel_minimum(2001),
    "rerata": lambda: sakip.rerata(["100", "50.3"], pagu=[300, 107]),
    "indeks_spbe": lambda: sakip.indeks_spbe(domain={
        "kebijakan_internal": "3.123", "tata_kelola": "2.7777", "manajemen": "1.0001",
        "layanan": "4.99999"}),
    "indeks_pemdi": lambda: sakip.indeks_pemdi(
        indikator=dict.fromkeys(range(1, 21), 3) | {6: 1, 11: 5, 19: 2}),
    "indeks_pemdi aspek": lambda: sakip.indeks_pemdi(aspek={
        "tata_kelola_dan_manajemen": "3.3333", "penyelenggara": 1, "data": "2.6667",
        "keamanan": 5, "teknologi": "4.5", "keterpaduan_layanan": "1.7333",
        "kepuasan_pengguna": "3.4"}),
    "indeks rentang": lambda: str(sakip.indeks_spbe(domain=dict.fromkeys(
        ("kebijakan_internal", "tata_kelola", "manajemen", "layanan"), "3.33")).rentang(
        Rounding(places=2, mode="half_even"))),
    "predikat_indeks_digital": lambda: sakip.predikat_indeks_digital("2.4999999"),
    "level_spip": lambda: str(sakip.level_spip("Level 3")),
    "capaian level": lambda: sakip.capaian(target="Level 3", realisasi="Level 5"),
    "evaluasi_renja": lambda: sakip.evaluasi_renja(
        target_renstra=7, realisasi_renstra_lalu="1.1", target=3,
        realisasi_triwulan=["0.7", None, "1.3"]).to_row(),
    "triwulan_dari_fraksi": lambda: sakip.triwulan_dari_fraksi(
        target=7, fraksi_triwulan=["0.3333", "0.7"]),
    "fraksi_dari_triwulan": lambda: sakip.fraksi_dari_triwulan(
        target=7, realisasi_triwulan=[1, 2]),
    "tingkat_capaian": lambda: sakip.tingkat_capaian(nilai="90.5").to_row(),
    "rekap_renja": lambda: sakip.rekap_renja(capaian=["100", "50.3"], pagu=[3, 7],
                                             realisasi_anggaran=[1, 2]).to_row(),
    "rows": lambda: [{k: _digits(v) for k, v in row.items()} for row in sakip.rows(
        [sakip.capaian(target=1176, realisasi=1189), sakip.percent_change(old=3, new="1E-20")],
        Rounding(places=4, mode="down"))],
}


def _clean() -> dict[str, str]:
    with decimal.localcontext(decimal.Context()):
        return {name: _render(call()) for name, call in CALLS.items()}


_CLEAN: dict[str, str] = {}


class TestEveryPublicFunction:
    """Every public function gives the same digits, explanation and text under any context."""

    def test_calls_cover_the_public_functions(self) -> None:
        """Every public function of the package has a call above (new ones must join)."""
        functions = {n for n in sakip.__all__ if callable(getattr(sakip, n))
                     and type(getattr(sakip, n)).__name__ == "function"}
        covered = {name.split()[0] for name in CALLS}
        assert functions - covered <= {"reviu", "reviu_rantai", "reviu_rantai_units"}
        # the reviu, and the planning chain's (below), compare printed figures

    @settings(max_examples=25)
    @given(ctx=s.foreign_contexts())
    @example(ctx=s.HOSTILE_CONTEXT)
    @example(ctx={"prec": 1, "Emin": -1, "Emax": 1})
    @example(ctx={"capitals": 0})
    @example(ctx={"clamp": 1, "Emin": -5, "Emax": 5})
    def test_same_under_any_context(self, ctx: dict[str, Any]) -> None:
        """Each call renders identically under the hostile context and a default one."""
        if not _CLEAN:
            _CLEAN.update(_clean())
        context = decimal.Context(**ctx)
        for name, call in CALLS.items():
            with decimal.localcontext(context):
                shown = _render(call())
            assert shown == _CLEAN[name], name


class TestReviuOfTheBundledExample:
    """The reviu of the bundled example is identical, in every format, under any context."""

    _clean: ClassVar[dict[str, str]] = {}

    @staticmethod
    def _renderings() -> dict[str, str]:
        r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
        chain = sakip.reviu_rantai([sakip.examples.path("bgp-kalsel-2023")])
        return {"text": r.to_text(), "markdown": r.to_markdown(), "json": dumps(r),
                "html": r.to_html(), "rows": repr(r.to_rows()), "counts": repr(r.counts()),
                "rantai": dumps(chain)}

    @settings(max_examples=5)
    @given(ctx=s.foreign_contexts())
    @example(ctx=s.HOSTILE_CONTEXT)
    @example(ctx={"prec": 1, "Emin": -1, "Emax": 1})
    def test_identical(self, ctx: dict[str, Any]) -> None:
        """Counts, findings and text agree with a default context's."""
        if not self._clean:
            with decimal.localcontext(decimal.Context()):
                self._clean.update(self._renderings())
        with decimal.localcontext(decimal.Context(**ctx)):
            hostile = self._renderings()
        for key, text in hostile.items():
            assert text == self._clean[key], key

    def test_known_counts(self) -> None:
        """The bundled example's counts under the most hostile context are the default
        context's (issue 16 saw 85/26 match/mismatch become 61/50 under a narrow one)."""
        example = sakip.examples.path("bgp-kalsel-2023")
        with decimal.localcontext(decimal.Context()):
            expected = sakip.reviu(example).counts()
        with decimal.localcontext(decimal.Context(**s.HOSTILE_CONTEXT)):  # type: ignore[arg-type]
            counts = sakip.reviu(example).counts()
        assert counts == expected and expected["match"] > 0 and expected["mismatch"] > 0


@pytest.mark.parametrize("ctx", [s.HOSTILE_CONTEXT, {"prec": 1, "Emin": -1, "Emax": 1}])
def test_issue_reproducer_rounded(ctx: dict[str, Any]) -> None:
    """capaian(1176, 1189).rounded(2, 'down') is 101.10 (seed LKj), whatever the context."""
    with decimal.localcontext(decimal.Context(**ctx)):
        value = sakip.capaian(target=1176, realisasi=1189).rounded(2, "down")
    assert str(value) == "101.10"
