"""Checks of generic tables, daftar kegiatan and claims (``klaim``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from sakip._bahasa import Pesan, Teks, gabung
from sakip._decimal import CONTEXT, ZERO, exact_sum
from sakip._katalog import terjemah
from sakip.budget import nilai_efisiensi, penyerapan
from sakip.conventions import rerata
from sakip.errors import SakipError
from sakip.explain import Explanation, Figure, Step, filled
from sakip.indicators import capaian, percent_change
from sakip.numbers import _EN_NUMBER, _ID_NUMBER, Rounding
from sakip.reviu._builder import (
    Compute,
    _as_input_rounding,
    _before_rounding,
    _Builder,
    _by_convention,
    _compare,
    _places,
    _reason,
    _show,
    _sum_explanation,
    _sum_finding,
)
from sakip.reviu._findings import Convention

#: The reasons this module writes (a finding's ``reason``, in both languages).
_CELL_WHY = Teks(id="{cell} ({why})", en="{cell} ({why})")
_COVER = Teks(id="total baris mencakup {columns}", en="row totals cover {columns}")
_CELLS_FOR = Teks(id="{cells} sel untuk {columns} kolom", en="{cells} cells for {columns} columns")
_UNKNOWN_COLUMNS = Teks(id="kolom_total menyebut kolom yang tidak dikenal: {columns}",
                        en="kolom_total names unknown columns: {columns}")
_UNREADABLE_CELL = Teks(id="sel tidak terbaca: {cells}", en="unreadable cell: {cells}")
_UNREADABLE_CELLS = Teks(id="sel tidak terbaca: {cells}", en="unreadable cells: {cells}")
_TOTALS_FOR = Teks(id="{totals} total kolom untuk {columns} kolom",
                   en="{totals} column totals for {columns} columns")
_RAGGED = Teks(id="baris {rows} tidak memiliki {columns} sel",
               en="rows {rows} do not have {columns} cells")
_UNREADABLE_IN_COLUMN = Teks(id="ada sel tidak terbaca di kolom ini",
                             en="unreadable cell in this column")
_THROUGH_WRONG = Teks(
    id="Σ total baris memberi {shown} melalui total baris yang sendiri tidak sesuai ({rows}); "
       "dengan jumlah sel-selnya hasilnya adalah total tercetak",
    en="Σ row totals gives {shown} through the row totals that are mismatches themselves "
       "({rows}); with their cells' sums it gives the printed total")
_ROW_TOTALS = Teks(id="total baris", en="row totals")
_BLAMED_CELL = Teks(
    id="dengan sel {label} / {column} sebesar {shown}, yang ditunjukkan oleh total baris dan "
       "total kolomnya: sel tercetak {cell} yang tidak sesuai",
    en="with the cell {label} / {column} as {shown}, which its row total and its column total "
       "both imply: the printed cell {cell} is the mismatch")
_BLANK = Teks(id="'(kosong)'", en="'(blank)'")
# The findings' labels and the derivations' words (text from the file stays as written).
_ROW_TOTAL = Teks(id="{kode}, baris {row}: total", en="{kode}, row {row}: total")
_COLUMN_TOTAL = Teks(id="{kode}, kolom {column}: total", en="{kode}, column {column}: total")
_GRAND_TOTAL = Teks(id="{kode}: total keseluruhan (Σ semua sel)",
                    en="{kode}: grand total (Σ all cells)")
_CELL = Teks(id="{kode}, baris {row}, kolom {column}: sel",
             en="{kode}, row {row}, column {column}: cell")
_COLUMN_TOTAL_TERM = Teks(id="total kolom {column}", en="column {column} total")
_ROW = Teks(id="baris {row}", en="row {row}")
_ROW_DATE = Teks(id="{kode}, baris {row}: tanggal", en="{kode}, row {row}: date")
_PRINTED_AT_REFERENCE = Teks(id="seperti tercetak di {lokasi}", en="as printed at {lokasi}")
_THE_REFERENCE = Teks(id="acuan", en="the reference")
_REFERENCE = Teks(id="acuan", en="reference")
_STATED = Teks(id="|{what}| (kalimatnya menyebut arahnya: {direction})",
               en="|{what}| (the sentence states the direction: {direction})")
_NEW_MINUS_OLD = Teks(id="new − old (poin persentase)", en="new − old (percentage points)")
_IN_POINTS = Teks(id="{label}: new − old, dalam poin persentase",
                  en="{label}: new − old, in percentage points")
_BOTH_IMPLY = Teks(id="total baris dan total kolomnya sama-sama menunjukkannya",
                   en="its row total and its column total both imply it")
_AND_MORE = Teks(id="… dan {n} lainnya", en="… and {n} more")
_PER_TRIWULAN = Teks(id="per triwulan (menurut tanggal mulai): {quarters}",
                     en="per triwulan (by start date): {quarters}")
_NOT_SPLIT = Teks(id="tidak dibagi per triwulan: {reason}", en="not split per triwulan: {reason}")
_CLAIM_NEEDS = Teks(id="klaim {kind} memerlukan {fields}", en="a {kind} claim needs {fields}")
_PRINTED_AT = Teks(id="angka yang tercetak di {lokasi}", en="the figure printed at {lokasi}")
_BOBOT_FOR = Teks(id="{weights} bobot untuk {terms} suku: satu bobot per suku",
                  en="{weights} bobot for {terms} terms: one weight per term")
_NO_TERMS = Teks(id="tidak ada suku untuk dirata-ratakan", en="no terms to average")
_TARGETS_AND = Teks(id="{targets} target dan {realisasi} realisasi: masing-masing satu per baris",
                    en="{targets} targets and {realisasi} realisasi: one of each per row")
_TWO_TERMS = Teks(id="selisih memiliki dua suku (x − y); diterima {n}",
                  en="a difference has two terms (x − y); received {n}")
_POINTS = Teks(id=" poin persentase", en=" percentage points")
_WITH_UNIT = Teks(id="{value}{unit}", en="{value}{unit}")
_SENTENCE_SAYS = Teks(id="kalimatnya menyatakan {direction}, perubahannya {shown}",
                      en="the sentence says {direction}, the change is {shown}")


def _check_tabel(b: _Builder, tab: dict[str, Any], index: int) -> None:
    """A table's row, column and grand totals, the blame on the one figure that disagrees.

    Each planted mistake gives exactly one mismatch, at the planted figure
    (:func:`_blame`): a wrong row total leaves the grand total a match (its
    reason notes that Σ row totals differs through that row), and a wrong cell,
    seen by its row and its column total alike, is the one mismatch itself.
    """
    kode, lokasi = tab["kode"], tab.get("lokasi", tab["kode"])
    place = f"tabel[{index}]"
    columns = list(tab["kolom"])
    grid: list[list[Decimal | None]] = []
    # row -> its first unreadable cells as a reason names them, and how many it has (a
    # reason names at most _SHOWN: linear, and each cell's words made only when shown)
    bad: dict[int, list[str]] = {}
    bad_count: dict[int, int] = {}
    for r, row in enumerate(tab["baris"], start=1):
        cells: list[Decimal | None] = []
        for c, text in enumerate(row["nilai"], start=1):
            if bad_count.get(r, 0) >= _SHOWN and _unreadable(text):  # no words needed
                cells.append(None)
                bad_count[r] += 1
                continue
            try:
                cells.append(ZERO if not text.strip() else b.n(text))
            except SakipError as error:  # its words name angka when the mark is the cause
                cells.append(None)
                bad_count[r] = bad_count.get(r, 0) + 1
                if bad_count[r] > _SHOWN:
                    continue
                cell = f"{place}.baris[{r}].nilai[{c}] {text!r}"
                bad.setdefault(r, []).append(Pesan(_CELL_WHY, cell=cell, why=terjemah(
                    error.expected or "")) if "angka" in (error.expected or "") else cell)
        grid.append(cells)
    covered = list(tab.get("kolom_total", columns))
    known, in_total = set(columns), set(covered)  # sets: the checks stay linear in the table
    unknown = [c for c in covered if c not in known]
    note = "" if "kolom_total" not in tab else Pesan(_COVER, columns=", ".join(covered))
    ragged = [r for r, cells in enumerate(grid, start=1) if len(cells) != len(columns)]
    row_terms: dict[int, list[tuple[str, Decimal]]] = {}
    for r, (row, cells) in enumerate(zip(tab["baris"], grid, strict=True), start=1):
        if ("total" in row and len(cells) == len(columns) and not unknown
                and all(v is not None for v in cells)):
            row_terms[r] = [(c, v) for c, v in zip(columns, cells, strict=True)
                            if c in in_total and v is not None]
    col_terms: dict[int, list[tuple[str, Decimal]]] = {}
    if not ragged:
        for i in range(1, min(len(tab.get("total_kolom", ())), len(columns)) + 1):
            if all(cells[i - 1] is not None for cells in grid):
                col_terms[i] = [(row["label"], cells[i - 1] or ZERO)
                                for row, cells in zip(tab["baris"], grid, strict=True)]
    blame = _blame(b, tab, row_terms, col_terms, columns, in_total)
    if blame is not None:
        _cell_terms(blame, row_terms, col_terms, columns)
    for r, (row, cells) in enumerate(zip(tab["baris"], grid, strict=True), start=1):
        if "total" not in row:
            continue
        id, label = f"tabel.{kode}.{row['label']}.total", Pesan(_ROW_TOTAL, kode=kode,
                                                                 row=row["label"])
        field = f"{place}.baris[{r}].total"
        if blame is not None and blame.row == r:
            _cell_finding(b, tab, blame, place, kode, lokasi)
        if len(cells) != len(columns):
            b.not_computable(id, label, lokasi, row["total"],
                             Pesan(_CELLS_FOR, cells=len(cells), columns=len(columns)),
                             field=field)
        elif unknown:
            b.not_computable(id, label, lokasi, row["total"],
                             Pesan(_UNKNOWN_COLUMNS, columns=", ".join(unknown)),
                             field=field)
        elif any(v is None for v in cells):
            b.not_computable(id, label, lokasi, row["total"],
                             Pesan(_UNREADABLE_CELL, cells=_some(bad.get(r, []),
                                                                 count=bad_count.get(r))),
                             field=field)
        else:
            _sum_finding(b, id, label, lokasi, row["total"], row_terms[r],
                         note=gabung(note, blame.note if blame and blame.row == r else ""),
                         field=field)
    if blame is not None and blame.row not in row_terms:
        _cell_finding(b, tab, blame, place, kode, lokasi)
    for i, printed in enumerate(tab.get("total_kolom", ()), start=1):
        field = f"{place}.total_kolom[{i}]"
        name = columns[i - 1] if i <= len(columns) else str(i)
        id, label = f"tabel.{kode}.kolom.{name}", Pesan(_COLUMN_TOTAL, kode=kode, column=name)
        if i > len(columns):
            b.not_computable(id, label, lokasi, printed,
                             Pesan(_TOTALS_FOR, totals=len(tab["total_kolom"]),
                                   columns=len(columns)), field=field)
        elif ragged:
            b.not_computable(id, label, lokasi, printed,
                             Pesan(_RAGGED, rows=_some([str(r) for r in ragged]),
                                   columns=len(columns)), field=field)
        elif i not in col_terms:
            b.not_computable(id, label, lokasi, printed, Pesan(_UNREADABLE_IN_COLUMN),
                             field=field)
        else:
            _sum_finding(b, id, label, lokasi, printed, col_terms[i],
                         note=blame.note if blame and blame.column == i else "", field=field)
    if "total" in tab:
        id, label = f"tabel.{kode}.total", Pesan(_GRAND_TOTAL, kode=kode)
        field = f"{place}.total"
        if bad:
            first = [x for cells in bad.values() for x in cells][:_SHOWN]
            b.not_computable(id, label, lokasi, tab["total"], Pesan(_UNREADABLE_CELLS, cells=_some(
                first, count=sum(bad_count.values()))), field=field)
            return
        if blame is not None:
            grid[blame.row - 1][blame.column - 1] = blame.value
        every = [(f"{row['label']} {col}", v) for row, cells in zip(tab["baris"], grid,
                                                                     strict=True)
                 for col, v in zip(columns, cells, strict=False) if v]
        also, grand_note = None, blame.note if blame is not None else ""
        if all("total" in row for row in tab["baris"]) and tab["baris"]:
            totals = [(row["label"], b.n(row["total"])) for row in tab["baris"]]
            wrong = _wrong_rows(b, tab, row_terms)
            if wrong:  # the rows that are mismatches themselves count with their cells' sum
                mended = [(label, exact_sum(v for _, v in row_terms[r]) if r in wrong else v)
                          for r, (label, v) in enumerate(totals, start=1)]
                if _reproduces(b, tab["total"], exact_sum(v for _, v in mended)):
                    grand_note = gabung(grand_note, Pesan(
                        _THROUGH_WRONG, shown=_show(exact_sum(v for _, v in totals), 0,
                                                    angka=b.angka),
                        rows=", ".join(tab["baris"][r - 1]["label"] for r in sorted(wrong))))
                    totals = []
            if totals:
                also = (Pesan(_ROW_TOTALS), totals)
        _sum_finding(b, id, label, lokasi, tab["total"], every, field=field, also=also,
                     note=grand_note)


@attrs.frozen
class _Blame:
    """A cell that its row total and its column total both disagree with, by the same amount."""

    row: int
    column: int
    #: The value the totals imply for the cell.
    value: Decimal
    printed: str
    note: str


def _reproduces(b: _Builder, printed: str, value: Decimal) -> bool:
    """Whether a printed total reproduces ``value`` (under its printed places).

    An unreadable total (a column total is free text) counts as reproducing
    here: it blames nothing, and its own finding says it is unreadable.
    """
    try:
        return _compare(printed, value, Rounding(places=0), b.angka)[0] != "mismatch"
    except SakipError:
        return True


def _wrong_rows(b: _Builder, tab: dict[str, Any],
                row_terms: dict[int, list[tuple[str, Decimal]]]) -> set[int]:
    """The rows whose printed total disagrees with their cells."""
    return {r for r, terms in row_terms.items()
            if not _reproduces(b, tab["baris"][r - 1]["total"], exact_sum(v for _, v in terms))}


def _blame(b: _Builder, tab: dict[str, Any], row_terms: dict[int, list[tuple[str, Decimal]]],
           col_terms: dict[int, list[tuple[str, Decimal]]], columns: list[str],
           in_total: set[str]) -> _Blame | None:
    """The one cell a table's totals point at, if they point at exactly one.

    Exactly one row total and exactly one column total disagree with their
    cells, by the same amount, at a cell the row total covers; and the grand
    total, when printed, agrees with the cells once that cell is mended (and
    with the row totals).  Anything else is no single cell: each total keeps its
    own verdict.
    """
    if not row_terms or not col_terms:
        return None
    rows = _wrong_rows(b, tab, row_terms)
    cols = {i for i, terms in col_terms.items()
            if not _reproduces(b, tab["total_kolom"][i - 1], exact_sum(v for _, v in terms))}
    if len(rows) != 1 or len(cols) != 1:
        return None
    (r,), (c,) = rows, cols
    if columns[c - 1] not in in_total:
        return None
    row_delta = CONTEXT.subtract(b.n(tab["baris"][r - 1]["total"]),
                                 exact_sum(v for _, v in row_terms[r]))
    col_delta = CONTEXT.subtract(b.n(tab["total_kolom"][c - 1]),
                                 exact_sum(v for _, v in col_terms[c]))
    if row_delta != col_delta:
        return None
    text = tab["baris"][r - 1]["nilai"][c - 1]
    value = CONTEXT.add(ZERO if not text.strip() else b.n(text), col_delta)
    if "total" in tab:
        cells = exact_sum(v for terms in col_terms.values() for _, v in terms)
        if len(col_terms) != len(columns) or not _reproduces(
                b, tab["total"], CONTEXT.add(cells, col_delta)):
            return None
    label = tab["baris"][r - 1]["label"]
    shown = _show(value, angka=b.angka)
    return _Blame(r, c, value, text, Pesan(
        _BLAMED_CELL, label=label, column=columns[c - 1], shown=shown,
        cell=repr(text) if text else Pesan(_BLANK)))


def _cell_terms(blame: _Blame, row_terms: dict[int, list[tuple[str, Decimal]]],
                col_terms: dict[int, list[tuple[str, Decimal]]], columns: list[str]) -> None:
    """Put the blamed cell's implied value into its row's and its column's terms."""
    name = columns[blame.column - 1]
    row_terms[blame.row] = [(c, blame.value if c == name else v) for c, v in
                            row_terms[blame.row]]
    col_terms[blame.column] = [(label, blame.value if r == blame.row else v) for r, (label, v)
                               in enumerate(col_terms[blame.column], start=1)]


