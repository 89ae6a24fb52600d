"""store: the corpus database behind one interface, on SQLite or PostgreSQL.

corpus.py   ``Corpus``: the interface (open, write one document per transaction, queries),
            engine-neutral; ``Corpus(db)`` opens the engine that declared ``db``'s scheme
access.py   ``Database``, what corrections, verified and gwr.track.db need of a corpus (a
            Protocol), and ``guarded``: they import it, never corpus.py
queries.py  the portable SQL of the queries (column lists generated from gwr/fields.py)
schema.py   CREATE statements and added columns of the field tables, per dialect
rows.py     typed records -> rows (pure; runs in the workers)
ingest.py   paths -> rows in worker processes (pool.py, distributed.py) -> ``Corpus.write``
dedup.py    exact / near (MinHash) / same-key duplicate groups and the canonical document
sqlite/     the SQLite engine (schema.sql, migrations): opens file paths
postgres/   the PostgreSQL engine (schema.sql, migrations, pool): opens postgresql:// URLs

Imports run one way, with no circle (tests/test_store_imports.py): this package imports
the engines, the engines import corpus, corpus imports ingest, queries, rows and schema,
and none of those imports back; corpus reaches gwr.track.db (lazily), which knows a corpus
only as ``access.Database``; no module of gwr imports the package ``gwr`` itself. Importing
an engine is cheap (psycopg loads on first use).
"""

from __future__ import annotations

from pathlib import Path

from gwr.store.corpus import Corpus
from gwr.store.postgres import PostgresCorpus
from gwr.store.sqlite import SqliteCorpus

__all__ = ["Corpus", "PostgresCorpus", "SqliteCorpus", "open_store"]


def open_store(db: str | Path, *, create: bool = False, read_only: bool = False) -> Corpus:
    """The corpus at ``db``: a file path (SQLite) or a ``postgresql://user@host/dbname`` URL."""
    return Corpus(db, create=create, read_only=read_only)
