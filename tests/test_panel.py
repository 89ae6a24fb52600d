"""The panel's rule (gwr.store.panel): one row per cell, never a multi-year, cumulative,
other-scope or other-unit figure; a report before a summary; every row with its source;
the same rows from the SQL view; --explain says why."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from gwr.cli import app
from gwr.store.corpus import Corpus
from gwr.types import Mention
from tests.test_store import FILLER, make_doc, mention

BODY = "一、工作回顾\n" + FILLER * 5


def _with(m: Mention, **changes: object) -> Mention:
    return dataclasses.replace(m, **changes)  # type: ignore[arg-type]


ANNUAL = mention(value="7", raw="7%", comparator="=", confidence=0.8)

# (id, the other candidate, why the annual 7% must still win or the other be excluded)
EXCLUDED = [
    ("average", _with(mention(value="9.5", raw="9.5%"), aggregate="average"), "not annual: average"),
    ("cumulative", _with(mention(value="57", raw="57%"), aggregate="cumulative"), "not annual: cumulative"),
    ("period", _with(mention(value="57.3", raw="57.3%"), period_start=2013, period_end=2018), "several years"),
    ("scope", _with(mention(value="12", raw="12%"), scope="县域"), "part of the region"),
    ("times", mention(value="1", raw="一倍", unit="times"), "unit times is not percent"),
    ("fanfan", mention(value="300", raw="翻两番"), "a multiple over several years"),
    (
        "nianjun",
        _with(mention(value="7.8", raw="7.8%"), sentence="五年来地区生产总值年均增长7.8%。"),
        "a yearly average over several years",
    ),
    (
        "leiji",
        _with(mention(value="40", raw="40%"), sentence="五年累计增长40%。"),
        "cumulative over several years",
    ),
    (
        "share-after-de",
        _with(mention(value="50", raw="50%左右"), sentence="民营经济增加值达到全省经济总量的50%左右。"),
        "a share or multiple of something",
    ),
]


@pytest.mark.parametrize("other,reason", [(e[1], e[2]) for e in EXCLUDED], ids=[e[0] for e in EXCLUDED])
def test_excluded_figures_never_win(tmp_path: Path, other: Mention, reason: str) -> None:
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([make_doc(BODY, mentions=(_with(other, start=5), _with(ANNUAL, start=20)))])
        panel = c.panel("gdp", "growth", "target")
        assert panel["value"].tolist() == [7.0]
        why = c.panel_explain("gdp", "growth", "target").set_index("raw")["why"]
        assert why[other.raw].startswith(f"excluded: {reason}"), why.to_dict()
        assert why["7%"].startswith("chosen")


def test_an_excluded_figure_alone_leaves_the_cell_empty(tmp_path: Path) -> None:
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([make_doc(BODY, mentions=(_with(mention(), aggregate="average"),))])
        assert c.panel("gdp", "growth", "target").empty


def test_a_report_wins_over_a_summary(tmp_path: Path) -> None:
    summary = make_doc(BODY, kind="summary", path="/a/README.md", mentions=(mention(value="9", raw="9%"),))
    report = make_doc(BODY + "。", path="/z/dalian_2018.txt", mentions=(mention(value="7", raw="7%", confidence=0.5),))
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([summary, report])
        row = c.panel("gdp", "growth", "target").iloc[0]
        assert (row["value"], row["doc_kind"], Path(row["path"]).name) == (7.0, "report", "dalian_2018.txt")
        why = c.panel_explain("gdp", "growth", "target").set_index("raw")["why"]
        assert why["9%"] == "lost: a report before a summary or other document"


def test_multi_year_wording_loses_to_a_plain_annual_figure(tmp_path: Path) -> None:
    plain = _with(mention(value="6.9", raw="6.9%", confidence=0.85), sentence="国内生产总值增长6.9%。")
    worded = _with(mention(value="10", raw="10%", start=40), sentence="经济增长连续四年达到或略高于10%。")
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([make_doc(BODY, mentions=(worded, plain))])
        assert c.panel("gdp", "growth", "target")["value"].tolist() == [6.9]


def test_every_row_carries_its_source(tmp_path: Path) -> None:
    doc = make_doc(BODY, mentions=(mention(),))
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([doc])
        row = c.panel("gdp", "growth", "target").iloc[0]
    assert row["path"] == "/data/dalian_2018.txt" and row["sha256"] == doc.raw.sha256
    assert (row["raw"], row["sentence"], row["start"], row["end"]) == ("7%左右", "地区生产总值增长7%左右。", 0, 4)
    assert "source_url" in row.index and row["candidates"] == 1


def test_wide_keeps_ranges(tmp_path: Path) -> None:
    ranged = _with(mention(value=None, raw="6.5-7%", comparator="range"), low=__import__("decimal").Decimal("6.5"),
                   high=__import__("decimal").Decimal("7"))
    docs = [
        make_doc(BODY, year=2018, mentions=(_with(mention(), year=2018),)),
        make_doc(BODY + "。", year=2019, path="/data/dalian_2019.txt", mentions=(_with(ranged, year=2019),)),
    ]
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add(docs)
        wide = c.panel("gdp", "growth", "target", wide=True)
    assert list(wide.columns) == ["region_code", "region_name", "level", 2018, 2019, "low2019", "high2019"]
    row = wide.iloc[0]
    assert (row[2018], row[2019], row["low2019"], row["high2019"]) == (7.0, 6.75, 6.5, 7.0)


def test_the_sql_view_is_the_same_panel(tmp_path: Path) -> None:
    docs = [
        make_doc(BODY, mentions=(_with(mention(value="9.5", raw="9.5%"), aggregate="average"), _with(ANNUAL, start=9))),
        make_doc(BODY + "。", year=2019, path="/data/dalian_2019.txt", mentions=(_with(mention(), year=2019),)),
    ]
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add(docs)
        expected = c.panel_long()
    with sqlite3.connect(tmp_path / "p.db") as plain:  # no gwr code: what datasette sees
        view = pd.read_sql("SELECT * FROM panel ORDER BY indicator, measure, status, region_code, year", plain)
        candidates = plain.execute("SELECT count(*) FROM panel_candidates").fetchone()[0]
    assert candidates == 3
    assert view["value"].tolist() == expected["value"].tolist() == [7.0, 7.0]
    assert list(view.columns) == list(expected.columns)


def test_cli_explain(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    with Corpus(db, create=True) as c:
        c.add([make_doc(BODY, mentions=(_with(mention(value="9.5", raw="9.5%"), aggregate="average"), _with(ANNUAL, start=9)))])
    result = CliRunner().invoke(app, ["panel", "--indicator", "gdp", "--explain", "-f", "csv", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and "chosen" in result.stdout and "excluded: not annual: average" in result.stdout
