"""The Lembar Kerja Evaluasi (LKE): from an evaluator's answers to nilai and predikat.

An AKIP evaluation under PermenPANRB 88/2021 fills a worksheet: each of the
four components (perencanaan 30, pengukuran 30, pelaporan 15,
evaluasi_internal 25) splits into three sub-components -- **a** keberadaan /
pemenuhan 20 %, **b** kualitas 30 %, **c** pemanfaatan 50 % of the component's
weight -- and each sub-component is answered, either with one grade or
criterion by criterion.  Answers become a percentage of the sub-component's
weight through an answer scale; sub-components add up to components,
components to the nilai, and the nilai gives the predikat through the band
table of ``sakip.predikat``.

Everything here is data: the worksheet (``LembarKerja``, rule kind
``"lke-lembar-kerja"``), the answer scales (``SkalaJawaban``, kind
``"lke-skala"``: ``aa-e``, ``y-t``, ``a-e``, ``a-d``) and the kerangka logis
consistency checks (``KerangkaLogis``, kind ``"lke-kerangka-logis"``).

>>> import sakip
>>> codes = ("1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c",
...          "4.a", "4.b", "4.c")
>>> r = sakip.lke({code: "BB" for code in codes})
>>> r.value, r.predikat, r.komponen["pelaporan"]
(Decimal('80.0'), <Predikat.BB: 'BB'>, Decimal('12.0'))
>>> r.poin_menuju()          # smallest increase (2 decimals) that reaches A
Decimal('0.01')
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, ONE, ZERO, exact_sum, text, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    SakipError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Tabular, Text, Trace, check_rounding, filled
from sakip.numbers import Rounding, format_id, round_value
from sakip.predikat import (
    _BANDS_REFERENCE,
    _PREDIKAT_BAND_NOTE,
    LKERuleSet,
    Predikat,
    PredikatBands,
    _total,
)

__all__ = [
    "KERANGKA_LOGIS_KEBERADAAN",
    "KERANGKA_LOGIS_TANPA",
    "LEMBAR_KERJA_PERMENPANRB_12_2015",
    "LEMBAR_KERJA_PERMENPANRB_88_2021",
    "LKE",
    "METODE",
    "SKALA_AA_E",
    "SKALA_A_D",
    "SKALA_A_E",
    "SKALA_Y_T",
    "Jawaban",
    "KerangkaLogis",
    "KerangkaLogisCheck",
    "KerangkaLogisFinding",
    "LembarKerja",
    "Metode",
    "SkalaJawaban",
    "SubKomponen",
    "SubKomponenLKE",
    "lke",
    "lke_codes",
]

# The explanation's own words, in both languages (sakip._bahasa).
_POINTS_GIVEN = Teks(id="poin yang diberikan", en="points given")
_PERCENT_RECORDED = Teks(id="persentase yang dicatat", en="percentage recorded")
_TITLE_LKE = Teks(id="Nilai evaluasi AKIP dari LKE ({aturan}) → predikat {predikat}",
                  en="Nilai evaluasi AKIP from the LKE ({aturan}) → predikat {predikat}")
_NOTE_NEEDS = Teks(id="predikat {predikat} memerlukan {poin} poin lagi (nilai di atas batas "
                   "bawahnya)",
                   en="predikat {predikat} needs {poin} more points (nilai above its lower bound)")

#: One answer: a grade of the scale (``"B"``, ``"Y"``) or a number (a percentage
#: 0–100 of the sub-component's weight; points under ``akumulasi``).
Jawaban: TypeAlias = str | Decimal | int

#: The scoring methods, by name.
Metode: TypeAlias = Literal["nilai-tunggal", "rata-rata", "akumulasi"]

#: What each scoring method does, for docs and error messages.
METODE: dict[str, Teks] = {
    "nilai-tunggal": Teks(
        id="satu nilai per subkomponen: bobot × persen / 100 (lembar kerja evaluator)",
        en="one grade per sub-component: bobot × persen / 100 (evaluator worksheets)"),
    "rata-rata": Teks(id="bobot × rerata persen kriteria / 100 (metode yang umum)",
                      en="bobot × mean of the criteria's persen / 100 (the common method)"),
    "akumulasi": Teks(id="Σ poin per kriteria, bila lembar kerja memberi poin",
                      en="Σ points per criterion, where the worksheet gives points"),
}

_KIND_LEMBAR = "lke-lembar-kerja"
_KIND_SKALA = "lke-skala"
_KIND_LOGIS = "lke-kerangka-logis"


# ------------------------------------------------------------------ scales


def _to_grades(value: object) -> tuple[tuple[str, Decimal], ...]:
    if not isinstance(value, (tuple, list)) or not value:
        raise InvalidValueError(field="nilai", expected="(grade, persen) pairs", received=value)
    return tuple((str(grade), to_decimal(persen, field=f"nilai[{grade}]"))
                 for grade, persen in value)


@attrs.frozen(kw_only=True)
class SkalaJawaban(rules.RuleSet):
    """An answer scale of the LKE: each grade is a percentage of the weight it answers.

    ``nilai`` lists ``(grade, persen)`` from the highest grade down (persen
    strictly decreasing, within 0–100); ``arti`` optionally quotes what each
    grade means.  Grades are matched case-insensitively, surrounding blanks
    ignored.  With ``angka`` (the default) a number 0–100 is accepted too, as
    the percentage an evaluator recorded (also written as text, ``"85"``).

    >>> SKALA_AA_E.persen("bb", field="1.a")
    Decimal('80')
    >>> SKALA_Y_T.persen("X", field="1.c[2]")
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: 1.c[2]: expected an answer of skala y-t: Y, T, or a \
percentage 0–100; received 'X'
    """

    #: ``(grade, persen)`` pairs from the highest grade down.
    nilai: tuple[tuple[str, Decimal], ...] = attrs.field(converter=_to_grades)
    #: ``(grade, meaning)`` pairs, where quoted.
    arti: tuple[tuple[str, str], ...] = ()
    #: Whether a number 0–100 is accepted too, as the percentage recorded.
    angka: bool = True

    @nilai.validator
    def _check(self, _attribute: object, value: tuple[tuple[str, Decimal], ...]) -> None:
        grades = [grade.upper() for grade, _ in value]
        if len(set(grades)) != len(grades):
            raise InvalidValueError(field="nilai", expected="distinct grades", received=grades)
        persen = [p for _, p in value]
        if any(not ZERO <= p <= HUNDRED for p in persen) or any(
                a <= b for a, b in itertools.pairwise(persen)):
            raise InvalidValueError(
                field="nilai", expected="persen within 0–100, strictly decreasing",
                received=[str(p) for p in persen])

    @property
    def grades(self) -> tuple[str, ...]:
        """The grades, highest first."""
        return tuple(grade for grade, _ in self.nilai)

    def _expected(self) -> str:
        choices = ", ".join(self.grades)
        number = ", or a percentage 0–100" if self.angka else ""
        return f"an answer of skala {self.name}: {choices}{number}"

    def grade(self, jawaban: object, *positional: Never, field: str) -> str | Decimal:
        """The answer as this scale reads it: its grade name, or a percentage (a Decimal)."""
        if positional or field is REQUIRED:
            raise call_error(type(self).grade, positional, locals())
        number: object = jawaban
        if isinstance(jawaban, str):
            key = jawaban.strip().upper()
            for grade, _ in self.nilai:
                if grade.upper() == key:
                    return grade
            number = _number_text(jawaban) if self.angka else None
            if number is None:
                raise UnknownNameError(field=field, expected=self._expected(),
                                       received=jawaban)
        if not self.angka:
            raise InvalidTypeError(field=field, expected=self._expected(), received=jawaban)
        persen = to_decimal(number, field=field)
        if not ZERO <= persen <= HUNDRED:
            raise InvalidValueError(field=field, expected=self._expected(), received=jawaban)
        return persen

    grade = keyword_only()(grade)

    def persen(self, jawaban: object, *positional: Never, field: str) -> Decimal:
        """The percentage (0–100) an answer is worth; unknown answers list the valid ones."""
        if positional or field is REQUIRED:
            raise call_error(type(self).persen, positional, locals())
        graded = self.grade(jawaban, field=field)
        if isinstance(graded, Decimal):
            return graded
        return dict(self.nilai)[graded]

    persen = keyword_only()(persen)

    @property
    def top(self) -> Decimal:
        """The percentage of the highest grade."""
        return self.nilai[0][1]


def _number_text(text: str) -> Decimal | None:
    """A number written as text ("85", from a CSV), or None when the text is not one."""
    try:
        return to_decimal(text.strip(), field="jawaban")
    except SakipError:
        return None


#: The national worksheet's "Tabel Pengisian Nilai": AA 100 … E 0 (% of the weight).
SKALA_AA_E = rules.register(_KIND_SKALA, SkalaJawaban(
    name="aa-e",
    citation="PermenPANRB 88/2021, Lampiran (LKE): Tabel Pengisian Nilai; values as three "
    "LKE applications agree (project reference §10)",
    years=(2021, None),
    confidence="C2",
    nilai=(("AA", 100), ("A", 90), ("BB", 80), ("B", 70), ("CC", 60), ("C", 50), ("D", 30),
           ("E", 0)),
    arti=(
        ("AA", "seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam "
               "setidaknya 5 tahun terakhir"),
        ("A", "seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam "
              "1 tahun terakhir"),
        ("BB", "kualitas seluruh kriteria telah terpenuhi (100%) sesuai dengan mandat "
               "kebijakan nasional"),
        ("B", "> 75% – 100%"),
        ("CC", "> 50% – 75%"),
        ("C", "> 25% – 50%"),
        ("D", "> 0% – 25%"),
        ("E", "sama sekali tidak ada upaya"),
    ),
))

#: Y/T per criterion (ya 1, tidak 0): regional LKE applications, 12/2015-era convention.
SKALA_Y_T = rules.register(_KIND_SKALA, SkalaJawaban(
    name="y-t",
    citation="Regional LKE applications, per-criterion Y/T (12/2015-era convention; project "
    "reference §10)",
    years=(2015, None),
    confidence="CONV",
    nilai=(("Y", 100), ("T", 0)),
    arti=(("Y", "ya"), ("T", "tidak")),
))

#: A–E = 1 / 0,75 / 0,5 / 0,25 / 0 per criterion: regional LKE applications.
SKALA_A_E = rules.register(_KIND_SKALA, SkalaJawaban(
    name="a-e",
    citation="Regional LKE applications, per-criterion A–E = 1/0,75/0,5/0,25/0 (12/2015-era "
    "convention; project reference §10)",
    years=(2015, None),
    confidence="CONV",
    nilai=(("A", 100), ("B", 75), ("C", 50), ("D", 25), ("E", 0)),
))

#: A–D = 1 / 0,66 / 0,33 / 0 per criterion: one regency's evaluation application.
SKALA_A_D = rules.register(_KIND_SKALA, SkalaJawaban(
    name="a-d",
    citation="One regency's LKE evaluation application, A–D = 1/0,66/0,33/0 (project "
    "reference §10)",
    years=(2015, None),
    confidence="CONV",
    nilai=(("A", 100), ("B", 66), ("C", 33), ("D", 0)),
))


# --------------------------------------------------------------- worksheet


def _to_persen(value: object) -> Decimal:
    return to_decimal(value, field="persen", nonnegative=True)


@attrs.frozen(kw_only=True)
class SubKomponen:
    """One sub-component of the LKE: its code, component, share and criteria.

    ``persen`` is its share of the component's weight (20, 30, 50 under
    88/2021); ``kriteria`` the short names of criteria the sources cite (may
    be fewer than the count); ``jumlah_kriteria`` the cited count as
    ``(minimum, maximum)``, ``None`` where no count is documented.
    """

    kode: str
    komponen: str
    nama: str
    persen: Decimal = attrs.field(converter=_to_persen)
    kriteria: tuple[str, ...] = ()
    jumlah_kriteria: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class LembarKerja(rules.RuleSet):
    """The LKE worksheet: sub-components splitting the components of an ``"lke"`` rule set.

    ``komponen`` names the :class:`sakip.predikat.LKERuleSet` whose component
    weights are split (so the weights are written once); ``nama_komponen``
    gives each component's title; ``skala`` is the default answer scale and
    ``kerangka_logis`` the default consistency checks (a ``"lke-kerangka-logis"``
    rule set name).
    Per component the sub-components' ``persen`` add up to exactly 100.

    >>> w = LEMBAR_KERJA_PERMENPANRB_88_2021
    >>> w.codes[:3], w.bobot("3.b"), w.bobot("4.c")
    (('1.a', '1.b', '1.c'), Decimal('4.5'), Decimal('12.5'))
    """

    #: The name of the ``"lke"`` rule set whose component weights are split.
    komponen: str
    #: ``(component, title)`` pairs.
    nama_komponen: tuple[tuple[str, str], ...]
    #: The sub-components; per component their ``persen`` add up to 100.
    sub_komponen: tuple[SubKomponen, ...] = attrs.field()
    #: The name of the default answer scale.
    skala: str = attrs.field()
    #: The name of the default ``"lke-kerangka-logis"`` rule set.
    kerangka_logis: str = attrs.field()

    @sub_komponen.validator
    def _check(self, _attribute: object, value: tuple[SubKomponen, ...]) -> None:
        codes = [sub.kode for sub in value]
        if len(set(codes)) != len(codes):
            raise InvalidValueError(field="sub_komponen", expected="distinct codes",
                                    received=codes)
        for name in dict(self.nama_komponen):
            total = exact_sum(sub.persen for sub in value if sub.komponen == name)
            if total != HUNDRED:
                raise InvalidValueError(
                    field=f"sub_komponen[{name}]",
                    expected="persen of the sub-components adding up to exactly 100",
                    received=str(total))

    @property
    def rule(self) -> LKERuleSet:
        """The component rule set (kind ``"lke"``) this worksheet splits."""
        found = rules.find("lke", self.komponen)
        assert isinstance(found, LKERuleSet)
        return found

    @property
    def codes(self) -> tuple[str, ...]:
        """Sub-component codes in worksheet order."""
        return tuple(sub.kode for sub in self.sub_komponen)

    def sub(self, kode: str) -> SubKomponen:
        """The sub-component called ``kode``; unknown codes list the valid ones."""
        for sub in self.sub_komponen:
            if sub.kode == kode:
                return sub
        raise UnknownNameError(
            field=str(kode),
            expected=f"a sub-component of {self.name}: {', '.join(self.codes)}",
            received=kode)

    def bobot(self, kode: str) -> Decimal:
        """The sub-component's weight in points: component weight × persen / 100."""
        sub = self.sub(kode)
        weight = dict(self.rule.components)[sub.komponen]
        return CONTEXT.divide(CONTEXT.multiply(weight, sub.persen), HUNDRED)


