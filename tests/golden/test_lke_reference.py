"""Golden: LKE worksheet figures.

Sources:

* project reference ``regulations.md`` §10, worked example: a hospital's LKE
  application defaults (PermenPANRB 88/2021, one grade per sub-component, AA…E
  scale) → 24,00 / 27,60 / 13,50 / 23,00 → nilai 88,10 → A;
* §10 table of sub-component weights (6/9/15, 6/9/15, 3/4,5/7,5, 5/7,5/12,5);
* the seed report (LKj 2023, BGP Provinsi Kalimantan Selatan, Bab III, IKK 2.1):
  "memperoleh nilai akuntabilitas kinerja 82,70 dengan predikat A".

Compared as printed strings (two decimals, half-up), as the worksheet prints them.
"""

from __future__ import annotations

import pytest

import sakip
from sakip.lke import LEMBAR_KERJA_PERMENPANRB_88_2021

HOSPITAL = {
    "1.a": "A", "1.b": "A", "1.c": "B",
    "2.a": "AA", "2.b": "A", "2.c": "A",
    "3.a": "A", "3.b": "A", "3.c": "A",
    "4.a": "AA", "4.b": "A", "4.c": "A",
}
HOSPITAL_SUB = {
    "1.a": "5,40", "1.b": "8,10", "1.c": "10,50",
    "2.a": "6,00", "2.b": "8,10", "2.c": "13,50",
    "3.a": "2,70", "3.b": "4,05", "3.c": "6,75",
    "4.a": "5,00", "4.b": "6,75", "4.c": "11,25",
}
HOSPITAL_KOMPONEN = {"perencanaan": "24,00", "pengukuran": "27,60", "pelaporan": "13,50",
                     "evaluasi_internal": "23,00"}


def test_hospital_sub_components() -> None:
    """Each sub-component's printed points (reference §10 worked example)."""
    r = sakip.lke(HOSPITAL)
    assert {k: sakip.format_id(v, 2) for k, v in r.sub_komponen.items()} == HOSPITAL_SUB


def test_hospital_components_nilai_predikat() -> None:
    """24,00 + 27,60 + 13,50 + 23,00 = 88,10 → A (reference §10 worked example)."""
    r = sakip.lke(HOSPITAL)
    assert {k: sakip.format_id(v, 2) for k, v in r.komponen.items()} == HOSPITAL_KOMPONEN
    assert r.printed(2) == "88,10"
    assert r.predikat is sakip.Predikat.A
    assert r.temuan == ()  # b and c never above a in this example


def test_hospital_points_to_aa() -> None:
    """88,10 → AA needs more than 90: 1,91 at two decimals (90,00 itself is A)."""
    needed = sakip.lke(HOSPITAL).poin_menuju()
    assert needed is not None and sakip.format_id(needed, 2) == "1,91"


@pytest.mark.parametrize(
    ("kode", "bobot"),
    [("1.a", "6"), ("1.b", "9"), ("1.c", "15"), ("2.a", "6"), ("2.b", "9"), ("2.c", "15"),
     ("3.a", "3"), ("3.b", "4,5"), ("3.c", "7,5"), ("4.a", "5"), ("4.b", "7,5"),
     ("4.c", "12,5")],
)
def test_sub_component_weights(kode: str, bobot: str) -> None:
    """The weights of reference §10's table, derived as component × 20/30/50 %."""
    assert LEMBAR_KERJA_PERMENPANRB_88_2021.bobot(kode) == sakip.parse_id(bobot)


def test_seed_nilai_82_70_is_a() -> None:
    """The seed's nilai 82,70 gets predikat A; as an LKE of uniform 82,70 % answers too."""
    nilai = sakip.parse_id("82,70")
    assert sakip.Predikat.from_nilai(nilai) is sakip.Predikat.A
    r = sakip.lke(dict.fromkeys(sakip.lke_codes(), nilai))
    assert r.printed(2) == "82,70" and r.predikat is sakip.Predikat.A
