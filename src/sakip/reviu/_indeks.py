"""Checks of printed indices (``[[indeks]]``) and of realisasi computed from components.

IKM/SKM (the weight a report used is detected as a convention), IPM, Indeks
SPBE and Pemdi, SPIP levels, indicators from components and nilai capaian IKI.
A value the official method computes from unrounded parts (IPM components,
SPBE domains, Pemdi aspects, NRR) is *consistent up to rounding* when the
printed value lies within the range the printed parts allow (see the
file-format page, "Printed indices").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from sakip import _rules as rules
from sakip import pemerintah_digital as digital
from sakip._bahasa import Pesan, Teks
from sakip._decimal import CONTEXT, exact_sum
from sakip._decimal import text as _str
from sakip._katalog import terjemah
from sakip.errors import InvalidValueError, NotComputableError, SakipError
from sakip.explain import Explanation, Figure, Step, filled
from sakip.iki import nilai_capaian_iki
from sakip.indeks_kepuasan import IKMRule, IndeksKepuasanMasyarakat, ikm
from sakip.indeks_pembangunan import STATUS_IPM, ipm
from sakip.komponen import indikator_komponen
from sakip.lkj import _INDEKS, Indikator
from sakip.numbers import Rounding
from sakip.pemerintah_digital import IndeksDigital, Menunggu, Rentang
from sakip.reviu._builder import (
    _LABEL_MISMATCH,
    Compute,
    _Builder,
    _by_convention,
    _compare,
    _label_explanation,
    _places,
    _reason,
    _show,
)
from sakip.reviu._findings import Convention, Finding
from sakip.spip import level_spip

#: The topic of the IKM weight convention (``Reviu.conventions()`` counts it).
_BOBOT_TOPIC = "bobot IKM"

#: The fields of an ``[[indeks]]`` row, in the file format's order.
_ORDER = [key for key, _ in _INDEKS.fields]

#: The rule set of each jenis when the file names none.
#: The reasons this module writes (a finding's ``reason``, in both languages).
_INSIDE = Teks(
    id="konsisten sampai pembulatan: bagian-bagian tercetak memungkinkan {interval}, dan "
       "{printed} ({mode}) berada di dalamnya (dihitung ulang dari bagian tercetak {shown})",
    en="consistent up to rounding: the printed parts allow {interval}, and {printed} ({mode}) "
       "lies within it (recomputed from the printed parts {shown})")
_OR = Teks(id="{a} atau {b}", en="{a} or {b}")
_PRINTED = Teks(id="tercetak", en="printed")
_RECOMPUTED = Teks(id="hasil hitung", en="recomputed")
_NOT_A_FIGURE = Teks(id="{name} bukan angka dari jenis {jenis}",
                     en="{name} is not a figure of jenis {jenis}")
_NO_UNSUR = Teks(id="unsur (Σ jawaban per unsur) maupun nrr tidak ada di berkas",
                 en="neither unsur (Σ answers per unsur) nor nrr is in the file")
_NO_RESPONDENTS = Teks(id="tidak ada responden di berkas", en="no respondents in the file")
_NO_RESPONDENTS_FOR = Teks(id="tidak ada responden untuk unsur {i}",
                           en="no respondents for unsur {i}")
_MUTU = Teks(id="mutu {mutu} dari nilai {source} {value} pada tabel {table}{other}",
             en="mutu {mutu} of the {source} value {value} on the {table} table{other}")
_OTHER_SCALE = Teks(
    id=" (skala lain memberi {other}: skala {rule} berbeda di tepinya; label yang tercetak dari "
       "salah satunya diterima)",
    en=" (the other scale gives {other}: the {rule} scales disagree at their edges; a label "
       "printed from either is accepted)")
_IPM_NEEDS = Teks(id="ipm memerlukan uhh, hls, rls dan tepat satu dari pengeluaran_ribu dan "
                     "pengeluaran",
                  en="ipm needs uhh, hls, rls and exactly one of pengeluaran_ribu and "
                     "pengeluaran")
_IPM_STATUS = Teks(id="status dari IPM {source} {value}", en="status of the {source} IPM {value}")
_NO_DOMAIN = Teks(id="tidak ada indeks domain di berkas", en="no domain indices in the file")
_NO_LEVELS = Teks(id="level indikator maupun indeks aspek tidak ada di berkas",
                  en="neither indikator levels nor aspek indices are in the file")
_INDEX_PREDIKAT = Teks(id="predikat dari indeks {source} {value} ({aturan})",
                       en="predikat of the {source} index {value} ({aturan})")
_NONE_IN_FILE = Teks(id="tidak ada {what} di berkas", en="no {what} in the file")
_NAME_OF = Teks(id="nama dari {level}", en="the name of {level}")
_NO_PARTS = Teks(id="tidak ada bagian di berkas", en="no parts in the file")
_NO_BAND_TABLE = Teks(id="indikator dari komponen tidak memiliki tabel rentang",
                      en="an indicator from components has no band table")
_ROW_OF = Teks(id="baris capaian {capaian}", en="the row of capaian {capaian}")

_DEFAULT_ATURAN = {"ikm": "permenpanrb-14-2017", "ipm": "bps-2014",
                   "spbe": "permenpanrb-59-2020", "pemdi": "permenpanrb-8-2026",
                   "iki": "permenpanrb-8-2021"}

#: A Pemdi level not yet published: ``menunggu`` or ``menunggu (BSSN)``.
_MENUNGGU = re.compile(r"\s*menunggu\s*(?:\((?P<sumber>[^()]*)\))?\s*", re.IGNORECASE)

_SPIP_NILAI = ("an SPIP score is not recomputed: the score → level bands of Peraturan BPKP "
               "5/2021 were not retrieved (OPEN); the level is read as printed")

# ------------------------------------------------------------------ shared


@attrs.frozen
class _Place:
    """Where one ``[[indeks]]`` row is: its id prefix, field prefix, lokasi and rounding."""

    key: str
    place: str
    lokasi: str
    kode: str
    rounding: Rounding | None


def _consistent(b: _Builder, at: _Place, name: str, what: str, printed: str | None,
                computes: list[tuple[Convention, Compute]], region: Callable[[], Rentang],
                explain: Callable[[Rounding], Explanation] | None = None) -> Decimal | None:
    """A printed value an official method computes from unrounded parts.

    It reproduces (``match``) when it equals the value recomputed from the
    printed parts under the report's rounding (or another rounding mode, or,
    given ``computes`` alternatives, another convention); failing that, it is
    *consistent up to rounding* (``match``, the reason says so) when the
    values that print as it (:meth:`Rentang.from_printed` under the report's
    rounding mode) meet the range the printed parts allow (``region``);
    otherwise a mismatch.  The range is tried for the declared convention
    before any alternative.
    """
    if printed is None:
        return None
    field, id = f"{at.place}.{name}", f"{at.key}.{name}"
    label = f"{at.kode}: {what}"
    policy = at.rounding or b.laporan.rounding
    (declared, compute), others = computes[0], computes[1:]
    inside = ""
    try:
        result = compute()
        value = result.value if isinstance(result, Figure) else result
        if _compare(printed, value, policy, b.angka)[0] != "match":
            shown = b.n(printed)
            places = _places(printed, b.angka)
            allowed = region()
            if Rentang.from_printed(shown, Rounding(places=places, mode=policy.mode)).meets(
                    allowed):
                inside = Pesan(_INSIDE, interval=_interval(b, allowed), printed=printed,
                               mode=policy.mode,
                               shown=_show(value, places, policy.mode, angka=b.angka))
    except SakipError:
        pass
    convention = declared if others else None
    if not inside:
        return b.number(id, label, at.lokasi, printed, compute, at.rounding, field=field,
                        convention=convention, alternatives=tuple(others), explain=explain)
    value_or_none = b.number(id, label, at.lokasi, printed, compute, at.rounding, field=field,
                             convention=convention, explain=explain)
    found = b.findings[-1]
    b.findings[-1] = attrs.evolve(found, status="match", difference=None, reason=inside,
                                  reproduces_under=(declared,) if others else ())
    return value_or_none


def _plain(b: _Builder, value: Decimal) -> str:
    """An exact value written with the report's decimal mark, no thousands marks."""
    return _show(value, angka=b.angka, thousands=False)


