"""Evaluasi hasil Renja / RKPD (Permendagri 86/2017) and the five-band tingkat capaian table.

Every perangkat daerah evaluates its Renja each quarter and year on a fixed
form; the LKjIP prints it.  For each program / kegiatan / sub-kegiatan row,
every numeric column holds a **K** figure (kinerja, in the indicator's unit)
and an **Rp** figure (anggaran); ``evaluasi_renja`` computes one of them
(call it once for K, once for Rp):

* kolom 13 -- realisasi of the year: ``Σ TW I–IV`` for a ``flow``
  indicator, the last reported quarter for a ``stock`` one;
* kolom 14 -- realisasi Renstra to this year: ``kolom 7 + kolom 13`` (flow),
  the latest value (stock);
* kolom 15 -- capaian Renstra: ``kolom 14 ÷ kolom 6 × 100``;
* capaian of the year (added by LKjIP authors): ``kolom 13 ÷ kolom 8 × 100``.

A zero target makes that figure ``NotComputable`` (the
others are still computed); a quarter not yet reported is ``None``, never 0.
``tingkat_capaian`` reads the five-band table (91–100, 76–90, 66–75,
51–65, ≤ 50) under named policies for its gaps and for values above 100;
``rekap_renja`` computes the footer (rata-rata capaian, Σ realisasi ÷ Σ
pagu, predikat).

>>> import sakip
>>> k = sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
...                          realisasi_triwulan=[2, "0.8", "1.2", 0])
>>> k.realisasi.value, k.realisasi_renstra.value, k.capaian_renstra.printed()
(Decimal('4.0'), Decimal('7.0'), '233,33')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip import _rules as rules
from sakip._bahasa import Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO, Number, to_decimal
from sakip.budget import Penyerapan, penyerapan
from sakip.conventions import Rerata, rerata
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import (
    Figure,
    NotComputable,
    Tabular,
    Text,
    Trace,
    cell,
    check_rounding,
    filled,
)
from sakip.indicators import Agregasi, agregasi_option
from sakip.numbers import Rounding

__all__ = [
    "TINGKAT_CAPAIAN_RULES",
    "CapaianRenja",
    "EvaluasiRenja",
    "RealisasiRenja",
    "RealisasiRenstra",
    "RekapRenja",
    "TingkatCapaian",
    "evaluasi_renja",
    "fraksi_dari_triwulan",
    "rekap_renja",
    "tingkat_capaian",
    "triwulan_dari_fraksi",
]


def __dir__() -> list[str]:
    return list(__all__)


#: The form's citation, for explanations.
CITATION = ("Permendagri 86/2017, evaluasi hasil Renja Perangkat Daerah / RKPD "
            "(form columns as in a 2025 regency workbook: 13 = 9 + 10 + 11 + 12; 14 = 7 + 13; "
            "15 = 14 ÷ 6 × 100)")

#: The number of quarters in a year (TW I–IV).
TRIWULAN = 4

Angka: TypeAlias = Decimal | NotComputable


# ----------------------------------------------------------------- figures


#: The stock reading of kolom 13, in words.
_LAST_REPORTED = Teks(id="kolom 13 = TW {q}, yang terakhir dilaporkan (stok)",
                      en="kolom 13 = TW {q}, the last reported (stock)")


def _realisasi(triwulan: tuple[Decimal | None, ...], agregasi: Agregasi,
               trace: Trace | None) -> Decimal:
    reported = [(q, v) for q, v in enumerate(triwulan, start=1) if v is not None]
    if agregasi is Agregasi.FLOW:
        value = ZERO
        for _, v in reported:
            value = CONTEXT.add(value, v)
        formula: Text = "kolom 13 = Σ TW (9 + 10 + 11 + 12), flow"
    else:
        value = reported[-1][1]
        formula = filled(_LAST_REPORTED, q=reported[-1][0])
    if trace is not None:
        trace.add("realisasi Renja", formula,
                  tuple((f"TW {q}", "-" if v is None else v)
                        for q, v in enumerate(triwulan, start=1)),
                  value, reference=CITATION)
    return value


@attrs.frozen(kw_only=True)
class RealisasiRenja(Figure):
    """Kolom 13: the realisasi of the year, from the quarters (built by :func:`evaluasi_renja`).

    Notes
    -----
    ``flow``: ``Σ`` of the reported quarters; ``stock``: the last reported
    quarter.  ``None`` is a quarter not yet reported.

    References
    ----------
    Permendagri 86/2017 (evaluasi hasil Renja).

    Examples
    --------
    >>> import sakip
    >>> r = sakip.evaluasi_renja(target_renstra=100, realisasi_renstra_lalu=80, target=100,
    ...                          realisasi_triwulan=[90, 95, None, None], agregasi="stock")
    >>> r.realisasi.value, r.realisasi.triwulan
    (Decimal('95'), (Decimal('90'), Decimal('95'), None, None))
    """

    _made_by = "sakip.evaluasi_renja(...)"

    #: TW I–IV as given (``None``: not yet reported).
    triwulan: tuple[Decimal | None, ...]
    #: ``flow`` or ``stock``.
    agregasi: Agregasi

    def _derive(self, trace: Trace) -> Decimal:
        return _realisasi(self.triwulan, self.agregasi, trace)

    def _title(self) -> str:
        return f"Realisasi Renja tahun berjalan ({self.agregasi})"

    def _reference(self) -> str:
        return CITATION

    def _row(self) -> dict[str, Any]:
        row = {f"tw{q}": v for q, v in enumerate(self.triwulan, start=1)}
        return {**row, "agregasi": str(self.agregasi)}


def _realisasi_renstra(lalu: Decimal | None, tahun_ini: Decimal, agregasi: Agregasi,
                       trace: Trace | None) -> Decimal:
    if agregasi is Agregasi.FLOW:
        assert lalu is not None
        value = CONTEXT.add(lalu, tahun_ini)
        formula = "kolom 14 = kolom 7 + kolom 13 (flow)"
    else:
        value = tahun_ini
        formula = "kolom 14 = the latest value, kolom 13 (stock: years do not add up)"
    if trace is not None:
        trace.add("realisasi Renstra s.d. tahun ini", formula,
                  (("kolom 7 (realisasi Renstra s.d. tahun lalu)", "-" if lalu is None else lalu),
                   ("kolom 13 (realisasi tahun ini)", tahun_ini)),
                  value, reference=CITATION)
    return value


@attrs.frozen(kw_only=True)
class RealisasiRenstra(Figure):
    """Kolom 14: the realisasi Renstra up to this year (built by :func:`evaluasi_renja`).

    Notes
    -----
    ``flow``: ``kolom 7 + kolom 13``; ``stock``: the latest value (kolom 13),
    since adding the years of a level (100 % + 100 % = 200 %) is an error a
    reviu flags.

    References
    ----------
    Permendagri 86/2017 (evaluasi hasil Renja); reference §12.

    Examples
    --------
    >>> import sakip
    >>> r = sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
    ...                          realisasi_triwulan=[2, "0.8", "1.2", 0])
    >>> r.realisasi_renstra.value, r.realisasi_renstra.lalu
    (Decimal('7.0'), Decimal('3'))
    """

    _made_by = "sakip.evaluasi_renja(...)"

    #: Kolom 7: realisasi Renstra up to the previous year (``None``: blank).
    lalu: Decimal | None
    #: Kolom 13: the year's realisasi.
    tahun_ini: Decimal
    #: ``flow`` or ``stock``.
    agregasi: Agregasi

    def _derive(self, trace: Trace) -> Decimal:
        return _realisasi_renstra(self.lalu, self.tahun_ini, self.agregasi, trace)

    def _title(self) -> str:
        return f"Realisasi Renstra s.d. tahun berjalan ({self.agregasi})"

    def _reference(self) -> str:
        return CITATION


Kolom: TypeAlias = Literal["renstra", "tahun"]

_KOLOM = {
    "renstra": ("capaian Renstra", "kolom 15 = kolom 14 ÷ kolom 6 × 100",
                "kolom 6 (target Renstra)", "kolom 14 (realisasi Renstra)"),
    "tahun": ("capaian tahun berjalan", "kolom 13 ÷ kolom 8 × 100", "kolom 8 (target Renja)",
              "kolom 13 (realisasi Renja)"),
}


def _capaian(target: Decimal, realisasi: Decimal, kolom: str, trace: Trace | None) -> Decimal:
    value = CONTEXT.divide(CONTEXT.multiply(realisasi, HUNDRED), target)
    if trace is not None:
        name, formula, t_label, r_label = _KOLOM[kolom]
        trace.add(name, formula, ((t_label, target), (r_label, realisasi)), value,
                  reference=CITATION)
    return value


@attrs.frozen(kw_only=True)
class CapaianRenja(Figure):
    """A capaian of the Renja form in percent (built by :func:`evaluasi_renja`).

    Notes
    -----
    ``kolom="renstra"``: kolom 15 = kolom 14 ÷ kolom 6 × 100 (tingkat capaian
    Renstra); ``kolom="tahun"``: kolom 13 ÷ kolom 8 × 100 (the year's capaian,
    a column LKjIP authors add).  No cap; a zero target is not computable.

    References
    ----------
    Permendagri 86/2017 (evaluasi hasil Renja); reference §12.

    Examples
    --------
    The reference's worked example (§12), Rp: 122.869.000 ÷ 85.102.670 × 100:

    >>> import sakip
    >>> rp = sakip.evaluasi_renja(target_renstra=85102670, realisasi_renstra_lalu=73848000,
    ...     target=73945400, realisasi_triwulan=[8416000, 12490000, 2688000, 25427000])
    >>> rp.capaian_renstra.printed(), rp.capaian_renstra.kolom
    ('144,38', 'renstra')
    """

    _made_by = "sakip.evaluasi_renja(...)"

    #: The target divided by (kolom 6 or kolom 8).
    target: Decimal
    #: The realisasi (kolom 14 or kolom 13).
    realisasi: Decimal
    #: ``"renstra"`` (kolom 15) or ``"tahun"`` (the year's capaian).
    kolom: Kolom

    def _derive(self, trace: Trace) -> Decimal:
        return _capaian(self.target, self.realisasi, self.kolom, trace)

    def _title(self) -> str:
        return "Tingkat " + _KOLOM[self.kolom][0]

    def _reference(self) -> str:
        return CITATION


@attrs.frozen(kw_only=True)
class EvaluasiRenja(Tabular):
    """One K or Rp row of the evaluation form: kolom 13, 14, 15 and the year's capaian.

    Each of ``realisasi``, ``realisasi_renstra``, ``capaian_renstra`` and
    ``capaian`` is a figure (``.value``, ``.rounded()``, ``.explain()``) or a
    :class:`~sakip.explain.NotComputable` with its reason.  Built by
    :func:`evaluasi_renja`.

    >>> import sakip
    >>> e = sakip.evaluasi_renja(target_renstra=0, realisasi_renstra_lalu=0, target=4,
    ...                          realisasi_triwulan=[1, 1])
    >>> e.capaian_renstra.value, e.capaian.printed()
    (None, '50,00')
    """

    #: Kolom 6: target Renstra at the end of the period.
    target_renstra: Decimal
    #: Kolom 8: target Renja of the year.
    target: Decimal
    #: ``flow`` or ``stock``.
    agregasi: Agregasi
    #: Kolom 13.
    realisasi: RealisasiRenja | NotComputable
    #: Kolom 14.
    realisasi_renstra: RealisasiRenstra | NotComputable
    #: Kolom 15.
    capaian_renstra: CapaianRenja | NotComputable
    #: The year's capaian (kolom 13 ÷ kolom 8 × 100).
    capaian: CapaianRenja | NotComputable

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The form's row: targets, agregasi, kolom 7, TW I–IV, and each figure exact
        (``None`` when not computable)."""
        policy = check_rounding(rounding)
        row: dict[str, Any] = {"target_renstra": self.target_renstra, "target": self.target,
                               "agregasi": str(self.agregasi)}
        for name in ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian"):
            figure = getattr(self, name)
            row[name] = figure.value
            row[f"{name}_rounded"] = (None if figure.value is None
                                      else policy.apply(figure.value))
        return row

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per figure: ``figure`` (its name) and that figure's own row."""
        return [{"figure": name, **getattr(self, name).to_row(rounding)}
                for name in ("realisasi", "realisasi_renstra", "capaian_renstra", "capaian")]


