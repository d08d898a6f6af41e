"""Every TOML example of the report-file reference loads and reviews with every figure ``match``."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import sakip

PAGE = Path(__file__).parents[2] / "docs" / "reference" / "file-format.md"
BLOCKS = re.findall(r"```toml\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)


def test_the_page_has_examples() -> None:
    """The minimal file and the efficiency-table / LKE example are both there."""
    assert len(BLOCKS) >= 2
    assert any("[[efisiensi_kinerja]]" in b and "[evaluasi_akip]" in b for b in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS)
def test_example_reviews_as_documented(block: str) -> None:
    """The documented file loads, and each printed figure reproduces."""
    r = sakip.reviu(tomllib.loads(block))
    assert len(r) >= 1
    assert all(f.status == "match" for f in r), [(f.id, f.status, f.reason) for f in r]
