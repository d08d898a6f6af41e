"""Column-wise (batch) versions of the hot formulas, for national-scale runs.

The per-figure API builds a result object per figure so that it can explain
itself; over a whole country's budget outputs that object is most of the
cost.  The functions here take **columns** — any iterables of ``str``,
``int`` or ``Decimal`` (straight from ``csv`` or a pandas column) — and
return lists of Decimals (or labels), computing exactly the same digits as the
per-figure API: the same validation, the same operations in the same order,
in the same private 50-digit context.  Any row can still be explained on
demand with the ``*_row`` helpers, which return the per-figure result.

Every public formula has a batch function.  A call reads every row before it
refuses: one ``sakip.BatchError`` lists every bad row in row
order (``errors="raise"``, the default), or ``errors="collect"`` computes the
good rows and puts a ``sakip.NotComputable`` with the reason in
each bad row's place.  Blank cells (empty text): *not assessed* where the
formula has that notion (``ikpa_satker``'s indicators, ``capaian``'s
``target_atas``), anywhere else an error saying what to write (``BLANK``).

The functions are written by family in private modules and all imported from
here: ``_anggaran`` (penyerapan, efisiensi, capaian output, EKA, NKA, the
efficiency conventions), ``_ikpa``, ``_kinerja`` (capaian, LKE, predikat, the
Renja evaluation, component indicators, IKI, SPIP levels) and ``_indeks`` (IKM,
IPM, Pemdi, SPBE); ``_columns`` holds what they share (column reading, the row
loop, the blank-cell policy).

>>> from sakip import batch
>>> e, ne, kategori = batch.efisiensi_outputs(
...     pagu=["20844639000", "105768000"], realisasi=["20842508719", "104133250"],
...     capaian=["119.87", "100"], rumus="per-pagu")
>>> [str(x.quantize(batch.CENT)) for x in ne], kategori
(['99.70', '53.86'], ['Sangat Efisien', 'Kurang Efisien'])
"""

from __future__ import annotations

from sakip.batch import _columns, _kinerja
from sakip.batch._anggaran import (
    capaian_output_satker,
    efisiensi_kinerja,
    efisiensi_kinerja_row,
    efisiensi_outputs,
    efisiensi_row,
    efisiensi_satker,
    eka,
    kategori,
    nka,
    penyerapan,
    rasio_efisiensi,
)
from sakip.batch._ikpa import (
    ikpa_capaian_output_satker,
    ikpa_row,
    ikpa_satker,
    kategori_ikpa,
    penyerapan_triwulan_satker,
)
from sakip.batch._indeks import (
    ikm,
    indeks_pemdi,
    indeks_spbe,
    ipm,
)
from sakip.batch._kinerja import (
    capaian,
    evaluasi_akip,
    evaluasi_renja,
    evaluasi_renja_row,
    indikator_komponen,
    level_spip,
    nilai_capaian_iki,
    predikat,
    tingkat_capaian,
)

# The constants are bound here with their descriptions (``#:``), which the reference
# documentation shows; they are the ones the family modules use.

#: ``Decimal("0.01")``, for quantizing columns when printing them.
CENT = _columns.CENT

#: ``errors=`` of the batch functions: ``"raise"`` (one :class:`~sakip.errors.BatchError`
#: listing every bad row) or ``"collect"`` (a :class:`~sakip.explain.NotComputable` in each
#: bad row's place, the good rows computed).
Errors = _columns.Errors

#: What a blank cell (empty or spaces-only text) is told to be, in a column that has no
#: "not assessed" (``None``) meaning.  A blank cell is never read as 0.
BLANK = _columns.BLANK

#: The figures of one K or Rp row of the Renja form, in the order of the form.
RENJA_FIGURES = _kinerja.RENJA_FIGURES

__all__ = [
    "BLANK",
    "CENT",
    "RENJA_FIGURES",
    "Errors",
    "capaian",
    "capaian_output_satker",
    "efisiensi_kinerja",
    "efisiensi_kinerja_row",
    "efisiensi_outputs",
    "efisiensi_row",
    "efisiensi_satker",
    "eka",
    "evaluasi_akip",
    "evaluasi_renja",
    "evaluasi_renja_row",
    "ikm",
    "ikpa_capaian_output_satker",
    "ikpa_row",
    "ikpa_satker",
    "indeks_pemdi",
    "indeks_spbe",
    "indikator_komponen",
    "ipm",
    "kategori",
    "kategori_ikpa",
    "level_spip",
    "nilai_capaian_iki",
    "nka",
    "penyerapan",
    "penyerapan_triwulan_satker",
    "predikat",
    "rasio_efisiensi",
    "tingkat_capaian",
]


def __dir__() -> list[str]:
    """The public names (``__all__``), as ``dir(sakip.batch)`` lists them."""
    return list(__all__)
