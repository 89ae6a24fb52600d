"""outline: CleanText -> tuple[Section, ...].

Reads the clean text. Adds the section tree, each section with a role and the
years it covers (``Section.period``):

* numbered headings (一、 / 第一部分, （一）, 1.), including headings fused to the
  first sentence of their section and headings broken over lines (二、“\\n十四五\\n”时期…);
* un-numbered part headings: a short line standing alone that names a time and
  a kind of part (“十四五”时期经济社会发展回顾, “十五五”时期主要目标任务, 2026年主要工作,
  过去五年工作回顾, 工作安排, 远景目标);
* 名词解释 and the like (glossary: everything after it);
* inside a five-year review, the paragraph that opens last year's review
  (刚刚过去的2025年，… / 2025年，我们…) as a section of its own (level 4).

Roles (see ``roles``): review (last year), review_period (a plan period or 过去五年),
plan_targets, plan_tasks (this year), plan_period (the goals of a five-year plan),
vision (2035年远景目标), self_government, glossary, other. A heading that names
no kind takes its parent's role (the year's tasks under a targets heading).
Sections are listed in document order; ``end`` is where the next heading of the
same or a higher level starts. Un-numbered part headings are level 1, or 0 when
the document also numbers its parts.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from gwr.outline.roles import Reading, cn_number, fyp_years, period_of, read_title, role_of
from gwr.types import CleanText, Role, Section

__all__ = ["outline", "role_at"]

_WS = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\r"
_L1 = regex.compile(
    r"(?:第[一二三四五六七八九十]{1,3}部分[、：:\s]*|[一二三四五六七八九十]{1,3}\s*(?:、|[．.，,](?!\d)))"
)
_L2 = regex.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]\s*")
_L3 = regex.compile(r"\d{1,2}\s*[、．.](?![\d％%])\s*")
_GLOSSARY = regex.compile(r"(?:名词解释|名词注释|注释|附注|注\s*释|词语解释)[：:]?")
# the first character of any numbered heading the patterns above can match
_HEADING_FIRST = frozenset("一二三四五六七八九十第（(0123456789名注词附")
_FUSED_END = regex.compile(r"[。；;！!？?]")
# a blank after a word (not after a stop, nor inside a spaced-out year: 1 9 9 8 年) ends a heading fused to its text
_BLANK = regex.compile(r"(?<=\p{Han})[ \u3000]+(?=\S)")
_TITLE_BLANK = 40
# an un-numbered heading: a short line without sentence punctuation ...
_PART_MAX = 32
_SENTENCE_MARK = regex.compile(r"[。；;，,：:！!？?、]|报告|讲话")
# ... that ends in the name of a kind of part
_PART_END = regex.compile(
    r"(?:回顾|总结|成就|成效|目标任务|目标和任务|主要目标|预期目标|发展目标|奋斗目标|总体要求|主要考虑|重点工作|主要工作|"
    r"工作安排|工作任务|主要任务|重点任务|远景目标|工作部署|重大举措|战略举措|民生实事|惠民实事)"
    r"(?:建议|及措施|和措施|与重点任务|和重点任务|和重大举措|和主要任务)?$"
)
# a bare part name needs no time (工作安排); 主要目标 alone is too often a broken line
_BARE_PART = regex.compile(
    r"(?:过去一年|过去五年|今年)?(?:工作回顾|工作安排|远景目标|重点工作|主要任务)"
    r"|(?:[省市县区]?政府)?(?:[一二三四五六七八九十\d]+件)?(?:民生|惠民)实事(?:项目)?"
)
# an annex after the closing words names what it lists (附件：2026年十件民生实事)
_ANNEX = regex.compile(r"附件\s*[一二三四五六七八九十\d]*\s*[：:]?\s*")
# a line that continues the one before (主要目标\n是：…): the line before was no heading
_CONTINUES = regex.compile(r"[是为：:，,。、的和及与]")
# a text with lines this long on average has lost its line breaks
_FLAT_LINE = 1500
_INLINE_L1 = regex.compile(
    r"(?<=[。！!？?”])[ \t\u3000]*(?P<title>[一二三四五六七八九十]{1,2}、[^。，；！？\n]{0,24}?"
    r"(?:回顾|总体部署|重点工作|工作安排|目标任务|主要任务|总体要求|预期目标|主要目标|工作任务|自身建设|政府建设))"
)
# a paragraph this long may hold the headings of its parts (a plain-text copy where each part is one
# paragraph): a numbered heading after a full stop that names a time and a kind of part and ends at a
# blank or a stop (。(二)“十五”时期的回顾 五年来，…)
_LONG_LINE = 300
_INLINE_PART = regex.compile(
    r"(?<=[。！!？?”])[ \t\u3000]*(?P<title>(?:(?P<l1>[一二三四五六七八九十]{1,2}、)|[（(][一二三四五六七八九十]{1,2}[）)])"
    r"[^。，；！？\s]{0,24}?(?:回顾|成就|目标任务|目标和任务|主要目标|主要任务|重点工作|工作安排|预期目标|工作任务))"
    r"(?=[ \t\u3000：:，,。])"
)
# inside a five-year review: the paragraph that turns to last year
_LAST_YEAR_LEAD = regex.compile(
    r"(?:各位代表[，,！!]?)?(?:刚刚|刚)?过去(?:的)?(?:一年|(?P<y>\d{4})年)|一年来|(?:刚刚过去的)?(?P<y2>\d{4})年[，,]|去年[，,]"
)
_LAST_YEAR_WORDS = ("过去", "一年来", "去年")
# inside a plan period whose title names a year after it: the paragraph that turns to the year
_YEAR_LEAD = regex.compile(r"(?:各位代表[，,！!]?)?(?:今年|(?P<y>\d{4})年)(?:是|，|,|我们|全[省市区县])")
# inside a review whose title names a plan after it: the paragraph that turns to the plan
_PLAN_LEAD = regex.compile(
    r"(?:各位代表[，,！!]?)?(?:今后五年|未来五年|[“\"](?P<n>十[一二三四五六七八九]?|[五六七八九])五[”\"]"
    r"|(?P<n>十[一二三四五六七八九]|[五六七八九])五(?:时期|期间|规划))"
)
# inside a review of a year: the paragraph that turns to the plan period
_PERIOD_LEAD = regex.compile(
    r"(?:各位代表[，,！!])?(?:五年来|这五年|过去(?:的)?五年|回首过去五年|[\d]{4}年是[“\"]?[十一二三四五六七八九]{1,3}五[”\"]?规划收官之年"
    r"|[“\"][十一二三四五六七八九]{1,3}五[”\"](?:时期|期间|以来))"
)


@dataclass(slots=True)
class _Head:
    level: int
    start: int
    title_end: int
    title: str
    numbered: bool
    reading: Reading | None = None


def outline(clean: CleanText) -> tuple[Section, ...]:
    """The section tree of a clean report, flattened in document order."""
    text = clean.text
    heads = _heads(text)
    if not heads:
        return ()
    if any(h.level == 1 and h.numbered for h in heads):
        for h in heads:
            if not h.numbered and h.level == 1 and h.reading is not None and h.reading.kind != "glossary":
                h.level = 0  # a part above the numbered headings
    return _tree(text, heads)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start of the body, body) of every non-empty line, blanks stripped."""
    out = []
    pos = 0
    for line in text.split("\n"):
        body = line.strip(_WS)
        if body:
            out.append((pos + len(line) - len(line.lstrip(_WS)), body))
        pos += len(line) + 1
    return out


