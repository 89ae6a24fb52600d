"""Scoring extracted mentions against hand-read golden files of whole reports.

Each tests/golden/whole/<slug>.yaml was written by reading one whole report
(never from extractor output) under /work/shared/TARGET-CONVENTIONS.md. It lists
*every* target of the report and, under ``others``, the figures that only look
like targets (results, estimates, base-year values, names and counts) with the
status and year they really have. Items are located by a ``quote`` copied from
the clean text (``nth`` occurrence, 1-based) and the printed figure ``raw``
inside it; an extracted mention belongs to an item when their spans overlap.

Scores (borderline items are dropped from both sides):

* target recall       gold targets with an overlapping extracted target
* target precision    extracted targets that overlap a gold target (status right)
* rows right          extracted targets whose every scored field is right
* per field           over paired targets: year, value, comparator, indicator,
                      label, measure, aggregate, period, scope
* main recall         gold targets marked ``main`` found as main targets
* others              status right (``none``: no mention at all) and year right
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from gwr.types import Document, Mention

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "whole"
# held-out reports: scored the same way, never tuned on (tests/golden/holdout/README.md says why)
HOLDOUT = Path(__file__).parent / "golden" / "holdout"
CORPUS = Path(os.environ.get("GWR_CORPUS", ROOT.parent / "shared" / "corpus"))

TARGET_KEYS = frozenset(
    [
        "quote",
        "nth",
        "raw",
        "indicator",
        "label",
        "measure",
        "value",
        "low",
        "high",
        "unit",
        "comparator",
        "year",
        "aggregate",
        "period_start",
        "period_end",
        "scope",
        "main",
        "borderline",
        "note",
    ]
)
OTHER_KEYS = frozenset(
    [
        "quote",
        "nth",
        "raw",
        "status",
        "year",
        "aggregate",
        "period_start",
        "period_end",
        "indicator",
        "label",
        "value",
        "low",
        "high",
        "measure",
        "why",
        "borderline",
        "note",
    ]
)
TARGET_FIELDS = (
    "year",
    "value",
    "comparator",
    "indicator",
    "label",
    "measure",
    "aggregate",
    "period",
    "scope",
)


def golden_files(directory: Path = GOLDEN) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def source_path(golden: dict[str, Any]) -> Path:
    """The report a golden file reads: examples/… in the repo, else under the corpus root."""
    name = str(golden["file"])
    return ROOT / name if name.startswith("examples/") else CORPUS / name


def locate(text: str, item: dict[str, Any]) -> tuple[int, int] | None:
    """Span of ``raw`` inside the ``nth`` occurrence of ``quote`` in ``text``."""
    quote, raw = str(item["quote"]), str(item.get("raw") or item["quote"])
    at = -1
    for _ in range(int(item.get("nth", 1))):
        at = text.find(quote, at + 1)
        if at < 0:
            return None
    inner = quote.find(raw)
    if inner < 0:
        return None
    return at + inner, at + inner + len(raw)


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _same_number(got: Decimal | None, want: Any) -> bool:
    w = _dec(want)
    return (got is None) == (w is None) and (got is None or w is None or Decimal(got) == w)


def field_right(m: Mention, want: dict[str, Any], name: str) -> bool | None:
    """Whether ``m`` agrees with the golden item on one field (None: not scored)."""
    if name == "year":
        return m.year == want.get("year") if "year" in want else None
    if name == "value":
        if "value" not in want and "low" not in want:
            return None
        return all(_same_number(getattr(m, k), want.get(k)) for k in ("value", "low", "high"))
    if name == "comparator":
        return m.comparator == want["comparator"] if "comparator" in want else None
    if name == "measure":
        return m.measure == want["measure"] if "measure" in want else None
    if name == "indicator":
        return m.indicator == want["indicator"] if "indicator" in want else None
    if name == "label":
        if want.get("indicator") is not None or not want.get("label"):
            return None  # a named indicator is scored by its id
        got, label = (m.label or m.alias or ""), str(want["label"])
        return bool(got) and (label in got or got in label)
    if name == "aggregate":
        return m.aggregate == want.get("aggregate", "annual")
    if name == "period":
        if want.get("aggregate", "annual") == "annual":
            return None
        return (m.period_start, m.period_end) == (want.get("period_start"), want.get("period_end"))
    if name == "scope":
        return (m.scope is None) == (want.get("scope") is None)
    raise ValueError(name)


@dataclass
class Score:
    targets: int = 0  # gold targets (not borderline)
    found: int = 0  # gold targets with an overlapping extracted target
    predicted: int = 0  # extracted targets (not on a borderline item)
    on_target: int = 0  # extracted targets overlapping a gold target
    rows_right: int = 0  # extracted targets right in every scored field
    main: int = 0
    main_found: int = 0
    main_flagged: int = 0  # extracted targets flagged main (not on a borderline item)
    main_flag_right: int = 0  # … of them on a gold main target
    others: int = 0
    others_status: int = 0
    others_year_pairs: int = 0
    others_year: int = 0
    field_pairs: Counter[str] = field(default_factory=Counter)
    field_right: Counter[str] = field(default_factory=Counter)
    right_ids: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in [
            "targets",
            "found",
            "predicted",
            "on_target",
            "rows_right",
            "main",
            "main_found",
            "main_flagged",
            "main_flag_right",
            "others",
            "others_status",
            "others_year_pairs",
            "others_year",
        ]:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.field_pairs.update(other.field_pairs)
        self.field_right.update(other.field_right)
        self.right_ids |= other.right_ids
        self.errors += other.errors

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found, self.targets)

    @property
    def precision(self) -> float:
        return self.ratio(self.on_target, self.predicted)

    @property
    def row_precision(self) -> float:
        return self.ratio(self.rows_right, self.predicted)

    @property
    def main_recall(self) -> float:
        return self.ratio(self.main_found, self.main)

    @property
    def main_precision(self) -> float:
        return self.ratio(self.main_flag_right, self.main_flagged)

    @property
    def others_right(self) -> float:
        return self.ratio(self.others_status, self.others)


def _overlaps(m: Mention, span: tuple[int, int]) -> bool:
    return m.start < span[1] and span[0] < m.end


def _describe(m: Mention) -> str:
    what = m.indicator or m.label or "?"
    value = m.value if m.value is not None else f"{m.low}–{m.high}"
    return f"{m.status} {what} {m.measure} {m.comparator}{value} {m.year} «{m.raw}»"


def score(doc: Document, golden: dict[str, Any], slug: str) -> Score:
    s = Score()
    text = doc.text
    targets: list[tuple[tuple[int, int], dict[str, Any]]] = []
    skip: list[tuple[int, int]] = []  # spans of borderline items
    for item in golden.get("targets") or []:
        span = locate(text, item)
        if span is None:
            s.errors.append(f"{slug}: quote not found in clean text: {item['quote']!r}")
            if not item.get("borderline"):
                s.targets += 1
            continue
        if item.get("borderline"):
            skip.append(span)
        else:
            targets.append((span, item))
    extracted = [m for m in doc.mentions if m.status == "target" and not any(_overlaps(m, b) for b in skip)]
    # gold targets: recall and main recall
    paired: dict[int, dict[str, Any]] = {}
    for span, item in targets:
        s.targets += 1
        key = f"{slug}|{item['quote']}|{item.get('raw')}|{item.get('nth', 1)}"
        hits = [m for m in extracted if _overlaps(m, span)]
        if item.get("main"):
            s.main += 1
            s.main_found += any(m.main for m in hits)
        if not hits:
            s.errors.append(f"{slug}: missed target «{item['quote']}» ({item.get('raw')})")
            continue
        s.found += 1
        best = max(hits, key=lambda m: sum(bool(field_right(m, item, f)) for f in TARGET_FIELDS))
        paired[id(best)] = item
        wrong = []
        for f in TARGET_FIELDS:
            ok = field_right(best, item, f)
            if ok is None:
                continue
            s.field_pairs[f] += 1
            s.field_right[f] += ok
            if not ok:
                wrong.append(f)
        if not wrong:
            s.right_ids.add(key)
        else:
            s.errors.append(f"{slug}: wrong {','.join(wrong)} on «{item['quote']}»: got {_describe(best)}")
    # extracted targets: precision
    for m in extracted:
        s.predicted += 1
        item = paired.get(id(m))
        if item is None:
            item = next((it for span, it in targets if _overlaps(m, span)), None)
        if m.main:
            s.main_flagged += 1
            if item is not None and item.get("main"):
                s.main_flag_right += 1
            else:
                s.errors.append(f"{slug}: main flag outside the main passage: {_describe(m)} in «{m.sentence[:40]}»")
        if item is None:
            s.errors.append(f"{slug}: not a target: {_describe(m)} in «{m.sentence[:40]}»")
            continue
        s.on_target += 1
        s.rows_right += all(field_right(m, item, f) is not False for f in TARGET_FIELDS)
    # others: status and year
    for item in golden.get("others") or []:
        if item.get("borderline"):
            continue
        span = locate(text, item)
        s.others += 1
        if span is None:
            s.errors.append(f"{slug}: quote not found in clean text: {item['quote']!r}")
            continue
        hits = [m for m in doc.mentions if _overlaps(m, span)]
        key = f"{slug}|{item['quote']}|{item.get('raw')}|{item.get('nth', 1)}"
        status = item.get("status")
        if status == "none":
            if hits:
                s.errors.append(f"{slug}: a name or count read as a figure: {_describe(hits[0])}")
            else:
                s.others_status += 1
                s.right_ids.add(key)
            continue
        right = [m for m in hits if m.status == status]
        if not right:
            got = _describe(hits[0]) if hits else "nothing"
            s.errors.append(f"{slug}: «{item['quote']}» ({item.get('raw')}) is {status}: got {got}")
            continue
        s.others_status += 1
        if "year" in item:
            s.others_year_pairs += 1
            year_ok = any(m.year == item["year"] for m in right)
            s.others_year += year_ok
            if year_ok:
                s.right_ids.add(key)
            else:
                s.errors.append(
                    f"{slug}: «{item['quote']}» ({item.get('raw')}) is {item['year']}: got {right[0].year}"
                )
        else:
            s.right_ids.add(key)
    return s


@cache
def extract(path: Path) -> Document:
    import gwr

    return next(d for d in gwr.extract(path) if isinstance(d, Document))


def score_file(path: Path) -> Score:
    golden = load(path)
    return score(extract(source_path(golden)), golden, path.stem)


def score_present(paths: list[Path]) -> Score | None:
    """The summed score of the golden files whose report is here (None: not one is)."""
    present = [p for p in paths if source_path(load(p)).exists()]
    if not present:
        return None
    total = Score()
    for path in present:
        total.add(score_file(path))
    return total
