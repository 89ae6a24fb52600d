"""DOCX → text in document order, plus the core properties as hints.

Reads .docx bytes with python-docx. Paragraphs become lines; a table becomes
one line per row with cells joined by a tab (a merged cell is written once);
content controls (``w:sdt``) are opened. The core properties ``title`` and
``created`` become provenance hints (not trusted: templates carry stale ones).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gwr.ingest.decode import Unreadable, iso_date, one_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DEFAULT_TITLES = frozenset({"", "word document", "document", "untitled"})


@dataclass(frozen=True, slots=True)
class DocxText:
    text: str
    title: str | None
    created: str | None


def read_docx(data: bytes) -> DocxText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_blocks(document.element.body))
        props = document.core_properties
        title = " ".join((props.title or "").split())
        created = iso_date(props.created)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise Unreadable(
            "broken",
            f"not a readable .docx ({type(exc).__name__}: {one_line(str(exc), 150)}); "
            "open and re-save it in Word or LibreOffice",
        ) from exc
    return DocxText(
        "\n".join(lines),
        None if title.lower() in _DEFAULT_TITLES else title,
        created,
    )


def _blocks(body: Any) -> Iterator[str]:
    """Lines of paragraphs and table rows under ``body``, in order."""
    stack = list(reversed(list(body)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == f"{_W}p":
            yield _paragraph_text(el)
        elif tag == f"{_W}tbl":
            yield from _table_rows(el)
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            stack.extend(reversed(list(el)))


def _paragraph_text(p: Any) -> str:
    """Visible text of a paragraph: runs, hyperlinks, tabs and breaks (not deleted text)."""
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}delText"):
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _table_rows(tbl: Any) -> Iterator[str]:
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            paragraphs = [_paragraph_text(p) for p in tc.iter(f"{_W}p")]
            cells.append(" ".join(t for t in paragraphs if t.strip()))
        yield "\t".join(cells)
