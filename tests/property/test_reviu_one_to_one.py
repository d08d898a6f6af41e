"""Issue 11: every printed figure of a report file yields exactly one finding.

The files are generated from the format's description (``sakip.lkj.SPEC``) with
random subsets of the printed fields filled (``tests/strategies.report_files``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import given, settings

import sakip
from sakip.lkj import figure_fields
from tests.strategies import report_files


class TestOneToOne:
    """'Every printed value in a report file yields exactly one finding — never none.'"""

    @settings(max_examples=80, deadline=None)
    @given(data=report_files())
    def test_printed_figures_and_findings_correspond(self, data: dict[str, Any]) -> None:
        """Each checked printed field has one finding; any other finding is an input fault."""
        try:
            result = sakip.reviu(data)
        except sakip.lkj.LaporanError as error:  # pragma: no cover - the strategy is valid
            raise AssertionError(f"generated file refused: {error}") from None
        figures = figure_fields(data)
        assert len(figures) == len(set(figures))
        by_field = Counter(f.field for f in result)
        for place in figures:
            assert by_field[place] == 1, (place, [f.id for f in result if f.field == place])
        extra = [f for f in result if f.field not in set(figures)]
        for f in extra:
            assert f.status == "not-computable", (f.field, f.id)
            assert f.field, f.id

    @settings(max_examples=40, deadline=None)
    @given(data=report_files())
    def test_status_verdict(self, data: dict[str, Any]) -> None:
        """exit_status is 1 exactly when some finding is a mismatch."""
        result = sakip.reviu(data)
        mismatch = any(f.status == "mismatch" for f in result)
        assert result.exit_status() == (1 if mismatch else 0)
        assert result.exit_status(strict=True) >= result.exit_status()
