"""reader: one stored document whole (text, metadata with evidence, warnings, outline, figures,
removed noise) and the coverage grid of a corpus, for viewers such as the web app.

Read-only, portable SQL over ``Corpus.execute``; figures come with the corrections applied
(``gwr.store.verified.verified_rows``).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gwr.fields import META, SECTION, SOURCE
from gwr.store import queries as q
from gwr.store.access import guarded
from gwr.store.rows import clip

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.corpus import Corpus
    from gwr.types import Document

_DOC = ", ".join(
    [
        "d.id",
        "d.sha256",
        "d.text_sha256",
        "d.format",
        "d.encoding",
        "d.doc_kind",
        *(f"d.{f.sql}" for f in SOURCE),
        *(f"d.{f.sql}" for f in META),
        "d.evidence",
        "d.warnings",
        "d.chars",
        "d.extractor_version",
        "d.canonical_id",
        "d.duplicate_of",
        "d.dup_kind",
        "d.text",
    ]
)


@dataclass(frozen=True, slots=True)
class Noise:
    """A removed stretch shown in place: ``at`` is its position in the clean text (approximate:
    the raw offset less what was removed before it)."""

    at: int
    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    info: dict[str, Any]  # source, metadata and admin columns (no text)
    text: str
    evidence: dict[str, dict[str, Any]]
    warnings: list[dict[str, Any]]
    sections: list[dict[str, Any]]
    noise: list[Noise]
    mentions: list[dict[str, Any]]  # verified figures, with ``verified``

    def record(self) -> dict[str, Any]:
        """JSON-ready: info, evidence, warnings, outline, noise and figures (text included)."""
        return {
            "id": self.id,
            **self.info,
            "evidence": self.evidence,
            "warnings": self.warnings,
            "outline": self.sections,
            "removed": [{"at": n.at, "rule": n.rule, "text": n.text} for n in self.noise],
            "mentions": self.mentions,
            "text": self.text,
        }


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as JSON-ready dicts (NA -> None, numpy scalars -> Python)."""
    import pandas as pd

    out: list[dict[str, Any]] = []
    for row in frame.astype(object).to_dict("records"):
        out.append({str(k): _plain(v, pd) for k, v in row.items()})
    return out


