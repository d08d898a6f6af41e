"""Rule sets' citations in Bahasa Indonesia (an explanation's ``dasar``, the reviu's criteria).

Every registered rule set (``sakip._rules.registered()``) carries a
``citation``: the regulation it follows and, where the regulation does not
say everything, the convention or source sakip reads it from.  The citation
is data and stays as registered (``RuleSet.citation``, ``Explanation.reference``
and ``Step.reference`` hold the English text, so a program compares them
as it always did).  ``RUJUKAN`` gives each citation in Bahasa Indonesia,
keyed by the English text as ``sakip._lkj_id.URAIAN`` keys SPEC's
descriptions: regulation titles and numbers stay as they are (they are
Indonesian already); the prose around them is translated in the vocabulary
of the reviu (reference §16: konvensi, dikutip dalam, digantikan oleh,
lampiran …).  A test checks that the table holds every registered citation
(and a formula module's ``CITATION``) and nothing else.

``rujukan`` renders a text in a language: in Bahasa Indonesia each
citation in it is replaced by its entry (a reference that is one citation,
or a note that quotes one); English is the text as it is.

>>> rujukan("PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran Bab VI")
'PermenPANRB 53/2014 (LKj); rumus seperti dalam PermenPANRB 8/2021 Lampiran Bab VI'
>>> rujukan("kategori 'Baik' (PMK 249/PMK.02/2011 Lampiran (efisiensi, unit-cost form))", "en")
"kategori 'Baik' (PMK 249/PMK.02/2011 Lampiran (efisiensi, unit-cost form))"
"""

from __future__ import annotations

import functools
import re

from sakip._bahasa import DEFAULT, Bahasa

__all__ = ["RUJUKAN", "rujukan"]


def rujukan(text: str, bahasa: Bahasa = DEFAULT) -> str:
    """``text`` in ``bahasa``: in ``"id"`` every citation of :data:`RUJUKAN` in it translated.

    Formula: the text itself when it is a citation, else each citation it
    quotes (the longest first) replaced by its Indonesian; any other text is
    returned as it is.  English (``"en"``) is always the text unchanged.
    Reference: the rule sets' citations (``sakip._rules.registered()``).

    >>> rujukan("catatan: No kerangka logis checks")
    'catatan: Tanpa pemeriksaan kerangka logis'
    >>> rujukan("No kerangka logis checks", "en")
    'No kerangka logis checks'
    """
    if bahasa != "id" or not text:
        return text
    return _dalam_id(str(text))


@functools.lru_cache(maxsize=4096)
def _dalam_id(text: str) -> str:
    """``text`` with each citation in Indonesian (cached: a reviu repeats its references)."""
    whole = RUJUKAN.get(text)
    if whole is not None:
        return whole
    return _pola().sub(lambda match: RUJUKAN[match.group()], text)


@functools.cache
def _pola() -> re.Pattern[str]:
    """One pattern matching any English citation of the table, the longest first.

    The citations are grouped by their first character (``P(?:MK 249…|ermenPANRB…)|C(?:…)``),
    each group in the same longest-first order: the same match at every position, as only
    the citations of that position's character can match there, but the matcher tries a
    dozen groups per position, not every citation (issue 24: a reviu renders tens of
    thousands of distinct titles).
    """
    keys = sorted((key for key, value in RUJUKAN.items() if key != value), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[0], []).append(key[1:])
    return re.compile("|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
                               for first, rests in groups.items()))


# Parts shared by several citations (one translation each).
_LIMA_PITA = ("Five-band table printed beside the Permendagri 86/2017 evaluation in LKjIP "
              "(91 ≤ x ≤ 100; 76 ≤ x ≤ 90; 66 ≤ x ≤ 75; 51 ≤ x ≤ 65; x ≤ 50), reference §12")
_LIMA_PITA_ID = ("Tabel lima pita yang dicetak di samping evaluasi Permendagri 86/2017 dalam "
                 "LKjIP (91 ≤ x ≤ 100; 76 ≤ x ≤ 90; 66 ≤ x ≤ 75; 51 ≤ x ≤ 65; x ≤ 50), "
                 "rujukan §12")
_SAMPANG = ("labels as in an LKjIP (Inspektorat Daerah Kabupaten Sampang, LKjIP 2019, Tabel 3.1)",
            "label seperti dalam suatu LKjIP (Inspektorat Daerah Kabupaten Sampang, LKjIP 2019, "
            "Tabel 3.1)")
