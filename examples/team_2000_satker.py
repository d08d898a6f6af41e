"""A team's nightly run: every figure of 2 000 satker through batch calls only (issue 28).

Run: ``python examples/team_2000_satker.py`` (the test suite runs it and checks every
figure against the per-figure API).

The data are columns of text, as a CSV export gives them: one row per satker with its
pagu and realisasi, its capaian output (one RO volume pair), an IKU target and
realisasi, its konsistensi, its IKPA indicator scores (a blank cell: not assessed) and
its LKE points.  The script computes penyerapan, E and NE, capaian, EKA, IKPA, NKA and
the predikat of the LKE nilai, each for the whole column in one call; three bad cells
(a negative pagu at row 17, rupiah text at row 555, a blank at row 900) are collected,
not fatal: those rows are ``NotComputable`` with their reason, the others computed.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from sakip import NotComputable, batch

IKPA = ("revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
        "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup", "capaian_output")
LKE = {"perencanaan": 30, "pengukuran": 30, "pelaporan": 15, "evaluasi_internal": 25}
#: The bad cells of the acceptance case: row → pagu cell.
BAD_PAGU = {17: "-5000000", 555: "Rp 1.250.000.000", 900: ""}


def satker_columns(rows: int = 2000, seed: int = 28) -> dict[str, list[Any]]:
    """Columns of text for ``rows`` satker, the same for a seed; the three bad pagu cells."""
    rng = random.Random(seed)

    def hundredths(low: int, high: int) -> str:
        return str(Decimal(rng.randint(low * 100, high * 100)).scaleb(-2))

    d: dict[str, list[Any]] = {name: [] for name in (
        "satker", "pagu", "realisasi", "volume", "target_volume", "target", "realisasi_iku",
        "konsistensi", *IKPA, *LKE)}
    for i in range(rows):
        pagu = rng.randint(10**8, 5 * 10**10)
        d["satker"].append(f"{i:06d}")
        d["pagu"].append(str(pagu))
        d["realisasi"].append(str(rng.randint(pagu * 7 // 10, pagu)))
        target_volume = rng.randint(1, 40)
        d["target_volume"].append(str(target_volume))
        d["volume"].append(str(rng.randint(target_volume // 2, target_volume * 5 // 4)))
        target = rng.randint(1, 5000)
        d["target"].append(str(target))
        d["realisasi_iku"].append(str(rng.randint(0, 2 * target)))
        d["konsistensi"].append(hundredths(60, 100))
        for name in IKPA:
            assessed = name != "belanja_kontraktual" or rng.random() < 0.7
            d[name].append(hundredths(70, 100) if assessed else "")  # blank: not assessed
        for name, top in LKE.items():
            d[name].append(hundredths(top // 2, top))
    for row, cell in BAD_PAGU.items():
        if row < rows:
            d["pagu"][row] = cell
    return d


def _capped(values: list[Any]) -> list[Any]:
    """The capaian RO capped at 100 before EKA (PMK 22/2021 weighs scores 0–100)."""
    hundred = Decimal(100)
    return [v if isinstance(v, NotComputable) else min(v, hundred) for v in values]


def run(d: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Every figure of the persona, one batch call per formula; bad rows collected."""
    out: dict[str, list[Any]] = {}
    out["penyerapan"] = batch.penyerapan(pagu=d["pagu"], realisasi=d["realisasi"],
                                         errors="collect")
    out["capaian_ro"] = batch.capaian(target=d["target_volume"], realisasi=d["volume"],
                                      errors="collect")
    out["efisiensi"], out["nilai_efisiensi"], out["kategori_efisiensi"] = (
        batch.efisiensi_outputs(pagu=d["pagu"], realisasi=d["realisasi"],
                                capaian=out["capaian_ro"], rumus="per-pagu", errors="collect"))
    out["capaian"] = batch.capaian(target=d["target"], realisasi=d["realisasi_iku"],
                                   errors="collect")
    out["eka"] = batch.eka(capaian_ro=_capped(out["capaian_ro"]), penyerapan=out["penyerapan"],
                           nilai_efisiensi=out["nilai_efisiensi"],
                           konsistensi=d["konsistensi"], errors="collect")
    out["ikpa"] = batch.ikpa_satker({name: d[name] for name in IKPA}, aturan="per-5-pb-2024",
                                    errors="collect")
    out["nka"] = batch.nka(eka=out["eka"], ikpa=out["ikpa"], errors="collect")
    lke = batch.evaluasi_akip(komponen={name: d[name] for name in LKE}, errors="collect")
    out["nilai_lke"] = lke["nilai"]
    out["predikat"] = batch.predikat(nilai=lke["nilai"], errors="collect")
    return out


def main() -> dict[str, list[Any]]:
    """Compute and print a summary: how many rows computed, and each bad row's reason."""
    d = satker_columns()
    out = run(d)
    for name, values in out.items():
        bad = [v for v in values if isinstance(v, NotComputable)]
        print(f"{name:<20}{len(values) - len(bad):>6} computed{len(bad):>4} not computable")
    for value in out["penyerapan"]:
        if isinstance(value, NotComputable):
            print(f"  {value.field}: {value.reason}")
    return out


if __name__ == "__main__":
    main()
