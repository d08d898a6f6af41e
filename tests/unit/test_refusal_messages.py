"""Every refusal says what it must: the field (or place), what was expected, what was received.

``test_refusals.py`` checks that negative inputs are refused and which argument is named;
this module pins the *message* of a refusal of every public function of ``sakip.__all__``
that takes input (a test discovers them and fails when one has no case) and of every
field and section of the report file (walked from ``sakip.lkj.SPEC``, so a new section
is covered when it is added):

* the error's type and ``field``, exactly;
* ``expected``: what the regulation or the format requires, written here from the
  reference (the limit, the choices, the unit), compared anchored at its start, so a
  message with words added around it fails;
* ``received``: the value as the caller wrote it (the same object, or for a report file
  the value as written in the file), and the message ending in it;
* the message composed of the three: ``field: expected …; received …``.
"""

from __future__ import annotations

import copy
import inspect
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip import lkj
from sakip._rules import find_typed
from sakip.eka import eka_rule_for
from sakip.errors import SakipError, shown
from sakip.ikpa import deviasi_halaman_iii_dipa, potongan_dispensasi_spm
from sakip.indeks_kepuasan import IKMRule
from sakip.nka import NKARule
from sakip.numbers import round_value
from sakip.pemerintah_digital import InstrumenIndeks, Rentang
from sakip.predikat import PredikatBands

FLOAT_HINT = "Decimal, int, str or a sakip result (convert a float with Decimal(str(x)))"
PYTHON_NOTATION = "a number in Python notation (ASCII digits) such as '95.15'"


@dataclass(frozen=True)
class Refusal:
    """A call that must be refused, and what its error must say."""

    id: str
    function: str
    call: Callable[[], object]
    error: type[SakipError]
    field: str
    #: The start of ``expected`` (for a sakip.NotComputableError: of the reason).
    expected: str
    #: The value as the caller wrote it (unused for sakip.NotComputableError).
    received: Any = None


def _ro(**kw: Any) -> sakip.RincianOutput:
    base: dict[str, Any] = {"kode": "5634.SCI.010", "pagu": 1000, "realisasi": 900,
                            "capaian": 100}
    return sakip.RincianOutput(**(base | kw))


_CO = [sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")]
_PLAN = {"52": [100] * 12}
_INSTRUMEN: dict[str, Any] = {"name": "x", "citation": "c", "years": (2020, None),
                              "confidence": "CONV", "weights": (("a", 60), ("b", 40)),
                              "nama": (("a", "A"), ("b", "B"))}
_E = sakip.efisiensi([sakip.RincianOutput(kode="5634.SCI.010", pagu=1000, realisasi=900,
                                          capaian=100)])

#: Reference §13 IKM worked example: unsur totals of 29 respondents.
_IKM_TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]
_IKM_RULE: dict[str, Any] = {"name": "x", "citation": "c", "years": (2017, None),
                             "confidence": "CONV", "unsur": ("U1",), "bobot_konvensi": (),
                             "konversi": 25, "jawaban_min": 1, "jawaban_max": 4,
                             "kinerja": (("A", "Sangat Baik"),)}

_WS = {"a": (80, 60), "b": (90, 40)}
_PEMDI = dict.fromkeys(range(1, 21), 3)
_PEMDI_ASPEK = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
                "keterpaduan_layanan", "kepuasan_pengguna")
_BANDS_88 = find_typed("predikat", "permenpanrb-88-2021", PredikatBands)

