"""lineage: the region codes that name one division across a change of code (撤县设区: 清苑县
130622 until 2015, 清苑区 130608 from 2015), so that a plan filed under the old code is scored
against the review filed under the new one.

Reads the history rows of gwr/data/regions.tsv (``gwr.regions.all_rows``): two codes are one
division when they have the same short name under the same parent and one ends in force the
year the other begins (or the year after). A code with two such successors (a split) has none.
"""

from __future__ import annotations

import functools
from collections import defaultdict


@functools.cache
def _successors() -> dict[str, str]:
    from gwr.regions import all_rows

    by_name: dict[tuple[str, str], list[tuple[str, int | None, int | None]]] = defaultdict(list)
    for r in all_rows():
        if r.short and r.parent:
            by_name[(r.short, r.parent)].append((r.code, r.valid_from, r.valid_to))
    found: dict[str, set[str]] = defaultdict(set)
    for rows in by_name.values():
        for old, _, ended in rows:
            if ended is None:
                continue
            for new, began, until in rows:
                later = until is None or until > ended
                if new != old and began is not None and 0 <= ended - began <= 1 and later:
                    found[old].add(new)
    return {old: next(iter(new)) for old, new in found.items() if len(new) == 1}


def current(code: str) -> str:
    """The latest code of the division ``code`` names (``code`` itself when it never changed)."""
    seen: set[str] = set()
    step = _successors()
    while code in step and code not in seen:
        seen.add(code)
        code = step[code]
    return code


@functools.cache
def _lines() -> dict[str, frozenset[str]]:
    lines: dict[str, set[str]] = defaultdict(set)
    for old in _successors():
        lines[current(old)] |= {old, current(old)}
    return {code: frozenset(codes) for code, codes in lines.items()}


def relatives(code: str) -> frozenset[str]:
    """Every code of the division ``code`` names, itself included."""
    return _lines().get(current(code), frozenset({code}))