def _quarter_items(values: object, field: str) -> list[object]:
    """The quarters as the caller wrote them (one to four), or the refusal naming ``field``."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise InvalidTypeError(field=field, expected="a sequence of up to four quarters "
                               "(TW I–IV; None: not yet reported)", received=values)
    items = list(values)
    if not items or len(items) > TRIWULAN:
        raise InvalidValueError(field=field, expected="1 to 4 quarters (TW I–IV)",
                                received=len(items))
    return items


def _triwulan(values: object, field: str, *, nonnegative: bool = True
              ) -> tuple[Decimal | None, ...]:
    items = _quarter_items(values, field)
    return tuple(None if v is None else
                 to_decimal(v, field=f"{field}[{q}]", nonnegative=nonnegative)
                 for q, v in enumerate(items))


def _increments(target: Decimal, fraksi: tuple[Decimal | None, ...],
                given: Sequence[object]) -> tuple[Decimal | None, ...]:
    """The quarters' increments; ``given`` is the fractions as the caller wrote them."""
    out: list[Decimal | None] = []
    done = ZERO
    for q, f in enumerate(fraksi):
        if f is None:
            out.append(None)
            continue
        increment = CONTEXT.subtract(CONTEXT.multiply(f, target), done)
        if increment < 0:
            raise InvalidValueError(field=f"fraksi_triwulan[{q}]", expected="cumulative "
                                    "fractions that never decrease", received=given[q])
        out.append(increment)
        done = CONTEXT.add(done, increment)
    return tuple(out)


