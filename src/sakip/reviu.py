"""Reviu: reproduce and reconcile every printed figure of a Laporan Kinerja.

:func:`reviu` takes a ``sakip/lkj-1`` file (a path or a mapping, see
:mod:`sakip.lkj`) or a loaded :class:`~sakip.lkj.Laporan`, recomputes every
figure that can be recomputed, and returns a :class:`Reviu`: one
:class:`Finding` per printed figure with its status:

* ``match`` — reproduces under the report's rounding (or the figure's own);
* ``match-other-rounding`` — reproduces only under another rounding mode,
  which the finding names;
* ``mismatch`` — does not reproduce; the finding gives the difference;
* ``not-computable`` — cannot be recomputed; the finding says why.

Each finding carries the derivation of its recomputed value.

>>> import sakip
>>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
>>> r.ok, r.counts()["mismatch"] > 0
(False, True)
>>> r["indikator.IKK 1.1.capaian"].status
'match'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import partial
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal, TypeAlias

import attrs

from sakip import rules
from sakip._decimal import CONTEXT, HUNDRED, ZERO, exact_sum
from sakip._decimal import text as _str
from sakip._output import html_text, markdown_cell, text_cell
from sakip.budget import (
    KATEGORI_EFISIENSI,
    RincianOutput,
    capaian_output,
    efisiensi,
    nilai_efisiensi,
    penyerapan,
)
from sakip.eka import eka
from sakip.errors import SakipError
from sakip.explain import Explanation, Figure, Step
from sakip.ikpa import KATEGORI_IKPA, ikpa, ikpa_rule_for
from sakip.indicators import capaian, capaian_renstra, percent_change
from sakip.lkj import Indikator, Laporan, load, printed_value
from sakip.nka import nka
from sakip.numbers import ROUNDING_MODES, Rounding, format_id, parse_id, round_value
from sakip.predikat import Predikat, evaluasi_akip

__all__ = ["REVIU_JSON_SCHEMA", "REVIU_SCHEMA", "STATUSES", "Finding", "Reviu", "dumps", "reviu"]

Status: TypeAlias = Literal["match", "match-other-rounding", "mismatch", "not-computable"]

#: The four statuses, in the order reports list them.
STATUSES: tuple[Status, ...] = ("match", "match-other-rounding", "mismatch", "not-computable")

#: The schema tag of the JSON output.
REVIU_SCHEMA = "sakip/reviu-1"


@attrs.frozen(kw_only=True)
class Finding:
    """One printed figure: what was printed, what sakip recomputes, and the verdict.

    ``recomputed`` is exact (a Decimal) or a label (a predikat, a category);
    ``rounding`` is the rounding under which the printed figure was compared
    (for ``match-other-rounding``, the one that matches); ``difference`` is
    printed minus recomputed-as-rounded; ``explanation`` re-derives ``recomputed``.
    """

    id: str
    label: str
    lokasi: str
    printed: str | None
    recomputed: Decimal | str | None
    status: Status
    rounding: Rounding | None = None
    difference: Decimal | None = None
    reason: str = ""
    explanation: Explanation | None = None

    @property
    def ok(self) -> bool:
        """Whether the printed figure reproduces (under some rounding)."""
        return self.status in ("match", "match-other-rounding")

    def to_row(self) -> dict[str, Any]:
        """A plain dict, for ``pandas.DataFrame``."""
        return {
            "id": self.id, "label": self.label, "lokasi": self.lokasi, "printed": self.printed,
            "recomputed": self.recomputed, "status": self.status,
            "rounding": str(self.rounding) if self.rounding else None,
            "difference": self.difference, "reason": self.reason,
        }

    def to_json(self) -> dict[str, Any]:
        """The finding in the stable JSON shape (numbers as strings)."""
        return {
            "id": self.id, "label": self.label, "lokasi": self.lokasi, "printed": self.printed,
            "recomputed": None if self.recomputed is None else _str(self.recomputed),
            "status": self.status,
            "rounding": None if self.rounding is None else
            {"places": self.rounding.places, "mode": self.rounding.mode},
            "difference": None if self.difference is None else _str(self.difference),
            "reason": self.reason,
            "explanation": None if self.explanation is None else self.explanation.to_text(),
        }


# ------------------------------------------------------------- comparison

_PLACES = re.compile(r",([0-9]+)\s*%?\s*$")


def _places(text: str) -> int:
    match = _PLACES.search(text.strip())
    return len(match.group(1)) if match else 0


def _compare(printed: str, value: Decimal, rounding: Rounding) -> tuple[
        Status, Rounding, Decimal | None]:
    places = _places(printed)
    shown = parse_id(printed)
    preferred = Rounding(places=places, mode=rounding.mode)
    if preferred.apply(value) == shown:
        return "match", preferred, None
    for mode in ROUNDING_MODES:
        other = Rounding(places=places, mode=mode)  # type: ignore[arg-type]
        if other.apply(value) == shown:
            return "match-other-rounding", other, None
    return "mismatch", preferred, CONTEXT.subtract(shown, preferred.apply(value))


class _Builder:
    """Collects findings while the checks run."""

    def __init__(self, laporan: Laporan) -> None:
        self.laporan = laporan
        self.findings: list[Finding] = []

    def number(self, id: str, label: str, lokasi: str, printed: str | None,
               compute: Callable[[], Figure | Decimal], rounding: Rounding | None,
               *, note: str = "", explain: Callable[[Rounding], Explanation] | None = None,
               ) -> Decimal | None:
        """Compare a printed number with a recomputed figure; returns the exact value."""
        policy = rounding or self.laporan.rounding
        try:
            result = compute()
        except SakipError as error:
            self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                         recomputed=None, status="not-computable",
                                         reason=str(error)))
            return None
        value = result.value if isinstance(result, Figure) else result
        if printed is None:
            return value
        try:
            status, used, difference = _compare(printed, value, policy)
        except SakipError as error:  # a printed cell the file format takes as plain text
            self.not_computable(id, label, lokasi, printed, f"unreadable printed figure: {error}")
            return value
        if isinstance(result, Figure):
            explanation = result.explain(used.places, used.mode)
        else:
            assert explain is not None
            explanation = explain(used)
        reason = note
        if status == "match-other-rounding":
            reason = (f"reproduces under {used}, not under the report's {policy.mode}"
                      + (f"; {note}" if note else ""))
        elif status == "mismatch":
            shown = format_id(value, used.places, used.mode, thousands="." in printed)
            reason = f"printed {printed}, recomputed {shown} ({used})" + (
                f"; {note}" if note else "")
        self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                     recomputed=value, status=status, rounding=used,
                                     difference=difference, reason=reason,
                                     explanation=explanation))
        return value

    def label(self, id: str, label: str, lokasi: str, printed: str | None,
              compute: Callable[[], tuple[str, Explanation]]) -> None:
        """Compare a printed label (a predikat, a category) with a recomputed one."""
        try:
            value, explanation = compute()
        except SakipError as error:
            self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                         recomputed=None, status="not-computable",
                                         reason=str(error)))
            return
        if printed is None:
            return
        same = printed.strip().casefold() == value.casefold()
        self.findings.append(Finding(
            id=id, label=label, lokasi=lokasi, printed=printed, recomputed=value,
            status="match" if same else "mismatch", explanation=explanation,
            reason="" if same else f"printed {printed!r}, recomputed {value!r}"))

    def not_computable(self, id: str, label: str, lokasi: str, printed: str | None,
                       reason: str) -> None:
        """Record a printed figure that cannot be recomputed from the file."""
        self.findings.append(Finding(id=id, label=label, lokasi=lokasi, printed=printed,
                                     recomputed=None, status="not-computable", reason=reason))


def _sum_explanation(title: str, terms: list[tuple[str, Decimal]], rounding: Rounding,
                     lokasi: str = "") -> Explanation:
    total = exact_sum(v for _, v in terms)
    return Explanation(title=title, steps=(Step(
        name="jumlah", formula=" + ".join(label for label, _ in terms) or "0",
        inputs=tuple(terms), value=total),), rounding=rounding, reference=lokasi)


def _label_explanation(title: str, name: str, formula: str, inputs: tuple[tuple[str, Any], ...],
                       value: str, reference: str) -> Explanation:
    return Explanation(title=title, steps=(Step(name=name, formula=formula, inputs=inputs,
                                                value=value, reference=reference),),
                       reference=reference)


def _n(text: str) -> Decimal:
    return parse_id(text)


def _value(text: str) -> Decimal | Predikat:
    value = printed_value(text)
    assert value is not None
    return value


# --------------------------------------------------------------- the checks


def _check_indikator(b: _Builder, ind: Indikator) -> None:
    where = ind.lokasi or "indikator"
    key = f"indikator.{ind.kode}"
    note = f"note in file: {ind.catatan}" if ind.catatan else ""
    if ind.capaian_tercetak is not None:
        b.number(f"{key}.capaian", f"{ind.kode}: capaian", where, ind.capaian_tercetak,
                 ind.capaian, ind.rounding, note=note)
    renstra = ind.renstra
    if renstra is not None:
        realisasi: dict[int, Any] = dict(ind.realisasi_sebelumnya)
        if ind.realisasi is not None:
            realisasi[b.laporan.tahun] = ind.realisasi
        if "realisasi" in renstra:
            realisasi = {y: _value(v) for y, v in renstra["realisasi"].items()}
        target = {y: _value(v) for y, v in renstra["target"].items()}
        b.number(f"{key}.renstra", f"{ind.kode}: capaian against Renstra",
                 renstra.get("lokasi", where), renstra.get("capaian"),
                 lambda: capaian_renstra(target=target, realisasi=realisasi,
                                         kumulatif=renstra["kumulatif"]),
                 renstra.get("rounding"))
    triwulan = ind.triwulan
    if triwulan is not None:
        for side, annual in (("target", ind.target), ("realisasi", ind.realisasi)):
            quarters = triwulan.get(side, {})
            if 4 not in quarters or annual is None:
                continue
            printed = quarters[4]
            lokasi = triwulan.get("lokasi", where)
            value = _value(printed)
            same = value == annual
            shown = str(annual) if isinstance(annual, Predikat) else format_id(annual)
            explanation = _label_explanation(
                f"{ind.kode}: TW IV {side} against the annual {side}", side,
                f"TW IV (cumulative) = annual {side} ({where})",
                ((f"annual {side}", annual),), shown, lokasi)
            b.findings.append(Finding(
                id=f"{key}.triwulan.4.{side}", label=f"{ind.kode}: TW IV {side}",
                lokasi=lokasi, printed=printed, recomputed=shown,
                status="match" if same else "mismatch", explanation=explanation,
                reason="" if same else f"TW IV prints {printed}; {where} prints {shown}"))


def _check_akip(b: _Builder, akip: dict[str, Any]) -> None:
    lokasi = akip.get("lokasi", "evaluasi AKIP")
    aturan = akip.get("aturan", "permenpanrb-88-2021")
    nilai_text = akip["nilai"]
    if "komponen" in akip:
        komponen = {k: _n(v) for k, v in akip["komponen"].items()}
        b.number("evaluasi_akip.nilai", "Evaluasi AKIP: nilai", lokasi, nilai_text,
                 lambda: evaluasi_akip(aturan=aturan, **komponen), akip.get("rounding"))
    else:
        b.not_computable("evaluasi_akip.nilai", "Evaluasi AKIP: nilai", lokasi, nilai_text,
                         "the LKE component points are not in the file (komponen)")

    def predikat() -> tuple[str, Explanation]:
        p = Predikat.from_nilai(_n(nilai_text))
        band = rules.find("predikat", "permenpanrb-88-2021")
        return str(p), _label_explanation(
            "Predikat of the printed nilai", "predikat",
            "band of nilai (lower bound exclusive, upper inclusive)",
            (("nilai", _n(nilai_text)),), str(p), band.citation)

    b.label("evaluasi_akip.predikat", "Evaluasi AKIP: predikat", lokasi, akip.get("predikat"),
            predikat)


def _output(row: dict[str, Any]) -> RincianOutput:
    return RincianOutput(kode=row["kode"], nama=row.get("nama", ""), pagu=_n(row["pagu"]),
                         realisasi=_n(row["realisasi"]),
                         capaian=_n(row["capaian"]) if "capaian" in row else None)


def _check_anggaran(b: _Builder, ang: dict[str, Any]) -> None:
    rumus = ang.get("rumus_efisiensi", "pmk-214-2017")
    outputs: list[RincianOutput] = []
    for row in ang.get("output", ()):
        key, lokasi, rnd = f"anggaran.output.{row['kode']}", row.get("lokasi", ""), row.get(
            "rounding")
        try:
            ro = _output(row)
        except SakipError as error:
            b.not_computable(key, f"{row['kode']}: output", lokasi, None, str(error))
            continue
        outputs.append(ro)
        b.number(f"{key}.penyerapan", f"{ro.kode}: penyerapan", lokasi, row.get("penyerapan"),
                 ro.penyerapan, rnd)
        if ro.capaian is None:
            for field in ("efisiensi", "nilai_efisiensi"):
                if field in row:
                    b.not_computable(f"{key}.{field}", f"{ro.kode}: {field}", lokasi,
                                     row[field], "no capaian output for this RO")
            continue
        e = b.number(f"{key}.efisiensi", f"{ro.kode}: efisiensi ({rumus})", lokasi,
                     row.get("efisiensi"), partial(efisiensi, [ro], rumus=rumus), rnd)
        if e is None:
            continue
        ne = b.number(f"{key}.nilai_efisiensi", f"{ro.kode}: nilai efisiensi", lokasi,
                      row.get("nilai_efisiensi"), partial(nilai_efisiensi, e), rnd)
        if ne is not None:
            b.label(f"{key}.kategori", f"{ro.kode}: kategori", lokasi, row.get("kategori"),
                    partial(_kategori_efisiensi, ne))
    for row in ang.get("jenis_belanja", ()):
        b.number(f"anggaran.jenis_belanja.{row['kode']}.penyerapan",
                 f"jenis belanja {row['kode']}: penyerapan", row.get("lokasi", ""),
                 row.get("penyerapan"),
                 partial(penyerapan, pagu=_n(row["pagu"]), realisasi=_n(row["realisasi"]),
                         label=row["kode"]), row.get("rounding"))
    per_kegiatan: dict[str, list[RincianOutput]] = {}  # one pass: linear in the outputs
    for ro in outputs:
        per_kegiatan.setdefault(ro.kegiatan, []).append(ro)
    for row in ang.get("kegiatan", ()):
        mine = per_kegiatan.get(row["kode"], [])
        for field in ("pagu", "realisasi"):
            terms = [(ro.kode, getattr(ro, field)) for ro in mine]
            if field in row:
                _sum_finding(b, f"anggaran.kegiatan.{row['kode']}.{field}",
                             f"kegiatan {row['kode']}: {field} (Σ outputs)",
                             row.get("lokasi", ""), row[field], terms)
    total = ang.get("total")
    if total is not None:
        _check_total(b, total, outputs, ang.get("jenis_belanja", ()), rumus)


def _kategori_efisiensi(ne: Decimal) -> tuple[str, Explanation]:
    label = KATEGORI_EFISIENSI.label(ne)
    return label, _label_explanation("Kategori efisiensi", "kategori",
                                     "band of NE (lower bounds inclusive)", (("NE", ne),),
                                     label, KATEGORI_EFISIENSI.citation)


def _sum_finding(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                 terms: list[tuple[str, Decimal]], note: str = "") -> Decimal | None:
    total = exact_sum(v for _, v in terms)
    return b.number(id, label, lokasi, printed, lambda: total, Rounding(places=0),
                    note=note, explain=lambda r: _sum_explanation(label, terms, r, lokasi))


def _check_total(b: _Builder, total: dict[str, Any], outputs: list[RincianOutput],
                 jenis: tuple[dict[str, Any], ...], rumus: str) -> None:
    lokasi, rnd = total.get("lokasi", "anggaran total"), total.get("rounding")
    for field in ("pagu", "realisasi"):
        if field not in total:
            continue
        if outputs:
            _sum_finding(b, f"anggaran.total.{field}", f"total {field} (Σ outputs)", lokasi,
                         total[field], [(ro.kode, getattr(ro, field)) for ro in outputs])
        if jenis:
            _sum_finding(b, f"anggaran.total.{field}.jenis_belanja",
                         f"total {field} (Σ jenis belanja)", lokasi, total[field],
                         [(row["kode"], _n(row[field])) for row in jenis])
    if "penyerapan" in total and "pagu" in total and "realisasi" in total:
        b.number("anggaran.total.penyerapan", "total penyerapan", lokasi, total["penyerapan"],
                 lambda: penyerapan(pagu=_n(total["pagu"]), realisasi=_n(total["realisasi"]),
                                    label="total"), rnd)
    with_co = [ro for ro in outputs if ro.capaian is not None]
    if "capaian_output" in total:
        b.number("anggaran.total.capaian_output", "total capaian output (arithmetic mean)",
                 lokasi, total["capaian_output"],
                 lambda: capaian_output(with_co, metode="arithmetic"), rnd)
    if not with_co:
        return
    e = b.number("anggaran.total.efisiensi", f"total efisiensi ({rumus})", lokasi,
                 total.get("efisiensi"), lambda: efisiensi(with_co, rumus=rumus), rnd)  # type: ignore[arg-type]
    if e is None:
        return
    note = ""
    if "efisiensi" in total:
        from_printed = nilai_efisiensi(_n(total["efisiensi"])).value
        if "nilai_efisiensi" in total and _compare(total["nilai_efisiensi"], from_printed,
                                                   rnd or b.laporan.rounding)[0] == "match":
            note = f"it does follow from the printed E {total['efisiensi']}"
    ne = b.number("anggaran.total.nilai_efisiensi", "total nilai efisiensi", lokasi,
                  total.get("nilai_efisiensi"), lambda: nilai_efisiensi(e), rnd, note=note)
    if ne is not None:
        b.label("anggaran.total.kategori", "total kategori efisiensi", lokasi,
                total.get("kategori"), lambda: _kategori_efisiensi(ne))


def _check_eka_ikpa_nka(b: _Builder, lap: Laporan) -> None:
    if lap.eka is not None:
        sec = lap.eka
        if "komponen" in sec:
            komponen = {k: _n(v) for k, v in sec["komponen"].items()}
            b.number("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"],
                     lambda: eka(aturan=sec.get("aturan", "pmk-22-2021"), **komponen),
                     sec.get("rounding"))
        else:
            b.not_computable("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"],
                             "the EKA components are not in the file (komponen); the "
                             "printed EKA is used as given")
    if lap.ikpa is not None:
        sec = lap.ikpa
        lokasi = sec.get("lokasi", "")
        if "komponen" in sec:
            scores = {k: _n(v) for k, v in sec["komponen"].items()}
            aturan = sec.get("aturan")
            tahun = sec.get("tahun", lap.tahun) if aturan is None else None
            b.number("ikpa.nilai", "IKPA", lokasi, sec["nilai"],
                     lambda: ikpa(scores, aturan=aturan, tahun=tahun), sec.get("rounding"))
        else:
            b.not_computable("ikpa.nilai", "IKPA", lokasi, sec["nilai"],
                             "the IKPA indicator scores are not in the file (komponen); the "
                             "printed IKPA is used as given")

        def kategori() -> tuple[str, Explanation]:
            rule = ikpa_rule_for(sec.get("tahun", lap.tahun))
            label = KATEGORI_IKPA.label(_n(sec["nilai"]))
            return label, _label_explanation(
                "Kategori IKPA of the printed nilai", "kategori",
                "≥ 95 Sangat Baik; ≥ 89 Baik; ≥ 70 Cukup; below Kurang",
                (("nilai", _n(sec["nilai"])), ("aturan", rule.name)), label,
                KATEGORI_IKPA.citation)

        b.label("ikpa.kategori", "IKPA kategori", lokasi, sec.get("kategori"), kategori)
    if lap.nka is not None:
        sec = lap.nka
        if lap.eka is None or lap.ikpa is None:
            b.not_computable("nka.nilai", "NKA", sec.get("lokasi", ""), sec["nilai"],
                             "NKA needs the eka and ikpa sections")
        else:
            e_text, i_text = lap.eka["nilai"], lap.ikpa["nilai"]
            b.number("nka.nilai", "NKA = 60 % EKA + 40 % IKPA", sec.get("lokasi", ""),
                     sec["nilai"], lambda: nka(eka=_n(e_text), ikpa=_n(i_text)),
                     sec.get("rounding"))


def _cell(text: str) -> Decimal:
    return ZERO if not text.strip() else parse_id(text)


def _check_tabel(b: _Builder, tab: dict[str, Any]) -> None:
    kode, lokasi = tab["kode"], tab.get("lokasi", tab["kode"])
    columns = tab["kolom"]
    try:
        grid = [[_cell(c) for c in row["nilai"]] for row in tab["baris"]]
    except SakipError as error:
        b.not_computable(f"tabel.{kode}", kode, lokasi, None, f"unreadable cell: {error}")
        return
    covered = tab.get("kolom_total", columns)
    known, in_total = set(columns), set(covered)  # sets: the checks stay linear in the table
    unknown = [c for c in covered if c not in known]
    if unknown:
        b.not_computable(f"tabel.{kode}", kode, lokasi, None,
                         f"kolom_total names unknown columns: {', '.join(unknown)}")
        return
    note = "" if covered is columns else "row totals cover " + ", ".join(covered)
    for row, cells in zip(tab["baris"], grid, strict=True):
        if len(cells) != len(columns):
            b.not_computable(f"tabel.{kode}.{row['label']}", f"{kode}, {row['label']}", lokasi,
                             row.get("total"), f"{len(cells)} cells for {len(columns)} columns")
            return
        if "total" in row:
            _sum_finding(b, f"tabel.{kode}.{row['label']}.total",
                         f"{kode}, row {row['label']}: total", lokasi, row["total"],
                         [(c, v) for c, v in zip(columns, cells, strict=True) if c in in_total],
                         note=note)
    for index, printed in enumerate(tab.get("total_kolom", ())):
        if index >= len(columns):
            break
        _sum_finding(b, f"tabel.{kode}.kolom.{columns[index]}",
                     f"{kode}, column {columns[index]}: total", lokasi, printed,
                     [(row["label"], cells[index]) for row, cells in zip(tab["baris"], grid,
                                                                          strict=True)])
    if "total" in tab:
        every = [(f"{row['label']} {col}", v) for row, cells in zip(tab["baris"], grid,
                                                                     strict=True)
                 for col, v in zip(columns, cells, strict=True) if v]
        _sum_finding(b, f"tabel.{kode}.total", f"{kode}: grand total (Σ all cells)", lokasi,
                     tab["total"], every)
        if all("total" in row for row in tab["baris"]):
            _sum_finding(b, f"tabel.{kode}.total.baris", f"{kode}: grand total (Σ row totals)",
                         lokasi, tab["total"],
                         [(row["label"], _n(row["total"])) for row in tab["baris"]])


def _check_daftar(b: _Builder, daftar: dict[str, Any]) -> None:
    from sakip.periods import parse_dates, per_triwulan

    kode, lokasi = daftar["kode"], daftar.get("lokasi", daftar["kode"])
    year = daftar.get("tahun", b.laporan.tahun)
    records = []
    terms = []
    for index, row in enumerate(daftar["baris"], start=1):
        number = row.get("no", index)
        try:
            span = parse_dates(row["waktu"], year=year)
        except SakipError as error:
            b.not_computable(f"kegiatan.{kode}.{number}.waktu", f"{kode}, row {number}: date",
                             lokasi, row["waktu"], str(error))
            continue
        peserta = _n(row["peserta"])
        records.append((span, peserta))
        terms.append((f"row {number}", peserta))
    if "total" in daftar:
        note = ""
        if len(records) == len(daftar["baris"]):
            try:
                quarters = per_triwulan(records, tahun=year)
                note = "per triwulan (by start date): " + ", ".join(
                    f"{q}: {v}" for q, v in quarters.items())
            except SakipError as error:
                note = f"not split per triwulan: {error}"
        _sum_finding(b, f"kegiatan.{kode}.total", f"{kode}: total peserta", lokasi,
                     daftar["total"], terms, note=note)


def _check_klaim(b: _Builder, k: dict[str, Any]) -> None:
    kode, lokasi, kind = k["kode"], k.get("lokasi", ""), k["kind"]
    label = f"klaim {kode}: " + (k.get("teks") or kind)
    printed, rnd = k["nilai"], k.get("rounding")
    need = {"capaian": ("target", "realisasi"), "percent_change": ("old", "new"),
            "sum": ("terms",), "equals": ("reference",), "penyerapan": ("pagu", "realisasi")}
    missing = [f for f in need[kind] if f not in k]
    if missing:
        b.not_computable(f"klaim.{kode}", label, lokasi, printed,
                         f"a {kind} claim needs {', '.join(missing)}")
        return
    if kind == "capaian":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: capaian(target=_value(k["target"]), realisasi=_value(k["realisasi"])),
                 rnd)
    elif kind == "penyerapan":
        b.number(f"klaim.{kode}", label, lokasi, printed,
                 lambda: penyerapan(pagu=_n(k["pagu"]), realisasi=_n(k["realisasi"])), rnd)
    elif kind == "percent_change":
        direction = k.get("direction")
        _check_change(b, f"klaim.{kode}", label, lokasi, printed, k["old"], k["new"],
                      direction, rnd)
    elif kind == "sum":
        _sum_finding(b, f"klaim.{kode}", label, lokasi, printed,
                     [(t, _n(t)) for t in k["terms"]])
    else:
        reference = _n(k["reference"])
        ref_lokasi = k.get("reference_lokasi", "")
        b.number(f"klaim.{kode}", label, lokasi, printed, lambda: reference,
                 Rounding(places=_places(k["reference"]), mode="half_up"),
                 note=f"the figure printed at {ref_lokasi}" if ref_lokasi else "",
                 explain=lambda r: Explanation(
                     title=label, steps=(Step(name="acuan", formula=f"as printed at "
                                              f"{ref_lokasi or 'the reference'}",
                                              inputs=(("reference", k["reference"]),),
                                              value=reference),), rounding=r))


def _check_change(b: _Builder, id: str, label: str, lokasi: str, printed: str, old: str,
                  new: str, direction: str | None, rnd: Rounding | None) -> None:
    try:
        change = percent_change(old=_n(old), new=_n(new))
    except SakipError as error:
        b.not_computable(id, label, lokasi, printed, str(error))
        return
    shown = _n(printed)
    magnitude = change.value.copy_abs() if direction else change.value
    before = len(b.findings)
    b.number(id, label, lokasi, printed, lambda: magnitude, rnd,
             explain=lambda r: change.explain(r.places, r.mode))
    if direction and len(b.findings) > before:
        found = b.findings[-1]
        wrong_way = (direction == "down") != (change.value < 0) and change.value != 0
        if wrong_way and shown != 0:
            b.findings[-1] = attrs.evolve(found, status="mismatch", reason=(
                f"the sentence says {direction}, the change is {change.printed(2)} %"))


def reviu(source: str | Path | Traversable | Mapping[str, Any] | Laporan) -> Reviu:
    """Reproduce and reconcile every printed figure of a Laporan Kinerja.

    Parameters
    ----------
    source:
        A ``sakip/lkj-1`` file (path to TOML or JSON), a mapping with the same
        structure, or a loaded :class:`~sakip.lkj.Laporan` (for what-ifs).

    Returns
    -------
    Reviu
        One :class:`Finding` per printed figure; ``ok`` is ``True`` when all reproduce.

    Raises
    ------
    sakip.lkj.LaporanError
        When the file cannot be read, listing every problem with its place.

    Examples
    --------
    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> f = r["indikator.IKK 1.3.capaian"]
    >>> f.status, f.printed, str(f.recomputed)
    ('mismatch', '167,33', '100')
    """
    laporan = source if isinstance(source, Laporan) else load(source)
    b = _Builder(laporan)
    for ind in laporan.indikator:
        _check_indikator(b, ind)
    if laporan.evaluasi_akip is not None:
        _check_akip(b, laporan.evaluasi_akip)
    if laporan.anggaran is not None:
        _check_anggaran(b, laporan.anggaran)
    _check_eka_ikpa_nka(b, laporan)
    for tab in laporan.tabel:
        _check_tabel(b, tab)
    for daftar in laporan.daftar_kegiatan:
        _check_daftar(b, daftar)
    for k in laporan.klaim:
        _check_klaim(b, k)
    return Reviu(laporan=laporan, findings=tuple(b.findings))


# ---------------------------------------------------------------- the result


@attrs.frozen(kw_only=True)
class Reviu:
    """The findings of a reviu, renderable as text, Markdown, JSON and HTML."""

    laporan: Laporan
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """Whether every printed figure reproduces."""
        return all(f.ok for f in self.findings)

    def counts(self) -> dict[str, int]:
        """Number of findings per status."""
        return {s: sum(f.status == s for f in self.findings) for s in STATUSES}

    def problems(self) -> tuple[Finding, ...]:
        """The findings that do not reproduce (mismatch or not computable)."""
        return tuple(f for f in self.findings if not f.ok)

    def __getitem__(self, id: str) -> Finding:
        for finding in self.findings:
            if finding.id == id:
                return finding
        raise KeyError(id)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per finding, for ``pandas.DataFrame(reviu.to_rows())``."""
        return [f.to_row() for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        """The stable JSON document (schema ``sakip/reviu-1``, see the docs)."""
        lap = self.laporan
        return {
            "schema": REVIU_SCHEMA,
            "laporan": {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul,
                        "sumber": lap.sumber,
                        "rounding": {"places": lap.rounding.places, "mode": lap.rounding.mode}},
            "ok": self.ok,
            "counts": self.counts(),
            "findings": [f.to_json() for f in self.findings],
        }

    def _table(self) -> list[tuple[str, str, str, str, str]]:
        rows: list[tuple[str, str, str, str, str]] = []
        for f in self.findings:
            if isinstance(f.recomputed, Decimal) and f.rounding is not None:
                shown = format_id(f.recomputed, f.rounding.places, f.rounding.mode,
                                  thousands="." in (f.printed or ""))
            else:
                shown = "-" if f.recomputed is None else _str(f.recomputed)
            rows.append((f.status, f.id, f.printed or "-", shown, f.reason))
        return rows

    def to_text(self) -> str:
        """A readable table of every finding, then the counts.

        Control characters from the file (ESC, newlines, CR) are written as
        visible escapes (``\\x1b``), so no input can drive the terminal.
        """
        lap = self.laporan
        head = ("status", "finding", "printed", "recomputed", "note")
        rows = [tuple(map(text_cell, row)) for row in self._table()]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
        title = text_cell(f"{lap.judul or 'Laporan Kinerja'} — {lap.instansi}")
        lines = [f"Reviu: {title} ({lap.tahun})",
                 f"source: {text_cell(lap.sumber)}; report rounding: {lap.rounding}", ""]
        for row in [head, *rows]:
            cells = [row[i].ljust(widths[i]) for i in range(4)]
            lines.append("  ".join(cells) + "  " + row[4])
        counts = self.counts()
        lines.append("")
        lines.append(f"{len(self.findings)} findings: " + ", ".join(
            f"{counts[s]} {s}" for s in STATUSES))
        lines.append("every printed figure reproduces" if self.ok else
                     f"{len(self.problems())} printed figures do not reproduce")
        return "\n".join(line.rstrip() for line in lines)

    def to_markdown(self) -> str:
        """A Markdown table of every finding.

        Text from the file is escaped (pipes, backslashes, HTML; line breaks as
        ``<br>``), so no input can add a row, end the table or start a heading.
        """
        esc = markdown_cell
        lap = self.laporan
        lines = [f"# Reviu: {esc(lap.judul or 'Laporan Kinerja')} — {esc(lap.instansi)} "
                 f"({lap.tahun})", "",
                 "| status | finding | lokasi | printed | recomputed | note |",
                 "|---|---|---|---|---|---|"]
        for (status, fid, printed, shown, note), f in zip(self._table(), self.findings,
                                                          strict=True):
            lines.append(f"| {esc(status)} | {esc(fid)} | {esc(f.lokasi)} | {esc(printed)} | "
                         f"{esc(shown)} | {esc(note)} |")
        counts = self.counts()
        lines.append("")
        lines.append(", ".join(f"{counts[s]} {s}" for s in STATUSES))
        return "\n".join(lines)

    def chart_svg(self) -> str:
        """An inline SVG bar chart of capaian per indicator against the 100 % line."""
        items = []
        for ind in self.laporan.indikator:
            try:
                items.append((ind.kode, ind.capaian().value))
            except SakipError:
                continue
        return _svg(items)

    def chart(self) -> _SVG:
        """The chart as an object Jupyter displays (``_repr_svg_``)."""
        return _SVG(self.chart_svg())

    def to_html(self) -> str:
        """A standalone HTML page (no external assets) for working papers."""
        esc = html_text
        lap = self.laporan
        counts = self.counts()
        rows = []
        for (status, fid, printed, shown, note), f in zip(self._table(), self.findings,
                                                          strict=True):
            derivation = ""
            if f.explanation is not None:
                derivation = (f"<details><summary>derivation</summary><pre>"
                              f"{esc(f.explanation.to_text())}</pre></details>")
            rows.append(f'<tr class="{status}"><td>{esc(status)}</td><td>{esc(fid)}</td>'
                        f"<td>{esc(f.lokasi)}</td><td>{esc(printed)}</td><td>{esc(shown)}</td>"
                        f"<td>{esc(note)}{derivation}</td></tr>")
        title = f"Reviu: {lap.judul or 'Laporan Kinerja'} — {lap.instansi} ({lap.tahun})"
        summary = ", ".join(f"{counts[s]} {s}" for s in STATUSES)
        return (
            "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{esc(title)}</h1><p>Source: {esc(lap.sumber)}. Report rounding: "
            f"{esc(str(lap.rounding))}.</p><p><strong>{esc(summary)}</strong></p>"
            f"<h2>Capaian per indicator</h2>{self.chart_svg()}"
            "<h2>Findings</h2><table><thead><tr><th>status</th><th>finding</th><th>lokasi</th>"
            "<th>printed</th><th>recomputed</th><th>note</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table><p>Generated by sakip.</p></body></html>\n"
        )

    def _repr_html_(self) -> str:
        esc = html_text
        counts = self.counts()
        rows = "".join(
            f'<tr class="{s}"><td>{esc(s)}</td><td>{esc(fid)}</td><td>{esc(p)}</td>'
            f"<td>{esc(r)}</td><td>{esc(n)}</td></tr>" for s, fid, p, r, n in self._table())
        return (f"<div><p>{', '.join(f'{counts[s]} {s}' for s in STATUSES)}</p><table>"
                "<thead><tr><th>status</th><th>finding</th><th>printed</th><th>recomputed</th>"
                f"<th>note</th></tr></thead><tbody>{rows}</tbody></table></div>")

    def __str__(self) -> str:
        return self.to_text()


_CSS = (
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
    "font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;"
    "text-align:left}tr.mismatch td:first-child{background:#f8d7da}tr.not-computable "
    "td:first-child{background:#fff3cd}tr.match td:first-child{background:#d4edda}"
    "tr.match-other-rounding td:first-child{background:#d1ecf1}pre{white-space:pre-wrap;"
    "font-size:12px}"
)


@attrs.frozen
class _SVG:
    svg: str

    def _repr_svg_(self) -> str:
        return self.svg


def _svg(items: list[tuple[str, Decimal]]) -> str:
    """A horizontal bar chart; bar lengths scaled from exact values (display only)."""
    esc = html_text
    width, bar, gap, left = 420, 18, 8, 70
    top = max([HUNDRED, *[v for _, v in items]])
    scale = CONTEXT.divide(Decimal(width - left - 60), top)
    height = len(items) * (bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             'role="img" aria-label="capaian per indicator against 100%">']
    for i, (name, value) in enumerate(items):
        y = 10 + i * (bar + gap)
        length = round_value(CONTEXT.multiply(max(value, ZERO), scale), 0)
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{esc(name)}</text>'
                     f'<rect x="{left}" y="{y}" width="{length}" height="{bar}" '
                     f'fill="{"#4a90d9" if value >= HUNDRED else "#d98a4a"}"/>'
                     f'<text x="{left + int(length) + 4}" y="{y + 13}" font-size="11">'
                     f"{format_id(value, 2)} %</text>")
    x100 = left + int(round_value(CONTEXT.multiply(HUNDRED, scale), 0))
    parts.append(f'<line x1="{x100}" y1="0" x2="{x100}" y2="{height - 14}" stroke="#333" '
                 f'stroke-dasharray="4 3"/><text x="{x100 - 14}" y="{height - 2}" '
                 'font-size="11">100 %</text></svg>')
    return "".join(parts)


