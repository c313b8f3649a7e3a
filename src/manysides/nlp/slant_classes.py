"""A rated adjective's word class read off its neighbours, for loaded wording without a parse.

The subjectivity lexicon of slant_loaded.py rates adjectives; many of its words are verb forms or nouns as
often ("confirmed", "becoming", "favored", "elect", "base"). With the annotate stage's parse the words' classes
tell (`tags`); without it (the scorer called on a text alone, as `manysides score` and benchmarks/slant_eval.py's
text-alone lines do) every use counted, and the reporting verb of a said-clause ("an aide confirmed that ...")
or a verb's form ("his dream of becoming a judge", "the committee will elect a chairman") was listed as the
outlet's loaded wording (session 36, BASIL's unmarked spans). English word order says which class a word is:

- a verb: an -ed form after "have" ("have confirmed") or a subject pronoun ("who rose", "he favored"), or
  before "that", "by", a said-clause's subject or a determiner's phrase, or ending a clause after a noun ("a White
  House aide confirmed."), unless a linking verb makes it a predicate adjective ("was troubled that ...", "they're
  absolutely confused," stay adjectives); an -ing form with an object or a particle ("his dream of becoming a
  judge", "challenging her", "churning out statements"), or after a preposition at a clause's end ("for
  cutting."), unless a determiner or a degree word makes it an attribute ("a stunning level", "Trump's adoring
  fans"); another form after a modal or a subject pronoun ("will elect a chairman", "would no longer fly", "who
  rose through"); a passive, an -ed form after "be" with its agent, a time or a figure after it ("are largely filled
  by members", "will be exhausted in 2036", "was confirmed 98-0"; session 37). An attribute after a preposition
  ("relief from crushing sanctions") stays an adjective;
- a noun (`noun_use`, with or without the parse, as the parse may call it an adjective too): after a
  determiner and at most one modifier with no noun after it, only a preposition, a conjunction or a
  clause's end ("his base, including", "the other extreme,", "the base of the bridge"), not after a degree
  word ("the most powerful in Congress") nor a superlative. A word the lexicon also rates as a noun
  ("an idiot") keeps counting.
"""

from __future__ import annotations

import re

_BE = r"is|are|was|were|be|been|being|am|seem|seems|seemed|feel|feels|felt|became|become|becomes|remain|remains|" \
      r"remained|appear|appears|appeared|looked|looks|got|get|gets|grew"
_ADVERBS = (r"(?:(?:\w+ly|not|also|already|just|all\s+but|since|now|never|still|no\s+longer|even|always|often|so|"
            r"very|too|more|less|quite|rather)\s+)*")
_HAVE_BEFORE = re.compile(r"(?:\b(?:have|has|had|having)|['’]ve)\s+" + _ADVERBS + r"$", re.IGNORECASE)
# a subject pronoun; "it", "that" and "which" only before an -ed form ("got it wrong", "that evil", "which way")
_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|they|we|who)\s+" + _ADVERBS + r"$", re.IGNORECASE)
_SUBJECT_BEFORE_ED = re.compile(r"\b(?:he|she|they|we|who|it|which|that)\s+" + _ADVERBS + r"$", re.IGNORECASE)
_LINKED = re.compile(r"(?:\b(?:" + _BE + r")|['’](?:re|s|m))\s+" + _ADVERBS + r"(?:[\w-]+\s+and\s+)?$",
                     re.IGNORECASE)
# a passive: an -ed form after a form of "be" with its agent or a time or a figure after it ("are largely filled by
# members", "will be exhausted in 2036", "was confirmed this month", "was confirmed 98-0"; session 37, session 36's
# left): the verb, as the parse tags it (VBN); "was troubled that", "they're absolutely confused," stay adjectives
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:re|s|m))\s+" + _ADVERBS + r"$",
                        re.IGNORECASE)
_MONTHS_AND_DAYS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_PASSIVE_AFTER = re.compile(r"[ \t]+(?:by\b|\d|(?:in|on|until|before|after|by|through)[ \t]+"
                            r"(?:\d|(?:" + _MONTHS_AND_DAYS + r")\b)|(?:this|last|next|earlier|later)[ \t]+"
                            r"(?:week|month|year|spring|summer|fall|autumn|winter|" + _MONTHS_AND_DAYS + r")\b)")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|can|could|shall|should|may|might|must)\s+" + _ADVERBS + r"$",
                           re.IGNORECASE)
