"""gwr.numbers where `make mutate` found surviving mutants (issue 9): every field of the
quantity, not only its value, for the forms read apart from the general pattern.

百分之/千分之 numbers, 翻番 and ratios (``_special``, ``_pct_number``), per-unit
denominators (``_per``), scale characters after a number (``_valid_tail``) and the gate
on Chinese numerals before a unit (``_cn_allowed``). Each row is a phrase and the one
quantity read from it, written out whole from the text: offsets, value or range, unit,
currency, kind, approx, ratio parts, flags, printed unit and scale. Decimals are
compared as strings, so 8.5 must not come back as 8.50 or 8.5E+0.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from gwr.numbers import Quantity, scan_quantities


def _fields(q: Quantity) -> tuple[object, ...]:
    def s(d: Decimal | None) -> str | None:
        return None if d is None else str(d)

    return (
        q.start, q.end, q.raw, s(q.value), s(q.low), s(q.high), q.unit, q.currency, q.kind, q.approx,
        tuple(str(x) for x in q.ratio_parts), q.flags, q.printed_unit, s(q.scale),
    )  # fmt: skip


def _q(
    start: int, raw: str, value: str | None, unit: str | None, kind: str, printed: str, scale: str = "1",
    *, low: str | None = None, high: str | None = None, currency: str | None = None, approx: bool = False,
    parts: tuple[str, ...] = (), flags: tuple[str, ...] = (),
) -> tuple[object, ...]:  # fmt: skip
    return (
        start, start + len(raw), raw, value, low, high, unit, currency, kind, approx, parts, flags, printed, scale,
    )  # fmt: skip


ONE = [  # phrase, the one quantity in it
    # --- ratios: no value, no unit, the parts -------------------------------------------------
    ("比例为6.4∶52∶41.6", _q(3, "6.4∶52∶41.6", None, None, "ratio", "", parts=("6.4", "52", "41.6"))),
    ("比例 3 : 1。", _q(3, "3 : 1", None, None, "ratio", "", parts=("3", "1"))),  # spaces round the colon
    ("比为３∶１", _q(2, "３∶１", None, None, "ratio", "", parts=("3", "1"))),  # full-width digits
    ("缩小到近2∶1", _q(4, "2∶1", None, None, "ratio", "", approx=True, parts=("2", "1"))),
    # --- 翻番: times two to the number of 番 ----------------------------------------------------
    ("实现翻番", _q(2, "翻番", "2", "times", "multiple", "番")),
    ("力争翻3番", _q(2, "翻3番", "8", "times", "multiple", "番")),
    ("翻两番", _q(0, "翻两番", "4", "times", "multiple", "番")),
    ("收入近翻一番", _q(3, "翻一番", "2", "times", "multiple", "番", approx=True)),
    # --- 百分之 / 千分之 --------------------------------------------------------------------------
    ("增长百分之八", _q(2, "百分之八", "8", "percent", "percent", "百分之")),
    ("增长百分之８.５０", _q(2, "百分之８.５０", "8.5", "percent", "percent", "百分之")),
    ("增长百分之五点五", _q(2, "百分之五点五", "5.5", "percent", "percent", "百分之")),
    ("控制在千分之三", _q(3, "千分之三", "3", "permille", "permille", "千分之")),
    ("增长百分之八多", _q(2, "百分之八多", "8", "percent", "percent", "百分之", approx=True)),
    ("增长近百分之八", _q(3, "百分之八", "8", "percent", "percent", "百分之", approx=True)),
    ("增长百分之八到九", _q(2, "百分之八到九", None, "percent", "percent", "百分之", low="8", high="9")),
    ("增长百分之5至6", _q(2, "百分之5至6", None, "percent", "percent", "百分之", low="5", high="6")),
    ("增长百分之几十", _q(2, "百分之几十", None, "percent", "percent", "百分之", approx=True, flags=("vague",))),
    ("由百分之五到百分之几十",
     _q(1, "百分之五到百分之几十", None, "percent", "percent", "百分之", low="5", approx=True, flags=("vague",))),
    ("从百分之几十到百分之几十",  # one vague flag for both ends
     _q(1, "百分之几十到百分之几十", None, "percent", "percent", "百分之", approx=True, flags=("vague",))),
    # --- per-unit denominators --------------------------------------------------------------------
    ("人均16.8万元/人", _q(2, "16.8万元/人", "168000", "CNY/person", "number", "万元/人", "10000", currency="CNY")),
    ("水价3.5元/吨", _q(2, "3.5元/吨", "3.5", "CNY/ton", "number", "元/吨", currency="CNY")),
    ("补助500元／人", _q(2, "500元／人", "500", "CNY/person", "number", "元／人", currency="CNY")),
    ("房价500元/平方米", _q(2, "500元/平方米", "500", "CNY/m2", "number", "元/平方米", currency="CNY")),
    ("运价0.5元/公里", _q(2, "0.5元/公里", "0.5", "CNY/km", "number", "元/公里", currency="CNY")),
    ("人口密度500人/平方公里", _q(4, "500人/平方公里", "500", "person/km2", "number", "人/平方公里")),
    ("收费500元/千人", _q(2, "500元/千人", "0.5", "CNY/person", "number", "元/千人", currency="CNY")),
    ("成本500元/亿元", _q(2, "500元/亿元", "0.000005", "CNY/CNY", "number", "元/亿元", currency="CNY")),
    ("价格3-5元/吨", _q(2, "3-5元/吨", None, "CNY/ton", "number", "元/吨", low="3", high="5", currency="CNY")),
    ("能耗0.5吨标准煤/万元", _q(2, "0.5吨标准煤/万元", "0.00005", "tce/CNY", "number", "吨标准煤/万元")),
    ("能耗450千克标准煤/万元", _q(2, "450千克标准煤/万元", "0.045", "kgce/CNY", "number", "千克标准煤/万元")),
    ("消耗5吨标准煤", _q(2, "5吨", "5", "ton", "number", "吨")),  # a material but no denominator
    ("补助500元/XX", _q(2, "500元", "500", "CNY", "number", "元", currency="CNY")),  # no unit after /
    ("增长8%/年", _q(2, "8%", "8", "percent", "percent", "%")),  # a percent takes no denominator
    ("补助几十元/吨", _q(2, "几十元", None, "CNY", "number", "元", currency="CNY", approx=True, flags=("vague",))),
    # --- scale characters after a number: increasing only -------------------------------------------
    ("投资10亿余万元", _q(2, "10亿余", "1000000000", None, "number", "亿", "100000000", approx=True)),
    ("投资5万万元", _q(2, "5万", "50000", None, "number", "万", "10000")),
    ("投资3亿万元", _q(2, "3亿", "300000000", None, "number", "亿", "100000000")),
    ("投资10万余亿", _q(2, "10万余亿", "10000000000000", None, "number", "万亿", "1000000000000", approx=True)),
    ("投资1千万元", _q(2, "1千万元", "10000000", "CNY", "number", "千万元", "10000000", currency="CNY")),
    # --- Chinese numerals before a unit: its cn gate ------------------------------------------------
    ("修路两公里", _q(2, "两公里", "2", "km", "number", "公里")),  # small: 2 and more
    ("修路七八公里", _q(2, "七八公里", None, "km", "number", "公里", low="7", high="8", approx=True, flags=("vague",))),
    ("修路一两公里", _q(2, "一两公里", None, "km", "number", "公里", low="1", high="2", approx=True, flags=("vague",))),
    ("新建十家", _q(2, "十家", "10", "家", "number", "家")),  # big: 10 and more
    ("新建两所", _q(2, "两所", "2", "所", "number", "所")),  # small: 2 and more (两所学校, 五座天桥)
    ("新建十几个", _q(2, "十几个", None, "个", "number", "个", approx=True, flags=("vague",))),
    ("占一成", _q(1, "一成", "10", "percent", "percent", "成", "10")),  # any
    ("增长一倍", _q(2, "一倍", "1", "times", "multiple", "倍")),
]  # fmt: skip


# "/" in a test id cannot be selected by node id (make mutate selects new tests so)
@pytest.mark.parametrize(("text", "expected"), ONE, ids=[t.replace("/", "÷") for t, _ in ONE])
def test_the_one_quantity_whole(text: str, expected: tuple[object, ...]) -> None:
    assert [_fields(q) for q in scan_quantities(text)] == [expected]


NONE = [
    "增长百分之几",  # 几 with no magnitude: no number at all
    "新建一家企业",  # big: one is no count (一家企业 is a firm)
    "新建九家",
    "新建两家企业",
    "新建一所学校",  # small: one is no count either
    "新建七八个",  # a vague pair under 10 before a big unit
    "修路一公里",  # small: one is not enough
    "五十度",  # no: Arabic digits only
    "三方面五十方",
    "时间为10:40",  # a time, not a ratio
]


@pytest.mark.parametrize("text", NONE)
def test_no_quantity(text: str) -> None:
    assert scan_quantities(text) == []


def test_a_window_that_cuts_the_denominator_keeps_the_bare_figure() -> None:
    text = "房价500元/平方米。"
    assert [q.raw for q in scan_quantities(text, 0, text.index("方"))] == ["500元"]
    assert [q.raw for q in scan_quantities(text, 0, text.index("/"))] == ["500元"]
    assert [q.raw for q in scan_quantities(text, 0, text.index("。"))] == ["500元/平方米"]
