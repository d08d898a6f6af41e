"""IKPA indicators from raw data, PER-5/PB/2024 (TA 2024–2026): one calculator per indicator.

DJPb computes each IKPA indicator from a satker's raw data; these calculators
do the same, so that a satker can know its score before the quarter closes.
Each returns a ``Figure`` that ``sakip.ikpa`` accepts
in place of a score, so one call gives the composite with every indicator's
derivation in ``explain()``.  (Deviasi halaman III DIPA, penyerapan anggaran
and the dispensasi SPM deduction are computed in ``sakip.ikpa``.)

Most per-indicator detail comes from DJPb's 2024 technical-guidance slides as
quoted by a public IKPA simulator's regulatory-verification register
(confidence ``S``); where a rule was not retrieved (``OPEN``) it is a named
parameter without a guessed default.

>>> import sakip
>>> ro = [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50"),
...       sakip.CapaianRO(kode="5634.SCI.010", pcro="20", tpcro="40")]
>>> sakip.ikpa_capaian_output(ro, ketepatan_waktu=100, bulan=6, tahun=2024).value
Decimal('82.5')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import (
    CONTEXT,
    EXACT,
    HUNDRED,
    ZERO,
    Number,
    exact_sum,
    to_count,
    to_decimal,
)
from sakip.budget import _check_kode
from sakip.composite import check_score
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Tabular, Text, Trace, check_rounding, filled, sources_of
from sakip.ikpa import IKPAPenyesuaian, _ended, kro_dikecualikan, penyesuaian_ikpa
from sakip.numbers import Rounding

__all__ = [
    "BELANJA_KONTRAKTUAL_PER_5_PB_2024",
    "CAPAIAN_OUTPUT_PER_5_PB_2022",
    "CAPAIAN_OUTPUT_PER_5_PB_2024",
    "PENYELESAIAN_TAGIHAN_PER_5_PB_2024",
    "REVISI_DIPA_PER_5_PB_2022",
    "REVISI_DIPA_PER_5_PB_2024",
    "UP_TUP_PER_5_PB_2024",
    "BatasLaporRule",
    "BelanjaKontraktualRule",
    "CapaianOutputRule",
    "CapaianRO",
    "IKPABelanjaKontraktual",
    "IKPACapaianOutput",
    "IKPAPengelolaanUPTUP",
    "IKPAPenyelesaianTagihan",
    "IKPARevisiDIPA",
    "PenyelesaianTagihanRule",
    "RevisiDIPARule",
    "UPTUPRule",
    "batas_lapor_capaian_output",
    "ikpa_belanja_kontraktual",
    "ikpa_capaian_output",
    "ikpa_pengelolaan_up_tup",
    "ikpa_penyelesaian_tagihan",
    "ikpa_revisi_dipa",
]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_SKIPPED = Teks(id="tidak berlaku, bobot dihitung ulang: {names}",
                     en="not applicable, re-weighted: {names}")
_UNCONFIRMED = Teks(id="laporan tidak terkonfirmasi → 0", en="unconfirmed report → 0")
_RUMUS_KETEPATAN = Teks(
    id="100 bila dientri paling lambat hari kerja ke-{hari} bulan berikutnya, selainnya 0",
    en="100 if entered by the {hari}th working day of the next month, else 0")
_NOTE_NOT_OBJECT = Teks(id="bukan objek capaian output (RO khusus): {kode}",
                        en="not an object of capaian output (RO khusus): {kode}")
_NOTE_ABOVE_100 = Teks(
    id="nilai di atas 100 (0–1 revisi) dapat dibatasi dalam komposit: "
    "sakip.ikpa(di_atas_100=...) [OPEN]",
    en="scores above 100 (0–1 revisions) may be capped in the composite: "
    "sakip.ikpa(di_atas_100=...) [OPEN]")
_TABLE_REVISI = Teks(id="{table}; lebih → {lainnya}", en="{table}; more → {lainnya}")
_RUMUS_DISTRIBUSI = Teks(id="kelompok porsi yang dikontrakkan s.d. TW II: {table}; 0 → 0",
                         en="bucket of the share contracted by TW II: {table}; 0 → 0")
_RUMUS_DINI = Teks(
    id="rerata atas kontrak: sebelum {start} → {pra}; s.d. {end} → {tw1}; sesudahnya → "
    "nilai_kontrak_lain [OPEN]",
    en="mean over contracts: before {start} → {pra}; to {end} → {tw1}; later → "
    "nilai_kontrak_lain [OPEN]")
_NOTE_MEAN_CONTRACTS = Teks(id="rerata atas kontrak adalah asumsi [OPEN]",
                            en="the mean over contracts is an assumption [OPEN]")
_NOTE_SHARE = Teks(id="porsi kontrak yang memenuhi syarat adalah asumsi [OPEN]",
                   en="the share of eligible contracts is an assumption [OPEN]")
_RUMUS_KKP = Teks(
    id="{tercapai} bila realisasi KKP ≥ {target} % × 12 × UP KKP, selainnya {belum}",
    en="{tercapai} if realisasi KKP ≥ {target} % × 12 × UP KKP else {belum}")


def _d(value: str | int) -> Decimal:
    return Decimal(value)


def _count(value: object, field: str) -> int:
    return to_count(value, field=field)


def _check_bulan(bulan: object) -> int:
    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise InvalidValueError(field="bulan", expected="a month 1–12", received=bulan)
    return bulan


def _check_tahun(tahun: object, rule: rules.RuleSet) -> int:
    if isinstance(tahun, bool) or not isinstance(tahun, int):
        raise InvalidTypeError(field="tahun", expected="an int fiscal year", received=tahun)
    if not 1900 <= tahun <= 2999 or not rule.in_force(tahun):  # 1900–2999: TahunAnggaran
        raise InvalidValueError(field="tahun", expected=f"a year in force for {rule.name} "
                                f"{rule.years}", received=tahun)
    return tahun


def _weighted_parts(parts: Sequence[tuple[str, Decimal | None, Decimal]]) -> Decimal:
    """``Σ w·x / Σ w`` over the parts that apply (``None`` = not applicable, re-weighted)."""
    total = ZERO
    weights = ZERO
    for _name, value, weight in parts:
        if value is not None:
            total = EXACT.add(total, EXACT.multiply(value, weight))  # exact: see EXACT
            weights = EXACT.add(weights, weight)
    return CONTEXT.divide(total, weights)


def _trace_parts(trace: Trace | None, name: str, parts: Sequence[tuple[str, Decimal | None,
                                                                         Decimal]],
                 value: Decimal, reference: str) -> None:
    if trace is None:
        return
    used = [(n, w) for n, v, w in parts if v is not None]
    skipped = [n for n, v, _ in parts if v is None]
    trace.add(name, "Σ bobot × nilai / Σ bobot = ("
              + " + ".join(f"{w}×{n}" for n, w in used)
              + f") / {exact_sum(w for _, w in used)}",
              tuple((f"{n} (bobot {w})", v) for n, v, w in parts if v is not None), value,
              reference=reference,
              note=filled(_NOTE_SKIPPED, names=", ".join(skipped)) if skipped else "")


# ------------------------------------------------------------ capaian output


def _optional(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field=field, nonnegative=True)


def _pcro(value: object) -> Decimal | None:
    return _optional(value, "pcro")


def _tpcro(value: object) -> Decimal | None:
    return _optional(value, "tpcro")


def _rvro(value: object) -> Decimal | None:
    return _optional(value, "rvro")


def _volume(value: object) -> Decimal | None:
    return _optional(value, "volume")


@attrs.frozen(kw_only=True)
class CapaianRO(Tabular):
    """One Rincian Output's progress report for IKPA capaian output.

    Parameters
    ----------
    kode:
        ``kegiatan.KRO.RO`` (``"5634.QDC.011"``, or ``"5634.FAN.ZZ1"`` from 2026).
    pcro, tpcro:
        Progress capaian RO and its target for the month, in percent (Formula 1).
    rvro, volume:
        Realisasi volume RO and the target volume in the DIPA (Formula 2:
        December, or once PCRO ≥ 100 %).
    terkonfirmasi:
        Whether the report was confirmed; an unconfirmed report scores 0.

    A PCRO without its TPCRO (or RVRO without volume) is refused, and so is an
    RO with neither pair.

    >>> CapaianRO(kode="5634.FAN.ZZ1", pcro="20", tpcro="40").kro
    'FAN'
    >>> CapaianRO(kode="5634.QDC.011", pcro="20")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: tpcro: expected ...; received None
    """

    #: The code ``kegiatan.KRO.RO`` of the Rincian Output.
    kode: str
    #: Progress capaian RO for the month, in percent (Formula 1), or ``None``.
    pcro: Decimal | None = attrs.field(default=None, converter=_pcro)
    #: The target of ``pcro`` for the month, in percent, or ``None``.
    tpcro: Decimal | None = attrs.field(default=None, converter=_tpcro)
    #: Realisasi volume RO (Formula 2), or ``None``.
    rvro: Decimal | None = attrs.field(default=None, converter=_rvro)
    #: The target volume in the DIPA (Formula 2), or ``None``.
    volume: Decimal | None = attrs.field(default=None, converter=_volume)
    #: Whether the report was confirmed; an unconfirmed report scores 0.
    terkonfirmasi: bool = True

    def __attrs_post_init__(self) -> None:
        _check_kode(self.kode)
        for a, b, name_a, name_b in ((self.pcro, self.tpcro, "pcro", "tpcro"),
                                     (self.rvro, self.volume, "rvro", "volume")):
            if (a is None) != (b is None):
                missing = name_b if b is None else name_a
                raise InvalidValueError(
                    field=missing, expected=f"{name_a} and {name_b} together (RO {self.kode})",
                    received=None)
        if self.pcro is None and self.rvro is None:
            raise InvalidValueError(field="pcro", expected=f"pcro and tpcro, or rvro and volume "
                                    f"(RO {self.kode})", received=None)
        if not isinstance(self.terkonfirmasi, bool):
            raise InvalidTypeError(field="terkonfirmasi", expected="True or False",
                                   received=self.terkonfirmasi)

    @property
    def kro(self) -> str:
        """The Klasifikasi Rincian Output code, the middle part of ``kode``."""
        return self.kode.split(".")[1]


@attrs.frozen(kw_only=True)
class BatasLaporRule(rules.RuleSet):
    """The deadline of the monthly RO report for IKPA capaian output.

    ``hari_kerja``: the report is on time when entered by that working day of
    the next month.  A rule set of kind ``ikpa-capaian-output`` that is only a
    ``BatasLaporRule`` (PER-5/PB/2022) carries the deadline alone: its formula
    was not retrieved, so :func:`ikpa_capaian_output` refuses it and
    :func:`batas_lapor_capaian_output` uses it.
    """

    #: The reporting deadline, in working days of the next month.
    hari_kerja: int


@attrs.frozen(kw_only=True)
class CapaianOutputRule(BatasLaporRule):
    """Weights and formulas of IKPA capaian output, with the reporting deadline.

    ``bobot_ketepatan`` + ``bobot_capaian`` (30 + 70): timeliness of the
    report and capaian RO; ``bulan_formula_2`` the month from which Formula 2
    (RVRO ÷ volume) applies; ``batas`` the cap of an RO's score;
    ``hari_kerja`` the reporting deadline in working days of the next month.
    """

    #: Weight of the timeliness of the report (ketepatan waktu, 30).
    bobot_ketepatan: Decimal
    #: Weight of capaian RO (70).
    bobot_capaian: Decimal
    #: The month from which Formula 2 (RVRO ÷ volume) applies.
    bulan_formula_2: int
    #: The cap of an RO's score.
    batas: Decimal


#: PER-5/PB/2024: 30 % ketepatan waktu (5th working day) + 70 % capaian RO;
#: Formula 1 min(PCRO/TPCRO × 100, 100) January–November, Formula 2
#: min(RVRO/volume × 100, 100) in December or once PCRO ≥ 100 %.  [S]
CAPAIAN_OUTPUT_PER_5_PB_2024 = rules.register(
    "ikpa-capaian-output",
    CapaianOutputRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024, capaian output: ketepatan waktu 30 % (by the 5th working day "
        "of the next month) + capaian RO 70 %; Formula 1 PCRO/TPCRO (January–November), "
        "Formula 2 RVRO/volume (December or PCRO ≥ 100 %), each capped at 100 (DJPb 2024 "
        "slides as quoted by a public IKPA simulator)",
        years=(2024, None),
        confidence="S",
        bobot_ketepatan=_d(30),
        bobot_capaian=_d(70),
        bulan_formula_2=12,
        batas=HUNDRED,
        hari_kerja=5,
    ),
)


#: PER-5/PB/2022 (TA 2022–2023): the RO report was due by the 10th working day of the
#: next month [P, a KPPN page].  Only the deadline was retrieved, not the formula.
CAPAIAN_OUTPUT_PER_5_PB_2022 = rules.register(
    "ikpa-capaian-output",
    BatasLaporRule(
        name="per-5-pb-2022",
        citation="PER-5/PB/2022, capaian output: the RO report due by the 10th working day of "
        "the next month (a KPPN page; the indicator's formula under PER-5/PB/2022 was not "
        "retrieved)",
        years=(2022, 2023),
        confidence="P",
        hari_kerja=10,
    ),
)


def _capaian_output_rule(aturan: str) -> CapaianOutputRule:
    found = rules.find("ikpa-capaian-output", aturan)
    if not isinstance(found, CapaianOutputRule):
        raise InvalidValueError(
            field="aturan", expected="a capaian output rule set with its formula "
            f"(per-5-pb-2024); {found.name} holds only the reporting deadline "
            "(batas_lapor_capaian_output), its formula was not retrieved", received=aturan)
    return found


def _formula_2(ro: CapaianRO, bulan: int, rule: CapaianOutputRule) -> bool:
    return bulan >= rule.bulan_formula_2 or (ro.pcro is not None and ro.pcro >= HUNDRED)


def _nilai_ro(ro: CapaianRO, bulan: int, rule: CapaianOutputRule,
              trace: Trace | None) -> Decimal:
    if not ro.terkonfirmasi:
        if trace is not None:
            trace.add(f"RO {ro.kode}", _UNCONFIRMED, (), ZERO)
        return ZERO
    if _formula_2(ro, bulan, rule):
        assert ro.rvro is not None and ro.volume is not None
        value = min(CONTEXT.divide(CONTEXT.multiply(ro.rvro, HUNDRED), ro.volume), rule.batas)
        if trace is not None:
            trace.add(f"RO {ro.kode}", f"Formula 2: min(RVRO / volume × 100, {rule.batas})",
                      (("RVRO", ro.rvro), ("volume", ro.volume)), value)
        return value
    assert ro.pcro is not None and ro.tpcro is not None
    value = min(CONTEXT.divide(CONTEXT.multiply(ro.pcro, HUNDRED), ro.tpcro), rule.batas)
    if trace is not None:
        trace.add(f"RO {ro.kode}", f"Formula 1: min(PCRO / TPCRO × 100, {rule.batas})",
                  (("PCRO", ro.pcro), ("TPCRO", ro.tpcro)), value)
    return value


@attrs.frozen(kw_only=True)
class IKPACapaianOutput(Figure):
    """Nilai of IKPA's capaian output indicator; ``capaian_ro`` is the mean over assessed ROs.

    Notes
    -----
    Per RO: Formula 1 (January–November while PCRO < 100 %) ``min(PCRO / TPCRO
    × 100, 100)``, Formula 2 (December, or once PCRO ≥ 100 %) ``min(RVRO /
    volume × 100, 100)``; an unconfirmed report scores 0; RO khusus of an
    excluded KRO (``FAN`` from 2026) are left out.  ``nilai = (30 × ketepatan
    waktu + 70 × capaian RO) / 100``.  Built by :func:`ikpa_capaian_output`.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S].

    Examples
    --------
    The reference's example: December, RVRO 2 of a volume of 4 → 50 (Formula
    2), reported on time → 0,3 × 100 + 0,7 × 50 = 65:

    >>> import sakip
    >>> ro = sakip.CapaianRO(kode="5634.QDC.011", rvro=2, volume=4)
    >>> c = sakip.ikpa_capaian_output([ro], ketepatan_waktu=100, bulan=12, tahun=2024)
    >>> c.value, c.capaian_ro, c.to_rows()[0]["rumus"]
    (Decimal('65'), Decimal('50'), '2')
    """

    indikator: ClassVar[str] = "capaian_output"

    #: The ROs' progress reports.
    ro: tuple[CapaianRO, ...]
    #: Codes of the ROs excluded (RO khusus of an excluded KRO).
    dikecualikan: tuple[str, ...]
    #: The nilai of the report's timeliness.
    ketepatan_waktu: Decimal
    #: The month reported on (1–12).
    bulan: int
    #: The fiscal year.
    tahun: int
    #: The capaian output rule set applied.
    aturan: CapaianOutputRule
    #: The year's adjustments applied.
    penyesuaian: tuple[IKPAPenyesuaian, ...] = ()
    #: The date the report was made, or ``None``.
    tanggal_lapor: datetime.date | None = None
    #: The reporting deadline, or ``None``.
    batas_lapor: datetime.date | None = None

    @property
    def capaian_ro(self) -> Decimal:
        """The mean score of the assessed ROs (excluded RO khusus left out)."""
        return _capaian_ro(self, None)

    def _derive(self, trace: Trace) -> Decimal:
        return _capaian_output(self, trace)

    def _title(self) -> str:
        return f"Nilai indikator capaian output (bulan {self.bulan}, TA {self.tahun})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[Text, ...]:
        notes: list[Text] = [p.note() for p in self.penyesuaian
                             if "capaian_output" in p.indikator_kro]
        if self.dikecualikan:
            notes.append(filled(_NOTE_NOT_OBJECT, kode=", ".join(self.dikecualikan)))
        return tuple(notes)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per RO: kode, rumus (``"1"``, ``"2"``, ``"tidak terkonfirmasi"``,
        ``"dikecualikan"``), its nilai as ``value`` and ``rounded`` (``None`` when excluded)."""
        policy = check_rounding(rounding)
        rows = []
        for ro in self.ro:
            nilai: Decimal | None
            if ro.kode in self.dikecualikan:
                rumus, nilai = "dikecualikan", None
            else:
                nilai = _nilai_ro(ro, self.bulan, self.aturan, None)
                rumus = ("tidak terkonfirmasi" if not ro.terkonfirmasi
                         else "2" if _formula_2(ro, self.bulan, self.aturan) else "1")
            rows.append({"kode": ro.kode, "rumus": rumus, "value": nilai,
                         "rounded": None if nilai is None else policy.apply(nilai)})
        return rows


