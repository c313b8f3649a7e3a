"""Fetch an article from an http(s) URL, refusing addresses a public page cannot have.

A URL given to a server comes from someone else, so fetching it must not reach the
machine's own services or its private network (SSRF): the host is resolved, every address
it resolves to must be public, and the connection goes to the address that was checked
(not to a second, possibly different, DNS answer). Redirects are followed by hand, each
target checked the same way. Bodies are read up to a size cap, counted after decompression
(which is ours, one gzip or deflate layer, so a small compressed body cannot expand past
the cap), with a timeout on every read and a deadline on the whole fetch.
HTML then takes the same path as an HTML file: a `Document(kind="html")` for cleaning; a
news feed gives a Document per entry (`ingest.feeds`).
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..errors import InputError
from ..records import Document
from .feeds import FEED_TYPES, looks_like_feed, read_feed

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 15.0
DEFAULT_DEADLINE = 60.0
MAX_REDIRECTS = 5
_USER_AGENT = "manysides/0.1 (+https://github.com/manysides; article fetcher)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/plain;q=0.8")


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do. `allow_private` lets it reach loopback and private networks
    (for a trusted user fetching from their own intranet); `feed_links` has each entry of
    a news feed (a feed file or a feed URL) fetched from its link, as the article page,
    instead of read from the feed's own text."""

    allow_private: bool = False
    feed_links: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT  # connect, and each read
    deadline: float = DEFAULT_DEADLINE  # the whole fetch, redirects included


# The policy URL inputs of `read_inputs` are fetched with. A context variable, so a web
# server can allow private addresses for its ingest threads without changing other callers.
_POLICY: contextvars.ContextVar[FetchPolicy] = contextvars.ContextVar("manysides_fetch_policy", default=FetchPolicy())


@contextlib.contextmanager
def url_policy(policy: FetchPolicy) -> Iterator[None]:
    """Fetch URL inputs read inside this block with `policy`."""
    token = _POLICY.set(policy)
    try:
        yield
    finally:
        _POLICY.reset(token)


def is_web_url(item: object) -> bool:
    """True for a str that starts with http:// or https:// (a URL input, not a path)."""
    return isinstance(item, str) and item.strip().lower().startswith(("http://", "https://"))


def read_url(url: str) -> Iterator[Document | InputError]:
    """The reader for URL inputs, with the current policy: one Document for a page, one
    per entry for a news feed (`ingest.feeds`), or an InputError."""
    try:
        source, final_url, content_type, body = _fetch(url, _POLICY.get())
        if content_type.partition(";")[0].strip().lower() in FEED_TYPES or looks_like_feed(body):
            yield from read_feed(body, source, content_type, final_url)
        else:
            yield _document(source, final_url, content_type, body)
    except InputError as exc:
        yield exc


def fetch_document(url: str, policy: FetchPolicy | None = None) -> Document:
    """Fetch the page at `url` and return it as a Document; raise one InputError naming the URL."""
    return _document(*_fetch(url, policy or FetchPolicy()))


