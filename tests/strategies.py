"""The one source of generated data for property tests."""

from __future__ import annotations

import datetime
import decimal
from decimal import Decimal
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from sakip import CapaianRO, Predikat, RincianOutput, RiwayatPagu, Rounding


def decimals(
    min_value: int | str | Decimal = 0, max_value: int | str | Decimal = 10**6, places: int = 4
) -> st.SearchStrategy[Decimal]:
    """Finite Decimals in a range with at most ``places`` decimals."""
    return st.decimals(
        min_value=Decimal(min_value), max_value=Decimal(max_value), places=places,
        allow_nan=False, allow_infinity=False,
    )


def positive(max_value: int = 10**6, places: int = 4) -> st.SearchStrategy[Decimal]:
    """Strictly positive Decimals."""
    return decimals(Decimal(1).scaleb(-places), max_value, places)


def rupiah(max_value: int = 10**13) -> st.SearchStrategy[Decimal]:
    """Whole-rupiah amounts."""
    return st.integers(min_value=0, max_value=max_value).map(Decimal)


def roundings() -> st.SearchStrategy[Rounding]:
    """Every rounding policy sakip offers."""
    return st.builds(
        Rounding,
        places=st.integers(min_value=0, max_value=6),
        mode=st.sampled_from(["half_up", "down", "half_even", "up"]),
    )


def predikat() -> st.SearchStrategy[Predikat]:
    """Any predikat."""
    return st.sampled_from(list(Predikat))


def scores() -> st.SearchStrategy[Decimal]:
    """Scores 0–100 with up to three decimals."""
    return decimals(0, 100, 3)


#: Every signal of the decimal module, for traps and flags.
SIGNALS = (decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow,
           decimal.FloatOperation)


def foreign_contexts() -> st.SearchStrategy[dict[str, object]]:
    """Keyword arguments of a hostile caller decimal context: every attribute of
    ``decimal.Context`` (prec, rounding, Emin, Emax, capitals, clamp, traps, flags)."""
    return st.fixed_dictionaries({
        "prec": st.integers(min_value=1, max_value=60),
        "rounding": st.sampled_from([decimal.ROUND_DOWN, decimal.ROUND_CEILING,
                                     decimal.ROUND_HALF_EVEN, decimal.ROUND_UP,
                                     decimal.ROUND_FLOOR, decimal.ROUND_05UP,
                                     decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN]),
        "Emin": st.sampled_from([-1, -2, -5, -30]) | st.integers(-999_999, 0),
        "Emax": st.sampled_from([0, 1, 2, 5, 30]) | st.integers(0, 999_999),
        "capitals": st.sampled_from([0, 1]),
        "clamp": st.sampled_from([0, 1]),
        "traps": st.lists(st.sampled_from(SIGNALS), unique=True) | st.just(list(SIGNALS)),
        "flags": st.lists(st.sampled_from(SIGNALS), unique=True),
    })


#: The most hostile context of all: one digit, exponents -1..1, every trap, lower case,
#: clamping, every flag already raised.
HOSTILE_CONTEXT = {"prec": 1, "rounding": decimal.ROUND_05UP, "Emin": -1, "Emax": 1,
                   "capitals": 0, "clamp": 1, "traps": list(SIGNALS), "flags": list(SIGNALS)}


def rincian_outputs(
    max_pagu: int = 10**12, capaian: bool = True
) -> st.SearchStrategy[RincianOutput]:
    """Valid budget outputs: realisasi ≤ pagu, capaian 0–200 %, or volumes."""

    @st.composite
    def build(draw: st.DrawFn) -> RincianOutput:
        pagu = draw(st.integers(min_value=1, max_value=max_pagu))
        realisasi = draw(st.integers(min_value=0, max_value=pagu))
        kode = draw(st.from_regex(r"[0-9]{4}\.[A-Z]{3}\.[0-9]{3}", fullmatch=True))
        if capaian:
            co = draw(decimals(0, 200, 2))
            return RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, capaian=co)
        target = draw(st.integers(min_value=1, max_value=10**4))
        real = draw(st.integers(min_value=1, max_value=2 * 10**4))
        return RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, realisasi_volume=real,
                             target_volume=target)

    return build()


def close(a: Decimal, b: Decimal, rel: str = "1e-40") -> bool:
    """Whether ``a`` and ``b`` agree to a relative ``rel``, computed in a 120-digit context."""
    with decimal.localcontext(decimal.Context(prec=120)):
        return abs(a - b) <= Decimal(rel) * (1 + abs(a) + abs(b))


def output_columns(max_rows: int = 20) -> st.SearchStrategy[dict[str, list[str]]]:
    """Columns pagu, realisasi (≤ pagu) and capaian of valid outputs, as text from a CSV file."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, list[str]]:
        n = draw(st.integers(min_value=1, max_value=max_rows))
        pagu, realisasi, capaian = [], [], []
        for _ in range(n):
            p = draw(st.integers(min_value=1, max_value=10**13))
            pagu.append(str(p))
            realisasi.append(str(draw(st.integers(min_value=0, max_value=p))))
            capaian.append(str(draw(decimals("0.01", 250, 2))))
        return {"pagu": pagu, "realisasi": realisasi, "capaian": capaian}

    return build()


def ikpa_columns(names: list[str], max_rows: int = 10) -> st.SearchStrategy[
        dict[str, list[Decimal | None]]]:
    """One column per indicator; some cells None (not assessed), never a whole row."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, list[Decimal | None]]:
        n = draw(st.integers(min_value=1, max_value=max_rows))
        cols: dict[str, list[Decimal | None]] = {name: [] for name in names}
        for _ in range(n):
            keep = draw(st.integers(min_value=0, max_value=len(names) - 1))
            for i, name in enumerate(names):
                blank = i != keep and draw(st.booleans()) and draw(st.booleans())
                cols[name].append(None if blank else draw(scores()))
        return cols

    return build()


