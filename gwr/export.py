"""export: DataFrames -> CSV (UTF-8 with BOM), Parquet, XLSX or Stata .dta (version 118), atomically.

``write(frame, path, fmt)`` writes one table to ``path`` through a temporary
file in the same folder renamed on success, so a failed export leaves no half
file. Per format:

* csv: UTF-8 with a byte-order mark (Excel opens Chinese text correctly);
* parquet: pyarrow, column names as strings;
* xlsx: openpyxl; control characters that XML cannot hold are dropped, and a
  cell longer than 32,767 characters (Excel's limit) is cut with a note;
* dta: Stata 14+ format 118 (UTF-8), variable labels from ``LABELS``; strings
  longer than 2,045 bytes become strL; names made valid (``2018`` -> ``y2018``,
  ``end`` -> ``end_``, at most 32 characters); missing numbers become Stata missing values.

``export_corpus(corpus, folder, fmt)`` writes the six tables of a corpus
database: documents (all, metadata only), mentions, panel and attention
(canonical documents), scorecard and projects (gwr.track); docs/corpus.md and
docs/track.md document their columns. In Parquet, the
documents and mentions are read and written one report year at a time (one row
group each, ``write_parts``), so a corpus of any size exports in bounded memory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gwr.fields import labels
from gwr.types import GwrError

if TYPE_CHECKING:
    import pandas as pd

    from gwr.attention import TopicLike
    from gwr.store.corpus import Corpus

FORMATS = ("csv", "parquet", "xlsx", "dta")
XLSX_MAX = 32767
DTA_STR_MAX = 2045
TRUNCATED = "…[truncated by gwr: {n} characters in all]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Variable labels (Stata, <= 80 characters) of every column gwr exports, from the field declarations.
LABELS: dict[str, str] = labels()


def write(
    frame: pd.DataFrame,
    path: str | Path,
    fmt: str | None = None,
    *,
    labels: Mapping[str, str] | None = None,
    title: str | None = None,
) -> Path:
    """Write ``frame`` to ``path`` in ``fmt`` (default: from the extension), atomically."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise GwrError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not path.parent.is_dir():
        raise GwrError(f"the folder {path.parent} does not exist")
    frame = frame.copy()
    frame.columns = [str(c) for c in frame.columns]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if fmt == "csv":
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "parquet":
            frame.to_parquet(tmp, index=False, engine="pyarrow")
        elif fmt == "xlsx":
            _xlsx(frame).to_excel(tmp, index=False, engine="openpyxl", sheet_name=(title or "data")[:31])
        else:
            _dta(frame, tmp, dict(LABELS if labels is None else labels), title)
        tmp.replace(path)
    except OSError as exc:
        raise GwrError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _text_columns(frame: pd.DataFrame) -> list[str]:
    import pandas as pd

    return [
        c
        for c in frame.columns
        if pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c])
    ]


