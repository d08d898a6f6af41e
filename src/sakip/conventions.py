"""The field's other efficiency conventions, aggregates, budget bases and category tables.

Published LKj of ministries, agencies and regions compute "efisiensi" in
several ways besides PMK 214/2017 (``sakip.efisiensi``).  Each is a named,
cited convention here, computed from percentages alone -- per row of any
table (a sasaran, a program, a kegiatan, an output), no RO code or rupiah
needed:

* ``rasio``: ``E = capaian output / capaian input × 100`` (one per input:
  dana, SDM), as BPKP's Laporan Kinerja 2021, Tabel 3.23 prints it;
* ``indeks``: ``IE = capaian output / capaian input``, with the standar
  efisiensi ``SE = 1`` and the tingkat efisiensi ``TE = IE − SE`` (Badan POM
  centres' LKj), labelled ``Efisien`` / ``Tidak Efisien`` by a category table;
* ``selisih``: ``E = capaian − realisasi anggaran`` in percent points
  (regional LKjIP; negative values are legitimate).

Besides: ``rerata`` (the unweighted mean of printed percentages, beside
the pagu-weighted mean), ``RiwayatPagu`` (DIPA awal, penghematan,
blokir, pagu revisi; penyerapan against the basis a report names) and the
category tables of the *rasio efisiensi* of Kepmendagri 690.900.327/1996 and
of the IE rules.

>>> import sakip
>>> sakip.efisiensi_kinerja(capaian_output="106.93", capaian_input="98.30",
...                         rumus="rasio").rounded(2)
Decimal('108.78')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO, Number, text, to_decimal
from sakip.budget import Penyerapan, penyerapan
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import (
    Explanation,
    Figure,
    Tabular,
    Text,
    Trace,
    check_rounding,
    filled,
    sources_of,
)
from sakip.numbers import Rounding, RoundingMode

__all__ = [
    "AGREGAT_RULES",
    "EFISIENSI_KINERJA_RULES",
    "KATEGORI_INDEKS_BBPOM_2020",
    "KATEGORI_INDEKS_PRKOM_2021",
    "KATEGORI_RASIO_EFISIENSI",
    "KATEGORI_RASIO_EFISIENSI_BATAS_ATAS",
    "AgregatRule",
    "EfisiensiKinerja",
    "EfisiensiKinerjaRule",
    "PenyerapanPagu",
    "RasioEfisiensi",
    "Rerata",
    "RiwayatPagu",
    "TingkatEfisiensi",
    "efisiensi_kinerja",
    "kategori_indeks_efisiensi",
    "kategori_rasio_efisiensi",
    "rasio_efisiensi",
    "rerata",
]

# The explanation's own words, in both languages (sakip._bahasa).
_NOTE_CONVENTION = Teks(id="konvensi {name} [{confidence}]", en="convention {name} [{confidence}]")
_NOTE_NO_KATEGORI = Teks(id="kategori tidak diberikan: {error}", en="kategori not given: {error}")
_NOTE_VALUES = Teks(
    id="{n} nilai: {shown} pertama dan {shown} terakhir ditampilkan bersama jumlahnya; setiap "
    "nilai adalah satu baris to_rows()",
    en="{n} values: the first and last {shown} shown with the sums; every value is a row of "
    "to_rows()")
_NOTE_LOWER = Teks(id="makin rendah makin efisien", en="lower is more efficient")

_add, _subtract, _multiply, _divide = (CONTEXT.add, CONTEXT.subtract, CONTEXT.multiply,
                                       CONTEXT.divide)

# ------------------------------------------------------------ the conventions

RumusKinerja: TypeAlias = Literal["rasio", "indeks", "selisih"]


#: An efficiency convention computed from percentages, named and cited (``standar``: the
#: SE of ``indeks``): the one named-formula class :class:`~sakip.rules.FormulaRule` (this
#: name is kept for code that imports it).
EfisiensiKinerjaRule = rules.FormulaRule


#: The per-row efficiency conventions, by name (rule-set kind ``"efisiensi-kinerja"``).
EFISIENSI_KINERJA_RULES: Mapping[str, rules.FormulaRule] = {
    rule.name: rules.register("efisiensi-kinerja", rule)
    for rule in (
        rules.FormulaRule(
            name="rasio",
            citation="Convention of ministries' LKj: E = capaian output ÷ capaian input × 100, "
            "one column per input (BPKP, Laporan Kinerja 2021, Tabel 3.23, columns '6 = 5/3', "
            "'7 = 5/4')",
            years=(2018, None),
            confidence="CONV",
            rumus="capaian output / capaian input × 100",
        ),
        rules.FormulaRule(
            name="indeks",
            citation="Convention of Badan POM units' LKj: IE = % capaian output ÷ % capaian "
            "input, SE = 1, TE = IE − SE (PRKOM Badan POM, LKj 2021, Tabel 28; BBPOM di "
            "Yogyakarta, LKj 2020)",
            years=(2018, None),
            confidence="CONV",
            rumus="capaian output / capaian input (an index; SE = 1, TE = IE − SE)",
            standar=Decimal(1),
        ),
        rules.FormulaRule(
            name="selisih",
            citation="Convention of regional LKjIP: E = capaian kinerja (%) − realisasi "
            "anggaran (%), negative values printed as they are (e.g. a Dinas Pendidikan's "
            "LKjIP 2020, Tabel 4.1)",
            years=(2018, None),
            confidence="CONV",
            rumus="capaian output − capaian input (realisasi anggaran, %)",
        ),
    )
}

#: A registered formula whose words say more than its notation, in either language (the
#: explanation's step writes it; the registry keeps the English).
_RUMUS_TEKS = {"indeks": Teks(
    id="capaian output / capaian input (sebuah indeks; SE = 1, TE = IE − SE)",
    en=EFISIENSI_KINERJA_RULES["indeks"].rumus)}

_RUMUS = tuple(EFISIENSI_KINERJA_RULES)

#: The IE table of PRKOM Badan POM, LKj 2021: "Apabila 1,81 ≥ IE ≥ SE maka kegiatan
#: dianggap efisien dan apabila IE ≤ SE maka kegiatan dianggap tidak efisien".  At
#: IE = SE both clauses apply; sakip follows the first ("1,81 ≥ IE ≥ SE": Efisien).
#: Nothing is said above 1,81: such values are refused, not labelled.
KATEGORI_INDEKS_PRKOM_2021 = rules.register(
    "kategori-indeks-efisiensi",
    rules.LabelBands(
        name="prkom-bpom-2021",
        citation="PRKOM Badan POM, LKj 2021, Tabel 28: 'Apabila 1,81 ≥ IE ≥ SE maka kegiatan "
        "dianggap efisien dan apabila IE ≤ SE maka kegiatan dianggap tidak efisien' (IE = SE "
        "read as Efisien; no rule above 1,81)",
        years=(2021, None),
        confidence="C1",
        bands=((Decimal(1), "Efisien"),),
        below="Tidak Efisien",
        inclusive="lower",
        maximum=Decimal("1.81"),
    ),
)

#: The IE table of BBPOM di Yogyakarta, LKj 2020: "Jika IE > SE, maka kegiatan dianggap
#: efisien; Jika IE < SE, maka kegiatan dianggap tidak efisien".  IE = SE is not stated;
#: sakip reads "efisien" as strict (IE > SE), so IE = SE is Tidak Efisien here.
KATEGORI_INDEKS_BBPOM_2020 = rules.register(
    "kategori-indeks-efisiensi",
    rules.LabelBands(
        name="bbpom-yogyakarta-2020",
        citation="BBPOM di Yogyakarta, LKj 2020: 'Jika IE > SE, maka kegiatan dianggap "
        "efisien; Jika IE < SE, maka kegiatan dianggap tidak efisien' (IE = SE not stated; "
        "read as Tidak Efisien)",
        years=(2020, None),
        confidence="C1",
        bands=((Decimal(1), "Efisien"),),
        below="Tidak Efisien",
        inclusive="upper",
    ),
)

def _efisiensi_kinerja(co: Decimal, ci: Decimal, rumus: str, label: str,
                       trace: Trace | None) -> Decimal:
    if rumus == "selisih":
        value = _subtract(co, ci)
    else:
        if ci == 0:
            raise NotComputableError(field="capaian_input",
                                     reason=f"capaian input is zero: rumus {rumus!r} divides "
                                     "by it")
        value = _divide(_multiply(co, HUNDRED), ci) if rumus == "rasio" else _divide(co, ci)
    if trace is not None:
        rule = EFISIENSI_KINERJA_RULES[rumus]
        name = "IE (indeks efisiensi)" if rumus == "indeks" else "efisiensi"
        trace.add(
            name + (f" {label}" if label else ""),
            _RUMUS_TEKS.get(rumus, rule.rumus),
            (("capaian output (%)", co),
             ("realisasi anggaran (%)" if rumus == "selisih" else "capaian input (%)", ci)),
            value,
            reference=rule.citation,
        )
    return value


def _tingkat(co: Decimal, ci: Decimal, label: str, trace: Trace | None) -> Decimal:
    ie = _efisiensi_kinerja(co, ci, "indeks", label, trace)
    se = EFISIENSI_KINERJA_RULES["indeks"].standar
    assert se is not None
    value = _subtract(ie, se)
    if trace is not None:
        trace.add("TE (tingkat efisiensi)", "IE − SE", (("IE", ie), ("SE (standar efisiensi)",
                                                                      se)), value)
    return value


@attrs.frozen(kw_only=True)
class TingkatEfisiensi(Figure):
    """Tingkat efisiensi ``TE = IE − SE`` of the ``indeks`` convention (SE = 1).

    Obtained as :attr:`EfisiensiKinerja.tingkat` of an ``indeks`` result.

    Notes
    -----
    ``IE = capaian output / capaian input`` (an index, not a percent),
    ``TE = IE − SE`` with the standar efisiensi ``SE = 1``: positive when the
    output outruns the input, negative when it falls short.  A capaian input
    of zero is not computable.

    References
    ----------
    PRKOM Badan POM, LKj 2021, Tabel 28; BBPOM di Yogyakarta, LKj 2020.

    Examples
    --------
    PRKOM Badan POM, LKj 2021, Tabel 28 (second row): kinerja 100 %, anggaran
    99,21 % → IE 1,008, TE 0,008 (100 / 99,21 − 1 = 0,00796…, 3 decimals half-up):

    >>> import sakip
    >>> ie = sakip.efisiensi_kinerja(capaian_output=100, capaian_input="99.21", rumus="indeks")
    >>> te = ie.tingkat
    >>> te.rounded(3), te.capaian_output, te.capaian_input
    (Decimal('0.008'), Decimal('100'), Decimal('99.21'))
    """

    #: Capaian output of the row, in percent.
    capaian_output: Decimal
    #: Capaian input of the row, in percent.
    capaian_input: Decimal
    #: Which row, for explanations.
    label: str = ""

    def _derive(self, trace: Trace) -> Decimal:
        return _tingkat(self.capaian_output, self.capaian_input, self.label, trace)

    def _title(self) -> str:
        return "Tingkat efisiensi (TE = IE − SE)" + (f" ({self.label})" if self.label else "")

    def _reference(self) -> str:
        return EFISIENSI_KINERJA_RULES["indeks"].citation


@attrs.frozen(kw_only=True)
class EfisiensiKinerja(Figure):
    """Efficiency of one row from its percentages, under a named convention (``rumus``).

    ``value`` is E in percent (``rasio``, ``selisih``) or the index IE
    (``indeks``).  ``tingkat`` (TE) and ``standar`` (SE) exist for ``indeks``;
    ``kategori`` labels IE with ``kategori_bands``.

    Notes
    -----
    ``rasio``: ``E = CO / CI × 100``; ``indeks``: ``IE = CO / CI``, ``SE = 1``,
    ``TE = IE − SE``; ``selisih``: ``E = CO − CI`` (percent points, may be
    negative).  A capaian input of zero cannot be divided by; no cap applies.
    Built by :func:`efisiensi_kinerja`.

    References
    ----------
    BPKP, Laporan Kinerja 2021, Tabel 3.23 (rasio); PRKOM Badan POM, LKj 2021,
    Tabel 28 and BBPOM di Yogyakarta, LKj 2020 (indeks); regional LKjIP (selisih).

    Examples
    --------
    BPKP 2021, Tabel 3.23, SS 2: capaian output 106,93 % over input dana
    98,30 % → E 108,78 %; PRKOM Badan POM 2021, Tabel 28: kinerja 100 % over
    anggaran 99,21 % → IE 1,008, "Efisien":

    >>> import sakip
    >>> e = sakip.efisiensi_kinerja(capaian_output="106.93", capaian_input="98.30",
    ...                             rumus="rasio", input="dana")
    >>> e.rounded(2), e.rumus
    (Decimal('108.78'), 'rasio')
    >>> ie = sakip.efisiensi_kinerja(capaian_output=100, capaian_input="99.21", rumus="indeks")
    >>> ie.rounded(3), ie.standar, ie.kategori
    (Decimal('1.008'), Decimal('1'), 'Efisien')
    """

    #: Capaian output of the row, in percent.
    capaian_output: Decimal
    #: Capaian input (realisasi of the input) of the row, in percent.
    capaian_input: Decimal
    #: The named convention the efficiency is computed under.
    rumus: RumusKinerja
    #: Which input the row measures (``"dana"``, ``"SDM"``), for explanations.
    input: str = ""
    #: Which row (sasaran, program, kegiatan, output), for explanations.
    label: str = ""
    #: The category table of ``kategori``, or ``None``.
    kategori_bands: rules.LabelBands | None = None

    @property
    def standar(self) -> Decimal:
        """The standar efisiensi SE of the ``indeks`` convention (1)."""
        se = EFISIENSI_KINERJA_RULES[self.rumus].standar
        if se is None:
            raise NotComputableError(field="rumus",
                                     reason=f"rumus {self.rumus!r} has no standar efisiensi")
        return se

    @property
    def tingkat(self) -> TingkatEfisiensi:
        """TE = IE − SE (``indeks`` only)."""
        se = self.standar
        return TingkatEfisiensi(value=_subtract(self.value, se),
                                capaian_output=self.capaian_output,
                                capaian_input=self.capaian_input, label=self.label)

    @property
    def kategori(self) -> str:
        """The category of IE (``indeks``) under ``kategori_bands``."""
        if self.kategori_bands is None:
            raise NotComputableError(
                field="kategori", reason=f"no category table for rumus {self.rumus!r}: pass "
                "kategori= (a sakip.rules.LabelBands)")
        return self.kategori_bands.label(self.value)

    def _derive(self, trace: Trace) -> Decimal:
        return _efisiensi_kinerja(self.capaian_output, self.capaian_input, self.rumus,
                                  self._what(), trace)

    def _row(self) -> dict[str, Any]:
        row = super()._row()
        if self.rumus == "indeks":
            row["tingkat"] = self.tingkat.value
        if self.kategori_bands is not None:
            try:
                row["kategori"] = self.kategori
            except InvalidValueError:  # outside the table (PRKOM: above 1,81)
                row["kategori"] = None
        return row

    def _what(self) -> str:
        parts = [p for p in (self.label, f"input {self.input}" if self.input else "") if p]
        return ", ".join(parts)

    def _title(self) -> str:
        what = self._what()
        return f"Efisiensi (rumus {self.rumus})" + (f" ({what})" if what else "")

    def _reference(self) -> str:
        return EFISIENSI_KINERJA_RULES[self.rumus].citation

    def _notes(self) -> tuple[Text, ...]:
        rule = EFISIENSI_KINERJA_RULES[self.rumus]
        notes: list[Text] = [filled(_NOTE_CONVENTION, name=repr(rule.name),
                                    confidence=rule.confidence)]
        if self.rumus == "indeks":
            notes.append(f"SE = {text(self.standar)}; TE = IE − SE = {text(self.tingkat.value)}")
        if self.kategori_bands is not None:
            try:
                notes.append(f"kategori {self.kategori!r} ({self.kategori_bands.name}: "
                             f"{self.kategori_bands.citation})")
            except InvalidValueError as error:
                notes.append(filled(_NOTE_NO_KATEGORI, error=error))
        return tuple(notes)


def _kategori_option(kategori: object, rumus: str) -> rules.LabelBands | None:
    if kategori is None:
        return KATEGORI_INDEKS_PRKOM_2021 if rumus == "indeks" else None
    table = rules.check_label_bands(kategori, "kategori", "kategori-indeks-efisiensi")
    if isinstance(kategori, str) and rumus != "indeks":
        # The IE tables label an index around SE = 1, not E in percent.
        raise InvalidValueError(field="kategori",
                                expected=f"an IE table only with rumus 'indeks' (rumus "
                                f"{rumus!r} has no published table: pass a "
                                "sakip.rules.LabelBands)", received=kategori)
    return table


@keyword_only()
def efisiensi_kinerja(
    *positional: Never,
    capaian_output: Number,
    capaian_input: Number,
    rumus: RumusKinerja,
    input: str = "",
    label: str = "",
    kategori: rules.LabelBands | str | None = None,
) -> EfisiensiKinerja:
    """Efisiensi of one row (sasaran, program, kegiatan, output) from its percentages.

    Parameters
    ----------
    capaian_output:
        Capaian output (kinerja) in percent, ≥ 0.
    capaian_input:
        Capaian input in percent, ≥ 0: realisasi anggaran (dana) or an input
        such as SDM man-days.  Above 100 % is legitimate (non-money inputs)
        and not capped.  Under ``selisih`` it is the realisasi anggaran (%).
    rumus:
        ``"rasio"``, ``"indeks"`` or ``"selisih"`` -- no default: a report
        uses one of them, and the reviu tells which.
    input, label:
        What input (``"dana"``, ``"SDM"``) and which row, for explanations.
    kategori:
        For ``indeks``: the IE category table, a name
        (``"prkom-bpom-2021"``, the default, or ``"bbpom-yogyakarta-2020"``)
        or any :class:`sakip.rules.LabelBands`.  Other conventions have no
        published table; give one to use ``.kategori``.

    Notes
    -----
    ``rasio``: ``E = CO / CI × 100``; ``indeks``: ``IE = CO / CI``, ``SE = 1``,
    ``TE = IE − SE``; ``selisih``: ``E = CO − CI`` (percent points, may be
    negative).  A capaian input of zero cannot be divided by
    (:class:`~sakip.errors.NotComputableError`); negative percentages are refused.
    The IE tables differ at IE = SE (Efisien under PRKOM 2021, Tidak
    Efisien under BBPOM 2020, whose text leaves it unstated) and PRKOM's
    stops at 1,81 (values above are refused).

    References
    ----------
    BPKP, Laporan Kinerja 2021, Tabel 3.23 (rasio); PRKOM Badan POM, LKj 2021,
    Tabel 28 and BBPOM di Yogyakarta, LKj 2020 (indeks); regional LKjIP (selisih).

    Examples
    --------
    >>> efisiensi_kinerja(capaian_output="106.93", capaian_input="95.16", rumus="rasio",
    ...                   input="SDM").rounded(2)
    Decimal('112.37')
    >>> i = efisiensi_kinerja(capaian_output="100", capaian_input="99.21", rumus="indeks")
    >>> i.rounded(3), i.tingkat.rounded(3), i.kategori
    (Decimal('1.008'), Decimal('0.008'), 'Efisien')
    >>> efisiensi_kinerja(capaian_output="80", capaian_input="95", rumus="selisih").value
    Decimal('-15')

    A result of the library is its exact value, and the explanation derives it first:

    >>> from sakip import penyerapan
    >>> serapan = penyerapan(pagu=42_150_000, realisasi=41_818_800)
    >>> ie = efisiensi_kinerja(capaian_output=100, capaian_input=serapan, rumus="indeks")
    >>> ie.printed(3), [step.name for step in ie.explain().steps]
    ('1,008', ['capaian_input: penyerapan', 'IE (indeks efisiensi)'])
    """
    if positional or capaian_output is REQUIRED or capaian_input is REQUIRED or rumus is REQUIRED:
        raise call_error(efisiensi_kinerja, positional, locals())
    if not isinstance(rumus, str) or rumus not in EFISIENSI_KINERJA_RULES:
        raise InvalidValueError(field="rumus", expected="one of " + ", ".join(_RUMUS),
                                received=rumus)
    co = to_decimal(capaian_output, field="capaian_output", nonnegative=True)
    ci = to_decimal(capaian_input, field="capaian_input", nonnegative=True)
    for name, given in (("input", input), ("label", label)):
        if not isinstance(given, str):
            raise InvalidTypeError(field=name, expected="a str", received=given)
    bands = _kategori_option(kategori, rumus)
    what = ", ".join(p for p in (label, f"input {input}" if input else "") if p)
    return EfisiensiKinerja(value=_efisiensi_kinerja(co, ci, rumus, what, None),
                            capaian_output=co, capaian_input=ci, rumus=rumus, input=input,
                            label=label, kategori_bands=bands,
                            sources=sources_of((("capaian_output", capaian_output),
                                                ("capaian_input", capaian_input))))


@keyword_only()
def kategori_indeks_efisiensi(ie: Number, *positional: Never, kategori: rules.LabelBands | str = (
        "prkom-bpom-2021")) -> str:
    """The category (``Efisien`` / ``Tidak Efisien``) of an indeks efisiensi IE.

    >>> kategori_indeks_efisiensi(1), kategori_indeks_efisiensi(1, kategori="bbpom-yogyakarta-2020")
    ('Efisien', 'Tidak Efisien')
    """
    if positional:
        raise call_error(kategori_indeks_efisiensi, positional, locals())
    bands = _kategori_option(kategori, "indeks")
    assert bands is not None
    return bands.label(to_decimal(ie, field="nilai", nonnegative=True))


# --------------------------------------------------------------- aggregates

RumusAgregat: TypeAlias = Literal["rerata", "tertimbang-pagu"]


#: How a program's or a "rata-rata" row's percentage follows from its rows: the one
#: named-formula class :class:`~sakip.rules.FormulaRule` (this name is kept for code that
#: imports it).
AgregatRule = rules.FormulaRule


#: The aggregates of printed percentages, by name (rule-set kind ``"agregat"``).
AGREGAT_RULES: Mapping[str, rules.FormulaRule] = {
    rule.name: rules.register("agregat", rule)
    for rule in (
        rules.FormulaRule(
            name="rerata",
            citation="Convention of regional LKj: a program's or a 'rata-rata' row's % is the "
            "unweighted mean of its rows' printed % (e.g. a Setda Provinsi LKj 2021)",
            years=(2018, None),
            confidence="CONV",
            rumus="(1/n) Σ xᵢ",
        ),
        rules.FormulaRule(
            name="tertimbang-pagu",
            citation="Pagu-weighted mean Σ Pᵢ·xᵢ / Σ Pᵢ: for penyerapan it equals Σ RA / Σ P "
            "(PMK 214/PMK.02/2017, indikator penyerapan)",
            years=(2018, None),
            confidence="C2",
            rumus="Σ Pᵢ × xᵢ / Σ Pᵢ",
        ),
    )
}


def _sums(nilai: tuple[Decimal, ...], pagu: tuple[Decimal, ...] | None) -> tuple[Decimal, Decimal]:
    """What a mean divides: ``Σ xᵢ`` and ``n``, or ``Σ Pᵢ·xᵢ`` and ``Σ Pᵢ``."""
    total = ZERO
    if pagu is None:
        for x in nilai:
            total = _add(total, x)
        return total, Decimal(len(nilai))
    weights = ZERO
    for x, p in zip(nilai, pagu, strict=True):
        total = _add(total, _multiply(p, x))
        weights = _add(weights, p)
    return total, weights


def _rerata(nilai: tuple[Decimal, ...], pagu: tuple[Decimal, ...] | None, label: str,
            trace: Trace | None, sums: tuple[Decimal, Decimal] | None = None) -> Decimal:
    if not nilai:
        raise NotComputableError(field="nilai", reason="no values to average")
    total, weights = sums or _sums(nilai, pagu)
    if pagu is None:
        value = _divide(total, weights)
        rumus = "rerata"
        inputs: tuple[tuple[str, Any], ...] = tuple(
            (f"x{i}", x) for i, x in _shown_terms(nilai))
        totals: tuple[tuple[str, Any], ...] = (("Σ xᵢ", total), ("n", weights))
    else:
        if weights == 0:
            raise NotComputableError(field="pagu", reason="Σ pagu is zero")
        value = _divide(total, weights)
        rumus = "tertimbang-pagu"
        inputs = tuple((f"x{i} (P {text(pagu[i - 1])})", x) for i, x in _shown_terms(nilai))
        totals = (("Σ Pᵢ × xᵢ", total), ("Σ Pᵢ", weights))
    if trace is not None:
        rule = AGREGAT_RULES[rumus]
        note: Text = ""
        if len(nilai) > _RERATA_TRACE_TERMS:
            inputs += totals
            note = filled(_NOTE_VALUES, n=len(nilai), shown=_RERATA_TRACE_TERMS // 2)
        trace.add(rumus + (f" {label}" if label else ""), rule.rumus, inputs, value,
                  reference=rule.citation, note=note)
    return value


#: A mean of more values than this shows, in its explanation, the first and last half of
#: this many values and the sums and count the mean follows from (so that explaining a
#: mean costs the same whatever its size: a reviu explains each ``rerata`` row's figures,
#: and a table of N rows with N means once wrote N² values, issue 24); every value stays
#: in :meth:`Rerata.to_rows`.
_RERATA_TRACE_TERMS = 20


def _shown_terms(terms: Sequence[Any]) -> list[tuple[int, Any]]:
    """The numbered terms a mean's explanation shows (see :data:`_RERATA_TRACE_TERMS`)."""
    if len(terms) <= _RERATA_TRACE_TERMS:
        return list(enumerate(terms, start=1))
    half = _RERATA_TRACE_TERMS // 2
    return [*enumerate(terms[:half], start=1),
            *enumerate(terms[-half:], start=len(terms) - half + 1)]


