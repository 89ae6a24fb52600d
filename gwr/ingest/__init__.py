"""Ingest: bytes in any format → decoded ``RawDocument`` records (or ``Failure`` records).

Reads files, folders, zips, CSV/XLSX/JSONL tables, HTML pages, PDFs and DOCX.
Adds nothing but the decoded text (line endings and full-width digits
normalised 1:1) and provenance: where the text came from and the hints a page
or container states about itself (title, date, URL, region, year).

    from gwr.ingest import read_paths

    for item in read_paths(["examples"]):  # RawDocument or Failure, one file at a time
        print(item.provenance.path, type(item).__name__)

Modules: ``decode`` (encodings, normalisation), ``files`` (walking, sniffing,
dispatch), ``html``, ``pdf``, ``docx``, ``containers`` (zip, csv, xlsx, jsonl).
"""

from __future__ import annotations

from gwr.ingest.decode import decode, normalize
from gwr.ingest.files import MAX_BYTES, MAX_MEMBER_BYTES, read_bytes, read_paths

__all__ = ["MAX_BYTES", "MAX_MEMBER_BYTES", "decode", "normalize", "read_bytes", "read_paths"]
