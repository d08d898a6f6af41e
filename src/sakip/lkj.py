"""The ``sakip/lkj-1`` report file: a Laporan Kinerja's printed figures, read and validated.

A report file is TOML (or JSON with the same structure).  Every number is a
string written exactly as the report prints it (``"101,10"``,
``"Rp 7.879.297.000"``) and read with ``sakip.parse_id``, so nothing is
lost to floats.  The structure is described once, in ``SPEC``, from which
both the validator and the published JSON Schema are derived.

Loading reports **every** problem at once, each with its place in the file
(file, table, row, field), as a ``LaporanError``; nothing is silently
skipped.  Files larger than ``MAX_BYTES`` are refused before parsing.

>>> import sakip.examples
>>> from sakip.lkj import load
>>> laporan = load(sakip.examples.path("bgp-kalsel-2023"))
>>> laporan.instansi, [i.kode for i in laporan.indikator][:2]
('BGP Provinsi Kalimantan Selatan', ['IKK 1.1', 'IKK 1.2'])
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Never, get_args

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Pesan, Teks, check_bahasa
from sakip._decimal import text as _str
from sakip._katalog import _tempat
from sakip._lkj_id import uraian
from sakip._reading import (
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_DIGITS,
    MAX_PROBLEMS,
    MAX_ROWS,
    parse_document,
    read_file,
)
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    LaporanError,
    NotComputableError,
    ParseError,
    SakipError,
    call_error,
    keyword_only,
)
from sakip.explain import Tabular
from sakip.indicators import Agregasi, Capaian, Polarisasi, Rentang, RumusMinimize, capaian
from sakip.numbers import ROUNDING_MODES, Rounding, _unit_mark, parse_en, parse_id
from sakip.predikat import Predikat

__all__ = [
    "ANGKA",
    "JENIS",
    "MAX_BYTES",
    "SCHEMA",
    "SPEC",
    "Indikator",
    "Laporan",
    "LaporanError",
    "checks",
    "figure_fields",
    "input_fields",
    "json_schema",
    "load",
    "printed_places",
    "printed_value",
    "read_number",
    "target_batas",
    "template",
]

#: The schema tag every file must carry.
SCHEMA = "sakip/lkj-1"

# ----------------------------------------------------------------- the spec

_MISSING = "(missing)"

#: How a published IKPA table prints an indicator that is not assessed (a satker with no
#: contracts has no belanja kontraktual score): a hyphen-minus, as the seed LKj prints a cell
#: with no value ("95,15 -").  Accepted only where a field's spec says so (``tidak_dinilai``:
#: ``[ikpa] komponen``); the reviu passes ``None`` to :func:`sakip.ikpa` (konversi bobot).
_TIDAK_DINILAI = ("-",)

#: Why an indicator that prints no target has no capaian (a reviu's reason, in both languages).
_NO_TARGET = Teks(id="{kode} tidak mencetak target: capaian tidak punya pembanding bagi realisasi",
                  en="{kode} prints no target: a capaian has nothing to compare the realisasi "
                     "with")

#: How an evaluation form prints a capaian it cannot compute (a zero target): the
#: spreadsheet's ``#DIV/0!``, or a hyphen-minus.  Accepted only in ``[[evaluasi_renja]]``
#: figures (``tidak_dinilai``), where the reviu reports the figure not computable.
_TIDAK_TERHITUNG = ("#DIV/0!", "-")


@attrs.frozen
class _Spec:
    """One field's shape: ``kind`` plus options; ``doc`` feeds the JSON Schema."""

    kind: str
    doc: str = ""
    required: bool = True
    fields: tuple[tuple[str, _Spec], ...] = ()
    item: _Spec | None = None
    choices: tuple[str, ...] = ()
    unique: str = ""
    predikat: bool = False
    nonnegative: bool = False
    #: For a printed figure the reviu checks: what it is recomputed from (empty: an input).
    check: str = ""
    #: For a map of checked figures: the keys that are checked (empty: every key).
    check_keys: tuple[str, ...] = ()
    #: For a map of checked figures: only its keys that are also keys of this table of the
    #: same enclosing table are checked (``[ikpa] komponen``: the indicators with raw data).
    check_keys_in: str = ""
    #: Checked only when one of these conditions holds (empty: always): a key of the same
    #: table is present (``"realisasi"``); several are (``"pagu+realisasi"``); a key of the
    #: enclosing table holds a non-empty value (``"../output"``).
    check_if: tuple[str, ...] = ()
    #: For a figure under ``check_if``: what it is the input of when no condition holds
    #: (nothing recomputes it then; the reviu lists it among the inputs, not the findings).
    input_of: str = ""
    #: ``"rupiah"`` refuses a ``%`` mark, ``"percent"`` (also scores) refuses ``Rp``,
    #: ``"count"`` refuses both; ``""`` takes either.
    unit: str = ""
    #: For ``int`` and ``years`` keys: the inclusive range of accepted values.
    bounds: tuple[int, int] | None = None
    #: For a table: fields whose printed units (``Rp``, ``%``) must not contradict
    #: each other (a target of ``"100%"`` with a realisasi of ``"Rp 95"``).
    same_unit: tuple[str, ...] = ()
    #: For a printed value: the notations read as "not assessed" (``_TIDAK_DINILAI``);
    #: empty everywhere but ``[ikpa] komponen``, so a ``"-"`` elsewhere stays an error.
    tidak_dinilai: tuple[str, ...] = ()
    #: For a printed value: ``(key, choice)`` of the same table under which the value may
    #: instead be a range, a TOML array of two printed numbers ``["80", "90"]`` (low, high);
    #: only the indicator's ``target`` has it, under ``polarisasi = "stabilize"``.
    range_when: tuple[str, str] | tuple[()] = ()
    #: For a printed value: whether it may be written as a floor or a ceiling (``"≥ 91"``,
    #: ``"Minimal BB"``, ``"≤ 5 %"``, ``"Maksimal 5"``; see :func:`target_batas`).
    batas: bool = False
    #: For an array: refuse an empty one (``baris = []``: a table with no rows checks nothing).
    nonempty: bool = False


def _text(doc: str, required: bool = True, choices: tuple[str, ...] = (),
          check: str = "") -> _Spec:
    return _Spec("text", doc, required, choices=choices, check=check)


def _printed(doc: str, required: bool = True, predikat: bool = False,
             nonnegative: bool = False, check: str = "", unit: str = "") -> _Spec:
    return _Spec("printed", doc, required, predikat=predikat, nonnegative=nonnegative,
                 check=check, unit=unit)


def _amount(doc: str, required: bool = True, check: str = "", unit: str = "rupiah") -> _Spec:
    return _printed(doc, required, nonnegative=True, check=check, unit=unit)


def _percent(doc: str, required: bool = True, check: str = "") -> _Spec:
    return _printed(doc, required, check=check, unit="percent")


def _score(doc: str, required: bool = True, check: str = "") -> _Spec:
    """A score or points (LKE): a percentage that cannot be negative."""
    return _printed(doc, required, nonnegative=True, check=check, unit="percent")


#: Years the period classes accept (sakip.periods.TahunAnggaran).
_YEAR_RANGE = (1900, 2999)
#: Counts of things a satker does in a year (revisions, SPMs, contracts).
_COUNT_RANGE = (0, 10**6)
_QUARTER_RANGE = (1, 4)


def _year(doc: str, required: bool = True) -> _Spec:
    return _Spec("int", doc, required, bounds=_YEAR_RANGE)


def _table(doc: str, required: bool = True, same_unit: tuple[str, ...] = (),
           **fields: _Spec) -> _Spec:
    return _Spec("table", doc, required, fields=tuple(fields.items()), same_unit=same_unit)


def _array(doc: str, item: _Spec, unique: str = "", required: bool = False,
           nonempty: bool = False) -> _Spec:
    return _Spec("array", doc, required, item=item, unique=unique, nonempty=nonempty)


def _efficiency_input(*, rerata: bool) -> _Spec:
    """An input of an efficiency-table row; in a rerata row its capaian is a figure too."""
    of = ("the rows' E under agregat, or rumus on this row's percentages" if rerata else
          "capaian output and this capaian input under rumus")
    return _table(
        "An input",
        nama=_text("Input name (dana, SDM)"),
        capaian=_printed("Capaian input in percent (under selisih: realisasi anggaran %)",
                         nonnegative=True, check="the rows' capaian input under agregat"
                         if rerata else ""),
        efisiensi=_printed("E (or IE under indeks) as printed", required=False,
                           check=of + " (the other conventions are tried)"),
        tingkat=_printed("TE = IE − SE as printed (indeks)", required=False,
                         check="IE − 1 under the rumus that reproduces E"),
        kategori=_text("Category as printed", required=False,
                       check="IE under the table's IE category table (kategori)"),
    )


#: ``check_if`` of a budget total: rows of the ``[anggaran]`` table to sum.
_ROWS = ("../output", "../jenis_belanja")

_ROUNDING = _Spec("rounding", "Rounding of the printed figures here: {places, mode}; mode one of "
                  + ", ".join(ROUNDING_MODES), required=False)
_LOKASI = _text("Where the figure is printed (table, chapter, figure)", required=False)
#: A section's own decimal mark (``angka = "en"``), or one per field name anywhere in the
#: section (``angka = { pagu = "id" }``); overrides ``[laporan] angka`` there.
_ANGKA = _Spec("angka", "This section's decimal mark (id, en, campuran), or one per field "
               "name in it: { pagu = \"id\", capaian = \"en\" }; default [laporan] angka",
               required=False)
_YEARS = "Per year: keys are years as text (\"2022\"), values printed figures"

#: The fields of one year's AKIP evaluation (this year's, and each of ``sebelumnya``).
_AKIP_TAHUN: dict[str, _Spec] = {
    "aturan": _text("LKE rule set", required=False,
                    choices=("permenpanrb-88-2021", "permenpanrb-12-2015")),
    "nilai": _score("Score as printed", check="Σ komponen points, else Σ sub_komponen "
                      "points, else the LKE answers (not computable without any)"),
    "predikat": _text("Predikat as printed", required=False,
                      check="the band of the printed nilai"),
    "komponen": _Spec("map", "Points per LKE component", required=False,
                      item=_score("points"),
                      check="Σ its sub_komponen points, else the LKE answers (when either "
                      "is in the file)", check_if=("sub_komponen", "jawaban", "kriteria")),
    "sub_komponen": _Spec("map", "Points per LKE sub-component (\"1.a\" … \"4.c\"), as "
                          "printed", required=False, item=_score("points"),
                          check="the LKE answers (when in the file); without them only "
                          "refused above its bobot", check_if=("jawaban", "kriteria")),
    "jawaban": _Spec("map", "One answer per sub-component: a grade (\"A\") or a printed "
                     "percentage", required=False, item=_text("answer")),
    "kriteria": _Spec("map", "Per-criterion answers per sub-component (a list each)",
                      required=False, item=_Spec("list", "answers", item=_text("answer"))),
    "skala": _Spec("map", "Answer scale per sub-component (default: the worksheet's)",
                   required=False, item=_text("scale", choices=("aa-e", "y-t", "a-e", "a-d"))),
    "metode": _Spec("map", "Scoring method per sub-component (default: one answer "
                    "nilai-tunggal, a list rata-rata)", required=False,
                    item=_text("method", choices=("nilai-tunggal", "rata-rata", "akumulasi"))),
    "lokasi": _LOKASI,
    "rounding": _ROUNDING,
}

#: The IKM weights a file may declare (``ikm(bobot=...)``, both rule sets).
_BOBOT_IKM = ("1/9", "0,1111", "0,111", "0,11", "1/14", "0,071")

#: One printed index (``[[indeks]]``): which fields are inputs depends on ``jenis``.
_INDEKS = _table(
    "A printed index",
    kode=_text("Identifier (the indicator's code, e.g. 'IKU 2')"),
    nama=_text("Name", required=False),
    jenis=_text("Which index", choices=("ikm", "ipm", "spbe", "pemdi", "spip", "komponen",
                                        "iki")),
    aturan=_text("Rule set (default: the current one of jenis)", required=False, choices=(
        "permenpanrb-14-2017", "kepmenpan-25-2004", "bps-2014", "permenpanrb-59-2020",
        "permenpanrb-8-2026", "permenpanrb-8-2021")),
    unsur=_Spec("list", "ikm: Σ answers per unsur, as printed (9 unsur; 14 under "
                "kepmenpan-25-2004)", required=False,
                item=_printed("Σ answers", nonnegative=True, unit="count")),
    responden=_Spec("list", "ikm: respondents, one count for every unsur ([\"29\"]) or one "
                    "per unsur", required=False,
                    item=_printed("respondents", nonnegative=True, unit="count")),
    nrr=_Spec("list", "ikm: NRR per unsur as printed; without unsur they are the inputs",
              required=False, item=_printed("NRR", nonnegative=True),
              check="Σ answers ÷ respondents of the unsur (only when unsur is given)",
              check_if=("unsur",), input_of="the IKM nilai and konversi (consistent up to "
              "rounding)"),
    bobot=_text("ikm: the weight the report declares (default the exact 1/n)",
                required=False, choices=_BOBOT_IKM),
    uhh=_printed("ipm: umur harapan hidup (years)", required=False, nonnegative=True),
    hls=_printed("ipm: harapan lama sekolah (years)", required=False, nonnegative=True),
    rls=_printed("ipm: rata-rata lama sekolah (years)", required=False, nonnegative=True),
    pengeluaran_ribu=_amount("ipm: pengeluaran per kapita disesuaikan, thousands of rupiah "
                             "per year as BPS prints it (\"17.707\")", required=False,
                             unit="count"),
    pengeluaran=_amount("ipm: the same in rupiah (instead of pengeluaran_ribu)",
                        required=False),
    domain=_Spec("map", "spbe: the four domain indices as printed (kebijakan_internal, "
                 "tata_kelola, manajemen, layanan)", required=False, item=_printed("index")),
    indikator=_Spec("map", "pemdi: level per indicator number (\"1\" … \"20\"), \"3\"; "
                    "a level not yet published by its national system is written "
                    "\"menunggu\" or \"menunggu (BSSN)\"", required=False,
                    item=_text("level")),
    aspek=_Spec("map", "pemdi: aspect indices as printed; without indikator they are the "
                "inputs", required=False, item=_printed("index"),
                check="Σ weight × level ÷ the aspect's weight over its indicators (only "
                "when indikator is given; not computable while a level is menunggu)",
                check_if=("indikator",), input_of="the Indeks Pemdi nilai (consistent up to "
                "rounding)"),
    level=_text("spip: the maturity level as printed (\"Level 3\")", required=False),
    rumus=_text("komponen: how the components combine", required=False,
                choices=("rasio", "jumlah", "penurunan")),
    pembilang=_printed("komponen: the numerator (rasio) or the current value (penurunan)",
                       required=False, nonnegative=True),
    penyebut=_printed("komponen: the denominator (rasio) or the baseline (penurunan)",
                      required=False, nonnegative=True),
    bagian=_Spec("list", "komponen jumlah: the parts as printed", required=False,
                 item=_printed("part", nonnegative=True)),
    capaian=_printed("iki: the capaian (percent) as printed", required=False,
                     nonnegative=True, unit="percent"),
    target_maksimum=_Spec("bool", "iki: the target is the maximum possible (100 % scores "
                          "120)", required=False),
    nilai_baik=_printed("iki: the nilai the unit's rule gives capaian 100 % (OPEN row)",
                        required=False, nonnegative=True),
    nilai_sangat_baik=_printed("iki: the nilai the unit's rule gives capaian above 100 up "
                               "to 110 % (OPEN row)", required=False, nonnegative=True),
    nilai=_printed("The index as printed (ikm: NI 1–4; komponen: the percentage; iki: the "
                   "nilai)", required=False,
                   check="the inputs under jenis and aturan (ikm: the other weights are "
                   "tried as conventions; from printed NRR, IPM components, SPBE domains or "
                   "Pemdi aspects: consistent up to rounding when inside the range they "
                   "allow; spip: not computable, score bands OPEN)"),
    konversi=_printed("ikm: IKM konversi (NIK 25–100) as printed", required=False,
                      check="IKM × 25 (the other weights are tried as conventions; from "
                      "printed NRR: consistent up to rounding when inside the range they "
                      "allow)"),
    predikat=_text("The band label as printed: ikm mutu (A–D) or kinerja (Sangat Baik …); "
                   "ipm status; spbe/pemdi predikat; spip the level's name; iki kategori",
                   required=False,
                   check="the band of the printed value (else the recomputed one); ikm "
                   "under kepmenpan-25-2004: either scale (NI or NIK) accepted; iki: the row "
                   "of the capaian; spip: the name of the level"),
    lokasi=_LOKASI,
    rounding=_ROUNDING,
)


