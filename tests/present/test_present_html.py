"""The static HTML report: complete, self-contained, and inert whatever the articles say."""

from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

import pytest
from hostile_analysis import IMG, SCRIPT

from manysides.analysis import Analysis
from manysides.present import render_html
from manysides.present.html import CSP, anchor, highlight

VOID = {"meta", "br", "hr", "img", "link", "wbr", "input", "source", "col", "area", "base", "embed", "track"}


class _Audit(HTMLParser):
    """Collects every tag and attribute and checks that open/close tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def page(analysis: Analysis) -> str:
    return render_html(analysis, title='Report <b>"x"</b>')


@pytest.fixture
def audit(page: str) -> _Audit:
    p = _Audit()
    p.feed(page)
    p.close()
    return p


def test_tags_we_produce_are_balanced_and_ids_unique(audit: _Audit):
    assert audit.errors == []
    assert audit.stack == []
    assert len(audit.ids) == len(set(audit.ids))


def test_hostile_text_stays_inert(page: str, audit: _Audit):
    assert "<script" not in page.lower()
    tags = {t for t, _ in audit.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "b", "i", "base", "form"}
    for tag, attrs in audit.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith("#") or re.match(r"https?://", value), value
            assert name not in ("src", "srcset", "action", "formaction")
    assert "javascript:" not in "".join(str(a.get("href")) for _, a in audit.tags)
    # ...and is still shown to the reader, escaped, as data.
    assert htmllib.escape(SCRIPT) in page
    assert htmllib.escape(IMG) in page
    assert "The &quot;&gt;&lt;b&gt; Herald" in page
    assert "&lt;unclosed &lt;b&gt;bold tag &amp; the dam." in page
    assert '<span class="url">javascript:alert(1)</span>' in page
    assert "By Jo &lt;i&gt;Smith" in page
    assert "\x1b" not in page


def test_page_is_self_contained_and_locked_down(page: str, audit: _Audit):
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert "url(" not in page and "@import" not in page
    assert page.startswith("<!DOCTYPE html>")
    titles = [t for t, _ in audit.tags if t == "title"]
    assert titles == ["title"]
    assert "<title>Report &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>" in page


def test_every_section_is_present(page: str, audit: _Audit):
    for heading in (
        "Contents",
        "Coverage by leaning",
        "Summary",
        "Side by side",
        "Disputed numbers",
        "Voices",
        "Framing terms",
        "Storylines",
        "Failed inputs",
    ):
        assert re.search(rf"<h[23][^>]*>{heading}</h[23]>", page), heading
    # The table of contents links to every story section and the ids exist.
    story_ids = [anchor("s", "s1"), anchor("s", 's2"<x>')]
    for sid in story_ids:
        assert f'href="#{sid}"' in page and sid in audit.ids
    # Each article has its own collapsible text with an anchor the evidence links point to,
    # inside it, so that following a link opens it.
    for aid in ("a1", "a2", "a3", "a4"):
        opened = rf'<details class="article"><summary>(?:(?!</details>).)*?</summary><dl class="facts" id="a-{aid}">'
        assert re.search(opened, page, re.S)
    hrefs = {a["href"] for _, a in audit.tags if "href" in a}
    assert {h[1:] for h in hrefs if h.startswith("#")} <= set(audit.ids)


def test_side_by_side_aligns_each_outlets_wording(page: str):
    table = page[page.index('<table class="side">') : page.index("</table>", page.index('<table class="side">'))]
    rows = re.findall(r"<tr>.*?</tr>", table, flags=re.S)
    header, first, second, unique = rows
    assert "The &quot;&gt;&lt;b&gt; Herald" in header and "Morning &lt;img" in header
    assert "left" in header and "right" in header and "2024-03-05" in header
    # the outlet's known leaning is named so beside the text's slant: a bare "left" read as the article's label
    assert '>known leaning: left</span>' in header and "not read from this article" in header
    # Copies are not columns.
    assert "Wire Daily" not in header
    cells = re.findall(r"<td.*?</td>", first, flags=re.S)
    assert "Floods killed 12 people" in cells[0] and "At least 15 people died" in cells[1]
    cells = re.findall(r"<td.*?</td>", second, flags=re.S)
    assert "help is coming" in cells[1]
    assert "Officials blamed the old levee." in unique and "Residents blamed" in unique
    # the point's outlets give the toll differently: said under its heading, each with its outlet
    # ... and, the two articles being of two days, each with its day (a toll read on two days)
    assert ('figures differ: 12 (The &quot;&gt;&lt;b&gt; Herald, 2024-03-04) · At least 15 (Morning &lt;img'
            in first) and "2024-03-05)" in first
    assert "adds to a shared point" not in unique


def test_a_unique_items_new_detail_is_marked_and_escaped(page: str):
    table = page[page.index('<table class="side">') : page.index("</table>", page.index('<table class="side">'))]
    unique = re.findall(r"<tr>.*?</tr>", table, flags=re.S)[-1]
    assert ('Residents blamed the <mark class="detail">&lt;unclosed &lt;b&gt;bold tag</mark> &amp; the dam.'
            in unique)
    assert "<unclosed" not in page and "<b>bold" not in page
    # the row says what the marks mean; an item without details has none
    assert "a figure or a name no other outlet gives" in unique
    assert re.search(r">Officials blamed the old levee\.</a>", unique)


def test_no_legend_for_details_when_no_item_has_any(analysis: Analysis):
    from dataclasses import replace

    from manysides.records import Evidence

    rep = analysis.reports["s1"]
    analysis.reports["s1"] = replace(rep, unique=tuple(Evidence(u.article, u.start, u.end, u.text) for u in rep.unique))
    page = render_html(analysis)
    assert 'class="detail"' not in page and "no other outlet gives" not in page
    assert "Residents blamed the &lt;unclosed &lt;b&gt;bold tag &amp; the dam.</a>" in page


def test_a_disputed_figure_is_shown_in_its_sentence(page: str):
    assert "<td>Floods killed <strong>12</strong> people in Riverton on Monday.</td><td>= 12</td>" in page
    assert "<td><strong>At least 15</strong> people died in Riverton floods on Monday.</td><td>≥ 15</td>" in page


def test_a_cut_disputed_sentence_can_be_read_whole_and_escaped(analysis: Analysis):
    """Session 31's walkthrough: a long disputed-number sentence was cut with "…" and the report
    gave no way to read it whole; it is now under a <details>, escaped. An uncut one has none."""
    from dataclasses import replace

    from manysides.records import DisputedClaim, Dispute

    long = ("The damage, which the county's <b>insurers</b> & engineers spent the whole of a wet spring "
            "counting street by street and house by house across the valley, cost about $25 million in all, "
            "a sum the mayor said the town could never raise alone before the next <i>flood season</i> began.")
    text = "At least 15 people died in Riverton floods on Monday. " + long
    s = text.index("about $25 million")
    analysis.articles = [replace(a, text=text) if a.id == "a2" else a for a in analysis.articles]
    rep = analysis.reports["s1"]
    first = rep.disputed[1].claims[0]
    cut = DisputedClaim("a2", "about $25 million", 25e6, "USD", 22.5e6, 27.5e6, s, s + len("about $25 million"))
    analysis.reports["s1"] = replace(rep, disputed=(rep.disputed[0], Dispute("damage", (first, cut))))
    page = render_html(analysis)
    cell = re.search(r"<td>(…[^<]*<strong>about \$25 million</strong>[^<]*…)"
                     r'<details class="whole"><summary>the whole sentence</summary>(.*?)</details></td>', page)
    assert cell, page[page.index("damage"):][:3000]
    whole = cell.group(2)
    assert "<b>" not in whole and "&lt;b&gt;insurers&lt;/b&gt; &amp; engineers" in whole
    assert htmllib.unescape(re.sub(r"</?strong>", "", whole)) == long
    # the uncut sentences (the other outlet's, the deaths') have none
    assert page.count('<details class="whole">') == 1


def test_a_unique_detail_inside_a_shared_point_says_so(analysis: Analysis):
    from dataclasses import replace

    rep = analysis.reports["s1"]
    inside = rep.shared[1].evidence[0]  # the mayor's sentence in a2, also a shared point's wording
    analysis.reports["s1"] = replace(rep, unique=(*rep.unique, inside))
    page = render_html(analysis)
    table = page[page.index('<table class="side">'):page.index("</table>", page.index('<table class="side">'))]
    unique = re.findall(r"<tr>.*?</tr>", table, flags=re.S)[-1]
    assert unique.count("(a detail it adds to a shared point)") == 1
    assert re.search(r"help is coming.*?</a> <span class=\"muted\">\(a detail it adds", unique)


def test_omitted_point_is_an_empty_cell(analysis: Analysis):
    from dataclasses import replace

    rep = analysis.reports["s1"]
    only_a2 = replace(rep.shared[1], articles=("a2",))
    analysis.reports["s1"] = replace(rep, shared=(rep.shared[0], only_a2))
    page = render_html(analysis)
    assert '<td class="omit"><span class="sr-only">not reported</span></td>' in page


def test_ledgers_and_copies(page: str):
    assert "<caption>people killed</caption>" in page
    assert "≥ 15" in page and "$27,000,000 – $30,000,000" in page
    assert "nearly $30 million" in page
    assert "<th scope=\"row\">Ann Lee</th>" in page
    assert "Wire Daily</a>: copy of The &quot;&gt;&lt;b&gt; Herald" in page
    assert '<li>levee <span class="muted">2.50</span></li>' in page
    assert 'style="width:50.0%"' in page


def test_evidence_is_highlighted_in_the_article_text(page: str):
    body = page[page.index('id="a-a1"') :]
    body = body[: body.index("</details>")]
    assert '<mark class="unique">Officials blamed the old levee.</mark>' in body
    # a disputed figure inside a shared sentence is both: each kind has its own style
    assert '<mark class="shared">Floods killed </mark><mark class="disputed shared">12</mark>' in body


def test_highlight_keeps_text_and_nests_overlaps():
    text = 'ab<c>"d & e'
    out = highlight(text, {(0, 4, "shared"), (2, 8, "unique"), (6, 99, "disputed"), (5, 5, "shared"), (-3, 1, "x")})
    p = _Audit()
    p.feed(out)
    assert p.errors == [] and p.stack == []
    assert htmllib.unescape(re.sub(r"</?mark[^>]*>", "", out)) == text
    assert "<c>" not in out


def test_wrong_offsets_fall_back_to_the_quoted_words(analysis: Analysis):
    from dataclasses import replace

    from manysides.records import Evidence

    rep = analysis.reports["s1"]
    moved = Evidence("a2", 0, 5, "Damage was about")
    analysis.reports["s1"] = replace(rep, unique=(moved,))
    page = render_html(analysis)
    assert '<mark class="unique">Damage was </mark><mark class="disputed unique">about</mark>' in page


def test_empty_analysis_renders():
    page = render_html(Analysis())
    p = _Audit()
    p.feed(page)
    assert p.errors == [] and p.stack == []
    assert "0 articles" in page


def test_anchor_keeps_distinct_ids_distinct():
    assert anchor("a", "abc123") == "a-abc123"
    assert anchor("a", "a b") != anchor("a", "ab")
    assert re.fullmatch(r"[A-Za-z0-9_-]+", anchor("s", '"><script>'))



def _with_slant(analysis: Analysis) -> Analysis:
    """a1 (known leaning: left) read as right from its text, with hostile evidence."""
    import dataclasses

    from manysides.records import Hyperpartisan, Slant, SlantEvidence

    text = analysis.article("a1").text
    q = text.index(IMG)
    evidence = (
        SlantEvidence(q, q + len(IMG), IMG, 0.31),
        SlantEvidence(q, q + len(IMG), IMG, 0.5, kind="source", note=f"speaker {SCRIPT} (Republican-identified)"),
    )
    slant = Slant(score=0.4, label="right", confidence=0.61, evidence=evidence)
    ann = dataclasses.replace(analysis.annotations["a1"], slant=slant, hyperpartisan=Hyperpartisan(0.72, ()))
    analysis.annotations["a1"] = ann
    return analysis


def test_text_slant_is_shown_beside_the_known_leaning_and_escaped(analysis: Analysis):
    page = render_html(_with_slant(analysis))
    assert SCRIPT not in page and IMG not in page
    head = re.search(r'<th scope="col" class="col-head">.*?</th>', page, re.S).group(0)
    assert ">known leaning: left<" in head  # the outlet's leaning as given, named so ...
    assert "slant of the text: right +0.40, 61% confident · hyperpartisan 72%" in htmllib.unescape(head)  # ... and the text's, apart
    assert "articles, by the slant read from their text" in page
    assert '<mark class="slant">' in page  # the phrase is marked; the source span is listed
    assert htmllib.escape(f"speaker {SCRIPT}") in page


def test_hyperpartisan_evidence_says_which_way_it_pushed(analysis: Analysis):
    import dataclasses

    from manysides.records import Hyperpartisan, SlantEvidence

    analysis = _with_slant(analysis)
    text = analysis.article("a1").text
    q = text.index(IMG)
    low = Hyperpartisan(0.1, (SlantEvidence(q, q + len(IMG), IMG, -0.2),))
    analysis.annotations["a1"] = dataclasses.replace(analysis.annotations["a1"], hyperpartisan=low)
    assert "10% likely <span class=\"muted\">(what pushed it away from hyperpartisan)</span>" in render_html(analysis)


def _with_loaded(analysis: Analysis) -> Analysis:
    """a1 with a loaded-wording span whose text and note are hostile."""
    import dataclasses

    from manysides.records import Slant, SlantEvidence

    text = analysis.article("a1").text
    q = text.index(IMG)
    evidence = (SlantEvidence(q, q + len(IMG), IMG, -0.04, kind="loaded", note=f"loaded wording: {SCRIPT}"),)
    ann = dataclasses.replace(analysis.annotations["a1"], slant=Slant(0.1, "center", 0.5, evidence=evidence))
    analysis.annotations["a1"] = ann
    return analysis


def test_loaded_wording_is_labelled_marked_and_escaped(analysis: Analysis):
    page = render_html(_with_loaded(analysis))
    assert SCRIPT not in page and IMG not in page
    # listed with its kind, its weight and its note (escaped) ...
    item = re.search(r'<li><span class="ev-kind ev-loaded">loaded wording</span> (.*?)</li>', page).group(1)
    assert htmllib.escape(IMG) in item and "-0.040" in item and htmllib.escape(f"loaded wording: {SCRIPT}") in item
    # ... and marked in the article's text, with the legend saying what the mark is
    assert '<mark class="loaded">' + htmllib.escape(IMG) in page
    assert '<mark class="loaded">loaded wording (a subjectivity lexicon, judgement verbs)</mark>' in page
    assert "mark.loaded{" in page


def test_a_slant_without_phrase_evidence_says_what_it_is_read_from(analysis: Analysis):
    """Review 11: 11 of 29 articles showed no phrase, 3 of them with no loaded word at all.
    The report says so, rather than leave a reader to wonder what the score was read from."""
    import dataclasses

    from manysides.present.html import NO_LOADED_PHRASE, NO_LOADED_WORDING
    from manysides.records import Slant, SlantEvidence

    def page_with(*evidence: SlantEvidence) -> str:
        ann = dataclasses.replace(analysis.annotations["a1"], slant=Slant(0.1, "center", 0.5, evidence=evidence))
        analysis.annotations["a1"] = ann
        return htmllib.unescape(render_html(analysis))

    text = analysis.article("a1").text
    sentence = SlantEvidence(0, 20, text[:20], 0.2, kind="sentence")
    page = page_with(sentence)
    assert NO_LOADED_WORDING in page and NO_LOADED_PHRASE not in page
    page = page_with(sentence, SlantEvidence(0, 5, text[:5], -0.04, kind="loaded", note="loaded wording"))
    assert NO_LOADED_PHRASE in page and NO_LOADED_WORDING not in page
    page = page_with(SlantEvidence(0, 5, text[:5], 0.3, kind="phrase"))
    assert NO_LOADED_PHRASE not in page and NO_LOADED_WORDING not in page


def test_direction_overrides_cannot_turn_text_or_links_around(analysis: Analysis):
    """An outlet name ending in U+202E would show the rest of its line reversed, and a URL
    with one could read as another site's: both are neutralised in the report and the
    terminal."""
    import io
    from dataclasses import replace

    from rich.console import Console

    from manysides.present import render_terminal

    spoof = "https://evil.example/\u202emoc.elpmaxe-doog//:sptth"
    analysis.articles[3] = replace(analysis.articles[3], outlet="Gazette \u202e", url=spoof,
                                   title="Levee \u2067rebuilt\u2069 \u202dnow")
    page = render_html(analysis)
    buf = io.StringIO()
    render_terminal(analysis, Console(width=100, file=buf, force_terminal=True))
    for out in (page, buf.getvalue()):
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)
    assert "Gazette \ufffd" in page and "Levee \ufffdrebuilt\ufffd \ufffdnow" in page
    assert 'href="https://evil.example/' not in page  # not linked


def test_two_articles_of_one_outlet_are_told_apart(analysis: Analysis):
    from dataclasses import replace

    from manysides.present._view import Catalog

    a1 = analysis.articles[0]
    analysis.articles[1] = replace(analysis.articles[1], outlet=a1.outlet)  # a2: same outlet, next day
    analysis.reports["s1"] = replace(analysis.reports["s1"], outlets={"a1": a1.outlet, "a2": a1.outlet})
    view = Catalog(analysis).story_view(next(s for s in analysis.stories if s.id == "s1"))
    labels = [c.shown for c in view.columns]
    assert len(set(labels)) == len(labels) == 2
    assert labels[0].endswith(f"({a1.published})") and labels[1].endswith(f"({analysis.articles[1].published})")
    assert view.label_of("a2") == labels[1]
    # ... and it is still one outlet wherever outlets are counted
    assert {c.outlet for c in view.columns} == {a1.outlet} and view.outlet_of("a2") == a1.outlet
    assert len(view.outlet_names) == 1 and htmllib.escape(labels[1]) in render_html(analysis)


def test_articles_without_an_outlet_count_alike_in_every_view(analysis: Analysis):
    """Two files that name no outlet are two outlets wherever outlets are counted: the
    story's header, its JSON `outlets`, its coverage and its shared points all agree."""
    from dataclasses import replace

    from manysides.compare.coverage import coverage
    from manysides.present._view import Catalog, outlet_label

    unnamed = {"a1": "clips/HuffPost_2019-02-15_6.txt", "a2": "clips/Fox_News_2019-02-15_4.txt"}
    analysis.articles = [replace(a, outlet=None, url=None, source=unnamed[a.id]) if a.id in unnamed else a
                         for a in analysis.articles]
    indep = [a for a in analysis.articles if a.id in unnamed]
    analysis.reports["s1"] = replace(analysis.reports["s1"], outlets={a: None for a in unnamed},
                                     coverage=coverage(indep))
    view = Catalog(analysis).story_view(next(s for s in analysis.stories if s.id == "s1"))
    shown = ["unknown outlet (HuffPost_2019-02-15_6.txt)", "unknown outlet (Fox_News_2019-02-15_4.txt)"]
    assert view.outlet_names == shown and view.compared
    assert sum(n for _, n in view.coverage) == 2
    assert view.outlets_of(view.shared[0].articles) == shown  # not "1 outlet: unknown outlet"
    story = next(s for s in analysis.to_json()["stories"] if s["id"] == "s1")
    assert story["outlets"] == sorted(shown) and sum(story["coverage"].values()) == 2
    assert "2 independent outlets" in render_html(analysis)
    # a site's address names an outlet the record did not: two pages of one site are one outlet
    same_site = [replace(a, url=f"https://www.news.example/{a.id}") for a in indep]
    assert sum(coverage(same_site).values()) == 1
    assert {outlet_label(a) for a in same_site} == {"news.example"}


