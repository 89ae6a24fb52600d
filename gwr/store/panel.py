"""panel: the rule that picks one figure per region × year × indicator × measure × status.

Every stored figure with an indicator, a region and a year is a *candidate* for
its cell. A candidate is **excluded** (never in the panel, whatever else the
cell holds) when it is not a plain annual figure of the cell's measure:

1. ``aggregate`` is not ``annual`` (a five-year average, a cumulative total);
2. its period spans several years (``period_start`` < ``period_end``: growth over 2000–05);
3. it has a ``scope`` (a part of the region, a sector: not the region's own figure);
4. it is written as a multiple (翻一番, 翻两番), right after 年均/平均每年 (an average of
   several years) or 累计增长 (cumulative), whatever the extractor's ``aggregate`` says; a
   growth right after 的 is a share or multiple of something (经济总量的50%, 2005年的1.8倍);
5. its unit is not the measure's (a growth or share not in percent, a rate not in
   percent or per mille, a percentage-point change not in points).

Among the candidates left, the first in this order wins; ties go to the next line:

1. the document is a report, before a summary, before any other document;
2. the figure is of the document's own year (the report year for a target, the
   reviewed year for an actual or estimate), before a figure recalled from another year;
3. its sentence has no multi-year wording (年均, 累计, 连续, 五年, 比2000年, 与2000年相比);
4. it is in the section of its status (last year's review for an actual, the plan for a
   target), before other sections, before a five-year review, plan or vision (这五年, “十四五”时期);
5. it is in the main-target passage (主要预期目标);
6. higher extraction confidence;
7. the document whose source (path, member, row) sorts first; the first in the text.

The same SQL is the ``panel`` view of the database (``panel_candidates`` shows
every candidate with its ``rank`` and ``excluded`` reason), so any SQL client
sees the panel gwr prints. ``explain`` says, for each candidate, why it won or lost.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CANDIDATES", "COLUMNS", "EXPLAIN", "PANEL", "RULES", "VIEWS", "explain", "views_stamp", "widen"]

_CELL = "indicator, measure, status, region_code, year"
_PERIOD_SECTIONS = "('review_period', 'plan_period', 'vision')"
# A figure right after 年均/平均每年 is an average over several years, whatever the extractor says.
_AVERAGE = " OR ".join(
    f"m.sentence LIKE '%{w}' || m.raw || '%'" for w in ("年均增长", "年均", "平均每年增长", "年平均增长")
)
# Words of a sentence about several years: 年均 (yearly average), 累计, 连续N年, 五年, a base
# year (比2000年, 与2000年相比). Sentence-wide, so only a preference, never an exclusion.
_PERIOD_WORDS = " OR ".join(
    f"m.sentence LIKE '{p}'" for p in ("%年均%", "%累计%", "%连续%", "%五年%", "%比____年%", "%____年相比%")
)

# (sort key, how it reads when it decides) in the order of the rule.
RULES: tuple[tuple[str, str], ...] = (
    ("k_kind", "a report before a summary or other document"),
    ("k_other_year", "a figure of the document's own year"),
    ("k_period_words", "no multi-year wording in its sentence (年均, 累计, 连续, 五年, 比2000年)"),
    ("k_section", "in the section of its status (review for actuals, plan for targets)"),
    ("k_not_main", "in the main-target passage"),
    ("k_confidence", "higher confidence"),
    ("k_source", "source path sorts first"),
    ("start", "earlier in the text"),
)

CANDIDATES = f"""
WITH c AS (
  SELECT m.indicator, m.measure, m.status, m.region_code, d.region_name, d.level,
         coalesce(m.year, d.report_year) AS year,
         m.value, m.comparator, m.low, m.high, m.unit, m.value_text, m.low_text, m.high_text, m.strength,
         m.aggregate, m.period_start, m.period_end, m.scope, m.section, m.main, m.confidence,
         m.id AS mention_id, m.document_id, d.doc_kind, d.report_year, d.path, d.member, d.row, d.sha256,
         d.source_url, m.span_start AS start, m.span_end AS "end", m.raw, m.sentence,
         CASE
           WHEN m.aggregate IS NOT NULL AND m.aggregate <> 'annual' THEN 'not annual: ' || m.aggregate
           WHEN m.period_start IS NOT NULL AND m.period_end IS NOT NULL AND m.period_end > m.period_start
             THEN 'several years: ' || m.period_start || '-' || m.period_end
           WHEN m.scope IS NOT NULL THEN 'part of the region: ' || m.scope
           WHEN m.raw LIKE '%翻%番%' THEN 'a multiple over several years (翻番), not a growth rate'
           WHEN {_AVERAGE} THEN 'a yearly average over several years (年均)'
           WHEN m.sentence LIKE '%累计增长' || m.raw || '%' THEN 'cumulative over several years (累计)'
           WHEN m.measure = 'growth' AND m.sentence LIKE '%的' || m.raw || '%'
             THEN 'a share or multiple of something (…的50%), not a growth rate'
           WHEN m.measure IN ('growth', 'share') AND coalesce(m.unit, '') <> 'percent'
             THEN 'unit ' || coalesce(m.unit, 'none') || ' is not percent'
           WHEN m.measure = 'rate' AND coalesce(m.unit, '') NOT IN ('percent', 'permille')
             THEN 'unit ' || coalesce(m.unit, 'none') || ' is not percent or per mille'
           WHEN m.measure = 'pp_change' AND coalesce(m.unit, '') <> 'pp'
             THEN 'unit ' || coalesce(m.unit, 'none') || ' is not percentage points'
         END AS excluded,
         CASE d.doc_kind WHEN 'report' THEN 0 WHEN 'summary' THEN 1 ELSE 2 END AS k_kind,
         CASE WHEN coalesce(m.year, d.report_year) IS DISTINCT FROM (
                CASE WHEN m.status = 'target' THEN d.report_year
                     ELSE coalesce(d.review_year, d.report_year - 1) END)
              THEN 1 ELSE 0 END AS k_other_year,
         CASE WHEN {_PERIOD_WORDS} THEN 1 ELSE 0 END AS k_period_words,
         CASE WHEN m.section IN {_PERIOD_SECTIONS} THEN 2
              WHEN (m.status = 'target' AND m.section IN ('plan_targets', 'plan_tasks'))
                OR (m.status <> 'target' AND m.section = 'review') THEN 0
              ELSE 1 END AS k_section,
         CASE WHEN m.main = 1 THEN 0 ELSE 1 END AS k_not_main,
         -m.confidence AS k_confidence,
         d.path || '!' || coalesce(d.member, '') || '#' || coalesce(d.row, 0) AS k_source
  FROM mentions m JOIN documents d ON d.id = m.document_id
  WHERE {{where}} AND m.indicator IS NOT NULL AND m.region_code IS NOT NULL
    AND coalesce(m.year, d.report_year) IS NOT NULL
)
SELECT c.*,
       row_number() OVER (
         PARTITION BY {_CELL}
         ORDER BY CASE WHEN excluded IS NULL THEN 0 ELSE 1 END, k_kind, k_other_year, k_period_words, k_section,
                  k_not_main, k_confidence, path, coalesce(member, ''), coalesce(row, 0), start
       ) AS rank,
       count(*) OVER (PARTITION BY {_CELL}) AS candidates
