"""A neutral summary built only from what several outlets agree on.

Takes the summaries of the most widely shared points (greedily, skipping quotes, cut-off
sentences, near-repeats and points that carry a disputed number), at most
`MAX_SENTENCES` and about `MAX_WORDS` words, and orders them as the articles tell them
(by their mean relative position), so the lead comes first. When fewer than two points
qualify, sentences that every other outlet echoes loosely complete it. A summary that holds
none of what the most outlets' openings state opens with it (`shared.lead_points`), and one that
holds it opens with it unless its first sentence says an opening sentence already; one that lacks words
most outlets' headlines share takes the point that gives them. A point is said in
its outlets' wording that names no outlet of the story ("said in a statement to NBC News"),
gives no figure of one outlet's that another outlet of the point leaves out, has the fewest of the
story's loaded words ("In an extraordinary bow to ..."), gives a count other outlets give too ("The
vote was 7-2; ...") and is closest to the point's own, in that order, where one qualifies; a
trailing aside after a dash that holds loaded wording, or a clause that comments on the fact ("..., which
isn't hard to believe"), is left out. A short sentence naming nothing ("A vote was slated for Thursday afternoon.") is
never said, and a wording saying "also" gives way to one that does not; a column's opening leads only after a report's,
and a summary lacking the names most headlines share, which no point says, takes a report's sentence that says them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..nlp.numbers import ONES, TENS
from ..records import Article, Dispute, DisputedClaim, Evidence, Sentence, SharedPoint
from ._back import ROLE_PERSON, demonstrative_back, own_person
from ._text import STOP_WORDS, display_sentence, is_post, outlet_key, words
from ._twins import are_twins, headline_twin, stated_twin
from .numbers import _in_heading, one_estimate

MAX_SENTENCES = 4
MIN_SENTENCES = 2
MAX_WORDS = 90
# sentences of the outlets' openings a summary may open with: the event, and its count where
# a second opening gives it ("... won a key procedural vote in the Senate on Tuesday. Senators
# voted 60-37 to advance the bill ..."), leaving room for shared points
MAX_LEADS = 2
# a sentence cut off, or one that opens a list ("The suit claimed MGM is negligent because:")
# or one split inside a name or a list ("... at an Academy Sports +" | "Outdoors store in San Antonio")
_CUT_OFF = ("...", "…", ":", "+", "&", ",", ";")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


# First and second person outside quotation marks: speech whose quotes the sentence
# splitter cut off ("Let's say there's no birth certificate."), not a neutral statement.
# Case matters: "US" (the country) is not "us", and "I" is only ever upper case.
_SPEECH = re.compile(r"\b(I|I'm|I've|[Ww]e|[Ww]e're|[Ww]e've|[Yy]ou|[Yy]ou're|[Mm]y|[Oo]ur|us|[Ll]et's)\b")


def _mostly_quote(text: str) -> bool:
    s = text.strip()
    if s[:1] in "\"“'‘":
        return True
    if _SPEECH.search(_QUOTED.sub(" ", s).replace("’", "'")):
        return True
    opening, closing = s.count("“"), s.count("”")
    if closing != opening or (s.count('"') % 2 == 1):
        return True  # the head or the tail of a quotation the splitter cut in two
    quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(s))
    return quoted > 0.5 * len(s)


# A sentence that says in its own words that it adds to what was told before ("Several supporters also were outside
# the courthouse, including a brother and sister quietly rejoicing that Zimmerman was acquitted.", Fox's, review 26:
# the verdict only in a clause of the crowd's) tells a detail beside the news; a wording of the point that states it
# plainly ("Zimmerman ... was acquitted by a jury late Saturday ...", CNN's) says it better. "Also" outside quotation
# marks, not in "not only ... but also".
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _adds_to_before(text: str) -> bool:
    """Whether `text` says "also" in its own words (outside quotation marks), not after "but" ("not only ... but
    also")."""
    plain = _QUOTED.sub(" ", text)
    return any(not re.search(r"\bbut\s*$", plain[:m.start()], re.IGNORECASE) for m in _ALSO.finditer(plain))


# A sentence that opens by linking back to one before it ("But amid all the revelry ...",
# "Meanwhile, ...") reads as mid-thought out of its article.
# "Earlier" and "later" that open a time phrase ("Later in the day, Putin called ...", "Earlier this year, ...",
# review 34) are not cut: cut, they leave "In the day, ..." or move the time ("This year, ...").
_CONNECTIVE = re.compile(
    r"^(?:but|and|so|yet|still|meanwhile|however|also|(?:earlier|later)(?!\s+(?:in|on|at|that|this|last|next|"
    r"today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|instead|rather|moreover|furthermore|"
    r"additionally|separately|nonetheless|nevertheless|then|indeed|in addition|in turn|even so|"
    r"in fact|at the same time|on the other hand)\b,?\s+(?=\S)", re.IGNORECASE)


# Of those, the ones that tell a turn from the sentence before ("But ... eventually came crashing back down ..."):
# a wording so opened goes after one of its point that states the point on its own (`neutral_summary`'s cost).
_TURN = re.compile(r"^(?:but|yet|still|however|instead|rather|nonetheless|nevertheless|even so|on the other hand)\b,?"
                   r"\s+(?=\S)", re.IGNORECASE)


# Of those, the ones that add in support of the sentence before ("Indeed, ...", "In fact, ...", "Moreover, ..."):
# in any outlet's telling, the point is a detail backing another, not news of its own.
_ADDITIVE = re.compile(r"^(?:indeed|also|moreover|furthermore|additionally|in addition|in fact)\b,?\s+(?=\S)",
                       re.IGNORECASE)


# A sentence whose subject is a pronoun ("He was released in May 2013") names its subject in
# a sentence before it; in a summary it reads as about whoever the summary named last.
# So does one that opens by pointing back with a demonstrative ("Under that test, ...",
# "In this case, ...", "That decision ..."); "this week" and the like name their time. "All" or "all of" may come
# between ("Despite all that, López Obrador is unlikely to be ...", Reason's, review 38: the summary had not said what
# "all that" was), and "in spite of" is "despite".
_PRONOUN_START = re.compile(
    # after a leading day, as well ("Wednesday morning, he brazenly offered ...", review 8's Stone story)
    r"^(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"
    r"(?:(?:he|she|they|it|his|her|their|its)\b(?!['’]s\b)"
    # an adverb before the preposition too ("Immediately after that call, Flynn called ...", review 34)
    r"|(?:(?:(?:immediately|shortly|soon|just|right|directly|not long)\s+)?"
    r"(?:under|in|at|by|with|from|after|before|despite|in spite of|for|on|since|during|given|because of)\s+)?"
    r"(?:all\s+(?:of\s+)?)?"
    r"(?:this|that|these|those)\b(?!['’]s\b)(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|night|"
    r"spring|summer|fall|autumn|winter|time|day)s?\b))", re.IGNORECASE)


# One whose speaker is only a pronoun ("Both her sons serve in the military, she said.",
# review 11) is about someone named before it, just the same.
_PRONOUN_SAID = re.compile(
    r"(?:[,”\"]\s+(?:he|she|they)\s+(?:said|says|added|adds|told\s+[^.,]{1,40}|wrote|writes|noted|explained)"
    r"|[,”\"]\s+(?:said|says|added)\s+(?:he|she|they))\s*[.!]?[\"”]?\s*$", re.IGNORECASE)


# A person's pronoun as subject after an opening phrase ("In a statement, he thanked Harlan for ...", the
# sample: "he" was Okafor, whom the summary had not named); "it" may be a dummy subject ("In the end, it was").
_PRONOUN_AFTER_PHRASE = re.compile(r"^[A-Z][^,;:\"“”]{0,40},\s+(?:he|she|they)\b(?!['’]s\b)")


# A person named only as "the woman", "the man" outside quotation marks ("The CDC confirmed Sunday afternoon that the
# woman had tested positive for Ebola", review 20: the summary never said who she was) is someone a sentence before
# introduced; one a clause after it introduces ("the man who ...", "the woman in the video") is not. So are "the men"
# ("The men, walking single file ..., were seen in photos ...", review 25: the two suspects of a sentence before), but
# not "the men and women" of a group.
_BARE_PERSON = re.compile(r"\b[Tt]he (?:woman|man|girl|boy|women|men|girls|boys)(?:['’]s)?\b"
                          r"(?!\s*(?:who|whom|whose|that|named|called|identified|known|in|at|from|of|with|on|accused|"
                          r"charged|arrested|suspected|believed|and\s+(?:wo)?men|and\s+(?:girls|boys))\b)")


# A sentence that opens by judging the act it tells ("In a move that only hastens America's retreat from global political
# and economic leadership, it is now apparent that President Trump will withdraw ...", a column's lead, review 21; "In
# a stunning blow to ..."): the writer's appraisal before the fact, which a lead telling it plainly does without.
_JUDGED_OPENING = re.compile(r"^In an? (?:[\w-]+\s+){0,2}(?:move|step|blow|decision|act|bid|turn|reversal|rebuke|snub|"
                             r"setback|victory|defeat|departure|break)\b[^,]{0,160},", re.IGNORECASE)


# A sentence that opens "That's how ...", "This is why ...", "That was what ..." (CNN's "That's how German Foreign
# Minister Frank-Walter Steinmeier described the site where a Germanwings Airbus A320 plane crashed ...", review 35:
# the words it points to, "a picture of horror", were in the sentence before, which its text had lost) tells how,
# why or what of something a sentence before said: the demonstrative stands for it. `_PRONOUN_START` passes over
# "that's" (a demonstrative's "'s" is often a dummy's: "It's been a year"); here only before how, why, what, where,
# when or because, an adverb between allowed ("That's exactly how ...").
_THAT_IS_HOW = re.compile(r"^(?:that|this)(?:['’]s|\s+(?:is|was))\s+(?:(?:just|exactly|precisely|partly|also)\s+)?"
                          r"(?:how|why|what|where|when|because)\b", re.IGNORECASE)


# A lead that frames the event as a kind of story rather than telling it ("The forced resignation of Homeland Security
# Secretary Kirstjen Nielsen is not just the usual story of an administration racked by chaos ...", CNN's analysis,
# review 34; "The vote is the latest sign of ...", "The ruling is a reminder that ..."): the writer's reading of the
# event, its subject the event and its predicate what kind of story it is. Like a judging opening (`_JUDGED_OPENING`),
# another wording of the point that tells it plainly goes first. Only "is"/"was" then a story word within a few
# words; "The plane is the third to crash ..." names no story word and stays. After an opening phrase too ("For
# Trump, the vote is a sign that ...", "In Brussels, the ruling was a reminder of ..."): a phrase of at most 60
# characters up to its comma, which no quotation mark or clause break is in.
_FRAMED = re.compile(r"^(?:[A-Z][^,;:\"“”]{0,60},\s+)?[A-Za-z][^,;:\"“”]{0,120}?\s"
                     r"(?:is|was|isn['’]t|wasn['’]t)\s+(?:not\s+)?"
                     r"(?:just|only|merely|simply|more\s+than|also|yet|far\s+from)?\s*(?:the|a|an|another)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:story|tale|sign|reminder|symptom|illustration|chapter|episode|lesson|"
                     r"parable|saga|metaphor|symbol|window)\s+(?:of|that|about|into|for|in)\b", re.IGNORECASE)


# A frame in other words: the writer's appraisal of the event against its past or its meaning rather than the event
# ("Allegations of corruption at FIFA are nothing new to those who follow international soccer.", CNN's lede, review 36,
# which the summary opened with; "The dueling visits spoke volumes about ...", "It should come as no surprise that
# ..."): "is/are/was/were/has been" nothing new, no surprise, not new, hardly new, old news, (not) unusual, not
# surprising; "says/speaks/tells/reveals" a lot, volumes or much about; "comes as no surprise". Its subject as in
# `_FRAMED` (an opening phrase allowed), but not a relative clause's comment on the sentence before the comma ("The
# court was united 44 percent of the time, which is not unusual." reports a figure).
_FRAMED_OTHER = re.compile(r"^(?:[A-Z][^,;:\"“”]{0,60},\s+)?(?!which\b)[A-Za-z][^,;:\"“”]{0,120}?\s"
                           r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:nothing\s+new|no\s+surprise|"
                           r"(?:not|hardly)\s+(?:new|surprising)|old\s+news|nothing\s+unusual|not\s+unusual)|"
                           r"(?:says|said|speaks|spoke|tells|told|reveals|revealed)\s+(?:a\s+lot|volumes|much)\s+"
                           r"about|(?:comes?|came)\s+as\s+no\s+surprise)\b", re.IGNORECASE)


def _frames(text: str) -> bool:
    """Whether a wording frames the event as a kind of story (`_FRAMED`) or appraises it in other words
    (`_FRAMED_OTHER`)."""
    return bool(_FRAMED.match(text) or _FRAMED_OTHER.match(text))


def _judged(text: str) -> bool:
    """Whether a wording opens by judging the act (`_JUDGED_OPENING`) or frames the event (`_frames`)."""
    return bool(_JUDGED_OPENING.match(text) or _frames(text))


# A sentence that opens by setting itself beside others already told ("In other videos from the concert, many
# concertgoers ...", review 19's Las Vegas summary opened so) needs those told first.
_OTHER_START = re.compile(r"^(?:in|among|of|from|on|at)\s+(?:the\s+)?other\s+\w+|"
                          # "In another tweet, Trump said ..." (review 34): one told before it
                          r"^(?:in|with|on|at)\s+(?:yet\s+)?another\s+\w+", re.IGNORECASE)


# A personal pronoun outside quotation marks with nobody before it in the sentence to stand for ("A state test
# finding that she had Ebola was confirmed Sunday ...", review 20): no name (a capitalised word after the first) and
# no word for a person before it.
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her)\b")
_PERSON_NOUN = re.compile(r"\b(?:president|governor|mayor|senator|official|spokes(?:wo)?man|spokesperson|judge|"
                          r"leader|minister|chief|director|officer|secretary|nurse|doctor|worker|patient|victim|"
                          r"suspect|gunman|shooter|man|woman|girl|boy|mother|father|son|daughter|wife|husband|"
                          r"candidate|lawmaker|nominee|justice|attorney|lawyer|author|writer|reporter|player|coach|"
                          r"ceo|executive|founder|owner|teacher|student|soldier|survivor|witness|resident|friend)s?\b",
                          re.IGNORECASE)


