"""Voices: who is quoted, by which outlets, how often — one name per speaker.

Person speakers are unified across the story with `unify_names`, using every PERSON the
articles mention as the pool of full names (so "Ossoff" quoted by one outlet joins "Jon
Ossoff" named by another). Groups ("protesters") and organisations stay as written, only
case and a leading "the" are ignored, except a one-word name that is the surname of one
person of the story ("Pence" typed as an organisation), or a name that ends in a person's
full name ("Defense Lloyd Austin"): that is the person. Writings (kind "document") are one
voice per noun ("a statement", "the statement"; "the 47-page indictment", "indictment";
"the suit", "the lawsuit"), shown without their article. Diacritics never tell two voices apart ("François",
"Francois"); an organisation's acronym ("CDC") or the end of its name ("Free Press") joins
the one full name of the story that fits ("Centers for Disease Control and Prevention",
"Jackson Free Press"; "Times" for "New York Times", never "House" for "White House"). The
same words printed twice in one article (a post quoted, then embedded) are one quote.

One name under several kinds ("Goelman" a person in one article, an organisation in
another; "Aitan Goelman" typed ORG by the small NER model beside a person "Goelman") is
one voice: a person when the name can be a person's and some article typed it so, else
the kind with the most quotes. A person described rather than named ("the man", "A
spokesman for the Democratic National Committee") stays a voice of its own article when
the description could fit someone else in each article (indefinite, or common words only:
two outlets' "a man" are seldom one man); one with a name in it ("Georgia's secretary of
state", "Strzok's lawyer") is one voice across articles, and one that ends in a story
person's full name ("U.S. Special Envoy for Haiti Daniel Foote") is that person. The name
inside a description ("for the Democratic National Committee") is not taken for the speaker. Every voice has a kind (person, group, org, document): a speaker
stored without one joins the voice of the same name, or is left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..records import Annotation, Article, Voice
from ._text import outlet_key
from ..nlp.quotes import BODY_NOUNS, COLLECTIVE_NOUNS, ORG_NOUNS, SURNAME_PARTICLES
from .names import fold, strip_titles, unify_names


_DETERMINER = re.compile(r"^(?:the|a|an|one|this|that|another|its|his|her|their)\s+", re.IGNORECASE)
# Two nouns for one kind of writing: "the suit says" and "the lawsuit says" were two voices
# of one article (review 9)
_SAME_WRITING = {"suit": "lawsuit", "memorandum": "memo", "e-mail": "email", "advertisement": "ad"}
_PARTICLES = SURNAME_PARTICLES
# Words that make a capitalised name an organisation's ("Democratic National Committee").
_ORG_WORDS = ORG_NOUNS | BODY_NOUNS | {
    "house", "news", "times", "post", "journal", "inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd",
    "press", "media", "fund", "center", "centre", "club", "society", "service", "services",
}


def _plain(name: str) -> str:
    s = " ".join(name.split())
    return s[4:] if s.lower().startswith("the ") else s


def _name_like(name: str) -> bool:
    """A proper name ("Aitan Goelman", "Goelman", "Bill de Blasio"), not a description
    ("the man", "A spokesman for the DNC", "Strzok's lawyer") nor an acronym ("FBI")."""
    words = name.split()
    if not words or any(ch.isdigit() for ch in name):
        return False
    if len(words) == 1 and name.isupper():
        return False
    first = words[0][:1].isupper() or (len(words) > 1 and words[0].lower() in _PARTICLES)  # "de Blasio"
    return first and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _person_like(name: str) -> bool:
    """A name that can be a person's: name-like, at most four words, no organisation word."""
    words = name.split()
    return _name_like(name) and len(words) <= 4 and not any(w.lower().strip(".,") in _ORG_WORDS for w in words)


_ACRONYM_STOP = {"of", "the", "and", "for", "on", "in", "at", "to", "&"}


