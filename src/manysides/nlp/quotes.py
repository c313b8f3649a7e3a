"""Direct quotations and who said them, from one article's spaCy parse.

Rule-based, in three passes:

1. find the quoted stretches in the raw text, paragraph by paragraph, tolerating
   unbalanced marks (an unclosed quote runs to its paragraph's end, the news convention
   for quotes that go on over several paragraphs);
2. attribute each stretch through a cue verb ("said", "told", "chanted", "according to",
   "called" ...) in the clause just after or just before it, taking the verb's subject as
   the speaker; he/she go to the subject of the nearest sentence that has a person for
   subject (main clause first), else to the last quoted speaker; "the mayor" to the named
   person an appositive or title ties it to, crowds ("protesters chanted") stay groups;
3. quotes left without attribution inherit it from the quote they continue: the other
   part of a split quote, the rest of a quote paragraph, or the adjacent quote-only
   paragraph.

Short quotes of one or two words are usually scare quotes ('so-called "experts"') or
titles; they are kept only when a cue verb governs them directly (He called her
"dangerous"). Quotes inside single quotation marks are not extracted (they are nested).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Entity, Quote
from .entities import (FAMILY_NOUNS, PRONOUN_GENDER, TITLES, _full_name_for, _relatives_named, _title_key,
                       _without_generation, canonical_person, person_genders)
from .headings import heading_spans
from .tweets import signatures

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["extract_quotes", "find_quote_spans", "CUE_VERBS", "LABEL_VERBS", "GROUP_NOUNS"]

# Verbs of saying and writing: their subject is the speaker of an adjacent quote.
CUE_VERBS = frozenset(
    """
    say tell add ask write tweet post explain argue state note insist warn chant shout
    declare claim contend report announce reply respond answer acknowledge admit concede
    recall remark comment observe suggest predict promise vow pledge urge complain lament
    boast joke quip yell scream cry whisper mutter testify conclude assert maintain
    emphasize emphasise stress caution threaten retort mock scoff sneer blast slam tout
    demand plead beg wonder muse recount confirm deny repeat reiterate text email inform
    reveal disclose elaborate clarify propose recommend advise agree disagree accuse
    criticize criticise praise thunder exclaim chime interject sing read quote cite
    concur summarize summarise describe call label brand dub term deride decry denounce
    characterize characterise dismiss point rave fume gush snap tease lash pen share
    headline caption proclaim affirm allege lash vent mourn joke opine predict
    """.split()
)
# Verbs that label something with the quoted words: their subject is the speaker of a
# short partial quote ("called the plan 'a disaster'").
LABEL_VERBS = frozenset(
    "call describe label brand dub term deride decry denounce characterize characterise "
    "hail dismiss name nickname".split()
)
# Participles that name what follows ("a charity called “Smiles for Life”", "an article
# titled “...”"): the quoted words after them are a name or a title, not a quotation.
NAMING_PARTICIPLES = LABEL_VERBS | {"title", "entitle", "headline", "subtitle", "caption"}
# Nouns for collectives whose members speak together: never resolved to a person.
GROUP_NOUNS = frozenset(
    """
    protester protestor demonstrator crowd supporter audience marcher attendee rallygoer
    fan student worker resident activist voter people mob group spectator participant
    onlooker chorus congregation union member delegate opponent critic official
    lawmaker republican democrat leader voice
    """.split()
)
# Of GROUP_NOUNS, those that are a group in the singular too ("the crowd chanted"); the
# others ("an official", "a supporter") are one person in the singular.
COLLECTIVE_NOUNS = frozenset(
    "crowd audience mob group chorus congregation union people".split()
)
ORG_NOUNS = frozenset(
    """
    company campaign agency department committee government administration ministry
    office organization organisation party team firm union court police newspaper
    paper network magazine group council board commission bureau institute foundation
    association coalition
    """.split()
)
# Writings that "say" or "read" something: a source, but not a person, group or body.
DOCUMENT_NOUNS = frozenset(
    """
    report statement poll survey study website letter memo memorandum post posting tweet text
    email e-mail message draft release document filing transcript video footage note ad
    advertisement headline caption book article editorial column op-ed complaint lawsuit
    indictment ruling resolution bill petition sign banner page placard slogan suit
    """.split()
)
# Common nouns that name people ("a spokesman said"): a nominal speaker is a person only
# when its head is one (shared with nlp/indirect.py).
PERSON_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney senator
    congressman congresswoman representative president governor mayor candidate director
    chief leader secretary minister analyst economist expert professor researcher scientist
    doctor physician nurse witness resident neighbor neighbour mother father son daughter
    wife husband man woman person officer detective prosecutor judge sheriff chairman
    chairwoman chair commissioner manager owner founder executive strategist pollster
    source lawmaker member friend colleague teacher student victim survivor farmer rancher
    worker employee veteran soldier agent investigator historian author writer reporter
    journalist commentator host ambassador diplomat general priest pastor activist
    organizer volunteer consultant operative staffer insider observer critic supporter
    opponent voter protester economist head
    """.split()
)
# More nouns of people, mostly heard in the plural ("allies said", "parents say"): with
# PERSON_NOUNS and GROUP_NOUNS, what a group speaker's head must be.
_PEOPLE_NOUNS = frozenset(
    """
    people folk family parent child kid relative sibling brother sister boy girl guy
    teen teenager youth senior retiree citizen american immigrant migrant refugee patient
    ally backer donor fan follower advocate proponent defender detractor skeptic sceptic
    rival challenger contender hopeful nominee elector constituent taxpayer homeowner
    consumer customer buyer seller user viewer reader listener caller passenger driver
    pilot player athlete coach actor actress artist musician singer editor pundit blogger
    insider watcher conservative liberal progressive moderate independent libertarian
    populist rebel insurgent militant fighter gunman attacker suspect defendant plaintiff
    juror negotiator mediator envoy regulator legislator politician authority administrator
    commander troop guard firefighter officer cop trooper scholar academic educator banker
    trader investor shareholder partner boss ceo executive staff crew clergy believer
    worshipper parishioner christian evangelical catholic muslim jew local villager
    neighbor neighbour survivor victim witness applicant participant respondent
    attendant occupant tenant landlord employer entrepreneur businessman businesswoman
    spokespeople representative delegate justice man woman person men women
    ranger rescuer paramedic medic miner hiker climber guide shopkeeper bartender waiter waitress
    swimmer runner teammate skater skier gymnast cyclist wrestler boxer golfer
    clerk cashier janitor mechanic engineer lifeguard fisherman baker butcher vendor merchant
    tourist visitor vacationer pilgrim forecaster inspector auditor
    """.split()
)
# Places and institutions that speak through their officials ("the city said",
# "the central bank said"): organisations, never persons.
BODY_NOUNS = frozenset(
    """
    city county state town village district school university college hospital library
    museum church airline airport utility bank prison military army navy charity
    nonprofit non-profit clinic embassy consulate regime parliament congress senate
    legislature ministry republic kingdom nation country province region
    """.split()
)
# What data, records and inquiries "show" or "find", and what an account is "according
# to" ("according to interviews and internal party discussions"): a source, typed as a
# document, never a person or group.
EVIDENCE_NOUNS = frozenset(
    """
    review analysis data return figure record result number estimate count tally research
    investigation audit finding evidence test model projection census statistic
    calculation look examination interview discussion comment conversation remark
    testimony account documentation paperwork transcript log image photo photograph
    recording reporting
    """.split()
)
# Words that say a person is a man or a woman ("her son Matthew", "the mother, Jane Doe"):
# gender evidence for he/she.
_MALE_NOUNS = frozenset(
    """
    man boy son father dad husband brother uncle nephew grandfather grandson gentleman
    boyfriend fiance widower stepfather stepson congressman spokesman chairman
    businessman councilman king prince
    """.split()
)
_FEMALE_NOUNS = frozenset(
    """
    woman girl daughter mother mom mum wife sister aunt niece grandmother granddaughter
    lady girlfriend fiancee widow stepmother stepdaughter congresswoman spokeswoman
    chairwoman businesswoman councilwoman actress queen princess
    """.split()
)
_PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = {"they", "them"}
_CLAUSE_DEPS = {"ccomp", "parataxis", "relcl", "ROOT"}  # subject search stops here
_GROUP_PRONOUNS = {"some", "many", "others", "several", "most", "few", "all", "both"}
_OPEN = "“«„"
_CLOSE = "”»"
_MARKS = re.compile(r"[\"“”«»„]")
# the marks that open and close a quotation: and "’’", two closing single marks, which some wire copy closes a
# quotation with (USA Today's “... uncertainty,’’ Lynch said; review 18: its quotations were left unclosed)
# and "''", two straight ones after a word, closing a quotation a double mark opened (Fox's AP copy: "We have lost a
# great leader, ... a great Briton,'' Cameron said: read as no close, the quote ran on into the narration); it closes
# only an open quotation, never opens one (an "''" alone is no quotation's edge)
_SPAN_MARKS = re.compile(r"[\"“”«»„]|’’|(?<=[\w.,!?;:])''(?=[\s)\]]|$)")
_SENT_END = {".", "!", "?"}
_SHORT_QUOTE_WORDS = 2
_PRONOUN_WINDOW = 3000  # characters to look back for a pronoun's antecedent
_SUBJECT_SENTENCES = 4  # sentences to look back for a subject antecedent


@dataclass
class _Span:
    """One quoted stretch: `start`/`end` the inner words, `outer_*` marks included."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    para: int
    unclosed: bool  # ran to its paragraph's end without a closing mark
    opens_para: bool  # its opening mark is the first thing in the paragraph
    speaker: str | None = None
    kind: str | None = None
    cue: str | None = None
    attributed: bool = False  # speaker found through a cue in its own sentence
    continues: int | None = None  # index of the span it continues (previous paragraph)
    drop: bool = False
    unvoiced: bool = False  # words the sentence gives to no one it names: inherit no speaker
    nested: bool = False  # opened inside another quote, after its speech verb ('... saying that, "..."')
    aside: bool = False  # a title set beside the prose (a link's, a broadcast's): the paragraph goes on past it


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


def _mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """"open", "close" or "toggle" (a straight mark whose context says nothing)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    ch = text[i]
    before_ok = prev.isspace() or prev in "([{—–-/" or i == lo
    after_ok = nxt.isspace() or nxt in ".,;:!?)]}—–" or i + 1 == hi
    if before_ok and not after_ok:
        return "open"
    if after_ok and not before_ok:
        return "close"
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    return "toggle"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding `pos`, by punctuation (for a stray closing mark)."""
    best = lo
    for m in re.finditer(r"[.!?][\"”’']?\s+", text[lo:pos]):
        best = lo + m.end()
    return best


# a transcript's speaker label: a line of a name alone ("michael barbaro", "ADAM LIPTAK:"), or an
# all-capitals name opening a line before a colon ("SCOTT DETROW, BYLINE:", "MARTIN:"), a title before
# it ("MAJORITY LEADER MITCH McCONNELL:"; a surname's prefix keeps its small letters, "McCAIN", "DeSANTIS")
_LABEL_LINE = re.compile(r"[A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*){0,3}:?")
_CAPS_WORD = r"(?:[A-Z][a-z]{1,2})?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+"
_LABEL_LEAD = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,5}}(?: \d{{1,2}})?(?:, [A-Z][A-Z ]+)?:(?=\s)")


def transcript_labels(text: str) -> list[tuple[int, int]]:
    """Character ranges of a transcript's speaker labels. A podcast or radio transcript names
    who speaks before each turn, on a line of its own or before a colon, lower case or capitals
    as the outlet styles it; the labels are no one's words and no sentence's subject (a he/she
    after "michael barbaro" is not Michael Barbaro). Only in a dialogue: two labels or more,
    each at least twice (a lone name line is a byline or a caption)."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    alone: dict[str, list[tuple[int, int]]] = {}
    lead: dict[str, list[tuple[int, int]]] = {}
    for start, line in lines:
        body = line.strip()
        lo = start + len(line) - len(line.lstrip())
        if _LABEL_LINE.fullmatch(body) and (body.islower() or body.isupper()):
            alone.setdefault(body.rstrip(":").lower(), []).append((lo, lo + len(body)))
        m = _LABEL_LEAD.match(body)
        if m and len(body) > m.end():
            lead.setdefault(m.group(0).split(",")[0].rstrip(":"), []).append((lo, lo + m.end()))
    out: list[tuple[int, int]] = []
    if sum(len(v) >= 2 for v in alone.values()) >= 2:
        out += [r for v in alone.values() if len(v) >= 2 for r in v]
    if sum(len(v) >= 2 for v in lead.values()) >= 2:  # the host's first label names the show's role too
        out += [r for v in lead.values() for r in v]
    return sorted(out)


# a speech verb ending the words of a quote still open: the next mark opens a quote it cites
_NESTING_CUE = re.compile(r"\b(?:saying|said|says|say|writing|wrote|calling|called|declaring|adding)(?: that)?[\s,:]*$")


# a single opening mark before a few words that a double mark closes: one mismatched pair ("were 'forwarded"")
_SINGLE_OPENED = re.compile(r"(?<![\w'‘’])['‘](?=\w)[^\"“”«»„'‘’.!?]{1,60}$")


def _single_opened(text: str, lo: int, i: int) -> int | None:
    """Where a single mark opens the words a stray double closing mark at `i` ends (' ... the emails Smith
    said were 'forwarded" to her': a typist's mismatched pair, one quoted word), or None. Without it the
    quote would run back to the sentence start, taking the narration as someone's words."""
    m = _SINGLE_OPENED.search(text, lo, i)
    return m.start() if m is not None and len(m.group().split()) <= 4 else None


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|me|my|My|us|our|Our)\b")


def _run_on_end(text: str, lo: int, at: int, hi: int) -> int:
    """Where a quotation opened at `at` and never closed in its paragraph ends: the paragraph's end (a quotation
    over paragraphs), but before a later sentence that speaks of the speaker as the narration does, when the
    narration opened the quotation after a "he"/"she" and the quoted words speak in the first person ('... D'Ambrisi
    said, she "felt like we were going too fast. The car she was in started to tip, and she was thrown ...': the
    outlet left out the closing mark; no speaker calls herself "she")."""
    before = re.search(r"\b(he|she)\s*$", text[max(lo, at - 12) : at])
    if before is None:
        return hi
    pronoun = re.compile(rf"\b{before.group(1)}\b", re.IGNORECASE)
    first = re.search(r"[.!?]\s+(?=[A-Z])", text[at:hi])
    if first is None or not _FIRST_PERSON.search(text, at, at + first.start()):
        return hi
    k = at + first.end()
    while k < hi:
        nxt = re.search(r"[.!?]\s+(?=[A-Z])", text[k:hi])
        end = k + nxt.end() if nxt else hi
        sentence = text[k:end]
        if pronoun.search(sentence) and not _FIRST_PERSON.search(sentence):
            return k
        k = end
    return hi


# a sentence that opens with a name (one to four capitalised words) and a past verb of saying or charging: narration
_NARRATED_OPENING = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:accused|said|told|declared|claimed|charged|alleged|argued|insisted|wrote|tweeted|"
    r"warned|complained|announced)\s")


def find_quote_spans(text: str) -> list[_Span]:
    """Quoted stretches of `text`, robust to missing opening or closing marks."""
    spans: list[_Span] = []
    prev_unclosed = False
    for p, (lo, hi) in enumerate(_paragraphs(text)):
        first = lo
        while first < hi and text[first].isspace():
            first += 1
        open_at: int | None = None
        para_spans: list[_Span] = []

        nested_at: int | None = None
        nested_close: int | None = None

        def emit(o: int | None, inner_lo: int, inner_hi: int, c: int | None) -> None:
            s, e = _trim(text, inner_lo, inner_hi)
            if e <= s or not any(ch.isalnum() for ch in text[s:e]):
                return
            para_spans.append(
                _Span(
                    start=s,
                    end=e,
                    outer_start=o if o is not None else s,
                    outer_end=c + 1 if c is not None else inner_hi,
                    para=p,
                    unclosed=c is None,
                    opens_para=o == first,
                    nested=o is not None and o == nested_at,
                )
            )

        for m in _SPAN_MARKS.finditer(text, lo, hi):
            i = m.start()
            if m.group() == "''" and open_at is None:
                continue
            role = "close" if m.end() - i == 2 else _mark_role(text, i, lo, hi)
            if role == "toggle":
                role = "close" if open_at is not None else "open"
            if role == "open":
                if open_at is not None:  # the previous quote was never closed, or quotes this one
                    emit(open_at, open_at + 1, i, None)
                    if _NESTING_CUE.search(text, open_at + 1, i):
                        nested_at = i  # "PM Trudeau ... saying that, "US Tariffs were ..."": his words
                elif nested_close is not None and not re.search(r"[.!?]", text[nested_close + 1 : i]):
                    nested_at = i
                open_at = i
            elif open_at is not None:
                emit(open_at, open_at + 1, i, m.end() - 1)
                if open_at == nested_at:
                    nested_close = i  # the citing quote goes on after it ('... insulting" and he "will not ...')
                open_at = None
            else:  # a closing mark without an opening one
                start = first if prev_unclosed and not para_spans else _sentence_start(text, lo, i)
                if any(sp.outer_start >= start and not sp.unclosed for sp in para_spans):
                    # 'said Cohen “acted at the direction of” Trump in making those payments.”': a pair closed
                    # before it in its sentence; a mark doubled by the typist, no quote whose opening was lost
                    continue
                single = _single_opened(text, start, i)
                if single is not None:  # 'that Smith said were ‘forwarded” to her': a word the typist opened with '
                    emit(single, single + 1, i, m.end() - 1)
                    continue
                if not (prev_unclosed and not para_spans) and _NARRATED_OPENING.match(text, start, i):
                    # 'Hale accused the firm of interfering in the election” and declared “...”': the sentence opens
                    # with its speaker and verb, narration; the lost opening stood somewhere after them, where is
                    # not known: no quote (session 47, review 28)
                    continue
                emit(None, start, i, m.end() - 1)
        if open_at is not None:
            emit(open_at, open_at + 1, _run_on_end(text, lo, open_at, hi), None)
        prev_unclosed = bool(para_spans) and para_spans[-1].unclosed
        spans.extend(para_spans)
    return spans


class _Context:
    """Per-document lookups shared by the attribution rules."""

    def __init__(self, doc: "Doc", entities: Sequence[Entity], spans: list[_Span]) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds doc.text on each access: keep one
        self.spans = spans
        self.entities = sorted(entities, key=lambda e: e.start)
        self.ent_starts = [e.start for e in self.entities]
        self.tok_starts = [t.idx for t in doc]
        outer = sorted((s.outer_start, s.outer_end) for s in spans)
        self.outer = outer
        self.outer_starts = [o[0] for o in outer]
        # no speaker, no cue, no antecedent: headings, and a transcript's speaker labels
        headings = heading_spans(self.text)
        labels = transcript_labels(self.text)
        self.headings = sorted(headings + [r for r in labels if not any(h[0] < r[1] and r[0] < h[1] for h in headings)])
        # who speaks in a transcript's turns: "I" and "you" there, never the he/she of a turn
        self.turns = [(a, self.text[a:b].split(",")[0].rstrip(":").strip().lower()) for a, b in labels]
        self.interlocutors = {name for _, name in self.turns}
        self.heading_starts = [h[0] for h in self.headings]
        self.own_heading: tuple[int, int] | None = None
        self.genders = person_genders(doc, list(entities))  # from honorifics: Mr., Ms.
        self.sent_starts = [sent.start_char for sent in doc.sents]
        self.people = Counter(e.name for e in entities if e.type == "PERSON" and " " in e.name)
        self._role_gender: dict[str, set[str]] = {}
        self.roles = self._role_names()
        for name, gs in self._role_gender.items():  # "her son Matthew Denice": male
            if len(gs) == 1:
                self.genders.setdefault(name, next(iter(gs)))
        self.stated_genders = dict(self.genders)  # honorifics and nouns only
        for name, g in _bound_genders(self).items():  # "Handel praised her supporters": female
            self.genders.setdefault(name, g)
        self.person_names = {e.name for e in entities if e.type == "PERSON"}
        self._relatives: list | None = None
        self.said: list[tuple[int, str]] = []  # (position, name) of quotes attributed so far
        self._mentions: list[_Mention] | None = None
        self._mention_pos: list[int] = []
        self._pronouns: dict[int, str | None] = {}  # he/she token index -> resolved person
        self._parties: dict[str, str] | None = None
        self._post_signatures: list[int] | None = None
        self._nationals: list[tuple[int, str, set[str], set[str]]] | None = None

    @property
    def relatives(self) -> list:
        """Relatives introduced by a first name ("Litvinenko's widow, Marina"), as
        `entities._relatives_named` reads them."""
        if self._relatives is None:
            self._relatives = _relatives_named(self.doc, self.people)
        return self._relatives

    def sent_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def in_post(self, pos: int) -> bool:
        """Whether `pos` stands in an embedded post: a post's signature (" — Name (@handle) May 1, 2019") follows
        it in its paragraph."""
        if self._post_signatures is None:
            self._post_signatures = [m.start() for m in signatures(self.doc.text)]
        k = bisect.bisect_left(self._post_signatures, pos)
        if k == len(self._post_signatures):
            return False
        return "\n" not in self.doc.text[pos : self._post_signatures[k]]

    @property
    def mentions(self) -> list["_Mention"]:
        """Persons mentioned outside quotes, in text order (built on first use)."""
        if self._mentions is None:
            self._mentions = _person_mentions(self)
            self._mention_pos = [m.pos for m in self._mentions]
        return self._mentions

    # -- positions -------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.outer_starts, pos) - 1
        return k >= 0 and self.outer[k][0] <= pos < self.outer[k][1]

    def in_heading(self, pos: int) -> bool:
        """Whether `pos` is in a heading line ("Update at 11:25 a.m. ET. Obama Hails News:"),
        other than the one whose own quote is being attributed (`own_heading`)."""
        k = bisect.bisect_right(self.heading_starts, pos) - 1
        return k >= 0 and self.headings[k][0] <= pos < self.headings[k][1] and self.headings[k] != self.own_heading

    def heading_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.heading_starts, pos) - 1
        return self.headings[k] if k >= 0 and self.headings[k][0] <= pos < self.headings[k][1] else None

    def tokens_between(self, lo: int, hi: int) -> list["Token"]:
        a = bisect.bisect_left(self.tok_starts, lo)
        b = bisect.bisect_left(self.tok_starts, hi)
        return [t for t in self.doc[a:b] if not self.in_quote(t.idx) and not t.is_space and not self.in_heading(t.idx)]

    def entity_at(self, pos: int) -> Entity | None:
        k = bisect.bisect_right(self.ent_starts, pos) - 1
        while k >= 0 and self.entities[k].start > pos - 200:
            e = self.entities[k]
            if e.start <= pos < e.end:
                return e
            k -= 1
        return None

    # -- "the mayor" -> the named mayor ---------------------------------------------
    def _prose_people(self):
        """(entity, token span) of each person named in the prose: a title named inside someone's quote or a
        heading is no holder the prose refers to ("... a slap at President Ghani," said Kirby. "The President" is
        Trump)."""
        for ent in self.entities:
            if ent.type != "PERSON" or self.in_quote(ent.start) or self.in_heading(ent.start):
                continue
            span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                yield ent, span

    def _role_names(self) -> dict[str, list[tuple[int, str]]]:
        roles: dict[str, list[tuple[int, str]]] = {}
        for ent, span in self._prose_people():
            root = span.root
            nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                     and not _subject_misparsed(c)]
            # not the end of a hyphened title: "Secretary-General Ban Ki-moon" is no "general"
            nouns += [c for c in root.children if c.dep_ == "compound" and c.i < span.start and not _hyphened(c)]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                nouns.append(root.head)
            for tok in span:
                if tok.pos_ in ("NOUN", "PROPN") and tok.i != root.i and tok.ent_type_ != "PERSON":
                    nouns.append(tok)
            if span.start > 0:
                # a title just before the name ("President Barack Obama"), whatever the
                # parse made of it (a line without a full stop can make it a ROOT)
                prev = span.doc[span.start - 1]
                if (prev.pos_ in ("NOUN", "PROPN") and prev.text[:1].isupper() and people_noun(prev.lemma_)
                        and not _hyphened(prev)):
                    nouns.append(prev)
            for n in dict.fromkeys(nouns):
                key = n.lemma_.lower().rstrip(".")
                roles.setdefault(_TITLE_NOUNS.get(key, key), []).append((ent.start, ent.name))
                g = _noun_gender(n)
                if g:
                    self._role_gender.setdefault(ent.name, set()).add(g)
        return roles

    def gender(self, name: str) -> str | None:
        """"m"/"f" for a person when the article says so: an honorific (Mr., Ms.), a role
        noun tied to the name ("her son Matthew Denice", "the mother, Jane Doe"), else a
        pronoun the syntax binds to the name (`_bound_genders`: "Handel praised her
        supporters", "Yildirim says he suspects ..."). (The he/she already resolved to a
        person by the recency rules was tried as evidence too: it lowered PolNeAR dev
        speaker accuracy, 0.797 -> 0.793, and is not used.)"""
        return self.genders.get(name)

    @property
    def journalists(self) -> set[str]:
        """Persons the article introduces as reporters ("Our colleague Jill Vejnoska", "NPR
        correspondent Jane Doe")."""
        return {name for noun in _JOURNALIST_NOUNS for _, name in self.roles.get(noun, [])}

    def party(self, name: str) -> str | None:
        """ "democrat"/"republican" for a person the article names after the party word
        ("Democrat Jon Ossoff", "Republican Karen Handel"), when it gives one party only."""
        if self._parties is None:
            seen: dict[str, set[str]] = {}
            for ent in self.entities:
                span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
                if ent.type != "PERSON" or span is None or span.start == 0:
                    continue
                prev = self.doc[span.start - 1]
                if prev.lower_ in ("democrat", "republican") and not self.in_quote(prev.idx):
                    seen.setdefault(ent.name, set()).add(prev.lower_)
            self._parties = {n: next(iter(p)) for n, p in seen.items() if len(p) == 1}
        return self._parties.get(name)

    def title_holder(self, noun: "Token") -> str | None:
        """The one holder named before of a title of two words or more ("the chief justice" in an article
        naming "Chief Justice John G. Roberts Jr." and "Justice Antonin Scalia"): the holder of the noun
        whom the article names right after the whole title."""
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        if not mods:
            return None
        title = " ".join(t.lower_ for t in noun.doc[mods[0].i : noun.i + 1])
        held = {name for pos, name in self.roles.get(noun.lemma_.lower(), [])
                if pos < noun.idx and self.text[max(0, pos - len(title) - 2) : pos].rstrip().lower().endswith(title)}
        return next(iter(held)) if len(held) == 1 else None

    def national_holder(self, noun: "Token") -> str | None:
        """The one person named before whose title gave the nationality a role noun carries ("the French leader"
        after "French President Emmanuel Macron"), holding that role or any, when the noun is one of leading ("the
        French leader", "the Brazilian head"); None for two such persons or none. Review 23's NPR: "... after the
        French leader used the G-7 summit ... and said the fires are a crisis" had "the French leader" speak."""
        nat = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                    and c.ent_type_ == "NORP" and c.text[:1].isupper()), None)
        if nat is None:
            return None
        lemma = noun.lemma_.lower()
        if self._nationals is None:
            self._nationals = self._titled_nationals()
        held = {name for pos, name, nats, roles in self._nationals if pos < noun.idx and nat.lower_ in nats
                and (lemma in roles or lemma in _LEADING_NOUNS)}
        return next(iter(held)) if len(held) == 1 else None

    def _titled_nationals(self) -> list[tuple[int, str, set[str], set[str]]]:
        """(position, name, nationality words, role nouns) of each person named outside quotes after a title
        holding a nationality ("French President Emmanuel Macron")."""
        out = []
        for ent, span in self._prose_people():
            first = next((t for t in span if t.ent_type_ == "PERSON"), span[0])
            k, before = first.i - 1, []
            while k >= 0 and first.i - k <= 4 and self.doc[k].text[:1].isupper() and self.doc[k].pos_ in (
                    "PROPN", "NOUN", "ADJ") and self.doc[k].ent_type_ != "PERSON":
                before.append(self.doc[k])
                k -= 1
            nats = {t.lower_ for t in before if t.ent_type_ == "NORP"}
            if nats:
                roles = {_TITLE_NOUNS.get(t.lemma_.lower().rstrip("."), t.lemma_.lower()) for t in before
                         if t.ent_type_ != "NORP"}
                out.append((ent.start, ent.name, nats, roles))
        return out

    def role_person(self, noun: "Token") -> str | None:
        """The person a role noun ("the president") stands for: the one holder the article
        names before it. Never a holder named later (Politico's "the president" is Trump,
        not the "Ukrainian President Volodymyr Zelensky" of a later paragraph), and none
        when two people hold it before ("the senator" of an article naming two senators
        would be a guess)."""
        held = [(pos, name) for pos, name in self.roles.get(noun.lemma_.lower(), []) if pos < noun.idx]
        before = {name for _, name in held}
        if not before:
            return self.national_holder(noun)  # "the French leader" after "French President Emmanuel Macron"
        if len(before) == 1:
            return next(iter(before))
        if len(before) > 1:
            # "... waiting for Prayuth to speak. At a news conference, the general said": of
            # two generals, the one the sentence before names (and no other holder there)
            k = self.sent_index(noun.idx)
            lo = self.sent_starts[max(0, k - 1)]
            near = {e.name for e in self.entities if lo <= e.start < noun.idx and e.type == "PERSON"
                    and not self.in_quote(e.start)} & before
            if len(near) == 1:
                return next(iter(near))
        return None


def _two_word_title(tok: "Token", ctx: "_Context") -> bool:
    """ "But the chief justice, writing in the 6-3 ruling, said ...": a title with the words that make it one,
    perhaps with a phrase set off after it, whose holder is one person (`_Context.title_holder`) though the
    bare noun ("justice") has several."""
    before = [c for c in tok.children if c.i < tok.i]
    return (len(before) >= 2 and before[0].lower_ == "the"
            and all(c.dep_ in ("amod", "compound") for c in before[1:])
            and all(c.dep_ in ("punct", "acl", "appos", "relcl") for c in tok.children if c.i > tok.i)
            and (ctx.title_holder(tok) is not None or ctx.national_holder(tok) is not None))


def _subject_misparsed(appos: "Token") -> bool:
    """Whether a phrase the parse set in apposition to a name is the subject of the verb right
    after it, a verb the parse left with none ("... a surprise to Prime Minister Niwattumrong, an
    aide to the leader told CNN"): no title of that name."""
    nxt = appos.right_edge.i + 1
    if nxt >= len(appos.doc):
        return False
    verb = appos.doc[nxt]
    return verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


# abbreviated titles as the role nouns they stand for ("Gen. Prayuth" is "the general")
_TITLE_NOUNS = {"gen": "general", "sen": "senator", "gov": "governor", "rep": "representative",
                "adm": "admiral", "col": "colonel", "sgt": "sergeant", "capt": "captain", "lt": "lieutenant"}
# Nouns of one who leads, whatever the office ("the French leader" is the French president or prime minister)
_LEADING_NOUNS = frozenset("leader head".split())
_JOURNALIST_NOUNS = frozenset("reporter correspondent colleague journalist intern interviewer".split())
_MEETING_VERBS = frozenset("catch speak talk meet interview ask visit sit reach".split())


def _met(m: "_Mention", ctx: "_Context") -> bool:
    """Whether a person is whom the main verb of their sentence has someone meet or speak with
    ("caught up with Carter", "spoke to Smith", "interviewed Smith")."""
    ent = ctx.entity_at(m.pos)
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent is not None else None
    if span is None:
        return False
    t = span.root
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("with", "to") else t.head if t.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in _MEETING_VERBS and _is_main_verb(verb)


def _verb_subject(verb: "Token") -> "Token | None":
    """The subject of a verb, climbing participles, infinitives and conjuncts that have none
    of their own ("Hackett, who wrote ..., explaining that she ...": who -> Hackett)."""
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head if subj.lower_ in ("who", "that") else None
            return subj
        if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i and verb.head.pos_ in (
                "VERB", "AUX"):
            verb = verb.head
            continue
        return None
    return None


def _bound_antecedent(pron: "Token") -> "Token | None":
    """The word a he/she/his/her is bound to by the syntax alone: the subject of the clause
    that holds a possessive or reflexive ("Handel praised her supporters", "Obama was
    introduced before his remarks"; the verb's own subject, not a conjunct's), or of the
    speech verb whose reported clause has the pronoun for subject ("Yildirim says he
    suspects", "Hackett said she had two sons"; not "asked Holder whether he ...")."""
    if pron.dep_ in ("nsubj", "nsubjpass"):
        clause = pron.head
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        cue = clause.head
        lemma = cue.lemma_.lower()
        if lemma not in CUE_VERBS and lemma not in ("believe", "think", "hope", "explain", "insist", "expect"):
            return None
        if any(c.dep_ in ("dobj", "dative") for c in cue.children) or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return None  # "asked Holder whether he ...", "told him he ...": the pronoun may be the other's
        subj = _verb_subject(cue)
    elif pron.dep_ == "poss" or pron.lower_ in ("himself", "herself"):
        verb = pron.head
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # the verb's own subject only: in "Sanders endorsed and has fundraised for her primary
        # challenger" the "her" is someone else's
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WP", "WDT"):
            subj = verb.head if verb.dep_ == "relcl" and subj.lower_ == "who" else None
    else:
        return None
    if subj is None or subj.i >= pron.i:
        return None
    return subj


def _own_gender(tok: "Token", ctx: "_Context") -> str | None:
    """The gender the pronouns bound to a subject word say, in its own sentence ("The
    Democrat said little about his political future": "m")."""
    said = {PRONOUN_GENDER[t.lower_] for t in tok.sent if t.lower_ in PRONOUN_GENDER and t.pos_ == "PRON"
            and t.i > tok.i and not ctx.in_quote(t.idx) and (b := _bound_antecedent(t)) is not None and b.i == tok.i}
    return next(iter(said)) if len(said) == 1 else None


def _bound_genders(ctx: "_Context") -> dict[str, str]:
    """Person name -> "m"/"f" read off the pronouns the syntax binds to the name (see
    `_bound_antecedent`), outside quotes and headings, when the name's bound pronouns say
    one gender only, or three times as often as the other (a possessive counts once, the
    subject of a reported clause or a reflexive twice), and no other person is named between
    the name and its pronoun."""
    votes: dict[str, Counter] = {}
    for tok in ctx.doc:
        g = PRONOUN_GENDER.get(tok.lower_)
        if g is None or tok.pos_ != "PRON" or ctx.in_quote(tok.idx) or ctx.in_heading(tok.idx):
            continue
        subj = _bound_antecedent(tok)
        if subj is None or ctx.in_quote(subj.idx):
            continue
        ent = ctx.entity_at(subj.idx)
        if ent is None:
            ent = _untyped_surname(subj, ctx)  # "Brewer said she would travel", "Brewer" left untyped
        if ent is None or ent.type != "PERSON" or not plausible_person(ent.name):
            continue
        between = [e for e in ctx.entities[bisect.bisect_left(ctx.ent_starts, ent.end) :]
                   if e.start < tok.idx and e.type in ("PERSON", "ORG", "NORP") and not ctx.in_quote(e.start)]
        if between:
            continue  # "Smith attacked Clinton for her emails": her may be Clinton's
        if tok.dep_ == "poss" and _person_word_between(ctx, ent.end, tok.idx):
            continue  # "Kim reported on the governor's plan at his briefing": his may be the governor's
        if tok.dep_ == "poss" and any(t.lower_ in ("him", "her") and t.dep_ != "poss" and PRONOUN_GENDER[t.lower_] == g
                                      for t in ctx.tokens_between(ent.end, tok.idx)):
            # "Judge Ann Cole cleared him of murder in the killing of his wife": the object "him" is another person
            # than the subject, and the possessive after it may be his (session 48, review 36)
            continue
        # "Walsh said she ..." binds more surely than a possessive ("Walsh staved off his
        # challenge" is the challenger's): two votes against one
        votes.setdefault(ent.name, Counter())[g] += 1 if tok.dep_ == "poss" else 2
    out = {}
    for name, c in votes.items():
        (g, n), *rest = c.most_common() + [("", 0)]
        if n and n >= 3 * rest[0][1]:
            out[name] = g
    return out


