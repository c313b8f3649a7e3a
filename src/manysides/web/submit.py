"""Turn a posted form or JSON body into a `JobInput`, enforcing the size limits.

One clear line per problem ("report.pdf: file is 7.2 MB, over the 5 MB limit"), all
problems of a request at once, so the user fixes them in one go.
"""

from __future__ import annotations

from pydantic import AliasChoices, BaseModel, ConfigDict, Field
from starlette.datastructures import FormData, UploadFile

from ..ingest.fetch import is_web_url
from ..ingest.readers import (DATE_FIELDS, LEANING_FIELDS, OUTLET_FIELDS, TEXT_FIELDS, TITLE_FIELDS, URL_FIELDS,
                              known_suffix)
from ..present._view import one_line
from .app import MB, WebConfig
from .jobs import JobInput, Pasted, Upload


class PastedIn(BaseModel):
    """An article's text with whatever fields are known."""

    # a field under no known name ("publised", "url" for "urls") is refused by name, not
    # silently dropped; the names a file's row may use ("date", "source", "link") are taken, as
    # readers.py takes them, so that a row of an export can be pasted as it is
    model_config = ConfigDict(extra="forbid")

    text: str = Field(validation_alias=AliasChoices(*TEXT_FIELDS),
                      description="The article text (plain text, HTML, or JSON as a file would hold).")
    title: str | None = Field(None, validation_alias=AliasChoices(*TITLE_FIELDS))
    outlet: str | None = Field(None, validation_alias=AliasChoices(*OUTLET_FIELDS))
    url: str | None = Field(None, validation_alias=AliasChoices(*URL_FIELDS))
    published: str | None = Field(None, validation_alias=AliasChoices(*DATE_FIELDS), description="ISO date YYYY-MM-DD")
    leaning: str | None = Field(None, validation_alias=AliasChoices(*LEANING_FIELDS), description="left, center or right")


class DocumentIn(BaseModel):
    """A file's content sent as text; `name` only picks the format by its suffix."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="e.g. story.html, feed.jsonl; never used as a path")
    content: str


class JobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    texts: list[PastedIn] = Field(default_factory=list, description=(
        "pasted articles: objects with text (required), title, outlet, url, published, leaning"))
    documents: list[DocumentIn] = Field(default_factory=list, description=(
        "files as text: objects with name (its suffix picks the format, e.g. .html, .jsonl, .rss) and content"))
    urls: list[str] = Field(default_factory=list, description="http(s) addresses of articles or news feeds to fetch")
    feed_links: bool = Field(False, description="for news feeds: fetch each entry's page instead of its summary")


class SubmitError(Exception):
    """The request's problems, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def from_json(body: JobRequest, config: WebConfig) -> JobInput:
    problems: list[str] = []
    pasted = []
    for i, t in enumerate(body.texts, 1):
        if _check_text(f"text {i}", t.text, config, problems):
            pasted.append(Pasted(t.text, *(_field(v) for v in (t.title, t.outlet, t.url, t.published, t.leaning))))
    uploads = []
    if len(body.documents) > config.max_files:
        problems.append(f"{len(body.documents)} documents: at most {config.max_files} per request")
    for d in body.documents[: config.max_files]:
        data = d.content.encode("utf-8")
        if _check_size(one_line(d.name, 80) or "document", len(data), config, problems):
            uploads.append(Upload(_file_name(d.name) or "document", data))
    urls = _check_urls(body.urls, config, problems)
    return _done(JobInput(tuple(pasted), tuple(uploads), tuple(urls), body.feed_links), problems)


async def from_form(form: FormData, config: WebConfig) -> JobInput:
    problems: list[str] = []
    pasted = []
    text = _str(form.get("text"))
    if text.strip():
        if _check_text("pasted text", text, config, problems):
            fields = (_field(_str(form.get(k))) for k in ("title", "outlet", "url", "published", "leaning"))
            pasted.append(Pasted(text, *fields))
    uploads = []
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and (f.filename or f.size)]
    if len(files) > config.max_files:
        problems.append(f"{len(files)} files: at most {config.max_files} per request")
    for f in files[: config.max_files]:
        name = _file_name(f.filename) or "unnamed file"
        data = await f.read(config.max_upload_bytes + 1)
        await f.close()
        if not data:
            problems.append(f"{name}: file is empty")
        elif _check_size(name, len(data), config, problems):
            uploads.append(Upload(name, data))
    lines = [ln.strip() for ln in _str(form.get("urls")).splitlines() if ln.strip()]
    urls = _check_urls(lines, config, problems)
    return _done(JobInput(tuple(pasted), tuple(uploads), tuple(urls), bool(_str(form.get("feed_links")))), problems)


def _file_name(name: str | None, limit: int = 200) -> str:
    """The user's file name on one line, at most `limit` characters; a long one is cut
    before its suffix, which picks the format (a long "….rss" stays a feed)."""
    name = one_line(name)
    if len(name) <= limit:
        return name
    suffix = known_suffix(name)
    return one_line(name[: len(name) - len(suffix)], limit - len(suffix)) + suffix


def _done(given: JobInput, problems: list[str]) -> JobInput:
    if not problems and given.count == 0:
        problems.append("nothing to add: paste a text, choose files or give URLs")
    if problems:
        raise SubmitError(problems)
    return given


def _check_text(name: str, text: str, config: WebConfig, problems: list[str]) -> bool:
    if not text.strip():
        problems.append(f"{name}: is empty")
        return False
    return _check_size(name, len(text.encode("utf-8")), config, problems)


def _check_size(name: str, size: int, config: WebConfig, problems: list[str]) -> bool:
    if size > config.max_upload_bytes:
        problems.append(f"{name}: over the {config.max_upload_bytes / MB:g} MB limit per file; split it")
        return False
    return True


def _check_urls(urls: list[str], config: WebConfig, problems: list[str]) -> list[str]:
    if len(urls) > config.max_urls:
        problems.append(f"{len(urls)} URLs: at most {config.max_urls} per request")
        return []
    out = []
    for u in urls:
        u = u.strip()
        if not is_web_url(u) or any(c.isspace() for c in u):
            problems.append(f"{one_line(u, 100)}: not an http:// or https:// address")
        else:
            out.append(u)
    return out


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _field(value: str | None) -> str | None:
    value = one_line(value, 500) if value else ""
    return value or None
