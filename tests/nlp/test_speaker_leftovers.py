"""Speakers reviews 10 and 11 left wrong (ANNOTATOR_VERSION 20), on invented news sentences:
"the group" and "it" of an organisation just named, a crowd's chant, a block quote of a
forecaster, a writing someone wrote "saying" something."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def test_the_group_is_the_organisation_just_named(said, quote_of):
    """Review 11: "The Club for Growth had urged all senators to vote 'no' ... '...,' the group
    said" gave the words to a voice "the group"."""
    text = ("The Club for Growth had urged all senators to vote \"no\" on the proposal and cited its cost.\n\n"
            "\"Congress should end the federal program and return the authority to the states,\" the group said.")
    q = quote_of(said(text), "Congress should end")
    assert (q.speaker, q.speaker_kind) == ("Club for Growth", "org")


def test_the_group_stays_a_group_when_no_body_was_named(said, quote_of):
    text = ("Protesters marched to the capitol on Monday.\n\n"
            "\"We will not be silenced by anyone in this city,\" the group said.")
    q = quote_of(said(text), "We will not be silenced")
    assert q.speaker_kind == "group" and "group" in q.speaker


def test_a_chant_is_the_chanters_not_the_speech_givers(said, quote_of):
    """Review 11: "Mrs. Handel ... offered 'special thanks to the president.' At that, the crowd
    ... broke into chants of 'Trump! Trump! Trump!'" gave the chant to Handel."""
    text = ("In her victory speech, Mrs. Walsh thanked her volunteers and offered “special thanks to the "
            "governor of the state.” At that, the crowd at her headquarters cheered and broke into chants of "
            "“Lane! Lane! Lane!”")
    quotes = said(text)
    assert quote_of(quotes, "special thanks").speaker == "Walsh"
    chant = quote_of(quotes, "Lane! Lane!")
    assert chant.speaker_kind == "group" and "crowd" in chant.speaker
    # chants no one in the sentence is said to voice are no one's, not the speech giver's
    text = ("Mrs. Walsh offered “special thanks to the governor of the state.” She was greeted with "
            "chants of “Lane! Lane! Lane!”")
    assert quote_of(said(text), "Lane! Lane!").speaker is None


def test_a_block_quote_after_a_forecast_is_the_forecasters(said, quote_of):
    """Review 11: "... the online election prediction market PredictIt is projecting that Karen
    Handel will win tonight:" and a block quote of PredictIt's analysis gave it to Handel."""
    text = ("Take this with a grain of salt, but the betting market Tradewell is projecting that Anne Walsh "
            "will win tonight:\n\n"
            "“Until recently, traders had shown confidence in a Lane victory. That trend ended yesterday, "
            "after almost 50,000 shares traded hands.”")
    q = quote_of(said(text), "traders had shown confidence")
    assert q.speaker != "Anne Walsh"
    # a person named before the colon still speaks: "... the view of pollster Jane Doe:"
    text = "Nobody expected the result, in the view of pollster Mary Jennings:\n\n“It was a shock to everyone.”"
    assert quote_of(said(text), "It was a shock").speaker == "Mary Jennings"


def test_an_opinion_written_saying_a_split_clause_is_its_writers(said, quote_of):
    """Review 10: "Justice Clarence Thomas agreed with that but wrote a separate opinion saying
    it's time the court ditch the Lemon test altogether" gave Thomas no statement: the parse
    split the reported clause in two ("it's time" | "the court ditch ..."), the first too
    short to be a report."""
    text = ("Justice Anne Walsh agreed with that but wrote a separate opinion saying it’s time the court "
            "ditch the old test altogether.")
    q = quote_of(said(text), "the court ditch the old test")
    assert (q.speaker, q.direct) == ("Anne Walsh", False)
    assert q.text.startswith("it’s time")


def test_it_said_is_the_body_that_spoke_before(said, quote_of):
    """Review 11: after "'...,' the group said" (the Club for Growth), "'...,' it said" had no
    speaker."""
    text = ("The Club for Growth had urged all senators to vote \"no\" on the proposal and cited its cost.\n\n"
            "\"Congress should end the federal program and return the authority to the states,\" the group said.\n\n"
            "\"Absent this, Congress should pay for this extension by cutting spending elsewhere,\" it said.")
    q = quote_of(said(text), "Absent this")
    assert (q.speaker, q.speaker_kind) == ("Club for Growth", "org")
    # "it" after a thing is that thing, which speaks for no one
    text = ("Senator Anne Walsh praised the agency on Monday. The storm hit the coast on Tuesday.\n\n"
            "\"We need more money for schools across the whole state,\" it said.")
    assert quote_of(said(text), "We need more money").speaker is None
