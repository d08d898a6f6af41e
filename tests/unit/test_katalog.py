"""Every phrase the library can put in an error exists in both languages (issue 29).

The coverage test reads the package's source (``ast``) and collects every
phrase an error can carry: the ``expected=`` / ``reason=`` arguments (and a
whole message, the first positional argument) of the error classes
(:data:`ERRORS`) and of the helpers that build an error from their arguments
(:data:`HELPERS`), written as

- a string literal,
- an f-string (a template: each ``{…}`` is any text, filled with ``7`` here),
- an ``a + b`` of those, either branch of ``a if c else b``,
- a name bound to one of those at module level or in the same function,
- ``NAME("en", …)``, the English of a module-level ``Teks`` (``sakip hitung``'s phrases).

A value built otherwise (a ``Pesan``: already in both languages; an error's
own ``expected`` passed on; ``str(path)``) is not a phrase of its own.  Each
phrase must be rendered by the catalog (``sakip._katalog``) in Bahasa
Indonesia: matched, different from the English, and free of the English words
of :data:`ENGLISH` — except the few of :data:`SAME_IN_BOTH`, written alike in
both languages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import sakip
from sakip._bahasa import Pesan, tulis
from sakip._katalog import KATALOG, pesan_error, terjemah
from sakip.errors import InvalidValueError, NotComputableError, SakipError

SOURCE = Path(sakip.__file__).parent

#: The error classes (and ``explain.NotComputable``, a value standing for one), by name.
ERRORS = frozenset({"SakipError", "InvalidTypeError", "InvalidValueError", "ParseError",
                    "NotComputableError", "UnknownNameError", "NotComputable", "_Unsaved"})
#: Helpers that build an error from an ``expected`` argument, with that argument's position
#: (``_reading._refuse``, ``_output._refuse``, ``reviu._kinerja``'s ``refuse``,
#: ``lkj._Problems.fail``, ``_xlsx._CellProblem``).
HELPERS = {"_refuse": 1, "refuse": 1, "fail": 1, "_CellProblem": 0}
#: Phrases written alike in both languages (formulas of the regulations' own terms and codes).
SAME_IN_BOTH = frozenset({
    "blokir <= pagu", "realisasi <= pagu ({x})", "sisa <= pagu ({x})", "0 <= {x} <= 100",
    ">= 0", "CSV", "eka + ikpa = 100", "0 <= {x}", "1–{x}", "'id' or 'en'",
    "0 <= places <= {x}", "{x} <= nilai <= {x} (nilai evaluasi AKIP)",
    "penghematan <= DIPA awal ({x})", "realisasi <= pagu − blokir ({x})", "(selesai, jumlah)",
    "0 <= {x} <= {x} (bobot komponen LKE)", "> {x} ({x})", ">= {x} ({x})", ">= lower ({x})",
    "blokir <= pagu revisi ({x})", "floor <= cap ({x})", "jenis belanja {x}",
    "upper >= lower ({x})", "{x} <= {x} <= {x}",
})
#: Phrases that are not words: a value or a field and a phrase of its own, each rendered alone.
NOT_WORDS = frozenset({"{x}", "{x}: {x}", "{x} {x} ({x})"})
#: English words that must not be left in an Indonesian rendering (with the fields as ``7``).
ENGLISH = ("a", "an", "the", "of", "and", "or", "not", "is", "are", "with", "without", "for",
           "to", "in", "at", "as", "be", "by", "no", "one", "each", "every", "number", "text",
           "expected", "received", "missing", "zero", "value", "values", "year", "most",
           "least", "file", "row", "rows", "column", "columns", "give", "pass", "under",
           "table", "name", "from", "only", "both", "either", "exactly", "integer", "mapping",
           "sequence", "pair", "pairs", "date", "quarter", "month", "months", "when", "than",
           "needs", "undefined", "written", "sheet", "cell", "cells", "report", "rule", "set")


def _constants(tree: ast.AST) -> dict[str, list[ast.expr]]:
    """Every ``name = value`` of a module or a function body (its own, not nested ones)."""
    found: dict[str, list[ast.expr]] = {}
    body = getattr(tree, "body", [])
    nodes = list(ast.walk(tree)) if isinstance(tree, ast.FunctionDef) else body
    for node in nodes:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                found.setdefault(target.id, []).append(value)
    return found


def _templates(node: ast.expr, names: dict[str, list[ast.expr]], depth: int = 0) -> list[str]:
    """The phrase templates ``node`` writes (``{x}`` for each field), or none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value.replace("{", "{{").replace("}", "}}")]
    if isinstance(node, ast.JoinedStr):  # a field bound to phrases here: each of them
        out = [""]
        for v in node.values:
            parts = (_templates(v, names, depth) if isinstance(v, ast.Constant)
                     else _templates(v.value, names, depth + 1)
                     if isinstance(v, ast.FormattedValue) and v.conversion == -1
                     and v.format_spec is None else [])
            out = [a + b for a in out for b in parts or ["{x}"]][:64]
        return out
    if isinstance(node, ast.IfExp):
        return [*(_templates(node.body, names, depth) or ["{x}"]),
                *(_templates(node.orelse, names, depth) or ["{x}"])]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _templates(node.left, names, depth) or ["{x}"]
        right = _templates(node.right, names, depth) or ["{x}"]
        return [a + b for a in left for b in right]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TEKS
            and node.args and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "en"):
        return [re.sub(r"(?<!{){\w+}(?!})", "{x}", TEKS[node.func.id])]  # a Teks in English
    if isinstance(node, ast.Name) and depth < 3:
        return [t for value in names.get(node.id, []) for t in _templates(value, names, depth + 1)]
    return []


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, ast.AST]]:
    """Every call of the module with the function it is in (the module itself outside one)."""
    def walk(node: ast.AST, scope: ast.AST) -> Iterator[tuple[ast.Call, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef) else scope
            if isinstance(child, ast.Call):
                yield child, inner
            yield from walk(child, inner)
    yield from walk(tree, tree)


#: Every module of the package, parsed.
TREES = [(path, ast.parse(path.read_text(encoding="utf-8")))
         for path in sorted(SOURCE.rglob("*.py"))]


def _teks_named() -> dict[str, str]:
    """The English template of every ``NAME = Teks(id=…, en=…)`` of the package, by name."""
    found: dict[str, str] = {}
    for _, tree in TREES:
        for node in tree.body:
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "Teks"):
                en = [k.value for k in node.value.keywords if k.arg == "en"]
                if en and isinstance(en[0], ast.Constant) and isinstance(en[0].value, str):
                    found.update({t.id: en[0].value for t in node.targets
                                  if isinstance(t, ast.Name)})
    return found


