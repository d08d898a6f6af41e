"""IKPA (Indikator Kinerja Pelaksanaan Anggaran, DJPb): rule sets, composite, calculators.

IKPA ranks every satker on budget execution.  Its indicators and weights
changed with PER-4/PB/2021 (TA 2021), PER-5/PB/2022 (TA 2022–2023) and
PER-5/PB/2024 (TA 2024 on); each is its own rule set here.

``IKPA = Σ wᵢ·nilaiᵢ / Σ wᵢ`` over the indicators that apply; an indicator
given as ``None`` is *not assessed* and the weights are renormalised over the
rest (*konversi bobot*).  Under PER-5/PB/2024, dispensasi SPM is a deduction
outside the 100, not a weighted indicator.  Each year's adjustments to a rule
set (``IKPAPenyesuaian``: the 2026 exclusion of RO khusus, pagu minus
blokir from 2026, the [OPEN] 2025 efisiensi option) are data too;
``ikpa_rule_for`` returns the base rule set with them.  The scores may be
given as numbers or as the results of the per-indicator calculators (here and
in ``sakip.ikpa_indikator``), whose derivations then appear in
``explain()``.

>>> import sakip
>>> scores = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100,
...           "penyerapan_anggaran": 100, "belanja_kontraktual": 100,
...           "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100, "capaian_output": 80}
>>> r = sakip.ikpa(scores, aturan="per-5-pb-2024")
>>> r.value, r.kategori
(Decimal('95'), 'Sangat Baik')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, Never

import attrs

from sakip import _rules as rules
from sakip._bahasa import Pesan, Teks
from sakip._decimal import (
    CONTEXT,
    HUNDRED,
    ONE,
    ZERO,
    HasValue,
    Number,
    exact_sum,
    text,
    to_count,
    to_decimal,
)
from sakip.budget import _check_kode
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
from sakip.explain import Figure, Text, Trace, check_rounding, filled, sources_of
from sakip.numbers import Rounding

__all__ = [
    "DEVIASI_RULES",
    "DISPENSASI_PAPARAN_DJPB_2024",
    "DISPENSASI_PER_5_PB_2024",
    "IKPA",
    "IKPA_PENYESUAIAN",
    "IKPA_RULES",
    "KATEGORI_IKPA",
    "TARGET_PENYERAPAN_PER_5_PB_2024",
    "DeviasiHalamanIII",
    "DeviasiRule",
    "DispensasiRule",
    "IKPAPenyesuaian",
    "IKPARule",
    "PenyerapanTargetRule",
    "PenyerapanTriwulan",
    "deviasi_halaman_iii_dipa",
    "ikpa",
    "ikpa_rule_for",
    "kategori_ikpa",
    "penyerapan_triwulan",
    "penyesuaian_ikpa",
    "potongan_dispensasi_spm",
]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_POTONGAN = Teks(
    id="potongan dalam poin sebagaimana diberikan (potongan_dispensasi_spm menghitungnya)",
    en="the deduction in points as given (potongan_dispensasi_spm computes it)")
_IN_COMPOSITE = Teks(id="{name}: nilai dalam komposit", en="{name}: nilai in the composite")
_AS_USED = Teks(id="nilai indikator sebagaimana dipakai", en="nilai of the indicator as used")
_NOTE_SEE_NOTES = Teks(id="lihat catatan: dibatasi 100 atau ditetapkan oleh penyesuaian",
                       en="see the notes: capped at 100 or fixed by an adjustment")
_NOTE_KONVERSI = Teks(
    id="konversi bobot: tidak dinilai {tidak}; bobot efektif {effective} (konvensi: rumusan "
    "resminya tidak ditemukan)",
    en="konversi bobot: not assessed {tidak}; effective weights {effective} (convention: "
    "official wording not retrieved)")
_REF_DEVIASI = Teks(
    id="{citation}; ≤ 5 % bernilai 100 [C2]; 100 − deviasi di atas ambang adalah asumsi yang "
    "belum diverifikasi [OPEN]",
    en="{citation}; ≤ 5 % scores 100 [C2]; 100 − deviasi above the threshold is an unverified "
    "assumption [OPEN]")
_RUMUS_DEVIASI = Teks(id="100 bila deviasi ≤ {ambang}, selainnya 100 − deviasi",
                      en="100 if deviasi ≤ {ambang} else 100 − deviasi")
_NOTE_DEVIASI = Teks(id="100 − deviasi di atas ambang adalah asumsi [OPEN]",
                     en="100 − deviasi above the threshold is an assumption [OPEN]")
_NOTE_FIXED = Teks(
    id="TW {triwulan}: setiap indikator yang dinilai bernilai {nilai} (penyesuaian diminta "
    "dengan opsi)",
    en="TW {triwulan}: every assessed indicator scored {nilai} (adjustment asked for with opsi)")
_NOTE_BLU = Teks(id="satker BLU: tidak dinilai pada {names}",
                 en="satker BLU: not assessed on {names}")
_NOTE_CAPPED = Teks(
    id="{name} {value} dibatasi 100 dalam komposit (di_atas_100='batasi'; apakah nilai di "
    "atas 100 dipertahankan masih OPEN)",
    en="{name} {value} capped at 100 in the composite (di_atas_100='batasi'; whether scores "
    "above 100 survive is OPEN)")
#: The citation of a target table with the caller's 51 thresholds (the registered one's first).
_CITATION_51 = Teks(
    id="{citation}; ambang 51 diberikan oleh pemanggil (TA {tahun}, nilainya tidak diperoleh "
    "[OPEN])",
    en="{citation}; 51 thresholds given by the caller (TA {tahun}, values not retrieved [OPEN])")
_NOTE_51 = Teks(
    id="ambang TA 2026 untuk belanja pegawai yang dibayar terpusat (51) masih OPEN dan tidak "
    "diberikan: target PER-5/PB/2024 untuk 51 berlaku",
    en="the TA 2026 threshold for centrally paid belanja pegawai (51) is OPEN and was not "
    "given: the PER-5/PB/2024 targets for 51 apply")
_NOTE_RO_KHUSUS = Teks(id="RO khusus dikeluarkan: {kode}", en="RO khusus left out: {kode}")
_NOTE_PAGU_TRIWULAN = Teks(
    id="pagu per triwulan sebagaimana diberikan (dasar setiap triwulan: pagu pada hari kerja "
    "ke-10 bulan Februari / April / Juli, pagu akhir untuk TW IV [S])",
    en="pagu per triwulan as given (the basis of each quarter: the pagu at the 10th working "
    "day of February / April / July, the final pagu for TW IV [S])")
_RUMUS_PENYERAPAN = Teks(id="(Σ nilai triwulan) / n (triwulan yang telah berakhir)",
                         en="(Σ nilai triwulan) / n (quarters that have ended)")


@attrs.frozen(kw_only=True)
class IKPAPenyesuaian(rules.RuleSet):
    """A year's adjustment (*penyesuaian*) to the IKPA rules, as data."""

    #: KRO codes whose ROs are not an object of the indicators in ``indikator_kro``
    #: (excluded from numerator and denominator).
    kro_dikecualikan: tuple[str, ...] = ()
    #: The indicators from which ``kro_dikecualikan`` ROs are excluded.
    indikator_kro: tuple[str, ...] = ()
    #: Penyerapan targets are computed on pagu minus blokir (the calculator then
    #: requires ``blokir``, ``{}`` when nothing is blocked).
    pagu_minus_blokir: bool = False
    #: ``(triwulan, nilai)`` pairs; in that quarter every assessed indicator is scored
    #: ``nilai`` (the reported TA 2025 TW I treatment).
    nilai_tetap: tuple[tuple[int, Decimal], ...] = ()
    #: Applied only when asked for by name (``opsi=[name]``), an [OPEN] rule.
    opsional: bool = False
    #: What is known, for the docs and ``explain()``.
    catatan: str = ""

    def note(self) -> str:
        """The note an explanation prints for this adjustment: name, confidence, what it
        changes and its citation (``penyesuaian name [confidence]: catatan (citation)``).

        >>> print(IKPA_PENYESUAIAN["ta-2026-pagu-minus-blokir"].note())
        penyesuaian ta-2026-pagu-minus-blokir [P]: penyerapan anggaran on pagu minus blokir (KPPN
        Gorontalo page on IKPA 2026: penyerapan targets on pagu minus blokir)
        """
        return f"penyesuaian {self.name} [{self.confidence}]: {self.catatan} ({self.citation})"


