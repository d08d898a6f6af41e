"""Every public formula's explanation, checked against the reference, not against itself.

One table, ``CASES``: for each public function of ``sakip.__all__`` that returns a
``Figure`` (a test discovers them and fails when one has no case), and for each of its
options, a call with inputs from the project reference
(``docs/regulations.md``; the worked examples of its sections), and what the
explanation must say, written by hand from the reference:

* the title naming the figure and its rule set;
* every step: its name, its formula in the regulation's notation, every input
  named with the value given, and its value -- compared with an independent
  computation in this file (``fractions.Fraction``, exact), never with the code's;
* the final value and its printed form under the given rounding, where the
  reference prints one (each case says which figure of which section);
* the regulation and year the explanation cites, and the notes an auditor needs
  (a convention, an OPEN rule, a category).

A second test reads every rule set a result holds and checks that its citation is
printed in the explanation's text, whatever the case table says.
"""

from __future__ import annotations

import dataclasses
import datetime
import inspect
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction as F
from typing import Any

import attrs
import pytest

import sakip
from sakip._rujukan_id import RUJUKAN
from sakip._rules import RuleSet
from sakip.explain import Explanation, Figure
from sakip.renja import TINGKAT_CAPAIAN_RULES

#: Two exact values agree when they differ by less than this (the library keeps 50 digits).
TOLERANCE = F(1, 10**40)

Expected = F | int | str


@dataclass(frozen=True)
class S:
    """One expected step: name, formula, inputs ``(label, value)`` and value."""

    name: str
    formula: str
    inputs: tuple[tuple[str, Expected], ...]
    value: Expected
    #: Words the step's reference must contain ("" where the step cites nothing).
    cites: str = ""
    #: Words the step's note must contain ("" where the step has no note).
    note: str = ""


@dataclass(frozen=True)
class Case:
    """A call of a public formula and what its explanation must say."""

    id: str
    function: str
    call: Callable[[], Figure]
    title: str
    steps: tuple[S, ...]
    #: The final value as printed under ``places``/``mode`` (the reference's figure).
    printed: str
    #: Words the explanation's reference must contain: the regulation with its year.
    cites: tuple[str, ...] = ()
    #: Words that the explanation's notes must contain, one string per note, in order.
    notes: tuple[str, ...] = ()
    places: int = 2
    mode: str = "half_up"
    #: The source of the figures: the reference section or the worked example.
    source: str = field(default="", compare=False)


def _close(actual: Any, expected: Expected) -> bool:
    if isinstance(expected, str):
        return str(actual) == expected
    if not isinstance(actual, (Decimal, int)) or isinstance(actual, bool):
        return False
    return abs(F(actual) - F(expected)) <= TOLERANCE


def _says(text: str, words: str) -> bool:
    """Whether ``text`` begins or ends with ``words`` (empty ``words``: ``text`` is empty).

    Anchored, not a substring: a text with something added at both ends says more
    than the reference does.
    """
    if not words:
        return text == ""
    return text.startswith(words) or text.endswith(words)


def _dec(x: Expected) -> Decimal:
    with localcontext(prec=120):
        return Decimal(F(x).numerator) / Decimal(F(x).denominator)


def _ln(x: Expected) -> F:
    """ln in a 120-digit context: an independent computation of BPS's logarithm."""
    with localcontext(prec=120):
        return F(_dec(x).ln())


def _cbrt(x: F) -> F:
    with localcontext(prec=120):
        return F(_dec(x) ** (Decimal(1) / Decimal(3)))


def _sqrt(x: F) -> F:
    with localcontext(prec=120):
        return F(_dec(x).sqrt())


def _pct(a: Expected, b: Expected) -> F:
    return F(a) / F(b) * 100


CAPAIAN_REF = ("PermenPANRB 53/2014", "PermenPANRB 8/2021")
RENSTRA_REF = ("Convention of LKj (as in LKj 2023 BGP Kalsel)",)
MAX = "Capaian kinerja (maximize)"
MIN = "Capaian kinerja (minimize)"
STAB = "Capaian kinerja (stabilize)"
T_R = (("T (target)", 1176), ("R (realisasi)", 1189))
COMPOSITE = "Σ (bobot × nilai) / Σ bobot"
NO_ROUNDING = "no contribution is rounded before summing"


def _weighted(label: str, parts: tuple[tuple[str, Expected, Expected], ...],
              total: str) -> tuple[str, tuple[tuple[str, Expected], ...], F]:
    """The formula text, inputs and value of a weighted composite, computed here."""
    formula = f"{COMPOSITE} = ({' + '.join(f'{w}×{n}' for n, w, _ in parts)}) / {total}"
    inputs = tuple((f"{n} (bobot {w})", v) for n, w, v in parts)
    value = sum((F(w) * F(v) for _, w, v in parts), F(0)) / sum(
        (F(w) for _, w, _v in parts), F(0))
    return formula, inputs, value


# ------------------------------------------------------------------ §1 capaian

CAPAIAN_CASES = [
    Case("capaian maximize, seed 1189/1176 truncated", "capaian",
         lambda: sakip.capaian(target=1176, realisasi=1189), MAX,
         (S("capaian", "R / T × 100", T_R, _pct(1189, 1176)),),
         "101,10", CAPAIAN_REF, mode="down", source="reference §1.1 and §1.9 (101,10)"),
    Case("capaian minimize 2T-R, T 7 R 6,5", "capaian",
         lambda: sakip.capaian(target=7, realisasi="6.5", polarisasi="minimize"), MIN,
         (S("capaian", "(2T − R) / T × 100", (("T (target)", 7), ("R (realisasi)", F(13, 2))),
            (2 * F(7) - F(13, 2)) / 7 * 100),),
         "107,14", CAPAIAN_REF, source="reference §1.2 worked (107,14)"),
    Case("capaian minimize 2T-R, T 8 R 9", "capaian",
         lambda: sakip.capaian(target=8, realisasi=9, polarisasi="minimize"), MIN,
         (S("capaian", "(2T − R) / T × 100", (("T (target)", 8), ("R (realisasi)", 9)),
            F(7, 8) * 100),),
         "87,50", CAPAIAN_REF, source="reference §1.2 worked (87,5)"),
    Case("capaian minimize T/R convention", "capaian",
         lambda: sakip.capaian(target=8, realisasi=9, polarisasi="minimize",
                               rumus_minimize="t/r"), MIN,
         (S("capaian", "T / R × 100", (("T (target)", 8), ("R (realisasi)", 9)),
            _pct(8, 9)),),
         "88,89", CAPAIAN_REF, notes=("minimize by T / R, a convention",),
         source="reference §1.2 (T / R: 88,89 [CONV])"),
    Case("capaian stabilize inside the range", "capaian",
         lambda: sakip.capaian(target=(5, 10), realisasi=7, polarisasi="stabilize"), STAB,
         (S("capaian", "100 when L <= R <= U",
            (("L (target)", 5), ("U (target)", 10), ("R (realisasi)", 7)), 100),),
         "100,00", CAPAIAN_REF, source="reference §1.3 (inside → 100 %)"),
    Case("capaian stabilize above U (minimize against U)", "capaian",
         lambda: sakip.capaian(target=(5, 10), realisasi=12, polarisasi="stabilize"), STAB,
         (S("capaian", "(2U − R) / U × 100", (("U (target)", 10), ("R (realisasi)", 12)),
            (2 * F(10) - 12) / 10 * 100),),
         "80,00", CAPAIAN_REF, source="reference §1.3 (above U: against U)"),
    Case("capaian stabilize below L (maximize against L)", "capaian",
         lambda: sakip.capaian(target=(5, 10), realisasi=4, polarisasi="stabilize"), STAB,
         (S("capaian", "R / L × 100", (("L (target)", 5), ("R (realisasi)", 4)),
            _pct(4, 5)),),
         "80,00", CAPAIAN_REF, source="reference §1.3 (below L: against L)"),
    Case("capaian predikat BB against A, ordinal ranks", "capaian",
         lambda: sakip.capaian(target="BB", realisasi="A"), MAX,
         (S("ordinal ranks", "D=1, C=2, CC=3, B=4, BB=5, A=6, AA=7",
            (("target", "BB"), ("realisasi", "A")), "T = 5, R = 6",
            cites="no regulation sets a conversion"),
          S("capaian", "R / T × 100", (("T (target)", 5), ("R (realisasi)", 6)), 120)),
         "120,00", CAPAIAN_REF, source="reference §1.4 (A against BB: 120 %)"),
    Case("capaian cap", "capaian",
         lambda: sakip.capaian(target=447, realisasi=748, cap=120), MAX,
         (S("capaian", "R / T × 100", (("T (target)", 447), ("R (realisasi)", 748)),
            _pct(748, 447)),
          S("capaian (capped)", "min(capaian, cap)", (("cap", 120),), 120)),
         "120,00", CAPAIAN_REF, source="reference §1.5 (748/447 = 167,33, capped at 120)"),
    Case("capaian floor", "capaian",
         lambda: sakip.capaian(target=10, realisasi=30, polarisasi="minimize", floor=0), MIN,
         (S("capaian", "(2T − R) / T × 100", (("T (target)", 10), ("R (realisasi)", 30)),
            -100),
          S("capaian (floored)", "max(capaian, floor)", (("floor", 0),), 0)),
         "0,00", CAPAIAN_REF, source="reference §1.2 (R > 2T negative; optional floor)"),
    Case("capaian Renstra cumulative, seed IKK 1.1", "capaian_renstra",
         lambda: sakip.capaian_renstra(target={2020: 2000, 2021: 2411},
                                       realisasi={2020: 1500, 2021: 1647}, kumulatif=True),
         "Capaian terhadap target Renstra (kumulatif)",
         (S("Σ target Renstra", "2020 + 2021", (("2020", 2000), ("2021", 2411)), 4411),
          S("Σ realisasi to date", "2020 + 2021", (("2020", 1500), ("2021", 1647)), 3147),
          S("capaian", "R / T × 100", (("T (target)", 4411), ("R (realisasi)", 3147)),
            _pct(3147, 4411))),
         "71,34", RENSTRA_REF, source="reference §1.7 (3147 / 4411 = 71,34 %)"),
    Case("capaian Renstra level, seed IKK 2.2", "capaian_renstra",
         lambda: sakip.capaian_renstra(
             target={2020: 80, 2021: 85, 2022: 88, 2023: 90, 2024: 92},
             realisasi={2023: "95.15"}, kumulatif=False),
         "Capaian terhadap target Renstra (level (latest against final-year target))",
         (S("level", "realisasi 2023 against target 2024",
            (("target 2024", 92), ("realisasi 2023", F(9515, 100))), "95.15 / 92"),
          S("capaian", "R / T × 100", (("T (target)", 92), ("R (realisasi)", F(9515, 100))),
            _pct(F(9515, 100), 92))),
         "103,42", RENSTRA_REF, source="reference §1.7 (95,15 / 92 = 103,42 %)"),
    Case("percent change, seed NKA 95,15 against 91,59", "percent_change",
         lambda: sakip.percent_change(old="91.59", new="95.15"),
         "Perubahan dibanding tahun sebelumnya (percent change)",
         (S("perubahan", "(new − old) / old × 100",
            (("old", F(9159, 100)), ("new", F(9515, 100))),
            (F(9515, 100) - F(9159, 100)) / F(9159, 100) * 100),),
         "3,88", ("Convention of LKj narratives",), mode="down",
         source="reference §1.8 (3,88 %, truncated as §1.9)"),
]

