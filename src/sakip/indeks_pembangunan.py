"""IPM: the Indeks Pembangunan Manusia (BPS, the method used since 2014).

    I_kesehatan   = (UHH − 20) ÷ (85 − 20)
    I_pendidikan  = (HLS ÷ 18 + RLS ÷ 15) ÷ 2
    I_pengeluaran = (ln P − ln 1.007.436) ÷ (ln 26.572.352 − ln 1.007.436)
    IPM           = (I_kesehatan × I_pendidikan × I_pengeluaran)^(1/3) × 100

The goalposts are a dated rule set (kind ``"ipm"``) and the status a band
table (kind ``"status-ipm"``).  The logarithm and the cube root are not exact:
they are computed in a private 80-digit context and the result is brought to
sakip's 50-digit context, so every digit of ``value`` is right to far beyond the
two decimals BPS prints, and the caller's decimal context changes nothing.

>>> import sakip
>>> jakarta = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707)
>>> jakarta.printed(), jakarta.status
('80,06', 'sangat tinggi')
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, TWO, ZERO, Number, text, to_decimal
from sakip.errors import REQUIRED, InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, Text, Trace, filled

__all__ = ["IPM_RULES", "STATUS_IPM", "IPMRule", "IndeksPembangunanManusia", "ipm"]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_LN = Teks(id="ln dalam konteks 80 digit", en="ln in an 80-digit context")
_NOTE_CUBE = Teks(id="akar pangkat tiga dalam konteks 80 digit",
                  en="cube root in an 80-digit context")
_NOTE_RANGE = Teks(id="dari komponen sebagaimana tercetak, IPM berada dalam [{low}, {high}]",
                   en="from the components as printed, the IPM lies in [{low}, {high}]")


def __dir__() -> list[str]:
    return list(__all__)


#: The private context of the logarithm and cube root: 80 significant digits, so that
#: the 50-digit result (``CONTEXT``) is right in every digit but, at worst, the last.
_PRECISE = decimal.Context(prec=80, rounding=decimal.ROUND_HALF_EVEN, Emin=-999_999,
                          Emax=999_999, traps=[decimal.InvalidOperation,
                                               decimal.DivisionByZero, decimal.Overflow])

_THIRD = _PRECISE.divide(1, 3)
_RIBU = Decimal(1000)
_TEN_THOUSANDTH = Decimal("0.0001")


@attrs.frozen(kw_only=True)
class IPMRule(rules.RuleSet):
    """The goalposts (nilai minimum and maksimum) of the IPM's components.

    >>> IPM_RULES["bps-2014"].pengeluaran_max
    Decimal('26572352')
    """

    #: Umur harapan hidup (years): minimum (20).
    uhh_min: Decimal
    #: Umur harapan hidup (years): maximum (85).
    uhh_max: Decimal
    #: Harapan lama sekolah (years): maximum (18; minimum 0).
    hls_max: Decimal
    #: Rata-rata lama sekolah (years): maximum (15; minimum 0).
    rls_max: Decimal
    #: Pengeluaran per kapita disesuaikan (rupiah per year): minimum (1.007.436).
    pengeluaran_min: Decimal
    #: Pengeluaran per kapita disesuaikan (rupiah per year): maximum (26.572.352).
    pengeluaran_max: Decimal


#: IPM rule sets, by name.
IPM_RULES: Mapping[str, IPMRule] = {
    rule.name: rules.register("ipm", rule)
    for rule in (
        IPMRule(
            name="bps-2014",
            citation="BPS, Indeks Pembangunan Manusia, metode baru (since 2014), catatan "
            "teknis: UHH 20–85, HLS 0–18, RLS 0–15, pengeluaran Rp 1.007.436 – "
            "Rp 26.572.352 per kapita per tahun",
            years=(2014, None), confidence="P",
            uhh_min=Decimal(20), uhh_max=Decimal(85), hls_max=Decimal(18),
            rls_max=Decimal(15), pengeluaran_min=Decimal(1007436),
            pengeluaran_max=Decimal(26572352),
        ),
    )
}

#: BPS status of an IPM: sangat tinggi ≥ 80, tinggi 70–< 80, sedang 60–< 70, rendah < 60.
STATUS_IPM = rules.register("status-ipm", rules.LabelBands(
    name="bps-2014",
    citation="BPS, Indeks Pembangunan Manusia: sangat tinggi ≥ 80; tinggi 70 ≤ IPM < 80; "
    "sedang 60 ≤ IPM < 70; rendah < 60",
    years=(2014, None), confidence="P",
    bands=((Decimal(80), "sangat tinggi"), (Decimal(70), "tinggi"), (Decimal(60), "sedang")),
    below="rendah", maximum=HUNDRED,
))


def _indices(rule: IPMRule, uhh: Decimal, hls: Decimal, rls: Decimal, pengeluaran: Decimal,
             trace: Trace | None) -> Decimal:
    kesehatan = CONTEXT.divide(CONTEXT.subtract(uhh, rule.uhh_min),
                               CONTEXT.subtract(rule.uhh_max, rule.uhh_min))
    pendidikan = CONTEXT.divide(CONTEXT.add(CONTEXT.divide(hls, rule.hls_max),
                                            CONTEXT.divide(rls, rule.rls_max)), TWO)
    low = _PRECISE.ln(rule.pengeluaran_min)
    pengeluaran_index = CONTEXT.plus(_PRECISE.divide(
        _PRECISE.subtract(_PRECISE.ln(pengeluaran), low),
        _PRECISE.subtract(_PRECISE.ln(rule.pengeluaran_max), low)))
    product = _PRECISE.multiply(_PRECISE.multiply(kesehatan, pendidikan), pengeluaran_index)
    root = ZERO if product == 0 else _PRECISE.exp(_PRECISE.multiply(_PRECISE.ln(product), _THIRD))
    value = CONTEXT.multiply(CONTEXT.plus(root), HUNDRED)
    if trace is not None:
        trace.add("I kesehatan", "(UHH − min) ÷ (max − min)",
                  (("UHH", uhh), ("min", rule.uhh_min), ("max", rule.uhh_max)), kesehatan)
        trace.add("I pendidikan", "(HLS ÷ 18 + RLS ÷ 15) ÷ 2",
                  (("HLS", hls), ("RLS", rls), ("HLS max", rule.hls_max),
                   ("RLS max", rule.rls_max)), pendidikan)
        trace.add("I pengeluaran", "(ln P − ln min) ÷ (ln max − ln min)",
                  (("P (rupiah per kapita per tahun)", pengeluaran),
                   ("min", rule.pengeluaran_min), ("max", rule.pengeluaran_max)),
                  pengeluaran_index, note=_NOTE_LN)
        trace.add("IPM", "(I kesehatan × I pendidikan × I pengeluaran)^(1/3) × 100",
                  (("I kesehatan", kesehatan), ("I pendidikan", pendidikan),
                   ("I pengeluaran", pengeluaran_index)), value,
                  reference=rule.citation, note=_NOTE_CUBE)
    return value


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit in the last written digit of ``value`` (``72.55`` → 0.005)."""
    return Decimal((0, (5,), value.as_tuple().exponent - 1))  # type: ignore[operator]


