"""Indirect (reported) speech and who reported it, from one article's spaCy parse.

Three patterns, each read off the dependency parse:

1. a speech verb with a clause for complement: "Smith said (that) the plan would fail",
   "Smith told reporters the plan would fail", and the inverted order "The plan would
   fail, Smith said." (the parser makes the clause a `ccomp` of the verb, or the verb a
   `parataxis`/`ccomp` of the clause);
2. "according to X, <clause>" and "<clause>, according to X";
3. the speaker is found as for direct quotes (`quotes._subject`, `quotes._speaker`):
   entity names canonicalised, he/she resolved to the nearest person subject, groups,
   organisations and writings typed the same way.

Precision first: a report is kept only when its content has at least `MIN_WORDS` words,
no quotation mark (but around a fragment of up to three words, picked out of the speaker's words)
and no overlap with a direct quote; when its speaker is resolved (never
"I"/"we", the author's voice); when the verb is not negated, not under a modal or an
infinitive ("would say", "declined to say") and not a question ("asked whether").
A report nested inside another one's content is left to the outer one. A denial's report
keeps its verb ("denied Tehran was involved ..."): the clause alone would read as the speaker's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Entity, Quote
from .headings import is_heading_text
from .quotes import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    PERSON_NOUNS,
    _MARKS,
    _Context,
    _plain_speaker,
    _speaker,
    named_person,
    people_noun,
    _set_off_tag_speaker,
    _subject,
    _unstopped,
    find_quote_spans,
    set_off_phrase_start,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["extract_indirect", "INDIRECT_CUES", "MIN_WORDS"]

# Verbs whose clause complement is what the subject said, wrote or holds.
INDIRECT_CUES = frozenset(
    """
    say tell add argue claim warn insist note explain acknowledge admit contend maintain
    predict suggest deny allege assert announce report state write tweet testify confirm
    reveal believe think agree concede promise vow pledge assure complain boast emphasize
    stress point caution declare reply respond observe conclude remark recall disclose
    affirm concur recommend propose estimate forecast hint signal speculate indicate
    show find
    """.split()
)
# Left out, measured on PolNeAR train: feel and mean (mostly not reports: "that means
# ..."), and attitudes without a statement (hope, fear, expect, know, understand, worry).
# Verbs of a parenthetical speech tag ("..., Summers said, ..."): the sentence is the
# tag's speaker's report.
_SPEECH_TAGS = frozenset("say tell add argue claim insist note explain write contend maintain".split())
# Verbs whose clause is what the speaker rejects: the report is the denial with its verb
# ("denied Tehran was involved"), never the denied clause alone, which reads as his claim.
_DENIALS = frozenset({"deny"})
MIN_WORDS = 4  # shorter reported clauses are fragments ("he said so", "it was")
_FRAGMENT_WORDS = 3  # a quotation of up to this many words inside a report is a phrase picked out (slant_loaded's)
_QUESTION_WORDS = {"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"}
# A common noun that reports is a person only when it names one ("a spokesman said");
# "the deal says", "his appointment suggests" are no one's voice, and are left out. Places
# and institutions speak through their officials ("the city said"): bodies. What data,
# records and inquiries "show" or "find" is typed as a document. The lists are the direct
# quotes' (nlp/quotes.py), so both paths type a speaker alike.
_PERSON_NOUNS = PERSON_NOUNS
_BODY_NOUNS = BODY_NOUNS
_EVIDENCE_NOUNS = EVIDENCE_NOUNS
# A camera's pictures show a scene ("footage shows residents trying to rescue people", "aerial
# photos showed the town flattened"): what the reporter sees in them, no one's statement (but
# "video shows that ..." states what it proves, as a record does)
_PICTURES = frozenset("photo photograph image picture footage video clip still snapshot".split())
_SEEING_VERBS = frozenset("show reveal indicate suggest confirm find".split())
# What a decision or an outcome "suggests" or "signals" is the writer's inference, not what it says (review 18);
# results that show figures are a source, not an inference ("partial results showed Modi winning", review 14)
_OUTCOMES = frozenset("ruling decision verdict vote outcome move victory defeat win loss".split())
_SIGNS = frozenset("signal imply hint".split())
# Knowledge in general: "Research shows", "Studies suggest", "Evidence indicates", "History shows" with no
# study or researcher named (no article, owner, modifier or "by ..."): the writer's claim, no source's report
_GENERIC_KNOWLEDGE = frozenset("research study evidence science history experience".split())
_QUANTITY_NOUNS = {"percent", "half", "third", "quarter", "majority", "minority", "plurality", "proportion",
                   "share", "number", "%", "two-thirds", "three-quarters", "fifth"}


# last tokens the parse calls punctuation that a clause keeps: a question's mark, a closing bracket, and a percent
# sign, a figure's unit ("... of just over 3%, according to the university" ends on "3%", not "3"; session 47)
_KEPT_LAST = frozenset({"?", ")", "]", "%"})


def _clause_range(toks: list["Token"]) -> tuple[int, int] | None:
    """Character range of a run of tokens, without a leading "that" and edge punctuation."""
    if not toks:
        return None
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    if toks and toks[0].lower_ == "that" and toks[0].dep_ == "mark":
        toks = toks[1:]
        while toks and toks[0].text == ",":
            toks = toks[1:]  # "said that, in light of ..., he would ...": an aside's comma (session 46, helper G)
    while toks and ((toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in _KEPT_LAST
                    or toks[-1].dep_ == "cc" and toks[-1].pos_ == "CCONJ"
                    or toks[-1].dep_ == "advmod" and toks[-1].head.dep_ == "cc" and toks[-1].head.i == toks[-1].i - 1):
        toks = toks[:-1]  # (a conjunction last: "warning that ... lead to higher inflation and | suggesting that ...";
        # with its adverb: "believe human activities cause climate change, but also | shows ...")
    if not toks:
        return None
    # never from inside a hyphened word the parse split ("said the e-mails belied ...", "e" and "-" made the
    # cue's objects): the word whole (session 41, review 29)
    doc, k = toks[0].doc, toks[0].i
    while (k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
           and doc[k - 2].is_alpha):
        k -= 2
    if k != toks[0].i and k >= 1 and doc[k - 1].dep_ == "det" and doc[k - 1].head.i == k:
        k -= 1  # with its article: "the e-mails"
    return doc[k].idx, toks[-1].idx + len(toks[-1].text)


# words that make a gerund cue they govern a statement not made: "stopped short of saying",
# "avoided saying", "refrained from saying", "without saying" (but "refused the offer,
# saying ..." and "stopped them, saying ..." report what was said: an adverbial clause)
_WITHHELD = frozenset({"short", "avoid", "refrain", "without"})


# Verbs and adjectives of supposing: a report inside what someone supposes is that person's
# guess about the speaker, not the speaker's statement
_SUPPOSING = frozenset("suspect believe think expect assume presume guess fear hope convinced sure".split())
# A participle of these after a deed is the writer's inference from it ("Roberts did not join ...,
# suggesting perhaps that ...")
_INFERRING = frozenset("suggest indicate imply show".split())


def _supposed(cue: "Token") -> bool:
    """Whether a cue stands in a clause another subject supposes ("Some analysts suspect that ...
    Putin believed Assad deserved ...", "advocates were convinced that Kennedy would ...")."""
    t = cue
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SUPPOSING and t.head.i < t.i:
            holder = t.head if t.head.pos_ != "ADJ" else t.head.head
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children)
        if t.dep_ not in ("ccomp", "xcomp", "pcomp", "prep", "conj", "advcl", "pobj"):
            return False
        t = t.head
    return False


_HEDGES = frozenset("perhaps possibly maybe probably likely".split())


def _inferred(cue: "Token") -> bool:
    """Whether a cue is a participle that draws an inference from a deed its sentence tells or
    denies, hedged or after a deed not done, not a statement of the deed's doer ("Roberts did not
    join Scalia’s, suggesting perhaps that the chief was unwilling ..."); a doer's own suggestion
    stays theirs ("He has tried to use the tariffs as leverage, suggesting Canada might be
    exempted")."""
    head = cue.head
    if (cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj") and cue.lemma_.lower() == "signal"
            and head.i < cue.i and head.pos_ in ("VERB", "AUX") and cue.doc[cue.i - 1].text == ","):
        # "Hale told lawmakers not to plan for the holiday, signaling that there may be no deal": what the deed
        # signals is the writer's reading of it, whoever did it; no statement (session 47). Set off by a comma:
        # "by cutting prices and signaling it will pump more" is the doer's own signal (review 16)
        return True
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.lemma_.lower() not in _INFERRING or head.i > cue.i:
        return False
    return (any(c.lower_ in _HEDGES for c in cue.children)
            or any(c.dep_ == "neg" for c in head.children))


def _hedged(cue: "Token") -> bool:
    """A cue that reports no actual statement: negated, under a modal, an infinitive, or a
    gerund under a word that withholds it ("stopped short of saying")."""
    for c in cue.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children):
            return True  # "no longer says that a gun was put to his head": what he said before, and says no more
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in cue.head.head.children):
        return True  # "would join the justices in concluding that ...": what someone would conclude
    if cue.tag_ == "VBG" and cue.dep_ in ("pcomp", "xcomp"):
        head = cue.head
        for _ in range(3):
            # "stopped short of saying": the parse may hang "short" beside "of", not above it
            if head.lemma_.lower() in _WITHHELD or any(c.lower_ == "short" for c in head.children):
                return True
            if head is head.head:
                break
            head = head.head
    return False


# "new financial documents he filed": the phrase ran into a relative clause's subject
_TRAILING_PRONOUN = re.compile(r"\s+(?:he|she|they|it|we|i|you)$", re.IGNORECASE)


def _has_subject(verb: "Token") -> bool:
    """A finite clause has a subject; a misparsed phrase ("in a statement released ...",
    "developed the system") does not."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _quantity(tok: "Token") -> bool:
    """ "Nearly half said", "26 percent of Democrats say": poll figures, not voices (a name's
    number is no figure: "according to Fox 11 Los Angeles", "Channel 7")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON", "FAC"):
        return False
    if tok.like_num or tok.lemma_.lower() in _QUANTITY_NOUNS:
        return True
    return any(c.dep_ == "nummod" or (c.dep_ in ("quantmod", "amod") and c.like_num) for c in tok.children)


def _count_added(cue: "Token", comp: "Token") -> bool:
    """Whether "add" takes a bare count the parse made the subject of the clause after it ("temp agencies added
    18,000 and health care also gained 18,000"): the count is what was added, nothing was said. Kept: a report
    with its "that" ("added that 18,000 had fled"), a count with its noun ("added 300 people were hurt"), and one
    whose adder is a person ("He added 18,000 had fled")."""
    if cue.lemma_.lower() != "add" or any(c.dep_ == "mark" for c in comp.children):
        return False
    adder = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if adder is None or adder.pos_ == "PRON" or adder.ent_type_ == "PERSON" or people_noun(adder.lemma_):
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < comp.i), None)
    return (subj is not None and subj.i == cue.i + 1 and subj.like_num
            and not any(c.dep_ in ("prep", "compound", "amod") for c in subj.children))


def _small_clause(cue: "Token", comp: "Token") -> bool:
    """ "police found Conditt leaving a hotel": a gerund with a subject and no auxiliary is what
    someone saw or found happen, not a statement they reported; what a writing or a record
    shows happen is its content ("the records show Scott leaving his car"), and so is what a
    named body finds ("Gallup finds states shifting toward the GOP": a poll's finding); so
    with an object and its infinitive ("the officers ..., finding him to be over the legal limit" is
    what they judged; "The poll found Le Pen's supporters to be far more convinced", a finding). A
    noun with a subject and no verb ("Trump declared the coronavirus a national emergency") a
    state declared, never a statement."""
    auxiliary = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in comp.children)
    infinitive = not auxiliary and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
    if not auxiliary and not infinitive and comp.pos_ not in ("VERB", "AUX") and not any(
            t.pos_ in ("VERB", "AUX") for t in comp.subtree):
        return True  # (a verb the tagger took for a noun has an auxiliary or a verb below: "will self-quarantine")
    if (comp.tag_ != "VBG" and not infinitive) or auxiliary:
        return False
    return not any(c.dep_ == "nsubj" and (c.lemma_.lower() in (_EVIDENCE_NOUNS | DOCUMENT_NOUNS)
                                          or (c.pos_ == "PROPN" and c.ent_type_ == "ORG"))
                   for c in cue.children)