def percentages(max_value: int = 300, places: int = 4) -> st.SearchStrategy[Decimal]:
    """Printed percentages 0–``max_value`` (capaian input above 100 % is legitimate)."""
    return decimals(0, max_value, places)


def rumus_kinerja() -> st.SearchStrategy[str]:
    """The per-row efficiency conventions of :func:`sakip.efisiensi_kinerja`."""
    return st.sampled_from(["rasio", "indeks", "selisih"])


def lke_answer(scale: str = "aa-e") -> st.SearchStrategy[str | Decimal]:
    """One LKE answer: a grade of ``scale`` or a percentage 0–100 (two decimals)."""
    from sakip.lke import SKALA_A_D, SKALA_A_E, SKALA_AA_E, SKALA_Y_T

    grades = {s.name: s.grades for s in (SKALA_AA_E, SKALA_Y_T, SKALA_A_E, SKALA_A_D)}[scale]
    return st.one_of(st.sampled_from(grades), decimals(0, 100, 2))


def lke_jawaban(scale: str = "aa-e", max_criteria: int = 4) -> st.SearchStrategy[
        dict[str, str | Decimal | list[str | Decimal]]]:
    """Answers for every sub-component of PermenPANRB 88/2021: one grade or a list."""
    from sakip.lke import lke_codes

    one = lke_answer(scale)
    either: st.SearchStrategy[str | Decimal | list[str | Decimal]] = st.one_of(
        one, st.lists(one, min_size=1, max_size=max_criteria))
    return st.fixed_dictionaries(dict.fromkeys(lke_codes(), either))
# ------------------------------------------------------- IKPA per indicator


def ro_codes(kro: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str]:
    """RO codes ``kegiatan.KRO.RO``, the RO part digits or (from 2026) capitals and digits."""
    kros = kro if kro is not None else st.from_regex(r"[A-Z]{3}", fullmatch=True).filter(
        lambda k: k != "FAN")
    return st.builds(lambda keg, k, ro: f"{keg}.{k}.{ro}",
                     st.from_regex(r"[0-9]{4}", fullmatch=True), kros,
                     st.from_regex(r"[0-9A-Z]{3}", fullmatch=True))


@st.composite
def capaian_ro(draw: st.DrawFn, kode: str) -> CapaianRO:
    """A CapaianRO for ``kode`` with both pairs (so either formula applies), PCRO below 100."""
    return CapaianRO(kode=kode, pcro=draw(decimals(0, "99.99", 2)), tpcro=draw(positive(100, 2)),
                     rvro=draw(decimals(0, 1000, 2)), volume=draw(positive(1000, 2)),
                     terkonfirmasi=draw(st.booleans()))


@st.composite
def capaian_ros(draw: st.DrawFn, max_size: int = 6, khusus: bool = False) -> list[CapaianRO]:
    """A non-empty list of CapaianRO with distinct codes (KRO FAN only when ``khusus``)."""
    kro = st.just("FAN") if khusus else None
    codes = draw(st.lists(ro_codes(kro), min_size=1, max_size=max_size, unique=True))
    return [draw(capaian_ro(code)) for code in codes]


def revision_counts() -> st.SearchStrategy[int]:
    """Counted revisions in a semester."""
    return st.integers(min_value=0, max_value=8)


def contract_dates(tahun: int) -> st.SearchStrategy[list[datetime.date]]:
    """Contract signing dates from the year before ``tahun`` to its end."""
    return st.lists(st.dates(min_value=datetime.date(tahun - 1, 10, 1),
                             max_value=datetime.date(tahun, 12, 31)), min_size=1, max_size=5)


@st.composite
def count_pairs(draw: st.DrawFn, max_value: int = 500) -> tuple[int, int]:
    """``(part, total)`` with ``0 <= part <= total`` and ``total >= 1``."""
    total = draw(st.integers(min_value=1, max_value=max_value))
    return draw(st.integers(min_value=0, max_value=total)), total


@st.composite
def cumulative(draw: st.DrawFn, n: int, max_value: int = 10**9) -> list[Decimal]:
    """``n`` non-decreasing cumulative amounts."""
    steps = draw(st.lists(st.integers(min_value=0, max_value=max_value), min_size=n, max_size=n))
    out: list[Decimal] = []
    total = 0
    for step in steps:
        total += step
        out.append(Decimal(total))
    return out


# ------------------------------------------------- report files from the format's SPEC

_COLUMNS = ["a", "b", "c"]
_KOMPONEN = {
    "evaluasi_akip": ["perencanaan", "pengukuran", "pelaporan", "evaluasi_internal", "x"],
    "eka": ["capaian_ro", "penyerapan", "nilai_efisiensi", "konsistensi", "x"],
    "ikpa": ["revisi_dipa", "penyerapan_anggaran", "capaian_output", "x"],
    "perjanjian_kinerja": ["K1", "K2", "x"],
}
#: Keys of the maps of a printed index (``[[indeks]]``): SPBE domains, Pemdi indicators
#: and aspects, each with one unknown key.
_INDEKS_KEYS = {
    "domain": ["kebijakan_internal", "tata_kelola", "manajemen", "layanan", "x"],
    "indikator": [str(n) for n in range(1, 21)] + ["x"],
    "aspek": ["tata_kelola_dan_manajemen", "data", "kepuasan_pengguna", "x"],
}