_DETERMINER = r"the|a|an|this|that|these|those|his|her|their|its|our|my|your|two|three|four|five|several"
# what a verb's object or its said-clause opens with ("confirmed that", "confirmed to reporters that", "confirmed
# its authenticity", "confirmed he knew")
_WHEN = (r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later)"
         r"\s+)?")
_OBJECT_AFTER = re.compile(r"[ \t]+" + _WHEN + r"(?:that\b|by\b|to\s+(?:[\w.'’-]+\s+){1,3}that\b|(?:" +
                           _DETERMINER +
                           r"|he|she|they|we|it|him|them|me|us)\b)", re.IGNORECASE)
# a clause's end right after an -ed form that follows a word ("a White House aide confirmed.")
_END_AFTER = re.compile(r"[.;,]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|by|from|for|about|without|after|before|against|in|at|on|to)\s+"
                                 r"(?:not\s+)?$", re.IGNORECASE)
# an -ing form's object or particle: a determiner, a pronoun, a name, a particle or a preposition
_ING_OBJECT = re.compile(r"[ \t]+(?:(?:" + _DETERMINER + r"|him|them|me|us|it|out|up|down|off|in|into|on|with)\b|"
                         r"[A-Z])")
_ATTRIBUTE_BEFORE = re.compile(r"(?:\b(?:" + _DETERMINER + r"|most|more|less|least|very|so|too|quite|rather|"
                               r"an?)|['’]s?)\s+$", re.IGNORECASE)
# ("this" and "that" are left out: before an adjective they grade it, "doesn't seem that outrageous to me"; so is a
# contraction, no possessive: "It's easy to see")
_NOUN_BEFORE = re.compile(r"\b(?:(?i:the|a|an|his|her|their|its|our|my|your)|"
                          r"(?!(?:It|That|He|She|There|Here|What|Who|Where|Let|This)['’]s\b)[A-Z][\w.]*['’]s?)"
                          r"(?:\s+(?:other|[a-z]+(?:al|ic|ive|ous|ary|an|ern)))?\s+$")
_DEGREE = re.compile(r"\b(?:most|more|less|least|very|so|too|quite|rather|as)\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.;:!?)]|,\s*(?:[^\w\s]|(?:including|which|who|whose|where|when|as|and|but|"
                            r"the|a|an|according)\b)|(?:of|on|in|at|by|for|including|to|from|with|among)\b)")


def verb_use(text: str, s: int, e: int) -> bool:
    """The rated adjective `text[s:e]` is used as a verb, by the words around it (see the module's docstring)."""
    word = text[s:e].lower()
    before = max(0, s - 40)
    if word.endswith("ed"):
        if _HAVE_BEFORE.search(text, before, s) or _SUBJECT_BEFORE_ED.search(text, before, s):
            return True
        if _BE_BEFORE.search(text, before, s) and _PASSIVE_AFTER.match(text, e):
            return True  # "will be exhausted in 2036", "are filled by": a passive
        if _LINKED.search(text, before, s):
            return False
        if _OBJECT_AFTER.match(text, e):
            return True
        return (_END_AFTER.match(text, e) is not None and re.search(r"[a-z]\s+$", text[before:s]) is not None
                and not _ATTRIBUTE_BEFORE.search(text, before, s))  # "a White House aide confirmed."
    if word.endswith("ing"):
        if _ATTRIBUTE_BEFORE.search(text, before, s):
            return False
        # with an object or a particle ("challenging her"); after a preposition, a gerund with no noun after it
        # ("of engaging in", "for cutting."; "relief from crushing international sanctions" stays an attribute)
        return _ING_OBJECT.match(text, e) is not None or (_PREPOSITION_BEFORE.search(text, before, s) is not None
                                                         and _END_AFTER.match(text, e) is not None)
    return _MODAL_BEFORE.search(text, before, s) is not None or _SUBJECT_BEFORE.search(text, before, s) is not None


def noun_use(text: str, s: int, e: int) -> bool:
    """The rated adjective `text[s:e]` heads a noun phrase: after a determiner (and a modifier), with no
    noun after it ("his base, including", "the base of the bridge"); not graded ("the most powerful in")."""
    word = text[s:e].lower()
    if word.endswith("est") or word == "worst" or _DEGREE.search(text, max(0, s - 12), s):
        return False
    return _NO_NOUN_AFTER.match(text, e) is not None and _NOUN_BEFORE.search(text, max(0, s - 60), s) is not None


__all__ = ["noun_use", "verb_use"]
