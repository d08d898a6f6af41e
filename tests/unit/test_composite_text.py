"""The composite module's explanations that the explanation table leaves open.

A component given as a sakip result shows its derivation first, named by the component
(so the working paper shows where a composite's input came from); the default titles
in both languages (reference §16 vocabulary: *nilai komposit tertimbang*,
*ternormalisasi*).
"""

from __future__ import annotations

import sakip


def _source() -> sakip.NKA:
    return sakip.nka(eka=50, ikpa=50)


def test_a_weighted_score_of_a_result_shows_its_derivation_and_titles_itself() -> None:
    score = sakip.weighted_score({"a": (_source(), 60), "b": ("80", 40)})
    en, id_ = score.explain().in_bahasa("en"), score.explain().in_bahasa("id")
    assert [step.name for step in en.steps] == ["a: nilai komposit", "nilai komposit"]
    assert en.title == "Nilai komposit tertimbang (weighted composite)"
    assert id_.title == "Nilai komposit tertimbang"


def test_a_normalised_score_of_a_result_shows_its_derivation_and_titles_itself() -> None:
    score = sakip.normalised_score({"a": (_source(), 100, 60), "b": ("8", 10, 40)})
    en, id_ = score.explain().in_bahasa("en"), score.explain().in_bahasa("id")
    assert en.steps[0].name == "a: nilai komposit"
    assert en.title == "Nilai komposit ternormalisasi (normalised weighted composite)"
    assert id_.title == "Nilai komposit ternormalisasi"
