"""``Reviu.conventions()``: a figure that reproduces under a convention only with another rounding.

Worked by hand (reference §1: minimize ``(2T − R) / T`` and the ``T / R``
convention), for target 90,5 and realisasi 91,5:
(2 × 90,5 − 91,5) / 90,5 × 100 = 89,5 / 90,5 × 100 = 98,8950… (half-up 98,90, truncated 98,89);
90,5 / 91,5 × 100 = 98,9071… (half-up 98,91, truncated 98,90).
"""

from __future__ import annotations

from typing import Any

import jsonschema

import sakip
from sakip.reviu import REVIU_JSON_SCHEMA, Convention


def _minimize(*printed: str, **extra: Any) -> sakip.Reviu:
    rows = [{"kode": f"I{i}", "nama": "n", "polarisasi": "minimize", "target": "90,5",
             "realisasi": "91,5", "capaian": text, **extra}
            for i, text in enumerate(printed, start=1)]
    return sakip.reviu({"schema": "sakip/lkj-1",
                        "laporan": {"instansi": "X", "tahun": 2024}, "indikator": rows})


def _minimize_uses(r: sakip.Reviu) -> list[tuple[str, int, int, int]]:
    return [(c["name"], c["figures"], c["other_rounding"], c["of"]) for c in r.conventions()
            if c["topic"] == "capaian minimize"]


T_R, TWO_T_R = Convention("capaian minimize", "t/r"), Convention("capaian minimize", "2t-r")


def test_the_reviewers_reproducer_counts_t_r_under_another_rounding() -> None:
    """98,90 in a half-up report: 2t-r reproduces it; t/r only truncated."""
    r = _minimize("98,90")
    finding = r["indikator.I1.capaian"]
    assert finding.status == "match"
    assert finding.reproduces_under == (TWO_T_R, T_R)
    assert finding.other_rounding == (T_R,)
    assert _minimize_uses(r) == [("2t-r", 1, 0, 1), ("t/r", 1, 1, 1)]
    summary = r.summary(bahasa="en").splitlines()[-1]
    assert "capaian minimize: 2t-r (1 of 1 figures, default);" in summary
    # the one figure reproduces under 2t-r too: no evidence for t/r alone
    assert ("capaian minimize: t/r (1 of 1 figures, 1 of them only under another rounding, "
            "indistinguishable)") in summary


def test_the_declared_convention_itself_under_another_rounding() -> None:
    """98,89: 2t-r only truncated (match-other-rounding), t/r not at all."""
    r = _minimize("98,89")
    finding = r["indikator.I1.capaian"]
    assert finding.status == "match-other-rounding"
    assert finding.other_rounding == (TWO_T_R,)
    assert _minimize_uses(r) == [("2t-r", 1, 1, 1)]


def test_an_alternative_that_reproduces_only_under_another_rounding() -> None:
    """Declared t/r, printed 98,89: t/r gives 98,91 or 98,90; 2t-r 98,89 only truncated."""
    r = _minimize("98,89", rumus_minimize="t/r")
    finding = r["indikator.I1.capaian"]
    assert finding.status == "match-other-convention"
    assert finding.convention == TWO_T_R
    assert finding.other_rounding == (TWO_T_R,)
    assert _minimize_uses(r) == [("2t-r", 1, 1, 1)]


def test_figures_under_the_reports_rounding_come_first() -> None:
    """t/r reproduces 98,91 half-up (1 figure); 2t-r two figures, both only truncated."""
    r = _minimize("98,91", "98,89", "98,89")
    assert _minimize_uses(r) == [("t/r", 1, 0, 3), ("2t-r", 2, 2, 3)]


def test_exact_reproductions_are_not_flagged() -> None:
    """98,91: only t/r, half-up, as the report rounds: nothing under another rounding."""
    r = _minimize("98,91", rumus_minimize="t/r")
    assert r["indikator.I1.capaian"].other_rounding == ()
    assert _minimize_uses(r) == [("t/r", 1, 0, 1)]
    assert "only under another rounding" not in r.summary(bahasa="en")


def test_json_carries_it_and_validates() -> None:
    document = _minimize("98,90").to_json()
    jsonschema.validate(document, REVIU_JSON_SCHEMA)
    [finding] = document["findings"]
    assert finding["other_rounding"] == [{"topic": "capaian minimize", "name": "t/r"}]
    uses = {c["name"]: c for c in document["conventions"] if c["topic"] == "capaian minimize"}
    assert uses["t/r"]["other_rounding"] == 1 and uses["2t-r"]["other_rounding"] == 0
