"""One-sided sourcing: whom an article lets speak, as evidence spans a reader can check.

Input is what the annotate stage already found (`Quote`s with speakers, optionally the
`Entity` mentions); no model is run here. A speaker is given a side only when the
article itself ties them to one, right at a mention:

- the speaker is a partisan group ("Senate Republicans", "Democrats", "the GOP");
- a party word stands just before a mention ("Republican Sen. Ted Cruz", "Democratic
  leader Chuck Schumer", "GOP Rep. ..."), or just after it ("Cruz, R-Texas,",
  "Schumer (D-N.Y.)", "Smith, a Democrat, ...").

Words inside direct quotes are not read for this: they are a speaker's labels, not the
article's.

Nothing is looked up in a list of names, so the rule works on politicians it has never
seen and never ages; its limit is that a speaker the text does not label stays unsided
(a president is rarely called "Republican President ..."). The axis is US parties:
Democratic = left, Republican = right; elsewhere it says nothing.

The evidence is the quoted words of sided speakers (their direct quotes, and the clauses
reporting what they said), each weighted by its share of all such words from sided
speakers (> 0 = a right-identified voice, < 0 = left), so the weights of one article sum
to its sourcing balance in [-1, 1]: +1 = only Republicans quoted, -1 = only Democrats.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Entity, Quote, SlantEvidence

MAX_PER_SIDE = 3  # quote spans shown per side

_RIGHT_WORDS = r"Republicans?|GOP|conservatives?"
_LEFT_WORDS = r"Democrats?|Democratic|liberals?|progressives?"
# Words that may stand between a party word and the name it labels: titles and roles
# ("Republican Sen.", "Democratic presidential hopeful", "Senate GOP leader").
_ROLE_WORDS = (
    "sen|senator|rep|representative|congressman|congresswoman|lawmaker|leader|candidate|"
    "hopeful|presidential|gubernatorial|senate|house|governor|gov|lt|mayor|chairman|"
    "chairwoman|chair|strategist|operative|activist|lawyer|attorney|state|former|party|whip|"
    "majority|minority|nominee|rival|challenger|incumbent|aide|official|member|speaker|"
    "president|vice|mr|mrs|ms|dr|senior|top|veteran|freshman|colleague|donor|pollster|"
    "consultant|commentator|legislator|assemblyman|assemblywoman|councilman|councilwoman|"
    "secretary|adviser|advisor|spokesman|spokeswoman|spokesperson"
)
_ABBREVIATIONS = "sen|rep|gov|lt|mr|mrs|ms|dr|st|gen|col"
# A party word, then up to 4 title-like words (a role word, or a capitalised word such as
# a state or a first name; an abbreviation may end in "."), right before the mention;
# a full stop after a longer word is a sentence end and breaks the match.
_TITLE_TOKEN = (
    rf"(?:(?i:{_ABBREVIATIONS})\.|(?:[A-Z]\.)+|(?:(?i:{_ROLE_WORDS})|[A-Z][\w'’-]*)(?![\w.]))"
)
_BEFORE = re.compile(
    rf"\b(?:(?P<r>{_RIGHT_WORDS})|(?P<l>{_LEFT_WORDS}))(?:\s+{_TITLE_TOKEN}){{0,4}}\s+$"
)
# Right after the mention: ", R-Texas", " (D-N.Y.)", ", a Republican", ", a conservative lawyer".
_AFTER = re.compile(
    r"^\s*(?:,|\()\s*(?:"
    r"(?P<rs>R)\s*[-–]\s*[A-Z]|(?P<ls>D)\s*[-–]\s*[A-Z]|"
    rf"an?\s+(?:[a-z]+\s+)?(?:(?P<r>{_RIGHT_WORDS})|(?P<l>{_LEFT_WORDS}))\b)"
)
_GROUP_RIGHT = re.compile(rf"\b(?:{_RIGHT_WORDS})\b")
_GROUP_LEFT = re.compile(rf"\b(?:{_LEFT_WORDS})\b")
_WORD = re.compile(r"\w+")
# Session 42, helper B (review 29: "After the chairman of the Joint Chiefs of Staff confirmed he knew about the cable
# ..., Graham questioned ...", the chairman's report given to Graham, +0.520 of Fox's sourcing): a reported clause
# whose cue ends the words before it ("... confirmed", "... said that") while its given speaker is named only after
# it in the sentence, and neither named nor a pronoun before the cue, is another subject's report, the cue's; it
# is no sided voice of the given speaker ("Graham said he knew ..." and ", he said that ...", and "he knew ...,
# Graham said", a closing tag, still count)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
_ABBREVIATED = re.compile(r"(?:\b(?i:sen|rep|gov|lt|mr|mrs|ms|dr|st|gen|col|adm|sgt|capt|jr|sr|u\.s|no)|\b[A-Z])\.$")
_CUE_BEFORE = re.compile(r"\b([A-Za-z]+)[^\S\n]+(?:that[^\S\n]+)?$")
_PRONOUN = re.compile(r"\b(?i:he|she|they|i|we|it)\b")


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `text[s:e]`: from after the last sentence end before `s` (not a
    title's or an initial's full stop) to the first after `e`."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, s - 600), s):
        if not _ABBREVIATED.search(text, max(0, m.start() - 6), m.start() + 1):
            start = m.end()
    end = len(text)
    for m in _SENTENCE_END.finditer(text, e, min(len(text), e + 600)):
        if not _ABBREVIATED.search(text, max(0, m.start() - 6), m.start() + 1):
            end = m.start()
            break
    return start, end


def others_report(text: str, q: Quote, mentions: Sequence[tuple[int, int]]) -> bool:
    """The reported clause `q` (not direct) is another subject's report: its cue ends the words before it in its
    sentence, and the given speaker is mentioned there only after the clause, with no pronoun before the cue."""
    if q.direct or not q.cue:
        return False
    start, end = _sentence(text, q.start, q.end)
    intro = text[start : q.start]
    cue = _CUE_BEFORE.search(intro)
    stem = q.cue.lower()[: max(2, len(q.cue) - 1)]
    if cue is None or not cue.group(1).lower().startswith(stem):
        return False
    if any(start <= ms < q.start for ms, _ in mentions) or _PRONOUN.search(intro, 0, cue.start()):
        return False
    return any(q.end <= ms < end for ms, _ in mentions)


@dataclass(frozen=True)
class Sourcing:
    """Who is quoted, by the side the article gives them."""

    right_speakers: tuple[str, ...]
    left_speakers: tuple[str, ...]
    right_words: int  # words quoted from right-identified speakers
    left_words: int
    other_words: int  # words quoted from speakers with no side (or no speaker)
    right_quotes: int
    left_quotes: int
    evidence: tuple[SlantEvidence, ...]

    @property
    def balance(self) -> float | None:
        """(right - left) / (right + left) quoted words; None when no side is quoted."""
        tot = self.right_words + self.left_words
        return None if tot == 0 else (self.right_words - self.left_words) / tot

    @property
    def one_sided(self) -> bool:
        """Voices of one side only: at least two quotes from it, none from the other."""
        return (self.right_quotes == 0) != (self.left_quotes == 0) and (
            self.right_quotes + self.left_quotes >= 2
        )


def speaker_side(speaker: str, text: str, mentions: Sequence[tuple[int, int]]) -> str | None:
    """'right' | 'left' | None for one speaker, from the speaker string and the words
    right around its mentions in `text`."""
    r, lft = bool(_GROUP_RIGHT.search(speaker)), bool(_GROUP_LEFT.search(speaker))
    if r != lft:
        return "right" if r else "left"
    votes = {"right": 0, "left": 0}
    for s, e in mentions:
        m = _BEFORE.search(text, max(0, s - 60), s)
        if m:
            votes["right" if m.group("r") else "left"] += 1
        m = _AFTER.match(text[e : e + 40])
        if m:
            votes["right" if (m.group("rs") or m.group("r")) else "left"] += 1
    if votes["right"] != votes["left"]:
        return "right" if votes["right"] > votes["left"] else "left"
    return None


def _mentions(speaker: str, text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    spans = [(e.start, e.end) for e in entities if e.name == speaker]
    if spans:
        return spans
    # no entity list: the speaker's full name, and the surname of a personal name
    names = {speaker}
    parts = speaker.split()
    if len(parts) > 1 and len(parts[-1]) > 2 and all(p[:1].isupper() for p in parts):
        names.add(parts[-1])
    out = []
    for name in names:
        out += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return out


def sourcing(text: str, quotes: Sequence[Quote], entities: Sequence[Entity] = ()) -> Sourcing:
    """The sourcing of one article (see the module doc); offsets index `text`."""
    sides: dict[str, str | None] = {}
    words = {"right": 0, "left": 0, None: 0}
    sided: list[tuple[Quote, str, int]] = []
    # the article's own words tie a speaker to a side, not a quoted speaker's: "angry
    # Democrat prosecutors" in a lawyer's quote says nothing of the prosecutors' party
    quoted = [(q.start, q.end) for q in quotes if q.direct and 0 <= q.start < q.end <= len(text)]
    own = list(text)
    for s, e in quoted:
        own[s:e] = " " * (e - s)
    own_text = "".join(own)
    said_at: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        n = len(_WORD.findall(q.text))
        side = None
        if q.speaker:
            if q.speaker not in sides:
                mentions = [(s, e) for s, e in _mentions(q.speaker, own_text, entities)
                            if not any(qs <= s < qe for qs, qe in quoted)]
                sides[q.speaker] = speaker_side(q.speaker, own_text, mentions)
                said_at[q.speaker] = mentions
            side = sides[q.speaker]
            if side is not None and others_report(text, q, said_at[q.speaker]):
                side = None  # the cue's subject's report, given to a speaker named after it (session 42, B)
        words[side] += n
        if side is not None and 0 <= q.start < q.end <= len(text):
            sided.append((q, side, n))
    total = words["right"] + words["left"]
    right = tuple(dict.fromkeys(q.speaker for q, s, _ in sided if s == "right"))
    left = tuple(dict.fromkeys(q.speaker for q, s, _ in sided if s == "left"))
    evidence: list[SlantEvidence] = []
    if total:
        summary = f"quoted party-identified voices: {len(right)} Republican, {len(left)} Democratic"
        for side, party, sign in (("right", "Republican", 1.0), ("left", "Democratic", -1.0)):
            picked = sorted((x for x in sided if x[1] == side), key=lambda x: -x[2])[:MAX_PER_SIDE]
            for q, _, n in sorted(picked, key=lambda x: x[0].start):
                evidence.append(
                    SlantEvidence(
                        q.start, q.end, text[q.start : q.end], round(sign * n / total, 6),
                        kind="source", note=f"{q.speaker} ({party}-identified"
                                            f"{'' if q.direct else ', reported speech'}); {summary}",
                    )
                )
    evidence.sort(key=lambda e: e.start)
    return Sourcing(
        right_speakers=right, left_speakers=left, right_words=words["right"],
        left_words=words["left"], other_words=words[None],
        right_quotes=sum(1 for _, s, _ in sided if s == "right"),
        left_quotes=sum(1 for _, s, _ in sided if s == "left"), evidence=tuple(evidence),
    )
