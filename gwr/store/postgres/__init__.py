"""The PostgreSQL engine: ``Corpus("postgresql://user@host/dbname")`` (``engine.py``;
``schema.sql`` holds the tables not generated from ``gwr.fields``; docs/deploy.md the set-up)."""

from __future__ import annotations

from gwr.store.postgres.engine import MIGRATIONS, PostgresCorpus, connection_pool, reader_grants

__all__ = ["MIGRATIONS", "PostgresCorpus", "connection_pool", "reader_grants"]
