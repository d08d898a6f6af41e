"""Golden: shapes of the seed report that the file format holds (issue 23, part G2).

The seed LKj 2023 (BGP Provinsi Kalimantan Selatan, ``shared/seeds/
000_46cdd3d7791d58bb.txt``, Bab III, the EKA paragraph before "FORMULA NKA")
prints the EKA indicator weights in parentheses beside their names: "Capaian RO
(43,5%), Penyerapan Anggaran (9,7%), Nilai Efisiensi (28,6%), Konsistensi
(18,2%)".  Written as printed, each reads as the percentage and equals the weight
of PMK 22/PMK.02/2021 (the rule set ``pmk-22-2021``).
"""

from __future__ import annotations

import sakip
from sakip import rules

PRINTED = {"capaian_ro": "(43,5%)", "penyerapan": "(9,7%)", "nilai_efisiensi": "(28,6%)",
           "konsistensi": "(18,2%)"}


def test_eka_weights_printed_in_parentheses() -> None:
    rule = rules.find("eka", "pmk-22-2021")
    weights = dict(rule.weights)  # type: ignore[attr-defined]
    klaim = [{"kode": name, "kind": "equals", "nilai": printed,
              "reference": sakip.format_id(weights[name], 1),
              "reference_lokasi": "PMK 22/PMK.02/2021 Lampiran"}
             for name, printed in PRINTED.items()]
    r = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {
        "instansi": "BGP Provinsi Kalimantan Selatan", "tahun": 2023}, "klaim": klaim})
    assert [(f.id, f.status) for f in r] == [(f"klaim.{name}", "match") for name in PRINTED]
    assert [f.recomputed for f in r] == [weights[name] for name in PRINTED]
