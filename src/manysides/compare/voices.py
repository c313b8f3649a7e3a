"""Voices: who is quoted, by which outlets, how often — one name per speaker.

Person speakers are unified across the story with `unify_names`, using every PERSON the
articles mention as the pool of full names (so "Ossoff" quoted by one outlet joins "Jon
Ossoff" named by another). Groups ("protesters") and organisations stay as written, only
case and a leading "the" are ignored, except a one-word name that is the surname of one
person of the story ("Pence" typed as an organisation), or a name that ends in a person's
full name ("Defense Lloyd Austin"): that is the person. Writings (kind "document") are one
voice per noun ("a statement", "the statement"; "the 47-page indictment", "indictment"),
shown without their article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..records import Annotation, Article, Voice
from ._text import outlet_key
from .names import unify_names


_DETERMINER = re.compile(r"^(?:the|a|an|one|this|that|another|its|his|her|their)\s+", re.IGNORECASE)


def _plain(name: str) -> str:
    s = " ".join(name.split())
    return s[4:] if s.lower().startswith("the ") else s


def voices(articles: Sequence[Article], annotations: Mapping[str, Annotation]) -> tuple[Voice, ...]:
    """The quote ledger of a story, most widely quoted first (outlets, then quotes and
    reported speech, counted apart)."""
    quoted = [
        (art, q)
        for art in articles
        if art.id in annotations
        for q in annotations[art.id].quotes
        if isinstance(q.speaker, str) and q.speaker.strip()
    ]
    person_pool = [q.speaker for _, q in quoted if q.speaker_kind in (None, "person")]
    person_pool += [
        e.name for art in articles if art.id in annotations for e in annotations[art.id].entities
        if e.type == "PERSON" and e.name
    ]
    canon = unify_names(person_pool)
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
        tails = (" ".join(words[k:]) for k in range(1, len(words) - 1))
        return next((whole[t.lower()] for t in tails if t.lower() in whole), None)

    spell: dict[tuple[str, str], Counter[str]] = {}
    arts: dict[tuple[str, str], list[str]] = {}
    outlets: dict[tuple[str, str], set[str]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    reported: Counter[tuple[str, str]] = Counter()
    for art, q in quoted:
        kind = q.speaker_kind or ""
        person = person_in(q.speaker.strip()) if q.speaker_kind not in (None, "person") else None
        if person:
            name = person
            key = ("person", name.lower())
        elif q.speaker_kind in (None, "person"):
            name = canon.get(q.speaker, q.speaker)
            key = ("person" if q.speaker_kind else "", name.lower())
        elif q.speaker_kind == "document":
            # "a statement" and "statement", "the 47-page indictment" and "indictment": a story
            # seldom quotes two writings of one kind, so they are one voice, by the noun
            name = _DETERMINER.sub("", " ".join(q.speaker.split()))
            head = re.split(r"\s(?:from|of|by|to|for|in|on|with|about|that)\s", name, maxsplit=1)[0]
            key = (kind, (head.split() or [""])[-1].lower().strip(".,'’"))  # "a letter from his doctor": letter
        else:
            name = _plain(q.speaker)
            key = (kind, name.lower())
        key = (key[0], key[1].replace("’", "'"))  # "Georgia’s" and "Georgia's" are one voice
        spell.setdefault(key, Counter())[name] += 1
        if art.id not in arts.setdefault(key, []):
            arts[key].append(art.id)
        outlets.setdefault(key, set()).add(outlet_key(art))
        (counts if q.direct else reported)[key] += 1

    # An unknown-kind name that matches a person's name is that person.
    for key in [k for k in spell if k[0] == "" and ("person", k[1]) in spell]:
        target = ("person", key[1])
        spell[target].update(spell.pop(key))
        arts[target] += [a for a in arts.pop(key) if a not in arts[target]]
        outlets[target] |= outlets.pop(key)
        counts[target] += counts.pop(key, 0)
        reported[target] += reported.pop(key, 0)

    order = {a.id: i for i, a in enumerate(articles)}
    ranked = []
    for key in spell:
        name = min(spell[key], key=lambda s: (-spell[key][s], s.isupper(), s))
        voice = Voice(
            speaker=name,
            articles=tuple(sorted(arts[key], key=order.__getitem__)),
            quotes=counts[key],
            kind=key[0] or None,
            reported=reported[key],
        )
        ranked.append(((-len(outlets[key]), -counts[key] - reported[key], name, key[0]), voice))
    ranked.sort(key=lambda kv: kv[0])
    return tuple(v for _, v in ranked)
