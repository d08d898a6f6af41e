"""The planning chain's common ground: documents, places, and one value's printings compared.

What every check of :mod:`sakip.reviu._rantai` shares: a document (``_Dok``) and a
printed value's place (``_Tempat``), a PK printing (``_PK``), the findings'
words (``Teks``), and ``_Dasar``, which records a finding naming both places
(``_add``), compares two printed values (``_compare``) or every printing of
one value against its reference (``_one_value``), and reads the indicators
through the crosswalk.  The checks are evaluator practice (reference §14), not
law.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Any

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT
from sakip._decimal import text as _str
from sakip.explain import Explanation, Step, filled
from sakip.lkj import Indikator, Laporan, printed_places, printed_value, target_batas
from sakip.numbers import Rounding
from sakip.predikat import Predikat
from sakip.reviu._findings import Finding, Status

#: What every chain finding's explanation cites: the checks are practice, not a regulation.
_REFERENSI = Teks(id="rujukan §14 {c}: praktik evaluator, bukan hukum (kriteria LKE 1.b, 2.b, "
                     "2.c; PermenPANRB 88/2021)",
                  en="reference §14 {c}: evaluator practice, not law (LKE criteria 1.b, 2.b, "
                     "2.c; PermenPANRB 88/2021)")

# The findings' labels (a kode, a year and a document's name from the files stay as written).
_CHECK_LABEL = Teks(id="{check}: {label}", en="{check}: {label}")

#: The rule each check applies (the explanation's formula).
_ATURAN: dict[str, Teks] = {
    "C1": Teks(id="target tahun yang sama di matriks Renstra = target di PK; PK revisi "
               "bertanggal dan menyebut apa yang berubah", en="the same year's target in "
               "the Renstra matrix = the PK's target; a revised PK is dated and says what "
               "changed"),
    "C2": Teks(id="daftar IKU (kode, nama) sama di semua dokumen; perubahan nama lewat "
               "kode_lama", en="the IKU list (code, name) agrees across documents; a rename "
               "through kode_lama"),
    "C3": Teks(id="polarisasi sama di semua dokumen dan sesuai arah target Renstra",
               en="polarity agrees across documents and with the Renstra target trajectory"),
    "C4": Teks(id="realisasi tahun t di LKj t = angka tahun lalu di LKj t+1",
               en="realisasi of year t in LKj t = the 'tahun lalu' figure in LKj t+1"),
    "C5": Teks(id="agregasi (flow: tahun = Σ triwulan; stock: tahun = TW IV) sama di semua "
               "dokumen", en="agregasi (flow: year = Σ quarters; stock: year = TW IV) agrees "
               "across documents"),
    "C6": Teks(id="realisasi Renstra s.d. tahun t = s.d. t−1 + tahun t; salinan matriks "
               "Renstra = dokumen Renstra", en="Renstra realisasi to year t = to t−1 + year t; "
               "a copy of the Renstra matrix = the Renstra document"),
    "C7": Teks(id="cetakan PK yang sama sepakat; pagu PK = pagu DIPA di LKj", en="printings "
               "of one PK agree; the PK's pagu = the DIPA pagu the LKj prints"),
    "C8": Teks(id="setiap sasaran punya indikator bertarget; setiap kegiatan ke tepat satu "
               "sasaran", en="every sasaran has an indicator with a target; every kegiatan "
               "maps to exactly one sasaran"),
    "C9": Teks(id="satuan indikator tidak berubah antar dokumen",
               en="an indicator's unit never changes between documents"),
    "C10": Teks(id="tahun LKj di dalam periode Renstra; periode baru tanpa angka kumulatif "
                "periode lama", en="the LKj's year lies in the Renstra period; a new period "
                "carries no cumulative figures of the old one"),
    "C11": Teks(id="instrumen yang berubah tidak dibandingkan antar tahun tanpa catatan",
                en="a changed instrument is not compared year-on-year without a note"),
}

_BEDA = Teks(id="{apa}: {a} mencetak {pa}; {b} mencetak {pb}",
             en="{apa}: {a} prints {pa}; {b} prints {pb}")

_PEMBULATAN = Teks(id="{apa}: {a} mencetak {pa}, {b} mencetak {pb}: sesuai setelah pembulatan",
                   en="{apa}: {a} prints {pa}, {b} prints {pb}: agree up to rounding")

_TIDAK_DAPAT = Teks(id="{apa}: tidak dapat dihitung: {alasan}",
                    en="{apa}: not computable: {alasan}")

_CETAKAN = Teks(id="{n} cetakan dibandingkan; acuan: {acuan} (dokumen yang lebih awal dalam "
                "rantai)", en="{n} printings compared; the reference: {acuan} (the earlier "
                "document of the chain)")

_TIDAK_ADA = Teks(id="{apa}: ada di {b}, tidak ada di {a}", en="{apa}: in {b}, not in {a}")

_SIKLUS = Teks(id="kode_lama berputar: {jalan}", en="kode_lama goes round: {jalan}")

_KODE_LAMA = Teks(id="kode_lama {kode}: {a} memetakan ke {pa}, {b} ke {pb}",
                  en="kode_lama {kode}: {a} maps it to {pa}, {b} to {pb}")

#: The reasons a check is not computable.
_ALASAN = {
    "renstra": Teks(id="tidak ada matriks target Renstra untuk {kode} tahun {tahun} di "
                    "dokumen unit ini", en="no Renstra target matrix for {kode} in {tahun} in "
                    "the unit's documents"),
    "realisasi": Teks(id="{a} tidak mencetak realisasi {kode}", en="{a} prints no realisasi "
                      "of {kode}"),
    "tahun_lalu": Teks(id="{a} tidak mencetak realisasi tahun lalu ({tahun}) {kode}",
                       en="{a} prints no 'tahun lalu' realisasi ({tahun}) of {kode}"),
    "pagu": Teks(id="{a} tidak mencetak pagu tahun {tahun} (anggaran)", en="{a} prints no "
                 "pagu of {tahun} (anggaran)"),
    "periode": Teks(id="tidak ada periode Renstra di dokumen unit ini", en="no Renstra "
                    "period in the unit's documents"),
    "versi": Teks(id="{a} tidak menyebut versi PK (awal/revisi)", en="{a} does not say "
                  "which PK it is (versi awal/revisi)"),
    "agregasi": Teks(id="tidak ada dokumen yang menyebut agregasi {kode} (flow/stock)",
                     en="no document states the agregasi of {kode} (flow/stock)"),
    "output": Teks(id="{a} tidak mencetak pagu per kegiatan (anggaran.output)",
                   en="{a} prints no pagu per kegiatan (anggaran.output)"),
    "pemetaan": Teks(id="dokumen unit ini tidak mencetak sasaran kegiatan (alokasi.sasaran)",
                     en="the unit's documents print no kegiatan → sasaran map "
                     "(alokasi.sasaran)"),
}

#: A compared value: printed text, or a value the file format read (a Decimal, a predikat).
_Nilai = str | Decimal | Predikat

_JENIS = {"renstra": "Renstra", "pk": "PK", "lkj": "LKj", "lkjip": "LKjIP"}

@attrs.frozen
class _Dok:
    """One document of the chain: the loaded file and its name in the findings."""

    laporan: Laporan
    nama: str

@attrs.frozen
class _Tempat:
    """A printed value's place: the document, the field and where the report prints it."""

    dok: _Dok
    field: str
    lokasi: str = ""

    def __str__(self) -> str:
        return f"{self.dok.nama}: {self.field}"

