"""GB/T 2260 region codes by name and year, from ``data/regions.tsv``.

Reads only that file (through ``gwr.lexicon``), once, on the first call. Each
row is one code under one name over a span of years: when 普兰店市 (210282)
became 普兰店区 (210214) in 2015 the table has a row for each, and both are in
force in 2015, the year of the change.

A ``year`` argument picks the row in force that year: first the rows still in
force at its end (so in a year of change the successor wins), then the rows in
force at any time in it, then the rows nearest to it. A report delivered early
in year Y describes the divisions as they stood at the end of Y-1: pass Y-1 to
get the codes of that moment. Without a year, rows still in force win.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

from gwr.lexicon import LexiconError, data_path, read_tsv
from gwr.types import Level

__all__ = [
    "Region",
    "all_rows",
    "ancestors",
    "by_code",
    "candidates",
    "chain",
    "city_of",
    "level_in",
    "lookup",
    "names",
    "province_of",
]

_FILE = "regions.tsv"
NATIONAL = "100000"
# Names of the national level besides the row's own (中华人民共和国, 全国).
_ALIASES = {"国务院": NATIONAL}
_LEVELS: dict[str, Level] = {str(lv): lv for lv in get_args(Level)}
# Smaller is higher. Counties and districts are both county-level (县级).
_RANK: dict[Level, int] = {"national": 0, "province": 1, "city": 2, "county": 3, "district": 3}


@dataclass(frozen=True, slots=True)
class Region:
    """One GB/T 2260 code under one name, in force from ``valid_from`` to
    ``valid_to`` (years, inclusive; ``None`` = open)."""

    code: str
    name: str
    short: str  # name in running text (大连 for 大连市); "" when there is none
    level: Level
    parent: str | None  # code of the direct parent; None for provinces and the nation
    valid_from: int | None
    valid_to: int | None

    def in_force(self, year: int) -> bool:
        """In force at any time during ``year``."""
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year <= self.valid_to
        )

    def in_force_at_end(self, year: int) -> bool:
        """Still in force when ``year`` ended (not abolished or renamed during it)."""
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year < self.valid_to
        )

    def distance(self, year: int) -> int:
        """Years between ``year`` and the span in force (0 inside it)."""
        if self.valid_from is not None and year < self.valid_from:
            return self.valid_from - year
        if self.valid_to is not None and year > self.valid_to:
            return year - self.valid_to
        return 0


def by_code(code: str, year: int | None = None) -> Region | None:
    """The row for ``code`` in force in ``year`` (nearest if none), or the
    latest row without a year; None for an unknown code."""
    rows = _by_code().get(code.strip(), ())
    chosen = _for_year(rows, year)
    return max(chosen, key=_recency) if chosen else None


def candidates(name: str, year: int | None = None) -> tuple[Region, ...]:
    """Every row called ``name`` (full or short) in ``year`` as ``lookup``
    chooses by year, or of any year without one; highest level first."""
    rows = _named(name)
    if year is not None:
        rows = _for_year(rows, year)
    return tuple(sorted(rows, key=lambda r: (_RANK[r.level], r.code, r.valid_from or 0)))


def lookup(name: str, year: int | None = None, within: str | None = None) -> Region | None:
    """The division called ``name`` (大连市 or 大连) in ``year``.

    ``within`` is the code of an ancestor and keeps only divisions under it
    (中山区 within 210200 is 大连's). Several divisions left: the highest level
    wins (中山 is 中山市, not a 中山区); still several at that level: None.
    """
    rows = _named(name)
    if within is not None:
        rows = tuple(r for r in rows if within in (a.code for a in ancestors(r.code, _year_of(r, year))))
    rows = _for_year(rows, year)
    if not rows:
        return None
    best = min(_RANK[r.level] for r in rows)
    top = [r for r in rows if _RANK[r.level] == best]
    codes = {r.code for r in top}
    return max(top, key=_recency) if len(codes) == 1 else None


def ancestors(code: str, year: int | None = None) -> tuple[Region, ...]:
    """Parent, grandparent, ... up to the province: ``ancestors("210202")`` is
    (大连市, 辽宁省). Empty for provinces and unknown codes."""
    return chain(code, year)[1:]


def chain(code: str, year: int | None = None) -> tuple[Region, ...]:
    """The division ``code`` in ``year`` then its ``ancestors``: (大连市, 辽宁省) for 210200.
    Empty for an unknown code."""
    region = by_code(code, year)
    if region is None:
        return ()
    when = _year_of(region, year)
    found: list[Region] = []
    parent = region.parent
    while parent and len(found) < 3:
        above = by_code(parent, when)
        if above is None:
            break
        found.append(above)
        parent = above.parent
    return (region, *found)


def province_of(code: str, year: int | None = None) -> Region | None:
    """The province-level division that ``code`` is in (itself for a province)."""
    return _level_of(code, year, "province")


def city_of(code: str, year: int | None = None) -> Region | None:
    """The prefecture-level division that ``code`` is in (itself for a city);
    None for provinces and for counties directly under a province."""
    return _level_of(code, year, "city")


def all_rows() -> tuple[Region, ...]:
    """Every row of the table, of all years, in file order."""
    return _rows()


@functools.cache
def names() -> tuple[str, ...]:
    """Every full and short name of two characters or more, of all years, for
    building a scanner; national aliases included."""
    found = {n for r in _rows() for n in (r.name, r.short) if len(n) >= 2}
    return tuple(sorted(found | set(_ALIASES)))


def _level_of(code: str, year: int | None, level: Level) -> Region | None:
    return level_in(chain(code, year), level)


def level_in(regions: tuple[Region, ...], level: Level) -> Region | None:
    """The first of ``regions`` (a ``chain``) at ``level``: ``province_of`` and ``city_of``."""
    return next((r for r in regions if r.level == level), None)


def _year_of(region: Region, year: int | None) -> int | None:
    """The year to resolve a row's relatives in: the one asked for, else the
    row's last year (None while in force: the latest rows)."""
    return year if year is not None else region.valid_to


def _recency(region: Region) -> tuple[bool, int]:
    return (region.valid_to is None, region.valid_from or 0)


def _for_year(rows: Iterable[Region], year: int | None) -> tuple[Region, ...]:
    rows = tuple(rows)
    if not rows:
        return ()
    if year is None:
        current = tuple(r for r in rows if r.valid_to is None)
        if current:
            return current
        last = max(r.valid_to or 0 for r in rows)
        return tuple(r for r in rows if r.valid_to == last)
    for keep in (Region.in_force_at_end, Region.in_force):
        chosen = tuple(r for r in rows if keep(r, year))
        if chosen:
            return chosen
    nearest = min(r.distance(year) for r in rows)
    return tuple(r for r in rows if r.distance(year) == nearest)


def _named(name: str) -> tuple[Region, ...]:
    key = name.strip()
    if key in _ALIASES:
        return _by_code().get(_ALIASES[key], ())
    return _by_name().get(key, ())


@functools.cache
def _by_code() -> dict[str, tuple[Region, ...]]:
    index: dict[str, list[Region]] = {}
    for r in _rows():
        index.setdefault(r.code, []).append(r)
    return {code: tuple(rows) for code, rows in index.items()}


@functools.cache
def _by_name() -> dict[str, tuple[Region, ...]]:
    index: dict[str, list[Region]] = {}
    for r in _rows():
        for key in {r.name, r.short} - {""}:
            index.setdefault(key, []).append(r)
    return {key: tuple(rows) for key, rows in index.items()}


@functools.cache
def _rows() -> tuple[Region, ...]:
    return tuple(_parse(row) for row in read_tsv(_FILE))


def _parse(row: dict[str, str]) -> Region:
    code, parent = row["code"], row["parent"]
    if not (len(code) == 6 and code.isdigit()):
        raise _bad(row, f"code {code!r} is not 6 digits")
    if parent and not (len(parent) == 6 and parent.isdigit()):
        raise _bad(row, f"parent {parent!r} is not 6 digits")
    level = _LEVELS.get(row["level"])
    if level is None:
        raise _bad(row, f"unknown level {row['level']!r}")
    if not row["name"]:
        raise _bad(row, "empty name")
    return Region(
        code=code,
        name=row["name"],
        short=row["short"],
        level=level,
        parent=parent or None,
        valid_from=_year(row, "valid_from"),
        valid_to=_year(row, "valid_to"),
    )


def _year(row: dict[str, str], field: str) -> int | None:
    cell = row[field]
    if not cell:
        return None
    if not (len(cell) == 4 and cell.isdigit()):
        raise _bad(row, f"{field} {cell!r} is not a year")
    return int(cell)


def _bad(row: dict[str, str], problem: str) -> LexiconError:
    return LexiconError(f"{data_path(_FILE)}:{row['__line__']}: {problem}")
