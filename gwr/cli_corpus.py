"""The corpus commands of ``gwr``: ingest, reindex, panel, search, attention, export, status.

Each command parses its options, calls one method of ``gwr.Corpus`` (or
``gwr.store.ingest`` / ``gwr.export``) and prints the result: tables and KWIC
lines to stdout (text escaped for rich), progress and notes to stderr. Every
error a user can cause (bad database, full disk, bad dictionary, missing file)
becomes one line on stderr and exit code 1; Ctrl-C exits with 130.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.corpus import Corpus
    from gwr.store.ingest import IngestSummary

P = ParamSpec("P")
R = TypeVar("R")

DbOpt = Annotated[Path, typer.Option("--db", envvar="GWR_DB", help="Corpus database (SQLite file).")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction.")]
FormatOpt = Annotated[str | None, typer.Option("--format", "-f", help="csv, parquet, xlsx or dta.")]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file.")]
RegionOpt = Annotated[list[str] | None, typer.Option("--region", help="Region code or name (repeatable).")]
YearOpt = Annotated[list[str] | None, typer.Option("--year", help="Year or range 2015-2020 (repeatable).")]
LevelOpt = Annotated[str | None, typer.Option("--level", help="national, province, city, county, district.")]
DictOpt = Annotated[Path | None, typer.Option("--dict", help="Topic dictionary (.yaml or .csv/.tsv).")]


def _err(message: str) -> None:
    sys.stderr.write(message.replace("\n", " ") + "\n")


def _friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a user can cause into one line on stderr and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from gwr.lexicon import LexiconError
        from gwr.types import GwrError

        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            raise  # `gwr ... | head`: the CLI's main closes quietly
        except (GwrError, LexiconError) as exc:
            _err(f"gwr: {exc}")
        except sqlite3.Error as exc:
            _err(f"gwr: database error: {exc}")
        except OSError as exc:
            _err(f"gwr: {exc.filename or ''}: {exc.strerror or exc}")
        except KeyboardInterrupt:
            _err("gwr: interrupted; what was stored is kept, run the same command again to finish")
            raise typer.Exit(130) from None
        raise typer.Exit(1)

    return wrapper


def _open(db: Path, create: bool = False) -> Corpus:
    from gwr.store.corpus import Corpus

    return Corpus(db, create=create)


def _years(values: list[str] | None) -> list[int] | None:
    from gwr.types import GwrError

    if not values:
        return None
    years: list[int] = []
    for value in values:
        low, _, high = value.partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            raise GwrError(f"--year {value!r}: give a year (2018) or a range (2015-2020)")
        years.extend(range(int(low), int(high or low) + 1))
    return years


def _console(stderr: bool = False) -> object:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _emit(frame: pd.DataFrame, fmt: str | None, out: Path | None, columns: list[str], title: str) -> None:
    """Write ``frame`` to --out (format from --format or the extension), CSV to stdout for
    --format csv, else print a table of ``columns``."""
    from gwr.export import write
    from gwr.types import GwrError

    if out is not None:
        write(frame, out, fmt, title=title)
        _err(f"wrote {len(frame)} rows to {out}")
        return
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
        return
    if fmt is not None:
        raise GwrError(f"--format {fmt} needs --out FILE")
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title)
    shown = [c for c in columns if c in frame.columns]
    for col in shown:
        table.add_column(str(col), no_wrap=True)
    widths = [len(str(c)) for c in shown]
    for row in frame[shown].itertuples(index=False):
        cells = ["" if _missing(v) else str(v) for v in row]
        widths = [max(w, _width(c)) for w, c in zip(widths, cells, strict=True)]
        table.add_row(*(escape(c) for c in cells))
    console = Console(highlight=False)
    console.width = max(console.width, min(sum(widths) + 3 * len(widths) + 1, 2000))  # never squash a panel
    console.print(table)
    _err(f"{len(frame)} rows")


def _width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _missing(value: object) -> bool:
    return value is None or value != value or str(value) == "<NA>"


def _progress_run(db: Path, jobs: int, work: Callable[[Corpus, Callable[..., None]], IngestSummary]) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from gwr.store.ingest import ProgressEvent

    corpus = _open(db, create=True)
    with (
        corpus,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[note]}"),
            console=_console(stderr=True),  # type: ignore[arg-type]
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
    _report(summary, db, conflicts)


def _report(s: IngestSummary, db: Path, conflicts: int) -> None:
    rate = s.documents / s.seconds if s.seconds else 0.0
    _err(
        f"{s.added} added, {s.updated} updated, {s.skipped} skipped, {s.failed} failed "
        f"in {s.seconds:.1f} s ({rate:.1f} docs/s, {s.bytes / 1e6 / max(s.seconds, 1e-9):.2f} MB/s) -> {db}"
    )
    codes: dict[str, int] = {}
    for _, code, _ in s.failures:
        codes[code] = codes.get(code, 0) + 1
    for where, code, message in s.failures[:10]:
        _err(f"  failed {where}: {code}: {message}")
    if s.failed > 10:
        _err(f"  ... {s.failed - 10} more failures: see `gwr status --db {db}`")
    for where, why in s.not_reread:
        _err(f"  not re-read {where}: {why}")
    if conflicts:
        _err(
            f"  {conflicts} region-year(s) claimed by different reports (one kept as canonical): "
            "see `gwr status`"
        )
    if s.documents == 0 and s.skipped == 0 and s.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the ``gwr`` app."""

    @app.command()
    @_friendly
    def ingest(
        paths: Annotated[list[Path], typer.Argument(help="Files, folders or containers.")],
        db: DbOpt = Path("gwr.db"),
        jobs: JobsOpt = 1,
        force: Annotated[bool, typer.Option("--force", help="Re-extract documents already stored.")] = False,
    ) -> None:
        """Extract reports into the corpus database (skips what is already there)."""
        _progress_run(db, jobs, lambda c, fn: c.ingest(paths, jobs=jobs, force=force, progress=fn))

    @app.command()
    @_friendly
    def reindex(db: DbOpt = Path("gwr.db"), jobs: JobsOpt = 1) -> None:
        """Re-extract documents stored by an older extractor version (from their stored paths)."""
        from gwr.store.ingest import reindex as run

        _open(db).close()
        _progress_run(db, jobs, lambda c, fn: run(c, jobs=jobs, progress=fn))

    @app.command()
    @_friendly
    def panel(
        indicator: Annotated[str, typer.Option("--indicator", help="Indicator id, e.g. gdp.")],
        measure: Annotated[str, typer.Option("--measure", help="level, growth, rate, share, ...")] = "growth",
        status: Annotated[str, typer.Option("--status", help="target, actual or estimate.")] = "target",
        level: LevelOpt = None,
        region: RegionOpt = None,
        year: YearOpt = None,
        wide: Annotated[bool, typer.Option("--wide", help="Regions x years of value.")] = False,
        fmt: FormatOpt = None,
        out: OutOpt = None,
        db: DbOpt = Path("gwr.db"),
    ) -> None:
        """One figure per region and year: a panel ready for analysis."""
        with _open(db) as corpus:
            frame = corpus.panel(
                indicator, measure, status, level=level, regions=region, years=_years(year), wide=wide
            )
        columns = (
            list(frame.columns)
            if wide
            else ["region_code", "region_name", "year", "value", "comparator", "unit", "raw", "document_id"]
        )
        _emit(frame, fmt, out, columns, f"{indicator} {measure} {status}")

    @app.command()
    @_friendly
    def search(
        query: Annotated[
            str, typer.Argument(help="Words to find; spaces separate phrases that must all occur.")
        ],
        region: RegionOpt = None,
        year: YearOpt = None,
        level: LevelOpt = None,
        limit: Annotated[int, typer.Option("--limit", min=1, help="Documents to show.")] = 20,
        per_doc: Annotated[int, typer.Option("--per-doc", min=1, help="Lines per document.")] = 1,
        db: DbOpt = Path("gwr.db"),
    ) -> None:
        """Full-text search with keyword-in-context lines, best documents first."""
        from rich.markup import escape

        with _open(db) as corpus:
            hits = corpus.search(
                query, regions=region, years=_years(year), level=level, limit=limit, per_doc=per_doc
            )
        console = _console()
        for h in hits.itertuples(index=False):
            head = (
                f"{escape(str(h.region_name or '?'))} {'' if _missing(h.year) else h.year} #{h.document_id}"
            )
            line = f"{escape(h.left)}[bold red]{escape(h.match)}[/bold red]{escape(h.right)}"
            console.print(f"[dim]{h.score:8.2f}[/dim] {head}: {line}")  # type: ignore[attr-defined]
        method = "" if hits.empty or hits["method"].iloc[0] == "fts" else " (substring match)"
        _err(f"{hits['document_id'].nunique()} document(s){method}")

    @app.command()
    @_friendly
    def attention(
        dict_file: DictOpt = None,
        fmt: FormatOpt = None,
        out: OutOpt = None,
        db: DbOpt = Path("gwr.db"),
    ) -> None:
        """Policy attention: topic term counts per 10,000 characters and sentence shares."""
        from gwr.taxonomy import topics

        chosen = topics(str(dict_file) if dict_file else None)
        with _open(db) as corpus:
            frame = corpus.attention(chosen)
        _emit(
            frame,
            fmt,
            out,
            ["document_id", "region_name", "year", "topic", "count", "per_10k_chars", "sentence_share"],
            "attention",
        )

    @app.command()
    @_friendly
    def export(
        fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet, xlsx or dta.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the four tables.")],
        dict_file: DictOpt = None,
        db: DbOpt = Path("gwr.db"),
    ) -> None:
        """Write documents, mentions, panel and attention tables into a folder."""
        from gwr.export import export_corpus
        from gwr.taxonomy import topics

        chosen = topics(str(dict_file) if dict_file else None)
        with _open(db) as corpus:
            for path in export_corpus(corpus, out, fmt.lower(), topics=chosen):
                _err(f"wrote {path}")

    @app.command()
    @_friendly
    def status(db: DbOpt = Path("gwr.db")) -> None:
        """What the database holds: counts, failures, duplicates, conflicting reports, runs."""
        with _open(db) as corpus:
            s = corpus.status()
        _print_status(s)


def _print_status(s: object) -> None:
    from rich.markup import escape

    from gwr.store.corpus import Status

    assert isinstance(s, Status)
    out = _console()
    say = out.print  # type: ignore[attr-defined]
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
        say(f"  {escape(where)}: {code}: {escape(message)}")
    if len(s.failures) > 20:
        say(f"  ... and {len(s.failures) - 20} more (SELECT * FROM failures)")
    for rid, command, state, started, finished, added, updated, skipped, failed in s.runs:
        say(
            f"run {rid} {command} {state} {started} -> {finished or '-'}: {added} added, {updated} updated, "
            f"{skipped} skipped, {failed} failed"
        )