def triwulan_dari_fraksi(*positional: Never, target: Number,
                         fraksi_triwulan: Sequence[Number | None]) -> list[Decimal | None]:
    """Quarterly realisasi from cumulative progress fractions of the year's target.

    Workbooks store TW I–IV as cumulative fractions of the target (0,5 / 0,7 /
    1,0 / 1,0); the quarter's increment is ``fraction × target − Σ earlier
    increments`` (reference §12).  ``None`` (not reported) stays ``None``;
    fractions that decrease are refused.  The inverse is
    :func:`fraksi_dari_triwulan`.

    >>> triwulan_dari_fraksi(target=4, fraksi_triwulan=["0.5", "0.7", "1.0", "1.0"])
    [Decimal('2.0'), Decimal('0.8'), Decimal('1.2'), Decimal('0.0')]
    """
    if positional or target is REQUIRED or fraksi_triwulan is REQUIRED:
        raise call_error(triwulan_dari_fraksi, positional, locals())
    t = to_decimal(target, field="target", nonnegative=True)
    given = _quarter_items(fraksi_triwulan, "fraksi_triwulan")
    return list(_increments(t, _triwulan(given, "fraksi_triwulan"), given))


triwulan_dari_fraksi = keyword_only()(triwulan_dari_fraksi)


