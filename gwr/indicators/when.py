"""when: a figure's status, strength and year, read over a frozen sentence context.

Decides whether a figure is a target, a result or an estimate (section role,
预计, 主要预期目标是, past and perfective cues, the position of an unnamed
section), how binding a target is (确保 vs 力争), and which year it refers to
(named horizons, years, 今年, the plan period for annual averages).
"""

from __future__ import annotations

from gwr import cues
from gwr.indicators.context import Sentence
from gwr.types import Status, Strength


def status(s: Sentence, pos: int, clause: int) -> Status:
    if s.cue("estimate", pos):
        return "estimate"
    if s.cue("target_sentence", pos) and not s.cue("done", pos):
        return "target"  # 主要预期目标是：… wherever the outline put it
    ry, vy = s.meta.report_year, s.meta.review_year
    years = s.named_years(pos)
    explicit = years[-1] if years else None
    horizon = s.horizon(pos)
    if s.role == "review":
        if s.cue("done", pos):
            return "actual"  # 完成了“八五”计划: a plan fulfilled
        if explicit is not None and ry is not None and explicit >= ry and s.cue("target", pos):
            return "target"
        if horizon and s.cue("target", pos):
            return "target"
        return "actual"
    if s.role in ("plan_targets", "plan_tasks", "self_government"):
        if explicit is not None and vy is not None and explicit <= vy and not horizon:
            return "actual"
        if s.cue("past", pos) and not s.cue("target", pos, clause):
            return "actual"
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


def strength(s: Sentence, pos: int) -> Strength | None:
    """确保/必须 (hard) or 力争/争取 (soft) in the figure's own clause."""
    c = cues.load()
    clause_before = s.text[s.clause(pos) : pos][-30:]
    if c.hard.search(clause_before):
        return "hard"
    if c.soft.search(clause_before):
        return "soft"
    return None


def year(s: Sentence, status: Status, pos: int) -> int | None:
    """The year a figure refers to: the latest time reference before it in
    its sentence (a horizon such as 到2020年 / 十三五期末 / 今后五年, a year
    named for a target, 今年), else the report year for targets and the
    reviewed year for results and estimates."""
    c = cues.load()
    ry = s.meta.report_year
    horizon = s.horizon(pos)
    this_year = max((e for _, e in s.spans("this_year", c.rx.this_year) if e <= pos), default=-1)
    if status in ("target", "estimate") and horizon is not None and horizon.end() > this_year:
        groups = horizon.groupdict()
        if groups.get("y"):
            return int(groups["y"])
        if groups.get("p"):
            return c.plan_end.get(groups["p"])
        return ry + 4 if ry else None
    years = s.named_years_at(pos)
    if status == "target":
        later = [(e, y) for e, y in years if ry is not None and ry <= y <= ry + 15 and e > this_year]
        if later:
            return later[-1][1]
        clause = s.text[s.clause(pos) : pos]
        if ry and "年均" in clause and s.role in ("plan_targets", "plan_tasks") and this_year < 0:
            return ry + 4  # an annual average over the plan period
        return ry
    if years and ry and years[-1][1] <= ry:
        return years[-1][1]
    return s.meta.review_year