def _heads(text: str) -> list[_Head]:
    heads: list[_Head] = []
    glossary_seen = False
    lines = _lines(text)
    skip_to = -1
    for i, (start, body) in enumerate(lines):
        if i <= skip_to:
            continue
        if len(body) < 2:
            continue
        level = 0
        marker = 0
        if body[0] in _HEADING_FIRST:
            if mm := _L1.match(body):
                level, marker = 1, mm.end()
            elif mm := _L2.match(body):
                level, marker = 2, mm.end()
            elif (mm := _L3.match(body)) and len(body) > mm.end() + 1:
                level, marker = 3, mm.end()
            elif _GLOSSARY.fullmatch(body):
                level, marker = 1, 0
                glossary_seen = True
        if glossary_seen:
            if level and _GLOSSARY.fullmatch(body):
                heads.append(_Head(1, start, start + len(body), body, False))
                continue
            if (
                level
                or len(body) > _PART_MAX
                or not _is_part(body, lines[i + 1][1] if i + 1 < len(lines) else "")
            ):
                continue  # numbered entries of a glossary are not sections of the report
            glossary_seen = False  # an annex after the glossary (2026年十件民生实事)
        if level:
            if level < 3 and len(body) - marker <= 2 and i + 2 < len(lines):
                # a heading broken over lines at its quotes: 二、“ / 十四五 / ”时期发展的总体思路…
                parts = [body] + [b for _, b in lines[i + 1 : i + 3]]
                if all(len(p) <= 30 for p in parts):
                    end = lines[i + 2][0] + len(lines[i + 2][1])
                    # the title is the text as it stands (line breaks included); it is read joined
                    heads.append(_Head(level, start, end, text[start:end], True, read_title("".join(parts))))
                    skip_to = i + 2
                    continue
            title = _title(body, marker)
            if len(title) - marker < 2:
                continue
            heads.append(_Head(level, start, start + len(title), title, True))
            continue
        if len(body) <= _PART_MAX and _is_part(body, lines[i + 1][1] if i + 1 < len(lines) else ""):
            reading = read_title(body)
            if i > 0 and _ANNEX.fullmatch(lines[i - 1][1]):
                start = lines[i - 1][0]  # the annex's label line (附件 / 2026年十件民生实事) opens it
            end = lines[i][0] + len(body)
            heads.append(_Head(1, start, end, text[start:end], False, reading))
    if not heads and len(text) > _FLAT_LINE * (len(lines) + 1):
        heads = _inline_heads(text)
    elif inline := _inline_parts(lines):
        heads = sorted([*heads, *inline], key=lambda h: h.start)
    for h in heads:
        if h.reading is None:
            h.reading = read_title(h.title)
    return heads


