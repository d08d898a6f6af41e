"""The ``sakip`` command.

``sakip reviu FILE… | DIR`` (or ``--example NAME``) reproduces every printed
figure of one or several reports and prints the findings (with several, a
summary table too); ``sakip template`` prints a commented skeleton of the
report file (``--format xlsx -o FILE``: the workbook to fill); ``sakip konversi
A B`` converts a report file that loads between TOML, JSON and ``.xlsx`` (exit
status 0, or 2 with its problems); ``sakip examples`` lists the bundled
examples.

Exit status of ``sakip reviu`` (the worst over the reports):

* 0 — no printed figure contradicts its inputs (matches and not-computable
  findings only);
* 1 — at least one printed figure does not reproduce (a ``mismatch``); with
  ``--strict`` also a figure that could not be checked (``not-computable``);
* 2 — unreadable input or bad arguments, with one line per problem on
  standard error naming the place; an unexpected failure is also exit 2,
  with a one-line message and never a traceback. Standard output that cannot
  be written (a full disk) is exit 2 with one line; a closed pipe (the reader
  went away) is exit 2 without a message; Ctrl-C is ``sakip: interrupted``
  and exit 130.

With ``--format json``, ``markdown`` or ``html`` a document is written even
when no report could be read (each unreadable one recorded with its problems,
as when several are reviewed); ``text`` then leaves the problems on standard
error alone.  A directory without ``.toml``, ``.json`` or ``.xlsx`` files is such an
unreadable source (exit status 2), alone or beside other reports.

``--output FILE`` (``-o``) writes the rendering to a temporary file in
``FILE``'s directory and renames it into place, so an interrupted run leaves
the previous file whole; it never replaces an input report, and replaces
another existing file only with ``--force`` (``-f``).  In a directory
reviewed, the ``--output`` file is left out of the reports only when it is a
document an earlier run wrote (``sakip/reviu-*`` JSON); a report there is an
input, and ``--output`` onto it is refused.

``sakip hitung FORMULA data.csv -o hasil.csv`` computes a formula for every row
of a CSV file through ``sakip.batch`` (columns named as the batch function's
parameters; see ``sakip hitung --help``): exit status 0 when every row is
computed; with bad rows, one line per bad row (its line and column) on
standard error and exit 2, or with ``--lanjut`` the good rows written, the bad
ones with their reason in ``alasan``, and exit 1.  ``--rumus`` chooses the
efisiensi formula; ``ikpa`` needs ``--tahun`` or ``--aturan``, and the rule set it
used is named on standard error.

``sakip simulasi capaian`` and ``sakip simulasi ikpa`` answer what it takes
(see ``sakip.simulasi``): exit status 0 when the goal can be reached, 1
when it cannot, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NoReturn

from sakip._bahasa import DEFAULT, Bahasa, Teks, tulis

__all__ = ["main"]

_FORMATS = ("text", "markdown", "json", "html")

#: ``sakip template --format xlsx`` with no ``-o`` on a terminal.
_BUKU_KERJA_BINER = Teks(
    id="template --format xlsx: buku kerja (workbook) berupa data biner: beri -o BERKAS.xlsx",
    en="template --format xlsx: a workbook is binary: give -o FILE.xlsx")
#: ``sakip konversi`` to a file of no known format.
_SASARAN_KONVERSI = Teks(
    id="target: diharapkan nama berkas berakhiran .toml, .json atau .xlsx; diterima {nama!r}",
    en="target: expected a file name ending in .toml, .json or .xlsx; received {nama!r}")
#: The command's own messages (``--bahasa``); the library's errors are rendered from their
#: fields (``sakip._katalog``).
_STDOUT_FAILED = Teks(id="tidak dapat menulis ke keluaran standar: {cause}",
                      en="cannot write standard output: {cause}")
_INTERRUPTED = Teks(id="dihentikan", en="interrupted")
_INTERNAL = Teks(id="galat internal ({detail}); mohon laporkan",
                 en="internal error ({detail}); please report it")
_GIVE_A_REPORT = Teks(id="sakip reviu: berikan berkas laporan, direktori, atau --example NAMA",
                      en="sakip reviu: give a report file, a directory or --example NAME")
_OUTPUT_NAME = Teks(id="output: seharusnya nama berkas (atau - untuk keluaran standar); "
                       "diterima ''",
                    en="output: expected a file name (or - for standard output); received ''")
_CANNOT_WRITE = Teks(id="tidak dapat menulis {name}: {reason}", en="cannot write {name}: {reason}")
_NOT_REGULAR = Teks(id="output {name}: seharusnya berkas biasa atau nama baru; diterima {kind}",
                    en="output {name}: expected a regular file or a new name; received {kind}")
_KINDS = {"directory": Teks(id="direktori", en="a directory"),
          "fifo": Teks(id="FIFO", en="a FIFO"),
          "device": Teks(id="perangkat", en="a device"),
          "other": Teks(id="bukan berkas biasa", en="not a regular file")}
_REPORTS = {n == 1: Teks(id="{n} laporan", en="{n} report" + ("" if n == 1 else "s"))
            for n in (1, 2)}
_HEAD = (Teks(id="laporan", en="report"), Teks(id="instansi", en="instansi"),
         Teks(id="tahun", en="tahun"))
#: ``--rantai``: a row per unit (its chain), the last year of its documents.
_UNIT_HEAD = (Teks(id="unit", en="unit"), Teks(id="tahun terakhir", en="last tahun"))
_UNITS = {n == 1: Teks(id="{n} unit", en="{n} unit" + ("" if n == 1 else "s")) for n in (1, 2)}
_EXIT_HEAD = Teks(id="keluar", en="exit")
_UNREADABLE_CELL = Teks(id="(tidak terbaca)", en="(unreadable)")
_UNREADABLE = Teks(id="tidak terbaca (status keluar 2)", en="unreadable (exit status 2)")
_UNREADABLE_HTML = Teks(id="tidak terbaca (keluar 2):", en="unreadable (exit 2):")
_SUMMARY_OF = Teks(id="Ringkasan {reports}", en="Summary of {reports}")
_SUMMARY = Teks(id="Ringkasan", en="Summary")
_REVIU_OF = Teks(id="Reviu atas {reports}", en="Reviu of {reports}")
_WORST = Teks(id="status keluar {worst} (terburuk di antara semua hasil reviu)",
              en="exit status {worst} (the worst of the reports)")


#: The command's help, in both languages (``--bahasa``; the parser is built in it).
_H_DESCRIPTION = Teks(id="Rumus akuntabilitas kinerja instansi pemerintah Indonesia.",
                      en="Indonesian government performance-accounting formulas.")
_H_REVIU = Teks(id="hitung ulang setiap angka tercetak dari satu laporan atau lebih",
                en="reproduce every printed figure of one or more reports")
_H_REVIU_EXIT = Teks(
    id="status keluar (yang terburuk dari laporan-laporan):\n"
       "  0  tidak ada angka tercetak yang bertentangan dengan masukannya (yang tidak dapat "
       "dihitung lolos)\n"
       "  1  ada angka tercetak yang tidak sesuai (--strict: atau tidak dapat diperiksa)\n"
       "  2  ada laporan yang tidak terbaca, atau argumen salah",
    en="exit status (the worst over the reports):\n"
       "  0  no printed figure contradicts its inputs (not-computable ones pass)\n"
       "  1  a printed figure does not reproduce (--strict: or could not be checked)\n"
       "  2  a report could not be read, or bad arguments")
_H_FILE = Teks(id="berkas laporan sakip/lkj-1 (TOML, .json atau .xlsx), atau direktori berisi "
                  "berkas itu",
               en="sakip/lkj-1 report files (TOML, .json or .xlsx), or directories of them")
_H_EXAMPLE = Teks(id="contoh bawaan (lihat 'sakip examples'); boleh diulang",
                  en="a bundled example (see 'sakip examples'); may repeat")
_H_FORMAT = Teks(id="format keluaran", en="output format")
_H_STRICT = Teks(id="keluar 1 juga bila ada angka tercetak yang tidak dapat diperiksa",
                 en="exit 1 also when a printed figure could not be checked")
_H_RANTAI = Teks(
    id="periksa rantai perencanaan: dokumen (Renstra, PK, LKj) tiap unit dibandingkan satu "
       "sama lain (pemeriksaan C1-C11; unit dikenali dari [laporan] instansi, antarunit "
       "tidak pernah dibandingkan)",
    en="check the planning chain: the documents (Renstra, PK, LKj) of each unit against each "
       "other (checks C1-C11; units found by [laporan] instansi, never compared with each "
       "other)")
_H_EXAMPLES = Teks(id="daftar contoh laporan bawaan", en="list the bundled example reports")
_H_TEMPLATE = Teks(id="cetak kerangka berkas laporan beserta komentarnya (atau tulis buku kerja "
                      ".xlsx untuk diisi)",
                   en="print a commented skeleton of the report file (or write the .xlsx "
                      "workbook to fill)")
_H_JENIS = Teks(id="dokumennya: laporan (bawaan), Renstra atau PK",
                en="the document: a report (default), a Renstra or a PK")
_H_VERSION = Teks(id="tampilkan versi sakip lalu keluar", en="show sakip's version and exit")
_H_TEMPLATE_FORMAT = Teks(id="toml atau xlsx: buku kerja dengan satu lembar per bagian (bawaan: "
                             "xlsx bila -o berakhiran .xlsx, selain itu toml)",
                          en="toml or xlsx: a workbook with a sheet per section (default: xlsx "
                             "when -o ends in .xlsx, else toml)")
#: ``sakip template --format`` against the extension of ``-o``.
_FORMAT_SUFFIX = Teks(id="template: --format {format} tidak cocok dengan -o {name}: beri nama "
                         "berkas berakhiran {suffix}, atau hapus --format",
                      en="template: --format {format} does not match -o {name}: give a file "
                         "name ending in {suffix}, or leave --format out")
_H_KONVERSI = Teks(id="ubah berkas laporan antara TOML, JSON dan .xlsx (diperiksa dahulu: "
                      "berkas yang bermasalah tidak diubah)",
                   en="convert a report file between TOML, JSON and .xlsx (validated first: "
                      "a file with problems is not converted)")
_H_SOURCE = Teks(id="berkas laporannya (.toml, .json atau .xlsx)",
                 en="the report file (.toml, .json or .xlsx)")
_H_TARGET = Teks(id="berkas yang ditulis (.toml, .json atau .xlsx, menurut namanya)",
                 en="the file to write (.toml, .json or .xlsx, by its name)")
_H_REPLACE = Teks(id="timpa berkas target bila sudah ada", en="replace the target if it exists")
_H_OUTPUT = Teks(id="tulis ke berkas ini, bukan ke keluaran standar (ditulis ke berkas "
                    "sementara, lalu diganti namanya; tidak pernah {never}; '-' ialah keluaran "
                    "standar)",
                 en="write to this file instead of standard output (written to a temporary "
                    "file, then renamed into place; never {never}; '-' is standard output)")
_H_NEVER_INPUT = Teks(id="laporan masukan", en="an input report")
_H_NEVER_EXISTING = Teks(id="berkas yang sudah ada tanpa --force",
                         en="an existing file without --force")
_H_NEVER_CSV = Teks(id="berkas masukan", en="the input file")
_H_FORCE = Teks(id="timpa berkas --output bila sudah ada",
                en="replace the --output file if it exists")
_H_BAHASA = Teks(id="bahasa keluaran dan pesan: id (Bahasa Indonesia, bawaan) atau en "
                    "(Inggris); kunci dan kode JSON tetap sama",
                 en="language of the output and messages: id (Bahasa Indonesia, the default) "
                    "or en (English); JSON keys and codes stay the same")
_H_SIMULASI = Teks(id="apa yang diperlukan: realisasi atau nilai yang mencapai target (lihat "
                      "sakip.simulasi)",
                   en="what it takes: the realisasi or scores that reach a target (see "
                      "sakip.simulasi)")
_H_SIM_CAPAIAN = Teks(id="realisasi yang diperlukan untuk suatu capaian",
                      en="the realisasi needed for a capaian")
_H_SIM_TARGET = Teks(id="targetnya ('1176'; 'L,U' untuk stabilize, 'L;U' dengan --angka)",
                     en="the target ('1176'; 'L,U' for stabilize, 'L;U' with --angka)")
_H_SIM_CAPAIAN_ARG = Teks(id="capaian yang hendak dicapai, dalam persen",
                          en="the capaian to reach, in percent")
_H_RUMUS_MINIMIZE = Teks(id="hanya minimize: (2T - R) / T (2t-r, bawaan) atau T / R (t/r)",
                         en="minimize only: (2T - R) / T (2t-r, the default) or T / R (t/r)")
_H_CAP = Teks(id="batas atas capaian (bawaan: tidak ada)", en="cap on capaian (off by default)")
_H_FLOOR = Teks(id="batas bawah capaian (bawaan: tidak ada)",
                en="floor on capaian (off by default)")
_H_DIRECTION = Teks(id="hanya stabilize: dari bawah (least) atau dari atas (greatest)",
                    en="stabilize only: from below (least) or above (greatest)")
_H_GRID = Teks(id="ketelitian realisasi (bawaan: ketelitian target)",
               en="precision of realisasi (default: the target's)")
_H_SIM_IKPA = Teks(id="nilai yang mencapai suatu kategori IKPA",
                   en="the scores that reach an IKPA category")
_H_SKOR = Teks(id="nilai satu indikator; NILAI '-' berarti tidak dinilai (ulangi untuk "
                  "tiap indikator)",
               en="an indicator score; NILAI '-' means not assessed (repeat for each)")
_H_IKPA_ATURAN = Teks(id="aturan IKPA, mis. per-5-pb-2024", en="IKPA rule set, e.g. per-5-pb-2024")
_H_TAHUN = Teks(id="tahun anggaran yang aturannya berlaku",
                en="fiscal year whose rule set applies")
_H_KATEGORI = Teks(id="kategori yang hendak dicapai", en="category to reach")
_H_DISPENSASI = Teks(id="pengurangan dalam poin (PER-5/PB/2024)",
                     en="deduction in points (PER-5/PB/2024)")
_H_BLU = Teks(id="satker BLU: indikator yang tidak dinilai aturannya untuk BLU diberikan "
                 "sebagai '-' (penyerapan_anggaran, PER-5/PB/2024)",
              en="a BLU satker: the indicators the rule set does not assess for BLU are given "
                 "as '-' (penyerapan_anggaran, PER-5/PB/2024)")
_H_SIM_ANGKA = Teks(
    id="tanda desimal angka opsi ini, dibaca seperti kolom `sakip hitung`: id (1.176 = 1176; "
       "101,10) atau en (1.176 = 1,176; 101.10); tanpa opsi ini angka dibaca dalam notasi "
       "Python dan angka yang bacaannya bergantung pada tanda desimal ditolak",
    en="the decimal mark of these options' numbers, read as `sakip hitung` reads its columns: "
       "id (1.176 = 1176; 101,10) or en (1.176 = 1.176; 101.10); without it numbers are read "
       "in Python notation and a number whose reading depends on the mark is refused")
_H_SIM_PLACES = Teks(id="jumlah desimal angka tercetak (dengan --mode)",
                     en="decimals of the printed figure (with --mode)")
_H_SIM_MODE = Teks(id="pembulatan angka tercetak (dengan --places; bawaan half_up)",
                   en="rounding of the printed figure (with --places; default half_up)")
_H_HITUNG = Teks(id="hitung satu rumus untuk setiap baris berkas CSV",
                 en="compute a formula for every row of a CSV file")
_H_HITUNG_EPILOG = Teks(
    id="rumus:\n{listing}\n\nstatus keluar:\n"
       "  0  setiap baris terhitung\n"
       "  1  dengan --lanjut: sebagian baris tidak dapat dihitung (alasannya di 'alasan')\n"
       "  2  ada baris salah (satu baris pesan untuk tiap baris di galat standar), berkas tidak "
       "terbaca, argumen salah",
    en="formulas:\n{listing}\n\nexit status:\n"
       "  0  every row computed\n"
       "  1  with --lanjut: some rows not computable (their reason in 'alasan')\n"
       "  2  bad rows (one line each on standard error), unreadable file, bad arguments")
_H_COLUMNS = Teks(id="kolom: {names}", en="columns: {names}")
_H_OPTIONAL = Teks(id="opsional: {names}", en="optional: {names}")
_H_FORMULA = Teks(id="rumusnya", en="the formula")
_H_CSV = Teks(id="berkas CSV (UTF-8, ',' atau ';'), baris kepala menamai kolom",
              en="CSV file (UTF-8, ',' or ';'), a header row naming columns")
_H_LANJUT = Teks(id="tulis baris yang baik walaupun ada baris yang salah (keluar 1)",
                 en="write the good rows even when some rows are bad (exit 1)")
_H_HITUNG_ATURAN = Teks(id="aturan (bawaan: aturan fungsi batch-nya)",
                        en="rule set (default: the batch function's)")
_H_HITUNG_ANGKA = Teks(
    id="tanda desimal angka di CSV: id (1.176 = 1176; 95,15) atau en (1.176 = 1,176; 95.15); "
       "tanpa opsi ini angka dibaca dalam notasi Python dan angka yang bacaannya bergantung "
       "pada tanda desimal ditolak",
    en="the decimal mark of the CSV's numbers: id (1.176 = 1176; 95,15) or en (1.176 = 1.176; "
       "95.15); without it numbers are read in Python notation and a number whose reading "
       "depends on the mark is refused")
_H_HITUNG_TAHUN = Teks(
    id="tahun anggaran: aturannya dipilih untuk rumus dengan aturan per tahun (ikpa); ikpa "
       "memerlukan --tahun atau --aturan",
    en="the fiscal year: its rule set, for a formula with rule sets by year (ikpa); ikpa "
       "needs --tahun or --aturan")
_H_HITUNG_RUMUS = Teks(
    id="rumus efisiensi: pmk-214-2017 (bawaan, Σ (P×CO − RA) / Σ (P×CO)) atau per-pagu "
       "(Σ (P×CO − RA) / Σ P)",
    en="the efisiensi formula: pmk-214-2017 (default, Σ (P×CO − RA) / Σ (P×CO)) or per-pagu "
       "(Σ (P×CO − RA) / Σ P)")
_H_HITUNG_PLACES = Teks(id="jumlah desimal kolom tercetak (bawaan 2)",
                        en="decimals of the printed columns (default 2)")
_H_HITUNG_MODE = Teks(id="pembulatan kolom tercetak", en="rounding of the printed columns")
#: Names of positional arguments and option values in the help (``None``: argparse's own,
#: the English one).
_METAVAR = {"file": Teks(id="berkas", en="file"), "source": Teks(id="sumber", en="source"),
            "example": Teks(id="CONTOH", en="EXAMPLE"), "output": Teks(id="BERKAS", en="OUTPUT")}

#: argparse's own words (its ``gettext`` message ids, ``en``) in Bahasa Indonesia: the help's
#: frame and its errors.  argparse composes an error in English; :func:`_argparse_words`
#: matches it against these ids and writes it in Indonesian (a message not here stays as
#: argparse wrote it).
_USAGE = Teks(id="penggunaan: ", en="usage: ")
_POSITIONALS = Teks(id="argumen posisi", en="positional arguments")
_OPTIONALS = Teks(id="opsi", en="options")
_HELP = Teks(id="tampilkan bantuan ini lalu keluar", en="show this help message and exit")
_ERROR = Teks(id="{prog}: galat: {message}", en="{prog}: error: {message}")
_ARGPARSE_ERRORS = (
    Teks(id="argumen %(argument_name)s: %(message)s",
         en="argument %(argument_name)s: %(message)s"),
    Teks(id="argumen berikut wajib diberikan: %s",
         en="the following arguments are required: %s"),
    Teks(id="pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
         en="invalid choice: %(value)r (choose from %(choices)s)"),
    Teks(id="argumen tidak dikenal: %s", en="unrecognized arguments: %s"),
    Teks(id="seharusnya satu argumen", en="expected one argument"),
    Teks(id="seharusnya paling banyak satu argumen", en="expected at most one argument"),
    Teks(id="seharusnya paling sedikit satu argumen", en="expected at least one argument"),
    Teks(id="opsi ambigu: %(option)s dapat berarti %(matches)s",
         en="ambiguous option: %(option)s could match %(matches)s"),
    Teks(id="tidak boleh bersama argumen %s", en="not allowed with argument %s"),
    Teks(id="salah satu argumen %s wajib diberikan", en="one of the arguments %s is required"),
    Teks(id="nilai %(type)s tidak sah: %(value)r", en="invalid %(type)s value: %(value)r"),
    Teks(id="argumen eksplisit %s diabaikan", en="ignored explicit argument %r"),
)
_SLOT = re.compile(r"%(?:\((\w+)\))?[sr]")


def _argparse_words(message: str, bahasa: Bahasa) -> str:
    """An argparse error ``message`` in ``bahasa``: argparse's words translated
    (:data:`_ARGPARSE_ERRORS`), the arguments and values it names kept as written.

    >>> _argparse_words("argument --format: invalid choice: 'pdf' (choose from 'text', 'json')",
    ...                 "id")
    "argumen --format: pilihan tidak sah: 'pdf' (pilih dari 'text', 'json')"
    """
    if bahasa == "en":
        return message
    for teks in _ARGPARSE_ERRORS:
        found = re.fullmatch("".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part or f'_{i // 2}'}>.*?)"
            for i, part in enumerate(_SLOT.split(teks.en))), message, flags=re.DOTALL)
        if found is not None:
            values = {k: _argparse_words(v, bahasa) if k == "message" else v
                      for k, v in found.groupdict().items()}
            return "".join(part if i % 2 == 0 else values[part or f"_{i // 2}"]
                           for i, part in enumerate(_SLOT.split(teks.id)))
    return message


class _Bantuan(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout with its own words in Bahasa Indonesia (``usage:``)."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _USAGE("id") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """The command's parser in English: argparse as it is (``--bahasa en``)."""

    #: The language of the help and of argparse's errors.
    bahasa: Bahasa = "en"
    #: A bad argument is one line ``sakip: <command>: message`` without the usage (simulasi).
    one_line = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if self.bahasa == "id":
            kwargs["formatter_class"] = _Bantuan
        super().__init__(*args, **kwargs)
        if self.bahasa == "id":
            self._positionals.title = _POSITIONALS("id")
            self._optionals.title = _OPTIONALS("id")
            for action in self._actions:
                if isinstance(action, argparse._HelpAction):
                    action.help = _HELP("id")

    def error(self, message: str) -> NoReturn:
        """A bad argument: argparse's message in the parser's language, exit status 2."""
        message = _argparse_words(message, self.bahasa)
        if self.one_line:
            self.exit(2, f"sakip: {self.prog.removeprefix('sakip ')}: {message}\n")
        if self.bahasa == "en":
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, _ERROR("id", prog=self.prog, message=message) + "\n")


