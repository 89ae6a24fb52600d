"""labels: the verb–object phrase an unnamed figure counts (新建5G基站1万个 →
新建5G基站), for figures no indicator of the taxonomy names."""

from __future__ import annotations

import functools

import regex

from gwr import cues, numbers

_LATIN = regex.compile(r"[A-Za-z]")
_DIGIT_TOKEN = regex.compile(r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*")
_SPACES_QUOTES = regex.compile(r"[\s" + cues.QUOTES_ESCAPED + r"]")
# a number quoted as a name in the words before a figure: “4050”人员 (a programme's name, not a count)
_QUOTED_NUMBER = regex.compile(r"[“\"]([0-9]{2,6})[”\"]")
_KINDS = frozenset({"类", "种"})
_LENGTHS = frozenset({"m", "km"})  # 110米口径…望远镜: a size in a name
_VERB_OBJECT = 3  # shortest object after a verb that makes the verb and its object a label
_SET_NOUN = 4  # longest noun of a set before a count inside it (37个市直部门395项…)  # a count of kinds sorts, it measures nothing (10种有色金属)
_ELIDED_REACH = 40  # how far back the clause with the object of a repeated verb may start
_SHARE_OF_UNITS = 28  # characters read after a share for the things it is a share of
_SUBJECT_ALONE = 40  # longest subject read from a clause of its own
_CLAUSE_MARKS = "，,；;：:。\n"


@functools.cache
def _tail_verb() -> regex.Pattern[str]:
    """label_tail_verb read backwards from the end its $ anchors it to, the longest match
    (POSIX): the same words as a forward sub, which tried the pattern at every position."""
    return regex.compile(cues.load().rx.label_tail_verb.pattern, regex.REVERSE | regex.POSIX)


def without_tail_verb(words: str) -> str:
    """``words`` without the verb, comparator or particle they end on (label_tail_verb:
    达到, 分别增长, 的): ``label_tail_verb.sub("", words)``, read backwards from the end once."""
    if words.endswith("\n"):  # $ also matches before a final line break, which the reverse read misses
        return cues.load().rx.label_tail_verb.sub("", words)
    tail = _tail_verb().search(words)
    return words[: tail.start()] if tail is not None else words


def no_loose_digits(label: str, names: frozenset[str] = frozenset()) -> bool:
    """Digits only inside Latin tokens (5G基站, PM10) or quoted ``names``, never a loose number."""
    return all(_LATIN.search(tok) or tok in names for tok in _DIGIT_TOKEN.findall(label))


def cut_label(label: str, limit: int = 20) -> str:
    """A label of at most ``limit`` characters: what follows the last verb of a service done for
    someone (为…社会人员开展职业技能培训 → 职业技能培训), else what follows the first 的, else
    the last ``limit`` characters."""
    if len(label) <= limit:
        return label
    served = list(cues.load().rx.label_service_verb.finditer(label))
    if served and len(label) - served[-1].end() >= 2:
        return label[served[-1].end() :][-limit:]
    of = label.find("的")
    if of > 0 and 2 <= len(label) - of - 1 <= limit:
        return label[of + 1 :]
    return label[-limit:]


def clean_label(part: str) -> str | None:
    """The label of one item of a subject list (A、B和C)."""
    rx = cues.load().rx
    label = rx.label_trim.sub("", _SPACES_QUOTES.sub("", part))
    label = rx.label_class_head.sub("", label)
    label = rx.label_item_verb.sub("", label)
    label = rx.label_examples.sub("", label) or label
    service = rx.label_service_number.match(label)  # 110报警数, 12345热线: a number that names a service
    if len(label) < 2 or not no_loose_digits(label, frozenset([service.group()] if service else [])):
        return None
    return cut_label(label)


def subject_before(text: str, clause: int, prev_end: int) -> str | None:
    """The subject standing alone in the clause before ``clause`` (城镇居民家庭人均可支配收入，由1997年的
    5160元增加到…): its words, when the clause holds nothing else."""
    if clause < 2 or text[clause - 1] not in "，,":
        return None
    lo = max(prev_end, max(text.rfind(ch, 0, clause - 1) for ch in _CLAUSE_MARKS) + 1)
    words = _SPACES_QUOTES.sub("", text[lo : clause - 1])
    found = without_tail_verb(cues.load().rx.label_trim.sub("", words))
    if not 2 <= len(found) <= _SUBJECT_ALONE or not no_loose_digits(found):
        return None
    return cut_label(found)


def label(text: str, start: int, q: numbers.Quantity) -> str | None:
    """The verb–object phrase a figure counts: the words before it from
    ``start`` (its clause, or after any earlier figure), or the verb before
    and the noun after it for counts ("拆除134台燃煤小锅炉" -> 拆除燃煤小锅炉)."""
    rx = cues.load().rx
    before = text[start : q.start]
    names = frozenset(_QUOTED_NUMBER.findall(before))
    before = rx.label_year.sub("", before)
    if rx.pair_start_before.fullmatch(before):
        return subject_before(text, start, 0)  # ，由1997年的5160元: the base of the subject before
    before = _SPACES_QUOTES.sub("", before)
    before = rx.label_paren.sub("", before)  # an aside (含新生儿); 生活污水治理（管控）率 keeps its bracket
    before = rx.label_piece.split(before)[-1] if before else before
    found = rx.label_trim.sub("", before)
    # 对车流量较大的85个…充电站: an attribute of the noun after the count, which is the label
    attribute = found.endswith("的")
    trimmed = without_tail_verb(found)
    found = trimmed if len(trimmed) >= 2 else found
    listed = found.endswith(("和", "与"))  # 13座城市公园和275个口袋公园: the noun follows (not 及: 惠及)
    listed = listed or attribute
    verb_end = rx.label_verb_end.search(found) is not None
    if found.endswith("等"):
        listed = True  # 承德北汽福田等348个重点项目: named examples, then the noun the count counts
    elided = rx.label_elided.fullmatch(found)
    purpose = rx.label_purpose_after.match(text, q.end) if rx.label_fund_verb.search(found) else None
    if elided is not None:
        found = _elided_object(text, start, elided.group("verb")) or found
    elif rx.label_bare_verb.fullmatch(found) and not rx.label_noun_after.match(text[q.end : q.end + 30]):
        found = _elided_object(text, start, None) or found  # 继续实施退耕还林还草，今年拟安排500万亩
    elif purpose is not None and q.unit in ("CNY", "USD"):
        found = purpose.group("noun")  # 安排500亿元设立中央预算稳定调节基金: what the money is for
    elif q.unit not in (None, "percent", "pp", "permille", "CNY", "USD") and (
        len(found) <= 4 or listed or verb_end
    ):
        found = _with_noun_after(text, q, found, listed)
    if not found and q.unit not in (None, "percent", "pp", "permille", "CNY", "USD"):
        # 确保年内200个村、15万人实现脱贫: the counts share the predicate after them
        shared = rx.shared_predicate_after.match(text[q.end : q.end + 30])
        if shared:
            found = shared.group("noun") + shared.group("pred")
            return cut_label(found) if no_loose_digits(found, names) else None
    if found.endswith(("和", "与")) and len(found) > 3:
        found = found[:-1]  # 和 with no noun after the count (建设城市绿道和500公里): not part of the label
    verb = rx.label_verbs.match(found)
    verb_only = (
        verb is not None
        and not (q.currency is not None and rx.label_change_object.fullmatch(found))
        and not (q.kind == "number" and len(found) - verb.end() >= _VERB_OBJECT)
    )  # 减少企业税负3000亿元, 增加蓄洪容积130亿立方米: an amount by which something changes is labelled by both
    if q.kind == "percent" and rx.share_head.fullmatch(found):
        # 确保今年20%的行政村达到人居环境达标村标准: the share of the things named after it that do it
        units = rx.share_of_units_after.match(text[q.end : q.end + _SHARE_OF_UNITS])
        if units is None or not no_loose_digits(units.group("what")):
            return None
        if units.group("does"):
            return cut_label(f"{units.group('does')}的{units.group('noun')}")
        return cut_label(units.group("what"))
    if not found or rx.label_bare_comparator.fullmatch(found):
        return subject_after(text, q)  # 849座公园实现24小时开放: the count is the subject
    if len(found) < 2 or verb_only or not no_loose_digits(found, names):
        return None
    if rx.label_preposition.match(found):
        return None  # 为超: only the words before a count, nothing it counts
    return cut_label(found)


def subject_after(text: str, q: numbers.Quantity, limit: int = 20) -> str | None:
    """The label of a figure that stands first, with no words of its own before it: what
    follows it up to a clause mark or a number (849座公园实现24小时开放 → 公园实现,
    20%的行政村达到…标准 → 行政村达到…标准); a share only before 的 (a percent is no count)."""
    if (
        q.unit is None
        or q.currency is not None
        or q.unit in _KINDS
        or q.unit in cues.TIME_UNITS
        or q.kind not in ("number", "percent")
    ):
        return None  # 超500亿元的支柱产业: a sum sorts; 10种有色金属: kinds; 24小时不打烊站点: a name
    rx = cues.load().rx
    m = rx.label_subject_after.match(text[q.end : q.end + 2 * limit])
    if m is None or (q.kind == "percent" and m.group("of") is None):
        return None
    noun = _SPACES_QUOTES.sub("", m.group("noun"))
    if (
        len(noun) < 2
        or rx.label_verbs.match(noun)
        or rx.label_whole_set.search(noun)
        or (q.unit in _LENGTHS and rx.label_dimension_after.match(noun))
        or not no_loose_digits(noun)
    ):
        return None
    after = q.end + m.end()
    if after < len(text) and text[after].isdigit():
        nxt = numbers.quantity_at(text, after)
        defined = rx.label_threshold_after.match(text[nxt.end : nxt.end + 24]) if nxt is not None else None
        if defined is not None:
            return _SPACES_QUOTES.sub("", defined.group("noun"))  # 631个农宅空置率30%—50%的“空心村”治理
        if rx.label_set_measure.search(noun):
            return None  # 11个产业集聚区建成区面积120平方公里: the set a measure is of
        if (
            nxt is not None
            and nxt.start == after
            and (nxt.unit == q.unit or (numbers.counter_unit(nxt.unit) and len(noun) <= _SET_NOUN))
            and not rx.item_split.search(noun)
        ):
            return None  # 76个冬奥项目开工65个, 37个市直部门395项审批事项: the set, then a count in it
    return noun[:limit]


def _with_noun_after(text: str, q: numbers.Quantity, found: str, listed: bool) -> str:
    """The verb before a count and the noun after it (拆除134台燃煤小锅炉 → 拆除燃煤小锅炉); the
    noun alone after 和, after a verb that makes others act (引导2万名高校毕业生到…) and after an
    attribute ending in 的 (3个以上主营业务收入超百亿元的企业集团)."""
    rx = cues.load().rx
    tail = text[q.end : q.end + 40]
    attribute = rx.label_attribute_after.match(tail)
    if attribute is not None:
        whole = _SPACES_QUOTES.sub("", attribute.group("attr") + "的" + attribute.group("noun"))
        return whole if len(whole) <= 16 and no_loose_digits(whole) else attribute.group("noun")
    examples = rx.label_examples_after.match(tail)
    if examples is not None:
        return examples.group("noun")  # the noun the examples are of, with no verb
    after = rx.label_noun_after.match(tail)
    if after is None and rx.label_drop_verb.search(found):
        after = rx.label_sent_after.match(tail)  # 选派2000名农村科技特派员服务县域…: the people sent
    if after is None:
        return found
    noun = _SPACES_QUOTES.sub("", after.group("noun"))
    noun = noun[1:] if noun.startswith("的") and len(noun) > 3 else noun  # 11个左右的县
    if rx.label_verbs.match(noun):
        return found
    # after 和 the words before belong to the previous item: the noun alone
    if listed:
        verb = ""
    elif len(found) > 4:
        verb = found[rx.label_verb_end.search(found).start() :]  # type: ignore[union-attr]
    else:
        verb = rx.label_new.sub("", found)
    if rx.label_drop_verb.search(verb):
        verb = ""
    return verb + noun if not rx.label_verbs.match(verb + noun) else noun


def pair_label(text: str, clause: int, prev_end: int, q: numbers.Quantity) -> str | None:
    """The label of the second value of a change from one to the other (推动县中托管帮扶从15个县
    扩大到57个县): the words before the first value, as for the first."""
    rx = cues.load().rx
    if not clause < prev_end < q.start or not rx.pair_end_before.match(text, prev_end, q.start):
        return None
    opens = list(rx.pair_start_before.finditer(text, clause, prev_end))
    if not opens:
        return None
    before = rx.label_year.sub("", text[clause : opens[-1].start()])
    if not before:
        return subject_before(text, clause, 0)  # ，由1997年的5160元增加到…的7703元
    before = rx.label_paren.sub("", _SPACES_QUOTES.sub("", before))
    found = without_tail_verb(rx.label_trim.sub("", rx.label_piece.split(before)[-1]))
    if len(found) < 2 or rx.label_verbs.match(found) or not no_loose_digits(found):
        return None
    return cut_label(found)


def _elided_object(text: str, start: int, verb: str | None) -> str | None:
    """The object of ``verb`` in the clause before, when a count repeats the verb alone
    (开展文化下乡活动，市级开展300场，每县开展不少于100场 -> 文化下乡活动), or of the verb of the
    task the clause before names when a count has only a verb of its own (None: 继续实施退耕还林还草，
    今年拟安排500万亩 -> 退耕还林还草)."""
    before = text[max(0, start - _ELIDED_REACH) : start]
    before = before[before.rfind("。") + 1 :]  # within the sentence
    verbs = regex.escape(verb) if verb is not None else cues.load().rx.label_task_verb.pattern
    pattern = regex.compile("(?:" + verbs + r")(?P<obj>[\p{Han}“”]{2,12})$")
    for clause in reversed(regex.split(r"[，,；;：:\n]", before)[:-1]):
        m = pattern.search(clause)
        if m:
            return _SPACES_QUOTES.sub("", m.group("obj"))
    return None
