"""The bad input of issue 12 for the scorecard: a missing year, two documents for one year, a
region whose code changed (撤县设区), a target in a news summary against the outcome in the
full report. Each time the row says what it used and why (``basis``, ``note``) and never
invents an outcome. (The same cases for projects are in test_track_projects.py.)"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from gwr.track.reports import Report


@pytest.fixture(scope="module")
def target() -> Any:
    import gwr

    doc = gwr.extract_text("2017年主要预期目标是：地区生产总值增长7%左右。", name="plan.txt")
    return replace(next(m for m in doc.mentions if m.indicator == "gdp"), year=2017)


def _outcome(target: Any, value: str, year: int = 2017) -> Any:
    return replace(
        target, status="actual", comparator="=", value=Decimal(value), year=year, section="review", main=False
    )


def _report(doc: str, year: int, mentions: tuple[Any, ...], kind: str = "report", **kw: Any) -> Report:
    return Report(doc, kw.get("code", "411700"), kw.get("name", "驻马店市"), year, year - 1, kind, mentions)  # type: ignore[arg-type]


def test_missing_year_is_no_data_and_says_so(target: Any) -> None:
    """Reports of 2017 and 2019 only: nothing reviews 2017, a later year is reviewed."""
    from gwr.track.scorecard import scorecards

    later = _report("r2019", 2019, (_outcome(target, "7.5", 2018),))
    [row] = [r for r in scorecards([_report("p2017", 2017, (target,)), later]) if r.year == 2017]
    assert (row.verdict, row.actual_value) == ("no_data", None)
    assert row.basis == "no document reviews 2017"


def test_missing_year_and_nothing_later_is_not_due(target: Any) -> None:
    from gwr.track.scorecard import scorecards

    [row] = scorecards([_report("p2017", 2017, (target,))])
    assert row.verdict == "not_due" and "no document reviews 2017 yet" in row.basis


def test_two_documents_for_the_plan_year(target: Any) -> None:
    """The 2017 report and a news summary of it stating another value: the report is the plan,
    the summary is read for a revision; the note names both."""
    from gwr.track.scorecard import scorecards

    report = _report("report", 2017, (target,))
    summary = _report("summary", 2017, (replace(target, value=Decimal(8)),), kind="summary")
    review = _report("review", 2018, (_outcome(target, "7.5"),))
    [row] = [r for r in scorecards([summary, report, review]) if r.year == 2017]
    assert (row.target_doc, row.verdict, row.actual_doc, row.revised) == ("report", "met", "review", True)
    assert "plan from doc report (report); also for 2017: summary" in row.note
    assert "revised: doc summary states" in row.note


def test_two_documents_reviewing_one_year(target: Any) -> None:
    """The 2018 report states nothing of GDP; a 2018 news summary does: the report is read
    first, the summary is the fallback, and ``basis`` says so."""
    from gwr.track.scorecard import scorecards

    report = _report("report2018", 2018, ())
    summary = _report("summary2018", 2018, (_outcome(target, "6.8"),), kind="summary")
    [row] = [r for r in scorecards([_report("p", 2017, (target,)), summary, report]) if r.year == 2017]
    assert (row.verdict, row.actual_doc) == ("missed", "summary2018")
    assert row.basis.startswith("fallback: a summary reviewing 2017")


def test_target_in_a_news_summary_outcome_in_the_full_report(target: Any) -> None:
    from gwr.track.scorecard import scorecards

    plan = _report("news", 2017, (target,), kind="summary")
    [row] = [
        r for r in scorecards([plan, _report("full", 2018, (_outcome(target, "7.2"),))]) if r.year == 2017
    ]
    assert (row.target_doc, row.verdict, row.actual_doc) == ("news", "met", "full")
    assert row.basis.startswith("the 2018 report")


def test_a_change_of_code_is_one_division(target: Any) -> None:
    """撤县设区: 清苑县 (130622) set the 2015 target, 清苑区 (130608) reviews 2015."""
    from gwr.track.scorecard import scorecards

    plan = _report("county", 2015, (replace(target, year=2015),), code="130622", name="清苑县")
    review = _report("district", 2016, (_outcome(target, "7.5", 2015),), code="130608", name="清苑区")
    [row] = [r for r in scorecards([plan, review]) if r.year == 2015]
    assert (row.region_code, row.verdict, row.actual_doc) == ("130622", "met", "district")
    assert "130608 清苑区" in row.note and "130622 清苑县" in row.note


def test_two_divisions_are_never_one(target: Any) -> None:
    """清苑县 (130622) and 涞水县 (130623) are two divisions: no outcome crosses."""
    from gwr.track.scorecard import scorecards

    plan = _report("county", 2015, (replace(target, year=2015),), code="130622", name="清苑县")
    other = _report("other", 2016, (_outcome(target, "7.5", 2015),), code="130623", name="涞水县")
    [row] = [r for r in scorecards([plan, other]) if r.year == 2015]
    assert row.verdict == "not_due" and row.actual_value is None
