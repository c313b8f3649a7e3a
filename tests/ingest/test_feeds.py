"""News feeds as inputs: RSS and Atom entries become articles with their metadata, from a
file, standard input or a URL; with --feed-links the entries' pages are fetched (and
refused at private addresses like any URL); a broken feed or entry is one clear line."""

from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from manysides.errors import InputError
from manysides.ingest.clean import clean_document
from manysides.ingest.fetch import FetchPolicy, url_policy
from manysides.ingest.readers import read_inputs

RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Aggregator</title><link>https://news.example.org/</link>
<item><title>Senate passes the budget bill</title><link>https://a.example.com/budget</link>
<pubDate>Tue, 10 Aug 2021 22:30:00 -0400</pubDate><dc:creator>Jane Roe</dc:creator>
<source url="https://a.example.com/rss">Daily Courier</source>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The Senate passed the budget bill on Tuesday by a vote of 50 to 49.
Caf&eacute; owners said "it helps us".</p><script>alert(1)</script><p>Republicans said it spends too much.</p>]]></content:encoded>
</item>
<item><title>Caf\xe9 owners meet lawmakers</title><link>https://b.example.com/cafe</link>
<pubDate>Wed, 11 Aug 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Lawmakers met in the caf&amp;eacute; to count the votes.&lt;/p&gt;</description></item>
<item><title>Nothing to read</title><link>https://c.example.com/empty</link></item>
</channel></rss>
""".encode("latin-1")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Storm closes the coast road</title><link href="https://d.example.net/storm"/>
<updated>2024-03-02T23:10:00+01:00</updated><author><name>Ann Lee</name></author><author><name>Bo Kim</name></author>
<summary>A short summary.</summary>
<content type="html">&lt;p&gt;The storm closed the coast road on Saturday, the police said.&lt;/p&gt;&lt;p&gt;Crews expect to reopen it on Monday.&lt;/p&gt;</content>
</entry></feed>
"""


def _read(*inputs, **kw):
    return list(read_inputs([str(i) for i in inputs], **kw))


def test_rss_entries_become_articles_with_their_metadata(tmp_path: Path):
    feed = tmp_path / "news.rss"
    feed.write_bytes(RSS)
    first, second, third = _read(feed)
    assert first.source == f"{feed}#1" and first.url == "https://a.example.com/budget"
    # the entry's <source> names the outlet (aggregators); else the feed's title
    assert (first.outlet, second.outlet) == ("Daily Courier", "Example Aggregator")
    # the publisher's own calendar day, not the UTC one (22:30 at -04:00 is the 10th)
    assert (first.published, second.published) == ("2021-08-10", "2021-08-11")
    assert first.authors == ("Jane Roe",)
    # the full content wins over the summary; markup read out, scripts dropped, the
    # feed's declared encoding honoured
    art = clean_document(first)
    assert art.title == "Senate passes the budget bill"
    assert art.text.startswith("The Senate passed the budget bill on Tuesday by a vote of 50 to 49.")
    assert 'Café owners said "it helps us".' in art.text and "alert" not in art.text
    assert "Republicans said it spends too much." in art.text.split("\n\n")[1]
    assert clean_document(second).title == "Café owners meet lawmakers"
    assert clean_document(second).text == "Lawmakers met in the café to count the votes."
    # entries with no text are one line for the feed naming them; the others are read
    assert isinstance(third, InputError) and third.source == str(feed)
    assert "1 of 3 feed entries have no text" in str(third) and "(#3)" in str(third) and "--feed-links" in str(third)


def test_atom_feed_and_xml_suffix_and_standard_input(tmp_path: Path):
    path = tmp_path / "atom.xml"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = _read(path)
    assert (doc.title, doc.outlet, doc.url) == ("Storm closes the coast road", "Atom News", "https://d.example.net/storm")
    assert doc.published == "2024-03-02" and doc.authors == ("Ann Lee", "Bo Kim")
    assert clean_document(doc).text == "The storm closed the coast road on Saturday, the police said.\n\nCrews expect to reopen it on Monday."
    [piped] = _read("-", stdin=io.StringIO(ATOM))
    assert piped.source == "-#1" and piped.title == doc.title and piped.text == doc.text


