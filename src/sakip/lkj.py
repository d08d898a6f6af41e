"""A Laporan Kinerja's figures as typed values, read from a ``sakip/lkj-1`` file.

The file format is TOML (or JSON with the same structure); every number is a
string written exactly as the report prints it (``"101,10"``,
``"Rp 7.879.297.000"``), read with :func:`sakip.parse_id`.  Loading reports
every bad field at once, each with its place in the file.

>>> import sakip.examples
>>> from sakip.lkj import load
>>> laporan = load(sakip.examples.path("bgp-kalsel-2023"))
>>> laporan.instansi, [i.kode for i in laporan.indikator][:2]
('BGP Provinsi Kalimantan Selatan', ['IKK 1.1', 'IKK 1.2'])
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from sakip.errors import InvalidTypeError, InvalidValueError, ParseError, SakipError
from sakip.indicators import Capaian, Polarisasi, capaian
from sakip.numbers import Rounding, parse_id
from sakip.predikat import Predikat

__all__ = ["SCHEMA", "Indikator", "Laporan", "LaporanError", "load"]

#: The schema tag every file must carry.
SCHEMA = "sakip/lkj-1"

#: Files larger than this are refused before parsing (bytes).
MAX_BYTES = 5_000_000


class LaporanError(SakipError, ValueError):
    """A file could not be read; ``errors`` lists every problem with its place.

    >>> from sakip.lkj import load
    >>> load({"schema": "sakip/lkj-1", "laporan": {"tahun": "2023"}})
    Traceback (most recent call last):
    ...
    sakip.lkj.LaporanError: <mapping>: 2 problems
      laporan.instansi: expected a string; received None
      laporan.tahun: expected an integer year; received '2023'
    """

    def __init__(self, source: str, errors: list[SakipError]) -> None:
        lines = [f"{source}: {len(errors)} problem{'s' if len(errors) != 1 else ''}"]
        lines.extend(f"  {error}" for error in errors)
        super().__init__("\n".join(lines), field=source, received=len(errors))
        self.source = source
        self.errors = errors


@attrs.frozen(kw_only=True)
class Indikator:
    """One performance indicator (IKU/IKK) as the report states it.

    ``target`` and ``realisasi`` are Decimals or predikat; ``capaian_tercetak``
    is the printed capaian text (``"101,10"``), kept as printed.
    """

    kode: str
    nama: str
    satuan: str
    polarisasi: Polarisasi
    target: Decimal | Predikat
    realisasi: Decimal | Predikat | None
    sasaran: str = ""
    capaian_tercetak: str | None = None
    realisasi_tercetak: str | None = None
    lokasi: str = ""

    def capaian(self) -> Capaian:
        """The recomputed capaian of this indicator (see :func:`sakip.capaian`)."""
        return capaian(target=self.target, realisasi=self.realisasi, polarisasi=self.polarisasi)


@attrs.frozen(kw_only=True)
class Laporan:
    """A Laporan Kinerja: the unit, the year, the report's rounding and its figures."""

    instansi: str
    tahun: int
    judul: str = ""
    rounding: Rounding = attrs.field(factory=Rounding)
    indikator: tuple[Indikator, ...] = ()
    nilai_akip: Decimal | None = None
    predikat_akip: Predikat | None = None


class _Reader:
    """Collects errors while reading fields, so all of them are reported at once."""

    def __init__(self) -> None:
        self.errors: list[SakipError] = []

    def fail(self, error: SakipError) -> None:
        self.errors.append(error)

    def text(self, table: Mapping[str, Any], key: str, where: str, *, required: bool = True,
             default: str = "") -> str:
        value = table.get(key)
        if value is None and not required:
            return default
        if not isinstance(value, str):
            self.fail(InvalidTypeError(field=f"{where}.{key}", expected="a string",
                                       received=value))
            return default
        return value

    def number(self, table: Mapping[str, Any], key: str, where: str) -> Decimal | None:
        value = table.get(key)
        if not isinstance(value, str):
            self.fail(InvalidTypeError(
                field=f"{where}.{key}",
                expected="a number written as a string, as printed ('95,15')",
                received=value,
            ))
            return None
        try:
            return parse_id(value)
        except ParseError as error:
            self.fail(ParseError(field=f"{where}.{key}", expected=error.expected,
                                 received=value))
            return None

    def number_or_predikat(
        self, table: Mapping[str, Any], key: str, where: str
    ) -> Decimal | Predikat | None:
        value = table.get(key)
        if isinstance(value, str) and value.strip().upper() in Predikat.__members__:
            return Predikat.from_name(value)
        return self.number(table, key, where)

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                self.fail(InvalidValueError(
                    field=f"{where}.{key}",
                    expected="one of " + ", ".join(sorted(allowed)),
                    received=key,
                ))


