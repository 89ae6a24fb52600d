"""meta: CleanText (+ outline) -> Metadata.

Reads the clean text, the outline's headings, the cleaner's log of removed
scraper headers and the container's hints. Adds who and when: region name and
GB/T 2260 code (year-aware), level, report year, review year, speaker,
delivery date, meeting, title, and the document kind. Every field carries its
evidence span in the clean text and a confidence. The body outranks the
headline, the scraper header and the container: when they disagree, the body
wins and a warning names the conflict. File names are never used.
"""

from __future__ import annotations

from collections.abc import Iterable

from gwr.meta.head import read_head
from gwr.meta.kind import doc_kind as _doc_kind
from gwr.meta.kind import not_a_report
from gwr.meta.region import find_region
from gwr.meta.years import report_years, small_value, year_value
from gwr.types import CleanText, DocKind, Evidence, Level, Metadata, Notice, Role, Section

# roles that name no review or plan part: a report with only these has no structure to read
_NO_PART: frozenset[Role] = frozenset({"other", "glossary", "self_government"})

__all__ = ["extract_metadata", "small_value", "year_value"]


def extract_metadata(clean: CleanText, outline: Iterable[Section] = ()) -> Metadata:
    """Who delivered which report, for which year, with evidence for each field."""
    text = clean.text
    sections = tuple(outline)
    notices: list[Notice] = []
    evidence: dict[str, Evidence] = {}
    head = read_head(clean, evidence)
    title, title_m, meeting_m = head.title, head.title_m, head.meeting_m
    hints = head.hints

    report_year, review_year = report_years(
        clean, sections, title, title_m, meeting_m, hints, evidence, notices, head.date_m
    )
    region = find_region(
        clean,
        title_m,
        meeting_m,
        head.speaker_m,
        report_year,
        hints,
        evidence,
        notices,
        0.5 if head.headline_only else 2.0,
    )
    compiled = any("基于公开资料整理" in e.text for e in clean.edits[:40])
    why_not = not_a_report(clean.raw.text)
    doc_kind: DocKind
    if why_not is not None:
        doc_kind = "other"
    else:
        doc_kind = "summary" if compiled else _doc_kind(text, title or "")

    level: Level | None = region.level if region else None
    if why_not is not None:
        notices.append(Notice("doc_kind", f"this looks like {why_not}"))
    elif doc_kind != "report":
        notices.append(Notice("doc_kind", f"this looks like a {doc_kind}, not the report itself"))
    if doc_kind == "report" and not any(s.role not in _NO_PART for s in sections):
        notices.append(
            Notice("no_structure", "no review or plan part could be found: each figure's status is a guess")
        )
    if region is None:
        notices.append(Notice("no_region", "no region could be determined from the text"))
    if report_year is None:
        notices.append(Notice("no_year", "no report year could be determined from the text"))
    region_name = region.name if region else None
    if region is not None and region.level == "national":
        region_name = "国务院"  # the State Council delivers the national report
    return Metadata(
        region_name=region_name,
        region_code=region.code if region else None,
        level=level,
        report_year=report_year,
        review_year=review_year,
        speaker=head.speaker,
        delivered_on=head.delivered,
        meeting=head.meeting,
        title=title,
        doc_kind=doc_kind,
        evidence=evidence,
        notices=tuple(notices),
    )
