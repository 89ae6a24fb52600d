"""gwr.outline: heading lines, their roles and periods, and whole documents."""

from __future__ import annotations

import hashlib

import pytest

from gwr.clean import clean
from gwr.outline import outline
from gwr.outline.roles import fyp_years
from gwr.types import CleanText, Provenance, RawDocument, Section
from tests.conftest import corpus_or_skip


def _clean(text: str) -> CleanText:
    raw = RawDocument(text, Provenance("<case>"), hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    return clean(raw)


def _sections(text: str) -> tuple[Section, ...]:
    return outline(_clean(text))


# (line, is a heading, role, period): the line stands alone between two paragraphs
HEADINGS: list[tuple[str, bool, str | None, tuple[int, int] | None]] = [
    # un-numbered part headings (河北 2026, 保定 2026, 四川 2025, 国务院 1983)
    ("“十四五”时期经济社会发展回顾", True, "review_period", (2021, 2025)),
    ("“十五五”时期主要目标任务", True, "plan_period", (2026, 2030)),
    ("“十五五”时期的主要目标任务", True, "plan_period", (2026, 2030)),
    ("2026年重点工作", True, "plan_tasks", (2026, 2026)),
    ("2024年工作回顾", True, "review", (2024, 2024)),
    ("2025年工作安排建议", True, "plan_tasks", (2025, 2025)),
    ("2015年工作回顾：", True, "review", (2015, 2015)),
    ("工作安排", True, "plan_tasks", None),
    ("远景目标", True, "vision", None),
    ("2035年远景目标", True, "vision", (2035, 2035)),
    ("过去五年工作回顾", True, "review_period", None),
    ("今年工作的总体要求和主要预期目标", True, "plan_targets", None),
    ("今后五年的主要任务", True, "plan_period", None),
    # numbered headings
    ("一、“十四五”时期和2025年工作回顾", True, "review_period", (2021, 2025)),
    ("一、2025年和“十四五”时期工作回顾", True, "review", (2025, 2025)),
    ("二、“十五五”时期目标任务和2026年工作安排", True, "plan_period", (2026, 2030)),
    ("二、“十五五”时期工作的主要考虑", True, "plan_period", (2026, 2030)),
    ("三、2026年的重点工作", True, "plan_tasks", (2026, 2026)),
    ("一、2024年工作回顾", True, "review", (2024, 2024)),
    ("二、2025年工作总体要求和主要目标", True, "plan_targets", (2025, 2025)),
    ("一、“九五”时期国民经济和社会发展的回顾", True, "review_period", (1996, 2000)),
    ("一、“十五”时期国民经济和社会发展回顾", True, "review_period", (2001, 2005)),
    ("二、“十三五”时期发展成就和“十四五”时期主要目标任务", True, "review_period", (2016, 2020)),
    ("一、“十二五”重大成就及“十三五”主要目标", True, "review_period", (2011, 2015)),
    ("二、今后十五年的奋斗目标和指导方针", True, "vision", None),
    ("一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就", True, "review_period", (1953, 1957)),
    ("一、一九八九年的回顾", True, "review", (1989, 1989)),
    ("二、关于1 9 9 8 年政府工作的建议", True, "plan_tasks", (1998, 1998)),
    ("一、过去五年政府工作的回顾", True, "review_period", None),
    ("四、努力建设让人民满意的法治型服务型政府", True, "self_government", None),
    ("二、2009年工作总体安排", True, "plan_tasks", (2009, 2009)),
    ("二、1981年国民经济计划的任务和主要指标", True, "plan_targets", (1981, 1981)),
    ("一、改革开放和现代化建设取得伟大成就的五年", True, "review_period", None),
    ("九、努力做好1996年的工作，为“九五”创造一个良好开端", True, "plan_tasks", (1996, 1996)),
    # a heading fused to its first sentence: kind words of the sentence do not count
    ("三、2025年重点工作围绕实现今年发展目标，重点做好以下十个方面的工作：", True, "plan_tasks", (2025, 2025)),
    ("三、2007年工作的主要目标和任务今年是“十一五”规划的第二年", True, "plan_targets", (2007, 2007)),
    ("\u2003\u2003一、2024年工作回顾", True, "review", (2024, 2024)),  # em-space indent (辽宁 2025 docx)
    # lines that are no headings
    ("主要目标", False, None, None),  # a bold word cut out of a sentence (广东 2026)
    ("2025年，我们攻坚克难，经济运行稳中有进。", False, None, None),
    ("今后五年要重点推进六个方面工作任务:", False, None, None),
    ("关于国民经济和社会发展“九五”计划和2010年远景目标纲要的报告", False, None, None),
    ("2026年保定市政府工作报告", False, None, None),
    ("这五年，我们全力推动高质量发展", False, None, None),
]


@pytest.mark.parametrize("line,is_heading,role,period", HEADINGS, ids=[h[0].strip() for h in HEADINGS])
def test_heading_line(line: str, is_heading: bool, role: str | None, period: tuple[int, int] | None) -> None:
    sections = _sections(f"各位代表：\n{line}\n地区生产总值增长5%。\n")
    found = [s for s in sections if s.title == line.strip()]
    assert bool(found) == is_heading, sections
    if found:
        assert (found[0].role, found[0].period) == (role, period)


def test_main_work_after_a_review_is_the_plan() -> None:
    # 主要工作 names last year's work in a review heading and this year's after one (河北 2026)
    got = [(s.role, s.period) for s in _sections("2025年工作回顾\n增长5%。\n2026年主要工作\n增长5%左右。\n")]
    assert got == [("review", (2025, 2025)), ("plan_tasks", (2026, 2026))]
    got = [(s.role, s.period) for s in _sections("一、2013年主要工作\n增长。\n二、2014年工作安排\n")]
    assert got == [("review", (2013, 2013)), ("plan_tasks", (2014, 2014))]


def test_heading_continued_on_the_next_line_is_no_heading() -> None:
    # 广东 2026: "…发展的\n主要目标\n是：地区生产总值年均增长5%左右"
    assert _sections("“十五五”时期经济社会发展的\n主要目标\n是：地区生产总值年均增长5%左右。\n") == ()


@pytest.mark.parametrize(
    "n,years", [(1, (1953, 1957)), (2, (1958, 1962)), (3, (1966, 1970)), (9, (1996, 2000)), (14, (2021, 2025)), (15, (2026, 2030))]
)  # fmt: skip
def test_five_year_plan_years(n: int, years: tuple[int, int]) -> None:
    assert fyp_years(n) == years


# --- parts inside parts ---------------------------------------------------------------


def test_children_of_a_plan_period_keep_its_period() -> None:
    text = (
        "二、“十五五”时期目标任务和2026年工作安排\n（一）主要目标\n地区生产总值年均增长5%。\n"
        "（二）2026年工作安排\n地区生产总值增长5%左右。\n"
    )
    got = [(s.title, s.role, s.period) for s in _sections(text)]
    assert got == [
        ("二、“十五五”时期目标任务和2026年工作安排", "plan_period", (2026, 2030)),
        ("（一）主要目标", "plan_period", (2026, 2030)),
        ("（二）2026年工作安排", "plan_tasks", (2026, 2026)),
    ]


def test_plan_period_that_turns_to_the_year() -> None:
    # 辽宁 2026: the five-year goals first, then 今年是…, then the year's tasks without a year in their titles
    text = (
        "二、“十五五”时期目标任务和2026年工作安排\n《纲要（草案）》提出了奋斗目标：全省生产总值年均增长5%。\n"
        "今年是“十五五”开局之年。全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右。\n"
        "（一）统筹促消费和扩投资\n社会消费品零售总额增长4%左右。\n三、全面加强政府自身建设\n"
    )
    got = [(s.level, s.title, s.role, s.period) for s in _sections(text)]
    assert got == [
        (1, "二、“十五五”时期目标任务和2026年工作安排", "plan_period", (2026, 2030)),
        (4, "今年是", "plan_targets", (2026, 2026)),
        (2, "（一）统筹促消费和扩投资", "plan_tasks", (2026, 2026)),
        (1, "三、全面加强政府自身建设", "self_government", None),
    ]


def test_last_year_inside_a_five_year_review() -> None:
    text = (
        "一、“十四五”时期和2025年工作回顾\n这五年，全省生产总值年均增长5.5%。\n"
        "刚刚过去的2025年，是“十四五”收官之年。地区生产总值增长5.5%。\n二、“十五五”时期工作的主要考虑\n"
    )
    got = [(s.level, s.title, s.role, s.period) for s in _sections(text)]
    assert got == [
        (1, "一、“十四五”时期和2025年工作回顾", "review_period", (2021, 2025)),
        (4, "刚刚过去的2025年", "review", (2025, 2025)),
        (1, "二、“十五五”时期工作的主要考虑", "plan_period", (2026, 2030)),
    ]


def test_five_year_review_fused_with_last_year_lead() -> None:
    # 驻马店 2023: the heading runs on into 刚刚过去的2022年，…; the five years come after
    text = (
        "一、过去五年工作回顾刚刚过去的2022年，面对复杂严峻的形势，全市生产总值增长4.3%。\n"
        "各位代表！过去的五年，是收获满满的五年，全市生产总值年均增长6%。\n二、2023年工作总体要求和主要目标\n"
    )
    got = [(s.level, s.title, s.role, s.period) for s in _sections(text)]
    turn = text.index("各位代表！过去")
    assert got[:2] == [
        (1, "一、过去五年工作回顾刚刚过去的2022年，面对复杂严峻的形势，全市生产总值增长4.3%", "review_period", (2018, 2022)),
        (4, "刚刚过去的2022年", "review", (2022, 2022)),
    ]
    assert _sections(text)[1].end == turn


def test_year_review_that_turns_to_the_period() -> None:
    text = (
        "一、2020年工作回顾和“十三五”时期发展成就\n2020年是极不平凡的一年。\n（一）经济运行稳中向好\n增长3.9%。\n"
        "各位代表，2020年是“十三五”规划收官之年。五年来，全省生产总值年均增长6%。\n二、2021年主要工作\n"
    )
    got = [(s.level, s.role, s.period) for s in _sections(text)]
    assert got == [
        (1, "review", (2020, 2020)),
        (2, "review", (2020, 2020)),
        (4, "review_period", (2016, 2020)),
        (1, "plan_tasks", (2021, 2021)),
    ]


def test_review_that_turns_to_the_plan() -> None:
    # 驻马店 2016: the five-year review comes first, the plan's goals after it
    text = (
        "一、“十二五”重大成就及“十三五”主要目标\n各位代表！“十二五”时期，全市生产总值年均增长9.6%。\n"
        "各位代表！“十三五”是全面建成小康社会的决胜阶段，生产总值年均增长8%以上。\n二、2016年重点工作\n"
    )
    got = [(s.level, s.title, s.role, s.period) for s in _sections(text)]
    assert got == [
        (1, "一、“十二五”重大成就及“十三五”主要目标", "review_period", (2011, 2015)),
        (4, "各位代表！“十三五”", "plan_period", (2016, 2020)),
        (1, "二、2016年重点工作", "plan_tasks", (2016, 2016)),
    ]


def test_relative_periods_from_the_planned_year() -> None:
    text = "一、过去五年工作回顾\n五年来，经济稳定增长。\n二、今后五年的目标任务\n三、2018年工作安排\n"
    got = [(s.role, s.period) for s in _sections(text)]
    assert got == [("review_period", (2013, 2017)), ("plan_period", (2018, 2022)), ("plan_tasks", (2018, 2018))]


def test_un_numbered_parts_above_numbered_headings() -> None:
    text = "过去五年的回顾\n一、经济建设\n增长。\n今后五年的主要任务\n一、农业\n增长。\n"
    got = [(s.level, s.title, s.role) for s in _sections(text)]
    assert got == [
        (0, "过去五年的回顾", "review_period"),
        (1, "一、经济建设", "review_period"),
        (0, "今后五年的主要任务", "plan_period"),
        (1, "一、农业", "plan_period"),
    ]


def test_heading_broken_at_its_quotes() -> None:
    text = "二、“\n十四五\n”时期发展的总体思路和重点任务\n“十四五”时期，我省开启新征程。\n"
    (s,) = _sections(text)
    assert (s.role, s.period, s.level) == ("plan_period", (2021, 2025), 1)
    assert text[s.start : s.title_end] == s.title


def test_literal_escapes_give_headings() -> None:
    text = "各位代表：\\r\\n一、2018年工作回顾\\r\\n过去一年，经济增长7%。\\r\\n二、2019年工作安排\\r\\n增长7%左右。"
    got = [(s.title, s.role) for s in _sections(text)]
    assert got == [("一、2018年工作回顾", "review"), ("二、2019年工作安排", "plan_tasks")]


def test_flattened_text_finds_inline_part_headings() -> None:
    body = "过去一年经济平稳增长。" * 150
    text = f"各位代表：现在作报告。一、2013年工作回顾{body}二、2014年重点工作做好今年工作。{body}"
    got = [(s.title, s.role) for s in _sections(text)]
    assert got == [("一、2013年工作回顾", "review"), ("二、2014年重点工作", "plan_tasks")]


def test_sections_are_in_order_and_titles_are_their_text() -> None:
    text = (
        "“十四五”时期经济社会发展回顾\n这五年，经济实力跃上新台阶。\n2025年，我们决胜“十四五”。\n"
        "“十五五”时期主要目标任务\n（一）经济实力显著增强\n2026年主要工作\n（一）扩大内需\n名词解释\n1.两建：建设。\n"
    )
    sections = _sections(text)
    assert [s.start for s in sections] == sorted(s.start for s in sections)
    for s in sections:
        assert text[s.start : s.title_end] == s.title
        assert s.start < s.title_end <= s.end <= len(text)


# --- layouts of whole reports (invented text) -------------------------------------------

_FILL = "全市上下认真贯彻落实各项部署，各项事业全面进步。" * 12  # makes a paragraph long
_CLOSE = "各位代表！让我们团结奋斗，奋力谱写新篇章！\n"

# (id, text, every section as (title, role, period)) for small reports of one layout each
LAYOUTS: list[tuple[str, str, list[tuple[str, str, tuple[int, int] | None]]]] = [
    (
        "review inside the explanation of a five-year plan",
        "一、2005年工作回顾\n全市生产总值增长12%。\n二、2006年工作的主要目标和任务\n增长11%左右。\n"
        "三、关于“十一五”规划《纲要（草案）》的说明\n下面作说明。\n（一）编制过程\n编制了纲要。\n"
        "（二）“十五”时期的回顾\n五年来，生产总值年均增长10%。\n（三）“十一五”时期的主要目标\n年均增长11%。\n",
        [
            ("一、2005年工作回顾", "review", (2005, 2005)),
            ("二、2006年工作的主要目标和任务", "plan_targets", (2006, 2006)),
            ("三、关于“十一五”规划《纲要（草案）》的说明", "plan_period", (2006, 2010)),
            ("（一）编制过程", "plan_period", (2006, 2010)),
            ("（二）“十五”时期的回顾", "review_period", (2001, 2005)),
            ("（三）“十一五”时期的主要目标", "plan_period", (2006, 2010)),
        ],
    ),
    (
        "achievements without a time inside a plan's explanation are the period before",
        "一、关于第十二个五年规划纲要的说明\n（一）主要成就\n五年来，年均增长9%。\n（二）主要目标\n年均增长8%。\n",
        [
            ("一、关于第十二个五年规划纲要的说明", "plan_period", (2011, 2015)),
            ("（一）主要成就", "review_period", (2006, 2010)),
            ("（二）主要目标", "plan_period", (2011, 2015)),
        ],
    ),
    (
        "a plan's outline named beside the year's work is the year's tasks",
        "一、2009年工作回顾\n增长9%。\n二、认真实施“十二五”规划纲要，做好2011年工作\n增长9%左右。\n",
        [("一、2009年工作回顾", "review", (2009, 2009)), ("二、认真实施“十二五”规划纲要，做好2011年工作", "plan_tasks", (2011, 2011))],
    ),
    (
        "heading running into its first sentence after a blank",
        "各位代表：\n一、2011年工作回顾 “十一五”时期，全市生产总值年均增长11%，2011年增长12%，" + _FILL + "\n"
        "二、2012年政府工作的主要目标和任务　今年是本届政府的第一年，" + _FILL + "生产总值增长10%。\n",
        [("一、2011年工作回顾", "review", (2011, 2011)), ("二、2012年政府工作的主要目标和任务", "plan_targets", (2012, 2012))],
    ),
    (
        "parts of one paragraph each, sub-headings inside the paragraph",
        "一、2010年工作回顾 2010年，" + _FILL + "\n三、关于“十二五”规划纲要的说明 市政府编制了纲要。" + _FILL
        + "（一）编制过程 编制了纲要。（二）“十一五”时期的回顾 五年来，" + _FILL + "年均增长12%。"
        "（三）“十二五”时期的主要目标 " + _FILL + "年均增长10%。\n",
        [
            ("一、2010年工作回顾", "review", (2010, 2010)),
            ("三、关于“十二五”规划纲要的说明", "plan_period", (2011, 2015)),
            ("（二）“十一五”时期的回顾", "review_period", (2006, 2010)),
            ("（三）“十二五”时期的主要目标", "plan_period", (2011, 2015)),
        ],
    ),
    (
        "last year's review opened after the five years: its subsections are last year's",
        "一、“十四五”时期和2025年工作回顾\n这五年，生产总值年均增长5%。\n"
        "各位代表！刚刚过去的2025年，极不平凡。\n（一）经济运行稳中有进\n增长5%。\n（二）产业转型加快\n增长8%。\n"
        "二、“十五五”时期主要目标任务\n年均增长5%。\n",
        [
            ("一、“十四五”时期和2025年工作回顾", "review_period", (2021, 2025)),
            ("各位代表！刚刚过去的2025年", "review", (2025, 2025)),
            ("（一）经济运行稳中有进", "review", (2025, 2025)),
            ("（二）产业转型加快", "review", (2025, 2025)),
            ("二、“十五五”时期主要目标任务", "plan_period", (2026, 2030)),
        ],
    ),
    (
        "a review of last year that turns back to the five years keeps the five years in its subsections",
        "一、过去五年工作回顾\n五年来，生产总值年均增长7%。\n刚刚过去的2017年，生产总值增长6.9%。\n"
        "五年来，我们坚持稳中求进。\n（一）着力创新宏观调控\n年均增长7%。\n二、2018年工作安排\n",
        [
            ("一、过去五年工作回顾", "review_period", (2013, 2017)),
            ("刚刚过去的2017年", "review", (2017, 2017)),
            ("（一）着力创新宏观调控", "review_period", (2013, 2017)),
            ("二、2018年工作安排", "plan_tasks", (2018, 2018)),
        ],
    ),
    (
        "a paragraph opening on a bare year is no turn for the subsections",
        "一、过去五年主要工作\n2012年以来，全县上下奋力拼搏。\n2016年，全县生产总值是2011年的1.1倍。\n"
        "（一）工业经济企稳向好\n增长。\n二、2017年工作安排\n",
        [
            ("一、过去五年主要工作", "review_period", (2012, 2016)),
            ("2016年", "review", (2016, 2016)),
            ("（一）工业经济企稳向好", "review_period", (2012, 2016)),
            ("二、2017年工作安排", "plan_tasks", (2017, 2017)),
        ],
    ),
    (
        "a past plan period named in the explanation of the next plan is its review",
        "一、关于“十一五”规划纲要的说明\n（一）编制过程和主要特点\n编制了纲要。\n"
        "（二）“十五”时期经济社会发展主要情况\n年均增长10%。\n（三）“十一五”时期的奋斗目标\n年均增长11%。\n",
        [
            ("一、关于“十一五”规划纲要的说明", "plan_period", (2006, 2010)),
            ("（一）编制过程和主要特点", "plan_period", (2006, 2010)),
            ("（二）“十五”时期经济社会发展主要情况", "review_period", (2001, 2005)),
            ("（三）“十一五”时期的奋斗目标", "plan_period", (2006, 2010)),
        ],
    ),
    (
        "a tasks subheading without a year takes its part's year",
        "二、2019年工作安排\n（一）扩大有效投资\n增长。\n（十）持续办好利民惠民实事\n新增就业。\n",
        [
            ("二、2019年工作安排", "plan_tasks", (2019, 2019)),
            ("（一）扩大有效投资", "plan_tasks", (2019, 2019)),
            ("（十）持续办好利民惠民实事", "plan_tasks", (2019, 2019)),
        ],
    ),
    (
        "five-year subsections without a turn to last year keep the five years",
        "一、“十四五”时期工作回顾\n（一）经济实力跃上新台阶\n年均增长5%。\n二、2026年重点工作\n增长5%左右。\n",
        [
            ("一、“十四五”时期工作回顾", "review_period", (2021, 2025)),
            ("（一）经济实力跃上新台阶", "review_period", (2021, 2025)),
            ("二、2026年重点工作", "plan_tasks", (2026, 2026)),
        ],
    ),
    (
        "a year's review that names the plan's last year in its first paragraph turns to no period there",
        "一、2025年和“十四五”时期工作回顾\n2025年是“十四五”规划收官之年。全省生产总值增长5%。\n"
        "（一）稳住经济大盘\n增长5%。\n（二）落实重大战略任务\n增长6%。\n二、2026年重点工作\n增长5%左右。\n",
        [
            ("一、2025年和“十四五”时期工作回顾", "review", (2025, 2025)),
            ("（一）稳住经济大盘", "review", (2025, 2025)),
            ("（二）落实重大战略任务", "review", (2025, 2025)),
            ("二、2026年重点工作", "plan_tasks", (2026, 2026)),
        ],
    ),
    (
        "annexes after the closing words: this year's 民生实事 and a glossary",
        "一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长5%左右。\n三、加强政府自身建设\n依法行政。\n"
        + _CLOSE + "附件\n2026年十件民生实事\n1.新增托育托位1万个。\n2.改造老旧小区500个。\n名词解释\n1.两重：重大战略实施。\n",
        [
            ("一、2025年工作回顾", "review", (2025, 2025)),
            ("二、2026年工作安排", "plan_tasks", (2026, 2026)),
            ("三、加强政府自身建设", "self_government", None),
            ("附件\n2026年十件民生实事", "plan_tasks", (2026, 2026)),
            ("1.新增托育托位1万个", "plan_tasks", (2026, 2026)),
            ("2.改造老旧小区500个", "plan_tasks", (2026, 2026)),
            ("名词解释", "glossary", None),
        ],
    ),
    (
        "an annex named on its label line",
        "一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长5%左右。\n" + _CLOSE
        + "附件：省政府十件民生实事\n一、新增城镇就业8万人。\n",
        [
            ("一、2025年工作回顾", "review", (2025, 2025)),
            ("二、2026年工作安排", "plan_tasks", (2026, 2026)),
            ("附件：省政府十件民生实事", "plan_tasks", None),
            ("一、新增城镇就业8万人", "plan_tasks", None),
        ],
    ),
    (
        "an annex after the glossary ends it",
        "一、2025年工作回顾\n增长5%。\n二、2026年工作安排\n增长5%左右。\n" + _CLOSE
        + "名词解释\n1.两重：重大战略实施。\n2.两新：设备更新。\n2026年省十件民生实事\n一、新增城镇就业8万人。\n",
        [
            ("一、2025年工作回顾", "review", (2025, 2025)),
            ("二、2026年工作安排", "plan_tasks", (2026, 2026)),
            ("名词解释", "glossary", None),
            ("2026年省十件民生实事", "plan_tasks", (2026, 2026)),
            ("一、新增城镇就业8万人", "plan_tasks", (2026, 2026)),
        ],
    ),
    (
        "民生实事 done in a review subheading is no annex",
        "一、2025年工作回顾\n（六）着力办好民生实事，人民生活品质稳步提高\n增长5%。\n二、2026年工作安排\n",
        [
            ("一、2025年工作回顾", "review", (2025, 2025)),
            ("（六）着力办好民生实事，人民生活品质稳步提高", "review", (2025, 2025)),
            ("二、2026年工作安排", "plan_tasks", (2026, 2026)),
        ],
    ),
]


@pytest.mark.parametrize("name,text,parts", LAYOUTS, ids=[x[0] for x in LAYOUTS])
def test_report_layout(name: str, text: str, parts: list[tuple[str, str, tuple[int, int] | None]]) -> None:
    sections = _sections(text)
    assert [(s.title, s.role, s.period) for s in sections] == parts
    for s in sections:
        assert text[s.start : s.title_end] == s.title


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    """(indicator, status, year) of every figure with an indicator, in order."""
    from gwr.indicators import extract_mentions
    from gwr.meta import extract_metadata

    c = _clean(text)
    o = outline(c)
    return [(m.indicator, m.status, m.year) for m in extract_mentions(c, o, extract_metadata(c, o)) if m.indicator]


_HEAD_2006 = "2006年某市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
_HEAD_2026 = "2026年某省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"


def test_review_inside_a_plan_explanation_gives_results() -> None:
    text = (
        _HEAD_2006 + "一、2005年工作回顾\n全市生产总值增长12%。\n二、2006年工作的主要目标和任务\n全市生产总值增长11%左右。\n"
        "三、关于“十一五”规划《纲要（草案）》的说明\n（一）编制过程\n编制了纲要。\n（二）“十五”时期的回顾\n"
        "五年来，全市生产总值年均增长10%，城镇居民人均可支配收入年均增长9%。\n"
        "（三）“十一五”时期的主要目标\n全市生产总值年均增长11%。\n"
    )
    assert _figures(text) == [
        ("gdp", "actual", 2005),
        ("gdp", "target", 2006),
        ("gdp", "actual", 2005),  # the 十五 review: a result, not a 十一五 goal
        ("income_urban", "actual", 2005),
        ("gdp", "target", 2010),
    ]


def test_last_years_subsections_and_the_annex() -> None:
    text = (
        _HEAD_2026 + "一、“十四五”时期和2025年工作回顾\n这五年，全省生产总值年均增长5%。\n"
        "各位代表！刚刚过去的2025年，极不平凡。\n（一）经济运行稳中有进\n全省生产总值增长5.2%，社会消费品零售总额增长4%。\n"
        "二、2026年重点工作\n全省生产总值增长5%左右。\n三、加强政府自身建设\n依法行政。\n" + _CLOSE
        + "名词解释\n1.两重：国家重大战略实施，城镇新增就业8万人。\n附件\n2026年十件民生实事\n1.新增城镇就业9万人。\n"
    )
    assert _figures(text) == [
        ("gdp", "actual", 2025),
        ("gdp", "actual", 2025),  # last year's result, not the five-year period's
        ("retail_sales", "actual", 2025),
        ("gdp", "target", 2026),
        ("new_urban_jobs", "target", 2026),  # the annex lists this year's commitments
    ]


def test_base_of_a_five_year_review_under_a_year_heading() -> None:
    """A heading naming 2025 and the plan, a paragraph opening on 这五年: the base of
    从X提高到Y is the value of the year before the period (2020), not of 2024."""
    from gwr.indicators import extract_mentions
    from gwr.meta import extract_metadata

    text = (
        _HEAD_2026 + "一、2025年和“十四五”时期工作回顾\n这是经济实力持续提升的五年。\n"
        "地区生产总值从11.37万亿元提高到14.58万亿元。\n二、2026年重点工作\n全省生产总值增长5%左右。\n" + _CLOSE
    )
    c = _clean(text)
    o = outline(c)
    found = [m for m in extract_mentions(c, o, extract_metadata(c, o)) if m.indicator == "gdp"]
    got = [(m.raw, m.status, m.year) for m in found]
    assert got == [("11.37万亿元", "actual", 2020), ("14.58万亿元", "actual", 2025), ("5%左右", "target", 2026)]
    # each figure carries its part and the period the part covers
    parts = [(m.section, m.section_start, m.section_end) for m in found]
    assert parts == [("review_period", 2021, 2025), ("review_period", 2021, 2025), ("plan_tasks", 2026, 2026)]


# --- whole documents of the corpus -----------------------------------------------------


def _corpus_outline(name: str) -> tuple[Section, ...]:
    from gwr.pipeline import extract
    from gwr.types import Document

    corpus = corpus_or_skip()
    path = next(corpus.glob(f"raw/*/{name}"), None)
    if path is None:
        pytest.skip(f"{name} is not in the corpus")
    (doc,) = [d for d in extract(path) if isinstance(d, Document)]
    return doc.outline


DOCUMENTS = [
    ("baoding_2026.txt", [("review_period", (2021, 2025)), ("review", (2025, 2025)), ("plan_period", (2026, 2030)), ("plan_tasks", (2026, 2026))]),
    ("hebei_2026.txt", [("review_period", (2021, 2025)), ("review", (2025, 2025)), ("plan_period", (2026, 2030)), ("plan_tasks", (2026, 2026))]),
    ("hubei_2026.txt", [("review_period", (2021, 2025)), ("review", (2025, 2025)), ("plan_period", (2026, 2030)), ("plan_tasks", (2026, 2026)), ("self_government", None)]),
    ("hebei_2021.txt", [("review", (2020, 2020)), ("review_period", (2016, 2020)), ("plan_period", (2021, 2025)), ("plan_tasks", (2021, 2021))]),
    ("national_2014.txt", [("review", (2013, 2013)), ("plan_targets", (2014, 2014)), ("plan_tasks", (2014, 2014))]),
]  # fmt: skip


@pytest.mark.parametrize("name,parts", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_corpus_document_parts(name: str, parts: list[tuple[str, tuple[int, int] | None]]) -> None:
    """The parts of the report (levels 0, 1 and the level-4 turns), in order."""
    sections = _corpus_outline(name)
    got = [(s.role, s.period) for s in sections if s.level in (0, 1, 4)]
    assert got == parts
