"""gwr: Chinese government work reports as structured data.

    >>> import gwr
    >>> doc = gwr.extract("examples/001_73368d6ee1ea3c0d.txt")[0]
    >>> doc.meta.region_name, doc.meta.report_year

Import does nothing but install a ``logging.NullHandler`` and the finder of the
compiled build (``gwr.compiled``: it reads nothing until a submodule is imported);
heavy modules load when first used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from gwr import compiled
from gwr.version import EXTRACTOR_VERSION, __version__

__all__ = ["EXTRACTOR_VERSION", "Corpus", "__version__", "extract", "extract_text"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
compiled.install()

if TYPE_CHECKING:
    from gwr.pipeline import extract, extract_text
    from gwr.store.corpus import Corpus


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_text"):
        from gwr import pipeline

        return getattr(pipeline, name)
    if name == "Corpus":
        from gwr.store.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'gwr' has no attribute {name!r}")