@attrs.frozen
class _PK:
    """One printing of a Perjanjian Kinerja (a pk document's, or a report's table)."""

    tempat: _Tempat
    tahun: int
    versi: str
    tanggal: str
    #: What a revisi changed, as printed (``catatan_revisi``), ``""`` if it says nothing.
    catatan: str
    #: canonical code -> (printed target, field)
    target: dict[str, tuple[_Nilai, str]]
    tabel: Mapping[str, Any] | None

    @property
    def nama(self) -> str:
        versi = self.versi or "(versi?)"
        tanggal = f" ({self.tanggal})" if self.tanggal else ""
        return f"PK {self.tahun} {versi}{tanggal}, {self.tempat}"

def _nama(laporan: Laporan) -> str:
    kind = _JENIS.get(laporan.jenis, laporan.jenis)
    year = (f"{laporan.periode[0]}–{laporan.periode[1]}" if laporan.jenis == "renstra"
            and laporan.periode else str(laporan.tahun))
    versi = f" {laporan.versi}" if laporan.versi else ""
    source = PurePath(laporan.sumber).name or laporan.sumber
    return f"{kind} {year}{versi} ({source})"

class _Dasar:
    """One unit's documents in canonical order, the findings so far, and the helpers every
    check uses (the checks are the subclasses' methods)."""

    def __init__(self, laporan: list[Laporan]) -> None:
        names = [_nama(lap) for lap in laporan]
        self.dok = [_Dok(lap, name if names.count(name) == 1 else f"{name} #{i}")
                    for i, (lap, name) in enumerate(zip(laporan, names, strict=True),
                                                    start=1)]
        self.findings: list[Finding] = []
        self.ids: set[str] = set()
        self.kode_lama = self._crosswalk()

    def _add(self, check: str, id: str, label: str, a: _Tempat, b: _Tempat | None,
             printed: str | None, recomputed: Decimal | str | None, status: Status,
             reason: str, *, difference: Decimal | None = None,
             rounding: Rounding | None = None,
             compared: tuple[tuple[_Tempat, str], ...] = ()) -> None:
        """One finding at ``a`` against ``b``; ``compared`` lists every printing of the value
        (the explanation's inputs: each place with what it prints)."""
        base, n = f"{check}.{id}", 1
        unique = base
        while unique in self.ids:  # two printings of the same comparison
            n += 1
            unique = f"{base}#{n}"
        self.ids.add(unique)
        places = [a] if b is None else [a, b]
        field = " ↔ ".join(str(p) for p in places)
        lokasi = "; ".join(f"{p.lokasi or p.field} ({p.dok.nama})" for p in places)
        reference = filled(_REFERENSI, c=check)
        inputs: tuple[tuple[str, Any], ...] = tuple(
            (str(p), printed if p is a else recomputed) for p in places)
        note: Teks | str = ""
        if compared:
            inputs = tuple((str(p), shown) for p, shown in compared)
            note = filled(_CETAKAN, n=len(compared), acuan=str(b) if b is not None else "-")
        label = Pesan(_CHECK_LABEL, check=check, label=label)
        explanation = Explanation(title=label, steps=(Step(
            name=check, formula=_ATURAN[check], inputs=inputs,
            value=recomputed if recomputed is not None else "-", reference=reference,
            note=note),), reference=reference)
        self.findings.append(Finding(
            id=unique, label=label, lokasi=lokasi, printed=printed,
            recomputed=recomputed, status=status, reason=reason, field=field,
            difference=difference, rounding=rounding, explanation=explanation))

    def _compare(self, check: str, id: str, label: str, a: _Tempat, pa: _Nilai,
                 b: _Tempat, pb: _Nilai) -> None:
        """``pa`` printed at ``a`` against ``pb`` printed at ``b`` (the reference).

        A value is printed text (read under its document's ``angka``) or a value
        the file format has read already (a previous year's realisasi).
        """
        verdict = _verdict(label, a, pa, b, pb)
        self._add(check, id, label, a, b, verdict.printed, verdict.recomputed, verdict.status,
                  verdict.reason, difference=verdict.difference, rounding=verdict.rounding)

    def _one_value(self, check: str, id: str, label: str,
                   printings: list[tuple[_Tempat, _Nilai]],
                   reference: list[tuple[_Tempat, _Nilai]]) -> None:
        """Every printing of one value against the reference printing ``reference[0]``.

        A printing that agrees with the reference is a match of its own; the
        printings that disagree are grouped by the value they print, and each
        distinct value is ONE mismatch, at its first printing (in the chain's
        order), whose explanation lists every printing compared (the reference's
        copies too).  One disagreement printed in four copies is one finding.
        """
        b, pb = reference[0]
        verdicts = [(a, pa, _verdict(label, a, pa, b, pb)) for a, pa in printings]
        compared = tuple((p, _shown(v)) for p, v in [*printings, *reference])
        wrong: dict[Decimal | Predikat, list[str]] = {}
        for a, pa, verdict in verdicts:
            if verdict.status == "mismatch":
                wrong.setdefault(_value(pa, a), []).append(str(a))
        for a, pa, verdict in verdicts:
            if verdict.status == "mismatch":
                same = wrong.pop(_value(pa, a), None)
                if same is None:  # listed in the mismatch of its value's first printing
                    continue
            self._add(check, id, label, a, b, verdict.printed, verdict.recomputed,
                      verdict.status, verdict.reason, difference=verdict.difference,
                      rounding=verdict.rounding, compared=compared if len(compared) > 2
                      else ())

    def _not_computable(self, check: str, id: str, label: str, a: _Tempat,
                        b: _Tempat | None, printed: str | None, alasan: str) -> None:
        self._add(check, id, label, a, b, printed, None, "not-computable",
                  Pesan(_TIDAK_DAPAT, apa=label, alasan=alasan))

    def _crosswalk(self) -> dict[str, str]:
        """Old code → new code over every document's ``[[kode_lama]]`` (C2 on a conflict)."""
        seen: dict[str, tuple[str, _Tempat]] = {}
        for dok in self.dok:
            for i, row in enumerate(dok.laporan.kode_lama, start=1):
                place = _Tempat(dok, f"kode_lama[{i}].menjadi")
                if row["kode"] in seen and seen[row["kode"]][0] != row["menjadi"]:
                    other, where = seen[row["kode"]]
                    self._add("C2", f"kode_lama.{row['kode']}", f"kode_lama {row['kode']}",
                              place, where, row["menjadi"], other, "mismatch", Pesan(_KODE_LAMA,
                                  kode=row["kode"], a=str(place), pa=row["menjadi"],
                                  b=str(where), pb=other))
                    continue
                seen.setdefault(row["kode"], (row["menjadi"], place))
        walk = {old: new for old, (new, _) in seen.items()}
        cycle: set[str] = set()
        for old, (new, place) in seen.items():
            path = [old, new]
            while path[-1] in walk and path[-1] not in path[:-1]:
                path.append(walk[path[-1]])
            if path[-1] == old:  # a cycle: no code is the current one; the codes stay
                cycle.add(old)
                self._add("C2", f"kode_lama.{old}", f"kode_lama {old}", place,
                          seen[path[-2]][1], new, old, "mismatch",
                          Pesan(_SIKLUS, jalan=" → ".join(path)))
        return {old: new for old, new in walk.items() if old not in cycle}

    def kode(self, printed: str) -> str:
        """The indicator's code today: ``printed`` read through the crosswalk."""
        seen = {printed}
        while printed in self.kode_lama and self.kode_lama[printed] not in seen:
            printed = self.kode_lama[printed]
            seen.add(printed)
        return printed

    def indikator(self) -> list[tuple[_Dok, int, str, Indikator]]:
        """Every document's indicators: (document, index, canonical code, indicator)."""
        return [(dok, i, self.kode(ind.kode), ind) for dok in self.dok
                for i, ind in enumerate(dok.laporan.indikator, start=1)]

    def renamed(self, kode: str, names: tuple[str, str]) -> bool:
        """Whether a crosswalk entry to ``kode`` records one of ``names`` as the old name."""
        folded = {n.casefold().strip() for n in names}
        return any(row.get("menjadi") == kode and str(row.get("nama", "")).casefold().strip()
                   in folded for dok in self.dok for row in dok.laporan.kode_lama)

    def matrices(self) -> list[tuple[_Tempat, str, Indikator]]:
        """Every printed Renstra target matrix: (place, canonical code, indicator)."""
        return [(_Tempat(dok, f"indikator[{i}].renstra", (ind.renstra or {}).get(
            "lokasi", ind.lokasi)), kode, ind) for dok, i, kode, ind in self.indikator()
            if ind.renstra is not None]

    def printings(self) -> list[_PK]:
        """Every printing of a PK: a pk document's own, and every PK table of a document."""
        out = []
        for dok in self.dok:
            lap = dok.laporan
            own = {self.kode(ind.kode): (_printed_target(ind), f"indikator[{i}].target")
                   for i, ind in enumerate(lap.indikator, start=1)
                   if _printed_target(ind) is not None}
            if lap.jenis == "pk" and not lap.perjanjian_kinerja:
                out.append(_PK(_Tempat(dok, "laporan"), lap.tahun, lap.versi, lap.tanggal,
                               lap.catatan_revisi, own, None))  # type: ignore[arg-type]
            for j, table in enumerate(lap.perjanjian_kinerja, start=1):
                place = f"perjanjian_kinerja[{j}]"
                target = {self.kode(k): (v, f"{place}.target.{k}")
                          for k, v in (table.get("target") or {}).items()}
                if lap.jenis == "pk" and not target:
                    target = own
                out.append(_PK(_Tempat(dok, place, table.get("lokasi", "")), lap.tahun,
                               table.get("versi", lap.versi), table.get("tanggal",
                                                                        lap.tanggal),
                               table.get("catatan_revisi", lap.catatan_revisi), target, table))
        return out

    def _lkj(self) -> list[_Dok]:
        return [d for d in self.dok if d.laporan.jenis in ("lkj", "lkjip")]

    def _metadata(self, check: str, name: str, value: Any) -> None:
        """One metadata field of every indicator against the first document that states it."""
        first: dict[str, tuple[_Tempat, str]] = {}
        for dok, i, kode, ind in self.indikator():
            stated = value(ind)
            if stated is None:
                continue
            here = _Tempat(dok, f"indikator[{i}].{name}", ind.lokasi)
            if kode not in first:
                first[kode] = (here, stated)
                continue
            there, theirs = first[kode]
            if there.dok is dok:
                continue
            same = stated.casefold().strip() == theirs.casefold().strip()
            self._add(check, f"{kode}.{name}", f"{kode}: {name}", here, there, stated, theirs,
                      "match" if same else "mismatch", "" if same else Pesan(_BEDA,
                          apa=f"{kode}: {name}", a=str(here), pa=stated, b=str(there),
                          pb=theirs))

