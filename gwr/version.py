"""version: the package's version and the extractor's, a leaf module that the store and the
exports import (``gwr/__init__.py`` re-exports both: ``gwr.EXTRACTOR_VERSION``) so that no
module of the package imports the package itself.

``EXTRACTOR_VERSION`` changes when extraction gives other rows for the same input: documents
stored by another version are re-extracted by ``gwr ingest`` (``Corpus.outdated``).
"""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "2"