# ------------------------------------------------------------------ §3, §4 budget, EKA, NKA

PENYERAPAN_REF = ("PMK 214/PMK.02/2017", "PMK 22/PMK.02/2021")
SCI_010 = (("P (pagu)", 1000), ("CO (capaian output)", F(11987, 10000)),
           ("RA (realisasi)", F(9999, 10)))
SURPLUS = F(1000) * F(11987, 10000) - F(9999, 10)
NE_REF = ("PMK 214/PMK.02/2017", "PMK 22/PMK.02/2021", "transformasi nilai efisiensi")
KONVENSI_2023 = "kategori 'Sangat Efisien' (konvensi-2023"


def _ro(**kw: Any) -> sakip.RincianOutput:
    return sakip.RincianOutput(kode="5634.SCI.010", pagu=1000, realisasi="999.9",
                               capaian="119.87", **kw)


EKA_PARTS = (("capaian_ro", "43.5", 100), ("penyerapan", "9.7", F(9965, 100)),
             ("nilai_efisiensi", "28.6", F(9073, 100)), ("konsistensi", "18.2", 95))


def _eka_case(aturan: str, cites: str) -> Case:
    formula, inputs, value = _weighted("eka", EKA_PARTS, "100.0")
    return Case(f"EKA {aturan}", "eka",
                lambda: sakip.eka(capaian_ro=100, penyerapan="99.65", nilai_efisiensi="90.73",
                                  konsistensi=95, aturan=aturan),
                f"Nilai EKA satker ({aturan})",
                (S("nilai komposit", formula, inputs, value, cites=cites, note=NO_ROUNDING),),
                "96,40", (cites,), source="reference §4 (weights 43,5/9,7/28,6/18,2)")


BUDGET_CASES = [
    Case("penyerapan, seed belanja pegawai", "penyerapan",
         lambda: sakip.penyerapan(pagu=3382359000, realisasi=3317233590), "Penyerapan anggaran",
         (S("penyerapan", "RA / P × 100",
            (("P (pagu)", 3382359000), ("RA (realisasi)", 3317233590)),
            _pct(3317233590, 3382359000), note=f"sisa = P − RA = {3382359000 - 3317233590}"),),
         "98,07", PENYERAPAN_REF, source="reference §3 (pegawai 98,07 %)"),
    Case("efisiensi pmk-214-2017, seed 5634.SCI.010", "efisiensi",
         lambda: sakip.efisiensi([_ro()]), "Efisiensi (rumus pmk-214-2017) over 5634.SCI.010",
         (S("P × CO − RA (5634.SCI.010)", "P × CO − RA", SCI_010, SURPLUS),
          S("efisiensi", "Σ (P × CO − RA) / Σ (P × CO) × 100",
            (("Σ (P × CO − RA)", SURPLUS), ("Σ (P × CO)", F(1000) * F(11987, 10000))),
            SURPLUS / (F(1000) * F(11987, 10000)) * 100, cites="PMK 214/PMK.02/2017")),
         "16,58", ("PMK 214/PMK.02/2017",), source="reference §4 (the 214 formula: 16,58 %)"),
    Case("efisiensi per-pagu, seed 5634.SCI.010", "efisiensi",
         lambda: sakip.efisiensi([_ro()], rumus="per-pagu"),
         "Efisiensi (rumus per-pagu) over 5634.SCI.010",
         (S("P × CO − RA (5634.SCI.010)", "P × CO − RA", SCI_010, SURPLUS),
          S("efisiensi", "Σ (P × CO − RA) / Σ P × 100",
            (("Σ (P × CO − RA)", SURPLUS), ("Σ P", 1000)), SURPLUS / 1000 * 100,
            cites="Convention reproducing published per-output figures")),
         "19,88", ("Convention reproducing published per-output figures",),
         source="reference §4 (seed 19,88 %)"),
    Case("nilai efisiensi clipped, seed E 19,88", "nilai_efisiensi",
         lambda: sakip.nilai_efisiensi("19.88"), "Nilai efisiensi (NE)",
         (S("nilai efisiensi", "50 + (E / 20) × 50, clipped to [0, 100]",
            (("E (efisiensi)", F(1988, 100)),), 50 + F(1988, 100) / 20 * 50,
            cites="PMK 214/PMK.02/2017"),),
         "99,70", NE_REF, notes=(KONVENSI_2023,), source="reference §4 (E 19,88 → NE 99,70)"),
    Case("nilai efisiensi not clipped", "nilai_efisiensi",
         lambda: sakip.nilai_efisiensi("30", clip=False), "Nilai efisiensi (NE)",
         (S("nilai efisiensi", "50 + (E / 20) × 50 (not clipped)", (("E (efisiensi)", 30),),
            50 + F(30) / 20 * 50, cites="PMK 214/PMK.02/2017"),),
         "125,00", NE_REF, notes=(KONVENSI_2023,), source="reference §4 (clip=False)"),
    Case("capaian output geometric", "capaian_output",
         lambda: sakip.capaian_output([(2, 4), (3, 3)]), "Capaian output",
         (S("capaian output (geometric mean)", "(Π rᵢ)^(1/n) × 100",
            (("item 1", F(1, 2)), ("item 2", 1)), _sqrt(F(1, 2)) * 100),),
         "70,71", ("PMK 214/PMK.02/2017", "PMK 22/PMK.02/2021", "KMK 466/2023"),
         source="reference §4 (geometric mean over outputs)"),
    Case("capaian output arithmetic", "capaian_output",
         lambda: sakip.capaian_output([(2, 4), (3, 3)], metode="arithmetic"), "Capaian output",
         (S("capaian output (arithmetic mean)", "(1/n) Σ rᵢ × 100",
            (("item 1", F(1, 2)), ("item 2", 1)), 75),),
         "75,00", ("PMK 214/PMK.02/2017",), source="reference §4 (arithmetic mean option)"),
    Case("konsistensi kumulatif", "konsistensi",
         lambda: sakip.konsistensi(realisasi=[50, 100, 150], rpd=[100, 100, 100]),
         "Konsistensi penyerapan terhadap RPD (rumus kumulatif)",
         (S("konsistensi", "(1/n) Σ min(RA_kum,i / RPD_kum,i, 1) × 100",
            (("month 1 ratio", F(50, 100)), ("month 2 ratio", F(150, 200)),
             ("month 3 ratio", 1)), (F(1, 2) + F(3, 4) + 1) / 3 * 100, note="[OPEN]"),),
         "75,00", ("PMK 214/PMK.02/2017", "PMK 22/PMK.02/2021", "not retrieved"),
         source="reference §4 (konsistensi candidates [OPEN])"),
    Case("konsistensi bulanan", "konsistensi",
         lambda: sakip.konsistensi(realisasi=[50, 100, 150], rpd=[100, 100, 100],
                                   rumus="bulanan"),
         "Konsistensi penyerapan terhadap RPD (rumus bulanan)",
         (S("konsistensi", "(1/n) Σ min(RA_i / RPD_i, 1) × 100 over months with RPD_i > 0",
            (("month 1 ratio", F(1, 2)), ("month 2 ratio", 1), ("month 3 ratio", 1)),
            (F(1, 2) + 1 + 1) / 3 * 100, note="[OPEN]"),),
         "83,33", ("PMK 214/PMK.02/2017", "not retrieved"),
         source="reference §4 (konsistensi candidates [OPEN])"),
    _eka_case("pmk-22-2021", "PMK 22/PMK.02/2021"),
    _eka_case("pmk-214-2017", "PMK 214/PMK.02/2017"),
    Case("NKA PKPA 60/40, seed", "nka",
         lambda: sakip.nka(eka="97.29", ikpa="91.95"),
         "Nilai kinerja anggaran (NKA, pkpa-se-8-mk1-2020)",
         (S("nilai komposit", f"{COMPOSITE} = (60×eka + 40×ikpa) / 100",
            (("eka (bobot 60)", F(9729, 100)), ("ikpa (bobot 40)", F(9195, 100))),
            F(6, 10) * F(9729, 100) + F(4, 10) * F(9195, 100), cites="SE-8/MK.1/2020",
            note=NO_ROUNDING),),
         "95,15", ("SE-8/MK.1/2020",), source="reference §4 (97,29 and 91,95 → 95,15)"),
    Case("NKA of a computed EKA: the source's derivation first", "nka",
         lambda: sakip.nka(eka=sakip.eka(capaian_ro=100, penyerapan="99.65",
                                         nilai_efisiensi="90.73", konsistensi=95),
                           ikpa="91.95"),
         "Nilai kinerja anggaran (NKA, pkpa-se-8-mk1-2020)",
         (S("eka: nilai komposit", _weighted("eka", EKA_PARTS, "100.0")[0],
            _weighted("eka", EKA_PARTS, "100.0")[1], _weighted("eka", EKA_PARTS, "100.0")[2],
            cites="PMK 22/PMK.02/2021", note=NO_ROUNDING),
          S("nilai komposit", f"{COMPOSITE} = (60×eka + 40×ikpa) / 100",
            (("eka (bobot 60)", _weighted("eka", EKA_PARTS, "100.0")[2]),
             ("ikpa (bobot 40)", F(9195, 100))),
            F(6, 10) * _weighted("eka", EKA_PARTS, "100.0")[2] + F(4, 10) * F(9195, 100),
            cites="SE-8/MK.1/2020", note=NO_ROUNDING)),
         "94,62", ("SE-8/MK.1/2020",),
         source="reference §4 (EKA weights, then NKA = 60 % EKA + 40 % IKPA)"),
    Case("weighted composite", "weighted_score",
         lambda: sakip.weighted_score({"a": (80, 60), "b": (90, 40)}),
         "Nilai komposit tertimbang (weighted composite)",
         (S("nilai komposit", f"{COMPOSITE} = (60×a + 40×b) / 100",
            (("a (bobot 60)", 80), ("b (bobot 40)", 90)), 84, note=NO_ROUNDING),),
         "84,00", source="reference §4 (a general weighted composite)"),
    Case("normalised composite", "normalised_score",
         lambda: sakip.normalised_score({"a": (90, 100, 50), "b": (80, 80, 50)}),
         "Nilai komposit ternormalisasi (normalised weighted composite)",
         (S("X a", "(nilai / target) × bobot", (("nilai", 90), ("target", 100), ("bobot", 50)),
            F(90, 100) * 50),
          S("X b", "(nilai / target) × bobot", (("nilai", 80), ("target", 80), ("bobot", 50)),
            50),
          S("nilai komposit ternormalisasi", "X a + X b", (), F(90, 100) * 50 + 50,
            note="no term is rounded before summing")),
         "95,00", source="reference §9 (NKA = X1 + X2, Xi = NXi ÷ target × Wi)"),
    Case("nilai kinerja anggaran K/L", "nilai_kinerja_anggaran",
         lambda: sakip.nilai_kinerja_anggaran(pengelolaan_anggaran="95.5",
                                              indikator_kinerja_anggaran=85),
         "Nilai kinerja anggaran K/L (pmk-2-pmk02-2021)",
         (S("nilai komposit",
            f"{COMPOSITE} = (60×pengelolaan_anggaran + 40×indikator_kinerja_anggaran) / 100",
            (("pengelolaan_anggaran (bobot 60)", F(955, 10)),
             ("indikator_kinerja_anggaran (bobot 40)", 85)),
            F(6, 10) * F(955, 10) + F(4, 10) * 85, cites="PMK 2/PMK.02/2021",
            note=NO_ROUNDING),),
         "91,30", ("PMK 2/PMK.02/2021",), notes=("kategori 'Sangat Baik' (pmk-2-pmk02-2021",),
         source="reference §9 (60 % / 40 %; sangat baik > 90)"),
]

