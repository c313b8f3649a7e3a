"""Judgement verbs of the outlet's narration ("slammed", "claimed", "railed against") as
loaded-wording evidence a reader can check (nlp/slant_verbs.py, nlp/slant_loaded.py)."""

from __future__ import annotations

import numpy as np
import pytest

from manysides.nlp import slant_loaded as L
from manysides.nlp.slant import SlantModel

NARRATED = ("Republicans slammed the bill on Tuesday. Sen. Mitch McConnell lashed out at Democrats, and "
            "his aides railed against the cost. The White House touted the jobs report and claimed it proved "
            "the plan works.")


@pytest.fixture(scope="module")
def model() -> SlantModel:
    return SlantModel.load()


def _verbs(text: str, **kw) -> dict[str, str]:
    """The judgement-verb spans of `text` (text -> note)."""
    kw.setdefault("max_verbs", 0)
    return {e.text: e.note for e in L.loaded_words(text, max_spans=0, **kw) if "judgement verb" in (e.note or "")}


def test_judgement_verbs_in_the_narration_are_loaded_spans_saying_why(model: SlantModel) -> None:
    slant, _ = model.score(NARRATED)
    loaded = {e.text: e for e in slant.evidence if e.kind == "loaded"}
    for verb, category in (("slammed", "attack"), ("lashed out", "attack"), ("railed against", "attack"),
                           ("touted", "boast"), ("claimed", "doubt")):
        ev = loaded[verb]
        assert NARRATED[ev.start:ev.end] == verb  # the particle is part of the span
        assert f"judgement verb ({category})" in ev.note and "narration" in ev.note
    # the span's weight is the slant model's own contribution of the verb word (0 when unused)
    assert np.sign(loaded["claimed"].weight) == np.sign(model._axis[model.vocab["claimed"]]) != 0
    # neutral reporting verbs are no judgement
    assert not {"said", "criticized", "denied", "argued"} & set(_verbs("She said, criticized, denied and argued it."))


def test_a_judgement_verb_inside_a_quote_or_a_post_is_the_speakers_not_shown() -> None:
    text = ('"Democrats slammed the door on us and claimed victory," McConnell said. '
            "“They blasted the plan,” he added. Aides later blasted the plan too.")
    found = _verbs(text)
    assert list(found) == ["blasted"]
    assert L.loaded_words(text, max_spans=0)[-1].start == text.index("blasted the plan too")


def test_physical_and_plain_uses_are_not_judgement_verbs() -> None:
    plain = ("The car slammed into a wall and the door slammed shut. A tornado ripped through the town. "
             "ISIS claimed responsibility for the attack, which claimed at least five lives. "
             "She was admitted to the hospital. He complained of chest pains. Ossoff conceded the race "
             "and conceded to Handel. The plan would ban admitting refugees to the U.S. "
             "The city boasts a population of 9,000. The roof caved in. Kobach claimed \"tentative victory\" "
             "and I have to admit that I was wrong about the claimed relationship.")
    assert _verbs(plain) == {}
    judged = ("He slammed the ruling and claimed the election was rigged. She admitted to lying, conceded "
              "that the count was off, complained about the delay and caved in to pressure.")
    assert set(_verbs(judged)) == {"slammed", "claimed", "admitted", "conceded", "complained", "caved in to"}


def test_with_the_parse_a_noun_is_no_judgement_verb() -> None:
    text = "Critics blast the plan. The blast shook the terminal and his claims were false, as he claims."
    # the words' classes as spaCy gives them (the pipeline passes them): a verb, then two nouns, then a verb
    tags = {text.index("blast the"): "VBP", text.index("blast shook"): "NN",
            text.index("claims were"): "NNS", text.index("claims."): "VBZ"}
    found = [(e.text, e.start) for e in L.loaded_words(text, tags=tags) if "judgement" in e.note]
    assert found == [("blast", text.index("blast the")), ("claims", text.index("claims."))]
    # without the parse only -ed and -ing forms count: "blast" and "claims" are nouns as often
    assert _verbs(text) == {}
    assert set(_verbs("Critics blasted the plan, claiming it failed.")) == {"blasted", "claiming"}


def test_each_verb_once_capped_and_off_when_asked() -> None:
    text = "He slammed it. She slams it. They slammed it again, mocked it, derided it and scoffed at it."
    found = L.loaded_words(text, max_spans=0)
    assert [e.text for e in found] == ["slammed", "mocked", "derided", "scoffed"]  # each lemma once, text order
    assert len(L.loaded_words(text, max_spans=0, max_verbs=2)) == 2
    assert len(L.loaded_words(text + " He lambasted, berated, chided and bashed it.")) == L.MAX_VERBS
    assert L.loaded_words(text, verbs=False) == ()
    # a capitalised word within a sentence is a name, not a verb
    assert _verbs("He bought a Dodge and heard Trumpeting Records play.") == {}


