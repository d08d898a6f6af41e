"""Property tests of the Renja evaluation (Permendagri 86/2017, reference §12)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip import batch
from sakip.explain import NotComputable
from tests import strategies as s

FIGURES = ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian")


def _value(figure: Any) -> Decimal | None:
    return None if isinstance(figure, NotComputable) else figure.value


class TestColumns:
    """Reference §12: kolom 13 = 9 + 10 + 11 + 12 (flow) or the last quarter (stock);
    kolom 14 = 7 + 13 (flow) or the latest value (stock); kolom 15 = 14 ÷ 6 × 100."""

    @given(row=s.renja_rows())
    def test_columns_follow_the_form(self, row: dict[str, Any]) -> None:
        """Each figure is the form's formula of the inputs, or not computable for a reason."""
        e = sakip.evaluasi_renja(**row)
        reported = [v for v in row["realisasi_triwulan"] if v is not None]
        if not reported:
            assert all(_value(getattr(e, name)) is None for name in FIGURES)
            return
        flow = row["agregasi"] == "flow"
        assert e.realisasi.value == (sum(reported, Decimal(0)) if flow else reported[-1])
        lalu = row["realisasi_renstra_lalu"]
        if flow and lalu is None:
            assert isinstance(e.realisasi_renstra, NotComputable)
        else:
            assert e.realisasi_renstra.value == (lalu + e.realisasi.value if flow
                                                 else e.realisasi.value)
        for name, target in (("capaian_renstra", "target_renstra"), ("capaian", "target")):
            figure = getattr(e, name)
            if name == "capaian_renstra" and isinstance(e.realisasi_renstra, NotComputable):
                assert figure is e.realisasi_renstra  # kolom 15 needs kolom 14
            elif row[target] == 0:
                assert isinstance(figure, NotComputable) and figure.field == target
            elif not isinstance(figure, NotComputable):
                assert s.close(figure.value * row[target], figure.realisasi * 100)

    @given(row=s.renja_rows())
    def test_explain_equals_value(self, row: dict[str, Any]) -> None:
        """Each figure's explanation ends in its value (None for not computable)."""
        e = sakip.evaluasi_renja(**row)
        for name in FIGURES:
            figure = getattr(e, name)
            assert figure.explain().value == _value(figure)

    @given(row=s.renja_rows(), q=st.integers(0, 3), more=s.positive())
    def test_capaian_monotone_in_realisasi(self, row: dict[str, Any], q: int,
                                           more: Decimal) -> None:
        """More realisasi in a reported quarter never lowers a flow indicator's capaian."""
        quarters = list(row["realisasi_triwulan"])
        if q >= len(quarters) or quarters[q] is None:
            return
        row = row | {"agregasi": "flow"}
        before = sakip.evaluasi_renja(**row)
        quarters[q] += more
        after = sakip.evaluasi_renja(**(row | {"realisasi_triwulan": quarters}))
        for name in FIGURES:
            old, new = _value(getattr(before, name)), _value(getattr(after, name))
            assert (old is None) == (new is None)
            if old is not None and new is not None:
                assert new >= old

    @given(row=s.renja_rows(), ctx=s.foreign_contexts())
    def test_independent_of_caller_context(self, row: dict[str, Any],
                                           ctx: dict[str, object]) -> None:
        """A hostile caller context changes no digit (per row and in batch)."""
        clean = sakip.evaluasi_renja(**row)
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            dirty = sakip.evaluasi_renja(**row)
        for name in FIGURES:
            assert str(_value(getattr(clean, name))) == str(_value(getattr(dirty, name)))


