"""A stabilize indicator in a report file: its printed capaian against an independent oracle.

The oracle is the stabilize rule of reference §1.3 (100 inside [L, U]; R / L × 100
below; (2U − R) / U × 100 above) in exact fractions, rounded half-up to two
decimals by hand: no sakip code computes the expected text.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from tests.strategies import decimals


def _oracle(low: Decimal, high: Decimal, realisasi: Decimal) -> Fraction:
    lo, hi, r = Fraction(low), Fraction(high), Fraction(realisasi)
    if lo <= r <= hi:
        return Fraction(100)
    if r < lo:
        return r / lo * 100
    return (2 * hi - r) / hi * 100


def _printed(value: Fraction, mark: str) -> str:
    """``value`` half-up to two decimals, written with the decimal ``mark``, no grouping."""
    hundredths = int(value * 100 + Fraction(1, 2))  # floor: value >= 0 here
    return f"{hundredths // 100}{mark}{hundredths % 100:02d}"


def _plain(value: Decimal, mark: str) -> str:
    return format(value, "f").replace(".", mark)


@settings(max_examples=60, deadline=None)
@given(ends=st.lists(decimals("0.01", 1000, places=2), min_size=2, max_size=2),
       share=st.fractions(0, 2), angka=st.sampled_from(["id", "en"]))
def test_printed_oracle_capaian_matches(ends: list[Decimal], share: Fraction,
                                        angka: str) -> None:
    low, high = sorted(ends)
    # realisasi from 0 to 2U (above 2U the capaian is negative), at two decimals
    realisasi = Decimal(int(share * Fraction(high) * 100)) / 100
    mark = "," if angka == "id" else "."
    data = {"schema": "sakip/lkj-1",
            "laporan": {"instansi": "x", "tahun": 2024, "angka": angka},
            "indikator": [{"kode": "I", "nama": "n", "polarisasi": "stabilize",
                           "target": [_plain(low, mark), _plain(high, mark)],
                           "realisasi": _plain(realisasi, mark),
                           "capaian": _printed(_oracle(low, high, realisasi), mark)}]}
    [finding] = sakip.reviu(data)
    assert finding.status == "match", (data, finding.reason)
    assert isinstance(finding.recomputed, Decimal)  # exact to the 50-digit context
    assert abs(Fraction(finding.recomputed) - _oracle(low, high, realisasi)) < Fraction(1, 10**40)
