"""Rule sets are data: every table's edges, every weight and maximum, checked generically.

Two kinds of check:

* **Edges.**  Every registered band table (``LabelBands``, the predikat table, the
  dispensasi buckets) is read exactly at each edge, just above and just below it, and
  below its last band: a moved edge or a ``>`` written as ``>=`` fails here, whatever
  table it is in.
* **Published numbers.**  ``PUBLISHED`` holds, for every rule set that carries numbers,
  the numbers as the sources print them, with the source named: the project's domain
  reference (``shared/reference/regulations.md``, "reference §n") and the regulation it
  cites.  The test compares each rule set with them, so a changed weight, maximum or
  threshold fails even where no example happens to reach it.  A new rule set must be
  added here with its source (the completeness test says so).
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import attrs
import pytest

import sakip
from sakip.errors import InvalidValueError
from sakip.ikpa import DispensasiRule, potongan_dispensasi_spm
from sakip.predikat import PredikatBands
from sakip.rules import LabelBands, RuleSet

#: Tiny and report-sized steps around an edge (pitfall 5: 79,995 must not fall in a gap).
STEPS = (D("1e-9"), D("0.005"), D("0.01"))

#: Fields that are metadata or text, not numbers to pin.
META = {"name", "citation", "confidence", "names"}

#: The published numbers of every numeric rule set: (kind, name) → {field: value}.
PUBLISHED: dict[tuple[str, str], dict[str, Any]] = {
    # reference §2: PermenPANRB 12/2015 and 88/2021, > 90 – 100 AA ... 0 – 30 D [C2]
    ("predikat", "permenpanrb-88-2021"): {
        "years": (2015, None), "minimum": 0, "maximum": 100,
        "bands": [("AA", 90, 100, False), ("A", 80, 90, False), ("BB", 70, 80, False),
                  ("B", 60, 70, False), ("CC", 50, 60, False), ("C", 30, 50, False),
                  ("D", 0, 30, True)],
    },
    # reference §2: PermenPANRB 88/2021 components 30/30/15/25 [C2]
    ("lke", "permenpanrb-88-2021"): {
        "years": (2021, None),
        "components": (("perencanaan", 30), ("pengukuran", 30), ("pelaporan", 15),
                       ("evaluasi_internal", 25)),
    },
    # reference §2: PermenPANRB 12/2015, weights as commonly cited 30/25/15/10/20 [C1]
    ("lke", "permenpanrb-12-2015"): {
        "years": (2015, 2020),
        "components": (("perencanaan", 30), ("pengukuran", 25), ("pelaporan", 15),
                       ("evaluasi_internal", 10), ("capaian_kinerja", 20)),
    },
    # reference §1.4: ordinal ranks D=1 ... AA=7 (the seed prints 120 % for A against BB)
    ("predikat-ordinal", "ordinal-7"): {
        "years": (2015, None),
        "ranks": ((sakip.Predikat.D, 1), (sakip.Predikat.C, 2), (sakip.Predikat.CC, 3),
                  (sakip.Predikat.B, 4), (sakip.Predikat.BB, 5), (sakip.Predikat.A, 6),
                  (sakip.Predikat.AA, 7)),
    },
    # reference §4: NE = 50 % + (E / 20 %) × 50 %, clipped to [0, 100] [C2]
    ("nilai-efisiensi", "pmk-214-2017"): {
        "years": (2018, None), "base": 50, "span": 20, "minimum": 0, "maximum": 100,
    },
    # reference §4: no regulation sets the bands [OPEN]; sakip's convention agrees with the
    # seed's labels (NE 99,70 and 90,73 Sangat Efisien, 50,41–53,92 Kurang Efisien)
    ("kategori-efisiensi", "konvensi-2023"): {
        "years": (2018, None), "below": "Tidak Efisien", "inclusive": "lower",
        "maximum": None, "above": None,
        "bands": ((90, "Sangat Efisien"), (70, "Efisien"), (60, "Cukup Efisien"),
                  (50, "Kurang Efisien")),
    },
    # reference §4: EKA satker weights 43,5 / 9,7 / 28,6 / 18,2 (PMK 214/2017, 22/2021) [C2]
    ("eka", "pmk-214-2017"): {
        "years": (2018, 2020),
        "weights": (("capaian_ro", D("43.5")), ("penyerapan", D("9.7")),
                    ("nilai_efisiensi", D("28.6")), ("konsistensi", D("18.2"))),
    },
    ("eka", "pmk-22-2021"): {
        "years": (2021, None),
        "weights": (("capaian_ro", D("43.5")), ("penyerapan", D("9.7")),
                    ("nilai_efisiensi", D("28.6")), ("konsistensi", D("18.2"))),
    },
    # reference §5: PER-4/PB/2021, 13 indicators [C2]
    ("ikpa", "per-4-pb-2021"): {
        "years": (2021, 2021),
        "weights": (("revisi_dipa", 5), ("deviasi_halaman_iii_dipa", 5), ("pagu_minus", 5),
                    ("data_kontrak", 10), ("pengelolaan_up_tup", 8), ("lpj_bendahara", 5),
                    ("dispensasi_spm", 5), ("penyerapan_anggaran", 15),
                    ("capaian_output", 17), ("penyelesaian_tagihan", 10), ("retur_sp2d", 5),
                    ("kesalahan_spm", 5), ("renkas", 5)),
        "blu_tidak_dinilai": (), "penyesuaian": (),
    },
    # reference §5: PER-5/PB/2022, 8 indicators [C2]
    ("ikpa", "per-5-pb-2022"): {
        "years": (2022, 2023),
        "weights": (("revisi_dipa", 10), ("deviasi_halaman_iii_dipa", 10),
                    ("pengelolaan_up_tup", 10), ("belanja_kontraktual", 10),
                    ("penyelesaian_tagihan", 10), ("penyerapan_anggaran", 20),
                    ("dispensasi_spm", 5), ("capaian_output", 25)),
        "blu_tidak_dinilai": (), "penyesuaian": (),
    },
    # reference §5: PER-5/PB/2024, 7 weighted indicators, dispensasi a deduction [C2]
    ("ikpa", "per-5-pb-2024"): {
        "years": (2024, None),
        "weights": (("revisi_dipa", 10), ("deviasi_halaman_iii_dipa", 15),
                    ("penyerapan_anggaran", 20), ("belanja_kontraktual", 10),
                    ("penyelesaian_tagihan", 10), ("pengelolaan_up_tup", 10),
                    ("capaian_output", 25)),
        # reference §11: BLU satker are not assessed on penyerapan (re-weighted)
        "blu_tidak_dinilai": ("penyerapan_anggaran",), "penyesuaian": (),
    },
    # reference §5: ≥ 95 Sangat Baik; 89–< 95 Baik; 70–< 89 Cukup; < 70 Kurang [C2]
    ("kategori-ikpa", "per-5-pb"): {
        "years": (2022, None), "below": "Kurang", "inclusive": "lower",
        "maximum": None, "above": None,
        "bands": ((95, "Sangat Baik"), (89, "Baik"), (70, "Cukup")),
    },
    # reference §5: the first reading of the dispensasi buckets (edges inclusive), kept
    ("dispensasi-spm", "per-5-pb-2024"): {
        "years": (2024, None), "maximum": 1, "upper_exclusive": (5,),
        "buckets": ((0, 0), (D("0.1"), D("0.25")), (1, D("0.50")), (5, D("0.75"))),
    },
    # reference §5 and §11: 0 → 0; 0,01–0,099‰ → 0,25; 0,1–0,99‰ → 0,50; 1–4,99‰ → 0,75;
    # ≥ 5‰ → 1 [S]: exactly 0,1‰ is 0,50 and exactly 1‰ is 0,75
    ("dispensasi-spm", "paparan-djpb-2024"): {
        "years": (2024, None), "maximum": 1, "upper_exclusive": (D("0.1"), 1, 5),
        "buckets": ((0, 0), (D("0.1"), D("0.25")), (1, D("0.50")), (5, D("0.75"))),
    },
    # reference §5: TW I/II/III/IV targets 51 20/50/75/95, 52 15/50/70/90, 53 10/40/70/90,
    # 57 25/50/75/95 [C1]
    ("target-penyerapan", "per-5-pb-2024"): {
        "years": (2024, None),
        "targets": (("51", (20, 50, 75, 95)), ("52", (15, 50, 70, 90)),
                    ("53", (10, 40, 70, 90)), ("57", (25, 50, 75, 95))),
    },
    # reference §11: ketepatan waktu 30 % + capaian RO 70 %; Formula 2 in December; capped
    # at 100; report by the 5th working day [S]
    ("ikpa-capaian-output", "per-5-pb-2024"): {
        "years": (2024, None), "bobot_ketepatan": 30, "bobot_capaian": 70,
        "bulan_formula_2": 12, "batas": 100, "hari_kerja": 5,
    },
    # reference §11: 0–1 revisions 110, 2 → 100, ≥ 3 → 50; 50 % per semester; 14 codes [S]
    ("ikpa-revisi-dipa", "per-5-pb-2024"): {
        "years": (2024, None), "skor": ((1, 110), (2, 100)), "lainnya": 50,
        "bobot_periode": (50, 50), "periode": "semester",
        "kode_dihitung": ("201", "211", "212", "213", "217", "220", "221", "222", "225",
                          "226", "229", "231", "236", "239"),
    },
    # reference §15 (issue 23): under PER-5/PB/2022 revisions were controlled per quarter [P];
    # the per-quarter table and the codes are 2024's, assumed [OPEN]
    ("ikpa-revisi-dipa", "per-5-pb-2022"): {
        "years": (2022, 2023), "periode": "triwulan", "bobot_periode": (25, 25, 25, 25),
        "skor": ((1, 110), (2, 100)), "lainnya": 50, "confidence": "OPEN",
    },
    # reference §5 and §15: the monthly deviasi combines jenis belanja by pagu share (2024) and
    # as their arithmetic mean (2022) [C2, P]
    ("ikpa-deviasi", "per-5-pb-2024"): {"years": (2024, None), "kombinasi": "pagu"},
    ("ikpa-deviasi", "per-5-pb-2022"): {"years": (2022, 2023), "kombinasi": "rerata"},
    # reference §11: distribusi 20 %, kontrak dini 40 %, akselerasi 53 40 %; buckets > 75 →
    # 100, 50,01–75 → 80, 25,01–50 → 60, 0,01–25 → 50; pra-DIPA 120; 1 Jan–31 Mar 110 [S]
    ("ikpa-belanja-kontraktual", "per-5-pb-2024"): {
        "years": (2024, None),
        "weights": (("distribusi_akselerasi", 20), ("kontrak_dini", 40), ("akselerasi_53", 40)),
        "distribusi": ((75, 100), (50, 80), (25, 60), (0, 50)),
        "nilai_pra_dipa": 120, "nilai_triwulan_i": 110, "batas_dini": (3, 31),
    },
    # reference §11: tunai 90 % (50/25/25) + KKP 10 %; KKP targets 1/5/9/12,5 %; 110 / 100 [S]
    ("ikpa-up-tup", "per-5-pb-2024"): {
        "years": (2024, None), "bobot_tunai": 90, "bobot_kkp": 10,
        "bagian_tunai": (("ketepatan_waktu", 50), ("gup_disebulankan", 25),
                         ("setoran_tup", 25)),
        "target_kkp": (1, 5, 9, D("12.5")), "nilai_kkp_tercapai": 110, "nilai_kkp_belum": 100,
    },
    # reference §11: on time is ≤ 17 working days from BAST/BAPP [S]
    ("ikpa-penyelesaian-tagihan", "per-5-pb-2024"): {"years": (2024, None), "hari_kerja": 17},
    # reference §11, TA 2026: RO khusus (KRO FAN) excluded from penyerapan and capaian
    # output [S]; targets on pagu minus blokir [P]; TA 2025: TW I set to 100 [C1, OPEN]
    ("ikpa-penyesuaian", "ta-2026-ro-khusus"): {
        "years": (2026, 2026), "kro_dikecualikan": ("FAN",),
        "indikator_kro": ("penyerapan_anggaran", "capaian_output"), "pagu_minus_blokir": False,
        "nilai_tetap": (), "opsional": False,
    },
    ("ikpa-penyesuaian", "ta-2026-pagu-minus-blokir"): {
        "years": (2026, None), "kro_dikecualikan": (), "indikator_kro": (),
        "pagu_minus_blokir": True, "nilai_tetap": (), "opsional": False,
    },
    ("ikpa-penyesuaian", "ta-2025-efisiensi"): {
        "years": (2025, 2025), "kro_dikecualikan": (), "indikator_kro": (),
        "pagu_minus_blokir": False, "nilai_tetap": ((1, 100),), "opsional": True,
    },
    # reference §9: PMK 2/PMK.02/2021: pengelolaan anggaran 60 %, indikator kinerja
    # anggaran 40 %; sangat baik > 90; baik > 80 – 90; cukup > 60 – 80; kurang > 50 – 60;
    # sangat kurang ≤ 50 (lower bounds exclusive) [P]
    ("nilai-kinerja-anggaran", "pmk-2-pmk02-2021"): {
        "years": (2021, None),
        "weights": (("pengelolaan_anggaran", 60), ("indikator_kinerja_anggaran", 40)),
    },
    ("kategori-nilai-kinerja-anggaran", "pmk-2-pmk02-2021"): {
        "years": (2021, None), "inclusive": "upper", "below": "Sangat Kurang",
        "maximum": None, "above": None,
        "bands": ((90, "Sangat Baik"), (80, "Baik"), (60, "Cukup"), (50, "Kurang")),
    },
    # reference §9: normalised composite NKA = X1 + X2, W = 50/50 [S]
    ("komposit-ternormalisasi", "iku-kejaksaan-2025-2029"): {
        "years": (2025, 2029), "weights": (("perencanaan", 50), ("pelaksanaan", 50)),
    },
    # reference §9: indeks: SE (standar efisiensi) = 1; rasio and selisih have none
    ("efisiensi-kinerja", "indeks"): {"years": (2018, None), "standar": 1},
    ("efisiensi-kinerja", "rasio"): {"years": (2018, None), "standar": None},
    ("efisiensi-kinerja", "selisih"): {"years": (2018, None), "standar": None},
    # reference §9: "Apabila 1,81 ≥ IE ≥ SE maka kegiatan dianggap efisien" (PRKOM 2021);
    # "Jika IE > SE ... efisien; Jika IE < SE ... tidak efisien" (BBPOM Yogyakarta 2020)
    ("kategori-indeks-efisiensi", "prkom-bpom-2021"): {
        "years": (2021, None), "bands": ((1, "Efisien"),), "below": "Tidak Efisien",
        "inclusive": "lower", "maximum": D("1.81"), "above": None,
    },
    ("kategori-indeks-efisiensi", "bbpom-yogyakarta-2020"): {
        "years": (2020, None), "bands": ((1, "Efisien"),), "below": "Tidak Efisien",
        "inclusive": "upper", "maximum": None, "above": None,
    },
    # reference §9: Kepmendagri 690.900.327/1996: 100 ke atas tidak efisien, 90–100 kurang,
    # 80–90 cukup, 60–80 efisien, di bawah 60 sangat efisien; inclusivity [OPEN]: both
    # readings are rule sets
    ("kategori-rasio-efisiensi", "kepmendagri-690-900-327-1996"): {
        "years": (1996, None), "inclusive": "lower", "below": "Sangat Efisien",
        "maximum": None, "above": None,
        "bands": ((100, "Tidak Efisien"), (90, "Kurang Efisien"), (80, "Cukup Efisien"),
                  (60, "Efisien")),
    },
    ("kategori-rasio-efisiensi", "kepmendagri-690-900-327-1996-batas-atas"): {
        "years": (1996, None), "inclusive": "upper", "below": "Sangat Efisien",
        "maximum": None, "above": None,
        "bands": ((100, "Tidak Efisien"), (90, "Kurang Efisien"), (80, "Cukup Efisien"),
                  (60, "Efisien")),
    },
    # reference §10: answer scales AA 100 ... E 0 [S, C2]; Y/T 1/0; A–E 1/0,75/0,5/0,25/0;
    # A–D 1/0,66/0,33/0 (here in percent of a criterion)
    ("lke-skala", "aa-e"): {
        "years": (2021, None), "angka": True,
        "nilai": (("AA", 100), ("A", 90), ("BB", 80), ("B", 70), ("CC", 60), ("C", 50),
                  ("D", 30), ("E", 0)),
    },
    ("lke-skala", "y-t"): {"years": (2015, None), "angka": True,
                          "nilai": (("Y", 100), ("T", 0))},
    ("lke-skala", "a-e"): {"years": (2015, None), "angka": True,
                          "nilai": (("A", 100), ("B", 75), ("C", 50), ("D", 25), ("E", 0))},
    ("lke-skala", "a-d"): {"years": (2015, None), "angka": True,
                          "nilai": (("A", 100), ("B", 66), ("C", 33), ("D", 0))},
    # reference §10: each component splits 20 % / 30 % / 50 % (88/2021); 12/2015: one grade
    # per component
    ("lke-lembar-kerja", "permenpanrb-88-2021"): {
        "years": (2021, None),
        "sub_komponen": [(f"{i}.{s}", k, p) for i, k in enumerate(
            ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"), start=1)
            for s, p in (("a", 20), ("b", 30), ("c", 50))],
    },
    ("lke-lembar-kerja", "permenpanrb-12-2015"): {
        "years": (2015, 2020),
        "sub_komponen": [(str(i), k, 100) for i, k in enumerate(
            ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal", "capaian_kinerja"),
            start=1)],
    },
    # reference §11: under PER-5/PB/2022 the RO report deadline was 10 working days [P]
    ("ikpa-capaian-output", "per-5-pb-2022"): {"years": (2022, 2023), "hari_kerja": 10},
    # reference §13: SPBE (PermenPANRB 59/2020): Kebijakan Internal 13 %, Tata Kelola 25 %,
    # Manajemen 16,5 %, Layanan 45,5 %; levels 1–5; Memuaskan 4,2–5,0; Sangat Baik 3,5 – < 4,2;
    # Baik 2,6 – < 3,5; Cukup 1,8 – < 2,6; Kurang < 1,8 [S]
    ("indeks-pemerintah-digital", "permenpanrb-59-2020"): {
        "years": (2020, 2024), "level": (1, 5), "aspek": (),
        "weights": (("kebijakan_internal", 13), ("tata_kelola", 25),
                    ("manajemen", D("16.5")), ("layanan", D("45.5"))),
    },
    ("predikat-pemerintah-digital", "permenpanrb-59-2020"): {
        "years": (2020, 2024), "inclusive": "lower", "below": "Kurang", "maximum": 5,
        "above": None,
        "bands": ((D("4.2"), "Memuaskan"), (D("3.5"), "Sangat Baik"), (D("2.6"), "Baik"),
                  (D("1.8"), "Cukup")),
    },
    # reference §13: Pemdi (PermenPANRB 8/2026): aspects (weight) and indicators (weight)
    # Tata Kelola & Manajemen (10): 1 5, 2 5; Penyelenggara (10): 3 5, 4 5; Data (15): 5 5,
    # 6 3, 7 3, 8 4; Keamanan (15): 9 4, 10 4, 11 3, 12 4; Teknologi (10): 13 5, 14 5;
    # Keterpaduan Layanan (15): 15 4, 16 4, 17 4, 18 3; Kepuasan Pengguna (25): 19 10, 20 15;
    # Kurang 1,00 – < 1,50; Cukup 1,50 – < 2,50; Baik 2,50 – < 3,50; Sangat Baik 3,50 – < 4,00;
    # Memuaskan 4,00 – 5,00 [S]
    ("indeks-pemerintah-digital", "permenpanrb-8-2026"): {
        "years": (2026, None), "level": (1, 5),
        "weights": tuple((str(n), w) for n, w in enumerate(
            (5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15), start=1)),
        "aspek": (("tata_kelola_dan_manajemen", 10, ("1", "2")),
                  ("penyelenggara", 10, ("3", "4")),
                  ("data", 15, ("5", "6", "7", "8")),
                  ("keamanan", 15, ("9", "10", "11", "12")),
                  ("teknologi", 10, ("13", "14")),
                  ("keterpaduan_layanan", 15, ("15", "16", "17", "18")),
                  ("kepuasan_pengguna", 25, ("19", "20"))),
    },
    ("predikat-pemerintah-digital", "permenpanrb-8-2026"): {
        "years": (2026, None), "inclusive": "lower", "below": None, "maximum": 5,
        "above": None,
        "bands": ((4, "Memuaskan"), (D("3.5"), "Sangat Baik"), (D("2.5"), "Baik"),
                  (D("1.5"), "Cukup"), (1, "Kurang")),
    },
    # reference §13: SPIP maturity levels 0 Belum Ada … 5 Optimum (PP 60/2008, BPKP 5/2021) [S]
    ("maturitas-spip", "bpkp-5-2021"): {
        "years": (2021, None),
        "levels": ((0, "Belum Ada"), (1, "Rintisan"), (2, "Berkembang"), (3, "Terdefinisi"),
                   (4, "Terkelola dan Terukur"), (5, "Optimum")),
    },
    # reference §4 and §9: PKPA 60 % EKA + 40 % IKPA (SE-8/MK.1/2020) [C1]
    ("nka", "pkpa-se-8-mk1-2020"): {"years": (2020, None), "eka": 60, "ikpa": 40},
    # reference §13: PermenPANRB 14/2017, nine unsur, answers 1–4, × 25, NI / NIK bands [C2];
    # weights printed in practice 0,1111 / 0,111 / 0,11 [S, CONV]
    ("ikm", "permenpanrb-14-2017"): {
        "years": (2017, None), "konversi": 25, "jawaban_min": 1, "jawaban_max": 4,
        "bobot_konvensi": (("0,1111", D("0.1111")), ("0,111", D("0.111")), ("0,11", D("0.11"))),
        "tabel_nilai": ((D("3.5324"), 4, "A"), (D("3.0644"), D("3.532"), "B"),
                        (D("2.60"), D("3.064"), "C"), (1, D("2.5996"), "D")),
        "tabel_konversi": ((D("88.31"), 100, "A"), (D("76.61"), D("88.30"), "B"),
                           (65, D("76.60"), "C"), (25, D("64.99"), "D")),
    },
    # reference §13: KEP/25/M.PAN/2/2004, fourteen unsur, weight 1/14 (printed 0,071) [S]
    ("ikm", "kepmenpan-25-2004"): {
        "years": (2004, 2014), "konversi": 25, "jawaban_min": 1, "jawaban_max": 4,
        "bobot_konvensi": (("0,071", D("0.071")),),
        "tabel_nilai": ((D("3.26"), 4, "A"), (D("2.51"), D("3.25"), "B"),
                        (D("1.76"), D("2.50"), "C"), (1, D("1.75"), "D")),
        "tabel_konversi": ((D("81.26"), 100, "A"), (D("62.51"), D("81.25"), "B"),
                           (D("43.76"), D("62.50"), "C"), (25, D("43.75"), "D")),
    },
    # the same printed bands, read under celah "bawah" (a band starts at its printed
    # lower bound) and "atas" (a band ends at its printed upper bound): reference §13
    **{("mutu-ikm", f"{rule}-{skala}-{gap}"): {
        "years": years, "maximum": top, "above": None,
        "inclusive": "lower" if gap == "bawah" else "upper",
        "below": None if gap == "bawah" else "D",
        "bands": tuple(zip(edges[gap], "ABCD", strict=False)),
    } for rule, years, skala, top, edges in (
        ("permenpanrb-14-2017", (2017, None), "nilai", 4,
         {"bawah": (D("3.5324"), D("3.0644"), D("2.60"), 1),
          "atas": (D("3.532"), D("3.064"), D("2.5996"))}),
        ("permenpanrb-14-2017", (2017, None), "konversi", 100,
         {"bawah": (D("88.31"), D("76.61"), 65, 25),
          "atas": (D("88.30"), D("76.60"), D("64.99"))}),
        ("kepmenpan-25-2004", (2004, 2014), "nilai", 4,
         {"bawah": (D("3.26"), D("2.51"), D("1.76"), 1),
          "atas": (D("3.25"), D("2.50"), D("1.75"))}),
        ("kepmenpan-25-2004", (2004, 2014), "konversi", 100,
         {"bawah": (D("81.26"), D("62.51"), D("43.76"), 25),
          "atas": (D("81.25"), D("62.50"), D("43.75"))}),
    ) for gap in ("bawah", "atas")},
    # reference §13: BPS IPM goalposts (method since 2014) [P]
    ("ipm", "bps-2014"): {
        "years": (2014, None), "uhh_min": 20, "uhh_max": 85, "hls_max": 18, "rls_max": 15,
        "pengeluaran_min": 1007436, "pengeluaran_max": 26572352,
    },
    # reference §13: sangat tinggi ≥ 80; tinggi 70 – < 80; sedang 60 – < 70; rendah < 60 [P]
    ("status-ipm", "bps-2014"): {
        "years": (2014, None), "inclusive": "lower", "below": "rendah", "maximum": 100,
        "above": None, "bands": ((80, "sangat tinggi"), (70, "tinggi"), (60, "sedang")),
    },
    # reference §13: PermenPANRB 8/2021 nilai capaian IKI, the retrieved rows [P]
    ("nilai-capaian-iki", "permenpanrb-8-2021"): {
        "years": (2021, None), "capaian_baik": 100, "capaian_maksimum": 110,
        "nilai_maksimum": 120,
        "baris": (("Cukup", 80, 99, 70, 89), ("Kurang", 60, 79, 50, 69),
                  ("Sangat Kurang", 0, 59, 0, 49)),
    },
    # reference §12: the five-band table printed beside the Permendagri 86/2017 evaluation,
    # 91 ≤ x ≤ 100; 76 ≤ x ≤ 90; 66 ≤ x ≤ 75; 51 ≤ x ≤ 65; x ≤ 50 [S edges]; labels A as
    # usually quoted, B as in LKjIP 2019 Inspektorat Daerah Kabupaten Sampang (Tabel 3.1);
    # the gaps read from the printed lower bounds ("bawah") or upper bounds ("atas") [OPEN]
    **{("tingkat-capaian", f"renja-5-{labels}{suffix}"): {
        "years": (2017, None), "inclusive": inclusive, "maximum": 100, "above": names[0],
        "below": names[4], "bands": tuple(zip(edges, names[:4], strict=True))}
       for labels, names in (
           ("tinggi-rendah", ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")),
           ("baik-kurang", ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang")))
       for suffix, inclusive, edges in (("", "lower", (91, 76, 66, 51)),
                                        ("-celah-atas", "upper", (90, 75, 65, 50)))},
}


#: Fields that decide a table's edges or labels, pinned even when they hold no number.
EDGE_TEXT = {"below", "above", "inclusive", "maximum"}


def _has_number(value: Any) -> bool:
    """Whether a value holds a number anywhere (in tuples, or in attrs parts such as bands)."""
    if isinstance(value, (int, D)):  # bool too: a flag is a rule
        return True
    if isinstance(value, tuple):
        return any(_has_number(v) for v in value)
    if attrs.has(type(value)):
        return any(_has_number(getattr(value, f.name)) for f in attrs.fields(type(value)))
    return False


def _numeric_fields(rule: RuleSet) -> set[str]:
    """The fields of a rule set that hold numbers (or tables of them), or decide its edges."""
    return {field.name for field in attrs.fields(type(rule))
            if field.name not in META
            and (field.name in EDGE_TEXT or _has_number(getattr(rule, field.name)))}


def _has_numbers(rule: RuleSet) -> bool:
    return bool(_numeric_fields(rule) - {"years"} - EDGE_TEXT)


def _plain(value: Any) -> Any:
    """Bands and sub-components as comparable tuples; everything else as it is."""
    if isinstance(value, tuple) and value and isinstance(value[0], sakip.predikat.PredikatBand):
        return [(str(b.predikat), b.lower, b.upper, b.lower_inclusive) for b in value]
    if isinstance(value, tuple) and value and type(value[0]).__name__ == "SubKomponen":
        return [(s.kode, s.komponen, s.persen) for s in value]
    return value


def test_every_numeric_rule_set_has_published_numbers() -> None:
    """Each registered rule set that carries numbers is in PUBLISHED with every numeric field."""
    missing = []
    for kind, rule in sakip.rules.all_rule_sets():
        if not _has_numbers(rule):
            continue
        entry = PUBLISHED.get((kind, rule.name))
        if entry is None:
            missing.append((kind, rule.name))
            continue
        fields = {f.name for f in attrs.fields(type(rule))}
        assert _numeric_fields(rule) <= set(entry) <= fields, (kind, rule.name)
    assert not missing, f"add the published numbers of {missing} to PUBLISHED, with the source"


@pytest.mark.parametrize(("kind", "name"), sorted(PUBLISHED))
def test_rule_set_holds_published_numbers(kind: str, name: str) -> None:
    """The rule set's weights, maxima, thresholds and years are the published ones."""
    rule = sakip.rules.find(kind, name)
    for field, expected in PUBLISHED[(kind, name)].items():
        assert _plain(getattr(rule, field)) == expected, (kind, name, field)


