"""Renja questions: :func:`realisasi_tw4_untuk` (the TW IV realisasi a band or capaian needs).

``renja`` is imported inside the question.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Never

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, HUNDRED, ZERO, Number, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    call_error,
    keyword_only,
)
from sakip.numbers import Rounding
from sakip.simulasi._answers import Solution, Unreachable
from sakip.simulasi._goal import Goal, _text
from sakip.simulasi._question import Question, _Linear
from sakip.simulasi._solve import _check_rounding, _grid, _precision

#: The questions' titles and reasons (in both languages).
_REFERENSI = Teks(id="Permendagri 86/2017 (evaluasi hasil Renja); rujukan §12",
                  en="Permendagri 86/2017 (evaluasi hasil Renja); reference §12")
_TW_IV = Teks(id="Realisasi TW IV yang diperlukan untuk {words} {goal}",
              en="TW IV realisasi needed for {words} {goal}")
_KOLOM_15 = Teks(id="kolom 15 (capaian Renstra)", en="kolom 15 (capaian Renstra)")
_CAPAIAN_TAHUN = Teks(id="capaian tahun ini (13 ÷ 8)", en="the year's capaian (13 ÷ 8)")
_CLOSED_FLOW = Teks(id="x = capaian × T / 100 − yang sudah terhitung",
                    en="x = capaian × T / 100 − what is already counted")
_CLOSED_STOCK = Teks(id="x = capaian × T / 100 (suatu tingkat)",
                     en="x = capaian × T / 100 (a level)")


@attrs.frozen
class _Tw4Forward:
    """:func:`sakip.evaluasi_renja` with TW IV at ``x``; the capaian ``kolom`` asked about."""

    target_renstra: Decimal
    realisasi_renstra_lalu: Decimal | None
    target: Decimal
    triwulan: tuple[Decimal | None, ...]
    agregasi: str
    kolom: str

    def __call__(self, x: Decimal) -> Any:
        from sakip.renja import evaluasi_renja

        result = evaluasi_renja(target_renstra=self.target_renstra,
                                realisasi_renstra_lalu=self.realisasi_renstra_lalu,
                                target=self.target, realisasi_triwulan=[*self.triwulan, x],
                                agregasi=self.agregasi)
        figure = getattr(result, self.kolom)
        if figure.value is None:  # a NotComputable (the question refuses these up front)
            raise figure.error()  # pragma: no cover
        return figure


@keyword_only()
def realisasi_tw4_untuk(
    *positional: Never,
    target: Number,
    realisasi_triwulan: Sequence[Number | None] = (),
    capaian: Number | None = None,
    tingkat: str | None = None,
    kolom: Literal["capaian", "capaian_renstra"] = "capaian",
    target_renstra: Number | None = None,
    realisasi_renstra_lalu: Number | None = None,
    agregasi: str = "flow",
    label: str = "tinggi-rendah",
    celah: str = "bawah",
    rounding: Rounding | None = None,
    grid: Number | None = None,
) -> Solution | Unreachable:
    """The least TW IV realisasi (kolom 12) that reaches a capaian or a band, for K or Rp.

    Parameters
    ----------
    target:
        Kolom 8, the year's target (K in its unit, or Rp: the pagu).
    realisasi_triwulan:
        TW I–III as reported (up to three; ``None`` a quarter not reported).
    capaian, tingkat:
        The goal, exactly one: a capaian in percent (the printed capaian must
        be ``≥`` it) or a label of the five-band table (``"Tinggi"``: that band
        or better, under ``label`` and ``celah``, as :func:`sakip.tingkat_capaian`).
    kolom:
        ``"capaian"`` (default: 13 ÷ 8 × 100, the year's) or
        ``"capaian_renstra"`` (kolom 15 = 14 ÷ 6 × 100; needs
        ``target_renstra`` and, for ``flow``, ``realisasi_renstra_lalu``).
    agregasi:
        ``"flow"`` (the year is Σ quarters; Rp is always flow) or ``"stock"``
        (the year is TW IV itself, a level).
    rounding:
        How the report prints the capaian; ``None`` compares the exact value
        (the band is then read on the exact capaian, as the reviu does).
    grid:
        The precision of the answer; by default the inputs' own (``0.1`` for
        K quarters of ``"0.8"``, whole rupiah for Rp).

    Returns
    -------
    Solution or Unreachable
        ``value`` the least TW IV realisasi (``0`` when TW I–III already
        reach the goal); unreachable never happens for these increasing,
        uncapped figures except through a zero target, which is refused.

    Raises
    ------
    NotComputableError
        A zero ``target`` (``kolom="capaian"``) or ``target_renstra``
        (``kolom="capaian_renstra"``): the capaian is undefined.
    InvalidValueError
        Both or neither goal; four quarters given; a bad kolom or agregasi.

    Notes
    -----
    Closed forms (v the threshold of the exact capaian, s = Σ TW I–III):
    flow ``x = v × T8 / 100 − s`` (kolom 15: ``v × T6 / 100 − kolom 7 − s``);
    stock ``x = v × T8 / 100`` (``v × T6 / 100``).  Each is snapped to the
    grid and verified through :func:`sakip.evaluasi_renja`.

    References
    ----------
    Permendagri 86/2017 (form of evaluasi hasil Renja); reference §12.

    Examples
    --------
    The reference's row (§12): TW I–III 2; 0,8; 1,2 of a target of 4 already
    reach 100 %; a target of 5 needs 1 more in TW IV; *Sangat Tinggi* (≥ 91 %) needs
    0,6 more, and a printed Rp capaian of 66,29 (half-up) needs TW IV ≥ 25.420.709
    (the table's 25.427.000 prints 66,29 too):

    >>> realisasi_tw4_untuk(target=4, realisasi_triwulan=[2, "0.8", "1.2"], capaian=100).value
    Decimal('0.0')
    >>> realisasi_tw4_untuk(target=5, realisasi_triwulan=[2, "0.8", "1.2"], capaian=100).value
    Decimal('1.0')
    >>> realisasi_tw4_untuk(target=5, realisasi_triwulan=[2, "0.8", "1.2"],
    ...                     tingkat="Sangat Tinggi").value
    Decimal('0.6')
    >>> from sakip import Rounding
    >>> realisasi_tw4_untuk(target=73945400, realisasi_triwulan=[8416000, 12490000, 2688000],
    ...                     capaian="66.29", rounding=Rounding(2, "half_up")).value
    Decimal('25420709')
    """
    if positional or target is REQUIRED:
        raise call_error(realisasi_tw4_untuk, positional, locals())
    from sakip.indicators import agregasi_option
    from sakip.renja import TINGKAT_CAPAIAN_RULES

    if (capaian is None) == (tingkat is None):
        raise InvalidValueError(field="capaian", expected="exactly one of capaian= and tingkat=",
                                received="both" if capaian is not None else "none")
    if kolom not in ("capaian", "capaian_renstra"):
        raise InvalidValueError(field="kolom", expected="'capaian' or 'capaian_renstra'",
                                received=kolom)
    agg = agregasi_option(agregasi, None).value
    _check_rounding(rounding)
    if isinstance(realisasi_triwulan, (str, bytes)) or not isinstance(realisasi_triwulan,
                                                                       Sequence):
        raise InvalidTypeError(field="realisasi_triwulan", expected="TW I–III, a sequence",
                               received=realisasi_triwulan)
    if len(realisasi_triwulan) > 3:
        raise InvalidValueError(field="realisasi_triwulan", expected="at most three quarters "
                                "(TW I–III; TW IV is solved for)", received=len(realisasi_triwulan))
    t8 = to_decimal(target, field="target", nonnegative=True)
    quarters = tuple(None if q is None else to_decimal(q, field=f"realisasi_triwulan[{i}]",
                                                       nonnegative=True)
                     for i, q in enumerate(realisasi_triwulan))
    t6 = (ZERO if target_renstra is None else
          to_decimal(target_renstra, field="target_renstra", nonnegative=True))
    lalu = (None if realisasi_renstra_lalu is None else
            to_decimal(realisasi_renstra_lalu, field="realisasi_renstra_lalu",
                       nonnegative=True))
    renstra = kolom == "capaian_renstra"
    if renstra and t6 == 0:
        raise NotComputableError(field="target_renstra", reason="kolom 15 needs a target "
                                 "Renstra > 0 (zero or not given)")
    if renstra and agg == "flow" and lalu is None:
        raise NotComputableError(field="realisasi_renstra_lalu", reason="kolom 14 of a flow "
                                 "indicator needs kolom 7 (give 0 in the first year)")
    if not renstra and t8 == 0:
        raise NotComputableError(field="target", reason="the year's capaian needs a target > 0")
    if tingkat is None:
        goal = Goal.at_least(to_decimal(capaian, field="capaian"))
    else:
        if (label, celah) not in TINGKAT_CAPAIAN_RULES:
            raise InvalidValueError(field="label", expected="label 'tinggi-rendah' or "
                                    "'baik-kurang' and celah 'bawah' or 'atas'",
                                    received=(label, celah))
        bands = TINGKAT_CAPAIAN_RULES[(label, celah)]
        goal = Goal.from_label_bands(bands, tingkat)
        if bands.inclusive == "upper" and goal.lower is not None:  # the printed upper bounds
            goal = attrs.evolve(goal, lower_inclusive=False)
    done = exact_sum = ZERO
    for q in quarters:
        exact_sum = CONTEXT.add(exact_sum, q if q is not None else ZERO)
    base = t6 if renstra else t8
    if agg == "flow":
        done = CONTEXT.add(exact_sum, lalu) if renstra and lalu is not None else exact_sum
    closed = _Linear(a=done.copy_negate(), b=CONTEXT.divide(base, HUNDRED))
    inputs = [t8, *(q for q in quarters if q is not None)]
    grid_ = _precision(*inputs) if grid is None else _grid(grid)
    forward = _Tw4Forward(target_renstra=t6, realisasi_renstra_lalu=lalu, target=t8,
                          triwulan=quarters + (None,) * (3 - len(quarters)), agregasi=agg,
                          kolom=kolom)
    words = Pesan(_KOLOM_15 if renstra else _CAPAIAN_TAHUN)
    question = Question(
        forward=forward, vary="realisasi TW IV", goal=goal, grid=grid_, lower=ZERO,
        formula=f"evaluasi_renja(target={_text(t8)}, realisasi_triwulan=[…, x], "
        f"agregasi={agg!r}).{kolom}", increasing=True, rounding=rounding,
        measure_name=kolom, closed_form=closed,
        closed_form_text=Pesan(_CLOSED_FLOW if agg == "flow" else _CLOSED_STOCK),
        title=Pesan(_TW_IV, words=words, goal=goal),
        reference=Pesan(_REFERENSI),
        details=(("target", base), ("sudah", done)))
    return question.answer()
