"""Fuzzing the readers: every input is a result or sakip's own error, never a crash."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given

import sakip
from sakip import lkj
from sakip._decimal import to_decimal
from sakip.errors import SakipError
from sakip.reviu import dumps
from tests import strategies as s
from tests.fuzz import fuzz_settings

EXAMPLE = Path(str(sakip.examples.path("bgp-kalsel-2023"))).read_bytes()
DOCUMENT: dict[str, Any] = tomllib.loads(EXAMPLE.decode("utf-8"))
_ASCII_NUMBER = re.compile(r"[0-9.,%Rp+\-−\s]*")


def _check_renderings(result: sakip.Reviu) -> None:
    """Every format renders and encodes; text and Markdown carry no raw control characters,
    and Markdown has exactly one table row per finding."""
    from sakip._output import encode

    text = result.to_text()
    markdown = result.to_markdown()
    for rendering in (text, markdown, dumps(result), result.to_html()):
        encode(rendering)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text + markdown)
    rows = [line for line in markdown.split("\n") if line.startswith("| ")]
    assert len(rows) == len(result.findings) + 1  # the header row, then one per finding
    json.loads(dumps(result))


def _load(raw: bytes, tmp: Path, name: str) -> sakip.Reviu | None:
    path = tmp / name
    path.write_bytes(raw)
    try:
        return sakip.reviu(path)
    except SakipError as error:
        message = str(error)
    assert message.startswith(str(path))  # the error names the file
    return None


class TestReportFiles:
    """Mutated report files: a reviu or a LaporanError, never another exception."""

    @fuzz_settings
    @given(raw=s.mutated_bytes(EXAMPLE))
    @example(raw=b"x = " + b"[" * 500 + b"]" * 500)
    @example(raw=b"a" + b".a" * 60_000 + b" = 1")
    @example(raw=EXAMPLE.replace(b'tahun = 2023', b'tahun = 9223372036854775807', 1))
    def test_toml_bytes(self, raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
        """Byte-level mutations of the bundled example."""
        result = _load(raw, tmp_path_factory.mktemp("toml"), "report.toml")
        if result is not None:
            _check_renderings(result)

    @fuzz_settings
    @given(doc=s.mutated_documents(DOCUMENT))
    @example(doc={**DOCUMENT, "laporan": {**DOCUMENT["laporan"], "instansi": "\ud800"}})
    @example(doc={**DOCUMENT, "tabel": [{**DOCUMENT["tabel"][0], "total_kolom": ["x"]}]})
    def test_json_values(self, doc: object, tmp_path_factory: pytest.TempPathFactory) -> None:
        """String values replaced by hostile text (surrogates, escapes, foreign digits)."""
        raw = json.dumps(doc).encode("utf-8")
        result = _load(raw, tmp_path_factory.mktemp("json"), "report.json")
        if result is not None:
            _check_renderings(result)

    @fuzz_settings
    @given(raw=s.mutated_bytes(json.dumps(DOCUMENT).encode("utf-8")))
    @example(raw=b"[" * 1000 + b"]" * 1000)
    @example(raw=b'{"schema": "sakip/lkj-1", "schema": "x"}')
    def test_json_bytes(self, raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
        """Byte-level mutations of the example as JSON."""
        result = _load(raw, tmp_path_factory.mktemp("jsonb"), "report.json")
        if result is not None:
            _check_renderings(result)


class TestTexts:
    """Number and date text: one strict reading, ASCII digits only."""

    @fuzz_settings
    @given(text=s.hostile_number_texts())
    @example(text="١٠0")
    @example(text="９５")
    @example(text="1" + "0" * 48)
    def test_parse_id(self, text: str) -> None:
        """parse_id returns a Decimal only for text of ASCII digits and separators."""
        try:
            value = sakip.parse_id(text)
        except sakip.ParseError:
            return
        assert _ASCII_NUMBER.fullmatch(text)
        assert value.is_finite()

    @fuzz_settings
    @given(text=s.hostile_number_texts())
    @example(text="²")
    @example(text="1e999999")
    def test_to_decimal(self, text: str) -> None:
        """to_decimal accepts only ASCII Python-notation text of bounded magnitude."""
        try:
            value = to_decimal(text, field="x")
        except SakipError:
            return
        assert text.isascii()
        assert value == Decimal(text)

    @fuzz_settings
    @given(text=s.date_texts())
    @example(text="12 Mei - 11 Mei 2023")
    @example(text="31 Des - 1 Des 2024")
    @example(text="1 Mei 1899")
    @example(text="30 Des - 2 Jan 1900")
    def test_parse_dates(self, text: str) -> None:
        """A parsed range never ends before it starts, and lies within 1900–2999."""
        try:
            start, end = sakip.parse_dates(text, year=2023)
        except sakip.ParseError:
            return
        assert text.isascii()
        assert date(1900, 1, 1) <= start <= end <= date(2999, 12, 31)


def test_laporan_error_names_the_file(tmp_path: Path) -> None:
    """A refused file's error starts with its path (the place), on one line."""
    bad = tmp_path / "r.toml"
    bad.write_text('schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 0\n',
                   encoding="utf-8")
    with pytest.raises(lkj.LaporanError) as caught:
        lkj.load(bad)
    assert str(caught.value) == (f"{bad}: laporan.tahun: expected an integer 1900–2999; "
                                 "received 0")
