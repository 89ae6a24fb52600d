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

Applying them is ``gwr.store.verified`` (a ``verified`` column: ``extracted``, ``confirmed``
or ``corrected``). Exchange: ``export_records`` / ``apply_records`` (``gwr corrections export|apply``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, get_args

from gwr.fields import CORRECTION
from gwr.store.access import guarded
from gwr.types import Comparator, GwrError, Measure, Status, Strength

if TYPE_CHECKING:
    from gwr.store.access import Database

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
def span_text(corpus: Database, sha256: str, start: int, end: int) -> str | None:
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
    corpus: Database,
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
    from gwr.store.access import now

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
def delete(corpus: Database, sha256: str, start: int, end: int) -> bool:
    """Remove the correction of one span; True when there was one."""
    with corpus.transaction():
        cur = corpus.execute(
            "DELETE FROM corrections WHERE sha256 = ? AND span_start = ? AND span_end = ?",
            (sha256, start, end),
        )
        return bool(cur.rowcount)


@guarded
def corrections(
    corpus: Database, sha256: str | None = None, *, limit: int | None = None, offset: int = 0
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
def check(corpus: Database) -> list[Checked]:
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


def orphaned(corpus: Database) -> list[Checked]:
    return [x for x in check(corpus) if x.state != "ok"]


def export_records(corpus: Database) -> list[dict[str, Any]]:
    """Every correction as a plain record (the lines of ``gwr corrections export``)."""
    return [c.record() for c in corrections(corpus)]


@guarded
def apply_records(corpus: Database, records: Iterable[Mapping[str, Any]]) -> dict[str, int]:
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


def document_by_sha(corpus: Database, sha256: str) -> int | None:
    """The id of the document of raw ``sha256`` (the key of its corrections), canonical first."""
    row = corpus.execute(
        "SELECT id FROM documents WHERE sha256 = ? ORDER BY (canonical_id = id) DESC, id LIMIT 1", (sha256,)
    ).fetchone()
    return None if row is None else int(row[0])
