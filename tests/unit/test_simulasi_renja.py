"""Issue 25: the least TW IV realisasi for a capaian or a band, checked by brute force.

Every answer of ``sakip.simulasi.realisasi_tw4_untuk`` is compared with a scan
of the grid from 0 through ``sakip.evaluasi_renja`` and ``sakip.tingkat_capaian``
(the ordinary API, not the solver); the golden row is reference §12.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

import sakip
from sakip.renja import TINGKAT_CAPAIAN_RULES
from sakip.simulasi import realisasi_tw4_untuk
from tests.strategies import renja_tw4_questions


def _reaches(q: dict[str, Any], x: Decimal) -> bool:
    quarters = [*q["realisasi_triwulan"], *[None] * (3 - len(q["realisasi_triwulan"])), x]
    ev = sakip.evaluasi_renja(target_renstra=q.get("target_renstra", 0),
                              realisasi_renstra_lalu=q.get("realisasi_renstra_lalu"),
                              target=q["target"], realisasi_triwulan=quarters,
                              agregasi=q["agregasi"])
    value = getattr(ev, q["kolom"]).value
    shown = value if q["rounding"] is None else q["rounding"].apply(value)
    if "capaian" in q:
        return bool(shown >= q["capaian"])
    label = sakip.tingkat_capaian(nilai=shown, label=q["label"], celah=q["celah"]).label
    order = TINGKAT_CAPAIAN_RULES[(q["label"], q["celah"])].labels()
    return order.index(label) <= order.index(q["tingkat"])


@settings(max_examples=60, deadline=None)
@given(q=renja_tw4_questions())
def test_least_tw4_agrees_with_a_scan_of_the_grid(q: dict[str, Any]) -> None:
    answer = realisasi_tw4_untuk(**q)
    assert answer.reachable
    k = 0
    while not _reaches(q, q["grid"] * k):  # the answer exists: the figures rise without cap
        k += 1
    assert answer.value == q["grid"] * k
    assert _reaches(q, answer.value)


def test_reference_section_12_row() -> None:
    """Reference §12 (K: TW I–III 2; 0,8; 1,2, target 4; Rp: 8.416.000; 12.490.000; 2.688.000
    of 73.945.400): 100 % needs nothing more; the printed kolom 15 233,33 needs TW IV ≥ 0."""
    k = realisasi_tw4_untuk(target=4, realisasi_triwulan=[2, "0.8", "1.2"], capaian=100)
    assert k.value == 0
    k15 = realisasi_tw4_untuk(target=4, realisasi_triwulan=[2, "0.8", "1.2"],
                              kolom="capaian_renstra", target_renstra=3,
                              realisasi_renstra_lalu=3, capaian="233.33",
                              rounding=sakip.Rounding(2, "half_up"))
    assert k15.value == 0
    rp = realisasi_tw4_untuk(target=73945400, realisasi_triwulan=[8416000, 12490000, 2688000],
                             kolom="capaian_renstra", target_renstra=85102670,
                             realisasi_renstra_lalu=73848000, capaian="144.38",
                             rounding=sakip.Rounding(2, "half_up"))
    assert rp.value <= 25427000  # the table's TW IV prints 144,38


@pytest.mark.parametrize(("kwargs", "error", "field"), [
    ({"target": 0, "capaian": 100}, sakip.NotComputableError, "target"),
    ({"target": 4, "capaian": 100, "kolom": "capaian_renstra"}, sakip.NotComputableError,
     "target_renstra"),
    ({"target": 4, "capaian": 100, "tingkat": "Tinggi"}, sakip.InvalidValueError, "capaian"),
    ({"target": 4}, sakip.InvalidValueError, "capaian"),
    ({"target": 4, "capaian": 100, "realisasi_triwulan": [1, 1, 1, 1]},
     sakip.InvalidValueError, "realisasi_triwulan"),
    ({"target": 4, "tingkat": "Bagus"}, sakip.UnknownNameError, "kategori"),
    ({"target": 4, "capaian": 100, "agregasi": "level"}, sakip.SakipError, "agregasi"),
    ({"target": "-4", "capaian": 100}, sakip.InvalidValueError, "target"),
])
def test_bad_questions_are_refused(kwargs: dict[str, Any], error: type[Exception],
                                   field: str) -> None:
    with pytest.raises(error) as raised:
        realisasi_tw4_untuk(**kwargs)
    assert raised.value.field == field  # type: ignore[attr-defined]


def test_the_tw4_question_in_bahasa_indonesia() -> None:
    """The question's words and its closed form follow the language (they were English in id)."""
    answer = realisasi_tw4_untuk(target=4, realisasi_triwulan=[2, "0.8", "1.2"], capaian=100)
    text = answer.explain().to_text()
    assert "capaian tahun ini (13 ÷ 8)" in text and "yang sudah terhitung" in text
    assert "the year's capaian (13 ÷ 8)" in answer.explain().to_text("en")
