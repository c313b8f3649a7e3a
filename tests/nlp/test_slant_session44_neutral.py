"""Slant evidence on neutral words (session 44, helper C, review 32; and review 31's leftover view given to a named
person): a feeling graded by "most", a participle inside a noun phrase, "the powerful" as people, the lexicon's other
temperature words of the weather, "huge" of a gathering or of what a thing costs or brings about, fixed terms of
"extraordinary", "uncomfortable" questions, an "unexpected" election, "elaborate" of a thing made, a "violent"
backlash, an admission made to the law's officers, a sentence opened by "To NAME,", and a temperature word of
relations. Invented sentences, each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_feeling_graded_by_most(tags: bool) -> None:
    """"felt most comfortable staying out of sight": the subject's state, as "felt more comfortable" was; the word
    said of a thing ("a comfortable win") still counts."""
    assert _loaded("The bishop himself felt most comfortable staying out of sight.", tags) == []
    assert _loaded("The bishop felt least comfortable with the press.", tags) == []
    assert _loaded("The team cruised to a comfortable win.", tags) == ["comfortable"]


@pytest.mark.parametrize("tags", [False, True])
def test_power_of_a_body_past_a_participle_and_people_in_power(tags: bool) -> None:
    """"the powerful governing council" (a participle modifying the noun), "spoke to the powerful," (people in
    power); "the powerful ruling party", "the powerful lobby" and "the powerful and influential lobby" still count."""
    assert _loaded("The league answers to its powerful governing council in Geneva.", tags) == []
    assert _loaded("When the bishop spoke to the powerful, he was blunt.", tags) == []
    assert _loaded("The rich and powerful who run the town stayed away.", tags) == []
    assert _loaded("The powerful ruling party won again.", tags) == ["powerful"]
    assert _loaded("She spoke to the powerful lobby for farmers.", tags) == ["powerful"]
    assert _loaded("She spoke to the powerful and influential lobby for farmers.", tags) == ["powerful"]


@pytest.mark.parametrize("tags", [False, True])
def test_the_lexicons_other_temperature_words_of_the_weather(tags: bool) -> None:
    """"on frigid weekends", "chilly nights", "balmy evenings": the weather; "a frigid reception" and "a chilly
    response" still count."""
    assert _loaded("He slept in a room heated by a small stove on frigid weekends.", tags) == []
    assert _loaded("The town braced for chilly nights and balmy afternoons.", tags) == []
    assert _loaded("The envoy got a frigid reception.", tags) == ["frigid"]
    assert _loaded("The plan drew a chilly response.", tags) == ["chilly"]


