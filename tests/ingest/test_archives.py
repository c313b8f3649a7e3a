"""Web archives as inputs: each successful HTML capture in a WARC (gzipped or not) is an
article with its captured address; everything else in a crawl is passed over; a damaged
or foreign file is one clear line, and the pages before the damage are kept."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from manysides.errors import InputError
from manysides.ingest.clean import clean_document
from manysides.ingest.readers import known_suffix, read_inputs

PAGE = (
    "<html><head><title>Budget vote</title><meta property='og:site_name' content='Daily Courier'>"
    "<meta name='date' content='2021-08-10'></head><body><article><h1>Senate passes the budget bill</h1>"
    + "<p>The Senate passed the budget bill on Tuesday by a vote of 50 to 49, sending it to the House "
    "for a final vote next week, the majority leader said.</p>" * 3
    + "</article></body></html>"
)


HOME = "<html><head><title>Daily Courier</title></head><body><nav><a href='/a'>Politics</a> <a href='/b'>Sports</a></nav></body></html>"


def _warc(path: Path, gz: bool = True, pages: int = 1, home: bool = False, articles: bool = True) -> Path:
    """A small crawl: its info record, a request, the article page(s), an image, a 404
    page, a redirect and a page in Latin-1 declared by its Content-Type; with `home`, a
    home page of links first (no article in it); without `articles`, no article page."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test crawler"}))

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        if home:
            response("https://a.example.com/", "200 OK", "text/html", HOME.encode())
        w.write_record(w.create_warc_record("https://a.example.com/budget", "request",
                                            payload=io.BytesIO(b"GET /budget HTTP/1.1\r\n\r\n")))
        for k in range(pages if articles else 0):
            response(f"https://a.example.com/budget{k or ''}", "200 OK", "text/html; charset=utf-8", PAGE.encode())
        response("https://a.example.com/logo.png", "200 OK", "image/png", b"\x89PNG....")
        response("https://a.example.com/gone", "404 Not Found", "text/html", b"<html><body>Not found</body></html>")
        response("https://a.example.com/old", "301 Moved Permanently", "text/html", b"<html>moved</html>")
        if articles:
            latin = PAGE.replace("Senate passes the budget bill", "Café owners cheer the budget").encode("latin-1")
            response("https://b.example.com/cafe", "200 OK", "text/html; charset=ISO-8859-1", latin)
    return path


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_captures_become_articles_and_the_rest_is_passed_over(tmp_path: Path, name: str, gz: bool):
    path = _warc(tmp_path / name, gz)
    docs = list(read_inputs([str(path)]))
    assert [d.url for d in docs] == ["https://a.example.com/budget", "https://b.example.com/cafe"]
    assert docs[0].source == f"{path}#3" and docs[0].kind == "html"
    art = clean_document(docs[0])
    assert (art.title, art.outlet, art.published) == ("Senate passes the budget bill", "Daily Courier", "2021-08-10")
    assert art.text.startswith("The Senate passed the budget bill on Tuesday")
    assert clean_document(docs[1]).title == "Café owners cheer the budget"  # its declared charset


def test_a_folder_reads_archives_beside_other_files(tmp_path: Path):
    _warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "note.txt").write_text("Bridge reopens\n\nThe bridge reopened on Friday after repairs.")
    (tmp_path / "backup.tar.gz").write_bytes(b"\x1f\x8b not ours")
    got = list(read_inputs([str(tmp_path)]))
    assert [Path(d.source).name for d in got] == ["crawl.warc.gz#3", "crawl.warc.gz#7", "note.txt"]


def test_a_truncated_archive_keeps_the_pages_before_the_damage(tmp_path: Path):
    whole = _warc(tmp_path / "whole.warc.gz", pages=3).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    got = list(read_inputs([str(cut)]))
    pages = [g for g in got if not isinstance(g, InputError)]
    [err] = [g for g in got if isinstance(g, InputError)]
    assert 1 <= len(pages) < 4 and all(p.url.startswith("https://a.example.com/budget") for p in pages)
    assert str(err).startswith(f"{cut}: damaged after record") and "\n" not in str(err)


