"""pipeline: input bytes -> Documents, calling the stages in order.

    ingest     bytes/paths -> RawDocument (decoded, provenance, sha256)     gwr.ingest
    clean      RawDocument -> CleanText (noise removed, edit log, offset map) gwr.clean
    outline    CleanText -> sections with roles                              gwr.outline
    meta       CleanText + sections -> Metadata with evidence               gwr.meta
    indicators CleanText + sections + Metadata -> Mentions                   gwr.indicators

Each stage is a pure function of what the earlier ones produced, so the
result depends only on the input bytes (and the extractor version): the same
file gives the same record on any machine or worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from gwr.types import Document, Failure, Provenance, RawDocument

if TYPE_CHECKING:
    from gwr.frames import Extracted


def process(raw: RawDocument) -> Document:
    """Run every stage after ingest on one decoded document."""
    from gwr.clean import clean
    from gwr.indicators import extract_mentions
    from gwr.meta import extract_metadata
    from gwr.outline import outline

    text = clean(raw)
    sections = outline(text)
    meta = extract_metadata(text, sections)
    mentions = extract_mentions(text, sections, meta)
    return Document(raw=raw, clean=text, meta=meta, outline=sections, mentions=mentions)


def process_safely(item: RawDocument | Failure) -> Document | Failure:
    """``process`` within the document's budget (``gwr.ingest.budget``): an unexpected error in a
    stage, a run past the time limit or out of memory becomes a Failure record."""
    from gwr.ingest.budget import OverBudget, deadline, memory_message, over_chars

    if isinstance(item, Failure):
        return item
    too_long = over_chars(len(item.text))
    if too_long:
        return Failure(item.provenance, "over_limit", too_long, item.sha256)
    try:
        with deadline():
            return process(item)
    except OverBudget as exc:
        return Failure(item.provenance, "over_limit", f"extraction {exc}; stopped", item.sha256)
    except MemoryError:
        return Failure(item.provenance, "over_limit", f"extraction {memory_message()}", item.sha256)
    except RecursionError:
        return Failure(item.provenance, "internal", "the text is nested too deeply to process", item.sha256)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:  # a bug: report, go on
        return Failure(
            item.provenance, "internal", f"extraction failed ({type(exc).__name__}: {exc})", item.sha256
        )


def read_within_budget(items: Iterator[RawDocument | Failure], path: str) -> Iterator[RawDocument | Failure]:
    """``items`` (the documents of one file), each read within the time limit: a reader stopped
    at it ends the file with one ``over_limit`` Failure (the documents read before it are kept)."""
    from gwr.ingest.budget import OverBudget, deadline, memory_message

    count = 0
    while True:
        try:
            with deadline():
                item = next(items, None)
        except OverBudget as exc:
            yield Failure(Provenance(path), "over_limit", f"{path}: reading after {count} document(s) {exc}")
            return
        except MemoryError:
            yield Failure(Provenance(path), "over_limit", f"{path}: reading {memory_message()}")
            return
        if item is None:
            return
        count += 1
        yield item


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Each file under ``paths`` (folders walked as ``read_paths`` walks them)."""
    from gwr.ingest.files import walk

    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False  # read_paths reports it
        if is_dir:
            yield from walk(path)
        else:
            yield path


def iter_extract(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    """Documents (or failures) from files, folders and containers, one at a time; each
    document read and extracted within its budget (``gwr.ingest.budget``)."""
    from gwr.ingest import read_paths

    if isinstance(paths, str | Path):
        paths = [paths]
    for file in iter_files(paths):
        if isinstance(file, Failure):
            yield file
            continue
        for item in read_within_budget(read_paths([file]), str(file)):
            yield process_safely(item)


def extract(path: str | Path | Iterable[str | Path]) -> Extracted:
    """Extract every document from a file, a folder or a list of them.

    A container (zip, csv, xlsx, jsonl) yields one document per member or row.
    Unreadable inputs come back as ``Failure`` records instead of raising.
    The list has ``.to_frame()``: one row per figure (``gwr.frames.Extracted``).
    """
    from gwr.frames import Extracted

    paths = [path] if isinstance(path, str | Path) else list(path)
    return Extracted(iter_extract(paths))


def extract_bytes(data: bytes, name: str) -> list[Document | Failure]:
    """Extract from bytes in memory (``name`` picks the format by extension)."""
    from gwr.ingest import read_bytes

    items = read_within_budget(read_bytes(data, name, Provenance(path=name)), name)
    return [process_safely(item) for item in items]


def extract_text(text: str, name: str = "<text>") -> Document:
    """Extract from a string of report text (already decoded)."""
    import hashlib

    data = text.encode("utf-8")
    raw = RawDocument(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        provenance=Provenance(path=name),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        format="txt",
    )
    return process(raw)
