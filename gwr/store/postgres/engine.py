"""engine: ``PostgresCorpus``, the corpus in a PostgreSQL database (psycopg 3).

``Corpus("postgresql://user@host:5432/dbname")`` connects directly;
``PostgresCorpus(url, pool=pool)`` borrows a connection from a
``psycopg_pool.ConnectionPool`` (``connection_pool``) and gives it back on
``close``: a web app keeps one pool and opens a corpus per request. The SQL of
``gwr.store.queries`` runs unchanged (``?`` and ``:name`` become ``%s`` and
``%(name)s``); only the word index differs: tsvectors of the same segmented
text cut into passages (``gwr.store.passages``; 'simple' configuration, GIN index), each
ranked by ``ts_rank``, a document scoring as the sum of its matching passages' ranks over
its length (``_fts_hits``).

Concurrent writers never duplicate a document: ``documents_source`` is unique and
a new document is an ``INSERT ... ON CONFLICT DO NOTHING`` (the loser of a race
replaces the winner's rows in place). Schema changes and the regions table are
written under an advisory lock. A connection lost mid-ingest (the server
restarted) is reopened for every step of an ingest (run rows, regions, documents,
failures, duplicate links, views), for up to ``reconnect_seconds`` each; past that
the run stops with a one-line error and the next run does the rest.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlsplit, urlunsplit

from gwr.store.corpus import Corpus
from gwr.store.queries import SOURCE_MATCH
from gwr.store.schema import POSTGRES, SCHEMA_VERSION, Dialect, added_columns, create_tables
from gwr.types import GwrError

# Statements that turn version N into N+1 on PostgreSQL, run before the columns that version
# N+1 added (``ADD COLUMN IF NOT EXISTS``) and schema.sql. PostgreSQL databases start at 3.
# 5 -> 6: the word index becomes passages (doc_passages, made by schema.sql and filled by
# ``_index_missing`` from the stored texts).
MIGRATIONS: dict[int, tuple[str, ...]] = {5: ("DROP TABLE IF EXISTS doc_fts",)}
_LOCK = 0x67777200  # advisory lock ids: schema, regions, dedup
NARROW = 20_000  # a search filtered to at most this many documents names them to the index
R = TypeVar("R")
_PARAM = re.compile(r"\?|(?<![:\w]):([A-Za-z_]\w*)|%")


def schema_sql() -> str:
    text = (resources.files("gwr.store.postgres") / "schema.sql").read_text(encoding="utf-8")
    return text.replace("-- @tables", create_tables(POSTGRES) + "\n-- tables", 1)


@functools.lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """``?`` -> ``%s``, ``:name`` -> ``%(name)s``, ``%`` -> ``%%`` (gwr's SQL has no ``?`` or
    ``:`` inside string literals)."""

    def sub(m: re.Match[str]) -> str:
        if m.group(0) == "?":
            return "%s"
        if m.group(0) == "%":
            return "%%"
        return f"%({m.group(1)})s"

    return _PARAM.sub(sub, sql)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _require() -> Any:
    """psycopg, imported on first use (importing gwr.store stays cheap)."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - the message says what to install
        raise GwrError("PostgreSQL support needs psycopg: pip install 'gwr[postgres]'") from exc
    return psycopg


def connection_pool(url: str, *, min_size: int = 1, max_size: int = 10) -> Any:
    """A ``psycopg_pool.ConnectionPool`` for ``url`` (autocommit connections), opened."""
    _require()
    from psycopg_pool import ConnectionPool

    return ConnectionPool(url, min_size=min_size, max_size=max_size, kwargs={"autocommit": True}, open=True)


