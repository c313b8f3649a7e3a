"""Loaded wording: words a subjectivity lexicon rates as strongly evaluative, as spans.

The lexicon is not part of manysides: it is read at run time from the installed
`textblob` package (`textblob/en/en-sentiment.xml`; the package is MIT, the file declares
PDDL; the pattern.en subjectivity lexicon of English adjectives and a few other words,
each sense hand-tagged or inferred for polarity in [-1, 1] and subjectivity in [0, 1]).
Only the XML file is read, located through `importlib.metadata` rather than
`importlib.resources`, because resolving the `textblob` package imports it and nltk
(about 1 s); reading the file takes about 12 ms, once per process.

A word is *loaded* when the lexicon rates every one of its senses at least
`MIN_SUBJECTIVITY` subjective, gives it a tone (mean polarity at least `MIN_TONE` either
way), and it is not ruled out (below): `rated_loaded`, which the slant model's phrase
evidence uses too. Up to `MAX_LOADED` of them are shown per article, the most subjective
(mean over senses) first. The cut-offs, the quote rule and the cap were
chosen on one half of the BASIL articles and measured on the other half
(benchmarks/slant_loaded.py; figures in docs/model-card-slant.md).

Words inside a quoted statement (a direct quotation of more than `FRAGMENT_WORDS` words:
"It is a pathetic excuse for a budget," said Sen. Roe) are the speaker's, not the outlet's,
and are not listed (review 15: a storm's "deadly", an official's "worst" and "careful" were
shown as the outlet's loaded wording). A word inside a quoted fragment of a word or a few (scare
quotes, a word picked out of a speech: called it a “witch hunt”) is the outlet's choice of
what to pick out and quote, and is listed, its note saying it is quoted; but not where the quote stage
gives it a speaker with a cue, or it stands inside reported speech (`speaker_regions`; reviews 18-19:
“Chief Jordan said the video ... was "very disturbing."”: the chief's words, which the sentence gives to
him, as the report's unquoted words are; sessions 27-29 listed them). A quotation in single marks
counts as one (`single_quoted_regions`: a subhead 'Very unique coalition'), and a fragment of two words or more
whose words a quoted statement of the same text holds (`echoed_fragments`: that subhead over "Trump is putting
together a very unique coalition ...") is the speaker's (review 19; session 31). BASIL's annotators
mark loaded words inside statements too (benchmarks/slant_loaded.py prints the cost);
`statements=True` lists them, noted, as before session 27, and `skip_quoted=True` gives the
outlet's own words only. The words of an embedded post (`post_regions`: a tweet the page saves
as a paragraph; since session 34 also one saved without its signature, `unsigned_posts`) are the account's
statement and are left out too (`statements=True` lists them, noted as the account's; session 28).

What is ruled out:
- function words and words the lexicon rates for their *intensifier* use ("very",
  "more"), and the commonest words of news text (inverse document frequency in the slant
  model's training corpus below `MIN_IDF`: "new", "political", "public" ...), which are
  subjective in general English but plain in news;
- a word that is part of a capitalised name ("Great Britain", "Fair Housing Act"), or
  capitalised within a sentence (a name: "Rubio told Rose");
- words news uses as plain description (`PLAIN_IN_NEWS`: "latest", "final", "pleaded
  guilty", "a secret meeting"), and the first word of a fixed term (`PLAIN_BEFORE`: "grand
  jury", "charitable contribution", "overwhelming majority", "worst-case");
- plain uses read off the neighbouring words (`plain_use`, review 14): negated ("Wall Street
  didn't hate the report", "not unexpected"), or an adjective grading an amount or a change of
  one (`QUANTITY_NOUNS`: "a huge lead", "its worst showing", "modest tax increases", "the worst
  mortality rate"), or a natural hazard (`HAZARD_NOUNS`, review 15: "a powerful storm", "the storm is
  extremely dangerous");
- senses read off the word's head (review 16): "hot" or "cold" grading the weather or a time ("hot,
  dry conditions", "a hot day"), a superlative ranking a span of time against a record ("its worst day
  since 1991"), "fake" naming a counterfeit thing ("fake ... jobs", "fake accounts"; not "fake news"),
  "gone wrong" (a failure), "made it impossible to ..." (a consequence), "hot button" and "deadly
  force" (fixed terms, `PLAIN_BEFORE`);
- more senses read off the word's head or neighbours (review 17): "violent" of an act of force and
  "striking" of workers on strike (`SENSE_NOUNS`: "violent attacks", "the protests turned violent", "the
  striking workers"), "wrong" found out ("will turn out to be wrong", "proved wrong") or the mistaken pick
  ("the wrong comparison"; not "the wrong side"), "successful" (an outcome, `PLAIN_IN_NEWS`);
- a quotation in title case (“Fair and Balanced”: a slogan's or a title's name, `titled_quote`), and a
  characterisation a naming verb reports ("What Pelosi called a sad and solemn moment", "critics called
  the plan an outrageous giveaway": `characterised`, the speaker's word as reported speech's is; not
  the passive "can only be called a disaster"; a quoted fragment there stays the outlet's pick, noted, unless
  the quote stage gives it the speaker: `speaker_regions`, session 30).
- more plain words and senses (review 18): "difficult", "sensitive", "prominent", "unprecedented", "lively"
  (`PLAIN_IN_NEWS`), "cheap" or "expensive" of a thing bought, "uncomfortable" of a position, "extreme
  vetting" (a policy's name) and "harsh words" (`PLAIN_BEFORE`), a feeling said of someone ("nations are wary
  of": `FEELING_WORDS`), and a critic's reason ("slammed them for a lack of a fair process": `characterised`);
  review 19: "deadly" of an act counted by its dead and a superlative ranking it against a record (`TOLL_NOUNS`:
  "the worst mass shooting in U.S. history"), "rare", "famous", "intense", "grand wizard".
- session 31: a superlative said of a measured thing after a linking verb and ranking it against a record or its
  peers ("a gun violence problem that is by far the worst in the developed world": `_ranks_measured`; review 19),
  a hazard by its name or set off by an appositive ("Hurricane Irma ... Irma remained “extremely dangerous”",
  "Storm surge, the wall of sea water ..., will be "dangerous"": review 15), "effective date", "hot on his tail",
  "its worst day of 2019" (review 12).
- session 32: "unique" and "unusual", how common a thing is, as "rare" (`PLAIN_IN_NEWS`: "many unique factors", "an
  unusual request", review 20), and a superlative ranking a turn of the economy against a record, past whom it
  befalls (`ECONOMY_NOUNS`, `_RECORD_AFTER`: "the greatest economic disruption to the United States since the Great
  Depression", review 13; "the worst president since Lincoln", "the worst crisis since ..." still count).
- session 33 (review 21): what someone likes or owns ("an avid supporter", "their favorite shows", "wealthy people":
  `PLAIN_IN_NEWS`), the size of a difficulty ("a huge problem": `DIFFICULTY_NOUNS`; "a huge mistake" still counts),
  the illness "a head cold" (`_COLD_ILLNESS`), and a clause a finding ("the watchdog found that ..."), an owned speech
  noun ("her comments that the agency was wrong ...") or a speech verb past a parenthetical ("claimed -- over and over
  -- he was being honest") reports (`characterised`, `_REPORTED`); from BASIL's unmarked spans, "controversial"
  grading a matter ("the controversial law": `DISPUTED_WORDS`, `_grades_a_matter`; of a person it still counts) and
  "supportive" (a stance); review 22: the pleasure words said of someone ("was to be slightly pleased", "were
  delighted with": `FEELING_WORDS`).
- session 34 (BASIL's unmarked spans, read with the parse on the tuning half): a characterisation a verb gives "as"
  ("praised him as a well-qualified and careful judge", "denounced the plan as cruel": `_AS_VERBS`, `characterised`),
  "enthusiastic" (how keen someone is, as "avid"), and a judgement verb in the clause a charge, a report or a finding
  states ("charges that he demonized ...": `reported_verb`); slant_verbs.py leaves out a document's claim ("a lawsuit
  claiming") and a negated verb ("not bemoaning").
- session 34 (review 23): a size ("its modest size": `QUANTITY_NOUNS`) and a deal's size ("a huge new trade deal":
  `DEAL_NOUNS`), a record after an adverb ("are instead the worst since 2010"), how many parties act ("unilateral
  sanctions": `PLAIN_IN_NEWS`), a picture that catches the eye ("the most striking - and viral - pictures":
  `_SIGHT_AFTER`; "a striking image" still counts), and a post saved without its signature (`unsigned_posts`).
- session 36 (BASIL's unmarked spans): "an affirmative vote" (a vote's direction, `PLAIN_BEFORE`, read past a
  quotation's marks: an "affirmative" vote), a rated adjective heading a noun phrase ("his base, including", the
  base of the bridge: slant_classes.py's `noun_use`) and, without a parse, one used as a verb ("an aide confirmed
  that", "of becoming": `verb_use`), a feeling said of someone ("appeared to be more angered by", "is sympathetic to":
  `FEELING_WORDS`), a question asked ("Asked whether it was fair to ...": `_ASKED_WHETHER`, the asker's words), and a
  judgement verb in a critic's reason ("attacked the mayor for caving": `reported_verb` reads `_FAULTED_FOR` too).
- session 37 (review 24): slant_senses.py's plain senses (the power of an office or a machine, food by its temperature,
  the harm a hazard does, a likelihood, a risk in a field, a fault found: "the most powerful posts", "hot meals", "a
  potentially devastating economic wallop", "it seems almost impossible that", "politically dangerous", "fix what was
  wrong"), a number read past ("a powerful Category 4 storm"), "cold war" (`PLAIN_BEFORE`), a feeling with its
  infinitive or after "sounded" ("anxious to see", "sounded less impressed": `_FEELING_TO`, `FEELING_WORDS`), and a
  judgement verb whose subject is a hazard ("the winds ... ripping awnings": `force_acts`).
- session 41 (reviews 28-29): anger said of what people did or sent ("angry protests", "angry complaints"), "desperate
  for" things, a place's danger, a thing bent ("twisted billboards"), a penalty's severity ("harsh punishment"), "hot
  dogs", "a grand bargain", "the worst outcome", "complicated", "effective" of a thing, "trendy" of a place, a debate's
  question ("debate over whether ...") and a community's consensus ("the consensus ... is that"). Added: words judging
  someone's manner as a fault, which the lexicon does not rate (`DEMEANOR_WORDS`: "defensive and aggrieved", "testy");
  and a transcript's speaker the show calls its own (`outlets_own`) speaks for the outlet, no guest.
- session 43, helper C (review 31): a passive verb of regarding's complement ("widely viewed as the most effective",
  "is considered credible": `_DEEMED_PASSIVE`, a view held), an unquoted clause a cue after it gives to a speaker
  ("That's almost irrelevant, said Mike Chinoy": `given_after`), a temperature word after "go" of a thing ("when the
  fires go cold": `_gone_cold`), a fixed term past another adjective ("the overwhelming, bipartisan vote"), and
  slant_senses.py's collection's size ("a huge cache"), thing's worth ("precious artifacts") and shock of those there
  ("shocked crowds").
The phrase evidence of slant.py takes a word as loaded by the same test (`loaded_use`).

The lexicon rates adjectives; the verbs a narration judges with ("slammed", "claimed",
"railed against") are found by slant_verbs.py and listed too, in the outlet's narration
only (never inside a quotation, a post, reported speech or the clause a charge or a finding states:
`reported_verb`), each lemma once, up to `MAX_VERBS`, their note
naming why the verb is loaded and, given the parse (`roles`), whom it characterises: its
subject ("Trump slammed the report" and "critics slammed Trump" judge different people).

Each span is returned with the lexicon's reading in `note`; its `weight` is set by the
caller (SlantModel uses the slant model's own contribution of that word in this article,
0 when the model does not know the word).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..errors import ModelError
from ..records import SlantEvidence
from .slant_classes import noun_use, verb_use
from .slant_features import tokenize
from .slant_senses import (AREA_NOUNS, CAUTION_WORDS, FEELER_NOUNS, FOOD_NOUNS, FORCE_NOUNS, GRADED_NOUNS, HARM_NOUNS,
                            HARM_WORDS, LOUD_WORDS, NATION_NOUNS, OFFICE_NOUNS, POWER_WORDS, REACTION_WORDS,
                            SEEN_SIZE_WORDS,
                            SIGHT_NOUNS, SOUND_NOUNS, WITNESS_NOUNS, fault_found, field_risk, graded_noun, hedge,
                            likelihood, pointer_cleft, police_warning, surprising_outcome)
from .slant_verbs import FORMS, VerbRole, verb_at

LEXICON_PACKAGE = "textblob"
LEXICON_FILE = "textblob/en/en-sentiment.xml"
MIN_SUBJECTIVITY = 0.7  # chosen on the tuning half of BASIL (benchmarks/slant_loaded.py)
MIN_TONE = 0.1  # |mean polarity|: a word the lexicon rates with no tone is no loaded wording
MIN_IDF = 3.0  # idf = ln((1+n)/(1+df)) + 1: in fewer than ~1 in 7 training articles
MAX_LOADED = 10  # spans shown per article
MAX_VERBS = 5  # judgement-verb spans shown per article, besides (slant_verbs.py)
SKIP_QUOTED = False  # loaded words of a quoted fragment are kept, and the note says they are quoted
# A quotation of more than this many words is a speaker's statement, whose words are the
# speaker's; up to it, a fragment the outlet picked out (scare quotes, "a witch hunt").
FRAGMENT_WORDS = 3

# Direct quotations: an opening and a closing double mark within one paragraph, at most
# this many characters apart (quotes.find_quote_spans pairs them).
_MAX_QUOTE = 1500
_MARKS = "\"“”«»„"
_STOP = frozenset(
    "a an the of to in on at by for from with and or but so as is are was were be been it "
    "this that these those he she they we you i his her their our your my not no than then "
    "there here has have had do does did will would can could should may might must also just "
    "about into over after before up down out more most very much many few less least too "
    "such only even still other another same own all any some each every".split()
)


# Words the lexicon rates subjective that news uses as plain description: order and time
# ("latest", "final", "original"), a total, and legal or factual categories ("pleaded
# guilty", "sexual assault", "a secret meeting", "superior officers"). Read off the most
# frequent loaded words of BASIL's tuning half, none inside an annotated lexical-bias span
# there (benchmarks/slant_loaded.py --words), and review 8's reading of 131 loaded words.
# "relevant" (review 14, "relevant" to an investigation, a legal test; BASIL's tuning half 2 uses,
# neither in a span) says that a thing bears on another, which the lexicon rates 0.9 subjective.
# "popular" (review 15: "politically popular on Capitol Hill", "the popular resort island"; BASIL's tuning
# half 2 uses, neither in a span) reports that many people like a thing, as polls and sales do, not
# the writer's approval.
# "successful" (review 17: "the successful presidential campaign of George H.W. Bush", "a successful local TV
# producer"; BASIL 4 uses, none in a span) reports an outcome, a bid won or a career made, as a result does.
# Review 18: "difficult" ("difficult votes", "more difficult to release"; BASIL 6 uses, none in a span) states
# difficulty as "hard" and "tough" do, which the lexicon does not rate loaded; "sensitive" ("a sensitive time for
# markets", "sensitive information"; BASIL 7, none) says a matter is delicate or secret; "prominent" ("a prominent
# lawyer"; BASIL 5, none) says a person is well known; "unprecedented" ("an unprecedented move"; BASIL 3, none)
# states that a thing was never done before, which a reader can check; "lively" ("the atmosphere was lively")
# says a scene or a debate was busy. Review 19: "rare" ("in a rare occurrence", "a rare glimpse"; BASIL 3, none) says
# how often; "famous" ("a phrase made famous by Watergate"; BASIL 1, none) well known, as "prominent"; "intense" ("an
# intense debate", "intense turmoil") how strong an activity was. Review 20: "unusual" ("Those numbers are unusual
# given ...", "before making an unusual request"; BASIL 2 uses, none in a span) and "unique" ("many unique factors",
# "plenty of unique characteristics"; BASIL none) say how common a thing is, or that it is one of its kind, as "rare"
# does: what a reader checks against what else happens, no approval.
# Review 21: "wealthy" and "affluent" ("plenty of wealthy people looking to own an NBA team", "tax cuts for the
# wealthy"; BASIL "wealthy" 5 uses, none in a span) say how much someone owns, as "rich" does (which the lexicon does
# not rate loaded: some of its senses are plain); "avid" ("an avid supporter of the National Rifle Association", "an
# avid Bolsonaro supporter"; BASIL none) and "favorite" ("streaming their favorite shows"; BASIL 1 use, "a favorite
# target of Mr. Trump", not in a span) say what someone likes or follows keenly: the liking of the people it is said
# of, which they show, as "popular" reports many people's, not the writer's approval.
# Session 33 (BASIL's loaded spans it did not mark): "supportive" ("supportive comments from the mayor", "had been
# supportive of him"; BASIL 4 uses, none in a span) says that someone supports a thing, their stance, as "popular"
# reports many people's liking.
# Session 34 (BASIL's unmarked spans, tuning half: "one of Congress's most enthusiastic users of social media"):
# "enthusiastic" says how keen the people it is said of are, which they show ("an enthusiastic crowd", "less
# enthusiastic about the plan"), as "avid" does.
# Session 34 (review 23: "opposition to unilateral sanctions on Iran", Fox and CNN): "unilateral" (and "bilateral",
# "multilateral") says how many parties act, one nation's sanctions against those of many, a description of the act
# that its actors name it by.
# Session 40, helper B (review 27: "some aviation experts don't think the search for Flight 8501 will be as
# challenging as the hunt for MH370"; BASIL: no use as an adjective): "challenging" states difficulty as "difficult"
# does, how hard a task is.
# Session 41, helper B (review 28): "complicated" ("But, that's complicated, too", of a school's options; BASIL 2 uses,
# none in a span) states difficulty as "difficult" and "challenging" do. ("effective" of a thing: `EFFECT_WORDS`;
# "trendy" of a place: slant_senses.py's `VENUE_NOUNS`.)
PLAIN_IN_NEWS = frozenset("latest final original total secret sexual guilty traditional superior relevant "
                          "popular successful difficult sensitive prominent unprecedented lively rare famous "
                          "intense unusual unique wealthy affluent avid favorite favourite supportive "
                          "enthusiastic unilateral multilateral bilateral challenging complicated".split())
# Fixed terms whose first word the lexicon rates as loaded: a subjective word naming a thing
# ("a grand jury", "a charitable contribution", "an overwhelming majority" of votes).
# Review 9 found "grand" shown as loaded wording in all three articles of one indictment.
PLAIN_BEFORE = {
    "grand": frozenset("jury juries juror jurors wizard slam "  # a Klan title, a grand slam (review 19)
                       # session 41, B (review 29: the search for a "grand bargain" on taxes and spending): the name a
                       # budget deal's talks went by, in every outlet's words
                       "bargain bargains".split()),
    "charitable": frozenset("contribution contributions donation donations organization organizations foundation "
                            "foundations trust trusts giving deduction deductions status group groups".split()),
    "overwhelming": frozenset("majority majorities vote votes margin".split()),
    # "a worst-case scenario" (review 14); session 41, B (review 29: a prediction that pragmatism "would prevail and
    # avert the worst outcome"): the worst of the outcomes forecast, as "worst-case" is; "the worst president" counts
    "worst": frozenset("case outcome outcomes scenario scenarios".split()),
    # review 16: "a major hot button" (a divisive issue), "deadly force" (the legal term for force that may kill,
    # "a deadly weapon" likewise): names of a thing, no judgement
    # session 41, B (review 29: supporters "raised hot dogs and beers"): the food's name
    # session 45, C (review 33: "three dogs and a 1930 model hot rod on a trailer"): a car's kind; "a hot mic" (a live
    # microphone that records the speaker unawares), "the hot zone" (the area of danger, an outbreak's or a fire's)
    # and "hot flashes" (a symptom): the things' names in every outlet's words
    "hot": frozenset("button buttons spot spots seat topic topics war wars dog dogs rod rods mic mics microphone "
                     "microphones zone zones flash flashes".split()),
    # session 37 (review 24: "the space race during the cold war"): the era's and a rivalry's name, written in lower
    # case by some style books, and the weather's and the police's terms ("a cold front", "a cold case")
    "cold": frozenset("war wars warrior warriors front fronts snap snaps case cases storage".split()),
    # session 46, C: "the seven deadly sins", the name of the list
    "deadly": frozenset("force weapon weapons sin sins".split()),
    # session 44, C (review 32: "Bergoglio took extraordinary, behind-the-scenes action to save them"): the fixed terms
    # for a step beyond the usual ones ("took the extraordinary step of", the Treasury's "extraordinary measures", "an
    # extraordinary session" of a body, "extraordinary rendition", the law's "extraordinary circumstances"); "an
    # extraordinary leader" and "extraordinary work" (BASIL marks it) still count
    "extraordinary": frozenset("step steps measure measures action actions session sessions rendition renditions "
                               "circumstances meeting meetings summit summits".split()),
    "striking": frozenset({"distance"}),  # "within striking distance": near enough to reach (review 17)
    # review 18: a policy's name ("extreme vetting", the administration's term, which outlets of every side use
    # to name the policy) and measured or defined conditions ("extreme weather", "extreme poverty": a World Bank
    # line); "extreme views" still counts. "Harsh words for" someone is the idiom for criticising them.
    "extreme": frozenset("vetting weather heat cold temperatures poverty".split()),
    # session 41, B (review 28: "threats of harsh punishment" for students walking out): how severe a penalty is, a
    # degree its terms state, and the weather's ("a harsh winter"); "harsh rhetoric", "a harsh temper" still count
    "harsh": frozenset("words punishment punishments penalty penalties sentence sentences sanction sanctions "
                       "discipline winter winters weather".split()),
    "effective": frozenset("date dates".split()),  # "before the effective date of the policy" (review 12): a date
    # names of a policy, a field and a school (reviews 13 and 16, three articles each naming "affirmative action")
    # session 36 (one of BASIL's unmarked spans): "an affirmative vote", quoted or not, a vote's direction, as "the
    # affirmative" of a debate
    "affirmative": frozenset("action vote votes".split()),
    "artificial": frozenset("intelligence sweetener sweeteners insemination respiration turf".split()),
    "elementary": frozenset("school schools student students teacher teachers education grade grades".split()),
    # review 20: "hazardous waste" and "hazardous materials", the regulated classes' names; "hazardous to
    # democracy" still counts
    "hazardous": frozenset("waste wastes material materials substance substances chemical chemicals".split()),
    # session 39, G (review 26: "the prospect of a happy retirement"): a wish's fixed words for a time of life or a day
    "happy": frozenset("retirement retirements ending endings birthday birthdays holiday holidays anniversary "
                       "anniversaries hour new".split()),
    # review 27: "a drunk-driving accident", "a 2013 drunk driving crash": the offence's name in every outlet's words
    # ("driving drunk", the same offence told, is read in `plain_use`); "a drunk passenger" still counts
    "drunk": frozenset("driving driver drivers".split()),
    # session 41, B: "the aggrieved party", the law's term for the one wronged (`DEMEANOR_WORDS`)
    "aggrieved": frozenset("party parties".split()),
    # session 47, C (review 35: condolences "to people caught in the attack and to their loved ones"): the fixed term
    # for a person's family and friends; "a loved and respected leader" still counts
    "loved": frozenset("one ones".split()),
}
# "a head cold", "the common cold", "caught a cold" (review 21: "It's like a head cold; even once you start treating
# it ..."): the illness, a noun, which the parse may tag as the adjective the lexicon rates ("a cold response")
_COLD_ILLNESS = re.compile(r"\b(?:(?:head|chest|common)\s+|(?:catch|catches|caught|catching|has|have|had|having|got|"
                           r"get|gets|getting|with|fight|fights|fought|fighting)\s+(?:a|the)\s+(?:bad\s+|nasty\s+)?)$",
                           re.IGNORECASE)
# Session 47, C (review 36: protesters "Bundled against the cold", top taxpayers "left out in the cold", "It's not
# like a cold or the flu"): "the cold" after a preposition or a verb of exposure, with no noun after it, is the
# weather (and "left out in the cold" the idiom for being excluded), and "a cold" beside the flu the illness; "a cold
# response" and "the cold shoulder" still count
_IN_THE_COLD = re.compile(r"\b(?i:against|in|from|into|of|braved|brave|braves|braving|endured|endure|enduring)\s+"
                          r"(?i:the)\s+(?:(?i:bitter|biting|freezing|winter|extreme|intense)\s+)?$")
_COLD_OR_FLU = re.compile(r"[^\S\n]+(?:or|and)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?(?:flu|influenza)\b", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[;:,.!?)\]—–]|$|(?:and|or|but|that|which|in|on|for|last|this|since|so|to|as)\b)",
                            re.IGNORECASE)
# "controversial" grading a matter ("the controversial law", "controversial statements", "a controversial decision",
# "the controversial Keystone pipeline"): that people dispute it, which the dispute the article reports shows, as
# "popular" reports that many like a thing (session 33: BASIL 15 uses, 14 not in a span; the one in a span grades a
# person, "Controversial Maine Gov. Paul LePage", which `_in_name` reads as part of a name). Grading a person or a body
# (a role noun among the words it grades, or a name: "a controversial judge", "the controversial spy agency", "his
# controversial past", "the controversial Walsh") or said after a verb ("he is controversial") it still counts: a
# label on someone.
DISPUTED_WORDS = frozenset({"controversial"})
# Session 41, helper B (review 28: social media "made them such an effective microphone for Trump"; BASIL 5 uses, none
# in a span: "transparent and effective foreign assistance programs", "provide effective oversight"): "effective" of a
# thing says that it works, which its results show, as "successful" reports an outcome; of a person ("an effective
# leader", review 12's control) it grades them and still counts (`_grades_a_matter`, as for "controversial")
EFFECT_WORDS = frozenset({"effective"})
# Session 42, helper B (review 30: "reports on why the medication option is controversial", "an ad campaign that
# overstated how effective the pills were"): the same words said of a thing after a linking verb, its subject a
# determiner's noun phrase headed by a lower-case noun that is no person ("the plan is controversial", "how effective
# the vaccine was"), grade the matter as before a noun; said of a person ("the senator is controversial", "how
# effective the negotiator was") or a name ("Walsh is controversial") they still count (`_matter_before`)
_LINKING_AFTER = (r"(?:is|are|was|were|be|been|being|remain|remains|remained|seem|seems|seemed|proved|proven|"
                  r"become|becomes|became)")
_MATTER_SUBJECT = re.compile(r"\b(?i:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+"
                             r"((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+" + _LINKING_AFTER +
                             r"(?:\s+(?:\w+ly|very|so|too|more|less|most|quite|still|also|now|even))*\s+$")
_HOW_BEFORE = re.compile(r"\b(?i:how)\s+(?:(?:\w+ly|very|so|too|more|less)\s+)?$")
_MATTER_AFTER = re.compile(r"\s+(?i:the|a|an|this|that|these|those|its|their|his|her|our)\s+"
                           r"((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:(?:had|has|have|would|will)\s+)?"
                           + _LINKING_AFTER + r"\b")
PERSON_NOUNS = frozenset(
    "man men woman women person people persons folks figure figures fellow character characters personality "
    "personalities celebrity celebrities star stars founder founders nominee nominees pick picks appointee appointees "
    "candidate candidates incumbent incumbents challenger challengers politician politicians lawmaker lawmakers "
    "legislator legislators senator senators sen congressman congresswoman congressmen rep representative "
    "representatives governor governors gov mayor mayors president presidents leader leaders chairman chairwoman "
    "chair chief chiefs director directors ceo executive executives official officials minister ministers "
    "secretary secretaries judge judges justice justices sheriff sheriffs prosecutor prosecutors attorney attorneys "
    "lawyer lawyers general generals commander commanders officer officers adviser advisers advisor advisors "
    "aide aides strategist strategists spokesman spokeswoman commentator commentators host hosts anchor anchors "
    "pundit pundits columnist columnists author authors writer writers journalist journalists blogger bloggers "
    "activist activists pastor pastors preacher preachers cleric clerics imam imams priest priests bishop bishops "
    "rabbi rabbis professor professors scholar scholars scientist scientists economist economists doctor doctors "
    "partisan partisans rapper rappers singer singers comedian comedians actor actors actress player players coach "
    "coaches owner owners billionaire billionaires businessman businessmen donor donors speaker speakers "
    "member members ruler rulers king queen prince dictator strongman regime referee referees umpire umpires athlete "
    "athletes former "  # "controversial former Sheriff Joe Arpaio": a past role's holder
    # a body of people ("the controversial spy agency", "a controversial group") and a person's past ("his
    # controversial past"): a label on them too
    "agency agencies group groups organization organizations organisation organisations company companies firm firms "
    "network networks outlet outlets church churches party parties movement movements sect sects militia militias "
    "past".split()
)
# Session 42, helper B (review 30: ads "pointing out Preckwinkle's connection to powerful local Democrats"): "powerful"
# grading people, a person's noun or a party's members ("a powerful ally", "the most powerful man in the country",
# "powerful local Democrats"; BASIL: 2 uses, neither in a span), tells their standing, which their offices and
# alliances state, as "powerful" of an office does (`OFFICE_NOUNS`); the sense BASIL's annotators mark is a lobby's
# or an interest's influence ("the powerful lobby for older Americans", "the nation's most powerful seniors lobby",
# both in a span), which still counts, as a body, a group, a party, a force and a speech do
POWER_HOLDER_NOUNS = (PERSON_NOUNS - frozenset(
    "agency agencies group groups organization organizations organisation organisations company companies firm firms "
    "network networks outlet outlets church churches party parties movement movements sect sects militia militias "
    "past regime former".split())) | frozenset(
    "ally allies insider insiders broker brokers democrat democrats republican republicans".split())
# "striking" of a picture taken ("some of the most striking - and viral - pictures shared by social media users",
# review 23; "striking photos of the flood"): how much it catches the eye, which the pictures show, taking no side;
# an aside between dashes may stand between it and the noun. Only media nouns: "In a striking image, Trump
# attacked ..." (review 17, an event framed as an image) and "a striking failure" still count.
_SIGHT_AFTER = re.compile(r"(?:\s+[-–—]\s+[^-–—\n]{1,40}?\s+[-–—])?\s+(?:[\w'’-]+\s+){0,2}?(?:pictures?|photos?|"
                          r"photographs?|footage|videos?)\b", re.IGNORECASE)
# "police hot on his tail" (review 12): the idiom for close pursuit
_DRIVING_BEFORE = re.compile(r"\b(?:drive|drives|driving|drove|driven)\s+$", re.IGNORECASE)  # "driving drunk"
_HOT_ON = re.compile(r"\s+on\s+(?:\w+\s+)?(?:tail|tails|heels|trail|trails)\b", re.IGNORECASE)
# Plain uses of a rated word, read off its neighbours (review 14: "Wall Street ... didn't hate
# it", "a huge lead", "its worst showing ever" were listed as loaded wording). The lexicon rates a
# word alone; these uses say something else:
# - negated ("didn't hate", "not unexpected", "nothing wrong"): an understatement or a denial,
#   not the writer's judgement (a "not" with at most a "be", an adverb or "that" between);
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|nothing|hardly|nor)|n['’]t)\s+(?:(?:be|been|so|too|that|very|all|entirely|"
    r"particularly|especially|exactly|necessarily|(?!only\b)\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
# Session 47, C (review 35: "Veloso said the guards did not use excessive force"): a "not" before a verb of using,
# showing or finding and the adjective's noun phrase denies that the thing was there, as a "not" before the adjective
# does; "not only used excessive force" and "did not like the disastrous plan" (a verb that presupposes it) still count
_NEGATED_USE = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:(?!only\b)\w+ly\s+)?(?:use|used|using|employ|employed|apply|applied|show|showed|"
    r"shown|display|displayed|exercise|exercised|find|found|see|saw|seen)\s+(?:any\s+|an?\s+)?$", re.IGNORECASE)
# Session 47, C (review 35: "Relatives of those believed to be on the flight, fearing the worst, gathered at the
# airport"): "the worst" with no noun after it, feared, expected or braced for ("fearing the worst", "prepare for the
# worst"), or said to be over ("the worst is over", "the worst is yet to come"): the fixed phrases for the gravest
# outcome, the dead in a crash ("the worst has passed" too); "the worst president" and "the worst of the lot" still
# count
_FEAR_THE_WORST = re.compile(
    r"\b(?i:fear|fears|feared|fearing|expect|expects|expected|expecting|dread|dreads|dreaded|dreading|assume|assumes|"
    r"assumed|assuming|prepare|prepares|prepared|preparing|brace|braces|braced|bracing)\s+(?:(?i:for|themselves\s+for|"
    r"ourselves\s+for|himself\s+for|herself\s+for|yourself\s+for)\s+)?(?i:the)\s+$")
_THE_WORST_END = re.compile(r"[^\S\n]*(?:[,.;:!?)\]—–]|$)|[^\S\n]+(?:and|but|as|when|while|after|before|at|for|"
                            r"about|if)\b", re.IGNORECASE)
_WORST_PASSED = re.compile(r"[^\S\n]+(?:(?:is|was|may\s+be|might\s+be|seems|seemed|appears)\s+(?:now\s+|finally\s+|"
                           r"already\s+)?(?:over|behind|past|yet\s+to\s+come|still\s+to\s+come|to\s+come)|"
                           r"(?:has|had|have)\s+(?:now\s+|finally\s+|already\s+)?passed)\b", re.IGNORECASE)
# - an adjective grading an amount or a change of one ("a huge lead", "modest increases",
#   "its worst showing", "devastating losses"): the size of something the figures state, which
#   the lexicon's size senses rate with a tone ("huge": 0.8 / 0.3 / 0.1, all "unusually great in
#   size or amount"). The noun may follow a word or two ("a huge Muslim minority", "modest tax
#   increases"); general English nouns of quantity and change, as PLAIN_BEFORE's fixed terms.
QUANTITY_NOUNS = frozenset(
    "lead leads margin margins majority majorities minority minorities plurality increase increases decrease "
    "decreases cut cuts gain gains loss losses shift shifts showing showings number numbers amount amounts share "
    "sum sums rise rises drop drops jump jumps fall falls growth decline declines surge surges reduction "
    "reductions boost boosts spike spikes turnout total totals deficit deficits surplus surpluses swing swings "
    "hike hikes rate rates percentage percentages crash crashes slump slumps plunge plunges selloff selloffs "
    "size sizes "
    # session 39, G (review 26: "they were able to raise huge money", "the state's huge budget shortfall"): a sum of
    # money and a gap in one are amounts
    "money funds funding cash shortfall shortfalls debt debts "
    # session 40, B (review 27: "the Fed ... announce a modest expansion in its efforts to stimulate growth"): an
    # expansion is a change of an amount, as an increase is
    "expansion expansions".split()
)
# review 23: a size is an amount ("drawn attention over its modest size", of an offer of money)
# review 16: a rate is an amount ("the worst midlife mortality rate"), a market's crash or slump a change of one
# ("the worst coronavirus crash so far")
# - a size word grading a difficulty ("Crime ... is a huge problem in Brazil", "a huge challenge"): how big a problem
#   or a task is, which "difficult" (PLAIN_IN_NEWS) states too; the lexicon's positive tone of "huge" is its size
#   sense's, the judgement (if any) is the noun's (review 21). "a huge mistake" and "huge holes" (BASIL marks both)
#   still count.
SIZE_WORDS = frozenset({"huge"})
DIFFICULTY_NOUNS = frozenset("problem problems challenge challenges task tasks hurdle hurdles obstacle obstacles "
                             "undertaking undertakings "
                             # session 39, G (review 26: "The rescue mission has been a huge operation"): how big an
                             # undertaking is, which the numbers of people in it state
                             "operation operations effort efforts mission missions".split())
# - a size word grading a deal ("threatened to block a huge new trade deal", review 23; "a huge contract"): how much
#   it is worth or covers, which its figures state, as an amount's size; "a huge mistake" still counts.
DEAL_NOUNS = frozenset("deal deals contract contracts agreement agreements order orders investment investments "
                       "purchase purchases merger mergers acquisition acquisitions".split())
# - an adjective grading a natural hazard or a physical force ("a powerful storm", "dangerous
#   winds", "deadly storm surge", "wind speeds powerful enough to snap trees", "the storm is extremely
#   dangerous"): the force of the weather or the ground, which forecasters state, no judgement of
#   people or policy (review 15: a hurricane's "powerful" and "dangerous" listed as loaded wording).
HAZARD_NOUNS = frozenset(
    "storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes tornados wind winds "
    "gust gusts gale gales rain rains rainfall flood floods flooding floodwaters surge surges wave waves tide tides "
    "current currents quake quakes earthquake earthquakes aftershock aftershocks tremor tremors eruption eruptions "
    "wildfire wildfires fire fires blaze blazes flames blizzard blizzards snowstorm snowstorms heatwave drought "
    "droughts avalanche avalanches landslide landslides mudslide mudslides tsunami tsunamis weather "
    "conflagration conflagrations inferno infernos landfall landfalls".split()
)
# a hazard noun that news also uses of people's acts ("a wave of protests", "a surge in cases", "came under fire"):
# not read as the force that does harm or a judgement verb's act (session 37)
_FIGURATIVE_HAZARDS = frozenset("wave waves surge surges current currents tide tides fire fires flames weather".split())
FORCE_NOUNS_ACTING = HAZARD_NOUNS - _FIGURATIVE_HAZARDS
# - a temperature adjective of the weather or of a thing's heat ("hot, dry conditions", "a hot day", "cold
#   temperatures"): the lexicon's "hot" and "cold" are rated for their figurative senses too ("a cold
#   response"), but grading the weather, a season or a time of day they state a temperature (review 16: "amid
#   hot, dry conditions and high winds" listed as loaded wording). Read off the noun graded (a hazard noun or
#   one of these) or a weather adjective coordinated with it ("hot, dry", "hot and humid").
# Session 44, C (review 32: "heated by a small stove on frigid weekends"): the lexicon's other temperature words,
# "frigid", "chilly" and "balmy", grade the weather so too; "a frigid reception", "relations became so frigid" and "a
# chilly response" (no weather noun) still count
TEMPERATURE_WORDS = frozenset({"hot", "cold", "frigid", "chilly", "balmy"})
WEATHER_NOUNS = frozenset(
    "conditions temperature temperatures day days night nights summer summers winter winters spring autumn afternoon "
    "afternoons morning mornings evening evenings weekend weekends spell spells climate air water sun season "
    "seasons".split()
)
_WEATHER_ADJECTIVES = re.compile(r"\s*(?:,|,?\s+and)\s+(?:dry|humid|windy|sunny|muggy|wet|damp|rainy|snowy|icy|"
                                 r"cloudy|breezy|stormy|arid|sticky|steamy)\b", re.IGNORECASE)
# - a temperature word after a verb of going ("we don't yet know how much will still stand when the fires go cold",
#   review 31; "the coffee went cold", "the trail went cold", "the engine runs hot"): a thing's heat changed or held, or
#   the idiom for a search that stalls, told of a thing; said of a person ("he went cold on the deal", "she ran hot and
#   cold") it still counts, as "a cold response" does. "turned cold" is left as it is (a tone turned cold).
_GONE_BEFORE = re.compile(r"\b([A-Za-z][\w'’-]*)\s+(?:(?:has|have|had|will|would|could|may|might|can|to|did|does|do|"
                          r"quickly|soon|finally|already|eventually|never|long|also)\s+){0,2}"
                          r"(?:go|goes|going|gone|went|run|runs|ran|running)\s+$", re.IGNORECASE)
_PEOPLE_PRONOUNS = frozenset("he she they i we you who someone everyone somebody everybody".split())


def _gone_cold(text: str, s: int) -> bool:
    """The temperature word at `s` follows a form of "go" or "run" whose subject (the word before it, past auxiliaries)
    is no person and no name ("the fires go cold", "the trail went cold"; not "he went cold", "the senator ran hot",
    "Smith went cold")."""
    m = _GONE_BEFORE.search(text, max(0, s - 60), s)
    if m is None:
        return False
    subject = m.group(1)
    # (a capitalised subject is a name: "Smith went cold on the plan")
    return subject.lower() not in _PEOPLE_PRONOUNS | PERSON_NOUNS and not subject[0].isupper()


# Session 44, C (review 32: "Their relations became so frigid that the president stopped attending his annual
# address"): a temperature word of relations or ties between parties, before the noun ("cold relations", "chilly ties")
# or after a linking verb ("relations became so frigid"), is the idiom for how the two deal with each other, which
# their acts show, and judges neither side's manner; said of a person or a reply ("he was cold to her", "a cold
# response", "a frigid reception") it still counts
RELATION_NOUNS = frozenset("relations relationship relationships ties".split())
_RELATIONS_LINKED = re.compile(r"\b(?:relations|relationship|relationships|ties)(?:\s+(?:between|with)\s+"
                               r"[^.!?;:\n]{1,60}?)?\s+(?:(?:have|has|had|had\s+long|"
                               r"have\s+long|long)\s+)?(?:been|become|became|grew|grown|turned|remained|remain|remains|"
                               r"are|were|is|was|stayed|stay)\s+(?:(?:so|very|more|even|increasingly|\w+ly)\s+)?$",
                               re.IGNORECASE)


# - a superlative ranking a measured span of time ("its worst day since January 1991", "their worst week on
#   record", "the worst year in decades"): a market's or a statistic's record, which the figures state (review
#   16: a market's "worst days since 2008"); the same word ranking a person or a policy ("the worst president
#   since Carter") still counts.
TIME_SPANS = frozenset("day days week weeks month months quarter quarters year years session sessions".split())
# (a year is a record too: "its worst day of 2019", review 12)
_RECORD = re.compile(r"\s+(?:since\b|so far\b|on record\b|ever\b|in (?:[\w.]+ ){0,2}?(?:years|decades|a decade|a century|"
                     r"history)\b|of the (?:year|decade|century)\b|of (?:1[89]|20)\d\d\b|"
                     # session 47, C: a country's record told by its soil ("the worst terror attack on Australian
                     # soil", "the deadliest attack on U.S. soil")
                     r"on (?:[\w.'’-]+ ){0,2}?soil\b)", re.IGNORECASE)
# whom the ranked thing befalls, between it and its record ("the greatest economic disruption to the United States
# since the Great Depression", review 13): a preposition and up to four words
_RECORD_AFTER = re.compile(r"(?:\s+(?:to|for|in|on|of|across)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?" + _RECORD.pattern,
                           re.IGNORECASE)
# A ranking among peers ("the worst in the developed world", "among wealthy nations", "of any industrialized
# country"): where the thing ranked is measured (a toll, an amount), a rank the figures state, as a record is (review
# 19: a gun violence problem "by far the worst in the developed world", before the homicide rates that rank it).
_PEERS = re.compile(r"\s+(?:in|among|of)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?(?:world|nations?|"
                    r"countries|country|democracies|economies|peers)\b", re.IGNORECASE)
# - a superlative said of a measured thing after a linking verb ("a gun violence problem that is by far the worst in
#   the developed world", "the toll was the worst since 1991"): the rank of its toll or amount, with its record or peers
# (review 23: "the fires are instead the worst since 2010", a correction note: an adverb between the verb and "the")
_PREDICATE_SUPERLATIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|remain|remains|remained|become|becomes|"
                                    r"became)\s+(?:(?:by\s+far|easily|now|still|already|probably|instead|also|again|"
                                    r"officially)\s+)?the\s+$",
                                    re.IGNORECASE)
# - "fake" and the like naming a counterfeit thing ("fake parliamentary assistant jobs", "fake IDs", "fake
#   accounts"): the forgery a charge or a platform states, not a judgement of a claim or a person ("fake news",
#   "a fake scandal" still count; review 16: the "fake ... jobs" of an inquiry).
COUNTERFEIT_WORDS = frozenset({"fake"})
FORGED_NOUNS = frozenset(
    "job jobs id ids passport passports document documents account accounts profile profiles invoice invoices "
    "receipt receipts identity identities name names ticket tickets bill bills money currency cheque cheques check "
    "checks degree degrees diploma diplomas certificate certificates license licenses licence licences signature "
    "signatures ballot ballots card cards website websites email emails address addresses employee employees "
    "company companies business businesses charity charities product products goods pill pills drug drugs "
    "medicine medicines vaccine vaccines bomb bombs gun guns weapon weapons".split()
)
_FOR_PRICE = re.compile(r"\b(?:for|on\s+the)\s+$", re.IGNORECASE)
# - a word of feeling said of someone ("some newer nations are wary of giving up more sovereignty", "lawmakers
#   have grown anxious about", "Democrats are unhappy that"): the state of the people it is said of, which they
#   show or tell, not the writer's judgement of them (review 18: "wary"); said after a linking verb or with what
#   the feeling is about. "An angry mob", "angry complaints" still count.
FEELING_WORDS = frozenset("wary anxious happy unhappy proud afraid fearful angry uncomfortable comfortable "
                          "shocked ill pleased glad delighted thrilled satisfied "
                          # session 36 (BASIL's unmarked spans): "appeared to be more angered by his tone", "said he
                          # is sympathetic to the intent", "have been surprised to get a message"
                          "angered troubled surprised sympathetic sorry upset frustrated "
                          # session 37 (review 24: experts "sounded less impressed"; session 36's left "a run was
                          # looking increasingly doubtful"): how impressed or doubtful someone is, or a thing looks
                          "impressed doubtful "
                          # session 37, F (review 25: the parents returned because they were "nostalgic"): a longing,
                          # their state; quoted so, the word stays the outlet's pick to quote (BASIL marks "he would
                          # be “proud” to take responsibility")
                          "nostalgic "
                          # session 39, G (review 26: "the release of the hostage should be welcome"): a thing's being
                          # welcome is how those it reaches take it, said after a linking verb; "a welcome change"
                          # still counts
                          "welcome".split())
# session 41, B (review 28: "many remain desperate for necessities, most urgently water"): a need for things said of
# people after a linking verb, their state; "desperate to" do a thing imputes a motive ("the party that was desperate to
# impeach him") and "a desperate political attack" (BASIL marks it) still count
_NEED_WORDS = frozenset({"desperate"})
_NEED_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
# review 19: "survivors stood teary-eyed and shocked"; review 22: the pleasure words said of someone ("my first
# reaction was to be slightly pleased", "the staff were delighted with the result"): that person's state, as "happy"
# review 20: "two other nurses have fallen ill", a state of health after a linking verb; "spoke ill of" still counts
_HEALTH = frozenset({"ill"})
# session 40, B (review 25: "Some even enjoyed the rain, jumping into puddles."): a verb of feeling, the lexicon's
# "enjoyed" and "hated", tells its subject's liking or dislike, as "happy with" or "angry at" tells their state (and
# "enjoyed broad support" what they had); used as a verb (the parse's tag, or without one an -ed form)
FEELING_VERBS = frozenset({"enjoyed", "hated", "hate"})
# (session 44, C; review 32: "Bergoglio himself felt most comfortable taking a very low profile": a superlative's
# "most" or "least" grades the feeling as "more" does)
_FEELS = re.compile(r"\b(?:is|are|was|were|be|been|being|am|seem|seems|seemed|feel|feels|felt|grew|grow|grows|grown|"
                    r"become|becomes|became|remain|remains|remained|appear|appears|appeared|look|looks|looked|get|"
                    r"fall|falls|fell|fallen|falling|looking|sound|sounds|sounded|sounding|"
                    r"gets|got|getting|stay|stays|stayed|stood|stand|stands|sat|left)\s+(?:(?:\w+ly|so|very|too|more|"
                    r"less|most|least|all|quite|rather|somewhat|increasingly|particularly|deeply)\s+){0,2}"
                    r"(?:[\w-]+\s+and\s+)?$",
                    re.IGNORECASE)
_FEELING_OF = re.compile(r"\s+(?:of|about|over|that|with|at)\b", re.IGNORECASE)
# a feeling with what it wants or fears to do (session 37, review 24: "many stayed, anxious to see how their area would
# stand up to the storm"; "afraid to speak", "proud to serve"): their state, as "anxious about" is; a thing's
# quality ("comfortable to wear", "uncomfortable to watch") is no one's feeling
_FEELING_TO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b|your\b|this\b|that\b)"
                         r"[a-z]+\b")
_NOT_FELT_TO = frozenset({"comfortable", "uncomfortable", "ill", "sympathetic"})
# acts and events counted by their dead ("the worst mass shooting in U.S. history", "a deadly shooting"), and what
# kills by disease ("diagnosed with the deadly infection", review 20's Ebola), and an event that killed ("a horrific and
# very deadly event" of a typhoon, review 20; "horrific" still counts)
TOLL_NOUNS = frozenset(
    "shooting shootings attack attacks bombing bombings massacre massacres rampage rampages crash crashes collision "
    "collisions accident accidents derailment derailments explosion explosions blast blasts ambush ambushes raid raids "
    "stabbing stabbings riot riots clash clashes outbreak outbreaks epidemic epidemics pandemic disease diseases virus "
    "strain disaster disasters incident incidents violence infection infections illness illnesses event events "
    # session 48, helper H (review 38's AP: a truce "ended the worst cross-border fighting in four years"): fighting
    # ranked against a record, as "the worst violence in decades" is; "the worst fighter" still counts
    "fighting bloodshed hostilities skirmish skirmishes".split()
)
# a turn of the economy, measured in output, jobs or prices ("the greatest economic disruption to the United States
# since the Great Depression", review 13; "the worst recession since 2009"): a rank the figures state; "the worst
# crisis since ..." still counts (a crisis may be political)
ECONOMY_NOUNS = frozenset(
    "disruption disruptions downturn downturns recession recessions depression depressions contraction contractions "
    "slowdown slowdowns layoffs unemployment inflation deflation".split()
)
# what a superlative ranks by figures: a toll, an amount, a hazard, a span of time, a turn of the economy
MEASURED_NOUNS = (TOLL_NOUNS | QUANTITY_NOUNS | HAZARD_NOUNS | TIME_SPANS | ECONOMY_NOUNS
                  | frozenset("toll tolls count counts".split()))
PRICED_NOUNS = frozenset(
    "drug drugs medicine medicines medication medications generic generics pill pills vaccine vaccines oil gas "
    "gasoline fuel fuels energy power electricity coal labor labour loan loans credit money mortgage mortgages "
    "import imports export exports good goods product products food housing home homes house houses rent rents "
    "flight flights ticket tickets car cars phone phones device devices version versions copy copies alternative "
    "alternatives insurance plan plans price prices option options treatment treatments "
    # session 40, B (review 27: "AirAsia, which has dominated cheap travel in the region"): travel and its fares, bought
    "travel fare fares airfare airfares airline airlines carrier carriers hotel hotels".split()
)
# session 45, C (review 33's CNN on a wildfire: "The shelter will block 100% of the heat from flames and hot gases"):
# what a fire, an engine or the sun heats, its temperature told ("hot gases", "the hot sands", "baked to death in a hot
# cell", "cold steel"), as "a hot day" tells the weather's; "a hot take", "hot issues" and "a cold response" still count
HEATED_NOUNS = frozenset("gas gases smoke ash ashes ember embers coal coals cinder cinders sand sands metal metals "
                         "steel iron oil grease steam vapor vapors vapour vapours lava magma rock rocks asphalt "
                         "pavement concrete surface surfaces stove stoves oven ovens furnace furnaces pipe pipes "
                         "exhaust liquid liquids room rooms cell cells tent tents".split())
# session 45, C (review 33; "deadly" of an act that killed, review 19): more acts and agents that kill ("increasingly
# deadly assaults", "clash in deadly battles", "deadly U.S. airstrikes", "deadly gases", "deadly protests"): that people
# died or would, which the toll states; "a deadly ideology" and "deadly serious" still count
LETHAL_NOUNS = frozenset("assault assaults battle battles airstrike airstrikes strike strikes bomb bombs gas gases "
                         "toxin toxins poison poisons conflict conflicts protest protests encounter encounters "
                         # session 47, C (review 35: "The deadly siege of a central Sydney cafe has ended", two
                         # hostages dead): a siege, a standoff, a hostage-taking or a stampede that killed
                         "siege sieges standoff standoffs hostage-taking stampede stampedes shootout shootouts "
                         "firefight firefights gunfight gunfights".split())
# Session 46, helper C (review 34's leftovers: the first 4,000 AllSides articles' "the deadly coronavirus", "a new
# synthetic opioid as deadly as fentanyl", "the flu is more deadly than", "the deadly poisoning of a former spy", "the
# deadly 2017 rally", "an extremely deadly month for the pandemic"): a disease, a drug, a poison or a device that
# kills, an act of poisoning, a rally where people died, and a span of time counted by its dead; how lethal, which a
# death rate or a toll states. "a deadly ideology", "a deadly threat to free speech", "deadly serious" and "will be
# deadly to the prospects" still count
LETHAL_AGENT_NOUNS = frozenset("coronavirus flu influenza plague plagues pathogen pathogens bacteria bacterium germ "
                               "germs fever fevers cancer cancers fungus strains opioid opioids fentanyl heroin "
                               "overdose overdoses poisoning poisonings chemical chemicals explosive explosives device "
                               "devices rally rallies spread day days week weeks weekend weekends month months year "
                               "years".split())
# what a result of turning may be ("it doesn't take much to turn a situation deadly", "the clashes turned deadly"): a
# form of "turn", an object of up to three words (no preposition: "turned away from deadly ..." is no result)
_TURNED = re.compile(r"\b(?i:turn|turns|turned|turning)\s+(?:(?!(?i:to|from|away|into|on|onto|against|toward|towards|"
                     r"over|out|up|down|back|around|in|of|for|with|at)\b)[\w'’-]+\s+){0,3}?(?:(?:\w+ly|very|so)\s+)?$")
# session 45, C (review 33: "the most gruesome images from inside the train"): pictures, what they show
IMAGE_NOUNS = frozenset("image images picture pictures photo photos photograph photographs footage video "
                        "videos".split())
BIND_NOUNS = frozenset("position positions situation situations spot place predicament moment moments".split())
QUESTION_NOUNS = frozenset("question questions silence silences".split())
SCENE_NOUNS = frozenset("scene scenes sight sights".split())
# - a word naming a physical or a labour sense by the noun it grades (review 17): "violent" of an act of force
#   ("five other violent attacks", "violent protests", "the protests turned violent"), a description of what
#   happened, not a judgement of people or words ("violent rhetoric" still counts); "striking" of workers on
#   strike ("the striking workers"), not "a striking image"
SENSE_NOUNS = {
    "violent": frozenset(
        "attack attacks assault assaults protest protests clash clashes riot riots crime crimes incident incidents "
        "confrontation confrontations demonstration demonstrations unrest uprising uprisings fighting conflict "
        "conflicts crackdown crackdowns death deaths felony felonies offense offenses offence offences offender "
        "offenders altercation altercations struggle struggles storm storms extremism "
        # session 37, F (review 25: "a violent exchange of bullets and explosions", "a violent night in which ... the
        # brothers allegedly hurled explosives"): an exchange of fire, and a span of time by the force used in it
        "exchange exchanges shootout shootouts firefight firefights gunfight gunfights gunbattle gunbattles "
        "night nights day days hours weekend weekends "
        # session 44, C (review 32: "The events in Cairo set off a violent backlash across Egypt."): a reaction by force
        "backlash backlashes "
        # session 47, C (review 35's subhead "Gunman had violent history", a premier's "long history of violent
        # crime"): a record of acts of force, as "violent crimes" are the acts; "a violent thug" still counts
        "history histories past record records".split()
    ),
    # review 19: "deadly" of an act that killed ("this deadly mass shooting", "mass shootings appear to be increasingly
    # deadly"): people died, which the toll states; "a deadly ideology" still counts
    "deadly": TOLL_NOUNS | LETHAL_NOUNS | LETHAL_AGENT_NOUNS,
    "striking": frozenset(
        "worker workers employee employees staff staffers teacher teachers nurse nurses doctor doctors miner miners "
        "driver drivers pilot pilots member members union unions dockworker dockworkers autoworker autoworkers "
        "workforce laborer laborers labourer labourers crew crews".split()
    ),
    # review 18: "cheap" and "expensive" of a thing bought, its price ("once-cheap older drugs", "cheap
    # imports"), not "a cheap shot"; "uncomfortable" or "awkward" of a position one is in, a bind
    "cheap": PRICED_NOUNS,
    "expensive": PRICED_NOUNS,
    # session 44, C (review 32: activists "tried to force him to answer uncomfortable questions about what church
    # officials knew"): questions or a silence that put the one asked in a bind, as a position does
    "uncomfortable": BIND_NOUNS | QUESTION_NOUNS,
    "awkward": BIND_NOUNS | QUESTION_NOUNS,
    # session 38, F (review 25: the blasts "transforming a prized Boston tradition into a gruesome scene"): a scene or
    # a sight of the dead and wounded, described by what those there saw; "the gruesome poaching of elephants" (BASIL,
    # a host's quoted words) and "a gruesome crime" still count
    # session 45, C (review 33: "Some of the most gruesome images from inside the train came from a former
    # congressman"): pictures of such a scene, what they show; "a gruesome crime" still counts
    "gruesome": SCENE_NOUNS | IMAGE_NOUNS,
    # session 42, B (review 30: a UN investigation that found "credible evidence" the prince was responsible):
    # "credible" of evidence, a threat, a fear or information names the standard a finding, a security assessment or
    # an asylum screening applies ("credible evidence", "a credible threat", "credible fear"), not the writer's trust;
    # "a credible candidate" and "a credible source" still count
    "credible": frozenset("evidence threat threats fear fears information intelligence".split()),
    # session 42, B (review 30: "Yao Ming, arguably the greatest Chinese basketball player"): a player's or an
    # athlete's rank in a sport, which records and titles state, as a toll's rank among its peers (`_PEERS`); "the
    # greatest president" and "the greatest country" still count
    "greatest": frozenset(
        "player players athlete athletes golfer golfers boxer boxers pitcher pitchers quarterback quarterbacks "
        "scorer scorers goalkeeper goalkeepers swimmer swimmers sprinter sprinters runner runners skier skiers "
        "gymnast gymnasts cyclist cyclists jockey jockeys racehorse racehorses wrestler wrestlers".split()
    ),
}
# session 42, B (review 30: two teams' game "almost certainly would have been a huge television draw"): a size word
# grading an audience ("a huge draw", "a huge crowd", "huge ratings") tells how many watched or came, which the
# counts state, as an amount's size; "a huge mistake" still counts
AUDIENCE_NOUNS = frozenset("draw draws audience audiences crowd crowds ratings viewership attendance following "
                           "followings".split())
# session 44, C (review 32: "His ousting followed huge protests against the president's year-old government"): a size
# word grading a gathering of people tells how many came, as of a crowd, which the counts state; "a huge mistake" still
# counts (the protest's cause is not graded)
GATHERING_NOUNS = frozenset("protest protests rally rallies demonstration demonstrations march marches gathering "
                            "gatherings vigil vigils walkout walkouts".split())  # no "strike": "a huge first strike"
# session 44, C (review 32: "The financial implications of postponing the Olympics could be huge."): a size word grading
# what a thing costs or brings about tells how much, as of an amount, which the figures (or a forecast's) state, before
# the noun ("huge costs", "a huge impact on farmers") or said after a linking verb of it (`_size_of_matter`: "the costs
# could be huge"); "a huge mistake", "a huge betrayal" and "the scandal is huge" still count
IMPACT_NOUNS = frozenset("cost costs expense expenses bill bills implication implications consequence consequences "
                         "impact impacts effect effects ramification ramifications repercussion repercussions "
                         "savings losses".split())
# - "wrong" after a form of "go" ("the debate had gone wrong", "something went wrong"): the idiom for a failure,
#   no judgement of right and wrong (review 16); after "turn out (to be)" or "prove (to be)" ("some reports will
#   later turn out to be wrong", "the forecast proved wrong"): whether a statement is correct, found out later
#   (review 17); "the wrong" before a noun ("probably the wrong comparison", "chose the wrong candidate"): the
#   mistaken one of several, not a moral judgement ("on the wrong side of history" still counts)
# - an adjective a consequence makes true of doing something ("the bacteria made it impossible to use the water",
#   "rendered it difficult for residents to return"): what can no longer be done, stated as a fact of its cause
#   (review 16), not the writer's view of it; "an impossible demand" still counts
_MADE_IT = re.compile(r"\b(?:make|makes|made|making|render|renders|rendered|rendering)\s+(?:it|them|this|that)\s+"
                      r"(?:(?:\w+ly|so|nearly|almost|more|less|much|far|even|too)\s+){0,2}$", re.IGNORECASE)
_TO_DO = re.compile(r"\s+(?:to|for)\b")
_GONE_WRONG = re.compile(r"\b(?:(?:go|goes|going|gone|went)\s+(?:\w+ly\s+|very\s+|so\s+|badly\s+|terribly\s+)?|"
                         r"(?:turn|turns|turned|turning|prove|proves|proved|proven|proving)\s+(?:out\s+)?"
                         r"(?:to\s+(?:be|have\s+been)\s+)?(?:\w+ly\s+)?)$", re.IGNORECASE)
# A word in the complement of a naming verb ("What Pelosi called a sad and solemn moment", "critics called the
# plan an outrageous giveaway", "she described the vote as a sad day"): the subject's characterisation, which
# the text reports as reported speech is (review 17); not in the passive ("what can only be called a disaster":
# the outlet's own naming) nor "so-called". The object is a pronoun, a determiner and a word, or a name, so a
# word of the object itself ("called the disgraceful response a scheme") stays the outlet's.
_OBJECT = r"(?:(?:it|this|that|them|him|her|these|those|(?:the|a|an|his|her|their|its|our|this|that)(?:\s+[\w'’-]+){1,3}|" \
          r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)"
# session 34 (BASIL's unmarked spans: colleagues "praised him as a well-qualified and careful judge"): a verb that
# praises, faults or portrays its object "as" something gives the subject's characterisation, as "described as" does
_AS_VERBS = (r"praise|praises|praised|praising|hail|hails|hailed|hailing|laud|lauds|lauded|lauding|tout|touts|touted|"
             r"touting|pan|pans|panned|panning|dismiss|dismisses|dismissed|dismissing|deride|derides|derided|deriding|"
             r"denounce|denounces|denounced|denouncing|decry|decries|decried|decrying|condemn|condemns|condemned|"
             r"condemning|criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising|"
             r"slam|slams|slammed|slamming|blast|blasts|blasted|blasting|attacked|attacking|mock|mocks|"
             r"mocked|mocking|ridicule|ridicules|ridiculed|ridiculing|portray|portrays|portrayed|portraying|paint|"
             r"paints|painted|painting|depict|depicts|depicted|depicting|cast|casts|casting|brand|brands|branded|"
             r"branding|label|labels|labeled|labelled|labeling|labelling")
_CALLED = re.compile(
    r"(?<![-\w])(?:(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|term|terms|termed|terming|label|labels|"
    r"labeled|labelled|labeling|labelling|brand|brands|branded|branding)\s+(?:" + _OBJECT + r"(?:(?:a|an|the)\s+)?|"
    r"(?:a|an)\s+)?|"
    r"(?:describe|describes|described|describing|characterize|characterizes|characterized|characterizing|"
    r"characterise|characterises|characterised|characterising|" + _AS_VERBS + r")\s+(?:[\w'’-]+\s+){0,4}?as\s+"
    r"(?:(?:a|an|the)\s+)?)"
    r"(?:(?:\w+ly|so|very|too|just|plain|both)\s+)?(?:[\w-]+(?:,|\s+and|\s+or)\s+)?$",
)
# A word in the complement a verb of judging or feeling gives its object ("she often found feminists tiresome", "those
# who felt the sentence too lenient", "believed trailblazing impossible", "critics considered the plan unfair"): the
# subject's judgement, which the text reports as it reports a naming verb's (review 27: three of Politico's and CNN's
# views told were listed as the outlet's words). The object is `_OBJECT` or one bare word that is no function word
# (a plural, a mass noun or a gerund: "feminists", "trailblazing"); a degree word may stand before the word ("too
# lenient"). Not the passive ("was deemed unsafe": no object), a clause ("found that temperatures rose") nor an object
# the word itself grades ("found the tiresome report": the word must end its phrase, `_COMPLEMENT_END`, or follow
# "too" or "so").
_DEEMED = re.compile(
    r"(?<![-\w])(?i:find|finds|found|finding|consider|considers|considered|considering|deem|deems|deemed|deeming|"
    r"think|thinks|thought|believe|believes|believed|believing|feel|feels|felt|feeling|judge|judges|judged|judging)"
    r"\s+(?!that\b)(?:" + _OBJECT + r"|(?!(?:" + "|".join(sorted(_STOP)) + r")\b)[a-z][\w'’-]*\s+)"
    r"(?:(?:\w+ly|so|too|very|rather|quite|more|less|most|least|utterly|wholly|plainly)\s+)?$"
)
# Session 43, helper C (review 31: the Voting Rights Act, "widely viewed as the most effective and successful civil
# rights legislation"; review 30: a file that "is considered credible enough for investigators to be considering a
# formal approach"): a word in the complement of a passive verb of regarding ("is widely viewed as", "is considered",
# "are seen by many Democrats as", "was thought to be", a reduced relative ", viewed by many as") reports a view that
# people hold, the holders named ("by many Democrats") or not ("widely", "generally"), as the active verb's subject's
# judgement is (`_DEEMED`); BASIL's annotators mark no word in such a complement (24 passives of these verbs in its
# 142 articles). The writer's own verdict in the passive ("can only be seen as a disaster", "must be considered a
# failure", "should be viewed as reckless") stays the outlet's (`_OWN_VERDICT`), as "can only be called a disaster" does
# for `_CALLED`.
_DEEMED_PASSIVE = re.compile(
    r"(?:\b(?i:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|long|also|now|often|once)\s+){0,2}|"
    r"\b(?i:widely|generally|commonly|broadly|largely|universally|often|long|increasingly)\s+|,\s+)"
    r"(?P<verb>(?i:viewed|seen|regarded|considered|deemed|thought|believed|perceived|judged|reckoned))"
    r"(?:\s+(?i:by)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?(?:\s+(?i:as|to\s+be|to\s+have\s+been))?\s+"
    r"(?:(?i:a|an|the)\s+)?(?:(?i:\w+ly|so|very|too|more|most|less|least|quite|rather|somewhat)\s+){0,2}"
    r"(?:[\w-]+(?:,|\s+and|\s+or)\s+)?$")
_OWN_VERDICT = re.compile(r"\b(?i:only|must|should|ought\s+to|deserves?\s+to|has\s+to|have\s+to|needs?\s+to)\s+"
                          r"(?:(?:\w+ly)\s+)?"
                          r"(?i:be)\s+(?:\w+ly\s+)?$")
# what ends the complement: the word stands last in its phrase, before a mark, a conjunction or a preposition (an
# adjective before its noun grades the noun: "found widespread ridiculous spending" is the outlet's)
_COMPLEMENT_END = re.compile(r"[\w'’-]*(?:\s*(?:[.,;:!?)\"”’—–]|$)|\s+-|\s+(?:and|or|but|for|to|in|of|about|with|"
                             r"because|after|when|as|than|since|by|on|at|until|unless|if)\b)")
_TOO_SO = re.compile(r"\b(?:too|so)\s+$")  # "felt the sentence too lenient felt validated": no noun follows "too"
# A word in a sentence that opens by naming whose view it gives ("For admirers, Thatcher was a savior who ... an
# extraordinary economic renaissance. For critics, she was ... let the rich become filthy rich."; "To her detractors,
# the plan was ..."): the admirers' and the critics' view, told as reported speech is (review 27). The holders are
# people named by their stance toward someone (admirers, critics, supporters, opponents ...), with an owner or "many" or
# "some" before them; the sentence runs to the word (no sentence end between).
_VIEW_HOLDERS = (r"admirers|critics|supporters|opponents|detractors|defenders|fans|foes|enemies|backers|"
                 r"followers|devotees|loyalists|skeptics|sceptics|champions")
_FOR_HOLDERS = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’])\s*)(?:For|To)\s+(?:(?:his|her|their|its|many|some|most|the)\s+)?"
    r"(?:(?:many|most|some|own|[a-z]+ist|[a-z]+al|[A-Z][\w'’-]+)\s+)?(?:" + _VIEW_HOLDERS + r")\s*,"
    r"[^.!?\n]*$"
)
# Session 44, C (review 31's leftover: NPR's "To Sherrilyn Ifill, president of the NAACP Legal Defense Fund, those
# sentiments are just plain scary."): a sentence opened by "To" and a person's name, or "him", "her" or "them", with
# an appositive after the name, gives the view of the one named, as "For critics," gives the critics' (`_FOR_HOLDERS`).
# Not a possessive ("To Trump's credit, he was gracious": the writer's judgement) nor "To me" or "To us" (the writer's
# own); "For NAME," is left to the outlet ("For Trump, the week was a disaster": how it went for him, the writer's word)
_TO_NAMED = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’])\s*)To\s+(?:him|her|them|"
    r"(?!(?:The|This|That|These|Those|Be|Date|Do|Make|Get|Some|Many|Most|All|Each)\b)"
    r"[A-Z][\w.’'-]*(?<!['’]s)(?:\s+(?:[A-Z][\w.’'-]*(?<!['’]s)|de|van|von|al|bin)){0,3})"
    r"(?:\s*,\s*[^,.!?\n“”\"]{1,100}?)?\s*,[^.!?\n]*$")
# A word in the reason a criticism or a praise is given for ("Paul slammed his colleagues for ... a lack of a fair
# and open process", "praised the agency for its generous help"): the critic's complaint, reported as reported
# speech is (review 18): the verb, its object (up to five words, no comma), "for" or "over", and the reason up to
# the word, in one clause of its sentence (not past "which", "after", "but" ...: "applauded the reversal and called
# for more restrictions on hunting, which ..." is no reason). Judgement verbs are their own evidence
# (slant_verbs.py). "accused X of ..." is left the outlet's: BASIL's annotators mark its words (a lawsuit that
# "accused Colorado of leaving huge holes") as the outlet's lexical bias.
_FAULTED_FOR = re.compile(
    r"\b(?:(?:slam|blast|fault|blame|chide|rebuke|scold|attack|knock|praise|laud|hail|commend|credit|thank|applaud|"
    r"criticize|criticise|condemn|denounce|castigate|lambaste|berate|assail|decry)(?:s|d|ed|es|ing)?|slammed|"
    r"slamming|decried|criticizing|criticising|castigating|lambasting|berating|denouncing)"
    r"(?:\s+(?!and\b|or\b|but\b|then\b|which\b|who\b|that\b)[\w'’.-]+){1,5}?\s+(?:for|over)\s+"
    r"(?:(?!which\b|who\b|after\b|when\b|because\b|but\b|while\b|although\b)[^\s.!?;:]+\s+){0,20}$",
    re.IGNORECASE,
)
# A word in a clause a finding, a speech noun or a speech verb set off by a parenthetical reports (review 21): "the IRS
# watchdog found that the criteria ... resulted in ... the request of unnecessary information" (the finding's words),
# "Her comments that the agency was wrong to flag ..." (hers), "Miller also claimed -- over and over -- he was being
# honest" (his): what someone found or said, reported as reported speech is, which the quote stage does not take when a
# noun reports it or a parenthetical stands between the verb and its clause. The clause runs to the word, in one
# clause of its sentence (as `_FAULTED_FOR`'s reason), not past a quotation mark. A noun needs its owner ("her
# comments", "the agency's findings", "his repeated claims"; not "warnings that the brash former army captain could
# ...": whose warnings the sentence does not say, and the words may be the outlet's), and "that" opening a clause with
# its subject (a determiner, a pronoun or a name: "her claims that he made" is read so too, "her claims that were made"
# is not).
_CLAUSE_TO_WORD = (r"(?:(?!which\b|who\b|after\b|when\b|because\b|but\b|while\b|although\b)"
                   r"[^\s.!?;:“”\"]+\s+){0,20}$")  # a quotation's closing mark ends it too ("... me,” he said)
_SPEECH_VERBS = (r"said|says|claimed|claims|insisted|insists|argued|argues|contended|contends|maintained|maintains|"
                 r"asserted|asserts|acknowledged|acknowledges|admitted|admits|conceded|concedes|testified|testifies")
_FINDING_THAT = r"\b(?i:found|finds|concluded|concludes|determined)\s+that\s+"
_SUBJECT_AHEAD = r"(?=(?i:the|a|an|his|her|their|its|our|he|she|they|it|we|i|you|this|these|those|there)\b|[A-Z])"
# a question asked, reported ("Asked later whether it was fair to invoke God, the spokesman ...", "reporters asked if
# the plan was a disaster"): the asker's words, as a said-clause is the speaker's (session 36, BASIL's unmarked spans)
_ASKED_WHETHER = r"\b(?i:asked|asks|asking)\b[^.!?;:\n“”\"]{0,60}?\b(?i:whether|if)\s+"
# Session 41, helper B (review 28: "debate over whether she should be considered a hero for volunteering ... or a
# selfish danger to the public", "The general consensus in the medical community is that a quarantine is
# unnecessary"): the question a debate is over states its sides' views, and a community's consensus its members' view,
# reported as a finding is, not the outlet's: "debate" (or "argument", "dispute", "question") over "whether";
# "consensus" (or "view", "belief", "verdict", "wisdom" of a group named: "in the medical community", "among
# economists") "is that". An unowned "the view is that" (a column's own) stays the outlet's.
_DEBATED = (r"\b(?i:debate|debates|argument|arguments|dispute|disputes|question|questions)\s+(?i:over|about|on|of)\s+"
            r"whether\s+|\b(?i:consensus\b(?:\s+(?:[\w'’-]+\s+){0,5}?)?|(?:view|views|belief|verdict|wisdom)\s+"
            r"(?i:in|of|among|within|across)\s+(?:[\w'’-]+\s+){1,5}?)(?i:is|was|remains|has\s+been)\s+that\s+")
_SPEECH_PAST_PARENTHETICAL = (r"\b(?i:" + _SPEECH_VERBS + r")\s*(?:(?:--|—|–)[^—–\n]{1,80}?(?:--|—|–)|"
                              r",[^,.!?\n]{1,60},)\s*(?:that\s+)?")
_REPORTED = re.compile(
    r"(?:" + _FINDING_THAT + r"|"
    r"(?:\b(?i:his|her|their|its|our|my|your)|\w['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:comments?|remarks?|statements?|claims?|assertions?|admissions?|acknowledge?ments?|testimony|arguments?|"
    r"insistence|contentions?|allegations?|accusations?|findings?|conclusions?|suggestions?|warnings?|complaints?|"
    r"view|belief)\s+that\s+" + _SUBJECT_AHEAD + r"|" + _SPEECH_PAST_PARENTHETICAL + r"|" + _ASKED_WHETHER + r"|"
    + _DEBATED + r")" + _CLAUSE_TO_WORD
)
# A judgement verb in the clause a charge, a claim, a report or another speech noun states ("Responding to charges that
# he demonized Mexicans", session 34, one of BASIL's unmarked spans; "amid reports that the senator lashed out at
# aides"), or a finding or a speech verb past a parenthetical reports: the act the speaker tells of, in the speaker's
# words. No owner is needed, as the outlet's own narration is no content of a charge (an adjective there may be the
# outlet's description, "a woman's claims that the former judge and staunch social conservative ...": BASIL marks
# "staunch"; `_REPORTED`'s owner rule stays for adjectives). The clause is read more strictly than `_REPORTED`'s: up to
# twelve words with no comma, "and" or "or" (the outlet's narration goes on past them: "repeating unproven claims that
# Mueller had conflicts of interest and claiming that ...", "Despite allegations that ..., Trump has repeatedly
# insisted").
_VERB_CLAUSE = (r"(?:(?!which\b|who\b|after\b|when\b|because\b|but\b|while\b|although\b|and\b|or\b)"
                r"[^\s.!?;:,“”\"]+\s+){0,12}$")
_REPORTED_VERB = re.compile(
    r"(?:" + _FINDING_THAT + r"|"
    r"\b(?i:comments?|remarks?|statements?|claims?|assertions?|admissions?|testimony|arguments?|contentions?|"
    r"allegations?|accusations?|charges|reports|rumou?rs|findings?|conclusions?|suggestions?|warnings?|complaints?)"
    r"\s+that\s+" + _SUBJECT_AHEAD + r"|" + _SPEECH_PAST_PARENTHETICAL + r"|" + _ASKED_WHETHER + r")" + _VERB_CLAUSE
)
_PASSIVE_OR_SO = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?|\bso-)$", re.IGNORECASE)
_THE_WRONG = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOT_A_PICK = frozenset({"side", "sides"})  # "on the wrong side of history": a judgement
# what may stand between a hazard noun and the adjective that follows it ("the storm is still
# extremely dangerous", "winds remained powerful")
_LINKING = frozenset("is are was were be been being remain remains remained become becomes became stay stays stayed "
                     "turn turns turned turning grew grow grows still very so too appear appears appeared seem seems "
                     "seemed to will would could can may might should must "
                     # session 46, C (review 34's leftovers: "the weather has been unpredictable", "the flu is more
                     # deadly than", "an opioid as deadly as fentanyl"): a perfect's auxiliary and a comparison's degree
                     "has have had more less as".split())
_WORDS_BEFORE = re.compile(r"([A-Za-z]+)[\s\"“'‘-]+$")  # a word, and the quote mark a fragment opens with
# a hazard's name ("Hurricane Irma", "Tropical Storm Gert", "Typhoon Haiyan"): "Irma remained extremely dangerous"
# grades the storm (review 15)
_HAZARD_NAME = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm|Tropical\s+Depression|Superstorm)\s+"
                          r"([A-Z][a-z]+)\b")
# a clause's subject (up to four words, a hazard noun among them) set off from its verb by an appositive ("Storm
# surge, the wall of sea water that roars ashore ..., will be "dangerous"", review 15)
_OPENING_SUBJECT = re.compile(r"(?:^|[.!?:]\s+|\n\s*)((?:[\w'’-]+\s+){0,3}[\w'’-]+),[^.!?\n]*,\s*$")
# (a number counts as a word: "a powerful Category 4 storm", "a huge 10 percent increase"; session 37)
_WORDS_AFTER = re.compile(r"[\s-]+([A-Za-z]+|\d+(?:\.\d+)?)(?:[\s-]+([A-Za-z]+|\d+(?:\.\d+)?))?"
                          r"(?:[\s-]+([A-Za-z]+|\d+(?:\.\d+)?))?")
# the word after a fixed term's first word, past a quotation's marks ("an “affirmative” vote": the term, quoted)
_TERM_AFTER = re.compile(r"[\s\"“”'’-]+([A-Za-z]+)")
# Session 43, helper C (review 31: "the overwhelming, bipartisan vote in favor of renewing the law in 2006"): a fixed
# term's words with another adjective between, set off by a comma or joined by "and" or nothing ("an overwhelming and
# bipartisan vote", "a grand federal jury"), are the term still; the word between is lower case and (with the parse)
# an adjective
_TERM_PAST_ADJECTIVE = re.compile(r"(?:,|\s+and)?\s+([a-z][a-z-]*)(?:,)?\s+([A-Za-z]+)")


def _term_past_adjective(text: str, e: int, nouns: frozenset[str], tags: Mapping[int, str] | None) -> bool:
    """A fixed term's noun (`nouns`) follows the word ending at `e` past one lower-case adjective: "the overwhelming,
    bipartisan vote", "an overwhelming and bipartisan majority"."""
    m = _TERM_PAST_ADJECTIVE.match(text, e)
    if m is None or m.group(2).lower() not in nouns or m.group(1) in _STOP:
        return False
    # a hyphenated compound is a modifier whatever its first word's tag ("extraordinary, behind-the-scenes action")
    return not tags or "-" in m.group(1).strip("-") or tags.get(m.start(1), "JJ").startswith(("JJ", "VBN"))


