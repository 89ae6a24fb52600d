"""gwr.indicators.enumerations.members: compressed enumerations of one-character members before a
shared head noun, read member by member (found missing by mutation testing, docs/mutation.md)."""

from __future__ import annotations

import pytest

from gwr.indicators.enumerations import members

SECONDARY_SERVICE = [("secondary_value_added", None), ("service_value_added", None)]


@pytest.mark.parametrize(
    ("subject", "n", "expected"),
    [
        # 产 alone is short for 产业: 二三产增加值 is 第二产业增加值, 第三产业增加值 (indicators, no label)
        ("二三产增加值", 2, SECONDARY_SERVICE),
        ("二三产业增加值", 2, SECONDARY_SERVICE),  # 产业 written out is not lengthened again
        ("今年一二产增加值", 2, [("agriculture_value_added", None), ("secondary_value_added", None)]),
        # 产值, 产量 and 产品 are words of their own, not 产业
        ("粮棉油产值", 3, [(None, "粮食产值"), (None, "棉花产值"), (None, "油料产值")]),
        ("粮棉油产品", 3, [(None, "粮食产品"), (None, "棉花产品"), (None, "油料产品")]),
        ("一二三产量", 3, [(None, "第一产量"), (None, "第二产量"), (None, "第三产量")]),
        # words before the members are trimmed (全省), the head noun is kept whole
        ("全省肉蛋奶总产量", 3, [(None, "肉类总产量"), (None, "蛋类总产量"), (None, "奶类总产量")]),
        # no head noun of two characters, too few members, or a member that is no short name
        ("一二三产", 3, []),
        ("肉蛋", 3, []),
        ("肉蛋奶", 3, []),
        ("肉菜奶总产量", 3, []),
    ],
)
def test_members(subject: str, n: int, expected: list[tuple[str | None, str | None]]) -> None:
    assert members(subject, n) == expected
