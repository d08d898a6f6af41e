"""Indeks SPBE and Indeks Pemdi: weights, hand-worked examples, ranges, refusals.

No published index with its domain or aspect values was found (searched: LKj,
LKjIP, KemenPANRB releases); the examples are hand-worked from the weights of
the reference (§13) and say so.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import attrs
import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError
from sakip.pemerintah_digital import (
    INDEKS_PEMDI_8_2026,
    INDEKS_SPBE_59_2020,
    InstrumenIndeks,
    Menunggu,
    Rentang,
)
from sakip.rules import find

ALL_3 = dict.fromkeys(range(1, 21), 3)
DOMAINS = {"kebijakan_internal": "3.12", "tata_kelola": "2.80", "manajemen": "2.05",
           "layanan": "3.41"}


def _pemdi() -> dict[int, Any]:
    return dict(ALL_3)


# ----------------------------------------------------------------- weights


def test_pemdi_2026_aspect_weights_sum_to_100() -> None:
    """Aspects 10 + 10 + 15 + 15 + 10 + 15 + 25 = 100 (reference §13)."""
    weights = [w for _, w, _ in INDEKS_PEMDI_8_2026.aspek]
    assert weights == [10, 10, 15, 15, 10, 15, 25]
    assert sum(weights) == 100


def test_pemdi_2026_indicator_weights_sum_to_their_aspect() -> None:
    """Each aspect's indicator weights sum to the aspect's weight; all twenty sum to 100."""
    weights = dict(INDEKS_PEMDI_8_2026.weights)
    for name, weight, members in INDEKS_PEMDI_8_2026.aspek:
        assert sum(weights[m] for m in members) == weight, name
    assert sum(weights.values()) == 100
    assert sorted(int(n) for n in weights) == list(range(1, 21))


def test_spbe_domain_weights_sum_to_100() -> None:
    """13 + 25 + 16,5 + 45,5 = 100 (reference §13)."""
    assert sum(w for _, w in INDEKS_SPBE_59_2020.weights) == 100


def test_instrument_refuses_an_aspect_weight_that_is_not_its_sum() -> None:
    """An aspect's weight must equal its indicators' sum (a mistyped table is refused)."""
    with pytest.raises(InvalidValueError, match=r"aspek\[a\]"):
        InstrumenIndeks(name="x", citation="c", years=(2026, None), confidence="OPEN",
                        weights=(("1", 50), ("2", 50)), nama=(("1", "a"), ("2", "b")),
                        aspek=(("a", 40, ("1",)), ("b", 50, ("2",))))
    with pytest.raises(InvalidValueError, match="exactly one aspect"):
        InstrumenIndeks(name="x", citation="c", years=(2026, None), confidence="OPEN",
                        weights=(("1", 50), ("2", 50)), nama=(("1", "a"), ("2", "b")),
                        aspek=(("a", 50, ("1",)),))


# ------------------------------------------------------- hand-worked values


def test_spbe_hand_worked() -> None:
    """0,13×3,12 + 0,25×2,80 + 0,165×2,05 + 0,455×3,41 = 2,9954 → "3,00", Baik (hand-worked)."""
    s = sakip.indeks_spbe(domain=DOMAINS)
    assert (s.value, s.printed(), s.predikat) == (D("2.9954"), "3,00", "Baik")
    assert s.aspek == ()


def test_pemdi_hand_worked_with_aspects() -> None:
    """Levels 3 everywhere, 4 on Keamanan (9–12) and 2 on indicator 20 (hand-worked).

    Keamanan = 4; Kepuasan Pengguna = (10×3 + 15×2)/25 = 2,4; index = 3 + 0,15 − 0,15 = 3.
    """
    p = sakip.indeks_pemdi(indikator=_pemdi() | {9: 4, 10: 4, 11: 4, 12: 4, 20: 2})
    aspek = {name: value for name, _, value in p.aspek}
    assert aspek["keamanan"] == 4
    assert aspek["kepuasan_pengguna"] == D("2.4")
    assert aspek["data"] == 3
    assert p.value == 3
    assert p.predikat == "Baik"
    assert sakip.format_id(p.value, 2) == "3,00"


def test_pemdi_from_aspects_equals_from_indicators() -> None:
    """Σ bobot_aspek × indeks_aspek / 100 is the same index as Σ bobot × level / 100."""
    levels = _pemdi() | {1: 5, 6: 1, 19: 4, 20: 2}
    p = sakip.indeks_pemdi(indikator=levels)
    q = sakip.indeks_pemdi(aspek={name: value for name, _, value in p.aspek})
    assert q.value == p.value
    assert q.aspek == p.aspek


def test_pemdi_extremes() -> None:
    """All 1 gives 1,00 Kurang; all 5 gives 5,00 Memuaskan."""
    low = sakip.indeks_pemdi(indikator=dict.fromkeys(range(1, 21), 1))
    high = sakip.indeks_pemdi(indikator=dict.fromkeys(range(1, 21), 5))
    assert (low.value, low.predikat) == (D(1), "Kurang")
    assert (high.value, high.predikat) == (D(5), "Memuaskan")


def test_bands_differ_between_instruments() -> None:
    """The same value can be "Cukup" under 59/2020 and "Baik" under 8/2026 (reference §13)."""
    read = sakip.predikat_indeks_digital
    assert read("2.55", aturan="permenpanrb-59-2020") == "Cukup"
    assert read("2.55", aturan="permenpanrb-8-2026") == "Baik"
    assert read("1.6", aturan="permenpanrb-59-2020") == "Kurang"
    assert read("1.6", aturan="permenpanrb-8-2026") == "Cukup"
    assert read("4.1", aturan="permenpanrb-59-2020") == "Sangat Baik"
    assert read("4.1", aturan="permenpanrb-8-2026") == "Memuaskan"


# --------------------------------------------------------------- the range


def test_range_from_printed_domains() -> None:
    """Printed 2-decimal domains allow the index within [Σ w(v − 0,005), Σ w(v + 0,005))."""
    s = sakip.indeks_spbe(domain=DOMAINS)
    r = s.rentang()
    assert (r.lower, r.upper) == (D("2.9904"), D("3.0004"))
    assert r.lower_inclusive and not r.upper_inclusive
    assert s.konsisten("3.00") and s.konsisten("2.99")
    assert not s.konsisten("3.01") and not s.konsisten("2.98")


def test_range_of_indicator_levels_is_the_value() -> None:
    """Integer levels are exact: the range is one point."""
    p = sakip.indeks_pemdi(indikator=ALL_3)
    assert p.rentang() == Rentang(lower=D(3), upper=D(3))
    assert p.konsisten("3.00") and not p.konsisten("3.01")


def test_range_clipped_to_levels() -> None:
    """Every domain printed 5,00 cannot stand for more than 5: the range ends at 5, closed."""
    s = sakip.indeks_spbe(domain=dict.fromkeys(DOMAINS, "5.00"))
    r = s.rentang()
    assert (r.upper, r.upper_inclusive) == (D(5), True)
    assert r.lower == D("4.995")


def test_range_refuses_inputs_with_more_decimals_than_printed() -> None:
    """A domain value with three decimals is not a figure printed with two."""
    s = sakip.indeks_spbe(domain=DOMAINS | {"layanan": "3.415"})
    with pytest.raises(InvalidValueError, match="printed"):
        s.rentang()
    assert s.rentang(sakip.Rounding(places=3)).lower < s.value


@pytest.mark.parametrize(("mode", "lower", "upper", "closed"), [
    ("half_up", "3.495", "3.505", (True, False)),
    ("down", "3.50", "3.51", (True, False)),
    ("up", "3.49", "3.50", (False, True)),
    ("half_even", "3.495", "3.505", (True, True)),
])
def test_printed_region_by_mode(mode: Any, lower: str, upper: str,
                                closed: tuple[bool, bool]) -> None:
    """The exact values that print as 3,50 under each rounding mode."""
    r = Rentang.from_printed("3.50", sakip.Rounding(places=2, mode=mode))
    assert (r.lower, r.upper) == (D(lower), D(upper))
    assert (r.lower_inclusive, r.upper_inclusive) == closed
    for value in (r.lower, r.upper, (r.lower + r.upper) / 2):
        assert (value in r) == (sakip.Rounding(places=2, mode=mode).apply(value) == D("3.50"))


def test_half_even_odd_digit_is_open() -> None:
    """3,51 under half-even: 3,505 rounds to 3,50 and 3,515 to 3,52, so both ends are open."""
    r = Rentang.from_printed("3.51", sakip.Rounding(places=2, mode="half_even"))
    assert not r.lower_inclusive and not r.upper_inclusive


def test_meets_at_a_shared_end() -> None:
    """Intervals touching at one end meet only when both include it."""
    a = Rentang(lower=D(1), upper=D(2))
    assert a.meets(Rentang(lower=D(2), upper=D(3)))
    assert not a.meets(Rentang(lower=D(2), upper=D(3), lower_inclusive=False))
    assert not Rentang(lower=D(2), upper=D(3)).meets(
        Rentang(lower=D(1), upper=D(2), upper_inclusive=False))
    assert not a.meets(Rentang(lower=D(3), upper=D(4)))
    with pytest.raises(InvalidTypeError):
        a.meets((1, 2))  # type: ignore[arg-type]


# --------------------------------------------------------------- pending


def test_pending_indicator_is_not_computable() -> None:
    """A level awaited from a national system makes the index not computable, naming it."""
    levels = _pemdi() | {11: Menunggu(sumber="BSSN"), 7: Menunggu(sumber="BPS")}
    with pytest.raises(NotComputableError) as caught:
        sakip.indeks_pemdi(indikator=levels)
    assert caught.value.field == "indikator[7]"
    assert "7 (Pembangunan Statistik) from BPS" in caught.value.reason
    assert "11 (Kriptografi) from BSSN" in caught.value.reason


def test_pending_is_not_a_number() -> None:
    """Menunggu is refused wherever a number is expected."""
    with pytest.raises(InvalidTypeError):
        sakip.capaian(target=3, realisasi=Menunggu())  # type: ignore[arg-type]


# --------------------------------------------------------------- refusals


@pytest.mark.parametrize(("level", "error"), [
    (0, InvalidValueError), (6, InvalidValueError), (-1, InvalidValueError),
    (D("2.5"), InvalidValueError), ("3,5", InvalidValueError), (3.0, InvalidTypeError),
    (True, InvalidTypeError), (None, InvalidTypeError),
])
def test_levels_outside_1_to_5_refused(level: object, error: type[Exception]) -> None:
    """Levels outside 1–5, fractions, floats and bools are refused naming the indicator."""
    with pytest.raises(error) as caught:
        sakip.indeks_pemdi(indikator=_pemdi() | {14: level})
    assert getattr(caught.value, "field", None) == "indikator[14]"


def test_missing_and_unknown_indicators_refused() -> None:
    """Every indicator 1–20 must be given; 21 and text keys are refused."""
    partial = dict.fromkeys(range(1, 20), 3)
    with pytest.raises(InvalidValueError, match="missing 20"):
        sakip.indeks_pemdi(indikator=partial)
    with pytest.raises(InvalidValueError) as caught:
        sakip.indeks_pemdi(indikator=_pemdi() | {21: 3})
    assert caught.value.field == "indikator[21]"
    with pytest.raises(InvalidTypeError):
        sakip.indeks_pemdi(indikator={str(n): 3 for n in range(1, 21)})  # type: ignore[misc]
    with pytest.raises(InvalidTypeError):
        sakip.indeks_pemdi(indikator={True: 3, **dict.fromkeys(range(2, 21), 3)})


def test_exactly_one_input_form() -> None:
    """indikator= and aspek= together, or neither, are refused."""
    with pytest.raises(InvalidValueError, match="exactly one"):
        sakip.indeks_pemdi()
    with pytest.raises(InvalidValueError, match="exactly one"):
        sakip.indeks_pemdi(indikator=ALL_3, aspek={"data": 3})


def test_domain_refusals() -> None:
    """Domains outside [1, 5], missing or unknown domains, floats are refused by name."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.indeks_spbe(domain=DOMAINS | {"manajemen": "5.01"})
    assert caught.value.field == "domain[manajemen]"
    with pytest.raises(InvalidValueError, match="missing layanan"):
        sakip.indeks_spbe(domain={k: v for k, v in DOMAINS.items() if k != "layanan"})
    with pytest.raises(InvalidValueError):
        sakip.indeks_spbe(domain=DOMAINS | {"data": 3})
    with pytest.raises(InvalidTypeError):
        sakip.indeks_spbe(domain={**DOMAINS, "layanan": 3.41})  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError):
        sakip.indeks_spbe(domain=[("layanan", 3)])  # type: ignore[arg-type]


