"""when: a figure's status, strength and year, read over a frozen sentence context.

Decides whether a figure is a target, a result or an estimate (section role,
预计, 主要预期目标是, past and perfective cues, the position of an unnamed
section), how binding a target is (确保 vs 力争), and which year it refers to
(named horizons, years, 今年, the plan period for annual averages).
"""

from __future__ import annotations

import regex

from gwr import cues, numbers
from gwr.indicators.context import Sentence
from gwr.types import Aggregate, Measure, Role, Status, Strength

_BASE_LAST = frozenset("由从年的底末前月人均★☆")  # the last character of any from_base match
_BASE_LIST = 40  # characters a list of bases may take before a later base of it
_TO_END = 30  # characters read after a base for the verb that leads to the end value
_ESTIMATE_STATEMENT = 4  # words after a 预计 that make a statement of its own (预计今年财政收入继续恢复增长)
_ESTIMATE_HEAD = 3  # words a clause-opening 预计 may follow (据, 全年)
REVIEW: frozenset[Role | None] = frozenset({"review", "review_period"})
PLAN: frozenset[Role | None] = frozenset(
    {"plan_targets", "plan_tasks", "plan_period", "vision", "self_government"}
)


def estimated(s: Sentence, pos: int) -> bool:
    """A 预计 governs the figure at ``pos``: one that opens a clause (预计全年, 根据预计)
    or names an estimate (预计产量) governs the rest of the sentence; one between a
    subject and its verb (数字经济增加值预计达3.4万亿元；…) only up to the next ；; one
    whose clause states a whole estimate with no figure (预计今年财政收入继续恢复增长，…)
    only that clause."""
    rx = cues.load().rx
    for a, b in s.spans("estimate", cues.load().estimate):
        if b > pos:
            break
        end = s.clause_end(a)
        if pos >= end and _bare_statement(s.text[b:end]):
            continue
        head = s.text[s.clause(a) : a].strip()
        if (
            len(head) <= _ESTIMATE_HEAD
            or not rx.estimate_verb.match(s.text, b)
            or not any(ch in "；;" for ch in s.text[b:pos])
        ):
            return True
    return False


def _bare_statement(words: str) -> bool:
    """Words after a 预计 that say something on their own, with no figure in them
    (an aside in brackets does not count: 根据预计数字（实际完成的统计数字，…）)."""
    words = words.split("（")[0].split("(")[0]
    return len(words) > _ESTIMATE_STATEMENT and cues.load().rx.numeral.search(words) is None


def status(s: Sentence, pos: int, clause: int) -> Status:
    if estimated(s, pos):
        return "estimate"
    if s.cue("target_sentence", pos) and not s.cue("done", pos):
        return "target"  # 主要预期目标是：… wherever the outline put it
    ry, vy = s.meta.report_year, s.meta.review_year
    years = s.named_years(pos)
    explicit = years[-1] if years else None
    horizon = _ahead(s, s.horizon(pos))
    if s.role in REVIEW:
        if s.cue("done", pos):
            return "actual"  # 完成了“八五”计划: a plan fulfilled
        if explicit is not None and ry is not None and explicit >= ry and s.cue("target", pos):
            return "target"
        if horizon and s.cue("target", pos):
            return "target"
        return "actual"
    if s.role in PLAN:
        if explicit is not None and vy is not None and explicit <= vy and not horizon:
            return "actual"
        if s.cue("past", pos) and not s.cue("target", pos, clause):
            return "actual"
        now = s.last_end("present", cues.load().rx.present, pos)
        if now >= 0 and not s.cue("target", pos, now):
            return "actual"  # 目前…比全省低12个百分点: the present, up to the next target word
        if s.cue("done", s.end):
            return "actual"  # 实现了年初预定的调控目标: a result reported in the plan part
        return "target"
    # before the first heading or in an unnamed section: read the cues
    if horizon or (explicit is not None and ry is not None and explicit >= ry):
        return "target"
    if explicit is not None and vy is not None and explicit <= vy:
        return "actual"
    rx = cues.load().rx
    para = s.text[s.text.rfind("\n", 0, s.start) + 1 : s.start][:60]
    opening = para.lstrip()
    if rx.para_plan.match(para) or (ry and opening.startswith(f"{ry}年")):
        return "target"  # a paragraph about this year's plan
    if rx.para_past.match(para) or (vy and opening.startswith(f"{vy}年")):
        return "actual"
    # outside named sections only clear past cues make a result
    if s.cue("past_loose", pos):
        return "actual"
    near = rx.year_in.findall(s.text, max(0, s.start - 300), s.start)
    if near and vy is not None and int(near[-1]) <= vy and not s.cue("target", pos):
        return "actual"  # the paragraph is about the reviewed year
    return "target"


