"""Slant evidence on neutral words (session 39, helper G, review 26): how hard going a task, a way or a span of time
was, "pivotal" of a vote, caution said of many people, a hedge, a wish's fixed words, the size of an operation or a
sum, a pull quote signed with a dash and a name, a crowd's jeers and a haste admitted. Invented sentences, each with a
control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded

from manysides.nlp.slant_loaded import pull_quotes


def _check(plain: tuple[str, ...], counted: dict[str, list[str]], tags: bool) -> None:
    for text in plain:
        assert _loaded(text, tags) == [], text
    for text, words in counted.items():
        assert _loaded(text, tags) == words, text


@pytest.mark.parametrize("tags", [False, True])
def test_how_hard_going_a_task_a_way_or_a_span_of_time_was(tags: bool) -> None:
    """"the arduous task", "the dangerous, rock-strewn tunnels", "a brutal 14 months", "an extraordinary few days",
    "a desperate search operation": what the task, the way or the months held; "a brutal regime", "a desperate
    attempt", "a dangerous policy", "extraordinary work" and a compound's modifier ("a brutal 14-month crackdown")
    are still judged."""
    _check(("Strong winds added to the arduous task facing the mountain guides.",
            "One climber fell while crossing the dangerous, rock-strewn tunnels below the summit.",
            "It was a brutal 14 months that saw strikes at every plant.",
            "The last 14 months were brutal for the orchard's growers.",
            "The signing closed an extraordinary few days of talks at the lake resort.",
            "Volunteers joined the second day of a desperate search operation in the hills."),
           {"The generals ran a brutal regime for a decade.": ["brutal"],
            "The loan looked like a desperate attempt to save the failing mill.": ["desperate"],
            "Critics said the tariff was a dangerous policy.": ["dangerous"],
            "The mayor praised the extraordinary work of the council.": ["extraordinary"],
            "The army began a brutal 14-month crackdown on the villages.": ["brutal"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_pivotal_of_a_vote_or_an_election_is_what_it_decides(tags: bool) -> None:
    """"the third reading was pivotal", "a pivotal March 3 runoff election": what the vote decides; "a pivotal
    thinker" still counts."""
    _check(("The council's third vote was pivotal: each bylaw needs three readings.",
            "Shares fell ahead of a pivotal March 3 Danish election that could change the coalition."),
           {"The museum honours a pivotal thinker of the age.": ["pivotal"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_caution_said_of_many_people_is_their_state(tags: bool) -> None:
    """"a wary populace", "anxious residents": those people's state; "an angry mob" and "wary diplomacy" count."""
    _check(("In the river towns, a wary populace woke to calm streets on Monday.",
            "Anxious residents lined up for sandbags outside the fire station."),
           {"An angry mob gathered outside the court.": ["angry"],
            "The envoy's wary diplomacy won few friends.": ["wary"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_a_hedge_and_a_wishs_fixed_words(tags: bool) -> None:
    """"It's fair to say that ...": a hedge on a fact; "a happy retirement": a wish's words; "a fair deal" and "a
    happy accident" still count."""
    _check(("It's fair to say that running the ferry was something of a family trade.",
            "The pension promised every miner the prospect of a happy retirement."),
           {"The union won a fair deal for the miners.": ["fair"],
            "The discovery was a happy accident.": ["happy"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_the_size_of_an_operation_or_a_sum_of_money(tags: bool) -> None:
    """"a huge operation", "huge money", "the city's huge budget shortfall": how big, which numbers state; "a huge
    mistake" still counts."""
    _check(("The search has been a huge operation, run by the coast guard with hundreds of volunteers.",
            "The campaign was able to raise huge money from small donors.",
            "The mayor began cutting the city's huge budget shortfall by freezing hiring."),
           {"The mayor said the freeze was a huge mistake.": ["huge"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_a_pull_quote_signed_with_a_dash_and_a_name_is_the_speakers(tags: bool) -> None:
    """A first-person paragraph with no quotation mark that ends "— Name, role" is that person's words; a paragraph
    of the outlet's own that ends on a dash and a name (no first person) still counts."""
    text = ("The clerk says her faith forbids it.\n\nI am very steadfast in what I believe. It is easy to talk the "
            "talk, but can you walk the walk? — Jane Miller, clerk of Lake County, Ohio\n\nHer lawyer spoke next.")
    assert _loaded(text, tags) == []
    start = text.index("I am")
    assert pull_quotes(text) == [(start, text.index(" — Jane"))]
    assert _loaded("The clerk seemed steadfast in her refusal all week, the deputies said — Jane Miller, Lake County",
                   tags) == ["steadfast"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_crowds_jeers_and_a_haste_admitted(tags: bool) -> None:
    """"his crowd jeered when he mentioned ...": the sound a crowd made; "admitted that when he signed the order, he
    did so in haste": a fault owned. "The senator jeered at her critics" and "admitted that the plan would cost more"
    still count."""
    _check(("He spoke of the divided state -- his crowd jeered when he mentioned that he had called his rival.",
            "The mayor admitted that when he signed the parking order, he did so in haste."),
           {"The senator jeered at her critics on the floor.": ["jeered"],
            "The mayor admitted that the parking plan would cost more than his aides had said.": ["admitted"]}, tags)


@pytest.mark.parametrize("tags", [False, True])
def test_the_dangerous_part_of_a_way_and_a_thing_being_welcome(tags: bool) -> None:
    """"The most dangerous part of the journey": the way's risk, through its part; "the release ... should be
    welcome": how those it reaches take it, after a linking verb. "The most dangerous part of the plan" and "a welcome
    change" still count."""
    _check(("The most dangerous part of the journey out of the flooded mine is the first mile.",
            "Obviously, the release of the fisherman held hostage should be welcome."),
           {"The most dangerous part of the plan is its cost.": ["dangerous"],
            "For the town it was a welcome change.": ["welcome"]}, tags)
