"""extract: the sentence loop of gwr.indicators.

Splits the clean text into sentences, skips those with no figure, gives each
the role of its section and the aliases inside it (a frozen Sentence), binds
each figure to its subject and hands it to ``build``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from gwr import cues, numbers
from gwr.indicators import build, figures, passage, subject
from gwr.indicators.context import Sentence
from gwr.indicators.parts import Parts
from gwr.types import CleanText, Mention, Metadata, Section

NO_STRUCTURE = "no_structure"  # the notice gwr.meta gives a text with no review or plan part
UNSTRUCTURED_CONFIDENCE = 0.5


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (a sentence keeps its final 。)."""
    spans = []
    pos = 0
    for m in cues.load().rx.sentence_break.finditer(text):
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
    parts = Parts(text, sections, meta)
    everything = numbers.scan_quantities(text)
    q_starts = [q.start for q in everything]
    out: list[Mention] = []
    worded_rx = cues.load().rx.worded
    spans = sentences(text)
    starts = [sp[0] for sp in spans]
    # only sentences with a figure, or with a figure stated in words, need reading
    wanted = {bisect.bisect_right(starts, p) - 1 for p in q_starts}
    wanted.update(bisect.bisect_right(starts, m.start()) - 1 for m in cues.load().rx.worded.finditer(text))
    wanted.discard(-1)
    aliases = subject.aliases(text, [spans[i] for i in sorted(wanted)])
    alias_starts = [a.start for a in aliases]
    positive_rx = cues.load().rx.positive_growth

    def has_figure(a: int, b: int) -> bool:
        k = bisect.bisect_left(q_starts, a)
        return (k < len(q_starts) and q_starts[k] < b) or positive_rx.search(text, a, b) is not None

    main_from = passage.main_starts(
        text, spans, sections, has_figure, lambda at: parts.at(at)[0] in ("plan_period", "vision")
    )
    for index in sorted(wanted):
        s_start, s_end = spans[index]
        qlo = bisect.bisect_left(q_starts, s_start)
        qhi = bisect.bisect_left(q_starts, s_end)
        quantities = [q for q in everything[qlo:qhi] if q.end <= s_end]
        sentence = text[s_start:s_end]
        worded = worded_rx.search(sentence) is not None
        if not quantities and not worded:
            continue
        role, period = parts.at(s_start)
        if role == "glossary":
            continue
        lo = bisect.bisect_left(alias_starts, s_start)
        hi = bisect.bisect_left(alias_starts, s_end)
        ctx = Sentence(text, s_start, s_end, role, meta, tuple(aliases[lo:hi]), period, main_from.get(index))
        if worded:
            out.extend(build.absent(ctx))
            out.extend(build.fixed(ctx))
            out.extend(build.positive_growth(ctx))
        if quantities:
            out.extend(sentence_mentions(ctx, quantities))
    out = subject.named_elsewhere(out, text)
    if any(n.code == NO_STRUCTURE for n in meta.notices):
        # the outline found no review or plan part: every status and year is a guess
        out = [
            replace(m, confidence=min(m.confidence, UNSTRUCTURED_CONFIDENCE), flags=(*m.flags, NO_STRUCTURE))
            for m in out
        ]
    return tuple(out)


