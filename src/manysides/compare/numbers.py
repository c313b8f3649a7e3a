"""Disputed numbers: outlets giving incompatible figures for the same quantity.

Two numeric claims from different outlets count the same quantity when they share a unit
and either

* their subjects match (content-word Jaccard >= `SUBJECT_OVERLAP`, people's names left
  out) and their sentences are on one topic (cosine >= `RELATED_THRESHOLD`), or
* their sentences are paraphrases (cosine >= `PARAPHRASE_THRESHOLD`, or the stricter
  `STRICT_PARAPHRASE_THRESHOLD` when both subjects are known and share no word) and each
  sentence holds only that one figure of the unit, so the pairing is unambiguous.

Claims are grouped strongest pair first, one claim per article, every cross-outlet pair
in a group matching (no chaining). A group is disputed when two outlets' intervals
[low, high] do not overlap, unless both figures stand in both sentences. Hedges count
through the intervals the claims stage derived: "$30 million" and "nearly $30 million"
overlap, "3,200" and "more than 5,000" do not. A rate ("per 1,000") and a total, an
average and a single value, or a change over a month and one over a year are never one
quantity; nor are a part and a total ("seven others", "11 people", "132 of the dead"), a
hypothetical and an actual figure ("would go another 12 hours"), two people's figures, parts
of two wholes ("of an 18-year sentence", "of a four-year sentence"), figures of years or
months that do not meet, the level a change starts from and the level now ("fell from 8.1
percent", "fell to 7.8%"), a figure of an earlier event and this one's (a year before the
article's named before the figure: "the 2008 suicide bombing in Karachi killed 150"), a figure
named as another measure and the plain one ("the 'U-6' unemployment rate", "household survey",
"revised"), a rate per span of time and a total ("146,000 jobs per month"), a sum over years
and one month's figure, or a bound a level "remained" past and the level. A window of time
("the last two months") says when, and is not compared; a subject made of measure words alone
("rate", "September rate") pairs nothing; "killed", "murdered", "fatally shot", "left ... dead"
count one death toll. Review 11 added: a forecast and the actual figure ("The consensus forecast ...
was for ... 6.1%"), a group's figure and the whole's ("teenagers, whose jobless rate rose to 20
percent"), the hurt and the dead ("seven Saudis were injured", "killed six Saudis"), a figure after a
day of another event and this one's ("the special election on April 18 ... nearly 194,000 people
voted"), and early votes and the turnout are never one quantity; the time since an event ("90 minutes
after the polls closed") is a moment, not compared; "injured", "wounded", "hurt" count one toll of the
hurt. Review 16 added: a market's figures (an index, crude, a yield) are readings at two moments of its
day unless both are the close (`_trading`); "one" after a preposition ("toward one officer") counts nothing;
a move since an earlier moment ("lost 16.5% since setting a record") is not the day's; a sentence that points
back ("That fire burned ..., killing two people") is another event's when the sentence before names an earlier
year. Review 17 added (`_parts`): one site's figure and several sites' or all ("at Brussels' international
airport", "rocked the Brussels airport and subway system"), a named place's and the world's ("in Italy",
"worldwide"), a sum approved and one withheld or spent, and a part of a sum ("$250 million of the aid").
Session 36 added (review 23): each article's only sum of money or count of people harmed of one thing (`_thing`: its
only offer in dollars, its only count of those taken to hospital) and another outlet's are one quantity when their
subjects match, their values lie within `ONE_THING_RATIO` and their sentences are near one topic
(`ONE_THING_TOPIC`), below the bar other matching subjects need. Session 37 added (review 24): a figure inside a
quotation whose attribution names an earlier time (`_said_earlier`), a span of places beside one place, and a count
"elsewhere" beside any other (`_parts`).

`differing_figures` finds, within one shared point, the figures its outlets give with
different values, compatible or not.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..nlp.numbers import (AT_LEAST, AT_MOST, DURATION_SECONDS, NEAR_OVER, NEAR_UNDER, duration_in, hedge_family,
                           parse_numeral, parse_word_number)
from ..records import Annotation, Article, Claim, Dispute, DisputedClaim, SharedPoint
from ._text import STOP_WORDS, numeral_in, outlet_key, words
from ._clock import disputed_times
from ._nights import night_words, nights_apart
from ._parts import another_place, aside_places, figure_sentences, places_apart, places_named, stages_apart
from ._periods import earlier_years, moments_apart, said_now, tallies_apart
from ._trading import intraday_apart

PARAPHRASE_THRESHOLD = 0.68
# When both subjects are known and barely overlap, the sentences must be closer still
# ("Trump requested $5.7 billion" vs "total wall funding will come to about $8 billion";
# "won the district by about four points" vs "won Alder Bend by 22 points").
STRICT_PARAPHRASE_THRESHOLD = 0.75
WEAK_SUBJECT_OVERLAP = 0.25
SUBJECT_OVERLAP = 0.5
# Matching subjects are not enough when the sentences are about different things ("six
# seats" won vs "35 seats" needed): their sentences must at least be on one topic...
RELATED_THRESHOLD = 0.45
# ...and subject and topic evidence together must be strong: a subject overlap of 0.5
# needs sentences at 0.60, an overlap of 1.0 sentences at 0.45.
SUBJECT_PLUS_TOPIC = 1.1
SINGLE_WORD_TOPIC = 0.60
# An article's only figure of one thing (`_thing`: its only offer in dollars, its only count of the hurt) and another
# outlet's only figure of that thing are one quantity when their subjects match and the sentences are near one topic:
# each outlet tells that one thing its own way, and the embedding reads how a sentence is told, not what it counts
# (review 23: "an offer of at least $22 million from the rich countries in the Group of Seven", "G-7 countries made
# the $20 million aid offer", cosine 0.43)
ONE_THING_TOPIC = 0.35
# ... and for a count of the harmed (`_harm`: the dead, the hurt, those taken to hospital) a lower bar: a story's toll
# is told in sentences of other matter, the gunman's act in one, the chaos in another (review 37: the Washington
# Times' "... opened fire at a baggage claim Friday afternoon, killing five people and injuring eight others" and USA
# Today's "Five people were killed and six injured amid the chaos, ...", cosine 0.27)
HARM_ONE_THING_TOPIC = 0.2
# ... and their values within this factor: outlets' figures of one thing differ by a conversion, a rounding or an
# hour of counting ($20 million and $22 million, 406 and 527), seldom by half ("$2 trillion in spending cuts" asked
# for, "$1 trillion in spending cuts" due: two sums)
ONE_THING_RATIO = 1.5
# The paraphrase route only pairs figures within this factor of each other...
MAX_RATIO = 4.0
# ...and the subject route within this one: a matching subject does not make 3,605,201
# births and a rate of 55.8 one quantity.
SUBJECT_MAX_RATIO = 10.0
# A shared point's two figures this close, with overlapping intervals, are one figure
# rounded two ways ("roughly $928 billion", "more than $920 billion").
NEAR_SHARE = 0.05
# Calendar years and dates name *when*, not *how much*; two outlets citing different
# years are usually citing different events, so they are not compared.
SKIP_UNITS = frozenset({"year", "date"})
_EPS = 1e-9


@dataclass(frozen=True)
class _Item:
    order: int
    article: str
    outlet: str
    claim: Claim
    subject: frozenset[str]
    sentence: int | None  # index of the claim's sentence in its article
    agents: frozenset[str] = frozenset()  # words of the people its subject names
    earlier: bool = False  # its sentence names a year before the article's, before the figure
    measures: frozenset[str] = frozenset()  # the measure words around it ("U-6", "household", "revised")
    months: frozenset[str] = frozenset()  # the months its stretch of the sentence names
    moment: str = ""  # the words that tell when it holds (`_moment_text`)
    night: str = ""  # the words that tell which night it counts (`_night_text`)
    day: datetime.date | None = None  # its article's publication day
    running: bool = False  # a running total (`_running`)
    aside: frozenset[str] = frozenset()  # the places of an aside its words are in (`_parts.aside_places`)
    own: frozenset[int] = frozenset()  # its sentence, and the one before that it points back to
    share: frozenset[str] = frozenset()  # what a percentage is a share of (`share_of`)
    years: frozenset[int] = frozenset()  # the earlier years its words name (`_periods.earlier_years`)


# Nouns that only frame a figure ("to the tune of $3.5 billion", "a total of", "the sum
# of"): the parse makes them its subject, but they say nothing about what is counted.
_FRAME_NOUNS = frozenset({"tune", "amount", "sum", "total", "tally", "figure", "upwards"})


# Month names say when, not what is counted ("the September 2012 rate" is a rate).
_MONTH_WORDS = frozenset("january february march april june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that say a figure is a measure without saying of what ("rate", "number", "gain"): a subject made of
# them alone names no quantity, so it cannot pair two figures ("the September 2012 rate ... was 63.6%", a
# participation rate, against "the rate dipped ... to 7.8 percent", the jobless rate).
_GENERIC_MEASURES = frozenset(
    "rate level number figure percent percentage share count gain increase decrease change growth rise drop "
    "decline jump datum data result value measure statistic estimate".split())
# Words of a death toll, read as one: "killed 59", "murdered 58", "fatally shot 58", "141 people dead",
# "the 126 dead", "139 Pakistanis died" count one thing.
_TOLL_WORDS = frozenset("kill murder dead die death slay slain slew fatality fatalities".split())
# ... and so are the words of the hurt: "wounded 238", "238 people injured", "239 people wounded" (review 11
# missed Fox's 238 against NPR's and CNN's 239)
_HURT_WORDS = frozenset("injure injured injury injuries injur wound wounded hurt".split())
_TOLL_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|fatally\s+\w+|slew|slain|sla[yi]ing)\s+$",
                          re.IGNORECASE)
_TOLL_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:dead|killed|died|deaths|fatalities|slain)\b", re.IGNORECASE)


def _subject_words(subject: str, people: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content words of a claim's subject, people's names, month names and framing nouns left
    out, words of a death toll read as "kill", of the hurt as "hurt".

    A person is who acts, not what is counted: "Trump requested" and "Trump would have"
    share a name, not a quantity.
    """
    out = set()
    for w in words(subject or ""):
        if w in STOP_WORDS or len(w) < 2 or w in people or w in _FRAME_NOUNS or w in _MONTH_WORDS:
            continue
        out.add("kill" if w in _TOLL_WORDS else "hurt" if w in _HURT_WORDS or _stem(w) in _HURT_WORDS else _stem(w))
    return frozenset(out)


def _quantity_words(c: Claim, people: frozenset[str] = frozenset()) -> frozenset[str]:
    """The subject words two figures are matched on: `_subject_words`, with "kill" added when the
    words around a count make it a death toll ("left 141 people dead", "fatally shot 58"), "hurt" when
    they make it a count of the hurt ("wounded 238"), and
    none when they are only words of a measure ("rate", "september rate")."""
    out = _subject_words(c.subject, people)
    if c.unit.lower() == "count" and "kill" not in out:
        sentence = c.sentence or ""
        at = sentence.find(c.text)
        if at >= 0 and (_TOLL_BEFORE.search(sentence, max(0, at - 30), at)
                        or _TOLL_AFTER.match(sentence, _after_figure(sentence, at, at + len(c.text)))):
            out = out | {"kill"}
        elif (harm := _harm(c)) == "hospital":
            out = (out - {"hurt"}) | {"hospital"}  # "406 taken to hospital", "527 injured and taken to hospitals"
        elif "hurt" not in out and harm == "hurt":
            out = out | {"hurt"}  # "killed 42 and wounded 238": a count of the hurt
    if out and out <= _GENERIC_STEMS:
        return frozenset()
    return out


