"""Review 18's cleaning leftovers: an agency's video script saved as the article, USA Today's correction
label and its chain's name under a byline, Salon's share-form reply; and the prose like them that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("Protests erupted in the city late on Tuesday after police shot and killed a man, and officers in riot "
          "gear fired tear gas into the crowd.")


def _clean(text: str, outlet: str | None = None):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="Protests", outlet=outlet))


def test_an_ap_video_script_keeps_its_soundbites_under_their_speakers_and_loses_its_markup():
    """The New York Times' Brexit page was AP's shot list: its restriction header, shot numbers and
    descriptions, "SOUNDBITE (English)" labels and "++FRAMES OF BLACK++" were listed as news only it gave."""
    bite1 = ("David Cameron, British Prime Minister: \u201cThe British people have voted to leave the European "
             "Union and their will must be respected.\u201d")
    bite2 = ("David Cameron, British Prime Minister: \u201cA negotiation with the European Union will need to begin "
             "under a new Prime Minister.\u201d")
    text = ("RESTRICTION SUMMARY: AP CLIENTS ONLY UK POOL - AP CLIENTS ONLY London - 24 June 2016 1. British Prime "
            "Minister David Cameron approaching the lectern to give a statement 2. SOUNDBITE (English) " + bite1
            + " ++FRAMES OF BLACK++ 3. SOUNDBITE (English) " + bite2
            + " 4. Various of Cameron walking back to Number 10 with his wife Samantha")
    art = _clean(text)
    assert art.text == bite1 + " " + bite2
    notes = " | ".join(art.removed)
    assert "RESTRICTION SUMMARY" in notes and "approaching the lectern" in notes and "Number 10" in notes


def test_a_reuters_video_script_loses_its_place_line_and_shots_and_keeps_the_speakers_words():
    words = ("U.S. SENATOR, BERNIE SANDERS, SAYING: \u201cThis country today, in my view, has more serious crises "
             "than any time since the Great Depression.\u201d")
    text = ("SHOWS: WASHINGTON, DC, UNITED STATES (APRIL 30, 2015) (REUTERS - ACCESS ALL) 1. U.S. SENATOR BERNIE "
            "SANDERS WALKING TO PODIUM 2. (SOUNDBITE) (English) " + words + " 3. WIDE OF SANDERS AT MICROPHONE")
    assert _clean(text).text == words


def test_prose_with_numbered_points_or_a_soundbite_in_words_is_no_script():
    """Without a soundbite's label with its language, or AP's restriction header, nothing is taken."""
    text = ("The plan has three parts: 1. Cut the rate. 2. Raise the cap. 3. End the exemption. A soundbite "
            "(English or not) of the senator ran on every channel, and 2. was the part he liked least.")
    assert _clean("\n\n".join([_PROSE, text])).text == "\n\n".join([_PROSE, text])


def test_usa_todays_correction_label_and_its_chains_name_under_the_byline_go():
    text = "\n\n".join(["Tonya Maxwell and Melanie Eversley", "USA TODAY Network",
                        "Corrections and clarifications: An earlier version of this story misstated the victim's "
                        "last name. It has since been corrected.", _PROSE])
    art = _clean(text, outlet="USA TODAY")
    assert art.text == _PROSE
    assert any(n.startswith("correction note") for n in art.removed)
    assert any(n.startswith("outlet name") for n in art.removed)
    # a paragraph about corrections, and a network other than the outlet's, stay
    kept = ["CBS Network", "Corrections and clarifications were issued by the department twice last year, "
                           "officials said, after an earlier version of its report misstated the figures."]
    assert _clean("\n\n".join(kept + [_PROSE]), outlet="USA TODAY").text == "\n\n".join(kept + [_PROSE])


def test_a_share_forms_reply_goes():
    art = _clean("\n\n".join(["Your message has been sent successfully", _PROSE]))
    assert art.text == _PROSE
    said = "\u201cYour message has been sent,\u201d the mayor told the crowd, and walked off the stage."
    assert _clean("\n\n".join([_PROSE, said])).text == "\n\n".join([_PROSE, said])