def acts_on_set(s: Sentence, q: numbers.Quantity, clause: int) -> bool:
    """A count in a plan of a set the sentence acts upon (壮大19个省级先进制造业集群,
    高质量建好15个主平台, 抓好A、B等176家企业发展, 全省320家食堂实现…):
    it describes the object and commits to no number. So does a count right after
    examples of what it counts (在涞源、曲阳等17个县城), unless it counts projects
    (a portfolio: a judgement call) or things to build, finish or add (打通A、B等10条断头路,
    新增A、B等250家). A comparator after the count (培育10个以上)
    makes it a number to reach."""
    if q.kind != "number" or q.value is None or not numbers.counter_unit(q.unit):
        return False
    rx = cues.load().rx
    if rx.comparator_after_figure.match(s.text[q.end : q.end + 2]):
        return False
    if rx.acts_on_set_before.search(s.text, clause, q.start) is not None:
        return True
    return (
        rx.named_examples_before.search(s.text, clause, q.start) is not None
        and rx.portfolio_after.match(s.text, q.end, s.clause_end(q.end)) is None
        and rx.task_verb.search(s.text, clause, q.start) is None  # 打通A、B等10条断头路: things to get done
    )


def people_of_the_region(s: Sentence, q: numbers.Quantity) -> bool:
    """``q`` counts the people of the region, named as such (全市1100万人民, 800万勤劳的驻马店人民,
    7400多万燕赵儿女): a fact, not a number to reach. The number reader may have taken the 人 of
    人民 as its unit."""
    if q.kind != "number" or q.scale == 1 or q.unit not in (None, "person"):
        return False
    at = q.end - 1 if q.raw.endswith("人") else q.end
    return cues.load().rx.people_of_region_after.match(s.text[at : at + 14]) is not None


def _ahead(s: Sentence, h: regex.Match[str] | None) -> regex.Match[str] | None:
    """``h`` when it ends after the reviewed year (从2003年到2006年 in a report of 2007 names a past period)."""
    vy = s.meta.review_year
    if h is None or vy is None:
        return h
    span = horizon_span(s, h)
    return h if span is None or span[1] > vy else None


def strength(s: Sentence, pos: int) -> Strength | None:
    """确保/必须 (hard) or 力争/争取 (soft) in the figure's own clause."""
    c = cues.load()
    clause_before = s.text[s.clause(pos) : pos][-30:]
    if c.hard.search(clause_before):
        return "hard"
    if c.soft.search(clause_before):
        return "soft"
    return None


def horizon_span(s: Sentence, h: regex.Match[str]) -> tuple[int, int] | None:
    """The first and last year a horizon phrase names: 到2030年 (the report year to
    2030), “十四五”期间 (2021–2025), 利用三年时间 (three years from the report year),
    今后五年 (five years from it, or the plan named before it in the sentence)."""
    c = cues.load()
    ry = s.meta.report_year
    groups = h.groupdict()
    if groups.get("y"):
        end = int(groups["y"])
        return (min(ry, end) if ry else end), end
    if groups.get("p"):
        last = c.plan_end.get(groups["p"])
        return None if last is None else (last - 4, last)
    if ry is None:
        return None
    if groups.get("n"):
        return ry, ry + int(numbers.parse_cn_number(groups["n"])) - 1  # 三年, 两年, 10年
    for before in reversed(s.horizons()):  # 五年 after “十一五”期间: the plan's five years
        if before.end() <= h.start() and before.groupdict().get("p"):
            return horizon_span(s, before)
    return ry, ry + 4


