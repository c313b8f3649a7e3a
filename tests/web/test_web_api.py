"""The web app through FastAPI's TestClient: every endpoint, the JSON twins, and the
security rules (escaping, CSP, CSRF, write token, upload limits, SSRF refusal)."""

from __future__ import annotations

from pathlib import Path

import html
import json
import re
import urllib.parse
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from manysides.pipeline import open_analysis
from manysides.store import Store
from manysides.web import create_app
from manysides.web.queries import blindspot, fts_query

LOCAL = "http://127.0.0.1:8000"

HTML = {"accept": "text/html"}


# --------------------------------------------------------------------------- helpers
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def assert_inert(html: str) -> None:
    """No markup on the page can run script: the only <script> is our own file, no event
    handler attributes, no javascript: URLs, no inline styles, no frames or objects."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag == "script":
            assert attrs == {"src": "/static/app.js", "defer": None}, attrs
        assert tag not in ("iframe", "object", "embed", "base", "svg") or (tag == "svg" and attrs.get("class") in ("coverage", "segment")), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name != "style", (tag, value)
            if name in ("href", "src", "action", "formaction", "xmlns") and value:
                assert re.match(r"^(/|#|https?://)", value), (tag, name, value)


def story_ids(client) -> dict[str, dict]:
    return {s["id"]: s for s in client.get("/api/stories", params={"limit": 500}).json()["stories"]}


def hostile_story(client) -> dict:
    return next(s for s in story_ids(client).values() if "Pomona" in s["title"])


def compared_story(client) -> dict:
    return next(s for s in story_ids(client).values() if "Okafor" in s["title"])


def form_post(client, url, data, files=None, **kw):
    """POST a form the way our page does: CSRF cookie (from a GET) plus the hidden field."""
    client.get("/add", headers=HTML)
    token = client.cookies.get("manysides_csrf")
    return client.post(url, data={"csrf_token": token, **data}, files=files, follow_redirects=False, **kw)


# --------------------------------------------------------------------------- story list
def test_stories_listed_newest_first_with_outlets_and_coverage(client, built_db):
    data = client.get("/api/stories").json()
    stories = data["stories"]
    with Store(built_db) as store:
        assert data["total"] == len(store.stories())
    keys = [s["last_date"] or s["first_date"] or "" for s in stories]
    assert keys == sorted(keys, reverse=True)
    okafor = compared_story(client)
    assert {"The Open Commons", "Ironwood Sentinel"} <= set(okafor["outlets"])
    assert okafor["coverage"]["left"] >= 1 and okafor["coverage"]["right"] >= 1
    assert okafor["copies"] >= 1  # the wire copy is shown, not counted


def test_the_api_the_cli_and_the_analysis_json_list_stories_in_one_order_newest_first(client, built_db):
    # `show --json` (and the Python API, and exports) once listed stories oldest first,
    # undated first, where the terminal, `manysides stories` and this API list newest first
    from typer.testing import CliRunner

    from manysides.cli import app
    from manysides.pipeline import iter_analysis

    api = [s["id"] for s in client.get("/api/stories", params={"limit": 500}).json()["stories"]]
    cli = CliRunner().invoke(app, ["stories", "--db", str(built_db), "--json"])
    assert [json.loads(line)["id"] for line in cli.stdout.splitlines()] == api
    shown = CliRunner().invoke(app, ["show", "--db", str(built_db), "--json", "-"])
    assert [s["id"] for s in json.loads(shown.stdout)["stories"]] == api
    assert [s.id for s in open_analysis(built_db).stories] == api
    assert [s.id for part in iter_analysis(built_db, part_size=2) for s in part.stories] == api
    with Store(built_db) as store:
        dated = [s.last_date for s in store.stories(api) if s.last_date]
        assert len(set(dated)) > 2 and store.story_order() == api
    listed = {s.id: s for s in open_analysis(built_db).stories}
    keys = [listed[i].last_date or listed[i].first_date or "" for i in api]
    assert keys == sorted(keys, reverse=True) and keys[-1] == ""  # undated last


def test_search_finds_stories_by_words_and_never_errors_on_syntax(client):
    found = client.get("/api/stories", params={"q": "evacuation homes"}).json()["stories"]
    assert found and all("Saddle Gap" in s["title"] or "Pomona" in s["title"] for s in found)
    assert any("Saddle Gap" in s["title"] for s in found)
    for q in ['"unbalanced', "AND OR NOT (", "title:*", "<script>alert(1)</script>", "a'b\"c"]:
        r = client.get("/api/stories", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/stories", params={"q": "zzzunknownwordzzz"}).json()["total"] == 0
    assert fts_query('say "hi" OR x') == '"say" AND ("hi" OR "x")'
    assert fts_query("vaccines class vaccin") == '"vaccine"* AND "class"* AND "vaccin"*'
    # a word's other forms are found: the texts say "repair", the reader types "repairs"
    found = client.get("/api/stories", params={"q": "repairs Pomona"}).json()["stories"]
    assert found and all("Pomona" in s["title"] for s in found)


def test_search_supports_or_and_leaving_words_out(client):
    """"A OR B" finds stories with either word, "-word" leaves out the stories any of whose
    articles hold it; the FTS5 query is built from quoted words only."""
    from manysides.web.queries import parse_search

    assert parse_search("Biden OR Trump").match == '("Biden"* OR "Trump"*)'
    assert parse_search("a OR b c -vaccines -x").match == '("a" OR "b") AND "c"'
    assert parse_search("a OR b c -vaccines -x").exclude == '"vaccine"* OR "x"'
    assert parse_search("or OR").match == '"or"'  # only OR in capitals joins; a lone OR is nothing
    assert parse_search('-"x" NOT(').match == '"NOT"' and parse_search('-"x" NOT(').exclude == '"x"'

    def ids(q: str) -> set[str]:
        return {s["id"] for s in client.get("/api/stories", params={"q": q, "limit": 500}).json()["stories"]}

    everything = set(story_ids(client))
    pomona, okafor = ids("Pomona"), ids("Okafor")
    assert pomona and okafor and pomona != okafor and len(pomona | okafor) > max(len(pomona), len(okafor))
    assert ids("Pomona OR Okafor") == ids("Okafor OR Pomona") == pomona | okafor
    assert ids("-Pomona") == everything - pomona
    assert ids("Okafor -Pomona") == okafor - pomona
    assert ids("Pomona OR Okafor -Pomona") == okafor - pomona
    for q in ("-", "OR", "- OR -", "a OR OR b", '-"', "-(", "-NEAR(x y)", "OR -"):
        r = client.get("/api/stories", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    page = client.get("/", params={"q": "Pomona"}, headers=HTML).text
    assert 'aria-describedby="q-help"' in page and "<kbd>OR</kbd> between two words" in page


def test_a_search_of_no_word_lists_every_story_and_says_so(client):
    """A search of punctuation only ("-", a lone quote) listed no story, which read as "no
    story mentions it": it holds no word, so it is no search, and the page and the API say so."""
    everything = client.get("/api/stories", params={"limit": 500}).json()
    assert everything["total"] and everything["note"] is None
    for q in ("-", '"', "OR", "- ( )"):
        listed = client.get("/api/stories", params={"q": q, "limit": 500}).json()
        assert [s["id"] for s in listed["stories"]] == [s["id"] for s in everything["stories"]], q
        assert "holds no word to look for" in listed["note"] and "every story is listed" in listed["note"]
    page = client.get("/", params={"q": "-"}, headers=HTML).text
    assert 'id="search-note"' in page and "holds no word to look for" in page
    assert "No stories match" not in page and "matching “-”" not in page
    assert client.get("/api/stories", params={"q": "Pomona"}).json()["note"] is None  # a real search: no note


