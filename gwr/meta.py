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

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from gwr import regions
from gwr.types import CleanText, DocKind, Evidence, Level, Metadata, Notice, Section

# place names are counted in the first part of the body only: enough to tell
# whose report it is, and scanning whole national reports costs more than it tells
_FREQUENCY_WINDOW = 12000
_CN_DIGITS = {
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
_YEAR = r"(?:1[89]\d\d|20\d\d|[一二][〇○零OoＯ一二三四五六七八九]{3})"
_SMALL = r"[\d一二三四五六七八九十]{1,3}"

_MEETING = regex.compile(
    rf"(?P<date>(?P<y>{_YEAR})\s*年\s*(?P<m>{_SMALL})\s*月\s*(?P<d>{_SMALL})\s*日)?\s*在\s*"
    rf"(?P<body>[\p{{Han}}]{{0,16}}?)(?P<meeting>第?(?P<term>{_SMALL})届(?P<national>全国)?人民代表大会"
    rf"(?:常务委员会)?第(?P<sess>{_SMALL})次(?:全体)?会议)"
)
# 在省十四届人大四次会议上 (a news lead's short form; 在…上 keeps out the review's
# "完成了市十五届人大六次会议确定的目标任务")
_MEETING_SHORT = regex.compile(
    rf"在(?P<body>[\p{{Han}}]{{0,6}}?)(?P<term>{_SMALL})届(?P<national>全国)?人大(?P<sess>{_SMALL})次(?:全体)?会议上"
)
_DATE_LINE = regex.compile(
    rf"^[ \t\u3000]*[（(]?(?P<date>(?P<y>{_YEAR})\s*年\s*(?P<m>{_SMALL})\s*月\s*(?P<d>{_SMALL})\s*日)[）)]?[ \t\u3000]*$",
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
_TITLE_YEAR = regex.compile(rf"(?P<y>{_YEAR})\s*年")
_PLAN_YEAR = regex.compile(
    rf"(?P<y>{_YEAR})年[^\n。，；回]{{0,14}}?(?:工作安排|工作任务|工作建议|工作重点|重点工作|主要任务|主要目标|目标任务"
    rf"|总体要求|预期目标|工作部署|工作目标|发展目标)"
)
_REVIEW_YEAR = regex.compile(rf"(?P<y>{_YEAR})年[^\n。；\d年]{{0,16}}?(?:工作)?回顾")
_THIS_YEAR = regex.compile(rf"(?:^|[。\n])\s*(?:今年|(?P<y>{_YEAR})年)[，,]?是")
_LOCAL = regex.compile(r"(?:我|全|本)(?P<unit>省|市|区|县|州|盟|旗|国)")
_SUMMARY_CUES = regex.compile(
    r"基于公开资料整理|报告(?:指出|提出|显示|强调|回顾|明确|称|说)|记者|据悉|新闻|通讯员|本报讯|综合整理"
)
_OTHER_TITLES = regex.compile(
    r"预算执行情况|预算(?:（|\()?草案|规划纲要|(?:关于|的)决议|计划执行情况与|计划草案的报告|开幕|闭幕"
)
_REPORT_CUES = regex.compile(r"各位代表|我代表[\p{Han}]{0,16}(?:人民政府|政府|国务院)?[，,]?向大会|请予审议")

_UNIT_LEVEL: dict[str, tuple[Level, ...]] = {
    "省": ("province",),
    "市": ("city", "province"),
    "区": ("district", "province"),
    "县": ("county",),
    "州": ("city",),
    "盟": ("city",),
    "旗": ("county",),
    "国": ("national",),
}


def year_value(s: str) -> int:
    """2018 or 二〇一八 -> 2018."""
    if s.isdigit():
        return int(s)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def small_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[s]


@dataclass(slots=True)
class _Vote:
    value: object
    start: int
    end: int
    weight: float
    source: str


def extract_metadata(clean: CleanText, outline: Iterable[Section] = ()) -> Metadata:
    """Who delivered which report, for which year, with evidence for each field."""
    text = clean.text
    head = text[:4000]
    notices: list[Notice] = []
    evidence: dict[str, Evidence] = {}
    hints = _header_hints(clean)

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

    if delivered is None:
        # a date on a line of its own near the top: "（2007年1月30日）"
        d = _DATE_LINE.search(head[:1500])
        delivered = _date_of(d) if d is not None else None
        if d is not None and delivered is not None:
            evidence["delivered_on"] = Evidence(d.start("date"), d.end("date"), 0.7)

    speaker_m = _find_speaker(head, meeting_m.end() if meeting_m else 0)
    speaker = _speaker_name(speaker_m) if speaker_m else None
    if speaker_m:
        evidence["speaker"] = Evidence(speaker_m.start("name"), speaker_m.end("name"), 0.9)

    report_year, review_year = _years(clean, outline, title, title_m, meeting_m, hints, evidence, notices)
    region = _region(
        clean,
        title_m,
        meeting_m,
        speaker_m,
        report_year,
        hints,
        evidence,
        notices,
        0.5 if headline_only else 2.0,
    )
    compiled = any("基于公开资料整理" in e.text for e in clean.edits[:40])
    doc_kind = "summary" if compiled else _doc_kind(text, title or "")

    level: Level | None = region.level if region else None
    if doc_kind != "report":
        notices.append(Notice("doc_kind", f"this looks like a {doc_kind}, not the report itself"))
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
        speaker=speaker,
        delivered_on=delivered,
        meeting=meeting,
        title=title,
        doc_kind=doc_kind,
        evidence=evidence,
        notices=tuple(notices),
    )


def _header_hints(clean: CleanText) -> dict[str, str]:
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


def _years(
    clean: CleanText,
    outline: Iterable[Section],
    title: str | None,
    title_m: regex.Match[str] | None,
    meeting_m: regex.Match[str] | None,
    hints: dict[str, str],
    evidence: dict[str, Evidence],
    notices: list[Notice],
) -> tuple[int | None, int | None]:
    text = clean.text
    votes: list[_Vote] = []
    review_year: int | None = None
    sections = list(outline)
    for s in sections[:40]:
        heading = text[s.start : s.title_end]
        m = _REVIEW_YEAR.search(heading)
        if m:
            y = year_value(m.group("y"))
            votes.append(_Vote(y + 1, s.start + m.start("y"), s.start + m.end("y"), 4, "review heading"))
            review_year = review_year or y
            continue
        m = _PLAN_YEAR.search(heading)
        if m:
            votes.append(
                _Vote(
                    year_value(m.group("y")), s.start + m.start("y"), s.start + m.end("y"), 4, "plan heading"
                )
            )
    if not sections or not votes:
        for m in _REVIEW_YEAR.finditer(text[:20000]):
            y = year_value(m.group("y"))
            votes.append(_Vote(y + 1, m.start("y"), m.end("y"), 2, "review phrase"))
            break
        for m in _PLAN_YEAR.finditer(text[:40000]):
            votes.append(_Vote(year_value(m.group("y")), m.start("y"), m.end("y"), 2, "plan phrase"))
            break
    if title_m:
        m = _TITLE_YEAR.search(title_m.group())
        if m:
            votes.append(
                _Vote(
                    year_value(m.group("y")),
                    title_m.start() + m.start("y"),
                    title_m.start() + m.end("y"),
                    3,
                    "title",
                )
            )
    elif hints.get("title"):
        m = _TITLE_YEAR.search(hints["title"])
        if m:
            votes.append(_Vote(year_value(m.group("y")), -1, -1, 2, "header title"))
    if meeting_m and meeting_m.group("date"):
        y = year_value(meeting_m.group("y"))
        month = small_value(meeting_m.group("m"))
        late = month >= 10  # a report delivered in the autumn usually plans the next year
        votes.append(
            _Vote(
                y + 1 if late else y,
                meeting_m.start("y"),
                meeting_m.end("y"),
                2 if late else 3,
                "meeting date",
            )
        )
    m = _THIS_YEAR.search(text[:30000])
    if m and m.group("y"):
        votes.append(_Vote(year_value(m.group("y")), m.start("y"), m.end("y"), 1, "this-year phrase"))
    hinted = _hint_year(clean, hints)
    if not votes and hinted is not None:
        votes.append(_Vote(hinted, -1, -1, 1, "header"))
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
        m = _TITLE_YEAR.search(title)
        if m and year_value(m.group("y")) != year:
            notices.append(
                Notice("year_conflict", f"headline says {year_value(m.group('y'))}, the body says {year}")
            )
    return year, review_year


def _hint_year(clean: CleanText, hints: dict[str, str]) -> int | None:
    for key in ("年份", "title", "发文时间", "发布日期", "发布时间", "成文日期"):
        value = hints.get(key)
        if value:
            m = _TITLE_YEAR.search(value + "年") if key == "年份" else _TITLE_YEAR.search(value)
            if m is None and key != "title":
                m = regex.search(r"(?P<y>(?:19|20)\d\d)", value)
            if m:
                return year_value(m.group("y"))
    prov = clean.raw.provenance
    if prov.year_hint:
        return prov.year_hint
    if prov.title:
        m = _TITLE_YEAR.search(prov.title)
        if m:
            return year_value(m.group("y"))
    return None


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    name: str


class _Names:
    """Leftmost-longest scanner over every region name, keyed by the first two
    characters (a dict probe per position is faster here than an automaton
    with seven thousand names)."""

    def __init__(self) -> None:
        from gwr.lexicon import read_yaml

        stop = set(read_yaml("cues.yaml")["region_stopwords"])
        by_prefix: dict[str, list[str]] = {}
        for name in regions.names():
            if len(name) >= 2 and name not in stop:
                by_prefix.setdefault(name[:2], []).append(name)
        self.by_prefix = {k: sorted(set(v), key=len, reverse=True) for k, v in by_prefix.items()}

    def finditer(self, s: str) -> list[_Hit]:
        out = []
        i, n = 0, len(s) - 1
        by_prefix = self.by_prefix
        while i < n:
            names = by_prefix.get(s[i : i + 2])
            if names is not None:
                for name in names:
                    if s.startswith(name, i):
                        out.append(_Hit(i, i + len(name), name))
                        i += len(name) - 1
                        break
            i += 1
        return out


@functools.cache
def _name_pattern() -> _Names:
    return _Names()


def _region(
    clean: CleanText,
    title_m: regex.Match[str] | None,
    meeting_m: regex.Match[str] | None,
    speaker_m: regex.Match[str] | None,
    year: int | None,
    hints: dict[str, str],
    evidence: dict[str, Evidence],
    notices: list[Notice],
    title_weight: float = 2.0,
) -> regions.Region | None:
    text = clean.text
    votes: list[_Vote] = []
    names = _name_pattern()

    def name_votes(s: str, offset: int, weight: float, source: str) -> None:
        for m in names.finditer(s):
            votes.append(_Vote(m.name, offset + m.start, offset + m.end, weight, source))

    if meeting_m:
        if meeting_m.group("national"):
            votes.append(_Vote("全国", meeting_m.start("meeting"), meeting_m.end("meeting"), 6, "meeting"))
        body = meeting_m.group("body")
        if body:
            name_votes(body, meeting_m.start("body"), 6, "meeting")
    if speaker_m:
        line_start = text.rfind("\n", 0, speaker_m.start()) + 1
        prefix = text[line_start : speaker_m.start("office")]
        if "国务院" in speaker_m.group("office") or speaker_m.group("office").endswith("总理"):
            votes.append(_Vote("国务院", speaker_m.start("office"), speaker_m.end("office"), 5, "speaker"))
        name_votes(prefix[-20:], speaker_m.start("office") - len(prefix[-20:]), 4, "speaker")
    for m in _ON_BEHALF.finditer(text[:6000]):
        if m.group("state"):
            votes.append(_Vote("国务院", m.start("state"), m.end("state"), 5, "on behalf"))
        else:
            name_votes(m.group("who"), m.start("who"), 5, "on behalf")
        break
    if title_m:
        name_votes(title_m.group(), title_m.start(), title_weight, "title")

    # body frequency: how often each place is named, weighted toward the top
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    headline = (title_m.start(), title_m.end()) if title_m else (0, 0)
    window = text[:_FREQUENCY_WINDOW]
    strong = {str(v.value) for v in votes if v.source in ("meeting", "speaker", "on behalf")}
    if strong:
        # the meeting, speaker or "我代表…" line names the place: count only it and
        # its parents (to tell 中山区 of 大连 from the other 中山区), with str.count
        pool: set[str] = set()
        for name in strong:
            for r in regions.candidates(name, year):
                pool.update((r.name, r.short))
                for a in regions.ancestors(r.code, year):
                    pool.update((a.name, a.short))
        for name in pool - {""}:
            n = window.count(name) - window.count(name, *headline)
            if n > 0:
                counts[name] = n
                at = window.find(name)
                first[name] = (at, at + len(name))
    else:
        for hit in names.finditer(window):
            if headline[0] <= hit.start < headline[1]:
                continue  # the headline has its own (weaker) vote
            counts[hit.name] += 1
            first.setdefault(hit.name, (hit.start, hit.end))
    local = Counter(m.group("unit") for m in _LOCAL.finditer(text))
    for name, n in counts.most_common(6):
        s, e = first[name]
        votes.append(_Vote(name, s, e, min(3.0, 0.5 + n / 4), "body"))
    for key in ("发布机构", "发文单位"):
        if key in hints:
            for hit in names.finditer(hints[key]):
                votes.append(_Vote(hit.name, -1, -1, 1.5, "header"))
    prov = clean.raw.provenance
    if prov.region_hint:
        for hit in names.finditer(prov.region_hint):
            votes.append(_Vote(hit.name, -1, -1, 1.5, "container"))
    if not votes:
        return None
    return _resolve(votes, year, local, title_m, evidence, notices, text)


def _resolve(
    votes: list[_Vote],
    year: int | None,
    local: Counter[str],
    title_m: regex.Match[str] | None,
    evidence: dict[str, Evidence],
    notices: list[Notice],
    text: str,
) -> regions.Region | None:
    # score regions by code: a vote for a name counts for each region it may name;
    # a vote for a county also supports its ancestors a little (context for 中山区 in 大连)
    score: dict[str, float] = defaultdict(float)
    support: dict[str, float] = defaultdict(float)
    where: dict[str, _Vote] = {}
    for v in votes:
        cands = regions.candidates(str(v.value), year)
        if not cands:
            continue
        share = v.weight / len(cands)
        for r in cands:
            score[r.code] += share
            if r.code not in where or where[r.code].weight < v.weight:
                where[r.code] = v
            for a in regions.ancestors(r.code, year):
                support[a.code] += share * 0.5
    if not score:
        return None
    local_levels = {lvl for unit, n in local.items() if n >= 3 for lvl in _UNIT_LEVEL.get(unit, ())}

    def rank(code: str) -> tuple[float, float]:
        r = regions.by_code(code, year)
        bonus = 0.0
        if r is not None and r.level in local_levels:
            bonus = 1.0
        # ancestors named in the text make an ambiguous county name concrete
        anc = sum(score.get(a.code, 0) + support.get(a.code, 0) for a in regions.ancestors(code, year))
        return score[code] + bonus + min(anc, 2.0) * 0.25, support.get(code, 0.0)

    best_code = max(score, key=rank)
    region = regions.by_code(best_code, year)
    if region is None:
        return None
    v = where[best_code]
    strong = sum(x.weight for x in votes if x.source in ("meeting", "speaker", "on behalf"))
    conf = 0.95 if v.source in ("meeting", "speaker", "on behalf") else (0.8 if strong == 0 else 0.7)
    if v.start >= 0:
        evidence["region_name"] = Evidence(v.start, v.end, conf)
        evidence["region_code"] = Evidence(v.start, v.end, conf)
        evidence["level"] = Evidence(v.start, v.end, conf)
    if title_m:
        _title_conflict(title_m, region, year, notices)
    return region


def _title_conflict(
    title_m: regex.Match[str], region: regions.Region, year: int | None, notices: list[Notice]
) -> None:
    names = _name_pattern()
    for m in names.finditer(title_m.group()):
        cands = regions.candidates(m.name, year)
        if not cands:
            continue
        related = {region.code} | {a.code for a in regions.ancestors(region.code, year)}
        related |= {c.code for c in cands if region.code in {a.code for a in regions.ancestors(c.code, year)}}
        if not any(c.code in related for c in cands):
            notices.append(
                Notice("region_conflict", f"headline names {m.name}, the body is about {region.name}")
            )
            return


def _doc_kind(text: str, title: str) -> DocKind:
    head = text[:3000]
    if regex.search(
        r"听取(?:和|并)?审议了[^。]{0,40}政府工作报告|决定批准这个报告|关于政府工作报告的决议", text[:1500]
    ):
        return "other"  # the congress's resolution on the report
    if _OTHER_TITLES.search(title) or (
        not _REPORT_CUES.search(text[:8000]) and _OTHER_TITLES.search(head[:300])
    ):
        return "other"
    if _REPORT_CUES.search(text[:8000]):
        return "report"
    if "基于公开资料整理" in text[:3000] or len(_SUMMARY_CUES.findall(text[:6000])) >= 2:
        return "summary"
    if text.count("我们") >= 3:
        return "report"  # the government speaking in the first person
    if regex.search(r"(?:我|全)(?:市|省|区|县)[^。]{0,20}(?:要|将)", text[:6000]):
        return "summary"  # the plan retold in the third person, without the report's address
    if "政府工作报告" in head or "工作回顾" in text or "我们" in text[:6000]:
        return "report"
    return "other"
