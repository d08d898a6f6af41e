"""The reproducers of issue 16, one per class of failure, as report files.

Each entry is ``name: (file name, content, what the CLI must say)``; the CLI
must exit 2 with one line on standard error naming the place (``expect``), and
never a traceback.  ``ok_files`` are hostile files whose correct result is a
reviu (exit 0 or 1), not an error.
"""

from __future__ import annotations

import json

HEAD = 'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'


def indikator(**fields: str) -> str:
    """A report with one indicator; ``fields`` are TOML lines (``target = '"1"'``)."""
    lines = {"kode": '"I1"', "nama": '"n"', "target": '"10"', "realisasi": '"12"'}
    lines.update(fields)
    return HEAD + "[[indikator]]\n" + "".join(f"{k} = {v}\n" for k, v in lines.items())


def _json(doc: dict[str, object]) -> str:
    return json.dumps(doc)


_BASE_JSON: dict[str, object] = {"schema": "sakip/lkj-1",
                                 "laporan": {"instansi": "X", "tahun": 2023}}

#: name -> (file name, content, text the one-line message must contain)
REFUSED: dict[str, tuple[str, str, str]] = {
    "number of 49 digits": ("big.toml", indikator(realisasi='"1' + "0" * 48 + '"'),
                            "indikator[1].realisasi"),
    "superscript year key": ("sup.toml", indikator(realisasi_sebelumnya='{"²" = "1"}'),
                             "realisasi_sebelumnya"),
    "year key with a leading zero": (
        "zero.toml", indikator(realisasi_sebelumnya='{"2022" = "100", "02022" = "50"}'),
        "realisasi_sebelumnya.02022"),
    "nested arrays, TOML": ("deep.toml", "x = " + "[" * 500 + "]" * 500 + "\n", "line 1"),
    "nested arrays, JSON": ("deep.json", "[" * 1000 + "]" * 1000, "line 1"),
    "nested tables, JSON": ("deept.json", '{"a":' * 1000 + "1" + "}" * 1000, "line 1"),
    "dotted key 120 KB": ("dots.toml", "a" + ".a" * 60_000 + " = 1\n", "line 1"),
    "long key": ("key.toml", "a" * 1000 + " = 1\n", "line 1"),
    "Arabic-Indic digits": ("arab.toml", indikator(target='"١٠0"'), "indikator[1].target"),
    "full-width digits": ("wide.toml", indikator(realisasi='"９５"'), "indikator[1].realisasi"),
    "JSON duplicate key": ("dup.json", '{"schema": "sakip/lkj-1", "schema": "sakip/lkj-1"}',
                           "'schema'"),
    "triwulan 9": ("tw9.toml", indikator() + '[indikator.triwulan]\ntarget = {"9" = "1"}\n',
                   "triwulan.target.9"),
    "triwulan 0": ("tw0.toml", indikator() + '[indikator.triwulan]\ntarget = {"0" = "1"}\n',
                   "triwulan.target.0"),
    "triwulan 04": ("tw04.toml", indikator() + '[indikator.triwulan]\ntarget = {"04" = "1"}\n',
                    "triwulan.target.04"),
    "laporan.tahun -5": ("t1.toml", HEAD.replace("2023", "-5"), "laporan.tahun"),
    "laporan.tahun 0": ("t2.toml", HEAD.replace("2023", "0"), "laporan.tahun"),
    "laporan.tahun 2^63-1": ("t3.toml", HEAD.replace("2023", str(2**63 - 1)), "laporan.tahun"),
    "percent target, rupiah realisasi": (
        "unit.toml", indikator(target='"100%"', realisasi='"Rp 95"'), "indikator[1].realisasi"),
    "rupiah on a capaian": ("unit2.toml", indikator(capaian='"Rp 120"'), "indikator[1].capaian"),
    "percent on a pagu": (
        "unit3.toml", HEAD + '[anggaran]\n[[anggaran.output]]\nkode = "1234.ABC.001"\n'
        'pagu = "100%"\nrealisasi = "90"\n', "anggaran.output[1].pagu"),
    "JSON NaN": ("nan.json", _json(_BASE_JSON).replace('2023', 'NaN'), "NaN"),
    "float": ("float.toml", indikator(target="97.5"), "97.5"),
    "not UTF-8": ("latin.toml", HEAD.replace("X", "\xe9"), "UTF-8"),
    "150k columns": (
        "cols.toml", HEAD + '[[tabel]]\nkode = "T"\nkolom = [' + ",".join(['"c"'] * 150_000)
        + ']\nbaris = []\n', "tabel[1].kolom"),
}

#: name -> (file name, content): hostile files whose correct result is a reviu.
OK_FILES: dict[str, tuple[str, str]] = {
    "lone surrogate": ("sur.json", json.dumps({**_BASE_JSON, "laporan": {
        "instansi": "\ud800", "tahun": 2023}}).replace("\\\\", "\\")),
    "escape sequence in kode": ("esc.toml", indikator(kode='"I\\u001b[2J1"',
                                                       capaian='"120,00"')),
    "newline in kode": ("nl.toml", indikator(kode='"I1 |\\n| forged | row"',
                                             capaian='"120,00"')),
    "backwards date range": (
        "date.toml", HEAD + '[[daftar_kegiatan]]\nkode = "D"\ntotal = "1"\n'
        '[[daftar_kegiatan.baris]]\nwaktu = "12 Mei - 11 Mei 2023"\npeserta = "1"\n'),
    "number of 30 digits": ("big30.toml", indikator(target='"1"', realisasi='"' + "9" * 30 + '"')),
}
