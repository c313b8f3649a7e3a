"""The FastAPI application: HTML pages and their JSON twins over one store.

`create_app` wires the pieces: security headers and CSRF cookie (security.py), one store
connection per worker thread (sqlite3 connections must not be shared between threads
at once), the ingest job runner (jobs.py), and the page and API routes (pages.py, api.py).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import ManysidesError, StoreBusyError
from ..present._view import (date_range, digest_note, fmt_interval, fmt_quantity, fmt_slant, one_line, safe,
                             voice_count, web_url)
from ..store import Store
from . import render
from .cache import Memo, PageCache
from .head import HeadAsGet
from .jobs import JobManager
from .security import SecurityHeaders, Refused, csrf_token, is_loopback, new_token

MB = 1024 * 1024


@dataclass(frozen=True)
class WebConfig:
    db: str
    token: str | None  # required for writes when set
    allow_private_urls: bool = False
    max_upload_bytes: int = 5 * MB  # per file, per pasted text, per fetched page
    max_files: int = 20  # files per request
    max_urls: int = 20  # URLs per request

    @property
    def max_request_bytes(self) -> int:
        return self.max_files * self.max_upload_bytes + MB


class _Stores(threading.local):
    store: Store | None = None


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    allow_private_urls: bool = False,
    host: str = "127.0.0.1",
    max_upload_bytes: int = 5 * MB,
    max_files: int = 20,
    max_urls: int = 20,
) -> FastAPI:
    """The web app over the store at `db`.

    Writes need `token` when it is given; when `host` is not a loopback address and no
    token is given, one is generated (read it from `app.state.config.token`).
    """
    if token is None and not is_loopback(host):
        token = new_token()
    config = WebConfig(str(db), token or None, allow_private_urls, max_upload_bytes, max_files, max_urls)
    app = FastAPI(
        title="manysides",
        summary="One news story from every side: stories, comparisons and articles as JSON.",
        version="0.1.0",
        docs_url=None,  # Swagger UI loads from a CDN and runs inline script; see /api-docs
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.config = config
    app.state.jobs = JobManager(config.db, allow_private_urls=allow_private_urls, fetch_max_bytes=max_upload_bytes)
    app.state.stores = _Stores()
    app.state.templates = _templates()
    app.state.cache = PageCache()
    app.state.index = Memo()
    Store(config.db).close()  # create the file (and fail early on a bad path)

    app.add_middleware(SecurityHeaders, max_body=config.max_request_bytes)
    if is_loopback(host):
        # No token guards a loopback server, so refuse other Host names: a web page whose
        # domain is re-pointed at 127.0.0.1 (DNS rebinding) must not reach the app.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK_NAMES))
    app.add_middleware(HeadAsGet)  # added last, so outermost: HEAD is GET for every layer inside

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(ManysidesError)
    async def manysides_error(request: Request, exc: ManysidesError):
        if isinstance(exc, StoreBusyError):  # not the client's fault (400), and not its business whose process
            response = _error(request, 503, "the store is busy: another process is writing to it; try again in a "
                              "moment")
            response.headers["Retry-After"] = "5"
            return response
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404 and exc.detail == "Not Found":  # no route: say where things are
            return _error(request, 404, f"no page at {one_line(request.url.path, 120)}: the stories are at /, "
                          "their JSON at /api/stories, and the API is described at /api-docs")
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        return _error(request, 422, _invalid_line(first))

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("manysides.web", "static")]), name="static")
    return app


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI):
    # The story list's index takes seconds on a large store: build it while the server
    # starts, not while the first reader of the list waits (a request meanwhile waits for
    # this build instead of starting its own).
    threading.Thread(target=_warm_story_index, args=(app,), name="manysides-warm-index", daemon=True).start()
    yield
    app.state.jobs.shutdown()


def _warm_story_index(app: FastAPI) -> None:
    from .cache import stories_key

    try:
        with Store(app.state.config.db) as store:
            _story_index(app, store, stories_key(store))
    except Exception:  # a failed warm-up only means the first list request builds it
        logging.getLogger("manysides").exception("building the story index at start failed")


def store_of(request: Request) -> Store:
    """This thread's connection to the app's store (opened on first use)."""
    local: _Stores = request.app.state.stores
    if local.store is None:
        local.store = Store(request.app.state.config.db)
    return local.store


def config_of(request: Request) -> WebConfig:
    return request.app.state.config


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the request's CSRF token and the config at hand."""
    return HTMLResponse(render_page(request, name, **context), status_code=status)