def _stem(w: str) -> str:
    """Crude suffix stripping so "spending" ~ "spend" and "votes" ~ "vote"."""
    for suffix, keep in (("ing", 4), ("ed", 4), ("es", 4), ("s", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("ss"):
            return w[: -len(suffix)]
    return w


_GENERIC_STEMS = _GENERIC_MEASURES | {_stem(w) for w in _GENERIC_MEASURES} | {_stem(f"{w}s") for w in _GENERIC_MEASURES}
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_AGE = re.compile(r"\byears?[- ]old\b|\baged?\b", re.IGNORECASE)
# "per 1,000 women", "for every 100,000 residents", "per capita" within a few words after a
# figure make it a rate, never comparable with a total of the same unit
_RATE = re.compile(r"(?:[\s,]+[\w'-]+){0,3}?\s+(?:per|for every|out of every)\s+(?:\d[\d,]*|capita|head|"
                   r"one|ten|a hundred|hundred|a thousand|thousand|a million|million)\b", re.IGNORECASE)


# A figure that is a part added to or left over from a total: "three other Americans",
# "seven others", "another 12 hours", "$5 million more". It counts a remainder, never the
# total another outlet gives ("four Americans", "11 people").
# "the first two fatalities" are a part of the toll, as "another two" are (review 12: a storm's first two
# deaths disputed against its toll)
# "of which $250 million", "of whom 20": a part of the sum or group just named
_PART_BEFORE = re.compile(r"\b(?:another|an additional|an extra|(?:the|its|their)\s+first|of\s+(?:which|whom))\s+$",
                          re.IGNORECASE)
_PART_AFTER = re.compile(r"[\s-]*(?:other|others|more|additional|extra)\b", re.IGNORECASE)
# ... but "killing five people and injuring eight others" (review 37): after a count of the dead, the hurt are
# "others" than the dead, and "eight others" is the whole count of the hurt; so is "others" after a count of the
# dead that follows a count of the hurt ("wounding 12 and killing three others"). A count of the other harm must
# stand before it in its sentence, within `_GOVERNED_CHARS`.
_OTHERS_AFTER = re.compile(r"[\s-]*others?\b", re.IGNORECASE)
_COUNT_WORD = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)"


def _harm_counted(verb: str, state: str) -> re.Pattern[str]:
    """A count of one harm: the verb before it ("killing five people") or the state after it ("six injured")."""
    return re.compile(rf"\b{verb}\s+(?:\w+\s+){{0,2}}?{_COUNT_WORD}\b|"
                      rf"\b{_COUNT_WORD}\s+(?:\w+\s+){{0,2}}?(?:were\s+|was\s+)?{state}\b", re.IGNORECASE)


_DEAD_COUNTED = _harm_counted(r"(?:kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|slain|fatally\s+\w+)", r"(?:dead|killed|died)")
_HURT_COUNTED = _harm_counted(r"(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurt(?:ing)?)", r"(?:injured|wounded|hurt)")


def _others_of_other_harm(c: Claim, before: str) -> bool:
    """Whether a figure's "others" ("injuring eight others") counts beyond a count of the other harm told before it
    in its sentence (`before`), and so the whole of its own harm, not a remainder of it."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0 or not _OTHERS_AFTER.match(sentence, at + len(c.text)):
        return False
    harm = _harm(c)
    return ((harm == "hurt" and bool(_DEAD_COUNTED.search(before)))
            or (harm == "dead" and bool(_HURT_COUNTED.search(before))))


# A count followed by "of the", "of them", "of whom", "of Warren's" counts a part of a group ("132 of the
# dead were children", "132 of which were children"), not the group another outlet counts ("the 126 dead");
# two such parts are compared ("pulled four of Warren's ads", "took three of the ads down": review 8).
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|those|these|them|whom|which|its|their|his|her|our)\b|"
                      r"[A-Z][\w.-]*(?:'s|’s)\s)", re.IGNORECASE)
# a sum of money ("USD", "EUR"): "$250 million of the aid" is a part of it, as a count's "132 of the dead" is
_MONEY_UNIT = re.compile(r"[A-Z]{3}")
# A figure governed by "would" or by a verb of recommending, proposing, seeking or risking
# ("would try to go another 12 hours", "guidelines recommended that he serve 19 to 24
# years", "faces up to 20 years") is what might be, not what is: never one quantity with
# an actual figure. Read in the figure's clause before it (the text since the last comma or
# semicolon, at most `_GOVERNED_CHARS` characters). "could", "may", "might" are left out:
# they as often hedge the one quantity ("may have killed 40") or qualify both outlets'
# ("$3 billion could be diverted" against "enables him to divert $3.6 billion", a real
# dispute in BASIL). A request of an outcome ("Prosecutors had requested that he be sentenced to 20 years", "asked that
# the fine be set at $5 million") is one too: review 27 found the 20 years prosecutors asked for at a trial disputed
# against another outlet's "could be sentenced to up to 10 years in prison" if probation were revoked. A request of
# an amount ("requested $5.7 billion", "asked for") is left out: what was asked is then the quantity outlets report.
# A request that someone receive, serve or pay, or that a court impose or order ("has asked for Cohen to receive a
# "substantial" sentence of roughly four years", "urged the judge to impose 10 years") is a request of an outcome too:
# review 32 found the four years prosecutors asked for disputed against the three years of the sentence. A request
# that someone approve or spend an amount ("asked Congress to approve $5.7 billion") stays the amount asked.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|recommend(?:s|ed|ing)?|fac(?:e|es|ed|ing)|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|"
    r"(?:request|ask)(?:s|ed|ing)?\s+that|"
    r"(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+(?:for\s+)?"
    r"(?:[\w'’.-]+\s+){1,4}?to\s+(?:receive|serve|pay|impose|order|award|sentence|give|"
    r"be\s+(?:sentenced|given|fined|jailed|ordered|awarded)))\b",
    re.IGNORECASE)
# A clause of fact that a conjunction opens before the figure is the figure's own clause: "Boeing is facing
# questions after an Ethiopian Airlines crash on Sunday killed all 157 people" states the toll; "facing" governs the
# questions, not the figure (review 23: the toll read as hypothetical, so the article's 157 did not count as given
# beside its 189 of an earlier crash, disputed against another outlet's 157). Only for the hypothetical rule.
_SUBORDINATE = re.compile(r"\b(?:after|because|when|although|though|whereas)\b", re.IGNORECASE)
# A figure that is the gap between two amounts, not an amount ("That's 9 million jobs short of what he promised",
# "9 million fewer jobs than Obama had predicted", "a difference of 9 million"), is compared only with other
# gaps: review 21 found Romney's "9 million short" disputed against his pledge of 12 million jobs.
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:short|shy)\s+of\b|"
                               r"[\s-]*(?:fewer|more|less)\s+(?:[\w'-]+\s+){0,2}?than\b", re.IGNORECASE)
_DIFFERENCE_BEFORE = re.compile(r"\b(?:difference|gap|shortfall)\s+(?:of|is|was|equals|amounts\s+to|comes\s+to)\s+$",
                                re.IGNORECASE)
# A comma between two digits is a numeral's ("1,200 inmates", "215,000"), a colon between two a time's
# ("7:15 a.m."), not a clause break
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;()\u2014\u2013]|\s-\s")
_GOVERNED_CHARS = 80
# A count said to stay, or to go, in its own clause is a different quantity from the one
# there now (review 8: troops to "keep", "some 5,000 ... would be withdrawn" and the
# "14,000 ... currently stationed" are three figures every outlet agrees on); a figure said
# to be there currently is the one there now whatever verb moves it. Counts only. "leave"
# is left out: it goes both ways ("leave 8,600 behind", "leave the country").
_PRESENT = re.compile(r"\b(?:currently|at present|presently)\b", re.IGNORECASE)
_STAYING = re.compile(r"\b(?:remain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stay(?:s|ed|ing)?)\b", re.IGNORECASE)
_GOING = re.compile(r"\b(?:withdr[ae]wn?|withdraw(?:s|ing|al)?|pull(?:s|ed|ing)?\s+(?:out|back)|"
                    r"drawdown|draw(?:s|ing)?\s+down|drew\s+down|brought\s+home|bring(?:s|ing)?\s+home|"
                    r"redeploy(?:s|ed|ing|ment)?)\b", re.IGNORECASE)


# A figure that was forecast, expected or projected ("The consensus forecast from economists surveyed by
# CNNMoney was for ... an unemployment rate of 6.1%", "The median forecast among economists ... had called
# for 215,000 new jobs", "215,000 economists had expected") is what was expected, not what happened: review
# 11 found both disputed against the actual 5.9% and 248,000. Read before the figure in its clause (since
# the last clause break or contrast word, at most `_FORECAST_CHARS` characters: a forecast's subject often
# stands far from its figure) and in the few words right after it. A forecast word after "than", "as",
# "beat", "exceeded", ... compares the actual figure with the forecast ("fell more than expected to 5.9%")
# and does not count.
_FORECAST_CHARS = 200
_FORECAST = re.compile(
    r"\b(?:forecast(?:s|ed|ing|ers?)?|expect(?:s|ed|ing|ations?)?|consensus|predict(?:s|ed|ing|ions?)?|"
    r"project(?:ed|ing|ions?)|anticipat(?:e|es|ed|ing)|had\s+called\s+for|outlook|"
    # "Some areas could see rainfall totals of up to 15 inches": what a place or a count may come to (review
    # 12: against "16 inches of rain has already fallen")
    r"(?:could|may|might|will)\s+(?:see|get|receive|reach|top|exceed|hit))\b", re.IGNORECASE)
_FORECAST_AFTER = re.compile(
    r"(?:\s+(?!than\b|as\b)[\w'-]+){0,3}?\s+(?:had\s+|have\s+|were\s+|was\s+|had\s+been\s+)?"
    r"(?:forecast|expected|predicted|projected|anticipated)\b", re.IGNORECASE)
# "than" may be joined to the forecast word by a hyphen: "a better-than-expected 171,000 jobs", "a
# weaker-than-forecast 2%" are the actual figures compared with a forecast (review 21: Fox's and the Washington
# Times' "better-than-expected" 171,000 read as a forecast, disputed against NPR's expected 125,000).
_COMPARED_WITH = re.compile(
    r"\b(?:than|as|beat(?:s|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?|above|below|"
    r"despite|defy(?:ing)?|defied|contrary\s+to|missed|miss(?:es|ing)?)[\s-]+"
    r"(?:(?:the|most|many|all|what|some|economists'?|analysts'?|forecasters'?|wall\s+street(?:'s)?|had|have|"
    r"were|was|been|had\s+been)\s+)*$", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|while|whereas|instead|however|yet|actually)\b", re.IGNORECASE)


def is_forecast(c: Claim) -> bool:
    """Whether a figure is one forecast, expected or projected ("the consensus forecast ... was for an
    unemployment rate of 6.1%", "had called for 215,000 new jobs", "the 215,000 economists had expected"),
    not the actual one."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return False
    if _FORECAST_AFTER.match(sentence, at + len(c.text)):
        return True
    clauses = _CLAUSE_BREAK.split(sentence[max(0, at - _FORECAST_CHARS):at])
    clause = _CONTRAST.split(clauses[-1])[-1]
    if any(not _COMPARED_WITH.search(clause, 0, m.start()) for m in _FORECAST.finditer(clause)):
        return True
    # where a level will move to: "think the rate will tick down a tenth of a percent, to 7.5 percent"
    # (review 14, against the 7.4 percent it fell to); the figure may stand after a comma, its "to" alone
    if _BARE_TO.match(clause) and len(clauses) > 1:
        clause = _CONTRAST.split(clauses[-2])[-1] + clause
    return _WILL_MOVE.search(clause) is not None


# A figure of a part of the population ("every age group except teenagers, whose jobless rate rose to 20
# percent", "the unemployment rate among Hispanics", "the black unemployment rate") is not the figure of the
# whole: review 11 found teenagers' 20 percent disputed against the jobless rate of 5.9 percent. The group
# names the measure (`_readings`): two figures of one group are compared, of two groups or of a group and
# the whole are not. Demographic groups only; a count of children or students among the dead is left to
# the rules on parts.
_GROUP = (r"(?:teen(?:ager)?s?|youths?|(?:young|older)\s+(?:people|adults|men|women|workers|americans)|seniors|"
          r"women|men|females?|males?|(?:black|white|hispanic|latino|asian)\s+(?:americans|workers|people|men|women|"
          r"adults|voters)|blacks|whites|hispanics|latin[oa]s|asians|asian[- ]americans|african[- ]americans|"
          r"veterans|(?:college|high[- ]school)\s+graduates|dropouts|immigrants|minorities)")
_SUBGROUP = (
    re.compile(rf"\b(?:among|for|of)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,2}}?({_GROUP})\b", re.IGNORECASE),
    re.compile(rf"\b({_GROUP})\s*,?\s+whose\b", re.IGNORECASE),
    re.compile(rf"\b({_GROUP}|black|white|hispanic|latino|asian|teen|youth)(?:'s|'|’s|’)?\s+(?:[\w-]+\s+){{0,1}}"
               r"(?:unemployment|jobless|employment|poverty|participation|turnout|rate|share)\b", re.IGNORECASE),
)


# An age range names a group as a word does (review 37: CNN's "the unemployment rate among 16- to 19-year-olds has
# fallen from 14.1% to 12.8%" was disputed against the rate of all, 3.8%): "16- to 19-year-olds", "18-24-year-olds",
# "ages 16 to 24", "aged 55 and over", "those 65 and older". Two figures of one range are compared.
_AGE_RANGE = re.compile(r"\b(\d{1,2})\s*-?\s*(?:to|-|\u2013)\s*(\d{1,2})[- ]years?[- ]olds?\b|"
                        r"\bage[sd]?\s+(\d{1,2})\s*(?:to|-|\u2013|through)\s*(\d{1,2})\b|"
                        r"\b(?:aged?|those|people|adults|workers|americans)\s+(\d{1,2})\s*"
                        r"(?:\+|and\s+(?:over|older|up)|or\s+(?:over|older))", re.IGNORECASE)


def _subgroups(stretch: str) -> set[str]:
    """The population groups a figure's stretch names ("teenagers, whose jobless rate" -> {"group teen"}; "among
    16- to 19-year-olds" -> {"group age 16-19"})."""
    out = set()
    for p in _SUBGROUP:
        for m in p.finditer(stretch):
            g = " ".join(m.group(1).lower().split()).removesuffix("s").replace("teenager", "teen")
            out.add(f"group {g}")
    for m in _AGE_RANGE.finditer(stretch):
        lo, hi = ((m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4)) if m.group(3)
                  else (m.group(5), ""))
        out.add(f"group age {int(lo)}-{int(hi) if hi else ''}")
    return out


# "from 14.1% to 12.8%": the level a change reaches is of the group its starting level is named with
_FROM_TO = re.compile(r"\s*to\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_OLD_AFTER = re.compile(r"[- ]olds?\b", re.IGNORECASE)  # "19-year" + "-olds": an age the claims stage cut short


def _group_stretch(c: Claim, claims: Sequence[Claim]) -> str:
    """Where a figure's population group is read: its stretch (`_stretch`), reaching back past an age read before it
    ("16- to 19-year-olds": the claims stage reads "19-year" as an age) and past the level a change starts from when
    the figure is the level it reaches ("fell from 14.1% to 12.8%")."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return ""
    offset = c.start - at
    before = sorted((x for x in claims if x.sentence == c.sentence and x.end <= c.start and not _window(x)),
                    key=lambda x: x.end)
    start, reached = at, False
    while before:
        x = before[-1]
        x_at = x.start - offset
        age = is_age(x) or bool(_OLD_AFTER.match(sentence, x.end - offset))
        if not (age or (not reached and start == at and _FROM_TO.fullmatch(sentence, x.end - offset, start)
                                and _FROM_BEFORE.search(sentence, 0, x_at))):
            break
        reached = reached or not age
        start = x_at
        before.pop()
    origin = before[-1].end - offset if before else 0
    return sentence[max(0, origin):at] + " " + _stretch(c, claims)


# The hurt and the dead are two tolls: "at least seven Saudis were injured" is no figure of "killed six
# Saudis" (review 11 showed them as differing figures). A count with an injury word just before it or
# within three words after it counts the hurt, with a word of death the dead; the nearer word decides
# ("killed 42 and wounded 238": 42 dead, 238 hurt).
_HURT_BEFORE = re.compile(r"\b(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:s|ing)?|maim(?:s|ed|ing)?)\s+$",
                          re.IGNORECASE)
_HARM_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:(dead|killed|died|deaths|fatalities|slain)|"
                         r"(injured|injuries|wounded|hurt|maimed))\b", re.IGNORECASE)
# Those taken to hospital are a third count, some of the hurt: "saw 406 taken to hospital", "12 were hospitalized",
# "more than 527 people were injured and taken to area hospitals" (review 19). It is told apart from the hurt and
# the dead, as they are from each other: "406 taken to hospital" is no reading of "more than 500 people injured".
_HOSPITAL = (r"(?:hospitali[sz]ed|(?:taken|rushed|sent|admitted|airlifted|transported|treated)\s+(?:to|at|in)\s+"
             r"(?:(?:the|a|an|area|local|nearby|several|two|three|four|five|\w+'s)\s+)?hospitals?)")
_HOSPITAL_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?"
                             + _HOSPITAL + r"\b", re.IGNORECASE)
# a count of the hurt said, right after, to be taken to hospital: "injured and taken to area hospitals"
_AND_HOSPITAL = re.compile(r"\s*,?\s+and\s+(?:were\s+|later\s+)?" + _HOSPITAL + r"\b", re.IGNORECASE)


# A figure set off by dashes ("The most firefighters — 340 — were killed in the 9/11 attacks", review 33): its
# predicate follows the closing dash.
_OPEN_DASH = re.compile(r"[\u2014\u2013]\s*$")
_CLOSE_DASH = re.compile(r"\s*[\u2014\u2013]")


def _after_figure(sentence: str, at: int, end: int) -> int:
    """Where the words after a figure at `at`..`end` of `sentence` begin: past a closing dash when a dash opens
    before it, else `end`."""
    if _OPEN_DASH.search(sentence, max(0, at - 3), at) and (m := _CLOSE_DASH.match(sentence, end)):
        return m.end()
    return end


def _harm(c: Claim) -> str | None:
    """ "dead", "hurt" or "hospital" for a count of the dead, of the hurt or of those taken to hospital (`_HOSPITAL`),
    None for any other."""
    if c.unit.lower() != "count":
        return None
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return None
    if _TOLL_BEFORE.search(sentence, max(0, at - 30), at):
        return "dead"
    if _HURT_BEFORE.search(sentence, max(0, at - 30), at):
        return "hurt"
    after = _after_figure(sentence, at, at + len(c.text))
    m = _HARM_AFTER.match(sentence, after)
    h = _HOSPITAL_AFTER.match(sentence, after)
    if h and (not m or h.end() <= m.end()):
        return "hospital"
    if m:
        return "dead" if m.group(1) else "hospital" if _AND_HOSPITAL.match(sentence, m.end()) else "hurt"
    subject = _subject_words(c.subject)
    return "hurt" if "hurt" in subject else "dead" if "kill" in subject else None


def _dead_against_now(a: Claim, moment_a: str, b: Claim, moment_b: str) -> bool:
    """One figure a count of the dead, the other a count said to stand now (`_periods.said_now`) that counts no harm:
    the living at work now are not the dead of some event (review 33: "The most firefighters — 340 — were killed in
    the 9/11 terrorist attacks" against "400 firefighters are now battling the blaze")."""
    ha, hb = _harm(a), _harm(b)
    return (ha == "dead" and hb is None and said_now(moment_b)) or (hb == "dead" and ha is None and said_now(moment_a))


def _kind(c: Claim) -> str:
    """The unit, with ages told apart from other durations ("41-year-old" vs "28 years"),
    rates from totals ("55.8 births per 1,000 women" vs "3,605,201 births"), parts from
    totals ("seven others" vs "11 people"), gaps from amounts ("9 million short of", "9 million fewer ...
    than" vs "12 million"), hypothetical figures from actual ones ("would
    go another 12 hours" vs "spoke for 24 hours"), and counts that stay, go or are there
    now from one another ("keep 8,600 troops", "5,000 troops would be withdrawn", "14,000
    troops currently stationed"), and a move since an earlier moment from other figures ("lost 16.5% since
    setting a record").

    A figure in years whose text does not say "year" is an age the claims stage read from
    its place ("Lieberman, 75"): a duration always names its unit. Durations in any unit of
    time are one kind ("270 months", "22 1/2 years"): `in_unit_of` converts one to the
    other's unit before their values are compared.
    """
    unit = c.unit.lower()
    if is_age(c):
        return "age"
    if unit in DURATION_SECONDS:
        unit = "duration"
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return unit
    if _RATE.match(sentence, at + len(c.text)) or _PER_TIME.match(sentence, at + len(c.text)):
        unit += " rate"
    if _previous(c):
        unit += " previous"  # "fell from 8.1 percent", "up from 67,000": the level a change starts from
    elif unit not in ("count", "duration") and _CHANGE_BEFORE.search(sentence, max(0, at - _GOVERNED_CHARS), at):
        unit += " change"  # "has fallen 0.8 percent": how much a level moved, not the level ("to 7.4 percent")
    elif unit != "duration" and _over_years(c):
        unit += " over years"  # "5.2 million new jobs over the past 2 1/2 years": a sum over a long span
    if unit not in ("count", "duration") and _SINCE_AFTER.match(sentence, at + len(c.text)):
        unit += " since"  # "has now lost 16.5% since setting a record last month": a move summed since then
    before = sentence[max(0, at - _GOVERNED_CHARS):at]
    if (_PART_BEFORE.search(before)
            or (_PART_AFTER.match(sentence, at + len(c.text)) and not _others_of_other_harm(c, before))
            or ((unit == "count" or _MONEY_UNIT.fullmatch(c.unit)) and _PART_OF.match(sentence, at + len(c.text)))):
        unit += " part"
    if _DIFFERENCE_AFTER.match(sentence, at + len(c.text)) or _DIFFERENCE_BEFORE.search(before):
        unit += " difference"  # "9 million jobs short of what he promised": a gap between two amounts
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _HYPOTHETICAL.search(_SUBORDINATE.split(clause)[-1]):
        unit += " hypothetical"
    if is_forecast(c):
        unit += " forecast"  # "The consensus forecast ... was for ... 6.1%": what was expected, not what is
    if c.unit.lower() != "count":
        # "the rate had remained above 8 percent": a bound a level stayed past, a run of months, not a level
        if hedge_family(c.hedge) in (AT_LEAST, AT_MOST) and _STAYING.search(clause):
            unit += " staying"
        return unit  # otherwise a state (staying, going, there now) is one of things counted
    around = clause + " " + _CLAUSE_BREAK.split(sentence[at + len(c.text):at + len(c.text) + _GOVERNED_CHARS])[0]
    if _PRESENT.search(around):
        unit += " now"  # "to bring home the 14,000 troops currently stationed": those there now
    elif _STAYING.search(around):
        unit += " staying"
    elif _GOING.search(around):
        unit += " going"
    return unit


# "Lightfoot, 56, finished sixth": a bare whole number set off by commas right after a word of a person's name the
# story gives is that person's age; the claims stage reads it so only where its tagger marks the name at that place,
# and review 30 found a mayor's "56" read as a count and disputed against another outlet's "14 candidates"
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*),[ \t]*$")
_COMMA_AFTER = re.compile(r"[ \t]*,")


def age_after_name(c: Claim, text: str, people: frozenset[str]) -> Claim:
    """`c` read as an age (in years) when it is a bare whole number below 120 set off by commas right after a word of
    a person's name (`people`: the story's people's name words, lower case) in `text`, its article's text:
    "Lightfoot, 56, finished sixth". Otherwise `c` as it is ("Likud, 30, and Labor, 24": no person)."""
    if (c.unit != "count" or not c.text.isdigit() or not 0 < c.value < 120
            or not _COMMA_AFTER.match(text, c.end)):
        return c
    m = _NAME_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m is None or m.group(1).lower().replace("’", "'") not in people:
        return c
    return dataclasses.replace(c, unit="years")


def is_age(c: Claim | DisputedClaim) -> bool:
    """A figure in years that is someone's age ("a 45-year-old", "45 years old", a bare
    "Lieberman, 75" read as an age), not a duration."""
    return c.unit.lower() in ("years", "year") and bool(_AGE.search(c.text) or "year" not in c.text.lower())


def in_unit_of(c: Claim, ref: Claim) -> Claim:
    """`c` written in `ref`'s unit when both are durations in different units of time
    ("270 months" as 22.5 "years" beside "22 1/2 years"): value and interval converted, text
    as written. Otherwise `c` as it is (ages are no durations)."""
    if c.unit == ref.unit or is_age(c) or is_age(ref):
        return c
    value = duration_in(c.value, c.unit, ref.unit)
    if value is None:
        return c

    def conv(x: float | None) -> float | None:
        return None if x is None else duration_in(x, c.unit, ref.unit)

    return dataclasses.replace(c, value=value, low=conv(c.low), high=conv(c.high), unit=ref.unit)


def _comparable(a: Claim, b: Claim, ratio: float = MAX_RATIO) -> bool:
    """Figures within `ratio` of each other: farther apart, two sentences that read
    alike are reporting two different quantities (a 4-point district margin, a 22-point
    margin in one town), not disagreeing about one."""
    b = in_unit_of(b, a)
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi <= ratio * lo if lo > 0 else hi == 0


# "$1 trillion", "3 million people": one digit and a scale word, no hedge, no decimals
_ROUND_SCALED = re.compile(r"^[^\d.,]*\d\s*(?:million|billion|trillion)\b", re.IGNORECASE)


def _as_read(c: Claim) -> Claim:
    """A figure as a reader takes it when judging a dispute: a round figure of one digit
    and a scale word ("$1 trillion" for a bill others call "$1.2 trillion") is shorthand,
    read as the values that round to it (±half its unit). Other figures as annotated."""
    if c.hedge is not None or c.low != c.value or c.high != c.value or not _ROUND_SCALED.match(c.text):
        return c
    half = 10 ** math.floor(math.log10(abs(c.value))) / 2 if c.value else 0.0
    return dataclasses.replace(c, low=c.value - half, high=c.value + half)


def _decimals(c: Claim) -> int | None:
    """How many decimals a figure is written with ("2.64 percent" 2, "2.6%" 1); None for a range,
    a bound or a figure written in words."""
    m = _NUMERAL.search(c.text)
    if m is None or c.low != c.value or c.high != c.value:
        return None
    return len(m.group(0).partition(".")[2])


def _rounded_alike(a: Claim, b: Claim) -> bool:
    """Two figures of one unit, one written with fewer decimals (at least one) that the other
    rounds to: "2.6%" and "2.64 percent" give one yield, one outlet rounding it (review 14).
    Whole numbers are left to the other tests: "8 percent" for 7.9 is as often another figure."""
    if a.unit != b.unit:
        return False
    da, db = _decimals(a), _decimals(b)
    if da is None or db is None or da == db:
        return False
    rough, fine = (a, b) if da < db else (b, a)
    places = min(da, db)
    return places >= 1 and abs(round(fine.value, places) - rough.value) < 10 ** -(places + 3)


# A count one sentence gives whole and the other as the sum of its parts, every count of that sentence ("all or parts
# of 16 states" / "all of nine states ... plus parts of seven other states", review 31; "12 killed" / "eight soldiers
# and four civilians") gives one fact: a shared point's two figures in common (`shared._figures_in_common`), no
# figures that differ (`differing_figures`). Not below this whole: small counts add up by chance ("two" and "three"
# beside "five" of something else).
LEAST_WHOLE = 10


def sum_of_parts(whole: Sequence[float], parts: Sequence[float]) -> bool:
    """Whether two or more counts (`parts`, every bare count one sentence or outlet gives) add up to a count of at
    least `LEAST_WHOLE` of `whole` (the other's counts), none of the parts that count itself: one fact, its total and
    its parts."""
    if len(parts) < 2 or not whole:
        return False
    total = sum(parts)
    return total >= LEAST_WHOLE and total not in parts and any(abs(w - total) < 1e-9 for w in whole)


def one_estimate(a: Claim | DisputedClaim, b: Claim | DisputedClaim) -> bool:
    """Two estimates of one unit, each a figure with a range around it ("an estimated 1.4 million", "some 1.5
    million": a hedge such as "about", "some", "an estimated" gives one), each value inside the other's range: one
    figure given roughly, rounded its own way by each outlet, neither outlet's to take a side on (review 22's
    Florida count). An exact figure, a bound or a one-sided hedge ("nearly") is no such estimate."""
    def ranged(c: Claim | DisputedClaim) -> bool:
        return c.value is not None and c.low is not None and c.high is not None and c.low < c.value < c.high

    return (a.unit == b.unit and ranged(a) and ranged(b)
            and a.low <= b.value <= a.high and b.low <= a.value <= b.high)


# how far past a bound an exact figure may lie and the bound still give it roughly (here and in unique.py)
BOUND_SLACK = 0.25


def rounded_bound(a: Claim | DisputedClaim, b: Claim | DisputedClaim) -> bool:
    """One figure exact, the other a one-sided hedge on a round figure that is the exact one rounded toward the
    hedge's side at the round figure's own step (its last non-zero digit's place), and within `BOUND_SLACK` of it:
    "more than 30 countries" for 35 (cut to its tens, 30), "nearly 160" for 157 (up to its tens). The hedged outlet
    gives the same figure roughly, as "an estimated 1.4 million" does "some 1.5 million" (`one_estimate`; review 23:
    "People from 35 countries", "Passengers from more than 30 countries" listed as differing). A bound farther off
    ("at least 150" for 180: 150's step is ten; "more than 100" for 157, beyond the slack the unique stage allows
    too) or a round figure of one digit ("more than 3") still differs."""
    for exact, bound in ((a, b), (b, a)):
        if (exact.value is None or exact.low != exact.value or exact.high != exact.value or bound.value is None
                or exact.unit != bound.unit or getattr(exact, "hedge", None)):
            continue
        family = hedge_family(getattr(bound, "hedge", None))
        n = bound.value
        if family is None or n <= 0 or n != int(n) or int(n) % 10:
            continue
        step = 10 ** (len(str(int(n))) - len(str(int(n)).rstrip("0")))
        if family in (AT_LEAST, NEAR_OVER) and n < exact.value < min(n + step, n * (1 + BOUND_SLACK)):
            return True
        if family in (AT_MOST, NEAR_UNDER) and max(n - step, n * (1 - BOUND_SLACK)) < exact.value < n:
            return True
    return False


def _sign_only(a: Claim, b: Claim) -> bool:
    """Two figures that differ by their sign alone: "shrank 3.2%" and "shrank -3.2%" write
    one decline two ways (the verb or the sign carries the direction)."""
    b = in_unit_of(b, a)
    if (a.value < 0) == (b.value < 0):
        return False
    neg = a if a.value < 0 else b
    mirrored = dataclasses.replace(neg, value=-neg.value, low=None if neg.high is None else -neg.high,
                                   high=None if neg.low is None else -neg.low)
    return intervals_overlap(mirrored, b if neg is a else a)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def intervals_overlap(a: Claim | DisputedClaim, b: Claim | DisputedClaim) -> bool:
    """Whether two claims' [low, high] intervals meet (None = open-ended)."""
    a_low = a.low if a.low is not None else -np.inf
    a_high = a.high if a.high is not None else np.inf
    b_low = b.low if b.low is not None else -np.inf
    b_high = b.high if b.high is not None else np.inf
    tol = _EPS * max(1.0, abs(a.value), abs(b.value))
    return a_low <= b_high + tol and b_low <= a_high + tol


# The period a change is measured over, as a sentence states it: "rose 0.9% from May" and
# "up 5.4% from a year ago" are two measures of one price index, not a dispute.
_MONTH_BASIS = re.compile(
    r"\b(?:month[- ]over[- ]month|monthly|(?:from|than|over) (?:the )?(?:previous|prior|last|preceding) month|"
    r"(?:a|one) month (?:earlier|before|ago)|from (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)", re.IGNORECASE)
_YEAR_BASIS = re.compile(
    r"\b(?:year[- ]over[- ]year|annual(?:ly|ized)?|yearly|12[- ]months?|(?:a|one) year (?:earlier|before|ago)|"
    r"(?:from|than) (?:the )?(?:previous|prior|last|same \w+ (?:a|last)) year|(?:past|last) year)\b", re.IGNORECASE)


# "146,000 jobs per month", "$50 a day": a figure per span of time is a rate, never a total
# "160-mile-per-hour winds" too: hyphened into the figure's words, a speed is no distance ("415 miles across",
# review 15)
_PER_TIME = re.compile(r"(?:(?:[\s,]+[\w'-]+){0,3}?\s+(?:per|a|an|each|every)\s+|-per-)"
                       r"(?:second|minute|hour|day|week|month|"
                       r"quarter|year)\b(?![-'’]|\s+(?:earlier|ago|before|later|after|prior|apart))", re.IGNORECASE)

# A change said with its starting level: "fell from 8.1 percent", "rose to 7.8% from 8.1%", "up from 67,000",
# "an increase from 63.6%", "compared with 47". The figure after "from" is the level before, not the one now.
_FROM_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_CHANGE_WORD = re.compile(
    r"\b(?:up|down|rose|ris(?:e|es|en|ing)|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|dip(?:s|ped|ping)?|"
    r"declin(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"gr[eo]w(?:s|n|ing)?|growth|shr[aiu]nk|shrinks?|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|tick(?:s|ed|ing)?|"
    r"edg(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|s[aiu]nk|sinks?|"
    r"tumbl(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|gain(?:s|ed|ing)?|improv(?:e|es|ed|ing|ement)|mov(?:e|es|ed|ing)|"
    r"went|shift(?:s|ed|ing)?|cut|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|"
    r"doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\b", re.IGNORECASE)
# A change word right before a figure, or with "by"/"of" between: the figure is the size of the move
# ("has fallen 0.8 percent", "rose by 2 points", "a drop of 1.5%"); "fell to 7.4 percent" gives the level.
_CHANGE_BEFORE = re.compile(_CHANGE_WORD.pattern + r"(?:\s+(?:by|of))?\s+$", re.IGNORECASE)
_WILL_MOVE = re.compile(r"\b(?:will|would|could|may|might)\s+(?:\w+\s+)?" + _CHANGE_WORD.pattern[2:], re.IGNORECASE)
_BARE_TO = re.compile(r"^\s*(?:to|at)\s*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?to\s+(?:\w+\s+)?[$€£]?\d", re.IGNORECASE)


def _previous(c: Claim) -> bool:
    """Whether a figure is the level a change starts from ("the rate fell from 8.1 percent", "fell to 7.8
    percent in September from 8.1 percent", "up from 67,000", "compared with 47"), not the level now."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0 or c.hedge == "range":
        return False
    before = sentence[max(0, at - _GOVERNED_CHARS):at]
    m = _FROM_BEFORE.search(before)
    if m is None:
        return False
    if not m.group(0).lower().startswith("from"):
        return True  # "compared with 47"
    # "The rate dropped sharply, to 7.8 percent from 8.1 percent": the change word may stand before a comma
    return bool(_CHANGE_WORD.search(before) or _TO_AFTER.match(sentence, at + len(c.text)))


# The moment a starting level was read, named right after it ("down from 2.74% before the jobs report came out",
# "from 1.2% at Thursday's close", "from 67,000 the month before"): a market's level before a change depends on
# when the outlet starts counting (the last close, the hour before the news), so two starting levels are one
# reading only when both name the same moment or neither names one (review 14: a yield "down from 2.74% before
# the jobs report came out" against "from 2.71 percent", the close before).
_START_MOMENT = re.compile(
    r"(?:\s+(?!before|after)[\w%.]+){0,2}?\s+((?:(?:just|shortly|right|hours?|minutes?|moments?)\s+)?"
    r"(?:before|after|prior\s+to|ahead\s+of)\s+[^,;:()\u2014\u2013]{1,60}|earlier(?:\s+in\s+the\s+\w+)?|"
    r"at\s+(?:the|its|\w+day's|\w+day)\s+(?:open|opening|close|closing|start|end)\b|"
    r"(?:on|late|early)\s+\w+day\b|(?:a|one|the)\s+(?:day|week|month|year|session)\s+(?:earlier|before)\b)",
    re.IGNORECASE)


def _start_moment(c: Claim) -> str:
    """The moment a starting level (`_previous`) is read at, as named right after it (`_START_MOMENT`), "" when none."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    m = _START_MOMENT.match(sentence, at + len(c.text)) if at >= 0 else None
    return " ".join(words(m.group(1))) if m else ""


def _started_apart(a: Claim, b: Claim) -> bool:
    """Two starting levels of a change read at two moments: one names the moment and the other names none or
    another (`_start_moment`)."""
    return _previous(a) and _previous(b) and _start_moment(a) != _start_moment(b)


# A figure its clause says holds since an earlier moment or level ("the S&P 500 has now lost 16.5% since setting a
# record last month", "down 20% from its February peak") sums a move over that span: not the day's move ("By
# midday, the Dow had lost ... 6.2%", review 16). Counts are left out ("17 people killed since Sunday" is the
# event's toll), and so is a record a level reached ("3.5%, the lowest since 1969", "for the first time since").
_SINCE_AFTER = re.compile(r"(?:(?!\b(?:\w+est|most|least|first|ever)\b)[^,;:()\u2014\u2013.]){0,40}?"
                          r"\b(?:since\b(?!\s+then\b)|from\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:record|peak|high|top)s?\b)", re.IGNORECASE)
# "over the past 2 1/2 years", "in the last decade": a figure summed over a long span, not one moment's
_LONG_SPAN = re.compile(r"\b(?:over|in|during|within|across|for)\s+(?:the|its|his|her|their|our)\s+(?:last|past|"
                        r"previous|preceding|next|first|coming)\s+(?:[\w/½-]+\s+){0,3}?(?:years|decades?)\b",
                        re.IGNORECASE)


def _over_years(c: Claim) -> bool:
    """Whether the figure's clause sums it over years ("created 5.2 million new jobs over the past 2 1/2
    years"): a total of a long span is not the figure of one month or one event."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return False
    end = at + len(c.text)
    clause = _CLAUSE_BREAK.split(sentence[max(0, at - _GOVERNED_CHARS):at])[-1] + " " + \
        _CLAUSE_BREAK.split(sentence[end:end + _GOVERNED_CHARS])[0]
    return _LONG_SPAN.search(clause) is not None


# "the last two months", "his first 100 days", "the past three years": a span that says *when*, a window of
# time the sentence looks at, not a length anyone measured; two outlets' windows are two windows.
_WINDOW_BEFORE = re.compile(r"\b(?:last|past|previous|preceding|prior|next|first|coming|following|final)\s+$",
                            re.IGNORECASE)


# "Roughly 90 minutes after the polls closed", "three days before the vote", "two years ago": the time
# since or until an event says *when* something happened, a moment, not a quantity two outlets measure
# (review 11 found "90 minutes after the polls closed", when Ossoff led, disputed against "more than three
# hours after the polls closed", when Handel was declared the winner). "spoke for 13 hours before
# yielding" is a length: "for", "lasted", "spent", "took" before the figure keep it one.
_MOMENT_AFTER = re.compile(r"\s+(?:after|before|since|later|earlier|ago|into|prior\s+to|from\s+now)\b", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|last|spent|spend|spends|took|take|takes|taking|"
                            r"spanned|spanning)\s+$", re.IGNORECASE)


# "300 kilograms (661 pounds)": the figure in brackets converts the one before it, and outlets round a
# conversion their own way (review 12: 660 against 661 pounds of one 300 kg limit). The figure converted
# is compared; its conversion is not.
_CONVERTED = re.compile(r"\d[\d,.]*%?(?:\s*[^\W\d_][\w.$%-]*){0,3}\s*\(\s*(?:[^\W\d_]+\s+){0,2}$")


def conversion_at(text: str, at: int) -> bool:
    """Whether the figure at offset `at` of `text` opens a bracket right after another figure
    and its unit ("300 kilograms (about 661 pounds)"), a conversion of it (also compare/unique.py's)."""
    return at > 0 and _CONVERTED.search(text, max(0, at - 60), at) is not None


# "one" after a preposition picks one out of several ("he turns back toward one officer and points the Taser",
# review 16, against "struggling with two officers"): no count of them
_PICKING = re.compile(r"\b(?:toward|towards|at|with|from|against|behind|beside|past)\s+one\b", re.IGNORECASE)


def _picked_out(c: Claim) -> bool:
    """Whether the figure is the word "one" after a preposition (`_PICKING`)."""
    return c.text.lower() == "one" and _PICKING.search(c.sentence or "") is not None


def _converted(c: Claim) -> bool:
    """Whether the figure is a conversion of the one before it in its sentence (`conversion_at`)."""
    sentence = c.sentence or ""
    return conversion_at(sentence, sentence.find(c.text))


# A short line of its own that does not end as a sentence does is a subheading, a headline or a label
# ("Two plaintiffs deceased" over a paragraph on the case's three plaintiffs, review 14): its words are cut
# to the bone ("two [of the] plaintiffs [have] died"), so its figure is not read against another's.
_HEADING_WORDS = 8
_SENTENCE_CLOSE = ".!?\"”’':;)…"


def _in_heading(text: str, start: int) -> bool:
    """Whether offset `start` of `text` stands on a line of at most `_HEADING_WORDS` words that does not end
    with a sentence's closing mark (a subheading)."""
    if not 0 <= start < len(text):
        return False
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[lo:len(text) if hi < 0 else hi].strip()
    return bool(line) and len(line.split()) <= _HEADING_WORDS and line[-1] not in _SENTENCE_CLOSE


def _window(c: Claim) -> bool:
    """Whether a duration is a window of time ("revisions to the last two months of jobs data") or a
    moment told by the time since or until an event ("90 minutes after the polls closed")."""
    if c.unit.lower() not in DURATION_SECONDS or is_age(c):
        return False
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return False
    if _WINDOW_BEFORE.search(sentence, max(0, at - 20), at) is not None:
        return True
    return (_MOMENT_AFTER.match(sentence, at + len(c.text)) is not None
            and _LENGTH_BEFORE.search(sentence, max(0, at - 20), at) is None)


# Words that name which measure of a quantity a figure is ("the 'U-6' unemployment rate", "the household
# survey", "the participation rate", "revised", "revisions"): a figure so named is
# not the plain measure another outlet gives, nor one named otherwise. Read in the figure's own stretch
# of its sentence (`_stretch`).
_QUALIFIERS = (
    ("u-n", re.compile(r"\bU-?\d{1,2}\b")),
    ("household", re.compile(r"\bhouseholds?\b", re.IGNORECASE)),
    ("participation", re.compile(r"\bparticipation\b", re.IGNORECASE)),
    ("underemployment", re.compile(r"\bunderemploy\w*", re.IGNORECASE)),
    ("revised", re.compile(r"\brevis(?:ed|ions?)\b", re.IGNORECASE)),
    # the growth of pay is not the economy's (review 32: "annual wage growth topped 3 percent" against "annual
    # growth of 2.9% in 2018", the GDP's)
    ("pay", re.compile(r"\b(?:wages?|pay|earnings|salar(?:y|ies))\s+(?:growth|gains?|increases?|hikes?|raises?|"
                       r"rises?)\b|\baverage\s+hourly\s+(?:earnings|wages?|pay)\b", re.IGNORECASE)),
    ("unadjusted", re.compile(r"\b(?:unadjusted|not seasonally adjusted)\b", re.IGNORECASE)),
    # those who may vote against those who did ("India's 814 million eligible voters", "540 million voters")
    ("eligible", re.compile(r"\b(?:eligible|registered)\s+(?:to\s+vote|voters?)\b", re.IGNORECASE)),
    # early or absentee votes are a part of the turnout ("More than 140,000 people voted early")
    ("early", re.compile(r"\bearly[- ](?:vot\w*|ballots?|turnout)|\bvot\w*\s+early\b|\babsentee\b|\bmail-in\b",
                         re.IGNORECASE)),
    # the law's bound against what a court gave (review 15: "assaulting his stepson, which carried a maximum
    # sentence of five years" against "a 12-month sentence after he pleaded guilty")
    ("legal bound", re.compile(r"\b(?:maximum|minimum|max\.)\s+(?:possible\s+|mandatory\s+)?(?:prison\s+|jail\s+)?"
                               r"(?:sentences?|penalt(?:y|ies)|terms?|fines?)\b|\bpunishable\s+by\b|"
                               r"\bmandatory\s+minimum\b", re.IGNORECASE)),
)


_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")


def _stretch(c: Claim, claims: Sequence[Claim]) -> str:
    """A figure's own stretch of its sentence: from the end of the figure before it in the sentence (or
    the sentence's start) to the next clause break after it, the figure left out. `claims` are its
    article's claims; a window of time ("revisions to the last two months of jobs data, indicating
    181,000 jobs") says when, and ends no stretch."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return ""
    offset = c.start - at  # the sentence's start in the article
    start = max((x.end - offset for x in claims if x.sentence == c.sentence and x.end <= c.start and not _window(x)),
                default=0)
    end = at + len(c.text)
    return sentence[max(0, start):at] + " " + _CLAUSE_BREAK.split(sentence[end:end + _GOVERNED_CHARS])[0]


# "last month" and "this month", read against the article's day
_RELATIVE_MONTH = re.compile(r"\b(last|this)\s+month\b", re.IGNORECASE)
_MONTH_KEYS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _months_named(stretch: str, published: datetime.date | None) -> frozenset[str]:
    """The months a stretch names, as their first three letters: by name ("in May"), or as "last
    month" / "this month" of an article published on `published` (review 14: "added 162,000 jobs
    last month" in an August report is July's figure, not May's "176,000 jobs in May")."""
    months = {m.group(0)[:3].lower() for m in _MONTH.finditer(stretch)}
    if published is not None:
        for m in _RELATIVE_MONTH.finditer(stretch):
            months.add(_MONTH_KEYS[(published.month - (2 if m.group(1).lower() == "last" else 1)) % 12])
    return frozenset(months)


# A figure of one part of the economy is not the whole's (review 17: "the private sector adding only 25,000 jobs"
# disputed against the 38,000 jobs the whole economy added; "The goods producing sector, which includes mining and
# manufacturing, shed 36,000 jobs"): a sector or industry named before the figure in its sentence (after any
# other figure) or in its clause after it names the measure (`_readings`); two figures of one sector are compared.
_SECTOR = re.compile(r"\b(private|public|government|services?|goods[- ]producing)[- ](?:sector|industr(?:y|ies))\b|"
                     r"\b(manufacturing|construction|mining|retail|factor(?:y|ies)|health[- ]care|leisure and "
                     r"hospitality)\b(?=\s+(?:jobs?|employment|payrolls?|employers?|workers?|sector|industry|"
                     r"(?:lost|added|shed|gained|cut|rose|fell|increased|decreased|dropped|declined|grew)\b))|"
                     r"\b(private)\s+(?:employers|payrolls|companies|businesses)\b", re.IGNORECASE)
# What a count counts, named right after it: jobs (positions) or people (workers) are two measures (review 17:
# "a strike by 40,000 Verizon workers" against "depressed employment growth by 34,000 jobs")
_COUNTS = re.compile(r"\s+(?:[A-Z][\w&'’.-]*\s+|(?:new|more|fewer|net|full-time|part-time|striking|unionized)\s+)"
                     r"{0,2}(?:(jobs|positions|payrolls)|(workers|employees|people|strikers|members))\b")


def _sectors(c: Claim) -> set[str]:
    """The sectors a figure is of (`_SECTOR`: "sector private", "sector manufacturing"), named before it
    in its sentence (after any other figure there) or in its clause after it."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return set()
    end = at + len(c.text)
    before = re.split(r"\d[\d,.]*", sentence[:at])[-1]  # from the figure before it: not that figure's words
    near = before + " " + _CLAUSE_BREAK.split(sentence[end:end + _GOVERNED_CHARS])[0]
    return {"sector " + re.sub(r"ies$", "y", next(g for g in m.groups() if g).lower()).rstrip("s").replace(" ", "-")
            for m in _SECTOR.finditer(near)}


def _counted(c: Claim) -> str | None:
    """ "jobs" or "people" when a count names right after it what it counts (`_COUNTS`), else None."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0 or c.unit.lower() != "count" or not (m := _COUNTS.match(sentence, at + len(c.text))):
        return None
    return "jobs" if m.group(1) else "people"


def _counts_apart(a: Claim, b: Claim) -> bool:
    """Whether one count counts jobs and the other people ("40,000 Verizon workers", "34,000 jobs")."""
    ca, cb = _counted(a), _counted(b)
    return ca is not None and cb is not None and ca != cb


def _readings(claims: Sequence[Claim], published: datetime.date | None = None,
              ) -> dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]]:
    """Each claim's measure words (`_QUALIFIERS`, and the population group it is of, `_subgroups`) and the
    months its stretch names (`_months_named`, "last month" read against `published`), by its offsets. The
    measure words include those the article gives the same figure elsewhere: "a separate 'household
    survey,' which showed a whopping 873,000 new jobs" names the measure once, "He called estimate of
    873,000 new jobs 'implausible'" repeats the figure. The months are its own ("181,000 jobs were
    created in July and 142,000 ... in August" -> July, August; not the May of "an increase from the
    180,034 encountered in May", which is the other figure's)."""
    stretches = {(c.start, c.end): _stretch(c, claims) for c in claims}
    by_value: dict[tuple[str, float], set[str]] = {}
    for c in claims:
        text = stretches[(c.start, c.end)]
        by_value.setdefault((c.unit, c.value), set()).update(name for name, p in _QUALIFIERS if p.search(text))
        # "teenagers, whose jobless rate": a group's measure
        by_value[(c.unit, c.value)].update(_subgroups(_group_stretch(c, claims)))
        by_value[(c.unit, c.value)].update(_sectors(c))  # "the private sector adding only 25,000 jobs"
    return {(c.start, c.end): (frozenset(by_value[(c.unit, c.value)]),
                               _months_named(stretches[(c.start, c.end)], published))
            for c in claims}


def _year_of(article: Article) -> int | None:
    """The article's publication year, when known."""
    m = re.match(r"(\d{4})-", article.published or "")
    return int(m.group(1)) if m else None


def _date_of(article: Article) -> datetime.date | None:
    """The article's publication day, when known."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", article.published or "")
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


_MONTH_NUMBER = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
# "April 18", "Sept. 5", "18 April": a day of a month, its year left out
_DAY = re.compile(r"\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})(?:st|nd|rd|th)?|"
                  r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|"
                  r"September|October|November|December))\b(?!,?\s*(?:1[89]|20)\d\d)")
# A day named this many days or more before the article's is another event's ("the special election on
# April 18" in a report of June 20's runoff); nearer, it is as likely this event's ("on June 18, ...").
EARLIER_DAYS = 7
# A day up to this many days after the article's is one to come this year; farther, one of last year's.
AHEAD_DAYS = 92


def _earlier_day(sentence: str, end: int, published: datetime.date) -> bool:
    """Whether `sentence` names, before `end`, a day (its year left out) `EARLIER_DAYS` or more before
    `published`; a day more than `AHEAD_DAYS` after it in the year is of the year before."""
    for m in _DAY.finditer(sentence, 0, end):
        month = _MONTH_NUMBER[(m.group(1) or m.group(4))[:3].lower()]
        try:
            day = datetime.date(published.year, month, int(m.group(2) or m.group(3)))
        except ValueError:
            continue
        if day > published:
            if (day - published).days <= AHEAD_DAYS:
                continue  # a day to come ("the runoff on June 20", a week ahead), not last year's
            day = day.replace(year=published.year - 1) if not (day.month == 2 and day.day == 29) else None
        if day is not None and (published - day).days >= EARLIER_DAYS:
            return True
    return False


def _earlier(c: Claim, year: int | None, published: datetime.date | None = None, text: str | None = None) -> bool:
    """Whether a figure's sentence names, before the figure, a calendar year before the article's (`year`):
    "In September 2013, ... among 81 people killed in a suicide bombing", "since the 2008 suicide bombing
    in Karachi killed 150", "the first time since January 2009 that the rate has been below 8 percent".
    Such a figure is another event's or another time's, not this one's, as is one whose clause names right
    after it when it held (`_earlier_after`: "a record $375 billion trade deficit with China in 2017" in an
    article of 2018). So is one whose sentence names before it a day of a month, its year left out,
    `EARLIER_DAYS` or more before the article's day (`published`): "Georgia's 6th District special election
    on April 18 ... nearly 194,000 people voted" in a report of June 20's runoff. A year or a day after the
    figure is otherwise left out: "killed 130, the deadliest since 2007" is this event's toll (a year after
    it in its clause says when it held only after "in", "during", "for", "throughout" or "between"), but for a
    figure inside a quotation whose attribution after it names an earlier time (`_said_earlier`). Given
    the article's `text`, a sentence that opens by pointing back (`_POINTS_BACK`) is read with the sentence
    before it (`_sentence_before`)."""
    if year is None:
        return False
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at <= 0:
        return False
    if _names_earlier(sentence, at, year, published) or _earlier_after(sentence, at + len(c.text), year):
        return True
    if _said_earlier(sentence, at, at + len(c.text), year):
        return True
    if is_age(c) and _AGE_BACK_THEN.search(sentence, 0, at):
        return True
    if text is None or not _POINTS_BACK.match(sentence):
        return False
    before = _sentence_before(text, c.start - at)
    return _names_earlier(before, len(before), year, published)


# A quotation's words hold when they were said: a figure inside a quotation whose attribution after it names an earlier
# time ("... raise the federal minimum wage to $9 an hour," the president said to applause in his 2013 address, in an
# article of 2014) is what someone proposed or counted then, not this event's figure (review 24: Obama's $9 of 2013
# stood as disputed against the $10.10 polled). The time must come after the verb of saying, with no word that sets
# it against another ("..., she said, the most since 2009").
_SAID = re.compile(r"\b(?:said|says|told|wrote|writes|declared|announced|added|stated|remarked|urged|argued|"
                   r"insisted|promised|pledged|proposed)\b", re.IGNORECASE)


# An age told at a past step of a life, in a clause that opens "When ... was/were <done>" ("When Benedict was elected
# pope at age 78 - already the oldest ...", review 25, beside his "advanced age (85)" of the article's day): the age
# then, not now. An age of the article's own event in that shape ("when he was sworn in Monday at 70") differs from
# another outlet's only by a wrong figure, which is rare beside the ages of two moments.
_AGE_BACK_THEN = re.compile(r"\b[Ww]hen\s+[^,;:.!?]{1,60}?\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+\b[^,;:.!?]{0,40}?"
                            r"\bat\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$")


def _said_earlier(sentence: str, start: int, end: int, year: int) -> bool:
    """Whether the figure at start..end stands inside a quotation whose attribution after it (a verb of saying)
    names a year before `year` or a time told back (`_EARLIER_TIME`)."""
    before = sentence[:start]
    inside = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    close = min((i for i in (sentence.find("”", end), sentence.find('"', end)) if i >= 0), default=-1)
    if not inside or close < 0:
        return False
    tag = sentence[close + 1:]
    verb = _SAID.search(tag)
    if verb is None:
        return False
    return _held_earlier(tag[verb.end():], year, _YEAR, 0)


# A sentence that opens with a demonstrative points back to what the sentence before named: "... sparked the
# Butte fire in Amador County in September 2015. That fire burned for 22 days, killing two people" (review 16)
# gives the 2015 fire's toll, which was disputed against this week's fires' "killed 17 people".
_POINTS_BACK = re.compile(r"^[\W_]*(?:That|Those)\b(?!\s+(?:is|was|means?|said|says)\b)")


# A time told back from the article's own ("last summer", "two years ago", "the year before"): another time's
# figure, as a year named is (review 19: "When the court was presented last summer with cases ... in five states"
# against the four states' suits this ruling decided). "In the last year" is a span up to now, not a time before.
_EARLIER_TIME = re.compile(
    r"(?<!\bthe\s)(?<!\bthis\s)\blast\s+(?:year|summer|spring|fall|autumn|winter)\b|"
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+years?\s+(?:ago|earlier)\b|"
    r"\bthe\s+(?:year|summer|spring|fall|autumn|winter)\s+before\b|\bthe\s+previous\s+year\b", re.IGNORECASE)


def _names_earlier(sentence: str, end: int, year: int, published: datetime.date | None) -> bool:
    """Whether `sentence` names, before `end`, a year before `year`, a time told back from the article's
    (`_EARLIER_TIME`) or a day before `published` (`_earlier`)."""
    if any(int(m.group(0)) < year for m in _YEAR.finditer(sentence, 0, end)):
        return True
    if _EARLIER_TIME.search(sentence, 0, end):
        return True
    return published is not None and _earlier_day(sentence, end, published)


# The rest of a figure's clause: up to a clause break or another figure, a year read through ("fell to 4% from 4.5%
# in 2016": the year is the second figure's)
_CLAUSE_REST = re.compile(r"(?:[^,;:()\[\]—–\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d))*")
# A year after a figure that says when the figure held: "in 2017", "during fiscal 2016", "for 2015", "throughout 2014",
# "between 2012 and 2014"
_YEAR_AFTER = re.compile(r"\b(?:in|during|for|throughout|between)\s+(?:(?:the\s+)?(?:fiscal|calendar)(?:\s+year)?\s+)?"
                         r"((?:1[89]|20)\d\d)\b", re.IGNORECASE)
# words that make a time after a figure the time of another it is set against ("up 5% over last year", "more than
# in 2016", "the most since 2007")
_SET_AGAINST = re.compile(r"\b(?:from|than|since|over|compared|versus|vs|against|relative|before|after|until)\b",
                          re.IGNORECASE)


def _earlier_after(sentence: str, end: int, year: int) -> bool:
    """Whether the figure's clause, right after the figure (`end`; up to a clause break or another numeral), says
    it held in an earlier year: "in 2017" (a year before the article's `year`) or a time told back ("last year",
    `_EARLIER_TIME`), with no word before it that sets it against another time ("since", "than", "from", "over",
    ...): "a record $375 billion trade deficit with China in 2017", in an article of 2018, is last year's figure,
    as the "trade deficit of $419.2bn" of a sentence that opens "... last year" is."""
    return _held_earlier(_CLAUSE_REST.match(sentence, end).group(0), year, _YEAR_AFTER, 1)


def _held_earlier(rest: str, year: int, years: re.Pattern, group: int) -> bool:
    """Whether `rest` names a year before `year` (`years`' match `group`) or a time told back
    (`_EARLIER_TIME`), with no word before it that sets it against another time (`_SET_AGAINST`)."""
    for m in (*years.finditer(rest), *_EARLIER_TIME.finditer(rest)):
        if _SET_AGAINST.search(rest, 0, m.start()):
            continue
        if m.re is years and int(m.group(group)) >= year:
            continue
        return True
    return False


def _sentence_before(text: str, begins: int) -> str:
    """The sentence of `text` that ends before offset `begins` (the paragraph's last one, where `begins`
    opens a paragraph)."""
    before = text[max(0, begins - 600):begins].rstrip()
    last = _SENTENCE_END.split(before)[-1]
    return last[last.rfind("\n") + 1:]


_AVERAGE = re.compile(r"\baverag(?:e|es|ed|ing)\b|\bmean\b|\bmedian\b", re.IGNORECASE)


def _averaged(c: Claim) -> bool:
    """Whether the words around a figure make it an average ("a seven-day average of
    137,000", "averaging 1.65% a year"): never the same measure as a single value."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return False
    return _AVERAGE.search(sentence, max(0, at - 40), min(len(sentence), at + len(c.text) + 40)) is not None


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _years(c: Claim) -> tuple[int, int] | None:
    """The span of calendar years a claim's sentence names, the figure itself left out
    ("in New York City during 2015" -> 2015..2015); None when it names none."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at >= 0:
        sentence = sentence[:at] + " " + sentence[at + len(c.text):]
    found = [int(m.group(0)) for m in _YEAR.finditer(sentence)]
    return (min(found), max(found)) if found else None


# "three years of a four-year sentence": the figure is a part of a whole that names itself
_OF_WHOLE = re.compile(r"\s+of\s+(?:an?|the|his|her|their|its)\s+(\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)[- ]", re.IGNORECASE)


def _whole(c: Claim) -> float | None:
    """The size of the whole a figure is a part of ("nearly 14 years of an 18-year
    sentence" -> 18), or None when the sentence gives none."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    m = _OF_WHOLE.match(sentence, at + len(c.text)) if at >= 0 else None
    if m is None:
        return None
    got = parse_numeral(m.group(1)) or parse_word_number(re.split(r"[- ]", m.group(1).lower()))
    return got[0] if got else None


# "each party getting 27 of the Knesset's 120 seats": the figure is the whole a part just before it is of (review 28:
# the 120 seats of a parliament disputed against another outlet's 24 seats of one party)
_PART_THEN_WHOLE = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our)\s+"
                              r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s?\s+)?$", re.IGNORECASE)


def _part_before(c: Claim) -> float | None:
    """The part its sentence gives right before the figure, which is then the whole the part is of ("27 of the
    Knesset's 120 seats" -> 27 for the 120), or None when none stands there."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return None
    m = _PART_THEN_WHOLE.search(sentence, max(0, at - 60), at)
    if m is None:
        return None
    got = parse_numeral(m.group(1)) or parse_word_number(m.group(1).lower().split("-"))
    return got[0] if got else None


_COUNTED = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?=([a-z]{3,})\b)", re.IGNORECASE)


def _listed_total(c: Claim) -> float | None:
    """The sum of the figures of one noun a sentence lists with this one ("five counts of
    making false statements, one count of obstructing Congress and one count of witness
    tampering" -> 7), or None when it lists no other: the figure is then one of the parts."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return None
    after = _COUNTED.match(sentence, at) or _COUNTED.search(sentence, at, at + len(c.text) + 30)
    if after is None:
        return None
    noun = after.group(2).lower().removesuffix("s")
    values = []
    for m in _COUNTED.finditer(sentence):
        if m.group(2).lower().removesuffix("s") != noun:
            continue
        got = parse_numeral(m.group(1)) or parse_word_number(m.group(1).lower().split("-"))
        if got:
            values.append(got[0])
    return sum(values) if len(values) >= 2 else None


# "all 50 states", "none of the 50 states": the figure counts a whole set (review 19)
_WHOLE_SET = re.compile(r"\b(?:all|none|each|every\s+one|any)(?:\s+of)?(?:\s+(?:the|its|their|our|his|her))?\s+$",
                        re.IGNORECASE)


def _whole_set(c: Claim) -> bool:
    """Whether the figure is the size of a whole set its words name ("all 50 states")."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return False
    head = sentence[max(0, at - 30):at] + re.split(r"\d", c.text, maxsplit=1)[0]
    return _WHOLE_SET.search(head) is not None


def _part_of_set(part: Claim, whole: Claim) -> bool:
    """Whether `whole` is a whole set ("all 50 states must recognize ...") and `part` a smaller count that is no
    whole ("37 states issued licenses"): some of the set, not another reading of its size. A toll is left out:
    "all 50 aboard were killed" against "37 were killed" is a dispute."""
    return (_whole_set(whole) and not _whole_set(part) and _harm(part) is None and _harm(whole) is None
            and part.value is not None and whole.value is not None and part.value < whole.value)


def _person_names(annotations: Mapping[str, Annotation], ids) -> frozenset[str]:
    """The people the annotations name, each name as its words joined by one space."""
    return frozenset(" ".join(words(n)) for aid in ids if aid in annotations
                     for e in annotations[aid].entities if e.type == "PERSON"
                     for n in (e.name, e.text) if words(n))


def _agents(subject: str, names: frozenset[str]) -> frozenset[str]:
    """Words of the people a claim's subject names ("hall serve year" -> {"hall"})."""
    s = f" {' '.join(words(subject or ''))} "
    return frozenset(w for n in names if f" {n} " in s for w in n.split())


# the people a count is a part of, named before it in its sentence: "Of the 176 people onboard, ...", "Among the
# passengers are 149 Indonesians" (session 48, helper G)
_WHOLE_PEOPLE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|all)\s+(?:\d[\d,]*\s+)?"
                           r"(passengers|people|victims|dead|crew|crew\s+members|survivors|casualties)\b",
                           re.IGNORECASE)