def _capaian_ro(data: IKPACapaianOutput, trace: Trace | None) -> Decimal:
    scores = [_nilai_ro(ro, data.bulan, data.aturan, trace) for ro in data.ro
              if ro.kode not in data.dikecualikan]
    value = CONTEXT.divide(exact_sum(scores), Decimal(len(scores)))
    if trace is not None:
        trace.add("capaian RO", "Σ nilai RO / n", (("n", len(scores)),), value)
    return value


def _capaian_output(data: IKPACapaianOutput, trace: Trace | None) -> Decimal:
    rule = data.aturan
    if trace is not None and data.tanggal_lapor is not None and data.batas_lapor is not None:
        trace.add("ketepatan waktu", filled(_RUMUS_KETEPATAN, hari=rule.hari_kerja),
                  (("tanggal lapor", data.tanggal_lapor.isoformat()),
                   ("batas", data.batas_lapor.isoformat())), data.ketepatan_waktu)
    cro = _capaian_ro(data, trace)
    value = CONTEXT.divide(
        CONTEXT.add(CONTEXT.multiply(rule.bobot_ketepatan, data.ketepatan_waktu),
                    CONTEXT.multiply(rule.bobot_capaian, cro)),
        CONTEXT.add(rule.bobot_ketepatan, rule.bobot_capaian))
    if trace is not None:
        trace.add("nilai capaian output",
                  f"({rule.bobot_ketepatan} × ketepatan waktu + {rule.bobot_capaian} × capaian RO)"
                  f" / {CONTEXT.add(rule.bobot_ketepatan, rule.bobot_capaian)}",
                  (("ketepatan waktu", data.ketepatan_waktu), ("capaian RO", cro)), value,
                  reference=rule.citation)
    return value


