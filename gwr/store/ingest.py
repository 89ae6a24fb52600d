"""ingest: files -> rows of the corpus database; extraction in worker processes, one writer.

The parent walks the paths, hashes each file and skips a file already stored by
the current extractor version (same raw sha256); every other file goes to a
worker process (``jobs`` > 1; in process when ``jobs`` is 1) that reads and
extracts it and sends back the rows of each document (``gwr.store.rows``:
built in the worker from the typed record, search words included). The parent writes the
documents in the order results arrive (so ids follow completion order; nothing else depends
on them), a few to a transaction (``_Store``), so a killed run leaves a consistent database
and the next run does the rest.
Failures are stored and counted; the batch goes on. Duplicate links are
recomputed at the end (``Writer.dedup``).

This module drives any store through ``Writer``, the few operations it needs;
``gwr.store.corpus.Corpus`` implements them and calls ``ingest`` (imports run
corpus -> ingest -> rows, never back). The worker pool is ``run_local_pool``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from gwr.ingest.select import Selection
from gwr.store import sources
from gwr.store.rows import DocumentRows, FailureRow, Key, document_rows, failure_row
from gwr.types import Document, Failure, GwrError, Provenance, RawDocument

Result = DocumentRows | FailureRow | None  # None: a document already stored (skipped)


class Writer(Protocol):
    """What ingest needs from a store (``gwr.store.corpus.Corpus`` implements it)."""

    @property
    def batch_documents(self) -> int: ...  # at most this many documents to one ``write``

    def begin_run(self, command: str, paths: Sequence[str], extractor_version: str) -> int: ...
    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None: ...
    def load_regions(self) -> None: ...
    def known_sources(self, extractor_version: str) -> dict[str, set[Key]]: ...
    def outdated(self, extractor_version: str) -> list[tuple[int, str, str | None, int | None]]: ...
    def write(
        self, batch: Sequence[DocumentRows], run_id: int | None, extractor_version: str
    ) -> list[str]: ...
    def write_failure(self, row: FailureRow, run_id: int | None) -> None: ...
    def dedup(self) -> Any: ...
    def own_files(self) -> set[Path]: ...


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    files_done: int
    files_total: int
    bytes_done: int
    added: int
    updated: int
    skipped: int
    failed: int


ProgressFn = Callable[[ProgressEvent], None]


@dataclass(slots=True)
class IngestSummary:
    run_id: int
    files: int = 0
    bytes: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (where, code, message), first 50
    not_reread: list[tuple[str, str]] = field(default_factory=list)  # reindex: (where, why)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # files a walk passed over: (path, why)

    @property
    def documents(self) -> int:
        return self.added + self.updated

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "skipped": self.skipped, "failed": self.failed}


# ------------------------------------------------------------------ workers


def rows_of(item: Document | Failure) -> DocumentRows | FailureRow:
    return failure_row(item) if isinstance(item, Failure) else document_rows(item)


def _read(path: str) -> Iterator[RawDocument | Failure]:
    """The documents of one local file or fsspec URL (``gwr.store.sources``)."""
    from gwr.ingest import read_bytes, read_paths

    if not sources.is_url(path):
        yield from read_paths([path])
        return
    try:
        data = sources.read(path)
    except (OSError, GwrError) as exc:
        yield Failure(Provenance(path), "unreadable", str(exc))
        return
    yield from read_bytes(data, sources.name(path), Provenance(path))


def extract_file(path: str, skip: frozenset[Key]) -> list[Result]:
    """Worker: the rows of every document of one file or URL (None for a document in ``skip``).
    Never raises: an unexpected error becomes a failure row."""
    return list(iter_file(path, skip))


def iter_file(path: str, skip: frozenset[Key]) -> Iterator[Result]:
    """``extract_file`` one document at a time, each read and extracted within its budget."""
    from gwr.pipeline import process_safely, read_within_budget

    try:
        for raw in read_within_budget(_read(path), path):
            if isinstance(raw, Failure):
                yield failure_row(raw)
            elif (raw.sha256, raw.provenance.member, raw.provenance.row) in skip:
                yield None
            else:
                yield rows_of(process_safely(raw))
    except Exception as exc:  # a bug in a stage must not stop the batch: record it
        yield failure_row(Failure(Provenance(path), "internal", f"{type(exc).__name__}: {exc}"))


def _failed(path: str, code: str, message: str) -> FailureRow:
    return failure_row(Failure(Provenance(path), code, message))


def _files(
    paths: Sequence[str | Path], selection: Selection, passed: list[tuple[str, str]], sizes: dict[str, int]
) -> Iterator[Path | str | Failure]:
    """Files to read (local paths, or fsspec URLs whose sizes go to ``sizes``); files of a
    folder that ``selection`` passes over go to ``passed``."""
    from gwr.ingest.files import walk  # the same walk (order, hidden files, symlinks) as gwr extract

    for given in map(sources.local, paths):
        if sources.is_url(given):
            root = str(given)
            for item in sources.walk(root):
                if isinstance(item, Failure):
                    yield item
                    continue
                url, size = item
                why = selection.why_skipped(Path(url[len(root) :].lstrip("/") or sources.name(url)), Path())
                if why is None:
                    sizes[url] = size
                    yield url
                else:
                    passed.append((url, why))
            continue
        path = Path(os.path.normpath(Path(given).absolute()))  # a/./b/../c stored as a/c
        if not path.is_dir():
            yield path
            continue
        for found in walk(path):
            why = None if isinstance(found, Failure) else selection.why_skipped(found, path)
            if why is None:
                yield found
            else:
                passed.append((str(found), why))


def _sha256(path: Path | str) -> str | None:
    if isinstance(path, str):
        return sources.sha256(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None  # a FIFO or device would block or never end; the worker records it as skipped
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the worker reports why


def ingest(
    corpus: Writer,
    paths: Sequence[str | Path],
    *,
    jobs: int = 1,
    force: bool = False,
    progress: ProgressFn | None = None,
    command: str = "ingest",
    selection: Selection | None = None,
    dask: str | None = None,
) -> IngestSummary:
    """Extract every document under ``paths`` (local paths or fsspec URLs) into ``corpus`` (see
    the module docstring); in folders, only the files ``selection`` reads (``gwr.ingest.select``:
    no README, code, ...). ``dask``: a scheduler address, or ``local`` for a LocalCluster of
    ``jobs`` workers, runs the extraction there (``gwr.store.distributed``)."""
    from gwr.version import EXTRACTOR_VERSION

    started = time.perf_counter()
    run_id = corpus.begin_run(command, [str(p) for p in paths], EXTRACTOR_VERSION)
    summary = IngestSummary(run_id=run_id)
    store = _Store(corpus, summary, EXTRACTOR_VERSION)
    status = "failed"
    try:
        corpus.load_regions()
        known = {} if force else corpus.known_sources(EXTRACTOR_VERSION)  # by path
        stored: set[Key] = set().union(*known.values())  # from any path
        own = corpus.own_files()
        sizes: dict[str, int] = {}
        found = _files(paths, selection or Selection(), summary.not_read, sizes)
        files = [f for f in found if not (isinstance(f, Path) and f in own)]  # never read our own db
        summary.files = len(files)
        total = len(files)

        def report(done: int) -> None:
            if progress is not None:
                progress(
                    ProgressEvent(
                        done,
                        total,
                        summary.bytes,
                        summary.added,
                        summary.updated,
                        summary.skipped,
                        summary.failed,
                    )
                )

        tasks: list[tuple[str, frozenset[Key]]] = []
        done = 0
        report(done)
        for f in files:  # failures of the walk and files stored whole need no worker
            if isinstance(f, Failure):
                store.add(failure_row(f))
            elif not force and (_sha256(f), None, None) in stored:
                summary.skipped += 1
                summary.bytes += _size(str(f), sizes)
            else:
                skip = frozenset(known.get(str(f), ()))  # the members of a container already stored
                tasks.append((str(f), skip))
                continue
            done += 1
            report(done)
        if dask is not None or jobs > 1:
            # largest files first: a container of many reports started last would keep one
            # worker busy while the others sit idle at the end
            tasks.sort(key=lambda t: -_size(t[0], sizes))
        if dask is not None:
            from gwr.store.distributed import run_dask

            finished = run_dask(tasks, dask, extract_file, workers=jobs, size=lambda p: _size(p, sizes))
        else:
            finished = run_local_pool(tasks, jobs)
        for path, results in finished:
            for item in results:
                store.add(item)
            done += 1
            summary.bytes += _size(path, sizes)
            if done == total:
                store.flush()  # the last progress event carries the final counts
            report(done)
        store.flush()
        corpus.dedup()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        with contextlib.suppress(GwrError):
            store.flush()  # the documents extracted before the interrupt are kept
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        _finish(corpus, run_id, status, summary)
    return summary


def _finish(corpus: Writer, run_id: int, status: str, summary: IngestSummary) -> None:
    try:
        corpus.finish_run(run_id, status, summary.counts())
    except GwrError:
        if status == "done":
            raise
        # the run already failed (disk full, interrupted): its row keeps status 'running'


def _size(path: str, sizes: dict[str, int] | None = None) -> int:
    if sizes and path in sizes:
        return sizes[path]
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def run_local_pool(tasks: list[tuple[str, frozenset[Key]]], jobs: int) -> Iterator[tuple[str, list[Result]]]:
    """Results of ``extract_file`` as they complete; at most ``4 * jobs`` files in flight, so a
    large container holds up one worker, not the writer."""
    if jobs <= 1 or len(tasks) <= 1:
        for path, skip in tasks:
            yield path, extract_file(path, skip)
        return
    from gwr.store import pool

    yield from pool.run(tasks, jobs, iter_file, _failed)


BATCH_CHARS = 4_000_000  # of segmented text pending in one batch
BATCH_SECONDS = 1.0  # since the first document of the batch arrived


class _Store:
    """Stores results in arrival order, the documents several to a transaction: one ``write``
    per ``corpus.batch_documents`` documents, ``BATCH_CHARS`` characters of text or
    ``BATCH_SECONDS`` seconds, whichever comes first (on SQLite each commit flushes the
    full-text index). A run killed loses at most the documents of the open batch, which the
    next run extracts again; a failure row first flushes the documents before it, so rows are
    written in the order they came."""

    def __init__(self, corpus: Writer, summary: IngestSummary, version: str) -> None:
        self.corpus, self.summary, self.version = corpus, summary, version
        self.pending: list[DocumentRows] = []
        self.chars = 0
        self.since = 0.0

    def add(self, item: Result) -> None:
        if item is None:
            self.summary.skipped += 1
        elif isinstance(item, FailureRow):
            self.flush()
            self.corpus.write_failure(item, self.summary.run_id)
            self.summary.failed += 1
            if len(self.summary.failures) < 50:
                self.summary.failures.append((item.where, item.code, item.message))
        else:
            if not self.pending:
                self.since = time.monotonic()
            self.pending.append(item)
            self.chars += len(item.body)
            if (
                len(self.pending) >= self.corpus.batch_documents
                or self.chars >= BATCH_CHARS
                or time.monotonic() - self.since >= BATCH_SECONDS
            ):
                self.flush()

    def flush(self) -> None:
        batch, self.pending, self.chars = self.pending, [], 0
        if batch:
            done = self.corpus.write(batch, self.summary.run_id, self.version)
            added = done.count("added")
            self.summary.added += added
            self.summary.updated += len(done) - added


def reindex(corpus: Writer, *, jobs: int = 1, progress: ProgressFn | None = None) -> IngestSummary:
    """Re-extract the documents stored by an older extractor version, from their stored paths;
    ``not_reread`` names those that could not be re-read (missing, or changed on disk)."""
    from gwr.version import EXTRACTOR_VERSION

    old = corpus.outdated(EXTRACTOR_VERSION)
    paths = sorted({path for _, path, _, _ in old if Path(path).exists()})
    summary = ingest(corpus, paths, jobs=jobs, progress=progress, command="reindex")
    for _, path, member, row in corpus.outdated(EXTRACTOR_VERSION):
        why = "file not found" if not Path(path).exists() else "its content changed since it was stored"
        summary.not_reread.append((FailureRow(path, member, row, "", "", None).where, why))
    return summary


def add_items(corpus: Writer, items: Iterable[Document | Failure]) -> IngestSummary:
    """Store documents extracted in this process, then recompute duplicate links."""
    from gwr.version import EXTRACTOR_VERSION

    run_id = corpus.begin_run("add", [], EXTRACTOR_VERSION)
    summary = IngestSummary(run_id=run_id)
    store = _Store(corpus, summary, EXTRACTOR_VERSION)
    status = "failed"
    try:
        for item in items:
            store.add(rows_of(item))
        store.flush()
        corpus.dedup()
        status = "done"
    finally:
        _finish(corpus, run_id, status, summary)
    return summary
