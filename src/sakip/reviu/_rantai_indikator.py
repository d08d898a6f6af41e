"""The planning chain's checks of indicators: targets, the IKU set, polarity, realisasi,
agregasi, the Renstra matrix, units, the period, instruments (C1–C6, C9–C11 of §14)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import text as _str
from sakip.indicators import Agregasi, Polarisasi
from sakip.lkj import Indikator, printed_value, target_batas
from sakip.reviu._rantai_dasar import (
    _ALASAN,
    _BEDA,
    _PK,
    _TIDAK_ADA,
    _Dasar,
    _Nilai,
    _printed_target,
    _shown,
    _Tempat,
)

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
_IKU_ADDED = Teks(id="{kode}: IKU ditambahkan", en="{kode}: IKU added")
_IKU_DROPPED = Teks(id="{kode}: IKU dihapus", en="{kode}: IKU dropped")
_NAME = Teks(id="{kode}: nama", en="{kode}: name")
_RENAMED = Teks(id="nama diubah melalui kode_lama", en="renamed through kode_lama")

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

_ARAH = Teks(id="{apa}: polarisasi {pol} ({b}) tetapi target {y1} {t1} → {y2} {t2} ({a})",
             en="{apa}: polarisasi {pol} ({b}) but the targets go {y1} {t1} → {y2} {t2} ({a})")

_PERIODE = Teks(id="{apa}: tahun {tahun} ({a}) di luar periode Renstra {p1}–{p2} ({b})",
                en="{apa}: year {tahun} ({a}) outside the Renstra period {p1}–{p2} ({b})")

_INSTRUMEN = Teks(id="{apa}: instrumen {ia} ({a}) ≠ {ib} ({b}) dibandingkan antar tahun "
                  "tanpa catatan", en="{apa}: instrument {ia} ({a}) ≠ {ib} ({b}) compared "
                  "year-on-year without a note")

_CATATAN = Teks(id="instrumen berubah, dengan catatan: {catatan}",
                en="instrument changed, with a note: {catatan}")

_TRIWULAN = Teks(id="tabel triwulan dibaca dengan agregasi {agregasi} ({b}): flow Σ "
                 "triwulan, stock TW IV", en="the quarterly table read under agregasi "
                 "{agregasi} ({b}): flow Σ quarters, stock TW IV")

class _Indikator(_Dasar):
    """The checks of indicators and their targets across the documents."""

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
                          "revisi", first.catatan, "match",
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
                    self._add("C2", f"{k}.ditambah", Pesan(_IKU_ADDED, kode=k), here,
                              _Tempat(ref, "indikator"), ind.nama, None, "mismatch",
                              Pesan(_TIDAK_ADA, apa=k, a=ref.nama, b=dok.nama))
                    continue
                j, theirs = by_kode[k]
                there = _Tempat(ref, f"indikator[{j}].nama", theirs.lokasi)
                same = theirs.nama.casefold().strip() == ind.nama.casefold().strip()
                renamed = not same and self.renamed(k, (ind.nama, theirs.nama))
                name = Pesan(_NAME, kode=k)
                self._add("C2", f"{k}.nama", name, here, there, ind.nama, theirs.nama,
                          "match" if same or renamed else "mismatch",
                          Pesan(_RENAMED) if renamed else "" if same else
                          Pesan(_BEDA, apa=name, a=str(here), pa=ind.nama,
                                b=str(there), pb=theirs.nama))
            for k, (j, theirs) in by_kode.items():
                if k not in mine:
                    self._add("C2", f"{k}.dihapus", Pesan(_IKU_DROPPED, kode=k),
                              _Tempat(dok, "indikator"),
                              _Tempat(ref, f"indikator[{j}]", theirs.lokasi), None,
                              theirs.nama, "mismatch",
                              Pesan(_TIDAK_ADA, apa=k, a=dok.nama, b=ref.nama))

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

def _agregasi(ind: Indikator) -> str | None:
    """The agregasi a document states: ``agregasi``, else its Renstra table's ``kumulatif``
    (``true`` is flow, ``false`` stock: :meth:`sakip.Agregasi.from_kumulatif`)."""
    if ind.agregasi is not None:
        return str(ind.agregasi)
    kumulatif = (ind.renstra or {}).get("kumulatif")
    return None if kumulatif is None else str(Agregasi.from_kumulatif(kumulatif))