def _label_tables() -> list[tuple[str, LabelBands]]:
    return [(kind, rule) for kind, rule in sakip.rules.all_rule_sets()
            if isinstance(rule, LabelBands)]


def test_label_tables_found() -> None:
    """The generic edge tests below see the efficiency and IKPA category tables."""
    found = {(kind, rule.name) for kind, rule in _label_tables()}
    assert {("kategori-efisiensi", "konvensi-2023"), ("kategori-ikpa", "per-5-pb")} <= found


@pytest.mark.parametrize(("kind", "table"), _label_tables(),
                         ids=[f"{k}/{t.name}" for k, t in _label_tables()])
def test_label_bands_every_edge(kind: str, table: LabelBands) -> None:
    """At, above and below every bound, by the table's inclusivity; below the last band;
    at and above its maximum."""
    bands = table.bands

    def beneath(i: int) -> str | None:  # the label of values just under bound i
        return bands[i + 1][1] if i + 1 < len(bands) else table.below

    def check(value: D, expected: str | None) -> None:
        if expected is None:
            with pytest.raises(InvalidValueError):
                table.label(value)
        else:
            assert table.label(value) == expected, (kind, table.name, value)

    for i, (bound, label) in enumerate(bands):
        check(bound, label if table.inclusive == "lower" else beneath(i))
        for step in STEPS:
            check(bound + step, label)
            check(bound - step, beneath(i))
    top = bands[0][1]
    if table.maximum is not None:
        check(table.maximum, top)
        for step in STEPS:
            check(table.maximum + step, table.above)
    assert table.labels()[-1] == (table.below or bands[-1][1])


