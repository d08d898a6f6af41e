"""Golden: a published SKM table checked by the reviu of printed indices (issue 26).

Disdukcapil Kabupaten Tulang Bawang Barat, SKM 2023 semester 1 (the online report
quoted in ``reports/tubaba-2023-skm.toml``): nine unsur answered 4 by one
respondent, weight 0,111 declared ("NRR per unsur x 0,111"), IKM printed 100,
Sangat Baik.  Under 0,111 the IKM is 9 × 4 × 0,111 × 25 = 99,9, printed 100
without decimals; the exact 1/9 gives 100 too, 0,11 gives 99.
"""

from __future__ import annotations

from pathlib import Path

import sakip
from sakip.reviu import Convention

REPORT = Path(__file__).parent / "reports" / "tubaba-2023-skm.toml"


def test_published_skm_reproduces_under_its_declared_weight() -> None:
    result = sakip.reviu(REPORT)
    assert result.ok
    konversi = result["indeks.SKM 2023-1.konversi"]
    assert konversi.status == "match"
    assert konversi.convention == Convention("bobot IKM", "0,111")
    assert konversi.recomputed == sakip.parse_id("99,9")
    # 100 also follows from the exact weight and from 0,1111; not from 0,11 (99)
    assert {c.name for c in konversi.reproduces_under} == {"0,111", "1/9", "0,1111"}
    assert result["indeks.SKM 2023-1.predikat"].status == "match"
    assert all(result[f"indeks.SKM 2023-1.nrr[{i}]"].status == "match" for i in range(1, 10))


def test_the_same_table_under_0_11_would_not_print_100() -> None:
    printed = sakip.ikm(nilai_unsur=[4] * 9, responden=1, bobot="0,11").konversi
    assert printed.printed(0) == "99"
