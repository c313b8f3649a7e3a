"""Slant evidence on neutral words (session 47, helper C, review 35): a complaint lodged against a wrong, an admission
by someone shown moved or of distress, "excessive" under a denied "use", "the worst" feared, "deadly" of a siege,
"violent" of a record, "loved ones", a record on a country's soil, review 34's leftover "a very striking dissent", and
review 36's "the cold" as the weather, a surprise against a forecast, "dangerous threats" and an admission beside a
plea.
Invented sentences, each with controls that still count; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_complaint_lodged_against_a_wrong(tags: bool) -> None:
    """A complaint made to a body that hears one, about a wrong done, told as filed, or not made for fear: an act
    reported; grumbling told as a complaint still counts."""
    for plain in ("The clerk complained to human resources about the manager.",
                  "The nurse complained to the hospital's management twice last year.",
                  "She complained about harassment by her supervisor.",
                  "She was fired after she complained about mistreatment.",
                  "The assistant complained on Monday, saying: “She made a complaint to the legal department.”",
                  "The staff were too scared to complain, the report found."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He complained bitterly like a child.", tags) == ["complained"]
    assert _loaded("The senator complained that the vote was rushed.", tags) == ["complained"]
    assert _loaded("Democrats complained about a lack of discussion.", tags) == ["complained"]
    assert _loaded("The mayor complained to reporters about the budget.", tags) == ["complained"]
    assert _loaded("The mayor complained that the board never filed a complaint.", tags) == ["complained"]


@pytest.mark.parametrize("tags", [False, True])
def test_employees_reticent_to_complain(tags: bool) -> None:
    """The bare infinitive is a verb only by its tag: "reticent to complain" (no words said) is plain with the parse;
    "chose to complain loudly about the referee" still counts."""
    assert _loaded("Workers who would be reticent to complain because of his position kept quiet.", tags) == []
    if tags:
        assert _loaded("The coach chose to complain loudly about the referee.", tags) == ["complain"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_admission_by_someone_moved_or_of_distress(tags: bool) -> None:
    """"An emotional anchor admitted ...", "admitted he was nervous": what the news did to them, their state; a defiant
    speaker's admission, one of what was known and a surprise owned still count."""
    for plain in ('An emotional anchor admitted "we just learned this moments ago" and thanked viewers.',
                  "A tearful Jane Roe admitted she had not expected the result.",
                  "The coach admitted he was nervous before the final."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("A defiant mayor admitted the talks had stalled.", tags) == ["admitted"]
    assert _loaded("The mayor admitted he knew about the payments.", tags) == ["admitted"]
    assert _loaded("The president admitted he was surprised by how hard the job is.", tags) == ["admitted"]


@pytest.mark.parametrize("tags", [False, True])
def test_excessive_under_a_denied_use(tags: bool) -> None:
    """"did not use excessive force": denied; "used excessive force", "not only used excessive force" still count."""
    assert _loaded("The chief said the guards did not use excessive force.", tags) == []
    assert _loaded("The inquiry never found excessive force in the arrest.", tags) == []
    assert _loaded("The guards used excessive force.", tags) == ["excessive"]
    assert _loaded("The guards not only used excessive force but lied.", tags) == ["excessive"]


@pytest.mark.parametrize("tags", [False, True])
def test_the_worst_feared_or_over(tags: bool) -> None:
    """"fearing the worst", "prepared for the worst", "the worst is over": the gravest outcome; "the worst president"
    and "the worst of the candidates" still count."""
    for plain in ("Relatives of those on board, fearing the worst, gathered at the airport.",
                  "The town prepared for the worst as the water climbed.",
                  "Officials said the worst is over for the coast.",
                  "Most voters say the worst has passed."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He is the worst president.", tags) == ["worst"]
    assert _loaded("She feared the worst of the candidates would win.", tags) == ["worst"]


@pytest.mark.parametrize("tags", [False, True])
def test_deadly_siege_violent_record_loved_ones_a_record_on_soil(tags: bool) -> None:
    """"The deadly siege", "a violent history", "their loved ones", "the worst attack on Australian soil": a toll, a
    record of acts, a fixed term, a record; "a deadly ideology", "a violent thug", "a loved and respected leader" and
    "the worst president on the stage" still count."""
    for plain in ("The deadly siege of a city cafe has ended.",
                  "A deadly standoff at the farm ended on Friday.",
                  "The gunman had a violent history.",
                  "Police said the suspect had a violent past.",
                  "He offered condolences to the victims and to their loved ones.",
                  "It was the worst terror attack on Australian soil."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("He spread a deadly ideology.", tags) == ["deadly"]
    assert _loaded("He is a violent thug.", tags) == ["violent"]
    assert _loaded("She was a loved and respected leader.", tags) == ["loved"]
    assert _loaded("He was the worst candidate on the stage.", tags) == ["worst"]


@pytest.mark.parametrize("tags", [False, True])
def test_striking_of_a_change_or_a_dissent(tags: bool) -> None:
    """"a very striking dissent", "a striking reversal": how far it breaks with what came before; "a striking figure",
    "a striking blow" and "a striking failure" still count."""
    for plain in ("The ruling gave rise to a very striking dissent from the justice.",
                  "The agency came out against the bill, a striking reversal given its past support.",
                  "The speech marked a striking change in tone."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("She cut a striking figure on stage.", tags) == ["striking"]
    assert _loaded("The loss was a striking blow to the campaign.", tags) == ["striking"]
    assert _loaded("It was a striking failure of leadership.", tags) == ["striking"]


@pytest.mark.parametrize("tags", [False, True])
def test_the_briefs_controls_still_count(tags: bool) -> None:
    """Loaded wording the rules above must leave alone."""
    assert _loaded("He is a dangerous demagogue.", tags) == ["dangerous"]
    assert _loaded("The mayor offered a thin excuse for the delay.", tags) == ["thin"]
    assert _loaded("The senator claimed without evidence that the vote was rigged.", tags) == ["claimed"]


@pytest.mark.parametrize("tags", [False, True])
def test_the_cold_as_weather_or_illness(tags: bool) -> None:
    """"Bundled against the cold", "left out in the cold", "a cold or the flu": the weather, the idiom, the illness;
    "a cold response" and "the cold shoulder" still count."""
    for plain in ("Bundled against the cold, many protesters banged drums.",
                  "They worry that the top earners will be left out in the cold, slowing growth.",
                  "It's not like a cold or the flu, which spreads early."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("She gave him a cold response.", tags) == ["cold"]
    assert _loaded("He got the cold shoulder.", tags) == ["cold"]


@pytest.mark.parametrize("tags", [False, True])
def test_review_36_surprise_threats_and_a_trials_admission(tags: bool) -> None:
    """"an unexpected setback", "unexpected given other reports", ", stunning MPs who", "dangerous threats", an
    admission beside a plea: a result, a forecast missed, the verb, a threat's danger, a defence's account; "a
    stunning betrayal", "not as controversial as Roe" (said of Roe), "isn't as stupid as he pretends" and an admission
    beside no plea still count."""
    for plain in ("Unions, stung by an unexpected setback in the state, regrouped.",
                  "The sector cut 20,000 jobs, which was unexpected given other reports.",
                  "The agency protects the country from dangerous threats.",
                  "Lee, 27, has always admitted firing the shots that killed his wife. He pleaded not guilty."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded('"I cannot be the one," he said, stunning MPs who had gathered to support him.', tags) == []
    assert _loaded("It was a stunning betrayal.", tags) == ["stunning"]
    assert _loaded("Though not as controversial as Roe, the nominee faces critics.", tags) == ["controversial"]
    assert _loaded("The candidate isn't as stupid as he pretends to be.", tags) == ["stupid"]
    assert _loaded("The mayor admitted the talks had stalled. He then left for Paris.", tags) == ["admitted"]
