"""Fetching URLs: private addresses refused (SSRF), redirects re-checked, size capped,
and a fetched page read like an HTML file. A local HTTP server stands in for the web."""

from __future__ import annotations

import gzip
import ipaddress
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from manysides.errors import InputError
from manysides.ingest import fetch
from manysides.ingest.fetch import FetchPolicy, fetch_document, is_public, url_policy
from manysides.ingest.readers import read_inputs

ARTICLE = (
    "<html><head><title>Bridge reopens in Corwin</title></head><body><article>"
    "<h1>Bridge reopens in Corwin</h1>"
    + "<p>The Corwin river bridge reopened on Friday after eight months of repairs, the county said. "
    "Drivers had used a detour of twelve miles while crews replaced the deck and the rails.</p>" * 4
    + "</article></body></html>"
)


ZEROS = b"\0" * (64 * 1024 * 1024)
REQUESTS: list[str] = []  # every path asked for, in order


def _compressed_routes() -> dict[str, tuple[str, bytes]]:
    """path -> (Content-Encoding, body)"""
    page = ARTICLE.encode()
    half = len(page) // 2
    return {
        "/gzip": ("gzip", gzip.compress(page)),
        "/gzip-members": ("gzip", gzip.compress(page[:half]) + gzip.compress(page[half:])),
        "/gzip-trailing": ("gzip", gzip.compress(page) + b"\n<!-- junk after the stream -->"),
        "/deflate": ("deflate", zlib.compress(page)),
        "/deflate-bare": ("deflate", zlib.compress(page)[2:-4]),
        "/bomb": ("gzip", gzip.compress(ZEROS)),  # 64 KB that inflate to 64 MB
        "/bomb2": ("gzip, gzip", gzip.compress(gzip.compress(ZEROS))),
        "/brotli": ("br", b"not really"),
        "/broken": ("gzip", gzip.compress(page)[:40] + b"garbage" * 10),
    }


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        REQUESTS.append(self.path)
        if self.path in _COMPRESSED:
            encoding, body = _COMPRESSED[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/drip-headers":  # a header line a little faster than the read timeout, forever
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                while True:
                    self.wfile.write(b"X-Wait: more\r\n")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                return
        if self.path.startswith("/slow-hop"):  # redirects to itself after a pause, forever
            time.sleep(0.4)
            self.send_response(302)
            self.send_header("Location", "/slow-hop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/drip":  # a byte a little faster than the read timeout, forever
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"<p>")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:  # the client gave up
                return
        routes = {
            "/article": (200, "text/html; charset=utf-8", ARTICLE.encode()),
            "/image": (200, "image/png", b"\x89PNG...."),
            "/huge": (200, "text/html", b"<p>" + b"x" * (3 * 1024 * 1024)),
            "/missing": (404, "text/html", b"gone"),
        }
        if self.path.startswith("/redirect-to?"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/huge":  # stream the huge one without a length
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


_COMPRESSED = _compressed_routes()


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


ALLOW = FetchPolicy(allow_private=True, max_bytes=1024 * 1024, timeout=10)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8000/admin", "https://10.1.2.3/x", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/", "http://0x7f000001/",
    "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/",
])
def test_private_and_special_addresses_are_refused(url):
    with pytest.raises(InputError) as err:
        fetch_document(url)
    msg = str(err.value)
    assert msg.startswith(url.strip()) and "non-public address" in msg and "\n" not in msg


def test_is_public_classifies_addresses():
    assert is_public(ipaddress.ip_address("93.184.215.14"))
    assert is_public(ipaddress.ip_address("2606:4700::1111"))
    for bad in ("127.0.0.1", "10.0.0.1", "172.16.5.4", "fe80::1", "::1", "224.0.0.1", "240.0.0.1", "fc00::1"):
        assert not is_public(ipaddress.ip_address(bad)), bad


def test_only_http_and_https(server):
    for url in ("ftp://example.org/x", "file:///etc/passwd", "gopher://x"):
        docs = list(read_inputs([url]))  # not URLs to the reader: paths that do not exist
        assert len(docs) == 1 and isinstance(docs[0], InputError)
    with pytest.raises(InputError, match="only http and https"):
        fetch_document(f"{server}/redirect-to?file:///etc/passwd", ALLOW)


def test_a_fetched_page_becomes_an_html_document(server):
    doc = fetch_document(f"{server}/article", ALLOW)
    assert doc.kind == "html" and doc.url == f"{server}/article" and "Corwin river bridge" in doc.text
    from manysides.ingest.clean import clean_document

    article = clean_document(doc)
    assert article.title == "Bridge reopens in Corwin" and article.url == f"{server}/article"


def test_a_user_name_and_password_in_the_address_are_not_kept(server):
    """http://user:secret@host/page gave the article the outlet 'user:secret@host' (the
    site name trafilatura takes from the address) and kept the password in its URL and
    source, shown in every report and on the web."""
    from manysides.ingest.clean import clean_document

    with url_policy(ALLOW):
        [doc] = list(read_inputs([server.replace("//", "//reader:s3cret@") + "/article"]))
    article = clean_document(doc)
    assert "s3cret" not in repr(article) and article.url == f"{server}/article"
    assert article.source == f"{server}/article" and article.outlet == server.split("//")[1]
    [err] = list(read_inputs(["http://reader:s3cret@127.0.0.1/"]))
    assert str(err).startswith("http://127.0.0.1/: refused") and "s3cret" not in str(err)