def _interval(b: _Builder, r: Rentang) -> str:
    low, high = _plain(b, r.lower), _plain(b, r.upper)
    return f"{'[' if r.lower_inclusive else '('}{low}; {high}{']' if r.upper_inclusive else ')'}"


def _accepted_label(b: _Builder, at: _Place, printed: str | None,
                    compute: Callable[[], tuple[dict[str, str], Explanation]]) -> None:
    """A printed label against the labels that are accepted, each with why.

    ``compute`` returns ``{label: why}`` (the 2004 IKM table's two scales may
    give two labels; a label printed from either is accepted and the reason
    says which) and the explanation.
    """
    if printed is None:
        return
    id, field, label = f"{at.key}.predikat", f"{at.place}.predikat", f"{at.kode}: predikat"
    try:
        accepted, explanation = compute()
    except SakipError as error:
        b.findings.append(Finding(id=id, label=label, lokasi=at.lokasi, printed=printed,
                                  recomputed=None, status="not-computable",
                                  reason=_reason(error), field=field))
        return
    first = next(iter(accepted))
    for name, why in accepted.items():
        if printed.strip().casefold() == name.casefold():
            b.findings.append(Finding(id=id, label=label, lokasi=at.lokasi, printed=printed,
                                      recomputed=name, status="match", reason=why,
                                      explanation=explanation, field=field))
            return
    names = repr(first)
    for name in list(accepted)[1:]:
        names = Pesan(_OR, a=names, b=repr(name))
    b.findings.append(Finding(id=id, label=label, lokasi=at.lokasi, printed=printed,
                              recomputed=first, status="mismatch", explanation=explanation,
                              reason=Pesan(_LABEL_MISMATCH, printed=repr(printed), value=names),
                              field=field))


