"""SPIP maturity levels (PP 60/2008; BPKP 5/2021) and level targets in capaian."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError
from sakip.spip import MATURITAS_SPIP, LevelSPIP


def test_levels_as_published() -> None:
    """0 Belum Ada, 1 Rintisan, 2 Berkembang, 3 Terdefinisi, 4 Terkelola dan Terukur, 5 Optimum."""
    assert [(int(level), level.label) for level in LevelSPIP] == list(MATURITAS_SPIP.levels)
    assert [str(level) for level in LevelSPIP] == [f"Level {n}" for n in range(6)]


@pytest.mark.parametrize(("text", "level"), [
    ("Level 3", LevelSPIP.TERDEFINISI), ("level 0", LevelSPIP.BELUM_ADA),
    (" LEVEL 5 ", LevelSPIP.OPTIMUM), (4, LevelSPIP.TERKELOLA_DAN_TERUKUR),
    (LevelSPIP.RINTISAN, LevelSPIP.RINTISAN),
])
def test_level_read(text: object, level: LevelSPIP) -> None:
    """Levels are read from "Level n", an int 0–5 or a LevelSPIP."""
    assert sakip.level_spip(text) is level


@pytest.mark.parametrize(("value", "error"), [
    ("Level 6", InvalidValueError), ("3.21", InvalidValueError), (6, InvalidValueError),
    (-1, InvalidValueError), (3.0, InvalidTypeError), (True, InvalidTypeError),
    (D(3), InvalidTypeError), ("Level", InvalidValueError),
])
def test_level_refusals(value: object, error: type[Exception]) -> None:
    """Scores, out-of-range levels, floats and bools are not levels."""
    with pytest.raises(error) as caught:
        sakip.level_spip(value)
    assert getattr(caught.value, "field", None) == "level"


def test_capaian_of_level_targets() -> None:
    """Level 4 against a Level 3 target: 4/3 = 133,33 %; Level 3 against 3: 100 % [CONV]."""
    assert sakip.format_id(sakip.capaian(target="Level 3", realisasi="Level 4").value,
                           2) == "133,33"
    assert sakip.capaian(target=LevelSPIP.TERDEFINISI, realisasi="level 3").value == 100
    assert sakip.capaian(target="Level 4", realisasi="Level 3").value == 75


def test_level_0_decision() -> None:
    """A Level 0 target has no capaian (rank 0); a realised Level 0 is 0 %."""
    with pytest.raises(NotComputableError, match="Level 0"):
        sakip.capaian(target="Level 0", realisasi="Level 2")
    assert sakip.capaian(target="Level 3", realisasi="Level 0").value == 0


def test_level_targets_refuse_mixtures() -> None:
    """A level against a number or a predikat, or a non-maximize polarisasi, is refused."""
    with pytest.raises(InvalidValueError) as caught:
        sakip.capaian(target="Level 3", realisasi=3)
    assert caught.value.field == "realisasi"
    with pytest.raises(InvalidValueError):
        sakip.capaian(target="BB", realisasi="Level 3")
    with pytest.raises(InvalidValueError, match="maximize"):
        sakip.capaian(target="Level 3", realisasi="Level 4", polarisasi="minimize")


def test_level_capaian_explains_and_rows() -> None:
    """The explanation shows the ranks and cites the levels' regulation; rows show the level."""
    c = sakip.capaian(target="Level 3", realisasi="Level 4")
    e = c.explain().in_bahasa("en")
    assert e.steps[0].name == "ordinal ranks" and "BPKP 5/2021" in e.steps[0].reference
    assert e.value == c.value
    row = c.to_row()
    assert (row["target"], row["realisasi"]) == ("Level 3", "Level 4")