def test_analyze_reads_url_inputs_with_the_policy_in_force(server):
    refused = list(read_inputs([f"{server}/article"]))
    assert isinstance(refused[0], InputError) and "non-public" in str(refused[0])
    with url_policy(ALLOW):
        docs = list(read_inputs([f"{server}/article"]))
    assert docs[0].kind == "html"


def test_redirects_are_followed_and_rechecked(server, monkeypatch):
    doc = fetch_document(f"{server}/redirect-to?/article", ALLOW)
    assert doc.url == f"{server}/article"
    # Treat the test server as public; a redirect from it to a private address is refused.
    real = fetch.is_public
    monkeypatch.setattr(fetch, "is_public", lambda ip: str(ip) == "127.0.0.1" or real(ip))
    with pytest.raises(InputError, match="non-public address 10.0.0.7"):
        fetch_document(f"{server}/redirect-to?http://10.0.0.7/admin", FetchPolicy())
    assert fetch_document(f"{server}/article", FetchPolicy()).kind == "html"


def test_size_type_and_status_give_one_clear_line(server):
    with pytest.raises(InputError, match="over the 1.0 MB limit"):
        fetch_document(f"{server}/huge", ALLOW)
    with pytest.raises(InputError, match=r"not a web page \(content type image/png\)"):
        fetch_document(f"{server}/image", ALLOW)
    with pytest.raises(InputError, match="answered 404"):
        fetch_document(f"{server}/missing", ALLOW)
    with pytest.raises(InputError, match="cannot be resolved"):
        fetch_document("http://no-such-host.invalid/", ALLOW)


def test_compressed_pages_are_decompressed_within_the_size_cap(server):
    for path in ("/gzip", "/gzip-members", "/gzip-trailing", "/deflate", "/deflate-bare"):
        doc = fetch_document(f"{server}{path}", ALLOW)
        assert doc.text == ARTICLE, path
    # 64 KB that inflate to 64 MB, once or twice compressed: stopped at the cap (1 MB
    # here), or refused for stacking encodings, before the page is ever in memory
    with pytest.raises(InputError, match="over the 1.0 MB limit"):
        fetch_document(f"{server}/bomb", ALLOW)
    for path, message in (("/bomb2", "content encoding 'gzip, gzip'"), ("/brotli", "content encoding 'br'"),
                          ("/broken", "gzip compression is damaged")):
        with pytest.raises(InputError, match=message) as err:
            fetch_document(f"{server}{path}", ALLOW)
        assert str(err.value).startswith(f"{server}{path}: ") and "\n" not in str(err.value)


@pytest.mark.parametrize("path", ["/drip", "/drip-headers", "/slow-hop"])
def test_a_page_that_never_finishes_arriving_is_given_up(server, path):
    """Body or headers sent a little at a time, or redirect after slow redirect: no read
    times out, and the deadline on the whole fetch ends it."""
    slow = FetchPolicy(allow_private=True, timeout=5, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(InputError, match="took longer than 1.5 s to arrive"):
        fetch_document(f"{server}{path}", slow)
    assert time.monotonic() - started < 6.5  # the deadline, plus at most one read timeout


def test_cleaning_a_page_never_fetches_what_it_names(server):
    """htmldate downloads any str that starts with "http" and has no space; a page written
    that way (words parted by tabs) must not make cleaning fetch an unchecked address."""
    from manysides.ingest.clean import clean_document
    from manysides.records import Document

    words = "\t".join(("The city council voted on Tuesday to approve the new budget for the coming year, "
                        "the mayor told reporters after the long meeting at city hall").split())
    page = f"{server}/planted#<html><body><article><p>{words}</p><p>{words}</p></article></body></html>"
    REQUESTS.clear()
    article = clean_document(Document(source="page.html", text=page, kind="html"))
    assert "city council voted" in article.text
    assert "/planted" not in REQUESTS


def test_a_host_lookup_that_never_answers_is_given_up(monkeypatch):
    """The system resolver has no time limit of its own: a lookup that hangs ends the fetch
    after the connect timeout with one line, and the hung lookups do not pile up without bound."""
    release = threading.Event()

    def hung(*args, **kwargs):
        release.wait(30)
        raise OSError("released")

    monkeypatch.setattr(fetch.socket, "getaddrinfo", hung)
    policy = FetchPolicy(timeout=0.5, deadline=5)
    try:
        for _ in range(12):  # more than the lookups allowed to hang at once
            started = time.monotonic()
            with pytest.raises(InputError, match=r"looking up host 'news\.example' took longer than 0\.5 s") as err:
                fetch_document("https://news.example/story", policy)
            assert time.monotonic() - started < 2
            assert "\n" not in str(err.value)
        assert sum(t.name.startswith("manysides-dns") for t in threading.enumerate()) <= 8
    finally:
        release.set()
