"""Review 21's neutral words listed as loaded (session 33): what someone likes or owns ("avid", "favorite",
"wealthy"), the size of a difficulty ("a huge problem"), a clause a finding, a speech noun or a speech verb past a
parenthetical reports ("found that ... unnecessary", "her comments that the agency was wrong", "claimed -- over and
over -- he was being honest"), and the illness "a head cold"."""

from __future__ import annotations

import pytest

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_what_someone_likes_or_owns_is_said_of_them() -> None:
    """"an avid supporter", "their favorite shows", "wealthy people": the liking or the means of the people they are
    said of, which they show, not the writer's approval; an evaluative word beside them still counts."""
    plain = ("The mayor is an avid angler and a keen cook. Viewers now stream their favorite programs online. "
             "Several wealthy families and affluent suburbs funded the new library.")
    assert _loaded(plain) == []
    assert _loaded("The avid collector made a disgusting offer.") == ["disgusting"]


def test_a_huge_problem_is_its_size() -> None:
    """"Theft is a huge problem in the port", "a huge challenge": how big a difficulty is, as "difficult" states;
    "a huge mistake" and "huge holes" (BASIL marks both) still count."""
    assert _loaded("Theft is a huge problem in the port city. Rebuilding the bridge is a huge challenge.") == []
    assert _loaded("Closing the clinic was a huge mistake.") == ["huge"]
    assert _loaded("The report accused the county of leaving huge holes in its rules.") == ["huge"]


def test_a_clause_a_finding_or_a_speech_noun_reports_is_theirs() -> None:
    """The auditors' finding, his remarks' content and a claim past a parenthetical are reported speech, not the
    outlet's words; the same words in the outlet's narration, or after "that" opening a relative clause, count."""
    reported = ("The auditors found that the new rules led to long waits and the collection of unnecessary records "
                "from clinics. His remarks that the council was wrong to close the library drew a crowd. "
                "The mayor insisted -- again and again -- he was being honest with voters. "
                "The chief maintained, under questioning, that the search had been unnecessary.")
    assert _loaded(reported, verbs=False) == []
    own = "The new rules are unnecessary, the mayor was honest, and the council was wrong."
    assert _loaded(own, verbs=False) == ["unnecessary", "honest", "wrong"]
    assert "unnecessary" in _loaded("The remarks that were unnecessary upset him.", verbs=False)


def test_a_head_cold_is_the_illness() -> None:
    """"like a head cold;", "caught a cold last week", "the common cold": the illness; "a cold stare" counts."""
    assert _loaded("Inflation is like a head cold; it runs its course. He caught a cold last week.") == []
    assert _loaded("Nothing cures the common cold.") == []
    assert _loaded("She gave the visitors a cold stare.") == ["cold"]


@pytest.mark.models
def test_with_the_parse_the_same_is_read() -> None:
    from manysides.nlp.models import load_spacy

    text = ("Theft is a huge problem in the port city. It's like a head cold; it runs its course. Viewers stream "
            "their favorite programs. The mayor is an avid angler. His remarks that the council was wrong to close "
            "the library drew a crowd.")
    doc = load_spacy()(text)
    assert _loaded(text, tags={t.idx: t.tag_ for t in doc}, verbs=False) == []


def test_the_phrase_evidence_reads_them_as_the_list_does() -> None:
    """The slant model's phrase evidence takes a word as loaded by the same test (`loaded_use`, `characterised`)."""
    text = "Theft is a huge problem. Viewers stream their favorite programs. He had a head cold; it lasted."
    for word in ("huge", "favorite", "cold"):
        s = text.index(word)
        assert L.loaded_use(text, s, s + len(word)) is None
    text = "His remarks that the council was wrong to close it drew a crowd."
    assert L.characterised(text, text.index("wrong"))
    text = "The council was wrong to close it."
    assert not L.characterised(text, text.index("wrong"))


def test_a_disputed_matter_and_a_supportive_stance_are_reported() -> None:
    """Session 33, from BASIL's loaded spans it did not mark: "controversial" grading a matter ("the controversial
    zoning law", "controversial remarks") says that people dispute it, and "supportive" that someone supports a
    thing; "controversial" grading a person or a name, or after a verb, still counts (BASIL marks "Controversial
    Maine Gov. ...")."""
    plain = ("The council passed the controversial zoning law on Monday. The coach made controversial remarks about "
             "referees. Local unions were supportive of the plan and issued supportive statements.")
    assert _loaded(plain) == []
    assert _loaded("Voters met the controversial Ohio governor.") == ["controversial"]
    assert _loaded("The league hired a controversial former referee.") == ["controversial"]
    assert _loaded("Fans cheered the controversial Jones, who scored twice.") == ["controversial"]
    assert _loaded("The coach is controversial in his home town.") == ["controversial"]


def test_a_speech_noun_needs_its_owner() -> None:
    """"warnings that the brash captain could ..." (whose, the sentence does not say): the words may be the outlet's."""
    assert _loaded("Voters ignored warnings that the brash captain could harm the port.", verbs=False) == ["brash"]
    assert _loaded("The agency's findings that the rules were unnecessary stood.", verbs=False) == []


def test_a_quotation_mark_ends_the_reported_clause() -> None:
    """"“I have concluded that it cannot be me,” he said, stunning the crowd": the narration after the quote is the
    outlet's."""
    text = "“I have concluded that it cannot be me,” he said, with a disgusting grin."
    assert _loaded(text, verbs=False) == ["disgusting"]


def test_a_controversial_body_or_past_is_a_label() -> None:
    """"the controversial spy agency", "despite his controversial past": a label on a body or a person."""
    assert _loaded("The ruling is a setback for the controversial spy agency.") == ["controversial"]
    assert _loaded("He was hired despite his controversial past.") == ["controversial"]


def test_insisted_on_anonymity_is_the_sourcing_formula() -> None:
    """"The aide insisted on anonymity to describe the talks": a source's condition; "repeatedly insisted that" still
    counts (a plain "insisted that" is a statement reported since session 36: tests/nlp/test_session36_slant.py)."""
    assert _loaded("The aide insisted on anonymity to describe the private talks.") == []
    assert _loaded("The aide repeatedly insisted that the talks went well.") == ["insisted"]