def _cell_finding(b: _Builder, tab: dict[str, Any], blame: _Blame, place: str, kode: str,
                  lokasi: str) -> None:
    """The blamed cell: a mismatch against what its row and column totals imply."""
    row, name = tab["baris"][blame.row - 1], tab["kolom"][blame.column - 1]
    label = Pesan(_CELL, kode=kode, row=row["label"], column=name)
    total = b.n(tab["total_kolom"][blame.column - 1])
    terms: list[tuple[str, Decimal]] = [(Pesan(_COLUMN_TOTAL_TERM, column=name), total)] + [
        (f"− {other['label']}", (ZERO if not other["nilai"][blame.column - 1].strip()
                                 else b.n(other["nilai"][blame.column - 1])).copy_negate())
        for r, other in enumerate(tab["baris"], start=1) if r != blame.row]
    b.number(f"tabel.{kode}.{row['label']}.{name}", label, lokasi, blame.printed or "0",
             lambda: blame.value, Rounding(places=0),
             note=Pesan(_BOTH_IMPLY),
             explain=lambda r: _sum_explanation(label, terms, r, lokasi),
             field=f"{place}.baris[{blame.row}].nilai[{blame.column}]")


#: The items a reason names, at most (then how many more).
_SHOWN = 10


def _unreadable(text: str) -> bool:
    """Whether a cell's plain text is certainly no number under either decimal mark.

    Text neither reader could take (no parentheses to remove) is refused by
    :meth:`_Builder.n` under any mark; past the cells a reason names, such a
    cell is counted without the refusal's words (issue 24: a table of distinct
    unreadable cells).  Other text is read as always.

    >>> _unreadable("x1.2"), _unreadable("1.234,5"), _unreadable("(9%)"), _unreadable("")
    (True, False, False, False)
    """
    body = text.strip()
    return (type(text) is str and bool(body) and not body.startswith("(")
            and _ID_NUMBER.fullmatch(body) is None and _EN_NUMBER.fullmatch(body) is None)


