"""Speakers reviews 21, 17, 16, 15 and 13 still marked after session 36, each by its general cause
(docs/quotes.md, "Session 37's left-over speakers"); invented sentences of the same shapes, each with a
control that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_adding_an_amount_is_no_speech(said, quote_of):
    # the quotation opens on a count the subject "added": a figure grew, someone else's words
    text = ('At a campaign stop in Iowa, Governor Tom Hale just pointed to some of the good news in the survey, '
            'including the word that private employers added "more workers in May than at any time in the last '
            'year." Sales rose.')
    assert quote_of(said(text), "more workers").speaker != "private employers"
    # controls: "added" as a tag, before a colon, and after an object that is no count
    assert _speakers(said('Mayor Ann Lee spoke on Monday. "We need more money," she added.')) == [
        ("Ann Lee", "We need more money")]
    assert _speakers(said('Mayor Ann Lee spoke on Monday. She added: "More workers are needed in the city."')) == [
        ("Ann Lee", "More workers are needed in the city.")]
    assert _speakers(said('Mayor Ann Lee spoke on Monday. She added more detail: "Two workers were hurt."')) == [
        ("Ann Lee", "Two workers were hurt.")]


def test_a_street_is_no_he(said, quote_of):
    text = ('The drop was mainly due to "a shrinking labor force," says Tom Baxter, chief economist at Crane '
            'Capital. The chair speaks on Monday, Baxter adds. Wall Street will be listening closely. "She '
            'should give more detail on rates," he said via e-mail.')
    assert quote_of(said(text), "more detail on rates").speaker == "Tom Baxter"
    # control: a person's name is still a person
    text = ('The drop was mainly due to "a shrinking labor force," says Tom Baxter, chief economist at Crane '
            'Capital. Ann Walsh will be listening closely. "She should give more detail on rates," she said.')
    assert quote_of(said(text), "more detail on rates").speaker == "Ann Walsh"


def test_words_cited_in_a_text_are_not_the_subjects(said, quote_of):
    text = ('Dunn now joins a small club of governors who have been removed by the legislature for "high crimes '
            'and misdemeanors" cited in the state charter: Governor Ann Lee in 1920 and Governor Bob Park in 1975.')
    assert quote_of(said(text), "high crimes").speaker is None
    # controls: the participle with an agent, and a partial quote with no participle after it
    text = 'Dunn was fined for "conduct unbecoming an officer" cited by Judge Ann Lee in her ruling.'
    assert quote_of(said(text), "conduct unbecoming").speaker == "Ann Lee"
    assert quote_of(said('Mayor Tom Dunn praised the "fair and open process" that the council followed.'),
                    "fair and open").speaker == "Tom Dunn"
    # a participle of another verb describes the thing named: the words stay the caller's
    text = 'City officials called the raid a "one-time action" intended to deter future attacks on the port.'
    assert quote_of(said(text), "one-time action").speaker == "City officials"


def test_an_aside_between_dashes_has_its_own_subject(said, quote_of):
    text = ('Mayor Tom Hale wants voters to believe that his hardline — some say "reckless" — agenda can fix '
            'the city.')
    assert quote_of(said(text), "reckless").speaker != "his hardline"
    # control: a subject set off by an appositive between dashes still speaks
    assert _speakers(said('Mayor Tom Hale — a veteran of two wars — said "the city is safe."')) == [
        ("Tom Hale", "the city is safe.")]


def test_a_subject_after_and_says_not_the_first_clauses(said, quote_of):
    text = ("The last big housing survey before the vote is due at 9 a.m. ET and analysts say we should expect to "
            "hear that prices rose by 2 percent in April from March's 1.8 percent.")
    assert quote_of(said(text), "prices rose").speaker == "analysts"
    # control: two subjects joined by "and" both speak
    text = "Mayor Tom Hale and his aides say the city will grow by 2 percent in April."
    assert quote_of(said(text), "the city will grow").speaker == "Tom Hale"


def test_a_person_met_by_name_is_an_antecedent(said, quote_of):
    # the NER leaves the met woman's name untyped and types a slogan a person
    text = ("Women have taken to the streets under the banner of Ele Não, or “Not Him.” But many women support the "
            "captain. To understand how fear is driving his rise, we went to meet Sara Winter. She used to be a "
            "pro-choice activist. Now she’s pro-life, and describes herself as a “cured feminist.”")
    assert quote_of(said(text), "cured feminist").speaker == "Sara Winter"
    # control: a subject named after the met woman is the she
    text = ("Women have taken to the streets under the banner of Ele Não, or “Not Him.” To understand his rise, "
            "we went to meet Sara Winter. Her friend Ana Reis used to be a pro-choice activist. Now she’s "
            "pro-life, and describes herself as a “cured feminist.”")
    assert quote_of(said(text), "cured feminist").speaker == "Ana Reis"


def test_a_word_in_the_topic_of_a_reported_telling_is_the_reporters(said, quote_of):
    text = 'Sen. Tom Dunn said Friday Governor Ann Lee informed about the "secret" plan that ended with an arrest.'
    assert quote_of(said(text), "secret").speaker == "Tom Dunn"
    # controls: the telling not reported by anyone, and a reported label with content of its own
    assert quote_of(said('Governor Ann Lee informed reporters about the "secret" plan on Friday.'),
                    "secret").speaker == "Ann Lee"
    assert quote_of(said('Sen. Tom Dunn said Governor Ann Lee called the plan a "disaster" on Monday.'),
                    "disaster").speaker == "Ann Lee"


def test_a_participle_after_a_reaction_is_its_voices(said, quote_of):
    text = ("March's survey, which showed a sudden fall in prices, prompted an outcry from Democratic lawmakers, "
            "including Senator Ann Reed, claiming the figure had been rigged.")
    assert quote_of(said(text), "the figure had been rigged").speaker == "Democratic lawmakers"
    # control: a participle after an object that is no reaction stays the subject's
    text = "March's survey, which showed a sudden fall in prices, drew wide attention, claiming the economy had turned."
    assert quote_of(said(text), "the economy had turned").speaker == "March's survey"
