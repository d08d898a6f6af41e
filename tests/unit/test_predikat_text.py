"""The predikat module's explanations and refusals that the explanation table leaves open.

An AKIP evaluation cites both the component weights and the band table it reads the
predikat from (reference §2, PermenPANRB 88/2021 Lampiran: kategori nilai evaluasi AKIP),
in both languages; a component given as a sakip result shows its derivation; a positional
``Predikat.from_nilai`` says how to call it.
"""

from __future__ import annotations

import pytest

import sakip

AKIP_88 = "PermenPANRB 88/2021 tentang Evaluasi AKIP"
BANDS_88 = "PermenPANRB 88/2021 (and 12/2015), Lampiran: kategori nilai evaluasi AKIP"
#: The same citation as an Indonesian output writes it.
BANDS_88_ID = "PermenPANRB 88/2021 (dan 12/2015), Lampiran: kategori nilai evaluasi AKIP"


def _evaluasi(perencanaan: object = "24.5") -> sakip.EvaluasiAKIP:
    return sakip.evaluasi_akip(perencanaan=perencanaan, pengukuran=27,  # type: ignore[arg-type]
                               pelaporan=13, evaluasi_internal=20)


@pytest.mark.parametrize(("bahasa", "word", "bands"),
                         [("en", "bands", BANDS_88), ("id", "pita", BANDS_88_ID)])
def test_an_evaluation_cites_its_weights_and_its_bands(bahasa: str, word: str,
                                                       bands: str) -> None:
    reference = _evaluasi().explain().in_bahasa(bahasa).reference  # type: ignore[arg-type]
    assert reference.startswith(AKIP_88)
    assert reference.endswith(f"; {word}: {bands}")


def test_a_component_given_as_a_result_shows_its_derivation_first() -> None:
    explanation = _evaluasi(sakip.nka(eka=24, ikpa=24)).explain().in_bahasa("en")
    assert [step.name for step in explanation.steps] == ["perencanaan: nilai komposit", "nilai"]


def test_a_positional_option_of_from_nilai_says_how_to_call_it() -> None:
    with pytest.raises(sakip.InvalidTypeError) as caught:
        sakip.Predikat.from_nilai(80, "permenpanrb-88-2021")  # type: ignore[arg-type]
    error = caught.value
    assert error.field == "Predikat.from_nilai()"
    assert error.expected == ("keyword arguments, as in Predikat.from_nilai(nilai) "
                              "(options: aturan)")
    assert error.received == ("permenpanrb-88-2021",)