def _up_to_tag(cue: "Token", toks: list["Token"]) -> list["Token"]:
    """A clause before its inverted tag ("<clause>, officials said.") with the words the parse
    hung on the tag instead ("..., ultimately, surveillance video that revealed ...,
    officials said"): the tag reports everything before it in its sentence."""
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    if not subj:
        return toks  # where the tag's subject begins is not known
    gap = list(cue.doc[toks[-1].i + 1 : min(c.left_edge.i for c in subj)])
    if not gap or gap[0].sent.start != cue.sent.start:
        return toks
    if not all(cue in t.ancestors for t in gap) or any(_MARKS.search(t.text) or t.text in (";", ":") for t in gap):
        return toks  # words of another clause, a quotation or a clause break ("; indeed, he said") stand between
    return toks + gap


# Nouns of the act that reports ("in a ruling that sets up ..."), and participles of what it
# brought about ("..., setting up likely appeals"): the narration's, hung on the reported clause
_REPORT_NOUNS = frozenset("ruling decision opinion statement interview letter speech filing order memo post".split())
_CONSEQUENCES = frozenset("set pave clear prompt spark trigger fuel deal spur stoke provoke ignite".split())
_SUBORDINATORS = frozenset("while although though whereas".split())
# A participle whose object is the report itself ("..., delivering the news in a Rose Garden
# speech", "..., making the announcement at a rally"): how the speaker made it, the narrator's
_ACT_NOUNS = _REPORT_NOUNS | frozenset("news announcement remark word verdict".split())
# Participles of what a report brought about that a dash sets after it ("... — ending a career that ...")
_DASH_CONSEQUENCES = _CONSEQUENCES | frozenset("end cap close conclude mark make bring leave".split())
_DASHES = frozenset("— – -- ―".split())


# Participles that measure what was said against something else ("warning that its cities will be attacked, dwarfing
# the hacking attack"): the narrator's comparison, not the speaker's words (session 43, review 31)
_DWARFING = frozenset("dwarf eclipse overshadow surpass outstrip outdo exceed".split())


# Participles of going back on one's word or repeating it ("reneging on a pledge", "reversing his stance"): what
# the narrator says of a statement, done by its speaker
_WORD_TURNS = frozenset("renege reverse contradict abandon retract backtrack repeat echo flip break".split())


def _narration_off(cue: "Token", toks: list["Token"]) -> list["Token"]:
    """A reported clause after its cue without the narration the parse ran into it: a
    subordinate report's clause stops where the main clause begins ("While critics contend the
    rules will mean higher costs, Obama and members of his administration argued ..."); a
    last phrase after a comma about the report itself ("..., in a ruling that sets up a major
    hurdle", "..., setting up likely appeals") is the narrator's."""
    if (cue.dep_ == "advcl" and cue.head.i > toks[-1].i
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in cue.children)):
        commas = [t.i for t in toks if t.text == "," and t.i > cue.i]
        if commas:
            toks = [t for t in toks if t.i < commas[-1]]
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if toks[k - 1].text not in (",", *_DASHES) or t.i - 1 != toks[k - 1].i:
            continue
        if toks[k - 1].text in _DASHES:  # "... not seek re-election — ending an astonishing career": what the
            # announcement brought about, the narrator's (past a dash only a participle of ending or causing)
            if t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() in _DASH_CONSEQUENCES and (
                    max(x.i for x in t.subtree) >= toks[-1].i - 1):
                return toks[: k - 1]
            continue
        if t.dep_ == "det" and t.head.i > t.i and _summing_up(t.head) and max(x.i for x in t.head.subtree) >= (
                toks[-1].i - (1 if toks[-1].is_punct else 0)):
            return toks[: k - 1]
        last = max(x.i for x in t.subtree)
        if last != toks[-1].i and not (last + 1 == toks[-1].i and toks[-1].is_punct):
            continue
        about = (t.lower_ == "in" and t.dep_ == "prep"
                 and any(o.lemma_.lower() in _REPORT_NOUNS for o in t.children if o.dep_ == "pobj"))
        # "declared that there would be no Palestinian state on his watch, reneging on a 2009 pledge": a clause
        # whose subject is the "there" of being has no one to go back on a word; the speaker does, in the
        # narration ("there would be more rain, bringing the total to ten inches" stays the report's)
        nobody = t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and t.lemma_.lower() in _WORD_TURNS and any(
            c.dep_ == "expl" and c.lower_ == "there" for c in t.head.children) and t.head.lemma_.lower() == "be"
        led = t.tag_ == "VBG" and t.dep_ == "advcl" and (t.lemma_.lower() in _CONSEQUENCES | _DWARFING or (
            # "..., opening the way for Turkey to launch an offensive": the door a decision opened, as "paving the
            # way" (session 46, review 34)
            t.lemma_.lower() == "open" and any(o.dep_ == "dobj" and o.lemma_.lower() in ("way", "door", "path")
                                               for o in t.children)))
        act = t.tag_ == "VBG" and t.dep_ == "advcl" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _ACT_NOUNS and any(d.lower_ == "the" for d in o.children)
            for o in t.children)
        # "says the U.S. will cut its emissions, announcing a new approach to climate change": the act of making
        # it public, done by the speaker, told by the narrator (no one announces in their own words)
        announced = t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() in _MAKING_PUBLIC and any(
            o.dep_ == "dobj" for o in t.children)
        # "said Smollett plotted the attack with the brothers, describing one of the men as a close friend": the
        # speaker's own description, one more act of the saying (review 35)
        described = t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() == "describe" and any(
            o.dep_ == "dobj" for o in t.children) and any(p.dep_ == "prep" and p.lower_ == "as" for p in t.children)
        if about or led or act or nobody or announced or described:
            return toks[: k - 1]
    return toks


# Participles of making something public ("..., announcing a new approach"): the speaker's act, the narrator's word
_MAKING_PUBLIC = frozenset("announce unveil proclaim".split())


# Nouns that sum up a statement as a stance taken ("..., a stance that was reiterated by ...")
_STANCES = frozenset("stance position view claim assertion contention sentiment assessment argument message "
                     "assurance warning pledge promise vow".split())


def _summing_up(t: "Token") -> bool:
    """ "He stressed that the IOC has ruled out canceling the games, a stance that was reiterated by Japanese
    officials": a last noun phrase after a comma, "a" or "an" and a noun of a stance or claim with a relative clause,
    names the statement itself; no speaker calls their own words "a stance", so it is the narrator's. Not caught: the
    same with "the" ("..., the view of most experts"), which may be the speaker's own appraisal."""
    return (t.dep_ in ("appos", "dobj", "npadvmod", "attr", "conj") and t.lemma_.lower() in _STANCES
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            and any(c.dep_ == "relcl" for c in t.children))