def _untyped_surname(tok: "Token", ctx: "_Context") -> Entity | None:
    """A lone capitalised word the NER left untyped that is the surname of one person the article names in full
    before it ("Gov. Jan Brewer ... Brewer said she would travel"): that person, as a mention; else None."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or ctx.in_quote(tok.idx) or any(
            c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound":
        return None
    full = _full_name_for(tok.text, Counter({n: k for n, k in ctx.people.items()
                                             if any(e.name == n and e.start < tok.idx for e in ctx.entities)}))
    return Entity(text=tok.text, name=full, type="PERSON", start=tok.idx, end=tok.idx + len(tok.text)) if full else None


def _person_word_between(ctx: "_Context", lo: int, hi: int) -> bool:
    """Whether a common noun of a person or an office's title ("the pope's", "a senator") stands
    between a name and a possessive after it: news prose hangs "his"/"her" on the nearest person, so
    the possessive says nothing of the name's gender ("Kim reported on the pope's legacy at his
    five-year mark" is the pope's mark)."""
    return any(t.pos_ == "NOUN" and (people_noun(t.lemma_) or t.lower_ in TITLES)
               for t in ctx.tokens_between(lo, hi))


def _listed_after(subj: "Token") -> bool:
    """Whether a subject the parse gives stands after its verb past a colon: a list the
    parser misread ("... said she hopes to carry on the legacy of her predecessors in that
    district: Newt Gingrich, Johnny Isakson and Tom Price"), no subject."""
    verb = subj.head
    return subj.i > verb.i and any(t.text in (":", ";") for t in subj.doc[verb.i + 1 : subj.i])


def _hyphened(tok: "Token") -> bool:
    """Whether a word ends a hyphened compound ("General" of "Secretary-General")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–") and not tok.doc[tok.i - 1].whitespace_


def _noun_gender(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in _MALE_NOUNS or tok.lower_ in _MALE_NOUNS:
        return "m"
    if lemma in _FEMALE_NOUNS or tok.lower_ in _FEMALE_NOUNS:
        return "f"
    return None


def people_noun(lemma: str) -> bool:
    """Whether a common noun (its lemma) names people: "officials", "a spokesman",
    "Trump supporters", "economists" (-ist, -ian), not "comments" or "interviews"."""
    lemma = lemma.lower()
    return (
        lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or lemma in _PEOPLE_NOUNS
        or lemma in _MALE_NOUNS or lemma in _FEMALE_NOUNS
        or (len(lemma) > 5 and lemma.endswith(("ist", "ian")))
    )


# Lower-case words that belong to a surname ("Bill de Blasio", "Ludwig van Beethoven"); the
# comparison's name matching uses them too.
SURNAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
                               "dos", "das", "bin", "ibn", "al", "el", "y"})
_PARTICLES = SURNAME_PARTICLES | {"st."}


def plausible_person(name: str) -> bool:
    """Whether a PERSON entity's name can be a person's: no digits ("COVID-19"), not one
    all-capitals word (an acronym), every word capitalised but for a surname's particles
    ("Bill de Blasio")."""
    words = name.split()
    if not words or any(ch.isdigit() for ch in name) or not any(ch.isalpha() for ch in name):
        return False
    if len(words) == 1 and len(name) > 2 and name.isupper():
        return False
    if street_name(name):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def named_person(speaker: str, ctx: "_Context") -> bool:
    """Whether a quote's speaker is a named person, for the pronoun fallback (the last quoted named speaker goes
    on): a person the NER typed, or a first name and a surname the NER missed that a speech tag gives ('“...,” said
    House Minority Whip Steny Hoyer (D-Md.). He added that ...': Hoyer goes on, not a "he" of sentences before;
    session 42, review 29). Not a title alone ("Senate Majority Leader") nor joined names ("A and B")."""
    if speaker in ctx.person_names:
        return True
    words = speaker.split()
    return (len(words) >= 2 and plausible_person(speaker) and _title_key(words[-1]) not in TITLES
            and words[-1].isalpha() and not any(w.isupper() and len(w) > 1 for w in words))


# The last words of a street's name: "Wall Street", "Main Street", "Downing Street" and "Pennsylvania
# Avenue" name a place and, by metonymy, a market or a government, never a person ("Lane" is a surname)
_THOROUGHFARES = frozenset("street st. avenue ave. boulevard blvd. road plaza".split())


def street_name(name: str) -> bool:
    """Whether a name of two words or more ends on a street's word ("Wall Street will be
    listening": a market, no "he")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _THOROUGHFARES


_QUOTE_GLYPHS = frozenset('"“”«»')


# Verbs of refusing a speech: "declined to comment", "refused to say"
_REFUSING_VERBS = frozenset("decline refuse".split())


def _is_cue(tok: "Token") -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in NAMING_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ == "acl":
        return False  # "a charity called 'Smiles for Life'": a name, not a quotation
    if tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VBG":
        return False  # "that denying it to couples violates the guarantee of “...”": a deed named, no one's words
    if (tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i
            and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "POS", "PRP$", "JJ", "RB")
            and not any(t.text in _QUOTE_GLYPHS for t in tok.doc[tok.i : tok.head.i])):
        # "the president's tweeted assertion that “...”": an adjective inside the noun's phrase; the noun's owner
        # speaks ('ElBaradei cited “decisions ...”', a verb the parse made a modifier, stays a cue)
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING_VERBS:
        # "The Pentagon declined to comment.": a speech refused, no tag of the quote before it (that quote goes on
        # with its paragraph's speaker; session 48, review 37)
        return False
    if lemma == "continue":  # "he continued", not "continued to be", nor "as long as the strike continues"
        return not any(c.dep_ in ("xcomp", "dobj", "prep") or (c.dep_ == "nsubj" and _thing(c)) for c in tok.children)
    if lemma == "react":  # '“...,” Orban reacted.': a tag; not "reacted to the news", "reacted angrily"
        return not any(c.dep_ in ("prep", "advmod", "dobj", "xcomp", "advcl") for c in tok.children)
    if lemma == "put":  # "as Mulroney puts it, “...”": a way of saying
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma == "maintain":  # "maintained that ...", "maintained: “...”", not "maintain a neutral platform"
        return not any(c.dep_ == "dobj" and not any(t.text in _QUOTE_GLYPHS for t in c.subtree) for c in tok.children)
    if lemma == "add" and _adds_amount(tok):
        return False  # 'employers added “more workers than ...”': a count grew; the quoted words are not theirs
    if lemma == "call" and not any(c.dep_ in ("xcomp", "ccomp", "attr", "acomp") or (
            c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) for c in tok.children):
        # 'Flynn called a “senior official of the transition team” at the resort': one person rung up, no naming
        # (naming takes two: "called him a “liar”"; session 46, review 34)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
        if len(objs) == 1 and objs[0].tag_ == "NN" and people_noun(objs[0].lemma_) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in objs[0].children):
            return False
    if lemma == "charge":  # "Clinton charged that ...", not "was charged with murder"
        return any(c.dep_ == "ccomp" for c in tok.children) and not any(
            c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in tok.children)
    return lemma in CUE_VERBS


# Participles of citing a text's words: "“high crimes” cited in the charter", "listed in", "used in"
_CITED_PARTICIPLES = CUE_VERBS | frozenset("use list define enshrine mention".split())


def _passive_after_quote(tok: "Token") -> bool:
    """A bare past participle of citing right after a quotation's closing mark, set on the quoted
    words ('removed for “gross misconduct” cited in the charter', 'the “high crimes” listed in the
    law'): the words are a text's, cited with no agent, so the sentence's subject is not their
    speaker; with an agent ('“...” written by Smith') or a subject or auxiliary of its own it may be,
    and a participle of another verb describes the thing named ('called it a “one-off” intended to
    deter' is still the caller's)."""
    return (tok.tag_ == "VBN" and tok.dep_ in ("acl", "pcomp") and tok.i > 0
            and tok.lemma_.lower() in _CITED_PARTICIPLES
            and tok.doc[tok.i - 1].text in _QUOTE_GLYPHS
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children))


_AMOUNT_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _adds_amount(add: "Token") -> bool:
    """Whether "add" takes an amount as its object ("added 171,000 jobs", "added “more workers
    ... than at any time”", the quotation opening on the count): a count grew, nothing was said,
    even when the words are quoted from someone else; "he added: “More workers are needed”",
    "she added more detail: “...”" and "“...,” she added" say."""
    for obj in (c for c in add.children if c.dep_ == "dobj"):
        if obj.like_num or obj.ent_type_ in _AMOUNT_ENTS or any(c.dep_ == "nummod" for c in obj.children):
            return True
        edge = obj.left_edge.i
        opens = obj.doc[edge].text in _QUOTE_GLYPHS or (edge > 0 and obj.doc[edge - 1].text in _QUOTE_GLYPHS)
        if opens and any(c.dep_ in ("amod", "advmod") and c.lower_ in _COMPARATIVES for c in obj.children):
            return True
    return False


# Verbs of opening, closing or answering, done "by saying" something ("he concluded by saying",
# "she began by saying", "responded by saying"): the saying is their subject's
# (and verbs of striking an audience: "Hale quit after Grant stunned the party by announcing he would run" is
# Grant's announcement; session 48, review 36)
_BY_SAYING = frozenset("begin start open finish conclude end close wrap respond reply answer react surprise shock stun "
                       "astonish startle stir anger infuriate outrage delight amuse baffle rattle".split())


# Cues a cause or a fact may be the subject of ("his upbringing might explain his conduct", "the delay suggests
# trouble"): with a subject that names no one (`_thing`) they say nothing
_ACCOUNTING_CUES = frozenset("explain suggest reveal confirm show indicate".split())


def _thing(tok: "Token") -> bool:
    """Whether a subject is a common noun that names no one who could speak ("the strike",
    "the talks"): not a pronoun, a name, or a noun of people, writings or bodies."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    lemma = tok.lemma_.lower()
    return not (people_noun(lemma) or any(lemma in nouns for nouns in (DOCUMENT_NOUNS, EVIDENCE_NOUNS, ORG_NOUNS,
                                                                         BODY_NOUNS)))


def _cue_name(tok: "Token") -> str:
    return "according to" if tok.lower_ == "according" else tok.lemma_.lower()


# Verbs of rejecting what others say: "denied reports saying ...", "dismissed claims suggesting ..."
_REJECTING_VERBS = frozenset("deny reject dismiss refute dispute debunk rebut contest".split())


def _subject(cue: "Token", ctx: _Context, strict: bool = False) -> "Token | None":
    """The speaker token of a cue verb: its subject, climbing participles and conjuncts.
    `strict`: only a subject the parse gives, no guess from the neighbouring words."""
    if cue.lower_ == "according":
        to = cue.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    if (cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ == "NOUN" and cue.head.dep_ == "dobj"
            and cue.head.head.lemma_.lower() in _REJECTING_VERBS):
        # "After denying reports suggesting it had caused the crash, the ministry ...": the reports
        # it rejects say so, unnamed; they are not the words of whoever rejects them
        return None
    if (cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN")
            and cue.lemma_.lower() in _CROWD_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
            and (people_noun(cue.head.lemma_) or cue.head.ent_type_ == "PERSON") and not ctx.in_quote(cue.head.idx)):
        return cue.head  # "to a crowd chanting “Karen, Karen, Karen”": the crowd, not the sentence's subject
    if _heard_thing(cue):
        return None  # "waking up to chants over loudspeakers calling for ...": no one named
    if (marked := _subject_after_mark(cue)) is not None:
        # "After the chairman of the committee confirmed he knew ..., Graham questioned ...": the parse read "After
        # the chairman" as a phrase; the chairman confirmed, not the main clause's subject (session 47, review 29)
        return marked
    if (aside := _as_said_before(cue, ctx)) is not None:
        # "That judges do not, as Chief Justice Roberts once famously said, only call “balls and strikes.”": the
        # aside before the cue names whose words they are, not the clause's subject (session 41, review 29)
        return aside
    if (faulted := _faulted_for(cue, ctx)) is not None:
        # "The governor attacked Mayor Lee for saying the city was safe", "Democrats are irritated at
        # Roberts for promising to call only “balls and strikes”": the words are those of whom the
        # sentence faults or thanks for them, not of the sentence's subject (session 41, review 29)
        return faulted
    if (filing := _filing_participle(cue)) is not None:
        return filing  # "in response to a lawsuit alleging the firm lied": the lawsuit's claim (session 46, helper G)
    if (absolute := _with_subject(cue)) is not None and not ctx.in_quote(absolute.idx):
        # "Leaders were swift to condemn it, with the Grand Mufti, Ibrahim Abu Mohamed, saying ...": the one "with"
        # names says it, not the sentence's subject (review 35)
        return absolute
    if (sender := _sender_of(cue)) is not None:
        return sender  # "sent a letter to the director demanding ...": the sender demands (session 47, review 30)
    if (owner := _participle_owner(cue, ctx)) is not None:
        # "a post from a government spokesman falsely claiming the army spread the virus": the participle
        # right after a person's noun, with no comma between, is that person's claim, not the sentence
        # subject's (session 41, review 28; ", claiming" after a comma still goes with the subject)
        return owner
    if (cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ == "NOUN" and cue.head.lemma_.lower() in _TALE_NOUNS
            and not any(c.dep_ == "poss" for c in cue.head.children)
            and cue.head.dep_ in ("dobj", "pobj") and cue.head.head.lemma_.lower() not in _ISSUING_VERBS
            and not _is_cue(cue.head.head)):
        # "She loved the jokes claiming she beat her ministers with her handbag": the jokes claim it, told by no one
        # named; not whoever the sentence is about (but "issued a report saying" is the issuer's)
        return None
    opener = _opening_participle_subject(cue, ctx)
    if opener is not None:
        return opener  # "Chanting “...” students, ..., marched to ...": the students
    if (cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "nsubj") for c in cue.children)):
        # (not a finite report the parse took for a participle: "Manchin, who ..., confirmed Friday
        # that he will ...")
        # "the sharp drop reported in September had looked “too good to be true”": a participle
        # describing a noun is said by its agent ("the words written by Smith"), never by the noun
        return next((o for a in cue.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    voiced = _reaction_from(cue)
    if voiced is not None:
        return voiced  # "The report prompted an outcry from lawmakers, claiming ...": the lawmakers claim
    quoted = _quoted_as(cue, ctx)
    if quoted is not None:
        return quoted  # "The New York Times quotes the CTU's Lewis as saying ...": Lewis
    if (went_on := _relative_cue_goes_on(cue, ctx)) is not None:
        # "Twitter added a warning to two tweets that called the ballots “fraudulent” and predicted “...”": the
        # tweets predict, not Twitter, whose "added" the parse joined the verb to (session 42, review 28)
        return went_on
    if (joined := _joined_to_subordinate(cue)) is not None:
        # "Roe and Lee have argued for days since the mayor vetoed the bill and said ...": the mayor said it, the
        # verb of the same form right before the "and", not the main clause's subjects (session 43, review 23)
        return joined
    verb = cue
    via_prep = False  # climbed from a participle through a preposition ("by saying")
    for _ in range(8):
        climbed = None
        if (via_prep and verb.dep_ in ("advcl", "relcl") and _subordinate(verb) and verb.head.i != verb.i
                and verb.lemma_.lower() not in _BY_SAYING):
            # (not a verb that is done "by saying": "The gallery erupted in cheers when he concluded
            # by saying “...”" is his)
            # "Trump explained his failure ... when Republicans controlled Congress by
            # saying, '...'": the parser hung "by saying" on the nearest verb, in a
            # subordinate clause; whoever says it is the subject of the clause above
            verb = verb.head
            continue
        children = list(verb.children)
        if verb is not cue and cue.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ == "that" and c.i == verb.sent.start for c in children):
            # "That the North Koreans went into talks demanding ..., suggests there is desperation": a clause for
            # subject, which the parse made the sentence's own; its noun says nothing (session 46, review 34)
            return None
        if verb is cue:
            # two subjects: the one after the verb is the speaker of an inverted cue
            # ("... with Adm. Michael Gilday, said Hoffman": the parse gives both); of two after
            # it, the named person ("said the Fox and Friends co-host Ainsley Earhardt", the
            # hyphened title split off as a subject of its own)
            # ("police crowded downtown as protesters shouted “...”": the parse gives the cue both
            # subjects too, the main clause's before the subordinator; the cue's is after it)
            # (only "as", "while", "when" before a cue: "The case before Leon involved ..." is a
            # preposition the parse took for a subordinator)
            mark = next((c.i for c in children if c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                         and _is_cue(cue)), -1)
            # ("The last report is due at 8:30 and economists say ...": a subject before the cue's own
            # "and" is the joined clause's, whose verb the parse left out)
            # (the parse may hang that "and" inside the first subject's words: "The last report before
            # the vote is due at 9 and economists say")
            subjects = [c for c in children if c.dep_ == "nsubj" and c.i < cue.i]
            joint = max((t.i for t in cue.doc[subjects[0].i : cue.i] if t.dep_ == "cc" and t.lower_ == "and"
                         and any(t.i < s.left_edge.i for s in subjects)), default=-1) if len(subjects) > 1 else -1
            # ("The agency's Melbourne, Florida, office warned": a city's state before the noun it
            # modifies is no second subject, `_place_before_subject`)
            # ("That group of senators, Ms. Ortega said on radio, was beginning to ...": the name set off by
            # commas right before the cue is who says it; the subject before it is the report's, session 41)
            aside = next((c.i for c in children if c.dep_ == "nsubj" and _interjected(c, cue)), -1)
            # ("Speaking Spanish, which a friend translated, Ochoa said ...": the object of an opening -ing form,
            # which the parse made a second subject, is no speaker; session 42, review 31)
            children.sort(key=lambda c: (_participles_object(c, cue),
                                         c.dep_ == "nsubj" and c.i < aside,
                                         c.dep_ == "nsubj" and c.i < mark,
                                         c.dep_ == "nsubj" and c.i < joint,
                                         c.dep_ == "nsubj" and _dashed_off(c, cue),
                                         _place_before_subject(c, cue),
                                         _country_before_person(c, cue),
                                         not (c.i > cue.i and c.dep_ == "nsubj"),
                                         not (c.i > cue.i and c.ent_type_ == "PERSON")))
        for c in children:
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and (verb.lemma_ == "quote" or _raised_speaker(verb, cue)))
                    or (_name_read_as_modal(c) and c.ent_type_ == "PERSON")):
                if ctx.in_quote(c.idx) or ctx.in_heading(c.idx) or _listed_after(c):
                    continue
                if verb is not cue and _dashed_off(c, verb) and any(
                        o.dep_ == "nsubj" and o.i > c.i and not _dashed_off(o, verb) for o in children):
                    continue  # "elected at 78 - already the oldest pope - he had planned to ...": the aside's noun
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    if verb is cue or c.lower_ in ("who", "whom"):
                        return _relative_antecedent(verb, c)  # "the senator, who said ...", "Smith, who smiled, saying"
                    # "LePage offered comments that have drawn fire, saying ...": the
                    # participle goes with the clause the relative clause sits in
                    up = verb.head
                    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                        up = up.head
                    climbed = up if up.pos_ in ("VERB", "AUX") and not ctx.in_quote(up.idx) else None
                    break
                if verb is cue and c.i < cue.i:
                    continued = _relative_continued(c, cue)
                    if continued is not None:
                        return continued
                if verb is not cue and verb.dep_ == "ccomp" and _is_cue(verb.head) and (
                        cue.tag_ == "VBG" or not _news_report(verb.head)) and not _own_vow(cue, verb, c) and not (
                        # (a participle on a reported speech verb is that speaker's: "The Post reports that Russia
                        # disputed Turkey's account, saying the plane was downed “...”" is Russia's; session 46)
                        cue.tag_ == "VBG" and ((_is_cue(verb) and _news_report(verb.head))
                                               or verb.lemma_.lower() in _STANCE_VERBS)
                        and verb.lemma_.lower() not in ("say", "add") and cue.lemma_.lower() != "add"
                        and cue.head.i == verb.i):
                    # (a finite verb joined to the clause an outlet's tag reports has that clause's
                    # subject: "The star stayed calm and called it “embarrassing,” NBC reported" is the
                    # star's; under a speaker's cue it is the speaker's: "Geng said Beijing was
                    # “highly concerned” and called for “calm and restraint”")
                    # "Smith said the plan could be 'messy,' adding ...": the participle
                    # hangs off the reported clause; the speaker is the reporter's subject
                    higher = _subject(verb.head, ctx)
                    if higher is not None:
                        return higher
                return c
        if climbed is not None:
            verb = climbed
            continue
        if (verb is cue and cue.tag_ == "VBG" and cue.dep_ == "conj" and cue.head.pos_ in ("NOUN", "PROPN")
                and ctx.in_quote(cue.head.idx)):
            # "carrying signs that read “Enough” and chanting, “...”": the parse joined the participle to the
            # quoted noun; it goes on from the words' clause outside the marks ("carrying"), whose subject chants
            up = cue.head
            while ctx.in_quote(up.idx) and up.head.i != up.i:
                up = up.head
            if not ctx.in_quote(up.idx) and up.i != cue.i:
                verb = up
                continue
        if (misread := _quoted_verb_subject(verb, ctx)) is not None:
            # "Hale quit after Ann Cole, his ally in the “leave” campaign, stunned the party by announcing ...": the
            # parse took the quoted word for the clause's verb and joined the real one to the main clause
            return misread
        # "..., adding", "Smith smiled and said", "shared the news, writing"
        if verb.dep_ not in _CLAUSE_DEPS and verb.head.i != verb.i and not ctx.in_quote(verb.head.idx):
            via_prep = via_prep or (verb.dep_ == "pcomp" and verb.head.pos_ == "ADP")
            verb = verb.head
        else:
            break
    if strict:
        return None
    # inverted order the parser missed: "..., said Smith" (not whom one tells: "..., an aide told CNN")
    if cue.i + 1 < len(cue.doc):
        nxt = cue.doc[cue.i + 1]
        if (nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "") and not ctx.in_quote(nxt.idx)
                and not ctx.in_heading(nxt.idx) and not _addressee(nxt, cue) and nxt.dep_ != "poss"):
            # (not an owner: "and called Trump's tariffs “unjust”" is no Trump speaking)
            while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
                nxt = nxt.head
            # (nor whom a name of two words is told: "..., told Fox News the warnings ...", the parse
            # hanging "Fox" on "News"; session 41, review 29; "posted Kelly Ruiz" is hers)
            # (nor a name hung on the quoted words: "to have called Trump a “moron”" names whom the word is about)
            if not (_addressee(nxt, cue) and cue.lemma_.lower() in _TELLING) and not ctx.in_quote(nxt.head.idx):
                return nxt
    if cue.i > 1 and cue.doc[cue.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        # "a former agent ..., who reviewed the documents, told Fox News ...", the parse giving "told" no
        # subject: the person noun the relative clause before the comma describes
        rel = cue.doc[cue.i - 2]
        while rel.dep_ != "relcl" and rel.head.i < rel.i and rel.head.i != rel.i:
            rel = rel.head
        ante = rel.head
        if (rel.dep_ == "relcl" and rel.right_edge.i == cue.i - 2 and ante.i < rel.i
                and any(c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children)
                and ((ante.pos_ == "NOUN" and people_noun(ante.lemma_)) or ante.ent_type_ == "PERSON")
                and not ctx.in_quote(ante.idx)):
            if ante.dep_ == "appos" and (ante.head.ent_type_ == "PERSON" or ante.head.pos_ == "PROPN"):
                return ante.head  # "Ana Ruiz, the tenant who led the strike, told ...": the named person
            return ante
    if (set_off := _set_off_tag_speaker(cue)) is not None and not ctx.in_quote(set_off.idx):
        return set_off  # "..., her aunt, Jo Reed, said.": the name the parse joined to the clause before
    if cue.i > 0:
        prv = _phrase_head(cue.doc[cue.i - 1], cue)
        # (or a person's name the tagger took for another word: "O’Rielly said", an adverb)
        named = (ent := ctx.entity_at(prv.idx)) is not None and ent.type == "PERSON" and prv.dep_ == "advmod"
        # (not whom one writes or speaks to: "writing letters to the families of fallen soldiers calling them
        # “murderers”" is the writer's word, review 35; as `_participle_owner` has it)
        addressed = prv.dep_ == "pobj" and prv.head.lower_ in ("to", "with") and (
            _is_cue(prv.head.head) or prv.head.head.lemma_.lower() in ("speak", "talk", "write"))
        if ((prv.pos_ in ("PRON", "PROPN", "NOUN") or named) and not ctx.in_quote(prv.idx) and not addressed
                and not ctx.in_heading(prv.idx)
                and _may_speak(prv, ctx) and not any(ctx.in_quote(t.idx) for t in prv.subtree)):
            return prv  # (not a phrase holding quoted words: "“Broad City” Star Asked Actors ...")
    return None


def _quoted_verb_subject(verb: "Token", ctx: _Context) -> "Token | None":
    """The subject of a subordinate clause whose verb the parse found in quotation marks (a quoted word before a
    noun: 'after Cole, his ally in the EU “leave” campaign, stunned ...'), when `verb`, a verb joined to the main
    clause with no subject of its own, follows it: the clause's true verb, which its subject does; else None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.head.children:
        if c.dep_ == "advcl" and verb.head.i < c.i < verb.i and ctx.in_quote(c.idx) and any(
                m.dep_ == "mark" for m in c.children):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i and not ctx.in_quote(s.idx)), None)
            if subj is not None:
                return subj
    return None


# Verbs of taking a side in words ("Russia disputed Turkey's account, saying ..."): a participle of speech on one
# goes on with its subject's words
_STANCE_VERBS = frozenset("dispute reject deny defend challenge contest question oppose refuse blame condemn protest "
                          "rebuff rebut counter object".split())


_RAISING_PASSIVES = frozenset("say report allege believe claim rumor rumour understand know think".split())


_PERCEIVED_PASSIVES = frozenset("hear overhear record film tape videotape catch see".split())


def _raised_speaker(verb: "Token", cue: "Token") -> bool:
    """Whether `verb` is a passive of hearsay ("was said", "is reported") whose infinitive is the cue ("Lee was said
    to have told Kim in one message", "is reported to have written"), or a passive of hearing whose -ing form is the
    cue ("Mila can be heard saying on the call"): its passive subject is the one who spoke."""
    if verb.i == cue.i or cue.dep_ not in ("xcomp", "advcl") or cue.head.i != verb.i or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _PERCEIVED_PASSIVES:
        return cue.tag_ == "VBG"
    return lemma in _RAISING_PASSIVES and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _joined_to_subordinate(cue: "Token") -> "Token | None":
    """The subject of an adverbial clause whose verb a cue without a subject goes on from, when the parse joined the
    cue to the main verb instead ("Roe and Lee have argued for days since the mayor vetoed the bill and said the plan
    is dead": "said" joined to "argued"): the clause ends right before the cue's "and", and its verb has the cue's
    form (both past, "vetoed ... and said") while the main verb has another ("have argued"). Verbs of one form are
    left as they are ("Lee spoke after the crowd gathered and said ..." may be Lee's); else None."""
    if cue.dep_ != "conj" or cue.i < 2 or cue.doc[cue.i - 1].lower_ != "and" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    main = cue.head
    for sub in main.children:
        if (sub.dep_ == "advcl" and sub.i < cue.i and sub.tag_ == cue.tag_ and main.tag_ != cue.tag_
                and max(t.i for t in sub.subtree) == cue.i - 2
                and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in sub.children)):
            return next((c for c in sub.children if c.dep_ == "nsubj"), None)
    return None


def _relative_cue_goes_on(cue: "Token", ctx: _Context) -> "Token | None":
    """What a relative clause of speech is about, when a cue joined by "and" right after it goes on with it
    ("a label on two posts that called the vote “rigged” and predicted “...”": the posts predict) though the
    parse joined the cue to the verb the clause sits under ("added"): the cue has no subject of its own, the
    verb it is joined to reports nothing (a speaker's "said ... and added" stays the speaker's; "added a label"
    reports nothing), and the relative
    clause just before its "and" has a cue of the same form whose subject is its "that", "which" or "who"."""
    if cue.dep_ != "conj" or cue.head.i > cue.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if _is_cue(cue.head) and not (any(c.dep_ == "dobj" and _thing(c) for c in cue.head.children)
                                  and not any(c.dep_ == "ccomp" for c in cue.head.children)):
        return None  # (a verb of speech used for a deed is none: "added a label to ...")
    cc = cue.doc[cue.i - 1]  # (the parse may hang the "and" on either verb)
    if cc.dep_ != "cc" or cc.lower_ != "and":
        return None
    k = cc.i - 1
    while k > cue.head.i and (cue.doc[k].is_punct or _MARKS.search(cue.doc[k].text)):
        k -= 1  # the first clause's closing mark, or its comma
    rel = cue.doc[k]
    while rel.dep_ != "relcl" and rel.head.i != rel.i and cue.head.i < rel.head.i < cc.i:
        rel = rel.head
    if (rel.dep_ != "relcl" or rel.tag_ != cue.tag_ or not _is_cue(rel) or not k <= rel.right_edge.i <= cc.i
            or not cue.head.i < rel.i < cc.i):
        return None
    who = next((c for c in rel.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
    if who is None or ctx.in_quote(rel.head.idx):
        return None
    return _relative_antecedent(rel, who)


def _opening_participle_subject(cue: "Token", ctx: _Context) -> "Token | None":
    """The subject of the main clause a sentence-opening participle of speech goes with, when the parse
    left the participle a root of its own with no subject, or hung it on a verb of the quoted words
    ("Chanting “Save our park!” residents, many of them retirees, walked to City Hall, where council
    members ..."): the participle's doer is the first subject after its words of a verb that is a root
    (the residents), never a subject inside a relative clause ("where council members emerged") or a
    quote. A sentence the parse ended at the quote's "!" goes on into the next when that one opens in
    lower case."""
    if cue.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if cue.dep_ != "ROOT" and not ctx.in_quote(cue.head.idx):
        return None  # (a root, or hung on a verb of the quoted words: "Chanting “the NRA has got to go!”")
    sent = cue.sent
    if any(not t.is_punct for t in cue.doc[sent.start : cue.i]):
        return None  # only a participle that opens its sentence
    end = sent.end
    nxt = cue.doc[end] if end < len(cue.doc) else None
    if nxt is not None and nxt.is_alpha and nxt.is_lower and (
            cue.doc[end - 1].text in _QUOTE_GLYPHS or ctx.in_quote(cue.doc[end - 1].idx)):
        end = nxt.sent.end  # the parse ended the sentence at the quote's "!": it goes on in lower case
    for t in cue.doc[cue.i + 1 : end]:
        if (t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.i != cue.i and t.head.pos_ in ("VERB", "AUX")
                and not ctx.in_quote(t.idx)):
            return t
    return None


_DASHES = frozenset("— – -- ―".split())
# Nouns of talk passed around, no one's statement: a participle cue on one ("jokes claiming ...") has no speaker
_TALE_NOUNS = frozenset("joke rumor rumour gossip story tale legend myth meme speculation".split())


def _participles_object(subj: "Token", cue: "Token") -> bool:
    """Whether a subject the parse gives a cue is the object of an -ing form opening the sentence ("Speaking
    Spanish, which was translated by a friend, Ochoa said ...": the parse hangs "Speaking" on "Spanish" and
    makes it a subject) while the cue has another subject after it, closer to the cue: that one speaks."""
    doc = cue.doc
    lo = subj.left_edge.i
    return (subj.dep_ == "nsubj" and subj.i < cue.i and doc[lo].tag_ == "VBG" and doc[lo].i != subj.i
            and doc[lo].head.i == subj.i and lo == subj.sent.start
            and any(c.dep_ == "nsubj" and subj.right_edge.i < c.i < cue.i for c in cue.children))


def _interjected(subj: "Token", cue: "Token") -> bool:
    """Whether a subject and its cue stand between commas inside another clause, after a subject of
    their own ("That group, Mr. Ruiz said on Fox, was beginning to ..."): the parse gives the cue both
    subjects; the one in the aside is who speaks."""
    doc = cue.doc
    lo = subj.left_edge.i
    if subj.i > cue.i or lo < 2 or doc[lo - 1].text != "," or subj.right_edge.i + 1 != cue.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i < lo - 1 for c in cue.children):
        return False
    # the aside closes with a comma after the cue's own words, and a verb follows it
    close = next((t for t in doc[cue.i + 1 : min(len(doc), cue.i + 8)] if t.text == ","), None)
    return close is not None and close.i + 1 < len(doc) and doc[close.i + 1].pos_ in ("AUX", "VERB", "ADV")


def _as_said_before(cue: "Token", ctx: _Context) -> "Token | None":
    """The subject of an "as X said" aside the parse hung on a cue of naming ("call", "describe"), before
    it, with no words of its own (no object or clause): who said the words the cue governs; else None (a
    cue of saying keeps its subject: "As Nina Ruiz reported, opponents contended “...”" is theirs)."""
    if cue.lemma_.lower() not in ("call", "describe", "term", "label", "dub", "brand"):
        return None
    for a in cue.children:
        if (a.dep_ == "advcl" and a.i < cue.i and a.pos_ == "VERB" and a.lemma_.lower() in CUE_VERBS
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in a.children)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in a.children)):
            subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON" and not ctx.in_quote(subj.idx):
                return subj
    return None


def _faulted_for(cue: "Token", ctx: _Context) -> "Token | None":
    """The person a "for" + speech gerund is said of ("attacked Lee for saying ...", "angry at Lee for
    promising to call ...", "thanked her for saying ..."): the object of the verb or of an "at" or
    "with" after the adjective the "for" hangs on, a person named before the "for"; else None (with no
    such object the subject is the one: "she apologized for saying ...", "he was praised for saying")."""
    v = cue
    while v.dep_ == "xcomp" and v.head.pos_ == "VERB" and v.head.i < v.i:
        v = v.head  # "for promising to call": the gerund the cue hangs on
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ != "for" or any(
            c.dep_ in ("nsubj", "nsubjpass", "poss") for c in v.children):
        return None
    held = v.head.head
    objs = [c for c in held.children if c.dep_ == "dobj"] if held.pos_ == "VERB" else []
    objs += [o for p in held.children if p.dep_ == "prep" and p.lower_ in ("at", "with")
             for o in p.children if o.dep_ == "pobj"]
    objs = [o for o in objs if o.i < v.head.i and not ctx.in_quote(o.idx)
            and (o.ent_type_ == "PERSON" or (o.pos_ == "NOUN" and people_noun(o.lemma_)))]
    return objs[0] if len(objs) == 1 else None


# Nouns of a filing that makes claims in court or to an authority ("a lawsuit alleging ...")
_FILING_NOUNS = frozenset("lawsuit suit complaint indictment petition filing motion claim appeal "
                          "affidavit subpoena".split())


