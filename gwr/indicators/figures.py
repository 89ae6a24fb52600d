"""figures: which quantities in a sentence are figures at all.

A size class (亿元以上项目, 10吨以下锅炉), a malformed or vague number (1..5%,
数十) and a bare number with neither unit nor scale (a flattened table cell)
are dropped rather than guessed.
"""

from __future__ import annotations

from gwr import cues, numbers
from gwr.indicators.context import Sentence


def not_a_figure(s: Sentence, q: numbers.Quantity) -> bool:
    """True when ``q`` names a class, is damaged or is a bare number."""
    rx = cues.load().rx
    if (
        "malformed" in q.flags
        or "vague" in q.flags
        or (q.kind == "number" and q.unit is None and q.scale == 1)
    ):
        return True
    bare = q.raw[:1] in "十百千万亿" and not any(ch.isdigit() for ch in q.raw)
    if q.kind == "number" and bare and rx.bare_scale_class.match(s.text[q.end : q.end + 3]):
        return True
    tail = s.text[q.end : q.end + 8]
    if rx.project_class.match(tail):
        return True
    # 10吨以下燃煤小锅炉, 5000万元以上企业: a size class in front of a noun
    return q.kind == "number" and rx.size_class.match(tail) is not None
