"""Benchmark: the largest report files the input limits allow, read and reviewed.

Run from a checkout with the package installed::

    python benchmarks/largest_file.py          # every case
    python benchmarks/largest_file.py --small  # a quick look (a tenth of the size)

Each case writes one report file of just under the 5 MB limit
(:data:`sakip._reading.MAX_BYTES`) shaped to stress one check: many Rincian
Output rows with their kegiatan totals (once quadratic), one table of the
widest row allowed with ``kolom_total`` (once quadratic), a table of
unreadable cells with totals (once quadratic), many indicators, and
the worst pre-scan input (the deepest nesting and longest dotted keys allowed,
repeated).  It prints, per case, the file size, the number of findings, the
CPU time of ``sakip.reviu`` and of rendering every format, and the peak memory
(tracemalloc).  It makes no assertion: the numbers are for people.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import sakip
from sakip._reading import MAX_BYTES, MAX_COLUMNS, MAX_DEPTH, MAX_KEY_PARTS
from sakip.reviu import dumps

HEAD = 'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "Satker Uji"\ntahun = 2023\n'


def _fill(header: str, row: Callable[[int], str], budget: int, footer: str = "") -> str:
    parts = [header]
    size = len(header) + len(footer)
    i = 0
    while True:
        piece = row(i)
        if size + len(piece) > budget:
            break
        parts.append(piece)
        size += len(piece)
        i += 1
    parts.append(footer)
    return "".join(parts)


def outputs(budget: int) -> str:
    """Rincian Output rows, ten per kegiatan, each kegiatan with printed totals."""
    def row(i: int) -> str:
        text = (f'[[anggaran.output]]\nkode = "{1000 + i // 10}.ABC.{i % 10:03d}"\n'
                f'pagu = "1.000.000"\nrealisasi = "950.000"\ncapaian = "100"\n'
                f'penyerapan = "95,00"\n')
        if i % 10 == 9:
            text += (f'[[anggaran.kegiatan]]\nkode = "{1000 + i // 10}"\n'
                     'pagu = "10.000.000"\nrealisasi = "9.500.000"\n')
        return text
    return _fill(HEAD + "[anggaran]\n", row, budget)


def wide_table(budget: int) -> str:
    """One table of MAX_COLUMNS columns, with kolom_total, and as many rows as fit."""
    columns = ", ".join(f'"k{c}"' for c in range(MAX_COLUMNS))
    header = (HEAD + f'[[tabel]]\nkode = "T1"\nkolom = [{columns}]\n'
              f'kolom_total = [{columns}]\n')
    cells = ", ".join(['"1"'] * MAX_COLUMNS)

    def row(i: int) -> str:
        return (f'[[tabel.baris]]\nlabel = "b{i}"\nnilai = [{cells}]\n'
                f'total = "{MAX_COLUMNS}"\n')
    return _fill(header, row, budget)


def unreadable_table(budget: int) -> str:
    """A table of unreadable cells with row and grand totals (the reasons once grew with
    rows × cells)."""
    columns = ", ".join(f'"k{c}"' for c in range(1000))
    header = HEAD + f'[[tabel]]\nkode = "T1"\nkolom = [{columns}]\ntotal = "1"\n'
    cells = ", ".join(['"x"'] * 1000)

    def row(i: int) -> str:
        return f'[[tabel.baris]]\nlabel = "b{i}"\nnilai = [{cells}]\ntotal = "1"\n'
    return _fill(header, row, budget)


def indicators(budget: int) -> str:
    """Indicators with printed capaian and previous years."""
    def row(i: int) -> str:
        return (f'[[indikator]]\nkode = "IKU {i}"\nnama = "Indikator {i}"\ntarget = "1.176"\n'
                f'realisasi = "1.189"\ncapaian = "101,10"\n'
                f'realisasi_sebelumnya = {{"2021" = "1.000", "2022" = "1.958"}}\n')
    return _fill(HEAD, row, budget)


def prescan(budget: int) -> str:
    """The deepest nesting and longest dotted keys the limits allow, over and over."""
    nested = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    key = ".".join(["a"] * MAX_KEY_PARTS)

    def row(i: int) -> str:
        return f'x{i}.{key[2:]} = {nested}\n'
    return _fill(HEAD, row, budget)


CASES: dict[str, Callable[[int], str]] = {"outputs + kegiatan": outputs,
                                          "wide table": wide_table,
                                          "unreadable table": unreadable_table,
                                          "indicators": indicators, "pre-scan": prescan}


def main() -> None:
    """Write each case, time the reviu and the renderings, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the size")
    args = parser.parse_args()
    budget = MAX_BYTES // 10 if args.small else MAX_BYTES - 1
    print(f"{'case':<20} {'bytes':>9} {'findings':>9} {'reviu s':>8} {'render s':>9} "
          f"{'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in CASES.items():
            path = Path(folder) / "report.toml"
            path.write_text(build(budget), encoding="utf-8")
            start = time.process_time()
            try:
                result = sakip.reviu(path)
            except sakip.SakipError as error:  # the pre-scan case is refused by the schema
                reviu_s = time.process_time() - start
                print(f"{name:<20} {path.stat().st_size:>9} {'refused':>9} {reviu_s:>8.2f} "
                      f"{'-':>9} {'-':>8}  ({str(error).splitlines()[0][:60]}…)")
                continue
            reviu_s = time.process_time() - start
            start = time.process_time()
            for render in (result.to_text, result.to_markdown, result.to_html):
                render()
            dumps(result)
            render_s = time.process_time() - start
            tracemalloc.start()
            sakip.reviu(path)
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            print(f"{name:<20} {path.stat().st_size:>9} {len(result):>9} {reviu_s:>8.2f} "
                  f"{render_s:>9.2f} {peak:>8.0f}")


if __name__ == "__main__":
    main()
