"""Property tests: the batch API gives the per-figure API's digits, row by row (issue 7)."""

from __future__ import annotations

import decimal
import operator
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
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
        result = batch.efisiensi_satker(satker=satker, rumus=rumus, **cols)  # type: ignore[call-overload]
        for key, value in result.items():
            ros = [sakip.RincianOutput(kode="5634.QDC.011", pagu=p, realisasi=r, capaian=c)
                   for k, p, r, c in zip(satker, cols["pagu"], cols["realisasi"],
                                         cols["capaian"], strict=True) if k == key]
            assert str(value) == str(sakip.efisiensi(ros, rumus=rumus).value)  # type: ignore[arg-type]

    @given(cols=s.output_columns())
    def test_penyerapan(self, cols: dict[str, list[str]]) -> None:
        """Penyerapan per row equals sakip.penyerapan."""
        values = batch.penyerapan(pagu=cols["pagu"], realisasi=cols["realisasi"])
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
        for x, y, v in zip(a, b, batch.nka(eka=a, ikpa=b), strict=True):
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


def _same_as_figures(values: list[Any], figure: Any, rows: list[dict[str, Any]],
                     value: Callable[[Any], Any] = operator.attrgetter("value")) -> None:
    """Each value is the per-figure function's value on its row (``str`` equal: same digits),
    and each ``NotComputable`` is a row that the per-figure function refuses."""
    assert len(values) == len(rows)
    for got, row in zip(values, rows, strict=True):
        if isinstance(got, sakip.NotComputable):
            try:
                figure(**row)
            except sakip.SakipError:
                continue
            if any(isinstance(cell, str) and not cell.strip() for cell in row.values()):
                continue  # a blank cell: refused by the batch policy, not the formula
            raise AssertionError(f"{row} refused by the batch only: {got}")
        assert str(got) == str(value(figure(**row)))


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
        values = batch.penyerapan(pagu=[a for a, _ in rows], realisasi=[b for _, b in rows],
                                  errors="collect")
        _same_as_figures(values, sakip.penyerapan, [{"pagu": a, "realisasi": b}
                                                    for a, b in rows])

    @given(rows=st.lists(st.tuples(s.batch_cells(s.two_decimal_scores()),
                                   s.batch_cells(s.two_decimal_scores())), max_size=8))
    def test_nka_collect(self, rows: list[tuple[str, str]]) -> None:
        """NKA with bad rows."""
        values = batch.nka(eka=[a for a, _ in rows], ikpa=[b for _, b in rows], errors="collect")
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


#: Scores of 50 significant digits, where a sum in the wrong context rounds differently.
_LONG = st.decimals(min_value=10, max_value=100, places=48, allow_nan=False,
                    allow_infinity=False)
_POLARISASI = st.sampled_from(["maximize", "minimize", "stabilize"])
#: The column-wise tests' examples: each test reaches both paths (all good, one bad) often.
_FEW = settings(max_examples=30)


