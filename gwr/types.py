"""Typed records passed between pipeline stages.

Every record is a frozen dataclass. Offsets (``start``, ``end``) are Python
string indices into the *clean* text unless a field says otherwise (``Edit``
offsets point into the raw decoded text). Stages never re-normalise text that
an earlier stage has produced, so offsets stay valid from clean to export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

DocKind = Literal["report", "summary", "other"]
Level = Literal["national", "province", "city", "county", "district"]
# review: last year's review; review_period: the review of a plan period (这五年, “十四五”时期工作回顾);
# plan_targets / plan_tasks: this year's targets and tasks; plan_period: the goals of a five-year plan
# (“十五五”时期主要目标任务); vision: the long-range vision (2035年远景目标).
Role = Literal[
    "review",
    "review_period",
    "plan_targets",
    "plan_tasks",
    "plan_period",
    "vision",
    "self_government",
    "glossary",
    "other",
]
# annual: one year's value (``year``); average: 年均 over period_start..period_end; cumulative: 累计 over it.
Aggregate = Literal["annual", "average", "cumulative"]
Comparator = Literal[">=", ">", "<", "<=", "~", "=", "range", "absent"]
Measure = Literal["level", "growth", "rate", "share", "pp_change", "ratio"]
Status = Literal["target", "actual", "estimate"]
Strength = Literal["hard", "soft"]


class GwrError(Exception):
    """A problem with one input that the user can act on; the message is one line."""


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning attached to a document: a stable ``code`` and a readable message."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a document came from. ``member`` names a zip member, ``row`` a
    1-based data row of a CSV/XLSX/JSONL container."""

    path: str
    member: str | None = None
    row: int | None = None
    source_url: str | None = None
    published_on: str | None = None  # ISO date as stated by the page or container
    title: str | None = None  # headline as stated by the page or container (not trusted)
    region_hint: str | None = None  # region column of a container (not trusted)
    year_hint: int | None = None  # year column of a container (not trusted)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One decoded document as found: text with line endings and full-width
    digits normalised (1:1, so lengths match), nothing else removed."""

    text: str
    provenance: Provenance
    sha256: str  # of the raw bytes of this document (the member/row bytes for containers)
    encoding: str
    format: str  # txt, html, pdf, docx, csv, xlsx, jsonl
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Edit:
    """One removal made by ``clean``: ``rule`` is an id from data/noise.yaml;
    ``start``/``end`` are offsets into the raw text."""

    rule: str
    start: int
    end: int
    text: str
    replacement: str = ""  # what stands in the clean text instead ("" for a removal)


@dataclass(frozen=True, slots=True)
class CleanText:
    """Clean text with a map back to raw offsets.

    ``segments`` lists ``(clean_start, raw_start)`` for each run of clean text
    copied unchanged from the raw text, in order; a replacement (an HTML entity
    turned into its character) is a run of its own mapped to the raw start of
    what it replaced.
    """

    text: str
    raw: RawDocument
    edits: tuple[Edit, ...]
    segments: tuple[tuple[int, int], ...]

    def to_raw(self, offset: int) -> int:
        """Raw offset of clean offset ``offset`` (an end offset maps to the end
        of the run it closes)."""
        import bisect

        i = bisect.bisect_right(self.segments, (offset, 1 << 62)) - 1
        if i < 0:
            return offset
        clean_start, raw_start = self.segments[i]
        return raw_start + (offset - clean_start)


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class Metadata:
    region_name: str | None = None
    region_code: str | None = None
    level: Level | None = None
    report_year: int | None = None
    review_year: int | None = None
    speaker: str | None = None
    delivered_on: str | None = None
    meeting: str | None = None
    title: str | None = None
    doc_kind: DocKind = "report"
    evidence: dict[str, Evidence] = field(default_factory=dict)
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    level: int  # 1 for 一、, 2 for （一）, 3 for 1.
    role: Role
    start: int  # start of the heading
    end: int  # end of the section body (start of the next sibling or parent)
    title_end: int  # end of the heading text
    # first and last year the part covers, read from its title (“十四五” → (2021, 2025), 2026年 → (2026, 2026),
    # 过去五年 from the year the report plans); None when the title names no time
    period: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantified figure.

    ``value``/``low``/``high`` are in the base unit named by ``unit`` (yuan for
    CNY, dollars for USD, percent for percentages, persons, ...). ``raw`` is the
    text as printed; ``start``/``end`` locate it in the clean text.
    """

    indicator: str | None
    label: str | None
    value: Decimal | None
    unit: str | None
    currency: str | None
    low: Decimal | None
    high: Decimal | None
    comparator: Comparator
    measure: Measure
    status: Status
    strength: Strength | None
    year: int | None
    start: int
    end: int
    sentence: str
    raw: str
    approx: bool = False
    confidence: float = 1.0
    flags: tuple[str, ...] = ()
    section: str | None = None  # role of the enclosing outline section
    alias: str | None = None  # the indicator name as printed (城镇调查失业率)
    main: bool = False  # stated in the report's main-target passage (主要预期目标是：…)
    aggregate: Aggregate = "annual"  # 年均 → average, 累计 → cumulative over period_start..period_end
    period_start: int | None = None  # first year of a multi-year figure (None: the single year ``year``)
    period_end: int | None = None  # last year of a multi-year figure
    scope: str | None = (
        None  # None: the reporting region as a whole; else who the figure belongs to (省属企业, 庆阳、酒泉)
    )
    section_start: int | None = None  # the period of the part the figure stands in (review 2025: 2025–2025)
    section_end: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Everything ``gwr.extract`` knows about one document."""

    raw: RawDocument
    clean: CleanText
    meta: Metadata
    outline: tuple[Section, ...]
    mentions: tuple[Mention, ...] = ()

    @property
    def text(self) -> str:
        return self.clean.text


@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one member of it) that could not be read."""

    provenance: Provenance
    code: str
    message: str
    sha256: str | None = None