#: The derivation's words of a band label (the table's name and citation are data).
_BAND = Teks(id="pita", en="band")
_BAND_OF = Teks(id="pita dari {value} dalam {table}", en="the band of {value} in {table}")
_VALUE = Teks(id="nilai", en="value")


def _band_explanation(title: str, value: Decimal, label: str, table: str,
                      reference: str) -> Explanation:
    return _label_explanation(title, _BAND, filled(_BAND_OF, value=_str(value), table=table),
                              ((_VALUE, value),), label, reference)


def _printed_or(b: _Builder, printed: str | None, recomputed: Callable[[], Decimal],
                ) -> tuple[Decimal, Teks]:
    """The value a band label is read from: the printed one, else the recomputed one."""
    if printed is not None:
        try:
            return b.n(printed), _PRINTED
        except SakipError:
            pass
    return recomputed(), _RECOMPUTED


def _not_for(b: _Builder, at: _Place, row: Mapping[str, Any], jenis: str,
             names: tuple[str, ...]) -> None:
    """Printed figures that the index of ``jenis`` does not have: not computable, each."""
    for name in names:
        printed = row.get(name)
        if printed is None:
            continue
        if name in ("nrr", "aspek"):
            condition = {"nrr": "unsur", "aspek": "indikator"}[name]
            if condition not in row:  # inputs, not figures
                continue
            items = (list(enumerate(printed, start=1)) if isinstance(printed, tuple)
                     else list(printed.items()))
            for sub, text in items:
                where = f"[{sub}]" if isinstance(printed, tuple) else f".{sub}"
                b.not_computable(f"{at.key}.{name}{where}", f"{at.kode}: {name} {sub}",
                                 at.lokasi, text,
                                 Pesan(_NOT_A_FIGURE, name=name, jenis=repr(jenis)),
                                 field=f"{at.place}.{name}{where}")
            continue
        b.not_computable(f"{at.key}.{name}", f"{at.kode}: {name}", at.lokasi, printed,
                         Pesan(_NOT_A_FIGURE, name=name, jenis=repr(jenis)),
                         field=f"{at.place}.{name}")


def _whole(b: _Builder, text: str, field: str) -> int:
    number = b.n(text)
    if number != number.to_integral_value() or number < 1:
        raise InvalidValueError(field=field, expected="a whole number of respondents >= 1",
                                received=text)
    return int(number)


# ------------------------------------------------------------------ IKM


def _ikm_rule(row: Mapping[str, Any]) -> IKMRule:
    return rules.find_typed("ikm", row.get("aturan", _DEFAULT_ATURAN["ikm"]), IKMRule)


