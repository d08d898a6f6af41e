"""ikpa's text pinned (issue 30): every refusal and every explanation step of ``sakip.ikpa``.

Written by hand from the reference (``docs/regulations.md`` §5, §11, §15) and from what
an auditor needs, never copied from the code's output:

* every refusal of every public function of ``sakip.ikpa`` (and of the private helpers
  they call, through the public call): the error's type, its ``field``, its ``expected``
  (or ``reason``) **whole**, and the value ``received`` as the caller wrote it, with the
  message ending in it;
* the explanations of ``ikpa``, ``deviasi_halaman_iii_dipa`` and ``penyerapan_triwulan``,
  each option: the title, every step (name and formula in both languages where sakip's
  own words are used, inputs named with the values given, the value against a
  computation here with ``fractions.Fraction``), the printed result, the notes and the
  rule set's citation (regulation number and year).
"""

from __future__ import annotations

from decimal import ROUND_UP, Decimal, localcontext
from fractions import Fraction as F
from typing import Any

import pytest

import sakip
from sakip.errors import SakipError, shown
from sakip.explain import Explanation, Figure
from sakip.ikpa import (
    IKPA_PENYESUAIAN,
    PenyerapanTriwulan,
    deviasi_halaman_iii_dipa,
    penyerapan_triwulan,
    potongan_dispensasi_spm,
)
from tests.unit.test_refusal_messages import Refusal

#: Every indicator of PER-5/PB/2024 scored 100 (reference §5: the seven weighted indicators).
S24 = dict.fromkeys(("revisi_dipa", "deviasi_halaman_iii_dipa", "penyerapan_anggaran",
                     "belanja_kontraktual", "penyelesaian_tagihan", "pengelolaan_up_tup",
                     "capaian_output"), 100)
#: Every indicator of PER-5/PB/2022 (reference §5: eight, dispensasi SPM weighted).
S22 = dict.fromkeys(("revisi_dipa", "deviasi_halaman_iii_dipa", "pengelolaan_up_tup",
                     "belanja_kontraktual", "penyelesaian_tagihan", "penyerapan_anggaran",
                     "dispensasi_spm", "capaian_output"), 100)
INDICATORS_2024 = ("revisi_dipa, deviasi_halaman_iii_dipa, penyerapan_anggaran, "
                   "belanja_kontraktual, penyelesaian_tagihan, pengelolaan_up_tup, "
                   "capaian_output")
PLAN = {"52": [100] * 12}
KHUSUS = "5634.FAN.001"
FLOAT_HINT = "Decimal, int, str or a sakip result (convert a float with Decimal(str(x)))"
PYTHON_NOTATION = ("a number in Python notation (ASCII digits) such as '95.15' "
                   "(read Indonesian text such as '95,15' with sakip.parse_id)")


def _capaian_output(tahun: int) -> Figure:
    return sakip.ikpa_capaian_output([sakip.CapaianRO(kode="5634.QDC.011", rvro="2", volume="4")],
                                     ketepatan_waktu=100, bulan=12, tahun=tahun)


def _revisi_2022() -> Figure:
    return sakip.ikpa_revisi_dipa(triwulan=[1, 0, 2, 0], aturan="per-5-pb-2022")


def _negative_deviasi() -> Figure:
    """A deviasi result of -1: no input gives one, so the library's own copy is used."""
    figure = deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 1})
    return figure._replaced(value=Decimal(-1))


def _penyerapan(**kw: Any) -> Figure:
    given: dict[str, Any] = {"pagu": {"52": 1000}, "realisasi": {"52": [75]}} | kw
    return penyerapan_triwulan(**given)


def _khusus(ro: Any, **kw: Any) -> Figure:
    return _penyerapan(tahun=2026, blokir={}, ro_khusus=ro, **kw)


R = Refusal
IVE, ITE, UNE = sakip.InvalidValueError, sakip.InvalidTypeError, sakip.UnknownNameError
NCE = sakip.NotComputableError