def _bare_person(plain: str) -> bool:
    """Whether `plain` (quotations blanked) names someone only as "the man" (`_BARE_PERSON`) who is not the person
    it opens with (`_back.own_person`) nor one the sentence told of before by the same word (`_told_before`)."""
    return any(not own_person(plain, m.start(), _PERSON_NOUN) and not _told_before(plain, m)
               for pattern in (_BARE_PERSON, ROLE_PERSON) for m in pattern.finditer(plain))


def _told_before(plain: str, m: re.Match) -> bool:
    """Whether the word for people of "the women" (`m`) stands earlier in the sentence, so the sentence itself told of
    them ("... how the three women and a 6-year-old girl ... remained captive ..., the women were released Tuesday
    ...", Fox's lead, review 31): "the women" are those, not people of a sentence before."""
    noun = re.sub(r"['’]s$", "", m.group(0).split()[-1]).lower()
    return re.search(rf"\b{re.escape(noun)}\b", plain[:m.start()], re.IGNORECASE) is not None


def _nobody_before_pronoun(text: str) -> bool:
    """Whether a personal pronoun stands in `text`, outside quotation marks, with no name and no word for a
    person before it (`_PERSONAL`, `_PERSON_NOUN`)."""
    plain = _QUOTED.sub(" ", text)
    m = _PERSONAL.search(plain)
    if m is None:
        return False
    before = plain[:m.start()].lstrip()
    first = before.split()[0].lower().strip(",") if before.split() else ""
    # a capitalised word names someone, but the sentence's first word only when it is no common word ("A", "The") and
    # no word for people ("Doctors")
    named = re.search(r"(?<=\s)[A-Z]", before) or (before[:1].isupper() and first not in STOP_WORDS
                                                     and not _PERSON_NOUN.fullmatch(re.sub(r"(?<=ss)es$", "", first)))
    # "his" or "her" stands for one person: people before it ("Doctors said his condition was critical", review 29:
    # Scalise's, after a sentence on a wounded aide) are none to stand for
    return not named and not any(not _plural(n.group()) for n in _PERSON_NOUN.finditer(before))


def _plural(noun: str) -> bool:
    """Whether a word for people (`_PERSON_NOUN`) is a plural ("doctors", "witnesses"; "witness" is one)."""
    noun = noun.lower()
    return noun.endswith("s") and not noun.endswith("ss")


# A sentence speaking of a man and a woman by pronouns ("he" and "her") outside quotation marks while it names one
# person only ("Miller said Friday he was the one who promoted her and called her a "superb civil servant."", review
# 21: she was Ingram, named in the sentence before): one of them is someone a sentence before named.
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_CALENDAR_WORD = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                            r"April|May|June|July|August|September|October|November|December)$")


def _names_fewer_than_its_persons(text: str) -> bool:
    """Whether `text`, outside quotation marks, speaks of a man and of a woman by pronouns and names or describes
    fewer than two people (a run of capitalised words is a name, a day or a month none, nor the sentence's first word
    when it is a common word; a word for a person, `_PERSON_NOUN`, describes one)."""
    plain = _QUOTED.sub(" ", text)
    if not (_HE.search(plain) and _SHE.search(plain)):
        return False
    names, run = 0, False
    for k, token in enumerate(re.findall(r"[\w'’.-]+", plain)):
        word = token.strip(".'’")
        capital = word[:1].isupper() and not _CALENDAR_WORD.match(word) and not (
            k == 0 and word.lower() in STOP_WORDS) and word.lower() not in {"he", "she", "his", "her"}
        names += capital and not run
        run = capital
    return names + len(_PERSON_NOUN.findall(plain)) < 2


# A question ("What exactly did Bolsonaro say?", the BBC's subheading, review 23) states nothing: a subheading or a
# writer's device, never the outlets' statement of the event.
# A list set out in a sentence's place: three items or more parted by semicolons, each of a few words ("Andrew
# Ashcraft, 29; Robert Caldwell, 23; ...; and Garret Zuppiger, 27.", review 33: the names and ages of the nineteen
# firefighters killed, a shared point of two outlets, said after the fire's summary's first sentence). It names
# without stating anything; the story's points that state something say more.
_LIST_ITEMS = 3
_LIST_ITEM_WORDS = 6


def _is_list(text: str) -> bool:
    """Whether `text` is a list of short items parted by semicolons (`_LIST_ITEMS` or more, each of at most
    `_LIST_ITEM_WORDS` words), not a statement."""
    parts = [p for p in text.strip().rstrip(".").split(";") if p.strip()]
    return len(parts) >= _LIST_ITEMS and all(len(p.split()) <= _LIST_ITEM_WORDS for p in parts)


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"”’'").endswith("?")


# A sentence opening with a person's surname alone ("Kennedy was joined by Chief Justice John Roberts ...", review 22:
# the summary never said who Kennedy was) needs one before it that gives the person's fuller name; one that says who the
# person is in an apposition after the name ("Brewer, a Republican who signed the legislation, called ...") introduces
# the person itself. The surname is the first word, alone (a lower-case word, or a comma and no apposition, after it),
# or the first after an opening time phrase ("Late Monday, Abbott released a pre-recorded statement ...", Fox's,
# review 35: the summary never said Abbott was Australia's prime minister; "On Tuesday, ...", "Earlier, ...").
_LEAD_TIME = (r"(?i:(?:(?:late|early|earlier|later)\s+(?:on\s+)?|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
              r"saturday|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|earlier|later),\s+")
_SURNAME_START = re.compile(rf"^(?:{_LEAD_TIME})?(?P<name>[A-Z][a-z]*(?:['’-](?!s\b)[A-Z]?[a-z]+)*)(?:['’]s)?"
                            r"(?:\s+(?=[a-z])|,\s+(?!(?:a|an|the|who|whose|one)\s))")


def _bare_surname(text: str, persons: Sequence[str], before: str) -> bool:
    """Whether `text` opens with the last word of one of `persons` (full names, two words or more) alone, while
    `before` (the summary's sentences already said) names nobody by it with a word before it ("Justice Kennedy",
    "Anthony Kennedy")."""
    m = _SURNAME_START.match(text)
    if m is None:
        return False
    name = m.group("name")
    if name.lower() in STOP_WORDS or _CALENDAR_WORD.match(name) or not any(
            len(p.split()) >= 2 and p.split()[-1] == name for p in persons):
        return False
    return not re.search(rf"\b[A-Z][\w.'’-]*\s+{re.escape(name)}\b", before)


def _full_name(text: str, persons: Sequence[str]) -> str | None:
    """`text` with the surname it opens with (`_SURNAME_START`) written as the full name of the person of `persons` it
    stands for ("Kennedy was joined by ..." -> "Anthony Kennedy was joined by ..."): the one first name of that
    surname, or the one the articles name at least twice as often as any other (`persons` holds a name once per
    mention: "Mark Conditt", the bomber, over "Danene Conditt", his mother); None when none does ("George Bush",
    "Jeb Bush" as often) or there is none."""
    m = _SURNAME_START.match(text)
    if m is None:
        return None
    name = m.group("name")
    full = [p for p in persons if len(p.split()) >= 2 and p.split()[-1] == name]
    firsts = Counter(p.split()[0] for p in full).most_common()
    if not firsts or (len(firsts) > 1 and firsts[0][1] < 2 * firsts[1][1]):
        return None
    return text[:m.start("name")] + min((p for p in full if p.split()[0] == firsts[0][0]), key=len) \
        + text[m.end("name"):]


# A long opening phrase before the pronoun ("Referring to the recent Notre Dame blaze in Paris, he went on to suggest
# ...", NPR's, review 23: "he" was Brazil's chief of staff, the sentence before Bolsonaro) points back just the same,
# unless the phrase names one of the story's people, whom the pronoun may stand for ("After Maria Delgado read the
# ruling aloud, she ..."); `persons` as `_bare_surname` takes them.
_PRONOUN_AFTER_LONG_PHRASE = re.compile(r"^(?P<phrase>[A-Z][^,;:\"“”]{40,120}),\s+(?:he|she|they)\b(?!['’]s\b)")


