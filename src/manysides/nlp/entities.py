"""Named-entity mentions with one canonical name per referent within an article.

spaCy finds the mentions; this module decides what each one is called, so that
"Mr. Ossoff", "Ossoff's" and "Jon Ossoff" all count as one person ("Jon Ossoff") when the
voices and entities of an article are tallied. Numeric entity types (money, percentages,
dates, ...) are left to the claims extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

__all__ = ["ENTITY_TYPES", "extract_entities", "canonical_person", "strip_titles"]

ENTITY_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)

# Honorifics and office titles that precede a name but are not part of it. Lower-cased,
# without the trailing period (both "Sen." and "Sen" are stripped).
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam rev reverend fr father
    sen senator rep representative congressman congresswoman congressmember del delegate
    gov governor lt gen general col colonel maj major capt captain cmdr adm admiral sgt
    president vice vp pres mayor judge justice chief chairman chairwoman chair secretary
    ambassador minister premier chancellor speaker leader commissioner attorney sheriff
    officer detective pope king queen prince princess st saint former candidate nominee
    sens reps govs messrs mmes
    """.split()
)
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "father", "fr", "congressman"})
FEMALE_TITLES = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "madam", "queen", "princess", "congresswoman"}
)

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_EDGE_PUNCT = " \t\n\"'“”‘’«»()[]{},;:-–—"
_ACRONYM_STOP = frozenset({"of", "the", "and", "for", "&", "on", "in", "at", "to"})


def _title_key(token: str) -> str:
    return token.rstrip(".").lower()


def strip_titles(name: str) -> tuple[str, list[str]]:
    """`name` without leading titles/honorifics, and the titles removed (lower-cased)."""
    words = name.split()
    removed: list[str] = []
    # keep at least one word: "President" alone stays "President"
    while len(words) > 1 and _title_key(words[0]) in TITLES:
        removed.append(_title_key(words.pop(0)))
    return " ".join(words), removed


def _clean(text: str) -> str:
    # an editor's brackets inside a name ("[Robert] Mueller") are not part of it
    text = " ".join(text.replace("[", " ").replace("]", " ").split()).strip(_EDGE_PUNCT)
    text = _POSSESSIVE.sub(lambda m: "" if m.group(0)[-1] == "s" else "s", text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip(_EDGE_PUNCT)


def canonical_person(name: str) -> str:
    """A person's name without honorifics, office titles or a possessive ending.

    >>> canonical_person("Sen. Jon Ossoff's")
    'Jon Ossoff'
    """
    stripped, _ = strip_titles(_clean(name))
    return stripped


def _trim_span(span: "Span", text: str) -> tuple[int, int]:
    """Character offsets of the mention without a possessive ending or edge punctuation.

    `text` is `span.doc.text`, passed in because spaCy rebuilds that string on every access.
    """
    start, end = span.start_char, span.end_char
    if len(span) > 1 and span[-1].lower_ in {"'s", "’s", "'", "’"}:
        end = span[-2].idx + len(span[-2].text)
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _ACRONYM_STOP and w[0].isupper())


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _full_name_for(short: str, full_names: Counter[str]) -> str | None:
    """The full name a short mention stands for: among the full names whose words include
    all of `short`'s, one without a generational suffix unless `short` has one ("Trump" is
    not "Donald Trump Jr." when "Donald Trump" is named too), then the longest; None when
    the candidates are different people ("Donald Trump", "Ivanka Trump") and neither is
    named at least twice as often as the other."""
    words = short.split()
    found = [f for f in full_names if len(f.split()) > len(words) and all(w in f.split() for w in words)]
    if not any(w.lower() in _GENERATION for w in words):
        plain = [f for f in found if not any(w.lower() in _GENERATION for w in f.split())]
        found = plain or found
    if not found:
        return None
    # the candidates that are not a shorter form of another candidate: one per person
    people = [f for f in found if not any(o != f and set(f.split()) < set(o.split()) for o in found)]
    if len(people) > 1:
        ranked = sorted(people, key=lambda f: (-full_names[f], f))
        if full_names[ranked[0]] < 2 * full_names[ranked[1]]:
            return None
        people = ranked[:1]
    return max((f for f in found if set(f.split()) <= set(people[0].split())),
               key=lambda f: (len(f.split()), full_names[f], f))


def extract_entities(doc: "Doc") -> list[Entity]:
    """Named entities of `doc` (built from `Article.text`), each with its canonical name.

    Person mentions by surname or first name alone map to the full name in the article
    that contains them (see `_full_name_for`); single-word mentions that spaCy typed as something else
    but that match a word of a person's full name become that person (spaCy's small model
    often tags a lone surname as ORG or GPE). ORG acronyms map to the organisation they
    abbreviate when that organisation is spelled out in the article.
    """
    raw: list[tuple[int, int, str, str]] = []  # start, end, label, cleaned name
    text = doc.text  # built anew by spaCy on each access: once per article, not per entity
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end = _trim_span(ent, text)
        if end <= start:
            continue
        surface = text[start:end]
        name = canonical_person(surface) if ent.label_ == "PERSON" else _clean(surface)
        if not name:
            continue
        raw.append((start, end, ent.label_, name))

    full_names: Counter[str] = Counter(n for _, _, lab, n in raw if lab == "PERSON" and " " in n)
    person_words = {w for full in full_names for w in full.split()}
    org_names = {n for _, _, lab, n in raw if lab == "ORG" and " " in n}
    acronyms: dict[str, str] = {}
    for org in sorted(org_names, key=len, reverse=True):
        ini = _initials(org)
        if len(ini) >= 2:
            acronyms.setdefault(ini, org)

    out: list[Entity] = []
    for start, end, label, name in raw:
        if label != "PERSON" and " " not in name and name in person_words:
            label = "PERSON"  # a lone surname spaCy mistyped
        if label == "PERSON":
            name = _full_name_for(name, full_names) or name
        elif label == "ORG" and name.isupper() and name in acronyms:
            name = acronyms[name]
        out.append(Entity(text=text[start:end], name=name, type=label, start=start, end=end))
    return out


def person_genders(doc: "Doc", entities: list[Entity]) -> dict[str, str]:
    """Canonical person name -> "m"/"f" where an honorific in the article says so."""
    genders: dict[str, str] = {}
    text = doc.text
    for ent in entities:
        if ent.type != "PERSON":
            continue
        _, titles = strip_titles(ent.text)
        if not titles:  # the title may sit just outside the entity span ("Mr." + "Ossoff")
            before = text[max(0, ent.start - 12) : ent.start].split()
            titles = [_title_key(before[-1])] if before else []
        for t in titles:
            if t in MALE_TITLES:
                genders.setdefault(ent.name, "m")
            elif t in FEMALE_TITLES:
                genders.setdefault(ent.name, "f")
    return genders
