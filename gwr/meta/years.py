"""years: the year a report plans (report_year) and the year it reviews.

Votes from the review and plan headings (their titles, or the same phrases in
the body when the outline found none), the title, the meeting line's date, a
date line of its own (（ 2017年2月26日）), 今年是 / 2026年是, and, only when
nothing in the body tells, the scraper header or the container's year column.
A report delivered in the autumn (October or later) plans the next year.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import regex

from gwr.meta.vote import Vote
from gwr.types import CleanText, Evidence, Notice, Section

CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "o": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
YEAR = r"(?:1[89]\d\d|20\d\d|[一二][〇○零OoＯ一二三四五六七八九]{3})"
SMALL = r"[\d一二三四五六七八九十]{1,3}"
TITLE_YEAR = regex.compile(rf"(?P<y>{YEAR})\s*年")
_PLAN_YEAR = regex.compile(
    rf"(?P<y>{YEAR})年[^\n。，；回]{{0,14}}?(?:工作安排|工作任务|工作建议|工作重点|重点工作|主要任务|主要目标|目标任务"
    rf"|总体要求|预期目标|工作部署|工作目标|发展目标)"
)
_REVIEW_YEAR = regex.compile(rf"(?P<y>{YEAR})年[^\n。；\d年]{{0,16}}?(?:工作)?回顾")
_THIS_YEAR = regex.compile(rf"(?:^|[。\n])\s*(?:今年|(?P<y>{YEAR})年)[，,]?是")


def year_value(s: str) -> int:
    """2018 or 二〇一八 -> 2018."""
    if s.isdigit():
        return int(s)
    return int("".join(str(CN_DIGITS[c]) for c in s))


def small_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[s]


def report_years(
    clean: CleanText,
    outline: Iterable[Section],
    title: str | None,
    title_m: regex.Match[str] | None,
    meeting_m: regex.Match[str] | None,
    hints: dict[str, str],
    evidence: dict[str, Evidence],
    notices: list[Notice],
    date_m: regex.Match[str] | None = None,
) -> tuple[int | None, int | None]:
    """(report year, review year) by vote; adds their evidence and a notice
    when the header or container disagrees with the body."""
    text = clean.text
    votes: list[Vote] = []
    review_year: int | None = None
    sections = list(outline)
    for s in sections[:40]:
        heading = text[s.start : s.title_end]
        m = _REVIEW_YEAR.search(heading)
        if m:
            y = year_value(m.group("y"))
            votes.append(Vote(y + 1, s.start + m.start("y"), s.start + m.end("y"), 4, "review heading"))
            review_year = review_year or y
            continue
        m = _PLAN_YEAR.search(heading)
        if m:
            votes.append(
                Vote(
                    year_value(m.group("y")), s.start + m.start("y"), s.start + m.end("y"), 4, "plan heading"
                )
            )
    if not sections or not votes:
        for m in _REVIEW_YEAR.finditer(text[:20000]):
            y = year_value(m.group("y"))
            votes.append(Vote(y + 1, m.start("y"), m.end("y"), 2, "review phrase"))
            break
        for m in _PLAN_YEAR.finditer(text[:40000]):
            votes.append(Vote(year_value(m.group("y")), m.start("y"), m.end("y"), 2, "plan phrase"))
            break
    if title_m:
        m = TITLE_YEAR.search(title_m.group())
        if m:
            votes.append(
                Vote(
                    year_value(m.group("y")),
                    title_m.start() + m.start("y"),
                    title_m.start() + m.end("y"),
                    3,
                    "title",
                )
            )
    elif hints.get("title"):
        m = TITLE_YEAR.search(hints["title"])
        if m:
            votes.append(Vote(year_value(m.group("y")), -1, -1, 2, "header title"))
    if meeting_m and meeting_m.group("date"):
        y = year_value(meeting_m.group("y"))
        month = small_value(meeting_m.group("m"))
        late = month >= 10  # a report delivered in the autumn usually plans the next year
        votes.append(
            Vote(
                y + 1 if late else y,
                meeting_m.start("y"),
                meeting_m.end("y"),
                2 if late else 3,
                "meeting date",
            )
        )
    elif date_m is not None:
        # a date line of its own (（ 2017年2月26日）): weaker than the meeting line it stands for
        y = year_value(date_m.group("y"))
        late = small_value(date_m.group("m")) >= 10
        votes.append(Vote(y + 1 if late else y, date_m.start("y"), date_m.end("y"), 2, "date line"))
    m = _THIS_YEAR.search(text[:30000])
    if m and m.group("y"):
        votes.append(Vote(year_value(m.group("y")), m.start("y"), m.end("y"), 1, "this-year phrase"))
    hinted = hint_year(clean, hints)
    if not votes and hinted is not None:
        votes.append(Vote(hinted, -1, -1, 1, "header"))
    if not votes:
        return None, None
    # a plan heading naming a year before the reviewed one is a typo (OCR: 2000 for 2003)
    reviewed = [int(str(v.value)) - 1 for v in votes if v.source == "review heading"]
    if reviewed:
        votes = [v for v in votes if v.source != "plan heading" or int(str(v.value)) > min(reviewed)]
    tally: dict[int, float] = defaultdict(float)
    for v in votes:
        tally[int(str(v.value))] += v.weight
    strongest = {int(str(v.value)): v.weight for v in sorted(votes, key=lambda v: v.weight)}
    year = max(tally, key=lambda y: (tally[y], strongest.get(y, 0), y))
    total = sum(tally.values())
    best = max((v for v in votes if v.value == year), key=lambda v: v.weight)
    conf = round(min(0.99, 0.5 + 0.5 * tally[year] / total) if total else 0.5, 2)
    if best.start >= 0:
        evidence["report_year"] = Evidence(best.start, best.end, conf)
    if review_year is not None and review_year != year - 1:
        review_year = year - 1
    if review_year is None:
        review_year = year - 1
    rv = next((v for v in votes if v.source == "review heading"), None)
    if rv is not None:
        evidence["review_year"] = Evidence(rv.start, rv.end, conf)
    elif best.start >= 0:
        evidence["review_year"] = Evidence(best.start, best.end, round(conf * 0.8, 2))
    if hinted is not None and hinted != year:
        notices.append(Notice("year_conflict", f"header or container says {hinted}, the body says {year}"))
    if title and title_m is None:
        m = TITLE_YEAR.search(title)
        if m and year_value(m.group("y")) != year:
            notices.append(
                Notice("year_conflict", f"headline says {year_value(m.group('y'))}, the body says {year}")
            )
    return year, review_year


def hint_year(clean: CleanText, hints: dict[str, str]) -> int | None:
    for key in ("年份", "title", "发文时间", "发布日期", "发布时间", "成文日期"):
        value = hints.get(key)
        if value:
            m = TITLE_YEAR.search(value + "年") if key == "年份" else TITLE_YEAR.search(value)
            if m is None and key != "title":
                m = regex.search(r"(?P<y>(?:19|20)\d\d)", value)
            if m:
                return year_value(m.group("y"))
    prov = clean.raw.provenance
    if prov.year_hint:
        return prov.year_hint
    if prov.title:
        m = TITLE_YEAR.search(prov.title)
        if m:
            return year_value(m.group("y"))
    return None
