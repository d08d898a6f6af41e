"""Short reprs (issue 28): every result on one line under 200 characters, no memory
addresses, ``Reviu`` as counts and exit status, compact simulasi HTML tables."""

from __future__ import annotations

import re

import pytest

import sakip
from sakip.explain import REPR_WIDTH
from tests.unit.test_rows import EXAMPLES, TYPES

_ADDRESS = re.compile(r"at 0x[0-9a-f]+|<function ")


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_every_result_repr_is_one_short_line(cls: type) -> None:
    """Every type of ``sakip.__all__`` and every ``Figure`` subclass (examples of test_rows)."""
    if cls.__name__ not in EXAMPLES:
        pytest.skip("machinery, not a result (see test_rows.NOT_ROWS)")
    text = repr(EXAMPLES[cls.__name__]())
    assert len(text) < REPR_WIDTH, text
    assert "\n" not in text
    assert not _ADDRESS.search(text), text


def test_reviu_repr_counts_and_exit_status() -> None:
    """The bundled report's reviu: 200 findings, one line (it was 237 380 characters)."""
    reviu = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    text = repr(reviu)
    assert text.startswith("Reviu('BGP Provinsi Kalimantan Selatan' 2023: 200 findings (")
    assert text.endswith(f"exit status {reviu.exit_status()})")
    assert all(f"{status} {n}" in text for status, n in reviu.counts().items() if n)


def test_simulasi_reprs_and_html() -> None:
    """Answers name their question, never a function's address; HTML puts the answer first and
    has no column repeated or empty in every row."""
    answer = sakip.simulasi.realisasi_untuk(target=1176, capaian=100)
    assert not _ADDRESS.search(repr(answer))
    assert not _ADDRESS.search(repr(answer.question))
    for result in (answer, sakip.simulasi.batas_efisiensi()):
        table = result._repr_html_()
        assert table == result.to_html("id")  # the notebook's table is in the default language
        head = re.findall(r"<th>(.*?)</th>", table)
        assert head[0] == "jawaban"  # the answer (value) first
        assert re.findall(r"<th>(.*?)</th>", result.to_html("en"))[0] == "answer"
        assert len(head) == len(set(head))
        rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1])
        cells = [re.findall(r"<td>(.*?)</td>", row) for row in rows]
        columns = list(zip(*cells, strict=True))
        assert len(columns) == len(set(columns)), head  # no column repeats another
        assert all(any(column) for column in columns), head


def test_rows_of_a_reviu_and_float_columns() -> None:
    """``sakip.rows`` takes a Reviu (its findings' rows); ``float_columns`` adds plottable
    floats beside the exact Decimals, which stay."""
    reviu = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    assert sakip.rows(reviu) == reviu.to_rows()
    row = sakip.rows([sakip.capaian(target=447, realisasi=748)], float_columns=True)[0]
    assert str(row["rounded"]) == "167.34"
    assert row["rounded_float"] == 167.34
    assert isinstance(row["value_float"], float)
    with pytest.raises(sakip.InvalidTypeError, match="float_columns"):
        sakip.rows([], float_columns="yes")  # type: ignore[arg-type]
