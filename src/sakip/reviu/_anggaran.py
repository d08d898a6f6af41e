"""Checks of the budget sections.

Outputs, kegiatan, totals, sisa and their efficiency alternatives; the pagu
history; EKA, IKPA and NKA.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks, gabung
from sakip._decimal import CONTEXT, exact_sum
from sakip._katalog import terjemah
from sakip.budget import (
    EFISIENSI_RULES,
    KATEGORI_EFISIENSI,
    RincianOutput,
    capaian_output,
    efisiensi,
    nilai_efisiensi,
    penyerapan,
)
from sakip.conventions import Basis, PenyerapanPagu, RiwayatPagu, kategori_rasio_efisiensi
from sakip.eka import eka
from sakip.errors import InvalidValueError, NotComputableError, SakipError
from sakip.explain import Explanation, Figure, Trace, filled
from sakip.ikpa import KATEGORI_IKPA, ikpa, ikpa_rule_for
from sakip.lkj import _TIDAK_DINILAI, Laporan, _TanpaNilai
from sakip.nka import nka
from sakip.numbers import Rounding
from sakip.reviu._builder import (
    Compute,
    _Builder,
    _by_convention,
    _compare,
    _label_by_convention,
    _label_explanation,
    _reason,
    _sum_explanation,
    _sum_finding,
)
from sakip.reviu._findings import (
    _BASIS_TOPIC,
    _DEFAULTS,
    _KATEGORI_RASIO,
    _KATEGORI_RASIO_TOPIC,
    Convention,
)


def _efisiensi_alternatives(b: _Builder, outputs: list[RincianOutput], rumus: str
                            ) -> tuple[tuple[Convention, Compute], ...]:
    return tuple((Convention("efisiensi", other), partial(
        efisiensi, outputs, rumus=other))  # type: ignore[arg-type]
                 for other in EFISIENSI_RULES if other != rumus)


@attrs.frozen
class _Row:
    """One ``[[anggaran.output]]`` row: its printed amounts and, when valid, its output."""

    index: int
    kode: str
    pagu: Decimal
    #: ``None`` in a pagu-only row (the report prints no realisasi for it).
    realisasi: Decimal | None
    output: RincianOutput | None
    fault: str
    kegiatan: str | None


#: Why the figures of a pagu-only row (no realisasi printed) are not computable.
_PAGU_ONLY = Pesan(Teks(id="baris hanya mencetak pagu (tanpa realisasi)",
                        en="the row prints a pagu only (no realisasi)"))
#: The other reasons this module writes (a finding's ``reason``, in both languages).
_NO_REALISASI_IN = Teks(id="tidak ada realisasi tercetak di {rows} (hanya pagu)",
                        en="no realisasi printed in {rows} (pagu only)")
_INCONSISTENT = Teks(id="masukan output ini tidak konsisten: {fault}",
                     en="this output's inputs are inconsistent: {fault}")
_NO_CO = Teks(id="tidak ada capaian output untuk RO ini", en="no capaian output for this RO")
_E_NC = Teks(id="efisiensi tidak dapat dihitung", en="efisiensi is not computable")
_TOTAL_E_NC = Teks(id="total efisiensi tidak dapat dihitung",
                   en="total efisiensi is not computable")
_NE_NC = Teks(id="nilai efisiensi tidak dapat dihitung", en="nilai efisiensi is not computable")
_BECAUSE = Teks(id="{why}: {error}", en="{why}: {error}")
_KEGIATAN_UNKNOWN = Teks(id="kegiatan dari {rows} tidak diketahui (bukan kode RO)",
                         en="the kegiatan of {rows} is unknown (not an RO code)")
_NO_OUTPUT_ROW = Teks(id="tidak ada baris [[anggaran.output]] dari kegiatan {kode} di berkas",
                      en="no [[anggaran.output]] row of kegiatan {kode} in the file")
_BLAMED = {one: Teks(
    id="dari Σ {fields} baris: total {fields} tercetak itu sendiri tidak sesuai",
    en="from Σ rows' {fields}: the printed total {fields} "
       + ("is a mismatch" if one else "are mismatches") + " itself") for one in (True, False)}
_FROM = Teks(id="dari {basis}", en="from {basis}")
_BASIS_PRINTED = Teks(id="pagu dan realisasi tercetak", en="printed pagu and realisasi")
_BASIS_SISA = Teks(id="RA = pagu − sisa", en="RA = pagu − sisa")
_BASIS_ROWS = Teks(id="Σ realisasi baris", en="Σ rows' realisasi")
_NEEDS_TOTAL = Teks(id="memerlukan total pagu dan realisasi (atau sisa), tercetak atau sebagai "
                       "baris",
                    en="needs the total pagu and realisasi (or sisa), printed or as rows")
_INCONSISTENT_OUTPUTS = Teks(id="output tidak konsisten: {outputs}",
                             en="inconsistent outputs: {outputs}")
_OUTPUT_FAULT = Teks(id="anggaran.output[{index}] ({kode}): {fault}",
                     en="anggaran.output[{index}] ({kode}): {fault}")
_NO_OUTPUT_CO = Teks(id="tidak ada output dengan capaian output",
                     en="no output with a capaian output")
_FOLLOWS_FROM_E = Teks(id="memang sesuai dengan E tercetak {e}",
                       en="it does follow from the printed E {e}")
_NO_EKA = Teks(id="komponen EKA tidak ada di berkas (komponen); EKA tercetak dipakai apa adanya",
               en="the EKA components are not in the file (komponen); the printed EKA is used "
                  "as given")
_ALL_DASH = Teks(id="{reason} (setiap indikator tercetak \"-\", tidak dinilai)",
                 en="{reason} (every indicator is printed \"-\", not assessed)")
_KONVERSI = Teks(id="konversi bobot: tidak dinilai (tercetak \"-\"): {names}; bobot "
                    "dinormalkan ulang atas indikator lainnya",
                 en="konversi bobot: not assessed (printed \"-\"): {names}; the weights are "
                    "renormalised over the other indicators")
_NO_IKPA = Teks(id="nilai indikator IKPA tidak ada di berkas (komponen); IKPA tercetak dipakai "
                   "apa adanya",
                en="the IKPA indicator scores are not in the file (komponen); the printed IKPA "
                   "is used as given")
_NEITHER = Teks(id="realisasi maupun sisa tidak diberikan",
                en="neither realisasi nor sisa is given")
_NKA_NEEDS = Teks(id="NKA memerlukan bagian eka dan ikpa", en="NKA needs the eka and ikpa sections")
#: What a printed value only used as an input was used for (``Input.used_for``).
_FOR_NOTHING_ROWS = Teks(id="tidak ada: tidak ada baris output untuk dijumlahkan",
                         en="nothing: no output rows to sum")
_FOR_TOTAL_SISA = Teks(id="total sisa dan penyerapan", en="the total sisa and penyerapan")
_FOR_TOTAL_PENYERAPAN = Teks(id="total penyerapan (realisasi = pagu − sisa)",
                             en="the total penyerapan (realisasi = pagu − sisa)")
_FOR_NOTHING_PAGU = Teks(id="tidak ada: tidak ada pagu di sampingnya",
                         en="nothing: no pagu beside it")
_FOR_PENYERAPAN = Teks(id="penyerapan (realisasi = pagu − sisa)",
                       en="penyerapan (realisasi = pagu − sisa)")
_PENYERAPAN_NC = Teks(id="penyerapan tidak dapat dihitung", en="penyerapan is not computable")


def _pagu_only(kind: str, rows: list[int]) -> str:
    """The reason a sum over rows is not computable: its pagu-only rows, by place."""
    return Pesan(_NO_REALISASI_IN, rows=", ".join(f"{kind}[{index}]" for index in rows))


def _output_row(b: _Builder, index: int, row: dict[str, Any]) -> _Row:
    pagu = b.n(row["pagu"])
    realisasi = b.n(row["realisasi"]) if "realisasi" in row else None
    try:
        kegiatan: str | None = RincianOutput(kode=row["kode"], pagu=0, realisasi=0).kegiatan
    except SakipError:
        kegiatan = None
    if realisasi is None:
        return _Row(index, row["kode"], pagu, None, None, _PAGU_ONLY, kegiatan)
    try:
        ro = RincianOutput(kode=row["kode"], nama=row.get("nama", ""), pagu=pagu,
                           realisasi=realisasi,
                           capaian=b.n(row["capaian"]) if "capaian" in row else None)
    except SakipError as error:
        return _Row(index, row["kode"], pagu, realisasi, None, _reason(error), kegiatan)
    return _Row(index, row["kode"], pagu, realisasi, ro, "", kegiatan)


def _check_anggaran(b: _Builder, ang: dict[str, Any]) -> None:
    rumus = ang.get("rumus_efisiensi", _DEFAULTS["efisiensi"])
    if "rumus_efisiensi" in ang:
        b.declared["efisiensi"] = rumus
    rows: list[_Row] = []
    for index, row in enumerate(ang.get("output", ()), start=1):
        rows.append(_check_output(b, index, row, rumus))
    for index, row in enumerate(ang.get("jenis_belanja", ()), start=1):
        place, lokasi, rnd = f"anggaran.jenis_belanja[{index}]", row.get("lokasi", ""), row.get(
            "rounding")
        key = f"anggaran.jenis_belanja.{row['kode']}"
        pagu = b.n(row["pagu"])
        if "realisasi" not in row:
            for field in ("sisa", "penyerapan"):  # lkj.SPEC's order
                if field in row:
                    b.not_computable(f"{key}.{field}", f"jenis belanja {row['kode']}: {field}",
                                     lokasi, row[field], _PAGU_ONLY, field=f"{place}.{field}")
            continue
        realisasi = b.n(row["realisasi"])
        if "sisa" in row:  # sisa before penyerapan: the findings follow lkj.SPEC's order
            _sisa_finding(b, f"{key}.sisa", f"jenis belanja {row['kode']}: sisa", lokasi,
                          row["sisa"], pagu, realisasi, f"{place}.sisa")
        b.number(f"{key}.penyerapan", f"jenis belanja {row['kode']}: penyerapan", lokasi,
                 row.get("penyerapan"),
                 partial(penyerapan, pagu=pagu, realisasi=realisasi, label=row["kode"]), rnd,
                 field=f"{place}.penyerapan")
    by_kegiatan: dict[str | None, list[_Row]] = {}  # one pass: linear in the outputs
    for r in rows:
        by_kegiatan.setdefault(r.kegiatan, []).append(r)
    for index, row in enumerate(ang.get("kegiatan", ()), start=1):
        _check_kegiatan(b, index, row, by_kegiatan)
    total = ang.get("total")
    if total is not None:
        _check_total(b, total, rows, ang.get("jenis_belanja", ()), rumus)


def _check_output(b: _Builder, index: int, row: dict[str, Any], rumus: str) -> _Row:
    key, lokasi, rnd = f"anggaran.output.{row['kode']}", row.get("lokasi", ""), row.get(
        "rounding")
    place = f"anggaran.output[{index}]"
    r = _output_row(b, index, row)
    label = f"{row['kode']}: "
    printed_fields = [f for f in ("sisa", "penyerapan", "efisiensi", "nilai_efisiensi",
                                  "kategori") if f in row]  # lkj.SPEC's order
    if r.output is None:
        # The fault is the row's own: each printed figure of the row says so, nothing else.
        reason = Pesan(_INCONSISTENT, fault=r.fault)
        if not printed_fields:
            b.not_computable(key, f"{row['kode']}: output", lokasi, None, reason, field=place)
        for field in printed_fields:
            if r.realisasi is None:
                b.not_computable(f"{key}.{field}", label + field, lokasi, row[field],
                                 _PAGU_ONLY, field=f"{place}.{field}")
            elif field == "penyerapan":
                b.number(f"{key}.penyerapan", label + "penyerapan", lokasi, row[field],
                         partial(penyerapan, pagu=r.pagu, realisasi=r.realisasi), rnd,
                         field=f"{place}.penyerapan")
            elif field == "sisa":
                _sisa_finding(b, f"{key}.sisa", label + "sisa", lokasi, row["sisa"], r.pagu,
                              r.realisasi, f"{place}.sisa")
            else:
                b.not_computable(f"{key}.{field}", label + field, lokasi, row[field], reason,
                                 field=f"{place}.{field}")
        return r
    ro = r.output
    assert r.realisasi is not None  # a valid output has one
    if "sisa" in row:  # sisa before penyerapan: the findings follow lkj.SPEC's order
        _sisa_finding(b, f"{key}.sisa", label + "sisa", lokasi, row["sisa"], r.pagu,
                      r.realisasi, f"{place}.sisa")
    b.number(f"{key}.penyerapan", f"{ro.kode}: penyerapan", lokasi, row.get("penyerapan"),
             ro.penyerapan, rnd, field=f"{place}.penyerapan")
    if ro.capaian is None:
        for field in ("efisiensi", "nilai_efisiensi", "kategori"):
            if field in row:
                b.not_computable(f"{key}.{field}", f"{ro.kode}: {field}", lokasi,
                                 row[field], Pesan(_NO_CO),
                                 field=f"{place}.{field}")
        return r
    e = b.number(f"{key}.efisiensi", f"{ro.kode}: efisiensi ({rumus})", lokasi,
                 row.get("efisiensi"), partial(efisiensi, [ro], rumus=rumus),  # type: ignore[arg-type]
                 rnd,
                 field=f"{place}.efisiensi", convention=Convention("efisiensi", rumus),
                 alternatives=_efisiensi_alternatives(b, [ro], rumus))
    _ne_and_kategori(b, key, f"{ro.kode}: ", lokasi, row, e, rnd, place, Pesan(_E_NC))
    return r


def _ne_and_kategori(b: _Builder, key: str, label: str, lokasi: str, row: dict[str, Any],
                     e: Decimal | None, rnd: Rounding | None, place: str, why: str,
                     note: str = "") -> None:
    if e is None:
        why = Pesan(_BECAUSE, why=why, error=b.last_error) if b.last_error else why
        for field in ("nilai_efisiensi", "kategori"):
            if field in row:
                b.not_computable(f"{key}.{field}", label + field.replace("_", " "), lokasi,
                                 row[field], why, field=f"{place}.{field}")
        return
    ne = b.number(f"{key}.nilai_efisiensi", label + "nilai efisiensi", lokasi,
                  row.get("nilai_efisiensi"), partial(nilai_efisiensi, e), rnd,
                  field=f"{place}.nilai_efisiensi", note=note)
    if ne is None:
        if "kategori" in row:
            b.not_computable(f"{key}.kategori", label + "kategori", lokasi, row["kategori"],
                             Pesan(_BECAUSE, why=Pesan(_NE_NC), error=b.last_error)
                             if b.last_error else Pesan(_NE_NC),
                             field=f"{place}.kategori")
        return
    b.label(f"{key}.kategori", label + ("kategori efisiensi" if key.endswith("total")
                                        else "kategori"), lokasi,
            row.get("kategori"), partial(_kategori_efisiensi, ne), field=f"{place}.kategori")


def _blamed_total(b: _Builder, total: dict[str, Any], rnd: Rounding | None,
                  printed: tuple[Decimal | None, Decimal | None],
                  mended: tuple[Decimal | None, Decimal | None],
                  ) -> tuple[Decimal | None, Decimal | None]:
    """The total pagu and realisasi the printed sisa and penyerapan follow.

    When a printed total is a mismatch against its rows, the sisa and
    penyerapan printed beside it may have been computed from the rows (the
    total alone is wrong: one mistake, one mismatch) or from the printed total
    (then they are right for it).  The printed amounts are kept unless they
    reproduce neither printed figure and the rows' sums reproduce one.
    """
    def fits(amounts: tuple[Decimal | None, Decimal | None]) -> bool:
        p, ra = amounts
        if p is None or ra is None:
            return False
        policy = rnd or b.laporan.rounding
        try:
            checks = [("sisa", CONTEXT.subtract(p, ra), Rounding(places=0)),
                      ("penyerapan", penyerapan(pagu=p, realisasi=ra).value, policy)]
        except SakipError:
            return False
        return any(_compare(total[k], v, r, b.angka)[0] != "mismatch"
                   for k, v, r in checks if k in total)

    return mended if not fits(printed) and fits(mended) else printed


def _sisa_finding(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                  pagu: Decimal, realisasi: Decimal, field: str, note: str = "") -> None:
    terms = [("P (pagu)", pagu), ("− RA (realisasi)", realisasi.copy_negate())]
    b.number(id, label + " = P − RA", lokasi, printed, lambda: CONTEXT.subtract(pagu, realisasi),
             Rounding(places=0), field=field, note=note,
             explain=lambda r: _sum_explanation(label + " = P − RA", terms, r, lokasi))


def _check_kegiatan(b: _Builder, index: int, row: dict[str, Any],
                    by_kegiatan: dict[str | None, list[_Row]]) -> None:
    place = f"anggaran.kegiatan[{index}]"
    lokasi = row.get("lokasi", "")
    for field in ("pagu", "realisasi"):
        if field not in row:
            continue
        id = f"anggaran.kegiatan.{row['kode']}.{field}"
        label = Pesan(_SUM_OUTPUTS, kode=row["kode"], field=field)
        unknown = by_kegiatan.get(None, [])
        mine = by_kegiatan.get(row["kode"], [])
        if unknown:
            b.not_computable(id, label, lokasi, row[field], Pesan(_KEGIATAN_UNKNOWN, rows=", ".join(
                f"anggaran.output[{r.index}]" for r in unknown)), field=f"{place}.{field}")
        elif not by_kegiatan:  # no output rows at all: an input (lkj.input_fields)
            b.input(f"kegiatan {row['kode']}: {field}", lokasi, row[field],
                    Pesan(_FOR_NOTHING_ROWS), field=f"{place}.{field}")
        elif not mine:
            b.not_computable(id, label, lokasi, row[field],
                             Pesan(_NO_OUTPUT_ROW, kode=row["kode"]),
                             field=f"{place}.{field}")
        elif any(getattr(r, field) is None for r in mine):
            b.not_computable(id, label, lokasi, row[field], _pagu_only(
                "anggaran.output", [r.index for r in mine if r.realisasi is None]),
                field=f"{place}.{field}")
        else:
            _sum_finding(b, id, label, lokasi, row[field],
                         [(r.kode, getattr(r, field)) for r in mine], field=f"{place}.{field}")


# The findings' labels (a kode from the file stays as written).
_SUM_OUTPUTS = Teks(id="kegiatan {kode}: {field} (Σ output)",
                    en="kegiatan {kode}: {field} (Σ outputs)")
_TOTAL_OUTPUTS = Teks(id="total {field} (Σ output)", en="total {field} (Σ outputs)")
_FROM_RAW = Teks(id="IKPA {name} (dari data mentahnya)", en="IKPA {name} (from its raw data)")

# The derivations' words of the categories (the band tables' names and citations are data).
_NE_BAND = Teks(id="pita NE (batas bawah termasuk)", en="band of NE (lower bounds inclusive)")
_RASIO_BAND = Teks(id="pita realisasi / anggaran × 100 ({aturan})",
                   en="band of realisasi / anggaran × 100 ({aturan})")
_IKPA_OF_NILAI = Teks(id="Kategori IKPA dari nilai yang tercetak",
                      en="Kategori IKPA of the printed nilai")
_IKPA_BANDS = Teks(id="≥ 95 Sangat Baik; ≥ 89 Baik; ≥ 70 Cukup; di bawahnya Kurang",
                   en="≥ 95 Sangat Baik; ≥ 89 Baik; ≥ 70 Cukup; below Kurang")


def _kategori_efisiensi(ne: Decimal) -> tuple[str, Explanation]:
    label = KATEGORI_EFISIENSI.label(ne)
    return label, _label_explanation("Kategori efisiensi", "kategori",
                                     _NE_BAND, (("NE", ne),),
                                     label, KATEGORI_EFISIENSI.citation)


def _check_total(b: _Builder, total: dict[str, Any], rows: list[_Row],
                 jenis: tuple[dict[str, Any], ...], rumus: str) -> None:
    lokasi, rnd = total.get("lokasi", "anggaran total"), total.get("rounding")
    place = "anggaran.total"
    sums: dict[str, Decimal] = {}
    wrong: dict[str, Decimal] = {}  # the printed totals that are mismatches: their rows' sums
    blamed = ""
    for field in ("pagu", "realisasi"):
        lacking = [r.index for r in rows if getattr(r, field) is None]
        lacking_jenis = [i for i, row in enumerate(jenis, start=1) if field not in row]
        if (lacking and rows) or (lacking_jenis and not rows):
            if field in total:  # a sum over rows some of which print a pagu only
                b.not_computable(f"anggaran.total.{field}", f"total {field}", lokasi,
                                 total[field], _pagu_only(
                                     "anggaran.output" if rows else "anggaran.jenis_belanja",
                                     lacking if rows else lacking_jenis),
                                 field=f"{place}.{field}")
            continue
        by_output = [(r.kode, getattr(r, field)) for r in rows]
        by_jenis = [(row["kode"], b.n(row[field])) for row in jenis if field in row]
        if lacking_jenis:  # the outputs are summed; jenis belanja rows cannot be compared
            by_jenis = []
        if rows:
            sums[field] = exact_sum(v for _, v in by_output)
        elif jenis:
            sums[field] = exact_sum(v for _, v in by_jenis)
        if field not in total:
            continue
        id, where = f"anggaran.total.{field}", f"{place}.{field}"
        before = len(b.findings)
        if rows:
            _sum_finding(b, id, Pesan(_TOTAL_OUTPUTS, field=field), lokasi, total[field], by_output,
                         field=where, also=("jenis belanja", by_jenis) if jenis else None)
        elif jenis:
            _sum_finding(b, id, f"total {field} (Σ jenis belanja)", lokasi, total[field],
                         by_jenis, field=where)
        else:  # nothing to sum: an input (lkj.input_fields), not a figure
            b.input(f"total {field}", lokasi, total[field], Pesan(_FOR_TOTAL_SISA),
                    field=where)
        if len(b.findings) > before and b.findings[-1].status == "mismatch" and field in sums:
            wrong[field] = sums[field]
    pagu = b.n(total["pagu"]) if "pagu" in total else sums.get("pagu")
    realisasi = b.n(total["realisasi"]) if "realisasi" in total else None
    if wrong:  # a wrong printed total is blamed once: sisa and penyerapan may use the rows
        mended = (wrong.get("pagu", pagu), wrong.get("realisasi", realisasi))
        pagu, realisasi = _blamed_total(b, total, rnd, (pagu, realisasi), mended)
        if (pagu, realisasi) == mended:
            blamed = Pesan(_BLAMED[len(wrong) == 1], fields=" and ".join(wrong))
    basis = _BASIS_PRINTED
    if realisasi is None and pagu is not None and "sisa" in total:
        realisasi, basis = CONTEXT.subtract(pagu, b.n(total["sisa"])), _BASIS_SISA
    elif realisasi is None and "realisasi" in sums:
        realisasi, basis = sums["realisasi"], _BASIS_ROWS
    if "sisa" in total:
        if pagu is not None and "realisasi" in total and realisasi is not None:
            _sisa_finding(b, "anggaran.total.sisa", "total sisa", lokasi, total["sisa"], pagu,
                          realisasi, f"{place}.sisa", note=blamed)
        elif pagu is not None and "realisasi" in sums:
            _sisa_finding(b, "anggaran.total.sisa", "total sisa", lokasi, total["sisa"], pagu,
                          sums["realisasi"], f"{place}.sisa")
        elif rows or jenis:  # rows some of which print a pagu only: no Σ realisasi
            lacking = [r.index for r in rows if r.realisasi is None]
            lacking_jenis = [i for i, row in enumerate(jenis, start=1)
                             if "realisasi" not in row]
            b.not_computable("anggaran.total.sisa", "total sisa", lokasi, total["sisa"],
                             _pagu_only("anggaran.output" if rows else "anggaran.jenis_belanja",
                                        lacking if rows else lacking_jenis),
                             field=f"{place}.sisa")
        else:  # neither pagu and realisasi nor rows: an input (lkj.input_fields)
            b.input("total sisa", lokasi, total["sisa"], Pesan(_FOR_TOTAL_PENYERAPAN)
                    if pagu is not None else Pesan(_FOR_NOTHING_PAGU), field=f"{place}.sisa")
    if "penyerapan" in total:
        if pagu is None or realisasi is None:
            b.not_computable("anggaran.total.penyerapan", "total penyerapan", lokasi,
                             total["penyerapan"], Pesan(_NEEDS_TOTAL),
                             field=f"{place}.penyerapan")
        else:
            p, ra = pagu, realisasi
            topic = _BASIS_TOPIC
            others = tuple(
                (Convention(topic, f"PK {pk['kode']} total"),
                 partial(penyerapan, pagu=b.n(pk["total"]), realisasi=ra, label="total"))
                for pk in b.laporan.perjanjian_kinerja if "total" in pk)
            def compute() -> Figure:
                if basis is _BASIS_SISA:  # the explanation shows the sisa
                    return penyerapan(pagu=p, sisa=b.n(total["sisa"]), label="total")
                return penyerapan(pagu=p, realisasi=ra, label="total")

            b.number("anggaran.total.penyerapan", "total penyerapan", lokasi,
                     total["penyerapan"], compute, rnd,
                     field=f"{place}.penyerapan",
                     note=blamed if basis is _BASIS_PRINTED else Pesan(_FROM, basis=basis),
                     convention=Convention(topic, "total pagu") if others else None,
                     alternatives=others)
    valid = [r.output for r in rows if r.output is not None]
    faulty = [r for r in rows if r.output is None]
    with_co = [ro for ro in valid if ro.capaian is not None]
    why = ""
    if faulty:
        why = Pesan(_INCONSISTENT_OUTPUTS, outputs=gabung(*(
            Pesan(_OUTPUT_FAULT, index=r.index, kode=r.kode, fault=r.fault) for r in faulty)))
    elif not with_co:
        why = Pesan(_NO_OUTPUT_CO)
    if "capaian_output" in total:
        if why:
            b.not_computable("anggaran.total.capaian_output",
                             "total capaian output (arithmetic mean)", lokasi,
                             total["capaian_output"], why, field=f"{place}.capaian_output")
        else:
            b.number("anggaran.total.capaian_output", "total capaian output (arithmetic mean)",
                     lokasi, total["capaian_output"],
                     lambda: capaian_output(with_co, metode="arithmetic"), rnd,
                     field=f"{place}.capaian_output",
                     convention=Convention("capaian output", "arithmetic"),
                     alternatives=((Convention("capaian output", "geometric"),
                                    partial(capaian_output, with_co, metode="geometric")),))
    if why:
        for field in ("efisiensi", "nilai_efisiensi", "kategori"):
            if field in total:
                b.not_computable(f"anggaran.total.{field}", f"total {field.replace('_', ' ')}",
                                 lokasi, total[field], why, field=f"{place}.{field}")
        return
    e = b.number("anggaran.total.efisiensi", f"total efisiensi ({rumus})", lokasi,
                 total.get("efisiensi"), lambda: efisiensi(with_co, rumus=rumus), rnd,  # type: ignore[arg-type]
                 field=f"{place}.efisiensi", convention=Convention("efisiensi", rumus),
                 alternatives=_efisiensi_alternatives(b, with_co, rumus))
    note = ""
    if "efisiensi" in total and e is not None:
        from_printed = nilai_efisiensi(b.n(total["efisiensi"])).value
        if "nilai_efisiensi" in total and not isinstance(
                total["nilai_efisiensi"], _TanpaNilai) and _compare(
                total["nilai_efisiensi"], from_printed, rnd or b.laporan.rounding,
                b.angka)[0] == "match":
            note = Pesan(_FOLLOWS_FROM_E, e=total["efisiensi"])
    _ne_and_kategori(b, "anggaran.total", "total ", lokasi, total, e, rnd, place,
                     Pesan(_TOTAL_E_NC), note=note)


_EKA_KOMPONEN = ("capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi")


def _ikpa_raw_data(b: _Builder, sec: dict[str, Any], tahun_laporan: int
                   ) -> tuple[dict[str, Figure], list[SakipError]]:
    """``[ikpa.data]``: each indicator's raw data through its calculator.

    The rule set is the ``[ikpa]`` one (``aturan``, else that of ``tahun``, else
    of the report's year).  An indicator whose score ``komponen`` prints is a
    figure, checked against the calculator (one finding); the IKPA then takes
    the calculator's result when it computes (a wrong printed score is blamed
    once, at the score), else the printed score.  An indicator without a printed
    score enters the IKPA with the calculator's result; when that cannot be
    computed, the IKPA is not computable with its reason (the errors returned).
    """
    from sakip.ikpa import ikpa_rule_for

    data = sec.get("data") or {}
    tahun = sec.get("tahun", tahun_laporan)
    try:
        aturan = sec.get("aturan") or ikpa_rule_for(tahun).name
    except SakipError:
        aturan = ""
    out: dict[str, Figure] = {}
    errors: list[SakipError] = []
    lokasi, rnd = sec.get("lokasi", ""), sec.get("rounding")
    for name, raw in data.items():
        compute = partial(_ikpa_calculator, b, name, raw, aturan, tahun)
        printed = sec.get("komponen", {}).get(name)
        if printed is not None:
            b.number(f"ikpa.komponen.{name}", Pesan(_FROM_RAW, name=name.replace("_", " ")),
                     lokasi, printed, compute, rnd, field=f"ikpa.komponen.{name}")
        try:
            out[name] = compute()
        except SakipError as error:
            if printed is None:
                errors.append(error)
    return out, errors


def _ikpa_calculator(b: _Builder, name: str, raw: dict[str, Any], aturan: str,
                     tahun: int) -> Figure:
    """One indicator's calculator on its raw data from the file."""
    import datetime

    from sakip import ikpa_indikator as ik

    if name == "revisi_dipa":
        triwulan = raw.get("triwulan")
        return ik.ikpa_revisi_dipa(semester_i=raw.get("semester_i"),
                                   semester_ii=raw.get("semester_ii"),
                                   triwulan=list(triwulan) if triwulan is not None else None,
                                   aturan=aturan)
    if name == "penyelesaian_tagihan":
        return ik.ikpa_penyelesaian_tagihan(tepat_waktu=raw["tepat_waktu"],
                                            jumlah=raw["jumlah"], aturan=aturan)
    if name == "pengelolaan_up_tup":
        def maybe(key: str) -> Decimal | None:
            return b.n(raw[key]) if key in raw else None
        kkp = raw.get("realisasi_kkp")
        return ik.ikpa_pengelolaan_up_tup(
            ketepatan_waktu=maybe("ketepatan_waktu"), gup_disebulankan=maybe("gup_disebulankan"),
            setoran_tup=maybe("setoran_tup"), up_kkp=maybe("up_kkp"),
            realisasi_kkp=None if kkp is None else [b.n(v) for v in kkp], aturan=aturan)
    if name == "belanja_kontraktual":
        dates = []
        for i, text in enumerate(raw.get("kontrak_dini", ()), start=1):
            try:
                dates.append(datetime.date.fromisoformat(text))
            except ValueError:
                raise InvalidValueError(field=f"ikpa.data.belanja_kontraktual.kontrak_dini[{i}]",
                                        expected="a date YYYY-MM-DD", received=text) from None
        aksel = raw.get("akselerasi_53")
        if aksel is not None and len(aksel) != 2:
            raise InvalidValueError(field="ikpa.data.belanja_kontraktual.akselerasi_53",
                                    expected="[finished by 31 March, all]", received=list(aksel))
        return ik.ikpa_belanja_kontraktual(
            tahun=tahun, distribusi_tw2=b.n(raw["distribusi_tw2"]) if "distribusi_tw2" in raw
            else None, kontrak_dini=dates or None,
            nilai_kontrak_lain=b.n(raw["nilai_kontrak_lain"]) if "nilai_kontrak_lain" in raw
            else None, akselerasi_53=(aksel[0], aksel[1]) if aksel is not None else None,
            aturan=aturan)
    assert name == "capaian_output"
    ros = [ik.CapaianRO(kode=ro["kode"], **{k: b.n(ro[k]) for k in ("pcro", "tpcro", "rvro",
                                                                      "volume") if k in ro},
                        terkonfirmasi=ro.get("terkonfirmasi", True)) for ro in raw["ro"]]
    return ik.ikpa_capaian_output(ros, ketepatan_waktu=b.n(raw["ketepatan_waktu"]) if (
        "ketepatan_waktu" in raw) else None, bulan=raw["bulan"], tahun=tahun, aturan=aturan)