class _ParserId(_Parser):
    """The command's parser in Bahasa Indonesia: argparse's own words translated."""

    bahasa: Bahasa = "id"


def _bahasa_of(argv: Sequence[str]) -> Bahasa:
    """The language ``--bahasa`` asks for in ``argv`` (before the parser is built in it).

    The last ``--bahasa X`` (``--bahasa=X``, or a prefix of the option argparse takes) before
    a ``--`` wins; a value that is not a language is left to the parser (its error is in
    the default language).

    >>> _bahasa_of(["reviu", "--bahasa", "en"]), _bahasa_of(["--help"]), _bahasa_of(["--bah=jv"])
    ('en', 'id', 'id')
    """
    found: str = DEFAULT
    for i, item in enumerate(argv):
        if item == "--":
            break
        name, equals, value = item.partition("=")
        if len(name) > 2 and "--bahasa".startswith(name):
            found = value if equals else (argv[i + 1] if i + 1 < len(argv) else "")
    return "en" if found == "en" else "id" if found == "id" else DEFAULT


def _parser(bahasa: Bahasa = DEFAULT) -> argparse.ArgumentParser:
    """The command's parser, its help and argparse's errors in ``bahasa``."""
    b = bahasa
    parser = (_ParserId if b == "id" else _Parser)(prog="sakip",
                                                   description=_H_DESCRIPTION(b))
    from sakip import __version__

    parser.add_argument("--version", action="version", version=f"sakip {__version__}",
                        help=_H_VERSION(b))
    _bahasa_argument(parser, default=DEFAULT)  # before the command too: sakip --bahasa en reviu
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("reviu", help=_H_REVIU(b),
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         epilog=_H_REVIU_EXIT(b))
    rev.add_argument("file", nargs="*", help=_H_FILE(b), metavar=_metavar("file", b))
    rev.add_argument("--example", action="append", default=[], help=_H_EXAMPLE(b),
                     metavar=_metavar("example", b))
    rev.add_argument("--format", choices=_FORMATS, default="text", help=_H_FORMAT(b))
    _output_arguments(rev, _H_NEVER_INPUT(b), b)
    rev.add_argument("--strict", action="store_true", help=_H_STRICT(b))
    rev.add_argument("--rantai", action="store_true", help=_H_RANTAI(b))
    _bahasa_argument(rev)
    _bahasa_argument(sub.add_parser("examples", help=_H_EXAMPLES(b)))
    tem = sub.add_parser("template", help=_H_TEMPLATE(b))
    tem.add_argument("--jenis", choices=("lkj", "lkjip", "renstra", "pk"), default="lkj",
                     help=_H_JENIS(b))
    tem.add_argument("--format", choices=("toml", "xlsx"), default=None,
                     help=_H_TEMPLATE_FORMAT(b))
    _output_arguments(tem, _H_NEVER_EXISTING(b), b)
    _bahasa_argument(tem)
    kon = sub.add_parser("konversi", help=_H_KONVERSI(b))
    kon.add_argument("source", help=_H_SOURCE(b), metavar=_metavar("source", b))
    kon.add_argument("target", help=_H_TARGET(b))
    kon.add_argument("--force", "-f", action="store_true", help=_H_REPLACE(b))
    _bahasa_argument(kon)
    _simulasi_parser(sub, b)
    _hitung_parser(sub, b)
    return parser


