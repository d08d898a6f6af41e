"""IKM / SKM: the Indeks Kepuasan Masyarakat of a public-service unit.

PermenPANRB 14/2017 (nine unsur, answers 1–4) and its predecessor
KEP/25/M.PAN/2/2004 (fourteen unsur) are two rule sets of kind ``"ikm"``;
their band tables (mutu A–D and kinerja unit) are ``"mutu-ikm"`` tables, one
per scale (NI 1–4, NIK 25–100) and gap policy.

    NRR_i = Σ answers to unsur i ÷ respondents who answered it
    IKM   = Σ NRR_i × bobot             (bobot = 1/n exactly, or a printed convention)
    IKM konversi = IKM × 25

>>> import sakip
>>> ikm = sakip.ikm(nilai_unsur=[105, 101, 100, 116, 102, 105, 106, 105, 115], responden=29)
>>> ikm.konversi.printed(), ikm.mutu, ikm.kinerja
('91,48', 'A', 'Sangat Baik')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, Number, exact_sum, to_decimal
from sakip.errors import InvalidValueError, call_error, keyword_only
from sakip.explain import Figure, Text, Trace, check_rounding, filled
from sakip.numbers import Rounding

__all__ = [
    "IKM_RULES",
    "KREJCIE_MORGAN",
    "IKMRule",
    "IndeksKepuasanMasyarakat",
    "KonversiIKM",
    "ikm",
    "sampel_minimum",
]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_NO_MUTU = Teks(
    id="tanpa mutu: nilai berada di antara dua pita tercetak {aturan} ({skala}) dan kebijakan "
    "celah adalah 'tolak'",
    en="no mutu: the value lies between two printed bands of {aturan} ({skala}) and the gap "
    "policy (celah) is 'tolak'")
_NOTE_MUTU = Teks(
    id="mutu {mutu} ({kinerja}) pada skala {skala}, kebijakan celah {celah}; pada setiap "
    "skala: {each}",
    en="mutu {mutu} ({kinerja}) on the {skala} scale, gap policy (celah) {celah}; on each "
    "scale: {each}")
_NOTE_SAMPLE = Teks(
    id="sampel terlalu kecil: {n} responden < {least} (Krejcie–Morgan, populasi {populasi})",
    en="sample too small: {n} respondents < {least} (Krejcie–Morgan, populasi {populasi})")
_NOTE_PRINTED_WEIGHT = Teks(id="bobot tercetak (konvensi)", en="a printed weight (convention)")


def __dir__() -> list[str]:
    return list(__all__)


#: How a value that falls between two printed bands (64,99 < x < 65,00) is read:
#: ``"bawah"`` it takes the lower band (each band starts at its printed lower bound),
#: ``"atas"`` the higher one (each band ends at its printed upper bound), ``"tolak"``
#: raises an error naming the gap (the same words as :func:`sakip.tingkat_capaian`).
Celah: TypeAlias = Literal["bawah", "atas", "tolak"]
#: Which scale decides ``mutu``: ``"konversi"`` (NIK 25–100) or ``"nilai"`` (NI 1–4).
Skala: TypeAlias = Literal["konversi", "nilai"]

_CELAH = ("bawah", "atas", "tolak")
_SKALA = ("konversi", "nilai")


def _to_rows(value: object) -> tuple[tuple[Decimal, Decimal, str], ...]:
    return tuple((to_decimal(lo, field="tabel"), to_decimal(hi, field="tabel"), str(mutu))
                 for lo, hi, mutu in value)  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class IKMRule(rules.RuleSet):
    """An IKM rule set: the unsur, the weights in use, the konversi factor and the printed bands.

    ``tabel_nilai`` and ``tabel_konversi`` are the band rows as printed
    (lower, upper, mutu), highest first; the gaps between a row's upper bound
    and the next row's lower bound are read by a named policy (see :func:`ikm`).

    >>> IKM_RULES["permenpanrb-14-2017"].bobot_names()
    ('1/9', '0,1111', '0,111', '0,11')
    """

    #: The unsur, in the regulation's order.
    unsur: tuple[str, ...]
    #: Weights written as printed in practice (``("0,11", Decimal("0.11"))``), besides 1/n.
    bobot_konvensi: tuple[tuple[str, Decimal], ...]
    #: NI × konversi = NIK (25).
    konversi: Decimal
    #: Lowest answer (1).
    jawaban_min: int
    #: Highest answer (4).
    jawaban_max: int
    #: Printed bands on the NI scale: (lower, upper, mutu), highest first.
    tabel_nilai: tuple[tuple[Decimal, Decimal, str], ...] = attrs.field(converter=_to_rows)
    #: Printed bands on the NIK scale: (lower, upper, mutu), highest first.
    tabel_konversi: tuple[tuple[Decimal, Decimal, str], ...] = attrs.field(converter=_to_rows)
    #: Mutu → kinerja unit pelayanan.
    kinerja: tuple[tuple[str, str], ...]

    @property
    def bobot_exact(self) -> str:
        """The name of the exact weight, ``"1/n"``."""
        return f"1/{len(self.unsur)}"

    def bobot_names(self) -> tuple[str, ...]:
        """Every weight name ``ikm(bobot=...)`` accepts for this rule set, exact first."""
        return (self.bobot_exact, *(name for name, _ in self.bobot_konvensi))

    def bands(self, skala: Skala, celah: Literal["bawah", "atas"]) -> rules.LabelBands:
        """The registered ``"mutu-ikm"`` table of one scale read under one gap policy."""
        table = rules.find("mutu-ikm", f"{self.name}-{skala}-{celah}")
        assert isinstance(table, rules.LabelBands)
        return table


def _tables(rule: IKMRule) -> None:
    """Register the four readings (scale × gap policy) of a rule set's printed bands."""
    for skala, rows in (("nilai", rule.tabel_nilai), ("konversi", rule.tabel_konversi)):
        top = rows[0][1]
        # "bawah": a band starts at its printed lower bound (lower bounds inclusive).
        rules.register("mutu-ikm", rules.LabelBands(
            name=f"{rule.name}-{skala}-bawah", bands=tuple((lo, m) for lo, _, m in rows),
            citation=rule.citation, years=rule.years, confidence=rule.confidence,
            maximum=top))
        # "atas": a band ends at its printed upper bound (the bound of the band below
        # is exclusive); the lowest band takes everything down to the scale's minimum.
        rules.register("mutu-ikm", rules.LabelBands(
            name=f"{rule.name}-{skala}-atas",
            bands=tuple((rows[i + 1][1], m) for i, (_, _, m) in enumerate(rows[:-1])),
            below=rows[-1][2], inclusive="upper", citation=rule.citation, years=rule.years,
            confidence=rule.confidence, maximum=top))


