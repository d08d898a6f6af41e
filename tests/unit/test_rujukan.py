"""Rule sets' citations in Bahasa Indonesia (issue 29): ``sakip._rujukan_id.RUJUKAN``.

The table holds every registered citation and nothing else; each renders in
Indonesian without a word of the library's English; English is unchanged.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import sakip
from sakip import _rules
from sakip._rujukan_id import RUJUKAN, rujukan
from sakip.explain import Explanation, Step, say
from sakip.ikpa import KATEGORI_IKPA, IKPAPenyesuaian, penyerapan_triwulan
from tests.unit.test_bahasa import _english_left


def _citations() -> set[str]:
    """Every registered rule set's citation (and an IKPA adjustment's catatan), and a formula
    module's ``CITATION``."""
    modules = [sakip, *(importlib.import_module(info.name)
                        for info in pkgutil.walk_packages(sakip.__path__, "sakip."))]
    own = {m.CITATION for m in modules if isinstance(getattr(m, "CITATION", None), str)}
    # an IKPA year adjustment's catatan is rule-set data quoted in its note, as a citation is
    catatan = {rule.catatan for _, rule in _rules.registered()
               if isinstance(rule, IKPAPenyesuaian) and rule.catatan}
    return {*own, *catatan, *(rule.citation for _, rule in _rules.registered() if rule.citation)}


def test_the_table_holds_every_citation_and_nothing_else() -> None:
    """A citation without an entry would stay English; an entry no rule set cites is stale."""
    citations = _citations()
    assert len(citations) > 50
    assert sorted(citations - RUJUKAN.keys()) == []  # missing
    assert sorted(RUJUKAN.keys() - citations) == []  # stale


@pytest.mark.parametrize("citation", sorted(RUJUKAN))
def test_each_citation_in_bahasa_indonesia_has_no_english_word(citation: str) -> None:
    """Rendered in ``id`` (as a reference of an explanation), none of the English word list;
    in ``en`` the citation as registered."""
    e = Explanation(title="x", steps=(Step(name="x", formula="x", value=1,
                                           reference=citation),), reference=citation)
    assert e.reference == citation  # stored as registered
    for text in (say(citation, "id"), e.to_text("id"), e.to_markdown("id")):
        assert not _english_left(text, []), _english_left(text, [])
    assert say(citation, "en") == rujukan(citation, "en") == citation
    assert e.to_text("en").endswith(f"reference: {citation}")


def test_a_translation_is_not_translated_again() -> None:
    """Idempotent: an Indonesian citation holds no English key that would change it."""
    for indonesian in RUJUKAN.values():
        assert rujukan(indonesian) == indonesian


def test_three_translations_checked_by_hand() -> None:
    """Reference §16's words: the regulation kept as written, the prose around it translated."""
    assert RUJUKAN["PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran "
                   "Bab VI"] == ("PermenPANRB 53/2014 (LKj); rumus seperti dalam PermenPANRB "
                                 "8/2021 Lampiran Bab VI")
    assert RUJUKAN["KEP/25/M.PAN/2/2004 (pedoman umum penyusunan IKM): fourteen unsur, weight "
                   "1/14, konversi × 25; superseded by PermenPANRB 16/2014, then 14/2017"] == (
        "KEP/25/M.PAN/2/2004 (pedoman umum penyusunan IKM): empat belas unsur, bobot 1/14, "
        "konversi × 25; digantikan oleh PermenPANRB 16/2014, lalu 14/2017")
    assert RUJUKAN["PMK 214/PMK.02/2017 Lampiran (efisiensi), retained by PMK 22/PMK.02/2021"] \
        == "PMK 214/PMK.02/2017 Lampiran (efisiensi), dipertahankan oleh PMK 22/PMK.02/2021"


def test_a_citation_quoted_in_a_note_is_translated_too() -> None:
    """A note that quotes a citation (a category's table) is written in Indonesian."""
    note = f"kategori 'Baik' ({KATEGORI_IKPA.citation})"
    assert say(note, "id") == f"kategori 'Baik' ({RUJUKAN[KATEGORI_IKPA.citation]})"
    assert say(note, "en") == note
    assert "dan PER-5/PB/2024" in say(note, "id")


def test_a_citation_built_from_the_callers_thresholds_is_in_both_languages() -> None:
    """The TA 2026 belanja pegawai thresholds given by the caller: the registered citation
    and the words added to it, in Bahasa Indonesia; in English as before."""
    f = penyerapan_triwulan(pagu={"52": 1000, "51": 500}, realisasi={"52": [75], "51": [30]},
                            tahun=2026, blokir={}, target_pegawai=[20, 50, 75, 95])
    e = f.explain()
    english = ("PER-5/PB/2024 (target penyerapan anggaran per triwulan per jenis belanja); 51 "
               "thresholds given by the caller (TA 2026, values not retrieved [OPEN])")
    assert e.reference == english
    assert e.to_text("en").endswith(f"reference: {english}")
    indonesian = say(e.reference, "id")
    assert indonesian.startswith("PER-5/PB/2024 (target penyerapan anggaran")
    assert not _english_left(indonesian, []), _english_left(indonesian, [])
