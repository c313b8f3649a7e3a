"""Review 31's speakers: the object of an -ing form opening the sentence is no speaker, and a noun of people set
beside a named person is no other person keeping a "she" from her. Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models

_GRANT = ('In 2009, Judge Paul Grant ruled on the law. "Times have changed," Grant said. The rules, he said, "must '
          'be justified by current needs."\n\n')


def _reported(speech, text):
    _, reported = speech(text)
    return {" ".join(q.text.split()): q.speaker for q in reported}


def test_the_object_of_an_opening_ing_form_is_no_speaker(speech):
    """Review 31: Fox's and the Monitor's "Speaking Spanish, which was translated by one of her friends, Tejeda
    said Berry was nervous and crying." gave the report to "Spanish", which the parse made a second subject."""
    got = _reported(speech, "Neighbor Ana Ochoa was sitting on her porch. Speaking Spanish, which was translated by "
                            "one of her friends, Ochoa said Mila was nervous and crying.")
    assert got["Mila was nervous and crying"] == "Ochoa"
    got = _reported(speech, "Speaking Portuguese, which was translated by her son, Rosa Lind said the girl was cold "
                            "and afraid.")
    assert got["the girl was cold and afraid"] == "Rosa Lind"


def test_control_an_opening_ing_form_without_a_second_subject(speech):
    """The control: with no second subject before the cue the speaker is read as before."""
    got = _reported(speech, "Speaking Spanish, Ochoa said Mila was nervous and crying.")
    assert got["Mila was nervous and crying"] == "Ochoa"


def test_a_noun_of_people_beside_a_name_is_that_person(speech):
    """Review 31: NPR's "To Sherrilyn Ifill, president of the NAACP Legal Defense Fund, those sentiments are just
    plain scary. She says that without preclearance ..." gave her report to John Roberts, quoted a paragraph before:
    "president" beside her name counted as another person of the sentence, so "she" was not hers."""
    got = _reported(speech, _GRANT + "To Nora Vance, president of the voters' league, those words are alarming. She "
                                     "says that without the rule, there is no way to stop the changes.")
    assert got["without the rule, there is no way to stop the changes"] == "Nora Vance"
    got = _reported(speech, '"Times have changed," Paul Grant said on Monday.\n\nThe call came after a meeting with '
                            "Nora Vance, president of the league. She said the rule has to stay.")
    assert got["the rule has to stay"] == "Nora Vance"


def test_control_a_second_person_of_the_sentence_before(speech):
    """The control: a sentence before naming a second person, not set beside the name, keeps the speaker quoted
    before, as on main."""
    got = _reported(speech, '"Times have changed," Paul Grant said on Monday.\n\nThe call came after a meeting '
                            "between Nora Vance and a senator. She said the rule has to stay.")
    assert got["the rule has to stay"] == "Paul Grant"


def _direct(speech, text):
    direct, _ = speech(text)
    return {" ".join(q.text.split()): q.speaker for q in direct}


def test_a_relatives_full_name_after_a_word_of_kinship_is_a_person(speech):
    """Review 31: Fox's and the Monitor's "Berry's cousin Tasheena Mitchell told the newspaper she couldn't wait to
    have Berry in her arms. “I'm going to hold her, ...” she said." gave the cousin's words to Amanda Berry: the NER
    typed the cousin's name an organisation, so "she" had no person but Berry to go with."""
    got = _direct(speech, "Loved ones said they hadn't given up hope of seeing Mila Grant again. Mila's cousin "
                          "Tasheena Mitchell told the newspaper she couldn't wait to have Mila in her arms.\n\n"
                          "\"I'm going to hold her, and I probably won't let her go,\" she said.")
    assert got["I'm going to hold her, and I probably won't let her go"] == "Tasheena Mitchell"


def test_control_a_body_after_a_possessive_stays_a_body():
    """The control: a body's name after an owner's word that is no kinship stays an organisation."""
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy

    doc = load_spacy()("The family's lawyer said Acme Foods would pay. Her company Acme Foods said profits rose.")
    assert all(e.type != "PERSON" for e in extract_entities(doc) if "Acme" in e.name)