def _some(items: list[str], shown: int = _SHOWN, *, count: int | None = None) -> str:
    """The first ``shown`` items, then how many more (a reason stays short on any table).

    ``count``: how many items there are, when ``items`` holds only the first ones.
    """
    count = len(items) if count is None else count
    more = Pesan(_AND_MORE, n=count - shown) if count > shown else ""
    return gabung(*items[:shown], more)


def _check_daftar(b: _Builder, daftar: dict[str, Any], index: int) -> None:
    from sakip.periods import parse_dates, per_triwulan

    kode, lokasi = daftar["kode"], daftar.get("lokasi", daftar["kode"])
    year = daftar.get("tahun", b.laporan.tahun)
    records = []
    terms: list[tuple[str, Decimal]] = []
    for i, row in enumerate(daftar["baris"], start=1):
        number = row.get("no", i)
        peserta = b.n(row["peserta"])
        terms.append((Pesan(_ROW, row=number), peserta))
        try:
            span = parse_dates(row["waktu"], year=year)
        except SakipError as error:
            b.not_computable(f"kegiatan.{kode}.{number}.waktu",
                             Pesan(_ROW_DATE, kode=kode, row=number), lokasi, row["waktu"],
                             _reason(error), field=f"daftar_kegiatan[{index}].baris[{i}].waktu")
            continue
        records.append((span, peserta))
    if "total" in daftar:
        note = ""
        if len(records) == len(daftar["baris"]):
            try:
                quarters = per_triwulan(records, tahun=year)
                note = Pesan(_PER_TRIWULAN, quarters=", ".join(
                    f"{q}: {v}" for q, v in quarters.items()))
            except SakipError as error:
                note = Pesan(_NOT_SPLIT, reason=_reason(error))
        _sum_finding(b, f"kegiatan.{kode}.total", f"{kode}: total peserta", lokasi,
                     daftar["total"], terms, note=note, field=f"daftar_kegiatan[{index}].total")


