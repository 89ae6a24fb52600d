"""corrections: a person's checks of extracted figures, stored apart from the extracted rows.

A correction is keyed by the document's ``sha256`` (of its raw bytes) and the figure's
clean-text offsets, never by a row id: re-ingesting the corpus or a new extractor version
replaces the ``mentions`` rows, and the corrections still point at the same printed figure.
Each keeps ``raw`` (the text at its span when made); one whose document is gone or whose
span no longer reads ``raw`` is *orphaned*: reported by ``check``, never dropped.

Actions: ``confirm`` (the figure is right), ``correct`` (some fields were wrong: ``changes``
holds the right values), ``reject`` (not a figure of the report: dropped from panels),
``add`` (a figure the extractor missed: ``changes`` holds its fields). Values are validated
like extracted rows: a value must parse as a decimal, a comparator must be one of gwr's,
an indicator must be known (``gwr.names``).

Applying them (``verified_mentions``, ``verified_panel``) adds a ``verified`` column:
``extracted`` (nobody checked it), ``confirmed`` or ``corrected`` (corrected or added by
hand). Exchange: ``export_records`` / ``apply_records`` (``gwr corrections export|apply``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, get_args

from gwr.fields import CORRECTION
from gwr.store import queries as q
from gwr.store.corpus import guarded
from gwr.types import Comparator, GwrError, Measure, Status, Strength

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.corpus import Corpus

ACTIONS = ("confirm", "correct", "reject", "add")
VERIFIED = ("extracted", "confirmed", "corrected")
DECIMALS = ("value", "low", "high")
TEXTS = ("indicator", "label", "unit", "comparator", "measure", "status", "strength", "scope")
EDITABLE = (*DECIMALS, *TEXTS, "year")
_CHOICES: dict[str, tuple[str, ...]] = {
    "comparator": get_args(Comparator),
    "measure": get_args(Measure),
    "status": get_args(Status),
    "strength": get_args(Strength),
}
MAX_TEXT = 200
_COLUMNS = ", ".join(f.sql for f in CORRECTION)


class CorrectionError(GwrError):
    """A correction that cannot be stored as given (a bad value, action or span)."""


@dataclass(frozen=True, slots=True)
class Correction:
    sha256: str
    start: int
    end: int
    raw: str
    action: str
    changes: dict[str, Any] = field(default_factory=dict)
    author: str = "anonymous"
    created_at: str = ""
    note: str | None = None

    def record(self) -> dict[str, Any]:
        return asdict(self)


def validate_changes(action: str, changes: Mapping[str, Any] | None) -> dict[str, Any]:
    """The changes in their stored form (decimals as exact text), or ``CorrectionError``."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown action {action!r}: one of {', '.join(ACTIONS)}")
    changes = dict(changes or {})
    if action in ("confirm", "reject") and changes:
        raise CorrectionError(f"a {action} takes no changes")
    if action == "correct" and not changes:
        raise CorrectionError("a correction must change at least one field")
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise CorrectionError(f"field {name!r} cannot be corrected: one of {', '.join(EDITABLE)}")
        out[name] = _field_value(name, value)
    if action == "add":
        for needed in ("comparator", "measure", "status"):
            if out.get(needed) is None:
                raise CorrectionError(f"an added figure needs {needed}")
        if out.get("indicator") is None and out.get("label") is None:
            raise CorrectionError("an added figure needs an indicator or a label")
    return out


def _field_value(name: str, value: Any) -> Any:
    if value is None or value == "":
        if name in ("comparator", "measure", "status"):
            raise CorrectionError(f"{name} cannot be empty")
        return None
    if name in DECIMALS:
        if isinstance(value, bool):
            raise CorrectionError(f"{name} must be a number, not {value!r}")
        try:
            number = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation:
            raise CorrectionError(f"{name} must be a number, not {str(value)[:40]!r}") from None
        if not number.is_finite():
            raise CorrectionError(f"{name} must be a finite number")
        return format(number.normalize(), "f")
    if name == "year":
        try:
            year = int(str(value).strip())
        except ValueError:
            raise CorrectionError(f"year must be a whole year, not {str(value)[:40]!r}") from None
        if not 1949 <= year <= 2100:
            raise CorrectionError(f"year {year} is out of range (1949-2100)")
        return year
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise CorrectionError(f"{name} is longer than {MAX_TEXT} characters")
    if name in _CHOICES and text not in _CHOICES[name]:
        raise CorrectionError(f"{name} must be one of {', '.join(_CHOICES[name])}, not {text!r}")
    if name == "indicator":
        from gwr import names

        try:
            return names.indicator(text)
        except names.BadName as exc:
            raise CorrectionError(str(exc)) from None
    return text


