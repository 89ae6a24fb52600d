"""ingest: files -> rows of the corpus database; extraction in worker processes, one writer.

The parent walks the paths, hashes each file and skips a file already stored by
the current extractor version (same raw sha256); every other file goes to a
worker process (``jobs`` > 1; in process when ``jobs`` is 1) that reads and
extracts it and sends back one compact record per document (``compact``: the
JSON record of ``gwr extract`` plus exact decimals, the clean-text hash, the
MinHash signature and the search words). The parent writes each document in its
own transaction as results arrive (so ids follow completion order; nothing
else depends on them), so a killed run leaves a consistent database and the
next run does the rest.
Failures are stored and counted; the batch goes on. Duplicate links are
recomputed at the end (``Corpus.dedup``).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gwr.types import Document, Failure, GwrError, Provenance

if TYPE_CHECKING:
    from gwr.store.corpus import Corpus

Key = tuple[str, str | None, int | None]  # (sha256, member, row)
# the "meta" fields of gwr.record stored as documents columns (a field added there needs a column
# in schema.sql and a version step in corpus.py before it is stored)
META_FIELDS = (
    "region_name",
    "region_code",
    "level",
    "report_year",
    "review_year",
    "speaker",
    "delivered_on",
    "meeting",
    "title",
)


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

    @property
    def documents(self) -> int:
        return self.added + self.updated

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "skipped": self.skipped, "failed": self.failed}


# ------------------------------------------------------------------ records


def _exact(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def compact(item: Document | Failure) -> dict[str, Any]:
    """What a worker sends back for one document: small, picklable, enough to write every table."""
    from gwr import search_tokens
    from gwr.record import document_record, failure_record
    from gwr.store.dedup import minhash

    if isinstance(item, Failure):
        return {"kind": "failure", "record": failure_record(item)}
    record = document_record(item)
    for rec, m in zip(record["indicators"], item.mentions, strict=True):
        rec.update(value_text=_exact(m.value), low_text=_exact(m.low), high_text=_exact(m.high))
    for rec, s in zip(record["outline"], item.outline, strict=True):
        rec["title_end"] = s.title_end
    tokens = search_tokens.segment(item.clean.text)
    full = {
        "kind": "document",
        "record": record,
        "text_sha256": hashlib.sha256(item.clean.text.encode("utf-8")).hexdigest(),
        "minhash": minhash(item.clean.text),
        "tokens": tokens.body,
        "words": tokens.words,
    }
    # the rows are built here, in the worker: the single writer only inserts them
    return {
        "kind": "document",
        "source": record["source"],
        "rows": table_rows(full),
        "tokens": tokens.body,
        "words": tokens.words,
    }


REMOVED_TEXT_LIMIT = 2000


def _clip(text: str) -> str:
    """A removed text as stored in the DB: a pasted-again copy of the whole body is kept
    as its first 2,000 characters and a count (the JSON output keeps all of it)."""
    if len(text) <= REMOVED_TEXT_LIMIT:
        return text
    return f"{text[:REMOVED_TEXT_LIMIT]}…[{len(text) - REMOVED_TEXT_LIMIT} more characters]"


def table_rows(item: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The ``documents`` row and the rows of its child tables, from a compact record."""
    rec = item["record"]
    src, meta = rec["source"], rec["meta"]
    doc = {
        "path": src["path"],
        "member": src.get("member"),
        "row": src.get("row"),
        "source_url": src.get("source_url"),
        "published_on": src.get("published_on"),
        "sha256": rec["sha256"],
        "text_sha256": item["text_sha256"],
        "encoding": rec["encoding"],
        "format": rec["format"],
        "doc_kind": rec["doc_kind"],
        **{k: meta.get(k) for k in META_FIELDS},
        "evidence": json.dumps(rec["evidence"], ensure_ascii=False),
        "warnings": json.dumps(rec["warnings"], ensure_ascii=False),
        "n_warnings": len(rec["warnings"]),
        "chars": len(rec["text"]),
        "text": rec["text"],
        "minhash": item["minhash"],
    }
    sections = [
        {
            "ord": i,
            "title": s["title"],
            "level": s["level"],
            "role": s["role"],
            "span_start": s["start"],
            "span_end": s["end"],
            "title_end": s.get("title_end", s["start"]),
        }
        for i, s in enumerate(rec["outline"])
    ]
    plain = (
        "indicator",
        "label",
        "value",
        "value_text",
        "unit",
        "currency",
        "low",
        "low_text",
        "high",
        "high_text",
        "comparator",
        "measure",
        "status",
        "strength",
        "year",
        "sentence",
        "raw",
        "confidence",
        "section",
        "alias",
    )
    mentions = [
        {
            "ord": i,
            **{k: m.get(k) for k in plain},
            "span_start": m["start"],
            "span_end": m["end"],
            "approx": int(bool(m["approx"])),
            "main": int(bool(m.get("main", False))),
            "flags": json.dumps(m["flags"], ensure_ascii=False) if m["flags"] else "[]",
            "region_code": meta["region_code"],
            "report_year": meta["report_year"],
        }
        for i, m in enumerate(rec["indicators"])
    ]
    removed = [
        {
            "ord": i,
            "rule": e["rule"],
            "span_start": e["start"],
            "span_end": e["end"],
            "text": _clip(e["text"]),
        }
        for i, e in enumerate(rec["removed"])
    ]
    return doc, {"sections": sections, "mentions": mentions, "removed": removed}


