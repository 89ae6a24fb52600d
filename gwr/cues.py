"""cues: the vocabulary gwr.indicators reads figures with.

Compiled once from gwr/data/cues.yaml (comparators, measures, strength,
status, horizons, explicit "no target", distributive subjects, denominators)
and gwr/data/indicators.yaml (aliases and shadows, as one Aho–Corasick
automaton), plus the small text helpers that build labels and read years.
Everything here is a pure function of the data files; nothing runs at import
beyond compiling a few regular expressions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import regex

from gwr import taxonomy
from gwr.lexicon import alternation, read_yaml
from gwr.types import Comparator

CLAUSE_END = "，,；;：:"
YEAR_IN = regex.compile(r"(?P<y>(?:19|20)\d\d)年")
QUOTE_CHARS = "“”\"'‘’「」《》"
QUOTES_ESCAPED = regex.escape(QUOTE_CHARS)
LABEL_TRIM = regex.compile(
    r"^(?:全年|今年|明年|年内|全市|全省|全区|全县|全国|我市|我省|我区|我县|要|将|再|共|累计|力争|确保|争取|努力|"
    r"计划|预计|其中|同时|并|继续|进一步|加快|推进|实施|完成|实现|开展|共计|总计|一年来|五年来|以上|分别|均|都|已|"
    r"重点|着力|大力|积极|稳步|扎实|持续|深入|全面|还|又|和|及|与|、)+"
)
LABEL_VERBS = regex.compile(
    r"^(?:增长|下降|达到|实现|完成|提高|降低|超过|突破|增加|减少|占|比上年|同比|年均)"
)
SKIP_UNITS = frozenset({"year"})
MONEY = frozenset({"CNY", "USD", "EUR", "HKD"})
CONTINUES = regex.compile(
    r"^(?:(?:19|20)\d\d年)?(?:比上年|同比|年均|全年|总量|总额|规模)?"
    r"(?:增长|下降|提高|降低|增加|减少|上涨|回落|突破|超过|达到|实现|为)"
    r"|^(?:增速|增幅)(?:高于|快于|低于|慢于|比)"
    r"|^(?:力争|争取|确保|努力)(?:达到|实现|增长|完成)?$"
)
STATES = regex.compile(
    r"^(?:(?:计划|预计|要|将)?(?:定为|确定为|调整为|安排为?|为|是|达到|实现|控制在|保持在|实际到位|到位|增长|下降))"
)
TARGET_SENTENCE = regex.compile(
    r"(?:预期|主要|调控|奋斗|发展)目标(?:建议)?(?:是|为|定为|：|:)|(?:预期|主要)目标(?:建议)?[^，。；]{0,4}[：:]"
)
LATIN = regex.compile(r"[A-Za-z]")
DIGIT_TOKEN = regex.compile(r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*")
COMPARATOR_OF: dict[str, Comparator] = {"ge": ">=", "le": "<=", "ap": "~", "gt": ">", "lt": "<"}
THIS_YEAR_CUE = regex.compile(r"今年|本年度|全年")
BASE_AFTER = regex.compile(r"(?:同期)?(?:的|水平)(?=\d|同期|水平)")  # 恢复至2019年的148%
BASELINE_YEAR = regex.compile(r"(?:比|较|与|同|相比|对比|在)(?:(?:19|20)\d\d)年")
LIST_VERB = regex.compile(
    r"(?:同比|比上年|年均|全年)?(?:分别|均|都)?(?:增长|下降|达到|为|是|实现|完成|提高|降低|增加|减少|控制在|上涨|突破|超过"
    r"|削减|压减|缩减|提升|上升|回落)?"
    r"(?:到|至)?$"
)


class Cached:
    """regex's module functions with our own compile cache: the module-level
    cache costs more than the match itself on short sentences."""

    def __init__(self) -> None:
        self._cache: dict[str, regex.Pattern[str]] = {}

    def _c(self, pattern: str) -> regex.Pattern[str]:
        compiled = self._cache.get(pattern)
        if compiled is None:
            compiled = self._cache[pattern] = regex.compile(pattern)
        return compiled

    def search(
        self, pattern: str, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self._c(pattern).search(string, pos, len(string) if endpos is None else endpos)

    def match(self, pattern: str, string: str) -> regex.Match[str] | None:
        return self._c(pattern).match(string)

    def fullmatch(self, pattern: str, string: str) -> regex.Match[str] | None:
        return self._c(pattern).fullmatch(string)

    def sub(self, pattern: str, repl: str, string: str) -> str:
        return self._c(pattern).sub(repl, string)

    def split(self, pattern: str, string: str) -> list[str]:
        return self._c(pattern).split(string)

    def finditer(self, pattern: str, string: str) -> Iterator[regex.Match[str]]:
        return self._c(pattern).finditer(string)


rx = Cached()


@functools.cache
def cues() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml("cues.yaml")
    return data


@functools.cache
def automaton() -> Any:
    import ahocorasick

    auto = ahocorasick.Automaton()
    index = dict(taxonomy.alias_index())
    for alias, ids in cues()["distributive"].items():
        index[alias] = ",".join(ids)
    for shadow in taxonomy.shadows():
        index.setdefault(shadow, "")  # matched, then dropped: names no indicator
    for alias, ind in index.items():
        auto.add_word(alias, (alias, ind))
    auto.make_automaton()
    return auto


@functools.cache
def patterns() -> dict[str, regex.Pattern[str]]:
    c = cues()
    out: dict[str, regex.Pattern[str]] = {}
    # one pattern for each side, a named group per comparator (leftmost match wins)
    names = {">=": "ge", "<=": "le", "~": "ap", ">": "gt", "<": "lt"}
    after = "|".join(
        f"(?P<{names[comp]}>" + "|".join(r"\s?".join(regex.escape(ch) for ch in w) for w in words) + ")"
        for comp, words in c["comparators"]["after"].items()
    )
    out["after"] = regex.compile(r"^\s?[\p{Han}]{0,3}?\s?(?:" + after + ")")
    before = "|".join(
        f"(?P<{names[comp]}>" + alternation(words) + ")" for comp, words in c["comparators"]["before"].items()
    )
    out["before"] = regex.compile("(?:" + before + r")[\p{Han}]{0,2}$")
    out["up"] = regex.compile(alternation(c["measures"]["up"]))
    out["down"] = regex.compile(alternation(c["measures"]["down"]))
    out["share"] = regex.compile(alternation(c["measures"]["share"]))
    out["hard"] = regex.compile(alternation(c["strength"]["hard"]))
    out["soft"] = regex.compile(alternation(c["strength"]["soft"]))
    out["estimate"] = regex.compile(alternation(c["status"]["estimate"]))
    out["target"] = regex.compile(alternation(c["status"]["target"]))
    out["horizon"] = regex.compile("|".join(f"(?:{h['pattern']})" for h in c["horizon"]))
    out["absent"] = regex.compile("|".join(f"(?:{a['pattern']})" for a in c["absent"]))
    return out


@functools.cache
def denominator() -> regex.Pattern[str]:
    return regex.compile(alternation(cues()["denominator_before"]) + r"$")


def no_loose_digits(label: str) -> bool:
    """Digits only inside Latin tokens (5G基站, PM10), never a loose number."""
    return all(LATIN.search(tok) for tok in DIGIT_TOKEN.findall(label))


def cut_label(label: str, limit: int = 20) -> str:
    if len(label) <= limit:
        return label
    return label[-limit:]


def norm(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def complete(
    parts: list[str], k: int, found: list[tuple[str | None, str | None]], index: dict[str, str]
) -> str | None:
    """An indicator for list item ``k`` borrowed from a neighbour that names one:
    the item plus the neighbour's tail (城镇 + 居民人均可支配收入), or the
    neighbour's head plus the item (单位国内生产总值 + 二氧化碳排放)."""
    item = LABEL_TRIM.sub("", parts[k].strip())
    if not item:
        return None
    for j in range(len(found)):
        if j == k:
            continue
        neighbour = LIST_VERB.sub("", parts[j].strip())
        for cut in range(1, min(12, len(neighbour))):
            for candidate in (item + neighbour[cut:], neighbour[:cut] + item):
                hit = index.get(candidate)
                if hit is not None:
                    return hit
    return None


