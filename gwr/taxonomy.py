"""The indicator taxonomy and the policy-attention dictionary, as typed records.

Reads ``gwr/data/indicators.yaml`` and ``gwr/data/attention.yaml`` through
``gwr.lexicon.read_yaml`` (cached: each file is read once, when first needed)
and checks them on load. A bad entry raises ``LexiconError`` naming the file,
the line of the entry where it can be found, and the offending id.

``topics(path)`` also accepts a user's own dictionary, YAML with the same
schema or CSV/TSV with columns ``topic,term`` (``name`` optional). That file is
read directly, and read again on every call.
"""

from __future__ import annotations

import csv
import functools
import re
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from gwr.lexicon import LexiconError, data_path, read_yaml
from gwr.types import Measure

__all__ = [
    "MEASURES",
    "Better",
    "Indicator",
    "Topic",
    "alias_index",
    "indicator",
    "indicators",
    "markdown",
    "shadows",
    "topics",
]

Better = Literal["higher", "lower", "none"]

MEASURES: tuple[str, ...] = typing.get_args(Measure)
_BETTER: tuple[str, ...] = typing.get_args(Better)
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_INDICATOR_KEYS = frozenset({"id", "name", "aliases", "measures", "unit", "better", "group", "notes"})
_TOPIC_KEYS = frozenset({"id", "name", "terms"})
_MIN_PHRASE = 2  # a single character matches inside unrelated words


@dataclass(frozen=True, slots=True)
class Indicator:
    """One statistical series. ``aliases`` includes ``name`` and is sorted
    longest first, the order a longest-match matcher tries them."""

    id: str
    name: str
    aliases: tuple[str, ...]
    measures: tuple[Measure, ...]
    unit: str
    better: Better
    group: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Topic:
    """One policy-attention topic; ``terms`` are sorted longest first."""

    id: str
    name: str
    terms: tuple[str, ...]


# ------------------------------------------------------------------ helpers