def _nrr_value(rule: IKMRule, nrr: tuple[Decimal, ...], bobot: str) -> Decimal:
    """IKM (NI) from NRR under a weight: Σ NRR ÷ n (exact 1/n) or Σ NRR × bobot."""
    if len(nrr) != len(rule.unsur):
        raise InvalidValueError(field="nrr", expected=f"{len(rule.unsur)} NRR, one per "
                                f"unsur ({rule.name})", received=len(nrr))
    if bobot not in rule.bobot_names():
        raise InvalidValueError(field="bobot", expected=f"one of "
                                f"{', '.join(rule.bobot_names())} ({rule.name})",
                                received=bobot)
    total = exact_sum(nrr)
    if bobot == rule.bobot_exact:
        return CONTEXT.divide(total, len(rule.unsur))
    return CONTEXT.multiply(total, dict(rule.bobot_konvensi)[bobot])


def _ikm_from_nrr(b: _Builder, rule: IKMRule, printed: tuple[str, ...], bobot: str,
                  factor: Decimal, policy: Rounding) -> tuple[Decimal, Rentang]:
    """The IKM (× ``factor``) from printed NRR and the range the printed NRR allow."""
    nrr = tuple(b.n(text) for text in printed)
    value = CONTEXT.multiply(_nrr_value(rule, nrr, bobot), factor)
    regions = [Rentang.from_printed(n, Rounding(places=_places(t, b.angka), mode=policy.mode))
               for n, t in zip(nrr, printed, strict=True)]
    low = CONTEXT.multiply(_nrr_value(rule, tuple(r.lower for r in regions), bobot), factor)
    high = CONTEXT.multiply(_nrr_value(rule, tuple(r.upper for r in regions), bobot), factor)
    return value, Rentang(lower=low, upper=high,
                          lower_inclusive=all(r.lower_inclusive for r in regions),
                          upper_inclusive=all(r.upper_inclusive for r in regions))


def _nrr_explanation(rule: IKMRule, bobot: str, factor: Decimal, value: Decimal,
                     rounding: Rounding) -> Explanation:
    formula = "Σ NRR ÷ n" if bobot == rule.bobot_exact else f"Σ NRR × {bobot}"
    if factor != 1:
        formula = f"({formula}) × {_str(factor)}"
    return Explanation(title=f"IKM from the printed NRR ({rule.name}, bobot {bobot})",
                       steps=(Step(name="IKM", formula=formula, inputs=(("bobot", bobot),),
                                   value=value, reference=rule.citation),),
                       rounding=rounding, reference=rule.citation)


def _check_ikm(b: _Builder, at: _Place, row: Mapping[str, Any]) -> None:
    unsur, nrr = row.get("unsur"), row.get("nrr")
    declared = row.get("bobot")
    if declared is not None:
        b.declared[_BOBOT_TOPIC] = declared
    try:
        rule: IKMRule | None = _ikm_rule(row)
    except SakipError:
        rule = None
    names = rule.bobot_names() if rule is not None else ()
    bobot = declared or (rule.bobot_exact if rule is not None else "1/9")
    order = (bobot, *(name for name in names if name != bobot))
    policy = at.rounding or b.laporan.rounding

    def survey(weight: str) -> IndeksKepuasanMasyarakat:
        rule_ = _ikm_rule(row)
        if unsur is None:
            raise NotComputableError(field=f"{at.place}.unsur", reason=Pesan(_NO_UNSUR))
        counts = row.get("responden")
        if not counts:
            raise NotComputableError(field=f"{at.place}.responden",
                                     reason=Pesan(_NO_RESPONDENTS))
        whole = [_whole(b, c, f"{at.place}.responden[{i}]")
                 for i, c in enumerate(counts, start=1)]
        return ikm(nilai_unsur=[b.n(t) for t in unsur],
                   responden=whole[0] if len(whole) == 1 else whole, bobot=weight,
                   aturan=rule_.name)

    for name, what, factor in (("nilai", "IKM (NI 1–4)", Decimal(1)),
                               ("konversi", "IKM konversi (NIK 25–100)", Decimal(25))):
        printed = row.get(name)
        if printed is None:
            continue
        if unsur is None and nrr is not None:
            def from_nrr(weight: str, factor: Decimal = factor) -> Decimal:
                return _ikm_from_nrr(b, _ikm_rule(row), nrr, weight, factor, policy)[0]

            def region(factor: Decimal = factor) -> Rentang:
                return _ikm_from_nrr(b, _ikm_rule(row), nrr, bobot, factor, policy)[1]

            computes: list[tuple[Convention, Compute]] = [
                (Convention(_BOBOT_TOPIC, w), (lambda w=w, f=from_nrr: f(w)))  # type: ignore[misc]
                for w in order]
            before = len(b.findings)
            def explain(r: Rounding, factor: Decimal = factor) -> Explanation:
                return _nrr_explanation(_ikm_rule(row), bobot, factor,
                                        _ikm_from_nrr(b, _ikm_rule(row), nrr, bobot, factor,
                                                      policy)[0], r)

            _consistent(b, at, name, what, printed, computes, region, explain)
            found = b.findings[-1]
            if len(b.findings) > before and found.explanation is None and isinstance(
                    found.recomputed, Decimal) and found.convention is not None:
                b.findings[-1] = attrs.evolve(found, explanation=_nrr_explanation(
                    _ikm_rule(row), found.convention.name, factor, found.recomputed,
                    found.rounding or policy))
        else:
            def figure(weight: str, konversi: bool = name == "konversi") -> Figure:
                result = survey(weight)
                return result.konversi if konversi else result

            computes = [(Convention(_BOBOT_TOPIC, w), (lambda w=w, f=figure: f(w)))  # type: ignore[misc]
                        for w in order]
            _by_convention(b, f"{at.key}.{name}", f"{at.kode}: {what}", at.lokasi, printed,
                           at.rounding, computes, field=f"{at.place}.{name}")
    if unsur is not None and nrr is not None:
        _check_nrr(b, at, row, unsur, nrr)
    _accepted_label(b, at, row.get("predikat"), lambda: _ikm_mutu(b, row, survey, bobot))