def batas_lapor_capaian_output(*positional: Never, bulan: int, tahun: int,
                               hari_libur: Sequence[datetime.date],
                               aturan: str = "per-5-pb-2024") -> datetime.date:
    """The deadline of month ``bulan``'s RO report: the 5th working day of the next month.

    Working days are Monday to Friday except ``hari_libur``, the year's national
    holidays and *cuti bersama*, which change every year and must be given
    (an empty sequence when there are none): sakip never guesses a calendar.
    ``aturan`` picks the rule set: ``"per-5-pb-2024"`` (TA 2024 on, the 5th
    working day [S]) or ``"per-5-pb-2022"`` (TA 2022–2023, the 10th working
    day [P]); ``tahun`` must be a year it is in force.

    >>> import datetime
    >>> batas_lapor_capaian_output(bulan=6, tahun=2024, hari_libur=[])
    datetime.date(2024, 7, 5)
    >>> batas_lapor_capaian_output(bulan=12, tahun=2024, hari_libur=[datetime.date(2025, 1, 1)])
    datetime.date(2025, 1, 8)
    >>> batas_lapor_capaian_output(bulan=6, tahun=2023, hari_libur=[], aturan="per-5-pb-2022")
    datetime.date(2023, 7, 14)
    """
    if positional or bulan is REQUIRED or tahun is REQUIRED or hari_libur is REQUIRED:
        raise call_error(batas_lapor_capaian_output, positional, locals())
    found = rules.find("ikpa-capaian-output", aturan)
    assert isinstance(found, BatasLaporRule)
    bulan = _check_bulan(bulan)
    tahun = _check_tahun(tahun, found)
    if isinstance(hari_libur, (str, bytes)) or not isinstance(hari_libur, Sequence):
        raise InvalidTypeError(field="hari_libur", expected="a sequence of dates (may be empty)",
                               received=hari_libur)
    for day in hari_libur:
        if isinstance(day, datetime.datetime) or not isinstance(day, datetime.date):
            raise InvalidTypeError(field="hari_libur", expected="datetime.date values",
                                   received=day)
    holidays = frozenset(hari_libur)
    day = datetime.date(tahun + bulan // 12, bulan % 12 + 1, 1)
    count = 0
    while True:
        if day.weekday() < 5 and day not in holidays:
            count += 1
            if count == found.hari_kerja:
                return day
        day += datetime.timedelta(days=1)

batas_lapor_capaian_output = keyword_only()(batas_lapor_capaian_output)


def ikpa_capaian_output(
    ro: Sequence[CapaianRO],
    *positional: Never,
    ketepatan_waktu: Number | None = None,
    bulan: int,
    tahun: int,
    tanggal_lapor: datetime.date | None = None,
    hari_libur: Sequence[datetime.date] | None = None,
    aturan: str = "per-5-pb-2024",
    opsi: Sequence[str] = (),
) -> IKPACapaianOutput:
    """Nilai of IKPA's capaian output indicator from the ROs' progress reports.

    Parameters
    ----------
    ro:
        The satker's :class:`CapaianRO` reports for month ``bulan``.
    ketepatan_waktu:
        The timeliness score 0–100: 100 when the report was entered by the
        5th working day of the next month, 0 when late (under PER-5/PB/2022 the
        10th: ``batas_lapor_capaian_output(aturan="per-5-pb-2022")``); a mean
        over months is accepted as well.
    tanggal_lapor, hari_libur:
        Instead of ``ketepatan_waktu``: the date the report was entered and the
        year's holidays; the score is 100 on or before
        :func:`batas_lapor_capaian_output`, else 0.
    bulan, tahun:
        The month assessed (1–12) and the fiscal year (its adjustments apply:
        from 2026 RO khusus, KRO ``FAN``, are not an object of this indicator).
    aturan, opsi:
        The capaian output rule set (``"per-5-pb-2024"``; ``"per-5-pb-2022"``
        holds only its reporting deadline and is refused here), and [OPEN]
        year adjustments to apply.

    Returns
    -------
    IKPACapaianOutput
        ``value``, ``capaian_ro``, ``to_rows()`` per RO.

    Notes
    -----
    Per RO: Formula 1 (January–November while PCRO < 100 %)
    ``min(PCRO / TPCRO × 100, 100)``; Formula 2 (December, or once PCRO ≥ 100 %)
    ``min(RVRO / volume × 100, 100)``; an unconfirmed report scores 0.
    ``nilai = 0,3 × ketepatan waktu + 0,7 × mean(nilai RO)``, in ``[0, 100]``.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S]; TA 2026 RO khusus: a
    KPPN letter [S].

    Examples
    --------
    >>> import sakip
    >>> dec = ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")],
    ...                           ketepatan_waktu=100, bulan=12, tahun=2024)
    >>> dec.value
    Decimal('65')
    >>> ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")],
    ...                     ketepatan_waktu=100, bulan=6, tahun=2024)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: pcro: expected ...; received None
    """
    if positional or bulan is REQUIRED or tahun is REQUIRED:
        raise call_error(ikpa_capaian_output, positional, locals())
    rule = _capaian_output_rule(aturan)
    bulan = _check_bulan(bulan)
    tahun = _check_tahun(tahun, rule)
    adjustments = penyesuaian_ikpa(tahun, opsi=opsi)
    if (ketepatan_waktu is None) == (tanggal_lapor is None):
        raise InvalidValueError(field="ketepatan_waktu", expected="ketepatan_waktu or "
                                "tanggal_lapor (with hari_libur), one of them",
                                received=ketepatan_waktu)
    batas = None
    if tanggal_lapor is not None:
        if hari_libur is None:
            raise InvalidValueError(field="hari_libur", expected="the year's holidays (an empty "
                                    "sequence when there are none) to count working days",
                                    received=None)
        if isinstance(tanggal_lapor, datetime.datetime) or not isinstance(tanggal_lapor,
                                                                          datetime.date):
            raise InvalidTypeError(field="tanggal_lapor", expected="a datetime.date",
                                   received=tanggal_lapor)
        batas = batas_lapor_capaian_output(bulan=bulan, tahun=tahun, hari_libur=hari_libur,
                                           aturan=aturan)
        kw = HUNDRED if tanggal_lapor <= batas else ZERO
    else:
        kw = check_score(ketepatan_waktu, "ketepatan_waktu")
    if isinstance(ro, (str, bytes)) or not isinstance(ro, Sequence) or not ro:
        raise InvalidValueError(field="ro", expected="a non-empty sequence of CapaianRO",
                                received=ro)
    excluded_kro = kro_dikecualikan(adjustments, "capaian_output")
    excluded = []
    seen: set[str] = set()
    for item in ro:
        if not isinstance(item, CapaianRO):
            raise InvalidTypeError(field="ro", expected="CapaianRO values", received=item)
        if item.kode in seen:
            raise InvalidValueError(field="ro", expected="each RO once", received=item.kode)
        seen.add(item.kode)
        if item.kro in excluded_kro:
            excluded.append(item.kode)
            continue
        if not item.terkonfirmasi:
            continue
        if _formula_2(item, bulan, rule):
            if item.rvro is None or item.volume is None:
                raise InvalidValueError(
                    field="rvro", expected=f"rvro and volume for RO {item.kode} (Formula 2 "
                    f"applies in month {bulan}{' with PCRO ≥ 100' if bulan < 12 else ''})",
                    received=None)
            if item.volume == 0:
                raise NotComputableError(field="volume", reason=f"RO {item.kode}: volume is 0")
        else:
            if item.pcro is None or item.tpcro is None:
                raise InvalidValueError(
                    field="pcro", expected=f"pcro and tpcro for RO {item.kode} (Formula 1 "
                    f"applies in month {bulan})", received=None)
            if item.tpcro == 0:
                raise NotComputableError(field="tpcro", reason=f"RO {item.kode}: TPCRO is 0")
    if len(excluded) == len(ro):
        raise NotComputableError(field="ro", reason="every RO is excluded (RO khusus): the "
                                 "indicator is not assessed (give None to sakip.ikpa)")
    figure = IKPACapaianOutput(value=ZERO, ro=tuple(ro), dikecualikan=tuple(excluded),
                               ketepatan_waktu=kw, bulan=bulan, tahun=tahun, aturan=rule,
                               penyesuaian=adjustments, tanggal_lapor=tanggal_lapor,
                               batas_lapor=batas,
                               sources=sources_of((("ketepatan_waktu", ketepatan_waktu),)))
    return figure._computed(_capaian_output(figure, None))

ikpa_capaian_output = keyword_only()(ikpa_capaian_output)


# ---------------------------------------------------------------- revisi DIPA


@attrs.frozen(kw_only=True)
class RevisiDIPARule(rules.RuleSet):
    """Score of revisi DIPA per period by the number of counted revisions.

    ``skor`` is ``(at most n revisions, nilai)``, from the fewest; more than the
    last bound scores ``lainnya``.  ``kode_dihitung`` lists the revision codes
    that count; ``periode`` is ``"semester"`` (PER-5/PB/2024) or
    ``"triwulan"`` (PER-5/PB/2022) and ``bobot_periode`` the weights of its
    periods (semesters I and II, or quarters I–IV).
    """

    #: ``(at most n revisions, nilai)`` pairs, from the fewest.
    skor: tuple[tuple[int, Decimal], ...]
    #: The nilai of more revisions than the last bound.
    lainnya: Decimal
    #: The revision codes that count.
    kode_dihitung: tuple[str, ...]
    #: The weights of the periods (semesters I and II, or quarters I–IV).
    bobot_periode: tuple[Decimal, ...]
    #: The period revisions are counted per: ``"semester"`` or ``"triwulan"``.
    periode: str = "semester"


#: The 14 counted revision codes (KPPN Bandar Lampung, TA 2024) [P].
_KODE_REVISI = ("201", "211", "212", "213", "217", "220", "221", "222", "225", "226", "229",
                "231", "236", "239")

#: PER-5/PB/2024: per semester 0–1 counted revisions → 110, 2 → 100, ≥ 3 → 50;
#: the year 50 % semester I + 50 % semester II.  [S]; the 14 counted codes from a
#: KPPN page [P], to be confirmed per year.
REVISI_DIPA_PER_5_PB_2024 = rules.register(
    "ikpa-revisi-dipa",
    RevisiDIPARule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024, revisi DIPA: per semester, not cumulative; 0–1 revisions 110, "
        "2 → 100, ≥ 3 → 50; year = 50 % semester I + 50 % semester II (DJPb 2024 slides as "
        "quoted by a public IKPA simulator); counted codes as listed by KPPN Bandar Lampung",
        years=(2024, None),
        confidence="S",
        skor=((1, _d(110)), (2, _d(100))),
        lainnya=_d(50),
        kode_dihitung=_KODE_REVISI,
        bobot_periode=(_d(50), _d(50)),
    ),
)