def test_list_title_names_the_search_and_filters(client):
    def title(**params) -> str:
        return re.search(r"<title>(.*)</title>", client.get("/", params=params, headers=HTML).text).group(1)

    assert title() == "Stories · manysides"
    assert title(q="biden") == "“biden” · Stories · manysides"
    assert title(q="<b>x</b>", outlet="Ironwood Sentinel", leaning="left") == (
        "“&lt;b&gt;x&lt;/b&gt;” · Ironwood Sentinel · covered by left · Stories · manysides")
    assert title(**{"from": "2025-06-01"}, limit=2, offset=2) == "2025-06-01 to … · from story 3 · Stories · manysides"


def test_an_empty_search_or_filter_does_not_say_yet(client):
    page = client.get("/", params={"q": "zzzunknownwordzzz"}, headers=HTML).text
    assert "No stories match this search" in page and "yet" not in page.split("<main", 1)[1]
    page = client.get("/", params={"q": "zzzunknownwordzzz", "leaning": "left"}, headers=HTML).text
    assert "No stories match these filters" in page and "yet" not in page.split("<main", 1)[1]


def test_filters_by_outlet_leaning_and_dates(client):
    by_outlet = client.get("/api/stories", params={"outlet": "ironwood sentinel"}).json()["stories"]
    assert by_outlet and all("Ironwood Sentinel" in s["outlets"] for s in by_outlet)
    right = client.get("/api/stories", params={"leaning": "right"}).json()["stories"]
    assert right and all(s["coverage"]["right"] >= 1 for s in right)
    june = client.get("/api/stories", params={"from": "2025-06-01", "to": "2025-06-30"}).json()["stories"]
    assert june
    for s in june:
        assert (s["last_date"] or "") >= "2025-06-01" and (s["first_date"] or "") <= "2025-06-30"
    assert all("Pomona" not in s["title"] for s in june)  # 2024 story filtered out
    r = client.get("/api/stories", params={"from": "June 1"})
    assert r.status_code == 422 and "YYYY-MM-DD" in r.json()["error"]
    assert client.get("/api/stories", params={"leaning": "purple"}).status_code == 422
    assert client.get("/api/stories", params={"from": "2021-13-45"}).status_code == 422  # not a day
    # the days the wrong way round: said, where an empty list read as "no story then"
    r = client.get("/api/stories", params={"from": "2025-06-30", "to": "2025-06-01"})
    assert r.status_code == 422 and "from='2025-06-30' is after to='2025-06-01'" in r.json()["error"]
    page = client.get("/", params={"from": "2025-06-30", "to": "2025-06-01"}, headers={"accept": "text/html"})
    assert page.status_code == 422 and "is after to=" in page.text
    upper = client.get("/api/stories", params={"leaning": "RIGHT"})
    assert upper.status_code == 200 and upper.json()["stories"] == right
    # a page past the end says so, and does not offer another empty page
    past = client.get("/", params={"limit": 5, "offset": 100}, headers={"accept": "text/html"}).text
    assert "No stories on this page" in past and "No stories here yet" not in past and "newer" not in past


def test_the_list_can_be_ordered_oldest_first_or_by_outlets(client):
    """A reader picks the order: oldest first, most independent outlets first, or (when
    searching) newest first instead of best match; paging keeps the order."""
    newest = client.get("/api/stories", params={"limit": 500}).json()["stories"]
    oldest = client.get("/api/stories", params={"sort": "oldest", "limit": 500}).json()["stories"]
    assert {s["id"] for s in oldest} == {s["id"] for s in newest} and oldest != newest
    firsts = [s["first_date"] for s in oldest if s["first_date"]]
    assert firsts == sorted(firsts) and firsts[0] < firsts[-1]
    assert all(s["first_date"] or s["last_date"] for s in oldest[: len(firsts)])  # undated last
    most = client.get("/api/stories", params={"sort": "OUTLETS", "limit": 500}).json()["stories"]
    counts = [len(s["outlets"]) for s in most]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    paged = [s["id"] for off in range(0, len(most), 3)
             for s in client.get("/api/stories", params={"sort": "outlets", "limit": 3, "offset": off}).json()["stories"]]
    assert paged == [s["id"] for s in most]
    found = client.get("/api/stories", params={"q": "said", "sort": "newest"}).json()["stories"]
    keys = [s["last_date"] or s["first_date"] or "" for s in found]
    assert len(found) > 2 and keys == sorted(keys, reverse=True)
    r = client.get("/api/stories", params={"sort": "random"})
    assert r.status_code == 422 and "newest, oldest, outlets, relevance" in r.json()["error"]
    page = client.get("/", params={"sort": "oldest", "limit": 2}, headers=HTML).text
    assert '<option value="oldest" selected>' in page and "newer →" in page and "older →" not in page


def test_blindspot_marks_stories_covered_by_one_side():
    assert blindspot({"left": 3, "center": 0, "right": 0, "unknown": 0}) == "left"
    assert blindspot({"left": 0, "center": 1, "right": 2, "unknown": 0}) == "right"
    assert blindspot({"left": 1, "center": 1, "right": 1, "unknown": 0}) is None
    assert blindspot({"left": 1, "center": 0, "right": 0, "unknown": 0}) is None


def test_list_page_shows_stories_and_marks_blindspots(client, db_copy):
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    assert "Saddle Gap Fire" in page.text and 'href="/stories/' in page.text
    assert_inert(page.text)
    # A story reported by two left outlets only is marked as a blindspot.
    with Store(db_copy) as store:
        sid = next(s.id for s in store.stories() if "Okafor" in s.title)
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        listed = {s["id"]: s for s in c.get("/api/stories").json()["stories"]}
        html = c.get("/", params={"leaning": "left"}, headers=HTML).text
    assert listed[sid]["blindspot"] is None
    assert "blindspot" not in re.search(rf'<li class="([^"]*)" data-story="{sid}"', html).group(1)


