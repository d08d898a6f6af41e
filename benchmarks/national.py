"""Benchmark: a national run (25,000 satker × 12 outputs) — batch, per-figure and bare Decimal.

Run from a checkout with the package installed::

    python benchmarks/national.py            # full size, median of 5 rounds
    python benchmarks/national.py --small    # a quick look (2,500 satker)
    python benchmarks/national.py --slices 1 # whole columns per call, no taking turns

It generates a deterministic data set (the same every run), then times, in one
process and one run: the batch API (``sakip.batch``), the per-figure API, and
a reference loop written directly with :mod:`decimal` doing the same
arithmetic with no library code, taking turns slice by slice (see
:func:`median_times`).  It prints each median CPU time, the ratio to the
reference loop, the peak memory of the whole batch run (tracemalloc, in a
separate untimed pass) and the import time.  It makes no assertion: the numbers are for people.
"""

from __future__ import annotations

import argparse
import decimal
import gc
import itertools
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sakip
from sakip import batch

INDICATORS = ["revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
              "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
              "capaian_output"]
WEIGHTS = [Decimal(w) for w in ("10", "15", "20", "10", "10", "10", "25")]


def generate(satker: int, outputs: int, seed: int = 2023) -> dict[str, Any]:
    """Columns of strings, as read from a CSV file; deterministic for a seed."""
    rng = random.Random(seed)
    pagu, realisasi, capaian, ids = [], [], [], []
    for s in range(satker):
        for _ in range(outputs):
            p = rng.randint(10_000_000, 30_000_000_000)
            pagu.append(str(p))
            realisasi.append(str(rng.randint(p * 8 // 10, p)))
            capaian.append(f"{rng.randint(8000, 12500) / 100:.2f}")
            ids.append(f"{s:06d}")
    scores: dict[str, list[str | None]] = {name: [] for name in INDICATORS}
    for _ in range(satker):
        for name in INDICATORS:
            if name == "belanja_kontraktual" and rng.random() < 0.2:
                scores[name].append(None)  # no contracts: not assessed
            else:
                scores[name].append(f"{rng.randint(7000, 10000) / 100:.2f}")
    return {"pagu": pagu, "realisasi": realisasi, "capaian": capaian, "satker": ids,
            "scores": scores}


# -- efficiency: E, NE and kategori per output ---------------------------------------------


def efisiensi_batch(d: dict[str, Any]) -> Any:
    """The batch API."""
    return batch.efisiensi_outputs(pagu=d["pagu"], realisasi=d["realisasi"],
                                   capaian=d["capaian"], rumus="per-pagu")


def efisiensi_per_figure(d: dict[str, Any]) -> Any:
    """The per-figure API: one RincianOutput and one Efisiensi per output."""
    out = []
    for p, r, c in zip(d["pagu"], d["realisasi"], d["capaian"], strict=True):
        e = sakip.efisiensi([sakip.RincianOutput(kode="5634.QDC.011", pagu=p, realisasi=r,
                                                 capaian=c)], rumus="per-pagu")
        ne = e.nilai
        out.append((e.value, ne.value, ne.kategori))
    return out


def efisiensi_reference(d: dict[str, Any]) -> Any:
    """Bare decimal: the same arithmetic and conversions, no library code."""
    ctx = decimal.Context(prec=50, Emin=-999_999, Emax=999_999)
    hundred, fifty, twenty, zero = Decimal(100), Decimal(50), Decimal(20), Decimal(0)
    e_out, ne_out, k_out = [], [], []
    with decimal.localcontext(ctx):
        for p_s, r_s, c_s in zip(d["pagu"], d["realisasi"], d["capaian"], strict=True):
            p, r, c = Decimal(p_s), Decimal(r_s), Decimal(c_s)
            p_co = p * (c / hundred)
            e = (p_co - r) * hundred / p
            ne = fifty + e / twenty * fifty
            ne = zero if ne < zero else hundred if ne > hundred else ne
            if ne >= 90:
                k = "Sangat Efisien"
            elif ne >= 70:
                k = "Efisien"
            elif ne >= 60:
                k = "Cukup Efisien"
            elif ne >= 50:
                k = "Kurang Efisien"
            else:
                k = "Tidak Efisien"
            e_out.append(e)
            ne_out.append(ne)
            k_out.append(k)
    return e_out, ne_out, k_out


# -- IKPA per satker ------------------------------------------------------------------------


def ikpa_batch(d: dict[str, Any]) -> Any:
    """The batch API."""
    return batch.ikpa_satker(d["scores"], aturan="per-5-pb-2024")


def ikpa_per_figure(d: dict[str, Any]) -> Any:
    """The per-figure API: one IKPA result per satker."""
    cols = d["scores"]
    n = len(cols[INDICATORS[0]])
    return [sakip.ikpa({name: cols[name][i] for name in INDICATORS}, aturan="per-5-pb-2024")
            .value for i in range(n)]


def ikpa_reference(d: dict[str, Any]) -> Any:
    """Bare decimal: weighted mean over the assessed indicators."""
    ctx = decimal.Context(prec=50, Emin=-999_999, Emax=999_999)
    cols = [d["scores"][name] for name in INDICATORS]
    out = []
    with decimal.localcontext(ctx):
        for row in zip(*cols, strict=True):
            total = Decimal(0)
            weights = Decimal(0)
            for value, weight in zip(row, WEIGHTS, strict=True):
                if value is not None:
                    total = total + Decimal(value) * weight
                    weights = weights + weight
            out.append(total / weights)
    return out


def slices(data: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """The data set cut into ``count`` slices of consecutive satker (outputs and scores)."""
    satker = len(next(iter(data["scores"].values())))
    per_satker = len(data["pagu"]) // satker
    bounds = [satker * i // count for i in range(count + 1)]
    out = []
    for lo, hi in itertools.pairwise(bounds):
        a, b = lo * per_satker, hi * per_satker
        out.append({"pagu": data["pagu"][a:b], "realisasi": data["realisasi"][a:b],
                    "capaian": data["capaian"][a:b], "satker": data["satker"][a:b],
                    "scores": {k: v[lo:hi] for k, v in data["scores"].items()}})
    return out


def median_times(fns: tuple[Callable[[dict[str, Any]], Any], ...],
                 parts: list[dict[str, Any]], repeat: int) -> list[float]:
    """Median CPU time of each function over the whole data set, over ``repeat`` rounds, in s.

    CPU time of this process (``time.process_time``), so that other processes
    do not count, with the garbage collector paused, as :mod:`timeit` does.
    On a shared virtual machine the speed of the CPU itself still drifts over
    seconds (by 20-30 % here), so the functions take turns slice by slice:
    every slice is run by each function in turn, and a function's time for a
    round is the sum over the slices.  A slow moment then falls on all of them
    alike, and the ratios stay put where whole-run timings do not.  Every
    function keeps its results for the whole round, as a whole run would.
    """
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        totals = [0.0] * len(fns)
        kept: list[Any] = []
        gc.collect()
        gc.disable()
        try:
            for part in parts:
                for i, fn in enumerate(fns):
                    start = time.process_time()
                    result = fn(part)
                    totals[i] += time.process_time() - start
                    kept.append(result)
        finally:
            gc.enable()
        del kept
        for slot, total in zip(times, totals, strict=True):
            slot.append(total)
    return [statistics.median(t) for t in times]


def peak_mb(fn: Callable[[dict[str, Any]], Any], data: dict[str, Any]) -> float:
    """Peak memory allocated while ``fn(data)`` runs and holds its result, in MB."""
    tracemalloc.start()
    result = fn(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return peak / 1e6


def import_time(statement: str, names: set[str], runs: int = 7) -> float:
    """Median cumulative ``-X importtime`` of the top-level modules ``names``, in ms."""
    totals = []
    for _ in range(runs):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", statement],
                             capture_output=True, text=True, check=True).stderr
        total = 0
        for line in err.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2][1:2] != " " and parts[2].strip() in names:
                total += int(parts[1])
        totals.append(total / 1000)
    return statistics.median(totals)


def main(argv: list[str] | None = None) -> int:
    """Generate the data, time the three implementations and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="2,500 satker instead of 25,000")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per measurement")
    parser.add_argument("--slices", type=int, default=50,
                        help="slices the functions take turns on (1: whole columns)")
    args = parser.parse_args(argv)
    satker = 2_500 if args.small else 25_000
    data = generate(satker, 12)
    parts = slices(data, args.slices)
    n_out = len(data["pagu"])
    # The three implementations agree before anything is timed.
    b = efisiensi_batch(data)
    ref = efisiensi_reference(data)
    assert b == ref, "batch and reference efficiency differ"
    assert ikpa_batch(data) == ikpa_reference(data), "batch and reference IKPA differ"
    rows = []
    for label, fns in (
        (f"efisiensi + NE + kategori, {n_out:,} outputs",
         (efisiensi_batch, efisiensi_per_figure, efisiensi_reference)),
        (f"IKPA, {satker:,} satker", (ikpa_batch, ikpa_per_figure, ikpa_reference)),
    ):
        t_batch, t_figure, t_ref = median_times(fns, parts, args.repeat)
        rows.append((label, t_ref, t_batch, t_figure))
    print(f"python {sys.version.split()[0]}, sakip {sakip.__version__}, median CPU time of "
          f"{args.repeat} rounds, functions taking turns over {args.slices} slices")
    print(f"{'workload':44} {'reference':>10} {'batch':>10} {'ratio':>6} "
          f"{'per-figure':>11} {'ratio':>6}")
    for label, t_ref, t_batch, t_figure in rows:
        print(f"{label:44} {t_ref:9.3f}s {t_batch:9.3f}s {t_batch / t_ref:5.2f}x "
              f"{t_figure:10.3f}s {t_figure / t_ref:5.2f}x")
    print(f"peak memory of the batch efficiency run: {peak_mb(efisiensi_batch, data):.0f} MB "
          f"(input columns excluded); batch IKPA: {peak_mb(ikpa_batch, data):.0f} MB")
    own = import_time("import sakip", {"sakip"})
    deps = import_time("import attrs, dateutil.relativedelta, decimal",
                       {"attrs", "dateutil", "dateutil.relativedelta", "decimal"})
    print(f"import time: sakip {own:.1f} ms; attrs + dateutil.relativedelta + decimal "
          f"{deps:.1f} ms; ratio {own / deps:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