FROM c
"""

# The panel's columns (the long table; ``Corpus.panel`` drops the first three).
COLUMNS: tuple[str, ...] = (
    "indicator",
    "measure",
    "status",
    "region_code",
    "region_name",
    "level",
    "year",
    "value",
    "comparator",
    "low",
    "high",
    "unit",
    "value_text",
    "low_text",
    "high_text",
    "strength",
    "aggregate",
    "document_id",
    "doc_kind",
    "path",
    "member",
    "row",
    "sha256",
    "source_url",
    "start",
    "end",
    "raw",
    "sentence",
    "section",
    "confidence",
    "candidates",
)
_OUT = ", ".join('"end"' if c == "end" else c for c in COLUMNS)
PANEL = (
    f"SELECT {_OUT} FROM ({CANDIDATES}) p WHERE rank = 1 AND excluded IS NULL "
    "ORDER BY indicator, measure, status, region_code, year"
)
EXPLAIN = f"SELECT * FROM ({CANDIDATES}) p ORDER BY {_CELL}, rank"

VIEWS = (
    "DROP VIEW IF EXISTS panel",
    "DROP VIEW IF EXISTS panel_candidates",
    "CREATE VIEW panel_candidates AS " + CANDIDATES.format(where="d.canonical_id = d.id"),
    f"CREATE VIEW panel AS SELECT {_OUT} FROM panel_candidates WHERE rank = 1 AND excluded IS NULL",
)


def views_stamp() -> str:
    """A hash of the views' SQL: a database whose stamp differs gets them again."""
    return hashlib.sha256(";".join(VIEWS).encode("utf-8")).hexdigest()[:16]


