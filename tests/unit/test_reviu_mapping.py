"""A reviu looked up by a finding's id, as a dictionary is (new-user review, 2026-12-07).

``"id" in r`` was False while ``r["id"]`` worked (``in`` compared the id with each
Finding); ``get`` did not exist.
"""

from __future__ import annotations

import pytest

import sakip


@pytest.fixture(scope="module")
def r() -> sakip.Reviu:
    return sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))


def test_membership_by_id_and_by_finding(r: sakip.Reviu) -> None:
    assert "nka.nilai" in r and "indikator.IKK 1.3.capaian" in r
    assert "nka.tidak-ada" not in r and 3 not in r
    finding = r["nka.nilai"]
    assert finding in r and finding.id == "nka.nilai"


def test_get_and_getitem_agree(r: sakip.Reviu) -> None:
    for finding in r:
        assert r[finding.id] is r.get(finding.id)
    assert r.get("nka.tidak-ada") is None
    sentinel = r["nka.nilai"]
    assert r.get("nka.tidak-ada", sentinel) is sentinel
    with pytest.raises(KeyError):
        r["nka.tidak-ada"]


def test_the_first_finding_of_an_id_is_the_one_looked_up(r: sakip.Reviu) -> None:
    ids = [f.id for f in r]
    assert len(ids) == len(set(ids))  # the reviu gives each printed figure one id
    assert [r[i] for i in ids] == list(r)


def test_strict_on_a_report_with_no_figure_says_nothing_was_checked() -> None:
    """Found by a new user: '--strict: 0 printed figures could not be checked' for a file
    with no figure; the summary now says the report prints none."""
    empty = sakip.reviu({"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023}})
    assert empty.exit_status(strict=True) == 1
    line = empty.summary(strict=True, bahasa="en").splitlines()[1]
    assert line == "exit status 1 (--strict): the report prints no figure that could be checked"
    assert "0" not in empty.summary(strict=True).splitlines()[1]


def test_the_chart_labels_a_bar_as_the_table_shows_it(r: sakip.Reviu) -> None:
    """Found by a new user: the chart said IKK 1.1 '101,11 % (recomputed)' (half up) where
    the table shows 101,10 (the seed truncates, 1189 / 1176 = 101,105…)."""
    svg = r.chart_svg(bahasa="en")
    assert "101,10 % (recomputed)" in svg and "101,11" not in svg
    finding = r["indikator.IKK 1.1.capaian"]
    assert finding.rounding is not None and finding.rounding.mode == "down"


def test_conventions_no_figure_tells_apart_are_not_called_detected(r: sakip.Reviu) -> None:
    """Found by a new user: 'celah: atas (1 of 1, detected); celah: bawah (1 of 1, detected)'.
    The seed's budget total reproduces under both pagu bases (the same Rp 36.716.642.000), and
    pmk-214-2017 reproduces only the two ROs per-pagu reproduces too: no figure is evidence for
    one of them alone. per-pagu is declared; rounding's figures tell the modes apart."""
    line = r.summary(bahasa="en").splitlines()[2]
    for said in ("basis pagu: PK revisi (lampiran) total (1 of 1 figures, indistinguishable)",
                 "basis pagu: total pagu (1 of 1 figures, indistinguishable)",
                 "efisiensi: pmk-214-2017 (2 of 8 figures, indistinguishable)",
                 "efisiensi: per-pagu (4 of 8 figures, declared)",
                 "rounding: half_up (11 of 16 figures, detected)"):
        assert said in line
    assert [c["source"] for c in r.conventions() if c["name"] == "pmk-214-2017"] == ["detected"]


def test_a_finding_shows_itself_in_a_notebook(r: sakip.Reviu) -> None:
    """A finding renders in Jupyter (a new user's request): status, printed → recomputed, the
    note and the derivation; a not-computable finding has no derivation."""
    html = r["indikator.IKK 1.1.renstra"]._repr_html_()
    assert "<b>tidak sesuai</b>" in html and "71,34 → 71.36054" in html
    assert "sakip-explanation" in html
    plain = r["ikpa.nilai"]._repr_html_()
    assert "tidak dapat dihitung" in plain and "sakip-explanation" not in plain
