"""Unit tests for capaian kinerja."""

from __future__ import annotations

import pickle
from decimal import Decimal as D

import pytest

import sakip


def test_issue_examples() -> None:
    """The calls promised in the foundation issue work exactly as written."""
    c = sakip.capaian(target=1176, realisasi=1189)
    assert abs(c.value - D(1189) / D(1176) * 100) < D("1e-20")
    assert c.rounded(2) == D("101.11")
    assert c.rounded(2, mode="down") == D("101.10")
    assert sakip.capaian(target=10, realisasi=12, polarisasi="minimize").value == 80
    assert sakip.capaian(target=(80, 90), realisasi=70, polarisasi="stabilize").value == D("87.5")
    assert sakip.capaian(target=(80, 90), realisasi=85, polarisasi="stabilize").value == 100
    assert sakip.capaian(target="BB", realisasi="A").value == 120
    assert sakip.capaian(target=sakip.Predikat.BB, realisasi=sakip.Predikat.A).value == 120


def test_value_exact_to_many_digits() -> None:
    """The unrounded value carries at least 28 significant digits."""
    value = sakip.capaian(target=3, realisasi=1).value
    assert str(value).startswith("33.33333333333333333333333333")


@pytest.mark.parametrize(
    ("target", "realisasi", "expected"),
    [("7", "6.5", "107.14"), ("8", "9", "87.50"), ("10", "25", "-50.00"), ("10", "0", "200.00")],
)
def test_minimize_2t_minus_r(target: str, realisasi: str, expected: str) -> None:
    """Minimize uses (2T − R)/T (regulations.md §1.2 worked examples)."""
    c = sakip.capaian(target=target, realisasi=realisasi, polarisasi="minimize")
    assert c.rounded(2) == D(expected)


def test_minimize_t_over_r_alternative() -> None:
    """The T/R convention differs: T=8, R=9 gives 88,89 instead of 87,5."""
    c = sakip.capaian(target=8, realisasi=9, polarisasi="minimize", rumus_minimize="t/r")
    assert c.rounded(2) == D("88.89")
    assert "convention" in c.explain().to_text("en")
    with pytest.raises(sakip.NotComputableError):
        sakip.capaian(target=8, realisasi=0, polarisasi="minimize", rumus_minimize="t/r")


def test_minimize_met_exactly_is_100_not_0() -> None:
    """The (T − R)/T bug gives 0 % when the target is met; sakip gives 100 %."""
    assert sakip.capaian(target=5, realisasi=5, polarisasi="minimize").value == 100


def test_stabilize_above_range_evaluated_against_upper() -> None:
    """Above the range the indicator is evaluated as minimize against U."""
    c = sakip.capaian(target=(80, 90), realisasi=99, polarisasi="stabilize")
    assert c.value == D(90)  # (2·90 − 99)/90 = 81/90
    assert sakip.capaian(target=(80, 90), realisasi=80, polarisasi="stabilize").value == 100
    assert sakip.capaian(target=(80, 90), realisasi=90, polarisasi="stabilize").value == 100


def test_stabilize_needs_a_range() -> None:
    """A single number under stabilize, or a reversed range, is refused."""
    with pytest.raises(sakip.InvalidTypeError, match="low, high"):
        sakip.capaian(target=80, realisasi=85, polarisasi="stabilize")
    with pytest.raises(sakip.InvalidValueError, match="low <= high"):
        sakip.capaian(target=(90, 80), realisasi=85, polarisasi="stabilize")
    with pytest.raises(sakip.InvalidTypeError, match="stabilize"):
        sakip.capaian(target=(80, 90), realisasi=85)


def test_zero_target_not_computable() -> None:
    """A zero target raises NotComputableError, also a ValueError, naming the case."""
    for polarisasi in ("maximize", "minimize"):
        with pytest.raises(sakip.NotComputableError, match="target is zero") as info:
            sakip.capaian(target=0, realisasi=5, polarisasi=polarisasi)
        assert isinstance(info.value, ValueError)


def test_blank_is_not_zero() -> None:
    """Blank realisasi (None) is not computable; a zero realisasi is 0 %."""
    with pytest.raises(sakip.NotComputableError, match="blank"):
        sakip.capaian(target=10, realisasi=None)
    assert sakip.capaian(target=10, realisasi=0).value == 0


