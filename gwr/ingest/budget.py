"""One budget per document, however it arrived: a file, a zip member, a CSV/XLSX
cell, a JSONL string or a docx part.

    bytes    the input bytes of one document (a container's own size has its own caps)
    chars    the decoded characters of one document
    seconds  reading and extracting one document
    memory   the address space of a worker process of ``gwr ingest -j N``

A document over a limit becomes one ``Failure`` with code ``over_limit`` whose
message names the limit; the documents beside it go on. The time limit is kept
in the process with SIGALRM (main thread only; Python code and the regular
expression engines stop at it); in the worker pool the parent also stops a
worker that runs past it in C code and replaces it (``gwr.store.ingest``).

    from gwr.ingest.budget import Budget, using

    with using(Budget(seconds=5)):
        ...  # every document read and extracted here has 5 s
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType


@dataclass(frozen=True, slots=True)
class Budget:
    bytes: int = 32 * 2**20  # a long report is under 5 MiB
    chars: int = 8 * 2**20  # a long report is under 1 million characters
    seconds: float = 60.0  # a long report takes about 1 s
    memory: int = 6 * 2**30  # a worker uses about 0.3 GiB

    def describe(self) -> str:
        return (
            f"{self.bytes / 2**20:g} MiB, {self.chars:,} characters, {self.seconds:g} s "
            f"per document; {self.memory / 2**30:g} GiB per worker"
        )


DEFAULT = Budget()
_CURRENT: ContextVar[Budget] = ContextVar("gwr_budget", default=DEFAULT)


def current() -> Budget:
    return _CURRENT.get()


@contextlib.contextmanager
def using(budget: Budget) -> Iterator[Budget]:
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


class OverBudget(BaseException):
    """Raised inside a document's work when it runs past its time limit (a BaseException,
    like KeyboardInterrupt, so that the readers' ``except Exception`` lets it through)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took more than {seconds:g} s (the time limit, Budget.seconds)")
        self.seconds = seconds


def over_chars(chars: int, budget: Budget | None = None) -> str | None:
    budget = budget or current()
    if chars <= budget.chars:
        return None
    return f"{chars:,} characters, over the limit of {budget.chars:,} for one document (Budget.chars)"


def over_bytes(size: int, budget: Budget | None = None) -> str | None:
    budget = budget or current()
    if size <= budget.bytes:
        return None
    return (
        f"{size / 2**20:,.1f} MiB, over the limit of {budget.bytes / 2**20:g} MiB for one document "
        "(Budget.bytes); split it"
    )


def memory_message(budget: Budget | None = None) -> str:
    budget = budget or current()
    return f"ran out of memory (the limit is {budget.memory / 2**30:g} GiB per worker, Budget.memory)"


@contextlib.contextmanager
def deadline(seconds: float | None = None) -> Iterator[None]:
    """Raise ``OverBudget`` in this block after ``seconds`` (the budget's by default).

    Only the main thread can take a signal: elsewhere the block runs unbounded.
    Blocks may nest; the inner one's alarm replaces the outer's until it ends."""
    limit = current().seconds if seconds is None else seconds
    if (
        limit <= 0
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "setitimer")
    ):
        yield
        return

    def ring(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(limit)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, ring)
    outer = signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer[0] > 0:  # an outer deadline keeps running
            signal.setitimer(signal.ITIMER_REAL, max(outer[0] - (time.monotonic() - started), 0.001))
