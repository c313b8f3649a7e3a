"""Speakers and reported words review 28 found wrong, by their general causes (docs/quotes.md, "Review 28's chants"
and "Review 28's reports"): invented sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


def test_chants_around_a_deed_are_not_the_doers_words(said):
    # "he said in a speech at the party's headquarters, to chants of “Bibi! Bibi! Bibi!”": the crowd's, unnamed
    text = ("The mayor thanked her volunteers in a short speech at the party's offices in Leeds, to chants of "
            "“Mara! Mara!”")
    assert "The mayor" not in _who_said(said, text, "Mara!")
    text = "Councillor Anne Dobbs took the stage amid chants of “Four more years!” and spoke for an hour."
    assert "Councillor Anne Dobbs" not in _who_said(said, text, "Four more years!")
    # controls: chants one breaks into, or greets someone with, are one's own
    assert _who_said(said, "The crowd broke into chants of “Four more years!” as the governor spoke.",
                     "Four more years!") == ["The crowd"]
    assert _who_said(said, "Supporters greeted her with cries of “Shame on them!”", "Shame on them!") == ["Supporters"]


def test_a_chanting_participle_the_parse_joined_to_a_quoted_noun_is_the_marchers(said):
    # "carrying signs that read “Enough” and chanting, “...”": the crowds chant, not the signs
    text = ("Crowds of nurses marched through the square, carrying signs that read “Fair pay” and chanting, "
            "“Hey hey, ho ho, the cuts have got to go”.")
    assert _who_said(said, text, "Hey hey") == ["Crowds of nurses"]
    # control: what the signs read is still theirs
    assert _who_said(said, text, "Fair pay") == ["signs"]


def test_a_sentence_opening_chant_is_the_main_clauses_subjects(said):
    # "Chanting “...” students, ..., marched to the U.S. Capitol, where Democratic lawmakers emerged ...": the
    # students, not the lawmakers of the relative clause
    text = ("Chanting “Save our park!” residents, many of whom have lived there for decades, walked to City Hall, "
            "where council members emerged from the building to praise them.")
    assert _who_said(said, text, "Save our park!") == ["residents"]
    text = ("Chanting “Hey hey, ho ho, the cuts have got to go!” nurses, many of whom work double shifts, marched to "
            "the Capitol, where state senators came out to thank them.")
    assert _who_said(said, text, "Hey hey") == ["nurses"]
    # control: an opening participle the parse already ties to its clause keeps its subject
    assert _who_said(said, "Saying “we will win this fight,” Smith left the stage.", "we will win") == ["Smith"]


def _reports(speech, text):
    return [(q.speaker, " ".join(q.text.split())) for q in speech(text)[1]]


def test_a_closing_as_tag_of_speech_is_no_part_of_the_report(speech):
    # "insist that the climate has become unbearable – an “unlivable space,” as Jonathan Butler, the grad student
    # who ..., told The Washington Post": whose words the phrase is, not more of the students' report
    text = ("Many tenants insist that the building has become unsafe – a “death trap,” as Ana Ruiz, the tenant who "
            "led the rent strike, told the Herald last week.")
    assert _reports(speech, text) == [("Many tenants", "the building has become unsafe – a “death trap,”")]
    text = "The chief said the suspect fled the scene, as witnesses told reporters at the time."
    assert _reports(speech, text) == [("The chief", "the suspect fled the scene")]
    # control: an "as" clause of another verb stays the report's
    text = "The minister said the talks would resume next week, as both sides had agreed in March."
    assert _reports(speech, text) == [("The minister", "the talks would resume next week, as both sides had agreed "
                                                       "in March")]


def test_a_closing_after_clause_in_the_reporting_tense_is_the_narrations(speech):
    # "LePage said Thursday he is ready to flex his legal powers ..., after she practically dared the state to ...":
    # what led to the saying, told in the saying's tense, not the report's
    text = ("Mayor Tom Reyes said Friday he is ready to use his emergency powers to close the beach, after surfers "
            "practically dared the city to stop them by paddling out at dawn.")
    assert _reports(speech, text) == [("Tom Reyes", "he is ready to use his emergency powers to close the beach")]
    # control: an "after" clause in the report's own tense stays the report's
    assert _reports(speech, "The company said it hired 200 workers, after the plant opened in May.") == [
        ("The company", "it hired 200 workers, after the plant opened in May")]


def test_going_back_on_ones_word_after_a_report_of_there_being_is_the_narrations(speech):
    # "he declared that there would be no Palestinian state on his watch, reneging on a 2009 pledge": "there" does
    # not renege; the speaker does, in the narrator's words
    text = ("A day before the vote, Reyes declared that there would be no new tax on his watch, reversing a 2019 "
            "pledge to raise the levy.")
    assert _reports(speech, text) == [("Reyes", "there would be no new tax on his watch")]
    # control: a participle of what the reported event brings stays the report's
    text = "Officials said there would be more rain on Sunday, bringing the total to ten inches."
    assert _reports(speech, text) == [("Officials", "there would be more rain on Sunday, bringing the total to ten "
                                                    "inches")]