def explain(frame: pd.DataFrame) -> pd.DataFrame:
    """The candidates of ``EXPLAIN`` with ``chosen`` (bool) and ``why``: what put the winner
    before the runner-up, or why a candidate lost or was excluded; sort keys dropped."""
    import pandas as pd

    rows = frame.to_dict("records")
    cell = ("indicator", "measure", "status", "region_code", "year")
    groups: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for row in rows:
        groups.setdefault(tuple(row[c] for c in cell), []).append(row)
    for members in groups.values():
        members.sort(key=lambda r: int(str(r["rank"])))
        best = members[0]
        runner = members[1] if len(members) > 1 and pd.isna(members[1]["excluded"]) else None
        for row in members:
            if not pd.isna(row["excluded"]):
                row["why"] = f"excluded: {row['excluded']}"
            elif row is best:
                row["why"] = "chosen" + (f": {_decider(best, runner)}" if runner is not None else "")
            else:
                row["why"] = "lost: " + _decider(best, row)
            row["chosen"] = row is best and pd.isna(row["excluded"])
    keys = [k for k, _ in RULES if k.startswith("k_")]
    out = pd.DataFrame(rows, columns=[*frame.columns, "chosen", "why"]).drop(columns=keys)
    return out


def _decider(best: dict[str, object], other: dict[str, object]) -> str:
    for key, reads in RULES:
        if best[key] != other[key]:
            return reads
    return "same on every rule (an identical figure)"


def widen(frame: pd.DataFrame) -> pd.DataFrame:
    """Regions x years: one column per year holding ``value`` (for a range with no value, the
    midpoint of ``low`` and ``high``), and ``lowYEAR`` / ``highYEAR`` columns for the years
    where any cell is a range. Columns: region_code, region_name, level, then the years."""
    import pandas as pd

    frame = frame.copy()
    ranged = frame["value"].isna() & frame["low"].notna() & frame["high"].notna()
    midpoint = (frame["low"].astype("float64") + frame["high"].astype("float64")) / 2
    frame["value"] = frame["value"].astype("float64").where(~ranged, midpoint)
    names = frame.drop_duplicates("region_code", keep="last").set_index("region_code")[
        ["region_name", "level"]
    ]
    parts = [frame.pivot(index="region_code", columns="year", values="value")]
    range_years = sorted({int(y) for y in frame.loc[frame["low"].notna() | frame["high"].notna(), "year"]})
    for end in ("low", "high"):
        if range_years:
            part = frame[frame["year"].isin(range_years)].pivot(
                index="region_code", columns="year", values=end
            )
            part.columns = [f"{end}{int(c)}" for c in part.columns]
            parts.append(part)
    wide = pd.concat(parts, axis=1)
    years = sorted(int(c) for c in parts[0].columns)
    order: list[object] = []
    for y in years:
        order.append(y)
        order += [f"{end}{y}" for end in ("low", "high") if f"{end}{y}" in wide.columns]
    wide.columns = [int(c) if not isinstance(c, str) else c for c in wide.columns]
    wide = wide[order]
    return names.join(wide, how="right").reset_index()