# A demonstrative before a noun inside the sentence ("The plaintiffs argued that based on those words, ...", Salon's,
# review 24: the words were in the sentence before), or after an opening verb in -ing ("Changing that policy is demand
# No. 1 ...", CNN's), and "Both" before a plural noun ("Both surveys indicated a partisan divide, ...", CNN's: the two
# polls of the sentence before) name what a sentence before told; a relative clause or "of" after the noun says what
# it is ("those words that ...", "those of us who ..."), and the demonstratives of time name their time.
_TIME_NOUNS = r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|day)s?"
# ... "those" standing alone ("those who ...", "those of us", "those are ...", "those they suspect": review 22)
_NO_NOUN = (r"(?:who|whom|whose|which|that|of|in|at|on|with|from|for|by|are|were|is|was|have|had|will|would|can|could|"
            r"may|might|and|or|he|she|they|we|you|i|it)")
_DEMONSTRATIVE_NOUN = re.compile(rf"\b(?:these|those)\s+(?!{_TIME_NOUNS}\b|{_NO_NOUN}\b)[a-z][\w-]*"
                                 r"(?!\s+(?:who|whom|whose|which|that|of|where|when)\b)(?![\w-])")
_VERB_ING_THIS = re.compile(rf"^[A-Z][a-z]+ing\s+(?:this|that|these|those)\b(?!\s+{_TIME_NOUNS}\b)")
_BOTH_PLURAL = re.compile(r"^Both\s+(?:of\s+)?(?:the\s+)?[a-z][\w-]*s\b(?!\s+and\b)")
# A sentence opening with a part of a whole told before ("The majority, 264 people, died in Haiti, said ...", CNN's,
# review 24: of the 269 the storm had killed in three countries, the sentence before) needs that whole; one naming the
# whole after it ("The majority of the dead were ...") does not.
_PART_OF_BEFORE = re.compile(r"^(?:The (?:majority|rest|remainder|others|latter|former)\b(?!\s+of\b)|"
                             r"(?:Most|Many|Some|All|None|Half) of (?:them|those)\b)")


# A sentence that opens by telling the reader to bear something in mind ("Remember that to get to this point, Walker
# opponents had to collect thousands of signatures ...", NPR's live page, review 26; "Note that ...", "Keep in mind,
# ...") is the writer's aside, written to follow the sentences it comments on. Only with "that" or a comma: "Recall
# elections are rare" opens with a noun.
_READER_ASIDE = re.compile(r"^(?:Remember|Recall|Note|Notice|Keep in mind|Bear in mind|Don['’]t forget)(?:,|\s+that\b)")


# A short sentence that names nothing and counts nothing ("A vote was slated for Thursday afternoon.", the Washington
# Times', review 26: the US House's vote of the sentence before, read in the summary as South Carolina's) says what it
# is about only through the sentence before it: no name (a capitalised word past the first, or a first word that is no
# common word; a day or a month is none) and no figure in at most `MAX_BARE_WORDS` words, quoted words counted.
# Seven: "Most residents were rescued by boat on Friday." (eight) stays a sentence of its own.
MAX_BARE_WORDS = 7


def _names_nothing(text: str) -> bool:
    """Whether `text` is at most `MAX_BARE_WORDS` words that hold no name and no figure."""
    tokens = [t.strip(".,;:!?()'’\"“”") for t in text.split()]
    tokens = [re.sub(r"['’]s$", "", t) for t in tokens if t]
    if not tokens or len(tokens) > MAX_BARE_WORDS or re.search(r"\d", text) or _figures(text):
        return False
    for k, t in enumerate(tokens):
        if t[:1].isupper() and not _CALENDAR_WORD.match(t) and not (k == 0 and t.lower() in STOP_WORDS):
            return False
    return True


def _points_back(text: str, persons: Sequence[str] | None = None) -> bool:
    """Whether a sentence needs one before it to say whom it is about (see above); with `persons`, also after a long
    opening phrase that names none of them (`_PRONOUN_AFTER_LONG_PHRASE`)."""
    if persons is not None and (m := _PRONOUN_AFTER_LONG_PHRASE.match(text)) is not None and not any(
            w in m.group("phrase").split() for p in persons for w in p.split()[-1:]):
        return True
    plain = _QUOTED.sub(" ", text)
    if _DEMONSTRATIVE_NOUN.search(plain) or _VERB_ING_THIS.match(text) or _BOTH_PLURAL.match(text) \
            or _PART_OF_BEFORE.match(text) or _READER_ASIDE.match(text) or _names_nothing(text) \
            or _THAT_IS_HOW.match(text):
        return True
    return bool(_PRONOUN_START.match(text) or _PRONOUN_SAID.search(text) or _PRONOUN_AFTER_PHRASE.match(text)
                or _bare_person(plain) or _OTHER_START.match(text) or demonstrative_back(text, plain)
                or _nobody_before_pronoun(text) or _names_fewer_than_its_persons(text))


# A lede whose source a sentence after it names by pointing back ("Climate change is here and will only worsen. ...
# Those are the take-home messages of a new White House report ...", review 32): the lede states the source's claim,
# and said alone in a summary it reads as the outlets' own. Looked for in the next three sentences.
_SOURCE_AFTER = re.compile(
    r"^[\"“]?(?:that|this|those|these)(?:['’]s|\s+(?:is|are|was|were))\b[^.!?]{0,60}?\b(?:message|finding|"
    r"conclusion|take-?away|upshot|gist|verdict|warning|result|estimate|projection)s?\s+(?:of|from|in|by)\s+"
    r"(?:a|an|the)\b[^.!?]{0,60}?\b(?:report|study|survey|poll|assessment|analysis|review|paper|audit)s?\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+|\n+")


def _source_told_after(text: str, end: int) -> bool:
    """Whether one of the three sentences after `end` in `text` points back to name the source of those before it
    (`_SOURCE_AFTER`)."""
    following = [t.strip() for t in _SENTENCE_END.split(text[end:end + 600]) if t.strip()][:3]
    return any(_SOURCE_AFTER.match(t) for t in following)


# An editor's update note that opens a sentence ("Updated at noon Eastern time: Police in Sydney said early Tuesday the
# siege was over ...", the Monitor's, review 35; "UPDATE: ...", "Updated 5:35 p.m.: ...") labels the page's revision,
# no part of the statement: the label alone, or with a time or a date after it ("at", "on", "as of", a figure), before
# a colon and a capital.
_UPDATE_LABEL = re.compile(r"^(?:UPDATE[DS]?|Update[ds]?)(?:\s+(?:at|on|as of|\d)\b[^!?\"“”]{0,36}?)?:"
                           r"\s+(?=[A-Z\"“])")


def _without_connective(text: str) -> str:
    """`text` without a leading update note (`_UPDATE_LABEL`) or connective, its next word capitalised."""
    text = _UPDATE_LABEL.sub("", text, count=1)
    m = _CONNECTIVE.match(text)
    if not m:
        return text
    rest = text[m.end():]
    return rest[:1].upper() + rest[1:]


def _lead_mates(leads: Sequence[SharedPoint], said: set) -> set[tuple[str, int]]:
    """The sentences (article, start) of the leads that hold a sentence of `said`."""
    return {(m.article, m.start) for p in leads if any((m.article, m.start) in said for m in p.evidence)
            for m in p.evidence}


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS}


