"""News feeds (RSS 0.9x/1.0/2.0 and Atom) as articles: one `Document` per entry; and
feed lists (OPML, as feed readers export them): every feed listed, fetched.

A feed is read with feedparser, which copes with the dialects and the loosely formed XML
real feeds carry. Each entry gives the article's title, link, date, authors and text (its
full content where the feed carries one, else its summary); its outlet is the entry's
`<source>` (aggregators such as Google News name the original outlet there), else the
feed's own title. With `FetchPolicy.feed_links` each entry's link is fetched instead and
read as the article page (four at a time, in entry order), through the same checks as
any URL input; the entry's title, date and authors still win over the page's own (the
page fills what the entry lacks), and the outlet is the entry's `<source>`, else the
page's site name, else the feed's title.

feedparser is only ever handed the bytes already read: given a string it would open URLs
and local paths itself.
"""

from __future__ import annotations

import calendar
import dataclasses
import io
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from ..errors import InputError
from ..records import Document

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_LIST_SUFFIXES = (".opml",)
# an XML declaration, comments, processing instructions or a doctype, then the root element
_FEED_START = re.compile(
    r"\A\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|(?:[\w-]+:)?RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
_OPML_START = re.compile(r"\A\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->)\s*)*<opml\b", re.IGNORECASE | re.DOTALL)


def _head(text: str | bytes) -> str:
    head = text[:4096]
    return head.decode("utf-8", errors="replace") if isinstance(head, bytes) else head


def looks_like_feed(text: str | bytes) -> bool:
    """True when the text (or the start of the bytes) opens an RSS, RDF or Atom document."""
    return bool(_FEED_START.match(_head(text)))


def looks_like_feed_list(text: str | bytes) -> bool:
    """True when the text (or the start of the bytes) opens an OPML document."""
    return bool(_OPML_START.match(_head(text)))


def read_feed_list(data: bytes, source: str) -> Iterator[Document | InputError]:
    """The articles of every feed an OPML file lists (a feed reader's export of its
    subscriptions): each `outline` with an `xmlUrl` is fetched as a URL input, with the
    current fetch policy (private addresses refused unless allowed; --feed-links)."""
    import xml.etree.ElementTree as ET

    from .fetch import is_web_url, read_url

    try:  # expat, which refuses external entities and bounds entity expansion
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        what = str(exc).split(":", 1)[0]  # expat's words, without its own "line 1, column 5"
        where = f"{source}:{line}:{column + 1}" if line else source
        yield InputError(where, f"not a readable OPML file (XML {what})",
                         "export the feed list again from the feed reader")
        return
    urls = [o.get("xmlUrl", "").strip() for o in root.iter("outline") if o.get("xmlUrl", "").strip()]
    if not urls:
        yield InputError(source, "OPML lists no feeds (no outline with an xmlUrl)", "export the feed list again from the feed reader")
        return
    for url in dict.fromkeys(urls):
        if is_web_url(url):
            yield from read_url(url)
        else:
            yield InputError(f"{source} ({url})", "feed address is not http or https", "fix the address in the feed list")


def read_feed(data: bytes, source: str, content_type: str | None = None,
              base_url: str | None = None) -> Iterator[Document | InputError]:
    """Each entry of the feed in `data` as a Document (source `SOURCE#N`, N counting
    entries from 1), or an InputError for the feed or for one entry."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            exc = parsed.get("bozo_exception")
            problem = f"not a readable RSS or Atom feed ({_short(exc)})"
            yield InputError(_at(source, exc), problem, "check that the file or address is a news feed")
        else:
            yield InputError(source, "feed has no entries", "give a feed that lists articles")
        return
    from .fetch import _POLICY

    policy = _POLICY.get()
    feed_title = _clean(parsed.get("feed", {}).get("title"))
    cut = _cut_short(parsed, data, source)
    if cut is not None:  # an entry past the last closed one is cut, its text with it
        whole, where = cut
        read = ("the whole entry before it was read" if whole == 1 else f"the {whole} whole entries before it were read"
                if whole else "no entry was whole")
        lost = len(entries) - whole
        yield InputError(where, f"the feed is cut short: its XML ends inside an element ({read}"
                         + (f", {lost} cut entr{'y' if lost == 1 else 'ies'} left out)" if lost else ")"),
                         "download the feed again")
        entries = entries[:whole]
        if not entries:
            return
    docs = [_entry_document(entry, f"{source}#{n}", feed_title) for n, entry in enumerate(entries, 1)]
    if policy.feed_links:
        yield from _linked_pages(entries, docs, feed_title, policy)
        return
    from .clean import MIN_ARTICLE_WORDS, too_short

    # an entry of a few words (a teaser) would fail cleaning as too short, one line each
    empty = [n for n, doc in enumerate(docs, 1) if too_short(doc.text)]
    skip = set(empty)
    yield from (doc for n, doc in enumerate(docs, 1) if n not in skip)
    if empty:  # one line for the feed, not one per entry: a headline-only feed has hundreds
        shown = ", ".join(f"#{n}" for n in empty[:10]) + (", ..." if len(empty) > 10 else "")
        yield InputError(source, f"{len(empty)} of {len(docs)} feed entries have no text, or under "
                         f"{MIN_ARTICLE_WORDS} words of content or summary ({shown})",
                         "fetch the articles with --feed-links, or give the pages themselves")


# pages fetched at once for --feed-links: a few, as a browser opens to one site
FETCH_WORKERS = 4


def _linked_pages(entries: list, docs: list[Document], feed_title: str | None, policy) -> Iterator[Document | InputError]:
    """Each entry's page fetched from its link (FETCH_WORKERS at a time, in entry order):
    the entry's headline, date and authors first, the page's where it has none; the
    outlet an aggregator's entry names, else the page's site, else the feed's title."""
    from concurrent.futures import ThreadPoolExecutor

    from .fetch import fetch_document

    def fetch(k: int) -> Document | InputError:
        link = docs[k].url or ""
        if not link.lower().startswith(("http://", "https://")):
            return docs[k] if docs[k].text.strip() else InputError(
                docs[k].source, "feed entry has no web link to fetch and no text", "give the pages themselves")
        try:  # a page, never another feed: a feed of feeds does not recurse
            got = fetch_document(link, policy)
        except InputError as exc:
            return InputError(f"{docs[k].source} ({link})", exc.problem, "run without --feed-links to use the feed's own text")
        outlet = _source_title(entries[k]) or _site_name(got.text, link) or feed_title
        return dataclasses.replace(got, source=docs[k].source, title=docs[k].title, outlet=outlet,
                                   published=docs[k].published, authors=docs[k].authors)

    with ThreadPoolExecutor(FETCH_WORKERS) as pool:
        for start in range(0, len(docs), 8 * FETCH_WORKERS):  # a bounded number of pages held
            yield from pool.map(fetch, range(start, min(len(docs), start + 8 * FETCH_WORKERS)))


def _entry_document(entry: Any, source: str, feed_title: str | None) -> Document:
    from .readers import normalise_date

    text = _entry_text(entry)
    published = None
    for key in ("published", "updated", "created"):
        published = normalise_date(entry.get(key))  # the publisher's own calendar day
        if published:
            break
    if published is None:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            published = datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date().isoformat()
    authors = tuple(a for a in (_clean(x.get("name")) for x in entry.get("authors") or [] if isinstance(x, dict)) if a)
    if not authors and _clean(entry.get("author")):
        authors = (_clean(entry.get("author")),)
    return Document(
        source=source,
        text=text,
        kind="text",
        title=_clean(entry.get("title")),
        outlet=_source_title(entry) or feed_title,
        url=_clean(entry.get("link")),
        published=published,
        authors=authors,
    )


def _source_title(entry: Any) -> str | None:
    """The outlet an entry's `<source>` names (aggregators list other outlets' articles)."""
    src = entry.get("source")
    return _clean(src.get("title")) if isinstance(src, dict) else None


def _site_name(html: str, url: str) -> str | None:
    """The site name a fetched page declares (og:site_name and the like)."""
    import trafilatura

    try:
        return _clean(getattr(trafilatura.extract_metadata(html, default_url=url), "sitename", None))
    except Exception:  # noqa: BLE001 - metadata is optional; the article is still read
        return None


def _entry_text(entry: Any) -> str:
    """The entry's fullest text (the longest of its contents, else its summary) as plain
    text. Feed HTML is a fragment of the article, not a page: a page extractor would
    find no article in a two-line summary, so its paragraphs are simply read out."""
    from .readers import fragment_text

    contents = [c.get("value") or "" for c in entry.get("content") or [] if isinstance(c, dict)]
    text = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    if len(text.strip()) < len(summary.strip()):
        text = summary
    return fragment_text(text) if "<" in text else text


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# expat's words for XML that ends before its elements close (a download cut short)
_ENDS_EARLY = ("no element found", "unclosed token")
_CLOSED_ENTRY = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


def _cut_short(parsed: Any, data: bytes, source: str) -> tuple[int, str] | None:
    """(entries closed before the end, the feed named at the place its XML ends,
    `FEED:LINE:COLUMN`) for a feed cut short, else None.
    feedparser reads what it can of a feed whose XML breaks off, so the last entry comes
    back with its text cut or gone, and those after the cut are lost without a word."""
    exc = parsed.get("bozo_exception")
    if not parsed.get("bozo") or not hasattr(exc, "getLineNumber"):
        return None
    if not any(words in str(exc) for words in _ENDS_EARLY):
        return None
    return len(_CLOSED_ENTRY.findall(data)), _at(source, exc)


def _at(source: str, exc: object) -> str:
    """The feed named at the place its XML breaks, as compilers and the JSON readers name a
    place in a file: `FEED:LINE:COLUMN` (columns counted from 1; expat counts from 0)."""
    if hasattr(exc, "getLineNumber") and hasattr(exc, "getColumnNumber"):
        return f"{source}:{exc.getLineNumber()}:{exc.getColumnNumber() + 1}"
    return source


def _short(exc: object) -> str:
    """A feed parser's error in words ("XML syntax error") rather than the parser's
    "<unknown>:2:0: syntax error"; where it breaks names the feed (`_at`)."""
    if not exc:
        return "malformed XML"
    if hasattr(exc, "getLineNumber") and hasattr(exc, "getMessage"):
        return f"XML {exc.getMessage()}"
    return " ".join(str(exc).split())[:160]


__all__ = ["FEED_LIST_SUFFIXES", "FEED_SUFFIXES", "FEED_TYPES", "looks_like_feed", "looks_like_feed_list",
           "read_feed", "read_feed_list"]
