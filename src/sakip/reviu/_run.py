"""``reviu()``: the one list of checks, in the report file's order."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator, Mapping
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from sakip._xlsx import WORKBOOK_SUFFIXES, load_xlsx, unsaved_refusal
from sakip.errors import LaporanError
from sakip.lkj import Laporan, _TanpaNilai, _Unsaved, load
from sakip.reviu._anggaran import _check_anggaran, _check_eka_ikpa_nka, _check_pagu
from sakip.reviu._builder import _Builder, _display_mark
from sakip.reviu._efisiensi import _check_efisiensi_kinerja
from sakip.reviu._findings import Finding
from sakip.reviu._indeks import _check_indeks, _check_realisasi_komponen
from sakip.reviu._kinerja import _check_akip, _check_indikator, _check_pk, _Unmatched
from sakip.reviu._renja import _check_evaluasi_renja
from sakip.reviu._result import Reviu
from sakip.reviu._tabel import _check_daftar, _check_klaim, _check_tabel


def read_source(source: Any) -> Laporan:
    """``source`` as a :class:`~sakip.lkj.Laporan`: a workbook (``.xlsx``) by its reader, else
    ``sakip.lkj.load``.

    The one way the reviu and the chain read what they are given.
    """
    if isinstance(source, Laporan):
        return source
    if isinstance(source, (str, Path)) and Path(source).suffix.lower() in WORKBOOK_SUFFIXES:
        return load_xlsx(source)
    return load(source)


def reviu(source: str | Path | Traversable | Mapping[str, Any] | Laporan) -> Reviu:
    """Reproduce and reconcile every printed figure of a Laporan Kinerja.

    Parameters
    ----------
    source:
        A ``sakip/lkj-1`` file (path to TOML, JSON, or an ``.xlsx`` workbook:
        read by ``sakip._xlsx.load_xlsx``), a mapping with the same structure, or
        a loaded :class:`~sakip.lkj.Laporan` (for what-ifs).

    Returns
    -------
    Reviu
        Exactly one :class:`Finding` per printed figure (see
        :func:`sakip.lkj.figure_fields`); ``ok`` is ``True`` when none is a
        mismatch, and :meth:`Reviu.exit_status` gives the gate's verdict.
        Perjanjian Kinerja targets whose code has no ``[[indikator]]``, past
        the first ten in the file, are one not-computable finding together
        (``pk.target``) that states their exact count (the file-format page).

    Raises
    ------
    sakip.LaporanError
        When the file cannot be read, listing every problem with its place.

    Examples
    --------
    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> f = r["indikator.IKK 1.3.capaian"]
    >>> f.status, f.printed, str(f.recomputed)
    ('mismatch', '167,33', '100')
    """
    with _fewer_collections():
        laporan = read_source(source)
        try:
            b = _checked(laporan)
        except _Unsaved as error:  # a figure read as another's input before its own check
            raise LaporanError(laporan.sumber, [unsaved_refusal(error.cell)]) from None
    # a workbook cell holding a formula with no saved value: no printed figure to check
    b.findings = [_unsaved(f) if isinstance(f.printed, _TanpaNilai) else f for f in b.findings]
    # the derivations print figures as the report does (each with its printed text's mark)
    b.findings = [f if f.explanation is None or (
        mark := _display_mark(f.printed, laporan.angka)) == "id" else attrs.evolve(
        f, explanation=attrs.evolve(f.explanation, angka=mark)) for f in b.findings]
    return Reviu(laporan=laporan, findings=tuple(b.findings), inputs=tuple(b.inputs))


#: Allocations between two passes of CPython's cyclic collector over its youngest objects
#: while a reviu runs (CPython's default is 700): see :func:`_fewer_collections`.
_YOUNG_THRESHOLD = 20_000
_collections_lock = threading.Lock()
_collections_users = 0
_collections_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """CPython's cyclic garbage collector run less often while a reviu reads and checks.

    A reviu of a large file builds millions of objects that live until it ends
    (the rows read, the findings, their explanations).  At the default threshold
    the collector traverses all of them again every few hundred thousand
    allocations (issue 24: 0,7 of the 8 s of a 5 MB file of efficiency means,
    nine full passes).  Its first generation's threshold is raised to
    :data:`_YOUNG_THRESHOLD` meanwhile: a full pass then comes only after two
    million allocations, and garbage cycles (an error kept with its traceback) are
    still collected among the young objects, so memory stays bounded.  Restored
    when the last of concurrent reviews ends; a threshold the program set higher
    (or 0, the collector off) is left as it is.
    """
    global _collections_users, _collections_saved
    with _collections_lock:
        if _collections_users == 0:
            threshold = gc.get_threshold()
            if 0 < threshold[0] < _YOUNG_THRESHOLD:
                _collections_saved = threshold
                gc.set_threshold(_YOUNG_THRESHOLD, *threshold[1:])
        _collections_users += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections_users -= 1
            if _collections_users == 0 and _collections_saved is not None:
                if gc.get_threshold()[0] == _YOUNG_THRESHOLD:  # not changed meanwhile
                    gc.set_threshold(*_collections_saved)
                _collections_saved = None


def _checked(laporan: Laporan) -> _Builder:
    """Every check of the report, in the file's order."""
    b = _Builder(laporan)
    for index, ind in enumerate(laporan.indikator, start=1):
        _check_realisasi_komponen(b, ind, index)  # the realisasi comes before the capaian
        _check_indikator(b, ind, index)
    unmatched = _Unmatched()  # PK targets with no [[indikator]]: past ten, one finding
    for index, pk in enumerate(laporan.perjanjian_kinerja, start=1):
        _check_pk(b, pk, index, unmatched)
    unmatched.finish(b)
    if laporan.evaluasi_akip is not None:
        _check_akip(b, laporan.evaluasi_akip)
    if laporan.anggaran is not None:
        _check_anggaran(b, laporan.anggaran)
        if laporan.anggaran.get("pagu") is not None:
            _check_pagu(b, laporan.anggaran["pagu"])
    for index, tab in enumerate(laporan.efisiensi_kinerja, start=1):
        _check_efisiensi_kinerja(b, tab, index)
    for index, tab in enumerate(laporan.evaluasi_renja, start=1):
        _check_evaluasi_renja(b, tab, index)
    _check_eka_ikpa_nka(b, laporan)
    for index, tab in enumerate(laporan.tabel, start=1):
        _check_tabel(b, tab, index)
    for index, daftar in enumerate(laporan.daftar_kegiatan, start=1):
        _check_daftar(b, daftar, index)
    for index, k in enumerate(laporan.klaim, start=1):
        _check_klaim(b, k, index)
    for index, row in enumerate(laporan.indeks, start=1):
        _check_indeks(b, row, index)
    return b


def _unsaved(finding: Finding) -> Finding:
    """A finding whose printed figure is a workbook formula with no saved value: not computable."""
    printed = finding.printed
    assert isinstance(printed, _TanpaNilai)
    return Finding(id=finding.id, label=finding.label, lokasi=finding.lokasi,
                   printed=printed.formula, recomputed=None, status="not-computable",
                   reason=printed.reason, field=finding.field)