_LAZIM = ("labels as the regulation is usually quoted", "label seperti peraturan itu lazim dikutip")
_BAWAH = ("a value in a gap (90 < x < 91 …) takes the band below: the printed lower bounds are "
          "the thresholds",
          "nilai di celah (90 < x < 91 …) masuk pita di bawahnya: batas bawah tercetak adalah "
          "ambangnya")
_ATAS = ("a value in a gap takes the band above: the printed upper bounds close the bands",
         "nilai di celah masuk pita di atasnya: batas atas tercetak menutup pita-pitanya")
_TERATAS = ("above 100 the top band", "di atas 100 pita teratas")
_SIMULATOR = ("DJPb 2024 slides as quoted by a public IKPA simulator",
              "salindia DJPb 2024 seperti dikutip oleh suatu simulator IKPA publik")
_JDIH = ("(JDIH summary and press)", "(ringkasan JDIH dan pers)")
_KEPMENDAGRI = ("Kepmendagri 690.900.327/1996 (as quoted in regional-finance literature)",
                "Kepmendagri 690.900.327/1996 (seperti dikutip dalam literatur keuangan daerah)")
_PROYEK = ("(project reference §10)", "(rujukan proyek §10)")
_ERA = ("(12/2015-era convention; project reference §10)",
        "(konvensi masa 12/2015; rujukan proyek §10)")
_DISPENSASI = "PER-5/PB/2024 (pengurang nilai IKPA atas dispensasi SPM)"
_IPD = "PermenPANRB 8/2026 (Indeks Pemerintah Digital): "
_SPBE = "PermenPANRB 59/2020 (pemantauan dan evaluasi SPBE): "


def _lima_pita(who: tuple[str, str], reading: tuple[str, str]) -> tuple[str, str]:
    """A five-band table's citation (``sakip.renja``'s tables) in both languages."""
    return (f"{_LIMA_PITA}; {who[0]}; {reading[0]}; {_TERATAS[0]}",
            f"{_LIMA_PITA_ID}; {who[1]}; {reading[1]}; {_TERATAS[1]}")