_KINERJA = (("A", "Sangat Baik"), ("B", "Baik"), ("C", "Kurang Baik"), ("D", "Tidak Baik"))

#: IKM rule sets, by name.
IKM_RULES: Mapping[str, IKMRule] = {
    rule.name: rules.register("ikm", rule)
    for rule in (
        IKMRule(
            name="permenpanrb-14-2017",
            citation="PermenPANRB 14/2017 (pedoman penyusunan survei kepuasan masyarakat), "
            "Lampiran: nine unsur, NRR × 1/9, konversi × 25, nilai persepsi 1–4",
            years=(2017, None), confidence="C2",
            unsur=("persyaratan", "sistem, mekanisme, dan prosedur", "waktu penyelesaian",
                   "biaya/tarif", "produk spesifikasi jenis pelayanan", "kompetensi pelaksana",
                   "perilaku pelaksana", "sarana dan prasarana",
                   "penanganan pengaduan, saran dan masukan"),
            bobot_konvensi=(("0,1111", Decimal("0.1111")), ("0,111", Decimal("0.111")),
                            ("0,11", Decimal("0.11"))),
            konversi=Decimal(25), jawaban_min=1, jawaban_max=4,
            tabel_nilai=(("3.5324", "4.00", "A"), ("3.0644", "3.532", "B"),
                         ("2.60", "3.064", "C"), ("1.00", "2.5996", "D")),
            tabel_konversi=(("88.31", "100.00", "A"), ("76.61", "88.30", "B"),
                            ("65.00", "76.60", "C"), ("25.00", "64.99", "D")),
            kinerja=_KINERJA,
        ),
        IKMRule(
            name="kepmenpan-25-2004",
            citation="KEP/25/M.PAN/2/2004 (pedoman umum penyusunan IKM): fourteen unsur, "
            "weight 1/14, konversi × 25; superseded by PermenPANRB 16/2014, then 14/2017",
            years=(2004, 2014), confidence="S",
            unsur=("prosedur pelayanan", "persyaratan pelayanan", "kejelasan petugas pelayanan",
                   "kedisiplinan petugas pelayanan", "tanggung jawab petugas pelayanan",
                   "kemampuan petugas pelayanan", "kecepatan pelayanan",
                   "keadilan mendapatkan pelayanan", "kesopanan dan keramahan petugas",
                   "kewajaran biaya pelayanan", "kepastian biaya pelayanan",
                   "kepastian jadwal pelayanan", "kenyamanan lingkungan",
                   "keamanan pelayanan"),
            bobot_konvensi=(("0,071", Decimal("0.071")),),
            konversi=Decimal(25), jawaban_min=1, jawaban_max=4,
            tabel_nilai=(("3.26", "4.00", "A"), ("2.51", "3.25", "B"), ("1.76", "2.50", "C"),
                         ("1.00", "1.75", "D")),
            tabel_konversi=(("81.26", "100", "A"), ("62.51", "81.25", "B"),
                            ("43.76", "62.50", "C"), ("25", "43.75", "D")),
            kinerja=_KINERJA,
        ),
    )
}
for _rule in IKM_RULES.values():
    _tables(_rule)