@attrs.frozen(kw_only=True)
class IKPARule(rules.WeightedRuleSet):
    """An IKPA rule set: indicators with weights (summing to 100) and how dispensasi is treated.

    ``dispensasi`` is ``"indikator"`` (a weighted indicator, before 2024) or
    ``"potongan"`` (a deduction outside the 100, from 2024).
    ``blu_tidak_dinilai`` lists the indicators on which a BLU satker is not
    assessed (the composite re-weights; it does not score them 100).
    ``penyesuaian`` holds the year's adjustments when the rule set comes from
    :func:`ikpa_rule_for` (empty on the base rule sets in :data:`IKPA_RULES`).
    """

    #: ``"indikator"`` (a weighted indicator) or ``"potongan"`` (a deduction, PER-5/PB/2024).
    dispensasi: str = "indikator"
    #: The indicators on which a BLU satker is not assessed (the composite re-weights).
    blu_tidak_dinilai: tuple[str, ...] = ()
    #: The year's adjustments (empty on the base rule sets of ``IKPA_RULES``).
    penyesuaian: tuple[IKPAPenyesuaian, ...] = ()


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
            # BLU satker are not an object of penyerapan anggaran [S]: DJPb 2024 slides.
            blu_tidak_dinilai=("penyerapan_anggaran",),
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


#: Year adjustments to the IKPA rules (PER-5/PB/2024 applied in TA 2025 and 2026), by name.
IKPA_PENYESUAIAN: Mapping[str, IKPAPenyesuaian] = {
    rule.name: rules.register("ikpa-penyesuaian", rule)
    for rule in (
        IKPAPenyesuaian(
            name="ta-2026-ro-khusus",
            citation="KPPN Surakarta, Penyesuaian IKPA dalam rangka Pelaksanaan Prioritas "
            "Direktif Presiden TA 2026 (as cited by a public IKPA simulator): RO khusus "
            "(KRO FAN, e.g. FAN.ZZ1) are not an object of penyerapan anggaran and capaian output",
            years=(2026, 2026),
            confidence="S",
            kro_dikecualikan=("FAN",),
            indikator_kro=("penyerapan_anggaran", "capaian_output"),
            catatan="RO khusus (KRO FAN) excluded from penyerapan anggaran and capaian output",
        ),
        IKPAPenyesuaian(
            name="ta-2026-pagu-minus-blokir",
            citation="KPPN Gorontalo page on IKPA 2026: penyerapan targets on pagu minus blokir",
            years=(2026, None),
            confidence="P",
            pagu_minus_blokir=True,
            catatan="penyerapan anggaran on pagu minus blokir",
        ),
        IKPAPenyesuaian(
            name="ta-2025-efisiensi",
            citation="Inpres 1/2025 (efisiensi belanja); a KPPN page: DJPb adjusted penyerapan, "
            "belanja kontraktual, UP/TUP and capaian output for TA 2025 (formulas not "
            "retrieved); TW I 2025 reportedly scored 100 for every indicator [C1]",
            years=(2025, 2025),
            confidence="OPEN",
            nilai_tetap=((1, Decimal(100)),),
            opsional=True,
            catatan="TA 2025 efisiensi [OPEN]: only the reported TW I treatment (every indicator "
            "100) is applied; the adjusted formulas of the other quarters were not retrieved",
        ),
    )
}


def _check_tahun(tahun: object) -> int:
    if isinstance(tahun, bool) or not isinstance(tahun, int):
        raise InvalidTypeError(field="tahun", expected="an int fiscal year", received=tahun)
    if not 1900 <= tahun <= 2999:  # the years of sakip.TahunAnggaran
        raise InvalidValueError(field="tahun", expected="a fiscal year 1900–2999",
                                received=tahun)
    return tahun


def penyesuaian_ikpa(
    tahun: int, *positional: Never, opsi: Sequence[str] = ()
) -> tuple[IKPAPenyesuaian, ...]:
    """The IKPA adjustments in force for ``tahun``: the fixed ones, and the ``opsi`` asked for.

    An [OPEN] adjustment (``opsional``) applies only when named in ``opsi``; a
    name that is unknown or not in force for ``tahun`` is refused.

    >>> [p.name for p in penyesuaian_ikpa(2026)]
    ['ta-2026-ro-khusus', 'ta-2026-pagu-minus-blokir']
    >>> [p.name for p in penyesuaian_ikpa(2025)], [p.name for p in
    ...  penyesuaian_ikpa(2025, opsi=["ta-2025-efisiensi"])]
    ([], ['ta-2025-efisiensi'])
    """
    if positional:
        raise call_error(penyesuaian_ikpa, positional, locals())
    _check_tahun(tahun)
    if isinstance(opsi, str) or not isinstance(opsi, Sequence):
        raise InvalidTypeError(field="opsi", expected="a sequence of adjustment names",
                               received=opsi)
    optional = [p.name for p in IKPA_PENYESUAIAN.values() if p.opsional and p.in_force(tahun)]
    for name in opsi:
        if name not in optional:
            raise UnknownNameError(field="opsi", expected="an optional adjustment in force for "
                                   f"{tahun}: {', '.join(optional) or '(none)'}", received=name)
    return tuple(p for p in IKPA_PENYESUAIAN.values()
                 if p.in_force(tahun) and (not p.opsional or p.name in opsi))


penyesuaian_ikpa = keyword_only()(penyesuaian_ikpa)


def ikpa_rule_for(tahun: int, *positional: Never, opsi: Sequence[str] = ()) -> IKPARule:
    """The IKPA rule set for fiscal year ``tahun`` (never the wall clock), with its adjustments.

    The base rule set (its name and weights) plus ``penyesuaian``, the year's
    adjustments from :func:`penyesuaian_ikpa` (``opsi`` names the [OPEN] ones
    to apply).

    >>> ikpa_rule_for(2023).name, ikpa_rule_for(2024).name
    ('per-5-pb-2022', 'per-5-pb-2024')
    >>> [p.name for p in ikpa_rule_for(2026).penyesuaian]
    ['ta-2026-ro-khusus', 'ta-2026-pagu-minus-blokir']
    """
    if positional:
        raise call_error(ikpa_rule_for, positional, locals())
    _check_tahun(tahun)
    for rule in IKPA_RULES.values():
        if rule.in_force(tahun):
            adjustments = penyesuaian_ikpa(tahun, opsi=opsi)
            return attrs.evolve(rule, penyesuaian=adjustments) if adjustments else rule
    raise InvalidValueError(field="tahun", expected="a fiscal year from 2021 (PER-4/PB/2021 on)",
                            received=tahun)


ikpa_rule_for = keyword_only()(ikpa_rule_for)


def kro_dikecualikan(penyesuaian: Sequence[IKPAPenyesuaian], indikator: str) -> frozenset[str]:
    """The KRO codes whose ROs are not an object of ``indikator`` under ``penyesuaian``."""
    return frozenset(kro for p in penyesuaian if indikator in p.indikator_kro
                     for kro in p.kro_dikecualikan)


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
                  reference=rule.citation,
                  note=_NOTE_POTONGAN)
    return value


