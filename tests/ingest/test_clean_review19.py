"""Review 19's cleaning faults and review 18's leftover list bullets: an embedded clip's description, a
pull quote with its speaker's bare name; and the prose like them that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("Officials cautioned that the rescue phase of the crisis would continue, and that they still had no way "
          "to gauge the scale of the catastrophe.")


def _clean(text: str, outlet: str | None = None):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="Storm", outlet=outlet))


def test_a_list_items_bullet_is_no_word_of_it():
    """The New York Times' list of the day's events kept its "•" marks; one was read into a name ("• Local")."""
    item1 = "Local officials in Texas said at least 30 deaths were believed to have been caused by the storm."
    item2 = "The city of Houston imposed a curfew from midnight to 5 a.m., starting Tuesday night."
    lead_in = "For everybody, it was another head-shaking 24 hours:"
    art = _clean(f"{_PROSE}\n\n{lead_in}\n\n\u2022 {item1}\n\n\u2022 {item2}")
    paragraphs = art.text.split("\n\n")
    assert paragraphs[-2:] == [item1, item2]
    assert "\u2022" not in art.text


def test_a_dash_or_star_opening_a_line_stays():
    line = "- 5 degrees was the low on Tuesday, the coldest reading of the year so far in the city."
    assert _clean(f"{_PROSE}\n\n{line}").text.endswith(line)


def test_an_embedded_clips_description_goes():
    """CBN's clip descriptions ("... breaks down the numbers ... Watch below.", "Click play to hear ...") were
    listed as news only CBN gave."""
    lines = ["Dr. Paul Bonicelli, professor of government at Regent University, breaks down the numbers from last "
             "night's primaries. Watch below.",
             "Click play to hear police dispatchers as they hunt down the shooter.",
             "The network's correspondent shares his insights on the outcome of the primaries. Click play to watch."]
    art = _clean("\n\n".join([_PROSE, *lines]))
    assert art.text == _PROSE
    assert sum(n.startswith("video caption") for n in art.removed) == 3
    # the paragraph's sentence of the story stays, the clip's description and prompt after it go
    news = "So far, the FBI has not ruled out terrorism as a motive in these tragic shootings."
    art = _clean(f"{_PROSE}\n\n{news} The network's terrorism analyst shares his perspective. Watch below:")
    assert art.text == f"{_PROSE}\n\n{news}"


def test_prose_that_tells_of_watching_stays():
    lines = ["Viewers were told to watch below the fold of the page for the results, and many did so all night.",
             "He said he would click play to watch the tape again before deciding whether the call was right, "
             "and the league backed him."]
    art = _clean("\n\n".join([_PROSE, *lines]))
    assert art.text == "\n\n".join([_PROSE, *lines])


def test_a_pull_quote_with_its_speakers_name_after_it_goes_when_the_text_gives_its_words():
    """The Guardian's pull quote ("... these fuckers.’ William Walker") repeated a paragraph's words."""
    said = ("\u201cThey shut it off and you could hear bullets hitting the ground. People piled up behind cop cars, "
            "and ex-military guys were saying, \u2018Give me a gun.\u2019\u201d")
    pull = "People piled up behind cop cars and ex-military guys were saying, \u2018Give me a gun.\u2019 William Walker"
    art = _clean("\n\n".join([_PROSE, pull, said]))
    assert art.text == _PROSE + "\n\n" + said
    assert any(n.startswith("repeated quote") for n in art.removed)
    # given only there, it stays: the article's only record of those words
    assert pull in _clean("\n\n".join([_PROSE, pull])).text

