"""Unit tests for rounding, parse_id, format_id and format_rupiah."""

from __future__ import annotations

import decimal
from decimal import Decimal as D

import pytest

import sakip
from sakip._decimal import to_decimal
from sakip.numbers import Rounding, round_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("95,15", D("95.15")),
        ("101,10%", D("101.10")),
        ("36.716.642.000", D("36716642000")),
        ("Rp 36.716.642.000,-", D("36716642000")),
        ("Rp. 7.879.297.000", D("7879297000")),
        ("Rp36.716.642.000", D("36716642000")),
        ("rp 1.000,50", D("1000.50")),
        ("-3,5", D("-3.5")),
        ("1000", D("1000")),
        ("  12  ", D("12")),
        ("0,005", D("0.005")),
    ],
)
def test_parse_id_accepts(text: str, expected: D) -> None:
    """Indonesian number text in each documented shape is read exactly."""
    assert sakip.parse_id(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "  ", "1.2.3,4,5", "12,5.3", "4.25", "1,2,3", "Rp", "%", "1.00", "12.3456",
     "Rp. 36.716.642000,-", "abc", "1e5", "1 000", "NaN", "101.10%"],
)
def test_parse_id_refuses(text: str) -> None:
    """Ambiguous or malformed text is refused with ParseError (also ValueError)."""
    with pytest.raises(sakip.ParseError) as info:
        sakip.parse_id(text)
    assert isinstance(info.value, ValueError)
    assert info.value.received == text


def test_parse_id_refuses_non_text() -> None:
    """A number passed to parse_id is a type error, not a guess."""
    with pytest.raises(sakip.InvalidTypeError):
        sakip.parse_id(95.15)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "places", "mode", "expected"),
    [
        (D("95.154"), 2, "half_up", "95,15"),
        (D("101.1054"), 2, "down", "101,10"),
        (D("101.1054"), 2, "half_up", "101,11"),
        (D("36716642000"), None, "half_up", "36.716.642.000"),
        (D("0.125"), 2, "half_even", "0,12"),
        (D("0.121"), 2, "up", "0,13"),
        (D("-1234.5"), 0, "half_up", "-1.235"),
        (D("-0.001"), 2, "half_up", "0,00"),
        (D("1E+3"), None, "half_up", "1.000"),
        (D("0.00012"), None, "half_up", "0,00012"),
        (D("999999"), 0, "half_up", "999.999"),
    ],
)
def test_format_id(value: D, places: int | None, mode: str, expected: str) -> None:
    """format_id writes dot thousands and comma decimals after the chosen rounding."""
    assert sakip.format_id(value, places, mode) == expected  # type: ignore[arg-type]


def test_format_id_without_thousands() -> None:
    """thousands=False leaves the grouping dots out."""
    assert sakip.format_id(D("36716642000.5"), thousands=False) == "36716642000,5"


def test_format_rupiah() -> None:
    """Rupiah amounts are whole by default, with an optional ',-' suffix and sign."""
    assert sakip.format_rupiah(D("36716642000")) == "Rp 36.716.642.000"
    assert sakip.format_rupiah(D("7879297000"), suffix=",-") == "Rp 7.879.297.000,-"
    assert sakip.format_rupiah(D("-2500.6")) == "-Rp 2.501"


@pytest.mark.parametrize(
    ("value", "mode", "expected"),
    [
        ("2.345", "half_up", "2.35"),
        ("2.345", "half_even", "2.34"),
        ("2.345", "down", "2.34"),
        ("2.341", "up", "2.35"),
        ("-2.345", "down", "-2.34"),
        ("-2.341", "up", "-2.35"),
    ],
)
def test_round_value_modes(value: str, mode: str, expected: str) -> None:
    """Each named mode rounds as its name says."""
    assert round_value(D(value), 2, mode) == D(expected)  # type: ignore[arg-type]


def test_round_value_ignores_caller_context() -> None:
    """A caller's context with 3 digits and ROUND_FLOOR does not change rounding."""
    with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR)):
        assert round_value(D("101.1054421"), 2, "half_up") == D("101.11")


def test_rounding_validation() -> None:
    """Unknown modes and bad places are refused with the field named."""
    with pytest.raises(sakip.InvalidValueError, match="mode"):
        Rounding(mode="nearest")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="places"):
        Rounding(places=-1)
    with pytest.raises(sakip.InvalidTypeError, match="places"):
        Rounding(places=True)


def test_rounding_str() -> None:
    """A rounding policy describes itself in words, for explanations."""
    assert str(Rounding(places=2, mode="down")) == "2 decimals, truncation (toward zero)"


@pytest.mark.parametrize(
    "bad", [1.5, float("nan"), True, None, [1], D("NaN"), D("Infinity"), "95,15", "1..2", "nan",
            "1_000", "1e999999", D("1e-100001")]
)
def test_to_decimal_refuses(bad: object) -> None:
    """Floats, bools, NaN, infinities and Indonesian text are refused with the field named."""
    with pytest.raises(sakip.SakipError) as info:
        to_decimal(bad, field="pagu")
    assert info.value.field == "pagu"


def test_to_decimal_nonnegative() -> None:
    """nonnegative=True refuses negative inputs."""
    with pytest.raises(sakip.InvalidValueError, match=">= 0"):
        to_decimal(-1, field="pagu", nonnegative=True)
    assert to_decimal(" 1e2 ", field="x") == D(100)


def test_rounding_apply_names_its_value() -> None:
    """Rounding.apply refuses a float under the field ``value``, the float received as given
    (the text mutants of apply's refusal survived: only a doctest, outside the unit tests,
    pinned it)."""
    with pytest.raises(sakip.InvalidTypeError) as caught:
        Rounding(places=0).apply(1.5)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.received) == ("value", 1.5)
    assert str(caught.value).startswith("value: expected Decimal, int, str")


def test_a_rounding_passed_as_places_says_how_to_pass_it() -> None:
    """``figure.rounded(Rounding(2, "down"))`` (a new user's review): the refusal names the way."""
    from sakip import Rounding, capaian
    from sakip.errors import InvalidTypeError

    with pytest.raises(InvalidTypeError) as caught:
        capaian(target=1176, realisasi=1189).rounded(Rounding(2, "down"))  # type: ignore[arg-type]
    assert caught.value.field == "places"
    assert caught.value.expected == ("an integer (for a Rounding r, pass r.places and r.mode, "
                                     "or use r.apply(x))")
    with pytest.raises(InvalidTypeError) as plain:
        round_value(1, "2")  # type: ignore[arg-type]
    assert plain.value.expected == "an integer"
