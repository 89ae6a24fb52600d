"""PostgreSQL: the same results as SQLite on real reports, concurrent writers, the read-only
role, schema versions, clear errors, and a server restarting under a running ingest.

Everything runs against a real server (tests/pg_server.py starts a throwaway one, or
$GWR_TEST_PG); the tests are skipped, saying why, only when no server can start here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from gwr.cli import app as gwr_app
from gwr.store.corpus import Corpus
from gwr.store.postgres import PostgresCorpus, connection_pool, reader_grants
from gwr.store.schema import SCHEMA_VERSION
from gwr.types import GwrError
from tests import pg_server
from tests.pg_server import target
from tests.test_web_helpers import post_correction

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Corpus]:
    """The example reports ingested into SQLite and into PostgreSQL."""
    folder = tmp_path_factory.mktemp("both")
    out = []
    for engine in pg_server.ENGINES:
        c = Corpus(target(engine, folder), create=True)
        assert c.ingest([EXAMPLES]).added == 5
        out.append(c)
    yield out[0], out[1]
    for c in out:
        c.close()


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False)


@pytest.mark.parametrize(
    "table",
    ["documents", "mentions", "panel_long", "attention", "gdp_panel_wide"],
)
def test_engines_give_the_same_tables(both: tuple[Corpus, Corpus], table: str) -> None:
    def read(c: Corpus) -> pd.DataFrame:
        if table == "documents":
            return c.documents(include_duplicates=True).drop(columns=["created_at"])
        if table == "gdp_panel_wide":
            return c.panel("gdp", "growth", "target", wide=True)
        frame: pd.DataFrame = getattr(c, table)()
        return frame

    sqlite, pg = both
    _same(read(sqlite), read(pg))


@pytest.mark.parametrize("query", ["生产总值", "营商环境", "乡村振兴 生态", "高质量发展", "产总值增"])
def test_engines_find_the_same_documents(both: tuple[Corpus, Corpus], query: str) -> None:
    sqlite, pg = both
    a, b = sqlite.search(query, limit=50, per_doc=3), pg.search(query, limit=50, per_doc=3)
    assert set(a["document_id"]) == set(b["document_id"])
    assert a["method"].tolist() == b["method"].tolist()
    columns = ["document_id", "start", "end", "snippet"]
    _same(a[columns].sort_values(columns), b[columns].sort_values(columns))


def test_schema_version_and_tables(both: tuple[Corpus, Corpus]) -> None:
    _, pg = both
    assert pg.schema_version() == SCHEMA_VERSION
    tables = {
        r[0] for r in pg.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    }
    assert {
        "meta",
        "runs",
        "documents",
        "sections",
        "mentions",
        "removed",
        "regions",
        "failures",
        "doc_passages",
        "corrections",
    } <= tables


def test_texts_are_compressed_with_lz4_when_the_server_has_it(both: tuple[Corpus, Corpus]) -> None:
    _, pg = both
    settings = "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"
    if "lz4" not in (pg.execute(settings).fetchone() or [[]])[0]:
        pytest.skip("this PostgreSQL server has no lz4")
    methods = pg.execute("SELECT DISTINCT pg_column_compression(text) FROM documents").fetchall()
    assert {m for (m,) in methods} - {None} == {"lz4"}  # None: a text too short to compress


# ------------------------------------------------------------------ concurrency

_INGEST = """
import sys
from gwr.store.corpus import Corpus
with Corpus(sys.argv[1], create=True) as c:
    s = c.ingest([sys.argv[2]], force=True)
print(s.added, s.updated, s.failed)
"""


def _copies(folder: Path, n: int) -> Path:
    """``n`` copies of the example reports, each with other bytes (a trailing comment line)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        for src in sorted(EXAMPLES.glob("*.txt")):
            text = src.read_text(encoding="utf-8")
            (folder / f"{src.stem}_{i}.txt").write_text(text + f"\n（第{i}份）\n", encoding="utf-8")
    return folder


def test_concurrent_ingests_never_duplicate_a_document(tmp_path: Path) -> None:
    url = target("postgresql", tmp_path)
    folder = _copies(tmp_path / "in", 2)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _INGEST, url, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=600)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    added = sum(int(o[0]) for o in outputs)
    updated = sum(int(o[1]) for o in outputs)
    assert added == 10 and added + updated == 20  # each file once per process; stored once
    children = "SELECT (SELECT count(*) FROM sections), (SELECT count(*) FROM mentions), (SELECT count(*) FROM removed)"
    with Corpus(tmp_path / "serial.db", create=True) as serial:
        serial.ingest([folder])
        expected = serial.execute(children).fetchone()
    with Corpus(url) as c:
        assert c.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (10, 10)
        assert c.execute("SELECT count(DISTINCT document_id) FROM doc_passages").fetchone()[0] == 10
        assert c.execute(children).fetchone() == expected  # no child row written twice
        assert (
            c.execute("SELECT count(*) FROM regions").fetchone()[0]
            == c.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM regions) r").fetchone()[0]
        )


