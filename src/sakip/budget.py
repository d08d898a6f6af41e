"""Budget outputs (Rincian Output), penyerapan, efisiensi and nilai efisiensi.

Notation: P = pagu (budget ceiling), RA = realisasi anggaran (spent),
CO = capaian output (output achievement, as a ratio), RV/TV = realised and
target volume of an output.

* **Penyerapan**: ``Σ RA / Σ P × 100``; *sisa* = P − RA.
* **Efisiensi** (E), by named formula (``rumus``):

  - ``"pmk-214-2017"``: ``Σ (P×CO − RA) / Σ (P×CO) × 100``, the formula as
    PMK 214/PMK.02/2017 writes it (the default: it is the regulation's text);
  - ``"per-pagu"``: ``Σ (P×CO − RA) / Σ P × 100``, which reproduces the
    per-output figures published by units (per output it is ``CO − RA/P``);
  - ``"pmk-249-2011"``: ``(1/n) Σ [1 − (RA/RV) / (P/TV)] × 100``, the older
    unit-cost form (needs volumes).

* **Nilai efisiensi** (NE): ``50 + (E / 20) × 50``, clipped to [0, 100] by
  default (``clip=False`` keeps the raw value).

>>> import sakip
>>> ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000,
...                          realisasi=20842508719, capaian="119.87")
>>> e = sakip.efisiensi([ro], rumus="per-pagu")
>>> e.rounded(2), e.nilai.rounded(2), e.kategori
(Decimal('19.88'), Decimal('99.70'), 'Sangat Efisien')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import (
    CONTEXT,
    HUNDRED,
    MAX_SIGNIFICANT,
    ONE,
    ZERO,
    Number,
    exact_sum,
    text,
    to_decimal,
)
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Tabular, Text, Trace, check_rounding, filled, sources_of
from sakip.numbers import Rounding

__all__ = [
    "EFISIENSI_RULES",
    "JENIS_BELANJA",
    "KATEGORI_EFISIENSI",
    "NE_PMK_214_2017",
    "CapaianOutput",
    "Efisiensi",
    "EfisiensiRule",
    "Konsistensi",
    "NilaiEfisiensi",
    "NilaiEfisiensiRule",
    "Penyerapan",
    "RincianOutput",
    "capaian_output",
    "efisiensi",
    "group",
    "kategori_efisiensi",
    "konsistensi",
    "nilai_efisiensi",
    "penyerapan",
]

# The explanation's own words, in both languages (sakip._bahasa).
_CLIPPED = Teks(id="{formula}, dibatasi ke [{lo}, {hi}]", en="{formula}, clipped to [{lo}, {hi}]")
_NOT_CLIPPED = Teks(id="{formula} (tidak dibatasi)", en="{formula} (not clipped)")
_UNCLIPPED = Teks(id="nilai sebelum dibatasi {value}", en="unclipped value {value}")
_REF_PENYERAPAN = Teks(
    id="PMK 214/PMK.02/2017 dan PMK 22/PMK.02/2021 (indikator penyerapan anggaran)",
    en="PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (indikator penyerapan anggaran)")
_TITLE_EFISIENSI = Teks(id="Efisiensi (rumus {rumus}) atas {codes}",
                        en="Efisiensi (rumus {rumus}) over {codes}")
_TITLE_EFISIENSI_MORE = Teks(id="Efisiensi (rumus {rumus}) atas {codes} dan {more} lainnya",
                             en="Efisiensi (rumus {rumus}) over {codes} and {more} more")
_NOTE_CAP = Teks(id="capaian output dibatasi {cap} % di dalam E",
                 en="capaian output capped at {cap} % inside E")
_MEAN = Teks(id="capaian output ({metode})", en="capaian output ({metode})")
_METODE = {"geometric": Teks(id="rerata geometrik", en="geometric mean"),
           "arithmetic": Teks(id="rerata aritmetik", en="arithmetic mean")}
_EACH_CAPPED = Teks(id="{formula}, setiap rᵢ dibatasi {cap}",
                    en="{formula}, each rᵢ capped at {cap}")
_REF_CAPAIAN_OUTPUT = Teks(
    id="PMK 214/PMK.02/2017 (rerata geometrik atas output, satker); PMK 22/PMK.02/2021 "
    "(rerata geometrik bertingkat, eselon I); KMK 466/2023 (RO statis/dinamis)",
    en="PMK 214/PMK.02/2017 (geometric mean over outputs, satker); PMK 22/PMK.02/2021 "
    "(nested geometric means, eselon I); KMK 466/2023 (statis/dinamis RO)")
_MONTH_RATIO = Teks(id="rasio bulan {i}", en="month {i} ratio")
_NOTE_KONSISTENSI = Teks(
    id="rumus tidak ditemukan dalam PMK 214/2017 atau 22/2021: kandidat yang didokumentasikan "
    "[OPEN]",
    en="formula not retrieved from PMK 214/2017 or 22/2021: a documented candidate [OPEN]")
_REF_KONSISTENSI = Teks(
    id="PMK 214/PMK.02/2017 dan PMK 22/PMK.02/2021 menyebut indikatornya; rumus persisnya "
    "tidak ditemukan (rumus kandidat)",
    en="PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 name the indicator; the exact formula "
    "was not retrieved (candidate formula)")

# Bound methods of the private context for the hot paths (one attribute lookup saved per
# operation); they compute exactly as CONTEXT.<method>.
_add, _subtract, _multiply, _divide = (CONTEXT.add, CONTEXT.subtract, CONTEXT.multiply,
                                       CONTEXT.divide)

#: Jenis belanja (economic classification, two-digit akun) and their names.
JENIS_BELANJA: Mapping[str, str] = {
    "51": "Belanja Pegawai",
    "52": "Belanja Barang",
    "53": "Belanja Modal",
    "57": "Belanja Bantuan Sosial",
}

# The RO part is three digits or, from the 2026 DIPA, three capitals and digits
# (RO khusus such as ``5634.FAN.ZZ1``).  ASCII digits only: ``\d`` would take other scripts'.
_KODE = re.compile(r"(?P<kegiatan>[0-9]{4})\.(?P<kro>[A-Z]{3})\.(?P<ro>[0-9A-Z]{3})")

TipeRO: TypeAlias = Literal["statis", "dinamis"]


def _amount(value: object, field: str) -> Decimal:
    """``to_decimal(value, field=field, nonnegative=True)``, with a fast path for plain text.

    Text of at most :data:`~sakip._decimal.MAX_SIGNIFICANT` ASCII digits with at
    most one point (``"20844639000"``, ``"119.87"``) is a finite, non-negative
    number within sakip's bounds, which ``Decimal()``
    reads exactly whatever the caller's context; anything else goes through
    :func:`to_decimal`, which accepts or refuses it with sakip's error.
    """
    if type(value) is str:
        digits = value.replace(".", "", 1)
        if digits.isascii() and digits.isdigit() and len(digits) <= MAX_SIGNIFICANT:
            return Decimal(value)
    return to_decimal(value, field=field, nonnegative=True)


# Codes already checked.  A national data set repeats a few thousand codes over and over,
# and a set lookup is several times cheaper than the regular expression; the memo is
# emptied when it reaches its bound, so it cannot grow without limit.
_KODE_CHECKED: set[str] = set()
_KODE_CHECKED_MAX = 65_536


def _check_kode(value: object) -> None:
    if not isinstance(value, str) or not _KODE.fullmatch(value):
        raise InvalidValueError(
            field="kode",
            expected="a Rincian Output code 'kegiatan.KRO.RO' such as '5634.QDC.011' "
            "or '5634.FAN.ZZ1'",
            received=value,
        )
    if type(value) is str:
        if len(_KODE_CHECKED) >= _KODE_CHECKED_MAX:
            _KODE_CHECKED.clear()
        _KODE_CHECKED.add(value)


def _check_jenis(value: object) -> None:
    if value is not None and value not in JENIS_BELANJA:
        raise InvalidValueError(
            field="jenis_belanja", expected="one of " + ", ".join(JENIS_BELANJA), received=value
        )


def _check_tipe(value: object) -> None:
    if value is not None and value not in ("statis", "dinamis"):
        raise InvalidValueError(field="tipe", expected="'statis' or 'dinamis'", received=value)


@attrs.frozen(kw_only=True, slots=False, init=False)
class RincianOutput(Tabular):
    """A budget output (Rincian Output, RO): code, pagu, realisasi and achievement.

    Parameters
    ----------
    kode:
        ``kegiatan.KRO.RO``, e.g. ``"5634.QDC.011"`` (kegiatan ``5634``, KRO
        ``QDC``, RO ``011``); malformed codes are refused.
    pagu, realisasi:
        Budget ceiling and amount spent (rupiah, ≥ 0).  Realisasi above pagu,
        or realisasi without pagu, is refused.
    capaian:
        Output achievement in percent (``"119.87"``), or give ``realisasi_volume``
        and ``target_volume`` instead (not both).
    nama, jenis_belanja, tipe:
        Name; jenis belanja (``"51"``, ``"52"``, ``"53"``, ``"57"``) where known;
        ``"statis"`` (realisasi capped at target) or ``"dinamis"`` (KMK 466/2023).

    Examples
    --------
    >>> ro = RincianOutput(kode="5634.SCI.010", pagu=20844639000,
    ...                    realisasi=20842508719, capaian="119.87")
    >>> ro.kegiatan, ro.kro, ro.ro, ro.sisa
    ('5634', 'SCI', '010', Decimal('2130281'))
    >>> RincianOutput(kode="5634.SCI.010", pagu=100, realisasi=101)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: realisasi: expected ...; received 101
    """

    #: The code ``kegiatan.KRO.RO`` (``"5634.QDC.011"``).
    kode: str
    #: Budget ceiling (pagu), rupiah.
    pagu: Decimal
    #: Amount spent (realisasi anggaran), rupiah, at most ``pagu``.
    realisasi: Decimal
    #: Output achievement in percent, or ``None`` when volumes are given.
    capaian: Decimal | None = None
    #: Realised volume of the output (RV), or ``None``.
    realisasi_volume: Decimal | None = None
    #: Target volume of the output (TV), or ``None``.
    target_volume: Decimal | None = None
    #: Name of the output.
    nama: str = ""
    #: Jenis belanja (``"51"``, ``"52"``, ``"53"``, ``"57"``), or ``None``.
    jenis_belanja: str | None = None
    #: ``"statis"`` or ``"dinamis"`` (KMK 466/2023), or ``None``.
    tipe: TipeRO | None = None

    def __init__(
        self,
        *,
        kode: str,
        pagu: Number,
        realisasi: Number,
        capaian: Number | None = None,
        realisasi_volume: Number | None = None,
        target_volume: Number | None = None,
        nama: str = "",
        jenis_belanja: str | None = None,
        tipe: TipeRO | None = None,
    ) -> None:
        # Written out rather than generated from converters and validators: one call
        # instead of a dozen, since national runs build hundreds of thousands of outputs.
        if type(kode) is not str or kode not in _KODE_CHECKED:
            _check_kode(kode)
        p = _amount(pagu, "pagu")
        r = _amount(realisasi, "realisasi")
        c = None if capaian is None else _amount(capaian, "capaian")
        if r > p:
            raise InvalidValueError(field="realisasi", expected=f"realisasi <= pagu ({p})",
                                    received=realisasi)
        rv = tv = None
        if realisasi_volume is not None or target_volume is not None:
            if realisasi_volume is None or target_volume is None:
                raise InvalidValueError(
                    field="target_volume", expected="both realisasi_volume and target_volume",
                    received=(realisasi_volume, target_volume),
                )
            rv = _amount(realisasi_volume, "realisasi_volume")
            tv = _amount(target_volume, "target_volume")
            if c is not None:
                raise InvalidValueError(field="capaian",
                                        expected="either capaian or volumes, not both",
                                        received=capaian)
            if tv == 0:
                raise InvalidValueError(field="target_volume", expected="a target volume > 0",
                                        received=target_volume)
        if type(nama) is not str:
            raise InvalidTypeError(field="nama", expected="a str", received=nama)
        if jenis_belanja is not None:
            _check_jenis(jenis_belanja)
        if tipe is not None:
            _check_tipe(tipe)
        # A frozen class: the fields are written once, here, into the instance dict (as
        # the __init__ attrs generates for such classes does).
        fields = self.__dict__
        fields["kode"] = kode
        fields["pagu"] = p
        fields["realisasi"] = r
        fields["capaian"] = c
        fields["realisasi_volume"] = rv
        fields["target_volume"] = tv
        fields["nama"] = nama
        fields["jenis_belanja"] = jenis_belanja
        fields["tipe"] = tipe

    @property
    def kegiatan(self) -> str:
        """The kegiatan (activity) code, the first part of ``kode``."""
        return self.kode.split(".")[0]

    @property
    def kro(self) -> str:
        """The Klasifikasi Rincian Output code, the middle part of ``kode``."""
        return self.kode.split(".")[1]

    @property
    def ro(self) -> str:
        """The Rincian Output number, the last part of ``kode``."""
        return self.kode.split(".")[2]

    @property
    def sisa(self) -> Decimal:
        """Unspent budget, ``pagu − realisasi``."""
        return CONTEXT.subtract(self.pagu, self.realisasi)

    def capaian_ratio(self) -> Decimal:
        """Output achievement as a ratio: ``capaian / 100`` or ``RV / TV``."""
        if self.capaian is not None:
            return _divide(self.capaian, HUNDRED)
        if self.realisasi_volume is not None and self.target_volume is not None:
            return CONTEXT.divide(self.realisasi_volume, self.target_volume)
        raise NotComputableError(
            field="capaian", reason=f"output {self.kode} has no capaian and no volumes"
        )

    def penyerapan(self) -> Penyerapan:
        """Penyerapan of this output (see :func:`penyerapan`)."""
        return penyerapan(pagu=self.pagu, realisasi=self.realisasi, label=self.kode)

    def _row(self) -> dict[str, Any]:
        return {
            "kode": self.kode, "kegiatan": self.kegiatan, "kro": self.kro, "ro": self.ro,
            "nama": self.nama, "jenis_belanja": self.jenis_belanja, "tipe": self.tipe,
            "pagu": self.pagu, "realisasi": self.realisasi, "sisa": self.sisa,
            "penyerapan": None if self.pagu == 0 else _penyerapan(
                self.pagu, self.realisasi, None, ""),
            "capaian": self.capaian, "realisasi_volume": self.realisasi_volume,
            "target_volume": self.target_volume,
        }

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """This output as one row: codes, pagu, realisasi, sisa, penyerapan (exact), capaian.

        ``penyerapan`` is ``RA / P × 100`` (``None`` when pagu is zero).

        >>> ro = RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150)
        >>> row = ro.to_row()
        >>> row["kro"], row["sisa"], row["penyerapan"]
        ('QDC', Decimal('50'), Decimal('75'))
        """
        check_rounding(rounding)
        return self._row()


# ---------------------------------------------------------------- penyerapan


def _penyerapan(pagu: Decimal, realisasi: Decimal, trace: Trace | None, label: str,
                sisa: Decimal | None = None) -> Decimal:
    if sisa is not None:
        # Reports that print only pagu, daya serap and sisa: realisasi = P − sisa.
        realisasi = CONTEXT.subtract(pagu, sisa)
        if trace is not None:
            trace.add("realisasi" + (f" {label}" if label else ""), "P − sisa",
                      (("P (pagu)", pagu), ("sisa", sisa)), realisasi)
    if pagu == 0:
        raise NotComputableError(field="pagu", reason="pagu is zero: RA / P is undefined")
    value = CONTEXT.divide(CONTEXT.multiply(realisasi, HUNDRED), pagu)
    if trace is not None:
        trace.add(
            "penyerapan" + (f" {label}" if label else ""),
            "RA / P × 100",
            (("P (pagu)", pagu), ("RA (realisasi)", realisasi)),
            value,
            note=f"sisa = P − RA = {text(CONTEXT.subtract(pagu, realisasi))}",
        )
    return value


@attrs.frozen(kw_only=True)
class Penyerapan(Figure):
    """Budget absorption in percent, with its ``pagu``, ``realisasi`` and ``sisa``.

    Notes
    -----
    ``penyerapan = RA / P × 100`` and ``sisa = P − RA``, built by
    :func:`penyerapan` (from realisasi, or from sisa: ``RA = P − sisa``) or
    :meth:`from_outputs` (``Σ RA / Σ P``).  A zero pagu is not computable;
    realisasi above pagu is refused.

    References
    ----------
    PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 (indikator penyerapan anggaran).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan): Rp 36.586.922.278 spent of a
    pagu of Rp 36.716.642.000 is 99,65 %, with a sisa of Rp 129.719.722:

    >>> import sakip
    >>> p = sakip.penyerapan(pagu=36716642000, realisasi=36586922278)
    >>> p.rounded(2), p.sisa, p.given
    (Decimal('99.65'), Decimal('129719722'), 'realisasi')
    """

    _made_by = "sakip.penyerapan(...) or Penyerapan.from_outputs(...)"

    #: Budget ceiling (pagu), rupiah.
    pagu: Decimal
    #: Amount spent (realisasi anggaran), rupiah.
    realisasi: Decimal
    #: What the figure is of (a jenis belanja, a kegiatan, an output code).
    label: str = ""
    #: Which figure the report gave, ``"realisasi"`` or ``"sisa"`` (realisasi = P − sisa).
    given: Literal["realisasi", "sisa"] = "realisasi"

    @property
    def sisa(self) -> Decimal:
        """Unspent budget, ``pagu − realisasi``."""
        return CONTEXT.subtract(self.pagu, self.realisasi)

    def _derive(self, trace: Trace) -> Decimal:
        sisa = self.sisa if self.given == "sisa" else None
        return _penyerapan(self.pagu, self.realisasi, trace, self.label, sisa)

    def _title(self) -> str:
        return "Penyerapan anggaran" + (f" ({self.label})" if self.label else "")

    def _reference(self) -> Text:
        return _REF_PENYERAPAN

    @classmethod
    def from_outputs(
        cls, outputs: Iterable[RincianOutput], *positional: Never, label: str = ""
    ) -> Penyerapan:
        """Penyerapan of a collection of outputs: ``Σ RA / Σ P × 100``.

        >>> ros = [RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150),
        ...        RincianOutput(kode="5635.EBA.962", pagu=100, realisasi=100)]
        >>> Penyerapan.from_outputs(ros).rounded(2)
        Decimal('83.33')
        """
        if positional:
            raise call_error(cls.from_outputs, positional, locals())
        pagu = realisasi = ZERO
        for ro in _outputs(outputs):
            pagu = CONTEXT.add(pagu, ro.pagu)
            realisasi = CONTEXT.add(realisasi, ro.realisasi)
        return penyerapan(pagu=pagu, realisasi=realisasi, label=label)

    from_outputs = keyword_only()(from_outputs)

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "sisa": self.sisa}


def penyerapan(*positional: Never, pagu: Number, realisasi: Number | None = None,
               sisa: Number | None = None, label: str = "") -> Penyerapan:
    """Penyerapan anggaran (budget absorption): ``RA / P × 100``.

    Parameters
    ----------
    pagu, realisasi:
        Budget ceiling and amount spent, rupiah, ≥ 0; realisasi above pagu is refused.
    sisa:
        Instead of ``realisasi`` (give exactly one): the unspent budget, ≤ pagu,
        for reports that print only pagu, daya serap and sisa; then
        ``realisasi = P − sisa``.
    label:
        What the figure is of (a jenis belanja, a kegiatan), for explanations.

    Raises
    ------
    NotComputableError
        Zero pagu.

    Examples
    --------
    >>> penyerapan(pagu=36716642000, realisasi=36586922278).rounded(2)
    Decimal('99.65')
    >>> penyerapan(pagu=3382359000, realisasi=3317233590).sisa
    Decimal('65125410')
    >>> p = penyerapan(pagu=1_000_000_000, sisa=12_500_000)
    >>> p.value, p.realisasi
    (Decimal('98.75'), Decimal('987500000'))
    """
    if positional or pagu is REQUIRED:
        raise call_error(penyerapan, positional, locals())
    p = to_decimal(pagu, field="pagu", nonnegative=True)
    if (realisasi is None) == (sisa is None):
        raise InvalidValueError(field="realisasi", expected="exactly one of realisasi and sisa",
                                received=(realisasi, sisa))
    if sisa is not None:
        s = to_decimal(sisa, field="sisa", nonnegative=True)
        if s > p:
            raise InvalidValueError(field="sisa", expected=f"sisa <= pagu ({p})", received=sisa)
        ra = CONTEXT.subtract(p, s)
        return Penyerapan(value=_penyerapan(p, ra, None, label, s), pagu=p, realisasi=ra,
                          label=label, given="sisa",
                          sources=sources_of(("pagu", "sisa"), (pagu, sisa)))
    ra = to_decimal(realisasi, field="realisasi", nonnegative=True)
    if ra > p:
        raise InvalidValueError(field="realisasi", expected=f"realisasi <= pagu ({p})",
                                received=realisasi)
    return Penyerapan(value=_penyerapan(p, ra, None, label), pagu=p, realisasi=ra, label=label,
                      sources=sources_of(("pagu", "realisasi"), (pagu, realisasi)))


penyerapan = keyword_only('for RincianOutput values, Penyerapan.from_outputs(outputs)')(penyerapan)


def group(
    outputs: Iterable[RincianOutput], by: Literal["kegiatan", "kro", "jenis_belanja"] = "kegiatan"
) -> dict[str, tuple[RincianOutput, ...]]:
    """Group outputs by kegiatan, KRO (``kegiatan.KRO``) or jenis belanja, in first-seen order.

    Outputs without a jenis belanja are refused when grouping by it.

    >>> ros = [RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150),
    ...        RincianOutput(kode="5635.EBA.962", pagu=100, realisasi=100)]
    >>> {k: Penyerapan.from_outputs(v).value for k, v in group(ros).items()}
    {'5634': Decimal('75'), '5635': Decimal('100')}
    """
    groups: dict[str, list[RincianOutput]] = {}
    for ro in _outputs(outputs):
        if by == "kegiatan":
            key = ro.kegiatan
        elif by == "kro":
            key = f"{ro.kegiatan}.{ro.kro}"
        elif by == "jenis_belanja":
            if ro.jenis_belanja is None:
                raise InvalidValueError(field="jenis_belanja",  # received: None (the default)
                                        expected=f"a jenis belanja for output {ro.kode}")
            key = ro.jenis_belanja
        else:
            raise InvalidValueError(field="by", expected="'kegiatan', 'kro' or 'jenis_belanja'",
                                    received=by)
        groups.setdefault(key, []).append(ro)
    return {key: tuple(items) for key, items in groups.items()}


def _outputs(outputs: Iterable[RincianOutput]) -> tuple[RincianOutput, ...]:
    if not isinstance(outputs, Iterable) or isinstance(outputs, (str, bytes)):
        raise InvalidTypeError(field="outputs", expected="an iterable of RincianOutput",
                               received=outputs)
    items = tuple(outputs)
    for item in items:
        if type(item) is not RincianOutput and not isinstance(item, RincianOutput):
            raise InvalidTypeError(field="outputs", expected="RincianOutput values",
                                   received=item)
    return items


# ----------------------------------------------------------------- efisiensi

Rumus: TypeAlias = Literal["pmk-214-2017", "per-pagu", "pmk-249-2011"]


#: An efficiency formula, named and cited: the one named-formula class
#: :class:`~sakip.rules.FormulaRule` (this name is kept for code that imports it).
EfisiensiRule = rules.FormulaRule


#: The efficiency formulas, by name.
EFISIENSI_RULES: Mapping[str, rules.FormulaRule] = {
    rule.name: rules.register("efisiensi", rule)
    for rule in (
        rules.FormulaRule(
            name="pmk-214-2017",
            citation="PMK 214/PMK.02/2017 Lampiran (efisiensi), retained by PMK 22/PMK.02/2021",
            years=(2018, None),
            confidence="C1",
            rumus="Σ (P × CO − RA) / Σ (P × CO) × 100",
        ),
        rules.FormulaRule(
            name="per-pagu",
            citation="Convention reproducing published per-output figures (LKj 2023 BGP Kalsel, "
            "tabel efisiensi): E = Σ (P × CO − RA) / Σ P",
            years=(2018, None),
            confidence="CONV",
            rumus="Σ (P × CO − RA) / Σ P × 100",
        ),
        rules.FormulaRule(
            name="pmk-249-2011",
            citation="PMK 249/PMK.02/2011 Lampiran (efisiensi, unit-cost form)",
            years=(2012, 2017),
            confidence="C2",
            rumus="(1/n) Σ [1 − (RA / RV) / (P / TV)] × 100",
        ),
    )
}


@attrs.frozen(kw_only=True)
class NilaiEfisiensiRule(rules.RuleSet):
    """The transformation of E into a 0–100 nilai: ``base + (E / span) × base``, clipped."""

    #: The nilai at E = 0 (50).
    base: Decimal
    #: The E, in points, that moves the nilai by ``base`` (20).
    span: Decimal
    #: Lower clip of the nilai (0).
    minimum: Decimal
    #: Upper clip of the nilai (100).
    maximum: Decimal


#: NE = 50 + (E / 20) × 50: E = −20 → 0, E = 0 → 50, E = 20 → 100.
NE_PMK_214_2017 = rules.register(
    "nilai-efisiensi",
    NilaiEfisiensiRule(
        name="pmk-214-2017",
        citation="PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 Lampiran (transformasi nilai "
        "efisiensi)",
        years=(2018, None),
        confidence="C2",
        base=Decimal(50),
        span=Decimal(20),
        minimum=Decimal(0),
        maximum=Decimal(100),
    ),
)

#: Categories of nilai efisiensi.  No regulation text with the bands was
#: found: this table is a convention that agrees with every label in the
#: seed LKj (NE 90,73–100 "Sangat Efisien", NE 50,41–53,92 "Kurang Efisien").
KATEGORI_EFISIENSI = rules.register(
    "kategori-efisiensi",
    rules.LabelBands(
        name="konvensi-2023",
        citation="Convention agreeing with LKj 2023 BGP Kalsel (tabel efisiensi); no regulation "
        "sets the bands",
        years=(2018, None),
        confidence="CONV",
        bands=(
            (Decimal(90), "Sangat Efisien"),
            (Decimal(70), "Efisien"),
            (Decimal(60), "Cukup Efisien"),
            (Decimal(50), "Kurang Efisien"),
        ),
        below="Tidak Efisien",
    ),
)


def _ne(e: Decimal, clip: bool, trace: Trace | None) -> Decimal:
    rule = NE_PMK_214_2017
    base = rule.base
    raw = _add(base, _multiply(_divide(e, rule.span), base))
    value = raw
    if clip:
        if raw < rule.minimum:
            value = rule.minimum
        elif raw > rule.maximum:
            value = rule.maximum
    if trace is not None:
        trace.add(
            "nilai efisiensi",
            filled(_CLIPPED if clip else _NOT_CLIPPED,
                   formula=f"{rule.base} + (E / {rule.span}) × {rule.base}",
                   lo=rule.minimum, hi=rule.maximum),
            (("E (efisiensi)", e),),
            value,
            reference=rule.citation,
            note="" if raw == value else filled(_UNCLIPPED, value=text(raw)),
        )
    return value


@attrs.frozen(kw_only=True, slots=False)
class NilaiEfisiensi(Figure):
    """Nilai efisiensi (NE), 0–100 when clipped, with its ``kategori``.

    Notes
    -----
    ``NE = 50 + (E / 20) × 50`` (E = −20 → 0, E = 0 → 50, E = 20 → 100),
    clipped to [0, 100] unless built with ``clip=False``.  ``kategori`` reads
    the NE against ``kategori_bands`` (by default :data:`KATEGORI_EFISIENSI`,
    a convention: no regulation text with the bands was found).

    References
    ----------
    PMK 214/PMK.02/2017; PMK 22/PMK.02/2021.

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), output 5634.SCI.010: E 19,88 %
    → NE 99,70, "Sangat Efisien"; E = −25 lies below −20, so NE is clipped to 0
    (unclipped 50 − 62,50 = −12,50):

    >>> import sakip
    >>> ne = sakip.nilai_efisiensi("19.88")
    >>> ne.rounded(2), ne.kategori, ne.clip
    (Decimal('99.70'), 'Sangat Efisien', True)
    >>> sakip.nilai_efisiensi(-25).value, sakip.nilai_efisiensi(-25, clip=False).value
    (Decimal('0'), Decimal('-12.50'))
    """

    #: The efisiensi E (percent) the nilai is computed from.
    efisiensi: Decimal
    #: Whether the nilai is clipped to [0, 100].
    clip: bool = True
    #: The category table of :attr:`kategori`.
    kategori_bands: rules.LabelBands = KATEGORI_EFISIENSI

    @property
    def kategori(self) -> str:
        """The category of the NE under ``kategori_bands`` (a convention by default)."""
        return self.kategori_bands.label(self.value)

    def _derive(self, trace: Trace) -> Decimal:
        return _ne(self.efisiensi, self.clip, trace)

    def _title(self) -> str:
        return "Nilai efisiensi (NE)"

    def _reference(self) -> str:
        return NE_PMK_214_2017.citation

    def _notes(self) -> tuple[str, ...]:
        return (f"kategori {self.kategori!r} ({self.kategori_bands.name}: "
                f"{self.kategori_bands.citation})",)

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "kategori": self.kategori}


def _ne_options(clip: object, kategori: object) -> rules.LabelBands:
    """Check the NE options of :func:`nilai_efisiensi` and :func:`efisiensi`; the bands."""
    if clip is not True and clip is not False:
        raise InvalidTypeError(field="clip", expected="True or False", received=clip)
    if kategori is None:
        return KATEGORI_EFISIENSI
    return rules.check_label_bands(kategori, "kategori", "kategori-efisiensi")


def nilai_efisiensi(
    efisiensi: Number, *positional: Never, clip: bool = True,
    kategori: rules.LabelBands | str | None = None,
) -> NilaiEfisiensi:
    """Nilai efisiensi (NE): E in percent transformed to a 0–100 scale.

    Parameters
    ----------
    efisiensi:
        E in percent (``"19.88"``), unrounded where possible: NE from a
        rounded E can differ in the second decimal.
    clip:
        Clip to [0, 100] (default).  One agency published an unclipped 235 %;
        ``clip=False`` reproduces such figures.
    kategori:
        A category table (:class:`sakip.rules.LabelBands`) or the name of a
        registered ``kategori-efisiensi`` table (``"konvensi-2023"``, the name
        ``to_row()`` reports); the default is :data:`KATEGORI_EFISIENSI`, a
        documented convention.

    Notes
    -----
    ``NE = 50 + (E / 20) × 50``: E = −20 → 0, E = 0 → 50, E = 20 → 100.

    References
    ----------
    PMK 214/PMK.02/2017; PMK 22/PMK.02/2021.

    Examples
    --------
    >>> nilai_efisiensi("19.88").rounded(2)
    Decimal('99.70')
    >>> nilai_efisiensi(25).value, nilai_efisiensi(25, clip=False).value
    (Decimal('100'), Decimal('112.50'))
    >>> nilai_efisiensi("1.57").kategori
    'Kurang Efisien'
    """
    if positional:
        raise call_error(nilai_efisiensi, positional, locals())
    e = to_decimal(efisiensi, field="efisiensi")
    bands = _ne_options(clip, kategori)
    return NilaiEfisiensi(value=_ne(e, clip, None), efisiensi=e, clip=clip, kategori_bands=bands,
                          sources=sources_of(("efisiensi",), (efisiensi,)))


nilai_efisiensi = keyword_only()(nilai_efisiensi)


def kategori_efisiensi(
    nilai: Number, *positional: Never, kategori: rules.LabelBands | str | None = None
) -> str:
    """The category of a nilai efisiensi (default table: :data:`KATEGORI_EFISIENSI`).

    ``kategori`` is a :class:`sakip.rules.LabelBands` or the name of a registered
    ``kategori-efisiensi`` table.

    >>> kategori_efisiensi("90.73"), kategori_efisiensi("53.92"), kategori_efisiensi(49)
    ('Sangat Efisien', 'Kurang Efisien', 'Tidak Efisien')
    >>> kategori_efisiensi("90.73", kategori="konvensi-2023")
    'Sangat Efisien'
    """
    if positional:
        raise call_error(kategori_efisiensi, positional, locals())
    bands = KATEGORI_EFISIENSI if kategori is None else rules.check_label_bands(
        kategori, "kategori", "kategori-efisiensi")
    return bands.label(nilai)


kategori_efisiensi = keyword_only()(kategori_efisiensi)


def _efisiensi(
    outputs: tuple[RincianOutput, ...], rumus: str, cap: Decimal | None, trace: Trace | None
) -> Decimal:
    if not outputs:
        raise NotComputableError(field="outputs", reason="no outputs to compute efisiensi over")
    if rumus == "pmk-249-2011":
        return _efisiensi_249(outputs, trace)
    # The sums start from the first output (not from zero) so that sakip.batch, which
    # does the same, gives the same digits even for inputs of more than 50 digits.
    selisih = pagu = pagu_co = None  # Σ (P × CO − RA), Σ P, Σ (P × CO)
    for ro in outputs:
        co = ro.capaian_ratio()
        if cap is not None and co > cap:
            co = cap
        p_co = _multiply(ro.pagu, co)
        diff = _subtract(p_co, ro.realisasi)
        if selisih is None:
            selisih, pagu, pagu_co = diff, ro.pagu, p_co
        else:
            selisih = _add(selisih, diff)
            pagu = _add(pagu, ro.pagu)  # type: ignore[arg-type]
            pagu_co = _add(pagu_co, p_co)  # type: ignore[arg-type]
        if trace is not None:
            trace.add(
                f"P × CO − RA ({ro.kode})",
                "P × CO − RA",
                (("P (pagu)", ro.pagu), ("CO (capaian output)", co),
                 ("RA (realisasi)", ro.realisasi)),
                diff,
            )
    assert selisih is not None and pagu is not None and pagu_co is not None
    base = pagu_co if rumus == "pmk-214-2017" else pagu
    if base == 0:
        raise NotComputableError(
            field="outputs",
            reason="Σ (P × CO) is zero" if rumus == "pmk-214-2017" else "Σ P is zero",
        )
    value = _divide(_multiply(selisih, HUNDRED), base)
    if trace is not None:
        rule = EFISIENSI_RULES[rumus]
        trace.add(
            "efisiensi",
            rule.rumus,
            (("Σ (P × CO − RA)", selisih),
             ("Σ (P × CO)" if rumus == "pmk-214-2017" else "Σ P", base)),
            value,
            reference=rule.citation,
        )
    return value


def _efisiensi_249(outputs: tuple[RincianOutput, ...], trace: Trace | None) -> Decimal:
    total = ZERO
    for ro in outputs:
        if ro.realisasi_volume is None or ro.target_volume is None:
            raise NotComputableError(
                field="realisasi_volume",
                reason=f"rumus 'pmk-249-2011' needs volumes; output {ro.kode} has none",
            )
        if ro.realisasi_volume == 0 or ro.pagu == 0:
            raise NotComputableError(
                field="realisasi_volume",
                reason=f"output {ro.kode}: unit cost undefined (zero realised volume or pagu)",
            )
        unit_real = CONTEXT.divide(ro.realisasi, ro.realisasi_volume)
        unit_plan = CONTEXT.divide(ro.pagu, ro.target_volume)
        term = CONTEXT.subtract(ONE, CONTEXT.divide(unit_real, unit_plan))
        total = CONTEXT.add(total, term)
        if trace is not None:
            trace.add(
                f"1 − (RA/RV) / (P/TV) ({ro.kode})",
                "1 − (RA / RV) / (P / TV)",
                (("RA", ro.realisasi), ("RV", ro.realisasi_volume), ("P", ro.pagu),
                 ("TV", ro.target_volume)),
                term,
            )
    value = CONTEXT.divide(CONTEXT.multiply(total, HUNDRED), Decimal(len(outputs)))
    if trace is not None:
        rule = EFISIENSI_RULES["pmk-249-2011"]
        trace.add("efisiensi", rule.rumus, (("n", Decimal(len(outputs))),), value,
                  reference=rule.citation)
    return value


@attrs.frozen(kw_only=True, slots=False)
class Efisiensi(Figure):
    """Efisiensi (E) in percent over a collection of outputs, with ``nilai`` and ``kategori``.

    Notes
    -----
    By ``rumus``: ``"pmk-214-2017"`` ``Σ (P×CO − RA) / Σ (P×CO) × 100``;
    ``"per-pagu"`` ``Σ (P×CO − RA) / Σ P × 100`` (per output ``CO − RA/P``,
    the figures units publish); ``"pmk-249-2011"`` ``(1/n) Σ [1 − (RA/RV) /
    (P/TV)] × 100``.  CO is capped inside E only when ``cap_capaian`` is
    given; ``nilai`` is the NE of the unrounded E.  No outputs, or a zero
    denominator, is not computable.

    References
    ----------
    PMK 249/PMK.02/2011; PMK 214/PMK.02/2017; PMK 22/PMK.02/2021.

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), output 5634.SCI.010: pagu
    Rp 20.844.639.000, realisasi Rp 20.842.508.719 (99,99 %), capaian output
    119,87 % → E 19,88 % per pagu (1,1987 − 0,99990 = 0,19880), NE 99,70,
    "Sangat Efisien"; the formula as PMK 214/2017 writes it gives 16,58 %:

    >>> import sakip
    >>> ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000,
    ...                          realisasi=20842508719, capaian="119.87")
    >>> e = sakip.efisiensi([ro], rumus="per-pagu")
    >>> e.rounded(2), e.rumus, e.nilai.rounded(2), e.kategori
    (Decimal('19.88'), 'per-pagu', Decimal('99.70'), 'Sangat Efisien')
    >>> sakip.efisiensi([ro], rumus="pmk-214-2017").rounded(2)
    Decimal('16.58')
    """

    #: The outputs E is computed over.
    outputs: tuple[RincianOutput, ...]
    #: The named formula (``"pmk-214-2017"``, ``"per-pagu"``, ``"pmk-249-2011"``).
    rumus: Rumus
    #: The cap on CO inside the formula, as a ratio (1 for 100 %), or ``None``.
    cap_capaian: Decimal | None = None
    #: Whether :attr:`nilai` is clipped to [0, 100].
    clip: bool = True
    #: The category table of :attr:`kategori`.
    kategori_bands: rules.LabelBands = KATEGORI_EFISIENSI

    @property
    def nilai(self) -> NilaiEfisiensi:
        """The nilai efisiensi of this E (clipped unless ``clip=False`` was given)."""
        # The inputs were validated when this result was built.
        return NilaiEfisiensi(value=_ne(self.value, self.clip, None), efisiensi=self.value,
                              clip=self.clip, kategori_bands=self.kategori_bands,
                              sources=(("efisiensi", self),))

    @property
    def kategori(self) -> str:
        """The category of the nilai efisiensi."""
        return self.kategori_bands.label(_ne(self.value, self.clip, None))

    def _derive(self, trace: Trace) -> Decimal:
        return _efisiensi(self.outputs, self.rumus, self.cap_capaian, trace)

    def _title(self) -> Text:
        codes = ", ".join(ro.kode for ro in self.outputs[:4])
        if len(self.outputs) > 4:
            return filled(_TITLE_EFISIENSI_MORE, rumus=self.rumus, codes=codes,
                          more=len(self.outputs) - 4)
        return filled(_TITLE_EFISIENSI, rumus=self.rumus, codes=codes)

    def _reference(self) -> str:
        return EFISIENSI_RULES[self.rumus].citation

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "outputs": len(self.outputs),
                "nilai_efisiensi": _ne(self.value, self.clip, None), "kategori": self.kategori}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per output (see :meth:`RincianOutput.to_row`)."""
        return [ro.to_row(rounding) for ro in self.outputs]

    def _notes(self) -> tuple[Text, ...]:
        notes: list[Text] = []
        if self.cap_capaian is not None:
            cap = CONTEXT.multiply(self.cap_capaian, HUNDRED)
            notes.append(filled(_NOTE_CAP, cap=text(cap)))
        return tuple(notes)


