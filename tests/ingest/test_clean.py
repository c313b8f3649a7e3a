"""clean_document: HTML extraction, headline/byline/dateline, noise removal that keeps prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from manysides.errors import InputError
from manysides.ingest.clean import article_id, clean_document
from manysides.records import Document

FIXTURES = Path(__file__).parent / "fixtures"

NOISY_REAL_SENTENCES = [
    "The main span of the Kessler River bridge will close to all traffic for six weeks starting April 1, city engineers said on Monday, while crews replace steel joints that failed an inspection last fall.",
    "Drivers will be sent to the Fourth Street crossing, which engineers expect to carry roughly 18,000 extra cars a day during the closure.",
    '"Nobody wants to close a bridge in the spring, but these joints are not going to last another winter," said Paul Dorsey, the city\'s chief engineer.',
    "Bus routes 4 and 9 will be detoured, and the city will add two extra runs during the morning rush.",
    "Merchants near the bridge said they were worried about losing customers.",
    '"We lived through the last closure in 2015 and it took months to recover," said Irene Vasquez, who owns a bakery on Kessler Avenue.',
    "The repairs will cost $3.4 million, most of it covered by a federal grant.",
]
NOISY_REMOVALS = [
    "byline: 'By Lena Okafor and Mark Bell, Valley Press'",
    "timestamp: 'Updated 6:45 p.m. ET, March 3, 2024'",
    "dateline: 'OAKDALE —'",
    "ad marker: 'Advertisement'",
    "repeated caption: 'A crew inspects the underside of the Kessler River bridge in February.'",
    "photo credit: 'CREDIT: Valley Press Photo/Ana Ruiz'",
    "prompt: 'Share this article'",
    "prompt: 'Subscribe to our newsletter'",
    "ad marker: 'Story continues below advertisement'",
    "prompt: 'Read more: How the city chose which bridges to fix first'",
    "prompt: 'Related: Council approves road budget'",
    "photo credit: 'Getty Images'",
    "photo credit: 'Image: Drone view of the river crossing'",
    "prompt: 'Follow us on Twitter for traffic updates'",
    "photo credit: '(AP Photo/Jo Lin)'",
]


def _text_doc(text: str, **kw) -> Document:
    return Document(source="story.txt", text=text, kind="text", **kw)


def test_noise_is_removed_recorded_and_every_real_sentence_kept():
    doc = _text_doc((FIXTURES / "noisy.txt").read_text(encoding="utf-8"))
    art = clean_document(doc)
    assert art.title == "Bridge Repairs Will Close Main Span for Six Weeks"
    assert art.byline == "Lena Okafor and Mark Bell, Valley Press"
    for sentence in NOISY_REAL_SENTENCES:
        assert sentence in art.text
    assert sorted(art.removed) == sorted(NOISY_REMOVALS)
    for gone in ("Advertisement", "CREDIT", "Share this", "Subscribe", "Getty", "AP Photo", "OAKDALE", "A crew inspects"):
        assert gone not in art.text
    assert art.text.startswith("The main span")
    assert "\n\n" in art.text and not any(line != line.strip() for line in art.text.split("\n"))


def test_html_extraction_of_title_author_date_outlet_and_text():
    doc = Document(source="article.html", text=(FIXTURES / "article.html").read_text(encoding="utf-8"), kind="html")
    art = clean_document(doc)
    assert art.title == "Harbor Town Votes to Rebuild Seawall"
    assert art.byline == "Marta Quillen"
    assert art.published == "2023-04-18"
    assert art.outlet == "The Coastal Ledger"
    assert art.text.startswith("The Harbor Town council voted 7 to 2")
    assert "“We cannot keep patching a wall that the ocean is taking apart one stone at a time,”" in art.text
    assert art.text.endswith("to last about two years.")
    for boilerplate in ("Most read", "Lighthouse reopens", "All rights reserved", "Home", "Subscribe"):
        assert boilerplate not in art.text
    assert art.text.count("\n\n") == 4


def test_a_headline_and_byline_read_as_a_browser_shows_them():
    """A title's character references are decoded once ("AT&amp;amp;T" shows as
    "AT&amp;T"), the initials of an author's name keep their periods, and the site named
    after the headline in <title> is the outlet."""
    body = "<p>The carriers delayed the rollout near airports after the aviation regulator asked them to.</p>" * 3
    page = ("<html><head><title>AT&amp;amp;T &amp; Verizon delay 5G &lt;again&gt; - The Daily Planet</title>"
            '<meta name="author" content="John Q. Reporter"></head>'
            f"<body><article><h1>AT&amp;amp;T &amp; Verizon delay 5G &lt;again&gt;</h1>{body}</article></body></html>")
    art = clean_document(Document(source="att.html", text=page, kind="html"))
    assert art.title == "AT&amp;T & Verizon delay 5G <again>"
    assert art.byline == "John Q. Reporter"
    assert art.outlet == "The Daily Planet"  # the site its <title> names, for want of a site-name tag
    plain = page.replace("AT&amp;amp;T", "AT&amp;T").replace("John Q.", "John Q")
    art = clean_document(Document(source="att.html", text=plain, kind="html"))  # nothing to put back
    assert (art.title, art.byline) == ("AT&T & Verizon delay 5G <again>", "John Q Reporter")


def test_document_fields_win_over_html_metadata():
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    doc = Document(source="x#1", text=html, kind="html", title="Given", outlet="Given Outlet", published="2023-01-01", leaning="center")
    art = clean_document(doc)
    assert (art.title, art.outlet, art.published, art.leaning) == ("Given", "Given Outlet", "2023-01-01", "center")


def test_html_without_article_raises_input_error():
    doc = Document(source="login.html", text=(FIXTURES / "no_article.html").read_text(encoding="utf-8"), kind="html")
    with pytest.raises(InputError) as info:
        clean_document(doc)
    assert str(info.value).startswith("login.html: no article text found in this HTML page")


def test_a_short_html_fragment_given_as_the_article_is_read_out():
    # a record's content_html: too short for the page extractor, but it is the article
    doc = Document(source="feed.json#2", text="<p>Tide is <b>high</b> at noon.</p><script>x()</script><p>Low at six.</p>",
                   kind="html", title="Tides")
    assert clean_document(doc).text == "Tide is high at noon.\n\nLow at six."
    # a whole page without an article is still refused
    page = Document(source="menu.html", text="<html><body><p>Home</p><p>About</p></body></html>", kind="html")
    with pytest.raises(InputError, match="no article text found"):
        clean_document(page)


def test_a_given_headline_worded_otherwise_does_not_leave_the_pages_h1_in_the_text():
    page = ("<html><head><title>Page</title></head><body><article><h1>Budget bill passes</h1>"
            + "<p>The Senate passed the budget bill on Tuesday after a long night of votes, the clerk said.</p>" * 3
            + "</article></body></html>")
    art = clean_document(Document(source="x", text=page, kind="html", title="Senate passes the budget bill"))
    assert art.title == "Senate passes the budget bill" and art.text.startswith("The Senate passed")


def test_only_noise_raises_input_error():
    with pytest.raises(InputError) as info:
        clean_document(_text_doc("Advertisement\n\nShare this article\nSubscribe to our newsletter\n"))
    assert info.value.source == "story.txt" and "no article text" in info.value.problem


def test_markdown_heading_is_the_title():
    art = clean_document(_text_doc("# Ferry Fares Rise\n\nFares will rise by 50 cents in May.\n\n## What changes\n\nMonthly passes stay the same.\n"))
    assert art.title == "Ferry Fares Rise"
    assert art.text == "Fares will rise by 50 cents in May.\n\nWhat changes\n\nMonthly passes stay the same."


def test_first_line_that_is_a_sentence_is_not_a_headline():
    art = clean_document(_text_doc("The council met on Monday.\n\nIt approved the budget."))
    assert art.title is None
    assert art.text == "The council met on Monday.\n\nIt approved the budget."


def test_a_headline_ending_in_an_initialism_is_a_headline():
    art = clean_document(_text_doc("Holder does not rule out drone strikes in U.S.\n\nThe attorney general wrote to a senator."))
    assert art.title == "Holder does not rule out drone strikes in U.S."
    assert art.text == "The attorney general wrote to a senator."
    # a sentence ending in an abbreviation that is not an initialism is still a sentence
    art = clean_document(_text_doc("The council met with Gov. Smith Jr.\n\nIt approved the budget."))
    assert art.title is None


def test_given_title_repeated_in_body_is_dropped():
    art = clean_document(_text_doc("Dam Opens Gates\nWater was released on Friday.", title="Dam Opens Gates"))
    assert art.text == "Water was released on Friday."
    assert art.removed == ("repeated headline: 'Dam Opens Gates'",)


def test_hard_wrapped_paragraphs_are_rejoined():
    text = (
        "Officials said the new library will open in the spring after two years of\n"
        "construction delays caused by supply shortages and a wet winter.\n"
        "\n"
        "The building has room for 80,000 books and a cafe on the top floor.\n"
    )
    art = clean_document(_text_doc(text))
    assert art.text == (
        "Officials said the new library will open in the spring after two years of construction "
        "delays caused by supply shortages and a wet winter.\n\nThe building has room for 80,000 "
        "books and a cafe on the top floor."
    )


def test_prose_that_resembles_noise_is_kept():
    text = (
        "By Tuesday, the river had risen four feet.\n\n"
        "Photographers lined the bank to watch the water.\n\n"
        "Subscribers to the county alert service got warnings at dawn.\n\n"
        "Related questions about the levee will go to the council next week.\n\n"
        "NATO officials were not involved.\n\n"
        "“Share this with your neighbours,” the sheriff told reporters, urging people to leave."
    )
    art = clean_document(_text_doc(text))
    assert art.removed == ()
    for line in text.split("\n\n"):
        assert line in art.text


def test_dateline_with_agency_and_cnn_style():
    art = clean_document(_text_doc("NEW YORK (AP) — Stocks rose on Friday.\n\nBonds fell."))
    assert art.text.startswith("Stocks rose") and "dateline: 'NEW YORK (AP) —'" in art.removed
    art = clean_document(_text_doc("(CNN) Stocks rose on Friday.\n\nBonds fell."))
    assert art.text.startswith("Stocks rose")


def test_dateline_dash_written_as_a_dash_and_a_hyphen():
    """Review 29: HuffPost's "WASHINGTON –- The White House on Wednesday released ..." kept its dateline, and the
    summary opened "- The White House ..."."""
    art = clean_document(_text_doc("WASHINGTON –- The council on Wednesday released the report.\n\nBonds fell."))
    assert art.text.startswith("The council") and "dateline: 'WASHINGTON –-'" in art.removed
    # control: a plain dash as before
    art = clean_document(_text_doc("WASHINGTON -- The council on Wednesday released the report.\n\nBonds fell."))
    assert art.text.startswith("The council") and "dateline: 'WASHINGTON --'" in art.removed


def test_title_case_dateline_with_an_agency_tag():
    """"Denver (AP) –" once stayed in the text, and "Denver" became a speaker."""
    art = clean_document(_text_doc("Denver (AP) – Colorado's top official vowed to fight.\n\nBonds fell."))
    assert art.text.startswith("Colorado's top") and "dateline: 'Denver (AP) –'" in art.removed
    art = clean_document(_text_doc("Salt Lake City, Utah (Reuters) — Snow fell.\n\nRoads closed."))
    assert art.text.startswith("Snow fell")
    for kept in ("Denver – the city – voted on Tuesday.", "Senator Smith (R) – who voted no – spoke."):
        assert clean_document(_text_doc(kept + "\n\nMore text here.")).text.startswith(kept.split()[0])


def test_long_doubled_paragraph_is_kept_once():
    para = "The mayor said " + "the plan would be reviewed again in June and that residents could comment " * 5
    art = clean_document(_text_doc(f"{para}\n{para}\nAnother line."))
    assert art.text.count("residents could comment") == 5 and art.removed[0].startswith("repeated paragraph")


def test_typographic_quotes_are_kept_and_language_set():
    text = "“It’s done,” she said. The crowd cheered as the ribbon was cut and the doors of the new school opened to families."
    art = clean_document(_text_doc(text))
    assert art.text == text and art.language == "en"


def test_article_id_is_stable_and_normalised():
    a = article_id("Outlet", "Title", "Some  text\n")
    assert a == article_id("outlet", " Title", "some text")
    assert len(a) == 16 and int(a, 16) >= 0
    assert a != article_id("Other", "Title", "Some text")
    body = "Body one here, in a few more words."
    assert clean_document(_text_doc(body)).id == clean_document(_text_doc(body)).id


def test_agency_file_photo_captions_go_but_prose_about_photos_stays():
    text = (
        "FILE - In this May 2, 2019, file photo, a ferry leaves the harbor at dawn.\n\n"
        "This undated photo provided by the museum shows the stolen painting.\n\n"
        "The museum said the painting was taken overnight.\n\n"
        "This photo shows what the room looked like, the curator said."
    )
    art = clean_document(_text_doc(text))
    assert art.text == "The museum said the painting was taken overnight.\n\nThis photo shows what the room looked like, the curator said."
    assert [r.split(":")[0] for r in art.removed] == ["photo caption", "photo caption"]


def test_a_gallerys_caption_buttons_and_credit_go_but_prose_about_enlarging_stays():
    text = (
        "Enlarge this image toggle caption Andrew Harnik/AP Andrew Harnik/AP\n\n"
        "The Justice Department is charging four men over an attempt to topple the statue.\n\n"
        "Enlarge this image is what the button said, a visitor joked, before the page froze for good."
    )
    art = clean_document(_text_doc(text))
    assert art.text.startswith("The Justice Department is charging four men")
    assert "Andrew Harnik" not in art.text and art.text.endswith("froze for good.")
    assert [r.split(":")[0] for r in art.removed] == ["image caption controls"]


@pytest.mark.parametrize("kind", ["text", "json", "html"])
def test_odd_input_gives_an_article_or_an_input_error_never_a_crash(kind):
    import random

    rng = random.Random(7)
    pieces = ["Advertisement", "By Jane Doe", "WASHINGTON —", "# ", "<p>", "</p>", "\n", "\n\n", "(CNN)", "FILE - ", "“", "\u200b", "\t"]
    for _ in range(150):
        text = "".join(rng.choice(pieces) if rng.random() < 0.5 else rng.choice(["word ", "Some Words", ".", "x" * 20]) for _ in range(rng.randint(0, 15)))
        try:
            art = clean_document(_text_doc(text) if kind != "html" else Document(source="p.html", text=text, kind="html"))
        except InputError as exc:
            assert exc.source in ("story.txt", "p.html") and "\n" not in str(exc)
        else:
            assert art.text and art.text == art.text.strip()


def test_hashtag_first_line_is_not_a_markdown_heading():
    art = clean_document(_text_doc("#MeToo marchers filled the square on Sunday.\n\nOrganisers counted 2,000 people."))
    assert art.title is None and art.text.startswith("#MeToo marchers")


def test_markdown_marks_go_and_the_words_stay():
    md = (
        "# Ferry service resumes\n\n*By Ana Ruiz | May 2, 2024*\n\n"
        "![Passengers board the ferry.](https://example.test/ferry.jpg)\n\n"
        "The **county ferry** resumed service on Thursday after a [two-week](https://example.test/x) repair.\n\n"
        "Officials said the hull was sound.\n\n"
        "*The Ledger is reader-supported. [Subscribe to our newsletter](https://example.test/n).*\n"
    )
    art = clean_document(Document(source="f.md", text=md, kind="text"))
    assert art.title == "Ferry service resumes"
    assert art.byline == "Ana Ruiz"
    assert art.text == (
        "The county ferry resumed service on Thursday after a two-week repair.\n\n"
        "Officials said the hull was sound."
    )
    assert any(r.startswith("image:") for r in art.removed)
    assert any("reader-supported" in r for r in art.removed)


def test_a_document_made_by_hand_is_checked_and_its_date_normalised():
    """The stage used alone: a kind in capitals is still HTML, a date written out becomes
    YYYY-MM-DD (grouping reads only that form), and a wrong argument is refused plainly."""
    import datetime

    from manysides.errors import ConfigError

    page = ("<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
            + "<p>The river bridge reopened on Friday after eight months of repairs, the county said.</p>" * 3
            + "</article></body></html>")
    art = clean_document(Document(source="p.html", text=page, kind="HTML", published="June 10, 2025"))
    assert art.title == "Bridge reopens" and "<" not in art.text and art.published == "2025-06-10"
    dated = clean_document(Document(source="p.html", text=page, kind="html", published=datetime.date(2025, 6, 11)))
    assert dated.published == "2025-06-11"
    with pytest.raises(ConfigError, match="kind 'pdf' is not one of html, text, json"):
        clean_document(Document(source="p.pdf", text="x", kind="pdf"))
    with pytest.raises(TypeError, match="takes a Document"):
        clean_document(page)


def test_a_fragment_is_not_an_article():
    with pytest.raises(InputError, match=r"article text is 1 word, too short to compare .*at least 5 words"):
        clean_document(_text_doc("hello"))
    assert clean_document(_text_doc("The mayor resigned on Tuesday.")).text == "The mayor resigned on Tuesday."
    assert clean_document(_text_doc("市议会周二批准了预算。市长说预算是平衡的。")).text  # no spaces, but long enough


def test_a_list_of_web_addresses_is_not_an_article():
    """urls.txt, a list of links to read, was analysed as an article made of addresses."""
    listing = "https://example.org/news/bridge-reopens\nhttps://example.com/politics/2025/06/10/vote\n"
    with pytest.raises(InputError, match=r"urls.txt: holds only web addresses \(2\), not an article text "
                                         r"\(to read the pages, give the addresses themselves as inputs"):
        clean_document(Document(source="urls.txt", text=listing, kind="text"))
    with pytest.raises(InputError, match=r"only web addresses \(1\)"):
        clean_document(_text_doc("https://example.org/news/2025/06/10/the-mayor-resigned-on-tuesday"))
    prose = "The mayor resigned on Tuesday, https://example.org/a says."
    assert clean_document(_text_doc(prose)).text == prose


def test_a_list_of_web_addresses_with_a_mistyped_line_is_not_an_article():
    """One mistyped line ("htps//...") made a list of links an article of addresses, stored and
    annotated; the line now names the line that is no address."""
    listing = "https://example.org/news/bridge-reopens\nhtps//example.com/politics vote\nhttps://example.net/a\n"
    with pytest.raises(InputError) as err:
        clean_document(Document(source="urls.txt", text=listing, kind="text"))
    assert str(err.value).startswith("urls.txt: holds web addresses (2) and 1 line that is no address "
                                     "('htps//example.com/politics vote'), not an article text "
                                     "(fix or delete that line")
    # a short note with a link stays an article
    note = "The mayor resigned on Tuesday after a long fight.\nhttps://example.org/a\n"
    assert clean_document(_text_doc(note)).text


# --------------------------------------------------------------------------- page furniture
def _removed_rules(art) -> list[str]:
    return [r.split(":")[0] for r in art.removed]


_PROSE = "The senators voted 52 to 48 on Tuesday to confirm the nominee after a long debate."


def test_a_video_players_labels_go_but_prose_about_a_replay_stays():
    text = (
        "JUST WATCHED Defense Secretary Hagel to step down Replay More Videos ... MUST WATCH "
        "Defense Secretary Hagel to step down 02:42\n\n"
        f"{_PROSE}\n\n"
        "The replay showed the referee had missed the foul, the coach said."
    )
    art = clean_document(_text_doc(text, title="Hagel"))
    assert art.text == f"{_PROSE}\n\nThe replay showed the referee had missed the foul, the coach said."
    assert _removed_rules(art) == ["video player"]


def test_a_summary_box_and_its_bullets_go_before_the_story():
    text = (
        "Story highlights Hagel never recovered from his confirmation hearing\n\n"
        "He is the first Cabinet secretary to leave in Obama's second term\n\n"
        f"{_PROSE}\n\n"
        "Highlights of the speech were read aloud by the clerk."
    )
    art = clean_document(_text_doc(text, title="Hagel"))
    assert art.text == f"{_PROSE}\n\nHighlights of the speech were read aloud by the clerk."
    assert _removed_rules(art) == ["summary box", "summary box"]


def test_a_gallerys_captions_counters_and_placeholders_go():
    text = (
        "Previous Next Harp Detective via AP 1 of 11 i View slideshow\n\n"
        "Photos: The new GOP power players Sen. John McCain is expected to lead the committee. Hide Caption 1 of 12 "
        "Photos: The new GOP power players Sen. Mitch McConnell will become majority leader. Hide Caption 2 of 12\n\n"
        f"{_PROSE}\n\n"
        "Slideshow (17 Images)\n\n"
        "[image]\n\n"
        "6 years ago\n\n"
        "The previous week, next to nothing had happened."
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == f"{_PROSE}\n\nThe previous week, next to nothing had happened."
    assert _removed_rules(art) == ["photo gallery", "photo gallery", "image placeholder", "image placeholder", "timestamp"]


def test_links_to_other_stories_go_but_quotes_and_read_more_in_prose_stay():
    text = (
        f"{_PROSE}\n\n"
        "Elizabeth Warren:Warren rips Bloomberg as 'egomaniac billionaire' as Dems debate\n\n"
        "see also Trump pardons Eddie DeBartolo Jr. in latest act of clemency\n\n"
        "Where is the migrant caravan from – and what will happen to it at the border? Read more\n\n"
        "( PHOTOS: The longest filibusters in history)\n\n"
        "Trump: 'We will win'\n\n"
        "Warren: The bill is a giveaway.\n\n"
        "The clerk said anyone could read more about it in the committee's report. "
        "Readers who want to know more should Read more\n\n"
        "He spoke for 21 hours. (RELATED: Senator Reads Dr. Seuss On The Floor)\n\n"
        "Hagel met the staff. ( Also on POLITICO: John McCain: Hagel 'very frustrated' with White House)"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (
        f"{_PROSE}\n\nTrump: 'We will win'\n\nWarren: The bill is a giveaway.\n\n"
        "The clerk said anyone could read more about it in the committee's report. "
        "Readers who want to know more should Read more\n\nHe spoke for 21 hours.\n\nHagel met the staff."
    )
    assert _removed_rules(art) == ["related link", "prompt", "related link", "related link", "related link",
                                   "related link"]


def test_newsletter_boxes_share_buttons_video_teasers_and_descriptions_go():
    """Furniture a fact-checker found as "only one outlet reports" items (review 8)."""
    text = (
        "Story Continued Below\n\n"
        f"{_PROSE}\n\n"
        "Facebook Twitter Pinterest The Afghanistan president addresses forces in Kabul. Photograph: Rahmat Gul/AP\n\n"
        "CLOSE After announcing her bid, Senator Warren told the crowd a story about her daughter. USA TODAY\n\n"
        "Morning Tech Technology news from Washington — weekday mornings, in your inbox. Email Sign Up By signing "
        "up you agree to receive email newsletters or alerts from POLITICO.\n\n"
        "The Morning Rundown Get a head start on the morning's top stories. This site is protected by recaptcha\n\n"
        "Download the NBC News app for breaking news and politics\n\n"
        "Goya's CEO reacts. Subscribe to Fox News! https://bit.ly/x Watch more Fox News Video: http://video.fox.com "
        "Watch live: http://www.go.com/ The Five: http://video.fox.com/playlist/five/\n\n"
        "Health coverage at USA TODAY is made possible in part by a grant from the Masimo Foundation.\n\n"
        "The senator said the bill was made possible in part by a deal with the House.\n\n"
        "Follow USA TODAY reporter Mike Snider on Twitter: @MikeSnider.\n\n"
        "Read or Share this story: https://www.usatoday.com/story/tech/news/2019/03/12/x/3137915002/"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == f"{_PROSE}\n\nThe senator said the bill was made possible in part by a deal with the House."
    assert _removed_rules(art) == ["ad marker", "photo caption", "video player", "boilerplate", "boilerplate",
                                   "prompt", "video description", "boilerplate", "prompt", "prompt"]


def test_captions_with_an_agency_credit_go_but_prose_keeps_its_words():
    text = (
        "Former Trump campaign manager Paul Manafort (Carlo Allegri/Reuters )\n\n"
        f"{_PROSE}\n\n"
        "Senator Cindy Hyde-Smith speaks during an election night party in Jackson, Mississippi, U.S., "
        "November 27, 2018. REUTERS/Jonathan Bachman\n\n"
        "Carlos Barria/Reuters Local residents leave Sunday service at the megachurch.\n\n"
        "The poll, by Reuters/Ipsos, found most voters undecided.\n\n"
        "Crowds gathered near the scene on Friday to lay flowers and light candles. Francois Mori/AP"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (
        f"{_PROSE}\n\nThe poll, by Reuters/Ipsos, found most voters undecided.\n\n"
        "Crowds gathered near the scene on Friday to lay flowers and light candles."
    )
    assert _removed_rules(art) == ["photo caption", "photo caption", "photo caption", "photo credit"]


def test_inbox_contact_follow_lines_and_a_bare_list_of_authors_go():
    text = (
        f"{_PROSE}\n\n"
        "Get the Monitor Stories you care about delivered to your inbox.\n\n"
        "The vote came after Paul Ryan and Nancy Pelosi met.\n\n"
        "Send letters to letters@suntimes.com.\n\n"
        "Follow the money, he said, on Twitter and elsewhere.\n\n"
        "Follow @gregorykorte, @tvandenbrook and @djusatoday on Twitter.\n\n"
        "Gregory Korte, Tom Vanden Brook, and David Jackson"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (
        f"{_PROSE}\n\nThe vote came after Paul Ryan and Nancy Pelosi met.\n\n"
        "Follow the money, he said, on Twitter and elsewhere."
    )
    assert _removed_rules(art) == ["prompt", "contact line", "prompt", "byline"]


def test_review_10s_furniture_goes_and_prose_like_it_stays():
    """Review 10: a byline block and the outlet's name above the story (USA TODAY), a
    photographer's credit alone on its line (NYT), promotions set as list items (CNN) and
    AP's closing hub link and podcast pitch were kept as article text."""
    text = (
        "John Bacon\n\nUSA TODAY\n\n"
        "Damon Winter/The New York Times\n\n"
        f"{_PROSE}\n\n"
        "- Follow the Ticker on Twitter: @PoliticalTicker\n\n"
        "- Check out the CNN Electoral Map and Calculator and game out your own strategy for November.\n\n"
        "Check out the new bridge, the mayor told residents on Friday.\n\n"
        "The Senate/House conference met on Monday.\n\n"
        "Full Coverage: Election 2020\n\n___\n\n"
        "Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “ Ground Game. ”"
    )
    art = clean_document(_text_doc(text, title="Vote", outlet="USA TODAY"))
    assert art.text == (
        f"{_PROSE}\n\nCheck out the new bridge, the mayor told residents on Friday.\n\n"
        "The Senate/House conference met on Monday."
    )
    assert art.byline == "John Bacon"
    assert _removed_rules(art) == ["photo credit", "prompt", "prompt", "prompt", "prompt", "outlet name", "byline"]
    # the outlet's name is a masthead only at the top, and only the outlet's own
    art = clean_document(_text_doc(f"John Bacon\n\nThe Daily Planet\n\n{_PROSE}", title="Vote", outlet="USA TODAY"))
    assert art.text.startswith("John Bacon")


