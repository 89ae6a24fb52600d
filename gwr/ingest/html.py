"""HTML page → plain text plus the page's own title, date and URL.

Reads the bytes of a saved web page. Decodes them (the ``<meta charset>`` is a
hint tried after strict UTF-8), drops ``<script>``, ``<style>``, ``<noscript>``
and the ``<head>``, turns block elements into line breaks (``td``/``th`` into
tabs) and returns the text with entities decoded. Navigation, footers and
injected links stay: removing them is the cleaner's job, with a logged rule.

Adds to the provenance ``title`` (``<title>``, else ``og:title``, else the first
``<h1>``), ``published_on`` (a date ``<meta>``, else a ``发布时间：``-style line
near the top) and ``source_url`` (``<link rel=canonical>`` or ``og:url``).

The tree is walked with an explicit stack, so deeply nested pages do not hit
Python's recursion limit; if lxml still fails, a regular-expression tag strip
is used and a ``html_fallback`` notice says so.
"""

from __future__ import annotations

import html as htmlstd
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from gwr.ingest.decode import decode_bytes, iso_date, one_line
from gwr.types import Notice, Provenance

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

_SKIP = frozenset({"script", "style", "noscript", "head", "template", "svg", "object", "iframe", "select"})
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details"),
        *("dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol"),
        *("p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul"),
    }
)
_CELLS = frozenset({"td", "th"})
_DATE_META = frozenset(
    {
        *("pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "releasedate"),
        *("article:published_time", "og:published_time", "og:release_date", "datepublished", "date"),
        *("dc.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created"),
    }
)
_TITLE_META = ("articletitle", "og:title")
_URL_META = ("og:url",)
_DATE_LINE = re.compile(
    r"(?:发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期)\s*[:：]\s*"
    r"((?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_CJK}])")


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    encoding: str
    provenance: Provenance
    notices: tuple[Notice, ...]


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta>`` in the first 8 KB, if any."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    return (match[1] or match[2]).decode("ascii")


# a tag long enough to hold hundreds of attributes (libxml2 checks each new attribute
# against all earlier ones: 20,000 distinct attributes take 5 s, 200,000 take minutes)
_LONG_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]{0,30})([^<>]{4096,})>")
_MAX_ATTRIBUTES = 512


def _trim_attributes(source: str) -> tuple[str, tuple[Notice, ...]]:
    """Tags with more than ``_MAX_ATTRIBUTES`` attributes lose them all (linear time)."""
    trimmed = 0

    def trim(m: re.Match[str]) -> str:
        nonlocal trimmed
        if m[2].count("=") <= _MAX_ATTRIBUTES:
            return m[0]
        trimmed += 1
        return f"<{m[1]}>"

    if len(source) < 4096:
        return source, ()
    out = _LONG_TAG.sub(trim, source)
    if not trimmed:
        return source, ()
    return out, (
        Notice(
            "html_attributes", f"{trimmed} tag(s) with over {_MAX_ATTRIBUTES} attributes had them removed"
        ),
    )


def read_html(data: bytes, prov: Provenance) -> Page:
    decoded = decode_bytes(data, declared_charset(data))
    source, notices = _trim_attributes(_XML_DECL.sub("", decoded.text, count=1))
    notices = decoded.notices + notices
    try:
        text, hints = _with_lxml(source)
    except (RecursionError, ValueError, TypeError, LookupError, MemoryError) as exc:
        text, hints = _with_regex(source)
        reason = one_line(f"{type(exc).__name__}: {exc}", 120)
        notices += (Notice("html_fallback", f"lxml could not parse this page ({reason}); tags stripped"),)
    title = hints.get("title")
    url = hints.get("url")
    published = iso_date(hints.get("date") or "") or _date_near_top(text)
    prov = replace(
        prov,
        title=prov.title or title,
        source_url=prov.source_url or url,
        published_on=prov.published_on or published,
    )
    return Page(text, decoded.encoding, prov, notices)


def _with_lxml(source: str) -> tuple[str, dict[str, str]]:
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, recover=True)
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except etree.ParserError as exc:  # "Document is empty" for pages of only comments
        raise ValueError(str(exc)) from exc
    for error in parser.error_log:  # libxml2 drops everything below depth 2048, silently
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise ValueError(error.message)
    hints = _hints(root)
    return _tidy("".join(_walk(root))), hints