def fraksi_dari_triwulan(*positional: Never, target: Number,
                         realisasi_triwulan: Sequence[Number | None]) -> list[Decimal | None]:
    """Cumulative progress fractions of the year's target from quarterly realisasi.

    ``fraction_q = Σ realisasi up to TW q ÷ target``; ``None`` (not reported)
    stays ``None``.  A zero target is not computable.  The inverse of
    :func:`triwulan_dari_fraksi`.

    >>> fraksi_dari_triwulan(target=4, realisasi_triwulan=[2, "0.8", "1.2", 0])
    [Decimal('0.5'), Decimal('0.7'), Decimal('1.0'), Decimal('1.0')]
    """
    if positional or target is REQUIRED or realisasi_triwulan is REQUIRED:
        raise call_error(fraksi_dari_triwulan, positional, locals())
    t = to_decimal(target, field="target", nonnegative=True)
    quarters = _triwulan(realisasi_triwulan, "realisasi_triwulan")
    if t == 0:
        raise NotComputableError(field="target", reason="target is zero: no fraction of it")
    out: list[Decimal | None] = []
    done = ZERO
    for v in quarters:
        if v is None:
            out.append(None)
            continue
        done = CONTEXT.add(done, v)
        out.append(CONTEXT.divide(done, t))
    return out


fraksi_dari_triwulan = keyword_only()(fraksi_dari_triwulan)


def _zero_target(field: str, kolom: str) -> NotComputable:
    name, formula = _KOLOM[kolom][:2]
    return NotComputable(field=field, reason=f"{field} is zero: {name} ({formula}) is "
                         "undefined (workbooks print #DIV/0!)")


