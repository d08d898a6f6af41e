"""Rule sets: what every one carries, and looking them up by kind and name.

Weights, bands, thresholds and caps live in named, immutable rule sets -- one
per regulation -- never as bare literals in code paths.  A new regulation is a
new rule set; old ones stay, so a report from 2021 can still be reproduced.
Each rule set has a name, a citation, the years in force and a confidence:

* ``C2`` -- two or more independent sources agree (or one plus a published
  example that reproduces exactly);
* ``C1`` -- one source;
* ``CONV`` -- a convention seen in practice, not found in any regulation;
* ``OPEN`` -- not settled; the rule set is one documented candidate;
* ``S`` -- a secondary source: official material as quoted by a third party
  (for IKPA, DJPb's 2024 technical-guidance slides as quoted by a public
  simulator's verification register), not the regulation itself;
* ``P`` -- a public page of the issuing authority (a KPPN or Kanwil page),
  not the regulation itself.

This module sits at the top of the import graph: ``find`` and
``all_rule_sets`` import the modules that register a kind (``KINDS``)
before looking it up, so they work whatever was imported before, and no
domain module imports this one (they use the private ``sakip._rules``).

>>> import sakip
>>> rule = sakip.rules.find("predikat", "permenpanrb-88-2021")
>>> rule.citation
'PermenPANRB 88/2021 (and 12/2015), Lampiran: kategori nilai evaluasi AKIP'
>>> rule.in_force(2023)
True
>>> sakip.rules.find("ikpa", "per-5-pb-2024").years
(2024, None)
"""

from __future__ import annotations

import importlib

from sakip import _rules
from sakip._rules import (
    KINDS,
    Confidence,
    FormulaRule,
    LabelBands,
    RuleSet,
    WeightedRuleSet,
    register,
)
from sakip.errors import UnknownNameError

__all__ = [
    "KINDS",
    "Confidence",
    "FormulaRule",
    "LabelBands",
    "RuleSet",
    "WeightedRuleSet",
    "all_rule_sets",
    "find",
    "kinds",
    "register",
]


def _load(kind: str) -> None:
    """Import the modules that register ``kind`` (a no-op once they are imported)."""
    for module in KINDS.get(kind, ()):
        importlib.import_module(module)


def kinds() -> tuple[str, ...]:
    """Every kind of rule set (``"ikpa"``, ``"predikat"``, ...), in declaration order.

    >>> "ikpa" in kinds() and "nka" in kinds()
    True
    """
    return tuple(KINDS)


def find(kind: str, name: str) -> RuleSet:
    """The rule set of ``kind`` called ``name``, in any import order.

    Unknown kinds and unknown names are refused with the valid ones listed.

    >>> find("nka", "pkpa-se-8-mk1-2020").confidence
    'C1'
    >>> find("ikpa", "per-9-pb-2099")
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: aturan: expected one of per-4-pb-2021, ...; received ...
    """
    if not isinstance(kind, str) or kind not in KINDS:
        raise UnknownNameError(field="kind", expected=f"one of {', '.join(KINDS)}",
                               received=kind)
    _load(kind)
    return _rules.find(kind, name)


def all_rule_sets() -> list[tuple[str, RuleSet]]:
    """Every rule set of every kind as ``(kind, rule_set)`` pairs, for docs and listings.

    >>> sorted({kind for kind, _ in all_rule_sets()}) == sorted(kinds())
    True
    """
    for kind in KINDS:
        _load(kind)
    return _rules.registered()