def number_texts(angka: str = "id") -> st.SearchStrategy[str]:
    """Printed numbers as a report writes them under ``angka`` (small, some grouped)."""
    def write(value: Decimal, grouped: bool, percent: bool) -> str:
        from sakip import format_id

        text = format_id(value, thousands=grouped)
        if angka == "en":
            text = text.replace(".", "\0").replace(",", ".").replace("\0", ",")
        return text + ("%" if percent else "")

    return st.builds(write, decimals(0, 10**7, places=2), st.booleans(), st.booleans())


def _spec_value(draw: st.DrawFn, spec: object, key: str, path: str, angka: str,
                index: int) -> object:
    from sakip.lkj import _Spec

    assert isinstance(spec, _Spec)
    kind = spec.kind
    if kind == "table":
        return _spec_table(draw, spec, path, angka, index)
    if kind == "array":
        assert spec.item is not None
        count = draw(st.integers(1 if spec.required or spec.nonempty else 0, 2))
        rows = [_spec_value(draw, spec.item, key, f"{path}[]", angka, i)
                for i in range(1, count + 1)]
        unique = dict(spec.item.fields).get(spec.unique) if spec.unique else None
        if (unique is not None and unique.kind == "text" and not unique.choices
                and spec.unique != "kode"):  # codes are unique already (_kode)
            for i, row in enumerate(rows, start=1):  # the format wants unique names
                if isinstance(row, dict) and spec.unique in row:
                    row[spec.unique] = f"{row[spec.unique]}-{i}"
        return rows
    if kind == "text":
        if key == "kode":
            return _kode(draw, path, index)
        if spec.choices:
            return draw(st.sampled_from(spec.choices))
        if key == "waktu":
            return draw(st.sampled_from(["1 Mei 2023", "11 s.d 13 Mei 2023", "07-Sep-23"]))
        if key in ("predikat",):
            return draw(st.sampled_from(["A", "BB", "B", "Baik", "Terdefinisi"]))
        if path.startswith("indeks[].indikator"):  # a Pemdi level, or one not yet published
            return draw(st.sampled_from(["3", "5", "menunggu", "menunggu (BSSN)", "x"]))
        if key == "level":
            return draw(st.sampled_from(["Level 3", "level 0", "3,21"]))
        if key == "kategori":
            return draw(st.sampled_from(["Sangat Efisien", "Kurang Efisien", "Baik"]))
        if spec.choices:
            return draw(st.sampled_from(spec.choices))
        return "x"
    if kind == "printed":
        if spec.predikat and draw(st.integers(0, 4)) == 0:
            return draw(st.sampled_from(["A", "BB"]))
        if spec.tidak_dinilai and draw(st.integers(0, 5)) == 0:  # "-", "#DIV/0!"
            return draw(st.sampled_from(spec.tidak_dinilai))
        text = draw(number_texts(angka))
        # the format refuses a unit mark that contradicts the field (rupiah or a count: no %)
        text = text.removesuffix("%") if spec.unit in ("rupiah", "count") else text
        if text.endswith("%") and draw(st.integers(0, 5)) == 0:
            text = f"({text})"  # a percentage printed in parentheses, "(96,56%)"
        if spec.batas and draw(st.integers(0, 5)) == 0 and not text.startswith("("):
            text = f"Minimal {text}"  # a floor target (maximize; refused under minimize)
        return text
    if kind == "int":
        if spec.bounds is not None and spec.bounds[1] < 1900:  # a month or a count
            return draw(st.integers(spec.bounds[0], min(spec.bounds[1], 12)))
        # an earlier year's figure (perubahan.tahun) is before the report's
        return 2022 if key == "tahun" and path != "daftar_kegiatan[].tahun" else 2023
    if kind == "angka":  # the numbers are written under the file's mark: the same mark
        return angka
    if kind == "bool":
        return draw(st.booleans())
    if kind == "rounding":
        return {"places": draw(st.integers(0, 3)),
                "mode": draw(st.sampled_from(["half_up", "down", "half_even", "up"]))}
    if kind == "list":
        if key == "kolom":
            return list(_COLUMNS)
        if key == "nilai":
            return [draw(st.sampled_from(["", "1", "2", "10"])) for _ in _COLUMNS]
        if key == "kolom_total":
            return draw(st.lists(st.sampled_from(_COLUMNS), min_size=1, max_size=3,
                                 unique=True))
        if key == "baris":  # the rows an evaluasi_renja footer covers: codes, some unknown
            return draw(st.lists(st.sampled_from(["K1", "K2", "K9"]), min_size=1, max_size=3,
                                 unique=True))
        if key == "total_kolom":
            return [draw(st.sampled_from(["1", "3", "20"]))
                    for _ in range(draw(st.integers(1, 4)))]
        if spec.item is not None and spec.item.kind == "int":  # counts per period
            return [_spec_value(draw, spec.item, "", path, angka, 0)
                    for _ in range(draw(st.integers(1, 4)))]
        if key == "kontrak_dini":
            return draw(st.lists(st.sampled_from(["2022-12-20", "2023-02-01", "2023-06-30"]),
                                 max_size=2))
        texts = [draw(number_texts(angka)) for _ in range(draw(st.integers(1, 3)))]
        unit = spec.item.unit if spec.item is not None else ""
        return [t.removesuffix("%") for t in texts] if unit in ("rupiah", "count") else texts
    if kind == "years":
        assert spec.item is not None
        keys = (["1", "2", "3", "4"] if "triwulan" in path else ["2021", "2022"]
                if path.endswith("sebelumnya") and "evaluasi_akip" in path
                else ["2022", "2023", "2024"])  # earlier evaluations: before the report
        chosen = draw(st.lists(st.sampled_from(keys), min_size=1, max_size=len(keys),
                               unique=True))
        return {k: _spec_value(draw, spec.item, "", path, angka, 0) for k in chosen}
    if kind == "map":
        assert spec.item is not None
        section = path.split(".")[0].removesuffix("[]")
        names = _KOMPONEN.get(section, ["x"])
        if section == "indeks":
            names = _INDEKS_KEYS.get(path.split(".")[-1], ["x"])
        chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names),
                               unique=True))
        return {k: _spec_value(draw, spec.item, "", path, angka, 0) for k in chosen}
    raise AssertionError(kind)


