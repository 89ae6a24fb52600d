"""gwr.track.projects: names, the linking rules (gwr/data/projects.yaml), the delay rule, one
document per region-year; the 大连 examples are in test_track.py, the 驻马店 golden stages and
the provincial delays in test_track_golden.py."""

from __future__ import annotations

from typing import Any

import pytest

from gwr.track.reports import Report

SAME = [  # (printed a, printed b): one project once normalised
    ("地铁5号线", "轨道交通5号线"),
    ("5号线", "地铁五号线"),
    ("城市轨道交通3号线", "地铁3号线"),
    ("7号线一期", "地铁7号线第一期"),
    ("天府国际机场二期工程", "天府国际机场第二期"),
    ("天府国际机场工程二期", "天府国际机场2期"),
    ("渤海大道工程", "渤海大道项目"),
    ("旅顺中部通道建设", "旅顺中部通道"),
    ("市博物馆", "博物馆"),
    ("“米字型”轨道交通", "米字型轨道交通"),
]
OTHER = [  # (a, b): two projects
    ("地铁7号线一期", "地铁7号线二期"),
    ("华骏工业园二期", "华骏工业园"),
    ("地铁2号线", "地铁12号线"),
    ("市场监管综合楼工程", "场监管综合楼"),  # 市场 is no 市 prefix
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a}={b}" for a, b in SAME])
def test_names_normalise_alike(a: str, b: str) -> None:
    from gwr.track.projects import normalise

    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), OTHER, ids=[f"{a}!={b}" for a, b in OTHER])
def test_names_stay_apart(a: str, b: str) -> None:
    from gwr.track.projects import normalise

    assert normalise(a) != normalise(b)


def _report(doc: str, year: int, text: str, **kw: Any) -> Report:
    fields: dict[str, Any] = {
        "region_code": "610000",
        "region_name": "陕西省",
        "review_year": year - 1,
        "doc_kind": "report",
        "mentions": (),
    }
    fields.update(kw)
    return Report(
        doc,
        fields["region_code"],
        fields["region_name"],
        year,
        fields["review_year"],
        fields["doc_kind"],
        fields["mentions"],
        text,
        fields.get("outline", ()),
    )


LINKED = [  # (plan of 2025, review of 2026, one project): printed two ways in two years
    ("今年要完成碑林博物馆扩建工程。", "西安碑林博物馆新馆建成开放。", True),  # a place before the name
    ("今年要加快建设地铁2号线。", "地铁12号线建成通车。", False),  # fuzzy, but another number
    ("今年要加快建设10号线二期等轨道交通。", "轨道交通10号线二期建成通车。", True),
    ("今年要确保机场三期建成。", "凤凰机场三期建成投用。", False),  # 机场三期 names no one work
]


@pytest.mark.parametrize(("plan", "review", "linked"), LINKED, ids=[f"{p}|{r}" for p, r, _ in LINKED])
def test_names_linked_across_years(plan: str, review: str, linked: bool) -> None:
    from gwr.track.projects import projects

    rows = projects([_report("a", 2025, plan), _report("b", 2026, review)])
    assert len({r.year for r in rows}) == 2 or not linked, rows
    assert (len({r.project for r in rows}) == 1) == linked, [(r.name, r.project) for r in rows]


NAMES = [  # (clause, names found)
    ("加快建设18号线二期等轨道交通", ["18号线二期"]),
    ("全面建成投运西宁机场三期", ["西宁机场三期"]),
    ("推动隆基绿能光伏产业园等项目投产达效", ["隆基绿能光伏产业园"]),
    ("建成9个县区污水处理厂", []),  # a counted group, no one project
    ("完成宋家场等18座大中小水库除险加固", []),
    ("新增铁路营业里程500公里", []),  # 新增 cut: 铁路 alone names nothing
    ("加快推进新机场、地铁4号5号7号线建设", ["新机场", "地铁4号线", "地铁5号线", "地铁7号线"]),
]


@pytest.mark.parametrize(("clause", "names"), NAMES, ids=[c for c, _ in NAMES])
def test_names_in_clauses(clause: str, names: list[str]) -> None:
    from gwr.track.projects import names_in

    assert [n for _, _, n in names_in(clause)] == names


DELAY = [  # (plan text, outline role of the plan text, review text of the next year, delayed)
    ("今年要确保东港大桥建成通车。", None, "继续推进东港大桥建设。", True),  # promised, not done
    ("今年要确保东港大桥建成通车。", None, "东港大桥建成通车。", False),  # done
    ("东港大桥建成通车。", None, "继续推进东港大桥建设。", False),  # no promise word, no section
    ("东港大桥建成通车。", "plan_tasks", "继续推进东港大桥建设。", True),  # this year's tasks
    ("到2030年建成东港大桥。", "plan_period", "继续推进东港大桥建设。", False),  # a five-year goal
    ("东港大桥建成通车。", "review", "继续推进东港大桥建设。", False),  # a review: no promise
]


@pytest.mark.parametrize(
    ("plan", "role", "review", "delayed"), DELAY, ids=[f"{p}|{r}|{v}" for p, r, v, _ in DELAY]
)
def test_delay_rule_literally(plan: str, role: str | None, review: str, delayed: bool) -> None:
    from gwr.track.projects import projects

    outline = ((0, len(plan), role),) if role else ()
    rows = projects([_report("a", 2017, plan, outline=outline), _report("b", 2018, review)])
    first = next(r for r in rows if r.year == 2017)
    assert first.delayed is delayed, first.basis
    if first.stage == "completed" and first.status == "target":
        assert ("delayed: not reported completed in doc b" in first.basis) is delayed


def test_no_next_report_no_delay_judged() -> None:
    """A missing year: the report of Y+1 is not there (Y+2 is), so the delay is not judged."""
    from gwr.track.projects import projects

    rows = projects(
        [_report("a", 2017, "今年要确保东港大桥建成通车。"), _report("c", 2019, "继续推进东港大桥建设。")]
    )
    first = next(r for r in rows if r.year == 2017)
    assert not first.delayed and "no document of 2018: delay not judged" in first.basis


def test_one_document_per_year_and_the_basis_says_which() -> None:
    """Two documents of 2017 (the report and a news summary): the report is read, the summary
    is named in ``basis`` as not read; no row comes from it."""
    from gwr.track.projects import projects

    report = _report("report", 2017, "今年要确保东港大桥建成通车，加快建设西岗大桥。")
    summary = _report("summary", 2017, "今年要加快推进东港大桥建设。", doc_kind="summary")
    later = _report("later", 2018, "东港大桥建成通车。")
    rows = projects([summary, report, later])
    assert {r.doc for r in rows if r.year == 2017} == {"report"}
    first = next(r for r in rows if r.year == 2017 and r.project == "东港大桥")
    assert "also for 2017, not read: summary (summary)" in first.basis
    assert first.stage == "completed" and not first.delayed


def test_projects_across_a_change_of_code() -> None:
    """撤县设区: 清苑县 (130622) promised a bridge for 2015, 清苑区 (130608) reports it open."""
    from gwr.track.projects import projects

    plan = _report("a", 2015, "今年要确保清苑大桥建成通车。", region_code="130622", region_name="清苑县")
    review = _report("b", 2016, "清苑大桥建成通车。", region_code="130608", region_name="清苑区")
    rows = projects([plan, review])
    assert len({r.project for r in rows}) == 1 and not any(r.delayed for r in rows)
    assert {r.region_code for r in rows} == {"130622", "130608"}  # each row keeps its own code
