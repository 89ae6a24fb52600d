"""store: the corpus database (SQLite).

schema.sql  the only CREATE statements (tables documented in docs/corpus.md)
corpus.py   ``Corpus``: open/upgrade, write one document per transaction, queries; the only SQL
ingest.py   paths -> compact records in worker processes -> ``Corpus.write``; reindex
dedup.py    exact / near (MinHash) / same-key duplicate groups and the canonical document
"""

from __future__ import annotations

from gwr.store.corpus import Corpus

__all__ = ["Corpus"]