def _hints(root: Any) -> dict[str, str]:
    hints: dict[str, str] = {}
    for el in root.iter("title", "meta", "link", "h1"):
        tag = el.tag
        if tag == "title" and "title" not in hints:
            text = " ".join(el.text_content().split())
            if text:
                hints["title"] = text
        elif tag == "meta":
            key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
            content = (el.get("content") or "").strip()
            if not content:
                continue
            if key in _DATE_META and "date" not in hints and iso_date(content):
                hints["date"] = content
            elif key in _TITLE_META:
                hints.setdefault("meta_title", " ".join(content.split()))
            elif key in _URL_META:
                hints.setdefault("og_url", content)
        elif tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            href = (el.get("href") or "").strip()
            if href:
                hints.setdefault("url", href)
        elif tag == "h1" and "h1" not in hints:
            text = " ".join(el.text_content().split())
            if text:
                hints["h1"] = text
    title = hints.get("title") or hints.get("meta_title") or hints.get("h1")
    url = hints.get("url") or hints.get("og_url")
    out = {"title": title, "url": url, "date": hints.get("date")}
    return {k: v for k, v in out.items() if v}


def _walk(root: Any) -> Iterator[str]:
    """Text of the tree in document order, without recursion."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if closing:
            if tag in _BLOCKS:
                yield "\n"
            elif tag in _CELLS:
                yield "\t"
            if el.tail:
                yield _inline(el.tail)
            continue
        if tag in _SKIP:
            if el.tail:
                yield _inline(el.tail)
            continue
        if tag == "br" or tag in _BLOCKS:
            yield "\n"
        if tag and el.text:
            yield _inline(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


def _inline(text: str) -> str:
    """HTML whitespace in a text node: a line break between Chinese characters
    is dropped (as a reader sees it), other runs become one space."""
    return _HTML_SPACE.sub(" ", _CJK_BREAK.sub("", text))


def _tidy(text: str) -> str:
    """Strip each line and cell, drop blank lines."""
    lines = []
    for line in text.split("\n"):
        cells = [_HTML_SPACE.sub(" ", cell).strip(" ") for cell in line.split("\t")]
        joined = "\t".join(cells).strip("\t")
        if joined.strip():
            lines.append(joined)
    return "\n".join(lines)


_RE_OPEN = re.compile(r"<(script|style|noscript|head|template)\b|<!--", re.IGNORECASE)
_RE_BREAK = re.compile(
    r"<\s*(?:br|/?(?:p|div|li|tr|h[1-6]|table|ul|ol|section|article))\b[^>]*>", re.IGNORECASE
)
_RE_CELL = re.compile(r"</\s*t[dh]\s*>", re.IGNORECASE)
_RE_TAG = re.compile(r"<[^>]*>")
_RE_TITLE = re.compile(r"<title[^>]*>(.{0,2000}?)</title>", re.IGNORECASE | re.DOTALL)


def _with_regex(source: str) -> tuple[str, dict[str, str]]:
    hints: dict[str, str] = {}
    title = _RE_TITLE.search(source)
    if title and title[1].strip():
        hints["title"] = " ".join(htmlstd.unescape(_RE_TAG.sub("", title[1])).split())
    text = _inline(_drop_blocks(source))
    text = _RE_BREAK.sub("\n", text)
    text = _RE_CELL.sub("\t", text)
    text = htmlstd.unescape(_RE_TAG.sub("", text))
    return _tidy(text), hints


def _drop_blocks(source: str) -> str:
    """Remove script/style/noscript/head/template elements and comments, in linear time
    (an unclosed ``<script>`` drops the rest of the page, as a browser would)."""
    kept: list[str] = []
    pos = 0
    while match := _RE_OPEN.search(source, pos):
        kept.append(source[pos : match.start()])
        if match[0] == "<!--":
            end = source.find("-->", match.end())
            pos = len(source) if end < 0 else end + 3
            continue
        closer = re.compile(rf"</{match[1]}\s*>", re.IGNORECASE).search(source, match.end())
        pos = closer.end() if closer else len(source)
    kept.append(source[pos:])
    return "".join(kept)


def _date_near_top(text: str) -> str | None:
    for line in text.split("\n", 60)[:60]:
        match = _DATE_LINE.search(line)
        if match:
            return iso_date(match[1])
    return None