def _wholes_apart(a: Claim, b: Claim) -> bool:
    """Two counts of two wholes' people (`_whole_people`: "Among the passengers are 149 Indonesians" against "Of the
    people on board ..., 155 are Indonesian", the crew counted too; review 27): no dispute, no differing figures. Not
    in `_apart`, which also splits shared points: both sentences still tell who was on board."""
    wa, wb = _whole_people(a), _whole_people(b)
    return bool(wa and wb and wa != wb)


def _whole_people(c: Claim) -> str | None:
    """The whole a count's sentence names before it (`_WHOLE_PEOPLE`), None when none or for other units."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if c.unit.lower() != "count" or at < 0:
        return None
    found = list(_WHOLE_PEOPLE.finditer(sentence, 0, at))
    return found[-1].group(1).lower() if found else None


def _apart(a: Claim, b: Claim, agents_a: frozenset[str], agents_b: frozenset[str]) -> bool:
    """Two figures that cannot be one quantity whatever their words share: their subjects
    name different people ("Hall served nearly 14 years", "Kerik served three years"; the
    subject words leave names out, so this is checked apart), or their sentences name
    calendar years that do not meet ("during 2015" against "between 2012 and 2014"), or
    one counts the hurt and the other the dead ("seven Saudis were injured", "killed six Saudis"), or
    one is a part its sentence lists with others that add up to the other, or
    they are parts of wholes of different sizes (a pronoun hides who served "three years
    of a four-year sentence"; the whole still tells it from "14 years of an 18-year" one),
    or one is of one site and the other of several or all, or of a named place and the world
    (`_parts.places_apart`), or one sum approved and the other withheld or spent (`_parts.stages_apart`),
    or one counts some of a whole set the other's words give whole (`_part_of_set`: "37 states", "all 50 states"),
    or one is the whole of a part its sentence gives just before it and the other nearer that part than the whole
    (`_part_before`: "27 of the Knesset's 120 seats" against "24 seats"),
    or their subjects name two kinds of one thing (`_contrasted`: "in their biological sex",
    "in their preferred sex"). Figures of two moments (`other_moment`) are told apart by
    the callers, who know the paragraphs. Only the subject's people count, not every name in
    the sentence: two sources giving one toll ("police said", "the mayor said") is exactly
    what a dispute is."""
    if agents_a and agents_b and not agents_a & agents_b:
        return True
    ha, hb = _harm(a), _harm(b)
    if ha and hb and ha != hb:
        return True  # "seven Saudis were injured", "killed six Saudis": the hurt and the dead
    wa, wb = _whole(a), _whole(b)
    if wa is not None and wb is not None and wa != wb:
        return True  # parts of two wholes: "14 years of an 18-year sentence", "three years of a four-year" one
    for part, whole in ((a, b), (b, a)):
        total = _listed_total(part)
        if total is not None and math.isclose(total, whole.value) and not math.isclose(part.value, whole.value):
            return True  # "five counts ..., one count ... and one count ..." against "seven counts"
    if _part_of_set(a, b) or _part_of_set(b, a):
        return True  # "37 states issued licenses" against "all 50 states must recognize ...": some of a whole set
    for whole, other in ((a, b), (b, a)):
        part = _part_before(whole)
        if (part is not None and other.value is not None and whole.value is not None and part < whole.value
                and abs(other.value - part) < abs(other.value - whole.value)):
            return True  # "27 of the Knesset's 120 seats" against "24 seats": the other counts a part, not the whole
    ya, yb = _years(a), _years(b)
    if ya and yb and (ya[1] < yb[0] or yb[1] < ya[0]):
        return True
    if places_apart(a, b) or stages_apart(a, b):
        return True  # one site's toll and all sites', one country's and the world's; a sum approved and one withheld
    if surveys_apart(a, b):
        return True  # "a Fox News poll showed 34 percent", "a CNN/ORC International poll ..., 48%": two surveys
    return _contrasted(a, b)


# A survey named by its maker: "a Fox News poll", "a CNN/ORC International poll", "the Quinnipiac University survey",
# "a poll by Gallup" (capitalised words right before the survey noun, or after "by"/"from" right after it); the
# maker's name may stand in an editor's brackets ("according to the [Bloomberg] survey median"), and the people asked
# may be named before the maker ("Economists surveyed by CNNMoney had predicted ...", "analysts polled by Reuters":
# review 36's two forecasts of the jobless rate, 8% and 7.9 percent, read as one figure given differently)
_SURVEY = r"(?:poll|polls|survey|surveys)"
_MAKER_BEFORE = re.compile(r"((?:\[?[A-Z][\w&.'’-]*(?:/[A-Z][\w&.'’-]*)*\]?\s+){1,5})" + _SURVEY + r"\b")
_MAKER_AFTER = re.compile(r"\b(?:" + _SURVEY + r"|surveyed|polled)\s+(?:conducted\s+)?(?:by|from|of)\s+"
                          r"((?:the\s+)?(?:[A-Z][\w&.'’-]*(?:/[A-Z][\w&.'’-]*)*\s*){1,5})")
# words many makers' names share, which tell none apart
_MAKER_GENERIC = frozenset("the a an news university college research center centre institute international group "
                           "national public opinion associates poll survey new recent latest".split())


def _survey_makers(sentence: str | None) -> frozenset[str]:
    """The words naming the makers of the surveys `sentence` cites ("A recent Fox News poll showed 34 percent ...":
    {"fox"})."""
    found: set[str] = set()
    for m in list(_MAKER_BEFORE.finditer(sentence or "")) + list(_MAKER_AFTER.finditer(sentence or "")):
        found |= {w for w in re.split(r"[\s/\[\]]+", m.group(1).lower()) if w and w not in _MAKER_GENERIC}
    return frozenset(found)


def surveys_apart(a: Claim, b: Claim) -> bool:
    """Two figures whose sentences cite surveys of makers sharing no name ("A recent Fox News poll showed 34 percent
    of voters saying they would vote to confirm Hagel", "a CNN/ORC International poll ..., 48% of the public said the
    Senate should confirm Hagel"): two surveys' results, asked of other people at other times in other words, not one
    quantity two outlets give differently (review 23). A figure whose sentence names no maker may be either."""
    ma, mb = _survey_makers(a.sentence), _survey_makers(b.sentence)
    return bool(ma and mb and not ma & mb)


def _contrasted(a: Claim, b: Claim) -> bool:
    """Whether the two subjects end in one noun that each qualifies with a word of its own, which
    the other's sentence never uses: two kinds of one thing ("stable for three years in their
    biological sex" and "stable in their preferred sex for 18 months" are two rules of one policy,
    review 12; "confirmed cases" and "suspected cases", "the House version" and "the Senate
    version"). A qualifier the other sentence uses elsewhere is one wording of one quantity."""
    wa, wb = _subject_list(a.subject), _subject_list(b.subject)
    if len(wa) < 2 or len(wb) < 2 or _stem(wa[-1]) != _stem(wb[-1]) or _stem(wa[-2]) == _stem(wb[-2]):
        return False
    in_a = {_stem(w) for w in words(a.sentence or "")}
    in_b = {_stem(w) for w in words(b.sentence or "")}
    return _stem(wa[-2]) not in in_b and _stem(wb[-2]) not in in_a


# "N percent of <thing>": what a share is of, up to a word that begins what qualifies it ("of the car made by
# workers ...", "of parts made in North America"); a participle or a stop word ends the thing's words
_SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|an?|its|their|his|her|our|all|each|every)\s+)?"
                       r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})")