def test_a_figure_is_quoted_in_its_whole_sentence_past_abbreviations():
    """"Sen." and "U.S." end no sentence: the annotation's sentence is quoted, not the
    text up to the first ". "."""
    from manysides.present._view import in_sentence
    from manysides.records import Sentence

    text = "It was late. Five hours into Sen. Rand Paul's filibuster, the U.S. Senate waited. Then it ended."
    start = text.index("Five hours")
    spans = (Sentence(0, 12), Sentence(13, text.index(" Then")), Sentence(text.index("Then"), len(text)))
    before, figure, after = in_sentence(text, start, start + 10, "Five hours", sentences=spans)
    assert (before, figure, after) == ("", "Five hours", " into Sen. Rand Paul's filibuster, the U.S. Senate waited.")


def test_a_figure_in_a_long_sentence_is_cut_at_a_space_never_inside_another_figure():
    """Review 9: "... are charged with converting more than $2…" read as $2 million; the
    sentence said $250,000."""
    from manysides.present._view import in_sentence

    text = ("In a 48-page indictment released by the Justice Department on Tuesday afternoon, the congressman "
            "and his wife are charged with converting more than $250,000 in campaign funds for personal use.")
    for figure in ("48-page", "$250,000"):
        start = text.index(figure)
        for width in range(30, 200, 3):
            before, shown, after = in_sentence(text, start, start + len(figure), figure, width=width)
            part = before.removeprefix("…") + shown + after.removesuffix("…")
            at = text.index(part)
            assert at == 0 or text[at - 1] == " ", (width, before)  # starts at a word
            assert at + len(part) == len(text) or text[at + len(part)] in " ,", (width, after)  # ends at one


