"""The hard-phrase table and the golden target files are well formed.

These tests check the ground-truth *data* only (tests/phrases.py and
tests/golden/targets/*.yaml); they never run the extractor. The corpus-marked
tests check that every real sentence is quoted exactly from its source file and
skip when ../shared/corpus is absent.
"""

from __future__ import annotations

import functools
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
import yaml

from gwr import taxonomy
from tests.conftest import CORPUS, EXAMPLES, corpus_or_skip
from tests.phrases import CASES, Case

GOLDEN = Path(__file__).parent / "golden" / "targets"
CORPUS_RAW = CORPUS / "raw"

MENTION_KEYS = {
    "indicator",
    "label",  # the exact label of a figure no indicator names (tests/phrases.py LABEL_CASES)
    "label_contains",
    "value",
    "unit",
    "comparator",
    "measure",
    "status",
    "strength",
    "low",
    "high",
    "year",
    "raw",
    "approx",
    "flags_contains",
    "aggregate",
    "period_start",
    "period_end",
    "scope",
    "main",
    "section",  # the role of the part the figure stands in, and the period it covers
    "section_start",
    "section_end",
}
NUMBER_KEYS = ("value", "low", "high")
COMPARATORS = {">=", ">", "<", "<=", "~", "=", "range", "absent"}
MEASURES = {"level", "growth", "rate", "share", "pp_change", "ratio"}
STATUSES = {"target", "actual", "estimate"}
STRENGTHS = {"hard", "soft", None}
ROLES = {"review", "review_period", "plan_targets", "plan_tasks", "plan_period", "vision"}
ORIGIN_KINDS = {"seed", "corpus", "variant", "negative", "bad_input", "issue8"}
INDICATORS = {i.id for i in taxonomy.indicators()} | {None}  # taxonomy ids, or None for a label
GOLDEN_FILES = sorted(GOLDEN.glob("*.yaml"))


def mention_problems(m: dict[str, Any]) -> list[str]:
    """Every way one expected-mention dict breaks the conventions (empty when fine)."""
    problems = [f"unknown key {k!r}" for k in m if k not in MENTION_KEYS]
    for key in NUMBER_KEYS:
        if m.get(key) is None:
            continue
        if not isinstance(m[key], str):
            problems.append(f"{key} must be a string, got {m[key]!r}")
            continue
        try:
            Decimal(m[key])
        except InvalidOperation:
            problems.append(f"{key} {m[key]!r} is not a decimal")
    checks = (
        ("comparator", COMPARATORS),
        ("measure", MEASURES),
        ("status", STATUSES),
        ("strength", STRENGTHS),
        ("indicator", INDICATORS),
    )
    problems += [
        f"{key} {m[key]!r} not allowed" for key, allowed in checks if key in m and m[key] not in allowed
    ]
    if m.get("comparator") == "range" and not ("low" in m and "high" in m):
        problems.append("a range needs low and high")
    if m.get("comparator") == "range" and m.get("value") is not None:
        problems.append("a range has value null")
    if "low" in m and "high" in m and Decimal(m["low"]) > Decimal(m["high"]):
        problems.append("low > high")
    if m.get("measure") == "pp_change" and m.get("unit", "pp") != "pp":
        problems.append("pp_change is in unit pp")
    if "year" in m and not isinstance(m["year"], int):
        problems.append("year must be an int")
    if not m:
        problems.append("empty mention")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_is_well_formed(case: Case) -> None:
    assert case.text.strip(), "empty text"
    assert case.id, "missing id"
    assert case.role in ROLES
    assert case.origin.split(":")[0] in ORIGIN_KINDS
    assert 1950 <= case.report_year <= 2030
    if not case.expected:
        assert case.exhaustive, "a case without expected mentions must be exhaustive (a negative)"
    for m in case.expected:
        assert mention_problems(m) == [], m


def test_case_ids_are_unique() -> None:
    dupes = [i for i, n in Counter(c.id for c in CASES).items() if n > 1]
    assert dupes == []


def test_case_counts_per_origin() -> None:
    kinds = Counter(c.origin.split(":")[0] for c in CASES)
    assert len(CASES) >= 170
    assert kinds["seed"] + kinds["corpus"] >= 100
    assert kinds["variant"] >= 40
    assert kinds["negative"] >= 25
    assert kinds["bad_input"] >= 10
    assert all(c.exhaustive for c in CASES if c.origin == "negative")


@functools.cache
def source_text(origin: str) -> str:
    """The decoded text a seed/corpus case is quoted from (CR removed)."""
    kind, _, name = origin.partition(":")
    if kind == "seed":
        return (EXAMPLES / name).read_text(encoding="utf-8").replace("\r", "")
    path = CORPUS_RAW / name
    if path.suffix == ".docx":
        import docx  # python-docx, a project dependency

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    raw = path.read_bytes()
    gbk = path.parent.name == "national" and path.stem[-4:].isdigit() and int(path.stem[-4:]) <= 2018
    return raw.decode("gb18030" if gbk else "utf-8-sig").replace("\r", "")


QUOTED = [c for c in CASES if c.origin.startswith(("seed:", "corpus:"))]


@pytest.mark.corpus
@pytest.mark.parametrize("case", QUOTED, ids=[c.id for c in QUOTED])
def test_real_case_is_quoted_exactly(case: Case) -> None:
    if case.origin.startswith("corpus:"):
        corpus_or_skip()
    assert case.text in source_text(case.origin)


@functools.cache
def golden(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_one_golden_file_per_example() -> None:
    assert [p.stem for p in GOLDEN_FILES] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=[p.stem for p in GOLDEN_FILES])
def test_golden_file_is_well_formed(path: Path) -> None:
    data = golden(path)
    text = (EXAMPLES / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert isinstance(data["report_year"], int)
    assert data["region_name"] and str(data["region_code"]).isdigit()
    assert data["passages"]
    for passage in data["passages"]:
        anchor, until = passage["anchor"], passage["until"]
        assert 10 <= len(anchor) <= 40, anchor
        assert text.count(anchor) == 1, f"anchor not unique: {anchor}"
        assert text.count(until) == 1, f"until not unique: {until}"
        assert text.index(until) >= text.index(anchor), f"until before anchor: {until}"
        assert passage["role"] in ROLES
        assert passage["mentions"], anchor
        for m in passage["mentions"]:
            assert mention_problems(m) == [], (anchor, m)