def _check_klaim(b: _Builder, k: dict[str, Any], index: int) -> None:
    kode, lokasi, kind = k["kode"], k.get("lokasi", ""), k["kind"]
    label = f"klaim {kode}: " + (k.get("teks") or kind)
    printed, rnd = k["nilai"], k.get("rounding")
    field = f"klaim[{index}].nilai"
    need = {"capaian": ("target", "realisasi"), "percent_change": ("old", "new"),
            "sum": ("terms",), "equals": ("reference",), "penyerapan": ("pagu", "realisasi"),
            "mean": ("terms",), "difference": ("terms",),
            "capaian_rerata": ("target_terms", "terms"), "nilai_efisiensi": ("efisiensi",)}
    missing = [f for f in need[kind] if f not in k]
    if missing:
        b.not_computable(f"klaim.{kode}", label, lokasi, printed,
                         Pesan(_CLAIM_NEEDS, kind=kind, fields=", ".join(missing)), field=field)
        return
    if kind == "capaian":
        target, realisasi = b.value(k["target"]), b.value(k["realisasi"])
        before = len(b.findings)
        policy = rnd or b.laporan.rounding
        rounded = _before_rounding(
            b, "realisasi", k["realisasi"], printed, policy,
            lambda r: capaian(target=target, realisasi=r).value) if isinstance(
                target, Decimal) and isinstance(realisasi, Decimal) else None
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: capaian(target=target, realisasi=realisasi), rnd, field=field,
                 alternatives=(rounded,) if rounded else ())
        _as_input_rounding(b, before, "realisasi", k["realisasi"], policy)
    elif kind == "nilai_efisiensi":
        _check_nilai_efisiensi(b, k, f"klaim.{kode}", label, lokasi, rnd, field)
    elif kind == "mean":
        _check_mean(b, k, f"klaim.{kode}", label, lokasi, rnd, field)
    elif kind == "difference":
        _check_difference(b, k, f"klaim.{kode}", label, lokasi, rnd, field)
    elif kind == "capaian_rerata":
        _check_capaian_rerata(b, k, f"klaim.{kode}", label, lokasi, rnd, field)
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
                 note=Pesan(_PRINTED_AT, lokasi=ref_lokasi) if ref_lokasi else "",
                 explain=lambda r: Explanation(
                     title=label, steps=(Step(name="acuan", formula=filled(
                                                  _PRINTED_AT_REFERENCE,
                                                  lokasi=ref_lokasi or _THE_REFERENCE),
                                              inputs=((_REFERENCE, k["reference"]),),
                                              value=reference),), rounding=r), field=field)


