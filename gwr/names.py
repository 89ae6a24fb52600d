"""Names a user types, resolved to what gwr stores.

Every option that names a thing goes through one of these functions before a
query runs, so a typo never becomes an empty table:

* ``indicator("GDP")``, ``indicator("地区生产总值")`` → ``"gdp"`` (ids in any case,
  or any alias of gwr/data/indicators.yaml);
* ``measure``, ``status``, ``level``: the allowed values, in any case, or a
  Chinese word for them (增速 → growth, 目标 → target, 省 → province);
* ``region("驻马店")`` → the ``Region`` 驻马店市 (411700): codes, full names,
  short names and the names of earlier years (驻马店地区);
* ``years(["2015-2020"])`` → the years named;
* ``select(...)`` all of a choice of figures at once (the panel, a chart, a figure list: the
  CLI and the web app read their options through it).

A name that matches nothing raises ``BadName`` with one line naming the
closest known names (``unknown indicator 'gpd'; did you mean gdp?``); the CLI
turns it into exit code 2. Closeness is difflib's ratio over ids, names and
aliases (standard library: no fuzzy-matching dependency for a few hundred names).
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gwr.types import GwrError, Level, Measure, Status

if typing.TYPE_CHECKING:
    from gwr.regions import Region
    from gwr.taxonomy import Topic

__all__ = [
    "BadName",
    "Selection",
    "indicator",
    "level",
    "measure",
    "region",
    "select",
    "status",
    "suggest",
    "topic",
    "years",
]

MEASURES: tuple[str, ...] = typing.get_args(Measure)
STATUSES: tuple[str, ...] = typing.get_args(Status)
LEVELS: tuple[str, ...] = typing.get_args(Level)

# Chinese words a researcher may type for the English values.
MEASURE_WORDS: dict[str, str] = {
    "增长": "growth",
    "增速": "growth",
    "增长率": "growth",
    "增幅": "growth",
    "总量": "level",
    "规模": "level",
    "水平": "level",
    "比重": "share",
    "占比": "share",
    "比例": "share",
    "比率": "rate",
    "百分点": "pp_change",
    "结构": "ratio",
}
STATUS_WORDS: dict[str, str] = {
    "目标": "target",
    "预期目标": "target",
    "实际": "actual",
    "完成": "actual",
    "实绩": "actual",
    "预计": "estimate",
}
LEVEL_WORDS: dict[str, str] = {
    "全国": "national",
    "国家": "national",
    "省": "province",
    "省级": "province",
    "市": "city",
    "地级": "city",
    "地级市": "city",
    "县": "county",
    "县级": "county",
    "区": "district",
    "市辖区": "district",
}


class BadName(GwrError):
    """A name or value typed by the user that matches nothing (a usage error: exit 2)."""


def suggest(word: str, known: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` of ``known`` closest to ``word``, best first."""
    choices = list(dict.fromkeys(known))
    lowered = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.5)
    return [lowered[c] for c in close]


def _unknown(kind: str, word: str, options: list[str], listing: str) -> BadName:
    hint = f"; did you mean {', '.join(options)}?" if options else ""
    return BadName(f"unknown {kind} {word!r}{hint} (see `{listing}`)")


def indicator(name: str) -> str:
    """The indicator id for an id (any case) or a Chinese alias."""
    from gwr.taxonomy import alias_index, indicators

    word = name.strip()
    ids = [i.id for i in indicators()]
    by_lower = {i.lower(): i for i in ids}
    if word.lower() in by_lower:
        return by_lower[word.lower()]
    aliases = alias_index()
    if word in aliases:
        return aliases[word]
    found = suggest(word, ids)
    if not found:  # a Chinese near-miss: suggest the ids of the closest aliases
        found = list(dict.fromkeys(aliases[a] for a in suggest(word, aliases)))
    raise _unknown("indicator", word, found, "gwr indicators")


def _choice(kind: str, name: str, allowed: tuple[str, ...], words: dict[str, str], listing: str) -> str:
    word = name.strip()
    if word.lower() in allowed:
        return word.lower()
    if word in words:
        return words[word]
    raise _unknown(kind, word, suggest(word, allowed), listing)