def _filing_participle(cue: "Token") -> "Token | None":
    """The filing a speech participle describes, right after its noun with no comma and no subject of its own ("The
    landmark ruling was in response to a lawsuit alleging the drugmaker helped fuel the epidemic": the lawsuit
    alleges it, not the ruling the sentence is about; session 46, helper G, review 30); else None."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    noun = cue.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _FILING_NOUNS or noun.i >= cue.i:
        return None
    if any(t.is_punct for t in cue.doc[noun.i + 1 : cue.i]):
        return None
    return noun


# Verbs done with someone: "with" names a companion, not the subject of a participle after it
_WITH_SOMEONE = frozenset("meet speak talk sit work side agree deal negotiate consult confer chat join share disagree "
                          "clash argue spar visit dine travel".split())


def _with_subject(cue: "Token") -> "Token | None":
    """The subject "with" gives a speech participle right after its object ("..., with Australia's Grand Mufti,
    Ibrahim Abu Mohamed, saying the community was devastated"): a person's noun or name, or the name set off after
    it, which the parse hung on "with" and the participle on the main verb. A comma before the participle only
    closing the name set off: "met with voters, saying the plan would fail them" is the subject's. Else None."""
    if cue.tag_ != "VBG" or cue.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    k = cue.i - 1
    comma = cue.doc[k].text == ","
    if comma:
        k -= 1
    end = cue.doc[k]
    for obj in (t for t in cue.doc[max(0, k - 12) : k + 1] if t.dep_ == "pobj" and t.head.lower_ == "with"):
        if (max(t.i for t in obj.subtree) != end.i or obj.head.i >= obj.i
                or obj.head.head.lemma_.lower() in _WITH_SOMEONE):
            continue  # (not whom the subject met or spoke with: "met with the mayor, Tom Hale, saying ..." is hers)
        named = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None and max(t.i for t in named.subtree) == end.i:
            return named
        if not comma and (obj.ent_type_ == "PERSON" or (obj.pos_ == "NOUN" and people_noun(obj.lemma_))):
            return obj
    return None


_TIME_MARKS = frozenset("after before until since once".split())


def _subject_after_mark(cue: "Token") -> "Token | None":
    """The noun a subordinating "after" or "before" the parse took for a preposition holds, right before a cue with
    no subject of its own ("After the chairman of the committee confirmed ..."), or a name after a comma the parse
    joined to an opening phrase's object ("At 9:24 p.m., Ms. Rowe, reading ..., complained"): the cue's subject;
    None otherwise. Not when the cue has a relative subject ("Elisha, who before his departure asked ..."), nor
    for a mark inside the clause rather than opening it."""
    if (cue.pos_ != "VERB" or cue.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)):
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i > cue.i:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in _TIME_MARKS and objs and prep.i == cue.left_edge.i:
            if objs[0].right_edge.i == cue.i - 1 and objs[0].pos_ in ("NOUN", "PROPN"):
                return objs[0]
        elif (len(objs) >= 2 and objs[-1].ent_type_ == "PERSON" and objs[-1].pos_ == "PROPN"
              and cue.doc[objs[-1].left_edge.i - 1].text == ","):
            # "At 9:24 p.m., Ms. Rowe, reading the draft, complained ...": a name the parse made a second object of
            # the opening phrase of time
            return objs[-1]
    return None


def _sender_of(cue: "Token") -> "Token | None":
    """The subject of a verb of sending whose "to" the parse gave a gerund clause ("sent a letter to Price and director
    Kevin Hale demanding “full explanations”", "Hale" made the subject of "demanding"): the words are the sender's
    writing's, not the addressee's; None otherwise."""
    prep = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or prep.lower_ != "to" or prep.dep_ not in ("dative", "prep"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ISSUING_VERBS:
        return None
    return _verb_subject(verb)


def _participle_owner(cue: "Token", ctx: _Context) -> "Token | None":
    """The person a speech participle follows straight after, with no comma and only adverbs between,
    when the participle has no subject of its own and the person's noun ends an object ("a post from
    a state official falsely claiming ...", whether the parse hangs "claiming" on the noun or on the
    verb): that noun; else None."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("acl", "advcl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    k = cue.i - 1
    while k >= 0 and cue.doc[k].pos_ == "ADV":
        k -= 1
    if k < 0:
        return None
    if cue.doc[k].text in _DASHES:
        return _owner_before_aside(cue, k, ctx)
    noun = cue.doc[k]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj") or ctx.in_quote(noun.idx):
        return None
    if cue.dep_ == "acl" and cue.head.i != noun.i:
        return None
    if (noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ in ("from", "of") and not ctx.in_quote(cue.idx)):
        return noun  # "a line from the final draft noting that ...": the draft's words (session 47, review 29)
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.head.lower_ in ("to", "with") else None
    if verb is not None and (_is_cue(verb) or verb.lemma_.lower() in ("speak", "talk", "write")):
        return None  # whom one speaks to: "she spoke to reporters saying ..." is hers
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "to" and (
            verb.lemma_.lower() in _ISSUING_VERBS):
        return None  # whom a writing is sent to: "sent a letter to the director demanding ..." is the sender's
    if not ((noun.pos_ == "NOUN" and people_noun(noun.lemma_)) or noun.ent_type_ == "PERSON" or (
            noun.ent_type_ in ("ORG", "WORK_OF_ART") and noun.pos_ == "PROPN" and noun.dep_ == "pobj"
            and noun.head.lower_ == "of" and (noun.head.head.pos_ == "ADJ" or noun.head.head.lemma_.lower() in
                                              _SIGHT_NOUNS))):
        # (a body named as the subject of a gerund after "of" after an adjective or a noun of sight: "Such talk was
        # reminiscent of The Daily Post calling him an “enemy”", session 43, review 31)
        return None
    return noun


def _owner_before_aside(cue: "Token", close: int, ctx: _Context) -> "Token | None":
    """The person or body a speech participle goes on with after a dash-set aside about it ("an outcry that included
    the national federation — whose president is Lee Chan — saying it was suspending ties"): the aside (a relative
    clause or an apposition on that noun) only describes it, and the participle is the noun's, not the sentence
    subject's (session 47, review 30). No comma-set aside, which a ", saying" of the subject may follow."""
    doc = cue.doc
    j = close - 1
    while j > 0 and doc[j].text not in _DASHES and doc[j].text not in (".", ";"):
        j -= 1
    if j <= 0 or doc[j].text not in _DASHES or j == close - 1:
        return None
    noun = doc[j - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj", "conj") or ctx.in_quote(noun.idx):
        return None
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if not any(t.head.i == noun.i and t.dep_ in ("relcl", "appos") for t in doc[j + 1 : close]):
        return None  # the dashes set off something else
    if not (noun.ent_type_ in ("PERSON", "ORG", "NORP") or (noun.pos_ == "NOUN" and (
            people_noun(noun.lemma_) or noun.lemma_.lower() in BODY_NOUNS))):
        return None
    return noun


# Nouns of a sight or a memory whose "of" names who does what the gerund after it says ("the sight of the paper
# calling him ..."); not "support of DACA noting ...", where the noting is the brief's
_SIGHT_NOUNS = frozenset("sight image memory picture spectacle reminder echo".split())


def _dashed_off(subj: "Token", cue: "Token") -> bool:
    """Whether a dash stands between a subject before a cue and the cue: an aside's verb has its
    own subject after the dash ("his militant — some say “reckless” — plan": "some" say it, not
    "his militant"), which the parse may give the cue beside the sentence's."""
    return subj.i < cue.i and any(_dash(t) for t in subj.doc[subj.right_edge.i + 1 : cue.i])


def _dash(tok: "Token") -> bool:
    """A dash, or a hyphen standing for one with a space on each side ("at age 78 - already the oldest
    pope - he had"): plain-text wire copy writes the dash so."""
    return tok.text in _DASHES or (tok.text == "-" and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
                                   and bool(tok.whitespace_))


# Nouns of a public reaction, voiced by those it comes "from": "an outcry from supporters, claiming ..."
_REACTION_NOUNS = frozenset("outcry criticism complaint protest backlash condemnation pushback uproar".split())


def _reaction_from(cue: "Token") -> "Token | None":
    """The people a reaction comes from, when a participle of speaking follows it ("The survey
    prompted an outcry from lawmakers, including Ann Reed, claiming the figure was rigged"): they
    claim it, not the sentence's subject that drew the reaction."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for obj in cue.head.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _REACTION_NOUNS and obj.i < cue.i:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


# Verbs of meeting words others make: one wakes up to, hears or is greeted with chants, never voices them
_HEARING_VERBS = frozenset("wake hear greet meet listen awake".split())


def _heard_thing(cue: "Token") -> bool:
    """Whether a cue is a participle of chants the subject only hears ("So there they were, waking up to chants
    over loudspeakers calling for everyone to “protect Hong Kong.”"): a speech participle on a noun of chanting,
    or on a thing under one ("chants over loudspeakers"), that is the object of a verb of hearing or meeting.
    No one named voices the words; "the crowd broke into chants calling for ..." is still the crowd's."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.pos_ != "NOUN":
        return False
    noun = cue.head
    if noun.lemma_.lower() not in _SPEECH_NOUNS and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "chants over loudspeakers calling ..."
    if noun.lemma_.lower() not in _SPEECH_NOUNS:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _HEARING_VERBS


def _place_before_subject(tok: "Token", cue: "Token") -> bool:
    """Whether a subject the parse gives a cue is a place set off by commas before the cue's other subject
    ("The agency's Melbourne, Florida, office warned": the city and state name the office, which
    speaks)."""
    return (tok.dep_ == "nsubj" and tok.ent_type_ in ("GPE", "LOC") and tok.i + 2 < cue.i
            and tok.doc[tok.i + 1].text == "," and any(
                c.dep_ == "nsubj" and tok.i < c.i < cue.i and c.pos_ == "NOUN" for c in cue.children))


def _country_before_person(tok: "Token", cue: "Token") -> bool:
    """Whether a subject the parse gives a cue is a country's (or a body's) name right before the cue's other
    subject, a person's name with its title ("Indonesia Vice President Jusuf Kalla said": the country names the
    office; the person speaks)."""
    return (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "NORP", "ORG")
            and tok.i < cue.i and any(
                c.dep_ == "nsubj" and tok.i < c.i < cue.i and c.ent_type_ == "PERSON"
                and c.left_edge.i == tok.i + 1 for c in cue.children))


def _own_vow(cue: "Token", verb: "Token", subj: "Token") -> bool:
    """Whether the clause a cue climbs to is a named subject's own act of speech, the cue its
    infinitive ("Petrov has vowed to respond with “swift punishment”"): the words are that
    subject's, though the parse hangs the clause on a later tag ("..., and Jones said ..., he said")."""
    up = cue
    while up.dep_ == "xcomp" and up.head.i != up.i and up.i != verb.i:
        up = up.head
    return (up.i == verb.i and cue.i != verb.i and _is_cue(verb) and verb.tag_ != "VBG"
            and subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


# Verbs that give another's words "as saying": "quotes Lewis as saying", "recalled the pope as saying"
_QUOTING_AS = frozenset("quote cite recall remember recount describe report".split())


def _quoted_as(cue: "Token", ctx: _Context) -> "Token | None":
    """Whom a verb quotes "as saying" ("The New York Times quotes the CTU's Lewis as saying
    ...", "cited an aide as saying"): the verb's object speaks, not its subject."""
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.pos_ == "VERB":
        verb = cue.head.head  # the cue is "saying"
    elif cue.lemma_.lower() in _QUOTING_AS and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.tag_ == "VBG" and (
                cue.lemma_.lower() in ("quote", "cite") or p.lemma_.lower() in CUE_VERBS) for p in c.children)
            for c in cue.children):
        # (past "quote" and "cite", a verb of speech only: "describes the bill as containing “...”" is the
        # describer's)
        verb = cue  # the cue is "quotes"
    else:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and not ctx.in_quote(obj.idx) else None


def _plural_verb(verb: "Token") -> bool:
    """Whether a verb's form is plural: a present "say" or an auxiliary "have", "are", "were", "do" (a past "said"
    tells nothing)."""
    if verb.tag_ == "VBP":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "are", "were", "do", "'re", "'ve")
               for c in verb.children)


def _relative_antecedent(rel: "Token", pron: "Token") -> "Token":
    """What a relative clause's "who" stands for: the noun just before it. The parse hangs the
    clause on the first of joined names ("Mr. Emanuel and Ms. Lewis, who has described the
    mayor as a “bully”" is Lewis's clause, not Emanuel's), unless the clause's verb is plural ("criticism from
    liberals and conservatives who say ..." is both groups'; session 47)."""
    head = rel.head
    if (head.dep_ == "conj" and _plural_verb(rel) and any(c.dep_ == "det" and c.lower_ == "both" for c in
                                                          head.head.children)):
        return head.head  # "both liberals and conservatives who say": "both" makes it all of them (session 47)
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or", "nor") for c in head.children)
    before = [t for t in head.conjuncts if head.i < t.i < pron.i and t.pos_ in ("PROPN", "NOUN")]
    if joined and before and not _plural_verb(rel):
        last = max(before, key=lambda t: t.i)
        if all(t.is_punct for t in rel.doc[last.i + 1 : pron.i]):
            return last
    if pron.lower_ == "who" and head.ent_type_ != "PERSON" and not people_noun(head.lemma_) and pron.i >= 2:
        # "who" stands for a person: "spurred comments from Obama, who said ...", the person the
        # thing is from (or of, or by), named right before it, not the thing
        last = rel.doc[pron.i - 1] if not rel.doc[pron.i - 1].is_punct else rel.doc[pron.i - 2]
        while last.dep_ in ("compound", "flat") and last.head.i > last.i:
            last = last.head
        if (last.dep_ == "pobj" and last.head.lower_ in ("from", "of", "by") and last.head.head.i == head.i
                and (last.pos_ == "PROPN" or people_noun(last.lemma_))):
            return last
        whole = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if whole is not None and whole.lemma_.lower() in ("part", "member") and whole.dep_ == "attr":
            # "Cohen was part of Trump's inner circle who in the past called himself the president's “fixer”": not
            # the circle, a thing; the one who is part of it (review 32)
            subj = next((c for c in whole.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.ent_type_ == "PERSON" or people_noun(subj.lemma_)):
                return subj
    return head


def _relative_continued(subj: "Token", cue: "Token") -> "Token | None":
    """The person a relative clause is about when the cue goes on with that clause after its
    subject's "who ... , and" ("Ms. Lewis, who has described the mayor as a “bully”, and in a
    recent interview added, “...”"): a subject is never cut from its verb by ", and", so the
    cue is the relative clause's, whatever the parse made its subject."""
    doc = cue.doc
    for n in [subj, *[t for t in subj.conjuncts if t.i < cue.i]]:
        for rel in n.children:
            who = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
            if rel.dep_ != "relcl" or who is None or rel.i > cue.i:
                continue
            ands = [t for t in doc[rel.i + 1 : cue.i] if t.lower_ == "and" and t.dep_ == "cc"]
            if not ands:
                continue
            k = ands[-1].i
            gap = doc[k + 1 : cue.i]
            if (doc[k - 1].is_punct and "," in doc[rel.i : k].text
                    and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in gap)):
                return _relative_antecedent(rel, who)
    return None


# Cues whose object is whom the words are said to ("told CNN", "assured reporters")
_TELLING = frozenset("tell inform assure remind notify brief advise".split())


def _addressee(tok: "Token", cue: "Token") -> bool:
    """Whether a word right after a cue is whom it is said to ("told CNN"), not who says it."""
    return tok.head.i == cue.i and tok.dep_ in ("dobj", "dative")


def _phrase_head(tok: "Token", cue: "Token") -> "Token":
    """The head noun of the phrase that ends at `tok`, right before a cue the parser left with
    no subject: "an aide to the leader told CNN" is the aide's (the parse hung the phrase on the
    name before it), not the leader's."""
    for _ in range(4):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN" or prep.head.i > tok.i:
            break
        if prep.head.i < cue.sent.start or max(t.i for t in prep.head.subtree) != tok.i:
            break
        tok = prep.head
    return tok


_CROWD_VERBS = frozenset("chant shout yell scream sing cheer boo jeer".split())
# Nouns of words voiced by many or by one ("chants of “USA!”", "cries of “Shame!”"):
# what they hold is voiced by whoever broke into them, not by the sentence's narrator
_SPEECH_NOUNS = frozenset("chant cry shout scream yell chorus roar boo jeer cheer refrain".split())


def _of_speech_noun(anc: list["Token"]) -> bool:
    """Whether the quote's nearest heads are "of" and a noun of chanting ("chants of")."""
    return (len(anc) >= 2 and anc[0].lower_ == "of" and anc[0].head.i == anc[1].i
            and anc[1].pos_ == "NOUN" and anc[1].lemma_.lower() in _SPEECH_NOUNS)


# Prepositions of what goes on around a deed ("spoke ... to chants of", "took the stage amid cries of"): the
# chants are the audience's, heard by the subject, not voiced by it ("broke into", "greeted with", "erupted in" are)
_AROUND_PREPS = frozenset("to amid amidst among over despite under during".split())