@dataclass(frozen=True)
class Entry:
    """One word form of the lexicon: means over its senses."""

    polarity: float  # -1 negative .. +1 positive
    subjectivity: float  # 0 objective .. 1 subjective
    intensity: float  # > 1 for intensifiers ("very", "extremely")
    pos: frozenset[str] = frozenset()  # the word classes its senses are rated as ("JJ", "RB", ...)
    least_subjectivity: float = 1.0  # of its least subjective sense


def lexicon_path() -> Path:
    """Where the installed textblob keeps its sentiment lexicon."""
    try:
        dist = metadata.distribution(LEXICON_PACKAGE)
    except metadata.PackageNotFoundError as exc:
        raise ModelError(
            "the loaded-wording lexicon needs the textblob package: pip install 'textblob==0.20.1'"
        ) from exc
    return Path(str(dist.locate_file(LEXICON_FILE)))


@lru_cache(maxsize=1)
def lexicon() -> Mapping[str, Entry]:
    """Word form (lower case) -> Entry, read once per process from the installed package."""
    path = lexicon_path()
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ModelError(f"the textblob sentiment lexicon at {path} is unreadable ({exc}); reinstall textblob") from exc
    senses: dict[str, list[tuple[float, float, float]]] = {}
    classes: dict[str, set[str]] = {}
    for w in root.iter("word"):
        form = (w.get("form") or "").lower()
        if not form or " " in form:
            continue
        try:
            vals = (float(w.get("polarity", 0)), float(w.get("subjectivity", 0)), float(w.get("intensity", 1)))
        except ValueError:
            continue
        senses.setdefault(form, []).append(vals)
        if w.get("pos"):
            classes.setdefault(form, set()).add(w.get("pos", "")[:2].upper())
    if not senses:
        raise ModelError(f"the textblob sentiment lexicon at {path} has no words; reinstall textblob")
    out = {}
    for form, vs in senses.items():
        n = len(vs)
        out[form] = Entry(
            round(sum(v[0] for v in vs) / n, 4), round(sum(v[1] for v in vs) / n, 4), round(sum(v[2] for v in vs) / n, 4),
            frozenset(classes.get(form, ())), round(min(v[1] for v in vs), 4),
        )
    return out


