"""fields: every output field of gwr declared once.

A ``Field`` names an attribute of a typed record (``gwr.types``) and says what it
is: its kind, one line of help for the docs, and a Stata label (at most 80
characters). From these declarations come

* the JSON record of ``gwr extract --json`` (``gwr.record``),
* the columns of the corpus tables and their migrations (``gwr.store.schema``),
* the rows written to them (``gwr.store.rows``),
* the variable labels of the exports (``gwr.export.LABELS``),
* the field tables of docs/schema.md and docs/corpus.md (``doc_table``; run
  ``python -m gwr.fields`` to rewrite them; tests/test_store_fields.py checks them).

Adding a field to a mention is one line here (with ``since`` = the new schema
version) plus the attribute in ``gwr.types.Mention``.

Kinds: ``text``, ``int``, ``real``; ``bool`` (JSON true/false, SQL 0/1);
``decimal`` (JSON number; SQL a REAL column ``name`` and an exact ``name_text``);
``list`` (JSON list; SQL a JSON text); ``json`` (a JSON text in SQL only);
``blob`` (bytes, SQL only).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["text", "int", "real", "bool", "decimal", "list", "json", "blob"]


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # attribute of the typed record, key of the JSON record, export column
    kind: Kind
    help: str  # for the docs (Markdown)
    label: str  # Stata variable label (<= 80 characters)
    null: bool = True  # may be null / NULL
    column: str | None = None  # SQL column when it differs from ``name`` (start -> span_start)
    default: str | None = None  # SQL default (a literal), needed when a NOT NULL column is added later
    since: int = 1  # schema version that added the column (its migration adds it)
    json: bool = True  # part of the JSON record
    export: str | None = None  # export column when it differs from ``name`` (id -> document_id)
    ref: str | None = None  # SQL REFERENCES target

    @property
    def sql(self) -> str:
        return self.column or self.name

    @property
    def out(self) -> str:
        return self.export or self.name


def _f(name: str, kind: Kind, help: str, label: str, **kw: object) -> Field:
    return Field(name, kind, help, label, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the JSON record

# Provenance: the "source" object (only ``path`` when the others are null)
SOURCE: tuple[Field, ...] = (
    _f("path", "text", "absolute path of the file read", "absolute path of the file read", null=False),
    _f("member", "text", "zip member name", "zip member name"),
    _f(
        "row",
        "int",
        "1-based data row of a CSV/XLSX/JSONL container",
        "1-based data row of a CSV/XLSX/JSONL container",
    ),
    _f("source_url", "text", "URL stated by the page or container", "URL stated by the page or container"),
    _f(
        "published_on",
        "text",
        "publication date stated by the page or container (ISO)",
        "publication date stated by the page or container",
    ),
)

# RawDocument (and Metadata.doc_kind): top-level fields of the record
RAW: tuple[Field, ...] = (
    _f(
        "sha256",
        "text",
        "SHA-256 of the raw bytes of this document (of the member, or of the UTF-8 text cell for a container row)",
        "SHA-256 of the raw bytes of the document",
        null=False,
    ),
    _f(
        "encoding",
        "text",
        "encoding used to decode the bytes (`utf-8`, `utf-8-sig`, `gb18030`, `utf-16`, …)",
        "encoding used to decode the bytes",
        null=False,
    ),
    _f(
        "format",
        "text",
        "`txt`, `html`, `pdf`, `docx`, `csv`, `xlsx`, `jsonl`",
        "input format: txt, html, pdf, docx, csv, xlsx, jsonl",
        null=False,
    ),
)
DOC_KIND = _f(
    "doc_kind",
    "text",
    "`report` (the report itself, whole or excerpt), `summary` (a news summary or a compiled digest of a "
    "report), `other` (budget report, NPC resolution, plan outline, news item)",
    "report, summary or other",
    null=False,
)

# Metadata: the "meta" object
META: tuple[Field, ...] = (
    _f(
        "region_name",
        "text",
        "official name of the government whose report this is (`大连市`, `中山区`, `河北省`, `国务院` for the "
        "State Council)",
        "official name of the government reporting",
    ),
    _f(
        "region_code",
        "text",
        "GB/T 2260 six-digit code valid in the report's year (`210200`); `100000` for national reports",
        "GB/T 2260 code of the region (100000 = national)",
    ),
    _f(
        "level",
        "text",
        "`national`, `province`, `city`, `county`, `district`",
        "national, province, city, county or district",
    ),
    _f(
        "report_year",
        "int",
        "the year whose plan the report sets (usually the delivery year; a report delivered in December "
        "plans the next year)",
        "year whose plan the report sets",
    ),
    _f("review_year", "int", "the year it reviews, usually `report_year − 1`", "year the report reviews"),
    _f("speaker", "text", "who delivered it (`裴伟东`)", "who delivered the report"),
    _f("delivered_on", "text", "ISO date of delivery from the meeting line", "date of delivery (ISO)"),
    _f(
        "meeting",
        "text",
        "the meeting, e.g. `第十五届人民代表大会第六次会议`, `第十二届全国人民代表大会第三次会议`",
        "the people's congress meeting",
    ),
    _f(
        "title",
        "text",
        "the title line as printed (not trusted: may name another place)",
        "title line as printed",
    ),
)

# Section: one object of "outline" (title_end is stored, not in the JSON record)
SECTION: tuple[Field, ...] = (
    _f(
        "title",
        "text",
        "heading text (for a heading fused to its first sentence, up to the first full stop)",
        "heading text",
        null=False,
    ),
    _f("level", "int", "1 for 一、/第一部分/名词解释, 2 for （一）, 3 for 1.", "heading level", null=False),
    _f(
        "role",
        "text",
        "`review` (last year), `review_period` (the review of a plan period: 这五年, “十四五”时期工作回顾), "
        "`plan_period` (a five-year plan's goals: “十五五”时期主要目标任务), `vision` (2035年远景目标), "
        "`plan_targets` (总体要求 / 主要预期目标), `plan_tasks` (this year's work), `self_government` "
        "(政府自身建设), `glossary` (名词解释), `other`",
        "role of the section",
        null=False,
    ),
    _f("start", "int", "the heading's start", "start of the heading", null=False, column="span_start"),
    _f(
        "end",
        "int",
        "the start of the next heading of the same or a higher level (or the end of the text)",
        "end of the section body",
        null=False,
        column="span_end",
    ),
    _f("title_end", "int", "end of the heading text", "end of the heading text", null=False, json=False),
)

# Mention: one object of "indicators"
MENTION: tuple[Field, ...] = (
    _f(
        "indicator",
        "text",
        "canonical indicator id from `gwr/data/indicators.yaml` (`gdp`, `cpi`, `new_urban_jobs`, …); null for "
        "an open commitment",
        "canonical indicator id (gwr/data/indicators.yaml)",
    ),
    _f(
        "label",
        "text",
        "for open commitments (no canonical indicator): the normalised verb–object phrase before the figure "
        "(`植树`, `棚户区改造`), for matching later years",
        "verb-object phrase of an open commitment",
    ),
    _f(
        "value",
        "decimal",
        "value in the base unit (null for ranges and `absent`): percentages as numbers (7.5 for 7.5%), money in "
        "single yuan or dollars (915亿元 → 91500000000), 8万人 → 80000",
        "value in the base unit",
    ),
    _f(
        "unit",
        "text",
        "base unit: `percent`, `pp` (percentage points), `permille`, `CNY`, `USD`, `person`, `person_time`, "
        "`ton`, `kg`, `mu`, `m2`, `km2`, `km`, `m3`, `kW`, `kWh`, `TEU`, `day`, `times`, or the counter word "
        "(`套`, `户`, `个`, …)",
        "base unit (percent, CNY, person, ...)",
    ),
    _f("currency", "text", "`CNY`, `USD`, … when the unit is money", "currency of a money value"),
    _f(
        "low",
        "decimal",
        "low end of a range (`6%—7%`), in the base unit; for a stated decline (`减少8%至10%`) low −10 and high −8",
        "low end of a range",
    ),
    _f("high", "decimal", "high end of a range, in the base unit", "high end of a range"),
    _f(
        "comparator",
        "text",
        "`>=` (以上/不低于/不少于), `>` (超过/高于/突破), `<` (低于/不到/不足), `<=` (以内/以下/控制在/不超过), "
        "`~` (左右/约/上下), `=` (bare), `range`, `absent` (the report explicitly sets no target). The "
        "comparator is the word as printed and bears on the magnitude: `能耗降低3%以上` is value −3 with `>=` "
        "(a decline of at least 3%)",
        "comparator: >=, >, <, <=, ~, =, range, absent",
        null=False,
    ),
    _f(
        "measure",
        "text",
        "`level`, `growth` (增长/下降 X%; a decrease is negative; CPI is a growth), `rate` (失业率), `share` "
        "(占比/比重), `pp_change` (提高 X 个百分点), `ratio` (三次产业结构)",
        "level, growth, rate, share, pp_change, ratio",
        null=False,
    ),
    _f(
        "status",
        "text",
        "`target` (plan), `actual` (reported result), `estimate` (预计)",
        "target, actual or estimate",
        null=False,
    ),
    _f(
        "strength",
        "text",
        "`hard` (确保/必须) or `soft` (力争/争取/努力) for targets; null when no cue",
        "hard or soft target wording",
    ),
    _f(
        "year",
        "int",
        "the year the figure refers to: `report_year` for targets, `review_year` for results, the horizon "
        "year for five-year-plan targets (到2020年, 十三五期末)",
        "year the figure refers to (else the report year)",
    ),
    _f(
        "start",
        "int",
        "start of the printed figure in the clean text, comparator word included when it follows (`7%左右`)",
        "start offset of the figure in the clean text",
        null=False,
        column="span_start",
    ),
    _f(
        "end",
        "int",
        "end of the printed figure in the clean text",
        "end offset of the figure in the clean text",
        null=False,
        column="span_end",
    ),
    _f("sentence", "text", "the sentence it is in", "the sentence holding the figure", null=False),
    _f("raw", "text", "`text[start:end]`, as printed", "the figure as printed", null=False),
    _f("approx", "bool", "多/余/近 (500多亿元, 近3万人)", "1 if the figure is approximate", null=False),
    _f(
        "confidence",
        "real",
        "1.0 when every part was read directly; lower when the indicator was carried from the previous clause, "
        "the alias is far from the figure, a digit was repaired (OCR `1O%`) or the number is malformed",
        "extraction confidence, 0-1",
        null=False,
    ),
    _f(
        "flags",
        "list",
        "reasons for a lower confidence: `indicator_from_previous_clause`, `ocr_repaired`, `space_repaired`, "
        "`double_percent`, `malformed`, `measure_not_in_taxonomy`",
        "extraction flags, JSON list",
        null=False,
        default="'[]'",
    ),
    _f("section", "text", "role of the enclosing outline section", "role of the enclosing outline section"),
    _f(
        "alias",
        "text",
        "the indicator's name as printed (`城镇调查失业率`, `国民生产总值`): which of an indicator's series the "
        "report named",
        "indicator name as printed",
        since=2,
    ),
    _f(
        "main",
        "bool",
        "the figure is in the report's main-target passage (`主要预期目标是：…`, `调控目标`): the headline "
        "targets analysts compile each spring",
        "1 if in the main-target passage",
        null=False,
        default="0",
        since=2,
    ),
    _f(
        "aggregate",
        "text",
        "`annual` (one year's value, the default), `average` (年均 over `period_start`–`period_end`) or "
        "`cumulative` (累计 over that period)",
        "annual, average (年均) or cumulative (累计) over the period",
        null=False,
        default="'annual'",
        since=3,
    ),
    _f(
        "period_start",
        "int",
        "first year of a multi-year figure (a 年均/累计 figure or a plan-period goal); null for one year's figure",
        "first year of a multi-year figure",
        since=3,
    ),
    _f("period_end", "int", "last year of a multi-year figure", "last year of a multi-year figure", since=3),
    _f(
        "scope",
        "text",
        "null when the figure belongs to the reporting region as a whole; otherwise who it belongs to (a "
        "sub-region, an enterprise group, a sector or programme: `庆阳、酒泉`, `省属企业`); such figures join no "
        "panel of the region",
        "who the figure belongs to when not the whole region",
        since=3,
    ),
    _f(
        "section_start",
        "int",
        "first year of the period the figure's part of the report covers, with `section_end`: the review of "
        "2025 is 2025–2025, the “十四五” review 2021–2025, this year's tasks the report year, the “十五五” plan "
        "2026–2030, the 2035 vision up to 2035; null where the part is not known",
        "first year of the period of the figure's part of the report",
        since=5,
    ),
    _f(
        "section_end",
        "int",
        "last year of the period the figure's part of the report covers (see `section_start`)",
        "last year of the period of the figure's part of the report",
        since=5,
    ),
)

# Edit: one object of "removed" (raw-text offsets)
EDIT: tuple[Field, ...] = (
    _f(
        "start",
        "int",
        "start in the raw text",
        "start offset in the raw text",
        null=False,
        column="span_start",
    ),
    _f("end", "int", "end in the raw text", "end offset in the raw text", null=False, column="span_end"),
    _f("rule", "text", "rule id from `gwr/data/noise.yaml`", "rule id from gwr/data/noise.yaml", null=False),
    _f("text", "text", "the removed text", "the removed text", null=False),
)

# ------------------------------------------------------------------ stored only (the corpus database)

DOCUMENT_STORED: tuple[Field, ...] = (
    _f(
        "text_sha256",
        "text",
        "SHA-256 of the clean text (UTF-8)",
        "SHA-256 of the clean text (UTF-8)",
        null=False,
    ),
    _f(
        "evidence",
        "json",
        "JSON `{field: {start, end, confidence}}`",
        "evidence of the metadata, JSON",
        null=False,
        default="'{}'",
    ),
    _f(
        "warnings",
        "json",
        "the warnings, JSON list of `{code, message}`",
        "extraction warnings, JSON list of {code, message}",
        null=False,
        default="'[]'",
    ),
    _f(
        "n_warnings",
        "int",
        "number of extraction warnings",
        "number of extraction warnings",
        null=False,
        default="0",
    ),
    _f(
        "chars",
        "int",
        "length of the clean text in characters",
        "length of the clean text in characters",
        null=False,
    ),
    _f("text", "text", "the clean text", "the clean text", null=False),
    _f(
        "minhash",
        "blob",
        "1,024-byte MinHash signature (128 little-endian uint64, char 5-grams)",
        "MinHash signature",
    ),
)
DOCUMENT_ADMIN: tuple[Field, ...] = (
    _f(
        "extractor_version",
        "text",
        "extractor version that produced the row",
        "gwr extractor version that produced the row",
        null=False,
    ),
    _f(
        "canonical_id",
        "int",
        "the canonical document of its duplicate group (itself when canonical)",
        "canonical document of its duplicate group",
        ref="documents(id)",
    ),
    _f(
        "duplicate_of",
        "int",
        "the canonical document it duplicates; empty when canonical",
        "canonical document this one duplicates (empty if canonical)",
        ref="documents(id)",
    ),
    _f(
        "dup_kind",
        "text",
        "`exact`, `near` or `same_key`; empty when canonical",
        "exact, near or same_key (empty if canonical)",
    ),
    _f("run_id", "int", "the run that wrote it", "ingest run that wrote the row", ref="runs(id)"),
    _f(
        "created_at",
        "text",
        "when the row was written (UTC, ISO 8601)",
        "when the document was stored (UTC)",
        null=False,
    ),
)
MENTION_COPIED: tuple[Field, ...] = (  # copied from the document for fast panels
    _f(
        "region_code",
        "text",
        "copied from the document for fast panels",
        "GB/T 2260 code of the region (100000 = national)",
    ),
    _f("report_year", "int", "copied from the document for fast panels", "year whose plan the report sets"),
)


# ------------------------------------------------------------------ tracking (gwr.track): derived tables

# ScoreRow: one row of a scorecard (``gwr scorecard``, table ``scorecard``)
SCORE: tuple[Field, ...] = (
    _f(
        "region_code",
        "text",
        "GB/T 2260 code of the region",
        "GB/T 2260 code of the region (100000 = national)",
    ),
    _f("region_name", "text", "official name of the region", "official name of the government reporting"),
    _f("year", "int", "the plan year: the report that set the target", "plan year of the target", null=False),
    _f(
        "horizon",
        "int",
        "the year the target is due (`period_end` of a multi-year target)",
        "year the target is due",
        null=False,
    ),
    _f("indicator", "text", "canonical indicator id; null for an open commitment", "canonical indicator id"),
    _f("label", "text", "the open commitment's label as the plan printed it", "label of an open commitment"),
    _f(
        "measure",
        "text",
        "measure of the target (and of its outcome)",
        "level, growth, rate, share, pp_change",
        null=False,
    ),
    _f(
        "aggregate",
        "text",
        "`annual`, `average` or `cumulative`",
        "annual, average or cumulative",
        null=False,
    ),
    _f("comparator", "text", "comparator of the target", "comparator of the target", null=False),
    _f("target_value", "decimal", "target value in the base unit", "target value in the base unit"),
    _f("target_low", "decimal", "low end of a target range", "low end of a target range"),
    _f("target_high", "decimal", "high end of a target range", "high end of a target range"),
    _f(
        "actual_value",
        "decimal",
        "outcome in the base unit; null when none was used",
        "outcome in the base unit",
    ),
    _f(
        "actual_status",
        "text",
        "`actual` or `estimate` (预计) for the outcome used",
        "actual or estimate (outcome)",
    ),
    _f("unit", "text", "base unit of both figures", "base unit of target and outcome"),
    _f(
        "verdict",
        "text",
        "`met`, `missed`, `no_data` (no outcome reported: never counted as missed), `not_comparable` "
        "(outcome in another measure or unit), `not_due` (horizon not reviewed yet), `ambiguous` "
        "(two outcomes fit)",
        "met, missed, no_data, not_comparable, not_due, ambiguous",
        null=False,
    ),
    _f(
        "margin",
        "decimal",
        "outcome − target (the near end of a range), signed so that positive is better",
        "outcome minus target, positive = better",
    ),
    _f(
        "basis",
        "text",
        "which document and rule decided",
        "which document and rule decided the verdict",
        null=False,
    ),
    _f(
        "note",
        "text",
        "what else was seen (other candidates, estimates, revisions)",
        "notes on the pairing",
        null=False,
    ),
    _f("main", "bool", "the target is in the main-target passage", "1 if a main target", null=False),
    _f(
        "revised",
        "bool",
        "another document of the plan year states this target with another value",
        "1 if another document of the year states another value",
        null=False,
    ),
    _f(
        "target_doc",
        "text",
        "document of the target (database id, or the file path)",
        "document of the target",
        null=False,
    ),
    _f(
        "target_start",
        "int",
        "start of the target figure in its clean text",
        "start offset of the target",
        null=False,
    ),
    _f("target_end", "int", "end of the target figure", "end offset of the target", null=False),
    _f("target_raw", "text", "the target as printed", "the target as printed", null=False),
    _f(
        "target_quote",
        "text",
        "the sentence of the target (first 300 characters)",
        "sentence of the target",
        null=False,
    ),
    _f(
        "target_verified",
        "text",
        "whether a person checked the target: `extracted`, `confirmed` or `corrected` (corrected or "
        "added by hand; the mentions' `verified`)",
        "target checked by a person: extracted, confirmed or corrected",
        null=False,
    ),
    _f("actual_doc", "text", "document of the outcome", "document of the outcome"),
    _f("actual_start", "int", "start of the outcome figure in its clean text", "start offset of the outcome"),
    _f("actual_end", "int", "end of the outcome figure", "end offset of the outcome"),
    _f("actual_raw", "text", "the outcome as printed", "the outcome as printed"),
    _f(
        "actual_quote",
        "text",
        "the sentence of the outcome (first 300 characters)",
        "sentence of the outcome",
    ),
    _f(
        "actual_verified",
        "text",
        "whether a person checked the outcome (as `target_verified`); null when none was used",
        "outcome checked by a person: extracted, confirmed or corrected",
    ),
)

# StageRow: one project named in one report (``gwr projects``, table ``project_stages``)
STAGE: tuple[Field, ...] = (
    _f(
        "region_code",
        "text",
        "GB/T 2260 code of the region",
        "GB/T 2260 code of the region (100000 = national)",
    ),
    _f("region_name", "text", "official name of the region", "official name of the government reporting"),
    _f(
        "project",
        "text",
        "the project's linked name (same across years)",
        "project (linked name)",
        null=False,
    ),
    _f("name", "text", "the name as this report printed it", "project name as printed", null=False),
    _f(
        "aliases",
        "list",
        "other names it was linked under",
        "other names of the project, JSON list",
        null=False,
    ),
    _f("year", "int", "report year of the document", "report year", null=False),
    _f(
        "stage",
        "text",
        "`planned` (谋划, 规划), `preparatory` (前期工作), `started` (开工), `construction` (加快建设, 推进), "
        "`completed` (建成, 竣工, 通车, 投用)",
        "planned, preparatory, started, construction, completed",
        null=False,
    ),
    _f(
        "status",
        "text",
        "`target` (this year's plan) or `actual` (the review of last year)",
        "target or actual",
        null=False,
    ),
    _f(
        "section",
        "text",
        "role of the section naming it (`review`, `plan_tasks`, …); null outside every section",
        "role of the section naming the project",
    ),
    _f(
        "delayed",
        "bool",
        "promised to be completed in a year (this year's plan), not reported completed by the next "
        "year's report",
        "1 if promised completion was not reported the next year",
        null=False,
    ),
    _f(
        "basis",
        "text",
        "which document was read for the year and why, the section, and how the delay rule applied",
        "document read, section and delay rule applied",
        null=False,
    ),
    _f("doc", "text", "document (database id, or the file path)", "document of the mention", null=False),
    _f("start", "int", "start of the name in the clean text", "start offset of the name", null=False),
    _f("end", "int", "end of the name", "end offset of the name", null=False),
    _f(
        "quote",
        "text",
        "the sentence naming it (first 300 characters)",
        "sentence naming the project",
        null=False,
    ),
)


# ------------------------------------------------------------------ corrections (kept apart from extracted rows)

# A person's check of one figure, keyed by the document's sha256 and the figure's clean-text
# offsets (not by row ids), so it survives a re-ingest and a new extractor version.
CORRECTION: tuple[Field, ...] = (
    _f(
        "sha256",
        "text",
        "SHA-256 of the raw bytes of the document checked",
        "SHA-256 of the document",
        null=False,
    ),
    _f(
        "start",
        "int",
        "start of the figure in the clean text",
        "start offset of the figure",
        null=False,
        column="span_start",
    ),
    _f(
        "end",
        "int",
        "end of the figure in the clean text",
        "end offset of the figure",
        null=False,
        column="span_end",
    ),
    _f(
        "raw",
        "text",
        "`text[start:end]` when the check was made; a correction whose span no longer reads so is orphaned",
        "the figure as printed when checked",
        null=False,
    ),
    _f(
        "action",
        "text",
        "`confirm`, `correct`, `reject`, or `add` (a figure the extractor missed)",
        "confirm, correct, reject or add",
        null=False,
    ),
    _f(
        "changes",
        "json",
        "JSON `{field: value}` of the corrected (or added) mention fields",
        "corrected fields, JSON",
        null=False,
        default="'{}'",
    ),
    _f("author", "text", "who checked it", "who checked the figure", null=False),
    _f("created_at", "text", "when (UTC, ISO 8601)", "when the figure was checked (UTC)", null=False),
    _f("note", "text", "a free comment", "comment of the checker"),
)


# ------------------------------------------------------------------ tables


@dataclass(frozen=True, slots=True)
class Table:
    """A corpus table whose columns come from fields: ``id`` (an integer key) or ``document_id``
    and ``ord`` first, then each field (a ``decimal`` field is two columns)."""

    name: str
    fields: tuple[Field, ...]
    key: Literal["id", "document_ord", "id_document_ord"]


DOCUMENTS = Table(
    "documents",
    (*SOURCE, RAW[0], DOCUMENT_STORED[0], *RAW[1:], DOC_KIND, *META, *DOCUMENT_STORED[1:], *DOCUMENT_ADMIN),
    "id",
)
SECTIONS = Table("sections", SECTION, "document_ord")
MENTIONS = Table("mentions", (*MENTION, *MENTION_COPIED), "id_document_ord")
REMOVED = Table("removed", (EDIT[2], EDIT[0], EDIT[1], EDIT[3]), "document_ord")
TABLES = (DOCUMENTS, SECTIONS, MENTIONS, REMOVED)
# Derived tables that gwr.track rebuilds from the mentions (created by gwr/track/db.py)
SCORECARD = Table("scorecard", SCORE, "id")
PROJECT_STAGES = Table("project_stages", STAGE, "id")
TRACK_TABLES = (SCORECARD, PROJECT_STAGES)
# tables not filled from a document's rows (created with the others, written on their own)
CORRECTIONS = Table("corrections", CORRECTION, "id")
APART = (CORRECTIONS,)


def columns(fields: tuple[Field, ...]) -> list[tuple[str, Field]]:
    """(SQL column, field) in table order: a decimal field gives ``name`` and ``name_text``."""
    out: list[tuple[str, Field]] = []
    for f in fields:
        out.append((f.sql, f))
        if f.kind == "decimal":
            out.append((f"{f.sql}_text", f))
    return out


# ------------------------------------------------------------------ exports

# Columns of the exported tables that are not a field of a record (docs/corpus.md)
EXPORT_ONLY: tuple[Field, ...] = (
    _f("document_id", "int", "id of the document (`documents.id`)", "gwr document id (documents.id)"),
    _f("mention_id", "int", "id of the figure (`mentions.id`)", "gwr mention id (mentions.id)"),
    _f("topic", "text", "topic id", "attention topic id"),
    _f("topic_name", "text", "topic name", "attention topic name"),
    _f("count", "int", "occurrences of the topic's terms", "occurrences of the topic's terms"),
    _f("per_10k_chars", "real", "`count / chars × 10000`", "occurrences per 10,000 characters of clean text"),
    _f("sentences", "int", "sentences mentioning the topic", "sentences mentioning the topic"),
    _f("sentences_total", "int", "sentences in the document", "sentences in the document"),
    _f("sentence_share", "real", "`sentences / sentences_total`", "share of sentences mentioning the topic"),
    _f(
        "candidates",
        "int",
        "figures that competed for this panel cell (`gwr panel --explain` lists them)",
        "candidate figures for the panel cell",
    ),
    _f(
        "verified",
        "text",
        "`extracted` (nobody checked it), `confirmed`, or `corrected` (corrected or added by hand "
        "in `gwr serve`; `gwr corrections`)",
        "checked by a person: extracted, confirmed or corrected",
        null=False,
    ),
)
VERIFIED = EXPORT_ONLY[-1]


_DOC_ONLY = {"evidence", "text", "minhash", "run_id"}
# documents export: every column of ``documents`` but the text, the signature, evidence and run_id
DOCUMENT_EXPORT: tuple[Field, ...] = (
    EXPORT_ONLY[0],
    *(f for f in DOCUMENTS.fields if f.name not in _DOC_ONLY),
)
# mentions export: the figure's document and region first, then every field of a mention
MENTION_HEAD: tuple[Field, ...] = (
    EXPORT_ONLY[1],
    EXPORT_ONLY[0],
    META[1],
    META[0],
    META[2],
    _f(
        "year",
        "int",
        "the year the figure refers to; the report year when the extractor gives none",
        "year the figure refers to (else the report year)",
    ),
    _f("report_year", "int", "report year of its document", "year whose plan the report sets"),
    SOURCE[0],  # path, sha256, source_url: where the figure can be checked
    RAW[0],
    SOURCE[3],
)
MENTION_EXPORT: tuple[Field, ...] = (*MENTION_HEAD, *(f for f in MENTION if f.name != "year"), VERIFIED)


def export_names(fields: tuple[Field, ...]) -> list[str]:
    """Exported column names (a decimal field gives ``name`` and ``name_text``)."""
    return [n for f in fields for n in ((f.out, f"{f.out}_text") if f.kind == "decimal" else (f.out,))]


def labels() -> dict[str, str]:
    """Stata variable label of every exported column: the first declaration of a name wins
    (document before mention, so ``start`` is a figure's offset in the mentions export)."""
    out: dict[str, str] = {}
    groups = (
        EXPORT_ONLY,
        SOURCE,
        RAW,
        (DOC_KIND,),
        META,
        DOCUMENT_STORED,
        DOCUMENT_ADMIN,
        MENTION,
        SCORE,
        STAGE,
    )
    for group in groups:
        for f in group:
            out.setdefault(f.out, f.label)
            if f.kind == "decimal":
                out.setdefault(f"{f.out}_text", f"{f.label} as an exact decimal")
    return out


# ------------------------------------------------------------------ docs

_JSON_TYPE = {
    "text": "string",
    "int": "int",
    "real": "number",
    "bool": "bool",
    "decimal": "number",
    "list": "list",
    "json": "string",
    "blob": "bytes",
}


def doc_table(fields: tuple[Field, ...]) -> str:
    """The Markdown table of ``fields`` as docs/schema.md shows it (JSON fields only)."""
    lines = ["| field | type | meaning |", "|---|---|---|"]
    for f in fields:
        if not f.json:
            continue
        kind = _JSON_TYPE[f.kind] + ("/null" if f.null else "")
        lines.append(f"| `{f.name}` | {kind} | {f.help} |")
    return "\n".join(lines)


def export_table(fields: tuple[Field, ...]) -> str:
    """The Markdown table of an exported table's columns as docs/corpus.md shows it."""
    lines = ["| column | meaning |", "|---|---|"]
    for f in fields:
        lines.append(f"| `{f.out}` | {f.help} |")
        if f.kind == "decimal":
            lines.append(f"| `{f.out}_text` | the same as an exact decimal string (`7.5`, `1200000000000`) |")
    return "\n".join(lines)


def doc_tables() -> dict[str, str]:
    """The generated tables by block name (``<!-- fields:NAME -->`` in docs/*.md)."""
    return {
        "meta": doc_table(META),
        "outline": doc_table(SECTION),
        "indicators": doc_table(MENTION),
        "removed": doc_table(EDIT),
        "documents": export_table(DOCUMENT_EXPORT),
        "mentions": export_table(MENTION_EXPORT),
        "scorecard": export_table(SCORE),
        "project_stages": export_table(STAGE),
    }


_BLOCK = re.compile(r"(<!-- fields:(\w+) -->\n)(.*?)(\n<!-- /fields -->)", re.S)


def render_docs(text: str) -> str:
    """``text`` with every ``<!-- fields:NAME -->`` block replaced by the table of ``DOC_TABLES[NAME]``."""
    tables = doc_tables()
    return _BLOCK.sub(lambda m: m.group(1) + tables[m.group(2)] + m.group(4), text)


def main(argv: list[str]) -> int:
    """``python -m gwr.fields [DOC.md ...]``: rewrite the field tables of the given docs."""
    root = Path(__file__).resolve().parents[1]
    paths = [Path(a) for a in argv] or [root / "docs" / n for n in ("schema.md", "corpus.md", "track.md")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        new = render_docs(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            sys.stderr.write(f"rewrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
