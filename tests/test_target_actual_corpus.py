"""The national target → next-year actual pairs listed in the DEV corpus README,
each checked in the extraction (corpus tests; skipped when the corpus is absent).
These are the pairs a scorecard joins: a target of year Y in report Y, and the
reported result for year Y in report Y+1."""

from __future__ import annotations

import functools
from decimal import Decimal

import pytest

import gwr
from gwr.types import Document, Mention
from tests.conftest import corpus_or_skip

# (file, indicator, measure, status, year, value, comparator)
PAIRS = [
    ("national_2015.txt", "gdp", "growth", "target", 2015, "7", "~"),
    ("national_2016.txt", "gdp", "level", "actual", 2015, "67700000000000", "="),
    ("national_2016.txt", "gdp", "growth", "actual", 2015, "6.9", "="),
    ("national_2018.txt", "gdp", "growth", "target", 2018, "6.5", "~"),
    ("national_2019.txt", "gdp", "growth", "actual", 2018, "6.6", "="),
    ("national_2018.txt", "cpi", "growth", "target", 2018, "3", "~"),
    ("national_2019.txt", "cpi", "growth", "actual", 2018, "2.1", "="),
    ("national_2021.txt", "gdp", "growth", "target", 2021, "6", ">="),
    ("national_2022.txt", "gdp", "level", "actual", 2021, "114000000000000", "="),
    ("national_2022.txt", "gdp", "growth", "actual", 2021, "8.1", "="),
    ("national_2022.txt", "gdp", "growth", "target", 2022, "5.5", "~"),
    ("national_2023.txt", "gdp", "growth", "actual", 2022, "3", "="),
    ("national_2023.txt", "gdp", "growth", "target", 2023, "5", "~"),
    ("national_2024.txt", "gdp", "level", "actual", 2023, "126000000000000", ">"),
    ("national_2024.txt", "gdp", "growth", "actual", 2023, "5.2", "="),
    ("national_2024.txt", "new_urban_jobs", "level", "target", 2024, "12000000", ">="),
    ("national_2025.txt", "new_urban_jobs", "level", "actual", 2024, "12560000", "="),
]


@functools.cache
def _mentions(name: str) -> tuple[Mention, ...]:
    corpus = corpus_or_skip()
    docs = [d for d in gwr.extract(corpus / "raw" / "national" / name) if isinstance(d, Document)]
    assert len(docs) == 1
    return docs[0].mentions


@pytest.mark.corpus
@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p[0][9:13]}-{p[1]}-{p[2]}-{p[3]}" for p in PAIRS])
def test_pair_figure_is_extracted(pair: tuple[str, str, str, str, int, str, str]) -> None:
    name, indicator, measure, status, year, value, comparator = pair
    hits = [
        m for m in _mentions(name)
        if m.indicator == indicator and m.measure == measure and m.status == status and m.year == year
        and m.value is not None and m.value == Decimal(value)
    ]
    assert hits, f"{indicator} {measure} {status} {year} {value} not found in {name}"
    assert any(m.comparator == comparator for m in hits), [m.comparator for m in hits]
