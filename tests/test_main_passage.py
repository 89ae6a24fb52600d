"""The main-target passage (gwr.indicators.passage) over whole invented reports.

Each case is a short report written for the layout it covers (none is copied
from a report): which figures are main targets (in the passage a 主要预期目标
cue governs) and which are not (before the cue, after the passage ends, or
goals of a plan period).
"""

from __future__ import annotations

import pytest

import gwr

HEAD = "2030年某某市政府工作报告\n一、2029年工作回顾\n全年地区生产总值增长5.2%，城镇新增就业8.1万人。\n"

# (id, text after HEAD, raws that are main targets, raws that are figures but not main)
CASES = [
    (
        "one_paragraph_stray_stop",
        # a plain-text copy: the heading runs into the part, the part is one paragraph,
        # a stray 。 inside the list of targets, the tasks follow in the same paragraph
        "二、2030年政府工作的主要目标和任务 今年全市经济社会发展的主要预期目标是：全市生产总值增长9%，"
        "规上工业增加值增长11%。全社会固定资产投资增长16%，城镇新增就业3.3万人，城镇登记失业率控制在4.2%以内。"
        "实现上述目标，要重点抓好以下七个方面的工作：（一）壮大工业经济。全年新建标准厂房45万平方米。\n",
        ["9%", "11%", "16%", "3.3万人", "4.2%以内"],
        ["45万平方米"],
    ),
    (
        "cue_line_then_lines",
        # the cue stands at the end of its line, one target per line
        "二、2030年工作安排\n今年全市经济社会发展的主要预期目标是：\n地区生产总值增长5.5%左右；\n"
        "一般公共预算收入增长3.5%；\n居民收入增长与经济增长同步；\n城镇新增就业7.7万人以上；\n"
        "居民消费价格涨幅2%左右。\n做好今年工作，要坚持稳中求进，新开工重点项目120个。\n",
        ["5.5%左右", "3.5%", "7.7万人以上", "2%左右"],
        ["120个"],
    ),
    (
        "heading_line_then_paragraph",
        # a heading-like line names the targets; they follow in the next paragraph
        "二、2030年工作安排\n（一）2030年主要预期目标\n地区生产总值增长4.5%左右，一般公共预算收入增长2.5%，"
        "城镇调查失业率5.5%左右。\n（二）重点任务\n新建改造城市燃气管网160公里。\n",
        ["4.5%左右", "2.5%", "5.5%左右"],
        ["160公里"],
    ),
    (
        "list_goes_on_over_lines",
        # the cue sentence holds the first targets, the list goes on after a line break at ；
        "二、2030年工作安排\n今年主要预期目标是：地区生产总值增长6%左右；\n固定资产投资增长7%；\n"
        "社会消费品零售总额增长6.5%。\n全年计划实施省市重点项目88个。\n",
        ["6%左右", "7%", "6.5%"],
        ["88个"],
    ),
    (
        "closing_sentence_ends_it",
        # 这些指标… turns from the targets: the figures after it are not main
        "二、2030年工作安排\n主要预期目标是：地区生产总值增长6.5%左右，进出口总值增长4%。"
        "这些指标的设定，考虑了增长潜力，高新技术企业达到900家。\n",
        ["6.5%左右", "4%"],
        ["900家"],
    ),
    (
        "next_paragraph_is_not_the_list",
        # the targets end with their paragraph: the next one opens on tasks
        "二、2030年工作安排\n今年经济社会发展主要预期目标为：地区生产总值增长5%左右，城镇新增就业6.6万人。\n"
        "坚持创新驱动，全年新增高新技术企业150家，研发投入增长12%。\n",
        ["5%左右", "6.6万人"],
        ["150家", "12%"],
    ),
    (
        "plan_period_goals_are_not_main",
        # goals of a five-year plan are targets, but not this year's main targets
        "二、“十六五”时期的主要目标\n“十六五”发展的主要目标是：综合实力明显增强。到2035年，"
        "全社会研发投入强度达到3.8%以上，常住人口城镇化率达到76%左右。\n"
        "三、2030年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n",
        ["5%左右"],
        ["3.8%以上", "76%左右"],
    ),
    (
        "horizon_after_the_cue",
        "二、2030年工作安排\n今后的主要发展目标是：到2034年，全市生产总值达到2600亿元，年均增长7%以上。\n",
        [],
        ["2600亿元", "7%以上"],
    ),
]


def _mentions(text: str) -> dict[str, list[bool]]:
    doc = gwr.extract_text(HEAD + text)
    assert doc.meta.report_year == 2030
    out: dict[str, list[bool]] = {}
    for m in doc.mentions:
        out.setdefault(m.raw, []).append(m.main)
    return out


@pytest.mark.parametrize(("text", "main", "not_main"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_main_passage(text: str, main: list[str], not_main: list[str]) -> None:
    found = _mentions(text)
    for raw in main:
        assert raw in found and all(found[raw]), (raw, found)
    for raw in not_main:
        assert raw in found and not any(found[raw]), (raw, found)
    # the review's figures are never main
    assert not any(found["5.2%"]) and not any(found["8.1万人"])


def test_the_passage_is_bounded() -> None:
    """A passage whose paragraph never ends stops after a bounded stretch of text."""
    items = "。".join(f"新建标准厂房{i}万平方米" for i in range(1, 200))
    found = _mentions("二、2030年工作安排\n主要预期目标是：地区生产总值增长5%左右。" + items + "。\n")
    assert all(found["5%左右"]) and all(found["1万平方米"])
    assert not any(found["199万平方米"])
