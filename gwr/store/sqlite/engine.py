"""engine: ``SqliteCorpus``, the corpus in one SQLite file (WAL mode, FTS5 index, bm25 ranking).

Opening a database of an older schema runs, in one transaction, the statements of
``MIGRATIONS`` and the columns each version added (``gwr.store.schema.added_columns``,
skipping those already there), then schema.sql, whose statements are all
idempotent. Database errors become one-line ``GwrError`` messages (``db_error``).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from gwr.store.corpus import Corpus, Status
from gwr.store.queries import SOURCE_MATCH
from gwr.store.schema import SCHEMA_VERSION, SQLITE, Dialect, added_columns, create_tables
from gwr.types import GwrError

_SERIALS = itertools.count(1)  # one number per connection opened in this process (data_version)

# Statements that turn version N into N+1, run before the columns that version N+1 added
# (declared with ``since`` in gwr/fields.py) and before schema.sql (which then creates whatever
# is new). Version 0 is a pre-release layout kept to exercise the mechanism. Version 6 changed
# only PostgreSQL's word index (passages): nothing to do here.
MIGRATIONS: dict[int, tuple[str, ...]] = {0: (), 1: (), 2: (), 3: (), 4: (), 5: ()}


def schema_sql() -> str:
    text = (resources.files("gwr.store.sqlite") / "schema.sql").read_text(encoding="utf-8")
    return text.replace("-- @tables", create_tables(SQLITE) + "\n-- tables", 1)


def db_error(exc: Exception, path: Path) -> GwrError:
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


class SqliteCorpus(Corpus):
    """A corpus in one SQLite file. ``create=True`` makes a new file when there is none;
    ``read_only=True`` refuses writes on this connection (the web app reads so)."""

    errors = (sqlite3.Error,)
    schemes = ("",)  # a file path
    dialect: ClassVar[Dialect] = SQLITE
    # each commit flushes FTS5's pending words into a new segment of the index, merged later:
    # 32 documents to a commit write the DEV corpus for a third less CPU than one, 7% less than 16
    batch_documents: ClassVar[int] = 32

    def __init__(
        self,
        db: str | Path = "gwr.db",
        *,
        create: bool = False,
        timeout: float = 10.0,
        read_only: bool = False,
    ) -> None:
        self.path = Path(db)
        self.location = str(self.path)
        self._serial = next(_SERIALS)
        if not create and not self.path.exists():
            raise GwrError(f"no database at {self.path}: run `gwr ingest FOLDER --db {self.path}` first")
        if self.path.exists() and not self.path.is_file():  # a FIFO or device would block or mislead
            raise GwrError(f"{self.path} is not a regular file (a folder, FIFO or device); pass --db a file")
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc
        try:
            self._prepare(create)
            if read_only:  # after any upgrade: this connection then refuses every write
                self.conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            self.conn.close()
            raise db_error(exc, self.path) from exc
        except GwrError:
            self.conn.close()
            raise

    # -------------------------------------------------------------- engine

    def execute(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, args)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> None:
        self.conn.executemany(sql, rows)

    def data_version(self) -> object | None:
        # the pragma's values compare only within one connection: paired with this one's serial
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return (self._serial, version)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when the block raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def db_error(self, exc: Exception) -> GwrError:
        return db_error(exc, self.path)

    def status(self) -> Status:
        """``Corpus.status`` after SQLite's quick check: a file with overwritten pages is
        reported as corrupted (exit 1), not summed up as if it were whole."""
        try:
            problems = [r[0] for r in self.conn.execute("PRAGMA quick_check(3)").fetchall()]
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc
        if problems != ["ok"]:
            raise GwrError(
                f"{self.path} is corrupted ({'; '.join(problems)[:300]}); restore it from a copy, or "
                "ingest again into a new --db"
            )
        return super().status()

    def close(self) -> None:
        self.conn.close()

    def own_files(self) -> set[Path]:
        base = self.path.absolute()
        return {base.with_name(base.name + s) for s in ("", "-wal", "-shm", "-journal")}

    def size_bytes(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def _claim(self, doc: dict[str, Any]) -> tuple[int, bool]:
        found = self.conn.execute(
            f"SELECT id FROM documents WHERE {SOURCE_MATCH}", (doc["sha256"], doc["member"], doc["row"])
        ).fetchone()
        if found is not None:
            return int(found[0]), False
        columns = ", ".join(doc)
        cur = self.conn.execute(
            f"INSERT INTO documents ({columns}) VALUES ({', '.join(':' + c for c in doc)}) RETURNING id", doc
        )
        return int(cur.fetchone()[0]), True

    def _index_text(self, doc_id: int, text: str, body: str, words: str) -> None:
        self.conn.execute("INSERT INTO doc_fts (rowid, body, words) VALUES (?, ?, ?)", (doc_id, body, words))

    def _unindex_text(self, doc_id: int) -> None:
        self.conn.execute("DELETE FROM doc_fts WHERE rowid = ?", (doc_id,))

    def _fts_hits(self, query: str, where: str, args: list[object], limit: int) -> list[tuple[Any, ...]]:
        from gwr import search_tokens

        return self.conn.execute(
            "SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, -bm25(doc_fts) "
            f"FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid WHERE doc_fts MATCH ? AND {where} "
            "ORDER BY bm25(doc_fts), d.id LIMIT ?",
            (search_tokens.fts_query(query), *args, limit),
        ).fetchall()

    def _substring_hits(
        self, parts: list[str], where: str, args: list[object], limit: int
    ) -> list[tuple[Any, ...]]:
        count = " + ".join("(length(d.text) - length(replace(d.text, ?, ''))) / length(?)" for _ in parts)
        found = " AND ".join("instr(d.text, ?) > 0" for _ in parts)
        return self.conn.execute(
            f"SELECT d.id, d.region_code, d.region_name, d.level, d.report_year, "
            f"({count}) * 10000.0 / max(d.chars, 1) AS score FROM documents d WHERE {found} AND {where} "
            "ORDER BY score DESC, d.id LIMIT ?",
            (*[p for p in parts for _ in (0, 1)], *parts, *args, limit),
        ).fetchall()

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
            c.execute("PRAGMA journal_mode = WAL")
            self._script(";\n".join([*self._steps(version), schema_sql()]), SCHEMA_VERSION)
            self.load_regions()

    def _steps(self, version: int) -> list[str]:
        """The statements that take a database of ``version`` to ``SCHEMA_VERSION``."""
        steps: list[str] = []
        for v in range(version, SCHEMA_VERSION):
            steps += MIGRATIONS.get(v, ())
            for table, column, definition in added_columns(v + 1, SQLITE):
                have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
                if have and column not in have:
                    steps.append(f"ALTER TABLE {table} ADD COLUMN {definition}")
        return steps

    def _script(self, sql: str, version: int) -> None:
        stamp = f"INSERT OR REPLACE INTO meta (name, value) VALUES ('schema_version', '{int(version)}');"
        try:
            self.conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;{stamp}\nCOMMIT;")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
