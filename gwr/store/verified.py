"""verified: the corrections of ``gwr.store.corrections`` applied to what a corpus gives out.

A correction *lands* on an extracted figure when a document with its ``sha256`` holds a figure
at its span that still reads ``raw``. Applied: a rejected figure is dropped, a corrected one
takes the corrected fields, a confirmed one is kept, a figure added by hand joins (when its span
still reads ``raw`` and is no extracted figure's span); every row carries ``verified``
(``gwr.fields.VERIFIED``: extracted, confirmed, corrected).

verified_rows        one document's figures as plain dicts (the viewer)
mention_page         one page of the figures matching filters: the unchecked ones are paged in
                     SQL, the checked ones (few) merged in at their place
verified_mentions    the same as a DataFrame (exports)
verified_panel_long  the panel of every indicator: a cell whose pick was rejected (or moved
                     elsewhere by a correction) goes to its next candidate under the panel's rule;
                     a figure corrected or added into a cell comes after that cell's own candidates
verified_panel       one indicator, measure and status of it; panel_lines: its targets and outcomes
corrected_figures    typed figures of documents with corrections applied (``gwr.track``)
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from gwr.store import queries as q
from gwr.store.access import guarded
from gwr.store.corrections import DECIMALS, Correction, corrections

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.access import Database

Key = tuple[str, int, int]  # sha256, start, end
CELL = ("indicator", "measure", "status", "region_code", "year")
# what a document gives the rows of its figures (added by hand or in the panel)
_DOC_FIELDS = (
    "id",
    "canonical_id",
    "region_code",
    "region_name",
    "level",
    "report_year",
    "path",
    "member",
    "row",
    "sha256",
    "source_url",
    "doc_kind",
    "text",
)
_ORDER = "m.document_id, m.ord"  # figures are stored in text order (by start, then end)
_UNCHECKED = (
    "NOT EXISTS (SELECT 1 FROM corrections c WHERE c.sha256 = d.sha256 "
    "AND c.span_start = m.span_start AND c.span_end = m.span_end AND c.raw = m.raw)"
)


def verdict(c: Correction | None) -> str:
    """The ``verified`` value of a figure checked by ``c`` (None: nobody checked it)."""
    return "extracted" if c is None else "confirmed" if c.action == "confirm" else "corrected"


def _fixes(corpus: Database) -> dict[Key, Correction]:
    return {(c.sha256, c.start, c.end): c for c in corrections(corpus)}


def _put(row: dict[str, Any], name: str, value: Any) -> None:
    """Set a corrected field of a row (a decimal as a float and its exact ``_text``), where the row has it."""
    if name not in row:
        return
    if name in DECIMALS:
        row[name] = None if value is None else float(value)
        if f"{name}_text" in row:
            row[f"{name}_text"] = value
    else:
        row[name] = value


def _applied(row: dict[str, Any], c: Correction | None) -> dict[str, Any] | None:
    """``row`` with ``c`` applied and ``verified`` set; None when ``c`` rejects it."""
    if c is not None and c.action == "reject":
        return None
    row["verified"] = verdict(c)
    for name, value in (c.changes if c is not None else {}).items():
        _put(row, name, value)
    return row


def _documents(corpus: Database, shas: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The canonical-first document of each sha256 (the fields of ``_DOC_FIELDS``)."""
    out: dict[str, dict[str, Any]] = {}
    for sha in sorted(set(shas)):
        cur = corpus.execute(
            f"SELECT {', '.join(_DOC_FIELDS)} FROM documents WHERE sha256 = ? "
            "ORDER BY (canonical_id = id) DESC, id LIMIT 1",
            (sha,),
        )
        row = cur.fetchone()
        if row is not None:
            out[sha] = dict(zip(_DOC_FIELDS, row, strict=True))
    return out


