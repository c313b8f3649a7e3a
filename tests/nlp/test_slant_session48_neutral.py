"""Slant evidence on neutral words (session 48, helper H, review 37): a plural noun after its adjective that the parse
tags a verb ("Jobless claims ... were lower"), and a complaint brought in person to a body or in a suit ("appeared in
the agency's offices, complaining that ...").
Invented sentences, each with controls that still count; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_verbs import verb_roles, word_tags
from slant_helpers import loaded as _loaded


def _pipeline(text: str) -> list[str]:
    """The spans as the annotate stage reads them: `word_tags` (a verb's form read as a noun) and the verb roles."""
    doc = load_spacy()(text)
    return [e.text for e in L.loaded_words(text, max_spans=0, tags=word_tags(doc), roles=verb_roles(doc))]


def test_a_plural_noun_after_its_adjective_is_no_verb() -> None:
    """The parse tags "claims" a verb in these sentences and hangs "Jobless" on it as its subject or its modifier: a
    noun's adjective, so the word is the plural noun ("the claims for jobless benefits"), no claim doubted."""
    for plain in ("Jobless claims for the week were higher than analysts had forecast as factories begin closing.",
                  "Jobless claims for the last month were lower than forecasters had expected as stores begin "
                  "reopening.",
                  "Jobless claims “are stuck at a level of over a million filings every week,” said an economist.",
                  "Jobless claims “remain far above anything seen before the crisis,” said one analyst."):
        assert _pipeline(plain) == [], plain


def test_a_noun_tagged_an_adjective_with_its_determiner_stays_the_subject() -> None:
    """"Every pandemic hits the poor hardest": the parse tags "pandemic" an adjective, but it has a determiner of its
    own, so it is the subject's noun and "hits" stays a verb."""
    doc = load_spacy()("Every pandemic hits the poor hardest.")
    assert word_tags(doc)[doc.text.index("hits")].startswith("VB")


def test_a_verb_after_its_subject_still_counts() -> None:
    """A name or a noun as the subject, a quantifier standing for people ("Many complain that", "Several mock"), and
    the past forms are verbs still."""
    assert _pipeline("Smith claims the vote was rigged.") == ["claims"]
    assert _pipeline("Many complain that the line is long.") == ["complain"]
    assert _pipeline("Several mock the idea.") == ["mock"]
    assert _pipeline("Democrats rip the governor over his tweets.") == ["rip"]
    assert _pipeline("The governor claimed without evidence that the ballots were forged.") == ["claimed"]
    assert _pipeline("He is a dangerous demagogue.") == ["dangerous"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_complaint_brought_to_a_body(tags: bool) -> None:
    """A complaint made in person at a body's offices, a police station or an embassy, or in a suit, is a complaint
    lodged (an act reported), as "complained to police" is; words cast as grumbling still count."""
    for plain in ("In March, the farmer appeared unannounced in the agency's offices in Denver, complaining that "
                  "his neighbours were spying on him.",
                  "The farmer went to the police station, complaining that his cattle had been stolen.",
                  "She visited the consulate twice, complaining that her passport had been seized.",
                  "Voters sued over the new districts, complaining that they were drawn to favor one party."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He complained bitterly like a child.", tags) == ["complained"]
    assert _loaded("He went on television, complaining that the referees were biased.", tags) == ["complaining"]
    assert _loaded("He went to work for the company, complaining later that the pay was low.", tags) == [
        "complaining"]
    assert _loaded("The senator appeared at a rally in Ohio, complaining that the media ignored him.", tags) == [
        "complaining"]


def test_an_infinitive_of_purpose_to_complain() -> None:
    """"walked into the embassy to complain": the bare form is a verb only by the parse's tag."""
    assert _pipeline("She walked into the embassy to complain that her passport had been seized.") == []
    assert _pipeline("She walked into the studio to complain loudly about the referee.") == ["complain"]


@pytest.mark.parametrize("tags", [False, True])
def test_fighting_ranked_against_a_record(tags: bool) -> None:
    """Review 38's "the worst cross-border fighting in four years": fighting ranked against a record in time, as "the
    worst violence in decades" is; a person ranked, or fighting judged with no record, still counts."""
    assert _loaded("A truce ended the worst cross-border fighting in four years.", tags) == []
    assert _loaded("A ceasefire ended the worst fighting since 2014.", tags) == []
    assert _loaded("He is the worst fighter in the league.", tags) == ["worst"]
    assert _loaded("The worst fighting was over.", tags) == ["worst"]