def _acronym(name: str) -> bool:
    """An organisation's acronym: two to six capitals ("CDC", "NNU")."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _stands_for(acronym: str, name: str) -> bool:
    """Whether an acronym is the initials of a name's capitalised words ("NNU", "National
    Nurses United"), small words skipped; a last word joined by "and" may be left out, as
    in "CDC" for "Centers for Disease Control and Prevention"."""
    words = _plain(name).replace("-", " ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _ACRONYM_STOP for w in words):
        return False
    initials = "".join(w[0] for w in words if w.lower() not in _ACRONYM_STOP).upper()
    return acronym == initials or (len(words) >= 3 and words[-2].lower() == "and" and acronym == initials[:-1])


_LINKS = {"for", "of", "at", "the", "with", "to", "from", "in", "on", "by", "and", "or", "a", "an", "'s", "’s"}


_POSSESSOR = re.compile(r"^[A-Z][\w.&-]*['’]s\s+(?=[A-Z])")


# One-word names of a body of their own, never the end of a longer name they stand for:
# "the House" is no "White House", "the Senate" no "Texas Senate".
_NOT_A_SHORT_NAME = {"house", "senate", "congress", "court", "administration", "government", "state", "states",
                     "party", "university", "college", "school", "city", "county", "department", "office"}


def _unpossessed(speaker: str) -> str:
    """A person's name without the outlet or body that owns it: "CBS’s Steven Portnoy" is
    Steven Portnoy. Only before a full name: "Georgia's secretary of state" stays."""
    rest = _POSSESSOR.sub("", speaker.strip(), count=1)
    return rest if rest != speaker.strip() and len(rest.split()) >= 2 and _person_like(rest) else speaker


def _story_person(speaker: str, whole: Mapping[str, str]) -> str | None:
    """The story's person whose full name (two words or more) ends `speaker`, if any."""
    words = speaker.split()
    return next((whole[t.lower()] for t in (" ".join(words[k:]) for k in range(len(words) - 1))
                 if t.lower() in whole), None)


def _description(speaker: str) -> bool:
    """A person described, not named: "the man", "A young man", "Strzok's lawyer", "A
    spokesman for the Democratic National Committee" (who speaks *for* the name). A name
    after its description ("Actress and activist Rose McGowan", "added Lauten") is a name."""
    s = " ".join(speaker.split())
    if _name_like(_plain(s)):
        return False
    name = strip_titles(s)
    if not _name_like(name) or name == s:
        return True
    before = s[: len(s) - len(name)].split() if s.endswith(name) else []
    return not before or before[-1].lower() in _LINKS


_INDEFINITE = {"a", "an", "another", "one", "some", "several", "two", "three", "many", "other"}
_DETERMINERS = {"the", "his", "her", "their", "its", "our", "this", "that"}


def _anyone(description: str) -> bool:
    """A description that may name another person in each article: an indefinite one ("a
    man", "Another man", "A top Senate Democratic aide") or one of common words only ("the
    man", "his spokesman"). One with a name in it ("Georgia's secretary of state",
    "Strzok's lawyer", "the White House press secretary") means one person wherever it is
    used, and is one voice across articles."""
    words = description.split()
    if not words or words[0].lower() in _INDEFINITE:
        return True
    rest = words[1:] if words[0].lower() in _DETERMINERS else words
    return not any(w[:1].isupper() for w in rest)


_NOT_ONE = COLLECTIVE_NOUNS | {"number", "few", "couple", "handful", "lot", "majority", "minority", "dozen",
                                "host", "series", "pair", "team", "coalition", "delegation", "panel", "family"}


def _one_unnamed(description: str) -> bool:
    """An indefinite singular description of a person ("a senior administration official",
    "an aide", "Another protester"), not a collective ("a crowd", "a handful of aides")."""
    words = description.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "another"):
        return False
    head = re.split(r"\s(?:from|of|by|to|for|in|on|with|at|who|that)\s", " ".join(words[1:]), maxsplit=1)[0].split()
    noun = head[-1].lower().strip(".,'’") if head else ""
    return bool(noun) and noun not in _NOT_ONE and not (noun.endswith("s") and not noun.endswith("ss"))


def voices(articles: Sequence[Article], annotations: Mapping[str, Annotation]) -> tuple[Voice, ...]:
    """The quote ledger of a story, most widely quoted first (outlets, then quotes and
    reported speech, counted apart).

    Every voice has one of the kinds person, group, org or document. An unnamed person
    ("the man", "A spokesman for the DNC") is a voice of its own article only: two outlets'
    "a man" are seldom one man; "Georgia's secretary of state" is one person throughout."""
    return voice_ledger(articles, annotations)[0]