class _Source:
    """A file being checked: its path and text, to point errors at a line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.lines = path.read_text(encoding="utf-8-sig").splitlines()
        except OSError:
            self.lines = []

    def line_of(self, entry_id: object, occurrence: int = 1) -> int:
        """1-based line of the ``occurrence``-th ``id: <entry_id>``, or 0."""
        pattern = re.compile(r"\bid:\s*['\"]?" + re.escape(str(entry_id)) + r"['\"]?\s*(?:#.*)?$")
        seen = 0
        for lineno, line in enumerate(self.lines, 1):
            if pattern.search(line):
                seen += 1
                if seen == occurrence:
                    return lineno
        return 0

    def line_of_item(self, text: str) -> int:
        """1-based line of the first list item ``- <text>``, or 0."""
        for lineno, line in enumerate(self.lines, 1):
            if line.lstrip().startswith(f"- {text}"):
                return lineno
        return 0

    def error(self, entry_id: object, message: str, occurrence: int = 1) -> LexiconError:
        line = self.line_of(entry_id, occurrence)
        return LexiconError(f"{self.path}:{line}: {entry_id!s}: {message}")


def _entries(data: Any, key: str, src: _Source) -> list[Mapping[str, Any]]:
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        raise LexiconError(f"{src.path}:1: expected a mapping with a list under '{key}:'")
    entries: list[Mapping[str, Any]] = []
    for n, entry in enumerate(data[key], 1):
        if not isinstance(entry, Mapping):
            raise LexiconError(f"{src.path}:0: entry {n} under '{key}:' is not a mapping")
        entries.append(entry)
    return entries


def _text(entry: Mapping[str, Any], field: str, src: _Source, *, required: bool = True) -> str:
    value = entry.get(field, "")
    if value is None:
        value = ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise src.error(entry.get("id"), f"'{field}' must be text")
    text = str(value).strip()
    if required and not text:
        raise src.error(entry.get("id"), f"'{field}' is missing or empty")
    return text


def _phrases(entry: Mapping[str, Any], field: str, src: _Source) -> list[str]:
    raw = entry.get(field)
    if not isinstance(raw, list) or not raw:
        raise src.error(entry.get("id"), f"'{field}' must be a non-empty list")
    phrases: list[str] = []
    for item in raw:
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise src.error(entry.get("id"), f"{field}: {item!r} is not text")
        phrase = str(item)
        if phrase != phrase.strip() or len(phrase) < _MIN_PHRASE:
            raise src.error(entry.get("id"), f"{field}: {phrase!r} is shorter than 2 characters or padded")
        if phrase in phrases:
            raise src.error(entry.get("id"), f"{field}: {phrase!r} is listed twice")
        phrases.append(phrase)
    return phrases


def _check_id(entry: Mapping[str, Any], src: _Source, seen: dict[str, int], allowed: frozenset[str]) -> str:
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not _SNAKE.fullmatch(entry_id):
        raise src.error(entry_id, "id must be English snake_case (a-z, 0-9, _)")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise src.error(entry_id, f"unknown field(s) {', '.join(unknown)}")
    seen[entry_id] = seen.get(entry_id, 0) + 1
    if seen[entry_id] > 1:
        raise src.error(entry_id, "duplicate id", occurrence=seen[entry_id])
    return entry_id


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------- indicators


def _build_indicators(data: Any, src: _Source) -> tuple[Indicator, ...]:
    result: list[Indicator] = []
    seen: dict[str, int] = {}
    owner: dict[str, str] = {}
    for entry in _entries(data, "indicators", src):
        entry_id = _check_id(entry, src, seen, _INDICATOR_KEYS)
        name = _text(entry, "name", src)
        aliases = _phrases(entry, "aliases", src)
        measures = _phrases(entry, "measures", src)
        for measure in measures:
            if measure not in MEASURES:
                raise src.error(entry_id, f"unknown measure {measure!r} (allowed: {', '.join(MEASURES)})")
        better = _text(entry, "better", src)
        if better not in _BETTER:
            raise src.error(entry_id, f"better must be one of {', '.join(_BETTER)}, not {better!r}")
        group = _text(entry, "group", src)
        if not _SNAKE.fullmatch(group):
            raise src.error(entry_id, f"group {group!r} must be snake_case")
        for phrase in {name, *aliases}:
            if owner.setdefault(phrase, entry_id) != entry_id:
                raise src.error(entry_id, f"alias {phrase!r} is already claimed by {owner[phrase]}")
        result.append(
            Indicator(
                id=entry_id,
                name=name,
                aliases=_longest_first([name, *aliases]),
                measures=tuple(cast("Measure", m) for m in measures),
                unit=_text(entry, "unit", src),
                better=cast("Better", better),
                group=group,
                notes=_text(entry, "notes", src, required=False),
            )
        )
    return tuple(result)


@functools.cache
def indicators() -> tuple[Indicator, ...]:
    """All indicators of gwr/data/indicators.yaml, in file order."""
    name = "indicators.yaml"
    return _build_indicators(read_yaml(name), _Source(data_path(name)))


@functools.cache
def _by_id() -> dict[str, Indicator]:
    return {ind.id: ind for ind in indicators()}


def indicator(id: str) -> Indicator:
    """The indicator with this id; ``KeyError`` if there is none."""
    try:
        return _by_id()[id]
    except KeyError:
        raise KeyError(f"unknown indicator id {id!r}") from None


@functools.cache
def _alias_pairs() -> tuple[tuple[str, str], ...]:
    pairs = [(alias, ind.id) for ind in indicators() for alias in ind.aliases]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def alias_index() -> dict[str, str]:
    """Every alias (names included) → indicator id, longest alias first.
    A fresh dict on each call, so callers may change it."""
    return dict(_alias_pairs())


@functools.cache
def shadows() -> tuple[str, ...]:
    """Phrases that contain an alias but name no indicator (新型农业经营主体
    contains 经营主体), longest first. A longest-match matcher adds them to its
    automaton and drops their matches."""
    name = "indicators.yaml"
    src = _Source(data_path(name))
    data = read_yaml(name)
    raw = data.get("shadows") if isinstance(data, Mapping) else None
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise LexiconError(f"{src.path}:0: 'shadows:' must be a list of phrases")
    index = alias_index()
    result: list[str] = []
    for item in raw:
        phrase = str(item)
        where = f"{src.path}:{src.line_of_item(phrase)}"
        if phrase != phrase.strip() or len(phrase) < _MIN_PHRASE:
            raise LexiconError(f"{where}: shadow {phrase!r} is shorter than 2 characters or padded")
        if phrase in index:
            raise LexiconError(f"{where}: shadow {phrase!r} is an alias of {index[phrase]}")
        if not any(alias in phrase for alias in index):
            raise LexiconError(f"{where}: shadow {phrase!r} contains no alias, so it shadows nothing")
        if phrase in result:
            raise LexiconError(f"{where}: shadow {phrase!r} is listed twice")
        result.append(phrase)
    return _longest_first(result)


# ------------------------------------------------------------------- topics


def _build_topics(data: Any, src: _Source) -> tuple[Topic, ...]:
    result: list[Topic] = []
    seen: dict[str, int] = {}
    for entry in _entries(data, "topics", src):
        entry_id = _check_id(entry, src, seen, _TOPIC_KEYS)
        result.append(
            Topic(
                id=entry_id,
                name=_text(entry, "name", src, required=False) or entry_id,
                terms=_longest_first(_phrases(entry, "terms", src)),
            )
        )
    return tuple(result)


def _read_user_yaml(path: Path) -> Any:
    import yaml

    try:
        with path.open(encoding="utf-8-sig") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise LexiconError(f"{path}:{line}: {exc}") from exc


def _read_user_table(path: Path) -> tuple[Topic, ...]:
    """CSV/TSV with a header naming columns topic, term and optionally name."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    order: list[str] = []
    names: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        header = [h.strip() for h in reader.fieldnames or []]
        if "topic" not in header or "term" not in header:
            raise LexiconError(f"{path}:1: the header must name the columns topic and term (name optional)")
        reader.fieldnames = header
        for row in reader:
            where = f"{path}:{reader.line_num}"
            topic_id = (row.get("topic") or "").strip()
            term = row.get("term") or ""
            if not topic_id and not term.strip():
                continue
            if not _SNAKE.fullmatch(topic_id):
                raise LexiconError(f"{where}: {topic_id}: topic id must be English snake_case (a-z, 0-9, _)")
            if term != term.strip() or len(term) < _MIN_PHRASE:
                raise LexiconError(
                    f"{where}: {topic_id}: term {term!r} is shorter than 2 characters or padded"
                )
            if topic_id not in terms:
                order.append(topic_id)
                terms[topic_id] = []
            if term in terms[topic_id]:
                raise LexiconError(f"{where}: {topic_id}: term {term!r} is listed twice")
            terms[topic_id].append(term)
            name = (row.get("name") or "").strip()
            if name and not names.get(topic_id):
                names[topic_id] = name
    if not order:
        raise LexiconError(f"{path}:1: no topic rows")
    return tuple(Topic(id=t, name=names.get(t) or t, terms=_longest_first(terms[t])) for t in order)