def neutral_summary(
    points: Sequence[SharedPoint],
    articles: Sequence[Article],
    max_sentences: int = MAX_SENTENCES,
    max_words: int = MAX_WORDS,
    disputed: Sequence[Dispute] = (),
    echoed: Sequence[Evidence] = (),
    quoted: Sequence[tuple[str, int, int]] = (),
    unique: Sequence[Evidence] = (),
    loaded: frozenset[str] = frozenset(),
    reported: Sequence[tuple[str, int, int]] = (),
    documents: Sequence[tuple[str, int, int]] = (),
    leads: Sequence[SharedPoint] = (),
    persons: Sequence[str] = (),
    sentences: Mapping[str, Sequence[Sentence]] | None = None,
    told_by_person: Sequence[tuple[str, int, int]] | None = None,
) -> str:
    """2-4 sentences from the most widely shared points; "" when nothing is agreed on.

    A point whose wording carries a number that outlets dispute, or give differently
    (`SharedPoint.differing`), is said in another of its wordings that carries none, or
    left out: a neutral summary should not take one side's figure. A bound that every
    figure of its dispute meets ("at least 130" beside 141 and "at least 145") takes no side,
    nor do figures within 1% of each other ("238" and "at least 239" wounded: the report lists
    them). A point whose wording opens with a connective ("But ...", "Meanwhile, ...")
    comes after the others and loses the connective (one of whose wordings adds in support,
    "Indeed, ...", after those without a connective); one whose wording opens with a
    pronoun ("He was released ...") is said in the words of an outlet whose sentence names
    its subject, or left out. When fewer than two points qualify,
    the summary is completed from `echoed` (sentences every other outlet echoes loosely, see
    `shared.echoed_sentences`), most echoed first. A point that is, in any article, mostly
    inside a quotation (`quoted`: article id, start, end of each quote) is someone's claim,
    not the outlets' own statement: it is said in the words of an outlet that says whose
    claim it is (`reported`: every quotation and reported statement with a named speaker,
    article id, start, end), or, once per summary, in a quotation of a document that its name and a verb of
    saying open (`documents`: the quotations whose speaker is a document; "The report ...
    concludes that "the FSB operation ... was probably approved by ... Putin.""), or left
    out, also where the sentence splitter cut the quotation marks off. A sentence the
    report lists as reported by one outlet
    only (`unique`: a figure or a name no other outlet gives) is not stated as agreed, unless it is
    a lead (other outlets' openings state it, review 19). `loaded` holds the words the story's articles use as loaded wording in their own voice
    (lower case). `leads` (`shared.lead_points`: sentences most outlets' openings state, best
    first): a summary that holds none of those the most outlets state opens with them, at most
    `MAX_LEADS`, the plainest (fewest loaded words; one opening with a judgement of the act, "In a
    move that only hastens ...", last) first, each in its own words, those that two outlets' first
    sentences state before those of later sentences (review 21), of twin leads (`_twin_first`) the one whose words
    the other outlets use clearly more first (review 13): what a reader
    expects first is what most outlets lead with, and a story's shared points, ranked by how
    many outlets make them, may hold no sentence of its lead (review 11's Senate vote and
    Georgia election, review 10's Peace Cross ruling). A point holding the sentence of a lead
    taken says it again and is left out, and so is a second lead that the first one's matches
    in other openings state, unless it gives a count one of its own matches gives too. A summary whose
    first sentence says no sentence of any lead opens with the sentence that says one of the widest
    (review 12's China summary had opened with the markets' fall). A question is never said (`_is_question`), and a
    wording opening with a person's surname alone (`persons`: the full names of the story's people, once per
    mention) is said only once a sentence before it in the summary names the person more fully, else with the
    person's full name for the surname where the story's people give one name of that surname, or one far more often
    than any other (`_full_name`), else not at all (`_introduced`).
    """
    lengths = {a.id: max(len(a.text), 1) for a in articles}
    # a wording on a short line of its own that does not end as a sentence does is a headline or a subheading
    # (`numbers._in_heading`; review 27: Politico's "Margaret Thatcher dies at 87" over the AP's story, said as a
    # sentence): no statement of the summary's, whatever its point
    texts = {a.id: a.text for a in articles}
    outlet_named = _outlet_names(articles)

    def shown(text: str) -> str:
        return _without_outlet_dateline(display_sentence(text), outlet_named)

    outlet_of = {a.id: outlet_key(a) for a in articles}
    given_by = _figures_given(articles)
    # figures outlets give differently, except a bound that every one of them meets ("at least
    # 130" beside 141 and "at least 145" dead): true whichever outlet is right; and figures
    # within 1% of each other (`_close_to_all`)
    groups = [d.claims for d in disputed] + [p.differing for p in points if p.differing]
    contested = [(c.article, c.start, c.end) for g in groups for c in g if _takes_side(c, g)]
    one_outlet = [(u.article, u.start, u.end) for u in unique]
    # as `shared_points` ranks them (most outlets first), those whose every wording opens with a connective
    # last: one wording without it says the point plainly (review 15: "But on Monday, the Air Force admitted
    # ..." beside the Washington Times' "The Air Force announced ...")
    # ..., and those of which one outlet adds in support of the sentence before ("Indeed, Nike's iconic swoosh
    # ...", `_ADDITIVE`) after the others: background, not the event (review 13: Nike's uniforms outranked
    # its stock's fall)
    ranked = sorted(points, key=lambda p: (all(_CONNECTIVE.match(shown(e.text) or "") for e in p.evidence),
                                           any(_ADDITIVE.match(shown(e.text) or "") for e in p.evidence)))
    # (summary, the wordings it may be said in, kind, the sentences that say it): a lead is said in
    # its own words only, its matches in other openings being looser than a point's wordings
    starts = {a.id: len(a.text) - len(a.text.lstrip()) for a in articles}
    candidates = [_plain_wording(p, "point", starts, shown) for p in ranked]
    in_points = {(e.article, e.start) for p in points for e in p.evidence}
    candidates += [(e.text, (e,), "echo", (e,)) for e in echoed if (e.article, e.start) not in in_points]

    def choose(candidates, leading: bool = False) -> tuple[list[tuple[float, int, frozenset, str]], set, set]:
        """The sentences said (position, rank, the sentences of the articles each says, text), those
        sentences together and the leads' sentences taken (article, start); `leading`: candidates open
        with leads, and no sentence takes the summary past `max_words`."""
        chosen: list[tuple[float, int, frozenset, str]] = []
        said: set[tuple[str, int]] = set()
        led: set[tuple[str, int]] = set()  # the sentences of the leads taken
        n_words = n_quotations = 0
        for rank, (summary, evidence, kind, covers) in enumerate(candidates):
            echo = kind == "echo"
            if echo and len(chosen) >= MIN_SENTENCES:
                break  # echoes only complete a summary that shared points cannot fill
            raw = shown(summary)
            if kind == "lead":
                if len(led) >= MAX_LEADS:
                    continue
                # said already, or a match of it in another opening is a lead taken: a repeat, unless
                # it gives a count that such a match gives too ("Senators voted 60-37 ..." after "...
                # won a key procedural vote in the Senate", beside "The 60-37 vote indicates ...")
                again = (evidence[0].article, evidence[0].start) in said or any(
                    (e.article, e.start) in led for e in covers)
                given = set().union(*(_figures(t) for *_, t in chosen))
                if again and not (_counts(raw) - given) & set().union(*(_counts(e.text) for e in covers[1:])):
                    continue
            elif any((e.article, e.start) in said for e in evidence):
                continue  # said already (a point that holds a lead's sentence)
            elif echo and any((e.article, e.start) in _lead_mates(leads, said) for e in evidence):
                # an echo that a lead matches with a sentence said (review 38: Reason's "López Obrador ...
                # defeated the country's two major parties ..." after USA Today's "... easily won Mexico's
                # presidential election Sunday ..."): the summary's sentence said again
                continue
            # the wordings the point may be said in: none that gives a contested figure, parsed or
            # not ("A message on the three ads said ..." while outlets give three and four ads)
            disputed_here = {f for g in groups for c in g if _takes_side(c, g)
                             and any(_overlaps(e, [(c.article, c.start, c.end)]) for e in evidence)
                             for f in _figures(c.text)}
            pool = [e for e in evidence if not _overlaps(e, contested) and not _figures(e.text) & disputed_here
                    and not _in_heading(texts.get(e.article, ""), e.start)
                    and not _source_told_after(texts.get(e.article, ""), e.end)]
            if not pool:
                continue
            if len(pool) < len(evidence) and raw not in {shown(e.text) for e in pool}:
                raw = shown(pool[0].text)  # not in the words of one side of a figure
            text = _without_connective(raw)
            told: dict[Evidence, str] = {}
            if _mostly_quote(text or "") or any(_inside(e, quoted) > 0.5 * max(e.end - e.start, 1) for e in evidence):
                if echo:
                    continue  # an echo of someone's words
                # someone's claim: only in words that say whose it is, the outlet's own, or once per
                # summary a document's words its name and verb open ("The report ... concludes that "...")
                told = _said_whose(pool, quoted, reported, one_outlet, documents if not n_quotations else ())
                if not told:
                    continue
                pool = list(told)
                text = raw = told[pool[0]]
            if _points_back(text or "", persons):
                # in the words of an outlet that names the subject, or not at all
                named = [shown(e.text) for e in pool]
                named = [t for t in named if t and not _points_back(_without_connective(t), persons)]
                if not named:
                    continue
                raw = named[0]
                text = _without_connective(raw)
            if text and text.endswith(_CUT_OFF) and not told:
                # a wording cut off ("... at an Academy Sports +", split inside a name): another wording of
                # the point may be whole
                text = next((t for t in (_without_connective(shown(e.text)) for e in pool)
                             if t and not t.endswith(_CUT_OFF) and not _points_back(t, persons)), text)
            if not text or (_mostly_quote(text) and text not in told.values()) or text.endswith(_CUT_OFF) \
                    or is_post(text) or _is_question(text) or _is_list(text):
                continue  # someone's claim, a cut-off sentence, an embedded post, a question, a list (`_is_list`)
            # a lead is what other outlets' openings state (`shared.lead_points`): listed as one outlet's own, it is so
            # by a figure or a name the other openings word otherwise (review 19: the Guardian's lead, "... an attack
            # which killed 50 people ...", beside CBN's headline "50+ Killed"), and it is said all the same
            own = [e for e in pool if _overlaps(e, one_outlet)] if kind != "lead" else []
            if own:
                if echo:
                    continue  # an echo that carries one outlet's own detail
                # a shared point whose chosen wording carries a detail only its outlet gives:
                # say it in the words of an outlet whose sentence holds nothing of its own
                if any(shown(e.text) == raw for e in own):
                    plain = [_without_connective(shown(e.text)) for e in pool if e not in own]
                    # nor one that points back (review 15: "Those tariffs take effect Friday ...", the steel
                    # tariffs of the sentence before, read as the China tariffs of the summary's first)
                    plain = [t for t in plain if t and not _mostly_quote(t) and not t.endswith(_CUT_OFF)
                             and not _points_back(t, persons)]
                    if not plain:
                        continue
                    text = plain[0]
            # Said in the words that suit a neutral summary best, among the point's wordings:
            # first no outlet of the story named ("..., said in a statement to NBC News"), then
            # no figure that another outlet's sentence of the point does not give ("killed at
            # least eight people" beside a sentence with no toll, while that outlet says nine) unless
            # another outlet of the story gives it as it stands, then the fewest of the story's loaded
            # words ("In an extraordinary bow to ..."), then a count other outlets give too ("The vote
            # was 7-2; ..." beside "Only Justice Ginsburg ... dissented."), then the closest to its own
            # words (review 12: a point's other wording may say something else, "weakened ... Sunday"
            # for "After coming ashore ...").
            worded = [(e, told.get(e) or _without_connective(shown(e.text))) for e in pool]
            # the wordings that opened with a connective of contrast ("But Mrs. Bachmann eventually came crashing back
            # down to earth and on Wednesday she announced ...", the Washington Times', review 27): written to follow
            # the sentence before, whose turn they tell, where another outlet states the point on its own ("And ..."
            # only goes on: review 27's "And the Royal Australian Air Force said Monday ..." stays as good)
            linked = {t for e, t in worded if t and not told.get(e) and _TURN.match(shown(e.text) or "")}
            figures = [_stated(t) for _, t in worded if t]
            shared_figures = set.intersection(*figures) if len(figures) > 1 else set()
            outlet_of_text = {t: outlet_of.get(e.article, e.article) for e, t in worded}

            central = _content(text)

            def cost(t: str) -> tuple[bool, bool, bool, int, bool, bool, bool, float]:
                # an outlet named; a judging or framing opening (`_judged`: review 34's "The forced resignation of
                # ... Nielsen is not just the usual story of ...", fewer loaded words than Reuters' report of it); a
                # figure of its own (one that another wording of the point leaves out, but a count another outlet
                # of the story gives as it stands); loaded words; a connective of contrast it opened with (`_TURN`);
                # no such count; an addition to a sentence before it (`_adds_to_before`)
                agreed = _stated(t) & given_by(outlet_of_text.get(t, outlet_of.get(evidence[0].article)))
                return bool(outlet_named(t)), _judged(t), \
                    len(figures) > 1 and bool(_stated(t) - shared_figures - agreed), \
                    _n_loaded(t, loaded), t in linked, not _counts(t) & agreed, _adds_to_before(t), \
                    -round(_jaccard(_content(t), central), 6)

            plain = [t for e, t in worded if t and not _mostly_quote(t)
                     and not t.endswith(_CUT_OFF) and not _points_back(t, persons) and not is_post(t)
                     and not _is_question(t)
                     and not _overlaps(e, one_outlet)]
            best = min(plain, key=cost, default=None)
            if best is not None and cost(best) < cost(text):
                text = best
            if _frames(text):
                continue  # only in words that frame the event as a kind of story: the writer's reading, not the news
            if kind == "lead" and outlet_named(text):
                # said in its own words only: a lead naming an outlet of the story is passed over, unless it names it
                # only in an aside on where the words were said (`_without_outlet_aside`)
                text = _without_outlet_aside(text, outlet_named)
                if outlet_named(text):
                    continue
            text = _without_comment(_without_loaded_aside(text, loaded))
            seen = _content(text)
            if any(_jaccard(seen, _content(t)) >= 0.6 for *_, t in chosen):
                continue
            if n_words + len(text.split()) > max_words and (leading or len(chosen) >= MIN_SENTENCES):
                if leading:
                    continue  # opened by a long lead, the summary takes what still fits
                break
            position = sum(e.start / lengths.get(e.article, 1) for e in evidence) / max(len(evidence), 1)
            if text[-1] not in ".!?\"”’'":
                text += "."
            chosen.append((position, rank, frozenset((e.article, e.start) for e in covers), text))
            n_quotations += _mostly_quote(text)
            if kind == "lead":
                led.add((evidence[0].article, evidence[0].start))
            # a lead says its own sentence; its matches in other openings are looser than a point's wordings
            # and may state another fact (review 14: the EPA rule's 30% cut, matched to its backers' reasons)
            said.update((e.article, e.start) for e in (covers[:1] if kind == "lead" else covers))
            n_words += len(text.split())
            if len(chosen) >= max_sentences:
                break
        return chosen, said, led

    # the opening sentences that the most outlets state: a summary that holds one opens with it, and
    # one that holds none, or nothing of the first of them (its sentence or its matches in other openings),
    # opens with them: review 14's jobs summary held a wire sentence of Fox's second paragraph ("unemployment
    # fell from 7.6 percent in June") and not the lead NPR and Fox share ("added 162,000 jobs in July")
    n_outlets = [len({outlet_of.get(a, a) for a in p.articles}) for p in leads]
    widest = [p for p, n in zip(leads, n_outlets) if n == max(n_outlets)]
    # ..., but where none of those holds an outlet's first sentence, the leads that the first sentences of two outlets
    # or more state, for most outlets, go first: what an outlet leads with is its first sentence, and a text opening
    # otherwise (review 21: the Times' video transcript on Bolsonaro, "If you know anything about Bolsonaro, ...")
    # matches later sentences of the openings loosely, making leads of them that outnumber the first sentences
    # stating the event ("... was declared the winner of the country's presidential election")
    n_story = len(set(outlet_of.values()))

    def firsts(p: SharedPoint) -> int:
        return len({outlet_of.get(e.article, e.article) for e in p.evidence if starts.get(e.article) == e.start})

    by_firsts = [k for k, p in enumerate(leads) if 2 * n_outlets[k] > n_story and firsts(p) >= 2]
    if by_firsts and not any(firsts(p) for p in widest):
        order = by_firsts + [k for k in range(len(leads)) if k not in by_firsts]
        leads, n_outlets = [leads[k] for k in order], [n_outlets[k] for k in order]
        top = max(n_outlets[:len(by_firsts)])
        widest = [p for p, n in zip(leads[:len(by_firsts)], n_outlets) if n == top]
    # ..., and a lead that tells the event only as the time of a reaction gives way to a twin stating it (`_twins`)
    widest = stated_twin(widest, leads, outlet_of, shown)
    opening = {(p.evidence[0].article, p.evidence[0].start) for p in widest}
    first = {(e.article, e.start) for e in widest[0].evidence} if widest else set()
    # ..., but a match that every lead as widely stated has too, and is none of theirs, tells none of them apart: a
    # text that opens mid-article (review 20: the Times' "Dr. Frieden said that everyone who had treated Mr. Duncan
    # was now considered to be potentially exposed ...") matches each lead loosely and says none
    if len(widest) > 1:
        everywhere = set.intersection(*({(e.article, e.start) for e in p.evidence} for p in widest))
        first -= everywhere - opening
    chosen, said, _ = choose(candidates)
    columns = _columns(articles, [*quoted, *reported], sentences)
    # the sentences the summary says in their own words: a point said in another outlet's words holds the lead's
    # sentence only as one of its wordings (review 20: a point pairing Newsmax's lead with the Times' "Dr. Frieden
    # said that everyone ... potentially exposed", said in the Times' words, never said who caught Ebola)
    spoken = {(e.article, e.start) for _, evidence, _, _ in candidates for e in evidence
              if _said_as(_without_connective(shown(e.text) or ""), [t for *_, t in chosen])}
    leading = False
    if widest and not (said & opening and spoken & first):
        # the plainest first, one opening with a judgement of the act after the others
        # ..., and a column's opening (`_columns`) after a report's
        # ..., and one that is mostly a named person's reported statement (`told_by_person`, else `reported`:
        # "Leaders at the nation's oldest civil rights organization have spoken with ... about pursuing federal civil
        # rights charges against George Zimmerman, NAACP president Ben Jealous said Sunday, ...", CNN's, review 26)
        # after one an outlet states in its own voice ("Angry civil rights groups on Sunday were pressing for new
        # criminal charges following George Zimmerman's acquittal ...", USA Today's): one person's account of the day,
        # not the event as reported; an agency's ("..., according to the Georgia Bureau of Investigation", review 16)
        # is the record of it
        by_person = told_by_person if told_by_person is not None else reported

        def plainness(p: SharedPoint) -> tuple[bool, bool, bool, int]:
            e = p.evidence[0]
            return e.article in columns, _judged(shown(p.summary) or ""), \
                _covered(e, by_person) > 0.5 * max(e.end - e.start, 1), _n_loaded(shown(p.summary), loaded)

        widest.sort(key=plainness)
        widest = _twin_first(widest, articles, outlet_of, starts, plainness)
        widest = headline_twin(widest, articles, outlet_of, starts, plainness)
        prefix = [_plain_wording(p, "lead", starts, shown) for p in widest]
        opened, said_led, led = choose(prefix + candidates, True)
        if not led:  # none of them can be said: the openings of other outlets that match them (`_other_openings`)
            prefix = [c for p in widest for c in (prefix[widest.index(p)], *_other_openings(p, starts))]
            opened, said_led, led = choose(prefix + candidates, True)
        if led:
            chosen, said, candidates, leading = opened, said_led, prefix + candidates, True
    # a summary that leaves out words most outlets' headlines share takes the point that says them
    # (review 15: three headlines of four say the Air Force failed to report the gunman's conviction;
    # the summary, built from the most shared points, never named the Air Force)
    headline = _headline_point(ranked, articles, outlet_of, " ".join(t for *_, t in chosen), said, shown)
    # ..., or where no shared point says them, the sentence of a report that says what those headlines say
    # (`_headline_sentence`; review 26: two headlines of three say Cuba released Alan Gross, no shared point does)
    told = (headline.summary, headline.evidence) if headline is not None else None
    if told is None and sentences is not None:
        e = _headline_sentence(articles, outlet_of, " ".join(t for *_, t in chosen), sentences, columns, said,
                               given_by)
        if e is None and not points and not leading:
            # no shared point and no lead: a summary of sentences every outlet echoes loosely says the event only
            # by luck, so any word most headlines share that it lacks calls for the report's sentence that says them
            e = _headline_sentence(articles, outlet_of, " ".join(t for *_, t in chosen), sentences, columns, said,
                                   given_by, every_word=True)
        if e is None:
            # ..., and a summary lacking a word every outlet's headline gives (`UNANIMOUS_OUTLETS`) takes the report's
            # sentence that says it
            e = _headline_sentence(articles, outlet_of, " ".join(t for *_, t in chosen), sentences, columns, said,
                                   given_by, unanimous=True)
        told = (e.text, (e,)) if e is not None else None
    if told is not None:
        taken, said_h, _ = choose([(told[0], told[1], "point", told[1])] + candidates, leading)
        if said_h & {(e.article, e.start) for e in told[1]}:
            chosen = taken
    chosen.sort(key=lambda c: c[:2])
    # a summary whose first sentence says no opening sentence of the story opens with the one that
    # says what the most outlets lead with (review 12's China summary opened with the markets' fall)
    if chosen and not chosen[0][2] & {(p.evidence[0].article, p.evidence[0].start) for p in leads}:
        chosen.sort(key=lambda c: (not c[2] & opening, c[:2]))
    # ..., and, in that order, a sentence that says again what the sentences before it say between them is left out
    # (`_restates`); read once the sentences are chosen, so that what the summary opens with is chosen as before
    # ..., and so is one telling the deed of one before it again (`_same_deed`)
    kept: list[str] = []
    for *_, t in chosen:
        if not _restates(t, kept) and not _same_deed(t, kept):
            kept.append(t)
    return " ".join(_introduced(kept, persons))