def _kode(draw: st.DrawFn, path: str, index: int) -> str:
    if path.startswith(("anggaran.output", "ikpa.data.capaian_output")):
        kegiatan = draw(st.sampled_from(["5634", "5635"]))
        return f"{kegiatan}.QDC.{index:03d}"
    if path.startswith("anggaran.jenis_belanja"):
        return ["51", "52", "53", "57"][index - 1]
    if path.startswith("anggaran.kegiatan"):
        return ["5634", "9999"][index - 1]
    return f"K{index}"


def _spec_table(draw: st.DrawFn, spec: object, path: str, angka: str,
                index: int) -> dict[str, object]:
    from sakip.lkj import SCHEMA, _Spec

    assert isinstance(spec, _Spec)
    out: dict[str, object] = {}
    for key, field in spec.fields:
        where = f"{path}.{key}" if path else key
        if key == "schema" and not path:
            out[key] = SCHEMA
            continue
        if where == "laporan":
            out[key] = {"instansi": "X", "tahun": 2023, "angka": angka}
            continue
        if key == "kategori" and out.get("rumus", "indeks") != "indeks" and (
                field.kind == "text" and "rumus" in dict(spec.fields)):
            continue  # an IE category table belongs to rumus indeks (refused otherwise)
        if key == "rentang" and out.get("polarisasi") != "stabilize":
            continue  # rentang belongs to a range target (refused otherwise)
        if field.required or draw(st.booleans()):
            out[key] = _spec_value(draw, field, key, where, angka, index)
        renstra = out.get(key) if key == "renstra" else None
        if (isinstance(renstra, dict) and out.get("polarisasi") == "stabilize"
                and draw(st.booleans())):  # a Renstra matrix printing a range per year
            from sakip.lkj import read_number

            renstra["target"] = {year: sorted(
                [draw(number_texts(angka)), draw(number_texts(angka))],
                key=lambda text: read_number(text, angka=angka)) for year in renstra["target"]}
        if (field.range_when and out.get(field.range_when[0]) == field.range_when[1]
                and draw(st.booleans())):  # a stabilize target: the range [low, high]
            from sakip.lkj import read_number

            ends = [draw(number_texts(angka)), draw(number_texts(angka))]
            out[key] = sorted(ends, key=lambda text: read_number(text, angka=angka))
        value = out.get(key)
        if (field.batas and isinstance(value, str) and value.startswith("Minimal ")
                and out.get("polarisasi", "maximize") != "maximize"):
            out[key] = value.removeprefix("Minimal ")  # a floor needs maximize
    fields = dict(spec.fields)
    if "baris" in fields and "rerata" in fields and "baris" not in out and "rerata" not in out:
        # an efficiency table has rows or means (the format refuses neither)
        out["baris"] = _spec_value(draw, fields["baris"], "baris", f"{path}.baris", angka, index)
    if path == "ikpa" and "tahun" in out and "aturan" in out:  # the format refuses both
        out["aturan"] = "per-5-pb-2022"  # disagreeing; TA 2023 is PER-5/PB/2022's
    return out


@st.composite
def report_files(draw: st.DrawFn) -> dict[str, object]:
    """Valid ``sakip/lkj-1`` report files, generated from :data:`sakip.lkj.SPEC`.

    Every section and field of the format may appear; optional fields are a
    random subset; numbers are written under a random ``[laporan] angka``.
    """
    from sakip.lkj import SPEC

    angka = draw(st.sampled_from(["id", "en"]))
    data = _spec_table(draw, SPEC, "", angka, 1)
    # baris and rerata are each optional, but a table with neither is refused (the reader's
    # cross-field rule, which SPEC's per-field description does not carry).
    tables: list[dict[str, object]] = data.get("efisiensi_kinerja", [])  # type: ignore[assignment]
    assume(all("baris" in t or "rerata" in t for t in tables))
    return data


@st.composite
def planning_files(draw: st.DrawFn, jenis: str) -> dict[str, object]:
    """Valid ``jenis`` renstra or pk documents, generated from the SPEC cut to the kind."""
    from sakip.lkj import _planning_spec

    angka = draw(st.sampled_from(["id", "en"]))
    data = _spec_table(draw, _planning_spec(jenis), "", angka, 1)
    heads: dict[str, dict[str, object]] = {"renstra": {"periode": [2020, 2024]},
                                           "pk": {"versi": "awal"}}
    head = heads[jenis]
    data["laporan"] = {"instansi": "X", "tahun": 2023, "angka": angka, "jenis": jenis, **head}
    return data


