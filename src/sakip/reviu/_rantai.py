"""The planning chain: one unit's documents checked against each other (reference §14).

A Renstra, its yearly Perjanjian Kinerja (initial and revised) and the LKj of
consecutive years print the same indicators, targets, realisasi and budgets;
``reviu_rantai`` compares them (checks C1–C11) and returns a
``Reviu`` whose findings each name both places.  The checks
are evaluator practice (LKE criteria 1.b, 2.b, 2.c), not law.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from importlib.abc import Traversable
from itertools import pairwise
from pathlib import Path, PurePath
from typing import Any

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, exact_sum
from sakip._decimal import text as _str
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
from sakip.explain import Explanation, Step, filled
from sakip.indicators import Agregasi, Polarisasi
from sakip.lkj import Indikator, Laporan, printed_places, printed_value, target_batas
from sakip.numbers import Rounding
from sakip.predikat import Predikat
from sakip.reviu._findings import Finding, Status
from sakip.reviu._result import Reviu
from sakip.reviu._run import read_source

#: What every chain finding's explanation cites: the checks are practice, not a regulation.
_REFERENSI = Teks(id="rujukan §14 {c}: praktik evaluator, bukan hukum (kriteria LKE 1.b, 2.b, "
                     "2.c; PermenPANRB 88/2021)",
                  en="reference §14 {c}: evaluator practice, not law (LKE criteria 1.b, 2.b, "
                     "2.c; PermenPANRB 88/2021)")

# The findings' labels (a kode, a year and a document's name from the files stay as written).
_CHECK_LABEL = Teks(id="{check}: {label}", en="{check}: {label}")
_TRAJECTORY = Teks(id="{kode}: lintasan Renstra pada polarisasi {pol}",
                   en="{kode}: Renstra trajectory under polarisasi {pol}")
_READ_AS = Teks(id="{kode}: tabel triwulan dibaca sebagai {agregasi}",
                en="{kode}: quarterly table read as {agregasi}")
_IN_CUMULATIVE = Teks(id="{kode}: realisasi {t} dalam kumulatif Renstra",
                      en="{kode}: realisasi {t} in the Renstra cumulative")
_COPY_TARGET = Teks(id="{kode}: target Renstra {year} (salinan / Renstra)",
                    en="{kode}: Renstra target {year} (copy / Renstra)")
_YEAR_IN_PERIOD = Teks(id="{nama}: tahun dalam periode Renstra",
                       en="{nama}: year in the Renstra period")
_FIGURES_IN_PERIOD = Teks(id="{kode}: angka Renstra dalam periode",
                          en="{kode}: Renstra figures in the period")
_FIGURE_RENSTRA = Teks(id="{kode}: angka Renstra", en="{kode}: Renstra figure")

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
_TANPA_TANGGAL = Teks(id="PK revisi tanpa tanggal: {a} tidak mencetak tanggal (cetakan lain: "
                      "{b})", en="a revised PK is dated: {a} prints no date (other printing: "
                      "{b})")
_PERUBAHAN = Teks(id="PK {tahun} revisi: perubahan yang dinyatakan",
                  en="PK {tahun} revisi: the stated change")
_DINYATAKAN = Teks(id="revisi menyatakan perubahannya ({a}, catatan_revisi)",
                   en="the revision states what changed ({a}, catatan_revisi)")
_TANPA_PERUBAHAN = Teks(
    id="direvisi tanpa menyebut perubahan: tidak ada cetakan yang mencetak catatan_revisi "
       "({a}); praktik evaluator (rujukan §14 C1: PK revisi bertanggal dan menyebut apa "
       "yang berubah), bukan hukum",
    en="revised without a stated change: no printing prints a catatan_revisi ({a}); "
       "evaluator practice (reference §14 C1: a revised PK is dated and says what changed), "
       "not law")
_CETAKAN = Teks(id="{n} cetakan dibandingkan; acuan: {acuan} (dokumen yang lebih awal dalam "
                "rantai)", en="{n} printings compared; the reference: {acuan} (the earlier "
                "document of the chain)")
_TIDAK_ADA = Teks(id="{apa}: ada di {b}, tidak ada di {a}", en="{apa}: in {b}, not in {a}")
_ARAH = Teks(id="{apa}: polarisasi {pol} ({b}) tetapi target {y1} {t1} → {y2} {t2} ({a})",
             en="{apa}: polarisasi {pol} ({b}) but the targets go {y1} {t1} → {y2} {t2} ({a})")
_PERIODE = Teks(id="{apa}: tahun {tahun} ({a}) di luar periode Renstra {p1}–{p2} ({b})",
                en="{apa}: year {tahun} ({a}) outside the Renstra period {p1}–{p2} ({b})")
_INSTRUMEN = Teks(id="{apa}: instrumen {ia} ({a}) ≠ {ib} ({b}) dibandingkan antar tahun "
                  "tanpa catatan", en="{apa}: instrument {ia} ({a}) ≠ {ib} ({b}) compared "
                  "year-on-year without a note")
_CATATAN = Teks(id="instrumen berubah, dengan catatan: {catatan}",
                en="instrument changed, with a note: {catatan}")
_TANPA_SASARAN = Teks(id="{apa}: tidak dipetakan ke sasaran ({a}); sasaran yang ada: {b}",
                      en="{apa}: mapped to no sasaran ({a}); the sasaran: {b}")
_TANPA_INDIKATOR = Teks(id="{apa}: tidak ada indikator bertarget ({a}) di {b}",
                        en="{apa}: no indicator with a target ({a}) in {b}")
_TRIWULAN = Teks(id="tabel triwulan dibaca dengan agregasi {agregasi} ({b}): flow Σ "
                 "triwulan, stock TW IV", en="the quarterly table read under agregasi "
                 "{agregasi} ({b}): flow Σ quarters, stock TW IV")
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
_URUTAN = {"renstra": 0, "pk": 1, "lkj": 2, "lkjip": 2}


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


def unit(laporan: Laporan) -> str:
    """The unit a document belongs to: its instansi (and Pemda / perangkat daerah).

    Documents are grouped by this text exactly as printed (nothing is
    normalised); two units' documents are never compared.

    >>> from sakip.lkj import load
    >>> unit(load({"schema": "sakip/lkj-1", "laporan": {"instansi": "BGP", "tahun": 2023}}))
    'BGP'
    """
    parts = [laporan.instansi, laporan.pemda, laporan.perangkat_daerah]
    return " / ".join(p for p in parts if p)


def _nama(laporan: Laporan) -> str:
    kind = _JENIS.get(laporan.jenis, laporan.jenis)
    year = (f"{laporan.periode[0]}–{laporan.periode[1]}" if laporan.jenis == "renstra"
            and laporan.periode else str(laporan.tahun))
    versi = f" {laporan.versi}" if laporan.versi else ""
    source = PurePath(laporan.sumber).name or laporan.sumber
    return f"{kind} {year}{versi} ({source})"


def _key(laporan: Laporan) -> tuple[Any, ...]:
    """The order documents are compared in, whatever order they were given in."""
    return (laporan.tahun, _URUTAN.get(laporan.jenis, 3), laporan.versi != "awal",
            laporan.sumber, repr(attrs.asdict(laporan, recurse=True)))


def _read(document: Any, index: int) -> Laporan:
    if isinstance(document, Laporan):
        return document
    if isinstance(document, (str, Path, Traversable, Mapping)):
        return read_source(document)  # a workbook too
    raise InvalidTypeError(field=f"documents[{index}]", expected="a path, a mapping or a "
                           "Laporan", received=document)


def _documents(documents: object) -> list[Laporan]:
    """Every document read, in the order given; one document alone is refused (a list)."""
    if isinstance(documents, (str, bytes, Path, Mapping, Laporan, Traversable)) or not (
            isinstance(documents, Iterable)):
        raise InvalidTypeError(field="documents", expected="a list of the unit's documents "
                               "(paths, mappings or Laporan)", received=documents)
    return [_read(document, i) for i, document in enumerate(documents, start=1)]


def reviu_rantai(documents: Iterable[str | Path | Traversable | Mapping[str, Any] | Laporan],
                 ) -> Reviu:
    """Check one unit's planning chain: its documents against each other (C1–C11).

    Parameters
    ----------
    documents:
        The unit's documents (``sakip/lkj-1`` files of ``jenis`` renstra, pk,
        lkj, lkjip; paths, mappings or loaded :class:`~sakip.lkj.Laporan`), in
        any order: an LKj that carries Renstra or PK tables provides them.

    Returns
    -------
    Reviu
        The same result as :func:`sakip.reviu` (statuses, summary, every
        rendering, exit statuses, JSON): one finding per comparison, each
        naming both places (``field``: ``"PK 2023 revisi (pk.toml):
        indikator[2].target ↔ Renstra 2020–2024 (renstra.toml):
        indikator[2].renstra.target.2023"``); a comparison the documents do not
        print the data for is ``not-computable`` with the reason.  Its
        ``laporan`` stands for the unit (``instansi``, the latest ``tahun``,
        ``sumber`` every document).

    Notes
    -----
    C1 Renstra target = PK target (a revisi is dated); C2 the IKU set and
    names (renamed through ``[[kode_lama]]``); C3 polarity across documents and
    against the Renstra trajectory; C4 realisasi of year t = "tahun lalu" in
    LKj t+1; C5 agregasi agrees; C6 Renstra realisasi continuity and copies of
    the matrix; C7 printings of one PK agree, PK pagu = the LKj's pagu; C8
    coverage; C9 satuan; C10 the year in the Renstra period; C11 a changed
    instrument needs a note.  Indicators are matched by ``kode`` read through
    every document's crosswalk.  Numbers are compared exactly; a value printed
    with fewer decimals that the other rounds to is ``match-other-rounding``.

    Raises
    ------
    sakip.InvalidTypeError
        ``documents`` is not a list of documents (one path alone), or an item
        is neither a path, a mapping nor a Laporan (``documents[i]``).
    sakip.InvalidValueError
        No document, or documents of two units (``documents[i]``).
    sakip.LaporanError
        A file that cannot be read.

    References
    ----------
    Reference §14: evaluator practice, not law (LKE criteria 1.b, 2.b, 2.c of
    PermenPANRB 88/2021).

    Examples
    --------
    The seed LKj 2023 quotes the Renstra matrix and four printings of its PK:
    the PK's IKK 2.2 target 92 is the Renstra's 2024 target (2023: 90), and the
    two printings of the revised PK disagree on the budget:

    >>> import sakip
    >>> r = sakip.reviu_rantai([sakip.examples.path("bgp-kalsel-2023")])
    >>> f = [f for f in r.problems() if f.id.startswith("C1.IKK 2.2")][0]
    >>> f.printed, f.recomputed
    ('92', Decimal('90'))
    >>> sorted({f.id.split(".")[0] for f in r.problems() if f.status == "mismatch"})
    ['C1', 'C6', 'C7']
    """
    loaded = _documents(documents)
    if not loaded:
        raise InvalidValueError(field="documents", expected="at least one document of the "
                                "unit", received="none")
    first = unit(loaded[0])
    for i, laporan in enumerate(loaded, start=1):
        if unit(laporan) != first:
            raise InvalidValueError(field=f"documents[{i}]", expected=f"a document of "
                                    f"{first!r} (one unit's chain; reviu_rantai_units groups "
                                    "several units)", received=unit(laporan))
    return _Rantai(sorted(loaded, key=_key)).run()


def reviu_rantai_units(documents: Iterable[str | Path | Traversable | Mapping[str, Any]
                                           | Laporan]) -> tuple[Reviu, ...]:
    """One :func:`reviu_rantai` per unit, units in the order they first appear.

    Documents are grouped by :func:`unit`; two units' documents are never
    compared (``sakip reviu --rantai DIR``).

    >>> import sakip
    >>> doc = {"schema": "sakip/lkj-1", "laporan": {"instansi": "A", "tahun": 2023}}
    >>> other = {"schema": "sakip/lkj-1", "laporan": {"instansi": "B", "tahun": 2023}}
    >>> [r.laporan.instansi for r in sakip.reviu_rantai_units([doc, other, doc])]
    ['A', 'B']
    """
    groups: dict[str, list[Laporan]] = {}
    for laporan in _documents(documents):
        groups.setdefault(unit(laporan), []).append(laporan)
    return tuple(reviu_rantai(group) for group in groups.values())


class _Rantai:
    """The comparisons of one unit's documents, in canonical document order."""

    def __init__(self, laporan: list[Laporan]) -> None:
        names = [_nama(lap) for lap in laporan]
        self.dok = [_Dok(lap, name if names.count(name) == 1 else f"{name} #{i}")
                    for i, (lap, name) in enumerate(zip(laporan, names, strict=True),
                                                    start=1)]
        self.findings: list[Finding] = []
        self.ids: set[str] = set()
        self.kode_lama = self._crosswalk()

    # ------------------------------------------------------------ helpers

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
        note = ""
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

    # ------------------------------------------------------------- checks

    def run(self) -> Reviu:
        for check in (self.c1, self.c2, self.c3, self.c4, self.c5, self.c6, self.c7,
                      self.c8, self.c9, self.c10):
            check()
        last = self.dok[-1].laporan
        sumber = ", ".join(d.laporan.sumber for d in self.dok)
        laporan = Laporan(instansi=unit(last), tahun=max(d.laporan.tahun for d in self.dok),
                          judul=f"Rantai perencanaan: {len(self.dok)} dokumen ("
                          + "; ".join(d.nama for d in self.dok) + ")", sumber=sumber,
                          angka=self.dok[0].laporan.angka)
        return Reviu(laporan=laporan, findings=tuple(self.findings))

    def c1(self) -> None:
        """Renstra target of the PK's year = the PK's target; a revised PK is dated and says
        what changed.

        The printings of one target are compared as one value (:meth:`_one_value`):
        the reference is the earlier document of the chain (the Renstra, its own
        document before a copy of its matrix; for an LKj's target the PK in force,
        the revisi before the awal), never a majority of copies, and one
        disagreement printed in several copies is one mismatch.
        """
        matrices = sorted(self.matrices(), key=lambda m: m[0].dok.laporan.jenis != "renstra")
        targets: dict[tuple[str, int], list[tuple[_Tempat, _Nilai]]] = {}
        for pk in self.printings():
            for kode, (printed, field) in pk.target.items():
                targets.setdefault((kode, pk.tahun), []).append(
                    (_Tempat(pk.tempat.dok, field, pk.tempat.lokasi), printed))
        for (kode, tahun), printings in targets.items():
            label = f"{kode}: target {tahun} (PK / Renstra)"
            plan = [(attrs.evolve(place, field=f"{place.field}.target.{tahun}"),
                     ind.renstra["target"][tahun])  # type: ignore[index]
                    for place, k, ind in matrices
                    if k == kode and tahun in ind.renstra["target"]]  # type: ignore[index]
            if plan:
                self._one_value("C1", f"{kode}.{tahun}", label, printings, plan)
                continue
            for here, printed in printings:
                self._not_computable("C1", f"{kode}.{tahun}", label, here, None,
                                     _shown(printed), Pesan(_ALASAN["renstra"], kode=kode,
                                                            tahun=tahun))
        for dok in self._lkj():
            in_force = sorted((pk for pk in self.printings()
                               if pk.tahun == dok.laporan.tahun and pk.tempat.dok is not dok),
                              key=lambda pk: pk.versi != "revisi")
            for i, ind in enumerate(dok.laporan.indikator, start=1):
                kode, mine = self.kode(ind.kode), _printed_target(ind)
                pk_targets = [(_Tempat(pk.tempat.dok, pk.target[kode][1], pk.tempat.lokasi),
                               pk.target[kode][0]) for pk in in_force if kode in pk.target]
                if mine is None or not pk_targets:
                    continue  # a report's own PK tables: the single-document reviu's
                self._one_value("C1", f"{kode}.{dok.laporan.tahun}.lkj", f"{kode}: target "
                                f"{dok.laporan.tahun} (LKj / PK)",
                                [(_Tempat(dok, f"indikator[{i}].target", ind.lokasi), mine)],
                                pk_targets)
        self._c1_revisi()

    def _c1_revisi(self) -> None:
        """Each printing of a revised PK is dated; the revision says what changed (once)."""
        revised: dict[int, list[_PK]] = {}
        for pk in self.printings():
            if pk.versi == "revisi":
                revised.setdefault(pk.tahun, []).append(pk)
        for tahun, printings in revised.items():
            dated = [o for o in printings if o.tanggal]
            for pk in printings:
                if not pk.tanggal:
                    other = dated[0].tempat if dated else None
                    self._add("C1", f"tanggal.{tahun}", f"PK {tahun} revisi: tanggal",
                              pk.tempat, other, "revisi", dated[0].tanggal if dated else None,
                              "mismatch", Pesan(_TANPA_TANGGAL, a=str(pk.tempat), b=str(other)
                                                if other else "-"))
            label = Pesan(_PERUBAHAN, tahun=tahun)
            stated = [o for o in printings if o.catatan]
            every = tuple((o.tempat, o.catatan or "-") for o in printings)
            if stated:
                first = stated[0]
                other = next((o.tempat for o in printings if o is not first), None)
                self._add("C1", f"perubahan.{tahun}", label, first.tempat, other,
                          first.catatan, first.catatan, "match",
                          Pesan(_DINYATAKAN, a=str(first.tempat)),
                          compared=every if len(every) > 1 else ())
                continue
            first = printings[0]
            other = printings[1].tempat if len(printings) > 1 else None
            self._add("C1", f"perubahan.{tahun}", label, first.tempat, other, "revisi", None,
                      "mismatch", Pesan(_TANPA_PERUBAHAN, a="; ".join(
                          str(o.tempat) for o in printings)),
                      compared=every if len(every) > 1 else ())

    def c2(self) -> None:
        """The IKU set and names agree with the reference list (the first that has one)."""
        lists = [(dok, [(i, k, ind) for d, i, k, ind in self.indikator() if d is dok])
                 for dok in self.dok]
        lists = [(dok, rows) for dok, rows in lists if rows]
        if len(lists) < 2:
            return
        (ref, ref_rows), others = lists[0], lists[1:]
        by_kode = {k: (i, ind) for i, k, ind in ref_rows}
        for dok, rows in others:
            mine = {k: (i, ind) for i, k, ind in rows}
            for k, (i, ind) in mine.items():
                here = _Tempat(dok, f"indikator[{i}].nama", ind.lokasi)
                if k not in by_kode:
                    self._add("C2", f"{k}.ditambah", f"{k}: IKU added", here,
                              _Tempat(ref, "indikator"), ind.nama, None, "mismatch",
                              Pesan(_TIDAK_ADA, apa=k, a=ref.nama, b=dok.nama))
                    continue
                j, theirs = by_kode[k]
                there = _Tempat(ref, f"indikator[{j}].nama", theirs.lokasi)
                same = theirs.nama.casefold().strip() == ind.nama.casefold().strip()
                renamed = not same and self.renamed(k, (ind.nama, theirs.nama))
                self._add("C2", f"{k}.nama", f"{k}: name", here, there, ind.nama, theirs.nama,
                          "match" if same or renamed else "mismatch",
                          "renamed through kode_lama" if renamed else "" if same else
                          Pesan(_BEDA, apa=f"{k}: name", a=str(here), pa=ind.nama,
                                b=str(there), pb=theirs.nama))
            for k, (j, theirs) in by_kode.items():
                if k not in mine:
                    self._add("C2", f"{k}.dihapus", f"{k}: IKU dropped",
                              _Tempat(dok, "indikator"),
                              _Tempat(ref, f"indikator[{j}]", theirs.lokasi), None,
                              theirs.nama, "mismatch",
                              Pesan(_TIDAK_ADA, apa=k, a=dok.nama, b=ref.nama))

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

    def c3(self) -> None:
        """Polarity across documents, and against the Renstra target trajectory."""
        self._metadata("C3", "polarisasi", lambda ind: str(ind.polarisasi)
                       if ind.polarisasi_declared else None)
        polarity: dict[str, tuple[_Tempat, Polarisasi]] = {}
        for dok, i, kode, ind in self.indikator():
            if ind.polarisasi_declared:
                polarity.setdefault(kode, (_Tempat(dok, f"indikator[{i}].polarisasi"),
                                           ind.polarisasi))
        matrices = self.matrices()
        plans = [m for m in matrices if m[0].dok.laporan.jenis == "renstra"]
        for place, kode, ind in plans or matrices:  # a copy of the Renstra's is C6's
            if kode not in polarity or polarity[kode][1] is Polarisasi.STABILIZE:
                continue
            where, pol = polarity[kode]
            years = sorted(ind.renstra["target"])  # type: ignore[index]
            values = [(y, printed_value(target_batas(ind.renstra["target"][y])[1],  # type: ignore[index]
                                        angka=place.dok.laporan.angka)) for y in years]
            numbers = [(y, v) for y, v in values if isinstance(v, Decimal)]
            if len(numbers) < 2:
                continue
            wrong = next(((a, b) for a, b in pairwise(numbers)
                          if (b[1] < a[1] if pol is Polarisasi.MAXIMIZE else b[1] > a[1])),
                         None)
            label = Pesan(_TRAJECTORY, kode=kode, pol=pol)
            here = attrs.evolve(place, field=f"{place.field}.target")
            if wrong is None:
                self._add("C3", f"{kode}.arah", label, here, where, str(pol), str(pol),
                          "match", "")
                continue
            (y1, t1), (y2, t2) = wrong
            self._add("C3", f"{kode}.arah", label, here, where, f"{_str(t1)} → {_str(t2)}",
                      str(pol), "mismatch", Pesan(_ARAH, apa=kode, pol=pol, b=str(where),
                                                  y1=y1, t1=_str(t1), y2=y2, t2=_str(t2),
                                                  a=str(here)))

    def _lkj(self) -> list[_Dok]:
        return [d for d in self.dok if d.laporan.jenis in ("lkj", "lkjip")]

    def c4(self) -> None:
        """Realisasi of year t in LKj t = the 'tahun lalu' figure in LKj t+1 (and C11)."""
        reports = self._lkj()
        for early in reports:
            for late in reports:
                if late.laporan.tahun != early.laporan.tahun + 1:
                    continue
                t = early.laporan.tahun
                before = {self.kode(ind.kode): (i, ind)
                          for i, ind in enumerate(early.laporan.indikator, start=1)}
                for i, ind in enumerate(late.laporan.indikator, start=1):
                    kode = self.kode(ind.kode)
                    if kode not in before:
                        continue
                    j, old = before[kode]
                    label = f"{kode}: realisasi {t}"
                    there = _Tempat(early, f"indikator[{j}].realisasi", old.lokasi)
                    quoted: list[tuple[str, _Nilai | None]] = [
                        (f"indikator[{i}].realisasi_sebelumnya.{t}",
                         ind.realisasi_sebelumnya.get(t))]
                    renstra = (ind.renstra or {}).get("realisasi") or {}
                    if t in renstra:
                        quoted.append((f"indikator[{i}].renstra.realisasi.{t}", renstra[t]))
                    for field, shown in quoted:
                        here = _Tempat(late, field, ind.lokasi)
                        if old.realisasi_tercetak is None:
                            self._not_computable("C4", f"{kode}.{t}", label, here, there,
                                                 None if shown is None else _shown(shown),
                                                 Pesan(_ALASAN["realisasi"], a=early.nama,
                                                                      kode=kode))
                        elif shown is None:
                            self._not_computable("C4", f"{kode}.{t}", label, here, there, None,
                                                 Pesan(_ALASAN["tahun_lalu"], a=late.nama,
                                                                       tahun=t, kode=kode))
                        else:
                            self._compare("C4", f"{kode}.{t}", label, here, shown, there,
                                          old.realisasi_tercetak)
                    self._c11(kode, _Tempat(late, f"indikator[{i}].instrumen"), ind,
                              _Tempat(early, f"indikator[{j}].instrumen"), old)

    def _c11(self, kode: str, here: _Tempat, ind: Indikator, there: _Tempat,
             old: Indikator) -> None:
        """A year-on-year comparison across a change of instrument needs a note."""
        if not (ind.instrumen and old.instrumen):
            return
        now = f"{ind.instrumen} {ind.instrumen_versi}".strip()
        then = f"{old.instrumen} {old.instrumen_versi}".strip()
        label = f"{kode}: instrumen"
        if now == then:
            self._add("C11", f"{kode}.instrumen", label, here, there, now, then, "match", "")
        elif ind.catatan:
            self._add("C11", f"{kode}.instrumen", label, here, there, now, then, "match",
                      Pesan(_CATATAN, catatan=ind.catatan))
        else:
            self._add("C11", f"{kode}.instrumen", label, here, there, now, then, "mismatch",
                      Pesan(_INSTRUMEN, apa=kode, ia=now, a=str(here), ib=then, b=str(there)))

    def c5(self) -> None:
        """The agregasi that decides Σ quarters or TW IV agrees across documents."""
        self._metadata("C5", "agregasi", _agregasi)
        stated: dict[str, tuple[_Tempat, str]] = {}
        for dok, i, kode, ind in self.indikator():
            agregasi = _agregasi(ind)
            if agregasi is not None and kode not in stated:
                field = "agregasi" if ind.agregasi is not None else "renstra.kumulatif"
                stated[kode] = (_Tempat(dok, f"indikator[{i}].{field}"), agregasi)
        for dok, i, kode, ind in self.indikator():
            if not ind.triwulan:
                continue
            here = _Tempat(dok, f"indikator[{i}].triwulan", ind.lokasi)
            if kode not in stated:
                self._not_computable("C5", f"{kode}.agregasi", f"{kode}: agregasi", here,
                                     None, None, Pesan(_ALASAN["agregasi"], kode=kode))
                continue
            there, agregasi = stated[kode]
            self._add("C5", f"{kode}.triwulan", Pesan(_READ_AS, kode=kode, agregasi=agregasi),
                      here, there, agregasi, agregasi, "match", Pesan(_TRIWULAN,
                          agregasi=agregasi, b=str(there)))

    def c6(self) -> None:
        """Renstra realisasi continuity, and each copy of the matrix against the Renstra."""
        for dok in self._lkj():
            t = dok.laporan.tahun
            for i, ind in enumerate(dok.laporan.indikator, start=1):
                renstra = (ind.renstra or {}).get("realisasi") or {}
                if t in renstra and ind.realisasi_tercetak is not None:
                    kode = self.kode(ind.kode)
                    self._compare("C6", f"{kode}.realisasi.{t}",
                                  Pesan(_IN_CUMULATIVE, kode=kode, t=t),
                                  _Tempat(dok, f"indikator[{i}].renstra.realisasi.{t}",
                                          (ind.renstra or {}).get("lokasi", "")),
                                  renstra[t], _Tempat(dok, f"indikator[{i}].realisasi",
                                                      ind.lokasi), ind.realisasi_tercetak)
        plans = [(p, k, ind) for p, k, ind in self.matrices()
                 if p.dok.laporan.jenis == "renstra"]
        copies: dict[tuple[str, int], list[tuple[_Tempat, _Nilai]]] = {}
        for place, kode, ind in self.matrices():
            if place.dok.laporan.jenis != "renstra":
                for year, printed in ind.renstra["target"].items():  # type: ignore[index]
                    copies.setdefault((kode, year), []).append(
                        (attrs.evolve(place, field=f"{place.field}.target.{year}"), printed))
        for (kode, year), printings in copies.items():
            plan = [(attrs.evolve(p, field=f"{p.field}.target.{year}"),
                     source.renstra["target"][year])  # type: ignore[index]
                    for p, k, source in plans
                    if k == kode and year in source.renstra["target"]]  # type: ignore[index]
            if plan:
                self._one_value("C6", f"{kode}.target.{year}",
                                Pesan(_COPY_TARGET, kode=kode, year=year), printings, plan)
        self._c6_renja()

    def _c6_renja(self) -> None:
        """Kolom 7 of an evaluasi Renja row in year t+1 = kolom 14 of the row in year t."""
        reports = self._lkj()
        for early in reports:
            rows = {(row["kode"], side): (f"evaluasi_renja[{i}].baris[{j}].{side}"
                                          ".realisasi_renstra", row[side]["realisasi_renstra"])
                    for i, tab in enumerate(early.laporan.evaluasi_renja, start=1)
                    for j, row in enumerate(tab["baris"], start=1)
                    for side in ("k", "rp")
                    if "realisasi_renstra" in (row.get(side) or {})}
            for late in reports:
                if late.laporan.tahun != early.laporan.tahun + 1:
                    continue
                for i, tab in enumerate(late.laporan.evaluasi_renja, start=1):
                    for j, row in enumerate(tab["baris"], start=1):
                        for side in ("k", "rp"):
                            printed = (row.get(side) or {}).get("realisasi_renstra_lalu")
                            if printed is None or (row["kode"], side) not in rows:
                                continue
                            field, theirs = rows[(row["kode"], side)]
                            if theirs.strip() in ("-", "#DIV/0!"):
                                continue
                            self._compare(
                                "C6", f"{row['kode']}.{side}.kolom7",
                                f"{row['kode']} {side.upper()}: kolom 7 = last year's kolom 14",
                                _Tempat(late, f"evaluasi_renja[{i}].baris[{j}].{side}."
                                        "realisasi_renstra_lalu", tab.get("lokasi", "")),
                                printed, _Tempat(early, field), theirs)

    def c7(self) -> None:
        """Printings of one PK agree; the PK's pagu = the DIPA pagu the LKj prints; the
        anggaran per sasaran = the DIPA's per sasaran.

        The printings of one PK (a year, a versi) are compared with one reference
        printing: a pk document's own before a report's copy, a dated printing
        before an undated one, then the chain's order.  Where the year's LKj
        prints the pagu, every printing's total is compared with it instead (one
        value: one disagreement is one mismatch, whichever printings repeat it).
        """
        groups: dict[tuple[int, str], list[_PK]] = {}
        for pk in self.printings():
            if pk.tabel is None:
                continue
            if not pk.versi:
                same_year = [o for o in self.printings() if o.tahun == pk.tahun
                             and o.tabel is not None and o is not pk]
                if same_year:
                    self._not_computable("C7", f"versi.{pk.tahun}", f"PK {pk.tahun}: which "
                                         "printing", pk.tempat, same_year[0].tempat, None,
                                         Pesan(_ALASAN["versi"], a=str(pk.tempat)))
                continue
            groups.setdefault((pk.tahun, pk.versi), []).append(pk)
        for (tahun, versi), printings in groups.items():
            first = min(printings, key=lambda pk: (pk.tempat.dok.laporan.jenis != "pk",
                                                   not pk.tanggal))
            self._c7_total(tahun, versi, printings, first)
            for pk in printings:
                if pk is not first:
                    self._c7_pair(tahun, versi, pk, first)
            if versi == "revisi":
                self._c7_sasaran(tahun, printings)

    def _c7_total(self, tahun: int, versi: str, printings: list[_PK], first: _PK) -> None:
        """Every printing's total against the pagu its year's LKj prints (awal: DIPA awal),
        else against the reference printing's (``first``) total."""
        totals = {id(pk): (attrs.evolve(pk.tempat, field=f"{pk.tempat.field}.total"),
                           pk.tabel["total"]) for pk in printings
                  if pk.tabel is not None and pk.tabel.get("total") is not None}
        if not totals:
            return
        label = f"PK {tahun} {versi}: pagu (PK / DIPA)"
        compared = False
        for dok in self._lkj():
            if dok.laporan.tahun != tahun:
                continue
            found = _pagu(dok.laporan, versi)
            if found is None:
                for here, printed in totals.values():
                    self._not_computable("C7", f"{tahun}.{versi}.pagu", label, here,
                                         _Tempat(dok, "anggaran"), printed,
                                         Pesan(_ALASAN["pagu"], a=dok.nama, tahun=tahun))
                continue
            field, printed = found
            self._one_value("C7", f"{tahun}.{versi}.pagu", label, list(totals.values()),
                            [(_Tempat(dok, field), printed)])
            compared = True
        reference = totals.pop(id(first), None)
        if not compared and reference is not None and totals:
            self._one_value("C7", f"{tahun}.{versi}.total", f"PK {tahun} {versi}: total",
                            list(totals.values()), [reference])

    def _c7_pair(self, tahun: int, versi: str, pk: _PK, first: _PK) -> None:
        assert pk.tabel is not None and first.tabel is not None
        label = f"PK {tahun} {versi}"
        theirs = {row["kegiatan"]: (n, row) for n, row in
                  enumerate(first.tabel.get("alokasi") or (), start=1)}
        for n, row in enumerate(pk.tabel.get("alokasi") or (), start=1):
            here = attrs.evolve(pk.tempat, field=f"{pk.tempat.field}.alokasi[{n}].alokasi")
            if row["kegiatan"] not in theirs:
                self._add("C7", f"{tahun}.{versi}.{row['kegiatan']}", f"{label}: kegiatan "
                          f"{row['kegiatan']}", here, first.tempat, row["alokasi"], None,
                          "mismatch", Pesan(_TIDAK_ADA, apa=f"kegiatan {row['kegiatan']}",
                                                 a=str(first.tempat), b=str(here)))
                continue
            m, other = theirs[row["kegiatan"]]
            self._compare("C7", f"{tahun}.{versi}.{row['kegiatan']}", f"{label}: alokasi "
                          f"{row['kegiatan']}", here, row["alokasi"], attrs.evolve(
                              first.tempat, field=f"{first.tempat.field}.alokasi[{m}]"
                              ".alokasi"), other["alokasi"])

    def _c7_sasaran(self, tahun: int, printings: list[_PK]) -> None:
        """The revised PK's anggaran per sasaran (Σ alokasi of its kegiatan) against the DIPA's
        (Σ pagu of the year's LKj ``anggaran.output`` rows of those kegiatan, ``kode``
        ``kegiatan.KRO.RO``), where the PK maps kegiatan to at least two sasaran (with one,
        the subtotal is the total, compared above)."""
        subtotals: dict[str, list[tuple[_Tempat, _Nilai]]] = {}
        kegiatan: dict[str, set[str]] = {}
        for pk in printings:
            assert pk.tabel is not None
            rows = pk.tabel.get("alokasi") or ()
            if not rows or not all("sasaran" in row for row in rows):
                continue
            angka = pk.tempat.dok.laporan.angka
            for code in dict.fromkeys(row["sasaran"] for row in rows):
                mine = [row for row in rows if row["sasaran"] == code]
                kegiatan.setdefault(code, set()).update(row["kegiatan"] for row in mine)
                total = exact_sum(printed_value(row["alokasi"], angka=angka)  # type: ignore[misc]
                                  for row in mine)
                subtotals.setdefault(code, []).append((attrs.evolve(
                    pk.tempat, field=f"{pk.tempat.field}.alokasi[sasaran = {code}] (Σ)"), total))
        if len(subtotals) < 2:
            return
        for dok in self._lkj():
            if dok.laporan.tahun != tahun:
                continue
            outputs = (dok.laporan.anggaran or {}).get("output") or ()
            for code, rows in subtotals.items():
                label = f"PK {tahun} revisi: anggaran sasaran {code} (PK / DIPA)"
                if not outputs:
                    for here, value in rows:
                        self._not_computable("C7", f"{tahun}.revisi.sasaran.{code}", label,
                                             here, _Tempat(dok, "anggaran.output"),
                                             _shown(value), Pesan(_ALASAN["output"],
                                                                  a=dok.nama))
                    continue
                mapped = sorted(kegiatan[code])
                dipa = exact_sum(printed_value(row["pagu"], angka=dok.laporan.angka)  # type: ignore[misc]
                                 for row in outputs
                                 if str(row["kode"]).split(".")[0] in kegiatan[code])
                there = _Tempat(dok, f"anggaran.output[{', '.join(mapped)}.*].pagu (Σ)")
                self._one_value("C7", f"{tahun}.revisi.sasaran.{code}", label, rows,
                                [(there, dipa)])

    def c8(self) -> None:
        """Every sasaran has an indicator with a target; every kegiatan one sasaran."""
        for dok in self.dok:
            lap = dok.laporan
            if not lap.sasaran or not lap.indikator:
                continue
            targeted = {ind.sasaran for ind in lap.indikator
                        if ind.target is not None or (ind.renstra or {}).get("target")}
            for i, row in enumerate(lap.sasaran, start=1):
                here = _Tempat(dok, f"sasaran[{i}]")
                if row["kode"] in targeted:
                    self._add("C8", f"{row['kode']}.indikator", f"sasaran {row['kode']}: "
                              "indicators", here, _Tempat(dok, "indikator"), row["kode"],
                              row["kode"], "match", "")
                else:
                    self._add("C8", f"{row['kode']}.indikator", f"sasaran {row['kode']}: "
                              "indicators", here, _Tempat(dok, "indikator"), row["kode"], None,
                              "mismatch", Pesan(_TANPA_INDIKATOR, apa=f"sasaran {row['kode']}",
                                                           a=str(here), b=dok.nama))
        sasaran = {row["kode"]: _Tempat(dok, f"sasaran[{i}]") for dok in self.dok
                   for i, row in enumerate(dok.laporan.sasaran, start=1)}
        mapped: dict[str, tuple[_Tempat, str]] = {}
        rows = [(pk, n, row) for pk in self.printings() if pk.tabel is not None
                for n, row in enumerate(pk.tabel.get("alokasi") or (), start=1)]
        if rows and not any("sasaran" in row for _, _, row in rows):
            pk = rows[0][0]
            self._not_computable("C8", "kegiatan", "kegiatan → sasaran", pk.tempat, None, None,
                                 Pesan(_ALASAN["pemetaan"]))
            return
        for pk, n, row in rows:
            here = attrs.evolve(pk.tempat, field=f"{pk.tempat.field}.alokasi[{n}].sasaran")
            kegiatan = row["kegiatan"]
            label = f"kegiatan {kegiatan}: sasaran"
            if "sasaran" not in row or row["sasaran"] not in sasaran:
                named = ", ".join(sorted(sasaran)) or "-"
                listed = next((_Tempat(d, "sasaran") for d in self.dok if d.laporan.sasaran),
                              None)
                self._add("C8", f"{kegiatan}.sasaran", label, here, listed, row.get("sasaran"),
                          None, "mismatch", Pesan(_TANPA_SASARAN, apa=label, a=str(here),
                                                           b=named))
                continue
            if kegiatan not in mapped:
                mapped[kegiatan] = (here, row["sasaran"])
                self._add("C8", f"{kegiatan}.sasaran", label, here, sasaran[row["sasaran"]],
                          row["sasaran"], row["sasaran"], "match", "")
                continue
            there, theirs = mapped[kegiatan]
            same = theirs == row["sasaran"]
            self._add("C8", f"{kegiatan}.sasaran", label, here, there, row["sasaran"], theirs,
                      "match" if same else "mismatch", "" if same else Pesan(_BEDA,
                          apa=label, a=str(here), pa=row["sasaran"], b=str(there),
                          pb=theirs))

    def c9(self) -> None:
        """An indicator never changes unit between documents."""
        self._metadata("C9", "satuan", lambda ind: ind.satuan or None)

    def c10(self) -> None:
        """The year lies in the Renstra period; the period's figures stay in it (and C11)."""
        periods = [(d, d.laporan.periode) for d in self.dok
                   if d.laporan.jenis == "renstra" and d.laporan.periode]
        for dok in self.dok:
            if dok.laporan.jenis == "renstra":
                continue
            own = dok.laporan.periode
            cited = [(dok, own)] if own else periods
            label = Pesan(_YEAR_IN_PERIOD, nama=dok.nama)
            here = _Tempat(dok, "laporan.tahun")
            if not cited:
                if any(ind.renstra for ind in dok.laporan.indikator):
                    self._not_computable("C10", f"periode.{dok.laporan.tahun}", label, here,
                                         None, str(dok.laporan.tahun), Pesan(_ALASAN["periode"]))
                continue
            tahun = dok.laporan.tahun
            inside = [(d, p) for d, p in cited if p and p[0] <= tahun <= p[1]]
            source, period = (inside or cited)[0]
            assert period is not None
            there = _Tempat(source, "laporan.periode")
            shown = f"{period[0]}–{period[1]}"
            self._add("C10", f"periode.{tahun}", label, here, there, str(tahun), shown,
                      "match" if inside else "mismatch", "" if inside else Pesan(_PERIODE,
                          apa=label, tahun=tahun, a=str(here), p1=period[0],
                          p2=period[1], b=str(there)))
            for i, ind in enumerate(dok.laporan.indikator, start=1):
                renstra = ind.renstra or {}
                years = sorted({*renstra.get("target", {}), *renstra.get("realisasi", {})})
                outside = [y for y in years if not period[0] <= y <= period[1]]
                if outside:
                    kode = self.kode(ind.kode)
                    field = f"indikator[{i}].renstra.target.{outside[0]}"
                    self._add("C10", f"{kode}.periode", Pesan(_FIGURES_IN_PERIOD, kode=kode),
                              _Tempat(dok, field), there, str(outside[0]), shown,
                              "mismatch", Pesan(_PERIODE, apa=Pesan(_FIGURE_RENSTRA, kode=kode),
                                                   tahun=outside[0], a=field, p1=period[0],
                                                   p2=period[1], b=str(there)))


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


def _agregasi(ind: Indikator) -> str | None:
    """The agregasi a document states: ``agregasi``, else its Renstra table's ``kumulatif``
    (``true`` is flow, ``false`` stock: :meth:`sakip.Agregasi.from_kumulatif`)."""
    if ind.agregasi is not None:
        return str(ind.agregasi)
    kumulatif = (ind.renstra or {}).get("kumulatif")
    return None if kumulatif is None else str(Agregasi.from_kumulatif(kumulatif))


def _printed_target(ind: Indikator) -> _Nilai | None:
    """An indicator's target (a range target has no one value: ``None``)."""
    target = ind.target
    if target is None or isinstance(target, tuple):
        return None
    return target


def _pagu(laporan: Laporan, versi: str) -> tuple[str, _Nilai] | None:
    """The pagu of the year an LKj prints, as (field, text): DIPA awal for the initial PK;
    for a revision the pagu revisi, else the total row, else Σ jenis belanja, else Σ outputs.
    """
    anggaran = laporan.anggaran or {}
    history = anggaran.get("pagu") or {}
    if versi == "awal":
        return ("anggaran.pagu.dipa_awal", history["dipa_awal"]) if history else None
    if "pagu_revisi" in history:
        return "anggaran.pagu.pagu_revisi", history["pagu_revisi"]
    if "pagu" in (anggaran.get("total") or {}):
        return "anggaran.total.pagu", anggaran["total"]["pagu"]
    for section in ("jenis_belanja", "output"):
        rows = anggaran.get(section) or ()
        if rows:
            try:
                total = exact_sum(printed_value(row["pagu"], angka=laporan.angka)  # type: ignore[misc]
                                  for row in rows)
            except SakipError:  # pragma: no cover - validated when read
                return None
            return f"anggaran.{section}[*].pagu (Σ)", total
    return None