@pytest.mark.parametrize("content, problem", [
    (b"hello, this is not an archive\n" * 20, "not a WARC or ARC archive"),
    (b"\x1f\x8b\x08\x00garbage that is not gzip", "not a WARC or ARC archive"),
    (b"", "not a WARC or ARC archive"),
])
def test_a_file_that_is_no_archive_is_one_line(tmp_path: Path, content: bytes, problem: str, capfd):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(content)
    [err] = list(read_inputs([str(path)]))
    assert isinstance(err, InputError) and problem in str(err) and str(err).startswith(str(path))
    assert capfd.readouterr().err == ""  # no library warnings on the terminal


def test_an_archive_without_pages_says_so(tmp_path: Path):
    path = tmp_path / "images.warc"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://x.example/a.jpg", "response", payload=io.BytesIO(b"jpg"),
                                            http_headers=headers))
    [err] = list(read_inputs([str(path)]))
    assert "no HTML pages (1 records read)" in str(err)


def test_an_oversized_page_is_refused_and_the_others_read(tmp_path: Path):
    path = _warc(tmp_path / "crawl.warc.gz")
    got = list(read_inputs([str(path)], max_bytes=len(PAGE) - 10))
    assert isinstance(got[0], InputError) and got[0].source == f"{path}#3" and "limit" in str(got[0])
    assert len(got) == 2 and isinstance(got[1], InputError)  # the Latin-1 page is as long


def test_uploaded_file_names_keep_their_format():
    # the web app writes uploads under its own names, with the suffix that picks the reader
    assert [known_suffix(n) for n in ("crawl.WARC.GZ", "a.warc", "news.rss", "x.atom", "s.xml", "a.html",
                                      "backup.tar.gz", "../../etc/passwd", "noext")] == [
        ".warc.gz", ".warc", ".rss", ".atom", ".xml", ".html", "", "", ""]


@pytest.mark.parametrize("gz", [True, False])
def test_damaged_bytes_anywhere_give_lines_never_a_crash(tmp_path: Path, gz: bool, capfd):
    import random

    whole = _warc(tmp_path / "whole.warc", gz=gz, pages=2).read_bytes()
    rng = random.Random(7)
    for k in range(60):
        data = bytearray(whole)
        if k % 3 == 0:
            data = data[: rng.randrange(len(data))]  # cut short
        else:
            for _ in range(rng.randint(1, 8)):  # bytes overwritten
                data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{k}.warc{'.gz' if gz else ''}"
        path.write_bytes(bytes(data))
        for got in read_inputs([str(path)]):
            assert isinstance(got, InputError) or got.kind == "html"
            if isinstance(got, InputError):
                assert str(got).startswith(str(path)) and "\n" not in str(got)
    assert capfd.readouterr().err == ""  # nothing printed past the lines