def _inline_heads(text: str) -> list[_Head]:
    """Part headings of a text whose line breaks were lost (。一、2013年工作回顾过去一年是…):
    a numbered marker after a full stop, up to the end of a kind word within 30 characters."""
    heads = []
    for m in _INLINE_L1.finditer(text):
        title = m.group("title")
        heads.append(_Head(1, m.start("title"), m.end("title"), title, True))
    return heads


def _inline_parts(lines: list[tuple[int, str]]) -> list[_Head]:
    """Part headings inside long paragraphs that name a time and a kind of part."""
    heads = []
    for start, body in lines:
        if len(body) < _LONG_LINE:
            continue
        for m in _INLINE_PART.finditer(body):
            reading = read_title(m.group("title"))
            if reading.kind is None or reading.horizon is None:
                continue
            level = 1 if m.group("l1") else 2
            heads.append(
                _Head(
                    level, start + m.start("title"), start + m.end("title"), m.group("title"), True, reading
                )
            )
    return heads


def _is_part(body: str, next_line: str) -> bool:
    """An un-numbered line that opens a part of the report (2015年工作回顾：, a label, too)."""
    if (annex := _ANNEX.match(body)) and annex.end() < len(body):
        body = body[annex.end() :]
    if body[-1] in "：:":
        body = body[:-1]  # a label: 2015年工作回顾：
        if len(body) > 14:
            return False  # 今后五年要重点推进六个方面工作任务: leads into a list
    if _SENTENCE_MARK.search(body) or not _PART_END.search(body):
        return False
    if next_line and _CONTINUES.match(next_line):
        return False
    reading = read_title(body)
    if reading.kind is None or reading.kind in ("glossary", "self_government"):
        return False
    return reading.horizon is not None or _BARE_PART.fullmatch(body) is not None