def _sub(kode: str, komponen: str, nama: str, persen: int, count: tuple[int, int],
         kriteria: tuple[str, ...] = ()) -> SubKomponen:
    return SubKomponen(kode=kode, komponen=komponen, nama=nama, persen=persen,
                       kriteria=kriteria, jumlah_kriteria=count)


_A, _B, _C = "keberadaan/pemenuhan", "kualitas", "pemanfaatan"
_SPLIT = (_A, 20), (_B, 30), (_C, 50)
_COUNTS_88 = {  # criteria per sub-component as the project reference §10 cites them
    "1": ((6, 6), (10, 11), (8, 8)),
    "2": ((3, 3), (7, 7), (10, 10)),
    "3": ((6, 6), (9, 9), (7, 7)),
    "4": ((3, 3), (5, 5), (5, 5)),
}
_KRITERIA_88 = {
    "1.a": ("pedoman teknis perencanaan", "dokumen perencanaan jangka panjang",
            "dokumen perencanaan jangka menengah", "dokumen perencanaan jangka pendek",
            "perencanaan aktivitas", "perencanaan anggaran"),
    "1.b": ("diformalkan", "dipublikasikan tepat waktu", "SMART", "IKU berkelanjutan",
            "target menantang/realistis", "cascading", "crosscutting", "setiap unit",
            "setiap pegawai"),
}
_KOMPONEN_88 = (
    ("1", "perencanaan", "Perencanaan Kinerja"),
    ("2", "pengukuran", "Pengukuran Kinerja"),
    ("3", "pelaporan", "Pelaporan Kinerja"),
    ("4", "evaluasi_internal", "Evaluasi Akuntabilitas Kinerja Internal"),
)