#: ``NAME("en", …)`` of a module-level ``Teks``: its English, a phrase like any other.
TEKS = _teks_named()


def library_phrases() -> dict[str, tuple[str, str, str | None]]:
    """Every phrase an error of the library can carry: ``{template: (kind, place, field)}``.

    ``kind`` is ``"phrase"`` (an ``expected`` or a ``reason``) or ``"message"`` (a whole one,
    with the template of its ``field``).
    """
    found: dict[str, tuple[str, str, str | None]] = {}
    for path, tree in TREES:
        module = _constants(tree)
        scopes: dict[int, dict[str, list[ast.expr]]] = {}
        for call, scope in _calls(tree):
            func = call.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            args: list[tuple[str, ast.expr]] = []
            if name in ERRORS:
                args += [("phrase", k.value) for k in call.keywords
                         if k.arg in ("expected", "reason")]
                args += [("message", a) for a in call.args[:1]]
            if name in HELPERS:
                args += [("phrase", k.value) for k in call.keywords if k.arg == "expected"]
                args += [("phrase", a) for a in call.args[HELPERS[name]:HELPERS[name] + 1]]
            if scope is tree:
                names = module
            else:  # the function's own names, found once per function
                if id(scope) not in scopes:
                    scopes[id(scope)] = {**module, **_constants(scope)}
                names = scopes[id(scope)]
            place = f"{path.relative_to(SOURCE.parent)}:{call.lineno}"
            fields: list[str | None] = [t for k in call.keywords if k.arg == "field"
                                        for t in _templates(k.value, names)] or [None]
            for kind, arg in args:
                for template in _templates(arg, names):
                    found.setdefault(template, (kind, place, fields[0]))
    return found


PHRASES = library_phrases()


def _rendered(template: str, kind: str, field: str | None) -> str:
    """The Indonesian of the phrase with its fields as ``7``, as the command renders it."""
    text = template.format(x="7")
    if kind == "message":  # a whole message: its field (the place, kept as it is) first
        place = field and field.format(x="7")
        rendered = tulis(pesan_error(SakipError(text, field=place)), "id")
        return rendered.removeprefix(f"{place}: ") if place else rendered
    return tulis(terjemah(text), "id")


