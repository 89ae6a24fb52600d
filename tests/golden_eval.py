"""Scoring extracted mentions against the hand-checked golden passages.

Each tests/golden/targets/<stem>.yaml quotes passages of one example report
(anchor … until) and lists every figure in them. A golden mention matches an
extracted one when all of its fields agree (numbers as Decimal; label_contains
as a substring of the label or of the indicator's names). Scores:

* recall     golden mentions matched / golden mentions
* precision  extracted mentions in the passages that match a golden one /
             extracted mentions in the passages
* per field  for golden and extracted mentions paired by their printed figure
             (same value and position), the share of pairs whose field agrees
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from gwr import taxonomy
from gwr.types import Document, Mention

GOLDEN = Path(__file__).parent / "golden" / "targets"
FIELDS = ("indicator", "value", "unit", "comparator", "measure", "status", "strength", "year")


def matches(m: Mention, want: dict[str, Any]) -> bool:
    for key, value in want.items():
        if key == "label_contains":
            named = m.label or ""
            if m.indicator:
                info = taxonomy.indicator(m.indicator)
                named = " ".join((info.name, *info.aliases, m.alias or ""))
            if value not in named:
                return False
        elif key == "flags_contains":
            if value not in m.flags:
                return False
        elif key in ("value", "low", "high"):
            got = getattr(m, key)
            if value is None:
                if got is not None:
                    return False
            elif got is None or Decimal(str(got)) != Decimal(str(value)):
                return False
        elif getattr(m, key) != value:
            return False
    return True


@dataclass
class Score:
    expected: int = 0
    found: int = 0  # golden mentions matched
    predicted: int = 0  # extracted mentions inside the passages
    correct: int = 0  # extracted mentions matching a golden one
    field_pairs: Counter[str] = field(default_factory=Counter)
    field_right: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.field_pairs.update(other.field_pairs)
        self.field_right.update(other.field_right)
        self.misses += other.misses
        self.extras += other.extras

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def golden_files() -> list[Path]:
    return sorted(GOLDEN.glob("*.yaml"))


def score(doc: Document, golden: dict[str, Any]) -> Score:
    text = doc.text
    total = Score()
    for passage in golden["passages"]:
        start = text.find(passage["anchor"])
        end = text.find(passage["until"], max(start, 0))
        s = Score()
        if start < 0 or end < 0:
            s.expected = len(passage["mentions"])
            s.misses.append(f"passage not found in clean text: {passage['anchor']}")
            total.add(s)
            continue
        end += len(passage["until"])
        got = [m for m in doc.mentions if start <= m.start < end]
        s.expected = len(passage["mentions"])
        s.predicted = len(got)
        free = list(got)
        for want in passage["mentions"]:
            hit = next((m for m in free if matches(m, want)), None)
            if hit is not None:
                free.remove(hit)
                s.found += 1
                s.correct += 1
            else:
                s.misses.append(f"{passage['anchor'][:12]}…: {want}")
            pair = _pair(got, want)
            if pair is not None:
                for f in FIELDS:
                    if f in want:
                        s.field_pairs[f] += 1
                        s.field_right[f] += matches(pair, {f: want[f]})
        s.extras += [f"{m.indicator or m.label} {m.measure} {m.value} {m.raw}" for m in free]
        total.add(s)
    return total


def _pair(got: list[Mention], want: dict[str, Any]) -> Mention | None:
    """The extracted mention for the same printed figure: same magnitude (or the
    same raw text), and among those the one agreeing on the most fields."""
    value = want.get("value")
    same = [
        m
        for m in got
        if (value is not None and m.value is not None and abs(Decimal(str(m.value))) == abs(Decimal(str(value))))
        or ("raw" in want and m.raw == want["raw"])
    ]
    if not same:
        return None
    return max(same, key=lambda m: sum(matches(m, {f: want[f]}) for f in FIELDS if f in want))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data