def _title(body: str, marker_len: int) -> str:
    """Heading text; a heading fused to its first sentence ends at the blank after a
    kind of part (一、2005年工作回顾 2005年，…) or at the first full stop."""
    blank = _BLANK.search(body, marker_len, _TITLE_BLANK)
    if blank is not None and read_title(body[: blank.start()]).kind is not None:
        return body[: blank.start()]
    if len(body) <= 60 and not _FUSED_END.search(body[:-1]):
        return body.rstrip("。 ")
    m = _FUSED_END.search(body, marker_len)
    if m and m.start() <= 80:
        return body[: m.start()]
    cut = body[:60]
    comma = max(cut.rfind("，"), cut.rfind(","))
    return cut[:comma] if comma > marker_len + 4 else cut


def _anchor(heads: list[_Head]) -> int | None:
    """The year the report plans, as its headings tell it (None: they do not)."""
    guesses: list[int] = []
    for h in heads:
        r = h.reading
        if r is None or r.horizon is None or r.horizon.period is None or r.kind is None:
            continue
        a, b = r.horizon.period
        if r.kind in ("targets", "tasks"):
            guesses.append(a)
        elif r.kind == "review":
            guesses.append(b + 1)
    return guesses[0] if guesses else None


def _tree(text: str, heads: list[_Head]) -> tuple[Section, ...]:
    anchor = _anchor(heads)
    n = len(text)
    sections: list[Section] = []
    # parent chain for inheritance: a stack of (level, role, period, where the body turns to a year or -1)
    stack: list[tuple[int, Role, tuple[int, int] | None, int]] = []
    seen_review = False
    pending: dict[int, tuple[int, int]] = {}  # section index -> the period its body turns to
    plans: dict[int, tuple[int, int]] = {}  # section index -> the plan period its body turns to
    years: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}  # section index -> (lead span, the year)
    turned: dict[int, tuple[int, int]] = {}  # offset of a turn to a year -> that year
    lasts: dict[int, tuple[int, int]] = {}  # section index -> the lead span of its turn to last year
    for i, h in enumerate(heads):
        end = n
        for h2 in heads[i + 1 :]:
            if h2.level <= h.level:
                end = h2.start
                break
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        reading = h.reading or read_title(h.title)
        own = role_of(reading)
        if reading.kind == "work":
            own = _work_role(reading, anchor, seen_review)
        period = period_of(reading, anchor)
        if stack:
            _, p_role, p_period, p_turn = stack[-1]
            if p_turn >= 0 and h.start > p_turn and reading.horizon is None:
                # after “今年是“十五五”开局之年” the subsections are the year's tasks; after
                # “刚刚过去的2025年，…” in a five-year review, last year's review
                p_role, p_period = ("plan_tasks" if p_role == "plan_period" else "review"), turned[p_turn]
            if own is None and p_role == "plan_period" and _before(period, p_period):
                own = "review_period"  # （二）“十五”时期主要情况 in the explanation of the 十一五 plan
            elif own is None:
                # subsections under the targets heading are the year's tasks
                own = "plan_tasks" if p_role == "plan_targets" else p_role
                period = period or p_period
            elif reading.horizon is None and (
                (p_role == "plan_period" and own in ("plan_targets", "plan_tasks"))
                or (p_role in ("review", "review_period") and own in ("review", "plan_targets", "plan_tasks"))
            ):
                # （一）主要目标 under “十五五”时期目标任务; （二）落实重大战略任务 under a review
                own, period = p_role, p_period
            elif p_role == "plan_period" and own == "review" and reading.horizon is None:
                # （二）主要成就 in the explanation of a five-year plan: the plan period before it
                own = "review_period"
                period = (p_period[0] - 5, p_period[0] - 1) if p_period is not None else None
            if own == p_role and period is None:
                period = p_period  # （十）…办好惠民实事 under 2019年工作安排
        role: Role = own or "other"
        if reading.then_period is not None and role == "review":
            pending[len(sections)] = reading.then_period
        if reading.then_plan is not None and role in ("review", "review_period"):
            plans[len(sections)] = reading.then_plan
        if role in ("review", "review_period"):
            seen_review = True
        if role == "glossary":
            # a glossary runs to the end of the text or to an annex after it
            end = next((h2.start for h2 in heads[i + 1 :] if h2.reading and h2.reading.kind != "glossary"), n)
        turn = -1
        if (
            role == "review_period"
            and period is not None
            and not any(r == "review_period" for _, r, _, _ in stack)
        ):
            # a five-year review that turns to last year before its first subheading (刚刚过去的2025年，…)
            stop = next((h2.start for h2 in heads[i + 1 :] if h2.start < end), end)
            found = (
                None
                if _fused_last_year(h.title, period)
                else _lead(text, h.title_end, stop, _LAST_YEAR_LEAD, period[1])
            )
            if found is not None:
                lasts[len(sections)] = found
                if _opens_last_year(text, found, stop):
                    turn = found[0]
                    turned[turn] = (period[1], period[1])
        elif reading.then_year is not None and role == "plan_period":
            stop = next((h2.start for h2 in heads[i + 1 :] if h2.start < end), end)
            found = _lead(text, h.title_end, stop, _YEAR_LEAD, reading.then_year[0])
            if found is not None:
                turn = found[0]
                turned[turn] = reading.then_year
                years[len(sections)] = (found, reading.then_year)
        stack.append((h.level, role, period, turn))
        sections.append(
            Section(
                title=h.title,
                level=h.level,
                role=role,
                start=h.start,
                end=end,
                title_end=h.title_end,
                period=period,
            )
        )
    return _with_subparts(text, sections, pending, plans, years, lasts)


