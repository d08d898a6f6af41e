"""``sakip hitung FORMULA data.csv``: a batch function over the rows of a CSV file.

The columns of the file are named as the parameters of the batch function
(``sakip.batch``); other columns (``satker``, ``kode``...) are identifiers,
copied to the output unchanged, unless the formula reads them under another option
(another IKPA rule set's indicators, ``sisa``): those are refused, never copied as
labels.  Each figure is written twice: exact (``capaian``, Python notation, every
digit) and printed (``capaian_dicetak``, Indonesian notation under ``--places`` and
``--mode``).  Nothing is computed here: every value
is the batch function's, so the same as the per-figure API's.

Hostile input: the file is read by ``sakip._reading.read_file`` (a regular file of
at most ``MAX_BYTES``, never a FIFO or device); it must be UTF-8 (a byte-order mark,
as Excel writes, is allowed); at most ``MAX_ROWS`` rows and ``MAX_COLUMNS`` columns;
a cell of more than 50 significant digits is refused by the batch function.  The
output is written atomically (``sakip._output.write_atomic``), never over the
input; every text cell that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, and not a number) is
written with a leading ``'`` (CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from sakip import _rules as rules
from sakip import batch
from sakip._bahasa import DEFAULT, Bahasa, Teks, tulis
from sakip._katalog import HITUNG_METODE, HITUNG_RUMUS_KINERJA, HITUNG_SATKER, terjemah
from sakip._reading import MAX_COLUMNS, MAX_DIGITS, MAX_ROWS, read_file
from sakip.errors import BatchError, InvalidValueError, SakipError
from sakip.explain import NotComputable
from sakip.ikpa import IKPA_RULES, IKPARule, ikpa_rule_for
from sakip.lkj import read_number
from sakip.numbers import format_id

__all__ = ["FORMULAS", "NO_ATURAN", "RUMUS_EFISIENSI", "TEXT_COLUMNS", "Formula", "choose",
           "compute", "read_cell", "read_csv", "read_flag", "safe_cell", "write_csv"]

#: The PermenPANRB 88/2021 LKE components, the SPBE domains, the Pemdi 2026 aspek.
_LKE = ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")
_SPBE = ("kebijakan_internal", "tata_kelola", "manajemen", "layanan")
_PEMDI = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
          "keterpaduan_layanan", "kepuasan_pengguna")
_IKM = tuple(f"nilai_unsur_{k}" for k in range(1, 10))
_IKPA_2024 = ("revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
              "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
              "capaian_output")

Columns = dict[str, list[Any]]
Results = dict[str, list[Any]]

#: The help lines and messages of the formulas issue 28's second part added.
HELP_PREDIKAT = Teks(id="predikat dari nilai evaluasi AKIP 0–100 (batch.predikat)",
                     en="predikat from the nilai evaluasi AKIP 0–100 (batch.predikat)")
HELP_TINGKAT = Teks(id="tingkat capaian kinerja, tabel lima rentang Renja (batch.tingkat_capaian)",
                    en="tingkat capaian, the Renja five-band table (batch.tingkat_capaian)")
HELP_SPIP = Teks(id="level maturitas SPIP seperti tercetak, 'Level 3' (batch.level_spip)",
                 en="SPIP maturity level as printed, 'Level 3' (batch.level_spip)")
HELP_CAPAIAN_OUTPUT = Teks(
    id="capaian output per satker dari volume RO, rata-rata geometrik; --aturan arithmetic "
       "(batch.capaian_output_satker)",
    en="capaian output per satker from RO volumes, geometric mean; --aturan arithmetic "
       "(batch.capaian_output_satker)")
HELP_EFISIENSI_KINERJA = Teks(
    id="efisiensi capaian output ÷ capaian input; --aturan rasio, indeks atau selisih "
       "(batch.efisiensi_kinerja)",
    en="efficiency capaian output ÷ capaian input; --aturan rasio, indeks or selisih "
       "(batch.efisiensi_kinerja)")
HELP_EFISIENSI = Teks(
    id="E, NE dan kategori per keluaran (batch.efisiensi_outputs); --rumus pmk-214-2017 "
       "(bawaan, PMK 214/2017) atau per-pagu",
    en="E, NE and kategori per output (batch.efisiensi_outputs); --rumus pmk-214-2017 "
       "(default, PMK 214/2017) or per-pagu")
HELP_IKPA = Teks(
    id="IKPA per satker, kosong = tidak dinilai; --tahun (aturan tahun anggaran itu) atau "
       "--aturan wajib (batch.ikpa_satker)",
    en="IKPA per satker, blank = not assessed; --tahun (the fiscal year's rule set) or "
       "--aturan required (batch.ikpa_satker)")
HELP_RASIO = Teks(id="rasio efisiensi belanja APBD dan kategorinya (batch.rasio_efisiensi)",
                  en="rasio efisiensi belanja (APBD) and its category (batch.rasio_efisiensi)")


class Formula:
    """One formula of the command: the CSV columns it reads and how it calls the batch API.

    ``needs`` and ``optional`` are the columns it reads (``layout(aturan)`` when they depend
    on the rule set); ``inputs`` are every column name it reads under some option: one of
    them in the header that the chosen option does not read is refused, never copied as a
    label.  ``readers`` read the cells of a column that is not a number (``blu``).
    ``option`` is the command option passed to ``run`` (``--aturan``, or ``--rumus`` where
    the batch function calls it so); ``by_year`` chooses the rule set of a fiscal year
    (``--tahun``), and with it one of ``--aturan`` and ``--tahun`` is required.
    """

    def __init__(self, help: Teks, needs: Sequence[str], outputs: Sequence[str],
                 run: Callable[[Columns, str | None], Results],
                 optional: Sequence[str] = (), *,
                 layout: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
                 inputs: Sequence[str] = (),
                 readers: Mapping[str, Callable[[str, str], Any]] | None = None,
                 option: Literal["--aturan", "--rumus"] = "--aturan",
                 by_year: Callable[[int], Any] | None = None) -> None:
        self.help = help
        self.needs = tuple(needs)
        self.outputs = tuple(outputs)
        self.optional = tuple(optional)
        self.run = run
        self._layout = layout
        self.inputs = frozenset((*needs, *optional, *inputs))
        self.readers = dict(readers or {})
        self.option = option
        self.by_year = by_year

    def layout(self, aturan: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The columns read (needed, optional) under ``aturan``."""
        if self._layout is None or aturan is None:
            return self.needs, self.optional
        return self._layout(aturan)