@pytest.mark.parametrize("tags", [False, True])
def test_huge_of_a_gathering_or_of_what_a_thing_costs(tags: bool) -> None:
    """"huge protests", "huge rallies", "a huge impact on farmers", "the costs could be huge", "The financial
    implications of delaying the games could be huge": how many came, how much; "a huge mistake", "the mistake was
    huge" and "the scandal is huge" still count."""
    for plain in ("His fall followed huge protests against the government.",
                  "The party held huge rallies in the north.",
                  "The drought had a huge impact on farmers.",
                  "The financial implications of delaying the games could be huge.",
                  "The costs could be huge."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The council made a huge mistake.", tags) == ["huge"]
    assert _loaded("The mistake was huge.", tags) == ["huge"]
    assert _loaded("The scandal is huge.", tags) == ["huge"]


@pytest.mark.parametrize("tags", [False, True])
def test_fixed_terms_of_extraordinary(tags: bool) -> None:
    """"took extraordinary, behind-the-scenes action", "the extraordinary step of", "extraordinary measures": a step
    beyond the usual, the fixed terms; "an extraordinary leader" still counts."""
    for plain in ("Both men were freed after the bishop took extraordinary, behind-the-scenes action to save them.",
                  "The board took the extraordinary step of releasing the files.",
                  "The Treasury began using extraordinary measures in March."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("She is an extraordinary leader.", tags) == ["extraordinary"]


@pytest.mark.parametrize("tags", [False, True])
def test_uncomfortable_questions_an_unexpected_election_an_elaborate_package(tags: bool) -> None:
    """"answer uncomfortable questions" (a bind), "his highly unexpected election as mayor" (who was chosen, against
    the forecasts), "an elaborate package of interactive maps" and "an elaborate ceremony" (a thing made, its parts);
    "an uncomfortable truth", "an unexpected insult" and "an elaborate scheme" still count."""
    for plain in ("Activists tried to force him to answer uncomfortable questions about the files.",
                  "Less than a day after his highly unexpected election as mayor, hopes are high.",
                  "The report comes with an elaborate package of interactive maps.",
                  "The couple wed in an elaborate ceremony."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The film tells an uncomfortable truth.", tags) == ["uncomfortable"]
    assert _loaded("It was an unexpected insult.", tags) == ["unexpected"]
    assert _loaded("He ran an elaborate scheme to hide the losses.", tags) == ["elaborate"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_violent_backlash(tags: bool) -> None:
    """"set off a violent backlash across the region": a reaction by force, as "violent protests"; "violent
    rhetoric" still counts."""
    assert _loaded("The ruling set off a violent backlash across the region.", tags) == []
    assert _loaded("The senator condemned the violent rhetoric.", tags) == ["violent"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_admission_made_to_the_laws_officers(tags: bool) -> None:
    """"admitted to investigators that", an admission told after a sentence of a deal with prosecutors: the
    confession an inquiry recorded; "admitted he knew" and "admitted to reporters that" (no inquiry told) still
    count."""
    for plain in ("She had long denied it, but she admitted to investigators that she had moved the files.",
                  "The firm struck a deal with prosecutors to avoid charges.\n\n"
                  "The firm admitted the payments were meant to sway the vote."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor admitted he knew about the memo.", tags) == ["admitted"]
    assert _loaded("She admitted to reporters that she had moved the files.", tags) == ["admitted"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_view_given_to_a_named_person(tags: bool) -> None:
    """"To Jane Roe, head of the fund, those plans are just plain scary.", "To him, ...": the view of the one named,
    as "For critics, ..." gives the critics'; a possessive ("To Smith's credit, ..."), "To me, ...", "To date, ..."
    and the next sentence, the writer's, still count."""
    for told in ("To Jane Roe, head of the housing fund, those plans are just plain scary.",
                 "To Roe, the plan is a terrible gamble.",
                 "To him, the plan was a terrible gamble."):
        assert _loaded(told, tags) == [], told
    for own in ("To Smith's credit, the plan was a terrible gamble.", "To me, the plan is a terrible gamble.",
                "To date, the plan is a terrible gamble.",
                "To Roe, the plan is a gamble. The deal was a terrible gamble."):
        assert _loaded(own, tags) == ["terrible"], own


@pytest.mark.parametrize("tags", [False, True])
def test_the_temperature_of_relations(tags: bool) -> None:
    """"Their relations became so frigid that ...", "chilly ties": how two parties deal with each other; "a cold
    response", "he was cold to her" and "a frigid reception" still count."""
    for plain in ("Their relations became so frigid that the mayor stopped coming.",
                  "The two nations have chilly ties.",
                  "Ties between the two parties have long been cold."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The plan drew a cold response.", tags) == ["cold"]
    assert _loaded("He was cold to her.", tags) == ["cold"]
    assert _loaded("The envoy got a frigid reception.", tags) == ["frigid"]


@pytest.mark.parametrize("tags", [False, True])
def test_an_admission_after_a_prosecutors_job_and_a_military_strike(tags: bool) -> None:
    """Controls of the rules above: a sentence naming someone's job as a prosecutor tells no inquiry ("He admitted
    that ..." after it still counts), and "a huge first strike" is no gathering's size."""
    assert _loaded("Roe, who hired me as a prosecutor in the Eighties, surprised the host.\n\n"
                   "He admitted that the firm paid the bills.", tags) == ["admitted"]
    assert _loaded("Nobody needs the kind of huge first strike the old doctrine assumed.", tags) == ["huge"]
