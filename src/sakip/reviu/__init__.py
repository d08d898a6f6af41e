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

from sakip.reviu._anggaran import (
    REVIU_JSON_SCHEMA,
    REVIU_SCHEMA,
    STATUSES,
    Convention,
    Finding,
    Reviu,
    dumps,
    dumps_many,
    reviu,
    summary_rows,
)

__all__ = ["REVIU_JSON_SCHEMA", "REVIU_SCHEMA", "STATUSES", "Convention", "Finding", "Reviu",
           "dumps", "dumps_many", "reviu", "summary_rows"]


def __dir__() -> list[str]:
    return list(__all__)