def test_phrase_evidence_shows_a_narrated_judgement_verb_that_moved_the_score(model: SlantModel) -> None:
    """Review 11: 11 of 29 articles showed no phrase. A judgement verb that pushed the score
    its way is loaded wording a reader can check, and is shown as a phrase when it is the
    outlet's; inside a quote it is the speaker's and is not (it still counts in the score)."""
    narrated = "Illegal immigration rose again, and the administration claimed the border was secure."
    quoted = 'The sheriff said illegal immigration rose again: "The administration claimed the border was secure."'
    assert model._axis[model.vocab["claimed"]] > 0  # the model reads "claimed" as pushing right
    slant, _ = model.score(narrated)
    assert slant.score > 0 and "claimed" in [e.text for e in slant.evidence if e.kind == "phrase"]
    q_slant, _ = model.score(quoted)
    assert q_slant.score > 0 and "claimed" not in [e.text for e in q_slant.evidence if e.kind in ("phrase", "loaded")]
    # the evidence changed, never the score: the same text scores the same with no evidence read
    assert model._score(narrated, None, max_sentences=0, loaded=False)[0].score == slant.score


def _annotated_verbs(text: str) -> dict[str, str]:
    """Judgement-verb spans (text -> note) of `text` annotated as the pipeline does (with its parse)."""
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    art = Article(id="a", source="test", outlet=None, url=None, title=None, byline=None, published=None,
                  language="en", text=text)
    ann = annotate(art)
    return {e.text: e.note for e in ann.slant.evidence if e.kind == "loaded" and "judgement verb" in (e.note or "")}


def test_the_note_says_whom_the_verb_characterises_its_subject_not_its_object() -> None:
    # "Trump slammed the report" judges Trump's words; "critics blasted Trump" the critics'
    notes = _annotated_verbs("Trump slammed the report on Tuesday. Critics blasted Trump for his remarks. "
                             "The plan was mocked by Democrats. Sen. Chuck Schumer spoke and then lashed out at "
                             "President Trump on Monday.")
    assert notes["slammed"].endswith("it characterises Trump (its subject), aimed at the report")
    assert notes["blasted"].endswith("it characterises Critics (its subject), aimed at Trump")
    assert notes["mocked"].endswith("it characterises Democrats (the passive's agent), aimed at the plan")
    assert notes["lashed out"].endswith("it characterises Sen. Chuck Schumer (its subject), aimed at President Trump")


def test_a_relative_clause_or_a_participle_characterises_the_noun_it_hangs_on() -> None:
    notes = _annotated_verbs("Schumer, who blasted the plan, voted no. Trump's critics railed against the order, "
                             "repeatedly insisting that it was illegal. The senator was ridiculed for the vote.")
    assert "it characterises Schumer (its subject), aimed at the plan" in notes["blasted"]
    assert "it characterises Trump's critics (its subject), aimed at the order" in notes["railed against"]
    assert notes["insisting"].endswith("it characterises Trump's critics (its subject)")
    assert notes["ridiculed"].endswith("it characterises someone the passive does not name, aimed at the senator")
    # a gerund under a preposition: the subject of the verb the preposition hangs on
    notes = _annotated_verbs("He resorted to whining about the rules. Sanders blasted Democrats for the standoff.")
    assert notes["whining"].endswith("it characterises he (its subject), aimed at the rules")
    assert notes["blasted"].endswith("it characterises Sanders (its subject), aimed at Democrats")  # a name, as written


def test_the_writers_own_voice_is_no_judgement_even_with_a_contraction() -> None:
    # a hand reading (session 25) found "I’ll admit" and "you’ve got to admit" shown as the outlet's judgement
    assert _verbs("Over the years, I’ve admitted that I studied it, and you’re conceding that it worked.") == {}
    assert set(_verbs("Over the years, the senator admitted that he studied it.")) == {"admitted"}


def test_without_the_parse_the_note_names_no_subject() -> None:
    assert all("characterises" not in n for n in _verbs("Critics blasted Trump for his remarks.").values())


def test_an_admission_of_ones_own_fault_is_a_confession_reported() -> None:
    """Review 15: the Air Force, "admitting that it had blundered by failing to submit" a record, was
    shown as a judgement verb. Admitting one's own failure or error is what the verb plainly means;
    an admission of anything else is still cast as one."""
    fault = ("The Air Force launched a review after admitting that it had blundered by failing to submit the "
             "record. The agency conceded it made a mistake.")
    assert _verbs(fault) == {}
    other = "Trump admitted that the talks were hard. The senator conceded that the bill would pass."
    assert set(_verbs(other)) == {"admitted", "conceded"}