class TestFractions:
    """Reference §12: increment = fraction × target − Σ earlier increments, and back."""

    @given(fraksi=s.fraksi_triwulan(), target=s.positive())
    def test_fractions_round_trip(self, fraksi: list[Decimal | None], target: Decimal) -> None:
        """Fractions → increments → fractions gives the fractions back exactly."""
        increments = sakip.triwulan_dari_fraksi(target=target, fraksi_triwulan=fraksi)
        back = sakip.fraksi_dari_triwulan(target=target, realisasi_triwulan=increments)
        assert back == fraksi
        e = sakip.evaluasi_renja(target_renstra=1, realisasi_renstra_lalu=0, target=target,
                                 fraksi_triwulan=fraksi)
        reported = [f for f in fraksi if f is not None]
        if reported:
            assert e.realisasi.value == reported[-1] * target

    @given(row=s.renja_rows())
    def test_increments_round_trip(self, row: dict[str, Any]) -> None:
        """Increments → fractions → increments agree to the context's precision."""
        target = row["target"]
        quarters = row["realisasi_triwulan"]
        if target == 0:
            return
        fraksi = sakip.fraksi_dari_triwulan(target=target, realisasi_triwulan=quarters)
        back = sakip.triwulan_dari_fraksi(target=target, fraksi_triwulan=fraksi)
        assert [v is None for v in back] == [v is None for v in quarters]
        for a, b in zip(back, quarters, strict=True):
            if a is not None and b is not None:
                assert s.close(a, b)


class TestRefusals:
    """Hostile values are refused with sakip's error at their place."""

    @given(bad=s.hostile_arguments(), q=st.integers(0, 3))
    def test_hostile_quarter(self, bad: object, q: int) -> None:
        """A hostile quarter value names realisasi_triwulan[q] (None is a blank, allowed)."""
        quarters: list[object] = [1, 2, 3, 4]
        quarters[q] = bad
        refused = None
        try:
            sakip.evaluasi_renja(target_renstra=1, realisasi_renstra_lalu=0, target=1,
                                 realisasi_triwulan=quarters)  # type: ignore[arg-type]
        except sakip.SakipError as error:
            refused = error.field
        assert refused in (None, f"realisasi_triwulan[{q}]")

    @given(bad=s.hostile_arguments(), field=st.sampled_from(
        ["target_renstra", "realisasi_renstra_lalu", "target", "agregasi"]))
    def test_hostile_scalar(self, bad: object, field: str) -> None:
        """A hostile scalar is refused naming its keyword, or accepted as a valid value."""
        row: dict[str, object] = {"target_renstra": 1, "realisasi_renstra_lalu": 0, "target": 1,
                                  "realisasi_triwulan": [1], "agregasi": "flow"}
        refused = None
        try:
            sakip.evaluasi_renja(**(row | {field: bad}))  # type: ignore[arg-type]
        except sakip.SakipError as error:
            refused = error.field
        assert refused in (None, field)


class TestBands:
    """Reference §12: the five-band table is ordered; a higher capaian never reads lower."""

    @given(a=s.decimals(-50, 300, 3), b=s.decimals(-50, 300, 3),
           label=st.sampled_from(["tinggi-rendah", "baik-kurang"]),
           celah=st.sampled_from(["bawah", "atas"]))
    def test_monotone(self, a: Decimal, b: Decimal, label: str, celah: str) -> None:
        """Band rank is monotone in nilai under every gap reading."""
        read: Any = sakip.tingkat_capaian
        low, high = sorted((a, b))
        table = read(nilai=low, label=label, celah=celah).aturan
        order = table.labels()[1:]  # "above" first, then the five bands
        rank_low = order.index(read(nilai=low, label=label, celah=celah).label)
        rank_high = order.index(read(nilai=high, label=label, celah=celah).label)
        assert rank_high <= rank_low


class TestBatchContext:
    """batch.evaluasi_renja runs in sakip's context, whatever the caller's (identity row by
    row: tests/property/test_batch_properties.py)."""

    @given(cols=s.renja_columns(5), ctx=s.foreign_contexts())
    def test_batch_independent_of_caller_context(self, cols: dict[str, Any],
                                                 ctx: dict[str, object]) -> None:
        """A hostile caller context changes no digit of the batch."""
        clean = batch.evaluasi_renja(**cols)
        with decimal.localcontext(decimal.Context(**ctx)):  # type: ignore[arg-type]
            dirty = batch.evaluasi_renja(**cols)
        assert {k: [str(v) for v in col] for k, col in clean.items()} == {
            k: [str(v) for v in col] for k, col in dirty.items()}
