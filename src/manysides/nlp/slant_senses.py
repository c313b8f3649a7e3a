"""Plain senses of rated words, read off their neighbours (session 37, review 24's neutral words).

The subjectivity lexicon of slant_loaded.py rates a word alone. Used so, each of these words states something a
reader checks against the facts, as a hazard's force (review 15) or a day's heat (review 16) does, not the
writer's view; `slant_loaded.plain_use` reads them:

- **power of an office, a body or a machine** (`POWER_WORDS` grading `OFFICE_NOUNS` or `FORCE_NOUNS`): "among the
  most powerful posts in the world", "the council's most powerful body", "a powerful engine": a post's or a body's
  formal rank, a machine's force. A lobby, a person or a voice is not among them: "the powerful lobby for older
  Americans" (BASIL marks it twice), "the most powerful man in the country", "a powerful speech" still count;
- **food and drink by their temperature** (`FOOD_NOUNS`, with slant_loaded's `TEMPERATURE_WORDS`): "hot meals",
  "a cup of cold water", "spilled hot coffee", as "a hot day" states the weather; "a hot take", "cold comfort" count;
- **the harm a natural hazard does** (`HARM_WORDS` grading `HARM_NOUNS`, with a hazard in the sentence:
  slant_loaded's `_hazard_in_sentence`): "the hurricane could deliver a potentially devastating economic wallop",
  "the storm's devastating impact": the damage a forecast or a toll states, as "a devastating storm" is the storm's
  force; "a devastating critique", "a devastating blow to his campaign" (no hazard) still count;
- **a likelihood** (`likelihood`): "impossible" said of a thing to happen, after "it", "this" or "that" and a
  linking verb ("it seems almost impossible that the mayor would resign", "it would be impossible to tunnel
  underneath"): how likely, as "unlikely" (which the lexicon does not rate loaded) says. "An impossible demand"
  and a person ("he is impossible to work with") still count;
- **a risk in a field** (`field_risk`): "dangerous" or "hazardous" graded by the field it is a risk in ("it is
  politically dangerous to ...", "legally hazardous"): the risk to the one acting, a forecast of consequences; "a
  dangerous policy" still counts;
- **a fault found** (`fault_found`): "wrong" of what a repair or a diagnosis is about ("could fix what was wrong",
  "to find out what is wrong with the engine"): the fault of a thing, no moral judgement; "what is wrong with
  America" alone still counts.
"""

from __future__ import annotations

import re

POWER_WORDS = frozenset({"powerful"})
# offices and bodies of government and their seats: a formal rank ("one of the most powerful posts in Washington",
# "the U.N.'s most powerful body"); a lobby, a group, a family or a person is left out (a label on them)
OFFICE_NOUNS = frozenset(
    "post posts office offices position positions job jobs seat seats role roles portfolio portfolios body bodies "
    "council councils committee committees subcommittee subcommittees panel panels chamber chambers court courts "
    "branch branches ministry ministries department departments cabinet cabinets legislature legislatures "
    "parliament parliaments assembly assemblies presidency premiership chairmanship directorship".split()
)
# machines and blasts whose force is measured ("a powerful engine", "a powerful explosion", "powerful rockets")
FORCE_NOUNS = frozenset(
    "engine engines motor motors rocket rockets missile missiles booster boosters thruster thrusters explosion "
    "explosions blast blasts explosive explosives bomb bombs warhead warheads magnet magnets laser lasers "
    "telescope telescopes microscope microscopes turbine turbines pump pumps".split()
)
FOOD_NOUNS = frozenset(
    "meal meals food foods coffee coffees tea teas soup soups drink drinks beverage beverages chocolate cocoa "
    "dish dishes dinner dinners lunch lunches breakfast breakfasts milk beer beers shower showers bath baths".split()
)
HARM_WORDS = frozenset({"devastating", "disastrous"})
# what a hazard does to people and places ("a devastating economic wallop", "devastating impacts")
HARM_NOUNS = frozenset(
    "impact impacts effect effects damage damages destruction wallop wallops blow blows toll tolls aftermath "
    "consequences hit".split()
)
# the adverbs a linking verb and its adjective may have between them ("it seems almost impossible")
_DEGREE = r"(?:(?:\w+ly|almost|nearly|now|still|already|not|all\s+but|virtually|so|very|too|more|less|quite|just)\s+)"
_LINK = (r"(?:is|was|be|been|being|seems?|seemed|appears?|appeared|looks?|looked|looking|becomes?|became|"
         r"remains?|remained|proves?|proved)")
# "it seems almost impossible that", "it would be impossible to", "it's nearly impossible", "which was impossible"
_IT_LINKED = re.compile(r"\b(?:it|this|that|which)(?:\s+(?:will|would|could|might|may|must|should|can)(?:\s+not)?"
                        r"|\s+(?:has|had|have)(?:\s+not)?)?(?:\s+" + _LINK + r"|['’]s)\s+" + _DEGREE + r"{0,3}$",
                        re.IGNORECASE)
LIKELIHOOD_WORDS = frozenset({"impossible"})
RISK_WORDS = frozenset({"dangerous", "hazardous"})
_FIELD_BEFORE = re.compile(r"\b(?:politically|legally|financially|electorally|economically|militarily|"
                           r"diplomatically|medically|physically|technically|commercially)\s+$", re.IGNORECASE)
# "could fix what was wrong", "to find out what is wrong with the engine", "diagnosed what had gone wrong"
_REPAIRED = re.compile(r"\b(?:fix|fixes|fixed|fixing|repair|repairs|repaired|repairing|correct|corrects|corrected|"
                       r"correcting|remedy|remedied|diagnose|diagnosed|diagnosing|pinpoint|pinpointed|identify|"
                       r"identified|determine|determined|(?:find|finds|found|finding|figure|figures|figured|figuring)"
                       r"\s+out|troubleshoot|investigate|investigated|investigating)\s+(?:(?:exactly|precisely)\s+)?"
                       r"(?:what|whatever|something|anything)\s+(?:is|was|were|are|had\s+been|has\s+been|['’]s)\s+$",
                       re.IGNORECASE)


def likelihood(text: str, s: int, word: str) -> bool:
    """"impossible" at `s` said of a thing to happen: after "it", "this", "that" or "which" and a linking verb."""
    return word in LIKELIHOOD_WORDS and _IT_LINKED.search(text, max(0, s - 60), s) is not None


def field_risk(text: str, s: int, word: str) -> bool:
    """"dangerous" at `s` graded by the field it is a risk in ("politically dangerous")."""
    return word in RISK_WORDS and _FIELD_BEFORE.search(text, max(0, s - 20), s) is not None


def fault_found(text: str, s: int, word: str) -> bool:
    """"wrong" at `s` of what a repair or a diagnosis is about ("fix what was wrong")."""
    return word == "wrong" and _REPAIRED.search(text, max(0, s - 60), s) is not None


__all__ = ["FOOD_NOUNS", "FORCE_NOUNS", "HARM_NOUNS", "HARM_WORDS", "OFFICE_NOUNS", "POWER_WORDS", "fault_found",
           "field_risk", "likelihood"]
