"""Slant evidence on neutral words (session 41, helper B, reviews 28-29's leftovers): anger said of what people did or
sent, a need said of people, a place's danger, a thing bent, someone's sound, a penalty's severity, fixed names ("hot
dogs", "a grand bargain", "the worst outcome"), "complicated", "effective", "trendy", a debate's question, a
community's consensus and "boasted" with a figure. Invented sentences, each with a control that still counts; every
plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_anger_said_of_what_people_did_or_sent_is_theirs(tags: bool) -> None:
    """"angry protests over the layoffs", "the plan drew angry complaints from farmers", "a flood of angry letters":
    the anger of those who protested or wrote, which their acts show; "an angry tirade" and "angry rhetoric" (the
    outlet's word for a speech) and "an angry mob" (anger said of people themselves) still count."""
    for told in ("The mill closed after angry protests over the layoffs.",
                 "The plan drew angry complaints from farmers.",
                 "A flood of angry letters reached the council."):
        assert _loaded(told, tags) == [], told
    assert _loaded("The coach launched an angry tirade at the referees.", tags) == ["angry"]
    assert _loaded("The mayor used angry rhetoric in his speech.", tags) == ["angry"]
    assert _loaded("An angry mob gathered outside the mill.", tags) == ["angry"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_need_a_place_and_a_thing_bent_are_plain(tags: bool) -> None:
    """"many villagers remain desperate for clean water", "gangs made the port a dangerous place", "drove past twisted
    street signs": people's need, a place's risk and damage seen; "a desperate political stunt", "desperate to fire
    the coach" (a motive imputed), "a dangerous idea" and "a twisted sense of humor" still count."""
    for plain in ("Weeks after the flood, many villagers remain desperate for clean water.",
                  "Gangs and smugglers made the port a dangerous place for sailors.",
                  "The convoy drove past twisted street signs and roofs torn open."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor called it a desperate political stunt.", tags) == []  # a naming verb's: the mayor's
    assert _loaded("It was a desperate political stunt by the mayor.", tags) == ["desperate"]
    assert _loaded("The board was desperate to fire the coach.", tags) == ["desperate"]  # a motive imputed
    assert _loaded("The senator pushed a dangerous idea.", tags) == ["dangerous"]
    assert _loaded("The host has a twisted sense of humor.", tags) == ["twisted"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_penalty_and_fixed_names_are_plain(tags: bool) -> None:
    """"threats of harsh punishment", "hot dogs", "the search for a grand bargain", "avert the worst outcome": a
    penalty's severity, a food's and a deal's names, the worst of the outcomes forecast; "a loud, obnoxious critic",
    "harsh rhetoric", "a grand vision" and "the worst mayor" still count."""
    for plain in ("The district warned of harsh punishment for anyone who skipped class.",
                  "Volunteers handed out hot dogs after the game.",
                  "Talks on a grand bargain over the budget broke down again.",
                  "Economists hope the deal can avert the worst outcome."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He is a loud, obnoxious critic of the board.", tags) == ["loud"]
    assert _loaded("The governor used harsh rhetoric against the union.", tags) == ["harsh"]
    assert _loaded("The mayor unveiled a grand vision for the waterfront.", tags) == ["grand"]
    assert _loaded("He was the worst mayor the town ever had.", tags) == ["worst"]


@pytest.mark.parametrize("tags", [False, True])
def test_complicated_effective_and_trendy_are_plain(tags: bool) -> None:
    """"that is complicated", "an effective tool for organizers", "a trendy Lisbon café": a task's difficulty, a thing that
    works and a place in fashion, as "difficult", "successful" and "popular"; "a corrupt deal", "the trendy causes"
    (ideas sneered at), "an effective leader" and "an effective negotiator" (people graded) still count."""
    for plain in ("Letting the students leave early is complicated, too.",
                  "The app became an effective tool for organizers.",
                  "She spoke outside a trendy Lisbon café on Tuesday."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("It was a corrupt deal from the start.", tags) == ["corrupt"]
    assert _loaded("He mocked the trendy causes of the campus left.", tags) == ["mocked", "trendy"]
    assert _loaded("He is an effective negotiator for the union.", tags) == ["effective"]
    assert _loaded("She was an effective leader of the union.", tags) == ["effective"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_debates_question_and_a_communitys_consensus_are_their_views(tags: bool) -> None:
    """"debate over whether he should be seen as a hero or a selfish danger", "the consensus among engineers is that
    the repair is unnecessary": the sides' and the community's views, reported; the outlet's own "a selfish danger",
    and "the view is that" unowned, still count."""
    for told in ("His refusal set off a debate over whether he should be seen as a hero or a selfish danger to others.",
                 "The consensus among engineers is that the repair is unnecessary."):
        assert _loaded(told, tags) == [], told
    assert _loaded("He is a selfish danger to others.", tags) == ["selfish"]
    assert _loaded("Our view is that the repair is unnecessary.", tags) == ["unnecessary"]


@pytest.mark.parametrize("tags", [False, True])
def test_boasting_a_figure_is_having_it(tags: bool) -> None:
    """"two smaller parties boasted double-digit seat counts", "the club boasts more than 300 members": what they
    have, counted; "boasted that he had won" and "boasted about his record" still count."""
    for plain in ("Two smaller parties boasted double-digit seat counts.",
                  "The club boasts more than 300 members."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor boasted that he had won twice.", tags) == ["boasted"]
    assert _loaded("The mayor boasted about his record on crime.", tags) == ["boasted"]


# A podcast transcript: the host asks the show's own court reporter about a ruling, then a guest; the host tells the
# reporter what he covers ("Tom, you've been covering the court for years"), which marks him as one of the outlet's
# own, whose words are the outlet's as the host's are; the guest's stay hers.
_PODCAST = ("ann host\n\nTom Reyes on the court's decision. Tom, tell us about this ruling.\n\n"
            "tom reyes\n\nThe court handed down a stunning ruling on the water rights case.\n\n"
            "ann host\n\nTom, you've been covering the court for years. What changed?\n\n"
            "tom reyes\n\nThe justices simply read the statute differently this time.\n\n"
            "ann host\n\nJane Roe runs a farmers' group. Jane, what do you make of it?\n\n"
            "jane roe\n\nIt is a disgraceful decision for every farmer in the valley.\n\n"
            "ann host\n\nJane, will you appeal?\n\n"
            "jane roe\n\nWe will appeal next week.\n\n"
            "ann host\n\nThat's it for today.")


def test_a_transcript_speaker_the_show_calls_its_own_speaks_for_the_outlet() -> None:
    """The reporter the host tells what he covers ("Tom, you've been covering the court") is the show's own: his
    "stunning ruling" is the outlet's wording, listed; the guest's "disgraceful" stays hers (session 41; review 14's
    podcast reporter)."""
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    ann = annotate(Article(id="pod", source="test", outlet=None, url=None, title=None, byline=None, published=None,
                           language="en", text=_PODCAST))
    assert {q.speaker for q in ann.quotes if q.cue is None} >= {"Tom Reyes", "Jane Roe"}
    loaded = [ev.text for ev in ann.slant.evidence if ev.kind == "loaded"]
    assert "stunning" in loaded
    assert "disgraceful" not in loaded


def test_outlets_own_reads_a_beat_or_a_colleagues_title() -> None:
    """"Tom, you've been covering the court", "our colleague Tom Reyes", "my White House correspondent, Tom Reyes": the
    outlet's own; "Tom, what do you make of it?" and "our guest Tom Reyes" are no such cue."""
    from manysides.nlp.slant_loaded import outlets_own

    assert outlets_own("Tom Reyes", "Tom, you've been covering the court for years.")
    assert outlets_own("Tom Reyes", "We turn to our colleague Tom Reyes.")
    assert outlets_own("Tom Reyes", "Here is my White House correspondent, Tom Reyes.")
    assert not outlets_own("Tom Reyes", "Tom, what do you make of it?")
    assert not outlets_own("Tom Reyes", "We turn to our guest Tom Reyes.")
    assert not outlets_own(None, "Tom, you've been covering the court.")


@pytest.mark.parametrize("tags", [False, True])
def test_words_judging_a_manner_are_loaded_wording(tags: bool) -> None:
    """"Sounding defensive and aggrieved, the mayor explained ...", "two testy briefings", "a bombastic host": the
    narration judges someone's manner as a fault, which BASIL's annotators mark, though the lexicon rates none of
    them; "a strong defensive line", "defensive weapons", "the aggrieved party" (the plain senses) and "was not
    defensive" (negated) are no loaded wording."""
    assert _loaded("Sounding alternately defensive and aggrieved, the mayor explained the delay.", tags) == [
        "defensive", "aggrieved"]
    assert _loaded("The senator held two testy briefings on Tuesday.", tags) == ["testy"]
    assert _loaded("A bombastic host closed the evening.", tags) == ["bombastic"]
    for plain in ("The team has a strong defensive line.",
                  "The army ordered more defensive weapons.",
                  "The aggrieved party filed a suit.",
                  "The mayor was not defensive about the delay.",
                  "The poll put the governor on the defensive."):
        assert _loaded(plain, tags) == [], plain
