"""Property tests: the batch API gives the per-figure API's digits, row by row (issue 7)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip import batch
from sakip.ikpa import IKPA_RULES
from tests import strategies as s


class TestIdentity:
    """Batch results are identical, digit for digit, to the per-figure API."""

    @given(cols=s.output_columns(), rumus=st.sampled_from(["per-pagu", "pmk-214-2017"]),
           clip=st.booleans())
    def test_efisiensi_outputs(self, cols: dict[str, list[str]], rumus: str,
                               clip: bool) -> None:
        """E, NE and kategori of each row equal sakip.efisiensi on that row's output."""
        e, ne, kategori = batch.efisiensi_outputs(rumus=rumus, clip=clip,  # type: ignore[call-overload]
                                                  **cols)
        for i in range(len(e)):
            ro = sakip.RincianOutput(kode="5634.QDC.011", pagu=cols["pagu"][i],
                                     realisasi=cols["realisasi"][i], capaian=cols["capaian"][i])
            one = sakip.efisiensi([ro], rumus=rumus, clip=clip)  # type: ignore[arg-type]
            assert str(e[i]) == str(one.value)
            assert str(ne[i]) == str(one.nilai.value)
            assert kategori[i] == one.kategori
            row = batch.efisiensi_row(i, rumus=rumus, **cols)  # type: ignore[arg-type]
            assert row.explain().value == e[i]

    @given(cols=s.output_columns(), groups=st.integers(1, 4),
           rumus=st.sampled_from(["per-pagu", "pmk-214-2017"]))
    def test_efisiensi_satker(self, cols: dict[str, list[str]], groups: int,
                              rumus: str) -> None:
        """E per satker equals sakip.efisiensi over that satker's outputs."""
        satker = [f"S{i % groups}" for i in range(len(cols["pagu"]))]
        result = batch.efisiensi_satker(satker=satker, rumus=rumus, **cols)  # type: ignore[arg-type]
        for key, value in result.items():
            ros = [sakip.RincianOutput(kode="5634.QDC.011", pagu=p, realisasi=r, capaian=c)
                   for k, p, r, c in zip(satker, cols["pagu"], cols["realisasi"],
                                         cols["capaian"], strict=True) if k == key]
            assert str(value) == str(sakip.efisiensi(ros, rumus=rumus).value)  # type: ignore[arg-type]

    @given(cols=s.output_columns())
    def test_penyerapan(self, cols: dict[str, list[str]]) -> None:
        """Penyerapan per row equals sakip.penyerapan."""
        values = batch.penyerapan(cols["pagu"], cols["realisasi"])
        for p, r, v in zip(cols["pagu"], cols["realisasi"], values, strict=True):
            assert str(v) == str(sakip.penyerapan(pagu=p, realisasi=r).value)

    @given(data=st.data(), aturan=st.sampled_from(sorted(IKPA_RULES)))
    def test_ikpa(self, data: st.DataObject, aturan: str) -> None:
        """IKPA per row equals sakip.ikpa on that row's scores."""
        names = list(IKPA_RULES[aturan].names)
        cols = data.draw(s.ikpa_columns(names))
        values = batch.ikpa_satker(cols, aturan=aturan)
        for i, value in enumerate(values):
            one = sakip.ikpa({n: cols[n][i] for n in names}, aturan=aturan)
            assert str(value) == str(one.value)
            assert batch.ikpa_row(i, cols, aturan=aturan).value == value
        assert batch.kategori_ikpa(values) == [sakip.kategori_ikpa(v) for v in values]

    @given(a=st.lists(s.scores(), min_size=1, max_size=10), data=st.data())
    def test_nka(self, a: list[Decimal], data: st.DataObject) -> None:
        """NKA per row equals sakip.nka."""
        b = data.draw(st.lists(s.scores(), min_size=len(a), max_size=len(a)))
        for x, y, v in zip(a, b, batch.nka(a, b), strict=True):
            assert str(v) == str(sakip.nka(eka=x, ikpa=y).value)

    @given(cols=s.renja_columns())
    def test_evaluasi_renja(self, cols: dict[str, Any]) -> None:
        """Each Renja figure of row i equals sakip.evaluasi_renja on row i (reference §12);
        None where the per-row figure is not computable."""
        out = batch.evaluasi_renja(**cols)
        for i in range(len(cols["target"])):
            row = batch.evaluasi_renja_row(i, **cols)
            for name in batch.RENJA_FIGURES:
                figure = getattr(row, name)
                assert str(out[name][i]) == str(figure.value)
                assert figure.explain().value == out[name][i]

    @given(cols=s.output_columns(5), ctx=s.foreign_contexts())
    def test_independent_of_caller_context(self, cols: dict[str, list[str]],
                                           ctx: dict[str, object]) -> None:
        """A hostile caller context changes no digit."""
        clean = batch.efisiensi_outputs(pagu=cols["pagu"], realisasi=cols["realisasi"],
                                        capaian=cols["capaian"], rumus="per-pagu")
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            assert batch.efisiensi_outputs(pagu=cols["pagu"], realisasi=cols["realisasi"],
                                           capaian=cols["capaian"], rumus="per-pagu") == clean


