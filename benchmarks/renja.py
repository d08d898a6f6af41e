"""Benchmark: the Renja evaluation of a whole Pemda — batch, per-figure and bare Decimal.

Run from a checkout with the package installed::

    python benchmarks/renja.py            # 40,000 rows (50 OPD × 400 rows × K and Rp)
    python benchmarks/renja.py --small    # 4,000 rows

It generates a deterministic data set of Permendagri 86/2017 form rows (kolom
6, 7, 8 and TW I–IV, some quarters blank, some Renstra targets zero, a tenth
of the rows ``stock``), checks that the three implementations agree, then
prints the median CPU time of each (``time.process_time``, garbage collector
paused) and the ratios to the bare loop.  It makes no assertion on time.
"""

from __future__ import annotations

import argparse
import decimal
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sakip
from sakip import batch
from sakip.explain import NotComputable

FIGURES = ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian")


def generate(rows: int, seed: int = 2025) -> dict[str, Any]:
    """Columns of text as read from a CSV export of the form; deterministic for a seed."""
    rng = random.Random(seed)
    t6, r7, t8, agregasi = [], [], [], []
    tw: list[list[str | None]] = [[], [], [], []]
    for _ in range(rows):
        target = rng.randint(1, 10**9)
        t6.append("0" if rng.random() < 0.02 else str(target * 5))
        r7.append(str(rng.randint(0, target * 4)))
        t8.append(str(target))
        agregasi.append("stock" if rng.random() < 0.1 else "flow")
        reported = rng.randint(1, 4)
        for q in range(4):
            tw[q].append(str(rng.randint(0, target // 2)) if q < reported else None)
    return {"target_renstra": t6, "realisasi_renstra_lalu": r7, "target": t8,
            "realisasi_triwulan": tw, "agregasi": agregasi}


def per_batch(d: dict[str, Any]) -> Any:
    """The batch API."""
    return batch.evaluasi_renja(**d)


def per_figure(d: dict[str, Any]) -> Any:
    """The per-figure API: one EvaluasiRenja per row."""
    out: dict[str, list[Decimal | None]] = {name: [] for name in FIGURES}
    tw = d["realisasi_triwulan"]
    for i, (t6, r7, t8, agg) in enumerate(zip(d["target_renstra"], d["realisasi_renstra_lalu"],
                                              d["target"], d["agregasi"], strict=True)):
        e = sakip.evaluasi_renja(target_renstra=t6, realisasi_renstra_lalu=r7, target=t8,
                                 realisasi_triwulan=[col[i] for col in tw], agregasi=agg)
        for name in FIGURES:
            figure = getattr(e, name)
            out[name].append(None if isinstance(figure, NotComputable) else figure.value)
    return out


def reference(d: dict[str, Any]) -> Any:
    """Bare decimal: the same arithmetic, no validation, no library code."""
    ctx = decimal.Context(prec=50, Emin=-999_999, Emax=999_999)
    out: dict[str, list[Decimal | None]] = {name: [] for name in FIGURES}
    hundred = Decimal(100)
    with decimal.localcontext(ctx):
        for t6, r7, t8, agg, *quarters in zip(d["target_renstra"], d["realisasi_renstra_lalu"],
                                              d["target"], d["agregasi"],
                                              *d["realisasi_triwulan"], strict=True):
            values = [Decimal(q) for q in quarters if q is not None]
            if agg == "flow":
                r13 = Decimal(0)
                for v in values:
                    r13 = r13 + v
                r14 = Decimal(r7) + r13
            else:
                r13 = r14 = values[-1]
            t6d, t8d = Decimal(t6), Decimal(t8)
            out["realisasi"].append(r13)
            out["realisasi_renstra"].append(r14)
            out["capaian_renstra"].append(None if t6d == 0 else r14 * hundred / t6d)
            out["capaian"].append(None if t8d == 0 else r13 * hundred / t8d)
    return out


def median_time(fn: Callable[[dict[str, Any]], Any], data: dict[str, Any], repeat: int) -> float:
    """Median CPU time of ``fn(data)`` over ``repeat`` runs, garbage collector paused, in s."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            fn(data)
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Generate the data, check agreement, time the three implementations, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="4,000 rows instead of 40,000")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement")
    args = parser.parse_args(argv)
    data = generate(4_000 if args.small else 40_000)
    b, f, r = per_batch(data), per_figure(data), reference(data)
    assert {k: list(map(str, v)) for k, v in b.items()} == {
        k: list(map(str, v)) for k, v in f.items()}, "batch and per-figure differ"
    assert {k: list(map(str, v)) for k, v in b.items()} == {
        k: list(map(str, v)) for k, v in r.items()}, "batch and reference differ"
    t_ref, t_batch, t_fig = (median_time(fn, data, args.repeat)
                             for fn in (reference, per_batch, per_figure))
    rows = len(data["target"])
    print(f"python {sys.version.split()[0]}, sakip {sakip.__version__}, {rows:,} rows, "
          f"median CPU time of {args.repeat} runs")
    print(f"reference {t_ref:.3f}s; batch {t_batch:.3f}s ({t_batch / t_ref:.2f}x); "
          f"per-figure {t_fig:.3f}s ({t_fig / t_ref:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