def _tense(verb: "Token") -> str | None:
    """A finite verb's tense as its form shows it: "perfect" or "past perfect" with "have", else "past" or
    "present" by the first auxiliary or the verb itself; None for a modal or a form that shows none."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.tag_ == "MD" for a in auxes):
        return None
    have = next((a for a in auxes if a.lemma_.lower() == "have"), None)
    if have is not None:
        return "past perfect" if have.tag_ == "VBD" else "perfect"
    tag = auxes[0].tag_ if auxes else verb.tag_
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(tag)


def _own_clause(tok: "Token", verb: "Token") -> bool:
    """Whether `tok` is `verb` or a word of its own clause, with no other verb between them ("is just
    hype": "hype" is of "is"; in "the rules, which the court has put on hold", "put" has a clause of its own)."""
    while tok.i != verb.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


# Conjunctions that join a second event or a second party's stance to a clause
_ALONGSIDE = frozenset("while whereas as".split())
# Conjunctions of what led to a saying, after a comma (", after she dared the state to ..."); `_narrators_while_off`
_OCCASIONS = frozenset({"after"})


# Verbs of a speech tag an "as" clause ends a report on (", as Ana Ruiz ... told the Herald", "as one aide put it")
_AS_TAGS = frozenset("say tell put write note explain describe".split())


def _marked(verb: "Token", marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _after_comma(verb: "Token") -> bool:
    lo = min(t.i for t in verb.subtree)
    return lo > 0 and verb.doc[lo - 1].text == ","


def _narrators_while_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report without the narrator's clause the parse ran into its end: "Long said the storm is just
    hype as his neighbors packed up", "Clinton has said that cost her the race, while Comey has defended
    his actions". A closing "as"/"while" clause whose verb keeps the tense of the reporting verb, not the
    report's own, tells what happened when it was said (the report's words keep their own tense); in
    "Smith said prices fell as demand slowed" both tenses agree, and the clause stays his. So does a
    closing ", after" clause: "The mayor said he is ready to close the beach, after surfers dared the
    city to stop them" tells what led to the saying ("said prices fell after demand slowed" stays his).
    A closing "as" clause of a speech tag ("... a “death trap,” as Ana Ruiz, who led the strike, told the
    Herald") names whose words the report holds, whatever its tense: it is never part of them."""
    sub = next((t for t in comp.subtree if t.dep_ == "advcl" and t.i > comp.i and _own_clause(t.head, comp) and (
        _marked(t, _ALONGSIDE) or (_marked(t, _OCCASIONS) and _after_comma(t)))), None)
    if sub is None or max(t.i for t in sub.subtree) < toks[-1].i - 1 or not _has_subject(sub):
        return toks
    told, said, happened = _tense(cue), _tense(comp), _tense(sub)
    tag = _marked(sub, frozenset({"as"})) and sub.lemma_.lower() in _AS_TAGS
    # "Democrats say the rules are essential, while Republicans say they hinder investment": a "while" clause that
    # reports what others say (a speech verb with its own clause and subject) is the other side, not the speaker's
    other = _marked(sub, frozenset({"while", "whereas"})) and sub.lemma_.lower() in INDIRECT_CUES and any(
        c.dep_ == "ccomp" for c in sub.children)
    # a report under a modal ("has said he will stand, while Hunt and Gove are likely contenders") shows no tense of
    # its own: a clause set off by a comma whose verb keeps the time of the reporting verb (the perfect's is the
    # present's) is the narrator's; "said prices will rise while wages stagnate" (no comma) stays the report
    modal = said is None and any(a.tag_ == "MD" for a in comp.children if a.dep_ == "aux" and a.i < comp.i)
    contrast = (modal and _marked(sub, frozenset({"while", "whereas"})) and _after_comma(sub)
                and None not in (told, happened) and _TIME.get(told) == _TIME.get(happened))
    if not tag and not other and not contrast and (
            None in (told, said, happened) or happened != told or said == told):
        return toks
    lo = min(t.i for t in sub.subtree)
    if lo > 0 and cue.doc[lo - 1].text == ",":
        lo -= 1
    kept = [t for t in toks if t.i < lo]
    if kept and _MARKS.search(kept[-1].text):
        # (a report ending on a quoted phrase, 'said it's a "sad day" as he departed', keeps the clause: cut
        # before it, the phrase's closing mark would go with the edge punctuation and the report with it)
        return toks
    if contrast and len([t for t in kept if not t.is_punct]) < MIN_WORDS:
        # "has already said he will stand, while Hunt and Gove are likely contenders": what is left is too short
        # to stand as a report, and with the narrator's clause it is none (review 35)
        return []
    return kept if len(kept) >= MIN_WORDS else toks


# The time a tense tells, for a clause set off after a report under a modal (`_narrators_while_off`)
_TIME = {"present": "now", "perfect": "now", "past": "then", "past perfect": "then"}


# Conjunctions of time, cause and concession: a clause they open says when or why something
# happened, not what was said ("After the rules took effect, a spokesman said, “...”": the parse
# may hang such a clause on the verb as its complement)
_ADVERBIAL_MARKS = frozenset("after before when whenever while since until till because once although though "
                             "as where".split())


# Verbs whose object is the person addressed ("..., she told reporters"), not what was said
_ADDRESSING = frozenset("tell assure inform warn remind ask answer".split())


# Conjunctions that join a second verb to a reported clause's verb ("... would cost billions and acknowledged ...")
_SECOND_VERB = frozenset({"and", "but"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _finite_form(verb: "Token") -> str:
    """The tag that carries a verb's tense: its first auxiliary's (a modal's "MD"), else its own."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to"), None)
    return aux.tag_ if aux is not None else verb.tag_


# Verbs of striving or deciding whose infinitive is their subject's deed: never passive with it ("sought to downplay")
_STRIVING = frozenset("seek try attempt decide refuse vow aim strive rush hasten fail manage struggle".split())
# Verbs of a state the speaker may report of themselves ("said the shop closed and he was broke"), not a deed
_STATES = frozenset("be have know feel think believe want need seem remain hope fear like love hate wish".split())


def _speaker_returns(cue: "Token", comp: "Token", conj: "Token", subj: "Token") -> bool:
    """Whether a clause joined to a report's clause, with "he" or "she" as its subject, is the narrator's next word
    on the speaker: "The judge said the two terms would run at once and he set March 6 for the surrender", "saying
    the crackdown was necessary and he also praised the police". The report's clause is about someone or something
    else (its subject no pronoun), and the joined verb is a deed in the plain past, no auxiliary, with "also" or
    after a report whose tense is not that past (a modal, the present): the speaker's next act, told as the
    narration tells the saying. Kept in the report: a past after a past ("said the house burned and she lost
    everything": her account), a state ("and he was broke"), "they" or "it" ("... and it cut jobs")."""
    if subj.lower_ not in ("he", "she") or conj.tag_ != "VBD" or conj.lemma_.lower() in _STATES:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children):
        return False
    own = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if own is None or own.pos_ == "PRON":
        return False
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if speaker is None and cue.tag_ == "VBG":  # "defended the actions, saying ...": the head verb's subject
        speaker = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.tag_ in ("NNS", "NNPS") or (speaker.pos_ == "PRON" and speaker.lower_ != subj.lower_):
        return False
    if _finite_form(cue) != "VBD" and not (cue.tag_ == "VBG" and _finite_form(cue.head) == "VBD"):
        return False  # a report told in the past
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in conj.children)
    return also or _finite_form(comp) not in ("VBD", "VBN")  # (a past the parse tagged a participle: "burned")


def _speakers_verb(cue: "Token", comp: "Token", conj: "Token") -> bool:
    """Whether a verb the parse joined to a reported clause's verb is the speaker's next deed, not a word of the
    report: a past, after a past verb of saying, that cannot share the clause's auxiliaries ("acknowledged that his
    plan would be litigated and even predicted a rough road": a past after "would", an active verb with an object
    after a passive "be"; "said ... should not raise taxes, and were disappointed": a tense of its own after a modal),
    a verb whose number is the speaker's, not the clause's ("argues that fights ... shake confidence, and ... has
    called for ..."), or a report of its own with its own subject ("tweeted that she got a message, and several other
    women say they've been ..."). A verb that fits the clause stays in it ("said the company would cut jobs and close
    two plants", "would hit ... and would range", "will watch ... and stands ready"), and so does one after a perfect
    (the past forms are the same: "had sent it and deleted it"), one whose past is its bare form ("put"), and one
    after a pronoun subject, who may be the speaker ("they could hear cries ... but lacked the equipment")."""
    subj = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None:  # (not "..., but that he did not believe ...": a second clause of the same report)
        if _speaker_returns(cue, comp, conj, subj):
            return True
        return (conj.lemma_.lower() in INDIRECT_CUES and any(c.dep_ == "ccomp" for c in conj.children)
                and subj.pos_ != "PRON" and not any(c.dep_ == "mark" for c in conj.children))
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass") and c.i < comp.i and c.lower_ != "to"]
    own_aux = [c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.i < conj.i and c.lower_ != "to"]
    said, told, done = comp.tag_, _finite_form(cue), _finite_form(conj)
    if (conj.tag_ == "VBG" and not own_aux and said in ("VB", "VBD", "VBZ", "VBP")
            and all(a.tag_ == "MD" for a in auxes)):
        # "announcing that she will step down in June and triggering a contest": an -ing form shares neither a
        # modal nor a tense ("will ... triggering" is no English); it goes on from the narrator's participle
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in comp.children):
        return False  # "they could hear cries ... but lacked the equipment": "they" may be the speakers themselves
    if (auxes and cue.tag_ == "VBN" and told in ("VBZ", "VBP") and done == "VBD" and not own_aux
            and conj.lower_ != conj.lemma_.lower() and all(a.tag_ in ("VBZ", "VBP") for a in auxes)):
        # a plain past cannot share a present auxiliary: "has said the agency is being responsive and on Saturday
        # appeared to deflect questions" (no "is appeared"): the speaker's next deed after a perfect of saying
        # (session 47, review 28)
        return True
    if auxes and (done != "VBD" or told != "VBD" or conj.lower_ == conj.lemma_.lower()):
        # past after past only: "... will continue to monitor ... and stands ready" is the clause's, and so is a verb
        # whose past is its bare form ("would take decisions away ... and put them ...")
        return False
    if any(a.dep_ == "auxpass" for a in auxes):
        # active, with an object, or a verb of striving with its infinitive, which never takes the passive ("were
        # intended to embarrass him, and sought to downplay ...": "were sought to" is no English; "were asked to
        # leave and ordered to pay" may share "were", and stays)
        return not own_aux and (any(c.dep_ == "dobj" for c in conj.children) or (
            conj.lemma_.lower() in _STRIVING and any(c.dep_ == "xcomp" for c in conj.children)))
    if any(a.tag_ == "MD" for a in auxes):
        return True  # a modal's verb is bare: "would cost ... and take"; not a past ("and acknowledged"), nor "were"
    if auxes:
        return False
    return bool(own_aux) and {said, done} == {"VBZ", "VBP"} and done == told


def _speakers_verb_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report after its verb without the speaker's second verb the parse joined to the clause's verb
    (`_speakers_verb`): the report ends before the conjunction."""
    if not toks or toks[0].i < cue.i:
        return toks
    for conj in (c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and c.pos_ in ("VERB", "AUX")):
        cc = next((c for c in comp.children if c.dep_ == "cc" and comp.i < c.i < conj.i and c.lower_ in _SECOND_VERB),
                  None)
        if cc is None or not _speakers_verb(cue, comp, conj):
            continue
        kept = [t for t in toks if t.i < cc.i]
        return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks
    return toks


# The number a finite auxiliary shows ("were disappointed": plural), and whose words set the number of a subject
_PLURAL_AUX = frozenset("were are have do".split())
_SINGULAR_AUX = frozenset("was is has does".split())
_PLURAL_PRONOUNS = frozenset("they we some many others most several few both".split())


def _number(subj: "Token") -> str | None:
    """ "plural", "singular" or None (not known) for a subject's noun."""
    if subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_PRONOUNS or any(
            c.dep_ == "conj" for c in subj.children):
        return "plural"
    if subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"):
        return "singular"
    return None


def _cut_before_joining(comp: "Token", conj: "Token", toks: list["Token"]) -> list["Token"] | None:
    """The report's words before the "and"/"but" joining `conj` to the report's verb, or None when no such word stands
    between them; the words whole when too few would be left to stand as a report."""
    cc = next((c for c in comp.children if c.dep_ == "cc" and comp.i < c.i < conj.i and c.lower_ in _SECOND_VERB), None)
    if cc is None:
        return None
    kept = [t for t in toks if t.i < cc.i]
    while kept and kept[-1].is_punct:
        kept.pop()
    return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks


def _speakers_number_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report after its verb without a second verb whose own auxiliary agrees with the speaker and not with the
    report's subject (session 46, helper G, review 29): "Some say Congress should not raise any taxes, and were
    disappointed he went so far": "were" cannot go with "Congress", it goes with "Some"; the report ends before
    the "and". Kept: a second verb with a subject of its own, one sharing the clause's auxiliaries ("would cut jobs
    and close plants"), and one whose number fits both ("the firms said the bank was failing and was broke")."""
    if not toks or toks[0].i < cue.i:
        return toks
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    own = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < comp.i), None)
    if speaker is None or own is None or own.pos_ == "PRON":
        return toks
    for conj in (c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        aux = next((c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.i < conj.i), None)
        if aux is None or aux.lower_ not in _PLURAL_AUX | _SINGULAR_AUX:
            continue
        shown = "plural" if aux.lower_ in _PLURAL_AUX else "singular"
        if _number(own) is None or _number(own) == shown or _number(speaker) != shown:
            continue
        cut = _cut_before_joining(comp, conj, toks)
        if cut is not None:
            return cut
    return toks


# Verbs of reacting in words ("marveled at what ...", "scoffed at ..."), beside the verbs of saying
_REACTIONS = frozenset("marvel lament joke quip scoff muse wonder rail".split())


def _speakers_reaction_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report in the past without a second verb of saying or reacting, in the past with no subject, that the parse
    joined to the report's verb (session 46, helper G, review 29): "he insisted he had done nothing wrong | and
    marveled at what he said was ...", "said the vote was fair | and complained that ...": the speaker's next act,
    told by the narrator. Only with its own clause or an "at" phrase ("said the police had lied and denied him a
    lawyer" stays: no clause)."""
    if not toks or toks[0].i < cue.i or _finite_form(cue) not in ("VBD", "VBN") or cue.tag_ == "VBG":
        return toks
    own = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.lower_ not in ("he", "she", "it", "they", "we"):
        return toks  # "said Rosenstein assessed it and concluded ...": the report's subject concluded, in the report
    for conj in (c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and c.tag_ == "VBD"):
        if conj.lemma_.lower() not in INDIRECT_CUES | _REACTIONS or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children):
            continue
        if not any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "at") for c in conj.children):
            continue
        cut = _cut_before_joining(comp, conj, toks)
        if cut is not None:
            return cut
    return toks


