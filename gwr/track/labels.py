"""labels: open commitments (figures with no canonical indicator) matched by what they name.

``core(label)`` strips what varies between a plan and its review while naming the same thing:
leading verbs and adverbs (新增, 完成, 取缔, 拆除, 全年 …) and trailing measure words (增长,
工程, 改造 …), quotes and spaces. ``similar(a, b)`` scores two cores 0–1: 1 when equal, 0.9
when one holds the other, else rapidfuzz's ratio; cores under two characters match nothing
(新建 alone names no work).
"""

from __future__ import annotations

import functools
import re

THRESHOLD = 0.8  # below this two labels are taken to name different things
_PREFIXES = (
    "彻底整治",
    "全面完成",
    "高质量实施",
    "新认定",
    "全年",
    "全市",
    "累计",
    "新增",
    "新建",
    "增建",
    "完成",
    "实施",
    "实现",
    "取缔",
    "拆除",
    "淘汰",
    "整治",
    "治理",
    "更新",
    "提供",
    "引进",
    "组建",
    "发展",
    "推进",
    "建成",
    "建设",
    "启动",
    "开工",
    "培育",
    "改善",
    "改造",
    "确保",
    "力争",
    "争取",
    "达到",
    "全面",
    "彻底",
    "再",
    "了",
    "增",
)
_SUFFIXES = ("增长", "下降", "减少", "提高", "达到", "工程", "改造", "建设", "任务", "完成")
# Labels that name an attribute of something, not a commitment: 总投资 of a project, 年产 of a
# plant, the base of 由X提高到Y. Such figures are never paired.
_GENERIC = frozenset(
    {
        "总投资",
        "投资",
        "年度投资",
        "年度计划投资",
        "计划投资",
        "投资额",
        "总面积",
        "面积",
        "全长",
        "规模",
        "标准",
        "产能",
    }
)
_ATTRIBUTE = re.compile(r"(?:年产|日产|产能|由.*)$")
_NOISE = re.compile(r"[\s“”\"'‘’「」《》（）()、，,。:：]")
MIN_CORE = 2


def _by_end(words: tuple[str, ...], end: int) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first (``end`` = 0) or last (−1) character, order kept: only
    the words that can match are tried."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[end], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


_PREFIX_BY_FIRST = _by_end(_PREFIXES, 0)
_SUFFIX_BY_LAST = _by_end(_SUFFIXES, -1)


@functools.lru_cache(maxsize=65536)
def core(label: str | None) -> str:
    """The part of a label that names the thing (``新增造林`` → ``造林``; ``暖房子工程`` → ``暖房子``)."""
    if not label:
        return ""
    text = _NOISE.sub("", label)
    changed = True
    while changed and text:
        changed = False
        for p in _PREFIX_BY_FIRST.get(text[0], ()):
            if text.startswith(p) and len(text) - len(p) >= MIN_CORE:
                text = text[len(p) :]
                changed = True
                break
        for s in _SUFFIX_BY_LAST.get(text[-1], ()):
            if text.endswith(s) and len(text) - len(s) >= MIN_CORE:
                text = text[: -len(s)]
                changed = True
                break
    if len(text) < MIN_CORE or text in _PREFIXES or text in _GENERIC or _ATTRIBUTE.search(text):
        return ""
    return text


def similar(a: str | None, b: str | None) -> float:
    """0–1: how surely two labels name the same thing (0 when either names nothing)."""
    return similar_cores(core(a), core(b))


@functools.lru_cache(maxsize=65536)
def similar_cores(ca: str, cb: str) -> float:
    """``similar`` of two cores (``core`` already applied)."""
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return 1.0
    if len(ca) >= 2 and len(cb) >= 2 and (ca in cb or cb in ca):
        return 0.9
    from rapidfuzz import fuzz

    return float(fuzz.ratio(ca, cb)) / 100.0