def _rule(aturan: str | None, **default: str) -> dict[str, Any]:
    return {"aturan": aturan} if aturan is not None else default


_IKPA_OPTIONAL = ("blu", "dispensasi_spm")
#: Every column an IKPA rule set reads: one the chosen rule set does not read is refused.
_IKPA_INPUTS = tuple(dict.fromkeys(
    [name for rule in IKPA_RULES.values() for name in rule.names] + list(_IKPA_OPTIONAL)))


def _ikpa_layout(aturan: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The columns of the IKPA rule set ``aturan``: its indicators, then ``blu`` and (where
    dispensasi SPM is a deduction, PER-5/PB/2024) ``dispensasi_spm``."""
    rule = rules.find("ikpa", aturan)
    assert isinstance(rule, IKPARule)
    deduction = ("dispensasi_spm",) if rule.dispensasi == "potongan" else ()
    return rule.names, ("blu", *deduction)


def _ikpa(c: Columns, aturan: str | None) -> Results:
    """IKPA per row (``batch.ikpa_satker``): the indicator columns, ``blu`` and the
    dispensasi deduction as the batch function reads them."""
    assert aturan is not None  # compute() requires --aturan or --tahun
    _, optional = _ikpa_layout(aturan)
    scores = {name: values for name, values in c.items() if name not in optional}
    deduction = c.get("dispensasi_spm") if "dispensasi_spm" in optional else None
    return {"ikpa": batch.ikpa_satker(scores, aturan=aturan, blu=c.get("blu"),
                                      dispensasi_spm=deduction, errors="collect")}


_FLAGS = {"true": True, "false": False, "ya": True, "tidak": False}
_FLAG_EXPECTED = "true or false (ya or tidak; a blank cell is not false)"


def read_flag(text: str, column: str) -> bool:
    """A yes/no cell (``blu``): ``true``/``false`` as a spreadsheet writes them (any case), or
    ``ya``/``tidak``; anything else, a blank cell too, is refused.

    >>> read_flag("TRUE", "blu"), read_flag("tidak", "blu")
    (True, False)
    """
    flag = _FLAGS.get(text.strip().lower())
    if flag is None:
        raise InvalidValueError(field=column, expected=_FLAG_EXPECTED, received=text)
    return flag


FORMULAS: dict[str, Formula] = {
    "penyerapan": Formula(Teks(id="penyerapan RA / P × 100 (batch.penyerapan)",
                               en="penyerapan RA / P × 100 (batch.penyerapan)"),
                          ("pagu", "realisasi"),
                          ("penyerapan",),
                          lambda c, a: {"penyerapan": batch.penyerapan(
                              pagu=c["pagu"], realisasi=c["realisasi"], errors="collect")},
                          inputs=("sisa",)),
    "efisiensi": Formula(HELP_EFISIENSI,
        ("pagu", "realisasi", "capaian"), ("efisiensi", "nilai_efisiensi", "kategori"),
        lambda c, r: dict(zip(("efisiensi", "nilai_efisiensi", "kategori"),
                              batch.efisiensi_outputs(pagu=c["pagu"], realisasi=c["realisasi"],
                                                      capaian=c["capaian"],
                                                      rumus=_rumus_efisiensi(r),
                                                      errors="collect"),
                              strict=True)), option="--rumus"),
    "capaian": Formula(
        Teks(id="capaian kinerja (batch.capaian; polarisasi maximize, minimize atau stabilize)",
             en="capaian kinerja (batch.capaian; polarisasi maximize, minimize or stabilize)"),
        ("target", "realisasi"), ("capaian",),
        lambda c, a: {"capaian": batch.capaian(
            target=c["target"], realisasi=c["realisasi"],
            polarisasi=c.get("polarisasi", "maximize"), target_atas=c.get("target_atas"),
            errors="collect")},
        optional=("polarisasi", "target_atas")),
    "eka": Formula(Teks(id="EKA (batch.eka, PMK 22/2021)", en="EKA (batch.eka, PMK 22/2021)"),
                   ("capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi"), ("eka",),
                   lambda c, a: {"eka": batch.eka(
                       capaian_ro=c["capaian_ro"], penyerapan=c["penyerapan"],
                       nilai_efisiensi=c["nilai_efisiensi"], konsistensi=c["konsistensi"],
                       errors="collect", **_rule(a))}),
    "nka": Formula(Teks(id="NKA (60·EKA + 40·IKPA) / 100 (batch.nka)",
                        en="NKA (60·EKA + 40·IKPA) / 100 (batch.nka)"), ("eka", "ikpa"), ("nka",),
                   lambda c, a: {"nka": batch.nka(eka=c["eka"], ikpa=c["ikpa"],
                                                  aturan=a or "pkpa-se-8-mk1-2020",
                                                  errors="collect")}),
    "ikpa": Formula(HELP_IKPA, _IKPA_2024, ("ikpa",), lambda c, a: _ikpa(c, a),
                    _IKPA_OPTIONAL, layout=lambda a: _ikpa_layout(a),
                    inputs=_IKPA_INPUTS, readers={"blu": read_flag},
                    by_year=lambda tahun: ikpa_rule_for(tahun)),
    "lke": Formula(Teks(id="nilai dan predikat LKE (batch.evaluasi_akip)",
                        en="LKE nilai and predikat (batch.evaluasi_akip)"), _LKE,
                   ("nilai", "predikat"),
                   lambda c, a: batch.evaluasi_akip(komponen=c, errors="collect",
                                                    **_rule(a))),
    "ikm": Formula(Teks(id="IKM dari jumlah nilai unsur (batch.ikm)",
                        en="IKM from unsur totals (batch.ikm)"), (*_IKM, "responden"), ("ikm",),
                   lambda c, a: {"ikm": batch.ikm(
                       nilai_unsur=[c[name] for name in _IKM], responden=c["responden"],
                       errors="collect", **_rule(a))}),
    "ipm": Formula(Teks(id="IPM, pengeluaran dalam rupiah (batch.ipm)",
                        en="IPM, pengeluaran in rupiah (batch.ipm)"),
                   ("uhh", "hls", "rls", "pengeluaran"),
                   ("ipm",),
                   lambda c, a: {"ipm": batch.ipm(
                       uhh=c["uhh"], hls=c["hls"], rls=c["rls"], pengeluaran=c["pengeluaran"],
                       errors="collect", **_rule(a))}),
    "pemdi": Formula(Teks(id="Indeks Pemerintah Digital dari aspek (batch.indeks_pemdi)",
                          en="Indeks Pemerintah Digital from aspek (batch.indeks_pemdi)"), _PEMDI,
                     ("indeks",),
                     lambda c, a: {"indeks": batch.indeks_pemdi(aspek=c, errors="collect",
                                                                **_rule(a))}),
    "spbe": Formula(Teks(id="Indeks SPBE dari domain (batch.indeks_spbe)",
                         en="Indeks SPBE from domains (batch.indeks_spbe)"), _SPBE, ("indeks",),
                    lambda c, a: {"indeks": batch.indeks_spbe(domain=c, errors="collect",
                                                              **_rule(a))}),
    "iki": Formula(Teks(id="nilai capaian IKI, PermenPANRB 8/2021 (batch.nilai_capaian_iki)",
                        en="nilai capaian IKI, PermenPANRB 8/2021 (batch.nilai_capaian_iki)"),
                   ("capaian",), ("nilai_capaian_iki",),
                   lambda c, a: {"nilai_capaian_iki": batch.nilai_capaian_iki(
                       capaian=c["capaian"], errors="collect",
                       aturan=a or "permenpanrb-8-2021")}),
    "komponen": Formula(Teks(
        id="indikator komponen pembilang / penyebut (batch.indikator_komponen)",
        en="component indicator pembilang / penyebut (batch.indikator_komponen)"),
                        ("pembilang", "penyebut"), ("nilai",),
                        lambda c, a: {"nilai": batch.indikator_komponen(
                            pembilang=c["pembilang"], penyebut=c["penyebut"],
                            errors="collect")}),
    "predikat": Formula(HELP_PREDIKAT, ("nilai",), ("predikat",),
                        lambda c, a: {"predikat": batch.predikat(
                            nilai=c["nilai"], errors="collect", **_rule(a))}),
    "tingkat-capaian": Formula(HELP_TINGKAT, ("nilai",), ("tingkat_capaian",),
                               lambda c, a: {"tingkat_capaian": batch.tingkat_capaian(
                                   nilai=c["nilai"], errors="collect")}),
    "level-spip": Formula(HELP_SPIP, ("level",), ("level_spip", "label"),
                          lambda c, a: _levels(batch.level_spip(level=c["level"],
                                                                errors="collect"))),
    "capaian-output": Formula(HELP_CAPAIAN_OUTPUT, ("satker", "realisasi", "target"),
                              ("capaian_output",), lambda c, a: _per_satker(c, a),
                              optional=("tipe",)),
    "efisiensi-kinerja": Formula(HELP_EFISIENSI_KINERJA,
                                 ("capaian_output", "capaian_input"), ("efisiensi",),
                                 lambda c, a: {"efisiensi": batch.efisiensi_kinerja(
                                     capaian_output=c["capaian_output"],
                                     capaian_input=c["capaian_input"], rumus=_rumus(a),
                                     errors="collect")}),
    "rasio-efisiensi": Formula(HELP_RASIO, ("realisasi", "anggaran"),
                               ("rasio_efisiensi", "kategori"), lambda c, a: _rasio(c, a)),
}


def _levels(levels: list[Any]) -> Results:
    """The level number and its label (a not-computable cell stays so in both)."""
    return {"level_spip": [v if isinstance(v, NotComputable) else int(v) for v in levels],
            "label": [v if isinstance(v, NotComputable) else v.label for v in levels]}


def _per_satker(c: Columns, aturan: str | None) -> Results:
    """Each RO row with its satker's capaian output (``batch.capaian_output_satker``, the
    geometric mean of PMK 214/2017, or ``--aturan arithmetic``); every row of a satker with
    a bad row is not computable, the bad row with its reason, the others naming it."""
    satker = c["satker"]
    values = batch.capaian_output_satker(
        satker=satker, realisasi=c["realisasi"], target=c["target"], tipe=c.get("tipe"),
        metode=_metode(aturan), errors="collect")
    out: list[Any] = []
    for i, key in enumerate(satker):
        value = values[key]
        if isinstance(value, NotComputable) and not value.field.endswith(f"[{i}]"):
            value = NotComputable(field=f"satker[{i}]", reason=HITUNG_SATKER(
                "en", satker=key))
        out.append(value)
    return {"capaian_output": out}


def _metode(aturan: str | None) -> Literal["geometric", "arithmetic"]:
    if aturan == "arithmetic":
        return "arithmetic"
    if aturan not in (None, "geometric"):
        raise InvalidValueError(field="--aturan", expected=HITUNG_METODE("en"), received=aturan)
    return "geometric"


def _rumus(aturan: str | None) -> Any:
    """The efisiensi kinerja convention: ``--aturan`` is required (no convention is the
    default of every report)."""
    if aturan is None:
        raise InvalidValueError(field="--aturan", expected=HITUNG_RUMUS_KINERJA("en"),
                                received="-")
    return aturan


def _rumus_efisiensi(rumus: str | None) -> Literal["per-pagu", "pmk-214-2017"]:
    """The efisiensi formula of ``--rumus`` (PMK 214/2017 by default, as ``sakip.efisiensi``)."""
    if rumus is None or rumus == "pmk-214-2017":
        return "pmk-214-2017"
    if rumus != "per-pagu":
        raise InvalidValueError(field="--rumus", expected=RUMUS_EFISIENSI, received=rumus)
    return "per-pagu"


def _rasio(c: Columns, aturan: str | None) -> Results:
    """The rasio efisiensi belanja and its category under ``--aturan`` (a
    ``kategori-rasio-efisiensi`` table, Kepmendagri 690.900.327/1996 by default)."""
    bands = rules.find("kategori-rasio-efisiensi", aturan or "kepmendagri-690-900-327-1996")
    assert isinstance(bands, rules.LabelBands)
    values = batch.rasio_efisiensi(realisasi=c["realisasi"], anggaran=c["anggaran"],
                                   errors="collect")
    return {"rasio_efisiensi": values,
            "kategori": [v if isinstance(v, NotComputable) else bands.label(v)
                         for v in values]}


#: The formulas that have no rule set to choose: ``--aturan`` with them is refused.
NO_ATURAN = frozenset({"penyerapan", "efisiensi", "capaian", "komponen", "tingkat-capaian",
                       "level-spip"})
#: Parameters given once for every row: their refusal is the command's, not a row's.
_CALL_FIELDS = frozenset({"aturan", "--aturan", "rumus", "--rumus", "metode", "--tahun"})
#: What ``--rumus`` of ``efisiensi`` takes (the forms ``batch.efisiensi_outputs`` computes).
RUMUS_EFISIENSI = "pmk-214-2017 (the default, PMK 214/2017) or per-pagu"
#: Columns of text (names, codes, choices), never read as numbers.
TEXT_COLUMNS = frozenset({"satker", "polarisasi", "tipe", "level"})
#: A number that reads differently under the two decimal marks: ``1.176`` is 1176 in
#: Indonesian text and 1.176 in English (or Python) notation.
_EITHER_MARK = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+\Z")

_ANGKA_NEEDED = ("a number whose reading does not depend on the decimal mark: give --angka id "
                 "(Indonesian, 1.176 is 1176) or --angka en (1.176 is 1.176)")
_ANGKA_COMMA = ("a number in Python notation (95.15), or --angka id for numbers written the "
                "Indonesian way (95,15)")
_IN_FULL = ("a number written out in full: a spreadsheet writes 3,67E+10 for a long number it "
            "shows rounded (format the column as a number, without the E)")


def read_cell(text: str, column: str, angka: str | None) -> str:
    """A numeric cell of the CSV as the batch function reads it (Python notation), or an error.

    The report files' limits and marks apply: at most ``MAX_DIGITS`` digits, no exponent
    (a spreadsheet's ``3,67E+10`` is a rounded display), and a decimal mark that is either
    declared (``--angka id|en``: read as the report files read under ``angka``) or not
    needed: without ``--angka`` a cell is read in Python notation and a cell that reads
    differently under the two marks (``1.176``) or has a decimal comma is refused.  A blank
    cell is kept as it is (some formulas read it as not assessed).

    >>> read_cell("1.176", "target", "id"), read_cell("95,15", "target", "id")
    ('1176', '95.15')
    >>> read_cell("95.15", "target", None)
    '95.15'
    """
    written = text.strip()
    if not written:
        return text
    if sum(map(str.isdigit, written)) > MAX_DIGITS:
        raise InvalidValueError(field=column, expected=f"a number of at most {MAX_DIGITS} "
                                "digits", received=written)
    if "e" in written.lower():
        raise InvalidValueError(field=column, expected=_IN_FULL, received=written)
    if angka is None:
        if _EITHER_MARK.match(written):
            raise InvalidValueError(field=column, expected=_ANGKA_NEEDED, received=written)
        if "," in written:
            raise InvalidValueError(field=column, expected=_ANGKA_COMMA, received=written)
        return text
    try:
        return str(read_number(written, angka=angka))
    except SakipError as error:  # parse_id / parse_en name their own argument: the column
        raise InvalidValueError(field=column, expected=error.expected,
                                received=written) from None


def read_csv(path: str) -> tuple[list[str], list[list[str]], list[int]]:
    """The header, the rows and each row's line number of a CSV file, or sakip's error.

    The delimiter is ``,`` unless the header has ``;`` and no ``,`` (Excel in an
    Indonesian locale writes ``;``).  Every row must have the header's number of cells.
    """
    data = read_file(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidValueError(field="file", expected="UTF-8 text (save the sheet as "
                                "'CSV UTF-8')", received=f"a byte 0x{data[error.start]:02x} "
                                f"that is not UTF-8 at byte {error.start}") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise InvalidValueError(field="file", expected="a header row naming the columns",
                                    received="an empty file")
        if len(header) > MAX_COLUMNS:
            raise InvalidValueError(field="header", expected=f"at most {MAX_COLUMNS} columns",
                                    received=len(header))
        header = [name.strip() for name in header]
        repeated = sorted({name for name in header if header.count(name) > 1})
        if repeated:
            raise InvalidValueError(field="header", expected="each column once",
                                    received=", ".join(repeated))
        for row in reader:
            if not row:  # a blank line
                continue
            if len(rows) >= MAX_ROWS:
                raise InvalidValueError(field="file", expected=f"at most {MAX_ROWS} rows",
                                        received=f"more than {MAX_ROWS}")
            if len(row) != len(header):
                raise InvalidValueError(field=f"line {reader.line_num}",
                                        expected=f"{len(header)} cells, as the header",
                                        received=len(row))
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as error:
        raise InvalidValueError(field=f"line {reader.line_num}", expected="CSV",
                                received=str(error)) from None
    return header, rows, lines


_PLACE = re.compile(r"(?:row (\d+): )?([A-Za-z_][\w.]*)?(?:\[(\d+)\])?")


def _place(error: SakipError, columns: Sequence[str]) -> tuple[int | None, str]:
    """The row index and column of a batch error's field (``pagu[17]``, ``row 17: x``)."""
    match = _PLACE.match(error.field or "")
    assert match is not None  # every part is optional
    row = match.group(1) or match.group(3)
    column = (match.group(2) or "").split(".")[-1]
    return (int(row) if row is not None else None), (column if column in columns else "")


def choose(formula: str, *, aturan: str | None = None, tahun: int | None = None,
           rumus: str | None = None) -> tuple[str | None, rules.RuleSet | None]:
    """The option passed to the formula's batch call, and the rule set it chose when the
    formula has rule sets by fiscal year (``ikpa``), to be named with the output.

    ``--rumus`` only where the batch function has ``rumus`` (``efisiensi``); ``--tahun`` only
    where a rule set is chosen by year, and there one of ``--tahun`` and ``--aturan`` is
    required (never a default across years); with both, the rule set must be in force in
    that year.  A refusal is the command's error.

    >>> choose("ikpa", tahun=2023)[0], choose("ikpa", aturan="per-5-pb-2024")[0]
    ('per-5-pb-2022', 'per-5-pb-2024')
    """
    spec = FORMULAS[formula]
    if rumus is not None and spec.option != "--rumus":
        raise InvalidValueError(field="--rumus", expected=f"no --rumus: {formula} has no "
                                "formula to choose", received=rumus)
    if tahun is not None and spec.by_year is None:
        raise InvalidValueError(field="--tahun", expected=f"no --tahun: {formula} has no rule "
                                "set by fiscal year", received=tahun)
    if spec.option == "--rumus":
        return rumus, None
    if spec.by_year is None:
        return aturan, None
    if aturan is None and tahun is None:
        raise InvalidValueError(field="--tahun", expected="--tahun (the fiscal year, whose "
                                "rule set applies) or --aturan (" + ", ".join(IKPA_RULES) + ")",
                                received="-")
    if aturan is None:
        assert tahun is not None
        found: rules.RuleSet = spec.by_year(tahun)
        return found.name, found
    found = rules.find("ikpa", aturan)
    if tahun is not None and not found.in_force(tahun):
        start, end = found.years  # (2024, None): "2024–", in force from 2024 on
        years = f"({start}–{'' if end is None else end})"
        raise InvalidValueError(field="--tahun", expected=f"a year in force for {found.name} "
                                f"{years}", received=tahun)
    return found.name, found


def compute(formula: str, header: list[str], rows: list[list[str]], *,
            aturan: str | None = None, angka: str | None = None, tahun: int | None = None,
            rumus: str | None = None) -> tuple[Results, list[tuple[int, str, str]]]:
    """The formula's result columns for the rows, and the bad rows as (index, column, reason).

    A bad row's results are ``None``.  Each numeric cell is read by :func:`read_cell`
    (``angka``); a row with a cell it refuses is a bad row and is not computed.  Functions
    without a collecting mode are called on each row alone after a refusal, so that every
    bad row is named.  ``aturan`` with a formula that has none, or an unknown one, is the
    command's error (raised), not a bad row; so are ``tahun`` and ``rumus`` (:func:`choose`),
    a header without a column the formula reads (named), and a column that the formula
    reads under another option only (never copied as a label).
    """
    spec = FORMULAS[formula]
    if aturan is not None and formula in NO_ATURAN:
        raise InvalidValueError(field="--aturan", expected=f"no --aturan: {formula} has no "
                                "rule set to choose", received=aturan)
    option, _ = choose(formula, aturan=aturan, tahun=tahun, rumus=rumus)
    needs, optional = spec.layout(option)
    missing = [name for name in needs if name not in header]
    if missing:
        raise InvalidValueError(field="header", expected="the columns " + ", ".join(
            needs) + (" (optional: " + ", ".join(optional) + "; missing: " + ", ".join(missing)
                      + ")" if optional else " (missing: " + ", ".join(missing) + ")"),
            received=", ".join(header))  # the header as given (which lacks the columns)
    stray = [name for name in header
             if name in spec.inputs and name not in needs and name not in optional]
    if stray:
        names = ", ".join(stray)
        raise InvalidValueError(field="header", expected=(
            f"no column {names}: {formula} under {option} does not read it (rename a label "
            "column)" if option else f"no column {names}: {formula} does not read it (rename "
            "a label column)"), received=", ".join(header))
    wanted = [name for name in header if name in needs or name in optional]
    bad: list[tuple[int, str, str]] = []
    good: list[int] = []
    columns: Columns = {name: [] for name in wanted}
    position = {name: header.index(name) for name in wanted}
    for i, row in enumerate(rows):
        cells: dict[str, Any] = {}
        try:
            for name in wanted:
                cell = row[position[name]]
                reader = spec.readers.get(name)
                cells[name] = (cell if name in TEXT_COLUMNS else reader(cell, name) if reader
                               else read_cell(cell, name, angka))
        except SakipError as error:
            bad.append((i, error.field or "", _reason_of(error)))
            continue
        good.append(i)
        for name in wanted:
            columns[name].append(cells[name])
    try:
        computed = spec.run(columns, option)
    except SakipError as error:
        if error.field in _CALL_FIELDS:
            raise  # the command's parameter, the same for every row
        # a function without a collecting mode: each row alone names them all
        computed = _row_by_row(spec, columns, option)
    n = len(rows)
    results: Results = {name: [None] * n for name in computed}
    for name, values in computed.items():
        for j, value in enumerate(values):
            results[name][good[j]] = value
    for values in results.values():
        for i, value in enumerate(values):
            if isinstance(value, NotComputable):
                index, column = _place(SakipError(field=value.field), wanted)
                bad.append((i if index is None else good[index], column, value.reason))
    seen: set[int] = set()
    unique = []
    for item in sorted(bad, key=lambda b: b[0]):
        if item[0] not in seen:
            seen.add(item[0])
            unique.append(item)
    for name in results:
        results[name] = [None if isinstance(v, NotComputable) else v for v in results[name]]
    assert all(len(values) == n for values in results.values())
    return results, unique


def _row_by_row(spec: Formula, columns: Columns, aturan: str | None) -> Results:
    """Each row computed alone (the batch function on one-row columns), a refusal kept as
    ``NotComputable`` with the row's place."""
    n = len(next(iter(columns.values()), []))
    out: Results = {name: [] for name in spec.outputs}
    for i in range(n):
        try:
            one = spec.run({name: [values[i]] for name, values in columns.items()}, aturan)
            cells = {name: values[0] for name, values in one.items()}
        except SakipError as refusal:
            error = refusal.errors[0] if isinstance(refusal, BatchError) else refusal
            _, column = _place(error, list(columns))
            bad = NotComputable(field=f"{column or 'row'}[{i}]", reason=_reason_of(error))
            cells = dict.fromkeys(spec.outputs, bad)
        for name, value in cells.items():
            out[name].append(value)
    return out


def _reason_of(error: SakipError) -> str:
    """An error's message without its leading field (the place is said apart)."""
    if error.field and error.message.startswith(error.field):
        return error.message[len(error.field) + 2:]
    return error.message


_NUMBER = re.compile(r"[+-]?[0-9][0-9.,]*\Z")
_ACTIVE = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell as a spreadsheet will not run it: text starting with ``= + - @``, a tab or a
    carriage return gets a leading ``'`` unless it is a number (``-5``, ``-3,50``).

    >>> safe_cell("=cmd|' /C calc'!A0"), safe_cell("-3,50"), safe_cell("Satker A")
    ("'=cmd|' /C calc'!A0", '-3,50', 'Satker A')
    """
    if text.startswith(_ACTIVE) and not _NUMBER.match(text):
        return "'" + text
    return text


def write_csv(header: list[str], rows: list[list[str]], results: Mapping[str, list[Any]],
              bad: list[tuple[int, str, str]], *, places: int, mode: Any,
              bahasa: Bahasa = DEFAULT) -> bytes:
    """The output file: the input's columns, each result exact and printed, and ``alasan``
    (why a row has no result, in ``bahasa`` where the catalog holds it; empty for good rows)."""
    reasons = {i: f"{column + ': ' if column else ''}{tulis(terjemah(reason), bahasa)}"
               for i, column, reason in bad}
    names: list[str] = []
    for name, values in results.items():
        names.append(name)
        if any(isinstance(v, Decimal) for v in values):
            names.append(f"{name}_dicetak")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in (*header, *names, "alasan")])
    for i, row in enumerate(rows):
        cells = list(row)
        for name, values in results.items():
            value = values[i]
            cells.append("" if value is None else str(value))
            if f"{name}_dicetak" in names:
                cells.append("" if value is None else format_id(value, places, mode))
        cells.append(reasons.get(i, ""))
        writer.writerow([safe_cell(cell) for cell in cells])
    return out.getvalue().encode("utf-8")