@attrs.frozen(kw_only=True)
class IKPA(Figure):
    """A satker's IKPA: ``value``, ``kategori``, the assessed ``komponen`` and ``tidak_dinilai``.

    Results given instead of plain scores are kept in ``sources``; their
    derivations open ``explain()``.

    Notes
    -----
    ``IKPA = Σ wᵢ·nilaiᵢ / Σ wᵢ − potongan`` over the assessed indicators: an
    indicator given as ``None`` is not assessed and the weights are
    renormalised over the rest (konversi bobot, a convention); under
    PER-5/PB/2024 dispensasi SPM is a deduction outside the 100.
    ``kategori``: ≥ 95 Sangat Baik, 89–< 95 Baik, 70–< 89 Cukup, < 70 Kurang
    (lower bounds inclusive).  Built by :func:`ikpa`.

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024.

    Examples
    --------
    PER-5/PB/2024 weights, belanja kontraktual not assessed (no contracts):
    (65 × 100 + 25 × 80) / 90 = 94,44…, minus a dispensasi deduction of 0,25
    = 94,19, "Baik":

    >>> import sakip
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
    ...      "belanja_kontraktual": None, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 80}
    >>> r = sakip.ikpa(s, aturan="per-5-pb-2024", dispensasi_spm="0.25")
    >>> r.rounded(2), r.kategori, r.tidak_dinilai, r.potongan
    (Decimal('94.19'), 'Baik', ('belanja_kontraktual',), Decimal('0.25'))
    """

    #: ``(indicator, nilai, bobot)`` triples of the assessed indicators.
    komponen: tuple[tuple[str, Decimal, Decimal], ...]
    #: The indicators not assessed (given as ``None``); their weight is redistributed.
    tidak_dinilai: tuple[str, ...]
    #: The dispensasi SPM deduction in points (PER-5/PB/2024), 0 otherwise.
    potongan: Decimal
    #: The IKPA rule set applied.
    aturan: IKPARule
    #: Notes on how the composite was formed (adjustments, BLU, results above 100).
    catatan: tuple[Text, ...] = ()

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
        used = {n: v for n, v, _ in self.komponen}
        for name, figure in self.sources:
            given = used.get(name)
            if given is not None and given != figure.value:
                trace.add(filled(_IN_COMPOSITE, name=name), _AS_USED,
                          ((f"nilai {name}", figure.value),), given, note=_NOTE_SEE_NOTES)
        return _ikpa(self.komponen, self.potongan, self.aturan, trace)

    def _title(self) -> str:
        return f"Nilai IKPA ({self.aturan.name})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _notes(self) -> tuple[Text, ...]:
        notes: list[Text] = [f"kategori {self.kategori!r} ({KATEGORI_IKPA.citation})"]
        if self.tidak_dinilai:
            effective = ", ".join(f"{k} {v.quantize(Decimal('0.0001'), context=CONTEXT)}"
                                  for k, v in self.bobot_efektif.items())
            notes.append(filled(_NOTE_KONVERSI, tidak=", ".join(self.tidak_dinilai),
                                effective=effective))
        notes.extend(p.note() for p in self.aturan.penyesuaian)
        notes.extend(self.catatan)
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


#: What the composite does with a calculator's result above 100 (revisi DIPA 110,
#: kontrak dini 120, KKP 110): ``"batasi"`` caps it at 100, ``"pertahankan"`` keeps it.
#: Whether such scores survive into the composite is [OPEN].
DiAtas100 = Literal["batasi", "pertahankan"]


def _rule(aturan: str | None, tahun: int | None, opsi: Sequence[str]) -> IKPARule:
    if aturan is None and tahun is None:
        raise InvalidValueError(
            field="aturan", expected="aturan='per-5-pb-2024' or tahun=2024", received=None)
    if aturan is None:
        assert tahun is not None
        return ikpa_rule_for(tahun, opsi=opsi)
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name", received=aturan)
    found = rules.find("ikpa", aturan)
    assert isinstance(found, IKPARule)
    if tahun is None:
        if opsi:
            raise InvalidValueError(field="opsi", expected="tahun= with the adjustments asked for",
                                    received=list(opsi))
        return found
    if not found.in_force(_check_tahun(tahun)):
        raise InvalidValueError(field="tahun", expected=f"a year in force for {found.name} "
                                f"{found.years}", received=tahun)
    adjustments = penyesuaian_ikpa(tahun, opsi=opsi)
    return attrs.evolve(found, penyesuaian=adjustments) if adjustments else found


def ikpa(
    scores: Mapping[str, Number | Figure | None],
    *positional: Never,
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
    blu: bool = False,
    triwulan: int | None = None,
    opsi: Sequence[str] = (),
    di_atas_100: DiAtas100 = "batasi",
) -> IKPA:
    """Nilai IKPA of a satker from its indicator scores or the calculators' results.

    Parameters
    ----------
    scores:
        ``{indicator: nilai}`` for **every** indicator of the rule set; a
        value of ``None`` means *not assessed* (konversi bobot).  A value may
        be a number 0–100 or a result of the library (its exact ``value``),
        in particular the result of the indicator's own calculator
        (:func:`sakip.ikpa_capaian_output`, :func:`sakip.ikpa_revisi_dipa`...);
        its derivation then appears in ``explain()``.  The result of another
        indicator's calculator is refused, and so is a result computed for
        another fiscal year than ``tahun`` (or, with ``aturan`` alone, for a
        year the rule set is not in force); when the year's adjustments touch
        penyerapan (2026), its result must come from
        ``penyerapan_triwulan(..., tahun=tahun)``.  Unknown names are refused
        with the valid names; a missing name is refused too.
    aturan, tahun:
        The rule set by name (``"per-5-pb-2024"``) or the fiscal year whose
        rule set applies; one of them is required (never the wall clock).
        With ``tahun`` the year's adjustments apply (:func:`ikpa_rule_for`).
    dispensasi_spm:
        Under PER-5/PB/2024: the deduction in points (0–1, see
        :func:`potongan_dispensasi_spm`).  Before 2024 dispensasi is a
        weighted indicator in ``scores`` and this argument is refused.
    blu:
        A BLU satker: the indicators the rule set does not assess for BLU
        (penyerapan anggaran under PER-5/PB/2024 [S]) must be ``None``; the
        composite re-weights (it does not score them 100).
    triwulan, opsi:
        The quarter assessed (a penyerapan result must then cover exactly
        the quarters that have ended), and the [OPEN] adjustments to apply
        (``opsi=["ta-2025-efisiensi"]`` scores every indicator 100 in TW I 2025,
        as reported [C1]).
    di_atas_100:
        A calculator's result above 100 (revisi DIPA 110, kontrak dini 120,
        KKP 110) is capped at 100 (``"batasi"``, default) or kept
        (``"pertahankan"``): whether such scores survive is [OPEN].  Plain
        numbers must lie in 0–100 either way.

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
    >>> ikpa(s | {"penyerapan_anggaran": None}, tahun=2024, blu=True).rounded(2)
    Decimal('92.86')
    >>> ikpa(s | {"dispensasi_spm": 100}, tahun=2024)
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: dispensasi_spm: expected ...; received 'dispensasi_spm'
    """
    if positional:
        raise call_error(ikpa, positional, locals())
    rule = _rule(aturan, tahun, opsi)
    if not isinstance(scores, Mapping):
        raise InvalidTypeError(field="scores", expected="a mapping {indicator: nilai}",
                               received=scores)
    if not isinstance(blu, bool):
        raise InvalidTypeError(field="blu", expected="True or False", received=blu)
    if blu and not rule.blu_tidak_dinilai:
        raise InvalidValueError(field="blu", expected=f"a rule set with a BLU treatment (the "
                                f"one of {rule.name} was not retrieved)", received=blu)
    if di_atas_100 not in ("batasi", "pertahankan"):
        raise InvalidValueError(field="di_atas_100", expected="'batasi' or 'pertahankan'",
                                received=di_atas_100)
    if triwulan is not None and (isinstance(triwulan, bool) or not isinstance(triwulan, int)
                                 or not 1 <= triwulan <= 4):
        raise InvalidValueError(field="triwulan", expected="a quarter 1–4", received=triwulan)
    names = frozenset(rule.names)
    for name in scores:
        if name not in names:
            raise UnknownNameError(
                field=str(name),
                expected=f"an indicator of {rule.name}: {', '.join(rule.names)}",
                received=name,
            )
    fixed = [nilai for p in rule.penyesuaian for q, nilai in p.nilai_tetap if q == triwulan]
    komponen = []
    skipped = []
    catatan: list[Text] = []
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
        if blu and name in rule.blu_tidak_dinilai:
            raise InvalidValueError(
                field=name, expected=f"None: a BLU satker is not assessed on {name} under "
                f"{rule.name} (the composite re-weights)", received=value)
        # Text, the commonest input, skips the (slower) check for a result.
        calculator = False
        if value.__class__ is not str and isinstance(value, HasValue):
            assert isinstance(value, Figure)  # every HasValue is a Figure
            sources.append((name, value))
            calculator = hasattr(type(value), "indikator")
        if calculator:
            assert isinstance(value, Figure)
            _same_year(name, value, tahun, rule)
            if (triwulan is not None and isinstance(value, PenyerapanTriwulan)
                    and value.triwulan != triwulan):
                raise InvalidValueError(
                    field=name, expected=f"a result over the {triwulan} quarter(s) that have "
                    f"ended at TW {triwulan}",
                    received=f"a result over {value.triwulan} quarter(s)")
            nilai = _from_figure(name, value, di_atas_100, catatan)
        else:
            nilai = check_score(value, name)
        if fixed:
            nilai = fixed[0]
        komponen.append((name, nilai, weight))
    if fixed:
        catatan.append(filled(_NOTE_FIXED, triwulan=triwulan, nilai=fixed[0]))
    if blu:
        catatan.append(filled(_NOTE_BLU, names=", ".join(rule.blu_tidak_dinilai)))
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
        if potongan > DISPENSASI_PER_5_PB_2024.maximum:
            raise InvalidValueError(
                field="dispensasi_spm",
                expected=f"a deduction 0–{DISPENSASI_PER_5_PB_2024.maximum} points",
                received=dispensasi_spm)
    parts = tuple(komponen)
    return IKPA(value=_ikpa(parts, potongan, rule, None), komponen=parts,
                tidak_dinilai=tuple(skipped), potongan=potongan, aturan=rule,
                catatan=tuple(catatan),
                sources=(*sources, *sources_of(("dispensasi_spm",), (dispensasi_spm,))))


