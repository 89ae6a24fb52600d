"""The web app and REST API through FastAPI's TestClient: pages, JSON and CSV, errors as 4xx JSON,
escaping of hostile report text, corrections (validated, applied with a ``verified`` column,
surviving re-ingest, orphans reported, export/apply between databases), upload caps."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from gwr import Corpus
from gwr.store import corrections as cr
from gwr.store import verified as vf
from gwr.web import create_app
from tests.test_web_helpers import EXAMPLES, HOSTILE, build_demo, post_correction


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("web") / "demo.db")


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (tests that write corrections)."""
    target = tmp_path / "demo.db"
    shutil.copy(demo, target)
    return target


@pytest.fixture(scope="module")
def client(demo: Path) -> TestClient:
    return TestClient(create_app(demo), raise_server_exceptions=False)


def _doc_id(corpus_db: Path, region: str) -> int:
    with Corpus(corpus_db) as c:
        docs = c.documents()
    return int(docs[docs["region_name"] == region]["document_id"].iloc[0])


def _figure(client: TestClient, doc_id: int, **want: Any) -> dict[str, Any]:
    items = client.get(f"/api/mentions?document_id={doc_id}&limit=1000").json()["items"]
    for m in items:
        if all(m.get(k) == v for k, v in want.items()):
            return dict(m)
    raise AssertionError(f"no figure {want} in document {doc_id}")


# ------------------------------------------------------------------ pages and API answer


