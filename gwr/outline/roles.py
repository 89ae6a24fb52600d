"""roles: a heading's title -> the kind of part it opens, and the years it covers.

A title names a kind of part (工作回顾, 主要目标任务, 重点工作, 远景目标 ...) and
usually a horizon: one year (2026年), a five-year plan (“十五五”时期 → 2026–2030),
a span (2021—2025年), or a relative one (过去五年, 今后五年, 今年) that only the
document's anchor year (the year it plans) turns into years. Kind and horizon
together give the role:

    review + a year or none        review          (last year's review)
    review + a plan period         review_period   (这五年, “十四五”时期工作回顾)
    targets / tasks + a year       plan_targets / plan_tasks
    targets / tasks + a period     plan_period     (“十五五”时期主要目标任务)
    远景 / 2035年 / 今后十五年       vision

Only the head of a title counts: a heading fused to its first sentence
("2007年工作的主要目标和任务今年是“十一五”规划的第二年") is read up to the end of its
last kind word, so the period named in the sentence does not leak into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from gwr.types import Role

Kind = Literal["review", "targets", "tasks", "work", "vision", "plan", "self_government", "glossary"]
# relative horizons, resolved against the anchor year (the year the report plans)
Relative = Literal["past5", "next5", "next15", "this_year", "last_year"]

_CN = {"〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
       "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip

_KINDS: tuple[tuple[Kind, regex.Pattern[str]], ...] = (
    ("glossary", regex.compile(r"名词解释|名词注释|^注释|附注|词语解释")),
    (
        "self_government",
        regex.compile(r"自身建设|政府建设|服务型政府|法治政府|人民满意的政府|廉洁政府|政府作风"),
    ),
    ("vision", regex.compile(r"远景目标|远景规划|远景|二〇三五年|2035年")),
    # the explanation of a five-year plan's outline (关于“十一五”规划《纲要（草案）》的说明): the plan period
    ("plan", regex.compile(r"(?:规划|计划)(?:纲要|[《“]纲要)|(?:规划|计划)[^，。；]{0,16}的说明")),
    (
        "review",
        regex.compile(
            r"回顾|过去(?:的)?一年|五年来|一年来|工作总结|基本总结|发展成就|(?:重大|显著|伟大|巨大)成就|执行情况"
            r"|(?:取得|主要)(?:的)?(?:成绩|成就)|主要成就|(?:工作|主要|发展)成效|^[一二三四五六七八九十、\s]*过去(?:的)?五年(?:的)?(?:政府)?工作$"
        ),
    ),
    (
        "targets",
        regex.compile(
            r"总体要求|预期目标|主要目标|目标任务|目标和任务|指导思想|奋斗目标|总体思路|工作目标|发展目标|主要考虑"
            r"|基本思路|指导原则|指导方针|政策取向|工作思路|基本任务|战略任务|总体部署|主要指标"
        ),
    ),
    (
        "tasks",
        regex.compile(
            r"工作安排|总体安排|重点工作|主要任务|工作任务|重点任务|今年(?:的)?(?:主要)?工作|工作部署|重大举措|战略举措"
            r"|战略重点|工作建议|工作的建议|主要措施|政府工作的建议|做好[\d\s]{4,9}年(?:的)?工作"
            r"|[\d\s]{4,9}年(?:的)?(?:政府)?工作(?:的)?(?:建议)?$|(?:民生|惠民)实事(?:项目)?(?:清单)?$"
        ),
    ),
    # 主要工作: last year's work in a review heading, this year's in a plan heading;
    # the document decides (see outline._tree)
    ("work", regex.compile(r"主要工作|政府主要工作")),
)
_PLAN_KINDS = frozenset({"targets", "tasks"})
_SHORT = 32  # a title this short is the heading alone: all of it counts
_JOINERS = "和及与、暨以"
_CLAUSE = regex.compile(r"[，,。；;：:]|是|要|将")

_YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d|1\s?[89]\s?\d\s?\d|2\s?0\s?\d\s?\d)"
_YEAR_CN = r"(?:[一二][〇○零OＯ一二三四五六七八九]{3})"
_FYP_QUOTED = regex.compile(
    r"[“\"「‘']\s*(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])\s*五\s*[”\"」’']"
)
_FYP_BARE = regex.compile(r"(?P<n>十[一二三四五六七八九]|[五六七八九])五(?=时期|期间|规划|计划|以来|末)")
_FYP_LONG = regex.compile(r"第(?P<n>[一二三四五六七八九十]{1,3})个五年(?:计划|规划)")
_SPAN = regex.compile(rf"(?P<a>{_YEAR_DIGITS})\s*[—\-–~～至到]+\s*(?P<b>{_YEAR_DIGITS})\s*年")
_YEAR = regex.compile(rf"(?P<y>{_YEAR_DIGITS}|{_YEAR_CN})\s*年(?!代)")
_RELATIVE: tuple[tuple[Relative, regex.Pattern[str]], ...] = (
    ("past5", regex.compile(r"过去(?:的)?五年|五年来|这五年|本届政府|的五年|上届政府")),
    ("next5", regex.compile(r"今后五年|未来五年|今后几年")),
    ("next15", regex.compile(r"今后十五年|未来十五年")),
    ("last_year", regex.compile(r"过去(?:的)?一年|一年来|去年")),
    ("this_year", regex.compile(r"今年|本年度")),
)


@dataclass(frozen=True, slots=True)
class Horizon:
    """A time named in a title: ``period`` when the title gives the years,
    ``relative`` when only the document's anchor year does; ``plan`` for a
    multi-year span (a five-year plan, 过去五年)."""

    at: int  # offset in the title
    period: tuple[int, int] | None
    relative: Relative | None
    multi: bool


@dataclass(frozen=True, slots=True)
class Reading:
    """What a title says: its kind of part (None: none named) and its horizon."""

    kind: Kind | None
    horizon: Horizon | None
    # a plan period named after a single year in a review title (2020年工作回顾和“十三五”时期发展成就):
    # the body reviews the year first, then the period
    then_period: tuple[int, int] | None = None
    # a plan named after a review (“十二五”重大成就及“十三五”主要目标): the body reviews first, then plans
    then_plan: tuple[int, int] | None = None
    # a year named after a plan period (“十五五”时期目标任务和2026年工作安排): the body plans the period
    # first, then the year
    then_year: tuple[int, int] | None = None


def fyp_years(n: int) -> tuple[int, int]:
    """Years of the n-th five-year plan: 1 → 1953–1957, 14 → 2021–2025, 15 → 2026–2030."""
    if n == 1:
        return 1953, 1957
    if n == 2:
        return 1958, 1962
    start = 1966 + 5 * (n - 3)  # after the 1963–1965 readjustment
    return start, start + 4


def cn_number(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN[tens] if tens else 1) * 10 + (_CN[ones] if ones else 0)
    return _CN[s]


def _year(s: str) -> int:
    s = s.replace(" ", "")
    if s.isdigit():
        return int(s)
    return int("".join(str(_CN[c]) for c in s))


def read_title(title: str) -> Reading:
    """Kind and horizon of a heading title (numbering marker included or not)."""
    kinds = _head_kinds(
        sorted((m.start(), m.end(), kind) for kind, p in _KINDS for m in p.finditer(title)), title
    )
    if not kinds:
        return Reading(None, _horizon(title, len(title)))
    head_end = len(title) if len(title) <= _SHORT else max(e for _, e, _ in kinds)
    found = {k for _, _, k in kinds}
    if "glossary" in found:
        return Reading("glossary", None)
    if "self_government" in found:
        return Reading("self_government", None)
    if "plan" in found and not found & {"review", "targets", "tasks", "work"}:
        return Reading("plan", _horizon(title, head_end))
    kinds = [k for k in kinds if k[2] != "plan"]
    found.discard("plan")
    if not kinds:
        return Reading(None, _horizon(title, len(title)))
    plan = [(s, k) for s, _, k in kinds if k in _PLAN_KINDS]
    review_at = next((s for s, _, k in kinds if k == "review"), None)
    if plan and review_at is not None and review_at < plan[0][0]:
        # “十二五”重大成就及“十三五”主要目标: a review first (over what it names before the plan), then the plan
        h = _horizon(title, plan[0][0])
        later = _horizon(title, head_end, before=plan[0][0] + 1)
        turn = later.period if later is not None and later is not h and later.multi else None
        return Reading("review", h, then_plan=turn)
    if plan:
        # a plan named beside a review (“十三五”时期发展成就和“十四五”时期主要目标任务) is read as the plan,
        # over the horizon nearest before its kind word, or the year inside it (做好2011年工作);
        # 目标和任务: the targets come first in the body
        at, kind = plan[0]
        if kind == "tasks" and "targets" in found:
            kind = "targets"
        at_end = next(e for s, e, k in kinds if s == at and k in _PLAN_KINDS)
        h = _horizon(title, at_end, single=True, after=at - 1) or _horizon(title, head_end, before=at)
        if h is not None and h.multi:
            # “十五五”时期目标任务和2026年工作安排: the body turns to the year after the period
            year = _horizon(title, head_end, single=True, after=h.at)
            if year is not None and year.period is not None:
                return Reading(kind, h, then_year=year.period)
        return Reading(kind, h)
    if "vision" in found:
        # 2035年远景目标: the horizon year, not the plan period named beside it
        return Reading("vision", _horizon(title, head_end, single=True) or _horizon(title, head_end))
    if "review" in found:
        h = _horizon(title, head_end)
        first = _horizon(title, head_end, first=True)
        if h is not None and first is not None and h.multi and not first.multi and first.period is not None:
            return Reading("review", first, h.period)
        return Reading("review", h)
    return Reading("work", _horizon(title, head_end))


def _head_kinds(kinds: list[tuple[int, int, Kind]], title: str) -> list[tuple[int, int, Kind]]:
    """The kind words of the heading proper: the first, and those joined to it
    (总体要求和主要目标, 重大成就及“十三五”主要目标); a kind word further on belongs to a
    fused first sentence (2025年重点工作围绕实现今年发展目标，…)."""
    kept: list[tuple[int, int, Kind]] = []
    for k in kinds:
        if kept and k[0] > kept[-1][1]:
            gap = title[kept[-1][1] : k[0]]
            joined = len(gap) <= 3 or (gap[0] in _JOINERS and len(gap) <= 12 and not _CLAUSE.search(gap))
            if not joined:
                break
        kept.append(k)
    return kept


def _horizon(
    title: str,
    head_end: int,
    before: int | None = None,
    single: bool = False,
    first: bool = False,
    after: int = -1,
) -> Horizon | None:
    """The horizons of ``title[:head_end]``; a multi-year one wins over a single year
    (“十四五”时期和2025年工作回顾 is the five-year review). With ``before``, the
    last horizon starting before that offset, else the first."""
    s = title[:head_end]
    found: list[Horizon] = []
    for p in (_FYP_QUOTED, _FYP_BARE, _FYP_LONG):
        for m in p.finditer(s):
            found.append(Horizon(m.start(), fyp_years(cn_number(m.group("n"))), None, True))
    for m in _SPAN.finditer(s):
        a, b = _year(m.group("a")), _year(m.group("b"))
        if a < b <= a + 15:
            found.append(Horizon(m.start(), (a, b), None, True))
    spans = [(h.at, h.at + 12) for h in found]
    for m in _YEAR.finditer(s):
        if any(a <= m.start() < b for a, b in spans):
            continue
        y = _year(m.group("y"))
        if 1949 <= y <= 2100:
            found.append(Horizon(m.start(), (y, y), None, False))
    for rel, p in _RELATIVE:
        for m in p.finditer(s):
            found.append(Horizon(m.start(), None, rel, rel in ("past5", "next5", "next15")))
    if single:
        found = [h for h in found if h.period is not None and not h.multi]
    found = [h for h in found if h.at > after]
    if not found:
        return None
    found.sort(key=lambda h: h.at)
    if first:
        return found[0]
    if before is not None:
        prior = [h for h in found if h.at < before]
        if prior:
            multi = [h for h in prior if h.multi]
            return multi[-1] if multi else prior[-1]
        return found[0]  # the time inside or right after the kind word (做好1996年的工作，为“九五”…)
    multi = [h for h in found if h.multi]
    return multi[0] if multi else found[0]


def role_of(reading: Reading) -> Role | None:
    """The role a reading gives by itself (None: no kind named; ``work`` is
    settled by the document)."""
    kind, h = reading.kind, reading.horizon
    if kind is None or kind == "work":
        return None
    if kind in ("glossary", "self_government"):
        return kind
    if kind == "vision" or (h is not None and h.relative == "next15"):
        return "vision"
    if kind == "plan":
        return "plan_period"
    multi = h is not None and h.multi
    if kind == "review":
        return "review_period" if multi else "review"
    if multi:
        return "plan_period"
    return "plan_targets" if kind == "targets" else "plan_tasks"


def period_of(reading: Reading, anchor: int | None) -> tuple[int, int] | None:
    """The years a part covers, from its horizon (a relative one needs the
    document's anchor year, the year it plans)."""
    h = reading.horizon
    if h is None:
        return None
    if h.period is not None:
        return h.period
    if anchor is None:
        return None
    return {
        "past5": (anchor - 5, anchor - 1),
        "next5": (anchor, anchor + 4),
        "next15": (anchor, anchor + 14),
        "last_year": (anchor - 1, anchor - 1),
        "this_year": (anchor, anchor),
    }[h.relative or "this_year"]
