"""subject: binding a figure to the indicator (or the list item) it measures.

Aliases come from one Aho–Corasick automaton over the taxonomy. A figure is
tied to the nearest alias before it in its clause (or the clause before, for
"达到928亿元，增长7%"), to a subject right after a count (7万农村贫困人口), or
to its place in a list ("A、B分别增长X%和Y%").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from gwr import cues, numbers, taxonomy
from gwr.indicators import enumerations
from gwr.indicators.context import Alias, Sentence
from gwr.indicators.figures import not_a_figure
from gwr.indicators.labels import clean_label, without_tail_verb
from gwr.indicators.scope import place_names
from gwr.types import Mention

_HAN_RUN = regex.compile(r"[\p{Han}]*")
_SHARED_WORDS = frozenset("均各都")  # one of them stands before a figure shared by a list

# (indicator, label, start and end of the verb text, end of the list's last figure, and how many
# figures back the subject stands when the list refers to earlier ones, else 0) of a listed figure
Listed = tuple[str | None, str | None, int, int, int, int]


def aliases(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Alias]:
    """Indicator aliases in the text (only inside ``spans``, in order, when given: no alias
    crosses a sentence end), leftmost-longest. An alias that is the
    denominator of a share (占地区生产总值比重) is not the figure's subject: the
    subject before 占 gets its share-of-GDP indicator when it has one."""
    c = cues.load()
    out: list[Alias] = []
    auto = cues.automaton()
    # the automaton is read over slices: given the whole text it converts all of it at each call
    found = (
        (offset + end_idx, hit)
        for offset, end in (spans if spans is not None else [(0, len(text))])
        for end_idx, hit in auto.iter_long(text[offset:end])
    )
    for end_idx, (alias, ind) in found:
        if not ind:
            continue
        start = end_idx - len(alias) + 1
        if c.denominator.search(text, max(0, start - 4), start):
            if out and out[-1].end >= start - 4 and out[-1].ids[0] in c.share_of_gdp:
                prev = out.pop()
                out.append(
                    Alias(
                        prev.start,
                        end_idx + 1,
                        text[prev.start : end_idx + 1],
                        (c.share_of_gdp[prev.ids[0]],),
                    )
                )
            continue
        out.append(Alias(start, end_idx + 1, alias, tuple(ind.split(","))))
    return out


def undistributed(alias: Alias) -> tuple[str, ...]:
    """The indicator an alias names when no 均/分别 spreads it over its members:
    城乡居民人均可支配收入增长8% is the income of all residents (income_per_capita),
    not the urban one; a compressed enumeration with no whole of its own keeps its first member."""
    if len(alias.ids) == 1:
        return alias.ids
    whole = cues.alias_index().get(alias.text)
    return (whole,) if whole else alias.ids[:1]


def people_counted(
    s: Sentence, q: numbers.Quantity, previous: numbers.Quantity | None = None
) -> numbers.Quantity:
    """A count with a scale and no unit before the people it counts (确保5万贫困人口脱贫,
    解决30万农村人口的饮水问题, 800万勤劳的驻马店人民) or after them and their verb
    (旅居人数达600万) is a count of persons."""
    if q.kind != "number" or q.unit is not None or q.scale == 1:
        return q
    rx = cues.load().rx
    after = rx.people_after.match(s.text[q.end : min(s.end, q.end + 10)])
    if after is not None and after.group("households"):
        return replace(q, unit="户")  # 增加400万沼气用户
    if after is not None and after.group("couples"):
        return replace(q, unit="对")  # 为5万对农村夫妇: 对 counts the couples
    clause = s.clause(q.start)
    if (
        previous is not None
        and previous.unit == "person"
        and rx.people_total_before.search(s.text, clause, q.start) is not None
    ):
        return replace(q, unit="person")  # 参保人数增加6000万，总计达到1.1亿: the total of those people
    if (
        after is None
        and rx.people_before.search(s.text, clause, q.start) is None
        and rx.people_of_region_after.match(s.text[q.end : min(s.end, q.end + 14)]) is None
    ):
        return q
    return replace(q, unit="person")


def unit_fits(ind: str, q: numbers.Quantity, adjacent: bool) -> bool:
    """A level in a unit the indicator cannot have is not that indicator
    (实现了300个蓝天 after a PM2.5 figure)."""
    if q.kind != "number":
        return True
    info = taxonomy.indicator(ind)
    if info.unit == q.unit or (info.unit in cues.MONEY and q.unit in cues.MONEY):
        return True
    if numbers.counter_unit(info.unit) and numbers.counter_unit(q.unit):
        return True  # 科技型中小企业1.5万户 (家, 户 and 个 all count firms)
    if info.unit == "ton" and q.unit == "kg":
        return True
    return adjacent and q.unit is None


def indicator(
    s: Sentence, q: numbers.Quantity, clause: int, prev_ids: tuple[str, ...], prev_end: int = 0
) -> tuple[tuple[str, ...], Alias | None, bool]:
    """(indicator ids, the alias they come from, inherited from an earlier clause)."""
    rx = cues.load().rx
    text = s.text
    before = list(s.aliases_within(clause, q.start))
    if before and prev_end > before[-1].end:
        # 旅游综合收入增长6%、入境过夜游客人数增长10%: a figure after another one and a new
        # subject of its own is not the alias's (达到928亿元、增长7% continues it)
        since = text[prev_end : q.start].lstrip("、，,和及与")
        completed = sibling_head(s, q, clause, prev_end)
        if completed:
            return completed, None, True
        if rx.new_subject.match(since):
            before = []
    if before:
        last = before[-1]
        between = text[last.end : q.start]
        if len(between) <= 24:
            group = joined(s, before)
            if len(group) > 1 and rx.each.search(between):
                # 均/都 spreads a distributive alias over its members; 同时 or a shared base year does not
                strict = rx.each_strict.search(between) is not None
                ids = tuple(i for a in group for i in (a.ids if strict else undistributed(a)))
                return ids, last, False
            if rx.each_strict.search(between) and len(last.ids) > 1:
                return last.ids, last, False
            return undistributed(last), last, False
    # the subject right after a count: 确保7万农村贫困人口脱贫; a count before a stock's
    # name counts a flow out of it (10万农村贫困人口稳定脱贫: those lifted out), not the stock
    if q.kind == "number":
        after = s.alias_from(q.end)
        if (
            after is not None
            and after.start <= q.end + 4
            and _HAN_RUN.fullmatch(text, q.end, after.start)
            and (len(after.ids) == 1 and unit_fits(after.ids[0], q, False))
        ):
            if after.ids[0] in cues.load().flow_indicators:
                return after.ids, after, False
            flow = _flow_of(s, after)
            if flow is not None:
                return (flow,), after, False
    # a clause that only continues the previous one: "达到928亿元，增长7%"
    head = text[clause : q.start]
    if prev_ids and len(head) <= 12 and rx.continues.match(head):
        return prev_ids[:1], None, True
    # the subject ends the clause before: "经济增长速度的宏观调控目标，定为百分之八至九"
    earlier = s.aliases_within(0, clause)
    if earlier and len(head) <= 8 and rx.states.match(head) and not counts_a_noun(s, q):
        last = earlier[-1]
        gap = text[last.end : q.start]
        if len(gap) <= 30 and not numbers.scan_quantities(text, last.end, q.start):
            return undistributed(last), last, True
    return sibling_head(s, q, clause, prev_end), None, True


def measured_in_years(s: Sentence, q: numbers.Quantity) -> bool:
    """The last alias before ``q`` in its clause names an indicator measured in years
    (劳动年龄人口平均受教育年限提高到10.5年)."""
    before = s.aliases_within(s.clause(q.start), q.start)
    return bool(before) and taxonomy.indicator(before[-1].ids[0]).unit == q.unit


def counts_a_noun(s: Sentence, q: numbers.Quantity) -> bool:
    """A count followed by the noun it counts (实现6家企业在“新三板”挂牌): that noun,
    not a subject of the clause before, is what it counts."""
    return q.kind == "number" and cues.load().rx.counted_noun.match(s.text, q.end) is not None


def sibling_head(s: Sentence, q: numbers.Quantity, clause: int, prev_end: int) -> tuple[str, ...]:
    """A bare head noun completed by the alias of a sibling figure before it:
    粮食播种面积1530万亩、总产量125亿斤 → 粮食总产量 (grain_output)."""
    rx = cues.load().rx
    if q.kind != "number":
        return ()
    earlier = s.aliases_within(0, q.start)
    if not earlier:
        return ()
    sibling = earlier[-1]
    words = s.text[max(clause, prev_end) : q.start]
    if len(words) > 12:
        return ()  # a head noun of 2 to 4 characters and its verb, not a phrase
    words = rx.label_trim.sub("", words)
    words = without_tail_verb(words)
    if not 2 <= len(words) <= 4:
        return ()
    index = cues.alias_index()
    for cut in range(1, len(sibling.text)):
        hit = index.get(sibling.text[:cut] + words)
        if hit is not None:
            return (hit,)
    return ()


def _flow_of(s: Sentence, stock: Alias) -> str | None:
    """The flow a stock's name and the verb after it name together (农村贫困人口 稳定 脱贫 →
    农村贫困人口脱贫, poverty_reduction), or None."""
    c = cues.load()
    rest = s.text[stock.end : min(s.end, stock.end + 12)]
    rest = rest[len(m.group()) :] if (m := c.rx.flow_adverbs.match(rest)) else rest
    for end_idx, (alias, ind) in cues.automaton().iter_long(stock.text + rest):
        if end_idx + 1 - len(alias) == 0 and end_idx >= len(stock.text) and ind in c.flow_indicators:
            return str(ind)
    return None


def joined(s: Sentence, before: list[Alias]) -> list[Alias]:
    """The run of aliases ending at the last one, joined by 、和及与."""
    joiner = cues.load().rx.alias_joiner
    group = [before[-1]]
    for a in reversed(before[:-1]):
        if joiner.fullmatch(s.text, a.end, group[0].start):
            group.insert(0, a)
        else:
            break
    return group


def lists(s: Sentence, quantities: list[numbers.Quantity]) -> dict[int, Listed]:
    """Figures listed against subjects in order: "A、B分别增长X%和Y%",
    "城乡居民人均可支配收入40587元和16865元，分别增长6.7%和7.7%".
    Returns {quantity index: (indicator, label, start and end of the verb text, end of the last figure)}."""
    rx = cues.load().rx
    out: dict[int, Listed] = {}
    runs: list[list[int]] = []
    for i, q in enumerate(quantities):
        if runs and i - 1 == runs[-1][-1]:
            gap = s.text[quantities[i - 1].end : q.start]
            gap = rx.comparator_after_figure.sub("", gap)
            if rx.figure_joiner.fullmatch(gap):
                runs[-1].append(i)
                continue
        runs.append([i])
    subjects: list[tuple[str | None, str | None]] = []
    subjects_last = -1  # index of the last figure of the list the subjects were read for
    for run in runs:
        if len(run) < 2:
            continue
        first = quantities[run[0]]
        clause = s.clause(first.start)
        head = s.text[clause : first.start]
        verb = rx.list_verb.search(head)
        subject_text = head[: verb.start()] if verb else head
        subject_end = clause + len(subject_text)
        found = items(s, clause, subject_end)
        if not found and subjects and len(subjects) == len(run) and subjects_last == run[0] - 1:
            found = subjects
        if len(found) != len(run) and clause > s.start and rx.subjects_before.match(head):
            # 高新技术产业、战略性新兴产业增加值，分别占规上工业的30%、24%: the subjects are the
            # clause before, when no figure stands in it
            before = s.clause(clause - 1)
            if run[0] == 0 or quantities[run[0] - 1].end <= before:
                named = items(s, before, clause - 1)
                if len(named) == len(run):
                    found, subject_end = named, clause
        if len(found) != len(run):
            subject = s.text[clause:subject_end]
            found = (
                enumerations.members(subject, len(run)) or enumerations.examples(subject, len(run)) or found
            )
        back = 0
        if len(found) != len(run) and run[0] >= len(run) and rx.back_reference.match(head):
            # 存款余额152.2亿元，贷款余额55.3亿元，分别是2011年的1.75倍和1.8倍: the subjects
            # of the figures before, in order
            found, back, subject_end = [(None, None)] * len(run), len(run), clause
        if len(found) != len(run):
            continue
        subjects, subjects_last = found, run[-1]
        last_end = quantities[run[-1]].end
        for (ind, label), qi in zip(found, run, strict=True):
            out[qi] = (ind, label if ind is None else None, subject_end, first.start, last_end, back)
    return out


def shared(s: Sentence, q: numbers.Quantity, start: int) -> tuple[list[tuple[str | None, str | None]], int]:
    """The items one figure is shared by, when a list of subjects ends on 均/各/都
    right before it: 农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率均提高3个百分点,
    新增家庭农场、农民合作社各1000家以上, 战略性新兴产业、高新技术产业增加值均增长10%以上.
    Returns ([(indicator, label), ...], end of the list) or ([], 0). A run of aliases
    only (A和B均增长5%) is left to ``indicator``, which keeps each alias."""
    rx = cues.load().rx
    if _SHARED_WORDS.isdisjoint(s.text[max(start, q.start - 16) : q.start]):
        return _compressed(s, q, start)
    m = rx.shared_verb.search(s.text, start, q.start)
    if m is None:
        return [], 0
    end = m.start()
    head = s.text[start:end]
    if not rx.item_split.search(head):
        return [], 0
    found = items(s, start, end)
    if len(found) < 2:
        return [], 0
    named = s.aliases_within(start, end)
    if len(named) == len(found) and not rx.each_only.match(m.group()):
        return [], 0  # every item an alias as printed: ``indicator`` reads the run
    places = place_names()
    if all(label in places for _, label in found[:-1]):
        return [], 0  # 西平、遂平、确山城镇化率均达到40%: places sharing one indicator (their scope), not subjects
    return found, end


def _compressed(
    s: Sentence, q: numbers.Quantity, start: int
) -> tuple[list[tuple[str | None, str | None]], int]:
    """A list of subjects that share one percent figure with no 均: every item a rate
    (孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上), or three or more items ending on a
    share (专项产业基金、新增能耗、新增工业用地支持民间投资项目比重不低于80%)."""
    rx = cues.load().rx
    if q.kind != "percent":
        return [], 0
    clause = s.clause(q.start)
    if all(not_a_figure(s, n) for n in numbers.scan_quantities(s.text, clause, start)):
        start = clause  # only names before it in its clause (0—6岁儿童健康管理率): the list starts there
    verb = rx.list_verb.search(s.text, start, q.start)
    end = verb.start() if verb is not None else q.start
    end = start + len(without_tail_verb(s.text[start:end]))
    parts = [p for p in s.text[start:end].split("、") if p]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return [], 0
    rates = all(rx.shared_rate_item.search(p) for p in parts)
    if not rates and (
        len(parts) < 3
        or not rx.shared_share_tail.search(parts[-1])
        or rx.shared_group_share.search(parts[-1])
    ):
        return [], 0
    if rates:
        found = items(s, start, end)
    else:  # the share of a compound noun, not of an alias inside it (民间投资项目比重)
        found = [(None, clean_label(p)) for p in parts]
    if (
        len(found) != len(parts)
        or any(i is None and not label for i, label in found)
        or len({i or label for i, label in found}) != len(found)
    ):
        return [], 0
    return found, end


def items(s: Sentence, start: int, end: int) -> list[tuple[str | None, str | None]]:
    """Split a subject list (A、B和C) into (indicator, label) items. Items that
    share a head noun are completed from their neighbours: 城镇和农村居民人均
    可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入."""
    from gwr.indicators.labels import clean_label

    rx = cues.load().rx
    text = s.text[start:end]
    if not text.strip():
        return []
    for a in s.aliases:
        if (
            len(a.ids) > 1
            and a.start >= start
            and a.end <= end
            and not rx.label_trim.sub("", text[: a.start - start]).strip("全省市区县年今")
        ):
            return [(i, None) for i in a.ids]  # 城镇和农村居民人均可支配收入 X和Y
    parts = list(rx.item_split.split(text))
    found: list[tuple[str | None, str | None]] = []
    pos = start
    for part in parts:
        p_start = s.text.find(part, pos, end) if part else pos
        p_end = p_start + len(part)
        pos = p_end
        inside = [a for a in s.aliases if p_start <= a.start and a.end <= p_end]
        if inside:
            alias = inside[-1]
            if len(parts) == 1 and len(alias.ids) > 1:
                return [(i, None) for i in alias.ids]  # 城乡居民人均可支配收入 X和Y
            found.append((alias.ids[0], None))
        else:
            found.append((None, clean_label(part)))
    index = cues.alias_index()
    out: list[tuple[str | None, str | None]] = []
    for k, (ind, label) in enumerate(found):
        if ind is None:
            ind = complete(parts, k, found, index)
        if ind is None and not label:
            return []
        out.append((ind, label if ind is None else None))
    return out


def complete(
    parts: list[str], k: int, found: list[tuple[str | None, str | None]], index: dict[str, str]
) -> str | None:
    """An indicator for list item ``k`` borrowed from a neighbour that names one:
    the item plus the neighbour's tail (城镇 + 居民人均可支配收入), or the
    neighbour's head plus the item (单位国内生产总值 + 二氧化碳排放)."""
    rx = cues.load().rx
    item = rx.label_trim.sub("", parts[k].strip())
    if not item:
        return None
    for j in range(len(found)):
        if j == k:
            continue
        neighbour = rx.list_verb.sub("", parts[j].strip())
        for cut in range(1, min(12, len(neighbour))):
            for candidate in (item + neighbour[cut:], neighbour[:cut] + item):
                hit = index.get(candidate)
                if hit is not None:
                    return hit
    return None


def named_elsewhere(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions of a generic alias (物价上涨幅度) given the indicator the report names by name
    (商品零售价格) when it never names the generic alias's own indicator (居民消费价格) by name."""
    generic = cues.load().generic_aliases
    if not generic or not any(m.alias in generic for m in mentions):
        return mentions
    named = {a.ids[0] for a in aliases(text) if a.text not in generic}
    swap = {g: to for g, to in generic.items() if to in named and cues.alias_index().get(g) not in named}
    if not swap:
        return mentions
    return [
        replace(m, indicator=swap[m.alias])
        if m.alias in swap and m.indicator == cues.alias_index().get(m.alias)
        else m
        for m in mentions
    ]
