"""Speakers review 28 found wrong, by their general causes (docs/quotes.md, "Review 28's chants"): invented
sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


def test_chants_around_a_deed_are_not_the_doers_words(said):
    # "he said in a speech at the party's headquarters, to chants of “Bibi! Bibi! Bibi!”": the crowd's, unnamed
    text = "The mayor thanked her volunteers in a short speech at the party's offices in Leeds, to chants of “Mara! Mara!”"
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