@st.composite
def planning_chains(draw: st.DrawFn) -> list[dict[str, object]]:
    """One unit's Renstra, PK and two consecutive LKj whose figures agree or not at random.

    Each printed figure is the Renstra's (a consistent chain) or another drawn value,
    so every check meets both verdicts across examples.
    """
    def value(base: int) -> str:
        return str(draw(st.sampled_from([base, base, base + 1, base - 1])))

    def ind(kode: str, **fields: object) -> dict[str, object]:
        return {"kode": kode, "nama": draw(st.sampled_from([f"{kode} nama", f"{kode} baru"])),
                "satuan": draw(st.sampled_from(["Orang", "Orang", "Dokumen"])),
                "polarisasi": draw(st.sampled_from(["maximize", "maximize", "minimize"])),
                "sasaran": "S1", **fields}

    def doc(tahun: int, **head: object) -> dict[str, object]:
        return {"schema": "sakip/lkj-1", "laporan": {"instansi": "U", "tahun": tahun, **head},
                "sasaran": [{"kode": "S1", "nama": "s"}]}

    kodes = ["I1", "I2"]
    renstra = doc(2020, jenis="renstra", periode=[2020, 2024])
    renstra["indikator"] = [ind(k, agregasi=draw(st.sampled_from(["flow", "stock"])),
                                renstra={"target": {"2023": value(100), "2024": value(110)}})
                            for k in kodes]
    pk = doc(2024, jenis="pk", versi="revisi", tanggal="1 Juni 2024")
    pk["indikator"] = [ind(k, target=value(110)) for k in kodes]
    pk["perjanjian_kinerja"] = [{"kode": "PK", "total": value(1000), "alokasi": [
        {"kegiatan": "1", "alokasi": "1000", "sasaran": draw(st.sampled_from(["S1", "S2"]))}]}]
    early = doc(2023)
    early["indikator"] = [ind(k, target=value(100), realisasi=value(105)) for k in kodes]
    late = doc(2024, periode=draw(st.sampled_from([[2020, 2024], [2025, 2029]])))
    late["indikator"] = [ind(k, target=value(110), realisasi="112",
                             realisasi_sebelumnya={"2023": value(105)},
                             instrumen="LKE", catatan=draw(st.sampled_from(["", "baru"])))
                         for k in kodes]
    late["anggaran"] = {"total": {"pagu": value(1000)}}
    if draw(st.booleans()):  # the LKj prints the PK again: several printings of one target
        late["perjanjian_kinerja"] = [{
            "kode": "PK", "versi": "revisi", "target": {k: value(110) for k in kodes},
            **({"tanggal": "1 Juni 2024"} if draw(st.booleans()) else {}),
            **({"catatan_revisi": "ubah"} if draw(st.booleans()) else {})}]
    return [renstra, pk, early, late]


@st.composite
def evaluasi_renja_files(draw: st.DrawFn) -> dict[str, object]:
    """Valid report files holding only ``[[evaluasi_renja]]`` tables (from the SPEC)."""
    from sakip.lkj import SCHEMA, SPEC

    angka = draw(st.sampled_from(["id", "en"]))
    return {"schema": SCHEMA, "laporan": {"instansi": "X", "tahun": 2025, "angka": angka},
            "evaluasi_renja": _spec_value(draw, dict(SPEC.fields)["evaluasi_renja"],
                                          "evaluasi_renja", "evaluasi_renja", angka, 1)}


# ------------------------------------------------------- simulasi


def two_decimal_scores(min_value: int | str = 0, max_value: int | str = 100
                       ) -> st.SearchStrategy[Decimal]:
    """Scores on the grid of hundredths, as IKPA indicators and LKE points are printed."""
    return st.integers(min_value=int(Decimal(min_value) * 100),
                       max_value=int(Decimal(max_value) * 100)).map(
                           lambda k: Decimal(k).scaleb(-2))


def ikpa_scores() -> st.SearchStrategy[tuple[str, dict[str, Decimal | None]]]:
    """An IKPA rule set name and scores for it on two decimals, some not assessed (never all)."""
    from sakip.ikpa import IKPA_RULES

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, dict[str, Decimal | None]]:
        rule = draw(st.sampled_from(list(IKPA_RULES.values())))
        keep = draw(st.integers(min_value=0, max_value=len(rule.names) - 1))
        scores: dict[str, Decimal | None] = {}
        for i, name in enumerate(rule.names):
            blank = i != keep and draw(st.integers(min_value=0, max_value=5)) == 0
            scores[name] = None if blank else draw(two_decimal_scores(40, 100))
        return rule.name, scores

    return build()


def lke_komponen() -> st.SearchStrategy[dict[str, Decimal]]:
    """Points per component of the PermenPANRB 88/2021 LKE (30/30/15/25), on two decimals."""
    return st.fixed_dictionaries({
        "perencanaan": two_decimal_scores(0, 30), "pengukuran": two_decimal_scores(0, 30),
        "pelaporan": two_decimal_scores(0, 15), "evaluasi_internal": two_decimal_scores(0, 25),
    })


@st.composite
def riwayat_pagu(draw: st.DrawFn, max_value: int = 10**13) -> RiwayatPagu:
    """A pagu history: DIPA awal, penghematan ≤ it, optional pagu revisi, blokir ≤ revisi."""
    dipa = draw(st.integers(min_value=1, max_value=max_value))
    hemat = draw(st.integers(min_value=0, max_value=dipa - 1))
    revisi = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=max_value)))
    base = revisi if revisi is not None else dipa - hemat
    blokir = draw(st.integers(min_value=0, max_value=base - 1))
    return RiwayatPagu(dipa_awal=dipa, penghematan=hemat, pagu_revisi=revisi, blokir=blokir)


# ------------------------------------------------------------------ fuzzing