def _row(r: Iterable[Any]) -> Correction:
    sha, start, end, raw, action, changes, author, created_at, note = r
    return Correction(
        sha, int(start), int(end), raw, action, json.loads(changes or "{}"), author, created_at, note
    )


@guarded
def span_text(corpus: Corpus, sha256: str, start: int, end: int) -> str | None:
    """``text[start:end]`` of the canonical-first document with ``sha256``; None when no such document."""
    row = corpus.execute(
        "SELECT text FROM documents WHERE sha256 = ? ORDER BY (canonical_id = id) DESC, id LIMIT 1", (sha256,)
    ).fetchone()
    if row is None:
        return None
    text = str(row[0])
    if not 0 <= start < end <= len(text):
        return None
    return text[start:end]


@guarded
def save(
    corpus: Corpus,
    sha256: str,
    start: int,
    end: int,
    action: str,
    changes: Mapping[str, Any] | None = None,
    *,
    author: str = "anonymous",
    note: str | None = None,
    raw: str | None = None,
    check_span: bool = True,
) -> Correction:
    """Validate and store one correction, replacing an earlier one of the same span.

    ``check_span``: the span must lie in a stored document (its text becomes ``raw``); when
    applying a shared file (``check_span=False``) the given ``raw`` is kept as is."""
    from gwr.store.corpus import now

    stored = validate_changes(action, changes)
    author = (author or "anonymous").strip()[:MAX_TEXT] or "anonymous"
    if note is not None:
        note = note[:2000]
    if check_span:
        text = span_text(corpus, sha256, start, end)
        if text is None:
            raise CorrectionError(f"no document {sha256[:12]}… holds the span {start}-{end}")
        raw = text
    if raw is None:
        raise CorrectionError("a correction needs the text of its span (raw)")
    c = Correction(sha256, start, end, raw, action, stored, author, now(), note)
    with corpus.transaction():
        corpus.execute(
            "DELETE FROM corrections WHERE sha256 = ? AND span_start = ? AND span_end = ?",
            (sha256, start, end),
        )
        corpus.execute(
            f"INSERT INTO corrections ({_COLUMNS}) VALUES ({', '.join('?' * len(CORRECTION))})",
            (
                sha256,
                start,
                end,
                raw,
                action,
                json.dumps(stored, ensure_ascii=False),
                c.author,
                c.created_at,
                note,
            ),
        )
    return c


@guarded
def delete(corpus: Corpus, sha256: str, start: int, end: int) -> bool:
    """Remove the correction of one span; True when there was one."""
    with corpus.transaction():
        cur = corpus.execute(
            "DELETE FROM corrections WHERE sha256 = ? AND span_start = ? AND span_end = ?",
            (sha256, start, end),
        )
        return bool(cur.rowcount)


@guarded
def corrections(
    corpus: Corpus, sha256: str | None = None, *, limit: int | None = None, offset: int = 0
) -> list[Correction]:
    """Stored corrections (of one document when ``sha256`` is given), oldest first."""
    sql = f"SELECT {_COLUMNS} FROM corrections"
    args: list[object] = []
    if sha256 is not None:
        sql += " WHERE sha256 = ?"
        args.append(sha256)
    sql += " ORDER BY id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [int(limit), int(offset)]
    return [_row(r) for r in corpus.execute(sql, tuple(args)).fetchall()]


@dataclass(frozen=True, slots=True)
class Checked:
    """A correction and whether it still lands: ``state`` is ``ok``, ``no_document`` or ``text_changed``."""

    correction: Correction
    state: str
    document_id: int | None