def _chant_named(span: "_Span", ctx: "_Context") -> "tuple[Token, Token | None] | None":
    """(the noun, who started it) when quoted words stand between "the" (or "a", "that", "this") and a noun of
    chanting ('the "lock her up" chant first popularized by Flynn'): they name the chant, whose starter
    is the agent of a participle on the noun ("popularized by Flynn", "led by"), else no one named."""
    doc = ctx.doc
    k, after = _token_at(ctx, span.outer_start) - 1, _token_at(ctx, span.outer_end)
    if k < 0 or after >= len(doc) or span.opens_para or span.unclosed:
        return None
    noun = doc[after]
    if (doc[k].lower_ not in ("the", "a", "that", "this") or noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in _SPEECH_NOUNS):
        return None
    agent = next((o for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    return noun, agent


def _noun_owner(noun: "Token", ctx: "_Context") -> "Token | None":
    """Who voices a noun of chanting: the subject (active, as the parse gives it) of the verb
    that holds it ("the crowd broke into chants", "supporters greeted him with cries"); none
    for "was greeted with chants" or "chants rang out", nor for chants around the subject's deed
    ("he said in a speech at the party's headquarters, to chants of “...”": the crowd's, unnamed)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _AROUND_PREPS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or ctx.in_quote(verb.idx):
        return None
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        # "Asked about Mr. Flynn joining the convention in a chant of “lock her up”, Mr. Kaine replied": the name
        # before the -ing form under its preposition does it, never the sentence's subject (session 46, review 34)
        before = verb.doc[verb.i - 1]
        return before if before.dep_ == "pobj" and before.head.i == verb.head.i else None
    return _subject(verb, ctx, strict=True)


# Nouns of words someone is known for ("a pledge to “drain the swamp”", "his slogan “Make
# America Great Again”"): what they hold is their author's words
_UTTERANCE_NOUNS = frozenset("pledge promise vow guarantee slogan motto mantra catchphrase call".split())


# Nouns of a statement whose "that" clause gives what it says ("his claim that the vote was “rigged”")
_CLAIM_NOUNS = _UTTERANCE_NOUNS | frozenset("statement claim assertion remark comment contention insistence testimony "
                                             "argument admission allegation accusation".split()) | frozenset(
    # a message's too: "Trump's tweet on Saturday that there could be a “big deal” soon" (session 43, review 31)
    "tweet post message announcement prediction warning boast declaration".split())


def _claim_of(verb: "Token") -> "Token | None":
    """The noun of a statement whose "that" clause `verb` heads ("Franken's statement that ... are
    “simply not true”"): its head, or the noun right before its "that", where the parse may hang the
    clause on the sentence's verb instead, or take it for a relative clause: "his testimony that Abedin
    “forwarded” them", where "that" is no relative pronoun, since the clause has a subject of its own)."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or verb.dep_ not in ("acl", "ccomp", "relcl", "advcl"):
        return None  # (an adverbial "that" clause is a complement the parse misread: "his statement ... that")
    for noun in (verb.head, verb.doc[mark.i - 1] if mark.i > 0 else verb.head, _noun_before_phrase(mark)):
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _CLAIM_NOUNS and noun.i < mark.i:
            return noun
    return None


def _noun_before_phrase(mark: "Token") -> "Token | None":
    """The noun a short prepositional phrase right before a "that" follows ("his statement before Election Day
    that ...": "statement"; session 42, review 28), which the parse may hang on the sentence's verb; None when the
    words before the "that" are no such phrase."""
    doc = mark.doc
    k = mark.i - 1
    while k > 0 and mark.i - k <= 5 and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"):
        k -= 1
    if k <= 0 or k == mark.i - 1 or doc[k].pos_ != "ADP" or doc[k].lower_ == "of":
        return None
    return doc[k - 1] if doc[k - 1].pos_ == "NOUN" else None


def _utterance_author(anc: list["Token"], ctx: "_Context") -> "tuple[Token, Token] | None":
    """(author, noun): whom a pledge or a slogan holding the quote is credited to, when the noun phrase
    names one: a possessor ("Trump's pledge to “drain the swamp”") or a passive's agent ("a
    campaign pledge made by President Donald Trump to “drain the swamp”"). Only the nouns
    right above the words, with no verb of the sentence in between; the quote is the
    author's, not the words of the sentence's subject who mentions them ("Democrats point
    to ...")."""
    for t in anc[:3]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "acl" and t.tag_ == "VBN":
            t = t.head  # the parse may hang the words on the participle: "a pledge made by X to “...”"
        elif (t.pos_ == "VERB" and t.dep_ in ("acl", "xcomp") and t.tag_ == "VB" and t.head.pos_ == "NOUN"
              and t.head.lemma_.lower() in _UTTERANCE_NOUNS):
            t = t.head  # the pledge's own verb: "Trump's promise to impose “a total and complete shutdown”"
        elif t.pos_ in ("VERB", "AUX") and (claim := _claim_of(t)) is not None:
            t = claim  # what a statement says: "Franken's statement that the claims are “not true”"
            if t.lemma_.lower() not in _UTTERANCE_NOUNS:
                owner = next((c for c in t.children if c.dep_ == "poss" and not ctx.in_quote(c.idx)
                              and (c.pos_ == "PROPN" or c.lower_ in ("his", "her")
                                   or (c.pos_ == "NOUN" and people_noun(c.lemma_)))), None)  # "the president's"
                return (owner, t) if owner is not None else None
        elif t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _UTTERANCE_NOUNS:
            continue
        if t.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
            continue  # a call for something is an utterance; "Trump's call with Zelensky" is a phone call
        owned = list(t.children)
        if t.dep_ == "conj" and not any(c.dep_ == "poss" for c in owned):
            owned += [c for c in t.head.children if c.dep_ == "poss"]  # "his preference for ... and call for"
        for c in owned:
            if c.dep_ == "poss" and not ctx.in_quote(c.idx) and (
                    c.pos_ == "PROPN" or (c.pos_ == "NOUN" and people_noun(c.lemma_)) or c.lower_ in ("his", "her")):
                return c, t  # "Trump's pledge", "the governor's pledge", "his call for"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                by = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                if by and not ctx.in_quote(by[0].idx):
                    return by[0], t
        return None
    return None


def _claim_verb_inside(span: _Span, ctx: "_Context") -> list["Token"]:
    """The quote's own verb when it heads the "that" clause of a statement ("his testimony that Abedin
    “forwarded hundreds and thousands” of emails": the clause's verb is among the quoted words, so no
    head above them shows whose claim they are), for `_utterance_author`; else nothing."""
    chars = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    roots = [t for t in chars or [] if (t.head.i == t.i or not chars.start <= t.head.i < chars.end) and not t.is_punct]
    # (a copula's too: 'the president's assertion that "this was not campaign finance"')
    return roots[:1] if len(roots) == 1 and roots[0].pos_ in ("VERB", "AUX") and _claim_of(roots[0]) is not None else []


def _relative_sayer(span: _Span, ctx: "_Context") -> tuple[str, str, str] | None:
    """(speaker, kind, cue) when a relative clause right after the quoted words says who used them: 'the
    “hundreds and thousands of emails” that Comey said were forwarded' are Comey's words, though the
    sentence's verb before them is another's ("The note clarified that ...")."""
    chars = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    roots = [t for t in chars or [] if not chars.start <= t.head.i < chars.end]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    for rel in roots[0].children:
        if (rel.dep_ == "relcl" and _is_cue(rel) and not ctx.text[span.outer_end : rel.left_edge.idx].strip()
                and (subj := max((c for c in rel.children if c.dep_ == "nsubj" and c.i < rel.i
                                  and c.lower_ not in ("that", "which")), default=None, key=lambda c: c.i)) is not None):
            speaker, kind = _speaker(subj, ctx, None)
            if speaker and kind in ("person", "org"):
                return speaker, kind, rel.lemma_.lower()
    return None


def _relative_teller(anc: list["Token"], ctx: "_Context") -> "tuple[Token, Token] | None":
    """(subject, cue) of a relative clause of speech whose report is the quote's clause: "the warning which
    former agents have told Fox News amounted to a “cry for help”" (the agents say the warning amounted to it).
    The parse may hang the reported verb ("amounted") on the sentence's verb instead of on the relative clause's
    "told": the first verb above the words has no subject of its own and follows right after a relative clause
    whose verb is a cue with a subject of its own (not its "which": "a memo which said ..." reports itself), and
    that reports nothing else. None otherwise."""
    verb = next((t for t in anc if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == 0 or ctx.in_quote(verb.idx) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    rel = verb.doc[verb.i - 1]
    while rel.dep_ != "relcl" and rel.head.i != rel.i and rel.head.i < verb.i:
        rel = rel.head
    if rel.dep_ != "relcl" or rel.right_edge.i != verb.i - 1 or not _is_cue(rel) or rel.head.i >= rel.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "mark" and c.lower_ == "that") for c in rel.children):
        return None  # the clause reports something of its own
    subj = next((c for c in rel.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
    if subj is None or ctx.in_quote(subj.idx):
        return None
    return subj, rel


# Nouns of a writing that a participle after it can quote ("a Zero Hedge article calling the
# movement “...”"): DOCUMENT_NOUNS and a newsroom's pieces
_WRITING_NOUNS = DOCUMENT_NOUNS | frozenset("story piece blog commentary essay screed".split())


def _writing_participle(anc: list["Token"], ctx: "_Context") -> "tuple[Token, Token] | None":
    """(writing, participle): a writing the quote's clause describes with a participle of its
    own ("It cited a Zero Hedge article calling the group “practically a revolutionary ...”", "a
    Federalist story blaming the violence on “left-wing anarchists”"): the words are the
    writing's, not those of the sentence's subject who cites it. Only the first verb above the
    words, a present participle with no subject of its own, hung on the writing's noun."""
    verb = next((t for t in anc if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "acl" or _own_subject(verb):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _WRITING_NOUNS or ctx.in_quote(noun.idx):
        return None
    return noun, verb


def _writing_source(noun: "Token", ctx: "_Context") -> tuple[str | None, str | None]:
    """Whose a writing is: a body or a person named before its noun ("a Zero Hedge article",
    "CNN's report"), else the writing itself as `_speaker` names it."""
    for c in noun.children:
        if c.dep_ in ("compound", "poss", "nmod") and c.i < noun.i and c.pos_ == "PROPN" and not ctx.in_quote(c.idx):
            ent = ctx.entity_at(c.idx)
            if ent is not None and ent.type in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "NORP", "GPE"):
                kind = "person" if ent.type == "PERSON" else "org"
                if kind == "org" or plausible_person(ent.name):
                    return ent.name, kind
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS and not ctx.in_quote(verb.idx):
        # "Google's communications team issued a followup tweet saying that “...”": who issued it
        subj = _subject(verb, ctx, strict=True)
        name, kind = _speaker(subj, ctx, None) if subj is not None else (None, None)
        if name and kind in ("person", "org", "group"):
            return name, kind
    return _speaker(noun, ctx, None)


# Verbs of putting out a writing: their subject is the writing's author
_ISSUING_VERBS = frozenset("issue post publish release send write tweet share sign file put pen draft give deliver".split())


def _may_speak(tok: "Token", ctx: _Context) -> bool:
    """Whether a word the parse does not give as a subject can still be a speaker: a
    pronoun, a name, or a common noun of people, writings, evidence or bodies (not "a
    court order asking ...", "their disdain")."""
    if tok.pos_ != "NOUN" or ctx.entity_at(tok.idx) is not None:
        return True
    lemma = tok.lemma_.lower()
    return people_noun(lemma) or any(lemma in nouns for nouns in (
        DOCUMENT_NOUNS, EVIDENCE_NOUNS, ORG_NOUNS, BODY_NOUNS))


_SUBORDINATORS = {"when", "while", "because", "after", "before", "since", "if", "although", "though",
                  "as", "until", "whereas", "where"}


def _subordinate(verb: "Token") -> bool:
    """Whether a verb heads a subordinate clause ("when Republicans controlled ...")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < verb.i for c in verb.children)


def _in_subordinate(tok: "Token", outside: set[int]) -> bool:
    """Whether a word stands in a subordinate clause ("Although he has denied ...") whose
    head is none of `outside` (the heads above a quote). Not an "as" clause: "As Politico
    reported, “...”" names the quote's source."""
    t = tok
    for _ in range(6):
        if t.i in outside:
            return False
        if t.dep_ == "advcl" and _subordinate(t) and not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "where") for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _office_of(tok: "Token", out: list["Token"]) -> list["Token"] | None:
    """A long phrase of a person cut after the "of" phrase of its head, before the next preposition outside a name
    ("the head of search and rescue | in the province of ...": "the head" alone names no one), when that leaves a
    short phrase; or None."""
    k = next((j for j, t in enumerate(out) if t.i == tok.i), None)
    if k is None or k + 2 >= len(out) or out[k + 1].lower_ != "of" or out[k + 1].head.i != tok.i:
        return None
    if not people_noun(tok.lemma_):
        return None  # a person's office only ("A White House readout of Trump's conversations with ...": the readout)
    stop = next((j for j in range(k + 3, len(out)) if out[j].pos_ == "ADP" and not out[j].ent_type_), None)
    if stop is None or stop > 8:
        return None
    return out[:stop]


def _nominal_phrase(tok: "Token") -> str:
    """The noun phrase headed by `tok`, cut before relative clauses and long tails."""
    out = []
    # a relative clause, participle or appositive after the noun ends the phrase where its
    # own words begin ("multiple people directly involved": "multiple people")
    # (a last conjunct's clause too: "both liberals and conservatives who say ...")
    cut = min((min(x.i for x in c.subtree) for c in [*tok.children, *(x for j in tok.conjuncts if j.i > tok.i
                                                                      for x in j.children)]
               if c.i > tok.i and c.dep_ in ("relcl", "acl", "appos")), default=len(tok.doc))
    for t in tok.subtree:
        if t.i < tok.i and ("\n" in t.text or t.text in {",", "—", "–", ":"}):
            out = []  # a phrase never spans a paragraph break or a parenthetical
            continue
        if t.i > tok.i and ("\n" in t.text or t.text in {",", "(", "—", "–"} or t.i >= cut):
            break
        out.append(t)
    if len(out) > 8:
        out = _office_of(tok, out) or [t for t in out if t.i <= tok.i][-6:]
    # a clause's opening word or a dash left at the end is not part of the name
    while out and out[-1].i > tok.i and (out[-1].lower_ in ("that", "which", "who") or out[-1].text in ("--", "-")):
        out.pop()
    return "".join(t.text_with_ws for t in out).strip(" ,")


@dataclass
class _Mention:
    """A person mentioned outside quotes: where, who, and its role in its sentence."""

    pos: int
    name: str
    role: str  # "main" (subject of the main clause), "subj" (other subject), "other"
    sent: int
    depth: int = 0  # clauses between the name and the sentence's main verb
    person: bool = True  # a PERSON of the article (not a proper noun read as a name)


def _clause_depth(tok: "Token") -> int:
    """How many clauses down from the main verb a word stands ("A spokeswoman said Paul had
    not ... as Thurmond had": Paul 1, Thurmond 2)."""
    depth, t = 0, tok
    for _ in range(30):
        if t.head.i == t.i:
            break
        if t.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "pcomp"):
            depth += 1
        t = t.head
    return depth


def _is_main_verb(verb: "Token") -> bool:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _prep_chain_holder(body: "Token") -> "Token | None":
    """The person noun a name's appositive host hangs from through prepositions ("the solicitor
    general for the state of Washington, Noah Purcell": "general"), when no noun on the way names
    people; else None."""
    t = body
    for _ in range(3):
        if t.dep_ != "pobj" or t.pos_ not in ("NOUN", "PROPN") or people_noun(t.lemma_) or t.ent_type_ == "PERSON":
            return None
        if t.head.dep_ != "prep":
            return None
        t = t.head.head
        if t.pos_ == "NOUN" and people_noun(t.lemma_):
            return t
    return None


def _title_of_body_holder(name: "Token") -> "Token | None":
    """The person noun of a title with a body in it that the holder's name ends, when the parse
    made the body's name a modifier of the holder's ("U.S. ambassador to the United Nations Nikki
    Haley said": "Haley" the object of "to", "United Nations" its compound): that noun
    ("ambassador"); else None."""
    if name.dep_ != "pobj" or name.head.dep_ != "prep":
        return None
    role = name.head.head
    if role.pos_ != "NOUN" or not people_noun(role.lemma_):
        return None
    body = [c for c in name.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP")]
    return role if body else None


def _described_subject(name: "Token") -> "Token | None":
    """The subject a name stands before, set off by a comma, that the parse hung the name on the
    verb beside ("August Flentje, the lawyer for the federal government, argued": "Flentje" a
    modifier of "argued", "lawyer" its subject): that subject, a noun of people; else None."""
    if name.dep_ not in ("npadvmod", "dep", "nmod") or name.head.pos_ not in ("VERB", "AUX"):
        return None
    nxt = name.i + 1
    if nxt + 1 >= len(name.doc) or name.doc[nxt].text != ",":
        return None
    subj = next((c for c in name.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not people_noun(subj.lemma_) or subj.left_edge.i != nxt + 1:
        return None
    return subj


def _mention_role(root: "Token") -> str:
    """The role of a name in its sentence: "main" for the subject of the main clause
    ("Song said Clinton had lied": Song), "subj" for any other subject (Clinton),
    else "other". A name inside another noun phrase ("the Cruz campaign") is "other"."""
    if _name_read_as_modal(root):
        return "main" if _is_main_verb(root.head) else "subj"
    doc = root.doc
    if any(_with_subject(v) is not None and _with_subject(v).i == root.i
           for v in doc[root.i + 1 : min(len(doc), root.i + 3)] if v.tag_ == "VBG" and _is_cue(v)):
        return "subj"  # "..., with the Grand Mufti, Ibrahim Abu Mohamed, saying ...": the participle's subject
    t = root
    for _ in range(4):
        if t.dep_ == "compound" and t.head.pos_ != "PROPN":
            return "other"
        if t.dep_ in ("compound", "appos", "conj", "flat") and t.head.i != t.i:
            appos = t.dep_ == "appos"
            t = t.head
            holder = _prep_chain_holder(t) if appos else None
            if holder is not None:
                # "The leader of the pro-government Red Shirt movement, Jatuporn Prompan,
                # said", "The solicitor general for the state of Washington, Noah Purcell,
                # argued": the parser hung the name on the body; it is the leader's
                t = holder
        else:
            break
    t = _described_subject(t) or _title_of_body_holder(t) or t
    doc = root.doc
    if (root.i + 2 < len(doc) and doc[root.i + 1].text == ","
            and getattr(_set_off_tag_speaker(doc[root.i + 2]), "i", -1) == root.i):
        return "main"  # "..., her aunt, Jo Reed, said.": the subject of the sentence's tag, which the parse left out
    if t.dep_ in ("nsubj", "nsubjpass") and not _listed_after(t):
        return "main" if _is_main_verb(t.head) else "subj"
    if _unattached_subject(root) or _subject_before_aside(root):
        return "main"
    if (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "NOUN"
            and not people_noun(t.head.lemma_) and _is_main_verb(t.head.head)):
        # "Bolsonaro's gaze is directed north. He is ...": the owner of a main clause's
        # subject that is no person (a gaze, an attention, a plan) is whom the sentence is about
        return "subj"
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return "subj"  # "a point made by McConnell ..., which he called ...": who acts, in the passive
    if t.dep_ == "attr" and t.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and ((c.pos_ == "NOUN" and people_noun(c.lemma_)) or c.lower_ in ("this", "that"))
            for c in t.head.children):
        # "the key justice is Justice Gorsuch. He writes ...": the person a role identifies is
        # the sentence's subject in all but form; so is the one a broadcast names after a clip
        # ("That was Senator Jane Roe. She went on to ...")
        return "main" if _is_main_verb(t.head) else "subj"
    # "Enter Ms. Lauten, an aide who describes herself ...": the subject of a relative
    # clause about the person (on the name or on its appositive)
    for n in [t] + [c for c in t.children if c.dep_ == "appos"]:
        for rel in n.children:
            if rel.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                           for c in rel.children):
                return "subj"
    return "other"


_MODALS = frozenset("would will could might may should shall can wo 'll 'd".split())


def _name_read_as_modal(name: "Token") -> bool:
    """Whether a name the NER typed a person is one the parse took for a modal ("In her farewell speech, May
    defended her record": "May" the auxiliary of "defended"): capitalised in mid-sentence, right before the verb it
    is hung on, which has no subject of its own; a modal is written in lower case there. That name is the verb's
    subject."""
    verb = name.head
    return (name.dep_ == "aux" and name.text[:1].isupper() and not name.is_sent_start and verb.i == name.i + 1
            and verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def _unspoken(verb: "Token") -> bool:
    """Whether a verb of saying tells of a speech that has not been made ("would respond",
    "will say"): a modal before it."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _unattached_subject(root: "Token") -> bool:
    """Whether a name stands just before its sentence's main verb and that verb has no subject
    ("Shaken after ..., restaurant owner Tom Ballance wished he had evacuated", which the
    parser hung on the opening phrase, and the verb on it): in English a finite verb has a
    subject, and the noun just before it is that."""
    doc = root.doc
    if root.i + 1 >= len(doc):
        return False
    verb = doc[root.i + 1]
    return (verb.dep_ in ("ROOT", "advcl") and verb.tag_ in ("VBD", "VBZ", "VBP") and root.head.i != verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children))


def _name_before_verb_read_as_modifier(subj: "Token") -> "Token | None":
    """The name that opens its sentence when the parse read it and the past verb after it as modifiers of the noun
    they act on ("Price encouraged senators to back it, telling them to “Go for it.”": "encouraged" made an adjective
    of "senators", the cue's subject, "Price" its own or a noun's): the name is the subject, not "Price encouraged
    senators". A name and an adjective in "-ed" before a noun in mid-sentence ("the Hale-backed senators") is no
    such misreading; nor is a sentence that opens on an adjective ("Retired generals said")."""
    doc = subj.doc
    first = doc[subj.left_edge.i]
    if subj.pos_ != "NOUN" or not first.is_sent_start or first.i + 2 > subj.i or not first.text[:1].isupper():
        return None
    verb = doc[first.i + 1]
    if not (verb.lower_.endswith("ed") and verb.tag_ in ("JJ", "VBN", "VBD") and verb.head.i == subj.i
            and first.head.i in (subj.i, verb.i) and first.pos_ in ("PROPN", "NOUN") and first.tag_ in ("NNP", "NN")):
        return None
    return first


def _subject_before_aside(name: "Token") -> bool:
    """Whether a name stands right before an aside set off by dashes that is followed by its sentence's main verb,
    which has no subject ("..., Hale — repeating the words of a staff member — sought to clarify the rule"): the
    parse hangs the name elsewhere (on a noun before its comma) and leaves the verb without one; the name is the
    subject. A verb with a subject of its own ("Hale — a senator — said he ..." parsed whole) is not this."""
    doc = name.doc
    k = name.i + 1
    if k >= len(doc) or not _dash(doc[k]):
        return False
    close = next((j for j in range(k + 1, min(len(doc), k + 40)) if _dash(doc[j]) or doc[j].text in (".", ";")
                  or "\n" in doc[j].text), None)
    if close is None or not _dash(doc[close]) or close + 1 >= len(doc) or close == k + 1:
        return False
    verb = doc[close + 1]
    root = verb.sent.root
    # (or a participle on the name when the sentence has no verb for root: "Without mentioning ..., Hale — ... —
    # sought to ...", parsed with "Without" for root and "sought" describing Hale)
    return ((verb.dep_ == "ROOT" or (verb.dep_ == "acl" and verb.head.i == name.i and root.pos_ not in ("VERB", "AUX")))
            and verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass", "agent")
                        for c in verb.children))


def _set_off_tag_speaker(cue: "Token") -> "Token | None":
    """The name set off by commas right before a tag that ends its sentence with no subject ("Now the family hopes
    the search will find her, her aunt, Jo Reed, said."): the parse joined the name's phrase to the clause before
    (here a conjunct of "her"), leaving the tag's verb without a subject; in English the tag's subject is the phrase
    right before it. Only a person's name (typed so, outside marks) whose own phrase a comma opens, before a main
    verb of speech with at most two words after it to the sentence's end ("said Monday."); else None."""
    doc = cue.doc
    if (cue.i < 3 or doc[cue.i - 1].text != "," or cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBZ", "VBP")
            or not _is_cue(cue) or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cue.children)):
        return None
    rest = [t for t in doc[cue.i + 1 : cue.sent.end] if not t.is_punct]
    if len(rest) > 2 or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    name = doc[cue.i - 2]
    if name.pos_ == "NOUN" and name.dep_ == "appos" and people_noun(name.lemma_) and name.head.i < name.i and (
            name.head.ent_type_ == "PERSON" and name.head.pos_ == "PROPN"
            and doc[min(t.i for t in name.subtree) - 1].text == ","):
        name = name.head  # "..., Debra Summers, her aunt, said.": the role after the name (session 44)
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    first = name
    while first.ent_iob_ == "I" and first.i > 0:
        first = doc[first.i - 1]  # back to the name's first word
    if first.i < 1 or doc[first.i - 1].text != "," or first.i <= cue.sent.start + 1:
        return None
    return name


def set_off_phrase_start(name: "Token") -> int:
    """Where the phrase of a set-off tag's speaker begins (`_set_off_tag_speaker`): at the role noun the name is set
    beside ("her aunt, Jo Reed": "her"), else at the name."""
    doc = name.doc
    first = name
    while first.ent_iob_ == "I" and first.i > 0:
        first = doc[first.i - 1]
    role = doc[first.i - 2] if first.i >= 2 and doc[first.i - 1].text == "," else None
    if role is None or role.pos_ != "NOUN" or not people_noun(role.lemma_):
        return first.i
    k = role.i  # (the parse may hang the role and the name side by side on the noun before: its own words only)
    while k > 0 and doc[k - 1].head.i == role.i and doc[k - 1].dep_ in ("det", "poss", "amod", "compound", "nummod"):
        k -= 1
    return k


def _credit(tok: "Token", ctx: _Context) -> bool:
    """Whether a subject credits a report it follows ("Sharif said he was on his way to
    Peshawar, Reuters reports."): an organisation (typed so, and no word of a person's full
    name) after a reported clause outside quotes, a news agency or outlet, not the person
    the sentence is about, and no antecedent for "he" or "she" after it. ('"...," Jealous
    said' is no credit.)"""
    verb = tok.head
    return (tok.dep_ == "nsubj" and verb.i > tok.i and _is_cue(verb) and tok.ent_type_ == "ORG"
            and not any(tok.text in name.split() for name in ctx.people)
            and any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i and not ctx.in_quote(c.idx)
                    for c in verb.children))


def _interlocutor(name: str, ctx: _Context, pos: int | None = None) -> bool:
    """Whether a person is one of a transcript's speakers (a label's name, or its surname or its
    last name's bearer: "Michael" of "michael barbaro"). With `pos`, whether a mention there is
    the speaker of its turn or of the turn before or after (who says "I", or is addressed: "Adam,
    tell us ..."); a speaker of other turns talked about ("the third was a transgender woman named
    Aimee Stephens" in the reporter's turn) is a third person there."""
    low = name.lower()

    def named(label: str) -> bool:
        return low == label or (low in label.split() and len(label.split()) > 1)

    k = bisect.bisect_right([a for a, _ in ctx.turns], pos) - 1 if pos is not None else -1
    if k < 0:
        return any(named(label) for label in ctx.interlocutors)
    return any(named(label) for _, label in ctx.turns[max(0, k - 1) : k + 2])


def _under_prep(t: "Token", top: "Token") -> bool:
    """Whether `t` hangs from `top` through a preposition."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "prep":
            return True
        t = t.head
    return False


def _modifier_as_subject(tok: "Token") -> bool:
    """Whether a word is a subject the parse gave its verb beside the subject's own head right after it, with only
    quotation marks between ('Draft “talking points” obtained by the paper depicted ...': "Draft" and "points" both
    subjects): a modifier of that noun, which the NER may type a person; no one named."""
    if tok.dep_ != "nsubj" or len(list(tok.subtree)) != 1 + sum(1 for c in tok.children if c.dep_ == "compound"):
        return False
    other = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    return other is not None and other.pos_ == "NOUN" and all(
        _MARKS.search(t.text) for t in tok.doc[tok.i + 1 : other.left_edge.i]) and other.left_edge.i > tok.i


_NEVER_A_SPEAKER_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def _person_mentions(ctx: _Context) -> list[_Mention]:
    out: list[_Mention] = []
    seen: set[int] = set()
    for ent in ctx.entities:
        if ent.type != "PERSON" or ctx.in_quote(ent.start) or ctx.in_heading(ent.start):
            continue
        span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        seen.update(t.i for t in span)
        if _interlocutor(ent.name, ctx, ent.start):
            continue  # "Adam, tell us ...", "From The New York Times, I'm Michael Barbaro": addressed or introduced
        if _modifier_as_subject(span.root):
            continue  # 'Draft “talking points” obtained by ... depicted': the word the NER took for a name modifies
        out.append(_Mention(ent.start, ent.name, _mention_role(span.root), ctx.sent_index(ent.start),
                            _clause_depth(span.root)))
    # Proper nouns the small NER model missed or typed as a one-word organisation
    # ("Hollande denounced ...", "Fiorina was upfront ..."): a main-clause subject, or a
    # sentence opener set off by a comma ("Jolly, who was elected ..., doesn't see"),
    # which the parser often fails to attach as the subject.
    mid_sentence: set[str] | None = None
    # a name the NER types a place twice or more (it mistypes a person once: "Hollande" a facility)
    places = Counter(e.name for e in ctx.entities if e.type in ("GPE", "LOC"))
    places = {n for n, k in places.items() if k >= 2} - ctx.person_names
    # and a word it types a people or a group ("crowd chanting Trans lives matter!": "Trans")
    places |= {e.name for e in ctx.entities if e.type == "NORP"} - ctx.person_names
    for tok in ctx.doc:
        if tok.i not in seen and tok.pos_ != "PROPN" and (worded := _surname_as_word(tok, ctx)):
            # "Despite his disappointment, Bright urged calm.": a surname that is an English word, tagged one
            out.append(_Mention(tok.idx, worded, "main", ctx.sent_index(tok.idx), _clause_depth(tok)))
            continue
        if tok.i in seen or tok.pos_ != "PROPN" or tok.tag_ == "NNPS" or ctx.in_quote(tok.idx):
            continue
        if ctx.in_heading(tok.idx) or tok.lower_ in _QUESTION_WORDS:
            continue  # "Whom does the family hold responsible?": a subheading, a question word
        opener = (
            tok.is_sent_start and tok.dep_ not in ("compound", "poss")
            and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","
        )
        met = _met_by_name(tok)
        if met:
            out.append(_Mention(met[0].idx, canonical_person(" ".join(t.text for t in met)), "other",
                                ctx.sent_index(tok.idx), _clause_depth(tok)))
            continue
        if not opener and (tok.dep_ not in ("nsubj", "nsubjpass") or not _is_main_verb(tok.head)):
            continue
        if any(c.dep_ == "det" for c in tok.children):
            continue
        words = _name_words(tok)
        described = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i]  # its appositive's too
        lone_org = (
            len(described) == 1 and tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and not tok.text.isupper()
            and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        )
        # (a surname of a person the article names, which the NER typed a work or a thing here: "“Help me,” Berry
        # can be heard saying" after "Amanda Berry", typed a work of art; session 43, review 31)
        misread = (len(words) == 1 and tok.ent_type_ in _NEVER_A_SPEAKER_TYPES
                   and _full_name_for(tok.text, ctx.people) is not None)
        if any(t.ent_type_ for t in described) and not lone_org and not misread:
            edge = ctx.entity_at(tok.right_edge.idx)
            if (tok.dep_ in ("nsubj", "nsubjpass") and edge is not None and edge.type == "PERSON"
                    and edge.start > tok.idx and edge.end == tok.right_edge.idx + len(tok.right_edge.text)
                    and plausible_person(edge.name)):
                # "NBA Hall of Famer Dikembe Mutombo was at the airport. He shared ...": the subject is the
                # person its phrase ends on
                out.append(_Mention(edge.start, edge.name, "main", ctx.sent_index(tok.idx), _clause_depth(tok)))
                continue
            # typed words only of a body the name is "of" ("Justice White of the school's Black Student
            # Union"): the name itself is untyped, and still a name
            if any(t.ent_type_ for t in described if not _under_prep(t, tok)):
                continue
        if _credit(tok, ctx):
            continue  # "Sharif said he was on his way to Peshawar, Reuters reports.": no antecedent
        name = canonical_person(" ".join(t.text for t in words))
        if not name or not name[0].isupper() or name in places or street_name(name):
            continue  # (a town the NER types a place elsewhere is no one: "Amatrice is made up of 69 hamlets")
        full = _full_name_for(name, ctx.people)
        if _interlocutor(full or name, ctx, tok.idx):
            continue
        if full is None and len(words) == 1 and tok.is_sent_start:
            # a capitalised opener the tagger took for a name ("Fundraising was ..."):
            # a real name is capitalised in the middle of a sentence too
            if mid_sentence is None:
                mid_sentence = {t.text for t in ctx.doc if not t.is_sent_start and t.pos_ == "PROPN"}
            if tok.text not in mid_sentence:
                continue
        # a proper noun of a line that is no sentence (a video teaser, "UN: Ebola could be
        # ebbed by year's end Replay More Videos") is no antecedent for he/she unless the
        # article names that person as a PERSON
        line_end = ctx.text.find("\n", tok.idx)
        line = ctx.text[ctx.text.rfind("\n", 0, tok.idx) + 1 : len(ctx.text) if line_end < 0 else line_end].rstrip()
        sentence = line.endswith((".", "!", "?", "”", '"', "’", "'", ":", ";"))
        out.append(_Mention(words[0].idx, full or name, "main", ctx.sent_index(tok.idx), _clause_depth(tok),
                            person=sentence or full is not None or name in ctx.person_names))
    # "The President slammed the leaders ...": a titled role as the main clause's subject
    # is the person who holds it, for the pronouns after it
    for tok in ctx.doc:
        if (tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NN", "NNP") and _is_main_verb(tok.head)
                and tok.i not in seen and not ctx.in_quote(tok.idx) and not ctx.in_heading(tok.idx)
                # the bare title only: "The Republican nominee" is not the "Democratic
                # vice presidential nominee" named before
                and ([c.lower_ for c in tok.children] == ["the"] or _two_word_title(tok, ctx))):
            name = ctx.role_person(tok) or ctx.title_holder(tok) or ctx.national_holder(tok)
            if name:
                out.append(_Mention(tok.idx, name, "main", ctx.sent_index(tok.idx), _clause_depth(tok)))
    out.sort(key=lambda m: m.pos)
    emphatic = _emphatic_mentions(ctx, out)
    return sorted(out + emphatic, key=lambda m: m.pos) if emphatic else out


def _emphatic(noun: "Token") -> bool:
    """Whether a noun of a person has "the" and an emphatic reflexive right after it ("the man himself")."""
    doc = noun.doc
    return (noun.pos_ == "NOUN" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("himself", "herself")
            and doc[noun.i + 1].head.i == noun.i and people_noun(noun.lemma_)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _emphatic_mentions(ctx: _Context, named: list[_Mention]) -> list[_Mention]:
    """"the man himself", "the pope herself": a noun of a person with "the" and an emphatic reflexive names the
    person the text is about, the one it has named most often before (outside quotes, of the noun's and the
    reflexive's gender; of two as often, the later), not the last one named ("Cardinals had backed Scherer.
    Tidbits are emerging about the man himself. It turns out he loves tango." is the pope the article is about)."""
    out = []
    for tok in ctx.doc:
        if tok.lower_ not in ("himself", "herself") or ctx.in_quote(tok.idx) or ctx.in_heading(tok.idx):
            continue
        noun = tok.head
        if noun.i != tok.i - 1 or not _emphatic(noun):
            continue
        gender = PRONOUN_GENDER.get(tok.lower_)
        counts: Counter = Counter()
        last: dict[str, int] = {}
        for m in named:
            if m.pos >= noun.idx or not m.person or ctx.gender(m.name) not in (None, gender):
                continue
            if _noun_gender(noun) not in (None, ctx.gender(m.name) or _noun_gender(noun)):
                continue
            counts[m.name] += 1
            last[m.name] = m.pos
        if not counts:
            continue
        name = max(counts, key=lambda n: (counts[n], last[n]))
        out.append(_Mention(noun.idx, name, _mention_role(noun), ctx.sent_index(noun.idx), _clause_depth(noun)))
    return out


_QUESTION_WORDS = frozenset("who whom whose what which why how when where".split())


def _surname_as_word(tok: "Token", ctx: _Context) -> str | None:
    """The person a capitalised word in the middle of a sentence stands for when the tagger took it for a common
    word ("Despite his disappointment with the verdict, Bright urged calm." after "Marcus Lee Bright"; "Rich", "Young",
    "Sharp"): the subject of a main clause, untyped by the NER, that is the surname of one person the article names
    in full before it; at a sentence's start too ("Silver is going to Shanghai on Wednesday and said ..." after
    "Adam Silver"; session 42, review 30)."""
    if (tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text[:1].isupper()
            or tok.text[1:2].isupper() or tok.ent_type_ or ctx.in_quote(tok.idx) or ctx.in_heading(tok.idx)
            or not _is_main_verb(tok.head) or any(c.dep_ in ("det", "compound", "amod") for c in tok.children)):
        return None
    before = {e.name for e in ctx.entities if e.type == "PERSON" and e.start < tok.idx and " " in e.name
              and _without_generation(e.name.split())[-1] == tok.text}
    return next(iter(before)) if len(before) == 1 else None


def _name_words(tok: "Token") -> list["Token"]:
    """A proper noun with the compounds that make its name ("Siva Vaidhyanathan"), in text order:
    only those hung on it or on one of them, not the compounds of its appositive ("Siva
    Vaidhyanathan, a media studies professor" is no "Siva Vaidhyanathan media studies")."""
    words = [tok]
    for t in tok.children:
        if t.dep_ == "compound":
            words += _name_words(t)
    return sorted(words, key=lambda t: t.i)


_MEETING_BY_NAME = frozenset("meet interview".split())


def _met_by_name(tok: "Token") -> list["Token"]:
    """The words of a full name, two capitalised words or more, that the NER left untyped, whom
    someone meets or interviews ("we went to meet Jana Holm. She used to ..."): a person, an
    antecedent for the he/she after it; empty for anything else."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _MEETING_BY_NAME:
        return []
    words = _name_words(tok)
    if len(words) < 2 or any(t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
        return []
    return words


def _sentences_back(ctx: _Context, sent: int) -> list[int]:
    """The sentences a he/she looks back over, nearest first: its own and `_SUBJECT_SENTENCES`
    before it, not counting those wholly inside a quotation (a block quote of five sentences
    between "De la Canal has this account:" and "He continues:" names no one the "he" can be,
    and does not use up the reach)."""
    out = [sent]
    s = sent - 1
    while s >= 0 and len(out) <= _SUBJECT_SENTENCES:
        if not _quoted_sentence(ctx, s):
            out.append(s)
        s -= 1
    return out


def _quoted_sentence(ctx: _Context, sent: int) -> bool:
    lo = ctx.sent_starts[sent]
    hi = ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts) else len(ctx.text)
    a = bisect.bisect_left(ctx.tok_starts, lo)
    b = bisect.bisect_left(ctx.tok_starts, hi)
    words = [t for t in ctx.doc[a:b] if not (t.is_punct or t.is_space)]
    return all(ctx.in_quote(t.idx) for t in words)  # (a break between paragraphs holds no one either)


def _resolve_person(pron: "Token", ctx: _Context, depth: int = 0) -> str | None:
    """Antecedent of he/she, as news prose uses them: the subject of the nearest sentence
    (looking back at most a few) that has a person for subject, main-clause subjects
    first ("Song said Clinton had lied. He said ...": Song); earlier he/she subjects
    count as the person they were resolved to. With no subject in reach, the speaker of
    the last attributed quote, else the nearest person mentioned. Persons inside quotes
    never count, nor one whose honorific gives the other gender."""
    if pron.i in ctx._pronouns:
        return ctx._pronouns[pron.i]
    ctx._pronouns[pron.i] = None  # guards against cycles
    gender = _PERSON_PRONOUNS.get(pron.lower_) or PRONOUN_GENDER.get(pron.lower_)
    pron_sent = ctx.sent_index(pron.idx)
    mentions = ctx.mentions

    def fits(name: str) -> bool:
        g = ctx.gender(name)
        return not (gender and g and g != gender)

    # the clause an inverted tag reports ("Smith was right to cut it, he says"): no one it names
    # is the tag's he/she (the speaker would say "I")
    told = (-1, -1)
    # (a tag is set off: "the 10,000 personnel she says the government has there" is a relative clause's "she says",
    # its person named before it; session 47, review 28)
    if pron.dep_ == "nsubj" and _is_cue(pron.head) and pron.i > 0 and ctx.doc[pron.i - 1].is_punct:
        comp = next((c for c in pron.head.children if c.dep_ == "ccomp" and c.i < pron.i), None)
        # (a plain clause: not one holding a quotation or a colon, where the parse may have run
        # the sentence before it into the clause: 'Sen. Claire McCaskill scolded him: “...,” she said')
        # (nor one whose own verb is a speech cue: in "Jones announced Monday that his office would help, he
        # said" the tag repeats who spoke, Jones)
        if comp is not None and not any(t.text == ":" or _MARKS.search(t.text) or (t.pos_ == "VERB" and _is_cue(t))
                                        for t in comp.subtree):
            told = (comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
    cands: list[_Mention] = []
    k = bisect.bisect_left(ctx._mention_pos, pron.idx) - 1
    floor = _section_start(pron, ctx)
    while k >= 0 and mentions[k].pos > pron.idx - _PRONOUN_WINDOW and mentions[k].pos >= floor:
        if mentions[k].person and fits(mentions[k].name) and not told[0] <= mentions[k].pos < told[1]:
            cands.append(mentions[k])
        k -= 1
    if depth < 50:
        # the same pronoun as subject in the sentences before: one chain of reference
        lo = ctx.sent_starts[_sentences_back(ctx, pron_sent)[-1]]
        for t in ctx.doc[bisect.bisect_left(ctx.tok_starts, lo) : pron.i]:
            if (t.lower_ == pron.lower_ and t.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote(t.idx)
                    and not ctx.in_heading(t.idx)):
                name = _resolve_person(t, ctx, depth + 1)
                if name and fits(name):
                    role = "main" if _is_main_verb(t.head) else "subj"
                    cands.append(_Mention(t.idx, name, role, ctx.sent_index(t.idx), _clause_depth(t)))
            elif gender and _owns_main_thing(t, gender, ctx):
                # "Her life was changed by Pastor Webb in 2011 ... “...,” she said": the sentence is
                # about whose life it is, not about the passive's agent; her "her" is the chain's link
                name = _resolve_person(t, ctx, depth + 1)
                if name and fits(name):
                    cands.append(_Mention(t.idx, name, "main", ctx.sent_index(t.idx), 0))
        cands.sort(key=lambda m: -m.pos)
    result: str | None = None
    look = _sentences_back(ctx, pron_sent)
    for d in range(len(look)):
        in_sent = [m for m in cands if m.sent == look[d]]
        # among other subjects, the one of the highest clause ("A spokeswoman said Paul had
        # not ... as Thurmond had": Paul)
        best = [m for m in in_sent if m.role == "main"] or sorted(
            (m for m in in_sent if m.role == "subj"), key=lambda m: m.depth)
        opener = _opening_clause_person(pron, in_sent, ctx) if d == 0 and not best else None
        if opener:
            # "But when the final draft was sent to Mr. Carter, he dismissed it": the one the opening clause hands
            # the thing to (or has it done by), not the subject of the sentence before (session 47, review 29)
            result = opener
            break
        owner = None if best else _work_owner(ctx, look[d], fits)
        if owner:
            # "Judge Leon's ruling focuses on the constitutional question ... He noted that ...":
            # the author of the writing the sentence is about
            result = owner
            break
        credited = {m.name for m in in_sent if _according_to(m, ctx)} if d == 1 and _is_cue(pron.head) else set()
        if not best and len(credited) == 1:
            # "A helicopter spotted the suspect, according to Col. Tom Hale. It "found him," he said.": the
            # source credited with the account before goes on telling it, not a person that account is about
            result = next(iter(credited))
            break
        if not best and _unnamed_person(ctx, look[d], gender, pron.idx):
            # "... as a ranger in Capodacqua tried to keep a woman calm. “Listen ...,” he said":
            # someone the article does not name, not the bar owner named a sentence before
            return None
        if best and _credit_over_unnamed(best, ctx, look[d], gender):
            # "the woman who says she is his sister streamed live, as Paul Roe of WXYZ reports. She
            # cursed ...": the unnamed woman the sentence is about, not the reporter credited
            return None
        mistyped = _mistyped_surname_tag(ctx, look[d]) if d == 1 and not best else None
        if mistyped:
            # "Some members ... had been involved in the inquiry, Danilov added. “We will use ...,” he said.": the
            # surname of a tag the NER typed a body, standing for a full name the article gave before ("Oleksiy
            # Danilov", typed so too), goes on; not a person named further back (session 48, review 37)
            result = mistyped
            break
        quoted = [name for pos, name in ctx.said if ctx.sent_index(pos) == look[d] and floor <= pos < pron.idx
                  and fits(name) and not ctx.in_post(pos)] if d >= 1 and not best else []
        if quoted:
            # "“The mantle is passed on,” Abrahams told the gathering. We have to remember, he added, ...": the
            # speaker of the sentence before's quote goes on (the NER left his surname untyped: no mention there),
            # not a person of a sentence further back
            result = quoted[-1]
            break
        titled = _titled_speaker(ctx, look[d], gender, pron.idx) if d >= 1 and not best else None
        if titled:
            # '“Last night was a great night,” the President said. He described ... He said the leader “...”': the
            # role that spoke, when the article names no holder of it, not a person named further back (session
            # 46, review 34: CNN's Trump quotes went to the acting DNI quoted a paragraph before)
            result = titled
            break
        if best:
            result = best[0].name
            if result in ctx.journalists:
                # "Our colleague Jill Vejnoska caught up with Carter ... He said ...": the
                # reporter's sentence is about whom they spoke with
                after = [m for m in sorted(in_sent, key=lambda m: m.pos)
                         if m.pos > best[0].pos and m.name != result and m.name not in ctx.journalists
                         and _met(m, ctx)]
                if after:
                    result = after[0].name
            break
        if (d == 1 and len({m.name for m in in_sent}) == 1 and " " in in_sent[0].name
                and not any(_possessor(m, ctx) for m in in_sent)
                and not _other_person_in(ctx, pron_sent - 1, gender)
                and not _speaker_goes_on(pron, in_sent[0], cands, ctx, pron_sent)):
            # "The change came after a call between Dr. Deborah Birx and hospital
            # executives. She said ...": the one person the sentence before names
            result = in_sent[0].name
            break
        if (d >= 2 and gender and len({m.name for m in in_sent}) == 1 and " " in in_sent[0].name
                and _named_before_chain(in_sent[0], look[1:d], look[d], gender, pron, ctx)):
            # "... people started fleeing, including Chuck Hale and his wife, Ann. They were helping friends
            # leave when it moved toward his property. As he looked back he saw embers. “...,” he said": the one
            # person named before a run of sentences that name no one but speak of him, not the last speaker
            result = in_sent[0].name
            break
        if d == 1 and gender and not (len(in_sent) == 1 and _speaker_goes_on(pron, in_sent[0], cands, ctx, pron_sent)):
            # "... will offer some comfort to Litvinenko's widow, Marina. She said ...": the one
            # person of the sentence before whom the article gives her gender, not a subject further back
            # (stated genders only: the pronouns' own, `_bound_genders`, only veto a candidate)
            # (the others there, none a subject here, may be of unknown gender: "An email from Gove's wife, Sarah
            # Vine, said Gove should get guarantees from Hale. She added ...": Vine; session 48, review 36)
            stated = ctx.stated_genders
            same = {m.name for m in in_sent if stated.get(m.name) == gender}
            if len(same) == 1:
                result = next(iter(same))
                break
    if result is None:
        for pos, name in reversed(ctx.said):
            if pos < max(pron.idx - _PRONOUN_WINDOW, floor):
                break
            if pos < pron.idx and fits(name) and not ctx.in_post(pos):
                # (not an embedded post's signer: "He's been working for three days ..., he said" after a
                # reporter's post on the cafe owner is the owner's, not the reporter's; the merge of session 40)
                result = name
                break
    if result is None and cands:
        result = cands[0].name
    ctx._pronouns[pron.i] = result
    return result


def _mistyped_surname_tag(ctx: _Context, sent: int) -> str | None:
    """The full name a sentence's closing speech tag gives by its surname alone (", Danilov added."), when the NER
    typed that surname something other than a person and the article named one "<first name> Danilov" before (typed
    so too: no person mention stands for either). People go by their last name, bodies by their first word or all
    of it ("Goldman" for "Goldman Sachs"), so the last word is a person's."""
    doc = ctx.doc
    lo = ctx.sent_starts[sent]
    root = doc[bisect.bisect_left(ctx.tok_starts, lo)].sent.root
    if not (_is_cue(root) and any(c.dep_ == "ccomp" and c.i < root.i for c in root.children)):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i > root.i - 2), None)
    if (subj is None or subj.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in subj.children)
            or not subj.text[:1].isupper() or ctx.in_quote(subj.idx)):
        return None
    ent = ctx.entity_at(subj.idx)
    if ent is None or ent.type == "PERSON" or ent.text != subj.text:
        return None
    full = {e.name for e in ctx.entities if e.start < subj.idx and e.type == ent.type and len(e.name.split()) == 2
            and e.name.split()[-1] == subj.text and plausible_person(e.name)}
    return next(iter(full)) if len(full) == 1 else None


_OPENING_MARKS = frozenset("when after once as before until".split())


def _opening_clause_person(pron: "Token", in_sent: list[_Mention], ctx: _Context) -> str | None:
    """The one person of a pronoun's sentence named in an opening clause of time on the pronoun's verb, as the one a
    passive's thing goes to or the passive's doer ("When the draft was sent to Carter, he dismissed it", "After the
    plan was approved by Hale, she said ..."); None otherwise (a person the clause is about, "When asked about
    Carter, he said", is no antecedent)."""
    if pron.dep_ != "nsubj":
        return None
    before = [m for m in in_sent if m.pos < pron.idx]
    if len({m.name for m in before}) != 1:
        return None
    tok = ctx.doc[bisect.bisect_left(ctx.tok_starts, before[0].pos)]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ == "to" or prep.dep_ == "agent"):
        return None
    verb = prep.head
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.head.i != pron.head.i or clause.i > pron.i or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _OPENING_MARKS and c.i < verb.i for c in clause.children):
        return None
    return before[0].name


def _named_before_chain(one: _Mention, between: list[int], sent: int, gender: str, pron: "Token",
                        ctx: _Context) -> bool:
    """Whether the one person a sentence names (`one`, of sentence `sent`) is whom the he/she `pron` goes on
    from: the sentences between (`between`) name no one and quote no one, and speak of a person of `gender` (a
    he/his/him outside quotes); the person is no owner ("Smith's company"), and no other singular person is the
    subject of the named one's sentence ("Jones met Ann Hale" is Jones'). A speaker quoted before the name is
    not whom a narrative about the named one goes on with."""
    if _possessor(one, ctx) or any(one.pos < pos < pron.idx for pos, _ in ctx.said):
        return False
    pronouns = _SAME_GENDER.get(gender, set())
    spoken_of = False
    for s in between:
        for t in _sentence_tokens(ctx, s):
            if ctx.in_quote(t.idx):
                continue
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")):
                return False
            spoken_of = spoken_of or t.lower_ in pronouns
    if not spoken_of:
        return False
    named = ctx.entity_at(one.pos)
    for t in _sentence_tokens(ctx, sent):
        if (t.dep_ in ("nsubj", "nsubjpass") and _is_main_verb(t.head) and t.tag_ in ("NN", "NNP", "PRP")
                and not (named is not None and named.start <= t.idx < named.end)
                and (t.lower_ in ("he", "she") or t.pos_ == "PROPN" or people_noun(t.lemma_))):
            return False
    return True


def _section_start(pron: "Token", ctx: _Context) -> int:
    """Where the section of a he/she begins when the article's subheading before it opens a new one that names a
    person before the pronoun ("... said O'Brien. / A pope who tangos? / The debate on what sort of pope Pope Francis
    will be ... he told the authors"): no one named or quoted above that subheading is its antecedent. 0 (the whole
    article) when no subheading stands before it, or the section names no one before it (then the person above goes
    on)."""
    k = bisect.bisect_right(ctx.heading_starts, pron.idx) - 1
    while k >= 0 and ctx.headings[k][1] > pron.idx:
        k -= 1
    if k < 0:
        return 0
    end = ctx.headings[k][1]
    i = bisect.bisect_left(ctx._mention_pos, end)
    named = any(m.person for m in ctx.mentions[i:] if m.pos < pron.idx)
    return end if named else 0


def _according_to(m: "_Mention", ctx: _Context) -> bool:
    """Whether a person mention is the source an account is credited to ("..., according to Col. Tom
    Hale of the state police"): the object of "according to", outside quotes."""
    tok = ctx.doc[_token_at(ctx, m.pos)]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and people_noun(tok.head.lemma_):
        tok = tok.head  # "according to her lawyer, Tom Hale": the name set beside the source's role
    return (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0
            and tok.doc[tok.head.i - 1].lower_ == "according" and not ctx.in_quote(tok.idx))


def _owns_main_thing(tok: "Token", gender: str, ctx: _Context) -> bool:
    """Whether a word is a possessive his/her of `gender` owning its sentence's main subject that
    is no person ("Her life was changed by ...", "His bill was blocked by ..."), outside quotes
    and headings: whom the sentence is about, as a named owner is ("Bolsonaro's gaze")."""
    subj = tok.head
    return (tok.dep_ == "poss" and tok.lower_ in ("his", "her") and PRONOUN_GENDER.get(tok.lower_) == gender
            and subj.dep_ in ("nsubj", "nsubjpass") and subj.pos_ == "NOUN" and not people_noun(subj.lemma_)
            and _is_main_verb(subj.head) and not ctx.in_quote(tok.idx) and not ctx.in_heading(tok.idx))


_CREDIT_VERBS = frozenset("report say write note tell describe recount".split())


def _credit_over_unnamed(best: list[_Mention], ctx: _Context, sent: int, gender: str | None) -> bool:
    """Whether a sentence's named subjects are only a reporter credited in an "as" clause ("...,
    as Paul Roe of WXYZ reports") while its main clause's subject is a person it does not name, of
    the pronoun's gender ("the woman who says she is his sister", "a man"): the sentence is about
    that person, and the next he/she is theirs, not the reporter's."""
    if any(m.role == "main" for m in best):
        return False
    credited = False
    for m in best:
        tok = ctx.doc[bisect.bisect_left(ctx.tok_starts, m.pos)]
        if tok.lower_ in _PERSON_PRONOUNS:
            continue  # a he/she of the sentence ("the woman who says she is ..."): the unnamed one's own
        for _ in range(5):  # up from the name to the verb of its clause (the parse may make "reports" a noun)
            if tok.lemma_.lower() in _CREDIT_VERBS or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.lemma_.lower() not in _CREDIT_VERBS or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children):
            return False
        credited = True
    if not credited:
        return False
    lo = ctx.sent_starts[sent]
    hi = ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts) else len(ctx.text)
    for t in ctx.doc.char_span(lo, hi, alignment_mode="expand") or []:
        if (t.dep_ == "nsubj" and t.tag_ == "NN" and _is_main_verb(t.head) and people_noun(t.lemma_)
                and any(c.dep_ == "det" for c in t.children) and ctx.entity_at(t.idx) is None
                and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children)
                and not (gender and _noun_gender(t) not in (None, gender))):
            return True
    return False