def strip_after(gap: str) -> str:
    """The joiner between two listed figures, without a comparator word."""
    return rx.sub(r"^(?:以上|左右|以内|以下)", "", gap)


def clean_label(part: str) -> str | None:
    raw = rx.sub(r"[\s" + QUOTES_ESCAPED + r"]", "", part)
    label = LABEL_TRIM.sub("", raw)
    label = rx.sub(
        r"(?:同比|比上年)?(?:分别|均|都)?(?:增长|下降|达到|为|是|实现|完成|提高|降低|增加|减少)?$", "", label
    )
    if len(label) < 2 or not no_loose_digits(label):
        return None
    return cut_label(label)


@functools.cache
def cue_patterns() -> dict[str, regex.Pattern[str]]:
    p = patterns()
    return {
        "estimate": p["estimate"],
        "target": p["target"],
        "target_sentence": TARGET_SENTENCE,
        "done": regex.compile(r"完成了|实现了|取得了|达到了|超额完成|圆满完成"),
        # 比上年 compares with last year: it is not a past-tense cue
        "past": regex.compile(r"(?<![比较同])(?:去年|上年)|过去一年|过去五年|五年来|一年来|已经|已累计"),
        "past_loose": regex.compile(r"去年|上年|过去|一年来|五年来|已经|已|累计|同比|比上年"),
    }


@functools.cache
def alias_index() -> dict[str, str]:
    return taxonomy.alias_index()


def plan_end(plan: str) -> int | None:
    order = {
        "六五": 1985,
        "七五": 1990,
        "八五": 1995,
        "九五": 2000,
        "十五": 2005,
        "十一五": 2010,
        "十二五": 2015,
        "十三五": 2020,
        "十四五": 2025,
        "十五五": 2030,
        "十六五": 2035,
        "十七五": 2040,
    }
    return order.get(plan)
