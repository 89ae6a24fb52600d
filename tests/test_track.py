"""gwr.track: the verdict rule, label matching, the 大连市 2017 scorecard read by hand against
its 2018 report, project stages, the CLI and the stored tables."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.track import labels
from gwr.track.verdict import judge
from tests.conftest import EXAMPLES

PLAN = EXAMPLES / "000_d5ee9f7b5e9ff031.txt"  # 大连市 2017 plan (a news summary under a 嘉兴 headline)
REVIEW = EXAMPLES / "001_73368d6ee1ea3c0d.txt"  # 大连市 2018 report, reviewing 2017
D = Decimal

# (id, comparator, value, low, high, actual, indicator, tolerance, verdict, margin)
VERDICTS = [
    ("cpi cap 3%以内, 2.1 met", "<=", D(3), None, None, D("2.1"), "cpi", D(0), "met", D("0.9")),
    ("cpi cap 3%以内, 3.2 missed", "<=", D(3), None, None, D("3.2"), "cpi", D(0), "missed", D("-0.2")),
    ("cpi 3%左右 read as a ceiling", "~", D(3), None, None, D("2.0"), "cpi", D(0), "met", D("1.0")),
    (
        "unemployment cap 4.5%以内",
        "<=",
        D("4.5"),
        None,
        None,
        D("4.0"),
        "urban_unemployment_rate",
        D(0),
        "met",
        D("0.5"),
    ),
    (
        "energy intensity 下降3.5%, fell 3.5",
        "=",
        D("-3.5"),
        None,
        None,
        D("-3.5"),
        "energy_intensity",
        D(0),
        "met",
        D(0),
    ),
    (
        "energy intensity 下降3.5%, fell 3.0",
        "=",
        D("-3.5"),
        None,
        None,
        D("-3.0"),
        "energy_intensity",
        D(0),
        "missed",
        D("-0.5"),
    ),
    (
        "energy 降低3%以上 (-3, >=), fell 3.2",
        ">=",
        D(-3),
        None,
        None,
        D("-3.2"),
        "energy_intensity",
        D(0),
        "met",
        D("0.2"),
    ),
    (
        "gdp 7%左右, 6.8 missed at tolerance 0",
        "~",
        D(7),
        None,
        None,
        D("6.8"),
        "gdp",
        D(0),
        "missed",
        D("-0.2"),
    ),
    (
        "gdp 7%左右, 6.8 met at tolerance 0.5",
        "~",
        D(7),
        None,
        None,
        D("6.8"),
        "gdp",
        D("0.5"),
        "met",
        D("-0.2"),
    ),
    ("gdp 7%左右, 7.1 met", "~", D(7), None, None, D("7.1"), "gdp", D(0), "met", D("0.1")),
    ("gdp 6-6.5% range, 6.1 met", "range", None, D(6), D("6.5"), D("6.1"), "gdp", D(0), "met", D("0.1")),
    (
        "gdp 6-6.5% range, 5.9 missed",
        "range",
        None,
        D(6),
        D("6.5"),
        D("5.9"),
        "gdp",
        D(0),
        "missed",
        D("-0.1"),
    ),
    ("超过 is strict", ">", D(8), None, None, D(8), "gdp", D(0), "missed", D(0)),
    (
        "open commitment 植树950万株 vs 1129万",
        "=",
        D(9500000),
        None,
        None,
        D(11290000),
        None,
        D(0),
        "met",
        D(1790000),
    ),
    ("open commitment to reduce 下降10%, fell 12", "=", D(-10), None, None, D(-12), None, D(0), "met", D(2)),
]


@pytest.mark.parametrize(
    ("comparator", "value", "low", "high", "actual", "indicator", "tolerance", "verdict", "margin"),
    [v[1:] for v in VERDICTS],
    ids=[v[0] for v in VERDICTS],
)
def test_verdict_rule(
    comparator: str,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    actual: Decimal,
    indicator: str | None,
    tolerance: Decimal,
    verdict: str,
    margin: Decimal,
) -> None:
    j = judge(comparator, value, low, high, actual, indicator, tolerance)  # type: ignore[arg-type]
    assert (j.verdict, j.margin) == (verdict, margin)


LABELS = [  # (plan label, review label, same thing?)
    ("植树", "植树", True),
    ("新增造林", "更新造林", True),
    ("暖房子工程", "暖房子改造", True),
    ("拆除燃煤小锅炉", "取缔燃煤小锅炉", True),
    ("低收入村人均可支配收入增长", "低收入村农民人均可支配收入增长", True),
    ("新建", "新建", False),  # names no work
    ("植树", "造林", False),
    ("棚户区改造", "老旧小区改造", False),
    ("更新公交车", "新能源汽车", False),
]


@pytest.mark.parametrize(("a", "b", "same"), LABELS, ids=[f"{a}~{b}" for a, b, _ in LABELS])
def test_label_matching(a: str, b: str, same: bool) -> None:
    assert (labels.similar(a, b) >= labels.THRESHOLD) is same


@pytest.fixture(scope="module")
def dalian_2017() -> dict[str, object]:
    import gwr
    from gwr.track.reports import from_document
    from gwr.track.scorecard import scorecard

    plan, review = (from_document(d) for d in gwr.extract([PLAN, REVIEW]))  # type: ignore[misc]
    rows = scorecard(plan, [review])
    return {(r.indicator or r.label): r for r in rows}


# Read by hand: each 2017 commitment of the plan and what the 2018 report says of 2017.
DALIAN = [
    ("fdi", "met", "8.2%"),  # 实际利用外资要增长8%以上 / 实际利用外资32.5亿美元、增长8.2%
    ("domestic_capital", "met", "918.1亿元"),  # 引进内资915亿元 / 引进省外内资918.1亿元
    ("低收入村人均可支配收入", "met", "18%"),  # 增长9% / 低收入村农民人均可支配收入增长18%
    ("新增造林", "met", "8.5万亩"),  # 新增造林8万亩 / 更新造林8.5万亩
    ("植树", "met", "1129万株"),  # 植树950万株 / 植树1129万株
    ("拆除燃煤小锅炉", "met", "950台"),  # 再拆除134台 / 取缔950台燃煤小锅炉
    ("取缔黄标车", "met", "2.6万辆"),  # 取缔10000辆黄标车 / 淘汰2.6万辆黄标车及老旧车辆
    ("暖房子工程", "met", "232万平方米"),  # 230万平方米 / 完成“暖房子”工程232万平方米
    ("new_urban_jobs", "met", "10万人"),  # 新增城镇就业8万人 / 全年城镇新增就业10万人
    ("实施重点民生工程", "met", "15项"),  # 高质量实施15项重点民生工程 / 15项重点民生工程务实暖心
    (
        "污水处理率",
        "no_data",
        None,
    ),  # 中心城区污水处理率95%以上 (scoped, no indicator): not reported for 2017
    ("更新公交车", "no_data", None),  # 1200辆: not reported
    # 棚户区改造4000套以上: the 2018 report gives only the five-year total (5.3万套), never one year's
    ("棚户区改造", "no_data", None),
    # 公租房补贴5000户: only 五年来 提供公租房保障6万户
    ("新增公租房补贴家庭", "no_data", None),
]


@pytest.mark.parametrize(("key", "verdict", "actual_raw"), DALIAN, ids=[d[0] for d in DALIAN])
def test_dalian_2017_scorecard(
    dalian_2017: dict[str, object], key: str, verdict: str, actual_raw: str | None
) -> None:
    row = dalian_2017[key]
    assert (row.verdict, row.actual_raw) == (verdict, actual_raw)  # type: ignore[attr-defined]


def test_dalian_rows_carry_quotes_and_offsets(dalian_2017: dict[str, object]) -> None:
    row = dalian_2017["植树"]
    plan_text = PLAN.read_text(encoding="utf-8")
    assert "植树950万株" in row.target_quote  # type: ignore[attr-defined]
    assert plan_text[row.target_start : row.target_end] == "950万株"  # type: ignore[attr-defined]
    assert "植树1129万株" in row.actual_quote  # type: ignore[attr-defined]
    assert row.actual_doc.endswith("001_73368d6ee1ea3c0d.txt")  # type: ignore[attr-defined]


def test_missing_outcome_is_never_missed(dalian_2017: dict[str, object]) -> None:
    for row in dalian_2017.values():
        if row.actual_value is None:  # type: ignore[attr-defined]
            assert row.verdict != "missed"  # type: ignore[attr-defined]


def test_no_review_of_the_horizon_is_not_due() -> None:
    import gwr
    from gwr.track.reports import from_document
    from gwr.track.scorecard import scorecard

    review = from_document(gwr.extract(REVIEW)[0])
    rows = scorecard(review, [])  # the 2018 plan: nothing reviews 2018 yet
    assert rows and {r.verdict for r in rows} == {"not_due"}


# ------------------------------------------------------------------ projects


@pytest.fixture(scope="module")
def dalian_projects() -> list[object]:
    import gwr
    from gwr.track.projects import projects
    from gwr.track.reports import from_document

    docs = gwr.extract([PLAN, REVIEW, EXAMPLES / "003_4af55ab381632780.txt"])
    return list(projects(from_document(d) for d in docs))  # type: ignore[arg-type]


STAGES = [  # (project, year, status, stage), read in the three 大连市 reports
    ("地铁4号线", 2017, "target", "construction"),  # 加快推进…地铁4号5号7号线…工程建设
    ("地铁7号线", 2017, "target", "construction"),
    ("地铁5号线", 2018, "actual", "started"),  # 地铁5号线…开工建设
    ("地铁5号线", 2024, "actual", "completed"),
    ("大连湾海底隧道", 2017, "target", "construction"),
    ("大连湾海底隧道", 2024, "actual", "completed"),  # 大连湾海底隧道和光明路延伸工程建成通车
    ("大连新机场", 2017, "target", "construction"),  # 新机场 (alias table)
    ("金普城际铁路", 2017, "target", "completed"),  # 金普城际铁路全线贯通
    ("金普城际铁路", 2018, "actual", "completed"),  # 金普城际铁路基础工程全线贯通
    ("渤海大道", 2017, "target", "completed"),  # 完成渤海大道一期
]


@pytest.mark.parametrize(
    ("project", "year", "status", "stage"), STAGES, ids=[f"{s[0]}-{s[1]}-{s[2]}" for s in STAGES]
)
def test_dalian_project_stages(
    dalian_projects: list[object], project: str, year: int, status: str, stage: str
) -> None:
    found = {(r.project, r.year, r.status): r.stage for r in dalian_projects}  # type: ignore[attr-defined]
    assert found.get((project, year, status)) == stage


def test_compressed_metro_list_is_three_projects() -> None:
    from gwr.track.projects import names_in

    assert [n for _, _, n in names_in("加快推进新机场、地铁4号5号7号线、旅顺中部通道工程建设")] == [
        "新机场",
        "地铁4号线",
        "地铁5号线",
        "地铁7号线",
        "旅顺中部通道工程",
    ]


def test_delay_is_flagged() -> None:
    from gwr.track.projects import projects
    from gwr.track.reports import Report

    plan = Report("a", "210200", "大连市", 2017, 2016, "report", (), "今年要确保东港大桥建成通车。")
    later = Report("b", "210200", "大连市", 2018, 2017, "report", (), "继续推进东港大桥建设。")
    rows = projects([plan, later])
    assert [(r.year, r.stage, r.delayed) for r in rows] == [
        (2017, "completed", True),
        (2018, "construction", False),
    ]


# ------------------------------------------------------------------ CLI and database


def test_cli_file_mode_json_lines() -> None:
    from gwr.cli import app

    result = CliRunner().invoke(app, ["scorecard", str(PLAN), str(REVIEW), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    required = {
        "region_code",
        "year",
        "indicator",
        "label",
        "measure",
        "comparator",
        "target_value",
        "actual_value",
        "unit",
        "verdict",
        "margin",
        "target_quote",
        "actual_quote",
        "target_doc",
        "actual_doc",
        "target_start",
        "target_end",
        "actual_start",
        "actual_end",
    }
    assert rows and required <= set(rows[0])
    jobs = next(r for r in rows if r["indicator"] == "new_urban_jobs")
    assert (jobs["verdict"], jobs["target_value_text"], jobs["actual_value_text"]) == (
        "met",
        "80000",
        "100000",
    )


@pytest.mark.parametrize(
    "args",
    [
        ["scorecard", str(PLAN)],
        ["scorecard", "--tolerance", "x", str(PLAN), str(REVIEW)],
        ["scorecard", "--db", "nowhere.db"],
    ],
    ids=["one-file", "bad-tolerance", "db-without-choice"],
)
def test_cli_usage_errors(args: list[str]) -> None:
    from gwr.cli import app

    assert CliRunner().invoke(app, args).exit_code == 2


def test_db_mode_matches_file_mode_and_stores_tables(tmp_path: Path) -> None:
    import gwr
    from gwr.cli import app
    from gwr.track.db import refresh

    db = tmp_path / "t.db"
    with gwr.Corpus(db, create=True) as corpus:
        corpus.ingest([PLAN, REVIEW])
        card = corpus.scorecard(["210200"], [2017])
        summary = corpus.scorecard(["210200"], [2017], summary=True)
        n_cards, n_stages = refresh(corpus)
        stored = corpus.execute("SELECT count(*), sum(verdict = 'met') FROM scorecard").fetchone()
        stages = corpus.execute("SELECT count(*) FROM project_stages").fetchone()[0]
    from gwr.track.reports import from_document
    from gwr.track.scorecard import scorecard

    plan, review = (from_document(d) for d in gwr.extract([PLAN, REVIEW]))  # type: ignore[misc]
    by_file = [(r.target_raw, r.verdict, r.actual_raw) for r in scorecard(plan, [review])]
    by_db = list(card[["target_raw", "verdict", "actual_raw"]].itertuples(index=False, name=None))
    assert [(t, v, None if a is None or a != a else a) for t, v, a in by_db] == by_file
    met = sum(1 for _, v, _ in by_file if v == "met")
    assert met >= 9 and (int(summary.loc[0, "met"]), summary.loc[0, "share_met"]) == (met, 1.0)
    assert n_cards >= len(by_file) and stored[1] >= met and stages == n_stages > 0
    stored_cli = CliRunner().invoke(
        app, ["scorecard", "--db", str(db), "--all", "--store", "--format", "csv"]
    )
    assert stored_cli.exit_code == 0, stored_cli.output
    assert "stored" in stored_cli.stderr
    result = CliRunner().invoke(app, ["projects", "--db", str(db), "--region", "大连市", "--format", "json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert {"project", "aliases", "year", "stage", "quote", "doc", "start", "end"} <= set(first)


def test_track_docs_tables_are_the_generated_ones() -> None:
    from gwr import fields

    text = (Path(__file__).resolve().parents[1] / "docs" / "track.md").read_text(encoding="utf-8")
    assert "<!-- fields:scorecard -->" in text and "<!-- fields:project_stages -->" in text
    assert fields.render_docs(text) == text, "run `python -m gwr.fields` to regenerate docs/track.md"


def test_surveyed_and_registered_unemployment_are_not_paired() -> None:
    from dataclasses import replace

    import gwr
    from gwr.track.reports import Report
    from gwr.track.scorecard import scorecard

    doc = gwr.extract_text("2019年经济社会发展主要预期目标是：城镇登记失业率4.5%以内。", name="plan.txt")
    target = next(m for m in doc.mentions if m.indicator == "urban_unemployment_rate")
    outcome = replace(
        target, status="actual", comparator="~", value=Decimal(5), alias="城镇调查失业率", section="review"
    )
    plan = Report(
        "plan",
        "100000",
        "国务院",
        2019,
        2018,
        "report",
        (replace(target, alias="城镇登记失业率", year=2019),),
    )
    review = Report("review", "100000", "国务院", 2020, 2019, "report", (replace(outcome, year=2019),))
    [row] = scorecard(plan, [review])
    assert row.verdict == "no_data"


GENERIC = ["总投资", "年度投资", "豫龙水泥日产", "筹资标准由每人每年"]


@pytest.mark.parametrize("label", GENERIC, ids=GENERIC)
def test_attribute_labels_name_no_commitment(label: str) -> None:
    assert labels.core(label) == ""


def test_one_outcome_for_targets_of_different_values_is_ambiguous() -> None:
    from dataclasses import replace

    import gwr
    from gwr.track.reports import Report
    from gwr.track.scorecard import scorecard

    doc = gwr.extract_text("今年要完成成片造林11万亩。", name="plan.txt")
    base = next(m for m in doc.mentions if m.value is not None)
    one = replace(base, status="target", year=2007, main=False)
    two = replace(one, value=Decimal(50000), start=one.start + 100, end=one.end + 100)
    outcome = replace(base, status="actual", year=2007, value=Decimal(181000), section="review")
    plan = Report("plan", "411700", "驻马店市", 2007, 2006, "report", (one, two))
    review = Report("review", "411700", "驻马店市", 2008, 2007, "report", (outcome,))
    assert [r.verdict for r in scorecard(plan, [review])] == ["ambiguous", "ambiguous"]


def test_a_stage_word_inside_a_name_is_no_stage() -> None:
    from gwr.track.projects import stages_in
    from gwr.track.reports import Report

    report = Report(
        "r", "411700", "驻马店市", 2019, 2018, "report", (), "加快实施南驻阜铁路、洪汝河通航项目。"
    )
    assert {(r.name, r.stage) for r in stages_in(report)} == {("南驻阜铁路", "construction")}


def test_a_point_outcome_comes_before_a_bound() -> None:
    """陕西 2026: 地区生产总值增长5.1% (the year's figure) and, later, 县域经济增长5.5%以上 (a
    part, read as GDP too): the point scores the target; two points would be ambiguous."""
    from dataclasses import replace

    import gwr
    from gwr.track.reports import Report
    from gwr.track.scorecard import scorecard

    doc = gwr.extract_text("2025年主要预期目标是：生产总值增长5%左右。", name="plan.txt")
    target = replace(next(m for m in doc.mentions if m.indicator == "gdp"), year=2025)
    point = replace(
        target, status="actual", comparator="=", value=Decimal("5.1"), section="review", main=False
    )
    bound = replace(
        point, comparator=">=", value=Decimal("5.5"), start=point.start + 500, end=point.end + 500
    )
    plan = Report("plan", "610000", "陕西省", 2025, 2024, "report", (target,))
    [row] = scorecard(plan, [Report("review", "610000", "陕西省", 2026, 2025, "report", (point, bound))])
    assert (row.verdict, row.actual_value) == ("met", Decimal("5.1"))
    other = replace(bound, comparator="=")
    [row] = scorecard(plan, [Report("review", "610000", "陕西省", 2026, 2025, "report", (point, other))])
    assert row.verdict == "ambiguous"