#: Krejcie & Morgan (1970) sample sizes, (populasi, sampel), as printed with PermenPANRB
#: 14/2017: the smallest number of respondents for a population (95 % confidence, 5 %
#: margin).  Data for a note, not a formula.
KREJCIE_MORGAN: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
    (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
    (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113),
    (170, 118), (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144),
    (240, 148), (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169),
    (320, 175), (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205),
    (460, 210), (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248),
    (750, 254), (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285),
    (1200, 291), (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313),
    (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331), (2600, 335),
    (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354), (5000, 357),
    (6000, 361), (7000, 364), (8000, 367), (9000, 368), (10000, 370), (15000, 375),
    (20000, 377), (30000, 379), (40000, 380), (50000, 381), (75000, 382), (1000000, 384),
)


def sampel_minimum(populasi: int) -> int:
    """The Krejcie–Morgan sample size for ``populasi`` (the next tabulated population up).

    A population between two rows takes the larger row (the conservative
    reading); above the last row (1 000 000) the table's 384.

    >>> sampel_minimum(50), sampel_minimum(300), sampel_minimum(2000), sampel_minimum(51)
    (44, 169, 322, 48)
    """
    if type(populasi) is not int or populasi < 1:
        raise InvalidValueError(field="populasi", expected="a whole number >= 1",
                                received=populasi)
    for size, sample in KREJCIE_MORGAN:
        if populasi <= size:
            return min(sample, populasi)
    return KREJCIE_MORGAN[-1][1]


# ------------------------------------------------------------------------ the figure