# Session 41, helper B (review 29: the Times' "Sounding alternately defensive and aggrieved, Mr. Trump explained ...",
# which BASIL's annotators mark as lexical bias, showed no evidence): words that judge someone's manner as a fault,
# which the lexicon does not rate. A closed list, as slant_verbs.py's verbs, of the words BASIL's annotators mark
# wherever the narration uses them ("defensive", "aggrieved", "testy" twice, "bombastic": 5 uses, all in a span) and
# their near kin of manner ("petulant", "smug", "condescending", "snide", "whiny", "churlish"); not the words they
# leave unmarked ("combative" 3 uses, "inflammatory" 3, "freewheeling", "a mocking riff", "defiant", "withering": none
# in a span). "defensive" before a noun other than a manner's is the plain sense ("a defensive line", "defensive
# weapons": `_DEFENSIVE_PLAIN`). Each is read as the lexicon's words are (an adjective, not negated, not quoted, not
# reported), its note saying it judges a manner.
DEMEANOR_WORDS = frozenset("defensive aggrieved testy bombastic petulant smug condescending snide whiny "
                           "churlish".split())
# (an adjective, or the participle it is: the parse tags "aggrieved" VBN)
DEMEANOR_ENTRY = Entry(polarity=-0.5, subjectivity=1.0, intensity=1.0, pos=frozenset({"JJ", "VB"}),
                       least_subjectivity=1.0)