REFUSALS = [
    # ---------------------------------------------------------------- the year's rules
    R("tahun of the wrong type", "penyesuaian_ikpa", lambda: sakip.penyesuaian_ikpa(tahun="2024"),  # type: ignore[arg-type]
      ITE, "tahun", "an int fiscal year", "2024"),
    R("tahun outside the calendar", "penyesuaian_ikpa",
      lambda: sakip.penyesuaian_ikpa(tahun=1899), IVE, "tahun", "a fiscal year 1900–2999", 1899),
    R("opsi as one text", "penyesuaian_ikpa",
      lambda: sakip.penyesuaian_ikpa(tahun=2025, opsi="ta-2025-efisiensi"),
      ITE, "opsi", "a sequence of adjustment names", "ta-2025-efisiensi"),
    R("opsi unknown in 2025", "penyesuaian_ikpa",
      lambda: sakip.penyesuaian_ikpa(tahun=2025, opsi=["efisiensi"]),
      UNE, "opsi", "an optional adjustment in force for 2025: ta-2025-efisiensi", "efisiensi"),
    R("opsi in a year with none", "penyesuaian_ikpa",
      lambda: sakip.penyesuaian_ikpa(tahun=2024, opsi=["ta-2025-efisiensi"]),
      UNE, "opsi", "an optional adjustment in force for 2024: (none)", "ta-2025-efisiensi"),
    R("rule for a year before 2021", "ikpa_rule_for", lambda: sakip.ikpa_rule_for(2020),
      IVE, "tahun", "a fiscal year from 2021 (PER-4/PB/2021 on)", 2020),
    R("kategori above 100", "kategori_ikpa", lambda: sakip.kategori_ikpa("100.01"),
      IVE, "nilai", "0 <= nilai <= 100", "100.01"),
    # ---------------------------------------------------------------- ikpa: the rule set
    R("ikpa without aturan or tahun", "ikpa", lambda: sakip.ikpa(S24),
      IVE, "aturan", "aturan='per-5-pb-2024' or tahun=2024", None),
    R("ikpa aturan of the wrong type", "ikpa", lambda: sakip.ikpa(S24, aturan=2024),  # type: ignore[arg-type]
      ITE, "aturan", "a rule set name", 2024),
    R("ikpa opsi without tahun", "ikpa",
      lambda: sakip.ikpa(S24, aturan="per-5-pb-2024", opsi=("ta-2025-efisiensi",)),
      IVE, "opsi", "tahun= with the adjustments asked for", ["ta-2025-efisiensi"]),
    R("ikpa tahun outside the rule set's years", "ikpa",
      lambda: sakip.ikpa(S22, aturan="per-5-pb-2022", tahun=2024),
      IVE, "tahun", "a year in force for per-5-pb-2022 (2022, 2023)", 2024),
    # ---------------------------------------------------------------- ikpa: its arguments
    R("ikpa scores not a mapping", "ikpa", lambda: sakip.ikpa([100], tahun=2024),  # type: ignore[arg-type]
      ITE, "scores", "a mapping {indicator: nilai}", [100]),
    R("ikpa blu not a bool", "ikpa", lambda: sakip.ikpa(S24, tahun=2024, blu="ya"),  # type: ignore[arg-type]
      ITE, "blu", "True or False", "ya"),
    R("ikpa blu before 2024", "ikpa", lambda: sakip.ikpa(S22, tahun=2022, blu=True),
      IVE, "blu", "a rule set with a BLU treatment (the one of per-5-pb-2022 was not retrieved)",
      True),
    R("ikpa di_atas_100 unknown", "ikpa",
      lambda: sakip.ikpa(S24, tahun=2024, di_atas_100="potong"),  # type: ignore[arg-type]
      IVE, "di_atas_100", "'batasi' or 'pertahankan'", "potong"),
    R("ikpa triwulan 5", "ikpa", lambda: sakip.ikpa(S24, tahun=2024, triwulan=5),
      IVE, "triwulan", "a quarter 1–4", 5),
    R("ikpa unknown indicator", "ikpa", lambda: sakip.ikpa(S24 | {"renkas": 100}, tahun=2024),
      UNE, "renkas", f"an indicator of per-5-pb-2024: {INDICATORS_2024}", "renkas"),
    R("ikpa missing indicator", "ikpa",
      lambda: sakip.ikpa({k: v for k, v in S24.items() if k != "capaian_output"}, tahun=2024),
      IVE, "capaian_output", "a score 0–100, or None when the indicator is not assessed",
      "(missing)"),
    R("ikpa BLU scored on penyerapan", "ikpa",
      lambda: sakip.ikpa(S24 | {"penyerapan_anggaran": "97.5"}, tahun=2024, blu=True),
      IVE, "penyerapan_anggaran", "None: a BLU satker is not assessed on penyerapan_anggaran "
      "under per-5-pb-2024 (the composite re-weights)", "97.5"),
    R("ikpa score above 100", "ikpa",
      lambda: sakip.ikpa(S24 | {"capaian_output": "100.5"}, tahun=2024),
      IVE, "capaian_output", "0 <= capaian_output <= 100", "100.5"),
    R("ikpa dispensasi before 2024", "ikpa",
      lambda: sakip.ikpa(S22, aturan="per-5-pb-2022", dispensasi_spm="0.25"),
      IVE, "dispensasi_spm", "no deduction under per-5-pb-2022: dispensasi_spm is a weighted "
      "indicator in scores", "0.25"),
    R("ikpa dispensasi as a float", "ikpa",
      lambda: sakip.ikpa(S24, tahun=2024, dispensasi_spm=0.25),  # type: ignore[arg-type]
      ITE, "dispensasi_spm", FLOAT_HINT, 0.25),
    R("ikpa dispensasi above a point", "ikpa",
      lambda: sakip.ikpa(S24, tahun=2024, dispensasi_spm="1.25"),
      IVE, "dispensasi_spm", "a deduction 0–1 points", "1.25"),
    # ---------------------------------------------------------------- ikpa: calculators' results
    R("ikpa penyerapan over other quarters", "ikpa",
      lambda: sakip.ikpa(S24 | {"penyerapan_anggaran": _penyerapan()}, tahun=2024, triwulan=2),
      IVE, "penyerapan_anggaran", "a result over the 2 quarter(s) that have ended at TW 2",
      "a result over 1 quarter(s)"),
    R("ikpa penyerapan without tahun in 2026", "ikpa",
      lambda: sakip.ikpa(S24 | {"penyerapan_anggaran": _penyerapan()}, tahun=2026),
      IVE, "penyerapan_anggaran", "a result of penyerapan_triwulan(..., tahun=2026): the "
      "year's adjustments apply to it (ta-2026-ro-khusus, ta-2026-pagu-minus-blokir)",
      "a result computed without tahun"),
    R("ikpa capaian output of another year", "ikpa",
      lambda: sakip.ikpa(S24 | {"capaian_output": _capaian_output(2024)}, tahun=2025),
      IVE, "capaian_output", "a result for TA 2025, the year of the composite",
      "a result for TA 2024"),
    R("ikpa capaian output outside the rule set's years", "ikpa",
      lambda: sakip.ikpa(S22 | {"capaian_output": _capaian_output(2024)}, aturan="per-5-pb-2022"),
      IVE, "capaian_output", "a result for a year in force for per-5-pb-2022 (2022, 2023)",
      "a result for TA 2024"),
    R("ikpa revisi under another year's rules", "ikpa",
      lambda: sakip.ikpa(S24 | {"revisi_dipa": _revisi_2022()}, tahun=2025),
      IVE, "revisi_dipa", "a result under a rule set in force for TA 2025 (per-5-pb-2024)",
      "a result under per-5-pb-2022 (2022, 2023)"),
    R("ikpa revisi under another year's rules, aturan alone", "ikpa",
      lambda: sakip.ikpa(S24 | {"revisi_dipa": _revisi_2022()}, aturan="per-5-pb-2024"),
      IVE, "revisi_dipa", "a result under a rule set in force for TA 2024 (per-5-pb-2024)",
      "a result under per-5-pb-2022 (2022, 2023)"),
    R("ikpa another indicator's calculator", "ikpa",
      lambda: sakip.ikpa(S24 | {"revisi_dipa": sakip.ikpa_penyelesaian_tagihan(
          tepat_waktu=9, jumlah=12)}, tahun=2024),
      IVE, "revisi_dipa", "a number or the result of the revisi_dipa calculator",
      "IKPAPenyelesaianTagihan (the penyelesaian_tagihan calculator)"),
    R("ikpa a calculator's negative result", "ikpa",
      lambda: sakip.ikpa(S24 | {"deviasi_halaman_iii_dipa": _negative_deviasi()}, tahun=2024),
      IVE, "deviasi_halaman_iii_dipa", "0 <= deviasi_halaman_iii_dipa", Decimal(-1)),
    # ---------------------------------------------------------------- dispensasi SPM
    R("dispensasi count negative", "potongan_dispensasi_spm",
      lambda: potongan_dispensasi_spm(jumlah_dispensasi=-1, jumlah_spm=10),
      IVE, "jumlah_dispensasi", "a count (int >= 0)", -1),
    R("dispensasi SPM count text", "potongan_dispensasi_spm",
      lambda: potongan_dispensasi_spm(jumlah_dispensasi=1, jumlah_spm="10"),  # type: ignore[arg-type]
      IVE, "jumlah_spm", "a count (int >= 0)", "10"),
    R("dispensasi above the SPMs", "potongan_dispensasi_spm",
      lambda: potongan_dispensasi_spm(jumlah_dispensasi=11, jumlah_spm=10),
      IVE, "jumlah_dispensasi", "at most jumlah_spm (10)", 11),
    # ---------------------------------------------------------------- deviasi halaman III
    R("deviasi rpd not a mapping", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=[100] * 12, realisasi=PLAN, pagu={"52": 1}),  # type: ignore[arg-type]
      ITE, "rpd", "a mapping {jenis belanja: 12 amounts}", [100] * 12),
    R("deviasi realisasi months as text", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi={"52": "100"}, pagu={"52": 1}),
      ITE, "realisasi[52]", "a sequence of 12 monthly amounts", "100"),
    R("deviasi a month negative", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd={"52": [100] * 11 + ["-1"]}, realisasi=PLAN,
                                       pagu={"52": 1}),
      IVE, "rpd[52]", "a number >= 0", "-1"),
    R("deviasi eleven months", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd={"52": [100] * 11}, realisasi=PLAN, pagu={"52": 1}),
      IVE, "rpd[52]", "12 monthly amounts", 11),
    R("deviasi pagu missing", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN),
      ITE, "pagu", "a mapping {jenis belanja: pagu}", "(missing)"),
    R("deviasi pagu not a mapping", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu=[1]),  # type: ignore[arg-type]
      ITE, "pagu", "a mapping {jenis belanja: pagu}", [1]),
    R("deviasi pagu negative", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": "-5"}),
      IVE, "pagu[52]", "a number >= 0", "-5"),
    R("deviasi realisasi of other jenis", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi={"53": [1] * 12}, pagu={"52": 1}),
      IVE, "realisasi", "the same jenis belanja as rpd: ['52']", ["53"]),
    R("deviasi pagu of other jenis", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"51": 1, "52": 1}),
      IVE, "pagu", "the same jenis belanja as rpd: ['52']", ["51", "52"]),
    R("deviasi bulan as text", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 1}, bulan="1"),  # type: ignore[arg-type]
      ITE, "bulan", "a sequence of months 1–12", "1"),
    R("deviasi bulan 13", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 1}, bulan=(1, 13)),
      IVE, "bulan", "months 1–12", (1, 13)),
    R("deviasi bulan twice", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 1}, bulan=(2, 2)),
      IVE, "bulan", "each month once", [2, 2]),
    R("deviasi ambang negative", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 1}, ambang="-5"),
      IVE, "ambang", "a number >= 0", "-5"),
    # ---------------------------------------------------------------- penyerapan per triwulan
    R("penyerapan pagu not a mapping", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu=[1000], realisasi={"52": [75]}),  # type: ignore[arg-type]
      ITE, "pagu", "a mapping {jenis belanja: pagu}", [1000]),
    R("penyerapan realisasi not a mapping", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi=[75]),  # type: ignore[arg-type]
      ITE, "realisasi", "a mapping {jenis belanja: cumulative realisasi per quarter}", [75]),
    R("penyerapan opsi without tahun", "penyerapan_triwulan",
      lambda: _penyerapan(opsi=["ta-2025-efisiensi"]),
      IVE, "opsi", "tahun= with the adjustments asked for", ["ta-2025-efisiensi"]),
    R("penyerapan 2026 without blokir", "penyerapan_triwulan", lambda: _penyerapan(tahun=2026),
      IVE, "blokir", "blokir per jenis belanja: from TA 2026 the base is pagu minus blokir "
      "({} when nothing is blocked)", None),
    R("penyerapan target pegawai before 2026", "penyerapan_triwulan",
      lambda: _penyerapan(tahun=2025, target_pegawai=[20, 50, 75, 95]),
      IVE, "target_pegawai", "tahun=2026 or later (the threshold for centrally paid belanja "
      "pegawai is a 2026 rule)", 2025),
    R("penyerapan target pegawai negative", "penyerapan_triwulan",
      lambda: _penyerapan(tahun=2026, blokir={}, target_pegawai=[20, 50, "-75", 95]),
      IVE, "target_pegawai", "a number >= 0", "-75"),
    R("penyerapan target pegawai three", "penyerapan_triwulan",
      lambda: _penyerapan(tahun=2026, blokir={}, target_pegawai=[20, 50, 75]),
      IVE, "target_pegawai", "4 cumulative quarterly thresholds in (0, 100] %", [20, 50, 75]),
    R("penyerapan unknown jenis", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"54": 1000}, realisasi={"54": [75]}),
      UNE, "pagu", "jenis belanja 51, 52, 53, 57", "54"),
    R("penyerapan blokir of another jenis", "penyerapan_triwulan",
      lambda: _penyerapan(pagu={"52": 1000, "51": 500}, realisasi={"52": [75], "51": [100]},
                          blokir={"53": 10}),
      UNE, "blokir", "jenis belanja of pagu: 52, 51", "53"),
    R("penyerapan realisasi of another jenis", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi={"53": [75]}),
      IVE, "realisasi", "jenis belanja ['52']", ["53"]),
    R("penyerapan five quarters", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [1, 2, 3, 4, 5]}),
      IVE, "realisasi", "1–4 quarterly values, the same for every jenis belanja", {"52": 5}),
    R("penyerapan uneven quarters", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000, "53": 10},
                                  realisasi={"52": [75], "53": [1, 2]}),
      IVE, "realisasi", "1–4 quarterly values, the same for every jenis belanja",
      {"52": 1, "53": 2}),
    R("penyerapan triwulan 0", "penyerapan_triwulan", lambda: _penyerapan(triwulan=0),
      IVE, "triwulan", "a quarter 1–4", 0),
    R("penyerapan fewer quarters than triwulan", "penyerapan_triwulan",
      lambda: _penyerapan(triwulan=2),
      IVE, "realisasi", "values for the 2 quarter(s) that have ended at TW 2 (None for later "
      "quarters)", 1),
    R("penyerapan blokir above pagu", "penyerapan_triwulan",
      lambda: _penyerapan(blokir={"52": 1001}),
      IVE, "blokir[52]", "blokir <= pagu", 1001),
    R("penyerapan blokir negative", "penyerapan_triwulan",
      lambda: _penyerapan(blokir={"52": "-1"}),
      IVE, "blokir[52]", "a number >= 0", "-1"),
    R("penyerapan pagu per quarter empty", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": [None]}, realisasi={"52": [75]}),
      IVE, "pagu[52]", "an amount, or one per quarter that has ended", [None]),
    R("penyerapan pagu negative", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": "-1"}, realisasi={"52": [75]}),
      IVE, "pagu[52]", "a number >= 0", "-1"),
    R("penyerapan pagu for other quarters", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": [1000, 1000]}, realisasi={"52": [75]}),
      IVE, "pagu[52]", "1 quarterly amounts (one per quarter that has ended), or one amount "
      "for every quarter", 2),
    R("penyerapan blokir for other quarters", "penyerapan_triwulan",
      lambda: _penyerapan(blokir={"52": [1, 2]}),
      IVE, "blokir[52]", "1 quarterly amounts (one per quarter that has ended), or one amount "
      "for every quarter", 2),
    R("penyerapan realisasi as text", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": "75"}),
      ITE, "realisasi[52]", "a sequence of quarterly values", "75"),
    R("penyerapan a gap before a quarter", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [None, 75]}),
      IVE, "realisasi[52][0]", "a value (a quarter before a quarter with a value has ended)",
      None),
    R("penyerapan a quarter negative", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, realisasi={"52": [75, "-1"]}),
      IVE, "realisasi[52][1]", "a number >= 0", "-1"),
    # ---------------------------------------------------------------- RO khusus (TA 2026)
    R("RO khusus not a mapping", "penyerapan_triwulan", lambda: _khusus([KHUSUS]),
      ITE, "ro_khusus", "a mapping {(kode, jenis): (pagu, realisasi)}", [KHUSUS]),
    R("RO khusus before 2026", "penyerapan_triwulan",
      lambda: _penyerapan(tahun=2025, ro_khusus={(KHUSUS, "52"): (10, [1])}),
      IVE, "ro_khusus", "a year whose adjustments exclude RO khusus from penyerapan "
      "(tahun=2026)", 2025),
    R("RO khusus key not a pair", "penyerapan_triwulan", lambda: _khusus({KHUSUS: (10, [1])}),
      IVE, "ro_khusus", "keys (kode RO, jenis belanja)", KHUSUS),
    R("RO khusus of another KRO", "penyerapan_triwulan",
      lambda: _khusus({("5634.QDC.011", "52"): (10, [1])}),
      IVE, "ro_khusus", "an RO of KRO FAN", "5634.QDC.011"),
    R("RO khusus of another jenis", "penyerapan_triwulan",
      lambda: _khusus({(KHUSUS, "53"): (10, [1])}, pagu={"52": 1000, "51": 500},
                      realisasi={"52": [75], "51": [100]}),
      UNE, f"ro_khusus[{KHUSUS}]", "jenis belanja of pagu: 52, 51", "53"),
    R("RO khusus not a pair", "penyerapan_triwulan", lambda: _khusus({(KHUSUS, "52"): [10, [1]]}),
      IVE, f"ro_khusus[{KHUSUS}]", "(pagu, [realisasi per quarter])", [10, [1]]),
    R("RO khusus pagu negative", "penyerapan_triwulan",
      lambda: _khusus({(KHUSUS, "52"): ("-10", [1])}),
      IVE, f"ro_khusus[{KHUSUS}].pagu", "a number >= 0", "-10"),
    R("RO khusus realisasi negative", "penyerapan_triwulan",
      lambda: _khusus({(KHUSUS, "52"): (10, ["-1"])}),
      IVE, f"ro_khusus[{KHUSUS}].realisasi[0]", "a number >= 0", "-1"),
    R("RO khusus quarters", "penyerapan_triwulan",
      lambda: _khusus({(KHUSUS, "52"): (10, [1, 2])}),
      IVE, f"ro_khusus[{KHUSUS}].realisasi", "1 quarterly values", 2),
    R("RO khusus above its jenis", "penyerapan_triwulan",
      lambda: _khusus({(KHUSUS, "52"): (10, [76])}),
      IVE, f"ro_khusus[{KHUSUS}]", "amounts within those of jenis belanja 52", (10, [76])),
]