#: PermenPANRB 88/2021: 12 sub-components 1.a … 4.c (20/30/50 % of each component).
LEMBAR_KERJA_PERMENPANRB_88_2021 = rules.register(_KIND_LEMBAR, LembarKerja(
    name="permenpanrb-88-2021",
    citation="PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (LKE); sub-component split "
    "20/30/50 % and criteria counts as implemented identically in five or more independent "
    "LKE applications (project reference §10)",
    years=(2021, None),
    confidence="S",
    komponen="permenpanrb-88-2021",
    nama_komponen=tuple((name, title) for _, name, title in _KOMPONEN_88),
    skala="aa-e",
    kerangka_logis="keberadaan",
    sub_komponen=tuple(
        _sub(f"{number}.{letter}", name, nama, persen, count,
             _KRITERIA_88.get(f"{number}.{letter}", ()))
        for number, name, _ in _KOMPONEN_88
        for letter, (nama, persen), count in zip("abc", _SPLIT, _COUNTS_88[number],
                                                 strict=True)
    ),
))

#: PermenPANRB 12/2015, only as far as the project reference documents it: five
#: components (weights [C1], unverified), each scored as one unit ``"1"`` … ``"5"``
#: (its sub-components and criteria are not documented there).
LEMBAR_KERJA_PERMENPANRB_12_2015 = rules.register(_KIND_LEMBAR, LembarKerja(
    name="permenpanrb-12-2015",
    citation="PermenPANRB 12/2015, Lampiran (LKE): component weights as commonly cited, "
    "unverified; sub-components and criteria NOT documented in the project reference, so "
    "each component is one unit answered per criterion (Y/T or A–E, the era's convention)",
    years=(2015, 2020),
    confidence="C1",
    komponen="permenpanrb-12-2015",
    nama_komponen=(
        ("perencanaan", "Perencanaan Kinerja"),
        ("pengukuran", "Pengukuran Kinerja"),
        ("pelaporan", "Pelaporan Kinerja"),
        ("evaluasi_internal", "Evaluasi Internal"),
        ("capaian_kinerja", "Capaian Kinerja"),
    ),
    skala="a-e",
    kerangka_logis="tanpa",
    sub_komponen=tuple(
        SubKomponen(kode=str(number), komponen=name, nama=title, persen=100)
        for number, (name, title) in enumerate((
            ("perencanaan", "Perencanaan Kinerja"),
            ("pengukuran", "Pengukuran Kinerja"),
            ("pelaporan", "Pelaporan Kinerja"),
            ("evaluasi_internal", "Evaluasi Internal"),
            ("capaian_kinerja", "Capaian Kinerja"),
        ), start=1)
    ),
))