# ------------------------------------------------------------------ §2, §10 evaluasi AKIP, LKE

AKIP_88 = "PermenPANRB 88/2021"
#: §10: weights of the sub-components (20/30/50 % of each component's weight).
LKE_BOBOT: dict[str, Expected] = {"1.a": 6, "1.b": 9, "1.c": 15, "2.a": 6, "2.b": 9, "2.c": 15,
             "3.a": 3, "3.b": F(9, 2), "3.c": F(15, 2), "4.a": 5, "4.b": F(15, 2),
             "4.c": F(25, 2)}
#: §10: the AA…E scale of the Tabel Pengisian Nilai.
AA_E = {"AA": 100, "A": 90, "B": 70}
#: §10 worked example (a hospital's LKE application): one grade per sub-component.
LKE_GRADES = dict(zip(LKE_BOBOT, ["A", "A", "B", "AA", "A", "A", "A", "A", "A", "AA", "A", "A"],
                      strict=True))
LKE_KOMPONEN = (("perencanaan", "1", 30), ("pengukuran", "2", 30), ("pelaporan", "3", 15),
                ("evaluasi_internal", "4", 25))


def _lke_steps() -> tuple[S, ...]:
    steps: list[S] = []
    value = {code: F(bobot) * AA_E[LKE_GRADES[code]] / 100 for code, bobot in LKE_BOBOT.items()}
    for code, bobot in LKE_BOBOT.items():
        grade = LKE_GRADES[code]
        steps.append(S(f"persen {code}", f"skala aa-e: {grade} = {AA_E[grade]} %",
                       (("jawaban", grade),), AA_E[grade]))
        steps.append(S(code, "bobot × persen / 100",
                       (("bobot", bobot), ("metode", "nilai-tunggal"), ("n", 1),
                        ("Σ", AA_E[grade])), value[code],
                       note="one grade per sub-component: bobot × persen / 100"))
    for name, number, _ in LKE_KOMPONEN:
        codes = [f"{number}.{x}" for x in "abc"]
        steps.append(S(name, " + ".join(codes), tuple((c, value[c]) for c in codes),
                       sum((value[c] for c in codes), F(0)), cites=AKIP_88))
    steps.append(S("nilai", "perencanaan + pengukuran + pelaporan + evaluasi_internal",
                   tuple((f"{name} (max {top})", sum(
                       (value[f"{number}.{x}"] for x in "abc"), F(0)))
                         for name, number, top in LKE_KOMPONEN),
                   sum(value.values(), F(0)), cites=AKIP_88))
    return tuple(steps)


PREDIKAT_CASES = [
    Case("evaluasi AKIP 88/2021", "evaluasi_akip",
         lambda: sakip.evaluasi_akip(perencanaan="24.5", pengukuran=27, pelaporan=13,
                                     evaluasi_internal=20),
         "Nilai evaluasi AKIP (permenpanrb-88-2021) → predikat A",
         (S("nilai", "perencanaan + pengukuran + pelaporan + evaluasi_internal",
            (("perencanaan (max 30)", F(49, 2)), ("pengukuran (max 30)", 27),
             ("pelaporan (max 15)", 13), ("evaluasi_internal (max 25)", 20)),
            F(49, 2) + 27 + 13 + 20, cites=AKIP_88),),
         "84,50", (AKIP_88,), notes=("predikat A (memuaskan)",),
         source="reference §2 (components 30/30/15/25; > 80 – 90 → A)"),
    Case("evaluasi AKIP 12/2015", "evaluasi_akip",
         lambda: sakip.evaluasi_akip(perencanaan=24, pengukuran=20, pelaporan=12,
                                     evaluasi_internal=8, capaian_kinerja=15,
                                     aturan="permenpanrb-12-2015"),
         "Nilai evaluasi AKIP (permenpanrb-12-2015) → predikat BB",
         (S("nilai",
            "perencanaan + pengukuran + pelaporan + evaluasi_internal + capaian_kinerja",
            (("perencanaan (max 30)", 24), ("pengukuran (max 25)", 20),
             ("pelaporan (max 15)", 12), ("evaluasi_internal (max 10)", 8),
             ("capaian_kinerja (max 20)", 15)), 79, cites="PermenPANRB 12/2015"),),
         "79,00", ("PermenPANRB 12/2015",), notes=("predikat BB (sangat baik)",),
         source="reference §2 (12/2015: 30/25/15/10/20; > 70 – 80 → BB)"),
    Case("LKE worksheet, hospital worked example", "lke",
         lambda: sakip.lke(LKE_GRADES),
         "Nilai evaluasi AKIP from the LKE (permenpanrb-88-2021) → predikat A",
         _lke_steps(), "88,10", (AKIP_88,),
         notes=("predikat A (memuaskan)", "predikat AA needs 1,91 more points",
                "skala aa-e: PermenPANRB 88/2021", "kerangka logis keberadaan: "),
         source="reference §10 worked example (nilai 88,10 → A)"),
]

# ------------------------------------------------------------------ §5, §11 IKPA

PER5_2024 = "PER-5/PB/2024"
IKPA_SCORES = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
               "belanja_kontraktual": None, "penyelesaian_tagihan": 100,
               "pengelolaan_up_tup": 100, "capaian_output": 80}
IKPA_PARTS = (("revisi_dipa", 10, 100), ("deviasi_halaman_iii_dipa", 15, 100),
              ("penyerapan_anggaran", 20, 100), ("penyelesaian_tagihan", 10, 100),
              ("pengelolaan_up_tup", 10, 100), ("capaian_output", 25, 80))
_IKPA_FORMULA, _IKPA_INPUTS, _IKPA_VALUE = _weighted("ikpa", IKPA_PARTS, "90")


