"""The planning chain's properties (issue 27): order, crosswalk renaming, one-to-one."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from tests.property.test_reviu_one_to_one import _assert_one_to_one
from tests.strategies import planning_chains, planning_files, planted_pk_printings


@settings(max_examples=25, deadline=None)
@given(planning_chains(), st.randoms(use_true_random=False))
def test_document_order_does_not_matter(docs: list[dict[str, Any]], random: Any) -> None:
    shuffled = list(docs)
    random.shuffle(shuffled)
    assert sakip.reviu_rantai(shuffled).to_json() == sakip.reviu_rantai(docs).to_json()


@settings(max_examples=25, deadline=None)
@given(planning_chains(), st.sampled_from([1, 2, 3]), st.sampled_from([0, 1]), st.booleans())
def test_renaming_through_the_crosswalk_changes_no_verdict(
        docs: list[dict[str, Any]], which: int, position: int, rename: bool) -> None:
    """An indicator re-coded (and renamed, where its name agreed) in one document."""
    before = [f.status for f in sakip.reviu_rantai(docs).findings]
    renamed = copy.deepcopy(docs)
    row = renamed[which]["indikator"][position]
    entry = {"kode": "LAMA", "menjadi": row["kode"]}
    row["kode"] = "LAMA"
    if rename and len({d["indikator"][position]["nama"] for d in docs}) == 1:
        row["nama"] = entry["nama"] = f"{row['nama']} (lama)"
    renamed[0]["kode_lama"] = [entry]
    assert [f.status for f in sakip.reviu_rantai(renamed).findings] == before


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["renstra", "pk"]).flatmap(planning_files))
def test_every_printed_figure_of_a_plan_is_one_finding(data: dict[str, Any]) -> None:
    _assert_one_to_one(data)


@settings(max_examples=30, deadline=None)
@given(planted_pk_printings(), st.randoms(use_true_random=False))
def test_one_planted_printing_is_one_mismatch_at_it_in_any_order(
        planted: tuple[list[dict[str, Any]], str], random: Any) -> None:
    """However many printings repeat a PK target, and in whatever order the documents come,
    one planted disagreement (in one printing or in all) is exactly one mismatch, naming the
    planted printing and the Renstra."""
    docs, place = planted
    random.shuffle(docs)
    found = [f for f in sakip.reviu_rantai(docs).findings if f.status == "mismatch"]
    assert [f.field.split(" ↔ ") for f in found] == [
        [place, "Renstra 2020–2024 (<mapping>): indikator[1].renstra.target.2024"]]