@attrs.frozen(kw_only=True)
class Rerata(Figure):
    """An aggregate of percentages: the unweighted mean, or the pagu-weighted one.

    Notes
    -----
    ``rumus`` ``"rerata"``: ``(1/n) Σ xᵢ``, the unweighted mean of printed
    percentages (a convention of regional reports); ``"tertimbang-pagu"``:
    ``Σ Pᵢ·xᵢ / Σ Pᵢ`` (for penyerapan the same as ``Σ RA / Σ P``).  No values,
    or a zero Σ pagu, is not computable.  Built by :func:`rerata`.  The
    explanation of a mean of more than 20 values shows the first and last ten
    with ``Σ xᵢ`` and ``n`` (``Σ Pᵢ × xᵢ`` and ``Σ Pᵢ``), from which the mean
    follows, and says how many there are; :meth:`to_rows` lists them all.

    References
    ----------
    Convention of regional LKj (e.g. a Setda Provinsi LKj 2021); PMK
    214/PMK.02/2017, indikator penyerapan (pagu-weighted).

    Examples
    --------
    Two rows at 100 % and 50 %: the mean is 75 %; with pagu 300 and 100 the
    weighted mean is (300 × 100 + 100 × 50) / 400 = 87,5 %:

    >>> import sakip
    >>> r = sakip.rerata(["100", "50"])
    >>> r.value, r.rumus
    (Decimal('75'), 'rerata')
    >>> w = sakip.rerata(["100", "50"], pagu=[300, 100])
    >>> w.value, w.rumus, w.pagu
    (Decimal('87.5'), 'tertimbang-pagu', (Decimal('300'), Decimal('100')))
    """

    #: The percentages averaged, exact.
    nilai: tuple[Decimal, ...]
    #: Their pagu weights, or ``None`` for the unweighted mean.
    pagu: tuple[Decimal, ...] | None = None
    #: What the figure is of, for explanations.
    label: str = ""
    #: What the mean divides (:func:`_sums`), once: an explanation costs no pass over the values.
    _sums: tuple[Decimal, Decimal] = attrs.field(
        init=False, eq=False, repr=False,
        default=attrs.Factory(lambda self: _sums(self.nilai, self.pagu), takes_self=True))
    #: Explanations made, by places and mode: a reviu explains one mean for each ``rerata``
    #: row, and an Explanation is immutable, so they share one.
    _explained: dict[tuple[int, str], Explanation] = attrs.field(
        init=False, eq=False, repr=False, factory=dict)

    @property
    def rumus(self) -> RumusAgregat:
        """``"rerata"`` (unweighted) or ``"tertimbang-pagu"``."""
        return "rerata" if self.pagu is None else "tertimbang-pagu"

    def _derive(self, trace: Trace) -> Decimal:
        return _rerata(self.nilai, self.pagu, self.label, trace, self._sums)

    def explain(self, places: int = 2, mode: RoundingMode = "half_up") -> Explanation:
        """The derivation (:meth:`Figure.explain`), made once per ``places`` and ``mode``.

        >>> r = rerata(["100", "50"])
        >>> r.explain() is r.explain(), r.explain().value
        (True, Decimal('75'))
        """
        key = (places, mode)
        if key not in self._explained:
            self._explained[key] = super().explain(places, mode)
        return self._explained[key]

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "rumus": self.rumus, "n": len(self.nilai)}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per averaged value: ``i``, ``pagu`` (its weight or ``None``), ``value``,
        ``rounded``."""
        policy = check_rounding(rounding)
        weights = self.pagu or (None,) * len(self.nilai)
        return [{"i": i, "pagu": p, "value": x, "rounded": policy.apply(x)}
                for i, (x, p) in enumerate(zip(self.nilai, weights, strict=True), start=1)]

    def _title(self) -> str:
        kind = "Rerata" if self.pagu is None else "Rerata tertimbang pagu"
        return kind + (f" ({self.label})" if self.label else "")

    def _reference(self) -> str:
        return AGREGAT_RULES[self.rumus].citation


@keyword_only()
def rerata(
    nilai: Iterable[Number], *positional: Never, pagu: Iterable[Number] | None = None,
    label: str = ""
) -> Rerata:
    """Rerata (mean) of printed percentages, unweighted or weighted by pagu.

    Parameters
    ----------
    nilai:
        The rows' percentages (capaian, penyerapan, E...); E under ``selisih``
        may be negative, so any sign is accepted.
    pagu:
        Optional weights, one per value (rupiah, ≥ 0): the pagu-weighted mean
        ``Σ Pᵢ·xᵢ / Σ Pᵢ`` (which for penyerapan is ``Σ RA / Σ P``).
    label:
        What is averaged, for explanations.

    Notes
    -----
    ``rerata``: ``(1/n) Σ xᵢ``, the convention of many regional reports for a
    program's or a "rata-rata" row's figure; ``tertimbang-pagu``:
    ``Σ Pᵢ·xᵢ / Σ Pᵢ``.  The two differ unless the pagu are equal; a reviu
    recognises both.

    Examples
    --------
    >>> rerata(["91.2", "88.4"]).value
    Decimal('89.8')
    >>> r = rerata(["100", "50"], pagu=[300, 100])
    >>> r.value, r.rumus
    (Decimal('87.5'), 'tertimbang-pagu')
    """
    if positional:
        raise call_error(rerata, positional, locals())
    if isinstance(nilai, (str, bytes)) or not isinstance(nilai, Iterable):
        raise InvalidTypeError(field="nilai", expected="a sequence of numbers", received=nilai)
    items = list(nilai)
    values = tuple(to_decimal(x, field=f"nilai[{i}]") for i, x in enumerate(items))
    weights = None
    if pagu is not None:
        if isinstance(pagu, (str, bytes)) or not isinstance(pagu, Iterable):
            raise InvalidTypeError(field="pagu", expected="a sequence of amounts",
                                   received=pagu)
        weights = tuple(to_decimal(p, field=f"pagu[{i}]", nonnegative=True)
                        for i, p in enumerate(pagu))
        if len(weights) != len(values):
            raise InvalidValueError(field="pagu", expected=f"{len(values)} amounts, one per "
                                    "value", received=len(weights))
    if not isinstance(label, str):
        raise InvalidTypeError(field="label", expected="a str", received=label)
    return Rerata(value=_rerata(values, weights, label, None), nilai=values, pagu=weights,
                  label=label, sources=sources_of((f"x{i}", x) for i, x in
                                                  enumerate(items, start=1)))


# ----------------------------------------------------------- budget bases

Basis: TypeAlias = Literal["dipa-awal", "revisi", "efektif"]

_BASIS_DOC: dict[str, Text] = {
    "dipa-awal": Teks(id="pagu DIPA awal", en="pagu of the initial DIPA"),
    "revisi": Teks(id="pagu revisi (diberikan, atau DIPA awal − penghematan)",
                   en="pagu revisi (given, or DIPA awal − penghematan)"),
    "efektif": Teks(id="pagu revisi − blokir (IKPA mulai TA 2026)",
                    en="pagu revisi − blokir (IKPA from TA 2026)"),
}


def _dipa_awal(value: object) -> Decimal:
    return to_decimal(value, field="dipa_awal", nonnegative=True)


def _penghematan(value: object) -> Decimal:
    return to_decimal(value, field="penghematan", nonnegative=True)


def _pagu_revisi(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="pagu_revisi", nonnegative=True)


def _blokir(value: object) -> Decimal:
    return to_decimal(value, field="blokir", nonnegative=True)


@attrs.frozen(kw_only=True)
class RiwayatPagu(Tabular):
    """A pagu history: DIPA awal, penghematan, blokir and the pagu revisi.

    Parameters
    ----------
    dipa_awal:
        The pagu of the initial DIPA (rupiah).
    penghematan:
        Savings cut from the pagu (0 by default), ≤ DIPA awal.
    pagu_revisi:
        The revised pagu, when the report prints it.  Without it the pagu
        revisi is DIPA awal − penghematan ("anggaran setelah penghematan").
    blokir:
        Amount blocked (0 by default), ≤ pagu revisi; the pagu efektif is
        pagu revisi − blokir.

    Notes
    -----
    Reports in the field compute penyerapan against the pagu revisi; IKPA
    from TA 2026 computes its penyerapan targets against pagu minus blokir.
    :meth:`penyerapan` takes the basis by name.

    Examples
    --------
    >>> h = RiwayatPagu(dipa_awal=105_370_538_000, penghematan=1_544_000_000)
    >>> h.pagu("revisi")
    Decimal('103826538000')
    >>> h.penyerapan(realisasi=51_913_269_000, basis="revisi").value
    Decimal('50')
    """

    #: The pagu of the original DIPA (DIPA awal), rupiah.
    dipa_awal: Decimal = attrs.field(converter=_dipa_awal)
    #: The savings cut from the DIPA (penghematan), rupiah.
    penghematan: Decimal = attrs.field(default=ZERO, converter=_penghematan)
    #: The revised pagu (pagu revisi), rupiah.
    pagu_revisi: Decimal | None = attrs.field(default=None, converter=_pagu_revisi)
    #: The blocked amount (blokir), rupiah.
    blokir: Decimal = attrs.field(default=ZERO, converter=_blokir)

    def __attrs_post_init__(self) -> None:
        if self.penghematan > self.dipa_awal:
            raise InvalidValueError(field="penghematan",
                                    expected=f"penghematan <= DIPA awal ({self.dipa_awal})",
                                    received=self.penghematan)
        revisi = self.pagu("revisi")
        if self.blokir > revisi:
            raise InvalidValueError(field="blokir", expected=f"blokir <= pagu revisi ({revisi})",
                                    received=self.blokir)

    def _row(self) -> dict[str, Any]:
        return {**super()._row(), "revisi": self.pagu("revisi"), "efektif": self.pagu("efektif")}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per basis: ``basis`` and its ``pagu``."""
        check_rounding(rounding)
        bases: tuple[Basis, ...] = ("dipa-awal", "revisi", "efektif")
        return [{"basis": basis, "pagu": self.pagu(basis)} for basis in bases]

    def pagu(self, basis: Basis) -> Decimal:
        """The pagu on ``basis``: ``"dipa-awal"``, ``"revisi"`` or ``"efektif"``."""
        if basis == "dipa-awal":
            return self.dipa_awal
        revisi = (self.pagu_revisi if self.pagu_revisi is not None
                  else _subtract(self.dipa_awal, self.penghematan))
        if basis == "revisi":
            return revisi
        if basis == "efektif":
            return _subtract(revisi, self.blokir)
        raise InvalidValueError(field="basis", expected="one of " + ", ".join(_BASIS_DOC),
                                received=basis)

    @keyword_only()
    def penyerapan(self, *positional: Never, realisasi: Number | None = None,
                   sisa: Number | None = None, basis: Basis, label: str = "") -> PenyerapanPagu:
        """Penyerapan ``RA / P × 100`` against the pagu on ``basis`` (no default).

        Give ``realisasi`` or ``sisa`` (then realisasi = P − sisa on that basis).
        """
        if positional or basis is REQUIRED:
            raise call_error(type(self).penyerapan, positional, locals())
        base = penyerapan(pagu=self.pagu(basis), realisasi=realisasi, sisa=sisa, label=label)
        return PenyerapanPagu(value=base.value, pagu=base.pagu, realisasi=base.realisasi,
                              label=label, given=base.given, riwayat=self, basis=basis)