@attrs.frozen(kw_only=True)
class IndeksPembangunanManusia(Figure):
    """An IPM with its components, dimension indices (in ``explain()``) and status.

    Notes
    -----
    See :func:`ipm`.  ``rounding_range()`` gives the least and greatest IPM
    the printed, rounded components allow.

    References
    ----------
    BPS, IPM metode baru (since 2014).

    Examples
    --------
    >>> import sakip
    >>> i = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran_ribu=17707)
    >>> [step.name for step in i.explain().steps]
    ['I kesehatan', 'I pendidikan', 'I pengeluaran', 'IPM']
    """

    _made_by = "sakip.ipm(...)"

    #: The goalposts.
    aturan: IPMRule = attrs.field(repr=lambda rule: repr(rule.name))
    #: Umur harapan hidup saat lahir (years).
    uhh: Decimal
    #: Harapan lama sekolah (years).
    hls: Decimal
    #: Rata-rata lama sekolah (years).
    rls: Decimal
    #: Pengeluaran per kapita disesuaikan, rupiah per year.
    pengeluaran: Decimal
    #: Half a unit of the printed pengeluaran, rupiah (500 when given in thousands).
    pengeluaran_half_unit: Decimal

    @property
    def status(self) -> str:
        """BPS status: ``"sangat tinggi"``, ``"tinggi"``, ``"sedang"`` or ``"rendah"``."""
        return STATUS_IPM.label(self.value)

    def rounding_range(self) -> tuple[Decimal, Decimal]:
        """The least and greatest IPM over the rounding intervals of the printed components.

        Each component is taken as printed ± half a unit of its last written
        digit (``72.55`` → 72,545 … 72,555; pengeluaran given in thousands ±
        500 rupiah), kept within the goalposts.  IPM increases with each
        component, so the least is at every lower end and the greatest at every
        upper end.  A printed IPM is *consistent up to rounding* when it lies
        within this range rounded outward to its own places.

        >>> import sakip
        >>> low, high = sakip.ipm(uhh="72.55", hls="12.86", rls="11.02",
        ...                       pengeluaran_ribu=17707).rounding_range()
        >>> low.quantize(Decimal("0.0001")), high.quantize(Decimal("0.0001"))
        (Decimal('80.0441'), Decimal('80.0722'))
        """
        rule = self.aturan
        ends = []
        for sign in (-1, 1):
            def moved(value: Decimal, half: Decimal, low: Decimal, high: Decimal) -> Decimal:
                shifted = CONTEXT.add(value, CONTEXT.multiply(half, sign))  # noqa: B023
                return max(low, min(high, shifted))
            ends.append(_indices(
                rule,
                moved(self.uhh, _half_unit(self.uhh), rule.uhh_min, rule.uhh_max),
                moved(self.hls, _half_unit(self.hls), ZERO, rule.hls_max),
                moved(self.rls, _half_unit(self.rls), ZERO, rule.rls_max),
                moved(self.pengeluaran, self.pengeluaran_half_unit, rule.pengeluaran_min,
                      rule.pengeluaran_max), None))
        return ends[0], ends[1]

    def _derive(self, trace: Trace) -> Decimal:
        return _indices(self.aturan, self.uhh, self.hls, self.rls, self.pengeluaran, trace)

    def _title(self) -> str:
        return f"Indeks Pembangunan Manusia (IPM, {self.aturan.name})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[Text, ...]:
        low, high = (text(CONTEXT.quantize(end, _TEN_THOUSANDTH))
                     for end in self.rounding_range())
        return (f"status {self.status!r} ({STATUS_IPM.citation})",
                filled(_NOTE_RANGE, low=low, high=high))

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "aturan": self.aturan.name, "status": self.status}