#: Text that has broken readers before (issue 16): digits of other scripts, superscripts,
#: control and escape characters, bidi overrides, huge numbers, separators in odd places.
HOSTILE_TEXTS = ("١٠0", "９５", "²", "0²", "02023", "1" + "0" * 48, "9" * 31, "1e999999",
                 "NaN", "-0", "Rp 95%", "100%", "Rp 95", "\x1b[31m", "a\nb", "a\r\nb", "|",
                 "\u202e", "<script>", "", " ", "1_000", "1.2.3,4", "12 Mei - 11 Mei 2023",
                 "31 Des - 1 Des 2024", "1 Mei 1899", "1 Mei 3000", "\x00", "9" * 5000)


def hostile_texts() -> st.SearchStrategy[str]:
    """Text for number, year and date fields: known troublemakers, or random text."""
    pieces = st.sampled_from(HOSTILE_TEXTS) | st.text(max_size=12) | st.from_regex(
        r"[-+]?(Rp\.? ?)?[0-9.,]{0,20}%?", fullmatch=True)
    return st.lists(pieces, min_size=1, max_size=3).map("".join)


def hostile_number_texts() -> st.SearchStrategy[str]:
    """Mostly number-like text in any script and with any separators, or anything."""
    digit = st.characters(categories=["Nd", "No"]) | st.sampled_from("0123456789")
    return st.lists(digit | st.sampled_from(".,%-+ eE_Rp"), max_size=25).map("".join) | (
        hostile_texts())


def date_texts() -> st.SearchStrategy[str]:
    """Date-like text: day numbers (any script), month names, years, separators."""
    months = st.sampled_from(["Jan", "Mei", "Des", "Desember", "Agustus", "Sept", "Xyz"])
    day = st.integers(0, 40).map(str) | st.sampled_from(["١", "２", "00", "09"])
    year = st.integers(1890, 3010).map(str) | st.sampled_from(["23", "٢٠٢٣", "99999"])
    sep = st.sampled_from([" - ", " s.d ", "-", " sampai dengan ", " hingga "])
    single = st.tuples(day, months, year | st.just("")).map(" ".join)
    ranged = st.tuples(day, st.sampled_from(["", " Mei", " Des"]), sep, day, months, year).map(
        lambda t: f"{t[0]}{t[1]}{t[2]}{t[3]} {t[4]} {t[5]}")
    return single | ranged | hostile_texts()


@st.composite
def mutated_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few random byte flips, insertions, deletions or repeated slices."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        op = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "brackets"]))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "repeat":
            data[at:at] = bytes(data[at:at + draw(st.integers(1, 60))]) * draw(
                st.integers(2, 50))
        else:
            depth = draw(st.integers(1, 100))
            data[at:at] = b"x = " + b"[" * depth + b"]" * depth + b"\n"
    return bytes(data)


