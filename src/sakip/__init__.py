"""sakip: Indonesian government performance-accounting formulas, exact and explained.

Curated re-exports for scripts and notebooks.  Every figure is a result object
with an exact ``.value``, ``.rounded(places, mode)`` and ``.explain()``.

``import sakip`` is light: each name below is imported from its module on
first use (see the architecture page of the docs), so a script that only
needs ``sakip.capaian`` never loads the date parser, TOML reading or the reviu.

>>> import sakip
>>> sakip.capaian(target=1176, realisasi=1189).rounded(2, mode="down")
Decimal('101.10')
>>> sakip.Predikat.from_nilai("82.70")
<Predikat.A: 'A'>
"""

from __future__ import annotations

import importlib
import sys
import types

# typing costs more to import than the rest of this file; mypy treats this name
# as true, so the imports below are seen by type checkers and skipped at run time.
TYPE_CHECKING = False

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    # errors
    "SakipError": "sakip.errors",
    "BatchError": "sakip.errors",
    "InvalidTypeError": "sakip.errors",
    "InvalidValueError": "sakip.errors",
    "LaporanError": "sakip.errors",
    "NotComputableError": "sakip.errors",
    "ParseError": "sakip.errors",
    "UnknownNameError": "sakip.errors",
    # numbers and explanations
    "Rounding": "sakip.numbers",
    "parse_en": "sakip.numbers",
    "parse_id": "sakip.numbers",
    "format_id": "sakip.numbers",
    "format_rupiah": "sakip.numbers",
    "Explanation": "sakip.explain",
    "Figure": "sakip.explain",
    "NotComputable": "sakip.explain",
    "Step": "sakip.explain",
    "rows": "sakip.explain",
    "rules": "sakip.rules",
    # indicators and predikat
    "Agregasi": "sakip.indicators",
    "Capaian": "sakip.indicators",
    "CapaianRenstra": "sakip.indicators",
    "PercentChange": "sakip.indicators",
    "Polarisasi": "sakip.indicators",
    "capaian": "sakip.indicators",
    "capaian_renstra": "sakip.indicators",
    "percent_change": "sakip.indicators",
    "EvaluasiAKIP": "sakip.predikat",
    "Predikat": "sakip.predikat",
    "evaluasi_akip": "sakip.predikat",
    "LKE": "sakip.lke",
    "lke": "sakip.lke",
    "lke_codes": "sakip.lke",
    # budget, EKA, IKPA, NKA
    "CapaianOutput": "sakip.budget",
    "Efisiensi": "sakip.budget",
    "Konsistensi": "sakip.budget",
    "NilaiEfisiensi": "sakip.budget",
    "Penyerapan": "sakip.budget",
    "RincianOutput": "sakip.budget",
    "capaian_output": "sakip.budget",
    "efisiensi": "sakip.budget",
    "group": "sakip.budget",
    "kategori_efisiensi": "sakip.budget",
    "konsistensi": "sakip.budget",
    "nilai_efisiensi": "sakip.budget",
    "penyerapan": "sakip.budget",
    "WeightedScore": "sakip.composite",
    "weighted_score": "sakip.composite",
    "NormalisedScore": "sakip.composite",
    "normalised_score": "sakip.composite",
    # the field's other efficiency conventions, aggregates, budget bases
    "EfisiensiKinerja": "sakip.conventions",
    "PenyerapanPagu": "sakip.conventions",
    "RasioEfisiensi": "sakip.conventions",
    "Rerata": "sakip.conventions",
    "RiwayatPagu": "sakip.conventions",
    "TingkatEfisiensi": "sakip.conventions",
    "efisiensi_kinerja": "sakip.conventions",
    "kategori_indeks_efisiensi": "sakip.conventions",
    "kategori_rasio_efisiensi": "sakip.conventions",
    "rasio_efisiensi": "sakip.conventions",
    "rerata": "sakip.conventions",
    "EvaluasiRenja": "sakip.renja",
    "RekapRenja": "sakip.renja",
    "TingkatCapaian": "sakip.renja",
    "evaluasi_renja": "sakip.renja",
    "rekap_renja": "sakip.renja",
    "tingkat_capaian": "sakip.renja",
    "triwulan_dari_fraksi": "sakip.renja",
    "fraksi_dari_triwulan": "sakip.renja",
    "eka": "sakip.eka",
    "IKPA": "sakip.ikpa",
    "ikpa": "sakip.ikpa",
    "ikpa_rule_for": "sakip.ikpa",
    "kategori_ikpa": "sakip.ikpa",
    "penyesuaian_ikpa": "sakip.ikpa",
    "CapaianRO": "sakip.ikpa_indikator",
    "batas_lapor_capaian_output": "sakip.ikpa_indikator",
    "IKPABelanjaKontraktual": "sakip.ikpa_indikator",
    "IKPACapaianOutput": "sakip.ikpa_indikator",
    "IKPAPengelolaanUPTUP": "sakip.ikpa_indikator",
    "IKPAPenyelesaianTagihan": "sakip.ikpa_indikator",
    "IKPARevisiDIPA": "sakip.ikpa_indikator",
    "ikpa_belanja_kontraktual": "sakip.ikpa_indikator",
    "ikpa_capaian_output": "sakip.ikpa_indikator",
    "ikpa_pengelolaan_up_tup": "sakip.ikpa_indikator",
    "ikpa_penyelesaian_tagihan": "sakip.ikpa_indikator",
    "ikpa_revisi_dipa": "sakip.ikpa_indikator",
    "nka": "sakip.nka",
    "NilaiKinerjaAnggaran": "sakip.nka",
    "kategori_nilai_kinerja_anggaran": "sakip.nka",
    "nilai_kinerja_anggaran": "sakip.nka",
    # digital government (SPBE, Pemdi) and SPIP maturity
    "IndeksDigital": "sakip.pemerintah_digital",
    "Menunggu": "sakip.pemerintah_digital",
    "Rentang": "sakip.pemerintah_digital",
    "indeks_pemdi": "sakip.pemerintah_digital",
    "indeks_spbe": "sakip.pemerintah_digital",
    "predikat_indeks_digital": "sakip.pemerintah_digital",
    "LevelSPIP": "sakip.spip",
    "level_spip": "sakip.spip",
    # indices printed as IKU, indicators from components
    "ikm": "sakip.indeks_kepuasan",
    "IndeksKepuasanMasyarakat": "sakip.indeks_kepuasan",
    "KonversiIKM": "sakip.indeks_kepuasan",
    "sampel_minimum": "sakip.indeks_kepuasan",
    "ipm": "sakip.indeks_pembangunan",
    "IndeksPembangunanManusia": "sakip.indeks_pembangunan",
    "nilai_capaian_iki": "sakip.iki",
    "NilaiCapaianIKI": "sakip.iki",
    "indikator_komponen": "sakip.komponen",
    "IndikatorKomponen": "sakip.komponen",
    # periods and dates
    "Bulan": "sakip.periods",
    "PeriodeRenstra": "sakip.periods",
    "Semester": "sakip.periods",
    "TahunAnggaran": "sakip.periods",
    "Triwulan": "sakip.periods",
    "parse_dates": "sakip.periods",
    "per_triwulan": "sakip.periods",
    "capaian_triwulan": "sakip.periods",
    # reports and reviu
    "examples": "sakip.examples",
    "lkj": "sakip.lkj",
    "xlsx": "sakip.xlsx",
    "Convention": "sakip.reviu",
    "Finding": "sakip.reviu",
    "Reviu": "sakip.reviu",
    "reviu": "sakip.reviu",
    "reviu_rantai": "sakip.reviu",
    "reviu_rantai_units": "sakip.reviu",
    # batch (national scale)
    "batch": "sakip.batch",
    # what it takes
    "simulasi": "sakip.simulasi",
}

