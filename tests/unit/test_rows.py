"""The row protocol (architecture.md, "API conventions"), checked on every public result type.

Types are discovered from ``sakip.__all__`` (and every ``Figure`` subclass), so
a new result type is covered as soon as it is exported: it then needs one
example in ``EXAMPLES`` below.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
from collections.abc import Callable
from decimal import Decimal as D
from functools import cache
from typing import Any

import attrs
import pytest

import sakip
from sakip.explain import Figure, Tabular

#: Public attrs classes that are machinery, not results or values: why each is left out.
NOT_ROWS = {
    "Rounding": "a rounding policy: the argument of the protocol, not a row",
}

RO: dict[str, Any] = {"kode": "5634.SCI.010", "pagu": 20844639000, "realisasi": 20842508719,
      "capaian": "119.87"}
SCORES_2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100,
               "penyerapan_anggaran": 100, "belanja_kontraktual": None,
               "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100, "capaian_output": 80}


@cache
def _reviu() -> sakip.Reviu:
    return sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))


def _renja_k() -> Any:
    return sakip.evaluasi_renja(target_renstra=3, realisasi_renstra_lalu=3, target=4,
                                realisasi_triwulan=[2, "0.8", "1.2", 0])


def _ikpa_module() -> Any:
    return importlib.import_module("sakip.ikpa")  # sakip.ikpa is the function


#: One example per public result or value type, built through the public API.
EXAMPLES: dict[str, Callable[[], Any]] = {
    "Capaian": lambda: sakip.capaian(target=(80, 90), realisasi=70, polarisasi="stabilize"),
    "CapaianRenstra": lambda: sakip.capaian_renstra(
        target={2020: 10, 2021: 20}, realisasi={2020: 12}, kumulatif=True),
    "PercentChange": lambda: sakip.percent_change(old="91.59", new="95.15"),
    "EvaluasiAKIP": lambda: sakip.evaluasi_akip(perencanaan="24.50", pengukuran="25.00",
                                                pelaporan="12.00", evaluasi_internal="21.20"),
    "LKE": lambda: sakip.lke(dict.fromkeys(sakip.lke_codes(), "B")
                             | {"1.c": ["Y", "Y", "T", "Y"]}, skala={"1.c": "y-t"}),
    "CapaianOutput": lambda: sakip.capaian_output([(5, 5), (9, 10)]),
    "Efisiensi": lambda: sakip.efisiensi([sakip.RincianOutput(**RO)], rumus="per-pagu"),
    "NilaiEfisiensi": lambda: sakip.nilai_efisiensi("19.88"),
    "Konsistensi": lambda: sakip.konsistensi(realisasi=[50, 100, 150], rpd=[100, 100, 100]),
    "Penyerapan": lambda: sakip.penyerapan(pagu=200, realisasi=150, label="52"),
    "RincianOutput": lambda: sakip.RincianOutput(**RO),
    "WeightedScore": lambda: sakip.nka(eka="97.29", ikpa="91.95"),
    "IKPA": lambda: sakip.ikpa(SCORES_2024, tahun=2024),
    "DeviasiHalamanIII": lambda: _ikpa_module().deviasi_halaman_iii_dipa(
        rpd={"52": [100] * 12}, realisasi={"52": [104] * 12}, pagu={"52": 1200}),
    "PenyerapanTriwulan": lambda: _ikpa_module().penyerapan_triwulan(
        pagu={"52": 1000}, realisasi={"52": [150, 500]}),
    "CapaianRO": lambda: sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50"),
    "IKPACapaianOutput": lambda: sakip.ikpa_capaian_output(
        [sakip.CapaianRO(kode="5634.QDC.011", pcro="50", tpcro="50")],
        ketepatan_waktu=100, bulan=6, tahun=2024),
    "IKPARevisiDIPA": lambda: sakip.ikpa_revisi_dipa(semester_i=1, semester_ii=2),
    "IKPABelanjaKontraktual": lambda: sakip.ikpa_belanja_kontraktual(
        tahun=2024, distribusi_tw2="60", kontrak_dini=[datetime.date(2024, 1, 2)]),
    "IKPAPengelolaanUPTUP": lambda: sakip.ikpa_pengelolaan_up_tup(
        ketepatan_waktu=100, gup_disebulankan=100, setoran_tup=100),
    "IKPAPenyelesaianTagihan": lambda: sakip.ikpa_penyelesaian_tagihan(tepat_waktu=9, jumlah=12),
    "TahunAnggaran": lambda: sakip.TahunAnggaran(tahun=2023),
    "Triwulan": lambda: sakip.Triwulan(tahun=2023, ke=2),
    "Semester": lambda: sakip.Semester(tahun=2023, ke=1),
    "Bulan": lambda: sakip.Bulan(tahun=2023, ke=2),
    "PeriodeRenstra": lambda: sakip.PeriodeRenstra(awal=2020, akhir=2024),
    "Convention": lambda: sakip.Convention("efisiensi", "per-pagu"),
    "Finding": lambda: _reviu().findings[0],
    "Reviu": _reviu,
    "Laporan": lambda: _reviu().laporan,
    "Indikator": lambda: _reviu().laporan.indikator[0],
    "Explanation": lambda: sakip.capaian(target=1176, realisasi=1189).explain(),
    "Step": lambda: sakip.capaian(target=1176, realisasi=1189).explain().steps[0],
    # issue 12: efficiency conventions, rerata, budget bases, composites
    "EfisiensiKinerja": lambda: sakip.efisiensi_kinerja(capaian_output="110", capaian_input="88",
                                                        rumus="rasio", input="dana"),
    "TingkatEfisiensi": lambda: sakip.efisiensi_kinerja(
        capaian_output="101", capaian_input="95", rumus="indeks").tingkat,
    "Rerata": lambda: sakip.rerata(["100", "50"], pagu=[300, 100]),
    "RiwayatPagu": lambda: sakip.RiwayatPagu(dipa_awal=1000, penghematan=100, blokir=50),
    "PenyerapanPagu": lambda: sakip.RiwayatPagu(dipa_awal=1000, penghematan=100).penyerapan(
        realisasi=450, basis="revisi"),
    "RasioEfisiensi": lambda: sakip.rasio_efisiensi(realisasi=90, anggaran=100),
    "IndeksKepuasanMasyarakat": lambda: sakip.ikm(nilai_unsur=[105, 101, 100, 116, 102, 105,
                                                               106, 105, 115], responden=29),
    "KonversiIKM": lambda: sakip.ikm(nilai_unsur=[4] * 9, responden=2).konversi,
    "IndeksPembangunanManusia": lambda: sakip.ipm(uhh="72.55", hls="12.86", rls="11.02",
                                                  pengeluaran_ribu=17707),
    "NilaiCapaianIKI": lambda: sakip.nilai_capaian_iki(capaian=98),
    "IndikatorKomponen": lambda: sakip.indikator_komponen(pembilang=3, penyebut=135),
    "NilaiKinerjaAnggaran": lambda: sakip.nilai_kinerja_anggaran(
        pengelolaan_anggaran=90, indikator_kinerja_anggaran=80),
    "NormalisedScore": lambda: sakip.normalised_score(
        {"perencanaan": ("90", "90", 50), "pelaksanaan": ("95", "100", 50)}),
    "_Sisa": lambda: importlib.import_module("sakip.reviu._anggaran")._sisa_on(
        sakip.RiwayatPagu(dipa_awal=1000), "dipa-awal", D(400)),
    # digital government indices
    "IndeksDigital": lambda: sakip.indeks_pemdi(indikator=dict.fromkeys(range(1, 21), 3)),
    "Menunggu": lambda: sakip.Menunggu(sumber="BSSN"),
    "Rentang": lambda: sakip.Rentang.from_printed("3.50"),
    # issue 25: the Renja evaluation (reference §12 worked example, K)
    "EvaluasiRenja": lambda: _renja_k(),
    "RealisasiRenja": lambda: _renja_k().realisasi,
    "RealisasiRenstra": lambda: _renja_k().realisasi_renstra,
    "CapaianRenja": lambda: _renja_k().capaian_renstra,
    "NotComputable": lambda: sakip.evaluasi_renja(
        target_renstra=0, realisasi_renstra_lalu=0, target=1,
        realisasi_triwulan=[1]).capaian_renstra,
    "TingkatCapaian": lambda: sakip.tingkat_capaian(nilai="90.5", label="baik-kurang"),
    "RekapRenja": lambda: sakip.rekap_renja(capaian=["100", "80"], pagu=[100, 100],
                                            realisasi_anggaran=[90, 80]),
    # sakip.simulasi (what it takes)
    "Solution": lambda: sakip.simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                                       rounding=sakip.Rounding(2, "down")),
    "RaiseSet": lambda: sakip.simulasi.kenaikan_ikpa(SCORES_2024, tahun=2024),
    "KenaikanIndeks": lambda: sakip.simulasi.kenaikan_pemdi(
        indikator=dict.fromkeys(range(1, 21), 3)),
}


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    sub: type
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def public_types() -> list[type]:
    """Attrs classes of sakip.__all__, the lkj values, and every Figure subclass."""
    import sakip.lkj
    import sakip.reviu  # loads every result class
    import sakip.simulasi  # its results are Figure subclasses too
    found = {obj for name in sakip.__all__
             if inspect.isclass(obj := getattr(sakip, name)) and attrs.has(obj)}
    found |= {sakip.lkj.Laporan, sakip.lkj.Indikator}
    found |= {cls for cls in _subclasses(Figure) if cls.__module__.startswith("sakip.")}
    # attrs builds a new class for a slotted class; the replaced original can linger in
    # __subclasses__() until collected: keep only the class its module exports.
    found = {cls for cls in found
             if getattr(importlib.import_module(cls.__module__), cls.__qualname__, None) is cls}
    return sorted((cls for cls in found
                   if cls.__name__ not in NOT_ROWS and not inspect.isabstract(cls)),
                  key=lambda cls: cls.__name__)


TYPES = public_types()


def _check_cells(row: object, where: str) -> None:
    assert isinstance(row, dict), f"{where}: a row is a dict"
    for key, value in row.items():
        assert isinstance(key, str), f"{where}: column names are text"
        assert type(value) in (str, int, bool, D, datetime.date, type(None)), (
            f"{where}: column {key!r} holds {type(value).__name__}, not a plain cell")


def test_every_public_type_has_an_example() -> None:
    """Every discovered result or value type has an example here (add new types to EXAMPLES)."""
    missing = sorted(cls.__name__ for cls in TYPES if cls.__name__ not in EXAMPLES)
    assert not missing, f"add an example of each to EXAMPLES in {__file__}: {missing}"
    assert len(TYPES) >= 25


@pytest.mark.parametrize("cls", TYPES, ids=lambda cls: cls.__name__)
def test_row_protocol(cls: type) -> None:
    """to_row and to_rows exist with the one signature and give rows of plain cells."""
    if cls.__name__ not in EXAMPLES:
        pytest.fail(f"no example of {cls.__name__} in EXAMPLES")
    obj = EXAMPLES[cls.__name__]()
    assert type(obj) is cls
    assert isinstance(obj, Tabular)
    for method in ("to_row", "to_rows"):
        signature = inspect.signature(getattr(obj, method))
        assert list(signature.parameters) == ["rounding"], f"{cls.__name__}.{method}"
        assert signature.parameters["rounding"].default is None
    down3 = sakip.Rounding(places=3, mode="down")
    for rounding in (None, down3):
        row = obj.to_row(rounding)
        _check_cells(row, f"{cls.__name__}.to_row")
        parts = obj.to_rows(rounding)
        assert isinstance(parts, list) and parts, f"{cls.__name__}.to_rows gives a list of rows"
        for part in parts:
            _check_cells(part, f"{cls.__name__}.to_rows")
            if "value" in part and isinstance(part["value"], D):
                policy = rounding or sakip.Rounding()
                if not isinstance(obj, sakip.Explanation):
                    assert part["rounded"] == policy.apply(part["value"])
    with pytest.raises(sakip.InvalidTypeError, match="rounding"):
        obj.to_row(2)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", [c for c in TYPES if issubclass(c, Figure)],
                         ids=lambda cls: cls.__name__)
def test_figure_rows_have_value_and_rounded(cls: type) -> None:
    """A figure's row has its exact value and the value under the caller's rounding."""
    figure = EXAMPLES[cls.__name__]()
    row = figure.to_row()
    assert row["value"] == figure.value and type(row["value"]) is D
    assert row["rounded"] == sakip.Rounding().apply(figure.value)
    down = sakip.Rounding(places=1, mode="down")
    assert figure.to_row(down)["rounded"] == down.apply(figure.value)


def test_seed_capaian_rows_print_as_the_report() -> None:
    """Seed Tabel 3.1: 1189/1176 → 101,10 and 748/447 → 167,33 when truncated to 2 places."""
    table = sakip.rows([sakip.capaian(target=1176, realisasi=1189),
                        sakip.capaian(target=447, realisasi=748)],
                       rounding=sakip.Rounding(places=2, mode="down"))
    assert [row["rounded"] for row in table] == [D("101.10"), D("167.33")]
    assert table[0]["value"] == sakip.capaian(target=1176, realisasi=1189).value


def test_rincian_output_row_has_penyerapan() -> None:
    """Seed tabel efisiensi, RO 5634.SCI.010: 20.842.508.719 / 20.844.639.000 = 99,99 %."""
    row = sakip.RincianOutput(**RO).to_row()
    assert row["sisa"] == D(2130281)
    assert sakip.Rounding().apply(row["penyerapan"]) == D("99.99")
    assert row["kode"] == "5634.SCI.010" and row["kro"] == "SCI"


def test_part_rows() -> None:
    """Composites give one row per component; IKPA marks the indicator not assessed."""
    nka_rows = sakip.nka(eka="97.29", ikpa="91.95").to_rows()
    assert [r["komponen"] for r in nka_rows] == ["eka", "ikpa"]
    assert [r["value"] for r in nka_rows] == [D("97.29"), D("91.95")]
    ikpa_rows = sakip.ikpa(SCORES_2024, tahun=2024).to_rows()
    skipped = [r for r in ikpa_rows if r["value"] is None]
    assert [r["indikator"] for r in skipped] == ["belanja_kontraktual"]
    assert skipped[0]["rounded"] is None
    steps = sakip.capaian(target=1176, realisasi=1189).explain(mode="down").to_rows()
    assert steps[-1]["step"] == 1 and steps[-1]["rounded"] == D("101.10")


def test_rows_helper_refuses_what_is_not_rows() -> None:
    """sakip.rows takes an iterable of results; a single result or a float is refused."""
    c = sakip.capaian(target=10, realisasi=12)
    with pytest.raises(sakip.InvalidTypeError, match=r"to_rows\(\)"):
        sakip.rows(c)  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match=r"items\[1\]"):
        sakip.rows([c, 1.5])
    assert sakip.rows(x for x in [c]) == [c.to_row()]


def test_dataframe_from_rows() -> None:
    """pandas (optional) builds one column per field, with exact Decimals kept."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(sakip.rows([sakip.capaian(target=10, realisasi=12)]))
    assert list(frame.columns)[-2:] == ["value", "rounded"]
    assert frame["value"][0] == D(120)