def _work_role(reading: Reading, anchor: int | None, seen_review: bool) -> Role:
    """主要工作: a plan after a review heading or for the anchor year, else a review."""
    h = reading.horizon
    multi = h is not None and h.multi
    if h is not None and h.relative is not None:
        plan = h.relative in ("next5", "next15", "this_year")
    elif h is not None and h.period is not None and anchor is not None:
        plan = h.period[0] >= anchor
    else:
        plan = seen_review
    if plan:
        return "plan_period" if multi else "plan_tasks"
    return "review_period" if multi else "review"


def _with_subparts(
    text: str,
    sections: list[Section],
    turns: dict[int, tuple[int, int]],
    plans: dict[int, tuple[int, int]],
    years: dict[int, tuple[tuple[int, int], tuple[int, int]]],
    lasts: dict[int, tuple[int, int]],
) -> tuple[Section, ...]:
    """Add the paragraph where a review turns from one horizon to the other, as
    a section of level 4 up to the end of the review: inside a five-year review,
    the one that opens last year's review (刚刚过去的2025年，…), looked for up to
    the first subheading; inside a review of a year that names a period after it
    (2020年工作回顾和“十三五”时期发展成就), the one that turns to the period (五年来，…)."""
    subs: list[Section] = []
    for i, s in enumerate(sections):
        if i in years:
            # a plan period whose title names the year after it: from 今年是… / 2026年是… on, the year's plan
            (start, title_end), year = years[i]
            title = _cut(text, start, title_end)
            subs.append(Section(title, 4, "plan_targets", start, s.end, start + len(title), year))
        if i in plans:
            # a review whose title names a plan after it (“十二五”重大成就及“十三五”主要目标):
            # from the paragraph that turns to the plan (“十三五”时期… / 今后五年…) on, the plan period
            found = _lead(text, s.title_end, s.end, _PLAN_LEAD, None, plans[i])
            if found is not None:
                start, title_end = found
                title = _cut(text, start, title_end)
                subs.append(Section(title, 4, "plan_period", start, s.end, start + len(title), plans[i]))
        if s.role == "review_period" and s.period is not None:
            if any(p.role == "review_period" and p.start < s.start < p.end for p in sections[:i]):
                continue  # an inner part of a review already scanned
            stop = min(sections[i + 1].start if i + 1 < len(sections) else s.end, s.end)
            last = (s.period[1], s.period[1])
            fused = _fused_last_year(s.title, s.period)
            if fused is not None:
                # 一、过去五年工作回顾刚刚过去的2022年，…: the review opens on last year, up to where
                # it turns to the five years (各位代表！过去的五年，…)
                turn = _lead(text, s.title_end, stop, _PERIOD_LEAD, None)
                start = s.start + fused.start()
                title = _cut(text, start, s.start + fused.end())
                subs.append(
                    Section(title, 4, "review", start, turn[0] if turn else stop, start + len(title), last)
                )
                continue
            if i in lasts:
                start, title_end = lasts[i]
                title = _cut(text, start, title_end)
                subs.append(Section(title, 4, "review", start, stop, start + len(title), last))
        elif i in turns:
            # the body reviews the year first: its first paragraph (2025年是“十四五”收官之年。全省…) is no turn
            first = text.find("\n", s.title_end, s.end)
            found = _lead(text, first + 1, s.end, _PERIOD_LEAD, None) if first >= 0 else None
            if found is not None:
                start, title_end = found
                title = _cut(text, start, title_end)
                subs.append(Section(title, 4, "review_period", start, s.end, start + len(title), turns[i]))
    if not subs:
        return tuple(sections)
    return tuple(sorted([*sections, *subs], key=lambda x: x.start))