def render_page(request: Request, name: str, **context: Any) -> str:
    env: Environment = request.app.state.templates
    return env.get_template(name).render(
        request=request, csrf=csrf_token(request), need_token=config_of(request).token is not None, **context
    )


def cached(request: Request, kind: str, key: tuple | None, make: Callable[[], bytes | None]) -> bytes | None:
    """The body `make()` returns, kept in the app's cache under (kind, key) when key is not None."""
    if key is None:
        return make()
    return request.app.state.cache.get((kind, key), make)


def story_index_of(request: Request, store: Store, key: tuple):
    """The story index for this version of the stories (`key`), made once per version
    from the previous version's."""
    return _story_index(request.app, store, key)


def _story_index(app: FastAPI, store: Store, key: tuple):
    from . import queries

    return app.state.index.get(key, lambda previous: queries.story_index(store, previous))


def _error(request: Request, status: int, message: str):
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"error": message}, status_code=status)
    return page(request, "error.html", status=status, status_code=status, message=message)


def _invalid_line(error: dict) -> str:
    """One line for a request FastAPI could not validate, in the API's words where its own
    ("body.0: JSON decode error") would leave a user guessing."""
    loc = tuple(error.get("loc", ()))
    kind = error.get("type", "")
    where = ".".join(str(p) for p in loc)
    if kind == "json_invalid":
        why = one_line(str((error.get("ctx") or {}).get("error", "")), 80)
        return (f"the request body is not valid JSON{f' ({why})' if why else ''}: send one JSON object, "
                'e.g. {"urls": ["https://example.org/story"]}')
    if loc == ("body",) and kind in ("model_attributes_type", "dict_type", "missing"):
        return ("the request body must be one JSON object with texts, documents or urls, sent as "
                "content-type: application/json (files go to /api/jobs/upload as a form); see /api-docs")
    if kind == "extra_forbidden":
        return f"{where}: no such field (the fields are listed at /api-docs)"
    return f"{where}: {error.get('msg', 'invalid value')}"


def _shown_safe(value: object) -> object:
    """Every string a page prints loses control characters and direction overrides (as in
    the static report); markup we built ourselves already went through `safe`."""
    return safe(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("manysides.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown_safe,
    )
    env.filters["line"] = lambda s, n=None: one_line(s, n)
    # a refused form comes back as the user typed it (escaped, but line ends and all kept:
    # the browser sends CR LF, which `safe` would turn into U+FFFD on the next submit)
    env.filters["as_typed"] = lambda s: Markup(escape(s or ""))
    env.filters["code_spans"] = code_spans
    env.filters["weburl"] = web_url
    env.globals.update(date_range=date_range, fmt_quantity=fmt_quantity, fmt_interval=fmt_interval, fmt_slant=fmt_slant,
                       digest_note=digest_note,
                       dict=dict)
    env.globals["coverage_svg"] = render.coverage_svg
    env.globals["mini_bar"] = render.mini_bar
    env.globals["highlight"] = render.highlight
    env.globals["unique_item"] = render.unique_item
    env.globals["voice_count"] = voice_count
    return env


def code_spans(text: str | None) -> Markup:
    """Text, escaped, with its `backticked` words set as code (API descriptions are
    written in Markdown's inline-code style)."""
    escaped = str(escape(one_line(text or "")))
    return Markup(re.sub(r"`([^`<>]+)`", r"<code>\1</code>", escaped))
