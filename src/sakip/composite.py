"""Weighted composites of scores: ``Σ wᵢ·xᵢ / Σ wᵢ``, rounded once, at the end.

EKA, IKPA and NKA are all weighted composites of 0–100 scores.  The weighted
sum is kept exact; rounding each weighted contribution before summing is a
known field bug that changes published digits, so sakip never does it.

>>> import sakip
>>> w = sakip.weighted_score({"eka": ("97.29", 60), "ikpa": ("91.95", 40)})
>>> w.value
Decimal('95.154')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, EXACT, HUNDRED, ZERO, Number, exact_sum, text, to_decimal
from sakip.errors import InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, Text, Trace, check_rounding, sources_of
from sakip.numbers import Rounding

__all__ = ["NormalisedScore", "WeightedScore", "normalised_score", "weighted_score"]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_NO_CONTRIBUTION = Teks(id="tidak ada kontribusi yang dibulatkan sebelum dijumlahkan",
                             en="no contribution is rounded before summing")
_NOTE_NO_TERM = Teks(id="tidak ada suku yang dibulatkan sebelum dijumlahkan",
                     en="no term is rounded before summing")
_JUDUL_TERTIMBANG = Teks(id="Nilai komposit tertimbang",
                         en="Nilai komposit tertimbang (weighted composite)")
_JUDUL_TERNORMALISASI = Teks(id="Nilai komposit ternormalisasi",
                             en="Nilai komposit ternormalisasi (normalised weighted composite)")
#: The default titles (kept in English in the ``judul`` field), rendered in either language.
_JUDUL: dict[str, Text] = {t.en: t for t in (_JUDUL_TERTIMBANG, _JUDUL_TERNORMALISASI)}

Komponen = tuple[tuple[str, Decimal, Decimal], ...]


def weighted(komponen: Komponen, trace: Trace | None, *, reference: str = "") -> Decimal:
    """``Σ wᵢ·xᵢ / Σ wᵢ`` over ``(name, nilai, bobot)`` triples, exact.

    The sums are formed in the exact context (``sakip._decimal.EXACT``) and only
    the quotient is rounded (to 50 digits): scores of 50 digits just below a
    category's bound (94,99…9) stay below it.
    """
    total_weight = ZERO
    total = ZERO
    for _name, nilai, bobot in komponen:
        total = EXACT.add(total, EXACT.multiply(nilai, bobot))
        total_weight = EXACT.add(total_weight, bobot)
    value = CONTEXT.divide(total, total_weight)
    if trace is not None:
        trace.add(
            "nilai komposit",
            "Σ (bobot × nilai) / Σ bobot = (" + " + ".join(
                f"{text(bobot)}×{name}" for name, _, bobot in komponen)
            + f") / {text(total_weight)}",
            tuple((f"{name} (bobot {text(bobot)})", nilai) for name, nilai, bobot in komponen),
            value,
            reference=reference,
            note=_NOTE_NO_CONTRIBUTION,
        )
    return value


def check_score(value: object, field: str, low: Decimal = ZERO, high: Decimal = HUNDRED) -> Decimal:
    """A score within ``[low, high]`` as a Decimal, or sakip's own error."""
    number = to_decimal(value, field=field)
    if not low <= number <= high:
        raise InvalidValueError(field=field, expected=f"{low} <= {field} <= {high}",
                                received=value)
    return number


