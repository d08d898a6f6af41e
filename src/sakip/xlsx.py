"""Report files as workbooks (``.xlsx``): the template to fill, reading and writing.

The public face of the workbook layout (``sakip._xlsx``): a workbook holds the
same ``sakip/lkj-1`` document as a TOML file, one sheet per section, and is
read through the same validation (errors at their sheet, row and column).
``sakip.reviu`` reads a workbook path itself; these functions are for
programs that fill, convert or load one:

* ``template_xlsx`` -- the workbook to fill (notes row, drop-downs, example
  row), as ``sakip template --format xlsx`` writes it;
* ``load_xlsx`` -- a workbook read and validated into a
  ``sakip.lkj.Laporan`` (what ``sakip.lkj.load`` is for TOML and JSON);
* ``read_xlsx`` -- its document (the mapping a TOML file gives), not validated;
* ``write_xlsx`` -- a document as a workbook (``sakip konversi``);
* ``write_toml`` -- a document as TOML text (the other way).

Needs the optional extra ``sakip[xlsx]`` (openpyxl), imported only when a
workbook is read or written; without it each function raises
``sakip.errors.SakipError`` saying so.  Limits, how a number cell
becomes a Decimal and when it is refused: see the file-format page.

A bundled example written as a workbook and read back reviews the same:

>>> import tomllib, tempfile, pathlib
>>> import sakip
>>> from sakip.xlsx import load_xlsx, write_xlsx
>>> path = sakip.examples.path("bgp-kalsel-2023")
>>> document = tomllib.loads(path.read_text(encoding="utf-8"))
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "laporan.xlsx").write_bytes(write_xlsx(document))
>>> laporan = load_xlsx(folder / "laporan.xlsx")
>>> laporan.instansi, sakip.reviu(laporan).counts() == sakip.reviu(path).counts()
('BGP Provinsi Kalimantan Selatan', True)
"""

from __future__ import annotations

from sakip._xlsx import (
    WORKBOOK_SUFFIXES,
    load_xlsx,
    read_xlsx,
    template_xlsx,
    write_toml,
    write_xlsx,
)

__all__ = [
    "WORKBOOK_SUFFIXES",
    "load_xlsx",
    "read_xlsx",
    "template_xlsx",
    "write_toml",
    "write_xlsx",
]