def _predikat_tables() -> list[tuple[str, PredikatBands]]:
    return [(kind, rule) for kind, rule in sakip.rules.all_rule_sets()
            if isinstance(rule, PredikatBands)]


@pytest.mark.parametrize(("kind", "table"), _predikat_tables(),
                         ids=[t.name for _, t in _predikat_tables()])
def test_predikat_bands_every_edge(kind: str, table: PredikatBands) -> None:
    """Upper bounds inclusive, lower bounds exclusive (but the lowest), outside 0–100 refused."""
    bands = table.bands
    for i, band in enumerate(bands):
        higher = bands[i - 1].predikat if i > 0 else None
        lower = bands[i + 1].predikat if i + 1 < len(bands) else None
        assert table.predikat(band.upper) is band.predikat
        assert table.predikat(band.lower) is (band.predikat if band.lower_inclusive else lower)
        for step in STEPS:
            assert table.predikat(band.upper - step) is band.predikat
            assert table.predikat(band.lower + step) is band.predikat
            if higher is not None:
                assert table.predikat(band.upper + step) is higher
    for step in STEPS:
        with pytest.raises(InvalidValueError):
            table.predikat(table.minimum - step)
        with pytest.raises(InvalidValueError):
            table.predikat(table.maximum + step)


def test_predikat_published_edges() -> None:
    """Reference §2: 90,00 is A, 90,01 AA, 80,00 BB, 30,00 D; the seed's 82,70 is A."""
    f = sakip.Predikat.from_nilai
    P = sakip.Predikat
    assert (f("90.00"), f("90.01"), f("80.00"), f("30.00"), f("82.70")) == (
        P.A, P.AA, P.BB, P.D, P.A)


