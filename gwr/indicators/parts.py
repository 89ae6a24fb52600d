"""parts: the part of the report a sentence stands in (its role and period).

The outline's section gives the role (and, when it names one, the period).
Where it gives none (a report whose headings carry no numbers), the opening
words of each paragraph are read instead: 这五年 opens a five-year review,
“十五五”时期 a five-year plan, 2025年 the review of that year, 今年 this year's
plan. A part opened by a paragraph carries on to the next paragraphs until
another opens, but never across a section the outline named. Inside a review
section a paragraph opening on 五年来 makes a five-year review (so does one that
names last year and then 过去五年 in its opening words); after a
glossary (which runs to the end of the text) a paragraph opening on this year
starts the plan again (an 附件 of 惠民实事). A subsection on the government's
own work (（九）持续推进政府自身建设) inside a review is part of that review.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from gwr import cues
from gwr.types import Metadata, Role, Section

_OPENING = 50  # characters of a paragraph read for its opening cue
_LEAD_BLANKS = " \t\u3000附件0123456789：:、."  # what may stand before a cue that opens its paragraph
_UNNAMED = (None, "other")


@dataclass(frozen=True, slots=True)
class Part:
    start: int  # offset of the paragraph that opens it
    role: Role
    period: tuple[int, int] | None
    leading: bool = False  # the cue opens the paragraph (not words further into it)


def opening_parts(text: str, meta: Metadata) -> list[Part]:
    """Parts opened by paragraph openings, in order."""
    ry, vy = meta.report_year, meta.review_year
    if ry is None or vy is None:
        return []
    c = cues.load()
    pattern = c.rx.part_opening
    out: list[Part] = []
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        if eol < 0:
            eol = n
        m = pattern.search(text, pos, min(eol, pos + _OPENING))
        if m is not None:
            part = _part(m.lastgroup, m, pos, ry, vy, c.plan_end)
            if (
                part is not None
                and part.role == "review"
                and c.rx.five_years.search(text, m.end(), min(eol, pos + _OPENING))
            ):
                # 2015年是“十二五”收官之年。过去五年，…: the paragraph reviews the five years
                part = Part(pos, "review_period", (ry - 5, vy))
            if part is not None:
                leading = not text[pos : m.start()].strip(_LEAD_BLANKS)
                out.append(replace(part, leading=True) if leading else part)
        pos = eol + 1
    return out


def _part(
    group: str | None, m: regex.Match[str], pos: int, ry: int, vy: int, plan_end: Mapping[str, int]
) -> Part | None:
    if group == "five_past":
        return Part(pos, "review_period", (ry - 5, vy))
    if group == "five_next":
        return Part(pos, "plan_period", (ry, ry + 4))
    if group == "vision":
        return Part(pos, "vision", (ry, 2035))
    if group == "plan":
        end = plan_end.get(m.group("plan"))
        if end is None:
            return None
        if end <= vy:
            return Part(pos, "review_period", (end - 4, end))
        return Part(pos, "plan_period", (end - 4, end))
    if group == "last":
        return Part(pos, "review", (vy, vy))
    if group == "this":
        return Part(pos, "plan_tasks", (ry, ry))
    if group == "year":
        y = int(m.group("year"))
        if y <= vy:
            return Part(pos, "review", (y, y))
        if y == ry:
            return Part(pos, "plan_tasks", (ry, ry))
    return None


class Parts:
    """Role and period at any offset, from the sections and the paragraph openings."""

    def __init__(self, text: str, sections: Sequence[Section], meta: Metadata) -> None:
        self.sections = sections
        self.meta = meta
        self.starts = [s.start for s in sections]
        named = [s for s in sections if s.role not in _UNNAMED]
        self.named_ends = sorted(s.end for s in named)
        self.openings = opening_parts(text, meta)
        self.opening_starts = [p.start for p in self.openings]
        plan_starts = [s.start for s in sections if s.role in ("plan_targets", "plan_tasks")]
        self.first_plan = min(plan_starts) if plan_starts else None

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0:  # walk back over candidates
            s = self.sections[i]
            if s.start <= offset < s.end:
                return s
            i -= 1
        return None

    def _opening(self, offset: int, since: int) -> Part | None:
        i = bisect.bisect_right(self.opening_starts, offset) - 1
        if i >= 0 and self.openings[i].start >= since:
            return self.openings[i]
        return None

    def at(self, offset: int) -> tuple[Role | None, tuple[int, int] | None]:
        role, period = self._at(offset)
        if period is None and role in ("review_period", "plan_period", "vision"):
            period = self.default_period(role)
        return role, period

    def default_period(self, role: Role) -> tuple[int, int] | None:
        """The period of a part that names none: the five years before the report
        year, the five from it, or up to 2035."""
        ry = self.meta.report_year
        if ry is None:
            return None
        if role == "review_period":
            return ry - 5, ry - 1
        return (ry, ry + 4) if role == "plan_period" else (ry, 2035)

    def parent(self, section: Section) -> Section | None:
        """The section that holds ``section`` (the nearest one of a higher level around it)."""
        i = bisect.bisect_right(self.starts, section.start) - 1
        while i >= 0:
            s = self.sections[i]
            if s.level < section.level and s.start <= section.start < s.end:
                return s
            i -= 1
        return None

    def _at(self, offset: int) -> tuple[Role | None, tuple[int, int] | None]:
        section = self.section_at(offset)
        role = section.role if section is not None else None
        period = getattr(section, "period", None)
        if role == "self_government" and section is not None:
            # （九）持续推进政府自身建设 inside last year's review: its figures (办理人大代表建议117件)
            # are results of the reviewed year, as the review around it
            held_by = self.parent(section)
            if held_by is not None and held_by.role in ("review", "review_period"):
                section, role, period = held_by, held_by.role, held_by.period
            elif held_by is None and self.first_plan is not None and section.end <= self.first_plan:
                role = "review"  # a part of its own between the review and the plan
        if role in _UNNAMED:
            # the last named section that ended before here bounds what a paragraph carries
            k = bisect.bisect_right(self.named_ends, offset) - 1
            since = self.named_ends[k] if k >= 0 else 0
            opened = self._opening(offset, since)
            if opened is not None:
                return opened.role, opened.period
            if self.first_plan is not None:
                # reports review first and plan after: an unnamed section takes its side
                return ("review" if offset < self.first_plan else "plan_tasks"), period
            return role, period
        if role == "glossary" and section is not None:
            # a glossary runs to the end of the text: a part opened after it (附件 2025年10件惠民实事) ends
            # it, but not an entry that names a year in its explanation ([1]“三步走”：第一步，到2025年…)
            opened = self._opening(offset, section.start + 1)
            if opened is not None and opened.leading:
                return opened.role, opened.period
            return role, period
        if role == "review" and section is not None:
            top = section
            opened = self._opening(offset, top.start)
            if opened is not None and opened.role == "review_period":
                # the section's own period is the year it reviews (一、2025年和“十四五”时期工作回顾)
                one_year = period is None or period[0] == period[1]
                return "review_period", opened.period if one_year else period
        return role, period