#: Public names that are modules themselves.
_MODULES = frozenset({"batch", "examples", "lkj", "rules", "simulasi", "xlsx"})

__all__ = [
    "IKPA",
    "LKE",
    "Agregasi",
    "BatchError",
    "Bulan",
    "Capaian",
    "CapaianOutput",
    "CapaianRO",
    "CapaianRenstra",
    "Convention",
    "Efisiensi",
    "EfisiensiKinerja",
    "EvaluasiAKIP",
    "EvaluasiRenja",
    "Explanation",
    "Figure",
    "Finding",
    "IKPABelanjaKontraktual",
    "IKPACapaianOutput",
    "IKPAPengelolaanUPTUP",
    "IKPAPenyelesaianTagihan",
    "IKPARevisiDIPA",
    "IndeksDigital",
    "IndeksKepuasanMasyarakat",
    "IndeksPembangunanManusia",
    "IndikatorKomponen",
    "InvalidTypeError",
    "InvalidValueError",
    "Konsistensi",
    "KonversiIKM",
    "LaporanError",
    "LevelSPIP",
    "Menunggu",
    "NilaiCapaianIKI",
    "NilaiEfisiensi",
    "NilaiKinerjaAnggaran",
    "NormalisedScore",
    "NotComputable",
    "NotComputableError",
    "ParseError",
    "Penyerapan",
    "PenyerapanPagu",
    "PercentChange",
    "PeriodeRenstra",
    "Polarisasi",
    "Predikat",
    "RasioEfisiensi",
    "RekapRenja",
    "Rentang",
    "Rerata",
    "Reviu",
    "RincianOutput",
    "RiwayatPagu",
    "Rounding",
    "SakipError",
    "Semester",
    "Step",
    "TahunAnggaran",
    "TingkatCapaian",
    "TingkatEfisiensi",
    "Triwulan",
    "UnknownNameError",
    "WeightedScore",
    "__version__",
    "batas_lapor_capaian_output",
    "batch",
    "capaian",
    "capaian_output",
    "capaian_renstra",
    "capaian_triwulan",
    "efisiensi",
    "efisiensi_kinerja",
    "eka",
    "evaluasi_akip",
    "evaluasi_renja",
    "examples",
    "format_id",
    "format_rupiah",
    "fraksi_dari_triwulan",
    "group",
    "ikm",
    "ikpa",
    "ikpa_belanja_kontraktual",
    "ikpa_capaian_output",
    "ikpa_pengelolaan_up_tup",
    "ikpa_penyelesaian_tagihan",
    "ikpa_revisi_dipa",
    "ikpa_rule_for",
    "indeks_pemdi",
    "indeks_spbe",
    "indikator_komponen",
    "ipm",
    "kategori_efisiensi",
    "kategori_ikpa",
    "kategori_indeks_efisiensi",
    "kategori_nilai_kinerja_anggaran",
    "kategori_rasio_efisiensi",
    "konsistensi",
    "level_spip",
    "lke",
    "lke_codes",
    "lkj",
    "nilai_capaian_iki",
    "nilai_efisiensi",
    "nilai_kinerja_anggaran",
    "nka",
    "normalised_score",
    "parse_dates",
    "parse_en",
    "parse_id",
    "penyerapan",
    "penyesuaian_ikpa",
    "per_triwulan",
    "percent_change",
    "predikat_indeks_digital",
    "rasio_efisiensi",
    "rekap_renja",
    "rerata",
    "reviu",
    "reviu_rantai",
    "reviu_rantai_units",
    "rows",
    "rules",
    "sampel_minimum",
    "simulasi",
    "tingkat_capaian",
    "triwulan_dari_fraksi",
    "weighted_score",
    "xlsx",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sakip' has no attribute {name!r}")
    loaded = importlib.import_module(module)
    value = loaded if name in _MODULES else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


class _Package(types.ModuleType):
    """Keeps ``sakip.eka``, ``sakip.ikpa``, ``sakip.lke``, ``sakip.nka``, ``sakip.reviu`` functions.

    Importing a submodule makes Python set it as an attribute of the package;
    for the four functions that share their module's name this would replace
    the function by the module.  The modules stay importable as usual
    (``from sakip.ikpa import IKPA_RULES``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _LAZY and name not in _MODULES:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from typing import Any

    from sakip import batch, examples, lkj, rules, simulasi
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
    from sakip.composite import NormalisedScore, WeightedScore, normalised_score, weighted_score
    from sakip.conventions import (
        EfisiensiKinerja,
        PenyerapanPagu,
        RasioEfisiensi,
        Rerata,
        RiwayatPagu,
        TingkatEfisiensi,
        efisiensi_kinerja,
        kategori_indeks_efisiensi,
        kategori_rasio_efisiensi,
        rasio_efisiensi,
        rerata,
    )
    from sakip.eka import eka
    from sakip.errors import (
        BatchError,
        InvalidTypeError,
        InvalidValueError,
        LaporanError,
        NotComputableError,
        ParseError,
        SakipError,
        UnknownNameError,
    )
    from sakip.explain import Explanation, Figure, NotComputable, Step, rows
    from sakip.iki import NilaiCapaianIKI, nilai_capaian_iki
    from sakip.ikpa import IKPA, ikpa, ikpa_rule_for, kategori_ikpa, penyesuaian_ikpa
    from sakip.ikpa_indikator import (
        CapaianRO,
        IKPABelanjaKontraktual,
        IKPACapaianOutput,
        IKPAPengelolaanUPTUP,
        IKPAPenyelesaianTagihan,
        IKPARevisiDIPA,
        batas_lapor_capaian_output,
        ikpa_belanja_kontraktual,
        ikpa_capaian_output,
        ikpa_pengelolaan_up_tup,
        ikpa_penyelesaian_tagihan,
        ikpa_revisi_dipa,
    )
    from sakip.indeks_kepuasan import IndeksKepuasanMasyarakat, KonversiIKM, ikm, sampel_minimum
    from sakip.indeks_pembangunan import IndeksPembangunanManusia, ipm
    from sakip.indicators import (
        Agregasi,
        Capaian,
        CapaianRenstra,
        PercentChange,
        Polarisasi,
        capaian,
        capaian_renstra,
        percent_change,
    )
    from sakip.komponen import IndikatorKomponen, indikator_komponen
    from sakip.lke import LKE, lke, lke_codes
    from sakip.nka import (
        NilaiKinerjaAnggaran,
        kategori_nilai_kinerja_anggaran,
        nilai_kinerja_anggaran,
        nka,
    )
    from sakip.numbers import Rounding, format_id, format_rupiah, parse_en, parse_id
    from sakip.pemerintah_digital import (
        IndeksDigital,
        Menunggu,
        Rentang,
        indeks_pemdi,
        indeks_spbe,
        predikat_indeks_digital,
    )
    from sakip.periods import (
        Bulan,
        PeriodeRenstra,
        Semester,
        TahunAnggaran,
        Triwulan,
        capaian_triwulan,
        parse_dates,
        per_triwulan,
    )
    from sakip.predikat import EvaluasiAKIP, Predikat, evaluasi_akip
    from sakip.renja import (
        EvaluasiRenja,
        RekapRenja,
        TingkatCapaian,
        evaluasi_renja,
        fraksi_dari_triwulan,
        rekap_renja,
        tingkat_capaian,
        triwulan_dari_fraksi,
    )
    from sakip.reviu import Convention, Finding, Reviu, reviu, reviu_rantai, reviu_rantai_units
    from sakip.spip import LevelSPIP, level_spip