def _before(period: tuple[int, int] | None, plan: tuple[int, int] | None) -> bool:
    """A period that ended before a plan period starts (“十五” before “十一五”)."""
    return period is not None and plan is not None and period[0] < period[1] < plan[0]


def _opens_last_year(text: str, lead: tuple[int, int], stop: int) -> bool:
    """Whether the subsections after a five-year review's turn to last year review
    that year: the lead names it as last year (刚刚过去的2025年, 过去一年, not a bare
    2016年，) and the text does not turn back to the five years before them (五年来，…)."""
    named = text[lead[0] : lead[1]]
    if not any(w in named for w in _LAST_YEAR_WORDS):
        return False
    return _lead(text, lead[1], stop, _PERIOD_LEAD, None) is None


def _fused_last_year(title: str, period: tuple[int, int]) -> regex.Match[str] | None:
    """The lead of last year's review a five-year review heading runs on into
    (一、过去五年工作回顾刚刚过去的2022年，…)."""
    if "回顾" not in title:
        return None
    m = _LAST_YEAR_LEAD.search(title, title.find("回顾") + 1)
    if m is None or int(m.group("y") or m.group("y2") or period[1]) != period[1]:
        return None
    return m


def _cut(text: str, start: int, end: int) -> str:
    return text[start:end].rstrip("，,。！!")


def _lead(
    text: str,
    pos: int,
    stop: int,
    pattern: regex.Pattern[str],
    year: int | None,
    plan: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """(start, end of the match) of the first line after the heading line, before
    ``stop``, that opens with ``pattern`` (naming ``year`` when it names one)."""
    nl = text.find("\n", pos, stop)
    pos = stop if nl < 0 else nl + 1
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        body = pos
        while body < line_end and text[body] in _WS:
            body += 1
        m = pattern.match(text, body, line_end)
        if m:
            named = m.groupdict().get("y") or m.groupdict().get("y2")
            fyp = m.groupdict().get("n")
            if plan is not None and fyp is not None and fyp_years(cn_number(fyp)) != plan:
                pass  # another plan period (“十二五”时期 in the review of it)
            elif year is None or named is None or int(named) == year:
                return body, m.end()
        pos = line_end + 1
    return None


def role_at(sections: tuple[Section, ...], offset: int) -> Role | None:
    """Role of the innermost section containing ``offset`` (None before the first heading)."""
    role: Role | None = None
    for s in sections:
        if s.start > offset:
            break
        if s.start <= offset < s.end:
            role = s.role
    return role