class TestColumnWise:
    """The column-wise paths and the functions issue 28's second part added give the
    per-figure digits; in collecting mode exactly the rows the per-figure function refuses
    are marked (issue 28)."""

    @_FEW
    @given(rows=st.lists(st.tuples(s.batch_cells(_PCT), s.batch_cells(_PCT),
                                   st.one_of(st.none(), s.batch_cells(_PCT)), _POLARISASI),
                         max_size=6),
           rumus=st.sampled_from(["2t-r", "t/r"]), cap=st.sampled_from([None, 100, "150"]),
           floor=st.sampled_from([None, 0]))
    def test_capaian_every_option(self, rows: list[tuple[str, str, str | None, str]],
                                  rumus: str, cap: object, floor: object) -> None:
        """Any polarisasi per row, bands, ``t/r``, cap and floor."""
        t, r, atas, pol = (list(c) for c in zip(*rows, strict=True)) if rows else (
            [], [], [], [])
        values = batch.capaian(target=t, realisasi=r, target_atas=atas, polarisasi=pol,
                               rumus_minimize=rumus, cap=cap, floor=floor,  # type: ignore[arg-type]
                               errors="collect")

        def one(target: str, realisasi: str, target_atas: str | None, polarisasi: str) -> Any:
            band = target if target_atas is None or not target_atas.strip() else (
                target, target_atas)
            return sakip.capaian(target=band, realisasi=realisasi, polarisasi=polarisasi,
                                 rumus_minimize=rumus, cap=cap, floor=floor)  # type: ignore[arg-type]

        _same_as_figures(values, one, [
            {"target": a, "realisasi": b, "target_atas": c, "polarisasi": d}
            for a, b, c, d in rows])

    @_FEW
    @given(rows=st.lists(st.tuples(*(st.one_of(_LONG, s.two_decimal_scores()),) * 4),
                         min_size=1, max_size=6),
           aturan=st.sampled_from(["pmk-22-2021", "pmk-214-2017"]))
    def test_eka_long_digits(self, rows: list[tuple[Decimal, ...]], aturan: str) -> None:
        """EKA column-wise, 50-digit scores included (the composite's exact sums)."""
        names = ("capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi")
        dicts = [dict(zip(names, map(str, row), strict=True)) for row in rows]
        values = batch.eka(aturan=aturan, **{n: [d[n] for d in dicts] for n in names})  # type: ignore[arg-type]
        _same_as_figures(values, lambda **row: sakip.eka(aturan=aturan, **row), dicts)

    @_FEW
    @given(rows=st.lists(st.tuples(_LONG, _LONG), min_size=1, max_size=6))
    def test_nka_long_digits(self, rows: list[tuple[Decimal, Decimal]]) -> None:
        """NKA of 50-digit scores: the sums exact as in sakip.nka (they were rounded)."""
        values = batch.nka(eka=[a for a, _ in rows], ikpa=[b for _, b in rows])
        _same_as_figures(values, sakip.nka, [{"eka": a, "ikpa": b} for a, b in rows])

    @_FEW
    @given(rows=st.lists(st.tuples(*(s.batch_cells(s.two_decimal_scores(0, 32)),) * 4),
                         max_size=6))
    def test_evaluasi_akip_collect(self, rows: list[tuple[str, ...]]) -> None:
        """LKE nilai and predikat with bad rows (points above a component's weight too)."""
        names = ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")
        dicts = [dict(zip(names, row, strict=True)) for row in rows]
        result = batch.evaluasi_akip(komponen={n: [d[n] for d in dicts] for n in names},
                                     errors="collect")
        _same_as_figures(result["nilai"], sakip.evaluasi_akip, dicts)
        _same_as_figures(result["predikat"], sakip.evaluasi_akip, dicts,
                         value=lambda r: r.predikat.name)

    @_FEW
    @given(cells=st.lists(s.batch_cells(s.two_decimal_scores(0, 101)), max_size=8))
    def test_predikat(self, cells: list[str]) -> None:
        """Predikat from nilai, as Predikat.from_nilai (the band edges 30, 50 … 90 included)."""
        cells = [*cells, "90", "90.01", "30", "0", "100"]
        _same_as_figures(batch.predikat(nilai=cells, errors="collect"),
                         lambda nilai: sakip.Predikat.from_nilai(nilai),
                         [{"nilai": c} for c in cells], value=operator.attrgetter("name"))

    @_FEW
    @given(cells=st.lists(s.batch_cells(_PCT), max_size=6),
           celah=st.sampled_from(["bawah", "atas", "tolak"]))
    def test_tingkat_capaian(self, cells: list[str], celah: str) -> None:
        """The Renja evaluation's tingkat capaian labels."""
        _same_as_figures(batch.tingkat_capaian(nilai=cells, celah=celah, errors="collect"),
                         lambda nilai: sakip.tingkat_capaian(nilai=nilai, celah=celah),  # type: ignore[arg-type]
                         [{"nilai": c} for c in cells], value=operator.attrgetter("label"))

    @_FEW
    @given(cells=st.lists(st.sampled_from(["Level 3", "level 5", 0, 4, "3.21", "", "Level 9"]),
                          max_size=6))
    def test_level_spip(self, cells: list[object]) -> None:
        """SPIP levels as printed."""
        _same_as_figures(batch.level_spip(level=cells, errors="collect"),  # type: ignore[arg-type]
                         sakip.level_spip, [{"value": c} for c in cells],
                         value=lambda level: level)

    @_FEW
    @given(rows=st.lists(st.tuples(st.sampled_from(["A", "B", "C"]),
                                   s.batch_cells(s.two_decimal_scores(0, 200)),
                                   s.batch_cells(s.two_decimal_scores(0, 200)),
                                   st.sampled_from([None, "", "statis", "dinamis", "x"])),
                         max_size=8),
           metode=st.sampled_from(["geometric", "arithmetic"]),
           cap=st.sampled_from([None, 100]))
    def test_capaian_output_satker(self, rows: list[tuple[str, str, str, str | None]],
                                   metode: str, cap: int | None) -> None:
        """Capaian output per satker equals sakip.capaian_output over its rows; a satker
        is not computable exactly when one of its rows is refused."""
        values = batch.capaian_output_satker(
            satker=[r[0] for r in rows], realisasi=[r[1] for r in rows],
            target=[r[2] for r in rows], tipe=[r[3] for r in rows], metode=metode,  # type: ignore[arg-type]
            cap=cap, errors="collect")
        assert list(values) == list(dict.fromkeys(r[0] for r in rows))
        _same_as_figures(list(values.values()), lambda items: sakip.capaian_output(
            items, metode=metode, cap=cap), [  # type: ignore[arg-type]
            {"items": [(r[1], r[2]) if not r[3] else (r[1], r[2], r[3]) for r in rows
                       if r[0] == key]} for key in values])

    @_FEW
    @given(rows=st.lists(st.tuples(s.batch_cells(_PCT), s.batch_cells(_PCT)), max_size=6),
           rumus=s.rumus_kinerja())
    def test_efisiensi_kinerja_and_rasio(self, rows: list[tuple[str, str]], rumus: str) -> None:
        """E / IE per row and the rasio efisiensi belanja, good and bad rows."""
        a, b = [r[0] for r in rows], [r[1] for r in rows]
        _same_as_figures(batch.efisiensi_kinerja(capaian_output=a, capaian_input=b,
                                                 rumus=rumus, errors="collect"),  # type: ignore[call-overload]
                         lambda **row: sakip.efisiensi_kinerja(rumus=rumus, **row),  # type: ignore[arg-type]
                         [{"capaian_output": x, "capaian_input": y} for x, y in rows])
        _same_as_figures(batch.rasio_efisiensi(realisasi=a, anggaran=b, errors="collect"),
                         sakip.rasio_efisiensi,
                         [{"realisasi": x, "anggaran": y} for x, y in rows])

    @_FEW
    @given(data=st.data())
    def test_ikpa_collect(self, data: st.DataObject) -> None:
        """IKPA with bad cells: every other row computed as sakip.ikpa (blank = None)."""
        names = list(IKPA_RULES["per-5-pb-2024"].names)
        cells = s.batch_cells(s.two_decimal_scores(0, 101))
        rows = data.draw(st.lists(st.fixed_dictionaries(dict.fromkeys(names, cells)),
                                  max_size=5))
        values = batch.ikpa_satker({n: [r[n] for r in rows] for n in names},
                                   aturan="per-5-pb-2024", errors="collect")

        def one(**scores: str) -> Any:
            return sakip.ikpa({n: None if not v.strip() else v for n, v in scores.items()},
                              aturan="per-5-pb-2024")

        _same_as_figures(values, one, rows)

    @_FEW
    @given(rows=st.lists(st.tuples(s.batch_cells(_PCT), s.batch_cells(_PCT)), max_size=6),
           jenis=st.sampled_from(["rasio", "penurunan"]))
    def test_indikator_komponen_jenis(self, rows: list[tuple[str, str]], jenis: str) -> None:
        """Both jenis with a penyebut, column-wise."""
        values = batch.indikator_komponen(pembilang=[a for a, _ in rows],
                                          penyebut=[b for _, b in rows], jenis=jenis,
                                          errors="collect")
        _same_as_figures(values, sakip.indikator_komponen, [
            {"pembilang": a, "penyebut": b, "jenis": jenis} for a, b in rows])

    @_FEW
    @given(cells=st.lists(s.batch_cells(s.two_decimal_scores(0, 130)), max_size=8),
           target_maksimum=st.booleans(), baik=st.sampled_from([None, "109"]),
           sangat_baik=st.sampled_from([None, "115"]))
    def test_nilai_capaian_iki(self, cells: list[str], target_maksimum: bool,
                               baik: str | None, sangat_baik: str | None) -> None:
        """Nilai capaian IKI column-wise; capaian 100 without nilai_baik is a bad row."""
        cells = [*cells, "100", "105"]
        values = batch.nilai_capaian_iki(capaian=cells, target_maksimum=target_maksimum,
                                         nilai_baik=baik, nilai_sangat_baik=sangat_baik,
                                         errors="collect")
        _same_as_figures(values, lambda capaian: sakip.nilai_capaian_iki(
            capaian=capaian, target_maksimum=target_maksimum, nilai_baik=baik,
            nilai_sangat_baik=sangat_baik), [{"capaian": c} for c in cells])

    @_FEW
    @given(rows=st.lists(st.fixed_dictionaries(dict.fromkeys(
        ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
         "keterpaduan_layanan", "kepuasan_pengguna"), s.batch_cells(s.decimals(0, 6, 30)))),
        max_size=5))
    def test_indeks_pemdi_aspek(self, rows: list[dict[str, str]]) -> None:
        """Indeks Pemdi from aspect columns, levels outside 1–5 and bad cells included."""
        names = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
                 "keterpaduan_layanan", "kepuasan_pengguna")
        values = batch.indeks_pemdi(aspek={n: [r[n] for r in rows] for n in names},
                                    errors="collect")
        _same_as_figures(values, sakip.indeks_pemdi, [{"aspek": r} for r in rows])

    @_FEW
    @given(cols=s.renja_columns(max_rows=5), data=st.data())
    def test_evaluasi_renja_collect(self, cols: dict[str, Any], data: st.DataObject) -> None:
        """The Renja figures with a bad or blank cell: blank kolom 7 and quarter cells are
        ``None``, every other bad row is NotComputable in each figure."""
        n = len(cols["target"])
        for name in ("target_renstra", "realisasi_renstra_lalu", "target"):
            cols[name] = [data.draw(st.sampled_from([str(v), "", "-5", "Rp 9"]))
                          if v is not None else v for v in cols[name]]
        out = batch.evaluasi_renja(errors="collect", **cols)
        for i in range(n):
            row = {name: cols[name][i] for name in ("target_renstra", "target")}
            lalu = cols["realisasi_renstra_lalu"][i]
            try:
                one = sakip.evaluasi_renja(
                    **row, realisasi_renstra_lalu=None if lalu == "" else lalu,
                    realisasi_triwulan=[c[i] for c in cols["realisasi_triwulan"]],
                    agregasi=cols["agregasi"] if isinstance(cols["agregasi"], str)
                    else cols["agregasi"][i])
            except sakip.SakipError:
                assert all(isinstance(out[name][i], sakip.NotComputable)
                           for name in batch.RENJA_FIGURES)
                continue
            for name in batch.RENJA_FIGURES:
                assert str(out[name][i]) == str(getattr(one, name).value)

    @_FEW
    @given(rows=st.lists(s.pemdi_levels(), min_size=1, max_size=4), data=st.data())
    def test_indeks_pemdi_indikator(self, rows: list[dict[int, int]], data: st.DataObject
                                    ) -> None:
        """Indeks Pemdi from indicator level columns (text, as a CSV gives them), a bad or
        non-integer cell now and then."""
        bad = ["3.5", "6", ""] if data.draw(st.booleans()) else []  # clean: the fast path
        cells = [{k: data.draw(st.sampled_from([str(v), str(v), f"{v}.0", *bad]))
                  for k, v in row.items()} for row in rows]
        values = batch.indeks_pemdi(indikator={k: [c[k] for c in cells] for k in cells[0]},
                                    errors="collect")
        _same_as_figures(values, sakip.indeks_pemdi, [{"indikator": c} for c in cells])
