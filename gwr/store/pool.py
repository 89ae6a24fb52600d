"""pool: worker processes for ``gwr ingest -j N`` that no document and no signal can strand.

Each worker is a spawned process (not forked from a server that would outlive
us) running ``work(path, skip)`` for one file at a time and sending back each
document's result as soon as it is made. Within the worker every document has
its budget (``gwr.ingest.budget``): the time limit by SIGALRM, the memory limit
as the worker's address-space limit. The parent keeps the same time limit from
outside: a worker silent for longer than it (stuck in C code that never looks
at signals) is killed, its file gets one ``over_limit`` failure after the
documents it had sent, and a new worker takes its place. A worker that dies
(killed, out of memory) costs its file the same way, not the run.

No process is left behind: workers die with the parent (``PR_SET_PDEATHSIG``
on Linux, and a check of the parent's pid between files elsewhere), ignore
Ctrl-C (the parent stops them), and are killed when the parent's loop ends for
any reason (an exception, KeyboardInterrupt, SIGTERM turned into SystemExit by
the CLI, or the generator being closed).

``Solo`` is the same machinery for one call at a time (the web app's uploads): a warm worker,
its budget inside, a hard limit outside that kills and replaces it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from gwr.ingest.budget import Budget, current, memory_message, using

Work = Callable[[str, frozenset[Any]], Iterator[Any]]
Fail = Callable[[str, str, str], Any]  # (path, code, message) -> a failure result


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform
        return
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _tasks(conn: Connection, budget: Budget, parent: int) -> Iterator[Any]:
    """In a worker process: set it up (dies with its parent, ignores Ctrl-C, memory limit, the
    budget) and yield each task the parent sends until it sends None, goes away or dies."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us
    if os.getppid() != parent:  # the parent died before we got here
        return
    _limit_memory(budget.memory)
    with using(budget):
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return
            if task is None or os.getppid() != parent:
                return
            yield task


def _worker(conn: Connection, work: Work, budget: Budget, parent: int) -> None:
    for path, skip in _tasks(conn, budget, parent):
        try:
            for result in work(path, skip):
                conn.send(("row", result))
        except MemoryError:
            conn.send(("failed", "over_limit", memory_message(budget)))
        except Exception as exc:  # work never raises; if it does, its file fails, the worker goes on
            conn.send(("failed", "internal", f"{type(exc).__name__}: {exc}"))
        conn.send(("done",))


class _Worker:
    def __init__(self, ctx: Any, work: Work, budget: Budget) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, work, budget, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.path: str | None = None
        self.results: list[Any] = []
        self.last = 0.0

    def give(self, task: tuple[str, frozenset[Any]]) -> None:
        self.path, self.results, self.last = task[0], [], time.monotonic()
        self.conn.send(task)

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(5)
            self.conn.close()


def run(
    tasks: list[tuple[str, frozenset[Any]]], jobs: int, work: Work, fail: Fail
) -> Iterator[tuple[str, list[Any]]]:
    """``(path, results)`` for each task as its file completes, in ``jobs`` worker processes."""
    budget = current()
    hard = budget.seconds * 1.25 + 5  # the worker's own alarm comes first; this is for C code
    ctx = multiprocessing.get_context("spawn")
    queue = deque(tasks)
    workers = [_Worker(ctx, work, budget) for _ in range(min(jobs, len(tasks)))]
    try:
        while True:
            for w in workers:
                if w.path is None and queue:
                    w.give(queue.popleft())
            busy = [w for w in workers if w.path is not None]
            if not busy:
                return
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=1.0)
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.path is None:
                    continue
                ended = False
                try:
                    while w.conn.poll():
                        msg = w.conn.recv()
                        w.last = now
                        if msg[0] == "row":
                            w.results.append(msg[1])
                        elif msg[0] == "failed":
                            w.results.append(fail(w.path, msg[1], msg[2]))
                        else:  # done
                            ended = True
                            break
                except (EOFError, OSError):
                    pass  # died: the sentinel says so below
                if ended:
                    path, results = w.path, w.results
                    w.path, w.results = None, []
                    yield path, results
                    continue
                if not w.proc.is_alive():
                    why = f"the worker process died (exit code {w.proc.exitcode}: killed, or out of memory)"
                    code = "internal"
                elif now - w.last > hard:
                    why = (
                        f"a document took more than {budget.seconds:g} s (the time limit, Budget.seconds) "
                        "and did not stop by itself; its worker was stopped and replaced"
                    )
                    code = "over_limit"
                else:
                    continue
                path, results = w.path, w.results
                w.stop()
                workers[i] = _Worker(ctx, work, budget)
                yield path, [*results, fail(path, code, f"{path}: after {len(results)} document(s), {why}")]
    finally:
        for w in workers:
            w.stop()


def _solo(conn: Connection, work: Callable[[Any], Any], budget: Budget, parent: int) -> None:
    for task in _tasks(conn, budget, parent):
        try:
            conn.send(("ok", work(task)))
        except MemoryError:
            conn.send(("failed", memory_message(budget)))
        except Exception as exc:  # the caller gets one line, the worker goes on
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


class TooLong(Exception):
    """A call to ``Solo.run`` that did not answer within its time limit (its worker was stopped)."""


class Solo:
    """One warm worker process running ``work(task)`` (a module-level function) one call at a
    time, within ``budget`` (SIGALRM time limit inside, memory as its address-space limit) and
    a hard limit from outside: a call silent for ``budget.seconds * 1.25 + 5`` s (stuck in C code
    that never looks at signals) has its worker killed and raises ``TooLong``; the next call
    starts a new worker. Calls from several threads wait their turn (``run`` holds a lock).
    ``close`` stops the worker; it also dies with its parent."""

    def __init__(self, work: Callable[[Any], Any], budget: Budget | None = None) -> None:
        import threading

        self.work = work
        self.budget = budget or current()
        self.hard = self.budget.seconds * 1.25 + 5
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Connection | None = None

    def run(self, task: Any) -> Any:
        """``work(task)`` in the worker; ``TooLong`` past the hard limit (waiting included),
        ``RuntimeError`` with one line when ``work`` failed or the worker died."""
        started = time.monotonic()
        if not self._lock.acquire(timeout=self.hard):
            raise TooLong(f"waited {self.hard:g} s for the worker, busy with another call")
        try:
            conn = self._start()
            conn.send(task)
            left = max(self.hard - (time.monotonic() - started), 0.1)
            if not conn.poll(left):
                self._stop()
                raise TooLong(f"no answer within {self.hard:g} s: the worker was stopped")
            try:
                status, value = conn.recv()
            except (EOFError, OSError):
                self._stop()
                raise RuntimeError("the worker process died (killed, or out of memory)") from None
            if status != "ok":
                raise RuntimeError(str(value))
            return value
        finally:
            self._lock.release()

    def _start(self) -> Connection:
        if self._proc is None or not self._proc.is_alive() or self._conn is None:
            self._stop()
            ctx = multiprocessing.get_context("spawn")
            self._conn, child = ctx.Pipe()
            self._proc = ctx.Process(
                target=_solo, args=(child, self.work, self.budget, os.getpid()), daemon=True
            )
            self._proc.start()
            child.close()
        return self._conn

    def _stop(self) -> None:
        proc, conn, self._proc, self._conn = self._proc, self._conn, None, None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if proc is not None and proc.is_alive():
                proc.kill()
            if proc is not None:
                proc.join(5)
            if conn is not None:
                conn.close()

    def close(self) -> None:
        with self._lock:
            self._stop()
