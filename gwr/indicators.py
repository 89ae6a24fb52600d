"""indicators: CleanText + sections + Metadata -> tuple[Mention, ...].

Reads the clean text, the outline's section roles and the report/review
years. Adds one Mention per quantified figure: the canonical indicator (or a
label for open commitments), the value in its base unit, comparator, measure,
status, strength, year and the exact span of the printed figure.

One pass: quantities come from ``gwr.numbers.scan_quantities``, indicator
aliases from one Aho–Corasick automaton over the taxonomy; each quantity is
tied to the nearest alias before it in its clause (or the clause before, for
"达到928亿元，增长7%"), and the words around it decide the rest. Doubtful
figures get a lower confidence and a flag rather than a guess.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from gwr import numbers, taxonomy
from gwr.lexicon import alternation, read_yaml
from gwr.types import CleanText, Comparator, Measure, Mention, Metadata, Role, Section, Status, Strength

_SENT_END = regex.compile(r"[。！？!?\n]+")
_CLAUSE_END = "，,；;：:"
_YEAR_IN = regex.compile(r"(?P<y>(?:19|20)\d\d)年")
_QUOTE_CHARS = "“”\"'‘’「」《》"
_QUOTES_ESCAPED = regex.escape(_QUOTE_CHARS)
_LABEL_TRIM = regex.compile(
    r"^(?:全年|今年|明年|年内|全市|全省|全区|全县|全国|我市|我省|我区|我县|要|将|再|共|累计|力争|确保|争取|努力|"
    r"计划|预计|其中|同时|并|继续|进一步|加快|推进|实施|完成|实现|开展|共计|总计|一年来|五年来|以上|分别|均|都|已|"
    r"重点|着力|大力|积极|稳步|扎实|持续|深入|全面|还|又|和|及|与|、)+"
)
_LABEL_VERBS = regex.compile(
    r"^(?:增长|下降|达到|实现|完成|提高|降低|超过|突破|增加|减少|占|比上年|同比|年均)"
)
_SKIP_UNITS = frozenset({"year"})
_MONEY = frozenset({"CNY", "USD", "EUR", "HKD"})
_CONTINUES = regex.compile(
    r"^(?:(?:19|20)\d\d年)?(?:比上年|同比|年均|全年|总量|总额|规模)?"
    r"(?:增长|下降|提高|降低|增加|减少|上涨|回落|突破|超过|达到|实现|为)"
    r"|^(?:增速|增幅)(?:高于|快于|低于|慢于|比)"
    r"|^(?:力争|争取|确保|努力)(?:达到|实现|增长|完成)?$"
)
_STATES = regex.compile(
    r"^(?:(?:计划|预计|要|将)?(?:定为|确定为|调整为|安排为?|为|是|达到|实现|控制在|保持在|实际到位|到位|增长|下降))"
)
_TARGET_SENTENCE = regex.compile(
    r"(?:预期|主要|调控|奋斗|发展)目标(?:建议)?(?:是|为|定为|：|:)|(?:预期|主要)目标(?:建议)?[^，。；]{0,4}[：:]"
)
_LATIN = regex.compile(r"[A-Za-z]")
_DIGIT_TOKEN = regex.compile(r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*")
_COMPARATOR_OF: dict[str, Comparator] = {"ge": ">=", "le": "<=", "ap": "~", "gt": ">", "lt": "<"}
_THIS_YEAR_CUE = regex.compile(r"今年|本年度|全年")
_BASE_AFTER = regex.compile(r"(?:同期)?(?:的|水平)(?=\d|同期|水平)")  # 恢复至2019年的148%
_BASELINE_YEAR = regex.compile(r"(?:比|较|与|同|相比|对比|在)(?:(?:19|20)\d\d)年")
_LIST_VERB = regex.compile(
    r"(?:同比|比上年|年均|全年)?(?:分别|均|都)?(?:增长|下降|达到|为|是|实现|完成|提高|降低|增加|减少|控制在|上涨|突破|超过"
    r"|削减|压减|缩减|提升|上升|回落)?"
    r"(?:到|至)?$"
)


class _Cached:
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


_rx = _Cached()


@dataclass(frozen=True, slots=True)
class _Alias:
    start: int
    end: int
    text: str
    ids: tuple[str, ...]


@functools.cache
def _cues() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml("cues.yaml")
    return data


@functools.cache
def _automaton() -> Any:
    import ahocorasick

    auto = ahocorasick.Automaton()
    index = dict(taxonomy.alias_index())
    for alias, ids in _cues()["distributive"].items():
        index[alias] = ",".join(ids)
    for shadow in taxonomy.shadows():
        index.setdefault(shadow, "")  # matched, then dropped: names no indicator
    for alias, ind in index.items():
        auto.add_word(alias, (alias, ind))
    auto.make_automaton()
    return auto


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    c = _cues()
    out: dict[str, regex.Pattern[str]] = {}
    for comp, words in c["comparators"]["after"].items():
        spaced = "(?:" + "|".join(r"\s?".join(regex.escape(ch) for ch in w) for w in words) + ")"
        out["after" + comp] = regex.compile(r"^\s?[\p{Han}]{0,3}?\s?" + spaced)
    for comp, words in c["comparators"]["before"].items():
        out["before" + comp] = regex.compile(alternation(words) + r"[\p{Han}]{0,2}$")
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
    out["actual"] = regex.compile(alternation(c["status"]["actual"]))
    out["target"] = regex.compile(alternation(c["status"]["target"]))
    out["horizon"] = regex.compile("|".join(f"(?:{h['pattern']})" for h in c["horizon"]))
    out["absent"] = regex.compile("|".join(f"(?:{a['pattern']})" for a in c["absent"]))
    return out


@functools.cache
def _denominator() -> regex.Pattern[str]:
    return regex.compile(alternation(_cues()["denominator_before"]) + r"$")


def _aliases(text: str) -> list[_Alias]:
    """Indicator aliases in the text, leftmost-longest. An alias that is the
    denominator of a share (占地区生产总值比重) is not the figure's subject: the
    subject before 占 gets its share-of-GDP indicator when it has one."""
    out: list[_Alias] = []
    share_of_gdp: dict[str, str] = _cues()["share_of_gdp"]
    denominator = _denominator()
    for end_idx, (alias, ind) in _automaton().iter_long(text):
        if not ind:
            continue
        start = end_idx - len(alias) + 1
        if denominator.search(text, max(0, start - 4), start):
            if out and out[-1].end >= start - 4 and out[-1].ids[0] in share_of_gdp:
                prev = out.pop()
                out.append(
                    _Alias(
                        prev.start, end_idx + 1, text[prev.start : end_idx + 1], (share_of_gdp[prev.ids[0]],)
                    )
                )
            continue
        out.append(_Alias(start, end_idx + 1, alias, tuple(ind.split(","))))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. A line break ends a sentence unless the line was broken
    inside one: after 、or ，, or before a line that starts with a figure."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if (
            m.group() == "\n"
            and m.start() > 0
            and (text[m.start() - 1] in "、，," or (m.end() < len(text) and text[m.end()].isdigit()))
        ):
            continue
        end = m.start() + (1 if text[m.start()] in "。！？!?" else 0)
        if end > pos:
            spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def extract_mentions(clean: CleanText, sections: Sequence[Section], meta: Metadata) -> tuple[Mention, ...]:
    """Every quantified figure in the clean text, in document order."""
    text = clean.text
    aliases = _aliases(text)
    alias_starts = [a.start for a in aliases]
    sec_starts = [s.start for s in sections]
    plan_starts = [s.start for s in sections if s.role in ("plan_targets", "plan_tasks")]
    first_plan = min(plan_starts) if plan_starts else None
    everything = numbers.scan_quantities(text)
    q_starts = [q.start for q in everything]
    out: list[Mention] = []
    for s_start, s_end in _sentences(text):
        qlo = bisect.bisect_left(q_starts, s_start)
        qhi = bisect.bisect_left(q_starts, s_end)
        quantities = [q for q in everything[qlo:qhi] if q.end <= s_end]
        sentence = text[s_start:s_end]
        worded = "持平" in sentence or "目标" in sentence
        if not quantities and not worded:
            continue
        role = _role(sections, sec_starts, s_start)
        if role == "glossary":
            continue
        if role in (None, "other") and first_plan is not None:
            # reports review first and plan after: an unnamed section takes its side
            role = "review" if s_start < first_plan else "plan_tasks"
        lo = bisect.bisect_left(alias_starts, s_start)
        hi = bisect.bisect_left(alias_starts, s_end)
        ctx = _Sentence(text, s_start, s_end, role, meta, aliases[lo:hi])
        if worded:
            out.extend(ctx.absent())
            out.extend(ctx.fixed())
        if quantities:
            out.extend(ctx.mentions(quantities))
    return tuple(out)


def _role(sections: Sequence[Section], starts: list[int], offset: int) -> Role | None:
    i = bisect.bisect_right(starts, offset) - 1
    role: Role | None = None
    # innermost section containing offset: walk back over candidates
    while i >= 0:
        s = sections[i]
        if s.start <= offset < s.end:
            role = s.role
            break
        i -= 1
    return role


class _Sentence:
    def __init__(
        self, text: str, start: int, end: int, role: Role | None, meta: Metadata, aliases: list[_Alias]
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.role = role
        self.meta = meta
        self.aliases = aliases
        self.sentence = text[start:end]
        self.p = _patterns()
        self.prev_end = start
        self._cue_cache: dict[str, list[tuple[int, int]]] = {}
        self._cue_patterns = _cue_patterns()
        self._years_cache: list[tuple[int, int, int]] | None = None
        self._horizon_cache: list[regex.Match[str]] | None = None
        self._delims: list[int] | None = None

    # --- entry points -------------------------------------------------------
    def fixed(self) -> list[Mention]:
        """Figures stated in words: 居民消费价格与上年持平 is CPI growth 0."""
        out = []
        for f in _cues().get("fixed", []):
            for m in _rx.finditer(f["pattern"], self.sentence):
                status: Status = "actual" if self.role == "review" else "target"
                out.append(
                    Mention(
                        indicator=f["indicator"],
                        label=None,
                        value=Decimal(f["value"]),
                        unit=f["unit"],
                        currency=None,
                        low=None,
                        high=None,
                        comparator="=",
                        measure=f["measure"],
                        status=status,
                        strength=None,
                        year=self._year(status, self.start + m.start()),
                        start=self.start + m.start(),
                        end=self.start + m.end(),
                        sentence=self.sentence,
                        raw=m.group(),
                        section=self.role,
                    )
                )
        return out

    def absent(self) -> list[Mention]:
        m = self.p["absent"].search(self.sentence)
        if m is None:
            return []
        a = _cues()["absent"][0]
        return [
            Mention(
                indicator=a["indicator"],
                label=None,
                value=None,
                unit="percent",
                currency=None,
                low=None,
                high=None,
                comparator="absent",
                measure=a["measure"],
                status="target",
                strength=None,
                year=self.meta.report_year,
                start=self.start + m.start(),
                end=self.start + m.end(),
                sentence=self.sentence,
                raw=m.group(),
                section=self.role,
            )
        ]

    def mentions(self, quantities: list[numbers.Quantity]) -> list[Mention]:
        quantities = [q for q in quantities if not self._qualifier(q)]
        out: list[Mention] = []
        assigned = self._lists(quantities)
        prev_ids: tuple[str, ...] = ()
        prev_label: str | None = None
        self.prev_end = self.start
        for i, q in enumerate(quantities):
            if i > 0:
                self.prev_end = quantities[i - 1].end
            if q.unit in _SKIP_UNITS:
                continue
            clause = self.clause(q.start)
            if i in assigned:
                ind, label, lead_from, lead_to = assigned[i]
                mention = self._mention(
                    q, ind, None, clause, False, label=label, lead_from=lead_from, lead_to=lead_to
                )
                if mention is not None:
                    out.append(mention)
                    if ind:
                        prev_ids = (ind,)
                continue
            ids, alias, inherited = self._indicator(q, clause, prev_ids)
            ids = tuple(i for i in ids if self._unit_fits(i, q, alias is not None and not inherited))
            if not ids and q.unit is None and q.kind == "number":
                continue  # a bare number with no indicator is not a figure we can name
            label = None
            if not ids and prev_label and _CONTINUES.match(self.text[clause : q.start]):
                label = prev_label  # 海洋经济总产值4200亿元、增长9%以上
            for ind in ids or (None,):
                mention = self._mention(q, ind, alias, clause, inherited, label=label)
                if mention is not None:
                    out.append(mention)
                    prev_label = mention.label
            if ids:
                prev_ids = ids
        return out

    def _qualifier(self, q: numbers.Quantity) -> bool:
        """亿元以上项目, 500万元以上企业: a size class, not a figure; also a
        malformed number (1..5%) and a bare number without unit or scale
        (a flattened table cell), which are dropped rather than guessed."""
        if (
            "malformed" in q.flags
            or "vague" in q.flags
            or (q.kind == "number" and q.unit is None and q.scale == 1)
        ):
            return True
        bare = q.raw[:1] in "十百千万亿" and not any(ch.isdigit() for ch in q.raw)
        if q.kind == "number" and bare and _rx.match(r"^(?:以上|以下|级)", self.text[q.end : q.end + 3]):
            return True
        tail = self.text[q.end : q.end + 8]
        if _rx.match(
            r"^(?:及)?(?:以上|以下)?(?:的)?(?:重点|重大|工业|规模)?(?:项目|企业|大项目|产业项目|的项目|的企业)",
            tail,
        ):
            return True
        # 10吨以下燃煤小锅炉, 5000万元以上企业: a size class in front of a noun
        return (
            q.kind == "number"
            and _rx.match(r"^(?:及)?(?:以上|以下)(?!的(?:目标|任务|水平))[\p{Han}]", tail) is not None
        )

    def _unit_fits(self, ind: str, q: numbers.Quantity, adjacent: bool) -> bool:
        """A level in a unit the indicator cannot have is not that indicator
        (实现了300个蓝天 after a PM2.5 figure)."""
        if q.kind != "number":
            return True
        info = taxonomy.indicator(ind)
        if info.unit == q.unit or (info.unit in _MONEY and q.unit in _MONEY):
            return True
        if info.unit == "ton" and q.unit == "kg":
            return True
        return adjacent and q.unit is None

    # --- indicators ---------------------------------------------------------
    def _indicator(
        self, q: numbers.Quantity, clause: int, prev_ids: tuple[str, ...]
    ) -> tuple[tuple[str, ...], _Alias | None, bool]:
        before = [a for a in self.aliases if clause <= a.start and a.end <= q.start]
        if before:
            last = before[-1]
            between = self.text[last.end : q.start]
            if len(between) <= 24:
                group = self._joined(before)
                if len(group) > 1 and _rx.search(r"均|都|同时", between):
                    ids = tuple(i for a in group for i in a.ids)
                    return ids, last, False
                if _rx.search(r"均|都", between) and len(last.ids) > 1:
                    return last.ids, last, False
                return last.ids[:1] if len(last.ids) > 1 else last.ids, last, False
        # the subject right after a count: 确保7万农村贫困人口脱贫
        if q.kind == "number":
            after = next((a for a in self.aliases if q.end <= a.start <= q.end + 4), None)
            if (
                after is not None
                and _rx.fullmatch(r"[\p{Han}]*", self.text[q.end : after.start])
                and (len(after.ids) == 1 and self._unit_fits(after.ids[0], q, False))
            ):
                return after.ids, after, False
        # a clause that only continues the previous one: "达到928亿元，增长7%"
        head = self.text[clause : q.start]
        if prev_ids and len(head) <= 12 and _CONTINUES.match(head):
            return prev_ids[:1], None, True
        # the subject ends the clause before: "经济增长速度的宏观调控目标，定为百分之八至九"
        earlier = [a for a in self.aliases if a.end <= clause]
        if earlier and len(head) <= 8 and _STATES.match(head):
            last = earlier[-1]
            gap = self.text[last.end : q.start]
            if len(gap) <= 30 and not numbers.scan_quantities(self.text, last.end, q.start):
                return last.ids[:1], last, True
        return (), None, False

    def _joined(self, before: list[_Alias]) -> list[_Alias]:
        """The run of aliases ending at the last one, joined by 、和及与."""
        group = [before[-1]]
        for a in reversed(before[:-1]):
            gap = self.text[a.end : group[0].start]
            if _rx.fullmatch(r"\s*(?:、|和|及|与|以及)?\s*", gap):
                group.insert(0, a)
            else:
                break
        return group

    def _lists(
        self, quantities: list[numbers.Quantity]
    ) -> dict[int, tuple[str | None, str | None, int, int]]:
        """Figures listed against subjects in order: "A、B分别增长X%和Y%",
        "城乡居民人均可支配收入40587元和16865元，分别增长6.7%和7.7%".
        Returns {quantity index: (indicator, label, start and end of the verb text)}."""
        out: dict[int, tuple[str | None, str | None, int, int]] = {}
        runs: list[list[int]] = []
        for i, q in enumerate(quantities):
            if runs and i - 1 == runs[-1][-1]:
                gap = self.text[quantities[i - 1].end : q.start]
                gap = _strip_after(gap)
                if _rx.fullmatch(r"\s*(?:和|、|及|与|，和)\s*", gap):
                    runs[-1].append(i)
                    continue
            runs.append([i])
        subjects: list[tuple[str | None, str | None]] = []
        for run in runs:
            if len(run) < 2:
                continue
            first = quantities[run[0]]
            clause = self.clause(first.start)
            head = self.text[clause : first.start]
            verb = _LIST_VERB.search(head)
            subject_text = head[: verb.start()] if verb else head
            subject_end = clause + len(subject_text)
            items = self._items(clause, subject_end)
            if not items and subjects and len(subjects) == len(run):
                items = subjects
            if len(items) == 1 and items[0][0] and "," in _DISTRIBUTIVE.get(items[0][1] or "", ""):
                ids = _DISTRIBUTIVE[items[0][1] or ""].split(",")
                items = [(i, None) for i in ids]
            if len(items) != len(run):
                continue
            subjects = items
            for (ind, label), qi in zip(items, run, strict=True):
                out[qi] = (ind, label if ind is None else None, subject_end, first.start)
        return out

    def _items(self, start: int, end: int) -> list[tuple[str | None, str | None]]:
        """Split a subject list (A、B和C) into (indicator, label) items. Items that
        share a head noun are completed from their neighbours: 城镇和农村居民人均
        可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入."""
        text = self.text[start:end]
        if not text.strip():
            return []
        for a in self.aliases:
            if (
                len(a.ids) > 1
                and a.start >= start
                and a.end <= end
                and not text[: a.start - start].strip("全省市区县年今")
            ):
                return [(i, None) for i in a.ids]  # 城镇和农村居民人均可支配收入 X和Y
        parts = list(_rx.split(r"、|和|及|与|以及", text))
        found: list[tuple[str | None, str | None]] = []
        pos = start
        for part in parts:
            p_start = self.text.find(part, pos, end) if part else pos
            p_end = p_start + len(part)
            pos = p_end
            inside = [a for a in self.aliases if p_start <= a.start and a.end <= p_end]
            if inside:
                alias = inside[-1]
                if len(parts) == 1 and len(alias.ids) > 1:
                    return [(i, None) for i in alias.ids]  # 城乡居民人均可支配收入 X和Y
                found.append((alias.ids[0], None))
            else:
                found.append((None, _clean_label(part)))
        index = _alias_index()
        items: list[tuple[str | None, str | None]] = []
        for k, (ind, label) in enumerate(found):
            if ind is None:
                ind = _complete(parts, k, found, index)
            if ind is None and not label:
                return []
            items.append((ind, label if ind is None else None))
        return items

    # --- one mention ----------------------------------------------------------
    def _mention(
        self,
        q: numbers.Quantity,
        ind: str | None,
        alias: _Alias | None,
        clause: int,
        inherited: bool,
        label: str | None = None,
        lead_from: int | None = None,
        lead_to: int | None = None,
    ) -> Mention | None:
        text = self.text
        if lead_to is not None and lead_from is not None:
            lead = text[lead_from:lead_to]  # the verb of a listed figure ("分别削减")
        else:
            if lead_from is None:
                lead_from = alias.end if alias is not None else clause
            lead_from = max(lead_from, min(self.prev_end, q.start))
            lead = text[lead_from : q.start]
        tail = text[q.end : min(self.end, q.end + 8)]
        info = taxonomy.indicator(ind) if ind else None
        if (
            info is not None
            and q.kind == "percent"
            and not {"share", "rate"} & set(info.measures)
            and _rx.search(r"占[^，。；]{0,12}(?:比重|比例)|占比|比重|比例|[\p{Han}]比在|[\p{Han}]率", lead)
        ):
            # 县城常住人口占县域比重63%: a share of something, not the indicator
            ind, info = None, None
            label = label or self._label(clause, q)
        measure, sign = self._measure(q, info, lead, alias)
        comparator = self._comparator(q, lead, tail)
        raw_end = q.end + self._comparator_len(tail) if comparator in (">=", "<=", "~") else q.end
        status = self._status(q, clause)
        strength = self._strength(q.start)
        year = self._year(status, q.start)
        value, low, high = q.value, q.low, q.high
        if sign < 0:
            value = -value if value is not None else None
            low, high = (-high if high is not None else None), (-low if low is not None else None)
        if q.kind == "ratio":
            measure = "ratio"
        unit_override: str | None = None
        if q.kind == "multiple" and q.raw.startswith("翻") and value is not None:
            # 翻一番 doubles: growth of 100%; 翻两番 quadruples: 300%
            value = _norm((value - 1) * 100)
            unit_override = "percent"
        if ind is None and label is None:
            label = self._label(clause, q)
        if ind is not None:
            label = None
        if ind is None and not label:
            return None
        confidence = 1.0
        flags = list(q.flags)
        if inherited:
            confidence = 0.85
            flags.append("indicator_from_previous_clause")
        if alias is not None and len(lead) > 12:
            confidence = min(confidence, 0.8)
        if info is not None and measure not in info.measures:
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
            value, low, high = (None if v is None else _norm(v / 1000) for v in (value, low, high))
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
            measure=measure,
            status=status,
            strength=strength if status == "target" else None,
            year=year,
            start=q.start,
            end=raw_end,
            sentence=self.sentence,
            raw=text[q.start : raw_end],
            approx=q.approx,
            confidence=confidence,
            flags=tuple(flags),
            section=self.role,
            alias=alias.text if alias is not None else None,
            main=status == "target" and self._cue("target_sentence", q.start),
        )

    def _measure(
        self, q: numbers.Quantity, info: taxonomy.Indicator | None, lead: str, alias: _Alias | None = None
    ) -> tuple[Measure, int]:
        if alias is not None and self.p["down"].search(alias.text[-3:]) and not self.p["up"].search(lead):
            lead = alias.text[-3:] + lead  # 农村贫困人口减少三成
        if q.kind == "pp":
            sign = -1 if self.p["down"].search(lead[-8:]) else 1
            return "pp_change", sign
        if q.kind == "ratio":
            return "ratio", 1
        if (
            q.kind in ("percent", "permille")
            and info is None
            and _rx.search(
                r"(?:占[^，。；]{0,12})?(?:比重|比例|占比)[^，。；增降]{0,4}$|[\p{Han}]比在$", lead
            )
        ):
            return "share", 1
        if q.kind in ("percent", "permille"):
            near = lead[-10:]
            down = self.p["down"].search(near)
            up = self.p["up"].search(near)
            if info is not None and info.id == "cpi":
                return "growth", -1 if down and not up else 1
            if down or up:
                if (
                    info is not None
                    and "growth" not in info.measures
                    and info.unit == "percent"
                    and _rx.search(r"(?:提高|提升|上升|下降|降低|降)(?:到|至)", near)
                ):
                    # 城镇化率提高到60%: the level of a rate, not its growth
                    return ("rate" if "rate" in info.measures else "share"), 1
                if down and (up is None or down.end() > up.end()):
                    return "growth", -1
                return "growth", 1
            if info is not None:
                for m in ("rate", "share"):
                    if m in info.measures:
                        return m, 1
                if "growth" in info.measures and info.unit != "percent":
                    return "growth", 1
            if self.p["share"].search(lead[-12:]) or "率" in lead[-6:]:
                return "share", 1
            return ("share" if info is None else "growth"), 1
        if q.kind == "multiple":
            return "growth", 1
        sign = 1
        if (
            q.value is not None
            and _rx.search(r"(?:下降|减少|降低)[\p{Han}]{0,2}$", lead[-6:])
            and q.unit not in (None, "percent")
        ):
            # 减少贫困人口1232万人 is a level of reduction, not a negative count
            sign = 1
        return "level", sign

    def _comparator(self, q: numbers.Quantity, lead: str, tail: str) -> Comparator:
        m = self.p["after"].match(tail)
        if m is not None and m.lastgroup:
            return _COMPARATOR_OF[m.lastgroup]
        m = self.p["before"].search(lead[-6:])
        if m is not None and m.lastgroup:
            return _COMPARATOR_OF[m.lastgroup]
        # 不超过国家规定时限的40%: a limit word a few words before, joined by 的
        m = _rx.search(r"(?:不超过|不高于|不低于|不少于|控制在)[^，。；、\d]{0,10}的$", lead)
        if m:
            return ">=" if m.group().startswith(("不低于", "不少于")) else "<="
        return "="

    def _comparator_len(self, tail: str) -> int:
        m = self.p["after"].match(tail)
        return m.end() if m is not None else 0

    # --- cues, found once per sentence ------------------------------------
    def _spans(self, key: str, pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
        spans = self._cue_cache.get(key)
        if spans is None:
            spans = [(m.start(), m.end()) for m in pattern.finditer(self.text, self.start, self.end)]
            self._cue_cache[key] = spans
        return spans

    def _cue(self, key: str, pos: int, start: int | None = None) -> bool:
        """A cue of kind ``key`` ends before ``pos`` (and begins at or after ``start``)."""
        spans = self._spans(key, self._cue_patterns[key])
        if not spans:
            return False
        if start is None:
            return spans[0][1] <= pos  # spans are in order and do not overlap
        return any(s >= start and e <= pos for s, e in spans)

    def clause(self, pos: int) -> int:
        """Start of the clause holding ``pos`` (after the last ，；： before it)."""
        if self._delims is None:
            sentence = self.text[self.start : self.end]
            self._delims = [self.start + i + 1 for i, ch in enumerate(sentence) if ch in _CLAUSE_END]
        i = bisect.bisect_right(self._delims, pos) - 1
        return self._delims[i] if i >= 0 else self.start

    def _named_years(self, pos: int) -> list[int]:
        if self._years_cache is None:
            sentence = self.text[self.start : self.end]
            self._years_cache = [
                (self.start + m.start(), self.start + m.end(), int(m.group("y")))
                for m in _YEAR_IN.finditer(sentence)
                if not _BASELINE_YEAR.match(sentence, max(0, m.start() - 2), m.end())
                and not _BASELINE_YEAR.match(sentence, max(0, m.start() - 1), m.end())
                and not _BASE_AFTER.match(sentence, m.end())
            ]
        return [y for _, e, y in self._years_cache if e <= pos]

    def _horizon(self, pos: int) -> regex.Match[str] | None:
        if self._horizon_cache is None:
            self._horizon_cache = list(self.p["horizon"].finditer(self.text, self.start, self.end))
        last = None
        for h in self._horizon_cache:
            if h.end() <= pos:
                last = h
        return last

    def _status(self, q: numbers.Quantity, clause: int) -> Status:
        pos = q.start
        if self._cue("estimate", pos):
            return "estimate"
        if self._cue("target_sentence", pos) and not self._cue("done", pos):
            return "target"  # 主要预期目标是：… wherever the outline put it
        ry, vy = self.meta.report_year, self.meta.review_year
        years = self._named_years(pos)
        explicit = years[-1] if years else None
        horizon = self._horizon(pos)
        if self.role == "review":
            if self._cue("done", pos):
                return "actual"  # 完成了“八五”计划: a plan fulfilled
            if explicit is not None and ry is not None and explicit >= ry and self._cue("target", pos):
                return "target"
            if horizon and self._cue("target", pos):
                return "target"
            return "actual"
        if self.role in ("plan_targets", "plan_tasks", "self_government"):
            if explicit is not None and vy is not None and explicit <= vy and not horizon:
                return "actual"
            if self._cue("past", pos) and not self._cue("target", pos, clause):
                return "actual"
            if self._cue("done", self.end):
                return "actual"  # 实现了年初预定的调控目标: a result reported in the plan part
            return "target"
        # before the first heading or in an unnamed section: read the cues
        if horizon or (explicit is not None and ry is not None and explicit >= ry):
            return "target"
        if explicit is not None and vy is not None and explicit <= vy:
            return "actual"
        para = self.text[self.text.rfind("\n", 0, self.start) + 1 : self.start][:60]
        if _rx.match(r"\s*(?:今年|明年|" + (str(ry) if ry else "今年") + r"年)", para):
            return "target"  # a paragraph about this year's plan
        if _rx.match(r"\s*(?:去年|过去|一年来|五年来|" + (str(vy) if vy else "去年") + r"年)", para):
            return "actual"
        # outside named sections only clear past cues make a result
        if self._cue("past_loose", pos):
            return "actual"
        near = _YEAR_IN.findall(self.text, max(0, self.start - 300), self.start)
        if near and vy is not None and int(near[-1]) <= vy and not self._cue("target", pos):
            return "actual"  # the paragraph is about the reviewed year
        return "target"

    def _strength(self, pos: int) -> Strength | None:
        """确保/必须 (hard) or 力争/争取 (soft) in the figure's own clause."""
        clause_before = self.text[self.clause(pos) : pos][-30:]
        if self.p["hard"].search(clause_before):
            return "hard"
        if self.p["soft"].search(clause_before):
            return "soft"
        return None

    def _year(self, status: Status, pos: int) -> int | None:
        """The year a figure refers to: the latest time reference before it in
        its sentence (a horizon such as 到2020年 / 十三五期末 / 今后五年, a year
        named for a target, 今年), else the report year for targets and the
        reviewed year for results and estimates."""
        ry = self.meta.report_year
        horizon = self._horizon(pos)
        this_year = max((e for s, e in self._spans("this_year", _THIS_YEAR_CUE) if e <= pos), default=-1)
        if status in ("target", "estimate") and horizon is not None and horizon.end() > this_year:
            groups = horizon.groupdict()
            if groups.get("y"):
                return int(groups["y"])
            if groups.get("p"):
                return _plan_end(groups["p"])
            return ry + 4 if ry else None
        years = self._named_years_at(pos)
        if status == "target":
            later = [(e, y) for e, y in years if ry is not None and ry <= y <= ry + 15 and e > this_year]
            if later:
                return later[-1][1]
            clause = self.text[self.clause(pos) : pos]
            if ry and "年均" in clause and self.role in ("plan_targets", "plan_tasks") and this_year < 0:
                return ry + 4  # an annual average over the plan period
            return ry
        if years and ry and years[-1][1] <= ry:
            return years[-1][1]
        return self.meta.review_year

    def _named_years_at(self, pos: int) -> list[tuple[int, int]]:
        self._named_years(pos)
        assert self._years_cache is not None
        return [(e, y) for _, e, y in self._years_cache if e <= pos]

    def _label(self, clause: int, q: numbers.Quantity) -> str | None:
        """The verb–object phrase a figure counts: the words before it in its
        clause (after any earlier figure), or the verb before and the noun
        after it for counts ("拆除134台燃煤小锅炉" -> 拆除燃煤小锅炉)."""
        start = max(clause, self.prev_end)
        before = self.text[start : q.start]
        before = _rx.sub(r"(?:到|至|在|于)?(?:19|20)\d\d年(?:底|末|前|以来)?", "", before)
        before = _rx.sub(r"[\s" + _QUOTES_ESCAPED + r"]", "", before)
        before = _rx.split(r"[、（）()]", before)[-1] if before else before
        label = _LABEL_TRIM.sub("", before)
        label = (
            _rx.sub(
                r"(?:保持在|稳定在|控制在|提高到|提升到|提高至|提升至|保持|达到|达|为|至|到|共|约|近|超过|突破|增加|总数|总量)$",
                "",
                label,
            )
            or label
        )
        if q.unit not in (None, "percent", "pp", "permille", "CNY", "USD") and len(label) <= 4:
            after = _rx.match(
                r"(?:[\d.]+[\p{Han}]{0,2}(?:以下|以上|及以上))?(?P<noun>[\p{Han}“”]{2,14}?)(?=[，。；、,;：:（(]|和|及|$)",
                self.text[q.end : q.end + 30],
            )
            if after:
                noun = after.group("noun").strip("“”")
                if not _LABEL_VERBS.match(noun):
                    label = _rx.sub(r"^(?:新|共|累计|再)", "", label) + noun
        if len(label) < 2 or _LABEL_VERBS.match(label) or not _no_loose_digits(label):
            return None
        return _cut_label(label)