# ---------------------------------------------------------- kerangka logis


@attrs.frozen(kw_only=True)
class KerangkaLogisCheck:
    """One kerangka logis rule: ``kode`` must not score above ``pembanding``.

    Both are a sub-component (``"1.b"``: its percentage of its weight, the
    criteria's average) or one criterion (``"1.b.3"``: the third answer's
    percentage).  A violation is reported, never corrected.
    """

    kode: str
    pembanding: str
    catatan: str = ""


@attrs.frozen(kw_only=True)
class KerangkaLogis(rules.RuleSet):
    """A named set of kerangka logis checks between criteria and sub-components.

    >>> [f"{c.kode} <= {c.pembanding}" for c in KERANGKA_LOGIS_KEBERADAAN.checks][:2]
    ['1.b <= 1.a', '1.c <= 1.a']
    """

    #: The checks, each a criterion or sub-component and its comparator.
    checks: tuple[KerangkaLogisCheck, ...]


#: Kualitas (b) and pemanfaatan (c) of a component not above its keberadaan (a).
KERANGKA_LOGIS_KEBERADAAN = rules.register(_KIND_LOGIS, KerangkaLogis(
    name="keberadaan",
    citation="Kerangka logis of LKE applications: a criterion or sub-component must not exceed "
    "its comparator; violations are reported, not zeroed (project reference §10)",
    years=(2021, None),
    confidence="CONV",
    checks=tuple(
        KerangkaLogisCheck(kode=f"{number}.{letter}", pembanding=f"{number}.a",
                           catatan=f"{nama} cannot exceed the keberadaan it depends on")
        for number in "1234" for letter, nama in (("b", "kualitas"), ("c", "pemanfaatan"))
    ),
))


#: No checks: pass ``kerangka_logis="tanpa"`` to switch the checks off.
KERANGKA_LOGIS_TANPA = rules.register(_KIND_LOGIS, KerangkaLogis(
    name="tanpa",
    citation="No kerangka logis checks",
    years=(2015, None),
    confidence="CONV",
    checks=(),
))


@attrs.frozen(kw_only=True)
class KerangkaLogisFinding(Tabular):
    """A kerangka logis check that failed (``melebihi``) or could not be applied.

    ``nilai`` and ``nilai_pembanding`` are percentages (0–100); ``None``
    where the check could not be applied (``tidak-dapat-diperiksa``: a
    criterion that was not answered, or points under ``akumulasi``).
    """

    check: KerangkaLogisCheck
    status: Literal["melebihi", "tidak-dapat-diperiksa"]
    nilai: Decimal | None
    nilai_pembanding: Decimal | None
    pesan: str

    def __str__(self) -> str:
        return self.pesan


# ------------------------------------------------------------------ result