def _dispensasi_tables() -> list[DispensasiRule]:
    return [rule for _, rule in sakip.rules.all_rule_sets() if isinstance(rule, DispensasiRule)]


@pytest.mark.parametrize("table", _dispensasi_tables(), ids=[t.name for t in _dispensasi_tables()])
def test_dispensasi_every_edge(table: DispensasiRule) -> None:
    """At, just below and just above each bucket edge (counts against 10 000 000 SPM)."""
    n = 10**7  # ratio ‰ = d × 1000 / n, so d = edge × 10 000 hits the edge exactly

    def cut(d: int) -> D:
        return potongan_dispensasi_spm(jumlah_dispensasi=d, jumlah_spm=n, aturan=table.name)

    deductions = [deduction for _, deduction in table.buckets] + [table.maximum]
    for i, (upper, deduction) in enumerate(table.buckets):
        at = int(upper * 10**4)
        inside = upper not in table.upper_exclusive
        assert cut(at) == (deduction if inside else deductions[i + 1]), (table.name, upper)
        assert cut(at + 1) == deductions[i + 1], (table.name, upper)
        if at > 0:
            assert cut(at - 1) == deduction, (table.name, upper)
    assert cut(n) == table.maximum


# ------------------------------------------- reference §12: the Renja five-band table

