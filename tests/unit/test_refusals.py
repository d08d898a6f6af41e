"""Negative numbers are refused wherever a negative is not meaningful, across the public API.

One parametrised test: each case is a call of a public function with one numeric
argument set to a small negative number; the call must raise sakip's
``InvalidValueError`` naming that argument.  Amounts of rupiah, volumes, targets,
realisasi, scores, points, weights, caps, counts and thresholds cannot be negative.

Where a negative *is* meaningful the argument is not listed, and the control test below
shows it is accepted: E (efisiensi can be below zero: NE 0 at E = −20 %), a percent
change, a capaian floor, a realisasi under R / T and (2T − R) / T, and the values a report
parses (``parse_id("−5")``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest

import sakip
from sakip.errors import InvalidValueError
from sakip.ikpa import deviasi_halaman_iii_dipa, penyerapan_triwulan, potongan_dispensasi_spm

NEG = D("-0.01")


def _ro(**kw: Any) -> sakip.RincianOutput:
    base: dict[str, Any] = {"kode": "5634.SCI.010", "pagu": 1000, "realisasi": 900}
    return sakip.RincianOutput(**(base | kw))


_S2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100, "penyerapan_anggaran": 100,
          "belanja_kontraktual": 100, "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100,
          "capaian_output": 100}
_PLAN = {"52": [100] * 12}

#: (id, field named in the error, call with one negative argument)
CASES: list[tuple[str, str, Callable[[], object]]] = [
    ("capaian target", "target", lambda: sakip.capaian(target=NEG, realisasi=1)),
    ("capaian realisasi t/r", "realisasi",
     lambda: sakip.capaian(target=1, realisasi=NEG, polarisasi="minimize", rumus_minimize="t/r")),
    ("stabilize low", "target",
     lambda: sakip.capaian(target=(NEG, 5), realisasi=1, polarisasi="stabilize")),
    ("stabilize high", "target",
     lambda: sakip.capaian(target=(NEG - 1, NEG), realisasi=1, polarisasi="stabilize")),
    ("renstra target value", "target",
     lambda: sakip.capaian_renstra(target={2023: NEG}, realisasi={2023: 1}, kumulatif=True)),
    ("renstra realisasi value", "realisasi",
     lambda: sakip.capaian_renstra(target={2023: 1}, realisasi={2023: NEG}, kumulatif=False)),
    ("penyerapan pagu", "pagu", lambda: sakip.penyerapan(pagu=NEG, realisasi=0)),
    ("penyerapan realisasi", "realisasi", lambda: sakip.penyerapan(pagu=1, realisasi=NEG)),
    ("RO pagu", "pagu", lambda: _ro(pagu=NEG, realisasi=0)),
    ("RO realisasi", "realisasi", lambda: _ro(realisasi=NEG)),
    ("RO capaian", "capaian", lambda: _ro(capaian=NEG)),
    ("RO realisasi_volume", "realisasi_volume",
     lambda: _ro(realisasi_volume=NEG, target_volume=1)),
    ("RO target_volume", "target_volume", lambda: _ro(realisasi_volume=1, target_volume=NEG)),
    ("efisiensi cap_capaian", "cap_capaian",
     lambda: sakip.efisiensi([_ro(capaian=100)], cap_capaian=NEG)),
    ("capaian_output cap", "cap", lambda: sakip.capaian_output([(1, 1)], cap=NEG)),
    ("capaian_output volume", "realisasi", lambda: sakip.capaian_output([(NEG, 1)])),
    ("capaian_output target volume", "target", lambda: sakip.capaian_output([(1, NEG)])),
    ("konsistensi realisasi", "realisasi",
     lambda: sakip.konsistensi(realisasi=[NEG, 1], rpd=[1, 1])),
    ("konsistensi rpd", "rpd", lambda: sakip.konsistensi(realisasi=[1, 1], rpd=[1, NEG])),
    ("weighted_score bobot", "bobot",
     lambda: sakip.weighted_score({"a": (50, 101), "b": (50, -1)})),
    ("weighted_score nilai", "a", lambda: sakip.weighted_score({"a": (NEG, 50), "b": (5, 50)})),
    ("normalised nilai", "a", lambda: sakip.normalised_score({"a": (NEG, 90, 100)})),
    ("normalised target", "target a", lambda: sakip.normalised_score({"a": (90, NEG, 100)})),
    ("normalised bobot", "bobot b",
     lambda: sakip.normalised_score({"a": (90, 90, 101), "b": (90, 90, -1)})),
    ("nka eka", "eka", lambda: sakip.nka(eka=NEG, ikpa=90)),
    ("nka ikpa", "ikpa", lambda: sakip.nka(eka=90, ikpa=NEG)),
    ("eka score", "konsistensi",
     lambda: sakip.eka(capaian_ro=90, penyerapan=90, nilai_efisiensi=90, konsistensi=NEG)),
    ("evaluasi_akip points", "pelaporan",
     lambda: sakip.evaluasi_akip(perencanaan=20, pengukuran=20, pelaporan=NEG,
                                 evaluasi_internal=20)),
    ("ikpa score", "capaian_output",
     lambda: sakip.ikpa(_S2024 | {"capaian_output": NEG}, aturan="per-5-pb-2024")),
    ("ikpa dispensasi_spm", "dispensasi_spm",
     lambda: sakip.ikpa(_S2024, aturan="per-5-pb-2024", dispensasi_spm=NEG)),
    ("kategori_ikpa nilai", "nilai", lambda: sakip.kategori_ikpa(NEG)),
    ("predikat nilai", "nilai", lambda: sakip.Predikat.from_nilai(NEG)),
    ("dispensasi count", "jumlah_dispensasi",
     lambda: potongan_dispensasi_spm(jumlah_dispensasi=-1, jumlah_spm=10)),
    ("dispensasi spm count", "jumlah_spm",
     lambda: potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=-1)),
    ("deviasi rpd", "rpd",
     lambda: deviasi_halaman_iii_dipa(rpd={"52": [NEG] + [100] * 11}, realisasi=_PLAN,
                                      pagu={"52": 1})),
    ("deviasi realisasi", "realisasi",
     lambda: deviasi_halaman_iii_dipa(rpd=_PLAN, realisasi={"52": [NEG] + [100] * 11},
                                      pagu={"52": 1})),
    ("deviasi pagu", "pagu",
     lambda: deviasi_halaman_iii_dipa(rpd=_PLAN, realisasi=_PLAN, pagu={"52": NEG})),
    ("deviasi ambang", "ambang",
     lambda: deviasi_halaman_iii_dipa(rpd=_PLAN, realisasi=_PLAN, pagu={"52": 1}, ambang=NEG)),
    ("penyerapan_triwulan pagu", "pagu",
     lambda: penyerapan_triwulan(pagu={"52": NEG}, realisasi={"52": [0]})),
    ("penyerapan_triwulan realisasi", "realisasi",
     lambda: penyerapan_triwulan(pagu={"52": 100}, realisasi={"52": [NEG]})),
    ("penyerapan_triwulan blokir", "blokir",
     lambda: penyerapan_triwulan(pagu={"52": 100}, realisasi={"52": [0]}, blokir={"52": NEG})),
]


@pytest.mark.parametrize(("field", "call"), [(f, c) for _, f, c in CASES],
                         ids=[i for i, _, _ in CASES])
def test_negative_refused(field: str, call: Callable[[], object]) -> None:
    """A negative where none is meaningful raises InvalidValueError naming the argument."""
    with pytest.raises(InvalidValueError) as caught:
        call()
    named = str(caught.value.field)
    assert re.search(rf"(^|[ \[]){re.escape(field)}($|[ \[\].])", named), (field, named)


def test_counts_refuse_bools() -> None:
    """A count is an int: True is not 1 dispensation."""
    with pytest.raises(InvalidValueError, match="jumlah_dispensasi"):
        potongan_dispensasi_spm(jumlah_dispensasi=True, jumlah_spm=10)
    with pytest.raises(InvalidValueError, match="jumlah_spm"):
        potongan_dispensasi_spm(jumlah_dispensasi=0, jumlah_spm=False)


def test_negative_accepted_where_meaningful() -> None:
    """E, a percent change, a floor and parsed text may be negative, and are computed."""
    assert sakip.nilai_efisiensi(-20).value == 0
    assert sakip.nilai_efisiensi(-10, clip=False).value == 25
    assert sakip.percent_change(old=100, new=90).value == -10
    assert sakip.percent_change(old=-100, new=-50).value == -50
    c = sakip.capaian(target=10, realisasi=30, polarisasi="minimize", floor=-50)
    assert c.value == -50  # (20 − 30) / 10 × 100 = −100, floored at −50
    assert sakip.parse_id("−5") == -5
    # a negative realisasi (growth, a "penurunan" keeping its sign) against a positive
    # target: R / T, (2T − R) / T and stabilize keep their meaning (issue 23)
    assert sakip.capaian(target=1, realisasi=NEG).value == -1
    assert sakip.capaian(target=1, realisasi=NEG, polarisasi="minimize").value == 201
    assert sakip.capaian(target=(1, 5), realisasi=NEG, polarisasi="stabilize").value == -1