def _component(value: object, field: str, low: Decimal, high: Decimal,
               scale: Decimal = Decimal(1)) -> Decimal:
    """``value`` (× ``scale``) within the goalposts, else an error naming ``field``."""
    number = CONTEXT.multiply(to_decimal(value, field=field), scale)
    if not low <= number <= high:
        raise InvalidValueError(field=field, expected=f"{CONTEXT.divide(low, scale)} <= "
                                f"{field} <= {CONTEXT.divide(high, scale)} (the goalposts)",
                                received=value)
    return number


def ipm(
    *positional: Never, uhh: Number, hls: Number, rls: Number, pengeluaran: Number | None = None,
    pengeluaran_ribu: Number | None = None, aturan: str = "bps-2014",
) -> IndeksPembangunanManusia:
    """Indeks Pembangunan Manusia (IPM) from its four components, BPS method since 2014.

    Parameters
    ----------
    uhh:
        Umur harapan hidup saat lahir, years (20–85).
    hls, rls:
        Harapan lama sekolah (0–18) and rata-rata lama sekolah (0–15), years.
    pengeluaran:
        Pengeluaran per kapita disesuaikan in **rupiah per year** (1.007.436 –
        26.572.352).  BPS tables print it in thousands of rupiah: pass that
        printed figure as ``pengeluaran_ribu`` instead (exactly one of the
        two), which also keeps its printed precision for ``rounding_range()``.
    aturan:
        The goalposts rule set (``"bps-2014"``).

    Notes
    -----
    ``IPM = (I_kes × I_pend × I_peng)^(1/3) × 100`` with the indices above.
    ln and the cube root run in a private 80-digit context (error far below
    the 50th digit); the caller's decimal context changes nothing.  BPS
    computes from unrounded components, so a figure recomputed from printed
    components agrees up to :meth:`~IndeksPembangunanManusia.rounding_range`.
    Components outside the goalposts are refused.

    References
    ----------
    BPS, IPM metode baru (technical note of a BPS release; confidence P).

    Examples
    --------
    DKI Jakarta 2017 (reference §13): 80,06, sangat tinggi:

    >>> i = ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=17707000)
    >>> i.rounded(2), i.status
    (Decimal('80.06'), 'sangat tinggi')
    """
    if positional or uhh is REQUIRED or hls is REQUIRED or rls is REQUIRED:
        raise call_error(ipm, positional, locals())
    rule = rules.find_typed("ipm", aturan, IPMRule)
    if (pengeluaran is None) == (pengeluaran_ribu is None):
        raise InvalidValueError(field="pengeluaran", expected="exactly one of pengeluaran "
                                "(rupiah) and pengeluaran_ribu (thousands)",
                                received=(pengeluaran, pengeluaran_ribu))
    if pengeluaran_ribu is not None:
        ribu = to_decimal(pengeluaran_ribu, field="pengeluaran_ribu")
        rupiah = _component(pengeluaran_ribu, "pengeluaran_ribu", rule.pengeluaran_min,
                            rule.pengeluaran_max, _RIBU)
        half = CONTEXT.multiply(_half_unit(ribu), _RIBU)
    else:
        rupiah = _component(pengeluaran, "pengeluaran", rule.pengeluaran_min,
                            rule.pengeluaran_max)
        half = _half_unit(rupiah)
    u = _component(uhh, "uhh", rule.uhh_min, rule.uhh_max)
    h = _component(hls, "hls", ZERO, rule.hls_max)
    r = _component(rls, "rls", ZERO, rule.rls_max)
    return IndeksPembangunanManusia(value=_indices(rule, u, h, r, rupiah, None), aturan=rule,
                                    uhh=u, hls=h, rls=r, pengeluaran=rupiah,
                                    pengeluaran_half_unit=half)


ipm = keyword_only()(ipm)