def efisiensi(
    outputs: Iterable[RincianOutput],
    *positional: Never,
    rumus: Rumus = "pmk-214-2017",
    cap_capaian: Number | None = None,
    clip: bool = True,
    kategori: rules.LabelBands | str | None = None,
) -> Efisiensi:
    """Efisiensi anggaran (E) of a collection of outputs, in percent.

    Parameters
    ----------
    outputs:
        :class:`RincianOutput` values with capaian (or volumes for ``pmk-249-2011``).
    rumus:
        ``"pmk-214-2017"`` (default: the regulation's text), ``"per-pagu"``
        (reproduces published per-output tables), ``"pmk-249-2011"``.
    cap_capaian:
        Cap CO (in percent, e.g. ``100``) inside the formula; off by default
        because whether the regulation caps it is not settled.
    clip, kategori:
        Passed on to :attr:`Efisiensi.nilai` (see :func:`nilai_efisiensi`).

    Notes
    -----
    ``pmk-214-2017``: ``Σ (P×CO − RA) / Σ (P×CO) × 100``.
    ``per-pagu``: ``Σ (P×CO − RA) / Σ P × 100`` (per output: ``CO − RA/P``).
    ``pmk-249-2011``: ``(1/n) Σ [1 − (RA/RV)/(P/TV)] × 100``.
    See the explanation page "Why two efficiency formulas".

    References
    ----------
    PMK 249/PMK.02/2011; PMK 214/PMK.02/2017; PMK 22/PMK.02/2021.

    Examples
    --------
    >>> ro = RincianOutput(kode="5634.SCI.010", pagu=20844639000,
    ...                    realisasi=20842508719, capaian="119.87")
    >>> efisiensi([ro]).rounded(2)
    Decimal('16.58')
    >>> efisiensi([ro], rumus="per-pagu").rounded(2)
    Decimal('19.88')
    >>> efisiensi([ro], rumus="per-pagu", cap_capaian=100).rounded(2)
    Decimal('0.01')
    """
    if positional:
        raise call_error(efisiensi, positional, locals())
    items = _outputs(outputs)
    if not isinstance(rumus, str) or rumus not in EFISIENSI_RULES:
        raise InvalidValueError(field="rumus", expected="one of " + ", ".join(EFISIENSI_RULES),
                                received=rumus)
    cap = None
    if cap_capaian is not None:
        cap = CONTEXT.divide(to_decimal(cap_capaian, field="cap_capaian", nonnegative=True),
                             HUNDRED)
    bands = _ne_options(clip, kategori)
    return Efisiensi(value=_efisiensi(items, rumus, cap, None), outputs=items, rumus=rumus,
                     cap_capaian=cap, clip=clip, kategori_bands=bands)


