"""Checks of an LKjIP's evaluasi hasil Renja table (Permendagri 86/2017 form).

Every K and Rp column (kolom 13, 14, 15, and the year's capaian where an LKjIP
prints it) is recomputed from the row's inputs (kolom 6–12) through
:func:`sakip.evaluasi_renja`; a stock row printed as a sum is flagged; a zero
target makes its capaian not computable, with the reason, whether the table
prints a number or ``#DIV/0!``.  The footer (mean, Σ pagu, Σ realisasi, the
budget ratio, predikat) follows from the recomputed rows through
:func:`sakip.rekap_renja`; band labels are read on the five-band table under
the declared gap reading, the other tried as a named convention.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any, Literal

import attrs

from sakip._bahasa import Pesan, Teks, gabung
from sakip._decimal import ZERO
from sakip._katalog import pesan_error, terjemah
from sakip.errors import NotComputableError, SakipError
from sakip.explain import Explanation, Figure, NotComputable, filled
from sakip.lkj import _TIDAK_TERHITUNG
from sakip.renja import EvaluasiRenja, evaluasi_renja, rekap_renja, tingkat_capaian
from sakip.reviu._builder import (
    _WHAT,
    _Builder,
    _by_convention,
    _compare,
    _Conventions,
    _label_explanation,
    _show,
    _sum_finding,
)
from sakip.reviu._findings import _AGREGAT_TOPIC, Convention, Finding

#: Topic of the gap reading of the five-band table (see :meth:`Reviu.conventions`).
_CELAH_TOPIC = "celah tingkat capaian"

#: The checked figures of a K or Rp table: key, kolom words, attribute of EvaluasiRenja.
_COLUMNS: tuple[tuple[str, str | Teks], ...] = (
    ("realisasi", "kolom 13 (realisasi)"),
    ("realisasi_renstra", "kolom 14 (realisasi Renstra)"),
    ("capaian_renstra", "kolom 15 (capaian Renstra)"),
    ("capaian", Teks(id="capaian tahun ini (13 ÷ 8)", en="capaian of the year (13 ÷ 8)")))

# The findings' labels and the derivations' words (a kode from the file stays as written).
_FIGURE = Teks(id="{what}: {words}", en="{what}: {words}")
_FIVE_BANDS = Teks(id="Tingkat capaian (tabel lima pita)", en="Tingkat capaian (five-band table)")
_BAND_OF_CAPAIAN = Teks(id="pita capaian ({aturan}; celah {celah})",
                        en="band of the capaian ({aturan}; celah {celah})")

#: Why a stock row printed under the flow reading is wrong, per column.
_SUMMED = {"realisasi": Teks(
               id="triwulan dari indikator stok dijumlahkan (kolom 13 adalah triwulan terakhir "
                  "yang dilaporkan dari suatu tingkat)",
               en="the quarters of a stock indicator summed (kolom 13 is the last reported "
                  "quarter of a level)"),
           "realisasi_renstra": Teks(
               id="indikator stok dijumlahkan antar tahun (kolom 14 = kolom 7 + kolom 13; "
                  "suatu tingkat adalah nilai terakhirnya, bukan jumlah)",
               en="a stock indicator summed across years (kolom 14 = kolom 7 + kolom 13; a "
                  "level is the latest value, not a sum)"),
           "capaian_renstra": Teks(
               id="kolom 15 pada indikator stok yang dijumlahkan antar tahun",
               en="kolom 15 on a stock indicator summed across years"),
           "capaian": Teks(
               id="capaian tahun ini atas triwulan indikator stok yang dijumlahkan",
               en="the year's capaian on the summed quarters of a stock indicator")}
#: The other reasons this module writes (a finding's ``reason``, in both languages).
_ROW_INPUTS = Teks(id="masukan baris: {error}", en="the row's inputs: {error}")
_NO_KOLOM_6 = Teks(id="kolom 6 (target Renstra) tidak ada di berkas",
                   en="kolom 6 (target Renstra) is not in the file")
_REASON_FIELD = Teks(id="{reason} ({field})", en="{reason} ({field})")
_AS_IF_UNDEFINED = Teks(id="tercetak {printed} seolah tidak terdefinisi; masukannya memberi "
                           "{shown}",
                        en="printed {printed} as if undefined; the inputs give {shown}")
_SUMMED_GIVES = Teks(id="{summed}: pembacaan yang dijumlahkan memberi angka tercetak {printed}",
                     en="{summed}: the summed reading gives the printed {printed}")
_CAPAIAN_NC = Teks(id="capaiannya tidak dapat dihitung: {why}",
                   en="its capaian is not computable: {why}")
_CELAH = Teks(
    id="sesuai dengan {other}, tidak dengan celah {what} {declared} ({was}): nilainya berada di "
       "celah antara interval tercetak",
    en="reproduces under {other}, not under the {what} celah {declared} ({was}): the value lies "
       "in a gap of the printed intervals")
_FOOTER_UNKNOWN = Teks(id="kaki tabel menyebut baris yang tidak ada di tabel: {rows}",
                       en="the footer names rows not in the table: {rows}")
_ROW_NO_FIGURES = Teks(id="baris {code} tidak punya angka {part}",
                       en="row {code} has no {part} figures")
_ROW_ERROR = Teks(id="baris {code}: {error}", en="row {code}: {error}")


def _evaluate(b: _Builder, fig: dict[str, Any], agregasi: str) -> EvaluasiRenja:
    """``evaluasi_renja`` on a K or Rp table's inputs (kolom 6–12)."""
    lalu = fig.get("realisasi_renstra_lalu")
    six = fig.get("target_renstra")  # absent: kolom 15 is reported not computable
    return evaluasi_renja(
        target_renstra=ZERO if six is None else b.n(six),
        realisasi_renstra_lalu=None if lalu is None else b.n(lalu), target=b.n(fig["target"]),
        realisasi_triwulan=[None if fig.get(f"tw{q}") is None else b.n(fig[f"tw{q}"])
                            for q in range(1, 5)], agregasi=agregasi)