def _present_aside_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report told in the past without a last relative clause in the present set off by commas after a noun's
    apposition (session 46, helper G, review 29): "said he was warming up with Sean Hannity, the Fox News host, | who
    is not known for bipartisan spirit": the report is shifted back ("was warming"), the aside is in the narrator's
    own present. Kept: an aside in the past ("..., the team's owner, who was furious": it may be the speaker's), and
    one after a report in the present ("says he works with Smith, the host, who is ...")."""
    if not toks or toks[0].i < cue.i or _finite_form(cue) != "VBD" or _finite_form(comp) != "VBD":
        return toks
    last = toks[-1] if not toks[-1].is_punct else toks[-2] if len(toks) > 1 else None
    rel = next((t for t in toks if t.dep_ == "relcl" and t.head.dep_ == "appos" and t.i > comp.i
                and last is not None and max(x.i for x in t.subtree) >= last.i), None)
    if rel is None or _finite_form(rel) not in ("VBZ", "VBP"):
        return toks
    who = rel.left_edge
    if who.lower_ not in ("who", "which") or who.i < 1 or rel.doc[who.i - 1].text != ",":
        return toks
    kept = [t for t in toks if t.i < who.i - 1]
    return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks


# Nouns of the pressure a speaker acted under ("announced he would not run again amid criticism for ..."): a
# closing "amid" phrase of them is the narrator's account of the moment, not the speaker's words
_PRESSURES = frozenset("criticism pressure outcry backlash scrutiny calls protest protests controversy allegations "
                       "accusations questions condemnation anger uproar furor furore".split())


def _amid_criticism_off(comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report without a closing "amid" phrase of criticism or pressure hung on its verb (session 46, helper G,
    review 30): "Emanuel announced he wouldn't seek a third term | amid criticism for resisting calls to release the
    video". Kept: "amid" of anything else ("said prices rose amid strong demand": the speaker's account)."""
    amid = next((c for c in comp.children if c.dep_ == "prep" and c.lower_ in ("amid", "amidst") and c.i > comp.i),
                None)
    if amid is None or amid.i > toks[-1].i:
        return toks
    # (all after it goes: the parse may hang the phrase's own tail on the verb, "... amid criticism for resisting
    # calls | to release the video")
    if not any(o.dep_ == "pobj" and o.lemma_.lower() in _PRESSURES for o in amid.children):
        return toks
    lo = amid.i - 1 if comp.doc[amid.i - 1].text == "," else amid.i
    kept = [t for t in toks if t.i < lo]
    return kept if len(kept) >= MIN_WORDS else toks


_RELATIVE_WORDS = frozenset("that which who".split())


def _objects_relative(cue: "Token", comp: "Token") -> bool:
    """ "writing the majority opinion Thursday that upheld the law": a clause after the verb's own
    object whose subject is "that" or "which" describes that object (a relative clause the parse
    hung on the verb); it reports nothing ("said that was wrong", with no object, and "told reporters that
    was wrong", an addressee, still report)."""
    if cue.lemma_.lower() in _ADDRESSING or comp.i < cue.i:
        return False
    # (a relative "that" the parse made the clause's mark, its subject misread: "recalling past tragedies that many
    # swore would reshape the nation's politics", "swore" a noun; session 47, review 29)
    return any(c.dep_ == "dobj" and c.i < comp.i for c in cue.children) and any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_WORDS
         or c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "WDT") and c.i == comp.left_edge.i
        for c in comp.children)