IKPA_CASES = [
    Case("IKPA 2024, konversi bobot, dispensasi deduction", "ikpa",
         lambda: sakip.ikpa(IKPA_SCORES, tahun=2024, dispensasi_spm="0.25"),
         "Nilai IKPA (per-5-pb-2024)",
         (S("nilai komposit", _IKPA_FORMULA, _IKPA_INPUTS, _IKPA_VALUE, cites=PER5_2024,
            note=NO_ROUNDING),
          S("nilai IKPA", "nilai komposit − potongan dispensasi SPM",
            (("nilai komposit", _IKPA_VALUE), ("potongan dispensasi SPM", F(1, 4))),
            _IKPA_VALUE - F(1, 4), cites=PER5_2024,
            note="the deduction in points as given")),
         "94,19", (PER5_2024,),
         notes=("kategori 'Baik' (PER-5/PB/2022 and PER-5/PB/2024",
                "konversi bobot: not assessed belanja_kontraktual"),
         source="reference §5 (weights of PER-5/PB/2024; konversi bobot; 89 ≤ nilai < 95 Baik)"),
    Case("IKPA capaian output, December, Formula 2", "ikpa_capaian_output",
         lambda: sakip.ikpa_capaian_output(
             [sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")],
             ketepatan_waktu=100, bulan=12, tahun=2024),
         "Nilai indikator capaian output (bulan 12, TA 2024)",
         (S("RO 5634.QDC.011", "Formula 2: min(RVRO / volume × 100, 100)",
            (("RVRO", 2), ("volume", 4)), 50),
          S("capaian RO", "Σ nilai RO / n", (("n", 1),), 50),
          S("nilai capaian output", "(30 × ketepatan waktu + 70 × capaian RO) / 100",
            (("ketepatan waktu", 100), ("capaian RO", 50)), F(30 * 100 + 70 * 50, 100),
            cites=PER5_2024)),
         "65,00", (PER5_2024,), source="reference §11 worked (RVRO 2 of 4 → 65,00)"),
    Case("IKPA revisi DIPA per semester", "ikpa_revisi_dipa",
         lambda: sakip.ikpa_revisi_dipa(semester_i=1, semester_ii=3),
         "Nilai indikator revisi DIPA",
         (S("semester 1", "≤ 1 → 110; ≤ 2 → 100; more → 50", (("revisi dihitung", 1),), 110),
          S("semester 2", "≤ 1 → 110; ≤ 2 → 100; more → 50", (("revisi dihitung", 3),), 50),
          S("nilai revisi DIPA", "Σ bobot × nilai / Σ bobot = (50×semester 1 + 50×semester 2)"
            " / 100", (("semester 1 (bobot 50)", 110), ("semester 2 (bobot 50)", 50)),
            F(110 + 50, 2), cites=PER5_2024)),
         "80,00", (PER5_2024,), notes=("scores above 100 (0–1 revisions) may be capped",),
         source="reference §11 (0–1 → 110, ≥ 3 → 50; 50 % + 50 %)"),
    Case("IKPA belanja kontraktual", "ikpa_belanja_kontraktual",
         lambda: sakip.ikpa_belanja_kontraktual(
             tahun=2024, distribusi_tw2="60", kontrak_dini=[datetime.date(2023, 12, 20)],
             akselerasi_53=(1, 2)),
         "Nilai indikator belanja kontraktual (TA 2024)",
         (S("distribusi akselerasi", "bucket of the share contracted by TW II: > 75 % → 100; "
            "> 50 % → 80; > 25 % → 60; > 0 % → 50; 0 → 0", (("kontrak s.d. TW II %", 60),), 80),
          S("kontrak dini", "mean over contracts: before 2024-01-01 → 120; to 2024-03-31 → "
            "110; later → nilai_kontrak_lain [OPEN]", (("kontrak 2023-12-20", 120),), 120,
            note="the mean over contracts is an assumption [OPEN]"),
          S("akselerasi kontrak belanja modal (53)", "selesai / jumlah × 100",
            (("kontrak Rp 50–200 juta selesai s.d. 31 Maret", 1), ("jumlah kontrak", 2)), 50,
            note="the share of eligible contracts is an assumption [OPEN]"),
          S("nilai belanja kontraktual", "Σ bobot × nilai / Σ bobot = (20×distribusi_akselerasi"
            " + 40×kontrak_dini + 40×akselerasi_53) / 100",
            (("distribusi_akselerasi (bobot 20)", 80), ("kontrak_dini (bobot 40)", 120),
             ("akselerasi_53 (bobot 40)", 50)), F(20 * 80 + 40 * 120 + 40 * 50, 100),
            cites=PER5_2024)),
         "84,00", (PER5_2024,),
         source="reference §11 (20/40/40; 50,01–75 % → 80; pra-DIPA → 120)"),
    Case("IKPA pengelolaan UP/TUP with KKP", "ikpa_pengelolaan_up_tup",
         lambda: sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=100, gup_disebulankan=100,
                                               setoran_tup=None, up_kkp=1000,
                                               realisasi_kkp=[120, 500]),
         "Nilai indikator pengelolaan UP/TUP",
         (S("nilai UP/TUP tunai", "Σ bobot × nilai / Σ bobot = (50×ketepatan_waktu + "
            "25×gup_disebulankan) / 75",
            (("ketepatan_waktu (bobot 50)", 100), ("gup_disebulankan (bobot 25)", 100)), 100,
            cites=PER5_2024, note="not applicable, re-weighted: setoran_tup"),
          S("KKP triwulan 1", "110 if realisasi KKP ≥ 1 % × 12 × UP KKP else 100",
            (("realisasi KKP kumulatif", 120), ("target", F(1, 100) * 12 * 1000)), 110),
          S("KKP triwulan 2", "110 if realisasi KKP ≥ 5 % × 12 × UP KKP else 100",
            (("realisasi KKP kumulatif", 500), ("target", F(5, 100) * 12 * 1000)), 100),
          S("nilai KKP", "(Σ nilai triwulan) / n", (("n", 2),), F(110 + 100, 2)),
          S("nilai pengelolaan UP/TUP", "Σ bobot × nilai / Σ bobot = (90×tunai + 10×kkp) / 100",
            (("tunai (bobot 90)", 100), ("kkp (bobot 10)", 105)), F(90 * 100 + 10 * 105, 100),
            cites=PER5_2024)),
         "100,50", (PER5_2024,),
         source="reference §11 (tunai 90 % + KKP 10 %; TW I 1 %, TW II 5 %)"),
    Case("IKPA penyelesaian tagihan", "ikpa_penyelesaian_tagihan",
         lambda: sakip.ikpa_penyelesaian_tagihan(tepat_waktu=9, jumlah=12),
         "Nilai indikator penyelesaian tagihan",
         (S("nilai penyelesaian tagihan", "SPM-LS tepat waktu / seluruh SPM-LS × 100",
            (("tepat waktu (≤ 17 hari kerja)", 9), ("seluruh SPM-LS kontraktual", 12)),
            _pct(9, 12), cites=PER5_2024),),
         "75,00", (PER5_2024,), source="reference §11 (on time ÷ all × 100)"),
]

# ------------------------------------------------------------------ §9 the field's conventions

CONVENTION_CASES = [
    Case("efisiensi kinerja rasio, BPKP SS 2 input SDM", "efisiensi_kinerja",
         lambda: sakip.efisiensi_kinerja(capaian_output="106.93", capaian_input="95.16",
                                         rumus="rasio", input="SDM"),
         "Efisiensi (rumus rasio) (input SDM)",
         (S("efisiensi input SDM", "capaian output / capaian input × 100",
            (("capaian output (%)", F(10693, 100)), ("capaian input (%)", F(9516, 100))),
            _pct(F(10693, 100), F(9516, 100)), cites="Convention of ministries' LKj"),),
         "112,37", ("Convention of ministries' LKj", "BPKP, Laporan Kinerja 2021"),
         notes=("convention 'rasio' [CONV]",),
         source="reference §9 rasio (SS 2: 106,93 / 95,16 → 112,37)"),
    Case("efisiensi kinerja indeks, PRKOM 2021", "efisiensi_kinerja",
         lambda: sakip.efisiensi_kinerja(capaian_output="100", capaian_input="99.21",
                                         rumus="indeks"),
         "Efisiensi (rumus indeks)",
         (S("IE (indeks efisiensi)", "capaian output / capaian input (an index; SE = 1, "
            "TE = IE − SE)", (("capaian output (%)", 100), ("capaian input (%)", F(9921, 100))),
            F(100) / F(9921, 100), cites="Convention of Badan POM units' LKj"),),
         "1,008", ("Convention of Badan POM units' LKj", "PRKOM Badan POM, LKj 2021",
                   "BBPOM di Yogyakarta, LKj 2020"),
         notes=("convention 'indeks' [CONV]", "SE = 1; TE = IE − SE = 0.00796290696",
                "kategori 'Efisien' (prkom-bpom-2021"),
         places=3, source="reference §9 indeks (IE 1,008, TE 0,008, Efisien)"),
    Case("efisiensi kinerja selisih", "efisiensi_kinerja",
         lambda: sakip.efisiensi_kinerja(capaian_output="80", capaian_input="95",
                                         rumus="selisih"),
         "Efisiensi (rumus selisih)",
         (S("efisiensi", "capaian output − capaian input (realisasi anggaran, %)",
            (("capaian output (%)", 80), ("realisasi anggaran (%)", 95)), -15,
            cites="Convention of regional LKjIP"),),
         "-15,00", ("Convention of regional LKjIP",), notes=("convention 'selisih' [CONV]",),
         source="reference §9 selisih (negative values printed as they are)"),
    Case("rasio efisiensi APBD", "rasio_efisiensi",
         lambda: sakip.rasio_efisiensi(realisasi=90, anggaran=100), "Rasio efisiensi belanja",
         (S("rasio efisiensi", "realisasi belanja / anggaran belanja × 100",
            (("realisasi belanja", 90), ("anggaran belanja", 100)), 90,
            cites="Kepmendagri 690.900.327/1996", note="lower is more efficient"),),
         "90,00", ("Kepmendagri 690.900.327/1996",),
         notes=("kategori 'Kurang Efisien' (kepmendagri-690-900-327-1996",),
         source="reference §9 rasio efisiensi (90–100 kurang efisien)"),
    Case("rerata unweighted", "rerata",
         lambda: sakip.rerata(["91.2", "88.4"]), "Rerata",
         (S("rerata", "(1/n) Σ xᵢ", (("x1", F(912, 10)), ("x2", F(884, 10))),
            (F(912, 10) + F(884, 10)) / 2, cites="Convention of regional LKj"),),
         "89,80", ("Convention of regional LKj",), source="reference §9 rerata"),
    Case("rerata pagu-weighted", "rerata",
         lambda: sakip.rerata(["100", "50"], pagu=[300, 100]), "Rerata tertimbang pagu",
         (S("tertimbang-pagu", "Σ Pᵢ × xᵢ / Σ Pᵢ", (("x1 (P 300)", 100), ("x2 (P 100)", 50)),
            F(300 * 100 + 100 * 50, 400), cites="Pagu-weighted mean"),),
         "87,50", ("Pagu-weighted mean", "PMK 214/PMK.02/2017"),
         source="reference §9 rerata (the pagu-weighted ratio)"),
]

# ------------------------------------------------------------------ §13 indices and components

IKM_REF = "PermenPANRB 14/2017"
#: §13 worked example: unsur totals of 29 respondents.
IKM_TOTALS = (105, 101, 100, 116, 102, 105, 106, 105, 115)
IKM_UNSUR = ("persyaratan", "sistem, mekanisme, dan prosedur", "waktu penyelesaian",
             "biaya/tarif", "produk spesifikasi jenis pelayanan", "kompetensi pelaksana",
             "perilaku pelaksana", "sarana dan prasarana",
             "penanganan pengaduan, saran dan masukan")
_NRR = tuple(F(total, 29) for total in IKM_TOTALS)

IPM_UHH, IPM_HLS, IPM_RLS, IPM_P = F(7255, 100), F(1286, 100), F(1102, 100), 17707000
_I_KES = (IPM_UHH - 20) / (85 - 20)
_I_PEND = (IPM_HLS / 18 + IPM_RLS / 15) / 2
_I_PENG = (_ln(IPM_P) - _ln(1007436)) / (_ln(26572352) - _ln(1007436))

SPBE_REF = "PermenPANRB 59/2020"
SPBE_PARTS = (("kebijakan_internal", "13", F(312, 100)), ("tata_kelola", "25", F(280, 100)),
              ("manajemen", "16.5", F(205, 100)), ("layanan", "45.5", F(341, 100)))
_SPBE_FORMULA, _SPBE_INPUTS, _SPBE_VALUE = _weighted("spbe", SPBE_PARTS, "100.0")

PEMDI_REF = "PermenPANRB 8/2026"
#: §13: PermenPANRB 8/2026, aspects and their indicators' weights.
PEMDI_ASPEK = (("tata_kelola_dan_manajemen", {1: 5, 2: 5}), ("penyelenggara", {3: 5, 4: 5}),
               ("data", {5: 5, 6: 3, 7: 3, 8: 4}), ("keamanan", {9: 4, 10: 4, 11: 3, 12: 4}),
               ("teknologi", {13: 5, 14: 5}),
               ("keterpaduan_layanan", {15: 4, 16: 4, 17: 4, 18: 3}),
               ("kepuasan_pengguna", {19: 10, 20: 15}))
PEMDI_LEVEL = dict.fromkeys(range(1, 19), 3) | {19: 4, 20: 4}


def _pemdi_steps() -> tuple[S, ...]:
    steps = []
    everything: list[tuple[str, Expected, Expected]] = []
    for aspek, weights in PEMDI_ASPEK:
        parts = tuple((f"indikator_{n}", w, PEMDI_LEVEL[n]) for n, w in weights.items())
        everything.extend(parts)
        formula, inputs, value = _weighted(aspek, parts, str(sum(weights.values())))
        steps.append(S(f"indeks aspek {aspek}", formula, inputs, value, note=NO_ROUNDING))
    formula, inputs, value = _weighted("pemdi", tuple(everything), "100")
    steps.append(S("indeks (permenpanrb-8-2026)", formula, inputs, value, cites=PEMDI_REF,
                   note="from the unrounded inputs"))
    return tuple(steps)