def _check_eka_ikpa_nka(b: _Builder, lap: Laporan) -> None:
    if lap.eka is not None:
        sec = lap.eka
        if "komponen" in sec:
            komponen = {k: b.n(v) for k, v in sec["komponen"].items()}

            def compute_eka() -> Figure:
                if sorted(komponen) != sorted(_EKA_KOMPONEN):
                    raise InvalidValueError(field="eka.komponen",
                                            expected="exactly " + ", ".join(_EKA_KOMPONEN),
                                            received=", ".join(komponen))
                return eka(aturan=sec.get("aturan", "pmk-22-2021"), **komponen)

            b.number("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"], compute_eka,
                     sec.get("rounding"), field="eka.nilai")
        else:
            b.not_computable("eka.nilai", "EKA", sec.get("lokasi", ""), sec["nilai"],
                             Pesan(_NO_EKA), field="eka.nilai")
    if lap.ikpa is not None:
        sec = lap.ikpa
        lokasi = sec.get("lokasi", "")
        data = sec.get("data") or {}
        if "komponen" in sec or data:
            # "-" is the printed "not assessed" (konversi bobot): None to the formula
            scores: dict[str, Decimal | Figure | None] = {
                k: None if v.strip() in _TIDAK_DINILAI else b.n(v)
                for k, v in sec.get("komponen", {}).items()}
            aturan = sec.get("aturan")
            tahun = sec.get("tahun", lap.tahun) if aturan is None else None
            computed, failed = _ikpa_raw_data(b, sec, lap.tahun)
            scores.update(computed)
            skipped = [k for k, v in scores.items() if v is None]
            blu = bool(sec.get("blu", False))

            def compute_ikpa() -> Figure:
                if failed:
                    raise failed[0]
                try:
                    return ikpa(scores, aturan=aturan, tahun=tahun, blu=blu)
                except NotComputableError as error:
                    if len(skipped) != len(scores):  # pragma: no cover - ikpa's only case
                        raise
                    raise NotComputableError(
                        field="ikpa.komponen", reason=Pesan(_ALL_DASH, reason=terjemah(
                            error.reason))) from None
                except SakipError as error:  # an indicator the file leaves out
                    if error.received != "(missing)" or error.field in scores:
                        raise
                    raise InvalidValueError(
                        field="ikpa.komponen", expected=f"a score for {error.field} (every "
                        "indicator of the rule set; \"-\" when it is not assessed)",
                        received=", ".join(scores) or "none") from None

            note = Pesan(_KONVERSI, names=", ".join(skipped)) if skipped else ""
            b.number("ikpa.nilai", "IKPA", lokasi, sec["nilai"], compute_ikpa,
                     sec.get("rounding"), field="ikpa.nilai", note=note)
        else:
            b.not_computable("ikpa.nilai", "IKPA", lokasi, sec["nilai"],
                             Pesan(_NO_IKPA), field="ikpa.nilai")

        def kategori() -> tuple[str, Explanation]:
            rule = ikpa_rule_for(sec.get("tahun", lap.tahun))
            label = KATEGORI_IKPA.label(b.n(sec["nilai"]))
            return label, _label_explanation(
                _IKPA_OF_NILAI, "kategori", _IKPA_BANDS,
                (("nilai", b.n(sec["nilai"])), ("aturan", rule.name)), label,
                KATEGORI_IKPA.citation)

        b.label("ikpa.kategori", "IKPA kategori", lokasi, sec.get("kategori"), kategori,
                field="ikpa.kategori")
    if lap.nka is not None:
        sec = lap.nka
        if lap.eka is None or lap.ikpa is None:
            b.not_computable("nka.nilai", "NKA", sec.get("lokasi", ""), sec["nilai"],
                             Pesan(_NKA_NEEDS), field="nka.nilai")
        else:
            e_text, i_text = lap.eka["nilai"], lap.ikpa["nilai"]
            b.number("nka.nilai", "NKA = 60 % EKA + 40 % IKPA", sec.get("lokasi", ""),
                     sec["nilai"], lambda: nka(eka=b.n(e_text), ikpa=b.n(i_text)),
                     sec.get("rounding"), field="nka.nilai")


