"""Checks of efficiency-performance tables under named conventions.

``rasio``, ``indeks`` (with its categories) and ``selisih``; ``rerata`` rows.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any, TypeAlias

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks
from sakip.conventions import EfisiensiKinerja, Rerata, efisiensi_kinerja, rerata
from sakip.errors import NotComputableError, SakipError
from sakip.explain import Explanation, Figure, filled
from sakip.numbers import Rounding
from sakip.reviu._builder import (
    Compute,
    LabelCompute,
    Valued,
    _Builder,
    _by_convention,
    _compare,
    _Conventions,
    _label_by_convention,
    _label_explanation,
)
from sakip.reviu._findings import (
    _AGREGAT_TOPIC,
    _DEFAULTS,
    _KATEGORI_KIND,
    _KATEGORI_TOPIC,
    _RUMUS_TOPIC,
    Convention,
)

#: The reasons this module writes (a finding's ``reason``, in both languages).
_ONLY_MEAN = Teks(id="tabel tidak mencetak satu pun baris yang dirata-ratakan (hanya reratanya)",
                  en="the table prints none of the rows this mean is over (only the mean)")
_NOT_ALL_ROWS = Teks(
    id="{place}.lengkap = false: baris yang dirata-ratakan tidak semuanya tercetak, jadi rerata "
       "tidak dihitung ulang dari yang tercetak",
    en="{place}.lengkap = false: the rows this mean is over are not all printed, so it is not "
       "recomputed from those that are")
_TE_INDEKS = Teks(id="TE = IE − SE milik rumus 'indeks'; angka-angkanya mengikuti {effective}",
                  en="TE = IE − SE belongs to rumus 'indeks'; the figures follow {effective}")
_NO_TABLE = Teks(id="tidak ada tabel kategori terbitan untuk rumus {effective} (tabel IE "
                    "memberi label pada rumus 'indeks')",
                 en="no published category table for rumus {effective} (the IE tables label "
                    "rumus 'indeks')")
_IE_NC = Teks(id="IE tidak dapat dihitung", en="IE is not computable")
_LACKS = Teks(id="ada baris tanpa angka yang dirata-ratakan", en="a row lacks the figure averaged")
_NO_PAGU = Teks(id="ada baris tanpa pagu sebagai bobot", en="a row has no pagu to weight by")
_MENDED = Teks(id="dengan E hasil hitung dari baris yang E tercetaknya sendiri tidak sesuai "
                  "({rows}{more})",
               en="with the recomputed E of the rows whose printed E is a mismatch itself "
                  "({rows}{more})")
_AND_MORE = Teks(id=" dan {n} lainnya", en=" and {n} more")


def _check_efisiensi_kinerja(b: _Builder, tab: dict[str, Any], index: int) -> None:
    """An efficiency table of percentages: E per input under the declared rumus; rerata rows."""
    kode = tab["kode"]
    # Undeclared: every rumus is tried, the default first (indeks when an IE table is named).
    rumus = tab.get("rumus", "indeks" if "kategori" in tab else _DEFAULTS[_RUMUS_TOPIC])
    if "rumus" in tab:
        b.declared[_RUMUS_TOPIC] = rumus
    tabel, agregat = tab.get("kategori"), tab.get("agregat", "rerata")
    if "agregat" in tab:
        b.declared[_AGREGAT_TOPIC] = agregat
    if tabel is not None:
        b.declared[_KATEGORI_TOPIC] = tabel
    rumus_all = [rumus, *(r for r in ("rasio", "indeks", "selisih") if r != rumus)]
    by_name = [Convention(_RUMUS_TOPIC, r) for r in rumus_all]  # made once per table
    plain = list(tab.get("baris", ()))
    rows = [(f"baris[{i}]", row, False) for i, row in enumerate(plain, start=1)] + [
        (f"rerata[{i}]", row, True) for i, row in enumerate(tab.get("rerata", ()), start=1)]
    cache: _Means = {}  # each mean of the table computed once (issue 24: once N² work)
    values: _Values = {}  # each rumus's value, once per distinct pair of percentages
    made: dict[tuple[str, ...], _Conventions] = {}  # each mean's conventions, built once

    def means_of(key: tuple[str, ...], pick: Callable[[dict[str, Any]], str | None],
                 ) -> _Conventions:
        if key not in made:
            made[key] = _once(cache, key, _rerata_computes(b, plain, agregat, pick))
        return made[key]

    wrong_e: dict[str, dict[str, Decimal]] = {}  # input -> row label -> recomputed E
    for where, row, is_rerata in rows:
        key = f"efisiensi_kinerja.{kode}.{row['label']}"
        place = f"efisiensi_kinerja[{index}].{where}"
        lokasi = row.get("lokasi") or tab.get("lokasi", kode)
        rnd = row.get("rounding") or tab.get("rounding")
        co = b.n(row["capaian_output"])
        # A mean over rows the table does not all print (or prints none of): its
        # percentages cannot be averaged again; its E follows from them under the rumus.
        partial_mean = is_rerata and (not plain or row.get("lengkap") is False)
        why = Pesan(_ONLY_MEAN) if not plain else Pesan(_NOT_ALL_ROWS, place=place)
        if partial_mean:
            b.not_computable(f"{key}.capaian_output", f"{row['label']}: capaian output",
                             lokasi, row["capaian_output"], why,
                             field=f"{place}.capaian_output")
        elif is_rerata:
            _by_convention(b, f"{key}.capaian_output", f"{row['label']}: capaian output",
                           lokasi, row["capaian_output"], rnd,
                           means_of(("capaian_output",), _capaian_output_of),
                           field=f"{place}.capaian_output")
        for input_index, inp in enumerate(row["input"], start=1):
            nama = inp["nama"]
            ci = b.n(inp["capaian"])
            what = f"{row['label']}: {nama}"
            at = f"{place}.input[{input_index}]"
            if partial_mean:
                b.not_computable(f"{key}.{nama}.capaian", f"{what}: capaian input", lokasi,
                                 inp["capaian"], why, field=f"{at}.capaian")
            elif is_rerata:
                _by_convention(b, f"{key}.{nama}.capaian", f"{what}: capaian input", lokasi,
                               inp["capaian"], rnd,
                               means_of(("capaian", nama), partial(
                                   _input_field, nama=nama, field="capaian")),
                               field=f"{at}.capaian")
            figures: _Means = {}  # each rumus's figure for this input, once
            computes: _Conventions = []
            for r, convention in zip(rumus_all, by_name, strict=True):
                figure = partial(efisiensi_kinerja, capaian_output=co, capaian_input=ci,
                                 rumus=r, input=nama, label=row["label"],
                                 kategori=tabel if r == "indeks" else None)
                computes.append((convention, Valued(
                    partial(_remembered, figures, (r,), figure),
                    partial(_value, values, (r, co, ci), figure))))
            by_rumus = {c.name: compute for c, compute in computes}
            mended_note = ""
            if is_rerata and not partial_mean and "efisiensi" in inp:
                # A rerata row's E is the mean of the rows' printed E, or the rumus on its
                # own (mean) percentages: both are seen in reports.
                means = means_of(("efisiensi", nama), partial(_input_field, nama=nama,
                                                              field="efisiensi"))
                first, mended_note = _mended_mean(b, inp["efisiensi"], rnd, means[0],
                                                  wrong_e.get(nama, {}), plain, agregat,
                                                  nama, cache)
                computes = [first, *computes, *means[1:]]
            before = len(b.findings)
            e, used = _by_convention(b, f"{key}.{nama}.efisiensi", f"{what}: efisiensi",
                                     lokasi, inp.get("efisiensi"), rnd, computes,
                                     field=f"{at}.efisiensi")
            found = b.findings[-1] if len(b.findings) > before else None
            if found is not None and not is_rerata and found.status == "mismatch" and (
                    isinstance(found.recomputed, Decimal)):
                wrong_e.setdefault(nama, {})[row["label"]] = found.recomputed
            elif found is not None and mended_note and found.status == "match":
                b.findings[-1] = attrs.evolve(found, reason=mended_note)
            # TE and kategori follow the rumus that reproduced the printed E.
            effective = used.name if used.topic == _RUMUS_TOPIC else rumus
            fig = _try(by_rumus[effective])  # type: ignore[arg-type]  # a rumus's figure
            if "tingkat" in inp:
                if effective != "indeks" or fig is None:
                    b.not_computable(f"{key}.{nama}.tingkat", f"{what}: tingkat efisiensi",
                                     lokasi, inp["tingkat"],
                                     Pesan(_TE_INDEKS, effective=repr(effective)),
                                     field=f"{at}.tingkat")
                else:
                    b.number(f"{key}.{nama}.tingkat", f"{what}: tingkat efisiensi (TE)",
                             lokasi, inp["tingkat"], partial(_tingkat_of, fig), rnd,
                             field=f"{at}.tingkat")
            if "kategori" in inp:
                if effective != "indeks":
                    b.not_computable(f"{key}.{nama}.kategori", f"{what}: kategori", lokasi,
                                     inp["kategori"],
                                     Pesan(_NO_TABLE, effective=repr(effective)),
                                     field=f"{at}.kategori")
                elif e is not None and fig is not None:
                    _kategori_indeks_check(b, f"{key}.{nama}.kategori", f"{what}: kategori",
                                           lokasi, inp["kategori"], e, fig,
                                           field=f"{at}.kategori")
                else:
                    b.not_computable(f"{key}.{nama}.kategori", f"{what}: kategori", lokasi,
                                     inp["kategori"], Pesan(_IE_NC),
                                     field=f"{at}.kategori")


def _kategori_indeks_check(b: _Builder, id: str, label: str, lokasi: str, printed: str,
                           ie: Decimal, fig: EfisiensiKinerja, *, field: str) -> None:
    """A printed IE category under the table in use; the other named IE table is tried.

    The two published wordings differ at IE = SE and above 1,81, so a label
    that reproduces only under the other table is ``match-other-convention``
    (topic ``kategori indeks efisiensi``), through :func:`_label_by_convention`
    as every label a report may assign under named band tables.  An own table
    (not one of the named ones) has nothing to be compared with.
    """
    bands, names = fig.kategori_bands, ("prkom-bpom-2021", "bbpom-yogyakarta-2020")
    if bands is None or bands.name not in names or rules.find(_KATEGORI_KIND,
                                                              bands.name) != bands:
        b.label(id, label, lokasi, printed, partial(_kategori_indeks, ie, fig), field=field)
        return
    computes: list[tuple[Convention, LabelCompute]] = [
        (Convention(_KATEGORI_TOPIC, bands.name), partial(_kategori_indeks, ie, fig))]
    for name in names:
        table = rules.find(_KATEGORI_KIND, name)
        assert isinstance(table, rules.LabelBands)
        if name != bands.name:
            computes.append((Convention(_KATEGORI_TOPIC, name), partial(
                _kategori_indeks, ie, fig._replaced(kategori_bands=table))))
    _label_by_convention(b, id, label, lokasi, printed, computes, field=field)


def _tingkat_of(fig: EfisiensiKinerja) -> Figure:
    return fig.tingkat


def _try(compute: Callable[[], EfisiensiKinerja]) -> EfisiensiKinerja | None:
    try:
        return compute()
    except SakipError:
        return None


def _kategori_indeks(ie: Decimal, fig: EfisiensiKinerja) -> tuple[str, Explanation]:
    bands = fig.kategori_bands
    assert bands is not None
    label = bands.label(ie)
    edge = _INCLUSIVE if bands.inclusive == "lower" else _EXCLUSIVE
    return label, _label_explanation("Kategori indeks efisiensi", "kategori",
                                     filled(_IE_BAND, edge=edge, name=bands.name),
                                     (("IE", ie),), label, bands.citation)


# The derivation's words of the IE category (the band table's name and citation are data).
_INCLUSIVE = Teks(id="batas bawah termasuk", en="lower bounds inclusive")
_EXCLUSIVE = Teks(id="batas bawah tidak termasuk", en="lower bounds exclusive")
_IE_BAND = Teks(id="pita IE ({edge}; {name})", en="band of IE ({edge}; {name})")


def _capaian_output_of(row: dict[str, Any]) -> str | None:
    value = row.get("capaian_output")
    return value if isinstance(value, str) else None


def _input_field(row: dict[str, Any], *, nama: str, field: str) -> str | None:
    for inp in row["input"]:
        if inp["nama"] == nama:
            value = inp.get(field)
            return value if isinstance(value, str) else None
    return None


def _mended_mean(b: _Builder, printed: str, rnd: Rounding | None,
                 declared: tuple[Convention, Compute], wrong: dict[str, Decimal],
                 plain: list[dict[str, Any]], agregat: str, nama: str,
                 cache: _Means | None = None) -> tuple[tuple[Convention, Compute], str]:
    """A rerata row's E: from the rows' printed E, or with the wrong ones mended.

    When some rows' printed E are mismatches themselves and the mean of the
    printed E does not reproduce the printed mean, the mean with those rows'
    recomputed E is tried: a planted mistake in a row is blamed once, at the
    row.  Returns the compute to use first and, when mended, the note saying so.
    With ``cache`` (the table's means) the mended mean is computed once per
    input, not once per ``rerata`` row (issue 24); the note names at most ten
    rows and counts the rest.
    """
    convention, compute = declared
    if not wrong:
        return declared, ""
    policy = rnd or b.laporan.rounding
    try:
        result = compute()
        value = result.value if isinstance(result, Figure) else result
        if _compare(printed, value, policy, b.angka)[0] != "mismatch":
            return declared, ""
    except SakipError:
        pass

    def mended() -> Rerata:
        out = []
        for row in plain:
            text = _input_field(row, nama=nama, field="efisiensi")
            if text is None:
                raise NotComputableError(field="baris", reason=Pesan(_LACKS))
            out.append(wrong.get(row["label"], b.n(text)))
        if agregat == "tertimbang-pagu":
            if any("pagu" not in row for row in plain):
                raise NotComputableError(field="pagu", reason=Pesan(_NO_PAGU))
            return rerata(out, pagu=[b.n(row["pagu"]) for row in plain])
        return rerata(out)

    once: Compute = mended if cache is None else partial(
        _remembered, cache, ("mended", nama), mended)
    try:
        result = once()
    except SakipError:
        return declared, ""
    value = result.value if isinstance(result, Figure) else result
    if _compare(printed, value, policy, b.angka)[0] == "mismatch":
        return declared, ""
    labels = sorted(wrong)
    more = Pesan(_AND_MORE, n=len(labels) - 10) if len(labels) > 10 else ""
    return (convention, once), Pesan(_MENDED, rows=", ".join(labels[:10]), more=more)


def _rerata_computes(b: _Builder, plain: list[dict[str, Any]], agregat: str,
                     pick: Callable[[dict[str, Any]], str | None]) -> _Conventions:
    """The aggregate of the rows' printed values under each convention, declared first."""
    def mean(weighted: bool) -> Rerata:
        texts = [pick(row) for row in plain]
        if any(t is None for t in texts) or not texts:
            raise NotComputableError(field="baris", reason=Pesan(_LACKS))
        values = [b.n(t) for t in texts if t is not None]
        if not weighted:
            return rerata(values)
        if any("pagu" not in row for row in plain):
            raise NotComputableError(field="pagu", reason=Pesan(_NO_PAGU))
        return rerata(values, pagu=[b.n(row["pagu"]) for row in plain])
    order = [agregat, *(a for a in ("rerata", "tertimbang-pagu") if a != agregat)]
    return [(Convention(_AGREGAT_TOPIC, a), partial(mean, a == "tertimbang-pagu"))
            for a in order]


#: The values of a table's rumus, by (rumus, capaian output, capaian input): the value or
#: the error (the same for every row of those percentages, whatever its label).
_Values: TypeAlias = dict[tuple[str, Decimal, Decimal], "Decimal | SakipError"]


def _value(values: _Values, key: tuple[str, Decimal, Decimal],
           compute: Callable[[], EfisiensiKinerja]) -> Decimal:
    """The value of ``compute`` (a rumus at ``key``'s percentages), computed once per key;
    at most 4096 kept, then afresh (a table of distinct percentages keeps no more)."""
    found = values.get(key)
    if found is None:
        try:
            found = compute().value
        except SakipError as error:
            found = error
        if len(values) >= 4096:
            values.clear()
        values[key] = found
    if isinstance(found, SakipError):
        raise found.with_traceback(None)  # a fresh traceback each time: none accumulates
    return found


#: A table's means, each once: by (field, input's nama, convention), the figure or the error.
_Means: TypeAlias = dict[tuple[str, ...], "Figure | Decimal | SakipError"]


def _once(means: _Means, key: tuple[str, ...], computes: _Conventions) -> _Conventions:
    """The same conventions, each mean computed at most once per table.

    Every ``rerata`` row compares its figures with the means of all the rows;
    computed afresh for each, a table of N rows and N ``rerata`` rows cost N²
    (issue 24).
    """
    return [(convention, partial(_remembered, means, (*key, convention.name), compute))
            for convention, compute in computes]


def _remembered(means: _Means, key: tuple[str, ...], compute: Callable[[], Figure | Decimal],
                ) -> Figure | Decimal:
    if key not in means:
        try:
            means[key] = compute()
        except SakipError as error:
            means[key] = error
    found = means[key]
    if isinstance(found, SakipError):
        raise found.with_traceback(None)  # a fresh traceback each time: none accumulates
    return found