def _fetch(url: str, policy: FetchPolicy) -> tuple[str, str, str, bytes]:
    """(source, final URL, content type, body) of `url`, redirects followed and checked."""
    import httpx

    source = _without_credentials(url.strip())
    current = _check_url(source, source)
    # A read timeout alone lets a server that sends a byte every few seconds (of headers or
    # body, over redirect after redirect) hold the fetch, and a web server's ingest worker,
    # forever: the whole fetch has a deadline. A watchdog closes the connection when it
    # passes; the body reader also checks it between chunks.
    give_up = time.monotonic() + policy.deadline
    late = InputError(source, f"took longer than {policy.deadline:g} s to arrive",
                      "try again later, or save the page and give the file")
    timeout = httpx.Timeout(policy.timeout, connect=min(policy.timeout, 10.0))
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False, verify=True) as client:
        watchdog = threading.Timer(policy.deadline, client.close)
        watchdog.daemon = True
        watchdog.start()
        try:
            for _ in range(MAX_REDIRECTS + 1):
                if time.monotonic() > give_up:
                    raise late
                parts = urlsplit(current)
                wait = min(policy.timeout, 10.0, give_up - time.monotonic())
                address = _public_address(source, parts.hostname or "", parts.port or _default_port(parts.scheme),
                                          policy, wait)
                try:
                    with client.stream(
                        "GET",
                        _with_host(parts, address),
                        headers={"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": _USER_AGENT,
                                 "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"},
                        extensions={"sni_hostname": parts.hostname or ""},
                    ) as response:
                        if response.is_redirect:
                            location = response.headers.get("location")
                            if not location:
                                raise InputError(source, f"the server answered {response.status_code} without a Location",
                                                 "check the address")
                            current = _check_url(source, urljoin(current, location))
                            continue
                        if response.status_code >= 400:
                            raise InputError(
                                source, f"the server answered {response.status_code} {response.reason_phrase}",
                                "check the address, or save the page from a browser and give the file",
                            )
                        body = _read_capped(source, response, policy.max_bytes, give_up, late)
                        return source, current, response.headers.get("content-type", ""), body
                except InputError:
                    raise
                except Exception as exc:  # noqa: BLE001 - a closed client fails in more ways than httpx's own
                    if time.monotonic() > give_up:
                        raise late from None
                    if isinstance(exc, httpx.TimeoutException):
                        raise InputError(source, f"timed out after {policy.timeout:g} s",
                                         "try again later, or save the page and give the file") from None
                    if isinstance(exc, httpx.HTTPError):
                        raise InputError(source, f"could not be fetched ({type(exc).__name__}: {_short(exc)})",
                                         "check the address and your network") from None
                    raise
        finally:
            watchdog.cancel()
    raise InputError(source, f"more than {MAX_REDIRECTS} redirects", "give the final address of the article")


