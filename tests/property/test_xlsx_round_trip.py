"""Issue 29: any report file the format allows goes to a workbook and back unchanged.

The files are generated from ``sakip.lkj.SPEC`` (``tests/strategies.report_files``):
every section, nested sheet, map, list and range the layout flattens.
"""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings

from sakip import _xlsx
from tests.strategies import report_files


@settings(max_examples=5, deadline=None)  # about 1.5 s each, mostly generating the file
@given(report_files())
@example({"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},  # ranges per year
          "indikator": [{"kode": "K1", "nama": "x", "polarisasi": "stabilize",
                         "renstra": {"target": {"2022": ["0,00", "0,00"]}}}]})
def test_a_report_file_goes_to_a_workbook_and_back(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "laporan.xlsx"
        path.write_bytes(_xlsx.write_xlsx(data))
        # a section with no rows (indeks = []) or no fields (anggaran = {}) has no cells: it
        # holds nothing and is read as absent
        assert _xlsx.read_xlsx(path) == {k: v for k, v in data.items() if v not in ([], {})}
    assert tomllib.loads(_xlsx.write_toml(data)) == data
