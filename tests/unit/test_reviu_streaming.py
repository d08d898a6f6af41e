"""Large outputs in bounded time and memory, byte for byte the same (issue 24).

The JSON document is streamed one finding at a time with the C string escaper
and indentation assembled by hand: it must equal ``json_safe(json.dumps(...,
indent=2, ensure_ascii=False))`` exactly.  The command writes every rendering in
pieces; ``counts`` and ``conventions`` are computed once per reviu; a shared
explanation is rendered once per rendering.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs
from hypothesis import given, settings

import sakip
from sakip._output import by_identity, encoded, json_safe, write_atomic
from sakip.cli import main
from sakip.reviu import dumps, dumps_many
from sakip.reviu._json import _stream
from tests.strategies import json_values

SEED = sakip.examples.path("bgp-kalsel-2023")

#: A report whose text holds what the JSON output must escape (bidi, U+2028, markup).
HOSTILE = {"schema": "sakip/lkj-1",
           "laporan": {"instansi": "Satker \u202eUji </script> & \u2028", "tahun": 2023},
           "indikator": [{"kode": "IKU\u200b1", "nama": "n <b>", "target": "90,5",
                          "realisasi": "91,5", "capaian": "98,90", "polarisasi": "minimize"}]}


def _standard(document: object) -> str:
    return json_safe(json.dumps(document, indent=2, ensure_ascii=False))


@settings(max_examples=100, deadline=None)
@given(json_values())
def test_streamed_json_is_the_standard_encoders_byte_for_byte(value: object) -> None:
    """Any JSON value, nested at any depth, as ``json.dumps(indent=2)`` + ``json_safe``."""
    document = {"value": value, "again": [value]}
    assert "".join(_stream(document)) == _standard(document)


@settings(max_examples=50, deadline=None)
@given(json_values())
def test_streamed_lists_are_pieces_of_the_same_document(value: object) -> None:
    """Lists given as generators (the findings) give the same text, in several pieces."""
    document = {"findings": [value, {"a": value}, []], "inputs": []}
    none: list[object] = []
    pieces = list(_stream({"findings": (item for item in document["findings"]),
                           "inputs": (item for item in none)}))
    assert "".join(pieces) == _standard(document)
    assert len(pieces) == 4  # one per finding, then the rest


def test_dumps_equals_the_standard_document() -> None:
    """The seed's and a hostile report's documents, and several reports together."""
    seed, hostile = sakip.reviu(SEED), sakip.reviu(HOSTILE)
    for result in (seed, hostile):
        for strict in (False, True):
            assert dumps(result, strict=strict) == _standard(result.to_json(strict=strict))
    error = sakip.SakipError("file: unreadable", field="file")
    results: list[tuple[str, sakip.Reviu | sakip.SakipError]] = [
        ("seed", seed), ("hostile", hostile), ("bad", error)]
    many = json.loads(dumps_many(results))
    assert [r["exit_status"] for r in many["reports"]] == [1, 0, 2]
    assert many["reports"][0] == seed.to_json()
    assert "\u202e" not in dumps_many(results) and "\\u202e" in dumps_many(results)


def test_counts_and_conventions_once_and_never_shared() -> None:
    """Computed once per reviu; a caller changing what it got changes nothing after."""
    r = sakip.reviu(SEED)
    first = r.conventions()
    first[0]["figures"] = -1
    first.append({})
    assert r.conventions() != first and r.conventions()[0]["figures"] > 0
    counts = r.counts()
    counts["mismatch"] = 0
    assert r.counts()["mismatch"] == 34
    evolved = attrs.evolve(r, findings=r.findings[:1])  # a new reviu computes its own
    assert sum(evolved.counts().values()) == 1
    assert r == attrs.evolve(r)  # the cache is no part of equality


def test_by_identity_renders_each_object_once_and_keeps_a_bounded_few() -> None:
    calls: list[object] = []

    def render(value: list[int]) -> str:
        calls.append(value)
        return str(value)

    once = by_identity(render, size=2)
    a, b, c = [1], [1], [2]  # a and b are equal, not the same object
    assert [once(a), once(a), once(b)] == ["[1]", "[1]", "[1]"]
    assert len(calls) == 2
    once(c)  # a leaves: the cache holds b and c
    once(a)
    assert len(calls) == 4


def test_encoded_pieces_are_the_encoded_text() -> None:
    """Slices never split a character's bytes; a lone surrogate is its escape; one final
    line feed."""
    text = "é\ud800" * 5 + "\n"
    assert b"".join(encoded([text], slice_chars=3)) == text.encode("utf-8", "backslashreplace")
    assert b"".join(encoded(["a", "b"], slice_chars=1)) == b"ab\n"


def test_write_atomic_writes_pieces(tmp_path: Path) -> None:
    def pieces() -> Iterator[bytes]:
        yield b"one "
        yield b""
        yield b"two"

    write_atomic(tmp_path / "out", pieces())
    assert (tmp_path / "out").read_bytes() == b"one two"


def test_the_command_writes_the_same_bytes_to_a_file_and_to_stdout(
        tmp_path: Path, capsysbinary: object) -> None:
    """Every format, written in pieces to ``-o`` and to standard output: one same text."""
    result = sakip.reviu(SEED)
    renderings = {"text": result.to_text(), "markdown": result.to_markdown(),
                  "json": dumps(result), "html": result.to_html()}
    for fmt, rendered in renderings.items():
        target = tmp_path / f"out.{fmt}"
        assert main(["reviu", str(SEED), "--format", fmt, "-o", str(target)]) == 1
        assert main(["reviu", str(SEED), "--format", fmt]) == 1
        out = capsysbinary.readouterr().out  # type: ignore[attr-defined]
        assert out == target.read_bytes()
        assert out.decode() == rendered + ("" if rendered.endswith("\n") else "\n")


def test_several_reports_in_html_are_written_a_row_at_a_time() -> None:
    """Several reports' page: the summary, then each report's body in its section, in as
    many pieces as rows (never the reports held whole together)."""
    from sakip.cli import _many_pieces

    results = [("a.toml", sakip.reviu(SEED)), ("b.toml", sakip.reviu(HOSTILE))]
    pieces = list(_many_pieces(results, "html", False, "id"))
    assert len(pieces) > sum(len(r) for _, r in results)
    page = "".join(pieces)
    for _, result in results:
        own = result.to_html()
        body = own[own.index("<body>") + 6:own.rindex("</body>")]
        assert f"<section>{body}</section><hr>" in page
    assert page.endswith("</body></html>\n") and page.count("<style>") == 1


def test_unreadable_cells_named_ten_at_a_time_with_the_count_of_the_rest() -> None:
    """A row of 12 unreadable cells and one of 3: each row total names at most ten cells
    and how many more, the grand total the first ten of the table and the other five."""
    from sakip._bahasa import Pesan, pisah

    rows = [{"label": "a", "nilai": ["x"] * 12, "total": "1"},
            {"label": "b", "nilai": ["x"] * 3, "total": "1"}]
    result = sakip.reviu({"schema": "sakip/lkj-1",
                          "laporan": {"instansi": "X", "tahun": 2023},
                          "tabel": [{"kode": "T", "kolom": [f"k{i}" for i in range(12)],
                                     "total": "1", "baris": rows}]})

    def named(reason: str) -> tuple[int, int]:
        assert isinstance(reason, Pesan)
        parts = pisah(reason.fields["cells"])  # type: ignore[arg-type]
        more = parts[-1].fields["n"] if isinstance(parts[-1], Pesan) else 0
        return sum(".nilai[" in part for part in parts), int(more)  # type: ignore[call-overload]

    found = {f.field: f for f in result.findings}
    row_a, grand = found["tabel[1].baris[1].total"], found["tabel[1].total"]
    assert {row_a.status, grand.status} == {"not-computable"}
    assert named(row_a.reason) == (10, 2)
    assert named(grand.reason) == (10, 5)


def test_the_collector_threshold_is_raised_during_a_reviu_and_restored_after() -> None:
    import contextlib
    import gc

    from sakip.reviu import _run

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    checked = _run._checked

    def spy(laporan: sakip.lkj.Laporan) -> object:
        seen.append(gc.get_threshold())
        return checked(laporan)

    _run._checked = spy  # type: ignore[assignment]
    try:
        sakip.reviu(SEED)
        with contextlib.suppress(sakip.SakipError):  # refused: restored after an error too
            sakip.reviu({"schema": "sakip/lkj-1"})
    finally:
        _run._checked = checked
    assert seen[0][0] == _run._YOUNG_THRESHOLD and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before
    gc.set_threshold(0, *before[1:])  # the collector off by the program: left off
    try:
        with _run._fewer_collections():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