# --------------------------------------------------------------------------- checks
def _check_url(source: str, url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InputError(source, "is not a valid URL", "give an http:// or https:// address") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(source, f"redirects to a {parts.scheme or 'schemeless'} address",
                         "only http and https pages can be fetched")
    if not parts.hostname:
        raise InputError(source, "has no host name", "give a full address such as https://example.org/story")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise InputError(source, "contains spaces or control characters", "give the address as the browser shows it")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise InputError(source, "has an invalid port", "check the address") from None
    return _without_credentials(urlunsplit(parts._replace(fragment="")))


def _without_credentials(url: str) -> str:
    """`url` without a user name and password (https://user:secret@host/): they are never
    sent, and would otherwise be stored as the article's address, source and outlet (the
    page's site name is taken from its address) and shown in every report."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _public_address(source: str, host: str, port: int, policy: FetchPolicy, wait: float) -> str:
    """The first address `host` resolves to, after checking that all of them may be reached."""
    try:
        infos = _resolve(host, port, wait)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(source, f"host {host!r} cannot be resolved ({_lookup_problem(exc)})",
                         "check the address and your network") from None
    except TimeoutError:
        raise InputError(source, f"looking up host {host!r} took longer than {max(wait, 0):.3g} s",
                         "try again later, or check your network") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise InputError(source, f"host {host!r} has no address", "check the address")
    if not policy.allow_private:
        for addr in addresses:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
            if not is_public(ip):
                raise InputError(
                    source, f"refused: {host} resolves to the non-public address {ip}",
                    "only public pages are fetched; save the page and give the file, or allow it with --allow-private-urls (analyze or serve)",
                )
    return addresses[0]


# the resolver's answers in words, rather than "[Errno -2] Name or service not known"
_LOOKUP_PROBLEMS = {getattr(socket, name): words for name, words in (
    ("EAI_NONAME", "no such host: the name servers do not know it"),
    ("EAI_NODATA", "the host has no address"),
    ("EAI_AGAIN", "the name server did not answer; it may be down, or the network is off"),
    ("EAI_FAIL", "the name server failed"),
) if hasattr(socket, name)}


def _lookup_problem(exc: BaseException) -> str:
    if isinstance(exc, UnicodeError):
        return "the name is no valid host name"
    return _LOOKUP_PROBLEMS.get(getattr(exc, "errno", None)) or getattr(exc, "strerror", None) or _short(exc)


# Lookups still running after their caller gave up. The system resolver has no time limit
# we can set, and a thread blocked in it cannot be stopped, so each lookup runs in a daemon
# thread the caller stops waiting for; the semaphore bounds how many can pile up behind a
# resolver that never answers.
_LOOKUPS = threading.BoundedSemaphore(8)


def _resolve(host: str, port: int, wait: float) -> list:
    """`socket.getaddrinfo(host, port)` for TCP, or TimeoutError after `wait` seconds."""
    give_up = time.monotonic() + wait
    if wait <= 0 or not _LOOKUPS.acquire(timeout=wait):
        raise TimeoutError
    outcome: dict[str, object] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller as it is
            outcome["error"] = exc
        finally:
            _LOOKUPS.release()
            done.set()

    threading.Thread(target=lookup, name=f"manysides-dns {host}", daemon=True).start()
    if not done.wait(max(0.0, give_up - time.monotonic())):
        raise TimeoutError
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["infos"]  # type: ignore[return-value]


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified
    addresses (and IPv6 forms that embed one of those IPv4 addresses)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and not is_public(embedded):
            return False
    return not (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified or not ip.is_global
    )


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80


def _with_host(parts, address: str) -> str:
    """The URL with its host replaced by the checked address (the Host header and TLS
    server name keep the original name)."""
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def _read_capped(source: str, response, max_bytes: int, give_up: float, late: InputError) -> bytes:
    """The body, decompressed by us as it arrives, refused once it passes `max_bytes`, or
    with `late` once the clock passes `give_up`."""
    declared = response.headers.get("content-length")
    encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",")]
    encodings = [e for e in encodings if e and e != "identity"]
    if not encodings and declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(source, f"page is {int(declared) / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB limit",
                         "save the article text and give the file")
    if len(encodings) > 1 or (encodings and encodings[0] not in ("gzip", "x-gzip", "deflate")):
        raise InputError(source, f"the server sent the page with content encoding {', '.join(encodings)!r}",
                         "save the page from a browser and give the file")

    def raw() -> Iterator[bytes]:
        for chunk in response.iter_raw():
            if time.monotonic() > give_up:
                raise late
            yield chunk

    chunks, size = [], 0
    for chunk in _inflate(source, raw(), encodings[0] if encodings else None, max_bytes + 1):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(source, f"page is over the {max_bytes / 1048576:.1f} MB limit",
                             "save the article text and give the file")
        chunks.append(chunk)
    return b"".join(chunks)


def _inflate(source: str, raw: Iterable[bytes], encoding: str | None, limit: int) -> Iterator[bytes]:
    """Decompress one gzip (members in a row) or deflate (zlib or bare) layer, never more
    than `limit` bytes per step, so a bomb is stopped at the size cap, not in memory."""
    if encoding is None:
        yield from raw
        return
    gzip = encoding in ("gzip", "x-gzip")
    wbits = 31 if gzip else 15
    inflater, started = zlib.decompressobj(wbits), False
    try:
        for chunk in raw:
            data = chunk
            while data:
                if inflater.eof:
                    if not gzip or not data.startswith(b"\x1f\x8b"):
                        return  # what follows the stream is padding or junk, as browsers take it
                    inflater = zlib.decompressobj(wbits)  # the next gzip member
                try:
                    out = inflater.decompress(data, limit)
                except zlib.error:
                    if gzip or started:
                        raise
                    inflater = zlib.decompressobj(-15)  # deflate sent bare, without zlib's header
                    out = inflater.decompress(data, limit)
                started = True
                if out:
                    yield out
                data = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
    except zlib.error as exc:
        raise InputError(source, f"the page's {encoding} compression is damaged ({_short(exc)})",
                         "try again later, or save the page and give the file") from None


def _document(source: str, final_url: str, content_type: str, body: bytes) -> Document:
    from .readers import decode_body

    mime = content_type.partition(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES + _TEXT_TYPES:
        raise InputError(source, f"is not a web page (content type {mime})", "give the address of an article page")
    text = decode_body(body, content_type, source)
    if isinstance(text, InputError):
        raise text
    if not text.strip():
        raise InputError(source, "the page is empty", "check the address")
    kind = "text" if mime in _TEXT_TYPES else "html"
    return Document(source=source, text=text, kind=kind, url=final_url)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__


__all__ = ["FetchPolicy", "fetch_document", "is_public", "is_web_url", "read_url", "url_policy"]