@attrs.frozen(kw_only=True)
class PenyerapanPagu(Penyerapan):
    """Penyerapan against a named basis of a :class:`RiwayatPagu`.

    Built by :meth:`RiwayatPagu.penyerapan`; a :class:`~sakip.Penyerapan`
    whose ``pagu`` is the history's pagu on ``basis``.

    Notes
    -----
    ``penyerapan = RA / P × 100`` with ``P`` the pagu on ``basis``:
    ``"dipa-awal"``; ``"revisi"`` (the pagu revisi given, or DIPA awal −
    penghematan); ``"efektif"`` (pagu revisi − blokir).  The basis is never
    defaulted: reports differ in which pagu they divide by.

    References
    ----------
    PMK 214/PMK.02/2017 (indikator penyerapan); IKPA from TA 2026: pagu minus
    blokir (KPPN pages on PER-5/PB/2024).

    Examples
    --------
    A Badan POM centre's TW II 2021 report: DIPA awal Rp 105.370.538.000,
    penghematan Rp 1.544.000.000, so a pagu revisi of Rp 103.826.538.000;
    Rp 51.913.269.000 spent is half of it, and 49,27 % of the DIPA awal:

    >>> import sakip
    >>> h = sakip.RiwayatPagu(dipa_awal=105_370_538_000, penghematan=1_544_000_000)
    >>> p = h.penyerapan(realisasi=51_913_269_000, basis="revisi")
    >>> p.value, p.basis, p.pagu
    (Decimal('50'), 'revisi', Decimal('103826538000'))
    >>> h.penyerapan(realisasi=51_913_269_000, basis="dipa-awal").rounded(2)
    Decimal('49.27')
    """

    #: The pagu history the basis is taken from.
    riwayat: RiwayatPagu
    #: The named basis of the penyerapan (which pagu of the history).
    basis: Basis

    def _derive(self, trace: Trace) -> Decimal:
        h = self.riwayat
        formula = {"dipa-awal": "DIPA awal",
                   "revisi": "pagu revisi" if h.pagu_revisi is not None
                   else "DIPA awal − penghematan",
                   "efektif": ("pagu revisi" if h.pagu_revisi is not None
                               else "DIPA awal − penghematan") + " − blokir"}[self.basis]
        inputs = (("DIPA awal", h.dipa_awal), ("penghematan", h.penghematan),
                  ("pagu revisi", h.pagu_revisi), ("blokir", h.blokir))
        trace.add(f"pagu ({self.basis})", formula,
                  tuple((k, v) for k, v in inputs if v is not None), self.pagu,
                  note=_BASIS_DOC[self.basis])
        return super()._derive(trace)

    def _title(self) -> str:
        return (f"Penyerapan anggaran terhadap pagu {self.basis}"
                + (f" ({self.label})" if self.label else ""))


