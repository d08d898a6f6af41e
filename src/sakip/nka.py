"""NKA (nilai kinerja anggaran): the 60 % EKA + 40 % IKPA composite the seed LKj reports.

The weighting is Kemenkeu's internal indicator PKPA (SE-8/MK.1/2020: 40 %
IKPA + 60 % SMART/EKA), not a rule of PMK 62/2023; other agencies publish
other combinations, for which :func:`sakip.weighted_score` exists.

>>> import sakip
>>> sakip.nka(eka="97.29", ikpa="91.95").rounded(2)
Decimal('95.15')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from sakip import _rules as rules
from sakip._decimal import Number, exact_sum
from sakip.composite import WeightedScore, check_score, weighted
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.explain import sources_of

__all__ = ["NKA_RULES", "NKARule", "nka"]


@attrs.frozen(kw_only=True)
class NKARule(rules.RuleSet):
    """Weights of EKA and IKPA in the NKA, summing to 100."""

    eka: Decimal
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


def nka(*, eka: Number, ikpa: Number, aturan: str = "pkpa-se-8-mk1-2020") -> WeightedScore:
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
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = rules.find("nka", aturan)
    assert isinstance(rule, NKARule)
    komponen = (("eka", check_score(eka, "eka"), rule.eka),
                ("ikpa", check_score(ikpa, "ikpa"), rule.ikpa))
    return WeightedScore(value=weighted(komponen, None), komponen=komponen,
                         judul=f"Nilai kinerja anggaran (NKA, {rule.name})",
                         sitasi=rule.citation,
                         sources=sources_of((("eka", eka), ("ikpa", ikpa))))