REFUSALS = [
    Refusal("capaian float", "capaian",
            lambda: sakip.capaian(target=1176.0, realisasi=1189),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "target", FLOAT_HINT, 1176.0),
    Refusal("capaian Indonesian text", "capaian",
            lambda: sakip.capaian(target="1,5", realisasi=1), sakip.InvalidValueError, "target",
            PYTHON_NOTATION + " (read Indonesian text such as '95,15' with sakip.parse_id)",
            "1,5"),
    Refusal("capaian polarisasi", "capaian",
            lambda: sakip.capaian(target=1, realisasi=1, polarisasi="maximise"),
            sakip.InvalidValueError, "polarisasi", "one of 'maximize', 'minimize', 'stabilize'",
            "maximise"),
    Refusal("capaian floor above cap", "capaian",
            lambda: sakip.capaian(target=1, realisasi=1, cap=50, floor=60), sakip.InvalidValueError,
            "floor", "floor <= cap (50)", 60),
    Refusal("capaian zero target", "capaian", lambda: sakip.capaian(target=0, realisasi=5),
            sakip.NotComputableError, "target", "target is zero: R / T is undefined under "
            "polarisasi 'maximize'"),
    Refusal(
        "capaian a predikat against a number",
        "capaian",
        lambda: sakip.capaian(target="BB", realisasi=5),
        sakip.InvalidValueError,
        "realisasi",
        "a predikat on both sides (target 'BB', realisasi 'A') or an SPIP level on both sides "
        "('Level 3', 'Level 4')",
        5,
    ),
    Refusal(
        "capaian predikat minimize",
        "capaian",
        lambda: sakip.capaian(target="BB", realisasi="A", polarisasi="minimize"),
        sakip.InvalidValueError,
        "polarisasi",
        "'maximize' for predikat and level targets",
        "minimize",
    ),
    Refusal(
        "capaian stabilize of one number",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=5, polarisasi="stabilize"),
        sakip.InvalidTypeError,
        "target",
        "a (low, high) pair for polarisasi 'stabilize'",
        5,
    ),
    Refusal(
        "capaian stabilize upper bound",
        "capaian",
        lambda: sakip.capaian(target=(1, "x2"), realisasi=5, polarisasi="stabilize"),
        sakip.InvalidValueError,
        "target",
        PYTHON_NOTATION,
        "x2",
    ),
    Refusal(
        "capaian stabilize range order",
        "capaian",
        lambda: sakip.capaian(target=(5, 1), realisasi=5, polarisasi="stabilize"),
        sakip.InvalidValueError,
        "target",
        "low <= high",
        (5, 1),
    ),
    Refusal(
        "capaian stabilize realisasi",
        "capaian",
        lambda: sakip.capaian(target=(1, 5), realisasi="x3", polarisasi="stabilize"),
        sakip.InvalidValueError,
        "realisasi",
        PYTHON_NOTATION,
        "x3",
    ),
    Refusal(
        "capaian a range without stabilize",
        "capaian",
        lambda: sakip.capaian(target=(1, 5), realisasi=3),
        sakip.InvalidTypeError,
        "target",
        "a single number (a range needs polarisasi 'stabilize')",
        (1, 5),
    ),
    Refusal(
        "capaian negative target",
        "capaian",
        lambda: sakip.capaian(target=-5, realisasi=3),
        sakip.InvalidValueError,
        "target",
        "a target >= 0 (against a negative target R / T and (2T − R) / T rank a worse realisasi "
        "higher; no formula is published for it)",
        -5,
    ),
    Refusal(
        "capaian T/R of a negative realisasi",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=-3, polarisasi="minimize", rumus_minimize="t/r"),
        sakip.InvalidValueError,
        "realisasi",
        "a realisasi > 0 under T / R (a negative R turns the ratio's sign: the lower R, the lower "
        "T / R, against minimize)",
        -3,
    ),
    Refusal(
        "capaian T/R of a zero realisasi",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=0, polarisasi="minimize", rumus_minimize="t/r"),
        sakip.NotComputableError,
        "realisasi",
        "realisasi is zero: T / R is undefined",
    ),
    Refusal(
        "capaian minimize of a zero target",
        "capaian",
        lambda: sakip.capaian(target=0, realisasi=3, polarisasi="minimize"),
        sakip.NotComputableError,
        "target",
        "target is zero: (2T − R) / T is undefined under polarisasi 'minimize'",
    ),
    Refusal(
        "capaian rumus_minimize",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=3, rumus_minimize="x"),  # type: ignore[arg-type]
        sakip.InvalidValueError,
        "rumus_minimize",
        "'2t-r' or 't/r'",
        "x",
    ),
    Refusal(
        "capaian blank realisasi",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=None),
        sakip.NotComputableError,
        "realisasi",
        "realisasi is blank (not reported); a blank is not zero and has no capaian",
    ),
    Refusal(
        "capaian cap as text",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=3, cap="x4"),
        sakip.InvalidValueError,
        "cap",
        PYTHON_NOTATION,
        "x4",
    ),
    Refusal(
        "capaian floor as text",
        "capaian",
        lambda: sakip.capaian(target=5, realisasi=3, floor="x5"),
        sakip.InvalidValueError,
        "floor",
        PYTHON_NOTATION,
        "x5",
    ),
    Refusal(
        "capaian a Level 0 target",
        "capaian",
        lambda: sakip.capaian(target="Level 0", realisasi="Level 3"),
        sakip.NotComputableError,
        "target",
        "a Level 0 (Belum Ada) target has rank 0: R / T is undefined",
    ),
    Refusal(
        "renstra polarisasi",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: 90}, realisasi={2020: 90}, polarisasi="x", kumulatif=False
        ),
        sakip.InvalidValueError,
        "polarisasi",
        "one of 'maximize', 'minimize', 'stabilize'",
        "x",
    ),
    Refusal(
        "renstra rumus_minimize",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: 90}, realisasi={2020: 90}, rumus_minimize="x", kumulatif=False  # type: ignore[arg-type]
        ),
        sakip.InvalidValueError,
        "rumus_minimize",
        "'2t-r' or 't/r'",
        "x",
    ),
    Refusal(
        "renstra stabilize cumulated",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: (1, 5)}, realisasi={2020: 3}, polarisasi="stabilize", kumulatif=True
        ),
        sakip.InvalidValueError,
        "kumulatif",
        "False under polarisasi 'stabilize' (a sum of ranges is not a range)",
        True,
    ),
    Refusal(
        "renstra no realisasi",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target={2020: 90}, realisasi={}, kumulatif=False),
        sakip.InvalidTypeError,
        "realisasi",
        "a non-empty mapping {year: value}",
        {},
    ),
    Refusal(
        "renstra predikat cumulated",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target={2020: "BB"}, realisasi={2020: "A"}, kumulatif=True),
        sakip.InvalidValueError,
        "kumulatif",
        "False for predikat indicators",
        True,
    ),
    Refusal(
        "renstra predikat minimize",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: "BB"}, realisasi={2020: "A"}, kumulatif=False, polarisasi="minimize"
        ),
        sakip.InvalidValueError,
        "polarisasi",
        "'maximize' for predikat targets",
        "minimize",
    ),
    Refusal(
        "renstra target not a mapping",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target=5, realisasi={2020: 3}, kumulatif=False),  # type: ignore[arg-type]
        sakip.InvalidTypeError,
        "target",
        "a non-empty mapping {year: value}",
        5,
    ),
    Refusal(
        "renstra year as text",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target={"2020": 5}, realisasi={2020: 3}, kumulatif=False),  # type: ignore[dict-item]
        sakip.InvalidTypeError,
        "target",
        "int years as keys",
        "2020",
    ),
    Refusal(
        "renstra stabilize of one number",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: 5}, realisasi={2020: 3}, kumulatif=False, polarisasi="stabilize"
        ),
        sakip.InvalidTypeError,
        "target[2020]",
        "a (low, high) range for polarisasi 'stabilize'",
        5,
    ),
    Refusal(
        "renstra stabilize negative bound",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: (-1, 5)}, realisasi={2020: 3}, kumulatif=False, polarisasi="stabilize"
        ),
        sakip.InvalidValueError,
        "target[2020]",
        "a number >= 0",
        -1,
    ),
    Refusal(
        "renstra stabilize range order",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: (5, 1)}, realisasi={2020: 3}, kumulatif=False, polarisasi="stabilize"
        ),
        sakip.InvalidValueError,
        "target[2020]",
        "low <= high",
        (5, 1),
    ),
    Refusal(
        "renstra agregasi and kumulatif",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(
            target={2020: 5}, realisasi={2020: 3}, agregasi="flow", kumulatif=True
        ),
        sakip.InvalidValueError,
        "kumulatif",
        "either agregasi= or kumulatif=, not both",
        True,
    ),
    Refusal(
        "renstra kumulatif as text",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target={2020: 5}, realisasi={2020: 3}, kumulatif="ya"),  # type: ignore[arg-type]
        sakip.InvalidTypeError,
        "kumulatif",
        "True (count) or False (level)",
        "ya",
    ),
    Refusal(
        "renstra agregasi not given",
        "capaian_renstra",
        lambda: sakip.capaian_renstra(target={2020: 5}, realisasi={2020: 3}),
        sakip.InvalidTypeError,
        "agregasi",
        "agregasi='flow' or 'stock' (or the older kumulatif=True / False); it is never inferred",
        None,
    ),
    Refusal("renstra realisasi year", "capaian_renstra",
            lambda: sakip.capaian_renstra(target={2020: 90, 2024: 92},
                                          realisasi={2023: "95.15"}, kumulatif=False),
            sakip.InvalidValueError, "realisasi", "years within the Renstra targets [2020, 2024]",
            2023),
    Refusal("percent change from zero", "percent_change",
            lambda: sakip.percent_change(old=0, new=5), sakip.NotComputableError, "old",
            "the earlier value is zero"),
    Refusal("penyerapan realisasi and sisa", "penyerapan",
            lambda: sakip.penyerapan(pagu=100, realisasi=50, sisa=50), sakip.InvalidValueError,
            "realisasi", "exactly one of realisasi and sisa", (50, 50)),
    Refusal("penyerapan negative sisa", "penyerapan",
            lambda: sakip.penyerapan(pagu=100, sisa="-5"), sakip.InvalidValueError, "sisa",
            "a number >= 0", "-5"),
    Refusal("penyerapan sisa above pagu", "penyerapan",
            lambda: sakip.penyerapan(pagu=100, sisa=150), sakip.InvalidValueError, "sisa",
            "sisa <= pagu (100)", 150),
    Refusal("group by", "group",
            lambda: sakip.group([_ro()], by="x"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "by", "'kegiatan', 'kro' or 'jenis_belanja'", "x"),
    Refusal("RO name", "efisiensi", lambda: _ro(nama=5), sakip.InvalidTypeError, "nama",
            "a str", 5),
    Refusal("RO one volume", "efisiensi", lambda: _ro(capaian=None, realisasi_volume=5),
            sakip.InvalidValueError, "target_volume", "both realisasi_volume and target_volume",
            (5, None)),
    Refusal("RO tipe", "efisiensi", lambda: _ro(tipe="x"), sakip.InvalidValueError, "tipe",
            "'statis' or 'dinamis'", "x"),
    Refusal("RO jenis belanja", "efisiensi", lambda: _ro(jenis_belanja="99"),
            sakip.InvalidValueError, "jenis_belanja", "one of 51, 52, 53, 57", "99"),
    Refusal("capaian output of a number", "capaian_output",
            lambda: sakip.capaian_output(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "items", "an iterable of outputs or (target, realisasi) "
            "pairs", 5),
    Refusal("capaian output of nothing", "capaian_output", lambda: sakip.capaian_output([]),
            sakip.NotComputableError, "items", "no outputs to aggregate"),
    Refusal("capaian output tipe", "capaian_output",
            lambda: sakip.capaian_output([(90, 100, "x")]),  # type: ignore[list-item]
            sakip.InvalidValueError, "item 1 tipe", "'statis' or 'dinamis'", "x"),
    Refusal("capaian output item", "capaian_output",
            lambda: sakip.capaian_output([5]),  # type: ignore[list-item]
            sakip.InvalidTypeError, "item 1", "a (realisasi, target[, tipe]) tuple, a "
            "RincianOutput or a CapaianOutput", 5),
    Refusal("efisiensi of a number", "efisiensi",
            lambda: sakip.efisiensi(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "outputs", "an iterable of RincianOutput", 5),
    Refusal("konsistensi of a zero plan", "konsistensi",
            lambda: sakip.konsistensi(realisasi=[1], rpd=[0]), sakip.NotComputableError, "rpd",
            "the RPD plan is zero in every month"),
    Refusal("konsistensi of a number", "konsistensi",
            lambda: sakip.konsistensi(realisasi=5, rpd=[1]),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "realisasi", "a sequence of monthly amounts", 5),
    Refusal("nilai efisiensi clip", "nilai_efisiensi",
            lambda: sakip.nilai_efisiensi(efisiensi=10, clip="ya"),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "clip", "True or False", "ya"),
    Refusal("penyerapan above pagu", "penyerapan",
            lambda: sakip.penyerapan(pagu=100, realisasi=150), sakip.InvalidValueError, "realisasi",
            "realisasi <= pagu (100)", 150),
    Refusal("penyerapan zero pagu", "penyerapan", lambda: sakip.penyerapan(pagu=0, realisasi=0),
            sakip.NotComputableError, "pagu", "pagu is zero: RA / P is undefined"),
    Refusal("efisiensi rumus", "efisiensi",
            lambda: sakip.efisiensi([_ro()], rumus="pmk-2017"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "rumus", "one of pmk-214-2017, per-pagu, pmk-249-2011",
            "pmk-2017"),
    Refusal("efisiensi no outputs", "efisiensi", lambda: sakip.efisiensi([]),
            sakip.NotComputableError, "outputs", "no outputs to compute efisiensi over"),
    Refusal("RO code", "efisiensi", lambda: _ro(kode="5634SCI"), sakip.InvalidValueError, "kode",
            "a Rincian Output code 'kegiatan.KRO.RO' such as '5634.QDC.011'", "5634SCI"),
    Refusal("nilai efisiensi bool", "nilai_efisiensi",
            lambda: sakip.nilai_efisiensi(True), sakip.InvalidTypeError,
            "efisiensi", FLOAT_HINT, True),
    Refusal("capaian output metode", "capaian_output",
            lambda: sakip.capaian_output([(1, 1)], metode="median"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "metode", "'geometric' or 'arithmetic'", "median"),
    Refusal("capaian output zero volume", "capaian_output",
            lambda: sakip.capaian_output([(1, 0)]), sakip.NotComputableError, "item 1 target",
            "target volume is zero"),
    Refusal("konsistensi months", "konsistensi",
            lambda: sakip.konsistensi(realisasi=[1, 2], rpd=[1]), sakip.InvalidValueError, "rpd",
            "2 months, as many as realisasi", 1),
    Refusal("konsistensi rumus", "konsistensi",
            lambda: sakip.konsistensi(realisasi=[1], rpd=[1], rumus="x"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "rumus", "'kumulatif' or 'bulanan'", "x"),
    Refusal("EKA score above 100", "eka",
            lambda: sakip.eka(capaian_ro=101, penyerapan=90, nilai_efisiensi=90,
                              konsistensi=90), sakip.InvalidValueError, "capaian_ro",
            "0 <= capaian_ro <= 100 (pmk-22-2021 weighs scores 0–100; a capaian output above "
            "100 % is capped by your rule before EKA: pass sakip.capaian_output(..., cap=100) or "
            "min(capaian, 100))", 101),
    Refusal("EKA rule set", "eka",
            lambda: sakip.eka(capaian_ro=90, penyerapan=90, nilai_efisiensi=90, konsistensi=90,
                              aturan="pmk-2099"), sakip.UnknownNameError, "aturan",
            "one of pmk-214-2017, pmk-22-2021 (eka rule sets)", "pmk-2099"),
    Refusal("EKA of the raw E", "eka",
            lambda: sakip.eka(capaian_ro=90, penyerapan=90, nilai_efisiensi=_E, konsistensi=90),
            sakip.InvalidTypeError, "nilai_efisiensi", "the nilai efisiensi (NE, 0–100): pass "
            "e.nilai or e.nilai.value, not the raw E", "_E"),
    Refusal("EKA rule set for a year", "eka_rule_for", lambda: eka_rule_for(2017),
            sakip.InvalidValueError, "tahun", "a fiscal year from 2018 (PMK 214/2017 on)", 2017),
    Refusal("NKA score above 100", "nka", lambda: sakip.nka(eka=90, ikpa="100.5"),
            sakip.InvalidValueError, "ikpa", "0 <= ikpa <= 100", "100.5"),
    Refusal("NKA rule set weights", "NKARule",
            lambda: NKARule(name="x", citation="c", years=(2020, None), confidence="CONV",
                            eka=Decimal(50), ikpa=Decimal(40)),
            sakip.InvalidValueError, "weights", "eka + ikpa = 100", "90"),
    Refusal("normalised nothing", "normalised_score", lambda: sakip.normalised_score({}),
            sakip.InvalidTypeError, "components",
            "a non-empty mapping {name: (nilai, target, bobot)}", {}),
    Refusal("weighted score weights", "weighted_score",
            lambda: sakip.weighted_score({"a": (80, 60), "b": (90, 30)}), sakip.InvalidValueError,
            "bobot", "weights summing to exactly 100", "90"),
    Refusal("normalised zero target", "normalised_score",
            lambda: sakip.normalised_score({"a": (90, 0, 100)}), sakip.InvalidValueError,
            "target a",
            "a target > 0", 0),
    Refusal("evaluasi AKIP above the component's weight", "evaluasi_akip",
            lambda: sakip.evaluasi_akip(perencanaan=31, pengukuran=20, pelaporan=10,
                                        evaluasi_internal=20),
            sakip.InvalidValueError, "perencanaan",
            "0 <= perencanaan <= 30 (bobot komponen LKE)", 31),
    Refusal("weighted score nothing", "weighted_score", lambda: sakip.weighted_score({}),
            sakip.InvalidTypeError, "components", "a non-empty mapping {name: (nilai, bobot)}",
            {}),
    Refusal("weighted score bounds", "weighted_score",
            lambda: sakip.weighted_score(_WS, bounds=5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "bounds", "a (low, high) pair", 5),
    Refusal("weighted score lower bound", "weighted_score",
            lambda: sakip.weighted_score(_WS, bounds=("x1", 100)), sakip.InvalidValueError,
            "bounds", PYTHON_NOTATION, "x1"),
    Refusal("weighted score upper bound", "weighted_score",
            lambda: sakip.weighted_score(_WS, bounds=(0, "x2")), sakip.InvalidValueError,
            "bounds", PYTHON_NOTATION, "x2"),
    Refusal("weighted score a triple", "weighted_score",
            lambda: sakip.weighted_score({"a": (80, 60, 1), "b": (90, 40)}),  # type: ignore[dict-item]
            sakip.InvalidTypeError, "a", "a (nilai, bobot) pair", (80, 60, 1)),
    Refusal("weighted score total weight", "weighted_score",
            lambda: sakip.weighted_score(_WS, total_weight="x3"), sakip.InvalidValueError,
            "total_weight", PYTHON_NOTATION, "x3"),
    Refusal("normalised score components of a rule set", "normalised_score",
            lambda: sakip.normalised_score({"perencanaan": (90, 100)},
                                           aturan="iku-kejaksaan-2025-2029"),
            sakip.InvalidValueError, "components",
            "the components of iku-kejaksaan-2025-2029: perencanaan, pelaksanaan",
            ["perencanaan"]),
    Refusal("normalised score a triple under a rule set", "normalised_score",
            lambda: sakip.normalised_score({"perencanaan": (90, 100, 5),
                                            "pelaksanaan": (80, 80)},
                                           aturan="iku-kejaksaan-2025-2029"),
            sakip.InvalidTypeError, "perencanaan", "a (nilai, target) pair (the bobot comes from "
            "iku-kejaksaan-2025-2029)", (90, 100, 5)),
    Refusal("normalised score a pair without a rule set", "normalised_score",
            lambda: sakip.normalised_score({"a": (90, 100), "b": (80, 80, 50)}),
            sakip.InvalidTypeError, "a", "a (nilai, target, bobot) triple", (90, 100)),
    Refusal("normalised score total weight", "normalised_score",
            lambda: sakip.normalised_score({"a": (90, 100, 50), "b": (80, 80, 50)},
                                           total_weight="x3"),
            sakip.InvalidValueError, "total_weight", PYTHON_NOTATION, "x3"),
    Refusal("normalised score weights", "normalised_score",
            lambda: sakip.normalised_score({"a": (90, 100, 50), "b": (80, 80, 40)}),
            sakip.InvalidValueError, "bobot", "weights summing to exactly 100", "90"),
    Refusal("evaluasi AKIP unknown component", "evaluasi_akip",
            lambda: sakip.evaluasi_akip(perencanaan=20, pengukuran=20, pelaporan=10,
                                        evaluasi_internal=15, x=1),
            sakip.UnknownNameError, "x", "components of permenpanrb-88-2021: perencanaan, "
            "pengukuran, pelaporan, evaluasi_internal", "x"),
    Refusal("evaluasi AKIP a component missing", "evaluasi_akip",
            lambda: sakip.evaluasi_akip(perencanaan=20), sakip.InvalidValueError,
            "pengukuran", "points for component 'pengukuran' (0–30)", "(missing)"),
    Refusal("predikat name", "Predikat", lambda: sakip.Predikat.from_name("Z"),
            sakip.UnknownNameError, "predikat", "one of AA, A, BB, B, CC, C, D", "Z"),
    Refusal("predikat band table nilai", "PredikatBands",
            lambda: _BANDS_88.predikat("x1"), sakip.InvalidValueError, "nilai",
            PYTHON_NOTATION, "x1"),
    Refusal("LKE unknown sub-component", "lke", lambda: sakip.lke({"9.z": "A"}),
            sakip.UnknownNameError, "9.z", "a sub-component of permenpanrb-88-2021: 1.a, 1.b, 1.c, "
            "2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c", "9.z"),
    Refusal("LKE unknown answer", "lke",
            lambda: sakip.lke(dict.fromkeys(sakip.lke_codes(), "Z")), sakip.UnknownNameError, "1.a",
            "an answer of skala aa-e: AA, A, BB, B, CC, C, D, E, or a percentage 0–100", "Z"),
    Refusal("IKPA unknown indicator", "ikpa",
            lambda: sakip.ikpa({"revisi": 100}, tahun=2024), sakip.UnknownNameError, "revisi",
            "an indicator of per-5-pb-2024: revisi_dipa, deviasi_halaman_iii_dipa, "
            "penyerapan_anggaran, belanja_kontraktual, penyelesaian_tagihan, "
            "pengelolaan_up_tup, capaian_output", "revisi"),
    Refusal("IKPA year before the rule sets", "ikpa",
            lambda: sakip.ikpa({"revisi_dipa": 100}, tahun=2019), sakip.InvalidValueError, "tahun",
            "a fiscal year from 2021 (PER-4/PB/2021 on)", 2019),
    Refusal("IKPA capaian output month", "ikpa_capaian_output",
            lambda: sakip.ikpa_capaian_output(_CO, ketepatan_waktu=100, bulan=13, tahun=2024),
            sakip.InvalidValueError, "bulan", "a month 1–12", 13),
    Refusal("IKPA revisi DIPA count", "ikpa_revisi_dipa",
            lambda: sakip.ikpa_revisi_dipa(semester_i=-1), sakip.InvalidValueError, "semester_i",
            "a count (int >= 0)", -1),
    Refusal("IKPA belanja kontraktual share", "ikpa_belanja_kontraktual",
            lambda: sakip.ikpa_belanja_kontraktual(tahun=2024, distribusi_tw2="101"),
            sakip.InvalidValueError, "distribusi_tw2", "0 <= distribusi_tw2 <= 100", "101"),
    Refusal("IKPA UP/TUP score", "ikpa_pengelolaan_up_tup",
            lambda: sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=101, gup_disebulankan=100,
                                                  setoran_tup=None),
            sakip.InvalidValueError, "ketepatan_waktu", "0 <= ketepatan_waktu <= 100", 101),
    Refusal("IKPA tagihan count", "ikpa_penyelesaian_tagihan",
            lambda: sakip.ikpa_penyelesaian_tagihan(tepat_waktu=13, jumlah=12),
            sakip.InvalidValueError, "tepat_waktu", "at most jumlah (12)", 13),
    Refusal("efisiensi kinerja rumus", "efisiensi_kinerja",
            lambda: sakip.efisiensi_kinerja(capaian_output=1, capaian_input=1,
                                            rumus="ratio"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "rumus", "one of rasio, indeks, selisih", "ratio"),
    Refusal("efisiensi kinerja zero input", "efisiensi_kinerja",
            lambda: sakip.efisiensi_kinerja(capaian_output=1, capaian_input=0, rumus="rasio"),
            sakip.NotComputableError, "capaian_input",
            "capaian input is zero: rumus 'rasio' divides by it"),
    Refusal("rasio efisiensi zero anggaran", "rasio_efisiensi",
            lambda: sakip.rasio_efisiensi(realisasi=1, anggaran=0), sakip.NotComputableError,
            "anggaran", "anggaran belanja is zero"),
    Refusal("rerata nothing", "rerata", lambda: sakip.rerata([]), sakip.NotComputableError, "nilai",
            "no values to average"),
    Refusal("rerata pagu count", "rerata", lambda: sakip.rerata([1, 2], pagu=[1]),
            sakip.InvalidValueError, "pagu", "2 amounts, one per value", 1),
    Refusal("nilai kinerja anggaran above 100", "nilai_kinerja_anggaran",
            lambda: sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=101,
                                                 indikator_kinerja_anggaran=90),
            sakip.InvalidValueError, "pengelolaan_anggaran", "0 <= pengelolaan_anggaran <= 100",
            101),
    Refusal("IKM respondents", "ikm", lambda: sakip.ikm(nilai_unsur=[1] * 9, responden=0),
            sakip.InvalidValueError, "responden", "a whole number of respondents >= 1", 0),
    Refusal("IKM unsur count", "ikm", lambda: sakip.ikm(nilai_unsur=[100] * 8, responden=29),
            sakip.InvalidValueError, "nilai_unsur", "9 totals, one per unsur (permenpanrb-14-2017)",
            [100] * 8),
    Refusal("IKM answer outside the scale", "ikm", lambda: sakip.ikm(jawaban=[[5] * 9]),
            sakip.InvalidValueError, "jawaban[0][0]",
            "a whole answer 1–4 (or None when the respondent skipped the unsur)", 5),
    Refusal("IKM answers not a list", "ikm", lambda: sakip.ikm(jawaban=5),  # type: ignore[arg-type]
            sakip.InvalidValueError, "jawaban", "a list of respondents' answers", 5),
    Refusal("IKM a respondent's answers", "ikm", lambda: sakip.ikm(jawaban=[[4] * 8]),
            sakip.InvalidValueError, "jawaban[0]", "9 answers (permenpanrb-14-2017)", [4] * 8),
    Refusal("IKM an unsur nobody answered", "ikm", lambda: sakip.ikm(jawaban=[[None] * 9]),
            sakip.InvalidValueError, "jawaban[*][0]", "at least one answer to unsur "
            "'persyaratan'", "(none)"),
    Refusal("IKM counts per unsur, one short", "ikm",
            lambda: sakip.ikm(nilai_unsur=_IKM_TOTALS, responden=[29] * 8),
            sakip.InvalidValueError, "responden", "9 counts, one per unsur", [29] * 8),
    Refusal("IKM an unsur total not a number", "ikm",
            lambda: sakip.ikm(nilai_unsur=[*_IKM_TOTALS[:8], "x1"], responden=29),
            sakip.InvalidValueError, "nilai_unsur[8]", PYTHON_NOTATION, "x1"),
    Refusal("IKM an unsur total above 4 x responden", "ikm",
            lambda: sakip.ikm(nilai_unsur=[*_IKM_TOTALS[:8], 200], responden=29),
            sakip.InvalidValueError, "nilai_unsur[8]", "a whole sum of 29 answers 1–4 (29–116)",
            200),
    Refusal("IKM weight", "ikm",
            lambda: sakip.ikm(nilai_unsur=_IKM_TOTALS, responden=29, bobot="0,1"),
            sakip.InvalidValueError, "bobot",
            "one of 1/9, 0,1111, 0,111, 0,11 (permenpanrb-14-2017)", "0,1"),
    Refusal("IKM gap policy", "ikm",
            lambda: sakip.ikm(nilai_unsur=_IKM_TOTALS, responden=29,
                              celah="tengah"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "celah", "'bawah', 'atas' or 'tolak'", "tengah"),
    Refusal("IKM scale", "ikm",
            lambda: sakip.ikm(nilai_unsur=_IKM_TOTALS, responden=29,
                              skala="nik"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "skala", "'konversi' or 'nilai'", "nik"),
    Refusal("IKM answers and totals", "ikm",
            lambda: sakip.ikm(jawaban=[[4] * 9], nilai_unsur=_IKM_TOTALS),
            sakip.InvalidValueError, "jawaban",
            "either jawaban or nilai_unsur with responden, not both", [[4] * 9]),
    Refusal("IKM totals without responden", "ikm",
            lambda: sakip.ikm(nilai_unsur=_IKM_TOTALS),
            sakip.InvalidValueError, "nilai_unsur", "nilai_unsur= and responden=, or jawaban=",
            (_IKM_TOTALS, None)),
    Refusal("IKM mutu of a value in a gap, celah tolak", "ikm",
            lambda: sakip.ikm(nilai_unsur=[12999] * 9, responden=5000, celah="tolak",
                              skala="nilai").mutu,
            sakip.InvalidValueError, "celah",
            "a value inside a printed band of permenpanrb-14-2017 (nilai), or celah='bawah' / "
            "'atas'", "2.5998"),
    Refusal("IKM rule table lower bound", "IKMRule",
            lambda: IKMRule(**_IKM_RULE, tabel_nilai=(("x1", "4", "A"),),
                            tabel_konversi=(("88", "100", "A"),)),
            sakip.InvalidValueError, "tabel", PYTHON_NOTATION, "x1"),
    Refusal("IKM rule table upper bound", "IKMRule",
            lambda: IKMRule(**_IKM_RULE, tabel_nilai=(("3", "x2", "A"),),
                            tabel_konversi=(("88", "100", "A"),)),
            sakip.InvalidValueError, "tabel", PYTHON_NOTATION, "x2"),
    Refusal("IPM outside the goalposts", "ipm",
            lambda: sakip.ipm(uhh=90, hls=12, rls=10, pengeluaran=10000000),
            sakip.InvalidValueError,
            "uhh", "20 <= uhh <= 85 (the goalposts)", 90),
    Refusal("IPM pengeluaran in thousands outside the goalposts", "ipm",
            lambda: sakip.ipm(uhh=70, hls=12, rls=10, pengeluaran_ribu=30000),
            sakip.InvalidValueError, "pengeluaran_ribu",
            "1007.436 <= pengeluaran_ribu <= 26572.352 (the goalposts)", 30000),
    Refusal("IPM pengeluaran in thousands not a number", "ipm",
            lambda: sakip.ipm(uhh=70, hls=12, rls=10, pengeluaran_ribu="x1"),
            sakip.InvalidValueError, "pengeluaran_ribu", PYTHON_NOTATION, "x1"),
    Refusal("IPM pengeluaran below the goalposts", "ipm",
            lambda: sakip.ipm(uhh=70, hls=12, rls=10, pengeluaran=1000),
            sakip.InvalidValueError, "pengeluaran",
            "1007436 <= pengeluaran <= 26572352 (the goalposts)", 1000),
    Refusal("IPM two pengeluaran", "ipm",
            lambda: sakip.ipm(uhh=70, hls=12, rls=10, pengeluaran=10000000,
                              pengeluaran_ribu=10000), sakip.InvalidValueError, "pengeluaran",
            "exactly one of pengeluaran (rupiah) and pengeluaran_ribu (thousands)",
            (10000000, 10000)),
    Refusal("SPBE unknown domain", "indeks_spbe",
            lambda: sakip.indeks_spbe(domain={"kebijakan": 3}), sakip.InvalidValueError,
            "domain[kebijakan]", "one of kebijakan_internal, tata_kelola, manajemen, layanan "
            "(permenpanrb-59-2020)", "kebijakan"),
    Refusal("SPBE level", "indeks_spbe",
            lambda: sakip.indeks_spbe(domain={"kebijakan_internal": 6, "tata_kelola": 3,
                                              "manajemen": 3, "layanan": 3}),
            sakip.InvalidValueError, "domain[kebijakan_internal]",
            "1 <= domain[kebijakan_internal] <= 5", 6),
    Refusal("Pemdi an SPBE instrument", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=_PEMDI, aturan="permenpanrb-59-2020"),
            sakip.InvalidValueError, "aturan", "a Pemdi instrument (indicator inputs; for SPBE "
            "call sakip.indeks_spbe)", "permenpanrb-59-2020"),
    Refusal("Pemdi indicators and aspects", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=_PEMDI, aspek={"data": 3}),
            sakip.InvalidValueError, "indikator", "exactly one of indikator= and aspek=", "both"),
    Refusal("Pemdi neither", "indeks_pemdi", lambda: sakip.indeks_pemdi(),
            sakip.InvalidValueError, "indikator", "exactly one of indikator= and aspek=", "none"),
    Refusal("Pemdi aspect level", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(aspek=dict.fromkeys(_PEMDI_ASPEK, 3)
                                       | {"tata_kelola_dan_manajemen": 6}),
            sakip.InvalidValueError, "aspek[tata_kelola_dan_manajemen]",
            "1 <= aspek[tata_kelola_dan_manajemen] <= 5", 6),
    Refusal("Pemdi indicator number as text", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator={**dict.fromkeys(range(1, 20), 3),
                                                  "20": 3}),  # type: ignore[dict-item]
            sakip.InvalidTypeError, "indikator['20']", "an indicator number (int)", "20"),
    Refusal("Pemdi an indicator missing", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=dict.fromkeys(range(1, 20), 3)),
            sakip.InvalidValueError, "indikator", "every indikator of permenpanrb-8-2026; "
            "missing 20", list(range(1, 20))),
    Refusal("Pemdi indicators awaiting their national systems", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=_PEMDI | {11: sakip.Menunggu(sumber="BSSN"),
                                                           3: sakip.Menunggu()}),
            sakip.NotComputableError, "indikator[3]", "awaiting the level of indicator 3 (SDM) "
            "from its national system; 11 (Kriptografi) from BSSN; "),
    Refusal("Pemdi indicators as a list", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=[3] * 20),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "indikator", "a non-empty mapping", [3] * 20),
    Refusal("SPBE a Pemdi instrument", "indeks_spbe",
            lambda: sakip.indeks_spbe(domain={"layanan": 3}, aturan="permenpanrb-8-2026"),
            sakip.InvalidValueError, "aturan", "an SPBE instrument (domain inputs; for Pemdi "
            "call sakip.indeks_pemdi)", "permenpanrb-8-2026"),
    Refusal("Rentang lower not a Decimal", "Rentang",
            lambda: Rentang(lower=1, upper=Decimal(2)),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "lower", "a finite Decimal", 1),
    Refusal("Rentang upper below lower", "Rentang",
            lambda: Rentang(lower=Decimal(2), upper=Decimal(1)), sakip.InvalidValueError,
            "upper", ">= lower (2)", Decimal(1)),
    Refusal("Rentang of a figure with more decimals than printed", "Rentang",
            lambda: Rentang.from_printed("3.505"), sakip.InvalidValueError, "printed",
            "at most 2 decimals (a figure as printed)", "3.505"),
    Refusal("Rentang of a negative printed figure", "Rentang",
            lambda: Rentang.from_printed("-3.5"), sakip.InvalidValueError, "printed",
            "a number >= 0", "-3.5"),
    Refusal("Pemdi level", "indeks_pemdi",
            lambda: sakip.indeks_pemdi(indikator=dict.fromkeys(range(1, 20), 3) | {20: 6}),
            sakip.InvalidValueError, "indikator[20]", "a level 1–5 (an integer)", 6),
    Refusal("instrument aspects not triples", "InstrumenIndeks",
            lambda: InstrumenIndeks(**_INSTRUMEN, aspek=[("p", 60, ("a",))]),
            sakip.InvalidTypeError, "aspek", "(name, weight, members) triples",
            [("p", 60, ("a",))]),
    Refusal("instrument aspect weight not a number", "InstrumenIndeks",
            lambda: InstrumenIndeks(**_INSTRUMEN, aspek=(("p", "x1", ("a",)),)),
            sakip.InvalidValueError, "aspek[p]", PYTHON_NOTATION, "x1"),
    Refusal("instrument aspect of unknown members", "InstrumenIndeks",
            lambda: InstrumenIndeks(**_INSTRUMEN, aspek=(("p", 60, ("a", "z")), ("q", 40, ("b",)))),
            sakip.InvalidValueError, "aspek[p]", "members among the weighted inputs", ["z"]),
    Refusal("instrument aspect weight not its members' sum", "InstrumenIndeks",
            lambda: InstrumenIndeks(**_INSTRUMEN, aspek=(("p", 50, ("a",)), ("q", 40, ("b",)))),
            sakip.InvalidValueError, "aspek[p]",
            "a weight equal to the sum of its indicators' weights (60)", "50"),
    Refusal("instrument input in no aspect", "InstrumenIndeks",
            lambda: InstrumenIndeks(**_INSTRUMEN, aspek=(("p", 60, ("a",)),)),
            sakip.InvalidValueError, "aspek", "every weighted input in exactly one aspect", ["a"]),
    Refusal("instrument input without a name", "InstrumenIndeks",
            lambda: InstrumenIndeks(**(_INSTRUMEN | {"nama": (("a", "A"),)})),
            sakip.InvalidValueError, "nama", "a name for every weighted input", ["a"]),
    Refusal("Menunggu source not text", "Menunggu",
            lambda: sakip.Menunggu(sumber=5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "sumber", "text (the national system)", 5),
    Refusal("Rentang of text that is not a number", "Rentang",
            lambda: "x1" in sakip.Rentang.from_printed("3.00"),
            sakip.InvalidValueError, "value", PYTHON_NOTATION, "x1"),
    Refusal("Rentang meets something else", "Rentang",
            lambda: sakip.Rentang.from_printed("3.00").meets(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "other", "a Rentang", 5),
    Refusal("predikat indeks digital", "predikat_indeks_digital",
            lambda: sakip.predikat_indeks_digital("5.5"), sakip.InvalidValueError, "nilai",
            "1 <= nilai <= 5", "5.5"),
    Refusal("IKI negative capaian", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=-1), sakip.InvalidValueError, "capaian",
            "a capaian >= 0", -1),
    Refusal("IKI Baik row OPEN", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=100), sakip.InvalidValueError, "nilai_baik",
            "the nilai your rule gives capaian 100 % (the Baik row is OPEN", None),
    Refusal("IKI Sangat Baik row OPEN", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=105), sakip.InvalidValueError,
            "nilai_sangat_baik", "the nilai your rule gives this capaian above 100 up to 110 % "
            "(the Sangat Baik row is OPEN)", None),
    Refusal("IKI nilai_baik above the scale", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=100, nilai_baik=300),
            sakip.InvalidValueError, "nilai_baik", "a nilai 0–200", 300),
    Refusal("IKI nilai_baik not a number", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=100, nilai_baik="x1"),
            sakip.InvalidValueError, "nilai_baik", PYTHON_NOTATION, "x1"),
    Refusal("IKI target_maksimum not a bool", "nilai_capaian_iki",
            lambda: sakip.nilai_capaian_iki(capaian=98, target_maksimum=1),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "target_maksimum", "True or False", 1),
    Refusal("komponen penyebut for a sum", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=[1, 2], penyebut=3, jenis="jumlah"),
            sakip.InvalidValueError, "penyebut", "no penyebut for jenis 'jumlah'", 3),
    Refusal("komponen no penyebut for a ratio", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=3), sakip.InvalidValueError, "penyebut",
            "a number for jenis 'rasio'", None),
    Refusal("komponen label not text", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=3, penyebut=4,
                                             label=5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "label", "text", 5),
    Refusal("komponen a sum of nothing", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=[], jenis="jumlah"),
            sakip.InvalidValueError, "pembilang", "a non-empty list of parts for jenis 'jumlah'",
            []),
    Refusal("komponen a list for a ratio", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=[1, 2], penyebut=3),
            sakip.InvalidValueError, "pembilang",
            "one number for jenis 'rasio' (a list only for 'jumlah')", [1, 2]),
    Refusal("komponen zero baseline", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=3, penyebut=0, jenis="penurunan"),
            sakip.NotComputableError, "penyebut",
            "penyebut (baseline) is zero: (penyebut − pembilang) ÷ penyebut × 100 is undefined"),
    Refusal("komponen zero penyebut", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=3, penyebut=0), sakip.NotComputableError,
            "penyebut", "penyebut is zero: pembilang ÷ penyebut × 100 is undefined"),
    Refusal("komponen jenis", "indikator_komponen",
            lambda: sakip.indikator_komponen(pembilang=3, penyebut=4,
                                             jenis="rata"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "jenis", "'rasio', 'jumlah' or 'penurunan'", "rata"),
    Refusal("SPIP level", "level_spip", lambda: sakip.level_spip("Level 7"),
            sakip.InvalidValueError,
            "level", "a level 'Level 0' … 'Level 5' (or 0–5); a score is not read as a level",
            "Level 7"),
    Refusal("SPIP level of the wrong type", "level_spip",
            lambda: sakip.level_spip(2.5), sakip.InvalidTypeError, "level",
            "'Level n' text, an int 0–5 or a LevelSPIP", 2.5),
    Refusal("sampel minimum", "sampel_minimum", lambda: sakip.sampel_minimum(0),
            sakip.InvalidValueError, "populasi", "a whole number >= 1", 0),
    Refusal("kategori IKPA", "kategori_ikpa", lambda: sakip.kategori_ikpa(101),
            sakip.InvalidValueError, "nilai", "0 <= nilai <= 100", 101),
    Refusal("kategori efisiensi text", "kategori_efisiensi",
            lambda: sakip.kategori_efisiensi("abc"), sakip.InvalidValueError, "nilai",
            PYTHON_NOTATION, "abc"),
    Refusal("kategori rasio efisiensi", "kategori_rasio_efisiensi",
            lambda: sakip.kategori_rasio_efisiensi(-1), sakip.InvalidValueError, "nilai",
            "a number >= 0", -1),
    Refusal("kategori indeks efisiensi", "kategori_indeks_efisiensi",
            lambda: sakip.kategori_indeks_efisiensi(-1), sakip.InvalidValueError, "nilai",
            "a number >= 0", -1),
    Refusal("kategori nilai kinerja anggaran", "kategori_nilai_kinerja_anggaran",
            lambda: sakip.kategori_nilai_kinerja_anggaran(101), sakip.InvalidValueError, "nilai",
            "0 <= nilai <= 100", 101),
    Refusal("IKPA rule for a year", "ikpa_rule_for", lambda: sakip.ikpa_rule_for(2019),
            sakip.InvalidValueError, "tahun", "a fiscal year from 2021 (PER-4/PB/2021 on)", 2019),
    Refusal("penyesuaian IKPA year", "penyesuaian_ikpa",
            lambda: sakip.penyesuaian_ikpa(tahun=True),
            sakip.InvalidTypeError, "tahun", "an int fiscal year", True),
    Refusal("batas lapor month", "batas_lapor_capaian_output",
            lambda: sakip.batas_lapor_capaian_output(bulan=13, tahun=2024, hari_libur=[]),
            sakip.InvalidValueError, "bulan", "a month 1–12", 13),
    Refusal("predikat above 100", "Predikat", lambda: sakip.Predikat.from_nilai(101),
            sakip.InvalidValueError, "nilai", "0 <= nilai <= 100 (nilai evaluasi AKIP)", 101),
    Refusal("parse_id", "parse_id", lambda: sakip.parse_id("1.2.3,4,5"), sakip.ParseError, "text",
            "an Indonesian number such as '95,15' or 'Rp 36.716.642.000,-'", "1.2.3,4,5"),
    Refusal("parse_en", "parse_en", lambda: sakip.parse_en("1,2,3.4.5"), sakip.ParseError, "text",
            "an English-written number such as '95.15'", "1,2,3.4.5"),
    Refusal("rounding places as text", "Rounding",
            lambda: sakip.Rounding(places="2"),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "places", "an integer", "2"),
    Refusal("rounding mode", "Rounding",
            lambda: sakip.Rounding(places=2, mode="half-up"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "mode", "one of 'half_up', 'down', 'half_even', 'up'",
            "half-up"),
    Refusal("round_value of text", "Rounding",
            lambda: round_value("x1"), sakip.InvalidValueError, "value",
            PYTHON_NOTATION, "x1"),
    Refusal("parse_id of a number", "parse_id",
            lambda: sakip.parse_id(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "text", "str", 5),
    Refusal("parse_en of a number", "parse_en",
            lambda: sakip.parse_en(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "text", "str", 5),
    Refusal("format_rupiah suffix", "format_rupiah",
            lambda: sakip.format_rupiah(1000, suffix=5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "suffix", "text such as ',-'", 5),
    Refusal("rounding places", "Rounding", lambda: sakip.Rounding(places=-1),
            sakip.InvalidValueError, "places", "0 <= places <= 20", -1),
    Refusal("format_id float", "format_id", lambda: sakip.format_id(1.5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "value", FLOAT_HINT, 1.5),
    Refusal("format_rupiah float", "format_rupiah",
            lambda: sakip.format_rupiah(1.5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "value", FLOAT_HINT, 1.5),
    Refusal("parse_dates", "parse_dates", lambda: sakip.parse_dates("31 Februari 2023"),
            sakip.ParseError, "text", "a valid calendar date", "31 Februari 2023"),
    Refusal("per_triwulan date", "per_triwulan",
            lambda: sakip.per_triwulan([(("31 Februari 2023", "1 Maret 2023"), 1)],  # type: ignore[list-item]
                                       tahun=2023),
            sakip.InvalidTypeError, "date", "a datetime.date", "31 Februari 2023"),
    Refusal("capaian_triwulan quarter", "capaian_triwulan",
            lambda: sakip.capaian_triwulan(tahun=2023, target={1: 10}, realisasi={5: 1},
                                           kumulatif=False),
            sakip.InvalidValueError, "realisasi", "quarters numbered 1–4", 5),
    Refusal("dispensasi count", "potongan_dispensasi_spm",
            lambda: potongan_dispensasi_spm(jumlah_dispensasi=11, jumlah_spm=10),
            sakip.InvalidValueError, "jumlah_dispensasi", "at most jumlah_spm (10)", 11),
    Refusal("deviasi months", "deviasi_halaman_iii_dipa",
            lambda: deviasi_halaman_iii_dipa(rpd={"52": [1] * 11}, realisasi=_PLAN,
                                             pagu={"52": 1}),
            sakip.InvalidValueError, "rpd[52]", "12 monthly amounts", 11),
    Refusal("rows of a number", "rows", lambda: sakip.rows(5),  # type: ignore[arg-type]
            sakip.InvalidTypeError, "items", "an iterable of sakip results or values", 5),
    Refusal("group of numbers", "group", lambda: sakip.group([1]),  # type: ignore[list-item]
            sakip.InvalidTypeError, "outputs", "RincianOutput values", 1),
    Refusal("reviu_rantai one path", "reviu_rantai", lambda: sakip.reviu_rantai("a.toml"),
            sakip.InvalidTypeError, "documents", "a list of the unit's documents", "a.toml"),
    Refusal("reviu_rantai_units a number", "reviu_rantai_units",
            lambda: sakip.reviu_rantai_units([5]),  # type: ignore[list-item]
            sakip.InvalidTypeError, "documents[1]", "a path, a mapping or a Laporan", 5),
    # §12 Renja: the evaluation form, its quarters, the five-band table, the footer.
    Refusal("renja quarters and fractions both", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan=[1], fraksi_triwulan=[1]),
            sakip.InvalidValueError, "realisasi_triwulan",
            "exactly one of realisasi_triwulan= and fraksi_triwulan=", "both"),
    Refusal("renja neither quarters nor fractions", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4),
            sakip.InvalidValueError, "realisasi_triwulan",
            "exactly one of realisasi_triwulan= and fraksi_triwulan=", "none"),
    Refusal("renja five quarters", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan=[1] * 5),
            sakip.InvalidValueError, "realisasi_triwulan", "1 to 4 quarters (TW I–IV)", 5),
    Refusal("renja quarters as text", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan="2"),
            sakip.InvalidTypeError, "realisasi_triwulan", "a sequence of up to four quarters",
            "2"),
    Refusal("renja negative quarter", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan=[2, "-0.8"]),
            sakip.InvalidValueError, "realisasi_triwulan[1]", "a number >= 0", "-0.8"),
    Refusal("renja negative Renstra target", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=-3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan=[1]),
            sakip.InvalidValueError, "target_renstra", "a number >= 0", -3),
    Refusal("renja negative kolom 7", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu="-3", target=4,
                                         realisasi_triwulan=[1]),
            sakip.InvalidValueError, "realisasi_renstra_lalu", "a number >= 0", "-3"),
    Refusal("renja agregasi", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         realisasi_triwulan=[1], agregasi="level"),
            sakip.InvalidValueError, "agregasi", "'flow' or 'stock'", "level"),
    Refusal("renja fractions that decrease", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         fraksi_triwulan=["0.5", "0.4"]),
            sakip.InvalidValueError, "fraksi_triwulan[1]",
            "cumulative fractions that never decrease", "0.4"),
    Refusal("renja fractions as text", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         fraksi_triwulan="0.5"),
            sakip.InvalidTypeError, "fraksi_triwulan", "a sequence of up to four quarters",
            "0.5"),
    Refusal("renja negative fraction", "evaluasi_renja",
            lambda: sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                         fraksi_triwulan=["0.5", "-1"]),
            sakip.InvalidValueError, "fraksi_triwulan[1]", "a number >= 0", "-1"),
    Refusal("triwulan from decreasing fractions", "triwulan_dari_fraksi",
            lambda: sakip.triwulan_dari_fraksi(target=4, fraksi_triwulan=["0.5", "0.7", "0.6"]),
            sakip.InvalidValueError, "fraksi_triwulan[2]",
            "cumulative fractions that never decrease", "0.6"),
    Refusal("triwulan negative target", "triwulan_dari_fraksi",
            lambda: sakip.triwulan_dari_fraksi(target=-4, fraksi_triwulan=["0.5"]),
            sakip.InvalidValueError, "target", "a number >= 0", -4),
    Refusal("fraksi of a zero target", "fraksi_dari_triwulan",
            lambda: sakip.fraksi_dari_triwulan(target=0, realisasi_triwulan=[1]),
            sakip.NotComputableError, "target", "target is zero"),
    Refusal("fraksi five quarters", "fraksi_dari_triwulan",
            lambda: sakip.fraksi_dari_triwulan(target=4, realisasi_triwulan=[1] * 5),
            sakip.InvalidValueError, "realisasi_triwulan", "1 to 4 quarters (TW I–IV)", 5),
    Refusal("tingkat capaian label set", "tingkat_capaian",
            lambda: sakip.tingkat_capaian(nilai=90, label="tinggi"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "label", "'tinggi-rendah' or 'baik-kurang'", "tinggi"),
    Refusal("tingkat capaian celah", "tingkat_capaian",
            lambda: sakip.tingkat_capaian(nilai=90, celah="tengah"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "celah", "'bawah', 'atas' or 'tolak'", "tengah"),
    Refusal("tingkat capaian di_atas_100", "tingkat_capaian",
            lambda: sakip.tingkat_capaian(nilai=90, di_atas_100="atas"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "di_atas_100", "'teratas' or 'tolak'", "atas"),
    Refusal("tingkat capaian in a gap, tolak", "tingkat_capaian",
            lambda: sakip.tingkat_capaian(nilai="90.5", celah="tolak"), sakip.InvalidValueError,
            "nilai", "a value outside the gaps between the printed bands", "90.5"),
    Refusal("tingkat capaian above 100, tolak", "tingkat_capaian",
            lambda: sakip.tingkat_capaian(nilai="120", di_atas_100="tolak"),
            sakip.InvalidValueError, "nilai", "<= 100 (renja-5-tinggi-rendah", "120"),
    Refusal("rekap renja capaian as text", "rekap_renja",
            lambda: sakip.rekap_renja(capaian="100", pagu=[1], realisasi_anggaran=[1]),
            sakip.InvalidTypeError, "capaian", "a sequence, one item per row", "100"),
    Refusal("rekap renja rows of unequal length", "rekap_renja",
            lambda: sakip.rekap_renja(capaian=[100, 90], pagu=[1], realisasi_anggaran=[1, 1]),
            sakip.InvalidValueError, "pagu", "2 rows in capaian, pagu and realisasi_anggaran",
            (1, 2)),
    Refusal("rekap renja rumus", "rekap_renja",
            lambda: sakip.rekap_renja(capaian=[100], pagu=[1], realisasi_anggaran=[1],
                                      rumus="median"),  # type: ignore[arg-type]
            sakip.InvalidValueError, "rumus", "'rerata' or 'tertimbang-pagu'", "median"),
    Refusal("rekap renja negative pagu", "rekap_renja",
            lambda: sakip.rekap_renja(capaian=[100], pagu=[-1], realisasi_anggaran=[1]),
            sakip.InvalidValueError, "pagu[0]", "a number >= 0", -1),
    Refusal("rekap renja negative realisasi", "rekap_renja",
            lambda: sakip.rekap_renja(capaian=[100], pagu=[1], realisasi_anggaran=["-1"]),
            sakip.InvalidValueError, "realisasi_anggaran[0]", "a number >= 0", "-1"),
    Refusal("lke_codes rule set", "lke_codes", lambda: sakip.lke_codes("permenpanrb-2099"),
            sakip.UnknownNameError, "aturan", "one of permenpanrb-88-2021, permenpanrb-12-2015",
            "permenpanrb-2099"),
]


def _says(text: str | None, words: str) -> bool:
    return (text or "").startswith(words)


@pytest.mark.parametrize("case", REFUSALS, ids=[case.id for case in REFUSALS])
def test_refusal_message(case: Refusal) -> None:
    """The error names the field, what was expected and what was received, as written."""
    with pytest.raises(SakipError) as caught:
        case.call()
    error = caught.value
    assert type(error) is case.error, (type(error), str(error))
    assert error.field == case.field
    message = str(error)
    if isinstance(error, sakip.NotComputableError):
        assert message == f"{case.field}: not computable: {error.reason}"
        assert _says(error.reason, case.expected), error.reason
        return
    assert case.expected, "the case says what the refusal must expect"
    assert _says(error.expected, case.expected), error.expected
    received = _E if case.received == "_E" else case.received  # the result itself, as given
    assert type(error.received) is type(received) and error.received == received
    assert message == f"{case.field}: expected {error.expected}; received {shown(received)}"


def _input_functions() -> list[str]:
    """The public functions (and value classes with a constructor that refuses) to cover."""
    skip = {"reviu", "rows"}  # reviu: a whole file (the report-file tests below)
    names = [name for name in sakip.__all__ if name not in skip and name.islower()
             and callable(getattr(sakip, name))]
    return [*names, "rows", "Predikat", "Rounding"]


def test_every_public_function_has_a_refusal_case() -> None:
    """Each public function of sakip.__all__ has at least one refusal above."""
    covered = {case.function for case in REFUSALS}
    missing = sorted(set(_input_functions()) - covered)
    assert not missing, missing


# ------------------------------------------------------------------ the report file

#: What the report file must hold, per kind of field of ``lkj.SPEC``: the words each
#: refusal of a wrong type must start with (the file-format page's wording).
EXPECTED_BY_KIND = {
    "text": "text", "int": "an integer", "rounding": "a table {places, mode}",
    "printed": "a number written as text, as printed ('95,15')", "years": "a table",
    "map": "a table", "list": "an array", "bool": "true or false",
    "angka": 'a mark ("id") or a table of marks per field name',
}
#: A value of the wrong type for each kind, and how the file writes it.
WRONG = {"bool": ("ya", "'ya'")}
WRONG_DEFAULT = (True, "true")


def _fields(spec: Any, path: str) -> list[tuple[str, Any]]:
    """Every leaf field of ``spec`` with its place (``indikator[1].target``)."""
    if spec.kind == "table":
        return [leaf for name, inner in spec.fields
                for leaf in _fields(inner, f"{path}.{name}" if path else name)]
    if spec.kind == "array" and spec.item is not None and spec.item.kind == "table":
        return _fields(spec.item, f"{path}[1]")
    return [(path, spec)]


def _put(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """``data`` with ``value`` at ``path``, making the tables and rows on the way."""
    parts = re.findall(r"([a-z0-9_]+)(\[1\])?", path)
    here = data
    for number, (name, row) in enumerate(parts, 1):
        if row:
            if not isinstance(here.get(name), list) or not here[name]:
                here[name] = [{}]
            here = here[name][0]
        elif number == len(parts):
            here[name] = value
        else:
            if not isinstance(here.get(name), dict):
                here[name] = {}
            here = here[name]
    return data


TEMPLATE: dict[str, Any] = tomllib.loads(lkj.template())
FIELDS = [leaf for leaf in _fields(lkj.SPEC, "") if leaf[0] != "schema"]
SECTIONS = [(name, spec) for name, spec in lkj.SPEC.fields if name != "schema"]


def _problems(data: dict[str, Any]) -> tuple[sakip.LaporanError, dict[str, SakipError]]:
    with pytest.raises(sakip.LaporanError) as caught:
        lkj.load(data)
    return caught.value, {str(error.field): error for error in caught.value.errors}


@pytest.mark.parametrize(("path", "spec"), FIELDS, ids=[path for path, _ in FIELDS])
def test_report_field_of_the_wrong_type(path: str, spec: Any) -> None:
    """Every field of every section: its place, what the format holds, the value as written."""
    value, written = WRONG.get(spec.kind, WRONG_DEFAULT)
    error, problems = _problems(_put(copy.deepcopy(TEMPLATE), path, value))
    assert path in problems, sorted(problems)
    problem = problems[path]
    assert type(problem) is sakip.InvalidTypeError
    assert problem.expected == EXPECTED_BY_KIND[spec.kind]
    line = f"{path}: expected {problem.expected}; received {written}"
    assert str(problem) == line
    assert line in str(error)


@pytest.mark.parametrize(("name", "spec"), SECTIONS, ids=[name for name, _ in SECTIONS])
def test_report_section_of_the_wrong_shape(name: str, spec: Any) -> None:
    """A section that is not a table (or an array of tables) is named with the shape it needs."""
    _, problems = _problems(TEMPLATE | {name: 5})
    expected = {"table": "a table", "array": "an array of tables"}[spec.kind]
    assert str(problems[name]) == f"{name}: expected {expected}; received 5"


@pytest.mark.parametrize(("name", "spec"), SECTIONS, ids=[name for name, _ in SECTIONS])
def test_report_section_unknown_key(name: str, spec: Any) -> None:
    """An unknown key names its place and lists the keys the section has, in the format's order."""
    table = spec if spec.kind == "table" else spec.item
    place = f"{name}.zz_unknown" if spec.kind == "table" else f"{name}[1].zz_unknown"
    section: Any = ({**TEMPLATE.get(name, {}), "zz_unknown": 1} if spec.kind == "table"
                    else [{"zz_unknown": 1}])
    _, problems = _problems(TEMPLATE | {name: section})
    keys = ", ".join(key for key, _ in table.fields)
    assert str(problems[place]) == f"{place}: expected one of {keys}; received 'zz_unknown'"


def test_report_required_field_missing() -> None:
    """A required field left out is named, with what it holds and '(missing)'."""
    data = copy.deepcopy(TEMPLATE)
    del data["laporan"]["instansi"]
    error, problems = _problems(data)
    problem = problems["laporan.instansi"]
    assert (problem.expected, problem.received) == ("text", "(missing)")
    assert str(problem) == "laporan.instansi: missing (a required field: text)"
    assert str(error).startswith("<mapping>: ")
    assert "laporan.instansi: missing (a required field: text)" in str(error)


def test_decimal_received_as_written() -> None:
    """A Decimal is received as the Decimal given, never normalised (1.50 stays 1.50)."""
    with pytest.raises(sakip.InvalidValueError) as caught:
        sakip.penyerapan(pagu=1, realisasi=Decimal("1.50"))
    assert caught.value.received == Decimal("1.50")
    assert str(caught.value).endswith("received Decimal('1.50')")


def test_dates_received_as_given() -> None:
    """A date of the wrong kind is received as given."""
    with pytest.raises(SakipError) as caught:
        sakip.ikpa_belanja_kontraktual(tahun=2024, kontrak_dini=["2024-01-01"])  # type: ignore[list-item]
    assert caught.value.received == "2024-01-01"
    assert str(caught.value).endswith("received '2024-01-01'")


# ------------------------------------------------------------------ every keyword, generically

#: A valid call of each public function that takes keywords: the tests below change one
#: argument at a time.
VALID: dict[str, dict[str, Any]] = {
    "capaian": {"target": 10, "realisasi": 9},
    "capaian_renstra": {"target": {2020: 10}, "realisasi": {2020: 9}, "kumulatif": True},
    "percent_change": {"old": 10, "new": 9},
    "penyerapan": {"pagu": 10, "realisasi": 9},
    "nilai_efisiensi": {"efisiensi": 10},
    "konsistensi": {"realisasi": [1, 2], "rpd": [1, 2]},
    "eka": {"capaian_ro": 90, "penyerapan": 90, "nilai_efisiensi": 90, "konsistensi": 90},
    "nka": {"eka": 90, "ikpa": 90},
    "nilai_kinerja_anggaran": {"pengelolaan_anggaran": 90, "indikator_kinerja_anggaran": 90},
    "ikpa": {"scores": {"revisi_dipa": 100}, "tahun": 2024},
    "ikpa_capaian_output": {"ro": _CO, "ketepatan_waktu": 100, "bulan": 12, "tahun": 2024},
    "ikpa_revisi_dipa": {"semester_i": 1},
    "batas_lapor_capaian_output": {"bulan": 12, "tahun": 2024, "hari_libur": []},
    "ikpa_belanja_kontraktual": {"tahun": 2024, "distribusi_tw2": 60},
    "ikpa_pengelolaan_up_tup": {"ketepatan_waktu": 100, "gup_disebulankan": 100,
                                "setoran_tup": None},
    "ikpa_penyelesaian_tagihan": {"tepat_waktu": 9, "jumlah": 12},
    "evaluasi_akip": {"perencanaan": 20, "pengukuran": 20, "pelaporan": 10,
                      "evaluasi_internal": 20},
    "lke": {"jawaban": {"1.a": "A"}},
    "lke_codes": {},
    "efisiensi_kinerja": {"capaian_output": 90, "capaian_input": 90, "rumus": "rasio"},
    "rasio_efisiensi": {"realisasi": 9, "anggaran": 10},
    "ikm": {"nilai_unsur": [100] * 9, "responden": 29},
    "ipm": {"uhh": 70, "hls": 12, "rls": 10, "pengeluaran": 10000000},
    "indeks_spbe": {"domain": {"kebijakan_internal": 3, "tata_kelola": 3, "manajemen": 3,
                               "layanan": 3}},
    "indeks_pemdi": {"indikator": dict.fromkeys(range(1, 21), 3)},
    "predikat_indeks_digital": {"nilai": 3},
    "nilai_capaian_iki": {"capaian": 98},
    "indikator_komponen": {"pembilang": 3, "penyebut": 4},
    "normalised_score": {"components": {"a": (90, 100, 50), "b": (80, 80, 50)}},
    "weighted_score": {"components": {"a": (80, 60), "b": (90, 40)}},
}


def _guarded() -> list[tuple[str, Any]]:
    """The public functions with the keyword guard (``*positional``), with their signature."""
    out = []
    for name in sakip.__all__:
        obj = getattr(sakip, name)
        if not callable(obj) or isinstance(obj, type) or name == "reviu":
            continue
        signature = inspect.signature(obj)
        if "positional" in signature.parameters:
            out.append((name, signature))
    return out


GUARDED = _guarded()


def _usage(name: str, signature: inspect.Signature) -> tuple[list[str], str]:
    """The leading parameters and the call a misuse message must show: ``f(a, b=...)``."""
    params = list(signature.parameters.values())
    before = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    required = [p.name for p in params if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    options = [p.name for p in params if p.kind is p.KEYWORD_ONLY and p.default is not p.empty]
    usage = f"{name}({', '.join([*before, *(f'{n}=...' for n in required)])})"
    if options:
        usage += f" (options: {', '.join(options)})"
    return required, usage


@pytest.mark.parametrize(("name", "signature"), GUARDED, ids=[n for n, _ in GUARDED])
def test_positional_misuse_says_how_to_call(name: str, signature: inspect.Signature) -> None:
    """A positional argument where keywords are needed: the call to write instead."""
    before = [p for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    _, usage = _usage(name, signature)
    with pytest.raises(sakip.InvalidTypeError) as caught:
        getattr(sakip, name)(*[None] * len(before), "extra")
    error = caught.value
    assert error.field == f"{name}()"
    assert _says(error.expected, f"keyword arguments, as in {usage}"), error.expected
    assert error.received == ("extra",)
    assert str(error) == f"{name}(): expected {error.expected}; received ('extra',)"


@pytest.mark.parametrize(("name", "signature"),
                         [(n, s) for n, s in GUARDED if _usage(n, s)[0]],
                         ids=[n for n, s in GUARDED if _usage(n, s)[0]])
def test_missing_keywords_are_named(name: str, signature: inspect.Signature) -> None:
    """Required keywords left out: each is named, with the call to write."""
    before = [p for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    required, usage = _usage(name, signature)
    with pytest.raises(sakip.InvalidTypeError) as caught:
        getattr(sakip, name)(*[None] * len(before))
    error = caught.value
    missing = ", ".join(f"{n}=..." for n in required)
    assert error.field == f"{name}()"
    assert _says(error.expected, f"{missing}, as in {usage}"), error.expected
    assert error.received == "(missing)"


ATURAN = [name for name, signature in GUARDED if "aturan" in signature.parameters]


def test_every_function_with_a_rule_set_has_a_valid_call() -> None:
    """The tests of ``aturan`` below reach every function that takes one."""
    assert not sorted(set(ATURAN) - set(VALID))


@pytest.mark.parametrize("name", ATURAN)
def test_aturan_of_the_wrong_type(name: str) -> None:
    """A rule set given as something else than its name is refused naming ``aturan``."""
    with pytest.raises(SakipError) as caught:
        getattr(sakip, name)(**VALID[name], aturan=5)
    error = caught.value
    assert error.field == "aturan"
    assert error.received == 5
    assert (_says(error.expected, "a rule set name") or _says(error.expected, "one of ")), (
        error.expected)
    assert str(error) == f"aturan: expected {error.expected}; received 5"


@pytest.mark.parametrize("name", ATURAN)
def test_aturan_unknown(name: str) -> None:
    """An unknown rule set name lists the rule sets of its kind."""
    with pytest.raises(sakip.UnknownNameError) as caught:
        getattr(sakip, name)(**VALID[name], aturan="tidak-ada")
    error = caught.value
    assert error.field == "aturan"
    assert error.received == "tidak-ada"
    assert _says(error.expected, "one of ") and (error.expected or "").endswith(" rule sets)")
    assert str(error) == f"aturan: expected {error.expected}; received 'tidak-ada'"


NUMBERS = [(name, key) for name, kwargs in VALID.items() for key, value in kwargs.items()
           if type(value) is int and key not in ("tahun", "bulan", "responden", "tepat_waktu",
                                                  "jumlah", "semester_i")]


@pytest.mark.parametrize(("name", "key"), NUMBERS, ids=[f"{n}.{k}" for n, k in NUMBERS])
def test_every_number_names_its_argument(name: str, key: str) -> None:
    """A number that is not one is refused naming its argument, with the text as given."""
    with pytest.raises(sakip.InvalidValueError) as caught:
        getattr(sakip, name)(**(VALID[name] | {key: "x1"}))
    error = caught.value
    assert error.field == key
    assert _says(error.expected, PYTHON_NOTATION), error.expected
    assert error.received == "x1"
    assert str(error) == f"{key}: expected {error.expected}; received 'x1'"