NOT_COMPUTABLE = [
    R("ikpa nothing assessed", "ikpa", lambda: sakip.ikpa(dict.fromkeys(S24), tahun=2024),
      NCE, "scores", "no indicator is assessed"),
    R("dispensasi no SPM", "potongan_dispensasi_spm",
      lambda: potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=0),
      NCE, "jumlah_spm", "no SPM in TW IV to compare with"),
    R("deviasi pagu zero", "deviasi_halaman_iii_dipa",
      lambda: deviasi_halaman_iii_dipa(rpd=PLAN, realisasi=PLAN, pagu={"52": 0}),
      NCE, "pagu", "total pagu is zero"),
    R("penyerapan pagu zero", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 0}, realisasi={"52": [0]}),
      NCE, "pagu", "total pagu (less blokir) is zero"),
    R("penyerapan pagu zero in a quarter", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": [1000, 0]}, realisasi={"52": [75, 0]}),
      NCE, "pagu", "total pagu (less blokir) is zero in TW 2"),
    R("penyerapan blokir all in a quarter", "penyerapan_triwulan",
      lambda: penyerapan_triwulan(pagu={"52": 1000}, blokir={"52": [0, 1000]},
                                  realisasi={"52": [75, 0]}),
      NCE, "pagu", "total pagu (less blokir) is zero in TW 2"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[case.id for case in REFUSALS])
