"""The SQLite engine: a plain file in WAL mode with an FTS5 word index (``engine.py``;
``schema.sql`` holds the tables not generated from ``gwr.fields``)."""

from __future__ import annotations

from gwr.store.sqlite.engine import MIGRATIONS, SqliteCorpus

__all__ = ["MIGRATIONS", "SqliteCorpus"]
