"""The ``sakip/lkj-1`` report file: a Laporan Kinerja's printed figures, read and validated.

A report file is TOML (or JSON with the same structure).  Every number is a
string written exactly as the report prints it (``"101,10"``,
``"Rp 7.879.297.000"``) and read with ``sakip.parse_id``, so nothing is
lost to floats.  The structure is described once, in ``SPEC``, from which
both the validator and the published JSON Schema are derived.

Loading reports **every** problem at once, each with its place in the file
(file, table, row, field), as a ``LaporanError``; nothing is silently
skipped.  Files larger than ``MAX_BYTES`` are refused before parsing.

>>> import sakip.examples
>>> from sakip.lkj import load
>>> laporan = load(sakip.examples.path("bgp-kalsel-2023"))
>>> laporan.instansi, [i.kode for i in laporan.indikator][:2]
('BGP Provinsi Kalimantan Selatan', ['IKK 1.1', 'IKK 1.2'])
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Never

import attrs

from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    LaporanError,
    ParseError,
    SakipError,
    call_error,
    keyword_only,
)
from sakip.explain import Tabular
from sakip.indicators import Capaian, Polarisasi, capaian
from sakip.numbers import ROUNDING_MODES, Rounding, parse_id
from sakip.predikat import Predikat

__all__ = [
    "MAX_BYTES",
    "SCHEMA",
    "SPEC",
    "Indikator",
    "Laporan",
    "LaporanError",
    "json_schema",
    "load",
    "printed_value",
]

#: The schema tag every file must carry.
SCHEMA = "sakip/lkj-1"

#: Files larger than this many bytes are refused before parsing (5 MB).
MAX_BYTES = 5_000_000


# ----------------------------------------------------------------- the spec

_MISSING = "(missing)"


@attrs.frozen
class _Spec:
    """One field's shape: ``kind`` plus options; ``doc`` feeds the JSON Schema."""

    kind: str
    doc: str = ""
    required: bool = True
    fields: tuple[tuple[str, _Spec], ...] = ()
    item: _Spec | None = None
    choices: tuple[str, ...] = ()
    unique: str = ""
    predikat: bool = False
    nonnegative: bool = False


def _text(doc: str, required: bool = True, choices: tuple[str, ...] = ()) -> _Spec:
    return _Spec("text", doc, required, choices=choices)


def _printed(doc: str, required: bool = True, predikat: bool = False,
             nonnegative: bool = False) -> _Spec:
    return _Spec("printed", doc, required, predikat=predikat, nonnegative=nonnegative)


def _amount(doc: str, required: bool = True) -> _Spec:
    return _printed(doc, required, nonnegative=True)


def _table(doc: str, required: bool = True, **fields: _Spec) -> _Spec:
    return _Spec("table", doc, required, fields=tuple(fields.items()))


def _array(doc: str, item: _Spec, unique: str = "", required: bool = False) -> _Spec:
    return _Spec("array", doc, required, item=item, unique=unique)


_ROUNDING = _Spec("rounding", "Rounding of the printed figures here: {places, mode}; mode one of "
                  + ", ".join(ROUNDING_MODES), required=False)
_LOKASI = _text("Where the figure is printed (table, chapter, figure)", required=False)
_YEARS = "Per year: keys are years as text (\"2022\"), values printed figures"