def _check_mean(b: _Builder, k: dict[str, Any], id: str, label: str, lokasi: str,
                rnd: Rounding | None, field: str) -> None:
    """A printed mean of printed terms: unweighted, or weighted by a named column (bobot).

    Without ``bobot`` the unweighted mean Σ x / n; with it Σ w·x / Σ w (weights
    of the column ``bobot_kolom``, e.g. the rows' pagu).  The other of the two is
    tried as a convention (topic ``rerata``): a report that says "rata-rata" may
    weight, and one that weights may not say so.
    """
    terms = [(t, b.n(t)) for t in k["terms"]]
    weights = [(w, b.n(w)) for w in k.get("bobot", ())]
    column = k.get("bobot_kolom", "bobot")
    printed = k["nilai"]
    if weights and len(weights) != len(terms):
        b.not_computable(id, label, lokasi, printed,
                         Pesan(_BOBOT_FOR, weights=len(weights), terms=len(terms)), field=field)
        return
    if not terms:
        b.not_computable(id, label, lokasi, printed, Pesan(_NO_TERMS), field=field)
        return

    def unweighted() -> Figure:
        return rerata([v for _, v in terms], label=label)

    def weighted() -> Figure:
        return rerata([v for _, v in terms], pagu=[w for _, w in weights],
                      label=f"{label} (bobot: {column})")

    plain: tuple[Convention, Compute] = (Convention("rerata", "tidak tertimbang"), unweighted)
    computes: list[tuple[Convention, Compute]] = [plain] if not weights else [
        (Convention("rerata", f"tertimbang {column}"), weighted), plain]
    if weights:  # bobot in the file declares the weighting
        b.declared["rerata"] = computes[0][0].name
    _by_convention(b, id, label, lokasi, printed, rnd, computes, field=field)


