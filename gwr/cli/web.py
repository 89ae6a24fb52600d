"""gwr serve: the web app and REST API over a corpus database (``gwr.web``, docs/web.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from gwr.cli.options import DbOpt
from gwr.cli.output import note


def serve(
    db: DbOpt = "gwr.db",
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=32, help="Server processes.")] = 1,
) -> None:
    """Browse, search, chart and check the corpus in a browser (and serve the JSON API)."""
    import os

    import uvicorn

    from gwr.web import create_app

    app = create_app(db)  # opens (and upgrades) the database once, failing early when it is not there
    shown = f"[{host}]" if ":" in host else host
    note(f"gwr serve: {db} at http://{shown}:{port}/ (API at /api/documents, schema at /openapi.json)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        note("warning: bound beyond loopback; anyone who can reach this address can add corrections")
    options = {"host": host, "port": port, "log_level": "warning", "timeout_keep_alive": 5}
    if workers == 1:
        uvicorn.run(app, **options)  # type: ignore[arg-type]
    else:  # each worker process builds its own app from GWR_WEB_DB
        os.environ["GWR_WEB_DB"] = str(db)
        uvicorn.run("gwr.web.app:from_environment", factory=True, workers=workers, **options)  # type: ignore[arg-type]


COMMANDS = (serve,)
