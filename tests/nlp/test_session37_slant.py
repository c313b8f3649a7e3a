"""Slant evidence on neutral words (session 37, review 24): the power of an office or a machine, food by its
temperature, the harm a hazard does, a likelihood, a risk in a field, a fault found, "cold war", a feeling with its
infinitive, a hazard as a judgement verb's subject, a claim to territory, "insist" pressed by questioners, and
(without a parse) a passive after "be".
Invented sentences, each with a control that still counts."""

from __future__ import annotations

from manysides.nlp.slant_classes import verb_use
from manysides.nlp.slant_verbs import verb_at

from slant_helpers import loaded as _loaded


def test_the_power_of_an_office_a_body_or_a_machine_is_its_rank_or_force() -> None:
    """"among the most powerful posts", "the league's most powerful body", "a powerful engine", "a powerful Category 3
    storm" (a number read past) state a rank or a force; a lobby and a speech are still judged (a person no longer:
    session 42)."""
    for plain in ("The judge now holds one of the most powerful posts in the state.",
                  "The league's most powerful body met on Monday.", "The boat has a powerful engine.",
                  "A powerful Category 3 storm neared the islands."):
        assert _loaded(plain) == [], plain
        assert _loaded(plain, tags=True) == [], plain
    assert _loaded("The board approved a huge 10 percent increase.") == []  # the quantity rule, past the number
    assert _loaded("The powerful lobby for farmers opposed the bill.") == ["powerful"]
    # session 42, helper B: a person's power is their standing (BASIL leaves "the most powerful man in the country"
    # and "a powerful ally" unmarked; tests/nlp/test_session42_slant.py); a lobby's and a speech's are still judged
    assert _loaded("She became the most powerful woman in the city.", tags=True) == []
    assert _loaded("He gave a powerful speech.") == ["powerful"]


def test_food_and_drink_by_their_temperature() -> None:
    """"hot meals", "spill hot coffee", "cold drinks" state a temperature, as "a hot day"; "a hot take" counts."""
    for plain in ("Volunteers handed out hot meals and cold drinks.", "A guest spilled hot coffee on the rug."):
        assert _loaded(plain) == [], plain
        assert _loaded(plain, tags=True) == [], plain
    assert _loaded("The host offered a hot take on the budget.") == ["hot"]


def test_the_harm_a_hazard_does_is_its_force() -> None:
    """A hazard in the sentence makes "devastating" of an impact or a blow the storm's damage; without one (a report's
    blow to a campaign) it is still judged."""
    plain = "Tropical Storm Lena, moving slowly north, could deal a potentially devastating economic blow to farms."
    assert _loaded(plain) == []
    assert _loaded(plain, tags=True) == []
    assert _loaded("The audit dealt a devastating blow to the mayor's campaign.") == ["devastating"]
    assert _loaded("A wave of resignations dealt a devastating blow to the party.") == ["devastating"]  # figurative


def test_a_likelihood_and_a_risk_in_a_field() -> None:
    """"it seems almost impossible that", "it would be impossible to" state how likely; "politically dangerous" a
    risk to the one acting; "an impossible demand", "he is impossible", "a dangerous policy" are still judged."""
    for plain in ("After the vote, it seems almost impossible that the council would back the mayor.",
                  "It would be impossible to dig beneath the river.",
                  "For a governor it is politically dangerous to raise taxes."):
        assert _loaded(plain) == [], plain
        assert _loaded(plain, tags=True) == [], plain
    assert _loaded("By May her bid was looking increasingly doubtful.") == []  # "doubtful" after a linking verb
    assert _loaded("The union made an impossible demand.") == ["impossible"]
    assert _loaded("He repeated a doubtful claim about the fund.") == ["doubtful"]
    assert _loaded("Aides say he is impossible to work with.") == ["impossible"]
    assert _loaded("The mayor backed a dangerous policy for the region.") == ["dangerous"]