def _metavar(name: str, bahasa: Bahasa) -> str | None:
    """The name an argument's value is shown by in the help (``None``: argparse's own)."""
    return _METAVAR[name]("id") if bahasa == "id" else None


def _output_arguments(parser: argparse.ArgumentParser, never: str, bahasa: Bahasa) -> None:
    """``--output`` and ``--force``, as every command that writes a file has them."""
    parser.add_argument("--output", "-o", help=_H_OUTPUT(bahasa, never=never),
                        metavar=_metavar("output", bahasa))
    parser.add_argument("--force", "-f", action="store_true", help=_H_FORCE(bahasa))


def _bahasa_argument(parser: argparse.ArgumentParser,
                     default: str = argparse.SUPPRESS) -> None:
    """``--bahasa id|en``: the language of the text the command prints (JSON keys stay).

    The command's parser has it with the default; each subcommand's without one
    (``SUPPRESS``), so that a ``--bahasa`` given before the command is not
    overwritten by the subcommand's default, and one given after it wins.
    """
    bahasa = parser.bahasa if isinstance(parser, _Parser) else "en"
    parser.add_argument("--bahasa", choices=("id", "en"), default=default,
                        help=_H_BAHASA(bahasa))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``sakip`` command with ``argv``; returns the exit status (0, 1 or 2)."""
    try:
        args = _parser(_bahasa_of(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    from sakip import examples
    from sakip._output import encode

    bahasa: Bahasa = getattr(args, "bahasa", DEFAULT)
    try:
        if args.command == "examples":
            _write_stdout(encode("\n".join(examples.names()) + "\n"))
            return 0
        if args.command == "template":
            return _template(args)
        if args.command == "konversi":
            return _konversi(args)
        if args.command == "hitung":
            return _hitung(args)
        return _simulasi(args) if args.command == "simulasi" else _reviu(args)
    except _StdoutError as error:
        if isinstance(error.__cause__, BrokenPipeError):  # the reader went away: say nothing
            return 2
        cause = error.__cause__
        _say(_STDOUT_FAILED(bahasa, cause=getattr(cause, "strerror", None) or cause))
        return 2
    except KeyboardInterrupt:  # Ctrl-C: one line, the shell's status for SIGINT
        _say(_INTERRUPTED(bahasa))
        return 130
    except Exception as error:  # no traceback ever reaches a CLI user: a crash is exit 2
        detail = str(error).splitlines()[0] if str(error) else ""
        _say(_INTERNAL(bahasa, detail=f"{type(error).__name__}"
                                      f"{': ' + detail if detail else ''}"))
        return 2


class _StdoutError(Exception):
    """Standard output could not be written (its ``__cause__`` is the ``OSError``)."""


def _write_stdout(data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or pieces of them) to standard output and flush; a failure is
    a `_StdoutError`.

    After a failure standard output is pointed at the null device, so that the
    interpreter's final flush cannot print a traceback of its own.
    """
    import os

    if sys.stdout is None:  # started with standard output closed (`>&-`)
        import errno

        closed = OSError(errno.EBADF, "standard output is closed")
        raise _StdoutError(str(closed)) from closed
    try:
        stream = getattr(sys.stdout, "buffer", None)
        sys.stdout.flush()
        for piece in (data,) if isinstance(data, bytes) else data:
            if stream is not None:
                stream.write(piece)
            else:
                sys.stdout.write(piece.decode("utf-8"))
        (sys.stdout if stream is None else stream).flush()
    except OSError as error:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):  # not a real file: nothing to redirect
            pass
        raise _StdoutError(str(error)) from error