#: NE not clipped to 0–100 (``sakip.nilai_efisiensi(..., clip=False)``): one agency printed
#: 235 % (domain reference §4); tried as a named convention, never the default.
_NE_UNCLIPPED = Convention("nilai efisiensi", "tanpa batas 0-100")


def _check_nilai_efisiensi(b: _Builder, k: dict[str, Any], id: str, label: str, lokasi: str,
                           rnd: Rounding | None, field: str) -> None:
    """NE of the printed E, clipped to 0–100; also from E before it was rounded for print
    (SMART reports print E and NE each rounded from the unrounded E): ``match-other-rounding``;
    unclipped: ``match-other-convention``."""
    e, printed = b.n(k["efisiensi"]), k["nilai"]
    before, policy = len(b.findings), rnd or b.laporan.rounding
    rounded = _before_rounding(b, "efisiensi", k["efisiensi"], printed, policy,
                               lambda x: nilai_efisiensi(x).value)  # NE is monotone in E
    b.number(id, label, lokasi, printed, lambda: nilai_efisiensi(e), rnd, field=field,
             alternatives=((rounded,) if rounded else ()) + (
                 (_NE_UNCLIPPED, lambda: nilai_efisiensi(e, clip=False)),))
    _as_input_rounding(b, before, "efisiensi", k["efisiensi"], policy)


