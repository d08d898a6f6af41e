"""Checks of the performance sections.

Indicators (capaian, Renstra), perjanjian kinerja, evaluasi AKIP and its LKE
levels, kerangka logis, perubahan claims.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import partial
from typing import Any, ClassVar, get_args

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks, gabung
from sakip._decimal import CONTEXT, exact_sum
from sakip._decimal import text as _str
from sakip.errors import InvalidValueError, NotComputableError, SakipError
from sakip.explain import Explanation, Figure, Step, filled, say
from sakip.indicators import Polarisasi, Rentang, RumusMinimize, capaian, capaian_renstra
from sakip.lkj import Indikator, target_batas
from sakip.numbers import Rounding
from sakip.predikat import Predikat, evaluasi_akip
from sakip.reviu._builder import (
    Compute,
    _as_input_rounding,
    _before_rounding,
    _Builder,
    _by_convention,
    _grouped,
    _label_explanation,
    _places,
    _reason,
    _show,
    _sum_explanation,
    _sum_finding,
)
from sakip.reviu._findings import _DEFAULTS, _RENSTRA, _RENSTRA_TOPIC, Convention, Finding

#: The reasons this module writes (a finding's ``reason``, in both languages).
_NO_REALISASI = Teks(
    id="tidak ada tahun yang memiliki realisasi (realisasi, realisasi_sebelumnya, "
       "renstra.realisasi)",
    en="no year has a realisasi (realisasi, realisasi_sebelumnya, renstra.realisasi)")
_STABILIZE_RENSTRA = Teks(
    id="polarisasi 'stabilize': {target} memberi satu angka per tahun, bukan rentang; capaian "
       "terhadap rentang tidak dapat dihitung darinya (R / T akan menghitung realisasi di atas "
       "rentang sebagai prestasi); tulis rentang tiap tahun sebagai [\"7\", \"8\"]",
    en="polarisasi 'stabilize': {target} gives one number per year, not a range; a capaian "
       "against the range is not computable from it (R / T would count a realisasi above the "
       "range as an achievement); write each year's range as [\"7\", \"8\"]")
_STABILIZE_KUMULATIF = Teks(
    id="kumulatif dengan polarisasi 'stabilize': jumlah rentang tahun-tahun bukan rentang yang "
       "menjadi ukuran realisasi",
    en="kumulatif under polarisasi 'stabilize': a sum of the years' ranges is no range a "
       "realisasi is held to")
_NOTE_IN_FILE = Teks(id="catatan di berkas: {catatan}", en="note in file: {catatan}")
_BOUND = {kind: Teks(
    id="target tercetak sebagai batas " + ("bawah" if kind == "minimal" else "atas")
       + " ({batas}): T adalah batasnya, pada polarisasi {polarisasi}",
    en="target printed as a " + ("floor" if kind == "minimal" else "ceiling")
       + " ({batas}): T is its bound, under polarisasi {polarisasi}")
    for kind in ("minimal", "maksimal")}
_NO_TARGET = Teks(
    id="{place} tidak mencetak target: capaian tidak punya pembanding bagi realisasi "
       "(realisasi tetap dipakai untuk pemeriksaan lain)",
    en="{place} prints no target: the capaian has nothing to compare the realisasi with "
       "(the realisasi is kept for the other checks)")
_STABILIZE_ONE = Teks(
    id="polarisasi 'stabilize' memerlukan rentang target (batas bawah dan atas): {place}.target "
       "satu angka; tulis rentang sebagai dua angka tercetak, bawah lalu atas: "
       'target = ["80", "90"]',
    en="polarisasi 'stabilize' needs a target range (a lower and an upper bound): "
       "{place}.target is one number; write the range as two printed numbers, low then high: "
       'target = ["80", "90"]')
_ANNUAL_BLANK = Teks(id="{side} tahunan kosong ({where})",
                     en="the annual {side} is blank ({where})")
_TW_PRINTS = Teks(id="TW IV mencetak {printed}; {where} mencetak {shown}{bound}",
                  en="TW IV prints {printed}; {where} prints {shown}{bound}")
_AS_BOUND = Teks(id=" sebagai batas {batas}", en=" as a {batas} bound")
_RANGE = Teks(
    id="{where} mencetak target sebagai rentang {low}–{high} (stabilize); {what} adalah satu "
       "angka tercetak, yang tidak dibandingkan format berkas dengan rentang",
    en="{where} prints the target as the range {low}–{high} (stabilize); a {what} is one "
       "printed number, which the file format does not compare with a range")
_TW_TARGET = Teks(id="target TW IV", en="TW IV target")
_PK_TARGET = Teks(id="target PK", en="PK target")

# The findings' labels and the derivations' words (a kode and text from the file stay as written).
_AGAINST_RENSTRA = Teks(id="{kode}: capaian terhadap Renstra", en="{kode}: capaian against Renstra")
_TW_IV_AGAINST = Teks(id="{kode}: TW IV {side} terhadap {side} tahunan",
                      en="{kode}: TW IV {side} against the annual {side}")
_TW_IV_IS_ANNUAL = Teks(id="TW IV (kumulatif) = {side} tahunan ({where})",
                        en="TW IV (cumulative) = annual {side} ({where})")
_ANNUAL = Teks(id="{side} tahunan", en="annual {side}")
_TARGET_AKHIR = Teks(id="{kode}: target akhir periode Renstra",
                     en="{kode}: end-of-period Renstra target")
_FINAL_YEAR_TARGET = Teks(id="target tahun terakhir {last}",
                          en="the target of the final year {last}")
_PK_TARGET_OF = Teks(id="PK {kode}: target {code}", en="PK {kode}: target of {code}")
_PK_TARGET_AT = Teks(id="target PK = target yang tercetak di {where}",
                     en="PK target = the target printed at {where}")
_SUB_SUM = Teks(id="{label}: {name} (Σ subkomponen)", en="{label}: {name} (Σ sub-components)")
_FROM_ANSWERS = Teks(id="{label}: {name} dari jawaban LKE", en="{label}: {name} from the answers")
_NILAI_FROM_LKE = Teks(id="{label}: nilai dari jawaban LKE",
                       en="{label}: nilai from the LKE answers")
_PREDIKAT_OF_NILAI = Teks(id="Predikat dari nilai yang tercetak",
                          en="Predikat of the printed nilai")
_PREDIKAT_BAND = Teks(id="pita nilai (batas bawah tidak termasuk, batas atas termasuk)",
                      en="band of nilai (lower bound exclusive, upper inclusive)")
_DIRECTION = Teks(id="{label} (arah)", en="{label} (direction)")
_DIRECTION_TITLE = Teks(id="{label}: arah", en="{label}: direction")
_DIRECTION_RULE = Teks(id="naik bila nilai > dari, turun bila <, selain itu tetap",
                       en="naik if nilai > dari, turun if <, else tetap")
_EARLIER = Teks(id="{label} ({field} sebelumnya)", en="{label} (earlier {field})")
_AS_PRINTED_FOR = Teks(id="seperti tercetak untuk {year}", en="as printed for {year}")
_NILAI_AS_PRINTED = Teks(id="Nilai {year} seperti tercetak", en="Nilai {year} as printed")
_CHANGE_IN_POINTS = Teks(id="{label} (perubahan dalam poin)", en="{label} (change in points)")
_CHANGE = Teks(id="{label}: perubahan", en="{label}: change")
_NO_TARGET_FOR = Teks(id="{where} tidak mencetak target untuk {code}",
                      en="{where} prints no target for {code}")
_PK_PRINTS = Teks(id="PK {kode} mencetak {printed}; {where} mencetak {shown}",
                  en="PK {kode} prints {printed}; {where} prints {shown}")
_NO_ALOKASI = Teks(id="tidak ada baris alokasi untuk dijumlahkan", en="no alokasi rows to sum")
_NO_INDIKATOR = Teks(id="tidak ada [[indikator]] dengan kode {code} di berkas",
                     en="no [[indikator]] with kode {code} in the file")
_MORE_TARGETS = Teks(
    id="{more} target lagi, {first} … {last} (setelah {shown} yang pertama di atas), tidak "
       "punya [[indikator]] dengan kodenya di berkas",
    en="{more} more targets, {first} … {last} (after the first {shown} above), have no "
       "[[indikator]] with their kode in the file")
_NO_LKE = Teks(id="poin komponen LKE tidak ada di berkas (komponen)",
               en="the LKE component points are not in the file (komponen)")
_SUBS_MISSING = Teks(id="poin sub-komponen tidak ada: {codes}",
                     en="sub-component points missing: {codes}")
_UNUSED = Teks(id="{names} diberikan tanpa jawaban atau kriteria: tidak ada yang dinilai, tidak "
                  "dipakai",
               en="{names} given without jawaban or kriteria: nothing to score, not used")
_LKE_BOTH = Teks(id="jawaban LKE tidak dapat dihitung: {codes} dijawab di jawaban dan kriteria "
                    "sekaligus",
                 en="the LKE answers are not computable: {codes} answered in both jawaban and "
                    "kriteria")
_LKE_FAILED = Teks(id="jawaban LKE tidak dapat dihitung: {reason}",
                   en="the LKE answers are not computable: {reason}")
_ABOVE_BOBOT = Teks(id="tercetak {text} melebihi bobot {bobot} dari {code}",
                    en="printed {text} is above the bobot {bobot} of {code}")
_NOT_A_COMPONENT = Teks(id="{name} bukan komponen dari {lembar}",
                        en="{name} is not a component of {lembar}")
_KERANGKA = Teks(id="kerangka logis: {found}", en="kerangka logis: {found}")
_NO_PREDIKAT_NOW = Teks(id="predikat tahun ini tidak tercetak",
                        en="this year's predikat is not printed")
_RANGES_NO_END = Teks(
    id="{target} mencetak rentang per tahun: target akhir periode berupa satu angka tidak "
       "dapat dihitung darinya",
    en="{target} prints a range per year: an end-of-period target as one number is not "
       "computable from it")
_NO_FINAL_TARGET = Teks(id="{target} tidak memuat target tahun akhir {last}",
                        en="{target} has no target for the final year {last}")
_FINAL_YEAR_PRINTS = Teks(id="{field} mencetak {printed}; tahun akhir matriks {last} mencetak "
                             "{shown}",
                          en="{field} prints {printed}; the matrix's final year {last} prints "
                             "{shown}")
_PREDIKAT_SUM = Teks(id="{field} berupa predikat ({value}): target predikat tidak dapat "
                        "dijumlahkan",
                     en="{field} is a predikat ({value}): predikat targets do not add up")
_NOT_A_PREDIKAT = Teks(
    id="{what} tercetak {printed}, bukan nama predikat (AA, A, BB, B, CC, C, D): arahnya tidak "
       "dapat dibandingkan",
    en="{what} is printed {printed}, not a predikat name (AA, A, BB, B, CC, C, D): the "
       "direction cannot be compared")
_NO_EARLIER = Teks(id="evaluasi {year} tidak ada di berkas (sebelumnya)",
                   en="the {year} evaluation is not in the file (sebelumnya)")
_EARLIER_NO = Teks(id="evaluasi {year} tidak mencetak {field}",
                   en="the {year} evaluation prints no {field}")
_EARLIER_PREDIKAT = Teks(id="angka sebelumnya berupa predikat, bukan nilai",
                         en="the earlier figure is a predikat, not a nilai")


def _renstra_in_file(target: dict[int, Any], realisasi: dict[int, Any], kumulatif: bool,
                     place: str, own_realisasi: bool, tahun: int,
                     polarisasi: Polarisasi = Polarisasi.MAXIMIZE,
                     rumus_minimize: RumusMinimize = "2t-r",
                     rentang: Rentang = "stabilize") -> Figure:
    """:func:`capaian_renstra` of a file's Renstra table; a refusal in the file's terms.

    The library names its arguments (``kumulatif: expected False ...``,
    ``{year: value}``); a reason names the place in the file and writes values
    as TOML does (``indikator[1].renstra.kumulatif: expected false ...``).
    """
    def refuse(field: str, expected: str, received: str) -> InvalidValueError:
        return InvalidValueError(f"{field}: expected {expected}; received {received}",
                                 field=field, expected=expected, received=received)

    if not target:
        raise refuse(f"{place}.target", 'at least one year ("2024" = "...")', "none")
    if not realisasi:
        if own_realisasi:
            raise refuse(f"{place}.realisasi", 'at least one year ("2024" = "...")', "none")
        raise NotComputableError(field=f"{place}.capaian", reason=Pesan(_NO_REALISASI))
    if polarisasi is Polarisasi.STABILIZE and not all(
            isinstance(v, tuple) for v in target.values()):
        raise NotComputableError(field=f"{place}.capaian", reason=Pesan(
            _STABILIZE_RENSTRA, target=f"{place}.target"))
    if polarisasi is Polarisasi.STABILIZE and kumulatif:
        raise NotComputableError(field=f"{place}.capaian", reason=Pesan(_STABILIZE_KUMULATIF))
    try:
        return capaian_renstra(target=target, realisasi=realisasi, kumulatif=kumulatif,
                               polarisasi=polarisasi, rumus_minimize=rumus_minimize,
                               rentang=rentang)
    except NotComputableError:
        raise
    except SakipError as error:
        if error.field == "kumulatif":
            raise refuse(f"{place}.kumulatif", "false for predikat indicators (a predikat "
                         "is not summed)", "true") from None
        if error.field == "realisasi" and isinstance(error.received, dict):  # mixed kinds
            def years(values: dict[int, Any]) -> str:
                return ", ".join(f"{y} = {_str(values[y])}" for y in sorted(values))

            raise refuse(f"{place}.target and realisasi", "all numbers or all predikat",
                         f"target {years(target)}; realisasi {years(realisasi)}") from None
        if error.field == "realisasi" and isinstance(error.received, int):
            year = error.received
            indikator = place.removesuffix(".renstra")
            where = (f"{place}.realisasi" if own_realisasi else f"{indikator}.realisasi"
                     if year == tahun else f"{indikator}.realisasi_sebelumnya")
            hint = "" if own_realisasi else "; or give the period's realisasi in " \
                f"{place}.realisasi"
            raise refuse(where, "years within the Renstra targets ("
                         + ", ".join(str(y) for y in sorted(target)) + f"{hint})",
                         str(year)) from None
        raise


def _check_indikator(b: _Builder, ind: Indikator, index: int) -> None:
    where = ind.lokasi  # none in the file: the working paper shows the field instead
    key = f"indikator.{ind.kode}"
    place = f"indikator[{index}]"
    note = Pesan(_NOTE_IN_FILE, catatan=ind.catatan) if ind.catatan else ""
    if ind.batas is not None:  # "≥ 91": T = 91 under maximize; "≤ 5": T = 5 under minimize
        note = gabung(Pesan(_BOUND["minimal" if ind.batas == "minimal" else "maksimal"],
                            batas=ind.batas, polarisasi=ind.polarisasi), note)
    if ind.capaian_tercetak is not None and ind.target is None:
        b.not_computable(f"{key}.capaian", f"{ind.kode}: capaian", where, ind.capaian_tercetak,
                         Pesan(_NO_TARGET, place=place),
                         field=f"{place}.capaian")
    elif ind.capaian_tercetak is not None:
        assert ind.target is not None
        convention = None
        alternatives: tuple[tuple[Convention, Compute], ...] = ()
        if ind.polarisasi is Polarisasi.MINIMIZE:
            topic = "capaian minimize"
            convention = Convention(topic, ind.rumus_minimize)
            if ind.rumus_minimize_declared:
                b.declared[topic] = ind.rumus_minimize
            else:  # per indicator: an earlier one's declaration is not this one's
                b.declared.pop(topic, None)
            alternatives = tuple(
                (Convention(topic, other), partial(
                    capaian, target=ind.target, realisasi=ind.realisasi,
                    polarisasi=ind.polarisasi, rumus_minimize=other))
                for other in get_args(RumusMinimize) if other != ind.rumus_minimize)
        if ind.polarisasi is Polarisasi.STABILIZE and isinstance(ind.target, tuple):
            convention, alternatives = _rentang(b, ind)
        if ind.batas is not None:  # "≥ 91" met: some reports print 100 (no source: OPEN)
            convention = convention or Convention(_BATAS_TOPIC, _DEFAULTS[_BATAS_TOPIC])
            alternatives += ((Convention(_BATAS_TOPIC, _BATAS_100), partial(
                capaian, target=ind.target, realisasi=ind.realisasi, polarisasi=ind.polarisasi,
                rumus_minimize=ind.rumus_minimize, cap=100)),)
        if ind.polarisasi is Polarisasi.STABILIZE and not isinstance(ind.target, tuple):
            b.not_computable(f"{key}.capaian", f"{ind.kode}: capaian", where,
                             ind.capaian_tercetak, Pesan(_STABILIZE_ONE, place=place),
                             field=f"{place}.capaian")
        else:
            policy = ind.rounding or b.laporan.rounding
            before = len(b.findings)
            printed_r = ind.realisasi_tercetak
            rounded = None if not (isinstance(ind.target, Decimal) and isinstance(
                ind.realisasi, Decimal) and printed_r) else _before_rounding(
                    b, "realisasi", printed_r, ind.capaian_tercetak, policy, partial(
                        _capaian_at, ind.target, ind.polarisasi, ind.rumus_minimize))
            b.number(f"{key}.capaian", f"{ind.kode}: capaian", where, ind.capaian_tercetak,
                     ind.capaian, ind.rounding, note=note, field=f"{place}.capaian",
                     convention=convention, alternatives=alternatives + (
                         (rounded,) if rounded else ()))
            if printed_r:
                _as_input_rounding(b, before, "realisasi", printed_r, policy)
    renstra = ind.renstra
    if renstra is not None:
        realisasi: dict[int, Any] = dict(ind.realisasi_sebelumnya)
        if ind.realisasi is not None:
            realisasi[b.laporan.tahun] = ind.realisasi
        if "realisasi" in renstra:
            realisasi = {y: b.value(v) for y, v in renstra["realisasi"].items()}
        target = {y: (b.n(v[0]), b.n(v[1])) if isinstance(v, tuple) else b.value(v)
                  for y, v in renstra["target"].items()}  # a range per year under stabilize
        # kumulatif declared, or detected: the default (latest against the final year) first
        first = renstra.get("kumulatif", _DEFAULTS[_RENSTRA_TOPIC] == "kumulatif")
        if "kumulatif" in renstra:  # per indicator: the next one may declare nothing
            b.declared[_RENSTRA_TOPIC] = _RENSTRA[first]
        else:
            b.declared.pop(_RENSTRA_TOPIC, None)

        def compute(kumulatif: bool, rumus: RumusMinimize,
                    rentang: Rentang = ind.rentang) -> Compute:
            return partial(_renstra_in_file, target, realisasi, kumulatif, f"{place}.renstra",
                           "realisasi" in renstra, b.laporan.tahun, ind.polarisasi, rumus,
                           rentang)

        computes = [(Convention(_RENSTRA_TOPIC, _RENSTRA[k]), compute(k, ind.rumus_minimize))
                    for k in (first, not first)]
        if ind.polarisasi is Polarisasi.MINIMIZE:  # the other minimize formula, too
            computes += [(Convention("capaian minimize", other), compute(first, other))
                         for other in get_args(RumusMinimize) if other != ind.rumus_minimize]
        if ind.polarisasi is Polarisasi.STABILIZE:  # the other range readings, too
            computes += [(Convention("capaian rentang", other), compute(
                first, ind.rumus_minimize, other)) for other in get_args(Rentang)
                if other != ind.rentang]
        _by_convention(b, f"{key}.renstra", Pesan(_AGAINST_RENSTRA, kode=ind.kode),
                       renstra.get("lokasi", where), renstra.get("capaian"),
                       renstra.get("rounding"), computes, field=f"{place}.renstra.capaian")
        if "target_akhir" in renstra:
            _check_target_akhir(b, ind, renstra, target, place, key, where)
    triwulan = ind.triwulan
    if triwulan is not None:
        for side, annual in (("target", ind.target), ("realisasi", ind.realisasi)):
            quarters = triwulan.get(side, {})
            if 4 not in quarters:
                continue
            printed = quarters[4]
            lokasi = triwulan.get("lokasi", where)
            id = f"{key}.triwulan.4.{side}"
            field = f"{place}.triwulan.{side}.4"
            if b.unsaved(id, f"{ind.kode}: TW IV {side}", lokasi, printed, field):
                continue
            if annual is None:
                b.not_computable(id, f"{ind.kode}: TW IV {side}", lokasi, printed,
                                 Pesan(_ANNUAL_BLANK, side=side, where=where), field=field)
                continue
            if isinstance(annual, tuple):
                b.not_computable(id, f"{ind.kode}: TW IV {side}", lokasi, printed,
                                 _range_reason(b, annual, where, _TW_TARGET), field=field)
                continue
            kind = target_batas(printed)[0] if side == "target" else None
            value = b.value(target_batas(printed)[1] if side == "target" else printed)
            opposite = kind is not None and ind.batas is not None and kind != ind.batas
            same = value == annual and not opposite
            shown = str(annual) if isinstance(annual, Predikat) else _show(
                annual, angka=b.angka, thousands=_grouped(printed, b.angka))
            explanation = _label_explanation(
                filled(_TW_IV_AGAINST, kode=ind.kode, side=side), side,
                filled(_TW_IV_IS_ANNUAL, side=side, where=where),
                ((filled(_ANNUAL, side=side), annual),), shown, lokasi)
            b.findings.append(Finding(
                id=id, label=f"{ind.kode}: TW IV {side}",
                lokasi=lokasi, printed=printed, recomputed=shown,
                status="match" if same else "mismatch", explanation=explanation,
                difference=CONTEXT.subtract(value, annual) if not same and isinstance(
                    value, Decimal) and isinstance(annual, Decimal) else None,
                reason="" if same else Pesan(_TW_PRINTS, printed=printed, where=where,
                                             shown=shown, bound=Pesan(_AS_BOUND, batas=ind.batas)
                                             if opposite else ""),
                field=field))


def _check_target_akhir(b: _Builder, ind: Indikator, renstra: dict[str, Any],
                        target: dict[int, Any], place: str, key: str, where: str) -> None:
    """The printed end-of-period target against the target matrix (reference §12, §14 C6).

    Under ``kumulatif`` (flow) it is Σ the yearly targets, otherwise (stock) the
    final year's target (the last year of ``[laporan] periode``, else of the
    matrix); the other reading is tried as a convention (topic ``capaian
    renstra``).  A predikat target is compared as a label (stock only).
    """
    printed = renstra["target_akhir"]
    id, label = f"{key}.renstra.target_akhir", Pesan(_TARGET_AKHIR, kode=ind.kode)
    lokasi, field = renstra.get("lokasi", where), f"{place}.renstra.target_akhir"
    if b.unsaved(id, label, lokasi, printed, field):
        return
    if any(isinstance(value, tuple) for value in target.values()):  # stabilize: ranges
        b.not_computable(id, label, lokasi, printed, Pesan(
            _RANGES_NO_END, target=f"{place}.renstra.target"), field=field)
        return
    periode = b.laporan.periode
    years = sorted(y for y in target if periode is None or periode[0] <= y <= periode[1])
    last = periode[1] if periode is not None else (years[-1] if years else None)
    bound = target_batas(printed)[1]
    final = target.get(last) if last is not None else None
    if isinstance(b.value(bound), Predikat) or isinstance(final, Predikat):
        if final is None:
            b.not_computable(id, label, lokasi, printed, Pesan(
                _NO_FINAL_TARGET, target=f"{place}.renstra.target", last=last), field=field)
            return
        same = b.value(bound) == final
        shown = str(final) if isinstance(final, Predikat) else _show(final, angka=b.angka)
        b.findings.append(Finding(
            id=id, label=label, lokasi=lokasi, printed=printed, recomputed=shown,
            status="match" if same else "mismatch", field=field,
            explanation=_label_explanation(label, "target akhir",
                                           filled(_FINAL_YEAR_TARGET, last=last),
                                           ((str(last), final),), shown, lokasi),
            reason="" if same else Pesan(_FINAL_YEAR_PRINTS, field=field, printed=printed,
                                         last=last, shown=shown)))
        return
    if ind.agregasi is not None:
        first = ind.agregasi.kumulatif
    else:
        first = renstra.get("kumulatif", _DEFAULTS[_RENSTRA_TOPIC] == "kumulatif")

    def compute(kumulatif: bool) -> Compute:
        def value() -> Decimal:
            if kumulatif:
                return exact_sum(_decimal_target(target[y], f"{place}.renstra.target.{y}")
                                 for y in years)
            if final is None:
                raise NotComputableError(field=f"{place}.renstra.target", reason=Pesan(
                    _NO_FINAL_TARGET, target=f"{place}.renstra.target", last=last))
            return _decimal_target(final, f"{place}.renstra.target.{last}")
        return value

    def explain(kumulatif: bool) -> Callable[[Rounding], Explanation]:
        def made(rounding: Rounding) -> Explanation:
            terms = [(str(y), _decimal_target(target.get(y), str(y)))
                     for y in (years if kumulatif or last is None else [last])]
            return _sum_explanation(label, terms, rounding, lokasi)
        return made

    b.number(id, label, lokasi, bound, compute(first), renstra.get("rounding"),
             field=field, explain=explain(first),
             convention=Convention(_RENSTRA_TOPIC, _RENSTRA[first]),
             alternatives=((Convention(_RENSTRA_TOPIC, _RENSTRA[not first]),
                            compute(not first)),))


def _decimal_target(value: Any, field: str) -> Decimal:
    """A yearly Renstra target as a number (a predikat cannot be summed)."""
    if not isinstance(value, Decimal):
        raise NotComputableError(field=field, reason=Pesan(_PREDIKAT_SUM, field=field,
                                                           value=value))
    return value
#: A floor or ceiling target that is met, printed as 100 % rather than by the formula:
#: a convention some reports print; no regulation or guide stating it was found [OPEN].
#: Tried only where the formula with the bound as T does not reproduce the printed figure.
_BATAS_TOPIC, _BATAS_100 = "capaian batas", "100 bila tercapai"


def _rentang(b: _Builder, ind: Indikator) -> tuple[Convention, tuple[tuple[
        Convention, Compute], ...]]:
    """A range target's convention (``rentang``), declared or the default, and the others.

    PermenPANRB 8/2021 Lampiran (p. 100) evaluates a range target with the
    indicator's own formula against the nearer end (7–8 bulan, R 6,5 → 107 %);
    sakip's ``stabilize`` counts a realisasi below the range as maximize.  A
    report may follow either: the ones not declared are tried, the one that
    reproduces is named (topic ``capaian rentang``).
    """
    topic = "capaian rentang"
    assert isinstance(ind.target, tuple)  # called for a range target only
    if ind.rentang_declared:
        b.declared[topic] = ind.rentang
    else:  # per indicator: an earlier one's declaration is not this one's
        b.declared.pop(topic, None)
    return Convention(topic, ind.rentang), tuple(
        (Convention(topic, other), partial(
            capaian, target=ind.target, realisasi=ind.realisasi, polarisasi=ind.polarisasi,
            rumus_minimize=ind.rumus_minimize, rentang=other))
        for other in get_args(Rentang) if other != ind.rentang)


def _capaian_at(target: Decimal, polarisasi: Polarisasi, rumus: RumusMinimize,
                realisasi: Decimal) -> Decimal:
    """The capaian of a number target at one realisasi (monotone in it)."""
    return capaian(target=target, realisasi=realisasi, polarisasi=polarisasi,
                   rumus_minimize=rumus).value


def _range_reason(b: _Builder, annual: tuple[Decimal, Decimal], where: str,
                  what: Teks) -> str:
    """Why a single printed target cannot be checked against a stabilize range."""
    low, high = (_show(end, angka=b.angka, thousands=False) for end in annual)
    return Pesan(_RANGE, where=where, low=low, high=high, what=what)


def _check_pk(b: _Builder, pk: dict[str, Any], index: int,
              unmatched: _Unmatched | None = None) -> None:
    """A Perjanjian Kinerja table: its targets against the indicators, its total against Σ.

    ``unmatched`` counts, across the file's tables, the targets whose code has
    no ``[[indikator]]`` (see :class:`_Unmatched`); without it, this table's own.
    """
    kode, lokasi = pk["kode"], pk.get("lokasi", "Perjanjian Kinerja")
    place = f"perjanjian_kinerja[{index}]"
    indikator = {ind.kode: ind for ind in b.laporan.indikator}
    rest = _Unmatched() if unmatched is None else unmatched
    for code, printed in pk.get("target", {}).items():
        id, label = f"pk.{kode}.target.{code}", f"PK {kode}: target {code}"
        field = f"{place}.target.{code}"
        ind = indikator.get(code)
        if ind is None:
            rest.add(b, id, label, lokasi, printed, code, field)
            continue
        value = b.value(target_batas(printed)[1])
        annual = ind.target
        where = ind.lokasi or "indikator"
        if annual is None:
            b.not_computable(id, label, lokasi, printed,
                             Pesan(_NO_TARGET_FOR, where=where, code=code), field=field)
            continue
        if isinstance(annual, tuple):
            b.not_computable(id, label, lokasi, printed,
                             _range_reason(b, annual, where, _PK_TARGET), field=field)
            continue
        same = value == annual
        shown = str(annual) if isinstance(annual, Predikat) else _show(
            annual, angka=b.angka, thousands=_grouped(printed, b.angka))
        b.findings.append(Finding(
            id=id, label=label, lokasi=lokasi, printed=printed, recomputed=shown,
            status="match" if same else "mismatch", field=field,
            explanation=_label_explanation(filled(_PK_TARGET_OF, kode=kode, code=code),
                                           "target", filled(_PK_TARGET_AT, where=where),
                                           (("target", annual),), shown, lokasi),
            reason="" if same else Pesan(_PK_PRINTS, kode=kode, printed=printed, where=where,
                                         shown=shown)))
    if unmatched is None:
        rest.finish(b)
    if "total" in pk:
        rows = pk.get("alokasi", ())
        id, label = f"pk.{kode}.total", f"PK {kode}: total alokasi (Σ kegiatan)"
        if not rows:
            b.not_computable(id, label, lokasi, pk["total"], Pesan(_NO_ALOKASI),
                             field=f"{place}.total")
        else:
            _sum_finding(b, id, label, lokasi, pk["total"],
                         [(row["kegiatan"], b.n(row["alokasi"])) for row in rows],
                         field=f"{place}.total")


@attrs.define
class _Unmatched:
    """Perjanjian Kinerja targets whose code has no ``[[indikator]]`` in the file.

    The first :attr:`SHOWN` of the file get a not-computable finding each; the
    rest are counted, with the first and last of their places, and
    :meth:`finish` makes them one finding (issue 24: 500 000 such targets made
    500 000 findings, 2 GB to render).  Every printed target stays accounted
    for, by its own finding or by that one, which states the exact count (the
    one-to-one property, ``tests/property/test_reviu_one_to_one.py``).
    """

    #: How many unmatched targets get a finding each, in the file's order.
    SHOWN: ClassVar[int] = 10
    #: Unmatched targets so far.
    count: int = 0
    #: The places of the first and the last of those past the first :attr:`SHOWN`.
    first: str = ""
    last: str = ""

    def add(self, b: _Builder, id: str, label: str, lokasi: str, printed: str, code: str,
            field: str) -> None:
        """One unmatched target: its own finding while fewer than :attr:`SHOWN` have one."""
        self.count += 1
        if self.count <= self.SHOWN:
            b.not_computable(id, label, lokasi, printed,
                             Pesan(_NO_INDIKATOR, code=repr(code)), field=field)
        else:
            self.first = self.first or field
            self.last = field

    def finish(self, b: _Builder) -> None:
        """The one finding of the targets past the first :attr:`SHOWN` (nothing printed)."""
        more = self.count - self.SHOWN
        if more <= 0:
            return
        b.not_computable(
            "pk.target", f"Perjanjian Kinerja: {more} more targets", "Perjanjian Kinerja",
            None, Pesan(_MORE_TARGETS, more=more, first=self.first, last=self.last,
                        shown=self.SHOWN),
            field="perjanjian_kinerja")


def _check_akip(b: _Builder, akip: dict[str, Any], key: str = "evaluasi_akip",
                tahun: int | None = None) -> None:
    """One year's AKIP evaluation (LHE), then its previous years and year-on-year statements.

    Findings come in the file's order (nilai, predikat, komponen, sub_komponen),
    one per printed figure. Each printed level is recomputed from the printed
    level below it when that is printed (so a finding points at the level that
    does not add up), otherwise from the LKE answers (:func:`sakip.lke`).
    """
    from sakip.lke import LembarKerja

    lokasi = akip.get("lokasi", "evaluasi AKIP")
    aturan = akip.get("aturan", "permenpanrb-88-2021")
    nilai_text = akip["nilai"]
    label = "Evaluasi AKIP" if tahun is None else f"Evaluasi AKIP {tahun}"
    lembar = rules.find("lke-lembar-kerja", aturan)
    assert isinstance(lembar, LembarKerja)
    result, failed = _lke_answers(b, akip, aturan)
    subs, bad_subs = _printed_subs(b, akip, lembar)
    missing = [code for code in lembar.codes if code not in subs]
    if "komponen" in akip:
        komponen = {k: b.n(v) for k, v in akip["komponen"].items()}
        b.number(f"{key}.nilai", f"{label}: nilai", lokasi, nilai_text,
                 lambda: evaluasi_akip(aturan=aturan, **komponen), akip.get("rounding"),
                 field=f"{key}.nilai")
    elif subs and not missing:
        _sum_finding(b, f"{key}.nilai", Pesan(_SUB_SUM, label=label, name="nilai"), lokasi,
                     nilai_text, [(code, subs[code]) for code in lembar.codes],
                     field=f"{key}.nilai")
    elif result is not None:
        b.number(f"{key}.nilai", Pesan(_NILAI_FROM_LKE, label=label), lokasi, nilai_text,
                 lambda: result, akip.get("rounding"), field=f"{key}.nilai")
    else:
        reason = (Pesan(_NO_LKE) if not (subs or failed) else
                  failed or Pesan(_SUBS_MISSING, codes=", ".join(missing)))
        b.not_computable(f"{key}.nilai", f"{label}: nilai", lokasi, nilai_text, reason,
                         field=f"{key}.nilai")

    def predikat() -> tuple[str, Explanation]:
        p = Predikat.from_nilai(b.n(nilai_text))
        band = rules.find("predikat", "permenpanrb-88-2021")
        return str(p), _label_explanation(
            _PREDIKAT_OF_NILAI, "predikat", _PREDIKAT_BAND,
            (("nilai", b.n(nilai_text)),), str(p), band.citation)

    unused = [k for k in ("skala", "metode") if akip.get(k)
              and not (akip.get("jawaban") or akip.get("kriteria"))]
    if unused:  # options that score nothing: said on the nilai's finding, never ignored
        index = next(i for i, f in enumerate(b.findings) if f.id == f"{key}.nilai")
        old = b.findings[index]
        note = Pesan(_UNUSED, names=" and ".join(unused))
        b.findings[index] = attrs.evolve(old, reason=gabung(old.reason, note))
    b.label(f"{key}.predikat", f"{label}: predikat", lokasi, akip.get("predikat"),
            predikat, field=f"{key}.predikat")
    if subs or bad_subs or result is not None or failed:
        _check_lke_levels(b, akip, key, label, lembar, result, failed, subs, bad_subs)
    for year, sec in sorted(akip.get("sebelumnya", {}).items()):
        _check_akip(b, sec, f"{key}.sebelumnya.{year}", year)
    for index, claim in enumerate(akip.get("perubahan", ()), start=1):
        _check_perubahan(b, akip, claim, index)


def _answer(b: _Builder, text: str) -> str | Decimal:
    """A printed answer: a number (a percentage, or points) or a grade, left to the scale."""
    if not any(ch.isdigit() for ch in text):  # a grade ("Y", "AA"): no error to build and drop
        return text  # (issue 24: 1,2 million answers spent half their time so)
    try:
        return b.n(text)
    except SakipError:
        return text


def _lke_answers(b: _Builder, akip: dict[str, Any], aturan: str) -> tuple[Any, str]:
    """The worksheet computed from the printed answers, or the reason it cannot be."""
    from sakip.lke import lke

    one, lists = akip.get("jawaban", {}), akip.get("kriteria", {})
    if not (one or lists):
        return None, ""
    both = sorted(set(one) & set(lists))
    if both:
        return None, Pesan(_LKE_BOTH, codes=", ".join(both))
    answers: dict[str, Any] = {code: _answer(b, v) for code, v in one.items()}
    answers |= {code: [_answer(b, v) for v in values] for code, values in lists.items()}
    try:
        return lke(answers, aturan=aturan, skala=akip.get("skala"),
                   metode=akip.get("metode")), ""
    except SakipError as error:
        return None, Pesan(_LKE_FAILED, reason=_reason(error))


def _printed_subs(b: _Builder, akip: dict[str, Any], lembar: Any) -> tuple[
        dict[str, Decimal], dict[str, str]]:
    """Printed sub-component points by code, and the codes that cannot be used (why)."""
    subs: dict[str, Decimal] = {}
    bad: dict[str, str] = {}
    for code, text in akip.get("sub_komponen", {}).items():
        try:
            bobot = lembar.bobot(code)
        except SakipError as error:
            bad[code] = _reason(error)
            continue
        value = b.n(text)
        if value > bobot:
            bad[code] = Pesan(_ABOVE_BOBOT, text=text, bobot=_show(bobot, 2, angka=b.angka),
                              code=code)
        subs[code] = value
    return subs, bad


def _check_lke_levels(b: _Builder, akip: dict[str, Any], key: str, label: str, lembar: Any,
                      result: Any, failed: str, subs: dict[str, Decimal],
                      bad_subs: dict[str, str]) -> None:
    """Printed components and sub-components: Σ of the level below, or from the answers."""
    lokasi, rnd = akip.get("lokasi", "evaluasi AKIP"), akip.get("rounding")
    for name, text in akip.get("komponen", {}).items():
        id = f"{key}.komponen.{name}"
        codes = [sub.kode for sub in lembar.sub_komponen if sub.komponen == name]
        if not codes:
            b.not_computable(id, f"{label}: {name}", lokasi, text,
                             Pesan(_NOT_A_COMPONENT, name=name, lembar=lembar.name), field=id)
        elif all(code in subs for code in codes):
            _sum_finding(b, id, Pesan(_SUB_SUM, label=label, name=name), lokasi, text,
                         [(code, subs[code]) for code in codes], field=id)
        elif result is not None:
            b.number(id, Pesan(_FROM_ANSWERS, label=label, name=name), lokasi, text,
                     partial(_lke_part, result.komponen, name), rnd,
                     explain=partial(_lke_explanation, result), field=id)
        else:
            b.not_computable(id, f"{label}: {name}", lokasi, text, failed or Pesan(
                _SUBS_MISSING, codes=", ".join(code for code in codes if code not in subs)),
                field=id)
    for code, text in akip.get("sub_komponen", {}).items():
        id = f"{key}.sub_komponen.{code}"
        if code in bad_subs and code not in subs:
            b.not_computable(id, f"{label}: {code}", lokasi, text, bad_subs[code], field=id)
        elif code in bad_subs:
            bobot = lembar.bobot(code)
            b.findings.append(Finding(id=id, label=f"{label}: {code}", lokasi=lokasi,
                                      printed=text, recomputed=bobot, status="mismatch",
                                      reason=bad_subs[code], field=id))
        elif result is not None:
            b.number(id, Pesan(_FROM_ANSWERS, label=label, name=code), lokasi, text,
                     partial(_lke_part, result.sub_komponen, code), rnd,
                     explain=partial(_lke_sub_explanation, result, code), field=id)
        elif failed:
            b.not_computable(id, f"{label}: {code}", lokasi, text, failed, field=id)
        # else: no answers in the file, so the printed points are an input (within the bobot)
    if result is not None and result.temuan:
        _note_kerangka_logis(b, key, result.temuan, lembar)


def _lke_part(parts: Mapping[str, Decimal], name: str) -> Decimal:
    return parts[name]


def _lke_explanation(result: Figure, rounding: Rounding) -> Explanation:
    return result.explain(rounding.places, rounding.mode)


def _lke_sub_explanation(result: Figure, code: str, rounding: Rounding) -> Explanation:
    """The steps of one sub-component: its answers and its points."""
    whole = result.explain(rounding.places, rounding.mode)
    steps = tuple(s for s in whole.steps if s.name == code
                  or say(s.name, "en").startswith((f"persen {code}", f"poin {code}")))
    return Explanation(title=f"LKE {code}", steps=steps, rounding=rounding,
                       reference=whole.reference)


def _note_kerangka_logis(b: _Builder, key: str, temuan: tuple[Any, ...],
                         lembar: Any) -> None:
    """Attach each kerangka logis finding to the nearest finding: its sub-component's,
    its component's, or the nilai's (which always exists)."""
    ids = {f.id: i for i, f in enumerate(b.findings)}
    for found in temuan:
        code = ".".join(found.check.kode.split(".")[:2])
        komponen = lembar.sub(code).komponen
        targets = (f"{key}.sub_komponen.{code}", f"{key}.komponen.{komponen}", f"{key}.nilai")
        index = next(ids[t] for t in targets if t in ids)
        old = b.findings[index]
        b.findings[index] = attrs.evolve(
            old, reason=gabung(old.reason, Pesan(_KERANGKA, found=found)))


_ARAH = {1: "naik", -1: "turun", 0: "tetap"}


def _predikat_named(printed: object) -> Predikat | None:
    """The predikat a printed text names (``"BB"``, ``" bb "``), else ``None`` (``"Baik"``)."""
    if isinstance(printed, str) and printed.strip().upper() in Predikat.__members__:
        return Predikat.from_name(printed)
    return None


def _check_perubahan(b: _Builder, akip: dict[str, Any], claim: dict[str, Any],
                     index: int) -> None:
    """A year-on-year statement ("naik dari 84"): its direction, earlier figure and change."""
    kode = claim["kode"]
    lokasi = claim.get("lokasi", akip.get("lokasi", "evaluasi AKIP"))
    id, place = f"evaluasi_akip.perubahan.{kode}", f"evaluasi_akip.perubahan[{index}]"
    label = f"{kode}: " + (claim.get("teks") or f"{claim['arah']} dari {claim['dari']}")
    year = claim.get("tahun", b.laporan.tahun - 1)
    earlier = akip.get("sebelumnya", {}).get(year)
    dari = b.value(claim["dari"])
    inputs: tuple[tuple[str, Any], ...]
    if isinstance(dari, Predikat):
        printed_now = akip.get("predikat")
        now_p = _predikat_named(printed_now)
        if now_p is None:
            b.not_computable(f"{id}.arah", Pesan(_DIRECTION, label=label), lokasi, claim["arah"],
                             Pesan(_NO_PREDIKAT_NOW) if printed_now is None else
                             Pesan(_NOT_A_PREDIKAT, what="evaluasi_akip.predikat",
                                   printed=repr(printed_now)), field=f"{place}.arah")
            sign = None
        else:
            sign = (now_p.rank > dari.rank) - (now_p.rank < dari.rank)
            inputs = (("predikat", now_p), ("dari", dari))
    else:
        now = b.n(akip["nilai"])
        sign = (now > dari) - (now < dari)
        inputs = (("nilai", now), ("dari", dari))
    if sign is not None:
        arah = _ARAH[sign]
        b.label(f"{id}.arah", Pesan(_DIRECTION, label=label), lokasi, claim["arah"],
                lambda: (arah, _label_explanation(
                    Pesan(_DIRECTION_TITLE, label=label), "arah", _DIRECTION_RULE,
                    inputs, arah, lokasi)), field=f"{place}.arah")
    field = "predikat" if isinstance(dari, Predikat) else "nilai"
    printed_then = None if earlier is None else earlier.get(field)
    earlier_label = Pesan(_EARLIER, label=label, field=field)
    if printed_then is None:
        b.not_computable(f"{id}.dari", earlier_label, lokasi, claim["dari"],
                         Pesan(_NO_EARLIER, year=year) if earlier is None
                         else Pesan(_EARLIER_NO, year=year, field=field),
                         field=f"{place}.dari")
    elif isinstance(dari, Predikat) and _predikat_named(printed_then) is None:
        b.not_computable(f"{id}.dari", earlier_label, lokasi, claim["dari"],
                         Pesan(_NOT_A_PREDIKAT, what=f"evaluasi_akip.sebelumnya.{year}.predikat",
                               printed=repr(printed_then)), field=f"{place}.dari")
    elif isinstance(dari, Predikat):
        then = Predikat.from_name(printed_then)
        b.label(f"{id}.dari", earlier_label, lokasi, claim["dari"],
                lambda: (str(then), _label_explanation(
                    f"Predikat {year}", "predikat", filled(_AS_PRINTED_FOR, year=year),
                    (("predikat", printed_then),), str(then), earlier.get("lokasi", ""))),
                field=f"{place}.dari")
    else:
        then_value = b.n(printed_then)
        b.number(f"{id}.dari", earlier_label, lokasi, claim["dari"],
                 lambda: then_value, Rounding(places=_places(printed_then, b.angka)),
                 explain=lambda r: _sum_explanation(
                     Pesan(_NILAI_AS_PRINTED, year=year), [(f"nilai {year}", then_value)], r,
                     earlier.get("lokasi", "")), field=f"{place}.dari")
    if "selisih" in claim:
        if isinstance(dari, Predikat):
            b.not_computable(f"{id}.selisih", Pesan(_CHANGE_IN_POINTS, label=label), lokasi,
                             claim["selisih"], Pesan(_EARLIER_PREDIKAT),
                             field=f"{place}.selisih")
            return
        change = CONTEXT.subtract(b.n(akip["nilai"]), dari)
        b.number(f"{id}.selisih", Pesan(_CHANGE_IN_POINTS, label=label), lokasi, claim["selisih"],
                 lambda: change.copy_abs(), claim.get("rounding"),
                 explain=lambda r: Explanation(
                     title=Pesan(_CHANGE, label=label), rounding=r, steps=(Step(
                         name="selisih", formula="nilai − dari", inputs=inputs,
                         value=change),)), field=f"{place}.selisih")