def evaluasi_renja(
    *positional: Never,
    target_renstra: Number,
    realisasi_renstra_lalu: Number | None,
    target: Number,
    realisasi_triwulan: Sequence[Number | None] | None = None,
    fraksi_triwulan: Sequence[Number | None] | None = None,
    agregasi: Agregasi | str = "flow",
) -> EvaluasiRenja:
    """Evaluasi hasil Renja for one K or Rp figure of a row (Permendagri 86/2017).

    Parameters
    ----------
    target_renstra:
        Kolom 6: the Renstra target at the end of the period (≥ 0).
    realisasi_renstra_lalu:
        Kolom 7: realisasi Renstra up to the previous year (give 0 in the first
        year of the period); ``None`` (blank) leaves kolom 14 not computable
        for a ``flow`` indicator.
    target:
        Kolom 8: the Renja target of the year (≥ 0).
    realisasi_triwulan:
        Kolom 9–12: TW I–IV, up to four (a TW II evaluation gives two);
        ``None`` is a quarter not yet reported, never 0.
    fraksi_triwulan:
        Instead of ``realisasi_triwulan`` (give exactly one): cumulative
        progress fractions of ``target`` (see :func:`triwulan_dari_fraksi`).
    agregasi:
        ``"flow"`` (default: documents, km, rupiah -- quarters and years add
        up) or ``"stock"`` (a level: the year is the last reported quarter,
        kolom 14 the latest value).  Rp is always ``flow``.

    Returns
    -------
    EvaluasiRenja
        ``realisasi`` (kolom 13), ``realisasi_renstra`` (14),
        ``capaian_renstra`` (15) and ``capaian`` (13 ÷ 8 × 100), each a figure
        or a :class:`~sakip.explain.NotComputable` with its reason.

    Notes
    -----
    A zero ``target_renstra`` or ``target`` leaves that capaian not
    computable; no quarter reported leaves every figure not computable.  The
    form compares higher-is-better (no polarisasi); no cap.

    References
    ----------
    Permendagri 86/2017 (form of evaluasi hasil Renja / RKPD); reference §12.

    Examples
    --------
    The reference's worked example (§12, a regency's planning agency 2025,
    "Penyusunan Dokumen Perencanaan Perangkat Daerah"):

    >>> k = evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
    ...                    fraksi_triwulan=["0.5", "0.7", "1.0", "1.0"])
    >>> k.realisasi.value, k.capaian_renstra.printed(), k.capaian.printed()
    (Decimal('4.0'), '233,33', '100,00')
    >>> evaluasi_renja(target_renstra=0, realisasi_renstra_lalu=0, target=1,
    ...                realisasi_triwulan=[1]).capaian_renstra.reason[:34]
    'target_renstra is zero: capaian Re'
    """
    if (positional or target_renstra is REQUIRED or realisasi_renstra_lalu is REQUIRED
            or target is REQUIRED):
        raise call_error(evaluasi_renja, positional, locals())
    agg = agregasi_option(agregasi, None)
    t6 = to_decimal(target_renstra, field="target_renstra", nonnegative=True)
    t8 = to_decimal(target, field="target", nonnegative=True)
    lalu = (None if realisasi_renstra_lalu is None else
            to_decimal(realisasi_renstra_lalu, field="realisasi_renstra_lalu", nonnegative=True))
    if (realisasi_triwulan is None) == (fraksi_triwulan is None):
        raise InvalidValueError(field="realisasi_triwulan", expected="exactly one of "
                                "realisasi_triwulan= and fraksi_triwulan=",
                                received="both" if realisasi_triwulan is not None else "none")
    if realisasi_triwulan is not None:
        quarters = _triwulan(realisasi_triwulan, "realisasi_triwulan")
    else:
        given = _quarter_items(fraksi_triwulan, "fraksi_triwulan")
        quarters = _increments(t8, _triwulan(given, "fraksi_triwulan"), given)
    return _evaluate(t6, lalu, t8, quarters, agg)


evaluasi_renja = keyword_only()(evaluasi_renja)


def _evaluate(t6: Decimal, lalu: Decimal | None, t8: Decimal,
              quarters: tuple[Decimal | None, ...], agg: Agregasi) -> EvaluasiRenja:
    realisasi: RealisasiRenja | NotComputable
    renstra: RealisasiRenstra | NotComputable
    c15: CapaianRenja | NotComputable
    c_year: CapaianRenja | NotComputable
    if all(v is None for v in quarters):
        realisasi = NotComputable(field="realisasi_triwulan",
                                  reason="no quarter reported yet (None is not 0)")
        renstra = c15 = c_year = realisasi
    else:
        r13 = _realisasi(quarters, agg, None)
        realisasi = RealisasiRenja(value=r13, triwulan=quarters, agregasi=agg)
        if agg is Agregasi.FLOW and lalu is None:
            renstra = NotComputable(field="realisasi_renstra_lalu", reason="kolom 7 is blank: "
                                    "give 0 in the first year of the Renstra period")
        else:
            renstra = RealisasiRenstra(value=_realisasi_renstra(lalu, r13, agg, None), lalu=lalu,
                                       tahun_ini=r13, agregasi=agg,
                                       sources=(("kolom 13", realisasi),))
        if isinstance(renstra, NotComputable):
            c15 = renstra
        elif t6 == 0:
            c15 = _zero_target("target_renstra", "renstra")
        else:
            c15 = CapaianRenja(value=_capaian(t6, renstra.value, "renstra", None), target=t6,
                               realisasi=renstra.value, kolom="renstra",
                               sources=(("kolom 14", renstra),))
        if t8 == 0:
            c_year = _zero_target("target", "tahun")
        else:
            c_year = CapaianRenja(value=_capaian(t8, r13, "tahun", None), target=t8,
                                  realisasi=r13, kolom="tahun",
                                  sources=(("kolom 13", realisasi),))
    return EvaluasiRenja(target_renstra=t6, target=t8, agregasi=agg, realisasi=realisasi,
                         realisasi_renstra=renstra, capaian_renstra=c15, capaian=c_year)


