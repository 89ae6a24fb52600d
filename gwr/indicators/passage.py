"""passage: the main-target passage, the sentences a 主要预期目标 cue governs.

Read once per text, over its sentence spans. A passage opens where a
``target_sentence`` cue ends (主要预期目标是：) or after a cue line standing
alone (（一）2026年主要预期目标). It holds the rest of the cue's sentence and
carries on over the sentences after it:

* in the same paragraph while they carry figures (a stray 。 inside the
  list of targets, a plain-text copy where a whole part is one paragraph);
* over a line break only when the list goes on: the line before ends on
  ；，、：, or the cue stood alone and the lines after it are list lines;

and ends at the next heading, at a sentence that turns from the targets to
what follows them (实现上述目标，要…, 这些指标的设定…, 重点抓好…), at a
sentence that explains a target it restates (生产总值预期增长8.5%左右，充分
考虑了…), at a sentence with no figure unless it leads a topic of the list
(开放发展取得新突破，… in a passage grouped by the 新发展理念), or after
``_LONGEST`` characters. After a passage, a cue sentence that explains its
figure (经济增长预期目标为5%左右，既是…) restates a target and opens none.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from gwr import cues
from gwr.types import Section

_LONGEST = 1500  # characters a passage may run after its cue
_LIST_LINE = 60  # a line this short with a figure is one more item of a list of lines
_GOES_ON = "；;，,、：:"  # a piece ending on these is followed by more of the list


def main_starts(
    text: str,
    spans: Sequence[tuple[int, int]],
    sections: Sequence[Section],
    has_figure: Callable[[int, int], bool],
    planned: Callable[[int], bool],
) -> dict[int, int]:
    """For each sentence (index into ``spans``) inside a main-target passage, the
    offset its passage begins at in it (the end of the cue in the cue's sentence,
    the sentence start after it). ``planned(offset)``: the part there sets goals
    for a plan period or a vision, whose cue opens no passage of this year's targets."""
    rx = cues.load().rx

    def explained(a: int, b: int) -> bool:
        """A figure in ``a``..``b`` is followed by a clause explaining it."""
        why = rx.passage_explain.search(text, a, b)
        return why is not None and has_figure(a, why.start())

    # headings end a passage; a numbered list item with a figure (1.地区生产总值增长5%) does not
    heads = sorted(s.start for s in sections if not has_figure(s.start, s.title_end))
    out: dict[int, int] = {}
    listed_before = False  # a passage with figures was read
    i, n = 0, len(spans)
    while i < n:
        a, b = spans[i]
        cue = rx.target_sentence.search(text, a, b)
        if cue is not None:
            opens = cue.end()
        elif rx.target_heading.match(text[a:b]) and not has_figure(a, b):
            opens = b
        else:
            i += 1
            continue
        if planned(a) or rx.plan_passage.search(_clause(text, a, b, cue.start() if cue else a, opens)):
            i += 1  # goals of a plan period (“十五五”发展的主要目标是：到2030年…)
            continue
        if listed_before and explained(opens, b):
            i += 1  # a restatement after the passage: 经济增长预期目标为5%左右，既是…的需要
            continue
        out[i] = opens
        alone = not has_figure(opens, b)  # the targets follow on the next lines
        listed_before = listed_before or not alone
        limit = opens + _LONGEST
        k = bisect.bisect_right(heads, opens)
        stop = heads[k] if k < len(heads) else len(text)
        prev_end, first = b, True
        j = i + 1
        while j < n:
            a2, b2 = spans[j]
            if a2 >= min(limit, stop):
                break
            piece = text[a2:b2].strip()
            figure = has_figure(a2, b2)
            if rx.heading_mark.match(piece) or rx.passage_close.match(piece):
                break
            if "\n" in text[prev_end:a2]:
                before = text[a:prev_end].rstrip()
                goes_on = bool(before) and before[-1] in _GOES_ON
                listed = alone and (first or (figure and len(piece) <= _LIST_LINE))
                if not (goes_on or listed):
                    break
            if figure and explained(a2, b2):
                break  # 生产总值预期增长8.5%左右，充分考虑了…
            if not figure and rx.passage_topic.match(piece):
                # a topic with no figure of its own (开放发展取得新突破，…) within the passage
                prev_end, first, a = b2, False, a2
                j += 1
                continue
            if not figure and not (alone and piece.endswith(tuple(_GOES_ON))):
                break
            out[j] = a2
            listed_before = listed_before or figure
            prev_end, first, a = b2, False, a2
            j += 1
        i = j
    return out


def _clause(text: str, a: int, b: int, cue_start: int, cue_end: int) -> str:
    """The clause a cue stands in, with the first clause after it (its sentence is ``a``..``b``)."""
    start = max((text.rfind(ch, a, cue_start) for ch in cues.CLAUSE_END), default=-1) + 1
    while cue_end < b and text[cue_end] in cues.CLAUSE_END:
        cue_end += 1  # (the colon of 主要目标是：)
    ends = [k for k in (text.find(ch, cue_end, b) for ch in cues.CLAUSE_END) if k >= 0]
    return text[max(a, start) : min(ends, default=b)]