_ENDS_THING = re.compile(r"(?:ed|ing)$|^(?:made|built|grown|sold|paid|held|won|cast|given|taken|owned|born)$")


def share_of(text: str, c: Claim) -> frozenset[str]:
    """What a percentage right before "of" is a share of, as stemmed content words ("40 percent of the car made by
    ..." -> {"car"}, "75 percent of an automobile's value" -> {"automobile", "value"}); empty for another unit, a
    share named otherwise, or a thing of stop words alone ("of them")."""
    if not isinstance(c.unit, str) or c.unit.lower() != "percent":
        return frozenset()
    m = _SHARE_OF.match(text, c.end)
    if m is None:
        return frozenset()
    out = []
    for k, w in enumerate(m.group(1).lower().split()):
        w = re.sub(r"['’]s?$", "", w)
        if k and (w in STOP_WORDS or _ENDS_THING.search(w)):
            break
        if w not in STOP_WORDS:
            out.append(_stem(w))
    return frozenset(out)


def _shares_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two percentages each of a named thing, the things sharing no word: shares of two things ("40 to 45 percent
    of the car made by workers earning at least $16 an hour", "at least 75 percent of parts made in North
    America"; review 31), never one quantity however alike their sentences read."""
    return bool(a and b) and not a & b


def _thing(c: Claim) -> str | None:
    """What a sum of money or a count of people harmed is of, in a word: the harm ("dead", "hurt", "hospital"), or a
    sum's subject's last content word, stemmed ("aid offer" -> "offer"). None for other counts (workers on strike
    and workers not hired, review 17; a school system's schools), a part, a change or any figure of a qualified
    kind (`_kind`: "the first two fatalities", "three more deaths", review 12), a subject of measure words alone
    ("rate"), and figures of other units: a distance or a span is measured from a point of its own ("60km
    south-east" of the capital to the crash site, "some 50 kilometers" to the town; a "30-year low" and a "31-year"
    one), and two outlets' may differ without either being wrong."""
    if _kind(c) != c.unit.lower():
        return None
    if c.unit.lower() == "count":
        return _harm(c)
    if not _MONEY_UNIT.fullmatch(c.unit):
        return None
    listed = _subject_list(c.subject)
    head = _stem(listed[-1]) if listed else None
    return None if head is None or head in _GENERIC_STEMS or head in _MONTH_WORDS else head


# A nationality written as one ("Canadian", "Iranians"): a count of those people is each article's only one of them
# in a story of many nationalities, told in sentences of other matter ("Of the 176 people onboard, 78 were Iranian, 63
# were Canadian ..." against "Canadian Prime Minister Justin Trudeau, whose country lost 57 citizens", at cosine 0.23;
# session 48, helper G, review 37), and is one quantity as each article's only count of the harmed is
# (`HARM_ONE_THING_TOPIC`).
_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)s?\b")
_PARTIES = frozenset("republican democrat democratic catholic anglican episcopalian lutheran".split())
_PEOPLE_WORDS = frozenset("citizen citizens national nationals people passenger passengers resident residents".split())