def test_list_page_links_each_outlet_to_its_stories_and_each_storyline(client):
    listed = client.get("/api/stories").json()["stories"]
    page = client.get("/", headers=HTML).text
    outlet = listed[0]["outlets"][0]
    assert f'<a href="/?{urllib.parse.urlencode({"outlet": outlet})}"' in page.replace("&amp;", "&")
    filtered = client.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert filtered and all(outlet in s["outlets"] for s in filtered)
    in_line = [s["id"] for s in listed if s["storyline"]]
    assert in_line  # the test corpus holds a follow-up story linked to the first
    for sid in in_line:
        assert f'<a href="/stories/{sid}#h-timeline">part of a storyline</a>' in page
    assert page.count("part of a storyline") == len(in_line)


# --------------------------------------------------------------------------- story page
def test_story_json_is_the_cli_analysis_json(client, built_db):
    sid = compared_story(client)["id"]
    got = client.get(f"/api/stories/{sid}").json()
    expected = open_analysis(built_db, [sid]).to_json()
    assert got["stories"] == expected["stories"]
    story = got["stories"][0]
    assert story["shared"] and story["voices"] and story["coverage"]
    assert got["timeline"] and any(t["current"] for t in got["timeline"])


def test_story_page_links_every_finding_to_its_span(client):
    sid = compared_story(client)["id"]
    page = client.get(f"/stories/{sid}", headers=HTML)
    assert page.status_code == 200
    for section in ("Side by side", "What each outlet leaves out", "Voices", "Coverage by leaning", "Timeline"):
        assert section in page.text
    assert '<svg class="coverage"' in page.text
    links = set(re.findall(r'href="/articles/([0-9a-f]+)#(c-\d+-\d+)"', page.text))
    assert len(links) >= 5
    for aid, frag in sorted(links)[:12]:
        art = client.get(f"/articles/{aid}", headers=HTML)
        assert f'id="{frag}"' in art.text, (aid, frag)


def test_a_cut_disputed_sentence_can_be_read_whole_on_the_story_page(client):
    """Session 31's walkthrough: the sample's disputed spending figure was shown in a sentence cut
    with "…", with no way to read the rest; the page now offers the whole sentence under it."""
    import html as htmllib

    sid = compared_story(client)["id"]
    page = client.get(f"/stories/{sid}", headers=HTML).text
    cells = re.findall(r'<td>(.*?)<details class="whole"><summary>the whole sentence</summary>(.*?)</details></td>',
                       page)
    assert cells
    for cut, whole in cells:
        shown = htmllib.unescape(re.sub(r"<[^>]+>", "", cut))
        full = htmllib.unescape(re.sub(r"<[^>]+>", "", whole))
        assert "…" in shown and "…" not in full and "<" not in full
        assert all(part.strip() in full for part in shown.split("…") if part.strip()), (shown, full)


def test_story_page_regions_have_names_of_their_own(client):
    """A screen reader lists landmarks by name: a scroll box named by its section's heading
    (the Voices table once was) reads as the same place twice."""
    sid = compared_story(client)["id"]
    parser = _Tags()
    parser.feed(client.get(f"/stories/{sid}", headers=HTML).text)
    names = [attrs.get("aria-label") or "ref:" + str(attrs.get("aria-labelledby"))
             for tag, attrs in parser.tags if tag == "section" or attrs.get("role") == "region"]
    assert len(names) >= 5 and "speakers and the outlets that quote them" in names
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_story_page_links_each_headline_and_explains_the_slant_badges(client):
    sid = compared_story(client)["id"]
    data = client.get(f"/api/stories/{sid}").json()["stories"][0]
    page = client.get(f"/stories/{sid}", headers=HTML).text
    for aid in data["independent_articles"]:
        assert f'<a class="title" href="/articles/{aid}">' in page
    assert "P(right) − P(left)" in page  # the test store's articles are scored
    # the outlet's known leaning is named so beside the text's slant: a bare "center" read as the article's label
    badges = re.findall(r'<span class="badge lean-\w+"[^>]*>([^<]*)</span>', page)
    assert badges and all(b.startswith("known leaning: ") for b in badges), badges


def test_the_timeline_shows_only_for_a_storyline_of_two_or_more_stories(client):
    seen = set()
    for s in story_ids(client).values():
        timeline = client.get(f"/api/stories/{s['id']}").json()["timeline"]
        page = client.get(f"/stories/{s['id']}", headers=HTML).text
        shown = len(timeline) > 1
        assert ('id="h-timeline"' in page) == shown and ('href="#h-timeline"' in page) == shown, s["id"]
        seen.add(shown)
    assert False in seen  # the store has stories in no storyline


def test_a_side_by_side_table_of_two_or_more_outlets_has_a_scroll_cue(client):
    seen = set()
    for s in story_ids(client).values():
        page = client.get(f"/stories/{s['id']}", headers=HTML).text
        heads = page.count('<th scope="col" class="col-head">')
        cue = re.search(r'<p class="scroll-hint muted" data-scroll-hint>(\d+) '
                        r'(?:outlets|articles from (\d+) outlets?) side by side', page)
        assert (cue is not None) == (heads > 1), s["id"]
        if cue:
            assert int(cue.group(1)) == heads
        seen.add(heads > 1)
    assert seen == {True, False}


def test_the_scroll_cue_counts_outlets_as_the_story_does(client):
    """One column per independent article: a story where an outlet has two articles said
    "7 outlets side by side" under "6 independent outlets"."""
    counted = set()
    for s in story_ids(client).values():
        page = " ".join(client.get(f"/stories/{s['id']}", headers=HTML).text.split())
        heads = page.count('<th scope="col" class="col-head">')
        outlets = len(s["outlets"])
        if heads < 2:
            continue
        said = (f"{heads} outlets side by side" if heads == outlets
                else f"{heads} articles from {outlets} outlets side by side")
        assert said in page, (s["id"], heads, outlets)
        counted.add(heads == outlets)
    assert counted == {True, False}  # the sample has a story with two articles of one outlet


def test_story_list_separates_a_wire_copy_count_from_the_storyline_link(client):
    page = " ".join(client.get("/", headers=HTML).text.split())
    assert "not counted · <a" in page and "counted·" not in page


def test_story_page_marks_the_new_details_of_each_unique_item(client):
    from markupsafe import escape

    marked = 0
    for s in story_ids(client).values():
        data = client.get(f"/api/stories/{s['id']}").json()["stories"][0]
        details = [d for u in data["unique"] for d in u["details"] if u["end"] - u["start"] < 400]  # shown whole
        if not details:
            continue
        page = client.get(f"/stories/{s['id']}", headers=HTML).text
        assert "a figure or a name no other outlet gives" in page
        for d in details:
            assert f'<mark class="detail">{escape(" ".join(d["text"].split()))}</mark>' in page, d
            marked += 1
    assert marked >= 5  # the sample's outlets each give figures and names of their own