ikpa = keyword_only()(ikpa)


def _same_year(name: str, figure: Figure, tahun: int | None, rule: IKPARule) -> None:
    """A calculator's result for a fiscal year must be for the composite's year.

    A result computed under an indicator rule set (``aturan``: the revisi DIPA
    and deviasi rules of PER-5/PB/2022 and PER-5/PB/2024) must be under one in
    force for the composite's year, or for its rule set's years.
    """
    year = getattr(figure, "tahun", None)
    if year is None and isinstance(figure, PenyerapanTriwulan) and tahun is not None:
        applied = [p.name for p in rule.penyesuaian
                   if p.pagu_minus_blokir or "penyerapan_anggaran" in p.indikator_kro]
        if applied:
            raise InvalidValueError(
                field=name, expected=f"a result of penyerapan_triwulan(..., tahun={tahun}): "
                f"the year's adjustments apply to it ({', '.join(applied)})",
                received="a result computed without tahun")
    if isinstance(year, int):
        if tahun is not None and year != tahun:
            raise InvalidValueError(field=name, expected=f"a result for TA {tahun}, the year of "
                                    "the composite", received=f"a result for TA {year}")
        if tahun is None and not rule.in_force(year):
            raise InvalidValueError(field=name, expected=f"a result for a year in force for "
                                    f"{rule.name} {rule.years}",
                                    received=f"a result for TA {year}")
    _same_rules(name, figure, tahun, rule)


def _same_rules(name: str, figure: Figure, tahun: int | None, rule: IKPARule) -> None:
    """A result computed under an indicator rule set of another year's rules is refused."""
    own = getattr(figure, "aturan", None)
    when = tahun if tahun is not None else rule.years[0]
    if isinstance(own, rules.RuleSet) and when is not None and not own.in_force(when):
        raise InvalidValueError(field=name, expected=f"a result under a rule set in force "
                                f"for TA {when} ({rule.name})", received=f"a result under "
                                f"{own.name} {own.years}")


def _from_figure(name: str, figure: Figure, di_atas_100: str, catatan: list[Text]) -> Decimal:
    """The score an IKPA calculator's result contributes as indicator ``name``."""
    expected = getattr(type(figure), "indikator", None)
    if expected != name:
        raise InvalidValueError(
            field=name, expected=f"a number or the result of the {name} calculator",
            received=f"{type(figure).__name__} (the {expected} calculator)")
    value = figure.value
    if value < 0:
        raise InvalidValueError(field=name, expected=f"0 <= {name}", received=value)
    if value > HUNDRED and di_atas_100 == "batasi":
        catatan.append(filled(_NOTE_CAPPED, name=name, value=text(value)))
        return HUNDRED
    return value


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