#: PER-5/PB/2022 (TA 2022–2023): revisions counted per quarter [P: DJPb's comparison of the
#: 2022 and 2024 rules on a KPPN's 2023 slide deck, reference §15]; the year the mean of the
#: quarters assessed.  The per-quarter score table and the counted codes were not retrieved:
#: those of PER-5/PB/2024 are assumed [OPEN].
REVISI_DIPA_PER_5_PB_2022 = rules.register(
    "ikpa-revisi-dipa",
    RevisiDIPARule(
        name="per-5-pb-2022",
        citation="PER-5/PB/2022, revisi DIPA: controlled per quarter (per semester from 2024), "
        "DJPb's comparison of the 2022 and 2024 rules on a KPPN's 2023 slide deck; the year "
        "the mean of the quarters assessed; the per-quarter score table (0–1 revisions 110, "
        "2 → 100, ≥ 3 → 50) and the counted codes are PER-5/PB/2024's, assumed [OPEN]",
        years=(2022, 2023),
        confidence="OPEN",
        skor=((1, _d(110)), (2, _d(100))),
        lainnya=_d(50),
        kode_dihitung=_KODE_REVISI,
        bobot_periode=(_d(25), _d(25), _d(25), _d(25)),
        periode="triwulan",
    ),
)


@attrs.frozen(kw_only=True)
class IKPARevisiDIPA(Figure):
    """Nilai of IKPA's revisi DIPA indicator: ``jumlah`` counted revisions per period.

    Notes
    -----
    Per semester (not cumulative): 0–1 counted revisions → 110, 2 → 100, ≥ 3 →
    50; the year ``= 50 % × semester I + 50 % × semester II`` (semester I alone
    while semester II has not started).  Whether a score above 100 survives
    into the composite is [OPEN] (``sakip.ikpa(di_atas_100=...)``).  Built by
    :func:`ikpa_revisi_dipa`.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S].

    Examples
    --------
    Two counted revisions in semester I (100) and none in semester II (110):
    0,5 × 100 + 0,5 × 110 = 105:

    >>> import sakip
    >>> r = sakip.ikpa_revisi_dipa(semester_i=2, semester_ii=0)
    >>> r.value, r.jumlah
    (Decimal('105'), (2, 0))
    """

    indikator: ClassVar[str] = "revisi_dipa"

    #: Counted revisions per period (semester, or quarter under PER-5/PB/2022).
    jumlah: tuple[int, ...]
    #: The revisi DIPA rule set applied.
    aturan: RevisiDIPARule

    def _derive(self, trace: Trace) -> Decimal:
        return _revisi_dipa(self, trace)

    def _title(self) -> str:
        return "Nilai indikator revisi DIPA"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[Text, ...]:
        return (_NOTE_ABOVE_100,)


def _skor_revisi(n: int, rule: RevisiDIPARule) -> Decimal:
    for bound, nilai in rule.skor:
        if n <= bound:
            return nilai
    return rule.lainnya


