"""gwr.store.verified: corrections made through the API reach the panel (a rejected pick gives its
cell to the next candidate), the scorecard, and every table of ``gwr export`` with its
``verified`` column; the figures API pages in SQL and agrees with the one-document path."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from gwr import Corpus
from gwr.export import export_corpus
from gwr.store import verified as vf
from gwr.web import create_app
from tests.test_web_helpers import build_demo, post_correction


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("verified") / "demo.db")


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy(demo, target)
    return target


def _doc(db: Path, region: str, year: int) -> int:
    with Corpus(db) as c:
        docs = c.documents()
    chosen = docs[(docs["region_name"] == region) & (docs["report_year"] == year)]
    return int(chosen["document_id"].iloc[0])


def _figure(client: TestClient, doc: int, **want: Any) -> dict[str, Any]:
    for m in client.get(f"/api/mentions?document_id={doc}&limit=1000").json()["items"]:
        if all(m.get(k) == v for k, v in want.items()):
            return dict(m)
    raise AssertionError(f"no figure {want} in document {doc}")


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_a_rejected_panel_pick_gives_the_cell_to_the_next_candidate(db: Path) -> None:
    client = TestClient(create_app(db))
    url = "/api/panel?indicator=domestic_capital&measure=level&status=actual&region=210200&year=2017"
    before = client.get(url).json()["items"]
    with Corpus(db) as c:
        candidates = c.panel_explain("domestic_capital", "level", "actual", regions=["210200"], years=[2017])
    runner_up = candidates[candidates["rank"] == 2].iloc[0]
    assert len(before) == 1 and before[0]["start"] != int(runner_up["start"])
    doc = before[0]["document_id"]
    post_correction(client, doc, _figure(client, doc, start=before[0]["start"]), "reject")
    after = client.get(url).json()["items"]
    assert [(i["start"], i["raw"], i["verified"]) for i in after] == [
        (int(runner_up["start"]), runner_up["raw"], "extracted")
    ]


def test_a_correction_made_in_the_api_reaches_panel_scorecard_and_export(db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(db))
    doc = _doc(db, "大连市", 2018)
    actual = _figure(client, doc, indicator="fdi", measure="growth", status="actual", raw="8.2%")
    card = client.get("/api/scorecard?region=大连市&year=2017").json()["items"]
    assert [r["verdict"] for r in card if r["indicator"] == "fdi" and r["measure"] == "growth"] == ["met"]
    post_correction(client, doc, actual, "correct", value="7.5")

    card = client.get("/api/scorecard?region=大连市&year=2017").json()["items"]
    fdi = [r for r in card if r["indicator"] == "fdi" and r["measure"] == "growth"]
    assert [(r["actual_value"], r["verdict"]) for r in fdi] == [(7.5, "missed")]

    with Corpus(db) as c:
        export_corpus(c, tmp_path / "out", "csv")
    mentions = _csv(tmp_path / "out" / "mentions.csv")
    assert {m["verified"] for m in mentions} == {"extracted", "corrected"}
    fixed = [m for m in mentions if m["verified"] == "corrected"]
    assert [(m["document_id"], m["start"], m["value"], m["value_text"]) for m in fixed] == [
        (str(doc), str(actual["start"]), "7.5", "7.5")
    ]
    panel = _csv(tmp_path / "out" / "panel.csv")
    cell = [
        p
        for p in panel
        if (p["indicator"], p["measure"], p["status"], p["region_code"], p["year"])
        == ("fdi", "growth", "actual", "210200", "2017")
    ]
    assert [(p["value"], p["verified"]) for p in cell] == [("7.5", "corrected")]
    scorecard = _csv(tmp_path / "out" / "scorecard.csv")
    assert [
        (r["actual_value_text"], r["verdict"])
        for r in scorecard
        if (r["region_name"], r["year"], r["indicator"], r["measure"]) == ("大连市", "2017", "fdi", "growth")
    ] == [("7.5", "missed")]


def test_scorecard_rows_say_whether_a_person_checked_the_target_and_the_outcome(
    db: Path, tmp_path: Path
) -> None:
    import json
    import sqlite3

    from typer.testing import CliRunner

    from gwr.cli import app

    client = TestClient(create_app(db))
    url = "/api/scorecard?region=大连市&year=2017"
    before = client.get(url).json()["items"]
    assert {(r["target_verified"], r["actual_verified"]) for r in before} <= {
        ("extracted", "extracted"),
        ("extracted", None),
    }
    assert any(r["actual_verified"] is None for r in before)  # no outcome: nothing to check
    row = next(r for r in before if (r["indicator"], r["measure"]) == ("fdi", "growth"))
    plan = int(row["target_doc"])
    post_correction(client, plan, _figure(client, plan, start=row["target_start"]), "confirm")
    review = _doc(db, "大连市", 2018)
    post_correction(
        client,
        review,
        _figure(client, review, start=row["actual_start"], raw=row["actual_raw"]),
        "correct",
        value="7.5",
    )

    def checked(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [
            (r["target_verified"], r["actual_verified"], r["verdict"])
            for r in rows
            if (r["region_name"], str(r["year"]), r["indicator"], r["measure"])
            == ("大连市", "2017", "fdi", "growth")
        ]

    untouched = {
        (r["target_verified"], r["actual_verified"])
        for r in client.get(url).json()["items"]
        if r["indicator"] != "fdi"
    }
    assert untouched and untouched <= {("extracted", "extracted"), ("extracted", None)}
    assert checked(client.get(url).json()["items"]) == [("confirmed", "corrected", "missed")]
    page = client.get("/scorecard?region=大连市&year=2017").text
    assert "<td>confirmed</td>" in page and "<td>corrected</td>" in page

    result = CliRunner().invoke(
        app,
        ["scorecard", "--region", "大连市", "--year", "2017", "--format", "json", "--store", "--db", str(db)],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip().startswith("{")]
    assert checked(rows) == [("confirmed", "corrected", "missed")]
    with sqlite3.connect(db) as con:
        stored = con.execute(
            "SELECT target_verified, actual_verified, verdict FROM scorecard "
            "WHERE region_name = '大连市' AND year = 2017 AND indicator = 'fdi' AND measure = 'growth'"
        ).fetchall()
    assert stored == [("confirmed", "corrected", "missed")]

    with Corpus(db) as c:
        export_corpus(c, tmp_path / "out", "csv")
    exported = _csv(tmp_path / "out" / "scorecard.csv")
    assert checked(exported) == [("confirmed", "corrected", "missed")]
    assert {r["target_verified"] for r in exported} == {"extracted", "confirmed"}


def test_a_rejected_figure_leaves_the_export_and_the_scorecard(db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(db))
    doc = _doc(db, "大连市", 2018)
    actual = _figure(client, doc, indicator="fdi", measure="growth", status="actual", raw="8.2%")
    post_correction(client, doc, actual, "reject")
    card = client.get("/api/scorecard?region=大连市&year=2017").json()["items"]
    assert [r["actual_raw"] for r in card if r["indicator"] == "fdi" and r["measure"] == "growth"] != ["8.2%"]
    with Corpus(db) as c:
        export_corpus(c, tmp_path / "out", "csv")
    spans = {(m["document_id"], m["start"]) for m in _csv(tmp_path / "out" / "mentions.csv")}
    assert (str(doc), str(actual["start"])) not in spans


def _some_checks(client: TestClient, db: Path) -> None:
    """A reject, a confirm, a correction moving a figure to another indicator and a figure added by hand."""
    dalian = _doc(db, "大连市", 2018)
    hebei = _doc(db, "河北省", 2019)
    figures = client.get(f"/api/mentions?document_id={dalian}&limit=1000").json()["items"]
    post_correction(client, dalian, figures[3], "reject")
    post_correction(client, dalian, figures[10], "confirm")
    post_correction(client, dalian, figures[20], "correct", indicator="cpi", year=2016)
    text = client.get(f"/api/documents/{hebei}").json()["text"]
    start = text.index("90万人")
    changes = {"indicator": "new_urban_jobs", "value": "900000", "comparator": "=", "measure": "level"}
    post_correction(
        client, hebei, {"start": start, "end": start + 4}, "add", **changes, status="actual", year=2018
    )


@pytest.mark.parametrize(("offset", "limit"), [(0, 5), (0, 1000), (3, 7), (150, 40), (290, 50), (10**6, 10)])
def test_figure_pages_are_slices_of_every_documents_verified_figures(
    db: Path, offset: int, limit: int
) -> None:
    client = TestClient(create_app(db))
    _some_checks(client, db)
    with Corpus(db) as c:
        docs = [int(i) for i in c.documents()["document_id"]]
        whole = [r for d in docs for r in vf.verified_rows(c, d)]
    body = client.get(f"/api/mentions?limit={limit}&offset={offset}").json()
    assert body["total"] == len(whole)
    key = ("document_id", "start", "end", "value", "indicator", "verified")
    assert [tuple(r[k] for k in key) for r in body["items"]] == [
        tuple(r[k] for k in key) for r in whole[offset : offset + limit]
    ]


@pytest.mark.parametrize(
    "query",
    [
        "indicator=cpi",
        "indicator=new_urban_jobs&status=actual",
        "year=2016",
        "region=河北省",
        "status=target",
    ],
)
def test_filtered_figures_see_figures_moved_in_and_added_by_hand(db: Path, query: str) -> None:
    client = TestClient(create_app(db))
    _some_checks(client, db)
    want = dict(p.split("=") for p in query.split("&"))
    with Corpus(db) as c:
        docs = [int(i) for i in c.documents()["document_id"]]
        whole = [r for d in docs for r in vf.verified_rows(c, d)]
    expected = [
        r for r in whole if all(str(r["region_name" if k == "region" else k]) == v for k, v in want.items())
    ]
    body = client.get(f"/api/mentions?{query}&limit=1000").json()
    assert body["total"] == len(expected) > 0
    assert [(r["document_id"], r["start"], r["verified"]) for r in body["items"]] == [
        (r["document_id"], r["start"], r["verified"]) for r in expected
    ]