@attrs.frozen(kw_only=True)
class SubKomponenLKE(Tabular):
    """The validated answers of one sub-component, as :func:`lke` scored them.

    ``jawaban`` holds each answer as the scale read it (grade name or a
    Decimal); ``tunggal`` is true when one grade was given (not a list).
    """

    kode: str
    jawaban: tuple[str | Decimal, ...]
    tunggal: bool
    skala: SkalaJawaban
    metode: Metode
    bobot: Decimal


def _persen_list(isian: SubKomponenLKE, trace: Trace | None) -> tuple[Decimal, ...]:
    out = []
    for index, answer in enumerate(isian.jawaban, start=1):
        where = isian.kode if isian.tunggal else f"{isian.kode}[{index}]"
        if isian.metode == "akumulasi":
            value = answer
            assert isinstance(value, Decimal)
            if trace is not None:
                trace.add(f"poin {where}", _POINTS_GIVEN, (("jawaban", answer),), value)
        else:
            value = answer if isinstance(answer, Decimal) else dict(isian.skala.nilai)[answer]
            if trace is not None:
                how: Text = _PERCENT_RECORDED if isinstance(answer, Decimal) else (
                    f"skala {isian.skala.name}: {answer} = {text(value)} %")
                trace.add(f"persen {where}", how, (("jawaban", answer),), value)
        out.append(value)
    return tuple(out)


def _score(isian: SubKomponenLKE, trace: Trace | None) -> Decimal:
    values = _persen_list(isian, trace)
    total = exact_sum(values)
    if isian.metode == "akumulasi":
        value = total
        formula = "Σ points"
    else:
        count = Decimal(len(values))
        value = CONTEXT.divide(CONTEXT.multiply(isian.bobot, total),
                               CONTEXT.multiply(HUNDRED, count))
        formula = ("bobot × persen / 100" if isian.tunggal
                   else "bobot × (Σ persen / n) / 100")
    if trace is not None:
        trace.add(isian.kode, formula,
                  (("bobot", isian.bobot), ("metode", isian.metode),
                   ("n", len(values)), ("Σ", total)),
                  value, note=METODE[isian.metode])
    return value


def _lke(isian: tuple[SubKomponenLKE, ...], aturan: LembarKerja,
         trace: Trace | None) -> tuple[Decimal, tuple[tuple[str, Decimal], ...],
                                       tuple[tuple[str, Decimal], ...]]:
    scores = tuple((part.kode, _score(part, trace)) for part in isian)
    by_code = dict(scores)
    komponen = []
    for name, _title in aturan.nama_komponen:
        codes = [sub.kode for sub in aturan.sub_komponen if sub.komponen == name]
        value = exact_sum(by_code[code] for code in codes)
        if trace is not None:
            trace.add(name, " + ".join(codes), tuple((code, by_code[code]) for code in codes),
                      value, reference=aturan.citation)
        komponen.append((name, value))
    parts = tuple(komponen)
    return _total(parts, aturan.rule, trace), scores, parts