# ------------------------------------------------- rasio efisiensi (APBD)

#: Kepmendagri 690.900.327/1996 rasio efisiensi bands as quoted in regional-finance
#: literature: "100 ke atas tidak efisien, 90–100 kurang efisien, 80–90 cukup efisien,
#: 60–80 efisien, dan di bawah 60 sangat efisien".  Inclusivity is not stated; this
#: variant puts each bound in the band above it ("100 ke atas" includes 100, "di bawah
#: 60" excludes 60), which agrees with both ends of the wording.
KATEGORI_RASIO_EFISIENSI = rules.register(
    "kategori-rasio-efisiensi",
    rules.LabelBands(
        name="kepmendagri-690-900-327-1996",
        citation="Kepmendagri 690.900.327/1996 (as quoted in regional-finance literature): "
        "≥ 100 tidak efisien, 90–< 100 kurang efisien, 80–< 90 cukup efisien, 60–< 80 "
        "efisien, < 60 sangat efisien (bounds in the band above: sakip's reading)",
        years=(1996, None),
        confidence="OPEN",
        bands=((Decimal(100), "Tidak Efisien"), (Decimal(90), "Kurang Efisien"),
               (Decimal(80), "Cukup Efisien"), (Decimal(60), "Efisien")),
        below="Sangat Efisien",
        inclusive="lower",
    ),
)