IKI_REF = "PermenPANRB 8/2021"
IKI_TITLE = "Nilai capaian IKI (permenpanrb-8-2021)"


def _iki(label: str, formula: str, capaian: int, value: Expected, printed: str,
         **kw: Any) -> Case:
    return Case(f"nilai capaian IKI {label}", "nilai_capaian_iki",
                lambda: sakip.nilai_capaian_iki(capaian=capaian, **kw), IKI_TITLE,
                (S(f"nilai capaian IKI ({label})", formula, (("capaian", capaian),), value,
                   cites=IKI_REF),),
                printed, (IKI_REF,), source="reference §13 nilai capaian IKI")


INDEX_CASES = [
    Case("IKM 1/9, worked example of 29 respondents", "ikm",
         lambda: sakip.ikm(nilai_unsur=IKM_TOTALS, responden=29),
         "Indeks Kepuasan Masyarakat (IKM, permenpanrb-14-2017, bobot 1/9)",
         (*(S(f"NRR {unsur}", "Σ jawaban ÷ responden", (("Σ jawaban", total),
                                                         ("responden", 29)), nrr)
            for unsur, total, nrr in zip(IKM_UNSUR, IKM_TOTALS, _NRR, strict=True)),
          S("IKM", "Σ NRR × 1/9 = Σ NRR ÷ n", (("Σ NRR", sum(_NRR, F(0))), ("n (unsur)", 9)),
            sum(_NRR, F(0)) / 9, cites=IKM_REF)),
         "3,66", (IKM_REF,), notes=("mutu 'A' (Sangat Baik) on the konversi scale",),
         source="reference §13 IKM worked example (SKM × 25 = 91,48 → A)"),
    Case("IKM konversi (x 25), worked example of 29 respondents", "ikm",
         lambda: sakip.ikm(nilai_unsur=IKM_TOTALS, responden=29).konversi,
         "IKM konversi (25–100)",
         (*(S(f"ikm: NRR {unsur}", "Σ jawaban ÷ responden", (("Σ jawaban", total),
                                                              ("responden", 29)), nrr)
            for unsur, total, nrr in zip(IKM_UNSUR, IKM_TOTALS, _NRR, strict=True)),
          S("ikm: IKM", "Σ NRR × 1/9 = Σ NRR ÷ n",
            (("Σ NRR", sum(_NRR, F(0))), ("n (unsur)", 9)), sum(_NRR, F(0)) / 9, cites=IKM_REF),
          S("IKM konversi", "IKM × 25", (("IKM", sum(_NRR, F(0)) / 9), ("konversi", 25)),
            F(955, 29 * 9) * 25, cites=IKM_REF)),
         "91,48", notes=("ikm: mutu 'A' (Sangat Baik) on the konversi scale",),
         source="reference §13 IKM worked example (955 ÷ (29 × 9) × 25 = 91,48)"),
    Case("IPM, DKI Jakarta 2017", "ipm",
         lambda: sakip.ipm(uhh="72.55", hls="12.86", rls="11.02", pengeluaran=17707000),
         "Indeks Pembangunan Manusia (IPM, bps-2014)",
         (S("I kesehatan", "(UHH − min) ÷ (max − min)",
            (("UHH", IPM_UHH), ("min", 20), ("max", 85)), _I_KES),
          S("I pendidikan", "(HLS ÷ 18 + RLS ÷ 15) ÷ 2",
            (("HLS", IPM_HLS), ("RLS", IPM_RLS), ("HLS max", 18), ("RLS max", 15)), _I_PEND),
          S("I pengeluaran", "(ln P − ln min) ÷ (ln max − ln min)",
            (("P (rupiah per kapita per tahun)", IPM_P), ("min", 1007436), ("max", 26572352)),
            _I_PENG, note="ln in an 80-digit context"),
          S("IPM", "(I kesehatan × I pendidikan × I pengeluaran)^(1/3) × 100",
            (("I kesehatan", _I_KES), ("I pendidikan", _I_PEND), ("I pengeluaran", _I_PENG)),
            _cbrt(_I_KES * _I_PEND * _I_PENG) * 100, cites="BPS, Indeks Pembangunan Manusia",
            note="cube root in an 80-digit context")),
         "80,06", ("BPS, Indeks Pembangunan Manusia", "since 2014"),
         notes=("status 'sangat tinggi'", "from the components as printed"),
         source="reference §13 IPM worked example (80,06, sangat tinggi)"),
    Case("indeks SPBE", "indeks_spbe",
         lambda: sakip.indeks_spbe(domain={"kebijakan_internal": "3.12", "tata_kelola": "2.80",
                                           "manajemen": "2.05", "layanan": "3.41"}),
         "Indeks SPBE (permenpanrb-59-2020)",
         (S("indeks (permenpanrb-59-2020)", _SPBE_FORMULA, _SPBE_INPUTS, _SPBE_VALUE,
            cites=SPBE_REF, note="from the unrounded inputs"),),
         "3,00", (SPBE_REF,), notes=("predikat 'Baik' (permenpanrb-59-2020",),
         source="reference §13 SPBE (13 / 25 / 16,5 / 45,5 %; Baik 2,6 – < 3,5)"),
    Case("indeks Pemdi 2026", "indeks_pemdi",
         lambda: sakip.indeks_pemdi(indikator=PEMDI_LEVEL),
         "Indeks Pemerintah Digital (permenpanrb-8-2026)", _pemdi_steps(), "3,25", (PEMDI_REF,),
         notes=("predikat 'Baik' (permenpanrb-8-2026",),
         source="reference §13 Pemdi (weights of PermenPANRB 8/2026; Baik 2,50 – < 3,50)"),
    _iki("Cukup", "70 + (89 − 70) ÷ (99 − 80) × (capaian − 80)", 98,
         70 + F(89 - 70, 99 - 80) * (98 - 80), "88,00"),
    _iki("Kurang", "50 + (69 − 50) ÷ (79 − 60) × (capaian − 60)", 70,
         50 + F(69 - 50, 79 - 60) * (70 - 60), "60,00"),
    _iki("Sangat Kurang", "0 + (49 − 0) ÷ (59 − 0) × (capaian − 0)", 59, F(59, 59) * 49,
         "49,00"),
    _iki("Sangat Baik", "capaian > 110 or 100 % of a maximum target → 120", 111, 120,
         "120,00"),
    _iki("Baik", "nilai_baik (caller's rule; row OPEN)", 100, 109, "109,00", nilai_baik=109),
    Case("nilai capaian IKI of a computed capaian, worked example 93 of 95", "nilai_capaian_iki",
         lambda: sakip.nilai_capaian_iki(capaian=sakip.capaian(target=95, realisasi=93)),
         IKI_TITLE,
         (S("capaian: capaian", "R / T × 100", (("T (target)", 95), ("R (realisasi)", 93)),
            _pct(93, 95)),
          S("nilai capaian IKI (Cukup)", "70 + (89 − 70) ÷ (99 − 80) × (capaian − 80)",
            (("capaian", _pct(93, 95)),), 70 + F(89 - 70, 99 - 80) * (_pct(93, 95) - 80),
            cites=IKI_REF)),
         "87,89", (IKI_REF,), source="reference §13 (target 95, realisasi 93 → capaian 98 %)"),
    Case("indikator komponen rasio", "indikator_komponen",
         lambda: sakip.indikator_komponen(pembilang=3, penyebut=135),
         "Indikator dari komponen (rasio)",
         (S("rasio", "pembilang ÷ penyebut × 100", (("pembilang", 3), ("penyebut", 135)),
            _pct(3, 135)),),
         "2,22", source="reference §13 (3 of 135 villages → 2,22 %)"),
    Case("indikator komponen rasio with a label", "indikator_komponen",
         lambda: sakip.indikator_komponen(pembilang=3, penyebut=135, label="persentase desa"),
         "Indikator dari komponen (rasio): persentase desa",
         (S("persentase desa", "pembilang ÷ penyebut × 100",
            (("pembilang", 3), ("penyebut", 135)), _pct(3, 135)),),
         "2,22", source="reference §13 (3 of 135 villages → 2,22 %), named as the report names it"),
    Case("indikator komponen of two results: each derived first", "indikator_komponen",
         lambda: sakip.indikator_komponen(pembilang=sakip.penyerapan(pagu=200, realisasi=150),
                                          penyebut=sakip.penyerapan(pagu=100, realisasi=80)),
         "Indikator dari komponen (rasio)",
         (S("pembilang: penyerapan", "RA / P × 100", (("P (pagu)", 200), ("RA (realisasi)", 150)),
            _pct(150, 200), note="sisa = P − RA = 50"),
          S("penyebut: penyerapan", "RA / P × 100", (("P (pagu)", 100), ("RA (realisasi)", 80)),
            _pct(80, 100), note="sisa = P − RA = 20"),
          S("rasio", "pembilang ÷ penyebut × 100", (("pembilang", 75), ("penyebut", 80)),
            F(75, 80) * 100)),
         "93,75", source="reference §3 (RA / P) and §13 (A ÷ B × 100)"),
    Case("indikator komponen sum with a result among the parts", "indikator_komponen",
         lambda: sakip.indikator_komponen(
             pembilang=[sakip.penyerapan(pagu=200, realisasi=150), 5], jenis="jumlah"),
         "Indikator dari komponen (jumlah)",
         (S("pembilang[0]: penyerapan", "RA / P × 100",
            (("P (pagu)", 200), ("RA (realisasi)", 150)), 75, note="sisa = P − RA = 50"),
          S("jumlah", "Σ pembilang", (("bagian 1", 75), ("bagian 2", 5)), 80)),
         "80,00", source="reference §3 (RA / P) and §13 (a sum of parts)"),
    Case("indikator komponen jumlah", "indikator_komponen",
         lambda: sakip.indikator_komponen(pembilang=[1, 2, 3], jenis="jumlah"),
         "Indikator dari komponen (jumlah)",
         (S("jumlah", "Σ pembilang", (("bagian 1", 1), ("bagian 2", 2), ("bagian 3", 3)), 6),),
         "6,00", source="reference §13 (a sum of parts)"),
    Case("indikator komponen penurunan", "indikator_komponen",
         lambda: sakip.indikator_komponen(pembilang=30, penyebut=40, jenis="penurunan"),
         "Indikator dari komponen (penurunan)",
         (S("penurunan", "(penyebut − pembilang) ÷ penyebut × 100",
            (("pembilang", 30), ("penyebut", 40)), F(40 - 30, 40) * 100),),
         "25,00", source="reference §13 ((baseline − current) ÷ baseline × 100)"),
]

CASES = [*CAPAIAN_CASES, *BUDGET_CASES, *PREDIKAT_CASES, *IKPA_CASES, *CONVENTION_CASES,
         *INDEX_CASES]