@attrs.frozen(kw_only=True)
class LKE(Figure):
    """An AKIP evaluation computed from its worksheet: ``value`` is the nilai (exact).

    ``sub_komponen`` and ``komponen`` map codes / component names to points;
    ``predikat`` comes from the band table; ``temuan`` lists kerangka logis
    findings (warnings: they never change a number); :meth:`poin_menuju`
    gives the points still needed for a higher predikat.

    Notes
    -----
    ``sub-komponen = bobot × mean(persen) / 100`` (one grade: its persen; under
    ``akumulasi`` the sum of points); ``komponen = Σ sub-komponen``; ``nilai =
    Σ komponen``; ``predikat`` from the band table (lower bound exclusive).
    Everything is exact.  Built by :func:`lke`.

    References
    ----------
    PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (LKE).

    Examples
    --------
    The worked example of the reference (a hospital's LKE defaults, one grade
    per sub-component, AA…E scale): perencanaan A, A, B = 5,40 + 8,10 + 10,50
    = 24,00, and nilai 88,10 → A:

    >>> import sakip
    >>> grades = "A A B AA A A A A A AA A A".split()
    >>> r = sakip.lke(dict(zip(sakip.lke_codes(), grades)))
    >>> r.value, r.predikat, r.komponen["perencanaan"], r.temuan
    (Decimal('88.10'), <Predikat.A: 'A'>, Decimal('24.0'), ())
    """

    #: The worksheet's answers, per sub-component.
    isian: tuple[SubKomponenLKE, ...]
    #: The worksheet (LembarKerja) applied.
    aturan: LembarKerja
    #: The predikat of the nilai.
    predikat: Predikat
    #: ``(code, points)`` pairs per sub-component.
    skor_sub_komponen: tuple[tuple[str, Decimal], ...]
    #: ``(component, points)`` pairs per component.
    skor_komponen: tuple[tuple[str, Decimal], ...]
    #: The kerangka logis checks applied (their citation is a note of the explanation).
    kerangka_logis: KerangkaLogis
    #: Kerangka logis findings (warnings that never change a number).
    temuan: tuple[KerangkaLogisFinding, ...] = ()

    @property
    def sub_komponen(self) -> dict[str, Decimal]:
        """Points per sub-component code (``{"1.a": Decimal("5.4"), ...}``), exact."""
        return dict(self.skor_sub_komponen)

    @property
    def komponen(self) -> dict[str, Decimal]:
        """Points per component (``{"perencanaan": ..., ...}``), exact."""
        return dict(self.skor_komponen)

    @property
    def bands(self) -> PredikatBands:
        """The predikat band table the nilai is read against."""
        found = rules.find("predikat", self.aturan.rule.bands)
        assert isinstance(found, PredikatBands)
        return found

    @property
    def predikat_berikutnya(self) -> Predikat | None:
        """The next predikat up (``None`` at AA)."""
        higher = [band.predikat for band in self.bands.bands if band.predikat > self.predikat]
        return min(higher) if higher else None

    def poin_menuju(self, predikat: Predikat | str | None = None, *positional: Never,
                    places: int = 2) -> Decimal | None:
        """The smallest increase of the nilai, in steps of ``10^-places``, reaching ``predikat``.

        ``predikat`` defaults to the next one up; ``None`` is returned at AA
        (nothing higher), ``0`` when the nilai already has that predikat or a
        higher one.  Lower bounds are exclusive (A needs more than 80).

        >>> import sakip
        >>> r = sakip.lke({c: "A" for c in sakip.lke_codes()})
        >>> r.value, r.predikat, r.poin_menuju(), r.poin_menuju("A")
        (Decimal('90.00'), <Predikat.A: 'A'>, Decimal('0.01'), Decimal('0'))
        """
        if positional:
            raise call_error(type(self).poin_menuju, positional, locals())
        places = Rounding(places=places).places  # validated as every places is
        goal = self.predikat_berikutnya if predikat is None else Predikat.from_name(predikat)
        if goal is None:
            return None
        if self.predikat >= goal:
            return ZERO
        band = next(band for band in self.bands.bands if band.predikat is goal)
        step = ONE.scaleb(-places, context=CONTEXT)
        gap = CONTEXT.subtract(band.lower, self.value)
        units = CONTEXT.divide_int(gap, step)
        if not band.lower_inclusive or CONTEXT.multiply(units, step) != gap:
            units = CONTEXT.add(units, ONE)
        return round_value(CONTEXT.multiply(units, step), places, "half_up")

    poin_menuju = keyword_only()(poin_menuju)

    def _derive(self, trace: Trace) -> Decimal:
        return _lke(self.isian, self.aturan, trace)[0]

    def _title(self) -> Text:
        return filled(_TITLE_LKE, aturan=self.aturan.name, predikat=self.predikat)

    def _reference(self) -> Text:
        return filled(_BANDS_REFERENCE, citation=self.aturan.citation, bands=self.bands.citation)

    def _notes(self) -> tuple[Text, ...]:
        notes: list[Text] = [filled(_PREDIKAT_BAND_NOTE, predikat=self.predikat,
                                    arti=self.predikat.arti)]
        following = self.predikat_berikutnya
        if following is not None:
            needed = self.poin_menuju()
            assert needed is not None
            notes.append(filled(_NOTE_NEEDS, predikat=following, poin=format_id(needed, 2)))
        scales = {part.skala.name: part.skala.citation for part in self.isian}
        notes.extend(f"skala {name}: {citation}" for name, citation in scales.items())
        notes.append(f"kerangka logis {self.kerangka_logis.name}: "
                     f"{self.kerangka_logis.citation}")
        notes.extend(f"kerangka logis: {finding}" for finding in self.temuan)
        return tuple(notes)

    def _row(self) -> dict[str, Any]:
        needed = self.poin_menuju()
        following = self.predikat_berikutnya
        return {**super()._row(),
                "predikat_berikutnya": None if following is None else str(following),
                "poin_menuju": needed, "temuan": len(self.temuan)}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per sub-component: kode, komponen, sub_komponen, bobot, jawaban (the
        answers as text), n (how many), skala, metode, its points ``value`` and ``rounded``
        (under ``rounding``; 2 decimals half-up when ``None``)."""
        policy = check_rounding(rounding)
        scores = self.sub_komponen
        rows = []
        for part in self.isian:
            sub = self.aturan.sub(part.kode)
            nilai = scores[part.kode]
            rows.append({
                "kode": part.kode, "komponen": sub.komponen, "sub_komponen": sub.nama,
                "bobot": part.bobot, "jawaban": ", ".join(str(a) for a in part.jawaban),
                "n": len(part.jawaban), "skala": part.skala.name, "metode": part.metode,
                "value": nilai, "rounded": policy.apply(nilai),
            })
        return rows


# --------------------------------------------------------------- the call


def lke_codes(aturan: str = "permenpanrb-88-2021") -> tuple[str, ...]:
    """The sub-component codes of a worksheet, in order.

    >>> lke_codes()[:4], len(lke_codes())
    (('1.a', '1.b', '1.c', '2.a'), 12)
    """
    return _lembar(aturan).codes


def _lembar(aturan: object) -> LembarKerja:
    if not isinstance(aturan, str):
        raise InvalidTypeError(field="aturan", expected="a rule set name (str)", received=aturan)
    found = rules.find(_KIND_LEMBAR, aturan)
    assert isinstance(found, LembarKerja)
    return found


def _per_code(option: object, *, field: str, lembar: LembarKerja) -> dict[str, object]:
    if option is None:
        return {}
    if isinstance(option, str):
        return dict.fromkeys(lembar.codes, option)
    if not isinstance(option, Mapping):
        raise InvalidTypeError(field=field, expected="a name, or a mapping {sub-component: name}",
                               received=option)
    for code in option:
        lembar.sub(code)  # refuses unknown codes with the valid ones listed
    return dict(option)


def _skala(name: object, code: str) -> SkalaJawaban:
    if not isinstance(name, str):
        raise InvalidTypeError(field=f"skala[{code}]", expected="a scale name (str)",
                               received=name)
    try:
        found = rules.find(_KIND_SKALA, name)
    except UnknownNameError as error:
        raise UnknownNameError(field=f"skala[{code}]", expected=error.expected,
                               received=name) from None
    assert isinstance(found, SkalaJawaban)
    return found


def _metode(name: object, code: str, tunggal: bool) -> Metode:
    if name is None:
        return "nilai-tunggal" if tunggal else "rata-rata"
    if name == "nilai-tunggal" and not tunggal:
        raise InvalidValueError(
            field=str(code), expected="one grade under metode 'nilai-tunggal'", received=name)
    if name in ("nilai-tunggal", "rata-rata", "akumulasi"):
        return name
    raise UnknownNameError(field=f"metode[{code}]",
                           expected="one of " + ", ".join(METODE), received=name)


def _isian(code: str, given: object, lembar: LembarKerja, skala: SkalaJawaban,
           metode_name: object, strict_kriteria: bool) -> SubKomponenLKE:
    tunggal = isinstance(given, (str, bytes, Decimal, int)) or not isinstance(given, Sequence)
    answers: tuple[object, ...] = (given,) if tunggal else tuple(given)  # type: ignore[arg-type]
    if not answers:
        raise InvalidValueError(field=code, expected="at least one answer", received=given)
    metode = _metode(metode_name, code, tunggal)
    bobot = lembar.bobot(code)
    sub = lembar.sub(code)
    if strict_kriteria and not tunggal and sub.jumlah_kriteria is not None:
        low, high = sub.jumlah_kriteria
        if not low <= len(answers) <= high:
            count = str(low) if low == high else f"{low}–{high}"
            raise InvalidValueError(
                field=code, expected=f"{count} criteria answers ({lembar.name})",
                received=len(answers))
    read: list[str | Decimal] = []
    for index, answer in enumerate(answers, start=1):
        where = code if tunggal else f"{code}[{index}]"
        if metode == "akumulasi":
            points = _number_text(answer) if isinstance(answer, str) else answer
            if points is None:
                raise InvalidTypeError(field=where, expected="points (a number) under metode "
                                       "'akumulasi'", received=answer)
            read.append(to_decimal(points, field=where, nonnegative=True))
        else:
            read.append(skala.grade(answer, field=where))
    if metode == "akumulasi":
        total = exact_sum(v for v in read if isinstance(v, Decimal))
        if total > bobot:
            raise InvalidValueError(field=code, expected=f"points adding up to at most the "
                                    f"bobot {bobot} of {code}", received=str(total))
    return SubKomponenLKE(kode=code, jawaban=tuple(read), tunggal=tunggal, skala=skala,
                          metode=metode, bobot=bobot)


def _kerangka(option: object, lembar: LembarKerja) -> KerangkaLogis:
    if option is None:
        option = lembar.kerangka_logis
    if isinstance(option, KerangkaLogis):
        return option
    if not isinstance(option, str):
        raise InvalidTypeError(field="kerangka_logis",
                               expected="a rule set name, a KerangkaLogis, or None (the "
                               "worksheet's default)",
                               received=option)
    try:
        found = rules.find(_KIND_LOGIS, option)
    except UnknownNameError as error:
        raise UnknownNameError(field="kerangka_logis", expected=error.expected,
                               received=option) from None
    assert isinstance(found, KerangkaLogis)
    return found


def _level(ref: str, parts: Mapping[str, SubKomponenLKE], scores: Mapping[str, Decimal],
           lembar: LembarKerja) -> Decimal | None:
    """A sub-component's or a criterion's percentage; None where it cannot be read."""
    code, index = (ref, "") if ref in parts else ref.rpartition(".")[::2]
    if code not in parts or (index and (not index.isdigit() or int(index) < 1)):
        raise UnknownNameError(
            field="kerangka_logis",
            expected=f"a sub-component ({lembar.codes[0]}) or a criterion "
            f"({lembar.codes[0]}.1, numbered from 1) of {lembar.name}",
            received=ref)
    part = parts[code]
    if not index:
        return CONTEXT.divide(CONTEXT.multiply(scores[code], HUNDRED), part.bobot)
    if part.metode == "akumulasi" or part.tunggal or int(index) > len(part.jawaban):
        return None
    answer = part.jawaban[int(index) - 1]
    return answer if isinstance(answer, Decimal) else dict(part.skala.nilai)[answer]


def _check_logis(kerangka: KerangkaLogis, isian: tuple[SubKomponenLKE, ...],
                 scores: Mapping[str, Decimal],
                 lembar: LembarKerja) -> tuple[KerangkaLogisFinding, ...]:
    parts = {part.kode: part for part in isian}
    found = []
    for check in kerangka.checks:
        value = _level(check.kode, parts, scores, lembar)
        other = _level(check.pembanding, parts, scores, lembar)
        if value is None or other is None:
            found.append(KerangkaLogisFinding(
                check=check, status="tidak-dapat-diperiksa", nilai=value,
                nilai_pembanding=other,
                pesan=f"{check.kode} <= {check.pembanding} not checked: a criterion not answered "
                "one by one (or points under akumulasi)"))
        elif value > other:
            shown, shown_other = format_id(value, 2), format_id(other, 2)
            found.append(KerangkaLogisFinding(
                check=check, status="melebihi", nilai=value, nilai_pembanding=other,
                pesan=f"{check.kode} ({shown} %) is above {check.pembanding} ({shown_other} %)"
                + (f": {check.catatan}" if check.catatan else "")))
    return tuple(found)


def lke(
    jawaban: Mapping[str, Jawaban | Sequence[Jawaban]],
    *positional: Never,
    aturan: str = "permenpanrb-88-2021",
    skala: str | Mapping[str, str] | None = None,
    metode: Metode | Mapping[str, Metode] | None = None,
    kerangka_logis: str | KerangkaLogis | None = None,
    strict_kriteria: bool = False,
) -> LKE:
    """Score an LKE worksheet: answers → sub-components → components → nilai → predikat.

    Parameters
    ----------
    jawaban:
        ``{sub-component code: answer}`` for **every** sub-component of the
        worksheet (``"1.a"`` … ``"4.c"`` under 88/2021).  An answer is one
        grade (``"B"``), a number 0–100 (a percentage the evaluator recorded;
        text such as ``"85"`` reads as that number), or a list of per-criterion
        answers.
    aturan:
        The worksheet: ``"permenpanrb-88-2021"`` (default) or
        ``"permenpanrb-12-2015"`` (five components ``"1"`` … ``"5"`` scored
        as one unit each; [C1], see :data:`LEMBAR_KERJA_PERMENPANRB_12_2015`).
    skala:
        The answer scale for every sub-component (``"a-e"``), or a mapping
        overriding the worksheet's default (``aa-e`` under 88/2021) per code.
    metode:
        ``"nilai-tunggal"``, ``"rata-rata"`` or ``"akumulasi"`` (see
        :data:`METODE`), for all or per code.  By default one grade is scored
        ``nilai-tunggal`` and a list ``rata-rata``.  Under ``akumulasi`` each
        answer is the points a criterion earned; they may not exceed the bobot.
    kerangka_logis:
        The consistency checks reported in ``temuan``: a rule set name or a
        :class:`KerangkaLogis`; ``None`` (default) takes the worksheet's own
        (``"keberadaan"`` under 88/2021: b and c not above a; ``"tanpa"``,
        no checks, under 12/2015).  Findings never change a number.
    strict_kriteria:
        Refuse a list whose length is not the cited criteria count (off by
        default: agencies add or trim criteria).

    Returns
    -------
    LKE
        ``value`` (nilai, exact), ``sub_komponen``, ``komponen``,
        ``predikat``, ``temuan``, ``poin_menuju()``, ``explain()``,
        ``to_rows()``.

    Raises
    ------
    UnknownNameError
        An unknown sub-component, scale, method, or an answer not in the scale
        (the valid answers listed), each naming the sub-component.
    InvalidValueError
        A missing sub-component, an empty list, a percentage outside 0–100,
        points above the bobot.
    InvalidTypeError
        A float or bool answer, a non-mapping ``jawaban``.

    Notes
    -----
    ``sub = bobot × mean(persen) / 100`` (one grade: its persen);
    ``komponen = Σ sub``; ``nilai = Σ komponen``; predikat from
    :data:`sakip.predikat.PREDIKAT_BANDS` (``> 80 – 90`` is A).  Everything
    is exact; rounding happens only where a figure is printed (``to_rows``
    with a :class:`~sakip.numbers.Rounding`, ``explain(places, mode)``).

    References
    ----------
    PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (LKE).

    Examples
    --------
    >>> import sakip
    >>> all_b = dict.fromkeys(sakip.lke_codes(), "B")
    >>> r = sakip.lke(all_b)
    >>> r.value, r.predikat, r.komponen["perencanaan"]
    (Decimal('70.00'), <Predikat.B: 'B'>, Decimal('21.0'))
    >>> sakip.lke(all_b | {"1.c": ["Y", "Y", "T", "Y"]}, skala={"1.c": "y-t"}).sub_komponen["1.c"]
    Decimal('11.25')
    >>> sakip.lke(all_b | {"2.b": "Z"})
    Traceback (most recent call last):
    ...
    sakip.errors.UnknownNameError: 2.b: expected an answer of skala aa-e: AA, A, BB, B, CC, C, \
