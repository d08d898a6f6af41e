"""IKPA (Indikator Kinerja Pelaksanaan Anggaran, DJPb): rule sets, composite, calculators.

IKPA ranks every satker on budget execution.  Its indicators and weights
changed with PER-4/PB/2021 (TA 2021), PER-5/PB/2022 (TA 2022–2023) and
PER-5/PB/2024 (TA 2024 on); each is its own rule set here.

``IKPA = Σ wᵢ·nilaiᵢ / Σ wᵢ`` over the indicators that apply; an indicator
given as ``None`` is *not assessed* and the weights are renormalised over the
rest (*konversi bobot*).  Under PER-5/PB/2024, dispensasi SPM is a deduction
outside the 100, not a weighted indicator.

>>> import sakip
>>> scores = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100,
...           "penyerapan_anggaran": 100, "belanja_kontraktual": 100,
...           "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100, "capaian_output": 80}
>>> r = sakip.ikpa(scores, aturan="per-5-pb-2024")
>>> r.value, r.kategori
(Decimal('95'), 'Sangat Baik')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import _rules as rules
from sakip._decimal import (
    CONTEXT,
    HUNDRED,
    ONE,
    ZERO,
    HasValue,
    Number,
    exact_sum,
    to_decimal,
)
from sakip.composite import check_score, weighted
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Trace, check_rounding, sources_of
from sakip.numbers import Rounding

__all__ = [
    "DISPENSASI_PER_5_PB_2024",
    "IKPA",
    "IKPA_RULES",
    "KATEGORI_IKPA",
    "TARGET_PENYERAPAN_PER_5_PB_2024",
    "DeviasiHalamanIII",
    "DispensasiRule",
    "IKPARule",
    "PenyerapanTargetRule",
    "PenyerapanTriwulan",
    "deviasi_halaman_iii_dipa",
    "ikpa",
    "ikpa_rule_for",
    "kategori_ikpa",
    "penyerapan_triwulan",
    "potongan_dispensasi_spm",
]


@attrs.frozen(kw_only=True)
class IKPARule(rules.WeightedRuleSet):
    """An IKPA rule set: indicators with weights (summing to 100) and how dispensasi is treated.

    ``dispensasi`` is ``"indikator"`` (a weighted indicator, before 2024) or
    ``"potongan"`` (a deduction outside the 100, from 2024).
    """

    #: ``"indikator"`` (a weighted indicator) or ``"potongan"`` (a deduction, PER-5/PB/2024).
    dispensasi: str = "indikator"


def _w(*pairs: tuple[str, str]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((name, Decimal(weight)) for name, weight in pairs)


#: IKPA rule sets, by name.
IKPA_RULES: Mapping[str, IKPARule] = {
    rule.name: rules.register("ikpa", rule)
    for rule in (
        IKPARule(
            name="per-4-pb-2021",
            citation="PER-4/PB/2021 tentang Petunjuk Teknis Penilaian IKPA (13 indikator)",
            years=(2021, 2021),
            confidence="C2",
            weights=_w(
                ("revisi_dipa", "5"), ("deviasi_halaman_iii_dipa", "5"), ("pagu_minus", "5"),
                ("data_kontrak", "10"), ("pengelolaan_up_tup", "8"), ("lpj_bendahara", "5"),
                ("dispensasi_spm", "5"), ("penyerapan_anggaran", "15"),
                ("capaian_output", "17"), ("penyelesaian_tagihan", "10"), ("retur_sp2d", "5"),
                ("kesalahan_spm", "5"), ("renkas", "5"),
            ),
        ),
        IKPARule(
            name="per-5-pb-2022",
            citation="PER-5/PB/2022 tentang Petunjuk Teknis Penilaian IKPA (8 indikator; "
            "data kontrak called belanja kontraktual in 2023 material)",
            years=(2022, 2023),
            confidence="C2",
            weights=_w(
                ("revisi_dipa", "10"), ("deviasi_halaman_iii_dipa", "10"),
                ("pengelolaan_up_tup", "10"), ("belanja_kontraktual", "10"),
                ("penyelesaian_tagihan", "10"), ("penyerapan_anggaran", "20"),
                ("dispensasi_spm", "5"), ("capaian_output", "25"),
            ),
        ),
        IKPARule(
            name="per-5-pb-2024",
            citation="PER-5/PB/2024 tentang Petunjuk Teknis Penilaian IKPA (7 indikator; "
            "dispensasi SPM as a deduction)",
            years=(2024, None),
            confidence="C2",
            dispensasi="potongan",
            weights=_w(
                ("revisi_dipa", "10"), ("deviasi_halaman_iii_dipa", "15"),
                ("penyerapan_anggaran", "20"), ("belanja_kontraktual", "10"),
                ("penyelesaian_tagihan", "10"), ("pengelolaan_up_tup", "10"),
                ("capaian_output", "25"),
            ),
        ),
    )
}

#: IKPA categories (all PER-5 versions): lower bounds inclusive.
KATEGORI_IKPA = rules.register(
    "kategori-ikpa",
    rules.LabelBands(
        name="per-5-pb",
        citation="PER-5/PB/2022 and PER-5/PB/2024: nilai ≥ 95 Sangat Baik, 89 ≤ nilai < 95 Baik, "
        "70 ≤ nilai < 89 Cukup, nilai < 70 Kurang",
        years=(2022, None),
        confidence="C2",
        bands=((Decimal(95), "Sangat Baik"), (Decimal(89), "Baik"), (Decimal(70), "Cukup")),
        below="Kurang",
    ),
)


def ikpa_rule_for(tahun: int) -> IKPARule:
    """The IKPA rule set in force for fiscal year ``tahun`` (never the wall clock).

    >>> ikpa_rule_for(2023).name, ikpa_rule_for(2024).name
    ('per-5-pb-2022', 'per-5-pb-2024')
    """
    if isinstance(tahun, bool) or not isinstance(tahun, int):
        raise InvalidTypeError(field="tahun", expected="an int fiscal year", received=tahun)
    for rule in IKPA_RULES.values():
        if rule.in_force(tahun):
            return rule
    raise InvalidValueError(field="tahun", expected="a fiscal year from 2021 (PER-4/PB/2021 on)",
                            received=tahun)


def kategori_ikpa(nilai: Number) -> str:
    """The IKPA category of ``nilai``: lower bounds inclusive (89 is Baik, 88,99 Cukup).

    >>> kategori_ikpa(89), kategori_ikpa("88.99"), kategori_ikpa(95), kategori_ikpa("91.95")
    ('Baik', 'Cukup', 'Sangat Baik', 'Baik')
    """
    return KATEGORI_IKPA.label(check_score(nilai, "nilai"))


def _ikpa(komponen: tuple[tuple[str, Decimal, Decimal], ...], potongan: Decimal,
          rule: IKPARule, trace: Trace | None) -> Decimal:
    base = weighted(komponen, trace, reference=rule.citation)
    if potongan == 0:
        return base
    value = CONTEXT.subtract(base, potongan)
    if trace is not None:
        trace.add("nilai IKPA", "nilai komposit − potongan dispensasi SPM",
                  (("nilai komposit", base), ("potongan dispensasi SPM", potongan)), value,
                  reference=DISPENSASI_PER_5_PB_2024.citation)
    return value


@attrs.frozen(kw_only=True)
class IKPA(Figure):
    """A satker's IKPA: ``value``, ``kategori``, the assessed ``komponen`` and ``tidak_dinilai``."""

    #: ``(indicator, nilai, bobot)`` triples of the assessed indicators.
    komponen: tuple[tuple[str, Decimal, Decimal], ...]
    #: The indicators not assessed (given as ``None``); their weight is redistributed.
    tidak_dinilai: tuple[str, ...]
    #: The dispensasi SPM deduction in points (PER-5/PB/2024), 0 otherwise.
    potongan: Decimal
    #: The IKPA rule set applied.
    aturan: IKPARule

    @property
    def kategori(self) -> str:
        """The category of the IKPA (PER-5 bands, lower bounds inclusive)."""
        return KATEGORI_IKPA.label(self.value)

    @property
    def bobot_efektif(self) -> dict[str, Decimal]:
        """Effective weights after konversi bobot, summing to 100."""
        total = exact_sum(w for _, _, w in self.komponen)
        return {name: CONTEXT.divide(CONTEXT.multiply(w, HUNDRED), total)
                for name, _, w in self.komponen}

    def _derive(self, trace: Trace) -> Decimal:
        return _ikpa(self.komponen, self.potongan, self.aturan, trace)

    def _title(self) -> str:
        return f"Nilai IKPA ({self.aturan.name})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[str, ...]:
        notes = [f"kategori {self.kategori!r} ({KATEGORI_IKPA.citation})"]
        if self.tidak_dinilai:
            effective = ", ".join(f"{k} {v.quantize(Decimal('0.0001'), context=CONTEXT)}"
                                  for k, v in self.bobot_efektif.items())
            notes.append(
                f"konversi bobot: not assessed {', '.join(self.tidak_dinilai)}; effective "
                f"weights {effective} (convention: official wording not retrieved)")
        return tuple(notes)

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "kategori": self.kategori,
                "tidak_dinilai": ", ".join(self.tidak_dinilai)}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per indicator: indikator, bobot, bobot_efektif, its ``value`` and ``rounded``.

        ``value`` is the indicator's nilai, ``None`` (and ``rounded`` too) when
        it is not assessed; ``bobot_efektif`` is its weight after konversi bobot.
        """
        policy = check_rounding(rounding)
        effective = self.bobot_efektif
        given = {name: nilai for name, nilai, _ in self.komponen}
        return [
            {"indikator": name, "bobot": weight, "bobot_efektif": effective.get(name, ZERO),
             "value": given.get(name),
             "rounded": None if name not in given else policy.apply(given[name])}
            for name, weight in self.aturan.weights
        ]


@keyword_only()
def ikpa(
    scores: Mapping[str, Number | None],
    *positional: Never,
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
) -> IKPA:
    """Nilai IKPA of a satker from its indicator scores.

    Parameters
    ----------
    scores:
        ``{indicator: nilai}`` for **every** indicator of the rule set; a
        value of ``None`` means *not assessed* (konversi bobot).  A nilai may be
        a result of the library (its exact ``value``; the explanation then
        includes its derivation).  Unknown names
        are refused with the valid names; a missing name is refused too.
    aturan, tahun:
        The rule set by name (``"per-5-pb-2024"``) or the fiscal year whose
        rule set applies; one of them is required (never the wall clock).
    dispensasi_spm:
        Under PER-5/PB/2024: the deduction in points (0–1, see
        :func:`potongan_dispensasi_spm`).  Before 2024 dispensasi is a
        weighted indicator in ``scores`` and this argument is refused.

    Returns
    -------
    IKPA
        Exact value (rounded only when reported), ``kategori``, ``bobot_efektif``.

    Notes
    -----
    ``IKPA = Σ wᵢ·nilaiᵢ / Σ wᵢ − potongan`` over assessed indicators.

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024.

    Examples
    --------
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
    ...      "belanja_kontraktual": None, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 80}
    >>> r = ikpa(s, tahun=2024)
    >>> r.rounded(2), r.kategori
    (Decimal('94.44'), 'Baik')
    >>> ikpa(s | {"dispensasi_spm": 100}, tahun=2024)
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: dispensasi_spm: expected ...; received 'dispensasi_spm'
    """
    if positional:
        raise call_error(ikpa, positional, locals())
    if aturan is None and tahun is None:
        raise InvalidValueError(field="aturan", expected="aturan='per-5-pb-2024' or tahun=2024",
                                received=None)
    if aturan is not None:
        if not isinstance(aturan, str):
            raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
        found = rules.find("ikpa", aturan)
        assert isinstance(found, IKPARule)
        rule = found
        if tahun is not None and not rule.in_force(tahun):
            raise InvalidValueError(field="tahun", expected=f"a year in force for {rule.name} "
                                    f"{rule.years}", received=tahun)
    else:
        assert tahun is not None
        rule = ikpa_rule_for(tahun)
    if not isinstance(scores, Mapping):
        raise InvalidTypeError(field="scores", expected="a mapping {indicator: nilai}",
                               received=scores)
    names = frozenset(rule.names)
    for name in scores:
        if name not in names:
            raise UnknownNameError(
                field=str(name),
                expected=f"an indicator of {rule.name}: {', '.join(rule.names)}",
                received=name,
            )
    komponen = []
    skipped = []
    sources: list[tuple[str, Figure]] = []
    for name, weight in rule.weights:
        if name not in scores:
            raise InvalidValueError(
                field=name, expected="a score 0–100, or None when the indicator is not assessed",
                received="(missing)")
        value = scores[name]
        if value is None:
            skipped.append(name)
            continue
        komponen.append((name, check_score(value, name), weight))
        if value.__class__ is not str and isinstance(value, HasValue):
            sources.append((name, value))  # type: ignore[arg-type]  # every HasValue is a Figure
    if not komponen:
        raise NotComputableError(field="scores", reason="no indicator is assessed")
    potongan = ZERO
    if dispensasi_spm is not None:
        if rule.dispensasi != "potongan":
            raise InvalidValueError(
                field="dispensasi_spm",
                expected=f"no deduction under {rule.name}: dispensasi_spm is a weighted "
                "indicator in scores",
                received=dispensasi_spm,
            )
        potongan = to_decimal(dispensasi_spm, field="dispensasi_spm", nonnegative=True)
        sources.extend(sources_of(("dispensasi_spm",), (dispensasi_spm,)))
        if potongan > DISPENSASI_PER_5_PB_2024.maximum:
            raise InvalidValueError(
                field="dispensasi_spm",
                expected=f"a deduction 0–{DISPENSASI_PER_5_PB_2024.maximum} points",
                received=dispensasi_spm)
    parts = tuple(komponen)
    return IKPA(value=_ikpa(parts, potongan, rule, None), komponen=parts,
                tidak_dinilai=tuple(skipped), potongan=potongan, aturan=rule,
                sources=tuple(sources))


# ---------------------------------------------------------------- dispensasi


@attrs.frozen(kw_only=True)
class DispensasiRule(rules.RuleSet):
    """Per-mille buckets of dispensation SPMs and their deductions.

    ``buckets`` are ``(upper bound in ‰, deduction)``; a ratio belongs to the
    first bucket whose upper bound it does not exceed (``ratio <= upper``);
    ``upper_exclusive`` lists bounds that are exclusive instead.
    """

    #: ``(upper bound per mille, deduction in points)`` pairs, lowest first.
    buckets: tuple[tuple[Decimal, Decimal], ...]
    #: The upper bounds that are exclusive (the others are inclusive).
    upper_exclusive: tuple[Decimal, ...]
    #: The deduction above the last bucket.
    maximum: Decimal


#: PER-5/PB/2024: 0 → 0; (0, 0,1‰] → 0,25; (0,1‰, 1‰] → 0,50; (1‰, 5‰) → 0,75;
#: ≥ 5‰ → 1,00 point.  [C1]; the bucket edges are sakip's documented reading.
DISPENSASI_PER_5_PB_2024 = rules.register(
    "dispensasi-spm",
    DispensasiRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024 (pengurang nilai IKPA atas dispensasi SPM); bucket edges as "
        "read by sakip (0,1‰ and 1‰ inclusive, 5‰ to the top bucket)",
        years=(2024, None),
        confidence="C1",
        buckets=(
            (Decimal(0), Decimal(0)),
            (Decimal("0.1"), Decimal("0.25")),
            (Decimal(1), Decimal("0.50")),
            (Decimal(5), Decimal("0.75")),
        ),
        upper_exclusive=(Decimal(5),),
        maximum=Decimal(1),
    ),
)


@keyword_only()
def potongan_dispensasi_spm(*positional: Never, jumlah_dispensasi: int, jumlah_spm: int) -> Decimal:
    """The IKPA deduction for dispensation SPMs under PER-5/PB/2024, in points.

    ``ratio = jumlah_dispensasi / jumlah_spm × 1000`` (per mille, against the
    SPMs of TW IV); the deduction is the bucket of the ratio.

    >>> potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=500)
    Decimal('0')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm=10000)
    Decimal('0.25')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=5, jumlah_spm=1000)
    Decimal('1')
    """
    if positional or jumlah_dispensasi is REQUIRED or jumlah_spm is REQUIRED:
        raise call_error(potongan_dispensasi_spm, positional, locals())
    for field, value in (("jumlah_dispensasi", jumlah_dispensasi), ("jumlah_spm", jumlah_spm)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidValueError(field=field, expected="a count (int >= 0)", received=value)
    if jumlah_spm == 0:
        raise NotComputableError(field="jumlah_spm", reason="no SPM in TW IV to compare with")
    if jumlah_dispensasi > jumlah_spm:
        raise InvalidValueError(field="jumlah_dispensasi",
                                expected=f"at most jumlah_spm ({jumlah_spm})",
                                received=jumlah_dispensasi)
    rule = DISPENSASI_PER_5_PB_2024
    ratio = CONTEXT.divide(CONTEXT.multiply(Decimal(jumlah_dispensasi), Decimal(1000)),
                           Decimal(jumlah_spm))
    for upper, deduction in rule.buckets:
        inside = ratio < upper if upper in rule.upper_exclusive else ratio <= upper
        if inside:
            return deduction
    return rule.maximum


# ------------------------------------------------------ deviasi halaman III


@attrs.frozen(kw_only=True)
class DeviasiHalamanIII(Figure):
    """Nilai of the indicator deviasi halaman III DIPA; ``deviasi`` is the average deviation (%)."""

    _made_by = "sakip.ikpa.deviasi_halaman_iii_dipa(...)"

    #: ``(jenis belanja, monthly RPD)`` pairs.
    rpd: tuple[tuple[str, tuple[Decimal, ...]], ...]
    #: ``(jenis belanja, monthly realisasi)`` pairs.
    realisasi: tuple[tuple[str, tuple[Decimal, ...]], ...]
    #: ``(jenis belanja, pagu)`` pairs, the weights of the jenis belanja.
    pagu: tuple[tuple[str, Decimal], ...]
    #: The months assessed (1–12).
    bulan: tuple[int, ...]
    #: The deviation (%) up to which the indicator scores 100.
    ambang: Decimal

    @property
    def deviasi(self) -> Decimal:
        """Average monthly deviation over the assessed months, in percent."""
        return _deviasi(self, None)[0]

    def _derive(self, trace: Trace) -> Decimal:
        return _deviasi(self, trace)[1]

    def _title(self) -> str:
        return "Nilai indikator deviasi halaman III DIPA"

    def _reference(self) -> str:
        return ("PER-5/PB/2024 (deviasi halaman III DIPA; ≤ 5 % scores 100 [C2]; 100 − deviasi "
                "above the threshold is an unverified assumption [OPEN])")


def _deviasi(data: DeviasiHalamanIII, trace: Trace | None) -> tuple[Decimal, Decimal]:
    pagu = dict(data.pagu)
    total_pagu = exact_sum(pagu.values())
    rpd, real = dict(data.rpd), dict(data.realisasi)
    monthly = []
    for month in data.bulan:
        combined = ZERO
        for jenis, share_pagu in pagu.items():
            plan = rpd[jenis][month - 1]
            spent = real[jenis][month - 1]
            if plan == 0:
                dev = HUNDRED if spent > 0 else ZERO
            else:
                dev = min(CONTEXT.divide(CONTEXT.multiply(CONTEXT.subtract(spent, plan).copy_abs(),
                                                          HUNDRED), plan), HUNDRED)
            combined = CONTEXT.add(combined, CONTEXT.divide(CONTEXT.multiply(dev, share_pagu),
                                                            total_pagu))
        monthly.append(combined)
        if trace is not None:
            trace.add(f"deviasi bulan {month}", "Σ_jenis (pagu share × min(|RA − RPD| / RPD, 1))",
                      tuple((f"{j} RPD / RA", f"{rpd[j][month - 1]} / {real[j][month - 1]}")
                            for j in pagu), combined)
    average = CONTEXT.divide(exact_sum(monthly), Decimal(len(monthly)))
    nilai = HUNDRED if average <= data.ambang else CONTEXT.subtract(HUNDRED, average)
    if trace is not None:
        trace.add("rata-rata deviasi", "(Σ deviasi bulanan) / n", (("n", len(monthly)),), average)
        trace.add("nilai deviasi halaman III DIPA",
                  f"100 if deviasi ≤ {data.ambang} else 100 − deviasi",
                  (("deviasi", average), ("ambang", data.ambang)), nilai,
                  note="100 − deviasi above the threshold is an assumption [OPEN]")
    return average, nilai


def _monthly(table: Mapping[str, Sequence[Number]], field: str) -> dict[str, tuple[Decimal, ...]]:
    if not isinstance(table, Mapping):
        raise InvalidTypeError(field=field, expected="a mapping {jenis belanja: 12 amounts}",
                               received=table)
    out = {}
    for jenis, values in table.items():
        amounts = tuple(to_decimal(v, field=f"{field}[{jenis}]", nonnegative=True)
                        for v in values)
        if len(amounts) != 12:
            raise InvalidValueError(field=f"{field}[{jenis}]", expected="12 monthly amounts",
                                    received=len(amounts))
        out[str(jenis)] = amounts
    return out


@keyword_only()
def deviasi_halaman_iii_dipa(
    *positional: Never,
    rpd: Mapping[str, Sequence[Number]],
    realisasi: Mapping[str, Sequence[Number]],
    pagu: Mapping[str, Number],
    bulan: Sequence[int] = tuple(range(1, 12)),
    ambang: Number = 5,
) -> DeviasiHalamanIII:
    """Nilai of IKPA's deviasi halaman III DIPA from monthly plan and realisation.

    Parameters
    ----------
    rpd, realisasi:
        ``{jenis belanja: 12 monthly amounts}`` (January first), the plan on
        DIPA page III and the realisation, for the same jenis belanja.
    pagu:
        ``{jenis belanja: pagu}``: the weights combining jenis belanja per month.
    bulan:
        The assessed months (January–November by default).
    ambang:
        The threshold in percent (5): an average deviation at or below it scores 100.

    Notes
    -----
    Per month and jenis belanja: ``min(|RA − RPD| / RPD, 100 %)``, with RPD = 0
    and RA > 0 counted as 100 % [CONV]; combined per month by pagu share;
    averaged over ``bulan``.  ``nilai = 100`` if the average ≤ ``ambang``
    [C2], else ``100 − deviasi`` [OPEN: an unverified assumption].

    Examples
    --------
    >>> plan = {"52": [100] * 12}
    >>> d = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [104] * 12}, pagu={"52": 1200})
    >>> d.deviasi, d.value
    (Decimal('4'), Decimal('100'))
    >>> deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [90] * 12}, pagu={"52": 1200}).value
    Decimal('90')
    """
    if positional or rpd is REQUIRED or realisasi is REQUIRED or pagu is REQUIRED:
        raise call_error(deviasi_halaman_iii_dipa, positional, locals())
    plan = _monthly(rpd, "rpd")
    real = _monthly(realisasi, "realisasi")
    if set(plan) != set(real) or set(plan) != set(pagu):
        raise InvalidValueError(field="realisasi",
                                expected=f"the same jenis belanja as rpd: {sorted(plan)}",
                                received=sorted(real))
    weights = {str(j): to_decimal(v, field=f"pagu[{j}]", nonnegative=True)
               for j, v in pagu.items()}
    if exact_sum(weights.values()) == 0:
        raise NotComputableError(field="pagu", reason="total pagu is zero")
    months = tuple(bulan)
    if not months or any(isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12
                         for m in months):
        raise InvalidValueError(field="bulan", expected="months 1–12", received=bulan)
    rpd_t, real_t, pagu_t = tuple(plan.items()), tuple(real.items()), tuple(weights.items())
    threshold = to_decimal(ambang, field="ambang", nonnegative=True)
    # The formula reads its inputs from a figure: computed on a draft, stored in the result.
    draft = DeviasiHalamanIII(value=ZERO, rpd=rpd_t, realisasi=real_t, pagu=pagu_t,
                              bulan=months, ambang=threshold)
    return DeviasiHalamanIII(value=_deviasi(draft, None)[1], rpd=rpd_t, realisasi=real_t,
                             pagu=pagu_t, bulan=months, ambang=threshold)


# ------------------------------------------------- penyerapan per triwulan


@attrs.frozen(kw_only=True)
class PenyerapanTargetRule(rules.RuleSet):
    """Cumulative quarterly absorption targets (%) per jenis belanja."""

    #: ``(jenis belanja, four cumulative quarterly targets in %)`` pairs.
    targets: tuple[tuple[str, tuple[Decimal, Decimal, Decimal, Decimal]], ...]


def _t(a: int, b: int, c: int, d: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    return (Decimal(a), Decimal(b), Decimal(c), Decimal(d))


#: PER-5/PB/2024 quarterly targets: 51 20/50/75/95, 52 15/50/70/90, 53 10/40/70/90,
#: 57 25/50/75/95 (percent, cumulative).  [C1]
TARGET_PENYERAPAN_PER_5_PB_2024 = rules.register(
    "target-penyerapan",
    PenyerapanTargetRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024 (target penyerapan anggaran per triwulan per jenis belanja)",
        years=(2024, None),
        confidence="C1",
        targets=(("51", _t(20, 50, 75, 95)), ("52", _t(15, 50, 70, 90)),
                 ("53", _t(10, 40, 70, 90)), ("57", _t(25, 50, 75, 95))),
    ),
)


@attrs.frozen(kw_only=True)
class PenyerapanTriwulan(Figure):
    """Nilai of IKPA's penyerapan anggaran indicator against quarterly targets."""

    _made_by = "sakip.ikpa.penyerapan_triwulan(...)"

    #: ``(jenis belanja, pagu less blokir)`` pairs.
    pagu: tuple[tuple[str, Decimal], ...]
    #: ``(jenis belanja, cumulative realisasi per quarter)`` pairs.
    realisasi: tuple[tuple[str, tuple[Decimal, ...]], ...]
    #: The quarterly target rule set.
    target: PenyerapanTargetRule

    def _derive(self, trace: Trace) -> Decimal:
        return _penyerapan_triwulan(self, trace)

    def _title(self) -> str:
        return "Nilai indikator penyerapan anggaran (per triwulan)"

    def _reference(self) -> str:
        return self.target.citation


