"""Slant evidence on neutral words (session 36, BASIL's unmarked spans): "insist" as a plain "said", "an affirmative
vote", a rated adjective heading a noun phrase or used as a verb (read without a parse), a feeling said of someone,
a question asked and a critic's reason for a judgement verb. Invented sentences, each with a control that counts."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_classes import noun_use, verb_use


def _loaded(text: str, tags: bool = False, **kw) -> list[str]:
    t = {tok.idx: tok.tag_ for tok in load_spacy()(text)} if tags else None
    return [e.text for e in L.loaded_words(text, max_spans=0, tags=t, **kw)]


def _at(fn, text: str, word: str) -> bool:
    s = text.index(word)
    return fn(text, s, s + len(word))


def test_insist_is_a_judgement_only_kept_up_or_pressed() -> None:
    """"The aide insisted that the talks went well" reports a statement made firmly; kept up against others
    ("repeatedly", "again and again", "continued to") or pressed as a demand ("insisted on a vote", "must", a bare
    "be") it casts the stance as stubborn ("the state pay": a demand the rule cannot read, left out)."""
    plain = ("The aide insisted that the talks went well. The council, insisting the budget was balanced, adjourned. "
             "The mayor is now insisting that the state pay for the bridge.")
    assert _loaded(plain) == []
    assert _loaded(plain, tags=True) == []
    for text in ("The aide has repeatedly insisted that the talks went well.",
                 "The mayor insisted -- again and again -- that the vote was fair.",
                 "The union insisted on a new vote before the strike.",
                 "The governor insisted that lawmakers must pass the bill.",
                 "The envoy had insisted the targets be voluntary."):
        assert _loaded(text) == ["insisted"], text
    assert _loaded("The mayor continued to insist that the vote be held.", tags=True) == ["insist"]
    assert _loaded("The aide insisted on anonymity to describe the talks.") == []  # the sourcing formula


def test_an_affirmative_vote_is_its_direction() -> None:
    """"an affirmative vote" (quoted or not) tells which way a vote goes; "an affirmative vision" still counts."""
    assert _loaded("The senator predicted the nominee would get an “affirmative” vote next week.") == []
    assert _loaded("The council cast an affirmative vote on the plan.", tags=True) == []
    assert _loaded("The candidate offered an affirmative vision of the city.") == ["affirmative"]


def test_a_rated_adjective_heading_a_noun_phrase_is_the_noun() -> None:
    """"his base, including", "the base of the bridge", "the other extreme," : the noun (a party's voters, a foot,
    an end), not the adjective the lexicon rates ("base motives"); nor is a graded or noun-rated word dropped."""
    plain = ("The senator rallied his base, including many farmers. Traffic stalled at the base of the bridge. "
             "The council swung to the other extreme; it now spends freely.")
    assert _loaded(plain) == []
    assert _loaded(plain, tags=True) == []
    assert _loaded("He acted from base motives.") == ["base"]
    text = "She is the most powerful in the party, and the mayor called him an idiot."
    assert not _at(noun_use, text, "powerful")  # graded: an adjective
    assert not _at(noun_use, "It does not seem that outrageous to me.", "outrageous")  # "that" grades it
    assert not _at(noun_use, "It’s easy to see why.", "easy")  # a contraction, no possessive
    assert _at(noun_use, "The plan angered Governor Lee’s base, including farmers.", "base")
    assert _loaded("The mayor denounced the idiot.") == ["idiot"]  # the lexicon rates the noun


def test_a_rated_adjective_used_as_a_verb_is_no_loaded_wording_without_a_parse() -> None:
    """Read without a parse: a said-clause's verb ("an aide confirmed that"), a perfect or a subject's verb ("have
    favored", "who rose"), an -ing form after a preposition or with an object ("of becoming", "challenging her"), a
    base form after a modal ("will elect"); the attributes "a confirmed liar", "a stunning betrayal", "his adoring
    fans" and the predicate "was troubled that" still count."""
    plain = ("A city aide confirmed that the mayor will resign. Several firms have favored the new rules. "
             "The clerk, who rose through the ranks, spoke first. His dream of becoming a judge faded. "
             "Few would consider challenging her in the primary. The board will elect a chair in May.")
    assert _loaded(plain) == []
    assert all(_at(verb_use, plain, w) for w in ("confirmed", "favored", "rose", "becoming", "challenging", "elect"))
    counted = "He is a confirmed liar. It was a stunning betrayal. His adoring fans cheered."
    assert _loaded(counted) == ["confirmed", "stunning", "adoring"]
    assert not _at(verb_use, "The judge was troubled that the jury left.", "troubled")
    assert not _at(verb_use, "“They’re absolutely confused,” he said.", "confused")  # "’re": a linking verb
    assert not _at(verb_use, "It won relief from crushing sanctions.", "crushing")  # an attribute
    assert not _at(verb_use, "Yet that evil will return.", "evil")  # "that" a determiner


def test_a_feeling_said_of_someone_is_their_state() -> None:
    """"appeared to be more angered by his tone", "said she is sympathetic to the plan", "have been surprised to get":
    the state of the people they are said of; "an angered mob", "a sympathetic portrait" still count."""
    plain = ("The mayor appeared to be more angered by the tone of the letter. The chief is sympathetic to the aim "
             "of the plan. Several residents have been surprised to get a bill.")
    assert _loaded(plain) == []
    assert _loaded("The film offers a sympathetic portrait of the chief.") == ["sympathetic"]


def test_a_question_asked_and_a_critics_reason_are_theirs() -> None:
    """"Asked whether it was fair to ...": the asker's word; "attacked the mayor for caving on the budget": the
    critic's charge, as a critic's reason is for an adjective; the same words in the outlet's narration count."""
    plain = ("Asked later whether it was fair to close the clinic, the spokesman declined to comment. "
             "The columnist has viscerally attacked the mayor for caving on the budget.")
    assert _loaded(plain) == []
    assert _loaded(plain, tags=True) == []
    assert _loaded("Closing the clinic was fair, and the mayor was caving on the budget.") == ["fair", "caving"]
