"""The languages of the output (issue 29): every text in both, and no English left in ``id``.

The word-list test renders the bundled examples in Bahasa Indonesia and looks
for words the library used to print in English; text taken from the report
file (names, places, notes, the finding ids, which are codes) is removed first.
"""

from __future__ import annotations

import gc
import html
import importlib
import json
import pickle
import pkgutil
import re
import string
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

import sakip
from sakip._bahasa import Pesan, Teks, gabung, pisah, tulis
from sakip._katalog import KATALOG, pesan_error, phrases, terjemah
from sakip.cli import main
from sakip.errors import InvalidValueError, NotComputableError
from sakip.reviu import STATUSES
from sakip.reviu._findings import STATUS_TEKS, status_text

#: Words of the library's own English text (reasons, summary, headings).  "per", "total",
#: "status", "input" are left out: they are Indonesian words too.
ENGLISH = ("printed", "recomputed", "match", "mismatch", "reason", "not computable",
           "computable", "rounding", "difference", "truncation", "decimals", "decimal",
           "source", "report", "finding", "findings", "note", "reproduces", "reproduce",
           "under", "the", "and", "not", "of", "from", "is", "gives", "expected", "received",
           "exit status", "could not", "figure", "figures", "missing", "declared", "default",
           "detected", "convention", "conventions", "interval", "which", "with", "in", "no",
           "toward", "zero", "half-up", "summary", "unreadable", "value", "values", "row",
           "column", "sum", "year", "only", "does", "nothing", "but", "by", "or", "as", "at",
           "its", "file", "prints", "be", "this", "that", "for", "to", "one", "each", "other",
           "another", "inputs", "follow", "appears", "checked")


def _modules() -> Iterator[Any]:
    """Every module of the package, imported."""
    yield sakip
    for info in pkgutil.walk_packages(sakip.__path__, "sakip."):
        yield importlib.import_module(info.name)


def _teks_in(value: object, depth: int = 0) -> Iterator[Teks]:
    if isinstance(value, Teks):
        yield value
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _teks_in(item, depth + 1)
    elif depth < 3 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _teks_in(item, depth + 1)


def _every_teks() -> list[Teks]:
    """Every Teks of the package: module-level ones (in dicts and tuples too), and any alive."""
    found = {id(t): t for m in _modules() for v in vars(m).values() for t in _teks_in(v)}
    found |= {id(o): o for o in gc.get_objects() if isinstance(o, Teks)}
    return list(found.values())


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_teks_has_both_languages_with_the_same_fields() -> None:
    """Each Teks: both templates written, naming the same fields, and formatting in both."""
    every = _every_teks()
    assert len(every) > 150, len(every)  # the reviu's reasons, summary, catalog, CLI, simulasi
    for teks in every:
        assert teks.id.strip() and teks.en.strip(), teks
        assert _fields(teks.id) == _fields(teks.en), teks
        filled = dict.fromkeys(_fields(teks.en), "x")
        assert teks.id.format(**filled) and teks.en.format(**filled)


def test_the_statuses_in_words() -> None:
    """Reference §16's vocabulary in Indonesian; the code itself in English (as JSON has it)."""
    assert set(STATUS_TEKS) == set(STATUSES)
    assert [status_text(s) for s in STATUSES] == [
        "sesuai", "sesuai (selisih pembulatan)", "sesuai (konvensi berbeda)", "tidak sesuai",
        "tidak dapat dihitung"]
    assert [status_text(s, "en") for s in STATUSES] == list(STATUSES)


def test_a_message_is_its_english_text_and_renders_in_both() -> None:
    """A Pesan equals its English text, pickles, and nests (a note joined to a reason)."""
    beda = Pesan(Teks(id="tercetak {p}", en="printed {p}"), p="71,34")
    joined = gabung(beda, "catatan penulis")
    assert joined == "printed 71,34; catatan penulis"
    assert tulis(joined, "id") == "tercetak 71,34; catatan penulis"
    assert pisah(joined) == [beda, "catatan penulis"]
    again = pickle.loads(pickle.dumps(joined))
    assert again == joined and tulis(again, "id") == "tercetak 71,34; catatan penulis"


