"""Unit tests for Predikat and the AKIP evaluation."""

from __future__ import annotations

import pickle
from decimal import Decimal as D

import pytest

import sakip
from sakip import Predikat
from sakip.errors import InvalidValueError


@pytest.mark.parametrize(
    ("nilai", "expected"),
    [
        ("100", "AA"), ("90.01", "AA"), ("90", "A"), ("80.01", "A"), ("80", "BB"),
        ("70", "B"), ("60", "CC"), ("50", "C"), ("30.01", "C"), ("30", "D"), ("0", "D"),
        ("82.70", "A"), ("79.995", "BB"),
    ],
)
def test_band_edges(nilai: str, expected: str) -> None:
    """Lower bounds are exclusive and upper inclusive (regulations.md §2)."""
    assert Predikat.from_nilai(nilai) is Predikat.from_name(expected)


@pytest.mark.parametrize("nilai", ["101", "-0.01", "100.001"])
def test_out_of_range_refused(nilai: str) -> None:
    """Scores outside 0–100 are refused as SakipError and ValueError."""
    with pytest.raises(sakip.SakipError) as info:
        Predikat.from_nilai(nilai)
    assert isinstance(info.value, ValueError)


def test_ordering_and_names() -> None:
    """Predikat are ordered D < … < AA and print as their names."""
    assert Predikat.AA > Predikat.A > Predikat.BB > Predikat.B > Predikat.CC
    assert Predikat.CC > Predikat.C > Predikat.D
    assert Predikat.D <= Predikat.D and Predikat.A >= Predikat.BB
    assert sorted(Predikat)[0] is Predikat.D
    assert str(Predikat.BB) == "BB"
    assert Predikat.from_name(" aa ") is Predikat.AA
    assert Predikat.A.arti == "memuaskan"


def test_comparison_with_other_types_refused() -> None:
    """Comparing a predikat with a number is a TypeError, not a silent answer."""
    with pytest.raises(TypeError):
        _ = Predikat.A < 3
    with pytest.raises(TypeError):
        _ = Predikat.A >= "A"


@pytest.mark.parametrize("bad", ["AAA", "", 7, None])
def test_unknown_predikat(bad: object) -> None:
    """Unknown names raise UnknownNameError (a LookupError) listing the valid ones."""
    with pytest.raises(sakip.UnknownNameError, match="AA, A, BB") as info:
        Predikat.from_name(bad)
    assert isinstance(info.value, LookupError)


def test_evaluasi_akip_88_2021() -> None:
    """Points per component sum to the nilai; the predikat follows the bands."""
    e = sakip.evaluasi_akip(perencanaan="24.50", pengukuran="25.00", pelaporan="12.00",
                            evaluasi_internal="21.20")
    assert e.value == D("82.70") and e.predikat is Predikat.A
    assert "predikat A" in e.explain().to_text()
    assert e.explain().value == e.value
    assert e.to_rows()[0] == {"komponen": "perencanaan", "bobot": D(30), "value": D("24.50"),
                              "rounded": D("24.50")}
    assert pickle.loads(pickle.dumps(e)) == e


def test_evaluasi_akip_12_2015() -> None:
    """The 2015 rule set has five components, including capaian_kinerja."""
    e = sakip.evaluasi_akip(aturan="permenpanrb-12-2015", perencanaan=25, pengukuran=20,
                            pelaporan=12, evaluasi_internal=8, capaian_kinerja=16)
    assert e.value == 81 and e.predikat is Predikat.A
    assert "12/2015" in e.explain().in_bahasa("en").reference


def test_evaluasi_akip_validation() -> None:
    """Points above the weight, missing and unknown components, unknown rule sets are refused."""
    with pytest.raises(sakip.InvalidValueError, match="perencanaan"):
        sakip.evaluasi_akip(perencanaan=31, pengukuran=25, pelaporan=12, evaluasi_internal=21)
    with pytest.raises(sakip.InvalidValueError, match="evaluasi_internal"):
        sakip.evaluasi_akip(perencanaan=20, pengukuran=25, pelaporan=12)
    with pytest.raises(sakip.UnknownNameError, match="capaian_kinerja"):
        sakip.evaluasi_akip(perencanaan=20, pengukuran=25, pelaporan=12, evaluasi_internal=20,
                            capaian_kinerja=10)
    with pytest.raises(sakip.UnknownNameError, match="permenpanrb-88-2021"):
        sakip.evaluasi_akip(aturan="permenpanrb-1-2000", perencanaan=1)
    with pytest.raises(sakip.InvalidValueError, match="pelaporan"):
        sakip.evaluasi_akip(perencanaan=20, pengukuran=25, pelaporan=-1, evaluasi_internal=20)


def test_rule_sets_listed() -> None:
    """Every rule set is registered with citation and years."""
    listed = sakip.rules.all_rule_sets()
    kinds = {kind for kind, _ in listed}
    assert {"predikat", "lke", "capaian", "predikat-ordinal"} <= kinds
    for _, rule in listed:
        # The oldest rule set is Kepmendagri 690.900.327/1996 (rasio efisiensi bands).
        assert rule.citation and rule.years[0] >= 1996


def test_the_enum_call_refuses_with_the_library_error() -> None:
    """``Predikat("Z")`` (a new user's review): field, expected and received, still a ValueError."""
    with pytest.raises(InvalidValueError) as caught:
        Predikat("Z")
    assert (caught.value.field, caught.value.expected, caught.value.received) == (
        "predikat", "one of AA, A, BB, B, CC, C, D", "Z")
    assert isinstance(caught.value, ValueError)
    assert Predikat("BB") is Predikat.BB