#: The first reading (sakip 0.1): 0 → 0; (0, 0,1‰] → 0,25; (0,1‰, 1‰] → 0,50;
#: (1‰, 5‰) → 0,75; ≥ 5‰ → 1,00 point.  Kept as a named variant so that figures
#: computed with it stay reproducible; no longer the default.
DISPENSASI_PER_5_PB_2024 = rules.register(
    "dispensasi-spm",
    DispensasiRule(
        name="per-5-pb-2024",
        citation="PER-5/PB/2024 (pengurang nilai IKPA atas dispensasi SPM); bucket edges as "
        "read by sakip 0.1 (0,1‰ and 1‰ inclusive, 5‰ to the top bucket); superseded as "
        "the default by 'paparan-djpb-2024'",
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

#: The buckets as DJPb's 2024 technical-guidance slides print them: 0 → 0;
#: 0,01–0,099‰ → 0,25; 0,1–0,99‰ → 0,50; 1–4,99‰ → 0,75; ≥ 5‰ → 1,00 point
#: [S].  Read without gaps: each printed lower edge (0,1‰, 1‰, 5‰) opens its
#: bucket, and any ratio above 0 and below 0,1‰ is in the 0,25 bucket.  The default.
DISPENSASI_PAPARAN_DJPB_2024 = rules.register(
    "dispensasi-spm",
    DispensasiRule(
        name="paparan-djpb-2024",
        citation="PER-5/PB/2024 (pengurang nilai IKPA atas dispensasi SPM), buckets as printed "
        "in DJPb's Paparan Petunjuk Teknis Penilaian IKPA 2024 (quoted by a public IKPA "
        "simulator's verification register): 0,01–0,099‰ 0,25; 0,1–0,99‰ 0,50; "
        "1–4,99‰ 0,75; ≥ 5‰ 1,00",
        years=(2024, None),
        confidence="S",
        buckets=(
            (Decimal(0), Decimal(0)),
            (Decimal("0.1"), Decimal("0.25")),
            (Decimal(1), Decimal("0.50")),
            (Decimal(5), Decimal("0.75")),
        ),
        upper_exclusive=(Decimal("0.1"), Decimal(1), Decimal(5)),
        maximum=Decimal(1),
    ),
)


def potongan_dispensasi_spm(*positional: Never, jumlah_dispensasi: int, jumlah_spm: int,
                            aturan: str = "paparan-djpb-2024") -> Decimal:
    """The IKPA deduction for dispensation SPMs under PER-5/PB/2024, in points.

    ``ratio = jumlah_dispensasi / jumlah_spm × 1000`` (per mille, against the
    SPMs of TW IV); the deduction is the bucket of the ratio.

    ``aturan`` picks the bucket table: ``"paparan-djpb-2024"`` (default, the
    edges as DJPb's 2024 slides print them [S]: exactly 0,1‰ is 0,50 and
    exactly 1‰ is 0,75) or ``"per-5-pb-2024"`` (sakip 0.1's reading, where
    they were 0,25 and 0,50).

    >>> potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=500)
    Decimal('0')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm=20000)
    Decimal('0.25')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm=10000)
    Decimal('0.50')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm=10000, aturan="per-5-pb-2024")
    Decimal('0.25')
    >>> potongan_dispensasi_spm(jumlah_dispensasi=5, jumlah_spm=1000)
    Decimal('1')
    """
    if positional or jumlah_dispensasi is REQUIRED or jumlah_spm is REQUIRED:
        raise call_error(potongan_dispensasi_spm, positional, locals())
    for field, value in (("jumlah_dispensasi", jumlah_dispensasi), ("jumlah_spm", jumlah_spm)):
        to_count(value, field=field)
    found = rules.find("dispensasi-spm", aturan)
    assert isinstance(found, DispensasiRule)
    rule = found
    if jumlah_spm == 0:
        raise NotComputableError(field="jumlah_spm", reason="no SPM in TW IV to compare with")
    if jumlah_dispensasi > jumlah_spm:
        raise InvalidValueError(field="jumlah_dispensasi",
                                expected=f"at most jumlah_spm ({jumlah_spm})",
                                received=jumlah_dispensasi)
    ratio = CONTEXT.divide(CONTEXT.multiply(Decimal(jumlah_dispensasi), Decimal(1000)),
                           Decimal(jumlah_spm))
    for upper, deduction in rule.buckets:
        inside = ratio < upper if upper in rule.upper_exclusive else ratio <= upper
        if inside:
            return deduction
    return rule.maximum


potongan_dispensasi_spm = keyword_only()(potongan_dispensasi_spm)


# ------------------------------------------------------ deviasi halaman III


@attrs.frozen(kw_only=True)
class DeviasiRule(rules.RuleSet):
    """How a month's deviations per jenis belanja combine: ``kombinasi``.

    ``"pagu"``: weighted by each jenis belanja's share of the pagu
    (PER-5/PB/2024); ``"rerata"``: the arithmetic mean over the jenis belanja
    (PER-5/PB/2022).
    """

    #: ``"pagu"`` (pagu-weighted mean) or ``"rerata"`` (arithmetic mean) over jenis belanja.
    kombinasi: str


#: Deviasi rule sets, by name.
DEVIASI_RULES: Mapping[str, DeviasiRule] = {
    rule.name: rules.register("ikpa-deviasi", rule)
    for rule in (
        DeviasiRule(
            name="per-5-pb-2024",
            citation="PER-5/PB/2024 (deviasi halaman III DIPA: the monthly deviasi per jenis "
            "belanja weighted by its share of the pagu [C2]; DJPb 2024 slides, also in a public "
            "IKPA simulator's verification register, DEV-002)",
            years=(2024, None),
            confidence="C2",
            kombinasi="pagu",
        ),
        DeviasiRule(
            name="per-5-pb-2022",
            citation="PER-5/PB/2022 (deviasi halaman III DIPA: the monthly deviasi the "
            "arithmetic mean over jenis belanja; DJPb's comparison of the 2022 and 2024 rules "
            "on a KPPN's 2023 slide deck [P])",
            years=(2022, 2023),
            confidence="P",
            kombinasi="rerata",
        ),
    )
}


@attrs.frozen(kw_only=True)
class DeviasiHalamanIII(Figure):
    """Nilai of the indicator deviasi halaman III DIPA; ``deviasi`` is the average deviation (%)."""

    indikator: ClassVar[str] = "deviasi_halaman_iii_dipa"
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
    #: How the jenis belanja combine per month (PER-5/PB/2024: by pagu share).
    aturan: DeviasiRule = attrs.field(factory=lambda: DEVIASI_RULES["per-5-pb-2024"])

    @property
    def deviasi(self) -> Decimal:
        """Average monthly deviation over the assessed months, in percent."""
        return _deviasi(self, None)[0]

    def _derive(self, trace: Trace) -> Decimal:
        return _deviasi(self, trace)[1]

    def _title(self) -> str:
        return "Nilai indikator deviasi halaman III DIPA"

    def _reference(self) -> Text:
        return filled(_REF_DEVIASI, citation=self.aturan.citation)

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per assessed month: bulan, its deviasi (%, combined by pagu share) as
        ``value`` and ``rounded``; the indicator's nilai is ``to_row()``.

        >>> from sakip.ikpa import deviasi_halaman_iii_dipa
        >>> d = deviasi_halaman_iii_dipa(rpd={"52": [100] * 12}, realisasi={"52": [104] * 12},
        ...                              pagu={"52": 1200}, bulan=[1, 2])
        >>> d.to_rows()
        [{'bulan': 1, 'value': Decimal('4'), 'rounded': Decimal('4.00')}, {'bulan': 2, \
'value': Decimal('4'), 'rounded': Decimal('4.00')}]
        """
        policy = check_rounding(rounding)
        return [{"bulan": month, "value": dev, "rounded": policy.apply(dev)}
                for month, dev in zip(self.bulan, _deviasi_bulanan(self, None), strict=True)]


def _deviasi_bulanan(data: DeviasiHalamanIII, trace: Trace | None) -> list[Decimal]:
    """The combined deviation (%) of each assessed month, in the order of ``bulan``."""
    rpd, real = dict(data.rpd), dict(data.realisasi)
    if data.aturan.kombinasi == "rerata":  # every jenis belanja weighs the same
        pagu = dict.fromkeys(rpd, ONE)
        how = "(Σ_jenis min(|RA − RPD| / RPD, 1)) / n"
    else:
        pagu = dict(data.pagu)
        how = "Σ_jenis (pagu share × min(|RA − RPD| / RPD, 1))"
    total_pagu = exact_sum(pagu.values())
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
            trace.add(f"deviasi bulan {month}", how,
                      tuple((f"{j} RPD / RA", f"{rpd[j][month - 1]} / {real[j][month - 1]}")
                            for j in pagu), combined)
    return monthly


def _deviasi(data: DeviasiHalamanIII, trace: Trace | None) -> tuple[Decimal, Decimal]:
    monthly = _deviasi_bulanan(data, trace)
    average = CONTEXT.divide(exact_sum(monthly), Decimal(len(monthly)))
    nilai = HUNDRED if average <= data.ambang else CONTEXT.subtract(HUNDRED, average)
    if trace is not None:
        trace.add("rata-rata deviasi", "(Σ deviasi bulanan) / n", (("n", len(monthly)),), average)
        trace.add("nilai deviasi halaman III DIPA",
                  filled(_RUMUS_DEVIASI, ambang=data.ambang),
                  (("deviasi", average), ("ambang", data.ambang)), nilai,
                  note=_NOTE_DEVIASI)
    return average, nilai


def _monthly(table: Mapping[str, Sequence[Number]], field: str) -> dict[str, tuple[Decimal, ...]]:
    if not isinstance(table, Mapping):
        raise InvalidTypeError(field=field, expected="a mapping {jenis belanja: 12 amounts}",
                               received=table)
    out = {}
    for jenis, values in table.items():
        if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
            raise InvalidTypeError(field=f"{field}[{jenis}]", expected="a sequence of 12 "
                                   "monthly amounts", received=values)
        amounts = tuple(to_decimal(v, field=f"{field}[{jenis}]", nonnegative=True)
                        for v in values)
        if len(amounts) != 12:
            raise InvalidValueError(field=f"{field}[{jenis}]", expected="12 monthly amounts",
                                    received=len(amounts))
        out[str(jenis)] = amounts
    return out


def deviasi_halaman_iii_dipa(
    *positional: Never,
    rpd: Mapping[str, Sequence[Number]],
    realisasi: Mapping[str, Sequence[Number]],
    pagu: Mapping[str, Number] | None = None,
    bulan: Sequence[int] = tuple(range(1, 12)),
    ambang: Number = 5,
    aturan: str = "per-5-pb-2024",
) -> DeviasiHalamanIII:
    """Nilai of IKPA's deviasi halaman III DIPA from monthly plan and realisation.

    Parameters
    ----------
    rpd, realisasi:
        ``{jenis belanja: 12 monthly amounts}`` (January first), the plan on
        DIPA page III and the realisation, for the same jenis belanja.
    pagu:
        ``{jenis belanja: pagu}``: the weights combining jenis belanja per month
        (PER-5/PB/2024; not used under PER-5/PB/2022, which may leave it out).
    bulan:
        The assessed months (January–November by default).
    ambang:
        The threshold in percent (5): an average deviation at or below it scores 100.
    aturan:
        ``"per-5-pb-2024"`` (jenis belanja combined by pagu share) or
        ``"per-5-pb-2022"`` (TA 2022–2023: their arithmetic mean).

    Notes
    -----
    Per month and jenis belanja: ``min(|RA − RPD| / RPD, 100 %)``, with RPD = 0
    and RA > 0 counted as 100 % [CONV]; combined per month by pagu share
    (PER-5/PB/2024 [C2]) or as their arithmetic mean (PER-5/PB/2022 [P],
    reference §15); averaged over ``bulan``.  ``nilai = 100`` if the average
    ≤ ``ambang`` [C2], else ``100 − deviasi`` [OPEN: an unverified assumption].

    Examples
    --------
    >>> plan = {"52": [100] * 12}
    >>> d = deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [104] * 12}, pagu={"52": 1200})
    >>> d.deviasi, d.value
    (Decimal('4'), Decimal('100'))
    >>> deviasi_halaman_iii_dipa(rpd=plan, realisasi={"52": [90] * 12}, pagu={"52": 1200}).value
    Decimal('90')

    Two jenis belanja, 51 (pagu 900) 2 % off and 52 (pagu 100) 12 % off every
    month: by pagu share 0,9 × 2 + 0,1 × 12 = 3 % (100) under PER-5/PB/2024;
    their mean (2 + 12) / 2 = 7 % (93) under PER-5/PB/2022:

    >>> two = dict(rpd={"51": [100] * 12, "52": [100] * 12},
    ...            realisasi={"51": [102] * 12, "52": [112] * 12}, pagu={"51": 900, "52": 100})
    >>> deviasi_halaman_iii_dipa(**two).value, deviasi_halaman_iii_dipa(**two).deviasi
    (Decimal('100'), Decimal('3.0'))
    >>> deviasi_halaman_iii_dipa(**two, aturan="per-5-pb-2022").value
    Decimal('93')
    """
    if positional or rpd is REQUIRED or realisasi is REQUIRED:
        raise call_error(deviasi_halaman_iii_dipa, positional, locals())
    rule = rules.find("ikpa-deviasi", aturan)
    assert isinstance(rule, DeviasiRule)
    plan = _monthly(rpd, "rpd")
    real = _monthly(realisasi, "realisasi")
    if pagu is None and rule.kombinasi == "rerata":
        pagu = dict.fromkeys(plan, 1)
    if not isinstance(pagu, Mapping):
        raise InvalidTypeError(field="pagu", expected="a mapping {jenis belanja: pagu}",
                               received="(missing)" if pagu is None else pagu)
    weights = {str(j): to_decimal(v, field=f"pagu[{j}]", nonnegative=True)
               for j, v in pagu.items()}
    for field, table in (("realisasi", real), ("pagu", weights)):
        if set(table) != set(plan):
            raise InvalidValueError(field=field,
                                    expected=f"the same jenis belanja as rpd: {sorted(plan)}",
                                    received=sorted(table))
    if exact_sum(weights.values()) == 0:
        raise NotComputableError(field="pagu", reason="total pagu is zero")
    if isinstance(bulan, (str, bytes)) or not isinstance(bulan, Iterable):
        raise InvalidTypeError(field="bulan", expected="a sequence of months 1–12",
                               received=bulan)
    months = tuple(bulan)
    if not months or any(isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12
                         for m in months):
        raise InvalidValueError(field="bulan", expected="months 1–12", received=bulan)
    if len(set(months)) != len(months):
        raise InvalidValueError(field="bulan", expected="each month once", received=list(months))
    figure = DeviasiHalamanIII(
        value=ZERO, rpd=tuple(plan.items()), realisasi=tuple(real.items()),
        pagu=tuple(weights.items()), bulan=months,
        ambang=to_decimal(ambang, field="ambang", nonnegative=True), aturan=rule,
    )
    return figure._computed(_deviasi(figure, None)[1])


deviasi_halaman_iii_dipa = keyword_only()(deviasi_halaman_iii_dipa)


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
    """Nilai of IKPA's penyerapan anggaran indicator against quarterly targets.

    ``pagu`` is the base per jenis belanja (pagu, less blokir and RO khusus where
    they apply) of the last quarter assessed; ``pagu_triwulan`` the base of each
    quarter when the pagu was given per quarter (empty: ``pagu`` for every
    quarter); ``realisasi`` has one cumulative value per quarter that has ended.
    """

    _made_by = "sakip.ikpa.penyerapan_triwulan(...)"

    indikator: ClassVar[str] = "penyerapan_anggaran"

    #: ``(jenis belanja, pagu less blokir)`` pairs.
    pagu: tuple[tuple[str, Decimal], ...]
    #: ``(jenis belanja, cumulative realisasi per quarter)`` pairs.
    realisasi: tuple[tuple[str, tuple[Decimal, ...]], ...]
    #: The quarterly target rule set.
    target: PenyerapanTargetRule
    #: Notes on the base (blokir, RO khusus excluded), for explanations.
    catatan: tuple[Text, ...] = ()
    #: ``(jenis belanja, base per quarter)`` pairs when the pagu was given per quarter (empty
    #: otherwise).
    pagu_triwulan: tuple[tuple[str, tuple[Decimal, ...]], ...] = ()
    #: The fiscal year, or ``None``.
    tahun: int | None = None

    @property
    def triwulan(self) -> int:
        """The number of quarters assessed (those that have ended)."""
        return len(self.realisasi[0][1])

    def _derive(self, trace: Trace) -> Decimal:
        return _penyerapan_triwulan(self, trace)

    def _title(self) -> str:
        return "Nilai indikator penyerapan anggaran (per triwulan)"

    def _reference(self) -> str:
        return self.target.citation

    def _notes(self) -> tuple[Text, ...]:
        return self.catatan

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per quarter that has ended: triwulan, its nilai as ``value`` and
        ``rounded``; the indicator (their mean) is ``to_row()``.

        >>> from sakip.ikpa import penyerapan_triwulan
        >>> p = penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75, 500]})
        >>> p.to_rows()
        [{'triwulan': 1, 'value': Decimal('50.0'), 'rounded': Decimal('50.00')}, \
{'triwulan': 2, 'value': Decimal('100'), 'rounded': Decimal('100.00')}]
        """
        policy = check_rounding(rounding)
        return [{"triwulan": q, "value": nilai, "rounded": policy.apply(nilai)}
                for q, nilai in enumerate(_nilai_triwulan(self, None), start=1)]