def test_refusal_says_field_expected_and_received(case: Refusal) -> None:
    """The whole ``expected``; the value received as written; the message made of the three."""
    with pytest.raises(SakipError) as caught:
        case.call()
    error = caught.value
    assert type(error) is case.error, (type(error), str(error))
    assert error.field == case.field
    assert error.expected == case.expected
    assert type(error.received) is type(case.received) and error.received == case.received
    assert str(error) == f"{case.field}: expected {case.expected}; received {shown(case.received)}"


@pytest.mark.parametrize("case", NOT_COMPUTABLE, ids=[case.id for case in NOT_COMPUTABLE])
def test_not_computable_says_field_and_reason(case: Refusal) -> None:
    """A figure that cannot be computed names the field and says why, whole."""
    with pytest.raises(NCE) as caught:
        case.call()
    error = caught.value
    assert error.field == case.field and error.reason == case.expected
    assert str(error) == f"{case.field}: not computable: {case.expected}"


# ---------------------------------------------------------------------- explanations


def _text(figure: Figure) -> tuple[Explanation, str, str]:
    explanation = figure.explain()
    return explanation, explanation.to_text("id"), explanation.to_text("en")


def _steps(explanation: Explanation, bahasa: str) -> list[tuple[str, str, list[tuple[str, Any]],
                                                               Any, str, str]]:
    """Each step as ``(name, formula, inputs, value, note, reference)`` in ``bahasa``."""
    shown_in = explanation.in_bahasa(bahasa)  # type: ignore[arg-type]
    return [(s.name, s.formula, list(s.inputs), s.value, s.note, s.reference)
            for s in shown_in.steps]


