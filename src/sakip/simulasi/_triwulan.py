"""Quarterly questions: :func:`realisasi_triwulan_untuk` (penyerapan by the end of a quarter).

``ikpa`` is imported inside the question.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Never

import attrs

from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, HUNDRED, ONE, ZERO, Number, to_decimal
from sakip.errors import (
    REQUIRED,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    UnknownNameError,
    call_error,
    keyword_only,
)
from sakip.numbers import Rounding
from sakip.simulasi._answers import Answer, Solution, SolutionSet
from sakip.simulasi._goal import Goal, _text
from sakip.simulasi._question import Question, _Call, _Linear
from sakip.simulasi._solve import _check_rounding

#: The questions' titles and reasons (in both languages).
_BY_END_OF = Teks(id="Realisasi {key} yang diperlukan sampai akhir TW {triwulan} ({percent} %)",
                  en="Realisasi {key} needed by the end of TW {triwulan} ({percent} %)")
_ALL_BY_END_OF = Teks(id="Realisasi yang diperlukan sampai akhir TW {triwulan} ({aturan})",
                      en="Realisasi needed by the end of TW {triwulan} ({aturan})")

# --------------------------------------------------------- penyerapan TW


@keyword_only()
def realisasi_triwulan_untuk(
    *positional: Never,
    pagu: Mapping[str, Number],
    realisasi: Mapping[str, Number],
    triwulan: int,
    blokir: Mapping[str, Number] | None = None,
    target: Any = None,
    rounding: Rounding | None = None,
) -> SolutionSet:
    """Per jenis belanja, the cumulative realisasi needed by the end of a quarter, and what is left.

    Parameters
    ----------
    pagu:
        ``{jenis belanja: pagu}`` (``"51"``, ``"52"``, ``"53"``, ``"57"``).
    realisasi:
        ``{jenis belanja: cumulative realisasi so far}`` in the year.
    triwulan:
        The quarter (1–4) whose cumulative target is to be met.
    blokir:
        Blocked amounts, subtracted from pagu (the base is pagu − blokir).
    target:
        The quarterly targets (default
        :data:`sakip.ikpa.TARGET_PENYERAPAN_PER_5_PB_2024`, [C1]).
    rounding:
        How penyerapan is printed (``None``: exact, as the IKPA score uses it).

    Returns
    -------
    SolutionSet
        One answer per jenis belanja: ``value`` the least cumulative realisasi
        (whole rupiah) whose penyerapan reaches the target; the row's
        ``masih_diperlukan`` is what must still be spent (0 when met).

    Notes
    -----
    ``penyerapan = RA / (pagu − blokir) × 100 ≥ target_TW`` gives
    ``RA = target_TW × (pagu − blokir) / 100``, rounded up to whole rupiah and
    verified through :func:`sakip.penyerapan`.

    References
    ----------
    PER-5/PB/2024 (target penyerapan anggaran per triwulan, [C1]).

    Examples
    --------
    >>> r = realisasi_triwulan_untuk(pagu={"52": 1000000}, realisasi={"52": 120000},
    ...                              triwulan=1)
    >>> r["52"].value, r["52"].to_row()["masih_diperlukan"]
    (Decimal('150000'), Decimal('30000'))
    """
    if positional or pagu is REQUIRED or realisasi is REQUIRED or triwulan is REQUIRED:
        raise call_error(realisasi_triwulan_untuk, positional, locals())
    from sakip.budget import penyerapan
    from sakip.ikpa import TARGET_PENYERAPAN_PER_5_PB_2024, PenyerapanTargetRule

    rule = TARGET_PENYERAPAN_PER_5_PB_2024 if target is None else target
    if not isinstance(rule, PenyerapanTargetRule):
        raise InvalidTypeError(field="target", expected="a sakip.ikpa.PenyerapanTargetRule",
                               received=target)
    if isinstance(triwulan, bool) or not isinstance(triwulan, int) or not 1 <= triwulan <= 4:
        raise InvalidValueError(field="triwulan", expected="a quarter 1–4", received=triwulan)
    if not isinstance(pagu, Mapping):
        raise InvalidTypeError(field="pagu", expected="a mapping {jenis belanja: pagu}",
                               received=pagu)
    if not isinstance(realisasi, Mapping):
        raise InvalidTypeError(field="realisasi", expected="a mapping {jenis belanja: amount}",
                               received=realisasi)
    _check_rounding(rounding)
    targets = dict(rule.targets)
    if not pagu:
        raise InvalidValueError(field="pagu", expected="at least one jenis belanja",
                                received=dict(pagu))
    # jenis belanja as sakip.ikpa.penyerapan_triwulan takes them: the codes "51".."57"
    for jenis in pagu:
        if jenis not in targets:
            raise UnknownNameError(field="pagu", expected="jenis belanja " + ", ".join(targets),
                                   received=jenis)
    for jenis in blokir or {}:
        if jenis not in pagu:
            raise UnknownNameError(field="blokir", expected="jenis belanja of pagu: "
                                   + ", ".join(pagu), received=jenis)
    if set(pagu) != set(realisasi):
        raise InvalidValueError(field="realisasi", expected=f"jenis belanja {sorted(pagu)}",
                                received=sorted(map(str, realisasi)))
    items: list[Answer] = []
    for jenis, amount in pagu.items():
        key = str(jenis)
        base = to_decimal(amount, field=f"pagu[{key}]", nonnegative=True)
        if blokir is not None and jenis in blokir:
            base = CONTEXT.subtract(base, to_decimal(blokir[jenis], field=f"blokir[{key}]",
                                                     nonnegative=True))
            if base < 0:
                raise InvalidValueError(field=f"blokir[{key}]", expected="blokir <= pagu",
                                        received=blokir[jenis])
        if base == 0:
            raise NotComputableError(field=f"pagu[{key}]", reason="pagu less blokir is zero")
        so_far = to_decimal(realisasi[jenis], field=f"realisasi[{key}]", nonnegative=True)
        if so_far > base:
            raise InvalidValueError(field=f"realisasi[{key}]",
                                    expected=f"realisasi <= pagu − blokir ({base})",
                                    received=realisasi[jenis])
        percent = targets[key][triwulan - 1]
        goal = Goal.at_least(percent, label=f"target TW {triwulan}")

        forward = _Call(function=penyerapan, fixed=(("pagu", base), ("label", key)),
                        vary="realisasi")
        closed = _Linear(a=ZERO, b=CONTEXT.divide(base, HUNDRED))

        q = Question(forward=forward, formula=f"penyerapan(pagu={_text(base)}, realisasi=x)",
                     vary="realisasi", goal=goal, grid=ONE, lower=ZERO, upper=base,
                     direction="least", increasing=True, rounding=rounding,
                     measure_name="penyerapan", closed_form=closed,
                     closed_form_text="RA = target × (pagu − blokir) / 100",
                     title=Pesan(_BY_END_OF, key=key, triwulan=triwulan, percent=_text(percent)),
                     label=key, reference=rule.citation,
                     upper_reason="realisasi ≤ pagu − blokir",
                     details=(("pagu", base), ("realisasi", so_far), ("target", percent)))
        answer = q.answer()
        if isinstance(answer, Solution):
            left = CONTEXT.subtract(answer.value, so_far)
            q = attrs.evolve(q, details=(*q.details,
                                         ("masih_diperlukan", left if left > 0 else ZERO)))
            answer = Solution(value=answer.value, question=q)
        items.append(answer)
    return SolutionSet(title=Pesan(_ALL_BY_END_OF, triwulan=triwulan, aturan=rule.name),
                       items=tuple(items))
