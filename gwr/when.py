"""when: a figure's status, strength and year, read from its sentence.

Reads the sentence around a figure, the section role and the report's years
(from gwr.meta). Decides whether a figure is a target, a result or an
estimate (section role, 预计, 主要预期目标是, past and perfective cues, the
position of an unnamed section), how binding a target is (确保 vs 力争), and
which year it refers to (named horizons, years, 今年, the plan period for
annual averages). Cue positions are found once per sentence.
"""

from __future__ import annotations

import bisect

import regex

from gwr import cues, numbers
from gwr.types import Metadata, Role, Status, Strength


class SentenceTime:
    def __init__(self, text: str, start: int, end: int, role: Role | None, meta: Metadata) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.role = role
        self.meta = meta
        self.sentence = text[start:end]
        self.p = cues.patterns()
        self._cue_cache: dict[str, list[tuple[int, int]]] = {}
        self._cue_patterns = cues.cue_patterns()
        self._years_cache: list[tuple[int, int, int]] | None = None
        self._horizon_cache: list[regex.Match[str]] | None = None
        self._delims: list[int] | None = None

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
            self._delims = [self.start + i + 1 for i, ch in enumerate(sentence) if ch in cues.CLAUSE_END]
        i = bisect.bisect_right(self._delims, pos) - 1
        return self._delims[i] if i >= 0 else self.start

    def _named_years(self, pos: int) -> list[int]:
        if self._years_cache is None:
            sentence = self.text[self.start : self.end]
            self._years_cache = [
                (self.start + m.start(), self.start + m.end(), int(m.group("y")))
                for m in cues.YEAR_IN.finditer(sentence)
                if not cues.BASELINE_YEAR.match(sentence, max(0, m.start() - 2), m.end())
                and not cues.BASELINE_YEAR.match(sentence, max(0, m.start() - 1), m.end())
                and not cues.BASE_AFTER.match(sentence, m.end())
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
        if cues.rx.match(r"\s*(?:今年|明年|" + (str(ry) if ry else "今年") + r"年)", para):
            return "target"  # a paragraph about this year's plan
        if cues.rx.match(r"\s*(?:去年|过去|一年来|五年来|" + (str(vy) if vy else "去年") + r"年)", para):
            return "actual"
        # outside named sections only clear past cues make a result
        if self._cue("past_loose", pos):
            return "actual"
        near = cues.YEAR_IN.findall(self.text, max(0, self.start - 300), self.start)
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
        this_year = max((e for s, e in self._spans("this_year", cues.THIS_YEAR_CUE) if e <= pos), default=-1)
        if status in ("target", "estimate") and horizon is not None and horizon.end() > this_year:
            groups = horizon.groupdict()
            if groups.get("y"):
                return int(groups["y"])
            if groups.get("p"):
                return cues.plan_end(groups["p"])
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