DEMEANOR_NOTE = "loaded wording: judges someone's manner as a fault (a word the lexicon does not rate)"
# the nouns "defensive" grades as someone's manner ("a defensive tone", "his defensive answers")
_MANNER_NOUNS = frozenset("tone tones response responses answer answers reply replies remark remarks manner mood "
                          "demeanor demeanour statement statements posture".split())
_NEXT_WORD = re.compile(r"[\"”’']?[^\S\n]+([A-Za-z][\w'’-]*)")  # past a closing mark: a “defensive” airstrike


def _defensive_plain(text: str, e: int, tags: Mapping[int, str] | None) -> bool:
    """"defensive" ending at `e` grades a thing that defends ("a defensive line", "defensive weapons"): a noun follows
    that is no manner's (`_MANNER_NOUNS`); or it is the noun of a position ("on the defensive", "get off the
    defensive"). Said of someone ("sounding defensive and aggrieved", "got defensive when asked") or of a manner ("a
    defensive tone") it judges them."""
    m = _NEXT_WORD.match(text, e)
    w = m.group(1).lower() if m is not None and m.start(1) - e < 4 else None
    noun_after = w is not None and w not in _STOP and w not in _MANNER_NOUNS and w not in _NOT_A_NOUN and (
        tags.get(m.start(1), "NN").startswith("NN") if tags else True)  # type: ignore[union-attr]
    if noun_after:
        return True
    the_before = re.search(r"\bthe\s+$", text[max(0, e - 9 - 20) : e - 9], re.IGNORECASE) is not None
    return the_before and (w is None or w in _STOP or w in _NOT_A_NOUN)


