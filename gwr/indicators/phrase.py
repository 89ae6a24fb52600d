"""phrase: run the extractor over one phrase (for tests and notebooks)."""

from __future__ import annotations

import hashlib

from gwr.indicators.extract import extract_mentions
from gwr.types import CleanText, Mention, Metadata, Provenance, RawDocument, Role, Section


def extract_phrase(
    text: str, role: Role | None = "plan_targets", report_year: int = 2018
) -> tuple[Mention, ...]:
    """Mentions in a phrase read as if it stood in a section with ``role`` of a
    report for ``report_year``."""
    from gwr.ingest import normalize

    text = normalize(text)
    raw = RawDocument(text, Provenance("<phrase>"), hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    clean = CleanText(text=text, raw=raw, edits=(), segments=((0, 0),))
    sections = () if role is None else (Section("", 1, role, 0, len(text), 0),)
    meta = Metadata(report_year=report_year, review_year=report_year - 1)
    return extract_mentions(clean, sections, meta)