def test_a_real_crawlers_archive_is_read(tmp_path: Path):
    """wget's own WARC output of a small local site: its two article pages are read, its
    index page holds no article (the pipeline passes such pages over), the 404 is skipped."""
    import shutil
    import subprocess
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from manysides.ingest.clean import clean_document

    wget = shutil.which("wget")
    if wget is None:
        pytest.skip("wget is not installed")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><a href='a.html'>A</a> <a href='b.html'>B</a> <a href='gone.html'>C</a></body></html>")
    (site / "a.html").write_text(PAGE, encoding="utf-8")
    (site / "b.html").write_text(PAGE.replace("Senate passes", "House passes"), encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        subprocess.run([wget, "-q", "-r", "-l", "1", "--warc-file", str(tmp_path / "crawl"), "-P", str(tmp_path / "out"),
                        f"http://127.0.0.1:{httpd.server_address[1]}/index.html"], check=False, timeout=60)
    finally:
        httpd.shutdown()
    docs = list(read_inputs([str(tmp_path / "crawl.warc.gz")]))
    assert all(not isinstance(d, InputError) and d.optional for d in docs), docs
    assert sorted(d.url.rsplit("/", 1)[-1] for d in docs) == ["a.html", "b.html", "index.html"]
    titles = {}
    for d in docs:
        try:
            titles[d.url.rsplit("/", 1)[-1]] = clean_document(d).title
        except InputError:
            titles[d.url.rsplit("/", 1)[-1]] = None
    assert titles == {"a.html": "Senate passes the budget bill", "b.html": "House passes the budget bill", "index.html": None}


@pytest.mark.parametrize("where", ["warc", "http"])
def test_an_endless_header_line_is_damage_not_a_memory_blowup(tmp_path: Path, where: str):
    """A small gzipped archive whose header line runs for megabytes: warcio would read the
    line whole; it is refused past 256 KB, after the pages before it were read."""
    import gzip

    from manysides.ingest.archives import MAX_HEADER_LINE

    good = _warc(tmp_path / "good.warc.gz", pages=1).read_bytes()  # a gzip member per record
    long = b"A" * (40 * MAX_HEADER_LINE)
    if where == "warc":
        bad = b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: " + long + b"\r\n\r\n"
    else:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Long: " + long + b"\r\n\r\n<p>x</p>"
        bad = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
               b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
               + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    path = tmp_path / "long.warc.gz"
    path.write_bytes(good + gzip.compress(bad))
    assert path.stat().st_size < 200_000
    got = list(read_inputs([str(path)]))
    assert [d.url for d in got[:-1]] == ["https://a.example.com/budget", "https://b.example.com/cafe"]
    assert isinstance(got[-1], InputError)
    assert "header line longer than 256 KB" in str(got[-1]) and "\n" not in str(got[-1])


def test_a_plain_archive_cut_inside_its_last_record_says_so(tmp_path: Path):
    """A plain WARC cut short lost its last record without a word: warcio reads a record
    whose block ends early as a whole one."""
    whole = _warc(tmp_path / "whole.warc", gz=False, pages=2).read_bytes()
    last = whole.rindex(b"WARC/1")  # the Latin-1 page's record
    for cut in (last + 200, last + 500, len(whole) - 30):
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(whole[:cut])
        got = list(read_inputs([str(path)]))
        pages = [g.url for g in got if not isinstance(g, InputError)]
        [err] = [g for g in got if isinstance(g, InputError)]
        assert pages == ["https://a.example.com/budget", "https://a.example.com/budget1"]
        assert str(err).startswith(f"{path}: damaged after record")  # no half page, and a line


def test_a_gzip_member_that_does_not_inflate_is_damage_not_the_end(tmp_path: Path):
    """warcio reads the rest of a gzipped archive as plain bytes once a member fails to
    inflate at its start: the pages after it were lost without a word."""
    whole = _warc(tmp_path / "whole.warc.gz", pages=3).read_bytes()
    starts = [i for i in range(len(whole)) if whole[i:i + 3] == b"\x1f\x8b\x08"]
    page2 = starts[3]  # warcinfo, request, page, page: the second page's member
    for at in range(page2 + 10, page2 + 200, 19):
        data = bytearray(whole)
        data[at:at + 30] = b"\x00" * 30
        path = tmp_path / f"damaged{at}.warc.gz"
        path.write_bytes(bytes(data))
        got = list(read_inputs([str(path)]))
        assert [g.url for g in got if not isinstance(g, InputError)] == ["https://a.example.com/budget"]
        [err] = [g for g in got if isinstance(g, InputError)]
        assert str(err).startswith(f"{path}: damaged after record 3")


_HEADER = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
           b"WARC-Target-URI: https://c.example.com/x\r\nContent-Length: 12\r\n")


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("header, says", [
    (_HEADER.replace(b"WARC-Target-URI: https://c.example.com/x\r\n", b""),
     "has a malformed header: a response record without its WARC-Target-URI field"),
    (_HEADER.replace(b"WARC-Target-URI: ", b"WARC-Target-URI "),  # warcio passes such a line over
     "has a malformed header: its line 5 is no 'Name: value' field ('WARC-Target-URI https://c.example.com/x')"),
    (_HEADER.replace(b"WARC/1.0", b"WARC/9.Z junk"),
     "does not open with a WARC/1.0 or WARC/1.1 line (it opens with 'WARC/9.Z junk')"),
])
def test_a_malformed_record_header_is_one_line_naming_the_record_and_what_is_wrong(tmp_path: Path, gz, header, says):
    """warcio's own error named neither the record nor the field ("AttributeError:
    'NoneType' object has no attribute 'startswith'" for a missing address)."""
    import gzip

    good = _warc(tmp_path / "good.warc", gz=gz).read_bytes()
    bad = header + b"\r\nhello world!\r\n\r\n"
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(good + (gzip.compress(bad) if gz else bad))
    got = list(read_inputs([str(path)]))
    assert [g.url for g in got if not isinstance(g, InputError)] == ["https://a.example.com/budget",
                                                                    "https://b.example.com/cafe"]
    [err] = [g for g in got if isinstance(g, InputError)]
    # warcinfo, request, 5 captures, then it
    assert str(err).startswith(f"{path}: damaged after record 7: record 8 (at byte {len(good):,}) ")
    assert says in str(err) and "\n" not in str(err)
    assert "Error" not in str(err) and "NoneType" not in str(err)