#: How an indicator adds up (``sakip.Agregasi``): one definition for every section that says.
_AGREGASI = _text("How K adds up (default flow): flow (quarters and years add up) or "
                  "stock (a level: the latest value)", required=False,
                  choices=("flow", "stock"))

#: The document kinds of ``[laporan] jenis`` (the planning chain's documents besides reports).
JENIS = ("lkj", "lkjip", "renstra", "pk")


def _renja_figure(rp: bool) -> _Spec:
    """The K or Rp figures of an evaluasi Renja row: kolom 6–12 inputs, 13–15 checked."""
    unit = "rupiah" if rp else ""
    what = "Rp (anggaran)" if rp else "K (kinerja, in the row's satuan)"

    def figure(doc: str, check: str) -> _Spec:
        spec = _percent(doc, required=False, check=check) if "%" in doc else _printed(
            doc, required=False, nonnegative=True, check=check,
            unit="rupiah" if rp else "")
        return attrs.evolve(spec, tidak_dinilai=_TIDAK_TERHITUNG)

    def quarter(n: int) -> _Spec:
        return _printed(f"Kolom {8 + n}: realisasi TW {'I' * n if n < 4 else 'IV'}; omit "
                        "when not yet reported (never read as 0)", required=False,
                        nonnegative=True, unit=unit)

    return _table(
        f"The {what} figures of the row, as printed", required=False,
        target_renstra=_printed("Kolom 6: target Renstra at the end of the period; omit "
                                "when the table prints none (kolom 15 is then not "
                                "computable)", required=False, nonnegative=True, unit=unit),
        realisasi_renstra_lalu=_printed("Kolom 7: realisasi Renstra up to the previous year; "
                                        "omit when blank", required=False, nonnegative=True,
                                        unit=unit),
        target=_printed("Kolom 8: target Renja of the year" + (" (pagu)" if rp else ""),
                        nonnegative=True, unit=unit),
        tw1=quarter(1), tw2=quarter(2), tw3=quarter(3), tw4=quarter(4),
        realisasi=figure("Kolom 13: realisasi of the year", "kolom 9–12 (Σ for flow, the "
                         "last reported quarter for stock; a stock row printed as the sum "
                         "is flagged)"),
        realisasi_renstra=figure("Kolom 14: realisasi Renstra up to this year", "kolom 7 + "
                                 "kolom 13 (flow) or kolom 13 (stock; a stock row printed "
                                 "as 7 + 13 is flagged: levels summed across years)"),
        capaian_renstra=figure("Kolom 15: tingkat capaian Renstra (%)", "kolom 14 ÷ kolom 6 "
                               "× 100 (not computable for a zero kolom 6)"),
        capaian=figure("Capaian of the year (%), 13 ÷ 8 × 100, where printed", "kolom 13 ÷ "
                       "kolom 8 × 100 (not computable for a zero kolom 8)"),
        predikat=_text("Band label printed for this figure", required=False,
                       check="the five-band table on the figure's capaian (dasar), under "
                       "label and celah (the other celah is tried as a convention)"),
        rounding=_ROUNDING,
    )