@attrs.frozen(kw_only=True)
class WeightedScore(Figure):
    """A weighted composite: ``value`` and its ``komponen`` (name, nilai, bobot).

    Notes
    -----
    ``value = Σ bobotᵢ × nilaiᵢ / Σ bobotᵢ``, exact: no contribution is rounded
    before summing (rounding each one first is a known field bug).  Built by
    :func:`weighted_score`, :func:`sakip.eka` and :func:`sakip.nka`, which
    refuse weights that do not sum to the total and scores out of bounds.

    References
    ----------
    The weighting's own citation (``sitasi``): e.g. SE-8/MK.1/2020 (PKPA 60/40).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan): 60 % × EKA 97,29 + 40 % × IKPA
    91,95 = 58,374 + 36,78 = 95,154, printed 95,15:

    >>> import sakip
    >>> w = sakip.weighted_score({"eka": ("97.29", 60), "ikpa": ("91.95", 40)})
    >>> w.value, w.rounded(2)
    (Decimal('95.154'), Decimal('95.15'))
    >>> [(row["komponen"], row["kontribusi"]) for row in w.to_rows()]
    [('eka', Decimal('58.374')), ('ikpa', Decimal('36.78'))]
    """

    _made_by = "sakip.weighted_score(...), sakip.eka(...) or sakip.nka(...)"

    #: ``(name, nilai, bobot)`` triples, exact.
    komponen: Komponen
    #: The title of the explanation, naming the composite (EKA, NKA...).
    judul: str = _JUDUL_TERTIMBANG.en
    #: The citation of the weighting.
    sitasi: str = ""

    def _derive(self, trace: Trace) -> Decimal:
        return weighted(self.komponen, trace, reference=self.sitasi)

    def _title(self) -> Text:
        return _JUDUL.get(self.judul, self.judul)

    def _reference(self) -> str:
        return self.sitasi

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per component: komponen, bobot, kontribusi (exact), ``value``, ``rounded``.

        ``value`` is the component's score (nilai); ``kontribusi`` is
        ``bobot × nilai / Σ bobot``, what it adds to the composite.
        """
        policy = check_rounding(rounding)
        total_weight = exact_sum(b for _, _, b in self.komponen)
        return [
            {"komponen": name, "bobot": bobot,
             "kontribusi": CONTEXT.divide(CONTEXT.multiply(nilai, bobot), total_weight),
             "value": nilai, "rounded": policy.apply(nilai)}
            for name, nilai, bobot in self.komponen
        ]


def weighted_score(
    components: Mapping[str, tuple[Number, Number]],
    *positional: Never,
    total_weight: Number = 100,
    bounds: tuple[Number, Number] = (0, 100),
    sitasi: str = "",
) -> WeightedScore:
    """A general weighted composite of scores, for the combinations agencies publish.

    Parameters
    ----------
    components:
        ``{name: (nilai, bobot)}``; scores within ``bounds``, weights ≥ 0.  A
        score may be a result of the library (its exact ``value``; the
        explanation then includes its derivation).
    total_weight:
        The weights must sum to exactly this (100 by default), as Decimals.
    bounds:
        The allowed range of each score (0–100 by default).
    sitasi:
        The citation of the weighting, carried into the explanation.

    Returns
    -------
    WeightedScore
        ``value = Σ bobot × nilai / Σ bobot``, exact; rounding happens only when reported.

    Raises
    ------
    InvalidValueError
        Weights not summing to ``total_weight``, negative weights, scores out of bounds.

    Examples
    --------
    >>> w = weighted_score({"eka": ("97.29", 60), "ikpa": ("91.95", 40)},
    ...                    sitasi="SE-8/MK.1/2020 (PKPA)")
    >>> w.value, w.rounded(2)
    (Decimal('95.154'), Decimal('95.15'))
    >>> weighted_score({"a": (90, 60), "b": (80, "39.99")})
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: bobot: expected weights summing to exactly 100; received '99.99'
    """
    if positional:
        raise call_error(weighted_score, positional, locals())
    if not isinstance(components, Mapping) or not components:
        raise InvalidTypeError(
            field="components", expected="a non-empty mapping {name: (nilai, bobot)}",
            received=components,
        )
    if not isinstance(bounds, tuple) or len(bounds) != 2:
        raise InvalidTypeError(field="bounds", expected="a (low, high) pair", received=bounds)
    low = to_decimal(bounds[0], field="bounds")
    high = to_decimal(bounds[1], field="bounds")
    parts = []
    for name, pair in components.items():
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidTypeError(field=str(name), expected="a (nilai, bobot) pair",
                                   received=pair)
        nilai = check_score(pair[0], str(name), low, high)
        bobot = to_decimal(pair[1], field=f"bobot {name}", nonnegative=True)
        parts.append((str(name), nilai, bobot))
    expected = to_decimal(total_weight, field="total_weight")
    weight_sum = exact_sum(b for _, _, b in parts)
    if weight_sum != expected:
        raise InvalidValueError(
            field="bobot", expected=f"weights summing to exactly {expected}",
            received=str(weight_sum),
        )
    komponen = tuple(parts)
    return WeightedScore(
        value=weighted(komponen, None), komponen=komponen, sitasi=sitasi,
        sources=sources_of([name for name, _, _ in parts],
                           [pair[0] for pair in components.values()]),
    )


weighted_score = keyword_only()(weighted_score)


# ------------------------------------------------------ normalised composite

#: The normalised composite an attorney-general IKU 2025–2029 publishes as its NKA
#: indicator: NKA = X1 + X2, Xi = (NXi / targetᵢ) × Wi, W = 50/50 [S].
NORMALISED_IKU_KEJAKSAAN = rules.register(
    "komposit-ternormalisasi",
    rules.WeightedRuleSet(
        name="iku-kejaksaan-2025-2029",
        citation="IKU 2025–2029 of an attorney-general office (Kejaksaan), as published: NKA = "
        "X1 + X2, Xi = (NXi ÷ target i) × Wi, W = 50/50; X1 nilai kinerja perencanaan "
        "anggaran, X2 pelaksanaan (IKPA)",
        years=(2025, 2029),
        confidence="S",
        weights=(("perencanaan", Decimal(50)), ("pelaksanaan", Decimal(50))),
    ),
)

Normalised = tuple[tuple[str, Decimal, Decimal, Decimal], ...]


def normalised(komponen: Normalised, trace: Trace | None, *, reference: str = "") -> Decimal:
    """``Σ (nilaiᵢ / targetᵢ) × bobotᵢ`` over ``(name, nilai, target, bobot)``, exact."""
    total = ZERO
    for name, nilai, target, bobot in komponen:
        term = CONTEXT.multiply(CONTEXT.divide(nilai, target), bobot)
        total = CONTEXT.add(total, term)
        if trace is not None:
            trace.add(f"X {name}", "(nilai / target) × bobot",
                      (("nilai", nilai), ("target", target), ("bobot", bobot)), term)
    if trace is not None:
        trace.add("nilai komposit ternormalisasi", " + ".join(
            f"X {name}" for name, _, _, _ in komponen), (), total, reference=reference,
            note=_NOTE_NO_TERM)
    return total


@attrs.frozen(kw_only=True)
class NormalisedScore(Figure):
    """A normalised weighted composite: ``Σ (nilaiᵢ / targetᵢ) × bobotᵢ``.

    Notes
    -----
    Each component is divided by its target before weighting; the sum is
    exact and uncapped, so a component above its target contributes more than
    its weight (none published a cap).  A target of zero is refused.  Built by
    :func:`normalised_score`.

    References
    ----------
    IKU 2025–2029 of an attorney-general office (Kejaksaan): NKA = X1 + X2,
    Xi = (NXi ÷ target i) × Wi, W = 50/50 [S].

    Examples
    --------
    Perencanaan 80 against a target of 100 gives 0,8 × 50 = 40; pelaksanaan 99
    against 90 gives 1,1 × 50 = 55, above its weight; the sum is 95:

    >>> import sakip
    >>> n = sakip.normalised_score({"perencanaan": ("80", "100"), "pelaksanaan": ("99", "90")},
    ...                            aturan="iku-kejaksaan-2025-2029")
    >>> n.value, [row["kontribusi"] for row in n.to_rows()]
    (Decimal('95.0'), [Decimal('40.0'), Decimal('55.0')])
    """

    #: ``(name, nilai, target, bobot)`` tuples, exact.
    komponen: Normalised
    #: The title of the explanation, naming the composite.
    judul: str = _JUDUL_TERNORMALISASI.en
    #: The citation of the weighting.
    sitasi: str = ""

    def _derive(self, trace: Trace) -> Decimal:
        return normalised(self.komponen, trace, reference=self.sitasi)

    def _title(self) -> Text:
        return _JUDUL.get(self.judul, self.judul)

    def _reference(self) -> str:
        return self.sitasi

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per component: komponen, target, bobot, kontribusi, ``value``, ``rounded``.

        ``value`` is the component's nilai; ``kontribusi`` is ``(nilai / target) ×
        bobot``, what it adds to the composite (exact).
        """
        policy = check_rounding(rounding)
        return [
            {"komponen": name, "target": target, "bobot": bobot,
             "kontribusi": CONTEXT.multiply(CONTEXT.divide(nilai, target), bobot),
             "value": nilai, "rounded": policy.apply(nilai)}
            for name, nilai, target, bobot in self.komponen
        ]


