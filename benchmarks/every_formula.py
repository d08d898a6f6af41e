"""Benchmark: a team's 2 000 satker through batch calls only — every figure of the persona.

Run from a checkout with the package installed::

    python benchmarks/every_formula.py            # 2,000 satker
    python benchmarks/every_formula.py --rows 25000

Per formula (penyerapan, efisiensi/NE, capaian, EKA, IKPA, NKA, LKE nilai and
predikat) it checks that the batch result equals the per-figure API row by row
(``str`` equal: the same digits), then prints the median CPU time of the batch
call, of a per-figure loop and of a bare ``decimal`` loop of the same formula
where one is short to write, and the ratios (``time.process_time``, garbage
collector paused).  It makes no assertion on time.

Every batch function reads number columns at C speed and runs the per-figure
function's own arithmetic column by column (``figure/batch`` well above 1); a bad
row sends the call through the per-figure function row by row, to report it.
IPM is left out: its ln and exp at 60 digits are most of the cost either way.
"""

from __future__ import annotations

import argparse
import decimal
import gc
import operator
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sakip
from sakip import batch

IKPA_NAMES = ("revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
              "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
              "capaian_output")
LKE = ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")
UNSUR = tuple(f"nilai_unsur_{k}" for k in range(1, 10))
PEMDI = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
         "keterpaduan_layanan", "kepuasan_pengguna")
SPBE = ("kebijakan_internal", "tata_kelola", "manajemen", "layanan")