def _check_nrr(b: _Builder, at: _Place, row: Mapping[str, Any], unsur: tuple[str, ...],
               nrr: tuple[str, ...]) -> None:
    counts = row.get("responden") or ()
    for i, printed in enumerate(nrr, start=1):
        def compute(i: int = i) -> Decimal:
            if i > len(unsur):
                raise InvalidValueError(field=f"{at.place}.unsur", expected=f"a total for "
                                        f"unsur {i}", received=len(unsur))
            if not counts or (len(counts) > 1 and i > len(counts)):
                raise NotComputableError(field=f"{at.place}.responden",
                                         reason=Pesan(_NO_RESPONDENTS_FOR, i=i))
            count = counts[0] if len(counts) == 1 else counts[i - 1]
            return CONTEXT.divide(b.n(unsur[i - 1]), _whole(b, count, f"{at.place}.responden"))

        def explain(r: Rounding, i: int = i) -> Explanation:
            value = compute(i)
            return Explanation(title=f"NRR unsur {i}", steps=(Step(
                name=f"NRR {i}", formula="Σ jawaban ÷ responden",
                inputs=(("Σ jawaban", b.n(unsur[i - 1])),), value=value),), rounding=r)

        b.number(f"{at.key}.nrr[{i}]", f"{at.kode}: NRR unsur {i}", at.lokasi, printed,
                 compute, at.rounding, explain=explain, field=f"{at.place}.nrr[{i}]")


def _ikm_mutu(b: _Builder, row: Mapping[str, Any],
              survey: Callable[[str], IndeksKepuasanMasyarakat],
              bobot: str) -> tuple[dict[str, str], Explanation]:
    """The mutu (and kinerja) of the printed NIK or NI (else the recomputed), on each scale."""
    rule = _ikm_rule(row)
    factor = rule.konversi
    if row.get("konversi") is not None or row.get("nilai") is None:
        nik, source = _printed_or(b, row.get("konversi"),
                                  lambda: _recomputed_ni(b, row, survey, bobot) * factor)
        ni = CONTEXT.divide(nik, factor)
    else:
        ni, source = _printed_or(b, row.get("nilai"),
                                 lambda: _recomputed_ni(b, row, survey, bobot))
        nik = CONTEXT.multiply(ni, factor)
    labels = {"konversi": rule.bands("konversi", "bawah").label(nik),
              "nilai": rule.bands("nilai", "bawah").label(ni)}
    kinerja = dict(rule.kinerja)
    accepted: dict[str, str] = {}
    for skala, value in (("konversi", nik), ("nilai", ni)):
        mutu = labels[skala]
        other = labels["nilai" if skala == "konversi" else "konversi"]
        table = "NIK 25–100" if skala == "konversi" else "NI 1–4"
        why = Pesan(_MUTU, mutu=mutu, source=source, value=_plain(b, value), table=table,
                    other=Pesan(_OTHER_SCALE, other=other, rule=rule.name)
                    if other != mutu else "")
        accepted.setdefault(mutu, why)
        accepted.setdefault(kinerja[mutu], why)
    explanation = _band_explanation(f"IKM mutu ({rule.name})", nik, labels["konversi"],
                                    f"{rule.name} NIK table (celah bawah)",
                                    rule.citation)
    return accepted, explanation


