"""The JSON API: one endpoint per page, calling the same functions the pages call."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from ..errors import InputError
from . import queries
from .app import cached, config_of, store_of, story_index_of
from .cache import article_key, stories_key, story_key
from .security import check_write
from .submit import JobRequest, SubmitError, from_form, from_json

router = APIRouter(prefix="/api", tags=["api"])


def filters(
    q: str = Query("", description="Words to search for in titles and texts: every word must occur in one of a story's articles; OR in capitals between two words lets either do; -word leaves out the stories with it; a word of 4 letters or more also finds the words it begins; text of no word (punctuation only) is no search: every story, and `note` says so."),
    date_from: str = Query("", alias="from", description="Stories whose last day is this date or later (YYYY-MM-DD): the stories that overlap from-to."),
    date_to: str = Query("", alias="to", description="Stories whose first day is this date or earlier (YYYY-MM-DD); not before from."),
    outlet: str = Query("", description="Only stories this outlet covers (exact name, any case)."),
    leaning: str = Query("", description="Only stories covered by an outlet of this leaning."),
    limit: int = Query(50, ge=1, le=500, description="How many stories to return (1-500)."),
    offset: int = Query(0, ge=0, description="How many of the matching stories to skip (paging)."),
    sort: str = Query("", description="Order: newest (the default), oldest, outlets (most independent outlets "
                      "first) or relevance (best match first, the default when searching)."),
) -> queries.StoryFilters:
    f = queries.StoryFilters(q, date_from, date_to, outlet, leaning, limit, offset, sort)
    if f.problems():
        raise HTTPException(422, "; ".join(f.problems()))
    return f


@router.get("/stories", summary="List stories, newest first, with search, filters and a choice of order")
def api_stories(request: Request, f: queries.StoryFilters = Depends(filters)) -> dict[str, Any]:
    """Each story with its outlets, its coverage by leaning (number of outlets) and a
    `blindspot` ("left"/"right") when mostly one side covers it. `q` is full-text search."""
    store = store_of(request)
    key = stories_key(store)
    body = cached(request, "list.json", (f, key),
                  lambda: _json(queries.list_stories(store, f, story_index_of(request, store, key)).to_json()))
    return Response(body, media_type="application/json")


@router.get("/stories/{story_id}", summary="One story compared across outlets")
def api_story(request: Request,
              story_id: str = Path(description="a story's id, as listed (`s-` and 12 hex digits), or its "
                                   "first characters (4 or more; a 307 to the one id they start)")) -> dict[str, Any]:
    """The same JSON as `manysides show STORY --json` (articles, the story with its shared
    points, disputed numbers, omissions, voices, framing, coverage), plus its timeline."""
    store = store_of(request)

    def make() -> bytes | None:
        found = queries.story_page(store, story_id)
        return None if found is None else _json({**found.analysis_json, "timeline": found.timeline})

    body = cached(request, "story.json", story_key(store, story_id), make)
    if body is None:
        into = store.merged_into(story_id)
        if into:  # merged into another story since: its JSON is there
            return RedirectResponse(f"/api/stories/{quote(into)}", status_code=301)
        return from_prefix(store, "story", story_id, "/api/stories/",
                           f"no story {story_id!r} in this store; list them at /api/stories")
    return Response(body, media_type="application/json")


@router.get("/articles/{article_id}", summary="One article with its annotations and findings")
def api_article(request: Request,
                article_id: str = Path(description="an article's id, as a story lists it (16 hex digits), or its "
                                     "first characters (4 or more; a 307 to the one id they start)")) -> dict[str, Any]:
    """The cleaned article, what cleaning removed, entities, quotes, claims, slant, its wire
    copies (or original), and the story findings anchored in it."""
    store = store_of(request)

    def make() -> bytes | None:
        found = queries.article_page(store, article_id)
        return None if found is None else _json(found.to_json())

    body = cached(request, "article.json", article_key(store, article_id), make)
    if body is None:
        return from_prefix(store, "article", article_id, "/api/articles/", f"no article {article_id!r} in this store")
    return Response(body, media_type="application/json")


def from_prefix(store, kind: str, given: str, base: str, missing: str | None = None) -> Response:
    """The page or JSON of the one id that starts with `given` (the first characters of an
    id, as the CLI takes them), by a temporary redirect: a longer id may share them later.
    Pages and their JSON twins take the same ids (the JSON once took whole ids only)."""
    try:
        [full] = store.complete_ids(kind, [given])
    except InputError as err:
        raise HTTPException(404, f"{err.source} {err.problem} ({err.hint})") from err
    if full == given:
        raise HTTPException(404, missing or f"no such {kind} in this store")
    return RedirectResponse(base + quote(full), status_code=307)


@router.post("/jobs", status_code=202, summary="Add articles (JSON): texts, documents or URLs")
def api_add(request: Request, body: JobRequest) -> JSONResponse:
    """Starts an ingest job and returns its id; poll `/api/jobs/{id}`. Needs
    `Authorization: Bearer TOKEN` when the server has a token."""
    check_write(request, None, config_of(request).token)
    try:
        given = from_json(body, config_of(request))
    except SubmitError as exc:
        return JSONResponse({"error": str(exc), "problems": exc.problems}, status_code=400)
    job = request.app.state.jobs.submit(given)
    return JSONResponse(job.to_json(), status_code=202, headers={"Location": f"/api/jobs/{job.id}"})


_UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "text": {"type": "string"}, "title": {"type": "string"}, "outlet": {"type": "string"},
                        "url": {"type": "string"}, "published": {"type": "string"}, "leaning": {"type": "string"},
                        "urls": {"type": "string", "description": "one http(s) URL per line"},
                        "token": {"type": "string"}, "csrf_token": {"type": "string"},
                    },
                }
            }
        },
        "required": True,
    }
}


@router.post("/jobs/upload", status_code=202, summary="Add articles (multipart): files, text, URLs",
             openapi_extra=_UPLOAD_BODY)
async def api_upload(request: Request) -> JSONResponse:
    """Like the browser's form. Needs the bearer token, or (from a browser) the CSRF token."""
    config = config_of(request)
    form = await request.form(max_files=config.max_files + 1, max_fields=50, max_part_size=config.max_upload_bytes + 1)
    check_write(request, {k: v for k, v in form.items() if isinstance(v, str)}, config.token)
    try:
        given = await from_form(form, config)
    except SubmitError as exc:
        return JSONResponse({"error": str(exc), "problems": exc.problems}, status_code=400)
    job = request.app.state.jobs.submit(given)
    return JSONResponse(job.to_json(), status_code=202, headers={"Location": f"/api/jobs/{job.id}"})


@router.get("/jobs/{job_id}", summary="Progress and result of an ingest job")
def api_job(request: Request,
            job_id: str = Path(description="the job id that adding articles returned")) -> dict[str, Any]:
    """status queued/running/done/failed, stages with done/total counts, the articles and
    stories it produced, and one line per input that failed."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are forgotten when the server restarts)")
    return job.to_json()


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