_NOT_A_NOUN = frozenset("and or but when about after with as than".split())
# Session 45, helper C (review 33: "Exit polls do not have a precise breakdown for other ethnic groups"; BASIL 1 use,
# not in a span: "The precise justification for ... is unclear"): "precise" before the noun of a thing says how exact
# a figure, a fact or a place is ("the precise number", "the precise nature of the material", "precise locations"), as
# "exact" does, which the lexicon does not rate loaded; said of a person or a manner ("careful and precise", "to be
# precise with their language", "in a precise way", "the precise and strategic application of power") it praises them
# and still counts. "to be precise" is the writer's pointer to an exact figure.
EXACT_WORDS = frozenset({"precise"})
_TO_BE_EXACT = re.compile(r"\b(?i:to\s+be)\s+$")
_HEDGE_END = re.compile(r"\s*[,:;.—–)]")  # "2,472 people, to be precise:"; not "to be precise with their language"
_EXACT_MANNER = _MANNER_NOUNS | frozenset("way ways language wording terms style application".split())


def _exact_of_a_thing(text: str, e: int, tags: Mapping[int, str] | None) -> bool:
    """The exactness word ending at `e` stands before the noun of a thing (`_grades_a_matter`) that is no manner
    (`_EXACT_MANNER`): "a precise breakdown", "the precise nature of"; not "in a precise way", "careful and precise"."""
    m = _NEXT_WORD.match(text, e)
    return (m is not None and m.group(1).lower() not in _EXACT_MANNER
            and _grades_a_matter(text, e, tags))


# Session 46, helper C (review 34's neutral words): how an event came about and how big a thing is.
# - "abrupt" and "spontaneous" of an event ("The abrupt end to the meeting", "Flynn's abrupt guilty plea", "an
#   apparently spontaneous announcement of a withdrawal", "a spontaneous protest"; the end was abrupt): that it came
#   suddenly or unplanned, which the times told state; said of a person ("she is spontaneous", "the senator was
#   abrupt with reporters") or of a manner ("an abrupt tone", "his spontaneous style") it judges them and still counts;
# - "modest" of a thing ("a more modest agreement", "modest homes", "the drop was modest"): its size or its scope, as
#   "modest increases" (an amount, `QUANTITY_NOUNS`) is; "a modest man" and "his modest manner" (a virtue praised)
#   still count.
ONSET_WORDS = frozenset({"abrupt", "spontaneous"})
SCOPE_WORDS = frozenset({"modest"})
_PERSONAL_MANNER = _EXACT_MANNER | frozenset("behavior behaviour personality nature temper temperament attitude "
                                             "character demeanor demeanour".split())


def _of_an_event(text: str, s: int, e: int, tags: Mapping[int, str] | None) -> bool:
    """The word at `text[s:e]` grades a thing that is no person and no manner: before its noun (`_grades_a_matter`,
    agents read as people: "an abrupt negotiator") or said of it after a linking verb (`_matter_before`: "the end was
    abrupt"); not "an abrupt tone", "his modest manner", "a modest man", "the senator was abrupt"."""
    m = _NEXT_WORD.match(text, e)
    if m is not None and m.group(1).lower() in _PERSONAL_MANNER:
        return False
    return _grades_a_matter(text, e, tags, agents=True) or _matter_before(text, s, e, tags, agents=True)


# Session 46, helper C (review 34's Guardian: Otto Warmbier "was sent home from North Korea seriously ill in June
# 2017"): "ill" of health: graded by an adverb of illness ("seriously ill", "the mentally ill", "terminally ill"),
# after a verb of falling or feeling ill ("fell ill", "feeling ill"), before "health", or said with no noun after it
# ("left early, exhausted and ill."); "ill will", "ill effects", "bodes ill", "speak ill of" and "ill-advised" still
# count (a judgement, or the loaded sense the lexicon rates)
_HEALTH_BEFORE = re.compile(r"\b(?i:seriously|critically|gravely|terminally|chronically|mentally|severely|fatally|"
                            r"fell|falls|fall|falling|fallen|taken|feeling|feel|feels|felt|became|become|becomes|got)"
                            r"\s+$")
_ILL_JUDGED_BEFORE = re.compile(r"\b(?i:bode|bodes|boded|boding|augur|augurs|augured|speak|speaks|spoke|spoken|"
                                r"speaking|think|thinks|thought|thinking|good\s+or|wish|wished|wishes|mean|meant)\s+$")
_ILL_NO_NOUN = re.compile(r"[^\S\n]*(?:[;:,.!?)\]—–]|$|(?:and|or|but|in|with|from|after|since|during|for|last|this|"
                          r"when|while|as|on|until|before)\b)", re.IGNORECASE)


# Session 46, helper C: "thin" of what is spread or stretched ("her resources spread thin", "campus resources are
# stretched thin"): too little for all it must cover, an amount; "the act is wearing thin" (patience judged) still
# counts
_STRETCHED = re.compile(r"\b(?i:spread|spreads|spreading|stretch|stretched|stretches|stretching)\s+"
                        r"(?:(?:\w+ly|too|so|very|quite)\s+)?$")


def _how_graded(text: str, s: int, e: int, nouns: frozenset[str]) -> bool:
    """The word at `text[s:e]` after "how" is said of one of `nouns` after it ("how deadly the virus really is", "just
    how deadly this attack was"; session 46, C), as after a linking verb before it."""
    if not _HOW_BEFORE.search(text, max(0, s - 20), s):
        return False
    m = _MATTER_AFTER.match(text, e)
    return m is not None and any(w.lower() in nouns for w in re.findall(r"[\w'’-]+", m.group(1)))


def _ill_health(text: str, s: int, e: int) -> bool:
    """"ill" at `text[s:e]` tells someone's health (see above)."""
    if _ILL_JUDGED_BEFORE.search(text, max(0, s - 20), s):
        return False
    if _HEALTH_BEFORE.search(text, max(0, s - 20), s):
        return True
    m = _NEXT_WORD.match(text, e)
    if m is not None and m.start(1) - e < 3 and m.group(1).lower() == "health":
        return True  # "in ill health"
    return _ILL_NO_NOUN.match(text, e) is not None


# Session 46, helper C (review 34's CNS News: "I hereby resign from the position of Secretary ..., effective April 7th
# 2019"; BASIL: "his resignation, effective at 5 p.m.", not in a span): "effective" before the date or the time from
# which a thing takes effect ("effective immediately", "effective Jan. 1", "effective at midnight", "effective as of
# Monday") is the fixed term of a notice, no praise; "an effective tool" is `EFFECT_WORDS`' and "very effective at
# convincing" still counts
_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|"
           r"September|October|November|December")
_WHEN = (r"(?:(?:" + _MONTHS + r")\s+\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|midnight|noon)\b|"
         r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:next|this)\s+(?:week|month|year|fall|spring|summer|"
         r"winter)\b|the\s+(?:end|start|beginning|first)\s+of\b)")
_IN_FORCE_FROM = re.compile(r"[^\S\n]+(?:immediately\b|today\b|tonight\b|tomorrow\b|(?:(?:as\s+of|from|on|at|upon|"
                            r"starting|beginning)\s+)?" + _WHEN + r")")


def rated_loaded(word: str, tag: str | None = None, min_subjectivity: float = MIN_SUBJECTIVITY,
                 min_tone: float = MIN_TONE, every_sense: bool = True) -> Entry | None:
    """The lexicon's entry of `word` (lower case) when the lexicon rates it as loaded, else None.

    Loaded: every sense rated at least `min_subjectivity` (a word with a plain sense, "detailed"
    of "executed in minute detail" at 0.6, is used plainly in news as often as not), with a
    tone (mean polarity at least `MIN_TONE` either way: a word rated without one, "vast",
    "massive", "necessary", "likely", tells size, degree or need, not approval), not a
    function word, an intensifier, a word news uses as plain description, nor shorter than 3
    letters; with `tag` (Penn, spaCy's `tag_`), used as a word class the lexicon rates.
    (`every_sense=False`: the mean over senses, as before review 11; benchmarks/slant_loaded.py.)"""
    entry = lexicon().get(word)
    if entry is None and word in DEMEANOR_WORDS:
        entry = DEMEANOR_ENTRY  # a word judging a manner, which the lexicon does not rate (session 41)
    if entry is None:
        return None
    subjectivity = entry.least_subjectivity if every_sense else entry.subjectivity
    if (subjectivity < min_subjectivity or abs(entry.polarity) < min_tone
            or word in _STOP or word in PLAIN_IN_NEWS or len(word) < 3):
        return None
    if entry.intensity > 1.0:  # an intensifier: rated for "very X", not as a word alone
        return None
    if tag is not None and entry.pos and tag[:2].upper() not in entry.pos:
        return None  # used as another word class than the one rated
    return entry


