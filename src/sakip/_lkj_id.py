"""The report file's descriptions in Bahasa Indonesia (``sakip template``, the workbook's notes).

``sakip.lkj.SPEC`` describes every field in English: its ``doc`` (what the
field holds, published in the JSON Schema for programs) and, for a printed
figure the reviu checks, its ``check`` (what the figure is recomputed from).
``URAIAN`` gives each of those texts in Bahasa Indonesia, keyed by the
English text, as a message catalog keys a translation by its message id: one
table, so that the TOML template and the workbook's notes row say the same
thing, and a test checks that every description of SPEC is here (and nothing
else).  The JSON Schema's descriptions stay English.

>>> uraian("Fiscal year reported", "id"), uraian("Fiscal year reported", "en")
('Tahun anggaran yang dilaporkan', 'Fiscal year reported')
"""

from __future__ import annotations

from sakip._bahasa import DEFAULT, Bahasa

__all__ = ["URAIAN", "uraian"]


def uraian(text: str, bahasa: Bahasa = DEFAULT) -> str:
    """A description of :data:`sakip.lkj.SPEC` (``doc`` or ``check``) in ``bahasa``.

    English is SPEC's own text; a text the table does not hold is given in
    English (a test keeps the table complete).

    >>> uraian("Pagu", "id")
    'Pagu'
    """
    return URAIAN.get(text, text) if bahasa == "id" else text