efisiensi = keyword_only()(efisiensi)


# ------------------------------------------------------------ capaian output

Metode: TypeAlias = Literal["geometric", "arithmetic"]
Item: TypeAlias = (
    "tuple[Number, Number] | tuple[Number, Number, TipeRO] | RincianOutput | CapaianOutput"
)


def _ratio_of(item: object, index: int, cap_statis: bool) -> tuple[str, Decimal]:
    label = f"item {index}"
    if isinstance(item, CapaianOutput):
        return label, CONTEXT.divide(item.value, HUNDRED)
    if isinstance(item, RincianOutput):
        ratio = item.capaian_ratio()
        if cap_statis and item.tipe == "statis" and ratio > ONE:
            ratio = ONE
        return item.kode, ratio
    if isinstance(item, tuple) and len(item) in (2, 3):
        real = to_decimal(item[0], field=f"{label} realisasi", nonnegative=True)
        target = to_decimal(item[1], field=f"{label} target", nonnegative=True)
        if target == 0:
            raise NotComputableError(field=f"{label} target", reason="target volume is zero")
        ratio = CONTEXT.divide(real, target)
        if len(item) == 3:
            tipe = item[2]
            if tipe not in ("statis", "dinamis"):
                raise InvalidValueError(field=f"{label} tipe", expected="'statis' or 'dinamis'",
                                        received=tipe)
            if cap_statis and tipe == "statis" and ratio > ONE:
                ratio = ONE
        return label, ratio
    raise InvalidTypeError(
        field=label,
        expected="a (realisasi, target[, tipe]) tuple, a RincianOutput or a CapaianOutput",
        received=item,
    )


