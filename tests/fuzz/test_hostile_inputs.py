"""Issue 24 (hostile input, round 2): the reproducers, as tests of the result only.

Time and memory are never asserted here (see ``tests/fuzz/test_growth.py``, opt-in,
and ``benchmarks/largest_file.py``); each test checks the answer a reproducer must
get. Where the old code was quadratic the input is large enough that the old code
took minutes, so the suite itself would show the regression.
"""

from __future__ import annotations

import pytest

from sakip._reading import parse_document
from sakip.errors import SakipError


@pytest.mark.parametrize("json_format", [False, True])
@pytest.mark.parametrize("closing", ["", "\n"])
def test_unterminated_string_of_escaped_quotes_is_refused(json_format: bool,
                                                          closing: str) -> None:
    # Issue 24: 80 KB took 22 s and 160 KB 87 s in the pre-scan (quadratic).
    head = '{"x": "' if json_format else 'x = "'
    text = head + '\\"' * 100_000 + closing
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=json_format)


@pytest.mark.parametrize("text", ['x = """' + '\\"' * 50_000, "x = '''" + "''a" * 50_000,
                                  "x = '" + "a" * 100_000, 'x = """ab\\'])
def test_unterminated_multiline_and_literal_strings_are_refused(text: str) -> None:
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=False)


def test_brackets_after_an_unterminated_string_still_refused_by_the_parser() -> None:
    text = 'x = "abc\ny = ' + "[" * 500 + "]" * 500 + "\n"
    with pytest.raises(SakipError):
        parse_document(text.encode(), json_format=False)


# ------------------------------------------------------------------ numbers

def test_capaian_past_the_working_precision_is_refused_not_rounded_to_100() -> None:
    import sakip

    with pytest.raises(SakipError, match="realisasi: expected a number of at most 50"):
        sakip.capaian(target=3 * 10**50, realisasi=3 * 10**50 - 1)
    # 3 * 10**50 itself has one significant digit: accepted, and exact.
    assert sakip.capaian(target=3 * 10**50, realisasi=3 * 10**50).value == 100


def test_evaluasi_akip_component_past_the_precision_is_refused() -> None:
    from decimal import Decimal

    import sakip

    with pytest.raises(SakipError, match="evaluasi_internal"):
        sakip.evaluasi_akip(perencanaan=30, pengukuran=30, pelaporan=15,
                            evaluasi_internal=Decimal("5." + "0" * 50 + "1"))


def test_counts_past_the_precision_are_refused() -> None:
    import sakip
    from sakip.ikpa import potongan_dispensasi_spm

    with pytest.raises(SakipError, match="jumlah"):
        sakip.ikpa_penyelesaian_tagihan(tepat_waktu=10**60, jumlah=10**60 + 1)
    with pytest.raises(SakipError, match="jumlah_spm"):
        potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm=10**60 + 1)


def test_ikpa_of_50_digit_scores_below_95_is_not_sangat_baik() -> None:
    # PER-5/PB/2024 bands (reference §IKPA): Sangat Baik from 95; 94,99…9 is Baik.
    from decimal import Decimal

    import sakip

    score = Decimal("94." + "9" * 48)
    names = ("revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
             "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
             "capaian_output")
    result = sakip.ikpa(dict.fromkeys(names, score), tahun=2024)
    assert result.value == score
    assert result.kategori == "Baik"


def test_batch_column_past_the_precision_is_refused() -> None:
    from sakip.batch._columns import _column

    with pytest.raises(SakipError, match=r"pagu\[1\]"):
        _column([1, 10**60 + 1], field="pagu")


# ------------------------------------------------------- caller's context

def test_indeks_efficiency_note_ignores_the_callers_capitals() -> None:
    import decimal

    import sakip

    with decimal.localcontext(capitals=0):
        figure = sakip.efisiensi_kinerja(capaian_output="100." + "0" * 28 + "1",
                                         capaian_input="100", rumus="indeks")
        notes = figure.explain().to_text()
    assert "TE = IE − SE = 1E-31" in notes, notes
    assert "e-" not in notes


def test_reviu_of_every_example_ignores_the_callers_capitals() -> None:
    import decimal
    import re

    from sakip import examples
    from sakip.reviu import dumps, reviu

    with decimal.localcontext(capitals=0, prec=3):
        for name in examples.names():
            result = reviu(examples.path(name))
            for out in (result.to_text(), result.to_markdown(), dumps(result)):
                assert not re.search(r"\de[-+]\d", out), name
