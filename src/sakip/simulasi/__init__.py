"""Simulasi: what it takes -- the least (or greatest) input that reaches a target, exactly.

The question planners ask most is not "what is my figure" but "what do I still
need": the realisasi for capaian 100 %, how far spending can go before an output
leaves *Sangat Efisien*, which IKPA indicator must rise (and by how much) for
*Sangat Baik*, how many LKE points separate A from AA, how much must still be
spent by the end of a quarter.  Every figure sakip computes is monotone in each
of its inputs, so each of these questions has one exact answer on the grid of
the input's precision (whole rupiah, scores at two decimals).

How an answer is found (see ``/explanation/simulasi-exactness``):

1. the target is a region of the **printed** figure (``printed ≥ 101,10``;
   a category band with the table's own inclusivity: IKPA *Baik* is
   ``89 ≤ nilai``, predikat AA is ``nilai > 90``), turned into a region of the
   exact value under the report's ``Rounding`` (under truncation
   ``printed ≥ 101,10`` is ``value ≥ 101.10``; under half-up it is
   ``value ≥ 101.095``);
2. where the formula is linear or a ratio in the input, a closed form gives the
   exact threshold, which is snapped to the grid; otherwise (and to confirm the
   closed form) an exact bisection over the integers ``k`` of ``input = k × grid``;
3. the answer is **verified by feeding it forward through the ordinary API**:
   the answer reaches the target and the next grid point the other way does not.

A target that cannot be reached (capaian capped below it; an indicator that
cannot lift the IKPA alone; realisasi that already exceeds what the quarter
allows) gives an ``Unreachable`` result with the reason -- never a number.

>>> import sakip
>>> need = sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
...                                       rounding=sakip.Rounding(2, "down"))
>>> need.value
Decimal('1189')
>>> sakip.simulasi.realisasi_untuk(target=1176, capaian=130, cap=120).reason
'capaian is capped at 120: the printed capaian cannot reach ≥ 130'

Every answer renders in Bahasa Indonesia by default and in English with
``bahasa="en"``: ``judul`` (the question in words), ``to_text`` (``str()``),
``to_html`` (a notebook's table), ``Unreachable.keterangan`` (the reason) and
``explain()``; rows (``to_rows()``) are data, their keys codes in both
languages (``docs/explanation/bahasa.md``).

>>> print(sakip.simulasi.realisasi_untuk(target=100, capaian=130, cap=120).keterangan())
capaian dibatasi pada 120: capaian tercetak tidak dapat mencapai ≥ 130

The package: ``_goal`` (the goal and its exact region),
``_search`` (the exact grid search; no domain module), ``_answers``
(``Solution``, ``Unreachable``, ``SolutionSet``), ``_question``
(``Question`` and the generic forward models), ``_solve`` (``solve`` and the
argument checks), then one module per question family: ``_capaian``,
``_efisiensi``, ``_ikpa``, ``_lke``, ``_triwulan``, ``_indeks`` (the least
answer points for an IKM mutu, the least level steps for an Indeks Pemdi
predikat), ``_renja`` (the least TW IV realisasi).  Each family imports its
domain modules inside its questions, so asking a capaian question never loads
the IKPA rules.
"""

from sakip.simulasi._answers import Solution, SolutionSet, Unreachable
from sakip.simulasi._capaian import realisasi_untuk
from sakip.simulasi._efisiensi import batas_efisiensi, capaian_output_minimum, realisasi_maksimum
from sakip.simulasi._goal import Goal
from sakip.simulasi._ikpa import RaiseSet, kenaikan_ikpa, kenaikan_ikpa_dari_nilai, skor_ikpa_untuk
from sakip.simulasi._indeks import KenaikanIndeks, kenaikan_ikm, kenaikan_pemdi
from sakip.simulasi._lke import poin_lke_untuk
from sakip.simulasi._question import Direction, Question
from sakip.simulasi._renja import realisasi_tw4_untuk
from sakip.simulasi._solve import solve
from sakip.simulasi._triwulan import realisasi_triwulan_untuk

__all__ = [
    "Direction",
    "Goal",
    "KenaikanIndeks",
    "Question",
    "RaiseSet",
    "Solution",
    "SolutionSet",
    "Unreachable",
    "batas_efisiensi",
    "capaian_output_minimum",
    "kenaikan_ikm",
    "kenaikan_ikpa",
    "kenaikan_ikpa_dari_nilai",
    "kenaikan_pemdi",
    "poin_lke_untuk",
    "realisasi_maksimum",
    "realisasi_triwulan_untuk",
    "realisasi_tw4_untuk",
    "realisasi_untuk",
    "skor_ikpa_untuk",
    "solve",
]


def __dir__() -> list[str]:
    return list(__all__)
