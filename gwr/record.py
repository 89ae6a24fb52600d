"""record: Document / Failure -> the JSON object of ``gwr extract --json``.

The field names are a contract read by other tools: the leaf objects (source,
meta, outline, indicators, removed) are built from the declarations of
``gwr.fields``, which also generate the tables of docs/schema.md. Decimals
become JSON numbers (ints when whole) so that 7.5 stays 7.5.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from gwr.fields import DOC_KIND, EDIT, MENTION, META, RAW, SECTION, SOURCE, Field
from gwr.types import Document, Failure, Mention, Metadata, Provenance


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def json_value(f: Field, value: Any) -> Any:
    """The JSON form of one field's value."""
    if f.kind == "decimal":
        return number(value)
    if f.kind == "list":
        return list(value)
    if f.kind == "bool":
        return bool(value)
    return value


def _leaf(obj: object, fields: tuple[Field, ...]) -> dict[str, Any]:
    return {f.name: json_value(f, getattr(obj, f.name)) for f in fields if f.json}


def _source(p: Provenance) -> dict[str, Any]:
    out: dict[str, Any] = {"path": p.path}
    for f in SOURCE[1:]:  # the optional ones appear only when known
        value = getattr(p, f.name)
        if value is not None:
            out[f.name] = value
    return out


def mention_record(m: Mention) -> dict[str, Any]:
    return _leaf(m, MENTION)


def evidence_record(meta: Metadata) -> dict[str, Any]:
    return {k: {"start": e.start, "end": e.end, "confidence": e.confidence} for k, e in meta.evidence.items()}


def warnings_record(doc: Document) -> list[dict[str, str]]:
    return [{"code": n.code, "message": n.message} for n in doc.raw.notices + doc.meta.notices]


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "source": _source(doc.raw.provenance),
        **_leaf(doc.raw, RAW),
        DOC_KIND.name: doc.meta.doc_kind,
        "meta": _leaf(doc.meta, META),
        "evidence": evidence_record(doc.meta),
        "warnings": warnings_record(doc),
        "outline": [_leaf(s, SECTION) for s in doc.outline],
        "indicators": [mention_record(m) for m in doc.mentions],
        "removed": [_leaf(e, EDIT) for e in doc.clean.edits],
        "text": doc.clean.text,
    }


def failure_record(f: Failure) -> dict[str, Any]:
    return {
        "source": _source(f.provenance),
        "sha256": f.sha256,
        "error": {"code": f.code, "message": f.message},
    }


def to_record(item: Document | Failure) -> dict[str, Any]:
    return failure_record(item) if isinstance(item, Failure) else document_record(item)


def to_json(item: Document | Failure) -> str:
    return json.dumps(to_record(item), ensure_ascii=False)
