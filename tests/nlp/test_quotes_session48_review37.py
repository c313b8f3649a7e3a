"""Session 48, helper C: quotes and speakers of review 37 (invented texts; each fails without its rule)."""
import pytest

from manysides.nlp.annotate import annotate_doc


def _quotes(nlp, text):
    return [(q.speaker, q.text, q.direct) for q in annotate_doc("t", nlp(text)).quotes]


def test_name_before_a_dashed_aside_is_the_subject_a_he_goes_on_with(nlp):
    # the parse hangs "Hale" on the noun before its comma and leaves "sought" without a subject: the "he" of the next
    # quote is Hale, the main clause's subject, not Rowe of the opening clause
    text = ("Sen. Tom Hale objected to the speech of Sen. Maria Lopez on Tuesday.\n\n"
            "Without mentioning that the letter had been written before Jim Rowe was a member of the Senate, Hale — "
            "repeating the words of a staff member who seemed to be reading aloud — sought to clarify the rule.\n\n"
            "\"The rule applies,\" he said, \"to any form or voice.\"")
    assert [s for s, _, d in _quotes(nlp, text) if d] == ["Tom Hale", "Tom Hale"]


def test_name_before_a_dashed_description_and_said(nlp):
    text = ("Sen. Tom Hale objected to the speech of Sen. Maria Lopez on Tuesday.\n\n"
            "After Jim Rowe left the chamber, Hale — a former judge who rarely speaks on the floor — said the rule was "
            "clear.\n\n\"The rule applies,\" he said, \"to any form or voice.\"")
    assert [s for s, _, d in _quotes(nlp, text) if d] == ["Tom Hale", "Tom Hale"]


def test_headline_line_with_says_is_no_report(nlp):
    # a related story's link and a video's title, short and unstopped, run into the text
    link = ("It is not clear whether the man received treatment after that incident.\n\n"
            "Traveler says laptop saved him during Florida airport shooting\n\n"
            "Authorities have identified the five dead.")
    assert _quotes(nlp, link) == []
    video = ("Officials said the inquiry would begin on Monday.\n\n"
             "Play Video 'We want answers': Tom Hale says rocket downed jet near border – video\n\n"
             "The prime minister, Tom Hale, said his government \"will not rest\" until it got justice.")
    assert [(s, t) for s, t, _ in _quotes(nlp, video)] == [("Officials", "the inquiry would begin on Monday"),
                                                           ("Tom Hale", "will not rest")]


def test_report_in_a_stopped_line_stays(nlp):
    # the control: the same report with its stop is narration
    text = ("Officials said the inquiry would begin on Monday.\n\n"
            "Hale says the rocket downed the jet near the border.\n\nThe airline said flights would resume.")
    assert ("Hale", "the rocket downed the jet near the border", False) in _quotes(nlp, text)


@pytest.mark.parametrize("refusal", ["The ministry declined to comment.", "The airline's chief refused to comment."])
def test_declined_to_comment_is_no_tag_of_the_quote_before(nlp, refusal):
    text = ("President Tom Hale told reporters on Thursday he had \"suspicions\" about the crash. \"Someone could have "
            "made a mistake,\" he said. \"Some people say it was mechanical. I have a feeling that something very "
            "terrible happened.\" " + refusal)
    assert [s for s, _, d in _quotes(nlp, text) if d] == ["Tom Hale", "Tom Hale"]


def test_a_tag_after_the_quote_still_names_its_speaker(nlp):
    # the control: a tag sentence of its own subject ("The ministry said.") is still the quote's
    text = ("President Tom Hale told reporters on Thursday he had \"suspicions\" about the crash. \"Someone could have "
            "made a mistake,\" he said. \"Some people say it was mechanical. I have a feeling that something very "
            "terrible happened.\" The ministry said.")
    assert [s for s, _, d in _quotes(nlp, text) if d][-1] == "The ministry"


@pytest.mark.parametrize("text,speaker", [
    ("After the missile attack, state television showed footage of the Tom Hale burial, with hundreds of people "
     "chanting: \u201cGod is greatest\u201d when the strikes were announced over loudspeakers.", "hundreds of people"),
    ("The video showed the funeral of Tom Hale, with mourners chanting: \u201cDeath to the enemy\u201d as the coffin "
     "passed.", "mourners"),
    # the control: a crowd noun named so already
    ("Television showed the Tom Hale funeral, with the crowd chanting: \u201cGod is greatest\u201d as the coffin "
     "passed.", "the crowd"),
])
def test_chant_after_a_colon_is_the_chanting_crowds(nlp, text, speaker):
    # not the person named before the colon (whose burial or funeral it is)
    assert [s for s, _, _ in _quotes(nlp, text)] == [speaker]


def test_name_and_past_verb_read_as_modifiers_of_the_object(nlp):
    # "Price encouraged senators" parsed as one noun phrase: Price tells them, and goes on as the "he" of the tweets
    text = ("The vote is a hard one for conservatives in the Senate, but Senate leader Tom Price, Vice President Tom "
            "Rowe and Secretary of Defense Mark Lane have all made their wishes known.\n\n"
            "Price encouraged senators to back it in a tweet Thursday morning, telling GOP members in the chamber to "
            "\"Go for it.\"\n\n"
            "\"The deal is phenomenal for our Great Military!\" he tweeted. \"Two year deal gets us past the "
            "Election.\"")
    assert [s for s, _, _ in _quotes(nlp, text)] == ["Tom Price"] * 3


def test_opening_adjective_in_ed_is_no_name(nlp):
    # the control: "Retired generals" is the phrase the words belong to
    text = "Retired generals said the deal was \"phenomenal for the military.\""
    assert [s for s, _, _ in _quotes(nlp, text)] == ["Retired generals"]


_SURNAME_TAG = ("\u201cOur commission is agreeing with the authorities to travel to the place of the crash,\u201d "
                "{full} said.\n\nA team was at the crash site on Thursday. The head of the investigative committee, "
                "Hassan Karimi, said that the US had also been invited.\n\nSome members of the team had been involved in the "
                "inquiry into the 2014 downing of a jet over Ukraine, {last} added. \u201cWe will use all our best "
                "practices to find out the truth,\u201d he said.")


def test_he_after_a_tag_by_a_surname_the_ner_typed_a_body(nlp):
    # "Oleksiy Kozlov" and "Kozlov" typed ORG by the NER: the "he" after ", Kozlov added." is Kozlov, not Karimi
    text = _SURNAME_TAG.format(full="Oleksiy Kozlov", last="Kozlov")
    assert [s for s, _, d in _quotes(nlp, text) if d] == ["Oleksiy Kozlov", "Oleksiy Kozlov"]


def test_he_after_a_tag_by_a_bodys_first_word_stays(nlp):
    # the control: a body goes by its first word ("Goldman" for "Goldman Sachs"); the "he" is no body
    text = _SURNAME_TAG.format(full="Goldman Sachs", last="Goldman").replace("Our commission", "Our bank")
    assert [s for s, _, d in _quotes(nlp, text) if d][-1] == "Hassan Karimi"
