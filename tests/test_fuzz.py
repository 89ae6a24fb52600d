"""Random report-like text never crashes the pipeline and never breaks the
evidence invariants (hypothesis). Text is built from the pieces real reports
are made of: figures, units, cue words, headings, noise, broken lines."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gwr
from tests.test_invariants import _check

PIECES = [
    "地区生产总值增长", "7%", "左右", "以上", "以内", "一般公共预算收入", "1.2万亿元", "8万人", "百分之八", "三成",
    "翻一番", "个百分点", "，", "。", "、", "；", "：", "\n", "一、", "（一）", "1.", "2017年", "今年", "去年", "预计",
    "力争", "确保", "控制在", "分别", "和", "均", "下降", "提高", "占", "比重", "<strong>", "</strong>", "**",
    "<U+00A0>", "首页", "上一篇", "各位代表", "主要预期目标是", "1..5%", "8.5%%", "12 .2%", "1O%", "l3.6%",
    "6.4∶41.5∶52.1", "6%—7%", "500多亿元", "近3万人", "名词解释", "大连市", "中山区", "第十三个五年规划", "十四五",
    "0411-12345678", "2102020006/2018-13962", "\u200b", "&nbsp;", "城乡居民人均可支配收入", "和农村居民",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=60), st.text(max_size=40))
def test_random_report_text(pieces: list[str], noise: str) -> None:
    doc = gwr.extract_text("".join(pieces) + noise)
    _check(doc)
