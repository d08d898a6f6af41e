"""The planning chain: one unit's documents checked against each other (reference §14).

A Renstra, its yearly Perjanjian Kinerja (initial and revised) and the LKj of
consecutive years print the same indicators, targets, realisasi and budgets;
``reviu_rantai`` compares them (checks C1–C11) and returns a
``Reviu`` whose findings each name both places.  The checks
are evaluator practice (LKE criteria 1.b, 2.b, 2.c), not law.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.lkj import Laporan
from sakip.reviu._rantai_anggaran import _Anggaran
from sakip.reviu._rantai_indikator import _Indikator
from sakip.reviu._result import Reviu
from sakip.reviu._run import read_source

_URUTAN = {"renstra": 0, "pk": 1, "lkj": 2, "lkjip": 2}

def unit(laporan: Laporan) -> str:
    """The unit a document belongs to: its instansi (and Pemda / perangkat daerah).

    Documents are grouped by this text exactly as printed (nothing is
    normalised); two units' documents are never compared.

    >>> from sakip.lkj import load
    >>> unit(load({"schema": "sakip/lkj-1", "laporan": {"instansi": "BGP", "tahun": 2023}}))
    'BGP'
    """
    parts = [laporan.instansi, laporan.pemda, laporan.perangkat_daerah]
    return " / ".join(p for p in parts if p)

def _key(laporan: Laporan) -> tuple[Any, ...]:
    """The order documents are compared in, whatever order they were given in."""
    return (laporan.tahun, _URUTAN.get(laporan.jenis, 3), laporan.versi != "awal",
            laporan.sumber, repr(attrs.asdict(laporan, recurse=True)))

def _read(document: Any, index: int) -> Laporan:
    if isinstance(document, Laporan):
        return document
    if isinstance(document, (str, Path, Traversable, Mapping)):
        return read_source(document)  # a workbook too
    raise InvalidTypeError(field=f"documents[{index}]", expected="a path, a mapping or a "
                           "Laporan", received=document)

def _documents(documents: object) -> list[Laporan]:
    """Every document read, in the order given; one document alone is refused (a list)."""
    if isinstance(documents, (str, bytes, Path, Mapping, Laporan, Traversable)) or not (
            isinstance(documents, Iterable)):
        raise InvalidTypeError(field="documents", expected="a list of the unit's documents "
                               "(paths, mappings or Laporan)", received=documents)
    return [_read(document, i) for i, document in enumerate(documents, start=1)]

def reviu_rantai(documents: Iterable[str | Path | Traversable | Mapping[str, Any] | Laporan],
                 ) -> Reviu:
    """Check one unit's planning chain: its documents against each other (C1–C11).

    Parameters
    ----------
    documents:
        The unit's documents (``sakip/lkj-1`` files of ``jenis`` renstra, pk,
        lkj, lkjip; paths, mappings or loaded :class:`~sakip.lkj.Laporan`), in
        any order: an LKj that carries Renstra or PK tables provides them.

    Returns
    -------
    Reviu
        The same result as :func:`sakip.reviu` (statuses, summary, every
        rendering, exit statuses, JSON): one finding per comparison, each
        naming both places (``field``: ``"PK 2023 revisi (pk.toml):
        indikator[2].target ↔ Renstra 2020–2024 (renstra.toml):
        indikator[2].renstra.target.2023"``); a comparison the documents do not
        print the data for is ``not-computable`` with the reason.  Its
        ``laporan`` stands for the unit (``instansi``, the latest ``tahun``,
        ``sumber`` every document).

    Notes
    -----
    C1 Renstra target = PK target (a revisi is dated and states what changed,
    ``catatan_revisi``); C2 the IKU set and names (renamed through
    ``[[kode_lama]]``); C3 polarity across documents and against the Renstra
    trajectory; C4 realisasi of year t = "tahun lalu" in LKj t+1; C5 agregasi
    agrees; C6 Renstra realisasi continuity and copies of the matrix; C7
    printings of one PK agree, PK pagu = the LKj's pagu, the anggaran per
    sasaran = the DIPA's; C8 coverage; C9 satuan; C10 the year in the Renstra
    period; C11 a changed instrument needs a note.  Indicators are matched by
    ``kode`` read through every document's crosswalk.  Numbers are compared
    exactly; a value printed with fewer decimals that the other rounds to is
    ``match-other-rounding``.

    One value printed in several places (a target in four PK printings) is
    compared as one: every printing against one reference, the earlier
    document of the chain (never a majority of copies); each agreeing printing
    is a match, each distinct disagreeing value ONE mismatch at its first
    printing, whose explanation lists every printing compared.

    Raises
    ------
    sakip.InvalidTypeError
        ``documents`` is not a list of documents (one path alone), or an item
        is neither a path, a mapping nor a Laporan (``documents[i]``).
    sakip.InvalidValueError
        No document, or documents of two units (``documents[i]``).
    sakip.LaporanError
        A file that cannot be read.

    References
    ----------
    Reference §14: evaluator practice, not law (LKE criteria 1.b, 2.b, 2.c of
    PermenPANRB 88/2021).

    Examples
    --------
    The seed LKj 2023 quotes the Renstra matrix and four printings of its PK:
    the PK's IKK 2.2 target 92 is the Renstra's 2024 target (2023: 90), one
    finding for the four printings, and the Bab I printing of the revised PK
    disagrees on the budget with the lampiran and the DIPA:

    >>> import sakip
    >>> r = sakip.reviu_rantai([sakip.examples.path("bgp-kalsel-2023")])
    >>> f = [f for f in r.problems() if f.id.startswith("C1.IKK 2.2")][0]
    >>> f.printed, f.recomputed
    ('92', Decimal('90'))
    >>> len([f for f in r.problems() if f.id.startswith("C1.IKK 2.2")])
    1
    >>> sorted({f.id.split(".")[0] for f in r.problems() if f.status == "mismatch"})
    ['C1', 'C6', 'C7']
    """
    loaded = _documents(documents)
    if not loaded:
        raise InvalidValueError(field="documents", expected="at least one document of the "
                                "unit", received="none")
    first = unit(loaded[0])
    for i, laporan in enumerate(loaded, start=1):
        if unit(laporan) != first:
            raise InvalidValueError(field=f"documents[{i}]", expected=f"a document of "
                                    f"{first!r} (one unit's chain; reviu_rantai_units groups "
                                    "several units)", received=unit(laporan))
    return _Rantai(sorted(loaded, key=_key)).run()

def reviu_rantai_units(documents: Iterable[str | Path | Traversable | Mapping[str, Any]
                                           | Laporan]) -> tuple[Reviu, ...]:
    """One :func:`reviu_rantai` per unit, units in the order they first appear.

    Documents are grouped by :func:`unit`; two units' documents are never
    compared (``sakip reviu --rantai DIR``).

    >>> import sakip
    >>> doc = {"schema": "sakip/lkj-1", "laporan": {"instansi": "A", "tahun": 2023}}
    >>> other = {"schema": "sakip/lkj-1", "laporan": {"instansi": "B", "tahun": 2023}}
    >>> [r.laporan.instansi for r in sakip.reviu_rantai_units([doc, other, doc])]
    ['A', 'B']
    """
    groups: dict[str, list[Laporan]] = {}
    for laporan in _documents(documents):
        groups.setdefault(unit(laporan), []).append(laporan)
    return tuple(reviu_rantai(group) for group in groups.values())

class _Rantai(_Indikator, _Anggaran):
    """The comparisons of one unit's documents, in canonical document order: C1–C6 and C9–C11
    (:mod:`sakip.reviu._rantai_indikator`), C7–C8 (:mod:`sakip.reviu._rantai_anggaran`)."""

    def run(self) -> Reviu:
        for check in (self.c1, self.c2, self.c3, self.c4, self.c5, self.c6, self.c7,
                      self.c8, self.c9, self.c10):
            check()
        last = self.dok[-1].laporan
        sumber = ", ".join(d.laporan.sumber for d in self.dok)
        laporan = Laporan(instansi=unit(last), tahun=max(d.laporan.tahun for d in self.dok),
                          judul=f"Rantai perencanaan: {len(self.dok)} dokumen ("
                          + "; ".join(d.nama for d in self.dok) + ")", sumber=sumber,
                          angka=self.dok[0].laporan.angka)
        return Reviu(laporan=laporan, findings=tuple(self.findings))
