"""Paths and bytes → documents: walk folders, sniff each file's format, dispatch.

``read_paths`` walks files and folders (recursively, sorted by name, skipping
hidden entries and Office ``~$`` lock files), refuses symlinks that resolve
outside the folder it was given, checks the size before reading, and reads one
file at a time. ``read_bytes`` decides the format from the content's signature
first (``%PDF``, a zip holding ``word/document.xml`` or ``xl/workbook.xml``,
images and archives we cannot read), then from the extension, then by sniffing
for HTML; a ``.txt`` holding HTML tags stays ``txt``. Nothing raises: each
input that cannot be read becomes a ``Failure`` with a one-line message.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePosixPath

from gwr.ingest.budget import over_bytes
from gwr.ingest.decode import Unreadable, decode_bytes, document, failure, looks_binary, one_line, sha256
from gwr.types import Failure, Notice, Provenance, RawDocument

Result = RawDocument | Failure

MAX_BYTES = 256 * 2**20
MAX_MEMBER_BYTES = 64 * 2**20
_SINGLE_KINDS = frozenset({"txt", "html", "pdf", "docx"})  # one document each, under Budget.bytes
_CONTAINER_SUFFIXES = frozenset({".zip", ".csv", ".xlsx", ".jsonl", ".json", ".tsv"})

_TXT = frozenset({".txt", ".text", ".md"})
_HTML = frozenset({".html", ".htm", ".shtml", ".xhtml", ".mht", ".asp", ".aspx", ".jsp", ".php"})
_CSV = frozenset({".csv", ".tsv"})
_JSONL = frozenset({".jsonl", ".ndjson", ".json"})
_BINARY_KINDS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".zip": "zip"}
_SIGNATURES = {"pdf": "%PDF header", "docx": "zip signature", "xlsx": "zip signature", "zip": "zip signature"}
_FOREIGN = (  # signatures of formats we do not read, with what to do
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old binary Office file (.doc/.xls/.wps)",
        "convert it with `soffice --headless --convert-to docx` (or xlsx) first",
    ),
    (b"{\\rtf", "an RTF document", "convert it with `soffice --headless --convert-to docx` first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "run OCR on it first"),
    (b"\xff\xd8\xff", "a JPEG image", "run OCR on it first"),
    (b"GIF8", "a GIF image", "run OCR on it first"),
    (b"II*\x00", "a TIFF image", "run OCR on it first"),
    (b"MM\x00*", "a TIFF image", "run OCR on it first"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive", "extract it first"),
    (b"Rar!\x1a\x07", "a RAR archive", "extract it first"),
    (b"\x7fELF", "an executable", "it is not a report"),
)
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<meta\s[^>]*charset|<head[\s>]|<body[\s>]")


def read_bytes(
    data: bytes,
    name: str,
    provenance: Provenance | None = None,
    *,
    max_member_bytes: int = MAX_MEMBER_BYTES,
) -> Iterator[Result]:
    """Documents (or Failures) in ``data``, a file called ``name``."""
    return _read(data, name, provenance or Provenance(path=name), 0, max_member_bytes)


def _read(data: bytes, name: str, prov: Provenance, depth: int, max_member_bytes: int) -> Iterator[Result]:
    sha = sha256(data)
    if not data:
        yield failure(prov, "empty", "the file is empty (0 bytes); re-download or re-export it", sha)
        return
    try:
        kind, notices = _kind(data, PurePosixPath(name).suffix.lower())
        too_large = over_bytes(len(data)) if kind in _SINGLE_KINDS else None
        if too_large:  # a file, a zip member or a docx: one document
            yield failure(prov, "over_limit", too_large, sha)
            return
        for result in _dispatch(kind, data, name, prov, sha, depth, max_member_bytes):
            if notices and isinstance(result, RawDocument):
                result = replace(result, notices=notices + result.notices)
            yield result
    except Unreadable as exc:
        yield failure(prov, exc.code, str(exc), sha)
    except Exception as exc:  # a reader's bug must not stop the other inputs: report it as a Failure
        yield failure(
            prov, "error", f"could not be read ({type(exc).__name__}: {exc}); please report this file", sha
        )


def _kind(data: bytes, ext: str) -> tuple[str, tuple[Notice, ...]]:
    """The format to read ``data`` as, from its signature, extension and content."""
    head = data[:1024]
    kind: str | None = None
    if head.lstrip()[:5] == b"%PDF-" or (ext == ".pdf" and b"%PDF-" in head):  # junk may precede it
        kind = "pdf"
    elif data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = _zip_kind(data, ext)
    else:
        for magic, what, advice in _FOREIGN:
            if data.startswith(magic):
                raise Unreadable("unsupported", f"this is {what}, not a format gwr reads; {advice}")
    if kind:
        expected = _BINARY_KINDS.get(ext)
        if ext and expected != kind and not (kind == "zip" and ext in (".docx", ".xlsx")):
            return kind, (Notice("extension_mismatch", f"named {ext} but the content is {kind}"),)
        return kind, ()
    if ext in _BINARY_KINDS:
        if _HTML_SNIFF.search(head.lower()):
            return "html", (Notice("extension_mismatch", f"named {ext} but the content is an HTML page"),)
        raise Unreadable(
            "broken",
            f"named {ext} but has no {_SIGNATURES[_BINARY_KINDS[ext]]}: the download failed or the file "
            "is corrupt; download it again",
        )
    if looks_binary(data):
        raise Unreadable(
            "binary",
            "looks like binary data (NUL or control bytes), not text in a known format; "
            "check that this is a report",
        )
    if ext in _HTML:
        return "html", ()
    if ext in _TXT:
        return "txt", ()
    if ext in _CSV:
        return "csv", ()
    if ext in _JSONL:
        return "jsonl", ()
    if _HTML_SNIFF.search(head.lower()):
        return "html", ()
    label = ext or "no extension"
    return "txt", (Notice("unknown_extension", f"unknown file type ({label}); read as plain text"),)


def _zip_kind(data: bytes, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return ext.lstrip(".") if ext in (".docx", ".xlsx") else "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names or ("content.xml" in names and "mimetype" in names):
        raise Unreadable(
            "unsupported", "this is a presentation or OpenDocument file; save it as .docx or PDF first"
        )
    return "zip"


def _dispatch(
    kind: str, data: bytes, name: str, prov: Provenance, sha: str, depth: int, max_member_bytes: int
) -> Iterator[Result]:
    if kind == "txt":
        decoded = decode_bytes(data)
        yield document(decoded.text, prov, sha, decoded.encoding, "txt", decoded.notices)
    elif kind == "html":
        from gwr.ingest.html import read_html

        page = read_html(data, prov)
        yield document(page.text, page.provenance, sha, page.encoding, "html", page.notices)
    elif kind == "pdf":
        from gwr.ingest.pdf import read_pdf

        pdf = read_pdf(data)
        yield document(
            pdf.text, replace(prov, title=prov.title or pdf.title), sha, "unicode", "pdf", pdf.notices
        )
    elif kind == "docx":
        from gwr.ingest.docx import read_docx

        _check_package(data, max_member_bytes)
        doc = read_docx(data)
        here = replace(prov, title=prov.title or doc.title, published_on=prov.published_on or doc.created)
        yield document(doc.text, here, sha, "unicode", "docx")
    else:
        from gwr.ingest import containers

        if kind == "xlsx":
            _check_package(data, max_member_bytes)
            yield from containers.read_xlsx(data, prov)
        elif kind == "csv":
            yield from containers.read_csv(data, prov, name)
        elif kind == "jsonl":
            yield from containers.read_jsonl(data, prov, name)
        else:
            reader = partial(_read, max_member_bytes=max_member_bytes)
            yield from containers.read_zip(data, prov, max_member_bytes, depth, reader)


def _check_package(data: bytes, max_member_bytes: int) -> None:
    """Refuse a .docx/.xlsx whose parts would inflate too far (the readers inflate them whole)."""
    from gwr.ingest.containers import bomb_check

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # the reader reports the broken package
    for info in infos:
        reason = bomb_check(info, max_member_bytes)
        if reason:
            raise Unreadable("too_large", f"part {info.filename}: {reason}")


# Paths --------------------------------------------------------------------------------------------


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = MAX_BYTES,
    max_member_bytes: int = MAX_MEMBER_BYTES,
) -> Iterator[Result]:
    """Documents (or Failures) in the given files and folders, one file at a time."""
    if isinstance(paths, str | os.PathLike):  # one path, not an iterable of its characters
        paths = [paths]
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield failure(Provenance(str(path)), "unreadable", f"cannot be opened ({exc.strerror or exc})")
            continue
        if is_dir:
            for item in walk(path):
                if isinstance(item, Failure):
                    yield item
                else:
                    yield from _read_file(item, max_bytes, max_member_bytes)
        else:
            yield from _read_file(path, max_bytes, max_member_bytes)


def _skip(name: str) -> bool:
    return name.startswith((".", "~$")) or name == "__MACOSX"


def _listing(folder: Path) -> list[Path]:
    with os.scandir(folder) as entries:
        return sorted((Path(e.path) for e in entries if not _skip(e.name)), key=lambda p: p.name)


def walk(root: Path) -> Iterator[Path | Failure]:
    """Files under ``root`` in sorted depth-first order; links leaving ``root`` become Failures."""
    try:
        real_root = root.resolve()
        stack = [iter(_listing(root))]
    except (OSError, RuntimeError) as exc:
        yield failure(
            Provenance(str(root)), "unreadable", f"folder cannot be listed ({one_line(str(exc), 150)})"
        )
        return
    seen = {real_root}
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            if entry.is_symlink():
                target = entry.resolve()
                if not target.is_relative_to(real_root):
                    yield failure(
                        Provenance(str(entry)),
                        "symlink_outside",
                        f"symlink to {target}, outside {root}; not followed (pass its target to read it)",
                    )
                    continue
                if not target.exists():
                    yield failure(Provenance(str(entry)), "not_found", f"broken symlink to {target}; skipped")
                    continue
            if entry.is_dir():
                real = entry.resolve()
                if real not in seen:  # a link back up the tree would loop
                    seen.add(real)
                    stack.append(iter(_listing(entry)))
                continue
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
            yield failure(
                Provenance(str(entry)), "unreadable", f"cannot be opened ({one_line(str(exc), 150)})"
            )
            continue
        yield entry


def _read_file(path: Path, max_bytes: int, max_member_bytes: int) -> Iterator[Result]:
    prov = Provenance(str(path))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield failure(prov, "not_regular", "not a regular file (a device, FIFO or socket); skipped")
            return
        if info.st_size > max_bytes:
            yield failure(prov, "too_large", _too_large(info.st_size, max_bytes))
            return
        single = path.suffix.lower() not in _CONTAINER_SUFFIXES
        too_large = over_bytes(info.st_size) if single else None
        if too_large:  # refused before reading it
            yield failure(prov, "over_limit", too_large)
            return
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        yield failure(prov, "not_found", "no such file or folder; check the path")
        return
    except OSError as exc:
        yield failure(prov, "unreadable", f"cannot be read ({exc.strerror or exc}); check its permissions")
        return
    if len(data) > max_bytes:  # it grew while we looked
        yield failure(prov, "too_large", _too_large(len(data), max_bytes))
        return
    yield from _read(data, path.name, prov, 0, max_member_bytes)


def _too_large(size: int, limit: int) -> str:
    return (
        f"{size / 2**20:,.1f} MiB is over the {limit / 2**20:,.1f} MiB limit (max_bytes); "
        "split the file or raise the limit"
    )