# ------------------------------------------------------- the five-band table

LabelSet: TypeAlias = Literal["tinggi-rendah", "baik-kurang"]
Celah: TypeAlias = Literal["bawah", "atas", "tolak"]
DiAtas100: TypeAlias = Literal["teratas", "tolak"]

_LABELS: dict[str, tuple[str, ...]] = {
    "tinggi-rendah": ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"),
    "baik-kurang": ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"),
}

#: The printed intervals 91–100, 76–90, 66–75, 51–65, ≤ 50: each band's printed lower
#: bound (``bawah`` reading, lower bounds inclusive) and the band below's printed upper
#: bound (``atas`` reading, lower bounds exclusive); the table's printed top.
_LOWER_EDGES = ("91", "76", "66", "51")
_UPPER_EDGES = ("90", "75", "65", "50")
_TOP = "100"

_SOURCE = ("Five-band table printed beside the Permendagri 86/2017 evaluation in LKjIP "
           "(91 ≤ x ≤ 100; 76 ≤ x ≤ 90; 66 ≤ x ≤ 75; 51 ≤ x ≤ 65; x ≤ 50), reference §12")


def _table(label: str, celah: str) -> rules.LabelBands:
    labels = _LABELS[label]
    bawah = celah == "bawah"
    who = ("labels as the regulation is usually quoted" if label == "tinggi-rendah"
           else "labels as in an LKjIP (Inspektorat Daerah Kabupaten Sampang, LKjIP 2019, "
           "Tabel 3.1)")
    reading = ("a value in a gap (90 < x < 91 …) takes the band below: the printed lower "
               "bounds are the thresholds" if bawah else
               "a value in a gap takes the band above: the printed upper bounds close the bands")
    return rules.LabelBands(
        name="renja-5-" + label + ("" if bawah else "-celah-atas"),
        citation=f"{_SOURCE}; {who}; {reading}; above 100 the top band",
        years=(2017, None),
        confidence="S" if bawah else "OPEN",
        bands=tuple(zip(_LOWER_EDGES if bawah else _UPPER_EDGES, labels, strict=False)),
        below=labels[-1],
        inclusive="lower" if bawah else "upper",
        maximum=_TOP,
        above=labels[0],
    )


#: The five-band tables by ``(label set, gap reading)`` (rule-set kind ``"tingkat-capaian"``).
TINGKAT_CAPAIAN_RULES: Mapping[tuple[str, str], rules.LabelBands] = {
    (label, celah): rules.register("tingkat-capaian", _table(label, celah))
    for label in _LABELS for celah in ("bawah", "atas")
}


@attrs.frozen(kw_only=True)
class TingkatCapaian(Tabular):
    """A capaian read on the five-band table: ``nilai``, ``label`` and the policies used.

    Built by :func:`tingkat_capaian`.

    >>> import sakip
    >>> t = sakip.tingkat_capaian(nilai="90.5")
    >>> t.label, t.celah, t.aturan.name
    ('Tinggi', 'bawah', 'renja-5-tinggi-rendah')
    """

    #: The capaian read (percent, exact).
    nilai: Decimal
    #: The band's label (``"Sangat Tinggi"`` …).
    label: str
    #: The table read (label set and gap reading).
    aturan: rules.LabelBands
    #: The gap policy: ``"bawah"``, ``"atas"`` or ``"tolak"``.
    celah: Celah
    #: The above-100 policy: ``"teratas"`` or ``"tolak"``.
    di_atas_100: DiAtas100

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """``nilai``, ``label``, ``aturan`` (by name), ``celah``, ``di_atas_100``."""
        check_rounding(rounding)
        return {name: cell(getattr(self, name))
                for name in ("nilai", "label", "aturan", "celah", "di_atas_100")}