def normalised_score(
    components: Mapping[str, tuple[Number, Number, Number] | tuple[Number, Number]],
    *positional: Never,
    aturan: str | None = None,
    total_weight: Number = 100,
    sitasi: str = "",
) -> NormalisedScore:
    """A normalised weighted composite: each component divided by its target, then weighted.

    Some agencies publish their NKA indicator this way (an attorney-general IKU
    2025–2029: ``NKA = X1 + X2``, ``Xi = (NXi / targetᵢ) × Wi``, W = 50/50).

    Parameters
    ----------
    components:
        ``{name: (nilai, target, bobot)}``; nilai ≥ 0, target > 0, bobot ≥ 0.
        With ``aturan``: ``{name: (nilai, target)}``, the weights from the rule set.
    aturan:
        A ``"komposit-ternormalisasi"`` rule set (``"iku-kejaksaan-2025-2029"``:
        perencanaan 50, pelaksanaan 50); its citation becomes ``sitasi``.
    total_weight:
        The weights must sum to exactly this (100 by default).
    sitasi:
        The citation of the weighting, carried into the explanation.

    Notes
    -----
    ``value = Σ (nilaiᵢ / targetᵢ) × bobotᵢ``, exact.  A component above its
    target contributes more than its weight: no cap is applied (none is
    published).  With every nilai equal to its target the value is
    ``total_weight``.

    Examples
    --------
    >>> n = normalised_score({"perencanaan": ("90", "90", 50), "pelaksanaan": ("95", "100", 50)})
    >>> n.value
    Decimal('97.50')
    >>> normalised_score({"perencanaan": ("90", "90"), "pelaksanaan": ("95", "100")},
    ...                  aturan="iku-kejaksaan-2025-2029").value
    Decimal('97.50')
    >>> normalised_score({"a": (90, 0, 100)})
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: target a: expected a target > 0; received 0
    """
    if positional:
        raise call_error(normalised_score, positional, locals())
    if not isinstance(components, Mapping) or not components:
        raise InvalidTypeError(
            field="components", expected="a non-empty mapping {name: (nilai, target, bobot)}",
            received=components,
        )
    weights: dict[str, Decimal] | None = None
    if aturan is not None:
        if not isinstance(aturan, str):
            raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
        rule = rules.find("komposit-ternormalisasi", aturan)
        assert isinstance(rule, rules.WeightedRuleSet)
        weights = dict(rule.weights)
        if set(components) != set(weights):
            raise InvalidValueError(field="components", expected="the components of "
                                    f"{rule.name}: " + ", ".join(weights),
                                    received=sorted(components))
        for name, pair in components.items():
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise InvalidTypeError(field=str(name), expected="a (nilai, target) pair (the "
                                       f"bobot comes from {rule.name})", received=pair)
        components = {name: (*components[name], weight)
                      for name, weight in weights.items()}
        sitasi = sitasi or rule.citation
    parts = []
    for name, triple in components.items():
        if not isinstance(triple, tuple) or len(triple) != 3:
            raise InvalidTypeError(field=str(name), expected="a (nilai, target, bobot) triple",
                                   received=triple)
        nilai = to_decimal(triple[0], field=str(name), nonnegative=True)
        target = to_decimal(triple[1], field=f"target {name}", nonnegative=True)
        if target == 0:
            raise InvalidValueError(field=f"target {name}", expected="a target > 0",
                                    received=triple[1])
        bobot = to_decimal(triple[2], field=f"bobot {name}", nonnegative=True)
        parts.append((str(name), nilai, target, bobot))
    expected = to_decimal(total_weight, field="total_weight")
    weight_sum = exact_sum(b for _, _, _, b in parts)
    if weight_sum != expected:
        raise InvalidValueError(field="bobot", expected=f"weights summing to exactly {expected}",
                                received=str(weight_sum))
    komponen = tuple(parts)
    return NormalisedScore(
        value=normalised(komponen, None, reference=sitasi), komponen=komponen, sitasi=sitasi,
        sources=sources_of((str(name), triple[0]) for name, triple in components.items()),
    )


normalised_score = keyword_only()(normalised_score)
