"""What every rule set carries: a name, a citation, the years in force, a confidence.

Weights, bands, thresholds and caps live in named, immutable rule sets -- one
per regulation -- never as bare literals in code paths.  A new regulation is a
new rule set; old ones stay, so a report from 2021 can still be reproduced.

Confidence tags follow the project's domain reference:

* ``C2`` -- two or more independent sources agree (or one plus a published
  example that reproduces exactly);
* ``C1`` -- one source;
* ``CONV`` -- a convention seen in practice, not found in any regulation;
* ``OPEN`` -- not settled; the rule set is one documented candidate.

>>> import sakip
>>> rule = sakip.rules.find("predikat", "permenpanrb-88-2021")
>>> rule.citation
'PermenPANRB 88/2021 (and 12/2015), Lampiran: kategori nilai evaluasi AKIP'
>>> rule.in_force(2023)
True
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Literal, TypeAlias, TypeVar

import attrs

from sakip._decimal import exact_sum, to_decimal
from sakip.errors import InvalidValueError, UnknownNameError

__all__ = [
    "Confidence",
    "LabelBands",
    "RuleSet",
    "WeightedRuleSet",
    "all_rule_sets",
    "find",
    "register",
]

Confidence: TypeAlias = Literal["C2", "C1", "CONV", "OPEN"]


@attrs.frozen(kw_only=True)
class RuleSet:
    """Metadata shared by every rule set.

    Attributes
    ----------
    name:
        The stable identifier users pass as ``aturan=`` (``"per-5-pb-2024"``).
    citation:
        The regulation (and article or annex) that sets the rule.
    years:
        First and last fiscal year in force; ``None`` as last means "still in force".
    confidence:
        ``C2``, ``C1``, ``CONV`` or ``OPEN`` (see the module docstring).
    """

    name: str
    citation: str
    years: tuple[int, int | None]
    confidence: Confidence

    def in_force(self, tahun: int) -> bool:
        """Whether the rule set applies to fiscal year ``tahun``."""
        first, last = self.years
        return first <= tahun and (last is None or tahun <= last)


def _to_weights(value: object) -> tuple[tuple[str, Decimal], ...]:
    if not isinstance(value, (tuple, list)) or not value:
        raise InvalidValueError(field="weights", expected="(name, weight) pairs", received=value)
    return tuple((str(name), to_decimal(weight, field=f"weights[{name}]", nonnegative=True))
                 for name, weight in value)


@attrs.frozen(kw_only=True)
class WeightedRuleSet(RuleSet):
    """A rule set of named weights that sum to exactly 100 (EKA, IKPA).

    >>> WeightedRuleSet(name="x", citation="c", years=(2024, None), confidence="CONV",
    ...                 weights=(("a", "60"), ("b", "39.9")))
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: weights: expected ...; received '99.9'
    """

    weights: tuple[tuple[str, Decimal], ...] = attrs.field(converter=_to_weights)

    @weights.validator
    def _sum_100(self, _attribute: object, value: tuple[tuple[str, Decimal], ...]) -> None:
        total = exact_sum(w for _, w in value)
        if total != 100:
            raise InvalidValueError(field="weights", expected="weights summing to exactly 100",
                                    received=str(total))

    #: The weighted names, in the regulation's order (derived from ``weights``).
    names: tuple[str, ...] = attrs.field(
        init=False, eq=False, repr=False,
        default=attrs.Factory(lambda self: tuple(name for name, _ in self.weights),
                              takes_self=True),
    )


_REGISTRY: dict[str, dict[str, RuleSet]] = {}


_R = TypeVar("_R", bound=RuleSet)


def register(kind: str, rule: _R) -> _R:
    """Add a rule set under ``kind`` (``"predikat"``, ``"ikpa"``...); names are unique."""
    table = _REGISTRY.setdefault(kind, {})
    if rule.name in table:
        raise InvalidValueError(
            field="name", expected=f"a {kind} rule set name not yet used", received=rule.name
        )
    table[rule.name] = rule
    return rule


def find(kind: str, name: str) -> RuleSet:
    """The rule set of ``kind`` called ``name``; unknown names list the valid ones."""
    table = _REGISTRY.get(kind, {})
    try:
        return table[name]
    except (KeyError, TypeError):
        raise UnknownNameError(
            field="aturan",
            expected=f"one of {', '.join(table) or '(none)'} ({kind} rule sets)",
            received=name,
        ) from None


def all_rule_sets() -> list[tuple[str, RuleSet]]:
    """Every registered rule set as ``(kind, rule_set)`` pairs, for docs and listings."""
    _load_all()
    return [(kind, rule) for kind, table in _REGISTRY.items() for rule in table.values()]


def _load_all() -> None:
    # Importing the domain modules registers their rule sets.
    import sakip.budget
    import sakip.eka
    import sakip.ikpa
    import sakip.indicators
    import sakip.lke
    import sakip.nka
    import sakip.predikat  # noqa: F401


def _to_bands(value: object) -> tuple[tuple[Decimal, str], ...]:
    if not isinstance(value, (tuple, list)) or not value:
        raise InvalidValueError(
            field="bands", expected="a non-empty sequence of (lower bound, label) pairs",
            received=value,
        )
    pairs = []
    for item in value:
        if not isinstance(item, (tuple, list)) or len(item) != 2 or not isinstance(item[1], str):
            raise InvalidValueError(
                field="bands", expected="(lower bound, label) pairs", received=item
            )
        pairs.append((to_decimal(item[0], field="bands"), item[1]))
    return tuple(pairs)


@attrs.frozen(kw_only=True)
class LabelBands(RuleSet):
    """A category table: each band is ``lower <= value`` up to the next band's lower bound.

    Bands are listed from the highest lower bound down; lower bounds are
    inclusive and strictly decreasing, so the table has no gaps and no
    overlaps.  Values below the last lower bound take ``below`` if given,
    otherwise they are refused.

    >>> table = LabelBands(name="demo", citation="example", years=(2024, None),
    ...                    confidence="CONV", bands=((95, "Sangat Baik"), (89, "Baik")),
    ...                    below="Kurang")
    >>> table.label(89), table.label("88.99")
    ('Baik', 'Kurang')
    """

    bands: tuple[tuple[Decimal, str], ...] = attrs.field(converter=_to_bands)
    below: str | None = None

    @bands.validator
    def _check_order(self, _attribute: object, value: tuple[tuple[Decimal, str], ...]) -> None:
        lowers = [lower for lower, _ in value]
        if any(a <= b for a, b in itertools.pairwise(lowers)):
            raise InvalidValueError(
                field="bands", expected="lower bounds strictly decreasing (highest band first)",
                received=[str(x) for x in lowers],
            )

    def label(self, value: object) -> str:
        """The label of the band ``value`` falls in (lower bounds inclusive)."""
        if type(value) is Decimal and value.is_finite():
            number = value
        else:
            number = to_decimal(value, field="nilai")
        for lower, name in self.bands:
            if number >= lower:
                return name
        if self.below is None:
            raise InvalidValueError(
                field="nilai", expected=f">= {self.bands[-1][0]} ({self.name})", received=value
            )
        return self.below

    def labels(self) -> tuple[str, ...]:
        """All labels, highest band first."""
        names = tuple(name for _, name in self.bands)
        return (*names, self.below) if self.below is not None else names
