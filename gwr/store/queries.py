"""queries: the SQL both engines run, with ``?`` placeholders (the PostgreSQL engine turns
them into ``%s``). Column lists come from ``gwr.fields``; nothing here is engine-specific:
no PRAGMA, no FTS, only SQL that SQLite 3.39+ and PostgreSQL 13+ read the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from gwr.fields import DOCUMENT_EXPORT, MENTION, Field

if TYPE_CHECKING:
    pass

CANONICAL = "d.canonical_id = d.id"
NULLABLE_INTS = frozenset(
    {
        "row",
        "report_year",
        "review_year",
        "year",
        "canonical_id",
        "duplicate_of",
        "period_start",
        "period_end",
    }
)


def _select(alias: str, f: Field) -> list[str]:
    name = f'"{f.out}"' if f.out == "end" else f.out
    out = [f"{alias}.{f.sql}" + ("" if f.sql == f.out else f" AS {name}")]
    if f.kind == "decimal":
        out.append(f"{alias}.{f.sql}_text")
    return out


DOCUMENT_COLUMNS = ", ".join(
    ["d.id AS document_id", *(c for f in DOCUMENT_EXPORT[1:] for c in _select("d", f))]
)
MENTION_COLUMNS = ", ".join(
    [
        "m.id AS mention_id, m.document_id, m.region_code, d.region_name, d.level",
        "coalesce(m.year, d.report_year) AS year, m.report_year, d.path, d.sha256, d.source_url",
        *(c for f in MENTION if f.name != "year" for c in _select("m", f)),
    ]
)
# The panel's rule (PANEL, the views, explain, widen) is gwr.store.panel.
SEARCH_COLUMNS = (
    "document_id",
    "region_code",
    "region_name",
    "level",
    "year",
    "score",
    "method",
    "start",
    "end",
    "snippet",
    "left",
    "match",
    "right",
)
SOURCE_MATCH = "sha256 = ? AND coalesce(member, '') = coalesce(?, '') AND coalesce(row, 0) = coalesce(?, 0)"
FAILURE_MATCH = "path = ? AND coalesce(member, '') = coalesce(?, '') AND coalesce(row, 0) = coalesce(?, 0)"


def report_year_clause(clauses: list[str], report_year: int | Literal["all"] | None) -> list[object]:
    """Append to ``clauses`` the test of the documents' report year (``"all"``: none; None: the
    documents with no report year) and return its arguments."""
    if report_year == "all":
        return []
    if report_year is None:
        clauses.append("d.report_year IS NULL")
        return []
    clauses.append("d.report_year = ?")
    return [int(report_year)]


def filters(
    level: str | None,
    regions: Iterable[str] | None,
    years: Iterable[int] | None,
    include_duplicates: bool,
    figure: tuple[str | None, str | None, str | None] | None,
) -> tuple[str, list[object]]:
    """WHERE clause and arguments over documents ``d`` (and mentions ``m`` when ``figure`` is given)."""
    clauses: list[str] = ["1 = 1"] if include_duplicates else [CANONICAL]
    args: list[object] = []
    if figure is not None:
        for col, value in zip(("indicator", "measure", "status"), figure, strict=True):
            if value is not None:
                clauses.append(f"m.{col} = ?")
                args.append(value)
    if level is not None:
        clauses.append("d.level = ?")
        args.append(level)
    if regions is not None:
        wanted = [str(r) for r in regions]
        marks = ", ".join("?" * len(wanted)) or "NULL"
        clauses.append(f"(d.region_code IN ({marks}) OR d.region_name IN ({marks}))")
        args += wanted + wanted
    if years is not None:
        chosen = [int(y) for y in years]
        year = "coalesce(m.year, d.report_year)" if figure is not None else "d.report_year"
        clauses.append(f"{year} IN ({', '.join('?' * len(chosen)) or 'NULL'})")
        args += chosen
    return " AND ".join(clauses), args
