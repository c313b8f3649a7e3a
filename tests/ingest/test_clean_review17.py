"""Review 16's two cleaning leftovers (and review 17's furniture): what cleaning takes, and the prose like it that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("Stocks fell sharply on Monday as investors weighed the spread of the virus, and trading was halted "
          "for fifteen minutes after the opening bell.")


def _clean(text: str):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="Markets"))


def _rules(art) -> list[str]:
    return [note.split(":")[0] for note in art.removed]


def test_a_list_headline_run_into_the_next_paragraph_goes_and_the_paragraph_stays():
    """The last headline of a link list was run into the paragraph after it ("... from the Camp Fire The
    author of the measure ..."): the headline goes, the paragraph keeps all its words."""
    paragraph = ("The author of the measure, passed unanimously by both houses, now says the governor missed a "
                 "chance to act.")
    text = "\n\n".join([
        _PROSE,
        "Related Articles State regulators probe PG&E power shutoffs",
        "Bay Area rainfall: When\u2019s it coming and when should we start to worry?",
        "East Bay city will seek to recoup PG&E power shutoff costs",
        "One year later: Catching up with those recovering from the Camp Fire " + paragraph,
    ])
    art = _clean(text)
    assert art.text.split("\n\n") == [_PROSE, paragraph]
    assert _rules(art) == ["related link"] * 4


def test_a_paragraph_after_a_link_list_that_names_a_work_in_capitals_keeps_its_opening():
    """A paragraph after a link list that names a title opening with "The" ("told The Associated Press",
    a capital after "The", not a sentence's opening) stays whole."""
    paragraph = ("Officials told The Associated Press that the plan, announced Friday, would cost more than "
                 "expected.")
    text = "\n\n".join([
        _PROSE,
        "Related Articles State regulators probe PG&E power shutoffs",
        "Bay Area rainfall: When\u2019s it coming and when should we start to worry?",
        "East Bay city will seek to recoup PG&E power shutoff costs",
        paragraph,
    ])
    assert _clean(text).text.split("\n\n") == [_PROSE, paragraph]


def test_a_link_labelled_with_a_year_and_the_link_under_it_go():
    """USA Today's "Taxes 2020:7 common filing mistakes ..." (a year before the colon) and the unlabelled
    link under it ("... can I claim? Here are 9 overlooked ones", no stop at its end) were kept as text; a
    subheading after a link, a time and a verse cited at a line's start stay."""
    kept = [_PROSE, "What happens next", "At 10:30 the exchange reopened, and prices steadied within the hour.",
            "John 3:16 was on the sign he held, and the crowd cheered him on."]
    text = "\n\n".join([
        kept[0],
        "Taxes 2020:7 common filing mistakes to avoid this year",
        "What tax deductions and credits can I claim? Here are 9 overlooked ones",
        kept[2],
        "More: How the trade war could hit you",
        kept[1], kept[3],
    ])
    art = _clean(text)
    assert art.text.split("\n\n") == [kept[0], kept[2], kept[1], kept[3]]
    assert _rules(art) == ["related link"] * 3


def test_a_caption_its_credit_the_section_and_the_headline_before_the_standfirst_go():
    """Politico's first line: "<caption> | AP Photo/Alex Brandon White House How Trump saved Kavanaugh The
    president was convinced ..." (review 17): the caption, its credit, the section and the headline go; the
    standfirst stays as the first paragraph. A first paragraph that names the headline's words without a
    caption's " | " before them stays whole."""
    standfirst = ("The president was convinced that the cost to his administration and the GOP would be too great "
                  "if he abandoned the judge, aides said.")
    head = ("President Donald Trump came to the conclusion that the nominee needed to be confirmed. | AP Photo/Alex "
            "Brandon White House How Trump saved Kavanaugh ")
    art = clean_document(Document(source="story.txt", text=head + standfirst + "\n\n" + _PROSE, kind="text",
                                  title="How Trump saved Kavanaugh"))
    assert art.text.split("\n\n") == [standfirst, _PROSE]
    assert _rules(art) == ["headline and its caption"]
    first = "Aides said that how Trump saved Kavanaugh The Senate vote would show, and the judge thanked him."
    art = clean_document(Document(source="story.txt", text=first + "\n\n" + _PROSE, kind="text",
                                  title="How Trump saved Kavanaugh"))
    assert art.text.split("\n\n") == [first, _PROSE]


def test_an_embedded_post_and_its_footer_go_and_a_sentence_on_a_posted_photo_stays():
    """An Instagram post saved as a line, its caption and "A photo posted by Joey (@spiritofsound_l) on Mar 22,
    2016 at 3:01am PDT" (NPR's, review 17), gave an "only one outlet reports" item; a footer alone goes too,
    and a sentence telling of a posted photo stays."""
    kept = [_PROSE, "A photo posted by the mayor on Tuesday showed the station's entrance in ruins, officials said."]
    text = "\n\n".join([kept[0], "Terrorist attacks in #Brussel #Belgium at the airport... At 8 A.M CET. Rest In "
                                  "Peace victims A photo posted by Joey (@spiritofsound_l) on Mar 22, 2016 at 3:01am PDT",
                        "A video posted by Mara Colette (@__maracolette___) on Dec 31, 2016 at 12:01pm PST", kept[1]])
    art = _clean(text)
    assert art.text.split("\n\n") == kept
    assert _rules(art) == ["embedded post"] * 2
