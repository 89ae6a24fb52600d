"""Invariants every extracted document keeps, checked on the examples and on
every document of the DEV corpus: evidence is where it says it is."""

from __future__ import annotations

from pathlib import Path

import pytest

import gwr
from gwr.types import Document
from tests.conftest import CORPUS, EXAMPLES


def _check(doc: Document) -> None:
    text = doc.text
    raw = doc.raw.text
    for e in doc.clean.edits:
        assert raw[e.start : e.end] == e.text, e
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.raw, m
        assert m.raw in m.sentence or m.comparator == "absent", m
        assert (m.value is None) == (m.comparator in ("range", "absent") or "malformed" in m.flags) or m.measure == "ratio"
        assert 0 < m.confidence <= 1
    for s in doc.outline:
        assert 0 <= s.start < s.title_end <= s.end <= len(text), s
        assert text[s.start : s.title_end] == s.title, s
    for field, ev in doc.meta.evidence.items():
        assert 0 <= ev.start <= ev.end <= len(text), field
    for i in (0, len(text) // 2, len(text)):
        assert 0 <= doc.clean.to_raw(i) <= len(raw)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_example_invariants(path: Path) -> None:
    for doc in gwr.extract(path):
        assert isinstance(doc, Document)
        _check(doc)


@pytest.mark.corpus
def test_corpus_invariants() -> None:
    if not (CORPUS / "raw").exists():
        pytest.skip(f"DEV corpus not found at {CORPUS}")
    import gwr.pipeline

    n = 0
    for doc in gwr.pipeline.iter_extract([CORPUS / "raw"]):
        assert isinstance(doc, Document), doc
        _check(doc)
        n += 1
    assert n >= 280
