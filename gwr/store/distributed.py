"""distributed: extraction on a Dask cluster (``gwr ingest PATH --dask tcp://scheduler:8786``,
or ``--dask local`` for a ``LocalCluster`` of ``jobs`` worker processes on this machine).

``run_dask`` yields what ``gwr.store.ingest.run_local_pool`` yields, (file, results) as
files complete, so the writer, the progress bar and the failure accounting are the same.
Each file is one task (``extract_file``: the worker reads the file, a local path on a
shared filesystem or an fsspec URL, and returns its rows); at most ``4 × workers`` tasks
are in flight, largest files first (as in the local pool), so results stream back to the
database while the cluster works.

A worker that dies mid-task (killed, out of memory) loses nothing: the scheduler runs its
tasks again on another worker, and since only the parent writes, and only results that
arrived, no document is stored twice. A task that kills workers again and again
(``distributed.scheduler.allowed-failures``, 3 by default) becomes a failure of its file
(code ``internal``), and the run goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from gwr.store.rows import FailureRow, Key
from gwr.types import GwrError

Result = Any  # gwr.store.ingest.Result (rows, a failure, or None for a skipped document)

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


def run_dask(
    tasks: list[tuple[str, frozenset[Key]]],
    address: str,
    extract_file: Callable[[str, frozenset[Key]], list[Result]],
    *,
    workers: int = 2,
) -> Iterator[tuple[str, list[Result]]]:
    """Results of ``extract_file`` (``gwr.store.ingest.extract_file``, a module-level function
    the workers import by name) for each (file, skip) of ``tasks`` as they complete."""
    from distributed import as_completed

    if not tasks:
        return
    client, cluster = _client(address, workers)
    try:
        width = max(len(client.scheduler_info().get("workers", {})), 1)
        pending: dict[Any, str] = {}
        queue = iter(tasks)
        running = as_completed()

        def submit(n: int) -> None:
            for path, skip in queue:
                future = client.submit(extract_file, path, skip, pure=False)
                pending[future] = path
                running.add(future)
                n -= 1
                if n <= 0:
                    break

        submit(4 * width)
        for future in running:
            path = pending.pop(future)
            try:
                results: list[Result] = future.result()
            except Exception as exc:  # KilledWorker, or a worker that cannot import gwr
                results = [FailureRow(path, None, None, "internal", f"{type(exc).__name__}: {exc}", None)]
            future.release()
            yield path, results
            submit(1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