def _plain(value: Any, pd: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


@guarded
def document(corpus: Corpus, doc_id: int) -> StoredDocument | None:
    """The stored document ``doc_id`` (any document, canonical or not), or None."""
    from gwr.store.verified import verified_rows

    cur = corpus.execute(f"SELECT {_DOC} FROM documents d WHERE d.id = ?", (int(doc_id),))
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    info = dict(zip(names, row, strict=True))
    text = str(info.pop("text"))
    evidence = json.loads(info.pop("evidence") or "{}")
    warnings = json.loads(info.pop("warnings") or "[]")
    info.pop("id")
    cols = ", ".join(f.sql for f in SECTION)
    sections = [
        dict(zip([f.name for f in SECTION], r, strict=True))
        for r in corpus.execute(
            f"SELECT {cols} FROM sections WHERE document_id = ? ORDER BY ord", (int(doc_id),)
        ).fetchall()
    ]
    removed = corpus.execute(
        "SELECT span_start, span_end, rule, text FROM removed WHERE document_id = ? ORDER BY span_start, ord",
        (int(doc_id),),
    ).fetchall()
    replacing = _replacing_rules()
    noise: list[Noise] = []
    gone = 0
    for start, end, rule, body in removed:
        at = min(max(int(start) - gone, 0), len(text))
        noise.append(Noise(at, str(rule), str(body)))
        gone += max(int(end) - int(start) - (1 if rule in replacing else 0), 0)
    return StoredDocument(
        int(doc_id), info, text, evidence, warnings, sections, noise, verified_rows(corpus, int(doc_id))
    )


@functools.cache
def _replacing_rules() -> frozenset[str]:
    """Noise rules that leave one character in place of what they remove (entities, ``replace``)."""
    from gwr.lexicon import read_yaml

    rules = read_yaml("noise.yaml").get("rules", [])
    return frozenset(
        r["id"] for r in rules if isinstance(r, dict) and ("replace" in r or r.get("kind") == "entity")
    )


@guarded
@guarded
def document_sha(corpus: Corpus, doc_id: int) -> str | None:
    """The sha256 (of the raw bytes) of document ``doc_id``, the key of its corrections."""
    row = corpus.execute("SELECT sha256 FROM documents WHERE id = ?", (int(doc_id),)).fetchone()
    return None if row is None else str(row[0])


def from_document(doc: Document) -> StoredDocument:
    """An extracted document (not stored) in the same shape, for showing it (id 0, figures unchecked)."""

    from gwr.record import evidence_record, mention_record, warnings_record

    text = doc.clean.text
    info = {
        "sha256": doc.raw.sha256,
        "format": doc.raw.format,
        "encoding": doc.raw.encoding,
        "doc_kind": doc.meta.doc_kind,
        **{f.name: getattr(doc.meta, f.name) for f in META},
        "chars": len(text),
    }
    sections = [{f.name: getattr(s, f.name) for f in SECTION} for s in doc.outline]
    noise: list[Noise] = []
    gone = 0
    for e in sorted(doc.clean.edits, key=lambda e: e.start):
        noise.append(Noise(min(max(e.start - gone, 0), len(text)), e.rule, clip(e.text)))
        gone += max(e.end - e.start - len(e.replacement), 0)
    mentions = [{**mention_record(m), "verified": "extracted"} for m in doc.mentions]
    return StoredDocument(
        0, info, text, evidence_record(doc.meta), warnings_record(doc), sections, noise, mentions
    )


@guarded
def coverage(corpus: Corpus, level: str | None = None, province: str | None = None) -> pd.DataFrame:
    """Canonical and duplicate documents per region and report year: region_code, region_name, level,
    province_code, year, documents, warnings (sum of n_warnings), document_id (the canonical one)."""
    where = ["d.report_year IS NOT NULL", "d.region_code IS NOT NULL"]
    args: list[object] = []
    if level is not None:
        where.append("d.level = ?")
        args.append(level)
    if province is not None:
        where.append(
            "(d.region_code = ? OR d.region_code IN (SELECT code FROM regions WHERE province_code = ?))"
        )
        args += [province, province]
    return corpus._frame(
        "SELECT d.region_code, max(d.region_name) AS region_name, max(d.level) AS level, "
        "d.report_year AS year, count(*) AS documents, sum(d.n_warnings) AS warnings, "
        f"min(CASE WHEN {q.CANONICAL} THEN d.id END) AS document_id "
        f"FROM documents d WHERE {' AND '.join(where)} "
        "GROUP BY d.region_code, d.report_year ORDER BY d.region_code, d.report_year",
        args,
    )


@guarded
def change_stamp(corpus: Corpus) -> tuple[Any, ...]:
    """A value that changes whenever what the database holds changes, cheap enough to read on
    every request: a reader may keep whatever it derived while the stamp stays the same.
    Compare stamps read through one connection that does not write itself (the web app's
    reader). SQLite: its data version (any commit by another connection, exact). Elsewhere:
    maxima and counts of runs, documents, figures and corrections (an ingest or re-extraction
    run, a document added, a correction saved or deleted), all indexed; a document rewritten in
    place shows when its run ends."""
    version = corpus.data_version()
    if version is not None:
        return ("data_version", version)
    row = corpus.execute(
        "SELECT (SELECT max(id) FROM runs), (SELECT count(*) FROM runs WHERE finished_at IS NULL), "
        "(SELECT max(finished_at) FROM runs), (SELECT max(id) FROM documents), "
        "(SELECT max(id) FROM mentions), (SELECT count(*) FROM corrections), "
        "(SELECT max(id) FROM corrections), (SELECT max(created_at) FROM corrections)"
    ).fetchone()
    return tuple(row)
