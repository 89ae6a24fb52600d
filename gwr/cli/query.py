"""Corpus commands that read tables: panel, search, attention.

Every name option is resolved by ``gwr.names`` before the database is opened:
an unknown name is a usage error (exit 2) naming the closest ones, and a name
resolved to something else (驻马店 → 驻马店市 411700) is said on stderr.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from gwr.cli.options import DbOpt, DictOpt, FormatOpt, LevelOpt, OutOpt, RegionOpt, YearOpt
from gwr.cli.output import console, emit, missing, note, open_corpus

if TYPE_CHECKING:
    import pandas as pd

    from gwr.names import Selection
    from gwr.store.corpus import Corpus


def resolve(
    indicator: str | None = None,
    measure: str | None = None,
    status: str | None = None,
    level: str | None = None,
    region: list[str] | None = None,
    year: list[str] | None = None,
) -> Selection:
    """The options of a command resolved by ``gwr.names.select`` (as the web app resolves its
    own), saying on stderr what an indicator or region name resolved to."""
    from gwr import names

    chosen = names.select(indicator, measure, status, level, region, year)
    if indicator and chosen.indicator != indicator.strip().lower():
        note(f"indicator {indicator.strip()} = {chosen.indicator}")
    for value, found in zip([v for v in region or [] if v.strip()], chosen.regions or (), strict=True):
        if value.strip() not in (found.code, found.name):
            note(f"region {value.strip()} = {found.name} ({found.code})")
    return chosen


def figure(sel: Selection) -> tuple[str, tuple[str, str]]:
    """(indicator, (measure, status)) of a selection that must name one kind of figure."""
    from gwr.names import BadName

    if sel.indicator is None or sel.measure is None:
        raise BadName("--indicator and --measure: give an indicator and a measure")
    return sel.indicator, (sel.measure, sel.status or "target")


def resolve_regions(values: list[str] | None) -> list[str] | None:
    """Region codes for --region values, saying on stderr what each name resolved to."""
    return resolve(region=values).codes


def absent_regions(corpus: Corpus, codes: list[str], db: str) -> None:
    """Say which of ``codes`` has no document in the corpus (a valid name, but no data)."""
    from gwr.regions import by_code

    held = set(corpus.documents()["region_code"].dropna())
    for code in codes:
        if code not in held:
            region = by_code(code)
            name = region.name if region else code
            note(f"{db} holds no document of {name} ({code}); see `gwr regions`")


def panel(
    indicator: Annotated[
        str, typer.Option("--indicator", help="Indicator id or Chinese name: gdp, 地区生产总值.")
    ],
    measure: Annotated[str, typer.Option("--measure", help="level, growth, rate, share, ...")] = "growth",
    status: Annotated[str, typer.Option("--status", help="target, actual or estimate.")] = "target",
    level: LevelOpt = None,
    region: RegionOpt = None,
    year: YearOpt = None,
    wide: Annotated[
        bool, typer.Option("--wide", help="Regions x years of value (low/high for ranges).")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Every candidate figure of each cell and why one was chosen.")
    ] = False,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """One figure per region and year: a panel ready for analysis."""
    from gwr.cli.output import output_format

    sel = resolve(indicator, measure, status, level, region, year)
    ind, chosen = figure(sel)
    lvl, codes, chosen_years = sel.level, sel.codes, sel.years
    output_format(fmt, out)
    if explain:
        with open_corpus(db) as corpus:
            frame = corpus.panel_explain(ind, *chosen, level=lvl, regions=codes, years=chosen_years)
        shown = ["region_name", "year", "rank", "value", "comparator", "raw", "doc_kind", "report_year"]
        emit(
            frame,
            fmt,
            out,
            [*shown, "section", "confidence", "why"],
            f"{ind} {chosen[0]} {chosen[1]}: candidates",
        )
        return
    from gwr.store.panel import widen
    from gwr.store.verified import verified_panel

    with open_corpus(db) as corpus:
        frame = verified_panel(corpus, ind, *chosen, level=lvl, regions=codes, years=chosen_years)
        if wide:
            frame = widen(frame.drop(columns=["verified"]))
        if frame.empty and codes:
            absent_regions(corpus, codes, db)
    columns = (
        list(frame.columns)
        if wide
        else ["region_code", "region_name", "year", "value", "comparator", "unit", "raw", "document_id"]
    )
    if frame.empty:
        note(f"no {ind} {chosen[0]} {chosen[1]} figure matches; see `gwr indicators` and `gwr status`")
    emit(frame, fmt, out, columns, f"{ind} {chosen[0]} {chosen[1]}")


def search(
    query: Annotated[str, typer.Argument(help="Words to find; spaces separate phrases that must all occur.")],
    region: RegionOpt = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1_000_000, help="Documents to show.")] = 20,
    per_doc: Annotated[int, typer.Option("--per-doc", min=1, max=1000, help="Lines per document.")] = 1,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Full-text search with keyword-in-context lines, best documents first."""
    from gwr.cli.output import output_format

    sel = resolve(level=level, region=region, year=year)
    lvl, codes, chosen_years = sel.level, sel.codes, sel.years
    shown = output_format(fmt, out)
    with open_corpus(db) as corpus:
        hits = corpus.search(
            query, regions=codes, years=chosen_years, level=lvl, limit=limit, per_doc=per_doc
        )
        if hits.empty and codes:
            absent_regions(corpus, codes, db)
    method = "" if hits.empty or hits["method"].iloc[0] == "fts" else " (substring match)"
    if shown != "table":
        emit(hits, fmt, out, list(hits.columns), f"search {query}")
    else:
        _print_kwic(hits)
    note(f"{hits['document_id'].nunique()} document(s){method}")


def _print_kwic(hits: pd.DataFrame) -> None:
    from rich.markup import escape

    screen = console()
    for h in hits.itertuples(index=False):
        head = f"{escape(str(h.region_name or '?'))} {'' if missing(h.year) else h.year} #{h.document_id}"
        line = f"{escape(str(h.left))}[bold red]{escape(str(h.match))}[/bold red]{escape(str(h.right))}"
        screen.print(f"[dim]{h.score:8.2f}[/dim] {head}: {line}")


def attention(
    dict_file: DictOpt = None,
    topic: Annotated[list[str] | None, typer.Option("--topic", help="Topic id (repeatable).")] = None,
    region: RegionOpt = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Policy attention: topic term counts per 10,000 characters and sentence shares."""
    from gwr import names
    from gwr.cli.output import output_format
    from gwr.frames import keep_rows
    from gwr.taxonomy import topics

    chosen = topics(str(dict_file) if dict_file else None)
    if topic:
        chosen = tuple(t for t in chosen if t.id in {names.topic(x, chosen) for x in topic})
    sel = resolve(level=level, region=region, year=year)
    lvl, codes, chosen_years = sel.level, sel.codes, sel.years
    output_format(fmt, out)
    with open_corpus(db) as corpus:
        frame = corpus.attention(chosen)
    frame = keep_rows(frame, regions=codes, years=chosen_years, level=lvl)
    emit(
        frame,
        fmt,
        out,
        ["document_id", "region_name", "year", "topic", "count", "per_10k_chars", "sentence_share"],
        "attention",
    )


COMMANDS = (panel, search, attention)
