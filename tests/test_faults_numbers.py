"""gwr.numbers.quantity_at where `make mutate` found surviving mutants (issue 9): the
quantity covering an offset, from its first character to its last, including a number
that starts further back than the scan window (it is widened over number characters)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gwr.numbers import quantity_at

TEXT = "全市地区生产总值达到7500亿元，增长8%。"
LONG = "增长12." + "3" * 50 + "%，好"  # a percent of 55 characters: starts 53 before its last one
FAR = "全市经济运行总体平稳。" * 10 + LONG
GROUPED = "达到" + ",".join(["12", *["345"] * 16]) + "亿元。"  # 50 digits in thousands groups


@pytest.mark.parametrize(
    "text,pos,raw",
    [
        ("7500亿元", 0, "7500亿元"),  # a quantity at the very start of the text
        (TEXT, TEXT.index("7500"), "7500亿元"),
        (TEXT, TEXT.index("元"), "7500亿元"),
        (TEXT, TEXT.index("元") + 1, None),  # just past its end
        (TEXT, TEXT.index("8%"), "8%"),
        (TEXT, TEXT.index("%"), "8%"),
        (TEXT, TEXT.index("%") + 1, None),
        (TEXT, 0, None),
        (LONG, LONG.index("%"), "12." + "3" * 50 + "%"),
        (LONG, LONG.index("%") - 30, "12." + "3" * 50 + "%"),
        (LONG, 2, "12." + "3" * 50 + "%"),  # from its first digit: 53 characters on, not cut at 48
        (GROUPED, 2, GROUPED[2:-1]),
        ("12.5%", 0, "12.5%"),  # the whole text one number: the window stops at both ends
        ("12.5%", 4, "12.5%"),
        (LONG[2:], LONG.index("%") - 2, "12." + "3" * 50 + "%"),  # a long number from the first character
        (FAR, FAR.index("%"), "12." + "3" * 50 + "%"),  # ... and one far into the text
    ],
    ids=["text-start", "first", "last", "after", "pct-first", "pct-last", "pct-after", "no-number",
         "long-last", "long-middle", "long-first", "grouped-first", "whole-text-first", "whole-text-last",
         "long-at-text-start", "long-far-in"],
)  # fmt: skip
def test_quantity_at_covers_its_span(text: str, pos: int, raw: str | None) -> None:
    q = quantity_at(text, pos)
    assert (q.raw if q else None) == raw
    if q is not None:
        assert text[q.start : q.end] == q.raw


def test_a_long_number_is_read_whole_from_its_last_character() -> None:
    q = quantity_at(LONG, LONG.index("%"))
    assert q is not None
    assert (q.start, q.end, q.unit) == (2, 56, "percent")
    assert q.value is not None and round(q.value, 10) == Decimal("12.3333333333")
