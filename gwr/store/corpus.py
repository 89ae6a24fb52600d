"""corpus: the SQLite database of ingested reports, and the only module of gwr that runs SQL.

``Corpus(path)`` opens (or with ``create=True`` creates) a plain SQLite file in
WAL mode whose tables are created by ``schema.sql`` and described in
docs/corpus.md. Writing: ``write`` stores one extracted document with its
sections, mentions, removals and search words in one transaction; ``dedup``
links duplicates (``gwr.store.dedup``). Reading returns pandas DataFrames
(``documents``, ``mentions``, ``panel``, ``search``, ``attention``) built from
canonical documents unless ``include_duplicates=True``.

Opening a database of an older schema upgrades it (``MIGRATIONS``, then
schema.sql, whose statements are all idempotent); a newer one, a corrupt or
locked file, or a full disk raise ``GwrError`` with a one-line message.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from gwr.types import GwrError

if TYPE_CHECKING:
    import pandas as pd

    from gwr.attention import TopicLike
    from gwr.store.dedup import Link
    from gwr.store.ingest import IngestSummary, ProgressFn
    from gwr.types import Document, Failure

SCHEMA_VERSION = 2
# Statements that turn version N into N+1, run in one transaction before schema.sql
# (which then creates whatever is new). Version 0 is a pre-release layout kept to
# exercise the mechanism.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    0: (),
    # 2: mentions keep the indicator name as printed and the main-target flag
    1: (
        "ALTER TABLE mentions ADD COLUMN alias TEXT",
        "ALTER TABLE mentions ADD COLUMN main INTEGER NOT NULL DEFAULT 0",
    ),
}

P = ParamSpec("P")
R = TypeVar("R")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def db_error(exc: sqlite3.Error, path: Path) -> GwrError:
    """A one-line ``GwrError`` saying what went wrong with the database and what to do."""
    msg = str(exc)
    low = msg.lower()
    if "disk is full" in low or "disk i/o error" in low:
        text = (
            f"{path}: the disk is full ({msg}); free some space or pass --db on another disk, "
            "then rerun: documents already written are kept"
        )
    elif "locked" in low or "busy" in low:
        text = f"{path} is locked by another process (another gwr ingest?); wait for it to finish and retry"
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        text = (
            f"{path} is not a gwr database or is corrupted ({msg}); pass another --db or move the file away"
        )
    elif "readonly" in low or "read-only" in low:
        text = f"{path} cannot be written (read-only file or folder); pass --db to a writable place"
    elif "unable to open" in low:
        text = f"cannot open {path}: check that its folder exists and is writable"
    else:
        text = f"{path}: database error: {msg}"
    return GwrError(text)


def _guarded(method: Callable[Concatenate[Corpus, P], R]) -> Callable[Concatenate[Corpus, P], R]:
    """Turn an ``sqlite3.Error`` raised by ``method`` into a one-line ``GwrError``."""

    @functools.wraps(method)
    def wrapper(self: Corpus, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc

    return wrapper


def _insert(table: str, row: dict[str, Any]) -> str:
    """INSERT with named parameters for the keys of ``row`` (keys come from gwr, never from input)."""
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})"


def schema_sql() -> str:
    return (resources.files("gwr.store") / "schema.sql").read_text(encoding="utf-8")


class Corpus:
    """A corpus database. ``create=True`` makes a new file when there is none."""

    def __init__(self, path: str | Path = "gwr.db", *, create: bool = False, timeout: float = 10.0) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise GwrError(f"no database at {self.path}: run `gwr ingest FOLDER --db {self.path}` first")
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc
        try:
            self._prepare(create)
        except sqlite3.Error as exc:
            self.conn.close()
            raise db_error(exc, self.path) from exc
        except GwrError:
            self.conn.close()
            raise

    # -------------------------------------------------------------- opening

    def _prepare(self, create: bool) -> None:
        c = self.conn
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA synchronous = NORMAL")
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            if not create:
                raise GwrError(
                    f"{self.path} is an empty file, not a gwr database; run `gwr ingest` to fill it"
                )
            c.execute("PRAGMA journal_mode = WAL")
            self._script(schema_sql(), SCHEMA_VERSION)
            self.load_regions()
            return
        if "meta" not in tables:
            raise GwrError(f"{self.path} is an SQLite file but not a gwr database (no meta table)")
        row = c.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else -1
        if version < 0:
            raise GwrError(f"{self.path} has no schema version: not a gwr database or damaged")
        if version > SCHEMA_VERSION:
            raise GwrError(f"{self.path} was written by a newer gwr (schema {version}); upgrade gwr")
        if version < SCHEMA_VERSION:
            steps = [s for v in range(version, SCHEMA_VERSION) for s in MIGRATIONS.get(v, ())]
            c.execute("PRAGMA journal_mode = WAL")
            self._script(";\n".join([*steps, schema_sql()]), SCHEMA_VERSION)
            self.load_regions()

    def _script(self, sql: str, version: int) -> None:
        stamp = f"INSERT OR REPLACE INTO meta (name, value) VALUES ('schema_version', '{int(version)}');"
        try:
            self.conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;{stamp}\nCOMMIT;")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    @_guarded
    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()[0])

    # -------------------------------------------------------------- writing

    @_guarded
    def begin_run(self, command: str, paths: Sequence[str], extractor_version: str) -> int:
        with self._transaction():
            cur = self.conn.execute(
                "INSERT INTO runs (command, extractor_version, started_at, paths) VALUES (?, ?, ?, ?)",
                (command, extractor_version, now(), json.dumps(list(paths), ensure_ascii=False)),
            )
        return int(cur.lastrowid or 0)

    @_guarded
    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._transaction():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, added = ?, updated = ?, skipped = ?, "
                "failed = ? WHERE id = ?",
                (
                    now(),
                    status,
                    counts.get("added", 0),
                    counts.get("updated", 0),
                    counts.get("skipped", 0),
                    counts.get("failed", 0),
                    run_id,
                ),
            )

    @_guarded
    def load_regions(self) -> None:
        """Fill ``regions`` from gwr/data/regions.tsv unless it is already loaded from the same file."""
        from gwr.lexicon import data_path
        from gwr.store.ingest import region_rows

        info = data_path("regions.tsv").stat()
        stamp = f"{info.st_size}:{info.st_mtime_ns}"
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'regions_source'").fetchone()
        if row is not None and row[0] == stamp:
            return
        rows = region_rows()
        with self._transaction():
            self.conn.execute("DELETE FROM regions")
            self.conn.executemany("INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('regions_source', ?)", (stamp,)
            )

    @_guarded
    def known_sources(
        self, extractor_version: str, path: str | None = None
    ) -> set[tuple[str, str | None, int | None]]:
        """(sha256, member, row) of documents extracted by ``extractor_version`` (from ``path``)."""
        sql = "SELECT sha256, member, row FROM documents WHERE extractor_version = ?"
        args: tuple[str, ...] = (extractor_version,)
        if path is not None:
            sql, args = sql + " AND path = ?", (extractor_version, path)
        return {(r[0], r[1], r[2]) for r in self.conn.execute(sql, args)}

    @_guarded
    def outdated(self, extractor_version: str) -> list[tuple[int, str, str | None, int | None]]:
        """(id, path, member, row) of documents extracted by another extractor version."""
        sql = "SELECT id, path, member, row FROM documents WHERE extractor_version != ? ORDER BY id"
        return [(r[0], r[1], r[2], r[3]) for r in self.conn.execute(sql, (extractor_version,))]

    @_guarded
    def write(self, item: dict[str, Any], run_id: int | None, extractor_version: str) -> str:
        """Store one compact document (``gwr.store.ingest.compact``) in one transaction; a
        document with the same source (sha256, member, row) is replaced in place, keeping its id.
        Returns ``added`` or ``updated``."""
        from gwr.store.ingest import table_rows

        doc, children = item["rows"] if "rows" in item else table_rows(item)
        doc = {**doc, "run_id": run_id, "extractor_version": extractor_version, "created_at": now()}
        src = item["source"] if "source" in item else item["record"]["source"]
        with self._transaction():
            found = self.conn.execute(
                "SELECT id FROM documents WHERE sha256 = ? AND coalesce(member, '') = coalesce(?, '') "
                "AND coalesce(row, 0) = coalesce(?, 0)",
                (doc["sha256"], doc["member"], doc["row"]),
            ).fetchone()
            if found is None:
                cur = self.conn.execute(_insert("documents", doc), doc)
                doc_id = int(cur.lastrowid or 0)
                self.conn.execute("UPDATE documents SET canonical_id = id WHERE id = ?", (doc_id,))
            else:
                doc_id = int(found[0])
                for table in children:
                    self.conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
                self.conn.execute("DELETE FROM doc_fts WHERE rowid = ?", (doc_id,))
                assignments = ", ".join(f"{c} = :{c}" for c in doc)
                self.conn.execute(f"UPDATE documents SET {assignments} WHERE id = :id", {**doc, "id": doc_id})
            for table, rows in children.items():
                if rows:
                    self.conn.executemany(
                        _insert(table, {"document_id": 0, **rows[0]}),
                        [{"document_id": doc_id, **r} for r in rows],
                    )
            self.conn.execute(
                "INSERT INTO doc_fts (rowid, body, words) VALUES (?, ?, ?)",
                (doc_id, item["tokens"], item["words"]),
            )
            self._clear_failures(src)
        return "added" if found is None else "updated"

    def _clear_failures(self, src: dict[str, Any]) -> None:
        self.conn.execute(
            "DELETE FROM failures WHERE path = ? AND coalesce(member, '') = coalesce(?, '') "
            "AND coalesce(row, 0) = coalesce(?, 0)",
            (src["path"], src.get("member"), src.get("row")),
        )

    @_guarded
    def write_failure(self, record: dict[str, Any], run_id: int | None) -> None:
        """Record one input that could not be read (replacing earlier failures of the same source)."""
        src, err = record["source"], record["error"]
        with self._transaction():
            self._clear_failures(src)
            self.conn.execute(
                "INSERT INTO failures (path, member, row, code, message, sha256, run_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    src["path"],
                    src.get("member"),
                    src.get("row"),
                    err["code"],
                    err["message"],
                    record.get("sha256"),
                    run_id,
                    now(),
                ),
            )

    @_guarded
    def dedup(self) -> list[Link]:
        """Recompute duplicate groups and canonical documents over the whole database."""
        from gwr.store.dedup import DocInfo, assign

        rows = self.conn.execute(
            "SELECT id, region_code, report_year, doc_kind, text_sha256, chars, n_warnings, minhash, "
            "path || '!' || coalesce(member, '') || '#' || printf('%09d', coalesce(row, 0)) "
            "FROM documents ORDER BY id"
        ).fetchall()
        links = assign([DocInfo(*r) for r in rows])
        with self._transaction():
            self.conn.executemany(
                "UPDATE documents SET canonical_id = ?, duplicate_of = ?, dup_kind = ? WHERE id = ?",
                [(x.canonical_id, x.duplicate_of, x.dup_kind, x.id) for x in links],
            )
        return links

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        jobs: int = 1,
        force: bool = False,
        progress: ProgressFn | None = None,
    ) -> IngestSummary:
        """Extract and store every document under ``paths`` (see ``gwr.store.ingest.ingest``)."""
        from gwr.store.ingest import ingest

        return ingest(self, paths, jobs=jobs, force=force, progress=progress)

    def add(self, items: Iterable[Document | Failure]) -> IngestSummary:
        """Store documents extracted in this process (``gwr.extract(...)``), then dedup."""
        from gwr.store.ingest import add_items

        return add_items(self, items)

    # -------------------------------------------------------------- reading

    def _frame(self, sql: str, args: Sequence[object] = ()) -> pd.DataFrame:
        import pandas as pd

        cur = self.conn.execute(sql, tuple(args))
        columns = [d[0] for d in cur.description]
        frame = pd.DataFrame.from_records(cur.fetchall(), columns=columns)
        for col in _NULLABLE_INTS.intersection(columns):
            frame[col] = frame[col].astype("Int64")
        return frame

    @_guarded
    def documents(self, *, include_duplicates: bool = False) -> pd.DataFrame:
        """One row per document: source and metadata, no text (docs/corpus.md lists the columns)."""
        where = "" if include_duplicates else f"WHERE {_CANONICAL}"
        return self._frame(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d {where} ORDER BY d.id")

    @_guarded
    def mentions(
        self,
        indicator: str | None = None,
        measure: str | None = None,
        status: str | None = None,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        include_duplicates: bool = False,
    ) -> pd.DataFrame:
        """Every stored figure matching the filters; ``year`` is the figure's year, else the report year."""
        where, args = _filters(level, regions, years, include_duplicates, (indicator, measure, status))
        return self._frame(
            f"SELECT {_MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE {where} ORDER BY m.document_id, m.ord",
            args,
        )

    @_guarded
    def panel(
        self,
        indicator: str,
        measure: str,
        status: str,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        wide: bool = False,
        *,
        include_duplicates: bool = False,
    ) -> pd.DataFrame:
        """One row per (region, year) of one indicator, measure and status (the choice rule is
        ``_PANEL``'s ORDER BY, documented in docs/corpus.md); ``wide``: regions x years of value."""
        frame = self.panel_long(
            level, regions, years, include_duplicates=include_duplicates, only=(indicator, measure, status)
        )
        frame = frame.drop(columns=["indicator", "measure", "status"])
        return _widen(frame) if wide else frame

    @_guarded
    def panel_long(
        self,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        include_duplicates: bool = False,
        only: tuple[str | None, str | None, str | None] = (None, None, None),
    ) -> pd.DataFrame:
        """The panel of every indicator, measure and status: one row per (indicator, measure,
        status, region, year)."""
        where, args = _filters(level, regions, years, include_duplicates, only)
        return self._frame(_PANEL.format(where=where), args)

    @_guarded
    def search(
        self,
        query: str,
        *,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        level: str | None = None,
        limit: int = 20,
        per_doc: int = 1,
        width: int = 30,
        include_duplicates: bool = False,
    ) -> pd.DataFrame:
        """Documents matching ``query`` ranked by bm25 (``score`` = -bm25: higher is better), each with
        up to ``per_doc`` keyword-in-context lines. When the word index finds nothing: documents
        holding every part of the query as a substring, by occurrences per 10,000 characters."""
        import pandas as pd

        from gwr import search_tokens

        where, args = _filters(level, regions, years, include_duplicates, None)
        expr = search_tokens.fts_query(query)
        hits = self.conn.execute(
            "SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, -bm25(doc_fts) "
            f"FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid WHERE doc_fts MATCH ? AND {where} "
            "ORDER BY bm25(doc_fts), d.id LIMIT ?",
            (expr, *args, limit),
        ).fetchall()
        method = "fts"
        parts = search_tokens.query_parts(query)
        if not hits and parts:
            count = " + ".join("(length(d.text) - length(replace(d.text, ?, ''))) / length(?)" for _ in parts)
            found = " AND ".join("instr(d.text, ?) > 0" for _ in parts)
            hits = self.conn.execute(
                f"SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, "
                f"({count}) * 10000.0 / max(d.chars, 1) AS score FROM documents d WHERE {found} AND {where} "
                "ORDER BY score DESC, d.id LIMIT ?",
                (*[p for p in parts for _ in (0, 1)], *parts, *args, limit),
            ).fetchall()
            method = "substring"
        rows: list[tuple[Any, ...]] = []
        for doc_id, code, name, lvl, year, score in hits:
            text = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            kwic = search_tokens.kwic(text, query, width=width, limit=per_doc)
            lines: list[search_tokens.Kwic | None] = [*kwic] or [None]
            for k in lines:
                where_hit = (
                    (k.start, k.end, k.line, k.left, k.match, k.right) if k else (None, None, "", "", "", "")
                )
                rows.append((doc_id, code, name, lvl, year, float(score), method, *where_hit))
        frame = pd.DataFrame(rows, columns=list(SEARCH_COLUMNS))
        for col in ("document_id", "year", "start", "end"):
            frame[col] = frame[col].astype("Int64")
        return frame

    def texts(self, *, include_duplicates: bool = False) -> Iterator[tuple[Any, ...]]:
        """(id, region_code, region_name, level, report_year, doc_kind, text), one document at a time."""
        where = "" if include_duplicates else f"WHERE {_CANONICAL}"
        try:
            yield from self.conn.execute(
                "SELECT id, region_code, region_name, level, report_year, doc_kind, text "
                f"FROM documents d {where} ORDER BY id"
            )
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc

    def attention(
        self, topics: Sequence[TopicLike] | None = None, *, include_duplicates: bool = False
    ) -> pd.DataFrame:
        """Per document and topic: count, per_10k_chars, sentence_share (``gwr.attention.table``)."""
        from gwr.attention import table

        if topics is None:
            from gwr.taxonomy import topics as package_topics

            topics = package_topics()
        return table(self.texts(include_duplicates=include_duplicates), topics)

    @_guarded
    def status(self) -> Status:
        """Counts, failures, duplicate groups, conflicting reports and the last runs."""
        from gwr import EXTRACTOR_VERSION

        one = self._one
        kinds = dict(
            self.conn.execute(
                "SELECT dup_kind, count(*) FROM documents WHERE dup_kind IS NOT NULL GROUP BY dup_kind"
            ).fetchall()
        )
        conflicts = self.conn.execute(
            "SELECT c.region_code, c.region_name, c.report_year, c.doc_kind, "
            "group_concat(d.id || ':' || coalesce(d.dup_kind, 'canonical'), ' ') FROM documents d "
            "JOIN documents c ON c.id = d.canonical_id WHERE d.canonical_id IN "
            "(SELECT canonical_id FROM documents WHERE dup_kind = 'same_key') GROUP BY d.canonical_id "
            "ORDER BY c.region_code, c.report_year"
        ).fetchall()
        return Status(
            path=str(self.path),
            bytes=self.path.stat().st_size if self.path.exists() else 0,
            schema_version=SCHEMA_VERSION,
            extractor_version=EXTRACTOR_VERSION,
            documents=one("SELECT count(*) FROM documents"),
            canonical=one(f"SELECT count(*) FROM documents d WHERE {_CANONICAL}"),
            duplicates=kinds,
            outdated=one("SELECT count(*) FROM documents WHERE extractor_version != ?", EXTRACTOR_VERSION),
            no_region=one(f"SELECT count(*) FROM documents d WHERE {_CANONICAL} AND region_code IS NULL"),
            no_year=one(f"SELECT count(*) FROM documents d WHERE {_CANONICAL} AND report_year IS NULL"),
            mentions=one("SELECT count(*) FROM mentions"),
            failures=self.conn.execute(
                "SELECT path, member, row, code, message FROM failures ORDER BY id"
            ).fetchall(),
            conflicts=conflicts,
            runs=self.conn.execute(
                "SELECT id, command, status, started_at, finished_at, added, updated, skipped, failed "
                "FROM runs ORDER BY id DESC LIMIT 5"
            ).fetchall(),
        )

    def _one(self, sql: str, *args: object) -> int:
        return int(self.conn.execute(sql, args).fetchone()[0])