def _peoples(c: Claim) -> frozenset[str]:
    """The nationalities a count's subject names as its sentence writes them ("canadian"); empty for other units."""
    if c.unit.lower() != "count" or not c.subject:
        return frozenset()
    written = {m.group(0).lower().removesuffix("s") for m in _DEMONYM.finditer(c.sentence or "")} - _PARTIES
    said = [w for w in words(c.subject) if w not in STOP_WORDS]
    peoples = frozenset(w for w in said if w.removesuffix("s") in written)
    # the nationality alone, or its citizens: "canadian", "canadian citizen" (not "canadian troop", "canadian bank")
    return peoples if peoples and all(w in peoples or w in _PEOPLE_WORDS for w in said) else frozenset()


def _subject_list(subject: str) -> list[str]:
    """A subject's content words in order, stop words and framing nouns left out."""
    return [w for w in words(subject or "") if w not in STOP_WORDS and len(w) >= 2 and w not in _FRAME_NOUNS]


# A time of day ("11 p.m.", "2:30 a.m.", "noon") and a day of the week: a storm's winds, a count of homes
# without power or a fire's acres told at two moments are two readings of a changing quantity, not a
# dispute (review 12: winds of 65 mph "by 11 p.m." against 50 mph "at 2 a.m. EST Saturday"; 788,916 homes
# without power "Friday night" against 908,614 "early Saturday"). Only the moment of the figure counts:
# its own clause, or a short time phrase that opens a clause of the sentence ("By 11 p.m., ..."); a day in
# another clause tells when something else happened ("Of the 238 people injured ..., 109 had been
# discharged Wednesday morning" is the toll of Tuesday's attack, disputed against 239 wounded Tuesday).
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?|\b(noon|midnight)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_TIME_PHRASE = re.compile(r"^\W*(?:at|by|as\s+of|on|early|late|until|through|since)\b", re.IGNORECASE)
_TIME_PHRASE_WORDS = 8


