"""The planning chain's checks of budgets and coverage: printings of one PK, its pagu and
anggaran per sasaran against the DIPA (C7), sasaran and kegiatan coverage (C8) of §14."""

from __future__ import annotations

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import exact_sum
from sakip.errors import SakipError
from sakip.lkj import Laporan, printed_value
from sakip.reviu._rantai_dasar import (
    _ALASAN,
    _BEDA,
    _PK,
    _TIDAK_ADA,
    _Dasar,
    _Nilai,
    _shown,
    _Tempat,
)

_TANPA_SASARAN = Teks(id="{apa}: tidak dipetakan ke sasaran ({a}); sasaran yang ada: {b}",
                      en="{apa}: mapped to no sasaran ({a}); the sasaran: {b}")

_TANPA_INDIKATOR = Teks(id="{apa}: tidak ada indikator bertarget ({a}) di {b}",
                        en="{apa}: no indicator with a target ({a}) in {b}")

class _Anggaran(_Dasar):
    """The checks of the PK's budget and of the performance tree's coverage."""

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
