"""Properties of the efficiency conventions, rerata and category tables (reference §9)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import batch
from sakip.conventions import KATEGORI_RASIO_EFISIENSI
from sakip.rules import LabelBands
from tests import strategies as s

#: Exact for the magnitudes here: the tests' own arithmetic must not round.
_EXACT = decimal.Context(prec=200)

_NEW_TABLE_KINDS = ("kategori-indeks-efisiensi", "kategori-rasio-efisiensi",
                    "kategori-nilai-kinerja-anggaran")


class TestConventions:
    """rasio = 100 × indeks; selisih = 0 exactly when CO = CI; selisih per output = per-pagu E."""

    @given(co=s.percentages(), ci=s.percentages().filter(bool))
    def test_rasio_is_100_times_indeks(self, co: Decimal, ci: Decimal) -> None:
        """Scaling by 100 commutes with rounding to 50 significant digits: exact equality."""
        rasio = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=ci, rumus="rasio")
        indeks = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=ci, rumus="indeks")
        with decimal.localcontext(_EXACT):
            assert rasio.value == indeks.value * 100
            # TE = IE − SE, rounded once to sakip's 50 significant digits.
            assert indeks.tingkat.value == decimal.Context(prec=50).subtract(indeks.value, 1)

    @given(co=s.percentages(), ci=s.percentages())
    @example(co=Decimal("95.10"), ci=Decimal("95.1"))
    def test_selisih_zero_iff_equal(self, co: Decimal, ci: Decimal) -> None:
        e = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=ci, rumus="selisih")
        assert (e.value == 0) == (co == ci)
        assert (e.value < 0) == (co < ci)

    @given(ro=s.rincian_outputs())
    def test_selisih_on_penyerapan_is_per_pagu(self, ro: sakip.RincianOutput) -> None:
        """Per output, selisih(CO, penyerapan) = per-pagu E = CO − RA/P.

        The two round in different places (per-pagu once, selisih twice), so they
        agree to within one unit of the 47th decimal, far below any printed digit.
        """
        serapan = ro.penyerapan()
        assert ro.capaian is not None
        selisih = sakip.efisiensi_kinerja(capaian_output=ro.capaian, capaian_input=serapan.value,
                                          rumus="selisih")
        per_pagu = sakip.efisiensi([ro], rumus="per-pagu")
        with decimal.localcontext(_EXACT):
            assert abs(selisih.value - per_pagu.value) <= Decimal("1e-45")
        assert selisih.printed(2) == per_pagu.printed(2)

    @given(co=s.percentages(), ci=s.percentages().filter(bool), rumus=s.rumus_kinerja(),
           ctx=s.foreign_contexts())
    def test_caller_context_irrelevant(self, co: Decimal, ci: Decimal, rumus: str,
                                      ctx: dict[str, Any]) -> None:
        plain = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=ci,
                                        rumus=rumus)  # type: ignore[arg-type]
        with decimal.localcontext(decimal.Context(**ctx)):
            hostile = sakip.efisiensi_kinerja(capaian_output=co, capaian_input=ci,
                                              rumus=rumus)  # type: ignore[arg-type]
        assert hostile.value == plain.value
        assert plain.explain().value == plain.value


class TestRerata:
    """The mean of equal values is that value, weighted or not; a mean lies between min and max."""

    @given(x=s.decimals(-100, 300, 4), n=st.integers(1, 12), pagu=s.rupiah(10**12))
    def test_mean_of_equal_values(self, x: Decimal, n: int, pagu: Decimal) -> None:
        assert sakip.rerata([x] * n).value == x
        if pagu:
            assert sakip.rerata([x] * n, pagu=[pagu] * n).value == x

    @given(values=st.lists(s.decimals(-100, 300, 2), min_size=1, max_size=10))
    def test_between_min_and_max(self, values: list[Decimal]) -> None:
        mean = sakip.rerata(values).value
        assert min(values) <= mean <= max(values)

    @given(pairs=st.lists(st.tuples(s.percentages(), s.rupiah(10**12).filter(bool)),
                          min_size=1, max_size=8))
    def test_weighted_penyerapan_is_ratio_of_sums(self, pairs: list[tuple[Decimal, Decimal]]
                                                  ) -> None:
        """Pagu-weighted mean of penyerapan percentages = Σ RA / Σ P (to 40 digits)."""
        with decimal.localcontext(_EXACT):
            pagu = [p for _, p in pairs]
            ra = [p * min(x, Decimal(100)) / 100 for x, p in pairs]
            serapan = [sakip.penyerapan(pagu=p, realisasi=r).value
                       for p, r in zip(pagu, ra, strict=True)]
            weighted = sakip.rerata(serapan, pagu=pagu).value
            total = sakip.penyerapan(pagu=sum(pagu), realisasi=sum(ra)).value
            assert abs(weighted - total) <= Decimal("1e-40")


def _tables() -> list[LabelBands]:
    return [rule for kind, rule in sakip.rules.all_rule_sets()
            if kind in _NEW_TABLE_KINDS and isinstance(rule, LabelBands)]


class TestCategoryTables:
    """Every new table is total on its domain and monotonic; edges as documented."""

    @settings(max_examples=60)
    @given(a=s.decimals(0, 200, 3), b=s.decimals(0, 200, 3))
    def test_total_and_monotonic(self, a: Decimal, b: Decimal) -> None:
        lo, hi = sorted((a, b))
        for table in _tables():
            scale = Decimal("0.01") if table.maximum is not None or table.name.startswith(
                ("prkom", "bbpom")) else Decimal(1)
            with decimal.localcontext(_EXACT):
                x, y = lo * scale, hi * scale
            if table.maximum is not None and y > table.maximum:
                continue
            order = table.labels()
            assert order.index(table.label(x)) >= order.index(table.label(y)), table.name

    def test_edges(self) -> None:
        for table in _tables():
            for bound, label in table.bands:
                if table.inclusive == "lower":
                    assert table.label(bound) == label
                else:
                    assert table.label(bound) != label
                    with decimal.localcontext(_EXACT):
                        assert table.label(bound + Decimal("1e-9")) == label


class TestBatchIdentity:
    """sakip.batch computes the per-row conventions digit for digit as the per-figure API."""

    @given(rows=st.lists(st.tuples(s.percentages(places=6), s.percentages(places=6).filter(bool)),
                         min_size=1, max_size=8),
           rumus=s.rumus_kinerja(), as_text=st.booleans())
    def test_efisiensi_kinerja(self, rows: list[tuple[Decimal, Decimal]], rumus: str,
                               as_text: bool) -> None:
        co = [str(x) if as_text else x for x, _ in rows]
        ci = [str(y) if as_text else y for _, y in rows]
        column = batch.efisiensi_kinerja(capaian_output=co, capaian_input=ci,  # type: ignore[call-overload]
                                         rumus=rumus)
        for i, value in enumerate(column):
            figure = sakip.efisiensi_kinerja(capaian_output=co[i], capaian_input=ci[i],
                                             rumus=rumus)  # type: ignore[arg-type]
            assert value == figure.value and str(value) == str(figure.value)
            row = batch.efisiensi_kinerja_row(i, capaian_output=co, capaian_input=ci,
                                              rumus=rumus)  # type: ignore[arg-type]
            assert str(row.explain().value) == str(value)

    @given(rows=st.lists(st.tuples(s.rupiah(10**13).filter(bool), st.integers(0, 10**6)),
                         min_size=1, max_size=8))
    def test_penyerapan_from_sisa(self, rows: list[tuple[Decimal, int]]) -> None:
        pagu = [p for p, _ in rows]
        sisa = [min(Decimal(k), p) for p, k in rows]
        column = batch.penyerapan(pagu=pagu, sisa=sisa)
        for value, p, k in zip(column, pagu, sisa, strict=True):
            assert str(value) == str(sakip.penyerapan(pagu=p, sisa=k).value)

    @given(rows=st.lists(st.tuples(s.rupiah(10**13), s.rupiah(10**13).filter(bool)),
                         min_size=1, max_size=8))
    def test_rasio_efisiensi_and_kategori(self, rows: list[tuple[Decimal, Decimal]]) -> None:
        ra = [r for r, _ in rows]
        ag = [a for _, a in rows]
        column = batch.rasio_efisiensi(realisasi=ra, anggaran=ag)
        labels = batch.kategori(column, KATEGORI_RASIO_EFISIENSI)
        for value, label, r, a in zip(column, labels, ra, ag, strict=True):
            figure = sakip.rasio_efisiensi(realisasi=r, anggaran=a)
            assert str(value) == str(figure.value) and label == figure.kategori


class TestBudgetBases:
    """§9 budget bases: realisasi = pagu − sisa; a smaller basis never lowers penyerapan."""

    @given(h=s.riwayat_pagu(), data=st.data())
    def test_sisa_and_realisasi_agree_on_every_basis(self, h: sakip.RiwayatPagu,
                                                     data: st.DataObject) -> None:
        """penyerapan(sisa=P − RA) equals penyerapan(realisasi=RA) on the same basis."""
        basis = data.draw(st.sampled_from(["dipa-awal", "revisi", "efektif"]))
        pagu = h.pagu(basis)  # type: ignore[arg-type]
        ra = data.draw(st.integers(min_value=0, max_value=int(pagu)))
        by_ra = h.penyerapan(realisasi=ra, basis=basis)  # type: ignore[arg-type]
        by_sisa = h.penyerapan(sisa=pagu - ra, basis=basis)  # type: ignore[arg-type]
        assert by_ra.value == by_sisa.value and by_sisa.realisasi == ra
        assert by_ra.explain().value == by_ra.value

    @given(h=s.riwayat_pagu(), share=s.decimals(0, 1, 4))
    def test_efektif_never_below_revisi(self, h: sakip.RiwayatPagu, share: Decimal) -> None:
        """Pagu efektif = revisi − blokir ≤ revisi, so its penyerapan is never lower."""
        with decimal.localcontext(_EXACT):
            ra = (h.pagu("efektif") * share).to_integral_value(decimal.ROUND_FLOOR)
        assert h.pagu("efektif") <= h.pagu("revisi")
        efektif = h.penyerapan(realisasi=ra, basis="efektif").value
        assert efektif >= h.penyerapan(realisasi=ra, basis="revisi").value


class TestComposites:
    """Style guide: composites bounded by their components and monotonic in each."""

    @given(a=s.scores(), b=s.scores(), bump=s.decimals(0, 10, 3))
    def test_pmk_2_2021_bounded_and_monotonic(self, a: Decimal, b: Decimal,
                                              bump: Decimal) -> None:
        """60 % + 40 % lies between the two scores and never falls when one rises."""
        n = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=a, indikator_kinerja_anggaran=b)
        assert min(a, b) <= n.value <= max(a, b)
        assert n.explain().value == n.value
        higher = min(a + bump, Decimal(100))
        m = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=higher,
                                         indikator_kinerja_anggaran=b)
        assert m.value >= n.value
        order = sakip.rules.find("kategori-nilai-kinerja-anggaran",
                                 "pmk-2-pmk02-2021").labels()  # type: ignore[attr-defined]
        assert order.index(m.kategori) <= order.index(n.kategori)

    @given(parts=st.lists(st.tuples(s.decimals(0, 150, 3), s.positive(150, 3)),
                          min_size=1, max_size=5), data=st.data())
    def test_normalised_at_target_is_total_weight(self, parts: list[tuple[Decimal, Decimal]],
                                                  data: st.DataObject) -> None:
        """Every nilai at its target gives the total weight; a higher nilai never lowers it."""
        weights = [Decimal(100) / len(parts)] * len(parts)
        with decimal.localcontext(_EXACT):
            weights[-1] = Decimal(100) - sum(weights[:-1])
        at_target = sakip.normalised_score(
            {f"k{i}": (t, t, w) for i, ((_, t), w) in enumerate(zip(parts, weights, strict=True))})
        assert at_target.value == 100
        comps = {f"k{i}": (x, t, w) for i, ((x, t), w) in enumerate(zip(parts, weights,
                                                                          strict=True))}
        base = sakip.normalised_score(comps)
        i = data.draw(st.integers(min_value=0, max_value=len(parts) - 1))
        x, t, w = comps[f"k{i}"]
        raised = sakip.normalised_score(comps | {f"k{i}": (x + 1, t, w)})
        assert raised.value >= base.value
        assert base.explain().value == base.value
