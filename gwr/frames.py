"""DataFrames of gwr results with the dtypes a researcher expects.

* ``as_strings(frame)``: codes, hashes, exact decimals and text as pandas
  ``string`` columns, so 411700 never becomes 411700.0 and 0.10 keeps its
  trailing zero in any format;
* ``Extracted``: what ``gwr.extract(...)`` returns, a list of documents and
  failures with ``.to_frame()`` (one row per figure) and ``.documents_frame()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from gwr.types import Document, Failure

__all__ = ["STRING_COLUMNS", "Extracted", "as_strings"]

# Columns that hold identifiers or exact text: never numbers, whatever they look like.
STRING_COLUMNS = frozenset(
    {
        "region_code",
        "province_code",
        "city_code",
        "parent",
        "code",
        "value_text",
        "low_text",
        "high_text",
        "sha256",
        "text_sha256",
        "path",
        "member",
        "source_url",
        "published_on",
        "delivered_on",
        "region_name",
        "raw",
        "sentence",
        "title",
        "speaker",
        "meeting",
        "alias",
        "label",
    }
)
_INTEGER_COLUMNS = frozenset(
    {"document_id", "mention_id", "year", "report_year", "review_year", "start", "end", "row"}
)


def as_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with ``STRING_COLUMNS`` as ``string`` dtype (missing stays missing)
    and id/year/offset columns as nullable integers."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        name = str(col)
        if name in STRING_COLUMNS and not pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(_text, na_action="ignore").astype("string")
        elif name in STRING_COLUMNS:
            out[col] = out[col].astype("string")
        elif name in _INTEGER_COLUMNS and pd.api.types.is_float_dtype(out[col].dtype):
            out[col] = out[col].astype("Int64")
    return out


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Extracted(list["Document | Failure"]):
    """The documents (and failures) of ``gwr.extract``: a list, plus DataFrames of it."""

    def documents(self) -> list[Document]:
        from gwr.types import Document

        return [d for d in self if isinstance(d, Document)]

    def to_frame(self) -> pd.DataFrame:
        """One row per figure found, with its document's source and metadata."""
        import pandas as pd

        from gwr.record import mention_record

        rows = []
        for doc in self.documents():
            head = _document_row(doc)
            for m in doc.mentions:
                record = mention_record(m)
                record["flags"] = ",".join(record["flags"])
                record["value_text"] = None if m.value is None else str(m.value)
                rows.append({**head, **record})
        frame = pd.DataFrame(rows, columns=[*_DOC_COLUMNS, *_MENTION_COLUMNS])
        return as_strings(frame)

    def documents_frame(self) -> pd.DataFrame:
        """One row per document: source and metadata."""
        import pandas as pd

        frame = pd.DataFrame([_document_row(d) for d in self.documents()], columns=list(_DOC_COLUMNS))
        return as_strings(frame)


_DOC_COLUMNS = (
    "path",
    "member",
    "row",
    "sha256",
    "source_url",
    "doc_kind",
    "region_code",
    "region_name",
    "level",
    "report_year",
)
_MENTION_COLUMNS = (
    "indicator",
    "measure",
    "status",
    "year",
    "value",
    "value_text",
    "unit",
    "low",
    "high",
    "comparator",
    "aggregate",
    "period_start",
    "period_end",
    "scope",
    "raw",
    "sentence",
    "start",
    "end",
    "confidence",
    "main",
    "alias",
    "label",
    "section",
    "flags",
)


def _document_row(doc: Document) -> dict[str, Any]:
    p = doc.raw.provenance
    m = doc.meta
    return {
        "path": str(p.path),
        "member": p.member,
        "row": p.row,
        "sha256": doc.raw.sha256,
        "source_url": p.source_url,
        "doc_kind": m.doc_kind,
        "region_code": m.region_code,
        "region_name": m.region_name,
        "level": m.level,
        "report_year": m.report_year,
    }


def keep_rows(
    frame: pd.DataFrame,
    *,
    regions: list[str] | None = None,
    years: list[int] | None = None,
    level: str | None = None,
) -> pd.DataFrame:
    """The rows of ``frame`` of these region codes, years and level (None: no filter)."""
    keep = frame.index == frame.index
    if regions is not None:
        keep &= frame["region_code"].isin(regions).to_numpy()
    if years is not None:
        keep &= frame["year"].isin(years).fillna(False).to_numpy(dtype=bool)
    if level is not None:
        keep &= (frame["level"] == level).fillna(False).to_numpy(dtype=bool)
    return frame[keep].reset_index(drop=True)