#: The same bands with each bound in the band below it (> 100 tidak efisien,
#: > 90–100 kurang efisien, ..., ≤ 60 sangat efisien): the other reading.
KATEGORI_RASIO_EFISIENSI_BATAS_ATAS = rules.register(
    "kategori-rasio-efisiensi",
    rules.LabelBands(
        name="kepmendagri-690-900-327-1996-batas-atas",
        citation="Kepmendagri 690.900.327/1996 (as quoted in regional-finance literature), "
        "bounds in the band below: > 100 tidak efisien, > 90–100 kurang efisien, > 80–90 "
        "cukup efisien, > 60–80 efisien, ≤ 60 sangat efisien",
        years=(1996, None),
        confidence="OPEN",
        bands=((Decimal(100), "Tidak Efisien"), (Decimal(90), "Kurang Efisien"),
               (Decimal(80), "Cukup Efisien"), (Decimal(60), "Efisien")),
        below="Sangat Efisien",
        inclusive="upper",
    ),
)

def _rasio_efisiensi(realisasi: Decimal, anggaran: Decimal, label: str,
                     trace: Trace | None,
                     bands: rules.LabelBands = KATEGORI_RASIO_EFISIENSI) -> Decimal:
    if anggaran == 0:
        raise NotComputableError(field="anggaran", reason="anggaran belanja is zero")
    value = _divide(_multiply(realisasi, HUNDRED), anggaran)
    if trace is not None:
        trace.add("rasio efisiensi" + (f" {label}" if label else ""),
                  "realisasi belanja / anggaran belanja × 100",
                  (("realisasi belanja", realisasi), ("anggaran belanja", anggaran)), value,
                  reference=bands.citation, note=_NOTE_LOWER)
    return value


