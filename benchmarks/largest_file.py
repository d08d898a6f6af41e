"""Benchmark: the largest report files the input limits allow, read and reviewed.

Run from a checkout with the package installed::

    python benchmarks/largest_file.py              # every case, every format
    python benchmarks/largest_file.py --small      # a quick look (a tenth of the size)
    python benchmarks/largest_file.py --case "pk targets" --format json   # one of each

Each case writes one report file of just under the 5 MB limit
(:data:`sakip._reading.MAX_BYTES`) shaped to stress one check: many Rincian
Output rows with their kegiatan totals (once quadratic), one table of the
widest row allowed with ``kolom_total`` (once quadratic), a table of
unreadable cells with totals (once quadratic; the same cell text, then every cell
a different text), many indicators, and
the worst pre-scan input (the deepest nesting and longest dotted keys allowed,
repeated).  The cases of issue 24 are here too: many Perjanjian Kinerja
targets, many LKE answers, one string value of nearly 5 MB, an efficiency
table with as many ``rerata`` rows as rows, and an unterminated string of
escaped quotes.

Each case runs once per output format and language (``--bahasa id`` and ``en``),
each run in a child process of its own doing what ``sakip reviu FILE --format FMT
--bahasa B -o OUT`` does (review, render, write the file in pieces), so that its
peak resident memory (``ru_maxrss``, which tracemalloc does not see whole) is that
of one command.  The table gives per
run the CPU time of the reviu and of rendering and writing, their total, the
megabytes written, and that peak.  It makes no assertion: the numbers are for
people.  The bound the file-format page states is 10 s and 500 MB per run on a
file under 5 MB, in every format and language.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sakip._bahasa import BAHASA, Bahasa
from sakip._reading import MAX_BYTES, MAX_COLUMNS, MAX_DEPTH, MAX_KEY_PARTS

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
    """One table of MAX_COLUMNS columns, with kolom_total, and as many rows as fit.

    A smaller budget (``--small``, the long fuzz's 50 KB and 500 KB files) has
    proportionally fewer columns, so that the file grows as a whole: with every
    column at every size, the column names (160 KB) would be most of a 500 KB file
    and the rows ten times more than a tenth of the rows at 5 MB — a growth of
    the rows, not of the file, that the long fuzz would read as super-linear.
    """
    width = min(MAX_COLUMNS, max(10, budget // 500))
    columns = ", ".join(f'"k{c}"' for c in range(width))
    header = (HEAD + f'[[tabel]]\nkode = "T1"\nkolom = [{columns}]\n'
              f'kolom_total = [{columns}]\n')
    cells = ", ".join(['"1"'] * width)

    def row(i: int) -> str:
        return (f'[[tabel.baris]]\nlabel = "b{i}"\nnilai = [{cells}]\n'
                f'total = "{width}"\n')
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


def distinct_unreadable(budget: int) -> str:
    """A table of unreadable cells, each different (each refused afresh, not once per text)."""
    columns = ", ".join(f'"k{c}"' for c in range(1000))
    header = HEAD + f'[[tabel]]\nkode = "T1"\nkolom = [{columns}]\ntotal = "1"\n'

    def row(i: int) -> str:
        cells = ", ".join(f'"x{i}.{c}"' for c in range(1000))
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


def pk_targets(budget: int) -> str:
    """Perjanjian Kinerja tables of MAX_COLUMNS targets each, for indicators not in the file."""
    def row(i: int) -> str:
        targets = ",".join(f'k{j}="1"' for j in range(MAX_COLUMNS))
        return f'[[perjanjian_kinerja]]\nkode = "pk{i}"\ntarget = {{{targets}}}\n'
    return _fill(HEAD, row, budget)


def lke_answers(budget: int) -> str:
    """LKE criteria answers: lists of MAX_COLUMNS answers per sub-component, year after year."""
    answers = ",".join(['"Y"'] * MAX_COLUMNS)
    keys = [f"{k}.{s}" for k, n in ((1, 3), (2, 3), (3, 3), (4, 3)) for s in "abc"[:n]]

    def row(i: int) -> str:
        lines = "".join(f'"{key}" = [{answers}]\n' for key in keys)
        return f'[evaluasi_akip.sebelumnya."{2022 - i}"]\nnilai = "70"\n' \
               f'[evaluasi_akip.sebelumnya."{2022 - i}".kriteria]\n{lines}'
    return _fill(HEAD + '[evaluasi_akip]\nnilai = "70"\n', row, budget)


def long_string(budget: int) -> str:
    """One string value of nearly the whole file."""
    return HEAD.replace('"Satker Uji"', '"' + "x" * (budget - len(HEAD) - 16) + '"')


def efficiency_means(budget: int) -> str:
    """An efficiency table of N rows and N rerata rows (the means once cost N²)."""
    def line(kind: str, i: int) -> str:
        return (f'{{label = "{kind}{i}", capaian_output = "100", input = [{{nama = "dana", '
                'capaian = "90", efisiensi = "111,11"}]}')
    n = (budget - 200) // (2 * (len(line("b", 10**5)) + 2))
    rows = ",\n".join(line("b", i) for i in range(n))
    means = ",\n".join(line("r", i) for i in range(n))
    return (HEAD + '[[efisiensi_kinerja]]\nkode = "E"\nrumus = "rasio"\n'
            f"baris = [\n{rows}]\nrerata = [\n{means}]\n")


def escaped_quotes(budget: int) -> str:
    """An unterminated string of escaped quotes (the pre-scan was once quadratic)."""
    return 'x = "' + '\\"' * ((budget - 5) // 2)


CASES: dict[str, Callable[[int], str]] = {"outputs + kegiatan": outputs,
                                          "wide table": wide_table,
                                          "unreadable table": unreadable_table,
                                          "distinct unreadable": distinct_unreadable,
                                          "indicators": indicators, "pre-scan": prescan,
                                          "pk targets": pk_targets, "lke answers": lke_answers,
                                          "long string": long_string,
                                          "efficiency means": efficiency_means,
                                          "escaped quotes": escaped_quotes}


FORMATS = ("text", "markdown", "json", "html")


def measure(name: str, budget: int, fmt: str, bahasa: Bahasa = "id") -> dict[str, object]:
    """One case in this process, as ``sakip reviu FILE --format FMT --bahasa B -o OUT`` runs it.

    Write the case, review it, render it in ``fmt`` and ``bahasa`` and write the
    rendering to a file the way the command does (in pieces); the figures.  The
    modules are imported before the clock starts (an installed package imports
    from its cached bytecode in a fraction of a second; a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` would compile them inside the reviu's time).
    """
    import sakip.reviu._html
    import sakip.reviu._json
    import sakip.reviu._kertas
    import sakip.reviu._markdown
    import sakip.reviu._text  # imported before the clock starts: see above
    from sakip._output import encoded, write_atomic
    from sakip.cli import _pieces

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.toml"
        path.write_text(CASES[name](budget), encoding="utf-8")
        size = path.stat().st_size
        start = time.process_time()
        try:
            result = sakip.reviu(path)
        except sakip.SakipError as error:
            return {"case": name, "format": fmt, "bahasa": bahasa, "bytes": size,
                    "findings": "refused",
                    "reviu_s": time.process_time() - start, "render_s": 0.0, "out_mb": 0.0,
                    "peak_mb": _peak_mb(), "note": str(error).splitlines()[0][:50]}
        reviu_s = time.process_time() - start
        start = time.process_time()
        out = Path(folder) / f"reviu.{fmt}"
        write_atomic(out, encoded(_pieces(result, fmt, False, bahasa)))
        render_s = time.process_time() - start
        return {"case": name, "format": fmt, "bahasa": bahasa, "bytes": size,
                "findings": len(result),
                "reviu_s": reviu_s, "render_s": render_s, "out_mb": out.stat().st_size / 1e6,
                "peak_mb": _peak_mb(), "note": ""}


def _peak_mb() -> float:
    """Peak resident memory of this process, in MB (``ru_maxrss``: KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def run(name: str, budget: int, fmt: str, bahasa: Bahasa = "id") -> dict[str, object]:
    """:func:`measure` in a child process (its peak memory its own)."""
    command = [sys.executable, __file__, "--child", name, "--budget", str(budget),
               "--format", fmt, "--bahasa", bahasa]
    child = subprocess.run(command, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "0"}, timeout=3600)
    row: dict[str, object] = json.loads(child.stdout)
    return row


def main() -> None:
    """Run each case in each format and language in a child process of its own, print a
    table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the size")
    parser.add_argument("--case", choices=list(CASES), action="append",
                        help="only this case (may repeat)")
    parser.add_argument("--format", choices=FORMATS, action="append",
                        help="only this output format (may repeat)")
    parser.add_argument("--bahasa", choices=BAHASA, action="append",
                        help="only this language (may repeat; default: both)")
    parser.add_argument("--budget", type=int, help="bytes per file (default: the limit)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    budget = args.budget or (MAX_BYTES // 10 if args.small else MAX_BYTES - 1)
    formats = args.format or FORMATS
    languages = args.bahasa or BAHASA
    if args.child:
        print(json.dumps(measure(args.child, budget, formats[0], languages[0])))
        return
    print(f"{'case':<20} {'format':<8} {'bhs':<3} {'bytes':>9} {'findings':>9} {'reviu s':>8} "
          f"{'render s':>9} {'total s':>8} {'out MB':>7} {'peak MB':>8}")
    for name in args.case or CASES:
        for fmt in formats:
            for bahasa in languages:
                try:
                    row = run(name, budget, fmt, bahasa)
                except subprocess.CalledProcessError as error:
                    print(f"{name:<20} {fmt:<8} {bahasa:<3} failed: "
                          f"{error.stderr.strip().splitlines()[-1:]}")
                    continue
                total = float(row["reviu_s"]) + float(row["render_s"])  # type: ignore[arg-type]
                print(f"{name:<20} {fmt:<8} {bahasa:<3} {row['bytes']:>9} {row['findings']:>9} "
                      f"{row['reviu_s']:>8.2f} {row['render_s']:>9.2f} {total:>8.2f} "
                      f"{row['out_mb']:>7.1f} {row['peak_mb']:>8.0f}"
                      + (f"  ({row['note']}…)" if row["note"] else ""), flush=True)


if __name__ == "__main__":
    main()
