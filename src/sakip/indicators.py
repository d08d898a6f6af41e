"""Capaian kinerja: an indicator's achievement against its target.

Formulas (T = target, R = realisasi), by *polarisasi*:

* ``maximize`` (higher is better): ``capaian = R / T × 100``;
* ``minimize`` (lower is better): ``capaian = (2T − R) / T × 100``
  (``rumus_minimize="t/r"`` selects the alternative ``T / R × 100`` that some
  applications use, a convention; ``(T − R) / T`` is a known bug and is not offered);
* ``stabilize`` (target is a range ``(L, U)``): 100 inside the range; below L
  evaluated as maximize against L, above U as minimize against U
  (PermenPANRB 8/2021, Lampiran Bab VI);
* predikat targets (target ``"BB"``, realised ``"A"``): the ratio of ordinal
  ranks D=1 … AA=7 (A against BB = 6/5 = 120 %), the convention the seed LKj
  prints; no regulation sets a conversion;
* SPIP level targets (target ``"Level 3"``, realised ``"Level 4"``): the same
  ratio, each level's rank being its number (4/3 = 133,33 %) [CONV]; a Level 0
  target has no capaian (see ``sakip.spip``).

No cap and no floor apply unless asked for (``cap=120``, ``floor=0``).  A
blank realisasi (``None``: not reported) and a zero target cannot be computed
and raise ``NotComputableError``; a realisasi of zero is a number.

>>> import sakip
>>> sakip.capaian(target=1176, realisasi=1189).rounded(2, mode="down")
Decimal('101.10')
>>> sakip.capaian(target=7, realisasi="6.5", polarisasi="minimize").rounded(2)
Decimal('107.14')
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, TWO, Number, exact_sum, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Text, Trace, cell, check_rounding, filled, sources_of
from sakip.numbers import Rounding
from sakip.predikat import Predikat
from sakip.spip import MATURITAS_SPIP, LevelSPIP, level_spip

__all__ = [
    "CAPAIAN_RULE",
    "PREDIKAT_ORDINAL",
    "Agregasi",
    "Capaian",
    "CapaianRenstra",
    "CapaianRule",
    "PercentChange",
    "Polarisasi",
    "PredikatOrdinal",
    "agregasi_option",
    "capaian",
    "capaian_renstra",
    "percent_change",
]

# The explanation's own words, in both languages (sakip._bahasa).
_PERINGKAT = Teks(id="peringkat ordinal", en="ordinal ranks")
_LEVEL_RANK = Teks(id="Level n berperingkat n (Level 0 … Level 5)",
                   en="Level n has rank n (Level 0 … Level 5)")
_NOTE_LEVEL = Teks(id="konvensi: tidak ada peraturan yang menetapkan konversi level",
                   en="convention: no regulation sets a conversion of levels")
_STABIL = Teks(id="100 bila L <= R <= U", en="100 when L <= R <= U")
_CAPPED = Teks(id="capaian (dibatasi atas)", en="capaian (capped)")
_FLOORED = Teks(id="capaian (dibatasi bawah)", en="capaian (floored)")
_NOTE_RENTANG = Teks(id="rentang dievaluasi {rentang} di kedua ujung: {rumus}",
                     en="range evaluated {rentang} at both ends: {rumus}")
_NOTE_T_R = Teks(id="minimize dengan T / R, konvensi sebagian aplikasi, bukan rumus (2T − R) / T",
                 en="minimize by T / R, a convention of some applications, not the (2T − R) / T "
                 "formula")
_TITLE_PERUBAHAN = Teks(id="Perubahan dibanding tahun sebelumnya (persen perubahan)",
                        en="Perubahan dibanding tahun sebelumnya (percent change)")
_REF_PERUBAHAN = Teks(id="Konvensi narasi LKj: (R_now − R_prev) / R_prev × 100",
                      en="Convention of LKj narratives: (R_now − R_prev) / R_prev × 100")
_RUMUS_PERUBAHAN = Teks(id="(baru − lama) / lama × 100", en="(new − old) / old × 100")
_SIGMA_R = Teks(id="Σ realisasi s.d. tahun ini", en="Σ realisasi to date")
_RUMUS_LEVEL = Teks(id="realisasi {latest} terhadap target {final}",
                    en="realisasi {latest} against target {final}")
_TITLE_RENSTRA_LEVEL = Teks(
    id="Capaian terhadap target Renstra (level (terakhir terhadap target tahun akhir){polarisasi})",
    en="Capaian terhadap target Renstra (level (latest against final-year target){polarisasi})")
_REF_RENSTRA = Teks(
    id="Konvensi LKj (seperti LKj 2023 BGP Kalsel): indikator kumulatif Σ realisasi s.d. tahun "
    "ini / Σ target periode; indikator level realisasi terakhir / target akhir",
    en="Convention of LKj (as in LKj 2023 BGP Kalsel): cumulative indicators Σ realisasi "
    "to date / Σ targets of the period; level indicators latest realisasi / final target")


class Polarisasi(enum.StrEnum):
    """Direction of an indicator: ``maximize``, ``minimize`` or ``stabilize``.

    >>> Polarisasi("minimize") is Polarisasi.MINIMIZE
    True
    """

    MAXIMIZE = "maximize"
    MINIMIZE = "minimize"
    STABILIZE = "stabilize"


class Agregasi(enum.StrEnum):
    """How an indicator's realisasi add up over quarters and years (indicator metadata).

    * ``flow`` -- a count (documents, km, people served): quarters and years add
      up; the year is Σ quarters, the Renstra realisasi to date is Σ years,
      and Renstra achievement is ``Σ realisasi / Σ targets``;
    * ``stock`` -- a level (a percentage, an index, a score, a predikat): the
      year is the last reported quarter, the Renstra realisasi to date is the
      latest value (adding years, 100 % + 100 % = 200 %, is an error), and
      Renstra achievement is ``latest realisasi / final-year target``.

    Stated by the user, never guessed from the unit.  The one vocabulary of
    :func:`sakip.evaluasi_renja`, :func:`capaian_renstra` and
    :func:`sakip.periods.capaian_triwulan`; their older keyword
    ``kumulatif=True`` / ``False`` means ``flow`` / ``stock`` and keeps working
    (reference §1.7 and §12).

    >>> Agregasi("flow") is Agregasi.FLOW, Agregasi.from_kumulatif(False)
    (True, <Agregasi.STOCK: 'stock'>)
    """

    FLOW = "flow"
    STOCK = "stock"

    @classmethod
    def from_kumulatif(cls, kumulatif: bool) -> Agregasi:
        """The agregasi of the older spelling: ``True`` is ``flow``, ``False`` is ``stock``."""
        return cls.FLOW if kumulatif else cls.STOCK

    @property
    def kumulatif(self) -> bool:
        """The older spelling: ``True`` for ``flow``."""
        return self is Agregasi.FLOW


def agregasi_option(agregasi: object, kumulatif: object) -> Agregasi:
    """The indicator's :class:`Agregasi` from ``agregasi=`` or the older ``kumulatif=``.

    Exactly one must be given: ``agregasi`` (``"flow"`` / ``"stock"`` or an
    :class:`Agregasi`) or ``kumulatif`` (a bool).  Never inferred.

    >>> agregasi_option("stock", None), agregasi_option(None, True)
    (<Agregasi.STOCK: 'stock'>, <Agregasi.FLOW: 'flow'>)
    """
    if agregasi is None and kumulatif is None:
        raise InvalidTypeError(field="agregasi", expected="agregasi='flow' or 'stock' (or the "
                               "older kumulatif=True / False); it is never inferred",
                               received=None)
    if agregasi is not None and kumulatif is not None:
        raise InvalidValueError(field="kumulatif", expected="either agregasi= or kumulatif=, "
                                "not both", received=kumulatif)
    if kumulatif is not None:
        if not isinstance(kumulatif, bool):
            raise InvalidTypeError(field="kumulatif", expected="True (count) or False (level)",
                                   received=kumulatif)
        return Agregasi.from_kumulatif(kumulatif)
    if not isinstance(agregasi, str) or agregasi not in ("flow", "stock"):
        raise InvalidValueError(field="agregasi", expected="'flow' or 'stock'",
                                received=agregasi)
    return Agregasi(agregasi)


RumusMinimize: TypeAlias = Literal["2t-r", "t/r"]

_RUMUS_MINIMIZE = {"2t-r": "(2T − R) / T × 100", "t/r": "T / R × 100"}

#: How a range target ``(L, U)`` is evaluated outside the range: ``"stabilize"`` (the
#: default: below L as maximize against L, above U as minimize against U), or one
#: direction at both ends, as PermenPANRB 8/2021 Lampiran (p. 100) does for a range
#: target of an indicator with a direction: ``"maximize"`` (R / L below, R / U above)
#: or ``"minimize"`` ((2L − R) / L below, (2U − R) / U above).
Rentang: TypeAlias = Literal["stabilize", "maximize", "minimize"]

#: The rule of each :data:`Rentang` outside the range, as text (100 inside it).
RENTANG = {
    "stabilize": "R / L × 100 below L; minimize against U above U",
    "maximize": "R / L × 100 below L; R / U × 100 above U (PermenPANRB 8/2021 Lampiran, "
    "p. 100, a range target of a higher-is-better indicator)",
    "minimize": "(2L − R) / L × 100 below L; (2U − R) / U × 100 above U (PermenPANRB 8/2021 "
    "Lampiran, p. 100, a range target of a lower-is-better indicator: 7–8 bulan, R 6,5 → "
    "107 %)",
}

#: :data:`RENTANG` in Bahasa Indonesia, for the explanations' notes.
_RENTANG_ID = {
    "stabilize": "R / L × 100 di bawah L; minimize terhadap U di atas U",
    "maximize": "R / L × 100 di bawah L; R / U × 100 di atas U (PermenPANRB 8/2021 Lampiran, "
    "hlm. 100, target rentang indikator yang makin tinggi makin baik)",
    "minimize": "(2L − R) / L × 100 di bawah L; (2U − R) / U × 100 di atas U (PermenPANRB "
    "8/2021 Lampiran, hlm. 100, target rentang indikator yang makin rendah makin baik: 7–8 "
    "bulan, R 6,5 → 107 %)",
}


@attrs.frozen(kw_only=True)
class CapaianRule(rules.RuleSet):
    """The capaian formulas per polarisasi, as text for explanations."""

    #: The formula for ``maximize``, as text.
    maximize: str
    #: The formula for ``minimize``, as text.
    minimize: str
    #: The rule for ``stabilize``, as text.
    stabilize: str


#: The capaian formulas (LAN guidance reproduced in LKj; PermenPANRB 8/2021).
CAPAIAN_RULE = rules.register(
    "capaian",
    CapaianRule(
        name="permenpanrb-8-2021",
        citation="PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran Bab VI",
        years=(2014, None),
        confidence="C2",
        maximize="R / T × 100",
        minimize=_RUMUS_MINIMIZE["2t-r"],
        stabilize="100 if L <= R <= U; R / L × 100 if R < L; (2U − R) / U × 100 if R > U",
    ),
)


@attrs.frozen(kw_only=True)
class PredikatOrdinal(rules.RuleSet):
    """Ranks that turn predikat into numbers for a capaian (a convention)."""

    #: ``(predikat, rank)`` pairs, D = 1 … AA = 7.
    ranks: tuple[tuple[Predikat, int], ...]

    def rank(self, predikat: Predikat) -> Decimal:
        """The rank of ``predikat`` as a Decimal."""
        return Decimal(dict(self.ranks)[predikat])


#: D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7: A against BB gives 120 %, as the seed
#: LKj 2023 of BGP Kalimantan Selatan prints.  No regulation sets this [CONV].
PREDIKAT_ORDINAL = rules.register(
    "predikat-ordinal",
    PredikatOrdinal(
        name="ordinal-7",
        citation="Convention: ordinal ranks D=1 … AA=7 (as printed in LKj 2023 BGP Kalsel, "
        "IKK 2.1); no regulation sets a conversion",
        years=(2015, None),
        confidence="CONV",
        ranks=tuple((p, p.rank) for p in Predikat),
    ),
)

Target: TypeAlias = Decimal | tuple[Decimal, Decimal] | Predikat | LevelSPIP
#: A Renstra year's target: a number, a predikat, or a ``(low, high)`` range (stabilize).
RenstraTarget: TypeAlias = Decimal | Predikat | tuple[Decimal, Decimal]


def _as_ordinal(value: object) -> Predikat | LevelSPIP | None:
    """A predikat or an SPIP level (``"BB"``, ``"Level 3"`` or the enums), else ``None``."""
    if isinstance(value, LevelSPIP):
        return value
    if isinstance(value, str) and value.strip().lower().startswith("level"):
        return level_spip(value)
    return _as_predikat(value)


def _as_predikat(value: object) -> Predikat | None:
    if isinstance(value, Predikat):
        return value
    if isinstance(value, str) and value.strip().upper() in Predikat.__members__:
        return Predikat.from_name(value)
    return None


def _ratio_maximize(t: Decimal, r: Decimal, trace: Trace | None, label: str = "T") -> Decimal:
    if t == 0:
        raise NotComputableError(
            field="target", reason="target is zero: R / T is undefined under polarisasi 'maximize'"
        )
    value = CONTEXT.divide(CONTEXT.multiply(r, HUNDRED), t)
    if trace is not None:
        trace.add(
            "capaian",
            f"R / {label} × 100",
            ((f"{label} (target)", t), ("R (realisasi)", r)),
            value,
        )
    return value


def _ratio_minimize(
    t: Decimal, r: Decimal, rumus: str, trace: Trace | None, label: str = "T"
) -> Decimal:
    if rumus == "t/r":
        if r == 0:
            raise NotComputableError(
                field="realisasi", reason="realisasi is zero: T / R is undefined"
            )
        value = CONTEXT.divide(CONTEXT.multiply(t, HUNDRED), r)
        formula = f"{label} / R × 100"
    else:
        if t == 0:
            raise NotComputableError(
                field="target",
                reason="target is zero: (2T − R) / T is undefined under polarisasi 'minimize'",
            )
        value = CONTEXT.divide(
            CONTEXT.multiply(CONTEXT.subtract(CONTEXT.multiply(TWO, t), r), HUNDRED), t
        )
        formula = f"(2{label} − R) / {label} × 100"
    if trace is not None:
        trace.add(
            "capaian", formula, ((f"{label} (target)", t), ("R (realisasi)", r)), value
        )
    return value


def _check_rentang(rentang: object, polarisasi: Polarisasi) -> None:
    """``rentang`` is one of :data:`RENTANG`, and other than the default only under stabilize."""
    if not isinstance(rentang, str) or rentang not in RENTANG:
        raise InvalidValueError(field="rentang", expected="one of 'stabilize', 'maximize', "
                                "'minimize'", received=rentang)
    if rentang != "stabilize" and polarisasi is not Polarisasi.STABILIZE:
        raise InvalidValueError(field="rentang", expected="'stabilize' (the default) unless "
                                "polarisasi is 'stabilize': rentang says how a range target "
                                "is evaluated", received=rentang)


def _compute(
    target: Target,
    realisasi: Decimal | Predikat | LevelSPIP,
    polarisasi: Polarisasi,
    rumus_minimize: str,
    cap: Decimal | None,
    floor: Decimal | None,
    trace: Trace | None,
    rentang: str = "stabilize",
) -> Decimal:
    if isinstance(target, LevelSPIP):
        assert isinstance(realisasi, LevelSPIP)
        t, r = Decimal(int(target)), Decimal(int(realisasi))
        if trace is not None:
            trace.add(_PERINGKAT, _LEVEL_RANK,
                      (("target", str(target)), ("realisasi", str(realisasi))),
                      f"T = {t}, R = {r}", reference=MATURITAS_SPIP.citation,
                      note=_NOTE_LEVEL)
        if t == 0:
            raise NotComputableError(
                field="target", reason="a Level 0 (Belum Ada) target has rank 0: R / T is "
                "undefined")
        value = _ratio_maximize(t, r, trace)
    elif isinstance(target, Predikat):
        assert isinstance(realisasi, Predikat)
        t, r = PREDIKAT_ORDINAL.rank(target), PREDIKAT_ORDINAL.rank(realisasi)
        if trace is not None:
            trace.add(
                _PERINGKAT,
                "D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7",
                (("target", target), ("realisasi", realisasi)),
                f"T = {t}, R = {r}",
                reference=PREDIKAT_ORDINAL.citation,
            )
        value = _ratio_maximize(t, r, trace)
    else:
        assert isinstance(realisasi, Decimal)
        if polarisasi is Polarisasi.STABILIZE:
            assert isinstance(target, tuple)
            low, high = target
            if low <= realisasi <= high:
                value = HUNDRED
                if trace is not None:
                    trace.add(
                        "capaian",
                        _STABIL,
                        (("L (target)", low), ("U (target)", high), ("R (realisasi)", realisasi)),
                        value,
                    )
            elif realisasi < low and rentang != "minimize":
                value = _ratio_maximize(low, realisasi, trace, label="L")
            elif realisasi < low:
                value = _ratio_minimize(low, realisasi, rumus_minimize, trace, label="L")
            elif rentang == "maximize":
                value = _ratio_maximize(high, realisasi, trace, label="U")
            else:
                value = _ratio_minimize(high, realisasi, rumus_minimize, trace, label="U")
        elif polarisasi is Polarisasi.MINIMIZE:
            assert isinstance(target, Decimal)
            value = _ratio_minimize(target, realisasi, rumus_minimize, trace)
        else:
            assert isinstance(target, Decimal)
            value = _ratio_maximize(target, realisasi, trace)
    if cap is not None and value > cap:
        if trace is not None:
            trace.add(_CAPPED, "min(capaian, cap)", (("cap", cap),), cap)
        value = cap
    if floor is not None and value < floor:
        if trace is not None:
            trace.add(_FLOORED, "max(capaian, floor)", (("floor", floor),), floor)
        value = floor
    return value


@attrs.frozen(kw_only=True)
class Capaian(Figure):
    """The capaian of one indicator: exact ``value`` in percent, and its inputs.

    Built by :func:`capaian`.  ``target`` is a Decimal, a ``(low, high)``
    range (stabilize) or a :class:`~sakip.Predikat`.

    Notes
    -----
    ``maximize``: ``R / T × 100``; ``minimize``: ``(2T − R) / T × 100`` (or
    ``T / R × 100`` under ``rumus_minimize="t/r"``, a convention);
    ``stabilize``: 100 inside ``[L, U]``, else against the nearer end;
    predikat: the ratio of ordinal ranks D=1 … AA=7 [convention].  A zero
    target or a blank realisasi is not computable; no cap and no floor unless
    given.

    References
    ----------
    PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI.

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), IKK 1.1: realisasi 1189 against
    a target of 1176 is printed 101,10 (truncated); the minimize example of the
    reference (T = 7, R = 6,5) is 107,14 %:

    >>> import sakip
    >>> c = sakip.capaian(target=1176, realisasi=1189)
    >>> c.rounded(2, mode="down"), c.polarisasi
    (Decimal('101.10'), <Polarisasi.MAXIMIZE: 'maximize'>)
    >>> sakip.capaian(target=7, realisasi="6.5", polarisasi="minimize").rounded(2)
    Decimal('107.14')
    """

    #: The target (T): a Decimal, a ``(low, high)`` range (stabilize), a predikat or a level.
    target: Target
    #: The realisasi (R), a Decimal, a predikat or an SPIP level.
    realisasi: Decimal | Predikat | LevelSPIP
    #: ``maximize``, ``minimize`` or ``stabilize``.
    polarisasi: Polarisasi
    #: ``"2t-r"`` (``(2T − R) / T``) or ``"t/r"`` (a convention).
    rumus_minimize: RumusMinimize = "2t-r"
    #: Upper bound applied after the formula, or ``None`` (no cap).
    cap: Decimal | None = None
    #: Lower bound applied after the formula, or ``None`` (no floor).
    floor: Decimal | None = None
    #: How a range target is evaluated outside the range (:data:`Rentang`).
    rentang: Rentang = "stabilize"

    def _derive(self, trace: Trace) -> Decimal:
        return _compute(
            self.target,
            self.realisasi,
            self.polarisasi,
            self.rumus_minimize,
            self.cap,
            self.floor,
            trace,
            self.rentang,
        )

    def _title(self) -> Text:
        return f"Capaian kinerja ({self.polarisasi})"

    def _reference(self) -> str:
        return CAPAIAN_RULE.citation

    def _notes(self) -> tuple[Text, ...]:
        if self.rumus_minimize == "t/r" and self.polarisasi is Polarisasi.MINIMIZE:
            return (_NOTE_T_R,)
        if self.rentang != "stabilize":
            return (filled(_NOTE_RENTANG, rentang=self.rentang,
                           rumus=Teks(id=_RENTANG_ID[self.rentang], en=RENTANG[self.rentang])),)
        return ()

    def _row(self) -> dict[str, Any]:
        row = super()._row()
        if isinstance(self.target, tuple):  # a stabilize range: its two ends
            row = {"target": None, "target_low": self.target[0],
                   "target_high": self.target[1], **row}
        else:  # rentang belongs to a range target only
            del row["rentang"]
        return row


def _optional_bound(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field=field)


def capaian(
    *positional: Never,
    target: Number | tuple[Number, Number] | Predikat,
    realisasi: Number | Predikat | None,
    polarisasi: Polarisasi | str = "maximize",
    rumus_minimize: RumusMinimize = "2t-r",
    cap: Number | None = None,
    floor: Number | None = None,
    rentang: Rentang = "stabilize",
) -> Capaian:
    """Capaian kinerja (achievement) of one indicator, in percent.

    Parameters
    ----------
    target:
        The target (T): a number; a ``(low, high)`` pair for ``stabilize``;
        a predikat (``"BB"`` or ``Predikat.BB``); or an SPIP level (``"Level 3"``
        or ``LevelSPIP.TERDEFINISI``: ranks are the level numbers [CONV]).
    realisasi:
        The realisation (R), same kind as the target.  ``None`` means blank
        (not reported) and is not computable; ``0`` is a reported zero.
    polarisasi:
        ``"maximize"`` (default), ``"minimize"`` or ``"stabilize"``.
    rumus_minimize:
        ``"2t-r"`` (default, ``(2T − R) / T``) or ``"t/r"`` (``T / R``, a convention).
    cap, floor:
        Optional bounds applied after the formula (off by default: no national cap exists).
        A floor (``"≥ 80"``) or ceiling target that a report prints as 100 % once it is
        met is ``cap=100`` under the indicator's formula (a convention of some
        reports; no regulation stating it was found [OPEN]).
    rentang:
        ``stabilize`` only: how a range target is evaluated outside the range.
        ``"stabilize"`` (default): below L as maximize (R / L), above U as
        minimize against U.  ``"maximize"`` or ``"minimize"``: that direction's
        formula against the nearer end on both sides, as PermenPANRB 8/2021
        Lampiran (p. 100) computes a range target of an indicator with a
        direction (``"minimize"``: 7–8 bulan, R 6,5 → (2·7 − 6,5) / 7 = 107,14 %).

    Returns
    -------
    Capaian
        ``value`` exact, in percent; ``rounded()``, ``explain()``.

    Raises
    ------
    NotComputableError
        Zero target (or zero R under ``t/r``), blank realisasi.
    InvalidTypeError, InvalidValueError
        Floats, a negative target (or range end), a negative realisasi under
        ``t/r``, a range whose low end exceeds its high end, a predikat against
        a number.

    Notes
    -----
    ``maximize``: R / T × 100.  ``minimize``: (2T − R) / T × 100, negative
    when R > 2T (use ``floor=0`` to floor it explicitly).  ``stabilize``: 100
    inside [L, U]; R / L × 100 below; (2U − R) / U × 100 above; under
    ``rentang="maximize"`` R / L and R / U, under ``rentang="minimize"`` (2L − R) / L
    and (2U − R) / U (PermenPANRB 8/2021 Lampiran, p. 100: a range target uses the
    indicator's own formula against the lower end when R is below it, the upper end
    when R is above it).  Predikat: rank(R) / rank(T) × 100 with D=1 … AA=7 [convention].

    Negative values (growth indicators, a "penurunan" that keeps its sign): a
    negative realisasi against a positive target keeps its meaning in R / T
    (growth of −2 % against a target of 5 %: −40 %) and in (2T − R) / T
    (inflation of −1 % against a ceiling of 3 %: 233,33 %), so it is computed;
    under T / R it reverses the order (the lower R, the lower the capaian, against
    minimize) and is refused.  A negative target is refused under every formula:
    R / T and (2T − R) / T then rank a worse realisasi higher, and no regulation
    gives a formula for it (PermenPANRB 53/2014 and 6/2022 write the formulas
    for positive targets only).

    References
    ----------
    PermenPANRB 53/2014; PermenPANRB 8/2021 Lampiran Bab VI.

    Examples
    --------
    >>> capaian(target=1176, realisasi=1189).rounded(2)
    Decimal('101.11')
    >>> capaian(target=8, realisasi=9, polarisasi="minimize").value
    Decimal('87.5')
    >>> capaian(target=(80, 90), realisasi=70, polarisasi="stabilize").value
    Decimal('87.5')
    >>> capaian(target=(7, 8), realisasi="6.5", polarisasi="stabilize",
    ...         rentang="minimize").rounded(2)
    Decimal('107.14')
    >>> capaian(target="BB", realisasi="A").value
    Decimal('120')
    >>> capaian(target="Level 3", realisasi="Level 4").rounded(2)
    Decimal('133.33')
    >>> capaian(target=447, realisasi=748, cap=150).value
    Decimal('150')
    >>> capaian(target=5, realisasi=-2).value
    Decimal('-40')
    """
    if positional or target is REQUIRED or realisasi is REQUIRED:
        raise call_error(capaian, positional, locals())
    try:
        pol = Polarisasi(polarisasi)
    except ValueError:
        raise InvalidValueError(
            field="polarisasi",
            expected="one of 'maximize', 'minimize', 'stabilize'",
            received=polarisasi,
        ) from None
    if not isinstance(rumus_minimize, str) or rumus_minimize not in _RUMUS_MINIMIZE:
        raise InvalidValueError(
            field="rumus_minimize", expected="'2t-r' or 't/r'", received=rumus_minimize
        )
    _check_rentang(rentang, pol)
    if realisasi is None:
        raise NotComputableError(
            field="realisasi",
            reason="realisasi is blank (not reported); a blank is not zero and has no capaian",
        )
    cap_d = _optional_bound(cap, "cap")
    floor_d = _optional_bound(floor, "floor")
    if cap_d is not None and floor_d is not None and floor_d > cap_d:
        raise InvalidValueError(field="floor", expected=f"floor <= cap ({cap_d})", received=floor)

    t_rank, r_rank = _as_ordinal(target), _as_ordinal(realisasi)
    tgt: Target
    real: Decimal | Predikat | LevelSPIP
    if t_rank is not None or r_rank is not None:
        if t_rank is None or r_rank is None or type(t_rank) is not type(r_rank):
            raise InvalidValueError(
                field="target" if t_rank is None else "realisasi",
                expected="a predikat on both sides (target 'BB', realisasi 'A') or an SPIP "
                "level on both sides ('Level 3', 'Level 4')",
                received=target if t_rank is None else realisasi,
            )
        if pol is not Polarisasi.MAXIMIZE:
            raise InvalidValueError(
                field="polarisasi", expected="'maximize' for predikat and level targets",
                received=polarisasi)
        tgt, real = t_rank, r_rank
    elif pol is Polarisasi.STABILIZE:
        if not isinstance(target, tuple) or len(target) != 2:
            raise InvalidTypeError(
                field="target",
                expected="a (low, high) pair for polarisasi 'stabilize'",
                received=target,
            )
        low = to_decimal(target[0], field="target", nonnegative=True)
        high = to_decimal(target[1], field="target", nonnegative=True)
        if low > high:
            raise InvalidValueError(field="target", expected="low <= high", received=target)
        tgt = (low, high)
        real = to_decimal(realisasi, field="realisasi")  # below L: R / L, of any sign
    else:
        if isinstance(target, tuple):
            raise InvalidTypeError(
                field="target",
                expected="a single number (a range needs polarisasi 'stabilize')",
                received=target,
            )
        tgt = to_decimal(target, field="target")
        if tgt < 0:
            raise InvalidValueError(
                field="target", expected="a target >= 0 (against a negative target R / T "
                "and (2T − R) / T rank a worse realisasi higher; no formula is published "
                "for it)", received=target)
        real = to_decimal(realisasi, field="realisasi")
        if real < 0 and pol is Polarisasi.MINIMIZE and rumus_minimize == "t/r":
            raise InvalidValueError(
                field="realisasi", expected="a realisasi > 0 under T / R (a negative R "
                "turns the ratio's sign: the lower R, the lower T / R, against minimize)",
                received=realisasi)
    value = _compute(tgt, real, pol, rumus_minimize, cap_d, floor_d, None, rentang)
    return Capaian(
        value=value,
        target=tgt,
        realisasi=real,
        polarisasi=pol,
        rumus_minimize=rumus_minimize,
        cap=cap_d,
        floor=floor_d,
        rentang=rentang,
        sources=sources_of(("target", "realisasi"), (target, realisasi)),
    )


capaian = keyword_only()(capaian)


@attrs.frozen(kw_only=True)
class PercentChange(Figure):
    """Year-on-year change of a realisasi, in percent (built by :func:`percent_change`).

    Notes
    -----
    ``(new − old) / old × 100``; negative when the realisasi fell.  An ``old``
    of zero is not computable (``NotComputableError``).

    References
    ----------
    Convention of LKj narratives (year-on-year comparisons of realisasi).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), IKK 2.2: NKA 95,15 against
    91,59 the year before is printed as a rise of 3,88 % ((95,15 − 91,59) /
    91,59 × 100 = 3,8869…, truncated):

    >>> import sakip
    >>> p = sakip.percent_change(old="91.59", new="95.15")
    >>> p.rounded(2, mode="down"), p.old, p.new
    (Decimal('3.88'), Decimal('91.59'), Decimal('95.15'))
    """

    #: The earlier value (last year's realisasi).
    old: Decimal
    #: The later value.
    new: Decimal

    def _derive(self, trace: Trace) -> Decimal:
        return _percent_change(self.old, self.new, trace)

    def _title(self) -> Text:
        return _TITLE_PERUBAHAN

    def _reference(self) -> Text:
        return _REF_PERUBAHAN


def _percent_change(old: Decimal, new: Decimal, trace: Trace | None) -> Decimal:
    if old == 0:
        raise NotComputableError(field="old", reason="the earlier value is zero")
    value = CONTEXT.divide(CONTEXT.multiply(CONTEXT.subtract(new, old), HUNDRED), old)
    if trace is not None:
        trace.add(
            "perubahan", _RUMUS_PERUBAHAN, (("old", old), ("new", new)), value
        )
    return value


def percent_change(*positional: Never, old: Number, new: Number) -> PercentChange:
    """Percent change from ``old`` to ``new``: ``(new − old) / old × 100``.

    The LKj states year-on-year comparisons this way (NKA 95,15 against 91,59
    last year: 3,88 %).  ``old = 0`` is not computable.

    >>> percent_change(old="91.59", new="95.15").rounded(2, mode="down")
    Decimal('3.88')
    """
    if positional or old is REQUIRED or new is REQUIRED:
        raise call_error(percent_change, positional, locals())
    o = to_decimal(old, field="old")
    n = to_decimal(new, field="new")
    return PercentChange(value=_percent_change(o, n, None), old=o, new=n,
                         sources=sources_of(("old", "new"), (old, new)))


percent_change = keyword_only()(percent_change)


# ------------------------------------------------------------------ Renstra


@attrs.frozen(kw_only=True)
class CapaianRenstra(Figure):
    """Achievement against the Renstra (medium-term) targets, in percent.

    Built by :func:`capaian_renstra`; ``kumulatif`` says how the indicator aggregates.

    Notes
    -----
    Cumulative (count) indicators: ``Σ realisasi to date / Σ targets of the
    period × 100``; level indicators (a score, a predikat): ``latest realisasi
    / final-year target × 100``.  Which one applies is stated by the user,
    never guessed; years not yet reported (``None``) are left out, not zero.

    References
    ----------
    Convention of LKj (as the seed LKj 2023 of BGP Kalimantan Selatan computes it).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan): IKK 1.1 (cumulative) 3147 of
    4411 = 71,34 %; IKK 2.2 (level) 95,15 against the final target 92 = 103,42 %:

    >>> import sakip
    >>> r = sakip.capaian_renstra(target={2022: 883, 2023: 1176, 2024: 2352},
    ...                           realisasi={2022: 1958, 2023: 1189}, kumulatif=True)
    >>> r.rounded(2, mode="down"), r.kumulatif
    (Decimal('71.34'), True)
    >>> sakip.capaian_renstra(target={2023: 92, 2024: 92}, realisasi={2023: "95.15"},
    ...                       kumulatif=False).rounded(2)
    Decimal('103.42')
    """

    #: ``(year, target)`` pairs of the Renstra period (a target is a range under stabilize).
    target: tuple[tuple[int, RenstraTarget], ...]
    #: ``(year, realisasi)`` pairs reported so far.
    realisasi: tuple[tuple[int, Decimal | Predikat], ...]
    #: Whether the indicator accumulates (Σ realisasi / Σ target) or is a level.
    kumulatif: bool
    #: The indicator's direction: the formula of :func:`capaian` applied to the sums
    #: (kumulatif) or to the latest realisasi against the final-year target (level).
    polarisasi: Polarisasi = Polarisasi.MAXIMIZE
    #: The minimize formula (minimize, and stabilize above its range).
    rumus_minimize: RumusMinimize = "2t-r"
    #: Under stabilize: how a realisasi outside the final year's range is evaluated
    #: (:data:`Rentang`, as for :func:`capaian`).
    rentang: Rentang = "stabilize"

    @property
    def agregasi(self) -> Agregasi:
        """The indicator's :class:`Agregasi` (``flow`` when ``kumulatif``)."""
        return Agregasi.from_kumulatif(self.kumulatif)

    def _derive(self, trace: Trace) -> Decimal:
        return _renstra(self.target, self.realisasi, self.kumulatif, trace,
                        self.polarisasi, self.rumus_minimize, self.rentang)

    def _title(self) -> Text:
        polarisasi = "" if self.polarisasi is Polarisasi.MAXIMIZE else f", {self.polarisasi}"
        if self.kumulatif:
            return f"Capaian terhadap target Renstra (kumulatif{polarisasi})"
        return filled(_TITLE_RENSTRA_LEVEL, polarisasi=polarisasi)

    def _reference(self) -> Text:
        return _REF_RENSTRA

    def _row(self) -> dict[str, Any]:
        row = super()._row()
        if self.polarisasi is not Polarisasi.STABILIZE:  # rentang belongs to range targets
            del row["rentang"]
        return row

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per year of the period: tahun, target, realisasi (``None`` when blank)."""
        check_rounding(rounding)
        targets, done = dict(self.target), dict(self.realisasi)
        return [{"tahun": year, "target": _range_cell(targets.get(year)),
                 "realisasi": cell(done.get(year))}
                for year in sorted(targets.keys() | done.keys())]


def _range_cell(value: object) -> Any:
    """A Renstra target as a row cell; a stabilize range as its text ``"80–85"``."""
    return f"{value[0]}–{value[1]}" if isinstance(value, tuple) else cell(value)


def _renstra(
    target: tuple[tuple[int, RenstraTarget], ...],
    realisasi: tuple[tuple[int, Decimal | Predikat], ...],
    kumulatif: bool,
    trace: Trace | None,
    polarisasi: Polarisasi = Polarisasi.MAXIMIZE,
    rumus_minimize: str = "2t-r",
    rentang: str = "stabilize",
) -> Decimal:
    if kumulatif:
        t_sum = exact_sum(v for _, v in target if isinstance(v, Decimal))
        r_sum = exact_sum(v for _, v in realisasi if isinstance(v, Decimal))
        if trace is not None:
            trace.add("Σ target Renstra", " + ".join(str(y) for y, _ in target),
                      tuple((str(y), v) for y, v in target), t_sum)
            trace.add(_SIGMA_R, " + ".join(str(y) for y, _ in realisasi),
                      tuple((str(y), v) for y, v in realisasi), r_sum)
        if polarisasi is Polarisasi.MINIMIZE:
            return _ratio_minimize(t_sum, r_sum, rumus_minimize, trace)
        return _ratio_maximize(t_sum, r_sum, trace)
    final_year, final = target[-1]
    latest_year, latest = realisasi[-1]
    if trace is not None:
        shown = f"{final[0]}–{final[1]}" if isinstance(final, tuple) else final
        trace.add("level", filled(_RUMUS_LEVEL, latest=latest_year, final=final_year),
                  ((f"target {final_year}", shown), (f"realisasi {latest_year}", latest)),
                  f"{latest} / {shown}" if not isinstance(final, tuple) else
                  f"{latest} against {shown}")
    if isinstance(final, Predikat):
        assert isinstance(latest, Predikat)
        return _ratio_maximize(PREDIKAT_ORDINAL.rank(final), PREDIKAT_ORDINAL.rank(latest), trace)
    assert isinstance(latest, Decimal)
    return _compute(final, latest, polarisasi, rumus_minimize, None, None, trace, rentang)



#: The years the period classes accept (``sakip.periods.TahunAnggaran``).
_YEAR_MIN, _YEAR_MAX = 1900, 2999

def _renstra_values(
    values: Mapping[int, Any], field: str, ranges: bool = False
) -> tuple[tuple[int, Any], ...]:
    if not isinstance(values, Mapping) or not values:
        raise InvalidTypeError(field=field, expected="a non-empty mapping {year: value}",
                               received=values)
    out: list[tuple[int, RenstraTarget]] = []
    for year in values:  # checked before sorting: mixed key types would make sorted() fail
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidTypeError(field=field, expected="int years as keys", received=year)
        if not _YEAR_MIN <= year <= _YEAR_MAX:
            raise InvalidValueError(field=field, expected=f"years {_YEAR_MIN}–{_YEAR_MAX} "
                                    "(as sakip.TahunAnggaran)", received=year)
    for year in sorted(values):
        value = values[year]
        if value is None:
            continue  # a blank year (not yet reported) is not a zero
        if ranges:  # stabilize: every year's target is a (low, high) range
            if not isinstance(value, tuple) or len(value) != 2:
                raise InvalidTypeError(field=f"{field}[{year}]", expected="a (low, high) "
                                       "range for polarisasi 'stabilize'", received=value)
            low, high = (to_decimal(v, field=f"{field}[{year}]", nonnegative=True)
                         for v in value)
            if low > high:
                raise InvalidValueError(field=f"{field}[{year}]", expected="low <= high",
                                        received=value)
            out.append((year, (low, high)))
            continue
        predikat = _as_predikat(value)
        out.append((year, predikat if predikat is not None else
                    to_decimal(value, field=f"{field}[{year}]", nonnegative=True)))
    return tuple(out)


def capaian_renstra(
    *positional: Never,
    target: Mapping[int, Number | Predikat | tuple[Number, Number]],
    realisasi: Mapping[int, Number | Predikat | None],
    kumulatif: bool | None = None,
    agregasi: Agregasi | str | None = None,
    polarisasi: Polarisasi | str = "maximize",
    rumus_minimize: RumusMinimize = "2t-r",
    rentang: Rentang = "stabilize",
) -> CapaianRenstra:
    """Achievement against the Renstra targets, for a cumulative or a level indicator.

    Parameters
    ----------
    target:
        Renstra targets per year, for the whole period (``{2022: 883, 2023: 1176, 2024: 2352}``).
    realisasi:
        Realisasi per year to date; ``None`` marks a year not yet reported.
    kumulatif, agregasi:
        Exactly one, never inferred: ``agregasi="flow"`` (or the older
        ``kumulatif=True``) for count indicators (``Σ realisasi to date / Σ
        targets of the period``), ``agregasi="stock"`` (``kumulatif=False``)
        for level indicators such as a score or a predikat (``latest
        realisasi / final-year target``).  See :class:`Agregasi`.
    polarisasi, rumus_minimize:
        The indicator's direction, as for :func:`capaian`: ``minimize`` applies
        ``rumus_minimize`` to the sums (kumulatif) or to the latest realisasi
        against the final-year target (level); ``stabilize`` takes each year's
        target as a ``(low, high)`` range and applies to the final year's range
        the rule of :func:`capaian` (``rumus_minimize`` above it).  A cumulative
        stabilize indicator is refused: a sum of ranges is no range a
        realisasi is held to.
    rentang:
        ``stabilize`` only: how a realisasi outside the final year's range is
        evaluated, as for :func:`capaian`.

    Raises
    ------
    InvalidValueError
        A realisasi year outside the target years; predikat in a cumulative indicator;
        ``kumulatif`` under ``stabilize``; a predikat under another polarisasi than
        ``maximize``.

    Examples
    --------
    >>> capaian_renstra(target={2022: 883, 2023: 1176, 2024: 2352},
    ...                 realisasi={2022: 1958, 2023: 1189}, kumulatif=True).rounded(2, "down")
    Decimal('71.34')
    >>> capaian_renstra(target={2022: 85, 2023: 92, 2024: 92},
    ...                 realisasi={2022: "91.59", 2023: "95.15"}, kumulatif=False).rounded(2)
    Decimal('103.42')
    >>> capaian_renstra(target={2023: "BB", 2024: "A"}, realisasi={2023: "A"},
    ...                 kumulatif=False).value
    Decimal('100')
    >>> capaian_renstra(target={2023: 92, 2024: 92}, realisasi={2023: "95.15"},
    ...                 agregasi="stock").rounded(2)
    Decimal('103.42')

    A minimize indicator (T 10, R 8) and a stabilize one above its range:

    >>> capaian_renstra(target={2024: 10}, realisasi={2024: 8}, kumulatif=False,
    ...                 polarisasi="minimize").value
    Decimal('120')
    >>> capaian_renstra(target={2024: (80, 85)}, realisasi={2024: 95}, kumulatif=False,
    ...                 polarisasi="stabilize").rounded(2)
    Decimal('88.24')
    >>> capaian_renstra(target={2024: (7, 8)}, realisasi={2024: "6.5"}, kumulatif=False,
    ...                 polarisasi="stabilize", rentang="minimize").rounded(2)
    Decimal('107.14')
    """
    if positional or target is REQUIRED or realisasi is REQUIRED:
        raise call_error(capaian_renstra, positional, locals())
    kumulatif = agregasi_option(agregasi, kumulatif).kumulatif
    try:
        pol = Polarisasi(polarisasi)
    except ValueError:
        raise InvalidValueError(field="polarisasi", expected="one of 'maximize', 'minimize', "
                                "'stabilize'", received=polarisasi) from None
    if not isinstance(rumus_minimize, str) or rumus_minimize not in _RUMUS_MINIMIZE:
        raise InvalidValueError(
            field="rumus_minimize", expected="'2t-r' or 't/r'", received=rumus_minimize)
    _check_rentang(rentang, pol)
    if kumulatif and pol is Polarisasi.STABILIZE:
        raise InvalidValueError(field="kumulatif", expected="False under polarisasi "
                                "'stabilize' (a sum of ranges is not a range)",
                                received=kumulatif)
    t = _renstra_values(target, "target", ranges=pol is Polarisasi.STABILIZE)
    r = _renstra_values(realisasi, "realisasi")
    if not r:
        raise NotComputableError(field="realisasi", reason="no year has a realisasi yet")
    years = {y for y, _ in t}
    for y, _ in r:
        if y not in years:
            raise InvalidValueError(field="realisasi", expected=f"years within the Renstra "
                                    f"targets {sorted(years)}", received=y)
    kinds = {isinstance(v, Predikat) for _, v in (*t, *r)}
    if len(kinds) > 1:
        raise InvalidValueError(field="realisasi", expected="all numbers or all predikat",
                                received=realisasi)
    if kumulatif and True in kinds:
        raise InvalidValueError(field="kumulatif", expected="False for predikat indicators",
                                received=kumulatif)
    if True in kinds and pol is not Polarisasi.MAXIMIZE:
        raise InvalidValueError(field="polarisasi", expected="'maximize' for predikat "
                                "targets", received=polarisasi)
    return CapaianRenstra(value=_renstra(t, r, kumulatif, None, pol, rumus_minimize, rentang),
                          target=t, realisasi=r, kumulatif=kumulatif, polarisasi=pol,
                          rumus_minimize=rumus_minimize, rentang=rentang)


capaian_renstra = keyword_only()(capaian_renstra)
