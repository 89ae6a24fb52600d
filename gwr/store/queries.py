"""queries: the SQL both engines run, with ``?`` placeholders (the PostgreSQL engine turns
them into ``%s``). Column lists come from ``gwr.fields``; nothing here is engine-specific:
no PRAGMA, no FTS, only SQL that SQLite 3.39+ and PostgreSQL 13+ read the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from gwr.fields import DOCUMENT_EXPORT, MENTION, Field

if TYPE_CHECKING:
    import pandas as pd

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
        "coalesce(m.year, d.report_year) AS year, m.report_year",
        *(c for f in MENTION if f.name != "year" for c in _select("m", f)),
    ]
)
# The panel's choice among several figures for one (indicator, measure, status, region, year):
# (1) the figure is of the document's own year (report year for targets, review year for actuals
# and estimates); (2) a report before a summary; (3) a figure of the main-target passage first;
# (4) highest confidence; (5) the document whose source (path, member, row) sorts first; (6) the
# first in the text.
PANEL = """
WITH c AS (
  SELECT m.indicator, m.measure, m.status, m.region_code, d.region_name, d.level,
         coalesce(m.year, d.report_year) AS year, m.value, m.comparator, m.low, m.high, m.strength, m.unit,
         m.document_id, m.span_start AS start, m.span_end AS "end", m.raw, m.sentence, m.value_text,
         m.confidence,
         row_number() OVER (
           PARTITION BY m.indicator, m.measure, m.status, m.region_code, coalesce(m.year, d.report_year)
           ORDER BY
             coalesce(m.year, d.report_year) IS DISTINCT FROM (CASE WHEN m.status = 'target' THEN d.report_year
                                                     ELSE coalesce(d.review_year, d.report_year - 1) END),
             CASE d.doc_kind WHEN 'report' THEN 0 WHEN 'summary' THEN 1 ELSE 2 END,
             m.main DESC, m.confidence DESC, d.path, coalesce(d.member, ''), coalesce(d.row, 0), m.span_start
         ) AS pick
  FROM mentions m JOIN documents d ON d.id = m.document_id
  WHERE {where} AND m.indicator IS NOT NULL AND m.region_code IS NOT NULL
    AND coalesce(m.year, d.report_year) IS NOT NULL
)
SELECT indicator, measure, status, region_code, region_name, level, year, value, comparator, low, high,
       strength, unit, document_id, start, "end", raw, sentence, value_text, confidence
FROM c WHERE pick = 1 ORDER BY indicator, measure, status, region_code, year
"""
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


def widen(frame: pd.DataFrame) -> pd.DataFrame:
    """Regions x years of ``value`` (columns: region_code, region_name, level, then one per year)."""
    names = frame.drop_duplicates("region_code", keep="last").set_index("region_code")[
        ["region_name", "level"]
    ]
    wide = frame.pivot(index="region_code", columns="year", values="value")
    wide.columns = [int(c) for c in wide.columns]
    return names.join(wide, how="right").reset_index()
