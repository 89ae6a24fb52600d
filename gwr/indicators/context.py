"""context: one sentence with what every reader of its figures needs.

A ``Sentence`` is frozen: the text, its span, the section role, the report's
years and the indicator aliases inside it. Cue positions (years, horizons,
past and target words, clause ends) are found once per sentence, on first
use, and memoised in a private table that no reader writes to directly.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import regex

from gwr import cues
from gwr.types import Metadata, Role

_CLAUSE_END = regex.compile(f"[{regex.escape(cues.CLAUSE_END)}]")


@dataclass(frozen=True, slots=True)
class Alias:
    """An indicator alias found in the text; ``ids`` are the indicators it names."""

    start: int
    end: int
    text: str
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # the whole clean text (offsets are absolute)
    start: int
    end: int
    role: Role | None
    meta: Metadata
    aliases: tuple[Alias, ...]
    period: tuple[int, int] | None = None  # the plan period of the enclosing part (first, last year)
    main_from: int | None = None  # where the main-target passage begins in it (gwr.indicators.passage)
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sentence(self) -> str:
        s: str | None = self._memo.get("sentence")
        if s is None:
            s = self._memo["sentence"] = self.text[self.start : self.end]
        return s

    def in_main(self, pos: int) -> bool:
        """The figure at ``pos`` stands in the main-target passage."""
        return self.main_from is not None and self.main_from <= pos

    # --- cues, found once per sentence ------------------------------------
    def spans(self, key: str, pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
        """Spans of ``pattern`` in the sentence (memoised under ``key``)."""
        memo_key = "cue:" + key
        spans: list[tuple[int, int]] | None = self._memo.get(memo_key)
        if spans is None:
            spans = [(m.start(), m.end()) for m in pattern.finditer(self.text, self.start, self.end)]
            self._memo[memo_key] = spans
        return spans

    def cue(self, key: str, pos: int, start: int | None = None) -> bool:
        """A cue of kind ``key`` (a pattern name of cues.yaml) ends before ``pos``
        (and begins at or after ``start``)."""
        spans = self._memo.get("cue:" + key)
        if spans is None:
            spans = self.spans(key, _cue_pattern(key))
        if not spans:
            return False
        if start is None:
            return spans[0][1] <= pos  # spans are in order and do not overlap
        # the first span beginning at or after ``start`` ends first among them
        i = bisect.bisect_left(self._bounds(key, spans)[0], start)
        return i < len(spans) and spans[i][1] <= pos

    def _bounds(self, key: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """The starts and the ends of ``spans`` (both ascending: in order, no overlap), for bisect."""
        memo_key = "bounds:" + key
        bounds: tuple[list[int], list[int]] | None = self._memo.get(memo_key)
        if bounds is None:
            bounds = self._memo[memo_key] = ([s for s, _ in spans], [e for _, e in spans])
        return bounds

    def last_end(self, key: str, pattern: regex.Pattern[str], pos: int) -> int:
        """The end of the last span of ``pattern`` ending at or before ``pos`` (-1: none)."""
        spans = self.spans(key, pattern)
        i = bisect.bisect_right(self._bounds(key, spans)[1], pos) - 1
        return spans[i][1] if i >= 0 else -1

    def overlaps(self, key: str, pattern: regex.Pattern[str], lo: int, hi: int) -> bool:
        """A span of ``pattern`` begins before ``hi`` and ends after ``lo``."""
        spans = self.spans(key, pattern)
        i = bisect.bisect_right(self._bounds(key, spans)[1], lo)  # the first span ending after lo
        return i < len(spans) and spans[i][0] < hi

    def clause(self, pos: int) -> int:
        """Start of the clause holding ``pos`` (after the last ，；： before it)."""
        delims: list[int] | None = self._memo.get("delims")
        if delims is None:
            delims = [m.end() for m in _CLAUSE_END.finditer(self.text, self.start, self.end)]
            self._memo["delims"] = delims
        i = bisect.bisect_right(delims, pos) - 1
        return delims[i] if i >= 0 else self.start

    def clause_end(self, pos: int) -> int:
        """End of the clause holding ``pos`` (at the ，；： after it, or the sentence end)."""
        self.clause(pos)  # memoises the clause ends
        delims: list[int] = self._memo["delims"]
        i = bisect.bisect_right(delims, pos)
        return delims[i] - 1 if i < len(delims) else self.end

    def years(self) -> list[tuple[int, int, int]]:
        """Years named in the sentence as time references: (start, end, year);
        baselines (比2019年, 2019年的148%) are left out."""
        found: list[tuple[int, int, int]] | None = self._memo.get("years")
        if found is None:
            rx = cues.load().rx
            sentence = self.sentence
            found = [
                (self.start + m.start(), self.start + m.end(), int(m.group("y")))
                for m in rx.year_in.finditer(sentence)
                if not rx.baseline_year.match(sentence, max(0, m.start() - 2), m.end())
                and not rx.baseline_year.match(sentence, max(0, m.start() - 1), m.end())
                and not rx.base_after.match(sentence, m.end())
            ]
            self._memo["years"] = found
        return found

    def _years_by_end(self) -> tuple[list[int], list[int], list[tuple[int, int]]]:
        found: tuple[list[int], list[int], list[tuple[int, int]]] | None = self._memo.get("years_by_end")
        if found is None:
            years = self.years()
            found = ([e for _, e, _ in years], [y for _, _, y in years], [(e, y) for _, e, y in years])
            self._memo["years_by_end"] = found
        return found

    def named_years(self, pos: int) -> list[int]:
        """The years named before ``pos`` (ending at or before it), in order."""
        ends, years, _ = self._years_by_end()
        return years[: bisect.bisect_right(ends, pos)]

    def named_years_at(self, pos: int) -> list[tuple[int, int]]:
        """(end, year) of the years named before ``pos``, in order."""
        ends, _, pairs = self._years_by_end()
        return pairs[: bisect.bisect_right(ends, pos)]

    def horizons(self) -> list[regex.Match[str]]:
        found: list[regex.Match[str]] | None = self._memo.get("horizons")
        if found is None:
            rx = cues.load().rx
            found = [
                h
                for h in cues.load().horizon.finditer(self.text, self.start, self.end)
                # 较“十二五”末提高3.4岁: a baseline, not the figure's horizon
                if not rx.baseline_before.search(self.text, max(self.start, h.start() - 2), h.start())
            ]
            self._memo["horizons"] = found
        return found

    def horizon(self, pos: int) -> regex.Match[str] | None:
        """The last horizon phrase (到2020年, “十四五”期间, 今后五年) ending before ``pos``."""
        found = self.horizons()
        if not found:
            return None
        ends: list[int] | None = self._memo.get("horizon_ends")
        if ends is None:
            ends = self._memo["horizon_ends"] = [h.end() for h in found]
        i = bisect.bisect_right(ends, pos) - 1
        return found[i] if i >= 0 else None

    # --- aliases (in order, none overlapping) -------------------------------
    def _alias_bounds(self) -> tuple[list[int], list[int]]:
        bounds: tuple[list[int], list[int]] | None = self._memo.get("alias_bounds")
        if bounds is None:
            bounds = self._memo["alias_bounds"] = (
                [a.start for a in self.aliases],
                [a.end for a in self.aliases],
            )
        return bounds

    def aliases_within(self, lo: int, hi: int) -> tuple[Alias, ...]:
        """The aliases that begin at or after ``lo`` and end at or before ``hi``, in order."""
        starts, ends = self._alias_bounds()
        return self.aliases[bisect.bisect_left(starts, lo) : bisect.bisect_right(ends, hi)]

    def alias_from(self, pos: int) -> Alias | None:
        """The first alias beginning at or after ``pos``."""
        i = bisect.bisect_left(self._alias_bounds()[0], pos)
        return self.aliases[i] if i < len(self.aliases) else None


def _cue_pattern(key: str) -> regex.Pattern[str]:
    c = cues.load()
    if key in ("estimate", "target"):
        p: regex.Pattern[str] = getattr(c, key)
        return p
    p = getattr(c.rx, key)
    return p
