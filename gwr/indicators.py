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

The vocabulary (cue words, aliases, label helpers) lives in ``gwr.cues``;
status, strength and year are read by ``gwr.when``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from gwr import cues, numbers, taxonomy
from gwr.types import CleanText, Comparator, Measure, Mention, Metadata, Role, Section, Status
from gwr.when import SentenceTime


@dataclass(frozen=True, slots=True)
class _Alias:
    start: int
    end: int
    text: str
    ids: tuple[str, ...]


def _aliases(text: str) -> list[_Alias]:
    """Indicator aliases in the text, leftmost-longest. An alias that is the
    denominator of a share (占地区生产总值比重) is not the figure's subject: the
    subject before 占 gets its share-of-GDP indicator when it has one."""
    out: list[_Alias] = []
    share_of_gdp: dict[str, str] = cues.cues()["share_of_gdp"]
    denominator = cues.denominator()
    for end_idx, (alias, ind) in cues.automaton().iter_long(text):
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


# a run of sentence ends; a lone line break is one only when the line was not
# broken inside a sentence (after 、 or ，, or before a line that starts with a figure)
_BREAK = regex.compile(r"[。！？!?][。！？!?\n]*|\n[。！？!?\n]+|(?<![、，,])\n(?![0-9])")
_WORDED = regex.compile(r"持平|目标")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (a sentence keeps its final 。)."""
    spans = []
    pos = 0
    for m in _BREAK.finditer(text):
        end = m.start() + (text[m.start()] != "\n")
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
    spans = _sentences(text)
    starts = [sp[0] for sp in spans]
    # only sentences with a figure, or with a figure stated in words, need reading
    wanted = {bisect.bisect_right(starts, p) - 1 for p in q_starts}
    wanted.update(bisect.bisect_right(starts, m.start()) - 1 for m in _WORDED.finditer(text))
    for index in sorted(i for i in wanted if i >= 0):
        s_start, s_end = spans[index]
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


class _Sentence(SentenceTime):
    """One sentence with its figures and aliases: ties each figure to its subject
    and builds the mentions (status, strength and year come from SentenceTime)."""

    def __init__(
        self, text: str, start: int, end: int, role: Role | None, meta: Metadata, aliases: list[_Alias]
    ) -> None:
        super().__init__(text, start, end, role, meta)
        self.aliases = aliases
        self.prev_end = start

    # --- entry points -------------------------------------------------------
    def fixed(self) -> list[Mention]:
        """Figures stated in words: 居民消费价格与上年持平 is CPI growth 0."""
        out = []
        for f in cues.cues().get("fixed", []):
            for m in cues.rx.finditer(f["pattern"], self.sentence):
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
        a = cues.cues()["absent"][0]
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
            if q.unit in cues.SKIP_UNITS:
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
            since = self.text[max(clause, self.prev_end) : q.start].lstrip("、和及")
            if not ids and prev_label and cues.CONTINUES.match(since):
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
        if q.kind == "number" and bare and cues.rx.match(r"^(?:以上|以下|级)", self.text[q.end : q.end + 3]):
            return True
        tail = self.text[q.end : q.end + 8]
        if cues.rx.match(
            r"^(?:及)?(?:以上|以下)?(?:的)?(?:重点|重大|工业|规模)?(?:项目|企业|大项目|产业项目|的项目|的企业)",
            tail,
        ):
            return True
        # 10吨以下燃煤小锅炉, 5000万元以上企业: a size class in front of a noun
        return (
            q.kind == "number"
            and cues.rx.match(r"^(?:及)?(?:以上|以下)(?!的(?:目标|任务|水平))[\p{Han}]", tail) is not None
        )

    def _unit_fits(self, ind: str, q: numbers.Quantity, adjacent: bool) -> bool:
        """A level in a unit the indicator cannot have is not that indicator
        (实现了300个蓝天 after a PM2.5 figure)."""
        if q.kind != "number":
            return True
        info = taxonomy.indicator(ind)
        if info.unit == q.unit or (info.unit in cues.MONEY and q.unit in cues.MONEY):
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
                if len(group) > 1 and cues.rx.search(r"均|都|同时", between):
                    ids = tuple(i for a in group for i in a.ids)
                    return ids, last, False
                if cues.rx.search(r"均|都", between) and len(last.ids) > 1:
                    return last.ids, last, False
                return last.ids[:1] if len(last.ids) > 1 else last.ids, last, False
        # the subject right after a count: 确保7万农村贫困人口脱贫
        if q.kind == "number":
            after = next((a for a in self.aliases if q.end <= a.start <= q.end + 4), None)
            if (
                after is not None
                and cues.rx.fullmatch(r"[\p{Han}]*", self.text[q.end : after.start])
                and (len(after.ids) == 1 and self._unit_fits(after.ids[0], q, False))
            ):
                return after.ids, after, False
        # a clause that only continues the previous one: "达到928亿元，增长7%"
        head = self.text[clause : q.start]
        if prev_ids and len(head) <= 12 and cues.CONTINUES.match(head):
            return prev_ids[:1], None, True
        # the subject ends the clause before: "经济增长速度的宏观调控目标，定为百分之八至九"
        earlier = [a for a in self.aliases if a.end <= clause]
        if earlier and len(head) <= 8 and cues.STATES.match(head):
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
            if cues.rx.fullmatch(r"\s*(?:、|和|及|与|以及)?\s*", gap):
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
                gap = cues.strip_after(gap)
                if cues.rx.fullmatch(r"\s*(?:和|、|及|与|，和)\s*", gap):
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
            verb = cues.LIST_VERB.search(head)
            subject_text = head[: verb.start()] if verb else head
            subject_end = clause + len(subject_text)
            items = self._items(clause, subject_end)
            if not items and subjects and len(subjects) == len(run):
                items = subjects
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
        parts = list(cues.rx.split(r"、|和|及|与|以及", text))
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
                found.append((None, cues.clean_label(part)))
        index = cues.alias_index()
        items: list[tuple[str | None, str | None]] = []
        for k, (ind, label) in enumerate(found):
            if ind is None:
                ind = cues.complete(parts, k, found, index)
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
            and cues.rx.search(
                r"占[^，。；]{0,12}(?:比重|比例)|占比|比重|比例|[\p{Han}]比在|[\p{Han}]率", lead
            )
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
            value = cues.norm((value - 1) * 100)
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
            value, low, high = (None if v is None else cues.norm(v / 1000) for v in (value, low, high))
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
            and cues.rx.search(
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
                    and cues.rx.search(r"(?:提高|提升|上升|下降|降低|降)(?:到|至)", near)
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
            and cues.rx.search(r"(?:下降|减少|降低)[\p{Han}]{0,2}$", lead[-6:])
            and q.unit not in (None, "percent")
        ):
            # 减少贫困人口1232万人 is a level of reduction, not a negative count
            sign = 1
        return "level", sign

    def _comparator(self, q: numbers.Quantity, lead: str, tail: str) -> Comparator:
        m = self.p["after"].match(tail)
        if m is not None and m.lastgroup:
            return cues.COMPARATOR_OF[m.lastgroup]
        m = self.p["before"].search(lead[-6:])
        if m is not None and m.lastgroup:
            return cues.COMPARATOR_OF[m.lastgroup]
        # 不超过国家规定时限的40%: a limit word a few words before, joined by 的
        m = cues.rx.search(r"(?:不超过|不高于|不低于|不少于|控制在)[^，。；、\d]{0,10}的$", lead)
        if m:
            return ">=" if m.group().startswith(("不低于", "不少于")) else "<="
        return "="

    def _comparator_len(self, tail: str) -> int:
        m = self.p["after"].match(tail)
        return m.end() if m is not None else 0

    def _label(self, clause: int, q: numbers.Quantity) -> str | None:
        """The verb–object phrase a figure counts: the words before it in its
        clause (after any earlier figure), or the verb before and the noun
        after it for counts ("拆除134台燃煤小锅炉" -> 拆除燃煤小锅炉)."""
        start = max(clause, self.prev_end)
        before = self.text[start : q.start]
        before = cues.rx.sub(r"(?:到|至|在|于)?(?:19|20)\d\d年(?:底|末|前|以来)?", "", before)
        before = cues.rx.sub(r"[\s" + cues.QUOTES_ESCAPED + r"]", "", before)
        before = cues.rx.split(r"[、（）()]", before)[-1] if before else before
        label = cues.LABEL_TRIM.sub("", before)
        label = (
            cues.rx.sub(
                r"(?:保持在|稳定在|控制在|提高到|提升到|提高至|提升至|保持|达到|达|为|至|到|共|约|近|超过|突破|增加|总数|总量)$",
                "",
                label,
            )
            or label
        )
        listed = label.endswith(("和", "与"))  # 13座城市公园和275个口袋公园: the noun follows (not 及: 惠及)
        if q.unit not in (None, "percent", "pp", "permille", "CNY", "USD") and (len(label) <= 4 or listed):
            after = cues.rx.match(
                r"(?:[\d.]+[\p{Han}]{0,2}(?:以下|以上|及以上))?(?P<noun>[\p{Han}“”]{2,14}?)(?=[，。；、,;：:（(]|和|及|$)",
                self.text[q.end : q.end + 30],
            )
            if after:
                noun = after.group("noun").strip("“”")
                if not cues.LABEL_VERBS.match(noun):
                    # after 和 the words before belong to the previous item: the noun alone
                    verb = "" if listed else cues.rx.sub(r"^(?:新|共|累计|再)", "", label)
                    label = verb + noun
        if len(label) < 2 or cues.LABEL_VERBS.match(label) or not cues.no_loose_digits(label):
            return None
        return cues.cut_label(label)


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