def _penyerapan_triwulan(data: PenyerapanTriwulan, trace: Trace | None) -> Decimal:
    pagu = dict(data.pagu)
    total = exact_sum(pagu.values())
    targets = dict(data.target.targets)
    real = dict(data.realisasi)
    quarters = len(next(iter(real.values())))
    scores = []
    for q in range(quarters):
        combined = ZERO
        for jenis, p in pagu.items():
            serapan = CONTEXT.divide(CONTEXT.multiply(real[jenis][q], HUNDRED), p) if p else ZERO
            score = min(CONTEXT.divide(serapan, targets[jenis][q]), ONE)
            combined = CONTEXT.add(combined, CONTEXT.divide(CONTEXT.multiply(score, p), total))
        value_q = CONTEXT.multiply(combined, HUNDRED)
        scores.append(value_q)
        if trace is not None:
            trace.add(f"triwulan {q + 1}", "Σ_jenis pagu share × min(serapan / target, 1) × 100",
                      tuple((f"{j} realisasi kumulatif / target %",
                             f"{real[j][q]} / {targets[j][q]}") for j in pagu), value_q)
    value = CONTEXT.divide(exact_sum(scores), Decimal(len(scores)))
    if trace is not None:
        trace.add("nilai penyerapan anggaran", "(Σ nilai triwulan) / n",
                  (("n", len(scores)),), value)
    return value