def _check_pagu(b: _Builder, sec: dict[str, Any]) -> None:
    """Pagu history: the printed bases, sisa and penyerapan against the basis the report names."""
    lokasi, rnd = sec.get("lokasi", "anggaran pagu"), sec.get("rounding")
    basis = sec.get("basis", _DEFAULTS[_BASIS_TOPIC])  # undeclared: every basis is tried
    if "basis" in sec:
        b.declared[_BASIS_TOPIC] = basis
    key = place = "anggaran.pagu"
    try:
        h = RiwayatPagu(dipa_awal=b.n(sec["dipa_awal"]),
                        penghematan=b.n(sec.get("penghematan", "0")),
                        pagu_revisi=b.n(sec["pagu_revisi"]) if "pagu_revisi" in sec else None,
                        blokir=b.n(sec.get("blokir", "0")))
    except SakipError as error:
        if "sisa" in sec and "realisasi" not in sec:  # an input (lkj.input_fields)
            b.input("sisa anggaran", lokasi, sec["sisa"], Pesan(_FOR_PENYERAPAN),
                    field=f"{place}.sisa")
        for field in ("setelah_penghematan", "efektif", "sisa", "penyerapan", "kategori"):
            if field == "sisa" and "realisasi" not in sec:
                continue
            if field in sec:
                b.not_computable(f"{key}.{field}", f"pagu: {field}", lokasi, sec[field],
                                 _reason(error), field=f"{place}.{field}")
        return
    if "setelah_penghematan" in sec:
        terms = [("DIPA awal", h.dipa_awal), ("− penghematan", h.penghematan.copy_negate())]
        _sum_finding(b, f"{key}.setelah_penghematan", "anggaran setelah penghematan (DIPA awal "
                     "− penghematan)", lokasi, sec["setelah_penghematan"], terms,
                     field=f"{place}.setelah_penghematan")
    if "efektif" in sec:
        terms = [("pagu revisi", h.pagu("revisi")), ("− blokir", h.blokir.copy_negate())]
        _sum_finding(b, f"{key}.efektif", "pagu efektif (pagu revisi − blokir)", lokasi,
                     sec["efektif"], terms, field=f"{place}.efektif")
    bases: list[Basis] = [basis, *(x for x in ("dipa-awal", "revisi", "efektif")
                                   if x != basis)]
    realisasi = b.n(sec["realisasi"]) if "realisasi" in sec else None
    sisa = b.n(sec["sisa"]) if "sisa" in sec else None
    if realisasi is not None and sisa is not None:
        _by_convention(b, f"{key}.sisa", "sisa anggaran (pagu − realisasi)", lokasi,
                       sec["sisa"], Rounding(places=0),
                       [(Convention(_BASIS_TOPIC, x), partial(_sisa_on, h, x, realisasi))
                        for x in bases], field=f"{place}.sisa")
    elif sisa is not None:  # no realisasi: an input (lkj.input_fields), not a figure
        b.input("sisa anggaran", lokasi, sec["sisa"], Pesan(_FOR_PENYERAPAN),
                field=f"{place}.sisa")
    serapan = None
    if realisasi is None and sisa is None:
        for field in ("penyerapan", "kategori"):
            if field in sec:
                b.not_computable(f"{key}.{field}", f"pagu: {field}", lokasi, sec[field],
                                 Pesan(_NEITHER),
                                 field=f"{place}.{field}")
        return
    given = {"realisasi": realisasi} if realisasi is not None else {"sisa": sisa}
    serapan, _ = _by_convention(
        b, f"{key}.penyerapan", "penyerapan", lokasi, sec.get("penyerapan"), rnd,
        [(Convention(_BASIS_TOPIC, x), partial(h.penyerapan, basis=x, **given))
         for x in bases], field=f"{place}.penyerapan")
    if "kategori" in sec:
        if serapan is None:
            b.not_computable(f"{key}.kategori", "rasio efisiensi: kategori", lokasi,
                             sec["kategori"], Pesan(_PENYERAPAN_NC),
                             field=f"{place}.kategori")
            return
        # kategori_aturan declared, or detected: the default reading first, the other tried
        aturan = sec.get("kategori_aturan", _DEFAULTS[_KATEGORI_RASIO_TOPIC])
        if "kategori_aturan" in sec:
            b.declared[_KATEGORI_RASIO_TOPIC] = aturan
        _label_by_convention(b, f"{key}.kategori", "rasio efisiensi: kategori", lokasi,
                             sec["kategori"], [(Convention(_KATEGORI_RASIO_TOPIC, x), partial(
                                 _kategori_rasio, serapan, x)) for x in (aturan, *(
                                     y for y in _KATEGORI_RASIO if y != aturan))],
                             field=f"{place}.kategori")