def _nilai_triwulan(data: PenyerapanTriwulan, trace: Trace | None) -> list[Decimal]:
    """The nilai of each quarter that has ended, TW I first."""
    per_quarter = dict(data.pagu_triwulan)
    targets = dict(data.target.targets)
    real = dict(data.realisasi)
    quarters = len(next(iter(real.values())))
    scores = []
    for q in range(quarters):
        pagu = {j: v[q] for j, v in per_quarter.items()} if per_quarter else dict(data.pagu)
        total = exact_sum(pagu.values())
        combined = ZERO
        for jenis, p in pagu.items():
            serapan = CONTEXT.divide(CONTEXT.multiply(real[jenis][q], HUNDRED), p) if p else ZERO
            score = min(CONTEXT.divide(serapan, targets[jenis][q]), ONE)
            combined = CONTEXT.add(combined, CONTEXT.divide(CONTEXT.multiply(score, p), total))
        value_q = CONTEXT.multiply(combined, HUNDRED)
        scores.append(value_q)
        if trace is not None:
            trace.add(f"triwulan {q + 1}", "Σ_jenis pagu share × min(serapan / target, 1) × 100",
                      tuple((f"{j} realisasi kumulatif / pagu / target %",
                             f"{real[j][q]} / {pagu[j]} / {targets[j][q]}") for j in pagu),
                      value_q)
    return scores