def _notes(explanation: Explanation, bahasa: str) -> list[str]:
    return list(explanation.in_bahasa(bahasa).notes)  # type: ignore[arg-type]


def _exact(value: Any, expected: F | int) -> bool:
    """``value`` is a Decimal within 10⁻⁴⁰ of ``expected`` (the library keeps 50 digits)."""
    return isinstance(value, Decimal) and abs(F(value) - F(expected)) < F(1, 10**40)


#: The category table's citation as the reference prints the bands (§5: lower bounds inclusive).
KATEGORI = ("PER-5/PB/2022 and PER-5/PB/2024: nilai ≥ 95 Sangat Baik, 89 ≤ nilai < 95 Baik, "
            "70 ≤ nilai < 89 Cukup, nilai < 70 Kurang")
#: The same citation as an Indonesian output writes it.
KATEGORI_ID = KATEGORI.replace(" and ", " dan ")
PER5_2024 = "PER-5/PB/2024 tentang Petunjuk Teknis Penilaian IKPA"
COMPOSITE = "Σ (bobot × nilai) / Σ bobot"


def _weights(parts: dict[str, int]) -> str:
    """The effective weights as the konversi note writes them (4 decimals), computed here."""
    total = sum(parts.values())
    return ", ".join(f"{k} {Decimal(round(F(w * 100 * 10000, total))).scaleb(-4)}"
                     for k, w in parts.items())


def test_ikpa_konversi_bobot_and_deduction_in_both_languages() -> None:
    """§5: PER-5/PB/2024 weights, belanja kontraktual not assessed, a 0,25 point deduction;
    (10×90 + 15×100 + 20×80 + 10×100 + 10×100 + 25×70) / 90 − 0,25."""
    scores = S24 | {"revisi_dipa": 90, "penyerapan_anggaran": 80, "capaian_output": 70,
                    "belanja_kontraktual": None}
    weights = {"revisi_dipa": 10, "deviasi_halaman_iii_dipa": 15, "penyerapan_anggaran": 20,
               "penyelesaian_tagihan": 10, "pengelolaan_up_tup": 10, "capaian_output": 25}
    composite = F(10 * 90 + 15 * 100 + 20 * 80 + 10 * 100 + 10 * 100 + 25 * 70, 90)
    value = composite - F(1, 4)
    figure = sakip.ikpa(scores, tahun=2024, dispensasi_spm="0.25")
    explanation, id_text, en_text = _text(figure)
    assert explanation.title == "Nilai IKPA (per-5-pb-2024)"
    assert explanation.reference.startswith(PER5_2024 + " (7 indikator")
    assert _exact(explanation.value, value) and explanation.printed == "85,86"
    for bahasa, note, potongan in (
            ("id", "tidak ada kontribusi yang dibulatkan sebelum dijumlahkan",
             "potongan dalam poin sebagaimana diberikan (potongan_dispensasi_spm menghitungnya)"),
            ("en", "no contribution is rounded before summing",
             "the deduction in points as given (potongan_dispensasi_spm computes it)")):
        (name1, formula1, inputs1, value1, note1, ref1), step2 = _steps(explanation, bahasa)
        assert name1 == "nilai komposit"
        assert formula1 == (f"{COMPOSITE} = (10×revisi_dipa + 15×deviasi_halaman_iii_dipa + "
                            "20×penyerapan_anggaran + 10×penyelesaian_tagihan + "
                            "10×pengelolaan_up_tup + 25×capaian_output) / 90")
        assert [(label, F(v)) for label, v in inputs1] == [
            (f"{k} (bobot {w})", F(scores[k])) for k, w in weights.items()]  # type: ignore[arg-type]
        assert _exact(value1, composite) and note1 == note and ref1.startswith(PER5_2024)
        assert step2[:2] == ("nilai IKPA", "nilai komposit − potongan dispensasi SPM")
        assert step2[2][0] == ("nilai komposit", value1)
        assert step2[2][1] == ("potongan dispensasi SPM", Decimal("0.25"))
        assert _exact(step2[3], value) and step2[4] == potongan and step2[5].startswith(PER5_2024)
    assert _notes(explanation, "id") == [
        f"kategori 'Cukup' ({KATEGORI_ID})",
        f"konversi bobot: tidak dinilai belanja_kontraktual; bobot efektif {_weights(weights)} "
        "(konvensi: rumusan resminya tidak ditemukan)"]
    assert _notes(explanation, "en") == [
        f"kategori 'Cukup' ({KATEGORI})",
        f"konversi bobot: not assessed belanja_kontraktual; effective weights {_weights(weights)} "
        "(convention: official wording not retrieved)"]
    assert "catatan: konversi bobot: tidak dinilai" in id_text
    assert "note: konversi bobot: not assessed" in en_text