def _background_after_off(comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report of what someone will do without the narrator's background the parse hung on its verb: "she will
    forge a government | after a snap-election gamble that cost her party its majority". A closing "after" phrase
    on a verb of the future (will, would) whose noun a clause in the past describes tells what had already happened
    when it was said, not a step of the plan (a plan's own step would be future too: "after a vote that will
    ...")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in comp.children):
        return toks
    past = next((c for c in comp.children if c.dep_ == "advcl" and c.i > comp.i and c.tag_ == "VBD"
                 and _marked(c, _OCCASIONS) and _after_comma(c) and _has_subject(c)), None)
    if past is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in comp.children) and (
            max(t.i for t in past.subtree) >= toks[-1].i - 1):
        # "security forces will use live ammunition ..., hours after demonstrators torched two buildings": a past
        # after a comma cannot be a step of what will be; it tells when it was said (after "would" the past may be
        # the report's own, shifted back, and stays)
        lo = min(t.i for t in past.subtree)
        lo = lo - 1 if comp.doc[lo - 1].text == "," else lo
        kept = [t for t in toks if t.i < lo]
        if len(kept) >= MIN_WORDS:
            return kept
    after = next((c for c in comp.children if c.dep_ == "prep" and c.lower_ == "after" and c.i > comp.i), None)
    if after is None or max(t.i for t in after.subtree) < toks[-1].i - 1:
        return toks
    if not any(t.dep_ == "relcl" and t.tag_ == "VBD" and t.head.head.i == after.i for t in after.subtree):
        return toks
    lo = after.i - 1 if after.i > 0 and comp.doc[after.i - 1].text == "," else after.i
    kept = [t for t in toks if t.i < lo]
    return kept if len(kept) >= MIN_WORDS else toks


def _others_relative_report_off(toks: list["Token"]) -> list["Token"]:
    """A report without a relative clause in it that is someone else's report ("she had no knowledge of the warning
    | which former agents have told reporters amounted to ..."): a relative clause whose verb is one of saying with
    a subject of its own, not the relative word, tells what its subject said; the report ends before it (session
    41, review 29)."""
    for t in toks:
        if t.dep_ != "relcl" or t.lemma_.lower() not in INDIRECT_CUES or t.head.i < toks[0].i:
            continue
        rel = [c for c in t.children if c.tag_ in ("WDT", "WP") and c.i < t.i]
        own = [c for c in t.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.pos_ != "PRON"]
        if not rel or not own:
            continue
        lo = min(x.i for x in t.subtree)
        while lo > toks[0].i and toks[0].doc[lo - 1].is_punct:
            lo -= 1
        kept = [x for x in toks if x.i < lo]
        return kept if len(kept) >= MIN_WORDS else toks
    return toks


def _second_participle_off(cue: "Token", comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report a participle cue introduces without a second speech participle the parse joined to the report's
    verb ("..., warning that new fees would lead to higher rents | and suggesting that ..."): the second participle
    is the cue's own conjunct, a second statement of the same speakers, not words of the first report."""
    if cue.tag_ != "VBG":
        return toks
    second = next((c for c in comp.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > comp.i
                   and c.lemma_.lower() in INDIRECT_CUES and any(x.dep_ == "ccomp" for x in c.children)), None)
    if second is None:
        return toks
    lo = min(t.i for t in second.subtree)
    while lo > toks[0].i and (cue.doc[lo - 1].dep_ == "cc" or cue.doc[lo - 1].is_punct):
        lo -= 1
    kept = [t for t in toks if t.i < lo]
    return kept if len(kept) >= MIN_WORDS else toks


_TIME_TYPES = frozenset({"DATE", "TIME"})


def _time_of_saying_off(comp: "Token", toks: list["Token"]) -> list["Token"]:
    """A report right after its verb, with no "that", without the day the parse ran into it ("said on Friday he
    would force a vote", "said in a note Friday the vote was ...": when it was said, the narrator's): the words
    before the clause's subject, all of a date or a time (a preposition's too), are the saying's. Not a day that
    is the subject ("said Friday would be the day"), nor one after "that" ("said that on Friday he ...": his)."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or toks[0].dep_ == "mark" or subj.left_edge.i <= toks[0].i:
        return toks
    lead = [t for t in toks if t.i < subj.left_edge.i]
    day = [t for t in lead if t.ent_type_ in _TIME_TYPES or (t.dep_ == "prep" and t.i == lead[0].i)]
    if not any(t.ent_type_ in _TIME_TYPES for t in day) or lead[: len(day)] != day:
        return toks
    rest = lead[len(day) :]
    if any(t.ent_type_ != "CARDINAL" or t.dep_ != "nummod" for t in rest):
        return toks  # (a number the parse hung on the day is the subject's: "said on Monday six firms were ...")
    kept = [t for t in toks if t.i > day[-1].i]
    return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks


def _source_credited_off(toks: list["Token"]) -> list["Token"]:
    """A report without the source the narrator credits at its end ("told police he could not recall his speed,
    according to a law enforcement source": the source vouches that he said it; its words are no part of his)."""
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if (t.lower_ == "according" and toks[k + 1].lower_ == "to" and toks[k - 1].text == ","
                and max(x.i for x in t.subtree) >= toks[-1].i - (1 if toks[-1].is_punct else 0)):
            kept = toks[: k - 1]
            return kept if len([x for x in kept if not x.is_punct]) >= MIN_WORDS else toks
    return toks


# Occasions of speaking ("at his press conference"): where the speaker said it, when the speaker's own
_OCCASIONS_OF_SPEECH = frozenset("conference briefing interview hearing testimony".split())


def _occasion_off(cue: "Token", toks: list["Token"]) -> list["Token"]:
    """A report without the occasion of its saying the parse ran into it ("Trump confirmed this is what caused the
    breakdown of talks at his press conference on the second day of the summit"): an "at" or "during" phrase on a
    noun of an occasion to speak owned by "his", "her" or "their" (the speaker's own press conference, briefing,
    interview), with only phrases and no verb after it, tells where it was said; the speaker would say "my". Not "at
    a press conference" (no owner: it may be the words'), nor a rally or a speech (things happen at them)."""
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if t.dep_ != "prep" or t.lower_ not in ("at", "during") or t.head.i == cue.i:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in _OCCASIONS_OF_SPEECH or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in obj.children):
            continue
        if all(x.pos_ not in ("VERB", "AUX") for x in toks[k:]):  # (phrases after it: "on the second day of ...")
            kept = toks[:k]
            return kept if len([x for x in kept if not x.is_punct]) >= MIN_WORDS else toks
    return toks


def _perspective_off(toks: list["Token"]) -> list["Token"]:
    """A report before its tag without the narrator's opening "to" of whose view it is ("But to union leaders, the
    filing was the latest example of bullying, said a spokeswoman": the writer's frame; the speaker would say "to
    us"): a "to" phrase on a noun (no pronoun) that the clause opens with (after "but", "and" or "yet"), set off by
    a comma before the clause's subject."""
    k = 1 if toks and toks[0].lower_ in ("but", "and", "yet") and toks[0].dep_ == "cc" else 0
    if len(toks) < k + 4 or toks[k].lower_ != "to" or toks[k].dep_ != "prep":
        return toks
    obj = next((c for c in toks[k].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return toks
    end = max(t.i for t in toks[k].subtree)
    doc = toks[0].doc
    if end + 1 >= len(doc) or doc[end + 1].text != "," or toks[k].head.i <= end + 1:
        return toks
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == end + 2 for c in toks[k].head.children):
        return toks
    kept = [t for t in toks if t.i > end + 1]
    return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks


def _tag_title_off(cue: "Token", toks: list["Token"]) -> list["Token"]:
    """A report before its tag without the tag speaker's title the parse hung in the clause ("The engineer applied
    the brakes moments before the derailment, NTSB board member Robert Sumwalt said": "NTSB board member" made an
    apposition of "derailment"): nouns and adjectives alone after the report's last comma, right before the tag's
    subject, a name, are its title."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None or subj.pos_ != "PROPN" or not toks or toks[-1].i + 1 != subj.left_edge.i:
        return toks
    k = len(toks) - 1
    while k >= 0 and toks[k].pos_ in ("NOUN", "PROPN", "ADJ") and not toks[k].ent_type_ in _TIME_TYPES:
        k -= 1
    if k < 0 or k == len(toks) - 1 or toks[k].text != "," or toks[-1].pos_ not in ("NOUN", "PROPN"):
        return toks
    if not any(t.pos_ == "NOUN" for t in toks[k + 1 :]) or toks[-1].dep_ not in ("appos", "conj", "npadvmod"):
        return toks
    kept = toks[:k]
    return kept if len([t for t in kept if not t.is_punct]) >= MIN_WORDS else toks


def _content_from_ccomp(cue: "Token", comp: "Token") -> tuple[int, int] | None:
    if not _has_subject(comp) or _small_clause(cue, comp) or _objects_relative(cue, comp) or _count_added(cue, comp):
        return None
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in comp.children):
        return None  # an adverbial clause the parse took for the complement
    toks = list(comp.subtree)
    if toks[0].i <= cue.i <= toks[-1].i:
        return None
    if toks[-1].i - toks[0].i + 1 != len(toks):
        return None  # a non-contiguous clause: the parse is not to be trusted
    if toks[0].i > cue.i:
        toks = _time_of_saying_off(comp, toks)
        toks = _source_credited_off(toks)
        toks = _occasion_off(cue, toks)
        toks = _second_participle_off(cue, comp, toks)
        toks = _narration_off(cue, toks)
        toks = _background_after_off(comp, toks)
        toks = _narrators_while_off(cue, comp, toks)
        if not toks:
            return None  # too little of a report left before the narrator's clause
        toks = _speakers_verb_off(cue, comp, toks)
        toks = _speakers_number_off(cue, comp, toks)
        toks = _speakers_reaction_off(cue, comp, toks)
        toks = _present_aside_off(cue, comp, toks)
        toks = _amid_criticism_off(comp, toks)
        toks = _others_relative_report_off(toks)
    if toks[-1].i < cue.i:
        if cue.lemma_.lower() not in _ADDRESSING and any(c.dep_ == "dobj" for c in cue.children):
            return None  # "In the city, where ... was stopped, the chief vowed a stronger response": the object is his
        nxt = cue.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(cue.doc) else None
        if (nxt is not None and nxt.text in (":", ";")) or any(c.text in (":", ";") and c.i > comp.i
                                                               for c in comp.children):
            return None  # "..., it wasn't enough: ... residents complained that ...": a colon leads on, tags nothing
        toks = _up_to_tag(cue, toks)
        toks = _perspective_off(toks)
        toks = _tag_title_off(cue, toks)
    return _clause_range(toks)


def _content_from_ccomps(cue: "Token", comps: list["Token"]) -> tuple[int, int] | None:
    """The reported clause; when the parse split it, with the clause right after it: a first clause
    too short to be a report ("saying it's time | the court ditch the test": two complements of
    "saying"), or any first clause after the verb ("Some experts say the flames spread by unrelenting
    winds, | low humidity and years of ... were impossible to prepare for": the subject's words run on
    into the second complement; review 16 found the rest read as the outlet's)."""
    rng = _content_from_ccomp(cue, comps[0])
    if rng is None and comps[0].i < cue.i and len(comps) > 1 and comps[1].i > cue.i:
        # narration the parse hung on the verb before its own clause ("Despite ..., it wasn't enough:
        # ... residents complained that ..."): the clause after the verb is the report
        comps = comps[1:]
        rng = _content_from_ccomp(cue, comps[0])
    elif comps[0].i < cue.i and len(comps) > 1 and comps[1].i > cue.i and _plain_clause_after(cue, comps[1]):
        # "But as to which candidates they can choose from, the chief executive said that much has been
        # settled": a verb with its own clause after it is no inverted tag; the words before it set a topic
        comps = comps[1:]
        rng = _content_from_ccomp(cue, comps[0])
    if rng is None or len(comps) < 2:
        return rng
    short = len(cue.doc.text[rng[0] : rng[1]].split()) < MIN_WORDS
    if not short and not (comps[0].i > cue.i < comps[1].i and _one_sentence(cue, comps[1])):
        return rng  # a whole report: a second one joins it only after the verb, in its sentence
    more = _content_from_ccomp(cue, comps[1])
    next_words = min(t.i for t in comps[1].subtree) == max(t.i for t in comps[0].subtree) + 1
    if (more is None and next_words and comps[0].i > cue.i and _verb_without_subject(comps[1])
            and not any(t.is_quote for t in comps[1].subtree)
            and not any(c.dep_ == "cc" and c.i > comps[0].i for c in comps[0].children)
            and cue.doc[comps[1].left_edge.i - 1].text not in _DASHES):
        # "adding that all the boys rescued | are well", "said experts told him flooding from new rain | could
        # shrink the space": the parse split one clause before its verb; its subject is in the first piece. Not
        # a piece holding a quotation ("... would be showing their “incoherence”", "..., but added, “...”"): the
        # report joined to it would overlap the direct quote, and the quote finder keeps the quote alone (review 13
        # lost a French official's report so, review 20 a nurse's; the session 39 merge), nor one after a conjunction
        # ("... had become inevitable, but also | warned that ...": a second verb of the speaker's, review 19), nor one
        # after a dash ("... for espionage — | claims the company denies": the narrator's word on the report)
        more = _clause_range(_speakers_verb_off(cue, comps[1], list(comps[1].subtree)))
    if more is None or not next_words:
        return rng  # not the next words: another report, or a clause before the cue
    return rng[0], more[1]


def _verb_without_subject(comp: "Token") -> bool:
    """Whether a complement is a finite verb (a tense, or a modal's) with no subject of its own and no marker
    of a new clause: the rest of the clause before it, whose subject the parse left there."""
    if _has_subject(comp) or any(c.dep_ == "mark" for c in comp.children):
        return False
    # (the tense may be its auxiliary's: "bodies lined up at a morgue | were not included in the figure")
    return _finite_form(comp) in ("VBD", "VBP", "VBZ", "MD")


def _plain_clause_after(cue: "Token", comp: "Token") -> bool:
    """Whether a verb's complement after it is a clause of its own sentence in the writer's words, right after
    the verb ("said that much has been settled"), not a quotation it introduces ("..., Louisa said: “There's
    little left ...”": then the words before the verb are the report, and the quotation is direct speech)."""
    doc = cue.doc
    if comp.left_edge.i != cue.i + 1:
        return False  # "... the center announced at 4 a.m. As Harvey moves ...": not the verb's own clause
    return not any(t.text in (":", ";") or _MARKS.search(t.text) or t.is_sent_start
                   for t in doc[cue.i + 1 : max(t.i for t in comp.subtree) + 1])


def _addressee_off(cue: "Token", rng: tuple[int, int]) -> tuple[int, int]:
    """A "tell" clause without the addressee the parse ran into it ("Ruby Gibney told KTVU Fox
    2 her grandparents ... were unable to escape": whom she told is no part of what she said):
    proper nouns opening the clause that the parse hangs on its subject as a modifier, when the
    verb has no object of its own."""
    if cue.lemma_.lower() != "tell" or any(c.dep_ in ("dobj", "dative", "iobj") for c in cue.children):
        return rng
    doc = cue.doc
    first = next((t for t in doc[cue.i + 1 :] if t.idx >= rng[0]), None)
    if first is None or first.pos_ != "PROPN":
        return rng
    last = first.i
    while last + 1 < len(doc) and doc[last + 1].pos_ in ("PROPN", "NUM"):
        last += 1
    run = range(first.i, last + 1)
    roots = [doc[k] for k in run if doc[k].head.i not in run]
    if last + 1 >= len(doc) or len(roots) != 1 or roots[0].dep_ not in ("nmod", "npadvmod", "dative", "dobj", "appos"):
        return rng  # the name is (part of) the clause's subject: "told Trump administration officials were ..."
    nxt = doc[last + 1]
    return rng if nxt.is_punct or nxt.idx >= rng[1] else (nxt.idx, rng[1])


def _as_tag_start(cue: "Token", verb: "Token", rng: tuple[int, int]) -> int | None:
    """Where a closing "as" tag of speech begins inside a report (", as Ana Ruiz, who led the strike, told the
    Herald", '“death trap,” as one aide put it'): the "as" after a comma (or a quotation's closing mark after
    one) that opens a phrase naming someone and ends on `verb`, a verb of a speech tag; None if there is none."""
    doc = cue.doc
    for a in range(verb.i - 1, max(cue.i, verb.i - 30), -1):
        if doc[a].lower_ != "as":
            continue
        if a + 1 >= verb.i or doc[a + 1].pos_ not in ("PROPN", "DET", "PRON", "NOUN", "ADJ"):
            return None
        described = {d.i for t in doc[a + 1 : verb.i] if t.dep_ in ("relcl", "acl") for d in t.subtree}
        if any(t.pos_ in ("VERB", "AUX") and t.i not in described and t.dep_ not in ("aux", "auxpass")
               for t in doc[a + 1 : verb.i]):
            return None  # a clause of its own before the tag's verb ("as prices rose and he said ..."); a relative
            # clause describing the one named is no such clause ("as Ana Ruiz, who led the strike, told ...")
        before = doc[a - 1]
        if before.text == "," and before.idx > rng[0]:
            return before.idx
        if _MARKS.search(before.text) and doc[a - 2].text == "," and doc[a - 2].idx > rng[0]:
            return before.idx + len(before.text)  # keep the quotation's closing mark
        return None
    return None


def _report_tag_off(cue: "Token", rng: tuple[int, int]) -> tuple[int, int]:
    """A report without the news report's tag the parse ran into it ("Rivera said it was unfair
    ..., NBC reported": NBC's tag is no part of Rivera's words), nor a closing "as" tag of speech
    ("insist the building has become unsafe – a “death trap,” as Ana Ruiz, who led the strike, told the
    Herald": whose words the phrase is, never part of them, `_as_tag_start`)."""
    doc = cue.doc
    span = doc.char_span(rng[0], rng[1], alignment_mode="expand")
    if span is not None and len(span):
        # (the tag's verb may stand past the report's end, the parse having ended it on the named one)
        for t in doc[span.start : span[-1].sent.end]:
            if t.i > cue.i and t.pos_ == "VERB" and t.lemma_.lower() in _AS_TAGS:
                start = _as_tag_start(cue, t, rng)
                if start is not None and start < rng[1]:
                    return rng[0], start
    for t in span or []:
        if t.i > cue.i and t.pos_ == "VERB" and t.lemma_.lower() == "report":
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            lo = subj.left_edge.i if subj is not None else t.i
            if lo > 1 and _MARKS.search(doc[lo - 1].text) and doc[lo - 2].text == "," and doc[lo - 2].idx > rng[0]:
                # '... because she was "very ugly," TV Globo reported': up to the quotation's closing mark
                return rng[0], doc[lo - 1].idx + len(doc[lo - 1].text)
            if lo > 0 and doc[lo - 1].text == "," and doc[lo - 1].idx > rng[0]:
                return rng[0], doc[lo - 1].idx
    return rng


def _set_off_tag_off(cue: "Token", rng: tuple[int, int]) -> tuple[int, int]:
    """A report without the tag's speaker the parse ran into it ("Now the family hopes the search will find her,
    her aunt, Jo Reed, said.": "her aunt, Jo Reed" says it, no part of the words; `quotes._set_off_tag_speaker`)."""
    name = _set_off_tag_speaker(cue)
    if name is None:
        return rng
    doc = cue.doc
    lo = set_off_phrase_start(name)
    if lo > 0 and doc[lo - 1].text == "," and rng[0] < doc[lo - 1].idx < rng[1]:
        return rng[0], doc[lo - 1].idx
    return rng


def _relative_clause_off(cue: "Token", rng: tuple[int, int]) -> tuple[int, int]:
    """A report inside a relative clause set off by commas, without the main clause the parse ran
    into it ("Trump, who began the week insisting he had the “absolute authority” to reopen the
    country, retreated after pushback": he retreated, in the writer's words): the report ends at
    a comma followed by a verb with no subject of its own."""
    rel = next((a for a in [cue, *cue.ancestors] if a.dep_ == "relcl"), None)
    if rel is None or not any(c.lower_ in ("who", "which") and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
        return rng
    doc = cue.doc
    for t in doc.char_span(rng[0], rng[1], alignment_mode="expand") or []:
        n = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (t.text == "," and n is not None and n.pos_ == "VERB" and n.tag_ in ("VBD", "VBZ", "VBN")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in n.children)):
            return rng[0], t.idx
    return rng


# The narrator's record set after a report, past a comma or a dash: "(becoming) the first pontiff to do so in nearly
# 600 years", "making him the oldest nominee since 1950": a comparison with history the reporter adds
_RECORD = re.compile(r"\s*(?:,|\s[-–—]+)\s+(?:(?:becoming|making|marking)\s+(?:(?:him|her|it|them|this)\s+)?)?"
                     r"the\s+(?:first|only|last|\w+est)\b[^,;.]*?\b(?:in|since|for)\b[^,;.]*?\b(?:years?|decades?|"
                     r"centur(?:y|ies)|history|generations?|\d{4})\b[^,;]*$")


def _record_off(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """A report without the record the narrator sets it against at its end ("Benedict said he will resign,
    becoming the first pope to step down in 600 years", "... to carry on - the first pope to do so in 600
    years"): who was first since when is the reporter's history, not what the speaker said."""
    m = _RECORD.search(text, rng[0], rng[1])
    return (rng[0], m.start()) if m and m.end() == rng[1] else rng


def _one_sentence(cue: "Token", comp: "Token") -> bool:
    """The clause `comp` ends in the sentence of `cue`, with no sentence start between (a parse that hung
    the next sentence's verb on this one's: "said it was taking steps ... The S.E.C. said it would")."""
    last = max(t.i for t in comp.subtree)
    return not any(t.is_sent_start or t.text in (".", "!", "?") for t in cue.doc[cue.i + 1 : last])


def _mid_tag_content(cue: "Token", comps: list["Token"]) -> tuple[int, int] | None:
    """ "At one hospital she visited, Fadel added in messages to the newsroom, she counted 37 bodies.": a tag set off
    by commas mid-sentence that the parse hung, as a complement, on the main verb after it, the opening phrase its
    own. The report is the main clause after the tag ("she counted 37 bodies"), not the phrase before it (a place, a
    time, a relative clause's noun). None when the parse is otherwise."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "ccomp" or head.i <= cue.i or head.pos_ not in ("VERB", "AUX") or not _has_subject(head):
        return None
    if cue.lemma_.lower() not in _SPEECH_TAGS or head.lemma_.lower() in INDIRECT_CUES:
        return None  # a tag's verb ("added", "told"), and no report after it ("police responded ..., X said")
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or any(c.i > cue.i for c in comps):
        return None
    lo, hi = subj.left_edge.i, max(t.i for t in cue.subtree)
    if lo < 2 or doc[lo - 1].text != "," or hi + 1 >= len(doc) or doc[hi + 1].text != ",":
        return None
    first = min(t.i for t in cue.subtree)
    if first >= lo - 1 or not doc[first].is_sent_start:
        return None  # the opening phrase starts the sentence
    toks = [t for t in head.subtree if t.i > hi + 1]
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks) or not any(t.i == head.i for t in toks):
        return None
    return _clause_range(toks)


def _content_from_head(cue: "Token") -> tuple[int, int] | None:
    """ "The plan will fail, Smith said.": the clause the cue verb hangs off, before it."""
    head = cue.head
    if head.i >= cue.i or head.pos_ not in ("VERB", "AUX") or not _has_subject(head):
        return None
    cue_lo = min(t.i for t in cue.subtree)
    toks = [t for t in head.subtree if t.i < cue_lo]
    sent_start = cue.sent.start
    toks = [t for t in toks if t.i >= sent_start]
    if not toks or toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    if not any(t.text == "," for t in cue.doc[toks[-1].i : cue_lo + 1]):
        return None  # the inverted tag is set off by a comma
    return _clause_range(toks)


def _content_according(tok: "Token") -> tuple[int, int] | None:
    """ "According to X, <clause>." or "<clause>, according to X." """
    sub = list(tok.subtree)
    lo, hi = sub[0].i, sub[-1].i
    sent = tok.sent
    before = [t for t in sent if t.i < lo]
    after = [t for t in sent if t.i > hi]
    if [t for t in before if not t.is_punct and not t.is_space and t.lower_ not in ("but", "and")]:
        if [t for t in after if not t.is_punct and not t.is_space]:
            return None  # mid-sentence "according to": the content is not one stretch
        return _clause_range(_mood_opener_off(before))
    return _clause_range(after)


# Participles and adjectives of a mood ("Fed up with ...", "Angered by ...", "Eager to ..."), not of a cause ("Powered
# by spending cuts, the deficit will drop ..., according to CBO projections" is the projections')
_MOODS = frozenset("""fed angered frustrated annoyed irritated exasperated tired sick weary stung emboldened alarmed
    worried upset infuriated enraged outraged disgusted dismayed disappointed eager anxious desperate furious angry
    impatient""".split())


def _mood_opener_off(toks: list["Token"]) -> list["Token"]:
    """A clause an "according to" at its end vouches for, without the phrase of a mood it opens with ("Fed up with
    the dithering of party officials, the committee is “taking over” the count, according to a report"): a past
    participle or an adjective with no subject of its own, set off by a comma before the clause's subject, is the
    writer's picture of why, not what the source reports (session 43, review 30). Not an -ing form ("Citing
    security, the agency will close ...": what the agency did)."""
    if len(toks) < 4:
        return toks
    head = toks[0]
    while head.head.i != head.i and toks[0].i <= head.head.i <= toks[-1].i and head.dep_ in ("prt", "prep", "advmod"):
        head = head.head
    if head.tag_ not in ("VBN", "VB", "JJ") or head.lower_ not in _MOODS or head.dep_ not in (
            "advcl", "amod", "acomp", "ccomp", "dep") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children):
        return toks
    end = max(t.i for t in head.subtree)
    doc = head.doc
    if end + 1 >= toks[-1].i or doc[end + 1].text != "," or head.head.i <= end + 1:
        return toks
    subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != end + 2:
        return toks
    return [t for t in toks if t.i > end + 1]


def _inside_report(tok: "Token") -> bool:
    """Whether an "according to" right after a relative clause hangs inside the reported
    clause of a speech verb with a subject of its own ("Cagaptay said he believes the attack
    was designed to hurt Turkey's tourism industry, which brings in more than $30 billion
    ..., according to its government"): that clause is the speaker's, the source only
    vouches for the detail. So does a source after a relative clause set off by a comma
    ("The justices did signal ... new vetting policies — which was the point ..., according
    to the administration")."""
    before = [t for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i] if not t.is_punct]
    if not before:
        return False
    rel = next((a for a in [before[-1], *before[-1].ancestors] if a.dep_ in ("relcl", "acl")), None)
    if rel is None:
        return False  # the source vouches for the whole report ("..., according to the AJC's Torres")
    if any(c.lower_ == "which" for c in rel.children) and tok.doc[rel.left_edge.i - 1].text in (",", "—", "-", "--"):
        return True  # "..., which was the point in the first place, according to the administration"
    t = tok.head
    for _ in range(10):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in INDIRECT_CUES and _has_subject(t.head):
            return True
        t = t.head
    return False


def _reports_itself(doc: "Doc", rng: tuple[int, int]) -> bool:
    """Whether an "according to" content is itself a report with its speaker ("Union officials
    have said they are puzzled ..., according to Rehak"): the source vouches that it was said,
    the words are the officials' (their own report is read from the speech verb)."""
    span = doc.char_span(rng[0], rng[1], alignment_mode="expand") or []
    return any(t.pos_ == "VERB" and t.lemma_.lower() in INDIRECT_CUES
               and (t.head.i == t.i or not rng[0] <= t.head.idx < rng[1])
               and _has_subject(t) and not _hedged(t) for t in span)


# Verbs of an outlet vouching for someone else's report ("..., NBC reported", "..., Fox News has confirmed": session
# 46, helper G, review 30)
_VOUCHING = frozenset({"report", "confirm"})


def _vouches(cue: "Token", rng: tuple[int, int]) -> bool:
    """Whether a cue vouches for the report it wraps: "reported" wherever it stands, "confirmed" only as a tag after
    the words ("..., Fox News has confirmed"); "Trudeau confirmed that intelligence showed ..." is Trudeau's own
    report of what the intelligence showed."""
    lemma = cue.lemma_.lower()
    return lemma == "report" or (lemma in _VOUCHING and rng[0] < cue.idx)


def _wraps_report(doc: "Doc", rng: tuple[int, int]) -> bool:
    """Whether a content is itself a report of a clause long enough to stand as one ("Rivera said it
    was unfair ..., NBC reported"); not "Scott's family tell a different story, reports Glenn" (no
    clause) nor "The sister has claimed that he was unarmed, Bruno reported" (too short a clause):
    there the outer report stands."""
    span = doc.char_span(rng[0], rng[1], alignment_mode="expand") or []
    return any(t.pos_ == "VERB" and t.lemma_.lower() in INDIRECT_CUES
               and (t.head.i == t.i or not rng[0] <= t.head.idx < rng[1]) and _has_subject(t) and not _hedged(t)
               and any(c.dep_ == "ccomp" and _words_within(c, rng) >= MIN_WORDS for c in t.children) for t in span)


def _words_within(clause: "Token", rng: tuple[int, int]) -> int:
    """Words of a clause inside `rng`, without its "that" (the outlet's tag may hang inside it)."""
    return sum(not x.is_punct and x.dep_ != "mark" and rng[0] <= x.idx < rng[1] for x in clause.subtree)


def _restated(subj: "Token", speaker: str, start: int, end: int, ctx: _Context) -> bool:
    """Whether the speaker is named again as a subject inside the report ("Romney says U.S.
    testing record ... Sen. Mitt Romney (R-Utah) criticized ...", "Fauci says ... reported
    Fauci said"): no one reports so; a live entry's headline ran into its first sentence. Nor
    does anyone call himself by his full name in any role: "The latest violence prompted Gov. Pat
    McCrory to declare a state of emergency ..., the governor said via Twitter" is the outlet's
    account of what he did, which the tag sources, not his words (review 18)."""
    for t in subj.doc.char_span(start, end, alignment_mode="expand") or []:
        if t.pos_ == "PROPN":
            ent = ctx.entity_at(t.idx)
            if ent is None or ent.type != "PERSON" or ent.name != speaker:
                continue
            if t.dep_ in ("nsubj", "nsubjpass") or " " in ent.text.strip():
                return True
    return False


def _inverted_tag(comp: "Token") -> bool:
    """Whether a cue's complement is itself a speech tag with its subject after it ("The
    strong report shows that the economy ..., said Sam Bullard"): the parser hung the
    sentence's real tag under the first verb. So is a tag with its subject before it that ends the sentence
    after a comma and reports no clause of its own ("Judge Flynn said to a city attorney that he preferred a
    hearing on Wednesday, Drew told the Sun-Times": Drew's account of what the judge said)."""
    if comp.pos_ != "VERB" or comp.lemma_.lower() not in _SPEECH_TAGS:
        return False
    if any(c.dep_ == "nsubj" and c.i > comp.i for c in comp.children):
        return True
    subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or comp.i < comp.head.i:
        return False
    lo = subj.left_edge.i
    doc = comp.doc
    if lo < 1 or doc[lo - 1].text != "," or any(c.dep_ in ("ccomp", "xcomp") for c in comp.children):
        return False
    last = max(t.i for t in comp.subtree)
    return last + 1 >= len(doc) or doc[last + 1].is_sent_end or doc[last + 1].text in (".", "!")


# Verbs of asking: "asked him if he believes ..." puts a question
def _second_sayer(comp: "Token") -> bool:
    """Whether a cue's clause is a second speaker's report the parse hung on it ("ISI declared its absorption of a
    group in Syria and Baghdadi said that his group would ..."): a verb of saying with a clause of its own, right
    after "and" and a name the parse joined to the noun before it, not made its subject."""
    doc = comp.doc
    if comp.lemma_.lower() not in INDIRECT_CUES or not any(c.dep_ == "ccomp" for c in comp.children) or comp.i < 2:
        return False
    name, conj = doc[comp.i - 1], doc[comp.i - 2]
    return (name.pos_ == "PROPN" and name.dep_ == "conj" and conj.lower_ == "and" and name.head.i != comp.i
            and not (name.head.dep_ == "pobj" and name.head.head.lower_ in ("between", "among")))
    # ("between Lee and Hale" names two of one phrase: "Prosecutors say texts between Lee and Hale show he ..." is
    # the prosecutors' report of what the texts show)


_ASKING = frozenset("ask wonder question inquire enquire".split())


def _asked_about(cue: "Token") -> bool:
    """Whether a verb of saying or thinking is what a question asks about ("whether he thinks
    X", "asked her if she believes X"): X is put to someone, neither's claim."""
    marks = {c.lower_ for c in cue.children if c.dep_ == "mark"}
    return "whether" in marks or ("if" in marks and cue.head.lemma_.lower() in _ASKING)


# Nouns an article calls itself by in its own notes ("This article has been updated ...")
_SELF_NOUNS = frozenset("article story piece version".split())


def _self_reference(subj: "Token") -> bool:
    """Whether a subject is the article itself ("this article", "an earlier version of this
    story"): what it "stated" is the outlet's correction note, not a source's report."""
    noun = subj
    of = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"), None)
    if subj.lemma_.lower() == "version" and of is not None:
        noun = of  # "an earlier version of this article"
    return noun.lemma_.lower() in _SELF_NOUNS and any(c.dep_ == "det" and c.lower_ == "this" for c in noun.children)


_PERSONAL_PRONOUNS = frozenset("i we you he she they".split())


def _contact_relative(cue: "Token") -> bool:
    """Whether a cue and its pronoun subject stand right after a noun that is another word's object, with nothing
    between ("the theft of a seat they believe Obama had a right to fill", "a risk we say is worth taking"): a
    relative clause without its "that", whose report lacks the word the noun stands for (the parse may read it a
    clause of its own). Not a noun the cue's own clause opens with ("At the meeting he said ...": the preposition
    hangs on the cue), nor a day or a time ("Last week they said")."""
    subj = cue.doc[cue.i - 1] if cue.i > 1 else None
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != cue.i or subj.lower_ not in _PERSONAL_PRONOUNS:
        return False
    noun = cue.doc[subj.i - 1]
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or noun.dep_ not in ("pobj", "dobj"):
        return False
    if cue.dep_ == "relcl" and cue.head.i == noun.i:
        return True  # the parse read the relative clause
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    return holder.i != cue.i and not any(a.i == holder.i for a in cue.ancestors) and holder.pos_ in ("NOUN", "VERB")


def _candidates(doc: "Doc", ctx: _Context) -> list[tuple["Token", "Token", tuple[int, int]]]:
    """(cue, speaker token, content range) for every report the parse shows."""
    out = []
    restating: dict[int, list] = {}  # a tag repeating its sentence's source -> the reports it stands for
    source_of: dict[int, "Token"] = {}  # the first verb of such a sentence -> its source
    for tok in doc:
        if tok.pos_ == "VERB" and (comps := [c for c in tok.children if c.dep_ == "ccomp"]):
            found = _restated_tag(tok, comps)
            if found is not None:
                restating[tok.i] = found[1]
                if found[0] is not None:
                    source_of[found[0][0].i] = found[0][1]
    for tok in doc:
        if ctx.in_quote(tok.idx) or ctx.in_heading(tok.idx):
            continue  # a heading ("Labor Secretary Says Talk Of ... Is ...") reports nothing
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if _inside_report(tok):
                continue  # "X said he believes ..., which brings in $30 billion, according to its government"
            rng = _content_according(tok)
            if rng is not None and _reports_itself(doc, rng):
                continue  # "Union officials have said ..., according to Rehak": the officials' report
            subj = _subject(tok, ctx)
            if rng and subj is not None:
                out.append((tok, subj, rng))
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in INDIRECT_CUES or _hedged(tok):
            continue
        if _supposed(tok) or _inferred(tok):
            continue  # "analysts suspect that Putin believed ...", "..., suggesting perhaps that ...": no statement
        if _asked_about(tok):
            continue  # "asked Hale whether he thinks the agency broke the law": a question, no one's claim
        if tok.lemma_.lower() == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue  # "He recently found out that his plan would cause a backlash": learnt, not said (session 46)
        if tok.lemma_.lower() == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            continue  # "adding to the tension": no speech
        if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.children) and any(
                c.dep_ == "auxpass" for c in tok.children):
            continue  # "when it was announced that ...": no one named announced it (not the sentence's subject)
        if _dismissed_relative(tok):
            continue  # "Recent reports that suggest the kingdom is behind the hack are absurd": a claim rejected
        if _finds_itself(tok):
            continue  # "The league finds itself caught between two cultures": the narrator's, no one's report
        if _contact_relative(tok):
            continue  # "the theft of a seat they believe Obama had a right to fill": a relative clause's gap, no claim
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if tok.i in restating:
            # "Bentz said Friday he never made a false statement, he said.", "The White House issued a statement
            # saying ..., the statement said.": a tag that repeats the sentence's own source; the words are that
            # source's report (made here when the parse gave the first verb no clause of its own), never a report
            # of theirs by the tag's pronoun or noun
            out.extend(restating[tok.i])
            continue
        if comps and _noun_complement(tok, comps[0]):
            continue  # "kept close ties despite a finding – reportedly ... – that the prince ordered it": the finding's
        if comps and _second_sayer(comps[0]):
            continue  # "ISI declared its absorption of a group in Syria and Baghdadi said that ...": two clauses
        if comps and _inverted_tag(comps[0]):
            continue  # "The strong report shows that ..., said Sam Bullard": the tag's report
        rng = _mid_tag_content(tok, comps)
        if rng is None and comps:
            rng = _content_from_ccomps(tok, comps)
        elif tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i:
            rng = _content_from_head(tok)
        if rng is None:
            continue
        rng = _addressee_off(tok, rng)
        if _vouches(tok, rng) and _wraps_report(doc, rng):
            continue  # "Rivera said it was unfair ..., NBC reported": Rivera's report, which NBC vouches for
        rng = _report_tag_off(tok, rng)
        rng = _set_off_tag_off(tok, rng)
        rng = _relative_clause_off(tok, rng)
        rng = _record_off(doc.text, rng)
        if _neither_way(tok, doc.text[rng[0] : rng[1]]):
            continue  # "wouldn't confirm or deny Monday whether the Games were going to be postponed": nothing said
        if tok.lemma_.lower() in _DENIALS:
            if rng[0] < tok.idx:
                continue  # "..., he denied": the claim stands first, as if it were his
            rng = (tok.idx, rng[1])  # "denied Tehran was involved": a denial, not the claim, is his
        # "Positive reviews, Summers said, show the deal is right": a parenthetical tag
        # makes the whole sentence its speaker's report
        tag = next((c for c in tok.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                    and c.lemma_.lower() in _SPEECH_TAGS and not _hedged(c)
                    and any(x.dep_ == "nsubj" for x in c.children)), None)
        subj = source_of.get(tok.i) if tag is None else None
        subj = subj if subj is not None else _subject(tag if tag is not None else tok, ctx)
        if subj is not None:
            out.append((tag if tag is not None else tok, subj, rng))
    return out


def _restated_tag(cue: "Token", comps: list["Token"]) -> tuple[tuple["Token", "Token"] | None, list] | None:
    """The reports of a sentence closed by a tag that repeats its source (review 35), or None for any other cue: a
    speech tag ending the sentence after a comma (", he said.", ", the statement said."), whose subject points back
    (a personal pronoun, or "the" and a noun the sentence has used: "the statement"), after a clause that opens with
    its own source and verb of saying ("Bentz said Friday ...", "The White House issued a statement saying ...").
    Returns ((first verb, its source) or None, the reports made here): the first verb's report stands for itself
    when the parse gave it its clause, with the source the sentence opens with (not the tag's: the parse hangs
    the first clause on the tag); when the parse hung the clause on the tag instead ("Bentz said Friday | he never
    made ..., he said"), the clause after the first verb is its report, given here. Not caught: a tag naming
    someone new ("..., Drew told the paper"), whose account of the first source's words the sentence may be
    (`_inverted_tag`)."""
    doc = cue.doc
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if (subj is None or cue.lemma_.lower() not in _SPEECH_TAGS or any(c.i > cue.i for c in comps)
            or subj.i > cue.i or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ","):
        return None
    last = max(t.i for t in cue.subtree)
    if not (last + 1 >= len(doc) or doc[last + 1].is_sent_start or doc[last + 1].text in (".", "!")
            or (doc[last].is_punct and doc[last].text in (".", "!"))):
        return None
    first = min(comps, key=lambda c: c.i)
    if subj.lower_ not in ("he", "she", "they", "it") and not (
            subj.pos_ == "NOUN" and any(d.lower_ == "the" for d in subj.children if d.dep_ == "det")
            and any(t.lemma_ == subj.lemma_ and t.i != subj.i for t in doc[first.left_edge.i : subj.i])):
        return None
    # (a verb of saying, not any cue: "One of the women found was wearing a uniform, he said" reports what was found)
    inner = first if first.lemma_.lower() in _SPEECH_TAGS else next(
        (t for o in first.children if o.dep_ == "dobj" for t in o.children
         if t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in _SPEECH_TAGS), None)
    if inner is None or inner.i - first.left_edge.i > 8:
        return None
    own = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    if own is None or own.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(c.dep_ == "ccomp" for c in inner.children):
        return (inner, own), []  # the first verb's own clause: its report is made from it, with its source
    rest = [c for c in comps if inner.i < c.i < cue.i]
    if inner is not first or own.pos_ == "PRON" or not rest:
        return None
    rng = _clause_range(list(doc[min(t.i for t in rest[0].subtree) : subj.left_edge.i - 1]))
    return None, ([(inner, own, rng)] if rng is not None else [])


# nouns whose "that" clause is what they hold ("a finding that ...", "the claim that ...")
_CONTENT_NOUNS = frozenset("""finding conclusion assessment report claim allegation belief evidence suggestion
    warning indication sign assertion notion idea rumor rumour fact news""".split())


def _noun_complement(cue: "Token", comp: "Token") -> bool:
    """Whether a cue's "that" clause follows a content noun of a phrase after the cue ("maintained close ties
    despite a US finding – reportedly with high confidence – that the prince ordered the murder"): the parse hung
    the noun's clause on the verb; it is the finding's, not the subject's statement (session 47, review 30). Only
    right after the noun or a dash-set or bracketed aside after it ("insisted, despite the evidence, that ..." keeps
    its report: a comma-set aside leaves the clause the verb's)."""
    mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i < 2:
        return False
    doc = cue.doc
    k = mark.i - 1
    if doc[k].text in _DASHES or doc[k].text == ")":
        # the aside's opening mark: any earlier dash (an aside may hold dashes of its own: "medium–to–high")
        opener = {"("} if doc[k].text == ")" else _DASHES
        ends = [j - 1 for j in range(k - 1, cue.i + 1, -1) if doc[j].text in opener]
    else:
        ends = [k]
    for k in ends:
        noun = doc[k]
        if (noun.pos_ == "NOUN" and noun.lemma_.lower() in _CONTENT_NOUNS
                and noun.dep_ in ("pobj", "dobj", "attr") and noun.head.i != cue.i):
            return True
    return False


_DISMISSALS = frozenset("""absurd false baseless untrue wrong ridiculous fake groundless unfounded misleading
    inaccurate outrageous laughable nonsense""".split())


def _dismissed_relative(cue: "Token") -> bool:
    """Whether a cue's relative clause describes the subject of a sentence that dismisses it ("Recent media reports
    that suggest the kingdom is behind the hack are absurd"): the claim is cited to be rejected, and the sentence's
    own speaker rejects it; reporting it as the reports' would give the rejected claim as news (session 47, review
    30). A plain "Reports suggest ..." still reports."""
    head = cue.head
    if head.dep_ == "appos":  # "Saudi Embassy (@handle) Recent media reports that ...": a post's signature before it
        head = head.head
    if cue.dep_ != "relcl" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    pred = head.head
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _DISMISSALS for c in pred.children)


def _finds_itself(cue: "Token") -> bool:
    """ "The league finds itself caught between two cultures", "she found herself in a dispute": a verb of finding
    whose clause's subject is its own subject again (a reflexive) tells where someone stands, in the narrator's words;
    no one reports it (session 46, helper G, review 30). "She found that the rules were broken" still reports."""
    if cue.lemma_.lower() != "find":
        return False
    return any(c.dep_ in ("nsubj", "dobj") and c.lower_.endswith(("self", "selves"))
               for comp in cue.children if comp.dep_ in ("ccomp", "xcomp", "oprd") for c in comp.children) or any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in cue.children)


def _neither_way(cue: "Token", content: str) -> bool:
    """Whether a cue tells of no statement: one of "would not confirm or deny" (the cue or the verb it is joined to
    negated), or a denial of a question ("denied whether ..."). Review 32: Fox's "The organization wouldn't confirm
    or deny Monday whether the Games were going to be postponed ..." was read as its denial."""
    words = content.split()
    if cue.lemma_.lower() in _DENIALS and words and words[0].lower() in ("whether", "if"):
        return True
    joined = [cue.head] if cue.dep_ == "conj" else [c for c in cue.children if c.dep_ == "conj"]
    return any(j.pos_ == "VERB" and {cue.lemma_.lower(), j.lemma_.lower()} == {"confirm", "deny"} and any(
        c.dep_ == "neg" for x in (cue, j) for c in x.children) for j in joined)


def _that_clause(doc: "Doc", start: int) -> bool:
    """Whether a reported clause followed a "that" ("shows that Crutcher had his hands up")."""
    k = next((t.i for t in doc if t.idx >= start), None)
    return k is not None and k > 0 and doc[k - 1].lower_ == "that" and doc[k - 1].dep_ == "mark"


def _after_that(doc: "Doc", start: int) -> bool:
    """Whether a reported clause follows a "that", commas between ("said that, if elected, he would ..."): a
    statement, whatever word opens it (session 46, helper G)."""
    k = next((t.i for t in doc if t.idx >= start), None)
    if k is None:
        return False
    k -= 1
    while k > 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ == "that" and doc[k].dep_ == "mark"


def _dangling_end(doc: "Doc", start: int, end: int) -> bool:
    """Whether a reported clause ends on a preposition or subordinator without its object ("the
    reforms commenters insist the election is a victory for", "not a win for Obama, as"): the
    clause of a relative whose "which" stands outside it, or cut across the cue's own "as": no
    statement."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if not span:
        return False
    last = span[-1]
    if any(t.tag_ in ("WDT", "WP") for t in span):
        return False  # the gap's own "which", "who" inside ("which ones he'd like to work with")
    lo, hi = span[0].i, span[-1].i
    if any(a.dep_ in ("relcl", "acl") and lo <= a.head.i <= hi for a in last.ancestors):
        return False  # the relative's noun inside too ("he had not done the things he talked about")
    return last.pos_ in ("ADP", "SCONJ") and last.dep_ in ("prep", "mark", "dative") and not any(
        c.dep_ in ("pobj", "pcomp") for c in last.children)


def _looks_like_headline(text: str) -> bool:
    """Title Case words ("Bush Says We Should Pay Attention To History"): a headline or a
    link's text run into the article, not reported speech."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _headline_clause(subj: "Token", cue: "Token", text: str) -> bool:
    """Whether the speaker and its verb stand in a headline run into the text: the words
    from the speaker to the end of the line are in title case ("Labor Secretary Says Talk Of
    Fudged Jobless Numbers Is Insulting.")."""
    if cue.lower_ == "according" or cue.text[:1].islower():
        return False
    lo = min(t.idx for t in subj.subtree)
    hi = text.find("\n", cue.idx)
    return is_heading_text(text[lo : len(text) if hi < 0 else hi])


# A speech tag right after a report's content (", said Mark Rountree", ", the mayor said."; "told" takes its addressee
# after it, so ", told CNN" is no inverted tag): the sentence is the
# tag speaker's report, and a report inside it whose cue came first is a misparse of its clauses (review 17). The
# tag ends the sentence or names its speaker after it: ", said they were opposed" is a main verb after a
# relative clause ("Van Drew, who signaled he would soon switch parties, said ..."), no tag.
_TAG_AFTER = re.compile(r"[\s\W]{0,3},\s+(?:(?:said|says|added|wrote)\s+(?:[A-Z]|(?:the|a|an)\s)|"
                        r"(?:(?:the|a|an|[A-Z][\w.’'-]*)\s+){1,4}(?:said|says|added|wrote)\s*[.,;])")


def _headline_line(cue: "Token", text: str) -> bool:
    """Whether a present-tense cue ("says", "say") stands in a line that is a headline: short and with no stop at its
    end (`quotes._unstopped`), as a related story's link or a video's title run into the text ("Traveler says laptop
    saved him during airport shooting", "Play Video 'I want answers': Trudeau says missile downed plane – video").
    Headlines tell in the present and drop the stop; a report in the narration has its stop. Not caught: a headline
    in the past tense, or one longer than 15 words."""
    if cue.tag_ not in ("VBZ", "VBP"):
        return False
    lo = text.rfind("\n", 0, cue.idx) + 1
    hi = text.find("\n", cue.idx)
    return _unstopped(text, (lo, len(text) if hi < 0 else hi))


def _fragments_only(content: str) -> bool:
    """No quotation mark in `content`, or only pairs of them around fragments of up to `_FRAGMENT_WORDS`
    words ("Pelosi said it's not a fair process as McConnell is “in cahoots” with the White House"): a
    phrase the reporter picked out of the speaker's words, inside a report that is still reported
    speech (review 17); a longer quotation is a direct quote, which the direct path attributes."""
    marks = [m.start() for m in _MARKS.finditer(content)]
    if len(marks) % 2:
        return False
    return all(content[a] not in "”»" and content[b] not in "“„«" and len(content[a + 1 : b].split()) <= _FRAGMENT_WORDS
               for a, b in zip(marks[::2], marks[1::2]))


def _tags_direct(cue: "Token", subj: "Token", direct_quotes: Sequence[Quote]) -> bool:
    """Whether the cue is the tag of a direct quote of its sentence: the quote ends right before
    the cue's subject ('“We won!” Hale, head of the league, told a hall of volunteers, ...') or
    starts right after the cue and its addressee ('Hale told them, “...”'). What it said is that
    quote; another clause the parse hangs on the cue after it (the addressees described) is narration
    (a clause before the cue is its inverted report: "Unemployment has dropped, Smith noted, “but ...”")."""
    text = cue.doc.text
    sent = cue.sent
    lo, hi = sent.start_char, sent.end_char
    own = subj.head.i == cue.i
    for q in direct_quotes:
        gap = text[q.end : subj.left_edge.idx]
        opens = re.search(r"(?:^|\n|[.!?][\"”’']?\s)\s*[\"“]?$", text[max(0, q.start - 6) : q.start]) is not None
        if (own and subj.i < cue.i and q.end <= subj.left_edge.idx and len(gap) <= 4 and not re.search(r"[\w\n]", gap)
                and opens and not text[q.start : q.end].rstrip().endswith(".")):
            return True  # a sentence of its own, ended by its tag ('“We won!” Hale told ...', not '... “x.” Hale said')
        if not (lo <= q.start < hi):
            continue
        after = text[cue.idx + len(cue.text) : q.start]
        if own and q.start > cue.idx and len(re.findall(r"\w+", after)) <= 3 and re.search(r"[,:]\s*[\"“]?\s*$", after):
            return True
    return False


def extract_indirect(doc: "Doc", entities: Sequence[Entity], direct_quotes: Sequence[Quote]) -> list[Quote]:
    """Reported speech of an article with its speakers (`Quote.direct` False).

    `doc` is the spaCy parse of the article text, `entities` what `extract_entities(doc)`
    returned, `direct_quotes` what `extract_quotes(doc, entities)` returned: reports
    overlapping one of them are left out (the direct quote already attributes them).
    `Quote.text` is the reported clause as written (`doc.text[start:end]`, without a
    leading "that"), `Quote.cue` the verb as written ("said", "according to").
    """
    text = doc.text
    spans = find_quote_spans(text)
    ctx = _Context(doc, entities, spans)
    for q in direct_quotes:  # the pronoun fallback: the last quoted named speaker
        if q.speaker and q.speaker_kind == "person" and named_person(q.speaker, ctx):
            ctx.said.append((q.start, q.speaker))
    ctx.said.sort()
    taken = sorted((q.start, q.end) for q in direct_quotes)

    found: list[Quote] = []
    for cue, subj, (start, end) in _candidates(doc, ctx):
        if start > cue.idx and _tags_direct(cue, subj, direct_quotes):
            continue  # '“We won!” Hale told a hall of volunteers, some of them in tears, ...': the quote is the report
        content = text[start:end]
        if len(content.split()) < MIN_WORDS or not _fragments_only(content):
            continue  # a fragment, or a stretch holding a direct quote
        if "''" in text[max(0, start - 3) : end + 3]:
            continue  # a quote in '' marks (NYT archive style) is a direct quote
        if _looks_like_headline(content) or ctx.in_heading(start) or ctx.in_heading(end - 1):
            continue
        first = content.split(None, 1)[0].lower().rstrip(":,;")
        if (first in _QUESTION_WORDS and not _after_that(doc, start)) or content.rstrip().endswith("?"):
            continue  # (not "said that, if elected, he would ...": a condition in a statement)
        if any(s < end and start < e for s, e in taken):
            continue
        if cue.idx < start and _TAG_AFTER.match(text, end):
            continue  # "a poll found 49 percent ..., warfare is having a “boomerang effect”, said Rountree": the tag's
        if _dangling_end(doc, start, end):
            continue  # "... commenters like Reid insist the French election is a victory for": a gap
        if start <= subj.idx < end or _quantity(subj):
            continue  # a speaker inside its own report is a misparse
        if subj.lemma_.lower() in _PICTURES and cue.lemma_.lower() in _SEEING_VERBS and not _that_clause(doc, start):
            continue
        if subj.lemma_.lower() in _OUTCOMES and cue.lemma_.lower() in _SEEING_VERBS | _SIGNS:
            continue  # "the unanimous ruling suggests that the administration will face an uphill battle": an inference
        if _headline_clause(subj, cue, text) or _headline_line(cue, text):
            continue  # "We've added this post: Labor Secretary Says Talk Of ...": a link's headline
        if subj.lemma_.lower() in _GENERIC_KNOWLEDGE and not any(
                c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep", "acl", "relcl", "appos")
                for c in subj.children):
            continue  # "Research shows it isn't so simple": no source named, the writer's own claim
        if _self_reference(subj):
            continue  # "This article initially stated that ...": a correction note, no one's report
        speaker, kind = _speaker(subj, ctx, None)
        if subj.pos_ == "NOUN" and ctx.entity_at(subj.idx) is None and kind in ("person", "group"):
            lemma = subj.lemma_.lower()
            if lemma in _EVIDENCE_NOUNS:
                kind = "document"  # "unofficial returns show", "a review found"
            elif lemma in _BODY_NOUNS:
                kind = "org"  # "the city said"
            elif kind == "person" and lemma not in _PERSON_NOUNS:
                continue  # "the deal says": no one's voice
        if cue.lemma_.lower() == "show" and kind == "person" and subj.head.i == cue.i:
            continue  # "Trump has shown that he will always side with ...": what a person's deeds show, the writer's
            # inference (session 46, review 34; "the records show" stays a document's report, and so does a "showed"
            # the parse joined to a speaker's "said")
        speaker = _plain_speaker(_TRAILING_PRONOUN.sub("", speaker or "").strip())
        if not speaker or (kind == "person" and _restated(subj, speaker, start, end, ctx)):
            continue
        cue_text = "according to" if cue.lower_ == "according" else cue.text
        found.append(Quote(text=content, speaker=speaker, cue=cue_text, start=start, end=end,
                           direct=False, speaker_kind=kind))
        if kind == "person" and speaker in ctx.person_names:
            # a named speaker's report counts for the pronoun fallback as a quote of theirs does ("There are
            # two risks, Hale said. The first ... The second ... That risks a lot, he said.": Hale goes on)
            bisect.insort(ctx.said, (start, speaker))
    # a report nested in another one's content is the outer speaker's to tell
    found.sort(key=lambda q: (q.start, -q.end))
    out: list[Quote] = []
    for q in found:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out