@guarded
def check(corpus: Corpus) -> list[Checked]:
    """Every correction with its state; orphaned ones are reported here, never deleted."""
    out: list[Checked] = []
    for c in corrections(corpus):
        row = corpus.execute(
            "SELECT id, text FROM documents WHERE sha256 = ? ORDER BY (canonical_id = id) DESC, id LIMIT 1",
            (c.sha256,),
        ).fetchone()
        if row is None:
            out.append(Checked(c, "no_document", None))
        elif str(row[1])[c.start : c.end] != c.raw:
            out.append(Checked(c, "text_changed", int(row[0])))
        else:
            out.append(Checked(c, "ok", int(row[0])))
    return out


def orphaned(corpus: Corpus) -> list[Checked]:
    return [x for x in check(corpus) if x.state != "ok"]


def export_records(corpus: Corpus) -> list[dict[str, Any]]:
    """Every correction as a plain record (the lines of ``gwr corrections export``)."""
    return [c.record() for c in corrections(corpus)]


@guarded
def apply_records(corpus: Corpus, records: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Store shared corrections (``export_records`` of another database); a correction of the same
    span is replaced only by a newer one. Returns counts: applied, older, orphaned."""
    counts = {"applied": 0, "older": 0, "orphaned": 0}
    have = {(c.sha256, c.start, c.end): c for c in corrections(corpus)}
    for i, r in enumerate(records, 1):
        try:
            key = (str(r["sha256"]), int(r["start"]), int(r["end"]))
            action, raw = str(r["action"]), str(r["raw"])
        except (KeyError, TypeError, ValueError) as exc:
            raise CorrectionError(f"record {i}: missing or bad field ({exc})") from None
        old = have.get(key)
        if old is not None and old.created_at >= str(r.get("created_at") or ""):
            counts["older"] += 1
            continue
        save(
            corpus,
            *key,
            action,
            r.get("changes") or {},
            author=str(r.get("author") or "anonymous"),
            note=r.get("note"),
            raw=raw,
            check_span=False,
        )
        if span_text(corpus, *key) != raw:
            counts["orphaned"] += 1
        counts["applied"] += 1
    return counts


# ------------------------------------------------------------------ applying them


def _by_span(corpus: Corpus) -> dict[tuple[str, int, int], Correction]:
    return {(c.sha256, c.start, c.end): c for c in corrections(corpus)}


def _sha_of(corpus: Corpus, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({int(i) for i in ids})
    out: dict[int, str] = {}
    for chunk in range(0, len(wanted), 500):
        part = wanted[chunk : chunk + 500]
        rows = corpus.execute(
            f"SELECT id, sha256 FROM documents WHERE id IN ({', '.join('?' * len(part))})", tuple(part)
        ).fetchall()
        out.update({int(a): str(b) for a, b in rows})
    return out


def _apply(frame: pd.DataFrame, corpus: Corpus, start_col: str, end_col: str) -> pd.DataFrame:
    """``frame`` (rows with document_id and a span) with corrections applied and ``verified`` added;
    rejected rows are dropped. An ``add`` on the span of an extracted figure corrects that figure."""
    import pandas as pd

    fixes = _by_span(corpus)
    frame = frame.copy()
    if frame.empty:
        frame["verified"] = pd.Series(dtype="object")
        return frame
    sha = _sha_of(corpus, frame["document_id"].dropna())
    verified: list[str] = []
    keep: list[bool] = []
    for i, (doc, start, end) in enumerate(
        zip(frame["document_id"], frame[start_col], frame[end_col], strict=True)
    ):
        c = fixes.get((sha.get(int(doc), ""), int(start), int(end))) if pd.notna(doc) else None
        if c is None:
            verified.append("extracted")
            keep.append(True)
            continue
        keep.append(c.action != "reject")
        verified.append("confirmed" if c.action == "confirm" else "corrected")
        for name, value in c.changes.items():
            _set(frame, i, name, value)
    frame["verified"] = verified
    return frame[keep].reset_index(drop=True)


def _set(frame: pd.DataFrame, i: int, name: str, value: Any) -> None:
    if name not in frame.columns:
        return
    col = frame.columns.get_loc(name)
    if name in DECIMALS:
        frame.iloc[i, col] = None if value is None else float(value)
        if f"{name}_text" in frame.columns:
            frame.iloc[i, frame.columns.get_loc(f"{name}_text")] = value
    else:
        frame.iloc[i, col] = value


def verified_mentions(corpus: Corpus, document_id: int | None = None, **filters: Any) -> pd.DataFrame:
    """``Corpus.mentions`` (or one document's figures) with corrections applied, rejected figures dropped,
    figures added by hand appended, and a ``verified`` column."""
    import pandas as pd

    if document_id is not None:
        frame = document_mentions(corpus, document_id)
    else:
        frame = corpus.mentions(**filters)
    out = _apply(frame, corpus, "start", "end")
    added = _added_rows(corpus, list(out.columns), document_id)
    if document_id is None and filters:
        added = added.iloc[0:0]  # hand-added figures join filtered lists through the panel only
    if added.empty:
        return out
    return pd.concat([out, added], ignore_index=True).sort_values(["document_id", "start"], kind="stable")


def _added_rows(corpus: Corpus, columns: list[str], document_id: int | None) -> pd.DataFrame:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for c in corrections(corpus):
        if c.action != "add":
            continue
        found = corpus.execute(
            "SELECT id, region_code, region_name, level, report_year, text FROM documents "
            "WHERE sha256 = ? ORDER BY (canonical_id = id) DESC, id LIMIT 1",
            (c.sha256,),
        ).fetchone()
        if found is None or str(found[5])[c.start : c.end] != c.raw:
            continue
        if _extracted_at(corpus, int(found[0]), c.start, c.end):
            continue  # it corrects the extracted figure of that span instead
        if document_id is not None and int(found[0]) != int(document_id):
            continue
        row: dict[str, Any] = {
            "mention_id": None,
            "document_id": int(found[0]),
            "region_code": found[1],
            "region_name": found[2],
            "level": found[3],
            "report_year": found[4],
            "year": c.changes.get("year") or found[4],
            "start": c.start,
            "end": c.end,
            "raw": c.raw,
            "sentence": c.raw,
            "confidence": 1.0,
            "verified": "corrected",
        }
        for name, value in c.changes.items():
            row[name] = float(value) if name in DECIMALS and value is not None else value
            if name in DECIMALS:
                row[f"{name}_text"] = value
        rows.append(row)
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)


def document_by_sha(corpus: Corpus, sha256: str) -> int | None:
    """The id of the document of raw ``sha256`` (the key of its corrections), canonical first."""
    row = corpus.execute(
        "SELECT id FROM documents WHERE sha256 = ? ORDER BY (canonical_id = id) DESC, id LIMIT 1", (sha256,)
    ).fetchone()
    return None if row is None else int(row[0])


def _changed_documents(corpus: Corpus) -> list[int]:
    """Ids of the documents with a correction or an added figure (only they can move into a panel)."""
    shas = {c.sha256 for c in corrections(corpus) if c.action in ("correct", "add")}
    return sorted(i for i in (document_by_sha(corpus, s) for s in shas) if i is not None)


def _extracted_at(corpus: Corpus, doc_id: int, start: int, end: int) -> bool:
    row = corpus.execute(
        "SELECT 1 FROM mentions WHERE document_id = ? AND span_start = ? AND span_end = ? LIMIT 1",
        (doc_id, start, end),
    ).fetchone()
    return row is not None


@guarded
def verified_panel(
    corpus: Corpus,
    indicator: str,
    measure: str,
    status: str,
    level: str | None = None,
    regions: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """``Corpus.panel`` with corrections applied and a ``verified`` column. A rejected pick leaves its
    region-year empty; a figure added or corrected into this indicator fills a region-year that had none."""
    import pandas as pd

    frame = corpus.panel_long(level, regions, years, only=(indicator, measure, status))
    out = _apply(frame, corpus, "start", "end")
    # a corrected indicator, measure or status moves the figure out of this panel
    mine = (out["indicator"] == indicator) & (out["measure"] == measure) & (out["status"] == status)
    out = out[mine].drop(columns=["indicator", "measure", "status"]).reset_index(drop=True)
    changed = _changed_documents(corpus)
    if not changed:
        return out
    extra = pd.concat([verified_mentions(corpus, d) for d in changed], ignore_index=True)
    extra = extra[
        (extra["verified"] == "corrected")
        & (extra["indicator"] == indicator)
        & (extra["measure"] == measure)
        & (extra["status"] == status)
        & extra["region_code"].notna()
    ]
    if level is not None:
        extra = extra[extra["level"] == level]
    if regions is not None:
        wanted = {str(r) for r in regions}
        extra = extra[extra["region_code"].isin(wanted) | extra["region_name"].isin(wanted)]
    if years is not None:
        extra = extra[extra["year"].isin([int(y) for y in years])]
    have = {(r, int(y)) for r, y in zip(out["region_code"], out["year"], strict=True)}
    shown = {(d, s) for d, s in zip(out["document_id"], out["start"], strict=True)}
    extra = extra[[(d, s) not in shown for d, s in zip(extra["document_id"], extra["start"], strict=True)]]
    rows = [
        {c: r.get(c) for c in out.columns}
        for r in extra.to_dict("records")
        if (r["region_code"], int(r["year"])) not in have
    ]
    if rows:
        out = pd.concat([out, pd.DataFrame(rows, columns=out.columns)], ignore_index=True)
        out = out.sort_values(["region_code", "year"], kind="stable").reset_index(drop=True)
    return out


@guarded
def verified_rows(corpus: Corpus, document_id: int) -> list[dict[str, Any]]:
    """``verified_mentions`` of one document as plain dicts, without pandas (the viewer's fast path):
    the same rows, columns and values."""
    doc = corpus.execute(
        "SELECT sha256, region_code, region_name, level, report_year, text FROM documents WHERE id = ?",
        (int(document_id),),
    ).fetchone()
    if doc is None:
        return []
    sha, code, name, level, report_year, text = doc
    cur = corpus.execute(
        f"SELECT {q.MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.document_id = ? ORDER BY m.ord",
        (int(document_id),),
    )
    names = [d[0] for d in cur.description]
    fixes = {(c.start, c.end): c for c in corrections(corpus, str(sha))}
    out: list[dict[str, Any]] = []
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        c = fixes.pop((int(row["start"]), int(row["end"])), None)
        if c is not None and c.action == "reject":
            continue
        row["verified"] = "extracted" if c is None else "confirmed" if c.action == "confirm" else "corrected"
        for key, value in (c.changes if c is not None else {}).items():
            _put_change(row, key, value, only_known=True)
        out.append(row)
    for c in fixes.values():
        if c.action != "add" or str(text)[c.start : c.end] != c.raw:
            continue
        row = dict.fromkeys(names)
        row.update(
            {
                "document_id": int(document_id),
                "region_code": code,
                "region_name": name,
                "level": level,
                "report_year": report_year,
                "year": c.changes.get("year") or report_year,
                "start": c.start,
                "end": c.end,
                "raw": c.raw,
                "sentence": c.raw,
                "confidence": 1.0,
                "verified": "corrected",
            }
        )
        for key, value in c.changes.items():
            _put_change(row, key, value, only_known=False)
        out.append(row)
    out.sort(key=lambda r: int(r["start"]))
    return out


def _put_change(row: dict[str, Any], name: str, value: Any, *, only_known: bool) -> None:
    if only_known and name not in row:
        return
    if name in DECIMALS:
        row[name] = None if value is None else float(value)
        row[f"{name}_text"] = value
    else:
        row[name] = value


@guarded
def document_mentions(corpus: Corpus, document_id: int) -> pd.DataFrame:
    """The stored figures of one document (the columns of ``Corpus.mentions``), in text order."""
    return corpus._frame(
        f"SELECT {q.MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.document_id = ? ORDER BY m.ord",
        (int(document_id),),
    )