#: SPEC's descriptions (English, as SPEC has them) -> Bahasa Indonesia.
URAIAN: dict[str, str] = {
    "A Laporan Kinerja (LKj): its figures as printed":
        "Laporan Kinerja (LKj): angka-angkanya seperti tercetak",
    "Format tag":
        "Tanda format",
    "The report":
        "Laporannya",
    "The unit (instansi)":
        "Unit (instansi)",
    "Fiscal year reported":
        "Tahun anggaran yang dilaporkan",
    "Title":
        "Judul",
    "Rounding of the printed figures here: {places, mode}; mode one of half_up, down, half_even, "
    "up":
        "Pembulatan angka tercetak di sini: {places, mode}; mode salah satu dari half_up, down, "
        "half_even, up",
    "How the report writes numbers: \"id\" (default: 1.234,56), \"en\" (1,234.56), or "
    "\"campuran\" (rupiah and counts 1.234.567, percentages 95.15); a section's own angka "
    "overrides it (see the file-format page)":
        "Cara laporan menulis angka: \"id\" (bawaan: 1.234,56), \"en\" (1,234.56), atau "
        "\"campuran\" (rupiah dan cacahan 1.234.567, persentase 95.15); angka milik suatu bagian "
        "menggantikannya (lihat halaman format berkas)",
    "Kind of document: \"lkj\" (default: a Laporan Kinerja of an instansi), \"lkjip\" (a Laporan "
    "Kinerja Instansi Pemerintah of a Pemda or one of its perangkat daerah), \"renstra\" (a "
    "Rencana Strategis: periode, IKU with their metadata, the target matrix by year) or \"pk\" "
    "(a Perjanjian Kinerja: tahun, versi, tanggal, targets and budget)":
        "Jenis dokumen: \"lkj\" (bawaan: Laporan Kinerja suatu instansi), \"lkjip\" (Laporan "
        "Kinerja Instansi Pemerintah suatu Pemda atau salah satu perangkat daerahnya), "
        "\"renstra\" (Rencana Strategis: periode, IKU beserta metadatanya, matriks target per "
        "tahun) atau \"pk\" (Perjanjian Kinerja: tahun, versi, tanggal, target dan anggaran)",
    "The Pemda (provinsi, kabupaten, kota) of an LKjIP":
        "Pemda (provinsi, kabupaten, kota) suatu LKjIP",
    "The perangkat daerah (OPD) of an LKjIP; omit for a Pemda's own report":
        "Perangkat daerah (OPD) suatu LKjIP; hilangkan untuk laporan Pemda sendiri",
    "The Renstra period [first year, last year] ([2020, 2024]): required in a renstra, the "
    "period an LKj or PK cites elsewhere":
        "Periode Renstra [tahun pertama, tahun terakhir] ([2020, 2024]): wajib dalam renstra; "
        "dalam LKj atau PK, periode yang dirujuknya",
    "year":
        "tahun",
    "pk: which PK, \"awal\" (initial) or \"revisi\" (revised; needs tanggal)":
        "pk: PK yang mana, \"awal\" atau \"revisi\" (perlu tanggal)",
    "pk: the date signed, as printed (\"12 Desember 2023\")":
        "pk: tanggal penandatanganan, seperti tercetak (\"12 Desember 2023\")",
    "Sasaran (objectives)":
        "Sasaran",
    "A sasaran":
        "Satu sasaran",
    "Code":
        "Kode",
    "Name":
        "Nama",
    "Performance indicators (IKU/IKK)":
        "Indikator kinerja (IKU/IKK)",
    "An indicator":
        "Satu indikator",
    "Code, e.g. 'IKK 1.1'":
        "Kode, mis. 'IKK 1.1'",
    "Code of its sasaran":
        "Kode sasarannya",
    "Unit (Orang, Nilai, Predikat)":
        "Satuan (Orang, Nilai, Predikat)",
    "Direction":
        "Arah (polarisasi)",
    "How the indicator adds up over quarters and years: flow (a count) or stock (a level); "
    "metadata the planning chain compares (omit when the document does not say)":
        "Cara indikator berakumulasi antartriwulan dan antartahun: flow (cacahan) atau stock "
        "(tingkat); metadata yang dibandingkan rantai perencanaan (hilangkan bila dokumen tidak "
        "menyebutkannya)",
    "The instrument that measures it (\"LKE\", \"Indeks SPBE\", \"IKPA\"); metadata the planning "
    "chain compares":
        "Instrumen pengukurnya (\"LKE\", \"Indeks SPBE\", \"IKPA\"); metadata yang dibandingkan "
        "rantai perencanaan",
    "The instrument's version, a rule set (\"permenpanrb-88-2021\", \"per-5-pb-2024\")":
        "Versi instrumennya, berupa aturan (\"permenpanrb-88-2021\", \"per-5-pb-2024\")",
    "minimize only: the formula the report follows, \"2t-r\" ((2T − R) / T, the default) or "
    "\"t/r\" (T / R, a convention)":
        "hanya minimize: rumus yang diikuti laporan, \"2t-r\" ((2T − R) / T, bawaan) atau "
        "\"t/r\" (T / R, suatu konvensi)",
    "stabilize only: how the report evaluates a realisasi outside the target range, "
    "\"stabilize\" (below L as maximize, above U as minimize; the default), \"maximize\" (R / L "
    "below, R / U above) or \"minimize\" ((2L − R) / L below, (2U − R) / U above), the last two "
    "as PermenPANRB 8/2021 Lampiran p. 100 computes a range target; omit when the report does "
    "not say (the others are tried, the one that reproduces is named)":
        "hanya stabilize: cara laporan menilai realisasi di luar rentang target, \"stabilize\" "
        "(di bawah L seperti maximize, di atas U seperti minimize; bawaan), \"maximize\" (R / L "
        "di bawah, R / U di atas) atau \"minimize\" ((2L − R) / L di bawah, (2U − R) / U di "
        "atas), dua yang terakhir sebagaimana Lampiran PermenPANRB 8/2021 hlm. 100 menghitung "
        "target rentang; hilangkan bila laporan tidak menyebutkannya (yang lain dicoba, yang "
        "cocok disebutkan)",
    "Target, as printed (a number or a predikat); under polarisasi \"stabilize\" the range as "
    "two printed numbers, low then high: [\"80\", \"90\"]; omit when the report prints none (its "
    "capaian is then not computable); a floor or ceiling as printed, \"≥ 91\", \"Minimal BB\", "
    "\"≤ 5 %\", \"Maksimal 5\" (a ceiling makes polarisasi minimize)":
        "Target, seperti tercetak (angka atau predikat); pada polarisasi \"stabilize\" "
        "rentangnya berupa dua angka tercetak, bawah lalu atas: [\"80\", \"90\"]; hilangkan bila "
        "laporan tidak mencetaknya (capaiannya lalu tidak dapat dihitung); batas bawah atau atas "
        "seperti tercetak, \"≥ 91\", \"Minimal BB\", \"≤ 5 %\", \"Maksimal 5\" (batas atas "
        "menjadikan polarisasi minimize)",
    "Realisasi, as printed; omit when blank (not reported)":
        "Realisasi, seperti tercetak; hilangkan bila kosong (belum dilaporkan)",
    "The numerator the realisasi is computed from (realisasi = pembilang ÷ penyebut × 100)":
        "Pembilang asal realisasi dihitung (realisasi = pembilang ÷ penyebut × 100)",
    "The denominator of the realisasi":
        "Penyebut realisasi",
    "Capaian as printed (percent)":
        "Capaian seperti tercetak (persen)",
    "Where the figure is printed (table, chapter, figure)":
        "Tempat angka tercetak (tabel, bab, gambar)",
    "A note":
        "Catatan",
    "Realisasi of previous years. Per year: keys are years as text (\"2022\"), values printed "
    "figures":
        "Realisasi tahun-tahun sebelumnya. Per tahun: kuncinya tahun sebagai teks (\"2022\"), "
        "nilainya angka tercetak",
    "value":
        "nilai",
    "Achievement against the Renstra (medium-term) targets":
        "Capaian terhadap target Renstra (jangka menengah)",
    "true: Σ realisasi / Σ targets; false: latest against final-year target; omit when the "
    "report does not say (both are tried, the one that reproduces is named; default false)":
        "true: Σ realisasi / Σ target; false: realisasi terakhir terhadap target tahun akhir; "
        "hilangkan bila laporan tidak menyebutkannya (keduanya dicoba, yang cocok disebutkan; "
        "bawaan false)",
    "Renstra targets. Per year: keys are years as text (\"2022\"), values printed figures; under "
    "polarisasi \"stabilize\" each year's range as two printed numbers, low then high: { "
    "\"2024\" = [\"7\", \"8\"] }":
        "Target Renstra. Per tahun: kuncinya tahun sebagai teks (\"2022\"), nilainya angka "
        "tercetak; pada polarisasi \"stabilize\" rentang tiap tahun berupa dua angka tercetak, "
        "bawah lalu atas: { \"2024\" = [\"7\", \"8\"] }",
    "Realisasi per year (default: realisasi_sebelumnya and this year's realisasi). Per year: "
    "keys are years as text (\"2022\"), values printed figures":
        "Realisasi per tahun (bawaan: realisasi_sebelumnya dan realisasi tahun ini). Per tahun: "
        "kuncinya tahun sebagai teks (\"2022\"), nilainya angka tercetak",
    "The end-of-period target as printed (kondisi akhir Renstra)":
        "Target akhir periode seperti tercetak (kondisi akhir Renstra)",
    "Renstra capaian as printed (percent)":
        "Capaian Renstra seperti tercetak (persen)",
    "Quarterly targets and cumulative realisasi (rencana aksi)":
        "Target triwulanan dan realisasi kumulatif (rencana aksi)",
    "Per quarter: keys \"1\"–\"4\"; a floor or ceiling as printed (\"≥ 91\", \"Maksimal 5\"), as "
    "the annual target":
        "Per triwulan: kunci \"1\"–\"4\"; batas bawah atau atas seperti tercetak (\"≥ 91\", "
        "\"Maksimal 5\"), seperti target tahunan",
    "Per quarter, cumulative: keys \"1\"–\"4\"":
        "Per triwulan, kumulatif: kunci \"1\"–\"4\"",
    "This section's decimal mark (id, en, campuran), or one per field name in it: { pagu = "
    "\"id\", capaian = \"en\" }; default [laporan] angka":
        "Tanda desimal bagian ini (id, en, campuran), atau satu per nama isian di dalamnya: { "
        "pagu = \"id\", capaian = \"en\" }; bawaan [laporan] angka",
    "Perjanjian Kinerja (PK) tables as printed: the initial one and each revision":
        "Tabel Perjanjian Kinerja (PK) seperti tercetak: yang awal dan tiap revisinya",
    "A PK table":
        "Satu tabel PK",
    "Which PK, e.g. 'awal', 'revisi' (unique)":
        "PK yang mana, mis. 'awal', 'revisi' (unik)",
    "Title as printed":
        "Judul seperti tercetak",
    "Date signed, as printed":
        "Tanggal penandatanganan, seperti tercetak",
    "Which PK this printing is (the planning chain compares printings of one versi); in a pk "
    "document default its [laporan] versi":
        "Cetakan PK yang mana (rantai perencanaan membandingkan cetakan satu versi); dalam "
        "dokumen pk bawaannya [laporan] versi",
    "Target per indicator code, as printed":
        "Target per kode indikator, seperti tercetak",
    "target":
        "target",
    "Budget allocation per kegiatan":
        "Alokasi anggaran per kegiatan",
    "An allocation row":
        "Satu baris alokasi",
    "Kegiatan code":
        "Kode kegiatan",
    "Alokasi as printed":
        "Alokasi seperti tercetak",
    "Code of the sasaran the kegiatan serves (the planning chain checks each kegiatan maps to "
    "exactly one)":
        "Kode sasaran yang dilayani kegiatan (rantai perencanaan memeriksa tiap kegiatan "
        "terpetakan ke tepat satu sasaran)",
    "Total alokasi as printed":
        "Total alokasi seperti tercetak",
    "The AKIP evaluation (LHE)":
        "Evaluasi AKIP (LHE)",
    "LKE rule set":
        "Aturan LKE",
    "Score as printed":
        "Nilai seperti tercetak",
    "Predikat as printed":
        "Predikat seperti tercetak",
    "Points per LKE component":
        "Poin per komponen LKE",
    "points":
        "poin",
    "Points per LKE sub-component (\"1.a\" … \"4.c\"), as printed":
        "Poin per subkomponen LKE (\"1.a\" … \"4.c\"), seperti tercetak",
    "One answer per sub-component: a grade (\"A\") or a printed percentage":
        "Satu jawaban per subkomponen: huruf (\"A\") atau persentase tercetak",
    "answer":
        "jawaban",
    "Per-criterion answers per sub-component (a list each)":
        "Jawaban per kriteria tiap subkomponen (masing-masing sebuah daftar)",
    "answers":
        "jawaban",
    "Answer scale per sub-component (default: the worksheet's)":
        "Skala jawaban per subkomponen (bawaan: skala kertas kerja)",
    "scale":
        "skala",
    "Scoring method per sub-component (default: one answer nilai-tunggal, a list rata-rata)":
        "Cara penilaian per subkomponen (bawaan: satu jawaban nilai-tunggal, sebuah daftar "
        "rata-rata)",
    "method":
        "cara",
    "Previous years' evaluations (LHE), as printed: keys are years as text (\"2023\"), values "
    "tables with this section's fields (nilai, predikat, komponen, ...)":
        "Evaluasi (LHE) tahun-tahun sebelumnya, seperti tercetak: kuncinya tahun sebagai teks "
        "(\"2023\"), nilainya tabel berisi isian bagian ini (nilai, predikat, komponen, ...)",
    "One previous year's evaluation":
        "Evaluasi satu tahun sebelumnya",
    "Year-on-year statements about the nilai (\"naik dari 84\")":
        "Pernyataan antartahun tentang nilai (\"naik dari 84\")",
    "A year-on-year statement":
        "Satu pernyataan antartahun",
    "Identifier":
        "Pengenal",
    "The sentence, quoted":
        "Kalimatnya, dikutip",
    "The direction the sentence states":
        "Arah yang dinyatakan kalimat itu",
    "The earlier nilai (or predikat) as the sentence prints it":
        "Nilai (atau predikat) terdahulu seperti dicetak kalimat itu",
    "Year of the earlier figure (default: the year before)":
        "Tahun angka terdahulu (bawaan: tahun sebelumnya)",
    "The change in points as the sentence prints it":
        "Perubahan dalam poin seperti dicetak kalimat itu",
    "Budget":
        "Anggaran",
    "Efficiency formula the report follows":
        "Rumus efisiensi yang diikuti laporan",
    "Rincian Output":
        "Rincian Output",
    "An output":
        "Satu keluaran (output)",
    "Code 'kegiatan.KRO.RO'":
        "Kode 'kegiatan.KRO.RO'",
    "Pagu":
        "Pagu",
    "Realisasi anggaran; omit in a row that prints its pagu only (its figures and the sums over "
    "it are then not computable)":
        "Realisasi anggaran; hilangkan pada baris yang hanya mencetak pagunya (angka-angkanya "
        "dan jumlah atasnya lalu tidak dapat dihitung)",
    "Capaian output (percent)":
        "Capaian keluaran (persen)",
    "Sisa (unspent) as printed":
        "Sisa (tidak terserap) seperti tercetak",
    "Penyerapan as printed":
        "Penyerapan seperti tercetak",
    "E as printed":
        "E seperti tercetak",
    "NE as printed":
        "NE seperti tercetak",
    "Efficiency category as printed":
        "Kategori efisiensi seperti tercetak",
    "Totals per jenis belanja":
        "Total per jenis belanja",
    "A jenis belanja row":
        "Satu baris jenis belanja",
    "51, 52, 53 or 57":
        "51, 52, 53 atau 57",
    "Realisasi; omit in a row that prints its pagu only":
        "Realisasi; hilangkan pada baris yang hanya mencetak pagunya",
    "Totals per kegiatan":
        "Total per kegiatan",
    "A kegiatan row":
        "Satu baris kegiatan",
    "Pagu as printed":
        "Pagu seperti tercetak",
    "Realisasi as printed":
        "Realisasi seperti tercetak",
    "The total row":
        "Baris total",
    "Total pagu as printed":
        "Total pagu seperti tercetak",
    "Total realisasi as printed":
        "Total realisasi seperti tercetak",
    "Total sisa (unspent) as printed":
        "Total sisa (tidak terserap) seperti tercetak",
    "Capaian output (arithmetic mean) as printed":
        "Capaian keluaran (rata-rata hitung) seperti tercetak",
    "Category as printed":
        "Kategori seperti tercetak",
    "Pagu history and penyerapan against the basis the report names":
        "Riwayat pagu dan penyerapan terhadap dasar yang disebut laporan",
    "The pagu penyerapan is computed against; omit when the report does not say (every basis is "
    "tried, the one that reproduces is named; default revisi, the final pagu)":
        "Pagu yang menjadi dasar penyerapan; hilangkan bila laporan tidak menyebutkannya (setiap "
        "dasar dicoba, yang cocok disebutkan; bawaan revisi, pagu akhir)",
    "Pagu of the initial DIPA":
        "Pagu DIPA awal",
    "Penghematan (savings cut)":
        "Penghematan",
    "Anggaran setelah penghematan as printed":
        "Anggaran setelah penghematan seperti tercetak",
    "Pagu revisi, where the report prints it":
        "Pagu revisi, bila laporan mencetaknya",
    "Blokir":
        "Blokir",
    "Pagu efektif as printed":
        "Pagu efektif seperti tercetak",
    "Realisasi anggaran":
        "Realisasi anggaran",
    "Sisa anggaran as printed":
        "Sisa anggaran seperti tercetak",
    "Penyerapan (daya serap) as printed":
        "Penyerapan (daya serap) seperti tercetak",
    "Rasio efisiensi category printed beside penyerapan (Kepmendagri 690.900.327/1996)":
        "Kategori rasio efisiensi yang tercetak di samping penyerapan (Kepmendagri "
        "690.900.327/1996)",
    "Which reading of the Kepmendagri bands; omit when the report does not say (both are tried, "
    "the one that reproduces is named)":
        "Tafsiran rentang Kepmendagri yang mana; hilangkan bila laporan tidak menyebutkannya "
        "(keduanya dicoba, yang cocok disebutkan)",
    "Efficiency tables computed from percentages (per sasaran, program, kegiatan or output)":
        "Tabel efisiensi yang dihitung dari persentase (per sasaran, program, kegiatan atau "
        "keluaran)",
    "An efficiency table":
        "Satu tabel efisiensi",
    "Table number":
        "Nomor tabel",
    "The formula the report declares; omit when it names none (every rumus is tried, the one "
    "that reproduces is named; default rasio, or indeks with kategori)":
        "Rumus yang dinyatakan laporan; hilangkan bila tidak disebutkan (setiap rumus dicoba, "
        "yang cocok disebutkan; bawaan rasio, atau indeks bila ada kategori)",
    "IE category table (rumus indeks only; default prkom-bpom-2021)":
        "Tabel kategori IE (hanya rumus indeks; bawaan prkom-bpom-2021)",
    "How rerata rows follow from the rows (default rerata)":
        "Cara baris rerata diperoleh dari baris-baris (bawaan rerata)",
    "Rows (omit when the table prints only its 'rata-rata' rows)":
        "Baris-baris (hilangkan bila tabel hanya mencetak baris 'rata-rata')",
    "A row: its percentages and printed efficiency per input":
        "Satu baris: persentasenya dan efisiensi tercetak per masukan",
    "Row label (a sasaran, program, kegiatan, output)":
        "Label baris (sasaran, program, kegiatan, keluaran)",
    "Pagu of the row (for the pagu-weighted aggregate)":
        "Pagu baris (untuk agregat berbobot pagu)",
    "Capaian output (kinerja) in percent, as printed":
        "Capaian keluaran (kinerja) dalam persen, seperti tercetak",
    "Inputs (dana, SDM...)":
        "Masukan (dana, SDM...)",
    "An input":
        "Satu masukan",
    "Input name (dana, SDM)":
        "Nama masukan (dana, SDM)",
    "Capaian input in percent (under selisih: realisasi anggaran %)":
        "Capaian masukan dalam persen (pada selisih: realisasi anggaran %)",
    "E (or IE under indeks) as printed":
        "E (atau IE pada indeks) seperti tercetak",
    "TE = IE − SE as printed (indeks)":
        "TE = IE − SE seperti tercetak (indeks)",
    "'Rata-rata' rows: their figures from the rows (under agregat)":
        "Baris 'rata-rata': angkanya diperoleh dari baris-baris (menurut agregat)",
    "A rerata row":
        "Satu baris rerata",
    "Row label ('Rata-rata', a program)":
        "Label baris ('Rata-rata', suatu program)",
    "Capaian output in percent, as printed":
        "Capaian keluaran dalam persen, seperti tercetak",
    "false: the rows this mean is over are not all printed in baris (its capaian figures are "
    "then not recomputed, its E follows from its own percentages under rumus); default true":
        "false: baris-baris yang dirata-ratakan tidak semuanya tercetak di baris (angka "
        "capaiannya lalu tidak dihitung ulang, E-nya diperoleh dari persentasenya sendiri "
        "menurut rumus); bawaan true",
    "Evaluasi hasil Renja / RKPD tables (the Permendagri 86/2017 form, K and Rp per row) as an "
    "LKjIP prints them":
        "Tabel evaluasi hasil Renja / RKPD (formulir Permendagri 86/2017, K dan Rp per baris) "
        "seperti dicetak LKjIP",
    "An evaluation table":
        "Satu tabel evaluasi",
    "Table number (unique)":
        "Nomor tabel (unik)",
    "Label set of the five-band table (default tinggi-rendah)":
        "Set label tabel lima rentang (bawaan tinggi-rendah)",
    "Gap reading of the five-band table the report follows (default bawah: 90 < x < 91 is the "
    "band below); the other is tried as a convention":
        "Tafsiran celah tabel lima rentang yang diikuti laporan (bawaan bawah: 90 < x < 91 masuk "
        "rentang di bawahnya); yang lain dicoba sebagai konvensi",
    "The capaian the labels and the footer mean read: \"capaian\" (13 ÷ 8, default) or "
    "\"capaian_renstra\" (kolom 15)":
        "Capaian yang dibaca label dan catatan kaki: \"capaian\" (13 ÷ 8, bawaan) atau "
        "\"capaian_renstra\" (kolom 15)",
    "Rows: program, kegiatan, sub-kegiatan":
        "Baris: program, kegiatan, subkegiatan",
    "A row":
        "Satu baris",
    "Code (unique in the table)":
        "Kode (unik dalam tabel)",
    "Level of the row":
        "Tingkat baris",
    "The indicator of K":
        "Indikator K",
    "Unit of K (Dok, %, km)":
        "Satuan K (Dok, %, km)",
    "How K adds up (default flow): flow (quarters and years add up) or stock (a level: the "
    "latest value)":
        "Cara K berakumulasi (bawaan flow): flow (triwulan dan tahun dijumlahkan) atau stock "
        "(tingkat: nilai terakhir)",
    "The K (kinerja, in the row's satuan) figures of the row, as printed":
        "Angka K (kinerja, dalam satuan baris) baris ini, seperti tercetak",
    "Kolom 6: target Renstra at the end of the period; omit when the table prints none (kolom 15 "
    "is then not computable)":
        "Kolom 6: target Renstra akhir periode; hilangkan bila tabel tidak mencetaknya (kolom 15 "
        "lalu tidak dapat dihitung)",
    "Kolom 7: realisasi Renstra up to the previous year; omit when blank":
        "Kolom 7: realisasi Renstra sampai tahun sebelumnya; hilangkan bila kosong",
    "Kolom 8: target Renja of the year":
        "Kolom 8: target Renja tahun berjalan",
    "Kolom 9: realisasi TW I; omit when not yet reported (never read as 0)":
        "Kolom 9: realisasi TW I; hilangkan bila belum dilaporkan (tidak pernah dibaca sebagai "
        "0)",
    "Kolom 10: realisasi TW II; omit when not yet reported (never read as 0)":
        "Kolom 10: realisasi TW II; hilangkan bila belum dilaporkan (tidak pernah dibaca sebagai "
        "0)",
    "Kolom 11: realisasi TW III; omit when not yet reported (never read as 0)":
        "Kolom 11: realisasi TW III; hilangkan bila belum dilaporkan (tidak pernah dibaca "
        "sebagai 0)",
    "Kolom 12: realisasi TW IV; omit when not yet reported (never read as 0)":
        "Kolom 12: realisasi TW IV; hilangkan bila belum dilaporkan (tidak pernah dibaca sebagai "
        "0)",
    "Kolom 13: realisasi of the year":
        "Kolom 13: realisasi tahun berjalan",
    "Kolom 14: realisasi Renstra up to this year":
        "Kolom 14: realisasi Renstra sampai tahun ini",
    "Kolom 15: tingkat capaian Renstra (%)":
        "Kolom 15: tingkat capaian Renstra (%)",
    "Capaian of the year (%), 13 ÷ 8 × 100, where printed":
        "Capaian tahun berjalan (%), 13 ÷ 8 × 100, bila tercetak",
    "Band label printed for this figure":
        "Label rentang yang tercetak untuk angka ini",
    "The Rp (anggaran) figures of the row, as printed":
        "Angka Rp (anggaran) baris ini, seperti tercetak",
    "Kolom 8: target Renja of the year (pagu)":
        "Kolom 8: target Renja tahun berjalan (pagu)",
    "The footer rows":
        "Baris-baris catatan kaki",
    "Codes of the rows the footer covers (default: every row)":
        "Kode baris yang dicakup catatan kaki (bawaan: semua baris)",
    "code":
        "kode",
    "The mean the report declares (default rerata: unweighted)":
        "Rata-rata yang dinyatakan laporan (bawaan rerata: tanpa bobot)",
    "Rata-rata capaian kinerja (%) as printed":
        "Rata-rata capaian kinerja (%) seperti tercetak",
    "Σ pagu (Rp kolom 8) as printed":
        "Σ pagu (Rp kolom 8) seperti tercetak",
    "Σ realisasi anggaran (Rp kolom 13) as printed":
        "Σ realisasi anggaran (Rp kolom 13) seperti tercetak",
    "Realisasi anggaran (%) as printed":
        "Realisasi anggaran (%) seperti tercetak",
    "Predikat kinerja as printed":
        "Predikat kinerja seperti tercetak",
    "EKA":
        "EKA",
    "EKA as printed":
        "EKA seperti tercetak",
    "EKA rule set":
        "Aturan EKA",
    "capaian_ro, penyerapan, nilai_efisiensi, konsistensi":
        "capaian_ro, penyerapan, nilai_efisiensi, konsistensi",
    "score":
        "nilai",
    "IKPA":
        "IKPA",
    "IKPA as printed":
        "IKPA seperti tercetak",
    "Fiscal year whose rule set applies":
        "Tahun anggaran yang aturannya berlaku",
    "IKPA rule set (refused when tahun is given and it is not in force then)":
        "Aturan IKPA (ditolak bila tahun diberikan dan aturan itu belum atau tidak lagi berlaku "
        "pada tahun itu)",
    "true for a BLU satker: not assessed on the indicators the rule set exempts (PER-5/PB/2024: "
    "penyerapan anggaran; print it \"-\")":
        "true untuk satker BLU: tidak dinilai pada indikator yang dikecualikan aturannya "
        "(PER-5/PB/2024: penyerapan anggaran; cetak \"-\")",
    "Indicator scores as printed, one per indicator of the rule set (or its raw data in data); "
    "\"-\" for an indicator that is not assessed (konversi bobot: the weights are renormalised "
    "over the rest)":
        "Nilai indikator seperti tercetak, satu per indikator aturannya (atau data mentahnya di "
        "data); \"-\" untuk indikator yang tidak dinilai (konversi bobot: bobot dinormalkan "
        "ulang atas sisanya)",
    "score, or \"-\" (not assessed)":
        "nilai, atau \"-\" (tidak dinilai)",
    "Raw data of indicators, computed by the IKPA calculators under the rule set of aturan or "
    "tahun (an indicator's printed score in komponen is checked against it; without one, the "
    "computed score enters the IKPA)":
        "Data mentah indikator, dihitung kalkulator IKPA menurut aturan dari aturan atau tahun "
        "(nilai tercetak suatu indikator di komponen diperiksa terhadapnya; tanpa nilai "
        "tercetak, nilai hasil hitung masuk ke IKPA)",
    "Revisi DIPA (sakip.ikpa_revisi_dipa)":
        "Revisi DIPA (sakip.ikpa_revisi_dipa)",
    "Counted revisions in semester I (PER-5/PB/2024)":
        "Jumlah revisi terhitung pada semester I (PER-5/PB/2024)",
    "Counted revisions in semester II (PER-5/PB/2024)":
        "Jumlah revisi terhitung pada semester II (PER-5/PB/2024)",
    "Counted revisions per quarter that has ended (PER-5/PB/2022)":
        "Jumlah revisi terhitung per triwulan yang telah berakhir (PER-5/PB/2022)",
    "count":
        "jumlah",
    "Capaian output (sakip.ikpa_capaian_output)":
        "Capaian output (sakip.ikpa_capaian_output)",
    "The month assessed (1–12)":
        "Bulan yang dinilai (1–12)",
    "Ketepatan waktu score (100 on time, 0 late)":
        "Nilai ketepatan waktu (100 tepat waktu, 0 terlambat)",
    "The ROs' progress reports":
        "Laporan kemajuan RO",
    "One RO":
        "Satu RO",
    "Progress capaian RO for the month (Formula 1)":
        "Progres capaian RO untuk bulan itu (Formula 1)",
    "Its target for the month":
        "Targetnya untuk bulan itu",
    "Realisasi volume RO (Formula 2)":
        "Realisasi volume RO (Formula 2)",
    "Target volume in the DIPA":
        "Target volume dalam DIPA",
    "Whether the report was confirmed (default true)":
        "Apakah laporan telah dikonfirmasi (bawaan true)",
    "Belanja kontraktual (sakip.ikpa_belanja_kontraktual)":
        "Belanja kontraktual (sakip.ikpa_belanja_kontraktual)",
    "Share of contracts by TW II, in percent":
        "Persentase kontrak sampai TW II",
    "Dates early contracts were signed (YYYY-MM-DD)":
        "Tanggal penandatanganan kontrak dini (YYYY-MM-DD)",
    "date":
        "tanggal",
    "Score of the other contracts":
        "Nilai kontrak lainnya",
    "[finished by 31 March, all] belanja modal contracts":
        "Kontrak belanja modal [selesai paling lambat 31 Maret, semua]",
    "Pengelolaan UP/TUP (sakip.ikpa_pengelolaan_up_tup)":
        "Pengelolaan UP/TUP (sakip.ikpa_pengelolaan_up_tup)",
    "Ketepatan waktu GUP/PTUP score":
        "Nilai ketepatan waktu GUP/PTUP",
    "GUP disebulankan score":
        "Nilai GUP disebulankan",
    "Setoran TUP score":
        "Nilai setoran TUP",
    "UP KKP per month":
        "UP KKP per bulan",
    "Cumulative KKP spending per quarter that has ended":
        "Belanja KKP kumulatif per triwulan yang telah berakhir",
    "amount":
        "jumlah uang",
    "Penyelesaian tagihan (sakip.ikpa_penyelesaian_tagihan)":
        "Penyelesaian tagihan (sakip.ikpa_penyelesaian_tagihan)",
    "SPM-LS kontraktual submitted on time":
        "SPM-LS kontraktual yang diajukan tepat waktu",
    "All SPM-LS kontraktual":
        "Seluruh SPM-LS kontraktual",
    "NKA = 60 % EKA + 40 % IKPA, from the eka and ikpa sections":
        "NKA = 60 % EKA + 40 % IKPA, dari bagian eka dan ikpa",
    "NKA as printed":
        "NKA seperti tercetak",
    "Tables with printed totals":
        "Tabel dengan total tercetak",
    "A table":
        "Satu tabel",
    "Column names":
        "Nama-nama kolom",
    "name":
        "nama",
    "Rows":
        "Baris-baris",
    "Row label":
        "Label baris",
    "Cells as printed; \"\" for a blank cell":
        "Sel seperti tercetak; \"\" untuk sel kosong",
    "cell":
        "sel",
    "Row total as printed":
        "Total baris seperti tercetak",
    "Printed column totals":
        "Total kolom yang tercetak",
    "Columns a row total covers (default: every column)":
        "Kolom yang dicakup total baris (bawaan: semua kolom)",
    "column name":
        "nama kolom",
    "Grand total as printed":
        "Total keseluruhan seperti tercetak",
    "Dated activity lists":
        "Daftar kegiatan bertanggal",
    "An activity list":
        "Satu daftar kegiatan",
    "Year for dates printed without one (default: laporan.tahun)":
        "Tahun untuk tanggal yang tercetak tanpa tahun (bawaan: laporan.tahun)",
    "Printed total of participants":
        "Total peserta yang tercetak",
    "An activity":
        "Satu kegiatan",
    "Row number":
        "Nomor baris",
    "Date or date range as printed":
        "Tanggal atau rentang tanggal seperti tercetak",
    "Participants as printed":
        "Peserta seperti tercetak",
    "Numbers stated in the narrative, with what they claim to be":
        "Angka yang dinyatakan dalam narasi, beserta apa yang diklaimnya",
    "A claim":
        "Satu klaim",
    "What the number claims to be":
        "Apa yang diklaim angka itu",
    "The number as printed":
        "Angkanya seperti tercetak",
    "capaian: target":
        "capaian: target",
    "capaian, penyerapan: realisasi":
        "capaian, penyerapan: realisasi",
    "penyerapan: pagu":
        "penyerapan: pagu",
    "percent_change: the earlier value":
        "percent_change: nilai terdahulu",
    "percent_change: the later value":
        "percent_change: nilai kemudian",
    "percent_change, difference: the direction the sentence states (the printed figure is then "
    "the magnitude)":
        "percent_change, difference: arah yang dinyatakan kalimat (angka tercetak lalu besarnya)",
    "sum, mean: the terms as printed; difference: x and y of x − y; capaian_rerata: the rows' "
    "realisasi":
        "sum, mean: suku-suku seperti tercetak; difference: x dan y dari x − y; capaian_rerata: "
        "realisasi baris-baris",
    "term":
        "suku",
    "capaian_rerata: the rows' targets, one per realisasi in terms":
        "capaian_rerata: target baris-baris, satu per realisasi di terms",
    "mean: a weight per term (the column bobot_kolom names), for a weighted mean":
        "mean: satu bobot per suku (kolom yang dinamai bobot_kolom), untuk rata-rata berbobot",
    "weight":
        "bobot",
    "mean: the column the weights are (\"pagu\")":
        "mean: kolom tempat bobot (\"pagu\")",
    "equals: the figure it should equal":
        "equals: angka yang seharusnya sama dengannya",
    "equals: where that figure is printed":
        "equals: tempat angka itu tercetak",
    "Crosswalk of renamed or re-coded indicators: an old code (and name) and the code it became; "
    "the planning chain reads every document's indicators through it":
        "Padanan indikator yang berganti nama atau kode: kode (dan nama) lama dan kode barunya; "
        "rantai perencanaan membaca indikator setiap dokumen melaluinya",
    "A renamed or re-coded indicator":
        "Satu indikator yang berganti nama atau kode",
    "The old code as an earlier document prints it":
        "Kode lama seperti dicetak dokumen terdahulu",
    "The old name, where it changed":
        "Nama lama, bila berubah",
    "The code it became (an [[indikator]] kode)":
        "Kode barunya (kode suatu [[indikator]])",
    "The year of the change":
        "Tahun perubahannya",
    "The note that explains the change":
        "Catatan yang menjelaskan perubahannya",
    "Indices printed as indicators (IKM/SKM, IPM, Indeks SPBE and Pemdi, SPIP levels, indicators "
    "from components, nilai capaian IKI): inputs as printed, the printed value and its band "
    "label":
        "Indeks yang tercetak sebagai indikator (IKM/SKM, IPM, Indeks SPBE dan Pemdi, level "
        "SPIP, indikator dari komponen, nilai capaian IKI): masukan seperti tercetak, nilai "
        "tercetak dan label rentangnya",
    "A printed index":
        "Satu indeks tercetak",
    "Identifier (the indicator's code, e.g. 'IKU 2')":
        "Pengenal (kode indikatornya, mis. 'IKU 2')",
    "Which index":
        "Indeks yang mana",
    "Rule set (default: the current one of jenis)":
        "Aturan (bawaan: aturan jenis itu yang berlaku sekarang)",
    "ikm: Σ answers per unsur, as printed (9 unsur; 14 under kepmenpan-25-2004)":
        "ikm: Σ jawaban per unsur, seperti tercetak (9 unsur; 14 menurut kepmenpan-25-2004)",
    "Σ answers":
        "Σ jawaban",
    "ikm: respondents, one count for every unsur ([\"29\"]) or one per unsur":
        "ikm: responden, satu cacahan untuk semua unsur ([\"29\"]) atau satu per unsur",
    "respondents":
        "responden",
    "ikm: NRR per unsur as printed; without unsur they are the inputs":
        "ikm: NRR per unsur seperti tercetak; tanpa unsur, NRR itulah masukannya",
    "NRR":
        "NRR",
    "ikm: the weight the report declares (default the exact 1/n)":
        "ikm: bobot yang dinyatakan laporan (bawaan 1/n yang eksak)",
    "ipm: umur harapan hidup (years)":
        "ipm: umur harapan hidup (tahun)",
    "ipm: harapan lama sekolah (years)":
        "ipm: harapan lama sekolah (tahun)",
    "ipm: rata-rata lama sekolah (years)":
        "ipm: rata-rata lama sekolah (tahun)",
    "ipm: pengeluaran per kapita disesuaikan, thousands of rupiah per year as BPS prints it "
    "(\"17.707\")":
        "ipm: pengeluaran per kapita disesuaikan, ribu rupiah per tahun seperti dicetak BPS "
        "(\"17.707\")",
    "ipm: the same in rupiah (instead of pengeluaran_ribu)":
        "ipm: nilai yang sama dalam rupiah (pengganti pengeluaran_ribu)",
    "spbe: the four domain indices as printed (kebijakan_internal, tata_kelola, manajemen, "
    "layanan)":
        "spbe: keempat indeks domain seperti tercetak (kebijakan_internal, tata_kelola, "
        "manajemen, layanan)",
    "index":
        "indeks",
    "pemdi: level per indicator number (\"1\" … \"20\"), \"3\"; a level not yet published by its "
    "national system is written \"menunggu\" or \"menunggu (BSSN)\"":
        "pemdi: level per nomor indikator (\"1\" … \"20\"), \"3\"; level yang belum diterbitkan "
        "sistem nasionalnya ditulis \"menunggu\" atau \"menunggu (BSSN)\"",
    "level":
        "level",
    "pemdi: aspect indices as printed; without indikator they are the inputs":
        "pemdi: indeks aspek seperti tercetak; tanpa indikator, indeks itulah masukannya",
    "spip: the maturity level as printed (\"Level 3\")":
        "spip: level maturitas seperti tercetak (\"Level 3\")",
    "komponen: how the components combine":
        "komponen: cara komponen-komponen digabung",
    "komponen: the numerator (rasio) or the current value (penurunan)":
        "komponen: pembilang (rasio) atau nilai kini (penurunan)",
    "komponen: the denominator (rasio) or the baseline (penurunan)":
        "komponen: penyebut (rasio) atau nilai dasar (penurunan)",
    "komponen jumlah: the parts as printed":
        "komponen jumlah: bagian-bagian seperti tercetak",
    "part":
        "bagian",
    "iki: the capaian (percent) as printed":
        "iki: capaian (persen) seperti tercetak",
    "iki: the target is the maximum possible (100 % scores 120)":
        "iki: targetnya nilai maksimal yang mungkin (100 % bernilai 120)",
    "iki: the nilai the unit's rule gives capaian 100 % (OPEN row)":
        "iki: nilai yang diberikan aturan unit untuk capaian 100 % (baris OPEN)",
    "iki: the nilai the unit's rule gives capaian above 100 up to 110 % (OPEN row)":
        "iki: nilai yang diberikan aturan unit untuk capaian di atas 100 sampai 110 % (baris "
        "OPEN)",
    "The index as printed (ikm: NI 1–4; komponen: the percentage; iki: the nilai)":
        "Indeks seperti tercetak (ikm: NI 1–4; komponen: persentasenya; iki: nilainya)",
    "ikm: IKM konversi (NIK 25–100) as printed":
        "ikm: IKM konversi (NIK 25–100) seperti tercetak",
    "The band label as printed: ikm mutu (A–D) or kinerja (Sangat Baik …); ipm status; "
    "spbe/pemdi predikat; spip the level's name; iki kategori":
        "Label rentang seperti tercetak: mutu ikm (A–D) atau kinerja (Sangat Baik …); status "
        "ipm; predikat spbe/pemdi; spip nama levelnya; kategori iki",
    "A Rencana Strategis (Renstra): its period, IKU with their metadata and the target matrix by "
    "year":
        "Rencana Strategis (Renstra): periodenya, IKU beserta metadatanya dan matriks target per "
        "tahun",
    "A Perjanjian Kinerja (PK): its year, versi and date, targets and budget":
        "Perjanjian Kinerja (PK): tahunnya, versi dan tanggal, target dan anggaran",
    "pembilang ÷ penyebut × 100 (only when either is given)":
        "pembilang ÷ penyebut × 100 (hanya bila salah satunya diberikan)",
    "target and realisasi, by polarisasi (minimize: rumus_minimize; the other minimize formula "
    "is tried as a convention; stabilize: the target range [low, high], by rentang, the other "
    "rentang tried as conventions)":
        "target dan realisasi, menurut polarisasi (minimize: rumus_minimize; rumus minimize yang "
        "lain dicoba sebagai konvensi; stabilize: rentang target [bawah, atas], menurut rentang, "
        "rentang lainnya dicoba sebagai konvensi)",
    "the targets per year: Σ under kumulatif (flow), the final year's otherwise (stock; the "
    "other is tried as a convention)":
        "target per tahun: Σ bila kumulatif (flow), selainnya target tahun akhir (stock; yang "
        "lain dicoba sebagai konvensi)",
    "the Renstra targets and the realisasi per year (kumulatif: Σ R / Σ T; otherwise latest R / "
    "final-year T), under the indicator's polarisasi (minimize: rumus_minimize, the other tried "
    "as a convention; stabilize: against the final year's range, not computable from "
    "single-number targets)":
        "target Renstra dan realisasi per tahun (kumulatif: Σ R / Σ T; selainnya R terakhir / T "
        "tahun akhir), menurut polarisasi indikatornya (minimize: rumus_minimize, yang lain "
        "dicoba sebagai konvensi; stabilize: terhadap rentang tahun akhir, tidak dapat dihitung "
        "dari target berupa satu angka)",
    "the annual target (TW IV only; not computable against a stabilize range)":
        "target tahunan (hanya TW IV; tidak dapat dihitung terhadap rentang stabilize)",
    "the annual realisasi (TW IV only)":
        "realisasi tahunan (hanya TW IV)",
    "the target of the [[indikator]] with that code (not computable against a stabilize range)":
        "target [[indikator]] berkode itu (tidak dapat dihitung terhadap rentang stabilize)",
    "Σ alokasi":
        "Σ alokasi",
    "Σ komponen points, else Σ sub_komponen points, else the LKE answers (not computable without "
    "any)":
        "Σ poin komponen, atau Σ poin sub_komponen, atau jawaban LKE (tidak dapat dihitung tanpa "
        "salah satunya)",
    "the band of the printed nilai":
        "rentang nilai tercetak",
    "Σ its sub_komponen points, else the LKE answers (when either is in the file)":
        "Σ poin sub_komponen-nya, atau jawaban LKE (bila salah satunya ada di berkas)",
    "the LKE answers (when in the file); without them only refused above its bobot":
        "jawaban LKE (bila ada di berkas); tanpa jawaban hanya ditolak bila melebihi bobotnya",
    "the printed nilai (or predikat) against dari":
        "nilai (atau predikat) tercetak terhadap dari",
    "the earlier year's printed nilai or predikat (sebelumnya; not computable without it)":
        "nilai atau predikat tercetak tahun terdahulu (sebelumnya; tidak dapat dihitung "
        "tanpanya)",
    "the printed nilai − dari":
        "nilai tercetak − dari",
    "pagu − realisasi":
        "pagu − realisasi",
    "realisasi / pagu × 100":
        "realisasi / pagu × 100",
    "pagu, realisasi and capaian under rumus_efisiensi (the other rumus are tried as "
    "conventions)":
        "pagu, realisasi dan capaian menurut rumus_efisiensi (rumus lainnya dicoba sebagai "
        "konvensi)",
    "the E that reproduces (50 + E / 20 × 50, clipped)":
        "E yang cocok (50 + E / 20 × 50, dibatasi)",
    "the band of the recomputed NE":
        "rentang NE hasil hitung",
    "Σ pagu of the outputs of this kegiatan (with no output rows in the file, an input)":
        "Σ pagu keluaran kegiatan ini (bila berkas tidak memuat baris keluaran: masukan)",
    "Σ realisasi of the outputs of this kegiatan (with no output rows in the file, an input)":
        "Σ realisasi keluaran kegiatan ini (bila berkas tidak memuat baris keluaran: masukan)",
    "Σ pagu of the outputs (and of the jenis belanja rows); with no rows, an input":
        "Σ pagu keluaran (dan baris jenis belanja); tanpa baris: masukan",
    "Σ realisasi of the outputs (and of the jenis belanja); with no rows, an input":
        "Σ realisasi keluaran (dan jenis belanja); tanpa baris: masukan",
    "pagu − realisasi (printed, or the rows' sums); without both, an input":
        "pagu − realisasi (tercetak, atau jumlah baris-baris); tanpa keduanya: masukan",
    "realisasi / pagu × 100 (realisasi = pagu − sisa when only sisa is printed; rows' sums when "
    "the total is not)":
        "realisasi / pagu × 100 (realisasi = pagu − sisa bila hanya sisa yang tercetak; jumlah "
        "baris-baris bila totalnya tidak tercetak)",
    "mean of the outputs' capaian (arithmetic; geometric tried as a convention)":
        "rata-rata capaian keluaran (rata-rata hitung; rata-rata geometrik dicoba sebagai "
        "konvensi)",
    "the outputs under rumus_efisiensi (the other rumus are tried as conventions)":
        "keluaran-keluaran menurut rumus_efisiensi (rumus lainnya dicoba sebagai konvensi)",
    "the E that reproduces":
        "E yang cocok",
    "DIPA awal − penghematan":
        "DIPA awal − penghematan",
    "pagu revisi − blokir":
        "pagu revisi − blokir",
    "the pagu on basis − realisasi (other bases tried); without realisasi, an input":
        "pagu pada dasar − realisasi (dasar lainnya dicoba); tanpa realisasi: masukan",
    "realisasi (or pagu − sisa) / the pagu on basis × 100 (the other bases are tried as "
    "conventions)":
        "realisasi (atau pagu − sisa) / pagu pada dasar × 100 (dasar lainnya dicoba sebagai "
        "konvensi)",
    "penyerapan under the kategori_aturan bands":
        "penyerapan menurut rentang kategori_aturan",
    "capaian output and this capaian input under rumus (the other conventions are tried)":
        "capaian keluaran dan capaian masukan ini menurut rumus (konvensi lainnya dicoba)",
    "IE − 1 under the rumus that reproduces E":
        "IE − 1 menurut rumus yang mencocokkan E",
    "IE under the table's IE category table (kategori)":
        "IE menurut tabel kategori IE milik tabel ini (kategori)",
    "the rows' capaian output under agregat (the other agregat is tried as a convention)":
        "capaian keluaran baris-baris menurut agregat (agregat lainnya dicoba sebagai konvensi)",
    "the rows' capaian input under agregat":
        "capaian masukan baris-baris menurut agregat",
    "the rows' E under agregat, or rumus on this row's percentages (the other conventions are "
    "tried)":
        "E baris-baris menurut agregat, atau rumus atas persentase baris ini (konvensi lainnya "
        "dicoba)",
    "kolom 9–12 (Σ for flow, the last reported quarter for stock; a stock row printed as the sum "
    "is flagged)":
        "kolom 9–12 (Σ untuk flow, triwulan terakhir yang dilaporkan untuk stock; baris stock "
        "yang tercetak sebagai jumlah ditandai)",
    "kolom 7 + kolom 13 (flow) or kolom 13 (stock; a stock row printed as 7 + 13 is flagged: "
    "levels summed across years)":
        "kolom 7 + kolom 13 (flow) atau kolom 13 (stock; baris stock yang tercetak sebagai 7 + "
        "13 ditandai: tingkat dijumlahkan antartahun)",
    "kolom 14 ÷ kolom 6 × 100 (not computable for a zero kolom 6)":
        "kolom 14 ÷ kolom 6 × 100 (tidak dapat dihitung bila kolom 6 nol)",
    "kolom 13 ÷ kolom 8 × 100 (not computable for a zero kolom 8)":
        "kolom 13 ÷ kolom 8 × 100 (tidak dapat dihitung bila kolom 8 nol)",
    "the five-band table on the figure's capaian (dasar), under label and celah (the other celah "
    "is tried as a convention)":
        "tabel lima rentang atas capaian angka ini (dasar), menurut label dan celah (celah "
        "lainnya dicoba sebagai konvensi)",
    "the rows' K capaian (dasar) under rumus (the other mean is tried as a convention)":
        "capaian K baris-baris (dasar) menurut rumus (rata-rata lainnya dicoba sebagai konvensi)",
    "Σ Rp kolom 8 of the rows":
        "Σ Rp kolom 8 baris-baris",
    "Σ Rp kolom 13 of the rows (recomputed)":
        "Σ Rp kolom 13 baris-baris (hasil hitung)",
    "Σ Rp kolom 13 ÷ Σ Rp kolom 8 × 100 of the rows":
        "Σ Rp kolom 13 ÷ Σ Rp kolom 8 × 100 baris-baris",
    "the five-band table on the recomputed mean, under label and celah (the other celah is tried "
    "as a convention)":
        "tabel lima rentang atas rata-rata hasil hitung, menurut label dan celah (celah lainnya "
        "dicoba sebagai konvensi)",
    "komponen under aturan (not computable without komponen)":
        "komponen menurut aturan (tidak dapat dihitung tanpa komponen)",
    "komponen under the rule set of aturan or tahun, an indicator printed \"-\" not assessed "
    "(konversi bobot; not computable without komponen)":
        "komponen menurut aturan dari aturan atau tahun, indikator yang tercetak \"-\" tidak "
        "dinilai (konversi bobot; tidak dapat dihitung tanpa komponen)",
    "the indicator's raw data in data, by its calculator (only the indicators with raw data)":
        "data mentah indikator di data, dengan kalkulatornya (hanya indikator yang ada data "
        "mentahnya)",
    "60 % of the printed EKA + 40 % of the printed IKPA":
        "60 % EKA tercetak + 40 % IKPA tercetak",
    "Σ the row's cells in kolom_total":
        "Σ sel baris ini di kolom_total",
    "Σ the column's cells":
        "Σ sel kolom ini",
    "Σ all cells (and Σ the row totals, when every row prints one)":
        "Σ seluruh sel (dan Σ total baris, bila setiap baris mencetaknya)",
    "Σ peserta of the rows":
        "Σ peserta baris-baris",
    "the claim's kind: capaian of target and realisasi (also from the realisasi before it was "
    "rounded for print: match-other-rounding); penyerapan of pagu and realisasi; percent_change "
    "of old and new (new − old in percentage points tried as a convention); Σ terms; the mean of "
    "terms (weighted by bobot when given; the other mean tried as a convention); the difference "
    "of the two terms; capaian_rerata: the capaian of the mean target and mean realisasi (the "
    "mean of the rows' capaian tried as a convention); nilai_efisiensi: NE of efisiensi (also "
    "from the efisiensi before it was rounded for print: match-other-rounding); equal to "
    "reference":
        "jenis klaimnya: capaian dari target dan realisasi (juga dari realisasi sebelum "
        "dibulatkan untuk dicetak: match-other-rounding); penyerapan dari pagu dan realisasi; "
        "percent_change dari nilai lama dan baru (baru − lama dalam poin persentase dicoba "
        "sebagai konvensi); Σ suku; rata-rata suku (berbobot bila bobot diberikan; rata-rata "
        "lainnya dicoba sebagai konvensi); selisih kedua suku; capaian_rerata: capaian dari "
        "rata-rata target dan rata-rata realisasi (rata-rata capaian baris-baris dicoba sebagai "
        "konvensi); nilai_efisiensi: NE dari efisiensi (juga dari efisiensi sebelum dibulatkan "
        "untuk dicetak: match-other-rounding); sama dengan rujukan",
    "nilai_efisiensi: E (efisiensi, percent) as printed":
        "nilai_efisiensi: E (efisiensi, persen) sebagaimana tercetak",
    "What this revisi changed and why, as printed; in a pk document default its [laporan] "
    "catatan_revisi":
        "Apa yang diubah revisi ini dan alasannya, sebagaimana tercetak; dalam dokumen pk "
        "bawaannya catatan_revisi di [laporan]",
    "pk: what a revisi changed and why, as printed (the planning chain's C1 reports a revisi "
    "that states no change)":
        "pk: apa yang diubah revisi dan alasannya, sebagaimana tercetak (C1 rantai perencanaan "
        "melaporkan revisi yang tidak menyebutkan perubahan)",
    "Σ answers ÷ respondents of the unsur (only when unsur is given)":
        "Σ jawaban ÷ responden unsur itu (hanya bila unsur diberikan)",
    "Σ weight × level ÷ the aspect's weight over its indicators (only when indikator is given; "
    "not computable while a level is menunggu)":
        "Σ bobot × level ÷ bobot aspek atas indikatornya (hanya bila indikator diberikan; tidak "
        "dapat dihitung selama ada level menunggu)",
    "the inputs under jenis and aturan (ikm: the other weights are tried as conventions; from "
    "printed NRR, IPM components, SPBE domains or Pemdi aspects: consistent up to rounding when "
    "inside the range they allow; spip: not computable, score bands OPEN)":
        "masukan menurut jenis dan aturan (ikm: bobot lainnya dicoba sebagai konvensi; dari NRR "
        "tercetak, komponen IPM, domain SPBE atau aspek Pemdi: konsisten sampai pembulatan bila "
        "berada di dalam rentang yang dimungkinkannya; spip: tidak dapat dihitung, rentang nilai "
        "OPEN)",
    "IKM × 25 (the other weights are tried as conventions; from printed NRR: consistent up to "
    "rounding when inside the range they allow)":
        "IKM × 25 (bobot lainnya dicoba sebagai konvensi; dari NRR tercetak: konsisten sampai "
        "pembulatan bila berada di dalam rentang yang dimungkinkannya)",
    "the band of the printed value (else the recomputed one); ikm under kepmenpan-25-2004: "
    "either scale (NI or NIK) accepted; iki: the row of the capaian; spip: the name of the level":
        "rentang nilai tercetak (selainnya yang hasil hitung); ikm menurut kepmenpan-25-2004: "
        "kedua skala (NI atau NIK) diterima; iki: baris capaiannya; spip: nama levelnya",
}