def _added_row(c: Correction, doc: Mapping[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    """A figure added by hand as a row with ``columns``, in the document ``doc``."""
    row: dict[str, Any] = dict.fromkeys(columns)
    known = {
        **{k: doc[k] for k in _DOC_FIELDS if k not in ("id", "canonical_id", "text")},
        "document_id": int(doc["id"]),
        "year": doc["report_year"],
        "start": c.start,
        "end": c.end,
        "raw": c.raw,
        "sentence": sentence_at(str(doc["text"]), c.start, c.end),
        "confidence": 1.0,
        "verified": "corrected",
    }
    row.update({k: v for k, v in known.items() if k in row})
    for name, value in c.changes.items():
        _put(row, name, value)
    return row


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end`` (between 。！？；, line breaks), at most 300 characters."""
    stops = "。！？；\n"
    left = max((text.rfind(s, 0, start) for s in stops), default=-1) + 1
    ends = [i for i in (text.find(s, end) for s in stops) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[max(left, start - 300) : min(right, end + 300)].strip()[:300]


def _added(corpus: Database, fixes: Mapping[Key, Correction], columns: Sequence[str]) -> list[dict[str, Any]]:
    """Figures added by hand that land (the span reads ``raw``, no extracted figure is there)."""
    adds = [c for c in fixes.values() if c.action == "add"]
    if not adds:
        return []
    docs = _documents(corpus, (c.sha256 for c in adds))
    out: list[dict[str, Any]] = []
    for c in adds:
        doc = docs.get(c.sha256)
        if doc is None or str(doc["text"])[c.start : c.end] != c.raw or _extracted_at(corpus, doc, c):
            continue
        out.append(_added_row(c, doc, columns))
    return out


def _extracted_at(corpus: Database, doc: Mapping[str, Any], c: Correction) -> bool:
    row = corpus.execute(
        "SELECT 1 FROM mentions WHERE document_id = ? AND span_start = ? AND span_end = ? LIMIT 1",
        (int(doc["id"]), c.start, c.end),
    ).fetchone()
    return row is not None


# ------------------------------------------------------------------ one document


@guarded
def verified_rows(corpus: Database, document_id: int) -> list[dict[str, Any]]:
    """The figures of document ``document_id`` (canonical or not) with its corrections applied, as
    plain dicts with the columns of ``Corpus.mentions`` and ``verified``, in text order."""
    doc = corpus.execute(
        f"SELECT {', '.join(_DOC_FIELDS)} FROM documents WHERE id = ?", (int(document_id),)
    ).fetchone()
    if doc is None:
        return []
    info = dict(zip(_DOC_FIELDS, doc, strict=True))
    cur = corpus.execute(
        f"SELECT {q.MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
        f"WHERE m.document_id = ? ORDER BY {_ORDER}",
        (int(document_id),),
    )
    names = [d[0] for d in cur.description]
    fixes = {(c.start, c.end): c for c in corrections(corpus, str(info["sha256"]))}
    out: list[dict[str, Any]] = []
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        c = fixes.pop((int(row["start"]), int(row["end"])), None)
        kept = _applied(row, c if c is not None and c.raw == row["raw"] else None)
        if kept is not None:
            out.append(kept)
    text = str(info["text"])
    for c in fixes.values():
        if c.action == "add" and text[c.start : c.end] == c.raw:
            out.append(_added_row(c, info, [*names, "verified"]))
    out.sort(key=lambda r: (int(r["start"]), int(r["end"])))
    return out


# ------------------------------------------------------------------ figures matching filters


@dataclass(frozen=True, slots=True)
class Filters:
    """What ``Corpus.mentions`` filters on, as SQL and as a test of one row."""

    indicator: str | None = None
    measure: str | None = None
    status: str | None = None
    level: str | None = None
    regions: tuple[str, ...] | None = None
    years: tuple[int, ...] | None = None
    include_duplicates: bool = False
    report_year: int | Literal["all"] | None = "all"

    @classmethod
    def of(
        cls,
        indicator: str | None = None,
        measure: str | None = None,
        status: str | None = None,
        level: str | None = None,
        regions: Iterable[str] | None = None,
        years: Iterable[int] | None = None,
        *,
        include_duplicates: bool = False,
        report_year: int | Literal["all"] | None = "all",
    ) -> Filters:
        return cls(
            indicator,
            measure,
            status,
            level,
            None if regions is None else tuple(str(r) for r in regions),
            None if years is None else tuple(int(y) for y in years),
            include_duplicates,
            report_year,
        )

    def sql(self) -> tuple[str, list[object]]:
        where, args = q.filters(
            self.level,
            self.regions,
            self.years,
            self.include_duplicates,
            (self.indicator, self.measure, self.status),
        )
        clauses = [where]
        args += q.report_year_clause(clauses, self.report_year)
        return " AND ".join(clauses), args

    def match(self, row: Mapping[str, Any], canonical: bool) -> bool:
        wanted = (
            (self.indicator, row.get("indicator")),
            (self.measure, row.get("measure")),
            (self.status, row.get("status")),
            (self.level, row.get("level")),
        )
        if any(want is not None and have != want for want, have in wanted):
            return False
        if not (self.include_duplicates or canonical):
            return False
        if self.regions is not None and not {row.get("region_code"), row.get("region_name")} & set(
            self.regions
        ):
            return False
        if self.years is not None and (row.get("year") is None or int(row["year"]) not in self.years):
            return False
        if self.report_year != "all":
            have_year = row.get("report_year")
            return (have_year is None) if self.report_year is None else have_year == self.report_year
        return True


def _checked_rows(corpus: Database, fixes: Mapping[Key, Correction], f: Filters) -> list[dict[str, Any]]:
    """The figures some correction lands on (corrections applied), and those added by hand, that
    match ``f`` after correction; in the order of ``Corpus.mentions``."""
    by_sha: dict[str, dict[tuple[int, int], Correction]] = {}
    for (sha, start, end), c in fixes.items():
        by_sha.setdefault(sha, {})[(start, end)] = c
    out: list[dict[str, Any]] = []
    names: list[str] = []
    for sha, spans in sorted(by_sha.items()):
        cur = corpus.execute(
            f"SELECT {q.MENTION_COLUMNS}, d.canonical_id = d.id AS canonical_ FROM mentions m "
            f"JOIN documents d ON d.id = m.document_id WHERE d.sha256 = ? ORDER BY {_ORDER}",
            (sha,),
        )
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = dict(zip(names, values, strict=True))
            fix = spans.get((int(row["start"]), int(row["end"])))
            if fix is None or fix.raw != row["raw"]:
                continue
            canonical = bool(row.pop("canonical_"))
            kept = _applied(row, fix)
            if kept is not None and f.match(kept, canonical):
                out.append(kept)
    if not names:
        names = [*mention_columns(corpus), "canonical_"]
    columns = [n for n in names if n != "canonical_"] + ["verified"]
    # an added figure sits in the canonical-first document of its sha256
    out += [r for r in _added(corpus, fixes, columns) if f.match(r, _is_canonical(corpus, r))]
    out.sort(key=_key)
    return out


def _is_canonical(corpus: Database, row: Mapping[str, Any]) -> bool:
    found = corpus.execute(
        "SELECT canonical_id = id FROM documents WHERE id = ?", (int(row["document_id"]),)
    ).fetchone()
    return bool(found and found[0])


def mention_columns(corpus: Database) -> list[str]:
    """The columns of ``Corpus.mentions`` (``verified`` not included)."""
    cur = corpus.execute(
        f"SELECT {q.MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id WHERE 1 = 0"
    )
    names = [d[0] for d in cur.description]
    cur.fetchall()
    return names


def _key(row: Mapping[str, Any]) -> tuple[int, int, int, float]:
    mention = row.get("mention_id")
    return (
        int(row["document_id"]),
        int(row["start"]),
        int(row["end"]),
        float("inf") if mention is None else float(mention),
    )


@guarded
def mention_page(
    corpus: Database, f: Filters, limit: int | None = None, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """(total, rows): the figures matching ``f`` with corrections applied, ordered by document and
    offset, ``rows`` being ``limit`` of them from ``offset`` (all when ``limit`` is None).

    The figures no correction lands on are counted and paged in SQL; the checked ones (as many as
    there are corrections) are merged in at their place, so a page reads only what it shows."""
    fixes = _fixes(corpus)
    checked = _checked_rows(corpus, fixes, f) if fixes else []
    where, args = f.sql()
    if fixes:
        where += f" AND {_UNCHECKED}"
    base = f"FROM mentions m JOIN documents d ON d.id = m.document_id WHERE {where}"
    unchecked = int(corpus.execute(f"SELECT count(*) {base}", tuple(args)).fetchone()[0])
    total = unchecked + len(checked)
    first = max(0, offset - len(checked))  # the first unchecked row that may be on the page
    sql = f"SELECT {q.MENTION_COLUMNS} {base} ORDER BY {_ORDER}"
    page_args: list[object] = list(args)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        page_args += [offset + limit - first, first]
    elif first:
        sql += " LIMIT ? OFFSET ?"  # no limit: the largest both engines take
        page_args += [2**62, first]
    cur = corpus.execute(sql, tuple(page_args))
    names = [d[0] for d in cur.description]
    rows = [{**dict(zip(names, v, strict=True)), "verified": "extracted"} for v in cur.fetchall()]
    if not checked:
        return total, rows[offset - first : None if limit is None else offset - first + limit]
    # checked rows before the first fetched row are before the page (there are at most len(checked))
    keys = [_key(r) for r in checked]
    before = bisect.bisect_left(keys, _key(rows[0])) if rows else len(checked)
    if first == 0:
        before = 0
    complete = limit is None or len(rows) < offset + limit - first
    last = _key(rows[-1]) if rows and not complete else None
    merged = rows + [
        r for r, k in zip(checked[before:], keys[before:], strict=True) if last is None or k < last
    ]
    merged.sort(key=_key)
    at = first + before  # index in the whole list of merged[0]
    page = merged[offset - at :]
    return total, page if limit is None else page[:limit]


def verified_mentions(corpus: Database, document_id: int | None = None, **filters: Any) -> pd.DataFrame:
    """``Corpus.mentions(**filters)`` (or one document's figures) with corrections applied, rejected
    figures dropped, figures added by hand joined, and a ``verified`` column."""
    import pandas as pd

    if document_id is not None:
        rows = verified_rows(corpus, document_id)
        columns = [*mention_columns(corpus), "verified"]
    else:
        _, rows = mention_page(corpus, Filters.of(**filters))
        columns = [*mention_columns(corpus), "verified"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for col in q.NULLABLE_INTS.intersection(columns):
        frame[col] = frame[col].astype("Int64")
    return frame


# ------------------------------------------------------------------ the panel


def _cell(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(c) for c in CELL)


@guarded
def verified_panel_long(
    corpus: Database,
    level: str | None = None,
    regions: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    include_duplicates: bool = False,
    only: tuple[str | None, str | None, str | None] = (None, None, None),
) -> pd.DataFrame:
    """``Corpus.panel_long`` with corrections applied and a ``verified`` column.

    Only the cells a correction touches are chosen again: their candidates (under the panel's
    rule, ``gwr.store.panel``) are read, corrected, the rejected dropped; a figure corrected
    into another cell, or added by hand, joins that cell after its own candidates. A candidate
    the rule excludes stays excluded."""
    import pandas as pd

    from gwr.store.panel import CANDIDATES, COLUMNS, PANEL

    regions = None if regions is None else [str(r) for r in regions]
    years = None if years is None else [int(y) for y in years]
    frame = corpus.panel_long(level, regions, years, include_duplicates=include_duplicates, only=only)
    fixes = _fixes(corpus)
    if not fixes:
        frame["verified"] = "extracted"
        return frame
    f = Filters.of(*only, level, regions, years, include_duplicates=include_duplicates)
    doc_where, doc_args = q.filters(level, regions, None, include_duplicates, None)
    # every candidate of every cell a landed correction starts from or moves to
    landed = _checked_rows(corpus, fixes, Filters.of(include_duplicates=include_duplicates))
    cells = {_cell(r) for r in landed if r.get("indicator") is not None}
    for (sha, start, end), c in fixes.items():
        if c.action != "add":
            cells |= _original_cells(corpus, sha, start, end, c.raw)
    cells = {c for c in cells if c[3] is not None and c[4] is not None}
    if not cells:
        frame["verified"] = "extracted"
        return frame
    picked: dict[tuple[Any, ...], tuple[tuple[int, float], dict[str, Any]]] = {}
    seen: set[Key] = set()
    for cell_where, cell_args in _cell_clauses(sorted(cells, key=repr)):
        candidates = _rows(
            corpus,
            f"SELECT * FROM ({CANDIDATES.format(where=f'{doc_where} AND ({cell_where})')}) p",
            [*doc_args, *cell_args],
        )
        for row in candidates:
            key = (str(row["sha256"]), int(row["start"]), int(row["end"]))
            if key in seen:
                continue
            seen.add(key)
            fix = fixes.get(key)
            origin = _cell(row)
            kept = _applied(row, fix if fix is not None and fix.raw == row["raw"] else None)
            if kept is None or kept["excluded"] is not None:
                continue
            rank = (0 if _cell(kept) == origin else 1, float(kept["rank"]))
            _pick(picked, kept, rank)
    for row in _added(corpus, fixes, [*COLUMNS, "verified"]):
        if include_duplicates or _is_canonical(corpus, row):
            _pick(picked, row, (1, float("inf")))
    where, args = q.filters(level, regions, years, include_duplicates, only)
    keep = [
        {**r, "verified": "extracted"}
        for r in _rows(corpus, PANEL.format(where=where), args)
        if _cell(r) not in cells
    ]
    # candidates come from documents already filtered by level, region and canonical
    keep += [
        {**{c: row.get(c) for c in COLUMNS}, "verified": row["verified"]}
        for cell, (_, row) in picked.items()
        if cell in cells and f.match(row, canonical=True)
    ]
    keep.sort(key=lambda r: tuple(str(r.get(c)) if c != "year" else int(r["year"]) for c in CELL))
    out = pd.DataFrame.from_records(keep, columns=[*COLUMNS, "verified"])
    for col in q.NULLABLE_INTS.intersection(out.columns):
        out[col] = out[col].astype("Int64")
    return out


def _rows(corpus: Database, sql: str, args: Sequence[object]) -> list[dict[str, Any]]:
    cur = corpus.execute(sql, tuple(args))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _pick(
    picked: dict[tuple[Any, ...], tuple[tuple[int, float], dict[str, Any]]],
    row: dict[str, Any],
    rank: tuple[int, float],
) -> None:
    cell = _cell(row)
    if row.get("indicator") is None or None in (cell[3], cell[4]):
        return
    if cell not in picked or rank < picked[cell][0]:
        picked[cell] = (rank, row)


def _original_cells(corpus: Database, sha: str, start: int, end: int, raw: str) -> set[tuple[Any, ...]]:
    """The cells of the extracted figures at a span of the documents with ``sha``."""
    rows = corpus.execute(
        "SELECT m.indicator, m.measure, m.status, m.region_code, coalesce(m.year, d.report_year) "
        "FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE d.sha256 = ? AND m.span_start = ? AND m.span_end = ? AND m.raw = ? AND m.indicator IS NOT NULL",
        (sha, start, end, raw),
    ).fetchall()
    return {tuple(r) for r in rows}


def _cell_clauses(cells: Sequence[tuple[Any, ...]], size: int = 200) -> Iterable[tuple[str, list[object]]]:
    """SQL matching any of ``cells`` (in chunks of ``size``, under every engine's parameter limit)."""
    one = (
        "(m.indicator = ? AND m.measure = ? AND m.status = ? AND m.region_code = ? "
        "AND coalesce(m.year, d.report_year) = ?)"
    )
    for i in range(0, len(cells), size):
        part = cells[i : i + size]
        yield " OR ".join([one] * len(part)), [v for cell in part for v in cell]


def verified_panel(
    corpus: Database,
    indicator: str,
    measure: str,
    status: str,
    level: str | None = None,
    regions: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """``Corpus.panel`` with corrections applied (``verified_panel_long``) and a ``verified`` column."""
    frame = verified_panel_long(corpus, level, regions, years, only=(indicator, measure, status))
    return frame.drop(columns=["indicator", "measure", "status"]).reset_index(drop=True)


def panel_lines(
    corpus: Database,
    indicator: str,
    measure: str,
    level: str | None = None,
    regions: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """Targets and outcomes of one indicator and measure, the two lines a chart draws per region
    (``gwr plot panel``, the app's panel page): ``verified_panel`` of status target and actual
    with a ``status`` column first, ordered by region, year and status."""
    import pandas as pd

    parts = []
    for status in ("target", "actual"):
        part = verified_panel(corpus, indicator, measure, status, level, regions, years)
        part.insert(0, "status", status)
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True)
    return frame.sort_values(["region_code", "year", "status"], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------------ typed figures (gwr.track)


F = TypeVar("F")
# what a figure added by hand has where its correction says nothing
_ADDED_DEFAULTS: dict[str, Any] = {
    "confidence": 1.0,
    "main": False,
    "aggregate": "annual",
    "flags": (),
    "approx": False,
}


@guarded
def corrected_figures(
    corpus: Database, figures: Mapping[int, Sequence[F]], kind: type[F]
) -> dict[int, tuple[F, ...]]:
    """``figures`` (by document id; each a ``kind``: a frozen dataclass such as ``Mention`` or a
    NamedTuple with the same field names) with the corrections that land applied: a rejected
    figure dropped, a corrected one rebuilt with the corrected fields it has, one added by hand
    joined in text order. A ``kind`` with a ``verified`` field has it set (confirmed, corrected)."""
    fixes = _fixes(corpus)
    out = {doc: tuple(ms) for doc, ms in figures.items()}
    if not fixes or not out:
        return out
    shas = sorted({c.sha256 for c in fixes.values()})
    docs = corpus.execute(
        f"SELECT id, sha256, text FROM documents WHERE sha256 IN ({', '.join('?' * len(shas))})", tuple(shas)
    ).fetchall()
    for doc_id, sha, text in docs:
        if int(doc_id) not in out:
            continue
        spans = {(s, e): c for (h, s, e), c in fixes.items() if h == sha}
        kept: list[F] = []
        for m in out[int(doc_id)]:
            start, end, raw = (getattr(m, n) for n in ("start", "end", "raw"))
            c = spans.pop((start, end), None)
            if c is None or c.raw != raw:
                kept.append(m)
            elif c.action != "reject":
                kept.append(_build(kind, {**_fields_of(m), **_typed(c.changes), "verified": verdict(c)}))
        for c in spans.values():
            if c.action == "add" and str(text)[c.start : c.end] == c.raw:
                where = {
                    "start": c.start,
                    "end": c.end,
                    "raw": c.raw,
                    "sentence": sentence_at(str(text), c.start, c.end),
                    "verified": "corrected",
                }
                kept.append(_build(kind, {**_ADDED_DEFAULTS, **_typed(c.changes), **where}))
        out[int(doc_id)] = tuple(sorted(kept, key=lambda m: (getattr(m, "start"), getattr(m, "end"))))  # noqa: B009
    return out


def _names(kind: type) -> tuple[str, ...]:
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in dataclasses.fields(kind))
    return tuple(getattr(kind, "_fields"))  # noqa: B009  a NamedTuple


def _fields_of(figure: Any) -> dict[str, Any]:
    return {n: getattr(figure, n) for n in _names(type(figure))}


def _build(kind: type[F], values: Mapping[str, Any]) -> F:
    return kind(**{n: values.get(n) for n in _names(kind)})


def _typed(changes: Mapping[str, Any]) -> dict[str, Any]:
    return {k: Decimal(v) if k in DECIMALS and v is not None else v for k, v in changes.items()}