def test_an_error_renders_in_either_language_from_its_fields() -> None:
    """The frame is translated, the catalog's phrases too; field and received never are."""
    error = InvalidValueError(field="laporan.tahun", expected="an integer", received="2023")
    assert pesan_error(error, as_written=False) == str(error)
    assert pesan_error(error, as_written=False)("id") == (  # type: ignore[operator]
        "laporan.tahun: seharusnya bilangan bulat; diterima '2023'")
    nc = NotComputableError(field="capaian", reason="target is zero: R / T is undefined "
                            "under polarisasi 'maximize'")
    assert tulis(pesan_error(nc), "id") == ("capaian: tidak dapat dihitung: target nol: R / T "
                                            "tidak terdefinisi pada polarisasi 'maximize'")
    assert terjemah("a phrase nobody wrote") == "a phrase nobody wrote"


def test_the_catalog_reproduces_each_english_phrase() -> None:
    """A phrase matched by the catalog renders back to the very same English text."""
    for teks in KATALOG:
        text = teks.en.format(**dict.fromkeys(_fields(teks.en), "7"))
        assert isinstance(terjemah(text), Pesan), text
        assert tulis(terjemah(text), "en") == text
    assert all(isinstance(t, Teks) for t in phrases())


def _file_text(path: Any) -> list[str]:
    """Every string of the report file, longest first (removed before looking for English)."""
    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return sorted({s.lower() for s in strings(data) if len(s) > 1}, key=len, reverse=True)


def _english_left(text: str, own: list[str]) -> list[tuple[str, str]]:
    hits = []
    for line in text.splitlines():
        low = line.lower()
        for piece in own:
            low = low.replace(piece, " ")
        for word in ENGLISH:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
                hits.append((word, line))
    return hits


def _outputs(r: sakip.Reviu, bahasa: Any) -> dict[str, str]:
    ids = "\n".join(f.id for f in r)
    document = r.to_json(bahasa=bahasa)
    return {
        "text": r.to_text(bahasa=bahasa).replace(ids, ""),
        "summary": r.summary(bahasa=bahasa),
        "json messages": "\n".join(f"{f['label']}\n{f['reason']}\n{f['explanation'] or ''}"
                                   for f in document["findings"]),
        "keterangan": "\n".join(f.keterangan(bahasa) for f in r),
    }


@pytest.mark.parametrize("name", sakip.examples.names())
def test_no_english_word_of_the_library_is_left_in_the_indonesian_output(name: str) -> None:
    """The bundled examples in Bahasa Indonesia: none of the library's English words."""
    path = sakip.examples.path(name)
    r = sakip.reviu(path)
    own = sorted({*_file_text(path), str(path).lower(), *(f.id.lower() for f in r)},
                 key=len, reverse=True)
    for kind, text in _outputs(r, "id").items():
        assert not _english_left(text, own), (kind, _english_left(text, own)[:5])
    english = _outputs(r, "en")
    assert _english_left(english["text"], own)  # the word list does find the English


@pytest.mark.parametrize("name", sakip.examples.names())
def test_no_english_word_in_the_indonesian_markdown_and_html(name: str) -> None:
    """The same over the working paper's Markdown and HTML (tags, CSS and chart removed),
    the findings' labels and derivations, the criteria and the rule sets' citations included.

    Removed first: text from the report file.
    """
    path = sakip.examples.path(name)
    r = sakip.reviu(path)
    own = sorted({*_file_text(path), str(path).lower(), *(f.id.lower() for f in r)},
                 key=len, reverse=True)
    page = re.sub(r"<style>.*?</style>|<svg.*?</svg>", " ", r.to_html(), flags=re.DOTALL)
    page = html.unescape(re.sub(r"<[^>]+>", "\n", page))
    for text in (r.to_markdown(), page):
        assert not _english_left(text, own), _english_left(text, own)[:5]