def _no_loose_digits(label: str) -> bool:
    """Digits only inside Latin tokens (5G基站, PM10), never a loose number."""
    return all(_LATIN.search(tok) for tok in _DIGIT_TOKEN.findall(label))


def _cut_label(label: str, limit: int = 20) -> str:
    if len(label) <= limit:
        return label
    cut = label[-limit:]
    return cut


def _years_named(text: str) -> list[int]:
    """Years a figure may refer to, without baselines (比2020年 / 较2020年)."""
    return [
        int(m.group("y"))
        for m in _YEAR_IN.finditer(text)
        if not _BASELINE_YEAR.match(text, max(0, m.start() - 2), m.end())
        and not _BASELINE_YEAR.match(text, max(0, m.start() - 1), m.end())
    ]


def _norm(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _complete(
    parts: list[str], k: int, found: list[tuple[str | None, str | None]], index: dict[str, str]
) -> str | None:
    """An indicator for list item ``k`` borrowed from a neighbour that names one:
    the item plus the neighbour's tail (城镇 + 居民人均可支配收入), or the
    neighbour's head plus the item (单位国内生产总值 + 二氧化碳排放)."""
    item = _LABEL_TRIM.sub("", parts[k].strip())
    if not item:
        return None
    for j in range(len(found)):
        if j == k:
            continue
        neighbour = _LIST_VERB.sub("", parts[j].strip())
        for cut in range(1, min(12, len(neighbour))):
            for candidate in (item + neighbour[cut:], neighbour[:cut] + item):
                hit = index.get(candidate)
                if hit is not None:
                    return hit
    return None


def _strip_after(gap: str) -> str:
    """The joiner between two listed figures, without a comparator word."""
    return _rx.sub(r"^(?:以上|左右|以内|以下)", "", gap)


def _clean_label(part: str) -> str | None:
    raw = _rx.sub(r"[\s" + _QUOTES_ESCAPED + r"]", "", part)
    label = _LABEL_TRIM.sub("", raw)
    label = _rx.sub(
        r"(?:同比|比上年)?(?:分别|均|都)?(?:增长|下降|达到|为|是|实现|完成|提高|降低|增加|减少)?$", "", label
    )
    if len(label) < 2 or not _no_loose_digits(label):
        return None
    return _cut_label(label)


@functools.cache
def _cue_patterns() -> dict[str, regex.Pattern[str]]:
    p = _patterns()
    return {
        "estimate": p["estimate"],
        "target": p["target"],
        "target_sentence": _TARGET_SENTENCE,
        "done": regex.compile(r"完成了|实现了|取得了|达到了|超额完成|圆满完成"),
        # 比上年 compares with last year: it is not a past-tense cue
        "past": regex.compile(r"(?<![比较同])(?:去年|上年)|过去一年|过去五年|五年来|一年来|已经|已累计"),
        "past_loose": regex.compile(r"去年|上年|过去|一年来|五年来|已经|已|累计|同比|比上年"),
    }


@functools.cache
def _alias_index() -> dict[str, str]:
    return taxonomy.alias_index()


@functools.cache
def _distributive() -> dict[str, str]:
    return {alias: ",".join(ids) for alias, ids in _cues()["distributive"].items()}


class _Distributive:
    def get(self, alias: str, default: str = "") -> str:
        return _distributive().get(alias, default)

    def __getitem__(self, alias: str) -> str:
        return _distributive()[alias]


_DISTRIBUTIVE = _Distributive()


def _plan_end(plan: str) -> int | None:
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


def value_of(m: Mention) -> Decimal | None:
    return m.value


def extract_phrase(
    text: str, role: Role | None = "plan_targets", report_year: int = 2018
) -> tuple[Mention, ...]:
    """Mentions in a phrase read as if it stood in a section with ``role`` of a
    report for ``report_year`` (for tests and notebooks)."""
    import hashlib

    from gwr.ingest import normalize
    from gwr.types import Provenance, RawDocument

    text = normalize(text)
    raw = RawDocument(text, Provenance("<phrase>"), hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    clean = CleanText(text=text, raw=raw, edits=(), segments=((0, 0),))
    sections = () if role is None else (Section("", 1, role, 0, len(text), 0),)
    meta = Metadata(report_year=report_year, review_year=report_year - 1)
    return extract_mentions(clean, sections, meta)
