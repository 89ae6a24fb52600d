"""build: the one place a Mention is made, from a figure bound to its subject.

Reads the measure and comparator (gwr.indicators.measure), the status,
strength and year (gwr.indicators.when), sets the unit, sign and confidence,
and returns a Mention; also the mentions of figures stated in words
(与上年持平) and of an explicitly absent target (不设增长目标).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from gwr import cues, numbers, taxonomy
from gwr.indicators import labels, measure, subject, when
from gwr.indicators.context import Alias, Sentence
from gwr.indicators.scope import scope_of
from gwr.types import Mention, Status

POPULATION_LABEL = "人口"  # the label of the region's people named as a fact (1100万人民)


def norm(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


class Binding(NamedTuple):  # a NamedTuple: built once per figure, so it must be cheap
    """A figure bound to its subject: what the readers of subject.py found."""

    q: numbers.Quantity
    ind: str | None
    alias: Alias | None
    clause: int
    inherited: bool = False
    label: str | None = None
    lead_from: int | None = None  # start of the words read before the figure
    lead_to: int | None = None  # end of them when they stand apart (the verb of a listed figure)
    prev_end: int = 0  # end of the previous figure in the sentence
    list_end: int | None = None  # end of the last figure of the list this one is listed in


def _part(s: Sentence) -> dict[str, Any]:
    """The role of the part a figure stands in and the period it covers (Mention fields)."""
    first, last = s.period if s.period is not None else (None, None)
    return {"section": s.role, "section_start": first, "section_end": last}


def build(s: Sentence, b: Binding) -> Mention | None:
    q, ind, alias, clause, label = b.q, b.ind, b.alias, b.clause, b.label
    rx = cues.load().rx
    text = s.text
    if (
        q.kind in ("multiple", "pp")
        and alias is not None
        and rx.comparison_before.search(text, max(clause, alias.start - 3), alias.start)
    ):
        # 支出增长高于经济增长速度一倍, 财政收入预期增长7%，低于经济增长1个百分点: a gap to the
        # indicator, no figure of it
        return None
    lead_from = b.lead_from
    if b.lead_to is not None and lead_from is not None:
        lead = text[lead_from : b.lead_to]  # the verb of a listed figure ("分别削减")
    else:
        if lead_from is None:
            lead_from = alias.end if alias is not None else clause
        lead_from = max(lead_from, min(b.prev_end, q.start))
        lead = text[lead_from : q.start]
    tail = text[q.end : min(s.end, q.end + 8)]
    info = taxonomy.indicator(ind) if ind else None
    # 农村低保标准占城镇低保标准的最低比例从77%提高到80%: the words between the alias and the figure
    words = text[alias.end : q.start] if alias is not None and q.start - alias.end <= 24 else lead
    if (
        info is not None
        and q.kind == "percent"
        and (
            (not {"share", "rate"} & set(info.measures) and rx.share_of_other.search(words))
            or (alias is not None and rx.compound_share.match(text, alias.end, q.start))
        )
    ):
        # 县城常住人口占县域比重63%, 支持民间投资项目比重80%: a share of something, not the indicator
        ind, info = None, None
        label = label or _printed_label(text, b)
    named = info  # a scope's or a flow's figure is measured as the indicator its alias names
    scope = scope_of(s, q, clause, alias, b.prev_end)
    if scope is not None and ind is not None:
        # a scope's figure joins no panel of the region: it keeps its printed name as label
        label = alias.text if alias is not None else _own_label(text, b)
        ind, info = None, None
    if (
        ind is not None
        and alias is not None
        and rx.narrower_before.search(text, max(clause, alias.start - 3), alias.start)
    ):
        # 设施农业总产值: a part of the indicator, named by its printed words
        label = _own_label(text, b) or alias.text
        ind, info = None, None
    if (
        ind is not None
        and alias is not None
        and q.kind in ("number", "percent")
        and ind not in cues.load().flow_indicators
        and (
            rx.flow_before.search(text, max(clause, alias.start - 4), alias.start)
            or _subset_of_flow(s, clause, alias)
        )
    ):
        # 新增电力装机1800万千瓦, 新增非化石能源装机占比75%: a flow into the stock the alias names
        label = _own_label(text, b) or alias.text
        ind, info = None, None
    if ind is None and label is None:
        label = _printed_label(text, b)
    kind, sign = measure.measure(q, info or named, lead, alias, label, text[q.end : min(s.end, q.end + 12)])
    comparator = measure.comparator(lead, tail)
    if comparator == "=" and b.list_end is not None and rx.each_list.search(lead):
        # 分别增长5%、6.5%左右: a comparator after a 分别/均 list applies to every value
        comparator = measure.comparator("", text[b.list_end : min(s.end, b.list_end + 8)])
    if comparator == "=" and q.approx and rx.more_than.search(q.raw):
        comparator = ">"  # 700多亿元, 1500余块: more than the round number printed
    raw_end = q.end + measure.comparator_len(tail) if comparator in (">=", "<=", "~") else q.end
    base_year = when.base_of_pair(s, q.start, q.end, clause)
    if base_year is not None:
        status: Status = "actual"  # the base of 由X提高到Y is a past value, never a target
        year: int | None = base_year
    else:
        status = when.status(s, q.start, clause)
        if status == "target" and (
            when.acts_on_set(s, q, clause) or rx.equivalent_before.search(text, clause, q.start)
        ):
            # 壮大19个省级集群: the count of what is acted upon; 相当于减少排放500万吨: a restatement
            return None
        year = when.year(s, status, q.start)
    if when.people_of_the_region(s, q):
        # 全市1100万人民, 880多万天中儿女: the region's people, a fact of the present (no target)
        status, year, ind, label = "actual", s.meta.review_year, None, POPULATION_LABEL
    strength = when.strength(s, q.start)
    value, low, high = q.value, q.low, q.high
    if sign < 0:
        value = -value if value is not None else None
        low, high = (-high if high is not None else None), (-low if low is not None else None)
    if q.kind == "ratio":
        kind = "ratio"
    unit_override: str | None = None
    if q.kind == "multiple" and q.raw.startswith("翻"):
        kind = "ratio"  # 翻一番 doubles (a ratio of 2 over its base year), 翻两番 quadruples (4)
    aggregate, period_start, period_end = when.aggregate(s, status, year, q.start, b.prev_end, kind)
    if ind is not None:
        label = None
    if ind is None and not label:
        return None
    confidence = 1.0
    flags = list(q.flags)
    if b.inherited:
        confidence = 0.85
        flags.append("indicator_from_previous_clause")
    if alias is not None and len(lead) > 12:
        confidence = min(confidence, 0.8)
    if info is not None and kind not in info.measures and q.kind != "multiple":
        flags.append("measure_not_in_taxonomy")
        confidence = min(confidence, 0.7)
    if "ocr_repaired" in flags or "space_repaired" in flags:
        confidence = min(confidence, 0.6)
    if "malformed" in flags:
        confidence = min(confidence, 0.3)
    unit = q.unit
    if q.kind == "percent":
        unit = "percent"
    elif q.kind == "pp":
        unit = "pp"
    elif unit_override is not None:
        unit = unit_override
    elif info is not None and info.unit == "ton" and unit == "kg":
        # grain in 斤/公斤 is stored in the indicator's unit, tons
        value, low, high = (None if v is None else norm(v / 1000) for v in (value, low, high))
        unit = "ton"
    return Mention(
        indicator=ind,
        label=label,
        value=value,
        unit=unit,
        currency=q.currency,
        low=low,
        high=high,
        comparator=comparator if q.low is None else "range",
        measure=kind,
        status=status,
        strength=strength if status == "target" else None,
        year=year,
        start=q.start,
        end=raw_end,
        sentence=s.sentence,
        raw=text[q.start : raw_end],
        approx=q.approx,
        confidence=confidence,
        flags=tuple(flags),
        **_part(s),
        alias=alias.text if alias is not None else None,
        main=status == "target" and s.in_main(q.start),
        aggregate=aggregate,
        period_start=period_start,
        period_end=period_end,
        scope=scope,
    )


def _own_label(text: str, b: Binding) -> str | None:
    """The label printed before the figure, from its clause or after the figure before it."""
    return labels.label(text, max(b.clause, b.prev_end), b.q)


def _printed_label(text: str, b: Binding) -> str | None:
    """The label of a figure with no indicator: that of the start of a from–to pair it ends
    (从15个县扩大到57个县), else its own."""
    return labels.pair_label(text, b.clause, b.prev_end, b.q) or _own_label(text, b)


def _subset_of_flow(s: Sentence, clause: int, alias: Alias) -> bool:
    """其中非化石能源装机 after 新增电力装机1800万千瓦: a part of the flow of the clause before."""
    rx = cues.load().rx
    if clause <= s.start or not rx.subset_head.match(s.text[clause : alias.start]):
        return False
    return rx.flow_word.search(s.text, s.clause(clause - 1), clause) is not None


def fixed(s: Sentence) -> list[Mention]:
    """Figures stated in words: 居民消费价格与上年持平 is CPI growth 0."""
    out = []
    for f in cues.load().fixed:
        for m in f.pattern.finditer(s.sentence):
            status: Status = "actual" if s.role == "review" else "target"
            out.append(
                Mention(
                    indicator=f.indicator,
                    label=None,
                    value=f.value,
                    unit=f.unit,
                    currency=None,
                    low=None,
                    high=None,
                    comparator="=",
                    measure=f.measure,
                    status=status,
                    strength=None,
                    year=when.year(s, status, s.start + m.start()),
                    start=s.start + m.start(),
                    end=s.start + m.end(),
                    sentence=s.sentence,
                    raw=m.group(),
                    **_part(s),
                )
            )
    return out


def positive_growth(s: Sentence) -> list[Mention]:
    """实现/保持正增长: growth above 0 of the indicator named before it in its clause."""
    out = []
    for m in cues.load().rx.positive_growth.finditer(s.text, s.start, s.end):
        clause = s.clause(m.start())
        alias = next((a for a in reversed(s.aliases) if clause <= a.start and a.end <= m.start()), None)
        if alias is None:
            continue
        status = when.status(s, m.start(), clause)
        out.append(
            Mention(
                indicator=subject.undistributed(alias)[0],
                label=None,
                value=Decimal(0),
                unit="percent",
                currency=None,
                low=None,
                high=None,
                comparator=">",
                measure="growth",
                status=status,
                strength=when.strength(s, m.start()) if status == "target" else None,
                year=when.year(s, status, m.start()),
                start=m.start(),
                end=m.end(),
                sentence=s.sentence,
                raw=m.group(),
                **_part(s),
                alias=alias.text,
                main=status == "target" and s.in_main(m.start()),
            )
        )
    return out


def absent(s: Sentence) -> list[Mention]:
    """不设增长目标: an explicitly absent target (comparator "absent")."""
    c = cues.load()
    m = c.absent.search(s.sentence)
    if m is None:
        return []
    return [
        Mention(
            indicator=c.absent_indicator,
            label=None,
            value=None,
            unit="percent",
            currency=None,
            low=None,
            high=None,
            comparator="absent",
            measure=c.absent_measure,
            status="target",
            strength=None,
            year=s.meta.report_year,
            start=s.start + m.start(),
            end=s.start + m.end(),
            sentence=s.sentence,
            raw=m.group(),
            **_part(s),
        )
    ]