def _revisi_dipa(data: IKPARevisiDIPA, trace: Trace | None) -> Decimal:
    rule = data.aturan
    parts = []
    for period, n in enumerate(data.jumlah, start=1):
        nilai = _skor_revisi(n, rule)
        parts.append((f"{rule.periode} {period}", nilai, rule.bobot_periode[period - 1]))
        if trace is not None:
            table = filled(_TABLE_REVISI, table="; ".join(f"≤ {b} → {v}" for b, v in rule.skor),
                           lainnya=rule.lainnya)
            trace.add(f"{rule.periode} {period}", table, (("revisi dihitung", n),), nilai)
    value = _weighted_parts([(n, v, w) for n, v, w in parts])
    _trace_parts(trace, "nilai revisi DIPA", [(n, v, w) for n, v, w in parts], value,
                 rule.citation)
    return value


def _jumlah_revisi(value: object, field: str, rule: RevisiDIPARule) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return _count(value, field)
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidTypeError(field=field, expected="a count or a sequence of revision codes",
                               received=value)
    for code in value:
        if not isinstance(code, str) or len(code) != 3 or not code.isdigit():
            raise InvalidValueError(field=field, expected="three-digit revision codes "
                                    "such as '211'", received=code)
    return sum(1 for code in value if code in rule.kode_dihitung)


def _jumlah_periode(rule: RevisiDIPARule, semester_i: object, semester_ii: object,
                    triwulan: object) -> list[int]:
    """The counted revisions per period of ``rule``; periods of the other rule set refused."""
    if rule.periode == "triwulan":
        for field, value in (("semester_i", semester_i), ("semester_ii", semester_ii)):
            if value is not None:
                raise InvalidValueError(field=field, expected=f"no semesters under {rule.name}: "
                                        "revisions are counted per quarter (triwulan=[...])",
                                        received=value)
        if isinstance(triwulan, (str, bytes)) or not isinstance(triwulan, Sequence) or not (
                1 <= len(triwulan) <= len(rule.bobot_periode)):
            raise InvalidValueError(field="triwulan", expected="the counted revisions of each "
                                    "quarter that has ended (1–4 counts or code lists)",
                                    received=triwulan)
        return [_jumlah_revisi(v, f"triwulan[{q}]", rule)
                for q, v in enumerate(triwulan, start=1)]
    if triwulan is not None:
        raise InvalidValueError(field="triwulan", expected=f"no quarters under {rule.name}: "
                                "revisions are counted per semester (semester_i, semester_ii)",
                                received=triwulan)
    if semester_i is None or semester_i is REQUIRED:
        raise InvalidValueError(field="semester_i", expected="the counted revisions of "
                                "semester I (a count or the revision codes)",
                                received="(missing)")
    counts = [_jumlah_revisi(semester_i, "semester_i", rule)]
    if semester_ii is not None:
        counts.append(_jumlah_revisi(semester_ii, "semester_ii", rule))
    return counts


def ikpa_revisi_dipa(
    *positional: Never,
    semester_i: int | Sequence[str] | None = None,
    semester_ii: int | Sequence[str] | None = None,
    aturan: str = "per-5-pb-2024",
    triwulan: Sequence[int | Sequence[str]] | None = None,
) -> IKPARevisiDIPA:
    """Nilai of IKPA's revisi DIPA indicator from the revisions of each period.

    Parameters
    ----------
    semester_i, semester_ii:
        Under PER-5/PB/2024: the number of counted revisions in each
        semester, or the list of the semester's revision codes (only the
        codes of ``kode_dihitung`` count).  ``semester_ii=None`` while
        semester II has not started: the year so far is semester I alone.
    aturan:
        ``"per-5-pb-2024"`` (TA 2024 onward) or ``"per-5-pb-2022"`` (TA
        2022–2023, revisions counted per quarter).
    triwulan:
        Under PER-5/PB/2022: the counted revisions (or codes) of each quarter
        that has ended, 1–4 of them.

    Notes
    -----
    PER-5/PB/2024, per semester (not cumulative): 0–1 revisions 110, 2 → 100,
    ≥ 3 → 50; the year ``= 50 % × semester I + 50 % × semester II``, in
    ``[50, 110]``.  PER-5/PB/2022: per quarter [P]; the year the mean of the
    quarters given; the per-quarter table is assumed to be 2024's [OPEN].
    Whether a score above 100 survives into the composite is [OPEN]: see
    ``di_atas_100`` of :func:`sakip.ikpa`.  Periods of the other rule set are
    refused (``triwulan`` under PER-5/PB/2024, semesters under PER-5/PB/2022).

    References
    ----------
    PER-5/PB/2024 (DJPb 2024 slides [S]); PER-5/PB/2022 as DJPb's comparison of
    the two rules describes it (reference §15 [P]).

    Examples
    --------
    >>> ikpa_revisi_dipa(semester_i=1, semester_ii=3).value
    Decimal('80')
    >>> ikpa_revisi_dipa(semester_i=["211", "211", "999"]).value
    Decimal('100')

    TA 2023, revisions 1, 2, 0 and 3 in quarters I–IV: (110 + 100 + 110 + 50) / 4:

    >>> ikpa_revisi_dipa(triwulan=[1, 2, 0, 3], aturan="per-5-pb-2022").value
    Decimal('92.5')
    """
    if positional:
        raise call_error(ikpa_revisi_dipa, positional, locals())
    found = rules.find("ikpa-revisi-dipa", aturan)
    assert isinstance(found, RevisiDIPARule)
    counts = _jumlah_periode(found, semester_i, semester_ii, triwulan)
    figure = IKPARevisiDIPA(value=ZERO, jumlah=tuple(counts), aturan=found)
    return figure._computed(_revisi_dipa(figure, None))

ikpa_revisi_dipa = keyword_only()(ikpa_revisi_dipa)


# -------------------------------------------------------- belanja kontraktual


@attrs.frozen(kw_only=True)
class BelanjaKontraktualRule(rules.WeightedRuleSet):
    """Belanja kontraktual: its three parts' ``weights`` and their score tables.

    ``distribusi`` is ``(lower bound %, nilai)``, highest first: a share above
    the bound takes the nilai; 0 % scores 0.  ``nilai_pra_dipa`` and
    ``nilai_triwulan_i`` score a contract signed before the DIPA year and from
    1 January to ``batas_dini`` (month, day).
    """

    #: ``(lower bound %, nilai)`` pairs, highest first; a share by TW II above the bound takes the
    #: nilai.
    distribusi: tuple[tuple[Decimal, Decimal], ...]
    #: The nilai of a contract signed before the DIPA year (kontrak dini).
    nilai_pra_dipa: Decimal
    #: The nilai of a contract signed from 1 January to ``batas_dini``.
    nilai_triwulan_i: Decimal
    #: The last day of early contracts, as ``(month, day)``.
    batas_dini: tuple[int, int]


#: PER-5/PB/2024: distribusi akselerasi 20, kontrak dini 40, akselerasi kontrak 53 40.
#: Distribution by TW II: > 75 % → 100; > 50 % → 80; > 25 % → 60; > 0 → 50; 0 → 0.
#: Kontrak dini: before the DIPA year 120; 1 January–31 March 110.  [S]
BELANJA_KONTRAKTUAL_PER_5_PB_2024 = rules.register(
    "ikpa-belanja-kontraktual",
    BelanjaKontraktualRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024, belanja kontraktual: distribusi akselerasi 20 % (by TW II: "
        "> 75 % 100; 50,01–75 % 80; 25,01–50 % 60; 0,01–25 % 50; 0 → 0), kontrak dini 40 % "
        "(pra-DIPA 120; 1 January–31 March 110), akselerasi kontrak belanja modal 40 % (DJPb "
        "2024 slides as quoted by a public IKPA simulator)",
        years=(2024, None),
        confidence="S",
        weights=(("distribusi_akselerasi", "20"), ("kontrak_dini", "40"),
                 ("akselerasi_53", "40")),
        distribusi=((_d(75), _d(100)), (_d(50), _d(80)), (_d(25), _d(60)), (ZERO, _d(50))),
        nilai_pra_dipa=_d(120),
        nilai_triwulan_i=_d(110),
        batas_dini=(3, 31),
    ),
)