def test_the_json_keys_and_codes_do_not_change() -> None:
    """Only the messages follow the language: the keys, statuses and conventions stay."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    a, b = r.to_json(bahasa="id"), r.to_json(bahasa="en")
    for doc in (a, b):
        for finding in doc["findings"]:
            finding.pop("reason")
            finding.pop("label")  # what the figure is, in words: in the language too
            finding.pop("explanation")  # a derivation is text for a person: in the language too
    assert a == b
    explained = r.to_json(bahasa="en")["findings"][1]["explanation"]
    assert "printed: 71,36 (" in explained
    assert "tercetak: 71,36 (" in r.to_json()["findings"][1]["explanation"]
    assert r.to_json()["findings"][1]["reason"].startswith("tercetak 71,34, hasil hitung 71,36")


def test_a_note_from_the_file_is_quoted_as_written() -> None:
    """A catatan is the author's text: the same in both languages."""
    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    f = r["indikator.IKK 1.3.capaian"]
    note = "realisasi printed as 447; the narrative, the capaian and TW4 say 748"
    assert f.keterangan("id").endswith(f"catatan di berkas: {note}")
    assert f.keterangan("en").endswith(f"note in file: {note}")


def test_the_command_prints_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    """``sakip reviu`` is Indonesian by default; ``--bahasa en`` gives English."""
    assert main(["reviu", "--example", "bgp-kalsel-2023"]) == 1
    out = capsys.readouterr().out
    assert "status keluar 1: 34 angka tercetak tidak sesuai" in out
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--bahasa", "en"]) == 1
    assert "exit status 1: 34 printed figures do not reproduce" in capsys.readouterr().out
    assert main(["reviu", "--example", "bgp-kalsel-2023", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["findings"][1]["status"] == "mismatch"
    assert document["findings"][1]["reason"].startswith("tercetak 71,34")


def test_a_bad_language_is_refused() -> None:
    """``bahasa`` is checked: the library's error, naming the field."""
    r = sakip.reviu(sakip.examples.path("lkjip-renja"))
    with pytest.raises(sakip.SakipError, match="bahasa: expected one of 'id', 'en'"):
        r.summary(bahasa="jv")  # type: ignore[arg-type]


#: ``sakip hitung`` over files with bad rows (``--lanjut``: the reasons in the output's
#: ``alasan`` column) and bad arguments: formula, CSV, extra arguments.
HITUNG = [
    ("capaian", "target,realisasi\n0,5\n-,7\nabc,5\n8,9\n", ()),
    ("penyerapan", "pagu,realisasi\n100,150\n0,0\n-5,1\n", ()),
    ("capaian-output", "satker,realisasi,target\nA,5,10\nA,x,10\nB,3,0\n", ()),
    ("capaian-output", "satker,realisasi,target\nA,5,10\n", ("--aturan", "xx")),
    ("efisiensi-kinerja", "capaian_output,capaian_input\n90,0\n", ()),
    ("efisiensi-kinerja", "capaian_output,capaian_input\n90,0\n", ("--aturan", "indeks")),
    ("capaian", "x,y\n1,2\n", ()),
    ("nka", "eka,ikpa\n101,90\n", ()),
]


@pytest.mark.parametrize(("formula", "data", "args"), HITUNG)
def test_no_english_word_in_the_indonesian_hitung_output(
        tmp_path: Any, capsys: pytest.CaptureFixture[str], formula: str, data: str,
        args: tuple[str, ...]) -> None:
    """``sakip hitung``'s messages and the output's reasons, in Bahasa Indonesia."""
    source, out = tmp_path / "data.csv", tmp_path / "hasil.csv"
    source.write_text(data, encoding="utf-8")
    main(["hitung", formula, str(source), "-o", str(out), "--lanjut", *args])
    text = capsys.readouterr().err + (out.read_text("utf-8") if out.exists() else "")
    assert text.strip()
    own = sorted({str(source).lower(), *(c for c in re.split(r"[,\n]", data.lower())
                                         if len(c) > 2)}, key=len, reverse=True)
    assert not _english_left(text, own), _english_left(text, own)


#: ``sakip simulasi`` questions: reachable, range, capped (unreachable), IKPA per rule set.
SIMULASI = [
    ["capaian", "--target", "1176", "--capaian", "101.10", "--places", "2", "--mode", "down"],
    ["capaian", "--target", "8", "--capaian", "87.5", "--polarisasi", "minimize"],
    ["capaian", "--target", "80,90", "--capaian", "87.5", "--polarisasi", "stabilize"],
    ["capaian", "--target", "100", "--capaian", "130", "--cap", "120"],
    ["ikpa", "--tahun", "2024", "--skor", "revisi_dipa=100", "--skor",
     "deviasi_halaman_iii_dipa=90", "--skor", "penyerapan_anggaran=90", "--skor",
     "belanja_kontraktual=-", "--skor", "penyelesaian_tagihan=100", "--skor",
     "pengelolaan_up_tup=100", "--skor", "capaian_output=90"],
    ["ikpa", "--tahun", "2024", "--kategori", "Kurang", "--skor", "revisi_dipa=50"],
    ["ikpa", "--tahun", "2024", "--blu", "--skor", "revisi_dipa=80"],
    ["ikpa", "--tahun", "2024", "--skor", "revisi_dipa"],
]


@pytest.mark.parametrize("question", SIMULASI, ids=lambda q: " ".join(q[:3]))
def test_no_english_word_in_the_indonesian_simulasi_text(
        capsys: pytest.CaptureFixture[str], question: list[str]) -> None:
    """``sakip simulasi``'s text (the answer, its derivation, a refusal) in Bahasa Indonesia;
    codes (an indicator's name, polarisasi) removed first (citations are translated)."""
    main(["simulasi", *question])
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert text.strip()
    own = sorted({*(q.lower() for q in question), "maximize", "minimize", "stabilize"},
                 key=len, reverse=True)
    assert not _english_left(text, own), _english_left(text, own)


#: Bad report files (a few of each kind of problem), read by ``sakip reviu``.
BAD_REPORTS = [
    'schema = "sakip/lkj-1"\n[laporan]\ntahun = "2023"\n',
    'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\nangka = "xx"\n',
    'schema = "sakip/lkj-2"\n',
    'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
    '[[indikator]]\nkode = "1"\nnama = "A"\ntarget = 5\nrealisasi = "abc"\n',
    'schema = "sakip/lkj-1"\n[laporan]\ninstansi = "X"\ntahun = 2023\n'
    '[anggaran]\npagu = "-5"\n',
    'schema = "sakip/lkj-1"\n[laporan\n',
    "",
    '{"schema": "sakip/lkj-1", "laporan": [1, 2]}',
]


@pytest.mark.parametrize("text", BAD_REPORTS)
def test_no_english_word_in_the_indonesian_error_of_a_bad_report(
        tmp_path: Any, capsys: pytest.CaptureFixture[str], text: str) -> None:
    """``sakip reviu`` of an unreadable report file: its problems in Bahasa Indonesia (the
    places and the values received are the file's own text)."""
    path = tmp_path / ("laporan.json" if text.startswith("{") else "laporan.toml")
    path.write_text(text, encoding="utf-8")
    assert main(["reviu", str(path)]) == 2
    message = capsys.readouterr().err
    assert message.strip()
    message = re.sub(r"diterima .*", "diterima", message)  # what was received: as received
    own = sorted({str(path).lower(), "file:",  # an error's field: a code, as JSON has it
                  *(w for w in re.findall(r"[\w./-]+", text.lower()) if len(w) > 2)},
                 key=len, reverse=True)
    assert not _english_left(message, own), (message, _english_left(message, own))