def _check_evaluasi_renja(b: _Builder, tab: dict[str, Any], index: int) -> None:
    """One ``[[evaluasi_renja]]`` table: each row's K and Rp columns and labels, the footer."""
    kode = tab["kode"]
    place = f"evaluasi_renja[{index}]"
    evaluated: dict[str, dict[str, EvaluasiRenja | SakipError | None]] = {}
    for i, row in enumerate(tab["baris"], start=1):
        lokasi = row.get("lokasi") or tab.get("lokasi") or kode
        evaluated[row["kode"]] = {}
        for part in ("k", "rp"):
            fig = row.get(part)
            if fig is None:
                evaluated[row["kode"]][part] = None
                continue
            agregasi = row.get("agregasi", "flow") if part == "k" else "flow"
            try:
                ev: EvaluasiRenja | SakipError = _evaluate(b, fig, agregasi)
            except SakipError as error:
                ev = error
            evaluated[row["kode"]][part] = ev
            _check_figure(b, tab, row, part, fig, ev, agregasi,
                          id=f"evaluasi_renja.{kode}.{row['kode']}.{part}",
                          field=f"{place}.baris[{i}].{part}", lokasi=lokasi)
    if tab.get("rekap") is not None:
        _check_rekap(b, tab, tab["rekap"], evaluated, place)


def _check_figure(b: _Builder, tab: dict[str, Any], row: dict[str, Any], part: str,
                  fig: dict[str, Any], ev: EvaluasiRenja | SakipError, agregasi: str, *,
                  id: str, field: str, lokasi: str) -> None:
    rounding = fig.get("rounding") or row.get("rounding") or tab.get("rounding")
    what = f"{row['kode']} {part.upper()}"
    for key, words in _COLUMNS:
        printed = fig.get(key)
        if printed is None:
            continue
        label, where = Pesan(_FIGURE, what=what, words=words), f"{field}.{key}"
        if isinstance(ev, SakipError):
            b.not_computable(f"{id}.{key}", label, lokasi, printed,
                             Pesan(_ROW_INPUTS, error=pesan_error(ev, as_written=False)),
                             field=where)
            continue
        figure = getattr(ev, key)
        if key == "capaian_renstra" and "target_renstra" not in fig:
            figure = NotComputable(field="target_renstra", reason=Pesan(_NO_KOLOM_6))
        if isinstance(figure, NotComputable):
            b.not_computable(f"{id}.{key}", label, lokasi, printed,
                             Pesan(_REASON_FIELD, reason=terjemah(figure.reason),
                                   field=figure.field), field=where)
            continue
        if printed.strip() in _TIDAK_TERHITUNG:
            shown = _show(figure.value, 2, angka=b.angka)
            b.findings.append(Finding(
                id=f"{id}.{key}", label=label, lokasi=lokasi, printed=printed,
                recomputed=figure.value, status="mismatch", field=where,
                explanation=figure.explain(),
                reason=Pesan(_AS_IF_UNDEFINED, printed=printed, shown=shown)))
            continue
        before = len(b.findings)
        b.number(f"{id}.{key}", label, lokasi, printed, partial(_figure, figure), rounding,
                 field=where)
        if agregasi == "stock" and len(b.findings) > before:
            _flag_summed(b, fig, key, printed, rounding)
    if "predikat" in fig:
        dasar = tab.get("dasar", "capaian")
        basis = None if isinstance(ev, SakipError) else getattr(ev, dasar)
        _check_label(b, tab, f"{id}.predikat", f"{what}: predikat ({dasar})", lokasi,
                     fig["predikat"], basis if isinstance(basis, Figure) else None,
                     "the row's inputs" if isinstance(ev, SakipError) else
                     getattr(basis, "reason", ""), field=f"{field}.predikat")


