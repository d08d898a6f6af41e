"""Mutation gaps of ``lke`` and ``ikpa_indikator``, each pinned by a test.

Found when these two modules were added to the mutation command's modules (hand mutants
of their properties and validators, ``tools/hand-mutants.toml``, and mutmut's result
mutants).  Each test names the mutation it kills.  Expected values come from the project
reference (``shared/reference/regulations.md``, "reference §n") or are the inputs
themselves; none is produced by the code under test.  Refusals are checked by their
structured fields (``field``, ``received``), not by their wording.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from sakip.errors import InvalidValueError
from sakip.lke import SKALA_A_E, SKALA_AA_E, SKALA_Y_T, SkalaJawaban


@pytest.mark.parametrize("skala", [SKALA_AA_E, SKALA_Y_T, SKALA_A_E], ids=lambda s: s.name)
def test_top_is_the_highest_grade(skala: SkalaJawaban) -> None:
    """Kills ``top`` reading another grade: AA, Y and A are worth 100 % (reference §10)."""
    assert skala.top == D(100)


def test_equal_persen_refused() -> None:
    """Kills ``a < b`` for ``a <= b``: two grades worth the same persen are not strictly
    decreasing, so the scale is refused (the ``nilai`` field, the persen as given)."""
    with pytest.raises(InvalidValueError) as caught:
        SkalaJawaban(name="x", citation="c", years=(2021, None), confidence="CONV",
                     nilai=(("A", 100), ("B", 50), ("C", 50)))
    assert caught.value.field == "nilai"
    assert caught.value.received == ["100", "50", "50"]
