"""gwr.store.pool.Solo: one warm worker process whose calls have a hard time limit. A call
stuck where no signal reaches it (C code: here SIGALRM blocked) has its worker killed and
raises TooLong; the next call gets a new worker; a failing call is one line."""

from __future__ import annotations

import os
import signal
import time

import pytest

from gwr.ingest.budget import Budget
from gwr.store.pool import Solo, TooLong


def echo(task: object) -> tuple[object, int]:
    return task, os.getpid()


def stuck(task: object) -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as C code that never returns to Python
    time.sleep(120)


def fails(task: object) -> None:
    raise ValueError(f"bad input {task!r}")


def test_calls_reuse_one_warm_worker() -> None:
    solo = Solo(echo, Budget(seconds=30))
    try:
        first, pid = solo.run("a")
        second, again = solo.run({"b": 1})
        assert (first, second, pid == again, pid != os.getpid()) == ("a", {"b": 1}, True, True)
    finally:
        solo.close()


def test_a_stuck_call_is_stopped_at_the_hard_limit_and_the_next_call_works() -> None:
    solo = Solo(stuck, Budget(seconds=0.2))
    try:
        t0 = time.monotonic()
        with pytest.raises(TooLong, match="worker was stopped"):
            solo.run("x")
        assert time.monotonic() - t0 < solo.hard + 30  # 30 s: the spawn of a worker on a loaded machine
        old = solo._proc
        assert old is None
        solo.work = echo  # the same Solo, a new worker
        assert solo.run("y")[0] == "y"
    finally:
        solo.close()


def test_a_failing_call_is_one_line_and_the_worker_goes_on() -> None:
    solo = Solo(fails, Budget(seconds=30))
    try:
        with pytest.raises(RuntimeError, match="ValueError: bad input 'z'"):
            solo.run("z")
        pid = solo._proc.pid
        with pytest.raises(RuntimeError):
            solo.run("w")
        assert solo._proc.pid == pid
    finally:
        solo.close()