# A sentence whose main verb, in the past tense, is that of a sentence before it in the summary, with the same subject
# (its name) or the same object, tells that deed again (review 36: "In a private ceremony, Gov. Rick Snyder, a
# Republican, signed the bills covering ..." went on "Gov. Rick Snyder, a Republican, signed the legislation, which
# ..."; review 38: "A super typhoon made landfall in China's Guangdong on Sunday, ..." went on "The storm made landfall
# in the city of Haiyan around 5pm ..."; two subjects named otherwise are two doers: "Sen. Collins voted against the
# bill." and "Sen. Murkowski voted against the bill."), unless it says that the deed was another ("again", "another",
# "also", a second ...). The verb is the first word in -ed or of `_PAST` after the subject (an opening phrase before a
# comma aside); a sentence whose first verb is one of saying tells no deed (two things one person said are two
# statements). Not caught: the deed in other words ("defeated the two major parties" beside "won the election"), or a
# verb in the present tense.
_PAST = frozenset("made won took gave held hit struck sent led met left fell rose set put cut shot beat lost sought "
                  "brought began became broke ran drove threw sold bought paid built chose spent stood fought swept "
                  "overtook withdrew upheld overturned".split())
_SAYING = frozenset("said told added noted stated explained argued claimed asked called urged warned replied wrote "
                    "tweeted posted insisted reported announced suggested acknowledged confirmed denied described "
                    "responded answered declared indicated recalled remarked".split())
_OPENING_PHRASE = re.compile(r"^(?:in|on|at|after|before|during|late|early|earlier|later|with|by|over|under|amid|"
                             r"following|since|within|as)\b[^,;\"“”]{0,60},\s+", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:again|another|also|too|second|third|fourth|other|more|further|additional|later|"
                      r"re-?elected)\b", re.IGNORECASE)
_OBJECT_SKIP = frozenset("the a an its his her their this that these those some all".split())


def _deed(text: str) -> tuple[str, str, str] | None:
    """(the main verb, the subject's name: its last capitalised word before an aside's comma, the object's first
    word) of `text`, or None when no verb in the past tense follows its subject within 12 words."""
    plain = _OPENING_PHRASE.sub("", _QUOTED.sub(" ", text), count=1)
    raw = plain.split()
    tokens = [t.strip(".,;:!?()'’\"“”") for t in raw]
    for k, t in enumerate(tokens[:12]):
        if t in _SAYING:
            return None  # someone's statement: its deed is theirs to tell
        if k == 0 or not t.islower():
            continue
        if t in _PAST or (len(t) > 4 and t.endswith("ed")):
            head = next((j + 1 for j in range(k) if raw[j].endswith(",")), k)  # "Gov. Rick Snyder, a Republican,"
            names = [w for w in tokens[:head] if w[:1].isupper() and w.lower() not in STOP_WORDS]
            rest = [w.lower() for w in tokens[k + 1:k + 4] if w and w.lower() not in _OBJECT_SKIP]
            return t, names[-1] if names else "", rest[0] if rest else ""
    return None


