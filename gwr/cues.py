"""cues: the one typed loader of the words gwr.indicators reads figures with.

``load()`` reads gwr/data/cues.yaml once (comparators, measures, strength,
status, horizons, explicit "no target", distributive subjects, denominators,
words stated as figures, plan periods and every regular expression the
indicators package uses) and returns a frozen ``Cues``; ``automaton()`` builds
one Aho–Corasick automaton over the aliases of gwr/data/indicators.yaml. A
missing key, an unknown pattern name or a pattern that does not compile
raises ``LexiconError`` naming cues.yaml's path and line. Nothing runs at
import.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

import regex

from gwr import taxonomy
from gwr.lexicon import LexiconError, alternation, data_path, read_yaml
from gwr.types import Comparator, Measure

NAME = "cues.yaml"
CLAUSE_END = "，,；;：:"
QUOTE_CHARS = "“”\"'‘’「」《》"
QUOTES_ESCAPED: str = regex.escape(QUOTE_CHARS)  # typed: mypyc reads it before it infers it
SKIP_UNITS = frozenset({"year"})
NAME_UNITS = frozenset({"kV", "kVA"})  # voltages name a class of line or station (750千伏…工程)
TIME_UNITS = frozenset({"hour", "minute"})
AGE_UNITS = frozenset({"age", "岁"})
MONEY = frozenset({"CNY", "USD", "EUR", "HKD"})
COMPARATOR_OF: dict[str, Comparator] = {"ge": ">=", "le": "<=", "ap": "~", "gt": ">", "lt": "<"}
_GROUP_OF = {v: k for k, v in COMPARATOR_OF.items()}


@dataclass(frozen=True, slots=True)
class Patterns:
    """The named regular expressions of cues.yaml ``patterns:`` (see the comments there)."""

    sentence_break: regex.Pattern[str]
    worded: regex.Pattern[str]
    positive_growth: regex.Pattern[str]
    year_in: regex.Pattern[str]
    baseline_year: regex.Pattern[str]
    baseline_before: regex.Pattern[str]
    base_after: regex.Pattern[str]
    this_year: regex.Pattern[str]
    next_year: regex.Pattern[str]
    target_sentence: regex.Pattern[str]
    done: regex.Pattern[str]
    estimate_verb: regex.Pattern[str]
    numeral: regex.Pattern[str]
    target_heading: regex.Pattern[str]
    plan_passage: regex.Pattern[str]
    heading_mark: regex.Pattern[str]
    passage_close: regex.Pattern[str]
    passage_topic: regex.Pattern[str]
    passage_explain: regex.Pattern[str]
    past: regex.Pattern[str]
    present: regex.Pattern[str]
    past_loose: regex.Pattern[str]
    para_plan: regex.Pattern[str]
    para_past: regex.Pattern[str]
    continues: regex.Pattern[str]
    share_of_previous: regex.Pattern[str]
    second_measure: regex.Pattern[str]
    second_measure_end: regex.Pattern[str]
    back_reference: regex.Pattern[str]
    examples_head: regex.Pattern[str]
    enumeration_qualifier: regex.Pattern[str]
    subjects_before: regex.Pattern[str]
    counted_noun: regex.Pattern[str]
    new_subject: regex.Pattern[str]
    people_after: regex.Pattern[str]
    people_before: regex.Pattern[str]
    people_total_before: regex.Pattern[str]
    place_class_after: regex.Pattern[str]
    flow_adverbs: regex.Pattern[str]
    states: regex.Pattern[str]
    list_verb: regex.Pattern[str]
    each: regex.Pattern[str]
    each_strict: regex.Pattern[str]
    each_list: regex.Pattern[str]
    shared_verb: regex.Pattern[str]
    each_only: regex.Pattern[str]
    shared_rate_item: regex.Pattern[str]
    shared_share_tail: regex.Pattern[str]
    shared_group_share: regex.Pattern[str]
    alias_joiner: regex.Pattern[str]
    figure_joiner: regex.Pattern[str]
    item_split: regex.Pattern[str]
    comparator_after_figure: regex.Pattern[str]
    grade_class: regex.Pattern[str]
    amount_class: regex.Pattern[str]
    bare_scale_class: regex.Pattern[str]
    project_class: regex.Pattern[str]
    pair_end_year: regex.Pattern[str]
    more_amounts_after: regex.Pattern[str]
    threshold_before: regex.Pattern[str]
    threshold_class_after: regex.Pattern[str]
    size_class: regex.Pattern[str]
    threshold_rate_before: regex.Pattern[str]
    threshold_rate_after: regex.Pattern[str]
    share_of_other: regex.Pattern[str]
    compound_share: regex.Pattern[str]
    share_lead: regex.Pattern[str]
    rate_lead: regex.Pattern[str]
    rate_name: regex.Pattern[str]
    of_base: regex.Pattern[str]
    rate_to_level: regex.Pattern[str]
    limit_before: regex.Pattern[str]
    limit_at_least: regex.Pattern[str]
    label_trim: regex.Pattern[str]
    label_verbs: regex.Pattern[str]
    label_year: regex.Pattern[str]
    label_paren: regex.Pattern[str]
    label_piece: regex.Pattern[str]
    label_tail_verb: regex.Pattern[str]
    label_examples: regex.Pattern[str]
    label_class_head: regex.Pattern[str]
    label_item_verb: regex.Pattern[str]
    label_verb_end: regex.Pattern[str]
    label_noun_after: regex.Pattern[str]
    label_subject_after: regex.Pattern[str]
    label_whole_set: regex.Pattern[str]
    label_service_number: regex.Pattern[str]
    label_threshold_after: regex.Pattern[str]
    label_dimension_after: regex.Pattern[str]
    label_set_measure: regex.Pattern[str]
    label_bare_comparator: regex.Pattern[str]
    shared_predicate_after: regex.Pattern[str]
    label_new: regex.Pattern[str]
    label_preposition: regex.Pattern[str]
    label_drop_verb: regex.Pattern[str]
    label_elided: regex.Pattern[str]
    label_sent_after: regex.Pattern[str]
    label_bare_verb: regex.Pattern[str]
    label_task_verb: regex.Pattern[str]
    label_fund_verb: regex.Pattern[str]
    label_purpose_after: regex.Pattern[str]
    label_attribute_after: regex.Pattern[str]
    label_examples_after: regex.Pattern[str]
    pair_end_before: regex.Pattern[str]
    pair_start_before: regex.Pattern[str]
    more_than: regex.Pattern[str]
    comparator_in_word: regex.Pattern[str]
    coverage: regex.Pattern[str]
    rate_label: regex.Pattern[str]
    label_service_verb: regex.Pattern[str]
    part_opening: regex.Pattern[str]
    average: regex.Pattern[str]
    stock_before: regex.Pattern[str]
    five_years: regex.Pattern[str]
    period_reset: regex.Pattern[str]
    cumulative: regex.Pattern[str]
    from_base: regex.Pattern[str]
    base_list: regex.Pattern[str]
    to_end: regex.Pattern[str]
    turn_end: regex.Pattern[str]
    from_base_turn: regex.Pattern[str]
    quote_open: regex.Pattern[str]
    quote_close: regex.Pattern[str]
    own_list_after: regex.Pattern[str]
    streak_before: regex.Pattern[str]
    capacity_before: regex.Pattern[str]
    capacity_name_after: regex.Pattern[str]
    capacity_project_after: regex.Pattern[str]
    listed_count_before: regex.Pattern[str]
    policy_count_after: regex.Pattern[str]
    policy_count_before: regex.Pattern[str]
    policy_count_end: regex.Pattern[str]
    fact_before: regex.Pattern[str]
    country_size_after: regex.Pattern[str]
    pace_after: regex.Pattern[str]
    round_the_clock_before: regex.Pattern[str]
    people_of_region_after: regex.Pattern[str]
    label_change_object: regex.Pattern[str]
    share_head: regex.Pattern[str]
    share_of_units_after: regex.Pattern[str]
    hope: regex.Pattern[str]
    equivalent_before: regex.Pattern[str]
    acts_on_set_before: regex.Pattern[str]
    named_examples_before: regex.Pattern[str]
    portfolio_after: regex.Pattern[str]
    task_verb: regex.Pattern[str]
    class_after: regex.Pattern[str]
    named_list_before: regex.Pattern[str]
    named_list_open_after: regex.Pattern[str]
    times_before: regex.Pattern[str]
    age_after: regex.Pattern[str]
    time_circle_after: regex.Pattern[str]
    scope_group: regex.Pattern[str]
    scope_area: regex.Pattern[str]
    scope_partner: regex.Pattern[str]
    scope_whole: regex.Pattern[str]
    scope_carried_head: regex.Pattern[str]
    scope_join: regex.Pattern[str]
    scope_region_joiner: regex.Pattern[str]
    scope_region_count: regex.Pattern[str]
    scope_project: regex.Pattern[str]
    scope_project_trim: regex.Pattern[str]
    scope_investment_head: regex.Pattern[str]
    scope_sector: regex.Pattern[str]
    scope_project_investment: regex.Pattern[str]
    scope_portfolio_share: regex.Pattern[str]
    flow_before: regex.Pattern[str]
    subset_head: regex.Pattern[str]
    plan_flow: regex.Pattern[str]
    flow_word: regex.Pattern[str]
    narrower_before: regex.Pattern[str]
    comparison_before: regex.Pattern[str]


@dataclass(frozen=True, slots=True)
class Fixed:
    """A figure stated in words (居民消费价格与上年持平 is CPI growth 0)."""

    pattern: regex.Pattern[str]
    indicator: str
    measure: Measure
    value: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class Cues:
    comparator_after: regex.Pattern[str]  # one named group per comparator (ge, le, ap, gt, lt)
    comparator_before: regex.Pattern[str]
    up: regex.Pattern[str]
    down: regex.Pattern[str]
    share: regex.Pattern[str]
    hard: regex.Pattern[str]
    soft: regex.Pattern[str]
    estimate: regex.Pattern[str]
    target: regex.Pattern[str]
    horizon: regex.Pattern[str]  # groups: y (a year), p (a plan's name), n (a span of years)
    absent: regex.Pattern[str]
    absent_indicator: str
    absent_measure: Measure
    distributive: Mapping[str, tuple[str, ...]]
    share_of_gdp: Mapping[str, str]
    compressed_members: Mapping[str, str]
    generic_aliases: Mapping[str, str]  # generic alias → the indicator the report names instead
    denominator: regex.Pattern[str]  # ends at the alias it makes a denominator
    fixed: tuple[Fixed, ...]
    plan_end: Mapping[str, int]
    flow_indicators: frozenset[str]
    capacity_units: frozenset[str]
    rx: Patterns


class _Lines:
    """Line numbers of cues.yaml keys, composed only when an error is reported."""

    def __init__(self) -> None:
        self.path = data_path(NAME)

    def of(self, *keys: str) -> int:
        import yaml

        with self.path.open(encoding="utf-8") as fh:
            node: Any = yaml.compose(fh, Loader=yaml.SafeLoader)
        line = 0
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            hit = next(((k, v) for k, v in node.value if k.value == key), None)
            if hit is None:
                break
            line = hit[0].start_mark.line + 1
            node = hit[1]
        return line

    def error(self, message: str, *keys: str) -> LexiconError:
        return LexiconError(f"{self.path}:{self.of(*keys)}: {message}")


def _compile(pattern: Any, lines: _Lines, *keys: str) -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise lines.error("expected a non-empty pattern", *keys)
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise lines.error(f"pattern does not compile ({exc})", *keys) from exc


def _words(data: Mapping[str, Any], lines: _Lines, *keys: str) -> list[str]:
    node: Any = data
    for key in keys:
        if not isinstance(node, Mapping) or key not in node:
            raise lines.error(f"missing key {'.'.join(keys)}", *keys[:-1])
        node = node[key]
    if not isinstance(node, list) or not node or not all(isinstance(w, str) and w for w in node):
        raise lines.error("expected a list of non-empty words", *keys)
    return node


def _comparators(words: Mapping[str, list[str]], lines: _Lines, side: str) -> str:
    parts = []
    for comp, items in words.items():
        if comp not in _GROUP_OF:
            raise lines.error(f"unknown comparator {comp!r}", "comparators", side)
        if side == "after":  # a space may stand inside a word after a figure (以 上)
            body = "|".join(r"\s?".join(regex.escape(ch) for ch in w) for w in items)
        else:
            body = alternation(items)
        parts.append(f"(?P<{_GROUP_OF[comp]}>{body})")
    return "|".join(parts)


def _patterns(data: Any, lines: _Lines) -> Patterns:
    if not isinstance(data, Mapping):
        raise lines.error("patterns: expected a mapping of name → regular expression", "patterns")
    names = [f.name for f in fields(Patterns)]
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise lines.error(f"unknown pattern name {unknown[0]!r}", "patterns", unknown[0])
    missing = [n for n in names if n not in data]
    if missing:
        raise lines.error(f"missing pattern {missing[0]!r}", "patterns")
    return Patterns(**{n: _compile(data[n], lines, "patterns", n) for n in names})


@functools.cache
def load() -> Cues:
    """cues.yaml as a frozen, compiled ``Cues`` (read once per process)."""
    data = cues()
    lines = _Lines()
    if not isinstance(data, Mapping):
        raise lines.error("expected a mapping at the top level")
    comps = data.get("comparators") or {}
    after = _comparators(comps.get("after") or {}, lines, "after")
    before = _comparators(comps.get("before") or {}, lines, "before")
    for i, h in enumerate(data.get("horizon") or []):
        _compile(h.get("pattern"), lines, "horizon")
        if h.get("kind") not in ("year", "plan", "five", "span"):
            raise lines.error(f"horizon {i}: kind must be year, plan, five or span", "horizon")
    absent = data.get("absent") or []
    if not absent:
        raise lines.error("absent: at least one pattern", "absent")
    fixed = tuple(
        Fixed(
            _compile(f.get("pattern"), lines, "fixed"),
            str(f["indicator"]),
            f["measure"],
            Decimal(str(f["value"])),
            str(f["unit"]),
        )
        for f in data.get("fixed") or []
    )
    plan_end = data.get("plan_end")
    if not isinstance(plan_end, Mapping) or not all(isinstance(v, int) for v in plan_end.values()):
        raise lines.error("plan_end: expected a mapping of plan name → year", "plan_end")
    return Cues(
        # a bracketed second unit (1万台（套）以上) may stand before the word; a class (市级以上) may not
        comparator_after=_compile(
            r"^\s?(?:[（(][\p{Han}]{1,2}[）)])?[\p{Han}]{0,3}?(?<!级)\s?(?:" + after + ")",
            lines,
            "comparators",
            "after",
        ),
        # 超每千人6.6批次: a per-head base may stand between the word and the figure
        comparator_before=_compile(
            "(?:" + before + r")(?:[\p{Han}]{0,2}|每[十百千万]人)$", lines, "comparators", "before"
        ),
        up=_compile(alternation(_words(data, lines, "measures", "up")), lines, "measures"),
        down=_compile(alternation(_words(data, lines, "measures", "down")), lines, "measures"),
        share=_compile(alternation(_words(data, lines, "measures", "share")), lines, "measures"),
        hard=_compile(alternation(_words(data, lines, "strength", "hard")), lines, "strength"),
        soft=_compile(alternation(_words(data, lines, "strength", "soft")), lines, "strength"),
        estimate=_compile(alternation(_words(data, lines, "status", "estimate")), lines, "status"),
        target=_compile(alternation(_words(data, lines, "status", "target")), lines, "status"),
        horizon=_compile("|".join(f"(?:{h['pattern']})" for h in data["horizon"]), lines, "horizon"),
        absent=_compile("|".join(f"(?:{a['pattern']})" for a in absent), lines, "absent"),
        absent_indicator=str(absent[0]["indicator"]),
        absent_measure=absent[0]["measure"],
        distributive={k: tuple(v) for k, v in (data.get("distributive") or {}).items()},
        share_of_gdp=dict(data.get("share_of_gdp") or {}),
        compressed_members=dict(data.get("compressed_members") or {}),
        generic_aliases=dict(data.get("generic_aliases") or {}),
        denominator=_compile(
            alternation(_words(data, lines, "denominator_before")) + "$", lines, "denominator_before"
        ),
        fixed=fixed,
        plan_end=dict(plan_end),
        flow_indicators=frozenset(_words(data, lines, "flow_indicators")),
        capacity_units=frozenset(_words(data, lines, "capacity_units")),
        rx=_patterns(data.get("patterns"), lines),
    )


@functools.cache
def cues() -> dict[str, Any]:
    """cues.yaml as read (plain data; ``load()`` is the typed view)."""
    data: dict[str, Any] = read_yaml(NAME)
    return data


@functools.cache
def automaton() -> Any:
    """Aho–Corasick over every indicator alias, distributive subject and shadow;
    each value is (alias, comma-joined indicator ids) with "" for a shadow."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    index = dict(taxonomy.alias_index())
    for alias, ids in load().distributive.items():
        index[alias] = ",".join(ids)
    for shadow in taxonomy.shadows():
        index.setdefault(shadow, "")  # matched, then dropped: names no indicator
    for alias, ind in index.items():
        auto.add_word(alias, (alias, ind))
    auto.make_automaton()
    return auto


@functools.cache
def alias_index() -> dict[str, str]:
    return taxonomy.alias_index()