def _sisa_on(h: RiwayatPagu, basis: Basis, realisasi: Decimal) -> Figure:
    """Sisa on ``basis`` as a figure that explains itself (the penyerapan's P − RA)."""
    return _Sisa(value=CONTEXT.subtract(h.pagu(basis), realisasi),
                 penyerapan=h.penyerapan(realisasi=realisasi, basis=basis))


@attrs.frozen(kw_only=True)
class _Sisa(Figure):
    """Sisa anggaran = pagu (on a basis) − realisasi."""

    penyerapan: PenyerapanPagu

    def _derive(self, trace: Trace) -> Decimal:
        p = self.penyerapan
        p._derive(trace)
        value = CONTEXT.subtract(p.pagu, p.realisasi)
        trace.add("sisa", "P − RA", (("P (pagu " + p.basis + ")", p.pagu),
                                     ("RA (realisasi)", p.realisasi)), value)
        return value

    def _title(self) -> str:
        return f"Sisa anggaran terhadap pagu {self.penyerapan.basis}"


def _kategori_rasio(rasio: Decimal, aturan: str) -> tuple[str, Explanation]:
    label = kategori_rasio_efisiensi(rasio, kategori=aturan)
    bands = rules.find("kategori-rasio-efisiensi", aturan)
    return label, _label_explanation("Kategori rasio efisiensi", "kategori",
                                     filled(_RASIO_BAND, aturan=aturan),
                                     (("rasio efisiensi", rasio),), label, bands.citation)