def _speaker_goes_on(pron: "Token", one: _Mention, cands: list[_Mention], ctx: _Context, pron_sent: int) -> bool:
    """Whether a he/she that tags speech ("..., he said.") goes on with the speaker of a
    sentence before rather than with the one person the sentence just before names but not
    as a subject: "..., Rawlings said. At least 19 staffers who dealt with Duncan were
    monitoring themselves. Now that group will be monitored closely, he said." is Rawlings,
    the mayor whose report the paragraph gives, not Duncan, whom the staffers dealt with. The
    speaker is the main subject of a verb of speech in the same paragraph, within reach."""
    if not _is_cue(pron.head) or one.role != "other":
        return False
    para_start = ctx.text.rfind("\n", 0, pron.idx) + 1
    for m in cands:
        if m.role != "main" or m.name == one.name or m.pos < para_start or not (
                pron_sent - _SUBJECT_SENTENCES <= m.sent < pron_sent - 1):
            continue
        tok = ctx.doc[_token_at(ctx, m.pos)]
        head = tok
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "nsubj" and _is_cue(head.head):
            return True
    return False


_OWN_WORKS = DOCUMENT_NOUNS | frozenset("decision opinion speech remarks order verdict".split())


def _work_owner(ctx: _Context, sent: int, fits) -> str | None:
    """The named person whose writing or ruling is a sentence's main subject ("Judge Leon's
    ruling focuses on ..."), of the pronoun's gender as far as known (`fits`)."""
    if sent < 0:
        return None
    for t in _sentence_tokens(ctx, sent):
        if (t.dep_ not in ("nsubj", "nsubjpass") or t.lemma_.lower() not in _OWN_WORKS or not _is_main_verb(t.head)
                or ctx.in_quote(t.idx) or ctx.in_heading(t.idx)):
            continue
        owner = _owner_of(t, ctx, fits)
        if owner is None and [c.lower_ for c in t.children if c.dep_ == "det"] == ["the"] and sent > 0:
            # "... in Judge Burroughs’ ruling in the SFFA v. Harvard case. The decision, dated Sept.
            # 30, emphasizes ...": "the decision" is the writing the sentence before gives an author
            owner = next((o for w in _sentence_tokens(ctx, sent - 1) if w.lemma_.lower() in _OWN_WORKS
                          and not ctx.in_quote(w.idx) and (o := _owner_of(w, ctx, fits))), None)
        if owner:
            return owner
    return None


def _sentence_tokens(ctx: _Context, sent: int) -> list["Token"]:
    lo = ctx.sent_starts[sent]
    hi = ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts) else len(ctx.text)
    return ctx.tokens_between(lo, hi)


def _owner_of(noun: "Token", ctx: _Context, fits) -> str | None:
    """The named person who owns a noun ("Judge Leon's ruling"), of the pronoun's gender as far as known."""
    for p in noun.children:
        ent = ctx.entity_at(p.idx) if p.dep_ == "poss" else None
        if ent is not None and ent.type == "PERSON" and plausible_person(ent.name) and fits(ent.name):
            return ent.name
    return None


_SAME_GENDER = {g: {p for p, pg in PRONOUN_GENDER.items() if pg == g} for g in ("m", "f")}
_NEW_PERSON_DETS = frozenset({"a", "an", "another", "one"})


def _unnamed_person(ctx: _Context, sent: int, gender: str | None, before: int) -> bool:
    """Whether a sentence brings in a person it does not name as its subject ("Another woman,
    sitting in front of her destroyed home, said ...", "as a ranger in Capodacqua ... tried",
    which the parse reads as "as"'s object): a singular noun of one person with "a",
    "another" or "one", no name in apposition or right after it, of no other gender than
    the pronoun's, before it (at `before`). The next he/she is that person's, who has no name
    to give."""
    if sent < 0:
        return False
    lo = ctx.sent_starts[sent]
    hi = ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts) else len(ctx.text)
    span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
    for t in span or []:
        if (t.tag_ != "NN" or t.idx >= before or not people_noun(t.lemma_) or ctx.in_quote(t.idx)
                or ctx.in_heading(t.idx)
                or not any(c.dep_ == "det" and (c.lower_ in _NEW_PERSON_DETS
                                                 or (c.lower_ == "the" and _unnamed_the(t, ctx)))
                           for c in t.children)):
            continue
        if not (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ == "as")):
            continue
        if gender and _noun_gender(t) not in (None, gender):
            continue
        named = [c for c in t.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.ent_type_ == "PERSON")]
        nxt = next((x for x in t.doc[t.i + 1 : t.i + 4] if not x.is_punct), None)
        if not named and not (nxt is not None and nxt.ent_type_ == "PERSON"):
            return True
    return False


def _titled_speaker(ctx: _Context, sent: int, gender: str | None, before: int) -> str | None:
    """The role ("the President") that speaks in a sentence's main clause ('“...,” the President said'), when
    the article ties no named person to it (it would be a mention then): the phrase, for the next he/she."""
    lo = ctx.sent_starts[sent]
    hi = ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts) else len(ctx.text)
    for t in ctx.doc.char_span(lo, hi, alignment_mode="expand") or []:
        if (t.idx >= before or t.dep_ != "nsubj" or t.tag_ not in ("NN", "NNP") or ctx.in_quote(t.idx)
                or not _is_cue(t.head) or not _is_main_verb(t.head) or ctx.entity_at(t.idx) is not None):
            continue
        if not (people_noun(t.lemma_) or t.lower_ in TITLES) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children) or len(list(t.children)) != 1:
            continue
        if (gender and _noun_gender(t) not in (None, gender)) or ctx.role_person(t) is not None:
            continue
        return f"the {t.text}"
    return None


def _unnamed_the(noun: "Token", ctx: _Context) -> bool:
    """Whether "the <noun>" is one person the article does not name ("Another woman accused
    Franken ... The woman was in her 20s"): a noun of one person (no group or body) the article
    brought in with "a"/"another" before, and no named holder of that role ("the senator")."""
    lemma = noun.lemma_.lower()
    if any(lemma in nouns for nouns in (COLLECTIVE_NOUNS, ORG_NOUNS, BODY_NOUNS)):
        return False  # "The group sees 30 people a day. '...,' he said": a body, no one's he
    member = lemma in GROUP_NOUNS  # ("an official", "a supporter": one of a group, known only as one of them)
    if ctx.role_person(noun) is not None or lemma in ctx.roles:
        return False
    # introduced unnamed before ("another woman accused Franken ... The woman said"), or one of a group
    # of them ("Administration officials said ... “...,” the administration official said": one of the
    # unnamed sources); a description with no such introduction refers back to someone named ("The
    # 66-year-old former comedian")
    lo = bisect.bisect_left(ctx.tok_starts, noun.idx - _PRONOUN_WINDOW)
    return any(t.lemma_.lower() == lemma and not ctx.in_quote(t.idx) and (
        (t.tag_ == "NN" and not member and any(c.dep_ == "det" and c.lower_ in _NEW_PERSON_DETS for c in t.children))
        or (t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and _is_cue(t.head)))
        for t in ctx.doc[lo : noun.i])


_THING_PRONOUNS = frozenset("it that this these those what which there".split())


def _other_person_in(ctx: _Context, sent: int, gender: str | None) -> bool:
    """Whether a sentence may speak of a person besides its named ones: a main-clause
    subject that is a pronoun, a name or a noun of people, or a pronoun of `gender` ("The
    radio talker has filled his speeches for Cruz": the talker, not Cruz)."""
    if sent < 0:
        return True
    span = ctx.doc.char_span(ctx.sent_starts[sent], ctx.sent_starts[sent + 1] if sent + 1 < len(ctx.sent_starts)
                             else len(ctx.text), alignment_mode="expand")
    if span is None:
        return True
    pronouns = _SAME_GENDER.get(gender or "", set())
    # (a pronoun of things is no one: "That was Senator Tom Hale. He went on to call it a “fraud.”" names
    # the one just heard)
    # (nor a noun of people set beside a named person: "To Nora Vance, president of the league, ..." is
    # one person, Vance; session 42, review 31)
    return any(
        not _named_persons_noun(t, ctx) and not (t.lower_ in ("himself", "herself") and _emphatic(t.head)) and (
            (t.dep_ in ("nsubj", "nsubjpass") and _is_main_verb(t.head)
             and ((t.pos_ == "PRON" and t.lower_ not in _THING_PRONOUNS) or t.pos_ == "PROPN"
                  or people_noun(t.lemma_)))
            or (not ctx.in_quote(t.idx) and (t.lower_ in pronouns or (t.tag_ == "NN" and people_noun(t.lemma_)))))
        for t in span)


def _named_persons_noun(tok: "Token", ctx: _Context) -> bool:
    """Whether a common noun of people stands in apposition to a person's name, either way round ("Nora
    Vance, president of the league", "her aunt, Lisa Rowe"): the named person's description, no one else."""
    if tok.pos_ != "NOUN" or not people_noun(tok.lemma_):
        return False

    def named(t: "Token") -> bool:
        ent = ctx.entity_at(t.idx)
        return ent is not None and ent.type == "PERSON"

    if _emphatic(tok):
        return True  # "the man himself": the person the text is about (`_emphatic_mentions`), no one else
    return (tok.dep_ == "appos" and named(tok.head)) or any(c.dep_ == "appos" and named(c) for c in tok.children)


def _possessor(m: _Mention, ctx: _Context) -> bool:
    """Whether a mention owns something ("Obama's policies"): no one the sentence is about."""
    ent = ctx.entity_at(m.pos)
    end = ent.end if ent is not None else m.pos + len(m.name)
    return ctx.text[end : end + 2] in ("'s", "’s") or (ctx.text[end - 1 : end] == "s" and ctx.text[end : end + 1] in "'’"
                                                       and ctx.text[end + 1 : end + 2] == " ")  # "Burroughs’ ruling"


def _resolve_group(pron: "Token", ctx: _Context) -> str | None:
    """Antecedent of "they": the nearest plural group noun or NORP in recent sentences."""
    sent = pron.sent
    if (pair := _reporting_pair_before(pron, ctx)) is not None:
        return pair
    if (body := _body_goes_on(pron, ctx)) is not None:
        return body
    opening = _opening_clause_subject(pron)
    if opening is not None:
        # "While the e-mails portrayed the officials as careful, they suggest that ...": the opening clause's own
        # plural subject goes on as "they", not the people it acts on; a thing is no voice (session 47, review 29)
        ent = ctx.entity_at(opening.idx)
        if ent is not None and ent.type in ("NORP", "ORG"):
            return ent.name
        return _nominal_phrase(opening) if people_noun(opening.lemma_) else None
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = ctx.doc[lo - 1].sent.start
    cands = [t for t in reversed(ctx.doc[lo : pron.i]) if not ctx.in_quote(t.idx) and not ctx.in_heading(t.idx)]
    # subjects and crowd nouns first ("Protesters marched past the offices ..."), then
    # any other plural noun
    for strict in (True, False):
        for t in cands:
            if (strict and t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and _is_main_verb(t.head)
                    and (earlier := _resolve_group(t, ctx))):
                # "Democrats ... expressed outrage, but they pointed out ... They also noted ...": one
                # chain of reference, the group the earlier "they" of a main clause stands for (not
                # "Once they make a phone call": a subordinate clause's, perhaps someone else's)
                return earlier
            if t.dep_ in ("compound", "amod") and not t.tag_.endswith("S") and t.head.ent_type_ == "PERSON":
                continue  # "Republican President George W. Bush": a word about one person, no group
            if t.pos_ not in ("NOUN", "PROPN"):
                continue  # "Republicans also voiced anger": a verb, never the group "voices"
            if strict and t.dep_ in ("nsubj", "nsubjpass") and (joined := _bodies_joined(t, ctx)):
                return joined  # "Oklahoma and Nebraska said ... They say": the two states
            plural = t.tag_ in ("NNS", "NNPS")
            if strict and plural and t.dep_ in ("nsubj", "nsubjpass") and _is_cue(pron.head) and (
                    reporter := _plural_reporter(t)) is not None:
                # "Government lawyers maintain that American citizens have no expectation ... , they
                # argue": who argues is who reported before, not the subject of what they reported
                return _nominal_phrase(reporter)
            if strict and not (
                (plural and t.dep_ in ("nsubj", "nsubjpass"))
                or (t.lemma_.lower() in GROUP_NOUNS and (plural or t.lemma_.lower() in COLLECTIVE_NOUNS))
            ):  # (not one "official": "the top official ... was appointed by ... They also noted" are others)
                continue
            if strict and t.dep_ in ("dobj", "dative") and _acted_on_by_group(t):
                # "officials ... urged residents to be vigilant. They also said ...": the people the
                # group acts on are not its voice; the clause's own plural subject comes first
                continue
            if strict and t.dep_ == "pobj" and t.sent.start == sent.start:
                # "Regarding the other members, they said": a group the pronoun's own clause talks
                # about, not who speaks (a subject before it comes first)
                continue
            if not strict and not (plural and t.dep_ in ("dobj", "pobj", "conj")):
                continue
            if strict and (main := _main_group_subject(t, pron, ctx)) is not None:
                # "Republicans argue that taxing residents will slow growth. They say ...": the group
                # the sentence is about, its main clause's subject, not one its lower clause names
                t = main
                if t.lemma_.lower() in _PAIR_NOUNS:
                    return _nominal_phrase(t)  # "The couple looked wary as journalists surrounded them."
            ent = ctx.entity_at(t.idx)
            if ent is not None and ent.type in ("NORP", "ORG"):
                return ent.name
            # (a common noun the NER typed a person is still that noun: "Forecasters said ...")
            if (ent is None or (ent.type == "PERSON" and t.pos_ == "NOUN")) and people_noun(t.lemma_):
                return _nominal_phrase(t)  # not "comments" or "documents": people
            if (strict and ent is None and plural and t.dep_ == "nsubj" and t.pos_ == "NOUN" and _is_cue(t.head)
                    and _is_main_verb(t.head) and t.lemma_.lower() not in _NEVER_VOICES):
                # "Internet service providers say they will not block content. They argue ...": a plural that
                # speaks in a main clause is a voice, whatever its noun (not people further back: "Consumers")
                return _nominal_phrase(t)
    # last: a subject of two named people ("Mr. Udall and Mr. Wyden released a statement.
    # '...,' they said.")
    for t in cands:
        if t.dep_ in ("nsubj", "nsubjpass"):
            pair = _people_pair(t, ctx)
            if pair:
                return pair
    return None


_CONCESSIVE_MARKS = frozenset("while although though whereas when as after because since".split())


def _opening_clause_subject(pron: "Token") -> "Token | None":
    """The plural subject of a clause that opens a main-clause "they"'s sentence ("While the e-mails portrayed ...,
    they suggest ..."), if it is a plural noun (not a pronoun, not a name: "While Smith and Lee ..." is left to the
    other rules)."""
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or not _is_main_verb(pron.head):
        return None
    for clause in pron.head.children:
        if clause.dep_ != "advcl" or clause.i > pron.i or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _CONCESSIVE_MARKS and c.i < clause.i
                for c in clause.children):
            continue
        # (the last of the subject's words: the parse may split "e-mails" into three subjects)
        subj = max((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
        if subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NNS" and not any(
                c.dep_ == "conj" for c in subj.children):
            return subj
    return None


def _body_goes_on(pron: "Token", ctx: _Context) -> str | None:
    """The body that reports in a main clause a "but they" clause of its own sentence is joined to ("The transition
    team acknowledged that Flynn and Kislyak spoke on the day Obama expelled 35 diplomats, but they insisted ...":
    the team, not the plural its report names; session 46, review 34): a team, a campaign, a government speaks as
    "they"."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "conj" or not _is_cue(verb) or not _is_cue(verb.head):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.head.children if verb.head.i < c.i < verb.i):
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or ctx.in_quote(subj.idx):
        return None
    lemma = subj.lemma_.lower()
    if not (lemma in COLLECTIVE_NOUNS or lemma in ORG_NOUNS or lemma in BODY_NOUNS):
        return None
    name, kind = _speaker(subj, ctx, None)
    return name if kind in ("org", "group") else None


# Plural nouns that "say" or "show" without being anyone's voice ("studies say", "polls show", "data suggest")
_NEVER_VOICES = frozenset("study poll survey report document record datum figure number result statistic estimate "
                          "analysis model forecast projection sign rule law".split())


def _reports(verb: "Token") -> bool:
    """Whether `verb` reports what someone said or thought: a cue, or a verb with a clause it reports ("agreed
    that ...")."""
    return verb.pos_ == "VERB" and (_is_cue(verb) or any(c.dep_ == "ccomp" for c in verb.children))


def _reporting_pair_before(pron: "Token", ctx: _Context) -> str | None:
    """The two or more named people whose report the sentence just before gives, when a "they" reporting again
    opens the next one ("Ana Ruiz and Tom Becker said they opposed cutting the pensions of dock workers and
    retirees. And they agreed that ...": the two candidates go on, not the workers and retirees their words were
    about); None when "they" reports nothing or the sentence before has no such pair reporting."""
    sent = pron.sent
    if pron.dep_ != "nsubj" or sent.start == 0 or not _reports(pron.head) or not _is_main_verb(pron.head):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in sent if t.i < pron.i):
        return None  # "Dock workers marched, and they said ...": the sentence's own subject goes on
    prev = ctx.doc[sent.start - 1].sent
    for t in prev:
        if (t.dep_ == "nsubj" and t.pos_ == "PROPN" and _reports(t.head) and _is_main_verb(t.head)
                and not ctx.in_quote(t.idx) and not ctx.in_heading(t.idx)
                and (pair := _people_pair(t, ctx) or _names_joined(t, ctx)) is not None):
            return pair
    return None


def _names_joined(tok: "Token", ctx: _Context) -> str | None:
    """ "Lori Lightfoot and Toni Preckwinkle" for a subject of two or more names joined by "and" ("Lightfoot and
    Preckwinkle said"), each as a speaker of its own would be named; None when a conjunct is no name or a name
    no person's."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return None
    whole, kind = _speaker(tok, ctx, None)
    if whole and kind == "person" and " and " in whole:
        return whole  # the subject's speaker names them all already
    names = []
    for t in [tok] + [c for c in tok.children if c.dep_ == "conj"]:
        if t.pos_ != "PROPN":
            return None
        name, kind = _speaker(t, ctx, None)
        if not name or kind != "person":
            return None
        if name not in names:
            names.append(name)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) >= 2 else None


def _joint_subject(tok: "Token", ctx: _Context) -> str | None:
    """ "Ann Dobbs and Jim Reyes" for the subject of a verb made of two or more names of persons joined by
    "and" ("Dobbs and Reyes said", "Both Dobbs and Reyes acknowledged"), each named as it would be alone; None
    for anything else (a name and a title, a name and a body, names joined by "or")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return None
    joined = [c for c in tok.children if c.dep_ == "conj"]
    names: list[str] = []
    for t in [tok, *joined]:
        if t.pos_ != "PROPN" or ctx.in_quote(t.idx):
            return None
        ent = ctx.entity_at(t.idx)
        name, kind = _speaker(t, ctx, None, joint=False) if ent is not None and ent.type == "PERSON" else (None, None)
        if ent is None or ent.type != "PERSON" and not any(c.dep_ == "compound" for c in t.children):
            # a surname the NER left untyped or typed a body ("Dobbs and Reyes said"): the person the article
            # named in full
            name, kind = _full_name_for(canonical_person(t.text), ctx.people), "person"
        if not name or kind != "person" or not plausible_person(name):
            return None
        if name not in names:
            names.append(name)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) >= 2 else None


def _main_group_subject(found: "Token", pron: "Token", ctx: _Context) -> "Token | None":
    """The plural people (or a crowd, a party's members) that are the main clause's subject of the
    sentence where a "they" found a group named lower down, as an object or in a lower clause
    ("Republicans see the win as evidence voters want their officials to keep spending down. They
    said ...": the Republicans, whom the sentence is about, as a he/she goes with the main
    subject); None when the group found is that subject, or the main subject is no group."""
    if found.dep_ in ("nsubj", "nsubjpass") and _is_main_verb(found.head):
        return None
    for t in found.sent:
        if t.i >= pron.i or t.dep_ not in ("nsubj", "nsubjpass") or not _is_main_verb(t.head):
            continue
        if ctx.in_quote(t.idx) or ctx.in_heading(t.idx) or t.pos_ not in ("NOUN", "PROPN") or t.lower_ == "they":
            continue
        ent = ctx.entity_at(t.idx)
        plural = t.tag_ in ("NNS", "NNPS")
        if (plural and (people_noun(t.lemma_) or (ent is not None and ent.type == "NORP"))) or (
                t.lemma_.lower() in COLLECTIVE_NOUNS):
            return t
        if t.tag_ == "NN" and t.lemma_.lower() in _PAIR_NOUNS and not any(c.dep_ == "prep" for c in t.children):
            return t  # "The couple looked wary as journalists surrounded them ...": two people, the sentence's
    return None


# Singular nouns of two people together, a "they" when the main clause's subject ("a couple of" is a count)
_PAIR_NOUNS = frozenset("couple pair duo".split())


def _acted_on_by_group(obj: "Token") -> bool:
    """Whether an object's verb (or the verb it is joined to) has a plural subject of people
    ("officials maintained the warning, and urged residents to be vigilant")."""
    verb = obj.head
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "they" or (
                c.tag_ in ("NNS", "NNPS") and (people_noun(c.lemma_) or c.ent_type_ == "NORP"))) for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _plural_reporter(subj: "Token") -> "Token | None":
    """The plural people noun whose speech verb reports the clause `subj` is the subject of, if any
    ("Government lawyers maintain that American citizens ...": lawyers)."""
    verb = subj.head
    if verb.dep_ != "ccomp" or not _is_cue(verb.head):
        return None
    rep = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
    return rep if rep is not None and people_noun(rep.lemma_) and rep.ent_type_ == "" else None


def _people_pair(tok: "Token", ctx: _Context) -> str | None:
    """ "Mark Udall and Ron Wyden" for a subject made of two or more named persons."""
    names = []
    for t in [tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in (tok.i, *(x.i for x in tok.subtree))]:
        ent = ctx.entity_at(t.idx)
        if ent is None or ent.type != "PERSON" or not plausible_person(ent.name):
            return None
        if ent.name not in names:
            names.append(ent.name)
    if len(names) < 2:
        return None
    return ", ".join(names[:-1]) + " and " + names[-1]


_BODY_PLURALS = frozenset("state country nation city county province government company".split())


def _bodies_joined(tok: "Token", ctx: _Context) -> str | None:
    """ "Nebraska and Oklahoma" for a subject of two or more named places or bodies that
    speak together ("Oklahoma and Nebraska said", "the states of Nebraska and Oklahoma
    complained"), names in alphabetical order, so each outlet's wording is one voice."""
    if tok.tag_ in ("NNS", "NNPS") and ctx.entity_at(tok.idx) is None:
        if tok.lemma_.lower() not in _BODY_PLURALS:
            return None  # "the governors of Nebraska and Oklahoma" are people, not the states
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        heads = [c for p in of for c in p.children if c.dep_ == "pobj"]
        if not heads:
            return None
        tok = heads[0]
    names: list[str] = []
    for t in [tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i in (tok.i, *(x.i for x in tok.subtree))]:
        ent = ctx.entity_at(t.idx)
        if ent is None or ent.type not in ("GPE", "ORG"):
            return None
        if ent.name not in names:
            names.append(ent.name)
    if len(names) < 2:
        return None
    names.sort()
    return ", ".join(names[:-1]) + " and " + names[-1]


_COMPARATIVES = {"more", "fewer", "less", "additional", "extra"}


def _figure_subject(tok: "Token") -> bool:
    """Whether a subject is a survey's or a count's figure, no voice: a number of a thousand
    or more ("an estimated 873,000 more people reported ..."), a number with "more" or
    "fewer" ("582,000 more people said"). "Two officials said" and "200 protesters chanted"
    speak; so do a poll's shares ("52 percent of voters said"), as PolNeAR's annotators read
    them (reported speech leaves them out: `indirect._quantity`)."""
    left = [t for t in tok.subtree if t.i < tok.i]
    for t in left:
        if not t.like_num or not any(ch.isdigit() for ch in t.text):
            continue
        try:
            value = float(t.text.replace(",", ""))
        except ValueError:
            continue
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if value >= 1000 or (nxt is not None and nxt.lower_ in _COMPARATIVES) or (
                nxt is not None and nxt.lower_ in ("million", "billion", "thousand")):
            return True
    return False


_PARTY_TAG = re.compile(r"(?:^|[\s,(])([DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)$")


def _party_tag_holder(tok: "Token", ctx: _Context) -> tuple[str | None, str | None] | None:
    """ "Hassan, D-N.H., tweeted": the parse may take a member's party-and-state tag for the
    subject; the tag names no one, the person named just before it speaks (None: not a tag)."""
    end = tok.idx + len(tok.text)
    tag = _PARTY_TAG.search(ctx.text[max(0, end - 24) : end]) if tok.pos_ == "PROPN" else None
    if tag is None:
        return None
    before = ctx.text[: end - len(tag.group(1))].rstrip(" ,(")
    ent = ctx.entity_at(len(before) - 1) if before else None
    if ent is not None and ent.type == "PERSON" and plausible_person(ent.name):
        return ent.name, "person"
    return None, None


# Occasions: what is said at one is said by whoever held it ("announced it in a news conference that
# decried ...": the announcer), never by the occasion
_OCCASION_NOUNS = frozenset("conference meeting hearing briefing rally gathering ceremony session event".split())


def _national_arm(tok: "Token", ctx: _Context) -> str | None:
    """The name of a company's national arm a country's name ends ("Zenair Peru had earlier confirmed ...": the
    airline's Peruvian company speaks, not Peru): a country the NER typed, right after a proper noun of another
    name, not a person's, that the parse made its modifier; or None."""
    ent = ctx.entity_at(tok.idx)
    if tok.pos_ != "PROPN" or tok.ent_type_ != "GPE" or ent is None or ent.type != "GPE" or tok.i == 0:
        return None  # (the country as the entities give it too: "Judge Bunning", a person, was a place to the NER)
    lead = tok.doc[tok.i - 1]
    if (lead.dep_ != "compound" or lead.head.i != tok.i or lead.pos_ != "PROPN" or lead.ent_type_ == "PERSON"
            or not lead.text[:1].isupper() or ctx.entity_at(lead.idx) == ent or ctx.in_quote(lead.idx)):
        return None
    first = lead
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].pos_ == "PROPN" and (
            first.doc[first.i - 1].head.i in (first.i, tok.i)):
        first = first.doc[first.i - 1]
    return tok.doc[first.i : tok.i + 1].text