def dumps(r: Reviu) -> str:
    """The JSON document of a reviu as text (UTF-8, indented; schema ``sakip/reviu-1``).

    >>> import json, sakip
    >>> json.loads(dumps(sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))))["schema"]
    'sakip/reviu-1'
    """
    return json.dumps(r.to_json(), indent=2, ensure_ascii=False)


_NULLABLE_STRING = {"type": ["string", "null"]}

#: The JSON Schema of the ``sakip reviu --format json`` output (``sakip/reviu-1``),
#: also published as ``sakip/data/reviu-1.schema.json``.
REVIU_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sakip.invalid/schema/reviu-1.schema.json",
    "title": "sakip/reviu-1: the findings of a reviu",
    "type": "object",
    "additionalProperties": False,
    "required": ["schema", "laporan", "ok", "counts", "findings"],
    "properties": {
        "schema": {"const": REVIU_SCHEMA},
        "laporan": {
            "type": "object", "additionalProperties": False,
            "required": ["instansi", "tahun", "judul", "sumber", "rounding"],
            "properties": {
                "instansi": {"type": "string"}, "tahun": {"type": "integer"},
                "judul": {"type": "string"}, "sumber": {"type": "string"},
                "rounding": {"$ref": "#/$defs/rounding"},
            },
        },
        "ok": {"type": "boolean", "description": "true when every printed figure reproduces"},
        "counts": {
            "type": "object", "additionalProperties": False, "required": list(STATUSES),
            "properties": {s: {"type": "integer", "minimum": 0} for s in STATUSES},
        },
        "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
    },
    "$defs": {
        "rounding": {
            "type": "object", "additionalProperties": False, "required": ["places", "mode"],
            "properties": {"places": {"type": "integer", "minimum": 0},
                           "mode": {"enum": list(ROUNDING_MODES)}},
        },
        "finding": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "label", "lokasi", "printed", "recomputed", "status",
                         "rounding", "difference", "reason", "explanation"],
            "properties": {
                "id": {"type": "string", "description": "stable identifier of the figure"},
                "label": {"type": "string"},
                "lokasi": {"type": "string", "description": "where the report prints it"},
                "printed": _NULLABLE_STRING,
                "recomputed": {"type": ["string", "null"],
                               "description": "exact decimal in Python notation, or a label"},
                "status": {"enum": list(STATUSES)},
                "rounding": {"oneOf": [{"$ref": "#/$defs/rounding"}, {"type": "null"}]},
                "difference": {"type": ["string", "null"],
                               "description": "printed minus recomputed-as-rounded"},
                "reason": {"type": "string"},
                "explanation": {"type": ["string", "null"],
                                "description": "the derivation, as text"},
            },
        },
    },
}
