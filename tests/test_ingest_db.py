"""gwr ingest / reindex / status with the real pipeline: idempotence, --force, -j, junk, duplicates,
kill -9 and resume, panels against the hand-written golden targets, the whole DEV corpus."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import typer
import yaml
from typer.testing import CliRunner

from gwr.cli import app as gwr_app
from gwr.store.corpus import Corpus
from gwr.store.ingest import reindex
from tests.conftest import EXAMPLES, ROOT
from tests.pg_server import ENGINES, target
from tests.test_store import FILLER, make_doc

FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = sorted((ROOT / "tests" / "golden" / "targets").glob("*.yaml"))


def _app() -> typer.Typer:
    app = gwr_app
    return app


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ex") / "examples.db"
    with Corpus(path, create=True) as c:
        summary = c.ingest([EXAMPLES])
    assert (summary.added, summary.failed) == (5, 0)
    return path


# ------------------------------------------------------------------ idempotence


@pytest.mark.parametrize("engine", ENGINES)
def test_second_run_skips_everything_and_force_reextracts(tmp_path: Path, engine: str) -> None:
    with Corpus(target(engine, tmp_path), create=True) as c:
        first = c.ingest([EXAMPLES])
        ids = c.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall()
        second = c.ingest([EXAMPLES])
        forced = c.ingest([EXAMPLES], force=True)
        assert c.execute("SELECT id, sha256 FROM documents ORDER BY id").fetchall() == ids
        assert c.execute("SELECT status FROM runs ORDER BY id").fetchall() == [("done",)] * 3
    assert (first.added, first.skipped) == (5, 0), first
    assert (second.added, second.updated, second.skipped, second.failed) == (0, 0, 5, 0)
    assert (forced.added, forced.updated, forced.skipped) == (0, 5, 0)


def test_parallel_ingest_stores_the_same_as_serial(tmp_path: Path) -> None:
    sql = (
        "SELECT sha256, text_sha256, region_code, report_year, dup_kind, "
        "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id) FROM documents d ORDER BY sha256"
    )
    for jobs in (1, 2):
        with Corpus(tmp_path / f"j{jobs}.db", create=True) as c:
            assert c.ingest([EXAMPLES], jobs=jobs).added == 5
    assert _rows(tmp_path / "j1.db", sql) == _rows(tmp_path / "j2.db", sql)


@pytest.mark.parametrize("engine", ENGINES)
def test_junk_is_recorded_and_the_batch_goes_on(tmp_path: Path, engine: str) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("junk.bin", "empty.txt", "unknown.xyz", "broken.zip", "scanned.pdf"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    (folder / "report.txt").write_bytes((EXAMPLES / "000_d5ee9f7b5e9ff031.txt").read_bytes())
    db = target(engine, tmp_path)
    with Corpus(db, create=True) as c:
        summary = c.ingest([folder])
        again = c.ingest([folder])
        status = c.status()
    assert summary.added == 2 and summary.failed == 4  # unknown.xyz is read as text (with a warning)
    assert {code for _, code, _ in summary.failures} >= {"empty", "needs_ocr"}
    assert again.skipped == 2 and again.failed == summary.failed
    assert len(status.failures) == summary.failed  # retried, not piled up
    result = CliRunner().invoke(_app(), ["status", "--db", db])
    assert "could not be read" in result.stdout and "empty.txt" in result.stdout


def test_the_database_in_the_folder_is_not_ingested(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes((EXAMPLES / "000_d5ee9f7b5e9ff031.txt").read_bytes())
    with Corpus(tmp_path / "gwr.db", create=True) as c:
        first, second = c.ingest([tmp_path]), c.ingest([tmp_path])
    assert (first.added, first.failed, second.skipped, second.failed) == (1, 0, 1, 0)


# ------------------------------------------------------------------ duplicates


@pytest.mark.parametrize("engine", ENGINES)
def test_exact_and_near_duplicates_are_linked(tmp_path: Path, engine: str) -> None:
    text = (EXAMPLES / "001_73368d6ee1ea3c0d.txt").read_text(encoding="utf-8")
    folder = tmp_path / "dups"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_bytes(text.encode("gb18030"))  # other bytes, same clean text
    paragraphs = text.split("\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    trimmed = "\n".join(paragraphs[:longest] + paragraphs[longest + 1 :])  # one paragraph fewer
    chrome = "当前位置：首页 > 政务公开 > 政府工作报告\n字体：大 中 小\n"
    (folder / "c.txt").write_text(chrome + trimmed + "\n责任编辑：王强\n", encoding="utf-8")
    with Corpus(target(engine, tmp_path), create=True) as c:
        assert c.ingest([folder]).added == 3
        docs = c.documents(include_duplicates=True).set_index("path")
        canonical = c.documents()
    kinds = {Path(p).name: None if pd.isna(k) else k for p, k in docs["dup_kind"].items()}
    assert kinds == {"a.txt": None, "b.txt": "exact", "c.txt": "near"}
    assert [Path(p).name for p in canonical["path"]] == ["a.txt"]
    assert set(docs["canonical_id"]) == {canonical["document_id"].iloc[0]}


@pytest.mark.parametrize("engine", ENGINES)
def test_two_reports_claiming_one_region_year(tmp_path: Path, engine: str) -> None:
    first = "一、工作回顾\n" + FILLER * 40
    other = "一、工作回顾\n" + "加快建设现代化经济体系，着力推进乡村全面振兴。" * 60
    db = target(engine, tmp_path)
    with Corpus(db, create=True) as c:
        c.add([make_doc(first, path="/d/first.txt"), make_doc(other, path="/d/other.txt")])
        docs = c.documents(include_duplicates=True).set_index("path")
        status = c.status()
    assert docs.loc["/d/first.txt", "dup_kind"] == "same_key" and pd.isna(
        docs.loc["/d/other.txt", "dup_kind"]
    )
    assert [(code, year) for code, _, year, _, _ in status.conflicts] == [("210200", 2018)]
    result = CliRunner().invoke(_app(), ["status", "--db", db])
    assert "warning 大连市 (210200) 2018 report: different reports" in result.stdout


# ------------------------------------------------------------------ kill -9 and resume


def test_killed_ingest_leaves_a_consistent_database_and_resumes(tmp_path: Path) -> None:
    from gwr.store.sqlite import SqliteCorpus

    folder = tmp_path / "many"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    n = 2 * SqliteCorpus.batch_documents + 16  # killed after a batch or two: some are left to do
    for i in range(n):
        (folder / f"r{i:02d}.txt").write_text(texts[i % 5] * 3 + f"\n附件编号：{i}\n", encoding="utf-8")
    db = tmp_path / "kill.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gwr.cli", "ingest", str(folder), "--db", str(db), "-j", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = _rows(db, "SELECT count(*) FROM documents")[0][0]  # type: ignore[assignment]
            except sqlite3.OperationalError:
                continue  # the schema is being created
            if stored >= 3:
                break
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    kept = _rows(db, "SELECT count(*) FROM documents")[0][0]
    assert 3 <= kept < n  # type: ignore[operator]
    assert _rows(db, "SELECT status, finished_at FROM runs") == [("running", None)]
    orphans = "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)"
    assert _rows(db, orphans) == [(0,)]
    with Corpus(db) as c:
        summary = c.ingest([folder])
    assert (summary.skipped, summary.added, summary.failed) == (kept, n - kept, 0)  # type: ignore[operator]
    assert _rows(db, "SELECT count(*), count(DISTINCT sha256) FROM documents") == [(n, n)]


def test_sqlite_stores_documents_a_batch_to_a_transaction_in_arrival_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """gwr.store.ingest._Store: on SQLite one write (one transaction) per ``batch_documents``
    documents (16 here), and a failure first writes the documents that came before it; ids
    follow the order of arrival."""
    from gwr.store import ingest as ingest_module
    from gwr.store.sqlite import SqliteCorpus

    folder = tmp_path / "in"
    folder.mkdir()
    text = sorted(EXAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8")
    for i in range(20):
        (folder / f"r{i:02d}.txt").write_text(text + f"\n（第{i}份）\n", encoding="utf-8")
    (folder / "r17_empty.txt").write_bytes(b"")  # after r17.txt in the walk: a failure
    batches: list[int] = []
    real = SqliteCorpus.write

    def spy(self: SqliteCorpus, batch: list[object], *args: object) -> list[str]:
        batches.append(len(batch))
        return real(self, batch, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SqliteCorpus, "write", spy)
    monkeypatch.setattr(SqliteCorpus, "batch_documents", 16)
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 1e9)  # a slow machine must not cut batches
    db = tmp_path / "b.db"
    with Corpus(db, create=True) as c:
        summary = c.ingest([folder])
    assert (summary.added, summary.failed) == (20, 1)
    assert batches == [16, 2, 2]
    paths = [Path(str(p)).name for (p,) in _rows(db, "SELECT path FROM documents ORDER BY id")]
    assert paths == [f"r{i:02d}.txt" for i in range(20)]


def test_a_grown_container_reads_its_new_rows_only_from_one_read_of_the_stored_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON Lines file with a row added since the last run: the stored rows are skipped (by
    sha256, member and row), the new one added; the stored sources are read once for the run,
    not once per file."""
    from gwr.store.sqlite import SqliteCorpus

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"content": t}, ensure_ascii=False) for t in texts[:3]]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in (3, 4):
        (folder / f"r{i}.txt").write_text(texts[i], encoding="utf-8")
    db = tmp_path / "g.db"
    with Corpus(db, create=True) as c:
        assert (c.ingest([folder]).added, c.documents().shape[0]) == (5, 5)
    lines.append(json.dumps({"content": texts[3] + "\n（附件）\n"}, ensure_ascii=False))
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reads: list[str] = []
    real = SqliteCorpus.known_sources

    def spy(self: SqliteCorpus, version: str) -> dict[str, set[tuple[str, str | None, int | None]]]:
        reads.append(version)
        return real(self, version)

    monkeypatch.setattr(SqliteCorpus, "known_sources", spy)
    with Corpus(db) as c:
        summary = c.ingest([folder])
    assert (summary.skipped, summary.added, summary.updated) == (5, 1, 0)
    assert len(reads) == 1


