"""Nilai capaian IKI: the score of an individual performance indicator (PermenPANRB 8/2021).

    capaian 80–99 % (Cukup):         nilai = 70 + (89 − 70) ÷ (99 − 80) × (capaian − 80)
    capaian 60–79 % (Kurang):        nilai = 50 + (69 − 50) ÷ (79 − 60) × (capaian − 60)
    capaian < 60 % (Sangat Kurang):  nilai = capaian ÷ 59 × 49
    capaian > 110 %:                 nilai = 120
    100 % of a target that is the maximum possible: nilai = 120

The rows for Baik (capaian 100 %) and Sangat Baik (above 100 up to 110 %) were
not retrieved [OPEN]: ``nilai_capaian_iki`` takes their nilai as required
options, with no default (the regulation's own example prints 100 % → 109).

>>> import sakip
>>> sakip.nilai_capaian_iki(capaian=98).value
Decimal('88')
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO, Number, to_decimal
from sakip.errors import REQUIRED, InvalidTypeError, InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, Text, Trace, filled, sources_of

__all__ = ["IKI_RULES", "IKIRule", "NilaiCapaianIKI", "nilai_capaian_iki"]

# The explanation's own words, in both languages (sakip._bahasa).
_RUMUS_MAKSIMUM = Teks(id="capaian > {maks} atau 100 % dari target maksimum → {nilai}",
                       en="capaian > {maks} or 100 % of a maximum target → {nilai}")
_RUMUS_CALLER = Teks(id="{name} (aturan pemanggil; baris OPEN)",
                     en="{name} (caller's rule; row OPEN)")


def __dir__() -> list[str]:
    return list(__all__)


def _to_rows(value: object) -> tuple[tuple[str, Decimal, Decimal, Decimal, Decimal], ...]:
    return tuple((str(k), *(to_decimal(x, field="baris") for x in numbers))  # type: ignore[misc]
                 for k, *numbers in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class IKIRule(rules.RuleSet):
    """The rows of the nilai capaian IKI table that are known (the others are options).

    ``baris`` holds the linear rows as (kategori, capaian from, capaian to,
    nilai from, nilai to), highest first; a row applies from its lower
    capaian up to the next row's (so 99,5 % is on the Cukup line).

    >>> IKI_RULES["permenpanrb-8-2021"].baris[0][0]
    'Cukup'
    """

    #: Linear rows: (kategori, capaian from, capaian to, nilai from, nilai to).
    baris: tuple[tuple[str, Decimal, Decimal, Decimal, Decimal], ...] = attrs.field(
        converter=_to_rows)
    #: Capaian of the Baik row (100): its nilai is an option (OPEN).
    capaian_baik: Decimal
    #: Capaian above which the nilai is ``nilai_maksimum`` (110).
    capaian_maksimum: Decimal
    #: The nilai above ``capaian_maksimum``, and of 100 % of a maximum-possible target (120).
    nilai_maksimum: Decimal


#: Nilai capaian IKI rule sets, by name.
IKI_RULES: Mapping[str, IKIRule] = {
    rule.name: rules.register("nilai-capaian-iki", rule)
    for rule in (
        IKIRule(
            name="permenpanrb-8-2021",
            citation="PermenPANRB 8/2021 (sistem manajemen kinerja ASN), Lampiran: nilai "
            "capaian IKI (Cukup 80–99 → 70–89, Kurang 60–79 → 50–69, Sangat Kurang < 60 → "
            "capaian ÷ 59 × 49, > 110 → 120); Baik and Sangat Baik rows OPEN",
            years=(2021, None), confidence="P",
            baris=(("Cukup", 80, 99, 70, 89), ("Kurang", 60, 79, 50, 69),
                   ("Sangat Kurang", 0, 59, 0, 49)),
            capaian_baik=Decimal(100), capaian_maksimum=Decimal(110),
            nilai_maksimum=Decimal(120),
        ),
    )
}


@attrs.frozen(kw_only=True)
class NilaiCapaianIKI(Figure):
    """The nilai of one IKI's capaian, with the row (kategori) that gave it.

    References
    ----------
    PermenPANRB 8/2021.

    Examples
    --------
    >>> import sakip
    >>> n = sakip.nilai_capaian_iki(capaian=65)
    >>> n.value, n.kategori
    (Decimal('55'), 'Kurang')
    """

    _made_by = "sakip.nilai_capaian_iki(...)"

    #: The rule set.
    aturan: IKIRule = attrs.field(repr=lambda rule: repr(rule.name))
    #: Capaian, percent.
    capaian: Decimal
    #: Whether the target is the maximum possible (100 % of it scores 120).
    target_maksimum: bool = False
    #: The nilai the caller's rule gives 100 % (OPEN), if given.
    nilai_baik: Decimal | None = None
    #: The nilai the caller's rule gives this capaian above 100 up to 110 % (OPEN), if given.
    nilai_sangat_baik: Decimal | None = None

    @property
    def kategori(self) -> str:
        """The row: Sangat Baik, Baik, Cukup, Kurang or Sangat Kurang."""
        return _row(self.aturan, self.capaian, self.target_maksimum)[0]

    def _derive(self, trace: Trace) -> Decimal:
        return _nilai(self.aturan, self.capaian, self.target_maksimum, self.nilai_baik,
                      self.nilai_sangat_baik, trace)

    def _title(self) -> str:
        return f"Nilai capaian IKI ({self.aturan.name})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "kategori": self.kategori}


def _row(rule: IKIRule, capaian: Decimal, target_maksimum: bool) -> tuple[str, str]:
    """(kategori, which rule gives the nilai): ``"maksimum"``, ``"baik"``, ``"sangat-baik"``
    or ``"garis"`` (a linear row)."""
    if capaian > rule.capaian_maksimum:
        return "Sangat Baik", "maksimum"
    if target_maksimum and capaian >= rule.capaian_baik:
        return "Sangat Baik", "maksimum"
    if capaian > rule.capaian_baik:
        return "Sangat Baik", "sangat-baik"
    if capaian == rule.capaian_baik:
        return "Baik", "baik"
    for kategori, lower, *_ in rule.baris:
        if capaian >= lower:
            return kategori, "garis"
    raise InvalidValueError(field="capaian", expected=">= 0", received=capaian)


def _nilai(rule: IKIRule, capaian: Decimal, target_maksimum: bool, nilai_baik: Decimal | None,
           nilai_sangat_baik: Decimal | None, trace: Trace | None) -> Decimal:
    kategori, how = _row(rule, capaian, target_maksimum)
    inputs: tuple[tuple[str, Any], ...] = (("capaian", capaian),)
    formula: Text
    if how == "maksimum":
        value, formula = rule.nilai_maksimum, filled(
            _RUMUS_MAKSIMUM, maks=rule.capaian_maksimum, nilai=rule.nilai_maksimum)
    elif how == "baik":
        if nilai_baik is None:
            raise InvalidValueError(
                field="nilai_baik", expected="the nilai your rule gives capaian 100 % (the "
                "Baik row is OPEN: the regulation's example prints 109)", received=None)
        value, formula = nilai_baik, filled(_RUMUS_CALLER, name="nilai_baik")
    elif how == "sangat-baik":
        if nilai_sangat_baik is None:
            raise InvalidValueError(
                field="nilai_sangat_baik", expected="the nilai your rule gives this capaian "
                f"above {rule.capaian_baik} up to {rule.capaian_maksimum} % (the Sangat Baik "
                "row is OPEN)", received=None)
        value, formula = nilai_sangat_baik, filled(_RUMUS_CALLER, name="nilai_sangat_baik")
    else:
        _, c_lo, c_hi, n_lo, n_hi = next(r for r in rule.baris if r[0] == kategori)
        slope = CONTEXT.divide(CONTEXT.subtract(n_hi, n_lo), CONTEXT.subtract(c_hi, c_lo))
        value = CONTEXT.add(n_lo, CONTEXT.multiply(slope, CONTEXT.subtract(capaian, c_lo)))
        formula = f"{n_lo} + ({n_hi} − {n_lo}) ÷ ({c_hi} − {c_lo}) × (capaian − {c_lo})"
    if trace is not None:
        trace.add(f"nilai capaian IKI ({kategori})", formula, inputs, value,
                  reference=rule.citation)
    return value


def _option(value: Number | None, field: str) -> Decimal | None:
    if value is None:
        return None
    number = to_decimal(value, field=field, nonnegative=True)
    if number > HUNDRED + HUNDRED:
        raise InvalidValueError(field=field, expected="a nilai 0–200", received=value)
    return number


def nilai_capaian_iki(
    *positional: Never, capaian: Number, target_maksimum: bool = False,
    nilai_baik: Number | None = None, nilai_sangat_baik: Number | None = None,
    aturan: str = "permenpanrb-8-2021",
) -> NilaiCapaianIKI:
    """Nilai capaian IKI (PermenPANRB 8/2021) of a capaian in percent.

    Parameters
    ----------
    capaian:
        Capaian, percent, ≥ 0 (a number or a :func:`sakip.capaian` result;
        for a range target that result already uses the bound on the side where
        the realisasi falls).
    target_maksimum:
        ``True`` when the target is the maximum possible: 100 % of it scores 120.
    nilai_baik:
        Required when the capaian is exactly 100 % (the Baik row is OPEN; the
        regulation's example prints 109): the nilai your rule gives it.
    nilai_sangat_baik:
        Required when the capaian is above 100 and at most 110 % (the Sangat
        Baik row is OPEN): the nilai your rule gives it.
    aturan:
        The rule set (``"permenpanrb-8-2021"``).

    Notes
    -----
    Linear rows (each from its lower capaian up to the next row's):
    80–99 → ``70 + 19 ÷ 19 × (c − 80)``; 60–79 → ``50 + 19 ÷ 19 × (c − 60)``;
    below 60 → ``c ÷ 59 × 49``; above 110 → 120.  A capaian between two
    printed rows (99,5) is on the line of the row below.

    References
    ----------
    PermenPANRB 8/2021 (confidence P).

    Examples
    --------
    Target 95, realisasi 93 → capaian 98 % → nilai 88 (reference §13):

    >>> nilai_capaian_iki(capaian=98).value
    Decimal('88')
    >>> nilai_capaian_iki(capaian=111).value, nilai_capaian_iki(capaian=100, nilai_baik=109).value
    (Decimal('120'), Decimal('109'))
    """
    if positional or capaian is REQUIRED:
        raise call_error(nilai_capaian_iki, positional, locals())
    rule = rules.find_typed("nilai-capaian-iki", aturan, IKIRule)
    if not isinstance(target_maksimum, bool):
        raise InvalidTypeError(field="target_maksimum", expected="True or False",
                               received=target_maksimum)
    c = to_decimal(capaian, field="capaian")
    if c < ZERO:
        raise InvalidValueError(field="capaian", expected="a capaian >= 0", received=capaian)
    baik = _option(nilai_baik, "nilai_baik")
    sangat_baik = _option(nilai_sangat_baik, "nilai_sangat_baik")
    return NilaiCapaianIKI(value=_nilai(rule, c, target_maksimum, baik, sangat_baik, None),
                           aturan=rule, capaian=c, target_maksimum=target_maksimum,
                           nilai_baik=baik, nilai_sangat_baik=sangat_baik,
                           sources=sources_of(("capaian",), (capaian,)))


nilai_capaian_iki = keyword_only()(nilai_capaian_iki)
