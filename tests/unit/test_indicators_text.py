"""The indicators module's explanations and refusals that the explanation table leaves open.

A range target evaluated at both ends (PermenPANRB 8/2021 Lampiran, printed p. 100, reference
§1), a Renstra capaian of a lower-is-better indicator, a percent change of computed results,
and the refusals of ``capaian_renstra`` (the field, what was expected, the value as given).
The words are the reference's, in both languages where a translation carries them.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

import sakip


def test_a_range_evaluated_at_both_ends_says_how_in_both_languages() -> None:
    """Reference §1: a maximize indicator's range target, R / L below L and R / U above U."""
    figure = sakip.capaian(target=("80", "90"), realisasi="95", polarisasi="stabilize",
                           rentang="maximize")
    (en,) = figure.explain().in_bahasa("en").notes
    (id_,) = figure.explain().in_bahasa("id").notes
    assert en.startswith("range evaluated maximize at both ends: R / L × 100 below L; "
                         "R / U × 100 above U (PermenPANRB 8/2021 Lampiran, p. 100")
    assert id_.startswith("rentang dievaluasi maximize di kedua ujung: R / L × 100 di bawah L; "
                          "R / U × 100 di atas U (PermenPANRB 8/2021 Lampiran, hlm. 100")


def test_a_renstra_capaian_of_a_minimize_indicator_says_so_in_its_title() -> None:
    figure = sakip.capaian_renstra(target={2024: "10", 2025: "8"}, realisasi={2024: "9"},
                                   agregasi="stock", polarisasi="minimize")
    assert figure.explain().in_bahasa("en").title.endswith(", minimize)")
    maximize = sakip.capaian_renstra(target={2024: "10", 2025: "8"}, realisasi={2024: "9"},
                                     agregasi="stock")
    assert "maximize" not in maximize.explain().in_bahasa("en").title


def test_a_percent_change_of_results_shows_their_derivations_first() -> None:
    change = sakip.percent_change(old=sakip.nka(eka=50, ikpa=50), new=sakip.nka(eka=60, ikpa=60))
    names = [step.name for step in change.explain().in_bahasa("en").steps]
    assert names == ["old: nilai komposit", "new: nilai komposit", "perubahan"]


def test_a_renstra_capaian_without_any_realisasi_is_not_computable() -> None:
    with pytest.raises(sakip.NotComputableError) as caught:
        sakip.capaian_renstra(target={2024: "10"}, realisasi={2024: None}, agregasi="stock")
    assert (caught.value.field, caught.value.reason) == ("realisasi",
                                                         "no year has a realisasi yet")


def test_a_renstra_year_outside_the_calendar_is_named() -> None:
    with pytest.raises(sakip.InvalidValueError) as caught:
        sakip.capaian_renstra(target={3024: "10"}, realisasi={2024: 1}, agregasi="stock")
    error = caught.value
    assert (error.field, error.received) == ("target", 3024)
    assert error.expected == "years 1900–2999 (as sakip.TahunAnggaran)"


# Reference §1 (PermenPANRB 8/2021 Lampiran, p. 100): a range target L – U evaluated outside
# the range by the indicator's own formula against the nearer end.
@pytest.mark.parametrize(("rentang", "realisasi", "formula", "end", "expected"), [
    ("maximize", 95, "R / U × 100", ("U (target)", 90), F(95, 90) * 100),
    ("minimize", 95, "(2U − R) / U × 100", ("U (target)", 90), F(2 * 90 - 95, 90) * 100),
    ("maximize", 70, "R / L × 100", ("L (target)", 80), F(70, 80) * 100),
    ("minimize", 70, "(2L − R) / L × 100", ("L (target)", 80), F(2 * 80 - 70, 80) * 100),
])
def test_a_range_target_outside_its_range_names_the_nearer_end(
        rentang: str, realisasi: int, formula: str, end: tuple[str, int], expected: F) -> None:
    figure = sakip.capaian(target=("80", "90"), realisasi=realisasi, polarisasi="stabilize",
                           rentang=rentang)  # type: ignore[arg-type]
    (step,) = figure.explain().in_bahasa("en").steps
    assert (step.name, step.formula) == ("capaian", formula)
    assert [(label, F(value)) for label, value in step.inputs] == [
        (end[0], F(end[1])), ("R (realisasi)", F(realisasi))]
    assert abs(F(step.value) - expected) < F(1, 10**40)  # the library keeps 50 digits


def test_levels_and_predikat_are_ranked_in_the_explanation() -> None:
    """Reference §1: SPIP levels rank n (a convention), predikat D=1 … AA=7."""
    level = sakip.capaian(target="Level 3", realisasi="Level 4").explain().in_bahasa("en")
    rank = level.steps[0]
    assert (rank.name, rank.formula) == ("ordinal ranks", "Level n has rank n (Level 0 … Level 5)")
    assert [(label, str(value)) for label, value in rank.inputs] == [("target", "Level 3"),
                                                                     ("realisasi", "Level 4")]
    assert rank.value == "T = 3, R = 4"
    assert rank.reference.startswith("PP 60/2008 (SPIP)")
    assert rank.note.startswith("convention")
    predikat = sakip.capaian(target="BB", realisasi="A").explain().in_bahasa("en").steps[0]
    assert predikat.formula == "D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7"
    assert predikat.value == "T = 5, R = 6"


def test_a_capaian_of_results_shows_their_derivations_first() -> None:
    figure = sakip.capaian(target=sakip.nka(eka=50, ikpa=50), realisasi=sakip.nka(eka=60, ikpa=60))
    names = [step.name for step in figure.explain().in_bahasa("en").steps]
    assert names[:2] == ["target: nilai komposit", "realisasi: nilai komposit"]


RANGE_ONLY = ("'stabilize' (the default) unless polarisasi is 'stabilize': rentang says how a "
              "range target is evaluated")
BOTH_SIDES = ("a predikat on both sides (target 'BB', realisasi 'A') or an SPIP level on both "
              "sides ('Level 3', 'Level 4')")


@pytest.mark.parametrize(("kw", "field", "expected", "received"), [
    ({"target": ("1", "2"), "realisasi": 1, "polarisasi": "stabilize", "rentang": "x"},
     "rentang", "one of 'stabilize', 'maximize', 'minimize'", "x"),
    ({"target": "1", "realisasi": 1, "rentang": "maximize"}, "rentang", RANGE_ONLY, "maximize"),
    ({"target": "BB", "realisasi": "90"}, "realisasi", BOTH_SIDES, "90"),
    ({"target": "90", "realisasi": "A"}, "target", BOTH_SIDES, "90"),
])
def test_capaian_refusals_name_field_expected_and_received(
        kw: dict[str, object], field: str, expected: str, received: object) -> None:
    with pytest.raises(sakip.InvalidValueError) as caught:
        sakip.capaian(**kw)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.expected, caught.value.received) == (
        field, expected, received)