def test_story_page_shows_disputed_numbers(client):
    for s in story_ids(client).values():
        data = client.get(f"/api/stories/{s['id']}").json()["stories"][0]
        if data["disputed"]:
            page = client.get(f"/stories/{s['id']}", headers=HTML).text
            assert "Disputed numbers" in page
            assert re.search(r'class="finding" href="/articles/[0-9a-f]+#c-\d+-\d+"><strong>', page)
            # each figure is shown in its own sentence, which names what it counts
            claim = data["disputed"][0]["claims"][0]
            text = client.get(f"/api/articles/{claim['article']}").json()["article"]["text"]
            word = text[claim["end"]:].split()[0] if text[claim["end"]:].split() else ""
            assert f"<strong>{html.escape(claim['text'], quote=False)}</strong></a>" in page
            assert html.escape(word, quote=False) in page
            return
    pytest.fail("no story with disputed numbers in the test store")


def test_the_first_characters_of_an_id_lead_to_its_page(client):
    sid = compared_story(client)["id"]
    r = client.get(f"/stories/{sid[:8]}", headers=HTML, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/stories/{sid}"
    aid = client.get(f"/api/stories/{sid}").json()["stories"][0]["articles"][0]
    r = client.get(f"/articles/{aid[:6]}", headers=HTML, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/articles/{aid}"
    assert client.get("/stories/s-zzzzzz", headers=HTML).status_code == 404
    assert client.get("/stories/s-", headers=HTML).status_code == 404  # too short to complete


def test_the_json_takes_the_first_characters_of_an_id_as_its_page_does(client):
    sid = compared_story(client)["id"]
    r = client.get(f"/api/stories/{sid[:8]}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/api/stories/{sid}"
    aid = client.get(f"/api/stories/{sid}").json()["stories"][0]["articles"][0]
    r = client.get(f"/api/articles/{aid[:6]}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/api/articles/{aid}"
    assert client.get(f"/api/articles/{aid[:6]}").json()["article"]["id"] == aid
    assert "no story" in client.get("/api/stories/s-zzzzzz").json()["error"]
    assert client.get("/api/stories/s-").status_code == 404  # too short to complete


def test_unknown_story_and_article_are_404_with_one_line(client):
    r = client.get("/api/stories/s-nope")
    assert r.status_code == 404 and "no story" in r.json()["error"]
    assert client.get("/stories/s-nope", headers=HTML).status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    page = client.get("/articles/<script>", headers=HTML)
    assert page.status_code == 404 and "<script>" not in page.text.split("</head>")[1].replace('<script src="/static/app.js" defer></script>', "")


def test_a_path_with_no_page_says_where_the_pages_are(client):
    # a FastAPI user tries /docs, a reader /stories: both once got a bare "Not Found"
    for url in ("/docs", "/stories", "/api"):
        r = client.get(url)
        assert r.status_code == 404
        assert r.json()["error"] == (f"no page at {url}: the stories are at /, their JSON at /api/stories, "
                                     "and the API is described at /api-docs")
    page = client.get("/docs/<b>x</b>", headers=HTML)
    assert page.status_code == 404 and "no page at /docs/&lt;b&gt;x&lt;/b&gt;" in page.text
    assert 'href="/"' in page.text


# --------------------------------------------------------------------------- article page
def test_article_page_highlights_and_shows_removed_and_copies(client, built_db):
    with Store(built_db) as store:
        arts = store.articles()
    copy = next(a for a in arts if a.duplicate_of)
    original = copy.duplicate_of
    data = client.get(f"/api/articles/{original}").json()
    assert copy.id in [c["id"] for c in data["copies"]]
    assert data["entities"] and data["findings"]
    page = client.get(f"/articles/{original}", headers=HTML).text
    assert f'href="/articles/{copy.id}"' in page and "Wire copies of this article" in page
    assert 'class="k-entity' in page or "k-entity" in page
    copy_page = client.get(f"/articles/{copy.id}", headers=HTML).text
    assert "wire copy of" in copy_page and f'href="/articles/{original}"' in copy_page
    cleaned = next(a for a in arts if a.removed)
    page = client.get(f"/articles/{cleaned.id}", headers=HTML).text
    assert "What cleaning removed" in page
    # The text is the cleaned text, escaped, whatever the highlighting cut it into.
    text = re.sub(r"<[^>]+>", "", page.split('id="text">', 1)[1].split("</div>", 1)[0])
    import html as _html

    assert _html.unescape(text) == cleaned.text


def test_article_page_says_in_words_what_each_highlight_means(client, built_db):
    """A tooltip reaches mouse users only: under the text, every highlighted finding is
    listed by kind with its meaning, and links to its place in the text."""
    with Store(built_db) as store:
        original = next(a for a in store.articles() if a.duplicate_of).duplicate_of
    page = client.get(f"/articles/{original}", headers=HTML).text
    notes = page.split('id="h-notes"', 1)[1]
    for heading in ("Shared with other outlets", "Quotes", "Numbers"):
        assert f">{heading}</mark>" in notes, heading
    links = re.findall(r'<li><a href="#(c-\d+-\d+)">', notes)
    assert len(links) >= 5
    text = page.split('id="text">', 1)[1].split("</div>", 1)[0]
    assert all(f'id="{anchor}"' in text for anchor in links)  # each lands on its span
    assert "shared point: " in notes and "quote, " in notes


def test_article_page_renders_slant_when_annotation_carries_it(client, built_db):
    from manysides.records import Slant, SlantEvidence

    from manysides.web.queries import _annotation_spans
    from manysides.records import Annotation

    ann = Annotation("x", (), (), (), (), slant=Slant(0.5, "right", 0.8, (SlantEvidence(0, 4, "Tax", 0.3),)))
    kinds = {s.kind for s in _annotation_spans(ann)}
    assert kinds == {"slant-right"}


def test_article_page_lists_quoted_voices_beside_the_score_and_partisan_evidence_both_ways():
    """A quote from a party-identified voice is not evidence that moved the score (it
    sits beside it), and hyperpartisan evidence may push away from hyperpartisan."""
    from manysides.records import Annotation, Hyperpartisan, Slant, SlantEvidence
    from manysides.web.queries import _annotation_spans

    ann = Annotation("x", (), (), (), (), slant=Slant(0.12, "center", 0.5, (
        SlantEvidence(0, 4, "Tax", 0.3),
        SlantEvidence(10, 20, "we will win", -1.0, kind="source", note="Ann Lee (Democratic-identified)"))),
        hyperpartisan=Hyperpartisan(0.1, (SlantEvidence(0, 4, "Tax", -0.2),)))
    spans = _annotation_spans(ann)
    assert [s.kind for s in spans] == ["slant-right", "source", "partisan"]
    assert "slant evidence" not in spans[1].label and "Ann Lee (Democratic-identified)" in spans[1].label
    assert "not part of the score" in spans[1].label
    assert "pushes away from hyperpartisan (-0.20)" in spans[2].label


def test_article_page_shows_loaded_wording_marked_listed_and_escaped(client, built_db):
    import html as _html

    from manysides.records import Annotation, Slant, SlantEvidence
    from manysides.web.queries import _annotation_spans
    from manysides.web.render import highlight

    # the pipeline's own annotations carry loaded spans, and the page marks and lists them
    with Store(built_db) as store:
        anns = store.annotations([a.id for a in store.articles()])
    aid, ann = next((k, a) for k, a in anns.items() if a.slant and any(e.kind == "loaded" for e in a.slant.evidence))
    loaded = [e for e in ann.slant.evidence if e.kind == "loaded"]
    page = client.get(f"/articles/{aid}", headers=HTML).text
    assert "<dt>Loaded wording</dt>" in page and '<mark class="k-loaded">loaded wording</mark>' in page
    text_html = page.split('id="text">', 1)[1].split("</div>", 1)[0]
    marked = [_html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r'<mark class="[^"]*k-loaded[^"]*"[^>]*>(.*?)</mark>', text_html)]
    assert {e.text for e in loaded} <= set(marked)
    # its own kind and label (the lexicon's note, the model's weight), not "slant evidence"
    hostile = "<script>alert(1)</script>"
    ann2 = Annotation("x", (), (), (), (), slant=Slant(0.5, "right", 0.8, (
        SlantEvidence(0, 4, "Tax", 0.3), SlantEvidence(5, 9, "vile", 0.0, kind="loaded", note=f"loaded wording: {hostile}"))))
    spans = _annotation_spans(ann2)
    assert [s.kind for s in spans] == ["slant-right", "loaded"]
    assert spans[1].label == f"loaded wording: {hostile}; slant model weight +0.00"
    out = str(highlight("Tax: vile plan", spans))
    assert '<mark class="k-loaded" title="loaded wording: &lt;script&gt;' in out and hostile not in out


def test_article_page_says_what_a_score_without_loaded_wording_is_read_from(client, built_db):
    """Session 43, helper C (review 31: labels shown with no evidence at all): an article whose slant shows no loaded
    word and no phrase says that none was found and what the score is read from, as the HTML report does; one with
    loaded wording lists it instead."""
    with Store(built_db) as store:
        anns = store.annotations([a.id for a in store.articles()])
    bare = [k for k, a in anns.items() if a.slant and not any(e.kind in ("loaded", "phrase") for e in a.slant.evidence)]
    worded = [k for k, a in anns.items() if a.slant and any(e.kind == "loaded" for e in a.slant.evidence)]
    assert bare and worded
    page = client.get(f"/articles/{bare[0]}", headers=HTML).text
    assert 'class="muted no-loaded">none found in the text' in page and "topic words and house style" in page
    assert "no-loaded" not in client.get(f"/articles/{worded[0]}", headers=HTML).text


# --------------------------------------------------------------------------- escaping
def test_hostile_text_stays_data_on_every_page(client):
    story = hostile_story(client)
    pages = ["/", f"/stories/{story['id']}", "/?q=%3Cscript%3E", "/add", "/api-docs"]
    data = client.get(f"/api/stories/{story['id']}").json()
    pages += [f"/articles/{a['id']}" for a in data["articles"]]
    for url in pages:
        r = client.get(url, headers=HTML)
        assert r.status_code == 200, url
        assert_inert(r.text)
        assert "<script>window" not in r.text and "onerror=" not in r.text.replace("onerror=&#34;", "")
        assert "\u202e" not in r.text, url  # a direction override cannot turn a line around
    # The hostile strings are shown, escaped, not dropped.
    page = client.get(f"/stories/{story['id']}", headers=HTML).text
    assert "valley \ufffdyellav" in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;Gazette" in page
    # A javascript: URL is shown as text, never as a link; an http(s) one is a link.
    arts = {a["outlet"]: a for a in data["articles"]}
    gazette = next(a for o, a in arts.items() if o and o.endswith("Gazette"))
    art_page = client.get(f"/articles/{gazette['id']}", headers=HTML).text
    assert '<span class="url">javascript:window.__pwned=1</span>' in art_page
    daily = next(a for o, a in arts.items() if o and o.startswith("Valley"))
    daily_page = client.get(f"/articles/{daily['id']}", headers=HTML).text
    assert 'href="https://valley-daily.example/dam?x=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in daily_page


def test_security_headers_on_pages_api_and_static(client):
    for url in ("/", "/api/stories", "/static/app.js", "/static/style.css", "/add"):
        r = client.get(url, headers=HTML)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_head_gets_the_get_status_and_headers_without_a_body(client):
    # link checkers and `curl -I` send HEAD: they once got 405 from every page and endpoint
    story = compared_story(client)["id"]
    article = client.get(f"/api/stories/{story}").json()["stories"][0]["articles"][0]
    for url in ("/", "/api/stories", f"/stories/{story}", f"/api/stories/{story}", f"/articles/{article}",
                f"/api/articles/{article}", "/add", "/api-docs", "/openapi.json", "/static/app.js"):
        got, head = client.get(url, headers=HTML), client.head(url, headers=HTML)
        assert (head.status_code, head.content) == (200, b""), url
        assert head.headers["content-type"] == got.headers["content-type"], url
        assert head.headers["content-length"] == str(len(got.content)), url
        assert "script-src 'self'" in head.headers["content-security-policy"], url
    missing = client.head("/api/stories/s-000000000000")
    assert (missing.status_code, missing.content) == (404, b"")
    assert client.head(f"/api/stories/{story[:8]}", follow_redirects=False).status_code == 307


def test_templates_have_no_inline_script_or_handlers():
    from importlib.resources import files

    for t in files("manysides.web").joinpath("templates").iterdir():
        text = t.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), t.name
        assert not re.search(r"\son[a-z]+\s*=", text), t.name
        assert "style=" not in text, t.name


# --------------------------------------------------------------------------- API docs
def test_openapi_documents_every_api_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/jobs",
              "/api/jobs/upload", "/api/jobs/{job_id}"):
        assert p in paths, p
    assert "multipart/form-data" in paths["/api/jobs/upload"]["post"]["requestBody"]["content"]
    page = client.get("/api-docs", headers=HTML).text
    assert "/api/stories/{story_id}" in page
    # every parameter says what it means, and a JSON body lists its fields
    text = " ".join(re.sub("<[^>]+>", " ", page).split())
    assert "offset query How many of the matching stories to skip (paging)." in text
    assert "q query Words to search for in titles and texts" in text
    # the search syntax the page's box states (it said only "all must occur")
    assert "OR in capitals between two words lets either do; -word leaves out the stories with it" in text
    assert "urls body http(s) addresses of articles or news feeds to fetch" in text
    assert "story_id path a story's id, as listed" in html.unescape(text)  # path parameters too
    rows = re.findall(r"<tr><th scope=\"row\"><code>[^<]*</code></th><td>[^<]*</td><td>(.*?)</td></tr>", page)
    assert rows and all(rows), "a parameter without a meaning"
    assert "`" not in text  # `code` in descriptions is set as code, not shown as backticks
    assert "as listed (<code>s-</code> and 12 hex digits)" in page
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


# --------------------------------------------------------------------------- writes: CSRF and token
def test_every_post_route_refuses_a_form_without_csrf(built_db):
    app = create_app(built_db)
    from manysides.web import api, pages

    routes = list(app.routes) + list(api.router.routes) + list(pages.router.routes)
    posts = [r.path for r in routes if "POST" in (getattr(r, "methods", None) or ())]
    assert set(posts) == {"/add", "/api/jobs", "/api/jobs/upload"}
    with TestClient(app, base_url=LOCAL) as c:
        c.get("/add", headers=HTML)  # has the cookie, but does not send the field
        for path in ("/add", "/api/jobs/upload"):
            r = c.post(path, data={"text": "An article."}, follow_redirects=False)
            assert r.status_code == 403, path
            r = c.post(path, data={"text": "An article.", "csrf_token": "forged-value-1234567890"})
            assert r.status_code == 403, path
        # JSON from another site's page (the browser says so) is refused too.
        for headers in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}):
            r = c.post("/api/jobs", json={"texts": [{"text": "x"}]}, headers=headers)
            assert r.status_code == 403