def test_ikpa_konversi_note_of_two_indicators_whatever_the_callers_context() -> None:
    """§5 konversi bobot with belanja kontraktual and deviasi not assessed: the effective
    weights over 75 (10/75 × 100 = 13,3333…), to 4 decimals half-even in sakip's own context
    even when the caller's context rounds up."""
    scores = S24 | {"belanja_kontraktual": None, "deviasi_halaman_iii_dipa": None}
    figure = sakip.ikpa(scores, tahun=2024)
    with localcontext(rounding=ROUND_UP, prec=6):
        notes = _notes(figure.explain(), "id")
    weights = {"revisi_dipa": 10, "penyerapan_anggaran": 20, "penyelesaian_tagihan": 10,
               "pengelolaan_up_tup": 10, "capaian_output": 25}
    assert notes[1] == ("konversi bobot: tidak dinilai deviasi_halaman_iii_dipa, "
                        f"belanja_kontraktual; bobot efektif {_weights(weights)} (konvensi: "
                        "rumusan resminya tidak ditemukan)")
    assert "revisi_dipa 13.3333" in notes[1]


def test_ikpa_deduction_given_as_a_result_opens_with_its_derivation() -> None:
    """A deduction given as a result (here a capaian R / T × 100 = 1 / 400 × 100 = 0,25):
    its derivation opens the explanation, named as the dispensasi_spm it is."""
    deduction = sakip.capaian(target=400, realisasi=1)
    explanation = sakip.ikpa(S24, tahun=2024, dispensasi_spm=deduction).explain()
    first, *_, last = explanation.steps
    assert first.name == "dispensasi_spm: capaian" and _exact(first.value, F(1, 4))
    assert last.inputs[1] == ("potongan dispensasi SPM", Decimal("0.25"))
    assert _exact(explanation.value, 100 - F(1, 4))


def test_ikpa_without_deduction_has_one_step_and_cites_each_rule_set() -> None:
    """§5: all 100 under each rule set: one composite step, the rule set's regulation cited."""
    for aturan, scores, regulation in (("per-4-pb-2021", None, "PER-4/PB/2021"),
                                       ("per-5-pb-2022", S22, "PER-5/PB/2022"),
                                       ("per-5-pb-2024", S24, "PER-5/PB/2024")):
        names = sakip.ikpa_rule_for(int(aturan[-4:])).names
        figure = sakip.ikpa(scores or dict.fromkeys(names, 100), aturan=aturan)
        explanation = figure.explain()
        assert explanation.title == f"Nilai IKPA ({aturan})"
        assert explanation.reference.startswith(f"{regulation} tentang Petunjuk Teknis Penilaian")
        assert [s.name for s in explanation.steps] == ["nilai komposit"]
        assert explanation.steps[0].reference == explanation.reference
        assert explanation.printed == "100,00"
        assert _notes(explanation, "en") == [f"kategori 'Sangat Baik' ({KATEGORI})"]


def test_ikpa_capped_calculator_result_in_both_languages() -> None:
    """§11: revisi DIPA 0 and 1 revisions → 110 in each semester; capped at 100 in the
    composite by default [OPEN], a step and a note say so."""
    revisi = sakip.ikpa_revisi_dipa(semester_i=0, semester_ii=1)
    figure = sakip.ikpa(S24 | {"revisi_dipa": revisi}, tahun=2024)
    explanation = figure.explain()
    assert _exact(explanation.value, 100)
    for bahasa, name, formula, note, capped in (
            ("id", "revisi_dipa: nilai dalam komposit", "nilai indikator sebagaimana dipakai",
             "lihat catatan: dibatasi 100 atau ditetapkan oleh penyesuaian",
             "revisi_dipa 110 dibatasi 100 dalam komposit (di_atas_100='batasi'; apakah nilai "
             "di atas 100 dipertahankan masih OPEN)"),
            ("en", "revisi_dipa: nilai in the composite", "nilai of the indicator as used",
             "see the notes: capped at 100 or fixed by an adjustment",
             "revisi_dipa 110 capped at 100 in the composite (di_atas_100='batasi'; whether "
             "scores above 100 survive is OPEN)")):
        steps = _steps(explanation, bahasa)
        used = [s for s in steps if s[0] == name]
        assert used == [(name, formula, [("nilai revisi_dipa", Decimal(110))], Decimal(100),
                         note, "")]
        assert steps[-1][0] == "nilai komposit"
        assert _notes(explanation, bahasa)[-1] == capped
    kept = sakip.ikpa(S24 | {"revisi_dipa": revisi}, tahun=2024, di_atas_100="pertahankan")
    assert _exact(kept.value, F(10 * 110 + 90 * 100, 100))
    assert not [s for s in kept.explain().steps if "composite" in s.name]
    assert not [n for n in _notes(kept.explain(), "en") if n.startswith("revisi_dipa 110")]