# ------------------------------------------------------------------ reindex


def test_reindex_reextracts_old_versions_and_names_what_it_cannot_read(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    for p in EXAMPLES.glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    db = tmp_path / "r.db"
    with Corpus(db, create=True) as c:
        c.ingest([folder])
    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET extractor_version = '0'")
    (folder / "000_d5ee9f7b5e9ff031.txt").unlink()
    with Corpus(db) as c:
        summary = reindex(c)
        outdated = c.status().outdated
    assert (summary.updated, summary.added) == (4, 0)
    assert [(Path(w).name, why) for w, why in summary.not_reread] == [
        ("000_d5ee9f7b5e9ff031.txt", "file not found")
    ]
    assert outdated == 1


# ------------------------------------------------------------------ panels on the examples


def _gdp_target(path: Path) -> tuple[str, int, float | None]:
    """The golden file's GDP growth target of its report year (value None: it lists none)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for passage in data.get("passages", []):
        for m in passage.get("mentions", []):
            if (
                (m.get("indicator"), m.get("measure"), m.get("status")) == ("gdp", "growth", "target")
                and m.get("year") == data["report_year"]
                and m.get("value") is not None
            ):
                return str(data["region_code"]), int(data["report_year"]), float(m["value"])
    return str(data["region_code"]), int(data["report_year"]), None


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_gdp_growth_target_panel_matches_the_golden_file(examples_db: Path, golden: Path) -> None:
    code, year, value = _gdp_target(golden)
    with Corpus(examples_db) as c:
        panel = c.panel("gdp", "growth", "target", regions=[code], years=[year])
    # a report whose golden file lists no GDP growth target gives no panel row either
    expected = [] if value is None else [[code, year, value]]
    assert panel[["region_code", "year", "value"]].values.tolist() == expected


def test_dalian_2018_row(examples_db: Path) -> None:
    with Corpus(examples_db) as c:
        row = c.panel("gdp", "growth", "target", regions=["大连市"], years=[2018]).iloc[0]
        text = c.conn.execute(
            "SELECT text FROM documents WHERE id = ?", (int(row["document_id"]),)
        ).fetchone()[0]
    assert (row["value"], row["comparator"], row["raw"]) == (7.0, "~", "7%左右")
    assert text[row["start"] : row["end"]] == "7%左右"


# ------------------------------------------------------------------ CLI


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["panel", "--indicator", "gdp"],
        ["search", "发展"],
        ["attention"],
        ["reindex"],
        ["export", "--format", "csv", "--out", "OUT"],
    ],
    ids=lambda c: c[0],
)
@pytest.mark.parametrize("problem", ["newer", "junk", "missing"])
def test_cli_errors_are_one_line(tmp_path: Path, command: list[str], problem: str) -> None:
    db = tmp_path / "x.db"
    if problem == "newer":
        Corpus(db, create=True).close()
        with sqlite3.connect(db) as con:
            con.execute("UPDATE meta SET value = '7' WHERE name = 'schema_version'")
    elif problem == "junk":
        db.write_bytes(b"\x00junk" * 1000)
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    result = CliRunner().invoke(_app(), [*args, "--db", str(db)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert {"newer": "newer gwr (schema 7)", "junk": "corrupted", "missing": "no database"}[problem] in lines[
        0
    ]


def test_cli_ingest_reports_counts(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(_app(), ["ingest", str(EXAMPLES), "--db", str(db), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert "5 added, 0 updated, 0 skipped, 0 failed" in result.stderr
    result = CliRunner().invoke(_app(), ["ingest", str(EXAMPLES), "--db", str(db)])
    assert "0 added, 0 updated, 5 skipped, 0 failed" in result.stderr


def test_every_command_has_help_and_is_documented() -> None:
    docs = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
    app = _app()
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        assert info.callback is not None and (info.callback.__doc__ or "").strip(), name
        assert f"gwr {name}" in docs, name
        assert CliRunner().invoke(app, [name, "--help"]).exit_code == 0


# ------------------------------------------------------------------ the DEV corpus


# Peak RSS from VmHWM: ru_maxrss would carry over the RSS of the forking pytest process on Linux.
MEASURE = """
import json, sys
from gwr.store.corpus import Corpus
with Corpus(sys.argv[1], create=True) as c:
    s = c.ingest([sys.argv[2]], jobs=2)
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"files": s.files, "added": s.added, "failed": s.failed, "rss_mb": int(hwm.split()[1]) / 1024}))
"""


@pytest.mark.corpus
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak RSS is read from /proc (Linux)")
def test_whole_corpus_streams_within_memory_and_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(db), str(corpus / "raw")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    files = sum(1 for p in (corpus / "raw").rglob("*") if p.is_file() and not p.name.startswith("."))
    assert figures["files"] == files
    assert figures["added"] >= files  # containers hold several documents
    assert figures["rss_mb"] < 300, figures
    with Corpus(db) as c:
        again = c.ingest([corpus / "raw"], jobs=2)
        status = c.status()
        panel = c.panel("gdp", "growth", "target", level="national")
    assert (again.added, again.updated) == (0, 0) and again.skipped == figures["added"]
    assert status.canonical < status.documents and status.duplicates.get("exact", 0) > 0
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert panel["region_code"].eq("100000").all() and len(panel) >= 20