@st.composite
def mutated_documents(draw: st.DrawFn, document: dict[str, object]) -> object:
    """A parsed report with some string values replaced by hostile text (lone surrogates
    included: JSON can carry them) and some keys duplicated or renamed."""
    import copy

    doc = copy.deepcopy(document)
    strings: list[tuple[object, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    strings.append((node, key))
                else:
                    walk(value)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, str):
                    strings.append((node, i))
                else:
                    walk(value)

    walk(doc)
    text = hostile_texts() | st.sampled_from(["\ud800", "a\udfffb", "I\x1b]0;x\x07"])
    for _ in range(draw(st.integers(1, 5))):
        container, key = draw(st.sampled_from(strings))
        container[key] = draw(text)  # type: ignore[index]
    return doc


def hostile_arguments() -> st.SearchStrategy[object]:
    """One argument a careless or hostile caller might pass to any public function."""
    from sakip import Predikat as _P

    return st.sampled_from([
        None, 1.5, 10**5000, -1, 0, 2023, True, Decimal("NaN"), Decimal("1E+999999"), "١٠0",
        "x", "", "95.5", [], [None], [1, "a"], {}, {2023: 1, "x": 2}, {"a": None}, (1, 2),
        _P.A, datetime.date(2023, 1, 1), [datetime.date(2023, 1, 1)], object(), "maximize",
        {"revisi_dipa": 1.5}, [[1]], {1: [None]}, "\ud800", float("nan")])


def pemdi_levels() -> st.SearchStrategy[dict[int, int]]:
    """Levels 1–5 for the twenty indicators of PermenPANRB 8/2026."""
    return st.lists(st.integers(min_value=1, max_value=5), min_size=20, max_size=20).map(
        lambda levels: dict(enumerate(levels, start=1)))


#: The four SPBE domains of PermenPANRB 59/2020.
SPBE_DOMAINS = ("kebijakan_internal", "tata_kelola", "manajemen", "layanan")


def spbe_domains(places: int = 4) -> st.SearchStrategy[dict[str, Decimal]]:
    """Domain indices within [1, 5] with up to ``places`` decimals."""
    return st.tuples(*(decimals(1, 5, places) for _ in SPBE_DOMAINS)).map(
        lambda values: dict(zip(SPBE_DOMAINS, values, strict=True)))


@st.composite
def ikm_surveys(draw: st.DrawFn, unsur: int = 9) -> tuple[list[int], list[int]]:
    """Unsur totals and respondent counts of an IKM survey: each total is a sum of answers 1–4."""
    counts = draw(st.lists(st.integers(1, 400), min_size=unsur, max_size=unsur))
    totals = [draw(st.integers(count, 4 * count)) for count in counts]
    return totals, counts


def ikm_bobot() -> st.SearchStrategy[str]:
    """The weights of PermenPANRB 14/2017: exact, and the three printed in practice."""
    return st.sampled_from(["1/9", "0,1111", "0,111", "0,11"])


def ipm_components() -> st.SearchStrategy[dict[str, Decimal]]:
    """IPM components within the BPS goalposts, printed to two decimals (pengeluaran in ribu)."""
    return st.fixed_dictionaries({
        "uhh": decimals("20.01", 85, 2), "hls": decimals("0.01", 18, 2),
        "rls": decimals("0.01", 15, 2), "pengeluaran_ribu": decimals("1007.44", "26572.35", 2),
    })


def renja_rows(max_value: int = 10**9) -> st.SearchStrategy[dict[str, object]]:
    """One K or Rp row of the Renja form (reference §12): kolom 6, 7 (None: blank), 8, one to
    four quarters (None: not reported), agregasi; zero targets included."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, object]:
        amount = decimals(0, max_value, 2)
        quarters = draw(st.lists(st.none() | amount, min_size=1, max_size=4))
        return {"target_renstra": draw(amount), "realisasi_renstra_lalu": draw(st.none() | amount),
                "target": draw(amount), "realisasi_triwulan": quarters,
                "agregasi": draw(st.sampled_from(["flow", "stock"]))}

    return build()


def renja_columns(max_rows: int = 12) -> st.SearchStrategy[dict[str, object]]:
    """Columns of Renja rows as text from a CSV file (None stays None); four quarter columns."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, object]:
        rows = draw(st.lists(renja_rows(), min_size=1, max_size=max_rows))

        def text(value: object) -> str | None:
            return None if value is None else str(value)

        quarters = [[text((row["realisasi_triwulan"] + [None] * 4)[q])  # type: ignore[operator]
                     for row in rows] for q in range(4)]
        return {"target_renstra": [str(r["target_renstra"]) for r in rows],
                "realisasi_renstra_lalu": [text(r["realisasi_renstra_lalu"]) for r in rows],
                "target": [str(r["target"]) for r in rows], "realisasi_triwulan": quarters,
                "agregasi": [r["agregasi"] for r in rows]}

    return build()


def fraksi_triwulan() -> st.SearchStrategy[list[Decimal | None]]:
    """Cumulative progress fractions that never decrease (None: not reported)."""

    @st.composite
    def build(draw: st.DrawFn) -> list[Decimal | None]:
        out: list[Decimal | None] = []
        level = Decimal(0)
        for _ in range(draw(st.integers(1, 4))):
            if draw(st.booleans()) and draw(st.booleans()):
                out.append(None)
                continue
            level += draw(decimals(0, 1, 3))
            out.append(level)
        return out

    return build()


@st.composite
def renja_tw4_questions(draw: st.DrawFn) -> dict[str, Any]:
    """Small what-it-takes questions for the TW IV realisasi (K on a 0,1 grid, Rp whole)."""
    grid = draw(st.sampled_from([Decimal(1), Decimal("0.1")]))
    kolom = draw(st.sampled_from(["capaian", "capaian_renstra"]))
    out: dict[str, Any] = {
        "target": grid * draw(st.integers(1, 20)),
        "realisasi_triwulan": [None if v is None else grid * v for v in draw(
            st.lists(st.none() | st.integers(0, 8), max_size=3))],
        "kolom": kolom, "agregasi": draw(st.sampled_from(["flow", "stock"])), "grid": grid,
        "rounding": draw(st.none() | roundings()),
    }
    if kolom == "capaian_renstra":
        out["target_renstra"] = grid * draw(st.integers(1, 30))
        out["realisasi_renstra_lalu"] = grid * draw(st.integers(0, 10))
    if draw(st.booleans()):
        out["capaian"] = draw(st.integers(0, 200))
    else:
        out["label"] = draw(st.sampled_from(["tinggi-rendah", "baik-kurang"]))
        out["celah"] = draw(st.sampled_from(["bawah", "atas"]))
        from sakip.renja import TINGKAT_CAPAIAN_RULES

        out["tingkat"] = draw(st.sampled_from(
            TINGKAT_CAPAIAN_RULES[(out["label"], out["celah"])].labels()))
    return out


def batch_cells(good: st.SearchStrategy[Decimal]) -> st.SearchStrategy[str]:
    """A CSV cell of a batch column: mostly a good number as text, sometimes a bad one (a
    negative, a blank, rupiah text, NaN), to check every bad row is reported in its place."""
    return st.one_of(good.map(str), good.map(str), good.map(str),
                     st.sampled_from(["-5", "", " ", "Rp 9", "NaN", "1e400"]))


# ------------------------------------------------------- planted mistakes (reviu blame)


@st.composite
def consistent_tables(draw: st.DrawFn) -> dict[str, object]:
    """A ``[[tabel]]`` whose cells, row totals, column totals and grand total all agree.

    Cells are whole counts (``""`` for a blank, as reports print them); each
    kind of total is present or not at random (at least one).
    """
    n_rows, n_cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    grid = [[draw(st.integers(0, 500)) for _ in range(n_cols)] for _ in range(n_rows)]
    rows, cols, grand = draw(st.sampled_from(
        [(True, True, True), (True, True, False), (True, False, True), (False, True, True),
         (True, False, False), (False, True, False), (False, False, True)]))
    tabel: dict[str, object] = {
        "kode": "T", "kolom": [f"k{c}" for c in range(1, n_cols + 1)],
        "baris": [{"label": f"b{r}", "nilai": [str(v) if v else "" for v in cells],
                   **({"total": str(sum(cells))} if rows else {})}
                  for r, cells in enumerate(grid, start=1)]}
    if cols:
        tabel["total_kolom"] = [str(sum(cells[c] for cells in grid)) for c in range(n_cols)]
    if grand:
        tabel["total"] = str(sum(map(sum, grid)))
    return tabel


@st.composite
def planted_table_mistakes(draw: st.DrawFn) -> tuple[dict[str, object], str]:
    """A consistent ``[[tabel]]`` with one printed figure changed, and that figure's field.

    The planted figure is a row total, a column total, the grand total or (when
    the table prints both row and column totals, which together locate it) a
    cell.
    """
    tabel = draw(consistent_tables())
    baris: list[dict[str, object]] = tabel["baris"]  # type: ignore[assignment]
    places: list[str] = []
    if "total" in baris[0]:
        places += [f"baris[{r}].total" for r in range(1, len(baris) + 1)]
    if "total_kolom" in tabel:
        places += [f"total_kolom[{c}]" for c in range(1, len(tabel["kolom"]) + 1)]  # type: ignore[arg-type]
        if "total" in baris[0]:
            places += [f"baris[{r}].nilai[{c}]" for r in range(1, len(baris) + 1)
                       for c in range(1, len(tabel["kolom"]) + 1)]  # type: ignore[arg-type]
    if "total" in tabel:
        places.append("total")
    place = draw(st.sampled_from(places))
    offset = draw(st.integers(1, 1000))
    if place == "total":
        tabel["total"] = str(int(tabel["total"]) + offset)  # type: ignore[call-overload]
    elif place.startswith("total_kolom"):
        c = int(place[len("total_kolom["):-1])
        tabel["total_kolom"][c - 1] = str(int(tabel["total_kolom"][c - 1]) + offset)  # type: ignore[index]
    elif place.endswith(".total"):
        row = baris[int(place[len("baris["):place.index("]")]) - 1]
        row["total"] = str(int(row["total"]) + offset)  # type: ignore[call-overload]
    else:
        r, c = (int(x) for x in place.replace("baris[", "").replace("].nilai[", " ")
                .rstrip("]").split())
        cells: list[str] = baris[r - 1]["nilai"]  # type: ignore[assignment]
        cells[c - 1] = str(int(cells[c - 1] or "0") + offset)
    return tabel, place


def pemdi_low_levels() -> st.SearchStrategy[dict[int, int]]:
    """Every Pemdi indicator at 5 but up to three of the heavy and light ones (small for a
    brute force over every combination of steps)."""
    return st.dictionaries(st.sampled_from([1, 6, 13, 19, 20]), st.integers(1, 5),
                           min_size=1, max_size=3).map(
        lambda low: dict.fromkeys(range(1, 21), 5) | low)


def json_values() -> st.SearchStrategy[object]:
    """Values ``json.dumps`` writes: text with bidi, separators and markup, numbers (floats
    too), nested lists and objects, keys of every kind ``json.dumps`` accepts (issue 24)."""
    scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
               | hostile_texts() | st.sampled_from(["\u2028", "\x85", "</script>", "a&b"]))
    keys = st.text(max_size=5) | st.integers(-3, 3) | st.booleans() | st.none()
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.tuples(inner, inner)
                        | st.dictionaries(keys, inner, max_size=4), max_leaves=25)


