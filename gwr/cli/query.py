"""Corpus commands that read tables: panel, search, attention."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gwr.cli.options import DbOpt, DictOpt, FormatOpt, LevelOpt, OutOpt, RegionOpt, YearOpt
from gwr.cli.output import console, emit, missing, note, open_corpus
from gwr.names import years


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
    chosen_years = years(year)
    with open_corpus(db) as corpus:
        frame = corpus.panel(
            indicator, measure, status, level=level, regions=region, years=chosen_years, wide=wide
        )
    columns = (
        list(frame.columns)
        if wide
        else ["region_code", "region_name", "year", "value", "comparator", "unit", "raw", "document_id"]
    )
    emit(frame, fmt, out, columns, f"{indicator} {measure} {status}")


def search(
    query: Annotated[str, typer.Argument(help="Words to find; spaces separate phrases that must all occur.")],
    region: RegionOpt = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Documents to show.")] = 20,
    per_doc: Annotated[int, typer.Option("--per-doc", min=1, help="Lines per document.")] = 1,
    db: DbOpt = Path("gwr.db"),
) -> None:
    """Full-text search with keyword-in-context lines, best documents first."""
    from rich.markup import escape

    chosen_years = years(year)
    with open_corpus(db) as corpus:
        hits = corpus.search(
            query, regions=region, years=chosen_years, level=level, limit=limit, per_doc=per_doc
        )
    screen = console()
    for h in hits.itertuples(index=False):
        head = f"{escape(str(h.region_name or '?'))} {'' if missing(h.year) else h.year} #{h.document_id}"
        line = f"{escape(h.left)}[bold red]{escape(h.match)}[/bold red]{escape(h.right)}"
        screen.print(f"[dim]{h.score:8.2f}[/dim] {head}: {line}")
    method = "" if hits.empty or hits["method"].iloc[0] == "fts" else " (substring match)"
    note(f"{hits['document_id'].nunique()} document(s){method}")


def attention(
    dict_file: DictOpt = None,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = Path("gwr.db"),
) -> None:
    """Policy attention: topic term counts per 10,000 characters and sentence shares."""
    from gwr.taxonomy import topics

    chosen = topics(str(dict_file) if dict_file else None)
    with open_corpus(db) as corpus:
        frame = corpus.attention(chosen)
    emit(
        frame,
        fmt,
        out,
        ["document_id", "region_name", "year", "topic", "count", "per_10k_chars", "sentence_share"],
        "attention",
    )


COMMANDS = (panel, search, attention)
