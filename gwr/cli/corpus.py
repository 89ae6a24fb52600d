"""Corpus commands that write or describe the database: ingest, reindex, export, status.

Each parses its options and calls one method of ``gwr.Corpus`` (or
``gwr.store.ingest`` / ``gwr.export``); progress and notes go to stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gwr.cli.options import DbOpt, DictOpt, FormatOpt, JobsOpt, OutOpt
from gwr.cli.output import console, emit, note, open_corpus, output_format, said_once

if TYPE_CHECKING:
    from gwr.store.corpus import Corpus
    from gwr.store.ingest import IngestSummary


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or containers (or fsspec URLs).")],
    db: DbOpt = "gwr.db",
    jobs: JobsOpt = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents already stored.")] = False,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Read only files matching this glob (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip files matching this glob (repeatable).")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="Extract on a Dask cluster: tcp://scheduler:8786, or local (-j workers)."
        ),
    ] = None,
) -> None:
    """Extract reports into the corpus database (skips what is already there, and files in
    folders that are no reports: README, code, configuration, manifests)."""
    from gwr.store.sources import is_url, local
    from gwr.types import GwrError

    for given in paths:
        path = local(given)
        if not is_url(path) and not Path(path).exists():
            raise GwrError(f"{path}: no such file or folder; nothing was written")
    _progress_run(
        db,
        jobs,
        lambda c, fn: c.ingest(
            paths,
            jobs=jobs,
            force=force,
            progress=fn,
            include=include or (),
            exclude=exclude or (),
            dask=dask,
        ),
    )


def reindex(db: DbOpt = "gwr.db", jobs: JobsOpt = 1) -> None:
    """Re-extract documents stored by an older extractor version (from their stored paths)."""
    from gwr.store.ingest import reindex as run

    open_corpus(db).close()
    _progress_run(db, jobs, lambda c, fn: run(c, jobs=jobs, progress=fn))


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet, xlsx or dta.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the six tables.")],
    dict_file: DictOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Write documents, mentions, panel, attention, scorecard and projects tables into a folder."""
    from gwr.export import export_corpus
    from gwr.taxonomy import topics

    chosen = topics(str(dict_file) if dict_file else None)
    with open_corpus(db) as corpus:
        for path in export_corpus(corpus, out, fmt.lower(), topics=chosen):
            note(f"wrote {path}")


def status(fmt: FormatOpt = None, out: OutOpt = None, db: DbOpt = "gwr.db") -> None:
    """What the database holds: documents by level and kind with their years and figures, then
    failures, duplicates, conflicting reports and runs (on stderr when the table goes elsewhere)."""
    from gwr.catalog import contents

    shown = output_format(fmt, out)
    with open_corpus(db) as corpus:
        s = corpus.status()
        table = contents(corpus)
    _print_status(s, stderr=shown != "table")
    emit(table, fmt, out, list(table.columns), "documents by level and kind (canonical)")


def _progress_run(db: str, jobs: int, work: Callable[[Corpus, Callable[..., None]], IngestSummary]) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from gwr.store.ingest import ProgressEvent

    corpus = open_corpus(db, create=True)
    with (
        corpus,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[note]}"),
            console=console(stderr=True),
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("files", total=None, note="")

        def update(ev: ProgressEvent) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            docs = ev.added + ev.updated
            rate = docs / elapsed if elapsed > 0 else 0.0
            note = f"{docs} docs ({rate:.1f}/s), {ev.skipped} skipped, {ev.failed} failed"
            bar.update(task, completed=ev.files_done, total=ev.files_total, note=note)

        summary = work(corpus, update)
        conflicts = len(corpus.status().conflicts)
    _report(summary, corpus.location, conflicts)


def _report(s: IngestSummary, db: str, conflicts: int) -> None:
    rate = s.documents / s.seconds if s.seconds else 0.0
    note(
        f"{s.added} added, {s.updated} updated, {s.skipped} skipped, {s.failed} failed "
        f"in {s.seconds:.1f} s ({rate:.1f} docs/s, {s.bytes / 1e6 / max(s.seconds, 1e-9):.2f} MB/s) -> {db}"
    )
    codes: dict[str, int] = {}
    for _, code, _ in s.failures:
        codes[code] = codes.get(code, 0) + 1
    for where, code, message in s.failures[:10]:
        note(f"  failed {where}: {code}: {said_once(where, message)}")
    if s.failed > 10:
        note(f"  ... {s.failed - 10} more failures: see `gwr status --db {db}`")
    for where, why in s.not_reread:
        note(f"  not re-read {where}: {why}")
    if s.not_read:
        shown = ", ".join(Path(p).name for p, _ in s.not_read[:5]) + (", ..." if len(s.not_read) > 5 else "")
        note(
            f"  {len(s.not_read)} file(s) in the folders not read as reports ({shown}): "
            "pass --include GLOB to read them"
        )
    if conflicts:
        note(
            f"  {conflicts} region-year(s) claimed by different reports (one kept as canonical): "
            "see `gwr status`"
        )
    if s.documents == 0 and s.skipped == 0 and s.failed:
        raise typer.Exit(1)


def _print_status(s: object, stderr: bool = False) -> None:
    from rich.markup import escape

    from gwr.store.corpus import Status

    assert isinstance(s, Status)
    say = console(stderr=stderr).print
    say(
        f"{escape(s.path)}: {s.bytes / 1e6:.1f} MB, schema {s.schema_version}, "
        f"extractor {s.extractor_version}"
    )
    dups = ", ".join(f"{k} {v}" for k, v in sorted(s.duplicates.items())) or "none"
    say(f"documents {s.documents} (canonical {s.canonical}; duplicates: {dups}); mentions {s.mentions}")
    if s.outdated:
        say(f"[yellow]{s.outdated} documents from an older extractor: run `gwr reindex`[/yellow]")
    if s.no_region or s.no_year:
        say(f"canonical documents without a region: {s.no_region}, without a year: {s.no_year}")
    for code, name, year, kind, members in s.conflicts:
        say(
            f"[yellow]warning[/yellow] {escape(str(name))} ({code}) {year} {kind}: different reports "
            f"{escape(members)}"
        )
    if s.failures:
        say(f"{len(s.failures)} input(s) could not be read:")
    for path, member, row, code, message in s.failures[:20]:
        where = f"{path}" + (f"!{member}" if member else "") + (f"#row{row}" if row else "")
        say(f"  {escape(where)}: {code}: {escape(said_once(where, message))}")
    if len(s.failures) > 20:
        say(f"  ... and {len(s.failures) - 20} more (SELECT * FROM failures)")
    for rid, command, state, started, finished, added, updated, skipped, failed in s.runs:
        say(
            f"run {rid} {command} {state} {started} -> {finished or '-'}: {added} added, {updated} updated, "
            f"{skipped} skipped, {failed} failed"
        )


COMMANDS = (ingest, reindex, export, status)