@attrs.frozen(kw_only=True)
class IKPABelanjaKontraktual(Figure):
    """Nilai of IKPA's belanja kontraktual indicator from its three parts.

    Notes
    -----
    ``nilai = (20 × distribusi akselerasi + 40 × kontrak dini + 40 ×
    akselerasi 53) / 100`` over the parts that apply (``None``: re-weighted
    [CONV]).  Distribusi by TW II: > 75 % → 100, > 50 % → 80, > 25 % → 60,
    > 0 → 50, 0 → 0; kontrak dini: signed before the DIPA year → 120, 1
    January–31 March → 110; akselerasi 53: the share finished by 31 March
    [OPEN].  Built by :func:`ikpa_belanja_kontraktual`.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S].

    Examples
    --------
    60 % contracted by TW II (→ 80), one contract signed on 15 February (→ 110),
    3 of 4 belanja modal contracts finished by 31 March (→ 75):
    (20 × 80 + 40 × 110 + 40 × 75) / 100 = 90:

    >>> import datetime, sakip
    >>> k = sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2=60,
    ...     kontrak_dini=[datetime.date(2024, 2, 15)], akselerasi_53=(3, 4))
    >>> k.value, k.bagian["distribusi_akselerasi"], k.bagian["kontrak_dini"]
    (Decimal('90'), Decimal('80'), Decimal('110'))
    """

    indikator: ClassVar[str] = "belanja_kontraktual"

    #: The share of contracts realised by TW II, in percent, or ``None``.
    distribusi_tw2: Decimal | None
    #: Signing dates of the early contracts, or ``None``.
    kontrak_dini: tuple[datetime.date, ...] | None
    #: The nilai of the other contracts part, or ``None``.
    nilai_kontrak_lain: Decimal | None
    #: Akselerasi of belanja modal (53) contracts as a count pair, or ``None``.
    akselerasi_53: tuple[int, int] | None
    #: The fiscal year.
    tahun: int
    #: The belanja kontraktual rule set applied.
    aturan: BelanjaKontraktualRule

    @property
    def bagian(self) -> dict[str, Decimal | None]:
        """The parts' nilai (``None`` where a part does not apply)."""
        return {name: value for name, value, _ in _parts_kontraktual(self, None)}

    def _derive(self, trace: Trace) -> Decimal:
        return _belanja_kontraktual(self, trace)

    def _title(self) -> str:
        return f"Nilai indikator belanja kontraktual (TA {self.tahun})"

    def _reference(self) -> str:
        return self.aturan.citation

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per part: bagian, bobot, its nilai as ``value`` and ``rounded``
        (``None`` if the part does not apply)."""
        policy = check_rounding(rounding)
        weights = dict(self.aturan.weights)
        return [{"bagian": name, "bobot": weights[name], "value": value,
                 "rounded": None if value is None else policy.apply(value)}
                for name, value, _ in _parts_kontraktual(self, None)]


def _parts_kontraktual(data: IKPABelanjaKontraktual, trace: Trace | None
                       ) -> list[tuple[str, Decimal | None, Decimal]]:
    rule = data.aturan
    weights = dict(rule.weights)
    distribusi = None
    if data.distribusi_tw2 is not None:
        distribusi = ZERO
        for lower, nilai in rule.distribusi:
            if data.distribusi_tw2 > lower:
                distribusi = nilai
                break
        if trace is not None:
            trace.add("distribusi akselerasi", filled(
                _RUMUS_DISTRIBUSI,
                table="; ".join(f"> {lo} % → {v}" for lo, v in rule.distribusi)),
                      (("kontrak s.d. TW II %", data.distribusi_tw2),), distribusi)
    dini = None
    if data.kontrak_dini is not None:
        start = datetime.date(data.tahun, 1, 1)
        end = datetime.date(data.tahun, *rule.batas_dini)
        scores = []
        for tanggal in data.kontrak_dini:
            if tanggal < start:
                scores.append(rule.nilai_pra_dipa)
            elif tanggal <= end:
                scores.append(rule.nilai_triwulan_i)
            else:
                assert data.nilai_kontrak_lain is not None
                scores.append(data.nilai_kontrak_lain)
        dini = CONTEXT.divide(exact_sum(scores), Decimal(len(scores)))
        if trace is not None:
            trace.add("kontrak dini", filled(_RUMUS_DINI, start=start, pra=rule.nilai_pra_dipa,
                                             end=end, tw1=rule.nilai_triwulan_i),
                      tuple((f"kontrak {t.isoformat()}", s)
                            for t, s in zip(data.kontrak_dini, scores, strict=True)), dini,
                      note=_NOTE_MEAN_CONTRACTS)
    akselerasi = None
    if data.akselerasi_53 is not None:
        selesai, jumlah = data.akselerasi_53
        akselerasi = CONTEXT.divide(CONTEXT.multiply(Decimal(selesai), HUNDRED), Decimal(jumlah))
        if trace is not None:
            trace.add("akselerasi kontrak belanja modal (53)", "selesai / jumlah × 100",
                      (("kontrak Rp 50–200 juta selesai s.d. 31 Maret", selesai),
                       ("jumlah kontrak", jumlah)), akselerasi,
                      note=_NOTE_SHARE)
    return [("distribusi_akselerasi", distribusi, weights["distribusi_akselerasi"]),
            ("kontrak_dini", dini, weights["kontrak_dini"]),
            ("akselerasi_53", akselerasi, weights["akselerasi_53"])]


def _belanja_kontraktual(data: IKPABelanjaKontraktual, trace: Trace | None) -> Decimal:
    parts = _parts_kontraktual(data, trace)
    value = _weighted_parts(parts)
    _trace_parts(trace, "nilai belanja kontraktual", parts, value, data.aturan.citation)
    return value


def ikpa_belanja_kontraktual(
    *positional: Never,
    tahun: int,
    distribusi_tw2: Number | None = None,
    kontrak_dini: Sequence[datetime.date] | None = None,
    nilai_kontrak_lain: Number | None = None,
    akselerasi_53: tuple[int, int] | None = None,
    aturan: str = "per-5-pb-2024",
) -> IKPABelanjaKontraktual:
    """Nilai of IKPA's belanja kontraktual indicator from its three parts.

    Parameters
    ----------
    tahun:
        The fiscal year (its 1 January and 31 March date kontrak dini).
    distribusi_tw2:
        Distribusi akselerasi: the share (%) of the year's contracts (Rp 50 juta
        and above) contracted by the end of TW II; scored by the bucket table.
    kontrak_dini:
        The signing dates of the contracts of Rp 50 juta and above: before the
        DIPA year → 120, 1 January–31 March → 110; the part is their mean [OPEN].
    nilai_kontrak_lain:
        The score of a contract signed after 31 March: not retrieved [OPEN], so
        required when such a contract is given; at most 110, the score of a
        contract signed by 31 March.
    akselerasi_53:
        ``(selesai, jumlah)``: belanja modal contracts of Rp 50–200 juta, paid
        at once, finished by 31 March, out of all such contracts; the part is
        their share in percent [OPEN: the scoring was not retrieved].

    Notes
    -----
    ``nilai = (20 × distribusi + 40 × kontrak dini + 40 × akselerasi 53) / 100``
    over the parts that apply (``None``: not applicable, re-weighted [CONV]),
    in ``[0, 108]``.  A satker without contracts is not assessed: give ``None``
    to :func:`sakip.ikpa`.

    Examples
    --------
    >>> import datetime
    >>> k = ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="60",
    ...                              kontrak_dini=[datetime.date(2023, 12, 20)],
    ...                              akselerasi_53=(1, 2))
    >>> k.value, k.bagian["kontrak_dini"]
    (Decimal('84'), Decimal('120'))
    """
    if positional or tahun is REQUIRED:
        raise call_error(ikpa_belanja_kontraktual, positional, locals())
    found = rules.find("ikpa-belanja-kontraktual", aturan)
    assert isinstance(found, BelanjaKontraktualRule)
    tahun = _check_tahun(tahun, found)
    share = None
    if distribusi_tw2 is not None:
        share = check_score(distribusi_tw2, "distribusi_tw2")
    dates = None
    lain = None
    if nilai_kontrak_lain is not None:
        lain = to_decimal(nilai_kontrak_lain, field="nilai_kontrak_lain", nonnegative=True)
        if lain > found.nilai_triwulan_i:
            raise InvalidValueError(
                field="nilai_kontrak_lain", expected=f"at most {found.nilai_triwulan_i}, the "
                "score of a contract signed by 31 March (a later contract never scores more)",
                received=nilai_kontrak_lain)
    if kontrak_dini is not None:
        if isinstance(kontrak_dini, (str, bytes)) or not isinstance(kontrak_dini, Sequence) \
                or not kontrak_dini:
            raise InvalidValueError(field="kontrak_dini", expected="a non-empty sequence of "
                                    "dates (None when there is no such contract)",
                                    received=kontrak_dini)
        end = datetime.date(tahun, *found.batas_dini)
        for tanggal in kontrak_dini:
            if isinstance(tanggal, datetime.datetime) or not isinstance(tanggal, datetime.date):
                raise InvalidTypeError(field="kontrak_dini", expected="datetime.date values",
                                       received=tanggal)
            if tanggal.year > tahun:
                raise InvalidValueError(field="kontrak_dini", expected=f"a date before the end "
                                        f"of TA {tahun}", received=tanggal)
            if tanggal > end and lain is None:
                raise InvalidValueError(
                    field="nilai_kontrak_lain", expected=f"the score of a contract signed after "
                    f"{end} (not retrieved [OPEN]: give it explicitly)", received=None)
        dates = tuple(kontrak_dini)
    pair = None
    if akselerasi_53 is not None:
        if not isinstance(akselerasi_53, tuple) or len(akselerasi_53) != 2:
            raise InvalidValueError(field="akselerasi_53", expected="(selesai, jumlah)",
                                    received=akselerasi_53)
        selesai = _count(akselerasi_53[0], "akselerasi_53.selesai")
        jumlah = _count(akselerasi_53[1], "akselerasi_53.jumlah")
        if jumlah == 0:
            raise NotComputableError(field="akselerasi_53", reason="no eligible contract: give "
                                     "None (the part does not apply)")
        if selesai > jumlah:
            raise InvalidValueError(field="akselerasi_53.selesai",
                                    expected=f"at most jumlah ({jumlah})", received=selesai)
        pair = (selesai, jumlah)
    if share is None and dates is None and pair is None:
        raise NotComputableError(field="belanja_kontraktual", reason="no part applies: the "
                                 "indicator is not assessed (give None to sakip.ikpa)")
    figure = IKPABelanjaKontraktual(value=ZERO, distribusi_tw2=share, kontrak_dini=dates,
                                    nilai_kontrak_lain=lain, akselerasi_53=pair, tahun=tahun,
                                    aturan=found,
                                    sources=sources_of((("distribusi_tw2", distribusi_tw2),
                                                        ("nilai_kontrak_lain",
                                                         nilai_kontrak_lain))))
    return figure._computed(_belanja_kontraktual(figure, None))

ikpa_belanja_kontraktual = keyword_only()(ikpa_belanja_kontraktual)


# --------------------------------------------------------------- UP/TUP, KKP


@attrs.frozen(kw_only=True)
class UPTUPRule(rules.RuleSet):
    """Pengelolaan UP/TUP: tunai and KKP weights, the tunai parts, KKP targets and scores."""

    #: Weight of the tunai part.
    bobot_tunai: Decimal
    #: Weight of the KKP part.
    bobot_kkp: Decimal
    #: ``(part, weight)`` pairs of the tunai parts.
    bagian_tunai: tuple[tuple[str, Decimal], ...]
    #: KKP targets per quarter, in percent of the annualised UP KKP.
    target_kkp: tuple[Decimal, Decimal, Decimal, Decimal]
    #: The KKP nilai when the target is reached.
    nilai_kkp_tercapai: Decimal
    #: The KKP nilai when the target is not reached.
    nilai_kkp_belum: Decimal


#: PER-5/PB/2024: tunai 90 % (ketepatan waktu 50, GUP disebulankan 25, setoran TUP 25)
#: + KKP 10 % (targets of the annualised UP KKP: TW I 1 %, II 5 %, III 9 %, IV 12,5 %;
#: reached → 110, not reached → 100).  [S]
UP_TUP_PER_5_PB_2024 = rules.register(
    "ikpa-up-tup",
    UPTUPRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024, pengelolaan UP/TUP: tunai 90 % (ketepatan waktu 50 %, GUP "
        "disebulankan 25 %, setoran TUP 25 %) + KKP 10 % (TW I 1 %, TW II 5 %, TW III 9 %, "
        "TW IV 12,5 % of the annualised UP KKP; reached 110, not reached 100) (DJPb 2024 "
        "slides as quoted by a public IKPA simulator; KPPN Padang)",
        years=(2024, None),
        confidence="S",
        bobot_tunai=_d(90),
        bobot_kkp=_d(10),
        bagian_tunai=(("ketepatan_waktu", _d(50)), ("gup_disebulankan", _d(25)),
                      ("setoran_tup", _d(25))),
        target_kkp=(_d(1), _d(5), _d(9), Decimal("12.5")),
        nilai_kkp_tercapai=_d(110),
        nilai_kkp_belum=_d(100),
    ),
)


@attrs.frozen(kw_only=True)
class IKPAPengelolaanUPTUP(Figure):
    """Nilai of IKPA's pengelolaan UP/TUP indicator (tunai and KKP).

    Notes
    -----
    Tunai ``= (50 × ketepatan waktu + 25 × GUP disebulankan + 25 × setoran
    TUP) / 100`` over the parts given; KKP per quarter 110 when the cumulative
    spending reaches 1 / 5 / 9 / 12,5 % of ``12 × UP KKP``, else 100, averaged
    over the quarters that have ended; ``nilai = 0,9 × tunai + 0,1 × KKP``
    (tunai alone without UP KKP [CONV]).  Built by :func:`ikpa_pengelolaan_up_tup`.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S]; KPPN Padang.

    Examples
    --------
    Tunai parts 100, 80 and 100 → 95; UP KKP 1.000 (annualised 12.000): 100
    spent by TW I misses 1 % = 120 (→ 100), 700 by TW II reaches 5 % = 600
    (→ 110), KKP 105; 0,9 × 95 + 0,1 × 105 = 96:

    >>> import sakip
    >>> u = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=80,
    ...     setoran_tup=100, up_kkp=1000, realisasi_kkp=[100, 700])
    >>> u.value, u.to_rows()[-1]
    (Decimal('96'), {'bagian': 'kkp', 'value': Decimal('105'), 'rounded': Decimal('105.00')})
    """

    indikator: ClassVar[str] = "pengelolaan_up_tup"

    #: ``(part, nilai)`` pairs of the tunai parts (``None`` where not given).
    tunai: tuple[tuple[str, Decimal | None], ...]
    #: The annualised UP KKP, or ``None``.
    up_kkp: Decimal | None
    #: Cumulative KKP realisasi per quarter.
    realisasi_kkp: tuple[Decimal, ...]
    #: The UP/TUP rule set applied.
    aturan: UPTUPRule

    def _derive(self, trace: Trace) -> Decimal:
        return _up_tup(self, trace)

    def _title(self) -> str:
        return "Nilai indikator pengelolaan UP/TUP"

    def _reference(self) -> str:
        return self.aturan.citation

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per part: bagian (the tunai parts, then ``kkp``), its nilai as
        ``value`` and ``rounded`` (``None`` where a part is not given)."""
        policy = check_rounding(rounding)
        parts: list[tuple[str, Decimal | None]] = [*self.tunai, ("kkp", _kkp(self, None))]
        return [{"bagian": name, "value": value,
                 "rounded": None if value is None else policy.apply(value)}
                for name, value in parts]