def tingkat_capaian(
    *positional: Never,
    nilai: Number,
    label: LabelSet = "tinggi-rendah",
    celah: Celah = "bawah",
    di_atas_100: DiAtas100 = "teratas",
) -> TingkatCapaian:
    """Tingkat capaian kinerja: a capaian on the five-band table of the Renja evaluation.

    The table as LKjIP print it: 91 ≤ x ≤ 100; 76 ≤ x ≤ 90; 66 ≤ x ≤ 75;
    51 ≤ x ≤ 65; x ≤ 50.

    Parameters
    ----------
    nilai:
        The capaian in percent (a number or a sakip result); any sign.
    label:
        ``"tinggi-rendah"`` (Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat
        Rendah; default, the wording usually quoted with the regulation) or
        ``"baik-kurang"`` (Sangat Baik … Sangat Kurang, as some LKjIP print).
    celah:
        The printed intervals leave gaps (90 < x < 91, 75 < x < 76, 65 < x <
        66, 50 < x < 51).  ``"bawah"`` (default): a gap value takes the band
        below (the printed lower bounds 91, 76, 66, 51 are thresholds, as LKjIP
        word them: "91 % ≤ … Sangat Baik"); ``"atas"``: the band above (bands
        closed by the printed upper bounds 90, 75, 65, 50); ``"tolak"``: a
        gap value is refused.
    di_atas_100:
        The table says nothing above 100.  ``"teratas"`` (default): the top
        band, as reports label 120 %; ``"tolak"``: refused.

    Raises
    ------
    InvalidValueError
        ``nilai`` in a gap under ``celah="tolak"``, above 100 under
        ``di_atas_100="tolak"`` (field ``nilai``); an unknown option.

    References
    ----------
    Permendagri 86/2017 evaluation as printed in LKjIP; reference §12 [S edges,
    OPEN labels and policies].

    Examples
    --------
    >>> tingkat_capaian(nilai=91).label, tingkat_capaian(nilai=90).label
    ('Sangat Tinggi', 'Tinggi')
    >>> tingkat_capaian(nilai="90.5", celah="atas", label="baik-kurang").label
    'Sangat Baik'
    >>> tingkat_capaian(nilai="233.33").label
    'Sangat Tinggi'
    """
    if positional or nilai is REQUIRED:
        raise call_error(tingkat_capaian, positional, locals())
    if not isinstance(label, str) or label not in _LABELS:
        raise InvalidValueError(field="label", expected="'tinggi-rendah' or 'baik-kurang'",
                                received=label)
    if not isinstance(celah, str) or celah not in ("bawah", "atas", "tolak"):
        raise InvalidValueError(field="celah", expected="'bawah', 'atas' or 'tolak'",
                                received=celah)
    if not isinstance(di_atas_100, str) or di_atas_100 not in ("teratas", "tolak"):
        raise InvalidValueError(field="di_atas_100", expected="'teratas' or 'tolak'",
                                received=di_atas_100)
    x = to_decimal(nilai, field="nilai")
    table = TINGKAT_CAPAIAN_RULES[(label, "atas" if celah == "atas" else "bawah")]
    if di_atas_100 == "tolak":
        table = attrs.evolve(table, above=None)
    try:
        name = table.label(x)
    except InvalidValueError as error:  # above 100 under di_atas_100="tolak"
        raise InvalidValueError(field="nilai", expected=error.expected,
                                received=nilai) from None
    if celah == "tolak" and TINGKAT_CAPAIAN_RULES[(label, "atas")].label(x) != name:
        raise InvalidValueError(field="nilai", expected="a value outside the gaps between "
                                "the printed bands (celah='tolak')", received=nilai)
    return TingkatCapaian(nilai=x, label=name, aturan=table, celah=celah,
                          di_atas_100=di_atas_100)


tingkat_capaian = keyword_only()(tingkat_capaian)


# ------------------------------------------------------------------ footer


@attrs.frozen(kw_only=True)
class RekapRenja(Tabular):
    """The footer of the evaluation form: rata-rata capaian, anggaran, predikat.

    ``rata_rata`` is a :class:`sakip.Rerata` (or :class:`~sakip.explain.NotComputable`
    when a named row has none); ``anggaran`` a :class:`sakip.Penyerapan`
    (``Σ realisasi ÷ Σ pagu``); ``predikat`` the five-band reading of the mean
    (``None`` when the mean is not computable).  Built by :func:`rekap_renja`.

    >>> import sakip
    >>> r = sakip.rekap_renja(capaian=["100", "80"], pagu=[100, 100], realisasi_anggaran=[90, 80])
    >>> r.rata_rata.value, r.anggaran.value, r.predikat.label
    (Decimal('90'), Decimal('85'), 'Tinggi')
    """

    #: "rata-rata capaian kinerja (%)".
    rata_rata: Rerata | NotComputable
    #: Σ realisasi anggaran ÷ Σ pagu × 100 of the same rows.
    anggaran: Penyerapan | NotComputable
    #: "predikat kinerja": the five-band reading of ``rata_rata``.
    predikat: TingkatCapaian | None

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """``rata_rata``, ``anggaran`` (exact, ``None`` when not computable) and ``predikat``."""
        check_rounding(rounding)
        return {"rata_rata": self.rata_rata.value,
                "rumus": getattr(self.rata_rata, "rumus", None),
                "anggaran": self.anggaran.value,
                "predikat": None if self.predikat is None else self.predikat.label}


