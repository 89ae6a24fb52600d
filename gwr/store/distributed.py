"""distributed: extraction on a Dask cluster (``gwr ingest PATH --dask tcp://scheduler:8786``,
or ``--dask local`` for a ``LocalCluster`` of ``jobs`` worker processes on this machine).

``run_dask`` yields what ``gwr.store.ingest.run_local_pool`` yields, (file, results) as
files complete, so the writer, the progress bar and the failure accounting are the same.
A task is a batch of files (``batches``: the largest files alone, smaller ones gathered up
to ``BATCH_BYTES`` or ``BATCH_FILES``, largest first as in the local pool), for Dask's own
cost per task (scheduling, messages, about 6 ms of CPU) is that of a small report's whole
extraction. The worker runs ``extract_file`` on each file of its batch (reading it: a local
path on a shared filesystem or an fsspec URL) and returns each file's rows; at most
``2 × workers`` batches are in flight, so results stream back to the database, a batch at
a time, while the cluster works.

A worker that dies mid-task (killed, out of memory) loses nothing: the scheduler runs its
batch again on another worker, and since only the parent writes, and only results that
arrived, no document is stored twice. A batch that kills workers again and again
(``distributed.scheduler.allowed-failures``, 3 by default) is split: each of its files runs
again as a task of its own, so only the file that kills workers becomes a failure (code
``internal``, after ``ALONE_TRIES`` deaths on its own), and the run goes on. A document that
fails inside a batch fails alone (``extract_file`` turns every error into that document's
failure row).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from typing import Any

from gwr.store.rows import FailureRow, Key
from gwr.types import GwrError

Result = Any  # gwr.store.ingest.Result (rows, a failure, or None for a skipped document)
Task = tuple[str, frozenset[Key]]  # a file (path or URL) and the documents of it to skip
Extract = Callable[[str, frozenset[Key]], list[Result]]

BATCH_BYTES = 512 * 1024  # a batch gathers files up to this many bytes ...
BATCH_FILES = 32  # ... or this many files
# A file on its own whose worker dies this many times is the culprit (a failure row). A
# worker holds more than one task at a time, so a sound file can die beside the culprit:
# it fails only if that happens on each of its runs.
ALONE_TRIES = 3

# A LocalCluster's workers without the statistical profiler (it samples the running task every
# 10 ms) and with the event loop's checks once a second, not every 20 ms: on a machine where the
# workers share cores with the writer, these took about 13% of the run's CPU (docs/deploy.md).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _client(address: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise GwrError("--dask needs dask.distributed: pip install 'gwr[dask]'") from exc
    if address == "local":
        import dask

        with dask.config.set(QUIET):  # the workers take the config of their nanny
            cluster = LocalCluster(
                n_workers=max(workers, 1),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="10s"), None
    except (OSError, TimeoutError) as exc:
        raise GwrError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start it (dask scheduler) or use --dask local"
        ) from exc


def batches(tasks: list[Task], size: Callable[[str], int]) -> list[list[Task]]:
    """``tasks`` in batches: in order of size, largest first, each batch gathering files until
    it holds ``BATCH_BYTES`` or ``BATCH_FILES`` (a file larger than that is a batch alone)."""
    out: list[list[Task]] = []
    batch: list[Task] = []
    held = 0
    for task in sorted(tasks, key=lambda t: -size(t[0])):
        batch.append(task)
        held += size(task[0])
        if held >= BATCH_BYTES or len(batch) >= BATCH_FILES:
            out.append(batch)
            batch, held = [], 0
    if batch:
        out.append(batch)
    return out


def extract_batch(extract_file: Extract, batch: list[Task]) -> list[tuple[str, list[Result]]]:
    """Worker: (file, its results) for each file of ``batch``, in order."""
    return [(path, extract_file(path, skip)) for path, skip in batch]


def run_dask(
    tasks: list[Task],
    address: str,
    extract_file: Extract,
    *,
    workers: int = 2,
    size: Callable[[str], int] = lambda _: 0,
) -> Iterator[tuple[str, list[Result]]]:
    """Results of ``extract_file`` (``gwr.store.ingest.extract_file``, a module-level function
    the workers import by name) for each (file, skip) of ``tasks`` as their batches complete
    (``size``: a file's bytes, for the batches)."""
    from distributed import as_completed

    if not tasks:
        return
    client, cluster = _client(address, workers)
    try:
        width = max(len(client.scheduler_info().get("workers", {})), 1)
        pending: dict[Any, list[Task]] = {}
        deaths: dict[str, int] = {}  # a file run on its own: the times its worker died
        queue = iter(batches(tasks, size))
        running = as_completed()

        def submit(batch: list[Task]) -> None:
            future = client.submit(extract_batch, extract_file, batch, pure=False)
            pending[future] = batch
            running.add(future)

        for batch in itertools.islice(queue, 2 * width):
            submit(batch)
        for future in running:
            batch = pending.pop(future)
            done: list[tuple[str, list[Result]]] = []
            try:
                done = future.result()
            except Exception as exc:  # KilledWorker, or a worker that cannot import gwr
                if len(batch) > 1:  # each file again on its own: only the culprit fails
                    for task in batch:
                        submit([task])
                else:
                    path = batch[0][0]
                    deaths[path] = deaths.get(path, 0) + 1
                    if deaths[path] < ALONE_TRIES:
                        submit(batch)  # a file can die beside the culprit (its worker held both): again
                    else:
                        why = f"{type(exc).__name__}: {exc}"
                        done = [(path, [FailureRow(path, None, None, "internal", why, None)])]
            finally:
                future.release()
            yield from done
            for batch in itertools.islice(queue, 1):
                submit(batch)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
