"""PDF → text of its text layer, page by page.

Reads PDF bytes with pypdf and returns the pages' text joined with "\\n". A PDF
whose pages hold no text is a scan: it raises ``Unreadable("needs_ocr")``.
Encrypted PDFs are opened with the empty password (most "protected" reports
only restrict printing); others raise ``Unreadable("encrypted")``. A page that
fails to extract is skipped with a ``pdf_page_error`` notice.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gwr.ingest.decode import Unreadable, one_line
from gwr.types import Notice

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str | None
    notices: tuple[Notice, ...]


class _Quiet(logging.Handler):
    """pypdf's warnings while one PDF is read, counted instead of printed (a PDF with deeply
    nested dictionaries made it print about 6,500 lines on stderr)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if not self.first:
            self.first = one_line(record.getMessage(), 150)


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[_Quiet]:
    log = logging.getLogger("pypdf")
    handler = _Quiet()
    propagate = log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield handler
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


def read_pdf(data: bytes) -> PdfText:
    with _quiet_pypdf() as quiet:
        pdf = _read_pdf(data)
    if quiet.count:
        notice = Notice(
            "pdf_warnings", f"pypdf warned {quiet.count} time(s) while reading (first: {quiet.first})"
        )
        pdf = PdfText(pdf.text, pdf.title, (*pdf.notices, notice))
    return pdf


def _read_pdf(data: bytes) -> PdfText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        pages = list(reader.pages)
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise Unreadable(
            "broken",
            f"not a readable PDF ({type(exc).__name__}: {one_line(str(exc), 150)}); "
            "re-download it or re-save it with a PDF printer",
        ) from exc
    texts: list[str] = []
    notices: list[Notice] = []
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text() or "")
        except Exception as exc:  # pypdf raises many types; each becomes a notice
            texts.append("")
            notices.append(
                Notice("pdf_page_error", f"page {number} could not be read: {one_line(str(exc), 150)}")
            )
    if not any(t.strip() for t in texts):
        raise Unreadable(
            "needs_ocr",
            f"this PDF ({len(pages)} page(s)) has no text layer: it is a scanned PDF and needs OCR first "
            "(e.g. ocrmypdf --language chi_sim in.pdf out.pdf)",
        )
    return PdfText("\n".join(texts), _title(reader), tuple(notices))


def _decrypt(reader: Any) -> None:
    try:
        ok = reader.decrypt("")
    except Exception as exc:  # pypdf raises DependencyError, NotImplementedError, ...
        raise Unreadable(
            "encrypted", f"encrypted PDF that pypdf cannot open ({one_line(str(exc), 150)}); decrypt it first"
        ) from exc
    if not ok:
        raise Unreadable(
            "encrypted", "password-protected PDF; remove the password (e.g. qpdf --decrypt) and retry"
        )


def _title(reader: Any) -> str | None:
    try:
        meta = reader.metadata
        title = meta.title if meta else None
    except Exception as exc:  # metadata is optional; a broken info dict is not an error
        _log.debug("no PDF title: %s", exc)
        return None
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    if (
        not title
        or title.lower().startswith(("microsoft word", "untitled"))
        or title.endswith((".doc", ".docx"))
    ):
        return None
    return title
