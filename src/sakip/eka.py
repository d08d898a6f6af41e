"""EKA (Evaluasi Kinerja Anggaran, DJA): the satker composite of four indicators.

``EKA = 0,435·CRO + 0,097·Penyerapan + 0,286·NE + 0,182·Konsistensi``
under PMK 214/PMK.02/2017 (about TA 2018–2020) and PMK 22/PMK.02/2021 (from
TA 2021).  The efficiency weight applies to the *nilai efisiensi* (0–100),
never to raw E.

>>> import sakip
>>> sakip.eka(capaian_ro="100", penyerapan="100", nilai_efisiensi="100",
...           konsistensi="100").value
Decimal('100')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._decimal import HUNDRED, to_decimal
from sakip.budget import Efisiensi
from sakip.composite import WeightedScore, check_score, weighted
from sakip.errors import REQUIRED, InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.explain import sources_of

__all__ = ["EKA_RULES", "EKARule", "eka", "eka_rule_for"]


@attrs.frozen(kw_only=True)
class EKARule(rules.WeightedRuleSet):
    """EKA satker weights, per indicator, summing to 100."""


def _weights() -> tuple[tuple[str, Decimal], ...]:
    return (
        ("capaian_ro", Decimal("43.5")),
        ("penyerapan", Decimal("9.7")),
        ("nilai_efisiensi", Decimal("28.6")),
        ("konsistensi", Decimal("18.2")),
    )


#: EKA satker rule sets, by name.
EKA_RULES: Mapping[str, EKARule] = {
    rule.name: rules.register("eka", rule)
    for rule in (
        EKARule(
            name="pmk-214-2017",
            citation="PMK 214/PMK.02/2017 Lampiran (bobot indikator EKA satker)",
            years=(2018, 2020),
            confidence="C2",
            weights=_weights(),
        ),
        EKARule(
            name="pmk-22-2021",
            citation="PMK 22/PMK.02/2021 Lampiran (bobot indikator EKA satker)",
            years=(2021, None),
            confidence="C2",
            weights=_weights(),
        ),
    )
}


def eka_rule_for(tahun: int) -> EKARule:
    """The EKA rule set in force for fiscal year ``tahun``.

    >>> eka_rule_for(2019).name, eka_rule_for(2023).name
    ('pmk-214-2017', 'pmk-22-2021')
    """
    for rule in EKA_RULES.values():
        if rule.in_force(tahun):
            return rule
    raise InvalidValueError(field="tahun", expected="a fiscal year from 2018 (PMK 214/2017 on)",
                            received=tahun)


def eka(
    *positional: Never,
    capaian_ro: object,
    penyerapan: object,
    nilai_efisiensi: object,
    konsistensi: object,
    aturan: str = "pmk-22-2021",
) -> WeightedScore:
    """Nilai EKA of a satker: the weighted composite of its four indicators.

    Parameters
    ----------
    capaian_ro, penyerapan, nilai_efisiensi, konsistensi:
        Indicator scores, each 0–100: numbers or results of the library
        (:class:`~sakip.budget.CapaianOutput`, :class:`~sakip.budget.Penyerapan`,
        :class:`~sakip.budget.NilaiEfisiensi`, :class:`~sakip.budget.Konsistensi`),
        whose derivations the explanation then includes.  ``nilai_efisiensi`` is
        the NE, not raw E: pass ``e.nilai``; an :class:`~sakip.budget.Efisiensi`
        result is refused.
    aturan:
        ``"pmk-22-2021"`` (default, TA 2021 on) or ``"pmk-214-2017"``.

    Returns
    -------
    WeightedScore
        Exact; rounded only when reported.

    Notes
    -----
    ``EKA = (43,5·CRO + 9,7·Penyerapan + 28,6·NE + 18,2·Konsistensi) / 100``.

    Examples
    --------
    >>> eka(capaian_ro="100", penyerapan="99.65", nilai_efisiensi="90.73",
    ...     konsistensi="95").rounded(2)
    Decimal('96.40')

    A capaian RO above 100 % is refused, saying how to cap it (the cap is the
    caller's rule, never applied silently):

    >>> eka(capaian_ro="103", penyerapan="99.65", nilai_efisiensi="90.73", konsistensi="95")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: capaian_ro: expected 0 <= capaian_ro <= 100 (...: pass
    sakip.capaian_output(..., cap=100) or min(capaian, 100)); received '103'
    """
    if (
        positional or
        capaian_ro is REQUIRED or
        penyerapan is REQUIRED or
        nilai_efisiensi is REQUIRED or
        konsistensi is REQUIRED
    ):
        raise call_error(eka, positional, locals())
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = rules.find("eka", aturan)
    assert isinstance(rule, EKARule)
    if isinstance(nilai_efisiensi, Efisiensi):
        raise InvalidTypeError(
            field="nilai_efisiensi",
            expected="the nilai efisiensi (NE, 0–100): pass e.nilai or e.nilai.value, "
            "not the raw E",
            received=nilai_efisiensi,
        )
    given: dict[str, Any] = {
        "capaian_ro": capaian_ro, "penyerapan": penyerapan,
        "nilai_efisiensi": nilai_efisiensi, "konsistensi": konsistensi,
    }
    try:
        komponen = tuple(
            (name, check_score(given[name], name), weight) for name, weight in rule.weights
        )
    except InvalidValueError as error:
        if error.field == "capaian_ro" and to_decimal(capaian_ro, field="capaian_ro") > HUNDRED:
            raise InvalidValueError(
                field="capaian_ro", received=capaian_ro,
                expected=f"0 <= capaian_ro <= 100 ({rule.name} weighs scores 0–100; a "
                "capaian output above 100 % is capped by your rule before EKA: pass "
                "sakip.capaian_output(..., cap=100) or min(capaian, 100))") from None
        raise
    return WeightedScore(
        value=weighted(komponen, None), komponen=komponen,
        judul=f"Nilai EKA satker ({rule.name})", sitasi=rule.citation,
        sources=sources_of(tuple(given), tuple(given.values())),
    )


eka = keyword_only()(eka)
