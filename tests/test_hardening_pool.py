"""The worker pool of ``gwr ingest -j N`` (issue 9): a document stuck past its time
limit in code that ignores signals costs its file one ``over_limit`` record and
its worker is replaced; a worker that dies costs its file, not the run; and no
process is left behind when the parent is killed, terminated or interrupted.
Real processes throughout."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gwr.ingest.budget import Budget, using
from gwr.store import pool

ROOT = Path(__file__).resolve().parents[1]


def _fail(path: str, code: str, message: str) -> tuple[str, str, str]:
    return ("failure", code, message)


def work(path: str, skip: frozenset[Any]) -> Iterator[Any]:
    """A stand-in for ``iter_file``: the file name says what to do."""
    name = Path(path).name
    yield ("doc", name, 1)
    if name.startswith("stuck"):
        # C code that never looks at signals: the worker's own alarm cannot stop it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if name.startswith("dies"):
        os._exit(3)
    if name.startswith("sleeps"):
        time.sleep(3600)  # the worker's alarm stops it
    yield ("doc", name, 2)


def _run(names: list[str], jobs: int, seconds: float) -> dict[str, list[Any]]:
    with using(Budget(seconds=seconds)):
        return dict(pool.run([(n, frozenset()) for n in names], jobs, work, _fail))


def test_a_stuck_document_costs_its_file_and_the_worker_is_replaced() -> None:
    out = _run(["stuck.txt", "b.txt", "c.txt"], jobs=1, seconds=1)
    assert out["b.txt"] == [("doc", "b.txt", 1), ("doc", "b.txt", 2)]
    assert out["c.txt"] == [("doc", "c.txt", 1), ("doc", "c.txt", 2)]
    first, (kind, code, message) = out["stuck.txt"]
    assert first == ("doc", "stuck.txt", 1)  # what was sent before it stuck is kept
    assert (kind, code) == ("failure", "over_limit")
    assert "time limit" in message and "after 1 document(s)" in message


def test_a_dying_worker_costs_its_file_only() -> None:
    out = _run(["a.txt", "dies.txt", "c.txt"], jobs=2, seconds=30)
    assert out["a.txt"][-1] == ("doc", "a.txt", 2) and out["c.txt"][-1] == ("doc", "c.txt", 2)
    kind, code, message = out["dies.txt"][-1]
    assert (kind, code) == ("failure", "internal") and "exit code 3" in message


PARENT = """
import os, sys
sys.path.insert(0, {root!r})
from tests.test_hardening_pool import work, _fail
from gwr.store import pool
from gwr.ingest.budget import Budget, using
with using(Budget(seconds=3600)):
    for path, results in pool.run([("sleeps-a", frozenset()), ("sleeps-b", frozenset())], 2, work, _fail):
        pass
"""


def _children(pid: int) -> list[int]:
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False
    )
    return [int(p) for p in out.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ps --ppid and /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["kill", "term", "int"])
def test_no_process_outlives_the_parent(sig: signal.Signals) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT.format(root=str(ROOT))], cwd=ROOT)
    try:
        children: list[int] = []
        for _ in range(600):  # the two workers and the resource tracker start
            children = _children(parent.pid)
            if len(children) >= 3:
                break
            time.sleep(0.1)
        assert len(children) >= 2, children
        time.sleep(1)  # let the workers take their tasks
        parent.send_signal(sig)
        parent.wait(60)
        for _ in range(300):
            if not any(_alive(c) for c in children):
                break
            time.sleep(0.1)
        assert [c for c in children if _alive(c)] == []
    finally:
        if parent.poll() is None:
            parent.kill()
