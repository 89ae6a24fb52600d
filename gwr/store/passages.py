"""passages: a document's word index cut into passages, for an engine that ranks passages
(PostgreSQL, ``gwr.store.postgres``), so that a search reads the hundred words or so around
each match instead of every matching report's whole index. Passages are small enough for
PostgreSQL to keep their tsvector in the row (about 1 kB; past 2 kB it goes to TOAST, and
reading it back was what made a search slow).

A passage is a run of whole lines of the clean text, at least ``TARGET`` characters long
(a longer line is cut after its sentences' 。; the last passage may be shorter), with its
offsets ``[start, end)`` into the text and the segmented words of its lines: ``body`` of
``gwr.search_tokens.segment`` cut at its line breaks, so nothing is segmented again. Each
passage also holds the first ``OVERLAP`` tokens of the next one (``after``), so a phrase that
runs over the boundary (the index ignores line breaks and punctuation) is still found, as in
one index of the whole text; they are matched but not counted again when ranking. The words
found only inside longer words (``words`` of ``segment``) have no place in the text: they
come as passages of their own, without offsets, ``INNER`` words each (their order means
nothing: a one-word query finds them, as in SQLite's ``words`` column).
"""

from __future__ import annotations

from dataclasses import dataclass

TARGET = 200  # characters of clean text a passage gathers lines up to
OVERLAP = 16  # tokens of the next passage repeated at the end of one (punctuation counts)
INNER = 100  # inner words per passage of them


@dataclass(frozen=True, slots=True)
class Passage:
    """``words``: its own words, space-separated; ``after``: the first ``OVERLAP`` tokens of
    the next passage (to be matched, not counted: the engine weighs them 0 when ranking);
    ``start``/``end``: offsets into the clean text (None for a passage of inner words)."""

    start: int | None
    end: int | None
    words: str
    after: str = ""


def passages(text: str, body: str, inner: str) -> list[Passage]:
    """The passages of a document of clean ``text`` segmented into ``body`` and ``inner``
    (``gwr.search_tokens.segment``). A ``body`` whose line breaks do not line up with the
    text's becomes one passage of the whole text (never wrong, only slower to rank)."""
    spans: list[tuple[int, int, str]] = []
    gathered: list[str] = []
    start = 0
    for unit_start, end, words in _units(text, body):
        if not gathered:
            start = unit_start
        gathered.append(words)
        if end - start >= TARGET:
            spans.append((start, end, " ".join(gathered)))
            gathered = []
    if gathered:
        spans.append((start, len(text), " ".join(gathered)))
    out: list[Passage] = []
    for i, (start, end, words) in enumerate(spans):
        after = spans[i + 1][2].split()[:OVERLAP] if i + 1 < len(spans) else []
        if words.strip():
            out.append(Passage(start, end, words, " ".join(after)))
    found = inner.split()
    out += [Passage(None, None, " ".join(found[i : i + INNER])) for i in range(0, len(found), INNER)]
    return out


def _units(text: str, body: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each line of ``text``; a line over ``TARGET`` is cut after each 。
    (when its 。 line up with those of its words)."""
    lines, cut = text.split("\n"), body.split("\n")
    if len(cut) != len(lines):
        return [(0, len(text), body)]
    out: list[tuple[int, int, str]] = []
    offset = 0
    for line, words in zip(lines, cut, strict=True):
        sentences, parts = line.split("。"), words.split("。")
        if len(line) <= TARGET or len(sentences) != len(parts):
            sentences, parts = [line], [words]
        for k, (sentence, part) in enumerate(zip(sentences, parts, strict=True)):
            end = offset + len(sentence) + (k + 1 < len(sentences))  # the 。 ends its sentence
            out.append((offset, end, part))
            offset = end
        offset += 1  # the line break
    return out
