"""figures: which quantities in a sentence are figures at all.

A size class (亿元以上项目, 10吨以下锅炉, 营收超千亿元园区), a malformed or vague number (1..5%,
数十) and a bare number with neither unit nor scale (a flattened table cell)
are dropped rather than guessed; so are numbers that are names or counts: a
number inside a short quoted name (“15分钟”就业服务圈, “十项行动”), a voltage
(750千伏…工程), a count of the report's own list (十个方面, 22项主要指标) or of
a document's (《…》确定了114项), a streak (连续13个月), a travel-time circle
(1小时高铁圈), a project named by its capacity (70万千瓦热电项目) and facts
such as a meeting's attendance, a border's length or the country's population
(这样一个14亿人口的国家).
"""

from __future__ import annotations

from gwr import cues, numbers
from gwr.indicators import when
from gwr.indicators.context import Sentence

_QUOTED_NAME = 16  # longest quoted name read as a name (characters inside the quotes)
_NAMED_LIST = 12  # longest list of names whose count is read as the list's own


def not_a_figure(s: Sentence, q: numbers.Quantity) -> bool:
    """True when ``q`` names a class, is damaged or is a bare number."""
    rx = cues.load().rx
    if (
        "malformed" in q.flags
        or "vague" in q.flags
        or (q.kind == "number" and q.unit is None and q.scale == 1)
    ):
        return True
    if (
        q.kind == "percent"
        and rx.threshold_rate_after.match(s.text[q.end : min(s.end, q.end + 8)])
        and rx.threshold_rate_before.search(s.text, max(s.start, q.start - 16), q.start)
    ):
        return True  # 1073个空置率50%以上的“空心村”: a threshold that defines the villages counted
    bare = q.raw[:1] in "十百千万亿" and not any(ch.isdigit() for ch in q.raw)
    cls = rx.bare_scale_class.match(s.text[q.end : q.end + 3]) if q.kind == "number" and bare else None
    if cls is not None and (cls.group() != "的" or q.currency is not None):
        return True  # 亿元以上项目, 超百亿元的园区 (not 近千公里的黄河堤防: a length)
    tail = s.text[q.end : q.end + 8]
    if is_name_or_count(s, q, tail):
        return True
    if counter(q):
        return False  # 6个项目, 5个以上龙头企业: a count of projects or firms, not a size class
    people = rx.people_after.match(tail) if q.unit is None and q.scale > 1 else None
    if people is not None and not rx.place_class_after.match(tail, people.end()):
        return False  # 30万以上参保孕产妇: a count of people, not a size class (20万以上人口县 is one)
    more = rx.more_amounts_after.match(s.text[q.end : q.end + 24]) if q.currency is not None else None
    after = q.end if more is None else q.end + more.end()  # 超50亿元、百亿元大项目: a list of thresholds
    if more is not None:
        tail = s.text[after : after + 8]
    if rx.project_class.match(tail):
        return True
    if (
        more is not None or rx.threshold_before.search(s.text, max(s.start, q.start - 16), q.start)
    ) and rx.threshold_class_after.match(s.text[after : after + 24]):
        return True  # 超100亿元的骨干企业: a threshold that sorts firms
    if q.kind == "number" and (q.currency is not None or q.unit == "mu") and rx.amount_class.match(tail):
        return True  # 营收超千亿元园区, 3万～5万亩的项目区: a threshold that sorts, no figure
    # 10吨以下燃煤小锅炉, 5000万元以上企业: a size class in front of a noun
    return q.kind == "number" and rx.size_class.match(tail) is not None


def counter(q: numbers.Quantity) -> bool:
    """The unit is a counter word (个, 家, 套): its base unit is the word itself."""
    return q.kind == "number" and numbers.counter_unit(q.unit)


