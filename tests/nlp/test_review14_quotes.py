"""Review 14's wrong quotes, each by its general cause (docs/quotes.md, "Review 14's quotes"): a
transcript's speaker labels, words named rather than said, a subheading in quotation marks, a
name in title case before its noun, "both of whom", a judge's title inside a span typed ORG."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models

_TRANSCRIPT = ("jane host\n\nFrom the newsroom, I'm Jane Host. Tom, tell us about the ruling.\n\n"
               "tom reporter\n\nThe court ruled for a worker named Mary Stone, who, Jane, your listeners may "
               "remember.\n\njane host\n\nRight.\n\ntom reporter\n\n"
               "She described how, when she announced she was going to retire early, the firm fired her.")


def test_transcript_labels_are_found_only_in_a_dialogue():
    from manysides.nlp.quotes import transcript_labels

    labels = transcript_labels(_TRANSCRIPT)
    assert [_TRANSCRIPT[a:b] for a, b in labels] == ["jane host", "tom reporter", "jane host", "tom reporter"]
    radio = "MARTIN: Good morning.\n\nDETROW: Hi.\n\nMARTIN: So what happened?\n\nDETROW: A lot."
    assert [radio[a:b] for a, b in transcript_labels(radio)] == ["MARTIN:", "DETROW:", "MARTIN:", "DETROW:"]
    assert transcript_labels("jane host\n\nThe court ruled on Monday.\n\nby tom reporter") == []


def test_a_transcript_speaker_is_no_he_or_she_of_a_turn(said, quote_of):
    # the host introduces herself and is addressed by name: "she" in the reporter's turn is not her
    assert quote_of(said(_TRANSCRIPT), "going to retire").speaker == "Mary Stone"


def test_a_phrase_named_is_no_ones_words(said, quote_of):
    text = ("Right, and as I recall, the case rested on what the court thought of the phrase “because of sex” "
            "and what it meant.\n\nAnd Justice Kavanaugh says, even today, when you ask people what “because "
            "of sex” means to them, they will not say that.")
    quotes = [q for q in said(text) if q.direct]
    assert len(quotes) == 2 and all(q.speaker is None for q in quotes)


def test_both_of_whom_names_no_one(said):
    text = ("The cases involve a government worker in Georgia and a skydiving instructor, both of whom alleged "
            "in their lawsuits that they had been fired for being gay.")
    assert not [q for q in said(text) if q.speaker == "both"]


def test_a_quoted_subheading_is_dropped(said, quote_of):
    text = ("Obama later made a similar case in a call with a health group.\n\n"
            '"This beautiful blue ball in space"\n\n'
            '"This is something that is important for all of us," he said, urging support for efforts to protect '
            '"this beautiful blue ball in the middle of space there we\'re a part of."')
    quotes = said(text)
    assert not [q for q in quotes if q.text == "This beautiful blue ball in space"]
    assert quote_of(quotes, "important for all of us").speaker == "Obama"


def test_a_name_in_title_case_before_its_noun_is_no_ones_words(said, quote_of):
    text = ('The EPA has issued the "Clean Power Plan" proposal, calling it "a commonsense plan to cut carbon '
            'pollution."')
    quotes = said(text)
    assert not [q for q in quotes if q.text == "Clean Power Plan"]
    assert quote_of(quotes, "commonsense plan").speaker == "EPA"


def test_a_justice_typed_an_organisation_is_a_person(said, quote_of):
    # the small NER model types "Justice Gorsuch" ORG: "he" after "the key justice is Justice Gorsuch" is his
    text = ("The court also heard from Chief Justice John Roberts last year.\n\n"
            "Well, the key justice is Justice Gorsuch. He writes the majority opinion. And he says it is "
            "impossible to discriminate against a person for being gay without discriminating based on sex.")
    assert quote_of(said(text), "impossible to discriminate").speaker == "Gorsuch"


def test_they_after_a_report_is_its_reporters(said, quote_of):
    text = ("Government lawyers maintain that American citizens have no expectation that information about their "
            "calls will remain private. Once they make a phone call, the signals released into the system belong "
            "to the system and are no longer private, they argue.")
    assert quote_of(said(text), "no longer private").speaker == "Government lawyers"


def test_a_title_with_the_sentence_stop_inside_its_marks_is_dropped(said):
    text = ('A Planet Money report for today\'s show looks at "Four Reasons Why Millions Of Americans Are Leaving '
            'The Workforce."')
    assert not [q for q in said(text) if q.direct]


def test_a_slogan_and_the_words_of_an_ad_keep_their_speaker(said, quote_of):
    text = ("Nike made him the face of a campaign to celebrate the 30th anniversary of the “Just Do It” slogan.\n\n"
            "The Nike campaign kicked off with a close-up of his face and the words “Believe in something. Even if "
            "it means sacrificing everything.”")
    quotes = said(text)
    assert quote_of(quotes, "Just Do It").speaker == "Nike"
    assert quote_of(quotes, "Believe in something").speaker is not None


def test_many_of_whom_is_the_plural_people_before_it(said):
    text = ("This has not gone over well with family members of 9/11 victims, many of whom say the president's "
            "claims about retaliation from other governments are unfounded.")
    assert [q.speaker for q in said(text) if "unfounded" in q.text] == ["many of family members of 9/11 victims"]


def test_a_slogan_after_a_noun_keeps_its_stop_and_speaker(said, quote_of):
    text = 'Trump said he would rebuild the military with a goal of “Peace Through Strength.”'
    assert quote_of(said(text), "Peace Through Strength").speaker == "Trump"
