"""The ``sakip`` command.

``sakip kinerja --example bgp-kalsel-2023`` prints a report's indicator table
with recomputed capaian; ``sakip examples`` lists the bundled examples.
Exit status: 0 when every printed figure reproduces, 1 when some do not,
2 for unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sakip import examples
from sakip.errors import SakipError
from sakip.lkj import Laporan, load
from sakip.numbers import format_id, parse_id
from sakip.predikat import Predikat

__all__ = ["main"]


def _decimals(printed: str) -> int:
    return len(printed.split(",", 1)[1]) if "," in printed else 0


def _kinerja(laporan: Laporan) -> tuple[str, bool]:
    rounding = laporan.rounding
    header = ("kode", "satuan", "target", "realisasi", "capaian", "tercetak", "status")
    rows: list[tuple[str, ...]] = []
    ok = True
    for ind in laporan.indikator:
        target = str(ind.target) if isinstance(ind.target, Predikat) else format_id(ind.target)
        real = ind.realisasi
        realisasi = "-" if real is None else (
            str(real) if isinstance(real, Predikat) else format_id(real))
        try:
            value = ind.capaian().value
        except SakipError as error:
            rows.append((ind.kode, ind.satuan, target, realisasi, "-",
                         ind.capaian_tercetak or "-", f"not computable: {error}"))
            ok = False
            continue
        recomputed = format_id(value, rounding.places, rounding.mode)
        status = "-"
        if ind.capaian_tercetak is not None:
            places = _decimals(ind.capaian_tercetak)
            same = parse_id(ind.capaian_tercetak) == parse_id(
                format_id(value, places, rounding.mode))
            status = "match" if same else "MISMATCH"
            ok = ok and same
        if ind.realisasi_tercetak is not None:
            status += f" (realisasi printed as {ind.realisasi_tercetak})"
            ok = False
        rows.append((ind.kode, ind.satuan, target, realisasi, recomputed,
                     ind.capaian_tercetak or "-", status))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [f"{laporan.judul} — {laporan.instansi} ({laporan.tahun})",
             f"capaian rounded: {rounding}", ""]
    for row in [header, *rows]:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                     .rstrip())
    if laporan.nilai_akip is not None:
        predikat = Predikat.from_nilai(laporan.nilai_akip)
        printed = laporan.predikat_akip
        status = "match" if printed in (None, predikat) else f"MISMATCH (printed {printed})"
        ok = ok and printed in (None, predikat)
        lines.append("")
        lines.append(f"Evaluasi AKIP: nilai {format_id(laporan.nilai_akip)} → predikat "
                     f"{predikat} ({predikat.arti}); {status}")
    return "\n".join(lines), ok


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``sakip`` command with ``argv``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="sakip", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    kin = sub.add_parser("kinerja", help="indicator table with recomputed capaian")
    source = kin.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a sakip/lkj-1 file (TOML or JSON)")
    source.add_argument("--example", help="a bundled example (see 'sakip examples')")
    sub.add_parser("examples", help="list the bundled examples")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    if args.command == "examples":
        print("\n".join(examples.names()))
        return 0
    try:
        laporan = load(examples.path(args.example) if args.example else args.file)
    except SakipError as error:
        print(f"sakip: {error}", file=sys.stderr)
        return 2
    text, ok = _kinerja(laporan)
    print(text)
    return 0 if ok else 1