def _clock_times(text: str) -> set[int]:
    """The times of day a text names, in minutes after midnight."""
    out = set()
    for m in _CLOCK.finditer(text):
        if m.group(4):
            out.add(720 if m.group(4).lower() == "noon" else 0)
            continue
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60:
            out.add((hour % 12 + (12 if m.group(3).lower() == "p" else 0)) * 60 + minute)
    return out


# An aside set off by a pair of dashes or brackets right after the figure's words ("about 6.3 million people in
# Florida — more than one-quarter of the state's population — have now been told to clear out", review 15): the
# figure's clause goes on after it, where its verb often stands.
_ASIDE = re.compile(r"\s*(?:\u2014[^\u2014\n]{1,120}\u2014|\u2013[^\u2013\n]{1,120}\u2013|\s-\s[^\n]{1,120}?\s-\s|"
                    r"\([^()\n]{1,120}\))")


def _clause(c: Claim) -> str:
    """The figure's clause, the figure left out ("" when its sentence does not hold it); an aside between
    dashes or brackets after the figure's words is skipped, and the clause read on after it (`_ASIDE`)."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return ""
    after = sentence[at + len(c.text):]
    brk = _CLAUSE_BREAK.search(after)
    aside = _ASIDE.match(after, brk.start()) if brk else None
    rest = _CLAUSE_BREAK.split(after)[0]
    if aside:
        rest += " " + _CLAUSE_BREAK.split(after[aside.end():])[0]
    return _CLAUSE_BREAK.split(sentence[:at])[-1] + " " + rest


def _time_phrases(sentence: str) -> list[str]:
    """The sentence's short clauses that are time phrases ("By 11 p.m.", "At 2 a.m. EST Saturday")."""
    return [p for p in _CLAUSE_BREAK.split(sentence) if len(p.split()) <= _TIME_PHRASE_WORDS and _TIME_PHRASE.match(p)]