def rekap_renja(
    *positional: Never,
    capaian: Iterable[Number | NotComputable],
    pagu: Iterable[Number],
    realisasi_anggaran: Iterable[Number],
    rumus: Literal["rerata", "tertimbang-pagu"] = "rerata",
    label: LabelSet = "tinggi-rendah",
    celah: Celah = "bawah",
    di_atas_100: DiAtas100 = "teratas",
) -> RekapRenja:
    """The evaluation form's footer for the rows it names.

    Parameters
    ----------
    capaian:
        The rows' capaian (K), numbers or sakip results (``EvaluasiRenja``
        figures); a :class:`~sakip.explain.NotComputable` row makes the mean
        not computable (named, never dropped).
    pagu, realisasi_anggaran:
        The same rows' budget (Rp) target and realisasi of the year.
    rumus:
        ``"rerata"`` (default: the unweighted mean the form prints) or
        ``"tertimbang-pagu"`` (weighted by pagu), via :func:`sakip.rerata`.
    label, celah, di_atas_100:
        The five-band reading of the mean (:func:`tingkat_capaian`).

    References
    ----------
    Permendagri 86/2017 (footer rows "rata-rata capaian kinerja", "predikat
    kinerja"); reference §12; the "agregat" rule sets.

    Examples
    --------
    >>> r = rekap_renja(capaian=["100", "50"], pagu=[300, 100], realisasi_anggaran=[300, 50],
    ...                 rumus="tertimbang-pagu", label="baik-kurang")
    >>> r.rata_rata.value, r.anggaran.value, r.predikat.label
    (Decimal('87.5'), Decimal('87.5'), 'Baik')
    """
    if (positional or capaian is REQUIRED or pagu is REQUIRED
            or realisasi_anggaran is REQUIRED):
        raise call_error(rekap_renja, positional, locals())
    for name, column in (("capaian", capaian), ("pagu", pagu),
                         ("realisasi_anggaran", realisasi_anggaran)):
        if isinstance(column, (str, bytes)) or not isinstance(column, Iterable):
            raise InvalidTypeError(field=name, expected="a sequence, one item per row",
                                   received=column)
    rows = list(capaian)
    p = [to_decimal(v, field=f"pagu[{i}]", nonnegative=True) for i, v in enumerate(pagu)]
    ra = [to_decimal(v, field=f"realisasi_anggaran[{i}]", nonnegative=True)
          for i, v in enumerate(realisasi_anggaran)]
    if len(p) != len(rows) or len(ra) != len(rows):
        raise InvalidValueError(field="pagu", expected=f"{len(rows)} rows in capaian, pagu and "
                                "realisasi_anggaran", received=(len(p), len(ra)))
    if rumus not in ("rerata", "tertimbang-pagu"):
        raise InvalidValueError(field="rumus", expected="'rerata' or 'tertimbang-pagu'",
                                received=rumus)
    missing = [i for i, c in enumerate(rows) if isinstance(c, NotComputable)]
    mean: Rerata | NotComputable
    predikat = None
    if missing:
        mean = NotComputable(field="capaian", reason=f"rows {missing} have no capaian "
                             "(not computable); name the rows the footer averages")
    else:
        numbers = [c for c in rows if not isinstance(c, NotComputable)]
        mean = rerata(numbers, pagu=p if rumus == "tertimbang-pagu" else None,
                      label="rata-rata capaian kinerja")
        predikat = tingkat_capaian(nilai=mean, label=label, celah=celah,
                                   di_atas_100=di_atas_100)
    total_p = total_ra = ZERO
    for a, b in zip(p, ra, strict=True):
        total_p, total_ra = CONTEXT.add(total_p, a), CONTEXT.add(total_ra, b)
    anggaran: Penyerapan | NotComputable
    try:
        anggaran = penyerapan(pagu=total_p, realisasi=total_ra, label="Σ realisasi ÷ Σ pagu")
    except NotComputableError as error:
        anggaran = NotComputable(field="pagu", reason=error.reason)
    return RekapRenja(rata_rata=mean, anggaran=anggaran, predikat=predikat)


rekap_renja = keyword_only()(rekap_renja)