@attrs.frozen(kw_only=True)
class RasioEfisiensi(Figure):
    """Rasio efisiensi belanja (APBD): realisasi ÷ anggaran × 100, lower is better.

    Notes
    -----
    ``rasio = realisasi belanja / anggaran belanja × 100``; realisasi above
    anggaran is accepted (100 and above is "Tidak Efisien"); a zero anggaran
    is not computable.  ``kategori`` reads the Kepmendagri bands, whose
    inclusivity the sources leave open: by default each bound is in the band
    above it (``kategori_bands.inclusive == "lower"``).  Built by
    :func:`rasio_efisiensi`.

    References
    ----------
    Kepmendagri 690.900.327/1996, as quoted in regional-finance literature.

    Examples
    --------
    Rp 800.000 spent of Rp 1.000.000 is 80 %, the bound between "80–90 cukup
    efisien" and "60–80 efisien": "Cukup Efisien" by default, "Efisien" when
    each bound belongs to the band below:

    >>> import sakip
    >>> r = sakip.rasio_efisiensi(realisasi=800_000, anggaran=1_000_000)
    >>> r.value, r.kategori, r.kategori_bands.inclusive
    (Decimal('80'), 'Cukup Efisien', 'lower')
    >>> sakip.rasio_efisiensi(realisasi=800_000, anggaran=1_000_000,
    ...                       kategori="kepmendagri-690-900-327-1996-batas-atas").kategori
    'Efisien'
    """

    #: Realisasi belanja, rupiah.
    realisasi: Decimal
    #: Anggaran belanja, rupiah.
    anggaran: Decimal
    #: What the figure is of, for explanations.
    label: str = ""
    #: The category table of ``kategori`` (Kepmendagri 690.900.327/1996 by default).
    kategori_bands: rules.LabelBands = KATEGORI_RASIO_EFISIENSI

    @property
    def kategori(self) -> str:
        """The Kepmendagri 690.900.327/1996 category under ``kategori_bands``."""
        return self.kategori_bands.label(self.value)

    def _derive(self, trace: Trace) -> Decimal:
        return _rasio_efisiensi(self.realisasi, self.anggaran, self.label, trace,
                                self.kategori_bands)

    def _title(self) -> str:
        return "Rasio efisiensi belanja" + (f" ({self.label})" if self.label else "")

    def _reference(self) -> str:
        return self.kategori_bands.citation

    def _notes(self) -> tuple[str, ...]:
        return (f"kategori {self.kategori!r} ({self.kategori_bands.name}, inclusive="
                f"{self.kategori_bands.inclusive!r})",)


