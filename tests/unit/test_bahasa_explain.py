"""Explanations in both languages: every ``Teks`` complete, no English framework word in ``id``.

The Indonesian words were checked by hand against reference §16's vocabulary
(tercetak, nilai, catatan, dasar, langkah, rumus, masukan, tidak dapat dihitung).
A rule set's citation and registered formula are data quoted as registered (some
are English prose), and formulas stay in the regulation's notation; they are
removed from the text before the word check.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
import re
import string
from collections.abc import Iterator
from decimal import Decimal

import pytest

import sakip
from sakip import _rules
from sakip._bahasa import Teks
from sakip.explain import Explanation, NotComputable, Step, filled, say
from tests.unit.test_explanations import CASES

#: The framework words an explanation printed in English before it had two languages.
ENGLISH = ("printed", "value", "note", "reference", "step", "inputs", "formula", "computable")


def _teks_in(value: object) -> Iterator[Teks]:
    if isinstance(value, Teks):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _teks_in(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _teks_in(item)


#: The reviu's, the command's and simulasi's texts and the rounding's words: checked with the
#: language of the outputs (the reasons' catalog); here the explanations' texts.
_OTHERS = ("sakip.reviu", "sakip.cli", "sakip._hitung", "sakip._katalog", "sakip._bahasa",
           "sakip.simulasi", "sakip.explain._ROUNDING_TEKS", "sakip.explain._UNIT")


def _all_teks() -> list[tuple[str, Teks]]:
    found: list[tuple[str, Teks]] = []
    for info in pkgutil.walk_packages(sakip.__path__, "sakip."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            where = f"{info.name}.{name}"
            if not where.startswith(_OTHERS):
                found.extend((where, teks) for teks in _teks_in(value))
    return found


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize(("where", "teks"), _all_teks(), ids=lambda v: v if isinstance(v, str)
                         else "")
def test_every_teks_has_both_languages_with_the_same_fields(where: str, teks: Teks) -> None:
    assert teks.id.strip() and teks.en.strip(), where
    assert _fields(teks.id) == _fields(teks.en), where


def _data() -> list[str]:
    """Citations and registered formulas of every rule set, longest first (quoted as data)."""
    for kind in _rules.KINDS:
        for module in _rules.KINDS[kind]:
            importlib.import_module(module)
    texts = {rule.citation for _, rule in _rules.registered()}
    texts |= {rule.rumus for _, rule in _rules.registered() if isinstance(rule, _rules.FormulaRule)}
    return sorted((t for t in texts if t), key=len, reverse=True)


DATA = _data()


def _own_words(text: str, explanation: Explanation) -> str:
    """``text`` without data: citations, registered formulas and the steps' formulas (which
    stay in the regulation's notation: PER-5/PB/2024 itself says "Formula 1")."""
    formulas = sorted((say(step.formula, "id") for step in explanation.steps), key=len,
                      reverse=True)
    for quoted in (*DATA, *formulas):
        text = text.replace(quoted, " ")
    return text


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_id_explanation_has_no_english_framework_word(case: object) -> None:
    explanation = case.call().explain()  # type: ignore[attr-defined]
    for rendering in (explanation.to_text(), explanation.to_markdown(),
                      explanation.to_html("id"), str(explanation)):
        plain = _own_words(html.unescape(rendering), explanation)
        words = set(re.findall(r"[a-z]+", plain.lower()))
        assert not words & set(ENGLISH), (words & set(ENGLISH), rendering)


@pytest.mark.parametrize("case", CASES[::7], ids=[case.id for case in CASES[::7]])
def test_en_rendering_is_the_english_explanation(case: object) -> None:
    """``to_text("en")`` of the stored explanation equals the one written out in English."""
    explanation = case.call().explain()  # type: ignore[attr-defined]
    english = explanation.in_bahasa("en")
    assert explanation.to_text("en") == english.to_text() == str(english)
    assert explanation.to_markdown("en") == english.to_markdown()
    assert explanation.to_html("en") == english.to_html()
    assert all(isinstance(note, str) for note in english.notes)
    assert explanation.in_bahasa("id").to_text() == explanation.to_text()


def test_framework_words_in_each_language() -> None:
    """1 / 3 × 100 = 33.33…, printed 33,33 at 2 decimals: the step's printed form is shown."""
    step = Step(name=Teks(id="langkah satu", en="step one"), formula="R / T × 100",
                inputs=((Teks(id="masukan", en="input"), 1),), value=sakip.capaian(
                    target=3, realisasi=1).value, note=Teks(id="catatan A", en="note A"))
    e = Explanation(title=Teks(id="Judul", en="Title"), steps=(step,), reference="PMK 1/2020",
                    notes=(filled(Teks(id="ada {n}", en="has {n}"), n=2),))
    lines = e.to_text("en").splitlines()
    value = str(e.steps[0].value)
    assert value.startswith("33.3333")
    assert lines[:6] == [
        "Title", "  1. step one = R / T × 100", "       input = 1",
        f"       = {value} (printed 33,33)", "       note: note A", f"  value: {value}"]
    assert lines[6].startswith("  printed: 33,33 (")  # the rounding's words: _rounding_text
    assert lines[7:] == ["  note: has 2", "  reference: PMK 1/2020"]
    text = e.to_text()
    assert text.splitlines()[:6] == [
        "Judul", "  1. langkah satu = R / T × 100", "       masukan = 1",
        f"       = {value} (tercetak 33,33)", "       catatan: catatan A", f"  nilai: {value}"]
    assert "  catatan: ada 2" in text and "  dasar: PMK 1/2020" in text
    assert "| # | langkah | rumus | masukan | nilai | tercetak |" in e.to_markdown()
    assert "<th>langkah</th><th>rumus</th>" in e.to_html()
    assert e.to_row()["notes"] == "ada 2" and e.in_bahasa("en").to_row()["notes"] == "has 2"
    assert e.to_rows()[0]["name"] == "langkah satu"


def test_not_computable_in_both_languages() -> None:
    e = NotComputable(field="target_renstra", reason="target Renstra is zero").explain()
    assert say(e.title, "id") == "target_renstra: tidak dapat dihitung"
    assert e.in_bahasa("en").title == "target_renstra: not computable"


def test_bahasa_is_checked() -> None:
    e = sakip.capaian(target=4, realisasi=3).explain()
    with pytest.raises(sakip.errors.InvalidValueError) as caught:
        e.to_text("jv")  # type: ignore[arg-type]
    assert caught.value.field == "bahasa"
    with pytest.raises(sakip.errors.InvalidValueError):
        e.in_bahasa("EN")  # type: ignore[arg-type]


def test_a_step_rounding_leaves_unchanged_is_not_shown_printed_again() -> None:
    """A head count or a sum (4410) is not annotated "(tercetak 4.410,00)" (a new user's
    review: the report never printed it so); a step rounding changes keeps its annotation."""
    count = Step(name="Σ target", formula="a + b", inputs=(("a", 882), ("b", 3528)),
                 value=Decimal(4410))
    ratio = Step(name="capaian", formula="R / T × 100", inputs=(("T", 4410), ("R", 3147)),
                 value=sakip.capaian(target=4410, realisasi=3147).value)
    e = Explanation(title="t", steps=(count, ratio))
    text = e.to_text("id").splitlines()
    assert "       = 4410" in text
    assert any(line.startswith("       = 71.36") and line.endswith("(tercetak 71,36)")
               for line in text)
    assert "| 4410 |  |" in e.to_markdown("id")
    assert "<td>4410</td><td></td>" in e.to_html("id")
