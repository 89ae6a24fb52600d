"""sources: inputs named by fsspec URLs (``s3://bucket/reports/``, ``gcs://…``,
``memory://…``, a shared filesystem's ``file://``): listing, hashing and reading them.

Local paths never come here (``gwr.ingest.files.walk`` reads them); a ``file://`` URL
is turned into its local path. Any other ``scheme://`` is handed to fsspec, which
must know the scheme (``s3fs`` for ``s3://``, and so on); workers read the bytes
themselves, so a Dask cluster needs the same fsspec packages and credentials.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gwr.types import Failure, GwrError, Provenance

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def is_url(path: str | Path) -> bool:
    """True for an fsspec URL (``scheme://…``), not for a local path."""
    return isinstance(path, str) and bool(_SCHEME.match(path))


def local(path: str | Path) -> str | Path:
    """A ``file://`` URL as its local path; anything else unchanged."""
    if isinstance(path, str) and path.startswith("file://"):
        return Path(path[len("file://") :])
    return path


def _fs(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError as exc:
        raise GwrError(f"{url}: reading URLs needs fsspec: pip install 'gwr[dask]'") from exc
    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise GwrError(f"{url}: no fsspec filesystem for this URL ({exc})") from exc
    return fs, root


def _url(fs: Any, path: str) -> str:
    return str(fs.unstrip_protocol(path))


def walk(url: str) -> Iterator[tuple[str, int] | Failure]:
    """(URL, size) of every file under ``url`` (itself when it is a file), sorted; hidden
    files and folders (a part starting with ``.``) are passed over, as in a local walk."""
    fs, root = _fs(url)
    try:
        if not fs.exists(root):
            yield Failure(Provenance(url), "not_found", "no such file or folder")
            return
        if fs.isfile(root):
            yield url, int(fs.size(root) or 0)
            return
        found = fs.find(root, detail=True)
    except OSError as exc:
        yield Failure(Provenance(url), "unreadable", str(exc))
        return
    for path in sorted(found):
        rel = path[len(root) :].strip("/")
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        yield _url(fs, path), int(found[path].get("size") or 0)


def read(url: str) -> bytes:
    fs, path = _fs(url)
    with fs.open(path, "rb") as fh:
        data: bytes = fh.read()
    return data


def sha256(url: str) -> str | None:
    try:
        return hashlib.sha256(read(url)).hexdigest()
    except (OSError, GwrError):
        return None  # the worker reports why


def name(url: str) -> str:
    """The file name of ``url`` (what the format sniffing reads)."""
    return url.rstrip("/").rsplit("/", 1)[-1]