def _moment_text(c: Claim, text: str | None = None) -> str:
    """The words that tell when a figure holds: its clause and the sentence's time phrases; where
    they name no time of day, the last time phrase with one that opens a sentence before it in
    its paragraph (`text`, the article's): "By 11 p.m., Florence's center was moving ... The
    center was about 20 miles north-northeast of Myrtle Beach" is the 11 p.m. position (review
    12). Days of the week are not carried over: a paragraph's "On Tuesday" often tells when
    something else happened."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return ""
    own = " ".join([_clause(c), *_time_phrases(sentence)])
    if text is None or _clock_times(own) or not 0 <= c.start - at <= len(text):
        return own
    begins = c.start - at
    before = text[text.rfind("\n", 0, begins) + 1:begins]
    timed = [p for s in _SENTENCE_END.split(before) for p in _time_phrases(s) if _clock_times(p)]
    return " ".join([own, *timed[-1:]])


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(\[]?[A-Z0-9•])")


def _night_text(c: Claim, moment: str, text: str | None) -> str:
    """The words that tell which night a figure counts (`_nights`): its moment text, and where that names no
    time at all, the nights the sentences before it in its paragraph name."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if text is None or at < 0 or night_words(moment) or _clock_times(moment) or _WEEKDAY.search(moment):
        return moment
    begins = c.start - at
    if not 0 <= begins <= len(text):
        return moment
    return " ".join([moment, night_words(text[text.rfind("\n", 0, begins) + 1:begins])])


# A running total: a count its clause says stands at, has risen to or is "so far" what it is ("the death toll
# had risen to 241 early Thursday", "which has killed nearly 81,000 Americans", "the 80,000 deaths officially
# reported").
# Outlets read it at different times: review 13 found an earthquake's toll of 159 disputed against "had risen
# to 241 early Thursday", and a pandemic's 80,000 deaths (May 12) against "more than 82,000" (May 14).
_RUNNING = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|(?:stands?|stood)\s+at|(?:has|have|had)\s+(?:now\s+|already\s+)?"
    r"(?:risen|climbed|grown|reached|increased|jumped|surpassed|topped|killed|claimed|infected|sickened)|"
    r"(?:rose|risen|climbed|grew|jumped|increased|soared)\s+to|officially\s+(?:reported|confirmed|recorded)|"
    # a level a change reached, down as well as up ("its maximum sustained winds weakened to 125 mph"), and a
    # count said to stand now ("about 6.3 million people ... have now been ordered to evacuate"), review 15
    r"(?:fell|fallen|dropped|declined|weaken(?:ed|ing)|strengthen(?:ed|ing)|slowed|eased|intensified)\s+to|"
    r"(?:has|have|had)\s+now\s+(?:been|\w+ed)|"
    # a count read at a moment ("As of Monday, the Coast Guard deployed five helicopters", review 18)
    r"as\s+of)\b",
    re.IGNORECASE)
_AS_OF = re.compile(r"^\W*as\s+of\b", re.IGNORECASE)


def _running(c: Claim) -> bool:
    """Whether the figure is a running total (`_RUNNING` in its clause, or a time phrase of its sentence
    opening "as of")."""
    return (_RUNNING.search(_clause(c)) is not None
            or any(_AS_OF.match(p) for p in _time_phrases(c.sentence or "")))


def _two_readings(a: Claim, b: Claim, day_a: datetime.date | None, day_b: datetime.date | None,
                  moment_a: str, moment_b: str) -> bool:
    """Whether two figures, one of them at least a running total (`_running`, which the caller checks:
    an outlet that says a count stands at a figure reads a changing quantity, and the other outlet's
    figure is a reading of it too), are readings taken at two
    times, not a dispute: their articles appeared on two days and the later one's figure is not
    smaller (a count that grew), or one names a moment (a time of day, a day of the week) the
    other does not ("had risen to 241 early Thursday" against "stood at 159"). A later, smaller
    total is still compared."""
    if day_a and day_b and day_a != day_b:
        (_, early), (_, late) = sorted(((day_a, a), (day_b, b)), key=lambda x: x[0])
        return (late.value or 0) >= (early.value or 0)
    return _moments(moment_a) != _moments(moment_b)


def _moments(text: str) -> set:
    """The times of day and days of the week a moment text names."""
    return _clock_times(text) | {m.lower() for m in _WEEKDAY.findall(text)}


def other_moment(ta: str, tb: str) -> bool:
    """Whether two figures' moment texts (`_moment_text`) each name a time of day, or each a day of
    the week, with none in common: the figures are of two moments."""
    ca, cb = _clock_times(ta), _clock_times(tb)
    if ca and cb and not ca & cb:
        return True
    da, db = {m.lower() for m in _WEEKDAY.findall(ta)}, {m.lower() for m in _WEEKDAY.findall(tb)}
    return bool(da and db and not da & db)


def _basis(sentence: str | None) -> set[str]:
    """The periods ("month", "year") a sentence measures a change over; empty when it names none."""
    if not sentence:
        return set()
    return {name for name, pattern in (("month", _MONTH_BASIS), ("year", _YEAR_BASIS)) if pattern.search(sentence)}