def _mean(ratios: Sequence[tuple[str, Decimal]], metode: str, cap: Decimal | None,
          trace: Trace | None) -> Decimal:
    values = [min(r, cap) if cap is not None else r for _, r in ratios]
    n = Decimal(len(values))
    if metode == "arithmetic":
        mean = CONTEXT.divide(exact_sum(values), n)
        formula = "(1/n) Σ rᵢ × 100"
    else:
        if any(v == 0 for v in values):
            mean = ZERO
        else:
            log_sum = ZERO
            for v in values:
                log_sum = CONTEXT.add(log_sum, CONTEXT.ln(v))
            mean = CONTEXT.exp(CONTEXT.divide(log_sum, n))
        formula = "(Π rᵢ)^(1/n) × 100"
    value = CONTEXT.multiply(mean, HUNDRED)
    if trace is not None:
        trace.add(
            filled(_MEAN, metode=_METODE[metode]),
            formula if cap is None else filled(_EACH_CAPPED, formula=formula, cap=cap),
            tuple((label, r) for label, r in ratios),
            value,
        )
    return value


@attrs.frozen(kw_only=True)
class CapaianOutput(Figure):
    """An aggregate output achievement in percent; usable as an item of a higher level.

    Notes
    -----
    Over the per-output ratios ``rᵢ = realised volume / target volume``:
    ``metode="geometric"`` ``(Π rᵢ)^(1/n) × 100`` (0 if any rᵢ is 0),
    ``"arithmetic"`` ``(1/n) Σ rᵢ × 100``.  *Statis* ROs are capped at their
    target (ratio 1) unless ``cap_statis=False``; ``cap`` caps every ratio.
    No items is not computable.

    References
    ----------
    PMK 214/PMK.02/2017 (geometric mean over outputs, satker); PMK 22/PMK.02/2021
    (nested geometric means, eselon I); KMK 466/2023 (statis and dinamis RO).

    Examples
    --------
    Two outputs at 81 % and 100 % of their target volumes: the geometric mean
    is √0,81 = 0,9 (90 %), the arithmetic mean (0,81 + 1) / 2 = 90,5 %:

    >>> import sakip
    >>> co = sakip.capaian_output([(81, 100), (100, 100)])
    >>> co.rounded(2), co.metode, co.ratios
    (Decimal('90.00'), 'geometric', (('item 1', Decimal('0.81')), ('item 2', Decimal('1'))))
    >>> sakip.capaian_output([(81, 100), (100, 100)], metode="arithmetic").value
    Decimal('90.500')
    """

    #: ``(item, realised / target ratio)`` pairs, after the statis cap.
    ratios: tuple[tuple[str, Decimal], ...]
    #: ``"geometric"`` or ``"arithmetic"`` mean.
    metode: Metode
    #: The cap on every ratio (1 for 100 %), or ``None``.
    cap: Decimal | None = None
    #: What the figure is of (a satker, a program).
    label: str = ""

    def _derive(self, trace: Trace) -> Decimal:
        return _mean(self.ratios, self.metode, self.cap, trace)

    def _title(self) -> str:
        return "Capaian output" + (f" ({self.label})" if self.label else "")

    def _reference(self) -> Text:
        return _REF_CAPAIAN_OUTPUT

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per item: item, ratio, its capaian ``value`` (ratio × 100), ``rounded``."""
        policy = check_rounding(rounding)
        table = []
        for item, ratio in self.ratios:
            value = CONTEXT.multiply(ratio, HUNDRED)
            table.append({"item": item, "ratio": ratio, "value": value,
                          "rounded": policy.apply(value)})
        return table


def capaian_output(
    items: Iterable[Item],
    *positional: Never,
    metode: Metode = "geometric",
    cap: Number | None = None,
    cap_statis: bool = True,
    label: str = "",
) -> CapaianOutput:
    """Aggregate output achievement: the mean of per-output ratios, in percent.

    Parameters
    ----------
    items:
        ``(realisasi volume, target volume)`` pairs, optionally with a third
        element ``"statis"``/``"dinamis"``; :class:`RincianOutput` values; or
        :class:`CapaianOutput` results (for the nested form of PMK 22/2021:
        per output program, per program, per eselon I).
    metode:
        ``"geometric"`` (default, as PMK 214/2017 and 22/2021 write it) or ``"arithmetic"``.
    cap:
        Optional cap on every ratio, in percent (e.g. ``100``).
    cap_statis:
        Cap *statis* ROs at their target (ratio 1), as KMK 466/2023 types them (default True).

    Notes
    -----
    geometric: ``(Π rᵢ)^(1/n) × 100`` (0 if any rᵢ is 0); arithmetic: ``(1/n) Σ rᵢ × 100``.
    The geometric mean never exceeds the arithmetic mean.

    Examples
    --------
    >>> capaian_output([(5, 5), (9, 10)], metode="geometric").rounded(2)
    Decimal('94.87')
    >>> capaian_output([(5, 5), (9, 10)], metode="arithmetic").value
    Decimal('95.00')
    >>> capaian_output([(12, 10, "statis"), (12, 10, "dinamis")], metode="arithmetic").value
    Decimal('110.0')
    """
    if positional:
        raise call_error(capaian_output, positional, locals())
    if metode not in ("geometric", "arithmetic"):
        raise InvalidValueError(field="metode", expected="'geometric' or 'arithmetic'",
                                received=metode)
    if not isinstance(items, Iterable) or isinstance(items, (str, bytes)):
        raise InvalidTypeError(field="items", expected="an iterable of outputs or "
                               "(target, realisasi) pairs", received=items)
    ratios = tuple(_ratio_of(item, i, cap_statis) for i, item in enumerate(items, start=1))
    if not ratios:
        raise NotComputableError(field="items", reason="no outputs to aggregate")
    cap_d = None
    if cap is not None:
        cap_d = CONTEXT.divide(to_decimal(cap, field="cap", nonnegative=True), HUNDRED)
    return CapaianOutput(value=_mean(ratios, metode, cap_d, None), ratios=ratios, metode=metode,
                         cap=cap_d, label=label)


capaian_output = keyword_only()(capaian_output)


# ---------------------------------------------------------------- konsistensi

KonsistensiRumus: TypeAlias = Literal["kumulatif", "bulanan"]

_KONSISTENSI_RUMUS: dict[str, Text] = {
    "kumulatif": "(1/n) Σ min(RA_kum,i / RPD_kum,i, 1) × 100",
    "bulanan": Teks(id="(1/n) Σ min(RA_i / RPD_i, 1) × 100 atas bulan dengan RPD_i > 0",
                    en="(1/n) Σ min(RA_i / RPD_i, 1) × 100 over months with RPD_i > 0"),
}


def _konsistensi(realisasi: tuple[Decimal, ...], rpd: tuple[Decimal, ...], rumus: str,
                 trace: Trace | None) -> Decimal:
    terms = []
    cum_ra = cum_rpd = ZERO
    for ra, plan in zip(realisasi, rpd, strict=True):
        cum_ra = CONTEXT.add(cum_ra, ra)
        cum_rpd = CONTEXT.add(cum_rpd, plan)
        num, den = (cum_ra, cum_rpd) if rumus == "kumulatif" else (ra, plan)
        if den == 0:
            continue
        terms.append(min(CONTEXT.divide(num, den), ONE))
    if not terms:
        raise NotComputableError(field="rpd", reason="the RPD plan is zero in every month")
    value = CONTEXT.divide(CONTEXT.multiply(exact_sum(terms), HUNDRED), Decimal(len(terms)))
    if trace is not None:
        trace.add("konsistensi", _KONSISTENSI_RUMUS[rumus],
                  tuple((filled(_MONTH_RATIO, i=i), t) for i, t in enumerate(terms, start=1)),
                  value, note=_NOTE_KONSISTENSI)
    return value


@attrs.frozen(kw_only=True)
class Konsistensi(Figure):
    """Consistency of monthly realisasi with the RPD plan, in percent (an [OPEN] rule).

    Notes
    -----
    Two named candidates, neither "the law": ``"kumulatif"`` ``(1/n) Σ
    min(RA_kum / RPD_kum, 1) × 100`` over months; ``"bulanan"`` ``(1/n) Σ
    min(RA / RPD, 1) × 100`` over months with RPD > 0.  An RPD of zero in
    every month is not computable.

    References
    ----------
    PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 name the indicator; its exact
    formula was not retrieved [OPEN].

    Examples
    --------
    Realisasi 60 and 100 against an RPD of 100 a month: cumulatively 60/100
    and 160/200, mean (0,6 + 0,8) / 2 = 70 %; month by month 0,6 and
    min(100/100, 1), mean 80 %:

    >>> import sakip
    >>> k = sakip.konsistensi(realisasi=[60, 100], rpd=[100, 100])
    >>> k.value, k.rumus
    (Decimal('70.0'), 'kumulatif')
    >>> sakip.konsistensi(realisasi=[60, 100], rpd=[100, 100], rumus="bulanan").value
    Decimal('80.0')
    """

    #: Monthly realisasi, January first.
    realisasi: tuple[Decimal, ...]
    #: Monthly RPD plan (DIPA halaman III), January first.
    rpd: tuple[Decimal, ...]
    #: ``"kumulatif"`` or ``"bulanan"`` (both candidates, [OPEN]).
    rumus: KonsistensiRumus

    def _derive(self, trace: Trace) -> Decimal:
        return _konsistensi(self.realisasi, self.rpd, self.rumus, trace)

    def _title(self) -> str:
        return f"Konsistensi penyerapan terhadap RPD (rumus {self.rumus})"

    def _reference(self) -> Text:
        return _REF_KONSISTENSI

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per month: bulan (1 = January), realisasi, rpd."""
        check_rounding(rounding)
        return [{"bulan": month, "realisasi": ra, "rpd": plan}
                for month, (ra, plan) in enumerate(zip(self.realisasi, self.rpd, strict=True),
                                                   start=1)]