def test_a_json_body_that_is_not_a_job_is_refused_in_words(tmp_path):
    # it said "body.0: JSON decode error", and a misspelt field ("url", "date") was dropped in
    # silence: the job then had nothing to add, or an article lost its date
    with TestClient(create_app(tmp_path / "e.db"), base_url=LOCAL) as c:
        def error(**kw) -> str:
            r = c.post("/api/jobs", **kw)
            assert r.status_code == 422, r.text
            return r.json()["error"]

        assert error(content=b"{urls: x}", headers={"content-type": "application/json"}).startswith(
            "the request body is not valid JSON (")
        assert error(json=["https://example.org/story"]).startswith("the request body must be one JSON object")
        assert error(data={"urls": "https://example.org/story"}).startswith("the request body must be one JSON object")
        assert error(json={"url": ["https://example.org/story"]}) == (
            "body.url: no such field (the fields are listed at /api-docs)")
        assert error(json={"texts": [{"text": "An article.", "publised": "2025-06-10"}]}).startswith(
            "body.texts.0.publised: no such field")
        assert c.get("/api/stories").json()["total"] == 0


def test_a_pasted_article_takes_the_field_names_a_files_row_may_use(tmp_path):
    # a row of a JSON Lines export pasted as it is: its "date" was refused ("no such field")
    # though the same row in a file gives the article its date
    from manysides.web.submit import JobRequest, from_json

    app = create_app(tmp_path / "e.db")
    row = {"content": "An article.", "headline": "A title", "source": "Reuters", "link": "https://example.org/a",
           "date": "2025-06-10", "bias": "center"}
    (pasted,) = from_json(JobRequest.model_validate({"texts": [row]}), app.state.config).pasted
    assert (pasted.text, pasted.title, pasted.outlet, pasted.url, pasted.published, pasted.leaning) == (
        "An article.", "A title", "Reuters", "https://example.org/a", "2025-06-10", "center")
    schema = JobRequest.model_json_schema()["$defs"]["PastedIn"]["properties"]
    assert {"text", "title", "outlet", "url", "published", "leaning"} <= set(schema)  # the docs name each field once


