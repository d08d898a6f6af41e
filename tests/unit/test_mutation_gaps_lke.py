"""Mutation gaps of ``lke`` and ``ikpa_indikator``, each pinned by a test.

Found when these two modules were added to the mutation command's modules (hand mutants
of their properties and validators, ``tools/hand-mutants.toml``, and mutmut's result
mutants).  Each test names the mutation it kills.  Expected values come from the project
reference (``shared/reference/regulations.md``, "reference §n") or are the inputs
themselves; none is produced by the code under test.  Refusals are checked by their
structured fields (``field``, ``received``), not by their wording.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.ikpa_indikator import (
    CapaianRO,
    ikpa_belanja_kontraktual,
    ikpa_capaian_output,
    ikpa_pengelolaan_up_tup,
)
from sakip.lke import SKALA_A_E, SKALA_AA_E, SKALA_Y_T, SkalaJawaban, SubKomponen
from sakip.numbers import Rounding


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


def test_empty_scale_refused() -> None:
    """Kills ``and`` for ``or`` in ``_to_grades``: a scale with no grade is refused."""
    with pytest.raises(InvalidValueError) as caught:
        SkalaJawaban(name="x", citation="c", years=(2021, None), confidence="CONV", nilai=())
    assert caught.value.field == "nilai"
    assert caught.value.received == ()


def test_negative_share_of_a_sub_component_refused() -> None:
    """Kills ``nonnegative`` dropped, ``None`` or ``False`` in ``_to_persen``: a
    sub-component's share of its component is a percentage, never negative."""
    with pytest.raises(InvalidValueError) as caught:
        SubKomponen(kode="1.a", komponen="perencanaan", nama="x", persen=-20)
    assert caught.value.field == "persen"
    assert caught.value.received == -20


def test_scale_without_numbers_expects_its_grades_only() -> None:
    """Kills ``or True`` and ``"XXXX"`` in ``SkalaJawaban._expected``: a scale that takes no
    number (``angka=False``) expects its grades and nothing else."""
    skala = SkalaJawaban(name="x", citation="c", years=(2021, None), confidence="CONV",
                         nilai=(("A", 100), ("B", 0)), angka=False)
    with pytest.raises(InvalidTypeError) as caught:
        skala.persen(50, field="1.a")
    assert caught.value.field == "1.a"
    assert caught.value.expected == "an answer of skala x: A, B"
    assert caught.value.received == 50


def test_persen_without_field_names_persen() -> None:
    """Kills ``and`` for ``or`` in ``SkalaJawaban.persen``: a call without ``field`` is
    refused by ``persen`` itself, not by the ``grade`` it would go on to call."""
    with pytest.raises(InvalidTypeError) as caught:
        SKALA_AA_E.persen("A")  # type: ignore[call-arg]
    assert caught.value.field == "SkalaJawaban.persen()"


def test_row_at_aa_has_no_next_predikat() -> None:
    """Kills ``and False`` in ``LKE._row``: every sub-component answered AA (100 %, reference
    §10) gives nilai 100, predikat AA, and no predikat above it (``None``, not ``"None"``)."""
    hasil = sakip.lke(dict.fromkeys(sakip.lke_codes(), "AA"))
    row = hasil.to_row()
    assert row["value"] == 100
    assert row["predikat"] == "AA"
    assert row["predikat_berikutnya"] is None


def test_capaian_output_rows_follow_the_rounding() -> None:
    """Kills ``check_rounding(None)`` in ``IKPACapaianOutput.to_rows``: December, RVRO 1 of
    volume 3 (Formula 2, reference §11) is 100 / 3 = 33,33… %, 33 at 0 places."""
    hasil = ikpa_capaian_output([CapaianRO(kode="5634.QDC.011", rvro="1", volume="3")],
                                ketepatan_waktu=100, bulan=12, tahun=2024)
    (row,) = hasil.to_rows(Rounding(places=0))
    assert abs(row["value"] - D(100) / D(3)) < D("1e-20")
    assert row["rounded"] == 33


def test_up_tup_rows_follow_the_rounding() -> None:
    """Kills ``check_rounding(None)`` in ``IKPAPengelolaanUPTUP.to_rows``: a tunai part
    given as 87,5 is 88 at 0 places (half up)."""
    hasil = ikpa_pengelolaan_up_tup(ketepatan_waktu="87.5", gup_disebulankan=100,
                                    setoran_tup=None)
    rows = {row["bagian"]: row for row in hasil.to_rows(Rounding(places=0))}
    assert rows["ketepatan_waktu"]["value"] == D("87.5")
    assert rows["ketepatan_waktu"]["rounded"] == 88


def test_belanja_kontraktual_rows_give_weight_and_value() -> None:
    """Kills the ``bobot`` and ``value`` keys renamed in ``IKPABelanjaKontraktual.to_rows``:
    reference §11's weights 20 / 40 / 40, and the parts of its buckets: distribusi 60 % →
    80; a contract signed before the DIPA year → 120; 1 of 2 contracts → 50 %."""
    hasil = ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="60",
                                     kontrak_dini=[datetime.date(2023, 12, 20)],
                                     akselerasi_53=(1, 2))
    rows = {row["bagian"]: (row["bobot"], row["value"]) for row in hasil.to_rows()}
    assert rows == {"distribusi_akselerasi": (20, 80), "kontrak_dini": (40, 120),
                    "akselerasi_53": (40, 50)}
