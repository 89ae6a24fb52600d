"""The only reader of the data files in ``gwr/data``.

Flat tables are TSV with a header row; lines starting with ``#`` are comments
(each file opens with one naming its source and fields). Nested data is YAML.
A bad row raises ``LexiconError`` naming ``path:line``. Results are cached, so
each file is read once per process, and only when first needed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import regex


class LexiconError(ValueError):
    """A data file in gwr/data is malformed; the message names path:line."""


def data_path(name: str) -> Path:
    return Path(str(resources.files("gwr") / "data" / name))


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header; each row dict also
    carries ``__line__`` (its 1-based line number) for error messages."""
    path = data_path(name)
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise LexiconError(
                    f"{path}:{lineno}: expected {len(header)} tab-separated fields, got {len(cells)}"
                )
            row = dict(zip(header, cells, strict=True))
            row["__line__"] = str(lineno)
            rows.append(row)
    if header is None:
        raise LexiconError(f"{path}:1: no header row")
    return tuple(rows)


@functools.cache
def read_yaml(name: str) -> Any:
    import yaml

    path = data_path(name)
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise LexiconError(f"{path}:{line}: {exc}") from exc


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first; refuses an empty list
    or an empty word (an empty alternative matches everywhere)."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if not items or any(not w for w in items):
        raise LexiconError("alternation needs at least one non-empty word")
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"