def test_wrong_instrument_refused() -> None:
    """An SPBE instrument to indeks_pemdi (and the reverse) is refused naming the other call."""
    with pytest.raises(InvalidValueError, match="indeks_spbe"):
        sakip.indeks_pemdi(indikator=ALL_3, aturan="permenpanrb-59-2020")
    with pytest.raises(InvalidValueError, match="indeks_pemdi"):
        sakip.indeks_spbe(domain=DOMAINS, aturan="permenpanrb-8-2026")
    with pytest.raises(LookupError):
        sakip.indeks_pemdi(indikator=ALL_3, aturan="b-66-pd02-2025")


def test_positional_call_refused() -> None:
    """The keyword-only ritual: a positional mapping gets sakip's error."""
    with pytest.raises(InvalidTypeError, match="keyword"):
        sakip.indeks_spbe(DOMAINS)  # type: ignore[call-arg, arg-type]


# --------------------------------------------------------------- results


def test_result_refuses_evolve_and_explains() -> None:
    """A what-if is a new call; the explanation ends in the value and cites the regulation."""
    p = sakip.indeks_pemdi(indikator=_pemdi() | {20: 4})
    with pytest.raises(InvalidTypeError, match="indeks_pemdi"):
        attrs.evolve(p, value=D(5))
    e = p.explain()
    assert e.value == p.value
    assert "8/2026" in e.reference
    assert [s.name for s in e.steps][-1] == "indeks (permenpanrb-8-2026)"
    assert len(e.steps) == 8  # seven aspects, then the index
    assert "predikat 'Baik'" in e.notes[0]
    assert "IndeksDigital(value=Decimal('3.15'), aturan='permenpanrb-8-2026'" in repr(p)


def test_rows() -> None:
    """One row per input, with the regulation's names and weights."""
    rows = sakip.indeks_spbe(domain=DOMAINS).to_rows()
    assert [(r["masukan"], r["bobot"]) for r in rows] == [
        ("kebijakan_internal", 13), ("tata_kelola", 25), ("manajemen", D("16.5")),
        ("layanan", D("45.5"))]
    assert sakip.indeks_pemdi(indikator=ALL_3).to_row()["predikat"] == "Baik"


def test_rule_sets_found_by_kind() -> None:
    """The instruments and their tables are registered with citation, years, confidence."""
    rule = find("indeks-pemerintah-digital", "permenpanrb-8-2026")
    assert rule.confidence == "S" and rule.years == (2026, None)
    assert find("predikat-pemerintah-digital", "permenpanrb-59-2020").years == (2020, 2024)


def test_values_refuse_bad_fields() -> None:
    """Rentang ends are finite Decimals in order; Menunggu.sumber is text."""
    with pytest.raises(InvalidTypeError):
        Rentang(lower=1, upper=D(2))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        Rentang(lower=D(3), upper=D(2))
    with pytest.raises(InvalidTypeError):
        Menunggu(sumber=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="printed"):
        Rentang.from_printed("-1")
