"""Benchmark: a national run (25,000 satker × 12 outputs) — batch, per-figure and bare Decimal.

Run from a checkout with the package installed::

    python benchmarks/national.py            # full size, median of 3 runs
    python benchmarks/national.py --small    # a quick look (2,500 satker)

It generates a deterministic data set (the same every run), then times, in one
process and one run: the batch API (``sakip.batch``), the per-figure API, and
a reference loop written directly with :mod:`decimal` doing the same
arithmetic with no library code.  It prints each median CPU time, the ratio
to the reference loop, and the peak memory of the batch run (tracemalloc, in a
separate untimed pass).  It makes no assertion: the numbers are for people.
"""

from __future__ import annotations

import argparse
import decimal
import gc
import math
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


def median_times(fns: tuple[Callable[[dict[str, Any]], Any], ...], data: dict[str, Any],
                 repeat: int, minimum: float = 0.5) -> list[float]:
    """Median CPU time of one ``fn(data)`` for each function, over ``repeat`` rounds, in s.

    CPU time of this process (``time.process_time``), so that other load on a
    shared machine does not count; the functions take turns within each round,
    so that a slow moment affects all of them alike; the garbage collector is
    paused while a function runs, as :mod:`timeit` does.  A workload shorter
    than ``minimum`` seconds is run several times per sample (the same number
    of times for every function) and the sample divided by that number, as
    :mod:`timeit`'s autorange does: a tenth of a second is too short to time
    on a busy machine.
    """
    first = []
    for fn in fns:
        start = time.process_time()
        fn(data)
        first.append(time.process_time() - start)
    number = max(1, math.ceil(minimum / max(min(first), 1e-6)))
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for slot, fn in zip(times, fns, strict=True):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                for _ in range(number):
                    fn(data)
                slot.append((time.process_time() - start) / number)
            finally:
                gc.enable()
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
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    args = parser.parse_args(argv)
    satker = 2_500 if args.small else 25_000
    data = generate(satker, 12)
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
        t_batch, t_figure, t_ref = median_times(fns, data, args.repeat)
        rows.append((label, t_ref, t_batch, t_figure))
    print(f"python {sys.version.split()[0]}, sakip {sakip.__version__}, "
          f"median CPU time of {args.repeat} runs")
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