def test_form_with_csrf_token_is_accepted(db_copy):
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        r = form_post(c, "/add", {"text": ""})
        assert r.status_code == 400 and "nothing to add" in r.text  # passed CSRF, then validated


def test_non_loopback_server_needs_the_token_for_writes(db_copy):
    app = create_app(db_copy, host="0.0.0.0")
    token = app.state.config.token
    assert token and len(token) >= 20
    with TestClient(app, base_url=LOCAL) as c:
        assert c.get("/api/stories").status_code == 200  # reading needs no token
        assert c.get("/", headers=HTML).status_code == 200
        assert "Access token" in c.get("/add", headers=HTML).text
        r = c.post("/api/jobs", json={"urls": ["http://10.0.0.1/"]})
        assert r.status_code == 401 and "token" in r.json()["error"]
        r = c.post("/api/jobs", json={"urls": ["http://10.0.0.1/"]}, headers={"authorization": "Bearer wrong"})
        assert r.status_code == 401
        r = form_post(c, "/add", {"urls": "http://10.0.0.1/"})
        assert r.status_code == 401
        r = form_post(c, "/add", {"urls": "http://10.0.0.1/", "token": token})
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        r = c.post("/api/jobs", json={"urls": ["http://10.0.0.1/"]}, headers={"authorization": f"Bearer {token}"})
        assert r.status_code == 202
    assert create_app(db_copy, host="127.0.0.1").state.config.token is None
    assert create_app(db_copy, host="::1").state.config.token is None
    assert create_app(db_copy, host="127.0.0.1", token="given").state.config.token == "given"


# --------------------------------------------------------------------------- writes: limits
def test_upload_size_limits(db_copy):
    app = create_app(db_copy, max_upload_bytes=2000, max_files=2)
    with TestClient(app, base_url=LOCAL) as c:
        r = form_post(c, "/api/jobs/upload", {}, files=[("files", ("big.txt", b"word " * 500, "text/plain"))])
        assert r.status_code == 400 and "big.txt: over the" in r.json()["error"]
        r = form_post(c, "/add", {}, files=[("files", ("big.txt", b"word " * 500, "text/plain"))])
        assert r.status_code == 400 and "big.txt: over the" in r.text
        r = c.post("/api/jobs", json={"texts": [{"text": "word " * 500}]})
        assert r.status_code == 400 and "over the" in r.json()["error"]
        files = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(3)]
        r = form_post(c, "/api/jobs/upload", {}, files=files)
        assert r.status_code in (400, 413)
        r = c.post("/api/jobs", content=b"{" + b" " * (app.state.config.max_request_bytes + 10) + b"}",
                   headers={"content-type": "application/json"})
        assert r.status_code == 413 and "limit" in r.json()["error"]
        r = c.post("/api/jobs", json={"urls": ["file:///etc/passwd", "javascript:alert(1)"]})
        assert r.status_code == 400
        assert "file:///etc/passwd: not an http" in r.json()["error"]