def sentence_mentions(s: Sentence, quantities: list[numbers.Quantity]) -> list[Mention]:
    """The mentions of one sentence's figures, in order."""
    continues = cues.load().rx.continues
    share_of_rx = cues.load().rx.share_of_previous
    comparator_rx = cues.load().rx.comparator_after_figure
    kept: list[numbers.Quantity] = []
    for q in quantities:
        if not figures.not_a_figure(s, q):
            kept.append(subject.people_counted(s, q, kept[-1] if kept else None))
    # a name or class (750千伏, 连续10个月, 10亿元以上) still ends the words read before the next figure
    kept_starts = {k.start for k in kept}
    name_ends = (
        [q.end for q in quantities if q.start not in kept_starts] if len(kept) < len(quantities) else []
    )
    quantities = kept
    out: list[Mention] = []
    assigned = subject.lists(s, quantities)
    made: dict[int, Mention] = {}  # the first mention of each figure, by its index
    prev_ids: tuple[str, ...] = ()
    prev_label: str | None = None
    prev_name: str | None = None  # the label or the printed indicator name of the last figure
    prev_end = s.start
    prev_lead: tuple[int, int] | None = None  # the words read before the last figure bound on its own
    each_rx, joiner_rx = cues.load().rx.each_list, cues.load().rx.figure_joiner
    units_rx = cues.load().rx.share_of_units_after
    for i, q in enumerate(quantities):
        if i > 0:
            prev_end = quantities[i - 1].end
        if name_ends:  # ascending, as the quantities are in order
            n = bisect.bisect_right(name_ends, q.start)
            if n:
                prev_end = max(prev_end, name_ends[n - 1])
        if q.unit in cues.SKIP_UNITS and not subject.measured_in_years(s, q):
            continue  # 3年, 五年: a span of time, unless an indicator in years names it (受教育年限达到11.3年)
        clause = s.clause(q.start)
        lead_of_previous, prev_lead = prev_lead, None
        if i in assigned:
            ind, label, lead_from, lead_to, list_end, back = assigned[i]
            if back:
                referent = made.get(i - back)
                if referent is None:
                    continue
                ind, label = referent.indicator, referent.label
            binding = build.Binding(
                q, ind, None, clause, False, label, lead_from, lead_to, prev_end, list_end
            )
            mention = build.build(s, binding)
            if mention is not None:
                out.append(mention)
                made.setdefault(i, mention)
                if ind:
                    prev_ids = (ind,)
            continue
        spread, list_end = subject.shared(s, q, max(clause, prev_end))
        if spread and all(ind is None or subject.unit_fits(ind, q, False) for ind, _ in spread):
            # one figure shared by a list of subjects (A、B和C均提高3个百分点): one mention each
            for ind, label in spread:
                binding = build.Binding(q, ind, None, clause, False, label, list_end, q.start, prev_end)
                mention = build.build(s, binding)
                if mention is not None:
                    out.append(mention)
            prev_ids = tuple(ind for ind, _ in spread if ind)
            continue
        ids, alias, inherited = subject.indicator(s, q, clause, prev_ids, prev_end)
        ids = tuple(i for i in ids if subject.unit_fits(i, q, alias is not None and not inherited))
        if not ids and q.unit is None and q.kind == "number":
            continue  # a bare number with no indicator is not a figure we can name
        label = None
        since = s.text[max(clause, prev_end) : q.start]
        since = comparator_rx.sub("", since).lstrip("、和及")  # 6800亿元左右、增长20%以上
        again = (
            i > 0
            and quantities[i - 1].end == prev_end
            and quantities[i - 1].unit != q.unit
            and cues.load().rx.second_measure.match(s.text[prev_end : q.start]) is not None
            and cues.load().rx.second_measure_end.match(s.text[q.end : q.end + 3]) is not None
        )
        # the second figure of a plain list shares the first one's noun and verb (产业集群6个和4个); after
        # 分别 each figure has its own subject, which the list reader did not find
        joined = (
            lead_of_previous is not None
            and quantities[i - 1].end == prev_end
            and joiner_rx.fullmatch(s.text, prev_end, q.start) is not None
        )
        if joined and lead_of_previous is not None:
            prev_lead = lead_of_previous  # a run of figures shares the words read before its first
        else:
            prev_lead = (max(alias.end if alias is not None else clause, min(prev_end, q.start)), q.start)
        listed = (
            joined
            and quantities[i - 1].unit == q.unit
            and each_rx.search(s.text, prev_lead[0], prev_lead[1]) is None
        )
        lead: tuple[int | None, int | None] = prev_lead if listed else (None, None)
        if (
            not ids
            and prev_label
            and (continues.match(since) or again or listed)
            and not subject.counts_a_noun(s, q)
            and not (q.kind == "percent" and units_rx.match(s.text[q.end : q.end + 28]))  # 力争40%的农业乡镇…
        ):
            # 海洋经济总产值4200亿元、增长9%以上; 建设安置房2万套、200万平方米; 产业集群6个和4个
            label = prev_label
            if since.startswith("累计"):  # 新增公园141座、累计达到973座: the stock, not the flow
                label = cues.load().rx.label_new.sub("", label) or label
        share_of = share_of_rx.match(since.rpartition("、")[2]) if q.kind == "percent" and prev_name else None
        if share_of is not None and share_of.group("done"):
            label = f"{prev_name}完成{share_of.group('plan')}"  # 当年投资996.3亿元，完成全年计划的141.7%
        elif share_of is not None:
            label = f"{prev_name}占{share_of.group('of') or '比'}"  # 完成投资112亿元，占年度计划的123%
        for ind in ids or (None,):
            mention = build.build(
                s, build.Binding(q, ind, alias, clause, inherited, label, *lead, prev_end=prev_end)
            )
            if mention is not None:
                out.append(mention)
                made.setdefault(i, mention)
                prev_label = mention.label
                prev_name = mention.label or mention.alias
        if ids:
            prev_ids = ids
    return out