def _check_capaian_rerata(b: _Builder, k: dict[str, Any], id: str, label: str, lokasi: str,
                          rnd: Rounding | None, field: str) -> None:
    """A capaian over several rows: of the averaged target and realisasi, or the mean capaian.

    ``target_terms`` and ``terms`` (the realisasi) pair up row by row.  The
    capaian of the means, ``mean(R) / mean(T) × 100``, is compared first, the
    mean of the rows' capaian, ``mean(Rᵢ / Tᵢ × 100)``, as a convention (topic
    ``capaian rerata``): a sasaran's capaian is printed either way.
    """
    printed = k["nilai"]
    targets = [b.n(t) for t in k["target_terms"]]
    realisasi = [b.n(t) for t in k["terms"]]
    if len(targets) != len(realisasi) or not targets:
        b.not_computable(id, label, lokasi, printed,
                         Pesan(_TARGETS_AND, targets=len(targets), realisasi=len(realisasi)),
                         field=field)
        return

    def of_means() -> Figure:
        return capaian(target=rerata(targets).value, realisasi=rerata(realisasi).value)

    def mean_of() -> Figure:
        return rerata([capaian(target=t, realisasi=r).value
                       for t, r in zip(targets, realisasi, strict=True)], label="capaian")

    _by_convention(b, id, label, lokasi, printed, rnd, [
        (Convention("capaian rerata", "capaian of the means"), of_means),
        (Convention("capaian rerata", "mean of the capaian"), mean_of)], field=field)