# ------------------------------------------------------------------ roles and versions


def test_read_only_role_reads_and_cannot_write(both: tuple[Corpus, Corpus]) -> None:
    _, pg = both
    pg.execute("DROP ROLE IF EXISTS gwr_reader_t")
    pg.execute("CREATE ROLE gwr_reader_t LOGIN")
    for statement in reader_grants("gwr_reader_t"):
        pg.execute(statement)
    url = pg.url.replace("postgresql://gwr@", "postgresql://gwr_reader_t@")
    with Corpus(url) as reader:
        assert len(reader.panel("gdp", "growth", "target")) == len(pg.panel("gdp", "growth", "target"))
        assert not reader.search("生产总值").empty
        with pytest.raises(GwrError, match="may not write"):
            reader.begin_run("ingest", [], "x")


def test_reader_role_name_is_checked() -> None:
    with pytest.raises(GwrError, match="role name"):
        reader_grants("x; DROP TABLE documents")


def test_pool_serves_a_corpus_per_request(both: tuple[Corpus, Corpus]) -> None:
    _, pg = both
    pool = connection_pool(pg.url, max_size=2)
    try:
        for _ in range(3):  # more requests than connections: each gives its connection back
            with PostgresCorpus(pg.url, pool=pool, read_only=True) as c:
                assert c.status().documents == 5
    finally:
        pool.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    url = target("postgresql", tmp_path)
    with Corpus(url, create=True) as c:
        c.execute("UPDATE meta SET value = '9' WHERE name = 'schema_version'")
    with pytest.raises(GwrError, match=r"written by a newer gwr \(schema 9\); upgrade gwr"):
        Corpus(url)


def test_database_without_tables_needs_an_ingest_first(tmp_path: Path) -> None:
    url = target("postgresql", tmp_path)
    with pytest.raises(GwrError, match="has no gwr tables: run `gwr ingest"):
        Corpus(url)


def test_version_2_columns_are_added(tmp_path: Path) -> None:
    url = target("postgresql", tmp_path)
    Corpus(url, create=True).close()
    with Corpus(url) as c:
        for column in ("aggregate", "period_start", "period_end", "scope"):
            c.execute(f"ALTER TABLE mentions DROP COLUMN {column}")
        c.execute("UPDATE meta SET value = '2' WHERE name = 'schema_version'")
    with Corpus(url) as c:
        assert c.schema_version() == SCHEMA_VERSION
        assert "aggregate" in c.mentions().columns


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (
            "postgresql://nobody@127.0.0.1:1/none",
            "cannot reach PostgreSQL at postgresql://nobody@127.0.0.1:1/none",
        ),
        ("postgresql://gwr:secret@127.0.0.1:1/none", "postgresql://gwr:***@127.0.0.1:1/none"),
    ],
    ids=["refused", "password-hidden"],
)
def test_unreachable_server_is_one_line(url: str, says: str) -> None:
    result = CliRunner().invoke(gwr_app, ["status", "--db", url])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "secret" not in result.stderr


