"""The working paper of a reviu (*kertas kerja reviu*, KKR): its content, in either language.

``Reviu.to_markdown`` and ``Reviu.to_html`` lay the same content out
(:mod:`sakip.reviu._markdown`, :mod:`sakip.reviu._html`); this module holds
what they share: the header, one row per finding, the criteria, the counts,
the conventions and the draft conclusion (reference §16).

Each finding's **aspek** follows from the section of the report file its
printed figure was read from (``Finding.field``), in one table, :data:`ASPEK_BAGIAN`:

========================  =====================================================
aspek                     sections of the report file
========================  =====================================================
format                    ``tabel`` (the row and column totals of printed tables)
keselarasan perencanaan   ``perjanjian_kinerja``, ``evaluasi_renja``, ``sasaran``,
                          an indicator's Renstra capaian (``indikator[i].renstra``)
pengukuran dan capaian    ``indikator`` (capaian), ``evaluasi_akip``, ``indeks``
anggaran dan efisiensi    ``anggaran``, ``efisiensi_kinerja``, ``eka``, ``ikpa``, ``nka``
keandalan data            ``klaim`` (figures in the narrative), ``daftar_kegiatan``,
                          an indicator's quarters (``indikator[i].triwulan``), and
                          any other section
========================  =====================================================

The difference is always ``selisih = angka tercetak − angka hasil hitung ulang``
(the recomputed value rounded as the printed one), stated once in the header.
The conclusion follows the limited-assurance pattern of a Laporan Hasil Reviu
and always states the scope: sakip recomputes printed figures only; it cannot
test the source data (data dukung) or internal control.  It never judges
materiality.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from sakip._bahasa import Bahasa, Teks, tulis
from sakip.explain import _rounding_text, say
from sakip.reviu._builder import _display_mark, _grouped, _show
from sakip.reviu._findings import STATUSES, Finding, Status, status_text

if TYPE_CHECKING:
    from sakip.reviu._result import Reviu

#: The aspects of a working paper's rows, in the order the counts list them (reference §16).
ASPEK: dict[str, Teks] = {
    "format": Teks(id="format", en="format"),
    "keselarasan-perencanaan": Teks(id="keselarasan perencanaan", en="planning alignment"),
    "pengukuran-capaian": Teks(id="pengukuran dan capaian", en="measurement and achievement"),
    "anggaran-efisiensi": Teks(id="anggaran dan efisiensi", en="budget and efficiency"),
    "keandalan-data": Teks(id="keandalan data", en="data reliability"),
}

#: The aspect of each section of the report file (the first part of ``Finding.field``).
ASPEK_BAGIAN: dict[str, str] = {
    "tabel": "format",
    "perjanjian_kinerja": "keselarasan-perencanaan",
    "evaluasi_renja": "keselarasan-perencanaan",
    "sasaran": "keselarasan-perencanaan",
    "indikator": "pengukuran-capaian",
    "evaluasi_akip": "pengukuran-capaian",
    "indeks": "pengukuran-capaian",
    "anggaran": "anggaran-efisiensi",
    "efisiensi_kinerja": "anggaran-efisiensi",
    "eka": "anggaran-efisiensi",
    "ikpa": "anggaran-efisiensi",
    "nka": "anggaran-efisiensi",
    "klaim": "keandalan-data",
    "daftar_kegiatan": "keandalan-data",
}

#: An indicator's fields whose aspect is not its section's: ``(pattern, aspect)``.
_TRIWULAN = re.compile(r"^indikator\[\d+\]\.triwulan")
_ASPEK_INDIKATOR = ((re.compile(r"^indikator\[\d+\]\.renstra"), "keselarasan-perencanaan"),
                    (_TRIWULAN, "keandalan-data"))

#: The aspect of a section :data:`ASPEK_BAGIAN` does not name.
_ASPEK_LAIN = "keandalan-data"


def aspek(finding: Finding) -> str:
    """The code of ``finding``'s aspect (a key of :data:`ASPEK`), from its field.

    >>> aspek(Finding(id="klaim.K-01", label="", lokasi="", printed="1", recomputed=None,
    ...               status="not-computable", field="klaim[1].nilai"))
    'keandalan-data'
    """
    place = finding.field or finding.id
    for pattern, code in _ASPEK_INDIKATOR:
        if pattern.match(place):
            return code
    return ASPEK_BAGIAN.get(_section(place), _ASPEK_LAIN)


def _section(place: str) -> str:
    """The section of the report file a field is in (``anggaran`` of ``anggaran.output[1]``)."""
    return _SECTION_END.split(place, maxsplit=1)[0]


_SECTION_END = re.compile(r"[.\[]")


# The working paper's words (reference §16's vocabulary).
JUDUL = Teks(id="Kertas Kerja Reviu atas Laporan Kinerja",
             en="Reviu working paper: Laporan Kinerja")
OBJEK = Teks(id="Objek reviu", en="Object of the reviu")
OBJEK_ISI = Teks(id="{judul} — {instansi}, tahun {tahun}",
                 en="{judul} — {instansi}, year {tahun}")
BERKAS = Teks(id="Berkas laporan", en="Report file")
PEMBULATAN = Teks(id="Pembulatan laporan", en="Report rounding")
DASAR = Teks(id="Dasar (surat tugas nomor, tanggal)", en="Basis (assignment letter no., date)")
SELISIH_KONVENSI = Teks(
    id="Selisih = angka tercetak − angka hasil hitung ulang (dibulatkan seperti angka tercetak).",
    en="Difference = printed figure − recomputed figure (rounded as the printed one).")
PERAN = Teks(id="Peran", en="Role")
NAMA = Teks(id="Nama", en="Name")
TANGGAL = Teks(id="Tanggal", en="Date")
PARAF = Teks(id="Paraf", en="Initials")
PERAN_ISI = (Teks(id="Disusun oleh (pereviu)", en="Prepared by (reviewer)"),
             Teks(id="Direviu oleh (ketua tim)", en="Reviewed by (team leader)"),
             Teks(id="Disetujui oleh (pengendali teknis)", en="Approved by (technical supervisor)"))
HASIL = Teks(id="Hasil reviu per angka", en="Results per figure")
#: The columns of a row, in order.
KOLOM = (Teks(id="Nomor", en="No"), Teks(id="Aspek", en="Aspect"),
         Teks(id="Lokasi di laporan", en="Place in the report"), Teks(id="Uraian", en="Item"),
         Teks(id="Angka tercetak", en="Printed figure"),
         Teks(id="Angka hasil hitung ulang", en="Recomputed figure"),
         Teks(id="Selisih", en="Difference"), Teks(id="Status", en="Status"),
         Teks(id="Kriteria", en="Criterion"), Teks(id="Keterangan", en="Note"),
         Teks(id="Saran perbaikan", en="Suggested correction"),
         Teks(id="Tanggapan unit", en="Unit's response"))
KRITERIA = Teks(id="Daftar kriteria", en="Criteria")
KRITERIA_UMUM = Teks(
    id="PermenPANRB 53/2014 (reviu atas Laporan Kinerja): angka tercetak sesuai dengan angka "
    "masukannya yang tercetak",
    en="PermenPANRB 53/2014 (reviu of the Laporan Kinerja): a printed figure agrees with its "
    "printed inputs")
KONVENSI_KRITERIA = Teks(id="{kriteria}; konvensi {topic}: {name}",
                         en="{kriteria}; convention {topic}: {name}")
SARAN = Teks(id="agar angka {printed} disesuaikan menjadi {shown}",
             en="revise the figure {printed} to {shown}")
REKAP = Teks(id="Rekapitulasi", en="Counts")
PER_STATUS = Teks(id="Jumlah angka per status", en="Figures per status")
PER_ASPEK = Teks(id="Jumlah angka per aspek", en="Figures per aspect")
JUMLAH = Teks(id="Jumlah", en="Total")
SESUAI = Teks(id="sesuai", en="reproduce")
TIDAK_SESUAI = Teks(id="tidak sesuai", en="mismatch")
TIDAK_DAPAT = Teks(id="tidak dapat dihitung", en="not computable")
KONVENSI = Teks(id="Konvensi yang tampaknya diikuti laporan",
                en="Conventions the report appears to follow")
TANPA_KONVENSI = Teks(id="tidak ada konvensi yang dapat dibandingkan",
                      en="no convention could be compared")
SIMPULAN = Teks(id="Simpulan (draf untuk Laporan Hasil Reviu)",
                en="Conclusion (draft for the Laporan Hasil Reviu)")
SIMPULAN_BERSIH = Teks(
    id="Berdasarkan reviu atas angka-angka yang tercetak dalam {objek}, tidak terdapat hal-hal "
    "yang membuat kami yakin bahwa angka-angka tersebut tidak sesuai dengan angka masukannya "
    "yang tercetak dalam laporan.",
    en="Based on our reviu of the figures printed in {objek}, nothing has come to our attention "
    "that causes us to believe that those figures do not agree with their inputs printed in the "
    "report.")
SIMPULAN_KECUALI = Teks(
    id="Berdasarkan reviu atas angka-angka yang tercetak dalam {objek}, kecuali hal-hal yang "
    "diungkapkan dalam kertas kerja ini ({m} angka tidak sesuai, {k} angka tidak dapat "
    "dihitung), tidak terdapat hal-hal yang membuat kami yakin bahwa angka-angka tersebut "
    "tidak sesuai dengan angka masukannya yang tercetak dalam laporan.",
    en="Based on our reviu of the figures printed in {objek}, except for the matters disclosed "
    "in this working paper ({m} figures do not reproduce, {k} could not be computed), nothing "
    "has come to our attention that causes us to believe that those figures do not agree with "
    "their inputs printed in the report.")
PERBAIKAN = Teks(
    id="Kesalahan penyajian yang diungkapkan agar diperbaiki oleh unit sebelum Laporan Kinerja "
    "ditandatangani.",
    en="The presentation errors disclosed are to be corrected by the unit before the Laporan "
    "Kinerja is signed.")
RUANG_LINGKUP = Teks(id="Ruang lingkup dan keterbatasan", en="Scope and limitations")
#: The scope limit, stated in every working paper.
KETERBATASAN = Teks(
    id="sakip hanya menghitung ulang angka yang tercetak dari angka lain yang tercetak dalam "
    "laporan yang sama (akurasi dan konsistensi antarbagian); sakip tidak dapat menguji data "
    "dukung maupun pengendalian intern. Reviu memberikan keyakinan terbatas; simpulan di atas "
    "adalah draf yang harus ditelaah dan ditandatangani oleh pereviu, bukan oleh sakip.",
    en="sakip only recomputes the printed figures from the other figures printed in the same "
    "report (accuracy and consistency between sections); it cannot test the source data (data "
    "dukung) or internal control. A reviu gives limited assurance; the conclusion above is a "
    "draft for the reviewer to examine and sign, not sakip.")
DERIVASI = Teks(id="derivasi", en="derivation")
GRAFIK = Teks(id="Capaian per indikator", en="Capaian per indicator")
GRAFIK_CATATAN = Teks(
    id="Batang menunjukkan capaian yang dihitung ulang sakip dari target dan realisasi "
    "tercetak setiap indikator, bukan capaian tercetak: panjangnya dari nilai eksak, labelnya "
    "dibulatkan seperti pada tabel; indikator yang capaian tercetaknya berbeda diberi tanda ≠ "
    "pada grafik.",
    en="Bars show the capaian sakip recomputes from each indicator's printed target and "
    "realisasi, not the printed capaian: their length from the exact value, their label "
    "rounded as in the table; an indicator whose printed capaian differs is marked ≠ printed.")
DIBUAT = Teks(id="Disusun dengan sakip.", en="Generated by sakip.")


@attrs.frozen(kw_only=True)
class Baris:
    """One row of the working paper: a finding in the chosen language."""

    nomor: int
    aspek: str
    lokasi: str
    uraian: str
    tercetak: str
    hitung_ulang: str
    selisih: str
    status: Status
    status_teks: str
    kriteria: str
    keterangan: str
    saran: str
    finding: Finding


@attrs.frozen(kw_only=True)
class KertasKerja:
    """The content of a working paper (laid out by ``_markdown`` and ``_html``)."""

    bahasa: Bahasa
    objek: str
    sumber: str
    pembulatan: str
    baris: tuple[Baris, ...]
    #: ``(code, full text)`` of every criterion, in the order of first use.
    kriteria: tuple[tuple[str, str], ...]
    #: ``(status in words, count)``, every status.
    per_status: tuple[tuple[str, int], ...]
    #: ``(aspect in words, total, reproduce, mismatch, not computable)``, every aspect.
    per_aspek: tuple[tuple[str, int, int, int, int], ...]
    konvensi: tuple[str, ...]
    simpulan: tuple[str, ...]


def _short(text: str, width: int = 48) -> str:
    """The first clause of a criterion, at most ``width`` characters."""
    first = text.split(";", 1)[0].strip()
    return first if len(first) <= width else first[:width - 1].rstrip() + "…"


#: The criterion of a section whose explanation cites no rule (only the place it was read
#: from): the consistency check the reviu made (reference §14, evaluator practice).
_KRITERIA_BAGIAN: dict[str, Teks] = {
    "tabel": Teks(id="Konsistensi tabel (praktik evaluator): jumlah baris dan kolom sama dengan "
                  "total yang tercetak",
                  en="Table consistency (evaluator practice): the rows and columns add up to "
                  "the printed totals"),
    "daftar_kegiatan": Teks(id="Konsistensi daftar (praktik evaluator): jumlah rincian sama "
                            "dengan total yang tercetak",
                            en="List consistency (evaluator practice): the items add up to the "
                            "printed total"),
    "klaim": Teks(id="Konsistensi narasi (PermenPANRB 53/2014, reviu atas LKj): angka dalam "
                  "narasi sesuai dengan angka tabel atau hasil hitungnya",
                  en="Narrative consistency (PermenPANRB 53/2014, reviu of the LKj): a figure "
                  "in the narrative agrees with the tables or what they compute"),
    "perjanjian_kinerja": Teks(id="C1 dan C7 (praktik evaluator): target dan pagu Perjanjian "
                               "Kinerja sesuai dengan yang dilaporkan; Σ per kegiatan = total",
                               en="C1 and C7 (evaluator practice): the Perjanjian Kinerja's "
                               "targets and pagu agree with those reported; Σ per kegiatan = "
                               "total"),
    "triwulan": Teks(id="C5 (praktik evaluator): indikator arus, tahun = Σ triwulan; indikator "
                     "stok, tahun = TW IV",
                     en="C5 (evaluator practice): flow indicator, the year = Σ quarters; stock "
                     "indicator, the year = TW IV"),
}


def _criterion(finding: Finding, bahasa: Bahasa) -> str:
    """The rule and regulation a finding was checked against.

    The explanation's reference (or its last step's) when it cites one, else
    the check of the finding's section (:data:`_KRITERIA_BAGIAN`, or
    :data:`KRITERIA_UMUM`); with the convention the figure was computed under.
    """
    text = ""
    e = finding.explanation
    if e is not None:
        text = say(e.reference, bahasa) or next(
            (say(step.reference, bahasa) for step in reversed(e.steps) if step.reference), "")
    if not text or text == finding.lokasi:  # a place, not a rule
        place = finding.field or finding.id
        key = "triwulan" if _TRIWULAN.match(place) else _section(place)
        text = _KRITERIA_BAGIAN.get(key, KRITERIA_UMUM)(bahasa)
    if finding.convention is not None:
        text = KONVENSI_KRITERIA(bahasa, kriteria=text, topic=finding.convention.topic,
                                 name=finding.convention.name)
    return text


def _difference(finding: Finding, angka: str) -> str:
    if finding.difference is None:
        return "-"
    places = None if finding.rounding is None else finding.rounding.places
    shown = _show(finding.difference, places, angka=angka,
                  thousands=_grouped(finding.printed or "", angka))
    return shown if finding.difference <= 0 else f"+{shown}"


def kertas_kerja(result: Reviu, bahasa: Bahasa) -> KertasKerja:
    """The working paper of ``result`` in ``bahasa``."""
    lap = result.laporan
    criteria: dict[str, str] = {}
    cell: dict[str, str] = {}
    rows = []
    codes = [aspek(f) for f in result.findings]  # each finding's aspect, once
    for number, ((status, _, printed, shown, note), f, aspect) in enumerate(
            zip(result._table(bahasa), result.findings, codes, strict=True), start=1):
        text = _criterion(f, bahasa)
        cited = cell.get(text)  # each criterion's cell made once
        if cited is None:
            code = criteria.setdefault(text, f"K{len(criteria) + 1}")
            cited = cell[text] = f"{code}: {_short(text)}"
        rows.append(Baris(
            nomor=number, aspek=ASPEK[aspect](bahasa), lokasi=f.lokasi or f.field,
            uraian=f"{tulis(f.label, bahasa)} ({f.id})", tercetak=printed, hitung_ulang=shown,
            selisih=_difference(f, _display_mark(f.printed, lap.angka)), status=f.status,
            status_teks=status_text(f.status, bahasa), kriteria=cited,
            keterangan=note,
            saran=SARAN(bahasa, printed=printed, shown=shown) if status == "mismatch" else "",
            finding=f))
    counts = result.counts()
    per_aspek = []
    for code, words in ASPEK.items():
        mine = [f for f, aspect in zip(result.findings, codes, strict=True) if aspect == code]
        per_aspek.append((words(bahasa), len(mine), sum(f.ok for f in mine),
                          sum(f.status == "mismatch" for f in mine),
                          sum(f.status == "not-computable" for f in mine)))
    konvensi = tuple(result._convention_lines(bahasa))
    objek = OBJEK_ISI(bahasa, judul=lap.judul or "Laporan Kinerja", instansi=lap.instansi,
                      tahun=lap.tahun)
    m, k = counts["mismatch"], counts["not-computable"]
    simpulan = [SIMPULAN_KECUALI(bahasa, objek=objek, m=m, k=k) if m or k
                else SIMPULAN_BERSIH(bahasa, objek=objek)]
    if m:
        simpulan.append(PERBAIKAN(bahasa))
    return KertasKerja(
        bahasa=bahasa, objek=objek, sumber=lap.sumber,
        pembulatan=_rounding_text(lap.rounding, lap.angka, bahasa), baris=tuple(rows),
        kriteria=tuple((code, text) for text, code in criteria.items()),
        per_status=tuple((status_text(s, bahasa), counts[s]) for s in STATUSES),
        per_aspek=tuple(per_aspek), konvensi=konvensi, simpulan=tuple(simpulan))


def summary(result: Reviu, *, strict: bool, bahasa: Bahasa) -> list[str]:
    """The reviu's summary lines (counts, exit status, inputs), without the conventions' line,
    which the working paper lists in its own section."""
    lines = result.summary(strict=strict, bahasa=bahasa).splitlines()
    conventions = result._convention_lines(bahasa)
    return [line for line in lines if not (conventions and line.endswith(conventions[-1]))]