def _figure(figure: Figure) -> Figure:
    return figure


def _flag_summed(b: _Builder, fig: dict[str, Any], key: str, printed: str,
                 rounding: Any) -> None:
    """A stock row's mismatch that the flow (summed) reading reproduces: say so."""
    found = b.findings[-1]
    if found.status != "mismatch":
        return
    try:
        flow = _evaluate(b, fig, "flow")
        if key in ("realisasi_renstra", "capaian_renstra"):  # kolom 7 + the level of 13
            stock = _evaluate(b, fig, "stock").realisasi
            if not isinstance(stock, Figure):
                return
            flow = _evaluate(b, {**fig, "tw1": None, "tw2": None, "tw3": None,
                                 "tw4": _show(stock.value, angka=b.angka, thousands=False)},
                             "flow")
        summed = getattr(flow, key)
    except SakipError:
        return
    if not isinstance(summed, Figure):
        return
    status = _compare(printed, summed.value, rounding or b.laporan.rounding, b.angka)[0]
    if status != "mismatch":
        b.findings[-1] = attrs.evolve(found, reason=gabung(
            Pesan(_SUMMED_GIVES, summed=_SUMMED[key], printed=printed), found.reason))


def _check_label(b: _Builder, tab: dict[str, Any], id: str, label: str, lokasi: str,
                 printed: str, basis: Figure | None, why: str, *, field: str) -> None:
    """A printed five-band label under the declared celah; the other is a named convention."""
    if basis is None:
        b.not_computable(id, label, lokasi, printed, Pesan(_CAPAIAN_NC, why=why), field=field)
        return
    labels = tab.get("label", "tinggi-rendah")
    declared = tab.get("celah", "bawah")
    order = [declared, *(c for c in ("bawah", "atas") if c != declared)]
    before = len(b.findings)
    b.label(id, label, lokasi, printed, partial(_band, basis.value, labels, declared),
            field=field)
    if len(b.findings) == before:
        return
    found = b.findings[-1]
    agree = []
    for celah in order:
        value, explanation = _band(basis.value, labels, celah)
        if printed.strip().casefold() == value.casefold():
            agree.append((Convention(_CELAH_TOPIC, celah), value, explanation))
    conventions = tuple(c for c, _, _ in agree)
    if found.status == "match" or not agree:
        b.findings[-1] = attrs.evolve(found, convention=Convention(_CELAH_TOPIC, declared),
                                      reproduces_under=conventions)
        return
    other, value, explanation = agree[0]
    b.findings[-1] = attrs.evolve(
        found, status="match-other-convention", recomputed=value, explanation=explanation,
        convention=other, reproduces_under=conventions,
        reason=Pesan(_CELAH, other=other.teks(), what=_WHAT["celah" in tab],
                     declared=repr(declared), was=f"'{found.recomputed}'"))


def _band(nilai: Decimal, labels: str, celah: str) -> tuple[str, Explanation]:
    t = tingkat_capaian(nilai=nilai, label=labels, celah=celah)  # type: ignore[arg-type]
    return t.label, _label_explanation(
        _FIVE_BANDS, "label", filled(_BAND_OF_CAPAIAN, aturan=t.aturan.name, celah=celah),
        (("capaian", nilai),),
        t.label, t.aturan.citation)


