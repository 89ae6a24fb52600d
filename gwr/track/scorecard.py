"""scorecard: the targets a report sets for year Y, each paired with the outcome for Y.

Reads ``Report`` records (``gwr.track.reports``); adds ``ScoreRow`` records, one per target,
and ``Fulfilment`` records, one per region-year. Pure: no database, no files.

Which outcome (``basis`` says which rule applied, ``note`` what else was seen):

1. The horizon H of a target: its ``year`` (the report year for this year's targets); for a
   年均/累计 figure or a plan-period goal, ``period_end``.
2. The documents reviewing H, in order: the report of H+1, then any other document of the
   region whose review year is H (a summary, a second copy), reports before summaries.
   None and H not yet reviewed by any document given: ``not_due``; none but later years are
   reviewed: ``no_data`` (a missing year).
3. In the first of them that has one, the outcomes: status ``actual`` or ``estimate`` (预计)
   of year H, the same scope, measure and unit; the same indicator, or for an open commitment
   (no indicator) a label naming the same thing (``gwr.track.labels``). An annual target takes
   annual outcomes outside a plan-period review (五年来 totals are not one year's); a
   multi-year target takes outcomes of the same aggregate.
4. Among them: actual before estimate, the closest label, the year's review before other
   sections, a point (增长5.1%) before a bound (5.5%以上). Two different values left tied: ``ambiguous``. An indicator found only in another
   measure or unit: ``not_comparable``. Nothing: ``no_data`` (never counted as missed).
5. The verdict and signed margin: ``gwr.track.verdict``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from gwr.track import labels
from gwr.track.reports import Figure, Report
from gwr.track.verdict import Verdict, judge

QUOTE_MAX = 300  # characters of the sentence kept as a quote
_SECTION_TIER = {"review": 0, "review_period": 2}  # the year's review first, a 这五年 review last
# an outcome printed as a point (增长5.1%, 左右) is the year's measure; a bound (每年40万人以上,
# 保持在100万吨以上) is a claim about it, often of a part or of several years: a point first
_POINT = frozenset({"=", "~"})


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One target and what came of it."""

    region_code: str | None
    region_name: str | None
    year: int  # the plan year (the report that set the target)
    horizon: int  # the year the target is due
    indicator: str | None
    label: str | None
    measure: str
    aggregate: str
    comparator: str
    target_value: Decimal | None
    target_low: Decimal | None
    target_high: Decimal | None
    actual_value: Decimal | None
    actual_status: str | None
    unit: str | None
    verdict: Verdict
    margin: Decimal | None
    basis: str
    note: str
    main: bool
    revised: bool
    target_doc: str
    target_start: int
    target_end: int
    target_raw: str
    target_quote: str
    target_verified: str
    actual_doc: str | None
    actual_start: int | None
    actual_end: int | None
    actual_raw: str | None
    actual_quote: str | None
    actual_verified: str | None


@dataclass(frozen=True, slots=True)
class Fulfilment:
    """Counts and shares of one region-year's scorecard."""

    region_code: str | None
    region_name: str | None
    year: int
    targets: int
    met: int
    missed: int
    no_data: int
    not_comparable: int
    not_due: int
    ambiguous: int
    share_met: float | None  # met / (met + missed); None when neither
    gdp_target: Decimal | None
    gdp_actual: Decimal | None
    gdp_gap: Decimal | None  # outcome − target of GDP growth, percentage points
    revised: int  # targets another document of the same year states with another value


def _quote(m: Figure) -> str:
    s = m.sentence
    return s if len(s) <= QUOTE_MAX else s[:QUOTE_MAX] + "…"


def scorable(m: Figure) -> bool:
    """A target with a value to score: not 不设目标, not a ratio like 三次产业结构."""
    if m.status != "target" or m.comparator == "absent" or m.measure == "ratio":
        return False
    return m.value is not None or (m.comparator == "range" and m.low is not None and m.high is not None)


def horizon(m: Figure, plan_year: int) -> int:
    if m.aggregate != "annual" and m.period_end is not None:
        return m.period_end
    return m.year if m.year is not None else plan_year