@st.composite
def planted_pk_printings(draw: st.DrawFn) -> tuple[list[dict[str, object]], str]:
    """A Renstra, a revised PK and an LKj printing the PK again 0–3 times, one printing of the
    PK's 2024 target planted (121 for the Renstra's 120), or every printing of it.

    Returns the documents and the place the one mismatch must name first
    (``"document: field"``; with every printing planted, the PK document's own).
    """
    def doc(tahun: int, **head: object) -> dict[str, object]:
        return {"schema": "sakip/lkj-1", "laporan": {"instansi": "U", "tahun": tahun, **head},
                "sasaran": [{"kode": "S1", "nama": "s"}]}

    def ind(**fields: object) -> dict[str, object]:
        return {"kode": "I1", "nama": "I1 nama", "satuan": "Orang", "sasaran": "S1", **fields}

    copies = draw(st.integers(min_value=0, max_value=3))
    which = draw(st.integers(min_value=-1, max_value=copies))  # -1: every printing
    renstra = doc(2020, jenis="renstra", periode=[2020, 2024])
    renstra["indikator"] = [ind(renstra={"target": {"2023": "100", "2024": "120"}})]
    pk = doc(2024, jenis="pk", versi="revisi", tanggal="1 Juni 2024", catatan_revisi="ubah")
    pk["indikator"] = [ind(target="121" if which in (-1, 0) else "120")]
    lkj = doc(2024)
    del lkj["sasaran"]  # it prints no target of its own (C8 would ask for one)
    lkj["indikator"] = [ind(realisasi="118")]
    lkj["perjanjian_kinerja"] = [
        {"kode": f"PK {j}", "versi": "revisi", "tanggal": "1 Juni 2024",
         "target": {"I1": "121" if which in (-1, j) else "120"}}
        for j in range(1, copies + 1)]
    planted = ("PK 2024 revisi (<mapping>): indikator[1].target" if which in (-1, 0) else
               f"LKj 2024 (<mapping>): perjanjian_kinerja[{which}].target.I1")
    return [renstra, pk, lkj], planted


#: The pieces the TOML pre-scan tells apart (``sakip._reading._prescan_toml``): quotes of
#: every kind, escapes, comments, brackets, '=', ',', '.', line feeds and plain text.
_SCAN_PIECES = ('"', "'", '"""', "'''", "\\", "\\\n", "#", "[", "]", "{", "}", "=", ",",
                ".", "\n", "\r", " ", "a", "é", "x" * 12)


def scan_texts(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text made of the pieces the pre-scan tells apart, in any order (most of it no TOML)."""
    return st.lists(st.sampled_from(_SCAN_PIECES), max_size=max_pieces).map("".join)