def _filters(
    level: str | None,
    regions: Iterable[str] | None,
    years: Iterable[int] | None,
    include_duplicates: bool,
    figure: tuple[str | None, str | None, str | None] | None,
) -> tuple[str, list[object]]:
    """WHERE clause and arguments over documents ``d`` (and mentions ``m`` when ``figure`` is given)."""
    clauses: list[str] = ["1 = 1"] if include_duplicates else [_CANONICAL]
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


def _widen(frame: pd.DataFrame) -> pd.DataFrame:
    """Regions x years of ``value`` (columns: region_code, region_name, level, then one per year)."""
    names = frame.drop_duplicates("region_code", keep="last").set_index("region_code")[
        ["region_name", "level"]
    ]
    wide = frame.pivot(index="region_code", columns="year", values="value")
    wide.columns = [int(c) for c in wide.columns]
    return names.join(wide, how="right").reset_index()


@dataclass(frozen=True, slots=True)
class Status:
    path: str
    bytes: int
    schema_version: int
    extractor_version: str
    documents: int
    canonical: int
    duplicates: dict[str, int]
    outdated: int
    no_region: int
    no_year: int
    mentions: int
    failures: list[tuple[Any, ...]]  # (path, member, row, code, message)
    conflicts: list[tuple[Any, ...]]  # (region_code, region_name, report_year, doc_kind, "id:kind ...")
    runs: list[tuple[Any, ...]]  # the last five: (id, command, status, started, finished, added, ...)


