"""Hard cases of the document pipeline (clean → outline → meta), one row each,
grouped by origin. Each row is a small text built after something found in the
seed reports or the corpus; the assertion names what must come out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import pytest

from gwr.clean import clean
from gwr.ingest import read_bytes
from gwr.meta import extract_metadata
from gwr.outline import outline
from gwr.types import CleanText, Metadata, Provenance, RawDocument, Section


def _run(text: str) -> tuple[CleanText, tuple[Section, ...], Metadata]:
    raw = RawDocument(text, Provenance("<case>"), hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    c = clean(raw)
    o = outline(c)
    return c, o, extract_metadata(c, o)


BODY_2018 = (
    "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、2017年工作回顾\n过去的一年，我市地区生产总值增长7.1%。大连港吞吐量创新高，大连经济稳中向好。\n"
    "二、2018年工作安排\n全市经济社会发展主要预期目标是：地区生产总值增长7%左右。\n"
)


@dataclass(frozen=True)
class CleanCase:
    id: str
    text: str
    gone: tuple[str, ...]  # must not be in the clean text
    kept: tuple[str, ...]  # must still be in it
    rules: tuple[str, ...] = ()  # rule ids that must appear in the edit log


CLEAN_CASES = [
    # from the seeds
    CleanCase("spam_link_in_paragraph", "五年来，我们坚持绿色发展<a href=\"https://spam.example/x\">侯卫东官场笔记</a>，城市更美。",
              ("侯卫东官场笔记", "<a"), ("五年来，我们坚持绿色发展", "城市更美。"), ("spam_link",)),
    CleanCase("masked_characters", "加快发展生产**业。*贯彻落实党的精神。", ("**", "*贯"), ("加快发展生产业。", "贯彻落实党的精神。"), ("mask",)),
    CleanCase("heading_with_novel_title", "一、2016年工作回顾二号首长\n刚刚过去的2016年，经济平稳。", ("二号首长",),
              ("一、2016年工作回顾\n",), ("heading_spam",)),
    CleanCase("site_chrome_other_city", "首页 宝鸡信息 宝鸡资讯\n2024年大连市政府工作报告\n(来源:网站编辑 2024-02-06 13:14)\n  一、2023年工作回顾\n",
              ("宝鸡", "来源:网站编辑"), ("2024年大连市政府工作报告", "一、2023年工作回顾"), ("nav", "page_meta")),
    CleanCase("disclosure_table", "- 索引号:\n- 2102020006/2018-13962\n- 发布机构:\n- 大连市中山区人民政府\n中山区人民政府2018年政府工作报告\n各位代表:\n",
              ("2102020006",), ("中山区人民政府2018年政府工作报告",), ("header_gov_index", "header_gov_index_value")),
    CleanCase("prev_next_links", "谢谢大家。\n较旧一篇:2017年抚顺市政府工作报告较新一篇:2017年鞍山市政府工作报告\n",
              ("抚顺", "鞍山"), ("谢谢大家。",), ("prev_next",)),
    # from the corpus
    CleanCase("r_escape_strings", "国务院总理<U+00A0>李克强\n各位代表：<U+200D>\n", ("<U+00A0>", "<U+200D>"), ("国务院总理 李克强", "各位代表："),
              ("r_unicode_escape", "r_unicode_escape_zw")),
    CleanCase("scraper_header", "标题：二O一二年政府工作报告\n年份：2014\n====================\n\n各位代表：\n",
              ("年份：2014", "===="), ("各位代表：",), ("header_field", "header_body_marker")),
    CleanCase("wikisource_tail", "奋力谱写新篇章！\nmain\nPublic domain\nfalse\nfalse", ("Public domain", "false"), ("奋力谱写新篇章！",),
              ("wikisource_tail",)),
    CleanCase("footer_naming_another_city", "努力奋斗！\n版权所有：嘉兴市人民政府 浙ICP备05000000号\n", ("嘉兴",), ("努力奋斗！",), ("footer",)),
    CleanCase("repeated_body", ("一、工作回顾\n" + "过去一年，全市地区生产总值增长百分之七，财政收入增长百分之八，经济运行稳中有进。\n") * 3,
              (), ("一、工作回顾\n过去一年",), ("repeated_text",)),
    # never remove report text that carries a number
    CleanCase("number_line_kept", "来源于各方面的投资达到120亿元，增长10%。\n", (), ("来源于各方面的投资达到120亿元，增长10%。",)),
    CleanCase("short_heading_kept", "（三）着力推进改革开放\n", (), ("（三）着力推进改革开放",)),
    # a report sentence holding a footer word (技术支持) is not a footer
    CleanCase("paragraph_with_footer_word_kept",
              "为传统产业升级提供技术支持。重点在农产品加工及转化、装备制造、节水节能、纺织品后整理等方面的技术取得进展，加快高新技术向传统产业渗透。\n",
              (), ("为传统产业升级提供技术支持。",)),
]


@pytest.mark.parametrize("case", CLEAN_CASES, ids=[c.id for c in CLEAN_CASES])
def test_clean_case(case: CleanCase) -> None:
    c, _, _ = _run(case.text)
    for s in case.gone:
        assert s not in c.text
    for s in case.kept:
        assert s in c.text
    rules = {e.rule for e in c.edits}
    for r in case.rules:
        assert r in rules
    for e in c.edits:  # every edit points at the raw text it removed
        assert case.text[e.start : e.end] == e.text


def test_clean_offsets_map_back_to_raw() -> None:
    text = "首页 > 新闻\n<strong>一、2017年工作回顾</strong>\n地区生产总值增长7%&nbsp;左右。"
    c, _, _ = _run(text)
    i = c.text.index("地区生产总值")
    assert text[c.to_raw(i) : c.to_raw(i) + 6] == "地区生产总值"


OUTLINE_CASES: list[tuple[str, str, list[tuple[int, str, str]]]] = [
    ("fused_heading", "一、2017年工作回顾过去的一年，我们砥砺前行。\n二、2018年工作安排\n",
     [(1, "review", "一、2017年工作回顾过去的一年，我们砥砺前行"), (1, "plan_tasks", "二、2018年工作安排")]),
    ("targets_then_tasks", "二、2024年政府工作目标和主要任务\n主要预期目标是：地区生产总值增长6%左右。\n（一）扩大有效需求\n",
     [(1, "plan_targets", "二、2024年政府工作目标和主要任务"), (2, "plan_tasks", "（一）扩大有效需求")]),
    ("glossary_at_end", "三、2018年重点工作安排\n（一）提高经济质量\n名词解释\n1.两建：建设品质立市先行区。\n",
     [(1, "plan_tasks", "三、2018年重点工作安排"), (2, "plan_tasks", "（一）提高经济质量"), (1, "glossary", "名词解释")]),
    ("self_government", "三、建设新时代人民满意的服务型政府\n", [(1, "self_government", "三、建设新时代人民满意的服务型政府")]),
    ("year_named_plan", "二、关于1 9 9 8 年政府工作的建议\n", [(1, "plan_tasks", "二、关于1 9 9 8 年政府工作的建议")]),
]


@pytest.mark.parametrize("name,text,expected", OUTLINE_CASES, ids=[c[0] for c in OUTLINE_CASES])
def test_outline_case(name: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    _, sections, _ = _run(text)
    assert [(s.level, s.role, s.title) for s in sections] == expected


META_CASES: list[tuple[str, str, dict[str, Any], tuple[str, ...]]] = [
    ("headline_names_another_city", "嘉兴六方面工作今年发力更足\n" + BODY_2018,
     {"region_code": "210200", "report_year": 2018}, ("region_conflict",)),
    ("file_header_says_2014_body_2012", "标题：二O一二年政府工作报告\n年份：2014\n\n各位代表：\n三、2012年工作的主要目标和任务\n驻马店市今年要…驻马店全市…\n",
     {"region_code": "411700", "report_year": 2012}, ("year_conflict",)),
    ("meeting_and_speaker_line", "2017年1月10日在辽阳市第十五届人民代表大会第六次会议上\n市长裴伟东\n各位代表:\n一、2016年工作回顾\n",
     {"region_code": "211000", "report_year": 2017, "speaker": "裴伟东", "delivered_on": "2017-01-10",
      "meeting": "第十五届人民代表大会第六次会议"}, ()),
    ("december_delivery_plans_next_year", "──2017年12月5日在中山区第十八届人民代表大会第一次会议上\n大连市中山区人民政府区长 曲寿巍\n各位代表:\n"
     "一、2017年和过去五年工作回顾\n三、2018年重点工作安排\n", {"region_code": "210202", "report_year": 2018, "level": "district"}, ()),
    ("national_report", "政府工作报告\n——2015年3月5日在第十二届全国人民代表大会第三次会议上\n国务院总理 李克强\n各位代表：\n一、2014年工作回顾\n",
     {"region_code": "100000", "region_name": "国务院", "level": "national", "report_year": 2015, "speaker": "李克强"}, ()),
    ("resolution_is_other", "第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。会议决定批准这个报告。",
     {"doc_kind": "other"}, ()),
    ("compiled_summary", "标题：高阳县2010年政府工作报告\n来源URL：基于公开资料整理\n\n正文：\n一、2009年工作回顾\n2009年，高阳县保持增长。\n",
     {"doc_kind": "summary", "region_code": "130628", "report_year": 2010}, ()),
]


@pytest.mark.parametrize("name,text,expected,warnings", META_CASES, ids=[c[0] for c in META_CASES])
def test_meta_case(name: str, text: str, expected: dict[str, Any], warnings: tuple[str, ...]) -> None:
    _, _, meta = _run(text)
    for key, value in expected.items():
        got = meta.doc_kind if key == "doc_kind" else getattr(meta, key)
        assert got == value, f"{key}: {got!r} != {value!r}"
    codes = {n.code for n in meta.notices}
    for w in warnings:
        assert w in codes
    for field, ev in meta.evidence.items():  # evidence spans point into the clean text
        assert 0 <= ev.start <= ev.end and 0 < ev.confidence <= 1, field


def test_gbk_crlf_file_reads_cleanly() -> None:
    text = "2018年大连市政府工作报告\r\n各位代表：\r\n一、2017年工作回顾\r\n地区生产总值增长７．１％。\r\n"
    docs = [d for d in read_bytes(text.encode("gbk"), "report.txt") if isinstance(d, RawDocument)]
    assert docs and docs[0].encoding == "gb18030"
    c, sections, meta = _run(docs[0].text)
    assert "\r" not in c.text and "7.1%" in c.text
    assert meta.region_code == "210200" and meta.report_year == 2018
    assert sections[0].title == "一、2017年工作回顾"



SPEAKER_CASES = [
    ("office_then_name_line", "2017年1月10日在辽阳市第十五届人民代表大会第六次会议上\n市长裴伟东\n各位代表:\n", "裴伟东"),
    ("office_then_name_before_meeting", "——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上\n各位代表：\n", "李乐成"),
    ("name_then_office", "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议上\n各位代表：\n", "龚正"),
    ("spaced_name", "上海市市长 龚 正\n各位代表：\n", "龚正"),
    ("minority_name", "自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n", "艾尔肯·吐尼亚孜"),
    ("name_on_next_line", "国务院总理\u3000\n李强\n各位代表：\n", "李强"),
    ("office_chain", "国务院副总理兼国家计划委员会主任李富春\n各位代表：\n", "李富春"),
    ("reported_delivery", "在福建省第十四届人民代表大会第三次会议上福建省人民政府省长赵龙作政府工作报告。\n各位代表：\n", "赵龙"),
    ("surname_yu", "报告人：保定市人民政府市长 于群\n各位代表：\n", "于群"),
    ("chairman_in_running_text", "各位代表：\n在中国共产党和毛泽东主席的领导下，我国人民取得了伟大胜利。\n", None),
]


@pytest.mark.parametrize("name,text,speaker", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_case(name: str, text: str, speaker: str | None) -> None:
    _, _, meta = _run(text)
    assert meta.speaker == speaker


def test_short_meeting_form_from_a_news_lead() -> None:
    _, _, meta = _run("1月26日，省长王正谱在省十四届人大四次会议上作政府工作报告。\n各位代表：\n完成了省十三届人大五次会议确定的目标任务。\n")
    assert meta.meeting == "第十四届人民代表大会第四次会议"
    assert meta.speaker == "王正谱"


def test_count_after_a_list_takes_the_noun_that_follows() -> None:
    from gwr.indicators import extract_phrase

    labels = {m.raw: m.label for m in extract_phrase("新建提升13座城市公园和275个口袋公园。", "plan_tasks")}
    assert labels["275个"] == "口袋公园"
    benefit = {m.raw: m.label for m in extract_phrase("改造城镇老旧小区16.7万个，惠及2900多万家庭。", "review")}
    assert benefit["2900多万家庭"] == "惠及"


# --- indicators over whole texts (issue 8) -------------------------------------------------------
def _mentions(text: str) -> tuple[Any, ...]:
    from gwr.indicators import extract_mentions

    c, o, m = _run(text)
    return extract_mentions(c, o, m)


def test_no_structure_lowers_confidence() -> None:
    text = (
        "2018年某市政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
        "地区生产总值增长5%左右，城镇新增就业8万人。\n社会消费品零售总额增长6%。\n"
    )
    mentions = _mentions(text)
    assert mentions
    assert all(m.confidence <= 0.5 and "no_structure" in m.flags for m in mentions)


def test_structured_report_keeps_confidence() -> None:
    mentions = _mentions(BODY_2018)
    assert mentions and all("no_structure" not in m.flags for m in mentions)
    assert any(m.confidence == 1.0 for m in mentions)


UNNUMBERED = (
    "2026年某省政府工作报告\n各位代表：\n"
    "“十四五”时期经济社会发展回顾\n"
    "这五年，常住人口城镇化率由52.23%提高到58.08%，一般公共预算收入年均增长7.2%。\n"
    "“十五五”时期主要目标任务\n"
    "地区生产总值年均增长5%左右。\n"
    "2026年主要工作\n"
    "今年经济社会发展主要预期目标是：地区生产总值增长5%左右，固定资产投资实现正增长。\n"
)

PARTS = [  # raw, status, year, aggregate
    ("52.23%", "actual", 2020, "annual"),
    ("58.08%", "actual", 2025, "annual"),
    ("7.2%", "actual", 2025, "average"),
    ("5%左右", "target", 2030, "average"),
    ("实现正增长", "target", 2026, "annual"),
]


@pytest.mark.parametrize(("raw", "status", "year", "aggregate"), PARTS, ids=[p[0] for p in PARTS])
def test_unnumbered_parts_give_status_and_year(raw: str, status: str, year: int, aggregate: str) -> None:
    got = [(m.status, m.year, m.aggregate) for m in _mentions(UNNUMBERED) if m.raw == raw]
    assert (status, year, aggregate) in got, got


GLOSSARY_2022 = (
    BODY_2018
    + "名词解释\n"
    + "[1]“5个1000”行动：即“十四五”期间，全市每年招商入库项目12个。\n"
    + "[2]“双千工程”：2016年起，连续五年每年招商引资入库1000个以上项目。\n"
    + "附件\n2018年十件民生实事\n新增城镇就业8万人。\n"
)


def test_glossary_entries_naming_a_year_stay_in_the_glossary() -> None:
    # an entry explaining a term names years further in; only a paragraph that opens on
    # one (附件 … 2018年十件民生实事) ends the glossary
    raws = {m.raw: m.status for m in _mentions(GLOSSARY_2022)}
    assert "12个" not in raws and "1000个以上" not in raws, raws
    assert raws.get("8万人") == "target", raws


SELF_GOVERNMENT = (  # invented: the last subsection of a review is about the government itself
    "2024年某市政府工作报告\n各位代表：\n"
    "一、2023年工作回顾\n（一）经济运行稳中向好。地区生产总值增长5.2%。\n"
    "（二）持续加强政府自身建设，治理效能进一步提升。办理人大代表建议400件、政协提案350件，"
    "办结率100%。受理群众留言8万件。\n"
    "二、2024年工作安排\n（一）加强政府自身建设。办理人大代表建议和政协提案满意率达到95%以上。\n"
)


@pytest.mark.parametrize(
    ("raw", "status", "year"),
    [
        ("400件", "actual", 2023),
        ("350件", "actual", 2023),
        ("8万件", "actual", 2023),
        ("95%以上", "target", 2024),
    ],
)
def test_self_government_in_a_review_reports_results(raw: str, status: str, year: int) -> None:
    # the government's own work reviewed (办理人大代表建议400件) is a result of the reviewed year; in the
    # plan part the same kind of section holds targets
    got = [(m.status, m.year) for m in _mentions(SELF_GOVERNMENT) if m.raw == raw]
    assert (status, year) in got, got


def test_self_government_part_before_the_plan_reports_results() -> None:
    # a part of its own on the government's work, between last year's review and this year's plan
    text = (
        "2024年某市政府工作报告\n各位代表：\n"
        "一、2023年工作回顾\n地区生产总值增长5.2%。\n"
        "二、加强政府自身建设\n办理人大代表建议400件。\n"
        "三、2024年工作安排\n新建学校10所。\n"
    )
    got = {m.raw: (m.status, m.year) for m in _mentions(text)}
    assert got.get("400件") == ("actual", 2023), got
    assert got.get("10所") == ("target", 2024), got


def test_last_year_then_five_years_opens_a_five_year_review() -> None:
    # a paragraph that names last year and then 过去五年 in its opening words reviews the five years
    text = (
        "2016年某省政府工作报告\n各位代表：\n一、2015年工作回顾\n"
        "过去一年，地区生产总值增长6.9%。\n"
        "2015年是“十二五”收官之年。过去五年，全省发展成就显著。地区生产总值年均增长7.8%。\n"
        "二、2016年工作安排\n地区生产总值增长6.5%左右。\n"
    )
    got = {m.raw: (m.status, m.section, m.period_start, m.period_end) for m in _mentions(text)}
    assert got.get("7.8%") == ("actual", "review_period", 2011, 2015), got
    assert got.get("6.9%") == ("actual", "review", None, None), got