def _ids(cases: list[Any]) -> list[str]:
    return [case.id for case in cases]


def _explained(case: Case) -> tuple[Figure, Explanation]:
    figure = case.call()
    # The English text: the table pins today's words (the Indonesian ones: test_bahasa_explain)
    explanation = figure.explain(places=case.places, mode=case.mode)  # type: ignore[arg-type]
    return figure, explanation.in_bahasa("en")


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_explanation_follows_the_reference(case: Case) -> None:
    """Title, every step (name, formula, inputs, value), final value, printed form, citation."""
    figure, explanation = _explained(case)
    assert explanation.title == case.title
    assert len(explanation.steps) == len(case.steps), [s.name for s in explanation.steps]
    for number, (step, want) in enumerate(zip(explanation.steps, case.steps, strict=True), 1):
        where = f"step {number} ({want.name})"
        assert step.name == want.name, where
        assert step.formula == want.formula, where
        assert [label for label, _ in step.inputs] == [label for label, _ in want.inputs], where
        for (label, value), (_, expected) in zip(step.inputs, want.inputs, strict=True):
            assert _close(value, expected), (where, label, value, expected)
        assert _close(step.value, want.value), (where, step.value, want.value)
        assert _says(step.reference, want.cites), (where, step.reference)
        assert _says(step.note, want.note), (where, step.note)
    assert explanation.value == figure.value
    assert _close(explanation.value, case.steps[-1].value)
    assert explanation.printed == case.printed
    assert _says(explanation.reference, case.cites[0] if case.cites else "")
    for cite in case.cites:
        assert cite in explanation.reference, cite
    assert len(explanation.notes) == len(case.notes), explanation.notes
    for note, words in zip(explanation.notes, case.notes, strict=True):
        assert _says(note, words), (words, note)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_text_names_inputs_values_and_printed_figure(case: Case) -> None:
    """The text a working paper receives: title, each input as given, the printed result."""
    _, explanation = _explained(case)
    text = explanation.to_text()
    lines = text.splitlines()
    assert lines[0] == case.title
    for number, want in enumerate(case.steps, 1):
        assert f"  {number}. {want.name} = {want.formula}" in lines
    assert f"  printed: {case.printed} (" in text
    for cite in case.cites:
        assert f"  reference: {explanation.reference}" in lines and cite in text


#: Rule sets a result holds for another figure than itself, with that figure: not cited in
#: the result's own explanation, but in the explanation of the figure that uses them.
USED_ELSEWHERE = {("Efisiensi", "kategori_bands"): "Efisiensi.nilai (its NE, whose note names it)"}


def _rule_sets(value: object, seen: set[int]) -> Iterator[RuleSet]:
    """Every rule set a result holds, in its fields and in its sources' fields."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, RuleSet):
        yield value
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):  # type: ignore[arg-type]
            if (type(value).__name__, attribute.name) not in USED_ELSEWHERE:
                yield from _rule_sets(getattr(value, attribute.name), seen)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _rule_sets(item, seen)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_every_rule_set_used_is_cited(case: Case) -> None:
    """The citation of every rule set a result holds is printed in its explanation."""
    figure, explanation = _explained(case)
    text = explanation.to_text()
    rules = list(_rule_sets(figure, set()))
    for rule in rules:
        assert rule.citation in text, (rule.name, rule.citation)


def test_a_rule_set_used_elsewhere_is_cited_there() -> None:
    """The NE category table an Efisiensi holds is cited by the explanation of its NE."""
    e = sakip.efisiensi([_ro()], rumus="per-pagu")
    assert e.kategori_bands.citation in e.nilai.explain().to_text("en")
    assert RUJUKAN[e.kategori_bands.citation] in e.nilai.explain().to_text("id")


def _figure_functions() -> list[str]:
    names = []
    for name in sakip.__all__:
        obj = getattr(sakip, name)
        if inspect.isclass(obj) or not callable(obj) or name in {"reviu"}:
            continue
        try:
            returned = typing.get_type_hints(getattr(obj, "__wrapped__", obj)).get("return")
        except NameError:  # pragma: no cover - a hint that cannot be resolved
            continue
        if inspect.isclass(returned) and (issubclass(returned, Figure)
                                          or _holds_figures(returned)):
            names.append(name)
    return names


def _holds_figures(cls: type) -> bool:
    """Whether a result class has a field typed as a Figure (alone or in a union)."""
    if not attrs.has(cls):
        return False
    hints = typing.get_type_hints(cls)
    for attribute in attrs.fields(cls):
        for kind in typing.get_args(hints.get(attribute.name)) or (hints.get(attribute.name),):
            if inspect.isclass(kind) and issubclass(kind, Figure):
                return True
    return False


# ------------------------------------------------------------------ §12 Renja (language-neutral)
#
# These cases check only what does not depend on the language of the explanation
# (the explanations are being translated): the regulation cited, each input's
# column name and value as given, each step's formula in the form's column
# notation (its opening words), each value against a computation here, and the
# printed result.

RENJA_REF = "Permendagri 86/2017"


@dataclass(frozen=True)
class N:
    """One expected step of a language-neutral case: formula opening, inputs, value."""

    #: The opening of the step's formula, in the form's notation ("kolom 15 = …").
    formula: str
    #: ``(label opening, value as given)`` per input, in order.
    inputs: tuple[tuple[str, Expected], ...]
    value: Expected
    #: Words the step's reference must begin with ("" where the step cites nothing).
    cites: str = RENJA_REF
    #: The name of the sub-explanation the step comes from ("kolom 13"): the step's name
    #: begins with it and ": " ("" where the step is the figure's own).
    source: str = ""
    #: Whether the step carries a note (its words are not checked: they are being translated).
    noted: bool = False


@dataclass(frozen=True)
class NeutralCase:
    """A call of a public formula and the language-neutral content of its explanation."""

    id: str
    function: str
    #: Returns the figure (a field of the result, typed with its NotComputable alternative).
    call: Callable[[], Any]
    steps: tuple[N, ...]
    printed: str
    #: Words the explanation's reference must begin with: the regulation with its year.
    cites: str
    #: Language-neutral words each note must begin or end with (names, numbers), in order.
    notes: tuple[str, ...] = ()
    #: Language-neutral words the title must end with ("" where not checked).
    title_end: str = ""
    #: Words the title must begin with, where it is the form's own term ("" where not checked).
    title_start: str = ""
    source: str = field(default="", compare=False)


#: §12 worked example, K: TW I–IV 2; 0,8; 1,2; 0 (col 13: 4), col 7: 3, col 6: 3, col 8: 4.
RENJA_K = ((1, 2), (2, F(8, 10)), (3, F(12, 10)), (4, 0))
#: §12 worked example, Rp: TW I–IV and col 7, col 6, col 8.
RENJA_RP = ((1, 8416000), (2, 12490000), (3, 2688000), (4, 25427000))
RENJA_RP_LALU, RENJA_RP_RENSTRA, RENJA_RP_TARGET = 73848000, 85102670, 73945400


def _tw(quarters: tuple[tuple[int, Expected], ...]) -> tuple[tuple[str, Expected], ...]:
    return tuple((f"TW {q}", v) for q, v in quarters)


def _kolom_13(quarters: tuple[tuple[int, Expected], ...]) -> N:
    return N("kolom 13 = Σ TW (9 + 10 + 11 + 12)", _tw(quarters),
             sum((F(v) for _, v in quarters), F(0)))


def _kolom_14(lalu: Expected, tahun_ini: Expected) -> N:
    return N("kolom 14 = kolom 7 + kolom 13", (("kolom 7", lalu), ("kolom 13", tahun_ini)),
             F(lalu) + F(tahun_ini))


def _from(source: str, step: N) -> N:
    """``step`` as a step of the sub-explanation ``source`` (its name begins with it)."""
    return dataclasses.replace(step, source=source)


def _kolom_15_sources(kolom_13: N, kolom_14: N) -> tuple[N, N]:
    """The steps a kolom 15 shows first: kolom 14's own derivation, with its kolom 13."""
    return _from("kolom 14: kolom 13", kolom_13), _from("kolom 14", kolom_14)


def _renja_k() -> Any:
    return sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                realisasi_triwulan=[2, "0.8", "1.2", 0])


def _renja_rp() -> Any:
    return sakip.evaluasi_renja(target_renstra=RENJA_RP_RENSTRA,
                                realisasi_renstra_lalu=RENJA_RP_LALU, target=RENJA_RP_TARGET,
                                realisasi_triwulan=[v for _, v in RENJA_RP])


_RP_13 = sum(F(v) for _, v in RENJA_RP)
_RP_14 = F(RENJA_RP_LALU) + _RP_13

