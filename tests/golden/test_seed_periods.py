"""Golden: Tabel 3.5, Renstra and year-on-year figures of the seed report.

Source: LKj 2023, BGP Provinsi Kalimantan Selatan.  Tabel 3.5 ("Rekapitulasi
Jumlah Guru dan Tenaga Kependidikan yang Mengikuti Pendidikan dan Pelatihan
Peningkatan Kompetensi Inovasi Pembelajaran dalam Implementasi Kurikulum
Merdeka Tahun 2023"): 60 rows, each date cell as printed, total 5383.  The
Renstra comparisons are in the figures beside IKK 1.1–2.2 in Bab III.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import sakip

D = date
# (row, date cell as printed, expected start, expected end, participants)
TABEL_3_5 = [
    (1, "11 s.d 13  Mei 2023", D(2023, 5, 11), D(2023, 5, 13), 118),
    (2, "15 s.d 17  Mei 2023", D(2023, 5, 15), D(2023, 5, 17), 112),
    (3, "4 s.d 6  Juni 2023", D(2023, 6, 4), D(2023, 6, 6), 108),
    (4, "1 s.d 5 Agustus 2023", D(2023, 8, 1), D(2023, 8, 5), 75),
    (5, "14 s.d 18 Agustus 2023", D(2023, 8, 14), D(2023, 8, 18), 75),
    (6, "15-17 Juni 2023", D(2023, 6, 15), D(2023, 6, 17), 123),
    (7, "19-21 juni  2023", D(2023, 6, 19), D(2023, 6, 21), 123),
    (8, "22-24 Juni 2023", D(2023, 6, 22), D(2023, 6, 24), 123),
    (9, "25-27 Juni 2023", D(2023, 6, 25), D(2023, 6, 27), 123),
    (10, "3-5 Juli 2023", D(2023, 7, 3), D(2023, 7, 5), 122),
    (11, "6-8 Juli 2023", D(2023, 7, 6), D(2023, 7, 8), 122),
    (12, "10-12 Juli 2023", D(2023, 7, 10), D(2023, 7, 12), 107),
    (13, "4 s.d 7 November 2023", D(2023, 11, 4), D(2023, 11, 7), 90),
    (14, "11 s.d 14 November 2023", D(2023, 11, 11), D(2023, 11, 14), 150),
    (15, "23 s.d 26  Nov 2023", D(2023, 11, 23), D(2023, 11, 26), 90),
    (16, "17 s.d 20  Desember 2023", D(2023, 12, 17), D(2023, 12, 20), 82),
    (17, "19 s.d 21  Desember 2023", D(2023, 12, 19), D(2023, 12, 21), 21),
    (18, "20 s.d 22  Desember 2023", D(2023, 12, 20), D(2023, 12, 22), 159),
    (19, "26 s.d 29  Desember 2023", D(2023, 12, 26), D(2023, 12, 29), 80),
    (20, "09  Agustus 2023", D(2023, 8, 9), D(2023, 8, 9), 47),
    (21, "1  sd. 2 Agustus 2023", D(2023, 8, 1), D(2023, 8, 2), 70),
    (22, "3 Agustus 2023", D(2023, 8, 3), D(2023, 8, 3), 71),
    (23, "8 s.d 10 Agustus 2023", D(2023, 8, 8), D(2023, 8, 10), 28),
    (24, "10 Agustus 2023", D(2023, 8, 10), D(2023, 8, 10), 5),
    (25, "9  s.d 10 Agustus 2023", D(2023, 8, 9), D(2023, 8, 10), 32),
    (26, "30  s.d 31 Agustus", D(2023, 8, 30), D(2023, 8, 31), 61),
    (27, "31  Juli 2023", D(2023, 7, 31), D(2023, 7, 31), 27),
    (28, "10 Agustus 2023", D(2023, 8, 10), D(2023, 8, 10), 112),
    (29, "18 Agustus 2023", D(2023, 8, 18), D(2023, 8, 18), 14),
    (30, "07-Sep-23", D(2023, 9, 7), D(2023, 9, 7), 58),
    (31, "18 s.d 19 September 2023", D(2023, 9, 18), D(2023, 9, 19), 24),
    (32, "30-Sep-23", D(2023, 9, 30), D(2023, 9, 30), 18),
    (33, "14 s.d 15 Oktober 2023", D(2023, 10, 14), D(2023, 10, 15), 25),
    (34, "18 Oktober 2023", D(2023, 10, 18), D(2023, 10, 18), 35),
    (35, "20 s.d 21 OKtober 2023", D(2023, 10, 20), D(2023, 10, 21), 34),
    (36, "22  s.d 23 Oktober 2023", D(2023, 10, 22), D(2023, 10, 23), 15),
    (37, "24 s.d 25 OKtober 2023", D(2023, 10, 24), D(2023, 10, 25), 52),
    (38, "7 s.d 8 November 2023", D(2023, 11, 7), D(2023, 11, 8), 140),
    (39, "20 s.d 21 Nov 2023", D(2023, 11, 20), D(2023, 11, 21), 65),
    (40, "22-Nov-23", D(2023, 11, 22), D(2023, 11, 22), 25),
    (41, "20  Desember 2023", D(2023, 12, 20), D(2023, 12, 20), 25),
    (42, "18 s.d 19 Desember 2023", D(2023, 12, 18), D(2023, 12, 19), 57),
    (43, "12 Desember 2023", D(2023, 12, 12), D(2023, 12, 12), 10),
    (44, "8 s.d 9 Desember 2023", D(2023, 12, 8), D(2023, 12, 9), 50),
    (45, "6 s.d 7 Desember 2023", D(2023, 12, 6), D(2023, 12, 7), 49),
    (46, "4 Desember 2023", D(2023, 12, 4), D(2023, 12, 4), 53),
    (47, "20 s.d 25 November 2023", D(2023, 11, 20), D(2023, 11, 25), 700),
    (48, "15 s.d 26 Oktober 2023  ", D(2023, 10, 15), D(2023, 10, 26), 250),
    (49, "11-Nov-23", D(2023, 11, 11), D(2023, 11, 11), 90),
    (50, "01-Nov-23", D(2023, 11, 1), D(2023, 11, 1), 54),
    (51, "15-Nov-23", D(2023, 11, 15), D(2023, 11, 15), 203),
    (52, "09  Agustus 2023", D(2023, 8, 9), D(2023, 8, 9), 60),
    (53, "13-Nov-23", D(2023, 11, 13), D(2023, 11, 13), 90),
    (54, "28-Nov-23", D(2023, 11, 28), D(2023, 11, 28), 140),
    (55, "18-Nov-23", D(2023, 11, 18), D(2023, 11, 18), 60),
    (56, "24 Sept- 14 Okt 2023", D(2023, 9, 24), D(2023, 10, 14), 257),
    (57, "25  Oktober 2023", D(2023, 10, 25), D(2023, 10, 25), 50),
    (58, "06-Nov-23", D(2023, 11, 6), D(2023, 11, 6), 50),
    (59, "5  Desember 2023", D(2023, 12, 5), D(2023, 12, 5), 74),
    (60, "12  Desember 2023", D(2023, 12, 12), D(2023, 12, 12), 100),
]


@pytest.mark.parametrize(("row", "text", "start", "end", "peserta"), TABEL_3_5,
                         ids=[str(r[0]) for r in TABEL_3_5])
def test_tabel_3_5_dates(row: int, text: str, start: date, end: date, peserta: int) -> None:
    """Every date cell of Tabel 3.5 parses to its dates (row 26 has no year: year=2023)."""
    assert sakip.parse_dates(text, year=2023) == (start, end)


def test_tabel_3_5_total_and_quarters() -> None:
    """The 60 rows sum to the printed total 5383 (= IKK 1.2 realisasi); per-quarter split."""
    records = [((start, end), peserta) for _, _, start, end, peserta in TABEL_3_5]
    assert sum(p for *_, p in TABEL_3_5) == 5383
    by_start = sakip.per_triwulan(records, tahun=2023)
    # Summed by hand from the table: TW II rows 1–3, 6–9; TW III rows 4–5, 10–12, 20–32, 52, 56.
    assert [str(v) for v in by_start.values()] == ["0", "830", "1385", "3168"]
    by_end = sakip.per_triwulan(records, tahun=2023, assign="end")
    # Only row 56 (24 Sept – 14 Okt, 257 participants) spans two quarters.
    assert [str(v) for v in by_end.values()] == ["0", "830", "1128", "3425"]


@pytest.mark.parametrize(
    ("ikk", "target", "realisasi", "kumulatif", "printed"),
    [
        ("IKK 1.1", {2022: 883, 2023: 1176, 2024: 2352}, {2022: 1958, 2023: 1189}, True, "71,34"),
        ("IKK 1.2", {2022: 5356, 2023: 5356, 2024: 5356}, {2022: 7217, 2023: 5383}, True,
         "78,41"),
        ("IKK 1.3", {2022: 357, 2023: 447, 2024: 447}, {2022: 595, 2023: 748}, True, "107,35"),
        ("IKK 2.2", {2022: 85, 2023: 92, 2024: 92}, {2022: "91.59", 2023: "95.15"}, False,
         "103,42"),
        ("IKK 2.1", {2023: "BB", 2024: "A"}, {2023: "A"}, False, "100,00"),
    ],
)
def test_renstra(ikk: str, target: dict[int, object], realisasi: dict[int, object],
                 kumulatif: bool, printed: str) -> None:
    """Renstra comparisons of Bab III: Σ4411 → 71,34; Σ16068 → 78,41; Σ1251 → 107,35; ..."""
    r = sakip.capaian_renstra(target=target, realisasi=realisasi,  # type: ignore[arg-type]
                              kumulatif=kumulatif)
    assert r.printed(2, "down") == printed, ikk


@pytest.mark.parametrize(
    ("claim", "old", "new", "printed"),
    [
        ("IKK 2.2: NKA higher than 2022 by 3,88 %", "91.59", "95.15", "3,88"),
        ("IKK 1.3: higher than 2022 by 25,7 %", "595", "748", "25,7"),
        ("IKK 1.2: lower than 2022 by 25,4 %", "7217", "5383", "-25,4"),
    ],
)
def test_year_on_year(claim: str, old: str, new: str, printed: str) -> None:
    """Consistent year-on-year statements of Bab III reproduce as percent changes."""
    places = len(printed.split(",")[1])
    assert sakip.percent_change(old=old, new=new).printed(places, "down") == printed, claim


@pytest.mark.xfail(strict=True, reason="Bab III says IKK 1.1 is lower than 2022 'by 60,7 %', "
                   "but (1189 − 1958) / 1958 = −39,27 %; 60,7 % is the ratio 1189/1958")
def test_year_on_year_ikk_1_1() -> None:
    """IKK 1.1: 'lebih rendah dari tahun sebelumnya sebesar 60,7%'."""
    assert sakip.percent_change(old=1958, new=1189).printed(1, "down") == "-60,7"


def test_ikk_1_1_ratio_is_60_7() -> None:
    """The 60,7 printed for IKK 1.1 is the ratio of the two years' realisasi."""
    assert sakip.capaian(target=1958, realisasi=1189).printed(1, "down") == "60,7"


