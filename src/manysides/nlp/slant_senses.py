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

Session 37, helper F (review 25's neutral words, unseen events):

- **the size of a thing seen, an area, a sound** (`SIGHT_NOUNS`, `AREA_NOUNS`, `SOUND_NOUNS`): "huge" grading a
  screen, a poster, a picture, a crowd, a swath or a roar, and "loud" grading cheers or applause: how big or loud
  it was, which anyone there saw or heard, as "a huge lead" states an amount; "a huge mistake", "loud criticism"
  still count;
- **surprise at an outcome** (`surprising_outcome`): "unexpected", "stunning" or "surprising" grading a defeat, an
  upset, a win, a result or a vote ("the stunning defeat of the bill", "an unexpected failed, late night vote"): that
  it went against the forecasts, which the polls or the whip counts state; "a stunning betrayal", "an unexpected
  insult" still count;
- **a police warning** (`police_warning`): "armed and dangerous", the fixed words of a warning about a suspect; "a
  dangerous policy" still counts;
- **a writer's pointer** (`pointer_cleft`): "What's fascinating about this case is ...", "What is remarkable is":
  the pseudo-cleft that points at the next fact, no judgement of it; "a fascinating liar" still counts.

Session 39, helper G (review 26's neutral words, unseen events):

- **how hard going an undertaking, a way or a span of time was** (`GRADED_NOUNS`, read by `graded_noun` past other
  adjectives, commas and numbers, or said after a linking verb): "arduous" or "brutal" grading a task, an operation
  or a span of time ("the arduous task facing officials", "It was a brutal 17 months"), "extraordinary" grading a
  span of time ("an extraordinary few weeks of debate"), "desperate" grading a rescue or a search ("a desperate
  rescue operation"), "dangerous" grading a way through a place ("the dangerous, water-filled passageways", "the
  most dangerous part of the journey": a part's whole) and "pivotal" grading a vote, an election or a moment ("a
  pivotal June 17 Greek election", "the second vote was pivotal"): what the task, the months, the way or the vote
  held, which the facts told beside show, no judgement of people or policy; "a brutal regime", "a desperate attempt
  to prop up the currency", "a dangerous policy", "extraordinary work" still count;
- **caution said of many people** (`CAUTION_WORDS` grading `FEELER_NOUNS`): "a wary populace", "anxious
  residents": the state of those people, as "residents are wary" is; "an angry mob" still counts;
- **a hedge** (`hedge`): "It's fair to say that ...": the writer's way of putting a fact, no judgement of anyone.

Session 40, helper B (review 27's neutral words, unseen events; read by `graded_noun` or after a linking verb, as
`GRADED_NOUNS` are):

- **how dark an assessment or a finding is** (`DARK_WORDS` grading `OUTLOOK_NOUNS` or `FINDING_NOUNS`): "grim" or
  "bleak" grading an assessment, a picture, an outlook or a forecast ("Bernanke sketched a bleak picture of the U.S.
  economy", "despite Bernanke's grim assessment": the tone of the speaker's view, told, which the speaker's words
  show) or the finding of the dead ("the grim discovery Tuesday of parts of the missing plane and several bodies",
  "the grim task of identifying victims", "a grim milestone"); "a grim regime", "a bleak vision of America" still
  count;
- **the wait of those who wait** (`WAIT_NOUNS`): "anxious" grading a wait, a vigil or a span of time ("amid the
  anxious wait, family members ...", "anxious hours"): the state of the people waiting, as "anxious residents" is;
- **the margin of a win** (`WIN_NOUNS`): "easy" grading a win, a victory or a re-election ("followed by easy wins in
  1983 and 1987"): by how much, which the count states; "an easy target", "easy answers" still count;
- **the size of a business** (`FIRM_NOUNS`): "huge" grading a company, a firm or a bank ("she sold huge, loss-making
  state-owned companies"): how big, which its staff and revenue state, as "a huge deal" is; "a huge mistake" still
  counts.

Session 43, helper C (review 31's neutral words, unseen events; read by `graded_noun` or after a linking verb, as
`GRADED_NOUNS` are):

- **the size of a collection** (`HOARD_NOUNS`): "huge" grading a cache, a trove, a stockpile or a haul ("she went on to
  give them a huge cache of secret diplomatic cables"): how much it holds, which its count states, as "a huge amount"
  is; "a huge mistake" and "huge holes" (BASIL marks it) still count;
- **what a thing is worth** (`VALUED_NOUNS`): "precious" or "priceless" grading an artifact, a relic, a work of art, a
  jewel or a metal ("efforts to recover precious artifacts", "priceless paintings"): its worth, which a price or a
  museum's record states, as "expensive" of a thing bought; "precious time", "our precious freedoms" and "precious
  little evidence" still count;
- **the shock or grief of those who saw or heard** (`REACTION_WORDS` grading `FEELER_NOUNS` or `WITNESS_NOUNS`, as
  `CAUTION_WORDS` do): "shocked crowds gathered to watch the church burn", "surprised onlookers", "grieving
  relatives": the state of the people there, which they showed, as "residents were shocked" is (slant_loaded's
  `FEELING_WORDS`); anger and pleasure are left out ("an angry mob", "a delighted crowd" still count: hostility or a
  welcome imputed to them, as session 33's control has it).

Session 44, helper C (review 32's neutral words, unseen events):

- **a thing made or staged** (`MADE_NOUNS`): "elaborate" grading a package of graphics, a ceremony, a costume or a
  system ("an elaborate package of interactive graphics"): how many parts it has, which the thing shows; "an
  elaborate scheme", "an elaborate ruse" (a deceit, the writer's charge) still count;
- **who was chosen** (`OUTCOME_NOUNS`): "unexpected" grading an election, a nomination or an appointment ("his highly
  unexpected election as pope"): that it went against the forecasts, as of a vote's result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

POWER_WORDS = frozenset({"powerful"})
# offices and bodies of government and their seats: a formal rank ("one of the most powerful posts in Washington",
# "the U.N.'s most powerful body"); a lobby, a group, a family or a person is left out (a label on them)
OFFICE_NOUNS = frozenset(
    "post posts office offices position positions job jobs seat seats role roles portfolio portfolios body bodies "
    "council councils committee committees subcommittee subcommittees panel panels chamber chambers court courts "
    "branch branches ministry ministries department departments cabinet cabinets legislature legislatures "
    "parliament parliaments assembly assemblies presidency premiership chairmanship directorship".split()
)
# Session 45, helper C (review 33's Monitor: "the world's most populous nation (China) and its wealthiest and most
# powerful (the US)"): a nation's or a state's might, which its army and its economy state, as a post's rank; "a
# powerful lobby" still counts
NATION_NOUNS = frozenset("nation nations country countries state states superpower superpowers economy economies "
                         "military militaries army armies navy navies".split())
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

# session 37 (F): things seen whose size a reader can picture ("a huge screen", "huge poster pictures"), areas ("a
# huge swath of suburbs") and sounds ("a huge roar", "loud cheers"); a crowd's size is a count
SEEN_SIZE_WORDS = frozenset({"huge", "enormous", "massive"})
LOUD_WORDS = frozenset({"loud"})
SIGHT_NOUNS = frozenset(
    "screen screens poster posters picture pictures portrait portraits banner banners billboard billboards "
    "photo photos photograph photographs statue statues flag flags mural murals stage stages "
    "crowd crowds".split()
)
AREA_NOUNS = frozenset("swath swaths swathe swathes expanse expanses tract tracts region regions".split())
SOUND_NOUNS = frozenset(
    "roar roars cheer cheers cheering applause ovation ovations bang bangs boom booms noise noises explosion "
    "explosions blast blasts music chant chants chanting siren sirens".split()
)
SURPRISE_WORDS = frozenset({"unexpected", "stunning", "surprising", "surprise"})
# outcomes that polls, counts or odds forecast ("the stunning defeat of the bill", "a surprising win")
# Session 47, C (review 36: "the construction sector cut 20,000 jobs, which was unexpected given other reports have
# pointed to a housing recovery"; "he said, stunning MPs who had assembled to show their support"): a surprise word
# followed by "given" and what was expected measures the surprise against it (`_SURPRISE_GIVEN`); one after a comma
# that takes an object, people ("stunning MPs who ...", "surprising the crowd"), is the verb, what the news did to
# them (`_SURPRISING_WHOM`); "His remarks were surprising" and "a stunning betrayal" still count
_SURPRISE_GIVEN = re.compile(r"[^\S\n]+given\b", re.IGNORECASE)
_SURPRISING_WHOM = re.compile(r"[^\S\n]+(?:(?:the|his|her|their|its|our|many|some|most|both|all|him|them|us|everyone|"
                              r"everybody|observers|onlookers|allies|colleagues|supporters|voters|lawmakers|"
                              r"investors|analysts|fans|viewers)\b|[A-Z][\w’'-]*[^\S\n]+(?:who|whom|that|and|in|at)\b)")
OUTCOME_NOUNS = frozenset(
    "defeat defeats upset upsets win wins victory victories loss losses result results outcome outcomes vote votes "
    "comeback comebacks reversal reversals resignation resignations turnout "
    # session 44, C (review 32: "Less than 24 hours after his highly unexpected election as pope"): who was chosen,
    # which the forecasts and the odds before it state, as a vote's result
    "election elections selection selections nomination nominations appointment appointments "
    # session 47, C (review 36: "Labor unions, stung by an unexpected setback in Michigan, where the governor signed a
    # right-to-work law"): a turn against a side in a contest, a result as a defeat is
    "setback setbacks".split()
)
_FUNCTION = frozenset("a an the of to in on at by for from with and or but as is are was were be it this that "
                      "his her their its our".split())
# the adjective's noun phrase, past other adjectives set off by commas ("an unexpected failed, late night vote")
_PHRASE_AFTER = re.compile(r"(?:[\s,-]+[A-Za-z'’]+){1,5}")
_ARMED_AND = re.compile(r"\barmed\s+and\s+(?:(?:extremely|very|potentially|considered)\s+)?$", re.IGNORECASE)
_WHAT_IS = re.compile(r"(?:^|[.!?\n]\s*|\b(?:and|but)\s+)what(?:['’]s|\s+is|\s+was)\s+(?:(?:most|so|really|"
                      r"particularly|especially|also)\s+)?$", re.IGNORECASE)
INTEREST_WORDS = frozenset("fascinating interesting intriguing remarkable striking notable curious "
                           "noteworthy".split())
_CLEFT_GOES_ON = re.compile(r"\s+(?:about|here|now|is|was|in|to)\b", re.IGNORECASE)


def surprising_outcome(text: str, e: int, word: str) -> bool:
    """The surprise word ending at `e` grades an outcome (`OUTCOME_NOUNS`) within its noun phrase, past adjectives
    and commas ("the stunning defeat", "a stunning political upset", "an unexpected failed, late night vote")."""
    if word not in SURPRISE_WORDS:
        return False
    if _SURPRISE_GIVEN.match(text, e):
        return True  # "which was unexpected given other reports": against what was expected (session 47, C)
    s = e - len(word)
    if (word.endswith("ing") and text[max(0, s - 2) : s] == ", "
            and _SURPRISING_WHOM.match(text, e)):
        return True  # "he said, stunning MPs who had assembled": the verb, their surprise (session 47, C)
    m = _PHRASE_AFTER.match(text, e)
    if m is None:
        return False
    for w in re.findall(r"[A-Za-z'’]+", m.group()):
        w = w.lower()
        if w in OUTCOME_NOUNS:
            return True
        if w in _FUNCTION:
            return False
    return False


def police_warning(text: str, s: int, word: str) -> bool:
    """"dangerous" at `s` in a warning about a suspect: "armed and dangerous"."""
    return word == "dangerous" and _ARMED_AND.search(text, max(0, s - 40), s) is not None


def pointer_cleft(text: str, s: int, e: int, word: str) -> bool:
    """An interest word at `s` in a pseudo-cleft pointing at what follows: "What's fascinating about this case is"."""
    return (word in INTEREST_WORDS and _WHAT_IS.search(text, max(0, s - 40), s) is not None
            and _CLEFT_GOES_ON.match(text, e) is not None)


def likelihood(text: str, s: int, word: str) -> bool:
    """"impossible" at `s` said of a thing to happen: after "it", "this", "that" or "which" and a linking verb."""
    return word in LIKELIHOOD_WORDS and _IT_LINKED.search(text, max(0, s - 60), s) is not None


def field_risk(text: str, s: int, word: str) -> bool:
    """"dangerous" at `s` graded by the field it is a risk in ("politically dangerous")."""
    return word in RISK_WORDS and _FIELD_BEFORE.search(text, max(0, s - 20), s) is not None


def fault_found(text: str, s: int, word: str) -> bool:
    """"wrong" at `s` of what a repair or a diagnosis is about ("fix what was wrong")."""
    return word == "wrong" and _REPAIRED.search(text, max(0, s - 60), s) is not None


# Session 39, helper G: what a rated word grades plainly (`graded_noun`, `slant_loaded.plain_use`)
SPAN_NOUNS = frozenset("day days week weeks month months year years hour hours night nights stretch stretches period "
                       "periods season seasons".split())
UNDERTAKING_NOUNS = frozenset("task tasks operation operations effort efforts mission missions undertaking "
                              "undertakings job jobs journey journeys trek treks climb climbs".split())
ROUTE_NOUNS = frozenset("passage passages passageway passageways route routes path paths journey journeys trek treks "
                        "crossing crossings terrain tunnel tunnels channel channels waters dive dives climb climbs "
                        "road roads trip trips descent ascent".split())
RESCUE_NOUNS = frozenset("rescue rescues search searches manhunt manhunts".split())
DECISIVE_NOUNS = frozenset("vote votes election elections ballot ballots primary primaries race races moment moments "
                           "role roles step steps test tests round rounds game games match matches".split())
# Session 40, helper B (review 27): an assessment's or a forecast's tone ("a bleak picture of the economy", "Bernanke's
# grim assessment"), the finding of the dead ("the grim discovery ... of several bodies"), a wait ("the anxious wait"),
# a win's margin ("easy wins in 1983 and 1987") and a business's size ("huge, loss-making state-owned companies")
OUTLOOK_NOUNS = frozenset("assessment assessments picture pictures outlook outlooks forecast forecasts prognosis "
                          "prognoses portrait portraits appraisal appraisals prediction predictions projection "
                          "projections estimate estimates scenario scenarios diagnosis evaluation evaluations "
                          "view views".split())
FINDING_NOUNS = frozenset("discovery discoveries find finds task tasks search searches recovery toll tolls milestone "
                          "milestones news".split())
WAIT_NOUNS = frozenset("wait waits waiting vigil vigils moment moments".split()) | SPAN_NOUNS
WIN_NOUNS = frozenset("win wins victory victories reelection re-election reelections re-elections".split())
FIRM_NOUNS = frozenset("company companies firm firms corporation corporations business businesses enterprise "
                       "enterprises conglomerate conglomerates bank banks utility utilities employer employers "
                       "retailer retailers".split())
# session 43, C (review 31: "She went on to give them a huge cache of secret diplomatic cables"): a collection's size
HOARD_NOUNS = frozenset("cache caches trove troves stash stashes stockpile stockpiles haul hauls hoard hoards archive "
                        "archives batch batches collection collections arsenal arsenals inventory inventories".split())
# session 43, C (review 31: "Salvage efforts were underway to recover precious artifacts"): things valued by their price
# or their history; no time, no freedom, no person (`VALUE_WORDS`)
VALUE_WORDS = frozenset({"precious", "priceless"})
VALUED_NOUNS = frozenset("artifact artifacts artefact artefacts relic relics object objects item items treasure "
                         "treasures work works painting paintings artwork artworks art sculpture sculptures statue "
                         "statues jewel jewels jewelry jewellery gem gems gemstone gemstones stone stones metal metals "
                         "manuscript manuscripts heirloom heirlooms antique antiques belongings possessions "
                         "mineral minerals cargo collection collections".split())
DARK_WORDS = frozenset({"grim", "bleak"})
# Session 41, helper B (review 28: "angry protests over campus racism", "videos of angry confrontations"; review 29: "an
# idea that had generated angry complaints from Republicans"; BASIL 7 uses of "angry", none in a span: "an angry
# response from the Department", "a flood of angry responses", "the angry voice mail"): anger said of what people did
# or sent is theirs, which their protest or their words show, as "angry at" said of them is (`FEELING_WORDS`); "an
# angry tirade" or "angry rhetoric" still count, and so does anger said of people themselves ("an angry mob", sessions
# 37 and 39)
EXPRESSION_NOUNS = frozenset("protest protests demonstration demonstrations confrontation confrontations complaint "
                             "complaints response responses reaction reactions letter letters call calls email emails "
                             "e-mail e-mails message messages voicemail voicemails mail outburst outbursts exchange "
                             "exchanges rally rallies march marches chant chants shouts backlash".split())
# "dangerous" of a place or its conditions ("weapons and fighters that made it a dangerous environment", review 29; "a
# dangerous neighborhood"): the risk of harm there, which its violence states, as a route's (`ROUTE_NOUNS`)
PLACE_NOUNS = frozenset("environment environments place places area areas neighborhood neighborhoods neighbourhood "
                        "neighbourhoods region regions zone zones city cities country countries territory territories "
                        "street streets conditions".split())
# "twisted" of a thing bent out of shape ("still-flooded streets, twisted billboards and roofs with gaping holes",
# review 28; "twisted metal"): the damage seen, not a mind's or a plan's twist ("a twisted logic" still counts)
WRECK_NOUNS = frozenset("metal metals steel iron wreckage wreck wrecks debris billboard billboards sign signs tree "
                        "trees beam beams girder girders rail rails track tracks roof roofs car cars frame frames "
                        "pole poles fence fences wire wires remains rubble ruins".split())
# "trendy" of a place ("outside a trendy Tel Aviv café", review 28; "checked out of a trendy hotel", "Portland's trendy
# Pearl District"): a venue in fashion, many people's liking, as "popular" reports it; "the trendy causes of ..." (a
# sneer at ideas) still counts
VENUE_NOUNS = frozenset("café cafés cafe cafes restaurant restaurants bar bars hotel hotels club clubs shop shops "
                        "boutique boutiques bakery bakeries neighborhood neighborhoods neighbourhood neighbourhoods "
                        "district districts area areas street streets spot spots venue venues".split())
# Session 44, C (review 32: the climate report "is also the most slickly produced, with an elaborate package of
# interactive graphics"): "elaborate" of a thing made or staged tells how many parts it has, which the thing shows; "an
# elaborate scheme", "an elaborate ruse", "an elaborate lie" (a deceit's, the writer's charge) still count
MADE_NOUNS = frozenset("package packages graphic graphics display displays ceremony ceremonies ritual rituals costume "
                       "costumes set sets design designs decoration decorations model models system systems network "
                       "networks tunnel tunnels structure structures preparations procedure procedures process "
                       "processes setup setups production productions parade parades show shows meal meals feast "
                       "feasts banquet banquets celebration celebrations security mechanism mechanisms device devices "
                       "map maps chart charts website websites".split())
# Session 45, helper C (review 33's Monitor on a wildfire crew deploying its shelters: "The hope in that desperate
# situation is that the fire will burn over them"): "desperate" of a situation, a plight or a need tells how dire it is
# for those in it ("the desperate plight in West Africa", "in desperate need of repair"), which the danger or the want
# told states, as of a rescue; "a desperate attempt", "desperate rhetoric" and "desperate to win" (a motive imputed)
# still count
PLIGHT_NOUNS = frozenset("situation situations plight plights predicament predicaments straits circumstances need "
                         "needs poverty hunger shortage shortages".split())
# Session 45, helper C (review 33's CNN on firefighters: "But in their unpredictable world, it doesn't take much to turn
# a situation deadly"): "unpredictable" of a contest, a market or a world of work tells that what comes next cannot be
# foretold ("a wildly unpredictable race", "an unpredictable industry"), which the forecasts' spread states; said of a
# person or of what one does ("an unpredictable president", "his unpredictable behavior", "unpredictable policy
# decisions", "the court's decisions ... unpredictable") it judges them and still counts
ARENA_NOUNS = frozenset("world worlds industry industries market markets economy economies business weather conditions "
                        "environment environments terrain future race races election elections contest contests "
                        "primary primaries vote votes game games match matches season seasons outcome outcomes result "
                        "results".split())
# Session 46, helper C (review 34's neutral words; read by `graded_noun` or after a linking verb, as the others are):
# - "thin" of a body of people counted ("hampered by thin personnel benches", "the party's thin bench", "thin ranks"):
#   how few stand ready, which the count of posts filled states, as "a thin margin" is an amount; "a thin excuse", "thin
#   skin" and "a thin record" (a judgement of a case or a temper) still count
STAFF_NOUNS = frozenset("bench benches roster rosters ranks staff staffs staffing personnel workforce lineup lineups "
                        "crew crews reserves".split())
# - "troubled" of a span in office, a history or a relationship, a place or a business ("would end a troubled tenure",
#   "their troubled history", "troubled relations", "the troubled region", "troubled companies"): that it had troubles,
#   which the events told state; said of a person ("a troubled gunman", "troubled youth": a mind judged) or of a
#   program ("the troubled rollout", "the troubled health law") it still counts
TENURE_NOUNS = frozenset("tenure tenures term terms stint stints reign history histories past career careers "
                         "relationship relationships relations ties marriage marriages partnership partnerships "
                         "alliance alliances".split())
# - "casual" of an occasion or of dress ("billed the meeting as mainly a casual event", "a casual dinner", "casual
#   clothes"): that it was informal, the plain sense; "his casual disregard for the truth", "a casual rejection" and "a
#   casual style" (a manner judged) still count
OCCASION_NOUNS = frozenset("meeting meetings event events gathering gatherings encounter encounters conversation "
                           "conversations chat chats discussion discussions dinner dinners lunch lunches breakfast "
                           "breakfasts visit visits party parties reception receptions get-together setting settings "
                           "atmosphere affair affairs session sessions game games".split())
DRESS_NOUNS = frozenset("dress attire clothes clothing wear outfit outfits look looks shirt shirts jacket jackets "
                        "shoes".split())
# - "striking" of a comparison ("a striking contrast between", "striking similarities", "the gap is striking"): how
#   marked a difference or a likeness is, which the facts compared show; "a striking failure" and "a striking image"
#   still count ("a very striking dissent", kept then, session 47 reads as below)
COMPARISON_NOUNS = frozenset("contrast contrasts difference differences similarity similarities resemblance "
                             "resemblances parallel parallels disparity disparities likeness".split())
# - session 47, C (review 34's leftover, the Times' "The majority opinion gave rise to a very striking dissent from
#   Justice Sotomayor, who spoke at length in the courtroom"): "striking" of a change or of a statement or a ruling that
#   breaks with what came before or with what was expected ("a striking reversal", "a striking change in tone", "a
#   striking admission", "a striking dissent" read from the bench): how far it stands out, a comparison as above, which
#   the act told shows; it grades no person or side. "a striking figure" (looks), "a striking blow", "a striking
#   failure" and "a striking image" still count
DEPARTURE_NOUNS = frozenset("reversal reversals change changes shift shifts departure departures turnaround "
                            "turnarounds about-face dissent dissents ruling rulings admission admissions "
                            "acknowledgment acknowledgement statement statements".split())
GRADED_NOUNS = {
    "thin": STAFF_NOUNS,
    "troubled": TENURE_NOUNS | PLACE_NOUNS | FIRM_NOUNS,
    "casual": OCCASION_NOUNS | DRESS_NOUNS,
    "striking": COMPARISON_NOUNS | DEPARTURE_NOUNS,
    "elaborate": MADE_NOUNS,
    "arduous": UNDERTAKING_NOUNS | ROUTE_NOUNS | SPAN_NOUNS,
    "brutal": UNDERTAKING_NOUNS | SPAN_NOUNS,
    "extraordinary": SPAN_NOUNS,
    "desperate": RESCUE_NOUNS | PLIGHT_NOUNS,
    "unpredictable": ARENA_NOUNS,
    # session 47, C (review 36: "the task of protecting the U.S. from dangerous threats"): a threat's danger, what it is
    "dangerous": ROUTE_NOUNS | PLACE_NOUNS | frozenset({"threat", "threats"}),
    "angry": EXPRESSION_NOUNS,
    "twisted": WRECK_NOUNS,
    "trendy": VENUE_NOUNS,
    "pivotal": DECISIVE_NOUNS,
    **{w: OUTLOOK_NOUNS | FINDING_NOUNS for w in DARK_WORDS},
    "anxious": WAIT_NOUNS,
    "easy": WIN_NOUNS,
    "huge": FIRM_NOUNS | HOARD_NOUNS,
    **{w: VALUED_NOUNS for w in VALUE_WORDS},
}
CAUTION_WORDS = frozenset({"wary", "anxious"})
FEELER_NOUNS = frozenset("populace public residents citizens investors traders voters consumers shoppers locals "
                         "families parents neighbors neighbours community communities villagers townspeople "
                         "passengers travelers travellers".split())
# Session 43, helper C (review 31: "went up in flames Monday as shocked crowds gathered in the streets"): shock,
# surprise or grief said of the people who saw or heard what happened, their state, which they showed, as "residents
# were shocked" (after a linking verb, slant_loaded's `FEELING_WORDS`) is. Anger and pleasure are left out ("an angry
# mob", "a delighted crowd": hostility or a welcome imputed to them, session 33's control, which still count)
REACTION_WORDS = frozenset("shocked surprised stunned saddened horrified sad distraught tearful grieving "
                           "bewildered dismayed".split())
WITNESS_NOUNS = frozenset("crowd crowds onlookers spectators bystanders witnesses mourners worshippers worshipers "
                          "tourists visitors viewers audience audiences fans survivors relatives".split())
# a part of a whole the adjective grades through it ("the most dangerous part of the journey", "a brutal stretch of
# the campaign's months")
_PART_NOUNS = frozenset("part parts stretch stretches section sections leg legs portion portions".split())
_DETERMINERS = frozenset("the a an its their his her this that".split())
# the noun phrase after an adjective: words (numbers too: "a brutal 17 months"), hyphens and commas
# (letters with accents too: "a trendy café", session 41)
_GRADED_AFTER = re.compile(r"(?:[\s,-]+(?:[^\W\d_]|['’])+|[\s,-]+\d+(?:\.\d+)?){1,5}")
_HEDGE_AFTER = re.compile(r"\s+to\s+(?:say|note|assume|conclude|suggest|add)\b", re.IGNORECASE)
# a time said after the noun, which the parse tags a noun too: "the grim discovery Tuesday of parts of the plane"
_WHEN_AFTER = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())


def graded_noun(text: str, e: int, nouns: frozenset[str], tags: Mapping[int, str] | None = None) -> bool:
    """One of `nouns` heads the noun phrase of the adjective ending at `e`, past other adjectives, commas and numbers
    ("the dangerous, water-filled passageways", "a brutal 17 months", "a pivotal June 17 Greek election"), as its
    head: joined by no hyphen, and (with `tags`) a noun with no other noun after it but an undertaking ("a desperate
    rescue operation"), or the whole of a part ("the most dangerous part of the journey"). A function word ends the
    phrase otherwise ("a brutal crackdown on the months of protest" is no span)."""
    m = _GRADED_AFTER.match(text, e)
    if m is None:
        return False
    words = list(re.finditer(r"(?:[^\W\d_]|['’])+|\d+(?:\.\d+)?", m.group()))
    prev = ""
    for i, w in enumerate(words):
        lw = w.group().lower()
        if (lw == "of" and prev in _PART_NOUNS) or (lw in _DETERMINERS and prev == "of"):
            prev = lw  # "the most dangerous part of the journey": the part's whole
            continue
        prev = lw
        if lw in nouns:
            if tags and not tags.get(e + w.start(), "NN").startswith("NN"):
                return False
            # the phrase's head: no other noun after it ("a brutal 17-month crackdown", "brutal, months-long
            # crackdown" are no span), but an undertaking's ("a desperate rescue operation")
            nxt = m.group()[w.end() : w.end() + 1]
            follow = words[i + 1] if i + 1 < len(words) and nxt.isspace() else None
            if nxt == "-" or m.group()[w.start() - 1 : w.start()] == "-":
                return False  # "months-long", "a 17-month crackdown": a compound modifier, no head
            if follow is not None and follow.group().lower() in nouns:
                continue  # "thin personnel benches": the next noun of the set heads it (session 46, C)
            return (follow is None or not tags or follow.group().lower() in UNDERTAKING_NOUNS | _WHEN_AFTER
                    or not tags.get(e + follow.start(), "").startswith("NN"))
        if lw in _FUNCTION:
            return False
    return False


def hedge(text: str, e: int, word: str) -> bool:
    """"fair" ending at `e` in "fair to say" (to note, to assume): the writer's hedge on a fact."""
    return word == "fair" and _HEDGE_AFTER.match(text, e) is not None


__all__ = ["AREA_NOUNS", "FOOD_NOUNS", "FORCE_NOUNS", "HARM_NOUNS", "HARM_WORDS", "LOUD_WORDS", "OFFICE_NOUNS",
           "POWER_WORDS", "SEEN_SIZE_WORDS", "SIGHT_NOUNS", "SOUND_NOUNS", "fault_found", "field_risk", "likelihood",
           "pointer_cleft", "police_warning", "surprising_outcome", "CAUTION_WORDS", "FEELER_NOUNS",
           "GRADED_NOUNS", "graded_noun", "hedge", "DARK_WORDS", "FINDING_NOUNS", "FIRM_NOUNS", "OUTLOOK_NOUNS",
           "WAIT_NOUNS", "WIN_NOUNS", "HOARD_NOUNS", "MADE_NOUNS", "VALUE_WORDS", "VALUED_NOUNS", "REACTION_WORDS",
           "WITNESS_NOUNS", "PLIGHT_NOUNS", "ARENA_NOUNS", "NATION_NOUNS", "STAFF_NOUNS", "TENURE_NOUNS",
           "OCCASION_NOUNS", "DRESS_NOUNS", "COMPARISON_NOUNS", "DEPARTURE_NOUNS"]