# --------------------------------------------------------------------------- jobs
def test_adding_articles_through_the_api_runs_the_pipeline(db_copy, tmp_path):
    evil_name = "../../" + str(tmp_path / "escaped.txt").lstrip("/")
    text = ("Lake Pomona dam repairs began on Monday, county officials said. Sheriff Dana Ruiz said "
            "crews would work through the summer and the repair would cost about $14 million.")
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        r = form_post(c, "/api/jobs/upload", {"urls": "http://localhost:9/x"},
                      files=[("files", (evil_name, text.encode(), "text/plain"))])
        assert r.status_code == 202, r.text
        job_id = r.json()["id"]
        job = _wait(c, job_id)
        assert job["status"] == "done", job
        assert len(job["articles"]) == 1 and job["stories"]
        assert [f["source"] for f in job["failures"]] == ["http://localhost:9/x"]
        assert "non-public address" in job["failures"][0]["message"]
        art = c.get(f"/api/articles/{job['articles'][0]}").json()["article"]
        # the article records the user's file name (only shown, never used as a path)
        assert art["source"] == f"{evil_name} [job {job_id[:8]}]" and "manysides-job-" not in json.dumps(art)
        page = c.get(f"/jobs/{job_id}", headers=HTML)
        assert page.status_code == 200 and f'href="/articles/{job["articles"][0]}"' in page.text
        # the article is named by its outlet and headline, and a finished job shows no stage
        assert f'unknown outlet: Lake Pomona dam repairs began on Monday, county officials said.' in page.text
        assert 'id="job-stage"' not in page.text and "Nothing was added" not in page.text
        assert job["stages"] and job["stages"][0]["name"] == "reading"
        assert c.get("/api/jobs/unknown").status_code == 404
        # a job with a failed input is done, saying so, with the failure listed; its stages
        # say what they count (grouping counts nothing: no "grouping: 0")
        assert re.search(r'Status: <strong[^>]*>done</strong> · <span id="job-failed">1 input failed', page.text)
        assert '<ul class="failures"><li>http://localhost:9/x: refused' in page.text
        texts = [s["text"] for s in job["stages"]]
        # read and failed apart: the refused URL was counted as a document read before session 31
        assert "grouping the articles into stories: done" in texts
        assert "reading the inputs: 1 document read, 1 failed (listed below)" in texts
        assert job["stages"][0]["done"] == 2 and job["stages"][0]["failed"] == 1
        assert "grouping: 0" not in page.text and "<li>grouping the articles into stories: done</li>" in page.text
        assert "The story this article is in" in page.text and f'href="/stories/{job["stories"][0]}"' in page.text
        # a job whose every input failed has failed, says that nothing was added and lists why
        r = c.post("/api/jobs", json={"urls": ["http://localhost:9/x"]})
        failed = _wait(c, r.json()["id"])
        assert failed["status"] == "failed" and failed["articles"] == [] and failed["error"]
        assert [f["source"] for f in failed["failures"]] == ["http://localhost:9/x"]
        page = c.get(f"/jobs/{failed['id']}", headers=HTML).text
        assert '<strong id="job-status" role="status">failed</strong>' in page and 'data-status="failed"' in page
        assert "Nothing was added: every input failed (see below)." in page
        assert '<ul class="failures"><li>http://localhost:9/x: refused' in page
        assert "<li>reading the inputs: 0 documents read, 1 failed (listed below)</li>" in page
    assert not (tmp_path / "escaped.txt").exists()


def test_uploaded_feeds_and_web_archives_are_read_by_their_names(db_copy, tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))
    from test_archives import _warc
    from test_feeds import RSS

    archive = _warc(tmp_path / "crawl.warc.gz", home=True).read_bytes()
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        r = form_post(c, "/api/jobs/upload", {}, files=[("files", ("Crawl.WARC.GZ", archive, "application/gzip")),
                                                         ("files", ("news.rss", RSS, "application/rss+xml"))])
        assert r.status_code == 202, r.text
        job = _wait(c, r.json()["id"])
        assert job["status"] == "done", job
        sources = sorted(c.get(f"/api/articles/{a}").json()["article"]["source"] for a in job["articles"])
        tag = f" [job {job['id'][:8]}]"
        assert sources == [f"Crawl.WARC.GZ{tag}#4", f"Crawl.WARC.GZ{tag}#8", f"news.rss{tag}#1", f"news.rss{tag}#2"]
        # a failure names the user's file, not the temporary one; the crawl's home page is
        # passed over, not failed
        assert [f["source"] for f in job["failures"]] == ["news.rss"]
        assert job["passed_over"] == 1
        assert "Passed over 1 archived page(s)" in c.get(f"/jobs/{job['id']}", headers=HTML).text


def test_a_feed_url_job_lists_its_entries_and_can_fetch_their_pages(db_copy):
    import sys
    import threading
    from http.server import ThreadingHTTPServer

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))
    from test_feeds import _Handler

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    feed = f"http://127.0.0.1:{httpd.server_address[1]}/feed"
    try:
        with TestClient(create_app(db_copy, allow_private_urls=True), base_url=LOCAL) as c:
            jobs = {}
            for links in (False, True):
                r = c.post("/api/jobs", json={"urls": [feed], "feed_links": links})
                assert r.status_code == 202, r.text
                jobs[links] = _wait(c, r.json()["id"])
            texts = {links: [c.get(f"/api/articles/{a}").json()["article"]["text"] for a in job["articles"]]
                     for links, job in jobs.items()}
        # the job's articles are the feed's entries (their sources are the feed's, not an upload's)
        assert len(texts[False]) == 2 and texts[False][0].startswith("The Senate passed the budget bill on Tuesday by a vote")
        assert [f["source"] for f in jobs[False]["failures"]] == [feed]
        # with feed_links the entries' pages were fetched instead
        assert texts[True][0].startswith("The Senate passed the budget bill on Tuesday after a long night of votes")
        assert [f["source"] for f in jobs[True]["failures"]] == [f"{feed}#3 ({feed[:-5]}/gone)"]
    finally:
        httpd.shutdown()


def test_a_jobs_page_does_not_call_an_article_stored_before_added(client):
    """A job lists every article its inputs hold, also one the store already had (docs/web.md),
    under a heading that said "Articles added"."""
    from manysides.web.jobs import Job

    stored = client.get("/api/stories").json()["stories"][0]["id"]
    article = client.get(f"/api/stories/{stored}").json()["stories"][0]["articles"][0]
    job = Job(id="job-of-a-stored-article", inputs=["again.txt"], status="done", articles=[article],
              stories=[stored])
    jobs = client.app.state.jobs
    jobs._jobs[job.id] = job  # as a finished job whose one input the store held already
    try:
        page = client.get(f"/jobs/{job.id}", headers={"accept": "text/html"}).text
    finally:
        jobs._jobs.pop(job.id)
    assert f'href="/articles/{article}"' in page
    assert "Articles added" not in page and "The articles these inputs hold" in page


def _wait(client, job_id: str) -> dict:
    import time

    while True:  # the job ends (done or failed) or the test run's own timeout stops it
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.3)


# --------------------------------------------------------------------------- caching
def test_story_pages_are_rendered_once_per_version_of_the_story(db_copy, monkeypatch):
    from manysides.web import queries

    calls = []
    real = queries.story_page
    monkeypatch.setattr(queries, "story_page", lambda store, sid: calls.append(sid) or real(store, sid))
    with Store(db_copy) as store:
        sid = next(s.id for s in store.stories() if "Okafor" in s.title)
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        first = c.get(f"/stories/{sid}", headers=HTML).text
        assert c.get(f"/stories/{sid}", headers=HTML).text == first
        assert calls == [sid]
        with Store(db_copy) as store:
            store.drop_report(sid)  # the story changed: the next request renders it again
        assert c.get(f"/stories/{sid}", headers=HTML).text == first
        assert calls == [sid, sid]


