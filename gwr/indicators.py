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
from collections.abc import Sequence
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
_LABEL_TRIM = regex.compile(
    r"^(?:全年|今年|明年|年内|全市|全省|全区|全县|全国|我市|我省|我区|我县|要|将|再|共|累计|力争|确保|争取|努力|"
    r"计划|预计|其中|同时|并|新|继续|进一步|加快|推进|实施|完成|实现|开展|共计|总计|一年来|五年来|以上|分别|均|都|已|"
    r"重点|着力|大力|积极|稳步|扎实|持续|深入|全面|还|又|和|及|与|、)+"
)
_LABEL_VERBS = regex.compile(r"^(?:增长|下降|达到|实现|完成|提高|降低|超过|突破|增加|减少|占|比上年|同比|年均)")
_SKIP_UNITS = frozenset({"year"})


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
        out["after" + comp] = regex.compile(r"^[\p{Han}]{0,3}?" + alternation(words))
    for comp, words in c["comparators"]["before"].items():
        out["before" + comp] = regex.compile(alternation(words) + r"[\p{Han}]{0,2}$")
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


def _aliases(text: str) -> list[_Alias]:
    out: list[_Alias] = []
    for end_idx, (alias, ind) in _automaton().iter_long(text):
        if not ind:
            continue
        start = end_idx - len(alias) + 1
        out.append(_Alias(start, end_idx + 1, alias, tuple(ind.split(","))))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.start() + (1 if text[m.start()] in "。！？!?" else 0)
        if end > pos:
            spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    i = pos - 1
    while i >= sent_start:
        if text[i] in _CLAUSE_END:
            return i + 1
        i -= 1
    return sent_start