class PostgresCorpus(Corpus):
    """A corpus in a PostgreSQL database. ``create=True`` creates the tables when there are none
    (the database itself must exist: ``createdb NAME``)."""

    schemes = ("postgresql", "postgres")
    dialect: ClassVar[Dialect] = POSTGRES
    reconnect_seconds = 30.0

    def __init__(
        self,
        db: str | Path,
        *,
        create: bool = False,
        timeout: float = 10.0,
        pool: Any = None,
        read_only: bool = False,
    ) -> None:
        pg = _require()
        self.url = str(db)
        self.location = redact(self.url)
        self.errors = (pg.Error,)
        self.timeout = timeout
        self.pool = pool
        self.read_only = read_only
        self.conn = self._connect()
        try:
            self._prepare(create)
        except pg.Error as exc:
            self.close()
            raise self.db_error(exc) from exc
        except GwrError:
            self.close()
            raise

    def _connect(self) -> Any:
        pg = _require()
        try:
            if self.pool is not None:
                conn = self.pool.getconn(timeout=self.timeout)
            else:
                conn = pg.connect(self.url, autocommit=True, connect_timeout=max(int(self.timeout), 1))
            if self.read_only:
                conn.execute("SET default_transaction_read_only = on")
            return conn
        except pg.Error as exc:
            raise self.db_error(exc) from exc

    # -------------------------------------------------------------- engine

    def execute(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> Any:
        if not args:
            return self.conn.execute(sql.encode())  # bytes: no placeholder processing
        return self.conn.execute(to_pyformat(sql), args)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(to_pyformat(sql), list(rows))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def db_error(self, exc: Exception) -> GwrError:
        msg = " ".join(str(exc).split())
        where = self.location
        name = type(exc).__name__
        if "does not exist" in msg and "database" in msg:
            text = f"{where}: the database does not exist: create it first (createdb NAME) ({msg})"
        elif name in ("OperationalError", "ConnectionTimeout", "PoolTimeout") or "connection" in msg.lower():
            text = (
                f"cannot reach PostgreSQL at {where} ({msg}); check that the server runs and the URL, "
                "then rerun: documents already written are kept"
            )
        elif name == "InsufficientPrivilege" or "read-only" in msg:
            text = f"{where}: this role may not write here ({msg}); use the owner's role to ingest or upgrade"
        elif name == "DiskFull" or "No space left" in msg:
            text = f"{where}: the server's disk is full ({msg}); free space, then rerun: written documents are kept"
        else:
            text = f"{where}: database error: {msg}"
        return GwrError(text)

    def close(self) -> None:
        conn, self.conn = getattr(self, "conn", None), None
        if conn is None:
            return
        if self.pool is not None:
            self.pool.putconn(conn)
        else:
            conn.close()

    def size_bytes(self) -> int:
        return int(self.execute("SELECT pg_database_size(current_database())").fetchone()[0])

    def _lock(self, which: int) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (_LOCK + which,))

    def _claim(self, doc: dict[str, Any]) -> tuple[int, bool]:
        columns = ", ".join(doc)
        values = ", ".join(f":{c}" for c in doc)
        row = self.execute(
            f"INSERT INTO documents ({columns}) VALUES ({values}) "
            "ON CONFLICT (sha256, (coalesce(member, '')), (coalesce(row, 0))) DO NOTHING RETURNING id",
            doc,
        ).fetchone()
        if row is not None:
            return int(row[0]), True
        found = self.execute(
            f"SELECT id FROM documents WHERE {SOURCE_MATCH} FOR UPDATE",
            (doc["sha256"], doc["member"], doc["row"]),
        ).fetchone()
        return int(found[0]), False

    def _index_text(self, doc_id: int, text: str, body: str, words: str) -> None:
        from gwr.store.passages import passages

        self.executemany(
            "INSERT INTO doc_passages (document_id, ord, span_start, span_end, tsv) VALUES (?, ?, ?, ?, "
            "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'D'))",
            [
                (doc_id, i, p.start, p.end, p.words, p.after)
                for i, p in enumerate(passages(text, body, words))
            ],
        )

    def _unindex_text(self, doc_id: int) -> None:
        self.execute("DELETE FROM doc_passages WHERE document_id = ?", (doc_id,))

    def _fts_hits(self, query: str, where: str, args: list[object], limit: int) -> list[tuple[Any, ...]]:
        """Documents with a passage holding each part of ``query`` (all parts, not necessarily
        in one passage), best first. As bm25 ranks documents on SQLite, a document scores as
        the sum of its matching passages' ``ts_rank`` (more occurrences score higher; a
        passage's own words weigh 0.1, as unweighted words do, and those it repeats from the
        next passage, weight D, count 0) over ``1 + ln(characters)`` (a longer document, lower). Only matching passages are read
        (GIN), each about a hundred words; when the filters (by default: canonical documents
        only) leave at most ``NARROW`` documents, their ids go into the passage query, so that
        the index of passages and that of their documents are intersected before any passage
        is read (a corpus of copies ranks its originals only)."""
        from gwr import search_tokens

        phrases = search_tokens.phrases(query)
        ids = [
            r[0]
            for r in self.execute(f"SELECT d.id FROM documents d WHERE {where} LIMIT ?", (*args, NARROW + 1))
        ]
        if not ids:
            return []
        narrow = "AND p.document_id = ANY(?)" if len(ids) <= NARROW else ""
        parts = [f"phraseto_tsquery('simple', ?) AS q{i}" for i in range(len(phrases))]
        either = " || ".join(f"q.q{i}" for i in range(len(phrases)))
        every = " AND ".join(f"bool_or(p.tsv @@ q.q{i})" for i in range(len(phrases)))
        rows: list[tuple[Any, ...]] = self.execute(
            f"WITH q AS (SELECT {', '.join(parts)}), "
            f"best AS (SELECT p.document_id, sum(ts_rank('{{0, 0, 0, 0.1}}', p.tsv, {either})) AS rank "
            f"FROM q, doc_passages p WHERE p.tsv @@ ({either}) {narrow} GROUP BY p.document_id HAVING {every}) "
            "SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, "
            "b.rank / (1 + ln(greatest(d.chars, 1))) AS score "
            f"FROM best b JOIN documents d ON d.id = b.document_id WHERE {where} "
            "ORDER BY score DESC, d.id LIMIT ?",
            (*phrases, *([ids] if narrow else []), *args, limit),
        ).fetchall()
        return rows

    def _substring_hits(
        self, parts: list[str], where: str, args: list[object], limit: int
    ) -> list[tuple[Any, ...]]:
        count = " + ".join("(length(d.text) - length(replace(d.text, ?, ''))) / length(?)" for _ in parts)
        found = " AND ".join("strpos(d.text, ?) > 0" for _ in parts)
        rows: list[tuple[Any, ...]] = self.execute(
            f"SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, "
            f"({count}) * 10000.0 / greatest(d.chars, 1) AS score FROM documents d WHERE {found} AND {where} "
            "ORDER BY score DESC, d.id LIMIT ?",
            (*[p for p in parts for _ in (0, 1)], *parts, *args, limit),
        ).fetchall()
        return rows

    def _stream(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """Rows through a server-side cursor, so a large corpus is never held in memory at once."""
        with self.conn.transaction(), self.conn.cursor(name="gwr_stream") as cur:
            cur.itersize = 200
            cur.execute(sql.encode())
            yield from cur

    def _again(self, call: Callable[[], R]) -> R:
        """``call`` (one ingest step), run again on a new connection when the server went away
        (it restarted), for up to ``reconnect_seconds``; past that its one-line ``GwrError``
        (``cannot reach PostgreSQL ...: documents already written are kept``) stops the run,
        and the next run does the rest. A step whose commit was lost with the connection is
        harmless to repeat: a document written twice is replaced in place (counted updated)."""
        deadline: float | None = None
        while True:
            try:
                return call()
            except GwrError:
                if self.conn is not None and not self.conn.closed:
                    raise  # the server answered: no connection problem
                deadline = deadline or time.monotonic() + self.reconnect_seconds
                if time.monotonic() > deadline:
                    raise
                self._reconnect(deadline)

    def _reconnect(self, deadline: float) -> None:
        """Replace the lost connection by a new one, trying until ``deadline``; the lost one
        stays (closed) when none can be opened, so later calls fail with the same clear line."""
        pg = _require()
        while True:
            try:
                conn = self._connect()
                break
            except (GwrError, pg.Error):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        lost, self.conn = self.conn, conn
        if lost is not None and self.pool is not None:
            self.pool.putconn(lost)  # the pool discards a broken connection
        elif lost is not None:
            lost.close()

    # -------------------------------------------------------------- opening

    def _version(self) -> int | None:
        have = self.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]
        if not have:
            return None
        row = self.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        return int(row[0]) if row and str(row[0]).isdigit() else -1

    def _prepare(self, create: bool) -> None:
        version = self._version()
        if version == SCHEMA_VERSION:
            return
        if version is None and not create:
            raise GwrError(f"{self.location} has no gwr tables: run `gwr ingest FOLDER --db URL` first")
        if version is not None and version < 0:
            raise GwrError(f"{self.location} has a meta table but no schema version: not a gwr database")
        if version is not None and version > SCHEMA_VERSION:
            raise GwrError(f"{self.location} was written by a newer gwr (schema {version}); upgrade gwr")
        with self.transaction():
            self._lock(0)
            version = self._version()  # another process may have done it meanwhile
            if version != SCHEMA_VERSION:
                steps = [] if version is None else self._steps(version)
                for statement in [*steps, *_statements(schema_sql())]:
                    self.execute(statement)
                self._compress_texts_fast()
                if version is not None and version < 6:
                    self._index_missing()
                self._set_meta("schema_version", str(SCHEMA_VERSION))
        self.load_regions()

    def _compress_texts_fast(self) -> None:
        """Store the texts of documents written from now on compressed with lz4 when the server
        has it (PostgreSQL 14+ built with lz4), not pglz: a search reads the whole text of each
        hit of its page (for the keyword in context), and lz4 decompresses it faster (the 20
        longest texts of the replicated corpus: 16-24 ms against 31-36 ms). Texts already
        stored keep their compression."""
        has_lz4 = self.execute(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
        ).fetchone()
        if has_lz4 is not None:
            self.execute("ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4")

    def _index_missing(self) -> None:
        """Index the documents that have no passages (a database of schema 5 or older: its
        texts are segmented again, a few milliseconds each), one at a time."""
        from gwr import search_tokens

        missing = self.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM doc_passages p WHERE p.document_id = d.id) ORDER BY id"
        ).fetchall()
        for (doc_id,) in missing:
            text = str(self.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0])
            tokens = search_tokens.segment(text)
            self._index_text(doc_id, text, tokens.body, tokens.words)

    def _steps(self, version: int) -> list[str]:
        steps: list[str] = []
        for v in range(version, SCHEMA_VERSION):
            steps += MIGRATIONS.get(v, ())
            for table, _, definition in added_columns(v + 1, POSTGRES):
                steps.append(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {definition}")
        return steps


def _statements(script: str) -> list[str]:
    """The statements of a schema file (no ``;`` inside literals there; comments dropped)."""
    text = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in text.split(";") if s.strip()]


def reader_grants(role: str) -> list[str]:
    """SQL that lets ``role`` (created beforehand: ``CREATE ROLE gwr_reader LOGIN PASSWORD ...``)
    read every gwr table, including those created later, and write none. ``role`` must be a
    plain identifier."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", role):
        raise GwrError(f"role name {role!r}: use lower-case letters, digits and _")
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {role}",
    ]