def _speaker(tok: "Token", ctx: _Context, prev: tuple[str, str] | None,
             joint: bool = True) -> tuple[str | None, str | None]:
    """(speaker name, kind) for a subject token. `joint`: a subject of names joined by "and" is all of them."""
    if joint and (both := _joint_subject(tok, ctx)) is not None:
        # "Lightfoot and Preckwinkle said they opposed ...": both speak, not the first alone (session 42, review 30)
        return both, "person"
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _OCCASION_NOUNS and ctx.entity_at(tok.idx) is None:
        held = tok.head
        if held.dep_ == "prep" and held.lower_ in ("in", "at", "during"):
            subj = next((c for c in held.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i != tok.i:
                return _speaker(subj, ctx, prev)
        return None, None
    if tok.ent_type_ in ("DATE", "TIME"):
        # "... hiked tariffs Friday and Beijing announced": a day the parse joined to the speaker
        named = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("DATE", "TIME")]
        if len(named) == 1:
            tok = named[0]
    if tok.pos_ in ("NOUN", "PROPN", "NUM") and _figure_subject(tok):
        return None, None  # "582,000 more people said": a figure, no voice
    relative = _relative_after_mark(tok, ctx)
    if relative:
        return relative, "person"
    tagged = _party_tag_holder(tok, ctx)
    if tagged is not None:
        return tagged
    joined = _bodies_joined(tok, ctx)
    if joined:
        return joined, "org"
    arm = _national_arm(tok, ctx)
    if arm:
        return arm, "org"
    ent = ctx.entity_at(tok.idx)
    if (ent is not None and ent.type in _NEVER_A_SPEAKER_TYPES and tok.pos_ == "PROPN"
            and (tok.i == 0 or tok.doc[tok.i - 1].pos_ != "PROPN")  # a lone surname, not "Bertrum Jean"
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            and (full := _full_name_for(tok.text, ctx.people)) is not None):
        # "“Help me,” Berry can be heard saying": a surname of a person the article names, which the NER took into
        # a work's title here (session 43, review 31)
        return full, "person"
    if ent is not None and ent.type == "PERSON" and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and people_noun(
            tok.lemma_):
        return _nominal_phrase(tok), "group"  # "Forecasters said": a plural noun of people the NER typed a person
    if ent is None or ent.type != "PERSON":
        named = _named_after(tok, ctx)
        if named:
            return named, "person"
    if tok.dep_ == "appos" and ent is not None and ent.type == "NORP":
        # "Trump, a Republican who has called it a 'witch hunt'": the person described
        head = ctx.entity_at(tok.head.idx)
        if head is not None and head.type == "PERSON" and plausible_person(head.name):
            return head.name, "person"
    if ent is not None and ent.type == "NORP" and tok.tag_ in ("NN", "NNP"):
        # "Another Republican, Rep. Tom Reed of New York, took exception": the person named in
        # apposition to a party's or a people's member, not the group's word
        # (or a "conj" the parse made of it: "The panel's top Democrat, Rep. Sandy Levin, D-Mich.,
        # said", with no "and" or "or" joining them)
        listed = any(c.dep_ == "cc" for c in tok.children)
        for c in tok.children:
            side = c.dep_ == "appos" or (c.dep_ == "conj" and not listed and tok.doc[tok.i + 1].text == ",")
            named = ctx.entity_at(c.idx) if side else None
            if named is not None and named.type == "PERSON" and plausible_person(named.name):
                return named.name, "person"
    if (ent is not None and ent.type == "NORP" and tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in _PARTY_MEMBERS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        # "the New York Democrat tweeted": the person last named before, unless the article
        # calls that one by the other party ("Republican Karen Handel") or the clause's own
        # pronoun gives the other gender ("The Democrat said little about his future")
        party = tok.lemma_.lower()
        gender = _own_gender(tok, ctx)
        k = bisect.bisect_left(ctx._mention_pos if ctx.mentions else [], tok.idx) - 1
        fits: list[_Mention] = []
        while k >= 0 and ctx.mentions[k].pos > tok.idx - _PRONOUN_WINDOW:
            m = ctx.mentions[k]
            if (m.person and plausible_person(m.name) and " " in m.name
                    and ctx.party(m.name) in (None, party)
                    and not (gender and ctx.gender(m.name) not in (None, gender))):
                fits.append(m)
            k -= 1
        # one the article gives that party, else the subject of a recent main clause, then of any ("Sen. Lindsey
        # Graham said ... informed about the operation that killed Iranian General Qassem
        # Soleimani. '...,' the South Carolina Republican told ...": Graham), else the last named
        near = ctx.sent_index(tok.idx) - _SUBJECT_SENTENCES
        best = next((m for m in fits if ctx.party(m.name) == party), None) or next(
            (m for role in ("main", "subj") for m in fits if m.role == role and m.sent >= near), None) or next(
            iter(fits), None)
        if best is not None:
            return best.name, "person"
    if ent is None and tok.pos_ == "NOUN" and tok.lower_ in FAMILY_NOUNS:
        relative = _relative_of(tok, ctx)  # "According to his wife": the wife the article named
        if relative:
            return relative, "person"
    if ent is None and tok.text[:1].islower():  # "the mayor, Jane Doe," / "campaign manager Jane Doe"
        # (only after a common noun: "Trump celebrated Strzok's firing", misparsed with
        # Strzok as Trump's appositive, is not Strzok speaking)
        for c in tok.children:
            if c.dep_ == "appos" and not _names_newcomer(tok, c):
                ent = ctx.entity_at(c.idx)
                if ent is not None and ent.type == "PERSON":
                    break
                ent = None
        if ent is None and people_noun(tok.lemma_) and not any(
                _names_newcomer(tok, c) for c in tok.children if c.dep_ == "appos"):
            # "A spokesman for the committee, Brad Woodhouse, said": the appositive name
            # wins over the description even when the small NER model typed it ORG
            name = _appositive_name(tok, ctx)
            if name:
                return name, "person"
    desc = tok
    while desc.dep_ == "conj" and desc.head.pos_ == "NOUN" and people_noun(desc.head.lemma_):
        desc = desc.head  # "Ransford, a former commissioner and second-term lawmaker who ...": one person
    if (ent is None and tok.pos_ == "NOUN" and desc.dep_ == "appos" and people_noun(tok.lemma_)
            and desc.head.dep_ != "pobj"):
        # "Ms. Lauten, a former party aide who describes herself ...": the description
        # in apposition to a named person is that person (not to a preposition's object: "a
        # surprise to Prime Minister Niwattumrong, an aide to the leader told CNN" is the aide)
        head = ctx.entity_at(desc.head.idx)
        if head is not None and head.type == "PERSON" and plausible_person(head.name):
            return head.name, "person"
    if ent is not None:
        # "librarian Ana Reyes said": the small NER model sometimes tags only "Reyes" (and
        # as an ORG); proper-noun compounds just before the entity are the rest of a name
        lead = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.idx < ent.start]
        if lead and ent.type == "ORG" and " " not in ent.name and all(_nationality(c, ctx) for c in lead):
            # "a Pakistani Taliban said": a nationality before an organisation names the
            # organisation (one of its members speaks), never a person "Pakistani Taliban"
            words = [t.text for t in tok.doc[min(c.i for c in lead) : tok.i] if t.pos_ == "PROPN"]
            return " ".join(words + [ent.name]), "org"
        if lead and ent.type in ("PERSON", "ORG") and " " not in ent.name:
            words = [t.text for t in tok.doc[min(c.i for c in lead) : tok.i + 1] if t.pos_ == "PROPN"]
            # (an outlet's name before it, hung on the first of them: "Al Jazeera Dorsa Jibbari")
            wide = " ".join(t.text for t in tok.doc[min(t.i for c in lead for t in c.subtree) : tok.i + 1]
                            if t.pos_ == "PROPN")
            name = canonical_person(outlet_led(wide) if outlet_led(wide) != wide else " ".join(words))
            # "Mayor Carter": only a title before the name, which the entity stage has read
            name = ent.name if name == canonical_person(ent.text) else (_full_name_for(name, ctx.people) or name)
            return (name, "person") if plausible_person(name) else (None, None)
        if ent.type == "PERSON":
            # "COVID-19", a disease the small model took for a name: no one speaks
            return ((_namesake_goes_on(ent, ctx) or ent.name), "person") if plausible_person(ent.name) else (None, None)
        if ent.type == "ORG" and (holder := _titled_holder(tok, ctx)):
            return holder, "person"
        if ent.type in ("ORG", "GPE"):
            local = _outlet_and_city(ent, ctx)
            if local:
                return local, "org"
        if ent.type in ("ORG", "GPE", "FAC", "LOC", "EVENT"):
            return ent.name, "org"
        if ent.type == "NORP":
            return ent.name, "group"
        # a law, a work or a product that "states" something ("the Constitution states")
        return ent.name, "document"
    low = tok.lower_
    if low in _PERSON_PRONOUNS or (low == "his" and tok.dep_ == "poss"):
        # ("his" only as the owner of a pledge or a statement: "his testimony that ... “...”")
        name = _resolve_person(tok, ctx)
        return (name, "person") if name else (None, None)
    if low in _PLURAL_PRONOUNS:
        return _resolve_group(tok, ctx), "group"
    if low in _GROUP_PRONOUNS:  # "some chanted", "others shouted"
        if any(o.tag_ in ("WP", "WDT") for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"):
            # "family members of victims, many of whom say ...": the plural people the clause is
            # about; "a worker and an instructor, both of whom alleged ...": no one named
            verb = tok.head
            ante = verb.head if verb.dep_ == "relcl" else None
            if ante is None and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
                ante = tok.doc[tok.i - 2]  # (the parse often hangs the clause elsewhere)
                while ante.dep_ == "pobj" and ante.head.lower_ == "of" and ante.head.head.pos_ == "NOUN":
                    ante = ante.head.head  # "members of 9/11 victims"
            if ante is not None and ante.tag_ == "NNS" and people_noun(ante.lemma_) and not ctx.in_quote(ante.idx):
                return f"{tok.text} of {_nominal_phrase(ante)}", "group"  # part of them, as written
            return None, None
        return _counted_group(tok, ctx), "group"
    if low == "one" and not any(True for _ in tok.children):
        # "More than a dozen ... officials and diplomats testified ... what one called the “irregular
        # channel”": one of the people the sentence before or its own names, no one called "one"
        return _one_of(tok, ctx)
    if low == "it" and tok.dep_ == "nsubj" and _is_cue(tok.head):
        return _resolve_it(tok, ctx)
    if tok.pos_ == "PRON" or low in ("it", "this", "that"):
        return None, None
    if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()):
        # a surname spaCy's NER missed ("Okafor said"), or one the tagger took for a
        # common noun at a sentence start ("Trump celebrated ...")
        if any(a <= tok.idx < b for a, b in ctx.headings):
            # "Obama Hails Growth, But Says “...”:" (a heading): the person its words name
            named = next((e for t in _name_words(tok) if (e := ctx.entity_at(t.idx)) is not None
                          and e.type == "PERSON" and plausible_person(e.name)), None)
            if named is not None:
                return named.name, "person"
        name = " ".join(t.text for t in _name_words(tok))
        full = _family_speaker(tok, canonical_person(name), ctx) or _full_name_for(canonical_person(name), ctx.people)
        if full:
            return full, "person"
        # "Speaker of the House Nancy Pelosi said", parsed with the title as subject and the
        # name as its appositive: the named person speaks, not "Speaker of the House"
        for c in tok.children:
            named = ctx.entity_at(c.idx) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if named is not None and named.type == "PERSON" and plausible_person(named.name):
                return named.name, "person"
        held = _holder_after_body(tok) or _untyped_appositive_name(tok, ctx)
        if held:
            return held, "person"
    if tok.pos_ in ("NOUN", "PROPN"):
        lemma = tok.lemma_.lower()
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        body = lemma in COLLECTIVE_NOUNS and lemma in ORG_NOUNS  # "the group", "the union": a body too
        if dets & {"that", "this"} and tok.tag_ == "NN" and (named := _titled_after(tok, ctx)):
            return named, "person"
        if tok.tag_ == "NN" and "the" in dets and (held := ctx.national_holder(tok)):
            return held, "person"  # "the French leader" after "French President Emmanuel Macron" (a group's noun)
        if tok.tag_ in ("NN", "NNP") and "the" in dets and (lemma not in GROUP_NOUNS or body):
            # a role is a person's ("the book" is not its author), and one person's: "the
            # senator" of an article naming two senators stays "the senator"
            name = ctx.role_person(tok) if not body and (people_noun(lemma) or tok.text[:1].isupper()) else None
            if name:
                return name, "person"
            earlier = _antecedent(tok, ctx) or _statement_of(tok, ctx)
            if earlier:
                return earlier
        phrase = _nominal_phrase(tok)
        if lemma in DOCUMENT_NOUNS or lemma in EVIDENCE_NOUNS:
            return phrase, "document"  # "the letter", "according to interviews"
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma in GROUP_NOUNS and (plural or lemma in COLLECTIVE_NOUNS):
            return phrase, "group"
        if lemma in ORG_NOUNS or lemma in BODY_NOUNS:
            return phrase, "org"  # "the campaign", "the hospital", "the central bank"
        if plural:
            # a group is people ("officials", "Trump supporters"), not "more racially
            # charged comments": other plurals name no one
            return (phrase, "group") if people_noun(lemma) else (None, None)
        return phrase, "person"  # one person: "a senior official", "the aide"
    return None, None


def _mostly_a_place(ent: Entity, ctx: _Context) -> bool:
    """Whether a one-word name typed a person is one the article's other mentions type a place more often ("Our
    reporter Liz Hale sends us this update from Madison:" in a page on the city's rally): no one to quote."""
    if " " in ent.name:
        return False
    typed = Counter(e.type for e in ctx.entities if e.name == ent.name)
    return typed["GPE"] + typed["LOC"] > typed["PERSON"]


def _relative_after_mark(tok: "Token", ctx: _Context) -> str | None:
    """The relative a name owns through a possessive mark the tokenizer split off ("Ms. Ford‘ husband, Tom Ford,
    held a sign ... and said", the parse making "Ford" the subject and "husband" its appositive): the person named
    beside the relative noun, who speaks; None for anything else."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("‘", "'", "`", "’"):
        return None
    noun = doc[tok.i + 2]
    if noun.lower_ not in FAMILY_NOUNS or noun.head.i != tok.i or noun.dep_ != "appos":
        return None
    for c in noun.children:
        ent = ctx.entity_at(c.idx) if c.dep_ == "appos" else None
        if ent is not None and ent.type == "PERSON" and " " in ent.name and plausible_person(ent.name):
            return ent.name
    return None


def _namesake_goes_on(ent: Entity, ctx: _Context) -> str | None:
    """The speaker just quoted, when a bare surname tags the next words and that speaker bears it though the
    article's main bearer is someone else ("Robert Harlan Jr., the brother of Tom Harlan, ... “...,” he
    said. Critics need to “calm down,” Harlan said.": the brother goes on): the last person quoted, in the
    tag's paragraph or the one before, whose surname the tag is; None for anyone else."""
    surname = ent.text.strip()
    if " " in surname or not surname[:1].isupper():
        return None
    last = next(((pos, name) for pos, name in reversed(ctx.said) if pos < ent.start), None)
    if last is None or last[1] == ent.name or len(re.findall(r"\n\s*", ctx.text[last[0] : ent.start])) > 1:
        return None  # (quoted in its paragraph or the one before)
    words = _without_generation(last[1].split())
    return last[1] if len(words) > 1 and words[-1] == surname else None


def _titled_after(noun: "Token", ctx: _Context) -> str | None:
    """The person a "that"/"this" role noun points to when its paragraph names that holder, the
    role as title, in the next sentence or two ("That judge ruled that ... “Thus, ...,” Judge
    Nathaniel M. Gorton wrote."): a demonstrative points to the one just described, whom the
    story then names; none when no such title follows."""
    lemma = noun.lemma_.lower()
    if not people_noun(lemma):
        return None
    k = ctx.sent_index(noun.idx)
    hi = ctx.sent_starts[k + 3] if k + 3 < len(ctx.sent_starts) else len(ctx.text)
    titles = {lemma, *[a for a, n in _TITLE_NOUNS.items() if n == lemma]}
    for e in ctx.entities:
        if e.type != "PERSON" or not noun.idx < e.start < hi or ctx.in_quote(e.start):
            continue
        first = ctx.doc[_token_at(ctx, e.start)]
        title = first if first.lower_.rstrip(".") in titles else ctx.doc[first.i - 1] if first.i > 0 else None
        if title is not None and title.text[:1].isupper() and title.lower_.rstrip(".") in titles:
            return e.name
    return None


def _one_of(tok: "Token", ctx: _Context) -> tuple[str | None, str | None]:
    """A bare "one" that speaks: one of the nearest plural noun of people in its sentence or the
    one before (as "one of the officials"), else no speaker."""
    lo = ctx.sent_starts[max(0, ctx.sent_index(tok.idx) - 1)]
    for t in reversed(ctx.tokens_between(lo, tok.idx)):
        if t.tag_ == "NNS" and people_noun(t.lemma_):
            while t.dep_ == "conj" and t.head.tag_ == "NNS" and people_noun(t.head.lemma_):
                t = t.head  # "officials and diplomats": the first
            return f"one of the {t.text}", "person"
    return None, None


def _untyped_appositive_name(tok: "Token", ctx: _Context) -> str | None:
    """A person's name the NER left untyped in apposition to a capitalised title the parse made the
    subject ("said House Minority Whip Olek Wrobel (D-Md.)", "Whip" the subject, "Wrobel" its
    appositive with "Olek" before it): that name, a first name and a surname, when the subject is no
    name of the article's own; the title names no one. None otherwise (session 41, review 29)."""
    if ctx.entity_at(tok.idx) is not None and ctx.entity_at(tok.idx).type == "PERSON":
        return None
    for c in tok.children:
        if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i != tok.i + 2 or c.ent_type_ not in ("", "PERSON"):
            continue
        first = tok.doc[c.i - 1]
        if first.dep_ != "compound" or first.head.i != c.i or first.pos_ != "PROPN":
            continue
        words = [first, c]
        if all(t.text[:1].isupper() and t.text.isalpha() and _title_key(t.text) not in TITLES for t in words):
            name = " ".join(t.text for t in words)
            return name if plausible_person(name) else None
    return None


def _holder_after_body(tok: "Token") -> str | None:
    """The name of an office's holder that ends the office's "of" phrase when the NER found no
    name in it ("Speaker of the Sejm Olek Wrobel of the Unity party told reporters", parsed
    with "Speaker" as the subject and "Sejm Olek Wrobel" as one proper noun under "of"): the
    last two of three or more capitalised proper nouns there, none typed a body or a place and
    none a body's noun, are the holder's first name and surname; the title alone names no
    one. None otherwise ("Speaker of the House" names no holder; session 41, review 28)."""
    if _title_key(tok.text) not in TITLES or not tok.text[:1].isupper():
        return None
    obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if obj is None:
        return None
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det"]
    if (len(words) < 3 or [t.i for t in words] != list(range(words[0].i, obj.i + 1))
            or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text.isalpha() for t in words)):
        return None
    name = words[-2:]
    if any(t.ent_type_ not in ("", "PERSON") or t.lower_ in ORG_NOUNS or t.lower_ in BODY_NOUNS
           or _title_key(t.text) in TITLES for t in name):
        return None
    holder = " ".join(t.text for t in name)
    return holder if plausible_person(holder) else None


def _titled_holder(tok: "Token", ctx: _Context) -> str | None:
    """The person a body's name ends on with a title ("House Permanent Select Committee on
    Intelligence Chairman Adam B. Schiff said", parsed with the committee as subject): the
    holder of the title speaks, not the body."""
    edge = tok.right_edge
    ent = ctx.entity_at(edge.idx)
    if ent is None or ent.type != "PERSON" or edge.idx + len(edge.text) != ent.end or not plausible_person(ent.name):
        return None
    first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if first is None or first.start <= tok.left_edge.i:
        return None
    title = ctx.doc[first.start - 1]
    return ent.name if title.text[:1].isupper() and people_noun(title.lemma_) else None


def _outlet_and_city(ent: Entity, ctx: _Context) -> str | None:
    """ "Fox 11 Los Angeles" for either part of a station or paper named with its city, which the
    NER typed a place apart from the outlet ("according to Fox 11 Los Angeles"): the outlet
    speaks, not the city."""
    text = ctx.doc.text
    if ent.type == "GPE" and ent.start >= 2 and text[ent.start - 1] == " ":
        outlet, city = ctx.entity_at(ent.start - 2), ent
    elif ent.type == "ORG" and text[ent.end : ent.end + 1] == " ":
        outlet, city = ent, ctx.entity_at(ent.end + 1)
    else:
        return None
    if outlet is None or city is None or outlet.type != "ORG" or city.type != "GPE" or outlet.end + 1 != city.start:
        return None
    return f"{outlet.name} {city.name}"


def _counted_group(tok: "Token", ctx: _Context) -> str:
    """A quantifier that speaks ("several claimed", "some of the senators said") names part of a
    group: "several of the senators" as written; a bare one, the group its clause's twin counts
    ("the rest of the GOP caucus voiced concern ..., and several claimed": the GOP caucus) or
    names ("Republicans objected, and some said"); else the word as it stands."""
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if of:
        return _nominal_phrase(tok)  # ("many of whom" names no one: `_speaker`)
    verb = tok.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return _counted_before(tok, ctx) or tok.text
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and not ctx.in_quote(c.idx)), None)
    if subj is None:
        return tok.text
    of = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if of and subj.pos_ in ("NOUN", "ADJ", "PRON"):
        return _nominal_phrase(of[0])  # "the rest of the GOP caucus", "many of the delegates"
    name, kind = _speaker(subj, ctx, None) if subj.lower_ not in _GROUP_PRONOUNS else (None, None)
    return name if name and kind in ("group", "org") else tok.text


def _counted_before(tok: "Token", ctx: _Context) -> str | None:
    """The people a bare quantifier opening its sentence counts: those the sentence just before
    ends on, plural people met or spoken to ("He said he talked to members of Scott's family as
    well as neighbors. All said ...": the members of Scott's family and the neighbours), when it
    names just one such group (a noun of people, the last of them outside quotes)."""
    sent = tok.sent
    if tok.i != sent.start or sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    if tok.lower_ == "both":
        return _pair_in(prev, ctx)
    groups = [t for t in prev if t.tag_ == "NNS" and t.dep_ in ("pobj", "dobj", "conj") and people_noun(t.lemma_)
              and ctx.entity_at(t.idx) is None and not ctx.in_quote(t.idx) and not ctx.in_heading(t.idx)]
    if not groups:
        return None
    # the last group and those joined to it with no verb between ("members of the family as well as neighbors")
    first = groups[-1]
    for g in reversed(groups[:-1]):
        if any(w.pos_ in ("VERB", "AUX") for w in ctx.doc[g.i : first.i]):
            break
        first = g
    lo = min(w.i for w in first.subtree)
    hi = max(w.i for w in groups[-1].subtree)
    return ctx.doc[lo : hi + 1].text.strip(" ,")


def _pair_in(sent: "Span", ctx: _Context) -> str | None:
    """The two people a "Both" opening the next sentence counts: the last pair the sentence joins with "and", each
    one person ("..., including a brother and sister quietly rejoicing. Both said ...": "a brother and sister"; two
    named persons by their names), as written; None when it joins no such pair."""
    def one(t: "Token") -> bool:
        ent = ctx.entity_at(t.idx)
        if ent is not None:
            return ent.type == "PERSON" and plausible_person(ent.name)
        return t.tag_ == "NN" and people_noun(t.lemma_)

    for t in reversed(list(sent)):
        pair = [c for c in t.children if c.dep_ == "conj"]
        if (len(pair) != 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) or not one(t)
                or not one(pair[0]) or ctx.in_quote(t.idx) or ctx.in_heading(t.idx)):
            continue
        named = _people_pair(t, ctx)
        if named:
            return named
        if ctx.entity_at(t.idx) is not None or ctx.entity_at(pair[0].idx) is not None:
            return None
        lo = min([c.i for c in t.children if c.dep_ in ("det", "amod", "poss", "compound") and c.i < t.i] + [t.i])
        return ctx.doc[lo : pair[0].i + 1].text
    return None


def _resolve_it(tok: "Token", ctx: _Context) -> tuple[str | None, str | None]:
    """ "'...,' it said": the body or the writing last the subject of a clause, within a few
    sentences, outside quotes ("The Club for Growth had urged ... '...,' the group said.
    '...,' it said": the Club for Growth). A person subject is skipped (no one calls a
    person "it"); a subject that is another thing ("The bill passed") ends the search: it
    is what "it" is, and it says nothing. Plurals are skipped."""
    lo = ctx.sent_starts[max(0, ctx.sent_index(tok.idx) - _SUBJECT_SENTENCES)]
    start = bisect.bisect_left(ctx.tok_starts, lo)
    for t in reversed(ctx.doc[start : tok.i]):
        if (t.dep_ == "pobj" and t.tag_ == "NN" and t.lemma_.lower() in DOCUMENT_NOUNS and t.head.lower_ == "in"
                and _is_cue(t.head.head) and not ctx.in_quote(t.idx) and not ctx.in_heading(t.idx)):
            # "Foreign ministers ... said in a statement that they wanted Britain to ... '...,' it said": the
            # statement of the foreign ministers, not a subject of what it reported
            subj = _subject(t.head.head, ctx, strict=True)
            name, kind = _speaker(subj, ctx, None) if subj is not None else (None, None)
            if name and kind in ("org", "group"):
                return name, kind
            name, kind = _speaker(t, ctx, None)
            if name and kind in ("org", "document"):
                return name, kind
        if (t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ not in ("NN", "NNP") or ctx.in_quote(t.idx)
                or ctx.in_heading(t.idx)):
            continue
        if _reported_subject(t):
            continue  # "... said that they wanted Britain to invoke ...": talked about, not speaking
        ent = ctx.entity_at(t.idx)
        if ent is not None and ent.type == "PERSON":
            continue
        if ent is None and t.pos_ == "PROPN" and _body_name(t) is None:
            continue  # a name the NER missed: perhaps a person's
        name, kind = _speaker(t, ctx, None)
        return (name, kind) if name and kind in ("org", "document") else (None, None)
    return None, None


def _reported_subject(t: "Token") -> bool:
    """Whether a subject's clause is the content of a report ("[they] said in a statement that they
    wanted Britain to quickly invoke the article": Britain's "invoke"), climbing clause
    complements to a verb of speech."""
    verb = t.head
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return False
        if _is_cue(verb.head):
            return True
        verb = verb.head
    return False


def _nationality(tok: "Token", ctx: _Context) -> bool:
    """Whether a proper noun is a nationality or a people's adjective ("Pakistani", "Afghan"):
    the NER typed it NORP, here or as a word of its own elsewhere in the article."""
    ent = ctx.entity_at(tok.idx)
    if ent is not None:
        return ent.type == "NORP"
    return tok.ent_type_ == "NORP"


_SPOUSES = {"wife", "widow", "husband", "widower", "spouse"}


def _family_speaker(tok: "Token", surname: str, ctx: _Context) -> str | None:
    """A surname several full names of the article share, speaking right after a sentence
    whose main clause has one of them speak ("State Rep. Betty Price said ... her husband,
    Tom Price ... “...,” Price said"): that one (the entity stage's rule for a surname the
    NER tagged, `entities._Families._speaker_before`, for one it missed)."""
    members = {f for f in ctx.people if f.split()[-1] == surname and f != surname}
    if len(members) < 2 or tok.dep_ != "nsubj" or not _is_cue(tok.head):
        return None
    k = ctx.sent_index(tok.idx)
    if k < 1:
        return None
    for t in ctx.tokens_between(ctx.sent_starts[k - 1], ctx.sent_starts[k]):
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and _is_cue(t.head):
            ent = ctx.entity_at(t.idx)
            # named in full there ("Betty Price", not a "Jeb Bush" the entity stage took for
            # a longer name)
            if ent is not None and ent.type == "PERSON" and ent.name in members and canonical_person(ent.text) == ent.name:
                return ent.name
    return None


def _relative_of(tok: "Token", ctx: _Context) -> str | None:
    """ "his wife", "Litvinenko's widow" as a speaker: the relative the article introduced by
    name as that person's ("Litvinenko's widow, Marina" is Marina Litvinenko), when it
    introduced one only."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners or ctx.in_quote(tok.idx):
        return None
    owner = owners[0]
    if owner.lower_ in ("his", "her"):
        name = _resolve_person(owner, ctx)
    else:
        ent = ctx.entity_at(owner.idx)
        name = ent.name if ent is not None and ent.type == "PERSON" else None
    if not name:
        return None
    surname = name.split()[-1]
    kin = tok.lower_
    found = {r.name for r in ctx.relatives
             if r.surname == surname and r.name != name and (r.kin in _SPOUSES if kin in _SPOUSES else r.kin == kin)}
    return next(iter(found)) if len(found) == 1 else None


_PARTY_MEMBERS = {"democrat", "republican"}
# what a name with no noun of a body may be called: "the company" (Apple), "the group" (the
# Club for Growth; news calls an advocacy group, a militia or a band so)
_ONLY_COMPANY = {"company", "firm", "group", "organization", "organisation"}


def _antecedent(tok: "Token", ctx: _Context) -> tuple[str, str] | None:
    """What a bare definite noun refers back to: "the spokesperson" is the one the
    article introduced as "A Facebook spokesperson"; "the company", "the group" or "the
    department" is the organisation last seen as a speaker's subject ("Apple said ...", "The
    Club for Growth had urged ...", "the Justice Department said"), when its name fits the
    noun (it holds the noun, or holds no noun of a body and the noun is one any body may
    take: `_ONLY_COMPANY`). Within a few paragraphs, outside quotes."""
    if any(c.dep_ != "det" for c in tok.children):
        return None  # "the Facebook spokesperson", "the company's lawyer": a description
    lemma = tok.lemma_.lower()
    person = people_noun(lemma) and not (lemma in COLLECTIVE_NOUNS and lemma in ORG_NOUNS)
    if (not person and lemma not in ORG_NOUNS) or lemma in ctx.roles:
        return None  # a title the article gives a named holder ("the president") is theirs
    lo = bisect.bisect_left(ctx.tok_starts, tok.idx - _PRONOUN_WINDOW)
    sent = ctx.sent_index(tok.idx)
    gender = _noun_gender(tok) if person else None
    between = None  # the last named speaker of the noun's sex before it
    for t in reversed(ctx.doc[lo : tok.i]):
        if person and gender and between is None:
            between = _named_speaker_of(t, gender, ctx)
        if ctx.in_quote(t.idx) or ctx.in_heading(t.idx) or (person and t.lemma_.lower() != lemma):
            continue
        if person:
            if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                # ("a fall for a congresswoman with a target on her back ... Holt said ... The congresswoman added":
                # a named speaker of the noun's sex after the description is whom the noun goes on with)
                return (between, "person") if between else (_nominal_phrase(t), "person")
            continue
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            # "Harvard has called Students for Fair Admission a political group ... The group says":
            # the body the text last called so, not the last body that spoke
            named = _called_so(t, ctx)
            return (named, "org") if named else None
        # a body named earlier in the noun's own sentence, whatever its role ("Shares of Weight
        # Watchers plunged after the company reported ...": not the last company that spoke)
        own = ctx.sent_index(t.idx) == sent and t.pos_ == "PROPN"
        if not own and (t.dep_ != "nsubj" or not _is_cue(t.head)):
            continue
        ent = ctx.entity_at(t.idx)
        name = ent.name if ent is not None and ent.type == "ORG" else _body_name(t) if ent is None else None
        if name is None:
            continue
        words = {w.lower() for w in name.split()}
        if lemma in words or (lemma in _ONLY_COMPANY and not words & (ORG_NOUNS | BODY_NOUNS)):
            return name, "org"
    return _unnamed_speaker(tok, ctx) if lemma in _GENERIC_PERSON else None


def _named_speaker_of(t: "Token", gender: str, ctx: _Context) -> str | None:
    """The person of `gender` (as the article gives it) `t` names as the subject of a speech cue, or None."""
    if t.dep_ != "nsubj" or t.pos_ != "PROPN" or not _is_cue(t.head) or ctx.in_quote(t.idx):
        return None
    ent = ctx.entity_at(t.idx)
    if ent is not None:
        name = ent.name if ent.type == "PERSON" else None
    else:  # a surname the NER left untyped ("Holt, 57, said ..."): the one person named so before
        names = {e.name for e in ctx.entities if e.type == "PERSON" and e.start < t.idx and " " in e.name
                 and e.name.split()[-1] == t.text}
        name = next(iter(names)) if len(names) == 1 else None
    return name if name is not None and plausible_person(name) and ctx.gender(name) == gender else None


def _called_so(noun: "Token", ctx: _Context) -> str | None:
    """The name an indefinite noun describes: its appositive's head ("SFFA, a group that ..."),
    the subject it is said of ("SFFA is a group"), or the name a verb of naming gives it ("called
    Students for Fair Admission a political group")."""
    head = noun.head
    if noun.dep_ == "appos":
        cands = [head]
    elif noun.dep_ == "attr":
        cands = [c for c in head.children if c.dep_ == "nsubj"]
    elif noun.dep_ in ("oprd", "dobj") and head.lemma_.lower() in ("call", "describe", "label", "dub", "brand", "term"):
        cands = [c for c in head.children if c.dep_ == "dobj" and c.i < noun.i]
    else:
        return None
    for c in cands:
        ent = ctx.entity_at(c.idx)
        if ent is not None and ent.type not in ("PERSON", "NORP"):
            return ent.name
        if ent is None and c.pos_ == "PROPN":
            return " ".join(t.text for t in _name_words(c))
    return None


# Nouns that only say someone is a person: "the person" is whoever the text just quoted unnamed
_GENERIC_PERSON = frozenset({"person", "individual"})


def _unnamed_speaker(tok: "Token", ctx: _Context) -> tuple[str, str] | None:
    """ "...,' said the aide, who did not wish to be named. The person described ...": the
    unnamed person who spoke in the sentence before or in this one (a noun of people, no name,
    the subject of a speech verb), as the text calls them."""
    lo = ctx.sent_starts[max(0, ctx.sent_index(tok.idx) - 1)]
    for t in reversed(ctx.doc[bisect.bisect_left(ctx.tok_starts, lo) : tok.i]):
        if (t.pos_ == "NOUN" and t.dep_ == "nsubj" and _is_cue(t.head) and people_noun(t.lemma_)
                and t.lemma_.lower() not in _GENERIC_PERSON and ctx.entity_at(t.idx) is None
                and not ctx.in_quote(t.idx) and not ctx.in_heading(t.idx)):
            name, kind = _speaker(t, ctx, None)
            return (name, kind) if name and kind == "person" else None
    return None


def _body_name(tok: "Token") -> str | None:
    """The name of a body the NER missed, as a subject: a proper noun with "the", its
    compounds and an "of"/"for" name after it ("The Club for Growth", "the Heritage
    Foundation"). A person's name takes no article."""
    if tok.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct") and t.i >= tok.i - 3]
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in words):
        return None
    if [t.i for t in words] != list(range(words[0].i, words[-1].i + 1)):
        return None
    return " ".join(t.text for t in words)


def _statement_of(tok: "Token", ctx: _Context) -> tuple[str, str] | None:
    """ "the statement added": the one the article last quoted from a statement ("...,” he
    said in a statement") or named as its author ("a statement from the embassy"), a named
    person or a body. Only "the statement" as it stands. A statement someone "issued" stays
    the statement's voice ("The statement noted", PolNeAR's annotators' source too)."""
    if tok.lemma_.lower() != "statement" or any(c.dep_ != "det" for c in tok.children):
        return None
    lo = bisect.bisect_left(ctx.tok_starts, tok.idx - _PRONOUN_WINDOW)
    for t in reversed(ctx.doc[lo : tok.i]):
        if t.lemma_.lower() != "statement" or ctx.in_quote(t.idx) or ctx.in_heading(t.idx):
            continue
        author = next((o for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                       for o in p.children if o.dep_ == "pobj"), None)
        if author is None and t.dep_ == "pobj" and t.head.lower_ == "in" and _is_cue(t.head.head):
            author = _subject(t.head.head, ctx)  # "..., he said in a statement"
        if author is None or author.i == tok.i:
            return None
        name, kind = _speaker(author, ctx, None)
        ent = ctx.entity_at(author.idx)
        if name and kind in ("person", "org") and (ent is not None or author.lower_ in _PERSON_PRONOUNS):
            return name, kind
        return None
    return None


def _named_after(tok: "Token", ctx: _Context) -> str | None:
    """The person named right after a description of them that the parser took for the
    subject: "Trump's lawyer Rudy Giuliani said", "Manafort's lawyer, Kevin Downing said",
    "NNU Executive Director RoseAnn DeMoro said" (the name as the description's appositive
    or as a second subject of the verb)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = tok.i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].text == ",":
        nxt += 1
    if nxt < len(tok.doc) and not ctx.in_quote(tok.doc[nxt].idx):
        ent = ctx.entity_at(tok.doc[nxt].idx)
        if ent is not None and ent.type == "PERSON" and ent.start == tok.doc[nxt].idx and plausible_person(ent.name):
            span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and ((root.dep_ == "appos" and root.head.i == tok.i)
                                     or (root.dep_ in ("nsubj", "nsubjpass") and root.head.i == tok.head.i)):
                return ent.name
    # "August Flentje, the lawyer for the federal government, argued": the name before the title
    k = tok.left_edge.i - 2
    if k >= 0 and tok.doc[k + 1].text == ",":
        named = tok.doc[k]
        ent = ctx.entity_at(named.idx)
        subj = _described_subject(named)
        if subj is not None and subj.i == tok.i and ent is not None and ent.type == "PERSON" and plausible_person(
                ent.name):
            return ent.name
    # "Former Bureau of Labor Statistics chief Keith Hall told", "Pink Floyd co-founder Roger
    # Waters chanted": the parse takes the body or the band for the subject; the person named
    # right before the verb, after a noun of one person that describes them, speaks
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.i > tok.i + 2:
        last = tok.doc[verb.i - 1]
        ent = ctx.entity_at(last.idx) if not ctx.in_quote(last.idx) else None
        if ent is not None and ent.type == "PERSON" and ent.start > tok.idx and plausible_person(ent.name):
            span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            before = tok.doc[span.start - 1] if span is not None and span.start > tok.i else None
            if (before is not None and before.tag_ == "NN" and people_noun(before.lemma_)
                    and all(not t.is_punct or t.text == "-" for t in tok.doc[tok.i : span.start])):
                return ent.name
    # "The solicitor general for the state of Washington, Noah Purcell, argued": the name the
    # parse hung on the body the title is of
    for t in tok.subtree:
        holder = _prep_chain_holder(t.head) if t.dep_ == "appos" and t.i > tok.i else None
        if holder is not None and holder.i == tok.i and not ctx.in_quote(t.idx):
            ent = ctx.entity_at(t.idx)
            if ent is not None and ent.type == "PERSON" and plausible_person(ent.name):
                return ent.name
    return None


def _names_newcomer(tok: "Token", appos: "Token") -> bool:
    """Whether a name set off after a noun's "for" or "of" phrase names the person that phrase brings in, not the
    noun ("A lawyer for another swimmer, James Feigen, said ...": the swimmer is Feigen, his lawyer speaks; review
    35): the phrase's noun is one person's, new to the story ("a", "an", "another", or "other", "second", "fellow"
    before it), and the name follows it and its comma. "A spokesman for the governor, Tom Hale," is left alone."""
    for prep in (p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to") and p.i < appos.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            new = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in obj.children) or any(
                c.dep_ == "amod" and c.lower_ in ("other", "second", "third", "fellow") for c in obj.children)
            if (new and obj.tag_ == "NN" and people_noun(obj.lemma_)
                    and appos.left_edge.i == max(t.i for t in obj.subtree) + 2):
                return True
    return False


def _appositive_name(tok: "Token", ctx: _Context) -> str | None:
    """The proper name set in apposition to a common noun ("a spokesman ..., Brad
    Woodhouse,"), when it can be a person's: two to four capitalised words, no word of an
    organisation's or a place's name. The parser often hangs the name on the body the
    person speaks for ("A spokesman for the Water Board, Dale Woodbury,"): a person's name
    is no appositive of an organisation, so it is the speaker's too (not after a noun of
    people: in "a lawyer for the plaintiff, Jane Doe," she may be the plaintiff)."""
    owners = [tok] + [o for p in tok.children if p.dep_ == "prep"
                      for o in p.children if o.dep_ == "pobj" and not people_noun(o.lemma_)
                      and o.pos_ in ("PROPN", "NOUN")]
    for owner in owners:
        for c in owner.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or ctx.in_quote(c.idx):
                continue
            words = [t for t in c.subtree if t.i <= c.i and (t.dep_ == "compound" or t.i == c.i)]
            if [t.i for t in words] != list(range(words[0].i, c.i + 1)) or not 2 <= len(words) <= 4:
                continue
            ent = ctx.entity_at(c.idx)
            if ent is not None and ent.type not in ("PERSON", "ORG"):
                continue
            body = owner.pos_ == "PROPN" or owner.lemma_.lower() in ORG_NOUNS or owner.lemma_.lower() in BODY_NOUNS
            if owner is not tok and not body and (ent is None or ent.type != "PERSON"):
                # "The leader of the pro-government Red Shirt movement, Jatuporn Prompan,":
                # after a body the NER does not name, only a name it types a person's
                continue
            name = _appositive_person(words, ctx)
            if name:
                return name
    return None


def _appositive_person(words: list["Token"], ctx: _Context) -> str | None:
    """The person's name an appositive's words make, none when a word is an organisation's
    or a place's noun."""
    name = canonical_person(" ".join(t.text for t in words))
    if not plausible_person(name) or any(
            t.lemma_.lower() in ORG_NOUNS or t.lemma_.lower() in BODY_NOUNS for t in words):
        return None
    return _full_name_for(name, ctx.people) or name


def _embedded_cue(cue: "Token") -> bool:
    """Whether a cue stands inside a relative clause or a prepositional phrase, not its sentence's own clause ("what
    witnesses said were ...", "the rule, which critics say ...")."""
    return any(t.dep_ in ("relcl", "acl", "pcomp") for t in [cue, *cue.ancestors])


def _tag_after(verb: "Token", span: _Span, ctx: _Context) -> bool:
    """Whether a verb is its sentence's root and tags it after the quote, subject and all
    ("..., the report noted."), though a later quote of the sentence stands in between."""
    return verb.dep_ == "ROOT" and verb.idx > span.outer_end and any(
        c.dep_ == "nsubj" and c.idx > span.outer_end and not ctx.in_quote(c.idx) for c in verb.children)


def _via_relative(span: _Span, cue: "Token", ctx: _Context) -> bool:
    """Whether the way up from the quoted words to `cue` passes a relative clause or a
    participle on a noun ("... of Litvinenko, who “had repeatedly targeted ...”")."""
    chars = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None:
        return False
    t, rel = chars.root, False
    for _ in range(10):
        if t.i == cue.i:
            return rel
        rel = rel or (t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"))
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _governs(cue: "Token", span: _Span, ctx: _Context) -> bool:
    """Whether the cue verb governs the quoted words with no other verb in between."""
    toks = [t for t in ctx.doc.char_span(span.start, span.end, alignment_mode="expand") or []]
    inside = {t.i for t in toks}
    # the full stop American style puts inside the marks hangs on a verb of the sentence: on its
    # root it may be the words' cue ('Reyes Says This Isn't A “Real Recovery.”'), on another verb
    # it is no sign ('..., what a French official described as a “rant” ..., and his description
    # of their relationship as a “10.”')
    roots = [t for t in toks if (t.head.i not in inside or t.head.i == t.i)
             and not (t.is_punct and t.head.dep_ != "ROOT")]
    for r in roots:
        t, hops = r, 0
        while hops < 5 and t.head.i != t.i:
            t = t.head
            hops += 1
            if t.i == cue.i:
                return True
            if t.pos_ in ("VERB", "AUX") and t.i not in inside:
                break
    return False


def _outer_reporter(cue: "Token") -> "Token":
    """The cue a word or two in quotes is the words of: the governing cue's, unless that cue takes
    them only in its topic, "about ..." ("informed about the “secret” plan"), and its clause is
    another cue's report ("Dunn said Friday Lee informed about the “secret” plan"): the reporter
    chose the words and is quoted, not the person whose telling he reports."""
    if cue.dep_ != "ccomp" or not _is_cue(cue.head) or not any(
            c.dep_ == "prep" and c.lower_ == "about" for c in cue.children):
        return cue
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return cue  # the inner cue has content of its own: 'Lee called it a “disaster” on Monday'
    return cue.head


_BIDDING_VERBS = frozenset("ask urge beg plead implore call want tell order wait".split())


def _bidden(cue: "Token") -> bool:
    """Whether a cue is an infinitive that a verb of asking bids someone do ("asks for police to respond", "urged
    him to answer"): a speech wished for, not made; no subject of it says the quoted words."""
    return (cue.tag_ == "VB" and cue.dep_ in ("advcl", "xcomp", "ccomp", "oprd") and cue.head.i != cue.i
            and cue.head.lemma_.lower() in _BIDDING_VERBS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in cue.children))


