"""Review 16's furniture (and review 15's two leftovers): what cleaning takes, and the prose beside it that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("Fire crews battled the blazes through the night as winds eased, officials said on Tuesday, and "
          "thousands of residents waited in shelters for word on their homes.")


def _clean(text: str, outlet: str | None = None):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="Fires", outlet=outlet))


def _rules(art) -> list[str]:
    return [note.split(":")[0] for note in art.removed]


def test_captions_players_links_credits_and_contact_lines_go_and_prose_like_them_stays():
    """A photo's caption under "Cover:", a video player's "Play Video 3:08 ...", a name and a photo's
    source ("Devin Patrick Kelley. Daily Mail"), writers' addresses, inbox pitches, "Full coverage of ...",
    "READ <headline>" and "Contributing The Associated Press" were kept as text. A list of officials'
    titles, a sentence on a topic's full coverage and a sentence opening with "Cover" stay."""
    kept = [
        _PROSE,
        "Former Florida Gov. Jeb Bush",
        "Full coverage of the hearing was carried live by three networks.",
        "Cover: the insurers said the policies would pay for temporary housing.",
    ]
    text = "\n\n".join([
        kept[0],
        "Cover: Discarded syringes are scattered on the street in Philadelphia on Saturday, April 28, 2018.",
        "Play Video 3:08 Who is the new French president, Emmanuel Macron? \u2013 video",
        "Devin Patrick Kelley. Daily Mail",
        kept[1], kept[2], kept[3],
        "Receive our Wine Country Fires breaking alerts and latest news updates in your inbox. Sign Up",
        "Save better, spend better:All the money tips and advice delivered right to your inbox. Sign up here",
        "Full coverage of George Floyd's death and protests around the country",
        "READ Why Trading Curbs Kicked in Monday as Stocks Plunged and What You Should Do About It",
        "Contributing The Associated Press",
        "Kimberly Veklerov and Joaquin Palomino are San Francisco Chronicle staff writers. Email: "
        "kveklerov@sfchronicle.com, jpalomino@sfchronicle.com Twitter: @kveklerov, @joaquinpalomino",
    ])
    art = _clean(text)
    assert art.text.split("\n\n") == kept
    assert _rules(art) == ["photo caption", "video player", "photo caption", "prompt", "prompt", "related link",
                           "related link", "contributors' credit", "contact line"]


def test_a_link_lists_heading_run_into_its_first_headline_takes_the_list():
    """"Related Articles State regulators probe ..." and the headlines under it (one with a question after
    its first sentence) went into the text; the paragraph after them stays."""
    after = ("But the governor's office and the state's utilities commission say the bill duplicated efforts "
             "already underway.")
    text = "\n\n".join([
        _PROSE,
        "Related Articles State regulators probe PG&E power shutoffs",
        "Stanley the giraffe escaped the Woolsey fire. But was he supposed to be on the Malibu ranch to begin with?",
        "Bay Area rainfall: When\u2019s it coming and when should we start to worry?",
        "East Bay city will seek to recoup PG&E power shutoff costs",
        after,
    ])
    art = _clean(text)
    assert art.text.split("\n\n") == [_PROSE, after]
    assert _rules(art) == ["related link"] * 4


def test_a_video_playlist_goes_and_cited_headlines_stay():
    """Clips' titles each closed by their source (the outlet, an agency, a station's call sign), a label
    between them, went into the Chronicle's text. Two such lines, and headlines cited with " - " and
    their outlet, stay."""
    cited = ["Trump rally likely fueled virus cases, Tulsa official says - Bloomberg",
             "Tulsa sees Covid-19 surge in the wake of the rally - CNN",
             "Health official says rally likely contributed to spike - Associated Press"]
    text = "\n\n".join([
        _PROSE,
        "Time-lapse video shows smoke over Bay Area San Francisco Chronicle",
        "California Wildfires Scorch Marijuana Crops Associated Press",
        "Which Napa wineries burned in wildfires? KSBW",
        "MediaOS Video",
        "Berkeley firefighter video KTVU",
        _PROSE.replace("Tuesday", "Wednesday"),
        *cited,
    ])
    art = _clean(text, outlet="San Francisco Chronicle")
    assert art.text.split("\n\n") == [_PROSE, _PROSE.replace("Tuesday", "Wednesday"), *cited]
    assert _rules(art) == ["video playlist"] * 5
    two = "\n\n".join([_PROSE, "Resolve Amid Ruin San Francisco Chronicle", "Berkeley firefighter video KTVU"])
    assert _clean(two, outlet="San Francisco Chronicle").removed == ()


def test_the_outlets_caption_of_its_own_clip_goes_and_its_reporting_stays():
    """"CBN Reporter Gary Lane talks with contributor Chuck Holton about the situation in the shelters."
    captions CBN's video (review 15); "CBN News spoke to ..." reports what was said."""
    spoke = "CBN News spoke to Giardinieri on Wednesday afternoon as he started his quarantine."
    text = "\n\n".join([
        _PROSE,
        "CBN Reporter Gary Lane talks with contributor Chuck Holton about the situation in the shelters.",
        spoke,
    ])
    art = _clean(text, outlet="CBN")
    assert art.text.split("\n\n") == [_PROSE, spoke]
    assert _rules(art) == ["video caption"]
    assert _clean(text, outlet="Fox News").removed == ()


def test_a_paragraph_repeated_farther_on_is_kept_once_and_two_facts_worded_alike_stay():
    """The Monitor's page gave paragraphs of its article again before it (review 16): the later copy
    goes, lightly edited or not. Paragraphs that differ in a name or a figure are two facts."""
    quote = ("\u201cThe number of universities that use race in admissions has always been a small fraction of the "
             "higher education landscape, but it is dwindling over the past 20 years,\u201d says Matthew Johnson, "
             "a history professor at Texas Tech University.")
    edited = quote.replace("a history professor", "an assistant professor of history")
    colorado = ("On April 27, Colorado also joined California, Oregon and Washington in a pact to coordinate "
                "the reopening of their economies after the coronavirus shutdowns.")
    nevada = colorado.replace("Colorado", "Nevada")
    text = "\n\n".join([quote, _PROSE, colorado, edited, nevada])
    art = _clean(text)
    assert art.text.split("\n\n") == [quote, _PROSE, colorado, nevada]
    assert _rules(art) == ["repeated paragraph"]
