"""DOCX → text in document order, plus the core properties as hints.

Reads .docx bytes (word/document.xml and docProps/core.xml) with lxml. Paragraphs become lines; a table becomes
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


_CORE = "{http://purl.org/dc/elements/1.1/}"
_CORE_TERMS = "{http://purl.org/dc/terms/}"


def read_docx(data: bytes) -> DocxText:
    """Read word/document.xml and docProps/core.xml straight from the package
    with lxml (entities not resolved, no network): the same text python-docx
    gives, without loading styles and the rest of the package."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = etree.fromstring(package.read("word/document.xml"), parser)
            core = package.read("docProps/core.xml") if "docProps/core.xml" in package.namelist() else b""
        body = root.find(f"{_W}body")
        if body is None:
            raise KeyError("word/document.xml has no body")
        lines = list(_blocks(body))
        title, created = _core_properties(core, parser)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
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


def _core_properties(core: bytes, parser: Any) -> tuple[str, str | None]:
    from lxml import etree

    if not core:
        return "", None
    root = etree.fromstring(core, parser)
    title_el = root.find(f"{_CORE}title")
    title = " ".join((title_el.text or "").split()) if title_el is not None else ""
    created_el = root.find(f"{_CORE_TERMS}created")
    created = iso_date(created_el.text) if created_el is not None and created_el.text else None
    return title, created


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