@attrs.frozen(kw_only=True)
class IndeksKepuasanMasyarakat(Figure):
    """An IKM (SKM) on the 1–4 scale, with its NRR per unsur, konversi, mutu and kinerja.

    Notes
    -----
    ``NRR_i = total_i ÷ responden_i``; ``IKM = Σ NRR_i × bobot`` (``bobot`` 1/n
    computed as ``Σ NRR ÷ n``, or a printed weight such as 0,11);
    ``konversi = IKM × 25``.  ``mutu`` reads the scale ``skala`` under the gap
    policy ``celah``; ``mutu_skala`` gives the label on both scales (the 2004
    table's scales disagree at their edges), ``mutu_diterima`` the labels a
    reviu can accept.

    References
    ----------
    PermenPANRB 14/2017; KEP/25/M.PAN/2/2004.

    Examples
    --------
    >>> import sakip
    >>> i = sakip.ikm(nilai_unsur=[105, 101, 100, 116, 102, 105, 106, 105, 115], responden=29)
    >>> i.nrr[0].quantize(Decimal("0.0001")), i.rounded(4), i.konversi.rounded(2)
    (Decimal('3.6207'), Decimal('3.6590'), Decimal('91.48'))
    """

    _made_by = "sakip.ikm(...)"

    #: The rule set.
    aturan: IKMRule = attrs.field(repr=lambda rule: repr(rule.name))
    #: Σ answers per unsur.
    nilai_unsur: tuple[Decimal, ...]
    #: Respondents who answered each unsur.
    responden: tuple[int, ...]
    #: The weight's name (``"1/9"``, ``"0,11"``).
    bobot: str
    #: The gap policy of the band tables.
    celah: Celah = "bawah"
    #: The scale that decides ``mutu``.
    skala: Skala = "konversi"
    #: The unit's population, when given (for the sample-size note).
    populasi: int | None = None

    @property
    def nrr(self) -> tuple[Decimal, ...]:
        """Nilai rata-rata (NRR) per unsur: Σ answers ÷ respondents who answered it."""
        return tuple(CONTEXT.divide(total, count)
                     for total, count in zip(self.nilai_unsur, self.responden, strict=True))

    @property
    def nilai(self) -> Decimal:
        """The IKM on the 1–4 scale (the ``value``)."""
        return self.value

    @property
    def konversi(self) -> KonversiIKM:
        """IKM × 25, a figure (``.rounded()``, ``.explain()``)."""
        return KonversiIKM(value=CONTEXT.multiply(self.value, self.aturan.konversi),
                           sources=(("ikm", self),))

    def _label(self, skala: Skala) -> str:
        value = self.value if skala == "nilai" else self.konversi.value
        if self.celah != "tolak":
            return self.aturan.bands(skala, self.celah).label(value)
        low = self.aturan.bands(skala, "bawah").label(value)
        if low != self.aturan.bands(skala, "atas").label(value):
            raise InvalidValueError(
                field="celah", expected=f"a value inside a printed band of {self.aturan.name} "
                f"({skala}), or celah='bawah' / 'atas'", received=str(value))
        return low

    @property
    def mutu_skala(self) -> dict[str, str]:
        """Mutu on each scale, ``{"nilai": ..., "konversi": ...}`` (same gap policy)."""
        return {"nilai": self._label("nilai"), "konversi": self._label("konversi")}


    @property
    def mutu(self) -> str:
        """Mutu pelayanan (A–D) on the scale ``skala``."""
        return self._label(self.skala)

    @property
    def mutu_diterima(self) -> frozenset[str]:
        """The labels a reviu accepts: the mutu on either scale."""
        return frozenset(self.mutu_skala.values())

    @property
    def kinerja(self) -> str:
        """Kinerja unit pelayanan of ``mutu`` (Sangat Baik … Tidak Baik)."""
        return dict(self.aturan.kinerja)[self.mutu]

    @property
    def sampel_minimum(self) -> int | None:
        """The Krejcie–Morgan sample size for ``populasi`` (``None`` without one)."""
        return None if self.populasi is None else sampel_minimum(self.populasi)

    def _derive(self, trace: Trace) -> Decimal:
        return _ikm(self.aturan, self.nilai_unsur, self.responden, self.bobot, trace)

    def _title(self) -> str:
        return f"Indeks Kepuasan Masyarakat (IKM, {self.aturan.name}, bobot {self.bobot})"

    def _reference(self) -> str:
        return self.aturan.citation

    def _shown_mutu(self) -> str | None:
        """``mutu``, or ``None`` for a value inside a gap under ``celah="tolak"``."""
        try:
            return self.mutu
        except InvalidValueError:
            return None

    def _notes(self) -> tuple[Text, ...]:
        mutu = self._shown_mutu()
        notes: list[Text]
        if mutu is None:
            notes = [filled(_NOTE_NO_MUTU, aturan=self.aturan.name, skala=self.skala)]
        else:
            notes = [filled(_NOTE_MUTU, mutu=repr(mutu), kinerja=self.kinerja, skala=self.skala,
                            celah=repr(self.celah), each=self.mutu_skala)]
        least = self.sampel_minimum
        if least is not None and min(self.responden) < least:
            notes.append(filled(_NOTE_SAMPLE, n=min(self.responden), least=least,
                                populasi=self.populasi))
        return tuple(notes)

    def _row(self) -> dict[str, Any]:
        mutu = self._shown_mutu()
        return {"aturan": self.aturan.name, "bobot": self.bobot, "celah": self.celah,
                "skala": self.skala, "populasi": self.populasi,
                "konversi": self.konversi.value, "mutu": mutu,
                "kinerja": None if mutu is None else dict(self.aturan.kinerja)[mutu]}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per unsur: unsur, nilai_unsur (Σ answers), responden, ``value`` (NRR),
        ``rounded``."""
        policy = check_rounding(rounding)
        return [{"unsur": name, "nilai_unsur": total, "responden": count, "value": nrr,
                 "rounded": policy.apply(nrr)}
                for name, total, count, nrr in zip(self.aturan.unsur, self.nilai_unsur,
                                                   self.responden, self.nrr, strict=True)]


@attrs.frozen(kw_only=True)
class KonversiIKM(Figure):
    """IKM konversi: the IKM × 25 (25–100), derived from its :class:`IndeksKepuasanMasyarakat`.

    >>> import sakip
    >>> sakip.ikm(nilai_unsur=[4] * 9, responden=1).konversi.value
    Decimal('100')
    """

    _made_by = "sakip.ikm(...).konversi"

    def _derive(self, trace: Trace) -> Decimal:
        source = self.sources[0][1]
        assert isinstance(source, IndeksKepuasanMasyarakat)
        factor = source.aturan.konversi
        value = CONTEXT.multiply(source.value, factor)
        trace.add("IKM konversi", "IKM × 25", (("IKM", source.value), ("konversi", factor)),
                  value, reference=source.aturan.citation)
        return value

    def _title(self) -> str:
        return "IKM konversi (25–100)"


def _ikm(rule: IKMRule, totals: tuple[Decimal, ...], counts: tuple[int, ...], bobot: str,
         trace: Trace | None) -> Decimal:
    nrrs = []
    for name, total, count in zip(rule.unsur, totals, counts, strict=True):
        nrr = CONTEXT.divide(total, count)
        nrrs.append(nrr)
        if trace is not None:
            trace.add(f"NRR {name}", "Σ jawaban ÷ responden",
                      (("Σ jawaban", total), ("responden", count)), nrr)
    total_nrr = exact_sum(nrrs)
    if bobot == rule.bobot_exact:
        value = CONTEXT.divide(total_nrr, len(rule.unsur))
        formula = f"Σ NRR × {bobot} = Σ NRR ÷ n"
        operand: tuple[str, object] = ("n (unsur)", len(rule.unsur))
    else:
        weight = dict(rule.bobot_konvensi)[bobot]
        value = CONTEXT.multiply(total_nrr, weight)
        formula, operand = "Σ NRR × bobot", (f"bobot ({bobot})", weight)
    if trace is not None:
        trace.add("IKM", formula, (("Σ NRR", total_nrr), operand), value,
                  reference=rule.citation,
                  note="" if bobot == rule.bobot_exact else _NOTE_PRINTED_WEIGHT)
    return value


# --------------------------------------------------------------------- validation


def _count(value: object, field: str) -> int:
    if type(value) is not int or value < 1:
        raise InvalidValueError(field=field, expected="a whole number of respondents >= 1",
                                received=value)
    return value


def _answer(value: object, field: str, rule: IKMRule) -> int:
    lo, hi = rule.jawaban_min, rule.jawaban_max
    if type(value) is not int or not lo <= value <= hi:
        raise InvalidValueError(field=field, expected=f"a whole answer {lo}–{hi} (or None "
                                "when the respondent skipped the unsur)", received=value)
    return value


def _from_answers(jawaban: object, rule: IKMRule) -> tuple[tuple[Decimal, ...], tuple[int, ...]]:
    n = len(rule.unsur)
    if not isinstance(jawaban, Sequence) or isinstance(jawaban, str) or not jawaban:
        raise InvalidValueError(field="jawaban", expected="a list of respondents' answers",
                                received=jawaban)
    totals, counts = [0] * n, [0] * n
    for r, answers in enumerate(jawaban):
        if not isinstance(answers, Sequence) or isinstance(answers, str) or len(answers) != n:
            raise InvalidValueError(field=f"jawaban[{r}]", expected=f"{n} answers "
                                    f"({rule.name})", received=answers)
        for u, answer in enumerate(answers):
            if answer is not None:
                totals[u] += _answer(answer, f"jawaban[{r}][{u}]", rule)
                counts[u] += 1
    for u, count in enumerate(counts):
        if count == 0:
            raise InvalidValueError(field=f"jawaban[*][{u}]", expected="at least one answer "
                                    f"to unsur {rule.unsur[u]!r}", received="(none)")
    return tuple(Decimal(t) for t in totals), tuple(counts)


def _from_totals(nilai_unsur: object, responden: object,
                 rule: IKMRule) -> tuple[tuple[Decimal, ...], tuple[int, ...]]:
    n = len(rule.unsur)
    if not isinstance(nilai_unsur, Sequence) or isinstance(nilai_unsur, str) or \
            len(nilai_unsur) != n:
        raise InvalidValueError(field="nilai_unsur", expected=f"{n} totals, one per unsur "
                                f"({rule.name})", received=nilai_unsur)
    if isinstance(responden, Sequence) and not isinstance(responden, str):
        if len(responden) != n:
            raise InvalidValueError(field="responden", expected=f"{n} counts, one per unsur",
                                    received=responden)
        counts = tuple(_count(c, f"responden[{u}]") for u, c in enumerate(responden))
    else:
        counts = (_count(responden, "responden"),) * n
    totals = []
    for u, (total, count) in enumerate(zip(nilai_unsur, counts, strict=True)):
        t = to_decimal(total, field=f"nilai_unsur[{u}]")
        lo, hi = count * rule.jawaban_min, count * rule.jawaban_max
        if t != t.to_integral_value() or not lo <= t <= hi:
            raise InvalidValueError(
                field=f"nilai_unsur[{u}]", expected=f"a whole sum of {count} answers "
                f"{rule.jawaban_min}–{rule.jawaban_max} ({lo}–{hi})", received=total)
        totals.append(t)
    return tuple(totals), counts


def ikm(
    *positional: Never, nilai_unsur: Sequence[Number] | None = None,
    responden: int | Sequence[int] | None = None, jawaban: Sequence[Sequence[int | None]] |
    None = None, bobot: str | None = None, aturan: str = "permenpanrb-14-2017",
    celah: Celah = "bawah", skala: Skala = "konversi", populasi: int | None = None,
) -> IndeksKepuasanMasyarakat:
    """Indeks Kepuasan Masyarakat (IKM / SKM) from unsur totals or raw answers.

    Parameters
    ----------
    nilai_unsur, responden:
        Σ answers per unsur (9 under 14/2017, 14 under 2004) and the number of
        respondents: one count, or one per unsur when some skipped an unsur.
    jawaban:
        Instead of totals: each respondent's answers (1–4, ``None`` for a
        skipped unsur).
    bobot:
        ``"1/9"`` (``"1/14"``; the exact weight, default) or a printed weight
        seen in practice: ``"0,1111"``, ``"0,111"``, ``"0,11"`` (14/2017),
        ``"0,071"`` (2004).  The figures differ by up to about one point.
    aturan:
        ``"permenpanrb-14-2017"`` (default) or ``"kepmenpan-25-2004"``.
    celah:
        How a value in a gap between two printed bands is read, with the words
        of :func:`sakip.tingkat_capaian`: ``"bawah"`` (default: a band starts
        at its printed lower bound), ``"atas"`` (a band ends at its printed
        upper bound), ``"tolak"`` (refused).
    skala:
        The scale that decides ``mutu``: ``"konversi"`` (default, the
        NIK 25–100 that reports print) or ``"nilai"`` (NI 1–4).
    populasi:
        The population served, for the Krejcie–Morgan "sample too small" note.

    Notes
    -----
    ``NRR_i = Σ answers_i ÷ respondents_i``; ``IKM = Σ NRR_i × bobot``;
    ``konversi = IKM × 25``.  Exact (the weight 1/n is applied as ``÷ n``).

    References
    ----------
    PermenPANRB 14/2017; KEP/25/M.PAN/2/2004.

    Examples
    --------
    A service unit, 29 respondents (reference §13): 955 ÷ (29 × 9) × 25 = 91,48, mutu A;
    with the weight printed as 0,11 the same survey gives 90,56:

    >>> totals = [105, 101, 100, 116, 102, 105, 106, 105, 115]
    >>> ikm(nilai_unsur=totals, responden=29).konversi.printed()
    '91,48'
    >>> ikm(nilai_unsur=totals, responden=29, bobot="0,11").konversi.printed()
    '90,56'
    >>> ikm(jawaban=[[4, 3, 4, 4, 3, 4, 4, None, 4], [3] * 9]).responden[7]
    1
    """
    if positional:
        raise call_error(ikm, positional, locals())
    rule = rules.find_typed("ikm", aturan, IKMRule)
    if bobot is None:
        bobot = rule.bobot_exact
    if bobot not in rule.bobot_names():
        raise InvalidValueError(field="bobot", expected=f"one of {', '.join(rule.bobot_names())}"
                                f" ({rule.name})", received=bobot)
    if celah not in _CELAH:
        raise InvalidValueError(field="celah", expected="'bawah', 'atas' or 'tolak'",
                                received=celah)
    if skala not in _SKALA:
        raise InvalidValueError(field="skala", expected="'konversi' or 'nilai'", received=skala)
    if populasi is not None:
        sampel_minimum(populasi)
    if jawaban is not None:
        if nilai_unsur is not None or responden is not None:
            raise InvalidValueError(field="jawaban", expected="either jawaban or nilai_unsur "
                                    "with responden, not both", received=jawaban)
        totals, counts = _from_answers(jawaban, rule)
    elif nilai_unsur is None or responden is None:
        raise InvalidValueError(field="nilai_unsur", expected="nilai_unsur= and responden=, "
                                "or jawaban=", received=(nilai_unsur, responden))
    else:
        totals, counts = _from_totals(nilai_unsur, responden, rule)
    return IndeksKepuasanMasyarakat(
        value=_ikm(rule, totals, counts, bobot, None), aturan=rule, nilai_unsur=totals,
        responden=counts, bobot=bobot, celah=celah, skala=skala, populasi=populasi)


ikm = keyword_only()(ikm)