@functools.cache
def _package_topics() -> tuple[Topic, ...]:
    name = "attention.yaml"
    return _build_topics(read_yaml(name), _Source(data_path(name)))


def topics(path: str | Path | None = None) -> tuple[Topic, ...]:
    """The attention topics: the package dictionary (cached), or a user's file
    at ``path`` (.yaml/.yml with the package schema, or .csv/.tsv with columns
    topic,term and optionally name)."""
    if path is None:
        return _package_topics()
    file = Path(path)
    if not file.is_file():
        raise LexiconError(f"{file}:0: no such topic dictionary")
    suffix = file.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _read_user_table(file)
    if suffix in (".yaml", ".yml"):
        return _build_topics(_read_user_yaml(file), _Source(file))
    raise LexiconError(f"{file}:0: a topic dictionary must be .yaml, .yml, .csv or .tsv")


# --------------------------------------------------------------------- docs


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown() -> str:
    """docs/taxonomy.md, generated from the two data files."""
    inds = indicators()
    tops = topics()
    out = [
        "# Indicator taxonomy and attention topics",
        "",
        "Generated from `gwr/data/indicators.yaml` and `gwr/data/attention.yaml` by",
        "`gwr.taxonomy.markdown()`; do not edit by hand (tests/test_taxonomy.py checks it).",
        "The header comments of the two files explain the fields and conventions.",
        "",
        f"## Indicators ({len(inds)})",
        "",
        "Measures: level (amount in the unit), growth (% change; a fall is negative),",
        "rate / share (the value is itself a percentage), pp_change (percentage points),",
        "ratio (a structure such as 8:42:50). The matcher takes the longest alias.",
        "",
    ]
    for group in dict.fromkeys(ind.group for ind in inds):
        out += [f"### {group}", "", "| id | name | measures | unit | better | aliases |"]
        out.append("|---|---|---|---|---|---|")
        for ind in (i for i in inds if i.group == group):
            aliases = "、".join(a for a in ind.aliases if a != ind.name)
            out.append(
                f"| `{ind.id}` | {_cell(ind.name)} | {', '.join(ind.measures)} | {ind.unit} "
                f"| {ind.better} | {_cell(aliases)} |"
            )
        out.append("")
    notes = [ind for ind in inds if ind.notes]
    out += ["### Notes", ""]
    out += [f"- `{ind.id}`: {_cell(ind.notes)}" for ind in notes]
    out += [
        "",
        "### Shadows",
        "",
        "Phrases that contain an alias but name no indicator; the matcher matches them and emits nothing:",
        "",
        "、".join(shadows()),
    ]
    out += [
        "",
        f"## Attention topics ({len(tops)})",
        "",
        "Frequency per 10,000 characters and share of sentences mentioning the topic;",
        "terms are literal substrings, counted without overlap, longest first.",
        "",
        "| id | name | terms |",
        "|---|---|---|",
    ]
    out += [f"| `{t.id}` | {_cell(t.name)} | {_cell('、'.join(t.terms))} |" for t in tops]
    return "\n".join(out) + "\n"
