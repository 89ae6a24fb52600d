"""head: the lines at the top of a report: title or headline, meeting line,
date line, speaker line, and the fields of a scraper header the cleaner removed.

Each is found in the first 4000 characters of the clean text; ``read_head``
returns the matches (the year and region readers weigh them) and fills the
evidence of the fields they give.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from gwr.meta.years import SMALL, YEAR, small_value, year_value
from gwr.types import CleanText, Evidence

_MEETING = regex.compile(
    rf"(?P<date>(?P<y>{YEAR})\s*年\s*(?P<m>{SMALL})\s*月\s*(?P<d>{SMALL})\s*日)?\s*在\s*"
    rf"(?P<body>[\p{{Han}}]{{0,16}}?)(?P<meeting>第?(?P<term>{SMALL})届(?P<national>全国)?人民代表大会"
    rf"(?:常务委员会)?第(?P<sess>{SMALL})次(?:全体)?会议)"
)
# 在省十四届人大四次会议上 (a news lead's short form; 在…上 keeps out the review's
# "完成了市十五届人大六次会议确定的目标任务")
_MEETING_SHORT = regex.compile(
    rf"在(?P<body>[\p{{Han}}]{{0,6}}?)(?P<term>{SMALL})届(?P<national>全国)?人大(?P<sess>{SMALL})次(?:全体)?会议上"
)
_DATE_LINE = regex.compile(
    rf"^[ \t\u3000\u00a0]*[（(]?[ \t\u3000\u00a0]*(?P<date>(?P<y>{YEAR})\s*年\s*(?P<m>{SMALL})\s*月\s*(?P<d>{SMALL})\s*日)"
    r"[ \t\u3000\u00a0]*[）)]?[ \t\u3000\u00a0]*$",
    regex.M,
)
_OFFICE = (
    r"(?:国务院)?(?:副?总理|代理?(?:省长|市长|区长|县长|州长|盟长|旗长)|省长|市长|区长|县长|州长|盟长|旗长"
    r"|(?:自治区|人民政府)?主席)"
)
# 市长裴伟东 / 国务院总理 李克强 / 自治区主席 艾尔肯·吐尼亚孜 / 上海市市长 龚 正 / 国务院总理\n李强 /
# 副总理兼国家计划委员会主任李富春 / 省长王正谱在… / 省长赵龙作政府工作报告
_SPEAKER = regex.compile(
    rf"(?P<office>{_OFFICE})(?:兼[\p{{Han}}]{{2,12}}?(?:主任|部长))?[ \t\u3000\u00a0]*\n?[ \t\u3000\u00a0]*"
    r"(?P<name>[\p{Han}](?:[ \u3000]?[\p{Han}·]){1,8}?)(?:同志)?[ \t\u3000\u00a0]*"
    r"(?=$|\n|各位代表|（|\(|作(?:政府)?(?:工作)?报告|在[\p{Han}]{0,12}(?:人民代表大会|人大))",
    regex.M,
)
# 龚正市长在上海市第十六届人民代表大会…: the name before the office
_SPEAKER_BEFORE = regex.compile(
    rf"(?:^|[—\-\s日])(?P<name>[\p{{Han}}]{{2,3}})(?P<office>{_OFFICE})(?=在[\p{{Han}}]{{0,12}}(?:人民代表大会|人大))",
    regex.M,
)
_NOT_A_NAME = regex.compile(r"^(?:的|在|是|对|向|及|主持|亲自|同志)|(?:人民|政府|代表|会议|报告)$")
_ON_BEHALF = regex.compile(r"我代表(?P<who>[\p{Han}]{2,16}?)(?:人民政府|政府)|我代表(?P<state>国务院)")
_TITLE = regex.compile(r"^(?!备注|注[：:])[^\n。]{0,40}政府工作报告[^\n。]{0,24}$", regex.M)
_HEADLINE = regex.compile(r"^\s*(?P<h>[^\n。，,；]{4,30})\s*$", regex.M)


@dataclass(frozen=True, slots=True)
class Head:
    """What the head lines say; the matches point into the clean text."""

    title: str | None
    title_m: regex.Match[str] | None
    headline_only: bool  # the title is a news headline, not a 政府工作报告 line
    meeting: str | None
    meeting_m: regex.Match[str] | None
    delivered: str | None
    date_m: regex.Match[str] | None  # a date line of its own
    speaker: str | None
    speaker_m: regex.Match[str] | None
    hints: dict[str, str]


def read_head(clean: CleanText, evidence: dict[str, Evidence]) -> Head:
    """The head lines of ``clean``; adds the evidence of title, meeting, date and speaker."""
    text = clean.text
    head = text[:4000]
    hints = header_hints(clean)

    title_m = _TITLE.search(head)
    headline_only = title_m is None
    if title_m is None:
        title_m = _HEADLINE.match(head)  # a news headline on the first line
        if title_m is not None and (
            _MEETING.search(title_m.group()) or _SPEAKER.search(title_m.group() + "\n")
        ):
            title_m = None  # the meeting or speaker line is not a headline
    title = title_m.group().strip() if title_m else hints.get("title") or clean.raw.provenance.title
    if title_m:
        evidence["title"] = Evidence(title_m.start(), title_m.end(), 0.9)

    meeting_m = _MEETING.search(head) if "会议" in head else None
    meeting = delivered = None
    if meeting_m:
        meeting = meeting_m.group("meeting")
        if not meeting.startswith("第"):
            meeting = "第" + meeting
        evidence["meeting"] = Evidence(meeting_m.start("meeting"), meeting_m.end("meeting"), 0.95)
        if meeting_m.group("date"):
            delivered = _date_of(meeting_m)
            if delivered is not None:
                evidence["delivered_on"] = Evidence(meeting_m.start("date"), meeting_m.end("date"), 0.95)

    elif "人大" in head and (short := _MEETING_SHORT.search(head)) is not None:
        national = "全国" if short.group("national") else ""
        meeting = f"第{short.group('term')}届{national}人民代表大会第{short.group('sess')}次会议"
        evidence["meeting"] = Evidence(short.start(), short.end(), 0.8)

    # a date on a line of its own near the top: "（2007年1月30日）", "（ 2017年2月26日）"
    date_m = _DATE_LINE.search(head[:1500])
    if date_m is not None and _date_of(date_m) is None:
        date_m = None
    if delivered is None and date_m is not None:
        delivered = _date_of(date_m)
        evidence["delivered_on"] = Evidence(date_m.start("date"), date_m.end("date"), 0.7)

    speaker_m = _find_speaker(head, meeting_m.end() if meeting_m else 0)
    speaker = _speaker_name(speaker_m) if speaker_m else None
    if speaker_m:
        evidence["speaker"] = Evidence(speaker_m.start("name"), speaker_m.end("name"), 0.9)
    return Head(
        title=title,
        title_m=title_m,
        headline_only=headline_only,
        meeting=meeting,
        meeting_m=meeting_m,
        delivered=delivered,
        date_m=date_m,
        speaker=speaker,
        speaker_m=speaker_m,
        hints=hints,
    )


def header_hints(clean: CleanText) -> dict[str, str]:
    """Values from scraper headers the cleaner removed (标题：/年份：/发布机构)."""
    hints: dict[str, str] = {}
    for e in clean.edits:
        if e.rule not in ("header_field", "header_gov_index_value", "header_gov_index"):
            continue
        line = e.text.strip().lstrip("-").strip()
        key, sep, value = line.partition("：") if "：" in line else line.partition(":")
        if sep and value.strip():
            hints.setdefault(key.strip(), value.strip())
        elif e.rule == "header_gov_index_value" and line.endswith("人民政府"):
            hints.setdefault("发布机构", line)
    if "标题" in hints:
        hints["title"] = hints["标题"]
    return hints


def _speaker_name(m: regex.Match[str]) -> str:
    """The name as printed, without the spaces some pages put inside it (龚 正)."""
    return m.group("name").replace(" ", "").replace("\u3000", "")


def _date_of(m: regex.Match[str]) -> str | None:
    """ISO date from the y/m/d groups of a meeting or date line (二〇一九年一月十四日 too)."""
    try:
        return (
            f"{year_value(m.group('y')):04d}-{small_value(m.group('m')):02d}-{small_value(m.group('d')):02d}"
        )
    except (KeyError, ValueError):
        return None


def _find_speaker(head: str, after: int) -> regex.Match[str] | None:
    """The speaker line nearest after the meeting line (or the first one)."""
    best: regex.Match[str] | None = None
    found: list[regex.Match[str]] = list(_SPEAKER.finditer(head))
    if "长在" in head or "理在" in head or "席在" in head:  # 龚正市长在…: name before the office
        found.extend(_SPEAKER_BEFORE.finditer(head))
    found.sort(key=lambda m: m.start("name"))
    for m in found:
        name = _speaker_name(m)
        if len(name) < 2 or _NOT_A_NAME.search(name):
            continue
        if best is None or (m.start() >= after - 200 and best.start() < after - 200):
            best = m
        if m.start() >= after - 200:
            return m
    return best