def konsistensi(
    *positional: Never, realisasi: Sequence[Number], rpd: Sequence[Number],
    rumus: KonsistensiRumus = "kumulatif",
) -> Konsistensi:
    """Konsistensi of monthly realisasi against the RPD plan (DIPA halaman III), in percent.

    The formula of PMK 214/2017 and 22/2021 was not retrieved; both candidates
    are offered by name and neither is "the law":

    * ``"kumulatif"`` (default): ``(1/n) Σ min(RA_kum / RPD_kum, 1) × 100`` over months;
    * ``"bulanan"``: ``(1/n) Σ min(RA / RPD, 1) × 100`` over months with RPD > 0.

    Parameters
    ----------
    realisasi, rpd:
        Monthly amounts (same length, ≥ 0), January first.

    Examples
    --------
    >>> konsistensi(realisasi=[50, 100, 150], rpd=[100, 100, 100]).value
    Decimal('75.00')
    >>> konsistensi(realisasi=[50, 100, 150], rpd=[100, 100, 100], rumus="bulanan").rounded(4)
    Decimal('83.3333')
    """
    if positional or realisasi is REQUIRED or rpd is REQUIRED:
        raise call_error(konsistensi, positional, locals())
    if not isinstance(rumus, str) or rumus not in _KONSISTENSI_RUMUS:
        raise InvalidValueError(field="rumus", expected="'kumulatif' or 'bulanan'",
                                received=rumus)
    for name, column in (("realisasi", realisasi), ("rpd", rpd)):
        if not isinstance(column, Iterable) or isinstance(column, (str, bytes)):
            raise InvalidTypeError(field=name, expected="a sequence of monthly amounts",
                                   received=column)
    ra = tuple(to_decimal(x, field="realisasi", nonnegative=True) for x in realisasi)
    plan = tuple(to_decimal(x, field="rpd", nonnegative=True) for x in rpd)
    if len(ra) != len(plan) or not ra:
        raise InvalidValueError(field="rpd", expected=f"{len(ra)} months, as many as realisasi",
                                received=len(plan))
    return Konsistensi(value=_konsistensi(ra, plan, rumus, None), realisasi=ra, rpd=plan,
                       rumus=rumus)


konsistensi = keyword_only()(konsistensi)