D, E, or a percentage 0–100; received 'Z'
    """
    if positional:
        raise call_error(lke, positional, locals())
    lembar = _lembar(aturan)
    if not isinstance(jawaban, Mapping):
        raise InvalidTypeError(field="jawaban",
                               expected="a mapping {sub-component code: answer}",
                               received=jawaban)
    for code in jawaban:
        lembar.sub(code)
    scales = _per_code(skala, field="skala", lembar=lembar)
    methods = _per_code(metode, field="metode", lembar=lembar)
    if not isinstance(strict_kriteria, bool):
        raise InvalidTypeError(field="strict_kriteria", expected="True or False",
                               received=strict_kriteria)
    kerangka = _kerangka(kerangka_logis, lembar)
    parts = []
    for sub in lembar.sub_komponen:
        if sub.kode not in jawaban:
            raise InvalidValueError(
                field=sub.kode,
                expected=f"answers for sub-component {sub.kode} ({sub.nama}, {sub.komponen})",
                received="(missing)")
        scale = _skala(scales.get(sub.kode, lembar.skala), sub.kode)
        parts.append(_isian(sub.kode, jawaban[sub.kode], lembar, scale,
                            methods.get(sub.kode), strict_kriteria))
    isian = tuple(parts)
    nilai, scores, komponen = _lke(isian, lembar, None)
    bands = rules.find("predikat", lembar.rule.bands)
    assert isinstance(bands, PredikatBands)
    temuan = _check_logis(kerangka, isian, dict(scores), lembar)
    return LKE(value=nilai, isian=isian, aturan=lembar, predikat=bands.predikat(nilai),
               skor_sub_komponen=scores, skor_komponen=komponen, kerangka_logis=kerangka,
               temuan=temuan)

lke = keyword_only()(lke)
