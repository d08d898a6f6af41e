"""The library's error messages in both languages: the frame and a catalog of phrases.

An error (``sakip.errors.SakipError``) is a Python exception and its
``str`` stays English, for developers.  A person reading a reviu's reason or
the command's message reads it in the chosen language instead, rendered from
the error's structured fields: the frame (``{field}: expected {expected};
received {received}``, ``{field}: not computable: {reason}``) is a
``Teks``, and the ``expected`` phrase or the reason is
looked up in ``KATALOG``, whose entries are ``Teks`` whose English template
is the phrase as the library writes it (``{name}`` fields match any text, kept
as they are).  A phrase the catalog does not hold stays English; the received
value and the field are never translated (they are the file's text and its
place).

>>> from sakip.errors import InvalidValueError, NotComputableError
>>> pesan_error(InvalidValueError(field="realisasi", expected="a number >= 0",
...                               received=-5))("id")
'realisasi: seharusnya angka >= 0; diterima -5'
>>> pesan_error(NotComputableError(field="capaian", reason="target is zero"))("id")
'capaian: tidak dapat dihitung: target nol'
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

from sakip._bahasa import Pesan, Teks
from sakip._decimal import message as _message
from sakip.errors import _SHOWN_PROBLEMS, LaporanError, NotComputableError, SakipError, _compose

__all__ = ["KATALOG", "pesan_error", "phrases", "terjemah"]

#: The frame of an error composed from its fields (``SakipError``'s message), per the parts present.
_FRAME = {
    (True, True): Teks(id="{field}: seharusnya {expected}; diterima {received}",
                       en="{field}: expected {expected}; received {received}"),
    (True, False): Teks(id="{field}: diterima {received}", en="{field}: received {received}"),
    (False, True): Teks(id="seharusnya {expected}; diterima {received}",
                        en="expected {expected}; received {received}"),
    (False, False): Teks(id="diterima {received}", en="received {received}"),
}
#: The frame of a figure that is not computable (``NotComputableError``).
_NOT_COMPUTABLE = Teks(id="{field}: tidak dapat dihitung: {reason}",
                       en="{field}: not computable: {reason}")

#: A message that names its field first, then says what is wrong in its own words.
_FIELD_FIRST = Teks(id="{field}: {rest}", en="{field}: {rest}")
#: An unreadable report file: its problems, one a line (``LaporanError``).
_PROBLEMS = {n == 1: Teks(id="{source}: {n} masalah",
                          en="{source}: {n} problem" + ("" if n == 1 else "s")) for n in (1, 2)}
_PROBLEM_LINE = Teks(id="\n  {problem}", en="\n  {problem}")
_MORE_PROBLEMS = Teks(id="\n  … dan {n} lagi", en="\n  … and {n} more")

#: ``sakip hitung``'s phrases (``sakip._hitung``): what ``--aturan`` takes, and why a row is not
#: computable when another row of its satker is bad.
HITUNG_RUMUS_KINERJA = Teks(id="--aturan rasio, indeks atau selisih (konvensi laporan Anda)",
                            en="--aturan rasio, indeks or selisih (your report's convention)")
HITUNG_METODE = Teks(id="geometric (bawaan) atau arithmetic",
                     en="geometric (the default) or arithmetic")
HITUNG_SATKER = Teks(id="satker {satker} tidak dapat dihitung: baris lain satker ini salah",
                     en="satker {satker} not computable: another of its rows is bad")

#: Phrases of the library's errors (an ``expected``, a ``reason``, a whole message), by their
#: English text; ``{name}`` matches any text.  Longest templates are tried first.
KATALOG: tuple[Teks, ...] = (
    # what a value was expected to be (an error's ``expected``)
    Teks(id="angka >= 0", en="a number >= 0"),
    # a number read from the report file's text (``numbers.parse_id`` / ``parse_en``, ``lkj``)
    Teks(id="angka bertulisan Indonesia seperti '95,15' atau 'Rp 36.716.642.000,-'",
         en="an Indonesian number such as '95,15' or 'Rp 36.716.642.000,-'"),
    Teks(id="angka bertulisan Inggris seperti '95.15' atau 'Rp 36,716,642,000'",
         en="an English-written number such as '95.15' or 'Rp 36,716,642,000'"),
    Teks(id="{number}, sebagaimana dinyatakan {declared} = {angka}",
         en="{number}, as {declared} = {angka} says"),
    Teks(id="{number}, sebagaimana dinyatakan {declared} = {angka}; dengan angka = {other} "
            "terbaca sebagai {value}",
         en="{number}, as {declared} = {angka} says; under angka = {other} it reads as {value}"),
    Teks(id="angka > 0", en="a number > 0"),
    Teks(id="angka berhingga", en="a finite number"),
    Teks(id="bilangan bulat", en="an integer"),
    Teks(id="bilangan bulat (untuk Rounding r, berikan r.places dan r.mode, atau pakai "
            "r.apply(x))",
         en="an integer (for a Rounding r, pass r.places and r.mode, or use r.apply(x))"),
    Teks(id="tahun anggaran berupa int", en="an int fiscal year"),
    Teks(id="hitungan (int >= 0)", en="a count (int >= 0)"),
    Teks(id="teks", en="text"),
    Teks(id="teks", en="str"),
    Teks(id="teks (str)", en="a str"),
    Teks(id="true atau false", en="true or false"),
    Teks(id="True atau False", en="True or False"),
    Teks(id="tabel", en="a table"),
    Teks(id="larik (array)", en="an array"),
    Teks(id="larik tabel", en="an array of tables"),
    Teks(id="tabel {{places, mode}}", en="a table {{places, mode}}"),
    Teks(id="rentang", en="a range"),
    Teks(id="nama aturan", en="a rule set name"),
    Teks(id="nama aturan (str)", en="a rule set name (str)"),
    Teks(id="salah satu dari {names}", en="one of {names}"),
    Teks(id="triwulan 1–4", en="a quarter 1–4"),
    Teks(id="bulan 1–12", en="a month 1–12"),
    Teks(id="rendah <= tinggi", en="low <= high"),
    Teks(id="blokir <= pagu", en="blokir <= pagu"),
    Teks(id="realisasi <= pagu ({pagu})", en="realisasi <= pagu ({pagu})"),
    Teks(id="sisa <= pagu ({pagu})", en="sisa <= pagu ({pagu})"),
    Teks(id="tepat satu dari realisasi dan sisa", en="exactly one of realisasi and sisa"),
    Teks(id="{n} baris", en="{n} rows"),
    Teks(id="{n} baris (atau satu nilai untuk semuanya)", en="{n} rows (or one value for all)"),
    Teks(id="bobot yang jumlahnya tepat {total}", en="weights summing to exactly {total}"),
    Teks(id="jumlah responden bulat >= 1", en="a whole number of respondents >= 1"),
    Teks(id="pasangan (rendah, tinggi) untuk polarisasi 'stabilize'",
         en="a (low, high) pair for polarisasi 'stabilize'"),
    Teks(id="{kind}, bukan float", en="{kind}, not a float"),
    Teks(id="angka yang ditulis sebagai teks, seperti tercetak ({example})",
         en="a number written as text, as printed ({example})"),
    Teks(id="angka antara {low} dan {high}", en="a number between {low} and {high}"),
    Teks(id="paling banyak {n} byte", en="at most {n} bytes"),
    Teks(id="berkas yang dapat dibaca", en="a readable file"),
    Teks(id="direktori yang dapat dibaca", en="a readable directory"),
    Teks(id="nama berkas atau direktori", en="a file or directory name"),
    Teks(id="direktori berisi berkas laporan .toml atau .json",
         en="a directory holding .toml or .json report files"),
    Teks(id="laporan sakip/lkj-1", en="a sakip/lkj-1 report"),
    Teks(id="dokumen JSON", en="a JSON document"),
    Teks(id="teks UTF-8", en="UTF-8 text"),
    Teks(id="setiap kunci sekali per objek", en="each key once per object"),
    Teks(id="{first} masalah pertama tercantum lengkap",
         en="the first {first} problems listed in full"),
    Teks(id="{low} <= {field} <= {high}", en="{low} <= {field} <= {high}"),
    # why a figure is not computable (a ``NotComputableError``'s reason)
    Teks(id="target nol", en="target is zero"),
    Teks(id="target nol: {formula} tidak terdefinisi pada polarisasi {polarisasi}",
         en="target is zero: {formula} is undefined under polarisasi {polarisasi}"),
    Teks(id="target nol: tidak ada bagiannya", en="target is zero: no fraction of it"),
    Teks(id="realisasi nol: T / R tidak terdefinisi", en="realisasi is zero: T / R is undefined"),
    Teks(id="realisasi kosong (belum dilaporkan); kosong bukan nol dan tidak punya capaian",
         en="realisasi is blank (not reported); a blank is not zero and has no capaian"),
    Teks(id="target Level 0 (Belum Ada) berperingkat 0: R / T tidak terdefinisi",
         en="a Level 0 (Belum Ada) target has rank 0: R / T is undefined"),
    Teks(id="pagu nol: RA / P tidak terdefinisi", en="pagu is zero: RA / P is undefined"),
    Teks(id="pagu dikurangi blokir bernilai nol", en="pagu less blokir is zero"),
    Teks(id="total pagu nol", en="total pagu is zero"),
    Teks(id="total pagu (dikurangi blokir) nol", en="total pagu (less blokir) is zero"),
    Teks(id="Σ pagu nol", en="Σ pagu is zero"),
    Teks(id="Σ (P × CO) nol", en="Σ (P × CO) is zero"),
    Teks(id="anggaran belanja nol", en="anggaran belanja is zero"),
    Teks(id="target Renstra nol", en="target Renstra is zero"),
    Teks(id="target volume nol", en="target volume is zero"),
    Teks(id="nilai sebelumnya nol", en="the earlier value is zero"),
    Teks(id="capaian tahun ini memerlukan target > 0", en="the year's capaian needs a target > 0"),
    Teks(id="capaian input nol: rumus {rumus} membagi dengannya",
         en="capaian input is zero: rumus {rumus} divides by it"),
    Teks(id="{what} nol: {formula} tidak terdefinisi", en="{what} is zero: {formula} is undefined"),
    Teks(id="{field} nol: {name} ({formula}) tidak terdefinisi (lembar kerja mencetak #DIV/0!)",
         en="{field} is zero: {name} ({formula}) is undefined (workbooks print #DIV/0!)"),
    Teks(id="kolom 7 kosong: isi 0 pada tahun pertama periode Renstra",
         en="kolom 7 is blank: give 0 in the first year of the Renstra period"),
    Teks(id="baris {rows} tidak punya capaian (tidak dapat dihitung); sebutkan baris yang "
            "dirata-ratakan kaki tabel",
         en="rows {rows} have no capaian (not computable); name the rows the footer averages"),
    Teks(id="belum ada tahun yang memiliki realisasi", en="no year has a realisasi yet"),
    Teks(id="belum ada triwulan yang dilaporkan (None bukan 0)",
         en="no quarter reported yet (None is not 0)"),
    Teks(id="tidak ada nilai untuk dirata-ratakan", en="no values to average"),
    Teks(id="tidak ada output untuk menghitung efisiensi",
         en="no outputs to compute efisiensi over"),
    Teks(id="tidak ada output untuk diagregasi", en="no outputs to aggregate"),
    Teks(id="tidak ada indikator yang dinilai", en="no indicator is assessed"),
    Teks(id="ada baris tanpa indikator yang dinilai", en="a row has no indicator assessed"),
    Teks(id="indikator bernilai paling tinggi 100", en="an indicator scores at most 100"),
    Teks(id="rumus {rumus} tidak punya standar efisiensi",
         en="rumus {rumus} has no standar efisiensi"),
    Teks(id="tidak ada tabel kategori untuk rumus {rumus}: berikan kategori= (sebuah "
            "sakip.rules.LabelBands)",
         en="no category table for rumus {rumus}: pass kategori= (a sakip.rules.LabelBands)"),
    Teks(id="output {kode} tidak punya capaian dan volume",
         en="output {kode} has no capaian and no volumes"),
    Teks(id="setiap RO dikecualikan (RO khusus): indikator tidak dinilai (berikan None ke "
            "sakip.ikpa)",
         en="every RO is excluded (RO khusus): the indicator is not assessed (give None to "
            "sakip.ikpa)"),
    Teks(id="tidak ada bagian yang berlaku: indikator tidak dinilai (berikan None ke sakip.ikpa)",
         en="no part applies: the indicator is not assessed (give None to sakip.ikpa)"),
    Teks(id="tidak ada SPM-LS kontraktual: indikator tidak dinilai (berikan None ke sakip.ikpa)",
         en="no SPM-LS kontraktual: the indicator is not assessed (give None to sakip.ikpa)"),
    Teks(id="rencana RPD nol di setiap bulan", en="the RPD plan is zero in every month"),
    Teks(id="menunggu level indikator {sources}; isi levelnya setelah diterbitkan (tidak "
            "memakai nilai pengganti)",
         en="awaiting the level of indicator {sources}; give the level when it is published "
            "(no placeholder is used)"),
    Teks(id="tidak ada di berkas", en="not in the file"),
    # what a printed value only used as an input was used for (the file format's ``input_of``)
    Teks(id="nilai dan konversi IKM (konsisten sampai pembulatan)",
         en="the IKM nilai and konversi (consistent up to rounding)"),
    Teks(id="nilai Indeks Pemdi (konsisten sampai pembulatan)",
         en="the Indeks Pemdi nilai (consistent up to rounding)"),
    Teks(id="tidak ada (kolom wajib: {kind})", en="missing (a required field: {kind})"),
    Teks(id="tidak ada {what} di berkas", en="no {what} in the file"),
    # --- issue 29: every phrase of the library's errors (by module, as tests/unit/test_katalog.py
    # collects them); a choice between quoted codes: "{a} or {b}"
    Teks(id="{a} atau {b}", en="{a} or {b}"),
    Teks(id="{a}, {b} atau {c}", en="{a}, {b} or {c}"),
    Teks(id="{field}: {reason}", en="{field}: {reason}"),
    Teks(id="tidak dapat dihitung: {reason}", en="not computable: {reason}"),
    # formulas and codes, written alike in both languages
    Teks(id=">= 0", en=">= 0"),
    Teks(id="0 <= {name}", en="0 <= {name}"),
    Teks(id="0 <= {name} <= 100", en="0 <= {name} <= 100"),
    Teks(id="CSV", en="CSV"),
    Teks(id="eka + ikpa = 100", en="eka + ikpa = 100"),
    Teks(id="realisasi <= pagu − blokir ({base})", en="realisasi <= pagu − blokir ({base})"),
    Teks(id="(selesai, jumlah)", en="(selesai, jumlah)"),
    # sakip._decimal
    Teks(id="angka dalam notasi Python (digit ASCII) seperti '95.15' (teks berformat Indonesia "
            "seperti '95,15' dibaca dengan sakip.parse_id)",
         en="a number in Python notation (ASCII digits) such as '95.15' (read Indonesian text "
            "such as '95,15' with sakip.parse_id)"),
    Teks(id="Decimal, int, str atau hasil sakip (ubah float dengan Decimal(str(x)))",
         en="Decimal, int, str or a sakip result (convert a float with Decimal(str(x)))"),
    Teks(id="angka dengan paling banyak {digits} digit bermakna (lebih dari itu akan dibulatkan; "
            "berikan hasil sakip itu sendiri, bukan nilainya)",
         en="a number of at most {digits} significant digits (more would be rounded; pass a sakip "
            "result itself, not its value)"),
    Teks(id="angka (NaN adalah sel kosong sebuah tabel: isi nilainya, atau keluarkan barisnya)",
         en="a number (NaN is an empty cell of a table: give its value, or leave the row out)"),
    # sakip._hitung (sakip hitung --aturan …)
    Teks(id="angka yang bacaannya tidak bergantung pada tanda desimal: berikan --angka id "
            "(Indonesia, 1.176 adalah 1176) atau --angka en (1.176 adalah 1,176)",
         en="a number whose reading does not depend on the decimal mark: give --angka id "
            "(Indonesian, 1.176 is 1176) or --angka en (1.176 is 1.176)"),
    Teks(id="angka dalam notasi Python (95.15), atau --angka id untuk angka bertulisan "
            "Indonesia (95,15)",
         en="a number in Python notation (95.15), or --angka id for numbers written the "
            "Indonesian way (95,15)"),
    Teks(id="angka yang ditulis lengkap: lembar kerja menulis 3,67E+10 untuk angka panjang "
            "yang ditampilkannya dibulatkan (format kolomnya sebagai angka, tanpa E)",
         en="a number written out in full: a spreadsheet writes 3,67E+10 for a long number it "
            "shows rounded (format the column as a number, without the E)"),
    Teks(id="tanpa --aturan: {formula} tidak punya aturan untuk dipilih",
         en="no --aturan: {formula} has no rule set to choose"),
    Teks(id="teks UTF-8 (simpan lembar sebagai 'CSV UTF-8')",
         en="UTF-8 text (save the sheet as 'CSV UTF-8')"),
    Teks(id="baris judul yang menamai kolom-kolomnya", en="a header row naming the columns"),
    Teks(id="paling banyak {n} kolom", en="at most {n} columns"),
    Teks(id="setiap kolom sekali", en="each column once"),
    Teks(id="paling banyak {n} baris", en="at most {n} rows"),
    Teks(id="{n} sel, seperti baris judul", en="{n} cells, as the header"),
    Teks(id="kolom {names} (opsional: {options})", en="the columns {names} (optional: {options})"),
    Teks(id="kolom {names}", en="the columns {names}"),
    HITUNG_RUMUS_KINERJA, HITUNG_METODE, HITUNG_SATKER,
    Teks(id="kolom {names} (opsional: {options}; tidak ada: {missing})",
         en="the columns {names} (optional: {options}; missing: {missing})"),
    Teks(id="kolom {names} (tidak ada: {missing})", en="the columns {names} (missing: {missing})"),
    Teks(id="tanpa kolom {names}: {formula} dengan {option} tidak membacanya (ganti nama kolom "
            "label)",
         en="no column {names}: {formula} under {option} does not read it (rename a label "
            "column)"),
    Teks(id="tanpa kolom {names}: {formula} tidak membacanya (ganti nama kolom label)",
         en="no column {names}: {formula} does not read it (rename a label column)"),
    Teks(id="tanpa --rumus: {formula} tidak punya rumus untuk dipilih",
         en="no --rumus: {formula} has no formula to choose"),
    Teks(id="tanpa --tahun: {formula} tidak punya aturan per tahun anggaran",
         en="no --tahun: {formula} has no rule set by fiscal year"),
    Teks(id="--tahun (tahun anggaran, yang aturannya berlaku) atau --aturan ({names})",
         en="--tahun (the fiscal year, whose rule set applies) or --aturan ({names})"),
    Teks(id="pmk-214-2017 (bawaan, PMK 214/2017) atau per-pagu",
         en="pmk-214-2017 (the default, PMK 214/2017) or per-pagu"),
    Teks(id="true atau false (ya atau tidak; sel kosong bukan false)",
         en="true or false (ya or tidak; a blank cell is not false)"),
    # sakip._output
    Teks(id="berkas selain laporan masukan", en="a file other than the input report"),
    Teks(id="berkas biasa atau nama baru", en="a regular file or a new name"),
    Teks(id="nama berkas baru (atau --force untuk mengganti berkasnya)",
         en="a new file name (or --force to replace the file)"),
    # sakip._reading (limits of a report file)
    Teks(id="berkas biasa", en="a regular file"),
    Teks(id="paling banyak {n} larik dan tabel dalam satu berkas",
         en="at most {n} arrays and tables in a file"),
    Teks(id="larik dan tabel bersarang paling dalam {n} tingkat",
         en="arrays and tables nested at most {n} deep"),
    Teks(id="kunci bertitik dengan paling banyak {n} bagian",
         en="a dotted key of at most {n} parts"),
    Teks(id="kunci dengan paling banyak {n} karakter", en="a key of at most {n} characters"),
    Teks(id="larik dan objek bersarang paling dalam {n} tingkat",
         en="arrays and objects nested at most {n} deep"),
    Teks(id="angka yang ditulis sebagai teks (\"95,15\"), bukan float",
         en="numbers written as text (\"95,15\"), not floats"),
    Teks(id="teks UTF-8 tanpa penanda urutan bita (simpan sebagai UTF-8, bukan 'UTF-8 with BOM')",
         en="UTF-8 text without a byte-order mark (save as UTF-8, not 'UTF-8 with BOM')"),
    Teks(id="dokumen TOML (atau JSON untuk .json)", en="a TOML document (or JSON for .json)"),
    Teks(id="buku kerja .xlsx (arsip zip)", en="an .xlsx workbook (a zip archive)"),
    Teks(id="buku kerja dengan paling banyak {n} bagian", en="a workbook of at most {n} parts"),
    Teks(id="buku kerja dengan paling banyak {n} byte tak terkompresi",
         en="a workbook of at most {n} bytes uncompressed"),
    Teks(id="bagian yang mengembang paling banyak {n} kali (bom zip mengembang ribuan kali)",
         en="a part that inflates at most {n} times (a zip bomb inflates thousands)"),
    Teks(id="buku kerja tanpa makro (.xlsx, bukan .xlsm): sakip tidak pernah menjalankan atau "
            "menyimpannya",
         en="a workbook without macros (.xlsx, not .xlsm): sakip never runs or keeps them"),
    Teks(id="buku kerja dengan paling banyak {n} lembar", en="a workbook of at most {n} sheets"),
    Teks(id="paling banyak {n} sel dan string bersama seluruhnya (baris terakhir kali kolom "
            "terakhir setiap lembar)",
         en="at most {n} cells and shared strings in all (the last row times the last column "
            "of each sheet)"),
    Teks(id="bagian XML yang tersusun baik", en="a well-formed XML part"),
    Teks(id="setiap nama lembar sekali dalam satu buku kerja",
         en="each sheet name once in a workbook"),
    Teks(id="format angka tanpa syarat ([>100] memilih bagian menurut nilainya); ketik angkanya "
            "sebagai teks, seperti tercetak",
         en="a number format without conditions ([>100] chooses the section by the value); "
            "type the figure as text, as printed"),
    Teks(id="format angka dengan paling banyak {n} desimal",
         en="a number format of at most {n} decimals"),
    Teks(id="bagian lembar kerja tersendiri (lembar lain membaca bagian ini)",
         en="a worksheet part of its own (another sheet reads this one)"),
    Teks(id="buku kerja dengan paling banyak {n} tag XML seluruhnya",
         en="a workbook of at most {n} XML tags in all"),
    Teks(id="XML tanpa DOCTYPE (deklarasi entitas: berkas Office tidak pernah memilikinya)",
         en="XML without a DOCTYPE (entity declarations: an Office file has none)"),
    Teks(id="nomor baris seperti r=\"7\"", en="a row number such as r=\"7\""),
    Teks(id="baris berurutan naik (sesudah baris {n})",
         en="rows in increasing order (after row {n})"),
    Teks(id="rujukan sel seperti r=\"B7\"", en="a cell reference such as r=\"B7\""),
    Teks(id="sel berurutan menurut kolom, masing-masing sekali (openpyxl menyimpan yang terakhir "
            "dari dua)",
         en="cells in column order, each once (openpyxl keeps the last of two)"),
    Teks(id="lembar dengan paling banyak {n} baris (dan dua baris judul)",
         en="a sheet of at most {n} rows (and two heading rows)"),
    Teks(id="lembar dengan paling banyak {n} kolom", en="a sheet of at most {n} columns"),
    # sakip._rules (rule sets and label bands)
    Teks(id="pasangan (nama, bobot)", en="(name, weight) pairs"),
    Teks(id="nama aturan {kind} yang belum dipakai", en="a {kind} rule set name not yet used"),
    Teks(id="salah satu dari {names} (aturan {kind})", en="one of {names} ({kind} rule sets)"),
    Teks(id="urutan pasangan (batas bawah, label) yang tidak kosong",
         en="a non-empty sequence of (lower bound, label) pairs"),
    Teks(id="pasangan (batas bawah, label)", en="(lower bound, label) pairs"),
    Teks(id="batas bawah yang menurun tegas (pita tertinggi lebih dulu)",
         en="lower bounds strictly decreasing (highest band first)"),
    Teks(id=">= {bound} (batas tertinggi)", en=">= {bound} (the highest bound)"),
    Teks(id="tanpa label bila tidak ada nilai maksimum", en="no label without a maximum"),
    Teks(id="<= {maximum} ({name} tidak menyebut apa pun di atasnya)",
         en="<= {maximum} ({name} says nothing above it)"),
    Teks(id=">= {bound} ({name})", en=">= {bound} ({name})"),
    Teks(id="> {bound} ({name})", en="> {bound} ({name})"),
    Teks(id="tabel sakip.rules.LabelBands", en="a sakip.rules.LabelBands table"),
    Teks(id="tabel sakip.rules.LabelBands atau salah satu dari {names} (tabel {kind})",
         en="a sakip.rules.LabelBands table or one of {names} ({kind} tables)"),
    # sakip._xlsx (workbooks)
    Teks(id="berkas laporan TOML atau JSON (buku kerja dibaca oleh sakip.xlsx.load_xlsx, atau "
            "direviu oleh sakip.reviu)",
         en="a TOML or JSON report file (a workbook is read by sakip.xlsx.load_xlsx, or reviewed "
            "by sakip.reviu)"),
    Teks(id="teks: ketik sebagai teks (dengan apostrof di depan, '1.1), karena sel angka "
            "menampilkan tanda desimal dan formatnya, bukan yang diketik",
         en="text: type it as text (with a leading apostrophe, '1.1), since a number cell shows "
            "its decimal mark and format, not what was typed"),
    Teks(id="paket tambahan opsional sakip[xlsx]: pasang openpyxl (pip install openpyxl, atau "
            "'.[xlsx]' di salinan repositori)",
         en="the optional extra sakip[xlsx]: install openpyxl (pip install openpyxl, or "
            "'.[xlsx]' in a clone)"),
    Teks(id="openpyxl belum terpasang: membaca dan menulis buku kerja .xlsx memerlukan paket "
            "tambahan opsional sakip[xlsx]: pasang openpyxl (pip install openpyxl, atau "
            "'.[xlsx]' di salinan repositori)",
         en="openpyxl is not installed: reading and writing .xlsx workbooks needs the optional "
            "extra sakip[xlsx]: install openpyxl (pip install openpyxl, or '.[xlsx]' in a clone)"),
    Teks(id="format angka yang menampilkan digit angkanya (seperti 0.00 atau #,##0.00): format "
            "ilmiah, pecahan, tanggal dan berskala tidak dibaca; ketik angkanya sebagai teks, "
            "seperti tercetak",
         en="a number format that shows the number's digits (like 0.00 or #,##0.00): "
            "scientific, fraction, date and scaled formats are not read; type the figure as "
            "text, as printed"),
    Teks(id="angka seperti diketik, dengan paling banyak {n} digit bermakna (angka ini hasil "
            "hitungan: isi sel dengan nilai yang tercetak di laporan, atau ketik sebagai teks)",
         en="a number as typed, of at most {n} significant digits (this one was computed: give "
            "the cell the value the report prints, or type it as text)"),
    Teks(id="angka dengan paling banyak {n} desimal, seperti ditampilkan formatnya",
         en="a number with at most {n} decimals, as its format shows"),
    Teks(id="rumus yang nilainya tersimpan (berkas ini ditulis program yang tidak menghitung "
            "rumus): buka dan simpan di program lembar kerja, atau ketik nilainya",
         en="a formula with its value saved (this file was written by a program that does not "
            "compute formulas): open and save it in a spreadsheet program, or type the value"),
    Teks(id="nilai, bukan rumus yang membaca buku kerja lain (sakip tidak pernah mengikuti "
            "tautan eksternal): ketik nilainya",
         en="a value, not a formula reading another workbook (sakip never follows external "
            "links): type the value"),
    Teks(id="tanggal hanya pada kolom yang menerimanya ({fields}); ketik sebagai teks, seperti "
            "tercetak",
         en="a date only where the field takes one ({fields}); type it as text, as printed"),
    Teks(id="satu nilai atau bagian-bagiannya dalam kolom, tidak keduanya",
         en="one value or its parts in columns, not both"),
    Teks(id="satu kolom untuk satu nilai", en="one column for a value"),
    Teks(id="buku kerja .xlsx (tanpa makro: .xlsm tidak dibaca)",
         en="an .xlsx workbook (no macros: .xlsm is not read)"),
    Teks(id="buku kerja .xlsx yang dapat dibaca openpyxl",
         en="an .xlsx workbook openpyxl can read"),
    Teks(id="lembar dari format ({sheets})", en="a sheet of the format ({sheets})"),
    Teks(id="bagian lembar kerja di bawah xl/worksheets/",
         en="a worksheet part under xl/worksheets/"),
    Teks(id="nilai di bawah kolom bernama (baris 1 menamai setiap kolom yang berisi nilai)",
         en="a value under a named column (row 1 names every column that holds values)"),
    Teks(id="setiap kolom dinamai sekali", en="each column named once"),
    Teks(id="satu baris: {sheet} adalah satu tabel laporan",
         en="one row: {sheet} is one table of the report"),
    Teks(id="baris induknya, pada kolom {columns}",
         en="the row it belongs to, in columns {columns}"),
    Teks(id="baris induknya, pada kolom {column}", en="the row it belongs to, in column {column}"),
    Teks(id="{key} dari sebuah baris lembar {sheet} (di bawah {under})",
         en="the {key} of a row of sheet {sheet} (under {under})"),
    Teks(id="{key} dari sebuah baris lembar {sheet}", en="the {key} of a row of sheet {sheet}"),
    Teks(id="teks tanpa karakter kendali (sel .xlsx tidak dapat memuatnya)",
         en="text without control characters (an .xlsx cell cannot hold them)"),
    Teks(id="teks, bilangan bulat atau true/false", en="text, an integer or true/false"),
    Teks(id="teks, bilangan bulat, true/false, larik dan tabel",
         en="text, integers, true/false, arrays and tables"),
    # sakip.batch
    Teks(id="'per-pagu' atau 'pmk-214-2017' (bentuk biaya satuan memerlukan volume: pakai "
            "sakip.efisiensi)",
         en="'per-pagu' or 'pmk-214-2017' (the unit-cost form needs volumes: use "
            "sakip.efisiensi)"),
    Teks(id="{n} kode satker", en="{n} satker codes"),
    Teks(id="satker {key}: dasar nol", en="satker {key}: zero base"),
    Teks(id="kolom (list atau iterable nilai lainnya)",
         en="a column (a list or other iterable of values)"),
    Teks(id="kolom-kolom yang sama panjang", en="columns of equal length"),
    Teks(id="'raise' (satu error yang mendaftar setiap baris yang salah) atau 'collect' "
            "(NotComputable pada setiap baris yang salah)",
         en="'raise' (one error listing every bad row) or 'collect' (NotComputable in each bad "
            "row)"),
    Teks(id="angka (sel kosong bukan angka dan tidak pernah 0: tulis 0 bila nilainya nol, atau "
            "hapus barisnya)",
         en="a number (a blank cell is not a number and never 0: write 0 when the value is zero, "
            "or leave the row out)"),
    Teks(id="indikator {rule}: {names}", en="an indicator of {rule}: {names}"),
    Teks(id="kolom (None untuk baris yang tidak dinilai)",
         en="a column (None for rows not assessed)"),
    Teks(id="tanpa pengurangan menurut {rule}", en="no deduction under {rule}"),
    Teks(id="pengurangan 0–{maximum} poin", en="a deduction 0–{maximum} points"),
    Teks(id="baris yang tidak dapat diolah jalur cepat", en="a row the fast loop cannot take"),
    Teks(id="aturan dengan perlakuan BLU (perlakuan {rule} belum diperoleh)",
         en="a rule set with a BLU treatment (the one of {rule} was not retrieved)"),
    Teks(id="None: satker BLU tidak dinilai pada {indicator} menurut {rule} (komposit "
            "membobot ulang)",
         en="None: a BLU satker is not assessed on {indicator} under {rule} (the composite "
            "re-weights)"),
    Teks(id="tahun yang berlaku untuk {rule}", en="a year in force for {rule}"),
    Teks(id="nilai ketepatan waktu untuk setiap satker", en="a timeliness score for every satker"),
    Teks(id="satker dengan baris RO (barisnya tidak ada?)",
         en="a satker with RO rows (its rows are missing?)"),
    Teks(id="jenis belanja {jenis}", en="jenis belanja {jenis}"),
    Teks(id="{n} nilai triwulanan", en="{n} quarterly values"),
    Teks(id="kolom blokir: sejak TA {tahun} dasarnya pagu dikurangi blokir (0 bila tidak ada "
            "yang diblokir)",
         en="a blokir column: from TA {tahun} the base is pagu minus blokir (0 when nothing is "
            "blocked)"),
    Teks(id="pemetaan nama ke kolom", en="a mapping of name to column"),
    Teks(id="tepat satu dari aspek= dan indikator=", en="exactly one of aspek= and indikator="),
    Teks(id="1 sampai 4 kolom (TW I–IV)", en="1 to 4 columns (TW I–IV)"),
    Teks(id="pemetaan nama komponen ke kolom", en="a mapping of component name to column"),
    # sakip.budget
    Teks(id="kode Rincian Output 'kegiatan.KRO.RO' seperti '5634.QDC.011' atau '5634.FAN.ZZ1'",
         en="a Rincian Output code 'kegiatan.KRO.RO' such as '5634.QDC.011' or '5634.FAN.ZZ1'"),
    Teks(id="realisasi_volume dan target_volume sekaligus",
         en="both realisasi_volume and target_volume"),
    Teks(id="capaian atau volume, tidak keduanya", en="either capaian or volumes, not both"),
    Teks(id="target volume > 0", en="a target volume > 0"),
    Teks(id="jenis belanja untuk output {kode}", en="a jenis belanja for output {kode}"),
    Teks(id="iterable berisi RincianOutput", en="an iterable of RincianOutput"),
    Teks(id="nilai-nilai RincianOutput", en="RincianOutput values"),
    Teks(id="Σ P nol", en="Σ P is zero"),
    Teks(id="rumus 'pmk-249-2011' memerlukan volume; output {kode} tidak memilikinya",
         en="rumus 'pmk-249-2011' needs volumes; output {kode} has none"),
    Teks(id="output {kode}: biaya satuan tidak terdefinisi (volume terealisasi atau pagu nol)",
         en="output {kode}: unit cost undefined (zero realised volume or pagu)"),
    Teks(id="tupel (realisasi, target[, tipe]), RincianOutput atau CapaianOutput",
         en="a (realisasi, target[, tipe]) tuple, a RincianOutput or a CapaianOutput"),
    Teks(id="iterable berisi output atau pasangan (target, realisasi)",
         en="an iterable of outputs or (target, realisasi) pairs"),
    Teks(id="urutan jumlah bulanan", en="a sequence of monthly amounts"),
    Teks(id="{n} bulan, sebanyak realisasi", en="{n} months, as many as realisasi"),
    # sakip.cli
    Teks(id="direktori berisi berkas laporan .toml, .json atau .xlsx",
         en="a directory holding .toml, .json or .xlsx report files"),
    Teks(id="bersarang terlalu dalam untuk dibaca", en="nested too deeply to read"),
    Teks(id="galat internal ({detail}); mohon laporkan",
         en="internal error ({detail}); please report it"),
    Teks(id="--mode: seharusnya --places bersamanya (desimal angka tercetak); diterima --mode "
            "tanpa --places",
         en="--mode: expected --places with it (the decimals of the printed figure); received "
            "--mode without --places"),
    Teks(id="--rumus-minimize: seharusnya hanya bersama --polarisasi minimize; diterima "
            "--rumus-minimize {rumus} dengan --polarisasi {polarisasi}",
         en="--rumus-minimize: expected it with --polarisasi minimize only; received "
            "--rumus-minimize {rumus} with --polarisasi {polarisasi}"),
    Teks(id="--skor: seharusnya setiap indikator sekali; diterima {indikator} dua kali",
         en="--skor: expected each indicator once; received {indikator} twice"),
    # sakip.composite
    Teks(id="pemetaan {{nama: (nilai, bobot)}} yang tidak kosong",
         en="a non-empty mapping {{name: (nilai, bobot)}}"),
    Teks(id="pasangan (rendah, tinggi)", en="a (low, high) pair"),
    Teks(id="pasangan (nilai, bobot)", en="a (nilai, bobot) pair"),
    Teks(id="pemetaan {{nama: (nilai, target, bobot)}} yang tidak kosong",
         en="a non-empty mapping {{name: (nilai, target, bobot)}}"),
    Teks(id="komponen {rule}: {names}", en="the components of {rule}: {names}"),
    Teks(id="pasangan (nilai, target) (bobotnya dari {rule})",
         en="a (nilai, target) pair (the bobot comes from {rule})"),
    Teks(id="tripel (nilai, target, bobot)", en="a (nilai, target, bobot) triple"),
    Teks(id="target > 0", en="a target > 0"),
    # sakip.conventions
    Teks(id="salah satu dari {names} atau sakip.rules.LabelBands",
         en="one of {names} or a sakip.rules.LabelBands"),
    Teks(id="tabel IE hanya dengan rumus 'indeks' (rumus {rumus} tidak punya tabel yang "
            "diterbitkan: berikan sakip.rules.LabelBands)",
         en="an IE table only with rumus 'indeks' (rumus {rumus} has no published table: pass "
            "a sakip.rules.LabelBands)"),
    Teks(id="urutan angka", en="a sequence of numbers"),
    Teks(id="urutan jumlah uang", en="a sequence of amounts"),
    Teks(id="{n} jumlah uang, satu per nilai", en="{n} amounts, one per value"),
    Teks(id="penghematan <= DIPA awal ({dipa})", en="penghematan <= DIPA awal ({dipa})"),
    Teks(id="blokir <= pagu revisi ({revisi})", en="blokir <= pagu revisi ({revisi})"),
    # sakip.eka
    Teks(id="tahun anggaran sejak 2018 (sejak PMK 214/2017)",
         en="a fiscal year from 2018 (PMK 214/2017 on)"),
    Teks(id="nilai efisiensi (NE, 0–100): berikan e.nilai atau e.nilai.value, bukan E mentah",
         en="the nilai efisiensi (NE, 0–100): pass e.nilai or e.nilai.value, not the raw E"),
    Teks(id="0 <= capaian_ro <= 100 ({rule} membobot nilai 0–100; capaian output di atas 100 % "
            "dibatasi oleh aturan Anda sebelum EKA: berikan sakip.capaian_output(..., cap=100) "
            "atau min(capaian, 100))",
         en="0 <= capaian_ro <= 100 ({rule} weighs scores 0–100; a capaian output above 100 % "
            "is capped by your rule before EKA: pass sakip.capaian_output(..., cap=100) or "
            "min(capaian, 100))"),
    # sakip.errors (a keyword-argument function called otherwise)
    Teks(id="argumen kata kunci, seperti pada {usage}", en="keyword arguments, as in {usage}"),
    Teks(id="{missing}, seperti pada {usage}", en="{missing}, as in {usage}"),
    # sakip.explain
    Teks(id="sakip.Rounding atau None", en="a sakip.Rounding or None"),
    Teks(id="iterable berisi hasil sakip atau nilai (untuk bagian-bagian satu hasil: "
            "result.to_rows())",
         en="an iterable of sakip results or values (for one result's parts: result.to_rows())"),
    Teks(id="hasil sakip atau nilai (dengan to_row)", en="a sakip result or value (with to_row)"),
    Teks(id="{figure}: hasil tidak dapat diubah dengan attrs.evolve atau copy.replace, karena "
            "nilainya mengikuti masukannya; panggil {maker} dengan masukan baru (pengandaian "
            "adalah panggilan baru)",
         en="{figure}: a result cannot be changed with attrs.evolve or copy.replace, because "
            "its value follows from its inputs; call {maker} with the new inputs (a what-if is "
            "a new call)"),
    # sakip.iki
    Teks(id="nilai yang diberikan aturan Anda untuk capaian 100 % (baris Baik OPEN: contoh "
            "regulasinya mencetak 109)",
         en="the nilai your rule gives capaian 100 % (the Baik row is OPEN: the regulation's "
            "example prints 109)"),
    Teks(id="nilai yang diberikan aturan Anda untuk capaian ini di atas {baik} sampai "
            "{maksimum} % (baris Sangat Baik OPEN)",
         en="the nilai your rule gives this capaian above {baik} up to {maksimum} % (the "
            "Sangat Baik row is OPEN)"),
    Teks(id="nilai 0–200", en="a nilai 0–200"),
    Teks(id="capaian >= 0", en="a capaian >= 0"),
    # sakip.ikpa
    Teks(id="tahun anggaran 1900–2999", en="a fiscal year 1900–2999"),
    Teks(id="urutan nama penyesuaian", en="a sequence of adjustment names"),
    Teks(id="penyesuaian opsional yang berlaku untuk {tahun}: {names}",
         en="an optional adjustment in force for {tahun}: {names}"),
    Teks(id="tahun anggaran sejak 2021 (sejak PER-4/PB/2021)",
         en="a fiscal year from 2021 (PER-4/PB/2021 on)"),
    Teks(id="aturan='per-5-pb-2024' atau tahun=2024", en="aturan='per-5-pb-2024' or tahun=2024"),
    Teks(id="tahun= bersama penyesuaian yang diminta", en="tahun= with the adjustments asked for"),
    Teks(id="tahun yang berlaku untuk {rule} {years}", en="a year in force for {rule} {years}"),
    Teks(id="pemetaan {{indikator: nilai}}", en="a mapping {{indicator: nilai}}"),
    Teks(id="nilai 0–100, atau None bila indikator tidak dinilai",
         en="a score 0–100, or None when the indicator is not assessed"),
    Teks(id="hasil atas {n} triwulan yang telah berakhir pada TW {tw}",
         en="a result over the {n} quarter(s) that have ended at TW {tw}"),
    Teks(id="tanpa pengurangan menurut {rule}: dispensasi_spm adalah indikator berbobot dalam "
            "scores",
         en="no deduction under {rule}: dispensasi_spm is a weighted indicator in scores"),
    Teks(id="hasil penyerapan_triwulan(..., tahun={tahun}): penyesuaian tahun itu berlaku "
            "padanya ({applied})",
         en="a result of penyerapan_triwulan(..., tahun={tahun}): the year's adjustments apply "
            "to it ({applied})"),
    Teks(id="hasil untuk TA {tahun}, tahun kompositnya",
         en="a result for TA {tahun}, the year of the composite"),
    Teks(id="hasil untuk tahun yang berlaku bagi {rule} {years}",
         en="a result for a year in force for {rule} {years}"),
    Teks(id="hasil menurut aturan yang berlaku untuk TA {tahun} ({rule})",
         en="a result under a rule set in force for TA {tahun} ({rule})"),
    Teks(id="angka atau hasil kalkulator {name}",
         en="a number or the result of the {name} calculator"),
    Teks(id="tidak ada SPM pada TW IV sebagai pembanding", en="no SPM in TW IV to compare with"),
    Teks(id="paling banyak jumlah_spm ({jumlah})", en="at most jumlah_spm ({jumlah})"),
    Teks(id="pemetaan {{jenis belanja: 12 jumlah uang}}",
         en="a mapping {{jenis belanja: 12 amounts}}"),
    Teks(id="urutan 12 jumlah uang bulanan", en="a sequence of 12 monthly amounts"),
    Teks(id="12 jumlah uang bulanan", en="12 monthly amounts"),
    Teks(id="pemetaan {{jenis belanja: pagu}}", en="a mapping {{jenis belanja: pagu}}"),
    Teks(id="pemetaan {{jenis belanja: jumlah}}", en="a mapping {{jenis belanja: amount}}"),
    Teks(id="pemetaan {{jenis belanja: realisasi kumulatif per triwulan}}",
         en="a mapping {{jenis belanja: cumulative realisasi per quarter}}"),
    Teks(id="jenis belanja yang sama dengan rpd: {plan}",
         en="the same jenis belanja as rpd: {plan}"),
    Teks(id="urutan bulan 1–12", en="a sequence of months 1–12"),
    Teks(id="bulan-bulan 1–12", en="months 1–12"),
    Teks(id="setiap bulan sekali", en="each month once"),
    Teks(id="pemetaan {{jenis belanja: jumlah uang}}", en="mappings {{jenis belanja: amount}}"),
    Teks(id="blokir per jenis belanja: sejak TA {tahun} dasarnya pagu dikurangi blokir ({{}} "
            "bila tidak ada yang diblokir)",
         en="blokir per jenis belanja: from TA {tahun} the base is pagu minus blokir ({{}} when "
            "nothing is blocked)"),
    Teks(id="tahun=2026 atau sesudahnya (ambang belanja pegawai yang dibayar terpusat adalah "
            "aturan 2026)",
         en="tahun=2026 or later (the threshold for centrally paid belanja pegawai is a 2026 "
            "rule)"),
    Teks(id="4 ambang kumulatif triwulanan dalam (0, 100] %",
         en="4 cumulative quarterly thresholds in (0, 100] %"),
    Teks(id="jenis belanja dari pagu: {jenis}", en="jenis belanja of pagu: {jenis}"),
    Teks(id="1–4 nilai triwulanan, sama untuk setiap jenis belanja",
         en="1–4 quarterly values, the same for every jenis belanja"),
    Teks(id="nilai untuk {n} triwulan yang telah berakhir pada TW {tw} (None untuk triwulan "
            "sesudahnya)",
         en="values for the {n} quarter(s) that have ended at TW {tw} (None for later "
            "quarters)"),
    Teks(id="total pagu (dikurangi blokir) nol pada TW {tw}",
         en="total pagu (less blokir) is zero in TW {tw}"),
    Teks(id="satu jumlah uang, atau satu per triwulan yang telah berakhir",
         en="an amount, or one per quarter that has ended"),
    Teks(id="{n} jumlah uang triwulanan (satu per triwulan yang telah berakhir), atau satu "
            "jumlah untuk setiap triwulan",
         en="{n} quarterly amounts (one per quarter that has ended), or one amount for every "
            "quarter"),
    Teks(id="urutan nilai triwulanan", en="a sequence of quarterly values"),
    Teks(id="nilai (triwulan sebelum triwulan yang bernilai telah berakhir)",
         en="a value (a quarter before a quarter with a value has ended)"),
    Teks(id="pemetaan {{(kode, jenis): (pagu, realisasi)}}",
         en="a mapping {{(kode, jenis): (pagu, realisasi)}}"),
    Teks(id="tahun yang penyesuaiannya mengecualikan RO khusus dari penyerapan (tahun=2026)",
         en="a year whose adjustments exclude RO khusus from penyerapan (tahun=2026)"),
    Teks(id="kunci (kode RO, jenis belanja)", en="keys (kode RO, jenis belanja)"),
    Teks(id="RO dari KRO {kro}", en="an RO of KRO {kro}"),
    Teks(id="(pagu, [realisasi per triwulan])", en="(pagu, [realisasi per quarter])"),
    Teks(id="jumlah uang dalam batas jenis belanja {jenis}",
         en="amounts within those of jenis belanja {jenis}"),
    # sakip.ikpa_indikator
    Teks(id="{a} dan {b} bersama-sama (RO {kode})", en="{a} and {b} together (RO {kode})"),
    Teks(id="pcro dan tpcro, atau rvro dan volume (RO {kode})",
         en="pcro and tpcro, or rvro and volume (RO {kode})"),
    Teks(id="aturan capaian output beserta rumusnya (per-5-pb-2024); {rule} hanya memuat batas "
            "waktu pelaporan (batas_lapor_capaian_output), rumusnya belum diperoleh",
         en="a capaian output rule set with its formula (per-5-pb-2024); {rule} holds only the "
            "reporting deadline (batas_lapor_capaian_output), its formula was not retrieved"),
    Teks(id="urutan tanggal (boleh kosong)", en="a sequence of dates (may be empty)"),
    Teks(id="nilai-nilai datetime.date", en="datetime.date values"),
    Teks(id="ketepatan_waktu atau tanggal_lapor (dengan hari_libur), salah satunya",
         en="ketepatan_waktu or tanggal_lapor (with hari_libur), one of them"),
    Teks(id="hari libur tahun itu (urutan kosong bila tidak ada) untuk menghitung hari kerja",
         en="the year's holidays (an empty sequence when there are none) to count working days"),
    Teks(id="sebuah datetime.date", en="a datetime.date"),
    Teks(id="urutan CapaianRO yang tidak kosong", en="a non-empty sequence of CapaianRO"),
    Teks(id="nilai-nilai CapaianRO", en="CapaianRO values"),
    Teks(id="setiap RO sekali", en="each RO once"),
    Teks(id="rvro dan volume untuk RO {kode} (Formula 2 berlaku pada bulan {bulan} dengan "
            "PCRO ≥ 100)",
         en="rvro and volume for RO {kode} (Formula 2 applies in month {bulan} with PCRO ≥ 100)"),
    Teks(id="rvro dan volume untuk RO {kode} (Formula 2 berlaku pada bulan {bulan})",
         en="rvro and volume for RO {kode} (Formula 2 applies in month {bulan})"),
    Teks(id="RO {kode}: volume bernilai 0", en="RO {kode}: volume is 0"),
    Teks(id="pcro dan tpcro untuk RO {kode} (Formula 1 berlaku pada bulan {bulan})",
         en="pcro and tpcro for RO {kode} (Formula 1 applies in month {bulan})"),
    Teks(id="RO {kode}: TPCRO bernilai 0", en="RO {kode}: TPCRO is 0"),
    Teks(id="hitungan atau urutan kode revisi", en="a count or a sequence of revision codes"),
    Teks(id="kode revisi tiga digit seperti '211'", en="three-digit revision codes such as '211'"),
    Teks(id="tanpa semester menurut {rule}: revisi dihitung per triwulan (triwulan=[...])",
         en="no semesters under {rule}: revisions are counted per quarter (triwulan=[...])"),
    Teks(id="revisi terhitung setiap triwulan yang telah berakhir (1–4 hitungan atau daftar "
            "kode)",
         en="the counted revisions of each quarter that has ended (1–4 counts or code lists)"),
    Teks(id="tanpa triwulan menurut {rule}: revisi dihitung per semester (semester_i, "
            "semester_ii)",
         en="no quarters under {rule}: revisions are counted per semester (semester_i, "
            "semester_ii)"),
    Teks(id="revisi terhitung semester I (hitungan atau kode revisinya)",
         en="the counted revisions of semester I (a count or the revision codes)"),
    Teks(id="paling banyak {nilai}, nilai kontrak yang ditandatangani paling lambat 31 Maret "
            "(kontrak yang lebih lambat tidak pernah bernilai lebih)",
         en="at most {nilai}, the score of a contract signed by 31 March (a later contract "
            "never scores more)"),
    Teks(id="urutan tanggal yang tidak kosong (None bila tidak ada kontrak demikian)",
         en="a non-empty sequence of dates (None when there is no such contract)"),
    Teks(id="tanggal sebelum akhir TA {tahun}", en="a date before the end of TA {tahun}"),
    Teks(id="nilai kontrak yang ditandatangani sesudah {end} (belum diperoleh [OPEN]: berikan "
            "secara eksplisit)",
         en="the score of a contract signed after {end} (not retrieved [OPEN]: give it "
            "explicitly)"),
    Teks(id="tanpa kontrak yang memenuhi syarat: berikan None (bagian ini tidak berlaku)",
         en="no eligible contract: give None (the part does not apply)"),
    Teks(id="paling banyak jumlah ({jumlah})", en="at most jumlah ({jumlah})"),
    Teks(id="up_kkp dan realisasi_kkp bersama-sama", en="up_kkp and realisasi_kkp together"),
    Teks(id="UP KKP bernilai 0: berikan None (bagian KKP tidak berlaku)",
         en="UP KKP is 0: give None (the KKP part does not apply)"),
    Teks(id="1–4 nilai triwulanan", en="1–4 quarterly values"),
    # sakip.indeks_kepuasan
    Teks(id="bilangan bulat >= 1", en="a whole number >= 1"),
    Teks(id="nilai di dalam pita tercetak {aturan} ({skala}), atau celah='bawah' / 'atas'",
         en="a value inside a printed band of {aturan} ({skala}), or celah='bawah' / 'atas'"),
    Teks(id="jawaban bulat {lo}–{hi} (atau None bila responden melewati unsur itu)",
         en="a whole answer {lo}–{hi} (or None when the respondent skipped the unsur)"),
    Teks(id="daftar jawaban responden", en="a list of respondents' answers"),
    Teks(id="{n} jawaban ({rule})", en="{n} answers ({rule})"),
    Teks(id="paling sedikit satu jawaban untuk unsur {u}", en="at least one answer to unsur {u}"),
    Teks(id="{n} total, satu per unsur ({rule})", en="{n} totals, one per unsur ({rule})"),
    Teks(id="{n} hitungan, satu per unsur", en="{n} counts, one per unsur"),
    Teks(id="jumlah bulat dari {n} jawaban {lo}–{hi} ({low}–{high})",
         en="a whole sum of {n} answers {lo}–{hi} ({low}–{high})"),
    Teks(id="jawaban atau nilai_unsur dengan responden, tidak keduanya",
         en="either jawaban or nilai_unsur with responden, not both"),
    Teks(id="nilai_unsur= dan responden=, atau jawaban=",
         en="nilai_unsur= and responden=, or jawaban="),
    # sakip.indeks_pembangunan
    Teks(id="{low} <= {name} <= {high} (batas minimum dan maksimum)",
         en="{low} <= {name} <= {high} (the goalposts)"),
    Teks(id="tepat satu dari pengeluaran (rupiah) dan pengeluaran_ribu (ribuan)",
         en="exactly one of pengeluaran (rupiah) and pengeluaran_ribu (thousands)"),
    # sakip.indicators
    Teks(id="agregasi='flow' atau 'stock' (atau kumulatif=True / False yang lama); tidak pernah "
            "ditebak",
         en="agregasi='flow' or 'stock' (or the older kumulatif=True / False); it is never "
            "inferred"),
    Teks(id="agregasi= atau kumulatif=, tidak keduanya",
         en="either agregasi= or kumulatif=, not both"),
    Teks(id="True (jumlah) atau False (tingkat)", en="True (count) or False (level)"),
    Teks(id="'stabilize' (bawaan) kecuali polarisasi 'stabilize': rentang menyatakan cara target "
            "rentang dievaluasi",
         en="'stabilize' (the default) unless polarisasi is 'stabilize': rentang says how a "
            "range target is evaluated"),
    Teks(id="floor <= cap ({cap})", en="floor <= cap ({cap})"),
    Teks(id="predikat di kedua sisi (target 'BB', realisasi 'A') atau level SPIP di kedua sisi "
            "('Level 3', 'Level 4')",
         en="a predikat on both sides (target 'BB', realisasi 'A') or an SPIP level on both "
            "sides ('Level 3', 'Level 4')"),
    Teks(id="'maximize' untuk target predikat dan level",
         en="'maximize' for predikat and level targets"),
    Teks(id="satu angka (target rentang memerlukan polarisasi 'stabilize')",
         en="a single number (a range needs polarisasi 'stabilize')"),
    Teks(id="target >= 0 (terhadap target negatif, R / T dan (2T − R) / T memeringkat realisasi "
            "yang lebih buruk lebih tinggi; tidak ada rumus yang diterbitkan untuknya)",
         en="a target >= 0 (against a negative target R / T and (2T − R) / T rank a worse "
            "realisasi higher; no formula is published for it)"),
    Teks(id="realisasi > 0 pada T / R (R negatif membalik tanda rasionya: makin kecil R, makin "
            "kecil T / R, berlawanan dengan minimize)",
         en="a realisasi > 0 under T / R (a negative R turns the ratio's sign: the lower R, the "
            "lower T / R, against minimize)"),
    Teks(id="pemetaan {{tahun: nilai}} yang tidak kosong",
         en="a non-empty mapping {{year: value}}"),
    Teks(id="tahun int sebagai kunci", en="int years as keys"),
    Teks(id="tahun {low}–{high} (seperti sakip.TahunAnggaran)",
         en="years {low}–{high} (as sakip.TahunAnggaran)"),
    Teks(id="rentang (rendah, tinggi) untuk polarisasi 'stabilize'",
         en="a (low, high) range for polarisasi 'stabilize'"),
    Teks(id="False pada polarisasi 'stabilize' (jumlah rentang bukan rentang)",
         en="False under polarisasi 'stabilize' (a sum of ranges is not a range)"),
    Teks(id="tahun-tahun dalam target Renstra {years}",
         en="years within the Renstra targets {years}"),
    Teks(id="semua angka atau semua predikat", en="all numbers or all predikat"),
    Teks(id="False untuk indikator predikat", en="False for predikat indicators"),
    Teks(id="'maximize' untuk target predikat", en="'maximize' for predikat targets"),
    # sakip.komponen
    Teks(id="tanpa penyebut untuk jenis 'jumlah'", en="no penyebut for jenis 'jumlah'"),
    Teks(id="daftar bagian yang tidak kosong untuk jenis 'jumlah'",
         en="a non-empty list of parts for jenis 'jumlah'"),
    Teks(id="satu angka untuk jenis {jenis} (daftar hanya untuk 'jumlah')",
         en="one number for jenis {jenis} (a list only for 'jumlah')"),
    Teks(id="angka untuk jenis {jenis}", en="a number for jenis {jenis}"),
    # sakip.lke
    Teks(id="pasangan (grade, persen)", en="(grade, persen) pairs"),
    Teks(id="grade yang berbeda-beda", en="distinct grades"),
    Teks(id="persen dalam 0–100, menurun tegas", en="persen within 0–100, strictly decreasing"),
    Teks(id="kode yang berbeda-beda", en="distinct codes"),
    Teks(id="persen subkomponen yang jumlahnya tepat 100",
         en="persen of the sub-components adding up to exactly 100"),
    Teks(id="subkomponen {lembar}: {codes}", en="a sub-component of {lembar}: {codes}"),
    Teks(id="nama, atau pemetaan {{subkomponen: nama}}",
         en="a name, or a mapping {{sub-component: name}}"),
    Teks(id="nama skala (str)", en="a scale name (str)"),
    Teks(id="satu grade pada metode 'nilai-tunggal'", en="one grade under metode 'nilai-tunggal'"),
    Teks(id="paling sedikit satu jawaban", en="at least one answer"),
    Teks(id="{count} jawaban kriteria ({lembar})", en="{count} criteria answers ({lembar})"),
    Teks(id="poin (angka) pada metode 'akumulasi'",
         en="points (a number) under metode 'akumulasi'"),
    Teks(id="poin yang jumlahnya paling banyak bobot {bobot} dari {code}",
         en="points adding up to at most the bobot {bobot} of {code}"),
    Teks(id="nama aturan, KerangkaLogis, atau None (bawaan lembar kerja)",
         en="a rule set name, a KerangkaLogis, or None (the worksheet's default)"),
    Teks(id="subkomponen ({codes}) atau kriteria ({code}.1, bernomor mulai 1) dari {lembar}",
         en="a sub-component ({codes}) or a criterion ({code}.1, numbered from 1) of {lembar}"),
    Teks(id="pemetaan {{kode subkomponen: jawaban}}",
         en="a mapping {{sub-component code: answer}}"),
    Teks(id="jawaban untuk subkomponen {kode} ({nama}, {komponen})",
         en="answers for sub-component {kode} ({nama}, {komponen})"),
    # sakip.lkj (the report file)
    Teks(id="nilai pengganti penanda templat '...' (isi nilainya, atau hapus barisnya)",
         en="a value in place of the template's placeholder '...' (fill it in, or delete the "
            "line or the row)"),
    Teks(id="bilangan bulat {low}–{high}", en="an integer {low}–{high}"),
    Teks(id="paling banyak {n} butir", en="at most {n} items"),
    Teks(id="angka dengan paling banyak {n} digit", en="a number of at most {n} digits"),
    Teks(id="nilai >= 0", en="a score >= 0"),
    Teks(id="jumlah uang >= 0", en="an amount >= 0"),
    Teks(id="tanda desimal (\"id\") atau tabel tanda desimal per nama kolom",
         en="a mark (\"id\") or a table of marks per field name"),
    Teks(id="places atau mode", en="places or mode"),
    Teks(id="paling banyak {n} entri", en="at most {n} entries"),
    Teks(id="triwulan {low}–{high} yang ditulis dengan digit ASCII, tanpa nol di depan "
            "(\"{example}\")",
         en="a quarter {low}–{high} written as ASCII digits, without leading zeros "
            "(\"{example}\")"),
    Teks(id="tahun {low}–{high} yang ditulis dengan digit ASCII, tanpa nol di depan "
            "(\"{example}\")",
         en="a year {low}–{high} written as ASCII digits, without leading zeros (\"{example}\")"),
    Teks(id="nama kolom tercetak dari bagian ini ({names})",
         en="the name of a printed field of this section ({names})"),
    Teks(id="angka yang ditulis sebagai teks", en="a number written as text"),
    Teks(id="target {kind} pada polarisasi {polarisasi} (atau tanpa polarisasi)",
         en="a {kind} target under polarisasi {polarisasi} (or no polarisasi)"),
    Teks(id="satu angka yang ditulis sebagai teks (rentang [rendah, tinggi] memerlukan {key} = "
            "{choice})",
         en="a single number written as text (a range [low, high] needs {key} = {choice})"),
    Teks(id="rentang dua angka yang ditulis sebagai teks, rendah lalu tinggi ([\"80\", \"90\"])",
         en="a range of two numbers written as text, low then high ([\"80\", \"90\"])"),
    Teks(id="rentang rendah <= tinggi (batas bawah lebih dulu)",
         en="a range low <= high (the lower bound first)"),
    Teks(id="satuan {other} ({unit})", en="the unit of {other} ({unit})"),
    Teks(id="paling sedikit satu baris (tabel kosong tidak memeriksa apa pun)",
         en="at least one row (an empty table checks nothing)"),
    Teks(id="nilai yang unik", en="a unique value"),
    Teks(id="tahun sebelum tahun laporan (laporan.tahun = {tahun}): evaluasi terdahulu",
         en="a year before the report's (laporan.tahun = {tahun}): an earlier evaluation"),
    Teks(id="tahun sebelum tahun laporan (laporan.tahun = {tahun})",
         en="a year before the report's (laporan.tahun = {tahun})"),
    Teks(id="satu angka yang ditulis sebagai teks (rentang [rendah, tinggi] memerlukan "
            "polarisasi = 'stabilize')",
         en="a single number written as text (a range [low, high] needs polarisasi = "
            "'stabilize')"),
    Teks(id="tanpa rentang: rentang menyatakan cara target rentang dievaluasi, dan hanya untuk "
            "polarisasi 'stabilize' (polarisasi = {polarisasi})",
         en="no rentang: it says how a range target is evaluated, and belongs to polarisasi "
            "'stabilize' (polarisasi = {polarisasi})"),
    Teks(id="baris (baris), atau rerata (rerata) tabel yang hanya mencetak reratanya: tabel "
            "tanpa keduanya tidak memeriksa apa pun",
         en="rows (baris), or the means (rerata) of a table that prints only its means: a table "
            "with neither checks nothing"),
    Teks(id="tanpa kategori: tabel kategori IE hanya untuk rumus 'indeks' (rumus = {rumus})",
         en="no kategori: an IE category table belongs to rumus 'indeks' (rumus = {rumus})"),
    Teks(id="persentase (tanpa 'Rp'): klaim {kind} mencetak persentase",
         en="a percentage (no 'Rp'): a {kind} klaim prints a percentage"),
    Teks(id="dua tahun [awal, akhir] ([2020, 2024])", en="two years [first, last] ([2020, 2024])"),
    Teks(id="tahun awal tidak sesudah tahun akhir", en="the first year not after the last"),
    Teks(id="periode Renstra [awal, akhir] (renstra memerlukannya)",
         en="the Renstra period [first, last] (a renstra needs it)"),
    Teks(id="salah satu dari 'awal', 'revisi' (pk memerlukannya)",
         en="one of 'awal', 'revisi' (a pk needs it)"),
    Teks(id="tanggal PK revisi ditandatangani (revisi bertanggal)",
         en="the date a revised PK was signed (a revisi is dated)"),
    Teks(id="tanpa {key} di luar dokumen pk (jenis = {jenis}; cetakan PK dalam laporan memuat "
            "miliknya sendiri)",
         en="no {key} outside a pk document (jenis = {jenis}; a report's PK printings carry "
            "theirs)"),
    Teks(id="tanpa {key} dalam dokumen {jenis} (rencana mencetak target; realisasi milik LKj)",
         en="no {key} in a {jenis} document (a plan prints targets; realisasi belong to the "
            "LKj)"),
    Teks(id="tanpa {key} dalam dokumen {jenis} (rencana mencetak target)",
         en="no {key} in a {jenis} document (a plan prints targets)"),
    Teks(id="kode selain kode (entri padanan memetakan kode lama ke kode baru)",
         en="another code than kode (a crosswalk entry maps an old code to a new one)"),
    Teks(id="angka yang pembacaannya tidak bergantung pada tanda desimal ({declared} = "
            "'campuran' membaca rupiah sebagai 'id' dan persentase sebagai 'en'; angka ini tanpa "
            "satuan dan terbaca {as_id} menurut 'id', {as_en} menurut 'en'): beri bagian atau "
            "kolomnya angka",
         en="a number whose reading does not hang on the decimal mark ({declared} = 'campuran' "
            "reads rupiah as 'id' and percentages as 'en'; this one has no unit and reads as "
            "{as_id} under 'id', {as_en} under 'en'): give its section or field an angka"),
    Teks(id="{what} menurut {declared} = {angka} (terbaca sebagai {value}): nyatakan tanda "
            "desimal yang dipakai mencetak angka ini (angka)",
         en="{what} under {declared} = {angka} (it reads as {value}): declare the mark this "
            "number is printed with (angka)"),
    Teks(id="{what} menurut {declared} = {angka} (terbaca sebagai {value}); dengan angka = "
            "{other} terbaca sebagai {alternative}: nyatakan tanda desimal yang dipakai "
            "mencetak angka ini (angka)",
         en="{what} under {declared} = {angka} (it reads as {value}); under angka = {other} it "
            "reads as {alternative}: declare the mark this number is printed with (angka)"),
    Teks(id="hitungan tanpa desimal", en="a count with no decimals"),
    Teks(id="rupiah dengan paling banyak dua desimal", en="rupiah with at most two decimals"),
    Teks(id="angka yang pembacaannya tidak bergantung pada tanda desimal",
         en="a number whose reading does not hang on the mark"),
    Teks(id="persentase dalam kurung ('(96,56%)') atau angka tanpa kurung; negatif akuntansi "
            "'(1.234)' ditulis dengan tanda minus ('-1.234')",
         en="a percentage in parentheses ('(96,56%)') or a number without them; an accounting "
            "negative '(1.234)' is written with a minus sign ('-1.234')"),
    Teks(id="{rule}, aturan yang berlaku pada TA {tahun}, atau tanpa aturan (tahun = {tahun2} "
            "dan aturan = {aturan} {years} saling bertentangan)",
         en="{rule}, the rule set in force in TA {tahun}, or no aturan (tahun = {tahun2} and "
            "aturan = {aturan} {years} contradict each other)"),
    Teks(id="tanpa aturan (tahun = {tahun} dan aturan = {aturan} {years} saling bertentangan)",
         en="no aturan (tahun = {tahun} and aturan = {aturan} {years} contradict each other)"),
    Teks(id="path atau pemetaan", en="a path or a mapping"),
    Teks(id="tabel (objek JSON)", en="a table (a JSON object)"),
    Teks(id="sakip/lkj-1, sebuah laporan (berkas ini dokumen yang ditulis sakip reviu; tulis "
            "dengan -o, yang dilewati oleh jalankan berikutnya)",
         en="sakip/lkj-1, a report (this file is a document written by sakip reviu; write it "
            "with -o, which a later run leaves out of the reports)"),
    # sakip.numbers
    Teks(id="0 <= places <= {n}", en="0 <= places <= {n}"),
    Teks(id="teks seperti ',-'", en="text such as ',-'"),
    # sakip.pemerintah_digital
    Teks(id="tripel (nama, bobot, anggota)", en="(name, weight, members) triples"),
    Teks(id="anggota di antara masukan berbobot", en="members among the weighted inputs"),
    Teks(id="bobot sama dengan jumlah bobot indikatornya ({total})",
         en="a weight equal to the sum of its indicators' weights ({total})"),
    Teks(id="setiap masukan berbobot dalam tepat satu aspek",
         en="every weighted input in exactly one aspect"),
    Teks(id="nama untuk setiap masukan berbobot", en="a name for every weighted input"),
    Teks(id="teks (sistem nasional)", en="text (the national system)"),
    Teks(id="Decimal berhingga", en="a finite Decimal"),
    Teks(id=">= lower ({lower})", en=">= lower ({lower})"),
    Teks(id="paling banyak {places} desimal (angka seperti tercetak)",
         en="at most {places} decimals (a figure as printed)"),
    Teks(id="sebuah Rentang", en="a Rentang"),
    Teks(id="nomor indikator (int)", en="an indicator number (int)"),
    Teks(id="setiap {what} dari {rule}; tidak ada {missing}",
         en="every {what} of {rule}; missing {missing}"),
    Teks(id="level {low}–{high} (bilangan bulat)", en="a level {low}–{high} (an integer)"),
    Teks(id="pemetaan yang tidak kosong", en="a non-empty mapping"),
    Teks(id="instrumen SPBE (masukan domain; untuk Pemdi panggil sakip.indeks_pemdi)",
         en="an SPBE instrument (domain inputs; for Pemdi call sakip.indeks_pemdi)"),
    Teks(id="instrumen Pemdi (masukan indikator; untuk SPBE panggil sakip.indeks_spbe)",
         en="a Pemdi instrument (indicator inputs; for SPBE call sakip.indeks_spbe)"),
    Teks(id="tepat satu dari indikator= dan aspek=", en="exactly one of indikator= and aspek="),
    # sakip.periods
    Teks(id="tahun 1900–2999 (int)", en="a year 1900–2999 (int)"),
    Teks(id="jumlah periode berupa int", en="an int number of periods"),
    Teks(id="1–{limit}", en="1–{limit}"),
    Teks(id="tahun >= awal ({awal})", en="a year >= awal ({awal})"),
    Teks(id="tanggal bertahun, atau year= diberikan", en="a date with a year, or year= given"),
    Teks(id="tahun 1900–2999 (seperti kelas periode)",
         en="a year 1900–2999 (as the period classes)"),
    Teks(id="nama bulan Indonesia seperti 'Mei' atau 'Agustus'",
         en="an Indonesian month name such as 'Mei' or 'Agustus'"),
    Teks(id="tanggal kalender yang sah", en="a valid calendar date"),
    Teks(id="tanggal atau rentang tanggal Indonesia seperti '11 s.d 13 Mei 2023'",
         en="an Indonesian date or date range such as '11 s.d 13 Mei 2023'"),
    Teks(id="rentang yang akhirnya tidak sebelum awalnya",
         en="a range whose end is not before its start"),
    Teks(id="pasangan ((awal, akhir), nilai)", en="((start, end), value) pairs"),
    Teks(id="sebuah pasangan ((awal, akhir), nilai)", en="a ((start, end), value) pair"),
    Teks(id="tanggal dalam {period}", en="a date in {period}"),
    Teks(id="pemetaan {{triwulan 1–4: nilai}}", en="a mapping {{quarter 1–4: value}}"),
    Teks(id="triwulan bernomor 1–4", en="quarters numbered 1–4"),
    # sakip.predikat
    Teks(id="{low} <= nilai <= {high} (nilai evaluasi AKIP)",
         en="{low} <= nilai <= {high} (nilai evaluasi AKIP)"),
    Teks(id="komponen {rule}: {names}", en="components of {rule}: {names}"),
    Teks(id="poin untuk komponen {name} (0–{weight})",
         en="points for component {name} (0–{weight})"),
    Teks(id="0 <= {name} <= {weight} (bobot komponen LKE)",
         en="0 <= {name} <= {weight} (bobot komponen LKE)"),
    # sakip.renja
    Teks(id="urutan paling banyak empat triwulan (TW I–IV; None: belum dilaporkan)",
         en="a sequence of up to four quarters (TW I–IV; None: not yet reported)"),
    Teks(id="1 sampai 4 triwulan (TW I–IV)", en="1 to 4 quarters (TW I–IV)"),
    Teks(id="fraksi kumulatif yang tidak pernah turun",
         en="cumulative fractions that never decrease"),
    Teks(id="tepat satu dari realisasi_triwulan= dan fraksi_triwulan=",
         en="exactly one of realisasi_triwulan= and fraksi_triwulan="),
    Teks(id="nilai di luar celah antara pita tercetak (celah='tolak')",
         en="a value outside the gaps between the printed bands (celah='tolak')"),
    Teks(id="urutan, satu butir per baris", en="a sequence, one item per row"),
    Teks(id="{n} baris pada capaian, pagu dan realisasi_anggaran",
         en="{n} rows in capaian, pagu and realisasi_anggaran"),
    # sakip.reviu
    Teks(id="tanggal YYYY-MM-DD", en="a date YYYY-MM-DD"),
    Teks(id="[selesai paling lambat 31 Maret, semua]", en="[finished by 31 March, all]"),
    Teks(id="tepat {names}", en="exactly {names}"),
    Teks(id="nilai untuk {what} (setiap indikator aturan itu; \"-\" bila tidak dinilai)",
         en="a score for {what} (every indicator of the rule set; \"-\" when it is not "
            "assessed)"),
    Teks(id="{n} NRR, satu per unsur ({rule})", en="{n} NRR, one per unsur ({rule})"),
    Teks(id="total untuk unsur {i}", en="a total for unsur {i}"),
    Teks(id="nomor indikator (\"1\" … \"20\")", en="an indicator number (\"1\" … \"20\")"),
    Teks(id="paling sedikit satu tahun (\"2024\" = \"...\")",
         en="at least one year (\"2024\" = \"...\")"),
    Teks(id="false untuk indikator predikat (predikat tidak dijumlahkan)",
         en="false for predikat indicators (a predikat is not summed)"),
    Teks(id="tahun-tahun dalam target Renstra ({years})",
         en="years within the Renstra targets ({years})"),
    Teks(id="tahun-tahun dalam target Renstra ({years}; atau berikan realisasi periode itu di "
            "{place}.realisasi)",
         en="years within the Renstra targets ({years}; or give the period's realisasi in "
            "{place}.realisasi)"),
    Teks(id="path, pemetaan atau Laporan", en="a path, a mapping or a Laporan"),
    Teks(id="daftar dokumen unit itu (path, pemetaan atau Laporan)",
         en="a list of the unit's documents (paths, mappings or Laporan)"),
    Teks(id="paling sedikit satu dokumen unit itu", en="at least one document of the unit"),
    Teks(id="dokumen {unit} (rantai satu unit; reviu_rantai_units mengelompokkan beberapa unit)",
         en="a document of {unit} (one unit's chain; reviu_rantai_units groups several units)"),
    # sakip.simulasi
    Teks(id="'maximize' (realisasi terkecil) untuk target predikat",
         en="'maximize' (least realisasi) for a predikat target"),
    Teks(id="satu angka (target rentang memerlukan 'stabilize')",
         en="a single number (a range needs 'stabilize')"),
    Teks(id="{wanted} (atau None) pada polarisasi {polarisasi}",
         en="{wanted} (or None) under polarisasi {polarisasi}"),
    Teks(id="paling sedikit satu RincianOutput", en="at least one RincianOutput"),
    Teks(id="kode output yang capaian output-nya diubah (salah satu dari {names})",
         en="the kode of the output whose capaian output varies (one of {names})"),
    Teks(id="kode output yang realisasinya menurut {rumus} diubah (salah satu dari {names})",
         en="the kode of the output whose realisasi under {rumus} varies (one of {names})"),
    Teks(id="output {kode} dengan capaian dalam persen (bukan volume)",
         en="output {kode} with a capaian in percent (not volumes)"),
    Teks(id="predikat {aturan}", en="a predikat of {aturan}"),
    Teks(id="urutan nama penyesuaian (opsi=['ta-2025-efisiensi'])",
         en="a sequence of adjustment names (opsi=['ta-2025-efisiensi'])"),
    Teks(id="hasil evaluasi (sakip.evaluasi_akip(...)) beserta poin per komponen",
         en="an evaluation result (sakip.evaluasi_akip(...)) with points per component"),
    Teks(id="hasil evaluasi atau poin per komponen, tidak keduanya",
         en="either an evaluation result or the points per component, not both"),
    Teks(id="predikat di atas predikat sekarang; hasil evaluasinya sudah AA",
         en="a predikat above the current one; the evaluation is already AA"),
    Teks(id="tepat satu dari capaian= dan tingkat=", en="exactly one of capaian= and tingkat="),
    Teks(id="TW I–III, sebuah urutan", en="TW I–III, a sequence"),
    Teks(id="paling banyak tiga triwulan (TW I–III; TW IV yang dicari)",
         en="at most three quarters (TW I–III; TW IV is solved for)"),
    Teks(id="kolom 15 memerlukan target Renstra > 0 (nol atau tidak diberikan)",
         en="kolom 15 needs a target Renstra > 0 (zero or not given)"),
    Teks(id="kolom 14 indikator arus memerlukan kolom 7 (isi 0 pada tahun pertama)",
         en="kolom 14 of a flow indicator needs kolom 7 (give 0 in the first year)"),
    Teks(id="label 'tinggi-rendah' atau 'baik-kurang' dan celah 'bawah' atau 'atas'",
         en="label 'tinggi-rendah' or 'baik-kurang' and celah 'bawah' or 'atas'"),
    Teks(id="pertanyaan yang rentang dan jawabannya berada dalam 10^40 langkah kisi {grid} (di "
            "luar itu, aritmetika 50 digit tidak dapat membedakan jawaban dari titik kisi "
            "berikutnya)",
         en="a question whose range and answer lie within 10^40 steps of the grid {grid} "
            "(beyond, 50-digit arithmetic cannot tell an answer from the next grid point)"),
    Teks(id="fungsi sakip", en="a sakip function"),
    Teks(id="masukan {function}: {names}", en="an input of {function}: {names}"),
    Teks(id="masukan lainnya, bukan {vary}", en="the other inputs, not {vary}"),
    Teks(id="masukan-masukan {function}: {names}", en="inputs of {function}: {names}"),
    Teks(id="nilai untuk setiap masukan wajib {function}: {names}",
         en="a value for each required input of {function}: {names}"),
    Teks(id="upper >= lower ({lower})", en="upper >= lower ({lower})"),
    Teks(id="True atau False bila rentang tidak punya ujung atas",
         en="True or False when the range has no upper end"),
    Teks(id="True, False atau None", en="True, False or None"),
    Teks(id="langkah kisi > 0 (1 untuk rupiah bulat, '0.01' untuk dua desimal)",
         en="a grid step > 0 (1 for whole rupiah, '0.01' for two decimals)"),
    Teks(id="sasaran di dalam {what}", en="a goal within {what}"),
    Teks(id="sakip.ikpa.PenyerapanTargetRule", en="a sakip.ikpa.PenyerapanTargetRule"),
    Teks(id="paling sedikit satu jenis belanja", en="at least one jenis belanja"),
    # sakip.spip
    Teks(id="teks 'Level n', int 0–5 atau LevelSPIP",
         en="'Level n' text, an int 0–5 or a LevelSPIP"),
    Teks(id="level 'Level 0' … 'Level 5' (atau 0–5); nilai tidak dibaca sebagai level (pitanya "
            "belum diperoleh)",
         en="a level 'Level 0' … 'Level 5' (or 0–5); a score is not read as a level (bands not "
            "retrieved)"),
)

#: Fields whose text is never looked up (the place in the file and the value received).
_VERBATIM = frozenset({"field", "received"})
#: Fields that hold a count: they match digits only (``{n} rows`` is not any text before "rows").
_COUNTS = frozenset({"n", "first"})


def _pattern(template: str) -> re.Pattern[str]:
    """The regular expression matching the text ``template`` writes, its fields as groups."""
    out, seen = [], set()
    for literal, name, _spec, _conv in _formatter.parse(template):
        out.append(re.escape(literal))
        if name is not None:
            group = r"[\d.,]+" if name in _COUNTS else ".+?"
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>{group})")
            seen.add(name)
    return re.compile("".join(out), re.DOTALL)


_formatter = string.Formatter()


def _literal(template: str) -> tuple[int, str]:
    """How much of ``template`` is its own text (not fields); its text before the first field."""
    parts = list(_formatter.parse(template))
    return sum(len(literal) for literal, *_ in parts), parts[0][0] if parts else ""


#: Every phrase's pattern, the one with the most text of its own first (so that "a str" wins
#: over "a {cls}", "pagu is zero: RA / P is undefined" over "{what} is zero: …").
_PATTERNS: tuple[tuple[re.Pattern[str], Teks], ...] = tuple(
    sorted(((_pattern(t.en), t) for t in (*KATALOG, *_FRAME.values(), _NOT_COMPUTABLE)),
           key=lambda p: (-_literal(p[1].en)[0], -len(p[1].en))))
#: The patterns a text can match, indexed by its first four characters (the patterns whose
#: template starts with a field, or with fewer characters, are candidates for every text), in
#: the order of :data:`_PATTERNS`: a look-up tries a few dozen patterns, not all of them.
_KEY = 4
_ANY = tuple(p for p in _PATTERNS if len(_literal(p[1].en)[1]) < _KEY)
_BY_PREFIX: dict[str, tuple[tuple[re.Pattern[str], Teks], ...]] = {
    key: tuple(p for p in _PATTERNS if p in _ANY or _literal(p[1].en)[1][:_KEY] == key)
    for key in {_literal(t.en)[1][:_KEY] for _, t in _PATTERNS} if len(key) == _KEY}


def terjemah(text: str, *, depth: int = 2) -> str:
    """``text`` (an English phrase of the library) as a :class:`Pesan` when the catalog holds it.

    A :class:`Pesan` is returned as it is; text the catalog does not hold is
    returned as it is (it renders unchanged in every language).

    >>> terjemah("one of 'id', 'en'")("id")
    "salah satu dari 'id', 'en'"
    >>> terjemah("something new")
    'something new'
    """
    if isinstance(text, Pesan) or not text:
        return text
    return _terjemah(str(text), depth)


@functools.lru_cache(maxsize=8192)
def _terjemah(text: str, depth: int) -> str:
    """:func:`terjemah` of a plain string (a reviu meets the same phrases again and again)."""
    for pattern, teks in _BY_PREFIX.get(text[:_KEY], _ANY):
        match = pattern.fullmatch(text)
        if match is not None:
            fields = {k: v if k in _VERBATIM or depth <= 0 else terjemah(v, depth=depth - 1)
                      for k, v in match.groupdict().items()}
            return Pesan(teks, **fields)
    return text


#: A place in a workbook as ``sakip._xlsx`` names it (an error's ``field``).
_WORKBOOK_PLACE = re.compile(
    r"sheet (?P<sheet>.+?), row (?P<row>[0-9]+)(?:, column (?P<column>.+))?\Z")
_SHEET_ROW = Teks(id="lembar {sheet}, baris {row}", en="sheet {sheet}, row {row}")
_SHEET_ROW_COLUMN = Teks(id="lembar {sheet}, baris {row}, kolom {column}",
                         en="sheet {sheet}, row {row}, column {column}")


def _tempat(field: str) -> str:
    """An error's field in either language: a workbook's sheet, row and column are words
    (``lembar indikator, baris 3, kolom target``); any other field is the file's own name.

    >>> from sakip._bahasa import tulis
    >>> tulis(_tempat("sheet indikator, row 3, column target"), "id")
    'lembar indikator, baris 3, kolom target'
    >>> _tempat("indikator[1].target")
    'indikator[1].target'
    """
    match = _WORKBOOK_PLACE.match(field)
    if match is None:
        return field
    if match["column"] is None:
        return Pesan(_SHEET_ROW, sheet=match["sheet"], row=match["row"])
    return Pesan(_SHEET_ROW_COLUMN, sheet=match["sheet"], row=match["row"],
                 column=match["column"])


def pesan_error(error: SakipError, *, as_written: bool = True) -> str:
    """The error's message as a :class:`Pesan`: its frame and phrases in either language.

    Its English text is the error's message (with the value received as the
    user wrote it when ``as_written``, as :func:`sakip._decimal.message` writes
    it).  A message not composed from the fields (a custom one) is looked up
    whole in the catalog.
    """
    english = _message(error) if as_written else str(error)
    if isinstance(error, LaporanError) and english == str(error):
        return _laporan(error, as_written=as_written)
    if isinstance(error, NotComputableError) and error.field and (
            str(error) == f"{error.field}: not computable: {error.reason}"):
        return Pesan(_NOT_COMPUTABLE, field=_tempat(error.field), reason=terjemah(error.reason))
    if error.expected is not None and str(error) == _compose(
            error.field, error.expected, error.received):
        received = english.rsplit("received ", 1)[1]
        return Pesan(_FRAME[(bool(error.field), bool(error.expected))],
                     field=_tempat(error.field or ""), expected=terjemah(error.expected),
                     received=received)
    field = error.field
    if field and english.startswith(f"{field}: "):
        rest = terjemah(english[len(field) + 2:])
        if isinstance(rest, Pesan):
            return Pesan(_FIELD_FIRST, field=_tempat(field), rest=rest)
    return terjemah(english)


def _laporan(error: LaporanError, *, as_written: bool) -> str:
    """An unreadable report's message, each problem rendered by :func:`pesan_error`."""
    problems = error.errors
    if len(problems) == 1:
        return Pesan(_FIELD_FIRST, field=error.source,
                     rest=pesan_error(problems[0], as_written=False))
    out: str = Pesan(_PROBLEMS[len(problems) == 1], source=error.source, n=len(problems))
    for problem in problems[:_SHOWN_PROBLEMS]:
        out = Pesan(_JOINED, a=out, b=Pesan(_PROBLEM_LINE,
                                            problem=pesan_error(problem, as_written=False)))
    if len(problems) > _SHOWN_PROBLEMS:
        out = Pesan(_JOINED, a=out, b=Pesan(_MORE_PROBLEMS, n=len(problems) - _SHOWN_PROBLEMS))
    return out


#: Two parts of a message with nothing between them.
_JOINED = Teks(id="{a}{b}", en="{a}{b}")


def phrases() -> Iterable[Teks]:
    """Every text of this module (the frames and the catalog), for the tests."""
    yield from _FRAME.values()
    yield from _PROBLEMS.values()
    yield from (_NOT_COMPUTABLE, _FIELD_FIRST, _PROBLEM_LINE, _MORE_PROBLEMS, _JOINED)
    yield from KATALOG
