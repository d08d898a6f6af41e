"""The indicators module's explanations and refusals that the explanation table leaves open.

A range target evaluated at both ends (PermenPANRB 8/2021 Lampiran, printed p. 100, reference
§1), a Renstra capaian of a lower-is-better indicator, a percent change of computed results,
and the refusals of ``capaian_renstra`` (the field, what was expected, the value as given).
The words are the reference's, in both languages where a translation carries them.
"""

from __future__ import annotations

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
