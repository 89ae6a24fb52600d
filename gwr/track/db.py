"""db: scorecards and project stages of a corpus database.

Reads canonical documents and their figures (``load_reports``), runs the pure library
(``gwr.track.scorecard``, ``gwr.track.projects``) and returns DataFrames whose columns are the
fields declared in ``gwr.fields`` (``SCORE``, ``STAGE``; a decimal is a REAL column and an
exact ``_text`` column). ``refresh`` stores the whole corpus's rows in the derived tables
``scorecard`` and ``project_stages`` (created here from the same declarations, dropped and
rebuilt when the declarations change): they are recomputed from the mentions, never edited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from gwr.fields import MENTION, PROJECT_STAGES, SCORE, SCORECARD, STAGE, TRACK_TABLES, Field, Table, columns
from gwr.track.reports import Report
from gwr.types import Aggregate, Comparator, Measure, Role, Status

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.access import Database


class StoredFigure(NamedTuple):
    """A figure as ``load_reports`` reads it: only what tracking needs (``reports.Figure``), a
    plain tuple made straight from the row (a ``Mention`` of 29 fields costs ten times more)."""

    indicator: str | None
    label: str | None
    value: Decimal | None
    unit: str | None
    low: Decimal | None
    high: Decimal | None
    comparator: Comparator
    measure: Measure
    status: Status
    year: int | None
    start: int
    end: int
    sentence: str
    raw: str
    confidence: float
    section: str | None
    alias: str | None
    main: bool
    aggregate: Aggregate
    period_end: int | None
    scope: str | None
    verified: str = "extracted"  # set by ``corrected_figures``: confirmed or corrected by a person


_DECLARED = [next(f for f in MENTION if f.name == name) for name in StoredFigure._fields[:-1]]
# the SQL columns of StoredFigure's fields in order (a decimal read from its exact text), and
# the positions of the decimals and booleans to convert
_COLUMNS = ", ".join("m." + (f"{f.sql}_text" if f.kind == "decimal" else f.sql) for f in _DECLARED)
_DECIMALS = tuple(i for i, f in enumerate(_DECLARED) if f.kind == "decimal")
_BOOLS = tuple(i for i, f in enumerate(_DECLARED) if f.kind == "bool")


def _where(regions: Sequence[str] | None) -> tuple[str, list[object]]:
    clause = "d.canonical_id = d.id AND d.region_code IS NOT NULL AND d.report_year IS NOT NULL"
    args: list[object] = []
    if regions:
        from gwr.track.lineage import relatives

        codes = sorted({c for r in regions for c in relatives(r)})  # a code's former codes too
        clause += (
            f" AND (d.region_code IN ({', '.join('?' * len(codes))})"
            f" OR d.region_name IN ({', '.join('?' * len(regions))}))"
        )
        args = [*codes, *regions]
    return clause, args


def load_reports(
    corpus: Database, regions: Sequence[str] | None = None, *, text: bool = False
) -> list[Report]:
    """The canonical documents with a region and a year, with their figures (and, with ``text``,
    their clean text and outline): one query per table for the whole corpus, whatever the
    number of region-years. A person's corrections are applied
    (``gwr.store.verified.corrected_figures``)."""
    from gwr.store.verified import corrected_figures

    where, args = _where(regions)
    docs = corpus.execute(
        "SELECT d.id, d.region_code, d.region_name, d.report_year, d.review_year, d.doc_kind"
        + (", d.text" if text else ", ''")
        + f" FROM documents d WHERE {where} ORDER BY d.id",
        tuple(args),
    ).fetchall()
    figures: dict[int, list[StoredFigure]] = {int(d[0]): [] for d in docs}
    cur = corpus.execute(
        f"SELECT m.document_id, {_COLUMNS} FROM mentions m "
        f"JOIN documents d ON d.id = m.document_id WHERE {where} "
        "AND (m.value IS NOT NULL OR m.comparator = 'range') ORDER BY m.document_id, m.ord",
        tuple(args),
    )
    make = StoredFigure._make
    for doc, *r in cur:
        for i in _DECIMALS:
            if r[i] is not None:
                r[i] = Decimal(r[i])
        for i in _BOOLS:
            r[i] = bool(r[i])
        r.append("extracted")
        figures[int(doc)].append(make(r))
    outlines: dict[int, list[tuple[int, int, Role]]] = {int(d[0]): [] for d in docs}
    if text:  # projects read the roles of sections (a stage in a review is an actual)
        cur = corpus.execute(
            "SELECT s.document_id, s.span_start, s.span_end, s.role FROM sections s "
            f"JOIN documents d ON d.id = s.document_id WHERE {where} ORDER BY s.document_id, s.ord",
            tuple(args),
        )
        for doc, start, end, role in cur:
            outlines[int(doc)].append((start, end, role))
    checked = corrected_figures(corpus, figures, StoredFigure)
    return [
        Report(
            str(d[0]),
            d[1],
            d[2],
            d[3],
            d[4],
            d[5],
            checked[int(d[0])],
            d[6] or "",
            tuple(outlines[int(d[0])]),
        )
        for d in docs
    ]


def records(rows: Iterable[object], fields: tuple[Field, ...]) -> list[tuple[Any, ...]]:
    """Plain tuples of typed rows, one value per column of ``fields`` (a decimal: REAL and exact
    ``_text``; a bool 0/1; a list JSON): the stored form, and the data of ``frame``."""
    from gwr.store.rows import sql_value

    getters = [(f.name, f.kind, f) for f in fields]
    out: list[tuple[Any, ...]] = []
    for row in rows:
        rec: list[Any] = []
        for name, kind, f in getters:
            value = getattr(row, name)
            if kind == "decimal":
                rec += (None, None) if value is None else (float(value), format(value, "f"))
            elif kind == "list":
                rec.append(sql_value(f, value))
            elif kind == "bool":
                rec.append(int(bool(value)))
            else:
                rec.append(value)
        out.append(tuple(rec))
    return out


def frame(rows: Iterable[object], fields: tuple[Field, ...]) -> pd.DataFrame:
    """A DataFrame of typed rows with one column per field (a decimal: REAL and exact ``_text``)."""
    import pandas as pd

    names = [name for name, _ in columns(fields)]
    out = pd.DataFrame.from_records(records(rows, fields), columns=names)
    for name, f in columns(fields):
        if f.kind == "int" and f.null:
            out[name] = out[name].astype("Int64")
    return out


def scorecard_frame(
    corpus: Database,
    regions: Sequence[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    tolerance: Decimal = Decimal(0),
) -> pd.DataFrame:
    """One row per target of the chosen region-years (``SCORE`` columns)."""
    from gwr.track.scorecard import scorecards

    reports = load_reports(corpus, regions)
    codes = {r.region_code for r in reports if r.region_code}
    rows = scorecards(reports, tolerance=tolerance, regions=codes, years=years)
    return frame(rows, SCORE)


def fulfilment_frame(
    corpus: Database,
    regions: Sequence[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    tolerance: Decimal = Decimal(0),
) -> pd.DataFrame:
    """One row per region-year: counts of each verdict, share met, GDP growth gap, revisions."""
    import dataclasses

    import pandas as pd

    from gwr.track.scorecard import fulfilment, scorecards

    reports = load_reports(corpus, regions)
    rows = scorecards(reports, tolerance=tolerance, years=years)
    records = [dataclasses.asdict(f) for f in fulfilment(rows)]
    out = pd.DataFrame.from_records(records)
    for col in ("gdp_target", "gdp_actual", "gdp_gap"):
        if col in out:
            out[col] = out[col].map(lambda v: None if v is None else float(v))
    return out


def projects_frame(corpus: Database, regions: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per project, report and stage (``STAGE`` columns)."""
    from gwr.track.projects import projects

    return frame(projects(load_reports(corpus, regions, text=True)), STAGE)