def test_cli_ingest_panel_and_status_on_postgresql(tmp_path: Path) -> None:
    url = target("postgresql", tmp_path)
    runner = CliRunner()
    result = runner.invoke(gwr_app, ["ingest", str(EXAMPLES), "--db", url])
    assert result.exit_code == 0, result.output
    assert "5 added" in result.stderr
    result = runner.invoke(gwr_app, ["status", "--db", url])
    assert result.exit_code == 0 and "documents 5" in result.stdout
    result = runner.invoke(gwr_app, ["panel", "--indicator", "gdp", "--db", url, "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("region_code,")


# ------------------------------------------------------------------ the server restarts


def test_ingest_survives_a_server_restart(tmp_path: Path) -> None:
    server = Path(tempfile.mkdtemp(prefix="gwrpg"))  # its own server: the shared one keeps running
    try:
        url = pg_server.start(server)
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL server cannot start: {exc}")
    try:
        folder = _broken(_copies(tmp_path / "in", 6))  # 30 documents, 2 failures
        proc = subprocess.Popen(
            [sys.executable, "-c", _INGEST, url, str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        with Corpus(url, create=True) as c:  # wait until some documents are in
            for _ in range(600):
                if c.execute("SELECT count(*) FROM documents").fetchone()[0] >= 3 or proc.poll() is not None:
                    break
                time.sleep(0.1)
        assert proc.poll() is None, "the ingest ended before the restart: give it more documents"
        pg_server.restart(server)  # drops every connection
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        with Corpus(url) as c:
            assert c.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (30, 30)
            assert c.execute("SELECT count(*) FROM failures").fetchone() == (2,)
            assert c.execute("SELECT status FROM runs ORDER BY id DESC LIMIT 1").fetchone() == ("done",)
    finally:
        pg_server.stop(server)
        shutil.rmtree(server, ignore_errors=True)


def test_engines_apply_corrections_through_the_app_alike(tmp_path: Path) -> None:
    """The same checks made in the app on SQLite and on PostgreSQL give the same figures, panel
    and scorecard (gwr.store.verified's SQL, the change stamp that drops kept answers)."""
    from fastapi.testclient import TestClient

    from gwr.web import create_app

    seen = []
    for engine in pg_server.ENGINES:
        db = target(engine, tmp_path / engine)
        (tmp_path / engine).mkdir(exist_ok=True)
        with Corpus(db, create=True) as c:
            c.ingest([EXAMPLES])
        client = TestClient(create_app(db))
        doc = next(
            d["document_id"]
            for d in client.get("/api/documents").json()["items"]
            if (d["region_name"], d["report_year"]) == ("大连市", 2018)
        )
        figures = client.get(f"/api/mentions?document_id={doc}&limit=1000").json()["items"]
        panel_before = client.get("/api/panel?indicator=fdi&status=actual").json()["items"]
        fdi = next(f for f in figures if (f["indicator"], f["status"], f["raw"]) == ("fdi", "actual", "8.2%"))
        checks = [
            (figures[3], "reject", {}),
            (figures[10], "confirm", {}),
            (figures[20], "correct", {"indicator": "cpi", "year": 2016}),
            (fdi, "correct", {"value": "7.5"}),
        ]
        for fig, action, changes in checks:
            post_correction(client, doc, fig, action, **changes)
        page = client.get("/api/mentions?limit=40&offset=20").json()
        card = client.get("/api/scorecard?region=大连市&year=2017").json()["items"]
        seen.append(
            (
                page["total"],
                [(m["start"], m["value"], m["indicator"], m["verified"]) for m in page["items"]],
                [
                    (p["year"], p["value"], p["verified"])
                    for p in client.get("/api/panel?indicator=fdi&status=actual").json()["items"]
                ],
                sorted((r["indicator"] or "", r["actual_value_text"] or "", r["verdict"]) for r in card),
            )
        )
        assert panel_before != seen[-1][2]  # the kept answer was dropped when the corrections came
    assert seen[0] == seen[1]


def _broken(folder: Path) -> Path:
    """``folder`` with two files that fail (an empty text, a PDF with no PDF inside)."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not a pdf")
    return folder


def test_every_write_of_an_ingest_survives_a_lost_connection(tmp_path: Path) -> None:
    """The server drops the ingest's connection before the run starts and after every file, so
    the run row, the regions, the known sources, each document, each failure, the duplicate
    links and the run's end are each written on a connection opened again."""
    import psycopg

    url = target("postgresql", tmp_path)
    folder = _broken(_copies(tmp_path / "in", 1))
    dropped: list[int] = []
    with Corpus(url, create=True) as c, psycopg.connect(url, autocommit=True) as admin:

        def drop(_event: object = None) -> None:
            pid = c.conn.info.backend_pid
            assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
            dropped.append(pid)

        drop()
        summary = c.ingest([folder], progress=drop)
        assert (summary.added, summary.failed) == (5, 2)
        assert len(dropped) == 9 and len(set(dropped)) == 9  # a new connection after every drop
        assert c.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (5, 5)
        assert c.execute("SELECT count(*) FROM failures").fetchone() == (2,)
        assert c.execute("SELECT count(*) FROM documents WHERE canonical_id IS NULL").fetchone() == (0,)
        assert c.execute("SELECT status, added, failed FROM runs").fetchall() == [("done", 5, 2)]


def test_a_server_gone_for_good_stops_the_run_resumably(tmp_path: Path) -> None:
    server = Path(tempfile.mkdtemp(prefix="gwrpg"))
    try:
        url = pg_server.start(server)
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL server cannot start: {exc}")
    try:
        folder = _copies(tmp_path / "in", 1)
        with Corpus(url, create=True) as c:
            c.reconnect_seconds = 1.0

            def stop_after_two(event: Any) -> None:
                if event.files_done == 2:
                    pg_server.stop(server)

            with pytest.raises(GwrError) as info:
                c.ingest([folder], progress=stop_after_two)
        message = str(info.value)
        assert message.startswith("cannot reach PostgreSQL at ") and "\n" not in message
        assert "documents already written are kept" in message
        pg_server.start(server)
        with Corpus(url) as c:
            summary = c.ingest([folder])
            assert (summary.added, summary.skipped) == (3, 2)  # the next run does the rest
            assert c.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (5, 5)
    finally:
        pg_server.stop(server)
        shutil.rmtree(server, ignore_errors=True)