def test_a_fault_found_is_no_moral_judgement() -> None:
    """"fix what was wrong", "find out what is wrong with the pump": a thing's fault; "what is wrong with this
    country" alone is still the writer's view."""
    for plain in ("Engineers doubted the team could fix what was wrong within a month.",
                  "The crew tried to find out what is wrong with the pump."):
        assert _loaded(plain) == [], plain
        assert _loaded(plain, tags=True) == [], plain
    assert _loaded("That is what is wrong with this country.") == ["wrong"]


def test_cold_war_is_a_name() -> None:
    """"the cold war" names an era and a rivalry in lower case too; "a cold welcome" is still judged."""
    assert _loaded("The race began during the cold war.") == []
    assert _loaded("A cold front came later.") == []
    assert _loaded("The envoy got a cold reception in the capital.") == ["cold"]


def test_a_feeling_with_its_infinitive_or_after_sounded() -> None:
    """"anxious to see", "afraid to speak", experts who "sounded less impressed": those people's state; "an anxious
    crowd" and "an angry mob marching to city hall" (no infinitive) are still judged."""
    for plain in ("Many residents stayed, anxious to see how the levee would hold.",
                  "Witnesses, afraid to speak, left early.", "Outside analysts sounded less impressed."):
        assert _loaded(plain) == [], plain
        assert _loaded(plain, tags=True) == [], plain
    assert _loaded("An anxious crowd gathered outside.") == ["anxious"]
    assert _loaded("An angry mob marched to city hall.") == ["angry"]


def test_a_hazard_doing_a_judgement_verb_is_a_physical_act() -> None:
    """The winds "ripping awnings", "the storm slammed the coast" tell what a force did; "critics slammed the plan"
    still judges the critics' words."""
    plain = "By dusk the winds picked up along the shore, tearing down signs, ripping awnings and blowing sand."
    assert _loaded(plain, tags=True) == []
    assert _loaded("Overnight the storm slammed the coast.") == []  # no parse: the hazard just before the verb
    assert _loaded("Critics slammed the plan on Monday.") == ["slammed"]
    assert _loaded("Critics slammed the plan on Monday.", tags=True) == ["slammed"]
    assert _loaded("A wave of critics slammed the plan.", tags=True) == ["slammed"]  # a figurative "wave"


def test_a_claim_to_territory() -> None:
    """Waters a state is "trying to claim as part of its zone" is a territorial claim; "claimed that ..." of a person
    casts doubt as before."""
    text = "Patrols entered waters the navy is trying to claim as part of its exclusive zone."
    s = text.index("claim ")
    assert verb_at(text, s, s + 5, "VB") is None
    assert _loaded(text, tags=True) == []
    assert _loaded("The minister claimed that the waters were empty.") == ["claimed"]


def test_insist_pressed_by_questioners_reports_the_answer() -> None:
    """"Pressed several times, the mayor insisted again that ...": the repetition is the questioners', the answer is
    reported; without the pressing "insisted again" is kept up, and a demand under pressure still counts."""
    assert _loaded("Pressed several times, the mayor insisted again that she knew nothing.") == []
    assert _loaded("Asked about the audit, he repeatedly insisted he had done nothing.") == []
    assert _loaded("The mayor insisted again that she knew nothing.") == ["insisted"]
    assert _loaded("Pressed by reporters, the mayor insisted on a new vote.") == ["insisted"]


def test_a_passive_after_be_is_a_verb_without_a_parse() -> None:
    """Read without a parse, an -ed form after "be" with its agent, a time or a figure after it is a passive ("are
    largely filled by", "will be exhausted in 2040", "was confirmed 90-8"); "was troubled that" and an emotion
    before a clause's end ("the voters were disgusted.") stay adjectives."""
    for plain in ("The top posts are largely filled by members from the coasts.",
                  "The reserve fund will be exhausted in 2040.", "The judge was confirmed 90-8."):
        assert _loaded(plain) == [], plain
        word = next(w for w in plain.split() if w.endswith("ed"))
        assert _at_verb(plain, word), plain
    assert not _at_verb("The judge was troubled that the jury left.", "troubled")
    assert _loaded("Many voters were disgusted.") == ["disgusted"]


def _at_verb(text: str, word: str) -> bool:
    s = text.index(word)
    return verb_use(text, s, s + len(word))