def test_list_pages_filter_one_story_index_per_version_of_the_stories(db_copy, monkeypatch):
    # building the index reads every grouped article; pages, filters and searches reuse it
    from manysides.stories import merge_stories
    from manysides.web import queries

    builds = []
    real = queries.story_index
    monkeypatch.setattr(queries, "story_index", lambda store, previous=None: builds.append(1) or real(store, previous))
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        whole = c.get("/api/stories").json()
        assert c.get("/api/stories?limit=1&offset=1").json()["stories"] == whole["stories"][1:2]
        assert c.get("/", headers=HTML).status_code == 200
        assert c.get("/api/stories?q=dam").json()["total"] >= 1
        assert len(builds) == 1
        with Store(db_copy) as store:
            a, b = (s.id for s in store.stories()[:2])
            merge_stories(store, a, [b])  # the stories changed: the next list sees it
        after = c.get("/api/stories").json()
        assert len(builds) == 2 and after["total"] == whole["total"] - 1
        assert b not in {s["id"] for s in after["stories"]}


def test_the_story_index_is_built_when_the_server_starts(db_copy, monkeypatch):
    # on a large store the first reader of the list should not wait for the index
    import time

    from manysides.web import queries

    builds = []
    real = queries.story_index
    monkeypatch.setattr(queries, "story_index", lambda store, previous=None: builds.append(1) or real(store, previous))
    app = create_app(db_copy)
    with TestClient(app, base_url=LOCAL) as c:
        deadline = time.monotonic() + 30
        while not builds and time.monotonic() < deadline:  # no request made yet
            time.sleep(0.05)
        assert builds == [1]
        assert c.get("/api/stories").json()["total"] >= 1
        assert builds == [1]  # the list used the index built at start


def test_the_next_story_index_reads_only_the_stories_that_changed(db_copy, monkeypatch):
    # a change must not cost a read of every stored article; the result equals a full build
    from manysides.stories import merge_stories, move_article, split_story
    from manysides.web import queries

    read: list = []
    real = Store.story_index
    monkeypatch.setattr(Store, "story_index", lambda self, ids=None: read.append(ids) or real(self, ids))
    with Store(db_copy) as store:
        index = queries.story_index(store)
        stories = store.stories()
        a, b, c = (s.id for s in stories[:3])
        moved = stories[3].articles[0]
        source = stories[3].id

        def step(change, touched):
            nonlocal index
            change()
            read.clear()
            index = queries.story_index(store, index)
            assert index == queries.story_index(store)  # the same as a build from scratch
            current = {s.id for s in store.stories()}
            assert set(touched) & current <= set(read[0]) < current

        step(lambda: merge_stories(store, a, [b]), [a])
        assert b not in {s.id for s in index.summaries}
        before = {s.id for s in store.stories()}
        step(lambda: split_story(store, a, [store.stories([a])[0].articles[-1]]), [a])
        assert len(index.summaries) == len(before) + 1
        step(lambda: move_article(store, moved, c), [c, source])
        # a new leaning changes every story's coverage: built again from scratch
        store.set_leanings({"The Open Commons": "right"})
        read.clear()
        index = queries.story_index(store, index)
        assert read == [None] and index == queries.story_index(store)


# --------------------------------------------------------------------------- forms and CLI
def test_a_refused_form_is_shown_again_with_the_input_escaped(db_copy):
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        r = form_post(c, "/add", {"text": "</textarea><script>window.__pwned=1</script>", "urls": "ftp://x"})
        assert r.status_code == 400 and "ftp://x: not an http" in r.text
        assert "&lt;/textarea&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</textarea>" in r.text
        assert_inert(r.text)
        # what the browser sent comes back as it was typed: CR LF line ends are not turned
        # into U+FFFD, which a second submit would store in the article
        typed = "Flood repairs begin\r\n\r\nCrews started on Monday."
        r = form_post(c, "/add", {"text": typed, "urls": "not a url\r\nhttp://localhost/a"})
        assert r.status_code == 400 and "\ufffd" not in r.text
        assert typed + "</textarea>" in r.text and "not a url\r\nhttp://localhost/a</textarea>" in r.text


def test_analyze_refuses_a_private_url_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from manysides.cli import app

    result = CliRunner().invoke(app, ["analyze", "http://127.0.0.1:9/story", "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if "127.0.0.1" in ln]
    assert lines and "non-public address" in " ".join(lines)


def test_loopback_server_refuses_foreign_host_names(db_copy):
    # DNS rebinding: a page on evil.example re-pointed at 127.0.0.1 sends Host: evil.example
    with TestClient(create_app(db_copy), base_url="http://evil.example:8000") as c:
        assert c.get("/api/stories").status_code == 400
    with TestClient(create_app(db_copy), base_url="http://localhost:8000") as c:
        assert c.get("/api/stories").status_code == 200


def test_a_long_upload_name_keeps_the_suffix_that_picks_its_format():
    from manysides.web.submit import _file_name

    long = "Morning headlines " * 20 + "from the wire.rss"
    shown = _file_name(long)
    assert len(shown) <= 200 and shown.endswith("….rss") and shown.startswith("Morning headlines")
    assert _file_name("news.rss") == "news.rss" and _file_name("a\nb.txt") == "a b.txt"


def test_a_story_merged_away_redirects_to_the_story_that_holds_it(db_copy):
    """A bookmarked or cited story id stays usable: once merged into another story, its
    page and its JSON redirect there; an id never stored is still a 404."""
    from manysides.stories.stored import merge_stories

    with Store(db_copy) as store:
        a, b = [s.id for s in store.stories()][:2]
        merge_stories(store, a, [b])
    with TestClient(create_app(db_copy), base_url=LOCAL) as c:
        page = c.get(f"/stories/{b}", headers=HTML, follow_redirects=False)
        assert page.status_code == 301 and page.headers["location"] == f"/stories/{a}"
        data = c.get(f"/api/stories/{b}")  # followed
        assert data.status_code == 200 and data.json()["stories"][0]["id"] == a
        assert c.get("/stories/s-000000000000", headers=HTML).status_code == 404


def test_a_busy_store_is_a_503_to_try_again_without_the_holders_command(tmp_path, monkeypatch):
    """A store another process held past the wait was a 400 (the client's fault) whose text
    gave the holding process's command line and said to "run the command again, or name
    another file with --db"."""
    from manysides.store.failures import busy_error
    from manysides.web import api

    db = tmp_path / "news.db"
    Store(db).close()

    def busy(request):
        raise busy_error(db, 10.0)

    monkeypatch.setattr(api, "store_of", busy)
    with TestClient(create_app(db), base_url=LOCAL) as c:
        r = c.get("/api/stories")
    assert r.status_code == 503 and r.headers["retry-after"] == "5"
    assert r.json() == {"error": "the store is busy: another process is writing to it; try again in a moment"}