_CANONICAL = "d.canonical_id = d.id"
_NULLABLE_INTS = frozenset({"row", "report_year", "review_year", "year", "canonical_id", "duplicate_of"})
_DOCUMENT_COLUMNS = (
    "d.id AS document_id, d.path, d.member, d.row, d.source_url, d.published_on, d.sha256, d.text_sha256, "
    "d.encoding, d.format, d.doc_kind, d.region_name, d.region_code, d.level, d.report_year, d.review_year, "
    "d.speaker, d.delivered_on, d.meeting, d.title, d.chars, d.n_warnings, d.warnings, d.extractor_version, "
    "d.canonical_id, d.duplicate_of, d.dup_kind, d.created_at"
)
_MENTION_COLUMNS = (
    "m.id AS mention_id, m.document_id, m.region_code, d.region_name, d.level, "
    "coalesce(m.year, d.report_year) AS year, m.report_year, m.indicator, m.label, m.value, m.value_text, "
    "m.unit, m.currency, m.low, m.low_text, m.high, m.high_text, m.comparator, m.measure, m.status, "
    'm.strength, m.span_start AS start, m.span_end AS "end", m.raw, m.sentence, m.approx, m.confidence, '
    "m.flags, m.section, m.alias, m.main"
)
# The panel's choice among several figures for one (indicator, measure, status, region, year):
# (1) the figure is of the document's own year (report year for targets, review year for actuals
# and estimates); (2) a report before a summary; (3) a figure of the main-target passage first;
# (4) highest confidence; (5) the document whose source (path, member, row) sorts first; (6) the
# first in the text.
_PANEL = """
WITH c AS (
  SELECT m.indicator, m.measure, m.status, m.region_code, d.region_name, d.level,
         coalesce(m.year, d.report_year) AS year, m.value, m.comparator, m.low, m.high, m.strength, m.unit,
         m.document_id, m.span_start AS start, m.span_end AS "end", m.raw, m.sentence, m.value_text,
         m.confidence,
         row_number() OVER (
           PARTITION BY m.indicator, m.measure, m.status, m.region_code, coalesce(m.year, d.report_year)
           ORDER BY
             coalesce(m.year, d.report_year) IS NOT (CASE WHEN m.status = 'target' THEN d.report_year
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


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when the block raises."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