def _recomputed_ni(b: _Builder, row: Mapping[str, Any],
                   survey: Callable[[str], IndeksKepuasanMasyarakat], bobot: str) -> Decimal:
    nrr = row.get("nrr")
    if row.get("unsur") is None and nrr is not None:
        return _nrr_value(_ikm_rule(row), tuple(b.n(t) for t in nrr), bobot)
    return survey(bobot).value


# ------------------------------------------------------------------ IPM, SPBE, Pemdi


def _check_ipm(b: _Builder, at: _Place, row: Mapping[str, Any]) -> None:
    def figure() -> Figure:
        missing = [k for k in ("uhh", "hls", "rls") if row.get(k) is None]
        if missing or (row.get("pengeluaran") is None) == (row.get("pengeluaran_ribu") is None):
            raise NotComputableError(field=at.place, reason=Pesan(_IPM_NEEDS))
        ribu, rupiah = row.get("pengeluaran_ribu"), row.get("pengeluaran")
        return ipm(uhh=b.n(row["uhh"]), hls=b.n(row["hls"]), rls=b.n(row["rls"]),
                   pengeluaran_ribu=None if ribu is None else b.n(ribu),
                   pengeluaran=None if rupiah is None else b.n(rupiah),
                   aturan=row.get("aturan", _DEFAULT_ATURAN["ipm"]))

    def region() -> Rentang:
        low, high = figure().rounding_range()  # type: ignore[attr-defined]
        return Rentang(lower=low, upper=high)

    _consistent(b, at, "nilai", "IPM", row.get("nilai"),
                [(Convention("ipm", "bps-2014"), figure)], region)

    def status() -> tuple[dict[str, str], Explanation]:
        value, source = _printed_or(b, row.get("nilai"), lambda: figure().value)
        label = STATUS_IPM.label(value)
        return ({label: Pesan(_IPM_STATUS, source=source, value=_plain(b, value))},
                _band_explanation("IPM status", value, label, STATUS_IPM.name,
                                  STATUS_IPM.citation))

    _accepted_label(b, at, row.get("predikat"), status)


def _most_places(b: _Builder, texts: Mapping[str, str]) -> int:
    return max((_places(t, b.angka) for t in texts.values()), default=0)


def _levels(b: _Builder, at: _Place, given: Mapping[str, str]) -> dict[int, Decimal | Menunggu]:
    out: dict[int, Decimal | Menunggu] = {}
    for key, text in given.items():
        if not key.isdigit():
            raise InvalidValueError(field=f"{at.place}.indikator.{key}",
                                    expected="an indicator number (\"1\" … \"20\")",
                                    received=key)
        pending = _MENUNGGU.fullmatch(text)
        out[int(key)] = (Menunggu(sumber=(pending.group("sumber") or "").strip()) if pending
                         else b.n(text))
    return out


def _digital(b: _Builder, at: _Place, row: Mapping[str, Any], jenis: str) -> IndeksDigital:
    aturan = row.get("aturan", _DEFAULT_ATURAN[jenis])
    if jenis == "spbe":
        domain = row.get("domain")
        if domain is None:
            raise NotComputableError(field=f"{at.place}.domain", reason=Pesan(_NO_DOMAIN))
        return digital.indeks_spbe(domain={k: b.n(v) for k, v in domain.items()}, aturan=aturan)
    if row.get("indikator") is not None:
        return digital.indeks_pemdi(indikator=_levels(b, at, row["indikator"]), aturan=aturan)
    if row.get("aspek") is not None:
        return digital.indeks_pemdi(aspek={k: b.n(v) for k, v in row["aspek"].items()},
                                    aturan=aturan)
    raise NotComputableError(field=f"{at.place}.indikator", reason=Pesan(_NO_LEVELS))