def test_ikk_1_1_capaian_2022_is_222() -> None:
    """IKK 1.1 figure: %capaian 2022 printed 222 (1958 against 883)."""
    assert sakip.capaian(target=883, realisasi=1958).printed(0) == "222"


@pytest.mark.parametrize(
    ("realisasi", "printed"),
    [({2022: 1958, 2023: 1189}, 3147), ({2022: 7217, 2023: 5383}, 12600),
     ({2022: 595, 2023: 748}, 1343)],
)
def test_sum_of_realisasi_prints(realisasi: dict[int, int], printed: int) -> None:
    """Renstra figures of IKK 1.1–1.3 print the realisasi to date as 3147, 12600 and 1343."""
    r = sakip.capaian_renstra(target={2022: 1, 2023: 1, 2024: 1}, realisasi=realisasi,
                              kumulatif=True)
    step = next(s for s in r.explain().in_bahasa("en").steps if s.name == "Σ realisasi to date")
    assert step.value == Decimal(printed)


@pytest.mark.parametrize(
    ("ikk", "target", "realisasi", "printed"),
    [("IKK 1.1", "1176", "1189", "101,10"), ("IKK 1.2", "5356", "5383", "100,50"),
     ("IKK 1.3", "447", "748", "167,33"), ("IKK 2.1", "BB", "A", "120,00"),
     ("IKK 2.2", "92", "95.15", "103,42")],
)
def test_rencana_aksi_tw4(ikk: str, target: str, realisasi: str, printed: str) -> None:
    """Lampiran, monitoring rencana aksi: TW4 targets and realisasi give the annual capaian."""
    r = sakip.capaian_triwulan(tahun=2023, target={4: target}, realisasi={4: realisasi},
                               kumulatif=False)
    assert r[sakip.Triwulan(tahun=2023, ke=4)].printed(2, "down") == printed, ikk