SPEC = _table(
    "A Laporan Kinerja (LKj): its figures as printed",
    schema=_text("Format tag", choices=(SCHEMA,)),
    laporan=_table(
        "The report",
        instansi=_text("The unit (instansi)"),
        tahun=_Spec("int", "Fiscal year reported"),
        judul=_text("Title", required=False),
        rounding=_ROUNDING,
    ),
    sasaran=_array("Sasaran (objectives)", _table(
        "A sasaran", kode=_text("Code"), nama=_text("Name")), unique="kode"),
    indikator=_array("Performance indicators (IKU/IKK)", _table(
        "An indicator",
        kode=_text("Code, e.g. 'IKK 1.1'"),
        sasaran=_text("Code of its sasaran", required=False),
        nama=_text("Name"),
        satuan=_text("Unit (Orang, Nilai, Predikat)", required=False),
        polarisasi=_text("Direction", required=False,
                         choices=("maximize", "minimize", "stabilize")),
        target=_printed("Target, as printed (a number or a predikat)", predikat=True),
        realisasi=_printed("Realisasi, as printed; omit when blank (not reported)",
                           required=False, predikat=True),
        capaian=_printed("Capaian as printed (percent)", required=False),
        lokasi=_LOKASI,
        catatan=_text("A note", required=False),
        rounding=_ROUNDING,
        realisasi_sebelumnya=_Spec("years", "Realisasi of previous years. " + _YEARS,
                                   required=False, item=_printed("value", predikat=True)),
        renstra=_table(
            "Achievement against the Renstra (medium-term) targets", required=False,
            kumulatif=_Spec("bool", "true: Σ realisasi / Σ targets; false: latest against "
                            "final-year target"),
            target=_Spec("years", "Renstra targets. " + _YEARS,
                         item=_printed("value", predikat=True)),
            realisasi=_Spec("years", "Realisasi per year (default: realisasi_sebelumnya and "
                            "this year's realisasi). " + _YEARS, required=False,
                            item=_printed("value", predikat=True)),
            capaian=_printed("Renstra capaian as printed (percent)", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
        triwulan=_table(
            "Quarterly targets and cumulative realisasi (rencana aksi)", required=False,
            target=_Spec("years", "Per quarter: keys \"1\"–\"4\"", required=False,
                         item=_printed("value", predikat=True)),
            realisasi=_Spec("years", "Per quarter, cumulative: keys \"1\"–\"4\"",
                            required=False, item=_printed("value", predikat=True)),
            lokasi=_LOKASI,
        ),
    ), unique="kode"),
    evaluasi_akip=_table(
        "The AKIP evaluation (LHE)", required=False,
        aturan=_text("LKE rule set", required=False,
                     choices=("permenpanrb-88-2021", "permenpanrb-12-2015")),
        nilai=_printed("Score as printed"),
        predikat=_text("Predikat as printed", required=False),
        komponen=_Spec("map", "Points per LKE component", required=False,
                       item=_printed("points")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    anggaran=_table(
        "Budget", required=False,
        rumus_efisiensi=_text("Efficiency formula the report follows", required=False,
                              choices=("pmk-214-2017", "per-pagu", "pmk-249-2011")),
        lokasi=_LOKASI,
        output=_array("Rincian Output", _table(
            "An output",
            kode=_text("Code 'kegiatan.KRO.RO'"),
            nama=_text("Name", required=False),
            pagu=_amount("Pagu"),
            realisasi=_amount("Realisasi anggaran"),
            capaian=_amount("Capaian output (percent)", required=False),
            penyerapan=_printed("Penyerapan as printed", required=False),
            efisiensi=_printed("E as printed", required=False),
            nilai_efisiensi=_printed("NE as printed", required=False),
            kategori=_text("Efficiency category as printed", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode"),
        jenis_belanja=_array("Totals per jenis belanja", _table(
            "A jenis belanja row",
            kode=_text("51, 52, 53 or 57", choices=("51", "52", "53", "57")),
            pagu=_amount("Pagu"),
            realisasi=_amount("Realisasi"),
            penyerapan=_printed("Penyerapan as printed", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode"),
        kegiatan=_array("Totals per kegiatan", _table(
            "A kegiatan row",
            kode=_text("Kegiatan code"),
            nama=_text("Name", required=False),
            pagu=_amount("Pagu as printed", required=False),
            realisasi=_amount("Realisasi as printed", required=False),
            lokasi=_LOKASI,
        ), unique="kode"),
        total=_table(
            "The total row", required=False,
            pagu=_amount("Total pagu as printed", required=False),
            realisasi=_amount("Total realisasi as printed", required=False),
            penyerapan=_printed("Penyerapan as printed", required=False),
            capaian_output=_printed("Capaian output (arithmetic mean) as printed",
                                    required=False),
            efisiensi=_printed("E as printed", required=False),
            nilai_efisiensi=_printed("NE as printed", required=False),
            kategori=_text("Category as printed", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
    ),
    eka=_table(
        "EKA", required=False,
        nilai=_printed("EKA as printed"),
        aturan=_text("EKA rule set", required=False, choices=("pmk-214-2017", "pmk-22-2021")),
        komponen=_Spec("map", "capaian_ro, penyerapan, nilai_efisiensi, konsistensi",
                       required=False, item=_printed("score")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    ikpa=_table(
        "IKPA", required=False,
        nilai=_printed("IKPA as printed"),
        kategori=_text("Category as printed", required=False),
        tahun=_Spec("int", "Fiscal year whose rule set applies", required=False),
        aturan=_text("IKPA rule set", required=False,
                     choices=("per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2024")),
        komponen=_Spec("map", "Indicator scores", required=False, item=_printed("score")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    nka=_table(
        "NKA = 60 % EKA + 40 % IKPA, from the eka and ikpa sections", required=False,
        nilai=_printed("NKA as printed"),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    tabel=_array("Tables with printed totals", _table(
        "A table",
        kode=_text("Table number"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        kolom=_Spec("list", "Column names", item=_text("name")),
        baris=_array("Rows", _table(
            "A row",
            label=_text("Row label"),
            nilai=_Spec("list", "Cells as printed; \"\" for a blank cell", item=_text("cell")),
            total=_printed("Row total as printed", required=False),
        ), required=True),
        total_kolom=_Spec("list", "Printed column totals", required=False,
                          item=_text("cell")),
        kolom_total=_Spec("list", "Columns a row total covers (default: every column)",
                          required=False, item=_text("column name")),
        total=_printed("Grand total as printed", required=False),
        rounding=_ROUNDING,
    ), unique="kode"),
    daftar_kegiatan=_array("Dated activity lists", _table(
        "An activity list",
        kode=_text("Table number"),
        judul=_text("Title", required=False),
        lokasi=_LOKASI,
        tahun=_Spec("int", "Year for dates printed without one (default: laporan.tahun)",
                    required=False),
        total=_printed("Printed total of participants", required=False),
        baris=_array("Rows", _table(
            "An activity",
            no=_Spec("int", "Row number", required=False),
            nama=_text("Name", required=False),
            waktu=_text("Date or date range as printed"),
            peserta=_amount("Participants as printed"),
        ), required=True),
    ), unique="kode"),
    klaim=_array("Numbers stated in the narrative, with what they claim to be", _table(
        "A claim",
        kode=_text("Identifier"),
        lokasi=_LOKASI,
        teks=_text("The sentence, quoted", required=False),
        kind=_text("What the number claims to be", choices=(
            "capaian", "percent_change", "sum", "equals", "penyerapan")),
        nilai=_printed("The number as printed"),
        target=_printed("capaian: target", required=False, predikat=True),
        realisasi=_printed("capaian, penyerapan: realisasi", required=False, predikat=True),
        pagu=_amount("penyerapan: pagu", required=False),
        old=_printed("percent_change: the earlier value", required=False),
        new=_printed("percent_change: the later value", required=False),
        direction=_text("percent_change: the direction the sentence states", required=False,
                        choices=("up", "down")),
        terms=_Spec("list", "sum: the terms as printed", required=False,
                    item=_printed("term")),
        reference=_printed("equals: the figure it should equal", required=False),
        reference_lokasi=_text("equals: where that figure is printed", required=False),
        rounding=_ROUNDING,
    ), unique="kode"),
)


# ------------------------------------------------------------- validation


class _Reader:
    """Validates data against a spec, collecting every error with its place."""

    def __init__(self) -> None:
        self.errors: list[SakipError] = []

    def fail(self, where: str, expected: str, received: Any) -> None:
        self.errors.append(InvalidValueError(field=where, expected=expected,
                                             received=received))

    def read(self, spec: _Spec, value: Any, where: str) -> Any:
        kind = spec.kind
        if kind == "text":
            if not isinstance(value, str):
                self.errors.append(InvalidTypeError(field=where, expected="text",
                                                    received=value))
                return None
            if spec.choices and value not in spec.choices:
                self.fail(where, "one of " + ", ".join(spec.choices), value)
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                self.errors.append(InvalidTypeError(field=where, expected="an integer",
                                                    received=value))
                return None
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                self.errors.append(InvalidTypeError(field=where, expected="true or false",
                                                    received=value))
            return value
        if kind == "printed":
            return self._printed(spec, value, where)
        if kind == "rounding":
            return self._rounding(value, where)
        if kind == "list":
            if not isinstance(value, list):
                self.errors.append(InvalidTypeError(field=where, expected="an array",
                                                    received=value))
                return ()
            assert spec.item is not None
            return tuple(self.read(spec.item, v, f"{where}[{i}]")
                         for i, v in enumerate(value, start=1))
        if kind in ("years", "map"):
            return self._map(spec, value, where)
        if kind == "table":
            return self._table(spec, value, where)
        if kind == "array":
            return self._array(spec, value, where)
        raise AssertionError(kind)  # pragma: no cover - the spec is fixed

    def _printed(self, spec: _Spec, value: Any, where: str) -> str | None:
        if not isinstance(value, str):
            self.errors.append(InvalidTypeError(
                field=where, expected="a number written as text, as printed ('95,15')",
                received=value))
            return None
        if spec.predikat and value.strip().upper() in Predikat.__members__:
            return value
        try:
            number = parse_id(value)
        except ParseError as error:
            self.errors.append(ParseError(field=where, expected=error.expected,
                                          received=value))
            return None
        if spec.nonnegative and number < 0:
            self.fail(where, "an amount >= 0", value)
            return None
        return value

    def _rounding(self, value: Any, where: str) -> Rounding | None:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where, expected="a table {places, mode}",
                                                received=value))
            return None
        for key in value:
            if key not in ("places", "mode"):
                self.fail(f"{where}.{key}", "places or mode", key)
        try:
            return Rounding(places=value.get("places", 2), mode=value.get("mode", "half_up"))
        except SakipError as error:
            self.errors.append(InvalidValueError(field=f"{where}.{error.field}",
                                                 expected=error.expected,
                                                 received=error.received))
            return None

    def _map(self, spec: _Spec, value: Any, where: str) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where, expected="a table",
                                                received=value))
            return {}
        assert spec.item is not None
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if spec.kind == "years":
                if not isinstance(key, str) or not key.isdigit():
                    self.fail(f"{where}.{key}", "a year or quarter written as digits", key)
                    continue
                out[int(key)] = self.read(spec.item, item, f"{where}.{key}")
            else:
                out[str(key)] = self.read(spec.item, item, f"{where}.{key}")
        return out

    def _table(self, spec: _Spec, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            self.errors.append(InvalidTypeError(field=where or "file", expected="a table",
                                                received=value))
            return {}
        known = dict(spec.fields)
        prefix = f"{where}." if where else ""
        for key in value:
            if key not in known:
                self.fail(f"{prefix}{key}", "one of " + ", ".join(known), key)
        out: dict[str, Any] = {}
        for key, field in spec.fields:
            if key not in value:
                if field.required:
                    expected = {"text": "text", "int": "an integer", "printed":
                                "a number written as text", "table": "a table",
                                "array": "an array"}.get(field.kind, field.kind)
                    self.errors.append(InvalidTypeError(field=f"{prefix}{key}",
                                                        expected=expected, received=_MISSING))
                continue
            out[key] = self.read(field, value[key], f"{prefix}{key}")
        return out

    def _array(self, spec: _Spec, value: Any, where: str) -> tuple[dict[str, Any], ...]:
        if not isinstance(value, list):
            self.errors.append(InvalidTypeError(field=where, expected="an array of tables",
                                                received=value))
            return ()
        assert spec.item is not None
        rows = tuple(self.read(spec.item, row, f"{where}[{i}]")
                     for i, row in enumerate(value, start=1))
        if spec.unique:
            seen: set[Any] = set()
            for i, row in enumerate(rows, start=1):
                key = row.get(spec.unique)
                if key is not None and key in seen:
                    self.fail(f"{where}[{i}].{spec.unique}", "a unique value", key)
                seen.add(key)
        return rows


# ------------------------------------------------------------------ values


def printed_value(text: str | None) -> Decimal | Predikat | None:
    """A printed figure as a value: a predikat name, or Indonesian number text (``None`` stays).

    >>> printed_value("95,15"), printed_value("bb"), printed_value(None)
    (Decimal('95.15'), <Predikat.BB: 'BB'>, None)
    """
    if text is None:
        return None
    if text.strip().upper() in Predikat.__members__:
        return Predikat.from_name(text)
    return parse_id(text)


@attrs.frozen(kw_only=True)
class Indikator(Tabular):
    """One performance indicator as the report states it.

    ``target`` and ``realisasi`` are Decimals or predikat (``realisasi`` is
    ``None`` when blank); ``capaian_tercetak`` is the printed capaian text.
    Change an input with :func:`attrs.evolve` for a what-if.
    """

    #: The indicator's code (``"IKK 1.1"``).
    kode: str
    #: The indicator's name.
    nama: str
    #: The indicator's direction.
    polarisasi: Polarisasi = Polarisasi.MAXIMIZE
    #: The target as printed, read as a Decimal or a predikat.
    target: Decimal | Predikat
    #: The realisasi as printed, or ``None`` when blank.
    realisasi: Decimal | Predikat | None
    #: The unit (``"%"``, ``"orang"``).
    satuan: str = ""
    #: The code of the sasaran (goal) the indicator belongs to.
    sasaran: str = ""
    #: The capaian as printed (text), or ``None``.
    capaian_tercetak: str | None = None
    #: Where in the report the indicator is printed.
    lokasi: str = ""
    #: A note carried into the findings.
    catatan: str = ""
    #: The indicator's own rounding, or ``None`` for the report's.
    rounding: Rounding | None = None
    #: Earlier years' realisasi, by year.
    realisasi_sebelumnya: dict[int, Decimal | Predikat] = attrs.field(factory=dict)
    #: The validated ``[indikator.renstra]`` table, or ``None``.
    renstra: dict[str, Any] | None = None
    #: The validated ``[indikator.triwulan]`` table, or ``None``.
    triwulan: dict[str, Any] | None = None

    def capaian(self) -> Capaian:
        """The recomputed capaian of this indicator (see :func:`sakip.capaian`)."""
        return capaian(target=self.target, realisasi=self.realisasi, polarisasi=self.polarisasi)


@attrs.frozen(kw_only=True)
class Laporan(Tabular):
    """A Laporan Kinerja's printed figures, validated.

    ``indikator`` are typed values (for what-ifs with :func:`attrs.evolve`); the
    other sections are the validated tables of the file, numbers still as
    printed text.
    """

    #: The reporting unit.
    instansi: str
    #: The fiscal year reported on.
    tahun: int
    #: The report's title.
    judul: str = ""
    #: The report's default rounding of printed figures.
    rounding: Rounding = attrs.field(factory=lambda: Rounding(places=2, mode="half_up"))
    #: Where the file was read from.
    sumber: str = "<mapping>"
    #: The ``[[sasaran]]`` tables.
    sasaran: tuple[dict[str, Any], ...] = ()
    #: The indicators, as typed values.
    indikator: tuple[Indikator, ...] = ()
    #: The ``[evaluasi_akip]`` table, or ``None``.
    evaluasi_akip: dict[str, Any] | None = None
    #: The ``[anggaran]`` table, or ``None``.
    anggaran: dict[str, Any] | None = None
    #: The ``[eka]`` table, or ``None``.
    eka: dict[str, Any] | None = None
    #: The ``[ikpa]`` table, or ``None``.
    ikpa: dict[str, Any] | None = None
    #: The ``[nka]`` table, or ``None``.
    nka: dict[str, Any] | None = None
    #: The ``[[tabel]]`` tables.
    tabel: tuple[dict[str, Any], ...] = ()
    #: The ``[[daftar_kegiatan]]`` tables.
    daftar_kegiatan: tuple[dict[str, Any], ...] = ()
    #: The ``[[klaim]]`` tables.
    klaim: tuple[dict[str, Any], ...] = ()

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per indicator (see :class:`Indikator`), as printed (exact)."""
        return [indikator.to_row(rounding) for indikator in self.indikator]


def _indikator(row: dict[str, Any]) -> Indikator:
    previous = {year: printed_value(v) for year, v in row.get("realisasi_sebelumnya", {}).items()}
    return Indikator(
        kode=row["kode"], nama=row["nama"],
        polarisasi=Polarisasi(row.get("polarisasi", "maximize")),
        target=printed_value(row["target"]),  # type: ignore[arg-type]
        realisasi=printed_value(row.get("realisasi")),
        satuan=row.get("satuan", ""), sasaran=row.get("sasaran", ""),
        capaian_tercetak=row.get("capaian"), lokasi=row.get("lokasi", ""),
        catatan=row.get("catatan", ""), rounding=row.get("rounding"),
        realisasi_sebelumnya={k: v for k, v in previous.items() if v is not None},
        renstra=row.get("renstra"), triwulan=row.get("triwulan"),
    )


@keyword_only()
def from_mapping(data: Mapping[str, Any], *positional: Never, source: str = "<mapping>") -> Laporan:
    """Validate a mapping (a parsed TOML or JSON document) into a :class:`Laporan`."""
    if positional:
        raise call_error(from_mapping, positional, locals())
    reader = _Reader()
    table = reader.read(SPEC, data, "")
    if reader.errors:
        raise LaporanError(source, reader.errors)
    head = table["laporan"]
    return Laporan(
        instansi=head["instansi"], tahun=head["tahun"], judul=head.get("judul", ""),
        rounding=head.get("rounding") or Rounding(places=2, mode="half_up"), sumber=source,
        sasaran=table.get("sasaran", ()),
        indikator=tuple(_indikator(row) for row in table.get("indikator", ())),
        evaluasi_akip=table.get("evaluasi_akip"), anggaran=table.get("anggaran"),
        eka=table.get("eka"), ikpa=table.get("ikpa"), nka=table.get("nka"),
        tabel=table.get("tabel", ()), daftar_kegiatan=table.get("daftar_kegiatan", ()),
        klaim=table.get("klaim", ()),
    )


def load(source: str | Path | Traversable | Mapping[str, Any]) -> Laporan:
    """Read a ``sakip/lkj-1`` report from a path (TOML, or JSON by extension) or a mapping.

    Raises
    ------
    LaporanError
        Listing every problem with its place: unreadable file, over
        :data:`MAX_BYTES`, not TOML/JSON, wrong types, unknown keys, floats
        where printed text is required, duplicate codes, missing fields.
    """
    if isinstance(source, Mapping):
        return from_mapping(source)
    if not isinstance(source, (str, Path, Traversable)):
        raise InvalidTypeError(field="source", expected="a path or a mapping", received=source)
    name = str(source)
    target = source if isinstance(source, Traversable) else Path(source)
    try:
        raw = target.read_bytes()
    except OSError as error:
        raise LaporanError(name, [InvalidValueError(
            field="file", expected="a readable file", received=str(error))]) from None
    if len(raw) > MAX_BYTES:
        raise LaporanError(name, [InvalidValueError(
            field="file", expected=f"at most {MAX_BYTES} bytes", received=len(raw))])
    try:
        text = raw.decode("utf-8")
        if name.endswith(".json"):
            data = json.loads(text, parse_float=_refuse_float)
        else:
            import tomllib

            data = tomllib.loads(text, parse_float=_refuse_float)
    except _FloatFound as found:
        raise LaporanError(name, [InvalidTypeError(
            field="file", expected="numbers written as text (\"95,15\"), not floats",
            received=found.text)]) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise LaporanError(name, [ParseError(
            field="file", expected="a TOML document (or JSON for .json)",
            received=str(error))]) from None
    if not isinstance(data, Mapping):
        raise LaporanError(name, [InvalidTypeError(field="file", expected="a table",
                                                   received=type(data).__name__)])
    return from_mapping(data, source=name)


class _FloatFound(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _refuse_float(text: str) -> Any:
    raise _FloatFound(text)


# ------------------------------------------------------------- JSON Schema


def _schema(spec: _Spec) -> dict[str, Any]:
    out: dict[str, Any]
    if spec.kind == "text":
        out = {"type": "string"}
        if spec.choices:
            out["enum"] = list(spec.choices)
    elif spec.kind == "printed":
        out = {"type": "string", "minLength": 1}
    elif spec.kind == "int":
        out = {"type": "integer"}
    elif spec.kind == "bool":
        out = {"type": "boolean"}
    elif spec.kind == "rounding":
        out = {"type": "object", "additionalProperties": False, "properties": {
            "places": {"type": "integer", "minimum": 0, "maximum": 20},
            "mode": {"enum": list(ROUNDING_MODES)}}}
    elif spec.kind == "list":
        assert spec.item is not None
        out = {"type": "array", "items": _schema(spec.item)}
    elif spec.kind in ("years", "map"):
        assert spec.item is not None
        out = {"type": "object", "additionalProperties": _schema(spec.item)}
        if spec.kind == "years":
            out["propertyNames"] = {"pattern": "^[0-9]+$"}
    elif spec.kind == "table":
        out = {"type": "object", "additionalProperties": False,
               "properties": {k: _schema(v) for k, v in spec.fields},
               "required": [k for k, v in spec.fields if v.required]}
    else:
        assert spec.item is not None
        out = {"type": "array", "items": _schema(spec.item)}
    if spec.doc:
        out["description"] = spec.doc
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the ``sakip/lkj-1`` file format, derived from :data:`SPEC`.

    The same schema is published as ``sakip/data/lkj-1.schema.json``.

    >>> json_schema()["properties"]["schema"]["enum"]
    ['sakip/lkj-1']
    """
    out = _schema(SPEC)
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["$id"] = "https://sakip.invalid/schema/lkj-1.schema.json"
    out["title"] = "sakip/lkj-1 report file"
    return out
