"""outline: CleanText -> tuple[Section, ...].

Reads the clean text. Adds the section tree: numbered headings (一、 / 第一部分,
（一）, 1.) and short heading lines (名词解释, a bold line on its own), including
headings fused to the first sentence of their section, each with a role:
review (past year), plan_targets (总体要求 / 主要预期目标), plan_tasks,
self_government (政府自身建设), glossary (名词解释) or other. Sections are
listed in document order; ``end`` is where the next heading of the same or a
higher level starts.
"""

from __future__ import annotations

import regex

from gwr.types import CleanText, Role, Section

_LINE = regex.compile(r"^[ \t\u3000]*(?P<body>[^\n]*)$", regex.M)
_L1 = regex.compile(
    r"(?:第[一二三四五六七八九十]{1,3}部分[、：:\s]*|[一二三四五六七八九十]{1,3}\s*(?:、|[．.，,](?!\d)))"
)
_L2 = regex.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]\s*")
_L3 = regex.compile(r"\d{1,2}\s*[、．.](?![\d％%])\s*")
_GLOSSARY = regex.compile(r"(?:名词解释|名词注释|注释|附注|注\s*释|词语解释)[：:]?")
# the first character of any heading the patterns below can match
_HEADING_FIRST = frozenset("一二三四五六七八九十第（(0123456789名注词附")
_FUSED_END = regex.compile(r"[。；;！!？?]")

_ROLE_RULES: tuple[tuple[Role, regex.Pattern[str]], ...] = (
    ("glossary", regex.compile(r"名词解释|名词注释|^注释|附注|词语解释")),
    (
        "self_government",
        regex.compile(r"自身建设|政府建设|服务型政府|法治政府|人民满意的政府|廉洁政府|政府作风"),
    ),
    ("review", regex.compile(r"回顾|过去(?:的)?一年|过去五年|一年来|五年来|工作总结")),
    (
        "plan_targets",
        regex.compile(r"总体要求|预期目标|主要目标|目标任务|指导思想|奋斗目标|总体思路|工作目标|发展目标"),
    ),
    (
        "plan_tasks",
        regex.compile(
            r"工作安排|重点工作|主要任务|工作任务|重点任务|今年(?:的)?(?:主要)?工作|工作部署|今后(?:五年|一个时期)"
            r"|[\d\s]{4,9}年(?:的)?(?:政府)?工作(?:的)?(?:建议)?$|做好[\d\s]{4,9}年(?:的)?工作"
        ),
    ),
    # weak review cues come last: "2024年目标任务和主要工作" is a plan
    ("review", regex.compile(r"主要(?:工作|成就)|(?:取得|主要)(?:的)?成绩")),
)


def _role_of(title: str) -> Role | None:
    for role, pattern in _ROLE_RULES:
        if pattern.search(title):
            return role
    return None


def _title(body: str, marker_len: int) -> str:
    """Heading text; a heading fused to its first sentence ends at the first full stop."""
    if len(body) <= 60 and not _FUSED_END.search(body[:-1]):
        return body.rstrip("。 ")
    m = _FUSED_END.search(body, marker_len)
    if m and m.start() <= 80:
        return body[: m.start()]
    cut = body[:60]
    comma = max(cut.rfind("，"), cut.rfind(","))
    return cut[:comma] if comma > marker_len + 4 else cut


def outline(clean: CleanText) -> tuple[Section, ...]:
    """The section tree of a clean report, flattened in document order."""
    text = clean.text
    heads: list[tuple[int, int, int, str]] = []  # level, start, title_end, title
    glossary_seen = False
    for m in _LINE.finditer(text):
        body = m.group("body").rstrip()
        if len(body) < 2 or body[0] not in _HEADING_FIRST:
            continue
        start = m.start("body")
        level = 0
        marker = 0
        if mm := _L1.match(body):
            level, marker = 1, mm.end()
        elif mm := _L2.match(body):
            level, marker = 2, mm.end()
        elif (mm := _L3.match(body)) and len(body) > mm.end() + 1:
            level, marker = 3, mm.end()
        elif _GLOSSARY.fullmatch(body):
            level, marker = 1, 0
            glossary_seen = True
        if level == 0:
            continue
        if glossary_seen and not _GLOSSARY.fullmatch(body):
            continue  # numbered entries of a glossary are not sections of the report
        title = _title(body, marker)
        if len(title) - marker < 2:
            continue
        heads.append((level, start, start + len(title), title))
    return _tree(heads, len(text))


def _tree(heads: list[tuple[int, int, int, str]], n: int) -> tuple[Section, ...]:
    sections: list[Section] = []
    # parent role for inheritance: a stack of (level, role)
    stack: list[tuple[int, Role]] = []
    for i, (level, start, title_end, title) in enumerate(heads):
        end = n
        for level2, start2, _, _ in heads[i + 1 :]:
            if level2 <= level:
                end = start2
                break
        while stack and stack[-1][0] >= level:
            stack.pop()
        own = _role_of(title)
        if own is None and stack:
            parent = stack[-1][1]
            # subsections under the targets heading are the year's tasks
            own = "plan_tasks" if parent == "plan_targets" else parent
        role: Role = own or "other"
        if role == "glossary":
            end = n
        stack.append((level, role))
        sections.append(
            Section(title=title, level=level, role=role, start=start, end=end, title_end=title_end)
        )
    return tuple(sections)


def role_at(sections: tuple[Section, ...], offset: int) -> Role | None:
    """Role of the innermost section containing ``offset`` (None before the first heading)."""
    role: Role | None = None
    for s in sections:
        if s.start > offset:
            break
        if s.start <= offset < s.end:
            role = s.role
    return role
