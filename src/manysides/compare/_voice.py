"""Whose voice a sentence speaks in, where its words alone read like another outlet's report (`shared.told_apart`).

News keeps its report apart from what is not one: the writer's own opinion, a guest's turn in a broadcast transcript, a
poll's finding, and a source line in parentheses under a quotation. The embedding reads each as a paraphrase of the
report on the same subject (review 25's "Britain's leaders must guarantee that they will implement the will of the
British people" beside "May said the new government will work to fulfill the will of U.K. voters"; review 24's "And of
course the King v Burwell case was absolutely a frivolous lawsuit." beside "Today's case was King v. Burwell.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Quote

# What the writer says ought to be: an obligation modal, read in the sentence's own words (outside any quotation and
# reported speech) and in its main clause, with no word before it that reports or embeds it ("ruled that Apple must
# help", "saying the investigation should continue", "to determine when a school district should be allowed").
_OUGHT = re.compile(r"\b(?:must|should|ought\s+to)\b", re.IGNORECASE)
_EMBEDDED = re.compile(r"\b(?:that|whether|when|how|why|if|which|who|whom|what|where|sa(?:y|ys|id|ying)|tell(?:s|ing)?|"
                       r"told|statement|argu(?:e|es|ed|ing)|wr(?:ite|ites|ote|iting)|believ(?:e|es|ed|ing)|"
                       r"insist(?:s|ed|ing)?)\b", re.IGNORECASE)
# Any necessity, the writer's or reported: a sentence holding one may tell the same requirement in other words. So may
# one that hedges or supposes ("Federal law lists 11 criteria that would bar someone from buying a gun, including two
# that would seem to apply to Mr. Kelley" beside "Both felony charges and domestic-violence charges should legally
# prohibit someone from buying a gun", review 15): a plain report holds neither. "May" with a capital is a name.
_NEED = re.compile(r"\b(?:must|should|ought\s+to|needs?\s+to|ha(?:s|ve|d)\s+to)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may)\b")
# A stance adverb by which the writer vouches for a judgement ("And of course the ... case was absolutely a frivolous
# lawsuit", "It is almost surely the case that ..."), read outside quotation marks: a speaker's "obviously" is quoted.
_VOUCH = re.compile(r"\b(?:of\s+course|absolutely|frankly|obviously|undoubtedly|surely|undeniably|arguably|clearly)\b",
                    re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def own_words(text: str, start: int, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence (`text`, at `start` in its article) with what it quotes or reports blanked: the quote finder's
    quotations and reported speech (`spans`, article offsets) and any words in quotation marks."""
    chars = list(text)
    for lo, hi in spans:
        for k in range(max(lo, start), min(hi, start + len(text))):
            chars[k - start] = " "
    return _QUOTED.sub(" ", "".join(chars))


def opines(own: str, main: str) -> bool:
    """Whether the writer gives an opinion in the sentence's own words (`own`, see `own_words`; `main`, its main
    clause): what ought to be (`_OUGHT` in the main clause, no reporting or embedding word before it) or a judgement
    vouched for by a stance adverb (`_VOUCH`)."""
    m = _OUGHT.search(main)
    return bool(m and not _EMBEDDED.search(main, 0, m.start())) or _VOUCH.search(own) is not None


def neutral(text: str, own: str) -> bool:
    """Whether the sentence holds no necessity and no hedge (`_NEED`, `_HEDGE`, anywhere) and no stance adverb of the
    writer's: a plain report, not an opinion in other words."""
    return _NEED.search(text) is None and _HEDGE.search(text) is None and _VOUCH.search(own) is None


# A poll's finding: a poll that found, shows, indicates or suggests something, or "in the poll". What the public
# answers is not what was done: CNN's "Two national polls ... both indicate widespread support for raising the minimum
# wage to $10.10 an hour" stood in one point with the executive order raising it to $10.10 (review 24). A survey is
# left out: a statistical office's ("the survey shows" of a jobs report) or economists' forecasts ("Economists had
# expected 215,000 new jobs, a survey showed") give the figures the report is about.
_POLL_FINDS = re.compile(r"\bpolls?\b[^.;:]{0,80}?\b(?:found|finds?|show(?:s|ed|n)?|indicat(?:e|es|ed)|"
                         r"suggest(?:s|ed)?)\b|\bin\s+the\s+poll\b", re.IGNORECASE)
_POLL = re.compile(r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed)\b", re.IGNORECASE)


def poll_finding(text: str) -> bool:
    return _POLL_FINDS.search(text) is not None


def mentions_poll(text: str) -> bool:
    return _POLL.search(text) is not None


# A parenthesis that is the whole sentence and does not end as a sentence does (no full stop, question or exclamation
# mark before its closing parenthesis) is a phrase set apart: the source line under a quotation ("(Cardinal Timothy
# Dolan of New York, president of the U.S. Conference of Catholic Bishops)", review 25), a credit. It states nothing,
# and its name made it a point with "Longshots include Cardinal Timothy Dolan of New York." An aside that is a sentence
# ("(Alabama law ... finds that ... is guilty of second-degree sex abuse.)") states a fact and stays a candidate.
_ASIDE = re.compile(r"^\W*\([^()]*[^.!?\s\"”’'(]\s*\)\W*$")


def is_aside(text: str) -> bool:
    return _ASIDE.match(text.strip()) is not None


# A broadcast transcript gives each turn as a paragraph opening on its speaker's name in capitals ("SEN. LINDSEY
# GRAHAM: The skinny bill, as policy, is a disaster."); the quote finder gives a guest's turn, sentence by sentence, as
# the guest's direct quotes with no quotation mark and no cue (`nlp.turns`, which also tells the show's own host and
# reporters, whose turns stay the outlet's narration). Such a sentence holds that speaker's words, like a quotation.
_LABEL_ONLY = re.compile(r"\s*(?:[^\W\da-z][^a-z]*:\s*)?")


def turn_quote(text: str, start: int, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence (`text`, at `start` in its article) is a turn of a transcript's guest: a direct quote with
    no cue, given to a person, runs from its opening (after at most the turn's label) to its end (`quotes`, those
    overlapping the sentence)."""
    end = start + len(text.rstrip())
    return any(q.direct and q.cue is None and q.speaker_kind == "person" and q.end >= end - 1
               and q.start >= start and _LABEL_ONLY.fullmatch(text[:q.start - start]) is not None for q in quotes)
