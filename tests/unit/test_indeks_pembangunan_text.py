"""The IPM's rounding-range note, in both languages (issue 30).

Reference §13 (BPS): from components printed to two decimals, the IPM is known only within
the range their rounding allows; the note states that range, to four decimals, as the
public ``rounding_range`` gives it (tested against the reference there).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import pytest

import sakip


@pytest.mark.parametrize(("bahasa", "words"), [
    ("en", "from the components as printed, the IPM lies in"),
    ("id", "dari komponen sebagaimana tercetak, IPM berada dalam"),
])
def test_the_note_states_the_range_of_the_printed_components(bahasa: str, words: str) -> None:
    figure = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=17707000)
    low, high = (end.quantize(Decimal("0.0001"), ROUND_HALF_EVEN)
                 for end in figure.rounding_range())
    notes = figure.explain().in_bahasa(bahasa).notes  # type: ignore[arg-type]
    assert notes[-1] == f"{words} [{low}, {high}]"