def _penyerapan_triwulan(data: PenyerapanTriwulan, trace: Trace | None) -> Decimal:
    scores = _nilai_triwulan(data, trace)
    value = CONTEXT.divide(exact_sum(scores), Decimal(len(scores)))
    if trace is not None:
        trace.add("nilai penyerapan anggaran", _RUMUS_PENYERAPAN, (("n", len(scores)),), value)
    return value


Khusus = Mapping[tuple[str, str], tuple[Number, Sequence[Number | None]]]


def penyerapan_triwulan(
    *positional: Never,
    pagu: Mapping[str, Number | Sequence[Number | None]],
    realisasi: Mapping[str, Sequence[Number | None]],
    blokir: Mapping[str, Number | Sequence[Number | None]] | None = None,
    target: PenyerapanTargetRule = TARGET_PENYERAPAN_PER_5_PB_2024,
    tahun: int | None = None,
    triwulan: int | None = None,
    ro_khusus: Khusus | None = None,
    target_pegawai: Sequence[Number] | None = None,
    opsi: Sequence[str] = (),
) -> PenyerapanTriwulan:
    """Nilai of IKPA's penyerapan anggaran indicator from cumulative quarterly realisasi.

    Parameters
    ----------
    pagu:
        ``{jenis belanja: pagu}``: one pagu for every quarter, or a sequence
        with the basis of each quarter that has ended (``None`` for later
        quarters): PER-5/PB/2024 takes the pagu at the 10th working day of
        February, April and July for TW I–III and the final pagu for TW IV
        [S]; with one pagu, that pagu is the basis of every quarter.
    realisasi:
        ``{jenis belanja: cumulative realisasi at the end of each quarter}``
        (1 to 4 values, the same count for every jenis belanja).  A quarter
        that has not ended is ``None`` (or left out): only quarters that have
        ended count, so a year in progress is never averaged over empty quarters.
    blokir:
        Blocked amounts per jenis belanja (one amount, or one per quarter as
        for ``pagu``), subtracted from pagu (the base is pagu − blokir).  From
        TA 2026 (``tahun=2026``) it is required (``{}`` when nothing is
        blocked) [P, KPPN Gorontalo].
    target:
        Quarterly targets per jenis belanja (default PER-5/PB/2024, [C1]).
    tahun:
        The fiscal year; its adjustments apply (:func:`penyesuaian_ikpa`).
    triwulan:
        The last quarter that has ended; when given, exactly that many
        quarters must have values (a value for a later quarter is refused).
    ro_khusus:
        ``{(kode RO, jenis belanja): (pagu, [cumulative realisasi per quarter])}``
        of RO khusus (KRO ``FAN``, TA 2026 [S]): subtracted from the pagu and
        realisasi of their jenis belanja, so they are in neither numerator nor
        denominator.  Refused for a year without that adjustment.
    target_pegawai:
        From TA 2026, the quarterly thresholds (cumulative %) for centrally
        paid belanja pegawai (51), replacing the 51 targets: their values were
        not retrieved [OPEN], so none is assumed; without it the PER-5/PB/2024
        targets apply and ``explain()`` says so.
    opsi:
        [OPEN] adjustments to apply for ``tahun`` (see :func:`penyesuaian_ikpa`).

    Notes
    -----
    Per quarter: ``Σ_j (pagu_j / Σ pagu) × min(serapan_j / target_j, 1) × 100``;
    the nilai is the average over the quarters that have ended.  BLU satker
    are not assessed on this indicator: give ``None`` and ``blu=True`` to
    :func:`sakip.ikpa`, which re-weights.

    Examples
    --------
    >>> penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [150, 500, 700, 900]}).value
    Decimal('100')
    >>> penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75]}).value
    Decimal('50.0')
    >>> penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75, None, None, None]},
    ...                     triwulan=1).value
    Decimal('50.0')
    >>> penyerapan_triwulan(pagu={"52": [1000, 2000, None, None]},
    ...                     realisasi={"52": [150, 500, None, None]}).value
    Decimal('75.0')
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED:
        raise call_error(penyerapan_triwulan, positional, locals())
    if not isinstance(pagu, Mapping):
        raise InvalidTypeError(field="pagu", expected="a mapping {jenis belanja: pagu}",
                               received=pagu)
    if not isinstance(realisasi, Mapping):
        raise InvalidTypeError(field="realisasi", expected="a mapping {jenis belanja: cumulative "
                               "realisasi per quarter}", received=realisasi)
    adjustments = penyesuaian_ikpa(tahun, opsi=opsi) if tahun is not None else ()
    if tahun is None and opsi:
        raise InvalidValueError(field="opsi", expected="tahun= with the adjustments asked for",
                                received=list(opsi))
    catatan: list[Text] = [p.note() for p in adjustments
                           if p.pagu_minus_blokir or "penyerapan_anggaran" in p.indikator_kro]
    if any(p.pagu_minus_blokir for p in adjustments) and blokir is None:
        raise InvalidValueError(field="blokir", expected=f"blokir per jenis belanja: from TA "
                                f"{tahun} the base is pagu minus blokir ({{}} when nothing is "
                                "blocked)", received=None)
    if target_pegawai is not None:
        if tahun is None or tahun < 2026:
            raise InvalidValueError(field="target_pegawai", expected="tahun=2026 or later (the "
                                    "threshold for centrally paid belanja pegawai is a 2026 rule)",
                                    received=tahun)
        values = tuple(to_decimal(v, field="target_pegawai", nonnegative=True)
                       for v in target_pegawai)
        if len(values) != 4 or any(v == 0 or v > HUNDRED for v in values):
            raise InvalidValueError(field="target_pegawai",
                                    expected="4 cumulative quarterly thresholds in (0, 100] %",
                                    received=list(target_pegawai))
        target = attrs.evolve(
            target, name=f"{target.name}+target-pegawai", confidence="OPEN",
            citation=Pesan(_CITATION_51, citation=target.citation, tahun=tahun),
            targets=tuple((j, (values[0], values[1], values[2], values[3]) if j == "51" else t)
                          for j, t in target.targets))
    elif tahun is not None and tahun >= 2026:
        catatan.append(_NOTE_51)
    targets = dict(target.targets)
    given_pagu: dict[str, Decimal | tuple[Decimal, ...]] = {}
    for jenis, amount in pagu.items():
        if jenis not in targets:
            raise UnknownNameError(field="pagu", expected="jenis belanja " + ", ".join(targets),
                                   received=jenis)
        given_pagu[str(jenis)] = _amount_or_quarters(amount, f"pagu[{jenis}]")
    given_blokir: dict[str, Decimal | tuple[Decimal, ...]] = {}
    if blokir is not None:
        for jenis in blokir:
            if jenis not in given_pagu:
                raise UnknownNameError(field="blokir", expected="jenis belanja of pagu: "
                                       + ", ".join(given_pagu), received=jenis)
            given_blokir[str(jenis)] = _amount_or_quarters(blokir[jenis], f"blokir[{jenis}]")
    if set(given_pagu) != {str(j) for j in realisasi}:
        raise InvalidValueError(field="realisasi", expected=f"jenis belanja {sorted(given_pagu)}",
                                received=sorted(realisasi))
    real = {str(j): _ended(vs, f"realisasi[{j}]") for j, vs in realisasi.items()}
    counts = {len(v) for v in real.values()}
    if len(counts) != 1 or not 1 <= counts.copy().pop() <= 4:
        raise InvalidValueError(field="realisasi",
                                expected="1–4 quarterly values, the same for every jenis belanja",
                                received={j: len(v) for j, v in real.items()})
    ended = counts.pop()
    if triwulan is not None:
        if isinstance(triwulan, bool) or not isinstance(triwulan, int) or not 1 <= triwulan <= 4:
            raise InvalidValueError(field="triwulan", expected="a quarter 1–4", received=triwulan)
        if ended != triwulan:
            raise InvalidValueError(
                field="realisasi", expected=f"values for the {triwulan} quarter(s) that have "
                f"ended at TW {triwulan} (None for later quarters)", received=ended)
    per_quarter = any(isinstance(v, tuple) for v in (*given_pagu.values(),
                                                        *given_blokir.values()))
    base: dict[str, list[Decimal]] = {}
    for jenis, given in given_pagu.items():
        quarterly = _quarters(given, ended, f"pagu[{jenis}]")
        if jenis in given_blokir:
            blocked = _quarters(given_blokir[jenis], ended, f"blokir[{jenis}]")
            quarterly = [CONTEXT.subtract(p, b) for p, b in zip(quarterly, blocked, strict=True)]
            if any(v < 0 for v in quarterly):
                raise InvalidValueError(field=f"blokir[{jenis}]", expected="blokir <= pagu",
                                        received=blokir[jenis] if blokir else None)
        base[jenis] = quarterly
    if ro_khusus:
        excluded = kro_dikecualikan(adjustments, "penyerapan_anggaran")
        _subtract_khusus(ro_khusus, excluded, base, real, ended, tahun)
        catatan.append(filled(_NOTE_RO_KHUSUS, kode=", ".join(sorted({k for k, _ in ro_khusus}))))
    for q in range(ended):
        if exact_sum(amounts[q] for amounts in base.values()) == 0:
            raise NotComputableError(field="pagu", reason="total pagu (less blokir) is zero"
                                     + (f" in TW {q + 1}" if per_quarter else ""))
    if per_quarter:
        catatan.append(_NOTE_PAGU_TRIWULAN)
    figure = PenyerapanTriwulan(
        value=ZERO, pagu=tuple((j, v[-1]) for j, v in base.items()),
        pagu_triwulan=tuple((j, tuple(v)) for j, v in base.items()) if per_quarter else (),
        realisasi=tuple(real.items()), target=target, catatan=tuple(catatan), tahun=tahun)
    return figure._computed(_penyerapan_triwulan(figure, None))


penyerapan_triwulan = keyword_only()(penyerapan_triwulan)


def _amount_or_quarters(value: object, field: str) -> Decimal | tuple[Decimal, ...]:
    """One amount for every quarter, or a sequence of amounts per quarter (then ``None``)."""
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        values = _ended(value, field)
        if not values:
            raise InvalidValueError(field=field, expected="an amount, or one per quarter that "
                                    "has ended", received=value)
        return values
    return to_decimal(value, field=field, nonnegative=True)


def _quarters(amount: Decimal | tuple[Decimal, ...], ended: int,
              field: str) -> list[Decimal]:
    """``amount`` for each of the ``ended`` quarters (one amount repeated, or one per quarter)."""
    if isinstance(amount, Decimal):
        return [amount] * ended
    if len(amount) != ended:
        raise InvalidValueError(field=field, expected=f"{ended} quarterly amounts (one per "
                                "quarter that has ended), or one amount for every quarter",
                                received=len(amount))
    return list(amount)


def _ended(values: Sequence[Number | None], field: str) -> tuple[Decimal, ...]:
    """The values of the quarters that have ended: a run of numbers, then only ``None``."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
        raise InvalidTypeError(field=field, expected="a sequence of quarterly values",
                               received=values)
    out = []
    for q, v in enumerate(values):
        if v is None:
            if any(w is not None for w in values[q:]):
                raise InvalidValueError(field=f"{field}[{q}]", expected="a value (a quarter "
                                        "before a quarter with a value has ended)", received=None)
            break
        out.append(to_decimal(v, field=f"{field}[{q}]", nonnegative=True))
    return tuple(out)


