"""Commands that list what exists: indicators and regions, with counts in the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gwr.cli.options import DbOpt, FormatOpt, LevelOpt, OutOpt
from gwr.cli.output import emit, note, open_corpus, output_format

if TYPE_CHECKING:
    from gwr.store.corpus import Corpus


def _corpus_if_any(db: str) -> Corpus | None:
    from gwr.store.corpus import is_url

    if not is_url(db) and not Path(db).exists():
        note(f"no database at {db}: listing gwr's tables without counts")
        return None
    return open_corpus(db)


def indicators(fmt: FormatOpt = None, out: OutOpt = None, db: DbOpt = "gwr.db") -> None:
    """The indicators gwr knows (ids, Chinese names, measures, units), with their figures in the corpus."""
    from gwr.catalog import indicators as table

    output_format(fmt, out)
    corpus = _corpus_if_any(db)
    try:
        frame = table(corpus)
    finally:
        if corpus is not None:
            corpus.close()
    columns = [
        "indicator",
        "name",
        "measures",
        "unit",
        "figures",
        "targets",
        "actuals",
        "first_year",
        "last_year",
    ]
    emit(frame, fmt, out, columns, "indicators")


def regions(
    level: LevelOpt = None,
    under: Annotated[str | None, typer.Option("--under", help="Only divisions inside this region.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also regions with no document in the corpus.")] = False,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Regions with documents in the corpus (codes, names, level, parent, years); --all for every division."""
    from gwr import names
    from gwr.catalog import regions as table

    lvl = names.level(level) if level is not None else None
    inside = None
    if under is not None:
        region = names.region(under)
        if under.strip() not in (region.code, region.name):
            note(f"region {under.strip()} = {region.name} ({region.code})")
        inside = region.code
    output_format(fmt, out)
    corpus = _corpus_if_any(db)
    try:
        frame = table(corpus, level=lvl, under=inside, everything=all_)
    finally:
        if corpus is not None:
            corpus.close()
    columns = [
        "region_code",
        "region_name",
        "short",
        "level",
        "parent",
        "documents",
        "first_year",
        "last_year",
    ]
    emit(frame, fmt, out, columns, "regions")


COMMANDS = (indicators, regions)
