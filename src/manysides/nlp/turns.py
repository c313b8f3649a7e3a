"""A broadcast transcript's turns as quotes of their speakers.

A transcript (a radio or television show's, a debate's, a press conference's) writes each
turn as a paragraph opening with its speaker's label, in capitals, a title optional, and a
colon: "SEN. JANE ROE: The bill is a disaster." The turn has no quotation marks and no
"said", so the quote finder saw none of it and the words read as the outlet's own. Here the
turn's words are a direct quote of the labelled speaker, the label's name read as the
article names that person elsewhere ("Jane Roe", so the voices join); a paragraph without a
label between two turns goes on with the turn before it; a label that is a role or a heading
("UNIDENTIFIED MALE:", "THE FACTS:") speaks for no one, and the show's host and reporters speak
for the outlet (their turns are its narration, as an article's text is). Sentences
that hold a quote or a report already found keep their own speakers ("Roe said, 'it is a
fraud'" in a guest's turn is Roe's), and a quotation that is a whole turn on its own
(a fact check's "SMITH: “...”") is the label's speaker's when nothing else gave it one.
The labels themselves are `quotes.transcript_labels` (only in a dialogue).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..records import Entity, Quote, Sentence
from .entities import TITLES, _full_name_for
from .quotes import _EDITORIAL_LABELS, people_noun, transcript_labels

# what a label may hold besides a name: a role ("UNIDENTIFIED MALE", "AUDIENCE MEMBER") ends on one of these
_ROLE_HEADS = frozenset("male female voice voices crowd audience chorus group unidentified unknown all both".split())
# a paragraph opening as a label does, in capitals and a colon, though `transcript_labels` took it for none
_LEAD = re.compile(r"[^\W\d_a-z][^\W_a-z]*(?: [^\W_a-z]+)*:\s")
# a stage direction, not a speaker's words: "(LAUGHTER)", "[inaudible]", "(SOUNDBITE OF ARCHIVED RECORDING)"
_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")


def _title_word(word: str) -> str:
    """One word of a label in a name's case: "GRAHAM" -> "Graham", "McCONNELL" -> "McConnell",
    "O’REILLY" -> "O’Reilly", "JR." -> "Jr."."""
    m = re.fullmatch(r"([A-Z][a-z]+)([A-Z].*)", word)
    if m:
        return m.group(1) + m.group(2).capitalize()
    return "".join(p.capitalize() for p in re.split(r"([-'’])", word))


def _in_prose(word: str, prose: str) -> bool:
    """Whether a label's word stands in lower case in the article's running text: a common
    word ("the facts", "majority leader"), where a name is capitalised wherever it stands."""
    low = word.lower().rstrip(".")
    return bool(low) and re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", prose) is not None


def label_speaker(label: str, prose: str, people: Counter[str], others: frozenset[str] = frozenset()) -> str | None:
    """The person a turn's label names, as the article names them, or None for a role or a
    heading. `label` is the label's text ("SEN. LINDSEY GRAHAM:", "INSKEEP:", "STEVE INSKEEP,
    HOST:"), `prose` the article's text without its labels, `people` the full names the
    article gives persons (with how often), `others` the names it gives bodies and places."""
    name = label.split(",")[0].strip().rstrip(":").strip()
    if name.upper() in _EDITORIAL_LABELS or name.upper() == "NOTE":
        return None
    words = name.split()
    if not words or any(w[0].isdigit() for w in words):
        return None  # "POLICE OFFICER 3": a role told apart by a number
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,3}", name):
        # a printed interview's initials ("HH:", "RP:"): the one person named with them
        found = [p for p in people if len(p.split()) > 1 and "".join(w[0] for w in p.split()).upper() == name]
        return found[0] if len(found) == 1 else None
    # the longest run of the label's last words that is a person's name in the article
    # ("MAJORITY LEADER MITCH McCONNELL": "Mitch McConnell"); a surname alone goes to the full name
    for k in range(len(words)):
        tail = " ".join(_title_word(w) for w in words[k:])
        for person in people:
            if person.lower() == tail.lower():
                return person
        if k == len(words) - 1:
            full = _full_name_for(tail, people)
            if full:
                return full
    if len(words) == 1:
        # a surname the prose writes as a name and never in small letters ("Gillespie", not "target", "fact"),
        # nor all in capitals (an acronym's: "CBO")
        # inside a sentence, not only at its start ("Claim", "Timeline" open sentences too)
        word = _title_word(words[0])
        if (re.search(rf"(?<=[a-z,] ){re.escape(word)}(?![\w'’-])", prose) and not _in_prose(word, prose)
                and not people_noun(word.lower().removesuffix("s"))):
            return word if word not in others else None
        return None
    # no one the article names: leading titles and words of a role off ("SECRETARY OF STATE"),
    # two words kept at least; what is left is a name when not all of it is common words
    while len(words) > 2 and (_title_key(words[0]) in TITLES or _in_prose(words[0], prose)):
        words = words[1:]
    if _title_key(words[0]) in TITLES:
        words = words[1:]
    if len(words) < 2:
        return None
    head = words[-1].lower().rstrip(".")
    if (head in _ROLE_HEADS or people_noun(head.removesuffix("s")) or all(_in_prose(w, prose) for w in words)
            or any(w.lower() in ("the", "of", "and", "see") or re.search(r"['’]S$", w) for w in words)):
        return None  # "AUDIENCE MEMBER", "THE FACTS", "CANDIDATE'S POSITION"
    found = " ".join(_title_word(w) for w in words)
    return None if found in others else found  # "MEDIA MATTERS": a body the article names


def _title_key(word: str) -> str:
    return word.split("-")[0].lower().rstrip(".")


def label_speakers(text: str, entities: Sequence[Entity]) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker) of each of a transcript's labels (`quotes.transcript_labels`), the speaker
    as `label_speaker` reads it; a full name a label gives serves the surname labels ("STEVE INSKEEP,
    HOST:" before "INSKEEP:")."""
    labels = transcript_labels(text)
    if not labels:
        return []
    in_label = lambda pos: any(a <= pos < b for a, b in labels)  # noqa: E731
    people = Counter(e.name for e in entities if e.type == "PERSON" and " " in e.name and not in_label(e.start))
    others = frozenset(e.name for e in entities if e.type in ("ORG", "GPE", "NORP") and not in_label(e.start))
    prose = "".join(text[b:a] for (_, b), (a, _) in zip([(0, 0)] + labels, labels + [(len(text), len(text))]))
    found = [label_speaker(text[a:b], prose, people, others) for a, b in labels]
    for who in found:
        if who and " " in who:
            people[who] += 1
    return [(a, b, label_speaker(text[a:b], prose, people, others)) for a, b in labels]