def year(s: Sentence, status: Status, pos: int) -> int | None:
    """The year a figure refers to: the latest time reference before it in
    its sentence (a horizon such as 到2020年 / 十三五期末 / 今后五年, a year
    named for a target, 今年), else the report year for targets and the
    reviewed year for results and estimates."""
    c = cues.load()
    ry = s.meta.report_year
    horizon = s.horizon(pos)
    this_year = s.last_end("this_year", c.rx.this_year, pos)
    if status in ("target", "estimate") and horizon is not None and horizon.end() > this_year:
        span = horizon_span(s, horizon)
        return None if span is None else span[1]
    years = s.named_years_at(pos)
    if (
        status == "estimate"
        and s.role in PLAN
        and ry is not None
        and (this_year >= 0 or s.last_end("hope", c.rx.hope, pos) >= 0)
    ):
        return ry  # 预计今年…, 有望达到…: an estimate for the year being planned
    if status == "target":
        if (
            ry is not None
            and s.cue("next_year", pos, s.clause(pos))
            and s.last_end("next_year", c.rx.next_year, pos) > this_year
        ):
            # 明年将安排200亿元; in a report delivered late in the year before, 明年 is the plan's year
            delivered = s.meta.delivered_on or ""
            return ry if delivered[:4] == str(ry - 1) else ry + 1
        for e, y in reversed(years):  # the last year named after 今年 that a target can be for
            if e <= this_year:
                break
            if ry is not None and ry <= y <= ry + 15:
                return y
        if s.role in ("plan_period", "vision") and s.period is not None and this_year < 0:
            return s.period[1]  # a goal of the five-year plan or of the vision
        clause = s.text[s.clause(pos) : pos]
        if ry and c.rx.average.search(clause) and s.role in ("plan_targets", "plan_tasks") and this_year < 0:
            return ry + 4  # an annual average over the plan period
        return ry
    end = c.rx.pair_end_year.search(s.text, s.clause(pos), pos)
    if end is not None:
        return int(end.group("y"))  # 由1997年的123万公里增加到2002年的176万公里: the end's own year
    if years and ry and years[-1][1] <= ry and not s.cue("period_reset", pos, years[-1][0]):
        return years[-1][1]
    if s.role == "review_period" and s.period is not None:
        return s.period[1]
    return s.meta.review_year


def aggregate(
    s: Sentence, status: Status, year: int | None, pos: int, since: int, measure: Measure = "level"
) -> tuple[Aggregate, int | None, int | None]:
    """年均 (average) or 累计 (cumulative) before the figure in its clause, after
    ``since`` (the previous figure; a figure listed right after it shares its
    word: 年均增长8%和6%以上), with the period it runs over: the plan named in
    the sentence, else the part's period, else the five years ending at the
    figure's year. A goal of a plan period is cumulative over it when it is a
    change (多式联运集装箱运量增长50%以上, 比“十五”末降低20%) or an amount done
    over a span (“十一五”期间关停5000万千瓦…, 利用三年时间完成植树2.3万亩)."""
    c = cues.load()
    clause = s.clause(pos)
    lo = clause if c.rx.figure_joiner.fullmatch(s.text, since, pos) else max(clause, since)
    horizon = s.horizon(pos)
    if s.overlaps("average", c.rx.average, lo, pos):
        kind: Aggregate = "average"
    elif s.overlaps("cumulative", c.rx.cumulative, lo, pos):
        kind = "cumulative"
    elif status == "target" and year is not None and year > (s.meta.report_year or year):
        over = _plan_goal_span(s, pos, clause, horizon, measure)
        return ("annual", None, None) if over is None else ("cumulative", *over)
    else:
        return "annual", None, None
    if horizon is not None and horizon.groupdict().get("p"):
        end = c.plan_end.get(horizon.group("p"))
        if end is not None:
            return kind, end - 4, end
    if s.period is not None and s.period[0] < s.period[1]:
        return kind, s.period[0], s.period[1]
    if year is None:
        return kind, None, None
    if (
        status == "target"
        and s.role in ("plan_targets", "plan_tasks")
        and year > (s.meta.report_year or year)
    ):
        return kind, s.meta.report_year, year
    if s.role == "review_period" or (status != "target" and s.cue("five_years", pos)):
        return kind, year - 4, year
    return kind, None, None


