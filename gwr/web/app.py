"""app: the FastAPI application of ``gwr serve``: pages (Jinja2) and the JSON/CSV API.

Every handler parses its parameters (names through ``gwr.names``: a bad one is a 400 with a
JSON error), calls one library function, and renders or serialises the result. Handlers are
plain ``def``: they run in the server's thread pool (``THREADS``), each thread with its own
read-only connection (and a writable one for corrections, opened on first use). GET answers
are kept while the database is unchanged (``gwr.web.cache``).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from fastapi import Body, FastAPI, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from gwr.types import Failure, GwrError
from gwr.web.cache import Answers, ResponseCache

if TYPE_CHECKING:
    import pandas as pd

    from gwr.names import Selection
    from gwr.store.corpus import Corpus
    from gwr.store.pool import Solo
    from gwr.store.reader import StoredDocument

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 20 * 1024 * 1024  # bytes
EXTRACT_SECONDS = 60.0
MAX_LIMIT = 1000
# threads running the handlers (each with its own connections); answers kept by gwr.web.cache
# need none, and on 2 cores more threads only wait for one another
THREADS = 8
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
T = TypeVar("T")


class ApiError(Exception):
    """A client error with its HTTP status, sent as ``{"error": message}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class CorrectionIn(BaseModel):
    """A check of one figure: its document (id or sha256) and span, what to do, and the new values."""

    document_id: int | None = Field(None, ge=1, le=2**62)
    sha256: str | None = Field(None, min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")
    start: int = Field(ge=0, le=2**40)
    end: int = Field(ge=1, le=2**40)
    action: str = Field(description="confirm, correct, reject or add", max_length=20)
    changes: dict[str, str | int | float | None] = Field(default_factory=dict, max_length=20)
    author: str = Field("anonymous", max_length=200)
    note: str | None = Field(None, max_length=2000)


class Store:
    """Connections to one database: a read-only one per thread, a writable one per thread on demand."""

    def __init__(self, db: str | Path) -> None:
        from gwr import Corpus

        self.db = db
        Corpus(db).close()  # fails early (no database) and upgrades an older schema once
        self._local = threading.local()

    def _open(self, attr: str, read_only: bool) -> Corpus:
        from gwr import Corpus

        corpus: Corpus | None = getattr(self._local, attr, None)
        if corpus is None:
            corpus = Corpus(self.db, read_only=True) if read_only else Corpus(self.db)
            setattr(self._local, attr, corpus)
        return corpus

    @property
    def read(self) -> Corpus:
        return self._open("reader", True)

    @property
    def write(self) -> Corpus:
        return self._open("writer", False)

    def stamp(self) -> object:
        """The database's change stamp (``gwr.store.reader.change_stamp``)."""
        from gwr.store.reader import change_stamp

        return change_stamp(self.read)


# ------------------------------------------------------------------ parameters


def _call(fn: Callable[[], T]) -> T:
    """Run a name lookup; a bad name is a 400."""
    from gwr.names import BadName

    try:
        return fn()
    except BadName as exc:
        raise ApiError(400, str(exc)) from None


def _select(**names_given: Any) -> Selection:
    """The options of a request resolved by ``gwr.names.select`` (as the CLI resolves its own);
    a bad name is a 400."""
    from gwr.names import select

    return _call(lambda: select(**names_given))


def _fmt(value: str) -> str:
    if value not in ("json", "csv"):
        raise ApiError(400, f"format must be json or csv, not {value[:20]!r}")
    return value


def _table(frame: pd.DataFrame, fmt: str, limit: int, offset: int, name: str) -> Response:
    """One page of a table as JSON ``{total, limit, offset, items}`` or as CSV (the page only)."""
    from gwr.store.reader import records

    part = records(frame.iloc[offset : offset + limit])
    return _answer(len(frame), part, [str(c) for c in frame.columns], fmt, limit, offset, name)


def _answer(
    total: int, rows: list[dict[str, Any]], columns: list[str], fmt: str, limit: int, offset: int, name: str
) -> Response:
    """One page of rows (plain dicts) as JSON ``{total, limit, offset, items}`` or as CSV."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": rows})


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows to return.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")]
Fmt = Annotated[str, Query(description="json or csv.", max_length=10)]
RegionQ = Annotated[list[str] | None, Query(description="Region code or name (repeatable).", max_length=50)]
YearQ = Annotated[list[str] | None, Query(description="Year or range 2015-2020 (repeatable).", max_length=50)]
LevelQ = Annotated[
    str | None, Query(description="national, province, city, county, district.", max_length=40)
]
DocId = Annotated[int, PathParam(ge=1, le=2**62, description="A document id as listed by /api/documents.")]


# ------------------------------------------------------------------ the app


def create_app(db: str | Path, *, title: str = "gwr", extract_seconds: float = EXTRACT_SECONDS) -> FastAPI:
    """The app over the corpus database ``db`` (which must exist); an upload's extraction
    stops after ``extract_seconds``."""
    from gwr.ingest.budget import Budget
    from gwr.store.pool import Solo
    from gwr.web.uploads import extract_input

    store = Store(db)
    extractor = Solo(extract_input, Budget(seconds=extract_seconds))

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        threading.Thread(target=_warm, args=(templates,), name="gwr-warm", daemon=True).start()
        try:
            yield
        finally:
            app.state.extractor.close()

    app = FastAPI(
        title=f"{title}: government work reports",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    templates.env.globals["features"] = _features
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.store = store
    app.state.extractor = extractor  # the worker process of /extract and /api/extract

    def page(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=code)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and request.url.path != "/openapi.json"

    # ------------------------------------------------------------ errors and headers

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_UPLOAD + 64 * 1024):
            return JSONResponse({"error": f"request body over {MAX_UPLOAD // 2**20} MB"}, status_code=413)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    # outermost: answers GETs it kept while the database is unchanged (gwr.web.cache)
    app.state.answers = Answers()
    app.add_middleware(ResponseCache, stamp=store.stamp, answers=app.state.answers)

    def error(request: Request, status: int, message: str) -> Response:
        if wants_html(request):
            return page(request, "error.html", status, status=status, message=message)
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error(request, exc.status, exc.message)

    @app.exception_handler(GwrError)
    async def gwr_error(request: Request, exc: GwrError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors()[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return error(request, 500, f"internal error ({type(exc).__name__})")

    # ------------------------------------------------------------ pages

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, level: LevelQ = None, province: str | None = None) -> HTMLResponse:
        from gwr.store.reader import coverage, records

        chosen = _select(level=level, regions=[province or ""])
        lvl, prov = chosen.level, chosen.codes[0] if chosen.codes else None
        corpus = store.read
        cells = coverage(corpus, lvl, prov)
        docs = corpus.documents()
        years = sorted({int(y) for y in cells["year"]}) if not cells.empty else []
        grid: dict[str, dict[str, Any]] = {}
        for r in cells.to_dict("records"):
            row = grid.setdefault(
                r["region_code"], {"name": r["region_name"], "level": r["level"], "cells": {}}
            )
            row["cells"][int(r["year"])] = r
        provinces = docs[docs["level"] == "province"][["region_code", "region_name"]].drop_duplicates()
        return page(
            request,
            "overview.html",
            grid=grid,
            years=years,
            total=len(docs),
            mentions=int(corpus.status().mentions),
            regions=len(grid),
            level=lvl or "",
            province=prov or "",
            provinces=provinces.to_dict("records"),
            levels=["national", "province", "city", "county", "district"],
            documents=records(docs),
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def viewer(request: Request, doc_id: DocId, hit: str | None = Query(None, max_length=40)) -> HTMLResponse:
        from gwr.store.reader import document

        doc = document(store.read, doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id}")
        return page(request, "viewer.html", **_viewer_context(doc, _hit(hit), stored=True))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: str = Query("", max_length=200),
        region: RegionQ = None,
        year: YearQ = None,
        level: LevelQ = None,
    ) -> HTMLResponse:
        hits = None
        if q.strip():
            chosen = _select(level=level, regions=region, years=year)
            frame = store.read.search(
                q, regions=chosen.codes, years=chosen.years, level=chosen.level, limit=50, per_doc=3
            )
            hits = frame.to_dict("records")
        return page(
            request,
            "search.html",
            q=q,
            hits=hits,
            region=(region or [""])[0],
            year=(year or [""])[0],
            level=level or "",
            levels=["national", "province", "city", "county", "district"],
        )

    @app.get("/panel", response_class=HTMLResponse, include_in_schema=False)
    def panel_page(
        request: Request,
        indicator: str = Query("gdp", max_length=60),
        measure: str = Query("growth", max_length=30),
        region: RegionQ = None,
        level: LevelQ = None,
    ) -> HTMLResponse:
        from gwr.store.verified import panel_lines
        from gwr.taxonomy import indicators

        chosen = _select(indicator=indicator, measure=measure, level=level, regions=region)
        ind, meas, lvl = chosen.indicator or "gdp", chosen.measure or "growth", chosen.level
        rows = panel_lines(store.read, ind, meas, lvl, chosen.codes).to_dict("records")
        return page(
            request,
            "panel.html",
            indicator=ind,
            measure=meas,
            region=", ".join(region or []),
            regions=region or [],
            level=lvl or "",
            rows=rows,
            indicators=[(i.id, i.name) for i in indicators()],
            measures=["level", "growth", "rate", "share", "pp_change", "ratio"],
            levels=["national", "province", "city", "county", "district"],
        )

    @app.get("/scorecard", response_class=HTMLResponse, include_in_schema=False)
    def scorecard_page(request: Request, region: RegionQ = None, year: YearQ = None) -> HTMLResponse:
        chosen = _select(regions=region, years=year)
        frame = _scorecard(store.read, chosen.codes, chosen.years)
        return page(
            request,
            "table.html",
            title="Scorecard",
            available=frame is not None,
            what="the scorecard (targets paired with outcomes)",
            rows=[] if frame is None else frame.head(2000).to_dict("records"),
            columns=[] if frame is None else _shown(frame, SCORECARD_COLUMNS),
            region=(region or [""])[0],
            year=(year or [""])[0],
            action="/scorecard",
        )

    @app.get("/projects", response_class=HTMLResponse, include_in_schema=False)
    def projects_page(request: Request, region: RegionQ = None) -> HTMLResponse:
        frame = _projects(store.read, _select(regions=region).codes)
        return page(
            request,
            "table.html",
            title="Projects",
            available=frame is not None,
            what="the projects timeline",
            rows=[] if frame is None else frame.head(2000).to_dict("records"),
            columns=[] if frame is None else list(frame.columns),
            region=(region or [""])[0],
            year="",
            action="/projects",
        )

    @app.get("/corrections", response_class=HTMLResponse, include_in_schema=False)
    def corrections_page(request: Request) -> HTMLResponse:
        from gwr.store.corrections import check

        return page(request, "corrections.html", checked=check(store.read))

    @app.get("/extract", response_class=HTMLResponse, include_in_schema=False)
    def extract_form(request: Request) -> HTMLResponse:
        return page(request, "extract.html", max_mb=MAX_UPLOAD // 2**20)

    @app.post("/extract", response_class=HTMLResponse, include_in_schema=False)
    async def extract_page(
        request: Request,
        text: Annotated[str | None, Form(max_length=MAX_UPLOAD)] = None,
        file: Annotated[UploadFile | None, File()] = None,
        store_it: Annotated[bool, Form(alias="store")] = False,
    ) -> Response:
        doc = await _extracted(app.state.extractor, text, file)
        if store_it:
            doc_id = await asyncio.to_thread(_store_document, store, doc)
            return RedirectResponse(f"/documents/{doc_id}", status_code=303)
        from gwr.store.reader import from_document

        return page(request, "viewer.html", **_viewer_context(from_document(doc), None, stored=False))

    # ------------------------------------------------------------ API

    @app.get("/api/documents", tags=["documents"])
    def api_documents(
        limit: Limit = 100,
        offset: Offset = 0,
        level: LevelQ = None,
        region: RegionQ = None,
        year: YearQ = None,
        format: Fmt = "json",
    ) -> Response:
        """Canonical documents (metadata, no text), filtered; ``id`` is the document's address."""
        from gwr.frames import keep_rows

        fmt = _fmt(format)
        frame = store.read.documents()
        chosen = _select(level=level, regions=region, years=year)
        codes, years, lvl = chosen.codes, chosen.years, chosen.level
        if codes or years or lvl:
            frame = keep_rows(
                frame.rename(columns={"report_year": "year"}), regions=codes, years=years, level=lvl
            )
            frame = frame.rename(columns={"year": "report_year"})
        return _table(frame, fmt, limit, offset, "documents")

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: DocId) -> Response:
        """One document: metadata with evidence, warnings, outline, removed noise, figures and text."""
        from gwr.store.reader import document

        doc = document(store.read, doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id}")
        return JSONResponse(doc.record())

    @app.get("/api/mentions", tags=["figures"])
    def api_mentions(
        document_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
        indicator: Annotated[str | None, Query(max_length=60)] = None,
        measure: Annotated[str | None, Query(max_length=30)] = None,
        status: Annotated[str | None, Query(max_length=30)] = None,
        level: LevelQ = None,
        region: RegionQ = None,
        year: YearQ = None,
        limit: Limit = 100,
        offset: Offset = 0,
        format: Fmt = "json",
    ) -> Response:
        """Figures with corrections applied and a ``verified`` column (extracted/confirmed/corrected)."""
        from gwr.store.verified import Filters, mention_columns, mention_page, verified_rows

        fmt = _fmt(format)
        chosen = _select(
            indicator=indicator, measure=measure, status=status, level=level, regions=region, years=year
        )
        ind, meas, stat = chosen.indicator, chosen.measure, chosen.status
        if document_id is not None:
            rows = [
                r
                for r in verified_rows(store.read, document_id)
                if all(
                    v is None or r[k] == v
                    for k, v in (("indicator", ind), ("measure", meas), ("status", stat))
                )
            ]
            total, rows = len(rows), rows[offset : offset + limit]
        else:
            wanted = Filters.of(ind, meas, stat, chosen.level, chosen.codes, chosen.years)
            total, rows = mention_page(store.read, wanted, limit, offset)
        columns = [*mention_columns(store.read), "verified"]
        return _answer(total, rows, columns, fmt, limit, offset, "mentions")

    @app.get("/api/search", tags=["search"])
    def api_search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="Words; spaces separate phrases.")],
        region: RegionQ = None,
        year: YearQ = None,
        level: LevelQ = None,
        per_doc: Annotated[int, Query(ge=1, le=20)] = 1,
        limit: Limit = 20,
        offset: Offset = 0,
        format: Fmt = "json",
    ) -> Response:
        """Full-text search, best documents first, with keyword-in-context lines."""
        fmt = _fmt(format)
        if not q.strip():
            raise ApiError(400, "q is empty")
        chosen = _select(level=level, regions=region, years=year)
        frame = store.read.search(
            q,
            regions=chosen.codes,
            years=chosen.years,
            level=chosen.level,
            limit=min(offset + limit, 5000),
            per_doc=per_doc,
        )
        return _table(frame, fmt, limit, offset, "search")

    @app.get("/api/panel", tags=["figures"])
    def api_panel(
        indicator: Annotated[str, Query(min_length=1, max_length=60)],
        measure: Annotated[str, Query(max_length=30)] = "growth",
        status: Annotated[str, Query(max_length=30)] = "target",
        level: LevelQ = None,
        region: RegionQ = None,
        year: YearQ = None,
        limit: Limit = 1000,
        offset: Offset = 0,
        format: Fmt = "json",
    ) -> Response:
        """One figure per region and year (corrections applied, ``verified`` column)."""
        from gwr.store.verified import verified_panel

        fmt = _fmt(format)
        chosen = _select(
            indicator=indicator, measure=measure, status=status, level=level, regions=region, years=year
        )
        ind, meas, stat = chosen.indicator, chosen.measure, chosen.status
        if ind is None or meas is None or stat is None:
            raise ApiError(400, "give indicator, measure and status")
        frame = verified_panel(
            store.read, ind, meas, stat, level=chosen.level, regions=chosen.codes, years=chosen.years
        )
        return _table(frame, fmt, limit, offset, f"panel_{ind}_{meas}_{stat}")

    @app.get("/api/scorecard", tags=["figures"])
    def api_scorecard(
        region: RegionQ = None,
        year: YearQ = None,
        limit: Limit = 1000,
        offset: Offset = 0,
        format: Fmt = "json",
    ) -> Response:
        """Targets with verdicts and margins, linked to both reports (404 when this gwr has no scorecard)."""
        fmt = _fmt(format)
        chosen = _select(regions=region, years=year)
        frame = _scorecard(store.read, chosen.codes, chosen.years)
        if frame is None:
            raise ApiError(404, "the scorecard is not available in this version of gwr")
        return _table(frame, fmt, limit, offset, "scorecard")

    @app.get("/api/corrections", tags=["corrections"])
    def api_corrections(limit: Limit = 100, offset: Offset = 0, format: Fmt = "json") -> Response:
        """Every correction with its ``state``: ok, or orphaned (no_document, text_changed)."""
        import pandas as pd

        from gwr.store.corrections import check

        fmt = _fmt(format)
        rows = [
            {
                **x.correction.record(),
                "changes": json.dumps(x.correction.changes, ensure_ascii=False),
                "state": x.state,
                "document_id": x.document_id,
            }
            for x in check(store.read)
        ]
        frame = pd.DataFrame(
            rows,
            columns=[
                "sha256",
                "start",
                "end",
                "raw",
                "action",
                "changes",
                "author",
                "created_at",
                "note",
                "state",
                "document_id",
            ],
        )
        if fmt == "json":
            frame["changes"] = [json.loads(c) for c in frame["changes"]]
        return _table(frame, fmt, limit, offset, "corrections")

    @app.post("/api/corrections", tags=["corrections"], status_code=201)
    def api_correct(body: Annotated[CorrectionIn, Body()]) -> JSONResponse:
        """Confirm, correct, reject a figure, or add one the extractor missed (by its span)."""
        from gwr.store import corrections, reader

        corpus = store.write
        sha = body.sha256
        if body.document_id is not None:
            found = reader.document_sha(corpus, body.document_id)
            if found is None:
                raise ApiError(404, f"no document {body.document_id}")
            sha = found
        if sha is None:
            raise ApiError(422, "give document_id or sha256")
        if body.end <= body.start:
            raise ApiError(422, "end must be after start")
        c = corrections.save(
            corpus, sha, body.start, body.end, body.action, body.changes, author=body.author, note=body.note
        )
        return JSONResponse(c.record(), status_code=201)

    @app.delete("/api/corrections", tags=["corrections"])
    def api_uncorrect(
        sha256: Annotated[str, Query(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")],
        start: Annotated[int, Query(ge=0, le=2**40)],
        end: Annotated[int, Query(ge=1, le=2**40)],
    ) -> JSONResponse:
        """Remove the correction of one span."""
        from gwr.store import corrections

        if not corrections.delete(store.write, sha256, start, end):
            raise ApiError(404, "no correction of that span")
        return JSONResponse({"deleted": True})

    @app.post("/api/extract", tags=["extract"])
    async def api_extract(
        text: Annotated[str | None, Form(max_length=MAX_UPLOAD)] = None,
        file: Annotated[UploadFile | None, File()] = None,
        store_it: Annotated[bool, Form(alias="store")] = False,
    ) -> JSONResponse:
        """Extract a pasted text or an uploaded file (at most 20 MB); stored only when ``store`` is true."""
        from gwr.store.reader import from_document

        doc = await _extracted(app.state.extractor, text, file)
        out = from_document(doc).record()
        if store_it:
            out["id"] = await asyncio.to_thread(_store_document, store, doc)
        return JSONResponse(out)

    return app


def from_environment() -> FastAPI:
    """The app over ``$GWR_WEB_DB`` (how ``gwr serve --workers N`` starts each worker)."""
    import os

    return create_app(os.environ.get("GWR_WEB_DB", "gwr.db"))


# ------------------------------------------------------------------ helpers


# the scorecard columns a reader scans (the API and CSV give them all)
SCORECARD_COLUMNS = (
    "region_name",
    "year",
    "horizon",
    "indicator",
    "label",
    "measure",
    "aggregate",
    "comparator",
    "target_raw",
    "target_doc",
    "target_verified",
    "actual_raw",
    "actual_doc",
    "actual_verified",
    "verdict",
    "margin_text",
    "basis",
)


def _shown(frame: pd.DataFrame, preferred: tuple[str, ...]) -> list[str]:
    chosen = [c for c in preferred if c in frame.columns]
    return chosen if len(chosen) >= 5 else list(frame.columns)


def _features() -> dict[str, bool]:
    from gwr.store.corpus import Corpus

    return {"scorecard": hasattr(Corpus, "scorecard"), "projects": hasattr(Corpus, "projects")}


def _scorecard(corpus: Corpus, regions: list[str] | None, years: list[int] | None) -> pd.DataFrame | None:
    make = getattr(corpus, "scorecard", None)
    if make is None:
        return None
    frame: pd.DataFrame = make(regions, years)
    return frame


def _projects(corpus: Corpus, regions: list[str] | None) -> pd.DataFrame | None:
    make = getattr(corpus, "projects", None)
    if make is None:
        return None
    frame: pd.DataFrame = make(regions)
    return frame


def _warm(templates: Jinja2Templates) -> None:
    """Load what a first request would otherwise wait for, while the server starts: pandas
    (seconds to import), the search segmenter's dictionary and the compiled templates."""
    import pandas  # noqa: F401  (imported for its side effect: loaded once, here)

    from gwr import search_tokens

    search_tokens.segment("政府工作报告地区生产总值")
    search_tokens.query_parts("生产总值")
    for name in templates.env.list_templates(extensions=["html"]):
        templates.env.get_template(name)


def _hit(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    start, _, end = value.partition("-")
    if not (start.isdigit() and end.isdigit()) or len(value) > 30:
        raise ApiError(400, "hit must be START-END")
    return int(start), int(end)


async def _extracted(extractor: Solo, text: str | None, file: UploadFile | None) -> Any:
    """The Document of a pasted text or an uploaded file, extracted in the app's worker process
    (``gwr.web.uploads``): past the time limit the worker is stopped and the answer is a 503."""
    from gwr.store.pool import TooLong
    from gwr.web.uploads import Input

    task: Input
    if file is not None and file.filename:
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise ApiError(413, f"file over {MAX_UPLOAD // 2**20} MB")
        # the name picks the format only; never opened
        task = ("file", data, Path(file.filename).name or "upload.txt")
    elif text is not None and text.strip():
        task = ("text", text, "<pasted>")
    else:
        raise ApiError(400, "paste a text or choose a file")
    try:
        items = await asyncio.to_thread(extractor.run, task)
    except TooLong:
        raise ApiError(
            503, f"extraction stopped after {extractor.budget.seconds:g} s (the limit of the app): {task[2]}"
        ) from None
    except RuntimeError as exc:
        raise ApiError(400, f"could not read the input: {exc}") from None
    docs = [x for x in items if not isinstance(x, Failure)]
    if not docs:
        why = items[0].message if items else "no document found"
        raise ApiError(400, f"could not read the input: {why}")
    return docs[0]


def _store_document(store: Store, doc: Any) -> int:
    from gwr.store.corrections import document_by_sha

    corpus = store.write
    corpus.add([doc])
    found = document_by_sha(corpus, doc.raw.sha256)
    if found is None:
        raise ApiError(400, "the document could not be stored")
    return found


def _viewer_context(doc: StoredDocument, hit: tuple[int, int] | None, *, stored: bool) -> dict[str, Any]:
    from gwr.web.view import pieces

    figures = doc.mentions
    noise = [(n.at, n.rule, n.text) for n in doc.noise]
    return {
        "doc": doc,
        "info": doc.info,
        "figures": figures,
        "pieces": pieces(doc.text, figures, doc.sections, noise, hit),
        "sections": doc.sections,
        "evidence": [
            (k, v, doc.text[int(v["start"]) : int(v["end"])]) for k, v in sorted(doc.evidence.items())
        ],
        "warnings": doc.warnings,
        "stored": stored,
        "counts": {
            s: sum(1 for f in figures if f.get("status") == s) for s in ("target", "actual", "estimate")
        },
        "noise_count": len(noise),
    }
