"""Reviu: reproduce and reconcile every printed figure of a Laporan Kinerja.

``reviu`` takes a ``sakip/lkj-1`` file (a path or a mapping, see
``sakip.lkj``) or a loaded ``Laporan``, recomputes every
figure that can be recomputed, and returns a ``Reviu``: one
``Finding`` per printed figure with its status:

* ``match`` — reproduces under the report's rounding (or the figure's own);
* ``match-other-rounding`` — reproduces only under another rounding mode,
  which the finding names;
* ``match-other-convention`` — reproduces only under another named convention
  the library knows (another efficiency ``rumus``, the ``t/r`` minimize
  convention ...), which the finding names (``Convention``);
* ``mismatch`` — does not reproduce; the finding gives the difference;
* ``not-computable`` — cannot be recomputed; the finding says why.

Each finding carries the derivation of its recomputed value.  The verdict of
the whole reviu (``Reviu.exit_status``) is 0 when no printed figure
contradicts its inputs (matches and not-computable findings only), 1 when at
least one is a mismatch; ``strict=True`` fails not-computable findings too.

>>> import sakip
>>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
>>> r.ok, r.counts()["mismatch"] > 0
(False, True)
>>> r["indikator.IKK 1.1.capaian"].status
'match'
"""

from __future__ import annotations

# The implementation lives in private modules (docs/explanation/architecture.md,
# "Module map"): the finding model (_findings) and _builder; one module of checks
# per family of report sections (_kinerja, _anggaran, _efisiensi, _tabel); _run,
# the one list of checks; _result (Reviu); one module per output format (_text,
# _markdown, _html, _svg, _json with _schema); _rantai, one unit's documents checked
# against each other (the planning chain).  This module only re-exports.
from sakip.reviu._findings import STATUSES, Convention, Finding, Input
from sakip.reviu._json import dumps, dumps_many, summary_rows
from sakip.reviu._rantai import reviu_rantai, reviu_rantai_units, unit
from sakip.reviu._result import Reviu
from sakip.reviu._run import reviu
from sakip.reviu._schema import REVIU_JSON_SCHEMA, REVIU_SCHEMA

__all__ = ["REVIU_JSON_SCHEMA", "REVIU_SCHEMA", "STATUSES", "Convention", "Finding", "Input",
           "Reviu",
           "dumps", "dumps_many", "reviu", "reviu_rantai", "reviu_rantai_units",
           "summary_rows", "unit"]


def __dir__() -> list[str]:
    """The public names (``__all__``), as ``dir(sakip.reviu)`` lists them."""
    return list(__all__)
