"""What a summary sentence takes from a sentence before it in its article (review 25, session 38).

* A demonstrative standing for a thing told before: joined to more of its kind ("The commissioner gave this and other
  details that ...", "these and other measures"), before a word the writer puts in quotation marks as the term a
  sentence before introduced ("... explained that this "backdoor" means ..."), or "this" before a word inside the
  sentence with no name before it, which it may stand for ("Basically, whoever has this backdoor could ..."; "...
  in Amatrice, famous for the sauce that brings food lovers to this medieval hilltop town" names it), a time ("this
  week") aside. Out of its article, none says what "this" is.
* Someone named by a tie to a place or an event ("The resident saw blood on a boat ...", "the Watertown resident"),
  as "the man" is (`summary._BARE_PERSON`, which takes "the men" too): a person a sentence before introduced.
* But "the man" is the person the sentence itself opens with when its subject is a word for a person and "the man"
  stands in a clause after a comma going on about it ("The second suspect ... was taken into custody ..., bringing to
  an end a manhunt ... worried by warnings the man was possibly armed"): news writing names someone by role, then
  calls them "the man" within the sentence. Not so after a verb of saying, seeing or acting on someone between the
  two ("The officer said the man ...", "A witness saw the man ..."): that is someone else, told of before.
"""

from __future__ import annotations

import re

_OF_ITS_KIND = re.compile(r"\b(?:this|these|those)\s+and\s+(?:other|more|similar|related)\b", re.IGNORECASE)
_BEFORE_TERM = re.compile(r"\b(?:this|these|those)\s+[\"“][\w' -]{1,40}[\"”]", re.IGNORECASE)


# "this" before a word inside the sentence, outside quotation marks, but not of a time ("this week", "this past
# weekend") nor with a clause after it saying which ("this rule, which ...")
_TIME = r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|day)s?"
_THIS = re.compile(rf"(?<=\S)\s+this\s+(?!(?:past|coming|last|next)\b)(?!{_TIME}\b)[a-z][\w-]*(?![\w-])"
                   r"(?!,?\s+(?:who|whom|whose|which|that|of|where|when)\b)")


def demonstrative_back(text: str, plain: str) -> bool:
    """Whether `text` holds a demonstrative joined to more of its kind, or one before a quoted term, or `plain` (its
    quotations blanked) "this" before a word inside it that is no time, with no name before it."""
    if _OF_ITS_KIND.search(text) or _BEFORE_TERM.search(text):
        return True
    # ... "this" only with no name before it in the sentence, which it may stand for ("... the Hotel Roma in Amatrice,
    # famous for the sauce that brings food lovers to this medieval hilltop town ...", review 13), as a pronoun does
    return any(not re.search(r"(?<=\s)[A-Z]", plain[:m.start()]) for m in _THIS.finditer(plain))


# someone named by a tie to a place or an event, with no clause after it saying who
ROLE_PERSON = re.compile(r"\b[Tt]he (?:[A-Z][\w-]*\s+)*(?:resident|witness|neighbou?r|homeowner|bystander|passerby|"
                         r"caller)(?:['’]s)?\b"
                         r"(?!\s*(?:who|whom|whose|that|named|called|identified|known|of|in|at|from|on)\b)")


_BARE = {"man", "woman", "girl", "boy", "men", "women", "girls", "boys"}
_OPENING = re.compile(r"^(?:The|A|An|One)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)")
# (not in the passive, which acts on the subject itself: "The missing hiker was found ...")
_BETWEEN = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )\b(?:said|says|say|told|tells|saw|"
                      r"sees|seen|heard|described|identified|believed|thought|found|shot|killed|stopped|chased|"
                      r"arrested|approached|followed|met|helped|asked|called|named|"
                      r"reported|recalled|noticed|spotted|confronted|attacked|hit|struck|questioned|interviewed)\b",
                      re.IGNORECASE)


def own_person(text: str, start: int, person_noun: re.Pattern) -> bool:
    """Whether the bare person at `start` of `text` is the person the sentence opens with: its first noun phrase ends
    in a word for a person (`person_noun`, not "man", "woman" itself), the bare person stands in a clause after a
    comma (one going on about the subject) and no verb of saying, seeing or acting on someone (`_BETWEEN`) stands
    between."""
    m = _OPENING.match(text)
    if m is None:
        return False
    at = m.start("words")
    for w in m.group("words").split():
        at = text.index(w, at) + len(w)
        if w.lower() in _BARE or not w.islower():
            return False
        if person_noun.fullmatch(w):
            return at <= start and "," in text[at:start] and _BETWEEN.search(text, at, start) is None
    return False
