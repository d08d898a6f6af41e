"""The ``sakip/lkj-1`` report file: a Laporan Kinerja's printed figures, read and validated.

A report file is TOML (or JSON with the same structure).  Every number is a
string written exactly as the report prints it (``"101,10"``,
``"Rp 7.879.297.000"``) and read with :func:`sakip.parse_id`, so nothing is
lost to floats.  The structure is described once, in :data:`SPEC`, from which
both the validator and the published JSON Schema are derived.

Loading reports **every** problem at once, each with its place in the file
(file, table, row, field), as a :class:`LaporanError`; nothing is silently
skipped.  Files larger than :data:`MAX_BYTES` are refused before parsing.

>>> import sakip.examples
>>> from sakip.lkj import load
>>> laporan = load(sakip.examples.path("bgp-kalsel-2023"))
>>> laporan.instansi, [i.kode for i in laporan.indikator][:2]
('BGP Provinsi Kalimantan Selatan', ['IKK 1.1', 'IKK 1.2'])
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from sakip._reading import (
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_DIGITS,
    MAX_ROWS,
    parse_document,
    read_file,
)
from sakip.errors import InvalidTypeError, InvalidValueError, ParseError, SakipError
from sakip.indicators import Capaian, Polarisasi, capaian
from sakip.numbers import ROUNDING_MODES, Rounding, _unit_mark, parse_id
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



#: The message of a :class:`LaporanError` lists this many problems (``errors`` has all).
_SHOWN_PROBLEMS = 100


class LaporanError(SakipError, ValueError):
    """A report file could not be read; ``errors`` lists every problem with its place.

    >>> from sakip.lkj import load
    >>> load({"schema": "sakip/lkj-1", "laporan": {"tahun": "2023"}})
    Traceback (most recent call last):
    ...
    sakip.lkj.LaporanError: <mapping>: 2 problems
      laporan.instansi: expected text; received '(missing)'
      laporan.tahun: expected an integer; received '2023'
    """

    def __init__(self, source: str, errors: list[SakipError] | None = None) -> None:
        errors = errors or []
        if len(errors) == 1:  # one line: "file.toml: laporan.tahun: expected ...; received ..."
            message = f"{source}: {errors[0]}"
        else:
            lines = [f"{source}: {len(errors)} problem{'s' if len(errors) != 1 else ''}"]
            lines.extend(f"  {error}" for error in errors[:_SHOWN_PROBLEMS])
            if len(errors) > _SHOWN_PROBLEMS:  # all of them stay in .errors
                lines.append(f"  … and {len(errors) - _SHOWN_PROBLEMS} more")
            message = "\n".join(lines)
        super().__init__(message, field=source, received=len(errors))
        self.source = source
        self.errors = errors

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source, self.errors))


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
    #: ``"rupiah"`` refuses a ``%`` mark, ``"percent"`` (also scores) refuses ``Rp``,
    #: ``"count"`` refuses both; ``""`` takes either.
    unit: str = ""
    #: For ``int`` and ``years`` keys: the inclusive range of accepted values.
    bounds: tuple[int, int] | None = None
    #: For a table: fields whose printed units (``Rp``, ``%``) must not contradict
    #: each other (a target of ``"100%"`` with a realisasi of ``"Rp 95"``).
    same_unit: tuple[str, ...] = ()


def _text(doc: str, required: bool = True, choices: tuple[str, ...] = ()) -> _Spec:
    return _Spec("text", doc, required, choices=choices)


def _printed(doc: str, required: bool = True, predikat: bool = False,
             nonnegative: bool = False, unit: str = "") -> _Spec:
    return _Spec("printed", doc, required, predikat=predikat, nonnegative=nonnegative,
                 unit=unit)


def _amount(doc: str, required: bool = True, unit: str = "rupiah") -> _Spec:
    return _printed(doc, required, nonnegative=True, unit=unit)


def _percent(doc: str, required: bool = True) -> _Spec:
    return _printed(doc, required, unit="percent")


#: Years the period classes accept (sakip.periods.TahunAnggaran).
_YEAR_RANGE = (1900, 2999)
_QUARTER_RANGE = (1, 4)


def _year(doc: str, required: bool = True) -> _Spec:
    return _Spec("int", doc, required, bounds=_YEAR_RANGE)


def _table(doc: str, required: bool = True, same_unit: tuple[str, ...] = (),
           **fields: _Spec) -> _Spec:
    return _Spec("table", doc, required, fields=tuple(fields.items()), same_unit=same_unit)


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
        tahun=_year("Fiscal year reported"),
        judul=_text("Title", required=False),
        rounding=_ROUNDING,
    ),
    sasaran=_array("Sasaran (objectives)", _table(
        "A sasaran", kode=_text("Code"), nama=_text("Name")), unique="kode"),
    indikator=_array("Performance indicators (IKU/IKK)", _table(
        "An indicator", same_unit=("target", "realisasi", "realisasi_sebelumnya"),
        kode=_text("Code, e.g. 'IKK 1.1'"),
        sasaran=_text("Code of its sasaran", required=False),
        nama=_text("Name"),
        satuan=_text("Unit (Orang, Nilai, Predikat)", required=False),
        polarisasi=_text("Direction", required=False,
                         choices=("maximize", "minimize", "stabilize")),
        target=_printed("Target, as printed (a number or a predikat)", predikat=True),
        realisasi=_printed("Realisasi, as printed; omit when blank (not reported)",
                           required=False, predikat=True),
        capaian=_percent("Capaian as printed (percent)", required=False),
        lokasi=_LOKASI,
        catatan=_text("A note", required=False),
        rounding=_ROUNDING,
        realisasi_sebelumnya=_Spec("years", "Realisasi of previous years. " + _YEARS,
                                   required=False, item=_printed("value", predikat=True),
                                   bounds=_YEAR_RANGE),
        renstra=_table(
            "Achievement against the Renstra (medium-term) targets", required=False,
            kumulatif=_Spec("bool", "true: Σ realisasi / Σ targets; false: latest against "
                            "final-year target"),
            target=_Spec("years", "Renstra targets. " + _YEARS,
                         item=_printed("value", predikat=True), bounds=_YEAR_RANGE),
            realisasi=_Spec("years", "Realisasi per year (default: realisasi_sebelumnya and "
                            "this year's realisasi). " + _YEARS, required=False,
                            item=_printed("value", predikat=True), bounds=_YEAR_RANGE),
            capaian=_percent("Renstra capaian as printed (percent)", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
        triwulan=_table(
            "Quarterly targets and cumulative realisasi (rencana aksi)", required=False,
            target=_Spec("years", "Per quarter: keys \"1\"–\"4\"", required=False,
                         item=_printed("value", predikat=True), bounds=_QUARTER_RANGE),
            realisasi=_Spec("years", "Per quarter, cumulative: keys \"1\"–\"4\"",
                            required=False, item=_printed("value", predikat=True),
                            bounds=_QUARTER_RANGE),
            lokasi=_LOKASI,
        ),
    ), unique="kode"),
    evaluasi_akip=_table(
        "The AKIP evaluation (LHE)", required=False,
        aturan=_text("LKE rule set", required=False,
                     choices=("permenpanrb-88-2021", "permenpanrb-12-2015")),
        nilai=_percent("Score as printed"),
        predikat=_text("Predikat as printed", required=False),
        komponen=_Spec("map", "Points per LKE component", required=False,
                       item=_percent("points")),
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
            capaian=_amount("Capaian output (percent)", required=False, unit="percent"),
            penyerapan=_percent("Penyerapan as printed", required=False),
            efisiensi=_percent("E as printed", required=False),
            nilai_efisiensi=_percent("NE as printed", required=False),
            kategori=_text("Efficiency category as printed", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ), unique="kode"),
        jenis_belanja=_array("Totals per jenis belanja", _table(
            "A jenis belanja row",
            kode=_text("51, 52, 53 or 57", choices=("51", "52", "53", "57")),
            pagu=_amount("Pagu"),
            realisasi=_amount("Realisasi"),
            penyerapan=_percent("Penyerapan as printed", required=False),
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
            penyerapan=_percent("Penyerapan as printed", required=False),
            capaian_output=_percent("Capaian output (arithmetic mean) as printed",
                                    required=False),
            efisiensi=_percent("E as printed", required=False),
            nilai_efisiensi=_percent("NE as printed", required=False),
            kategori=_text("Category as printed", required=False),
            lokasi=_LOKASI,
            rounding=_ROUNDING,
        ),
    ),
    eka=_table(
        "EKA", required=False,
        nilai=_percent("EKA as printed"),
        aturan=_text("EKA rule set", required=False, choices=("pmk-214-2017", "pmk-22-2021")),
        komponen=_Spec("map", "capaian_ro, penyerapan, nilai_efisiensi, konsistensi",
                       required=False, item=_percent("score")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    ikpa=_table(
        "IKPA", required=False,
        nilai=_percent("IKPA as printed"),
        kategori=_text("Category as printed", required=False),
        tahun=_year("Fiscal year whose rule set applies", required=False),
        aturan=_text("IKPA rule set", required=False,
                     choices=("per-4-pb-2021", "per-5-pb-2022", "per-5-pb-2024")),
        komponen=_Spec("map", "Indicator scores", required=False, item=_percent("score")),
        lokasi=_LOKASI,
        rounding=_ROUNDING,
    ),
    nka=_table(
        "NKA = 60 % EKA + 40 % IKPA, from the eka and ikpa sections", required=False,
        nilai=_percent("NKA as printed"),
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
        tahun=_year("Year for dates printed without one (default: laporan.tahun)",
                    required=False),
        total=_printed("Printed total of participants", required=False),
        baris=_array("Rows", _table(
            "An activity",
            no=_Spec("int", "Row number", required=False),
            nama=_text("Name", required=False),
            waktu=_text("Date or date range as printed"),
            peserta=_amount("Participants as printed", unit="count"),
        ), required=True),
    ), unique="kode"),
    klaim=_array("Numbers stated in the narrative, with what they claim to be", _table(
        "A claim", same_unit=("target", "realisasi"),
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


def _canonical_int(key: object) -> int | None:
    """The number a key writes in canonical ASCII digits (``"2023"``), else ``None``.

    ``int()`` would also read ``"02023"``, ``" 2023"`` and ``"²"``-like digits of
    other scripts, so two keys could name one year.
    """
    if (not isinstance(key, str) or not key.isascii() or not key.isdigit()
            or (len(key) > 1 and key[0] == "0") or len(key) > 9):
        return None
    return int(key)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"



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
            if spec.bounds is not None and not spec.bounds[0] <= value <= spec.bounds[1]:
                self.fail(where, f"an integer {spec.bounds[0]}–{spec.bounds[1]}", value)
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
            if len(value) > MAX_COLUMNS:
                self.fail(where, f"at most {MAX_COLUMNS} items", len(value))
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
        if sum(map(str.isdigit, value)) > MAX_DIGITS:  # before any digit is read
            self.fail(where, f"a number of at most {MAX_DIGITS} digits", _shorten(value))
            return None
        try:
            number = parse_id(value)
        except ParseError as error:
            self.errors.append(ParseError(field=where, expected=error.expected,
                                          received=value))
            return None
        if spec.nonnegative and number < 0:
            self.fail(where, "an amount >= 0", value)
            return None
        if spec.unit:
            mark = _unit_mark(value)
            refused = {"rupiah": "%", "percent": "Rp", "count": mark}[spec.unit]
            if mark and mark == refused:
                expected = {"rupiah": "an amount of rupiah (no '%')",
                            "percent": "a percentage or score (no 'Rp')",
                            "count": "a count (no 'Rp' or '%')"}[spec.unit]
                self.fail(where, expected, value)
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
        if len(value) > MAX_COLUMNS:
            self.fail(where, f"at most {MAX_COLUMNS} entries", len(value))
            return {}
        out: dict[Any, Any] = {}
        for key, item in value.items():
            if spec.kind == "years":
                number = _canonical_int(key)
                low, high = spec.bounds or _YEAR_RANGE
                if number is None or not low <= number <= high:
                    noun = "a quarter" if spec.bounds == _QUARTER_RANGE else "a year"
                    self.fail(f"{where}.{_shorten(str(key))}",
                              f"{noun} {low}–{high} written as ASCII digits, without leading "
                              f"zeros (\"{low}\")", key)
                    continue
                out[number] = self.read(spec.item, item, f"{where}.{key}")
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
        if spec.same_unit:
            self._same_unit(spec, out, prefix)
        return out

    def _same_unit(self, spec: _Spec, out: dict[str, Any], prefix: str) -> None:
        """Refuse printed figures of one indicator whose unit marks contradict each other."""
        seen: dict[str, str] = {}  # mark -> the first field printed with it
        for key in spec.same_unit:
            value = out.get(key)
            items = value.items() if isinstance(value, dict) else [("", value)]
            for sub, text in items:
                if not isinstance(text, str):
                    continue
                mark = _unit_mark(text)
                where = f"{prefix}{key}" + (f".{sub}" if sub != "" else "")
                if mark:
                    other = "%" if mark == "Rp" else "Rp"
                    if other in seen:
                        self.fail(where, f"the unit of {seen[other]} ({other!r})", text)
                        return
                    seen.setdefault(mark, where)

    def _array(self, spec: _Spec, value: Any, where: str) -> tuple[dict[str, Any], ...]:
        if not isinstance(value, list):
            self.errors.append(InvalidTypeError(field=where, expected="an array of tables",
                                                received=value))
            return ()
        assert spec.item is not None
        if len(value) > MAX_ROWS:
            self.fail(where, f"at most {MAX_ROWS} rows", len(value))
            return ()
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
class Indikator:
    """One performance indicator as the report states it.

    ``target`` and ``realisasi`` are Decimals or predikat (``realisasi`` is
    ``None`` when blank); ``capaian_tercetak`` is the printed capaian text.
    Change an input with :func:`attrs.evolve` for a what-if.
    """

    kode: str
    nama: str
    polarisasi: Polarisasi = Polarisasi.MAXIMIZE
    target: Decimal | Predikat
    realisasi: Decimal | Predikat | None
    satuan: str = ""
    sasaran: str = ""
    capaian_tercetak: str | None = None
    lokasi: str = ""
    catatan: str = ""
    rounding: Rounding | None = None
    realisasi_sebelumnya: dict[int, Decimal | Predikat] = attrs.field(factory=dict)
    renstra: dict[str, Any] | None = None
    triwulan: dict[str, Any] | None = None

    def capaian(self) -> Capaian:
        """The recomputed capaian of this indicator (see :func:`sakip.capaian`)."""
        return capaian(target=self.target, realisasi=self.realisasi, polarisasi=self.polarisasi)


@attrs.frozen(kw_only=True)
class Laporan:
    """A Laporan Kinerja's printed figures, validated.

    ``indikator`` are typed values (for what-ifs with :func:`attrs.evolve`); the
    other sections are the validated tables of the file, numbers still as
    printed text.
    """

    instansi: str
    tahun: int
    judul: str = ""
    rounding: Rounding = attrs.field(factory=lambda: Rounding(places=2, mode="half_up"))
    sumber: str = "<mapping>"
    sasaran: tuple[dict[str, Any], ...] = ()
    indikator: tuple[Indikator, ...] = ()
    evaluasi_akip: dict[str, Any] | None = None
    anggaran: dict[str, Any] | None = None
    eka: dict[str, Any] | None = None
    ikpa: dict[str, Any] | None = None
    nka: dict[str, Any] | None = None
    tabel: tuple[dict[str, Any], ...] = ()
    daftar_kegiatan: tuple[dict[str, Any], ...] = ()
    klaim: tuple[dict[str, Any], ...] = ()


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


def from_mapping(data: Mapping[str, Any], *, source: str = "<mapping>") -> Laporan:
    """Validate a mapping (a parsed TOML or JSON document) into a :class:`Laporan`."""
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
        Listing every problem with its place: unreadable file, not a regular
        file, over :data:`MAX_BYTES`, not TOML/JSON, beyond an input limit
        (nesting, key length, rows, items, digits: see the file-format page),
        wrong types, unknown keys, floats where printed text is required,
        duplicate codes or JSON keys, non-canonical year keys, contradicting
        units, missing fields.
    """
    if isinstance(source, Mapping):
        return from_mapping(source)
    if not isinstance(source, (str, Path, Traversable)):
        raise InvalidTypeError(field="source", expected="a path or a mapping", received=source)
    name = str(source)
    try:
        if isinstance(source, (str, Path)):
            raw = read_file(source)
        else:  # package data (a bundled example): not a path a user can point anywhere
            raw = source.read_bytes()
            if len(raw) > MAX_BYTES:
                raise InvalidValueError(field="file", expected=f"at most {MAX_BYTES} bytes",
                                        received=len(raw))
        data = parse_document(raw, json_format=name.endswith(".json"))
    except OSError as error:
        raise LaporanError(name, [InvalidValueError(
            field="file", expected="a readable file", received=str(error))]) from None
    except SakipError as error:
        raise LaporanError(name, [error]) from None
    if not isinstance(data, Mapping):
        raise LaporanError(name, [InvalidTypeError(field="file", expected="a table",
                                                   received=type(data).__name__)])
    return from_mapping(data, source=name)


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
        if spec.bounds is not None:
            out["minimum"], out["maximum"] = spec.bounds
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
            pattern = "^[1-4]$" if spec.bounds == _QUARTER_RANGE else "^(19|2[0-9])[0-9]{2}$"
            out["propertyNames"] = {"pattern": pattern}
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
