"""The seed's planning figures through the chain (issue 27).

Source: the seed LKj 2023 of BGP Provinsi Kalimantan Selatan (the bundled example
``bgp-kalsel-2023``; text in /work/shared/seeds): Bab I prints the Renstra matrix
(IKK 2.2 "Nilai - 85 90 92" for 2022–2024) and the PK (IKK 2.2 target 92 for 2023);
Bab I and the lampiran print the revised PK twice (kegiatan 5635 Rp 7.469.061.000 and
total Rp 36.816.795.000 in Bab I, undated, with the reason "Revisi perjanjian kinerja ...
dilakukan karena adanya perubahan alokasi anggaran ..."; Rp. 7.368.908.000 and
Rp. 36.716.642.000 in the lampiran, dated 12 Desember 2023, as the pagu at year end);
Tabel 3.1 prints IKK 1.3's realisasi 447, the Renstra capaian counts 748.  The Renstra
document is that Bab I matrix (tests/golden/reports/rantai/renstra-2020-2024.toml); the LKj
2022 is a constructed example
from the figures the seed quotes for 2022 (lkj-2022-constructed.toml).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import sakip

RANTAI = Path(__file__).parent / "reports" / "rantai"
SEED = sakip.examples.path("bgp-kalsel-2023")


def _chain() -> sakip.Reviu:
    return sakip.reviu_rantai([RANTAI / "lkj-2022-constructed.toml",
                               RANTAI / "renstra-2020-2024.toml", SEED])


def test_the_seed_alone_finds_its_planning_inconsistencies() -> None:
    r = sakip.reviu_rantai([SEED])
    problems = {f.id.split("#")[0]: f for f in r.problems() if f.status == "mismatch"}
    assert set(problems) == {"C1.IKK 2.2.2023", "C1.tanggal.2023", "C6.IKK 1.3.realisasi.2023",
                             "C7.2023.revisi.5635", "C7.2023.revisi.pagu"}
    ikk22 = problems["C1.IKK 2.2.2023"]
    assert (ikk22.printed, ikk22.recomputed) == ("92", Decimal("90"))
    # the revised PK's total, printed twice (Bab I Rp 36.816.795.000, lampiran
    # Rp. 36.716.642.000), is one value with the DIPA pagu (Rp 36.716.642.000): one mismatch,
    # at Bab I, the figure that disagrees with the others
    (pagu,) = [f for f in r.findings if f.id.startswith("C7.2023.revisi.pagu")
               and f.status == "mismatch"]
    assert (pagu.printed, pagu.recomputed) == ("Rp 36.816.795.000,-", Decimal("36716642000"))
    assert pagu.field == ("LKj 2023 (bgp-kalsel-2023.toml): perjanjian_kinerja[2].total ↔ "
                          "LKj 2023 (bgp-kalsel-2023.toml): anggaran.total.pagu")
    # kegiatan 5635: the dated lampiran (12 Desember 2023) is the reference printing
    kegiatan = problems["C7.2023.revisi.5635"]
    assert (kegiatan.printed, kegiatan.recomputed) == ("Rp 7.469.061.000,-",
                                                       Decimal("7368908000"))
    assert kegiatan.field.startswith("LKj 2023 (bgp-kalsel-2023.toml): perjanjian_kinerja[2]")
    dated = problems["C1.tanggal.2023"]
    assert dated.recomputed == "Banjarbaru, 12 Desember 2023"
    ikk13 = problems["C6.IKK 1.3.realisasi.2023"]
    assert (ikk13.printed, ikk13.recomputed) == ("748", Decimal("447"))


def test_two_consecutive_lkj_and_the_renstra_as_a_chain() -> None:
    """LKj 2022 (constructed) and LKj 2023: the 'tahun lalu' figures agree (C4)."""
    r = _chain()
    c4 = {f.id: f for f in r.findings if f.id.startswith("C4.")}
    assert {k: f.status for k, f in c4.items()} == {
        "C4.IKK 1.1.2022": "match", "C4.IKK 1.2.2022": "match", "C4.IKK 1.3.2022": "match",
        "C4.IKK 1.3.2022#2": "match", "C4.IKK 2.1.2022": "not-computable",
        "C4.IKK 2.2.2022": "match"}
    assert c4["C4.IKK 2.2.2022"].recomputed == Decimal("91.59")
    # the seed's Renstra table in Bab III is the Bab I matrix: every copied target agrees
    assert all(f.status == "match" for f in r.findings if ".target." in f.id
               and f.id.startswith("C6."))
    # the Renstra document's 2023 target of IKK 2.2 is 90 as well; the four PK printings of
    # 92 (Bab I and lampiran, awal and revisi) are one disagreement: ONE mismatch, at the
    # first printing, against the Renstra document, listing all six printings compared
    (ikk22,) = [f for f in r.findings if f.id.startswith("C1.IKK 2.2.2023")]
    assert (ikk22.status, ikk22.printed, ikk22.recomputed) == ("mismatch", "92", Decimal("90"))
    assert ikk22.field == ("LKj 2023 (bgp-kalsel-2023.toml): perjanjian_kinerja[1].target."
                           "IKK 2.2 ↔ Renstra 2020–2024 (renstra-2020-2024.toml): "
                           "indikator[5].renstra.target.2023")
    assert ikk22.explanation is not None
    listed = [label for label, _ in ikk22.explanation.steps[0].inputs]
    assert listed == [f"LKj 2023 (bgp-kalsel-2023.toml): perjanjian_kinerja[{j}].target.IKK 2.2"
                      for j in (1, 2, 3, 4)] + [
        "Renstra 2020–2024 (renstra-2020-2024.toml): indikator[5].renstra.target.2023",
        "LKj 2023 (bgp-kalsel-2023.toml): indikator[5].renstra.target.2023"]
    # the other indicators' targets: each PK printing agrees, one match per printing
    assert sum(f.id.startswith("C1.IKK 1.1.2023") and f.status == "match"
               for f in r.findings) == 4
    assert r.exit_status() == 1


def test_the_revised_pk_states_what_changed() -> None:
    """Bab I prints the revision's reason ("Revisi perjanjian kinerja ... dilakukan karena
    adanya perubahan alokasi anggaran ..."); the lampiran's dated printing does not: the
    revision states its change once, a match naming the printing that states it."""
    r = sakip.reviu_rantai([SEED])
    (f,) = [f for f in r.findings if f.id.startswith("C1.perubahan.")]
    assert (f.id, f.status) == ("C1.perubahan.2023", "match")
    assert f.field.startswith("LKj 2023 (bgp-kalsel-2023.toml): perjanjian_kinerja[2] ↔ ")
    assert f.printed == "revisi"
    assert isinstance(f.recomputed, str) and f.recomputed.startswith("Revisi perjanjian kinerja")
