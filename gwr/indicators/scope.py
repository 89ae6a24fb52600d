"""scope: who a figure belongs to when it is not the reporting region as a whole.

Read from the words at the head of the figure's clause, before its subject:
an enterprise group (省属企业…工业总产值), an area inside the region
(产业集聚区, 中心城区, 宁波舟山港, 每个县区), trade partners (对共建“一带一路”国家进出口), other regions named in a list
(庆阳、酒泉经济总量), or the project portfolio named earlier in the sentence
for a bare 完成投资 (实施重点项目459项，完成投资400亿元). A scoped figure is that
scope's figure: it names no indicator of the region's panel.
"""

from __future__ import annotations

import functools

import regex

from gwr import cues, numbers
from gwr.indicators.context import Alias, Sentence
from gwr.indicators.labels import without_tail_verb

_TRIGGERS = frozenset("属企区港园圈每域地业城群团司各项")  # a character every group, area or sector scope contains
_JOINERS = "、，,和及与"
_SECTOR_LAST = frozenset("业群链")  # the last character of a sector or class of firms (企业, 产业, 集群, 产业链)
_DIGIT = regex.compile(r"\d")
_CARRIED_HEAD = 8  # longest head of a clause that continues the one before (主营业务收入, 人口)


@functools.cache
def place_names() -> frozenset[str]:
    """Names of places in the gazetteer (two characters or more, not everyday words)."""
    from gwr import regions
    from gwr.lexicon import read_yaml

    stop = set(read_yaml("cues.yaml")["region_stopwords"])
    return frozenset(n for n in regions.names() if len(n) >= 2 and n not in stop)


def _own(name: str, region: str | None) -> bool:
    if not region:
        return False
    core = region.rstrip("省市县区")
    return name == region or (len(core) >= 2 and name.rstrip("省市县区") == core)


def scope_of(
    s: Sentence, q: numbers.Quantity, clause: int, alias: Alias | None, prev_end: int = 0
) -> str | None:
    """The scope of figure ``q`` whose subject is ``alias`` (None: the region as a whole)."""
    head_end = alias.start if alias is not None else q.start
    raw = s.text[clause:head_end]
    if alias is not None and alias.end < q.start and s.text[alias.end - 1] in _SECTOR_LAST:
        sector = _sector_named_by_alias(s, clause, alias, q)
        if sector is not None:
            return sector
    if len(raw) < 2 or (alias is None and not _TRIGGERS.intersection(raw) and "投资" not in raw):
        # no word any scope pattern starts from, but the clause may continue the previous one
        return _carried(s, clause, raw) if alias is None else None
    rx = cues.load().rx
    # 在每个县区选择1-2家…: the preposition is not part of the scope
    head = rx.label_trim.sub("", raw.strip()).removeprefix("在")
    year = rx.label_year.match(head)  # 到2030年“415X”集群营收…: the horizon is not part of the scope
    if year is not None:
        head = rx.label_trim.sub("", head[year.end() :])
    if not head:
        return None
    m = rx.scope_group.match(head) or rx.scope_area.match(head) or rx.scope_partner.match(head)
    if m is not None and (alias is not None or m.end() < len(head) or head.startswith("每")):
        return None if _own(m.group(), s.meta.region_name) else m.group()  # an area that is the whole head is what a count counts (完成中心城区4所小学…)
    if alias is not None:
        return _regions_at_head(head, s.meta.region_name)
    m = rx.scope_sector.match(head) or rx.scope_project_investment.match(head)
    if m is not None:
        return m.group(1)
    return _portfolio(s, q, clause, prev_end) or _carried(s, clause, raw)


def _sector_named_by_alias(s: Sentence, clause: int, alias: Alias, q: numbers.Quantity) -> str | None:
    """The class of firms an alias names when its takings follow (高新技术企业营收增长10%: not the
    count of 高新技术企业 but those firms' revenue), or None."""
    rx = cues.load().rx
    lead = s.text[clause : q.start].strip()
    trimmed = rx.label_trim.sub("", lead)
    m = rx.scope_sector.match(trimmed)
    if m is None or clause + len(lead) - len(trimmed) + m.end("s") < alias.end:
        return None  # the sector ends before the alias does (高新技术产业产值: the alias names the series)
    return m.group("s")


def _carried(s: Sentence, clause: int, raw: str) -> str | None:
    """The area of the clause before when this one only continues it with a short head naming a
    quantity of it (中心城区面积接近100平方公里，人口接近100万人; 全市产业集聚区完成固定资产投资1100亿元，
    完成主营业务收入2200亿元), or None. A head naming the whole region (全市…) starts afresh; a head
    naming an action (实现自主创业脱贫1万人) is the region's own count."""
    rx = cues.load().rx
    head = without_tail_verb(rx.label_trim.sub("", raw.strip()))
    if (
        clause <= s.start
        or len(head) > _CARRIED_HEAD
        or not rx.scope_carried_head.search(head)
        or rx.scope_whole.match(raw.strip())
    ):
        return None
    before = s.clause(clause - 1)
    figure = _DIGIT.search(s.text, before, clause - 1)
    if figure is None:
        return None  # the clause before states no figure of the area
    prev = rx.label_trim.sub("", s.text[before : figure.start()].strip()).removeprefix("在")
    m = rx.scope_group.match(prev) or rx.scope_area.match(prev)
    if m is None or m.end() >= len(prev) or prev.startswith("每"):
        return None
    return m.group()


def _portfolio(s: Sentence, q: numbers.Quantity, clause: int, prev_end: int) -> str | None:
    """The project portfolio named before a bare 完成投资 (实施重点项目459项，完成投资400亿元;
    建设亿元以上项目4000个、完成投资超4500亿元) or before the share of a kind of its projects when it is
    counted (重大项目1678个，年度投资1.1万亿元，产业项目数占比达到58%), or None."""
    rx = cues.load().rx
    lo = max(clause, prev_end)
    piece_at = max((s.text.rfind(j, lo, q.start) for j in _JOINERS), default=-1)
    start = max(lo, piece_at + 1)
    piece = without_tail_verb(rx.label_trim.sub("", s.text[start : q.start].strip()))
    share = rx.scope_portfolio_share.match(piece) is not None
    if not (share or rx.scope_investment_head.match(piece)) or s.text.startswith("的", q.end):
        return None  # 投资31.1亿元的天威薄膜电池二期: one project named by its investment
    found = list(rx.scope_project.finditer(s.text, s.start, start))
    if not found or (share and not _DIGIT.match(s.text, found[-1].end())):
        return None  # 项目准入…，工业项目“标准地”出让比例超80%: no portfolio counted before the share
    name = rx.scope_project_trim.sub("", found[-1].group("p")).strip("“”")
    return rx.label_trim.sub("", name) or None


def _regions_at_head(head: str, region: str | None) -> str | None:
    """庆阳、酒泉: the head is a list of other regions' names (each in the gazetteer)."""
    rx = cues.load().rx
    names = place_names()
    listed = rx.scope_region_count.search(head)
    if listed is not None:
        head = head[: listed.start()]  # 庆阳、酒泉两市: the places, then their count
    parts = [p for p in rx.scope_region_joiner.split(head) if p]
    if not parts or len(parts) > 8 or (region is None and len(parts) < 2):
        return None  # one name and no known region of the report: it may be the report's own
    for p in parts:
        if p not in names or _own(p, region):
            return None
    return head
