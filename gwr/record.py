"""record: Document / Failure -> the JSON object of ``gwr extract --json``.

The field names are a contract read by other tools; docs/schema.md documents
each one. Decimals become JSON numbers (ints when whole) so that 7.5 stays 7.5.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from gwr.types import Document, Failure, Mention, Provenance


def _source(p: Provenance) -> dict[str, Any]:
    out: dict[str, Any] = {"path": p.path}
    for key in ("member", "row", "source_url", "published_on"):
        value = getattr(p, key)
        if value is not None:
            out[key] = value
    return out


def number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def mention_record(m: Mention) -> dict[str, Any]:
    return {
        "indicator": m.indicator,
        "label": m.label,
        "value": number(m.value),
        "unit": m.unit,
        "currency": m.currency,
        "low": number(m.low),
        "high": number(m.high),
        "comparator": m.comparator,
        "measure": m.measure,
        "status": m.status,
        "strength": m.strength,
        "year": m.year,
        "start": m.start,
        "end": m.end,
        "sentence": m.sentence,
        "raw": m.raw,
        "approx": m.approx,
        "confidence": m.confidence,
        "flags": list(m.flags),
        "section": m.section,
        "alias": m.alias,
        "main": m.main,
        "aggregate": m.aggregate,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "scope": m.scope,
    }


def document_record(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    warnings = [{"code": n.code, "message": n.message} for n in doc.raw.notices + meta.notices]
    return {
        "source": _source(doc.raw.provenance),
        "sha256": doc.raw.sha256,
        "encoding": doc.raw.encoding,
        "format": doc.raw.format,
        "doc_kind": meta.doc_kind,
        "meta": {
            "region_name": meta.region_name,
            "region_code": meta.region_code,
            "level": meta.level,
            "report_year": meta.report_year,
            "review_year": meta.review_year,
            "speaker": meta.speaker,
            "delivered_on": meta.delivered_on,
            "meeting": meta.meeting,
            "title": meta.title,
        },
        "evidence": {
            k: {"start": e.start, "end": e.end, "confidence": e.confidence} for k, e in meta.evidence.items()
        },
        "warnings": warnings,
        "outline": [
            {"title": s.title, "level": s.level, "role": s.role, "start": s.start, "end": s.end}
            for s in doc.outline
        ],
        "indicators": [mention_record(m) for m in doc.mentions],
        "removed": [
            {"start": e.start, "end": e.end, "rule": e.rule, "text": e.text} for e in doc.clean.edits
        ],
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
