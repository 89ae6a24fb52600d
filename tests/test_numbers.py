"""gwr.numbers: quantities found in text, as parametrised tables grouped by origin.

Each row is ``(text, raw, expected)``: the scan of ``text`` must contain exactly
one quantity printed as ``raw``, and its fields must equal ``expected``.
Decimal fields are compared as strings, so 91500000000 must not come back as
9.15E+10. Expected values were written from the text, not from output.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gwr import numbers
from gwr.lexicon import LexiconError, read_tsv
from gwr.numbers import Quantity, parse_cn_number, quantity_at, scan_quantities, units

from .conftest import EXAMPLES

_DECIMAL_FIELDS = ("value", "low", "high", "scale")


def _row(text: str, raw: str, id: str | None = None, **expected: Any) -> Any:
    return pytest.param(text, raw, expected, id=id or text)


def _cny(value: str, **more: Any) -> dict[str, Any]:
    return {"value": value, "unit": "CNY", "currency": "CNY", "kind": "number", **more}


def _check(text: str, raw: str, expected: dict[str, Any]) -> Quantity:
    found = scan_quantities(text)
    hits = [q for q in found if q.raw == raw]
    assert len(hits) == 1, f"{raw!r} not found once in {[q.raw for q in found]}"
    q = hits[0]
    assert text[q.start : q.end] == q.raw
    for name, want in expected.items():
        got = getattr(q, name)
        if name in _DECIMAL_FIELDS:
            assert (None if got is None else str(got)) == want, name
        elif name == "ratio_parts":
            assert tuple(str(x) for x in got) == want
        else:
            assert got == want, name
    return q


# ---------------------------------------------------------------------------------------------
# written variants: the conventions, one phrase each
# ---------------------------------------------------------------------------------------------
WRITTEN = [
    _row("915亿元", "915亿元", **_cny("91500000000", printed_unit="亿元", scale="100000000")),
    _row("1.2万亿元", "1.2万亿元", **_cny("1200000000000", printed_unit="万亿元", scale="1000000000000")),
    _row("8万人", "8万人", value="80000", unit="person", currency=None, printed_unit="万人"),
    _row("7.5%", "7.5%", value="7.5", unit="percent", kind="percent", printed_unit="%", scale="1"),
    _row("３个百分点", "３个百分点", value="3", unit="pp", kind="pp", printed_unit="个百分点"),
    _row("3个百分点", "3个百分点", value="3", unit="pp", kind="pp"),
    _row("千分之5", "千分之5", value="5", unit="permille", kind="permille"),
    _row("千分之五", "千分之五", value="5", unit="permille", kind="permille"),
    _row("6.5‰", "6.5‰", value="6.5", unit="permille", kind="permille"),
    _row("三成", "三成", value="30", unit="percent", kind="percent", scale="10", printed_unit="成"),
    _row("九成以上", "九成", value="90", unit="percent", kind="percent"),
    _row("2000万美元", "2000万美元", value="20000000", unit="USD", currency="USD"),
    _row("500万欧元", "500万欧元", value="5000000", unit="EUR", currency="EUR"),
    _row("3亿港元", "3亿港元", value="300000000", unit="HKD", currency="HKD"),
    _row("4000套", "4000套", value="4000", unit="套", currency=None),
    _row("950万株", "950万株", value="9500000", unit="株"),
    _row("300天", "300天", value="300", unit="day"),
    _row("1.2万公里", "1.2万公里", value="12000", unit="km", printed_unit="万公里"),
    _row("10万千瓦", "10万千瓦", value="100000", unit="kW", printed_unit="万千瓦", scale="10000"),
    _row("3千瓦", "3千瓦", value="3", unit="kW", printed_unit="千瓦"),
    _row("200万千瓦时", "200万千瓦时", value="2000000", unit="kWh"),
    _row("2.5兆瓦", "2.5兆瓦", value="2500", unit="kW", scale="1000"),
    _row("1200万吨", "1200万吨", value="12000000", unit="ton"),
    _row("4.5亿公斤", "4.5亿公斤", value="450000000", unit="kg"),
    _row("八十斤", "八十斤", value="40", unit="kg", scale="0.5"),
    _row("3.5万亩", "3.5万亩", value="35000", unit="mu"),
    _row("120公顷", "120公顷", value="120", unit="ha"),
    _row("50万平方米", "50万平方米", value="500000", unit="m2"),
    _row("3.8平方公里", "3.8平方公里", value="3.8", unit="km2"),
    _row("14.8亿立方米", "14.8亿立方米", value="1480000000", unit="m3"),
    _row("4500万标箱", "4500万标箱", value="45000000", unit="TEU"),
    _row("12万人次", "12万人次", value="120000", unit="person_time"),
    _row("100MW", "100MW", value="100000", unit="kW"),
    _row("新增就业8万", "8万", id="bare_wan", value="80000", unit=None, printed_unit="万", kind="number"),
    _row("综合效益指数116.4，", "116.4", id="bare_number", value="116.4", unit=None, printed_unit=""),
    _row("一千二百三十四元", "一千二百三十四元", value="1234", unit="CNY"),
    _row("两万人", "两万人", value="20000", unit="person"),
    _row("三十多个", "三十多个", value="30", unit="个", approx=True),
    _row("十余个", "十余个", value="10", unit="个", approx=True),
    _row("一千多家", "一千多家", value="1000", unit="家", approx=True),
    _row("百余个", "百余个", value="100", unit="个", approx=True),
    _row("十个", "十个", value="10", unit="个", approx=False),
    _row("三公里", "三公里", value="3", unit="km"),
    _row("百分之八", "百分之八", value="8", unit="percent", kind="percent", printed_unit="百分之"),
    _row("百分之六点五", "百分之六点五", value="6.5", kind="percent"),
    _row("百分之百", "百分之百", value="100", kind="percent"),
    _row("百分之五十以上", "百分之五十", value="50", kind="percent"),
    _row("百分之8.5", "百分之8.5", value="8.5", kind="percent"),
    _row("500多亿元", "500多亿元", **_cny("50000000000", approx=True, printed_unit="亿元")),
    _row("3万余人", "3万余人", value="30000", unit="person", approx=True, printed_unit="万人"),
    _row("3千多万元", "3千多万元", **_cny("30000000", approx=True)),
    _row("近3万人", "3万人", id="jin_before", value="30000", approx=True),
    _row("约3万人", "3万人", id="yue_is_a_comparator", value="30000", approx=False),
    _row("7%左右", "7%", id="zuoyou_outside_span", value="7", approx=False),
    _row("数十个", "数十个", value=None, unit="个", approx=True, flags=("vague",)),
    _row("几百万人", "几百万人", value=None, unit="person", approx=True, flags=("vague",)),
    _row("七八成", "七八成", value=None, low="70", high="80", approx=True, flags=("vague",)),
    _row("翻一番", "翻一番", value="2", unit="times", kind="multiple", printed_unit="番"),
    _row("翻两番", "翻两番", value="4", unit="times", kind="multiple"),
    _row("实现翻番", "翻番", value="2", kind="multiple"),
    _row("翻了一番", "翻了一番", value="2", kind="multiple"),
    _row("增长1.5倍", "1.5倍", value="1.5", unit="times", kind="multiple", printed_unit="倍"),
    _row("增长一倍", "一倍", value="1", unit="times", kind="multiple"),
    _row("2倍多", "2倍多", value="2", kind="multiple", approx=True),
    _row("3个多月", "3个多月", value="3", unit="month", approx=True),
    _row("3个月", "3个月", value="3", unit="month", approx=False),
    _row("5年", "5年", value="5", unit="year"),
    _row("1500多年", "1500多年", value="1500", unit="year", approx=True),
    _row("70周年", "70周年", value="70", unit="year"),
    _row("36小时", "36小时", value="36", unit="hour"),
    _row("２０万元", "２０万元", id="fullwidth_digits", **_cny("200000")),
    _row("１２．５％", "１２．５％", id="fullwidth_decimal", value="12.5", kind="percent"),
    _row("1,234.5万元", "1,234.5万元", id="comma_thousands", **_cny("12345000")),
    _row("12,345人", "12,345人", value="12345", unit="person"),
    _row("1,000,000元", "1,000,000元", **_cny("1000000")),
    _row("增长-2.5%", "-2.5%", id="minus_sign", value="-2.5", kind="percent"),
    _row("突破万亿元", "万亿元", id="wanyi_without_digit", **_cny("1000000000000")),
    _row("亿元以上项目", "亿元", id="yi_without_digit", **_cny("100000000")),
    _row("8765432人", "8765432人", id="long_run_with_unit", value="8765432", unit="person"),
    _row("1万 亿元", "1万 亿元", id="space_in_scale", **_cny("1000000000000", printed_unit="万亿元")),
    _row("0.5%", "0.5%", value="0.5", kind="percent"),
]

RANGES = [
    _row("6%—7%", "6%—7%", value=None, low="6", high="7", unit="percent", kind="percent"),
    _row("6%-7%", "6%-7%", low="6", high="7", unit="percent"),
    _row("6-6.5%", "6-6.5%", low="6", high="6.5", unit="percent"),
    _row("6.5%至7%", "6.5%至7%", low="6.5", high="7", unit="percent"),
    _row("6.5%到7%", "6.5%到7%", low="6.5", high="7", unit="percent"),
    _row("6%～7%", "6%～7%", low="6", high="7", unit="percent"),
    _row("6%~7%", "6%~7%", low="6", high="7", unit="percent"),
    _row("7%-7.5%", "7%-7.5%", low="7", high="7.5", unit="percent"),
    _row("6%——7%", "6%——7%", low="6", high="7", unit="percent"),
    _row("5万至8万人", "5万至8万人", low="50000", high="80000", unit="person", printed_unit="万人"),
    _row("5—8万人", "5—8万人", id="scale_shared", low="50000", high="80000", unit="person"),
    _row("5000—8000元", "5000—8000元", low="5000", high="8000", unit="CNY"),
    _row("2000—3000万元", "2000—3000万元", id="no_year_range", low="20000000", high="30000000"),
    _row("3—5年", "3—5年", low="3", high="5", unit="year"),
    _row("1-2个百分点", "1-2个百分点", low="1", high="2", unit="pp", kind="pp"),
    _row("2~3个", "2~3个", low="2", high="3", unit="个"),
    _row("0~6岁", "0~6岁", low="0", high="6", unit="age"),
    _row("五到十个", "五到十个", low="5", high="10", unit="个"),
    _row("十到二十个", "十到二十个", low="10", high="20", unit="个"),
    _row("百分之八到九", "百分之八到九", value=None, low="8", high="9", kind="percent"),
    _row("百分之五到百分之六", "百分之五到百分之六", low="5", high="6", kind="percent"),
    _row("增长5%至2020年", "5%", id="range_not_into_year", value="5"),
]

CORPUS = [
    # zhumadian/zhumadian_2003.txt
    _row("预计全年完成国内生产总值332亿元，比上年增长10.2％", "332亿元", **_cny("33200000000")),
    _row("预计全年完成国内生产总值332亿元，比上年增长10.2％", "10.2％", id="zmd2003_growth", value="10.2"),
    # hebei_baoding_gaoyang, prov2026 and national reports
    _row("下岗职工再就业2.7万人", "2.7万人", value="27000", unit="person"),
    _row("农牧区劳动力实现转移就业112万人次", "112万人次", value="1120000", unit="person_time"),
    _row("镇登记失业率比省定目标低0.57个百分点", "0.57个百分点", value="0.57", unit="pp", kind="pp"),
    _row("全部财政收入可比增长12%以上", "12%", value="12", kind="percent", approx=False),
    _row("城镇调查失业率5.5%左右", "5.5%", value="5.5", kind="percent"),
    _row("1个学科进入ESI前千分之一", "千分之一", value="1", kind="permille"),
    _row("3亿人次、旅游总花费1400多亿元", "1400多亿元", **_cny("140000000000", approx=True)),
    _row("来共发放各类救助资金8300余万元", "8300余万元", **_cny("83000000", approx=True)),
    _row("修复湿地90余万亩", "90余万亩", value="900000", unit="mu", approx=True),
    _row("育儿补贴政策惠及80余万名婴幼儿", "80余万名", value="800000", unit="名", approx=True),
    _row("建电源项目总装机容量892.5万千瓦", "892.5万千瓦", value="8925000", unit="kW"),
    _row("港口集装箱吞吐量达8097万标箱、增长4", "8097万标箱", value="80970000", unit="TEU"),
    _row("出口创汇16.3亿美元", "16.3亿美元", value="1630000000", unit="USD", currency="USD"),
    _row("拆除违法建设39.1万平方米", "39.1万平方米", value="391000", unit="m2"),
    _row("高速公路通车里程达5465公里", "5465公里", value="5465", unit="km"),
    _row("淀及上游河道生态补水14.8亿立方米", "14.8亿立方米", value="1480000000", unit="m3"),
    _row("新就业群体近300万人", "300万人", value="3000000", approx=True),
    _row("去年总产接近600亿斤", "600亿斤", value="30000000000", unit="kg", approx=True),
    _row("人口自然增长率为4.98‰", "4.98‰", value="4.98", kind="permille"),
    _row("率由１９９０年的１４．３９‰下降到", "１４．３９‰", value="14.39", kind="permille"),
    _row("是省下达计划的2倍多，居全省前列", "2倍多", value="2", kind="multiple", approx=True),
    _row("我们隆重庆祝改革开放40周年", "40周年", value="40", unit="year"),
    _row("年产毛巾约35-38万吨", "35-38万吨", low="350000", high="380000", unit="ton"),
    _row("应纳税所得额100万元至300万元部分", "100万元至300万元", low="1000000", high="3000000", unit="CNY"),
    _row("有6.5%－7%的增速就能够", "6.5%－7%", low="6.5", high="7", kind="percent"),
    _row("地区生产总值增长4.5%—5%", "4.5%—5%", low="4.5", high="5"),
    _row("总额首次突破万亿元，达到", "万亿元", **_cny("1000000000000")),
    _row("生物医药产值超千亿元。", "千亿元", **_cny("100000000000")),
    _row("累计新开工亿元以上项目超过", "亿元", **_cny("100000000")),
    _row("中央财政棚改资金23.63亿元", "23.63亿元", **_cny("2363000000")),
    # national, 1950s-1990s, Chinese numerals and full-width digits
    _row("定为百分之八至九。", "百分之八至九", low="8", high="9", kind="percent"),
    _row("乡镇工业增长１０—１２％。", "１０—１２％", low="10", high="12", kind="percent"),
    _row("原煤产量达到十亿八千万吨，比上年", "十亿八千万吨", value="1080000000", unit="ton"),
    _row(
        "货运量十四亿七千万至十四亿九千万吨",
        "十四亿七千万至十四亿九千万吨",
        low="1470000000",
        high="1490000000",
    ),
    _row("基本建设投资多了十五亿元到二十亿元", "十五亿元到二十亿元", low="1500000000", high="2000000000"),
    _row("八十斤到九十九斤的有五十五个县", "八十斤到九十九斤", low="40", high="49.5", unit="kg"),
    _row("八十斤到九十九斤的有五十五个县", "五十五个", id="n1960_counties", value="55", unit="个"),
    _row("有两个建设项目，共计七十九个。", "七十九个", value="79", unit="个"),
    _row("手表增长一点四倍", "一点四倍", value="1.4", kind="multiple"),
    _row("实现国民生产总值翻两番", "翻两番", value="4", kind="multiple"),
    _row("粮食总产量应该有七千二百亿斤", "七千二百亿斤", value="360000000000", unit="kg"),
    _row("为材料使用的浪费损失十八亿余元", "十八亿余元", **_cny("1800000000", approx=True)),
    _row("还可能增加近百亿元。", "百亿元", **_cny("10000000000", approx=True)),
    _row("又是有十亿多人口的大国", "十亿多人", value="1000000000", unit="person", approx=True),
    _row("需要几十年艰苦奋斗的时间", "几十年", value=None, unit="year", flags=("vague",)),
    _row("已经一年零三个月了", "三个月", id="n1979_ling", value="3", unit="month"),
    _row("过去二十八年的平均速度", "二十八年", value="28", unit="year"),
    _row(
        "各项税收共收到１２，７４５，３９０，０００元，完成",
        "１２，７４５，３９０，０００元",
        id="n1956_fullwidth_grouping",
        **_cny("12745390000"),
    ),
    _row(
        "国内生产总值达到7 4 7 7 2 亿元，",
        "7 4 7 7 2 亿元",
        id="n1998_spaced_digits",
        **_cny("7477200000000", flags=("space_repaired",)),
    ),
    _row(
        "工业增加值平均每年增长1 5 ．3 ％，",
        "1 5 ．3 ％",
        id="n1998_spaced_decimal",
        value="15.3",
        flags=("space_repaired",),
    ),
    _row("授予专利权2 2 ．4 万件，", "2 2 ．4 万件", id="n1998_spaced_wan", value="224000", unit="件"),
    # ratios: seed dalian 2018, zhumadian_2019
    _row(
        "三次产业比重由五年前的6.4∶52∶41.6优化为6.4∶41.5∶52.1",
        "6.4∶41.5∶52.1",
        kind="ratio",
        value=None,
        unit=None,
        ratio_parts=("6.4", "41.5", "52.1"),
    ),
    _row("三次产业比重由五年前的6.4∶52∶41.6优化为", "6.4∶52∶41.6", ratio_parts=("6.4", "52", "41.6")),
    _row("三次产业结构为17.4︰39.1︰43.5，", "17.4︰39.1︰43.5", ratio_parts=("17.4", "39.1", "43.5")),
    _row("6.4:41.5:52.1", "6.4:41.5:52.1", kind="ratio", ratio_parts=("6.4", "41.5", "52.1")),
    _row("收入比由2.9∶1缩小至2.52∶1", "2.52∶1", kind="ratio", ratio_parts=("2.52", "1")),
]

DAMAGED = [
    # OCR letters in digits: zhumadian_2003, 2005, 2006, 2007, national_2006_wikisource
    _row("国内生产总值增长1O％，其中", "1O％", value="10", kind="percent", flags=("ocr_repaired",)),
    _row("其中国有及限额以上工业增长l3.6％", "l3.6％", value="13.6", flags=("ocr_repaired",)),
    _row("社会消费品零售总额增长lO.5％：财政", "lO.5％", value="10.5", flags=("ocr_repaired",)),
    _row("完成出口创汇4551万美元，增长4l.1％；", "4l.1％", value="41.1", flags=("ocr_repaired",)),
    _row("年均增长2l.7％，一大批", "2l.7％", value="21.7", flags=("ocr_repaired",)),
    _row("实际利用境外资金l.45亿美元", "l.45亿美元", value="145000000", unit="USD", flags=("ocr_repaired",)),
    _row("再就业补助资金25l亿元", "25l亿元", **_cny("25100000000", flags=("ocr_repaired",))),
    _row("产值1O5亿", "1O5亿", id="ocr_between_digits", value="10500000000", flags=("ocr_repaired",)),
    # spaces and line breaks inside numbers: zhumadian_2004 and written
    _row("二、三产业分别增长12 .2％和9.9％", "12 .2％", value="12.2", flags=("space_repaired",)),
    _row("二、三产业分别增长12 .2％和9.9％", "9.9％", id="zmd2004_second", value="9.9", flags=()),
    _row("增长12. 2%", "12. 2%", value="12.2", flags=("space_repaired",)),
    _row("增长12\n.2%", "12\n.2%", id="line_break_before_point", value="12.2", flags=("space_repaired",)),
    _row("增长12.\n2%", "12.\n2%", id="line_break_after_point", value="12.2", flags=("space_repaired",)),
    _row("增长1 1 ％", "1 1 ％", id="spaced_integer", value="11", flags=("space_repaired",)),
    # typing slips
    _row("增长8.5%%", "8.5%%", value="8.5", kind="percent", flags=("double_percent",)),
    _row("地区生产总值增长1..5%", "1..5%", value=None, kind="percent", flags=("malformed",)),
    _row("增长1.2.3%", "1.2.3%", value=None, flags=("malformed",)),
]


COMPOUND = [  # issue 8: per-unit figures keep their denominator
    _row("全员劳动生产率16.8万元/人左右", "16.8万元/人", value="168000", unit="CNY/person", currency="CNY"),
    _row("水价调整为3.5元/吨", "3.5元/吨", value="3.5", unit="CNY/ton"),
    _row("粮价1.2元/斤", "1.2元/斤", value="2.4", unit="CNY/kg"),
    _row("能耗降至0.5吨标准煤/万元", "0.5吨标准煤/万元", value="0.00005", unit="tce/CNY"),
    _row("能耗为450千克标准煤/万元", "450千克标准煤/万元", value="0.045", unit="kgce/CNY"),
    _row("完成投资30亿元/年", "30亿元/年", id="per_year", value="3000000000", unit="CNY/year"),
    _row("增长5%/年", "5%", id="percent_keeps_its_unit", value="5", kind="percent"),
]


@pytest.mark.parametrize(("text", "raw", "expected"), COMPOUND)
def test_compound_units(text: str, raw: str, expected: dict[str, Any]) -> None:
    _check(text, raw, expected)


@pytest.mark.parametrize(("text", "raw", "expected"), WRITTEN)
def test_written_variants(text: str, raw: str, expected: dict[str, Any]) -> None:
    _check(text, raw, expected)


@pytest.mark.parametrize(("text", "raw", "expected"), RANGES)
def test_ranges(text: str, raw: str, expected: dict[str, Any]) -> None:
    _check(text, raw, expected)


@pytest.mark.parametrize(("text", "raw", "expected"), CORPUS)
def test_corpus_phrases(text: str, raw: str, expected: dict[str, Any]) -> None:
    _check(text, raw, expected)


@pytest.mark.parametrize(("text", "raw", "expected"), DAMAGED)
def test_damaged_text(text: str, raw: str, expected: dict[str, Any]) -> None:
    _check(text, raw, expected)


# ---------------------------------------------------------------------------------------------
# negatives: text that holds no quantity at all
# ---------------------------------------------------------------------------------------------
NEGATIVES = [
    "2017年",
    "2017 年",
    "２０１７年",
    "2017—2020年",
    "2017-2020年",
    "1998年至2002年",
    "（2021—2025）",
    "二〇一七年",
    "二00三年政府工作报告",
    "一九九八年",
    "1月10日",
    "3月5日",
    "1—11月",
    "2018-02-27",
    "上午10:40开幕",
    "一、总体要求",
    "（一）坚持稳中求进",
    "(1)加快发展",
    "（1）加快发展",
    "1.深化供给侧结构性改革",
    "\n2、加快发展",
    "淘汰落后生产能力。2.调整城乡结构",
    "第十三",
    "第5",
    "第3号令",
    "实施第十三个五年规划",
    "十三五",
    "今年是“十四五”规划收官之年",
    "一带一路",
    "一二三产融合",
    "三农",
    "两会",
    "四个着力",
    "一批",
    "一体化",
    "一流",
    "统一",
    "一是坚定发展信心",
    "第一",
    "五年",
    "两个毫不动摇",
    "三个推进",
    "一成不变",
    "三方面",
    "90年代",
    "每万人口",
    "单位：亿元",
    "全面落实“大气十条”“水十条”",
    "实施“十项”行动",
    "每亿元GDP",
    "2102020006/2018-13962",
    "咨询电话：0411-12345678",
    "大政发〔2018〕12号",
    "地铁4号5号7号线",
    "网址 http://www.gov.cn/2018/0305/c1024.html",
    "www.zmd.gov.cn",
    "版本1.2.3",
    "5G基站",
    "PM2.5平均浓度",
    "甲型H7N9流感",
    "甲型Ｈ１Ｎ１流感疫情",
    "G107绕城",
    "3·15",
    "精简1/3",
    "精简1／4",
    "“1+5+1”系列",
    "“1020”工程",
    "中关村“6＋4”创新政策",
    "[5]",
    "【12】",
    "（《人民日报》1 9 5 4 0 9 2 4 第1至2 版）",
    "上一页 1 2 3 下一页",
    "6016263号-1",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t.strip() for t in NEGATIVES])
def test_negatives(text: str) -> None:
    assert [q.raw for q in scan_quantities(text)] == []


# ---------------------------------------------------------------------------------------------
# parse_cn_number
# ---------------------------------------------------------------------------------------------
CN_NUMBERS = [
    ("一千二百三十四", "1234"),
    ("两万", "20000"),
    ("1.2万亿", "1200000000000"),
    ("3千万", "30000000"),
    ("〇", "0"),
    ("零", "0"),
    ("二〇一七", "2017"),
    ("十", "10"),
    ("十三", "13"),
    ("百", "100"),
    ("一百零五", "105"),
    ("三千零五十", "3050"),
    ("一万二", "12000"),
    ("十万", "100000"),
    ("三亿五千万", "350000000"),
    ("一万亿", "1000000000000"),
    ("万亿", "1000000000000"),
    ("十亿零七千万", "1070000000"),
    ("六点五", "6.5"),
    ("零点五", "0.5"),
    ("一点二万", "12000"),
    ("1,234.5", "1234.5"),
    ("１２", "12"),
    ("壹佰贰拾", "120"),
]


@pytest.mark.parametrize(("text", "value"), CN_NUMBERS, ids=[c[0] for c in CN_NUMBERS])
def test_parse_cn_number(text: str, value: str) -> None:
    assert str(parse_cn_number(text)) == value


@pytest.mark.parametrize("junk", ["", "abc", "十十", "百千", "万万", "五点", "点", "1.2.3", "一带一路"])
def test_parse_cn_number_rejects_junk(junk: str) -> None:
    with pytest.raises(ValueError):
        parse_cn_number(junk)


# ---------------------------------------------------------------------------------------------
# offsets, windows and whole files
# ---------------------------------------------------------------------------------------------


def test_offsets_are_absolute_within_a_window() -> None:
    text = "前言。2017年地区生产总值增长7%，投资8万亿元。"
    start = text.index("地区")
    found = scan_quantities(text, start, len(text) - 1)
    assert [(q.raw, text[q.start : q.end]) for q in found] == [("7%", "7%"), ("8万亿元", "8万亿元")]


def test_window_that_cuts_a_number_does_not_report_its_tail() -> None:
    assert scan_quantities("投资12345元", 4) == []


def test_quantity_at() -> None:
    text = "社会消费品零售总额增长7.5%，投资1.2万亿元。"
    q = quantity_at(text, text.index("万亿"))
    assert q is not None and q.raw == "1.2万亿元"
    assert quantity_at(text, 0) is None


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_examples_scan_in_order_without_overlap(path: Any) -> None:
    text = path.read_text(encoding="utf-8")
    found = scan_quantities(text)
    assert found, "an example report has quantities"
    for q, nxt in itertools.pairwise(found):
        assert q.end <= nxt.start
    assert all(text[q.start : q.end] == q.raw for q in found)
    assert all("E" not in str(x) for q in found for x in (q.value, q.low, q.high) if x is not None)


@pytest.mark.corpus
def test_corpus_invariants(corpus: Any) -> None:
    for path in sorted((corpus / "raw" / "zhumadian").glob("*.txt"))[:10]:
        text = path.read_text(encoding="utf-8")
        found = scan_quantities(text)
        assert all(text[q.start : q.end] == q.raw for q in found), path
        assert all(a.end <= b.start for a, b in itertools.pairwise(found)), path


# ---------------------------------------------------------------------------------------------
# property: Arabic numbers with thousands commas and decimals round-trip
# ---------------------------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=10**13),
    st.integers(min_value=0, max_value=3),
    st.booleans(),
    st.sampled_from(["亿元", "万元", "元", "%", "万人", "吨"]),
)
def test_arabic_numbers_round_trip(whole: int, places: int, commas: bool, unit: str) -> None:
    number = Decimal(whole).scaleb(-places)
    printed = f"{number:,.{places}f}" if commas else f"{number:.{places}f}"
    text = f"完成{printed}{unit}，"
    (q,) = scan_quantities(text)
    assert q.raw == printed + unit
    assert q.value == number * q.scale
    assert "E" not in str(q.value)


_ALPHABET = (
    "0123456789０５.．,，%％‰ \n-—～至到:∶OolI"
    "一二两三五十百千万亿多余数几点近第年月日号个人元吨亩倍成番翻百分之"
)


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_any_text_scans_without_error(text: str) -> None:
    found = scan_quantities(text)
    assert all(text[q.start : q.end] == q.raw and q.start < q.end for q in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


# ---------------------------------------------------------------------------------------------
# data/units.tsv
# ---------------------------------------------------------------------------------------------
UNIT_ROWS = read_tsv("units.tsv")


def test_units_tsv_loads() -> None:
    table = units()
    assert len(table) == len(UNIT_ROWS) > 50
    assert {"亿元", "万人"}.isdisjoint(table), "scale prefixes are not listed, they combine"


@pytest.mark.parametrize("row", UNIT_ROWS, ids=[r["printed"] for r in UNIT_ROWS])
def test_every_unit_row_parses_and_is_found(row: dict[str, str]) -> None:
    scale = Decimal(row["scale"])
    assert scale.is_finite() and scale > 0
    assert row["currency"] in ("", "CNY", "USD", "EUR", "HKD", "JPY", "GBP")
    (q,) = scan_quantities(f"共3{row['printed']}。")
    assert q.unit == row["base"] and q.printed_unit == row["printed"]
    assert q.value == 3 * scale


def test_bad_units_row_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = ({"printed": "吨", "base": "ton", "scale": "x", "currency": "", "kind": "number", "cn": "small",
            "stop": "", "__line__": "42"},)  # fmt: skip
    monkeypatch.setattr(numbers, "read_tsv", lambda name: bad)
    numbers.units.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"units\.tsv:42"):
            numbers.units()
    finally:
        numbers.units.cache_clear()


@pytest.mark.parametrize(
    ("unit", "counter"),
    [
        ("家", True),
        ("户", True),
        ("个", True),
        ("person", False),
        ("ton", False),
        ("CNY", False),
        (None, False),
        ("", False),
    ],
)
def test_counter_unit_is_a_chinese_word_of_its_own(unit: str | None, counter: bool) -> None:
    assert numbers.counter_unit(unit) is counter
