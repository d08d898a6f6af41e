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
    Teks(id="angka berformat Indonesia seperti '95,15' atau 'Rp 36.716.642.000,-'",
         en="an Indonesian number such as '95,15' or 'Rp 36.716.642.000,-'"),
    Teks(id="angka berformat Inggris seperti '95.15' atau 'Rp 36,716,642,000'",
         en="an English-written number such as '95.15' or 'Rp 36,716,642,000'"),
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
_PATTERNS: tuple[tuple[re.Pattern[str], Teks], ...] = tuple(
    sorted(((_pattern(t.en), t) for t in (*KATALOG, *_FRAME.values(), _NOT_COMPUTABLE)),
           key=lambda p: -len(p[1].en)))


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
    for pattern, teks in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            fields = {k: v if k in _VERBATIM or depth <= 0 else terjemah(v, depth=depth - 1)
                      for k, v in match.groupdict().items()}
            return Pesan(teks, **fields)
    return text


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
        return Pesan(_NOT_COMPUTABLE, field=error.field, reason=terjemah(error.reason))
    if error.expected is not None and str(error) == _compose(
            error.field, error.expected, error.received):
        received = english.rsplit("received ", 1)[1]
        return Pesan(_FRAME[(bool(error.field), bool(error.expected))],
                     field=error.field or "", expected=terjemah(error.expected),
                     received=received)
    field = error.field
    if field and english.startswith(f"{field}: "):
        rest = terjemah(english[len(field) + 2:])
        if isinstance(rest, Pesan):
            return Pesan(_FIELD_FIRST, field=field, rest=rest)
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