def _subtract_khusus(ro_khusus: Khusus, excluded: frozenset[str], base: dict[str, list[Decimal]],
                     real: dict[str, tuple[Decimal, ...]], ended: int, tahun: int | None) -> None:
    if not isinstance(ro_khusus, Mapping):
        raise InvalidTypeError(field="ro_khusus", expected="a mapping {(kode, jenis): (pagu, "
                               "realisasi)}", received=ro_khusus)
    if not excluded:
        raise InvalidValueError(field="ro_khusus", expected="a year whose adjustments exclude "
                                "RO khusus from penyerapan (tahun=2026)", received=tahun)
    for key, pair in ro_khusus.items():
        if not isinstance(key, tuple) or len(key) != 2:
            raise InvalidValueError(field="ro_khusus", expected="keys (kode RO, jenis belanja)",
                                    received=key)
        kode, jenis = key
        _check_kode(kode)
        if kode.split(".")[1] not in excluded:
            raise InvalidValueError(field="ro_khusus", expected="an RO of KRO "
                                    + ", ".join(sorted(excluded)), received=kode)
        if jenis not in base:
            raise UnknownNameError(field=f"ro_khusus[{kode}]",
                                   expected="jenis belanja of pagu: " + ", ".join(base),
                                   received=jenis)
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidValueError(field=f"ro_khusus[{kode}]",
                                    expected="(pagu, [realisasi per quarter])", received=pair)
        amount = to_decimal(pair[0], field=f"ro_khusus[{kode}].pagu", nonnegative=True)
        values = _ended(pair[1], f"ro_khusus[{kode}].realisasi")
        if len(values) != ended:
            raise InvalidValueError(field=f"ro_khusus[{kode}].realisasi",
                                    expected=f"{ended} quarterly values", received=len(values))
        rest = [CONTEXT.subtract(p, amount) for p in base[jenis]]
        rest_real = tuple(CONTEXT.subtract(r, k) for r, k in zip(real[jenis], values,
                                                                  strict=True))
        if any(p < 0 for p in rest) or any(r < 0 for r in rest_real):
            raise InvalidValueError(field=f"ro_khusus[{kode}]",
                                    expected=f"amounts within those of jenis belanja {jenis}",
                                    received=pair)
        base[jenis] = rest
        real[jenis] = rest_real