def _say(message: str) -> None:
    """Print ``sakip: message`` on standard error, control characters made visible."""
    from sakip._output import encode, text_cell

    if sys.stderr is None:  # standard error closed: nowhere to say it (the status says it)
        return
    line = "sakip: " + "\n".join(text_cell(part) for part in message.split("\n")) + "\n"
    stream = getattr(sys.stderr, "buffer", None)
    if stream is not None:
        sys.stderr.flush()
        stream.write(encode(line))
        stream.flush()
    else:
        sys.stderr.write(encode(line).decode("utf-8"))


def _message(error: Exception, bahasa: Bahasa = "en") -> str:
    """An error's message with the value received as written (``sakip._decimal.message``).

    In ``bahasa``: a library error is rendered from its fields (``sakip._katalog``).
    """
    from sakip._decimal import message
    from sakip._katalog import pesan_error
    from sakip.errors import SakipError

    if isinstance(error, SakipError):
        return tulis(pesan_error(error), bahasa)
    return message(error)


def _sources(args: argparse.Namespace) -> list[tuple[str, Any]] | None:
    """The reports to review, in order: files, every report file under a directory, examples."""
    from pathlib import Path

    from sakip import examples
    from sakip.errors import InvalidValueError

    output = Path(args.output).resolve() if args.output else None
    out: list[tuple[str, Any]] = []
    for name in args.file:
        path = Path(name)
        if not name:  # `sakip reviu "$DIR"` with DIR unset: Path("") is the current directory
            out.append(("''", InvalidValueError(
                field="file", expected="a file or directory name", received="")))
        elif path.is_dir():
            found = _reports_under(path, output)
            if not any(isinstance(source, Path) for _, source in found):
                # a gate pointed at an emptied directory must not pass
                found.insert(0, (name, InvalidValueError(
                    field="file", expected="a directory holding .toml, .json or .xlsx report "
                    "files",
                    received="a directory without any")))
            out.extend(found)
        else:
            out.append((name, name))
    for example in dict.fromkeys(args.example):  # named twice: reviewed once, as a file is
        try:
            out.append((f"example:{example}", examples.path(example)))
        except LookupError as error:
            out.append((f"example:{example}", error))
    if not out:
        print(_GIVE_A_REPORT(args.bahasa), file=sys.stderr)
        return None
    return out