RENJA_CASES = [
    NeutralCase("renja kolom 13, K flow, worked example", "evaluasi_renja",
                lambda: _renja_k().realisasi, (_kolom_13(RENJA_K),), "4,00", RENJA_REF,
                title_start="Realisasi Renja tahun berjalan",
                source="reference §12 worked example (col 13: 4 K)"),
    NeutralCase("renja kolom 14, K flow, worked example", "evaluasi_renja",
                lambda: _renja_k().realisasi_renstra,
                (_from("kolom 13", _kolom_13(RENJA_K)), _kolom_14(3, 4)), "7,00", RENJA_REF,
                title_start="Realisasi Renstra s.d. tahun berjalan",
                source="reference §12 worked example (col 14: 7 K)"),
    NeutralCase("renja kolom 15, K flow, worked example", "evaluasi_renja",
                lambda: _renja_k().capaian_renstra,
                (*_kolom_15_sources(_kolom_13(RENJA_K), _kolom_14(3, 4)),
                 N("kolom 15 = kolom 14 ÷ kolom 6 × 100", (("kolom 6", 3), ("kolom 14", 7)),
                   _pct(7, 3))),
                "233,33", RENJA_REF, title_start="Tingkat capaian Renstra",
                source="reference §12 worked example (col 15: 233,33 K)"),
    NeutralCase("renja kolom 15, Rp, worked example", "evaluasi_renja",
                lambda: _renja_rp().capaian_renstra,
                (*_kolom_15_sources(_kolom_13(RENJA_RP), _kolom_14(RENJA_RP_LALU, _RP_13)),
                 N("kolom 15 = kolom 14 ÷ kolom 6 × 100",
                   (("kolom 6", RENJA_RP_RENSTRA), ("kolom 14", _RP_14)),
                   _pct(_RP_14, RENJA_RP_RENSTRA))),
                "144,38", RENJA_REF,
                source="reference §12 worked example (col 13: Rp 49.021.000; col 14: "
                "Rp 122.869.000; col 15: 144,38 Rp)"),
    NeutralCase("renja capaian of the year, K, worked example", "evaluasi_renja",
                lambda: _renja_k().capaian,
                (_from("kolom 13", _kolom_13(RENJA_K)),
                 N("kolom 13 ÷ kolom 8 × 100", (("kolom 8", 4), ("kolom 13", 4)), 100)),
                "100,00", RENJA_REF,
                source="reference §12 (the year's capaian LKjIP authors add: 4 of 4)"),
    NeutralCase("renja capaian of the year, Rp, worked example", "evaluasi_renja",
                lambda: _renja_rp().capaian,
                (_from("kolom 13", _kolom_13(RENJA_RP)),
                 N("kolom 13 ÷ kolom 8 × 100", (("kolom 8", RENJA_RP_TARGET), ("kolom 13", _RP_13)),
                   _pct(_RP_13, RENJA_RP_TARGET))),
                "66,29", RENJA_REF,
                source="reference §12 worked example (Rp 49.021.000 of 73.945.400)"),
    NeutralCase("renja quarters as cumulative fractions, worked example", "evaluasi_renja",
                lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                             fraksi_triwulan=["0.5", "0.7", "1.0", "1.0"]
                                             ).capaian_renstra,
                (*_kolom_15_sources(_kolom_13(((1, F(5, 10) * 4), (2, F(7, 10) * 4 - 2),
                                                (3, F(10, 10) * 4 - F(28, 10)), (4, 0))),
                                    _kolom_14(3, 4)),
                 N("kolom 15 = kolom 14 ÷ kolom 6 × 100", (("kolom 6", 3), ("kolom 14", 7)),
                   _pct(7, 3))),
                "233,33", RENJA_REF,
                source="reference §12 (fractions 0,5 / 0,7 / 1,0 / 1,0 of 4 → 2; 0,8; 1,2; 0)"),
    NeutralCase("renja stock: the last reported quarter, kolom 7 blank", "evaluasi_renja",
                lambda: sakip.evaluasi_renja(target_renstra=100, realisasi_renstra_lalu=None,
                                             target=100, realisasi_triwulan=[90, 95, None, None],
                                             agregasi="stock").capaian_renstra,
                (*_kolom_15_sources(
                    N("kolom 13 = TW 2", (("TW 1", 90), ("TW 2", 95), ("TW 3", "-"),
                                          ("TW 4", "-")), 95),
                    N("kolom 14 = ", (("kolom 7", "-"), ("kolom 13", 95)), 95)),
                 N("kolom 15 = kolom 14 ÷ kolom 6 × 100", (("kolom 6", 100), ("kolom 14", 95)),
                   95)),
                "95,00", RENJA_REF,
                source="reference §12 (stock: the year's realisasi is the last value; years "
                "do not add up)"),
    NeutralCase("renja flow, a TW II evaluation (two quarters)", "evaluasi_renja",
                lambda: sakip.evaluasi_renja(target_renstra=200, realisasi_renstra_lalu=80,
                                             target=120, realisasi_triwulan=[10, 20]).capaian,
                (_from("kolom 13", N("kolom 13 = Σ TW (9 + 10 + 11 + 12)",
                                     (("TW 1", 10), ("TW 2", 20)), 30)),
                 N("kolom 13 ÷ kolom 8 × 100", (("kolom 8", 120), ("kolom 13", 30)),
                   _pct(30, 120))),
                "25,00", RENJA_REF, title_start="Tingkat capaian tahun berjalan",
                source="reference §12 (col 13 = 9 + 10 + …, as reported)"),
    NeutralCase("renja stock, three quarters: kolom 13 is TW 3", "evaluasi_renja",
                lambda: sakip.evaluasi_renja(target_renstra=100, realisasi_renstra_lalu=80,
                                             target=100, realisasi_triwulan=[90, 95, 97, None],
                                             agregasi="stock").realisasi,
                (N("kolom 13 = TW 3", (("TW 1", 90), ("TW 2", 95), ("TW 3", 97), ("TW 4", "-")),
                   97),),
                "97,00", RENJA_REF, title_start="Realisasi Renja tahun berjalan",
                source="reference §12 (stock: the year's realisasi is the last reported value)"),
    NeutralCase("rekap renja: the unweighted mean of the rows", "rekap_renja",
                lambda: sakip.rekap_renja(capaian=["100", "80", "233.33"], pagu=[100, 100, 50],
                                          realisasi_anggaran=[90, 80, 50]).rata_rata,
                (N("(1/n) Σ xᵢ", (("x1", 100), ("x2", 80), ("x3", F(23333, 100))),
                   (100 + 80 + F(23333, 100)) / 3, cites="Convention of regional LKj"),),
                "137,78", "Convention of regional LKj",
                source="reference §12 (footer: the unweighted mean of the rows it names)"),
    NeutralCase("rekap renja: the pagu-weighted mean", "rekap_renja",
                lambda: sakip.rekap_renja(capaian=["100", "50"], pagu=[300, 100],
                                          realisasi_anggaran=[300, 50],
                                          rumus="tertimbang-pagu").rata_rata,
                (N("Σ Pᵢ × xᵢ / Σ Pᵢ", (("x1 (P 300)", 100), ("x2 (P 100)", 50)),
                   (F(300) * 100 + F(100) * 50) / 400, cites="Pagu-weighted mean"),),
                "87,50", "Pagu-weighted mean", source="reference §12 and §3 (Σ P × x ÷ Σ P)"),
    NeutralCase("rekap renja: sum of realisasi over sum of pagu of the same rows", "rekap_renja",
                lambda: sakip.rekap_renja(capaian=["100", "80", "233.33"], pagu=[100, 100, 50],
                                          realisasi_anggaran=[90, 80, 50]).anggaran,
                (N("RA / P × 100", (("P", 250), ("RA", 220)), _pct(220, 250), cites="",
                   noted=True),),
                "88,00", "PMK 214/PMK.02/2017",
                source="reference §12 (footer: Σ realisasi ÷ Σ pagu) and §3 (RA / P)"),
]



# ------------------------------------------------------------------ §13 IKM (language-neutral)


def _nrr_steps(totals: tuple[Expected, ...], counts: tuple[int, ...]) -> tuple[N, ...]:
    """Σ jawaban ÷ responden per unsur, computed here; NRR steps cite nothing."""
    return tuple(N("Σ jawaban ÷ responden", (("Σ jawaban", t), ("responden", c)), F(t) / c,
                   cites="") for t, c in zip(totals, counts, strict=True))


_IKM_SUM = sum(_NRR, F(0))
#: A mutu note ends with the labels on both scales (a dict of names).
_BOTH_A = "{'nilai': 'A', 'konversi': 'A'}"
#: Answers of two respondents; the second skipped no unsur, the first skipped unsur 3.
IKM_ANSWERS = ([4, 3, None, 4, 4, 4, 4, 4, 4], [3, 3, 4, 4, 4, 4, 4, 4, 4])
_ANSWER_TOTALS = (7, 6, 4, 8, 8, 8, 8, 8, 8)
_ANSWER_COUNTS = (2, 2, 1, 2, 2, 2, 2, 2, 2)

IKM_CASES = [
    NeutralCase("IKM printed weight 0,11, sample below Krejcie-Morgan", "ikm",
                lambda: sakip.ikm(nilai_unsur=IKM_TOTALS, responden=29, bobot="0,11",
                                  populasi=50),
                (*_nrr_steps(IKM_TOTALS, (29,) * 9),
                 N("Σ NRR × ", (("Σ NRR", _IKM_SUM), ("bobot (0,11)", F(11, 100))),
                   _IKM_SUM * F(11, 100), cites=IKM_REF, noted=True)),
                "3,62", IKM_REF, notes=("mutu 'A' (Sangat Baik)",
                                        "(Krejcie–Morgan, populasi 50)"),
                title_end="(IKM, permenpanrb-14-2017, bobot 0,11)",
                source="reference §13 (weights 0,1111 / 0,111 / 0,11 in practice; population "
                "50 → 44 respondents)"),
    NeutralCase("IKM printed weight 0,1111 on the nilai scale", "ikm",
                lambda: sakip.ikm(nilai_unsur=IKM_TOTALS, responden=29, bobot="0,1111",
                                  skala="nilai"),
                (*_nrr_steps(IKM_TOTALS, (29,) * 9),
                 N("Σ NRR × ", (("Σ NRR", _IKM_SUM), ("bobot (0,1111)", F(1111, 10000))),
                   _IKM_SUM * F(1111, 10000), cites=IKM_REF, noted=True)),
                "3,66", IKM_REF, notes=(_BOTH_A,),
                title_end="(IKM, permenpanrb-14-2017, bobot 0,1111)",
                source="reference §13 (the weight written as 0,1111)"),
    NeutralCase("IKM from answers, one unsur skipped by one respondent", "ikm",
                lambda: sakip.ikm(jawaban=IKM_ANSWERS),
                (*_nrr_steps(_ANSWER_TOTALS, _ANSWER_COUNTS),
                 N("Σ NRR × 1/9 = Σ NRR ÷ n",
                   (("Σ NRR", sum((F(t, c) for t, c in zip(_ANSWER_TOTALS, _ANSWER_COUNTS,
                                                           strict=True)), F(0))),
                    ("n (unsur)", 9)),
                   sum((F(t, c) for t, c in zip(_ANSWER_TOTALS, _ANSWER_COUNTS, strict=True)),
                       F(0)) / 9, cites=IKM_REF)),
                "3,83", IKM_REF, notes=(_BOTH_A,),
                title_end="(IKM, permenpanrb-14-2017, bobot 1/9)",
                source="reference §13 (NRR = Σ answers ÷ respondents who answered the unsur)"),
    NeutralCase("IKM 2004, fourteen unsur", "ikm",
                lambda: sakip.ikm(nilai_unsur=[100] * 14, responden=29,
                                  aturan="kepmenpan-25-2004"),
                (*_nrr_steps((100,) * 14, (29,) * 14),
                 N("Σ NRR × 1/14 = Σ NRR ÷ n", (("Σ NRR", F(1400, 29)), ("n (unsur)", 14)),
                   F(100, 29), cites="KEP/25/M.PAN/2/2004")),
                "3,45", "KEP/25/M.PAN/2/2004", notes=(_BOTH_A,),
                title_end="(IKM, kepmenpan-25-2004, bobot 1/14)",
                source="reference §13 (KEP/25/M.PAN/2/2004: 14 unsur, weight 1/14; NI "
                "3,26–4,00 → A)"),
    NeutralCase("IKM in a gap of the printed bands, celah tolak", "ikm",
                lambda: sakip.ikm(nilai_unsur=[12999] * 9, responden=5000, celah="tolak",
                                  skala="nilai"),
                (*_nrr_steps((12999,) * 9, (5000,) * 9),
                 N("Σ NRR × 1/9 = Σ NRR ÷ n", (("Σ NRR", F(12999 * 9, 5000)), ("n (unsur)", 9)),
                   F(12999, 5000), cites=IKM_REF)),
                "2,60", IKM_REF, notes=("'tolak'",),
                source="reference §13 (NI 2,5998 lies between 2,5996 (D) and 2,60 (C): no mutu "
                "under a policy that refuses the gaps)"),
]

