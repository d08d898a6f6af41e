"""NKA (nilai kinerja anggaran): the 60 % EKA + 40 % IKPA composite the seed LKj reports.

The weighting is Kemenkeu's internal indicator PKPA (SE-8/MK.1/2020: 40 %
IKPA + 60 % SMART/EKA), not a rule of PMK 62/2023; other agencies publish
other combinations, for which ``sakip.weighted_score`` exists.  The K/L
composite of PMK 2/PMK.02/2021 (60 % pengelolaan anggaran + 40 % indikator
kinerja anggaran, with its own categories) is ``nilai_kinerja_anggaran``.

>>> import sakip
>>> sakip.nka(eka="97.29", ikpa="91.95").rounded(2)
Decimal('95.15')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Never

import attrs

from sakip import _rules as rules
from sakip._decimal import Number, exact_sum
from sakip.composite import WeightedScore, check_score, weighted
from sakip.errors import REQUIRED, InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.explain import sources_of

__all__ = [
    "KATEGORI_NILAI_KINERJA_ANGGARAN",
    "NILAI_KINERJA_ANGGARAN_PMK_2_2021",
    "NKA_RULES",
    "NKARule",
    "NilaiKinerjaAnggaran",
    "kategori_nilai_kinerja_anggaran",
    "nilai_kinerja_anggaran",
    "nka",
]


@attrs.frozen(kw_only=True)
class NKARule(rules.RuleSet):
    """Weights of EKA and IKPA in the NKA, summing to 100."""

    #: The weight of the EKA (60).
    eka: Decimal
    #: The weight of the IKPA (40).
    ikpa: Decimal

    def __attrs_post_init__(self) -> None:
        if exact_sum((self.eka, self.ikpa)) != 100:
            raise InvalidValueError(field="weights", expected="eka + ikpa = 100",
                                    received=str(exact_sum((self.eka, self.ikpa))))


#: NKA rule sets, by name.
NKA_RULES: Mapping[str, NKARule] = {
    rule.name: rules.register("nka", rule)
    for rule in (
        NKARule(
            name="pkpa-se-8-mk1-2020",
            citation="SE-8/MK.1/2020 (PKPA: 60 % EKA/SMART + 40 % IKPA), as applied in LKj 2023 "
            "BGP Kalsel",
            years=(2020, None),
            confidence="C1",
            eka=Decimal(60),
            ikpa=Decimal(40),
        ),
    )
}


def nka(
    *positional: Never, eka: Number, ikpa: Number, aturan: str = "pkpa-se-8-mk1-2020"
) -> WeightedScore:
    """Nilai kinerja anggaran: ``NKA = 60 % × EKA + 40 % × IKPA``.

    Parameters
    ----------
    eka, ikpa:
        The two scores, 0–100 each: numbers, or the results of :func:`sakip.eka`
        and :func:`sakip.ikpa`, whose derivations the explanation then includes.
    aturan:
        The weighting rule set (``"pkpa-se-8-mk1-2020"``).

    Notes
    -----
    Exact; rounded only when reported (97,29 and 91,95 give 95,154 → 95,15).

    References
    ----------
    SE-8/MK.1/2020 (PKPA).

    Examples
    --------
    >>> n = nka(eka="97.29", ikpa="91.95")
    >>> n.value, n.rounded(2)
    (Decimal('95.154'), Decimal('95.15'))
    """
    if positional or eka is REQUIRED or ikpa is REQUIRED:
        raise call_error(nka, positional, locals())
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = rules.find("nka", aturan)
    assert isinstance(rule, NKARule)
    komponen = (("eka", check_score(eka, "eka"), rule.eka),
                ("ikpa", check_score(ikpa, "ikpa"), rule.ikpa))
    return WeightedScore(value=weighted(komponen, None), komponen=komponen,
                         judul=f"Nilai kinerja anggaran (NKA, {rule.name})",
                         sitasi=rule.citation,
                         sources=sources_of(("eka", "ikpa"), (eka, ikpa)))


nka = keyword_only()(nka)


# ------------------------------------------- PMK 2/PMK.02/2021 (K/L composite)

#: PMK 2/PMK.02/2021 (penghargaan dan sanksi atas hasil evaluasi kinerja anggaran K/L):
#: "bobot pengelolaan anggaran sebesar 60% dan bobot indikator kinerja anggaran sebesar
#: 40%" -- a K/L composite beside the PKPA of SE-8/MK.1/2020; its components are named
#: as the regulation names them, not mapped onto EKA and IKPA.
NILAI_KINERJA_ANGGARAN_PMK_2_2021 = rules.register(
    "nilai-kinerja-anggaran",
    rules.WeightedRuleSet(
        name="pmk-2-pmk02-2021",
        citation="PMK 2/PMK.02/2021 (penghargaan dan sanksi kinerja anggaran K/L): bobot "
        "pengelolaan anggaran 60 %, indikator kinerja anggaran 40 % (JDIH summary and press)",
        years=(2021, None),
        confidence="P",
        weights=(("pengelolaan_anggaran", Decimal(60)),
                 ("indikator_kinerja_anggaran", Decimal(40))),
    ),
)

#: PMK 2/PMK.02/2021 categories, lower bounds exclusive: > 90 Sangat Baik; > 80–90 Baik;
#: > 60–80 Cukup; > 50–60 Kurang; ≤ 50 Sangat Kurang.
KATEGORI_NILAI_KINERJA_ANGGARAN = rules.register(
    "kategori-nilai-kinerja-anggaran",
    rules.LabelBands(
        name="pmk-2-pmk02-2021",
        citation="PMK 2/PMK.02/2021: sangat baik > 90; baik > 80 – 90; cukup > 60 – 80; "
        "kurang > 50 – 60; sangat kurang ≤ 50 (JDIH summary and press)",
        years=(2021, None),
        confidence="P",
        bands=((Decimal(90), "Sangat Baik"), (Decimal(80), "Baik"), (Decimal(60), "Cukup"),
               (Decimal(50), "Kurang")),
        below="Sangat Kurang",
        inclusive="upper",
    ),
)


@attrs.frozen(kw_only=True)
class NilaiKinerjaAnggaran(WeightedScore):
    """A weighted composite with its category (PMK 2/PMK.02/2021 by default).

    Notes
    -----
    ``nilai = 60 % × pengelolaan anggaran + 40 % × indikator kinerja
    anggaran``, exact; ``kategori``: > 90 Sangat Baik, > 80–90 Baik, > 60–80
    Cukup, > 50–60 Kurang, ≤ 50 Sangat Kurang (lower bounds exclusive, so 90 is
    Baik).  Built by :func:`nilai_kinerja_anggaran`; not the PKPA of :func:`nka`.

    References
    ----------
    PMK 2/PMK.02/2021 (confidence P: public summaries).

    Examples
    --------
    Pengelolaan anggaran 85 and indikator kinerja anggaran 80: 0,6 × 85 +
    0,4 × 80 = 51 + 32 = 83, "Baik"; exactly 90 is still "Baik":

    >>> import sakip
    >>> n = sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=85, indikator_kinerja_anggaran=80)
    >>> n.value, n.kategori
    (Decimal('83'), 'Baik')
    >>> sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=90,
    ...                              indikator_kinerja_anggaran=90).kategori
    'Baik'
    """

    #: The category table of ``kategori``.
    kategori_bands: rules.LabelBands = KATEGORI_NILAI_KINERJA_ANGGARAN

    @property
    def kategori(self) -> str:
        """The category of the value under ``kategori_bands`` (lower bounds exclusive)."""
        return self.kategori_bands.label(self.value)

    def _notes(self) -> tuple[str, ...]:
        return (f"kategori {self.kategori!r} ({self.kategori_bands.name}: "
                f"{self.kategori_bands.citation})",)


def nilai_kinerja_anggaran(
    *positional: Never, pengelolaan_anggaran: Number, indikator_kinerja_anggaran: Number,
    aturan: str = "pmk-2-pmk02-2021",
) -> NilaiKinerjaAnggaran:
    """Nilai kinerja anggaran K/L under PMK 2/PMK.02/2021: 60 % + 40 %, with its kategori.

    Parameters
    ----------
    pengelolaan_anggaran, indikator_kinerja_anggaran:
        The two component scores, 0–100 each, as the regulation names them.
    aturan:
        The weighting rule set (``"pmk-2-pmk02-2021"``).

    Notes
    -----
    ``nilai = 60 % × pengelolaan anggaran + 40 % × indikator kinerja anggaran``,
    exact; categories > 90 Sangat Baik, > 80–90 Baik, > 60–80 Cukup, > 50–60
    Kurang, ≤ 50 Sangat Kurang (lower bounds exclusive, so 90 is Baik).
    Different from :func:`nka`, the PKPA 60 % EKA + 40 % IKPA of SE-8/MK.1/2020.

    References
    ----------
    PMK 2/PMK.02/2021 (confidence P: public summaries).

    Examples
    --------
    >>> n = nilai_kinerja_anggaran(pengelolaan_anggaran=90, indikator_kinerja_anggaran=90)
    >>> n.value, n.kategori
    (Decimal('90'), 'Baik')
    >>> nilai_kinerja_anggaran(pengelolaan_anggaran="95.5", indikator_kinerja_anggaran=85).kategori
    'Sangat Baik'
    """
    if positional or pengelolaan_anggaran is REQUIRED or indikator_kinerja_anggaran is REQUIRED:
        raise call_error(nilai_kinerja_anggaran, positional, locals())
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = rules.find("nilai-kinerja-anggaran", aturan)
    assert isinstance(rule, rules.WeightedRuleSet)
    scores = {"pengelolaan_anggaran": pengelolaan_anggaran,
              "indikator_kinerja_anggaran": indikator_kinerja_anggaran}
    komponen = tuple((name, check_score(scores[name], name), weight)
                     for name, weight in rule.weights)
    return NilaiKinerjaAnggaran(value=weighted(komponen, None), komponen=komponen,
                                judul=f"Nilai kinerja anggaran K/L ({rule.name})",
                                sitasi=rule.citation,
                                sources=sources_of(tuple(scores.items())))


nilai_kinerja_anggaran = keyword_only()(nilai_kinerja_anggaran)


def kategori_nilai_kinerja_anggaran(nilai: Number) -> str:
    """The PMK 2/PMK.02/2021 category of a nilai kinerja anggaran (lower bounds exclusive).

    >>> kategori_nilai_kinerja_anggaran(80), kategori_nilai_kinerja_anggaran("80.01")
    ('Cukup', 'Baik')
    """
    return KATEGORI_NILAI_KINERJA_ANGGARAN.label(check_score(nilai, "nilai"))