def test_a_listed_quote_that_does_not_name_its_speaker_is_shown_with_it(analysis):
    """Review 9: "“I'm not sure filing a lawsuit is the most constructive way …,” he said."
    listed as one outlet's own, with no way to tell who "he" is. The speaker the quote
    stage found is shown beside it, escaped, in the terminal and the report alike."""
    import dataclasses
    import io

    from hostile_analysis import IMG, TEXT_A, ev
    from rich.console import Console

    from manysides.present import render_html, render_terminal
    from manysides.present._view import Catalog

    quote = f'"We lost everything {IMG},"'
    item = ev("a1", TEXT_A, quote)
    ann = analysis.annotations["a1"]
    speaker = "Ann <b>Lee"
    anns = {**analysis.annotations,
            "a1": dataclasses.replace(ann, quotes=(dataclasses.replace(ann.quotes[0], speaker=speaker),))}
    report = dataclasses.replace(analysis.reports["s1"], unique=(item, *analysis.reports["s1"].unique))
    changed = dataclasses.replace(analysis, annotations=anns, reports={**analysis.reports, "s1": report})
    view = next(v for v in Catalog(changed).views() if v.story.id == "s1")
    assert view.speaker_of(item) == speaker
    # a sentence that names its speaker, or no quote at all, needs no name beside it
    assert view.speaker_of(ev("a1", TEXT_A, TEXT_A[TEXT_A.index('"We'):TEXT_A.index("Lee.") + 4])) is None
    assert view.speaker_of(ev("a1", TEXT_A, "Officials blamed the old levee.")) is None
    page = render_html(changed)
    assert "— Ann &lt;b&gt;Lee" in page and "Ann <b>Lee" not in page
    console = Console(width=160, record=True, file=io.StringIO(), color_system=None)
    render_terminal(changed, console)
    assert "— Ann <b>Lee" in console.export_text()


def test_a_judgement_verbs_note_is_shown_to_whom_it_characterises(analysis: Analysis):
    """A verb's note ends with whom it characterises (nlp/slant_verbs.py): a long one is not cut there."""
    import dataclasses

    from manysides.records import Slant, SlantEvidence

    text = analysis.article("a1").text
    note = ("loaded wording: a judgement verb (admission) in the outlet's own narration; it casts what was said as "
            "an admission of something damaging; it characterises the Senate Majority Leader's spokesman (its "
            "subject), aimed at the House Intelligence Committee's report")
    evidence = (SlantEvidence(0, 5, text[:5], 0.0, kind="loaded", note=note),)
    analysis.annotations["a1"] = dataclasses.replace(analysis.annotations["a1"],
                                                     slant=Slant(0.1, "center", 0.5, evidence=evidence))
    assert "aimed at the House Intelligence Committee's report" in htmllib.unescape(render_html(analysis))