def _paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The non-blank lines between `lo` and `hi`, stripped."""
    out = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _names_speaker(para: str, speaker: str) -> bool:
    """Whether a paragraph names the turn's speaker by surname: narration about them, not their words."""
    last = speaker.split()[-1]
    return re.search(rf"\b{re.escape(last)}\b", para) is not None


def turn_quotes(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity],
                quotes: Sequence[Quote]) -> list[Quote]:
    """`quotes` with a transcript's turns added as direct quotes of their speakers (see the module's doc).
    `sentences` are the article's sentences, `entities` its entities (their PERSON names resolve the labels)."""
    labels = label_speakers(text, entities)
    if not labels:
        return list(quotes)
    hosts = _outlets_own(text, labels)
    out = list(quotes)
    for n, (a, b, who) in enumerate(labels):
        if who is None or who in hosts:
            continue
        last = n + 1 == len(labels)
        paras = _paragraphs(text, b, labels[n + 1][0] if not last else len(text))
        # the label's own paragraph (or, for a label on a line alone, the next one); the paragraphs
        # after it up to the next label only between two labels (the last turn may be followed by prose)
        take = paras[:1]
        if not last:
            for p in paras[1:]:
                if _names_speaker(text[p[0]:p[1]], who) or _LEAD.match(text, p[0]) or text[p[0]].islower():
                    # the speaker talked about (narration), another label, or a clip's note in small letters
                    # ("archived recording ..."): the turn is over
                    break
                take.append(p)
        for lo, hi in take:
            if _DIRECTION.fullmatch(text[lo:hi]):
                continue
            out = _speak_alone(out, text, lo, hi, who)
            out += _pieces(text, lo, hi, sentences, out, who)
    return sorted(out, key=lambda q: (q.start, q.end))


