"""sakip: Indonesian government performance-accounting formulas, exact and explained.

Curated re-exports for scripts and notebooks.  Every figure is a result object
with an exact ``.value``, ``.rounded(places, mode)`` and ``.explain()``.

>>> import sakip
>>> sakip.capaian(target=1176, realisasi=1189).rounded(2, mode="down")
Decimal('101.10')
>>> sakip.Predikat.from_nilai("82.70")
<Predikat.A: 'A'>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sakip import rules
from sakip.budget import (
    CapaianOutput,
    Efisiensi,
    Konsistensi,
    NilaiEfisiensi,
    Penyerapan,
    RincianOutput,
    capaian_output,
    efisiensi,
    group,
    kategori_efisiensi,
    konsistensi,
    nilai_efisiensi,
    penyerapan,
)
from sakip.composite import WeightedScore, weighted_score
from sakip.eka import eka
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    ParseError,
    SakipError,
    UnknownNameError,
)
from sakip.explain import Explanation, Figure, Step
from sakip.ikpa import IKPA, ikpa, ikpa_rule_for, kategori_ikpa
from sakip.indicators import (
    Capaian,
    CapaianRenstra,
    PercentChange,
    Polarisasi,
    capaian,
    capaian_renstra,
    percent_change,
)
from sakip.nka import nka
from sakip.numbers import Rounding, format_id, format_rupiah, parse_id
from sakip.predikat import EvaluasiAKIP, Predikat, evaluasi_akip

if TYPE_CHECKING:
    from sakip.periods import (
        Bulan,
        PeriodeRenstra,
        Semester,
        TahunAnggaran,
        Triwulan,
        parse_dates,
        per_triwulan,
    )

__version__ = "0.1.0"

__all__ = [
    "IKPA",
    "Bulan",
    "Capaian",
    "CapaianOutput",
    "CapaianRenstra",
    "Efisiensi",
    "EvaluasiAKIP",
    "Explanation",
    "Figure",
    "InvalidTypeError",
    "InvalidValueError",
    "Konsistensi",
    "NilaiEfisiensi",
    "NotComputableError",
    "ParseError",
    "Penyerapan",
    "PercentChange",
    "PeriodeRenstra",
    "Polarisasi",
    "Predikat",
    "RincianOutput",
    "Rounding",
    "SakipError",
    "Semester",
    "Step",
    "TahunAnggaran",
    "Triwulan",
    "UnknownNameError",
    "WeightedScore",
    "__version__",
    "capaian",
    "capaian_output",
    "capaian_renstra",
    "efisiensi",
    "eka",
    "evaluasi_akip",
    "format_id",
    "format_rupiah",
    "group",
    "ikpa",
    "ikpa_rule_for",
    "kategori_efisiensi",
    "kategori_ikpa",
    "konsistensi",
    "nilai_efisiensi",
    "nka",
    "parse_dates",
    "parse_id",
    "penyerapan",
    "per_triwulan",
    "percent_change",
    "rules",
    "weighted_score",
]


# Names loaded on first use, so that ``import sakip`` stays light: the date
# parser (dateutil.parser) is only imported when periods are used.
_LAZY = {
    "Bulan": "sakip.periods",
    "PeriodeRenstra": "sakip.periods",
    "Semester": "sakip.periods",
    "TahunAnggaran": "sakip.periods",
    "Triwulan": "sakip.periods",
    "parse_dates": "sakip.periods",
    "per_triwulan": "sakip.periods",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sakip' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