def test_ikpa_blu_and_year_adjustments_in_both_languages() -> None:
    """§11: a BLU satker not assessed on penyerapan (re-weighted); TA 2026 adjustments noted
    with name, confidence and source; TW I 2025 efisiensi scores every indicator 100."""
    blu = sakip.ikpa(S24 | {"penyerapan_anggaran": None}, tahun=2024, blu=True)
    assert _notes(blu.explain(), "id")[-1] == "satker BLU: tidak dinilai pada penyerapan_anggaran"
    assert _notes(blu.explain(), "en")[-1] == "satker BLU: not assessed on penyerapan_anggaran"
    y2026 = sakip.ikpa(S24, tahun=2026).explain()
    assert _notes(y2026, "en")[1:] == [
        "penyesuaian ta-2026-ro-khusus [S]: RO khusus (KRO FAN) excluded from penyerapan "
        "anggaran and capaian output (KPPN Surakarta, Penyesuaian IKPA dalam rangka "
        "Pelaksanaan Prioritas Direktif Presiden TA 2026 (as cited by a public IKPA "
        "simulator): RO khusus (KRO FAN, e.g. FAN.ZZ1) are not an object of penyerapan "
        "anggaran and capaian output)",
        "penyesuaian ta-2026-pagu-minus-blokir [P]: penyerapan anggaran on pagu minus blokir "
        "(KPPN Gorontalo page on IKPA 2026: penyerapan targets on pagu minus blokir)"]
    tw1 = sakip.ikpa(S24 | {"capaian_output": 60}, tahun=2025, triwulan=1,
                     opsi=["ta-2025-efisiensi"])
    assert _exact(tw1.value, 100)
    notes = _notes(tw1.explain(), "id")
    # the adjustment's catatan is rule-set data, rendered in Indonesian as its citation is
    assert notes[1].startswith("penyesuaian ta-2025-efisiensi [OPEN]: efisiensi TA 2025 [OPEN]: "
                               "hanya perlakuan TW I yang dilaporkan")
    assert _notes(tw1.explain(), "en")[1].startswith(
        "penyesuaian ta-2025-efisiensi [OPEN]: TA 2025 efisiensi [OPEN]: only the reported TW I")
    assert notes[2] == ("TW 1: setiap indikator yang dinilai bernilai 100 (penyesuaian diminta "
                        "dengan opsi)")
    assert _notes(tw1.explain(), "en")[2] == ("TW 1: every assessed indicator scored 100 "
                                               "(adjustment asked for with opsi)")


def test_penyesuaian_note_names_rule_confidence_and_source() -> None:
    """The note an adjustment prints: name, [confidence], what it changes, (its source)."""
    rule = IKPA_PENYESUAIAN["ta-2026-pagu-minus-blokir"]
    assert rule.note() == ("penyesuaian ta-2026-pagu-minus-blokir [P]: penyerapan anggaran on "
                           "pagu minus blokir (KPPN Gorontalo page on IKPA 2026: penyerapan "
                           "targets on pagu minus blokir)")


DEVIASI_2024 = "PER-5/PB/2024 (deviasi halaman III DIPA"
DEVIASI_2022 = "PER-5/PB/2022 (deviasi halaman III DIPA"


@pytest.mark.parametrize(("aturan", "cites", "how", "months"), [
    # §5: per month |RA − RPD| / RPD per jenis, capped at 100 %, RPD 0 with RA > 0 is 100 %;
    # month 1: 52 4 %, 51 100 %; month 2: 52 10 %, 51 0 %.  Combined by pagu share (2024:
    # 3/4 × 4 + 1/4 × 100 = 28; 3/4 × 10 = 7,5) or as their mean (§15, 2022: 52; 5).
    ("per-5-pb-2024", DEVIASI_2024, "Σ_jenis (pagu share × min(|RA − RPD| / RPD, 1))",
     (F(3, 4) * 4 + F(1, 4) * 100, F(3, 4) * 10)),
    ("per-5-pb-2022", DEVIASI_2022, "(Σ_jenis min(|RA − RPD| / RPD, 1)) / n",
     (F(4 + 100, 2), F(10 + 0, 2))),
])
def test_deviasi_explanation_in_both_languages(aturan: str, cites: str, how: str,
                                               months: tuple[F, F]) -> None:
    figure = deviasi_halaman_iii_dipa(
        rpd={"52": [100, 200] + [100] * 10, "51": [0, 50] + [0] * 10},
        realisasi={"52": ["104", "220"] + [100] * 10, "51": [5, 50] + [0] * 10},
        pagu={"52": 3, "51": 1}, bulan=[1, 2], aturan=aturan)
    explanation, id_text, en_text = _text(figure)
    average = sum(months, F(0)) / 2
    nilai = 100 - average
    assert explanation.title == "Nilai indikator deviasi halaman III DIPA"
    assert _exact(explanation.value, nilai)
    assert explanation.printed == f"{float(nilai):.2f}".replace(".", ",")
    for bahasa, rumus, note, tail in (
            ("id", "100 bila deviasi ≤ 5, selainnya 100 − deviasi",
             "100 − deviasi di atas ambang adalah asumsi [OPEN]",
             "; ≤ 5 % bernilai 100 [C2]; 100 − deviasi di atas ambang adalah asumsi yang belum "
             "diverifikasi [OPEN]"),
            ("en", "100 if deviasi ≤ 5 else 100 − deviasi",
             "100 − deviasi above the threshold is an assumption [OPEN]",
             "; ≤ 5 % scores 100 [C2]; 100 − deviasi above the threshold is an unverified "
             "assumption [OPEN]")):
        steps = _steps(explanation, bahasa)
        given = ([("52 RPD / RA", "100 / 104"), ("51 RPD / RA", "0 / 5")],
                 [("52 RPD / RA", "200 / 220"), ("51 RPD / RA", "50 / 50")])
        for month, step in zip((1, 2), steps[:2], strict=True):
            assert step[:3] == (f"deviasi bulan {month}", how, given[month - 1])
            assert _exact(step[3], months[month - 1]) and step[4:] == ("", "")
        assert steps[2][:3] == ("rata-rata deviasi", "(Σ deviasi bulanan) / n", [("n", 2)])
        assert _exact(steps[2][3], average)
        assert steps[3][:3] == ("nilai deviasi halaman III DIPA", rumus,
                                [("deviasi", steps[2][3]), ("ambang", Decimal(5))])
        assert _exact(steps[3][3], nilai) and steps[3][4:] == (note, "")
        reference = explanation.in_bahasa(bahasa).reference  # type: ignore[arg-type]
        assert reference.startswith(cites) and reference.endswith(tail)
    assert "dasar: " + cites in id_text and "reference: " + cites in en_text