NEUTRAL_CASES = [*RENJA_CASES, *IKM_CASES]


@pytest.mark.parametrize("case", NEUTRAL_CASES, ids=_ids(NEUTRAL_CASES))
def test_neutral_explanation_follows_the_reference(case: NeutralCase) -> None:
    """Each step's formula (opening), inputs as given, value; the printed result; the
    regulation cited -- nothing that a translation of the explanation would change."""
    figure = case.call()
    assert isinstance(figure, Figure), figure
    explanation = figure.explain()
    assert len(explanation.steps) == len(case.steps), [s.formula for s in explanation.steps]
    for number, (step, want) in enumerate(zip(explanation.steps, case.steps, strict=True), 1):
        where = f"step {number} ({want.formula})"
        assert step.formula.startswith(want.formula), (where, step.formula)
        assert len(step.inputs) == len(want.inputs), (where, step.inputs)
        for (label, value), (opening, expected) in zip(step.inputs, want.inputs, strict=True):
            assert label.startswith(opening), (where, label, opening)
            assert _close(value, expected), (where, label, value, expected)
        assert _close(step.value, want.value), (where, step.value, want.value)
        assert step.reference.startswith(want.cites) if want.cites else not step.reference, (
            where, step.reference)
        assert step.name.startswith(f"{want.source}: ") if want.source else ":" not in (
            step.name), (where, step.name)
        assert bool(step.note) == want.noted, (where, step.note)
    assert explanation.value == figure.value
    assert _close(explanation.value, case.steps[-1].value)
    assert explanation.printed == case.printed
    assert explanation.reference.startswith(case.cites), explanation.reference
    assert case.printed in explanation.to_text("id")
    text = explanation.to_text("en")  # the stored texts' values are the English ones
    assert case.printed in text and explanation.reference in text
    for rule in _rule_sets(figure, set()):
        assert rule.citation in text, (rule.name, rule.citation)
    assert len(explanation.notes) == len(case.notes), explanation.notes
    for note, words in zip(explanation.notes, case.notes, strict=True):
        assert _says(note, words), (words, note)
    assert explanation.title.endswith(case.title_end), explanation.title
    assert explanation.title.startswith(case.title_start), explanation.title


def test_every_public_formula_has_an_explanation_case() -> None:
    """Each function of sakip.__all__ that returns a Figure, or a result holding figures
    (``evaluasi_renja``), has at least one case above."""
    functions = _figure_functions()
    assert len(functions) >= 32
    assert {"evaluasi_renja", "rekap_renja"} <= set(functions)
    cased = {case.function for case in CASES} | {case.function for case in NEUTRAL_CASES}
    missing = sorted(set(functions) - cased)
    assert not missing, missing


# ------------------------------------------------------------------ every rule set is cited

_IKPA_ALL = {name: dict.fromkeys(sakip.ikpa_rule_for(year).names, 100)
             for name, year in (("per-4-pb-2021", 2021), ("per-5-pb-2022", 2022),
                                ("per-5-pb-2024", 2024))}

#: Calls whose explanation must cite a rule set no case above uses, by (kind, name).
CITED_BY: dict[tuple[str, str], Callable[[], Figure]] = {
    ("efisiensi", "pmk-249-2011"): lambda: sakip.efisiensi(
        [sakip.RincianOutput(kode="5634.SCI.010", pagu=1000, realisasi=900, realisasi_volume=9,
                             target_volume=10)], rumus="pmk-249-2011"),
    ("komposit-ternormalisasi", "iku-kejaksaan-2025-2029"): lambda: sakip.normalised_score(
        {"perencanaan": (90, 100), "pelaksanaan": (80, 80)}, aturan="iku-kejaksaan-2025-2029"),
    ("ikpa", "per-4-pb-2021"): lambda: sakip.ikpa(_IKPA_ALL["per-4-pb-2021"],
                                                  aturan="per-4-pb-2021"),
    ("ikpa", "per-5-pb-2022"): lambda: sakip.ikpa(_IKPA_ALL["per-5-pb-2022"],
                                                  aturan="per-5-pb-2022"),
    ("ikpa-penyesuaian", "ta-2026-ro-khusus"): lambda: sakip.ikpa(_IKPA_ALL["per-5-pb-2024"],
                                                                  tahun=2026),
    ("ikpa-penyesuaian", "ta-2026-pagu-minus-blokir"): lambda: sakip.ikpa(
        _IKPA_ALL["per-5-pb-2024"], tahun=2026),
    ("ikpa-penyesuaian", "ta-2025-efisiensi"): lambda: sakip.ikpa(
        _IKPA_ALL["per-5-pb-2024"], tahun=2025, triwulan=1, opsi=["ta-2025-efisiensi"]),
    ("kategori-indeks-efisiensi", "bbpom-yogyakarta-2020"): lambda: sakip.efisiensi_kinerja(
        capaian_output="100", capaian_input="99.21", rumus="indeks",
        kategori="bbpom-yogyakarta-2020"),
    ("kategori-rasio-efisiensi", "kepmendagri-690-900-327-1996-batas-atas"):
        lambda: sakip.rasio_efisiensi(realisasi=90, anggaran=100,
                                      kategori="kepmendagri-690-900-327-1996-batas-atas"),
    ("lke-skala", "y-t"): lambda: sakip.lke({code: ["Y"] for code in sakip.lke_codes()},
                                            skala="y-t"),
    ("lke-skala", "a-e"): lambda: sakip.lke({code: ["A"] for code in sakip.lke_codes()},
                                            skala="a-e"),
    ("lke-skala", "a-d"): lambda: sakip.lke({code: ["A"] for code in sakip.lke_codes()},
                                            skala="a-d"),
    ("lke-kerangka-logis", "tanpa"): lambda: sakip.lke(
        {code: ["A"] for code in sakip.lke_codes()}, kerangka_logis="tanpa"),
    ("lke-lembar-kerja", "permenpanrb-12-2015"): lambda: sakip.lke(
        dict.fromkeys(sakip.lke_codes("permenpanrb-12-2015"), "A"), aturan="permenpanrb-12-2015"),
    ("target-penyerapan", "per-5-pb-2024"): lambda: _penyerapan_triwulan(),
    ("ikpa-deviasi", "per-5-pb-2024"): lambda: _deviasi("per-5-pb-2024"),
    ("ikpa-deviasi", "per-5-pb-2022"): lambda: _deviasi("per-5-pb-2022"),
    ("ikpa-revisi-dipa", "per-5-pb-2022"): lambda: sakip.ikpa_revisi_dipa(
        triwulan=[1, 0, 2, 0], aturan="per-5-pb-2022"),
    ("maturitas-spip", "bpkp-5-2021"): lambda: sakip.capaian(target="Level 3",
                                                             realisasi="Level 4"),
}


def _ikm_2004(table: str, celah: str) -> Callable[[], Figure]:
    return lambda: sakip.ikm(nilai_unsur=[100] * 14, responden=29, aturan="kepmenpan-25-2004",
                             celah=celah, skala=table)  # type: ignore[arg-type]


for _table in ("nilai", "konversi"):
    for _gap in ("bawah", "atas"):
        CITED_BY[("mutu-ikm", f"kepmenpan-25-2004-{_table}-{_gap}")] = _ikm_2004(_table, _gap)
CITED_BY[("ikm", "kepmenpan-25-2004")] = CITED_BY[("mutu-ikm", "kepmenpan-25-2004-nilai-bawah")]


def _deviasi(aturan: str) -> Figure:
    from sakip.ikpa import deviasi_halaman_iii_dipa

    plan = {"52": [100] * 12}
    return deviasi_halaman_iii_dipa(rpd=plan, realisasi=plan, pagu={"52": 1}, aturan=aturan)


def _penyerapan_triwulan() -> Figure:
    from sakip.ikpa import penyerapan_triwulan

    return penyerapan_triwulan(pagu={"52": 100}, realisasi={"52": [20]})


#: Rule sets no explanation cites, and why.
NOT_IN_AN_EXPLANATION = {
    ("dispensasi-spm", "per-5-pb-2024"): "potongan_dispensasi_spm returns a number of points, "
    "not a figure; ikpa takes the deduction as given and says so",
    ("dispensasi-spm", "paparan-djpb-2024"): "as per-5-pb-2024",
    ("ikpa-capaian-output", "per-5-pb-2022"): "holds only the reporting deadline "
    "(batas_lapor_capaian_output returns a date): no formula to explain",
    **{("tingkat-capaian", rule.name): "tingkat_capaian returns a reading (TingkatCapaian: "
       "nilai, label, aturan), not a figure with an explanation; its row names the rule set "
       "(test_tingkat_capaian_names_its_table)"
       for rule in TINGKAT_CAPAIAN_RULES.values()},
}


@pytest.mark.parametrize("key", sorted(TINGKAT_CAPAIAN_RULES))
def test_tingkat_capaian_names_its_table(key: tuple[str, str]) -> None:
    """A five-band reading holds and names the table read, whose citation gives the source."""
    label, celah = key
    reading = sakip.tingkat_capaian(nilai="90.5", label=label,  # type: ignore[arg-type]
                                    celah=celah)  # type: ignore[arg-type]
    table = TINGKAT_CAPAIAN_RULES[key]
    assert reading.aturan == table and reading.to_row()["aturan"] == table.name
    assert table.citation.startswith("Five-band table printed beside the Permendagri 86/2017")
    assert reading.label == table.label(Decimal("90.5"))


def _registered() -> list[tuple[str, Any]]:
    return list(sakip.rules.all_rule_sets())


@pytest.mark.parametrize(("kind", "rule"), _registered(),
                         ids=[f"{kind}:{rule.name}" for kind, rule in _registered()])
def test_every_registered_rule_set_is_cited_where_used(kind: str, rule: RuleSet) -> None:
    """A rule set's citation is printed by an explanation that uses it (or the reason why not)."""
    key = (kind, rule.name)
    if key in NOT_IN_AN_EXPLANATION:
        assert key not in CITED_BY
        return
    if key in CITED_BY:
        explanation = CITED_BY[key]().explain()
        assert rule.citation in explanation.to_text("en")
        assert RUJUKAN[rule.citation] in explanation.to_text("id")  # in Bahasa Indonesia
        return
    assert any(rule.citation in e.to_text("en") and RUJUKAN[rule.citation] in e.to_text("id")
               for e in _EXPLANATIONS.values()), key


_EXPLANATIONS = {case.id: case.call().explain() for case in CASES} | {
    case.id: case.call().explain() for case in NEUTRAL_CASES}
