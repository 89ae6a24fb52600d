"""store: the corpus database behind one interface, on SQLite or PostgreSQL.

corpus.py   ``Corpus``: the interface (open, write one document per transaction, queries);
            ``Corpus(db)`` opens the engine ``db`` names (a file: SQLite; postgresql://: PostgreSQL)
queries.py  the portable SQL of the queries (column lists generated from gwr/fields.py)
schema.py   CREATE statements and added columns of the field tables, per dialect
rows.py     typed records -> rows (pure; runs in the workers)
ingest.py   paths -> rows in worker processes -> ``Corpus.write``; reindex
dedup.py    exact / near (MinHash) / same-key duplicate groups and the canonical document
sqlite/     the SQLite engine (schema.sql, migrations)
postgres/   the PostgreSQL engine (schema.sql, migrations, pool)

Imports run one way: corpus -> ingest -> rows -> fields; engines -> corpus.
"""

from __future__ import annotations

from pathlib import Path

from gwr.store.corpus import Corpus

__all__ = ["Corpus", "open_store"]


def open_store(db: str | Path, *, create: bool = False) -> Corpus:
    """The corpus at ``db``: a file path (SQLite) or a ``postgresql://user@host/dbname`` URL."""
    return Corpus(db, create=create)
