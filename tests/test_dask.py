"""Distributed ingest on Dask: a LocalCluster of 2 worker processes stores what the local pool
stores; a worker killed mid-task loses and doubles nothing; fsspec URLs as inputs; a
scheduler that cannot be reached is one line. Real processes throughout, nothing mocked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.cli import app as gwr_app
from gwr.store.corpus import Corpus

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SQL = (
    "SELECT sha256, text_sha256, region_code, report_year, dup_kind, "
    "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id), "
    "(SELECT count(*) FROM sections s WHERE s.document_id = d.id) FROM documents d ORDER BY sha256"
)


def _copies(folder: Path, n: int) -> Path:
    """``n`` copies of the example reports with other bytes (a trailing line)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        for src in sorted(EXAMPLES.glob("*.txt")):
            text = src.read_text(encoding="utf-8")
            (folder / f"{src.stem}_{i}.txt").write_text(text + f"\n（第{i}份）\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster() -> str:
    """A LocalCluster of 2 worker processes; yields its scheduler address."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c.scheduler_address


def test_dask_stores_what_the_local_pool_stores(tmp_path: Path, cluster: str) -> None:
    events = []
    with Corpus(tmp_path / "pool.db", create=True) as c:
        pool = c.ingest([EXAMPLES])
        expected = c.execute(SQL).fetchall()
    with Corpus(tmp_path / "dask.db", create=True) as c:
        spread = c.ingest([EXAMPLES], dask=cluster, progress=events.append)
        got = c.execute(SQL).fetchall()
    assert got == expected
    assert (spread.added, spread.failed, spread.files) == (pool.added, pool.failed, pool.files) == (5, 0, 5)
    assert [e.files_done for e in events] == list(range(6))  # the same progress events
    assert events[-1].added == 5 and events[-1].bytes_done == spread.bytes > 0


def test_failures_are_counted_the_same(tmp_path: Path, cluster: str) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "report.txt").write_bytes((EXAMPLES / "000_d5ee9f7b5e9ff031.txt").read_bytes())
    with Corpus(tmp_path / "d.db", create=True) as c:
        s = c.ingest([folder], dask=cluster)
        again = c.ingest([folder], dask=cluster)
    assert (s.added, s.failed, [code for _, code, _ in s.failures]) == (1, 1, ["empty"])
    assert (again.skipped, again.failed) == (1, 1)


def test_fsspec_urls_are_inputs(tmp_path: Path, cluster: str) -> None:
    url = "file://" + str(_copies(tmp_path / "in", 1))
    with Corpus(tmp_path / "u.db", create=True) as c:
        assert c.ingest([url], dask=cluster).added == 5
        assert c.ingest([url]).skipped == 5  # the same files, stored once


def test_memory_filesystem_url(tmp_path: Path) -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    for src in sorted(EXAMPLES.glob("*.txt"))[:2]:
        fs.pipe(f"/gwr-test/{src.name}", src.read_bytes())
    with Corpus(tmp_path / "m.db", create=True) as c:
        s = c.ingest(["memory://gwr-test"])  # the local pool, in this process: memory:// is per process
        paths = sorted(c.documents()["path"])
    assert s.added == 2 and all(p.startswith("memory://") and "/gwr-test/" in p for p in paths)


_INGEST = """
import sys
from gwr.store.corpus import Corpus
if __name__ == "__main__":
    with Corpus(sys.argv[1], create=True) as c:
        s = c.ingest([sys.argv[2]], dask=sys.argv[3])
    print(s.added, s.updated, s.failed, s.files)
"""


def test_a_worker_killed_mid_task_loses_and_doubles_nothing(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    folder = _copies(tmp_path / "in", 6)  # 30 documents
    db = tmp_path / "k.db"
    script = tmp_path / "ingest.py"
    script.write_text(_INGEST, encoding="utf-8")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db), str(folder), cluster.scheduler_address],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        killed = None
        for _ in range(1200):  # wait for a worker that is extracting, then kill -9 it
            busy = [addr for addr, keys in client.processing().items() if keys]
            if busy and db.exists():
                pids = client.run(os.getpid)
                killed = pids[busy[0]]
                os.kill(killed, signal.SIGKILL)
                break
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        out, err = proc.communicate(timeout=900)
    assert killed is not None, "no worker was busy: the ingest ended too soon"
    assert proc.returncode == 0, err
    assert out.split() == ["30", "0", "0", "30"]
    with Corpus(db) as c:
        assert c.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (30, 30)
        assert c.execute("SELECT count(*) FROM failures").fetchone()[0] == 0


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        gwr_app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in lines[0]


def test_cli_ingest_on_a_local_cluster(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        gwr_app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "c.db"), "--dask", "local", "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    assert "5 added" in result.stderr


def test_small_files_are_batched_by_bytes_largest_first() -> None:
    from gwr.store.distributed import BATCH_BYTES, BATCH_FILES, batches

    sizes = {"huge": BATCH_BYTES * 2, "half": BATCH_BYTES // 2, "third": BATCH_BYTES // 3}
    sizes |= {f"tiny{i:02d}": 10 for i in range(BATCH_FILES + 3)}
    tasks = [(name, frozenset()) for name in sorted(sizes)]
    got = [[path for path, _ in batch] for batch in batches(tasks, sizes.__getitem__)]
    tiny = sorted(n for n in sizes if n.startswith("tiny"))
    assert got[0] == ["huge"]  # alone: larger than a batch
    assert got[1] == ["half", "third", *tiny[: BATCH_FILES - 2]]  # up to BATCH_FILES files
    assert got[2] == tiny[BATCH_FILES - 2 :]
    assert sorted(p for b in got for p in b) == sorted(sizes)  # every file once


def poisoned(path: str, skip: frozenset[object]) -> list[object]:
    """An extractor whose worker dies on one file (as on a file that exhausts its memory)."""
    from gwr.store.ingest import extract_file

    if path.endswith("poison.txt"):
        os._exit(1)
    return extract_file(path, skip)


def test_a_batch_that_kills_its_worker_costs_only_the_file_that_does(tmp_path: Path) -> None:
    import dask
    from distributed import LocalCluster

    from gwr.store.distributed import run_dask

    folder = _copies(tmp_path / "in", 1)
    (folder / "poison.txt").write_text("一、工作回顾\n", encoding="utf-8")
    tasks = [(str(p), frozenset()) for p in sorted(folder.iterdir())]
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),  # the first death gives up
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        results = dict(run_dask(tasks, cluster.scheduler_address, poisoned, size=lambda _: 1))
    assert sorted(results) == sorted(path for path, _ in tasks)  # every file once
    poison = results.pop(str(folder / "poison.txt"))
    assert [(r.code, r.message.split(":")[0]) for r in poison] == [("internal", "KilledWorker")]
    assert all(len(r) == 1 and type(r[0]).__name__ == "DocumentRows" for r in results.values())
