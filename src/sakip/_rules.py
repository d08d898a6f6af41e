"""Rule-set machinery, low in the import graph: the base classes and ``register``.

Domain modules import this module (``from sakip import _rules as rules``) to
define and register their rule sets; the public ``sakip.rules`` sits at the
top of the graph, re-exports these names and adds the look-ups that work in
any import order (``find``, ``all_rule_sets``).  Nothing here imports a domain
module, so the registry has no import cycle.

Confidence tags follow the project's domain reference:

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
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal, TypeAlias, TypeVar

import attrs

from sakip._decimal import exact_sum, to_decimal
from sakip.errors import InvalidTypeError, InvalidValueError, UnknownNameError

__all__ = [
    "KINDS",
    "Confidence",
    "FormulaRule",
    "LabelBands",
    "RuleSet",
    "WeightedRuleSet",
    "check_label_bands",
    "find",
    "find_typed",
    "register",
    "registered",
]

Confidence: TypeAlias = Literal["C2", "C1", "CONV", "OPEN", "S", "P"]


@attrs.frozen(kw_only=True)
class RuleSet:
    """Metadata shared by every rule set: name, citation, years in force, confidence.

    >>> rule = RuleSet(name="demo", citation="example", years=(2024, None), confidence="CONV")
    >>> rule.in_force(2030), rule.in_force(2023)
    (True, False)
    """

    #: The stable identifier users pass as ``aturan=`` (``"per-5-pb-2024"``).
    name: str
    #: The regulation (and article or annex) that sets the rule.
    citation: str
    #: First and last fiscal year in force; ``None`` as last means "still in force".
    years: tuple[int, int | None]
    #: ``C2``, ``C1``, ``CONV``, ``OPEN``, ``S`` or ``P`` (see :mod:`sakip.rules`).
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

    #: ``(name, weight)`` pairs in the regulation's order, summing to exactly 100.
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


@attrs.frozen(kw_only=True)
class FormulaRule(RuleSet):
    """A named formula (*rumus*): its text for explanations, with citation, years and confidence.

    The one class of every rule set that names a formula rather than weights
    or bands: the efficiency formulas of :func:`sakip.efisiensi` (kind
    ``efisiensi``), the per-row efficiency conventions of
    :func:`sakip.efisiensi_kinerja` (kind ``efisiensi-kinerja``) and the
    aggregates of printed percentages (kind ``agregat``).  The formula itself
    is computed by the module that registers the rule set; ``rumus`` is how an
    explanation writes it.

    ``standar`` is a constant the formula names, carried as data with it: the
    standar efisiensi SE = 1 of the ``indeks`` convention (TE = IE − SE).  It
    is ``None`` for every formula without one; nothing reads it for those.

    >>> rule = FormulaRule(name="demo", citation="example", years=(2024, None),
    ...                    confidence="CONV", rumus="capaian output / capaian input × 100")
    >>> rule.rumus, rule.standar
    ('capaian output / capaian input × 100', None)
    >>> import sakip
    >>> sakip.rules.find("efisiensi-kinerja", "indeks").standar
    Decimal('1')
    """

    #: The formula, as text for explanations.
    rumus: str
    #: A constant the formula names (the standar efisiensi SE of the ``indeks`` convention);
    #: ``None`` when it names none.
    standar: Decimal | None = None


_REGISTRY: dict[str, dict[str, RuleSet]] = {}


_R = TypeVar("_R", bound=RuleSet)


#: Every kind of rule set and the module(s) that register its rule sets.  A domain
#: module that registers a new kind declares it here (one line): :func:`sakip.rules.find`
#: imports these modules before looking a kind up, so look-ups never depend on what
#: happens to have been imported, and a test checks that every registered kind is here.
KINDS: Mapping[str, tuple[str, ...]] = {
    "capaian": ("sakip.indicators",),
    "predikat-ordinal": ("sakip.indicators",),
    "predikat": ("sakip.predikat",),
    "lke": ("sakip.predikat",),
    "lke-lembar-kerja": ("sakip.lke",),
    "lke-skala": ("sakip.lke",),
    "lke-kerangka-logis": ("sakip.lke",),
    "efisiensi": ("sakip.budget",),
    "nilai-efisiensi": ("sakip.budget",),
    "kategori-efisiensi": ("sakip.budget",),
    "eka": ("sakip.eka",),
    "ikpa": ("sakip.ikpa",),
    "kategori-ikpa": ("sakip.ikpa",),
    "dispensasi-spm": ("sakip.ikpa",),
    "target-penyerapan": ("sakip.ikpa",),
    "ikpa-deviasi": ("sakip.ikpa",),
    "ikpa-penyesuaian": ("sakip.ikpa",),
    "ikpa-capaian-output": ("sakip.ikpa_indikator",),
    "ikpa-revisi-dipa": ("sakip.ikpa_indikator",),
    "ikpa-belanja-kontraktual": ("sakip.ikpa_indikator",),
    "ikpa-up-tup": ("sakip.ikpa_indikator",),
    "ikpa-penyelesaian-tagihan": ("sakip.ikpa_indikator",),
    "nka": ("sakip.nka",),
    "efisiensi-kinerja": ("sakip.conventions",),
    "kategori-indeks-efisiensi": ("sakip.conventions",),
    "agregat": ("sakip.conventions",),
    "kategori-rasio-efisiensi": ("sakip.conventions",),
    "nilai-kinerja-anggaran": ("sakip.nka",),
    "kategori-nilai-kinerja-anggaran": ("sakip.nka",),
    "komposit-ternormalisasi": ("sakip.composite",),
    "maturitas-spip": ("sakip.spip",),
    "indeks-pemerintah-digital": ("sakip.pemerintah_digital",),
    "predikat-pemerintah-digital": ("sakip.pemerintah_digital",),
    "ikm": ("sakip.indeks_kepuasan",),
    "mutu-ikm": ("sakip.indeks_kepuasan",),
    "ipm": ("sakip.indeks_pembangunan",),
    "status-ipm": ("sakip.indeks_pembangunan",),
    "nilai-capaian-iki": ("sakip.iki",),
    "tingkat-capaian": ("sakip.renja",),
}


def register(kind: str, rule: _R) -> _R:
    """Add a rule set under ``kind`` (``"predikat"``, ``"ikpa"``...); names are unique.

    Called by domain modules when they are imported; declare a new kind in
    :data:`KINDS`.
    """
    table = _REGISTRY.setdefault(kind, {})
    if rule.name in table:
        raise InvalidValueError(
            field="name", expected=f"a {kind} rule set name not yet used", received=rule.name
        )
    table[rule.name] = rule
    return rule


def find(kind: str, name: str) -> RuleSet:
    """The registered rule set of ``kind`` called ``name``; unknown names list the valid ones.

    Only what is registered so far: a domain module looks up its own kinds
    here.  Users call :func:`sakip.rules.find`, which first imports the modules
    that register ``kind``.
    """
    table = _REGISTRY.get(kind, {})
    try:
        return table[name]
    except (KeyError, TypeError):
        raise UnknownNameError(
            field="aturan",
            expected=f"one of {', '.join(table) or '(none)'} ({kind} rule sets)",
            received=name,
        ) from None


def find_typed(kind: str, aturan: object, cls: type[_R]) -> _R:
    """The rule set of ``kind`` named ``aturan``, checked to be a ``cls``.

    The one check of a public function's ``aturan=`` argument: not text is
    sakip's :class:`~sakip.errors.InvalidTypeError`, an unknown name lists the
    valid ones (:func:`find`).

    >>> find_typed("ikm", 2017, RuleSet)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: aturan: expected a rule set name; received 2017
    """
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    rule = find(kind, aturan)
    if not isinstance(rule, cls):  # pragma: no cover - a registry of one type per kind
        raise InvalidTypeError(field="aturan", expected=cls.__name__, received=aturan)
    return rule


def registered() -> list[tuple[str, RuleSet]]:
    """Every rule set registered so far as ``(kind, rule_set)`` pairs."""
    return [(kind, rule) for kind, table in _REGISTRY.items() for rule in table.values()]


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


Inclusive: TypeAlias = Literal["lower", "upper"]


def _to_maximum(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="maximum")


@attrs.frozen(kw_only=True)
class LabelBands(RuleSet):
    """A category table: each band runs from its bound up to the next band's bound.

    Bands are listed from the highest bound down; bounds are strictly
    decreasing, so the table has no gaps and no overlaps.  ``inclusive`` says
    which end of each band its bound belongs to:

    * ``"lower"`` (default): a band is ``bound <= value < next bound``
      ("Sangat Baik ≥ 95", IKPA);
    * ``"upper"``: a band is ``bound < value <= next bound``, lower bounds
      exclusive ("> 90 Sangat Baik; > 80 – 90 Baik", PMK 2/PMK.02/2021).

    Values below the last band (``< bound`` under ``"lower"``, ``<= bound``
    under ``"upper"``) take ``below`` if given, otherwise they are refused.
    ``maximum`` (inclusive) optionally closes the table from above: values
    above it take ``above`` if given, otherwise they are refused as outside
    the table -- for sources that state an upper limit and say nothing beyond.

    >>> table = LabelBands(name="demo", citation="example", years=(2024, None),
    ...                    confidence="CONV", bands=((95, "Sangat Baik"), (89, "Baik")),
    ...                    below="Kurang")
    >>> table.label(89), table.label("88.99")
    ('Baik', 'Kurang')
    >>> exclusive = attrs.evolve(table, inclusive="upper")
    >>> exclusive.label(89), exclusive.label("89.01")
    ('Kurang', 'Baik')
    """

    #: ``(bound, label)`` pairs, highest band first (see ``inclusive`` for which bound counts).
    bands: tuple[tuple[Decimal, str], ...] = attrs.field(converter=_to_bands)
    #: The label below the last lower bound; ``None`` refuses such values.
    below: str | None = None
    #: Which bound of a band is inclusive, ``"lower"`` (default) or ``"upper"``.
    inclusive: Inclusive = attrs.field(default="lower")
    #: The highest value accepted, or ``None`` for no upper limit.
    maximum: Decimal | None = attrs.field(default=None, converter=_to_maximum)
    #: The label above ``maximum``, or ``None`` to refuse such values.
    above: str | None = None

    @bands.validator
    def _check_order(self, _attribute: object, value: tuple[tuple[Decimal, str], ...]) -> None:
        lowers = [lower for lower, _ in value]
        if any(a <= b for a, b in itertools.pairwise(lowers)):
            raise InvalidValueError(
                field="bands", expected="lower bounds strictly decreasing (highest band first)",
                received=[str(x) for x in lowers],
            )

    @inclusive.validator
    def _check_inclusive(self, _attribute: object, value: object) -> None:
        if value not in ("lower", "upper"):
            raise InvalidValueError(field="inclusive", expected="'lower' or 'upper'",
                                    received=value)

    @maximum.validator
    def _check_maximum(self, _attribute: object, value: Decimal | None) -> None:
        if value is not None and value < self.bands[0][0]:
            raise InvalidValueError(field="maximum", expected=f">= {self.bands[0][0]} (the "
                                    "highest bound)", received=value)
        if value is None and self.above is not None:
            raise InvalidValueError(field="above", expected="no label without a maximum",
                                    received=self.above)

    def label(self, value: object) -> str:
        """The label of the band ``value`` falls in (bounds as ``inclusive`` says)."""
        if type(value) is Decimal and value.is_finite():
            number = value
        else:
            number = to_decimal(value, field="nilai")
        if self.maximum is not None and number > self.maximum:
            if self.above is None:
                raise InvalidValueError(
                    field="nilai", expected=f"<= {self.maximum} ({self.name} says nothing "
                    "above it)", received=value)
            return self.above
        if self.inclusive == "lower":
            for lower, name in self.bands:
                if number >= lower:
                    return name
        else:
            for lower, name in self.bands:
                if number > lower:
                    return name
        if self.below is None:
            sign = ">=" if self.inclusive == "lower" else ">"
            raise InvalidValueError(
                field="nilai", expected=f"{sign} {self.bands[-1][0]} ({self.name})",
                received=value
            )
        return self.below

    def labels(self) -> tuple[str, ...]:
        """All labels, highest band first (``above`` first when there is one)."""
        names = tuple(name for _, name in self.bands)
        head = (self.above,) if self.above is not None else ()
        return (*head, *names, self.below) if self.below is not None else (*head, *names)


def check_label_bands(value: object, field: str, kind: str | None = None) -> LabelBands:
    """``value`` if it is a :class:`LabelBands` table, else sakip's error naming ``field``.

    The one check of a caller's own category table (``kategori=``, ``bands=``).
    With ``kind`` a registered table may also be named (``"konvensi-2023"`` of
    ``"kategori-efisiensi"``): the name is looked up among the tables of that kind
    only, and an unknown name lists them.

    >>> check_label_bands("konvensi-2023", "kategori")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: kategori: expected a sakip.rules.LabelBands table; ...
    >>> check_label_bands("konvensi-2023", "kategori", "kategori-efisiensi").name
    'konvensi-2023'
    """
    if kind is not None and isinstance(value, str):
        table = _REGISTRY.get(kind, {})
        found = table.get(value)
        if not isinstance(found, LabelBands):
            raise UnknownNameError(field=field, expected="a sakip.rules.LabelBands table or "
                                   f"one of {', '.join(table) or '(none)'} ({kind} tables)",
                                   received=value)
        return found
    if not isinstance(value, LabelBands):
        raise InvalidTypeError(field=field, expected="a sakip.rules.LabelBands table",
                               received=value)
    return value
