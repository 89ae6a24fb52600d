"""corpus: ``Corpus``, the store interface that the library, the CLI, the exports and the web
app call, with the query logic both engines share.

``Corpus(db)`` opens the engine its argument names, as ``pathlib.Path`` picks its
flavour: a file path opens SQLite (``gwr.store.sqlite``), a ``postgresql://`` URL
PostgreSQL (``gwr.store.postgres``). This module names no engine: an engine is a
subclass that declares the ``schemes`` it opens, and ``gwr.store`` imports both engines,
so imports run one way (engines -> corpus; tests/test_store_imports.py). ``create=True``
creates the tables when there are none. Writing: ``write`` stores one document's rows (``gwr.store.rows``) in one
transaction, replacing a document of the same source (sha256, member, row) in place;
``dedup`` links duplicates (``gwr.store.dedup``). Reading returns pandas DataFrames
(``documents``, ``mentions``, ``panel``, ``search``, ``attention``) built from
canonical documents unless ``include_duplicates=True``.

An engine implements the few methods marked abstract (connection, transaction,
parameter style, full-text index); every SQL string here is portable
(``gwr.store.queries``). Opening a database of an older schema upgrades it; a
newer one, a damaged or unreachable database or a full disk raise ``GwrError``
with a one-line message.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Literal, ParamSpec, TypeVar

from gwr.store import queries as q
from gwr.store.access import guarded, now
from gwr.store.rows import DocumentRows, FailureRow, Key
from gwr.store.schema import SCHEMA_VERSION, Dialect
from gwr.types import GwrError

if TYPE_CHECKING:
    import pandas as pd

    from gwr.attention import TopicLike
    from gwr.search_tokens import Kwic
    from gwr.store.dedup import Link
    from gwr.store.ingest import IngestSummary, ProgressFn
    from gwr.types import Document, Failure

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound="Corpus")
SEARCH_COLUMNS = q.SEARCH_COLUMNS

__all__ = ["SCHEMA_VERSION", "SEARCH_COLUMNS", "Corpus", "Status", "is_url", "now", "scheme"]


def scheme(db: str | Path) -> str:
    """The scheme of a database URL (``postgresql`` of ``postgresql://...``); "" for a file path."""
    if isinstance(db, str) and "://" in db:
        name = db.split("://", 1)[0].lower()
        if name.isascii() and name.isalpha() and len(name) > 1:  # C://x is a path
            return name
    return ""


def is_url(db: str | Path) -> bool:
    """True for a database URL (``postgresql://`` or ``postgres://``), false for a file path."""
    return scheme(db) != ""


def step(method: Callable[Concatenate[C, P], R]) -> Callable[Concatenate[C, P], R]:
    """An ingest step (one transaction, or a read): ``guarded``, and run once more on a new
    connection while the engine can open one (``Corpus._again``: PostgreSQL after a server
    restart), so every write of an ingest survives a restart, not only the documents'."""
    inner = guarded(method)

    @functools.wraps(method)
    def wrapper(self: C, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._again(lambda: inner(self, *args, **kwargs))

    return wrapper


class Corpus:
    """A corpus database: ``Corpus("gwr.db")`` (SQLite) or ``Corpus("postgresql://...")``.

    The methods that raise ``NotImplementedError`` are what an engine provides."""

    errors: tuple[type[Exception], ...] = ()
    location: str  # the file or the URL without its password, for messages
    dialect: ClassVar[Dialect]  # column types of the engine (gwr.store.schema)
    schemes: ClassVar[tuple[str, ...]] = ()  # what an engine opens: "" a file path, else URL schemes
    # at most this many documents to a transaction of an ingest (``gwr.store.ingest._Store``)
    batch_documents: ClassVar[int] = 1
    _engines: ClassVar[dict[str, type[Corpus]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """An engine (a subclass declaring ``schemes``) becomes the one ``Corpus(db)`` opens for them."""
        super().__init_subclass__(**kwargs)
        for name in cls.__dict__.get("schemes", ()):
            Corpus._engines[name] = cls

    def __new__(cls, db: str | Path = "gwr.db", **kwargs: Any) -> Corpus:
        if cls is not Corpus:
            return super().__new__(cls)
        name = scheme(db)
        engine = Corpus._engines.get(name)
        if engine is None:
            known = ", ".join(f"{s}://" for s in sorted(Corpus._engines) if s)
            raise GwrError(
                f"no engine opens {name}:// databases: pass a file path (SQLite) or a URL of {known}"
            )
        return super().__new__(engine)

    # -------------------------------------------------------------- engine

    def execute(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run one statement with ``?`` (or ``:name``) parameters; returns a DB-API cursor."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        """A block that commits, or rolls back when it raises (SQLite: BEGIN IMMEDIATE)."""
        raise NotImplementedError

    def db_error(self, exc: Exception) -> GwrError:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def data_version(self) -> object | None:
        """A value that changes whenever another connection commits a change to the database
        (SQLite's ``PRAGMA data_version``), read in constant time; None when the engine has no
        such counter (``gwr.store.reader.change_stamp`` then reads maxima and counts)."""
        return None

    def _claim(self, doc: dict[str, Any]) -> tuple[int, bool]:
        """Inside a transaction: (id, True) of a new ``documents`` row for ``doc``, or (id, False)
        of the row of the same source, locked, when there is one."""
        raise NotImplementedError

    def _index_text(self, doc_id: int, text: str, body: str, words: str) -> None:
        """Index the clean ``text`` of a document, segmented into ``body`` and ``words``
        (``gwr.search_tokens.segment``)."""
        raise NotImplementedError

    def _unindex_text(self, doc_id: int) -> None:
        raise NotImplementedError

    def _fts_hits(self, query: str, where: str, args: list[object], limit: int) -> list[tuple[Any, ...]]:
        """(id, region_code, region_name, level, report_year, score) ranked by the word index."""
        raise NotImplementedError

    def _substring_hits(
        self, parts: list[str], where: str, args: list[object], limit: int
    ) -> list[tuple[Any, ...]]:
        """The same for documents holding every part, by occurrences per 10,000 characters."""
        raise NotImplementedError

    def size_bytes(self) -> int:
        raise NotImplementedError

    def _lock(self, which: int) -> None:
        """Inside a transaction: wait for other writers of ``which`` (0 schema, 1 regions, 2 dedup).
        SQLite's BEGIN IMMEDIATE already serialises writers."""

    def own_files(self) -> set[Path]:
        """Files of this database that an ingest of its folder must not read."""
        return set()

    def _again(self, call: Callable[[], R]) -> R:
        """Run ``call`` (a whole transaction); an engine that can lose its connection runs it
        again on a new one (``step``). SQLite's file never goes away: once."""
        return call()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, sql: str, *args: object) -> int:
        return int(self.execute(sql, args).fetchone()[0])

    def _set_meta(self, name: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    @guarded
    def schema_version(self) -> int:
        return int(self.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()[0])

    # -------------------------------------------------------------- writing

    @step
    def begin_run(self, command: str, paths: Sequence[str], extractor_version: str) -> int:
        with self.transaction():
            cur = self.execute(
                "INSERT INTO runs (command, extractor_version, started_at, paths) VALUES (?, ?, ?, ?) "
                "RETURNING id",
                (command, extractor_version, now(), json.dumps(list(paths), ensure_ascii=False)),
            )
            return int(cur.fetchone()[0])

    @step
    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction():
            self.execute(
                "UPDATE runs SET finished_at = ?, status = ?, added = ?, updated = ?, skipped = ?, "
                "failed = ? WHERE id = ?",
                (
                    now(),
                    status,
                    *(counts.get(k, 0) for k in ("added", "updated", "skipped", "failed")),
                    run_id,
                ),
            )

    @step
    def load_regions(self) -> None:
        """Fill ``regions`` from gwr/data/regions.tsv unless it is already loaded from the same file."""
        from gwr.lexicon import data_path
        from gwr.store.rows import region_rows

        info = data_path("regions.tsv").stat()
        stamp = f"{info.st_size}:{info.st_mtime_ns}"
        row = self.execute("SELECT value FROM meta WHERE name = 'regions_source'").fetchone()
        if row is not None and row[0] == stamp:
            return
        rows = region_rows()
        with self.transaction():
            self._lock(1)
            row = self.execute("SELECT value FROM meta WHERE name = 'regions_source'").fetchone()
            if row is not None and row[0] == stamp:
                return  # another process loaded them meanwhile
            self.execute("DELETE FROM regions")
            self.executemany("INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._set_meta("regions_source", stamp)

    @step
    def known_sources(self, extractor_version: str) -> dict[str, set[Key]]:
        """(sha256, member, row) of the documents extracted by ``extractor_version``, by path:
        one read for a whole run (``documents.path`` has no index, so a query per file would
        read the table once per file)."""
        found: dict[str, set[Key]] = {}
        sql = "SELECT path, sha256, member, row FROM documents WHERE extractor_version = ?"
        for path, sha256, member, row in self.execute(sql, (extractor_version,)).fetchall():
            found.setdefault(path, set()).add((sha256, member, row))
        return found

    @step
    def outdated(self, extractor_version: str) -> list[tuple[int, str, str | None, int | None]]:
        """(id, path, member, row) of documents extracted by another extractor version."""
        sql = "SELECT id, path, member, row FROM documents WHERE extractor_version != ? ORDER BY id"
        return [(r[0], r[1], r[2], r[3]) for r in self.execute(sql, (extractor_version,)).fetchall()]

    @step
    def write(self, batch: Sequence[DocumentRows], run_id: int | None, extractor_version: str) -> list[str]:
        """Store the rows of several documents in one transaction (one commit, so one flush of the
        full-text index: ``gwr.store.ingest`` groups documents so); a document with the same
        source (sha256, member, row) is replaced in place, keeping its id. Returns ``added`` or
        ``updated`` for each document."""
        with self.transaction():
            written = [self._write_document(rows, run_id, extractor_version) for rows in batch]
            # the words last: on SQLite, a statement that may need undoing midway (an insert into
            # a table with a unique index) makes FTS5 write the words pending in memory as a new
            # segment of its index; after the rows, the batch's words make one segment, not one
            # a document (a third less CPU to write a corpus)
            for rows, (doc_id, _) in zip(batch, written, strict=True):
                self._index_text(doc_id, str(rows.document["text"]), rows.body, rows.words)
            return ["added" if added else "updated" for _, added in written]

    def _write_document(
        self, rows: DocumentRows, run_id: int | None, extractor_version: str
    ) -> tuple[int, bool]:
        """The rows of one document but its words (``write`` indexes them): (id, added)."""
        doc = {**rows.document, "run_id": run_id, "extractor_version": extractor_version, "created_at": now()}
        doc_id, added = self._claim(doc)
        if added:
            self.execute("UPDATE documents SET canonical_id = id WHERE id = ?", (doc_id,))
        else:
            for name in rows.children:
                self.execute(f"DELETE FROM {name} WHERE document_id = ?", (doc_id,))
            self._unindex_text(doc_id)
            assignments = ", ".join(f"{c} = :{c}" for c in doc)
            self.execute(f"UPDATE documents SET {assignments} WHERE id = :id", {**doc, "id": doc_id})
        for name, table in rows.children.items():
            if table.rows:
                self.executemany(_insert(name, table.columns), [(doc_id, *r) for r in table.rows])
        self.execute(f"DELETE FROM failures WHERE {q.FAILURE_MATCH}", rows.source)
        return doc_id, added

    @step
    def write_failure(self, row: FailureRow, run_id: int | None) -> None:
        """Record one input that could not be read (replacing earlier failures of the same source)."""
        with self.transaction():
            self.execute(f"DELETE FROM failures WHERE {q.FAILURE_MATCH}", (row.path, row.member, row.row))
            self.execute(
                "INSERT INTO failures (path, member, row, code, message, sha256, run_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row.path, row.member, row.row, row.code, row.message, row.sha256, run_id, now()),
            )

    @step
    def dedup(self) -> list[Link]:
        """Recompute duplicate groups and canonical documents over the whole database."""
        from gwr.store.dedup import DocInfo, assign

        rows = self.execute(
            "SELECT id, region_code, report_year, doc_kind, text_sha256, chars, n_warnings, minhash, "
            "path, member, row FROM documents ORDER BY id"
        ).fetchall()
        infos = [
            DocInfo(
                a, code, year, kind, sha, chars, warns, _bytes(mh), f"{path}!{member or ''}#{row or 0:09d}"
            )
            for a, code, year, kind, sha, chars, warns, mh, path, member, row in rows
        ]
        links = assign(infos)
        with self.transaction():
            self.executemany(
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
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        dask: str | None = None,
    ) -> IngestSummary:
        """Extract and store every document under ``paths`` (see ``gwr.store.ingest.ingest``);
        in folders, files that are no reports are passed over unless ``include`` globs name
        them, and files matching ``exclude`` globs too (``gwr.ingest.select``). ``paths`` may be
        fsspec URLs; ``dask`` runs the extraction on a Dask cluster (``tcp://host:8786``, or
        ``local`` for a LocalCluster of ``jobs`` workers: ``gwr.store.distributed``)."""
        from gwr.ingest.select import Selection
        from gwr.store.ingest import ingest

        selection = Selection(tuple(include), tuple(exclude))
        summary = ingest(
            self, paths, jobs=jobs, force=force, progress=progress, selection=selection, dask=dask
        )
        self.ensure_views()
        return summary

    def add(self, items: Iterable[Document | Failure]) -> IngestSummary:
        """Store documents extracted in this process (``gwr.extract(...)``), then dedup."""
        from gwr.store.ingest import add_items

        summary = add_items(self, items)
        self.ensure_views()
        return summary

    # -------------------------------------------------------------- reading

    def _frame(self, sql: str, args: Sequence[object] = ()) -> pd.DataFrame:
        import pandas as pd

        cur = self.execute(sql, tuple(args))
        columns = [d[0] for d in cur.description]
        frame = pd.DataFrame.from_records(cur.fetchall(), columns=columns)
        for col in q.NULLABLE_INTS.intersection(columns):
            frame[col] = frame[col].astype("Int64")
        return frame

    @guarded
    def documents(
        self, *, include_duplicates: bool = False, report_year: int | Literal["all"] | None = "all"
    ) -> pd.DataFrame:
        """One row per document: source and metadata, no text (docs/corpus.md lists the columns);
        ``report_year``: only the documents of that report year (None: of none)."""
        clauses = ["1 = 1" if include_duplicates else q.CANONICAL]
        args = q.report_year_clause(clauses, report_year)
        return self._frame(
            f"SELECT {q.DOCUMENT_COLUMNS} FROM documents d WHERE {' AND '.join(clauses)} ORDER BY d.id", args
        )

    @guarded
    def report_years(self) -> list[int | None]:
        """The report years of the stored documents (None when some have none), in order."""
        rows = self.execute("SELECT DISTINCT report_year FROM documents ORDER BY report_year").fetchall()
        return sorted((r[0] for r in rows), key=lambda y: (y is None, y or 0))

    @guarded
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
        report_year: int | Literal["all"] | None = "all",
    ) -> pd.DataFrame:
        """Every stored figure matching the filters; ``year`` is the figure's year, else the report year;
        ``report_year``: only the figures of documents of that report year (None: of none)."""
        where, args = q.filters(level, regions, years, include_duplicates, (indicator, measure, status))
        clauses = [where]
        args += q.report_year_clause(clauses, report_year)
        where = " AND ".join(clauses)
        return self._frame(
            f"SELECT {q.MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE {where} ORDER BY m.document_id, m.ord",
            args,
        )

    @guarded
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
        """One row per (region, year) of one indicator, measure and status, chosen by the rule of
        ``gwr.store.panel`` (docs/corpus.md), with its document's source and the sentence;
        ``wide``: regions x years (``gwr.store.panel.widen``)."""
        from gwr.store.panel import widen

        frame = self.panel_long(
            level, regions, years, include_duplicates=include_duplicates, only=(indicator, measure, status)
        )
        frame = frame.drop(columns=["indicator", "measure", "status"])
        return widen(frame) if wide else frame

    @guarded
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
        from gwr.store.panel import PANEL

        where, args = q.filters(level, regions, years, include_duplicates, only)
        return self._frame(PANEL.format(where=where), args)

    @guarded
    def panel_explain(
        self,
        indicator: str,
        measure: str,
        status: str,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        include_duplicates: bool = False,
    ) -> pd.DataFrame:
        """Every candidate of the panel's cells with ``rank``, ``excluded``, ``chosen`` and ``why``."""
        from gwr.store.panel import EXPLAIN, explain

        where, args = q.filters(level, regions, years, include_duplicates, (indicator, measure, status))
        return explain(self._frame(EXPLAIN.format(where=where), args))

    @step
    def ensure_views(self) -> None:
        """Create the ``panel`` and ``panel_candidates`` views, or replace them when gwr's rule
        changed since they were made (``gwr.store.panel.VIEWS``)."""
        from gwr.store.panel import VIEWS, views_stamp

        stamp = views_stamp()
        row = self.execute("SELECT value FROM meta WHERE name = 'panel_views'").fetchone()
        if row is not None and row[0] == stamp:
            return
        with self.transaction():
            self._lock(0)  # two ingests starting together: one makes the views, the other waits
            row = self.execute("SELECT value FROM meta WHERE name = 'panel_views'").fetchone()
            if row is not None and row[0] == stamp:
                return  # another process made them meanwhile
            for statement in VIEWS:
                self.execute(statement)
            self._set_meta("panel_views", stamp)

    @guarded
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
        """Documents matching ``query`` ranked by the word index (``score``: higher is better), each
        with up to ``per_doc`` keyword-in-context lines. When the word index finds nothing: documents
        holding every part of the query as a substring, by occurrences per 10,000 characters."""
        import pandas as pd

        from gwr import search_tokens

        where, args = q.filters(level, regions, years, include_duplicates, None)
        hits = self._fts_hits(query, where, args, limit)
        method = "fts"
        parts = search_tokens.query_parts(query)
        if not hits and parts:
            hits = self._substring_hits(parts, where, args, limit)
            method = "substring"
        found = self._kwic([h[0] for h in hits], query, width, per_doc)
        rows: list[tuple[Any, ...]] = []
        for doc_id, code, name, lvl, year, score in hits:
            lines: list[search_tokens.Kwic | None] = [*found.get(doc_id, ())] or [None]
            for k in lines:
                where_hit = (
                    (k.start, k.end, k.line, k.left, k.match, k.right) if k else (None, None, "", "", "", "")
                )
                rows.append((doc_id, code, name, lvl, year, float(score), method, *where_hit))
        frame = pd.DataFrame(rows, columns=list(SEARCH_COLUMNS))
        for col in ("document_id", "year", "start", "end"):
            frame[col] = frame[col].astype("Int64")
        return frame

    def _kwic(self, ids: list[int], query: str, width: int, per_doc: int) -> dict[int, list[Kwic]]:
        """The first ``per_doc`` keyword-in-context lines of each document of ``ids``
        (``gwr.search_tokens.kwic``), their texts read in one query: a page of hits costs two
        queries (ranking, texts), not one per hit."""
        from gwr import search_tokens

        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", ids).fetchall()
        return {int(i): search_tokens.kwic(text, query, width=width, limit=per_doc) for i, text in rows}

    def texts(self, *, include_duplicates: bool = False) -> Iterator[tuple[Any, ...]]:
        """(id, region_code, region_name, level, report_year, doc_kind, text), one document at a time."""
        where = "" if include_duplicates else f"WHERE {q.CANONICAL}"
        try:
            yield from self._stream(
                "SELECT id, region_code, region_name, level, report_year, doc_kind, text "
                f"FROM documents d {where} ORDER BY id"
            )
        except self.errors as exc:
            raise self.db_error(exc) from exc

    def _stream(self, sql: str) -> Iterator[tuple[Any, ...]]:
        yield from self.execute(sql)

    def attention(
        self, topics: Sequence[TopicLike] | None = None, *, include_duplicates: bool = False
    ) -> pd.DataFrame:
        """Per document and topic: count, per_10k_chars, sentence_share (``gwr.attention.table``)."""
        from gwr.attention import table

        if topics is None:
            from gwr.taxonomy import topics as package_topics

            topics = package_topics()
        return table(self.texts(include_duplicates=include_duplicates), topics)

    @guarded
    def scorecard(
        self,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        tolerance: float | str = 0,
        summary: bool = False,
    ) -> pd.DataFrame:
        """Targets paired with outcomes, one row per target (``gwr.track``; docs/track.md);
        ``summary``: one row per region-year (counts, share met, GDP growth gap, revisions)."""
        from decimal import Decimal

        from gwr.track import db

        chosen = list(regions) if regions is not None else None
        make = db.fulfilment_frame if summary else db.scorecard_frame
        return make(self, chosen, years, tolerance=Decimal(str(tolerance)))

    @guarded
    def projects(self, regions: Iterable[str] | None = None) -> pd.DataFrame:
        """Named projects and their stage in each report, linked across years (``gwr.track``)."""
        from gwr.track import db

        return db.projects_frame(self, list(regions) if regions is not None else None)

    @guarded
    def status(self) -> Status:
        """Counts, failures, duplicate groups, conflicting reports and the last runs."""
        from gwr.version import EXTRACTOR_VERSION

        one = self._one
        kinds = dict(
            self.execute(
                "SELECT dup_kind, count(*) FROM documents WHERE dup_kind IS NOT NULL GROUP BY dup_kind"
            ).fetchall()
        )
        members = self.execute(
            "SELECT c.region_code, c.region_name, c.report_year, c.doc_kind, d.canonical_id, d.id, d.dup_kind "
            "FROM documents d JOIN documents c ON c.id = d.canonical_id WHERE d.canonical_id IN "
            "(SELECT canonical_id FROM documents WHERE dup_kind = 'same_key') "
            "ORDER BY c.region_code, c.report_year, d.canonical_id, d.id"
        ).fetchall()
        groups: dict[int, list[Any]] = {}
        for code, name, year, kind, canonical, doc_id, dup_kind in members:
            group = groups.setdefault(canonical, [code, name, year, kind, []])
            group[4].append(f"{doc_id}:{dup_kind or 'canonical'}")
        return Status(
            path=self.location,
            bytes=self.size_bytes(),
            schema_version=SCHEMA_VERSION,
            extractor_version=EXTRACTOR_VERSION,
            documents=one("SELECT count(*) FROM documents"),
            canonical=one(f"SELECT count(*) FROM documents d WHERE {q.CANONICAL}"),
            duplicates=kinds,
            outdated=one("SELECT count(*) FROM documents WHERE extractor_version != ?", EXTRACTOR_VERSION),
            no_region=one(f"SELECT count(*) FROM documents d WHERE {q.CANONICAL} AND region_code IS NULL"),
            no_year=one(f"SELECT count(*) FROM documents d WHERE {q.CANONICAL} AND report_year IS NULL"),
            mentions=one("SELECT count(*) FROM mentions"),
            failures=[
                tuple(r)
                for r in self.execute("SELECT path, member, row, code, message FROM failures ORDER BY id")
            ],
            conflicts=[(*g[:4], " ".join(g[4])) for g in groups.values()],
            runs=[
                tuple(r)
                for r in self.execute(
                    "SELECT id, command, status, started_at, finished_at, added, updated, skipped, failed "
                    "FROM runs ORDER BY id DESC LIMIT 5"
                )
            ],
        )


@functools.cache
def _insert(table: str, columns: tuple[str, ...]) -> str:
    """INSERT of ``document_id`` then ``columns``, positional (faster to bind than names); the
    names come from gwr, never from input."""
    return f"INSERT INTO {table} (document_id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})"


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


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
