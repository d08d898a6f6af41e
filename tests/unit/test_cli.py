"""Unit tests for the sakip command and the report loader."""

from __future__ import annotations

from pathlib import Path

import pytest

import sakip
from sakip import examples
from sakip.cli import main
from sakip.lkj import LaporanError, load


def test_kinerja_example_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The main job prints every indicator and exits 1 for the seed's IKK 1.3 mistake."""
    assert main(["kinerja", "--example", "bgp-kalsel-2023"]) == 1
    out = capsys.readouterr().out
    assert "IKK 1.1  Orang     1.176   1.189      101,10   101,10    match" in out
    assert "realisasi printed as 447" in out
    assert "predikat A (memuaskan); match" in out


def test_examples_listed(capsys: pytest.CaptureFixture[str]) -> None:
    """'sakip examples' lists the bundled examples."""
    assert main(["examples"]) == 0
    assert capsys.readouterr().out.split() == ["bgp-kalsel-2023"]


def test_bad_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unreadable files, unknown examples and bad arguments exit 2."""
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = [", encoding="utf-8")
    assert main(["kinerja", str(bad)]) == 2
    assert "bad.toml" in capsys.readouterr().err
    assert main(["kinerja", "--example", "nope"]) == 2
    assert main(["frobnicate"]) == 2


def test_clean_file_exits_0(tmp_path: Path) -> None:
    """A report whose printed figures all reproduce exits 0."""
    good = tmp_path / "good.toml"
    good.write_text(
        'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
        '[[indikator]]\nkode = "I1"\nnama = "n"\ntarget = "10"\nrealisasi = "12"\n'
        'capaian = "120,00"\n',
        encoding="utf-8",
    )
    assert main(["kinerja", str(good)]) == 0


def test_loader_reports_every_problem_at_once() -> None:
    """Every bad field is reported with its place, in one error."""
    with pytest.raises(LaporanError) as info:
        load({
            "schema": "sakip/lkj-0",
            "laporan": {"instansi": "X", "tahun": 2023, "rounding": {"mode": "nearest"}},
            "indikator": [
                {"kode": "A", "nama": "a", "target": 10.5, "realisasi": "1"},
                {"kode": "A", "nama": "b", "target": "4.25", "realisasi": "1", "warna": "x"},
                {"kode": "C", "nama": "c", "target": "1", "polarisasi": "up"},
            ],
        })
    text = str(info.value)
    for part in ("schema", "mode", "indikator[1].target", "indikator[2].kode",
                 "indikator[2].target", "indikator[2].warna", "indikator[3].polarisasi"):
        assert part in text
    assert len(info.value.errors) == 7
    assert isinstance(info.value, ValueError)


def test_loader_reads_example() -> None:
    """The bundled example loads with its rounding and its five indicators."""
    laporan = load(examples.path("bgp-kalsel-2023"))
    assert laporan.rounding == sakip.Rounding(places=2, mode="down")
    assert [i.kode for i in laporan.indikator] == ["IKK 1.1", "IKK 1.2", "IKK 1.3", "IKK 2.1",
                                                   "IKK 2.2"]
    assert laporan.predikat_akip is sakip.Predikat.A


def test_loader_refuses_non_toml_and_big_files(tmp_path: Path) -> None:
    """A file that is not TOML, or over the size limit, is refused with its name."""
    f = tmp_path / "x.toml"
    f.write_bytes(b"\xff\xfe")
    with pytest.raises(LaporanError, match=r"x\.toml"):
        load(f)
    with pytest.raises(LaporanError, match="readable"):
        load(tmp_path / "missing.toml")