def _same_deed(text: str, before: Sequence[str]) -> bool:
    """Whether `text` tells the deed of one of the sentences `before` again (see above)."""
    deed = _deed(text)
    if deed is None or _ANOTHER.search(_QUOTED.sub(" ", text)):
        return False
    verb, subject, obj = deed
    for t in before:
        other = _deed(t)
        if other is None or other[0] != verb:
            continue
        if subject and other[1]:
            if subject == other[1]:
                return True
        elif obj and obj == other[2]:  # the same object, its subject named in one sentence at most
            return True
    return False


# A sentence that gives again `REPEAT_COUNTS` counts or more that the summary's sentences before it give, or counts
# all of which they give, most of its other words (`REPEAT_SHARE`) among theirs, says again what they say between
# them, each of them too unlike it to count as its twin (review 36: "The unemployment rate dropped to 7.7 percent in
# November, the Bureau of Labor Statistics says. The economy added 146,000 jobs, beating expectations." went on "The
# U.S. economy added 146,000 jobs in November, and the unemployment rate fell to 7.7% from 7.9% in October, the Labor
# Department said."). A sentence with no count is left to the twin test (`_jaccard` of the two sentences' words).
REPEAT_COUNTS = 2
REPEAT_SHARE = 0.6
# a number that is part of a name ("G-7", "F-16", "COVID-19"): no count (review 23's "aid from the G-7" is no figure
# said again)
_NAMED_NUMBER = re.compile(r"\b[A-Za-z]+-\d+\b")


def _restates(text: str, before: Sequence[str]) -> bool:
    """Whether `text` restates the sentences `before` between them (`REPEAT_COUNTS`, `REPEAT_SHARE`)."""
    if not before:
        return False

    def counts(t: str) -> set[str]:
        return _counts(_NAMED_NUMBER.sub(" ", t))

    again = counts(text) & set().union(*(counts(t) for t in before))
    if len(again) < REPEAT_COUNTS and not (again and again == counts(text)):
        return False
    said = set().union(*(_content(t) for t in before))
    rest = {w for w in _content(text) if not any(ch.isdigit() for ch in w)}
    return bool(rest) and len(rest & said) >= REPEAT_SHARE * len(rest)


def _other_openings(p: SharedPoint, starts: dict[str, int]) -> list[tuple[str, list[Evidence], str, list[Evidence]]]:
    """A lead's matches that open their articles, each as a lead candidate in its own words (as `_plain_wording`), the
    lead's sentence among what it says: where the lead itself cannot be said (review 24: NPR's quotation of the
    court's opinion, "Congress passed the Affordable Care Act to improve health insurance markets, not to destroy
    them," the court's majority said ..., its second sentence, matched by Salon's and the Washington Times' first
    sentences), another outlet's opening states the event, not a later sentence of the shared points. Tried only where
    no lead as widely stated can be said (review 13's G7 summary, its first lead said, had taken a second lead's
    match in place of Trudeau's press conference)."""
    return [(e.text, [e], "lead", [e, *(x for x in p.evidence if x is not e)])
            for e in p.evidence[1:] if starts.get(e.article) == e.start]


# A column: an article whose writer gives an opinion in their own words (`_voice.opines`: "must", "should" in the main
# clause, "obviously", "arguably"; outside quotations and reported speech) in `MIN_OPINIONS` sentences or more and in a
# tenth of its sentences at least (review 26: Fox's column on Cuba, 8 of 39: "Congress must act because ...").
# Its opening is the writer's angle on the event ("Establishing ties with Cuba has been on President Obama's bucket
# list for some time."), no statement of it a wire editor would lead with: a lead of a report goes before it. In
# reviews 24-26 two articles are columns so read (Fox's two, both under "/opinion/"); a report quoting people's
# "must" (a live page's 6 of 136, a broadcast transcript's 3 of 104) stays a report.
MIN_OPINIONS = 3
OPINION_SHARE = 0.1
# ..., and so does one its outlet files as opinion: an opinion section in its address ("/opinion/", "/commentisfree/",
# "/editorials/", "/op-ed/", "/columnists/", "/commentary/") or a headline opening with an opinion label ("OPINION:",
# "Editorial:", "The Guardian view on ...", "Our view: ...") (review 38: the Guardian's editorial, "Climate change is
# an existential threat to the human race.", opened the summary of the UN report before TheBlaze's report of it; its
# "must" and "should" are too few for the count above). Not caught: a column filed under news with no label.
_OPINION_PATH = re.compile(r"/(?:opinions?|commentisfree|editorials?|op-?eds?|columnists?|columns|commentary)/",
                           re.IGNORECASE)
_OPINION_TITLE = re.compile(r"^(?:(?:opinion|editorial|commentary|column|op-?ed|our view|my view)\s*[:|—–-]"
                            r"|the\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s+view\s+on\b)", re.IGNORECASE)


def _filed_as_opinion(a: Article) -> bool:
    """Whether `a`'s address or headline files it as opinion (see above)."""
    return bool(_OPINION_PATH.search(a.url or "") or _OPINION_TITLE.match((a.title or "").strip()))
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[.!?][\"”])\s+|\n+")


def _columns(articles: Sequence[Article], spans: Sequence[tuple[str, int, int]],
             sentences: Mapping[str, Sequence[Sentence]] | None = None) -> frozenset[str]:
    """The ids of `articles` that read as columns (see above); `spans`: the quotations and reported statements
    (article id, start, end), which are not the writer's words; `sentences`: each article's sentences (by a crude
    split where not given)."""
    from ._voice import opines, own_words
    from .shared import _main_clause

    out = set()
    for a in articles:
        if _filed_as_opinion(a):
            out.add(a.id)
            continue
        mine = [(lo, hi) for i, lo, hi in spans if i == a.id]
        n = opinions = 0
        for at, piece in _sentences_of(a, sentences):
            n += 1
            own = own_words(piece, at, mine)
            opinions += opines(own, _main_clause(own))
        if opinions >= MIN_OPINIONS and opinions >= OPINION_SHARE * n:
            out.add(a.id)
    return frozenset(out)


def _sentences_of(a: Article, sentences: Mapping[str, Sequence[Sentence]] | None) -> list[tuple[int, str]]:
    """The sentences of `a` that are no heading, each with its start: the annotation's, or where `sentences` gives none
    of `a`, `a.text` split after a full stop, a question or an exclamation mark and at line breaks."""
    if sentences is not None and a.id in sentences:
        return [(s.start, a.text[s.start:s.end]) for s in sentences[a.id] if not s.heading]
    out, start = [], 0
    for piece in _SENTENCE_SPLIT.split(a.text):
        at = a.text.find(piece, start)
        if at < 0 or not piece.strip():
            continue
        start = at + len(piece)
        out.append((at, piece))
    return out


def _introduced(texts: Sequence[str], persons: Sequence[str]) -> list[str]:
    """The summary's sentences in order, one opening with a person's surname alone that no sentence before names more
    fully (`_bare_surname`) with the person's full name for it (`_full_name`), or left out where the story's people
    give none of that surname or several (unless it is the only sentence)."""
    out: list[str] = []
    for t in texts:
        if _bare_surname(t, persons, " ".join(out)):
            named = _full_name(t, persons)
            if named is None and len(texts) > 1:
                continue
            t = named or t
        out.append(t)
    return out


# What could happen, said in a sentence's own voice: "could", "might" or "may" before its verb (not "may have signed":
# a past granted, review 14's "Donald Trump may have signed an executive order ..., but ..."), not inside a quotation
# nor in a clause that hangs on a word before it ("a storm that could ...", "if it could ...", "..., saying he may
# have been wrong": someone's words, review 23's Hagel lead). A sentence that forecasts the event's consequences
# ("Hurricane Matthew ... could deliver a potentially devastating economic wallop ...", USA Today's opening, review
# 24) tells less than one that states what is happening ("Hurricane Matthew closed in on Florida Thursday evening
# ...", Fox's): a summary opens with the fact.
_POSSIBLE = re.compile(r"\b(?:could|might|may)(?:\s+\w+ly)?\s+(?:not\s+)?(?!have\b)[a-z]+")
_HANGS_ON = re.compile(r"\b(?:that|which|who|whom|whose|if|unless|whether|when|where|because|so|said|says|saying|told|"
                       r"telling|added|adding|warned|warning|argued|arguing)\b", re.IGNORECASE)
# ... nor in a clause joined to a statement before it ("... led to the infection of a healthcare worker ..., and other
# caregivers could potentially be exposed", review 20's lead): the sentence states its fact first.
_JOINED = re.compile(r"\s*(?:and|but|or|yet|while|whereas)\b", re.IGNORECASE)
_STATED_ELSEWHERE = re.compile(r"\b(?:would|could|might|may|will|should|can|if|unless)\b", re.IGNORECASE)


def _possible(text: str) -> bool:
    """Whether the sentence says what could happen in its main verb (`_POSSIBLE`), outside quotation marks."""
    own = _QUOTED.sub(" ", text)
    for m in _POSSIBLE.finditer(own):
        clause = re.split(r"[,;:()\u2014\u2013]|\s-\s", own[:m.start()])[-1]
        if not _HANGS_ON.search(clause) and not _JOINED.match(clause):
            return True
    return False


def _states(text: str) -> bool:
    """Whether the sentence states what is (or was): no modal and no condition outside quotation marks."""
    return _STATED_ELSEWHERE.search(_QUOTED.sub(" ", text)) is None


def _plain_wording(p: SharedPoint, kind: str, starts: dict[str, int], shown) -> tuple[str, list[Evidence], str,
                                                                                      list[Evidence]]:
    """A point (or a lead) as a summary candidate (text, wordings, kind, sentences): in its representative wording,
    unless that opens by judging the act ("In a move that only hastens ...") and another wording of it does not, an
    outlet's first sentence before the others (review 21: once the quote finder read Politico's "Trump announced
    Thursday that he will pull out ..." as Trump's reported words, its lead joined the point of Fox's column, whose
    judging wording opened the Paris summary); or unless it says what could happen (`_possible`) and another wording
    that is an outlet's first sentence states what happens (`_states`): said then only in the wordings that state
    (review 24)."""
    said = shown(p.summary) or ""
    if _possible(said):
        stating = sorted((e for e in p.evidence if _states(shown(e.text) or "")),
                         key=lambda e: starts.get(e.article) != e.start)
        if stating and starts.get(stating[0].article) == stating[0].start:
            rest = [*stating, *(e for e in p.evidence if e not in stating)]
            return stating[0].text, stating[:1] if kind == "lead" else stating, kind, rest
    if _judged(said):
        plain = sorted((e for e in p.evidence if not _judged(shown(e.text) or "")),
                       key=lambda e: starts.get(e.article) != e.start)
        if kind == "lead":
            plain = [e for e in plain if starts.get(e.article) == e.start]
        if plain:
            rest = [plain[0], *(e for e in p.evidence if e is not plain[0])]
            return plain[0].text, rest[:1] if kind == "lead" else rest, kind, rest
    return p.summary, p.evidence[:1] if kind == "lead" else p.evidence, kind, p.evidence


