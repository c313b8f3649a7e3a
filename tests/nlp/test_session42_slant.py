"""Slant evidence a reader can check (session 42, helper B, reviews 28-30's neutral words, review 29's missing evidence
and sourcing): "controversial" and "effective" said of a thing after a linking verb, "credible" of evidence or a
threat, "greatest" of an athlete, "huge" of an audience, "powerful" of people, terms insisted on "as a condition", a
judgement verb's -ing form describing words ("a mocking riff", added), and a reported clause given to a speaker the
sentence names only after another subject's cue. Invented sentences, each with a control that still counts; every
plain sentence was listed before, every added one was not."""

from __future__ import annotations

import pytest

from manysides.nlp.slant_sourcing import sourcing
from manysides.records import Quote
from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_matter_said_to_be_controversial_or_effective_after_a_verb(tags: bool) -> None:
    """"why the new dam project is controversial", "how effective the tablets were", "the vaccine was effective":
    that people dispute the matter or that it works, as before a noun ("the controversial dam"); said of a person
    ("the governor is controversial", "how effective the negotiator was") or of a name it still counts."""
    for plain in ("She reported on why the new dam project is controversial in the valley.",
                  "The study overstated how effective the tablets were in treating headaches, the lawsuit said.",
                  "Officials said the vaccine was highly effective."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The governor is controversial.", tags) == ["controversial"]
    assert _loaded("Walsh is controversial.", tags) == ["controversial"]
    assert _loaded("Critics doubt how effective the negotiator was.", tags) == ["effective"]
    assert _loaded("It was a controversial judge.", tags) == ["controversial"]


@pytest.mark.parametrize("tags", [False, True])
def test_credible_of_evidence_or_a_threat_is_a_standard(tags: bool) -> None:
    """"found “credible evidence” that the minister was responsible", "a credible threat against the school": the
    standard a finding or a security assessment applies; "a credible candidate" still counts."""
    for plain in ("The inquiry found “credible evidence” that the minister was responsible.",
                  "Police said there was a credible threat against the school."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("She is a credible candidate for the post.", tags) == ["credible"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_athletes_rank_and_an_audiences_size(tags: bool) -> None:
    """"arguably the greatest Korean tennis player of his era": a rank in a sport, which titles state; "a huge
    television draw": how many would watch; "the greatest president" and "a huge mistake" still count."""
    for plain in ("Li, arguably the greatest Korean tennis player of his era, retired on Sunday.",
                  "The final would have been a huge television draw in both countries."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He called himself the greatest president.", tags) == ["greatest"]
    assert _loaded("The council made a huge mistake.", tags) == ["huge"]


def _reported(text: str, words: str, speaker: str, cue: str) -> Quote:
    i = text.index(words)
    return Quote(words, speaker, cue, i, i + len(words), direct=False)


def test_another_subjects_report_is_no_sided_voice() -> None:
    """"After the head of the agency confirmed she had seen the memo in May, Reed asked ...": the head's report, not
    Reed's, though the quote stage gave it to Reed; "Reed confirmed he had seen ...", "He had seen ..., Reed said."
    and "Reed said he had seen ..." stay his."""
    lead = "Republican Sen. Tom Reed questioned the general on Monday.\n\n"
    other = lead + "After the head of the agency confirmed she had seen the memo in May, Reed asked why it stayed."
    assert sourcing(other, [_reported(other, "she had seen the memo in May", "Tom Reed", "confirmed")]).evidence == ()
    for own, words, cue in ((lead + "Reed confirmed he had seen the memo in May.", "he had seen the memo in May",
                             "confirmed"),
                            (lead + "He had seen the memo in May, Reed said.", "He had seen the memo in May", "said"),
                            (lead + "Later, Sen. Reed said that he had seen the memo in May.",
                             "he had seen the memo in May", "said")):
        ev = sourcing(own, [_reported(own, words, "Tom Reed", cue)]).evidence
        assert [(e.text, e.weight) for e in ev] == [(words, 1.0)], own


@pytest.mark.parametrize("tags", [False, True])
def test_a_persons_power_is_their_standing_a_lobbys_is_judged(tags: bool) -> None:
    """"ties to powerful local Democrats", "a powerful ally of the mayor", "a powerful senator": the standing of people,
    which their offices state (BASIL leaves "the most powerful man in the country" and "a powerful ally" unmarked);
    "the powerful lobby" (the sense BASIL marks), "a powerful force" and "a powerful speech" still count."""
    for plain in ("The ads pointed out her ties to powerful local Democrats.",
                  "The builder was a powerful ally of the mayor.",
                  "A powerful senator pushed the bill."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The powerful lobby for growers fought the bill.", tags) == ["powerful"]
    assert _loaded("She has backers among powerful farm activist groups.", tags) == ["powerful"]  # a group's
    assert _loaded("The alliance will be a powerful force in the region.", tags) == ["powerful"]
    assert _loaded("He gave a powerful speech.", tags) == ["powerful"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_judgement_verbs_form_describing_words(tags: bool) -> None:
    """"launching into a mocking riff about the judges", "her whining tone": the words cast as mockery or grievance,
    as "mocked the judges" does; "a mocking bird" (no one's words) and "the claimed relationship" (a noun's modifier)
    are none."""
    assert _loaded("He went on, launching into a mocking riff about the judges.", tags) == ["mocking"]
    assert _loaded("Her whining tone annoyed the panel.", tags) == ["whining"]
    assert _loaded("The senator mocked the judges.", tags) == ["mocked"]
    assert _loaded("A mocking bird sang in the yard.", tags) == []
    assert _loaded("The claimed relationship never existed.", tags) == []


def test_terms_insisted_on_as_a_condition_are_a_sides_terms() -> None:
    """"the deep cuts that the unions insist upon as a condition of their support": a side's terms in a negotiation,
    stated as its terms (read with the parse: a bare form counts only as a verb); "Pressed by reporters, the mayor
    insisted on a new vote" (a demand pressed) still counts."""
    plain = "The board rejected the deep cuts that the unions insist upon as a condition of their support for it."
    assert _loaded(plain, True) == []
    assert _loaded("Pressed by reporters, the mayor insisted on a new vote.", True) == ["insisted"]