def _check_rekap(b: _Builder, tab: dict[str, Any], rekap: dict[str, Any],
                 evaluated: dict[str, dict[str, EvaluasiRenja | SakipError | None]],
                 place: str) -> None:
    """The footer: mean (declared rumus, the other tried), Σ pagu, Σ realisasi, %, predikat."""
    kode = tab["kode"]
    lokasi = rekap.get("lokasi") or tab.get("lokasi") or kode
    rounding = rekap.get("rounding") or tab.get("rounding")
    codes = list(rekap.get("baris") or evaluated)
    id, field = f"evaluasi_renja.{kode}.rekap", f"{place}.rekap"
    unknown = [c for c in codes if c not in evaluated]
    missing = (Pesan(_FOOTER_UNKNOWN, rows=", ".join(map(repr, unknown))) if unknown else "")
    dasar = tab.get("dasar", "capaian")

    def column(part: str, attr: str) -> list[Any]:
        """The named rows' ``attr`` of their K or Rp evaluation (raises when one has none)."""
        if missing:
            raise NotComputableError(field="rekap.baris", reason=missing)
        out = []
        for code in codes:
            ev = evaluated[code][part]
            if ev is None or isinstance(ev, SakipError):
                raise NotComputableError(field=f"baris {code!r}", reason=(
                    Pesan(_ROW_NO_FIGURES, code=repr(code), part=part.upper()) if ev is None
                    else Pesan(_ROW_ERROR, code=repr(code),
                               error=pesan_error(ev, as_written=False))))
            out.append(getattr(ev, attr))
        return out

    def rekap_of(rumus: Literal["rerata", "tertimbang-pagu"], what: str) -> Figure:
        plain = what == "rata_rata" and rumus == "rerata"  # the plain mean needs no Rp
        pagu = [] if plain else column("rp", "target")
        realisasi = [] if plain else [_value(f) for f in column("rp", "realisasi")]
        capaian = column("k", dasar) if what == "rata_rata" else [ZERO] * len(pagu)
        if plain:
            pagu = realisasi = [ZERO] * len(capaian)
        result = getattr(rekap_renja(capaian=capaian, pagu=pagu, realisasi_anggaran=realisasi,
                                     rumus=rumus), what)
        if isinstance(result, NotComputable):
            raise result.error()
        assert isinstance(result, Figure)
        return result

    declared = rekap.get("rumus", "rerata")
    if "rumus" in rekap:
        b.declared[_AGREGAT_TOPIC] = declared
    order = [declared, *(r for r in ("rerata", "tertimbang-pagu") if r != declared)]
    computes: _Conventions = [(Convention(_AGREGAT_TOPIC, r), partial(rekap_of, r, "rata_rata"))
                              for r in order]
    mean, used = _by_convention(b, f"{id}.rata_rata", f"{kode}: rata-rata capaian kinerja",
                                lokasi, rekap.get("rata_rata"), rounding, computes,
                                field=f"{field}.rata_rata")
    for key, words, attr in (("pagu", "Σ pagu (Rp kolom 8)", "target"),
                             ("realisasi", "Σ realisasi anggaran (Rp kolom 13)", "realisasi")):
        if key not in rekap:
            continue
        try:
            values = column("rp", attr)
            terms = [(code, _value(v) if attr == "realisasi" else v)
                     for code, v in zip(codes, values, strict=True)]
        except SakipError as error:
            b.not_computable(f"{id}.{key}", f"{kode}: {words}", lokasi, rekap[key],
                             pesan_error(error, as_written=False), field=f"{field}.{key}")
            continue
        _sum_finding(b, f"{id}.{key}", f"{kode}: {words}", lokasi, rekap[key],
                     terms, field=f"{field}.{key}")
    b.number(f"{id}.anggaran", f"{kode}: realisasi anggaran (Σ realisasi ÷ Σ pagu)", lokasi,
             rekap.get("anggaran"), partial(rekap_of, "rerata", "anggaran"), rounding,
             field=f"{field}.anggaran")
    if "predikat" in rekap:
        basis: Figure | None = None
        why = b.last_error
        if mean is not None:
            rumus = used.name if used.topic == _AGREGAT_TOPIC else declared
            try:
                basis = rekap_of(rumus, "rata_rata")  # type: ignore[arg-type]
            except SakipError as error:
                why = pesan_error(error, as_written=False)
        _check_label(b, tab, f"{id}.predikat", f"{kode}: predikat kinerja", lokasi,
                     rekap["predikat"], basis, why, field=f"{field}.predikat")


def _value(figure: Figure | NotComputable) -> Decimal:
    if isinstance(figure, NotComputable):
        raise figure.error()
    return figure.value
