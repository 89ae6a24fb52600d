"""Promise tracking: ``gwr scorecard`` (targets against outcomes) and ``gwr projects``.

Both read a corpus database (``--db``); ``gwr scorecard PLAN_FILE REVIEW_FILE`` pairs two
reports directly without one. Rows come from ``gwr.track``; every cell is escaped when shown.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gwr.cli.options import DbOpt, FormatOpt, OutOpt, RegionOpt, YearOpt
from gwr.cli.output import emit, note, open_corpus
from gwr.cli.query import resolve_regions
from gwr.names import years

if TYPE_CHECKING:
    from gwr.track.reports import Report

SHOWN = [
    "region_name",
    "year",
    "indicator",
    "label",
    "measure",
    "comparator",
    "target_value_text",
    "actual_value_text",
    "unit",
    "verdict",
    "margin_text",
    "basis",
]
SUMMARY = [
    "region_name",
    "year",
    "targets",
    "met",
    "missed",
    "no_data",
    "not_comparable",
    "not_due",
    "ambiguous",
    "share_met",
    "gdp_gap",
    "revised",
]
STAGE_SHOWN = ["region_name", "project", "year", "stage", "status", "delayed", "name", "doc", "start"]


def _tolerance(value: str) -> Decimal:
    try:
        tol = Decimal(value)
    except InvalidOperation:
        raise typer.BadParameter(f"not a number: {value!r}", param_hint="--tolerance") from None
    if tol < 0 or not tol.is_finite():
        raise typer.BadParameter(
            "must be 0 or more (percentage points for percentages)", param_hint="--tolerance"
        )
    return tol


def _one_report(path: Path) -> Report:
    from gwr.pipeline import extract
    from gwr.track.reports import from_document
    from gwr.types import Failure, GwrError

    if not path.exists():
        raise typer.BadParameter(f"no such file: {path}")
    items = list(extract(path))
    docs = [d for d in items if not isinstance(d, Failure)]
    if not docs:
        failure = next((d for d in items if isinstance(d, Failure)), None)
        raise GwrError(f"{path}: no report read" + (f" ({failure.message})" if failure else ""))
    if len(docs) > 1:
        note(f"{path} holds {len(docs)} documents; using the first")
    return from_document(docs[0])


def scorecard(
    files: Annotated[
        list[Path] | None, typer.Argument(help="PLAN_FILE REVIEW_FILE: pair two reports without a database.")
    ] = None,
    region: RegionOpt = None,
    year: YearOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="Every region-year of the database.")] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="One row per region-year: counts, share met, GDP gap.")
    ] = False,
    tolerance: Annotated[
        str, typer.Option("--tolerance", help="How far below a 左右 target still counts as met.")
    ] = "0",
    store: Annotated[
        bool,
        typer.Option("--store", help="Also rebuild the stored tables scorecard and project_stages."),
    ] = False,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Targets of a year against the outcomes the next report gives: met, missed, no_data, ..."""
    from gwr.cli.output import output_format
    from gwr.track.db import frame, fulfilment_frame, scorecard_frame

    tol = _tolerance(tolerance)
    output_format(fmt, out)
    if files:
        if len(files) != 2:
            raise typer.BadParameter("give two files: PLAN_FILE REVIEW_FILE")
        if region or year or all_ or store:
            raise typer.BadParameter(
                "--region/--year/--all/--store read a database; not with PLAN_FILE REVIEW_FILE"
            )
        import dataclasses

        import pandas as pd

        from gwr.fields import SCORE
        from gwr.track.scorecard import fulfilment
        from gwr.track.scorecard import scorecard as score

        plan, review = _one_report(files[0]), _one_report(files[1])
        if plan.region_code != review.region_code:
            note(
                f"the two files name different regions ({plan.region_name}, {review.region_name}); pairing anyway"
            )
        rows = score(plan, [review], tolerance=tol)
        if summary:
            table = pd.DataFrame([dataclasses.asdict(f) for f in fulfilment(rows)])
            emit(table, fmt, out, SUMMARY, f"fulfilment {plan.region_name} {plan.report_year}")
        else:
            emit(frame(rows, SCORE), fmt, out, SHOWN, f"scorecard {plan.region_name} {plan.report_year}")
        return
    codes = resolve_regions(region)
    chosen = years(year)
    if not all_ and codes is None and chosen is None:
        raise typer.BadParameter(
            "say which: --region and/or --year, or --all (or give PLAN_FILE REVIEW_FILE)"
        )
    with open_corpus(db) as corpus:
        if store:
            from gwr.track.db import refresh

            cards, stages = refresh(corpus)
            note(f"stored {cards} scorecard rows and {stages} project stages in {db}")
        if summary:
            table = fulfilment_frame(corpus, codes, chosen, tolerance=tol)
            emit(table, fmt, out, SUMMARY, "fulfilment")
            return
        table = scorecard_frame(corpus, codes, chosen, tolerance=tol)
    if table.empty:
        note("no target matches; see `gwr status` (are the reports of those years ingested?)")
    emit(table, fmt, out, SHOWN, "scorecard")


def projects(
    region: RegionOpt = None,
    fmt: FormatOpt = None,
    out: OutOpt = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Named projects and their stage in each report (planned ... completed), with delays."""
    from gwr.cli.output import output_format
    from gwr.track.db import projects_frame

    codes = resolve_regions(region)
    output_format(fmt, out)
    with open_corpus(db) as corpus:
        table = projects_frame(corpus, codes)
    if table.empty:
        note("no project found")
    emit(table, fmt, out, STAGE_SHOWN, "projects")


COMMANDS = (scorecard, projects)