def region_rows() -> list[tuple[object, ...]]:
    """Rows of the ``regions`` table, with the province and prefecture each code rolls up to."""
    from gwr import regions
    from gwr.lexicon import read_tsv

    rows: list[tuple[object, ...]] = []
    for r in read_tsv("regions.tsv"):
        start = int(r["valid_from"]) if r["valid_from"] else None
        end = int(r["valid_to"]) if r["valid_to"] else None
        year = end if end is not None else start
        province = regions.province_of(r["code"], year)
        city = regions.city_of(r["code"], year)
        rows.append(
            (
                r["code"],
                r["name"],
                r["short"] or None,
                r["level"],
                r["parent"] or None,
                province.code if province else None,
                city.code if city else None,
                start,
                end,
            )
        )
    return rows


# ------------------------------------------------------------------ workers


def extract_file(path: str, skip: frozenset[Key]) -> list[dict[str, Any]]:
    """Worker: every document of one file as compact records (``{"kind": "skip"}`` for a
    document in ``skip``). Never raises: an unexpected error becomes a failure record."""
    from gwr.ingest import read_paths
    from gwr.pipeline import process_safely

    out: list[dict[str, Any]] = []
    try:
        for raw in read_paths([path]):
            if isinstance(raw, Failure):
                out.append(compact(raw))
            elif (raw.sha256, raw.provenance.member, raw.provenance.row) in skip:
                out.append({"kind": "skip"})
            else:
                out.append(compact(process_safely(raw)))
    except Exception as exc:  # a bug in a stage must not stop the batch: record it
        out.append(compact(Failure(Provenance(path), "internal", f"{type(exc).__name__}: {exc}")))
    return out


def _files(paths: Sequence[str | Path]) -> Iterator[Path | Failure]:
    from gwr.ingest.files import walk  # the same walk (order, hidden files, symlinks) as gwr extract

    for given in paths:
        path = Path(given).absolute()
        if path.is_dir():
            yield from walk(path)
        else:
            yield path


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the worker reports why


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload(["gwr.pipeline", "gwr.store.ingest"])
    return ctx


def ingest(
    corpus: Corpus,
    paths: Sequence[str | Path],
    *,
    jobs: int = 1,
    force: bool = False,
    progress: ProgressFn | None = None,
    command: str = "ingest",
) -> IngestSummary:
    """Extract every document under ``paths`` into ``corpus`` (see the module docstring)."""
    from gwr import EXTRACTOR_VERSION

    started = time.perf_counter()
    run_id = corpus.begin_run(command, [str(p) for p in paths], EXTRACTOR_VERSION)
    summary = IngestSummary(run_id=run_id)
    status = "failed"
    try:
        corpus.load_regions()
        known = set() if force else corpus.known_sources(EXTRACTOR_VERSION)
        own = {
            corpus.path.absolute().with_name(corpus.path.name + s) for s in ("", "-wal", "-shm", "-journal")
        }
        files = [f for f in _files(paths) if not (isinstance(f, Path) and f in own)]  # never read our own db
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
                _store(corpus, compact(f), summary, EXTRACTOR_VERSION)
            elif not force and (_sha256(f), None, None) in known:
                summary.skipped += 1
                summary.bytes += _size(str(f))
            else:
                skip = frozenset() if force else frozenset(corpus.known_sources(EXTRACTOR_VERSION, str(f)))
                tasks.append((str(f), skip))
                continue
            done += 1
            report(done)
        for path, results in _run(tasks, jobs):
            for item in results:
                _store(corpus, item, summary, EXTRACTOR_VERSION)
            done += 1
            summary.bytes += _size(path)
            report(done)
        corpus.dedup()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        _finish(corpus, run_id, status, summary)
    return summary


