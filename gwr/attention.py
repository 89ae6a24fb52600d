"""attention: clean text + topic dictionary -> how much of the text each topic takes.

For every topic (``gwr.taxonomy.Topic``: id, name, terms) ``measure`` counts

* ``count``: occurrences of the topic's terms, longest match first and without
  overlap (the automaton scans left to right and at each point takes the
  longest term; ``科技创新`` counts once, not also as ``创新``);
* ``per_10k_chars``: ``count / chars * 10000`` where ``chars`` is the length of
  the clean text in characters;
* ``sentence_share``: sentences with at least one occurrence / all sentences.
  A sentence ends at 。！？!? or a line break; empty pieces are not sentences.

Topics are independent: one occurrence may count for two topics that share a
term. Pure function of the text and the terms: no database, no I/O.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import regex

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = (
    "document_id",
    "region_code",
    "region_name",
    "level",
    "year",
    "doc_kind",
    "topic",
    "topic_name",
    "count",
    "chars",
    "per_10k_chars",
    "sentences",
    "sentences_total",
    "sentence_share",
)
_SENTENCE_END = regex.compile(r"[。！？!?\n]+")


class TopicLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def terms(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    name: str
    count: int
    chars: int
    per_10k_chars: float
    sentences: int  # sentences mentioning the topic
    sentences_total: int
    sentence_share: float


@functools.lru_cache(maxsize=256)
def _automaton(terms: tuple[str, ...]) -> Any:
    import ahocorasick

    auto = ahocorasick.Automaton()
    for term in terms:
        if term:
            auto.add_word(term, len(term))
    auto.make_automaton()
    return auto


def sentence_ends(text: str) -> list[int]:
    """End offsets of the non-empty sentences of ``text`` (the boundary mark included)."""
    ends: list[int] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            ends.append(m.end())
        start = m.end()
    if text[start:].strip():
        ends.append(len(text))
    return ends


def matches(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of the non-overlapping, longest-first occurrences of ``terms``."""
    key = tuple(sorted({t for t in terms if t}))
    if not key or not text:
        return []
    found = _automaton(key).iter_long(text)
    return [(end + 1 - length, end + 1) for end, length in found]


def measure(text: str, topics: Sequence[TopicLike]) -> list[TopicScore]:
    """One ``TopicScore`` per topic, in the order given."""
    chars = len(text)
    ends = sentence_ends(text)
    total = len(ends)
    scores: list[TopicScore] = []
    for topic in topics:
        found = matches(text, topic.terms)
        hit = {bisect.bisect_left(ends, start + 1) for start, _ in found}
        scores.append(
            TopicScore(
                topic=topic.id,
                name=topic.name,
                count=len(found),
                chars=chars,
                per_10k_chars=len(found) / chars * 10000 if chars else 0.0,
                sentences=len(hit),
                sentences_total=total,
                sentence_share=len(hit) / total if total else 0.0,
            )
        )
    return scores


def table(docs: Iterable[tuple[Any, ...]], topics: Sequence[TopicLike]) -> pd.DataFrame:
    """One row per document and topic (columns ``COLUMNS``) from ``(document_id, region_code,
    region_name, level, year, doc_kind, text)`` tuples, read one at a time."""
    import pandas as pd

    rows = [
        (
            *doc[:6],
            s.topic,
            s.name,
            s.count,
            s.chars,
            s.per_10k_chars,
            s.sentences,
            s.sentences_total,
            s.sentence_share,
        )
        for doc in docs
        for s in measure(doc[6], topics)
    ]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    return frame
