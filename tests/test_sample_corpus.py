"""The bundled sample corpus (sample/) is well-formed and agrees with its own gold file.

These tests check the corpus files themselves, not manysides: every file parses in its
format, every outlet has a leaning, expected.json names only articles that exist and
quotes only phrases that are really in them, and the wire copy really is a trimmed copy.
End-to-end tests compare the pipeline's output with expected.json; this file makes sure
the yardstick is straight.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "sample"
ARTICLES = SAMPLE / "articles"
FORMATS = {".txt", ".md", ".html", ".json", ".jsonl"}
FIELDS = ("title", "outlet", "url", "published", "authors", "text")
LEANINGS = {"left", "center", "right"}
OPPOSITE = {"left": "right", "right": "left"}


# --------------------------------------------------------------------------- parsing
def front_matter(text: str) -> tuple[dict[str, str], str]:
    """(`key: value` fields, body) of a text file that opens with a `---` block."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        raise AssertionError("front matter is not closed by a second '---' line") from None
    meta = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        assert sep, f"front-matter line without 'key: value': {line!r}"
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, "\n".join(lines[end + 1 :])


_CHROME = {"header", "footer", "aside", "section", "figure", "nav", "form"}


class _Page(HTMLParser):
    """Collects what a news page must carry: meta tags, title, landmarks, and the story's
    paragraphs (the <p>s of <article> outside its header, footer, asides and sections)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.tags: set[str] = set()
        self.title = ""
        self.ld_json: list[str] = []
        self.paragraphs: list[str] = []
        self._stack: list[str] = []
        self._in_ld = False
        self._para: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key and a.get("content") is not None:
                self.meta.setdefault(key, a["content"])
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
            self.ld_json.append("")
        if tag in {"meta", "link", "img", "input", "br"}:
            return
        self._stack.append(tag)
        if tag == "p" and "article" in self._stack and not _CHROME & set(self._stack):
            self._para = []

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False
        if tag == "p" and self._para is not None:
            self.paragraphs.append(" ".join("".join(self._para).split()))
            self._para = None
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in_ld:
            self.ld_json[-1] += data
        elif self._stack and self._stack[-1] == "title":
            self.title += data
        if self._para is not None:
            self._para.append(data)


def parse_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _plain(text: str) -> str:
    return " ".join(text.split())


def load_articles() -> dict[str, dict]:
    """Every article in sample/articles as {ref: {fields..., "body": text}}.

    A ref is the file name, or `file#N` (1-based line) for a JSON Lines record, as in
    expected.json. `body` is the article text without metadata (for HTML: the
    paragraphs inside <article>).
    """
    out: dict[str, dict] = {}
    for path in sorted(ARTICLES.iterdir()):
        suffix = path.suffix.lower()
        if suffix == ".json":
            rec = json.loads(path.read_text(encoding="utf-8"))
            out[path.name] = {**rec, "format": "json", "body": rec["text"]}
        elif suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    rec = json.loads(line)
                    out[f"{path.name}#{n}"] = {**rec, "format": "jsonl", "body": rec["text"]}
        elif suffix == ".html":
            page = parse_page(path)
            out[path.name] = {
                "format": "html",
                "title": page.meta.get("og:title"),
                "outlet": page.meta.get("og:site_name"),
                "url": page.meta.get("og:url"),
                "published": page.meta.get("article:published_time"),
                "authors": [page.meta.get("author")],
                "body": "\n\n".join(page.paragraphs),
                "page": page,
            }
        elif suffix in {".txt", ".md"}:
            meta, body = front_matter(path.read_text(encoding="utf-8"))
            out[path.name] = {**meta, "format": suffix[1:], "body": body}
    return out


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    return load_articles()


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def leanings() -> dict[str, str]:
    with open(SAMPLE / "leanings.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["outlet", "leaning"]
        rows = list(reader)
    outlets = [r["outlet"] for r in rows]
    assert len(outlets) == len(set(outlets)), "an outlet is listed twice in leanings.csv"
    return {r["outlet"]: r["leaning"] for r in rows}


def independent(expected: dict, story: str) -> list[str]:
    copies = {copy for _, copy in expected["duplicates"]}
    return [ref for ref in expected["stories"][story] if ref not in copies]


# --------------------------------------------------------------------------- formats
def test_every_file_is_utf8_in_a_supported_format():
    files = [p for p in ARTICLES.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert path.suffix.lower() in FORMATS, f"{path.name}: not a format manysides reads"
        text = path.read_bytes().decode("utf-8")  # raises on bad UTF-8
        assert not text.startswith("\ufeff"), f"{path.name}: unexpected BOM"
    assert {p.suffix.lower() for p in files} == FORMATS, "every format should be represented"


def test_json_and_jsonl_records_carry_every_field(articles):
    records = {ref: a for ref, a in articles.items() if a["format"] in {"json", "jsonl"}}
    assert sum(a["format"] == "jsonl" for a in records.values()) >= 3
    for ref, rec in records.items():
        for name in FIELDS:
            assert rec.get(name), f"{ref}: field {name!r} missing or empty"
        assert isinstance(rec["authors"], list) and all(isinstance(x, str) for x in rec["authors"])
        date.fromisoformat(rec["published"][:10])


def test_jsonl_has_one_object_per_line():
    for path in ARTICLES.glob("*.jsonl"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{path.name}:{n}: blank line"
            assert isinstance(json.loads(line), dict), f"{path.name}:{n}: not an object"


def test_html_pages_are_complete_news_pages(articles):
    pages = {ref: a for ref, a in articles.items() if a["format"] == "html"}
    assert len(pages) >= 2
    for ref, a in pages.items():
        page = a["page"]
        assert page.title.strip(), f"{ref}: no <title>"
        for key in ("author", "og:site_name", "og:title", "og:url", "article:published_time"):
            assert page.meta.get(key), f"{ref}: no meta {key}"
        assert {"nav", "article", "footer", "figure"} <= page.tags, f"{ref}: missing landmarks"
        raw = (ARTICLES / ref).read_text(encoding="utf-8")
        assert re.search(r"share", raw, re.I) and re.search(r"related|might also like", raw, re.I)
        for blob in page.ld_json:
            assert json.loads(blob)["@type"] == "NewsArticle"
        assert len(page.paragraphs) >= 8, f"{ref}: article body too short"


def test_html_pages_give_trafilatura_the_article_and_its_metadata(articles):
    trafilatura = pytest.importorskip("trafilatura")
    for ref, a in articles.items():
        if a["format"] != "html":
            continue
        doc = trafilatura.bare_extraction((ARTICLES / ref).read_text(encoding="utf-8"), with_metadata=True)
        doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
        assert doc["sitename"] == a["outlet"]
        assert doc["date"] == a["published"][:10]
        assert doc["author"] == a["authors"][0]
        first, last = a["page"].paragraphs[0], a["page"].paragraphs[-1]
        assert first[:60] in _plain(doc["text"]) and last[:60] in _plain(doc["text"])
        for chrome in ("Privacy", "Trending", "Log in"):
            assert chrome not in doc["text"], f"{ref}: page chrome leaks into the extraction"


def test_text_files_open_with_front_matter_except_the_bare_scrape(articles):
    for ref, a in articles.items():
        if a["format"] not in {"txt", "md"}:
            continue
        if a.get("outlet") is None:  # the deliberately bare scrape
            assert "title" not in a and a["body"].splitlines()[0].strip()
            continue
        for name in ("title", "outlet", "url", "published", "authors"):
            assert a.get(name), f"{ref}: front matter lacks {name!r}"
        date.fromisoformat(a["published"])
    bare = [ref for ref, a in articles.items() if a["format"] in {"txt", "md"} and not a.get("outlet")]
    assert bare == ["county-fair.txt"]


# --------------------------------------------------------------------------- leanings
def test_leanings_list_every_outlet_used_and_only_those(articles, leanings):
    used = {a["outlet"] for a in articles.values() if a.get("outlet")}
    assert used == set(leanings), f"unlisted: {used - set(leanings)}, unused: {set(leanings) - used}"
    assert set(leanings.values()) <= LEANINGS
    for side in LEANINGS:
        assert list(leanings.values()).count(side) == 2, f"want two {side} outlets"


# --------------------------------------------------------------------------- gold file
def test_expected_metadata_matches_the_files(articles, expected, leanings):
    assert set(expected["articles"]) == set(articles), "expected.json and the files disagree"
    for ref, gold in expected["articles"].items():
        a = articles[ref]
        assert gold["format"] == a["format"]
        assert gold["outlet"] == a.get("outlet")
        assert gold["leaning"] == (leanings.get(a["outlet"]) if a.get("outlet") else None)
        if gold["outlet"] is not None:
            assert gold["title"] == a["title"], ref
            assert gold["url"] == a["url"], ref
            assert gold["published"] == a["published"][:10], ref
        else:
            assert a["body"].splitlines()[0].strip() == gold["title"]


def test_every_article_is_in_exactly_one_story(articles, expected):
    placed = [ref for refs in expected["stories"].values() for ref in refs]
    assert sorted(placed) == sorted(articles), "an article is missing from, or repeated in, the stories"
    assert 15 <= len(articles) <= 20


def test_storyline_and_duplicates_point_at_known_stories(expected):
    stories = expected["stories"]
    assert len(expected["storyline"]) >= 2 and set(expected["storyline"]) <= set(stories)
    for original, copy in expected["duplicates"]:
        story = next(s for s, refs in stories.items() if original in refs)
        assert copy in stories[story], "a wire copy must sit in its original's story"


def test_event_coverage_spans_all_leanings_and_dates_fit(articles, expected):
    main, follow = expected["storyline"][0], expected["storyline"][1]
    sides = {expected["articles"][r]["leaning"] for r in independent(expected, main)}
    assert sides == LEANINGS
    outlets = {expected["articles"][r]["outlet"] for r in independent(expected, main)}
    assert len(outlets) == 6
    main_dates = {date.fromisoformat(articles[r]["published"][:10]) for r in expected["stories"][main]}
    assert (max(main_dates) - min(main_dates)).days <= 1, "election articles: same or next day"
    follow_dates = {date.fromisoformat(articles[r]["published"][:10]) for r in expected["stories"][follow]}
    assert (min(follow_dates) - max(main_dates)).days >= 21, "the follow-up comes weeks later"


def test_articles_are_news_length(articles):
    for ref, a in articles.items():
        words = len(a["body"].split())
        assert 300 <= words <= 750, f"{ref}: {words} words"


# --------------------------------------------------------------------------- wire copy
def test_wire_copy_is_retitled_trimmed_and_one_word_changed(articles, expected):
    for original, copy in expected["duplicates"]:
        orig, dup = articles[original], articles[copy]
        assert orig["title"] != dup["title"] and orig["outlet"] != dup["outlet"]
        o_paras = [p.strip() for p in orig["body"].split("\n\n")]
        d_paras = [p.strip() for p in dup["body"].split("\n\n")]
        assert len(d_paras) == len(o_paras) - 2, "the copy drops the last two paragraphs"
        o_words = " ".join(o_paras[:-2]).split()
        d_words = " ".join(d_paras).split()
        assert len(o_words) == len(d_words)
        changed = [(a, b) for a, b in zip(o_words, d_words) if a != b]
        assert len(changed) == 1, changed


# --------------------------------------------------------------------------- gold phrases
def _phrase_refs(expected: dict):
    """(ref, phrase, where) for every verbatim phrase the gold file attributes to an article."""
    for item in expected["disputed_detail"] + expected["consistent"]:
        for ref, text in item["claims"].items():
            yield ref, text, item["about"]
    for item in expected["shared_points"]:
        for ref, text in item["wording"].items():
            yield ref, text, item["point"]
    for ref, phrases in expected["unique_points"].items():
        for text in phrases:
            yield ref, text, "unique point"
    for item in expected["quotes"]:
        for ref in item["articles"]:
            yield ref, item["text"], f"quote of {item['speaker']}"
    for person, forms in expected["name_forms"].items():
        for ref, texts in forms.items():
            for text in texts:
                yield ref, text, f"name form of {person}"


def test_every_gold_phrase_is_in_its_article(articles, expected):
    missing = [
        f"{ref}: {text!r} ({where})"
        for ref, text, where in _phrase_refs(expected)
        if _plain(text) not in _plain(articles[ref]["body"])
    ]
    assert not missing, "\n".join(missing)


def test_unique_points_are_unique_within_their_story(articles, expected):
    for ref, phrases in expected["unique_points"].items():
        story = next(s for s, refs in expected["stories"].items() if ref in refs)
        others = [r for r in independent(expected, story) if r != ref]
        for text in phrases:
            holders = [r for r in others if _plain(text) in _plain(articles[r]["body"])]
            assert not holders, f"{text!r} of {ref} is also in {holders}"


def test_disputed_numbers_really_disagree(expected):
    for item in expected["disputed_detail"]:
        values = set()
        for text in item["claims"].values():
            number = re.search(r"\d[\d,]*(?:\.\d+)?", text).group().replace(",", "")
            values.add(float(number))
        assert max(values) / min(values) > 1.3, f"{item['about']}: not a real dispute"
    assert len(expected["disputed"]) == len(expected["disputed_detail"])


def test_framing_terms_are_used_by_one_side_only(articles, expected):
    story = expected["storyline"][0]
    refs = independent(expected, story)
    for outlet, terms in expected["framing_terms"].items():
        own = [r for r in refs if expected["articles"][r]["outlet"] == outlet]
        side = expected["articles"][own[0]]["leaning"]
        other = [r for r in refs if expected["articles"][r]["leaning"] == OPPOSITE[side]]
        for term in terms:
            pattern = re.compile(rf"\b{re.escape(term)}\b", re.I)
            assert any(pattern.search(articles[r]["body"]) for r in own), f"{outlet}: {term!r} unused"
            users = [r for r in other if pattern.search(articles[r]["body"])]
            assert not users, f"{term!r} ({outlet}) also used by {users}"


# --------------------------------------------------------------------------- noise and style
def test_text_files_carry_the_scraper_noise_the_cleaner_must_remove(articles):
    lines = [
        line.strip()
        for a in articles.values()
        if a["format"] == "txt"
        for line in a["body"].splitlines()
    ]
    assert "Advertisement" in lines
    assert "Share this article" in lines
    assert "Subscribe to our newsletter" in lines
    assert any(line.startswith("Read more: ") for line in lines)
    assert any(line.startswith("CREDIT: ") and "Photo/" in line for line in lines)
    assert any(line.startswith("Photo: ") for line in lines)
    assert any(re.fullmatch(r"By [A-Z][a-z]+ [A-Z][a-z]+", line) for line in lines)
    assert any(re.match(r"[A-Z][A-Z ]+, (?:Ore|Idaho)\.? — ", line) for line in lines)
    doubled = [a for a, b in zip(lines, lines[1:]) if a and a == b and len(a.split()) > 5]
    assert doubled, "want a photo caption printed twice in a row"


def test_quote_marks_are_mixed_across_files(articles):
    curly = {ref for ref, a in articles.items() if "“" in a["body"]}
    straight = {ref for ref, a in articles.items() if '"' in a["body"]}
    assert curly and straight and curly != straight


def test_readme_describes_every_article(articles):
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for ref in articles:
        assert f"`{ref}`" in readme, f"README.md does not describe {ref}"