# how much more of its words the other outlets must use for a twin lead to go before the first (`_twin_first`): a
# fifth of them; twins this near tell the event much the same way (review 19: "Despite warnings by allies ...,
# President Trump signed proclamations Thursday imposing tariffs ..." 0.43 beside "After a week of hints and
# uncertainty, ...
# Trump said Thursday he would announce tariffs ..." 0.52; review 13's G7 leads 0.48 and 0.77)
TWIN_MARGIN = 0.2


def _twin_first(widest: list[SharedPoint], articles: Sequence[Article], outlet_of: dict[str, str],
                starts: dict[str, int], plainness) -> list[SharedPoint]:
    """`widest` (ordered), with the first lead replaced by its twin whose words the other outlets' articles use most
    (`_words_shared`), by `TWIN_MARGIN` more at least, when it has twins: leads as plain (`plainness`) that are another
    outlet's first sentence, the first lead being one too, each stating the other (one in the other's matches). Twins
    tell one event each in its outlet's way and differ by what one outlet adds (review 13: Reuters' "Trump threw the
    G7's efforts to show a united
    front into disarray ... by hitting the sensitive auto industry" opened the summary before CNN's "Trump on Saturday
    accused Trudeau of making "false statements" and said that the US will not endorse a G7 communique", the fact the
    other outlets give too)."""
    if not widest:
        return widest
    top = widest[0]

    def first(e: Evidence) -> bool:
        return starts.get(e.article) == e.start

    if not first(top.evidence[0]):
        return widest
    twins = [p for p in widest[1:] if first(p.evidence[0]) and plainness(p) == plainness(top)
             and are_twins(top, p, outlet_of)]
    if not twins:
        return widest
    best = max(twins, key=lambda p: _words_shared(p.evidence[0], articles, outlet_of))
    if _words_shared(best.evidence[0], articles, outlet_of) < _words_shared(top.evidence[0], articles, outlet_of) \
            + TWIN_MARGIN:
        return widest  # told much the same way: the first stays first
    return [best, *(p for p in widest if p is not best)]


def _words_shared(e: Evidence, articles: Sequence[Article], outlet_of: dict[str, str]) -> float:
    """How much of sentence `e`'s wording the story's other outlets use: over its content words (no stop
    word), the mean share of the other outlets whose articles use the word anywhere (0 with no other outlet)."""
    own = outlet_of.get(e.article, e.article)
    texts: dict[str, set[str]] = {}
    for a in articles:
        if outlet_of.get(a.id, a.id) != own:
            texts.setdefault(outlet_of.get(a.id, a.id), set()).update(words(a.title or "") + words(a.text))
    said = _content(e.text)
    if not texts or not said:
        return 0.0
    return round(sum(sum(w in t for t in texts.values()) for w in said) / (len(said) * len(texts)), 6)


# a headline word is one of more than half of the story's outlets' headlines (and of two at least); a
# summary lacking `MIN_HEADLINE_WORDS` of them that a point gives takes the point
MIN_HEADLINE_WORDS = 2


# a capitalised word inside a sentence of the articles' text: a name ("the Air Force admitted")
_NAME_WORD = re.compile(r"(?<=[a-z0-9,;]\s)[A-Z][A-Za-z'’-]+")


def _headline_words(articles: Sequence[Article], outlet_of: dict[str, str]) -> frozenset[str]:
    """The names' words (crude stems, `unique._content`) that the headlines of more than half of the
    story's outlets, and of two at least, give: words the articles write capitalised inside a sentence
    ("Air Force"), not a headline's verbs and nouns ("makes landfall", "strike"), which the summary
    says in its own words."""
    from .unique import _content as stems

    names = stems(" ".join(m.group(0) for a in articles for m in _NAME_WORD.finditer(a.text)))
    by_outlet: dict[str, set[str]] = {}
    for a in articles:
        if a.title:
            by_outlet.setdefault(outlet_of.get(a.id, a.id), set()).update(stems(a.title))
    n = len(set(outlet_of.values()))
    counts: dict[str, int] = {}
    for ws in by_outlet.values():
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, c in counts.items() if c >= 2 and c > n / 2 and w in names)


def _headline_point(ranked: Sequence[SharedPoint], articles: Sequence[Article], outlet_of: dict[str, str],
                    summary: str, said: set, shown) -> SharedPoint | None:
    """The best-ranked point not said whose wordings give the most headline words (`_headline_words`)
    that `summary` lacks, `MIN_HEADLINE_WORDS` at least; None when none does."""
    from .unique import _content as stems

    missing = _headline_words(articles, outlet_of) - stems(summary)
    if len(missing) < MIN_HEADLINE_WORDS:
        return None
    best, most = None, MIN_HEADLINE_WORDS - 1
    for p in ranked:
        if any((e.article, e.start) in said for e in p.evidence):
            continue
        n = max(len(missing & stems(shown(e.text))) for e in p.evidence)
        if n > most:
            best, most = p, n
    return best


# a sentence that says what the headlines say gives every word that most outlets' headlines share but one at most
HEADLINE_WORDS_LEFT = 1


def _headline_stems(articles: Sequence[Article], outlet_of: dict[str, str], every: bool = False) -> frozenset[str]:
    """The words (crude stems, `unique._content`) that the headlines of more than half of the story's outlets, and of
    two at least, give: names, verbs and nouns alike ("Cuba releases U.S. prisoner Alan Gross"); `every`: those that
    the headline of every one of `UNANIMOUS_OUTLETS` outlets or more gives (none with fewer outlets or a headline
    missing)."""
    from .unique import _content as stems

    by_outlet: dict[str, set[str]] = {}
    for a in articles:
        if a.title:
            by_outlet.setdefault(outlet_of.get(a.id, a.id), set()).update(stems(a.title))
    n = len(set(outlet_of.values()))
    counts = Counter(w for ws in by_outlet.values() for w in ws)
    if every:
        return frozenset(w for w, c in counts.items() if c == n) if n >= UNANIMOUS_OUTLETS else frozenset()
    return frozenset(w for w, c in counts.items() if c >= 2 and c > n / 2)


# A word that the headlines of all the story's outlets give, three outlets at least, is the news as every one of them
# put it: a summary lacking it takes the sentence of a report that says it (`_headline_sentence`'s `unanimous`;
# review 38: all three headlines of the truce say "cease-fire", the summary told the calm, the strikes and the dead)
UNANIMOUS_OUTLETS = 3


def _headline_sentence(articles: Sequence[Article], outlet_of: dict[str, str], summary: str,
                       sentences: Mapping[str, Sequence[Sentence]], columns: frozenset[str],
                       said: set, given_by=None, every_word: bool = False,
                       unanimous: bool = False) -> Evidence | None:
    """Where `summary` lacks `MIN_HEADLINE_WORDS` of the names most outlets' headlines share (`_headline_words`), the
    sentence of an article that is no column (`columns`) and not said (`said`) that gives all of them and every word
    those headlines share (`_headline_stems`) but `HEADLINE_WORDS_LEFT` at most, the most of those words, then the
    earliest in its article, giving no count that the other outlets do not give as it stands (`given_by`, a function
    of an outlet, as `_figures_given` makes; review 19: CBN's "At least 59 people were killed, and Las Vegas police
    report more than 527 people were injured ..." beside the Guardian's 50 killed, hours apart); None when none does.
    Headlines state their story's main fact, and a sentence saying what
    several of them say states what the outlets agree on though no other outlet's sentence matches it closely enough
    to make a shared point (review 26: USA Today's "The agreement includes Cuba's release of Alan Gross, ..."; CNN's
    says it only in its highlights, Fox's column in "Obviously, the release of ... Alan Gross should be welcome.").
    `every_word`: any one word those headlines share, verbs and nouns too, that `summary` lacks is missing (a
    summary made of loose echoes alone, with no shared point to stand on: review 31's Notre Dame story, whose
    headlines say it "burns" and "was burning", was summed up as "people will share their stories about Notre
    Dame")."""
    from .unique import _content as stems

    shared = _headline_stems(articles, outlet_of)
    if unanimous:
        missing = _headline_stems(articles, outlet_of, every=True) - stems(summary)
    else:
        missing = (shared if every_word else _headline_words(articles, outlet_of)) - stems(summary)
    if len(missing) < (1 if every_word or unanimous else MIN_HEADLINE_WORDS):
        return None
    best, key = None, None
    for a in articles:
        if a.id in columns:
            continue
        for s in sentences.get(a.id, ()):
            if s.heading or (a.id, s.start) in said:
                continue
            got = stems(a.text[s.start:s.end])
            n = len(shared & got)
            if not missing <= got or n < len(shared) - HEADLINE_WORDS_LEFT:
                continue
            if given_by is not None and _counts(a.text[s.start:s.end]) - given_by(outlet_of.get(a.id, a.id)):
                continue  # a count of its outlet's own
            k = (-n, s.start / max(len(a.text), 1))
            if key is None or k < key:
                best, key = Evidence(a.id, s.start, s.end, a.text[s.start:s.end]), k
    return best


def _said_as(wording: str, texts: Sequence[str]) -> bool:
    """Whether one of the summary's `texts` is `wording` (its first 60 characters: the summary may drop an aside
    at its end, or add a full stop)."""
    head = wording[:60]
    return bool(head) and any(t.startswith(head) for t in texts)


def _bound_of_all(c: DisputedClaim, group: Sequence[DisputedClaim]) -> bool:
    """Whether `c` is a bound ("at least 130", "more than 1,000") that every figure of
    `group` meets, so stating it takes no outlet's side."""
    return (c.low is None or c.high is None) and all(
        o.unit == c.unit and (c.low is None or o.value >= c.low) and (c.high is None or o.value <= c.high)
        for o in group)


# figures this near each other (relative) are one figure reported at two moments or rounded
# differently ("wounded 238" beside "at least 239"): the report lists the dispute, and the
# summary may still say the point, whose news is elsewhere (the 42 dead)
CLOSE_FIGURES = 0.01


def _close_to_all(c: DisputedClaim, group: Sequence[DisputedClaim]) -> bool:
    """Whether every figure of `group` is in `c`'s unit and within `CLOSE_FIGURES` of it."""
    return all(o.unit == c.unit and abs(o.value - c.value) <= CLOSE_FIGURES * max(abs(o.value), abs(c.value))
               for o in group)


def _estimate_of_all(c: DisputedClaim, group: Sequence[DisputedClaim]) -> bool:
    """Whether `c` is an estimate ("an estimated 1.4 million", "some 1.5 million": a figure with a range around it)
    and so is every figure of `group`, each in the others' ranges: one estimate, rounded differently by each outlet
    (review 22: Florida's vote restored voting rights to "an estimated 1.4 million" or "some 1.5 million" people, and
    the summary left the vote out)."""
    # the rule the figures' listing uses (`numbers.one_estimate`; with `c` twice: `c` is an estimate itself)
    return one_estimate(c, c) and all(one_estimate(c, o) for o in group)


def _takes_side(c: DisputedClaim, group: Sequence[DisputedClaim]) -> bool:
    """Whether stating figure `c` of a dispute or of differing figures takes an outlet's side."""
    return not _bound_of_all(c, group) and not _close_to_all(c, group) and not _estimate_of_all(c, group)