def _check_difference(b: _Builder, k: dict[str, Any], id: str, label: str, lokasi: str,
                      rnd: Rounding | None, field: str) -> None:
    """A printed difference x − y of two printed figures (``terms = [x, y]``).

    With ``direction`` the sentence states the sign in words ("turun sebesar"),
    so the printed figure is the magnitude and the direction is checked; of two
    percentages the difference is in percentage points.
    """
    printed = k["nilai"]
    if len(k["terms"]) != 2:
        b.not_computable(id, label, lokasi, printed, Pesan(_TWO_TERMS, n=len(k["terms"])),
                         field=field)
        return
    x, y = (b.n(t) for t in k["terms"])
    value = CONTEXT.subtract(x, y)
    direction = k.get("direction")
    points = all("%" in t for t in k["terms"])
    unit = Pesan(_POINTS) if points else ""
    before = len(b.findings)
    b.number(id, label, lokasi, printed, lambda: value.copy_abs() if direction else value,
             rnd, explain=lambda r: Explanation(title=label, rounding=r, steps=(Step(
                 name="selisih", formula="x − y" + (" (percentage points)" if points else ""),
                 inputs=(("x", x), ("y", y)), value=value),)), field=field)
    _wrong_way(b, before, direction, value,
               Pesan(_WITH_UNIT, value=_show(value, angka=b.angka, thousands=False), unit=unit),
               printed)


def _wrong_way(b: _Builder, before: int, direction: str | None, change: Decimal, shown: str,
               printed: str) -> None:
    """A stated direction ("down") the change does not have makes the finding a mismatch."""
    if direction and len(b.findings) > before:
        found = b.findings[-1]
        wrong_way = (direction == "down") != (change < 0) and change != 0
        if wrong_way and b.n(printed) != 0:
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=Pesan(
                _SENTENCE_SAYS, direction=direction, shown=shown))


def _check_change(b: _Builder, id: str, label: str, lokasi: str, printed: str, old: str,
                  new: str, direction: str | None, rnd: Rounding | None, field: str) -> None:
    try:
        change = percent_change(old=b.n(old), new=b.n(new))
    except SakipError as error:
        b.not_computable(id, label, lokasi, printed, _reason(error), field=field)
        return
    magnitude = change.value.copy_abs() if direction else change.value
    points = CONTEXT.subtract(b.n(new), b.n(old))
    before = len(b.findings)

    def explain(r: Rounding) -> Explanation:
        """The change's steps; with a stated direction, its magnitude is the figure."""
        whole = change.explain(r.places, r.mode)
        if not direction:
            return whole
        return attrs.evolve(whole, steps=(*whole.steps, Step(
            name="besaran", formula=filled(_STATED, what="perubahan", direction=direction),
            inputs=(("perubahan", change.value),), value=magnitude)))

    b.number(id, label, lokasi, printed, lambda: magnitude, rnd, explain=explain, field=field,
             alternatives=((Convention("perubahan", "percentage points"),
                            lambda: points.copy_abs() if direction else points),))
    if len(b.findings) > before and b.findings[-1].status == "match-other-convention":
        # new − old in points: the sign of the change is the same as the relative one
        found = b.findings[-1]
        steps: tuple[Step, ...] = (Step(
            name="selisih", formula=_NEW_MINUS_OLD,
            inputs=(("old", b.n(old)), ("new", b.n(new))), value=points),)
        if direction:  # the sentence states the direction: the figure is the magnitude
            steps += (Step(name="besaran",
                           formula=filled(_STATED, what="selisih", direction=direction),
                           inputs=(("selisih", points),), value=points.copy_abs()),)
        b.findings[-1] = attrs.evolve(found, explanation=Explanation(
            title=Pesan(_IN_POINTS, label=label), steps=steps,
            rounding=found.rounding or Rounding()))
    _wrong_way(b, before, direction, change.value, f"{change.printed(2)} %", printed)