def voice_ledger(
    articles: Sequence[Article], annotations: Mapping[str, Annotation]
) -> tuple[tuple[Voice, ...], dict[tuple[str, int, int], int]]:
    """`voices`, and which voice counts each quote: (article id, quote start, quote end)
    -> the voice's place in the ledger (quotes with no speaker, or left out, are absent).
    Two voices may share a name (two articles' "the man"), so the place is the key."""
    quoted = [
        (art, dataclasses.replace(q, speaker=_unpossessed(q.speaker)) if q.speaker_kind != "document" else q)
        for art in articles
        if art.id in annotations
        for q in annotations[art.id].quotes
        if isinstance(q.speaker, str) and q.speaker.strip()
    ]
    person_pool = [q.speaker for _, q in quoted if q.speaker_kind in (None, "person") and not _description(q.speaker)]
    person_pool += [
        _unpossessed(e.name) for art in articles if art.id in annotations for e in annotations[art.id].entities
        if e.type == "PERSON" and e.name and _name_like(e.name)
    ]
    # A full name the quote stage typed as an organisation ("Aitan Goelman", which the small
    # NER model often tags ORG) whose surname is a person's of the story is that person.
    surnames = {n.split()[-1].lower() for n in person_pool}
    person_pool += [
        q.speaker.strip() for _, q in quoted
        if q.speaker_kind in ("org", "group") and len(q.speaker.split()) >= 2
        and _person_like(q.speaker) and q.speaker.split()[-1].lower() in surnames
    ]
    # the person names each article gives: a suffix one outlet writes ("James R. Clapper
    # Jr.") and another leaves out is one person unless an article names both
    by_article = [
        [_unpossessed(q.speaker) for a, q in quoted if a.id == art.id and q.speaker_kind in (None, "person")]
        + [_unpossessed(e.name) for e in annotations[art.id].entities if e.type == "PERSON" and e.name]
        for art in articles if art.id in annotations
    ]
    canon = unify_names(person_pool, by_article)
    # A one-word speaker the quote stage typed as an organisation or group ("Pence said" read
    # as an org) that is the surname of exactly one person of the story is that person, and
    # so is one that ends in a person's full name ("Defense Lloyd Austin").
    full_names: dict[str, set[str]] = {}
    whole: dict[str, str] = {}
    for full in set(canon.values()) | set(person_pool):
        parts = full.split()
        if len(parts) >= 2:
            full_names.setdefault(parts[-1].lower(), set()).add(canon.get(full, full))
            whole[full.lower()] = canon.get(full, full)

    def person_in(speaker: str) -> str | None:
        words = speaker.split()
        if not words or not all(w[:1].isupper() and not w.isupper() for w in words):
            return None  # "the agency", "CNN": not a name
        if len(words) == 1 and len(full_names.get(words[0].lower(), ())) == 1:
            return next(iter(full_names[words[0].lower()]))
        if len(words) >= 2 and _person_like(speaker) and speaker.lower() in whole:
            return whole[speaker.lower()]  # "Aitan Goelman" typed org, a person of the story
        return _story_person(" ".join(words[1:]), whole)  # "Defense Lloyd Austin"

    Key = tuple[str, str, str]  # kind, name folded, article id (an unnamed person) or ""
    spell: dict[Key, Counter[str]] = {}
    arts: dict[Key, list[str]] = {}
    outlets: dict[Key, set[str]] = {}
    counts: Counter[Key] = Counter()
    reported: Counter[Key] = Counter()
    counted: list[tuple[tuple[str, int, int], Key]] = []  # each quote and the key it was counted under
    heard: dict[tuple[str, Key], list[str]] = {}  # the words each voice said in each article
    moved: dict[Key, Key | None] = {}  # a key merged into another (None: left out)
    for art, q in quoted:
        speaker = q.speaker.strip()
        # "a senior administration official" typed as a group by an earlier version: one
        # unnamed person, a voice of its own article
        qkind = "person" if q.speaker_kind == "group" and _one_unnamed(speaker) else q.speaker_kind
        kind = qkind or ""
        person = person_in(speaker) if qkind not in (None, "person") else None
        if person:
            name = person
            key = ("person", name.lower(), "")
        elif qkind in (None, "person") and _description(speaker) and (
                tail := _story_person(speaker, whole)):
            name = tail  # "U.S. Special Envoy for Haiti Daniel Foote": a person of the story
            key = ("person", name.lower(), "")
        elif qkind in (None, "person") and _description(speaker):
            # a description, not a name: this article's own voice unless a name makes it one person's
            name = _plain(speaker)
            key = (kind, name.lower(), art.id if _anyone(speaker) else "")
        elif qkind in (None, "person"):
            name = canon.get(q.speaker, q.speaker)
            key = (kind, name.lower(), "")
        elif q.speaker_kind == "document":
            # "a statement" and "statement", "the 47-page indictment" and "indictment": a story
            # seldom quotes two writings of one kind, so they are one voice, by the noun
            name = _DETERMINER.sub("", " ".join(q.speaker.split()))
            head = re.split(r"\s(?:from|of|by|to|for|in|on|with|about|that)\s", name, maxsplit=1)[0]
            noun = (head.split() or [""])[-1].lower().strip(".,'’")  # "a letter from his doctor": letter
            key = (kind, _SAME_WRITING.get(noun, noun), "")
        else:
            name = _plain(q.speaker)
            key = (kind, name.lower(), "")
        # "Georgia’s" and "Georgia's", "François Molins" and "Francois Molins" are one voice
        key = (key[0], fold(key[1].replace("’", "'")), key[2])
        spell.setdefault(key, Counter())[name] += 1
        if art.id not in arts.setdefault(key, []):
            arts[key].append(art.id)
        outlets.setdefault(key, set()).add(outlet_key(art))
        # the same words printed twice in one article (a post quoted in the prose, then
        # embedded) are one quote of the voice
        words = " ".join(re.findall(r"\w+", q.text.lower()))
        said = heard.setdefault((art.id, key), [])
        if not any(len(w) >= 20 and len(words) >= 20 and (w in words or words in w) for w in said):
            (counts if q.direct else reported)[key] += 1
        said.append(words)
        counted.append(((art.id, q.start, q.end), key))

    def merge(key: Key, target: Key) -> None:
        moved[key] = target
        spell.setdefault(target, Counter()).update(spell.pop(key))
        arts.setdefault(target, [])
        arts[target] += [a for a in arts.pop(key) if a not in arts[target]]
        outlets.setdefault(target, set()).update(outlets.pop(key))
        counts[target] += counts.pop(key, 0)
        reported[target] += reported.pop(key, 0)

    # One name under several kinds ("Goelman" as a person in one article, as an organisation
    # in another) is one voice: a person when a person-like name was typed so anywhere,
    # else the kind with the most quotes. Writings keep their own ledger.
    by_name: dict[tuple[str, str], list[Key]] = {}
    for key in spell:
        if key[0] != "document":
            by_name.setdefault((key[1], key[2]), []).append(key)
    for (folded, art_id), keys in by_name.items():
        typed = [k for k in keys if k[0]]
        if len(typed) > 1:
            names = [n for k in typed for n in spell[k]]
            if any(k[0] == "person" for k in typed) and all(_person_like(n) for n in names):
                target = ("person", folded, art_id)
            else:
                target = max(typed, key=lambda k: (counts[k] + reported[k], k[0] == "person", k[0]))
            for k in typed:
                if k != target:
                    merge(k, target)
            typed = [target]
        # a speaker of no kind (stored before kinds were complete) joins the voice of its name
        untyped = ("", folded, art_id)
        if untyped in spell:
            person = ("person", folded, art_id)
            if person in spell or typed:
                merge(untyped, person if person in spell else typed[0])
            else:  # no kind to give it: left out
                moved[untyped] = None
                for table in (spell, arts, outlets, counts, reported):
                    table.pop(untyped, None)

    # An organisation named by its acronym in one place and in full in another ("CDC",
    # "Centers for Disease Control and Prevention"), or by the end of its name ("Free
    # Press", "Jackson Free Press"), is one voice when exactly one name of the story fits.
    bodies = [k for k in spell if k[0] in ("org", "group") and not k[2]]
    for key in list(bodies):
        short = _plain(min(spell[key], key=lambda n: (-spell[key][n], n)))
        if _acronym(short):
            fits = [k for k in bodies if k != key and k in spell
                    and any(_stands_for(short, n) for n in spell[k])]
        elif (len(short.split()) >= 2 or (key[0] == "org" and short.lower() not in _NOT_A_SHORT_NAME)) \
                and _name_like(short):
            # an organisation's one word too ("Times" for "New York Times"), unless it names a
            # body of its own; a group's never ("Democrats" are more than "House Democrats")
            fits = [k for k in bodies if k != key and k in spell and (len(short.split()) >= 2 or k[0] == "org") and any(
                len(n.split()) > len(short.split()) and _name_like(_plain(n))
                and fold(_plain(n)).lower().endswith(" " + fold(short).lower()) for n in spell[k])]
        else:
            continue
        if len(fits) == 1 and key in spell:
            merge(key, fits[0])

    order = {a.id: i for i, a in enumerate(articles)}
    ranked = []
    for key in spell:
        name = min(spell[key], key=lambda s: (-spell[key][s], s.isupper(), s))
        voice = Voice(
            speaker=name,
            articles=tuple(sorted(arts[key], key=order.__getitem__)),
            quotes=counts[key],
            kind=key[0],
            reported=reported[key],
        )
        ranked.append(((-len(outlets[key]), -counts[key] - reported[key], name, key[0], key[2]), voice, key))
    ranked.sort(key=lambda kv: kv[0])
    place = {key: i for i, (_, _, key) in enumerate(ranked)}
    of_quote = {}
    for where, key in counted:
        while key in moved:
            key = moved[key]
        if key is not None and key in place:
            of_quote[where] = place[key]
    return tuple(v for _, v, _ in ranked), of_quote