SPEC = _table(
    "A Laporan Kinerja (LKj): its figures as printed",
    schema=_text("Format tag", choices=(SCHEMA,)),
    laporan=_table(
        "The report",
        instansi=_text("The unit (instansi)"),
        tahun=_year("Fiscal year reported"),
        judul=_text("Title", required=False),
        rounding=_ROUNDING,
        angka=_text("How the report writes numbers: \"id\" (default: 1.234,56), \"en\" "
                    "(1,234.56), or \"campuran\" (rupiah and counts 1.234.567, percentages "
                    "95.15); a section's own angka overrides it (see the file-format page)",
                    required=False, choices=("id", "en", "campuran")),
        jenis=_text("Kind of document: \"lkj\" (default: a Laporan Kinerja of an instansi), "
                    "\"lkjip\" (a Laporan Kinerja Instansi Pemerintah of a Pemda or one of "
                    "its perangkat daerah), \"renstra\" (a Rencana Strategis: periode, IKU "
                    "with their metadata, the target matrix by year) or \"pk\" (a Perjanjian "
                    "Kinerja: tahun, versi, tanggal, targets and budget)", required=False,
                    choices=JENIS),
        pemda=_text("The Pemda (provinsi, kabupaten, kota) of an LKjIP", required=False),
        perangkat_daerah=_text("The perangkat daerah (OPD) of an LKjIP; omit for a Pemda's "
                               "own report", required=False),
        periode=_Spec("list", "The Renstra period [first year, last year] ([2020, 2024]): "
                      "required in a renstra, the period an LKj or PK cites elsewhere",
                      required=False, item=_year("year")),
        versi=_text("pk: which PK, \"awal\" (initial) or \"revisi\" (revised; needs "
                    "tanggal)", required=False, choices=("awal", "revisi")),
        tanggal=_text("pk: the date signed, as printed (\"12 Desember 2023\")",
                      required=False),
        catatan_revisi=_text("pk: what a revisi changed and why, as printed (the planning "
                             "chain's C1 reports a revisi that states no change)",
                             required=False),
    ),
    sasaran=_array("Sasaran (objectives)", _table(
        "A sasaran", kode=_text("Code"), nama=_text("Name")), unique="kode"),
    indikator=_array("Performance indicators (IKU/IKK)", _table(
        "An indicator", same_unit=("target", "realisasi", "realisasi_sebelumnya"),
        kode=_text("Code, e.g. 'IKK 1.1'"),
        sasaran=_text("Code of its sasaran", required=False),
        nama=_text("Name"),
        satuan=_text("Unit (Orang, Nilai, Predikat)", required=False),
        polarisasi=_text("Direction", required=False,
                         choices=("maximize", "minimize", "stabilize")),
        agregasi=attrs.evolve(_AGREGASI, doc="How the indicator adds up over quarters and "
                              "years: flow (a count) or stock (a level); metadata the planning "
                              "chain compares (omit when the document does not say)"),
        instrumen=_text("The instrument that measures it (\"LKE\", \"Indeks SPBE\", "
                        "\"IKPA\"); metadata the planning chain compares", required=False),
        instrumen_versi=_text("The instrument's version, a rule set (\"permenpanrb-88-2021\", "
                              "\"per-5-pb-2024\")", required=False),
        rumus_minimize=_text("minimize only: the formula the report follows, \"2t-r\" "
                             "((2T − R) / T, the default) or \"t/r\" (T / R, a convention)",
                             required=False, choices=("2t-r", "t/r")),
        rentang=_text("stabilize only: how the report evaluates a realisasi outside the "
                      "target range, \"stabilize\" (below L as maximize, above U as minimize; "
                      "the default), \"maximize\" (R / L below, R / U above) or "
                      "\"minimize\" ((2L − R) / L below, (2U − R) / U above), the last two as "
                      "PermenPANRB 8/2021 Lampiran p. 100 computes a range target; omit when "
                      "the report does not say (the others are tried, the one that "
                      "reproduces is named)", required=False,
                      choices=get_args(Rentang)),
        target=attrs.evolve(_printed(
            "Target, as printed (a number or a predikat); under polarisasi \"stabilize\" "
            "the range as two printed numbers, low then high: [\"80\", \"90\"]; omit "
            "when the report prints none (its capaian is then not computable); a floor or "
            "ceiling as printed, \"≥ 91\", \"Minimal BB\", \"≤ 5 %\", \"Maksimal 5\" (a "
            "ceiling makes polarisasi minimize)",
            required=False, predikat=True), range_when=("polarisasi", "stabilize"),
            batas=True),
        realisasi=attrs.evolve(_printed(
            "Realisasi, as printed; omit when blank (not reported)", required=False,
            predikat=True), check="pembilang ÷ penyebut × 100 (only when either is given)",
            check_if=("pembilang", "penyebut")),
        pembilang=_printed("The numerator the realisasi is computed from (realisasi = "
                           "pembilang ÷ penyebut × 100)", required=False, nonnegative=True),
        penyebut=_printed("The denominator of the realisasi", required=False,
                          nonnegative=True),
        capaian=_percent("Capaian as printed (percent)", required=False,
                         check="target and realisasi, by polarisasi (minimize: rumus_minimize; "
                         "the other minimize formula is tried as a convention; stabilize: "
                         "the target range [low, high], by rentang, the other rentang tried "
                         "as conventions)"),
        lokasi=_LOKASI,
        catatan=_text("A note", required=False),
        rounding=_ROUNDING,
        realisasi_sebelumnya=_Spec("years", "Realisasi of previous years. " + _YEARS,
                                   required=False, item=_printed("value", predikat=True),
                                   bounds=_YEAR_RANGE),
        renstra=_table(
            "Achievement against the Renstra (medium-term) targets", required=False,
            kumulatif=_Spec("bool", "true: Σ realisasi / Σ targets; false: latest against "
                            "final-year target; omit when the report does not say (both "
                            "are tried, the one that reproduces is named; default false)",
                            required=False),
            target=_Spec("years", "Renstra targets. " + _YEARS + "; under polarisasi "
                         "\"stabilize\" each year's range as two printed numbers, low then "
                         "high: { \"2024\" = [\"7\", \"8\"] }",
                         item=attrs.evolve(_printed("value", predikat=True),
                                           range_when=("polarisasi", "stabilize")),
                         bounds=_YEAR_RANGE),
            realisasi=_Spec("years", "Realisasi per year (default: realisasi_sebelumnya and "
                            "this year's realisasi). " + _YEARS, required=False,
                            item=_printed("value", predikat=True), bounds=_YEAR_RANGE),
            target_akhir=attrs.evolve(_printed(
                "The end-of-period target as printed (kondisi akhir Renstra)", required=False,
                predikat=True, check="the targets per year: Σ under kumulatif (flow), the "
                "final year's otherwise (stock; the other is tried as a convention)"),
                batas=True),
            capaian=_percent("Renstra capaian as printed (percent)", required=False,
                             check="the Renstra targets and the realisasi per year "
                             "(kumulatif: Σ R / Σ T; otherwise latest R / final-year T), under "
                             "the indicator's polarisasi (minimize: rumus_minimize, the other "
                             "tried as a convention; stabilize: against the final year's range, "
                             "not computable from single-number targets)"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
        triwulan=_table(
            "Quarterly targets and cumulative realisasi (rencana aksi)", required=False,
            target=_Spec("years", "Per quarter: keys \"1\"–\"4\"; a floor or ceiling as "
                         "printed (\"≥ 91\", \"Maksimal 5\"), as the annual target",
                         required=False,
                         item=attrs.evolve(_printed("value", predikat=True), batas=True),
                         bounds=_QUARTER_RANGE,
                         check="the annual target (TW IV only; not computable against a "
                         "stabilize range)", check_keys=("4",)),
            realisasi=_Spec("years", "Per quarter, cumulative: keys \"1\"–\"4\"",
                            required=False, item=_printed("value", predikat=True),
                            bounds=_QUARTER_RANGE,
                            check="the annual realisasi (TW IV only)", check_keys=("4",)),
            lokasi=_LOKASI,
        ),
    ), unique="kode"),
    perjanjian_kinerja=_array("Perjanjian Kinerja (PK) tables as printed: the initial one and "
                              "each revision", _table(
        "A PK table",
        kode=_text("Which PK, e.g. 'awal', 'revisi' (unique)"),
        judul=_text("Title as printed", required=False),
        tanggal=_text("Date signed, as printed", required=False),
        versi=_text("Which PK this printing is (the planning chain compares printings of one "
                    "versi); in a pk document default its [laporan] versi", required=False,
                    choices=("awal", "revisi")),
        catatan_revisi=_text("What this revisi changed and why, as printed; in a pk document "
                             "default its [laporan] catatan_revisi", required=False),
        lokasi=_LOKASI,
        target=_Spec("map", "Target per indicator code, as printed", required=False,
                     item=attrs.evolve(_printed("target", predikat=True), batas=True),
                     check="the target of the [[indikator]] with that code (not "
                     "computable against a stabilize range)"),
        alokasi=_array("Budget allocation per kegiatan", _table(
            "An allocation row",
            kegiatan=_text("Kegiatan code"),
            nama=_text("Name", required=False),
            alokasi=_amount("Alokasi as printed"),
            sasaran=_text("Code of the sasaran the kegiatan serves (the planning chain "
                          "checks each kegiatan maps to exactly one)", required=False),
        )),
        total=_amount("Total alokasi as printed", required=False, check="Σ alokasi"),
    ), unique="kode"),
    evaluasi_akip=_Spec("table", "The AKIP evaluation (LHE)", False, fields=(
        *_AKIP_TAHUN.items(),
        ("sebelumnya", _Spec("years", "Previous years' evaluations (LHE), as printed: keys "
                             "are years as text (\"2023\"), values tables with this "
                             "section's fields (nilai, predikat, komponen, ...)",
                             required=False, bounds=_YEAR_RANGE, item=_Spec(
                                 "table", "One previous year's evaluation",
                                 fields=tuple(_AKIP_TAHUN.items())))),
        ("perubahan", _array("Year-on-year statements about the nilai (\"naik dari 84\")", _table(
            "A year-on-year statement",
            kode=_text("Identifier"),
            teks=_text("The sentence, quoted", required=False),
            arah=_text("The direction the sentence states", choices=("naik", "turun", "tetap"),
                       check="the printed nilai (or predikat) against dari"),
            dari=_printed("The earlier nilai (or predikat) as the sentence prints it",
                          predikat=True, check="the earlier year's printed nilai or predikat "
                          "(sebelumnya; not computable without it)"),
            tahun=_year("Year of the earlier figure (default: the year before)",
                        required=False),
            selisih=_printed("The change in points as the sentence prints it",
                             required=False, check="the printed nilai − dari"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode")),
    )),
    anggaran=_table(
        "Budget", required=False,
        rumus_efisiensi=_text("Efficiency formula the report follows", required=False,
                              choices=("pmk-214-2017", "per-pagu", "pmk-249-2011")),
        lokasi=_LOKASI,
        output=_array("Rincian Output", _table(
            "An output",
            kode=_text("Code 'kegiatan.KRO.RO'"),
            nama=_text("Name", required=False),
            pagu=_amount("Pagu"),
            realisasi=_amount("Realisasi anggaran; omit in a row that prints its pagu only "
                              "(its figures and the sums over it are then not computable)",
                              required=False),
            capaian=_amount("Capaian output (percent)", required=False, unit="percent"),
            sisa=_amount("Sisa (unspent) as printed", required=False,
                         check="pagu − realisasi"),
            penyerapan=_percent("Penyerapan as printed", required=False,
                                check="realisasi / pagu × 100"),
            efisiensi=_percent("E as printed", required=False,
                               check="pagu, realisasi and capaian under rumus_efisiensi (the "
                               "other rumus are tried as conventions)"),
            nilai_efisiensi=_percent("NE as printed", required=False,
                                     check="the E that reproduces (50 + E / 20 × 50, clipped)"),
            kategori=_text("Efficiency category as printed", required=False,
                           check="the band of the recomputed NE"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode"),
        jenis_belanja=_array("Totals per jenis belanja", _table(
            "A jenis belanja row",
            kode=_text("51, 52, 53 or 57", choices=("51", "52", "53", "57")),
            pagu=_amount("Pagu"),
            realisasi=_amount("Realisasi; omit in a row that prints its pagu only",
                              required=False),
            sisa=_amount("Sisa (unspent) as printed", required=False,
                         check="pagu − realisasi"),
            penyerapan=_percent("Penyerapan as printed", required=False,
                                check="realisasi / pagu × 100"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode"),
        kegiatan=_array("Totals per kegiatan", _table(
            "A kegiatan row",
            kode=_text("Kegiatan code"),
            nama=_text("Name", required=False),
            pagu=attrs.evolve(_amount("Pagu as printed", required=False,
                                      check="Σ pagu of the outputs of this kegiatan (with no "
                                      "output rows in the file, an input)"),
                              check_if=_ROWS[:1], input_of="nothing: no output rows to sum"),
            realisasi=attrs.evolve(_amount("Realisasi as printed", required=False,
                                           check="Σ realisasi of the outputs of this kegiatan "
                                           "(with no output rows in the file, an input)"),
                                   check_if=_ROWS[:1],
                                   input_of="nothing: no output rows to sum"),
            lokasi=_LOKASI,
        ), unique="kode"),
        total=_table(
            "The total row", required=False,
            pagu=attrs.evolve(_amount("Total pagu as printed", required=False,
                                      check="Σ pagu of the outputs (and of the jenis belanja "
                                      "rows); with no rows, an input"),
                              check_if=_ROWS, input_of="the total sisa and penyerapan"),
            realisasi=attrs.evolve(_amount("Total realisasi as printed", required=False,
                                           check="Σ realisasi of the outputs (and of the "
                                           "jenis belanja); with no rows, an input"),
                                   check_if=_ROWS, input_of="the total sisa and penyerapan"),
            sisa=attrs.evolve(_amount("Total sisa (unspent) as printed", required=False,
                                      check="pagu − realisasi (printed, or the rows' sums); "
                                      "without both, an input"),
                              check_if=("pagu+realisasi", *_ROWS),
                              input_of="the total penyerapan (realisasi = pagu − sisa)"),
            penyerapan=_percent("Penyerapan as printed", required=False,
                                check="realisasi / pagu × 100 (realisasi = pagu − sisa when "
                                "only sisa is printed; rows' sums when the total is not)"),
            capaian_output=_percent("Capaian output (arithmetic mean) as printed",
                                    required=False, check="mean of the outputs' capaian "
                                    "(arithmetic; geometric tried as a convention)"),
            efisiensi=_percent("E as printed", required=False,
                               check="the outputs under rumus_efisiensi (the other rumus are "
                               "tried as conventions)"),
            nilai_efisiensi=_percent("NE as printed", required=False,
                                     check="the E that reproduces"),
            kategori=_text("Category as printed", required=False,
                           check="the band of the recomputed NE"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
        pagu=_table(
            "Pagu history and penyerapan against the basis the report names", required=False,
            basis=_text("The pagu penyerapan is computed against; omit when the report "
                        "does not say (every basis is tried, the one that reproduces is "
                        "named; default revisi, the final pagu)", required=False, choices=(
                            "dipa-awal", "revisi", "efektif")),
            dipa_awal=_amount("Pagu of the initial DIPA"),
            penghematan=_amount("Penghematan (savings cut)", required=False),
            setelah_penghematan=_amount("Anggaran setelah penghematan as printed",
                                        required=False, check="DIPA awal − penghematan"),
            pagu_revisi=_amount("Pagu revisi, where the report prints it", required=False),
            blokir=_amount("Blokir", required=False),
            efektif=_amount("Pagu efektif as printed", required=False,
                            check="pagu revisi − blokir"),
            realisasi=_amount("Realisasi anggaran", required=False),
            sisa=attrs.evolve(_amount("Sisa anggaran as printed", required=False,
                                      check="the pagu on basis − realisasi (other bases "
                                      "tried); without realisasi, an input"),
                              check_if=("realisasi",),
                              input_of="penyerapan (realisasi = pagu − sisa)"),
            penyerapan=_printed("Penyerapan (daya serap) as printed", required=False,
                                check="realisasi (or pagu − sisa) / the pagu on basis × 100 "
                                "(the other bases are tried as conventions)"),
            kategori=_text("Rasio efisiensi category printed beside penyerapan (Kepmendagri "
                           "690.900.327/1996)", required=False,
                           check="penyerapan under the kategori_aturan bands"),
            kategori_aturan=_text("Which reading of the Kepmendagri bands; omit when the "
                                  "report does not say (both are tried, the one that "
                                  "reproduces is named)", required=False,
                                  choices=("kepmendagri-690-900-327-1996",
                                           "kepmendagri-690-900-327-1996-batas-atas")),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
    ),
    efisiensi_kinerja=_array("Efficiency tables computed from percentages (per sasaran, "
                             "program, kegiatan or output)", _table(
        "An efficiency table",
        kode=_text("Table number"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        rumus=_text("The formula the report declares; omit when it names none (every "
                    "rumus is tried, the one that reproduces is named; default rasio, or "
                    "indeks with kategori)", required=False,
                    choices=("rasio", "indeks", "selisih")),
        kategori=_text("IE category table (rumus indeks only; default prkom-bpom-2021)",
                       required=False, choices=("prkom-bpom-2021", "bbpom-yogyakarta-2020")),
        agregat=_text("How rerata rows follow from the rows (default rerata)", required=False,
                      choices=("rerata", "tertimbang-pagu")),
        rounding=_ROUNDING,
        baris=_array("Rows (omit when the table prints only its 'rata-rata' rows)", _table(
            "A row: its percentages and printed efficiency per input",
            label=_text("Row label (a sasaran, program, kegiatan, output)"),
            pagu=_amount("Pagu of the row (for the pagu-weighted aggregate)", required=False),
            capaian_output=_printed("Capaian output (kinerja) in percent, as printed",
                                    nonnegative=True),
            input=_array("Inputs (dana, SDM...)", _efficiency_input(rerata=False),
                         unique="nama", required=True, nonempty=True),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="label", nonempty=True),
        rerata=_array("'Rata-rata' rows: their figures from the rows (under agregat)", _table(
            "A rerata row",
            label=_text("Row label ('Rata-rata', a program)"),
            capaian_output=_printed("Capaian output in percent, as printed", nonnegative=True,
                                    check="the rows' capaian output under agregat (the other "
                                    "agregat is tried as a convention)"),
            input=_array("Inputs (dana, SDM...)", _efficiency_input(rerata=True),
                         unique="nama", required=True, nonempty=True),
            lengkap=_Spec("bool", "false: the rows this mean is over are not all printed in "
                          "baris (its capaian figures are then not recomputed, its E follows "
                          "from its own percentages under rumus); default true",
                          required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="label"),
    ), unique="kode"),
    evaluasi_renja=_array("Evaluasi hasil Renja / RKPD tables (the Permendagri 86/2017 "
                          "form, K and Rp per row) as an LKjIP prints them", _table(
        "An evaluation table",
        kode=_text("Table number (unique)"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        label=_text("Label set of the five-band table (default tinggi-rendah)",
                    required=False, choices=("tinggi-rendah", "baik-kurang")),
        celah=_text("Gap reading of the five-band table the report follows (default bawah: "
                    "90 < x < 91 is the band below); the other is tried as a convention",
                    required=False, choices=("bawah", "atas")),
        dasar=_text("The capaian the labels and the footer mean read: \"capaian\" (13 ÷ 8, "
                    "default) or \"capaian_renstra\" (kolom 15)", required=False,
                    choices=("capaian", "capaian_renstra")),
        rounding=_ROUNDING,
        baris=_array("Rows: program, kegiatan, sub-kegiatan", _table(
            "A row",
            kode=_text("Code (unique in the table)"),
            tingkat=_text("Level of the row", required=False,
                          choices=("program", "kegiatan", "sub-kegiatan")),
            nama=_text("Name", required=False),
            indikator=_text("The indicator of K", required=False),
            satuan=_text("Unit of K (Dok, %, km)", required=False),
            agregasi=_AGREGASI,
            k=_renja_figure(False),
            rp=_renja_figure(True),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode", required=True),
        rekap=_table(
            "The footer rows", required=False,
            baris=_Spec("list", "Codes of the rows the footer covers (default: every row)",
                        required=False, item=_text("code")),
            rumus=_text("The mean the report declares (default rerata: unweighted)",
                        required=False, choices=("rerata", "tertimbang-pagu")),
            rata_rata=_percent("Rata-rata capaian kinerja (%) as printed", required=False,
                               check="the rows' K capaian (dasar) under rumus (the other "
                               "mean is tried as a convention)"),
            pagu=_amount("Σ pagu (Rp kolom 8) as printed", required=False,
                         check="Σ Rp kolom 8 of the rows"),
            realisasi=_amount("Σ realisasi anggaran (Rp kolom 13) as printed", required=False,
                              check="Σ Rp kolom 13 of the rows (recomputed)"),
            anggaran=_percent("Realisasi anggaran (%) as printed", required=False,
                              check="Σ Rp kolom 13 ÷ Σ Rp kolom 8 × 100 of the rows"),
            predikat=_text("Predikat kinerja as printed", required=False,
                           check="the five-band table on the recomputed mean, under label "
                           "and celah (the other celah is tried as a convention)"),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
    ), unique="kode"),
    eka=_table(
        "EKA", required=False,
        nilai=_percent("EKA as printed", check="komponen under aturan (not computable "
                       "without komponen)"),
        aturan=_text("EKA rule set", required=False, choices=("pmk-214-2017", "pmk-22-2021")),
        komponen=_Spec("map", "capaian_ro, penyerapan, nilai_efisiensi, konsistensi",
                       required=False, item=_percent("score")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    ikpa=_table(
        "IKPA", required=False,
        nilai=_percent("IKPA as printed", check="komponen under the rule set of aturan or "
                       "tahun, an indicator printed \"-\" not assessed (konversi bobot; not "
                       "computable without komponen)"),
        kategori=_text("Category as printed", required=False,
                       check="the band of the printed nilai"),
        tahun=_year("Fiscal year whose rule set applies", required=False),
        aturan=_text("IKPA rule set (refused when tahun is given and it is not in force then)",
                     required=False,
                     choices=("per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2024")),
        blu=_Spec("bool", "true for a BLU satker: not assessed on the indicators the rule set "
                  "exempts (PER-5/PB/2024: penyerapan anggaran; print it \"-\")",
                  required=False),
        komponen=_Spec("map", "Indicator scores as printed, one per indicator of the rule "
                       "set (or its raw data in data); \"-\" for an indicator that is not "
                       "assessed (konversi bobot: the weights are renormalised over the rest)",
                       required=False,
                       item=attrs.evolve(_percent("score, or \"-\" (not assessed)"),
                                         tidak_dinilai=_TIDAK_DINILAI),
                       check="the indicator's raw data in data, by its calculator (only the "
                       "indicators with raw data)", check_keys_in="data"),
        data=_table(
            "Raw data of indicators, computed by the IKPA calculators under the rule set of "
            "aturan or tahun (an indicator's printed score in komponen is checked against it; "
            "without one, the computed score enters the IKPA)", required=False,
            revisi_dipa=_table(
                "Revisi DIPA (sakip.ikpa_revisi_dipa)", required=False,
                semester_i=_Spec("int", "Counted revisions in semester I (PER-5/PB/2024)",
                                 required=False, bounds=_COUNT_RANGE),
                semester_ii=_Spec("int", "Counted revisions in semester II (PER-5/PB/2024)",
                                  required=False, bounds=_COUNT_RANGE),
                triwulan=_Spec("list", "Counted revisions per quarter that has ended "
                               "(PER-5/PB/2022)", required=False,
                               item=_Spec("int", "count", bounds=_COUNT_RANGE)),
            ),
            capaian_output=_table(
                "Capaian output (sakip.ikpa_capaian_output)", required=False,
                bulan=_Spec("int", "The month assessed (1–12)", bounds=(1, 12)),
                ketepatan_waktu=_percent("Ketepatan waktu score (100 on time, 0 late)",
                                         required=False),
                ro=_array("The ROs' progress reports", _table(
                    "One RO",
                    kode=_text("Code 'kegiatan.KRO.RO'"),
                    pcro=_percent("Progress capaian RO for the month (Formula 1)",
                                  required=False),
                    tpcro=_percent("Its target for the month", required=False),
                    rvro=_printed("Realisasi volume RO (Formula 2)", required=False,
                                  nonnegative=True),
                    volume=_printed("Target volume in the DIPA", required=False,
                                    nonnegative=True),
                    terkonfirmasi=_Spec("bool", "Whether the report was confirmed (default "
                                        "true)", required=False),
                ), required=True),
            ),
            belanja_kontraktual=_table(
                "Belanja kontraktual (sakip.ikpa_belanja_kontraktual)", required=False,
                distribusi_tw2=_percent("Share of contracts by TW II, in percent",
                                        required=False),
                kontrak_dini=_Spec("list", "Dates early contracts were signed (YYYY-MM-DD)",
                                   required=False, item=_text("date")),
                nilai_kontrak_lain=_percent("Score of the other contracts", required=False),
                akselerasi_53=_Spec("list", "[finished by 31 March, all] belanja modal "
                                    "contracts", required=False,
                                    item=_Spec("int", "count", bounds=_COUNT_RANGE)),
            ),
            pengelolaan_up_tup=_table(
                "Pengelolaan UP/TUP (sakip.ikpa_pengelolaan_up_tup)", required=False,
                ketepatan_waktu=_percent("Ketepatan waktu GUP/PTUP score", required=False),
                gup_disebulankan=_percent("GUP disebulankan score", required=False),
                setoran_tup=_percent("Setoran TUP score", required=False),
                up_kkp=_amount("UP KKP per month", required=False),
                realisasi_kkp=_Spec("list", "Cumulative KKP spending per quarter that has "
                                    "ended", required=False, item=_amount("amount")),
            ),
            penyelesaian_tagihan=_table(
                "Penyelesaian tagihan (sakip.ikpa_penyelesaian_tagihan)", required=False,
                tepat_waktu=_Spec("int", "SPM-LS kontraktual submitted on time",
                                  bounds=_COUNT_RANGE),
                jumlah=_Spec("int", "All SPM-LS kontraktual", bounds=_COUNT_RANGE),
            ),
        ),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    nka=_table(
        "NKA = 60 % EKA + 40 % IKPA, from the eka and ikpa sections", required=False,
        nilai=_percent("NKA as printed", check="60 % of the printed EKA + 40 % of the "
                       "printed IKPA"),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    tabel=_array("Tables with printed totals", _table(
        "A table",
        kode=_text("Table number"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        kolom=_Spec("list", "Column names", item=_text("name")),
        baris=_array("Rows", _table(
            "A row",
            label=_text("Row label"),
            nilai=_Spec("list", "Cells as printed; \"\" for a blank cell", item=_text("cell")),
            total=_printed("Row total as printed", required=False,
                           check="Σ the row's cells in kolom_total"),
        ), required=True),
        total_kolom=_Spec("list", "Printed column totals", required=False,
                          item=_text("cell"), check="Σ the column's cells"),
        kolom_total=_Spec("list", "Columns a row total covers (default: every column)",
                          required=False, item=_text("column name")),
        total=_printed("Grand total as printed", required=False,
                       check="Σ all cells (and Σ the row totals, when every row prints one)"),
        rounding=_ROUNDING,
    ), unique="kode"),
    daftar_kegiatan=_array("Dated activity lists", _table(
        "An activity list",
        kode=_text("Table number"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        tahun=_year("Year for dates printed without one (default: laporan.tahun)",
                    required=False),
        total=_printed("Printed total of participants", required=False,
                       check="Σ peserta of the rows"),
        baris=_array("Rows", _table(
            "An activity",
            no=_Spec("int", "Row number", required=False),
            nama=_text("Name", required=False),
            waktu=_text("Date or date range as printed"),
            peserta=_amount("Participants as printed", unit="count"),
        ), required=True),
    ), unique="kode"),
    klaim=_array("Numbers stated in the narrative, with what they claim to be", _table(
        "A claim", same_unit=("target", "realisasi"),
        kode=_text("Identifier"),
        lokasi=_LOKASI,
        teks=_text("The sentence, quoted", required=False),
        kind=_text("What the number claims to be", choices=(
            "capaian", "percent_change", "sum", "equals", "penyerapan", "mean", "difference",
            "capaian_rerata", "nilai_efisiensi")),
        nilai=_printed("The number as printed", check="the claim's kind: capaian of target "
                       "and realisasi (also from the realisasi before it was rounded for "
                       "print: match-other-rounding); penyerapan of pagu and realisasi; "
                       "percent_change of old and new (new − old in percentage points tried "
                       "as a convention); Σ terms; the mean of terms (weighted by bobot when "
                       "given; the other mean tried as a convention); the difference of the "
                       "two terms; capaian_rerata: the capaian of the mean target and mean "
                       "realisasi (the mean of the rows' capaian tried as a convention); "
                       "nilai_efisiensi: NE of efisiensi (also from the efisiensi before it "
                       "was rounded for print: match-other-rounding); equal to reference"),
        target=_printed("capaian: target", required=False, predikat=True),
        realisasi=_printed("capaian, penyerapan: realisasi", required=False, predikat=True),
        pagu=_amount("penyerapan: pagu", required=False),
        efisiensi=_printed("nilai_efisiensi: E (efisiensi, percent) as printed",
                           required=False),
        old=_printed("percent_change: the earlier value", required=False),
        new=_printed("percent_change: the later value", required=False),
        direction=_text("percent_change, difference: the direction the sentence states "
                        "(the printed figure is then the magnitude)", required=False,
                        choices=("up", "down")),
        terms=_Spec("list", "sum, mean: the terms as printed; difference: x and y of x − y; "
                    "capaian_rerata: the rows' realisasi", required=False, item=_printed("term")),
        target_terms=_Spec("list", "capaian_rerata: the rows' targets, one per realisasi in "
                           "terms", required=False, item=_printed("target")),
        bobot=_Spec("list", "mean: a weight per term (the column bobot_kolom names), for a "
                    "weighted mean", required=False, item=_printed("weight", nonnegative=True)),
        bobot_kolom=_text("mean: the column the weights are (\"pagu\")", required=False),
        reference=_printed("equals: the figure it should equal", required=False),
        reference_lokasi=_text("equals: where that figure is printed", required=False),
        rounding=_ROUNDING,
    ), unique="kode"),
    kode_lama=_array("Crosswalk of renamed or re-coded indicators: an old code (and name) "
                     "and the code it became; the planning chain reads every document's "
                     "indicators through it", _table(
        "A renamed or re-coded indicator",
        kode=_text("The old code as an earlier document prints it"),
        nama=_text("The old name, where it changed", required=False),
        menjadi=_text("The code it became (an [[indikator]] kode)"),
        tahun=_year("The year of the change", required=False),
        catatan=_text("The note that explains the change", required=False),
    ), unique="kode"),
    indeks=_array("Indices printed as indicators (IKM/SKM, IPM, Indeks SPBE and Pemdi, SPIP "
                  "levels, indicators from components, nilai capaian IKI): inputs as printed, "
                  "the printed value and its band label", _INDEKS, unique="kode"),
)




def _with_angka(spec: _Spec) -> _Spec:
    """A section (or an array's rows) with its own ``angka`` override."""
    if spec.kind == "array":
        assert spec.item is not None
        return attrs.evolve(spec, item=_with_angka(spec.item))
    return attrs.evolve(spec, fields=(*spec.fields, ("angka", _ANGKA)))


#: Every section holding printed numbers may override the file's decimal mark.
SPEC = attrs.evolve(SPEC, fields=tuple(
    (key, field if key in ("schema", "laporan", "sasaran", "kode_lama") else _with_angka(field))
    for key, field in SPEC.fields))


def _printed_names(spec: _Spec) -> set[str]:
    """The names of the printed fields anywhere in ``spec`` (the keys an override may name)."""
    out: set[str] = set()
    for key, field in spec.fields:
        inner = field.item if field.kind in ("array", "list", "map", "years") else field
        while inner is not None and inner.kind == "list":
            inner = inner.item
        if inner is None:
            continue
        if inner.kind == "printed" or (field.kind == "list" and inner.kind == "text"):
            out.add(key)
        elif inner.kind == "table":
            out |= _printed_names(inner)
    return out


# ------------------------------------------------------------- validation


def _canonical_int(key: object) -> int | None:
    """The number a key writes in canonical ASCII digits (``"2023"``), else ``None``.

    ``int()`` would also read ``"02023"``, ``" 2023"`` and ``"²"``-like digits of
    other scripts, so two keys could name one year.
    """
    if (not isinstance(key, str) or not key.isascii() or not key.isdigit()
            or (len(key) > 1 and key[0] == "0") or len(key) > 9):
        return None
    return int(key)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"



class _Problems(list[SakipError]):
    """A file's problems: the first :data:`MAX_PROBLEMS` in full, in file order; the rest counted.

    :meth:`recorded` ends the list with one problem that states the exact
    count of the rest (issue 24: a file of 118 861 unknown keys kept as many
    error objects, and a message listing them).
    """

    def __init__(self) -> None:
        super().__init__()
        #: Problems found past the first MAX_PROBLEMS.
        self.more = 0

    def append(self, error: SakipError) -> None:
        """Record ``error`` while fewer than :data:`MAX_PROBLEMS` are; else count it."""
        if len(self) < MAX_PROBLEMS:
            super().append(error)
        else:
            self.more += 1

    def recorded(self) -> list[SakipError]:
        """The problems recorded, then (when there were more) the one that counts the rest."""
        if not self.more:
            return list(self)
        return [*self, InvalidValueError(
            field="file", expected=f"the first {MAX_PROBLEMS} problems listed in full",
            received=f"{self.more} more problems")]


class _Reader:
    """Validates data against a spec, collecting every error with its place."""

    def __init__(self, angka: str = "id") -> None:
        self.errors = _Problems()
        self.angka = angka
        #: The sections' overrides, innermost last: (mark or "", {field: mark}, place).
        self.scopes: list[tuple[str, dict[str, str], str]] = []
        #: The field of the innermost table being read (an override may name it).
        self.key = ""
        #: What :meth:`_printed` gave for plain text read without a problem, by its spec,
        #: text and the mark that applies there (a report repeats its figures: each read
        #: once, issue 24); at most 4096, then afresh.  The spec is kept with its result,
        #: so that its ``id`` is not reused meanwhile.
        self._seen: dict[tuple[int, str, str, str], tuple[_Spec, str]] = {}

    def fail(self, where: str, expected: str, received: Any) -> None:
        self.errors.append(InvalidValueError(field=where, expected=expected,
                                             received=received))

    def read(self, spec: _Spec, value: Any, where: str) -> Any:
        kind = spec.kind
        if isinstance(value, _Float) and kind != "printed":
            self.errors.append(InvalidTypeError(field=where, expected=f"{kind}, not a float",
                                                received=value.text))
            return None
        if kind == "text":
            if not isinstance(value, str):
                self.errors.append(InvalidTypeError(field=where, expected="text",
                                                    received=_as_written(value)))
                return None
            if value == PLACEHOLDER:
                self.fail(where, _FILL_IN, value)
                return None
            if spec.choices and value not in spec.choices:
                self.fail(where, "one of " + ", ".join(spec.choices), value)
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                self.errors.append(InvalidTypeError(field=where, expected="an integer",
                                                    received=_as_written(value)))
                return None
            if spec.bounds is not None and not spec.bounds[0] <= value <= spec.bounds[1]:
                self.fail(where, f"an integer {spec.bounds[0]}–{spec.bounds[1]}", value)
                return None
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                self.errors.append(InvalidTypeError(field=where, expected="true or false",
                                                    received=_as_written(value)))
            return value
        if kind == "printed":
            return self._printed(spec, value, where)
        if kind == "angka":
            return self._angka(value, where)
        if kind == "rounding":
            return self._rounding(value, where)
        if kind == "list":
            if not isinstance(value, list):
                self.errors.append(InvalidTypeError(field=where, expected="an array",
                                                    received=_as_written(value)))
                return ()
            if len(value) > MAX_COLUMNS:
                self.fail(where, f"at most {MAX_COLUMNS} items", len(value))
                return ()
            assert spec.item is not None
            return tuple(self.read(spec.item, v, f"{where}[{i}]")
                         for i, v in enumerate(value, start=1))
        if kind in ("years", "map"):
            return self._map(spec, value, where)
        if kind == "table":
            return self._table(spec, value, where)
        if kind == "array":
            return self._array(spec, value, where)
        raise AssertionError(kind)  # pragma: no cover - the spec is fixed

    def _printed(self, spec: _Spec, value: Any, where: str) -> str | None:
        if type(value) is not str:
            return self._printed_afresh(spec, value, where)
        key = (id(spec), value, *self._mark())
        found = self._seen.get(key)
        if found is not None and found[0] is spec:
            return found[1]
        before = (len(self.errors), self.errors.more)
        text = self._printed_afresh(spec, value, where)
        if text is not None and (len(self.errors), self.errors.more) == before:
            if len(self._seen) >= 4096:
                self._seen.clear()
            self._seen[key] = (spec, text)
        return text

    def _printed_afresh(self, spec: _Spec, value: Any, where: str) -> str | None:
        """:meth:`_printed` of a value not read before (or not plain text)."""
        if spec.batas and isinstance(value, str) and target_batas(value)[0] is not None:
            rest = self._printed(attrs.evolve(spec, batas=False), target_batas(value)[1], where)
            return None if rest is None else value
        if not isinstance(value, str):
            example = "'95,15'" if self.angka == "id" else "'95.15'"
            received = value.text if isinstance(value, _Float) else _as_written(value)
            self.errors.append(InvalidTypeError(
                field=where, expected=f"a number written as text, as printed ({example})"
                + (", not a float" if isinstance(value, _Float) else ""),
                received=received))
            return None
        if value == PLACEHOLDER:
            self.fail(where, _FILL_IN, value)
            return None
        if spec.predikat and value.strip().upper() in Predikat.__members__:
            return value
        if value.strip() in spec.tidak_dinilai:
            return value
        if sum(map(str.isdigit, value)) > MAX_DIGITS:  # before any digit is read
            self.fail(where, f"a number of at most {MAX_DIGITS} digits", _shorten(value))
            return None
        read = self._read(spec, value, where)
        if read is None:
            return None
        text, number = read
        if spec.nonnegative and number < 0:
            self.fail(where, "a score >= 0" if spec.unit == "percent" else "an amount >= 0",
                      value)
            return None
        if spec.unit:
            mark = _unit_mark(_unparenthesized(value))
            refused = {"rupiah": "%", "percent": "Rp", "count": mark}[spec.unit]
            if mark and mark == refused:
                expected = {"rupiah": "an amount of rupiah (no '%')",
                            "percent": "a percentage or score (no 'Rp')",
                            "count": "a count (no 'Rp' or '%')"}[spec.unit]
                self.fail(where, expected, value)
                return None
        return text

    def _mark(self) -> tuple[str, str]:
        """The decimal mark that applies here and where it is declared."""
        for mark, fields, place in reversed(self.scopes):
            if self.key in fields:
                return fields[self.key], f"{place}angka.{self.key}"
            if mark:
                return mark, f"{place}angka"
        return self.angka, "laporan.angka"

    def _read(self, spec: _Spec, value: str, where: str) -> tuple[str, Decimal] | None:
        """A printed number under the mark that applies (:func:`_reading`), else an error."""
        mark, declared = self._mark()
        unit = _unit_mark(value) or {"rupiah": "Rp", "count": "Rp", "percent": "%"}.get(
            spec.unit, "")
        try:
            concrete, number = (_reading_once if type(value) is str else _reading)(
                value, mark, declared, unit=unit, count=spec.unit == "count")
        except ParseError as error:
            self.errors.append(ParseError(field=where, expected=error.expected,
                                          received=value))
            return None
        if isinstance(value, _TanpaNilai):  # never read: no mark to keep
            return value, number
        if concrete != self.angka or declared != "laporan.angka":  # the reviu reads it
            value = _Tercetak(value, concrete)  # under its own mark, as declared here
        return value, number

    def _angka(self, value: Any, where: str) -> tuple[str, dict[str, str]] | None:
        """A section's ``angka``: one mark, or a table of marks per field name."""
        if isinstance(value, str):
            if value not in ANGKA:
                self.fail(where, "one of " + ", ".join(ANGKA), value)
                return None
            return value, {}
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where, expected="a mark (\"id\") or a "
                                                "table of marks per field name",
                                                received=_as_written(value)))
            return None
        fields: dict[str, str] = {}
        for key, mark in value.items():
            if mark not in ANGKA:
                self.fail(f"{where}.{key}", "one of " + ", ".join(ANGKA), _as_written(mark))
            else:
                fields[str(key)] = mark
        return "", fields

    def _rounding(self, value: Any, where: str) -> Rounding | None:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where, expected="a table {places, mode}",
                                                received=_as_written(value)))
            return None
        for key in value:
            if key not in ("places", "mode"):
                self.fail(f"{where}.{key}", "places or mode", key)
        places, mode = value.get("places", 2), value.get("mode", "half_up")
        failed = False
        for field in ("places", "mode"):
            try:  # each field on its own: a bad places must not hide a bad mode
                Rounding(**{field: value.get(field, "half_up" if field == "mode" else 2)})
            except SakipError as error:
                self.errors.append(InvalidValueError(field=f"{where}.{error.field}",
                                                     expected=error.expected,
                                                     received=error.received))
                failed = True
        return None if failed else Rounding(places=places, mode=mode)

    def _map(self, spec: _Spec, value: Any, where: str) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where, expected="a table",
                                                received=_as_written(value)))
            return {}
        assert spec.item is not None
        if len(value) > MAX_COLUMNS:
            self.fail(where, f"at most {MAX_COLUMNS} entries", len(value))
            return {}
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if spec.kind == "years":
                number = _canonical_int(key)
                low, high = spec.bounds or _YEAR_RANGE
                if number is None or not low <= number <= high:
                    noun = "a quarter" if spec.bounds == _QUARTER_RANGE else "a year"
                    self.fail(f"{where}.{_shorten(str(key))}",
                              f"{noun} {low}–{high} written as ASCII digits, without leading "
                              f"zeros (\"{low}\")", key)
                    continue
                if spec.item.range_when and isinstance(item, list):  # a range per year:
                    # its indicator's polarisasi is checked with the other joined fields
                    out[number] = self._range(spec.item, item, f"{where}.{key}",
                                              spec.item.range_when[1])
                    continue
                out[number] = self.read(spec.item, item, f"{where}.{key}")
            else:
                out[str(key)] = self.read(spec.item, item, f"{where}.{key}")
        return out

    def _table(self, spec: _Spec, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where or "file", expected="a table",
                                                received=_as_written(value)))
            return {}
        known = dict(spec.fields)
        prefix = f"{where}." if where else ""
        for key in value:
            if key not in known:
                self.fail(f"{prefix}{key}", "one of " + ", ".join(known), key)
        out: dict[str, Any] = {}
        override = dict(spec.fields).get("angka")
        pushed = override is not None and override.kind == "angka" and "angka" in value
        if pushed:
            read = self._angka(value["angka"], f"{prefix}angka")
            names = _printed_names(spec)
            for name in (read[1] if read else {}):
                if name not in names:
                    self.fail(f"{prefix}angka.{name}", "the name of a printed field of this "
                              "section (" + ", ".join(sorted(names)) + ")", name)
            self.scopes.append((*(read or ("", {})), prefix))
        outer = self.key
        for key, field in spec.fields:
            self.key = key
            if key not in value:
                if field.required:
                    expected = {"text": "text", "int": "an integer", "printed":
                                "a number written as text", "table": "a table",
                                "array": "an array"}.get(field.kind, field.kind)
                    if field.choices:
                        expected = "one of " + ", ".join(repr(c) for c in field.choices)
                    self.errors.append(InvalidTypeError(
                        f"{prefix}{key}: missing (a required field: {expected})",
                        field=f"{prefix}{key}", expected=expected, received=_MISSING))
                continue
            if field.range_when and isinstance(value[key], list):
                out[key] = self._range(field, value[key], f"{prefix}{key}",
                                       value.get(field.range_when[0]))
                continue
            out[key] = (value[key] if field.kind == "angka" and pushed
                        else self.read(field, value[key], f"{prefix}{key}"))
            if field.batas and isinstance(out[key], str):
                self._batas(out[key], value.get("polarisasi"), f"{prefix}{key}")
        self.key = outer
        if pushed:
            self.scopes.pop()
        if spec.same_unit:
            self._same_unit(spec, out, prefix)
        return out

    def _batas(self, text: str, polarisasi: Any, where: str) -> None:
        """A floor target needs maximize, a ceiling minimize (or no polarisasi given)."""
        kind = target_batas(text)[0]
        fits = {"minimal": "maximize", "maksimal": "minimize"}
        if kind is not None and polarisasi is not None and polarisasi != fits[kind]:
            self.fail(where, f"a {kind} target under polarisasi {fits[kind]!r} (or no "
                      "polarisasi)", f"{text!r} with polarisasi {polarisasi!r}")

    def _range(self, spec: _Spec, value: list[Any], where: str,
               given: Any) -> tuple[str, str] | None:
        """A range target ``["80", "90"]``: two printed numbers, low <= high (``range_when``)."""
        assert len(spec.range_when) == 2  # only called for a field that has it
        key, choice = spec.range_when
        if given != choice:
            self.fail(where, f"a single number written as text (a range [low, high] needs "
                      f"{key} = {choice!r})", _as_written(value))
            return None
        if len(value) != 2:
            self.fail(where, 'a range of two numbers written as text, low then high '
                      '(["80", "90"])', _as_written(value))
            return None
        number = attrs.evolve(spec, predikat=False, range_when=())
        ends = [self._printed(number, end, f"{where}[{i}]")
                for i, end in enumerate(value, start=1)]
        low, high = ends
        if low is None or high is None:
            return None
        if read_number(low, angka=self.angka) > read_number(high, angka=self.angka):
            self.fail(where, "a range low <= high (the lower bound first)", _as_written(value))
            return None
        return low, high

    def _same_unit(self, spec: _Spec, out: dict[str, Any], prefix: str) -> None:
        """Refuse printed figures of one indicator whose unit marks contradict each other."""
        seen: dict[str, str] = {}  # mark -> the first field printed with it
        for key in spec.same_unit:
            value = out.get(key)
            items: list[tuple[str, Any]] = [("", value)]  # (place after the key, text)
            if isinstance(value, dict):
                items = [(f".{sub}", text) for sub, text in value.items()]
            elif isinstance(value, tuple):  # a stabilize range: its two ends
                items = [(f"[{i}]", text) for i, text in enumerate(value, start=1)]
            for sub, text in items:
                if not isinstance(text, str):
                    continue
                mark = _unit_mark(_unparenthesized(target_batas(text)[1]))
                where = f"{prefix}{key}{sub}"
                if mark:
                    other = "%" if mark == "Rp" else "Rp"
                    if other in seen:
                        self.fail(where, f"the unit of {seen[other]} ({other!r})", text)
                        return
                    seen.setdefault(mark, where)

    def _array(self, spec: _Spec, value: Any, where: str) -> tuple[dict[str, Any], ...]:
        if not isinstance(value, list):
            self.errors.append(InvalidTypeError(field=where, expected="an array of tables",
                                                received=_as_written(value)))
            return ()
        assert spec.item is not None
        if len(value) > MAX_ROWS:
            self.fail(where, f"at most {MAX_ROWS} rows", len(value))
            return ()
        if spec.nonempty and not value:
            self.fail(where, "at least one row (an empty table checks nothing)", "[]")
            return ()
        rows = tuple(self.read(spec.item, row, f"{where}[{i}]")
                     for i, row in enumerate(value, start=1))
        if spec.unique:
            seen: set[Any] = set()
            for i, row in enumerate(rows, start=1):
                key = row.get(spec.unique)
                if key is not None and key in seen:
                    self.fail(f"{where}[{i}].{spec.unique}", "a unique value", key)
                seen.add(key)
        return rows


def _across(reader: _Reader, table: dict[str, Any]) -> None:
    """The checks that join fields of different places (each error at the later field).

    An earlier AKIP evaluation (``sebelumnya``, ``perubahan.tahun``) must be of a
    year before the report's; ``kategori`` (an IE category table) belongs to rumus
    ``indeks``; an efficiency table has ``baris`` or ``rerata`` (or both); within
    one klaim the operands and the printed figure they give
    must not mix ``Rp`` and ``%`` (:data:`_KLAIM_UNITS`).
    """
    tahun = (table.get("laporan") or {}).get("tahun")
    _across_jenis(reader, table)
    akip = table.get("evaluasi_akip") or {}
    if isinstance(tahun, int):
        for year in akip.get("sebelumnya") or {}:
            if year >= tahun:
                reader.fail(f"evaluasi_akip.sebelumnya.{year}", f"a year before the report's "
                            f"(laporan.tahun = {tahun}): an earlier evaluation", str(year))
        for i, row in enumerate(akip.get("perubahan") or (), start=1):
            if isinstance(row.get("tahun"), int) and row["tahun"] >= tahun:
                reader.fail(f"evaluasi_akip.perubahan[{i}].tahun", f"a year before the "
                            f"report's (laporan.tahun = {tahun})", row["tahun"])
    for i, row in enumerate(table.get("indikator") or (), start=1):
        renstra = row.get("renstra")
        targets = renstra.get("target") if isinstance(renstra, Mapping) else None
        for year, value in (targets.items() if isinstance(targets, Mapping) else ()):
            if isinstance(value, tuple) and row.get("polarisasi") != "stabilize":
                reader.fail(f"indikator[{i}].renstra.target.{year}", "a single number written "
                            "as text (a range [low, high] needs polarisasi = 'stabilize')",
                            _as_written(list(value)))
        # a rentang outside its choices is refused at the field, not again here
        if row.get("rentang") in get_args(Rentang) and row.get("polarisasi") != "stabilize":
            reader.fail(f"indikator[{i}].rentang", "no rentang: it says how a range target "
                        "is evaluated, and belongs to polarisasi 'stabilize' (polarisasi = "
                        f"{row.get('polarisasi', 'maximize')!r})", row["rentang"])
    for i, tab in enumerate(table.get("efisiensi_kinerja") or (), start=1):
        if "baris" not in tab and "rerata" not in tab:
            reader.fail(f"efisiensi_kinerja[{i}].baris", "rows (baris), or the means (rerata) "
                        "of a table that prints only its means: a table with neither checks "
                        "nothing", _MISSING)
        if "kategori" in tab and tab.get("rumus", "indeks") != "indeks":
            reader.fail(f"efisiensi_kinerja[{i}].kategori", "no kategori: an IE category "
                        f"table belongs to rumus 'indeks' (rumus = {tab['rumus']!r})",
                        tab["kategori"])
    for i, row in enumerate(table.get("klaim") or (), start=1):
        for group in _KLAIM_UNITS.get(row.get("kind", ""), ()):
            reader._same_unit(_Spec("table", same_unit=group), row, f"klaim[{i}].")
        if row.get("kind") in _PERCENT_KLAIM and isinstance(row.get("nilai"), str) and (
                _unit_mark(row["nilai"]) == "Rp"):
            reader.fail(f"klaim[{i}].nilai", f"a percentage (no 'Rp'): a {row['kind']} "
                        "klaim prints a percentage", row["nilai"])


#: What a planning document (``jenis`` renstra or pk) cannot print: realisasi belong to reports.
_NO_REALISASI = ("realisasi", "capaian", "realisasi_sebelumnya", "pembilang", "penyebut",
                 "triwulan")


def _across_jenis(reader: _Reader, table: dict[str, Any]) -> None:
    """The fields each document kind needs or refuses (each error at its field).

    ``periode`` is two years, the first not after the last (a renstra needs it);
    a pk needs ``versi`` and a revisi its ``tanggal``; ``versi``, ``tanggal`` and
    ``catatan_revisi`` belong to a pk only; a renstra or pk prints no realisasi (nor a capaian of
    one); a crosswalk entry maps a code to another code.
    """
    head = table.get("laporan") or {}
    jenis = head.get("jenis", "lkj")
    failed = {getattr(error, "field", "") for error in reader.errors}
    head = {k: v for k, v in head.items() if f"laporan.{k}" not in failed and not any(
        f.startswith(f"laporan.{k}[") for f in failed)}
    periode = head.get("periode")
    if periode is not None and len(periode) != 2:
        reader.fail("laporan.periode", "two years [first, last] ([2020, 2024])",
                    _as_written(list(periode)))
    elif periode is not None and None not in periode and periode[0] > periode[1]:
        reader.fail("laporan.periode", "the first year not after the last", list(periode))
    if jenis == "renstra" and periode is None:
        reader.errors.append(InvalidTypeError(
            field="laporan.periode", expected="the Renstra period [first, last] (a renstra "
            "needs it)", received=_MISSING))
    if jenis == "pk" and "versi" not in head:
        reader.errors.append(InvalidTypeError(
            field="laporan.versi", expected="one of 'awal', 'revisi' (a pk needs it)",
            received=_MISSING))
    if jenis == "pk" and head.get("versi") == "revisi" and "tanggal" not in head:
        reader.errors.append(InvalidTypeError(
            field="laporan.tanggal", expected="the date a revised PK was signed (a revisi "
            "is dated)", received=_MISSING))
    for key in ("versi", "tanggal", "catatan_revisi"):
        if jenis != "pk" and key in head:
            reader.fail(f"laporan.{key}", f"no {key} outside a pk document (jenis = "
                        f"{jenis!r}; a report's PK printings carry theirs)", head[key])
    if jenis in ("renstra", "pk"):
        for i, row in enumerate(table.get("indikator") or (), start=1):
            for key in _NO_REALISASI:
                if key in row:
                    reader.fail(f"indikator[{i}].{key}", f"no {key} in a {jenis} document "
                                "(a plan prints targets; realisasi belong to the LKj)",
                                _as_written(row[key]))
            for key in ("realisasi", "capaian"):
                if key in (row.get("renstra") or {}):
                    reader.fail(f"indikator[{i}].renstra.{key}", f"no {key} in a {jenis} "
                                "document (a plan prints targets)",
                                _as_written(row["renstra"][key]))
    for i, row in enumerate(table.get("kode_lama") or (), start=1):
        if row.get("menjadi") is not None and row.get("menjadi") == row.get("kode"):
            reader.fail(f"kode_lama[{i}].menjadi", "another code than kode (a crosswalk "
                        "entry maps an old code to a new one)", row["menjadi"])


#: Per klaim kind, the fields of one klaim that share a unit (``Rp`` or ``%``): a sum and
#: its terms, a figure and the one it equals, the two values a change or capaian compares;
#: the percentage a capaian, penyerapan or change gives against the operands it is of.
_KLAIM_UNITS: dict[str, tuple[tuple[str, ...], ...]] = {
    "sum": (("terms", "nilai"),),
    "equals": (("reference", "nilai"),),
    "penyerapan": (("pagu", "realisasi"),),
    "percent_change": (("old", "new"),),
    "nilai_efisiensi": (("efisiensi", "nilai"),),
}


#: Klaim kinds whose printed figure is a percentage of its operands.
_PERCENT_KLAIM = ("capaian", "penyerapan", "percent_change", "nilai_efisiensi")


# ------------------------------------------------------------------ values


#: The decimal marks a report file may declare in ``[laporan] angka`` (and a section in its
#: own ``angka``): Indonesian, English, and ``campuran``, the mixed practice of printing
#: rupiah with Indonesian thousands dots and percentages with a decimal point.
ANGKA = ("id", "en", "campuran")

_OTHER = {"id": "en", "en": "id"}


class _Tercetak(str):
    """Printed text read under another decimal mark than the file's (an override, campuran).

    It is the text as printed (equal to it, written as it); :func:`read_number`,
    :func:`printed_places` and :func:`printed_value` read it under its own ``angka``.
    """

    angka: str

    def __new__(cls, text: str, angka: str) -> _Tercetak:
        self = super().__new__(cls, text)
        self.angka = angka
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.angka))


#: Why a printed figure has no value: its workbook cell holds a formula never computed.
_NO_SAVED_VALUE = Teks(
    id="{place} berisi rumus tanpa nilai tersimpan ({formula}): buka dan simpan buku kerja "
       "di program lembar kerja",
    en="{place} holds a formula with no saved value ({formula}): open and save the workbook "
       "in a spreadsheet program")


class _TanpaNilai(str):
    """A printed figure whose workbook cell holds a formula with no saved value.

    It stands in the document as ``"0"`` so that the report validates, and is
    never read as a number: :func:`read_number` raises
    :class:`~sakip.errors.NotComputableError` with :attr:`reason`, and the
    reviu makes its finding ``not-computable`` (``sakip._xlsx.load_xlsx``).
    """

    place: str
    formula: str
    reason: str

    def __new__(cls, place: str, formula: str) -> _TanpaNilai:
        self = super().__new__(cls, "0")
        self.place, self.formula = place, formula
        # the workbook's place in the reader's language (lembar …, baris …, kolom …)
        self.reason = Pesan(_NO_SAVED_VALUE, place=_tempat(place), formula=formula)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.place, self.formula))


class _Unsaved(NotComputableError):
    """:func:`read_number` of a :class:`_TanpaNilai`: the figure has no value to read."""

    def __init__(self, cell: _TanpaNilai) -> None:
        super().__init__(reason=cell.reason)
        self.cell = cell


def _mark_of(text: str, angka: str) -> str:
    """The concrete mark (``id`` or ``en``) ``text`` is read under, given the file's ``angka``.

    >>> _mark_of("95,15", "id"), _mark_of(_Tercetak("95.15", "en"), "id")
    ('id', 'en')
    >>> _mark_of("Rp 1.544", "campuran"), _mark_of("23.03%", "campuran")
    ('id', 'en')
    """
    if isinstance(text, _Tercetak):
        return text.angka
    if angka != "campuran":
        return angka
    return _reading(text, "campuran", "laporan.angka")[0]


def _parse(text: str, mark: str) -> Decimal | None:
    found = _attempt(text, mark)
    return None if isinstance(found, ParseError) else found


def _attempt(text: str, mark: str) -> Decimal | ParseError:
    """``text`` read under ``mark``, or the reader's error (kept: not read twice)."""
    try:
        return parse_id(text) if mark == "id" else parse_en(text)
    except ParseError as error:
        return error


def _reading(text: str, angka: str, declared: str, *, unit: str = "",
             count: bool = False) -> tuple[str, Decimal]:
    """The mark ``text`` is read under and its value; a reading that hangs on the mark refused.

    ``angka`` is the mark that applies (``declared`` says where: ``laporan.angka``
    or a section's override); ``unit`` the text's or its field's unit (``Rp``,
    ``%``).  Under ``campuran`` rupiah read as ``id`` and percentages as ``en``;
    a number with neither whose two readings differ is refused.  Refused too,
    naming ``angka`` and the reading under the other mark: text the mark
    cannot read; rupiah with three decimals or a count with any (``"Rp 1.544"``
    under ``en``: 1.544 rupiah, while ``id`` reads 1544); and under a file-wide
    ``en`` a dot before exactly three digits that ``id`` reads as thousands
    (``"13.129"``: 13.129 or 13129) — a section's or field's own
    ``angka = "en"`` says the report means it.

    >>> _reading("Rp 1.544", "campuran", "laporan.angka")
    ('id', Decimal('1544'))
    >>> _reading("13.129", "en", "laporan.angka")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected ...; under angka = 'id' it reads as 13129: ...
    """
    text = _without_parentheses(text)  # "(96,56%)" reads as the percentage
    unit = _unit_mark(text) or unit
    if angka == "campuran":
        if unit:
            angka = "id" if unit == "Rp" else "en"
        else:
            readings = {m: v for m in ("id", "en") if (v := _parse(text, m)) is not None}
            if len(set(readings.values())) > 1:
                raise ParseError(field="text", expected=(
                    f"a number whose reading does not hang on the decimal mark ({declared} "
                    f"= 'campuran' reads rupiah as 'id' and percentages as 'en'; this one "
                    f"has no unit and reads as {_str(readings['id'])} under 'id', "
                    f"{_str(readings['en'])} under 'en'): give its section or field an "
                    f"angka"), received=text)
            angka = next(iter(readings), "id")
    other = _OTHER[angka]
    value, alternative = _attempt(text, angka), _parse(text, other)
    under = (f"; under angka = {other!r} it reads as {_str(alternative)}"
             if alternative is not None else "")
    if isinstance(value, ParseError):  # its words: "an Indonesian number such as '95,15' ..."
        raise ParseError(field="text", expected=f"{value.expected}, as {declared} = "
                         f"{angka!r} says{under}", received=text) from None
    places = printed_places(text, angka=angka)
    if alternative is not None and alternative != value and (
            (unit == "Rp" and places == 3) or (count and places)
            or (angka == "en" and declared == "laporan.angka" and places == 3)):
        what = ("a count with no decimals" if count else "rupiah with at most two decimals"
                if unit == "Rp" else "a number whose reading does not hang on the mark")
        raise ParseError(field="text", expected=(
            f"{what} under {declared} = {angka!r} (it reads as {_str(value)}){under}: "
            f"declare the mark this number is printed with (angka)"), received=text)
    return angka, value


@functools.lru_cache(maxsize=4096)
def _reading_once(text: str, angka: str, declared: str, *, unit: str = "",
                  count: bool = False) -> tuple[str, Decimal]:
    """:func:`_reading` of plain text (not :class:`_Tercetak`), once per text and mark.

    A report's tables repeat their figures; each is read once (issue 24).
    """
    return _reading(text, angka, declared, unit=unit, count=count)


#: The words and signs a report prints before a floor (``minimal``) or ceiling target.
_BATAS = (("minimal", ("≥", ">=", "minimal", "minimum", "min.")),
          ("maksimal", ("≤", "<=", "maksimal", "maksimum", "maks.", "max.")))
#: The first characters of those words and signs (casefolded).
_BATAS_FIRST = frozenset(prefix[0] for _, prefixes in _BATAS for prefix in prefixes)


def target_batas(text: str) -> tuple[str | None, str]:
    """A target printed as a floor or a ceiling: ``("minimal" | "maksimal" | None, rest)``.

    A floor (``"≥ 91"``, ``"Minimal 91"``, ``"Minimal BB"``) or a ceiling
    (``"≤ 5 %"``, ``"Maksimal 5"``) is a target whose bound is the number (or
    predikat) after the word; the capaian is the indicator's formula with that
    bound as T (a floor under ``maximize``, a ceiling under ``minimize``).

    >>> target_batas("≥ 91"), target_batas("Minimal BB"), target_batas("90")
    (('minimal', '91'), ('minimal', 'BB'), (None, '90'))
    >>> target_batas("Maksimal 5 %")
    ('maksimal', '5 %')
    """
    body = text.strip()
    folded = body.casefold()
    if folded[:1] not in _BATAS_FIRST:  # a plain number, cheaply (issue 24)
        return None, text
    for kind, prefixes in _BATAS:
        for prefix in prefixes:
            rest = body[len(prefix):]
            if folded.startswith(prefix) and (not prefix.isalpha() or rest[:1].isspace()):
                return kind, rest.strip()
    return None, text


def _without_parentheses(text: str) -> str:
    """``text`` without the parentheses of a percentage; other parentheses refused.

    >>> _without_parentheses("(96,56%)")
    '96,56%'
    >>> _without_parentheses("(1.234)")
    Traceback (most recent call last):
    ...
    sakip.errors.ParseError: text: expected a percentage in parentheses ...
    """
    inner = _unparenthesized(text)
    if inner.strip().startswith("(") and inner.strip().endswith(")"):
        raise ParseError(field="text", expected="a percentage in parentheses "
                         "('(96,56%)') or a number without them; an accounting negative "
                         "'(1.234)' is written with a minus sign ('-1.234')", received=text)
    return inner


def _unparenthesized(text: str) -> str:
    """A percentage printed in parentheses (``"(96,56%)"``) as its inside, else ``text``.

    Narrative sentences print a figure beside its words in parentheses ("sebesar
    96,56 persen (96,56%)").  Only a percentage is read so: an amount in
    parentheses, ``"(1.234)"``, is an accounting negative in a financial table,
    which the file writes with a minus sign; it is refused (the number readers
    refuse parentheses), never read as positive.
    """
    body = text.strip()
    if body.startswith("(") and body.endswith(")") and body.rstrip(")").rstrip().endswith("%"):
        inside = body[1:-1]
        if "(" not in inside and ")" not in inside:
            return inside
    return text


@keyword_only()
def read_number(text: str, *positional: Never, angka: str = "id") -> Decimal:
    """A printed number read under the report's decimal mark ``angka``.

    ``"id"`` (Indonesian, the default: ``1.234,56``) reads with
    :func:`sakip.parse_id`, ``"en"`` (``1,234.56``) with :func:`sakip.parse_en`;
    ``"campuran"`` reads rupiah (``Rp``) as ``id`` and percentages (``%``) as
    ``en``, and refuses a number with neither whose two readings differ.  Text
    a report file's reader read under a section's own ``angka`` keeps that mark.

    >>> read_number("1.254", angka="id"), read_number("1,254", angka="en")
    (Decimal('1254'), Decimal('1254'))
    >>> read_number("23.03%", angka="en")
    Decimal('23.03')

    A percentage printed in parentheses reads as the percentage:

    >>> read_number("(96,56%)")
    Decimal('96.56')
    >>> read_number("Rp 1.544", angka="campuran"), read_number("23.03%", angka="campuran")
    (Decimal('1544'), Decimal('23.03'))
    """
    if positional:
        raise call_error(read_number, positional, locals())
    if angka not in ANGKA:
        raise InvalidValueError(field="angka", expected="one of " + ", ".join(ANGKA),
                                received=angka)
    if isinstance(text, _TanpaNilai):
        raise _Unsaved(text)
    if isinstance(text, str):
        inner = _without_parentheses(text)
        angka = _mark_of(text if isinstance(text, _Tercetak) else inner, angka)
        text = inner
    return parse_id(text) if angka == "id" else parse_en(text)


@keyword_only()
def printed_places(text: str, *positional: Never, angka: str = "id") -> int:
    """How many decimals ``text`` prints, after the decimal mark of ``angka``.

    >>> printed_places("101,10%"), printed_places("101.10%", angka="en"), printed_places("1.176")
    (2, 2, 0)
    """
    if positional:
        raise call_error(printed_places, positional, locals())
    if isinstance(text, _Tercetak) or angka == "campuran":
        angka = _mark_of(text, angka)
    mark = "," if angka == "id" else "."
    body = _unparenthesized(text).strip().rstrip("%").strip()
    if mark not in body:
        return 0
    frac = body.rsplit(mark, 1)[1]
    return len(frac) if frac.isdigit() else 0


@keyword_only()
def printed_value(
    text: str | None, *positional: Never, angka: str = "id"
) -> Decimal | Predikat | None:
    """A printed figure as a value: a predikat name, or number text (``None`` stays).

    Numbers are read under ``angka`` (see :func:`read_number`).

    >>> printed_value("95,15"), printed_value("bb"), printed_value(None)
    (Decimal('95.15'), <Predikat.BB: 'BB'>, None)
    >>> printed_value("95.15", angka="en")
    Decimal('95.15')
    """
    if positional:
        raise call_error(printed_value, positional, locals())
    if text is None:
        return None
    if text.strip().upper() in Predikat.__members__:
        return Predikat.from_name(text)
    return read_number(text, angka=angka)


@attrs.frozen(kw_only=True)
class Indikator(Tabular):
    """One performance indicator as the report states it.

    ``target`` and ``realisasi`` are Decimals or predikat (``realisasi`` is
    ``None`` when blank); ``capaian_tercetak`` is the printed capaian text.
    Under ``polarisasi = "stabilize"`` the file writes the target range as two
    printed numbers, low then high (``target = ["80", "90"]``), read as a
    ``(low, high)`` pair of Decimals; a range on any other polarisasi, or a
    low above the high, is an error at ``indikator[i].target``.
    Change an input with :func:`attrs.evolve` for a what-if.

    >>> laporan = load({"schema": "sakip/lkj-1", "laporan": {"instansi": "x", "tahun": 2023},
    ...                 "indikator": [{"kode": "I", "nama": "n", "polarisasi": "stabilize",
    ...                                "target": ["80", "90"], "realisasi": "70"}]})
    >>> laporan.indikator[0].target
    (Decimal('80'), Decimal('90'))
    >>> laporan.indikator[0].capaian().value
    Decimal('87.5')
    """

    #: The indicator's code (``"IKK 1.1"``).
    kode: str
    #: The indicator's name.
    nama: str
    #: The indicator's direction.
    polarisasi: Polarisasi = Polarisasi.MAXIMIZE
    #: The minimize formula of the indicator (``"2t-r"`` or ``"t/r"``).
    rumus_minimize: RumusMinimize = "2t-r"
    #: Whether the file states ``rumus_minimize`` (rather than the default).
    rumus_minimize_declared: bool = False
    #: Whether the file states ``polarisasi`` (rather than the default, or a ceiling's).
    polarisasi_declared: bool = False
    #: ``stabilize`` only: how a realisasi outside the target range is evaluated
    #: (:data:`sakip.indicators.Rentang`).
    rentang: Rentang = "stabilize"
    #: Whether the file states ``rentang`` (rather than the default).
    rentang_declared: bool = False
    #: The target as printed, read as a Decimal or a predikat; under ``stabilize``, the
    #: range ``(low, high)`` the file writes ``target = ["80", "90"]``; ``None`` when the
    #: report prints no target (the capaian is then not computable).
    target: Decimal | Predikat | tuple[Decimal, Decimal] | None
    #: The realisasi as printed, or ``None`` when blank.
    realisasi: Decimal | Predikat | None
    #: ``"minimal"`` for a floor target (``"≥ 91"``), ``"maksimal"`` for a ceiling
    #: (``"≤ 5 %"``), ``None`` for a plain one (:func:`target_batas`).
    batas: str | None = None
    #: The unit (``"%"``, ``"orang"``).
    satuan: str = ""
    #: The code of the sasaran (goal) the indicator belongs to.
    sasaran: str = ""
    #: The capaian as printed (text), or ``None``.
    capaian_tercetak: str | None = None
    #: The realisasi as printed (text), or ``None``: its printed decimals bound the
    #: value the report may have computed the capaian from before rounding it.
    realisasi_tercetak: str | None = None
    #: Where in the report the indicator is printed.
    lokasi: str = ""
    #: A note carried into the findings.
    catatan: str = ""
    #: The indicator's own rounding, or ``None`` for the report's.
    rounding: Rounding | None = None
    #: Earlier years' realisasi, by year.
    realisasi_sebelumnya: dict[int, Decimal | Predikat] = attrs.field(factory=dict)
    #: The validated ``[indikator.renstra]`` table, or ``None``.
    renstra: dict[str, Any] | None = None
    #: The validated ``[indikator.triwulan]`` table, or ``None``.
    triwulan: dict[str, Any] | None = None
    #: The numerator the realisasi is computed from (``pembilang ÷ penyebut × 100``), or ``None``.
    pembilang: Decimal | None = None
    #: The denominator the realisasi is computed from, or ``None``.
    penyebut: Decimal | None = None
    #: How the indicator adds up (``flow`` or ``stock``), or ``None`` when the file does not say.
    agregasi: Agregasi | None = None
    #: The instrument that measures it (``"LKE"``), ``""`` when not given.
    instrumen: str = ""
    #: The instrument's version, a rule set's name (``"permenpanrb-88-2021"``), or ``""``.
    instrumen_versi: str = ""

    def _row(self) -> dict[str, Any]:
        row = super()._row()
        if isinstance(self.target, tuple):  # a stabilize range: its two ends, as Capaian does
            row = {"target": None, "target_low": self.target[0],
                   "target_high": self.target[1], **row}
        return row

    def capaian(self) -> Capaian:
        """The recomputed capaian of this indicator (see :func:`sakip.capaian`).

        Not computable (``NotComputableError``) when the report prints no target.
        """
        if self.target is None:
            raise NotComputableError(field="target", reason=Pesan(_NO_TARGET, kode=self.kode))
        return capaian(target=self.target, realisasi=self.realisasi, polarisasi=self.polarisasi,
                       rumus_minimize=self.rumus_minimize, rentang=self.rentang)


@attrs.frozen(kw_only=True)
class Laporan(Tabular):
    """A Laporan Kinerja's printed figures, validated.

    ``indikator`` are typed values (for what-ifs with :func:`attrs.evolve`); the
    other sections are the validated tables of the file, numbers still as
    printed text.
    """

    #: The reporting unit.
    instansi: str
    #: The fiscal year reported on.
    tahun: int
    #: The report's title.
    judul: str = ""
    #: The report's default rounding of printed figures.
    rounding: Rounding = attrs.field(factory=lambda: Rounding(places=2, mode="half_up"))
    #: Whether the file declares ``[laporan] rounding`` (else the default above).
    rounding_declared: bool = False
    #: How the file writes numbers (``"id"`` for Indonesian text).
    angka: str = "id"
    #: Where the file was read from.
    sumber: str = "<mapping>"
    #: The ``[[sasaran]]`` tables.
    sasaran: tuple[dict[str, Any], ...] = ()
    #: The indicators, as typed values.
    indikator: tuple[Indikator, ...] = ()
    #: The ``[[perjanjian_kinerja]]`` tables.
    perjanjian_kinerja: tuple[dict[str, Any], ...] = ()
    #: The ``[evaluasi_akip]`` table, or ``None``.
    evaluasi_akip: dict[str, Any] | None = None
    #: The ``[anggaran]`` table, or ``None``.
    anggaran: dict[str, Any] | None = None
    #: The ``[eka]`` table, or ``None``.
    eka: dict[str, Any] | None = None
    #: The ``[ikpa]`` table, or ``None``.
    ikpa: dict[str, Any] | None = None
    #: The ``[nka]`` table, or ``None``.
    nka: dict[str, Any] | None = None
    #: The ``[[efisiensi_kinerja]]`` tables.
    efisiensi_kinerja: tuple[dict[str, Any], ...] = ()
    #: The ``[[evaluasi_renja]]`` tables (Permendagri 86/2017 form).
    evaluasi_renja: tuple[dict[str, Any], ...] = ()
    #: ``"lkj"`` (default) or ``"lkjip"`` (a Pemda's or a perangkat daerah's report).
    jenis: str = "lkj"
    #: The Pemda of an LKjIP (``""`` when not given).
    pemda: str = ""
    #: The perangkat daerah of an LKjIP (``""`` for the Pemda's own report).
    perangkat_daerah: str = ""
    #: The ``[[tabel]]`` tables.
    tabel: tuple[dict[str, Any], ...] = ()
    #: The ``[[daftar_kegiatan]]`` tables.
    daftar_kegiatan: tuple[dict[str, Any], ...] = ()
    #: The ``[[klaim]]`` tables.
    klaim: tuple[dict[str, Any], ...] = ()
    #: The ``[[indeks]]`` tables (printed indices), numbers as printed text.
    indeks: tuple[dict[str, Any], ...] = ()
    #: The Renstra period ``(first, last)`` the document states (``[laporan] periode``), or
    #: ``None``.
    periode: tuple[int, int] | None = None
    #: A pk document's ``versi`` (``"awal"`` or ``"revisi"``), ``""`` otherwise.
    versi: str = ""
    #: A pk document's date signed, as printed, ``""`` otherwise.
    tanggal: str = ""
    #: What a pk document's revisi changed, as printed (``catatan_revisi``), ``""`` otherwise.
    catatan_revisi: str = ""
    #: The ``[[kode_lama]]`` crosswalk entries (old code → new code).
    kode_lama: tuple[dict[str, Any], ...] = ()

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per indicator (see :class:`Indikator`), as printed (exact)."""
        return [indikator.to_row(rounding) for indikator in self.indikator]


def _target(printed: str | tuple[str, str] | None,
            angka: str) -> Decimal | Predikat | tuple[Decimal, Decimal] | None:
    """An indicator's validated target: one printed value, a stabilize range's two ends,
    or ``None`` when the report prints no target."""
    if printed is None:
        return None
    if isinstance(printed, str):
        printed = target_batas(printed)[1]
    if isinstance(printed, tuple):
        low, high = printed
        return read_number(low, angka=angka), read_number(high, angka=angka)
    value = printed_value(printed, angka=angka)
    assert value is not None  # a required field
    return value


def _indikator(row: dict[str, Any], angka: str) -> Indikator:
    batas = target_batas(row["target"])[0] if isinstance(row.get("target"), str) else None
    previous = {year: printed_value(v, angka=angka)
                for year, v in row.get("realisasi_sebelumnya", {}).items()}
    return Indikator(
        kode=row["kode"], nama=row["nama"],
        polarisasi=Polarisasi(row.get("polarisasi", "minimize" if batas == "maksimal"
                                      else "maximize")),
        batas=batas,
        rumus_minimize=row.get("rumus_minimize", "2t-r"),
        rumus_minimize_declared="rumus_minimize" in row,
        polarisasi_declared="polarisasi" in row,
        rentang=row.get("rentang", "stabilize"),
        rentang_declared="rentang" in row,
        target=_target(row.get("target"), angka),
        realisasi=printed_value(row.get("realisasi"), angka=angka),
        satuan=row.get("satuan", ""), sasaran=row.get("sasaran", ""),
        capaian_tercetak=row.get("capaian"), realisasi_tercetak=row.get("realisasi"),
        lokasi=row.get("lokasi", ""),
        catatan=row.get("catatan", ""), rounding=row.get("rounding"),
        realisasi_sebelumnya={k: v for k, v in previous.items() if v is not None},
        renstra=row.get("renstra"), triwulan=row.get("triwulan"),
        pembilang=_optional_number(row.get("pembilang"), angka),
        penyebut=_optional_number(row.get("penyebut"), angka),
        agregasi=Agregasi(row["agregasi"]) if "agregasi" in row else None,
        instrumen=row.get("instrumen", ""), instrumen_versi=row.get("instrumen_versi", ""),
    )


def _optional_number(text: str | None, angka: str) -> Decimal | None:
    """A validated optional printed number, read under ``angka`` (``None`` stays)."""
    return None if text is None else read_number(text, angka=angka)


def _ikpa_year(ikpa: Any, reader: _Reader) -> None:
    """``[ikpa] tahun`` and ``aturan`` must agree: the rule set in force that year."""
    if not isinstance(ikpa, Mapping) or not isinstance(ikpa.get("tahun"), int) or not (
            isinstance(ikpa.get("aturan"), str)):
        return
    from sakip.ikpa import IKPA_RULES, ikpa_rule_for

    tahun, aturan = ikpa["tahun"], ikpa["aturan"]
    rule = IKPA_RULES.get(aturan)
    if rule is not None and not rule.in_force(tahun):
        try:
            named = f"{ikpa_rule_for(tahun).name!r}, the rule set in force in TA {tahun}, or "
        except SakipError:
            named = ""
        reader.fail("ikpa.aturan", f"{named}no aturan (tahun = {tahun} and aturan = "
                    f"{aturan!r} {rule.years} contradict each other)", aturan)


def from_mapping(data: Mapping[str, Any], *, source: str = "<mapping>") -> Laporan:
    """Validate a mapping (a parsed TOML or JSON document) into a :class:`Laporan`."""
    head = data.get("laporan") if isinstance(data, Mapping) else None
    angka = head.get("angka", "id") if isinstance(head, Mapping) else "id"
    reader = _Reader(angka if angka in ANGKA else "id")
    table = reader.read(SPEC, data, "")
    _ikpa_year(table.get("ikpa"), reader)
    _across(reader, table)
    if reader.errors:
        assert isinstance(reader.errors, _Problems)
        raise LaporanError(source, reader.errors.recorded())
    head = table["laporan"]
    return Laporan(
        instansi=head["instansi"], tahun=head["tahun"], judul=head.get("judul", ""),
        rounding=head.get("rounding") or Rounding(places=2, mode="half_up"), sumber=source,
        rounding_declared=head.get("rounding") is not None,
        angka=reader.angka, sasaran=table.get("sasaran", ()),
        indikator=tuple(_indikator(row, reader.angka) for row in table.get("indikator", ())),
        perjanjian_kinerja=table.get("perjanjian_kinerja", ()),
        evaluasi_akip=table.get("evaluasi_akip"), anggaran=table.get("anggaran"),
        eka=table.get("eka"), ikpa=table.get("ikpa"), nka=table.get("nka"),
        tabel=table.get("tabel", ()), daftar_kegiatan=table.get("daftar_kegiatan", ()),
        klaim=table.get("klaim", ()), indeks=table.get("indeks", ()),
        efisiensi_kinerja=table.get("efisiensi_kinerja", ()),
        evaluasi_renja=table.get("evaluasi_renja", ()), jenis=head.get("jenis", "lkj"),
        pemda=head.get("pemda", ""), perangkat_daerah=head.get("perangkat_daerah", ""),
        periode=tuple(head["periode"]) if "periode" in head else None,
        versi=head.get("versi", ""), tanggal=head.get("tanggal", ""),
        catatan_revisi=head.get("catatan_revisi", ""),
        kode_lama=table.get("kode_lama", ()),
    )


def load(source: str | Path | Traversable | Mapping[str, Any]) -> Laporan:
    """Read a ``sakip/lkj-1`` report from a path (TOML, or JSON by extension) or a mapping.

    A workbook (``.xlsx``) is read by :func:`sakip.xlsx.load_xlsx` (refused here with
    that name: this module sits below the workbook reader); :func:`sakip.reviu` reads
    either.

    Raises
    ------
    LaporanError
        Listing every problem with its place: unreadable file, not a regular
        file, over :data:`MAX_BYTES`, not TOML/JSON, beyond an input limit
        (nesting, key length, rows, items, digits: see the file-format page),
        wrong types, unknown keys, floats where printed text is required,
        duplicate codes or JSON keys, non-canonical year keys, contradicting
        units, missing fields.
    """
    if isinstance(source, Mapping):
        return from_mapping(source)
    if isinstance(source, (str, Path)) and Path(source).suffix.lower() in (".xlsx", ".xlsm"):
        raise LaporanError(str(source), [InvalidValueError(
            field="file", expected="a TOML or JSON report file (a workbook is read by "
            "sakip.xlsx.load_xlsx, or reviewed by sakip.reviu)", received=Path(source).suffix)])
    name, data = _document(source)
    return from_mapping(data, source=name)


def _document(source: str | Path | Traversable) -> tuple[str, Mapping[str, Any]]:
    """A report file's name and parsed document (TOML, or JSON by extension), not validated.

    Raises :class:`LaporanError` as :func:`load` does for a file it cannot parse.
    """
    if not isinstance(source, (str, Path, Traversable)):
        raise InvalidTypeError(field="source", expected="a path or a mapping", received=source)
    name = str(source)
    try:
        if isinstance(source, (str, Path)):
            raw = read_file(source)
        else:  # package data (a bundled example): not a path a user can point anywhere
            raw = source.read_bytes()
            if len(raw) > MAX_BYTES:
                raise InvalidValueError(field="file", expected=f"at most {MAX_BYTES} bytes",
                                        received=len(raw))
        if not raw.strip():  # `sakip reviu DIR > DIR/x.json` creates it before the run
            raise ParseError(field="file", expected="a sakip/lkj-1 report",
                             received="an empty file")
        data = parse_document(raw, json_format=name.endswith(".json"), parse_float=_Float)
    except OSError as error:
        raise LaporanError(name, [InvalidValueError(
            field="file", expected="a readable file", received=str(error))]) from None
    except SakipError as error:
        raise LaporanError(name, [error]) from None
    if not isinstance(data, Mapping):  # JSON's words for what the file holds instead
        kind = ("an array" if isinstance(data, list) else "text" if isinstance(data, str)
                else "null" if data is None else "true or false" if isinstance(data, bool)
                else "a number")
        raise LaporanError(name, [InvalidTypeError(field="file", expected="a table (a JSON "
                                                   "object)", received=kind)])
    schema = data.get("schema")
    if isinstance(schema, str) and schema.startswith("sakip/reviu-"):
        raise LaporanError(name, [InvalidValueError(
            field="schema", expected="sakip/lkj-1, a report (this file is a document written "
            "by sakip reviu; write it with -o, which a later run leaves out of the reports)",
            received=schema)])
    return name, data


def _as_written(value: Any) -> Any:
    """A value of the wrong type as the file writes it (``true``, ``["x"]``), for messages.

    Text and numbers are left as they are (the message quotes text as TOML
    does); a boolean, array or table, whose Python repr (``True``, ``['x']``)
    is not how the file writes it, becomes its TOML text.

    >>> _as_written(True), _as_written(["x", 1]), _as_written("x")
    (true, ["x", 1], 'x')
    """
    def toml(item: Any) -> str:
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, str):
            return json.dumps(item, ensure_ascii=False)
        if isinstance(item, list):
            return "[" + ", ".join(toml(v) for v in item[:MAX_COLUMNS]) + "]"
        if isinstance(item, Mapping):
            return "{ " + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {toml(v)}"
                                    for k, v in list(item.items())[:MAX_COLUMNS]) + " }"
        return repr(item)

    return _Float(toml(value)) if isinstance(value, (bool, list, Mapping)) else value


class _Float:
    """A float in the file, kept as its text so the reader reports it at its place."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


# ------------------------------------------------------ figures and template


def figure_fields(data: Mapping[str, Any]) -> list[str]:
    """The places of the printed figures a reviu checks, in a report file's data.

    Every printed value whose field the :data:`SPEC` marks as checked (``check``)
    yields one place (``anggaran.output[2].penyerapan``); the reviu gives
    exactly one finding for each (its ``field``).  Inputs (target, realisasi,
    pagu ...) are not figures.

    >>> figure_fields({"indikator": [{"kode": "I", "target": "1", "capaian": "100"}],
    ...                "nka": {"nilai": "95,15"}})
    ['indikator[1].capaian', 'nka.nilai']
    """
    out: list[str] = []
    _figures(SPEC, data, "", out)
    return out


def checks() -> list[tuple[str, str]]:
    """Every printed figure of the format with what the reviu recomputes it from.

    Pairs of a field's path in the file (``[]`` for each row of an array) and
    the :data:`SPEC`'s description of its check; the file-format page lists
    the same table.

    >>> dict(checks())["anggaran.output[].penyerapan"]
    'realisasi / pagu × 100'
    """
    out: list[tuple[str, str]] = []

    def walk(spec: _Spec, path: str) -> None:
        if spec.kind == "table":
            for key, field in spec.fields:
                walk(field, f"{path}.{key}" if path else key)
        elif spec.kind == "array":
            assert spec.item is not None
            walk(spec.item, f"{path}[]")
        elif spec.check:
            out.append((path, spec.check))

    walk(SPEC, "")
    return out


def input_fields(data: Mapping[str, Any]) -> list[str]:
    """The places of the printed values that are figures elsewhere but inputs here.

    A field the :data:`SPEC` checks only under a condition (``check_if``) and
    marks as an input otherwise (``input_of``): a total pagu with no rows to
    sum, a sisa with no realisasi beside it.  Nothing recomputes such a value,
    so it is no finding; the reviu lists it in :attr:`Reviu.inputs
    <sakip.reviu.Reviu.inputs>`, each with what it was used for.

    >>> input_fields({"anggaran": {"total": {"pagu": "100", "sisa": "10"}}})
    ['anggaran.total.pagu', 'anggaran.total.sisa']
    >>> input_fields({"anggaran": {"output": [{"kode": "5634.QDC.011", "pagu": "100",
    ...                                        "realisasi": "90"}],
    ...                            "total": {"pagu": "100"}}})
    []
    """
    out: list[str] = []
    _figures(SPEC, data, "", out, inputs=True)
    return out


def _holds(condition: str, table: Mapping[str, Any], parent: Mapping[str, Any]) -> bool:
    """Whether one ``check_if`` condition holds in ``table`` (enclosed by ``parent``)."""
    if condition.startswith("../"):
        return bool(parent.get(condition[3:]))
    return all(k in table for k in condition.split("+"))


def _figures(spec: _Spec, value: Any, where: str, out: list[str], *, inputs: bool = False,
             parent: Mapping[str, Any] | None = None) -> None:
    if spec.kind == "table" and isinstance(value, Mapping):
        prefix = f"{where}." if where else ""
        for key, field in spec.fields:
            if key not in value:
                continue
            checked = not field.check_if or any(_holds(c, value, parent or {})
                                                for c in field.check_if)
            if checked:
                _figures(field, value[key], f"{prefix}{key}", out, inputs=inputs, parent=value)
            elif inputs and field.input_of:
                out.append(f"{prefix}{key}")
    elif spec.kind == "array" and isinstance(value, list):
        assert spec.item is not None
        for i, row in enumerate(value, start=1):
            _figures(spec.item, row, f"{where}[{i}]", out, inputs=inputs, parent=parent)
    elif (spec.kind == "years" and isinstance(value, Mapping) and spec.item is not None
          and spec.item.kind == "table"):
        for key, row in value.items():
            _figures(spec.item, row, f"{where}.{key}", out, inputs=inputs, parent=parent)
    elif inputs or not spec.check:
        return
    elif spec.kind == "list" and isinstance(value, list):
        out.extend(f"{where}[{i}]" for i in range(1, len(value) + 1))
    elif spec.kind in ("years", "map") and isinstance(value, Mapping):
        within = (parent or {}).get(spec.check_keys_in) or {} if spec.check_keys_in else None
        out.extend(f"{where}.{k}" for k in value if (not spec.check_keys or k in spec.check_keys)
                   and (within is None or k in within))
    elif spec.kind in ("printed", "text"):
        out.append(where)


#: Placeholders that are valid where "..." is not (a section's path, then the field).
_PLACEHOLDERS = {
    ("anggaran.output", "kode"): '"5634.QDC.011"',
    ("anggaran.kegiatan", "kode"): '"5634"',
    ("ikpa.data.capaian_output.ro", "kode"): '"5634.QDC.011"',
    ("laporan", "periode"): "[2020, 2024]",
    ("kode_lama", "menjadi"): '"IKU 1"',
    ("daftar_kegiatan.baris", "waktu"): '"11 s.d 13 Mei 2024"',
    ("evaluasi_akip.perubahan", "arah"): '"tetap"',
    ("ikpa", "komponen"): '{ revisi_dipa = "100", deviasi_halaman_iii_dipa = "100", '
    'penyerapan_anggaran = "100", belanja_kontraktual = "-", penyelesaian_tagihan = "100", '
    'pengelolaan_up_tup = "100", capaian_output = "100" }',  # PER-5/PB/2024, no contracts
}


#: The template's placeholder of a value to fill in: refused wherever it is left (a template
#: filled in part must not review as if its examples were the report's figures).
PLACEHOLDER = "..."
_FILL_IN = ("a value in place of the template's placeholder '...' (fill it in, or delete the "
            "line or the row)")


def _placeholder(key: str, spec: _Spec, section: str = "") -> str:
    if (section, key) in _PLACEHOLDERS:
        return _PLACEHOLDERS[(section, key)]
    if spec.kind == "text":
        return json.dumps(spec.choices[0] if spec.choices else PLACEHOLDER, ensure_ascii=False)
    if spec.kind == "printed":
        return f'"{PLACEHOLDER}"'
    if spec.kind == "int":  # a year, else a month or a count
        return "2024" if spec.bounds in (None, _YEAR_RANGE) else str(spec.bounds[0] or 1)
    if spec.kind == "bool":
        return "true"
    if spec.kind == "angka":
        return '"id"'
    if spec.kind == "rounding":
        return '{ places = 2, mode = "half_up" }'
    if spec.kind == "years" and spec.item is not None and spec.item.kind == "table":
        return '{ "2023" = { nilai = "..." } }'
    if spec.kind == "years":
        return '{ "4" = "..." }' if spec.check_keys else '{ "2024" = "..." }'
    if spec.kind == "map" and spec.item is not None and spec.item.kind == "list":
        return '{ name = ["..."] }'
    if spec.kind == "map":
        return '{ name = "..." }'
    return "[]"


#: The template's own words (``template(bahasa=...)``, the workbook's notes row).
_WAJIB = {True: Teks(id="wajib", en="required"), False: Teks(id="opsional", en="optional")}
_DIPERIKSA = Teks(id="#   diperiksa: dihitung ulang dari {check}",
                  en="#   checked: recomputed from {check}")
_KEPALA = (Teks(id="# Berkas laporan {schema}: {doc}.", en="# {schema} report file: {doc}."),
           Teks(id="# Setiap angka ditulis sebagai teks, persis seperti tercetak di laporan "
                   "(\"101,10\", \"Rp 36.716.642.000,-\"); lihat [laporan] angka.",
                en="# Every number is text, exactly as the report prints it (\"101,10\", "
                   "\"Rp 36.716.642.000,-\"); see [laporan] angka."),
           Teks(id="# 'diperiksa' menyebut asal reviu menghitung ulang suatu angka tercetak.",
                en="# 'checked' says what the reviu recomputes a printed figure from."))


def _comment(key: str, spec: _Spec, bahasa: Bahasa = DEFAULT) -> str:
    text = f"# {key} ({_WAJIB[spec.required](bahasa)}): {uraian(spec.doc, bahasa)}"
    if spec.choices and spec.kind == "text":
        text += " [" + " | ".join(spec.choices) + "]"
    if spec.check:
        text += "\n" + _DIPERIKSA(bahasa, check=uraian(spec.check, bahasa))
    return text


def _template(spec: _Spec, name: str, lines: list[str], array: bool,
              required: bool, bahasa: Bahasa = DEFAULT) -> None:
    header = f"[[{name}]]" if array else f"[{name}]"
    lines.extend(["", f"{header}  # {_WAJIB[required](bahasa)}: {uraian(spec.doc, bahasa)}"])
    nested = []
    for key, field in spec.fields:
        if field.kind == "table" or (field.kind == "array" and field.item is not None
                                     and field.item.kind == "table"):
            nested.append((key, field))
            continue
        lines.append(_comment(key, field, bahasa))
        line = f"{key} = {_placeholder(key, field, name)}"
        lines.append(line if field.required else f"# {line}")
    for key, field in nested:
        if field.kind == "table":
            _template(field, f"{name}.{key}", lines, False, field.required, bahasa)
        else:
            assert field.item is not None
            _template(field.item, f"{name}.{key}", lines, True, field.required, bahasa)


#: The sections of a planning document's skeleton (``template(jenis=...)``), in file order.
_TEMPLATE_SECTIONS = {"renstra": ("laporan", "sasaran", "indikator", "tabel", "kode_lama"),
                      "pk": ("laporan", "sasaran", "indikator", "perjanjian_kinerja",
                             "kode_lama")}


def _planning_spec(jenis: str) -> _Spec:
    """:data:`SPEC` cut to what a ``jenis`` renstra or pk document holds (for its skeleton).

    ``[laporan] jenis`` is fixed, what the kind needs is required (a renstra's
    ``periode`` and its indicators' ``[indikator.renstra]``, a pk's ``versi``),
    and what it refuses (realisasi, capaian: :data:`_NO_REALISASI`) is left out.
    """
    need = {"renstra": ("periode", "renstra"), "pk": ("versi",)}[jenis]
    refused = {*_NO_REALISASI, "capaian", "rumus_minimize", *{
        "renstra": ("versi", "tanggal", "catatan_revisi", "kumulatif"),
        "pk": ("renstra",)}[jenis]}

    def cut(spec: _Spec) -> _Spec:
        if spec.kind == "array" and spec.item is not None:
            return attrs.evolve(spec, item=cut(spec.item))
        if spec.kind != "table":
            return spec
        fields = []
        for key, field in spec.fields:
            if key in refused:
                continue
            if key == "jenis" and field.choices == JENIS:
                field = attrs.evolve(field, choices=(jenis,), required=True)
            elif key in need:
                field = attrs.evolve(field, required=True)
            fields.append((key, cut(field)))
        return attrs.evolve(spec, fields=tuple(fields))

    sections = dict(SPEC.fields)
    return attrs.evolve(SPEC, doc={"renstra": "A Rencana Strategis (Renstra): its period, "
                                   "IKU with their metadata and the target matrix by year",
                                   "pk": "A Perjanjian Kinerja (PK): its year, versi and "
                                   "date, targets and budget"}[jenis],
                        fields=(("schema", sections["schema"]), *(
                            (key, cut(sections[key])) for key in _TEMPLATE_SECTIONS[jenis])))


@keyword_only()
def template(*positional: Never, jenis: str = "lkj", bahasa: Bahasa = DEFAULT) -> str:
    """A commented skeleton of a ``sakip/lkj-1`` document, derived from :data:`SPEC`.

    Every section and field with what it holds, whether it is required, and,
    for each printed figure, what the reviu recomputes it from.  Required
    fields carry placeholders, optional ones are commented out, so the
    skeleton loads as it is (``sakip template > laporan.toml``).  ``jenis``
    (one of :data:`JENIS`) picks the document: the report (``"lkj"``, also
    for ``"lkjip"``), a Renstra (``"renstra"``) or a PK (``"pk"``), whose
    skeletons hold only their sections and fields.  The comments are in
    ``bahasa`` (Bahasa Indonesia by default, ``"en"`` English: the descriptions
    of :mod:`sakip._lkj_id`); keys, placeholders and choices are the format's
    own and the same in both.

    The placeholders (``"..."``) are refused wherever they are left, each at its
    place, so an unfilled skeleton -- or a workbook whose example row was filled
    in part -- lists what is still to fill instead of reviewing its examples:

    >>> text = template()
    >>> text.splitlines()[3]
    'schema = "sakip/lkj-1"'
    >>> try:
    ...     from_mapping(__import__("tomllib").loads(text))
    ... except LaporanError as error:
    ...     print(error.errors[0].field, error.errors[0].received)
    laporan.instansi ...
    >>> renstra = template(jenis="renstra").replace('"..."', '"1"')
    >>> from_mapping(__import__("tomllib").loads(renstra)).periode
    (2020, 2024)
    >>> template(bahasa="en").splitlines()[0]
    '# sakip/lkj-1 report file: A Laporan Kinerja (LKj): its figures as printed.'
    >>> template().splitlines()[0]
    '# Berkas laporan sakip/lkj-1: Laporan Kinerja (LKj): angka-angkanya seperti tercetak.'
    """
    if positional:
        raise call_error(template, positional, locals())
    bahasa = check_bahasa(bahasa)
    if jenis not in JENIS:
        raise InvalidValueError(field="jenis", expected="one of " + ", ".join(JENIS),
                                received=jenis)
    spec = _planning_spec(jenis) if jenis in _TEMPLATE_SECTIONS else SPEC
    lines = [_KEPALA[0](bahasa, schema=SCHEMA, doc=uraian(spec.doc, bahasa)),
             *(t(bahasa) for t in _KEPALA[1:]), f'schema = "{SCHEMA}"']
    for key, field in spec.fields:
        if key == "schema":
            continue
        if field.kind == "table":
            _template(field, key, lines, False, field.required, bahasa)
        else:
            assert field.item is not None
            _template(field.item, key, lines, True, field.required, bahasa)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------- JSON Schema


def _schema(spec: _Spec) -> dict[str, Any]:
    out: dict[str, Any]
    if spec.kind == "text":
        out = {"type": "string"}
        if spec.choices:
            out["enum"] = list(spec.choices)
    elif spec.kind == "printed":
        out = {"type": "string", "minLength": 1}
        if spec.range_when:  # or the range [low, high] (the reader checks the condition)
            out = {"oneOf": [out, {"type": "array", "items": dict(out), "minItems": 2,
                                   "maxItems": 2}]}
    elif spec.kind == "int":
        out = {"type": "integer"}
        if spec.bounds is not None:
            out["minimum"], out["maximum"] = spec.bounds
    elif spec.kind == "bool":
        out = {"type": "boolean"}
    elif spec.kind == "angka":
        marks = {"enum": list(ANGKA)}
        out = {"oneOf": [marks, {"type": "object", "additionalProperties": marks}]}
    elif spec.kind == "rounding":
        out = {"type": "object", "additionalProperties": False, "properties": {
            "places": {"type": "integer", "minimum": 0, "maximum": 20},
            "mode": {"enum": list(ROUNDING_MODES)}}}
    elif spec.kind == "list":
        assert spec.item is not None
        out = {"type": "array", "items": _schema(spec.item)}
    elif spec.kind in ("years", "map"):
        assert spec.item is not None
        out = {"type": "object", "additionalProperties": _schema(spec.item)}
        if spec.kind == "years":
            pattern = "^[1-4]$" if spec.bounds == _QUARTER_RANGE else "^(19|2[0-9])[0-9]{2}$"
            out["propertyNames"] = {"pattern": pattern}
    elif spec.kind == "table":
        out = {"type": "object", "additionalProperties": False,
               "properties": {k: _schema(v) for k, v in spec.fields},
               "required": [k for k, v in spec.fields if v.required]}
    else:
        assert spec.item is not None
        out = {"type": "array", "items": _schema(spec.item)}
        if spec.nonempty:
            out["minItems"] = 1
    if spec.doc:
        out["description"] = spec.doc
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the ``sakip/lkj-1`` file format, derived from :data:`SPEC`.

    The same schema is published as ``sakip/data/lkj-1.schema.json``.

    >>> json_schema()["properties"]["schema"]["enum"]
    ['sakip/lkj-1']
    """
    out = _schema(SPEC)
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["$id"] = "https://sakip.invalid/schema/lkj-1.schema.json"
    out["title"] = "sakip/lkj-1 report file"
    return out
