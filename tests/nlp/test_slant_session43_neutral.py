"""Slant evidence on neutral words (session 43, helper C, review 31): a temperature word after "go" of a thing, "huge"
of a collection, "precious" of a thing of worth, the shock of those there, a fixed term past another adjective, the
complement of a passive verb of regarding, an unquoted clause a cue after it gives to a speaker, and an admission in a
sentence that tells a court's act. Invented sentences, each with a control that still counts; every plain sentence was
listed before."""

from __future__ import annotations

import pytest

from manysides.nlp.slant import SlantModel
from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_thing_gone_cold_is_its_heat(tags: bool) -> None:
    """"until the embers go cold", "the trail went cold": a thing's heat, or a search that stalled; said of a person
    ("he went cold on the deal", "Smith went cold") or a reception ("a cold reception") it still counts."""
    for plain in ("Nobody can say how much of the old mill will stand once the embers go cold.",
                  "The trail went cold after the car was found."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He went cold on the deal.", tags) == ["cold"]
    assert _loaded("Smith went cold on the deal.", tags) == ["cold"]
    assert _loaded("The envoy got a cold reception.", tags) == ["cold"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_collections_size_and_a_things_worth(tags: bool) -> None:
    """"a huge cache of stolen files", "a huge trove": how much it holds; "to recover precious artifacts", "priceless
    paintings": what they are worth; "a huge mistake", "precious time" and "precious little evidence" still count."""
    for plain in ("The clerk later gave the reporters a huge cache of stolen files.",
                  "Divers worked to recover precious artifacts from the wreck.",
                  "Thieves took several priceless paintings."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The council made a huge mistake.", tags) == ["huge"]
    assert _loaded("The hearing wasted precious time.", tags) == ["precious"]
    assert _loaded("There is precious little evidence for it.", tags) == ["precious"]


@pytest.mark.parametrize("tags", [False, True])
def test_the_shock_of_those_who_saw(tags: bool) -> None:
    """"shocked crowds gathered", "stunned onlookers", "surprised voters": the state of the people there; "an angry mob"
    and "a delighted crowd" (hostility or a welcome imputed) still count."""
    assert _loaded("The old mill went up in flames as shocked crowds gathered on the bridge.", tags) == []
    assert _loaded("Surprised voters lined up again on Tuesday.", tags) == []
    assert _loaded("An angry mob gathered on the bridge.", tags) == ["angry"]
    assert _loaded("The mayor waved to a delighted crowd.", tags) == ["delighted"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_fixed_term_past_another_adjective(tags: bool) -> None:
    """"the overwhelming, bipartisan vote", "an overwhelming and bipartisan majority": the term's words still;
    "overwhelming evidence" and "an overwhelming, hostile crowd" still count."""
    for plain in ("The judge noted the overwhelming, bipartisan vote in favor of the bill in 2006.",
                  "It passed with an overwhelming and bipartisan majority."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The overwhelming evidence points one way.", tags) == ["overwhelming"]
    assert _loaded("He faced an overwhelming, hostile crowd.", tags) == ["overwhelming"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_passive_of_regarding_reports_a_view_held(tags: bool) -> None:
    """"widely viewed as the most effective", "is considered credible enough", "was deemed ridiculous by the judge",
    "are seen by many farmers as terrible": a view people hold, told; the writer's own verdict ("can only be seen as
    a terrible gamble", "must be considered terrible") and the word said outright still count."""
    for told in ("The canal act of 1902, widely viewed as the most disastrous law of its day, was repealed.",
                 "It is understood that the file is considered credible enough for police to act.",
                 "The council was deemed ridiculous by the judge.",
                 "The tariffs are seen by many farmers as terrible for trade."):
        assert _loaded(told, tags) == [], told
    assert _loaded("The plan can only be seen as a terrible gamble.", tags) == ["terrible"]
    assert _loaded("The plan must be considered terrible.", tags) == ["terrible"]
    assert _loaded("The plan is a terrible gamble.", tags) == ["terrible"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_unquoted_clause_a_cue_after_it_gives_to_a_speaker(tags: bool) -> None:
    """"That's almost irrelevant, said Jane Roe, a former envoy", ", officials said": the speaker's words, reported
    without quotation marks; a judgement verb so reported too ("The senator slammed the plan, aides said."); a source's
    "according to" is no cue (BASIL marks "trashed the idea ..., according to a senior Democratic aide"); a clause with
    no cue after it, or a cue of another clause ("and Smith said nothing"), still counts."""
    for told in ("That's almost irrelevant, said Jane Roe, a former envoy to the region.",
                 "The plan is terrible, officials said.",
                 "The senator slammed the plan, aides said."):
        assert _loaded(told, tags) == [], told
    assert _loaded("The terrible plan passed, and Smith said nothing.", tags) == ["terrible"]
    assert _loaded("The senator slammed the plan, and aides left.", tags) == ["slammed"]
    # a cue before a quotation introduces the quotation
    assert _loaded("Speaking of his terrible past, Roe told the crowd, “Life is not fair to anyone here.”",
                   tags) == ["terrible"]
    # a source's "according to" tells whence the facts came: the wording stays the outlet's
    assert _loaded("The senators slammed the idea at lunch, according to an aide.", tags) == ["slammed"]
    assert _loaded("After the dreadful report came out, shares fell 4%, according to the exchange.",
                   tags) == ["dreadful"]
    # a cue set off after "and" or a relative gives the clause after it, a colon ends the clause read
    assert _loaded("The mayor was slamming the press and, according to aides, planning a purge.", tags) == ["slamming"]
    assert _loaded("He slammed what he called a plot, a plot that, he said, is growing.", tags) == ["slammed"]
    assert _loaded("Third, he slammed the plan: the plan, he maintained, would fail.", tags) == ["slammed"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_admission_a_court_recorded(tags: bool) -> None:
    """"was sentenced to three years after admitting he gave a false alibi", "pleaded guilty after admitting": the
    confession a court recorded; "The mayor admitted he knew about the memo." still counts."""
    for plain in ("In March, a former guard was sentenced to three years after admitting he gave a false alibi.",
                  "The aide pleaded guilty on Monday after admitting he knew of the scheme."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor admitted he knew about the memo.", tags) == ["admitted"]
    # a court's word inside what was admitted is no court's act
    assert _loaded("The nominee admitted that young men are jailed at inflated rates.", tags) == ["admitted"]


def test_the_phrase_evidence_reads_the_same_rules() -> None:
    """The phrase evidence takes a word as loaded by the same test: a passive of regarding's complement and a clause a
    cue after it gives to a speaker show no phrase of those words (the score is unchanged)."""
    model = SlantModel.load()
    text = ("The tariffs are seen by many farmers as terrible and disastrous for trade. "
            "That's almost irrelevant, said Jane Roe, a former envoy to the region.")
    slant, hp = model.score(text)
    shown = {e.text.lower() for e in slant.evidence + hp.evidence if e.kind in ("phrase", "loaded")}
    assert not shown & {"terrible", "irrelevant"}, shown
