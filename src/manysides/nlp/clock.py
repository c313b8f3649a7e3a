"""Times of day as claims: the moment an event verb names ("lost contact ... at 10:55 a.m.").

`extract_times(doc)` reads each time of day (`10:55 a.m.`, `10am`, `6.13am`, `noon`, `midnight`) that the parse
ties to a verb of a closed list of event verbs (took off, landed, lost contact, went down, began, erupted, opened
fire, exploded, struck, was arrested, reopened, ...; `EVENTS`), and gives it as a `Claim` of unit "time": its value
in minutes after midnight as written (in the time zone written after it, or the place's own), its interval from the
hedge ("around 1 p.m." ±15 minutes, "just after 10 a.m." 10:00-10:15), and a subject that the comparison reads with
`time_subject`: the event (`EVENTS`' key, "planned " before it for a time under "scheduled to", "would", ...), the
weekday named beside the time, and the proper nouns of the verb's subject and object.

Not read: a time no event verb of the list governs ("the plane's altitude was 38,000 feet at 10:30 a.m.", "the post
was updated at 5:35 p.m.", "the jobs report is published at 8:30 a.m."), a time a noun owns ("the 10 a.m. meeting"),
a time after "by", "until", "since", "as of" or "from" (a deadline or a state, not a moment), a time opening a bracket
after another time (a conversion, "(5:53 a.m. ET)"), a negated verb, 24-hour times without "a.m."/"p.m.".
The times are the annotation's own field (`Annotation.times`), not numeric claims: no other comparison reads them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Claim

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

TIME_UNIT = "time"

_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s?([ap])\.?\s?m\b\.?|\b(?:12\s+)?(noon|midnight)\b", re.IGNORECASE)
# a zone after the time, a weekday maybe between ("7:24 a.m. Sunday, Singapore time"): an abbreviation, a US zone's
# name, a place's time ("Singapore time", "Hong Kong time"), or "local time"
_ZONE = re.compile(r"\s*(?:(?i:on\s+)?(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                   r"(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|AEST|AEDT|"
                   r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?|"
                   r"(?:[A-Z][a-z]+\s+){1,2}[Tt]ime|[Ll]ocal\s+time)\b")
# hedge before the time -> (minutes before, minutes after) the time the interval takes in
_HEDGES = (
    (re.compile(r"\b(?:around|about|approximately|roughly|circa|some|approx\.?)\s+$", re.IGNORECASE), (15, 15)),
    (re.compile(r"\b(?:shortly|just|soon|right|a\s+little|a\s+few\s+minutes)\s+after\s+$", re.IGNORECASE), (0, 15)),
    (re.compile(r"\b(?:shortly|just|right|a\s+little|a\s+few\s+minutes)\s+before\s+$", re.IGNORECASE), (15, 0)),
    (re.compile(r"\bafter\s+$", re.IGNORECASE), (0, 60)),
    (re.compile(r"\bbefore\s+$", re.IGNORECASE), (60, 0)),
)
_HEDGE_WORDS = re.compile(r"\b(?:(?:around|about|approximately|roughly|circa|some|shortly|just|soon|right|a\s+little|"
                          r"a\s+few\s+minutes)\s+(?:after\s+|before\s+)?|(?:after|before)\s+)$", re.IGNORECASE)
# a deadline, a span's end or start, a state read at a moment: no moment of an event
_NOT_A_MOMENT = re.compile(r"\b(?:by|until|till|til|since|from|through|as\s+of|between|and|to|every|each)\s+$",
                           re.IGNORECASE)
_WEEKDAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_AFTER = re.compile(r"[\s,]*(?:(?:local\s+time|[A-Z]{2,4})\s+)?(?:on\s+)?" + _WEEKDAY + r"\b", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:at\s+)?"
                             r"(?:(?:around|about|approximately|roughly|shortly|just|soon)\s+)?"
                             r"(?:after\s+|before\s+)?$", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"[(\[]\s*$")

# The event verbs a time of day may be disputed on, as (lemma, particle or object) -> event. A particle or object
# of None: the lemma alone. One event's verbs are one moment ("took off" and "departed").
EVENTS: dict[tuple[str, str | None], str] = {
    **{(v, None): "depart" for v in ("depart", "leave")}, ("take", "off"): "depart", ("lift", "off"): "depart",
    **{(v, None): "land" for v in ("land", "arrive")}, ("touch", "down"): "land",
    ("lose", "contact"): "lose contact", ("lose", "touch"): "lose contact", ("lose", "radio"): "lose contact",
    ("disappear", None): "lose contact", ("vanish", None): "lose contact",
    ("crash", None): "crash", ("go", "down"): "crash", ("plunge", None): "crash", ("plummet", None): "crash",
    **{(v, None): "begin" for v in ("begin", "start", "erupt", "occur", "happen", "unfold", "commence")},
    ("take", "over"): "begin", ("break", "out"): "begin", ("open", "fire"): "begin",
    **{(v, None): "explode" for v in ("explode", "detonate", "blast")}, ("go", "off"): "explode",
    **{(v, None): "strike" for v in ("strike", "hit", "rock", "jolt")}, ("make", "landfall"): "strike",
    **{(v, None): "arrest" for v in ("arrest", "detain", "apprehend")},
    **{(v, None): "end" for v in ("end", "conclude")},
    ("storm", None): "storm", ("raid", None): "storm",
    **{(v, None): "reopen" for v in ("reopen", "resume")},
    ("die", None): "die", ("pronounce", "dead"): "die",
}
_PARTICLES = frozenset("off down over out up".split())
_PLAN = frozenset("schedule plan expect set slate due suppose intend aim hope".split())
_FUTURE = frozenset("will would shall 'll could might may".split())
_TIME_WORDS = frozenset("a.m. p.m. am pm a.m p.m noon midnight morning afternoon evening night time local today "
                        "tonight monday tuesday wednesday thursday friday saturday sunday et est edt gmt utc".split())
_CLIMB = 5


def minutes(m: re.Match) -> int | None:
    """A `_TIME` match in minutes after midnight (None when it is no time: "13 p.m.")."""
    if m.group(4):
        return 720 if m.group(4).lower() == "noon" else 0
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    return (hour % 12 + (12 if m.group(3).lower() == "p" else 0)) * 60 + minute


def _event(verb: "Token") -> str | None:
    """The event a verb names (`EVENTS`), with its particle or object."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        word = child.lemma_.lower()
        if (child.dep_ in ("prt", "advmod") and word in _PARTICLES or child.dep_ in ("dobj", "acomp", "oprd")) \
                and (lemma, word) in EVENTS:
            return EVENTS[(lemma, word)]
    if lemma in ("lose", "open", "make", "pronounce"):  # only with their object ("lost contact", "opened fire")
        return None
    return EVENTS.get((lemma, None))