def _said_whose(evidence: Sequence[Evidence], quoted: Sequence[tuple[str, int, int]],
                reported: Sequence[tuple[str, int, int]], one_outlet: Sequence[tuple[str, int, int]],
                documents: Sequence[tuple[str, int, int]]) -> dict[Evidence, str]:
    """The wordings of a quoted claim that say whose it is, each with its text: sentences
    holding a quotation or a reported statement (`reported`) that are the outlet's own words
    for the most part, and sentences a speaker and a verb of saying open that quote a
    document (`documents`: a report's finding, a ruling, an indictment are the record)."""
    told = {}
    for e in evidence:
        t = _without_connective(display_sentence(e.text))
        if (not t or not _overlaps(e, reported) or t.endswith(_CUT_OFF) or _points_back(t)
                or is_post(t) or _overlaps(e, one_outlet)):
            continue
        if not _mostly_quote(t) and _inside(e, quoted) <= 0.5 * max(e.end - e.start, 1):
            told[e] = t
        elif _overlaps(e, documents) and (introduced := _introduced_quote(t)) is not None:
            told[e] = introduced
    return told


# The speaker and a verb of saying before a quotation: "The report ... concludes that "...".
_INTRODUCED = re.compile(
    r"\b(?:said|says|say|wrote|writes|write|concluded|concludes|conclude|found|finds|find|ruled|rules|rule|"
    r"stated|states|state|added|adds|declared|declares|announced|announces|told \w+(?: \w+)?)"
    r"(?: that)?\s*[,:]?\s*$")


def _introduced_quote(text: str) -> str | None:
    """`text`, a quotation its speaker and a verb of saying open ("The report released
    today ... concludes that "the FSB operation ... was probably approved by ... Putin."),
    with a quotation mark the sentence splitter left open closed; None for any other."""
    first = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
    head = text[:first]
    if first < 0 or len(head.split()) < 3 or _SPEECH.search(head) or not _INTRODUCED.search(head):
        return None
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text


# A dateline that names its outlet in brackets and no dash: "Washington (CNN) President ...",
# "(CNN) The ..." (`_text.strip_dateline` takes the "WASHINGTON (Reuters) -" kind); a place of
# up to four capitalised words, then the brackets, then a capital or a quotation mark.
_OUTLET_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,3}\s)?\((?P<outlet>[^()]{2,30})\)\s*"
                              r"(?:[—–-]{1,2}\s*)?(?=[A-Z\"“])")


def _without_outlet_dateline(text: str, outlet_named) -> str:
    """`text` without an opening dateline whose brackets name an outlet of the story: the
    outlet's mark on its own copy, which would make the sentence name an outlet (review 13's
    G7 summary passed over CNN's lead, the only one to say the US would not endorse the communique)."""
    m = _OUTLET_DATELINE.match(text)
    return text[m.end():] if m and outlet_named(m["outlet"]) else text


# An aside that says to which outlet words were said ("Rep. Anthony Weiner, in an interview with Fox News, said ...",
# review 29's lead): the outlet's credit for its interview, not the news; without it the lead names no outlet (session
# 44: the lead had been said through a shared point, which its pair with a sentence it denies no longer makes)
_OUTLET_ASIDE = re.compile(r",\s*(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:interview|statement|appearance|conversation|call)s?\s+(?:with|to|on)\s+[^,;]{1,60},")


def _without_outlet_aside(text: str, outlet_named) -> str:
    """`text` without an aside set off by commas that names an outlet of the story as where the words were said
    (`_OUTLET_ASIDE`); as it stands otherwise."""
    m = _OUTLET_ASIDE.search(text)
    return text[:m.start()] + text[m.end() - 1:].replace(",", "", 1) if m and outlet_named(m.group(0)) else text


def _outlet_names(articles: Sequence[Article]):
    """A test for text that names an outlet of the story ("NBC News" for "NBC News
    (Online)", "Guardian" for "The Guardian"), by its whole name, case kept."""
    from ..nlp.slant_outlets import family_name

    names = {re.sub(r"^The\s+", "", family_name(a.outlet)) for a in articles if a.outlet}
    names = sorted((n for n in names if len(n) >= 3), key=len, reverse=True)
    if not names:
        return lambda text: False
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
    return lambda text: pattern.search(text) is not None


_WORD_VALUES = {"zero": "0", **{w: str(v) for w, v in {**ONES, **TENS}.items()}}
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_WORD_VALUES) + r"|dozens?|hundreds?|thousands?|"
                     r"millions?|billions?|trillions?)\b", re.IGNORECASE)


def _figures(text: str) -> set[str]:
    """The figures a sentence gives, as numerals ("eight" and "8" alike, commas dropped);
    a year or a date is a figure too, as the words stand."""
    out = set()
    for m in _FIGURE.finditer(text):
        w = m.group(0).lower().replace(",", "")
        out.add(_WORD_VALUES.get(w, w.rstrip("s") if w[0].isalpha() else w))
    return out


# what names a thing or a time rather than counts: an ordinal ("Georgia's 6th District"), a year,
# a day of a month ("expired Dec. 28")
_NOT_COUNT = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                        r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")


# a number that names a thing rather than counts it: "a Category 1 hurricane", "H.R. 1", "Interstate 35"
_LABEL = re.compile(r"\b(?:Category|Article|Section|Title|Chapter|Amendment|Proposition|Prop\.|Resolution|Rule|"
                    r"Phase|Level|Stage|Flight|Route|Highway|Interstate|Terminal|Gate|Platform|No\.|H\.\s?R\.|HR|"
                    r"S\.)\s*\d+\b")


def _counts(text: str) -> set[str]:
    """The figures of `text` that count something (`_figures` without ordinals, years, days and labels)."""
    return _figures(_LABEL.sub(" ", _NOT_COUNT.sub(" ", text)))


def _stated(text: str) -> set[str]:
    """The figures a sentence states (`_figures` without labels: "Category 1")."""
    return _figures(_LABEL.sub(" ", text))


# a figure given as a bound or an estimate ("more than $250,000") is not the figure itself ("$250,000")
_HEDGED = re.compile(r"\b(?:(?:more|less|fewer|greater|higher|lower)\s+than|at\s+least|at\s+most|about|around|nearly|"
                     r"almost|roughly|approximately|some|over|under|up\s+to|as\s+many\s+as)\s+[$£€]?"
                     r"(?:\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)


def _figures_given(articles: Sequence[Article]):
    """A function of an outlet: the figures the story's other outlets give anywhere in their articles,
    as they stand (not as a bound or an estimate, `_HEDGED`)."""
    by_outlet: dict[str, set[str]] = {}
    for a in articles:
        plain = _HEDGED.sub(" ", a.text)
        by_outlet.setdefault(outlet_key(a), set()).update(_stated(plain))
    cache: dict[str, set[str]] = {}

    def others(outlet: str) -> set[str]:
        if outlet not in cache:
            cache[outlet] = set().union(*(f for o, f in by_outlet.items() if o != outlet))
        return cache[outlet]

    return others


# A trailing aside after a dash ("..., ruling that much of it can go into effect — and along the way
# delivering an implicit rebuke to the army of lower-court judges who blasted the president as
# anti-Muslim", review 11): one outlet's comment on the fact, said without when it holds loaded wording.
_ASIDE = re.compile(r"\s+(?:—|–|--)\s+(?P<aside>[^—–]+?)[.!]?$")
MIN_HEAD_WORDS = 8


def _without_loaded_aside(text: str, loaded: frozenset[str]) -> str:
    """`text` without a trailing aside after a dash that holds loaded wording (`_is_loaded`), when
    what comes before it is a sentence of `MIN_HEAD_WORDS` words or more."""
    m = _ASIDE.search(text)
    if m is None or re.search(r"—|–|--", text[:m.start()]):
        return text  # one dash of a pair: an aside inside the sentence, not at its end
    head = text[:m.start()].rstrip(" ,;:")
    if len(head.split()) < MIN_HEAD_WORDS or _mostly_quote(head) or not _is_loaded(m.group("aside"), loaded):
        return text
    return head + "."


# A trailing clause that comments on what the sentence states rather than adding to it: "..., which isn't
# hard to believe, since that was his job" (review 15, National Review's aside), "..., which is no surprise",
# "..., which makes sense": an outlet's judgement of the fact, no fact the outlets agree on. "which" then a
# verb of being or seeming and, within a few words, a word of judging how expected or believable it is.
_COMMENT = re.compile(
    r",\s+which\s+(?:is|was|isn['’]t|wasn['’]t|seems|seemed|should|would|may|might|comes|came|makes|made)\b"
    r"(?:\s+\S+){0,3}?\s+(?:hard|easy|difficult|surprising|surprise|unsurprising|ironic|odd|strange|telling|fitting|"
    r"sense|wonder|obvious|absurd|laughable|ridiculous|remarkable)\b[^”\"]*$", re.IGNORECASE)


def _without_comment(text: str) -> str:
    """`text` without a trailing clause that comments on it (`_COMMENT`), outside quotation marks, when
    what comes before it is a sentence of `MIN_HEAD_WORDS` words or more."""
    m = _COMMENT.search(text)
    if m is None:
        return text
    head = text[:m.start()].rstrip(" ,;:")
    if len(head.split()) < MIN_HEAD_WORDS or _mostly_quote(head) or (head.count('"') % 2) \
            or head.count("“") != head.count("”"):
        return text  # inside a quotation: someone's words, which the summary does not edit
    return head + "."


def _is_loaded(text: str, loaded: frozenset[str]) -> bool:
    """Whether `text` uses loaded wording outside quotation marks: a word of `loaded`, or one the
    loaded-wording lexicon rates as loaded (`slant_loaded.rated_loaded`) written in lower case."""
    from ..nlp.slant_loaded import rated_loaded

    plain = _QUOTED.sub(" ", text)
    return _n_loaded(plain, loaded) > 0 or any(
        rated_loaded(m.group(0)) is not None for m in re.finditer(r"(?<![\w'’-])[a-z][a-z'’-]+", plain))


def _n_loaded(text: str, loaded: frozenset[str]) -> int:
    """How many of the story's loaded words `text` uses outside quotation marks."""
    return sum(w in loaded for w in words(_QUOTED.sub(" ", text))) if loaded else 0


def _overlaps(e: Evidence, spans: Sequence[tuple[str, int, int]]) -> bool:
    """Whether `e` overlaps one of `spans` (article id, start, end) in its own article."""
    return any(e.article == a and e.start < end and start < e.end for a, start, end in spans)


def _covered(e: Evidence, spans: Sequence[tuple[str, int, int]]) -> int:
    """How many characters of `e` lie inside `spans` of its article, which may overlap (a quotation inside a report)."""
    covered, reach = 0, e.start
    for start, end in sorted((max(s, e.start), min(t, e.end)) for a, s, t in spans if a == e.article):
        if start < end and end > reach:
            covered += end - max(start, reach)
            reach = end
    return covered


def _inside(e: Evidence, quoted: Sequence[tuple[str, int, int]]) -> int:
    """How many characters of `e` lie inside the article's quotations (which do not overlap)."""
    return sum(max(0, min(e.end, end) - max(e.start, start)) for a, start, end in quoted if a == e.article)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
