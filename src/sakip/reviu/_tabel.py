"""Checks of generic tables, daftar kegiatan and claims (``klaim``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from sakip._decimal import ZERO
from sakip.budget import penyerapan
from sakip.errors import SakipError
from sakip.explain import Explanation, Step
from sakip.indicators import capaian, percent_change
from sakip.numbers import Rounding
from sakip.reviu._builder import _Builder, _places, _reason, _sum_finding


def _check_tabel(b: _Builder, tab: dict[str, Any], index: int) -> None:
    kode, lokasi = tab["kode"], tab.get("lokasi", tab["kode"])
    place = f"tabel[{index}]"
    columns = list(tab["kolom"])
    grid: list[list[Decimal | None]] = []
    bad: dict[int, list[str]] = {}  # row -> its unreadable cells (linear, not rows × cells)
    for r, row in enumerate(tab["baris"], start=1):
        cells: list[Decimal | None] = []
        for c, text in enumerate(row["nilai"], start=1):
            try:
                cells.append(ZERO if not text.strip() else b.n(text))
            except SakipError as error:  # its words name angka when the mark is the cause
                cells.append(None)
                bad.setdefault(r, []).append(f"{place}.baris[{r}].nilai[{c}] {text!r}" + (
                    f" ({error.expected})" if "angka" in (error.expected or "") else ""))
        grid.append(cells)
    covered = list(tab.get("kolom_total", columns))
    known, in_total = set(columns), set(covered)  # sets: the checks stay linear in the table
    unknown = [c for c in covered if c not in known]
    note = "" if "kolom_total" not in tab else "row totals cover " + ", ".join(covered)
    ragged = [r for r, cells in enumerate(grid, start=1) if len(cells) != len(columns)]
    for r, (row, cells) in enumerate(zip(tab["baris"], grid, strict=True), start=1):
        if "total" not in row:
            continue
        id, label = f"tabel.{kode}.{row['label']}.total", f"{kode}, row {row['label']}: total"
        field = f"{place}.baris[{r}].total"
        if len(cells) != len(columns):
            b.not_computable(id, label, lokasi, row["total"],
                             f"{len(cells)} cells for {len(columns)} columns", field=field)
        elif unknown:
            b.not_computable(id, label, lokasi, row["total"],
                             f"kolom_total names unknown columns: {', '.join(unknown)}",
                             field=field)
        elif any(v is None for v in cells):
            b.not_computable(id, label, lokasi, row["total"],
                             "unreadable cell: " + _some(bad.get(r, [])), field=field)
        else:
            _sum_finding(b, id, label, lokasi, row["total"],
                         [(c, v) for c, v in zip(columns, cells, strict=True)
                          if c in in_total and v is not None], note=note, field=field)
    for i, printed in enumerate(tab.get("total_kolom", ()), start=1):
        field = f"{place}.total_kolom[{i}]"
        name = columns[i - 1] if i <= len(columns) else str(i)
        id, label = f"tabel.{kode}.kolom.{name}", f"{kode}, column {name}: total"
        if i > len(columns):
            b.not_computable(id, label, lokasi, printed,
                             f"{len(tab['total_kolom'])} column totals for {len(columns)} "
                             "columns", field=field)
        elif ragged:
            b.not_computable(id, label, lokasi, printed, "rows "
                             + _some([str(r) for r in ragged]) + " do not have "
                             f"{len(columns)} cells", field=field)
        elif any(cells[i - 1] is None for cells in grid):
            b.not_computable(id, label, lokasi, printed, "unreadable cell in this column",
                             field=field)
        else:
            _sum_finding(b, id, label, lokasi, printed,
                         [(row["label"], cells[i - 1] or ZERO)
                          for row, cells in zip(tab["baris"], grid, strict=True)],
                         field=field)
    if "total" in tab:
        id, label = f"tabel.{kode}.total", f"{kode}: grand total (Σ all cells)"
        field = f"{place}.total"
        if bad:
            b.not_computable(id, label, lokasi, tab["total"], "unreadable cells: "
                             + _some([x for cells in bad.values() for x in cells]),
                             field=field)
            return
        every = [(f"{row['label']} {col}", v) for row, cells in zip(tab["baris"], grid,
                                                                     strict=True)
                 for col, v in zip(columns, cells, strict=False) if v]
        also = None
        if all("total" in row for row in tab["baris"]) and tab["baris"]:
            also = ("row totals", [(row["label"], b.n(row["total"])) for row in tab["baris"]])
        _sum_finding(b, id, label, lokasi, tab["total"], every, field=field, also=also)


def _some(items: list[str], shown: int = 10) -> str:
    """The first ``shown`` items, then how many more (a reason stays short on any table)."""
    more = f"; … and {len(items) - shown} more" if len(items) > shown else ""
    return "; ".join(items[:shown]) + more


def _check_daftar(b: _Builder, daftar: dict[str, Any], index: int) -> None:
    from sakip.periods import parse_dates, per_triwulan

    kode, lokasi = daftar["kode"], daftar.get("lokasi", daftar["kode"])
    year = daftar.get("tahun", b.laporan.tahun)
    records = []
    terms = []
    for i, row in enumerate(daftar["baris"], start=1):
        number = row.get("no", i)
        peserta = b.n(row["peserta"])
        terms.append((f"row {number}", peserta))
        try:
            span = parse_dates(row["waktu"], year=year)
        except SakipError as error:
            b.not_computable(f"kegiatan.{kode}.{number}.waktu", f"{kode}, row {number}: date",
                             lokasi, row["waktu"], _reason(error),
                             field=f"daftar_kegiatan[{index}].baris[{i}].waktu")
            continue
        records.append((span, peserta))
    if "total" in daftar:
        note = ""
        if len(records) == len(daftar["baris"]):
            try:
                quarters = per_triwulan(records, tahun=year)
                note = "per triwulan (by start date): " + ", ".join(
                    f"{q}: {v}" for q, v in quarters.items())
            except SakipError as error:
                note = f"not split per triwulan: {_reason(error)}"
        _sum_finding(b, f"kegiatan.{kode}.total", f"{kode}: total peserta", lokasi,
                     daftar["total"], terms, note=note, field=f"daftar_kegiatan[{index}].total")


def _check_klaim(b: _Builder, k: dict[str, Any], index: int) -> None:
    kode, lokasi, kind = k["kode"], k.get("lokasi", ""), k["kind"]
    label = f"klaim {kode}: " + (k.get("teks") or kind)
    printed, rnd = k["nilai"], k.get("rounding")
    field = f"klaim[{index}].nilai"
    need = {"capaian": ("target", "realisasi"), "percent_change": ("old", "new"),
            "sum": ("terms",), "equals": ("reference",), "penyerapan": ("pagu", "realisasi")}
    missing = [f for f in need[kind] if f not in k]
    if missing:
        b.not_computable(f"klaim.{kode}", label, lokasi, printed,
                         f"a {kind} claim needs {', '.join(missing)}", field=field)
        return
    if kind == "capaian":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: capaian(target=b.value(k["target"]),
                                 realisasi=b.value(k["realisasi"])), rnd, field=field)
    elif kind == "penyerapan":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: penyerapan(pagu=b.n(k["pagu"]), realisasi=b.n(k["realisasi"])), rnd,
                 field=field)
    elif kind == "percent_change":
        direction = k.get("direction")
        _check_change(b, f"klaim.{kode}", label, lokasi, printed, k["old"], k["new"],
                      direction, rnd, field)
    elif kind == "sum":
        _sum_finding(b, f"klaim.{kode}", label, lokasi, printed,
                     [(t, b.n(t)) for t in k["terms"]], field=field)
    else:
        reference = b.n(k["reference"])
        ref_lokasi = k.get("reference_lokasi", "")
        b.number(f"klaim.{kode}", label, lokasi, printed, lambda: reference,
                 Rounding(places=_places(k["reference"], b.angka), mode="half_up"),
                 note=f"the figure printed at {ref_lokasi}" if ref_lokasi else "",
                 explain=lambda r: Explanation(
                     title=label, steps=(Step(name="acuan", formula=f"as printed at "
                                              f"{ref_lokasi or 'the reference'}",
                                              inputs=(("reference", k["reference"]),),
                                              value=reference),), rounding=r), field=field)


def _check_change(b: _Builder, id: str, label: str, lokasi: str, printed: str, old: str,
                  new: str, direction: str | None, rnd: Rounding | None, field: str) -> None:
    try:
        change = percent_change(old=b.n(old), new=b.n(new))
    except SakipError as error:
        b.not_computable(id, label, lokasi, printed, _reason(error), field=field)
        return
    shown = b.n(printed)
    magnitude = change.value.copy_abs() if direction else change.value
    before = len(b.findings)
    b.number(id, label, lokasi, printed, lambda: magnitude, rnd,
             explain=lambda r: change.explain(r.places, r.mode), field=field)
    if direction and len(b.findings) > before:
        found = b.findings[-1]
        wrong_way = (direction == "down") != (change.value < 0) and change.value != 0
        if wrong_way and shown != 0:
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=(
                f"the sentence says {direction}, the change is {change.printed(2)} %"))