def _finish(corpus: Corpus, run_id: int, status: str, summary: IngestSummary) -> None:
    try:
        corpus.finish_run(run_id, status, summary.counts())
    except GwrError:
        if status == "done":
            raise
        # the run already failed (disk full, interrupted): its row keeps status 'running'


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _run(tasks: list[tuple[str, frozenset[Key]]], jobs: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Results of ``extract_file`` as they complete; at most ``4 * jobs`` files in flight, so a
    large container holds up one worker, not the writer."""
    if jobs <= 1 or len(tasks) <= 1:
        for path, skip in tasks:
            yield path, extract_file(path, skip)
        return
    # largest files first: a container of many reports started last would keep one
    # worker busy while the others sit idle at the end
    tasks = sorted(tasks, key=lambda t: -_size(t[0]))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        pending: dict[Future[list[dict[str, Any]]], str] = {}
        queue = iter(tasks)
        try:
            while True:
                for path, skip in queue:
                    pending[pool.submit(extract_file, path, skip)] = path
                    if len(pending) >= 4 * jobs:
                        break
                if not pending:
                    return
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    yield pending.pop(fut), fut.result()
        except BrokenProcessPool as exc:
            raise GwrError(
                "a worker process died (killed, out of memory, or a script calling ingest(jobs>1) "
                "without an `if __name__ == '__main__':` guard); what was stored is kept: rerun, "
                "with -j 1 to see which file"
            ) from exc
        finally:
            for fut in pending:
                fut.cancel()


def _store(corpus: Corpus, item: dict[str, Any], summary: IngestSummary, version: str) -> None:
    kind = item["kind"]
    if kind == "skip":
        summary.skipped += 1
    elif kind == "failure":
        rec = item["record"]
        corpus.write_failure(rec, summary.run_id)
        summary.failed += 1
        if len(summary.failures) < 50:
            summary.failures.append((_where(rec["source"]), rec["error"]["code"], rec["error"]["message"]))
    elif corpus.write(item, summary.run_id, version) == "added":
        summary.added += 1
    else:
        summary.updated += 1


def _where(src: dict[str, Any]) -> str:
    member, row = src.get("member"), src.get("row")
    return f"{src['path']}" + (f"!{member}" if member else "") + (f"#row{row}" if row else "")


def reindex(corpus: Corpus, *, jobs: int = 1, progress: ProgressFn | None = None) -> IngestSummary:
    """Re-extract the documents stored by an older extractor version, from their stored paths;
    ``not_reread`` names those that could not be re-read (missing, or changed on disk)."""
    from gwr import EXTRACTOR_VERSION

    old = corpus.outdated(EXTRACTOR_VERSION)
    paths = sorted({path for _, path, _, _ in old if Path(path).exists()})
    summary = ingest(corpus, paths, jobs=jobs, progress=progress, command="reindex")
    for _, path, member, row in corpus.outdated(EXTRACTOR_VERSION):
        why = "file not found" if not Path(path).exists() else "its content changed since it was stored"
        summary.not_reread.append((_where({"path": path, "member": member, "row": row}), why))
    return summary


def add_items(corpus: Corpus, items: Iterable[Document | Failure]) -> IngestSummary:
    """Store documents extracted in this process, then recompute duplicate links."""
    from gwr import EXTRACTOR_VERSION

    run_id = corpus.begin_run("add", [], EXTRACTOR_VERSION)
    summary = IngestSummary(run_id=run_id)
    status = "failed"
    try:
        for item in items:
            _store(corpus, compact(item), summary, EXTRACTOR_VERSION)
        corpus.dedup()
        status = "done"
    finally:
        _finish(corpus, run_id, status, summary)
    return summary