def _rasio_option(kategori: object) -> rules.LabelBands:
    return rules.check_label_bands(kategori, "kategori", "kategori-rasio-efisiensi")


@keyword_only()
def rasio_efisiensi(
    *positional: Never, realisasi: Number, anggaran: Number, label: str = "",
    kategori: rules.LabelBands | str = "kepmendagri-690-900-327-1996",
) -> RasioEfisiensi:
    """Rasio efisiensi belanja (APBD): ``realisasi belanja / anggaran belanja × 100``.

    Lower is more efficient.  Realisasi above anggaran is accepted: the
    Kepmendagri bands have a band for ratios of 100 and above.

    Parameters
    ----------
    realisasi, anggaran:
        Realisasi and anggaran belanja (rupiah, ≥ 0).
    kategori:
        The band table: ``"kepmendagri-690-900-327-1996"`` (default: each
        bound in the band above it, so 100 is Tidak Efisien and 60 Efisien),
        ``"kepmendagri-690-900-327-1996-batas-atas"`` (each bound in the band
        below it: 100 Kurang Efisien, 60 Sangat Efisien), or any
        :class:`sakip.rules.LabelBands`.  The sources do not state the
        inclusivity [OPEN].

    References
    ----------
    Kepmendagri 690.900.327/1996, as quoted in regional-finance literature.

    Examples
    --------
    >>> r = rasio_efisiensi(realisasi=90, anggaran=100)
    >>> r.value, r.kategori
    (Decimal('90'), 'Kurang Efisien')
    >>> rasio_efisiensi(realisasi=90, anggaran=100,
    ...                 kategori="kepmendagri-690-900-327-1996-batas-atas").kategori
    'Cukup Efisien'
    """
    if positional or realisasi is REQUIRED or anggaran is REQUIRED:
        raise call_error(rasio_efisiensi, positional, locals())
    ra = to_decimal(realisasi, field="realisasi", nonnegative=True)
    ag = to_decimal(anggaran, field="anggaran", nonnegative=True)
    bands = _rasio_option(kategori)
    if not isinstance(label, str):
        raise InvalidTypeError(field="label", expected="a str", received=label)
    return RasioEfisiensi(value=_rasio_efisiensi(ra, ag, label, None), realisasi=ra,
                          anggaran=ag, label=label, kategori_bands=bands)


@keyword_only()
def kategori_rasio_efisiensi(
    rasio: Number, *positional: Never,
    kategori: rules.LabelBands | str = "kepmendagri-690-900-327-1996"
) -> str:
    """The Kepmendagri 690.900.327/1996 category of a rasio efisiensi (in percent).

    >>> kategori_rasio_efisiensi(100), kategori_rasio_efisiensi(60)
    ('Tidak Efisien', 'Efisien')
    >>> kategori_rasio_efisiensi(60, kategori="kepmendagri-690-900-327-1996-batas-atas")
    'Sangat Efisien'
    """
    if positional:
        raise call_error(kategori_rasio_efisiensi, positional, locals())
    return _rasio_option(kategori).label(to_decimal(rasio, field="nilai", nonnegative=True))