def _same_as_figures(values: list[Any], figure: Any, rows: list[dict[str, Any]]) -> None:
    """Each value is the per-figure function's value on its row (``str`` equal: same digits),
    and each ``NotComputable`` is a row that the per-figure function refuses."""
    assert len(values) == len(rows)
    for value, row in zip(values, rows, strict=True):
        if isinstance(value, sakip.NotComputable):
            try:
                figure(**row)
            except sakip.SakipError:
                continue
            if any(isinstance(cell, str) and not cell.strip() for cell in row.values()):
                continue  # a blank cell: refused by the batch policy, not the formula
            raise AssertionError(f"{row} refused by the batch only: {value}")
        assert str(value) == str(figure(**row).value)


_PCT = s.percentages(max_value=300, places=4)


class TestEveryFormula:
    """The batch functions of every public formula give the per-figure digits (issue 28),
    and in collecting mode mark exactly the rows the per-figure function refuses."""

    @given(rows=st.lists(st.tuples(s.batch_cells(_PCT), s.batch_cells(_PCT),
                                   st.sampled_from(["maximize", "minimize"])), max_size=8))
    def test_capaian(self, rows: list[tuple[str, str, str]]) -> None:
        """Capaian (maximize and minimize), good and bad rows."""
        t, r, pol = (list(col) for col in zip(*rows, strict=True)) if rows else ([], [], [])
        values = batch.capaian(target=t, realisasi=r, polarisasi=pol, errors="collect")
        _same_as_figures(values, sakip.capaian, [
            {"target": a, "realisasi": b, "polarisasi": c} for a, b, c in rows])

    @given(rows=st.lists(st.tuples(_PCT, _PCT), max_size=8),
           polarisasi=st.sampled_from(["maximize", "minimize"]))
    def test_capaian_numbers(self, rows: list[tuple[Decimal, Decimal]], polarisasi: str) -> None:
        """Columns of numbers only (the fast path unless a target is zero)."""
        values = batch.capaian(target=[str(t) for t, _ in rows],
                               realisasi=[str(r) for _, r in rows], polarisasi=polarisasi,
                               errors="collect")
        _same_as_figures(values, sakip.capaian, [
            {"target": str(t), "realisasi": str(r), "polarisasi": polarisasi} for t, r in rows])

    @given(bands=st.lists(st.tuples(_PCT, _PCT, _PCT), min_size=1, max_size=6))
    def test_capaian_stabilize(self, bands: list[tuple[Decimal, Decimal, Decimal]]) -> None:
        """Stabilize rows take (target, target_atas) as the band."""
        rows = [(min(a, b), max(a, b), r) for a, b, r in bands]
        values = batch.capaian(target=[lo for lo, _, _ in rows], realisasi=[r for *_, r in rows],
                               target_atas=[hi for _, hi, _ in rows], polarisasi="stabilize",
                               errors="collect")
        _same_as_figures(values, sakip.capaian, [
            {"target": (lo, hi), "realisasi": r, "polarisasi": "stabilize"}
            for lo, hi, r in rows])

    @given(rows=st.lists(st.tuples(*(s.batch_cells(s.two_decimal_scores()),) * 4), max_size=6))
    def test_eka(self, rows: list[tuple[str, str, str, str]]) -> None:
        """EKA with its rule set's weights."""
        names = ("capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi")
        dicts = [dict(zip(names, row, strict=True)) for row in rows]
        values = batch.eka(errors="collect", **{n: [d[n] for d in dicts] for n in names})  # type: ignore[arg-type]
        _same_as_figures(values, sakip.eka, dicts)

    @given(rows=st.lists(s.lke_komponen(), min_size=1, max_size=6))
    def test_evaluasi_akip(self, rows: list[dict[str, Decimal]]) -> None:
        """LKE nilai and predikat."""
        result = batch.evaluasi_akip(komponen={n: [row[n] for row in rows] for n in rows[0]})
        for i, row in enumerate(rows):
            one = sakip.evaluasi_akip(**row)  # type: ignore[arg-type]
            assert str(result["nilai"][i]) == str(one.value)
            assert result["predikat"][i] == one.predikat.name

    @given(surveys=st.lists(s.ikm_surveys(), min_size=1, max_size=4))
    def test_ikm(self, surveys: list[tuple[list[int], list[int]]]) -> None:
        """IKM from unsur totals with one respondent count per survey."""
        rows = [(totals, max(counts)) for totals, counts in surveys]
        values = batch.ikm(nilai_unsur=[[totals[k] for totals, _ in rows] for k in range(9)],
                           responden=[str(count) for _, count in rows], errors="collect")
        _same_as_figures(values, sakip.ikm, [{"nilai_unsur": totals, "responden": count}
                                             for totals, count in rows])

    @given(rows=st.lists(s.ipm_components(), min_size=1, max_size=4))
    def test_ipm(self, rows: list[dict[str, Decimal]]) -> None:
        """IPM (pengeluaran in rupiah)."""
        dicts = [{"uhh": r["uhh"], "hls": r["hls"], "rls": r["rls"],
                  "pengeluaran": r["pengeluaran_ribu"] * 1000} for r in rows]
        values = batch.ipm(errors="collect", **{n: [d[n] for d in dicts] for n in dicts[0]})  # type: ignore[arg-type]
        _same_as_figures(values, sakip.ipm, dicts)

    @given(rows=st.lists(s.spbe_domains(), min_size=1, max_size=4))
    def test_indeks_spbe(self, rows: list[dict[str, Decimal]]) -> None:
        """Indeks SPBE from domain columns."""
        values = batch.indeks_spbe(domain={n: [r[n] for r in rows] for n in s.SPBE_DOMAINS},
                                   errors="collect")
        _same_as_figures(values, sakip.indeks_spbe, [{"domain": r} for r in rows])

    @given(rows=st.lists(st.tuples(s.batch_cells(_PCT), s.batch_cells(_PCT)), max_size=6))
    def test_indikator_komponen(self, rows: list[tuple[str, str]]) -> None:
        """Rasio component indicators, zero penyebut included."""
        values = batch.indikator_komponen(pembilang=[a for a, _ in rows],
                                          penyebut=[b for _, b in rows], errors="collect")
        _same_as_figures(values, sakip.indikator_komponen, [
            {"pembilang": a, "penyebut": b, "jenis": "rasio"} for a, b in rows])

    @given(rows=st.lists(st.tuples(s.batch_cells(s.two_decimal_scores()),
                                   s.batch_cells(s.two_decimal_scores())), max_size=8))
    def test_penyerapan_collect(self, rows: list[tuple[str, str]]) -> None:
        """Penyerapan with bad rows: the good ones computed, the bad ones marked."""
        values = batch.penyerapan([a for a, _ in rows], [b for _, b in rows], errors="collect")
        _same_as_figures(values, sakip.penyerapan, [{"pagu": a, "realisasi": b}
                                                    for a, b in rows])

    @given(rows=st.lists(st.tuples(s.batch_cells(s.two_decimal_scores()),
                                   s.batch_cells(s.two_decimal_scores())), max_size=8))
    def test_nka_collect(self, rows: list[tuple[str, str]]) -> None:
        """NKA with bad rows."""
        values = batch.nka([a for a, _ in rows], [b for _, b in rows], errors="collect")
        _same_as_figures(values, sakip.nka, [{"eka": a, "ikpa": b} for a, b in rows])

    @given(rows=st.lists(st.tuples(*(s.batch_cells(s.two_decimal_scores(0, 200)),) * 3),
                         max_size=6))
    def test_efisiensi_outputs_collect(self, rows: list[tuple[str, str, str]]) -> None:
        """E of each output with bad rows (realisasi above pagu among them)."""
        e, _, _ = batch.efisiensi_outputs(pagu=[r[0] for r in rows],
                                          realisasi=[r[1] for r in rows],
                                          capaian=[r[2] for r in rows], errors="collect")

        def one(pagu: str, realisasi: str, capaian: str) -> Any:
            return sakip.efisiensi([sakip.RincianOutput(kode="5634.QDC.011", pagu=pagu,
                                                        realisasi=realisasi, capaian=capaian)])

        _same_as_figures(e, one, [{"pagu": p, "realisasi": r, "capaian": c}
                                  for p, r, c in rows])
