"""Speakers and words review 25 still gave wrongly after session 37, each by its general cause
(docs/quotes.md, "Session 38's speakers (review 25)"); invented sentences of the same shapes, each with a
control that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_a_possessive_after_a_person_noun_says_nothing_of_the_name(said, quote_of):
    # "his" after "the governor's" is the governor's: no sign that Dana is a man, so "she" may be Dana
    text = ('On the radio, Dana Whitfield told listeners that the mayor "has run out of patience" with the '
            'council.\n\n"We will see more of the same," Rev. Tom Hale of Tulane said.\n\nIn 2015, Dana reported '
            "for the station on the governor's record at his midterm mark. As she said at the time:\n\n"
            '"The governor is at the center of a growing scandal over state contracts."')
    assert quote_of(said(text), "growing scandal").speaker == "Dana Whitfield"
    # control: with no person between ("the council's record at his ..."), the "his" still binds to Dana
    text = text.replace("the governor's record", "the council's record")
    assert quote_of(said(text), "growing scandal").speaker == "Tom Hale"


def test_the_source_an_account_is_credited_to_goes_on(said, quote_of):
    text = ('Police Chief Ann Lee spoke at a news conference Friday night. "Two units responded to the call," '
            'Lee said.\n\nA drone overhead spotted the suspect in a barn, according to Col. Tom Hale of the state '
            'police. The camera "found the heat of his body," he said, and guided officers to the barn.')
    assert quote_of(said(text), "heat of his body").speaker == "Tom Hale"
    # control: an account credited to a document leaves the he to the speaker before
    text = text.replace("according to Col. Tom Hale of the state police", "according to a police report")
    assert quote_of(said(text), "heat of his body").speaker == "Ann Lee"


def test_a_named_persons_report_counts_for_the_pronoun_fallback(said, quote_of):
    # the "she" of the last paragraph is five sentences past Walsh's report: the last named speaker before it
    text = ('Mayor Tom Dunn spoke on Monday. "We will not pay for it," Dunn said.\n\nThere are two problems '
            'with the plan, Ann Walsh said. The first is the cost. Who would pay for it?\n\nThe second is the '
            'time it takes. It would be years before the trains ran. That would hurt a lot of riders, she said.')
    assert quote_of(said(text), "hurt a lot of riders").speaker == "Ann Walsh"
    # control: a body's report names no he or she
    text = text.replace("Ann Walsh said", "the transit agency said")
    assert quote_of(said(text), "hurt a lot of riders").speaker == "Tom Dunn"


def test_narration_about_the_person_a_report_was_about_keeps_its_source(said, quote_of):
    text = ('A state official told reporters that Mara Kent moved to Ohio as a student. Her brother, Ivan Kent, '
            'was not a citizen, said the official, who asked not to be named. He arrived "a few months later" '
            'and lived in Dayton.')
    assert quote_of(said(text), "a few months later").speaker == "the official"
    # controls: a deed done to someone may be in his words; and with no report before, the subject's
    text = 'Ivan Kent was not a citizen, said the official. He thanked voters for "staying strong all winter" there.'
    assert quote_of(said(text), "staying strong").speaker == "Ivan Kent"
    text = 'Ivan Kent said the plan was sound. He thanked voters for "staying strong all winter" there.'
    assert quote_of(said(text), "staying strong").speaker == "Ivan Kent"


def test_the_narrators_record_is_no_part_of_a_report(said):
    text = ('Mayor Ann Lee said she will step down in June, becoming the first mayor of the town to resign in '
            'nearly 80 years.\n\nGovernor Tom Dunn announced Monday that he would leave office in May because he '
            'was too ill to serve - the first governor to do so since 1911.')
    assert _speakers(said(text)) == [("Ann Lee", "she will step down in June"),
                                     ("Tom Dunn", "he would leave office in May because he was too ill to serve")]
    # controls: a record with no comma or dash is the speaker's claim, and a "first" with no span of time stays
    text = ('Mayor Ann Lee said it was the worst storm in 50 years.\n\nMayor Ann Lee said the town will build a '
            'new bridge, the first to cross the river.')
    assert _speakers(said(text)) == [("Ann Lee", "it was the worst storm in 50 years"),
                                     ("Ann Lee", "the town will build a new bridge, the first to cross the river")]


def test_an_aside_between_spaced_hyphens_is_no_subject(said, quote_of):
    text = ('When Ann Lee was named coach at age 30 - already the youngest coach hired in the league - she had '
            'been planning to move to Ohio to spend her free time writing in the "calm and quiet" of her home town.')
    assert quote_of(said(text), "calm and quiet").speaker == "Ann Lee"
    # control: a subject with an aside between dashes before its cue still speaks
    assert _speakers(said('Mayor Tom Hale - a veteran of two wars - said "the city is safe."')) == [
        ("Tom Hale", "the city is safe.")]


def test_that_was_names_the_one_just_heard(said, quote_of):
    text = ('Senator Ann Lee put it well when she said, "The Senate is like a circus." The vote was close.\n\n'
            'Then we heard the press conference. "I am not going to vote for a bill that is a disaster. We need '
            'a real plan."\n\nThat was Senator Tom Hale of Ohio. He went on to call the bill a "fraud."')
    assert quote_of(said(text), "fraud").speaker == "Tom Hale"
    # control: a person as the subject there is someone else the he may be
    text = text.replace("That was Senator Tom Hale of Ohio.", "Ann Lee had met Senator Tom Hale of Ohio.")
    assert quote_of(said(text), "fraud").speaker == "Ann Lee"


def test_a_writings_words_after_a_colon_are_the_writings(said, quote_of):
    text = ('A police spokesman said that a letter in the suspect\'s name contained the line: "I will never '
            'forgive this town for what it did."')
    q = quote_of(said(text), "never forgive")
    assert (q.speaker, q.speaker_kind) == ("a letter in the suspect's name", "document")
    # control: what a plan includes is still the spokesman's telling
    text = ('A police spokesman said that the new plan included one promise: "We will have more officers on '
            'every street."')
    assert quote_of(said(text), "more officers").speaker == "A police spokesman"


def test_the_words_of_reports_no_one_is_named_for(said):
    # the rumours' words, not the mayor's; a word or two is dropped as scare quotes are
    assert [q.speaker for q in said('The mayor dismissed rumors about a "secret deal with the union" on Monday.')
            ] == [None]
    assert said('Officers had been responding to reports of a "disturbance." Nobody was hurt.') == []
    # controls: claims with an owner are the owner's, and a deed's object the subject's
    assert _speakers(said('The mayor repeated his claims of a "secret deal with the union" on Monday.')) == [
        ("The mayor", "secret deal with the union")]
    assert _speakers(said('The mayor thanked the crews for their "tireless work in the storm" on Monday.')) == [
        ("The mayor", "tireless work in the storm")]