def extract_mentions(clean: CleanText, sections: Sequence[Section], meta: Metadata) -> tuple[Mention, ...]:
    """Every quantified figure in the clean text, in document order."""
    text = clean.text
    aliases = _aliases(text)
    alias_starts = [a.start for a in aliases]
    sec_starts = [s.start for s in sections]
    out: list[Mention] = []
    for s_start, s_end in _sentences(text):
        role = _role(sections, sec_starts, s_start)
        if role == "glossary":
            continue
        quantities = numbers.scan_quantities(text, s_start, s_end)
        lo = bisect.bisect_left(alias_starts, s_start)
        hi = bisect.bisect_left(alias_starts, s_end)
        sent_aliases = aliases[lo:hi]
        ctx = _Sentence(text, s_start, s_end, role, meta, sent_aliases)
        out.extend(ctx.absent())
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
    def __init__(self, text: str, start: int, end: int, role: Role | None, meta: Metadata,
                 aliases: list[_Alias]) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.role = role
        self.meta = meta
        self.aliases = aliases
        self.sentence = text[start:end]
        self.p = _patterns()

    # --- entry points -------------------------------------------------------
    def absent(self) -> list[Mention]:
        m = self.p["absent"].search(self.sentence)
        if m is None:
            return []
        a = _cues()["absent"][0]
        return [
            Mention(
                indicator=a["indicator"], label=None, value=None, unit="percent", currency=None, low=None,
                high=None, comparator="absent", measure=a["measure"], status="target", strength=None,
                year=self.meta.report_year, start=self.start + m.start(), end=self.start + m.end(),
                sentence=self.sentence, raw=m.group(), section=self.role,
            )
        ]

    def mentions(self, quantities: list[numbers.Quantity]) -> list[Mention]:
        out: list[Mention] = []
        used_pairs: dict[int, tuple[str, ...]] = self._paired(quantities)
        prev_ids: tuple[str, ...] = ()
        prev_clause = -1
        for i, q in enumerate(quantities):
            if q.unit in _SKIP_UNITS:
                continue
            clause = _clause_start(self.text, self.start, q.start)
            ids, alias, inherited = self._indicator(q, clause, prev_ids if prev_clause >= 0 else ())
            if i in used_pairs:
                ids, inherited = used_pairs[i], False
            if not ids and q.unit is None and q.kind == "number":
                continue  # a bare number with no indicator is not a figure we can name
            for ind in ids or (None,):
                mention = self._mention(q, ind, alias, clause, inherited)
                if mention is not None:
                    out.append(mention)
            if ids:
                prev_ids = ids
                prev_clause = clause
        return out

    # --- indicator ----------------------------------------------------------
    def _indicator(self, q: numbers.Quantity, clause: int,
                   prev_ids: tuple[str, ...]) -> tuple[tuple[str, ...], _Alias | None, bool]:
        before = [a for a in self.aliases if clause <= a.start and a.end <= q.start]
        if before:
            last = before[-1]
            between = self.text[last.end : q.start]
            if len(between) <= 24:
                group = self._joined(before)
                if len(group) > 1 and regex.search(r"均|都|同时|分别", between):
                    ids = tuple(i for a in group for i in a.ids)
                    return ids, last, False
                if regex.search(r"均|都|分别", between) and len(last.ids) > 1:
                    return last.ids, last, False
                return last.ids[:1] if len(last.ids) > 1 else last.ids, last, False
        # a clause that only continues the previous one: "达到928亿元，增长7%"
        head = self.text[clause : q.start]
        if prev_ids and len(head) <= 12 and _LABEL_VERBS.match(head.lstrip("比上年同比年均全年")) is not None:
            return prev_ids[:1], None, True
        if prev_ids and len(head) <= 12 and regex.match(r"^(?:比上年|同比|年均)?(?:增长|下降|提高|降低)", head):
            return prev_ids[:1], None, True
        return (), None, False

    def _joined(self, before: list[_Alias]) -> list[_Alias]:
        """The run of aliases ending at the last one, joined by 、和及与."""
        group = [before[-1]]
        for a in reversed(before[:-1]):
            gap = self.text[a.end : group[0].start]
            if regex.fullmatch(r"\s*(?:、|和|及|与|以及|，)?\s*", gap):
                group.insert(0, a)
            else:
                break
        return group

    def _paired(self, quantities: list[numbers.Quantity]) -> dict[int, tuple[str, ...]]:
        """A、B分别增长X%和Y%: pair aliases and figures in order."""
        out: dict[int, tuple[str, ...]] = {}
        idx = self.sentence.find("分别")
        if idx < 0:
            return out
        pos = self.start + idx
        clause = _clause_start(self.text, self.start, pos)
        before = [a for a in self.aliases if clause <= a.start and a.end <= pos]
        if not before:
            return out
        group = self._joined(before)
        ids = [i for a in group for i in a.ids] if len(group) > 1 else list(group[-1].ids)
        after = [i for i, q in enumerate(quantities) if q.start > pos]
        # the figures after 分别 up to the end of the clause list (X和Y / X、Y)
        chosen = []
        for i in after:
            if len(chosen) == len(ids):
                break
            chosen.append(i)
        if len(ids) > 1 and len(chosen) == len(ids):
            for i, ind in zip(chosen, ids, strict=True):
                out[i] = (ind,)
        return out

    # --- one mention ----------------------------------------------------------
    def _mention(self, q: numbers.Quantity, ind: str | None, alias: _Alias | None, clause: int,
                 inherited: bool) -> Mention | None:
        text = self.text
        lead_from = alias.end if alias is not None else clause
        lead = text[lead_from : q.start]
        tail = text[q.end : min(self.end, q.end + 8)]
        info = taxonomy.indicator(ind) if ind else None
        measure, sign = self._measure(q, info, lead)
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
        label = None if ind else self._label(clause, q.start)
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
        )

    def _measure(self, q: numbers.Quantity, info: taxonomy.Indicator | None, lead: str) -> tuple[Measure, int]:
        if q.kind == "pp":
            sign = -1 if self.p["down"].search(lead[-8:]) else 1
            return "pp_change", sign
        if q.kind == "ratio":
            return "ratio", 1
        if q.kind in ("percent", "permille"):
            near = lead[-10:]
            down = self.p["down"].search(near)
            up = self.p["up"].search(near)
            if info is not None and info.id == "cpi":
                return "growth", -1 if down and not up else 1
            if down or up:
                if info is not None and "growth" not in info.measures and info.unit == "percent":
                    # 城镇化率提高到60%: the level of a rate, not its growth
                    if regex.search(r"(?:提高|提升|上升|下降|降低|降)(?:到|至)", near):
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
        if q.value is not None and regex.search(r"(?:下降|减少|降低)[\p{Han}]{0,2}$", lead[-6:]) and q.unit not in (
            None, "percent"
        ):
            # 减少贫困人口1232万人 is a level of reduction, not a negative count
            sign = 1
        return "level", sign

    def _comparator(self, q: numbers.Quantity, lead: str, tail: str) -> Comparator:
        for comp in (">=", "<=", "~"):
            if self.p["after" + comp].match(tail):
                return comp  # type: ignore[return-value]
        near = lead[-6:]
        for comp in ("<=", ">=", ">", "<", "~"):
            if self.p["before" + comp].search(near):
                return comp  # type: ignore[return-value]
        return "="

    def _comparator_len(self, tail: str) -> int:
        for comp in (">=", "<=", "~"):
            m = self.p["after" + comp].match(tail)
            if m:
                return m.end()
        return 0

    def _status(self, q: numbers.Quantity, clause: int) -> Status:
        before = self.text[self.start : q.start]
        if self.p["estimate"].search(before):
            return "estimate"
        ry, vy = self.meta.report_year, self.meta.review_year
        years = [int(m.group("y")) for m in _YEAR_IN.finditer(before)]
        explicit = years[-1] if years else None
        horizon = self.p["horizon"].search(before)
        if self.role == "review":
            if explicit is not None and ry is not None and explicit >= ry and self.p["target"].search(before):
                return "target"
            if horizon and self.p["target"].search(before):
                return "target"
            return "actual"
        if self.role in ("plan_targets", "plan_tasks", "self_government"):
            if explicit is not None and vy is not None and explicit <= vy and not horizon:
                return "actual"
            if regex.search(r"去年|上年|过去一年|过去五年|五年来|一年来|已经|已累计", before) and not self.p[
                "target"
            ].search(self.text[clause : q.start]):
                return "actual"
            return "target"
        # before the first heading or in an unnamed section: read the cues
        if horizon or (explicit is not None and ry is not None and explicit >= ry):
            return "target"
        if explicit is not None and vy is not None and explicit <= vy:
            return "actual"
        t = self.p["target"].search(before)
        a = self.p["actual"].search(before)
        if t and (a is None or t.start() > a.start()):
            return "target"
        return "actual" if a else "target"

    def _strength(self, pos: int) -> Strength | None:
        before = self.text[self.start : pos]
        clause_before = before[-30:]
        if self.p["hard"].search(clause_before):
            return "hard"
        if self.p["soft"].search(clause_before):
            return "soft"
        return None

    def _year(self, status: Status, pos: int) -> int | None:
        before = self.text[self.start : pos]
        if status == "target":
            h = None
            for h in self.p["horizon"].finditer(before):
                pass
            if h is not None:
                groups = h.groupdict()
                if groups.get("y"):
                    return int(groups["y"])
                if groups.get("p"):
                    return _plan_end(groups["p"])
                if self.meta.report_year:
                    return self.meta.report_year + 4
            return self.meta.report_year
        years = [int(m.group("y")) for m in _YEAR_IN.finditer(before)]
        if years and self.meta.report_year and years[-1] <= self.meta.report_year:
            return years[-1]
        return self.meta.review_year

    def _label(self, clause: int, pos: int) -> str | None:
        raw = self.text[clause:pos]
        raw = regex.sub(r"[\s" + regex.escape(_QUOTE_CHARS) + r"]", "", raw)
        raw = regex.split(r"[、（）()]", raw)[-1] if raw else raw
        label = _LABEL_TRIM.sub("", raw)
        label = regex.sub(r"(?:达到|达|为|至|到|共|约|近|超过|突破|新增|增加)$", "", label) or label
        if len(label) < 2 or _LABEL_VERBS.match(label) or regex.search(r"\d", label):
            return None
        return label[-14:]


def _plan_end(plan: str) -> int | None:
    order = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
    return order.get(plan)


def value_of(m: Mention) -> Decimal | None:
    return m.value