def _check_digital(b: _Builder, at: _Place, row: Mapping[str, Any], jenis: str) -> None:
    policy = at.rounding or b.laporan.rounding

    def region() -> Rentang:
        parts = row.get("domain") if jenis == "spbe" else (
            None if row.get("indikator") is not None else row.get("aspek"))
        return _digital(b, at, row, jenis).rentang(
            Rounding(places=_most_places(b, parts or {}), mode=policy.mode))

    _consistent(b, at, "nilai", "Indeks SPBE" if jenis == "spbe" else "Indeks Pemdi",
                row.get("nilai"), [(Convention(jenis, "indeks"),
                                    lambda: _digital(b, at, row, jenis))], region)
    if jenis == "pemdi" and row.get("indikator") is not None and row.get("aspek") is not None:
        for name, printed in row["aspek"].items():
            def aspect(name: str = name) -> Decimal:
                indices = {a: v for a, _, v in _digital(b, at, row, jenis).aspek}
                if name not in indices:
                    raise InvalidValueError(field=f"{at.place}.aspek.{name}", expected=(
                        "one of " + ", ".join(indices)), received=name)
                return indices[name]

            def explain(r: Rounding, name: str = name) -> Explanation:
                explanation = _digital(b, at, row, jenis).explain(r.places, r.mode)
                steps = tuple(s for s in explanation.steps if s.name == f"indeks aspek {name}")
                return attrs.evolve(explanation, title=f"Indeks aspek {name}",
                                    steps=steps or explanation.steps)

            b.number(f"{at.key}.aspek.{name}", f"{at.kode}: indeks aspek {name}", at.lokasi,
                     printed, aspect, at.rounding, explain=explain,
                     field=f"{at.place}.aspek.{name}")

    def predikat() -> tuple[dict[str, str], Explanation]:
        aturan = row.get("aturan", _DEFAULT_ATURAN[jenis])
        value, source = _printed_or(b, row.get("nilai"),
                                    lambda: _digital(b, at, row, jenis).value)
        label = digital.predikat_indeks_digital(value, aturan=aturan)
        return ({label: Pesan(_INDEX_PREDIKAT, source=source, value=_plain(b, value),
                              aturan=aturan)},
                _band_explanation("Predikat", value, label, aturan, aturan))

    _accepted_label(b, at, row.get("predikat"), predikat)


# ------------------------------------------------------------------ SPIP, komponen, IKI


def _check_spip(b: _Builder, at: _Place, row: Mapping[str, Any]) -> None:
    if row.get("nilai") is not None:
        b.not_computable(f"{at.key}.nilai", f"{at.kode}: nilai SPIP", at.lokasi, row["nilai"],
                         _SPIP_NILAI, field=f"{at.place}.nilai")

    def name() -> tuple[dict[str, str], Explanation]:
        if row.get("level") is None:
            raise NotComputableError(field=f"{at.place}.level",
                                     reason=Pesan(_NONE_IN_FILE, what="level"))
        level = level_spip(row["level"])
        return ({level.label: Pesan(_NAME_OF, level=level)},
                _label_explanation("SPIP maturity", "level", "the name of the level",
                                   (("level", str(level)),), level.label,
                                   "PP 60/2008; Peraturan BPKP 5/2021"))

    _accepted_label(b, at, row.get("predikat"), name)


def _komponen(place: str, rumus: str, pembilang: Decimal | None, penyebut: Decimal | None,
              bagian: list[Decimal] | None, label: str) -> Figure:
    if rumus == "jumlah":
        if not bagian:
            raise NotComputableError(field=f"{place}.bagian", reason=Pesan(_NO_PARTS))
        return indikator_komponen(pembilang=bagian, jenis="jumlah", label=label)
    if pembilang is None or penyebut is None:
        missing = "pembilang" if pembilang is None else "penyebut"
        raise NotComputableError(field=f"{place}.{missing}",
                                 reason=Pesan(_NONE_IN_FILE, what=missing))
    return indikator_komponen(pembilang=pembilang, penyebut=penyebut,
                              jenis=rumus, label=label)  # type: ignore[arg-type]