def is_name_or_count(s: Sentence, q: numbers.Quantity, tail: str | None = None) -> bool:
    """A number that names something or counts the report's own items."""
    rx = cues.load().rx
    if tail is None:
        tail = s.text[q.end : q.end + 8]
    if q.unit in cues.NAME_UNITS:
        return True
    if rx.own_list_after.match(tail) or rx.streak_before.search(s.text, max(s.start, q.start - 2), q.start):
        return True
    if q.unit in cues.TIME_UNITS and rx.time_circle_after.match(s.text[q.end : q.end + 10]):
        return True
    if q.unit is not None and rx.class_after.match(tail):
        return True  # 30万吨级航道: a size class
    if q.unit in cues.AGE_UNITS and rx.age_after.match(tail):
        return True  # 0—6岁儿童: an age class
    if rx.times_before.search(s.text, max(s.start, q.start - 4), q.start):
        return True  # 2×100万千瓦机组, 7×24小时, 7 × 24小时: a configuration, not an amount
    if counter(q) and named_list_count(s, q):
        return True
    clause = s.clause(q.start)
    # (from before the clause: a title may hold a comma, 《关于…，…的意见》确定了14项; after its 》 the
    # pattern allows no clause break, so the count is still in the title's clause)
    title_start = max(s.start, min(clause, q.start - 84))
    if counter(q) and rx.listed_count_before.search(s.text, title_start, q.start):
        return True  # 《…》确定了114项, 做好以下9项工作: a count a document or a list sets out
    if q.unit == "条" and (
        rx.policy_count_after.match(tail)
        or (rx.policy_count_before.search(s.text, clause, q.start) and rx.policy_count_end.match(tail))
    ):
        return True  # 出台科技金融20条政策措施: a policy package named by its count of articles
    if rx.fact_before.search(s.text, clause, q.start):
        return True  # 应出席代表185名, 与新区接壤51.2公里: a fact, not a figure of the plan
    if q.unit == "person" and rx.country_size_after.match(tail):
        return True  # 在这样一个14亿人口的国家: the country's size, a fact
    if q.unit == "hour" and q.value == 24 and rx.round_the_clock_before.search(s.text, clause, q.start):
        return True  # 每天24小时提供…: a service open round the clock
    if q.unit in cues.load().capacity_units and rx.capacity_project_after.match(s.text[q.end : q.end + 60]):
        return True  # 70万千瓦热电项目, 20万吨生物柴油…等6个项目: a project named by its capacity
    if (
        q.kind == "number"
        and rx.capacity_name_after.match(tail)
        and rx.capacity_before.search(s.text, max(s.start, q.start - 8), q.start)
    ):
        return True  # 年产1200万支…: a plant named by its capacity
    return quoted(s, q)


def named_list_count(s: Sentence, q: numbers.Quantity) -> bool:
    """``q`` counts the names listed right before it in a plan (抓好保沧、大广、津石3条高速):
    a fully named list, no quantity of its own. In a review the count is a result
    (新增荆州、孝感、黄冈3个过三千亿元城市) and stays."""
    if q.value is None or q.value != q.value.to_integral_value() or not 2 <= q.value <= _NAMED_LIST:
        return False
    rx = cues.load().rx
    clause = s.clause(q.start)
    m = rx.named_list_before.search(s.text, clause, q.start)
    if (
        m is None
        or rx.label_verb_end.search(m.group())
        or rx.named_list_open_after.match(s.text[q.end : q.end + 2])
    ):
        return False
    if len(rx.item_split.findall(m.group())) + 1 != q.value:
        return False
    return when.status(s, q.start, clause) == "target"


def quoted(s: Sentence, q: numbers.Quantity) -> bool:
    """``q`` stands inside a short pair of quotes (“2小时重庆”)."""
    rx = cues.load().rx
    if not s.spans("quote_open", rx.quote_open):
        return False
    lo = max(s.start, q.start - _QUOTED_NAME)
    before = s.text[lo : q.start]
    opens = list(rx.quote_open.finditer(before))
    if not opens:
        return False
    last_open = opens[-1].end()
    if rx.quote_close.search(before, last_open):
        return False  # the quote closed before the number
    budget = _QUOTED_NAME - (len(before) - last_open) - (q.end - q.start)
    if budget < 0:
        return False
    close = rx.quote_close.search(s.text, q.end, min(s.end, q.end + budget + 1))
    return close is not None and not rx.quote_open.search(s.text, q.end, close.start())