# where a fact check's quoted claim was made, after a dash: '“...” — interview Monday.'
_NOTE = re.compile(r"[\s\"”’]*[—–-]+[^\n]{0,60}$")


# a label's role that makes its speaker the outlet's own journalist ("STEVE INSKEEP, HOST:", "MARA LIASSON, BYLINE:")
_STAFF_ROLES = frozenset("host byline anchor correspondent".split())


def _outlets_own(text: str, labels: Sequence[tuple[int, int, str | None]]) -> set[str]:
    """The speakers whose turns are the outlet's own words, as an article's narration is: those a label
    calls the host or the outlet's reporter, and, on a page that opens with a turn (the show's transcript,
    not an article citing an exchange), those who speak twice or more and whom no one introduces: a show's
    presenters are named nowhere but in their labels and their own turns ("I'm Amy Goodman"), where its
    guests and clips are introduced ("we're joined by ...", "That was Senator ..."). Their words read as
    quotes would make the comparison take the show's own report of the news for someone's claim."""
    own = {who for a, b, who in labels if who and _label_role(text[a:b]) in _STAFF_ROLES}
    if text[:labels[0][0]].strip():
        return own
    turns = Counter(who for _, _, who in labels if who)
    ends = [a for a, _, _ in labels[1:]] + [len(text)]
    for who, n in turns.items():
        if n < 2:
            continue
        others = "".join(text[b:end] for (_, b, w), end in zip(labels, ends) if w != who)
        if not _names_speaker(others, who):
            own.add(who)
    return own


def _label_role(label: str) -> str:
    return label.split(",")[1].strip(" :").lower() if "," in label else ""


def _speak_alone(quotes: list[Quote], text: str, lo: int, hi: int, who: str) -> list[Quote]:
    """A quotation without a speaker that is the whole paragraph of a turn is the turn's speaker's."""
    out = []
    for q in quotes:
        if (q.direct and q.speaker is None and lo <= q.start and q.end <= hi
                and not re.search(r"\w", text[lo:q.start] + _NOTE.sub("", text[q.end:hi]))):
            q = replace(q, speaker=who, speaker_kind="person")
        out.append(q)
    return out


def _pieces(text: str, lo: int, hi: int, sentences: Sequence[Sentence], quotes: Sequence[Quote],
            who: str) -> list[Quote]:
    """The turn's words in one paragraph as quotes, one per sentence (no marks say where a quotation of
    several sentences ends: each is read alone, as a host's narration is), but those that hold a quote
    found already."""
    out: list[Quote] = []
    cuts = sorted({lo, hi} | {s.start for s in sentences if lo < s.start < hi}
                  | {s.end for s in sentences if lo < s.end < hi})
    held = False  # whether the part before holds a quote found already
    for a, b in zip(cuts, cuts[1:]):
        part = text[a:b]
        start, end = a + len(part) - len(part.lstrip(" \t\n\"“”")), b - (len(part) - len(part.rstrip()))
        if start >= end:
            continue
        # (a part in small letters or after a dash goes on with the sentence before: "... Watch!” he said."
        # is a quote's tag, "“...” — interview Monday." where it was said)
        held = (any(q.start < end and start < q.end for q in quotes)
                or (held and (text[start].islower() or text[start] in "—–-…")))
        if not held and not _DIRECTION.fullmatch(part) and re.search(r"[A-Za-z]", text[start:end]):
            out.append(Quote(text=text[start:end], speaker=who, cue=None, start=start, end=end, direct=True,
                             speaker_kind="person"))
    return out