def plain_use(text: str, s: int, e: int, word: str, tags: Mapping[int, str] | None = None) -> bool:
    """`text[s:e]`, the rated `word`, used plainly: the first word of a fixed term
    (`PLAIN_BEFORE`: "grand jury"), negated ("didn't hate", "not unexpected"), or an adjective
    grading an amount or a change: one of `QUANTITY_NOUNS` among the up to three words after it,
    before a function word (with `tags`: a noun, after nouns and adjectives only): "a huge lead",
    "modest tax increases", "its worst showing"; not "a huge mistake", "huge computer servers";
    or grading a natural hazard (`HAZARD_NOUNS`) after it so, or just before it: "a powerful storm",
    "the storm is extremely dangerous"."""
    after = _WORDS_AFTER.match(text, e)
    term = _TERM_AFTER.match(text, e) if word in PLAIN_BEFORE else None
    if term and term.group(1).lower() in PLAIN_BEFORE[word]:
        return True
    if word in PLAIN_BEFORE and _term_past_adjective(text, e, PLAIN_BEFORE[word], tags):
        return True  # "the overwhelming, bipartisan vote": the term with another adjective between (session 43, C)
    if _NEGATED.search(text[max(0, s - 60) : s]):
        return True
    if _NEGATED_USE.search(text, max(0, s - 60), s):
        return True  # "the guards did not use excessive force": denied (session 47, C; review 35)
    if word == "worst" and (
            (_FEAR_THE_WORST.search(text, max(0, s - 40), s) and _THE_WORST_END.match(text, e))
            or (re.search(r"\b(?i:the)\s+$", text[max(0, s - 6) : s]) and _WORST_PASSED.match(text, e))):
        return True  # "fearing the worst", "the worst is over": the gravest outcome (session 47, C; review 35)
    if word == "wrong" and _GONE_WRONG.search(text, max(0, s - 40), s):
        return True  # "had gone wrong": a failure; "turn out to be wrong": found incorrect
    if (word == "wrong" and _THE_WRONG.search(text, max(0, s - 10), s) and after
            and after.group(1).lower() not in _NOT_A_PICK and (not tags or tags.get(after.start(1), "NN").startswith("NN"))):
        return True  # "the wrong comparison": the mistaken pick
    if _MADE_IT.search(text, max(0, s - 40), s) and _TO_DO.match(text, e):
        return True  # "made it impossible to use the water": a consequence
    if word in SENSE_NOUNS and SENSE_NOUNS[word] is PRICED_NOUNS and _FOR_PRICE.search(text, max(0, s - 12), s):
        return True  # "getting those drugs for cheap", "on the cheap": a price
    if word in FEELING_VERBS and (tags.get(s, "").startswith("VB") if tags else word.endswith("ed")):
        return True  # "Some even enjoyed the rain": the feeling of those it is said of (session 40)
    if tags and not tags.get(s, "JJ").startswith("JJ"):
        return False
    if word in FEELING_WORDS and (_FEELS.search(text, max(0, s - 40), s)
                                  or (word not in _HEALTH and _FEELING_OF.match(text, e))
                                  or (word not in _NOT_FELT_TO and _FEELING_TO.match(text, e))):
        return True  # "some nations are wary of giving up", "lawmakers have grown anxious": their state
    if word == "defensive" and _defensive_plain(text, e, tags):
        return True  # "a defensive line", "defensive weapons": what defends (session 41)
    if word in _NEED_WORDS and _FEELS.search(text, max(0, s - 40), s) and _NEED_FOR.match(text, e):
        return True  # "many remain desperate for necessities": their need (session 41, B; review 28)
    if word in GRADED_NOUNS and (graded_noun(text, e, GRADED_NOUNS[word], tags)
                                 or _grades_hazard_before(text, s, tags, GRADED_NOUNS[word])):
        return True  # "the arduous task", "a brutal 17 months", "the vote was pivotal" (session 39, G)
    if (word in CAUTION_WORDS and graded_noun(text, e, FEELER_NOUNS, tags)) or hedge(text, e, word):
        return True  # "a wary populace": their state; "It's fair to say": a hedge (session 39, G)
    if word in REACTION_WORDS and graded_noun(text, e, FEELER_NOUNS | WITNESS_NOUNS, tags):
        return True  # "shocked crowds gathered to watch": the state of those there (session 43, C; review 31)
    if likelihood(text, s, word) or field_risk(text, s, word) or fault_found(text, s, word):
        return True  # "it seems almost impossible that", "politically dangerous", "fix what was wrong" (session 37)
    if surprising_outcome(text, e, word) or police_warning(text, s, word) or pointer_cleft(text, s, e, word):
        return True  # "the stunning defeat", "armed and dangerous", "What's fascinating about" (session 37, F)
    if word in SENSE_NOUNS and (noun := _noun_past_name(text, e)) and noun in SENSE_NOUNS[word]:
        return True  # "last December's deadly San Bernardino terror attack" (session 37, F)
    if _grades_hazard_before(text, s, tags) or (word in SENSE_NOUNS and _grades_hazard_before(text, s, tags, SENSE_NOUNS[word])):
        return True
    if word in DISPUTED_WORDS | EFFECT_WORDS and _grades_a_matter(text, e, tags, agents=word in EFFECT_WORDS):
        return True  # "the controversial law": that it is disputed; "an effective tool": that it works
    if word in DISPUTED_WORDS | EFFECT_WORDS and _matter_before(text, s, e, tags, agents=word in EFFECT_WORDS):
        return True  # "the option is controversial", "how effective the pills were" (session 42, B; review 30)
    if word == "deadly" and _TURNED.search(text, max(0, s - 60), s) and not _noun_next(text, e, tags):
        return True  # "it doesn't take much to turn a situation deadly": the result, people killed (session 45, C)
    if word in SENSE_NOUNS and _how_graded(text, s, e, SENSE_NOUNS[word]):
        return True  # "how deadly the virus really is" (session 46, C)
    if word == "thin" and _STRETCHED.search(text, max(0, s - 30), s):
        return True  # "resources stretched thin" (session 46, C)
    if word in ONSET_WORDS | SCOPE_WORDS and _of_an_event(text, s, e, tags):
        return True  # "the abrupt end to the meeting", "a more modest agreement" (session 46, C; review 34)
    if word in _HEALTH and _ill_health(text, s, e):
        return True  # "sent home seriously ill", "the mentally ill" (session 46, C; review 34)
    if word in EFFECT_WORDS and _IN_FORCE_FROM.match(text, e):
        return True  # "I resign ..., effective April 7th": the date a notice takes effect (session 46, C; review 34)
    if word in EXACT_WORDS and ((_TO_BE_EXACT.search(text, max(0, s - 12), s) and _HEDGE_END.match(text, e))
                                or _exact_of_a_thing(text, e, tags)):
        return True  # "a precise breakdown for other groups", "to be precise": how exact (session 45, C; review 33)
    if word in SIZE_WORDS and _size_of_matter(text, s):
        return True  # "The financial implications of postponing ... could be huge" (session 44, C; review 32)
    if word in POWER_WORDS and _elided_head(text, s, e, tags) in OFFICE_NOUNS | FORCE_NOUNS | NATION_NOUNS:
        return True  # "the most populous nation (China) and its wealthiest and most powerful (the US)" (session 45, C)
    if word in POWER_WORDS and _people_in_power(text, s, e, tags):
        return True  # "When he spoke to the powerful, he was more forceful": those in power (session 44, C)
    if word == "cold" and _COLD_ILLNESS.search(text, max(0, s - 30), s) and _NO_NOUN_AFTER.match(text, e):
        return True  # "a head cold;", "caught a cold last week": the illness
    if word == "cold" and (_IN_THE_COLD.search(text, max(0, s - 40), s) or _COLD_OR_FLU.match(text, e)) and (
            _NO_NOUN_AFTER.match(text, e) or _COLD_OR_FLU.match(text, e)):
        return True  # "bundled against the cold", "left out in the cold", "a cold or the flu" (session 47, C)
    if word == "striking" and _SIGHT_AFTER.match(text, e):
        return True  # "the most striking - and viral - pictures": how they catch the eye
    if word == "drunk" and _DRIVING_BEFORE.search(text, max(0, s - 20), s):
        return True  # "was driving drunk and speeding": the offence told (review 27)
    if word == "hot" and _HOT_ON.match(text, e):
        return True  # "hot on his tail": in close pursuit
    if word in TEMPERATURE_WORDS and _WEATHER_ADJECTIVES.match(text, e):
        return True  # "hot, dry conditions", "hot and humid"
    if word in TEMPERATURE_WORDS and _RELATIONS_LINKED.search(text, max(0, s - 60), s):
        return True  # "Their relations became so frigid that ..." (session 44, C; review 32)
    if word in TEMPERATURE_WORDS and _gone_cold(text, s):
        return True  # "when the fires go cold", "the trail went cold" (session 43, C; review 31)
    superlative = tags.get(s, "").startswith("JJS") if tags else word.endswith("est") or word == "worst"
    if superlative and _ranks_measured(text, s, e, tags):
        return True  # "a gun violence problem that is by far the worst in the developed world"
    if after is None:
        return False
    for k in (1, 2, 3):
        w = after.group(k)
        if w is None or w.lower() in _STOP:
            return False
        w = w.lower()
        tag = tags.get(after.start(k), "NN") if tags else "NN"
        noun = tag.startswith("NN")
        if w in QUANTITY_NOUNS and tag.startswith(("NN", "VBG")):  # "its worst showing": a gerund, by tag
            return True
        if noun and (w in HAZARD_NOUNS  # "a powerful storm", "deadly storm surge"
                     or (word in SIZE_WORDS and w in DIFFICULTY_NOUNS | DEAL_NOUNS)  # "a huge problem", "deal"
                     or (word in SIZE_WORDS and w in AUDIENCE_NOUNS)  # "a huge television draw" (session 42)
                     or (word in SIZE_WORDS and w in GATHERING_NOUNS | IMPACT_NOUNS)  # "huge protests" (session 44)
                     or (word in TEMPERATURE_WORDS and w in WEATHER_NOUNS | FOOD_NOUNS)  # "a hot day", "hot meals"
                     or (word in TEMPERATURE_WORDS and w in HEATED_NOUNS)  # "hot gases" (session 45, C)
                     or (word in TEMPERATURE_WORDS and w in RELATION_NOUNS)  # "chilly ties" (session 44)
                     or (word in POWER_WORDS and w in OFFICE_NOUNS | FORCE_NOUNS)  # "the most powerful posts"
                     or (word in POWER_WORDS and w in NATION_NOUNS  # "the most powerful nation" (session 45, C)
                         and not _noun_next(text, after.end(k), tags))  # not "powerful military organizations"
                     or (word in POWER_WORDS and w in POWER_HOLDER_NOUNS  # "powerful local Democrats" (session 42)
                         and not _noun_next(text, after.end(k), tags))  # not "powerful activist groups"
                     or (word in SEEN_SIZE_WORDS and w in SIGHT_NOUNS | AREA_NOUNS | SOUND_NOUNS)  # "a huge screen"
                     or (word in LOUD_WORDS and w in SOUND_NOUNS)  # "loud cheers"
                     or (word in HARM_WORDS and w in HARM_NOUNS and _hazard_in_sentence(text, s))  # "wallop"
                     or (word in COUNTERFEIT_WORDS and w in FORGED_NOUNS)  # "fake ... jobs"
                     or w in SENSE_NOUNS.get(word, ())  # "violent attacks", "the striking workers"
                     or (superlative and w in MEASURED_NOUNS
                         and (_RECORD_AFTER.match(text, after.end(k)) or _PEERS.match(text, after.end(k))))):
            # "worst day since", "worst shooting in U.S. history", "the worst death toll of any developed nation"
            return True
        # "its worst one-day percentage drop"; a participle modifies the noun after it ("the powerful governing body",
        # session 44, C; review 32)
        if not tag.startswith(("NN", "JJ", "CD", "VBG", "VBN")):
            return False
    return False


# a name of up to three capitalised words, then the noun phrase's own words ("deadly San Bernardino terror attack")
_PAST_NAME = re.compile(r"(?:[^\S\n]+[A-Z][\w.'’-]*){1,3}((?:[^\S\n]+[a-z]+){1,2})\b")


def _noun_past_name(text: str, e: int) -> str | None:
    """The last of the up to two lower-case words after a name that follows the adjective ending at `e`: a place's
    name modifying the noun the adjective grades ("deadly San Bernardino terror attack": "attack")."""
    m = _PAST_NAME.match(text, e)
    if m is None:
        return None
    words = []
    for w in m.group(1).split():
        if w in _STOP:
            break
        words.append(w)
    return words[-1] if words else None


def _noun_next(text: str, e: int, tags: Mapping[int, str] | None) -> bool:
    """A lower-case noun follows the word ending at `e` (with `tags`, by its tag; without, any lower-case word but a
    function word, a preposition or a relative): the word at `e` is a modifier ("activist groups"), not the head."""
    m = re.match(r"[^\S\n]+([a-z][\w'’-]*)", text[e : e + 40])
    if m is None:
        return False
    if tags:
        return tags.get(e + m.start(1), "").startswith("NN")
    w = m.group(1)
    return w not in _STOP and w not in _NOT_A_NOUN and not w.endswith(("ing", "ed", "ly")) and w not in (
        "who", "whom", "whose", "which", "that", "said", "says")


def _grades_a_matter(text: str, e: int, tags: Mapping[int, str] | None, agents: bool = False) -> bool:
    """The adjective ending at `e` grades a thing that is no person: the up to five words after it (up to a
    punctuation mark or a function word) hold a lower-case noun and none of `PERSON_NOUNS`, and the noun they end
    with is no name ("the controversial law", "controversial campaign promises", "the controversial Keystone
    pipeline"; not "a controversial judge", "controversial former Sheriff Joe Arpaio", "the controversial Walsh")."""
    words = list(re.finditer(r"[^\S\n]+([\w'’.-]+)", text[e : e + 80]))
    if not words or words[0].start() != 0:
        return False
    lower_noun = False
    for m in words[:5]:
        w = m.group(1).rstrip(".")
        lw = w.lower()
        if lw in PERSON_NOUNS or re.sub(r"['’]s?$", "", lw) in PERSON_NOUNS:  # "an effective leader's" (session 41)
            return False
        if lw in _STOP or not w:
            break
        if agents and re.search(r"(?:er|or|ist|ian)s?$|^(?:deput(?:y|ies)|teams?|staff)$", lw):
            return False  # "an effective negotiator", "his most effective deputies": people graded (session 41)
        tag = tags.get(e + m.start(1)) if tags else None
        if tag is not None and not tag.startswith(("NN", "JJ", "CD", "VBG", "VBN", "HYPH")):
            break
        if w[0].islower() and (tag is None or tag.startswith("NN")):
            lower_noun = True  # (a capitalised word is a name's: a name alone, "the controversial Walsh", a person's)
        if text[e + m.end(1) : e + m.end(1) + 1] in ",;:!?)—–" or (
                m.group(1).endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", m.group(1))):
            break  # the clause ends ("the controversial law."); "L.P.", "Gov." are abbreviations
    return lower_noun


def _matter_before(text: str, s: int, e: int, tags: Mapping[int, str] | None, agents: bool = False) -> bool:
    """The adjective at `text[s:e]` is said of a thing after a linking verb: its subject, a determiner's phrase of
    lower-case words before the verb ("why the medication option is controversial") or after "how ADJ" ("how
    effective the pills were"), is headed by a noun (with `tags`) that is none of `PERSON_NOUNS` and, with `agents`,
    no agent noun ("the negotiator"); "the senator is controversial" and "Walsh is controversial" still count."""
    m = _MATTER_SUBJECT.search(text, max(0, s - 80), s)
    if m is None and _HOW_BEFORE.search(text, max(0, s - 20), s):
        m = _MATTER_AFTER.match(text, e)
    if m is None:
        return False
    words = list(re.finditer(r"[\w'’-]+", m.group(1)))
    for w in words:
        lw = re.sub(r"['’]s?$", "", w.group().lower())
        if lw in PERSON_NOUNS or lw in _STOP:
            return False
    head = words[-1]
    lw = head.group().lower()
    if agents and re.search(r"(?:er|or|ist|ian)s?$|^(?:deput(?:y|ies)|teams?|staff)$", lw):
        return False  # "how effective the negotiator was": a person graded
    tag = tags.get(m.start(1) + head.start()) if tags else None
    return tag is None or tag.startswith("NN") and not tag.startswith("NNP")


# the subject a size word is said of after a linking verb (a modal before it): a determiner, up to two words, the head
# noun, and what it is of, on or for ("The financial implications of postponing the Olympics could be huge")
_SIZED_SUBJECT = re.compile(
    r"\b(?i:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*)"
    r"(?:\s+(?:of|on|for|to)\s+[^.!?;:,\n\"“”]{1,60}?)?\s+(?:(?:could|would|will|may|might|can|should|must)\s+)?"
    r"(?:is|are|was|were|be|been|remain|remains|remained|prove|proved|proven)"
    r"(?:\s+(?:\w+ly|very|so|too|still|also|even))*\s+$")


def _size_of_matter(text: str, s: int) -> bool:
    """The size word at `s` is said after a linking verb of what a thing costs or brings about, or of an amount
    (`IMPACT_NOUNS`, `QUANTITY_NOUNS`): "the costs could be huge", "the financial implications of postponing the games
    could be huge"; "the mistake was huge" and "the senator's ego is huge" still count."""
    m = _SIZED_SUBJECT.search(text, max(0, s - 140), s)
    return m is not None and m.group(1).lower() in IMPACT_NOUNS | QUANTITY_NOUNS


# Session 44, C (review 32: "When Bergoglio spoke to the powerful, he was much more forceful."): "the powerful" with no
# noun after it names people by their power, as "powerful" of a person's noun does (session 42: their standing, which
# their office states); "the powerful lobby", "the powerful and influential lobby" still count
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:rich|wealthy|mighty|famous|privileged|well-connected|weak)\s+and\s+)?$",
                         re.IGNORECASE)