def _plan_goal_span(
    s: Sentence, pos: int, clause: int, horizon: regex.Match[str] | None, measure: Measure
) -> tuple[int, int] | None:
    """The period a plan goal with no 年均/累计 is cumulative over (None: a level it reaches)."""
    span = horizon_span(s, horizon) if horizon is not None else None
    if cues.load().rx.stock_before.search(s.text, clause, pos):
        return None  # 人均生产总值达到2.4万元, 贡献率达到60%: a level reached at the end
    plan = s.period if s.role == "plan_period" and s.period and s.period[0] < s.period[1] else None
    # a change (增长8%, 比2020年提高10个百分点) or a flow (新增城镇就业400万人, 再增加2—4家) over the plan's years
    flow = measure == "level" and cues.load().rx.plan_flow.search(s.text, clause, pos) is not None
    if measure in ("growth", "pp_change") or flow:
        if span is not None and span[0] < span[1]:
            return span
        return plan
    # 期间, 五年, 三年时间 name a span; 到2030年 and “十四五”末 a point in time
    spans_years = (
        horizon is not None and not horizon.groupdict().get("y") and not horizon.group().endswith("末")
    )
    if measure != "level" or not spans_years or span is None or span[0] >= span[1]:
        return None
    return span


def base_of_pair(s: Sentence, pos: int, end: int, clause: int) -> int | None:
    """When the figure at ``pos``..``end`` is the base of a from–to pair
    (由52.23%提高到58.08%, 从2020年的3.68万亿元增加到…, 由268项、36项增加到…,
    由上年下降3.2%转为增长5.1%),
    the year of that base; else None. The base is the year named with it
    (由上年的X: the year before the reviewed one), else the year before the
    part's period (five years back after a 五年来 in the paragraph), else the
    year before the figure's own."""
    rx = cues.load().rx
    after = s.text[end : min(s.end, end + _TO_END)]
    turn = rx.turn_end.match(after) is not None  # 由上年下降3.2%转为增长5.1%
    head = pos  # where the list of bases begins (由268项、36项: the second is a base too)
    if pos > 0 and s.text[pos - 1] in "、和":
        listed = rx.base_list.search(s.text, max(clause, pos - _BASE_LIST), pos)
        if listed is None:
            return None
        head = listed.start()
    if head == 0 or (s.text[head - 1] not in _BASE_LAST and not turn):
        return None
    m = rx.from_base.search(s.text, max(clause, head - 16), head)
    if m is None and turn:
        m = rx.from_base_turn.search(s.text, max(clause, head - 14), head)
    if m is None or (not turn and rx.to_end.match(after) is None):
        return None
    vy = s.meta.review_year
    if m.group("y"):
        return int(m.group("y"))
    if m.group("last"):  # 上年 of the reviewed year; 去年 in the plan part is the reviewed year
        return None if vy is None else (vy - 1 if s.role in REVIEW else vy)
    if m.group("ago"):  # 由五年前的X优化为Y in a review of 2017: X is 2012's
        return None if vy is None else vy - int(numbers.parse_cn_number(m.group("ago")))
    if s.period is not None and s.period[0] < s.period[1]:
        return s.period[0] - 1
    if vy is None:
        return None
    if s.role == "review" and rx.five_years.search(s.text, s.text.rfind("\n", 0, s.start) + 1, pos):
        return vy - 5  # 五年来，…从X调整到Y in a paragraph of the year's review: X is five years back
    return vy - 1 if s.role in REVIEW else vy