def _kkp(data: IKPAPengelolaanUPTUP, trace: Trace | None) -> Decimal | None:
    if data.up_kkp is None:
        return None
    rule = data.aturan
    annual = CONTEXT.multiply(data.up_kkp, Decimal(12))
    scores = []
    for q, realised in enumerate(data.realisasi_kkp):
        target = CONTEXT.divide(CONTEXT.multiply(annual, rule.target_kkp[q]), HUNDRED)
        nilai = rule.nilai_kkp_tercapai if realised >= target else rule.nilai_kkp_belum
        scores.append(nilai)
        if trace is not None:
            trace.add(f"KKP triwulan {q + 1}", filled(
                _RUMUS_KKP, tercapai=rule.nilai_kkp_tercapai, target=rule.target_kkp[q],
                belum=rule.nilai_kkp_belum),
                      (("realisasi KKP kumulatif", realised), ("target", target)), nilai)
    value = CONTEXT.divide(exact_sum(scores), Decimal(len(scores)))
    if trace is not None:
        trace.add("nilai KKP", "(Σ nilai triwulan) / n", (("n", len(scores)),), value)
    return value


def _up_tup(data: IKPAPengelolaanUPTUP, trace: Trace | None) -> Decimal:
    rule = data.aturan
    weights = dict(rule.bagian_tunai)
    tunai_parts = [(name, value, weights[name]) for name, value in data.tunai]
    tunai = None
    if any(v is not None for _, v, _ in tunai_parts):
        tunai = _weighted_parts(tunai_parts)
        _trace_parts(trace, "nilai UP/TUP tunai", tunai_parts, tunai, rule.citation)
    kkp = _kkp(data, trace)
    parts = [("tunai", tunai, rule.bobot_tunai), ("kkp", kkp, rule.bobot_kkp)]
    value = _weighted_parts(parts)
    _trace_parts(trace, "nilai pengelolaan UP/TUP", parts, value, rule.citation)
    return value