def test_a_wrong_content_length_names_the_record(tmp_path: Path):
    good = _warc(tmp_path / "good.warc", gz=False).read_bytes()
    bad = _HEADER.replace(b"Content-Length: 12", b"Content-Length: 5") + b"\r\nhello world!\r\n\r\n"
    path = tmp_path / "crawl.warc"
    path.write_bytes(good + bad)
    [err] = [g for g in read_inputs([str(path)]) if isinstance(g, InputError)]
    assert str(err).startswith(f"{path}: record 8 has a wrong Content-Length (the record does not end where it says)")


def test_an_archive_gzipped_whole_is_read_as_crawlers_write_it(tmp_path: Path):
    """`gzip crawl.warc` makes one gzip stream of the whole archive, where crawlers compress
    each record on its own; warcio refuses it after the first record, and the archive was
    said to be damaged ("record 2 ... is not whole gzip data") with its pages lost."""
    import gzip

    plain = _warc(tmp_path / "crawl.warc", gz=False, pages=2)
    whole = tmp_path / "hand.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    got = list(read_inputs([str(whole)]))
    assert not [g for g in got if isinstance(g, InputError)], got
    expected = [(Path(d.source).name.replace("crawl.warc", "hand.warc.gz"), d.url) for d in read_inputs([str(plain)])]
    assert [(Path(d.source).name, d.url) for d in got] == expected
    assert [d.url for d in got] == ["https://a.example.com/budget", "https://a.example.com/budget1",
                                    "https://b.example.com/cafe"]
    # control: an archive compressed record by record, as crawlers write it, reads the same
    chunked = _warc(tmp_path / "chunked.warc.gz", gz=True, pages=2)
    assert [d.url for d in read_inputs([str(chunked)])] == [d.url for d in got]


def test_an_archive_gzipped_whole_and_cut_short_keeps_its_pages_and_says_so(tmp_path: Path):
    import gzip

    data = gzip.compress(_warc(tmp_path / "crawl.warc", gz=False, pages=3).read_bytes())
    for keep in (0.55, 0.8, 0.97):
        cut = tmp_path / f"cut{keep}.warc.gz"
        cut.write_bytes(data[: int(len(data) * keep)])
        got = list(read_inputs([str(cut)]))
        pages = [g for g in got if not isinstance(g, InputError)]
        [err] = [g for g in got if isinstance(g, InputError)]
        assert all(p.url.startswith("https://a.example.com/budget") for p in pages)
        assert len({p.url for p in pages}) == len(pages)  # none read twice
        assert str(err).startswith(f"{cut}: damaged after record") and "\n" not in str(err), str(err)
        assert "Error" not in str(err)