def _reports_under(top: Any, output: Any) -> list[tuple[str, Any]]:
    """Every report file under directory ``top``, and every directory that cannot be read.

    Symbolic links to directories are followed; a directory already entered
    (the same device and inode, as through a link to an ancestor) is not entered
    again, so a loop ends and each report is reviewed once, under the first path
    met.  A directory that cannot be listed is an entry of its own, with its
    error (exit status 2), never skipped.  A ``.toml`` or ``.json`` name that is
    not a directory is a report, whatever it is (a broken link or a FIFO is
    refused when read); an earlier ``--output`` document found there is not.
    """
    import os
    from pathlib import Path

    from sakip.errors import InvalidValueError

    found: list[tuple[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    pending = [Path(top)]
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            found.append((str(folder), InvalidValueError(
                field="file", expected="a readable directory",
                received=error.strerror or str(error))))
            continue
        for entry in entries:
            child = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows a link: a linked directory is entered
            except OSError:
                is_dir = False
            if is_dir:
                pending.append(child)
            elif child.suffix in (".toml", ".json", ".xlsx") and not (
                    output is not None and child.resolve() == output and _is_document(child)):
                found.append((str(child), child))
    found.sort(key=lambda item: item[0])
    return found


def _is_document(path: Any) -> bool:
    """Whether ``path`` holds a ``sakip reviu --format json`` document (not a report).

    Only such a document, written by an earlier run with the same ``--output``,
    is left out of a directory reviewed; any other file there is a report, so
    that ``--output`` onto it is refused as onto any input report.
    """
    import json
    import os
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the open
            return False
        with open(path, "rb") as stream:
            document = json.loads(stream.read(1 << 26))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(document, dict) and \
        str(document.get("schema", "")).startswith("sakip/reviu-")


def _reviu(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sakip._katalog import pesan_error
    from sakip._output import encoded, text_cell, write_atomic
    from sakip.errors import SakipError
    from sakip.lkj import LaporanError
    from sakip.reviu import Reviu, reviu

    if args.output == "":  # `-o "$OUT"` with OUT unset is a mistake, not standard output
        _say(_OUTPUT_NAME(args.bahasa))
        return 2
    if args.output == "-":  # the conventional name of standard output
        args.output = None
    if args.output:  # a FIFO or device there would block or swallow the run: refused first
        refusal = _unwritable_output(args.output, args.bahasa)
        if refusal:
            _say(refusal)
            return 2
    sources = _sources(args)
    if sources is None:
        return 2
    results: list[tuple[str, Reviu | SakipError]] = []
    pending = sources  # reviewed one by one; --rantai reads them all, then compares
    if args.rantai:
        results, pending = _rantai(sources), []
    progress = len(pending) > 1 and sys.stderr is not None and sys.stderr.isatty()
    shown = 0  # the longest progress line so far: a shorter one is padded over it
    for number, (name, source) in enumerate(pending, start=1):
        if progress:
            line = text_cell(f"[{number}/{len(pending)}] {name}")
            print("\r" + line.ljust(shown), end="", file=sys.stderr, flush=True)
            shown = max(shown, len(line))
        try:
            if isinstance(source, SakipError):
                raise source
            results.append((name, reviu(source)))
        except SakipError as error:
            results.append((name, error))
        except RecursionError:  # the pre-scan bounds nesting; this is a last line of defence
            results.append((name, SakipError("file: nested too deeply to read", field="file")))
        except Exception as error:  # a bug met in one report: the others are still reviewed
            detail = str(error).splitlines()[0] if str(error) else ""
            results.append((name, SakipError(
                f"internal error ({type(error).__name__}{': ' + detail if detail else ''}); "
                "please report it", field="file")))
    if progress:  # blank the progress line: the terminal is left as it was
        print("\r" + " " * shown + "\r", end="", file=sys.stderr, flush=True)
    for name, result in results:
        if not isinstance(result, Reviu):  # a file's values keep their quotes: TOML has them
            _say(tulis(pesan_error(result, as_written=False), args.bahasa)
                 if isinstance(result, LaporanError) else
                 f"{name}: {_message(result, args.bahasa)}")
    worst = max((r.exit_status(strict=args.strict) if isinstance(r, Reviu) else 2)
                for _, r in results)
    # The document's shape follows the command line, not what a directory happens to hold:
    # a directory given (even one holding one report) gives the collection, as several do.
    directory = not args.rantai and any(Path(f).is_dir() for f in args.file)
    single = results[0][1] if len(results) == 1 else None
    if isinstance(single, Reviu) and not directory:
        pieces = _pieces(single, args.format, args.strict, args.bahasa)
    elif single is not None and args.format == "text":  # the message on stderr says it all
        return 2
    else:  # several reports, or one unreadable: the document records it (exit status 2)
        pieces = _many_pieces(results, args.format, args.strict, args.bahasa, args.rantai)
    data = encoded(pieces)  # written as it is rendered: never held whole (issue 24)
    if args.output:
        inputs = [s for _, s in sources if isinstance(s, (str, Path))]
        try:
            write_atomic(args.output, data, force=args.force, inputs=inputs)
        except SakipError as error:
            _say(_message(error, args.bahasa))
            return 2
        except OSError as error:
            _say(_CANNOT_WRITE(args.bahasa, name=args.output, reason=error.strerror or error))
            return 2
    else:
        _write_stdout(data)
    return worst


def _rantai(sources: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """``--rantai``: every document read, grouped by unit; one chain reviu per unit.

    A document that cannot be read is its own result (exit status 2); the
    other documents of its unit are still compared.
    """
    from sakip.errors import SakipError
    from sakip.reviu import reviu_rantai, unit
    from sakip.reviu._run import read_source

    results: list[tuple[str, Any]] = []
    groups: dict[str, list[Any]] = {}
    for name, source in sources:
        try:
            if isinstance(source, SakipError):
                raise source
            laporan = read_source(source)  # a workbook too
        except SakipError as error:
            results.append((name, error))
            continue
        groups.setdefault(unit(laporan), []).append(laporan)
    for name, documents in groups.items():
        try:
            results.append((name, reviu_rantai(documents)))
        except SakipError as error:  # pragma: no cover - one unit's documents, read above
            results.append((name, error))
    return results


def _template(args: argparse.Namespace) -> int:
    """``sakip template [--format xlsx] [-o FILE]``: the skeleton, or the workbook to fill."""
    from pathlib import Path

    from sakip._output import encode
    from sakip.errors import SakipError

    workbook = bool(args.output) and Path(args.output).suffix.lower() == ".xlsx"
    if args.format is None:  # as sakip konversi does: the file name says the format
        args.format = "xlsx" if workbook else "toml"
    elif args.output and args.output != "-" and (args.format == "xlsx") != workbook and (
            workbook or Path(args.output).suffix.lower() in (".toml", ".json")):
        _say(_FORMAT_SUFFIX(args.bahasa, format=args.format, name=args.output,
                            suffix=".xlsx" if args.format == "xlsx" else ".toml"))
        return 2
    try:
        if args.format == "xlsx":
            from sakip._xlsx import template_xlsx

            data = template_xlsx(jenis=args.jenis, bahasa=args.bahasa)
        else:
            from sakip.lkj import template

            data = encode(template(jenis=args.jenis, bahasa=args.bahasa))
    except SakipError as error:  # openpyxl missing
        _say(_message(error, args.bahasa))
        return 2
    if args.output and args.output != "-":
        return _write_file(args.output, data, force=args.force, bahasa=args.bahasa)
    if args.format == "xlsx" and sys.stdout is not None and sys.stdout.isatty():
        _say(_BUKU_KERJA_BINER(args.bahasa))
        return 2
    _write_stdout(data)
    return 0


def _write_file(name: str, data: bytes, *, force: bool, inputs: Sequence[str] = (),
                bahasa: Bahasa = DEFAULT) -> int:
    """``data`` written atomically to ``name`` (0), or one line saying why not (2)."""
    from sakip._output import write_atomic
    from sakip.errors import SakipError

    try:
        write_atomic(name, data, force=force, inputs=inputs)
    except (SakipError, OSError) as error:
        _say(_message(error, bahasa) if isinstance(error, SakipError) else
             _CANNOT_WRITE(bahasa, name=name, reason=error.strerror or error))
        return 2
    return 0


def _konversi(args: argparse.Namespace) -> int:
    """``sakip konversi SOURCE TARGET``: a validated report file written in another format."""
    import json
    from pathlib import Path

    from sakip import _xlsx
    from sakip._katalog import pesan_error
    from sakip._output import encode
    from sakip.errors import SakipError
    from sakip.lkj import LaporanError, _document, from_mapping

    kind = Path(args.target).suffix.lower()
    if kind not in (".toml", ".json", ".xlsx"):
        _say(_SASARAN_KONVERSI(args.bahasa, nama=args.target))
        return 2
    try:
        if Path(args.source).suffix.lower() in _xlsx.WORKBOOK_SUFFIXES:
            document: Any = _xlsx.checked_xlsx(args.source)[0]
        else:
            name, document = _document(args.source)
            from_mapping(document, source=name)
        if kind == ".xlsx":
            data = _xlsx.write_xlsx(document, bahasa=args.bahasa)
        elif kind == ".json":
            data = encode(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        else:
            data = encode(_xlsx.write_toml(document))
    except SakipError as error:
        _say(tulis(pesan_error(error, as_written=False), args.bahasa)
             if isinstance(error, LaporanError) else _message(error, args.bahasa))
        return 2
    return _write_file(args.target, data, force=args.force, inputs=[args.source],
                       bahasa=args.bahasa)


def _unwritable_output(name: str, bahasa: Bahasa = DEFAULT) -> str:
    """Why ``--output name`` cannot be written (an existing file that is not regular), or ''."""
    import os
    import stat

    try:
        mode = os.stat(name).st_mode
    except OSError:  # a new name (or an unreachable one, reported when written)
        return ""
    if stat.S_ISREG(mode):
        return ""
    kind = ("directory" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode) else
            "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "other")
    return _NOT_REGULAR(bahasa, name=name, kind=_KINDS[kind](bahasa))


def _pieces(result: Any, fmt: str, strict: bool, bahasa: Bahasa) -> Iterable[str]:
    """One report's rendering in pieces: JSON and HTML one finding at a time, the others
    whole (their pages hold no derivations: a tenth of the size)."""
    from sakip.reviu._html import html_pieces
    from sakip.reviu._json import _pieces as json_pieces

    if fmt == "json":
        return json_pieces(result, strict=strict, bahasa=bahasa)
    if fmt == "html":
        return html_pieces(result, strict=strict, bahasa=bahasa)
    return (_render(result, fmt, strict, bahasa),)


def _many_pieces(results: list[tuple[str, Any]], fmt: str, strict: bool,
                 bahasa: Bahasa, units: bool = False) -> Iterable[str]:
    """Several reports' rendering in pieces: JSON one finding at a time, HTML a finding's
    row at a time, text and Markdown a report at a time."""
    from sakip.reviu._json import _many_pieces as json_pieces

    if fmt == "json":
        return json_pieces(results, strict=strict, bahasa=bahasa)
    return _render_many(results, fmt, strict, bahasa, units)


def _render(result: Any, fmt: str, strict: bool, bahasa: Bahasa) -> str:
    from sakip.reviu import dumps

    if fmt == "json":
        return dumps(result, strict=strict, bahasa=bahasa)
    if fmt == "markdown":
        return str(result.to_markdown(strict=strict, bahasa=bahasa))
    if fmt == "html":
        return str(result.to_html(strict=strict, bahasa=bahasa))
    return str(result.to_text(strict=strict, bahasa=bahasa))


def _render_many(results: list[tuple[str, Any]], fmt: str, strict: bool,
                 bahasa: Bahasa, units: bool = False) -> Iterator[str]:
    """Several reports in pieces: each report's rendering, then the summary table (in HTML
    the summary first).  Written as they come, as one report's are: a report's page is
    never held with the others' (issue 24).  ``units`` (``--rantai``): each result is a
    unit's planning chain, named by the unit, so the table has no second instansi column and
    counts units."""
    import html

    from sakip._katalog import pesan_error
    from sakip.reviu import STATUSES, Reviu, dumps_many, summary_rows
    from sakip.reviu._findings import status_text
    from sakip.reviu._html import _CSS, html_pieces

    if fmt == "json":
        yield dumps_many(results, strict=strict, bahasa=bahasa)
        return
    rows = summary_rows(results, strict=strict)
    reports = (_UNITS if units else _REPORTS)[len(results) == 1](bahasa, n=len(results))
    first = _UNIT_HEAD if units else _HEAD
    head = [*(t(bahasa) for t in first), *(status_text(s, bahasa) for s in STATUSES),
            _EXIT_HEAD(bahasa)]
    table = [[r["sumber"], *(() if units else (r["instansi"] or _UNREADABLE_CELL(bahasa),)),
              str(r["tahun"] or "-"),
              *[str(r["counts"][s]) if r["counts"] else "-" for s in STATUSES],
              str(r["exit_status"])] for r in rows]
    worst = max(r["exit_status"] for r in rows)
    errors = {name: tulis(pesan_error(r, as_written=False), bahasa)
              for name, r in results if not isinstance(r, Reviu)}
    if fmt == "html":
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                        for row in table)
        style = (f"<style>{_CSS}</style>" if any(isinstance(r, Reviu) for _, r in results)
                 else "")  # a report's page's own style
        yield (f"<!DOCTYPE html>\n<html lang=\"{bahasa}\"><head><meta charset=\"utf-8\">"
               f"<title>{_REVIU_OF(bahasa, reports=reports)}</title>{style}</head><body>"
               f"<h1>{_REVIU_OF(bahasa, reports=reports)}</h1><table><thead><tr>"
               + "".join(f"<th>{html.escape(h)}</th>" for h in head)
               + f"</tr></thead><tbody>{cells}</tbody></table><p>"
               f"{_WORST(bahasa, worst=worst)}</p>")
        for name, result in results:
            if isinstance(result, Reviu):  # the page's body, a finding's row at a time
                pieces = iter(html_pieces(result, strict=strict, bahasa=bahasa))
                page_head = next(pieces)
                last = "<section>" + page_head[page_head.index("<body>") + 6:]
                for piece in pieces:
                    yield last
                    last = piece
                yield last[:last.rindex("</body>")] + "</section><hr>"
            else:
                yield (f"<section><h1>{html.escape(name)}</h1><p>"
                       f"{_UNREADABLE_HTML(bahasa)}</p><pre>{html.escape(errors[name])}"
                       "</pre></section><hr>")
        yield "</body></html>\n"
        return
    for number, (name, result) in enumerate(results):
        yield "\n\n" if number else ""
        if isinstance(result, Reviu):
            yield _render(result, fmt, strict, bahasa)
        elif fmt == "markdown":
            yield f"# {name}\n\n{_UNREADABLE(bahasa)}:\n\n```\n{errors[name]}\n```"
        else:
            yield f"{name}: {_UNREADABLE(bahasa)}\n{errors[name]}"
    if fmt == "markdown":
        from sakip._output import markdown_cell as esc

        summary = [f"# {_SUMMARY(bahasa)}", "", "| " + " | ".join(head) + " |",
                   "|" + "---|" * len(head)]
        summary.extend("| " + " | ".join(esc(c) for c in row) + " |" for row in table)
    else:
        from sakip._output import text_cell

        table = [[text_cell(c) for c in row] for row in table]
        widths = [max(len(x) for x in col) for col in zip(head, *table, strict=True)]
        summary = [_SUMMARY_OF(bahasa, reports=reports), ""]
        summary.extend("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                       for row in [head, *table])
    summary.extend(["", _WORST(bahasa, worst=worst)])
    yield "\n\n" + "\n".join(summary)


# ----------------------------------------------------------------- simulasi


def _simulasi_parser(sub: argparse._SubParsersAction[_Parser],
                     b: Bahasa) -> None:
    sim = sub.add_parser("simulasi", help=_H_SIMULASI(b))
    which = sim.add_subparsers(dest="question", required=True)
    cap = which.add_parser("capaian", help=_H_SIM_CAPAIAN(b))
    cap.add_argument("--target", required=True, help=_H_SIM_TARGET(b))
    cap.add_argument("--capaian", required=True, help=_H_SIM_CAPAIAN_ARG(b))
    cap.add_argument("--polarisasi", default="maximize",
                     choices=("maximize", "minimize", "stabilize"))
    cap.add_argument("--rumus-minimize", choices=("2t-r", "t/r"), help=_H_RUMUS_MINIMIZE(b))
    cap.add_argument("--cap", help=_H_CAP(b))
    cap.add_argument("--floor", help=_H_FLOOR(b))
    cap.add_argument("--direction", choices=("least", "greatest"), help=_H_DIRECTION(b))
    cap.add_argument("--grid", help=_H_GRID(b))
    ikpa = which.add_parser("ikpa", help=_H_SIM_IKPA(b))
    ikpa.add_argument("--skor", action="append", default=[], metavar="INDIKATOR=NILAI",
                      help=_H_SKOR(b))
    rule = ikpa.add_mutually_exclusive_group(required=True)
    rule.add_argument("--aturan", help=_H_IKPA_ATURAN(b))
    rule.add_argument("--tahun", type=int, help=_H_TAHUN(b))
    ikpa.add_argument("--kategori", default="Sangat Baik", help=_H_KATEGORI(b))
    ikpa.add_argument("--dispensasi-spm", help=_H_DISPENSASI(b))
    ikpa.add_argument("--blu", action="store_true", help=_H_BLU(b))
    for question in (cap, ikpa):
        assert isinstance(question, _Parser)  # the subparsers are of the parser's class
        question.one_line = True  # a bad argument: one line on stderr, exit status 2
        question.add_argument("--places", type=int, help=_H_SIM_PLACES(b))
        question.add_argument("--mode", choices=("half_up", "down", "half_even", "up"),
                              help=_H_SIM_MODE(b))
        question.add_argument("--format", choices=("text", "json"), default="text",
                              help=_H_FORMAT(b))
        question.add_argument("--angka", choices=("id", "en"), help=_H_SIM_ANGKA(b))
        _bahasa_argument(question)


def _simulasi(args: argparse.Namespace) -> int:
    import json

    from sakip import simulasi
    from sakip._decimal import text as decimal_text
    from sakip._decimal import written
    from sakip._hitung import read_cell
    from sakip._katalog import terjemah
    from sakip._output import encode, json_safe
    from sakip.errors import SakipError
    from sakip.numbers import Rounding

    def number(text: str | None, field: str) -> str | None:
        """An option's number as `sakip hitung` reads a cell: under ``--angka``, or refused
        when its reading depends on the decimal mark (``None``: the option is not given).
        Without ``--angka`` an exponent (``1E-7``) is Python notation, typed on purpose: it
        goes to the library (hitung refuses it in a cell as a spreadsheet's rounded display)."""
        if text is None or (args.angka is None and "e" in text.lower()):
            return text
        return read_cell(text, field, args.angka)

    scores: dict[str, str | None] = {}
    try:
        if args.mode is not None and args.places is None:  # never silently ignored
            raise SakipError("--mode: expected --places with it (the decimals of the printed "
                             "figure); received --mode without --places", field="mode",
                             received=args.mode)
        rounding = None if args.places is None else Rounding(args.places,
                                                             args.mode or "half_up")
        if args.question == "capaian":
            if args.rumus_minimize is not None and args.polarisasi != "minimize":
                raise SakipError("--rumus-minimize: expected it with --polarisasi minimize "
                                 f"only; received --rumus-minimize {args.rumus_minimize} with "
                                 f"--polarisasi {args.polarisasi}", field="rumus_minimize",
                                 received=args.rumus_minimize)
            # a range L,U; L;U under --angka (a comma is then a decimal or thousands mark)
            parts = args.target.split("," if args.angka is None else ";")
            target: object = (tuple(number(p.strip(), "target") for p in parts)
                              if len(parts) == 2 else number(args.target, "target"))
            answer = simulasi.realisasi_untuk(
                target=target,  # type: ignore[arg-type]
                capaian=str(number(args.capaian, "capaian")),  # required: never None
                polarisasi=args.polarisasi, rumus_minimize=args.rumus_minimize or "2t-r",
                cap=number(args.cap, "cap"), floor=number(args.floor, "floor"),
                rounding=rounding, grid=number(args.grid, "grid"), direction=args.direction)
            reached = answer.reachable
            data: dict[str, object] = {"question": "capaian",
                                       "answer": answer._said_rows(args.bahasa)[0]}
            text = answer.explain().to_text(args.bahasa)
        else:
            for item in args.skor:
                name, sep, value = item.partition("=")
                if not sep or not name:
                    raise SakipError(f"--skor: expected INDIKATOR=NILAI; received "
                                     f"{written(item)}", field="skor", received=item)
                if name.strip() in scores:
                    raise SakipError(f"--skor: expected each indicator once; received "
                                     f"{written(name.strip())} twice", field="skor",
                                     received=item)
                scores[name.strip()] = None if value.strip() == "-" else \
                    number(value.strip(), name.strip())
            options = {"kategori": args.kategori, "aturan": args.aturan, "tahun": args.tahun,
                       "dispensasi_spm": number(args.dispensasi_spm, "dispensasi_spm"),
                       "blu": args.blu,
                       "rounding": rounding}
            needs = simulasi.skor_ikpa_untuk(scores, **options)
            plan = simulasi.kenaikan_ikpa(scores, **options)
            reached = plan.reachable
            data = {"question": "ikpa", "title": tulis(needs.title, args.bahasa),
                    "summary": dict(needs.summary),
                    "per_indikator": needs._said_rows(args.bahasa),
                    "rencana": plan.to_rows() if isinstance(plan, simulasi.RaiseSet) else [],
                    "total_kenaikan": plan.value if isinstance(plan, simulasi.RaiseSet)
                    else None, "reason": tulis(plan.reason, args.bahasa)
                    if isinstance(plan, simulasi.Unreachable) else ""}
            text = _ikpa_text(needs, plan, args.bahasa)
    except SakipError as error:
        name = getattr(error, "field", None)
        if args.question == "ikpa" and getattr(error, "received", None) == "(missing)" \
                and name and name not in scores:  # the library says None; the command says '-'
            _say(_SKOR_MISSING(args.bahasa, name=name))
        elif args.question == "ikpa" and name in scores and \
                (getattr(error, "expected", None) or "").startswith("None"):  # (--blu)
            expected = tulis(terjemah(str(error.expected)), args.bahasa)  # then None → '-'
            _say(_SKOR_BLU(args.bahasa, name=name, received=scores[name],
                           expected=expected.replace("None", "-", 1)))
        else:
            _say(_command_words(_message(error, args.bahasa)))
        return 2
    if args.format == "json":
        text = json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=decimal_text))
    _write_stdout(encode(text + ("" if text.endswith("\n") else "\n")))
    return 0 if reached else 1


#: Library wording a command-line user cannot act on, and the command's words for it.
_COMMAND_WORDS = (
    (" (read Indonesian text such as '95,15' with sakip.parse_id)", ""),
    (" (teks berformat Indonesia seperti '95,15' dibaca dengan sakip.parse_id)", ""),
    ("a (low, high) pair for polarisasi 'stabilize'",
     "a range low,high for polarisasi 'stabilize' (--target 80,90)"),
    ("(or None) under polarisasi", "(or no --direction) under polarisasi"),
)


def _command_words(message: str) -> str:
    """A library message in the command's terms: no Python names (``None``, ``sakip.parse_id``).

    >>> _command_words("direction: expected 'least' (or None) under polarisasi 'maximize'; "
    ...                "received greatest")
    "direction: expected 'least' (or no --direction) under polarisasi 'maximize'; received greatest"
    """
    for library, command in _COMMAND_WORDS:
        message = message.replace(library, command)
    return message


def _ikpa_text(needs: object, plan: object, bahasa: Bahasa = DEFAULT) -> str:
    from sakip._decimal import text
    from sakip.simulasi import RaiseSet, SolutionSet, Unreachable
    from sakip.simulasi._answers import _named

    assert isinstance(needs, SolutionSet)
    lines = [needs.judul(bahasa)]
    lines.extend(f"  {tulis(_named(name, value), bahasa)}" for name, value in needs.summary)
    lines.append(_PER_INDICATOR(bahasa))
    for item in needs:
        label = item.question.label
        if isinstance(item, Unreachable):
            lines.append(_CANNOT_ALONE(bahasa, label=label, reason=tulis(item.reason, bahasa)))
        else:
            lines.append(f"    {label}: {text(item.value)}")
    if isinstance(plan, RaiseSet):
        lines.append(_LEAST_RAISES(bahasa, points=text(plan.value)))
        lines.extend(f"    {name}: {text(before)} -> {text(after)}"
                     for name, before, after in plan.raises)
    elif isinstance(plan, Unreachable):
        lines.append(_UNREACHABLE(bahasa, reason=tulis(plan.reason, bahasa)))
    return "\n".join(lines)


_SKOR_MISSING = Teks(
    id="--skor: seharusnya ada nilai untuk {name} ({name}=NILAI, atau {name}=- bila tidak "
       "dinilai); diterima tidak ada",
    en="--skor: expected a score for {name} ({name}=NILAI, or {name}=- when it is not "
       "assessed); received none")
_SKOR_BLU = Teks(id="--skor: seharusnya {name}={expected}; diterima {name}={received}",
                 en="--skor: expected {name}={expected}; received {name}={received}")
_PER_INDICATOR = Teks(id="  nilai yang diperlukan per indikator (yang lain tetap):",
                      en="  score needed per indicator (others fixed):")
_CANNOT_ALONE = Teks(id="    {label}: tidak bisa sendirian ({reason})",
                     en="    {label}: cannot alone ({reason})")
_LEAST_RAISES = Teks(id="  total kenaikan terkecil: {points} poin",
                     en="  least total raises: {points} points")
_UNREACHABLE = Teks(id="  tidak tercapai: {reason}", en="  unreachable: {reason}")
#: ``sakip hitung``'s messages.
_LINE = Teks(id="baris {line}", en="line {line}")
_LINE_COLUMN = Teks(id="baris {line}, kolom {column}", en="line {line}, column {column}")
_MORE_BAD = Teks(id="{file}: … dan {n} baris buruk lagi", en="{file}: … and {n} more bad rows")
_RULE_CHOSEN = Teks(id="{file}: {formula} dihitung dengan aturan {name} ({citation}), {how}",
                    en="{file}: {formula} computed under the rule set {name} ({citation}), {how}")
_BY_YEAR = Teks(id="aturan tahun anggaran {tahun}", en="the rule set of fiscal year {tahun}")
_BY_NAME = Teks(id="dipilih dengan --aturan", en="chosen by --aturan")


def _hitung_parser(sub: argparse._SubParsersAction[_Parser],
                   b: Bahasa) -> None:
    from sakip._hitung import FORMULAS

    listing = "\n".join(
        f"  {name:<18}{spec.help(b)}\n{'':20}" + _H_COLUMNS(b, names=", ".join(spec.needs))
        + ("; " if spec.needs and spec.optional else "")
        + (_H_OPTIONAL(b, names=", ".join(spec.optional)) if spec.optional else "")
        for name, spec in FORMULAS.items())
    cmd = sub.add_parser("hitung", help=_H_HITUNG(b),
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         epilog=_H_HITUNG_EPILOG(b, listing=listing))
    cmd.add_argument("formula", choices=tuple(FORMULAS), help=_H_FORMULA(b))
    cmd.add_argument("file", help=_H_CSV(b), metavar=_metavar("file", b))
    _output_arguments(cmd, _H_NEVER_CSV(b), b)
    cmd.add_argument("--lanjut", action="store_true", help=_H_LANJUT(b))
    cmd.add_argument("--aturan", help=_H_HITUNG_ATURAN(b))
    cmd.add_argument("--tahun", type=int, help=_H_HITUNG_TAHUN(b))
    cmd.add_argument("--rumus", choices=("pmk-214-2017", "per-pagu"), help=_H_HITUNG_RUMUS(b))
    cmd.add_argument("--angka", choices=("id", "en"), help=_H_HITUNG_ANGKA(b))
    cmd.add_argument("--places", type=int, default=2, help=_H_HITUNG_PLACES(b))
    cmd.add_argument("--mode", choices=("half_up", "down", "half_even", "up"),
                     default="half_up", help=_H_HITUNG_MODE(b))
    _bahasa_argument(cmd)


def _hitung(args: argparse.Namespace) -> int:
    from sakip._hitung import choose, compute, read_csv, write_csv
    from sakip._katalog import terjemah
    from sakip._output import write_atomic
    from sakip.errors import SHOWN_ROWS, SakipError

    if args.output == "":
        _say(_OUTPUT_NAME(args.bahasa))
        return 2
    output = None if args.output == "-" else args.output
    if output:
        refusal = _unwritable_output(output, args.bahasa)
        if refusal:
            _say(refusal)
            return 2
    try:
        header, rows, lines = read_csv(args.file)
        _, rule = choose(args.formula, aturan=args.aturan, tahun=args.tahun, rumus=args.rumus)
        results, bad = compute(args.formula, header, rows, aturan=args.aturan,
                               angka=args.angka, tahun=args.tahun, rumus=args.rumus)
        if rule is not None:  # the rule set chosen, named on standard error (never in the CSV)
            how = (_BY_NAME(args.bahasa) if args.aturan is not None
                   else _BY_YEAR(args.bahasa, tahun=args.tahun))
            _say(_RULE_CHOSEN(args.bahasa, file=args.file, formula=args.formula,
                              name=rule.name, citation=rule.citation, how=how))
        if bad and not args.lanjut:
            for index, column, reason in bad[:SHOWN_ROWS]:
                where = (_LINE_COLUMN(args.bahasa, line=lines[index], column=column) if column
                         else _LINE(args.bahasa, line=lines[index]))
                _say(f"{args.file}: {where}: "
                     f"{_command_words(tulis(terjemah(reason), args.bahasa))}")
            if len(bad) > SHOWN_ROWS:
                _say(_MORE_BAD(args.bahasa, file=args.file, n=len(bad) - SHOWN_ROWS))
            return 2
        data = write_csv(header, rows, results, bad, places=args.places, mode=args.mode,
                         bahasa=args.bahasa)
        if output:
            write_atomic(output, data, force=args.force, inputs=[args.file])
        else:
            _write_stdout(data)
    except SakipError as error:
        _say(f"{args.file}: {_command_words(_message(error, args.bahasa))}")
        return 2
    except OSError as error:
        _say(_CANNOT_WRITE(args.bahasa, name=output, reason=error.strerror or error))
        return 2
    return 1 if bad else 0