def ikpa_pengelolaan_up_tup(
    *positional: Never,
    ketepatan_waktu: Number | None,
    gup_disebulankan: Number | None,
    setoran_tup: Number | None,
    up_kkp: Number | None = None,
    realisasi_kkp: Sequence[Number | None] | None = None,
    aturan: str = "per-5-pb-2024",
) -> IKPAPengelolaanUPTUP:
    """Nilai of IKPA's pengelolaan UP/TUP indicator: tunai 90 % + KKP 10 %.

    Parameters
    ----------
    ketepatan_waktu, gup_disebulankan, setoran_tup:
        The tunai parts' scores 0–100 (GUP/PTUP submitted within a month;
        GUP disebulankan; TUP repaid on time); ``None`` where a part does not
        apply (no TUP), re-weighted [CONV].
    up_kkp, realisasi_kkp:
        The monthly UP KKP and the cumulative KKP spending at the end of each
        quarter that has ended (``None`` for later quarters).  Without UP KKP
        (``None``) the KKP part does not apply and tunai weighs 100 % [CONV].

    Notes
    -----
    Tunai ``= (50 × ketepatan waktu + 25 × GUP disebulankan + 25 × setoran TUP)
    / 100``.  KKP per quarter: 110 if the cumulative spending reaches
    1 / 5 / 9 / 12,5 % of ``12 × up_kkp``, else 100; the mean over the quarters
    that have ended.  ``nilai = 0,9 × tunai + 0,1 × KKP``, in ``[0, 101]``.

    Examples
    --------
    >>> u = ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=100,
    ...                             setoran_tup=None, up_kkp=1000, realisasi_kkp=[120, 500])
    >>> u.value
    Decimal('100.5')
    """
    if (
        positional or
        ketepatan_waktu is REQUIRED or
        gup_disebulankan is REQUIRED or
        setoran_tup is REQUIRED
    ):
        raise call_error(ikpa_pengelolaan_up_tup, positional, locals())
    found = rules.find("ikpa-up-tup", aturan)
    assert isinstance(found, UPTUPRule)
    tunai = []
    for name, value in (("ketepatan_waktu", ketepatan_waktu),
                        ("gup_disebulankan", gup_disebulankan), ("setoran_tup", setoran_tup)):
        tunai.append((name, None if value is None else check_score(value, name)))
    amount = None
    realised: tuple[Decimal, ...] = ()
    if (up_kkp is None) != (realisasi_kkp is None):
        raise InvalidValueError(field="realisasi_kkp" if realisasi_kkp is None else "up_kkp",
                                expected="up_kkp and realisasi_kkp together", received=None)
    if up_kkp is not None and realisasi_kkp is not None:
        amount = to_decimal(up_kkp, field="up_kkp", nonnegative=True)
        if amount == 0:
            raise NotComputableError(field="up_kkp", reason="UP KKP is 0: give None (the KKP "
                                     "part does not apply)")
        realised = _ended(realisasi_kkp, "realisasi_kkp")
        if not 1 <= len(realised) <= 4:
            raise InvalidValueError(field="realisasi_kkp", expected="1–4 quarterly values",
                                    received=len(realised))
    if all(v is None for _, v in tunai) and amount is None:
        raise NotComputableError(field="pengelolaan_up_tup", reason="no part applies: the "
                                 "indicator is not assessed (give None to sakip.ikpa)")
    figure = IKPAPengelolaanUPTUP(
        value=ZERO, tunai=tuple(tunai), up_kkp=amount, realisasi_kkp=realised, aturan=found,
        sources=sources_of((("ketepatan_waktu", ketepatan_waktu),
                            ("gup_disebulankan", gup_disebulankan), ("setoran_tup", setoran_tup),
                            ("up_kkp", up_kkp))))
    return figure._computed(_up_tup(figure, None))

ikpa_pengelolaan_up_tup = keyword_only()(ikpa_pengelolaan_up_tup)


# -------------------------------------------------------- penyelesaian tagihan


@attrs.frozen(kw_only=True)
class PenyelesaianTagihanRule(rules.RuleSet):
    """Penyelesaian tagihan: the deadline in working days from BAST/BAPP to the SPM-LS."""

    #: The deadline in working days from BAST/BAPP to the SPM-LS.
    hari_kerja: int


#: PER-5/PB/2024: SPM-LS kontraktual submitted within 17 working days of the BAST/BAPP,
#: as a share of all SPM-LS kontraktual.  [S]
PENYELESAIAN_TAGIHAN_PER_5_PB_2024 = rules.register(
    "ikpa-penyelesaian-tagihan",
    PenyelesaianTagihanRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024, penyelesaian tagihan: SPM-LS kontraktual submitted within 17 "
        "working days of the BAST/BAPP ÷ all SPM-LS kontraktual × 100 (DJPb 2024 slides as "
        "quoted by a public IKPA simulator)",
        years=(2024, None),
        confidence="S",
        hari_kerja=17,
    ),
)


@attrs.frozen(kw_only=True)
class IKPAPenyelesaianTagihan(Figure):
    """Nilai of IKPA's penyelesaian tagihan indicator.

    Notes
    -----
    ``nilai = tepat_waktu / jumlah × 100``: the SPM-LS kontraktual submitted
    within ``aturan.hari_kerja`` (17) working days of the BAST/BAPP, out of all
    of them.  No SPM-LS kontraktual is not assessed (not computable here; give
    ``None`` to :func:`sakip.ikpa`).  Built by :func:`ikpa_penyelesaian_tagihan`.

    References
    ----------
    PER-5/PB/2024; DJPb 2024 technical-guidance slides [S].

    Examples
    --------
    17 of 20 SPM-LS kontraktual on time: 17 / 20 × 100 = 85:

    >>> import sakip
    >>> t = sakip.ikpa_penyelesaian_tagihan(tepat_waktu=17, jumlah=20)
    >>> t.value, t.jumlah, t.aturan.hari_kerja
    (Decimal('85'), 20, 17)
    """

    indikator: ClassVar[str] = "penyelesaian_tagihan"

    #: Number of tagihan settled on time.
    tepat_waktu: int
    #: Number of tagihan.
    jumlah: int
    #: The penyelesaian tagihan rule set applied.
    aturan: PenyelesaianTagihanRule

    def _derive(self, trace: Trace) -> Decimal:
        return _tagihan(self, trace)

    def _title(self) -> str:
        return "Nilai indikator penyelesaian tagihan"

    def _reference(self) -> str:
        return self.aturan.citation


def _tagihan(data: IKPAPenyelesaianTagihan, trace: Trace | None) -> Decimal:
    value = CONTEXT.divide(CONTEXT.multiply(Decimal(data.tepat_waktu), HUNDRED),
                           Decimal(data.jumlah))
    if trace is not None:
        trace.add("nilai penyelesaian tagihan", "SPM-LS tepat waktu / seluruh SPM-LS × 100",
                  ((f"tepat waktu (≤ {data.aturan.hari_kerja} hari kerja)", data.tepat_waktu),
                   ("seluruh SPM-LS kontraktual", data.jumlah)), value,
                  reference=data.aturan.citation)
    return value


def ikpa_penyelesaian_tagihan(*positional: Never, tepat_waktu: int, jumlah: int,
                              aturan: str = "per-5-pb-2024") -> IKPAPenyelesaianTagihan:
    """Nilai of IKPA's penyelesaian tagihan indicator: on-time SPM-LS kontraktual ÷ all × 100.

    ``tepat_waktu`` counts the SPM-LS kontraktual submitted within 17 working
    days of the BAST/BAPP, ``jumlah`` all of them.  No SPM-LS kontraktual: not
    assessed (give ``None`` to :func:`sakip.ikpa`).

    >>> ikpa_penyelesaian_tagihan(tepat_waktu=9, jumlah=12).value
    Decimal('75')
    """
    if positional or tepat_waktu is REQUIRED or jumlah is REQUIRED:
        raise call_error(ikpa_penyelesaian_tagihan, positional, locals())
    found = rules.find("ikpa-penyelesaian-tagihan", aturan)
    assert isinstance(found, PenyelesaianTagihanRule)
    on_time = _count(tepat_waktu, "tepat_waktu")
    total = _count(jumlah, "jumlah")
    if total == 0:
        raise NotComputableError(field="jumlah", reason="no SPM-LS kontraktual: the indicator "
                                 "is not assessed (give None to sakip.ikpa)")
    if on_time > total:
        raise InvalidValueError(field="tepat_waktu", expected=f"at most jumlah ({total})",
                                received=tepat_waktu)
    figure = IKPAPenyelesaianTagihan(value=ZERO, tepat_waktu=on_time, jumlah=total,
                                     aturan=found)
    return figure._computed(_tagihan(figure, None))

ikpa_penyelesaian_tagihan = keyword_only()(ikpa_penyelesaian_tagihan)