@attrs.frozen
class _Verdict:
    """One printed value against the reference: what a finding records."""

    printed: str
    recomputed: Decimal | str
    status: Status
    reason: str
    difference: Decimal | None = None
    rounding: Rounding | None = None

def _verdict(label: str, a: _Tempat, pa: _Nilai, b: _Tempat, pb: _Nilai) -> _Verdict:
    """``pa`` printed at ``a`` against ``pb`` printed at ``b``: exactly, or up to rounding."""
    va, vb = _value(pa, a), _value(pb, b)
    pa, pb = _shown(pa), _shown(pb)
    words = {"apa": label, "a": str(a), "pa": pa, "b": str(b), "pb": pb}
    if isinstance(va, Predikat) or isinstance(vb, Predikat):
        same = va == vb
        return _Verdict(pa, str(vb), "match" if same else "mismatch",
                        "" if same else Pesan(_BEDA, **words))
    assert isinstance(va, Decimal) and isinstance(vb, Decimal)
    if va == vb:
        return _Verdict(pa, vb, "match", "")
    places = (printed_places(target_batas(pa)[1], angka=a.dok.laporan.angka)
              if isinstance(pa, str) else max(0, -va.as_tuple().exponent))
    for mode in ("half_up", "down"):
        rounding = Rounding(places=places, mode=mode)
        if rounding.apply(vb) == va:
            return _Verdict(pa, vb, "match-other-rounding", Pesan(_PEMBULATAN, **words),
                            rounding=rounding)
    return _Verdict(pa, vb, "mismatch", Pesan(_BEDA, **words),
                    difference=CONTEXT.subtract(va, vb))

def _value(value: _Nilai, place: _Tempat) -> Decimal | Predikat:
    if isinstance(value, str):
        read = printed_value(target_batas(value)[1], angka=place.dok.laporan.angka)
        assert read is not None
        return read
    return value

def _shown(value: _Nilai) -> str:
    return value if isinstance(value, str) else str(value) if isinstance(
        value, Predikat) else _str(value)

def _printed_target(ind: Indikator) -> _Nilai | None:
    """An indicator's target (a range target has no one value: ``None``)."""
    target = ind.target
    if target is None or isinstance(target, tuple):
        return None
    return target