def generate(rows: int, seed: int = 2028) -> dict[str, list[Any]]:
    """Columns of text, as read from a CSV export; deterministic for a seed."""
    rng = random.Random(seed)

    def score(low: int = 40) -> str:
        return f"{rng.randint(low * 100, 10000) / 100:.2f}"

    d: dict[str, list[Any]] = {name: [] for name in (
        "pagu", "realisasi", "capaian", "target", "realisasi_ik", "konsistensi", "ikpa",
        "responden", *IKPA_NAMES, *LKE, *UNSUR, *PEMDI, *SPBE)}
    for _ in range(rows):
        pagu = rng.randint(10**6, 10**11)
        d["pagu"].append(str(pagu))
        d["realisasi"].append(str(rng.randint(pagu // 2, pagu)))
        d["capaian"].append(score(60))
        target = rng.randint(1, 5000)
        d["target"].append(str(target))
        d["realisasi_ik"].append(str(rng.randint(0, 2 * target)))
        d["konsistensi"].append(score(50))
        d["ikpa"].append(score(60))
        for name in IKPA_NAMES:
            d[name].append(None if name == "belanja_kontraktual" else score(60))
        for name, top in zip(LKE, (30, 30, 15, 25), strict=True):
            d[name].append(f"{rng.randint(0, top * 100) / 100:.2f}")
        responden = rng.randint(20, 400)
        d["responden"].append(str(responden))
        for name in UNSUR:
            d[name].append(str(rng.randint(2 * responden, 4 * responden)))
        for name in (*PEMDI, *SPBE):
            d[name].append(f"{rng.randint(100, 500) / 100:.2f}")
    return d


def _median(function: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.disable()
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
        gc.enable()
    return statistics.median(times)


def run(d: dict[str, list[Any]], repeat: int) -> list[tuple[str, float, float, float | None]]:
    """(formula, batch seconds, per-figure seconds, bare seconds or None), results checked."""
    n = len(d["pagu"])
    penyerapan = [v for v in batch.penyerapan(pagu=d["pagu"], realisasi=d["realisasi"])
                  if isinstance(v, Decimal)]  # errors="raise": every row is a Decimal
    _, ne, _ = batch.efisiensi_outputs(pagu=d["pagu"], realisasi=d["realisasi"],
                                       capaian=d["capaian"])
    capped = [min(Decimal(c), Decimal(100)) for c in d["capaian"]]
    ikpa_columns = {name: d[name] for name in IKPA_NAMES}
    cases: dict[str, tuple[Callable[[], list[Any]], Callable[[int], Any],
                           Callable[[], Any] | None]] = {
        "penyerapan": (lambda: batch.penyerapan(pagu=d["pagu"], realisasi=d["realisasi"]),
                       lambda i: sakip.penyerapan(pagu=d["pagu"][i],
                                                  realisasi=d["realisasi"][i]).value,
                       lambda: _bare(lambda p, r: r * 100 / p, d["pagu"], d["realisasi"])),
        "efisiensi NE": (lambda: batch.efisiensi_outputs(
            pagu=d["pagu"], realisasi=d["realisasi"], capaian=d["capaian"])[1],
            lambda i: sakip.efisiensi([sakip.RincianOutput(
                kode="0000.ROW.000", pagu=d["pagu"][i], realisasi=d["realisasi"][i],
                capaian=d["capaian"][i])]).nilai.value, None),
        "capaian": (lambda: batch.capaian(target=d["target"], realisasi=d["realisasi_ik"]),
                    lambda i: sakip.capaian(target=d["target"][i],
                                            realisasi=d["realisasi_ik"][i]).value,
                    lambda: _bare(lambda t, r: r * 100 / t, d["target"], d["realisasi_ik"])),
        "eka": (lambda: batch.eka(capaian_ro=capped, penyerapan=penyerapan,
                                  nilai_efisiensi=ne, konsistensi=d["konsistensi"]),
                lambda i: sakip.eka(capaian_ro=capped[i], penyerapan=penyerapan[i],
                                    nilai_efisiensi=ne[i],
                                    konsistensi=d["konsistensi"][i]).value, None),
        "ikpa": (lambda: batch.ikpa_satker(ikpa_columns, aturan="per-5-pb-2024"),
                 lambda i: sakip.ikpa({k: v[i] for k, v in ikpa_columns.items()},
                                      aturan="per-5-pb-2024").value, None),
        "nka": (lambda: batch.nka(eka=d["ikpa"], ikpa=d["konsistensi"]),
                lambda i: sakip.nka(eka=d["ikpa"][i], ikpa=d["konsistensi"][i]).value, None),
        "lke nilai": (lambda: batch.evaluasi_akip(komponen={k: d[k] for k in LKE})["nilai"],
                      lambda i: sakip.evaluasi_akip(**{k: d[k][i] for k in LKE}).value,
                      lambda: _bare_sum([d[k] for k in LKE])),
        "predikat": (lambda: batch.predikat(nilai=d["ikpa"]),
                     lambda i: sakip.Predikat.from_nilai(d["ikpa"][i]).name, None),
        "ikm": (lambda: batch.ikm(nilai_unsur=[d[k] for k in UNSUR], responden=d["responden"]),
                lambda i: sakip.ikm(nilai_unsur=[d[k][i] for k in UNSUR],
                                    responden=int(d["responden"][i])).value, None),
        "pemdi": (lambda: batch.indeks_pemdi(aspek={k: d[k] for k in PEMDI}),
                  lambda i: sakip.indeks_pemdi(aspek={k: d[k][i] for k in PEMDI}).value, None),
        "spbe": (lambda: batch.indeks_spbe(domain={k: d[k] for k in SPBE}),
                 lambda i: sakip.indeks_spbe(domain={k: d[k][i] for k in SPBE}).value, None),
        "komponen": (lambda: batch.indikator_komponen(pembilang=d["realisasi_ik"],
                                                      penyebut=d["target"]),
                     lambda i: sakip.indikator_komponen(pembilang=d["realisasi_ik"][i],
                                                        penyebut=d["target"][i]).value,
                     lambda: _bare(lambda t, r: t * 100 / r, d["realisasi_ik"], d["target"])),
        "iki": (lambda: batch.nilai_capaian_iki(capaian=d["konsistensi"], nilai_baik="109"),
                lambda i: sakip.nilai_capaian_iki(capaian=d["konsistensi"][i],
                                                  nilai_baik="109").value, None),
    }
    # the eka, nka and index rows: a bare weighted sum (exact sums, one 50-digit quotient)
    bare_weighted = {
        "eka": (lambda: _bare_weighted([capped, penyerapan, ne, d["konsistensi"]],
                                       ["43.5", "9.7", "28.6", "18.2"])),
        "nka": (lambda: _bare_weighted([d["ikpa"], d["konsistensi"]], ["60", "40"])),
        "spbe": (lambda: _bare_weighted([d[k] for k in SPBE], ["25"] * 4)),
    }
    cases = {name: (batched, one, bare or bare_weighted.get(name))
             for name, (batched, one, bare) in cases.items()
             if name not in MISSING or hasattr(batch, MISSING[name])}
    out = []
    for name, (batched, one, bare) in cases.items():
        values = batched()
        assert [str(v) for v in values] == [str(one(i)) for i in range(n)], name
        out.append((name, _median(batched, repeat),
                    _median(lambda one=one: [one(i) for i in range(n)], repeat),  # type: ignore[misc]
                    _median(bare, repeat) if bare else None))
    return out


def _bare(formula: Callable[[Decimal, Decimal], Decimal], a: list[Any], b: list[Any]
          ) -> list[Decimal]:
    with decimal.localcontext(sakip._decimal.CONTEXT):
        return [formula(Decimal(x), Decimal(y)) for x, y in zip(a, b, strict=True)]


def _bare_sum(columns: list[list[str]]) -> list[Decimal]:
    """Σ of each row's cells in the 50-digit context (the LKE nilai)."""
    with decimal.localcontext(sakip._decimal.CONTEXT):
        return [sum(map(Decimal, row), Decimal(0)) for row in zip(*columns, strict=True)]


def _bare_weighted(columns: list[list[Any]], weights: list[str]) -> list[Decimal]:
    """Σ wᵢ·xᵢ / Σ wᵢ per row: the sums exact, the quotient to 50 digits."""
    w = [Decimal(x) for x in weights]
    total = sum(w, Decimal(0))
    with decimal.localcontext(decimal.Context(prec=decimal.MAX_PREC)):
        sums = [sum(map(operator.mul, map(Decimal, row), w), Decimal(0))
                for row in zip(*columns, strict=True)]
    return [sakip._decimal.CONTEXT.divide(x, total) for x in sums]


#: Batch functions an older checkout may lack (their rows are then left out, to compare).
MISSING = {"predikat": "predikat"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    d = generate(args.rows)
    print(f"{args.rows} rows; median CPU seconds of {args.repeat} runs")
    print(f"{'formula':<14}{'batch':>9}{'per-figure':>12}{'bare':>9}{'batch/bare':>12}"
          f"{'figure/batch':>14}")
    for name, b, f, bare in run(d, args.repeat):
        ratio = f"{b / bare:.1f}" if bare else "-"
        print(f"{name:<14}{b:9.4f}{f:12.4f}{bare if bare is not None else float('nan'):9.4f}"
              f"{ratio:>12}{f / b:14.1f}")


if __name__ == "__main__":
    main()
