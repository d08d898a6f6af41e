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
        e, ne, kategori = batch.efisiensi_outputs(rumus=rumus, clip=clip,  # type: ignore[arg-type]
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
