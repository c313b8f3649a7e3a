"""A broadcast transcript's turns are quotes of the labelled speaker (docs/quotes.md, "A transcript's turns",
`nlp.turns`), with invented transcripts and the controls that must stay as they were."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models

_SHOW = (
    "MARIA LOPEZ: The Senate rejected the water bill early this morning, 48 to 52. This is Senate Majority "
    "Leader Tom McCarrick conceding defeat.\n\n"
    "MAJORITY LEADER TOM McCARRICK: This is a disappointment. We will try again in the fall.\n\n"
    "MARIA LOPEZ: Earlier, Republican Senator Robert Dale of Ohio warned he would not back the bill.\n\n"
    "SEN. ROBERT DALE: The bill, as policy, is a disaster. I will not vote for a bill that does nothing.\n\n"
    "MARIA LOPEZ: That was Senator Robert Dale. He went on to call the bill a “sham.”\n\n"
    "Governor Alan Pike called the vote “a gift to the polluters,” and asked farmers to write to Congress.\n\n"
    "For more, we are joined by Nora Vance, who directs a farmers' union.\n\n"
    "NORA VANCE: Thank you. The farmers I work with wanted this bill to pass.\n\n"
    "PROTESTERS: Clean water now! Clean water now!\n\n"
    "NORA VANCE: You hear them. They will be back tomorrow.\n\n"
    "MARIA LOPEZ: Nora Vance, thank you for joining us.\n\n"
    "The show airs on weekdays. Its producers thanked the senators' offices for their time."
)


@pytest.fixture(scope="module")
def annotated():
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy

    nlp = load_spacy()
    return lambda text: annotate_doc("t", nlp(text)).quotes


def _speaker_of(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0].speaker


def test_a_turn_is_a_quote_of_its_labelled_speaker_named_as_the_article_names_them(annotated):
    quotes = annotated(_SHOW)
    assert _speaker_of(quotes, "as policy, is a disaster") == "Robert Dale"
    assert _speaker_of(quotes, "We will try again in the fall") == "Tom McCarrick"  # "McCARRICK", a title before
    assert _speaker_of(quotes, "wanted this bill to pass") == "Nora Vance"
    assert all(q.direct for q in quotes if q.speaker in ("Tom McCarrick", "Nora Vance"))


def test_the_hosts_turns_are_the_outlets_own_words(annotated):
    # the presenter who leads the show (the most turns on a page that opens with one) reads the news for it:
    # her turns, and the paragraph she reads on with before the next label, are narration, as an article's are
    quotes = annotated(_SHOW)
    assert not [q for q in quotes if q.speaker == "Maria Lopez"]
    assert not [q for q in quotes if "rejected the water bill" in q.text or "we are joined by" in q.text]
    # a label's role says so too; the guest's turns stay quotes
    radio = ("STEVE ROWE, HOST: The fires have burned for a week.\n\nKIM ALDER, BYLINE: Two hundred homes are "
             "lost.\n\nROWE: What do the firefighters say?\n\nALDER: Chief Dan Ortiz spoke this morning.\n\n"
             "DAN ORTIZ: We will hold the line tonight.\n\nROWE: Thank you, Kim.\n\nALDER: Thanks.")
    quotes = annotated("Listen to the story.\n\n" + radio)
    assert [q.speaker for q in quotes if q.direct] == ["Dan Ortiz"]
    # a show opening with a clip: the host is still the one who leads it
    cold = ("RAY COLE: We lost everything.\n\nLINA PRICE: From the newsroom, this is the morning show. "
            "The fires have burned for a week.\n\nRAY COLE: We will rebuild.\n\nLINA PRICE: Ray Cole lost his "
            "farm.\n\nLINA PRICE: Thank you for listening.")
    quotes = annotated(cold)
    assert {q.speaker for q in quotes if q.direct} == {"Ray Cole"}


def test_quotations_inside_a_turn_keep_their_own_speakers(annotated):
    quotes = annotated(_SHOW)
    assert _speaker_of(quotes, "a gift to the polluters") == "Alan Pike"
    # the host names the clip's speaker: the "he" after it is him
    assert _speaker_of(quotes, "sham") == "Robert Dale"
    # and no quote of the host's runs over them
    assert not [q for q in quotes if q.speaker == "Maria Lopez" and ("polluters" in q.text or "sham" in q.text)]


def test_a_role_label_names_no_one_and_the_last_turn_stops_at_its_paragraph(annotated):
    quotes = annotated(_SHOW)
    assert not [q for q in quotes if "Clean water now" in q.text and q.speaker]
    assert not [q for q in quotes if "airs on weekdays" in q.text]


def test_a_surname_label_is_the_full_name_an_earlier_label_gives():
    from manysides.nlp.turns import label_speakers

    text = ("STEVE ROWE, HOST: Good morning. Our reporter is in Denver.\n\n"
            "KIM ALDER, BYLINE: Good morning, Steve. The fires have burned for a week.\n\n"
            "ROWE: How many homes were lost?\n\nALDER: About two hundred.\n\nROWE: Thank you.\n\nALDER: Thanks.")
    assert [who for _, _, who in label_speakers(text, [])] == ["Steve Rowe", "Kim Alder"] * 3


def test_a_fact_checks_claim_is_the_labels_and_its_verdict_no_ones(annotated):
    text = ("President John Marsh made several claims this week.\n\n"
            "MARSH: “We cut taxes for every family in America.” — speech Monday.\n\n"
            "THE FACTS: Not so. The cuts went mostly to families with high incomes.\n\n"
            "MARSH: “Crime is at its lowest in fifty years.” — rally in Ohio.\n\n"
            "THE FACTS: Crime fell for a decade, but it rose in the past two years.")
    quotes = annotated(text)
    assert _speaker_of(quotes, "We cut taxes for every family") == "John Marsh"
    assert not [q for q in quotes if "speech Monday" in q.text or "rally in Ohio" in q.text]
    assert not [q for q in quotes if "Not so" in q.text or "Crime fell" in q.text]


def test_interview_letters_a_note_and_clock_times_are_no_turns(annotated):
    from manysides.nlp.quotes import transcript_labels

    interview = ("Q: What did the mayor promise?\n\nA: A new bridge by spring.\n\n"
                 "Q: Will it be built?\n\nA: Nobody knows yet.")
    assert transcript_labels(interview) == []
    assert annotated(interview) == ()
    schedule = ("The council meets on Monday.\n\n10:30: The mayor speaks.\n\n11:30: Questions from the public."
                "\n\n10:30: The mayor speaks again.\n\n11:30: More questions.")
    assert transcript_labels(schedule) == []
    noted = ("NOTE: This story has been updated.\n\nLEE PARK: Our guest is Ana Ross of the council.\n\n"
             "ANA ROSS: Hi, Lee.\n\n"
             "LEE PARK: What did the council decide?\n\nANA ROSS: It voted to close the bridge.")
    quotes = annotated(noted)
    assert not [q for q in quotes if "has been updated" in q.text]
    assert _speaker_of(quotes, "voted to close the bridge") == "Ana Ross"


def test_a_label_that_is_a_common_phrase_or_a_lone_unknown_word_names_no_one():
    from collections import Counter

    from manysides.nlp.turns import label_speaker

    prose = " the facts are in. a member of the audience asked. gillespie is not here. The CBO said so. "
    assert label_speaker("THE FACTS:", prose, Counter()) is None
    assert label_speaker("AUDIENCE MEMBER:", prose, Counter()) is None
    assert label_speaker("UNIDENTIFIED MALE:", prose, Counter()) is None
    assert label_speaker("CBO:", prose, Counter()) is None
    assert label_speaker("CLAIM:", prose + "Claim checked. ", Counter()) is None  # capitalised only to open one
    assert label_speaker("GILLESPIE:", prose.replace("gillespie is", "as Gillespie is"), Counter()) == "Gillespie"
    # controls: a name of two words the prose never writes in small letters, a surname the article completes
    assert label_speaker("ROSA DIAZ:", prose, Counter()) == "Rosa Diaz"
    assert label_speaker("DIAZ:", prose, Counter({"Rosa Diaz": 2})) == "Rosa Diaz"