def _check_komponen(b: _Builder, at: _Place, row: Mapping[str, Any]) -> None:
    b.number(f"{at.key}.nilai", f"{at.kode}: nilai", at.lokasi, row.get("nilai"),
             lambda: _komponen(at.place, row.get("rumus", "rasio"),
                               _optional(b, row.get("pembilang")),
                               _optional(b, row.get("penyebut")),
                               None if row.get("bagian") is None else
                               [b.n(part) for part in row["bagian"]], at.kode),
             at.rounding, field=f"{at.place}.nilai")
    if row.get("predikat") is not None:
        b.not_computable(f"{at.key}.predikat", f"{at.kode}: predikat", at.lokasi,
                         row["predikat"], Pesan(_NO_BAND_TABLE),
                         field=f"{at.place}.predikat")


def _check_iki(b: _Builder, at: _Place, row: Mapping[str, Any]) -> None:
    def figure() -> Any:
        if row.get("capaian") is None:
            raise NotComputableError(field=f"{at.place}.capaian",
                                     reason=Pesan(_NONE_IN_FILE, what="capaian"))
        options = {k: b.n(row[k]) for k in ("nilai_baik", "nilai_sangat_baik") if k in row}
        return nilai_capaian_iki(capaian=b.n(row["capaian"]),
                                 target_maksimum=row.get("target_maksimum", False),
                                 aturan=row.get("aturan", _DEFAULT_ATURAN["iki"]), **options)

    b.number(f"{at.key}.nilai", f"{at.kode}: nilai capaian IKI", at.lokasi, row.get("nilai"),
             figure, at.rounding, field=f"{at.place}.nilai")

    def kategori() -> tuple[dict[str, str], Explanation]:
        result = figure()
        return ({result.kategori: Pesan(_ROW_OF, capaian=_str(result.capaian))},
                result.explain())

    _accepted_label(b, at, row.get("predikat"), kategori)


# ------------------------------------------------------------------ the section


def _check_indeks(b: _Builder, row: Mapping[str, Any], index: int) -> None:
    """Each printed figure of one ``[[indeks]]`` row: exactly one finding each."""
    jenis = row["jenis"]
    at = _Place(key=f"indeks.{row['kode']}", place=f"indeks[{index}]",
                lokasi=row.get("lokasi") or "indeks", kode=row["kode"],
                rounding=row.get("rounding"))
    fields = dict(_INDEKS.fields)
    for name, condition in (("nrr", "unsur"), ("aspek", "indikator")):
        given = row.get(name)
        if given is not None and condition not in row:  # inputs here (lkj.input_fields)
            items = given if isinstance(given, tuple) else tuple(
                f"{key} = {text}" for key, text in given.items())
            b.input(f"{at.kode}: {name}", at.lokasi, "; ".join(items),
                    terjemah(fields[name].input_of), field=f"{at.place}.{name}")
    start = len(b.findings)
    if jenis == "ikm":
        _check_ikm(b, at, row)
        _not_for(b, at, row, jenis, ("aspek",))
    else:
        _check_other(b, at, row, jenis)
    # the findings in the file's order (the order of the fields in SPEC)
    b.findings[start:] = sorted(b.findings[start:], key=lambda f: _ORDER.index(
        f.field[len(at.place) + 1:].split(".")[0].split("[")[0]))


def _check_other(b: _Builder, at: _Place, row: Mapping[str, Any], jenis: str) -> None:
    if jenis == "ipm":
        _check_ipm(b, at, row)
    elif jenis in ("spbe", "pemdi"):
        _check_digital(b, at, row, jenis)
    elif jenis == "spip":
        _check_spip(b, at, row)
    elif jenis == "komponen":
        _check_komponen(b, at, row)
    else:
        _check_iki(b, at, row)
    others = ("konversi", "nrr") + (() if jenis == "pemdi" else ("aspek",))
    _not_for(b, at, row, jenis, others)


def _optional(b: _Builder, text: str | None) -> Decimal | None:
    return None if text is None else b.n(text)


def _check_realisasi_komponen(b: _Builder, ind: Indikator, index: int) -> None:
    """An indicator's printed realisasi against its ``pembilang ÷ penyebut × 100``."""
    if ind.pembilang is None and ind.penyebut is None:
        return
    place = f"indikator[{index}]"
    b.number(f"indikator.{ind.kode}.realisasi", f"{ind.kode}: realisasi",
             ind.lokasi, ind.realisasi_tercetak,
             lambda: _komponen(place, "rasio", ind.pembilang, ind.penyebut, None, ind.kode),
             ind.rounding, field=f"{place}.realisasi")