#: Reference §12, label set A (as usually quoted) and B (as an LKjIP prints it).
RENJA_LABELS = {
    "tinggi-rendah": ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"),
    "baik-kurang": ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"),
}

#: (value, band index under celah "bawah", under "atas"; None = refused under "tolak"):
#: the printed edges 91, 90, 76, 75, 66, 65, 51, 50 and a value inside each gap.
RENJA_READINGS = [
    ("100", 0, 0, 0), ("91", 0, 0, 0), ("90.99", 1, 0, None), ("90.5", 1, 0, None),
    ("90.01", 1, 0, None), ("90", 1, 1, 1), ("76", 1, 1, 1), ("75.5", 2, 1, None),
    ("75", 2, 2, 2), ("66", 2, 2, 2), ("65.5", 3, 2, None), ("65", 3, 3, 3), ("51", 3, 3, 3),
    ("50.5", 4, 3, None), ("50", 4, 4, 4), ("0", 4, 4, 4), ("-20", 4, 4, 4),
]


@pytest.mark.parametrize("labels", sorted(RENJA_LABELS))
@pytest.mark.parametrize(("nilai", "bawah", "atas", "tolak"), RENJA_READINGS)
def test_renja_five_bands_every_edge_and_gap(labels: str, nilai: str, bawah: int, atas: int,
                                             tolak: int | None) -> None:
    """Reference §12: each printed edge and a value inside each gap, under each gap policy."""
    names = RENJA_LABELS[labels]
    read: Any = sakip.tingkat_capaian  # the options as test parameters (str)
    assert read(nilai=nilai, label=labels).label == names[bawah]  # the default: "bawah"
    assert read(nilai=nilai, label=labels, celah="atas").label == names[atas]
    if tolak is None:
        with pytest.raises(InvalidValueError, match=r"^nilai: .*celah='tolak'"):
            read(nilai=nilai, label=labels, celah="tolak")
    else:
        assert read(nilai=nilai, label=labels, celah="tolak").label == names[tolak]


@pytest.mark.parametrize("labels", sorted(RENJA_LABELS))
@pytest.mark.parametrize("celah", ["bawah", "atas", "tolak"])
def test_renja_five_bands_above_100(labels: str, celah: str) -> None:
    """Reference §12: above 100 the top band ("teratas", reports label 120 % so) or refused."""
    top = RENJA_LABELS[labels][0]
    read: Any = sakip.tingkat_capaian  # the options as test parameters (str)
    for nilai in ("100", "100.01", "120", "233.33"):
        assert read(nilai=nilai, label=labels, celah=celah).label == top
    assert read(nilai="100", label=labels, celah=celah, di_atas_100="tolak").label == top
    with pytest.raises(InvalidValueError, match=r"^nilai: expected <= 100"):
        read(nilai="100.01", label=labels, celah=celah, di_atas_100="tolak")
