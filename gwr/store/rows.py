"""rows: a typed ``Document`` (or ``Failure``) -> the rows of the corpus tables. Pure: no
database, no files; runs in the worker processes so that the single writer only inserts.

Every column comes from a declaration of ``gwr.fields`` read off the typed record with
``getattr``: a field renamed there is renamed here, never silently stored as NULL.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from gwr.fields import DOCUMENT_STORED, DOCUMENTS, EDIT, MENTION, META, RAW, SECTION, SOURCE, Field
from gwr.types import Document, Failure, Provenance

Row = dict[str, Any]
Key = tuple[str, str | None, int | None]  # (sha256, member, row): one stored document
REMOVED_TEXT_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one child table of a document, without ``document_id`` (the writer adds
    it): the columns once, then each row's values in their order (tuples: smaller and faster
    to send from a worker process than one dict a row)."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[Row]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """One document as rows: ``document`` (without run_id, extractor_version, created_at and
    the duplicate links, which the writer adds), ``children`` by table, and the search text."""

    document: Row
    children: dict[str, Table]
    body: str  # the clean text segmented into words (space-separated)
    words: str  # words inside longer words

    @property
    def key(self) -> Key:
        return (self.document["sha256"], self.document["member"], self.document["row"])

    @property
    def source(self) -> tuple[str, str | None, int | None]:
        return (self.document["path"], self.document["member"], self.document["row"])


@dataclass(frozen=True, slots=True)
class FailureRow:
    path: str
    member: str | None
    row: int | None
    code: str
    message: str
    sha256: str | None

    @property
    def where(self) -> str:
        return (
            self.path + (f"!{self.member}" if self.member else "") + (f"#row{self.row}" if self.row else "")
        )


def _exact(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps would build an encoder per call


def _list_json(value: Any) -> str:
    return _JSON(list(value)) if value else "[]"


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _bool(value: Any) -> int:
    return int(bool(value))


_CONVERT: dict[str, Callable[[Any], Any]] = {"decimal": _float, "bool": _bool, "list": _list_json}


def sql_value(f: Field, value: Any) -> Any:
    """The SQL form of one field's value (a decimal gives the float; ``_exact`` gives its text)."""
    convert = _CONVERT.get(f.kind)
    return value if convert is None else convert(value)


class _Plan:
    """How the fields of a table are read off its record, worked out once per table: every
    attribute in one ``attrgetter`` call, then the few conversions; a decimal's exact text
    goes to its ``*_text`` column, after the others."""

    def __init__(self, fields: tuple[Field, ...]) -> None:
        self.get = attrgetter(*(f.name for f in fields))
        self.many = len(fields) > 1  # attrgetter of one name returns the value, not a tuple
        self.convert = tuple((i, _CONVERT[f.kind]) for i, f in enumerate(fields) if f.kind in _CONVERT)
        self.exact = tuple(i for i, f in enumerate(fields) if f.kind == "decimal")
        self.columns = (*(f.sql for f in fields), *(f"{fields[i].sql}_text" for i in self.exact))

    def values(self, obj: object) -> list[Any]:
        got: Any = self.get(obj)
        values: list[Any] = list(got) if self.many else [got]
        values += [_exact(values[i]) for i in self.exact]
        for i, convert in self.convert:
            values[i] = convert(values[i])
        return values


def _put(row: Row, obj: object, plan: _Plan) -> Row:
    row.update(zip(plan.columns, plan.values(obj), strict=True))
    return row


_SOURCE, _RAW, _META, _SECTION, _MENTION, _EDIT = map(_Plan, (SOURCE, RAW, META, SECTION, MENTION, EDIT))


def clip(text: str) -> str:
    """A removed text as stored in the DB: a pasted-again copy of the whole body is kept
    as its first 2,000 characters and a count (the JSON output keeps all of it)."""
    if len(text) <= REMOVED_TEXT_LIMIT:
        return text
    return f"{text[:REMOVED_TEXT_LIMIT]}…[{len(text) - REMOVED_TEXT_LIMIT} more characters]"


def document_rows(doc: Document) -> DocumentRows:
    """The rows of one extracted document."""
    from gwr import search_tokens
    from gwr.record import evidence_record, warnings_record
    from gwr.store.dedup import minhash

    text = doc.clean.text
    warnings = warnings_record(doc)
    stored = {
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "evidence": json.dumps(evidence_record(doc.meta), ensure_ascii=False),
        "warnings": json.dumps(warnings, ensure_ascii=False),
        "n_warnings": len(warnings),
        "chars": len(text),
        "text": text,
        "minhash": minhash(text),
    }
    assert set(stored) == {f.name for f in DOCUMENT_STORED}
    document: Row = {}
    _put(document, doc.raw.provenance, _SOURCE)
    _put(document, doc.raw, _RAW)
    document["doc_kind"] = doc.meta.doc_kind
    _put(document, doc.meta, _META)
    document.update(stored)
    document = {name: document[name] for name in _DOCUMENT_ORDER if name in document}
    copied = (doc.meta.region_code, doc.meta.report_year)
    sections = Table(
        ("ord", *_SECTION.columns), [(i, *_SECTION.values(s)) for i, s in enumerate(doc.outline)]
    )
    mentions = Table(
        ("ord", *_MENTION.columns, "region_code", "report_year"),
        [(i, *_MENTION.values(m), *copied) for i, m in enumerate(doc.mentions)],
    )
    removed = Table(("ord", *_EDIT.columns), [(i, *_removed(e)) for i, e in enumerate(doc.clean.edits)])
    tokens = search_tokens.segment(text)
    return DocumentRows(
        document, {"sections": sections, "mentions": mentions, "removed": removed}, tokens.body, tokens.words
    )


_DOCUMENT_ORDER = [f.sql for f in DOCUMENTS.fields]
_REMOVED_TEXT = _EDIT.columns.index("text")


def _removed(edit: object) -> list[Any]:
    values = _EDIT.values(edit)
    values[_REMOVED_TEXT] = clip(values[_REMOVED_TEXT])
    return values


def failure_row(f: Failure) -> FailureRow:
    p: Provenance = f.provenance
    return FailureRow(p.path, p.member, p.row, f.code, f.message, f.sha256)


def region_rows() -> list[tuple[object, ...]]:
    """Rows of the ``regions`` table, with the province and prefecture each code rolls up to."""
    from gwr import regions
    from gwr.lexicon import read_tsv

    rows: list[tuple[object, ...]] = []
    for r in read_tsv("regions.tsv"):
        start = int(r["valid_from"]) if r["valid_from"] else None
        end = int(r["valid_to"]) if r["valid_to"] else None
        year = end if end is not None else start
        chain = regions.chain(r["code"], year)  # read once for both roll-ups
        province = regions.level_in(chain, "province")
        city = regions.level_in(chain, "city")
        rows.append(
            (
                r["code"],
                r["name"],
                r["short"] or None,
                r["level"],
                r["parent"] or None,
                province.code if province else None,
                city.code if city else None,
                start,
                end,
            )
        )
    return rows
