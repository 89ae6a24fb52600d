"""The PostgreSQL engine (``Corpus("postgresql://user@host/dbname")``): being built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gwr.store.corpus import Corpus
from gwr.types import GwrError


class PostgresCorpus(Corpus):
    def __init__(self, db: str | Path, **kwargs: Any) -> None:
        raise GwrError("PostgreSQL databases are not supported by this version of gwr yet")
