"""gwr.store.passages: a document's word index cut into passages of whole lines, with offsets,
an overlap into the next passage, and the inner words apart."""

from __future__ import annotations

import itertools

import pytest

from gwr import search_tokens
from gwr.store.passages import INNER, OVERLAP, TARGET, Passage, passages

LINE = "坚持稳中求进工作总基调，推动高质量发展，持续改善民生。"  # 27 characters


def cut(text: str) -> list[Passage]:
    tokens = search_tokens.segment(text)
    return passages(text, tokens.body, tokens.words)


def test_lines_gather_up_to_the_target_and_offsets_point_into_the_text() -> None:
    text = "\n".join([f"第{i}段。{LINE * 3}" for i in range(10)])  # 10 lines of 85 characters
    assert 3 * 85 > TARGET > 2 * 85
    found = [p for p in cut(text) if p.start is not None]
    assert len(found) == 4  # 3 lines reach 200 characters; the last line is the fourth
    assert found[0].start == 0 and found[-1].end == len(text)
    for a, b in itertools.pairwise(found):
        assert text[a.end] == "\n" and b.start == a.end + 1  # whole lines, nothing lost between
        assert a.end - a.start >= TARGET
    assert text[found[1].start :].startswith("第3段") and text[found[3].start :].startswith("第9段")


def test_each_passage_ends_with_the_start_of_the_next() -> None:
    text = "\n".join([f"第{i}段。{LINE * 3}" for i in range(10)])
    first, second, *_ = cut(text)
    body = search_tokens.segment(text[second.start : second.end]).body.split()
    assert first.after.split() == body[:OVERLAP]
    assert not set(first.after.split()) & {"第1段", "第2段", "第3段"}  # the next passage's words only


def test_a_long_line_is_cut_after_a_sentence() -> None:
    text = LINE * 20 + "\n" + LINE  # 540 characters on one line: over the target
    spans = [(p.start, p.end) for p in cut(text) if p.start is not None]
    step = len(LINE) * 8  # 8 sentences reach 200 characters
    assert spans == [(0, step), (step, 2 * step), (2 * step, len(text))]
    assert all(text[end - 1] == "。" for _, end in spans[:-1])


def test_a_long_line_without_sentence_ends_stays_whole() -> None:
    text = "，".join(["推动高质量发展"] * 80)
    assert [(p.start, p.end) for p in cut(text) if p.start is not None] == [(0, len(text))]


def test_inner_words_come_apart_without_offsets() -> None:
    inner = " ".join(f"词{i}" for i in range(INNER + 5))
    out = passages("一段话", "一段 话", inner)
    assert [(p.start, p.end) for p in out] == [(0, 3), (None, None), (None, None)]
    assert out[1].words.split()[0] == "词0" and len(out[2].words.split()) == 5


@pytest.mark.parametrize(
    ("text", "body"),
    [("甲\n乙", "甲 乙"), ("", "")],
    ids=["breaks-not-lined-up", "empty"],
)
def test_a_body_that_does_not_line_up_is_one_passage(text: str, body: str) -> None:
    out = passages(text, body, "")
    assert [(p.start, p.end, p.words, p.after) for p in out] == ([(0, len(text), body, "")] if body else [])