@pytest.mark.parametrize(
    ("url", "kind", "needle"),
    [
        ("/", "text/html", "大连市"),
        ("/documents/2", "text/html", 'class="fig st-'),
        ("/search?q=%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC", "text/html", "<b>生产总值</b>"),
        ("/panel?indicator=gdp&measure=growth", "text/html", 'id="chart"'),
        ("/scorecard", "text/html", "Scorecard"),
        ("/projects", "text/html", "Projects"),
        ("/corrections", "text/html", "Corrections"),
        ("/extract", "text/html", 'enctype="multipart/form-data"'),
        ("/api/documents", "application/json", '"total":6'),
        ("/api/documents/2", "application/json", '"outline"'),
        ("/api/mentions?limit=5", "application/json", '"verified":"extracted"'),
        ("/api/search?q=%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC", "application/json", '"match":"生产总值"'),
        ("/api/panel?indicator=gdp", "application/json", '"region_name":"大连市"'),
        ("/api/corrections", "application/json", '"items":[]'),
        ("/openapi.json", "application/json", '"/api/documents/{doc_id}"'),
        ("/static/vendor/echarts.min.js", "javascript", "echarts"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith("/") else "",
)
def test_page_or_endpoint_answers(client: TestClient, url: str, kind: str, needle: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert kind in r.headers["content-type"]
    assert needle in r.text


def test_every_response_carries_a_csp_forbidding_inline_script(client: TestClient) -> None:
    for url in ("/", "/documents/2", "/api/documents", "/api/documents/999999"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_no_page_has_inline_script_or_handlers(client: TestClient) -> None:
    import re

    for url in ("/", "/documents/6", "/documents/2", "/search?q=%E5%A2%9E%E9%95%BF", "/panel", "/extract"):
        html = client.get(url).text
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
        for attrs, body in scripts:
            assert "src=" in attrs or 'type="application/json"' in attrs, (url, attrs)
            assert "src=" not in attrs or not body.strip()
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), url


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/documents/999999", 404),
        ("/api/documents/0", 422),
        ("/api/documents/abc", 422),
        ("/api/documents?limit=0", 422),
        ("/api/documents?limit=100000", 422),
        ("/api/documents?offset=-1", 422),
        ("/api/documents?format=xml", 400),
        ("/api/documents?region=%E4%B8%8D%E5%AD%98%E5%9C%A8%E5%B8%82", 400),
        ("/api/documents?year=abc", 400),
        ("/api/documents?level=galaxy", 400),
        ("/api/panel", 422),
        ("/api/panel?indicator=nosuch", 400),
        ("/api/panel?indicator=gdp&status=wish", 400),
        ("/api/panel?indicator=cpi&measure=share", 400),
        ("/api/search", 422),
        ("/api/search?q=%20", 400),
        ("/api/scorecard?year=twenty", 400),
        ("/api/scorecard?format=xml", 400),
        ("/api/mentions?document_id=-5", 422),
        ("/documents/999999", 404),
        ("/documents/2?hit=abc", 400),
        ("/no/such/page", 404),
    ],
    ids=lambda v: str(v),
)
def test_bad_requests_get_a_4xx_with_a_json_or_page_error(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api/"):
        body = r.json()
        assert set(body) == {"error"} and body["error"]
        assert "Traceback" not in body["error"]
    else:
        assert "text/html" in r.headers["content-type"] and "Error" in r.text


def test_documents_paginate_with_limit_and_offset(client: TestClient) -> None:
    first = client.get("/api/documents?limit=2").json()
    second = client.get("/api/documents?limit=2&offset=2").json()
    assert first["total"] == second["total"] == 6
    assert [d["document_id"] for d in first["items"]] == [1, 2]
    assert [d["document_id"] for d in second["items"]] == [3, 4]


def test_documents_filter_by_region_name_and_year(client: TestClient) -> None:
    body = client.get("/api/documents?region=%E5%A4%A7%E8%BF%9E&year=2017-2018").json()  # 大连
    assert sorted((d["region_name"], d["report_year"]) for d in body["items"]) == [
        ("大连市", 2017),
        ("大连市", 2018),
    ]


def test_tables_come_as_csv_with_a_header(client: TestClient) -> None:
    r = client.get("/api/panel?indicator=gdp&measure=growth&status=target&format=csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {"region_code", "year", "value", "verified"} <= set(rows[0])
    assert ("130000", "2019", "6.5") in {(x["region_code"], x["year"], x["value"]) for x in rows}


def test_document_api_gives_text_outline_evidence_and_figures(client: TestClient) -> None:
    d = client.get("/api/documents/6").json()
    assert d["region_name"] == "河北省" and d["report_year"] == 2019
    assert {"region_name", "report_year"} <= set(d["evidence"])
    ev = d["evidence"]["region_name"]
    assert d["text"][ev["start"] : ev["end"]] in ("河北省", "河北")
    assert [s["role"] for s in d["outline"]] == ["review", "plan_tasks"]
    raws = {(m["raw"], m["status"]) for m in d["mentions"]}
    assert ("6.5%左右", "target") in raws and ("6.6%", "actual") in raws
    assert d["text"][d["mentions"][0]["start"] : d["mentions"][0]["end"]] == d["mentions"][0]["raw"]


# ------------------------------------------------------------------ hostile text


def test_an_injected_link_in_a_report_is_shown_as_text(client: TestClient) -> None:
    import re

    html = client.get("/documents/6").text
    shown = re.sub(r"</?span[^>]*>", "", re.sub(r"<del [^>]*>.*?</del>", "", html))
    # the cleaner already neutralised the tag (＜, issue 9); the page escapes what is left
    assert "＜a href=&#34;https://evil.example/&#34;&gt;免费下载＜/a&gt;" in shown
    assert '<a href="https://evil.example/' not in html
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;img src=x onerror=" in html  # shown as removed noise, as text


def test_removed_noise_is_escaped_when_shown(client: TestClient) -> None:
    html = client.get("/documents/6").text
    assert (
        '<del class="noise" title="removed: spam_link">&lt;a href=&#34;https://spam.example/x&#34;&gt;'
        in html
    )


def test_search_hits_are_escaped(client: TestClient) -> None:
    html = client.get("/search?q=%E5%85%8D%E8%B4%B9%E4%B8%8B%E8%BD%BD").text  # 免费下载
    assert "/documents/6?hit=" in html
    assert '<a href="https://evil.example/' not in html


def test_search_links_into_the_viewer_at_the_hit(client: TestClient) -> None:
    hits = client.get("/api/search?q=%E5%B1%85%E6%B0%91%E6%B6%88%E8%B4%B9%E4%BB%B7%E6%A0%BC").json()[
        "items"
    ]  # 居民消费价格
    h = hits[0]
    html = client.get(f"/documents/{h['document_id']}?hit={h['start']}-{h['end']}").text
    assert f'<mark class="hit" id="hit" data-o="{h["start"]}">居民消费价格</mark>' in html


# ------------------------------------------------------------------ corrections


def test_a_correction_changes_the_figure_and_marks_it_corrected(db: Path) -> None:
    client = TestClient(create_app(db))
    doc = _doc_id(db, "河北省")
    fig = _figure(client, doc, raw="6.5%左右")
    r = client.post(
        "/api/corrections",
        json={
            "document_id": doc,
            "start": fig["start"],
            "end": fig["end"],
            "action": "correct",
            "changes": {"value": "6.8", "comparator": ">="},
            "author": "tester",
        },
    )
    assert r.status_code == 201, r.text
    after = _figure(client, doc, start=fig["start"])
    assert (after["value"], after["value_text"], after["comparator"], after["verified"]) == (
        6.8,
        "6.8",
        ">=",
        "corrected",
    )
    rows = list(csv.DictReader(io.StringIO(client.get("/api/panel?indicator=gdp&format=csv").text)))
    assert {(x["region_code"], x["value"], x["verified"]) for x in rows if x["year"] == "2019"} == {
        ("130000", "6.8", "corrected")
    }
    listed = client.get("/api/corrections").json()["items"]
    assert [(c["raw"], c["author"], c["state"]) for c in listed] == [("6.5%左右", "tester", "ok")]


@pytest.mark.parametrize(
    ("action", "changes", "verified"),
    [("confirm", {}, "confirmed"), ("reject", {}, None), ("correct", {"status": "estimate"}, None)],
    ids=["confirm", "reject", "status-moves-it-out"],
)
def test_confirm_reject_and_moving_a_figure_in_the_panel(
    db: Path, action: str, changes: dict[str, str], verified: str | None
) -> None:
    client = TestClient(create_app(db))
    doc = _doc_id(db, "河北省")
    post_correction(client, doc, _figure(client, doc, raw="6.5%左右"), action, **changes)
    items = client.get("/api/panel?indicator=gdp&region=130000&year=2019").json()["items"]
    assert [i["verified"] for i in items] == ([verified] if verified else [])


def test_a_missed_figure_added_by_hand_fills_the_panel(db: Path) -> None:
    client = TestClient(create_app(db))
    doc = _doc_id(db, "河北省")
    text = client.get(f"/api/documents/{doc}").json()["text"]
    start = text.index("90万人")
    body = {
        "document_id": doc,
        "start": start,
        "end": start + 4,
        "action": "add",
        "changes": {
            "indicator": "new_urban_jobs",
            "value": "900000",
            "comparator": "=",
            "measure": "level",
            "status": "actual",
            "year": 2018,
        },
    }
    r = client.post("/api/corrections", json=body)
    assert r.status_code == 201, r.text
    items = client.get(
        "/api/panel?indicator=new_urban_jobs&measure=level&status=actual&region=130000"
    ).json()["items"]
    assert [(i["year"], i["value"], i["verified"]) for i in items] == [(2018, 900000.0, "corrected")]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "correct", "changes": {"value": "七点五"}}, "value must be a number"),
        ({"action": "correct", "changes": {"value": "NaN"}}, "finite"),
        ({"action": "correct", "changes": {"comparator": "about"}}, "comparator must be one of"),
        ({"action": "correct", "changes": {"indicator": "nosuch_indicator"}}, "unknown indicator"),
        ({"action": "correct", "changes": {"year": "1800"}}, "out of range"),
        ({"action": "correct", "changes": {"sentence": "x"}}, "cannot be corrected"),
        ({"action": "correct", "changes": {}}, "at least one field"),
        ({"action": "confirm", "changes": {"value": "1"}}, "takes no changes"),
        ({"action": "approve"}, "unknown action"),
        ({"action": "add", "changes": {"value": "1"}}, "needs comparator"),
        ({"action": "confirm", "start": 10**9, "end": 10**9 + 3}, "holds the span"),
        ({"action": "confirm", "document_id": 999999}, "no document"),
        ({"action": "confirm", "start": 5, "end": 5}, "end must be after start"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_corrections_are_validated_like_extracted_rows(db: Path, body: dict[str, Any], message: str) -> None:
    client = TestClient(create_app(db))
    payload = {"document_id": 2, "start": 345, "end": 356, **body}
    r = client.post("/api/corrections", json=payload)
    assert 400 <= r.status_code < 500
    assert message in r.json()["error"]
    with Corpus(db) as c:
        assert cr.corrections(c) == []


def test_corrections_survive_a_re_ingest(db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(db))
    fig = _figure(client, 2, start=345)
    client.post(
        "/api/corrections", json={"document_id": 2, "start": 345, "end": fig["end"], "action": "confirm"}
    )
    with Corpus(db) as c:
        c.ingest([EXAMPLES], force=True)
        assert [x.state for x in cr.check(c)] == ["ok"]
        verified = vf.verified_mentions(c, 2)
    assert verified[verified["start"] == 345]["verified"].tolist() == ["confirmed"]


def test_a_correction_whose_span_is_gone_is_reported_not_dropped(db: Path, tmp_path: Path) -> None:
    with Corpus(db) as c:
        sha = c.documents().set_index("document_id").loc[2, "sha256"]
        counts = cr.apply_records(
            c,
            [
                {
                    "sha256": sha,
                    "start": 345,
                    "end": 356,
                    "raw": "not this text",
                    "action": "confirm",
                    "changes": {},
                    "author": "a",
                    "created_at": "2026-01-01T00:00:00+00:00",
                },
                {
                    "sha256": "0" * 64,
                    "start": 1,
                    "end": 4,
                    "raw": "abc",
                    "action": "reject",
                    "changes": {},
                    "author": "b",
                    "created_at": "2026-01-01T00:00:00+00:00",
                },
            ],
        )
        states = sorted(x.state for x in cr.check(c))
        kept = len(cr.corrections(c))
    assert counts == {"applied": 2, "older": 0, "orphaned": 2}
    assert (states, kept) == (["no_document", "text_changed"], 2)
    html = TestClient(create_app(db)).get("/corrections").text
    assert "orphaned: no_document" in html and "orphaned: text_changed" in html


def test_corrections_export_and_apply_to_another_database(db: Path, demo: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gwr.cli import app as cli

    client = TestClient(create_app(db))
    fig = _figure(client, 6, raw="6.5%左右")
    client.post(
        "/api/corrections",
        json={
            "document_id": 6,
            "start": fig["start"],
            "end": fig["end"],
            "action": "correct",
            "changes": {"value": "7"},
            "author": "group",
        },
    )
    out = tmp_path / "checked.jsonl"
    runner = CliRunner()
    r = runner.invoke(cli, ["corrections", "export", "--db", str(db), "--out", str(out)])
    assert r.exit_code == 0, r.output
    other = tmp_path / "other.db"
    shutil.copy(demo, other)
    r = runner.invoke(cli, ["corrections", "apply", str(out), "--db", str(other)])
    assert r.exit_code == 0, r.output
    assert "1 applied" in r.output
    with Corpus(other) as c:
        panel = vf.verified_panel(c, "gdp", "growth", "target", regions=["130000"])
    assert panel[["year", "value", "verified"]].values.tolist() == [[2019, 7.0, "corrected"]]
    r = runner.invoke(cli, ["corrections", "apply", str(out), "--db", str(other)])
    assert "0 applied, 1 kept" in r.output
    r = runner.invoke(cli, ["corrections", "check", "--db", str(other)])
    assert r.exit_code == 0


def test_the_server_reads_through_a_read_only_connection(db: Path) -> None:
    from gwr.types import GwrError

    app = create_app(db)
    with pytest.raises(GwrError, match=r"cannot be written \(read-only"):
        cr.save(app.state.store.read, "0" * 64, 0, 1, "confirm", check_span=False, raw="x")
    cr.save(app.state.store.write, "0" * 64, 0, 1, "confirm", check_span=False, raw="x")
    assert len(cr.corrections(app.state.store.read)) == 1


# ------------------------------------------------------------------ extract


def test_extract_shows_a_pasted_report_without_storing_it(db: Path) -> None:
    client = TestClient(create_app(db))
    text = "2020年某市政府工作报告\n二、2020年工作安排\n地区生产总值增长6%左右。<a href='x'>y</a>"
    r = client.post("/api/extract", data={"text": text})
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == 0 and [m["raw"] for m in body["mentions"]] == ["6%左右"]
    assert client.get("/api/documents").json()["total"] == 6
    page = client.post("/extract", data={"text": text}).text
    assert "not stored" in page and "&lt;a href=&#39;x&#39;&gt;" in page


def test_extract_stores_an_uploaded_file_when_asked(db: Path) -> None:
    client = TestClient(create_app(db), follow_redirects=False)
    data = (EXAMPLES / "000_d5ee9f7b5e9ff031.txt").read_bytes()
    other = data + b"\n"
    r = client.post(
        "/extract", files={"file": ("../../etc/passwd.txt", other, "text/plain")}, data={"store": "true"}
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    assert client.get("/api/documents?limit=1000").json()["total"] >= 6
    assert client.get(r.headers["location"]).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": {"text": "  "}}, 400),
        ({}, 400),
        ({"files": {"file": ("big.txt", b"x" * (20 * 1024 * 1024 + 1), "text/plain")}}, 413),
    ],
    ids=["blank-text", "nothing", "over-20MB"],
)
def test_extract_refuses_empty_and_oversized_input(
    client: TestClient, kwargs: dict[str, Any], status: int
) -> None:
    r = client.post("/api/extract", **kwargs)
    assert r.status_code == status
    assert "error" in r.json()


def test_an_extraction_past_the_time_limit_is_stopped_with_a_503(db: Path) -> None:
    from gwr.ingest.budget import Budget
    from gwr.store.pool import Solo
    from tests.test_pool import stuck

    app = create_app(db)
    real = app.state.extractor
    app.state.extractor = Solo(stuck, Budget(seconds=0.2))  # an input that hangs in C code
    client = TestClient(app)
    try:
        r = client.post("/api/extract", files={"file": ("slow.html", b"<p>x</p>", "text/html")})
        assert (r.status_code, r.json()["error"]) == (
            503,
            "extraction stopped after 0.2 s (the limit of the app): slow.html",
        )
        assert app.state.extractor._proc is None  # its worker was killed
        app.state.extractor = real  # the app goes on
        assert client.post("/api/extract", data={"text": HOSTILE}).status_code == 200
    finally:
        app.state.extractor.close()


def test_an_extraction_over_the_apps_time_budget_is_one_line(db: Path) -> None:
    app = create_app(db, extract_seconds=0.001)
    try:
        r = TestClient(app).post("/api/extract", data={"text": HOSTILE * 200})
        assert r.status_code == 400
        assert r.json()["error"].startswith("could not read the input: <pasted>: took more than 0.001 s")
    finally:
        app.state.extractor.close()


def test_records_are_plain_json(client: TestClient) -> None:
    body = client.get("/api/documents/2").content
    assert b"NaN" not in body
    json.loads(body)


# ------------------------------------------------------------------ the viewer's pieces and the command


@pytest.mark.parametrize(
    ("figures", "hit", "expected"),
    [
        ([], None, [("text", "增长7%左右，收入8%。")]),
        ([(2, 6, "target")], None, [("text", "增长"), ("figure", "7%左右"), ("text", "，收入8%。")]),
        (
            [(2, 6, "target"), (3, 5, "actual")],
            None,
            [("text", "增长"), ("figure", "7%左右"), ("text", "，收入8%。")],
        ),
        (
            [(9, 11, "actual")],
            (7, 9),
            [("text", "增长7%左右，"), ("hit", "收入"), ("figure", "8%"), ("text", "。")],
        ),
        ([(0, 99, "target")], None, [("text", "增长7%左右，收入8%。")]),
    ],
    ids=["plain", "one-figure", "overlap-keeps-the-first", "hit-and-figure", "span-out-of-text-ignored"],
)
def test_viewer_pieces_cover_the_text_once(
    figures: list[tuple[int, int, str]], hit: tuple[int, int] | None, expected: list[tuple[str, str]]
) -> None:
    from gwr.web.view import pieces

    text = "增长7%左右，收入8%。"
    figs = [{"start": s, "end": e, "status": st} for s, e, st in figures]
    got = pieces(text, figs, hit=hit)
    assert [(p.kind, p.text) for p in got] == expected
    assert "".join(p.text for p in got) == text


def test_viewer_pieces_put_anchors_and_noise_in_place() -> None:
    from gwr.web.view import pieces

    got = pieces(
        "一、回顾\n增长7%。",
        [{"start": 7, "end": 9, "status": "actual"}],
        [{"start": 0}],
        [(5, "html_tag", "<b>")],
    )
    assert [(p.kind, p.text, p.start) for p in got] == [
        ("anchor", "", 0),
        ("text", "一、回顾\n", 0),
        ("noise", "<b>", 5),
        ("text", "增长", 5),
        ("figure", "7%", 7),
        ("text", "。", 9),
    ]


def test_serve_without_a_database_is_one_line_and_exit_1(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gwr.cli import app as cli

    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert "no database at" in r.output and "Traceback" not in r.output


def test_scorecard_rows_link_into_the_reports_at_their_offsets(client: TestClient) -> None:
    import re

    from gwr.web.app import _features

    if not _features()["scorecard"]:
        assert "Not available" in client.get("/scorecard").text
        return
    items = client.get("/api/scorecard?region=130000").json()["items"]
    target = next(i for i in items if i["target_raw"] == "6.5%左右")
    html = client.get("/scorecard?region=130000").text
    link = f"/documents/{int(target['target_doc'])}?hit={target['target_start']}-{target['target_end']}#hit"
    assert link in re.findall(r'href="([^"]+)"', html)


def test_the_viewers_rows_are_the_verified_mentions(db: Path) -> None:
    from gwr.store.reader import records

    with Corpus(db) as c:
        sha = c.documents().set_index("document_id").loc[6, "sha256"]
        text = c.execute("SELECT text FROM documents WHERE id = 6").fetchone()[0]
        first = vf.verified_rows(c, 6)[0]
        cr.save(c, sha, first["start"], first["end"], "correct", {"value": "9.9", "comparator": ">="})
        second = vf.verified_rows(c, 6)[1]
        cr.save(c, sha, second["start"], second["end"], "reject")
        at = text.index("生产总值")
        cr.save(
            c,
            sha,
            at,
            at + 4,
            "add",
            {"label": "生产总值", "comparator": "=", "measure": "level", "status": "actual"},
        )
        fast = vf.verified_rows(c, 6)
        slow = records(vf.verified_mentions(c, 6))
    assert fast == slow
    assert [r["verified"] for r in fast][:2] == ["corrected", "corrected"]
    assert len(fast) == 4  # four extracted, one rejected, one added
