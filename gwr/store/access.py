"""access: what the modules that read or write a corpus need of it, without importing it.

``Database`` is the part of ``gwr.store.corpus.Corpus`` that ``gwr.store.corrections``,
``gwr.store.verified`` and ``gwr.track.db`` call (a ``Protocol``: every ``Corpus`` is one);
``guarded`` turns an engine's database error into its one-line ``GwrError``. ``Corpus``
imports those modules lazily (``Corpus.scorecard``, ``Corpus.projects``) and they import
only this one, so imports run one way (tests/test_store_imports.py walks the whole package).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from gwr.types import GwrError

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.schema import Dialect

__all__ = ["Database", "guarded", "now"]

P = ParamSpec("P")
R = TypeVar("R")


class Database(Protocol):
    """A corpus database as its readers use it: portable SQL with ``?`` parameters
    (``gwr.store.queries``), transactions, the engine's column types and its errors."""

    errors: tuple[type[Exception], ...]

    @property
    def dialect(self) -> Dialect: ...

    def execute(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> Any: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | dict[str, Any]]) -> None: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def db_error(self, exc: Exception) -> GwrError: ...

    def panel_long(
        self,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        include_duplicates: bool = False,
        only: tuple[str | None, str | None, str | None] = (None, None, None),
    ) -> pd.DataFrame: ...


D = TypeVar("D", bound=Database)


def guarded(method: Callable[Concatenate[D, P], R]) -> Callable[Concatenate[D, P], R]:
    """Turn a database error raised by ``method`` into the engine's one-line ``GwrError``."""

    @functools.wraps(method)
    def wrapper(self: D, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except self.errors as exc:
            raise self.db_error(exc) from exc

    return wrapper


def now() -> str:
    """The time now, UTC, to the second (ISO 8601): what the tables record."""
    return datetime.now(UTC).isoformat(timespec="seconds")
