"""Indicators computed from printed components: a ratio, a sum, a reduction.

Reports print an indicator's realisasi together with its operands ("3 of 135
villages → 2,22 %"); these recompute it from them:

    rasio:     pembilang ÷ penyebut × 100
    jumlah:    Σ parts
    penurunan: (baseline − current) ÷ baseline × 100   (penyebut = baseline)

A zero denominator is not computable (``sakip.NotComputableError``,
with the reason).

>>> import sakip
>>> sakip.indikator_komponen(pembilang=3, penyebut=135).printed()
'2,22'
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Never, TypeAlias

import attrs

from sakip._decimal import CONTEXT, HUNDRED, Number, exact_sum, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.explain import Figure, Trace, sources_of

__all__ = ["IndikatorKomponen", "Jenis", "indikator_komponen"]


def __dir__() -> list[str]:
    return list(__all__)


#: How the components combine: ``"rasio"``, ``"jumlah"`` or ``"penurunan"``.
Jenis: TypeAlias = Literal["rasio", "jumlah", "penurunan"]

_FORMULAS: dict[str, str] = {
    "rasio": "pembilang ÷ penyebut × 100",
    "jumlah": "Σ pembilang",
    "penurunan": "(penyebut − pembilang) ÷ penyebut × 100",
}


@attrs.frozen(kw_only=True)
class IndikatorKomponen(Figure):
    """An indicator's value recomputed from its printed components.

    ``pembilang`` holds one number (rasio, penurunan: the current value) or the
    parts (jumlah); ``penyebut`` is the denominator (rasio) or the baseline
    (penurunan), ``None`` for jumlah.

    Examples
    --------
    >>> import sakip
    >>> sakip.indikator_komponen(pembilang=[2, 3, 5], jenis="jumlah").value
    Decimal('10')
    """

    _made_by = "sakip.indikator_komponen(...)"

    #: How the components combine.
    jenis: Jenis
    #: The numerator (or current value), or the parts of a sum.
    pembilang: tuple[Decimal, ...]
    #: The denominator (rasio) or baseline (penurunan); ``None`` for jumlah.
    penyebut: Decimal | None = None
    #: What the indicator is (for explanations).
    label: str = ""

    def _derive(self, trace: Trace) -> Decimal:
        return _komponen(self.jenis, self.pembilang, self.penyebut, trace, self.label)

    def _title(self) -> str:
        return f"Indikator dari komponen ({self.jenis})" + (f": {self.label}"
                                                          if self.label else "")

    def _row(self) -> dict[str, Any]:
        row = {**super()._row(), "jenis": self.jenis}
        row["pembilang"] = (self.pembilang[0] if self.jenis != "jumlah"
                            else exact_sum(self.pembilang))
        return row


def _komponen(jenis: str, pembilang: tuple[Decimal, ...], penyebut: Decimal | None,
              trace: Trace | None, label: str = "") -> Decimal:
    if jenis == "jumlah":
        value = exact_sum(pembilang)
        inputs: tuple[tuple[str, Any], ...] = tuple(
            (f"bagian {i + 1}", part) for i, part in enumerate(pembilang))
    else:
        assert penyebut is not None
        if penyebut == 0:
            what = "penyebut" if jenis == "rasio" else "penyebut (baseline)"
            raise NotComputableError(field="penyebut",
                                     reason=f"{what} is zero: {_FORMULAS[jenis]} is undefined")
        top = pembilang[0] if jenis == "rasio" else CONTEXT.subtract(penyebut, pembilang[0])
        value = CONTEXT.divide(CONTEXT.multiply(top, HUNDRED), penyebut)
        inputs = (("pembilang", pembilang[0]), ("penyebut", penyebut))
    if trace is not None:
        trace.add(label or jenis, _FORMULAS[jenis], inputs, value)
    return value


def indikator_komponen(
    *positional: Never, pembilang: Number | Sequence[Number],
    penyebut: Number | None = None, jenis: Jenis = "rasio", label: str = "",
) -> IndikatorKomponen:
    """An indicator from its printed components (reference §13) [S].

    Parameters
    ----------
    pembilang:
        ``rasio``: the numerator; ``penurunan``: the current value; ``jumlah``:
        the parts (a list).  Each ≥ 0.
    penyebut:
        ``rasio``: the denominator; ``penurunan``: the baseline; not given for
        ``jumlah``.  ≥ 0.
    jenis:
        ``"rasio"`` (default) ``pembilang ÷ penyebut × 100``; ``"jumlah"``
        ``Σ pembilang``; ``"penurunan"`` ``(penyebut − pembilang) ÷ penyebut ×
        100`` (negative when the value rose).
    label:
        What the indicator is, for explanations.

    Raises
    ------
    NotComputableError
        A zero ``penyebut`` (rasio, penurunan).

    Examples
    --------
    3 of 135 villages (reference §13) → 2,22 %; a reduction from 40 to 30 cases → 25 %:

    >>> indikator_komponen(pembilang=3, penyebut=135).printed()
    '2,22'
    >>> indikator_komponen(pembilang=30, penyebut=40, jenis="penurunan").value
    Decimal('25')
    """
    if positional or pembilang is REQUIRED:
        raise call_error(indikator_komponen, positional, locals())
    if not isinstance(jenis, str) or jenis not in _FORMULAS:
        raise InvalidValueError(field="jenis", expected="'rasio', 'jumlah' or 'penurunan'",
                                received=jenis)
    if not isinstance(label, str):
        raise InvalidTypeError(field="label", expected="text", received=label)
    if jenis == "jumlah":
        if penyebut is not None:
            raise InvalidValueError(field="penyebut", expected="no penyebut for jenis "
                                    "'jumlah'", received=penyebut)
        if not isinstance(pembilang, Sequence) or isinstance(pembilang, str) or not pembilang:
            raise InvalidValueError(field="pembilang", expected="a non-empty list of parts "
                                    "for jenis 'jumlah'", received=pembilang)
        parts = tuple(to_decimal(part, field=f"pembilang[{i}]", nonnegative=True)
                      for i, part in enumerate(pembilang))
        return IndikatorKomponen(
            value=_komponen(jenis, parts, None, None), jenis=jenis, pembilang=parts,
            label=label,
            sources=sources_of(tuple((f"pembilang[{i}]", p) for i, p in enumerate(pembilang))))
    if isinstance(pembilang, Sequence) and not isinstance(pembilang, str):
        raise InvalidValueError(field="pembilang", expected=f"one number for jenis {jenis!r} "
                                "(a list only for 'jumlah')", received=pembilang)
    if penyebut is None:
        raise InvalidValueError(field="penyebut", expected=f"a number for jenis {jenis!r}",
                                received=None)
    top = (to_decimal(pembilang, field="pembilang", nonnegative=True),)
    bottom = to_decimal(penyebut, field="penyebut", nonnegative=True)
    return IndikatorKomponen(value=_komponen(jenis, top, bottom, None), jenis=jenis,
                             pembilang=top, penyebut=bottom, label=label,
                             sources=sources_of(("pembilang", "penyebut"), (pembilang, penyebut)))


indikator_komponen = keyword_only()(indikator_komponen)