_NO_HEAD_AFTER = re.compile(r"[^\S\n]*(?:[,.;:!?)\]—–]|$)|[^\S\n]+(?:who|whom|whose|that|of|in|at|to|from|with|"
                            r"have|has|had|are|were|will|would|can|could|do|did|always|often|never)\b")


def _people_in_power(text: str, s: int, e: int, tags: Mapping[int, str] | None) -> bool:
    """"powerful" at `text[s:e]` after "the" with no noun after it: the people in power ("spoke to the powerful,",
    "the rich and powerful who ...")."""
    return (_THE_BEFORE.search(text, max(0, s - 40), s) is not None and _NO_HEAD_AFTER.match(text, e) is not None
            and not _noun_next(text, e, tags))


# a superlative and the noun it grades ("the world's most populous nation", "its largest economy")
_NOT_SUPERLATIVE = frozenset("honest modest interest forest protest request contest arrest suggest invest digest "
                             "manifest harvest".split())
_SUPERLATIVE_HEAD = re.compile(r"\b(?i:most\s+[a-z][\w-]*|[a-z]+est)\s+([a-z]+)\b")


def _elided_head(text: str, s: int, e: int, tags: Mapping[int, str] | None) -> str | None:
    """The noun a superlative adjective at `text[s:e]` with no noun after it leaves out, read off the superlative before
    it in its sentence ("the world's most populous nation (China) and its wealthiest and most powerful (the US)":
    "nation"); None when a noun follows, the word is no superlative ("most" just before it) or no such phrase stands
    before it."""
    if not re.search(r"\b(?i:most)\s+$", text[max(0, s - 8) : s]) or _noun_next(text, e, tags):
        return None
    if re.match(r"[^\S\n]*(?:[(,.;:!?)\]—–]|$)", text[e : e + 4]) is None:
        return None
    start = max(max(text.rfind(c, 0, s) for c in ".!?\n") + 1, s - 200)
    heads = [m.group(1).lower() for m in _SUPERLATIVE_HEAD.finditer(text, start, max(start, s - 5))
             if m.group(1).lower() not in _STOP and m.group().split()[0].lower() not in _NOT_SUPERLATIVE]
    return heads[-1] if heads else None


def _grades_hazard_before(text: str, s: int, tags: Mapping[int, str] | None,
                          nouns: frozenset[str] = HAZARD_NOUNS) -> bool:
    """A hazard noun (or one of `nouns`) stands just before the adjective at `s` in its clause, with at
    most linking verbs, adverbs ("still", "extremely") and (with `tags`) nouns between: "the storm is
    extremely dangerous", "wind speeds powerful enough", "the protests turned violent"; a hazard's name ("Irma
    remained “extremely dangerous”"); a subject an appositive sets off ("Storm surge, the wall of sea water ...,
    will be "dangerous"")."""
    names = _hazard_names(text) if nouns is HAZARD_NOUNS else frozenset()
    end = s
    for _ in range(5):  # "shootings appear to be increasingly deadly"
        m = _WORDS_BEFORE.search(text, max(0, end - 40), end)
        if m is None:
            if end == s or not text[max(0, end - 3) : end].rstrip().endswith(","):
                return False
            sub = _OPENING_SUBJECT.search(text, max(0, end - 400), end)
            return sub is not None and any(w.lower() in nouns or w in names
                                           for w in re.findall(r"[\w'’-]+", sub.group(1)))
        w = m.group(1).lower()
        if (w in nouns or m.group(1) in names) and (not tags or tags.get(m.start(1), "NN").startswith("NN")):
            return True
        noun = bool(tags) and tags.get(m.start(1), "").startswith("NN")  # type: ignore[union-attr]
        if not (w in _LINKING or (w.endswith("ly") and w not in _STOP) or noun):
            return False
        end = m.start(1)
    return False


def _hazard_in_sentence(text: str, s: int) -> bool:
    """A hazard noun or a hazard's name stands in the sentence of `s` ("Hurricane Matthew, a powerful storm ...,
    could deliver a potentially devastating economic wallop"): the harm graded is the hazard's (session 37)."""
    start = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, s) for c in ".!?\n") if i >= 0]
    names = _hazard_names(text)
    return any(w.lower() in FORCE_NOUNS_ACTING or w in names
               for w in re.findall(r"[A-Za-z]+", text[start : min(ends) if ends else len(text)]))


# Session 39, G (review 26: "his crowd jeered when he mentioned that he had a phone conversation with Barrett"): a
# crowd's jeers are a sound, which everyone there heard, as its cheers are; the verb tells what the crowd did, not the
# outlet's view of it. Another subject's jeering ("the senator jeered at her critics") still counts.
CROWD_SOUNDS = frozenset({"jeer"})
CROWD_NOUNS = frozenset("crowd crowds audience audiences spectators onlookers fans supporters protesters demonstrators "
                        "delegates attendees bystanders".split())


def crowd_acts(text: str, s: int, roles: Mapping[int, VerbRole] | None = None) -> bool:
    """A crowd (`CROWD_NOUNS`) is the subject of the verb at `s` ("his crowd jeered", "the audience jeered the
    speaker"): with `roles` (the parse) the verb's subject's last word; without it, or when the parse names none, the
    word just before the verb."""
    role = roles.get(s) if roles else None
    if role is not None and role.subject:
        return role.subject.split()[-1].lower() in CROWD_NOUNS
    m = re.search(r"([A-Za-z]+)\s+(?:(?:\w+ly|also|then|again|still)\s+)?$", text[max(0, s - 40) : s])
    return m is not None and m.group(1).lower() in CROWD_NOUNS


def force_acts(text: str, s: int, roles: Mapping[int, VerbRole] | None = None) -> bool:
    """A natural hazard is the subject of the judgement verb at `s` ("the winds picked up ..., ripping awnings", "the
    storm slammed the coast", "Hurricane Irma ... Irma battered"): the verb tells what a force did to things, as its
    physical sense ("slammed into a wall") does, and judges no one's words (session 37, review 24). With `roles` (the
    parse) the verb's subject; without it, or when the parse names none, a hazard noun or name just before the verb."""
    role = roles.get(s) if roles else None
    if role is not None and role.subject:
        head = role.subject.split()[-1]
        return head.lower() in FORCE_NOUNS_ACTING or head in _hazard_names(text)
    m = re.search(r"([A-Za-z]+)\s+(?:(?:\w+ly|also|then|again|still)\s+)?$", text[max(0, s - 40) : s])
    return m is not None and (m.group(1).lower() in FORCE_NOUNS_ACTING or m.group(1) in _hazard_names(text))


@lru_cache(maxsize=8)
def _hazard_names(text: str) -> frozenset[str]:
    """The names `text` gives hazards ("Hurricane Irma": "Irma")."""
    return frozenset(m.group(1) for m in _HAZARD_NAME.finditer(text))


def _ranks_measured(text: str, s: int, e: int, tags: Mapping[int, str] | None) -> bool:
    """The superlative at `text[s:e]` is said after a linking verb of a measured thing (`MEASURED_NOUNS` among the
    up to four nouns before the verb, past a "that" or "which") and ranks it against a record or its peers ("a gun
    violence problem that is by far the worst in the developed world"); "he is the worst president in the world"
    and "it is the greatest country in the world" still count."""
    m = _PREDICATE_SUPERLATIVE.search(text, max(0, s - 40), s)
    if m is None or not (_RECORD.match(text, e) or _PEERS.match(text, e)):
        return False
    end = m.start()
    if (link := re.search(r"\b(?:that|which)\s+$", text[max(0, end - 12) : end])) is not None:
        end -= len(link.group())
    for _ in range(4):
        w = _WORDS_BEFORE.search(text, max(0, end - 40), end)
        if w is None:
            return False
        word = w.group(1).lower()
        if tags and not tags.get(w.start(1), "NN").startswith("NN"):
            return False
        if word in MEASURED_NOUNS:
            return True
        if word in _STOP:
            return False
        end = w.start(1)
    return False


def loaded_use(text: str, s: int, e: int, tag: str | None = None, tags: Mapping[int, str] | None = None,
               idf: Callable[[str], float | None] | None = None) -> Entry | None:
    """The lexicon's entry of the word `text[s:e]` when it is loaded wording where the text uses
    it: rated loaded (`rated_loaded`, as word class `tag`), not too common in news (`idf`, as
    `loaded_words` reads it), and not a plain use (`plain_use`). The phrase evidence's test
    (slant._loaded_in), so a phrase is shown for the same words the loaded-wording list takes."""
    word = text[s:e].lower()
    entry = rated_loaded(word, tag)
    if entry is None or plain_use(text, s, e, word, tags):
        return None
    if idf is not None and (v := idf(word)) is not None and v < MIN_IDF:
        return None
    return entry


def characterised(text: str, s: int) -> bool:
    """The word at `s` stands in the complement of a naming verb with its subject ("What Pelosi called a
    sad and solemn moment", "critics dubbed it unfair", "described the vote as a sad day"): the subject's
    characterisation, reported; not in the passive ("can only be called a disaster") nor "so-called". Or in the
    complement a verb of judging or feeling gives its object ("found feminists tiresome", `_DEEMED`), or in a
    sentence opened by whose view it tells ("For critics, she was ...", `_FOR_HOLDERS`; review 27)."""
    m = _CALLED.search(text, max(0, s - 80), s)
    if m is not None and not _PASSIVE_OR_SO.search(text, max(0, m.start() - 30), m.start()):
        return True
    if (_DEEMED.search(text, max(0, s - 80), s) is not None
            and (_COMPLEMENT_END.match(text, s) or _TOO_SO.search(text, max(0, s - 8), s))):
        return True  # "found feminists tiresome", "felt the sentence too lenient": the subject's judgement (review 27)
    if _FOR_HOLDERS.search(text, max(0, s - 300), s) is not None:
        return True  # "For critics, she was a heartless tyrant who ...": the critics' view (review 27)
    if _TO_NAMED.search(text, max(0, s - 300), s) is not None:
        return True  # "To Jane Roe, head of the fund, those plans are just plain scary.": her view (session 44, C)
    if (m := _DEEMED_PASSIVE.search(text, max(0, s - 120), s)) is not None and not _OWN_VERDICT.search(
            text, max(0, m.start("verb") - 40), m.start("verb")):
        return True  # "widely viewed as the most effective", "is considered credible": a view held (session 43, C)
    if given_after(text, s):
        return True  # "That's almost irrelevant, said Mike Chinoy, ...": his words (session 43, C; review 31)
    if given_between(text, s):
        return True  # "The INA, the plaintiffs said, only allows ... dangerous aliens": theirs (session 46, C)
    before = max(0, s - 200)
    return _FAULTED_FOR.search(text, before, s) is not None or _REPORTED.search(text, before, s) is not None


# Session 43, helper C (review 31: "That's almost irrelevant, said Mike Chinoy, a frequent traveler to North Korea"):
# a sentence with no quotation mark that ends its clause by giving it to a speaker (", said Mike Chinoy", ", Chinoy
# said", ", he said", ", officials said", ", the report says") is that speaker's reported speech, its words theirs as a
# quotation's are; the quote stage takes only quoted words so. A source's ", according to ..." is no cue: it tells
# whence the facts came, the wording stays the outlet's ("After the dreadful jobs report was released, the odds ...
# plunged to about 4%, ..., according to ...", review 17; "Sens. Roe and Doe trashed the idea ..., according to a
# senior aide": BASIL marks "trashed"). A cue inside the clause
# ("critics said the plan was reckless") is `speech`'s, read by the quote stage; "said to be" is no cue. A cue set off
# after "and", "but", "or", "while" or a relative ("and, according to aides, considering ...", "a web that, he said,
# is growing") gives only the clause after it, and a colon or a semicolon ends the clause read; a cue before a
# quotation ("Opening up about his troubled past, Beck told the crowd, “...”") introduces that quotation, not the
# words before.
_CUE_VERBS = (r"said|says|added|adds|argued|argues|noted|notes|explained|explains|wrote|writes|insisted|insists|"
              r"contended|contends|maintained|maintains|told\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}")
_CUE_AFTER = re.compile(
    r"[^.!?:;\n\"“”]*?(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bwhile),\s+(?:"
    r"(?:" + _CUE_VERBS + r")\s+(?!to\b|that\b|it\b)(?:[A-Z]|(?:the|a|an|his|her|their|its)\b)|"
    r"(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[a-z]+s)"
    r"\s+(?:(?:also|later|then|previously|recently)\s+)?(?:" + _CUE_VERBS + r")\s*(?:[.;]|,(?!\s*[\"“])))")


def given_after(text: str, s: int) -> bool:
    """The word at `s` stands in an unquoted sentence's clause that a cue after it gives to a speaker ("That's almost
    irrelevant, said Mike Chinoy, ...", "The plan is reckless, officials said."): the speaker's words. No quotation mark
    stands in the sentence before the cue (a quotation is the quote stage's)."""
    start = max(text.rfind(c, 0, s) for c in ".!?\n")
    if re.search(r"[\"“”]", text[start + 1 : s]):
        return False
    return _CUE_AFTER.match(text, s) is not None


# Session 46, helper C (review 34's Daily Caller: "The INA, the plaintiffs said, only allows the president to ban the
# entry of a specific class of dangerous aliens for a limited time."): a cue set off between a sentence's subject and
# its verb (", the plaintiffs said,", ", he argued,", ", Smith wrote,") gives the clause to the speaker, as a cue after
# it does (`given_after`): the words from the cue to the word are theirs, up to twenty words of one clause
# (`_CLAUSE_TO_WORD`). The subject runs from the sentence's start to the cue with no comma and no verb of its own
# (`_CLAUSE_BEFORE_CUE`); a quotation mark before the word leaves it to the quote stage. "The INA, a 1952 law, only
# allows ..." (an appositive, no cue) and a cue after "and", "but" or a relative (`_CUE_AFTER`'s) are not read so.
# A whole clause before the cue ("Criticism directed at the president is unfair, Conway said, especially ...") is
# `given_after`'s: the words after the cue are the outlet's again; a clause opened by a subordinator ("If it is true,
# he said, ...") is no subject and stays read. A cue followed by a conjunction or a subordinator ("Trump applauded the
# bill, the White House said, though it falls far short of ...") ends the speaker's words there.
_SUBORDINATOR = r"(?i:if|although|though|even\s+though|while|when|because|as|since|unless|once|after|before)\b"
_CLAUSE_BEFORE_CUE = (r"(?!" + _SUBORDINATOR + r")[^,.!?;:\n\"“”]*"
                      r"\b(?i:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b")
_CUE_BETWEEN_VERBS = (r"said|say|says|argued|argue|argues|contended|contend|contends|claimed|claim|claims|"
                      r"maintained|maintain|maintains|insisted|insist|insists|wrote|write|writes|noted|note|notes|"
                      r"added|alleged|allege|alleges|believe|believes|believed|testified|asserted|assert|asserts")
_CUE_BETWEEN = re.compile(
    r"\s*(?!" + _CLAUSE_BEFORE_CUE + r")[A-Z][^,.!?;:\n\"“”]{0,80}?"
    r"(?<!\band)(?<!\bbut)(?<!\bwhich)(?<!\bwho)(?<!\bthat),\s+"
    r"(?:he|she|they|we|(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[a-z]+s)"
    r"\s+(?:(?:also|later|then|have|has|had)\s+)?(?:" + _CUE_BETWEEN_VERBS + r"),\s+"
    r"(?!(?i:though|although|but|and|or|while|whereas|because|since|after|before|when|which|who|even|despite)\b)"
    + _CLAUSE_TO_WORD)


def given_between(text: str, s: int) -> bool:
    """The word at `s` stands in a clause whose speaker a cue set off after the sentence's subject names ("The INA, the
    plaintiffs said, only allows ... dangerous aliens"): the speaker's words. No quotation mark stands in the
    sentence before the word."""
    start = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
    if re.search(r"[\"“”]", text[start:s]):
        return False
    return _CUE_BETWEEN.match(text, start, s) is not None


def reported_verb(text: str, s: int) -> bool:
    """The judgement verb at `s` stands in a clause a speech noun ("charges that he demonized ..."), a finding or a
    speech verb past a parenthetical reports: the speaker's word for the act told of, not the outlet's judgement."""
    before = max(0, s - 200)
    # the reason a critic gives ("attacked the mayor for caving on the budget"): the critic's charge (session 36), as
    # for an adjective (`characterised`)
    return (_REPORTED_VERB.search(text, before, s) is not None or _FAULTED_FOR.search(text, before, s) is not None
            or given_after(text, s)  # "He slammed the plan, aides said.": the aides' report (session 43, C)
            or given_between(text, s))  # "The mayor, aides said, slammed the plan": theirs (session 46, C)


_TITLE_FUNCTION = frozenset("a an the and or of to in on at for by with as but nor from".split())


def titled_quote(text: str, s: int) -> bool:
    """The word at `s` opens a quotation in title case of two to eight words (“Fair and Balanced”, “We
    Report, You Decide”): a slogan's, a show's or a book's name, not the outlet's wording (review 17)."""
    if s == 0 or text[s - 1] not in _MARKS:
        return False
    close = re.search(f"[{_MARKS}]", text[s : s + 80])
    if close is None:
        return False
    words = re.findall(r"[\w'’-]+", text[s : s + close.start()])
    content = [w for w in words if w.lower() not in _TITLE_FUNCTION]
    return 2 <= len(words) <= 8 and len(content) >= 2 and all(w[0].isupper() for w in content)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each direct quotation in `text`, quote marks included.

    The marks are paired as the quote stage pairs them (`quotes.find_quote_spans`): by
    their context (a space before an opening mark, after a closing one), then their glyph,
    so a quotation opened with a curly mark and closed with a straight one (“...," she
    said. "...") is one, common in scraped news, where pairing straight marks with straight
    ones took the words between two quotations for a quotation (review 10). Only a quote
    with both its marks in one paragraph counts, of at most 1,500 characters: not a quote
    left open to its paragraph's end, nor words before a stray closing mark. A quotation in single
    marks outside those (`single_quoted_regions`) counts too (session 31)."""
    from .quotes import find_quote_spans  # quotes imports nothing of slant

    double = [
        (s.outer_start, s.outer_end)
        for s in find_quote_spans(text)
        if not s.unclosed and text[s.outer_start] in _MARKS and s.outer_end - s.outer_start <= _MAX_QUOTE + 2
    ]
    single = [(a, b) for a, b in single_quoted_regions(text) if not any(qa < b and a < qb for qa, qb in double)]
    blocks = excerpt_regions(text)
    if blocks:  # an excerpt holds the quotations its paragraphs' marks seem to pair
        double = [(a, b) for a, b in double if not any(xa <= a and b <= xb for xa, xb in blocks)] + blocks
    return sorted(double + single) if single or blocks else double


# An excerpt of a speech or a text introduced by a colon ("Here's an excerpt from his speech:") and set as its own
# paragraph in quote marks (session 37, F; review 25: a eulogy's paragraphs, each opened with a mark as a quotation of
# several paragraphs is written, run into one line): the whole paragraph is the speaker's, whatever marks stand inside
_EXCERPT = re.compile(r":[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*([\"“][^\n]*[\"”])[^\S\n]*(?=\n|$)")


def excerpt_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph that opens and closes with a double quote mark after a line ending in a colon."""
    return [m.span(1) for m in _EXCERPT.finditer(text)]


