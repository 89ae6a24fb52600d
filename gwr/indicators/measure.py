"""measure: what kind of figure a quantity is (level, growth, rate, share,
pp_change, ratio), its sign, and its comparator (>=, <=, ~, >, <, =)."""

from __future__ import annotations

import regex

from gwr import cues, numbers, taxonomy
from gwr.indicators.context import Alias
from gwr.types import Comparator, Measure

_CLAUSE_MARK = regex.compile("[" + cues.CLAUSE_END + "]")


def measure(
    q: numbers.Quantity,
    info: taxonomy.Indicator | None,
    lead: str,
    alias: Alias | None = None,
    label: str | None = None,
    tail: str = "",
) -> tuple[Measure, int]:
    """(measure, sign) of ``q`` from its indicator (or the ``label`` of an unnamed one) and
    the words ``lead`` before it (or ``tail`` after it: 按不低于5%的幅度压减)."""
    c = cues.load()
    pace = c.rx.pace_after.match(tail) if q.kind == "percent" else None
    if pace is not None and (c.down.search(pace.group("verb")) or c.up.search(pace.group("verb"))):
        return "growth", -1 if c.down.search(pace.group("verb")) else 1
    if alias is not None and c.down.search(alias.text[-3:]) and not c.up.search(lead):
        lead = alias.text[-3:] + lead  # 农村贫困人口减少三成
    if q.kind == "pp":
        sign = -1 if c.down.search(lead[-8:]) else 1
        return "pp_change", sign
    if q.kind == "ratio":
        return "ratio", 1
    if q.kind == "percent" and info is None and _coverage(lead, label):
        return "rate", 1  # 自然村通硬化路的比例达78%, 项目区农民满意度不低于80%
    if q.kind in ("percent", "permille") and info is None and c.rx.share_lead.search(lead):
        return "share", 1
    if q.kind == "percent" and c.rx.of_base.search(lead):
        return "share", 1  # 恢复至2019年的148%: a level as a share of a base year's
    if q.kind in ("percent", "permille"):
        # the verb of the figure's own clause (确保物价上涨幅度比去年有明显回落，力争控制在15%: not a fall)
        near = _CLAUSE_MARK.split(lead[-10:])[-1]
        near = c.rx.rate_name.sub("率", near)  # 人口增长率由…: a rate's name, not a verb
        down = c.down.search(near)
        up = c.up.search(near)
        if info is not None and info.id == "cpi":
            return "growth", -1 if down and not up else 1
        if down or up:
            if (
                info is not None
                and "growth" not in info.measures
                and info.unit == "percent"
                and c.rx.rate_to_level.search(near)
            ):
                # 城镇化率提高到60%: the level of a rate, not its growth
                return ("rate" if "rate" in info.measures else "share"), 1
            if info is None and label and c.rx.rate_to_level.search(near):
                # 人口增长率由千分之十二降到千分之十: the level of an unnamed rate or share
                if c.rx.rate_lead.search(label):
                    return "rate", 1
                if c.rx.share_lead.search(label):
                    return "share", 1
            if down and (up is None or down.end() > up.end()):
                return "growth", -1
            return "growth", 1
        if info is not None:
            for m in ("rate", "share"):
                if m in info.measures:
                    return m, 1
            if "growth" in info.measures and info.unit != "percent":
                return "growth", 1
        if info is None and label and c.rx.rate_label.search(label) and not c.share.search(lead[-12:]):
            return "rate", 1  # 乡镇通三级公路、自然村通硬化路的比例分别达70%、78%: a listed rate
        if c.share.search(lead[-12:]):
            return "share", 1
        if c.rx.rate_lead.search(lead[-8:]):
            return "rate", 1  # 农村卫生户厕覆盖率达到78%, 参保率在90%以上: a rate or coverage
        return ("share" if info is None else "growth"), 1
    if q.kind == "multiple":
        # 是2011年的1.1倍: a multiple of a base (a ratio); 增长1倍: growth
        return ("ratio" if lead.endswith("的") else "growth"), 1
    # 减少贫困人口1232万人 is a level of reduction, not a negative count
    return "level", 1


def _coverage(lead: str, label: str | None) -> bool:
    """A coverage or satisfaction figure, named in the words before it or in its label."""
    rx = cues.load().rx
    return rx.coverage.search(lead[-14:]) is not None or (
        label is not None and rx.coverage.search(label) is not None
    )


def comparator(lead: str, tail: str) -> Comparator:
    """The comparator from the words after the figure (which win) or before it."""
    c = cues.load()
    m = c.comparator_after.match(tail)
    if m is not None and m.lastgroup and not c.rx.grade_class.search(tail, 0, m.start(m.lastgroup)):
        return cues.COMPARATOR_OF[m.lastgroup]
    near = lead[-6:]
    m = c.comparator_before.search(near)
    at = len(lead) - len(near) + (m.start() if m is not None else 0)
    if m is not None and m.lastgroup and not (at > 0 and c.rx.comparator_in_word.match(lead, at - 1)):
        return cues.COMPARATOR_OF[m.lastgroup]
    # 不超过国家规定时限的40%: a limit word a few words before, joined by 的
    m = c.rx.limit_before.search(lead)
    if m:
        return ">=" if c.rx.limit_at_least.match(m.group()) else "<="
    return "="


def comparator_len(tail: str) -> int:
    """Length of the comparator word right after the figure (0 when none)."""
    c = cues.load()
    m = c.comparator_after.match(tail)
    if m is None or (m.lastgroup and c.rx.grade_class.search(tail, 0, m.start(m.lastgroup))):
        return 0
    return m.end()
