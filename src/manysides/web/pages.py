"""The HTML pages. Each calls the same query function as its JSON twin in api.py."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..present._view import one_line
from . import queries
from .api import filters, from_prefix as _from_prefix
from .app import cached, config_of, page, render_page, store_of, story_index_of
from .cache import article_key, stories_key, story_key
from .security import check_write
from .submit import SubmitError, from_form

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, q: str = Query(""), date_from: str = Query("", alias="from"),
                 date_to: str = Query("", alias="to"), outlet: str = Query(""), leaning: str = Query(""),
                 limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                 sort: str = Query("")) -> HTMLResponse:
    f = filters(q, date_from, date_to, outlet, leaning, limit, offset, sort)
    store = store_of(request)
    key = stories_key(store)
    body = cached(request, "list.html", (f, key), lambda: _stories_html(request, store, f, key))
    return HTMLResponse(body)


def _stories_html(request: Request, store, f: queries.StoryFilters, key: tuple) -> bytes:
    q, date_from, date_to, outlet, leaning, limit, offset = (
        f.q, f.date_from, f.date_to, f.outlet, f.leaning, f.limit, f.offset)
    listing = queries.list_stories(store, f, story_index_of(request, store, key))
    base = {"q": q, "from": date_from, "to": date_to, "outlet": outlet, "leaning": leaning, "limit": limit,
            "sort": f.sort}
    base = {k: v for k, v in base.items() if v not in ("", 50)}
    more = urlencode({**base, "offset": offset + limit}) if offset + limit < listing.total else None
    back = urlencode({**base, "offset": max(0, offset - limit)}) if offset else None
    if offset >= listing.total:  # past the end: "newer" would lead to another empty page
        back = None
    return render_page(request, "stories.html", listing=listing, f=f, more=more, back=back, first_page=urlencode(base),
                       title=list_title(f),
                       api_url="/api/stories" + ("?" + urlencode({**base, "offset": offset}) if base or offset else "")
                       ).encode()


def list_title(f: queries.StoryFilters) -> str:
    """The list page's title names its search and filters, so a tab, a bookmark and the
    browser's history tell one list from another: "“biden” · Reuters · Stories"."""
    parts = []
    if f.q.strip():
        parts.append(f"“{one_line(f.q, 60)}”")
    if f.outlet.strip():
        parts.append(one_line(f.outlet, 60))
    if f.leaning:
        parts.append(f"covered by {one_line(f.leaning, 20)}")
    if f.date_from or f.date_to:
        parts.append(" to ".join(one_line(d, 20) for d in (f.date_from or "…", f.date_to or "…")))
    if f.offset:
        parts.append(f"from story {f.offset + 1}")
    return " · ".join([*parts, "Stories"])


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    store = store_of(request)

    def make() -> bytes | None:
        found = queries.story_page(store, story_id)
        if found is None:
            return None
        return render_page(request, "story.html", p=found, v=found.view, anchor=queries.anchor).encode()

    body = cached(request, "story.html", story_key(store, story_id), make)
    if body is None:
        into = store.merged_into(story_id)
        if into:  # a bookmarked or cited story that was merged into another: go there
            return RedirectResponse(f"/stories/{quote(into)}", status_code=301)
        return _from_prefix(store, "story", story_id, "/stories/")
    return HTMLResponse(body)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = store_of(request)

    def make() -> bytes | None:
        found = queries.article_page(store, article_id)
        if found is None:
            return None
        kinds = sorted({s.kind for s in found.spans})
        return render_page(request, "article.html", p=found, a=found.article, kinds=kinds).encode()

    body = cached(request, "article.html", article_key(store, article_id), make)
    if body is None:
        return _from_prefix(store, "article", article_id, "/articles/")
    return HTMLResponse(body)


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request) -> HTMLResponse:
    return page(request, "add.html", problems=[], form={}, config=config_of(request))


@router.post("/add")
async def add_submit(request: Request):
    config = config_of(request)
    form = await request.form(max_files=config.max_files + 1, max_fields=50, max_part_size=config.max_upload_bytes + 1)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    check_write(request, fields, config.token)
    try:
        given = await from_form(form, config)
    except SubmitError as exc:
        kept = {k: v for k, v in fields.items() if k not in ("token", "csrf_token")}
        return page(request, "add.html", status=400, problems=exc.problems, form=kept, config=config)
    job = request.app.state.jobs.submit(given)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> HTMLResponse:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such job (jobs are forgotten when the server restarts)")
    data = job.to_json()
    titles, articles = {}, {}
    if data["stories"]:
        titles = {s.id: s.title for s in store_of(request).stories(data["stories"])}
    if data["articles"]:  # what a reader recognises: outlet and headline, not a hash
        articles = {a.id: f"{a.outlet or 'unknown outlet'}: {a.title or one_line(a.text, 80)}"
                    for a in store_of(request).articles(data["articles"][:JOB_ARTICLES_SHOWN])}
    return page(request, "job.html", job=data, titles=titles, articles=articles, shown=JOB_ARTICLES_SHOWN)


JOB_ARTICLES_SHOWN = 200


def _body_fields(spec: dict, op: dict) -> list[tuple[str, str, str]]:
    """(name, "body", meaning) of each field of an operation's request body schema."""
    out = []
    for content in op.get("requestBody", {}).get("content", {}).values():
        ref = content.get("schema", {}).get("$ref", "")
        schema = spec.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
        for name, field in schema.get("properties", {}).items():
            out.append((name, "body", field.get("description") or field.get("title", "")))
    return out


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a plain page (Swagger UI would need a CDN and inline script)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [(p["name"], p.get("in", ""), p.get("description", "")) for p in op.get("parameters", [])]
            params += _body_fields(spec, op)
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""), "params": params})
    return page(request, "api.html", endpoints=endpoints)