def _same_thing(target: Figure, m: Figure) -> float:
    """How surely ``m`` reports the thing ``target`` promised (0: not at all)."""
    if target.indicator is not None:
        if m.indicator != target.indicator or _other_series(target.alias, m.alias):
            return 0.0
        return 1.0
    if m.indicator is not None:
        return 0.0
    score = labels.similar(target.label, m.label)
    return score if score >= labels.THRESHOLD else 0.0


# Words that name different series of one indicator: 城镇调查失业率 is not 城镇登记失业率.
_SERIES = (("调查", "登记"),)


def _other_series(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return any((x in a and y in b) or (y in a and x in b) for x, y in _SERIES)


def _fits(target: Figure, m: Figure, due: int, reviewed: int | None) -> bool:
    """``m`` is an outcome of year ``due`` of the kind ``target`` is (scope, aggregate, section)."""
    if m.status not in ("actual", "estimate") or m.value is None:
        return False
    if (m.year if m.year is not None else reviewed) != due or m.scope != target.scope:
        return False
    if target.aggregate == "annual":
        # a plan-period review (这五年) also states the last year's figures, but its level totals
        # of open commitments are the period's (5.3万套 over five years): never one year's
        if m.section == "review_period" and (target.indicator is None or target.measure == "level"):
            return False
        return m.aggregate == "annual"
    return m.aggregate == target.aggregate


@dataclass(frozen=True, slots=True)
class _Found:
    verdict: Verdict | None  # set when there is nothing to judge (ambiguous, not comparable)
    outcome: Figure | None
    note: str


@dataclass(frozen=True, slots=True)
class _Index:
    """A review's outcomes by indicator, and its open commitments with their label cores."""

    by_indicator: dict[str, list[Figure]]
    labelled: list[tuple[str, Figure]]
    cores: list[str]  # the label cores of ``labelled``, in order


def _index(review: Report) -> _Index:
    by_indicator: dict[str, list[Figure]] = defaultdict(list)
    labelled: list[tuple[str, Figure]] = []
    for m in review.mentions:
        if m.status not in ("actual", "estimate") or m.value is None:
            continue
        if m.indicator is not None:
            by_indicator[m.indicator].append(m)
        else:
            c = labels.core(m.label)
            if c:
                labelled.append((c, m))
    return _Index(dict(by_indicator), labelled, [c for c, _ in labelled])


def _pool(target: Figure, idx: _Index) -> list[Figure]:
    """The outcomes that may name what ``target`` names (the full test is ``_same_thing``)."""
    if target.indicator is not None:
        return idx.by_indicator.get(target.indicator, [])
    want = labels.core(target.label)
    if not want:
        return []
    from rapidfuzz import fuzz, process

    hits = {i for i, c in enumerate(idx.cores) if want in c or c in want}
    cutoff = labels.THRESHOLD * 100
    hits |= {
        i for _, _, i in process.extract(want, idx.cores, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    }
    return [idx.labelled[i][1] for i in sorted(hits)]


def _find(target: Figure, review: Report, due: int, idx: _Index) -> _Found | None:
    """The outcome of ``target`` in ``review``; None when it reports nothing of it."""
    near: list[Figure] = []
    scored: list[tuple[tuple[int, float, int, int, int, int, float], Figure]] = []
    for m in _pool(target, idx):
        if not _fits(target, m, due, review.reviewed):
            continue
        same = _same_thing(target, m)
        if same == 0.0:
            continue
        if m.measure != target.measure or m.unit != target.unit:
            near.append(m)
            continue
        key = (
            int(m.status != "actual"),
            -round(same, 2),
            _SECTION_TIER.get(m.section or "", 1),
            int(m.comparator not in _POINT),
            int(m.alias != target.alias),
            int(not m.main),
            -m.confidence,
        )
        scored.append((key, m))
    if not scored:
        if near:
            shown = "; ".join(f"{m.measure} {m.raw} ({m.unit})" for m in near[:3])
            return _Found("not_comparable", None, f"outcome stated in another measure or unit: {shown}")
        return None
    scored.sort(key=lambda km: (km[0], km[1].start))
    best_key = scored[0][0]
    tied = [m for k, m in scored if k == best_key]
    values = sorted({m.value for m in tied if m.value is not None})
    if len(values) > 1:
        shown = ", ".join(f"{m.raw} @{m.start}" for m in tied[:4])
        return _Found("ambiguous", None, f"{len(values)} different outcomes fit: {shown}")
    note = "from a plan-period review (这五年)" if tied[0].section == "review_period" else ""
    return _Found(None, tied[0], note)


def _row(
    plan: Report,
    target: Figure,
    due: int,
    verdict: Verdict,
    basis: str,
    note: str,
    *,
    outcome: Figure | None = None,
    review: Report | None = None,
    margin: Decimal | None = None,
    revised: bool = False,
) -> ScoreRow:
    return ScoreRow(
        region_code=plan.region_code,
        region_name=plan.region_name,
        year=plan.report_year or 0,
        horizon=due,
        indicator=target.indicator,
        label=target.label,
        measure=target.measure,
        aggregate=target.aggregate,
        comparator=target.comparator,
        target_value=target.value,
        target_low=target.low,
        target_high=target.high,
        actual_value=outcome.value if outcome else None,
        actual_status=outcome.status if outcome else None,
        unit=target.unit,
        verdict=verdict,
        margin=margin,
        basis=basis,
        note=note,
        main=target.main,
        revised=revised,
        target_doc=plan.doc,
        target_start=target.start,
        target_end=target.end,
        target_raw=target.raw,
        target_quote=_quote(target),
        target_verified=_verified(target),
        actual_doc=review.doc if (review and outcome) else None,
        actual_start=outcome.start if outcome else None,
        actual_end=outcome.end if outcome else None,
        actual_raw=outcome.raw if outcome else None,
        actual_quote=_quote(outcome) if outcome else None,
        actual_verified=_verified(outcome) if outcome else None,
    )


def _verified(m: Figure) -> str:
    """Whether a person checked ``m`` (``gwr.fields.VERIFIED``): a figure of the corpus database
    says so; one read from a file was never checked."""
    return str(getattr(m, "verified", "extracted"))


def _describe(review: Report, due: int, first: bool) -> str:
    kind = review.doc_kind
    if review.report_year == due + 1 and kind == "report":
        where = f"the {due + 1} report"
    else:
        where = f"a {kind} reviewing {due}" + (
            "" if review.report_year is None else f" (plan year {review.report_year})"
        )
    return where if first else f"fallback: {where}"


def _revision(target: Figure, others: Sequence[Report]) -> str:
    """A value another document of the plan year states for the same target, if any."""
    for other in others:
        for m in other.mentions:
            if (
                m.status == "target"
                and m.measure == target.measure
                and m.unit == target.unit
                and m.aggregate == target.aggregate
                and m.scope == target.scope
                and m.year == target.year
                and _same_thing(target, m) >= 1.0
                and m.value is not None
                and target.value is not None
                and m.value != target.value
            ):
                return f"doc {other.doc} states {m.raw} @{m.start}"
    return ""


def scorecard(
    plan: Report,
    reviews: Sequence[Report],
    *,
    tolerance: Decimal = Decimal(0),
    same_year: Sequence[Report] = (),
    last_reviewed: int | None = None,
    indexes: dict[str, _Index] | None = None,
) -> list[ScoreRow]:
    """One row per scorable target of ``plan``, paired with outcomes from ``reviews`` (documents
    of the same region). ``same_year``: other documents of the plan year (a summary, a mid-year
    revision), read for revised values. ``last_reviewed``: the latest year any document of the
    region reviews (default: the latest year ``reviews`` review); a horizon after it is not due.
    ``indexes``: outcome indexes by document, kept across calls over the same documents."""
    if indexes is None:
        indexes = {}
    if plan.report_year is None:
        return []
    by_year: dict[int, list[Report]] = defaultdict(list)
    for r in reviews:
        if r.reviewed is not None and r.doc != plan.doc:
            by_year[r.reviewed].append(r)
    for docs in by_year.values():
        docs.sort(key=lambda r: (r.report_year != (r.reviewed or 0) + 1, r.kind_rank, r.doc))
    latest = last_reviewed
    if latest is None:
        latest = max(by_year, default=plan.report_year - 1)
    rows: list[ScoreRow] = []
    seen: set[tuple[object, ...]] = set()
    for target in plan.mentions:
        if not scorable(target):
            continue
        same = (
            target.indicator,
            labels.core(target.label) if target.indicator is None else None,
            target.measure,
            target.unit,
            target.comparator,
            target.value,
            target.low,
            target.high,
            target.year,
            target.aggregate,
            target.period_end,
            target.scope,
        )
        if same in seen:
            continue  # the same target stated twice (主要预期目标 and again in the tasks)
        seen.add(same)
        due = horizon(target, plan.report_year)
        revised_by = _revision(target, same_year)
        extra = f"revised: {revised_by}" if revised_by else ""
        candidates = by_year.get(due, [])
        if not candidates:
            if due > latest:
                rows.append(
                    _row(
                        plan,
                        target,
                        due,
                        "not_due",
                        f"no document reviews {due} yet",
                        extra,
                        revised=bool(revised_by),
                    )
                )
            else:
                rows.append(
                    _row(
                        plan,
                        target,
                        due,
                        "no_data",
                        f"no document reviews {due}",
                        extra,
                        revised=bool(revised_by),
                    )
                )
            continue
        found: _Found | None = None
        used = candidates[0]
        for i, review in enumerate(candidates):
            if review.doc not in indexes:
                indexes[review.doc] = _index(review)
            found = _find(target, review, due, indexes[review.doc])
            if found is not None:
                used = review
                basis = _describe(review, due, i == 0)
                break
        if found is None:
            checked = ", ".join(r.doc for r in candidates)
            rows.append(
                _row(
                    plan,
                    target,
                    due,
                    "no_data",
                    f"no outcome in the documents reviewing {due}",
                    _join(f"read {checked}", extra),
                    revised=bool(revised_by),
                )
            )
            continue
        if found.verdict is not None or found.outcome is None:
            rows.append(
                _row(
                    plan,
                    target,
                    due,
                    found.verdict or "no_data",
                    basis,
                    _join(found.note, extra),
                    revised=bool(revised_by),
                )
            )
            continue
        outcome = found.outcome
        assert outcome.value is not None
        j = judge(
            target.comparator,
            target.value,
            target.low,
            target.high,
            outcome.value,
            target.indicator,
            tolerance,
        )
        note = found.note
        if outcome.status == "estimate":
            note = _join(note, "outcome is an estimate (预计)")
        if outcome.comparator not in ("=", "~"):
            note = _join(note, f"outcome printed as {outcome.raw}")
        rows.append(
            _row(
                plan,
                target,
                due,
                j.verdict,
                f"{basis}; {j.basis}",
                _join(note, extra),
                outcome=outcome,
                review=used,
                margin=j.margin,
                revised=bool(revised_by),
            )
        )
    return _shared(rows)


def _shared(rows: list[ScoreRow]) -> list[ScoreRow]:
    """Open commitments of different values paired with one outcome (five 年度投资 figures of five
    projects): only a main target keeps it; the others are ``ambiguous``. A canonical indicator
    may have two targets for one outcome (增长9%以上，力争达到10%): both are judged."""
    from dataclasses import replace

    claims: dict[tuple[str | None, int | None], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.actual_start is not None and row.indicator is None:
            claims[(row.actual_doc, row.actual_start)].append(i)
    out = list(rows)
    for idx in claims.values():
        values = {(rows[i].target_value, rows[i].target_low) for i in idx}
        if len(idx) < 2 or len(values) < 2:
            continue
        mains = [i for i in idx if rows[i].main]
        keep = mains[0] if len(mains) == 1 else None
        for i in idx:
            if i == keep:
                continue
            r = rows[i]
            out[i] = replace(
                r,
                verdict="ambiguous",
                margin=None,
                note=_join(
                    r.note,
                    f"the outcome {r.actual_raw} @{r.actual_start} fits {len(idx)} targets of different values",
                ),
            )
    return out


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _plan_rank(r: Report) -> tuple[int, int, str]:
    return (r.kind_rank, -sum(1 for m in r.mentions if scorable(m)), r.doc)


def scorecards(
    reports: Iterable[Report],
    *,
    tolerance: Decimal = Decimal(0),
    regions: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
) -> list[ScoreRow]:
    """Scorecards of every region-year of ``reports``: for each (region, plan year) the plan is the
    report (else the summary) with most targets; the others of that year are read for revisions.
    Documents without a region code or a year are skipped."""
    from gwr.track.lineage import current

    wanted_regions = {current(c) for c in regions} if regions is not None else None
    wanted_years = set(years) if years is not None else None
    by_region: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        if r.region_code is None or r.report_year is None:
            continue
        by_region[current(r.region_code)].append(r)  # 清苑县 130622 and 清苑区 130608 are one
    rows: list[ScoreRow] = []
    indexes: dict[str, _Index] = {}
    for code in sorted(by_region):
        if wanted_regions is not None and code not in wanted_regions:
            continue
        docs = by_region[code]
        renamed = _renamed(docs)
        last = max((r.reviewed for r in docs if r.reviewed is not None), default=None)
        by_plan: dict[int, list[Report]] = defaultdict(list)
        for r in docs:
            assert r.report_year is not None
            by_plan[r.report_year].append(r)
        for year in sorted(by_plan):
            if wanted_years is not None and year not in wanted_years:
                continue
            plans = sorted(by_plan[year], key=_plan_rank)
            plan = plans[0]
            card = scorecard(
                plan, docs, tolerance=tolerance, same_year=plans[1:], last_reviewed=last, indexes=indexes
            )
            if len(plans) > 1:
                others = ", ".join(p.doc for p in plans[1:])
                card = [
                    _with_note(row, f"plan from doc {plan.doc} ({plan.doc_kind}); also for {year}: {others}")
                    for row in card
                ]
            if renamed:
                card = [_with_note(row, renamed) for row in card]
            rows.extend(card)
    return rows


def _renamed(docs: Sequence[Report]) -> str:
    """A note when one division's documents carry several codes (撤县设区), else ""."""
    names = sorted({(r.region_code or "", r.region_name or "") for r in docs})
    if len(names) < 2:
        return ""
    shown = ", ".join(f"{code} {name}".strip() for code, name in names)
    return f"read as one division across a change of code (GB/T 2260 history): {shown}"


def _with_note(row: ScoreRow, text: str) -> ScoreRow:
    from dataclasses import replace

    return replace(row, note=_join(row.note, text))


def fulfilment(rows: Iterable[ScoreRow]) -> list[Fulfilment]:
    """Per region and plan year: counts of each verdict, the share met (met / (met + missed)),
    the GDP growth target, outcome and gap, and how many targets were revised."""
    groups: dict[tuple[str | None, int], list[ScoreRow]] = defaultdict(list)
    for row in rows:
        groups[(row.region_code, row.year)].append(row)
    out: list[Fulfilment] = []
    for (code, year), group in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        count = {
            v: sum(1 for r in group if r.verdict == v)
            for v in ("met", "missed", "no_data", "not_comparable", "not_due", "ambiguous")
        }
        judged = count["met"] + count["missed"]
        gdp = next(
            (
                r
                for r in group
                if r.indicator == "gdp"
                and r.measure == "growth"
                and r.aggregate == "annual"
                and r.horizon == year
            ),
            None,
        )
        gdp_target = None
        if gdp is not None:
            gdp_target = gdp.target_value if gdp.target_value is not None else gdp.target_low
        gdp_actual = gdp.actual_value if gdp is not None else None
        out.append(
            Fulfilment(
                region_code=code,
                region_name=group[0].region_name,
                year=year,
                targets=len(group),
                met=count["met"],
                missed=count["missed"],
                no_data=count["no_data"],
                not_comparable=count["not_comparable"],
                not_due=count["not_due"],
                ambiguous=count["ambiguous"],
                share_met=(count["met"] / judged) if judged else None,
                gdp_target=gdp_target,
                gdp_actual=gdp_actual,
                gdp_gap=(gdp_actual - gdp_target)
                if (gdp_actual is not None and gdp_target is not None)
                else None,
                revised=sum(1 for r in group if r.revised),
            )
        )
    return out