# A quotation in single marks ('Very unique coalition', a subhead quoting the statement below it; headlines and
# British copy quote so): an opening mark at a line's start or after a space or an opening bracket or dash, before a
# letter or a digit; a closing one after a letter or a sentence's end mark and before a space, a punctuation mark or
# the line's end, in the same line. An apostrophe inside a word ("it's", "Newt's") is neither; a plural's
# ("voters' choice") has no opening mark before it, so pairs with nothing.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[A-Za-z0-9])(?!\d0s\b)", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?])['’](?=[\s.,;:!?)\]—–]|$)", re.MULTILINE)
_MAX_SINGLE = 300


def single_quoted_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in single marks in `text`, marks included (`_SINGLE_OPEN`,
    `_SINGLE_CLOSE`): one line, at most `_MAX_SINGLE` characters."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _SINGLE_OPEN.search(text, pos)) is not None:
        line_end = text.find("\n", m.end())
        limit = min(len(text) if line_end < 0 else line_end, m.end() + _MAX_SINGLE)
        c = _SINGLE_CLOSE.search(text, m.end(), limit)
        if c is None:
            pos = m.end()
            continue
        out.append((m.start(), c.end()))
        pos = c.end()
    return out


def speaker_regions(quotes: Iterable[Any], text: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of the words the quote stage gives a speaker with a cue: reported speech ("X said the plan was
    reckless") and direct quotations, a fragment too ("Chief Jordan said the video ... was "very disturbing."",
    "Tillerson characterized the strike as an “overwhelming success”": their words, reviews 18-19) and one whose
    closing mark the page lost. A fragment the quote stage gives no speaker (scare quotes) is not among them.
    With `text` (the article's), a broadcast transcript's turn too (session 40, review 25): a sentence the quote stage
    gives a person with no cue and no quotation mark around it or opening it (turns.py: "JANE ROE: We have the
    greatest access to members ..." is the guest's, in every paragraph of her turn), the guest's words as a
    quotation's are; the host's turns are no quotes (the outlet's narration) and stay the outlet's. A quotation whose
    closing mark the page lost opens with its mark and is left as before (BASIL's "“He's made some pretty outrageous
    comments ..., Graham said."). `quotes`: the annotate stage's `Quote`s."""
    out = [(q.start, q.end) for q in quotes if not q.direct or (q.speaker and q.cue)]
    if text is not None:
        turns = [q for q in quotes if q.direct and q.speaker and q.cue is None and q.speaker_kind == "person"
                 and not text[max(0, q.start - 20) : q.start].rstrip(" \t").endswith(tuple(_MARKS))]
        if turns:
            quoted = quoted_regions(text)
            out += [(q.start, q.end) for q in turns if not any(a <= q.start and q.end <= b for a, b in quoted)
                    and not outlets_own(q.speaker, text)]
    return out


# Session 41, helper B (review 14: the Times' podcast, whose host asks its court reporter "Adam, you've been covering
# the Supreme Court for The Times for more than a decade"): a transcript's speaker whom the show introduces as one of
# its own, a colleague or a reporter on a beat, speaks for the outlet, as its host does; a guest is asked what they
# think, never told what they cover. The cues: the speaker's first name (or full name) addressed with the beat they
# cover ("Adam, you've been covering ...", "Jane, you cover the courts"), or the full name after "my" or "our"
# and a colleague's or a reporter's title ("our colleague Jane Roe", "my colleague, Jane Roe", "our White House
# correspondent Jane Roe"). A guest the host thanks or asks ("Jane, what do you make of ...") stays a guest.
_STAFF_TITLES = (r"(?:colleague|colleagues|reporter|reporters|correspondent|correspondents|co-host|cohost|editor|"
                 r"columnist)")


def outlets_own(speaker: str | None, text: str) -> bool:
    """The transcript's speaker `speaker` is one of the outlet's own people by the text's words: addressed by first
    name with a beat ("Adam, you've been covering the court", "Jane, you cover ...") or introduced as "our colleague"
    or "our ... correspondent" (`_STAFF_TITLES`) before the full name."""
    if not speaker or not speaker.strip():
        return False
    parts = speaker.split()
    first, full = re.escape(parts[0]), r"\s+".join(re.escape(p) for p in parts)
    if re.search(r"\b(?:" + first + "|" + full + r"),\s+you(?:['’]ve|['’]re|\s+have|\s+are)?\s+(?:been\s+)?"
                 r"(?:covering|covered|cover|reporting\s+on|reported\s+on)\b", text, re.IGNORECASE):
        return True
    return re.search(r"\b(?i:my|our)\s+(?:[\w'’-]+\s+){0,3}?(?i:" + _STAFF_TITLES + r"),?\s+" + full + r"\b",
                     text, re.IGNORECASE) is not None


def echoed_fragments(text: str, quoted: Sequence[tuple[int, int]],
                     fragment_words: int = FRAGMENT_WORDS) -> set[tuple[int, int]]:
    """The quoted fragments of `quoted` (two to `fragment_words` words) whose words a quoted statement of the same
    text holds: a subhead or a lead repeating a speaker's words ('Very unique coalition' over "Trump is putting
    together a very unique coalition ...", review 19), the speaker's words, not the outlet's pick."""
    statements = [_words_of(text[a + 1 : b - 1]) for a, b in quoted if quote_words(text, a, b) > fragment_words]
    if not statements:
        return set()
    out = set()
    for a, b in quoted:
        if quote_words(text, a, b) > fragment_words:
            continue
        frag = _words_of(text[a + 1 : b - 1])
        # two words at least: a single word a statement happens to hold ("perfect", "wrong") stays the outlet's
        # pick, noted (session 27's policy); a phrase repeated whole is the speaker's
        if frag.count(" ") >= 1 and any(f" {frag} " in f" {st} " for st in statements):
            out.add((a, b))
    return out


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower()))


def quote_words(text: str, start: int, end: int) -> int:
    """How many words the quotation `text[start:end]` (marks included) holds: more than
    `FRAGMENT_WORDS`, a quoted statement, whose words are the speaker's."""
    return len(text[start + 1 : end - 1].split())


def post_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of each embedded post in `text` ("Enough is enough. — Chuck
    Grassley (@ChuckGrassley) May 13, 2019"): the account's words, which the quote stage
    gives to the account (tweets.py); a page saves them without quotation marks."""
    from .tweets import tweet_quotes  # tweets imports nothing of slant

    signed = [(q.start, q.end) for q in tweet_quotes(text)]
    others = [*unsigned_posts(text), *pull_quotes(text)]
    return sorted(signed + [r for r in others if not any(a < r[1] and r[0] < b for a, b in signed)])


# A post a page saved without its signature (review 23: BuzzFeed's "Congratulations to @JustinTrudeau on a wonderful
# and hard fought victory. Canada is well served. I look forward to working with you ...", after "President Donald
# Trump also congratulated the prime minister"): a paragraph of a post's length that names an account and speaks in
# the first person, with no quotation mark. An article's own paragraph names accounts in the third person ("Trump
# tweeted at @JustinTrudeau"), a columnist's first person seldom with an account's handle.
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z_]\w{1,14}\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]ll|my|we|We|our|Our|us|My)\b")
_POST_LENGTH = 300


def unsigned_posts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` that reads as a post saved without its signature: at most
    `_POST_LENGTH` characters, an account's handle, a first-person word and no quotation mark."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        if (len(line) <= _POST_LENGTH and _HANDLE.search(line) and _FIRST_PERSON.search(line)
                and not re.search(r"[\"“”]", line)):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            out.append((start, start + len(line)))
    return out


# A pull quote a page saved without its quotation marks (session 39, G; review 26: "I’m very steadfast in what I
# believe. ... It’s easy to talk the talk, but can you walk the walk? — Kim Davis, clerk of Rowan County, Kentucky"):
# a paragraph in the first person, with no quotation mark, signed at its end with a dash and a full name (and a
# role after a comma): the named person's words, set off by the page, not the outlet's. A paragraph of the outlet's
# own that ends on a dash and a name ("... said the lawyer — John Smith") has no first person.
_SIGNED_AT_END = re.compile(r"\s(?:—|–|--)\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin)){1,3}"
                            r"(?:,\s*[^\n.!?\"“”]{1,80})?\s*$")
_PULL_QUOTE_LENGTH = 600


def pull_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` that reads as a pull quote saved without its quotation marks: at most
    `_PULL_QUOTE_LENGTH` characters in the first person, no quotation mark, a dash and a full name at its end; the
    region ends before the dash."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        sig = _SIGNED_AT_END.search(line)
        if sig is None or len(line.strip()) > _PULL_QUOTE_LENGTH or re.search(r"[\"“”]", line):
            continue
        words = line[: sig.start()]
        if _FIRST_PERSON.search(words):
            start = m.start() + len(line) - len(line.lstrip())
            out.append((start, m.start() + len(words.rstrip())))
    return out


POST_NOTE = "inside an embedded post: the account's words, not the outlet's"


def tone(polarity: float) -> str:
    return "negative" if polarity <= -0.1 else "positive" if polarity >= 0.1 else "neutral"


def loaded_words(
    text: str,
    *,
    idf: Callable[[str], float | None] | None = None,
    min_subjectivity: float = MIN_SUBJECTIVITY,
    min_idf: float = MIN_IDF,
    max_spans: int = MAX_LOADED,
    skip_quoted: bool = SKIP_QUOTED,
    weight: Callable[[int, int], float] | None = None,
    tags: Mapping[int, str] | None = None,
    min_tone: float = MIN_TONE,
    every_sense: bool = True,
    verbs: bool = True,
    max_verbs: int = MAX_VERBS,
    roles: Mapping[int, VerbRole] | None = None,
    statements: bool = False,
    fragment_words: int = FRAGMENT_WORDS,
    speech: Sequence[tuple[int, int]] = (),
) -> tuple[SlantEvidence, ...]:
    """Loaded-wording spans of `text` (kind "loaded"), in text order; offsets index `text`.

    `tags` maps a token's start offset to its Penn part-of-speech tag (spaCy's `tag_`, as
    the annotate stage gives it): a word is then loaded only where it is used as the word
    class the lexicon rates ("confirmed cases" is a verb, "sheds light" a noun, the
    lexicon's "confirmed" and "light" adjectives). Without tags every use counts.

    `idf(word)` gives a word's inverse document frequency in news text (None when
    unknown, i.e. rare): words below `min_idf` are too common in news to count as loaded.
    `weight(start, end)` gives each span's weight (0 without it). `max_spans=0` or less
    means no cap.

    A word inside a quoted statement (a quotation of more than `fragment_words` words) or inside
    reported speech (`speech`: the (start, end) of each clause the quote stage attributes, "X said
    the deals are more effective") is the speaker's and is left out, unless `statements`, a quoted
    fragment inside reported speech too ("he said the video was “very disturbing”": pass the quote stage's
    quotations given a speaker as `speech`, `speaker_regions`); one inside another shorter quotation is kept
    and noted (the outlet's pick of a word to quote: the “cruel” plan; `skip_quoted` leaves out every quoted word).

    With `verbs`, the judgement verbs of the outlet's own narration ("slammed", "claimed",
    "railed against": slant_verbs.py) are loaded spans too, each lemma once, up to
    `max_verbs` (0 or less: no cap), never inside a quotation, a post or `speech`; their note names the
    verb's category, and whom the verb characterises when `roles` (token start -> its
    `slant_verbs.VerbRole`, read off the parse by `slant_verbs.verb_roles`) has the verb.
    """
    lex = lexicon()
    quoted = quoted_regions(text)
    echoed = echoed_fragments(text, quoted, fragment_words)
    posts = post_regions(text)
    qi = 0
    found: list[tuple[float, int, int, Entry, bool]] = []
    seen: set[str] = set()
    verb_spans: list[SlantEvidence] = []
    verbs_seen: set[str] = set()
    for word, s, e, _ in tokenize(text):
        tag = tags.get(s) if tags else None
        if verbs and word in FORMS and (max_verbs <= 0 or len(verb_spans) < max_verbs):
            if ev := _verb_span(text, s, e, tag, quoted, [*posts, *speech], verbs_seen, weight, roles):
                verb_spans.append(ev)
                continue
        if ((word not in lex and word not in DEMEANOR_WORDS)
                or (entry := rated_loaded(word, tag, min_subjectivity, min_tone, every_sense)) is None):
            continue
        if "JJ" in entry.pos and "NN" not in entry.pos and noun_use(text, s, e):
            continue  # "his base, including": the noun, not the adjective rated (session 36)
        if tags is None and "JJ" in entry.pos and entry is not DEMEANOR_ENTRY and verb_use(text, s, e):
            continue  # "an aide confirmed that ...", "the chances of becoming": a verb, read without a parse
        if plain_use(text, s, e, word, tags):
            continue
        while qi < len(quoted) and quoted[qi][1] <= s:
            qi += 1
        in_quote = qi < len(quoted) and quoted[qi][0] < s
        in_post = any(ps <= s and e <= pe for ps, pe in posts)
        if (in_quote or in_post) and skip_quoted:
            continue
        if not statements and ((in_quote and (quote_words(text, *quoted[qi]) > fragment_words or quoted[qi] in echoed))
                               or in_post
                               or any(a <= s and e <= b for a, b in speech)
                               or (not in_quote and characterised(text, s))):
            continue  # a quoted statement, a post, reported speech or a characterisation: the speaker's word
        if text[s].isupper() and _in_name(text, s, e):
            continue
        if idf is not None and min_idf > 0:
            v = idf(word)
            if v is not None and v < min_idf:
                continue
        if word in seen:  # each word once: the first time it is used
            continue
        seen.add(word)
        found.append((entry.subjectivity, s, e, entry, in_quote, in_post))
    if max_spans > 0 and len(found) > max_spans:
        found = sorted(found, key=lambda f: (-f[0], f[1]))[:max_spans]
    out = []
    for subj, s, e, entry, in_quote, in_post in sorted(found, key=lambda f: f[1]):
        w = weight(s, e) if weight is not None else 0.0
        note = (DEMEANOR_NOTE if entry is DEMEANOR_ENTRY else
                f"loaded wording: subjectivity {subj:.2f}, {tone(entry.polarity)} tone ({entry.polarity:+.2f})")
        if in_quote:
            note += "; inside a direct quote: the speaker's word, not the outlet's"
        elif in_post:
            note += "; " + POST_NOTE.replace("words", "word")
        out.append(SlantEvidence(s, e, text[s:e], round(float(w), 6), kind="loaded", note=note))
    return tuple(sorted(out + verb_spans, key=lambda ev: ev.start)) if verb_spans else tuple(out)


def _verb_span(text: str, s: int, e: int, tag: str | None, quoted: list[tuple[int, int]],
               spoken: list[tuple[int, int]], seen: set[str],
               weight: Callable[[int, int], float] | None,
               roles: Mapping[int, VerbRole] | None = None) -> SlantEvidence | None:
    """A judgement verb (slant_verbs.py) at `text[s:e]` in the outlet's own narration (not inside
    a quotation, nor inside `spoken`: posts and reported speech), the first use of its lemma
    (added to `seen`), as a loaded span; its weight is the verb word's, its note says whom it
    characterises when `roles` has it."""
    use = verb_at(text, s, e, tag)
    if use is None or use.lemma in seen:
        return None
    if any(qs < s and use.end <= qe for qs, qe in quoted) or any(ps <= s and use.end <= pe for ps, pe in spoken):
        return None  # the speaker's or the account's word ("X said critics slammed it"), not the outlet's judgement
    if reported_verb(text, s):
        return None  # "charges that he demonized Mexicans": the charge's word for the act
    if force_acts(text, s, roles):
        return None  # "the winds ... ripping awnings": a storm's force, no one's words judged
    if use.lemma in CROWD_SOUNDS and crowd_acts(text, s, roles):
        return None  # "his crowd jeered when he mentioned": the sound a crowd made (session 39, G)
    if text[s].isupper() and _in_name(text, s, e):
        return None  # a name ("Dodge", "Trumpet")
    seen.add(use.lemma)
    w = weight(s, e) if weight is not None else 0.0
    note = f"loaded wording: a judgement verb ({use.category}) in the outlet's own narration; it {use.why}"
    if roles and (role := roles.get(s)) is not None and (whom := role.note()):
        note += "; " + whom
    return SlantEvidence(s, use.end, text[s:use.end], round(float(w), 6), kind="loaded", note=note)


_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")
_CAP_FUNCTION = frozenset({"A", "An", "The", "I", "In", "On", "At", "But", "And", "It", "This", "That"})


def _in_name(text: str, s: int, e: int) -> bool:
    """A capitalised word with a capitalised neighbour ("Great Britain", "the Fair Housing
    Act"), or one capitalised within a sentence ("Rubio told Rose"): part of a name.
    A word in capitals ("HATE") is emphasis, not a name, unless a neighbour is capitalised; a
    quotation in title case (“Fair and Balanced”, `titled_quote`) is a name."""
    if titled_quote(text, s):
        return True
    before = text[max(0, s - 40) : s]
    m = re.search(r"([\w'’-]+)([^\w]*)$", before)
    sentence_start = not before.strip() or re.search(r"[.!?:\"“\n]\s*$", before) is not None
    if not sentence_start and not text[s:e].isupper():
        return True
    prev_cap = (
        m is not None and m.group(1) not in _CAP_FUNCTION and _CAP_WORD.fullmatch(m.group(1)) is not None
        and m.group(2).strip() == ""
    )
    nxt = re.match(r"\s+([\w'’-]+)", text[e : e + 40])
    next_cap = nxt is not None and _CAP_WORD.fullmatch(nxt.group(1)) is not None
    return next_cap or (prev_cap and not sentence_start)


__all__ = ["Entry", "characterised", "force_acts", "lexicon", "lexicon_path", "loaded_use", "loaded_words",
           "outlets_own", "plain_use", "post_regions", "pull_quotes", "quote_words", "quoted_regions", "rated_loaded",
           "reported_verb", "single_quoted_regions", "speaker_regions", "titled_quote", "echoed_fragments",
           "excerpt_regions"]