@keyword_only()
def penyerapan_triwulan(
    *positional: Never,
    pagu: Mapping[str, Number],
    realisasi: Mapping[str, Sequence[Number]],
    blokir: Mapping[str, Number] | None = None,
    target: PenyerapanTargetRule = TARGET_PENYERAPAN_PER_5_PB_2024,
) -> PenyerapanTriwulan:
    """Nilai of IKPA's penyerapan anggaran indicator from cumulative quarterly realisasi.

    Parameters
    ----------
    pagu:
        ``{jenis belanja: pagu}``.
    realisasi:
        ``{jenis belanja: cumulative realisasi at the end of each quarter so far}``
        (1 to 4 values, the same count for every jenis belanja).
    blokir:
        Blocked amounts per jenis belanja, subtracted from pagu (the base is pagu − blokir).
    target:
        Quarterly targets per jenis belanja (default PER-5/PB/2024, [C1]).

    Notes
    -----
    Per quarter: ``Σ_j (pagu_j / Σ pagu) × min(serapan_j / target_j, 1) × 100``;
    the nilai is the average over the quarters given.

    Examples
    --------
    >>> penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, 700, 900]}).value
    Decimal('100')
    >>> penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}).value
    Decimal('50.0')
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED:
        raise call_error(penyerapan_triwulan, positional, locals())
    if not isinstance(pagu, Mapping) or not isinstance(realisasi, Mapping):
        raise InvalidTypeError(field="pagu", expected="mappings {jenis belanja: amount}",
                               received=type(pagu).__name__)
    targets = dict(target.targets)
    base: dict[str, Decimal] = {}
    for jenis, amount in pagu.items():
        if jenis not in targets:
            raise UnknownNameError(field="pagu", expected="jenis belanja " + ", ".join(targets),
                                   received=jenis)
        value = to_decimal(amount, field=f"pagu[{jenis}]", nonnegative=True)
        if blokir is not None and jenis in blokir:
            value = CONTEXT.subtract(value, to_decimal(blokir[jenis], field=f"blokir[{jenis}]",
                                                       nonnegative=True))
            if value < 0:
                raise InvalidValueError(field=f"blokir[{jenis}]", expected="blokir <= pagu",
                                        received=blokir[jenis])
        base[str(jenis)] = value
    if set(base) != {str(j) for j in realisasi}:
        raise InvalidValueError(field="realisasi", expected=f"jenis belanja {sorted(base)}",
                                received=sorted(realisasi))
    real = {str(j): tuple(to_decimal(v, field=f"realisasi[{j}]", nonnegative=True) for v in vs)
            for j, vs in realisasi.items()}
    counts = {len(v) for v in real.values()}
    if len(counts) != 1 or not 1 <= counts.pop() <= 4:
        raise InvalidValueError(field="realisasi",
                                expected="1–4 quarterly values, the same for every jenis belanja",
                                received={j: len(v) for j, v in real.items()})
    if exact_sum(base.values()) == 0:
        raise NotComputableError(field="pagu", reason="total pagu (less blokir) is zero")
    pagu_t, real_t = tuple(base.items()), tuple(real.items())
    # The formula reads its inputs from a figure: computed on a draft, stored in the result.
    draft = PenyerapanTriwulan(value=ZERO, pagu=pagu_t, realisasi=real_t, target=target)
    return PenyerapanTriwulan(value=_penyerapan_triwulan(draft, None), pagu=pagu_t,
                              realisasi=real_t, target=target)