def _manner_word(span: _Span, cue: "Token", ctx: _Context) -> bool:
    """Whether a word or two in quotes before the cue are its adverb ("had “fully” informed the department"): how the
    telling was done, the writer's word or someone else's, never what the teller said."""
    if span.outer_end > cue.idx:
        return False  # after its verb it may be the answer given: 'he said: “Absolutely.”'
    words = [t for t in ctx.doc.char_span(span.start, span.end, alignment_mode="expand") or [] if not t.is_punct]
    return bool(words) and all(t.pos_ == "ADV" or (t.dep_ == "advmod" and t.head.i == cue.i) for t in words)


def _posed(cue: "Token") -> bool:
    """Whether a cue is an infinitive with its subject after "for" ("the best thing would be for Kim to say
    “inspectors”"): a speech supposed or wished for, not made."""
    return (cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in cue.children))


def _closed_aside(cue: "Token", span: _Span, ctx: _Context) -> bool:
    """Whether a cue stands in an aside between two dashes that both come before the quote, in its sentence
    ("the president — who said “some” were told — for not making the “Gang of Eight” aware"): the aside's speech
    ends at its closing dash, whatever the parse hangs on it."""
    doc = ctx.doc
    at = _token_at(ctx, span.outer_start)
    if not cue.i < at <= len(doc) or at - cue.i > 60:
        return False
    sent = cue.sent
    before = [t for t in doc[sent.start : cue.i] if _dash(t)]
    after = [t for t in doc[cue.i : at] if _dash(t)]
    return len(before) % 2 == 1 and len(after) == 1 and not any(ctx.in_quote(t.idx) for t in before + after)


_PLEADED_PREPS = frozenset("for against about".split())


def _first_person_joined(span: _Span, cue: "Token", ctx: _Context) -> bool:
    """Whether a quotation is a clause with "I" or "we" for subject that the parse joined (", and “I'm sure
    ...”") to the clause a cue reports in the third person, that cue itself reported: no one's "I" stands in a
    clause a third speaker reports of them; the reporting speaker says it. Not a clause opened by its own "that"
    (", and that “I hope ...”"): a second thing the nested cue's speaker said, in the first person."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    root = next((t for t in words if not span.start <= t.head.idx < span.end and t.pos_ in ("VERB", "AUX")), None)
    own = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if root is None or root.dep_ != "conj" or own is None or own.lower_ not in ("i", "we"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        return False  # "Trump told him Flynn was “a good guy” and that “I hope ...”": the nested teller's second clause
    if own.lower_ == "we" and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in cue.children):
        return False  # "workers said the plant would close, and “we were shocked”": a group's own "we"
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if comp is None or not any(a.i == comp.i for a in [root.head, *root.head.ancestors]):
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in comp.children)


def _deed_in_infinitive(span: _Span, cue: "Token", anc: list["Token"]) -> bool:
    """Whether the quote hangs under an infinitive of the cue, outside the quote, that is no speech ("agreed to
    consult closely on “...”"): the words name a deed, not what the cue's subject said ("promised to “fight for every
    vote”", the infinitive inside the marks, stays the promiser's)."""
    return any(t.dep_ == "xcomp" and t.head.i == cue.i and t.pos_ == "VERB" and not _is_cue(t)
               and not span.start <= t.idx < span.end and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               for t in anc)


def _cause_pleaded(cue: "Token", anc: list["Token"]) -> bool:
    """Whether quoted words are only the object of a preposition of a cue with no content of its own ("arguing for
    “a county whose record is the worst”", "argued against “...”"): the cause pleaded, named by whoever tells of the
    pleading. Not "called for" ("Trump called for “a total shutdown”" is the caller's demand, in his words)."""
    return (len(anc) >= 2 and anc[0].dep_ == "prep" and anc[0].lower_ in _PLEADED_PREPS and anc[1].i == cue.i
            and cue.lemma_.lower() != "call" and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children))


def _news_report(cue: "Token") -> bool:
    """Whether a cue is a report of what was said ("NBC reported", "according to"), not speech."""
    return cue.lower_ == "according" or cue.lemma_.lower() == "report"


# Nouns that name quoted words ("the words of King:"): the colon's quote is their owner's, not the clause subject's
_QUOTED_WORD_NOUNS = frozenset("word words quote quotation saying motto message line phrase advice slogan".split())
# Verbs of having and holding: what a page, a feed or a list "has" or "includes" is shown on it
# (and a page's verbs of printing: "The Daily ran a photo of the mayor: “...”" is its caption, no one's words)
_HOLDING_VERBS = frozenset("have include contain feature list carry display run print".split())


# Nouns of a writing's own title line: a quote right after one ("under the headline “...”") is that title
_HEADLINE_NOUNS = frozenset("headline headlines title caption subtitle subhead subheadline tagline".split())


def _held_not_said(left: list["Token"]) -> bool:
    """Whether a quote is introduced (by a colon, or "like" or "such as" before it) as what
    the clause's verb of having holds, with no verb of saying in the clause ("The front page has
    headlines like: “...”", "my news feed has: “...”"): titles shown somewhere, no one's words."""
    if not left or not (left[-1].text == ":" or left[-1].lower_ == "like" or (
            len(left) > 1 and left[-1].lower_ == "as" and left[-2].lower_ == "such")):
        return False
    k = len(left) - 1
    while k > 0 and (left[k].text == ":" or left[k].lower_ in ("like", "as", "such")):
        k -= 1
    verbs = [t for t in left[: k + 1] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    return bool(verbs) and verbs[-1].lemma_.lower() in _HOLDING_VERBS and not any(_is_cue(t) for t in left)


def _writing_holding(left: list["Token"], ctx: _Context) -> "Token | None":
    """The writing whose words a quote after a colon is, when the clause before the colon has a writing
    hold them ("a posting in his name included the comments: “...”", "the letter contained this line:"),
    even inside someone's report of it: the speaker tells what the writing says, the words are its."""
    if not left or left[-1].text != ":":
        return None
    verbs = [t for t in left if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if not verbs or verbs[-1].lemma_.lower() not in _HOLDING_VERBS:
        return None
    subj = next((c for c in verbs[-1].children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _WRITING_NOUNS or ctx.in_quote(subj.idx):
        return None
    return subj


# Nouns of what unnamed others told ("reports of a “disturbance”", "rumors about a “deal”")
_HEARSAY_NOUNS = frozenset("report complaint rumor rumour allegation claim tip sighting".split())


def _hearsay_words(anc: list["Token"], ctx: _Context) -> bool:
    """Whether a quote is what reports or rumours no one is named for were "of" or "about" ("the
    officer was responding to reports of a “disturbance”"): the reports' words, not those of the
    sentence's subject, who answers or denies them. A report with an owner ("his reports of a
    “plot”", "Smith's claim of “fraud”") is its owner's, left to the rules after."""
    if len(anc) < 2 or anc[0].lower_ not in ("of", "about") or anc[0].dep_ != "prep":
        return False
    noun = anc[1]
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in _HEARSAY_NOUNS and noun.tag_ == "NNS"
            and not any(c.dep_ == "poss" for c in noun.children) and not ctx.in_quote(noun.idx))


# Nouns of a word chosen: '“Horrible,” is the word used by Smith'
_WORD_NOUNS = frozenset("word term phrase description verdict adjective label assessment".split())


def _word_chosen_by(right: list["Token"], ctx: _Context) -> tuple[str, str] | None:
    """The speaker of a quote the words right after it call a word someone chose ('“Horrible,” is the
    word used by Ann Lowe', 'was the term chosen by ...'): the participle's agent, not a later tag."""
    if len(right) < 3 or right[0].lemma_.lower() != "be":
        return None
    for t in right[1:4]:
        if t.lemma_.lower() not in _WORD_NOUNS:
            continue
        for v in t.children:
            if v.dep_ == "acl" and v.tag_ == "VBN":
                agent = next((c for c in v.children if c.dep_ == "agent"), None)
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if obj is not None:
                    name, kind = _speaker(obj, ctx, None)
                    if name and kind in ("person", "org", "group"):
                        return name, kind
    return None


def _clause_left(ctx: _Context, lo: int, hi: int) -> list["Token"]:
    """Tokens of the clause that ends at `hi`: after the last sentence end in [lo, hi). A quotation
    whose words end a sentence inside its marks ('... “... amplifies progressives.” The Drudge Report
    ran ...') ends that sentence too, when a capitalised word follows it."""
    toks = ctx.tokens_between(lo, hi)
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].text in _SENT_END:
            return toks[j + 1 :]
        if j > 0 and toks[j].text[:1].isupper() and _quote_ends_sentence(ctx, toks[j - 1].idx, toks[j].idx):
            return toks[j:]
    return toks


# Words a question opens with: an auxiliary put first or a question word
_QUESTION_OPENERS = frozenset("is are was were do does did will would can could should shall may might must has have "
                              "had who what why how when where which whose".split())


def _question_put(left: list["Token"], span: _Span, ctx: _Context) -> bool:
    """Whether a quotation is the question put to someone, set in the participle that opens the sentence
    ("Asked point-blank, “Is that picture you?” Weiner replied ...", "Asked by one of her aides, “Is this the final
    language ...,” he replied ..."): the clause before it is "asked" with no subject or verb of its own, and the
    quotation reads as a question (a question mark, or an auxiliary or question word first). An answer after the
    participle ("Asked about the plan, “It will pass,” she said") stays the speaker's."""
    words = [t for t in left if not (t.is_punct or t.is_space)]
    if not words or words[0].lemma_.lower() != "ask" or words[0].tag_ != "VBN" or not words[0].is_sent_start:
        return False
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("nsubj", "nsubjpass") for t in words[1:]):
        return False
    inner = ctx.text[span.start : span.end].strip().rstrip("”\"'’ ,")
    first = re.match(r"[\W_]*(\w+)", inner)
    return inner.endswith("?") or (first is not None and first.group(1).lower() in _QUESTION_OPENERS)


def _quote_ends_sentence(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether a quotation between two outside tokens ends with a sentence's stop inside its marks."""
    return any(lo < s.outer_start and s.outer_end <= hi
               and re.search(r"[.!?…]\s*$", ctx.text[s.start : s.end]) for s in ctx.spans)


def _ancestors(span: _Span, ctx: _Context) -> list["Token"]:
    """Syntactic heads above the quoted words, outside any quote, nearest first."""
    chars = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None:
        return []
    inside = {t.i for t in chars}
    out: list = []
    seen: set[int] = set()
    for r in chars:
        if r.head.i in inside and r.head.i != r.i:
            continue
        t = r
        for _ in range(8):
            if t.head.i == t.i:
                break
            t = t.head
            if t.i in seen or t.i in inside:
                break
            seen.add(t.i)
            if not ctx.in_quote(t.idx):
                out.append(t)
    return out


def _attribute(
    span: _Span, ctx: _Context, para: tuple[int, int], prev_close: int, next_open: int,
    prev_para: tuple[int, int] | None,
) -> None:
    # a heading's own quote ("Romney Says This Isn't A 'Real Recovery.'") may take its
    # heading's cue and subject; nothing outside the heading does
    ctx.own_heading = ctx.heading_at(span.outer_start)
    try:
        _attribute_span(span, ctx, para, prev_close, next_open, prev_para)
    finally:
        ctx.own_heading = None


def _attribute_span(
    span: _Span, ctx: _Context, para: tuple[int, int], prev_close: int, next_open: int,
    prev_para: tuple[int, int] | None,
) -> None:
    doc_text = ctx.text
    if span.nested:
        # words a quote cites ("... only to give a news conference after I left saying that, "US
        # Tariffs were kind of insulting""): whoever the outer quote says said them, never its speaker
        cited = _cited_speaker(span, ctx)
        if cited is None:  # the next words it cites ('" and he "will not be pushed around."')
            earlier = [s for s in ctx.spans if s.para == span.para and s.end <= span.start]
            if earlier and earlier[-1].nested and earlier[-1].speaker:
                cited = earlier[-1].speaker, earlier[-1].cue or "say"
        span.unvoiced = cited is None
        if cited is not None:
            span.speaker, span.kind, span.cue, span.attributed = cited[0], "person", cited[1], True
        return
    tagged = _tag_inside(span, ctx) or _pronoun_tag_inside(span, ctx)
    if tagged is not None:
        span.speaker, span.kind, span.cue, span.attributed = tagged[0], tagged[1], "say", True
        return
    # the clause before the quote runs back to the sentence start, across earlier
    # partial quotes of the same sentence ("Smith called it 'bad' and 'worse'")
    left = _clause_left(ctx, para[0], span.outer_start)
    if not left and span.opens_para and prev_para and doc_text[prev_para[0] : prev_para[1]].rstrip().endswith(":"):
        # a block quote introduced by the previous paragraph ("Smith said:")
        left = _clause_left(ctx, prev_para[0], prev_para[1])
    right: list = []
    for t in ctx.tokens_between(span.outer_end, min(para[1], next_open)):
        right.append(t)
        if t.text in _SENT_END:
            break
    chosen = _word_chosen_by(right, ctx)
    if chosen is not None:
        span.speaker, span.kind, span.cue, span.attributed = chosen[0], chosen[1], "use", True
        return
    inner = doc_text[span.start : span.end].rstrip("”\"' ")
    ends_sentence = inner.endswith(".") or inner.endswith("…")
    # after a quote that ends its sentence, a short tag counts ("Smith said."), not the words
    # that introduce the next quote ('..." An attorney called it "the clearest possible message"')
    runs_into_quote = next_open < para[1] and not (right and right[-1].text in _SENT_END)
    right_ok = not ends_sentence or (len(right) <= 8 and not runs_into_quote)
    short = (
        len(doc_text[span.start : span.end].split()) <= _SHORT_QUOTE_WORDS
        and not span.opens_para
        and not span.unclosed
    )
    if short and re.search(r"so[- ]called\s*$", doc_text[max(0, span.outer_start - 12) : span.outer_start]):
        span.drop = True  # scare quotes
        return
    if left and left[-1].lemma_.lower() in NAMING_PARTICIPLES and left[-1].tag_ == "VBN" and left[-1].dep_ == "acl":
        span.drop = True  # "a charity called “Smiles for Life”": a name, not a quotation
        return
    if left and left[-1].pos_ == "ADP" and not span.opens_para and _looks_like_title(
            # ('looks at "Four Reasons ... Workforce."': a verb's; 'a goal of “Peace Through
            # Strength.”' after a noun is a speaker's slogan, its stop kept)
            _sentence_stop_off(doc_text[span.start : span.end]) if left[-1].head.pos_ == "VERB"
            else doc_text[span.start : span.end]):
        span.drop = True  # "speaking Sunday on “Fox & Friends,”": a show's or a book's title
        return
    if _after_pointer(span, doc_text, para):
        span.drop = span.aside = True  # 'His looks (see: “27 Photos Of ...”)': a linked piece's title, no one's words
        return
    if _work_titled(left, span, doc_text):
        span.drop = True  # "author of the book, “ISIS: A History.”": the work's title, not its author's words
        return
    if left and not span.opens_para and _programme_slot(left[-1], ctx) and _programme_title(
            doc_text[span.start : span.end]):
        span.drop = True  # "told CNN's “New Day.”", 'told “FOX & Friends”': a programme's title
        return
    if left and not span.opens_para and _programme_named_before(left) and _programme_title(
            doc_text[span.start : span.end]):
        span.drop = span.aside = True  # 'said on ABC's Evening Forum, “Schools: Open or Shut.”': the broadcast's title
        return
    if _name_modifier(span, ctx):
        span.drop = True  # 'issued the "Clean Power Plan" proposal': a name before its noun
        return
    if _kind_named(span, ctx):
        span.drop = True  # 'signed the “right to work” law', 'built the “air cargo isolation unit”': a thing's name
        return
    if short and _in_speaker_phrase(span, ctx):
        span.unvoiced, span.drop = True, True  # 'Sander's contested “mismatch” theory argues': a name's word
        return
    if _mentioned_words(span, ctx):
        # 'the phrase “because of sex”', 'what “because of sex” means': words named (a word or
        # two dropped, as scare quotes are)
        span.unvoiced, span.drop = True, short
        return
    if left and left[-1].pos_ == "NOUN" and left[-1].lemma_.lower() in _HEADLINE_NOUNS:
        span.unvoiced = True  # 'appeared on the magazine's cover under the headline “...”': a writing's title
        return
    if _held_not_said(left):
        span.unvoiced = True  # 'the page has headlines like: “...”': what a thing holds, no one's words
        return
    holder = _writing_holding(left, ctx)
    if holder is not None:
        # 'The official said a posting in his name included the comments: “...”': the writing's words
        speaker, kind = _writing_source(holder, ctx)
        if speaker and kind in ("person", "org", "document"):
            span.speaker, span.kind, span.cue, span.attributed = speaker, kind, holder.head.lemma_.lower(), True
        else:
            span.unvoiced = True
        return
    if right and _passive_after_quote(right[0]):
        span.unvoiced = True  # 'for “high crimes” cited in the charter': a text's words, not the subject's
        return
    before = [s for s in ctx.spans if s.para == span.para and s.end <= span.start]
    if before and before[-1].unvoiced and re.fullmatch(r"[\s”\"’']*,?\s*(?:and|or)?\s*",
                                                       doc_text[before[-1].end : span.outer_start]):
        span.unvoiced = True  # '... has headlines like: “...” and “...”': the list's next item, no one's words either
        return
    if _question_put(left, span, ctx):
        # 'Asked point-blank, “Is that picture you?” Weiner replied, “...”': the question put to him, not his words
        span.unvoiced = True
        return
    near = {t.i for t in left} | {t.i for t in right}
    anc = _ancestors(span, ctx)
    if _hearsay_words(anc, ctx):
        span.unvoiced, span.drop = True, short  # 'responding to reports of a “disturbance”': the reports' word
        return
    if _of_speech_noun(anc):
        # "the crowd ... broke into chants of “Trump! Trump!”": the chanters' words, not
        # those of the person a quote earlier in the paragraph gave the speech to
        subj = _noun_owner(anc[1], ctx)
        speaker, kind = _speaker(subj, ctx, None) if subj is not None else (None, None)
        if speaker:
            span.speaker, span.kind, span.cue, span.attributed = speaker, kind, anc[1].lemma_.lower(), True
        else:  # "was greeted with chants of “Bobby!”": no one's, and a word or two is dropped as before
            span.unvoiced, span.drop = True, short
        return
    chant = _chant_named(span, ctx)
    if chant is not None:
        # 'the focus of the "lock her up" chant first popularized by Flynn': the chant's words, its starter's if
        # named, never a later cue's subject ("..., declined to comment"; session 46, review 34)
        agent = chant[1]
        speaker, kind = _speaker(agent, ctx, None) if agent is not None else (None, None)
        if speaker and kind in ("person", "org", "group"):
            span.speaker, span.kind, span.cue, span.attributed = speaker, kind, chant[0].lemma_.lower(), True
        else:
            span.unvoiced, span.drop = True, short
        return
    relative = _relative_sayer(span, ctx)
    if relative is not None:
        span.speaker, span.kind, span.cue, span.attributed = relative[0], relative[1], relative[2], True
        return
    teller = _relative_teller(anc, ctx)
    if teller is not None:
        # "the warning which former agents have told Fox News amounted to a “cry for help”": the agents' words,
        # though the parse hung "amounted" on the sentence's own verb (session 42, review 29)
        speaker, kind = _speaker(teller[0], ctx, None)
        if speaker and kind in ("person", "org", "group"):
            span.speaker, span.kind, span.cue, span.attributed = speaker, kind, teller[1].lemma_.lower(), True
            return
    authored = _utterance_author(_claim_verb_inside(span, ctx) + anc, ctx)
    if authored is not None:
        speaker, kind = _speaker(authored[0], ctx, None)
        speaker = re.sub(r"\s*['’]s?$", "", speaker) if speaker else speaker  # "the governor's" pledge
        # (a writing's too: "the Constitution's guarantee of “equal protection of the laws”")
        if speaker and kind in ("person", "org", "document"):
            span.speaker, span.kind, span.attributed = speaker, kind, True
            span.cue = span.cue or authored[1].lemma_.lower()
            return
    written = _writing_participle(anc, ctx)
    if written is not None:
        speaker, kind = _writing_source(written[0], ctx)
        if speaker and kind in ("person", "org", "document"):
            span.speaker, span.kind, span.attributed = speaker, kind, True
            span.cue = written[1].lemma_.lower()
        else:  # a writing no one is named for: its words, not the citer's
            span.unvoiced = True
        return
    anc_ids = {t.i for t in anc}
    # a cue after the quote with a report of its own is no tag of the quote before it ('While Smith accused the
    # mayor of acting "to be nasty to Smith," Jones said she was only asking for help': Smith's; the parse made the
    # quote a second clause of "said"), when a cue of its own subject comes before the quote (session 47)
    own_report = set() if not any(_is_cue(t) and _own_subject(t) for t in left) else {
        t.i for t in right if _is_cue(t) and t.idx >= span.outer_end and any(
            c.dep_ == "ccomp" and c.i > t.i for c in t.children)}
    if own_report:
        right = [t for t in right if t.i < min(own_report)]  # (the other report's own cues too: "she was asking")
        anc = [t for t in anc if t.i not in own_report]
        anc_ids = {t.i for t in anc}
    # a cue of a subordinate clause that does not hold the quote is not its cue ("Although he
    # has denied ever making such a statement, Clinton charged that ... “part of a pattern”")
    left_cues = [t for t in left if _is_cue(t) and not (
        t.i not in anc_ids and _in_subordinate(t, anc_ids) and not own_report)]
    # a later clause with its own subject, joined to the quote's, speaks for itself
    # ("Nuñez lauded Trump for “faith ...,” and Aguirre called him the “beacon ...”")
    right_cues = [t for t in right if _is_cue(t) and not (
        t.dep_ == "conj" and t.head.i in anc_ids and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
    ] if right_ok else []
    anc_cues = [t for t in anc if (t.i in near or (not short and _tag_after(t, span, ctx))) and _is_cue(t)]
    # a cue above the quote only through a relative clause ("Moscow has long denied a role in
    # the murder of Litvinenko, who “had repeatedly targeted President Putin” ..., the report
    # noted") describes someone; a cue that holds the clause otherwise comes first
    described = {c.i for c in anc_cues if _via_relative(span, c, ctx) and not _tag_after(c, span, ctx)}
    anc_cues = [c for c in anc_cues if c.i not in described] + [c for c in anc_cues if c.i in described]
    intro = bool(left) and (
        left[-1].text == ":" or bool(left_cues and left_cues[-1].i >= left[-1].i - 3)
    )
    # a news report's tag after a speech tag of its own subject ('..., Rivera added, NBC reported.')
    # vouches for that speaker's words: the outlet comes last
    tagged = [c for c in right_cues if not _news_report(c)]
    # (so does one after the quote when a speech cue before it holds it: "Officials said Moon encouraged Trump's
    # “historic feat” ..., The Associated Press reported."; session 46, review 34)
    spoken = [c for c in anc_cues if c.idx < span.outer_start and not _news_report(c)]
    vouching = {c.i for c in right_cues + anc_cues if _news_report(c) and (
        any(t.i < c.i for t in tagged) or (c.idx >= span.outer_end and spoken))}
    order: list = []
    if short:
        # (not a word that only says how the deed was done: 'his client had “fully” informed the department')
        order = [_outer_reporter(c) for c in anc_cues if _governs(c, span, ctx) and not (
            anc and anc[0].i == c.i and _manner_word(span, c, ctx))]
    else:
        if intro and left_cues and not (left[-1].text == ":" and right_cues and _tag_after(right_cues[0], span, ctx)
                                        and _embedded_cue(left_cues[-1])):
            # (a cue inside a relative clause before the colon yields to the quote's own tag: "violence, which was
            # dominated by what witnesses said were gunshots: “I saw ...,” ElBaradei wrote"; review 32)
            order.append(left_cues[-1])
        # a cue whose clause holds the quote comes before a later cue outside it
        # ("Trump said talks are 'dead' after the group claimed responsibility")
        first = right_cues[:1]
        if anc_cues and first and first[0].i not in {c.i for c in anc_cues}:
            first = []
        order += first + anc_cues + left_cues[::-1] + right_cues
    order = [c for c in order if c.i not in vouching] + [c for c in order if c.i in vouching]
    seen: set[int] = set()
    for cue in order:
        if cue.i in seen:
            continue
        seen.add(cue.i)
        if _closed_aside(cue, span, ctx) or _posed(cue):
            # "criticized the president — who said “some” were told — for not making the “Gang of Eight” aware":
            # an aside's cue between dashes says nothing after its closing dash; "would be for Mr. Kim to say
            # “inspectors”": a speech supposed, not made (session 46, review 34)
            continue
        if _bidden(cue) and any(c.i == cue.head.i for c in order):
            # "She asks for police to respond “before he gets back”": a speech asked for is not made; the words
            # are the asker's (session 43, review 31)
            continue
        subj = _subject(cue, ctx)
        span.cue = span.cue or _cue_name(cue)
        if subj is None:
            continue
        subj = _name_before_verb_read_as_modifier(subj) or subj
        if (_thing(subj) and ((cue.lemma_.lower() in _ACCOUNTING_CUES and subj.head.i == cue.i)
                              or _own_phrase_holds(subj, span, ctx))
                and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in subj.children)):
            # 'arguments that his upbringing “in a violent home” might explain his conduct': a thing that names no
            # one accounts for something, it speaks no words, nor those its own phrase holds (session 48, review 36)
            # (a thing with a name is a work or a body: "The Post's The Fix blog suggests “...”" says it; and only
            # the cue's own subject: in "States can ... explain the need, “as appropriate,” the proposed rule says"
            # the rule is found through the tag)
            continue
        speaker, kind = _speaker(subj, ctx, None)
        if speaker is None and cue.lemma_.lower() in _CROWD_VERBS and subj.tag_ == "NNS" and not ctx.in_quote(
                subj.idx):
            # "with hundreds of people chanting: “...”": the crowd the chant's verb has for subject, unnamed; not
            # a person named before the colon ("footage of the Soleimani burial"; session 48, review 37)
            speaker, kind = _nominal_phrase(subj), "group"
        if speaker is None:
            continue
        if kind == "document" and subj.lemma_.lower() in EVIDENCE_NOUNS and cue.dep_ == "ccomp" and _is_cue(cue.head):
            # "Collins said Tuesday's results say “exactly what we knew”": figures do not
            # speak; the words are the reporting speaker's
            higher = _subject(cue.head, ctx)
            name, hkind = _speaker(higher, ctx, None) if higher is not None else (None, None)
            if name and hkind == "person":
                speaker, kind, cue = name, hkind, cue.head
        if (_unspoken(cue) or any(c.dep_ == "neg" for c in cue.children)) and cue.dep_ == "ccomp" and _is_cue(
                cue.head):
            # "Bagheri ..., saying the country would respond in “an open, strong and severe
            # way”": a speech still to come quotes no one; the words are the reporting speaker's
            # (so is one denied: "Leon concluded that the government didn't cite a single
            # instance in which the program “actually stopped an imminent terrorist attack.”")
            higher = _subject(cue.head, ctx)
            name, hkind = _speaker(higher, ctx, None) if higher is not None else (None, None)
            if name and hkind == "person":
                speaker, kind, cue = name, hkind, cue.head
        if cue.dep_ == "ccomp" and _is_cue(cue.head) and _first_person_joined(span, cue, ctx):
            # "asserting that union leaders said 100 schools would close, and “I'm sure it'll be another number
            # tomorrow.”": an "I" joined to the clause a nested speaker reports is the reporting speaker's
            higher = _subject(cue.head, ctx)
            name, hkind = _speaker(higher, ctx, None) if higher is not None else (None, None)
            if name and hkind in ("person", "org"):
                speaker, kind, cue = name, hkind, cue.head
        if cue.dep_ == "ccomp" and _is_cue(cue.head) and _cause_pleaded(cue, anc):
            # "She said Reed was arguing for “a county whose record is the worst”": what another pleads for,
            # reported, is named in the reporting speaker's words, not the pleader's (session 43, review 31)
            higher = _subject(cue.head, ctx)
            name, hkind = _speaker(higher, ctx, None) if higher is not None else (None, None)
            if name and hkind == "person":
                speaker, kind, cue = name, hkind, cue.head
        if cue.dep_ == "ccomp" and _is_cue(cue.head) and _deed_in_infinitive(span, cue, anc):
            # "The White House said the two leaders agreed to consult on “the difficult path forward”": words under
            # a deed the nested subject agreed or set out to do are the reporting speaker's account of it (session
            # 47, review 28)
            higher = _subject(cue.head, ctx)
            name, hkind = _speaker(higher, ctx, None) if higher is not None else (None, None)
            if name and hkind in ("person", "org"):
                speaker, kind, cue = name, hkind, cue.head
        span.speaker, span.kind, span.cue = speaker, kind, _cue_name(cue)
        span.attributed = True
        if kind == "person" and named_person(speaker, ctx) and ctx.own_heading is None:
            ctx.said.append((span.start, speaker))
        return
    if any(c.lemma_.lower() == "read" and c.dep_ == "acl" and c.tag_ == "VBG" and _thing(c.head) for c in order):
        # "there's now a link reading “Get the facts about ...”": what a thing reads, no one's words to lend the
        # speaker of another quote of the paragraph (session 42, review 28)
        span.unvoiced = True
        return
    if intro and left[-1].text == ":" and not short:
        # "But she saw the ruling as a win for Senator Reed, giving him a clear path: “...”": the
        # person the clause is about, its subject, sums up before the colon, not a person it names
        roots = [t for t in left if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
        subj = next((c for c in roots[0].children if c.dep_ == "nsubj"), None) if roots else None
        if subj is not None and subj.lower_ in ("he", "she") and not any(
                t.lemma_.lower() in _QUOTED_WORD_NOUNS for t in left):
            # (not "heeding the words of Martin Luther King Jr.: “...”": the words' owner speaks)
            name, kind = _speaker(subj, ctx, None)
            if name and kind == "person":
                span.speaker, span.kind, span.attributed = name, kind, True
                return
        # "... the view of pollster Jane Doe: “...”": the last person named before the colon
        for t in reversed(left):
            ent = ctx.entity_at(t.idx)
            if ent is not None and ent.type == "PERSON" and not _mostly_a_place(ent, ctx):
                if t.dep_ == "pobj" and t.head.lower_ == "in" and _is_cue(t.head.head):
                    # "Someone off-camera says in Farsi:": what the words are said in (a language
                    # the NER may type a person) is never who says them
                    continue
                reporter = _reporter_of(t, left, ctx)
                if reporter is not None:
                    # "PredictIt is projecting that Karen Handel will win tonight:": who
                    # projects is quoted, not the person the projection is about
                    name, kind = _speaker(reporter, ctx, None)
                    if name:
                        span.speaker, span.kind, span.attributed = name, kind, True
                        return
                    continue
                if t.dep_ in ("dobj", "dative", "compound") and _is_cue(
                        t.head if t.dep_ != "compound" else t.head.head):
                    continue  # whom it is told to ("told the Herald:"), not who tells it
                if t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS":
                    # "Stone's wife, Nydia, told the Guardian:": the person owned speaks
                    if t.dep_ in ("poss", "nmod") and people_noun(t.head.lemma_):
                        name, kind = _speaker(t.head, ctx, None)
                        if name and kind == "person":
                            span.speaker, span.kind, span.attributed = name, kind, True
                    return
                span.speaker, span.kind, span.attributed = ent.name, "person", True
                return
    if short:
        span.drop = True
        return
    said = _parenthetical_source(ctx, para, span)
    if said is not None:
        span.speaker, span.kind, span.cue = said[0], said[1], said[2]
        span.attributed = True
        return
    if not left and not span.opens_para:
        reported = _report_before(span, ctx, para)
        if reported is not None:
            span.speaker, span.kind, span.cue = reported
            span.attributed = True
            return
    if not span.opens_para and left:
        # a partial quote in a narrative sentence ("Moore thanked him for 'acting'"):
        # the sentence's subject, when it is a named person or organisation
        anc = [t for t in anc if t.i in near]
        # the nearest clause with a subject of its own holds the words, not always the sentence's
        # first ("The House passed ..., and Pelosi made a point ... to thank members for “...”")
        # (a name in marks is no one's words: 'as part of the “Gang of Eight”' is left unvoiced, then dropped)
        # (nor a verb the parse hung as a preposition, a clause of its own: "His church had no say when ..., and
        # when Bergoglio argued ..., Fernandez compared his tone to “medieval times”": Fernandez's; review 32)
        joined = None if _looks_like_title(doc_text[span.start : span.end]) else next(
            (t for t in anc if t.pos_ in ("VERB", "AUX") and _own_subject(t) and (
                t.dep_ == "conj" or (t.dep_ == "prep" and t.tag_ in ("VBD", "VBZ", "VBP")))), None)
        top = joined or (anc[-1] if anc else None)
        if top is not None and _not_the_subjects(anc, top, ctx):
            return
        credit = _closing_credit(span, ctx)
        if credit is not None:
            # 'Flynn called a “senior official ...” at the resort “to discuss ...,” according to a court filing': a
            # sentence the narration credits to a source at its end quotes that source (session 46, review 34)
            speaker, kind = _speaker(credit, ctx, None)
            if speaker and kind in ("person", "org", "document", "group"):
                span.speaker, span.kind, span.cue, span.attributed = speaker, kind, "according to", True
                return
        if top is not None and top.pos_ in ("VERB", "AUX") and top.dep_ not in ("relcl", "acl"):
            subj = _subject(top, ctx, strict=True)
            if subj is not None and _may_speak(subj, ctx):
                speaker, kind = _speaker(subj, ctx, None)
                told = _report_ending(ctx, para, ctx.sent_starts[ctx.sent_index(span.outer_start)], span) if (
                    subj.lower_ in _PERSON_PRONOUNS and not _is_cue(top)
                    and not any(c.dep_ in ("dobj", "dative") for c in top.children)) else None
                if told is not None and told[1] == "person" and told[0] != speaker:
                    # "Hale was no citizen, said the official. He came “a few years later.”": the he the
                    # report was about does not speak in the narration that goes on with it (a deed done to
                    # someone, "He thanked voters for “...”", may be his words); the report's source does
                    speaker, kind = told[0], told[1]
                    span.cue = span.cue or told[2]
                if speaker and kind in ("person", "org", "document"):
                    span.speaker, span.kind, span.attributed = speaker, kind, True
                    span.cue = span.cue or top.lemma_.lower()


def _closing_credit(span: _Span, ctx: _Context) -> "Token | None":
    """The source a sentence credits at its end (", according to a court filing."), after the quote: the object of
    "according to" when that phrase closes the sentence, after a comma, and no other cue stands between."""
    at = _token_at(ctx, span.outer_end)
    doc = ctx.doc
    sent = doc[min(at, len(doc) - 1)].sent
    for t in doc[at : sent.end]:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and doc[t.i - 1].is_punct:
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            last = max((x.i for x in (objs[0].subtree if objs else [])), default=-1)
            if objs and all(x.is_punct or ctx.in_quote(x.idx) for x in doc[last + 1 : sent.end]):
                return objs[0]
            return None
        if _is_cue(t) and not ctx.in_quote(t.idx):
            return None
    return None


_SUPPOSING = frozenset("if unless".split())
# Verbs of seeming: what something looked or seemed ("looked “too good to be true”") is no one's speech
_SEEMING = frozenset("look seem appear sound".split())
# Verbs that set people going ("sending officials scrambling to find ..."): what those people then do is theirs.
# Not verbs of urging or asking ("encouraging his supporters to visit polling places to make sure everything is
# “...”" is the encourager's words, PolNeAR)
_CAUSING_VERBS = frozenset("send leave set keep force prompt spur drive get cause lead".split())


# Verbs of receiving: a quoted object is what someone else gave the subject (a rating, a discharge,
# a label), its giver's term, not the subject's words
_RECEIVING_VERBS = frozenset("receive get earn obtain suffer".split())


def _not_the_subjects(anc: list["Token"], top: "Token", ctx: _Context) -> bool:
    """Whether the clause holding a partial quote, on the way up to the sentence's verb `top`, is
    not a deed of that verb's subject, so the quoted words are not the subject's: a supposed deed
    ("If they exercise “selective enforcement of policies,” they would not qualify": a bill's
    terms, no one's speech), or the deed of people a verb of causing sets going ("A worker tested
    positive, sending officials scrambling to find the “breach in protocol”": the officials' search
    for words someone else said; a verb of urging keeps them its subject's: "urged lawmakers to
    reject “...”", "encouraging his supporters to ... make sure everything is “...”")."""
    below = None
    for t in anc:
        if (below is not None and below.dep_ == "acl" and below.head.i == t.i and t.dep_ == "dobj"
                and (people_noun(t.lemma_) or t.ent_type_ == "PERSON") and t.head.lemma_.lower() in _CAUSING_VERBS):
            return True  # the parse may hang the deed on the object: "officials" <- "scrambling to find"
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in t.children):
                return True
            if t.lemma_.lower() in _SEEMING and any(a.head.i == t.i and a.dep_ in ("acomp", "xcomp", "attr", "oprd")
                                                    for a in anc if a.i != t.i):
                return True  # 'the drop had looked “too good to be true” to most economists': how it seemed, no speech
            if below is not None and below.head.i == t.i and below.dep_ in ("advcl", "xcomp", "ccomp") and (
                    t.lemma_.lower() in _CAUSING_VERBS) and any(c.dep_ == "dobj" and (people_noun(c.lemma_) or c.ent_type_ == "PERSON")
                               and c.i < below.i and not any(w.is_punct for w in t.doc[c.i : below.i])
                               for c in t.children):
                # (the clause runs on from the object, no comma between: "sending officials scrambling to
                # find"; "rewarded Ivanov with a medal, recognizing “...”" is the rewarder's deed)
                return True
            if (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children)
                    and any(c.dep_ in ("nsubj", "nsubjpass") and (ctx.in_quote(c.idx) or any(a.i == c.i for a in anc))
                            for c in t.children)):
                # 'suffered no casualties, while “a large number” of fighters were killed': the words name what the
                # other side's clause is about, no deed of the main clause's subject (session 46, review 34)
                return True
            if t.lemma_.lower() in _RECEIVING_VERBS and any(
                    c.dep_ == "dobj" and (ctx.in_quote(c.idx) or any(a.i == c.i for a in anc)) for c in t.children):
                return True  # 'after receiving a “bad conduct discharge”': what was given to the subject, a term
            if t.i != top.i and any(c.dep_ == "expl" for c in t.children):
                # 'exchanged numbers, and within hours there was a “massive exfiltration of data”': a clause of
                # what there was says nothing of the joined clause's subject; no one's words (session 47, review 30)
                return True
            if t.i != top.i and t.tag_ == "VBG" and (
                    t.dep_ == "pcomp" and t.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in t.children)
                    or t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "with"
                    and t.head.head.dep_ == "prep" and t.head.head.head.pos_ in ("VERB", "AUX")
                    or t.dep_ == "conj" and t.head.i == top.i and not _own_subject(t) and any(
                        w.lower_ == "with" and w.dep_ == "prep" and w.head.i == top.i and w.i < t.i and any(
                            v.tag_ == "VBG" and v.dep_ in ("pcomp", "acl") for v in w.subtree)
                        for w in top.children)):
                # (the parse may hang the participle on the phrase's noun: "with the rival's ads focusing on ...",
                # or a second participle on the sentence's verb: "..., with ads focusing on ... and tagging her")
                # 'got off to a start, with the rival's ads ... tagging her as a “wealthy lawyer”': the deed of the
                # "with" phrase's own subject, not of the sentence's (session 47, review 30)
                return True
            below = t
        if t.i == top.i:
            break
    return False


