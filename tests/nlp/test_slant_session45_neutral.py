"""Slant evidence on neutral words (session 45, helper C, review 33): a thing's heat ("hot gases", "a hot rod", "a hot
mic"), "deadly" as a turn's result and of more acts that kill, "desperate" of a situation or a need, "unpredictable" of
a contest, a market or a world of work, "precise" of a thing's exactness, "gruesome" of pictures, and "powerful" of a
nation (its noun said or left out after a superlative). Invented sentences, each with a control that still counts;
every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_the_heat_of_a_thing_and_the_terms_of_hot(tags: bool) -> None:
    """"hot gases", "the hot sands", "a hot rod", "a hot mic", "the hot zone": a thing's heat or its name; "a hot take"
    and "hot issues" still count."""
    for plain in ("The blanket keeps out the flames and the hot gases around the crew.",
                  "The troops marched across the hot sands for a week.",
                  "They towed an old hot rod on a trailer.",
                  "The governor was caught on a hot mic before the debate.",
                  "Nurses back from the hot zone stayed at home for three weeks."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The columnist posted another hot take on the budget.", tags) == ["hot"]
    assert _loaded("The mayor campaigned on two hot issues.", tags) == ["hot"]


@pytest.mark.parametrize("tags", [False, True])
def test_deadly_as_a_result_and_of_acts_that_kill(tags: bool) -> None:
    """"it takes little to turn a situation deadly", "the clashes turned deadly", "deadly assaults", "deadly battles",
    "deadly protests": people killed; "a deadly ideology" and "deadly serious" still count."""
    for plain in ("On a steep slope it takes little to turn a situation deadly.",
                  "The clashes near the border turned deadly on Friday.",
                  "The town has suffered years of increasingly deadly assaults.",
                  "Two militias fought deadly battles over the port.",
                  "The verdict set off deadly protests in the capital."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The pastor warned against a deadly ideology.", tags) == ["deadly"]
    assert _loaded("The board turned to a deadly ideology.", tags) == ["deadly"]


@pytest.mark.parametrize("tags", [False, True])
def test_desperate_of_a_situation_or_a_need(tags: bool) -> None:
    """"that desperate situation", "the desperate plight of the villages", "in desperate need of repair": how dire;
    "a desperate attempt" and "desperate to win" still count."""
    for plain in ("The hope in that desperate situation is that the fire passes over them.",
                  "Aid groups described the desperate plight of the villages.",
                  "The bridge is in desperate need of repair."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The memo was a desperate attempt to save the deal.", tags) == ["desperate"]
    assert _loaded("The party was desperate to win the seat.", tags) == ["desperate"]


@pytest.mark.parametrize("tags", [False, True])
def test_unpredictable_of_a_contest_or_a_world_of_work(tags: bool) -> None:
    """"in their unpredictable world", "a wildly unpredictable race", "an unpredictable industry": what comes next
    cannot be foretold; "an unpredictable president" and "his unpredictable behavior" still count."""
    for plain in ("But in their unpredictable world, a calm day can end in disaster.",
                  "It is a wildly unpredictable race.",
                  "Small farms struggle to hire in an unpredictable industry."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("Allies fear an unpredictable president.", tags) == ["unpredictable"]
    assert _loaded("Aides described his unpredictable behavior.", tags) == ["unpredictable"]


@pytest.mark.parametrize("tags", [False, True])
def test_precise_of_a_things_exactness(tags: bool) -> None:
    """"a precise breakdown for other groups", "the precise nature of the files", "to be precise:": how exact; "careful
    and precise", "precise with their language" and "in a precise way" still count."""
    for plain in ("Exit polls do not have a precise breakdown for other groups.",
                  "The court has no record of the precise nature of the files.",
                  "The seat went to 1,204 voters, to be precise: the delegates of the county."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("Her notes were careful and precise.", tags) == ["careful", "precise"]
    assert _loaded("Senators ought to be precise with their language.", tags) == ["precise"]
    assert _loaded("He never said it in a precise way.", tags) == ["precise"]


@pytest.mark.parametrize("tags", [False, True])
def test_gruesome_pictures(tags: bool) -> None:
    """"the most gruesome images from inside the train", "gruesome video of the dead": what the pictures show; "a
    gruesome crime" still counts."""
    assert _loaded("Some of the most gruesome images from inside the train came from a passenger.", tags) == []
    assert _loaded("The group released gruesome video of the dead.", tags) == []
    assert _loaded("It was a gruesome crime.", tags) == ["gruesome"]


@pytest.mark.parametrize("tags", [False, True])
def test_powerful_of_a_nation_said_or_left_out(tags: bool) -> None:
    """"the world's most powerful nation", "the region's most powerful state", and the noun left out after a
    superlative ("its most populous nation (X) and its wealthiest and most powerful (Y)"): a nation's might; "powerful
    military organizations" (a group) and "the most powerful lobby" still count."""
    for plain in ("The summit brings together the world's most powerful nations.",
                  "Ruritania is the region's most powerful state.",
                  "When the world's most populous nation (Ruritania) and its wealthiest and most powerful (Freedonia) "
                  "join hands, the idea takes a leap."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The league is the most powerful military organization in the valley.", tags) == ["powerful"]
    assert _loaded("The farmers' union and the most powerful (the dairy lobby) met.", tags) == ["powerful"]


@pytest.mark.parametrize("tags", [False, True])
def test_slammed_on_the_brakes(tags: bool) -> None:
    """"the driver slammed on the brakes": the verb's physical sense, as "slammed the brakes"; "slammed the plan" and
    "slammed the mayor's comments" still count (judgement verbs)."""
    assert _loaded("Moments before the crash the driver slammed on the emergency brakes.", tags) == []
    assert _loaded("The senator slammed the plan on Monday.", tags) == ["slammed"]
    assert _loaded("The inspector slammed the mayor's comments as reckless.", tags) == ["slammed"]