_INDIKATOR_KEYS = {
    "kode", "nama", "satuan", "polarisasi", "target", "realisasi", "sasaran", "capaian",
    "realisasi_tercetak", "lokasi",
}


def _read(data: Mapping[str, Any], reader: _Reader) -> Laporan | None:
    if data.get("schema") != SCHEMA:
        reader.fail(InvalidValueError(field="schema", expected=repr(SCHEMA),
                                      received=data.get("schema")))
    head = data.get("laporan")
    if not isinstance(head, Mapping):
        reader.fail(InvalidTypeError(field="laporan", expected="a table", received=head))
        head = {}
    instansi = reader.text(head, "instansi", "laporan")
    tahun = head.get("tahun")
    if isinstance(tahun, bool) or not isinstance(tahun, int):
        reader.fail(InvalidTypeError(field="laporan.tahun", expected="an integer year",
                                     received=tahun))
        tahun = 0
    rounding = Rounding()
    if "rounding" in head:
        spec = head["rounding"]
        try:
            if not isinstance(spec, Mapping):
                raise InvalidTypeError(field="laporan.rounding",
                                       expected="a table {places, mode}", received=spec)
            rounding = Rounding(places=spec.get("places", 2), mode=spec.get("mode", "half_up"))
        except SakipError as error:
            reader.fail(error)
    indikator = []
    raw = data.get("indikator", [])
    if not isinstance(raw, list):
        reader.fail(InvalidTypeError(field="indikator", expected="an array of tables",
                                     received=raw))
        raw = []
    seen: set[str] = set()
    for number, row in enumerate(raw, start=1):
        where = f"indikator[{number}]"
        if not isinstance(row, Mapping):
            reader.fail(InvalidTypeError(field=where, expected="a table", received=row))
            continue
        before = len(reader.errors)
        reader.unknown_keys(row, _INDIKATOR_KEYS, where)
        kode = reader.text(row, "kode", where)
        if kode in seen:
            reader.fail(InvalidValueError(field=f"{where}.kode", expected="a unique code",
                                          received=kode))
        seen.add(kode)
        try:
            polarisasi = Polarisasi(row.get("polarisasi", "maximize"))
        except ValueError:
            reader.fail(InvalidValueError(field=f"{where}.polarisasi",
                                          expected="maximize, minimize or stabilize",
                                          received=row.get("polarisasi")))
            polarisasi = Polarisasi.MAXIMIZE
        target = reader.number_or_predikat(row, "target", where)
        realisasi = (
            reader.number_or_predikat(row, "realisasi", where) if "realisasi" in row else None
        )
        nama = reader.text(row, "nama", where)
        satuan = reader.text(row, "satuan", where, required=False)
        if len(reader.errors) == before and target is not None:
            indikator.append(Indikator(
                kode=kode, nama=nama, satuan=satuan, polarisasi=polarisasi, target=target,
                realisasi=realisasi, sasaran=reader.text(row, "sasaran", where, required=False),
                capaian_tercetak=row.get("capaian"),
                realisasi_tercetak=row.get("realisasi_tercetak"),
                lokasi=reader.text(row, "lokasi", where, required=False),
            ))
    nilai = predikat = None
    akip = data.get("evaluasi_akip")
    if isinstance(akip, Mapping):
        nilai = reader.number(akip, "nilai", "evaluasi_akip")
        if "predikat" in akip:
            try:
                predikat = Predikat.from_name(akip["predikat"])
            except SakipError as error:
                reader.fail(error)
    if reader.errors:
        return None
    return Laporan(instansi=instansi, tahun=tahun, judul=reader.text(head, "judul", "laporan",
                   required=False), rounding=rounding, indikator=tuple(indikator),
                   nilai_akip=nilai, predikat_akip=predikat)


def load(source: str | Path | Traversable | Mapping[str, Any]) -> Laporan:
    """Read a ``sakip/lkj-1`` report from a path (TOML or JSON) or a mapping.

    Raises :class:`LaporanError` listing every problem with its place.
    """
    if isinstance(source, Mapping):
        name, data = "<mapping>", source
    else:
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
            data = json.loads(text) if name.endswith(".json") else tomllib.loads(text)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
            raise LaporanError(name, [ParseError(
                field="file", expected="a TOML (or .json) document", received=str(error))]
            ) from None
        if not isinstance(data, Mapping):
            raise LaporanError(name, [InvalidTypeError(field="file", expected="a table",
                                                       received=type(data).__name__)])
    reader = _Reader()
    laporan = _read(data, reader)
    if laporan is None:
        raise LaporanError(name, reader.errors)
    return laporan