def test_float_refused_as_type_error() -> None:
    """A float target raises an error that is SakipError and TypeError."""
    with pytest.raises(sakip.SakipError) as info:
        sakip.capaian(target=1176.0, realisasi=1189)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert "Decimal(str(x))" in str(info.value)


def test_negative_and_bad_options_refused() -> None:
    """Negative inputs, unknown polarisasi and rumus, and floor above cap are refused."""
    with pytest.raises(sakip.InvalidValueError, match="target"):
        sakip.capaian(target=-1, realisasi=5)
    with pytest.raises(sakip.InvalidValueError, match="polarisasi"):
        sakip.capaian(target=1, realisasi=5, polarisasi="up")
    with pytest.raises(sakip.InvalidValueError, match="rumus_minimize"):
        sakip.capaian(target=1, realisasi=5, rumus_minimize="t-r")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="floor"):
        sakip.capaian(target=1, realisasi=5, cap=100, floor=120)


def test_predikat_mixing_refused() -> None:
    """A predikat target needs a predikat realisasi and polarisasi maximize."""
    with pytest.raises(sakip.InvalidValueError, match="predikat on both"):
        sakip.capaian(target="BB", realisasi=5)
    with pytest.raises(sakip.InvalidValueError, match="predikat on both"):
        sakip.capaian(target=5, realisasi="A")
    with pytest.raises(sakip.InvalidValueError, match="maximize"):
        sakip.capaian(target="BB", realisasi="A", polarisasi="minimize")


def test_cap_and_floor() -> None:
    """Cap and floor apply only when asked and show in the explanation."""
    capped = sakip.capaian(target=447, realisasi=748, cap=120)
    assert capped.value == 120
    assert "capped" in capped.explain().to_text("en")
    floored = sakip.capaian(target=10, realisasi=25, polarisasi="minimize", floor=0)
    assert floored.value == 0
    assert "floored" in floored.explain().to_text("en")
    assert sakip.capaian(target=447, realisasi=748).value > 167


def test_explain_text_shows_inputs_rounding_reference() -> None:
    """The text explanation shows formula, inputs, exact and printed values and reference."""
    explanation = sakip.capaian(target=1176, realisasi=1189).explain(mode="down")
    text = explanation.to_text("en")
    for part in ("R / T × 100", "T (target) = 1176", "R (realisasi) = 1189",
                 "101.1054421768707", "printed 101,10", "truncation", "PermenPANRB"):
        assert part in text
    text = explanation.to_text()  # Bahasa Indonesia, the default
    for part in ("R / T × 100", "T (target) = 1176", "101.1054421768707", "tercetak 101,10",
                 "dipotong", "dasar: PermenPANRB"):
        assert part in text


def test_explain_markdown_and_html() -> None:
    """Markdown and HTML renderings carry the printed value; HTML is escaped."""
    c = sakip.capaian(target=(80, 90), realisasi=70, polarisasi="stabilize")
    assert "87,50" in c.explain().to_markdown()
    html = c._repr_html_()
    assert html.startswith('<div class="sakip-explanation">') and "87,50" in html
    inside = sakip.capaian(target=(80, 90), realisasi=85, polarisasi="stabilize")
    assert "L &lt;= R &lt;= U" in inside._repr_html_()


def test_results_pickle_and_are_frozen() -> None:
    """Results pickle round-trip and cannot be mutated."""
    c = sakip.capaian(target="BB", realisasi="A")
    assert pickle.loads(pickle.dumps(c)) == c
    with pytest.raises(AttributeError):
        c.value = D(1)  # type: ignore[misc]


def test_to_row() -> None:
    """to_row gives a plain dict for DataFrames: inputs, exact value, rounded value."""
    row = sakip.capaian(target=10, realisasi=12).to_row()
    assert row == {"target": D(10), "realisasi": D(12), "polarisasi": "maximize",
                   "rumus_minimize": "2t-r", "cap": None, "floor": None,
                   "value": D(120), "rounded": D("120.00")}


def test_percent_change() -> None:
    """Percent change from old to new; zero old is not computable."""
    assert sakip.percent_change(old="91.59", new="95.15").rounded(2, mode="down") == D("3.88")
    with pytest.raises(sakip.NotComputableError):
        sakip.percent_change(old=0, new=1)
    assert "(new − old) / old" in sakip.percent_change(old=1, new=2).explain().to_text("en")