def disputed_numbers(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray] | None = None,
    paraphrase: float = PARAPHRASE_THRESHOLD,
    overlap: float = SUBJECT_OVERLAP,
    related: float = RELATED_THRESHOLD,
    agreeing: list[Dispute] | None = None,
) -> tuple[Dispute, ...]:
    """Groups of claims about one quantity on which outlets disagree, most outlets first.

    When `agreeing` is a list, the groups of two outlets or more whose figures do not clash
    (the same value, one restated, one the outlet gives too, ...) are appended to it, in
    the order found: figures the outlets give of one quantity, though no dispute.
    """
    names = _person_names(annotations, [art.id for art in articles])
    people = frozenset(w for n in names for w in n.split())
    items: list[_Item] = []
    named: dict[str, dict[str, frozenset[int]]] = {}
    for art in articles:
        ann = annotations.get(art.id)
        if ann is None:
            continue
        year, day = _year_of(art), _date_of(art)
        named[art.id] = places_named(ann)
        readings = _readings([c for c in ann.claims if isinstance(c, Claim) and isinstance(c.unit, str)], day)
        for c in sorted(ann.claims, key=lambda c: (c.start, c.end)):
            if (not isinstance(c.unit, str) or c.unit.lower() in SKIP_UNITS or _window(c) or _converted(c)
                    or _in_heading(art.text, c.start) or _picked_out(c)):
                continue
            c = age_after_name(c, art.text, people)
            if c.low is None and c.high is None:
                continue
            sent = next(
                (i for i, s in enumerate(ann.sentences) if s.start <= c.start < s.end), None
            )
            items.append(_Item(len(items), art.id, outlet_key(art), c, _quantity_words(c, people), sent,
                               _agents(c.subject, names), _earlier(c, year, day, art.text),
                               *readings[(c.start, c.end)],
                               moment=(moment := _moment_text(c, art.text)), night=_night_text(c, moment, art.text),
                               day=day, running=_running(c),
                               aside=aside_places(ann, art.text, sent, named[art.id]),
                               own=figure_sentences(ann, art.text, sent) if sent is not None else frozenset(),
                               share=share_of(art.text, c), years=earlier_years(c, year)))

    vectors = sentence_vectors or {}
    things = Counter((it.article, _kind(it.claim), _thing(it.claim)) for it in items)
    peoples = Counter((it.article, p) for it in items for p in _peoples(it.claim))
    # A claim whose sentence holds another claim of the same unit and subject ("Fifteen of
    # the 19 hijackers") cannot be told apart from it, so it is not compared at all.
    # Counted before that filter: a sentence with several such figures is never "lone".
    every = list(items)
    per_sentence = Counter((it.article, it.sentence, _kind(it.claim)) for it in every)
    same_slot = Counter((it.article, it.sentence, _kind(it.claim), it.subject) for it in items)
    items = [
        it for it in items
        if it.sentence is None or same_slot[(it.article, it.sentence, _kind(it.claim), it.subject)] == 1
    ]

    def sentence_vec(it: _Item) -> np.ndarray | None:
        m = vectors.get(it.article)
        if m is None or it.sentence is None:
            return None
        try:
            row = np.asarray(m[it.sentence], dtype=np.float32)
        except (IndexError, TypeError, ValueError):
            return None
        return row if row.ndim == 1 else None

    def affinity(a: _Item, b: _Item) -> float | None:
        """How surely a and b count the same thing (higher = surer); None = not the same."""
        if a.outlet == b.outlet or _kind(a.claim) != _kind(b.claim):
            return None
        ba, bb = _basis(a.claim.sentence), _basis(b.claim.sentence)
        if ba and bb and not ba & bb:  # a change over a month against one over a year: two measures
            return None
        if _averaged(a.claim) != _averaged(b.claim):  # an average against a single value
            return None
        if (_apart(a.claim, b.claim, a.agents, b.agents) or _wholes_apart(a.claim, b.claim)
                or other_moment(a.moment, b.moment)
                or nights_apart(a.night, b.night, a.day, b.day)
                or _started_apart(a.claim, b.claim) or intraday_apart(a.claim, b.claim) or (a.running or b.running)
                and _two_readings(a.claim, b.claim, a.day, b.day, a.moment, b.moment)):
            return None
        if a.earlier != b.earlier or a.measures != b.measures:  # another event's or another measure's figure
            return None
        if a.earlier and a.years and b.years and not a.years & b.years:  # "last year" against "in 1994"
            return None
        # a tally of the year so far against one event's count; a count of Sunday against one said to stand now, in
        # Monday's papers (review 33)
        if (tallies_apart(a.claim, b.claim) or moments_apart(a.moment, a.day, b.moment, b.day)
                or _dead_against_now(a.claim, a.moment, b.claim, b.moment)):  # the dead against those at work now
            return None
        if _counts_apart(a.claim, b.claim):  # jobs against people
            return None
        if _shares_apart(a.share, b.share):  # a share of the car against a share of its parts
            return None
        # an aside on another place against an article that hardly names it: "A nurse in Spain ... also caught the
        # virus. She is ... being treated by 50 health care workers" against "the 48 health care workers who were
        # being most closely watched" in Dallas (review 20)
        if another_place(a.aside, named[b.article], b.own) or another_place(b.aside, named[a.article], a.own):
            return None
        if a.months and b.months and not a.months & b.months:  # "181,000 ... in July", "114,000 ... in September"
            return None
        va, vb = sentence_vec(a), sentence_vec(b)
        cos = float(va @ vb) if va is not None and vb is not None and va.shape == vb.shape else None
        subj = _jaccard(a.subject, b.subject)
        # A one-word subject shared ("seat", "vote") is weak evidence; the sentences must
        # then be clearly on one topic.
        bar = SINGLE_WORD_TOPIC if len(a.subject | b.subject) == 1 else max(related, SUBJECT_PLUS_TOPIC - subj)
        if subj >= overlap and (cos is None or cos >= bar) and _comparable(a.claim, b.claim, SUBJECT_MAX_RATIO):
            return subj + (cos or 0.0)
        thing = _thing(a.claim)
        if (subj >= overlap and thing is not None and thing == _thing(b.claim) and cos is not None
                and cos >= (HARM_ONE_THING_TOPIC if thing in ("dead", "hurt", "hospital") else ONE_THING_TOPIC)
                and things[(a.article, _kind(a.claim), thing)] == 1
                == things[(b.article, _kind(b.claim), thing)] and _comparable(a.claim, b.claim, ONE_THING_RATIO)):
            return subj + cos  # each article's only figure of one thing (`ONE_THING_TOPIC`)
        shared_people = _peoples(a.claim) & _peoples(b.claim)
        if (subj >= overlap and cos is not None and cos >= HARM_ONE_THING_TOPIC and len(shared_people) == 1
                and all(peoples[(it.article, p)] == 1 for it in (a, b) for p in shared_people)
                and _comparable(a.claim, b.claim, ONE_THING_RATIO)):
            return subj + cos  # each article's only count of one nationality (`_peoples`)
        weak = bool(a.subject and b.subject) and subj < WEAK_SUBJECT_OVERLAP
        if cos is None or cos < (max(paraphrase, STRICT_PARAPHRASE_THRESHOLD) if weak else paraphrase):
            return None
        kind = _kind(a.claim)
        lone = per_sentence[(a.article, a.sentence, kind)] == 1 == per_sentence[(b.article, b.sentence, kind)]
        return subj + cos if lone and _comparable(a.claim, b.claim) else None

    def restated(a: _Item, b: _Item) -> bool:
        """One sentence holds both figures ("six arrests Wednesday, compared to 47 the night
        before" against "47 arrests overnight"): the outlets agree on both, the subjects
        got crossed or the figures are of two moments."""
        def has(it: _Item, other: Claim) -> bool:
            if any(
                x.article == it.article and x.sentence == it.sentence
                and x.claim.unit == in_unit_of(other, x.claim).unit
                and intervals_overlap(x.claim, in_unit_of(other, x.claim))
                for x in every
            ):
                return True
            # The figure may stand there unextracted ("20 percent, up from 15 percent").
            return _states(it.claim.sentence, other)
        return has(a, b.claim) or has(b, a.claim)

    def gives_too(a: _Item, b: _Item) -> bool:
        """a's article gives b's figure too, elsewhere, of a's kind and subject: the Monitor's "lawsuits ... in four
        states" paired with Politico's "37 states issued marriage licenses", where the Monitor writes "Currently,
        37 states recognize same-sex marriages" too (review 19). The outlet reports both figures, of two things
        or two moments, and does not dispute the other outlet's (as `differing_figures` reads it). Or of b's subject,
        every word of it in that figure's (review 36: Fox's "a loss of 12,000 jobs in food manufacturing" against
        CNN's "Manufacturers cut 7,000 jobs", where Fox writes "overall manufacturing jobs fell 7,000" too)."""
        for x in every:
            if x.article != a.article or x.claim is a.claim or _kind(x.claim) != _kind(a.claim):
                continue
            other = in_unit_of(b.claim, x.claim)
            if (x.claim.unit == other.unit and x.claim.value is not None and other.value is not None
                    and intervals_overlap(x.claim, other)
                    and abs(x.claim.value - other.value) <= NEAR_SHARE * max(abs(x.claim.value), abs(other.value))
                    and (_jaccard(x.subject, a.subject) >= SUBJECT_OVERLAP or b.subject and b.subject <= x.subject)):
                return True
        return False

    # Strongest pairs first; a group takes at most one claim per article, and two groups
    # merge only when at least half of their cross-outlet pairs match (no long chains).
    edges = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            score = affinity(items[i], items[j])
            if score is not None:
                edges.append((-round(score, 6), i, j))
    edges.sort()
    group_of = list(range(len(items)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for _, i, j in edges:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = groups[gi], groups[gj]
        if {items[k].article for k in a} & {items[k].article for k in b}:
            continue
        cross = [(x, y) for x in a for y in b if items[x].outlet != items[y].outlet]
        matched = sum(affinity(items[x], items[y]) is not None for x, y in cross)
        if 2 * matched < len(cross):
            continue
        keep, drop = min(gi, gj), max(gi, gj)
        groups[keep] = sorted(a + b)
        for k in groups[drop]:
            group_of[k] = keep
        del groups[drop]

    disputes = []
    for idx in groups.values():
        members = [items[k] for k in idx]
        clash = any(
            a.outlet != b.outlet and not intervals_overlap(_as_read(a.claim), _as_read(in_unit_of(b.claim, a.claim)))
            and not restated(a, b) and not gives_too(a, b) and not gives_too(b, a)
            and not _sign_only(a.claim, b.claim) and not _rounded_alike(a.claim, b.claim)
            for k, a in enumerate(members)
            for b in members[k + 1 :]
        )
        claims = [
            DisputedClaim(it.article, it.claim.text, it.claim.value, it.claim.unit, it.claim.low,
                          it.claim.high, it.claim.start, it.claim.end)
            for it in members
        ]
        if not clash:
            if agreeing is not None and len({it.outlet for it in members}) >= 2:
                agreeing.append(Dispute(_about(members), tuple(claims)))
            continue
        disputes.append((-len({it.outlet for it in members}), members[0].order, Dispute(_about(members), tuple(claims))))
    disputes.sort(key=lambda d: d[:2])
    # times of day outlets give differently for one moment of the event (`_clock`), after the figures
    timed = disputed_times(articles, annotations, skip=lambda art, c: _in_heading(art.text, c.start))
    return tuple(d[2] for d in disputes) + tuple(timed)


def _about(members: list[_Item]) -> str:
    """A readable subject: the subject wording closest to all the others."""
    subjects = [" ".join(it.claim.subject.split()) for it in members if it.claim.subject.strip()]
    if not subjects:
        sentence = members[0].claim.sentence or members[0].claim.text
        return " ".join(sentence.split())[:100]

    def agreement(s: str) -> float:
        w = _subject_words(s)
        return sum(_jaccard(w, it.subject) for it in members)

    return min(subjects, key=lambda s: (-round(agreement(s), 6), len(s), s))


def differing_figures(
    point: SharedPoint, articles: Sequence[Article], annotations: Mapping[str, Annotation],
    across_moments: bool = False,
) -> tuple[DisputedClaim, ...]:
    """The figures a shared point's outlets give with different values.

    A shared point is one outlet's sentence with the other outlets' paraphrases beside it;
    when they give one quantity with different values ("more than 180 people were killed"
    against "at least 150"), its heading would state one outlet's figure as agreed. Hedges
    do not reconcile them here: "at least 150" and "more than 180" are compatible (so not a
    dispute) but not the same figure.

    Two outlets' figures are of one quantity when they share a unit (ages and rates apart)
    and either each outlet gives that unit once in the point (and their subjects, where
    both are known, share a word) or their subjects match (as `disputed_numbers` matches
    them), and a figure pairs with one figure only. They differ when their values do (not
    by sign alone), within `MAX_RATIO` of each other, over the same period where both name
    one, and no sentence of the point holds both figures; values within `NEAR_SHARE` of
    each other whose intervals overlap are one figure rounded two ways. Two outlets that
    each give several figures of one unit, every one of them differing from every one of
    the other's, differ too (two results: a runoff's and the first round's). An outlet whose
    article gives the other outlet's figure too, elsewhere, does not differ from it (`gives_too`,
    review 18). Each differing figure is returned once, in evidence order.

    With `across_moments`, the figures of one quantity that two outlets of the point read at two
    moments (a market's index at midday and at the close, a level on two days), whatever their
    values, which the rules above keep apart: no detail only one outlet reports
    (`unique_points`), though no dispute either.
    """
    outlet = {a.id: outlet_key(a) for a in articles}
    names = _person_names(annotations, list(outlet))
    people = frozenset(w for n in names for w in n.split())
    years = {a.id: _year_of(a) for a in articles}
    days = {a.id: _date_of(a) for a in articles}
    given: list[tuple[str, str, Claim, str]] = []  # outlet, article, claim, evidence sentence
    moment: dict[tuple[str, int, int], tuple[bool, frozenset[str]]] = {}  # earlier?, measure words
    months: dict[tuple[str, int, int], frozenset[str]] = {}
    when: dict[tuple[str, int, int], str] = {}  # the words that tell when it holds
    night: dict[tuple[str, int, int], str] = {}  # the words that tell which night it counts
    texts_by_article = {a.id: a.text for a in articles}
    for e in point.evidence:
        ann = annotations.get(e.article)
        if ann is None or e.article not in outlet:
            continue
        readings = _readings([c for c in ann.claims if isinstance(c, Claim) and isinstance(c.unit, str)],
                             days.get(e.article))
        for c in sorted(ann.claims, key=lambda c: c.start):
            if isinstance(c, Claim) and isinstance(c.unit, str):
                c = age_after_name(c, texts_by_article[e.article], people)
            if (isinstance(c, Claim) and isinstance(c.unit, str) and c.unit.lower() not in SKIP_UNITS
                    and not _window(c) and not _converted(c) and not _picked_out(c)
                    and e.start <= c.start and c.end <= e.end
                    and not _in_heading(texts_by_article[e.article], c.start)):
                given.append((outlet[e.article], e.article, c, e.text))
                measures, months[(e.article, c.start, c.end)] = readings[(c.start, c.end)]
                moment[(e.article, c.start, c.end)] = (_earlier(c, years.get(e.article), days.get(e.article),
                                                                texts_by_article[e.article]), measures)
                when[(e.article, c.start, c.end)] = _moment_text(c, texts_by_article[e.article])
                night[(e.article, c.start, c.end)] = _night_text(c, when[(e.article, c.start, c.end)],
                                                                 texts_by_article[e.article])
    per_unit = Counter((o, _kind(c)) for o, _, c, _ in given)
    texts = [e.text for e in point.evidence]

    def same_quantity(a: tuple[str, str, Claim, str], b: tuple[str, str, Claim, str],
                      across_moments: bool = False) -> bool:
        (oa, xa, ca, _), (ob, xb, cb, _) = a, b
        if (oa == ob or _kind(ca) != _kind(cb) or _wholes_apart(ca, cb)
                or _apart(ca, cb, _agents(ca.subject, names), _agents(cb.subject, names))):
            return False
        wa, wb = when[(xa, ca.start, ca.end)], when[(xb, cb.start, cb.end)]
        da, db = days.get(xa), days.get(xb)
        # a count's running total read on two days ("At least 20 people have died", Friday; "has already killed
        # at least 25", Saturday) is one quantity whose figures differ: listed, and the views give each its day
        # (review 15). A level that goes up and down (a storm's winds) read on two days is two moments' level.
        two_days = bool(da and db and da != db) and ca.unit.lower() == "count"
        na, nb = night[(xa, ca.start, ca.end)], night[(xb, cb.start, cb.end)]
        if not across_moments and (other_moment(wa, wb) or nights_apart(na, nb, da, db) or _started_apart(ca, cb)
                                   or intraday_apart(ca, cb) or (
                (_running(ca) or _running(cb)) and not two_days and _two_readings(ca, cb, da, db, wa, wb))):
            return False  # two moments' readings
        if moment[(xa, ca.start, ca.end)] != moment[(xb, cb.start, cb.end)] or _counts_apart(ca, cb):
            return False  # another event's or another measure's figure, or jobs against people
        ya, yb = earlier_years(ca, years.get(xa)), earlier_years(cb, years.get(xb))
        if moment[(xa, ca.start, ca.end)][0] and ya and yb and not ya & yb:
            return False  # two earlier times' figures ("last year" against "in 1994")
        if tallies_apart(ca, cb) or (not across_moments and moments_apart(wa, da, wb, db)) \
                or _dead_against_now(ca, wa, cb, wb):
            return False  # a tally of the year so far against one event's; a day's count against one standing now
        if _shares_apart(share_of(texts_by_article[xa], ca), share_of(texts_by_article[xb], cb)):
            return False  # shares of two things
        ma, mb = months[(xa, ca.start, ca.end)], months[(xb, cb.start, cb.end)]
        if ma and mb and not ma & mb:
            return False  # two months' figures
        sa, sb = _quantity_words(ca, people), _quantity_words(cb, people)
        if per_unit[(oa, _kind(ca))] == 1 == per_unit[(ob, _kind(cb))]:
            # alone in their unit: one quantity unless both subjects are known and share
            # nothing ("90% effective against hospitalisation", "below 50% against infection")
            return not (sa and sb) or bool(sa & sb)
        return _jaccard(sa, sb) >= SUBJECT_OVERLAP

    # each outlet's bare counts in the point: a whole one outlet gives as the sum of the other's parts differs not
    counts: dict[str, list[float]] = {}
    for o, _, c, _ in given:
        if c.unit.lower() == "count" and c.hedge is None:
            counts.setdefault(o, []).append(float(c.value))

    def differ(a: tuple[str, str, Claim, str], b: tuple[str, str, Claim, str]) -> bool:
        (oa, _, ca, ta), (ob, _, cb, tb) = a, b
        if sum_of_parts([ca.value], counts.get(ob, [])) or sum_of_parts([cb.value], counts.get(oa, [])):
            return False  # "16 states" and "nine states ... plus parts of seven other states": one count
        cb = in_unit_of(cb, ca)  # "270 months" against "22 1/2 years": one figure
        gap = abs(ca.value - cb.value)
        if gap <= _EPS * max(1.0, abs(ca.value), abs(cb.value)):
            return False
        if gap <= NEAR_SHARE * max(abs(ca.value), abs(cb.value)) and intervals_overlap(ca, cb):
            return False  # "roughly $928 billion" and "more than $920 billion": one figure, rounded
        if one_estimate(ca, cb):
            return False  # "an estimated 1.4 million" and "some 1.5 million": one estimate, rounded two ways
        if rounded_bound(ca, cb):
            return False  # "more than 30 countries" and "35 countries": the exact figure, rounded down
        ba, bb = _basis(ta), _basis(tb)
        if (ba and bb and not ba & bb) or _averaged(ca) != _averaged(cb):
            return False
        # a sentence of the point that holds both figures tells two quantities apart ("$5.7
        # billion ... about $8 billion in all")
        return (_comparable(ca, cb) and not _sign_only(ca, cb) and not _rounded_alike(ca, cb)
                and not any(_states(t, ca) and _states(t, cb) for t in texts))

    if across_moments:  # the figures of one quantity that two outlets read at two moments, whatever the values
        paired = {k for i in range(len(given)) for j in range(i + 1, len(given))
                  if same_quantity(given[i], given[j], True) and not same_quantity(given[i], given[j])
                  for k in (i, j)}
        return tuple(DisputedClaim(art, c.text, c.value, c.unit, c.low, c.high, c.start, c.end)
                     for k, (_, art, c, _) in enumerate(given) if k in paired)
    def gives_too(a: tuple[str, str, Claim, str], b: tuple[str, str, Claim, str]) -> bool:
        """a's article gives b's figure too, elsewhere, of a's kind and subject: USA Today's "Four officers
        suffered ... injuries during the protests Wednesday night" and, in the same article, "12 officers hurt"
        the night before (review 18). The outlet then reports both figures, of two moments or two things,
        and does not differ from another outlet's 12. A figure of a's article that cannot be b's quantity (`_apart`:
        "at least 269 people in three Caribbean countries" beside "at least 283" killed in Haiti, session 37) is
        no such figure."""
        (_, xa, ca, _), (_, _, cb, _) = a, b
        ann = annotations.get(xa)
        subject = _quantity_words(ca, people)
        for x in ann.claims if ann is not None else ():
            if (not isinstance(x, Claim) or not isinstance(x.unit, str) or (x.start, x.end) == (ca.start, ca.end)
                    or _kind(x) != _kind(ca)):
                continue
            other = in_unit_of(cb, x)
            if (x.unit == other.unit and intervals_overlap(x, other)
                    and abs(x.value - other.value) <= NEAR_SHARE * max(abs(x.value), abs(other.value))
                    and _jaccard(_quantity_words(x, people), subject) >= SUBJECT_OVERLAP
                    and not _apart(x, cb, _agents(x.subject, names), _agents(cb.subject, names))):
                return True
        return False

    pairs = [(i, j) for i in range(len(given)) for j in range(i + 1, len(given)) if same_quantity(given[i], given[j])]
    # a figure that pairs with two of one other outlet's figures is not compared with them
    partners = Counter((k, given[m][0]) for i, j in pairs for k, m in ((i, j), (j, i)))
    marked: set[int] = set()
    for i, j in pairs:
        if (partners[(i, given[j][0])] == 1 == partners[(j, given[i][0])] and differ(given[i], given[j])
                and not gives_too(given[i], given[j]) and not gives_too(given[j], given[i])):
            marked |= {i, j}
    # Two outlets each giving several figures of one unit, none of them the other's ("53.9
    # percent of the vote to 46.1 percent" against "42% of the vote to Espy's 40%", a runoff
    # and the first round): the point's heading would state one count as agreed.
    groups: dict[tuple[str, str], list[int]] = {}
    for k, (o, art, c, _) in enumerate(given):
        if not _counting_progress(texts_by_article.get(art, ""), c):
            groups.setdefault((o, _kind(c)), []).append(k)
    for (oa, ka), ia in groups.items():
        for (ob, kb), ib in groups.items():
            if (oa < ob and ka == kb and len(ia) >= 2 and len(ib) >= 2
                    and all(differ(given[i], given[j]) and not surveys_apart(given[i][2], given[j][2])
                            for i in ia for j in ib)):
                marked |= set(ia) | set(ib)
    return tuple(DisputedClaim(art, c.text, c.value, c.unit, c.low, c.high, c.start, c.end)
                 for k, (_, art, c, _) in enumerate(given) if k in marked)


_PROGRESS = re.compile(r"\s*(?:of\s+(?:the\s+|all\s+)?(?:vote|votes|ballots|precincts)\s+(?:counted|in|reporting|tallied)"
                       r"|of\s+precincts|(?:precincts\s+)?reporting)\b", re.IGNORECASE)


def _counting_progress(text: str, claim: Claim) -> bool:
    """A share of the count done ("with 97 percent of the vote counted", "99% of precincts
    reporting"), not a result."""
    return claim.unit == "percent" and bool(_PROGRESS.match(text, claim.end))


def _states(sentence: str | None, claim: Claim) -> bool:
    """Whether `sentence` holds `claim`'s figure as written ("20 percent, up from 15")."""
    m = _NUMERAL.search(claim.text)
    return bool(m and sentence and numeral_in(m.group(0), sentence))
