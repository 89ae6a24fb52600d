"""gwr.web.cache: GET answers are kept while the database is unchanged and made again as soon as
anything changes it, through the app or from outside (another process, ``gwr ingest``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gwr import Corpus
from gwr.store import corrections as cr
from gwr.web import create_app
from gwr.web.cache import MAX_ONE, Answers
from tests.test_web_helpers import EXAMPLES, build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("cache") / "demo.db")


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy(demo, target)
    return target


def _hebei(client: TestClient) -> tuple[int, dict[str, object]]:
    docs = client.get("/api/documents?region=河北省").json()["items"]
    doc = int(docs[0]["document_id"])
    figures = client.get(f"/api/mentions?document_id={doc}&limit=1000").json()["items"]
    return doc, next(f for f in figures if f["raw"] == "6.5%左右")


def test_a_get_is_kept_and_a_correction_through_the_app_shows_at_once(db: Path) -> None:
    app = create_app(db)
    client = TestClient(app)
    url = "/api/panel?indicator=gdp&region=130000&year=2019"
    assert [i["verified"] for i in client.get(url).json()["items"]] == ["extracted"]
    assert len(app.state.answers) >= 1
    kept = client.get(url)
    assert [i["verified"] for i in kept.json()["items"]] == ["extracted"]
    assert "Content-Security-Policy" in kept.headers  # kept with its headers
    doc, fig = _hebei(client)
    body = {"document_id": doc, "start": fig["start"], "end": fig["end"], "action": "confirm"}
    assert client.post("/api/corrections", json=body).status_code == 201
    assert [i["verified"] for i in client.get(url).json()["items"]] == ["confirmed"]


def test_a_change_made_outside_the_app_shows_at_once(db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(db))
    url = "/api/panel?indicator=gdp&region=130000&year=2019"
    doc, fig = _hebei(client)
    assert [i["value"] for i in client.get(url).json()["items"]] == [6.5]
    with Corpus(db) as other:  # another process: gwr corrections apply, say
        sha = other.execute("SELECT sha256 FROM documents WHERE id = ?", (doc,)).fetchone()[0]
        cr.save(other, sha, int(fig["start"]), int(fig["end"]), "correct", {"value": "6.6"})
    assert [i["value"] for i in client.get(url).json()["items"]] == [6.6]
    before = client.get("/api/documents").json()["total"]
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(next(p for p in sorted(EXAMPLES.iterdir()) if p.suffix == ".txt"), folder / "copy.txt")
    (folder / "new.txt").write_text("2020年河北省政府工作报告\n全省生产总值增长6%左右。\n", encoding="utf-8")
    with Corpus(db) as other:  # gwr ingest while the server runs
        other.ingest([folder])
    assert client.get("/api/documents").json()["total"] > before


def test_a_document_rewritten_in_place_shows_at_once(db: Path) -> None:
    """As a re-extraction in a running ingest does (same id, same figure ids): on SQLite the
    stamp is the data version, which any commit of another connection changes."""
    client = TestClient(create_app(db))
    doc, _ = _hebei(client)
    url = f"/api/documents/{doc}"
    assert client.get(url).json()["region_name"] == "河北省"
    with Corpus(db) as other, other.transaction():
        other.execute("UPDATE documents SET region_name = ? WHERE id = ?", ("河北", doc))
    assert client.get(url).json()["region_name"] == "河北"


def test_errors_are_not_kept(db: Path) -> None:
    app = create_app(db)
    client = TestClient(app)
    assert client.get("/api/documents/999999").status_code == 404
    assert len(app.state.answers) == 0


def test_kept_answers_are_bounded_and_a_stale_answer_is_not_kept() -> None:
    answers = Answers(max_bytes=100)
    for k in range(5):
        answers.get(f"/{k}", "s1")
        answers.put(f"/{k}", "s1", (200, [], b"x" * 30))
    assert [answers.get(f"/{k}", "s1") is not None for k in range(5)] == [False, False, True, True, True]
    answers.put("/big", "s1", (200, [], b"x" * (MAX_ONE + 1)))
    assert answers.get("/big", "s1") is None
    assert answers.get("/4", "s2") is None  # a new stamp drops everything
    answers.put("/late", "s1", (200, [], b"made before the change"))
    assert answers.get("/late", "s2") is None and len(answers) == 0
