"""Issue 24, part 2: the bounds held inside the reviu (sizes and shapes, never time).

Each test checks a size or a shape that grew with the square of the input
before; time and memory are measured only in the opt-in long mode
(``tests/fuzz/test_growth.py``) and by ``benchmarks/largest_file.py``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import sakip
from sakip.reviu import dumps

HEAD = 'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "Satker Uji"\ntahun = 2023\n'


def _efficiency_table(n: int) -> str:
    """N rows and N ``rerata`` rows (each rerata row compares with the means of all N)."""
    def line(kind: str, i: int) -> str:
        pagu = ', pagu = "1.000"' if kind == "b" else ""  # the weighted means too
        return (f'{{label = "{kind}{i}", capaian_output = "100"{pagu}, input = ['
                '{nama = "dana", capaian = "90", efisiensi = "111,11"}]}')
    rows = ",\n".join(line("b", i) for i in range(n))
    means = ",\n".join(line("r", i) for i in range(n))
    return (HEAD + '[[efisiensi_kinerja]]\nkode = "E"\nrumus = "rasio"\n'
            f"baris = [\n{rows}]\nrerata = [\n{means}]\n")


def test_efficiency_means_output_grows_linearly(tmp_path: Path) -> None:
    # Issue 24: every finding of a rerata row listed all N values (N² output; 500 KB of
    # this case took 141 s and 5.8 GB).  Ten times the rows: at most about ten times the JSON.
    sizes = []
    for n in (200, 2000):
        path = tmp_path / f"e{n}.toml"
        path.write_text(_efficiency_table(n), encoding="utf-8")
        result = sakip.reviu(path)
        # 100 / 90 × 100 = 111,11 (rasio): every figure of every row reproduces.
        assert result.counts()["mismatch"] == 0
        assert len(result) == n * (1 + 3)  # E per row; capaian output, capaian, E per mean
        sizes.append(len(dumps(result)))
    assert sizes[1] <= 12 * sizes[0], sizes


def test_a_long_mean_explains_with_its_sums_and_count() -> None:
    # (1 + 2 + … + 30) / 30 = 465 / 30 = 15,5: the first and last ten values, Σ and n.
    step = sakip.rerata([str(i) for i in range(1, 31)]).explain().in_bahasa("en").steps[0]
    names = [name for name, _ in step.inputs]
    assert names == [f"x{i}" for i in (*range(1, 11), *range(21, 31))] + ["Σ xᵢ", "n"]
    assert dict(step.inputs)["Σ xᵢ"] == 465 and dict(step.inputs)["n"] == 30
    assert step.value == Decimal("15.5") and "30 values" in step.note
    weighted = sakip.rerata(["100", "50"] * 15, pagu=[300, 100] * 15).explain().steps[0]
    # Σ Pᵢ·xᵢ = 15 × (300 × 100 + 100 × 50) = 525 000; Σ Pᵢ = 6 000; mean 87,5.
    assert dict(weighted.inputs)["Σ Pᵢ × xᵢ"] == 525_000
    assert dict(weighted.inputs)["Σ Pᵢ"] == 6_000 and weighted.value == Decimal("87.5")
    # A short mean lists every value, as before.
    assert len(sakip.rerata(["1"] * 20).explain().steps[0].inputs) == 20


def test_pk_targets_without_indicators_past_ten_are_one_finding() -> None:
    # Issue 24: 529 700 PK targets with no [[indikator]] were 529 700 findings (35 s, 2,6 GB,
    # 327 MB of JSON).  The first ten keep their own finding; the rest, one, with the count.
    tables = [{"kode": f"pk{t}", "target": {f"k{i}": "1" for i in range(10_000)}}
              for t in range(1, 4)]
    data = {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
            "perjanjian_kinerja": tables}
    result = sakip.reviu(data)
    assert len(result) == 11
    assert [f.field for f in result][:10] == [f"perjanjian_kinerja[1].target.k{i}"
                                              for i in range(10)]
    rest = result["pk.target"]
    assert rest.status == "not-computable" and rest.printed is None
    assert rest.reason.startswith("29990 more targets, perjanjian_kinerja[1].target.k10 … "
                                  "perjanjian_kinerja[3].target.k9999 ")
    assert len(dumps(result)) < 20_000


def test_python_dumps_are_escaped_as_the_command_writes_them() -> None:
    # Issue 24 (part 1 left it to the CLI): sakip.reviu.dumps and dumps_many themselves.
    import json

    from sakip.reviu import dumps_many

    hostile = "Satker \u202eUji\u2028\x85</script>"
    result = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {"instansi": hostile,
                                                               "tahun": 2023}})
    for document in (dumps(result), dumps_many([("a.toml", result)])):
        assert not set(document) & {"\u202e", "\u2028", "\x85", "<", ">"}
        assert hostile in json.dumps(json.loads(document), ensure_ascii=False)
    assert json.loads(dumps(result)) == json.loads(json.dumps(result.to_json()))


def test_problems_past_a_thousand_are_one_problem_with_the_count() -> None:
    # Issue 24: the pre-scan's worst case kept 118 861 problems (1,26 GB with the parse).
    from sakip.lkj import LaporanError, load

    data = {"schema": "sakip/lkj-1",
            "laporan": {"instansi": "X", "tahun": 2023, **{f"x{i}": 1 for i in range(1500)}}}
    try:
        load(data)
    except LaporanError as error:
        problems = error.errors
    else:  # pragma: no cover
        raise AssertionError("refused")
    assert len(problems) == 1001
    assert [p.field for p in problems[:3]] == ["laporan.x0", "laporan.x1", "laporan.x2"]
    assert problems[999].field == "laporan.x999"
    assert problems[-1].field == "file" and problems[-1].received == "500 more problems"


def test_too_many_arrays_and_tables_are_refused_before_parsing() -> None:
    import pytest

    from sakip._reading import MAX_STRUCTURES, parse_document
    from sakip.errors import SakipError

    for head, tail, json_format in (("x = [", "]", False), ('{"x": [', "]}", True)):
        text = head + ",".join(["[]"] * MAX_STRUCTURES) + tail
        with pytest.raises(SakipError, match=f"at most {MAX_STRUCTURES} arrays and tables"):
            parse_document(text.encode(), json_format=json_format)
    dotted = "\n".join(f"k{i}.a.b = 1" for i in range(MAX_STRUCTURES // 2 + 1))
    with pytest.raises(SakipError, match="arrays and tables in a file"):
        parse_document(dotted.encode(), json_format=False)


def test_means_mended_from_wrong_rows_grow_linearly(tmp_path: Path) -> None:
    # Every row prints E 120,00 where 100 / 90 × 100 = 111,11 (a mismatch), every mean
    # 119,00: the mean with the rows' recomputed E is tried for each rerata row.  It is
    # computed once per table, and its note names ten rows and counts the rest.
    def table(n: int) -> str:
        def line(kind: str, i: int, e: str) -> str:
            return (f'{{label = "{kind}{i}", capaian_output = "100", input = [{{nama = "dana", '
                    f'capaian = "90", efisiensi = "{e}"}}]}}')
        rows = ",\n".join(line("b", i, "120,00") for i in range(n))
        means = ",\n".join(line("r", i, "119,00") for i in range(n))
        return (HEAD + '[[efisiensi_kinerja]]\nkode = "E"\nrumus = "rasio"\n'
                f"baris = [\n{rows}]\nrerata = [\n{means}]\n")
    sizes = []
    for n in (100, 1000):
        path = tmp_path / f"m{n}.toml"
        path.write_text(table(n), encoding="utf-8")
        result = sakip.reviu(path)
        assert result.counts()["mismatch"] >= n
        sizes.append(len(dumps(result)))
    assert sizes[1] <= 12 * sizes[0], sizes
