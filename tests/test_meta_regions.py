"""Region, level and year of county and district reports, from the head of the report.

Each row is a synthetic but realistic opening of a report (title, meeting or
date line, speaker, the first paragraphs), built after what went wrong on real
county and district reports: districts created from counties (满城县 → 满城区 in
2015), names inside other names (安新 in 雄安新区, 新安 as a town), places named
only in passing (a college named after 北京), the city and province the text
names, literal "\\r\\n" escapes, and a container's region column. A row whose
region cannot be told from its text expects None or the notice
``region_uncertain``: a wrong code given with confidence is the worst outcome.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pytest

from gwr.clean import clean
from gwr.meta import extract_metadata
from gwr.outline import outline
from gwr.types import Metadata, Provenance, RawDocument


def _meta(
    text: str, region_hint: str | None = None, year_hint: int | None = None, title: str | None = None
) -> Metadata:
    prov = Provenance("<case>", title=title, region_hint=region_hint, year_hint=year_hint)
    raw = RawDocument(text, prov, hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    c = clean(raw)
    return extract_metadata(c, outline(c))


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    code: str | None  # None: the text does not tell (no code, or a region_uncertain notice)
    level: str | None
    year: int | None
    region_hint: str | None = None
    uncertain: bool = False  # a region_uncertain notice is expected
    title: str | None = None  # a container's title column


_REVIEW = (
    "各位代表：\n现在，我代表{gov}人民政府向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。\n"
    "一、{prev}年工作回顾\n过去一年，{local}地区生产总值完成{gdp}亿元，增长7.1%；一般公共预算收入增长8.2%。\n"
)
_PLAN = "二、{year}年工作安排\n{local}经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"


def _report(gov: str, local: str, year: int, head: str, middle: str = "") -> str:
    return (
        head
        + _REVIEW.format(gov=gov, prev=year - 1, local=local, gdp=120)
        + middle
        + _PLAN.format(year=year, local=local)
    )


CASES = [
    # --- districts made from counties: the name of the year -----------------------------
    Case(
        "mancheng_district_2017",
        _report("区", "全区", 2017,
                "满城区2017年政府工作报告\n——2017年2月20日在保定市满城区第一届人民代表大会第二次会议上\n区长 李明\n",
                "我们主动对接保定主城区，融入保定发展大局，保定市下达的各项任务全面完成。全区固定资产投资增长10%。\n"),
        "130607", "district", 2017,
    ),
    Case(
        "mancheng_county_2012",
        _report("县", "全县", 2012,
                "满城县2012年政府工作报告\n——2012年2月15日在满城县第十五届人民代表大会第一次会议上\n县长 王刚\n",
                "我县主动融入保定，全县工业增加值增长12%。\n"),
        "130621", "county", 2012,
    ),
    Case(
        "mancheng_district_named_by_city_only_in_title",
        _report("区", "全区", 2019,
                "保定市满城区人民政府工作报告\n（ 2019年1月10日）\n",
                "全区上下紧紧围绕保定市委、市政府的决策部署，保定市各项任务全面完成，对接保定主城区发展，全区经济稳中向好。\n"),
        "130607", "district", 2019,
    ),
    Case(
        "qingyuan_district_2016_meeting_line",
        _report("区", "全区", 2016,
                "政府工作报告\n——2016年1月21日在清苑区第一届人民代表大会第一次会议上\n代区长 赵强\n",
                "2015年，清苑撤县设区，全区融入保定中心城区迈出坚实步伐；保定市、保定市委对全区工作给予肯定，保定东部新城建设加快。\n"),
        "130608", "district", 2016,
    ),
    Case(
        "qingyuan_district_says_only_quxian",
        _report("区", "全区", 2018,
                "清苑区政府工作报告\n（2018年2月6日）\n",
                "保定市下达的目标全面完成，全区主动对接保定主城区，融入保定发展，保定东部新城建设加快，保定市政府给予表彰。\n"),
        "130608", "district", 2018,
    ),
    # --- names inside other names, and names in passing -----------------------------------
    Case(
        "rongcheng_2019_xiongan_and_beijing_college",
        _report("县", "全县", 2019,
                "容城县政府工作报告\n——2019年1月15日在县第十七届人民代表大会第三次会议上\n县长 孙亮\n",
                "雄安新区规划建设全面展开，全县服从服务雄安新区建设大局，北京城市学院、北京交通大学等高校与我县合作，"
                "雄安新区启动区、雄安新区容东片区建设加快，我们配合雄安新区管委会完成征迁任务，北京援建的学校开工建设，"
                "北京市对口帮扶项目落地，北京四中雄安校区开学。\n"),
        "130629", "county", 2019,
    ),
    Case(
        "rongcheng_2019_escapes_and_spaced_date",
        ("容城县政府工作报告\\r\\n（ 2019年1月15日）\\r\\n各位代表：\\r\\n现在，我代表县人民政府向大会报告工作，请予审议。\\r\\n"
         "一、2018年工作回顾\\r\\n过去一年，雄安新区建设全面展开，全县积极服务雄安新区建设，北京城市学院容城校区落户，"
         "北京援建项目加快推进，雄安新区容东片区开工建设。全县生产总值增长6%。\\r\\n"
         "二、2019年工作安排\\r\\n全县地区生产总值增长6.5%左右。"),
        "130629", "county", 2019,
    ),
    Case(
        "anxin_county_inside_xiongan",
        _report("县", "全县", 2018,
                "安新县2018年政府工作报告\n——2018年1月20日在安新县第十七届人民代表大会第二次会议上\n县长 刘伟\n",
                "雄安新区设立以来，全县上下全力支持雄安新区建设，白洋淀综合治理全面展开，雄安新区规划纲要获批。\n"),
        "130632", "county", 2018,
    ),
    Case(
        "xinan_is_a_town_in_gaoyang_text",
        _report("县", "全县", 2017,
                "高阳县2017年政府工作报告\n（2017年2月10日）\n",
                "全县纺织业稳步发展，新安镇、新安村的毛巾产业园建成投产，新安街改造完成，全县新增规上企业12家。\n"),
        "130628", "county", 2017,
    ),
    Case(
        "county_named_only_by_title_beijing_in_passing",
        _report("县", "全县", 2020,
                "2020年高阳县人民政府工作报告\n——2020年5月10日在县第十七届人民代表大会第五次会议上\n",
                "全县主动承接北京产业转移，与北京服装学院、北京纺织控股公司合作，北京客商来高阳考察，对接北京市场，"
                "积极融入京津冀协同发展，北京、天津两地客户持续增长。\n"),
        "130628", "county", 2020,
    ),
    Case(
        "rongcheng_named_only_in_the_body",
        _report("县", "全县", 2019,
                "政府工作报告\n——2019年1月15日在县第十七届人民代表大会第三次会议上\n",
                "北京市对口帮扶容城，北京城市学院、北京交通大学与我县合作，北京援建项目开工，对接北京、服务北京，"
                "北京四中雄安校区开学，雄安新区规划建设全面展开，容城人民以主人翁姿态服务雄安新区建设，北京的企业来县考察。\n"),
        "130629", "county", 2019,
    ),
    Case(
        "mancheng_county_2015_before_the_change",
        _report("县", "全县", 2015,
                "满城县2015年政府工作报告\n——2015年2月6日在满城县第十五届人民代表大会第四次会议上\n",
                "全县工业增加值增长9%，我县融入保定主城区迈出新步伐。\n"),
        "130621", "county", 2015,
    ),
    Case(
        "mancheng_2015_short_name_and_quanxian",
        _report("县", "全县", 2015,
                "政府工作报告\n——2015年2月6日在县第十五届人民代表大会第四次会议上\n",
                "满城的工业增加值增长9%，全县融入保定主城区迈出新步伐，满城草莓品牌叫响。\n"),
        "130621", "county", 2015,
    ),
    # --- the hierarchy the text gives ----------------------------------------------------
    Case(
        "meeting_line_names_city_and_district_nanjing_gulou",
        _report("区", "全区", 2018,
                "政府工作报告\n——2018年1月9日在南京市鼓楼区第十七届人民代表大会第二次会议上\n",
                "南京市下达的各项任务全面完成，全区融入南京发展大局，南京市委、市政府给予表彰，南京南站片区建设加快。\n"),
        "320106", "district", 2018,
    ),
    Case(
        "meeting_line_names_city_and_district_dalian_zhongshan",
        _report("区", "全区", 2019,
                "政府工作报告\n——2019年1月8日在大连市中山区第十七届人民代表大会第三次会议上\n",
                "全区在大连市委、市政府的坚强领导下，大连港、大连站周边改造完成，融入大连发展大局，大连市下达的任务全面完成。\n"),
        "210202", "district", 2019,
    ),
    Case(
        "on_behalf_line_names_province_city_and_district",
        _report("福建省福州市鼓楼区", "全区", 2017,
                "政府工作报告\n（2017年1月6日）\n",
                "福州市下达的各项任务全面完成，全区融入福州发展大局，福州地铁1号线开通，福建省、福州市给予表彰。\n"),
        "350102", "district", 2017,
    ),
    Case(
        "meeting_line_xuzhou_gulou_body_names_nanjing_more",
        _report("区", "全区", 2018,
                "政府工作报告\n——2018年1月10日在徐州市鼓楼区第十七届人民代表大会第二次会议上\n区长 张某\n",
                "全区对接南京都市圈，南京、南京市的企业来区投资，南京地铁规划延伸，融入南京，学习南京鼓楼区经验。\n"),
        "320302", "district", 2018,
    ),
    Case(
        "speaker_line_names_city_and_district",
        _report("区", "全区", 2018,
                "政府工作报告\n（2018年1月9日）\n南京市鼓楼区区长 王某\n",
                "全区融入南京发展，福州鼓楼区客商来访。\n"),
        "320106", "district", 2018,
    ),
    Case(
        "xinan_county_is_a_county_of_its_own",
        _report("县", "全县", 2018,
                "新安县2018年政府工作报告\n——2018年1月5日在新安县第十六届人民代表大会第二次会议上\n",
                "全县融入洛阳发展，洛阳市下达的任务全面完成，新安江水电站客商来访。\n"),
        "410323", "county", 2018,
    ),
    Case(
        "pudong_new_area_in_its_municipality",
        _report("区", "全区", 2019,
                "浦东新区2019年政府工作报告\n——2019年1月10日在上海市浦东新区第六届人民代表大会第五次会议上\n",
                "全区服务上海发展大局，上海市下达的任务全面完成。\n"),
        "310115", "district", 2019,
    ),
    Case(
        "zhongshan_city_with_a_university_and_a_road_named_after_it",
        _report("市", "全市", 2018,
                "中山市2018年政府工作报告\n——2018年1月8日在中山市第十五届人民代表大会第二次会议上\n",
                "全市融入粤港澳大湾区，广州、深圳、珠海客商来访，中山大学、中山路改造。\n"),
        "442000", "city", 2018,
    ),
    Case(
        "ambiguous_district_name_with_city_named",
        _report("区", "全区", 2018,
                "中山区人民政府2018年政府工作报告\n（2018年1月9日）\n",
                "全区在大连市委、市政府的坚强领导下，融入大连发展大局，大连港、大连站周边改造完成。\n"),
        "210202", "district", 2018,
    ),
    Case(
        "municipal_district_names_its_municipality_more",
        _report("区", "全区", 2019,
                "海淀区政府工作报告\n（2019年1月8日）\n",
                "全区服务北京“四个中心”功能建设，北京市下达的任务全面完成，北京城市副中心、北京大兴国际机场建设，"
                "融入北京发展大局，北京市委、北京市政府给予表彰。\n"),
        "110108", "district", 2019,
    ),
    Case(
        "autonomous_region_speaks_as_quanqu",
        _report("区", "全区", 2025,
                "2025年广西壮族自治区政府工作报告\n（2025年1月15日）\n",
                "全区生产总值增长5.5%，南宁、柳州、桂林经济平稳，全区各族人民团结奋斗。\n"),
        "450000", "province", 2025,
    ),
    Case(
        "container_region_column_names_the_county",
        _report("县", "全县", 2016,
                "政府工作报告\n（2016年2月3日）\n",
                "全县在保定市委、市政府的领导下，融入保定发展，保定市下达的各项任务全面完成，全县工业稳步增长，我县纺织产业集群壮大。\n"),
        "130628", "county", 2016, region_hint="高阳县",
    ),
    Case(
        "container_title_names_the_state_body_names_places_in_passing",
        "五年来，我国各族人民团结奋斗，工农业生产全面高涨。\n工业学大庆，农业学大寨，全国学习解放军。"
        "大庆油田原油产量增长，大庆石油会战取得胜利，大寨精神在全国推广。\n"
        "二、2019年工作安排\n今年国内生产总值增长6%—6.5%。\n",
        "100000", "national", 2019, title="2019年中华人民共和国国务院政府工作报告",
    ),
    Case(
        "on_behalf_of_the_central_peoples_government",
        "各位代表：\n现在，我代表中央人民政府作工作报告。\n宝鸡成都线今年可以由成都铺轨到广元，"
        "成都至重庆铁路建成通车，三台县的水利工程完成。\n今年全国基本建设投资增长10%。\n",
        "100000", "national", None,
    ),
    Case(
        "congress_resolution_titled_by_its_container",
        "第十一届全国人民代表大会第二次会议听取和审议了政府工作报告。会议充分肯定政府过去一年的工作，"
        "同意报告提出的今年经济社会发展的总体要求。北京、上海代表团讨论了报告。\n",
        "100000", "national", None, title="第十一届全国人民代表大会第二次会议关于政府工作报告的决议",
    ),
    Case(
        "ambiguous_district_name_alone_is_uncertain",
        _report("区", "全区", 2018,
                "新华区2018年政府工作报告\n（2018年1月12日）\n",
                "全区经济稳中向好，全区各项事业全面进步。\n"),
        None, "district", 2018, uncertain=True,
    ),
    Case(
        "two_counties_named_as_often_is_uncertain",
        _report("县", "全县", 2018,
                "政府工作报告\n（2018年1月12日）\n",
                "高阳与蠡县共建纺织园区，高阳纺织、蠡县皮毛两大产业协同发展，高阳至蠡县公路建成，全县经济稳中向好。\n"),
        None, "county", 2018, uncertain=True,
    ),
    Case(
        "county_report_that_names_no_place_is_uncertain",
        _report("县", "全县", 2018,
                "政府工作报告\n（2018年1月12日）\n",
                "全县对接北京、服务北京，北京客商来县考察投资，北京的项目落地。全县经济稳中向好。\n"),
        None, "county", 2018, uncertain=True,
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_region_of_county_and_district_reports(case: Case) -> None:
    meta = _meta(case.text, case.region_hint, title=case.title)
    codes = {n.code for n in meta.notices}
    assert meta.report_year == case.year
    if meta.level is not None or case.code is not None:
        assert meta.level == case.level
    if case.code is not None:
        assert (meta.region_code, meta.level) == (case.code, case.level)
        assert "region_uncertain" not in codes
    else:
        # no confident wrong code: either none, or one flagged as uncertain with a low confidence
        assert meta.region_code is None or "region_uncertain" in codes
        if meta.region_code is not None:
            assert meta.evidence["region_code"].confidence <= 0.5
    if case.uncertain:
        assert meta.region_code is None or "region_uncertain" in codes