def measure(name: str, indicator_id: str | None = None) -> str:
    """A measure (growth, level, ...); with ``indicator_id``, one that indicator can have."""
    from gwr.taxonomy import indicator as lookup

    chosen = _choice("measure", name, MEASURES, MEASURE_WORDS, "gwr indicators")
    if indicator_id is not None:
        allowed = lookup(indicator_id).measures
        if allowed and chosen not in allowed:
            raise BadName(f"indicator {indicator_id} has no measure {chosen!r}; it has {', '.join(allowed)}")
    return chosen


def status(name: str) -> str:
    """target, actual or estimate."""
    return _choice("status", name, STATUSES, STATUS_WORDS, "gwr panel --help")


def level(name: str) -> str:
    """national, province, city, county or district."""
    return _choice("level", name, LEVELS, LEVEL_WORDS, "gwr regions --help")


def region(name: str) -> Region:
    """The division named by a code, a full, short or former name (驻马店, 驻马店市, 411700).

    A name shared by several divisions of the same rank raises ``BadName``
    listing them with their codes, so the user can pick one.
    """
    from gwr import regions

    word = name.strip()
    if word.isdigit() and len(word) == 6:
        found = regions.by_code(word)
        if found is None:
            raise BadName(f"unknown region code {word!r} (see `gwr regions --all`)")
        return found
    chosen = regions.lookup(word)
    if chosen is not None:
        return chosen
    rows = regions.candidates(word)
    if rows:
        named = {r.code: r for r in rows}
        listed = ", ".join(f"{r.code} {_full(r)}" for r in list(named.values())[:6])
        raise BadName(f"region {word!r} is ambiguous: {listed}; give a code or the full name")
    raise _unknown("region", word, suggest(word, regions.names()), "gwr regions")


def _full(r: Region) -> str:
    from gwr import regions

    up = [a.name for a in reversed(regions.ancestors(r.code, r.valid_to))]
    return "".join([*up, r.name])


def years(values: list[str] | None) -> list[int] | None:
    """``["2018", "2015-2020"]`` → the years they name; None for no filter."""
    if not values:
        return None
    chosen: list[int] = []
    for value in values:
        low, dash, high = (part.strip() for part in value.partition("-"))
        ok = low.isdigit() and len(low) == 4 and (not dash or (high.isdigit() and len(high) == 4))
        if not ok:
            raise BadName(f"--year {value!r}: give a year (2018) or a range (2015-2020)")
        first, last = int(low), int(high or low)
        if last < first:
            raise BadName(f"--year {value!r}: the range ends before it starts")
        chosen.extend(range(first, last + 1))
    return chosen


def topic(name: str, known: Iterable[Topic]) -> str:
    """The id of an attention topic, by id (any case) or by its Chinese name."""
    word = name.strip()
    topics = list(known)
    for t in topics:
        if word.lower() == t.id.lower() or word == t.name:
            return t.id
    raise _unknown("topic", word, suggest(word, [t.id for t in topics]), "gwr attention --help")


# the resolvers under other names: ``select``'s parameters are named like them
_indicator, _measure, _status, _level, _years = indicator, measure, status, level, years


@dataclass(frozen=True, slots=True)
class Selection:
    """A choice of figures with every name resolved (None: no filter on it)."""

    indicator: str | None = None
    measure: str | None = None
    status: str | None = None
    level: str | None = None
    regions: tuple[Region, ...] | None = None
    years: list[int] | None = None

    @property
    def codes(self) -> list[str] | None:
        """The regions' codes (what the store filters on)."""
        return None if self.regions is None else [r.code for r in self.regions]


def select(
    indicator: str | None = None,
    measure: str | None = None,
    status: str | None = None,
    level: str | None = None,
    regions: Sequence[str] | None = None,
    years: Sequence[str] | None = None,
) -> Selection:
    """Resolve the names of a choice of figures: indicator, measure (of that indicator), status,
    level, regions (codes or names) and years (``2018``, ``2015-2020``); blank values are no
    filter. ``BadName`` on the first name that matches nothing."""
    ind = _indicator(indicator) if indicator and indicator.strip() else None
    return Selection(
        ind,
        _measure(measure, ind) if measure and measure.strip() else None,
        _status(status) if status and status.strip() else None,
        _level(level) if level and level.strip() else None,
        tuple(region(v) for v in regions or [] if v.strip()) or None,
        _years([v for v in years or [] if v.strip()]),
    )