# ------------------------------------------------------------------ stored tables


def _stamp(table: Table) -> str:
    return hashlib.sha256(repr([(n, f.kind) for n, f in columns(table.fields)]).encode()).hexdigest()[:16]


def ensure_tables(corpus: Database) -> None:
    """Create the derived tables (dropping one whose declared columns changed)."""
    from gwr.store.schema import create_table

    dialect = corpus.dialect
    with corpus.transaction():
        for table in TRACK_TABLES:
            key = f"columns_{table.name}"
            row = corpus.execute("SELECT value FROM meta WHERE name = ?", (key,)).fetchone()
            if row is None or row[0] != _stamp(table):
                corpus.execute(f"DROP TABLE IF EXISTS {table.name}")
                corpus.execute(
                    "INSERT INTO meta (name, value) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (key, _stamp(table)),
                )
            corpus.execute(create_table(table, dialect))


def _store(corpus: Database, table: Table, values: list[tuple[Any, ...]]) -> None:
    names = [name for name, _ in columns(table.fields)]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    with corpus.transaction():
        corpus.execute(f"DELETE FROM {table.name}")
        corpus.executemany(sql, values)


def refresh(corpus: Database) -> tuple[int, int]:
    """Rebuild the stored ``scorecard`` and ``project_stages`` tables of the whole corpus;
    returns their row counts."""
    from gwr.track.projects import projects
    from gwr.track.scorecard import scorecards

    ensure_tables(corpus)
    reports = load_reports(corpus, text=True)
    cards = records(scorecards(reports), SCORE)
    stages = records(projects(reports), STAGE)
    _store(corpus, SCORECARD, cards)
    _store(corpus, PROJECT_STAGES, stages)
    return len(cards), len(stages)