_TAG_INSIDE = re.compile(r",\s+(?:said|says|added|adds)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w.'’-]+){0,3})\s*,"
                         r"|,\s+([A-Z][\w'’-]+(?:\s[A-Z][\w.'’-]+){0,3})\s+(?:said|says|added|adds)\s*,")


def _tag_inside(span: _Span, ctx: _Context) -> tuple[str, str] | None:
    """A speech tag inside the marks, where the text left out the closing mark before it ('Trump
    acted because "the intelligence was that ..., said Graham, and he prevented "holy hell"'):
    the person it names said the words, whatever the clause around them holds."""
    m = _TAG_INSIDE.search(ctx.text, span.start, span.end)
    if m is None:
        return None
    at = m.start(1) if m.group(1) else m.start(2)
    ent = ctx.entity_at(at)
    if ent is None or ent.type != "PERSON" or ent.start != at or not plausible_person(ent.name):
        return None
    return ent.name, "person"


_PRONOUN_TAG_INSIDE = re.compile(r",\s+(he|she)\s+(?:said|says|added|adds)[.!]?$")


def _pronoun_tag_inside(span: _Span, ctx: _Context) -> tuple[str, str] | None:
    """A quotation closed by its own "..., he said." inside the marks (an outlet quoting another one's
    report: '"Only pepper spray, batons and tear gas were used, he said."'): the he or she is the speaker,
    not the speaker of the quote before it in the paragraph."""
    m = _PRONOUN_TAG_INSIDE.search(ctx.text, span.start, span.end)
    if m is None:
        return None
    k = _token_at(ctx, m.start(1))
    pron = ctx.doc[k] if k < len(ctx.doc) else None
    name = _resolve_person(pron, ctx) if pron is not None and pron.lower_ in _PERSON_PRONOUNS else None
    return (name, "person") if name else None


def _name_modifier(span: _Span, ctx: _Context) -> bool:
    """Whether a quote in title case stands between an article and a noun it names ('the
    "Clean Power Plan" proposal', 'a “Medicare for All” bill'): a name, no one's words."""
    if span.opens_para or span.unclosed or not _looks_like_title(ctx.text[span.start : span.end]):
        return False
    k, after = _token_at(ctx, span.outer_start) - 1, _token_at(ctx, span.outer_end)
    doc = ctx.doc
    if k < 0 or after >= len(doc) or ctx.text[span.outer_end - 1] not in "\"”»":
        return False
    while k > 0 and doc[k].tag_ == "JJ" and not ctx.in_quote(doc[k].idx):
        k -= 1  # 'a former “Late Night Live” writer': the article before the noun's adjectives
    # (not a slogan's: 'the “Just Do It” slogan' is the company's words, `_utterance_author`)
    return (doc[k].tag_ == "DT" and doc[after].pos_ == "NOUN" and doc[after].text[:1].islower()
            and doc[after].lemma_.lower() not in _UTTERANCE_NOUNS)


def _own_phrase_holds(noun: "Token", span: _Span, ctx: _Context) -> bool:
    """Whether the quoted words hang on `noun` with no verb between outside the marks ('his upbringing “in a
    violent home”'): words of the noun's own phrase; not those of a clause on it ('the fixer who claimed he would
    “take a bullet”' is the fixer's claim)."""
    k = _token_at(ctx, span.start)
    if k >= len(ctx.doc):
        return False
    for a in ctx.doc[k].ancestors:
        if a.i == noun.i:
            return True
        if a.pos_ in ("VERB", "AUX") and not ctx.in_quote(a.idx):
            return False
    return False


def _kind_named(span: _Span, ctx: _Context) -> bool:
    """Whether a quote in lower case after an article is the name of a kind of thing (session 48, review 36): a
    phrase headed by a noun, with a little word in it, before the noun it names ('signed the “right to work” law'),
    or a phrase of three words or more, all nouns (a hyphened prefix aside), that is the object itself ('helped
    build the “air cargo isolation unit”'). Not words that judge ('the “reckless” plan', 'a “kingpin” company', 'the
    “worst economic crisis”'), nor a pledge's or a slogan's words ('the “no new taxes” pledge')."""
    if span.opens_para or span.unclosed or span.nested:
        return False
    doc, text = ctx.doc, ctx.text
    a, b = _token_at(ctx, span.start), _token_at(ctx, span.end)
    k, after = _token_at(ctx, span.outer_start) - 1, _token_at(ctx, span.outer_end)
    if k < 0 or doc[k].tag_ != "DT" or text[span.start : span.end] != text[span.start : span.end].lower():
        return False
    words = [t for t in doc[a:b] if not t.is_punct or t.tag_ == "HYPH"]
    heads = [t for t in words if not a <= t.head.i < b]
    if not words or len(heads) != 1 or any(t.pos_ == "PRON" for t in words):
        return False  # (a slogan's pronoun speaks: 'a “use it or lose it” approach' is someone's words)
    head = heads[0]
    if (after < len(doc) and head.pos_ == "NOUN" and doc[after].pos_ == "NOUN" and doc[after].text[:1].islower()
            and doc[after].lemma_.lower() not in _UTTERANCE_NOUNS
            and any(t.pos_ in ("ADP", "PART", "CCONJ") for t in words)):
        # (a name's words joined by a little word, "right to work", "stop and frisk"; a noun or two alone, 'a
        # “kingpin” company', is a judgement, someone's word; the parse may hang the noun after on the quoted words)
        return True
    prefix = {t.i for t in words if t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_}
    # (not what something is described "as" or called: 'described the caravan as a “law enforcement situation”' is
    # the describer's word)
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return (head.i == words[-1].i and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj")
            and not (head.dep_ == "pobj" and head.head.lower_ == "as")
            and not _is_cue(verb) and len(text[span.start : span.end].split()) >= 3
            and all(t.pos_ in ("NOUN", "PROPN") or t.i in prefix or t.text == "-" for t in words))


def _in_speaker_phrase(span: _Span, ctx: _Context) -> bool:
    """Whether quoted words stand inside the subject of a cue verb, before its noun ("Professor
    Sander's contested “mismatch” theory argues that ..."): a word of what speaks, never its
    own words (nor its name the speaker)."""
    k, after = _token_at(ctx, span.start), _token_at(ctx, span.outer_end)
    doc = ctx.doc
    if k >= len(doc) or after >= len(doc):
        return False
    for a in [doc[k], *doc[k].ancestors]:
        if a.dep_ in ("nsubj", "nsubjpass") and a.i >= after and a.pos_ in ("NOUN", "PROPN"):
            return _is_cue(a.head)
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


_WORDING_NOUNS = frozenset("phrase term word expression wording label euphemism".split())


def _mentioned_words(span: _Span, ctx: _Context) -> bool:
    """Whether a quote names words rather than gives someone's: right after "the phrase", "that
    term", "the word" (a comma between or not; not "his phrase", whose words those are), or the
    subject of "mean" ('what “because of sex” means'). Such words are a law's, a slogan's or the
    language's, and no cue nearby makes them the cue's subject's."""
    k = _token_at(ctx, span.outer_start) - 1
    doc = ctx.doc
    if k >= 0 and doc[k].text == ",":
        k -= 1
    # (singular: "the words “Believe in something ...”" quote what an ad or a letter says)
    if k >= 0 and doc[k].tag_ == "NN" and doc[k].lemma_.lower() in _WORDING_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in doc[k].children):
        return True
    after = _token_at(ctx, span.outer_end)
    nxt = doc[after] if after < len(doc) else None
    return (nxt is not None and nxt.lemma_.lower() == "mean" and nxt.pos_ == "VERB"
            and doc[after - 1].text in ('"', "”") and not span.opens_para)


def _cited_speaker(span: _Span, ctx: _Context) -> tuple[str, str] | None:
    """(name, cue) of the person whose words a quote cites inside another quote: the subject of the
    speech verb just before its opening mark, or of the clauses that verb hangs on (a participle,
    "saying", on "left" on "acted"), when the article names that subject as a person."""
    toks = [t for t in ctx.doc[max(0, _token_at(ctx, span.outer_start) - 4) : _token_at(ctx, span.outer_start)]
            if t.pos_ == "VERB"]
    if not toks:
        return None
    verb = toks[-1]
    for _ in range(4):
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "PROPN":
                ent = ctx.entity_at(c.idx)
                if ent is not None and ent.type == "PERSON" and plausible_person(ent.name):
                    return ent.name, toks[-1].lemma_.lower()
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _token_at(ctx: _Context, pos: int) -> int:
    return bisect.bisect_left(ctx.tok_starts, pos)


def _own_subject(verb: "Token") -> bool:
    """Whether a verb has a subject of its own (not a relative pronoun)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in verb.children)


def _reporter_of(tok: "Token", left: list["Token"], ctx: _Context) -> "Token | None":
    """The subject of the verb whose clausal complement holds `tok`, both in `left` ("PredictIt
    is projecting that Karen Handel will win": PredictIt), if any."""
    ids = {t.i for t in left}
    t = tok
    for _ in range(8):
        if t.head.i == t.i or t.head.i not in ids:
            return None
        if t.dep_ == "ccomp" and t.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i in ids and c.i < tok.i
                         and not ctx.in_quote(c.idx)), None)
            return subj if subj is not None and _may_speak(subj, ctx) else None
        t = t.head
    return None


_PARENTHETICAL = re.compile(
    r",\s+((?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+"
    r"(notes|says|said|writes|wrote|reports|reported|adds|added|argues|argued|explains|explained|"
    r"claims|claimed|contends|insists|observes|observed|points out|pointed out)\s*,")


def _parenthetical_source(ctx: _Context, para: tuple[int, int], span: _Span) -> tuple[str, str, str] | None:
    """"Donilon, the Times notes, has been a 'central member ...'": a named source set off
    by commas before the quote in its sentence is its speaker (the parser often reads
    "the Times notes" as a noun phrase). Only a name a entity gives: a person or a body."""
    lo = max(para[0], ctx.sent_starts[max(0, ctx.sent_index(span.outer_start))])
    for m in _PARENTHETICAL.finditer(ctx.text, lo, span.outer_start):
        if ctx.in_quote(m.start(1)) or ctx.in_heading(m.start(1)):
            continue
        ent = ctx.entity_at(m.start(1) + (4 if m.group(1).startswith("the ") else 0))
        if ent is None or ctx.in_quote(ent.start):
            continue
        if ent.type == "PERSON" and plausible_person(ent.name):
            kind = "person"
        elif ent.type == "ORG":
            kind = "org"
        else:
            continue
        cue = ctx.doc[bisect.bisect_right(ctx.tok_starts, m.start(2)) - 1]
        return ent.name, kind, cue.lemma_.lower()
    return None


def _report_before(span: _Span, ctx: _Context, para: tuple[int, int]) -> tuple[str, str, str] | None:
    """(speaker, kind, cue) of the report the sentence before makes, for a quote that opens its
    sentence in mid-paragraph with no cue of its own: "Lee wrote on Twitter that the vote was a
    disgrace. “It must be held. I will not back down.”" goes on with Lee's words, as a quote after
    a quote of hers would. Only a sentence whose main verb is a cue with a reported clause and a
    subject, and that quotes nothing itself (a quote there gives its speaker by the rules above)."""
    return _report_ending(ctx, para, span.outer_start, span)


def _report_ending(ctx: _Context, para: tuple[int, int], pos: int, span: _Span) -> tuple[str, str, str] | None:
    """(speaker, kind, cue) of the report made by the sentence of the paragraph that ends right before
    `pos` (see `_report_before`)."""
    toks = ctx.tokens_between(para[0], pos)
    if not toks or toks[-1].text not in _SENT_END:
        return None
    j = len(toks) - 2
    while j >= 0 and toks[j].text not in _SENT_END:
        j -= 1
    sent = toks[j + 1 : -1]
    if not sent or any(s.para == span.para and sent[0].idx <= s.outer_start < span.outer_start for s in ctx.spans):
        return None
    for cue in sent:
        if cue.dep_ == "ROOT" and _is_cue(cue) and any(c.dep_ == "ccomp" for c in cue.children):
            subj = _subject(cue, ctx, strict=True)
            name, kind = _speaker(subj, ctx, None) if subj is not None else (None, None)
            return (name, kind, _cue_name(cue)) if name and kind else None
    return None


def _last_subject_person(ctx: _Context, para: tuple[int, int]) -> str | None:
    """The person who is the subject of the last sentence of a paragraph, if any."""
    toks = _clause_left(ctx, para[0], para[1] - 1) if para[1] > para[0] else []
    for t in toks:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            if ctx.entity_at(t.idx) is None and t.pos_ == "NOUN" and not people_noun(t.lemma_):
                return None  # "The leadership shakeup comes as ...": no one to voice the quote after it
            name, kind = _speaker(t, ctx, None)
            return name if kind == "person" else None
    return None


def _unstopped(text: str, para: tuple[int, int]) -> bool:
    """Whether a paragraph is a headline: short (15 words at most) and ending on a word, with no stop before or
    after its closing marks ("Katie Couric: Matt Lauer pinched her 'on the ass a lot'", a related story's link),
    whose quote's speaker voices no quote paragraph after it (review 35). A sentence ends on a stop, a colon or a
    dash; a long paragraph missing its stop is a sentence still ('..., he said, also giving thanks for the outpouring
    of respect from around the world', review 25's CNN), and so is one closed by a speech tag that lost its stop
    ("..., point the weapon at police, Reynolds said": its speaker voices the quote paragraph after it, review 16)."""
    end = text[para[0] : para[1]].rstrip().rstrip("\"'”’»)]").rstrip()
    if _TAG_AT_END.search(end):
        return False
    return bool(end) and end[-1].isalnum() and len(end.split()) <= 15


# a closing speech tag: ", Reynolds said", ", the chief told reporters", ", she added"
_TAG_AT_END = re.compile(r",\s+(?:[\w.'’-]+\s+){1,4}(?:said|says|added|adds|told\s+\w+|explained|noted|wrote|"
                         r"recalled|continued)$")


def _only_quotes(text: str, para: tuple[int, int], spans: list[_Span]) -> bool:
    rest = text[para[0] : para[1]]
    for s in sorted(spans, key=lambda s: s.outer_start, reverse=True):
        a, b = s.outer_start - para[0], s.outer_end - para[0]
        rest = rest[:a] + rest[b:]
    return not any(ch.isalnum() for ch in rest)


def _programme_slot(tok: "Token", ctx: _Context) -> bool:
    """Whether a quote right after `tok` stands where a programme's or a publication's name
    goes: after an outlet's possessive ("CNN's “New Day”"), "told" ("told “FOX & Friends”") or "on" after
    a verb of speaking ('said on “Fox News Sunday.”'):
    one tells a person or an outlet, and a quote of speech after "told" is introduced by its
    addressee or a colon. A person's possessive ("Trump's “America First”") is left alone.
    (After a preposition, `_looks_like_title` decides: 'a goal of “Peace Through Strength.”'
    is a speaker's slogan.)"""
    # (a bare apostrophe after an "s" is a possessive too, though the tagger may call it a mark:
    # 'told Fox News' “Fox and Friends.”')
    if tok.tag_ == "POS" or (tok.text in ("'", "’") and tok.i > 0 and tok.nbor(-1).text.endswith("s")
                             and not tok.nbor(-1).whitespace_):
        ent = ctx.entity_at(tok.doc[tok.i - 1].idx) if tok.i > 0 else None
        return ent is not None and ent.type != "PERSON"
    if tok.lower_ == "on" and tok.head.lemma_.lower() in _ON_AIR_VERBS:
        return True  # 'said on “Fox News Sunday.”': where one speaks, not what
    return tok.lemma_.lower() == "tell"


_ON_AIR_VERBS = frozenset("say tell speak talk appear interview".split())


def _programme_named_before(left: list["Token"]) -> bool:
    """Whether a quote follows a comma after the name of where someone spoke ("said on ABC's
    Evening Forum, “...”"): the proper name is the object of "on" after a verb of speaking (as
    in `_programme_slot`), and the quote in apposition to it is the broadcast's title."""
    if len(left) < 3 or left[-1].text != "," or left[-2].pos_ != "PROPN":
        return False
    head = left[-2]
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ == "on"
            and head.head.head.lemma_.lower() in _ON_AIR_VERBS)


_TITLE_SMALL_WORDS = frozenset("a an the of and or for on in at to with by from".split())


def _programme_title(text: str) -> bool:
    """A name in title case ("New Day", "FOX & Friends", "Anderson Cooper 360˚", "Meet the
    Press"): every word capitalised but the small ones, up to 8 words; the period American
    style puts inside the closing mark ("told CNN's “New Day.”") is the sentence's."""
    text = text[:-1] if text.endswith((".", ",")) else text
    if text.endswith((".", "!", "?")):
        return False  # "chants of “Lane! Lane!”": a cry, not a name
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) == 1 and len(words[0]) <= 3:
        return False  # 'insisted on “No.”': an answer, not a name
    return 0 < len(words) <= 8 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _sentence_stop_off(text: str) -> str:
    """Words without the one full stop American style puts inside the closing mark ('looks at
    "Four Reasons Why Millions Of Americans Are Leaving The Workforce."'), when they hold no other."""
    return text[:-1] if text.endswith(".") and not re.search(r"[.!?]", text[:-1]) else text


# works whose title a quotation in apposition gives ("the book, “ISIS: A History.”")
_WORK_NOUNS = frozenset("""book novel memoir biography film movie documentary album song play poem essay
    column podcast series show report study paper program programme broadcast newscast segment episode drama sitcom
    miniseries musical""".split())


def _work_titled(left: list["Token"], span: _Span, doc_text: str) -> bool:
    """Whether a quotation in title case follows a noun of a work, a comma between or not ("says
    Gerges, author of the book, “ISIS: A History.”", "her memoir “Becoming”"), or a person's possessive
    ("Ann Roe’s “Tales of The Old Coast”", two words of four letters or more): the work's title."""
    if span.opens_para or not left:
        return False
    k = len(left) - 1
    if left[k].lower_ == "the" and k > 1 and left[k - 1].text == ",":
        k -= 1  # "for his biography, the “The Jesuit.”" (the writer's doubled article; review 32)
    if left[k].text == "," and k > 0:
        k -= 1
    noun = left[k]
    if not _looks_like_title(_sentence_stop_off(doc_text[span.start : span.end])):
        return False
    if k == len(left) - 1 and noun.lower_ in ("'s", "’s") and k > 0 and left[k - 1].ent_type_ == "PERSON" and len(
            re.findall(r"[A-Za-z][\w'’-]{3,}", doc_text[span.start : span.end])) >= 2:
        # "carrying a copy of Gore Vidal’s “History of The National Security State”": an author's work by its
        # title, right after the author's possessive (session 43, review 31)
        return True
    return noun.tag_ == "NN" and noun.lemma_.lower() in _WORK_NOUNS


# A writer's pointer to another piece ("(see: “...”)", "Read more: “...”", "Related: “...”", "Watch:
# “...”"): the quotation right after it is that piece's title, a link's words, no one's
_POINTER = re.compile(r"(?:^|[(\[\s—–-])(?:see(?: also)?|read(?: more)?|related|watch|listen|more)\s*:\s*$"
                      r"|\(\s*see(?: also)?\s*$", re.IGNORECASE)


def _after_pointer(span: _Span, doc_text: str, para: tuple[int, int]) -> bool:
    """Whether a quotation comes right after a writer's pointer to another piece (`_POINTER`)."""
    return bool(_POINTER.search(doc_text[max(para[0], span.outer_start - 40) : span.outer_start]))


def _looks_like_title(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and len(words) <= 10 and all(w[0].isupper() for w in long_words) and not re.search(r"[.!?]$", text)


def extract_quotes(doc: "Doc", entities: Sequence[Entity]) -> list[Quote]:
    """Direct quotes of an article with their speakers.

    `doc` is the spaCy parse of `Article.text`; `entities` what `extract_entities(doc)`
    returned (their canonical names become speaker names). One `Quote` per quoted
    stretch: a quote split around its attribution gives two records with one speaker.
    """
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    ctx = _Context(doc, entities, spans)
    paras = _paragraphs(text)
    by_para: dict[int, list[int]] = {}
    for k, s in enumerate(spans):
        by_para.setdefault(s.para, []).append(k)

    for k in _quoted_subheadings(text, paras, spans, by_para):
        spans[k].drop = True

    # pass 2: cue-based attribution within each quote's own sentence
    for p, idxs in by_para.items():
        for n, k in enumerate(idxs):
            s = spans[k]
            if s.drop:
                continue
            prev_close = spans[idxs[n - 1]].outer_end if n > 0 else paras[p][0]
            next_open = spans[idxs[n + 1]].outer_start if n + 1 < len(idxs) else paras[p][1]
            _attribute(s, ctx, paras[p], prev_close, next_open, paras[p - 1] if p > 0 else None)
        # a paragraph that goes on with a quote left open in the previous one
        first = spans[idxs[0]]
        prev_idxs = by_para.get(p - 1)
        if prev_idxs and spans[prev_idxs[-1]].unclosed and first.opens_para:
            first.continues = prev_idxs[-1]

    # pass 3: inherit along split quotes, quote paragraphs and continued quotes
    def take(dst: _Span, src: _Span) -> None:
        dst.speaker, dst.kind = src.speaker, src.kind
        dst.cue = dst.cue or src.cue

    # a quote continued over several paragraphs: one speaker for the whole chain
    for k in range(len(spans) - 1, -1, -1):
        s = spans[k]
        if s.continues is not None and s.speaker and not spans[s.continues].speaker:
            take(spans[s.continues], s)
    for p, idxs in sorted(by_para.items()):
        group = [spans[k] for k in idxs if not spans[k].drop]
        # (words a quote cites are its citer's to give, and give no speaker to the quote around them)
        named = [s for s in group if s.attributed and s.speaker and not s.nested]
        for n, s in enumerate(group):
            if s.speaker or s.unvoiced or s.nested:
                continue
            if not (s.opens_para or s.unclosed or s.cue) and _looks_like_title(text[s.start : s.end]) and re.search(
                    r"\w['’]s?\s*$", text[max(0, s.outer_start - 4) : s.outer_start]):
                continue  # 'Drake's “Started From The Bottom” played': the title of someone's work, no one's words
            if s.continues is not None and spans[s.continues].speaker:
                take(s, spans[s.continues])
                continue
            # (not a quote inside parentheses that leave this one out: "... terms." Speech, 1976 (The unions would
            # respond by calling her the "Steel Mayor.")": the aside's speakers are not the list's)
            lenders = [g for g in named if _same_parenthesis(text, paras[p], g, s)]
            before = [g for g in lenders if g.start < s.start]
            after = [g for g in lenders if g.start > s.start]
            if before:
                take(s, before[-1])
            elif after:
                take(s, after[0])
            elif n == 0 and _only_quotes(text, paras[p], group):
                # (a title set aside there is no quote the paragraph goes on with: 'said on CNN's Global
                # Town Hall, “Coronavirus: Facts and Fears.”' leaves the speaker's quote before it the last)
                prev = [k for k in by_para.get(p - 1, []) if not spans[k].aside]
                if (prev and spans[prev[-1]].speaker and not spans[prev[-1]].drop
                        and ctx.heading_at(spans[prev[-1]].start) is None and not _unstopped(text, paras[p - 1])):
                    take(s, spans[prev[-1]])
                elif not prev and p > 0 and not _unstopped(text, paras[p - 1]):
                    # "Smith praised the plan.\n\n'It works.'": a quote paragraph after
                    # a narrative one voices the person that paragraph ended on
                    name = _last_subject_person(ctx, paras[p - 1])
                    if name:
                        s.speaker, s.kind = name, "person"

    quotes = []
    for s in spans:
        if s.drop:
            continue
        words = text[s.start : s.end]
        if not s.speaker and not s.cue and _looks_like_title(words):
            continue
        if s.speaker and _name_in_subject(s, ctx):
            continue  # 'The group's “safe streets” proposal calls for ...': a name in quotation marks, no one's words
        if s.speaker and _name_before_noun(s, ctx):
            continue  # '“Empire” actor Jussie Smollett', 'Abimbola “Abel” Osundairo': a title, a nickname
        speaker = _plain_speaker(s.speaker)
        quotes.append(
            Quote(
                text=words,
                speaker=speaker,
                cue=s.cue,
                start=s.start,
                end=s.end,
                direct=True,
                speaker_kind=s.kind if speaker else None,
            )
        )
    return quotes


_NAME_WORDS = 6  # a name or a title in quotation marks is short


def _name_in_subject(s: _Span, ctx: _Context) -> bool:
    """Whether a short quote lies inside the subject of a verb, a name or a title in quotation marks that the subject
    is called by, not words it says (session 46, helper G, review 28): 'The group's “safe streets” proposal ...
    calls for ...' (the proposal's name), 'an associate “master” at one of the colleges wrote ...' (a title). Only
    a quote without a sentence's end, with no verb between it and the subject's noun, of a main clause's verb: '“We
    will win,” the coach said', 'the coach, who said “we will win,” left' and 'saying “those who question us” should
    know ...' (a reported clause's subject) and '“My hope,” he said, “is that ...”' (the subject of a verb that is
    not the quote's cue) keep their speakers."""
    words = ctx.text[s.start : s.end]
    if len(words.split()) > _NAME_WORDS or words.rstrip()[-1:] in ".!?,;:" or "," in words:
        return False  # (a name holds no comma: '“My reaction, that was outrageous,” the strategist said' is words)
    span = ctx.doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False  # a name is a noun's phrase ("... matter who you love" is words)
    for _ in range(4):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            break
        if noun.head.i == noun.i or noun.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        noun = noun.head
    else:
        return False
    verb = noun.head
    if any(v.dep_ not in ("ROOT", "conj") for v in [verb, *verb.ancestors]):
        return False  # the subject of a reported clause: 'saying “those who question us” should know ...' is words
    if verb.lemma_.lower() != (s.cue or ""):
        return False  # the subject of another verb than the cue: '“My hope,” he said, “is that ...”' is words
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and (
        noun.left_edge.idx <= s.start and s.end <= noun.right_edge.idx + len(noun.right_edge))


def _name_before_noun(s: _Span, ctx: _Context) -> bool:
    """Whether a short quote in title case modifies the noun right after its closing mark, a name in quotation marks
    and no one's words (review 35): a show's title before "actor" or "show" ('“Empire” actor Jussie Smollett',
    'NBC's “Today” show'), a nickname inside a name ('Abimbola “Abel” Osundairo'). Only words whose root the parse
    hangs on that noun as a modifier, every long word capitalised; a phrase in lower case ('a “pro-life” group') is
    left alone: it may be a speaker's word for the thing, and so is a person's own ('her “Clean Streets” plan')."""
    words = ctx.text[s.start : s.end]
    if len(words.split()) > _NAME_WORDS or words.rstrip()[-1:] in ".!?,;:" or not _looks_like_title(words):
        return False
    span = ctx.doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, after = span.root, span[-1].i + 1
    while after < len(ctx.doc) and ctx.doc[after].is_punct and ctx.doc[after].idx < s.outer_end:
        after += 1  # past the closing mark
    if after >= len(ctx.doc) or ctx.doc[after].lemma_.lower() in _UTTERANCE_NOUNS or any(
            c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in ctx.doc[after].children):
        # a person's own slogan: 'Gov. Ann Marsh praised her own “Clean Streets First” agenda'; words a slogan or a
        # pledge holds: 'the “Just Do It” slogan'
        return False
    return (root.head.i == after and root.dep_ in ("compound", "nmod", "amod")
            and ctx.doc[after].pos_ in ("NOUN", "PROPN") and ctx.doc[after].idx >= s.outer_end)


def _parenthesis(text: str, para: tuple[int, int], span: _Span) -> tuple[int, int] | None:
    """The parentheses of its paragraph a quote stands in, as (opening, closing) offsets, when they hold a sentence
    of their own ("(The unions would respond by calling her the "Steel Mayor.")"; not an aside in a sentence, "(who
    called it "a disaster")"), or None."""
    opening = text.rfind("(", para[0], span.outer_start)
    if opening < 0 or ")" in text[opening : span.outer_start] or not text[opening + 1 : opening + 2].isupper():
        return None
    closing = text.find(")", span.outer_end, para[1])
    if closing < 0 or "(" in text[span.outer_end : closing] or text[:closing].rstrip()[-1:] not in ".!?\"”’":
        return None
    return opening, closing


def _same_parenthesis(text: str, para: tuple[int, int], lender: _Span, span: _Span) -> bool:
    """Whether a quote stands in the same parentheses as the quote that would lend it its speaker (or both in
    none)."""
    return _parenthesis(text, para, lender) == _parenthesis(text, para, span)


_SUBHEADING_WORDS = 12


def _quoted_subheadings(text: str, paras: list[tuple[int, int]], spans: list[_Span],
                        by_para: dict[int, list[int]]) -> list[int]:
    """Spans that are a subheading in quotation marks: a paragraph that is one short closed quote
    without a sentence's final punctuation, whose words a quote of the next two paragraphs says
    again in full ('"This beautiful blue ball in space"' over '... to help protect "this beautiful
    blue ball in the middle of space ..."'). A page's pull quote, no one's words a second time."""
    out = []
    for p, idxs in by_para.items():
        s = spans[idxs[0]]
        words = re.findall(r"[\w'’]+", text[s.start : s.end].lower())
        if (len(idxs) != 1 or s.unclosed or not s.opens_para or not _only_quotes(text, paras[p], [s])
                or not 2 <= len(words) <= _SUBHEADING_WORDS or text[s.start : s.end].rstrip()[-1:] in ".!?…,;:"):
            continue
        later = [spans[k] for q in (p + 1, p + 2) for k in by_para.get(q, [])]
        if any(set(words) <= set(re.findall(r"[\w'’]+", text[o.start : o.end].lower())) for o in later):
            out.append(idxs[0])
    return out


@lru_cache(maxsize=1)
def _outlet_prefixes() -> frozenset[str]:
    from .slant_outlets import family_name, training_outlets

    known = training_outlets()
    return frozenset(family_name(n) for n in known.names + known.held_out_names)


def outlet_led(name: str) -> str:
    """A person's name without a known outlet's name run into its front: "Al Jazeera Dorsa
    Jibbari said" (the outlet's reporter, as some outlets write it) is Dorsa Jibbari, not a
    person "Al Jazeera Dorsa Jibbari". Only when two capitalised words or more are left that
    make a person's name ("Al Jazeera Media Network" stays an organisation)."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        rest = words[k:]
        if " ".join(words[:k]) in _outlet_prefixes() and all(w[:1].isupper() for w in rest) and not any(
                w in _MEDIA_NAME_WORDS for w in rest) and plausible_person(" ".join(rest)):
            return " ".join(rest)
    return name


_MEDIA_NAME_WORDS = frozenset("News Daily Magazine Press Radio Review Report Wire Media Network Channel Television "
                              "TV Times Post Journal Group Agency Service English Arabic".split())


def _plain_speaker(name: str | None) -> str | None:
    """A speaker's name without what a parse can drag in after it: a colon and what
    follows, a quotation mark left open and the words of the quote (`Added Gibbs: "I`),
    edge punctuation. Marks in pairs stay: a nickname (Samiullah “Sammy” Naderi)."""
    if not name:
        return None
    name = name.split(":", 1)[0]
    if len(re.findall(r"[\"“”]", name)) % 2:
        name = re.split(r"[\"“”]", name, maxsplit=1)[0]
    name = name.strip(" ,;-–—'‘’")
    name = outlet_led(name)
    words = name.split()
    if len(words) > 1 and words[0].lower() in _SPEECH_OPENERS:
        name = " ".join(words[1:])  # "Added Gibbs": the inverted cue opened the sentence
    if name.upper() in _EDITORIAL_LABELS:
        return None  # "UPDATE: ...": an editor's label, not a speaker
    return name or None


_EDITORIAL_LABELS = {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "CORRECTION", "WATCH", "EDITOR'S NOTE",
                     "EDITOR’S NOTE", "DEVELOPING", "ADVERTISEMENT", "READ MORE"}


_SPEECH_OPENERS = {"added", "said", "says", "asked", "wrote", "told", "continued", "explained", "noted",
                   "argued", "insisted", "recalled", "replied", "warned"}
