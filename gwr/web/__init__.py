"""gwr.web: a local web app and REST API over a corpus database (``gwr serve``).

Thin: every page and endpoint calls library functions (``gwr.Corpus``, ``gwr.store.reader``,
``gwr.store.corrections``, ``gwr.names``) and holds no SQL. The database is opened read-only
except for corrections (and an extracted report, when the user asks to store it). Pages are
Jinja2 templates with autoescape on; scripts are files under static/ (ECharts vendored with its
licence in static/vendor/), and a Content-Security-Policy forbids inline script.

    from gwr.web import create_app
    app = create_app("gwr.db")   # an ASGI app for uvicorn or TestClient

docs/web.md lists the pages and the API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gwr.web.app import create_app


def __getattr__(name: str) -> object:
    if name == "create_app":
        from gwr.web.app import create_app

        return create_app
    raise AttributeError(f"module 'gwr.web' has no attribute {name!r}")


__all__ = ["create_app"]
