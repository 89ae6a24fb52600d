"""region: whose report it is, as a GB/T 2260 division of the report's year.

Votes from the meeting line (在满城区第X届人民代表大会…), the speaker line, 我代表…
人民政府, the title, how often places are named near the top of the body, the
scraper header and the container's region column; each vote counts for every
division the name may mean in that year, and for its parents a little, so the
city and province the text names make an ambiguous county name concrete.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass

import regex

from gwr import regions
from gwr.meta.vote import Vote
from gwr.types import CleanText, Evidence, Level, Notice

# place names are counted in the first part of the body only: enough to tell
# whose report it is, and scanning whole national reports costs more than it tells
_FREQUENCY_WINDOW = 12000
_ON_BEHALF = regex.compile(
    r"我代表(?P<state>国务院|中央人民政府)|我代表(?P<who>[\p{Han}]{2,16}?)(?:人民政府|政府)"
)
# 全县 / 我区 / 本市: how the report names its own region (全区域, 全市场, 全国性 are no such words)
_LOCAL = regex.compile(r"(?:我|全|本)(?P<unit>省|市|区|县|州|盟|旗|国)(?!域|场|性|级|内外|范围)")
# names that contain a division's name without being one (安新 in 雄安新区): matched and skipped
_NOT_DIVISIONS = ("雄安新区", "雄安", "新安江", "安新镇", "北京路", "上海路", "南京路", "中山路", "中山大学")
# a name followed by one of these is a town, a street or an institution named after the place
# (新安镇, 北京城市学院, 北京客商), named in passing
_IN_PASSING = regex.compile(
    r"镇|乡|村|街道|社区|路|街|大道|大学|学院|中学|小学|学校|医院|银行|集团|公司|客商|援建|对口|四中|校区|高速|铁路|机场|港|站"
)
# the national people's congress, named in a title (全国 is no name in the body: 全国第一)
_NPC = regex.compile(r"全国人民代表大会|全国人大")
# the lines that say whose report it is: the meeting, the speaker and 我代表…人民政府
_LINES = ("meeting", "speaker", "on behalf")
# provinces that speak of themselves as 全区: 内蒙古, 广西, 西藏, 宁夏, 新疆 (北京 or 上海 say 全市)
_AUTONOMOUS_REGIONS = frozenset({"15", "45", "54", "64", "65"})
# the levels a report speaking of 全县 / 全区 can be delivered at: a county-level 区 is a district,
# a province-level 区 an autonomous region
_SPEAKS_AS: dict[str, frozenset[Level]] = {
    "县": frozenset({"county"}),
    "旗": frozenset({"county"}),
    "区": frozenset({"district", "province"}),
}

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
        for name in (*regions.names(), *_NOT_DIVISIONS):
            if len(name) >= 2 and name not in stop:
                by_prefix.setdefault(name[:2], []).append(name)
        self.by_prefix = {k: sorted(set(v), key=len, reverse=True) for k, v in by_prefix.items()}
        self.blocked = frozenset(_NOT_DIVISIONS)

    def finditer(self, s: str) -> list[_Hit]:
        out = []
        i, n = 0, len(s) - 1
        by_prefix = self.by_prefix
        while i < n:
            names = by_prefix.get(s[i : i + 2])
            if names is not None:
                for name in names:
                    if s.startswith(name, i):
                        if name not in self.blocked:
                            out.append(_Hit(i, i + len(name), name))
                        i += len(name) - 1
                        break
            i += 1
        return out


@functools.cache
def _name_pattern() -> _Names:
    return _Names()


def find_region(
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
    votes: list[Vote] = []
    names = _name_pattern()

    def name_votes(s: str, offset: int, weight: float, source: str) -> None:
        for m in names.finditer(s):
            votes.append(Vote(m.name, offset + m.start, offset + m.end, weight, source))

    def line_votes(s: str, offset: int, weight: float, source: str) -> None:
        # 在南京市鼓楼区…人民代表大会: the city qualifies the district that holds the meeting
        for hit, cands in _qualified(names.finditer(s), year):
            votes.append(Vote(cands, offset + hit.start, offset + hit.end, weight, source))

    if meeting_m:
        if meeting_m.group("national"):
            votes.append(Vote("全国", meeting_m.start("meeting"), meeting_m.end("meeting"), 6, "meeting"))
        body = meeting_m.group("body")
        if body:
            line_votes(body, meeting_m.start("body"), 6, "meeting")
    if speaker_m:
        line_start = text.rfind("\n", 0, speaker_m.start()) + 1
        prefix = text[line_start : speaker_m.start("office")]
        if "国务院" in speaker_m.group("office") or speaker_m.group("office").endswith("总理"):
            votes.append(Vote("国务院", speaker_m.start("office"), speaker_m.end("office"), 5, "speaker"))
        line_votes(prefix[-20:], speaker_m.start("office") - len(prefix[-20:]), 4, "speaker")
    for m in _ON_BEHALF.finditer(text[:6000]):
        if m.group("state"):
            votes.append(Vote("国务院", m.start("state"), m.end("state"), 5, "on behalf"))
        else:
            line_votes(m.group("who"), m.start("who"), 5, "on behalf")
        break
    if title_m:
        name_votes(title_m.group(), title_m.start(), title_weight, "title")

    # body frequency: how often each place is named, weighted toward the top
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    headline = (title_m.start(), title_m.end()) if title_m else (0, 0)
    window = text[:_FREQUENCY_WINDOW]
    strong = [v for v in votes if v.source in _LINES]
    if strong:
        # the meeting, speaker or "我代表…" line names the place: count only it and
        # its parents (to tell 中山区 of 大连 from the other 中山区), with str.count
        pool: set[str] = set()
        for v in strong:
            for r in _vote_candidates(v, year):
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
            if _IN_PASSING.match(window, hit.end):
                continue
            counts[hit.name] += 1
            first.setdefault(hit.name, (hit.start, hit.end))
    local = Counter(m.group("unit") for m in _LOCAL.finditer(text))
    for name, n in counts.most_common(6):
        s, e = first[name]
        votes.append(Vote(name, s, e, min(3.0, 0.5 + n / 4), "body"))
    prov = clean.raw.provenance
    # the scraper header's issuer, and the title a header or a container's column gives
    # when the text's own head line is another (1964年中华人民共和国国务院政府工作报告 over a
    # text that opens with 五年来…)
    header_title = hints.get("title") or prov.title or ""
    if title_m is not None and header_title.strip() == title_m.group().strip():
        header_title = ""
    for line in (hints.get("发布机构", ""), hints.get("发文单位", ""), header_title):
        for hit in names.finditer(line):
            votes.append(Vote(hit.name, -1, -1, 1.5, "header"))
    if _NPC.search(header_title):  # …全国人民代表大会第二次会议关于政府工作报告的决议
        votes.append(Vote("全国", -1, -1, 1.5, "header"))
    if prov.region_hint:
        for hit in names.finditer(prov.region_hint):
            votes.append(Vote(hit.name, -1, -1, 1.5, "container"))
    if not votes:
        return None
    return _resolve(votes, year, local, title_m, evidence, notices, text)


def _resolve(
    votes: list[Vote],
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
    full = score  # every scored division, kept when the level filter narrows ``score``
    where: dict[str, Vote] = {}
    for v in votes:
        cands = _vote_candidates(v, year)
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
    speaks_as = _speaks_as(local)
    if speaks_as is not None:
        # a report that speaks of 全县 is a county's: a city or a province named more often
        # (its superiors, Beijing in passing) cannot be the one delivering it
        fitting = {
            c for c in score
            if (f := regions.by_code(c, year)) is not None and f.level in speaks_as
            and (f.level != "province" or c[:2] in _AUTONOMOUS_REGIONS)
        }  # fmt: skip
        if not fitting:
            named = max(score, key=lambda c: score[c])
            most = regions.by_code(named, year)
            notices.append(
                Notice(
                    "region_uncertain",
                    f"the report speaks as a {'/'.join(sorted(speaks_as))} but names none"
                    + (f" (it names {most.name})" if most is not None else ""),
                )
            )
            return None
        score = defaultdict(float, {c: score[c] for c in fitting})

    def rank(code: str) -> tuple[float, float]:
        r = regions.by_code(code, year)
        bonus = 0.0
        if r is not None and r.level in local_levels:
            bonus = 1.0
        # ancestors named in the text make an ambiguous county name concrete
        # (``full``: an ancestor dropped by the level filter still tells where)
        anc = sum(full.get(a.code, 0) + support.get(a.code, 0) for a in regions.ancestors(code, year))
        return score[code] + bonus + min(anc, 2.0) * 0.25, support.get(code, 0.0)

    best_code = max(score, key=rank)
    region = regions.by_code(best_code, year)
    if region is None:
        return None
    v = where[best_code]
    strong = sum(x.weight for x in votes if x.source in _LINES)
    conf = 0.95 if v.source in _LINES else (0.8 if strong == 0 else 0.7)
    # the same name for divisions under different parents, none of them named: cannot tell
    best_rank = rank(best_code)
    twins = [
        c for c in score
        if c != best_code and rank(c) == best_rank
        and (t := regions.by_code(c, year)) is not None and region.name in (t.name, t.short)
    ]  # fmt: skip
    if twins:
        names = "、".join(sorted({f"{region.name} ({c})" for c in [best_code, *twins]}))
        notices.append(
            Notice("region_uncertain", f"the name may mean any of {names}; the text names no parent")
        )
        return None
    if v.source in ("body", "header", "container"):
        # only how often places are named tells: a close second that is no relative is a doubt
        kin = {best_code} | {a.code for a in regions.ancestors(best_code, year)}
        rivals = [
            c for c in score
            if c not in kin and best_code not in {a.code for a in regions.ancestors(c, year)}
        ]  # fmt: skip
        second = max((rank(c)[0] for c in rivals), default=0.0)
        rival = regions.by_code(max(rivals, key=rank), year) if rivals else None
        county_level = region.level in ("county", "district") or (
            rival is not None and rival.level in ("county", "district")
        )
        if county_level and second > 0 and best_rank[0] < 1.25 * second:
            notices.append(
                Notice(
                    "region_uncertain",
                    f"only how often places are named tells {region.name}"
                    + (f" from {rival.name}" if rival is not None else ""),
                )
            )
            conf = 0.4
    if v.start >= 0:
        evidence["region_name"] = Evidence(v.start, v.end, conf)
        evidence["region_code"] = Evidence(v.start, v.end, conf)
        evidence["level"] = Evidence(v.start, v.end, conf)
    if title_m:
        _title_conflict(title_m, region, year, notices)
    return region


def _vote_candidates(v: Vote, year: int | None) -> tuple[regions.Region, ...]:
    """The divisions a vote may mean: those of its name, or those a line narrowed it to."""
    if isinstance(v.value, tuple):
        return v.value
    return _candidates(str(v.value), year)


def _qualified(hits: list[_Hit], year: int | None) -> list[tuple[_Hit, tuple[regions.Region, ...]]]:
    """The names of a meeting, speaker or 我代表… line with the divisions each may mean,
    read as a chain (南京市鼓楼区, 辽宁省大连市中山区): a name followed by a division
    under it only qualifies that division, which keeps those under it (鼓楼区 of 南京,
    not of 福州 or 徐州) and votes for itself no more."""
    out: list[tuple[_Hit, tuple[regions.Region, ...]]] = []
    for hit in hits:
        cands = _candidates(hit.name, year)
        if out:
            parents = {r.code for r in out[-1][1]}
            under = tuple(r for r in cands if parents & {a.code for a in regions.ancestors(r.code, year)})
            if under:
                out[-1] = (hit, under)
                continue
        out.append((hit, cands))
    return out


def _candidates(name: str, year: int | None) -> tuple[regions.Region, ...]:
    """The divisions ``name`` may mean in the report's year or at the end of the
    year before, which a report delivered early in the year describes (满城 in a
    2015 report: 满城县, which became 满城区 that year)."""
    now = regions.candidates(name, year)
    if year is None:
        return now
    codes = {r.code for r in now}
    return now + tuple(r for r in regions.candidates(name, year - 1) if r.code not in codes)


def _speaks_as(local: Counter[str]) -> frozenset[Level] | None:
    """The levels a report is delivered at when it speaks of itself as 全县 / 我区
    more than as 全市 or 全省 (None: it does not, or it speaks as a city or above)."""
    unit, n = max(((u, local.get(u, 0)) for u in _SPEAKS_AS), key=lambda x: x[1])
    if n < 3 or n < local.get("市", 0) or n < local.get("省", 0):
        return None
    return _SPEAKS_AS[unit]


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