def _xlsx(frame: pd.DataFrame) -> pd.DataFrame:
    def cell(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        value = _CONTROL.sub("", value)
        if len(value) > XLSX_MAX:
            note = TRUNCATED.format(n=len(value))
            value = value[: XLSX_MAX - len(note)] + note
        return value

    for col in _text_columns(frame):
        frame[col] = frame[col].astype(object).map(cell)
    return frame


def stata_name(name: str, taken: set[str]) -> str:
    """A valid Stata variable name for ``name``: ASCII letters, digits and _, not starting with
    a digit, not a reserved word (``end`` -> ``end_``), at most 32 characters, unique among
    ``taken`` (which it joins)."""
    from pandas.io.stata import StataParser

    base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "v"
    if base[0].isdigit():
        base = ("y" if re.fullmatch(r"\d{4}", base) else "v") + base
    base = base[:32]
    if base in StataParser().RESERVED_WORDS:
        base = base[:31] + "_"
    out, i = base, 1
    while out in taken:
        suffix = f"_{i}"
        out, i = base[: 32 - len(suffix)] + suffix, i + 1
    taken.add(out)
    return out


def _dta(frame: pd.DataFrame, tmp: Path, labels: dict[str, str], title: str | None) -> None:
    import pandas as pd

    taken: set[str] = set()
    renamed = {c: stata_name(c, taken) for c in frame.columns}
    strl: list[str] = []
    for col in frame.columns:
        series = frame[col]
        if pd.api.types.is_bool_dtype(series):
            frame[col] = series.astype("int8")
        elif pd.api.types.is_integer_dtype(series) or pd.api.types.is_float_dtype(series):
            frame[col] = series.astype("float64") if series.isna().any() else series
        else:
            text = series.astype(object).map(lambda v: "" if v is None or v is pd.NA or v != v else str(v))
            frame[col] = text.astype(object)
            if any(len(v.encode("utf-8")) > DTA_STR_MAX for v in text):
                strl.append(renamed[col])
    frame = frame.rename(columns=renamed)
    variable_labels = {renamed[c]: labels[c][:80] for c in renamed if c in labels}
    frame.to_stata(
        tmp,
        write_index=False,
        version=118,
        variable_labels=variable_labels,
        convert_strl=strl,
        data_label=(title or "")[:80] or None,
    )


def export_corpus(
    corpus: Corpus, folder: str | Path, fmt: str, *, topics: tuple[TopicLike, ...] | None = None
) -> list[Path]:
    """Write documents, mentions, panel, attention, scorecard (targets paired with outcomes) and
    projects (project stages by year) of ``corpus`` into ``folder``, the manifest last. Figures,
    panel and scorecard carry the corrections of ``gwr serve`` (mentions and panel a ``verified``
    column)."""
    from gwr.store.verified import verified_mentions, verified_panel_long

    if fmt not in FORMATS:
        raise GwrError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GwrError(f"cannot create the folder {out}: {exc.strerror or exc}") from exc
    manifest = out / MANIFEST
    try:  # from here until the new manifest is written, the folder does not look complete
        manifest.unlink(missing_ok=True)
        for stale in out.glob(f".*.{fmt}.*.tmp"):  # left by an export that was killed
            stale.unlink(missing_ok=True)
    except OSError as exc:
        raise GwrError(f"cannot replace the export in {out}: {exc.strerror or exc}") from exc
    if fmt == "parquet":  # the two large tables one report year at a time
        years = corpus.report_years()
        written = [
            write_parts(
                (corpus.documents(include_duplicates=True, report_year=y) for y in years),
                out / "documents.parquet",
            ),
            write_parts((verified_mentions(corpus, report_year=y) for y in years), out / "mentions.parquet"),
        ]
    else:
        written = [
            write(
                corpus.documents(include_duplicates=True),
                out / f"documents.{fmt}",
                fmt,
                title="gwr documents",
            ),
            write(verified_mentions(corpus), out / f"mentions.{fmt}", fmt, title="gwr mentions"),
        ]
    rest = {
        "panel": verified_panel_long(corpus),
        "attention": corpus.attention(topics),
        "scorecard": corpus.scorecard(),
        "projects": corpus.projects(),
    }
    written += [write(frame, out / f"{name}.{fmt}", fmt, title=f"gwr {name}") for name, frame in rest.items()]
    names = ("documents", "mentions", "panel", "attention", "scorecard", "projects")
    _write_manifest(manifest, fmt, dict(zip(names, written, strict=True)))
    return [*written, manifest]


def write_parts(frames: Iterable[pd.DataFrame], path: Path) -> Path:
    """One Parquet file written one frame (one partition: a report year) at a time, each a row
    group, so that memory holds one partition, never the table; atomically, like ``write``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    writer: Any = None
    try:
        schema = None
        for frame in frames:
            if schema is None:
                schema = _schema(frame)
                writer = pq.ParquetWriter(tmp, schema)
            if len(frame):
                writer.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
        if writer is None:
            return path
        writer.close()
        writer = None
        tmp.replace(path)
    except OSError as exc:
        raise GwrError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if writer is not None:
            writer.close()
        tmp.unlink(missing_ok=True)
    return path


def _schema(frame: pd.DataFrame) -> Any:
    """The Arrow schema of ``frame`` with every all-null column typed as text (a later partition
    may hold values there)."""
    import pyarrow as pa

    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    for i, f in enumerate(schema):
        if pa.types.is_null(f.type):
            schema = schema.set(i, pa.field(f.name, pa.string()))
    return schema


MANIFEST = "manifest.json"


def _rows(path: Path, fmt: str) -> int | None:
    """Rows of a written table, where the format says so cheaply (CSV cells may hold line breaks)."""
    if fmt != "parquet":
        return None
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _write_manifest(path: Path, fmt: str, tables: dict[str, Path]) -> None:
    """Written last, atomically: an export folder is complete when its manifest names each
    table with its rows and sha256, and the files match (``check_export``)."""
    import hashlib
    import json

    from gwr.version import EXTRACTOR_VERSION

    body = {
        "complete": True,
        "format": fmt,
        "extractor_version": EXTRACTOR_VERSION,
        "tables": {
            name: {
                "file": file.name,
                "rows": _rows(file, fmt),
                "sha256": hashlib.sha256(file.read_bytes()).hexdigest(),
            }
            for name, file in tables.items()
            if file.exists()
        },
    }
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def check_export(folder: str | Path) -> list[str]:
    """What is wrong with an export folder (empty when it is complete): no manifest, or a
    table missing or different from what the manifest says."""
    import hashlib
    import json

    out = Path(folder)
    try:
        body = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [f"{out / MANIFEST} is missing or unreadable: the export is incomplete"]
    problems = []
    for name, entry in body.get("tables", {}).items():
        file = out / entry["file"]
        try:
            digest = hashlib.sha256(file.read_bytes()).hexdigest()
        except OSError:
            problems.append(f"{name}: {file} is missing")
            continue
        if digest != entry["sha256"]:
            problems.append(f"{name}: {file} is not the file the manifest describes")
    return problems