def test_a_folder_reads_feeds_and_passes_over_other_xml(tmp_path: Path):
    (tmp_path / "a.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    (tmp_path / "huge.xml").write_text('<?xml version="1.0"?><config>' + "x" * 2000 + "</config>")
    got = _read(tmp_path, max_bytes=1000)  # not read past its head, so not "over the limit"
    assert [d.title for d in got] == ["Storm closes the coast road"]
    # named on its own, the same file is an error that says what it is
    [err] = _read(tmp_path / "sitemap.xml")
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in str(err)
    # a folder of nothing but such files holds no article files, and says so (a run once
    # ended with nothing read, exit 0 and no word why)
    (tmp_path / "a.atom").unlink()
    [err] = _read(tmp_path, max_bytes=1000)
    assert isinstance(err, InputError) and "no article files (2 files passed over" in str(err)


@pytest.mark.parametrize("content, problem", [
    (b"<rss><channel><title>x</title></channel></rss>", "feed has no entries"),
    (b"<rss version='2.0'><channel><item><title>cut off", "feed"),
    (b"", "empty"),
])
def test_broken_feeds_are_one_line(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "bad.rss"
    path.write_bytes(content)
    got = _read(path)
    assert all(isinstance(g, InputError) for g in got) and len(got) == 1
    assert str(got[0]).startswith(f"{path}") and problem in str(got[0]) and "\n" not in str(got[0])


def test_a_feed_never_makes_feedparser_open_paths_or_urls(tmp_path: Path):
    # feedparser opens a string that names a file or a URL: the reader hands it bytes only
    secret = tmp_path / "secret.atom"
    secret.write_text(ATOM.replace("Storm closes the coast road", "do not read"), encoding="utf-8")
    path = tmp_path / "odd.rss"
    path.write_text(str(secret))  # a feed file whose whole content is another file's path
    [err] = _read(path)  # had that path been opened, its entry would be an article here
    assert isinstance(err, InputError) and "do not read" not in str(err)


PAGE = (
    "<html><head><title>Page title</title><meta property='og:site_name' content='Page Site'></head><body><article>"
    "<h1>Budget bill passes</h1>"
    + "<p>The Senate passed the budget bill on Tuesday after a long night of votes, the clerk said, "
    "and the House will take it up next week when members return from the recess.</p>" * 4
    + "</article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        port = self.server.server_address[1]
        feed = RSS.replace(b"https://a.example.com/budget", f"http://127.0.0.1:{port}/budget".encode())
        feed = feed.replace(b"https://b.example.com/cafe", f"http://127.0.0.1:{port}/cafe".encode())
        feed = feed.replace(b"https://c.example.com/empty", f"http://127.0.0.1:{port}/gone".encode())
        routes = {"/feed": (200, "application/rss+xml", feed), "/feed-as-text": (200, "text/xml", feed),
                  "/budget": (200, "text/html; charset=utf-8", PAGE.encode()),
                  "/cafe": (200, "text/html; charset=utf-8", PAGE.encode())}
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_feed_url_gives_its_entries(server):
    with url_policy(FetchPolicy(allow_private=True, timeout=10)):
        for path in ("/feed", "/feed-as-text"):
            got = _read(server + path)
            assert [g.title if not isinstance(g, InputError) else None for g in got] == [
                "Senate passes the budget bill", "Café owners meet lawmakers", None]
            assert got[0].source == f"{server}{path}#1"


def test_feed_links_fetch_each_entrys_page(server, tmp_path: Path):
    with url_policy(FetchPolicy(allow_private=True, timeout=10, feed_links=True)):
        first, second, third = _read(server + "/feed")
    # the page's article text, with the entry's title, outlet, date and authors
    art = clean_document(first)
    assert art.text.startswith("The Senate passed the budget bill on Tuesday after a long night of votes")
    assert (art.title, art.outlet, art.published, art.byline) == (
        "Senate passes the budget bill", "Daily Courier", "2021-08-10", "Jane Roe")
    assert art.url == f"{server}/budget" and first.source == f"{server}/feed#1"
    # an entry that names no outlet of its own takes the page's site name, not the feed's
    assert clean_document(second).outlet == "Page Site"
    # a page that cannot be fetched is one line naming the entry and its link
    assert isinstance(third, InputError) and f"{server}/feed#3 ({server}/gone)" in str(third)
    assert "404" in str(third) and "\n" not in str(third)


def test_feed_links_are_refused_at_private_addresses_by_default(server, tmp_path: Path):
    feed = tmp_path / "local.rss"
    feed.write_text(f"<rss version='2.0'><channel><title>t</title><item><title>x</title><link>{server}/budget</link>"
                    "<description>the feed's own text of the story</description></item></channel></rss>")
    with url_policy(FetchPolicy(feed_links=True, timeout=5)):
        [got] = _read(feed)
    assert isinstance(got, InputError) and "refused" in str(got) and "non-public address" in str(got)
    [own] = _read(feed)  # without --feed-links: the feed's own text, no fetch
    assert own.text == "the feed's own text of the story"


def test_a_json_feed_is_read_as_json_with_its_title_as_the_outlet(tmp_path: Path):
    import json

    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Coast Weekly",
            "items": [{"id": "1", "url": "https://e.example.org/storm", "title": "Storm closes the coast road",
                       "content_html": "<p>The storm closed the coast road on Saturday.</p>",
                       "date_published": "2024-03-02T23:10:00+01:00", "authors": [{"name": "Ann Lee"}]},
                      {"id": "2", "title": "Tide tables", "content_text": "High tide is at noon.",
                       "_source": "x", "outlet": "Harbour News"}]}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    first, second = _read(path)
    assert (first.title, first.outlet, first.url, first.published, first.authors) == (
        "Storm closes the coast road", "Coast Weekly", "https://e.example.org/storm", "2024-03-02", ("Ann Lee",))
    assert clean_document(first).text == "The storm closed the coast road on Saturday."
    assert (second.outlet, second.text) == ("Harbour News", "High tide is at noon.")  # its own outlet wins


def test_an_opml_feed_list_reads_every_feed_it_lists(server, tmp_path: Path):
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="Politics"><outline text="Local" type="rss" xmlUrl="{server}/feed"/>
    <outline text="Gone" type="rss" xmlUrl="{server}/nothing-here"/></outline>
  <outline text="Odd" type="rss" xmlUrl="ftp://example.org/feed"/>
  <outline text="A folder without a feed"/>
</body></opml>""", encoding="utf-8")
    with url_policy(FetchPolicy(allow_private=True, timeout=10)):
        got = _read(opml)
        piped = _read("-", stdin=io.StringIO(opml.read_text(encoding="utf-8")))
    docs = [g for g in got if not isinstance(g, InputError)]
    errors = [str(g) for g in got if isinstance(g, InputError)]
    assert [d.source for d in docs] == [f"{server}/feed#1", f"{server}/feed#2"]
    assert any(e.startswith(f"{server}/nothing-here: the server answered 404") for e in errors)
    assert any(e.startswith(f"{opml} (ftp://example.org/feed): feed address is not http") for e in errors)
    assert [str(g).replace(str(opml), "-") for g in got] == [str(g) for g in piped]  # from standard input too
    # the feeds it lists are fetched like any URL: refused at private addresses by default
    refused = _read(opml)
    assert all(isinstance(g, InputError) for g in refused) and "non-public address" in str(refused[0])
    empty = tmp_path / "empty.opml"
    empty.write_text("<opml><body><outline text='x'/></body></opml>")
    assert "lists no feeds" in str(_read(empty)[0])


def test_a_headline_only_feed_is_one_line_not_one_per_entry(tmp_path: Path):
    items = "".join(f"<item><title>Headline {k}</title><link>https://x.example/{k}</link></item>" for k in range(25))
    path = tmp_path / "headlines.rss"
    path.write_text(f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>")
    [err] = _read(path)
    assert str(err).startswith(f"{path}: 25 of 25 feed entries have no text") and "#10, ..." in str(err)
    # a teaser of a few words would be refused as too short, one line an entry, without
    # the hint a reader needs: fetch the pages
    teasers = "".join(f"<item><title>H {k}</title><link>https://x.example/{k}</link><description>Read more here"
                      "</description></item>" for k in range(3))
    path.write_text(f"<rss version='2.0'><channel><title>t</title>{teasers}</channel></rss>")
    [err] = _read(path)
    assert "feed entries have no text, or under 5 words" in str(err) and "--feed-links" in str(err)


def test_a_feed_cut_short_says_so_and_keeps_only_its_whole_entries(tmp_path: Path):
    """feedparser reads on through a feed whose download broke off: the last entry came
    back with its text cut (stored as an article) or gone, and the run said nothing of
    the cut, or called it an entry without text."""
    cut = RSS[: RSS.index(b"to count the votes")]  # inside the second entry's description
    path = tmp_path / "cut.rss"
    path.write_bytes(cut)
    got = _read(path)
    assert [g.source for g in got if not isinstance(g, InputError)] == [f"{path}#1"]
    [err] = [g for g in got if isinstance(g, InputError)]
    where = re.escape(str(path))
    assert re.match(rf"{where}:14:\d+: the feed is cut short: its XML ends inside an element \(", str(err))
    assert "(the whole entry before it was read, 1 cut entry left out) (download the feed again)" in str(err)
    path.write_bytes(RSS.replace(b"&amp;eacute;", b"&eacute;"))  # an undefined entity: read on, as before
    assert len([g for g in _read(path) if not isinstance(g, InputError)]) == 2


def test_a_file_that_is_no_feed_names_where_its_xml_breaks(tmp_path: Path):
    """As every other input names a place in a file: FILE:LINE:COLUMN, columns from 1 (a JSON
    file's `cut.json:2:24`), not "at line 2, column 0" inside the message."""
    path = tmp_path / "notes.rss"
    path.write_bytes(b"just some notes\nnot a feed at all")
    [err] = _read(path)
    assert str(err) == (f"{path}:2:1: not a readable RSS or Atom feed (XML syntax error) "
                        "(check that the file or address is a news feed)")
    assert err.source == f"{path}:2:1"


def test_a_broken_opml_list_names_where_its_xml_breaks(tmp_path: Path):
    path = tmp_path / "subs.opml"
    path.write_bytes(b"<opml><body>\n<outline x='1' </body></opml>")
    [err] = _read(path)
    assert str(err).startswith(f"{path}:2:16: not a readable OPML file (XML not well-formed (invalid token))")
    assert "line 2" not in str(err)