def _verb_of(doc: "Doc", first: int, last: int) -> "Token | None":
    """The verb the time at tokens first..last hangs from, through prepositions and time words only (a time a
    noun owns, "the 10 a.m. meeting", has none)."""
    tok = doc[first]
    for _ in range(_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX") and not first <= head.i <= last:
            return head
        if (head.pos_ in ("NOUN", "PROPN") and not first <= head.i <= last
                and head.lower_ not in _TIME_WORDS and head.dep_ != "pobj"):
            return None
        tok = head
    return None


def _planned(verb: "Token") -> bool:
    """Whether the verb tells a time planned, not one that came to pass ("scheduled to land", "would resume")."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return True
    up = verb
    for _ in range(2):
        if up.dep_ not in ("xcomp", "ccomp", "advcl") or up.head.i == up.i:
            break
        up = up.head
        if up.lemma_.lower() in _PLAN:
            return True
    return any(c.lower_ in ("originally", "initially") for c in verb.children)


def _names(verb: "Token", first: int, last: int) -> list[str]:
    """The proper nouns of the verb's subject and object (its head's subject for a verb without one)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
             for g in c.children if g.dep_ == "pobj"]
    out: list[str] = []
    for root in subj + objs:
        for t in root.subtree:
            if t.pos_ == "PROPN" and not first <= t.i <= last and t.lower_ not in _TIME_WORDS and t.is_alpha:
                out.append(t.lower_)
    return sorted(set(out))


def time_subject(subject: str) -> tuple[str, str, frozenset[str]]:
    """A time claim's subject as (event, weekday or "", the proper nouns)."""
    event, _, rest = subject.partition("|")
    day, _, names = rest.partition("|")
    return event, day, frozenset(names.split())


def extract_times(doc: "Doc") -> list[Claim]:
    """The times of day the text gives as the moments of event verbs (see the module)."""
    text = doc.text
    out: list[Claim] = []
    for m in _TIME.finditer(text):
        value = minutes(m)
        if value is None:
            continue
        start, end = m.start(), m.end()
        before = text[max(0, start - 60):start]
        if _NOT_A_MOMENT.search(before):
            continue
        if _OPEN_BRACKET.search(before) and any(minutes(x) is not None for x in _TIME.finditer(before)):
            continue  # a conversion of the time before it: "10:53 a.m. (5:53 a.m. ET)"
        zone = _ZONE.match(text, end)
        if zone:
            end = zone.end()
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _verb_of(doc, span.start, span.end - 1)
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        event = _event(verb)
        if event is None:
            continue
        if _planned(verb):
            event = "planned " + event
        lo, hi = 0, 0
        for pattern, (back, ahead) in _HEDGES:
            if pattern.search(before):
                lo, hi = back, ahead
                break
        hedge = _HEDGE_WORDS.search(before)
        hedge_text = hedge.group(0).strip().lower() if hedge else None
        if hedge:
            start -= len(before) - hedge.start()
        day = (_WEEKDAY_AFTER.match(text, m.end()) or _WEEKDAY_AFTER.match(text, end)
               or _WEEKDAY_BEFORE.search(text[max(0, start - 40):start]))
        sentence = doc[span.start].sent.text
        weekday = day.group(1).lower() + "day" if day else ""
        subject = f"{event}|{weekday}|{' '.join(_names(verb, span.start, span.end - 1))}"
        out.append(Claim(text=text[start:end], subject=subject, value=float(value), unit=TIME_UNIT,
                         hedge=hedge_text, low=float(value - lo),
                         high=float(value + hi), start=start, end=end, sentence=sentence))
    return out