def test_text_decoded_in_the_wrong_encoding_is_repaired():
    """Review 10: a headline shown as "Benghazi-Gate Ã¢â‚¬â€œ time for ..." (UTF-8 read as
    Windows-1252, twice). Text written as meant, curly quotes and accents, is left alone."""
    art = clean_document(_text_doc(f"{_PROSE} CafÃ© owners said so.",
                                   title="Benghazi-Gate Ã¢â‚¬â€œ time to act"))
    assert art.title == "Benghazi-Gate – time to act"
    assert art.text.endswith("Café owners said so.")
    meant = "“Déjà vu,” said the owner of the café — at 5 p.m."
    assert clean_document(_text_doc(f"{_PROSE} {meant}", title="Vote")).text.endswith(meant)


def test_a_linked_headline_that_opens_with_a_quote_goes_but_a_labelled_quotation_stays():
    """Review 10: USA TODAY's "More:'There's people shot everywhere!': Las Vegas shooting 911
    calls released" stayed in the text; Salon's "Obama's Comeback:“You kind of ...”" is prose."""
    text = (
        f"{_PROSE}\n\n"
        "More:'There’s people shot everywhere!': Las Vegas shooting 911 calls released\n\n"
        "Obama’s Comeback:“You kind of screwed up my ending, but that’s okay.”"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == f"{_PROSE}\n\nObama’s Comeback:“You kind of screwed up my ending, but that’s okay.”"
    assert _removed_rules(art) == ["related link"]


def test_review_11s_credits_syndication_notice_and_graphic_label_go_and_prose_like_them_stays():
    """Review 11: Fox's closing "... contributed to this report.", the Daily Caller News
    Foundation's syndication notice (which became framing terms "content", "licensing") and
    CNN's "CNN Map" were kept as article text."""
    text = (
        f"{_PROSE}\n\nCNN Map\n\n"
        "Volunteers contributed to this report on the flood, the agency said on Monday.\n\n"
        "The map shows the route.\n\n"
        "Fox News' Catherine Herridge, Matt Dean and The Associated Press contributed to this report.\n\n"
        "• David Sherfinski and Dave Boyer contributed to this article.\n\n"
        "Associated Press writer John Seewer contributed to this report. Colvin reported from Washington.\n\n"
        "Content created by The Daily Caller News Foundation is available without charge to any eligible news "
        "publisher that can provide a large audience. For licensing opportunities of our original content, please "
        "contact licensing@dailycallernewsfoundation.org."
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (f"{_PROSE}\n\nVolunteers contributed to this report on the flood, the agency said on Monday."
                        "\n\nThe map shows the route.")
    assert sorted(set(_removed_rules(art))) == ["boilerplate", "contributors' credit", "graphic label"]


def test_a_live_blogs_entry_heads_keep_their_words_and_lose_their_times():
    """Review 11: AJC's live blog lost its entry heads ("Updated at 12:05 a.m. -- Trump calls
    to congratulate Handel") whole, as "timestamp" lines. The time is the entry's stamp; the
    words after it are the entry's head, the outlet's own subheading, and stay. A time alone on
    its line is a stamp too; a stamp whose rest is a date stays a stamp, and prose that opens
    with a time ("7 p.m. is when ...") is prose."""
    text = (
        "Updated at 12:05 a.m. -- Trump calls to congratulate Handel\n\n"
        f"{_PROSE}\n\n"
        "10:45 p.m.\n\n"
        "Update at 9:15 a.m. ET. Where Was Most Of The Growth?\n\n"
        "Updated at 9:40 a.m. ET Tuesday\n\n"
        "1:35 p.m. Conditions worsen in Italy\n\n"
        "Update at 10 a.m. ET. More From Rep. King:\n\n"
        "7 p.m. is when the polls close, officials said."
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text.split("\n\n") == [
        "Trump calls to congratulate Handel", _PROSE, "Where Was Most Of The Growth?",
        "Conditions worsen in Italy", "More From Rep. King:", "7 p.m. is when the polls close, officials said."]
    assert [r for r in art.removed if r.startswith("timestamp")] == [
        "timestamp: 'Updated at 12:05 a.m. --'", "timestamp: '10:45 p.m.'", "timestamp: 'Update at 9:15 a.m. ET.'",
        "timestamp: 'Updated at 9:40 a.m. ET Tuesday'", "timestamp: '1:35 p.m.'", "timestamp: 'Update at 10 a.m. ET.'"]


def test_a_live_entrys_stamp_inside_a_paragraph_goes_and_its_words_stay():
    """Review 20: NPR's live entries ran together in one paragraph ("... relief efforts. 4:30 p.m. ET: U.S. Marine
    Corp says ..."): a time of day opening a sentence with a colon or a dash after it, or with a time zone and a
    stop, is the next entry's stamp: it goes, the entry's words stay in the paragraph. A time opening a sentence of
    prose (no colon, no zone) stays."""
    entries = ("The ferry left the harbor with 300 passengers aboard. 2:15 p.m. ET: The coast guard says two "
               "cutters are on their way. 3:05 p.m. -- Rain closes the airport. 11:20 a.m. ET. Schools Shut")
    prose = "The council met at noon. 4:30 p.m. Monday is the deadline for comments. At 5 p.m. the doors closed."
    art = clean_document(_text_doc(f"{entries}\n\n{_PROSE} {prose}", title="Storm"))
    assert art.text.split("\n\n") == [
        "The ferry left the harbor with 300 passengers aboard. The coast guard says two cutters are on their way. "
        "Rain closes the airport. Schools Shut", f"{_PROSE} {prose}"]
    assert [r for r in art.removed if r.startswith("timestamp")] == [
        "timestamp: '2:15 p.m. ET:'", "timestamp: '3:05 p.m. --'", "timestamp: '11:20 a.m. ET.'"]


def test_an_embedded_post_stays_as_its_accounts_words():
    """An embedded post is quoted social content: cleaning keeps its words and its signature
    (the quote stage gives the words to the account, nlp/tweets.py), as it keeps any quote."""
    post = ("JUST IN: Thai interim PM says has requested election commission to organise polls on Aug 3: "
            "Reuters #thailand #MartialLaw — ST Foreign Desk (@STForeignDesk) May 20, 2014")
    art = clean_document(_text_doc(f"{_PROSE}\n\n{post}\n\n{_PROSE}", title="Vote"))
    assert post in art.text.split("\n\n") and art.removed == ()


def test_review_12s_teaser_credits_links_and_byline_go_and_prose_like_them_stays():
    """Review 12: USA Today's "CLOSE" video teaser ending in an agency's name (it opened a
    story's summary), its "Contributing: ..." credits and "More: ..." links, and a byline of
    three names joined by "and", were kept as article text and listed as one outlet's points."""
    text = (
        "Doug Stanglin and Daniel J. Gross and Nikie Mayo\n\n"
        "CLOSE A trade expert says the tariff hikes will be painful for consumers. U.S. import taxes on "
        "$200 billion of Chinese goods jumped to 25% on Friday, from 10%, (May 10) AP, AP\n\n"
        f"{_PROSE}\n\n"
        "More: How the trade war with China could hit you: Higher prices, lost jobs and falling stocks\n\n"
        "CLOSE to midnight, the senators were still talking.\n\n"
        "More than 40 senators stayed until midnight, aides said.\n\n"
        "Contributing to the delay: a quorum call that took an hour.\n\n"
        "Contributing: The Associated Press; Joey Gill; Katie Wadington; Chris Woodyard and Sean Rossman\n\n"
        "Bacon reported from McLean, Va. Contributing: Madlin Mekelburg, El Paso Times; Kevin Johnson"
    )
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (f"{_PROSE}\n\nCLOSE to midnight, the senators were still talking.\n\n"
                        "More than 40 senators stayed until midnight, aides said.\n\n"
                        "Contributing to the delay: a quorum call that took an hour.")
    assert _removed_rules(art) == ["byline", "video player", "related link", "contributors' credit",
                                   "contributors' credit"]


def test_review_13s_caption_labels_ad_runs_pull_quotes_and_wire_byline_go_and_prose_like_them_stays():
    """Review 13: a BBC caption and player label, NYT's "Advertisement Continue reading the main
    story", a handout photo's caption, Fox's pull quote and all-capitals "WATCH:" link, an
    embedded post repeating a quote the story gives, a wire byline ("Rob Gillies" / "Associated
    Press"), "UPDATE at 11:00 ET:", a sign-off ending in ";", a columnist's address: all were
    kept as article text (shared points, unique items, framing terms "image", "caption"). Prose
    like them, and a pull quote or post the story gives nowhere else, stay."""
    said = "“There is a special place in hell for any leader who acts in bad faith,” Navarro said on Sunday."
    post = ("Canada is charging massive tariffs to our farmers and workers, so we will not endorse it! "
            "— Donald J. Trump (@realDonaldTrump) June 9, 2018")
    text = (
        "Rob Gillies\n\nAssociated Press\n\n"
        f"{_PROSE}\n\n"
        "Image copyright Getty Images Image caption The senators met in the old chamber\n\n"
        "Media playback is unsupported on your device Media caption Why the vote mattered\n\n"
        "Leaders discuss the statement in La Malbaie, Quebec, Canada, June 9, 2018. "
        "Adam Scotti/PM's Office/Handout via REUTERS\n\n"
        f"{said}\n\n"
        "“There is a special place in hell for any leader who acts in bad faith.” "
        "— Trade adviser Peter Navarro\n\n"
        "“We will keep the promises we made to our farmers and our workers.” — Senator Jane Roe\n\n"
        "The president had written: “Canada is charging massive tariffs to our farmers and workers, so we will "
        "not endorse it!”\n\n"
        f"{post}\n\n"
        "Advertisement Continue reading the main story\n\n"
        "WATCH: TRUMP SAYS US IS LIKE 'PIGGY BANK THAT EVERYONE IS ROBBING' ON TRADE\n\n"
        "WATCH: The senators debate the bill, in a video from the floor\n\n"
        "UPDATE at 11:00 ET:\n\n"
        "Media reports said the vote would be close.\n\n"
        "Roe reported from McLean, Va.; Contributing: Charles Ventura from Los Angeles\n\n"
        "Jane Roe is a Valley Press columnist. Email: jroe@valleypress.com\n\n"
        "Twitter: @janeroe"
    )
    art = clean_document(_text_doc(text, title="Vote", outlet="USA TODAY"))
    assert art.text.split("\n\n") == [
        _PROSE, said, "“We will keep the promises we made to our farmers and our workers.” — Senator Jane Roe",
        "The president had written: “Canada is charging massive tariffs to our farmers and workers, so we will "
        "not endorse it!”",
        "WATCH: The senators debate the bill, in a video from the floor", "Media reports said the vote would be close."]
    assert art.byline == "Rob Gillies"
    assert _removed_rules(art) == [
        "photo caption", "video player", "photo caption", "ad marker", "related link", "timestamp",
        "contributors' credit", "contact line", "contact line", "repeated quote", "repeated quote", "wire agency name",
        "byline"]


def test_a_body_opening_with_the_headline_as_first_published_loses_it():
    """NPR's body opens with its headline before a figure was updated ("350,000" under a title
    saying "400,000"): a headline, not a sentence; a first line two words apart stays."""
    title = "Chicago Teachers On Strike, Affecting 400,000 Students"
    art = clean_document(_text_doc(f"Chicago Teachers On Strike, Affecting 350,000 Students\n\n{_PROSE}", title=title))
    assert art.text == _PROSE and art.removed == ("repeated headline: 'Chicago Teachers On Strike, Affecting 350,000 "
                                                  "Students'",)
    kept = "Chicago Teachers Stay Off Work, Affecting 350,000 Students"
    assert clean_document(_text_doc(f"{kept}\n\n{_PROSE}", title=title)).text.startswith(kept)


def test_a_line_in_capitals_between_paragraphs_is_a_heading_not_a_sentence():
    """Fox's related headlines in capitals between paragraphs ("AUSTIN SERIAL BOMBER ...", review 12)
    were listed as "only Fox reports" items; prose that opens in capitals and an article written
    all in capitals stay."""
    text = (f"{_PROSE}\n\n"
            "AUSTIN SERIAL BOMBER WAS 'TROUBLED' YOUNG MAN, FAMILY SAYS\n\n"
            "Police said the NFL and the FBI had been told on Monday.\n\n"
            "THE FBI AND ATF SAID more bombs could have been sent, agents told reporters.")
    art = clean_document(_text_doc(text, title="Bomber dies", outlet="Fox News"))
    assert art.text.split("\n\n") == [_PROSE, "Police said the NFL and the FBI had been told on Monday.",
                                      "THE FBI AND ATF SAID more bombs could have been sent, agents told reporters."]
    assert _removed_rules(art) == ["capitals heading"]
    shouted = "POLICE SAID THE BOMBER DIED ON WEDNESDAY MORNING\n\nTHE FBI SAID MORE BOMBS COULD HAVE BEEN SENT."
    art = clean_document(_text_doc(shouted, title="Bomber dies", outlet="Wire"))
    assert art.text == shouted


def test_review_14s_link_lists_boxes_players_and_captions_go_and_prose_like_them_stays():
    """Review 14: a standfirst run into the headline on the first line (Politico), the headline as
    first published two words apart (NPR), a link list under "Further Reading" and under Fox's
    "More On This...", "Send a tip to the news team", an audio player, "Our original post
    continues:", the Guardian's "Quick guide ... Show Hide" box and a column's link of two
    sentences, and a caption over its "(Photo: ...)" credit were kept as article text (unique
    items, shared points, a figure in a dispute). A subheading after "Read more:" and prose stay."""
    caption = ("Kirstjen Nielsen speaks at a news conference at the White House on June 18, 2018. "
               "(Photo: Michael Reynolds, EPA-EFE)")
    text = (
        "Together, the new data add urgency to the debate. Another tepid jobs report\n\n"
        "WASHINGTON — The economy added 162,000 jobs in July, federal economists said.\n\n"
        f"{caption}\n\n"
        "Our original post continues:\n\n"
        "Quick guide Why are families being separated? Show Hide In April 2018, the attorney general announced a "
        "policy. By Amanda Holpuch Read more\n\n"
        "Trump's cruel border policies created a crisis. It's far from over | Richard Wolffe Read more\n\n"
        "More On This...\n\n"
        f"{_PROSE}\n\n"
        "Payrolls Grow Slowly Listen · 4:07 4:07\n\n"
        "Read more:\n\nEconomics\n\n"
        "Employers added fewer jobs than economists expected, the report said.\n\n"
        "Send a tip to the news team at NR.\n\n"
        "Further Reading\n\nCritics Fault The Jobs Report\n\nAdvertisement\n\nProfile: The Labor Department"
    )
    art = clean_document(_text_doc(text, title="Another tepid jobs report", outlet="Politico"))
    assert art.text.split("\n\n") == [
        "The economy added 162,000 jobs in July, federal economists said.", _PROSE, "Economics",
        "Employers added fewer jobs than economists expected, the report said."]
    assert _removed_rules(art) == [
        "headline and its caption", "photo caption", "update label", "explainer box", "related link",
        "related links heading", "audio player", "prompt", "prompt", "related links heading", "related link",
        "ad marker", "related link", "dateline"]
    revised = "EPA Unveils New Proposal Targeting Greenhouse Gases"
    title = "EPA To Unveil New Proposal Targeting Greenhouse Gases"
    art = clean_document(_text_doc(f"{revised}\n\n{_PROSE}", title=title))
    assert art.text == _PROSE and _removed_rules(art) == ["repeated headline"]


def test_a_live_entrys_sign_up_pitch_and_closing_byline_go_and_its_paragraph_stays():
    """Review 13: the Washington Post's live entries end "... Sign up for our Coronavirus Updates
    newsletter to follow ... All stories linked in the newsletter are free to access. By John
    Wagner AD AD" inside their paragraphs; the pitch and the byline go, the entry's words stay.
    A sentence about signing up, or a name after "by", in prose stays."""
    entry = "The chairman adjourned the hearing shortly before 1:30 p.m."
    pitch = (" Sign up for our Coronavirus Updates newsletter to follow major developments in the pandemic. "
             "All stories linked in the newsletter are free to access. By John Wagner AD AD")
    prose = "Few people chose to sign up for the program, which was run by John Wagner."
    art = clean_document(_text_doc(f"{entry}{pitch}\n\n{_PROSE} {prose}", title="Hearing"))
    assert art.text.split("\n\n") == [entry, f"{_PROSE} {prose}"]
    assert _removed_rules(art) == ["prompt", "byline"]


def test_review_15s_captions_notes_and_inline_links_go_and_prose_like_them_stays():
    """Review 15: a caption closing with an agency's credit without brackets ("... Sunday, Nov. 5, 2017, in
    Sutherland Springs, Texas. AP Photo/Darren Abate", an "only one outlet" item; Reuters' "... in Washington,
    U.S. December 7, 2017. REUTERS/Yuri Gripas", its date after no comma), a note that the story is
    updated, a correction's note on an earlier version, a link under a spaced label ("Key figure: What we
    know about ..."), links in capitals run into a paragraph ("RELATED: ...") and the outlet's pitch after
    a paragraph's last sentence ("Check out our maps ...", "We'll have more on ... after headlines.") were
    kept as article text. Prose that names a photo, corrects a claim or opens with a label, a transcript's
    speaker cut off ("AMY GOODMAN: We're going to—") and a list's fields ("Need: ...", "Avoid: ...", a
    label opening three lines or more) stay."""
    prayer = "The president bowed in prayer with his Cabinet at Camp David on Saturday."
    warning = "Forecasters said the Keys were at risk of \u201clife-threatening inundation.\u201d"
    arrests = "On Monday, seven activists were arrested during a protest on Capitol Hill."
    text = (
        f"{_PROSE}\n\n"
        "Mourners participate in a candlelight vigil held for the victims of a fatal shooting at the church, "
        "Sunday, Nov. 5, 2017, in Sutherland Springs, Texas. AP Photo/Darren Abate\n\n"
        "U.S. Senator Al Franken departs the U.S. Capitol with his wife after announcing his resignation on Capitol "
        "Hill in Washington, U.S. December 7, 2017. REUTERS/Yuri Gripas\n\n"
        f"{prayer} RELATED: Bible Studies at the White House: Who's Inside? RELATED: Faith Leaders Pray\n\n"
        f"{warning} Check out our maps tracking the storm.\n\n"
        "Key figure: What we know about the strike that killed Iran's Gen. Qasem Soleimani\n\n"
        f"{arrests} We\u2019ll have more on Sunday\u2019s shooting after headlines.\n\n"
        "The senator said he had corrected an earlier version of his statement, and a photo showed him at "
        "the fair on Sunday, Nov. 5, 2017, in St. Paul, Minnesota.\n\n"
        "Gov. Scott: We are ready for this storm.\n\n"
        "AMY GOODMAN: We\u2019re going to\u2014\n\n"
        "Need: Seize the mantle in the race\n\nAvoid: Fading into the background\n\n"
        "Need: Be the acceptable alternative\n\nAvoid: Looking frustrated and annoyed\n\n"
        "Need: Break out from the pack\n\nAvoid: Becoming irrelevant on the stage\n\n"
        "Editor's note: An earlier version of this article mistakenly said that he received a dishonorable "
        "discharge. He received a \"bad conduct\" discharge.\n\n"
        "This story has been updated and will continue to update with additional developments."
    )
    art = clean_document(_text_doc(text, title="Storm"))
    assert art.text.split("\n\n") == [
        _PROSE, prayer, warning, arrests,
        "The senator said he had corrected an earlier version of his statement, and a photo showed him at "
        "the fair on Sunday, Nov. 5, 2017, in St. Paul, Minnesota.",
        "Gov. Scott: We are ready for this storm.", "AMY GOODMAN: We\u2019re going to\u2014",
        "Need: Seize the mantle in the race", "Avoid: Fading into the background",
        "Need: Be the acceptable alternative", "Avoid: Looking frustrated and annoyed", "Need: Break out from the pack",
        "Avoid: Becoming irrelevant on the stage"]
    assert _removed_rules(art) == [
        "photo caption", "photo caption", "related link", "prompt", "related link", "prompt", "correction note",
        "update note"]


def test_review_21s_markup_captions_notes_and_list_dashes_go_and_prose_like_them_stays():
    """Review 21: a video still's HTML attribute opening a paragraph (Politico's 'poster="https://..." <headline>
    <standfirst>'), captions set as paragraphs in the present tense with their date (CNN's "Supporters ... celebrate
    ... on October 28."), an agency's caption with its place and date and no comma (Reuters' "..., in Sao Paulo,
    Brazil October 28, 2018.") and its refile note, a live blog's notes on its post ("We'll have more ... as the morning
    continues", "Our original post (from 7 a.m. ET). ..."), a gallery's link ("... View photos A look at ..."), an
    agency's tag after a place without a dash, and the double hyphens of a list's items go; prose telling a dated
    event in the past tense or a coming one stays."""
    text = (
        'poster="https://video.example.com/stills/4411.jpg?id=77" Harbor ferry service resumes after storm repairs '
        "The ferry line was closed for nine days while crews fixed the pier.\n\n"
        f"{_PROSE}\n\n"
        "Commuters celebrate on the deck of the first ferry in Port Angeles on March 14.\n\n"
        "Florida holds its primary on March 15.\n\n"
        "Workers inspect a damaged piling near the terminal, in Port Angeles, Washington March 12, 2019.\n\n"
        "The mayor rode the first ferry on Thursday.\n\n"
        "The council is set to vote on the repair budget on April 2.\n\n"
        "Harbor repairs View photos A look at the pier before and after the storm.\n\n"
        "We'll have more from the terminal as the morning continues. Hit your refresh button for our latest updates.\n\n"
        'Our original post (from 6 a.m. ET). "Ferries Likely To Sail Again Today":\n\n'
        "Riders gave three reasons for the delays:\n\n"
        "-- 40 trips were cancelled in the first week.\n\n"
        "-- 12 trips were cut short.\n\n"
        "-- So, most riders took the bus.\n\n"
        "-- and that, the captain said, was the whole story.\n\n"
        "(This story was refiled to fix a typo in paragraph 4)"
    )
    art = clean_document(_text_doc(text, title="Harbor ferry service resumes after storm repairs"))
    assert art.text.split("\n\n") == [
        "The ferry line was closed for nine days while crews fixed the pier.", _PROSE,
        "Florida holds its primary on March 15.", "The mayor rode the first ferry on Thursday.",
        "The council is set to vote on the repair budget on April 2.",
        "Riders gave three reasons for the delays:", "40 trips were cancelled in the first week.",
        "12 trips were cut short.", "So, most riders took the bus.", "and that, the captain said, was the whole story."]
    assert _removed_rules(art) == ["markup", "repeated headline", "photo caption", "photo caption", "photo gallery",
                                   "update note", "update label", "update note"]
    tagged = clean_document(_text_doc(f"Lagos, Nigeria (CNN) Crowds filled the square on Sunday.\n\n{_PROSE}",
                                      title="Crowds"))
    assert tagged.text.split("\n\n")[0] == "Crowds filled the square on Sunday." and _removed_rules(tagged) == ["dateline"]


def test_a_link_in_parentheses_under_a_label_in_capitals_goes():
    """Review 22: Politico's "( IN 90 SECONDS: Democrats excited about health care again)" stood between paragraphs
    (its "( Also on POLITICO: ...)" links went)."""
    text = (f"{_PROSE}\n\n( TOP STORIES TODAY: Mayor's budget passes after a long night)\n\n"
            "The council met at noon. ( IN 60 SECONDS: What the new parking rules mean)\n\n"
            "The vote (NYSE: ACME) was close.\n\n(The mayor, who spoke last: \"We won.\")")
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (f"{_PROSE}\n\nThe council met at noon.\n\nThe vote (NYSE: ACME) was close.\n\n"
                        "(The mayor, who spoke last: \"We won.\")")
    assert _removed_rules(art) == ["related link", "related link"]


def test_a_sign_off_then_a_colleagues_bare_credit_goes():
    """Review 22: the AP's "Wiseman and Superville reported from Washington. AP Writer Catherine Lucey on Air Force One
    contributed." closed the Washington Times' copy, and was listed as only that outlet's report."""
    text = (f"{_PROSE}\n\nHolm and Baker reported from Denver. AP Writer Jo Park in Boise contributed.\n\n"
            "Officials reported from the scene. The fire crews contributed, too, by clearing the road first.")
    art = clean_document(_text_doc(text, title="Vote"))
    assert art.text == (f"{_PROSE}\n\nOfficials reported from the scene. The fire crews contributed, too, by clearing "
                        "the road first.")
    assert _removed_rules(art) == ["contributors' credit"]