#: Every registered rule set's citation (English, as registered) -> Bahasa Indonesia.
RUJUKAN: dict[str, str] = dict([
    ("BBPOM di Yogyakarta, LKj 2020: 'Jika IE > SE, maka kegiatan dianggap efisien; Jika IE < SE, "
     "maka kegiatan dianggap tidak efisien' (IE = SE not stated; read as Tidak Efisien)",
     "BBPOM di Yogyakarta, LKj 2020: 'Jika IE > SE, maka kegiatan dianggap efisien; Jika IE < SE, "
     "maka kegiatan dianggap tidak efisien' (IE = SE tidak dinyatakan; dibaca sebagai Tidak "
     "Efisien)"),
    ("BPS, Indeks Pembangunan Manusia, metode baru (since 2014), catatan teknis: UHH 20–85, "
     "HLS 0–18, RLS 0–15, pengeluaran Rp 1.007.436 – Rp 26.572.352 per kapita per tahun",
     "BPS, Indeks Pembangunan Manusia, metode baru (sejak 2014), catatan teknis: UHH 20–85, "
     "HLS 0–18, RLS 0–15, pengeluaran Rp 1.007.436 – Rp 26.572.352 per kapita per tahun"),
    ("BPS, Indeks Pembangunan Manusia: sangat tinggi ≥ 80; tinggi 70 ≤ IPM < 80; sedang "
     "60 ≤ IPM < 70; rendah < 60",) * 2,
    ("Convention agreeing with LKj 2023 BGP Kalsel (tabel efisiensi); no regulation sets the "
     "bands",
     "Konvensi yang sejalan dengan LKj 2023 BGP Kalsel (tabel efisiensi); tidak ada peraturan "
     "yang menetapkan pitanya"),
    ("Convention of Badan POM units' LKj: IE = % capaian output ÷ % capaian input, SE = 1, "
     "TE = IE − SE (PRKOM Badan POM, LKj 2021, Tabel 28; BBPOM di Yogyakarta, LKj 2020)",
     "Konvensi LKj unit Badan POM: IE = % capaian output ÷ % capaian input, SE = 1, "
     "TE = IE − SE (PRKOM Badan POM, LKj 2021, Tabel 28; BBPOM di Yogyakarta, LKj 2020)"),
    ("Convention of ministries' LKj: E = capaian output ÷ capaian input × 100, one column per "
     "input (BPKP, Laporan Kinerja 2021, Tabel 3.23, columns '6 = 5/3', '7 = 5/4')",
     "Konvensi LKj kementerian: E = capaian output ÷ capaian input × 100, satu kolom per "
     "input (BPKP, Laporan Kinerja 2021, Tabel 3.23, kolom '6 = 5/3', '7 = 5/4')"),
    ("Convention of regional LKj: a program's or a 'rata-rata' row's % is the unweighted mean of "
     "its rows' printed % (e.g. a Setda Provinsi LKj 2021)",
     "Konvensi LKj daerah: % suatu program atau baris 'rata-rata' adalah rerata tanpa bobot "
     "dari % tercetak baris-barisnya (mis. LKj 2021 suatu Setda Provinsi)"),
    ("Convention of regional LKjIP: E = capaian kinerja (%) − realisasi anggaran (%), negative "
     "values printed as they are (e.g. a Dinas Pendidikan's LKjIP 2020, Tabel 4.1)",
     "Konvensi LKjIP daerah: E = capaian kinerja (%) − realisasi anggaran (%), nilai negatif "
     "dicetak apa adanya (mis. LKjIP 2020 suatu Dinas Pendidikan, Tabel 4.1)"),
    ("Convention reproducing published per-output figures (LKj 2023 BGP Kalsel, tabel "
     "efisiensi): E = Σ (P × CO − RA) / Σ P",
     "Konvensi yang mereproduksi angka per output yang diterbitkan (LKj 2023 BGP Kalsel, tabel "
     "efisiensi): E = Σ (P × CO − RA) / Σ P"),
    ("Convention: ordinal ranks D=1 … AA=7 (as printed in LKj 2023 BGP Kalsel, IKK 2.1); no "
     "regulation sets a conversion",
     "Konvensi: peringkat ordinal D=1 … AA=7 (seperti tercetak dalam LKj 2023 BGP Kalsel, "
     "IKK 2.1); tidak ada peraturan yang menetapkan konversinya"),
    _lima_pita(_SAMPANG, _BAWAH),
    _lima_pita(_SAMPANG, _ATAS),
    _lima_pita(_LAZIM, _BAWAH),
    _lima_pita(_LAZIM, _ATAS),
    ("IKU 2025–2029 of an attorney-general office (Kejaksaan), as published: NKA = X1 + X2, "
     "Xi = (NXi ÷ target i) × Wi, W = 50/50; X1 nilai kinerja perencanaan anggaran, X2 "
     "pelaksanaan (IKPA)",
     "IKU 2025–2029 suatu kantor kejaksaan (Kejaksaan), seperti diterbitkan: NKA = X1 + X2, "
     "Xi = (NXi ÷ target i) × Wi, W = 50/50; X1 nilai kinerja perencanaan anggaran, X2 "
     "pelaksanaan (IKPA)"),
    ("Inpres 1/2025 (efisiensi belanja); a KPPN page: DJPb adjusted penyerapan, belanja "
     "kontraktual, UP/TUP and capaian output for TA 2025 (formulas not retrieved); TW I 2025 "
     "reportedly scored 100 for every indicator [C1]",
     "Inpres 1/2025 (efisiensi belanja); halaman suatu KPPN: DJPb menyesuaikan penyerapan, "
     "belanja kontraktual, UP/TUP dan capaian output untuk TA 2025 (rumusnya tidak diperoleh); "
     "TW I 2025 dikabarkan bernilai 100 untuk setiap indikator [C1]"),
    ("KEP/25/M.PAN/2/2004 (pedoman umum penyusunan IKM): fourteen unsur, weight 1/14, konversi "
     "× 25; superseded by PermenPANRB 16/2014, then 14/2017",
     "KEP/25/M.PAN/2/2004 (pedoman umum penyusunan IKM): empat belas unsur, bobot 1/14, "
     "konversi × 25; digantikan oleh PermenPANRB 16/2014, lalu 14/2017"),
    ("KPPN Gorontalo page on IKPA 2026: penyerapan targets on pagu minus blokir",
     "Halaman KPPN Gorontalo tentang IKPA 2026: target penyerapan atas pagu dikurangi blokir"),
    # what an IKPA year adjustment changes (``IKPAPenyesuaian.catatan``, quoted in its note)
    ("RO khusus (KRO FAN) excluded from penyerapan anggaran and capaian output",
     "RO khusus (KRO FAN) dikecualikan dari penyerapan anggaran dan capaian output"),
    ("penyerapan anggaran on pagu minus blokir",
     "penyerapan anggaran atas pagu dikurangi blokir"),
    ("TA 2025 efisiensi [OPEN]: only the reported TW I treatment (every indicator 100) is "
     "applied; the adjusted formulas of the other quarters were not retrieved",
     "efisiensi TA 2025 [OPEN]: hanya perlakuan TW I yang dilaporkan (setiap indikator 100) "
     "yang diterapkan; rumus penyesuaian triwulan lainnya tidak diperoleh"),
    ("KPPN Surakarta, Penyesuaian IKPA dalam rangka Pelaksanaan Prioritas Direktif Presiden TA "
     "2026 (as cited by a public IKPA simulator): RO khusus (KRO FAN, e.g. FAN.ZZ1) are not an "
     "object of penyerapan anggaran and capaian output",
     "KPPN Surakarta, Penyesuaian IKPA dalam rangka Pelaksanaan Prioritas Direktif Presiden TA "
     "2026 (seperti dikutip oleh suatu simulator IKPA publik): RO khusus (KRO FAN, mis. "
     "FAN.ZZ1) bukan objek penyerapan anggaran dan capaian output"),
    (f"{_KEPMENDAGRI[0]}, bounds in the band below: > 100 tidak efisien, > 90–100 kurang "
     "efisien, > 80–90 cukup efisien, > 60–80 efisien, ≤ 60 sangat efisien",
     f"{_KEPMENDAGRI[1]}, batas masuk pita di bawahnya: > 100 tidak efisien, > 90–100 kurang "
     "efisien, > 80–90 cukup efisien, > 60–80 efisien, ≤ 60 sangat efisien"),
    (f"{_KEPMENDAGRI[0]}: ≥ 100 tidak efisien, 90–< 100 kurang efisien, 80–< 90 cukup efisien, "
     "60–< 80 efisien, < 60 sangat efisien (bounds in the band above: sakip's reading)",
     f"{_KEPMENDAGRI[1]}: ≥ 100 tidak efisien, 90–< 100 kurang efisien, 80–< 90 cukup efisien, "
     "60–< 80 efisien, < 60 sangat efisien (batas masuk pita di atasnya: pembacaan sakip)"),
    ("Kerangka logis of LKE applications: a criterion or sub-component must not exceed its "
     f"comparator; violations are reported, not zeroed {_PROYEK[0]}",
     "Kerangka logis aplikasi LKE: suatu kriteria atau subkomponen tidak boleh melebihi "
     f"pembandingnya; pelanggaran dilaporkan, tidak dinolkan {_PROYEK[1]}"),
    ("No kerangka logis checks", "Tanpa pemeriksaan kerangka logis"),
    (f"One regency's LKE evaluation application, A–D = 1/0,66/0,33/0 {_PROYEK[0]}",
     f"Aplikasi evaluasi LKE suatu kabupaten, A–D = 1/0,66/0,33/0 {_PROYEK[1]}"),
    ("PER-4/PB/2021 tentang Petunjuk Teknis Penilaian IKPA (13 indikator)",) * 2,
    ("PER-5/PB/2022 (deviasi halaman III DIPA: the monthly deviasi the arithmetic mean over "
     "jenis belanja; DJPb's comparison of the 2022 and 2024 rules on a KPPN's 2023 slide deck "
     "[P])",
     "PER-5/PB/2022 (deviasi halaman III DIPA: deviasi bulanan adalah rerata aritmetik atas "
     "jenis belanja; perbandingan DJPb atas aturan 2022 dan 2024 dalam salindia suatu KPPN "
     "tahun 2023 [P])"),
    ("PER-5/PB/2022 and PER-5/PB/2024: nilai ≥ 95 Sangat Baik, 89 ≤ nilai < 95 Baik, "
     "70 ≤ nilai < 89 Cukup, nilai < 70 Kurang",
     "PER-5/PB/2022 dan PER-5/PB/2024: nilai ≥ 95 Sangat Baik, 89 ≤ nilai < 95 Baik, "
     "70 ≤ nilai < 89 Cukup, nilai < 70 Kurang"),
    ("PER-5/PB/2022 tentang Petunjuk Teknis Penilaian IKPA (8 indikator; data kontrak called "
     "belanja kontraktual in 2023 material)",
     "PER-5/PB/2022 tentang Petunjuk Teknis Penilaian IKPA (8 indikator; data kontrak disebut "
     "belanja kontraktual dalam materi 2023)"),
    ("PER-5/PB/2022, capaian output: the RO report due by the 10th working day of the next "
     "month (a KPPN page; the indicator's formula under PER-5/PB/2022 was not retrieved)",
     "PER-5/PB/2022, capaian output: laporan RO paling lambat hari kerja ke-10 bulan berikutnya "
     "(halaman suatu KPPN; rumus indikatornya menurut PER-5/PB/2022 tidak diperoleh)"),
    ("PER-5/PB/2022, revisi DIPA: controlled per quarter (per semester from 2024), DJPb's "
     "comparison of the 2022 and 2024 rules on a KPPN's 2023 slide deck; the year the mean of "
     "the quarters assessed; the per-quarter score table (0–1 revisions 110, 2 → 100, ≥ 3 → 50) "
     "and the counted codes are PER-5/PB/2024's, assumed [OPEN]",
     "PER-5/PB/2022, revisi DIPA: dikendalikan per triwulan (per semester sejak 2024), "
     "perbandingan DJPb atas aturan 2022 dan 2024 dalam salindia suatu KPPN tahun 2023; nilai "
     "setahun adalah rerata triwulan yang dinilai; tabel nilai per triwulan (0–1 revisi 110, "
     "2 → 100, ≥ 3 → 50) dan kode yang dihitung diambil dari PER-5/PB/2024, diasumsikan [OPEN]"),
    ("PER-5/PB/2024 (deviasi halaman III DIPA: the monthly deviasi per jenis belanja weighted "
     "by its share of the pagu [C2]; DJPb 2024 slides, also in a public IKPA simulator's "
     "verification register, DEV-002)",
     "PER-5/PB/2024 (deviasi halaman III DIPA: deviasi bulanan per jenis belanja dibobot "
     "dengan porsinya atas pagu [C2]; salindia DJPb 2024, juga dalam register verifikasi suatu "
     "simulator IKPA publik, DEV-002)"),
    (f"{_DISPENSASI}, buckets as printed in DJPb's Paparan Petunjuk Teknis Penilaian IKPA 2024 "
     "(quoted by a public IKPA simulator's verification register): 0,01–0,099‰ 0,25; "
     "0,1–0,99‰ 0,50; 1–4,99‰ 0,75; ≥ 5‰ 1,00",
     f"{_DISPENSASI}, kelompok seperti tercetak dalam Paparan Petunjuk Teknis Penilaian IKPA "
     "2024 DJPb (dikutip oleh register verifikasi suatu simulator IKPA publik): 0,01–0,099‰ "
     "0,25; 0,1–0,99‰ 0,50; 1–4,99‰ 0,75; ≥ 5‰ 1,00"),
    (f"{_DISPENSASI}; bucket edges as read by sakip 0.1 (0,1‰ and 1‰ inclusive, 5‰ to the top "
     "bucket); superseded as the default by 'paparan-djpb-2024'",
     f"{_DISPENSASI}; batas kelompok seperti dibaca sakip 0.1 (0,1‰ dan 1‰ termasuk, 5‰ ke "
     "kelompok teratas); digantikan sebagai bawaan oleh 'paparan-djpb-2024'"),
    ("PER-5/PB/2024 (target penyerapan anggaran per triwulan per jenis belanja)",) * 2,
    ("PER-5/PB/2024 tentang Petunjuk Teknis Penilaian IKPA (7 indikator; dispensasi SPM as a "
     "deduction)",
     "PER-5/PB/2024 tentang Petunjuk Teknis Penilaian IKPA (7 indikator; dispensasi SPM sebagai "
     "pengurang)"),
    ("PER-5/PB/2024, belanja kontraktual: distribusi akselerasi 20 % (by TW II: > 75 % 100; "
     "50,01–75 % 80; 25,01–50 % 60; 0,01–25 % 50; 0 → 0), kontrak dini 40 % (pra-DIPA 120; "
     "1 January–31 March 110), akselerasi kontrak belanja modal 40 % "
     f"({_SIMULATOR[0]})",
     "PER-5/PB/2024, belanja kontraktual: distribusi akselerasi 20 % (sampai TW II: > 75 % 100; "
     "50,01–75 % 80; 25,01–50 % 60; 0,01–25 % 50; 0 → 0), kontrak dini 40 % (pra-DIPA 120; "
     "1 Januari–31 Maret 110), akselerasi kontrak belanja modal 40 % "
     f"({_SIMULATOR[1]})"),
    ("PER-5/PB/2024, capaian output: ketepatan waktu 30 % (by the 5th working day of the next "
     "month) + capaian RO 70 %; Formula 1 PCRO/TPCRO (January–November), Formula 2 RVRO/volume "
     f"(December or PCRO ≥ 100 %), each capped at 100 ({_SIMULATOR[0]})",
     "PER-5/PB/2024, capaian output: ketepatan waktu 30 % (paling lambat hari kerja ke-5 bulan "
     "berikutnya) + capaian RO 70 %; Rumus 1 PCRO/TPCRO (Januari–November), Rumus 2 "
     "RVRO/volume (Desember atau PCRO ≥ 100 %), masing-masing dibatasi 100 "
     f"({_SIMULATOR[1]})"),
    ("PER-5/PB/2024, pengelolaan UP/TUP: tunai 90 % (ketepatan waktu 50 %, GUP disebulankan "
     "25 %, setoran TUP 25 %) + KKP 10 % (TW I 1 %, TW II 5 %, TW III 9 %, TW IV 12,5 % of the "
     f"annualised UP KKP; reached 110, not reached 100) ({_SIMULATOR[0]}; KPPN Padang)",
     "PER-5/PB/2024, pengelolaan UP/TUP: tunai 90 % (ketepatan waktu 50 %, GUP disebulankan "
     "25 %, setoran TUP 25 %) + KKP 10 % (TW I 1 %, TW II 5 %, TW III 9 %, TW IV 12,5 % dari "
     "UP KKP yang disetahunkan; tercapai 110, tidak tercapai 100) "
     f"({_SIMULATOR[1]}; KPPN Padang)"),
    ("PER-5/PB/2024, penyelesaian tagihan: SPM-LS kontraktual submitted within 17 working days "
     f"of the BAST/BAPP ÷ all SPM-LS kontraktual × 100 ({_SIMULATOR[0]})",
     "PER-5/PB/2024, penyelesaian tagihan: SPM-LS kontraktual yang diajukan dalam 17 hari kerja "
     f"sejak BAST/BAPP ÷ seluruh SPM-LS kontraktual × 100 ({_SIMULATOR[1]})"),
    ("PER-5/PB/2024, revisi DIPA: per semester, not cumulative; 0–1 revisions 110, 2 → 100, "
     f"≥ 3 → 50; year = 50 % semester I + 50 % semester II ({_SIMULATOR[0]}); counted codes as "
     "listed by KPPN Bandar Lampung",
     "PER-5/PB/2024, revisi DIPA: per semester, tidak kumulatif; 0–1 revisi 110, 2 → 100, "
     f"≥ 3 → 50; tahun = 50 % semester I + 50 % semester II ({_SIMULATOR[1]}); kode yang "
     "dihitung seperti didaftar oleh KPPN Bandar Lampung"),
    ("PMK 2/PMK.02/2021 (penghargaan dan sanksi kinerja anggaran K/L): bobot pengelolaan "
     f"anggaran 60 %, indikator kinerja anggaran 40 % {_JDIH[0]}",
     "PMK 2/PMK.02/2021 (penghargaan dan sanksi kinerja anggaran K/L): bobot pengelolaan "
     f"anggaran 60 %, indikator kinerja anggaran 40 % {_JDIH[1]}"),
    ("PMK 2/PMK.02/2021: sangat baik > 90; baik > 80 – 90; cukup > 60 – 80; kurang > 50 – 60; "
     f"sangat kurang ≤ 50 {_JDIH[0]}",
     "PMK 2/PMK.02/2021: sangat baik > 90; baik > 80 – 90; cukup > 60 – 80; kurang > 50 – 60; "
     f"sangat kurang ≤ 50 {_JDIH[1]}"),
    ("PMK 214/PMK.02/2017 Lampiran (bobot indikator EKA satker)",) * 2,
    ("PMK 214/PMK.02/2017 Lampiran (efisiensi), retained by PMK 22/PMK.02/2021",
     "PMK 214/PMK.02/2017 Lampiran (efisiensi), dipertahankan oleh PMK 22/PMK.02/2021"),
    ("PMK 214/PMK.02/2017 and PMK 22/PMK.02/2021 Lampiran (transformasi nilai efisiensi)",
     "PMK 214/PMK.02/2017 dan PMK 22/PMK.02/2021 Lampiran (transformasi nilai efisiensi)"),
    ("PMK 22/PMK.02/2021 Lampiran (bobot indikator EKA satker)",) * 2,
    ("PMK 249/PMK.02/2011 Lampiran (efisiensi, unit-cost form)",
     "PMK 249/PMK.02/2011 Lampiran (efisiensi, bentuk biaya satuan)"),
    ("PP 60/2008 (SPIP); Peraturan BPKP 5/2021 (penilaian maturitas penyelenggaraan SPIP "
     "terintegrasi): levels 0 Belum Ada, 1 Rintisan, 2 Berkembang, 3 Terdefinisi, 4 Terkelola "
     "dan Terukur, 5 Optimum; score bands and component weights not retrieved",
     "PP 60/2008 (SPIP); Peraturan BPKP 5/2021 (penilaian maturitas penyelenggaraan SPIP "
     "terintegrasi): tingkat 0 Belum Ada, 1 Rintisan, 2 Berkembang, 3 Terdefinisi, 4 Terkelola "
     "dan Terukur, 5 Optimum; pita nilai dan bobot komponen tidak diperoleh"),
    ("PRKOM Badan POM, LKj 2021, Tabel 28: 'Apabila 1,81 ≥ IE ≥ SE maka kegiatan dianggap "
     "efisien dan apabila IE ≤ SE maka kegiatan dianggap tidak efisien' (IE = SE read as "
     "Efisien; no rule above 1,81)",
     "PRKOM Badan POM, LKj 2021, Tabel 28: 'Apabila 1,81 ≥ IE ≥ SE maka kegiatan dianggap "
     "efisien dan apabila IE ≤ SE maka kegiatan dianggap tidak efisien' (IE = SE dibaca sebagai "
     "Efisien; tidak ada aturan di atas 1,81)"),
    ("Pagu-weighted mean Σ Pᵢ·xᵢ / Σ Pᵢ: for penyerapan it equals Σ RA / Σ P "
     "(PMK 214/PMK.02/2017, indikator penyerapan)",
     "Rerata berbobot pagu Σ Pᵢ·xᵢ / Σ Pᵢ: untuk penyerapan sama dengan Σ RA / Σ P "
     "(PMK 214/PMK.02/2017, indikator penyerapan)"),
    ("PermenPANRB 12/2015, Lampiran (LKE): component weights as commonly cited, unverified; "
     "sub-components and criteria NOT documented in the project reference, so each component "
     "is one unit answered per criterion (Y/T or A–E, the era's convention)",
     "PermenPANRB 12/2015, Lampiran (LKE): bobot komponen seperti lazim dikutip, belum "
     "diverifikasi; subkomponen dan kriteria TIDAK didokumentasikan dalam rujukan proyek, "
     "sehingga setiap komponen adalah satu unit yang dijawab per kriteria (Y/T atau A–E, "
     "konvensi masa itu)"),
    ("PermenPANRB 12/2015, Lampiran (komponen LKE); weights as commonly cited, unverified",
     "PermenPANRB 12/2015, Lampiran (komponen LKE); bobot seperti lazim dikutip, belum "
     "diverifikasi"),
    ("PermenPANRB 14/2017 (pedoman penyusunan survei kepuasan masyarakat), Lampiran: nine "
     "unsur, NRR × 1/9, konversi × 25, nilai persepsi 1–4",
     "PermenPANRB 14/2017 (pedoman penyusunan survei kepuasan masyarakat), Lampiran: sembilan "
     "unsur, NRR × 1/9, konversi × 25, nilai persepsi 1–4"),
    ("PermenPANRB 53/2014 (LKj); formula as in PermenPANRB 8/2021 Lampiran Bab VI",
     "PermenPANRB 53/2014 (LKj); rumus seperti dalam PermenPANRB 8/2021 Lampiran Bab VI"),
    (f"{_SPBE}Memuaskan 4,2 – 5,0; Sangat Baik 3,5 – < 4,2; Baik 2,6 – < 3,5; Cukup 1,8 – < 2,6; "
     "Kurang < 1,8",) * 2,
    (f"{_SPBE}indeks SPBE = Σ bobot domain × indeks domain; Kebijakan Internal 13 %, Tata "
     "Kelola 25 %, Manajemen 16,5 %, Layanan 45,5 %",) * 2,
    ("PermenPANRB 8/2021 (sistem manajemen kinerja ASN), Lampiran: nilai capaian IKI (Cukup "
     "80–99 → 70–89, Kurang 60–79 → 50–69, Sangat Kurang < 60 → capaian ÷ 59 × 49, > 110 → "
     "120); Baik and Sangat Baik rows OPEN",
     "PermenPANRB 8/2021 (sistem manajemen kinerja ASN), Lampiran: nilai capaian IKI (Cukup "
     "80–99 → 70–89, Kurang 60–79 → 50–69, Sangat Kurang < 60 → capaian ÷ 59 × 49, > 110 → "
     "120); baris Baik dan Sangat Baik OPEN"),
    (f"{_IPD}7 aspek, 20 indikator; indeks aspek = Σ bobot indikator × level ÷ bobot aspek; "
     "indeks = Σ bobot indikator × level (as quoted by two Pemda sources)",
     f"{_IPD}7 aspek, 20 indikator; indeks aspek = Σ bobot indikator × level ÷ bobot aspek; "
     "indeks = Σ bobot indikator × level (seperti dikutip oleh dua sumber Pemda)"),
    (f"{_IPD}Kurang 1,00 – < 1,50; Cukup 1,50 – < 2,50; Baik 2,50 – < 3,50; Sangat Baik "
     "3,50 – < 4,00; Memuaskan 4,00 – 5,00 (as quoted by a Pemda source)",
     f"{_IPD}Kurang 1,00 – < 1,50; Cukup 1,50 – < 2,50; Baik 2,50 – < 3,50; Sangat Baik "
     "3,50 – < 4,00; Memuaskan 4,00 – 5,00 (seperti dikutip oleh satu sumber Pemda)"),
    ("PermenPANRB 88/2021 (and 12/2015), Lampiran: kategori nilai evaluasi AKIP",
     "PermenPANRB 88/2021 (dan 12/2015), Lampiran: kategori nilai evaluasi AKIP"),
    ("PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (LKE); sub-component split "
     "20/30/50 % and criteria counts as implemented identically in five or more independent "
     f"LKE applications {_PROYEK[0]}",
     "PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (LKE); pembagian subkomponen "
     "20/30/50 % dan jumlah kriteria seperti diterapkan sama dalam lima atau lebih aplikasi "
     f"LKE yang saling lepas {_PROYEK[1]}"),
    ("PermenPANRB 88/2021 tentang Evaluasi AKIP, Lampiran (komponen dan bobot LKE)",) * 2,
    ("PermenPANRB 88/2021, Lampiran (LKE): Tabel Pengisian Nilai; values as three LKE "
     f"applications agree {_PROYEK[0]}",
     "PermenPANRB 88/2021, Lampiran (LKE): Tabel Pengisian Nilai; nilai seperti disepakati tiga "
     f"aplikasi LKE {_PROYEK[1]}"),
    (f"Regional LKE applications, per-criterion A–E = 1/0,75/0,5/0,25/0 {_ERA[0]}",
     f"Aplikasi LKE daerah, A–E per kriteria = 1/0,75/0,5/0,25/0 {_ERA[1]}"),
    (f"Regional LKE applications, per-criterion Y/T {_ERA[0]}",
     f"Aplikasi LKE daerah, Y/T per kriteria {_ERA[1]}"),
    ("SE-8/MK.1/2020 (PKPA: 60 % EKA/SMART + 40 % IKPA), as applied in LKj 2023 BGP Kalsel",
     "SE-8/MK.1/2020 (PKPA: 60 % EKA/SMART + 40 % IKPA), seperti diterapkan dalam LKj 2023 BGP "
     "Kalsel"),
    # sakip.renja.CITATION (the form's citation, for explanations)
    ("Permendagri 86/2017, evaluasi hasil Renja Perangkat Daerah / RKPD (form columns as in a "
     "2025 regency workbook: 13 = 9 + 10 + 11 + 12; 14 = 7 + 13; 15 = 14 ÷ 6 × 100)",
     "Permendagri 86/2017, evaluasi hasil Renja Perangkat Daerah / RKPD (kolom formulir seperti "
     "dalam buku kerja suatu kabupaten 2025: 13 = 9 + 10 + 11 + 12; 14 = 7 + 13; "
     "15 = 14 ÷ 6 × 100)"),
])