def _english(text: str) -> list[str]:
    """The words of :data:`ENGLISH` in ``text``, outside quotes and code (``year=``, ``x.date``)."""
    text = re.sub(r"'[^']*'", " ", text)
    return [w for w in ENGLISH if re.search(rf"(?<![\w.-]){w}(?![\w=(-])", text)]


def test_the_collector_finds_the_phrases() -> None:
    """The source holds hundreds of phrases; a few known ones of each kind are among them."""
    assert len(PHRASES) > 400, len(PHRASES)
    assert PHRASES["a number >= 0"][0] == "phrase"
    assert PHRASES["pagu is zero: RA / P is undefined"][0] == "phrase"  # a reason
    assert "at most {x} bytes" in PHRASES  # an f-string
    assert "one of {x}" in PHRASES  # "one of " + ", ".join(...)


def _problem(template: str) -> str | None:
    """What is wrong with the phrase's Indonesian (``None``: nothing)."""
    kind, place, field = PHRASES[template]
    if template in NOT_WORDS:
        return None
    text = template.format(x="7")
    if template in SAME_IN_BOTH:
        return None if isinstance(terjemah(text), Pesan) else (
            f"{place}: no catalog entry in sakip/_katalog.py for {text!r} (written alike)")
    indonesian = _rendered(template, kind, field)
    if indonesian == text:
        return f"{place}: no catalog entry in sakip/_katalog.py for {text!r}"
    if _english(indonesian):
        return (f"{place}: English left in {indonesian!r}: {_english(indonesian)} (add the "
                "phrase, or the phrases it is made of, to sakip/_katalog.py)")
    return None


def test_every_phrase_of_an_error_renders_in_indonesian() -> None:
    """The catalog renders each phrase in Bahasa Indonesia, with no English word left (one
    test over all of them: the failure lists every phrase missing, with its file and line)."""
    problems = [p for p in map(_problem, sorted(PHRASES)) if p]
    assert not problems, "\n".join(problems)


def test_the_exemptions_are_still_phrases_of_the_library() -> None:
    """An exemption names a phrase the source still writes (none left over)."""
    assert set(PHRASES) >= SAME_IN_BOTH, SAME_IN_BOTH - set(PHRASES)


def test_each_catalog_entry_is_used_or_a_composed_phrase() -> None:
    """The catalog's English templates are distinct (one entry per phrase)."""
    ens = [t.en for t in KATALOG]
    assert len(ens) == len(set(ens)), [e for e in ens if ens.count(e) > 1]


@pytest.mark.parametrize(("english", "indonesian"), [
    (InvalidValueError(field="pagu", expected="a number >= 0", received=-5),
     "pagu: seharusnya angka >= 0; diterima -5"),
    (InvalidValueError(field="bahasa", expected="one of 'id', 'en'", received="jv"),
     "bahasa: seharusnya salah satu dari 'id', 'en'; diterima 'jv'"),
    (InvalidValueError(field="file", expected="at most 5000000 bytes", received=6000000),
     "file: seharusnya paling banyak 5000000 byte; diterima 6000000"),
    (NotComputableError(field="capaian", reason="target is zero"),
     "capaian: tidak dapat dihitung: target nol"),
])
def test_hand_written_renderings(english: SakipError, indonesian: str) -> None:
    """A handful of phrases, their Indonesian written by hand (reference §16's terms)."""
    assert tulis(pesan_error(english, as_written=False), "id") == indonesian


def test_the_summary_counts_in_the_words_of_the_status_column() -> None:
    """One vocabulary (reference §16): the summary names each count by its status's words,
    in the text, Markdown, HTML and working-paper outputs alike."""
    from sakip.reviu import STATUSES
    from sakip.reviu._findings import status_text

    r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    first = r.summary().splitlines()[0]
    assert first == ("200 angka tercetak: 163 sesuai, 0 sesuai (selisih pembulatan), 0 sesuai "
                     "(konvensi berbeda), 34 tidak sesuai, 3 tidak dapat dihitung")
    assert all(status_text(s) in first for s in STATUSES)
    for text in (r.to_text(), r.to_markdown(), r.to_html()):
        assert "pembulatan lain" not in text and "konvensi lain" not in text
