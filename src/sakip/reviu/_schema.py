"""The JSON output's schema tag and its JSON Schema (``REVIU_SCHEMA``, ``REVIU_JSON_SCHEMA``)."""

from __future__ import annotations

from typing import Any

from sakip.numbers import ROUNDING_MODES
from sakip.reviu._findings import STATUSES

#: The schema tag of the JSON output.
REVIU_SCHEMA = "sakip/reviu-2"


_NULLABLE_STRING = {"type": ["string", "null"]}

#: A named convention in the JSON output: ``{"topic": ..., "name": ...}``.
_CONVENTION_JSON: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["topic", "name"],
    "properties": {"topic": {"type": "string"}, "name": {"type": "string"}}}

#: The JSON Schema of the ``sakip reviu --format json`` output (``sakip/reviu-2``), also
#: published as ``sakip/data/reviu-2.schema.json``: one report's document, or (for several
#: reports at once) a collection of them with a summary table.
REVIU_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sakip.invalid/schema/reviu-2.schema.json",
    "title": "sakip/reviu-2: the findings of a reviu, of one report or of several",
    "oneOf": [{"$ref": "#/$defs/report"}, {"$ref": "#/$defs/collection"}],
    "$defs": {
        "report": {
            "type": "object",
            "additionalProperties": False,
            "required": ["schema", "laporan", "ok", "strict", "exit_status", "counts",
                         "conventions", "findings", "inputs"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "laporan": {
                    "type": "object", "additionalProperties": False,
                    "required": ["instansi", "tahun", "judul", "sumber", "angka", "rounding"],
                    "properties": {
                        "instansi": {"type": "string"}, "tahun": {"type": "integer"},
                        "judul": {"type": "string"}, "sumber": {"type": "string"},
                        "angka": {"enum": ["id", "en", "campuran"],
                                  "description": "the decimal mark the file declares "
                                  "(campuran: rupiah id, percentages en)"},
                        "rounding": {"$ref": "#/$defs/rounding"},
                    },
                },
                "ok": {"type": "boolean",
                       "description": "true when no printed figure contradicts its inputs "
                                      "(no mismatch)"},
                "strict": {"type": "boolean",
                           "description": "whether exit_status fails not-computable findings"},
                "exit_status": {"enum": [0, 1],
                                "description": "0 pass, 1 fail (see the exit-status table)"},
                "counts": {
                    "type": "object", "additionalProperties": False,
                    "required": list(STATUSES),
                    "properties": {s: {"type": "integer", "minimum": 0} for s in STATUSES},
                },
                "conventions": {"type": "array", "items": {"$ref": "#/$defs/convention_use"}},
                "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
                "inputs": {"type": "array", "items": {"$ref": "#/$defs/input"},
                           "description": "printed values used as inputs that nothing "
                                          "recomputes (no findings; strict does not fail "
                                          "them)"},
            },
        },
        "input": {
            "type": "object", "additionalProperties": False,
            "required": ["field", "label", "lokasi", "printed", "used_for"],
            "properties": {
                "field": {"type": "string",
                          "description": "the value's place in the report file"},
                "label": {"type": "string"}, "lokasi": {"type": "string"},
                "printed": {"type": "string", "description": "the value as printed"},
                "used_for": {"type": "string",
                             "description": "what the reviu used the value for"},
            },
        },
        "collection": {
            "type": "object",
            "additionalProperties": False,
            "required": ["schema", "exit_status", "summary", "reports"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "exit_status": {"enum": [0, 1, 2],
                                "description": "the worst exit status of the reports"},
                "summary": {"type": "array", "items": {"$ref": "#/$defs/summary_row"}},
                "reports": {"type": "array", "items": {"oneOf": [
                    {"$ref": "#/$defs/report"}, {"$ref": "#/$defs/unreadable"}]}},
            },
        },
        "unreadable": {
            "type": "object", "additionalProperties": False,
            "required": ["schema", "sumber", "exit_status", "errors"],
            "properties": {
                "schema": {"const": REVIU_SCHEMA},
                "sumber": {"type": "string"},
                "exit_status": {"const": 2},
                "errors": {"type": "array", "items": {"type": "string"},
                           "description": "every problem of the file, each at its place"},
                "problems": {
                    "type": "array", "description": "the same problems, in the same order, "
                    "as fields: the place in the file, what was expected, what was received "
                    "(as written; null when there is no such field) and the message",
                    "items": {"type": "object", "additionalProperties": False,
                              "required": ["field", "expected", "received", "message"],
                              "properties": {"field": _NULLABLE_STRING,
                                             "expected": _NULLABLE_STRING,
                                             "received": _NULLABLE_STRING,
                                             "message": {"type": "string"}}}},
            },
        },
        "summary_row": {
            "type": "object", "additionalProperties": False,
            "required": ["sumber", "instansi", "tahun", "counts", "exit_status"],
            "properties": {
                "sumber": {"type": "string"},
                "instansi": {"type": ["string", "null"]},
                "tahun": {"type": ["integer", "null"]},
                "counts": {"oneOf": [{"type": "null"}, {
                    "type": "object", "additionalProperties": False,
                    "required": list(STATUSES),
                    "properties": {s: {"type": "integer", "minimum": 0} for s in STATUSES}}]},
                "exit_status": {"enum": [0, 1, 2]},
            },
        },
        "convention_use": {
            "type": "object", "additionalProperties": False,
            "required": ["topic", "name", "figures", "of", "declared", "source"],
            "properties": {
                "topic": {"type": "string"}, "name": {"type": "string"},
                "figures": {"type": "integer", "minimum": 1,
                            "description": "printed figures that reproduce under it"},
                "other_rounding": {"type": "integer", "minimum": 0,
                                   "description": "of figures, those that reproduce under "
                                   "it only with another rounding mode than the report's"},
                "of": {"type": "integer", "minimum": 1,
                       "description": "printed figures of the topic that were compared"},
                "declared": {"type": "boolean"},
                "source": {"enum": ["declared", "detected", "default"],
                           "description": "declared by the file; the library's default "
                           "on a topic the file declares nothing on; else detected"},
            },
        },
        "rounding": {
            "type": "object", "additionalProperties": False, "required": ["places", "mode"],
            "properties": {"places": {"type": "integer", "minimum": 0},
                           "mode": {"enum": list(ROUNDING_MODES)}},
        },
        "finding": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "label", "lokasi", "printed", "recomputed", "status",
                         "rounding", "difference", "reason", "explanation", "convention",
                         "reproduces_under", "field"],
            "properties": {
                "id": {"type": "string", "description": "stable identifier of the figure"},
                "label": {"type": "string"},
                "lokasi": {"type": "string", "description": "where the report prints it"},
                "printed": _NULLABLE_STRING,
                "recomputed": {"type": ["string", "null"],
                               "description": "exact decimal in Python notation, or a label"},
                "status": {"enum": list(STATUSES)},
                "rounding": {"oneOf": [{"$ref": "#/$defs/rounding"}, {"type": "null"}]},
                "difference": {"type": ["string", "null"],
                               "description": "printed minus recomputed-as-rounded"},
                "reason": {"type": "string"},
                "explanation": {"type": ["string", "null"],
                                "description": "the derivation, as text"},
                "convention": {"oneOf": [{"type": "null"}, _CONVENTION_JSON],
                               "description": "the convention the figure was computed under"},
                "reproduces_under": {
                    "type": "array", "description": "every known convention under which the "
                    "printed figure reproduces",
                    "items": _CONVENTION_JSON},
                "other_rounding": {
                    "type": "array", "description": "those of reproduces_under under which "
                    "it reproduces only with another rounding mode than the report's",
                    "items": _CONVENTION_JSON},
                "field": {"type": "string",
                          "description": "the printed value's place in the report file"},
            },
        },
    },
}
