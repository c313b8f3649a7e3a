"""Slant evidence on neutral words (session 37, helper F, review 25's unseen events): the size of a thing seen, an
area or a sound, surprise at an outcome, a police warning, a writer's pointer, a toll's noun past a place's name, an
exchange of fire and a night by the force used, a longing, a crime confessed, and an excerpt introduced by a
colon. Invented sentences, each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_the_size_of_a_thing_seen_an_area_or_a_sound(tags: bool) -> None:
    """"a huge screen", "huge banner portraits", "a huge swath of farmland", "a huge roar", "loud applause" state how
    big or loud, which anyone there saw or heard; "a huge mistake" and "loud criticism" are still judged."""
    for plain in ("Fans watched the final on a huge screen in the square.",
                  "Huge banner portraits of the founder hung over the hall.",
                  "Officials told residents of a huge swath of farmland to leave.",
                  "When the band walked on, the arena erupted into a huge roar.",
                  "The mayor thanked the volunteers to loud applause."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("Firing the coach was a huge mistake.", tags) == ["huge"]
    assert _loaded("The plan drew loud criticism from the unions.", tags) == ["loud"]


@pytest.mark.parametrize("tags", [False, True])
def test_surprise_at_an_outcome(tags: bool) -> None:
    """"the stunning defeat of the bill", "a stunning local upset", "an unexpected failed, late vote": the outcome went
    against the forecasts; "a stunning betrayal" and "an unexpected insult" are still judged."""
    for plain in ("The stunning defeat of the zoning bill on Friday left the council divided.",
                  "Voters handed the governor a stunning local upset in the spring.",
                  "The tax stays in place after an unexpected failed, late night vote in the assembly."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The deal was a stunning betrayal of the workers.", tags) == ["stunning"]
    assert _loaded("The mayor answered with an unexpected insult.", tags) == ["unexpected"]


def test_a_police_warning_and_a_writers_pointer() -> None:
    """"armed and dangerous" is a warning's fixed words; "What's fascinating about the case is" points at the next
    fact; "a dangerous policy" and "a fascinating liar" are still judged."""
    assert _loaded("Police said the two men should be considered armed and dangerous.") == []
    assert _loaded("What's fascinating about this dispute is that the firm once agreed.") == []
    assert _loaded("The tariff is a dangerous policy.") == ["dangerous"]
    assert _loaded("He is a fascinating liar.") == ["fascinating"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_toll_or_force_past_a_name_and_a_time_of_force(tags: bool) -> None:
    """"last year's deadly Lake Mira ferry attack" (a place's name between the word and its noun), "a violent exchange
    of gunfire", "a violent night in which ...": what happened; "a deadly Marxist idea", "violent rhetoric" judged."""
    for plain in ("The memorial honours the victims of last year's deadly Lake Mira ferry attack.",
                  "Two gunmen fought deputies in a violent exchange of gunfire.",
                  "The town woke after a violent night in which rioters burned three cars."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("It was a deadly Marxist idea.", tags) == ["deadly"]
    assert _loaded("The host was faulted for violent rhetoric.", tags) == ["violent"]


def test_a_longing_after_a_linking_verb() -> None:
    """They were nostalgic: the people's state; "a nostalgic pageant" is still judged, and a feeling word in quote
    marks stays the outlet's pick to quote."""
    assert _loaded("The couple moved back because they felt nostalgic for the village.") == []
    assert _loaded("The show was a nostalgic pageant.") == ["nostalgic"]
    assert _loaded('The mayor said he would be “proud” to close the plant.') == ["proud"]


def test_a_crime_confessed_is_no_admission_cast() -> None:
    """"admitted they committed sabotage", "admitted stealing": a confession of a deed; "admitted that the talks had
    stalled" still casts a statement as an admission."""
    assert _loaded("Two activists admitted they committed sabotage against the dam.") == []
    assert _loaded("The clerk admitted stealing from the till.") == []
    assert _loaded("The senator admitted that the talks had stalled.") == ["admitted"]


def test_an_excerpt_introduced_by_a_colon_is_the_speakers() -> None:
    """A paragraph in quote marks after a line ending in a colon ("Here is part of her speech:") is a quotation,
    whatever marks its run-in paragraphs keep inside; the same paragraph without the colon is read as before."""
    quote = ('"She stood up to powerful interests. ... "Her courage was worthy of the nation, and of the precious '
             'freedoms it won."')
    assert _loaded("The mayor spoke for an hour. Here is part of her speech:\n\n" + quote + "\n\nThe hall emptied.") == []
    assert "powerful" in _loaded("The mayor spoke for an hour.\n\n" + quote + "\n\nThe hall emptied.")
