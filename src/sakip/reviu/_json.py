"""The JSON documents: ``dumps`` (one report), ``dumps_many`` and ``summary_rows`` (several)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Never

from sakip._bahasa import DEFAULT, Bahasa, tulis
from sakip._decimal import written as _written
from sakip._katalog import pesan_error
from sakip._output import json_safe
from sakip.errors import SakipError, call_error, keyword_only
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
    return json_safe(json.dumps(r.to_json(strict=strict, bahasa=bahasa), indent=2,
                                ensure_ascii=False))


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
    reports: list[dict[str, Any]] = []
    for name, result in results:
        if isinstance(result, Reviu):
            reports.append(result.to_json(strict=strict, bahasa=bahasa))
        else:
            errors = getattr(result, "errors", None) or [result]
            reports.append({"schema": REVIU_SCHEMA, "sumber": name, "exit_status": 2,
                            "errors": [tulis(pesan_error(e, as_written=False), bahasa)
                                       for e in errors],
                            "problems": [_problem(e, bahasa) for e in errors]})
    rows = summary_rows(results, strict=strict)
    document = {"schema": REVIU_SCHEMA,
                "exit_status": max((r["exit_status"] for r in rows), default=0),
                "summary": rows, "reports": reports}
    return json_safe(json.dumps(document, indent=2, ensure_ascii=False))
