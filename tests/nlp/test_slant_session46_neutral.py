"""Slant evidence on neutral words (session 46, helper C, review 34): a group's claim of an attack, "thin" of a bench,
"abrupt" and "spontaneous" of an event, "modest" of a thing's scope, "ill" of health, "effective" before a date,
"casual" of an occasion, "troubled" of a tenure or a place, "striking" of a comparison, a cue set off after the
subject, and the leftovers "unpredictable" after "has been" and "deadly" of a disease or a drug. Invented sentences,
each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_claim_of_an_attack_is_a_claim_of_responsibility(tags: bool) -> None:
    """"has claimed several bombings", "claimed the Easter bomb attacks": responsibility claimed; "claimed the attacks
    were staged" (a clause) and "claimed without evidence that" still count."""
    for plain in ("The militia has claimed several assassinations and bombings in the south.",
                  "The group claimed the Easter Sunday bomb attacks on two hotels and released a video.",
                  "It has claimed attacks on civilian targets in the capital."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The senator claimed the attacks were staged.", tags) == ["claimed"]
    assert _loaded("The team claimed the attack on the U.S. compound resulted from a protest.", tags) == ["claimed"]
    assert _loaded("The senator claimed without evidence that the vote was rigged.", tags) == ["claimed"]


@pytest.mark.parametrize("tags", [False, True])
def test_thin_of_a_bench_or_of_resources_stretched(tags: bool) -> None:
    """"hampered by thin personnel benches", "resources stretched thin": how few; "a thin excuse" and "thin skin" still
    count."""
    for plain in ("The agency is hampered by thin personnel benches.",
                  "The party's volunteers were spread thin across four states."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor offered a thin excuse for the delay.", tags) == ["thin"]
    assert _loaded("The mayor has thin skin.", tags) == ["thin"]


@pytest.mark.parametrize("tags", [False, True])
def test_abrupt_and_spontaneous_of_an_event(tags: bool) -> None:
    """"the abrupt end to the meeting", "his abrupt guilty plea", "a spontaneous announcement", "the end was abrupt":
    when and how it came; said of a person or a manner they still count."""
    for plain in ("The abrupt end to the meeting was a setback for both leaders.",
                  "The clerk's abrupt guilty plea closed the inquiry.",
                  "Her exit followed a sudden, and apparently spontaneous announcement of a withdrawal.",
                  "The talks began well, but the end was abrupt."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The senator was abrupt with reporters.", tags) == ["abrupt"]
    assert _loaded("He answered in an abrupt tone.", tags) == ["abrupt"]
    assert _loaded("She is a spontaneous and warm person.", tags) == ["spontaneous"]
    assert _loaded("His spontaneous style charmed voters.", tags) == ["spontaneous"]


@pytest.mark.parametrize("tags", [False, True])
def test_modest_of_a_things_scope(tags: bool) -> None:
    """"a more modest agreement", "modest homes", "the drop was modest": size or scope; "a modest man" and "his modest
    manner" still count."""
    for plain in ("The envoy rejected a more modest agreement that was ready to be signed.",
                  "The family lives in a modest home near the port.",
                  "Sales fell, although the drop was modest."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He is a modest man.", tags) == ["modest"]
    assert _loaded("His modest manner won friends.", tags) == ["modest"]


@pytest.mark.parametrize("tags", [False, True])
def test_ill_of_health(tags: bool) -> None:
    """"sent home seriously ill", "the mentally ill", "fell ill", "in ill health": health; "ill will", "bodes ill" and
    "spoke ill of" still count."""
    for plain in ("The student was sent home seriously ill in June.",
                  "The law keeps guns from the mentally ill.",
                  "She fell ill last week.",
                  "The former minister was then in ill health."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The rhetoric is driven by ill will.", tags) == ["ill"]
    assert _loaded("The deal bodes ill for the union.", tags) == ["ill"]
    assert _loaded("He never once spoke ill of his rivals.", tags) == ["ill"]


@pytest.mark.parametrize("tags", [False, True])
def test_effective_before_a_date(tags: bool) -> None:
    """"I resign ..., effective April 7th", "effective at 5 p.m.", "coverage effective Jan. 1": the date a notice takes
    effect; "an effective leader" and "very effective at convincing people" still count."""
    for plain in ("I hereby resign from the position of Secretary, effective April 7th 2019.",
                  "He sent the governor his resignation, effective at 5 p.m.",
                  "Customs will sign up buyers for coverage effective Jan. 1."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("She was an effective leader.", tags) == ["effective"]
    assert "effective" in _loaded("The senator is very effective at convincing donors.", tags)


@pytest.mark.parametrize("tags", [False, True])
def test_casual_of_an_occasion_troubled_of_a_tenure_striking_of_a_comparison(tags: bool) -> None:
    """"mainly a casual event", "casual clothes", "a troubled tenure", "the troubled region", "a striking contrast",
    "the similarities are striking": the occasion's kind, a record, how marked a difference is; "a casual disregard",
    "a troubled gunman", "a troubled rollout" and "a striking blow" still count ("a very striking dissent", kept then,
    is a statement that breaks with what was expected since session 47: test_slant_session47_neutral.py)."""
    for plain in ("The aides billed the meeting as mainly a casual event.",
                  "He wore casual clothes to the summit.",
                  "The departure would end a troubled tenure for the former chief executive.",
                  "Their troubled history weighs on the talks.",
                  "The troubled region saw new clashes.",
                  "There is a striking contrast between the two plans.",
                  "The similarities are striking."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He showed a casual disregard for the truth.", tags) == ["casual"]
    assert _loaded("It was a troubled rollout of the health law.", tags) == ["troubled"]
    assert _loaded("The loss was a striking blow to the campaign.", tags) == ["striking"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_cue_set_off_after_the_subject(tags: bool) -> None:
    """"The act, the plaintiffs said, only allows ... dangerous aliens", "The mayor, aides said, slammed the plan": the
    speakers' words; an appositive ("The act, a 1952 law, ...") and a whole clause before the cue ("Criticism ... is
    unfair, Roe said, ... that she complained ...") leave the words the outlet's."""
    for plain in ("The act, the plaintiffs said, only allows the president to ban a class of dangerous aliens.",
                  "The mayor, aides said, slammed the plan as reckless.",
                  "If the report is true, the neighbor said, that makes him sad."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The act, a 1952 law, only allows the president to ban dangerous aliens.", tags) == ["dangerous"]
    assert _loaded("Criticism of the mayor is unfair, Roe said, especially from papers that she complained have cited "
                   "no names.", tags) == ["complained"]
    assert _loaded("The mayor signed the bill, aides said, though it is a disastrous mistake.", tags) == ["disastrous"]
    assert _loaded("He is a dangerous demagogue.", tags) == ["dangerous"]


@pytest.mark.parametrize("tags", [False, True])
def test_unpredictable_after_has_been_and_deadly_of_a_disease_or_a_drug(tags: bool) -> None:
    """"the weather has been unpredictable", "the flu is more deadly than", "an opioid as deadly as fentanyl", "how
    deadly the virus really is", "the deadly coronavirus", "the seven deadly sins": what comes next, how lethal, a
    list's name; "the president has been unpredictable", "a deadly ideology" and "will be deadly to his prospects"
    still count."""
    for plain in ("The weather has been unpredictable.",
                  "The markets have been wildly unpredictable this year.",
                  "Voters said the flu is more deadly than the coronavirus.",
                  "A new synthetic opioid as deadly as fentanyl was found.",
                  "Scientists want to know how deadly the virus really is.",
                  "Officials warned of more outbreaks of the deadly coronavirus.",
                  "Greed is one of the seven deadly sins."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The president has been unpredictable.", tags) == ["unpredictable"]
    assert _loaded("The pastor warned against a deadly ideology.", tags) == ["deadly"]
    assert _loaded("A loss in Ohio will be deadly to his prospects.", tags) == ["deadly"]
