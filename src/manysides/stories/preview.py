"""Whether an article looks ahead to an event rather than reporting one done.

News announces what is coming in the future or in a modal ("The Senate will vote
Wednesday", "the governor is expected to sign", "recall vote looms", "Senate to vote on
...") and reports what happened in the past or, in headlines, the present ("Congress
passed", "Governor survives recall"). A preview and the report of its outcome share every
name, so word and embedding similarity read them as one event; on different days they are
two (the vote planned, then the vote held). Grouping reads the cue from the headline and
the lead's first sentence, in its main clause only: quoted words, what a speaker says or
expects, a clause after "that", after a lead's past tense or after a headline's "but" or
"as" are left out (docs/grouping.md, "A preview and its outcome").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vectors import _DATELINE, _SENT_END

# Words of a quotation: "...", “...”, and ‘...’ or '...' opened after no letter (not an apostrophe).
_QUOTED = re.compile(r"\"[^\"]{0,300}\"|“[^”]{0,300}”|(?<!\w)[‘'][^’']{0,300}[’'](?!\w)")

# A sentence ends at ".", "!" or "?" before a capital, not after an initial or a short
# abbreviation ("Gov.", "Sen.", "U.S.", "Charles E.").
_ABBREV = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Z]\.)+[A-Z]?"
                     r"|\b(?:[Jj]an|[Ff]eb|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec|No|vs|St|Mt|Ft))\.$")

# The future or a modal ahead of a verb, and the phrases that announce what is to come
# (read in lower case). A modal that opens a relative clause ("a bill that may pass") says
# what the bill is, and "plan to" after "its", "the" is a noun: neither counts.
# "may be" and "might have" say what is possibly so, not what is to come.
_AHEAD = re.compile(
    r"\b(?:(will|won['’]t|shall|(?:may|might)(?!\s+(?:not\s+|well\s+|also\s+)?(?:be|have)\b))"
    r"\s+(?:not\s+|soon\s+|likely\s+|also\s+|now\s+|then\s+)?[a-z]{2,}"
    r"|(?:is|are)\s+(?:set|expected|poised|scheduled|slated|due|likely|about|preparing|planning|"
    r"gearing\s+up|bracing)\s+(?:to|for)"
    r"|(plans?|planning|prepares?|preparing)\s+to\s+[a-z]{2,}"
    r"|looms?|looming|heads?\s+into|on\s+track\s+to|as\s+(?:soon|early)\s+as"
    r"|gears?\s+up|braces?\s+for|nears|upcoming|next\s+week|tomorrow)\b")
_NOT_BEFORE = {1: frozenset("that which who".split()), 2: frozenset("its the a his her their our".split())}
# Headlines drop the copula: "Senate set to vote", "Governor expected to sign", and put the
# future as "Subject to verb" ("Senate to vote on ...", sentence case only: in title case
# "Trip To Rally" is a purpose clause as often as a future).
_HEAD_AHEAD = re.compile(
    r"\b(?:set|poised|expected|primed|slated|scheduled)\s+to\s+[a-z]{2,}\b")
_HEAD_TO = re.compile(r"^(?:[A-Z][\w.'’&-]*\s+){1,4}to\s+[a-z]{2,}\b")
# A lead whose main clause comes first in the past ("The storm closed in on the coast as the
# governor urged people to brace for ...") reports what happened; what follows is its setting.
# Lower-case "-ed" words ("United" is a name) and the common irregular pasts; "need",
# "hundred" and the like end in "ed" without being verbs.
_PAST = re.compile(
    r"\b(?!(?:need|speed|indeed|proceed|exceed|succeed|feed|seed|bleed|breed|embed|shed|hundred|sacred|naked|"
    r"wicked|kindred|bed|red|wed)\b)[a-z]{2,}ed\b"
    r"|\b(?:went|took|made|won|lost|met|began|fell|rose|left|came|gave|sent|struck|held|kept|brought|became|broke|"
    r"chose|drew|drove|fought|found|flew|fled|froze|grew|knew|led|paid|ran|sat|saw|sold|spoke|stood|swore|"
    r"taught|threw|wrote|wore|withdrew|was|were|had|did)\b")
# A headline's clause after "but", "as" or a semicolon sets the news of the first against an
# outlook ("Senate Defeats Repeal, But More Attacks Loom", "Flooding forces evacuations, as
# city braces for more rain").
_SECOND_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:but|as)\s+|;\s+", re.IGNORECASE)
# What a speaker says or believes will happen is reported speech or a stance: the event is
# the saying. In a lead the verb must come first (the cue after it is its content); a
# headline's attribution may stand at its end ("Harvey will drive 30,000 to shelters, FEMA
# says"), so there it counts wherever it stands.
_SAYS = re.compile(r"\b(?:says?|said|tells?|told|warns?|warned|announced?|announces|thinks?|believes?|"
                   r"predicts?|predicted|claims?|claimed|argues?|argued|according\s+to|confident|"
                   r"hopes?|hoped|fears?|feared|expects|doubts?|insists?|insisted)\b")
# In a lead a cue after "that" is in a clause of its own ("it is now apparent that he will
# withdraw", "the bill that the Senate will take up"); in a headline "that" is as often a
# determiner ("won't unlock that iPhone").
_THAT = re.compile(r"\bthat\b")


def _first_cue(low: str) -> int | None:
    """Where the first cue of `_AHEAD` starts in lower-case text, if any counts."""
    for m in _AHEAD.finditer(low):
        kind = 1 if m.group(1) else 2 if m.group(2) else 0
        before = low[max(0, m.start() - 8):m.start()].split()
        if kind and before and before[-1] in _NOT_BEFORE[kind]:
            continue
        return m.start()
    return None


# A cue for what happens on the article's own day ("plan to walk out at 10 a.m. today", "will
# speak tonight", "Today the Senate will vote"): the article covers its day's event as it
# begins, not one on a later day. "Today" inside a name ("USA Today") has a capital mid-sentence, and
# "today's levels" names a thing of the day, not when the event comes.
_SAME_DAY = re.compile(r"(?:(?:^|(?<=[.!?:;—-] ))(?:Today|Tonight|This\s+(?:morning|afternoon|evening))"
                       r"|\b(?:today|tonight|this\s+(?:morning|afternoon|evening)))\b(?!['’]s\b)")


def _cue(text: str, headline: bool) -> int | None:
    """Where in `text` (a headline, or a lead's first sentence, quoted words blanked) the cue of
    what is to come starts, if the text asserts what is to come: in a lead, a cue before any
    reporting verb, past tense or "that"; in a headline, a cue in its first clause and no reporting
    verb. A question ("What will the damage be?") asks about what may come; it does not announce it."""
    text = text.strip()
    if text.endswith("?"):
        return None
    if headline:  # "Senate Defeats Repeal, But More Attacks Loom": the first clause is the news
        text = _SECOND_CLAUSE.split(text, maxsplit=1)[0]
    low = text.lower()
    found = [_first_cue(low)]
    if headline:
        found += [m.start() for m in (_HEAD_AHEAD.search(low), _HEAD_TO.search(text)) if m]
    found = [k for k in found if k is not None]
    if not found:
        return None
    first = min(found)
    if headline:
        return first if _SAYS.search(low) is None else None
    before = [m.start() for m in (_SAYS.search(low), _PAST.search(text), _THAT.search(low)) if m]
    return first if not before or first < min(before) else None


# After a cue, "today" is the day of what is anticipated while it stays in the cue's clause. A
# relative or subordinating word or a subject pronoun opens another clause ("the technology we have
# today", "the president said that for most parents working today"), where "today" is as often
# "nowadays"; a later time after the cue is when the cue's event comes ("will get insurance next year
# for half the price available in the state today").
_OWN_CLAUSE_ENDS = re.compile(r"\b(?:that|which|who|whom|whose|what|whatever|where|when|while|because|unless|than|"
                              r"until|we|you|they|he|she|i)\b")
_LATER = re.compile(r"\b(?:tomorrow|next\s+(?:week|month|year|season|spring|summer|fall|autumn|winter|decade)|"
                    r"later\s+this\s+(?:week|month|year)|in\s+the\s+(?:future|coming)|years?\s+from\s+now)\b")
# "said today", "ruled today": a statement or an act of the article's own day, which is reported.
_SAID_OR_DONE = re.compile(r"\b(?:said|says|told|[a-z]{2,}ed)\s+$")


def _ahead(text: str, headline: bool) -> bool:
    """Whether `text` (a headline, or a lead's first sentence) asserts what is to come (`_cue`)."""
    return _cue(unquoted(text), headline) is not None


_LEAD_CHARS = 600  # a first sentence is shorter; cutting first keeps the cost per article flat


def first_sentence(text: str | None) -> str:
    """The lead's first sentence, a leading dateline ("WASHINGTON —") dropped."""
    body = " ".join(_DATELINE.sub("", (text or "")[:_LEAD_CHARS].strip(), count=1).split())
    out = ""
    for part in _SENT_END.split(body):
        out = f"{out} {part}" if out else part
        if not _ABBREV.search(out[-12:]):
            break
    return out


def unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def looks_ahead(title: str | None, text: str | None) -> bool:
    """Whether the headline or the lead's first sentence anticipates an event."""
    return _looks_ahead(title or "", (text or "")[:_LEAD_CHARS])


def same_day(text: str, headline: bool = False) -> bool:
    """Whether `text` (outside quotation marks; a headline or a lead's first sentence) places what
    it anticipates on its own day: "today", "tonight" or "this morning" before its cue ("Tonight the
    board will vote", "will today preside"), in the cue's own clause after it ("plan to walk out at
    10 a.m. today"), or right after a verb of saying or a past tense ("she said today": a statement of
    the day). "Today" in a clause of its own after the cue means "nowadays": after a relative or
    subordinating word or a subject pronoun ("the technology we have today", "said that for parents
    working today"), or after a later time the cue names ("will pay half next year of the price
    available today")."""
    text = unquoted(text).strip()
    cue = _cue(text, headline)
    for m in _SAME_DAY.finditer(text):
        if cue is None or m.start() <= cue:
            return True
        between = text[cue:m.start()].lower()
        if _SAID_OR_DONE.search(between) or not (_OWN_CLAUSE_ENDS.search(between) or _LATER.search(between)):
            return True
    return False


@lru_cache(maxsize=20_000)
def _looks_ahead(title: str, lead: str) -> bool:
    # cached: incremental runs meet the same neighbours batch after batch
    ahead = [(text, headline) for text, headline in ((title, True), (first_sentence(lead), False))
             if _ahead(text, headline)]
    # a preview of its own day ("students plan to walk out at 10 a.m. today") is the day's coverage of
    # the event: the next day's reports tell the same event, and a preview of the day before another
    return bool(ahead) and not any(same_day(text, headline) for text, headline in ahead)