def test_deviasi_rerata_without_pagu_weighs_each_jenis_one() -> None:
    """§15: under PER-5/PB/2022 the month's deviasi is the plain mean over jenis belanja; with
    no pagu given, each jenis is recorded with the same weight, 1."""
    figure = deviasi_halaman_iii_dipa(rpd={"52": [100] * 12, "51": [100] * 12},
                                      realisasi={"52": [110] * 12, "51": [100] * 12},
                                      aturan="per-5-pb-2022")
    assert figure.pagu == (("52", Decimal(1)), ("51", Decimal(1)))
    assert _exact(figure.deviasi, F(10 + 0, 2))


TARGETS = {"51": (20, 50, 75, 95), "52": (15, 50, 70, 90)}  # §5 [C1], cumulative %


def _quarter(real: dict[str, int], pagu: dict[str, int], q: int) -> F:
    """§5: Σ_j pagu share × min(serapan / target, 1) × 100, computed here."""
    total = sum(pagu.values())
    return sum((F(pagu[j], total) * min(F(real[j] * 100, pagu[j]) / TARGETS[j][q], F(1))
                for j in pagu), F(0)) * 100


def test_penyerapan_explanation_2026_in_both_languages() -> None:
    """§5, §11: TA 2026, pagu per quarter less blokir, an RO khusus excluded from numerator
    and denominator, the 51 threshold not given (OPEN): every step and note."""
    figure = penyerapan_triwulan(
        pagu={"52": [1000, 2000], "51": 500}, realisasi={"52": [75, 500], "51": [100, 250]},
        blokir={"52": 0}, tahun=2026,
        ro_khusus={("5634.FAN.002", "51"): (0, [0, 0]), (KHUSUS, "52"): (100, [10, 20])})
    explanation, id_text, en_text = _text(figure)
    q1 = _quarter({"52": 65, "51": 100}, {"52": 900, "51": 500}, 0)
    q2 = _quarter({"52": 480, "51": 250}, {"52": 1900, "51": 500}, 1)
    assert explanation.title == "Nilai indikator penyerapan anggaran (per triwulan)"
    assert explanation.reference == ("PER-5/PB/2024 (target penyerapan anggaran per triwulan "
                                     "per jenis belanja)")
    assert _exact(explanation.value, (q1 + q2) / 2) and explanation.printed == "63,75"
    for bahasa, mean, notes in (
            ("id", "(Σ nilai triwulan) / n (triwulan yang telah berakhir)",
             ["ambang TA 2026 untuk belanja pegawai yang dibayar terpusat (51) masih OPEN dan "
              "tidak diberikan: target PER-5/PB/2024 untuk 51 berlaku",
              f"RO khusus dikeluarkan: {KHUSUS}, 5634.FAN.002",
              "pagu per triwulan sebagaimana diberikan (dasar setiap triwulan: pagu pada hari "
              "kerja ke-10 bulan Februari / April / Juli, pagu akhir untuk TW IV [S])"]),
            ("en", "(Σ nilai triwulan) / n (quarters that have ended)",
             ["the TA 2026 threshold for centrally paid belanja pegawai (51) is OPEN and was "
              "not given: the PER-5/PB/2024 targets for 51 apply",
              f"RO khusus left out: {KHUSUS}, 5634.FAN.002",
              "pagu per triwulan as given (the basis of each quarter: the pagu at the 10th "
              "working day of February / April / July, the final pagu for TW IV [S])"])):
        steps = _steps(explanation, bahasa)
        label = "realisasi kumulatif / pagu / target %"
        assert steps[0][:3] == ("triwulan 1", "Σ_jenis pagu share × min(serapan / target, 1) "
                                "× 100", [(f"52 {label}", "65 / 900 / 15"),
                                          (f"51 {label}", "100 / 500 / 20")])
        assert steps[1][2] == [(f"52 {label}", "480 / 1900 / 50"),
                               (f"51 {label}", "250 / 500 / 50")]
        assert _exact(steps[0][3], q1) and _exact(steps[1][3], q2)
        assert steps[2][:3] == ("nilai penyerapan anggaran", mean, [("n", 2)])
        got = _notes(explanation, bahasa)
        assert got[0].startswith("penyesuaian ta-2026-ro-khusus [S]: ")
        assert got[1].startswith("penyesuaian ta-2026-pagu-minus-blokir [P]: ")
        assert got[2:] == notes
    assert "RO khusus dikeluarkan" in id_text and "RO khusus left out" in en_text


def test_penyerapan_target_pegawai_cites_the_caller_thresholds() -> None:
    """§11: TA 2026 thresholds for 51 given by the caller: an OPEN rule set named and cited."""
    figure = _penyerapan(pagu={"51": 1000}, realisasi={"51": [100]}, tahun=2026, blokir={},
                         target_pegawai=[10, 40, 70, 90])
    assert isinstance(figure, PenyerapanTriwulan)
    assert figure.target.name == "per-5-pb-2024+target-pegawai"
    assert figure.target.confidence == "OPEN"
    assert figure.target.citation == (
        "PER-5/PB/2024 (target penyerapan anggaran per triwulan per jenis belanja); 51 "
        "thresholds given by the caller (TA 2026, values not retrieved [OPEN])")
    assert figure.explain().reference == figure.target.citation
    assert _exact(figure.value, 100)  # 10 % against the caller's 10 % for TW I

