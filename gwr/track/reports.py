"""reports: ``Report``, what tracking needs of one document, from a typed ``Document`` or from
the stored rows of the corpus database. Reads nothing, writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from gwr.types import Aggregate, Comparator, DocKind, Document, Measure, Role, Status


class Figure(Protocol):
    """What tracking reads of a figure: a ``gwr.types.Mention`` has all of it; the corpus
    database loads only these (``gwr.track.db.load_reports``, plain tuples)."""

    @property
    def indicator(self) -> str | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def low(self) -> Decimal | None: ...
    @property
    def high(self) -> Decimal | None: ...
    @property
    def comparator(self) -> Comparator: ...
    @property
    def measure(self) -> Measure: ...
    @property
    def status(self) -> Status: ...
    @property
    def year(self) -> int | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def raw(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def section(self) -> str | None: ...
    @property
    def alias(self) -> str | None: ...
    @property
    def main(self) -> bool: ...
    @property
    def aggregate(self) -> Aggregate: ...
    @property
    def period_end(self) -> int | None: ...
    @property
    def scope(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Report:
    """One document as tracking sees it. ``doc`` identifies it in output rows: the database id
    (as text) in DB mode, the file path in file mode. ``text`` is the clean text (projects read
    it; the scorecard needs only the figures)."""

    doc: str
    region_code: str | None
    region_name: str | None
    report_year: int | None
    review_year: int | None
    doc_kind: DocKind
    mentions: tuple[Figure, ...]
    text: str = ""
    outline: tuple[tuple[int, int, Role], ...] = ()  # (start, end, role) of each section

    def role_at(self, offset: int) -> Role | None:
        """Role of the innermost section holding ``offset`` (None outside every section)."""
        found: Role | None = None
        for start, end, role in self.outline:
            if start <= offset < end:
                found = role  # sections are in text order, children after their parent
        return found

    @property
    def reviewed(self) -> int | None:
        """The year this document reviews (its review year, else the year before its plan year)."""
        if self.review_year is not None:
            return self.review_year
        return None if self.report_year is None else self.report_year - 1

    @property
    def kind_rank(self) -> int:
        """0 for a report, 1 for a summary, 2 for anything else: the order documents are trusted."""
        return {"report": 0, "summary": 1}.get(self.doc_kind, 2)


def from_document(doc: Document, doc_id: str | None = None) -> Report:
    """The ``Report`` of an extracted document; ``doc_id`` defaults to its path."""
    meta = doc.meta
    return Report(
        doc=doc_id if doc_id is not None else doc.raw.provenance.path,
        region_code=meta.region_code,
        region_name=meta.region_name,
        report_year=meta.report_year,
        review_year=meta.review_year,
        doc_kind=meta.doc_kind,
        mentions=doc.mentions,
        text=doc.clean.text,
        outline=tuple((s.start, s.end, s.role) for s in doc.outline),
    )
