"""Maturitas SPIP: the six levels of the government internal control system (PP 60/2008).

BPKP rates the maturity of a unit's SPIP (Sistem Pengendalian Intern
Pemerintah) in levels 0 Belum Ada, 1 Rintisan, 2 Berkembang, 3 Terdefinisi,
4 Terkelola dan Terukur, 5 Optimum (PP 60/2008; Peraturan BPKP 5/2021).
Reports print a score and a level ("3,21 — Level 3") and set targets as
levels; ``sakip.capaian`` compares a level target with a realised level
by the ratio of ordinal ranks, like predikat targets (Level 4 against a
Level 3 target is 4/3 = 133,33 %).  The rank of a level is its number
[CONV]: so a Level 0 target has no capaian (not computable, as any zero
target), and a realised Level 0 gives 0 %.

The score → level bands of BPKP 5/2021 and its component weights were not
retrieved [OPEN]: sakip reads a printed level, never a level from a score.

>>> import sakip
>>> sakip.level_spip("Level 3"), sakip.level_spip(3).label
(<LevelSPIP.TERDEFINISI: 3>, 'Terdefinisi')
>>> sakip.capaian(target="Level 3", realisasi="Level 4").rounded(2)
Decimal('133.33')
"""

from __future__ import annotations

import enum
import re

import attrs

from sakip import _rules as rules
from sakip.errors import InvalidTypeError, InvalidValueError

__all__ = ["MATURITAS_SPIP", "LevelSPIP", "MaturitasSPIP", "level_spip"]


def __dir__() -> list[str]:
    return sorted(__all__)


@attrs.frozen(kw_only=True)
class MaturitasSPIP(rules.RuleSet):
    """The SPIP maturity levels as data: ``(level, name)`` from 0 to 5.

    >>> MATURITAS_SPIP.levels[3]
    (3, 'Terdefinisi')
    """

    #: ``(level, name as the regulation writes it)``, lowest first.
    levels: tuple[tuple[int, str], ...]


#: PP 60/2008 and Peraturan BPKP 5/2021: 0 Belum Ada … 5 Optimum [S, levels only].
MATURITAS_SPIP = rules.register(
    "maturitas-spip",
    MaturitasSPIP(
        name="bpkp-5-2021",
        citation="PP 60/2008 (SPIP); Peraturan BPKP 5/2021 (penilaian maturitas "
        "penyelenggaraan SPIP terintegrasi): levels 0 Belum Ada, 1 Rintisan, 2 Berkembang, "
        "3 Terdefinisi, 4 Terkelola dan Terukur, 5 Optimum; score bands and component "
        "weights not retrieved",
        years=(2021, None),
        confidence="S",
        levels=((0, "Belum Ada"), (1, "Rintisan"), (2, "Berkembang"), (3, "Terdefinisi"),
                (4, "Terkelola dan Terukur"), (5, "Optimum")),
    ),
)


class LevelSPIP(enum.IntEnum):
    """An SPIP maturity level, 0 Belum Ada … 5 Optimum; written ``"Level 3"``.

    Its rank, for a capaian against a level target, is its number [CONV].

    >>> LevelSPIP.TERDEFINISI, str(LevelSPIP.TERDEFINISI), LevelSPIP.TERDEFINISI.label
    (<LevelSPIP.TERDEFINISI: 3>, 'Level 3', 'Terdefinisi')
    """

    BELUM_ADA = 0
    RINTISAN = 1
    BERKEMBANG = 2
    TERDEFINISI = 3
    TERKELOLA_DAN_TERUKUR = 4
    OPTIMUM = 5

    @property
    def label(self) -> str:
        """The level's name as the regulation writes it (``"Terdefinisi"``)."""
        return dict(MATURITAS_SPIP.levels)[int(self)]

    def __str__(self) -> str:
        return f"Level {int(self)}"


_TEXT = re.compile(r"\s*level\s*([0-5])\s*", re.IGNORECASE)


def level_spip(value: object) -> LevelSPIP:
    """An SPIP level from ``"Level 3"``, ``3`` or a :class:`LevelSPIP`; anything else refused.

    A score (``"3.21"``) is not a level: the score bands were not retrieved,
    so a level is read only as printed.

    >>> level_spip("level 5"), level_spip(0).label
    (<LevelSPIP.OPTIMUM: 5>, 'Belum Ada')
    >>> level_spip("3.21")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: level: expected a level 'Level 0' … 'Level 5' ...
    """
    if isinstance(value, LevelSPIP):
        return value
    if type(value) is int:
        if 0 <= value <= 5:
            return LevelSPIP(value)
    elif isinstance(value, str):
        match = _TEXT.fullmatch(value)
        if match:
            return LevelSPIP(int(match.group(1)))
    else:
        raise InvalidTypeError(field="level", expected="'Level n' text, an int 0–5 or a "
                               "LevelSPIP", received=value)
    raise InvalidValueError(field="level", expected="a level 'Level 0' … 'Level 5' (or 0–5); "
                            "a score is not read as a level (bands not retrieved)",
                            received=value)
