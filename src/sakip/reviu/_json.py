"""The JSON documents: ``dumps`` (one report), ``dumps_many`` and ``summary_rows`` (several)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from types import GeneratorType
from typing import Any, Never

from sakip._bahasa import DEFAULT, Bahasa, tulis
from sakip._decimal import written as _written
from sakip._katalog import pesan_error
from sakip._output import by_identity, json_safe
from sakip.errors import SakipError, call_error, keyword_only
from sakip.explain import Explanation
from sakip.reviu._result import Reviu
from sakip.reviu._schema import REVIU_SCHEMA


@keyword_only()
def dumps(r: Reviu, *positional: Never, strict: bool = False, bahasa: Bahasa = DEFAULT) -> str:
    """The JSON document of a reviu as text (UTF-8, indented; schema ``sakip/reviu-2``).

    Safe to embed and to show, as the command writes it: bidirectional, format
    and line-separator characters (U+202E, U+2028, U+0085 …) and ``<``, ``>``,
    ``&`` from the file are ``\\uXXXX`` escapes (``sakip._output.json_safe``),
    the same JSON values.

    >>> import json, sakip
    >>> "\u202e" in dumps(sakip.reviu({"schema": "sakip/lkj-1", "laporan": {
    ...     "instansi": "Satker \u202eUji", "tahun": 2023}}))
    False
    >>> json.loads(dumps(sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))))["schema"]
    'sakip/reviu-2'
    """
    if positional:
        raise call_error(dumps, positional, locals())
    return "".join(_pieces(r, strict=strict, bahasa=bahasa))


def _pieces(r: Reviu, *, strict: bool, bahasa: Bahasa = DEFAULT) -> Iterator[str]:
    """:func:`dumps` in pieces, one per finding: the command writes them as they come."""
    return _stream(r._document(strict=strict, bahasa=bahasa, explained=_explained(bahasa),
                               shared=_sharing()))


class _Encoded(str):
    """A string already encoded as a JSON string (and made safe): written as it is."""

    __slots__ = ()


def _explained(bahasa: Bahasa) -> Callable[[Explanation], str]:
    """An explanation's text encoded once per rendering (findings share a mean's)."""
    return by_identity(lambda explanation: _Encoded(_string(explanation.to_text(bahasa))))


class _Shared:
    """A small value many findings repeat (a rounding, a convention, a list of them), encoded
    once per depth of the document (:func:`_encode`), not once per finding (issue 24)."""

    __slots__ = ("texts", "value")

    def __init__(self, value: Any) -> None:
        self.value = value
        self.texts: dict[str, str] = {}

    def at(self, indent: str) -> str:
        """The value encoded at depth ``indent``."""
        text = self.texts.get(indent)
        if text is None:
            out: list[str] = []
            _encode(self.value, indent, out)
            text = self.texts[indent] = "".join(out)
        return text


def _sharing(size: int = 4096) -> Callable[[Any, Callable[[Any], Any]], Any]:
    """``shared(key, make)`` for ``Finding._json``: ``make(key)`` once per key, as a
    :class:`_Shared`; past ``size`` keys (conventions named after a file's inputs), made
    afresh."""
    kept: dict[Any, _Shared] = {}

    def shared(key: Any, make: Callable[[Any], Any]) -> Any:
        found = kept.get(key)
        if found is None:
            if len(kept) >= size:
                return make(key)
            found = kept[key] = _Shared(make(key))
        return found

    return shared


class _Streamed(dict[str, Any]):
    """A document whose lists given as generators are streamed (:func:`_stream`)."""

    __slots__ = ()


def _stream(document: dict[str, Any]) -> Iterator[str]:
    """``json_safe(json.dumps(document, indent=2, ensure_ascii=False))`` in pieces.

    The lists given as generators (the findings) are encoded an item at a time,
    each a piece (so the document is never held whole), by :func:`_encode`:
    strings with the standard library's C escaper, the indentation assembled
    here, byte for byte as ``json.dumps(..., indent=2)`` writes it (whose
    indenting encoder is pure Python, several times slower).

    >>> doc = {"a": [1, {"b": None, "c": []}], "d": (x for x in [{"e": "\u2028<"}, True])}
    >>> "".join(_stream(doc)) == json_safe(json.dumps(
    ...     {**doc, "d": [{"e": "\u2028<"}, True]}, indent=2, ensure_ascii=False))
    True
    """
    out: list[str] = []
    yield from _stream_value(_Streamed(document), "", out)
    yield "".join(out)


def _stream_value(value: Any, indent: str, out: list[str]) -> Iterator[str]:
    """Encode ``value`` into ``out``; after each item of a generator, yield ``out`` as a piece."""
    if isinstance(value, GeneratorType):
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            separator = ",\n" + inner
            yield from _stream_value(item, inner, out)
            yield "".join(out)
            out.clear()
        out.append("[]" if separator.startswith("[") else f"\n{indent}]")
    elif type(value) is _Streamed and value:
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(f"{separator}{_string(key)}: ")
            separator = ",\n" + inner
            yield from _stream_value(item, inner, out)
        out.append(f"\n{indent}}}")
    else:
        _encode(value, indent, out)


#: JSON string escaping as ``json.dumps(..., ensure_ascii=False)`` does it (C when available).
_STRING: Callable[[str], str] = json.encoder.encode_basestring


def _string(value: str) -> str:
    """``value`` as a JSON string, made safe (``json_safe``; the structure around is ASCII)."""
    text = _STRING(value)
    if text.isascii() and "<" not in text and ">" not in text and "&" not in text and (
            "\x7f" not in text):
        return text
    return json_safe(text)


#: ``separator + key + ": "`` as :func:`_encode` writes a key, made once per key and depth
#: (a document repeats the same few dozen keys; bounded for keys from a file).
_KEYS: dict[tuple[str, str], str] = {}
_MAX_KEYS = 10_000


def _key(separator: str, key: str) -> str:
    text = _KEYS.get((separator, key))
    if text is None:
        text = f"{separator}{_string(key)}: "
        if len(_KEYS) < _MAX_KEYS:
            _KEYS[separator, key] = text
    return text


def _encode(value: Any, indent: str, out: list[str]) -> None:
    """Append ``json_safe(json.dumps(value, indent=2, ensure_ascii=False))`` at depth
    ``indent`` to ``out``."""
    kind = type(value)
    if kind is str:
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif kind is _Encoded:
        out.append(value)
    elif kind is _Shared:
        out.append(value.at(indent))
    elif kind is dict and value:
        mark = len(out)
        inner = indent + "  "
        first, separator = "{\n" + inner, ",\n" + inner
        for key, item in value.items():
            if type(key) is not str:  # json.dumps writes such keys its own way
                del out[mark:]
                out.append(_standard(value, indent))
                return
            out.append(_KEYS.get((first, key)) or _key(first, key))
            first = separator
            kind = type(item)
            if kind is str:
                out.append(_string(item))
            elif item is None:
                out.append("null")
            elif kind is _Shared:
                out.append(item.texts.get(inner) or item.at(inner))
            else:
                _encode(item, inner, out)
        out.append(f"\n{indent}}}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            separator = ",\n" + inner
            _encode(item, inner, out)
        out.append(f"\n{indent}]")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    else:
        _encode_other(value, indent, out)


def _encode_other(value: Any, indent: str, out: list[str]) -> None:
    """:func:`_encode` of a subclass of ``str``, ``dict``, ``list`` or ``int``, or another type."""
    if isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, dict) and value:
        _encode(dict(value), indent, out)
    elif isinstance(value, (list, tuple)):
        _encode(list(value), indent, out)
    elif isinstance(value, int) and not isinstance(value, (bool, float)):
        out.append(int.__repr__(value))
    else:  # an empty dict, a float, another type: the standard encoder
        out.append(_standard(value, indent))


def _standard(value: Any, indent: str) -> str:
    """``json_safe(json.dumps(value, indent=2, ensure_ascii=False))`` at depth ``indent``.

    (A JSON string holds no raw line feed: every one of the text is an indentation.)
    """
    return json_safe(json.dumps(value, indent=2, ensure_ascii=False)).replace(
        "\n", "\n" + indent)


@keyword_only()
def summary_rows(
    results: Sequence[tuple[str, Reviu | SakipError]], *positional: Never, strict: bool = False
) -> list[dict[str, Any]]:
    """One row per report reviewed: sumber, instansi, tahun, counts, exit_status.

    ``results`` pairs each source's name with its :class:`Reviu`, or with the
    error that made it unreadable (exit status 2, no counts).

    >>> import sakip
    >>> path = sakip.examples.path("bgp-kalsel-2023")
    >>> row = summary_rows([(str(path), sakip.reviu(path))])[0]
    >>> row["instansi"], row["tahun"], row["exit_status"], row["counts"]["mismatch"]
    ('BGP Provinsi Kalimantan Selatan', 2023, 1, 34)
    """
    if positional:
        raise call_error(summary_rows, positional, locals())
    rows: list[dict[str, Any]] = []
    for name, result in results:
        if isinstance(result, Reviu):
            rows.append({"sumber": name, "instansi": result.laporan.instansi,
                         "tahun": result.laporan.tahun, "counts": result.counts(),
                         "exit_status": result.exit_status(strict=strict)})
        else:
            rows.append({"sumber": name, "instansi": None, "tahun": None, "counts": None,
                         "exit_status": 2})
    return rows


def _problem(error: SakipError, bahasa: Bahasa = DEFAULT) -> dict[str, str | None]:
    """One problem of an unreadable file as the error's structured fields (JSON ``problems``).

    ``field``, ``expected`` and ``received`` as the error holds them (codes and the
    library's English phrase); ``message`` in ``bahasa``.
    """
    received = getattr(error, "received", None)
    return {"field": getattr(error, "field", None), "expected": getattr(error, "expected", None),
            "received": None if received is None else _written(received),
            "message": tulis(pesan_error(error, as_written=False), bahasa)}


@keyword_only()
def dumps_many(
    results: Sequence[tuple[str, Reviu | SakipError]], *positional: Never, strict: bool = False,
    bahasa: Bahasa = DEFAULT,
) -> str:
    """The JSON document of several reviews (schema ``sakip/reviu-2``, collection form).

    Each report's document as :func:`dumps` writes it (or, for an unreadable
    file, its errors each at its place), the summary table of
    :func:`summary_rows`, and the worst exit status; escaped as :func:`dumps` is.

    >>> import json, sakip
    >>> path = sakip.examples.path("bgp-kalsel-2023")
    >>> doc = json.loads(dumps_many([(str(path), sakip.reviu(path))]))
    >>> doc["exit_status"], len(doc["reports"])
    (1, 1)
    """
    if positional:
        raise call_error(dumps_many, positional, locals())
    return "".join(_many_pieces(results, strict=strict, bahasa=bahasa))


def _many_pieces(results: Sequence[tuple[str, Reviu | SakipError]], *,
                 strict: bool, bahasa: Bahasa = DEFAULT) -> Iterator[str]:
    """:func:`dumps_many` in pieces, one per finding: the command writes them as they come."""
    explained, shared = _explained(bahasa), _sharing()
    reports: list[dict[str, Any]] = []
    for name, result in results:
        if isinstance(result, Reviu):
            reports.append(_Streamed(result._document(strict=strict, bahasa=bahasa,
                                                      explained=explained, shared=shared)))
        else:
            errors = getattr(result, "errors", None) or [result]
            reports.append({"schema": REVIU_SCHEMA, "sumber": name, "exit_status": 2,
                            "errors": [tulis(pesan_error(e, as_written=False), bahasa)
                                       for e in errors],
                            "problems": [_problem(e, bahasa) for e in errors]})
    rows = summary_rows(results, strict=strict)
    document = {"schema": REVIU_SCHEMA,
                "exit_status": max((r["exit_status"] for r in rows), default=0),
                "summary": rows, "reports": (report for report in reports)}
    return _stream(document)
