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
    from spacy.tokens import Doc, Span, Token

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


# Family words that introduce a relative of the person an article is about ("his wife,
# Margaret Hunter", "her son Matthew Denice").
KIN_NOUNS = frozenset(
    """
    wife husband son daughter father mother brother sister spouse widow widower child
    stepson stepdaughter stepfather stepmother grandson granddaughter grandfather
    grandmother nephew niece cousin uncle aunt
    """.split()
)


def _kin_introduced(doc: "Doc", start: int, end: int) -> bool:
    """Whether a person mention is introduced as someone's relative: in apposition to a
    family word or with one before it ("his wife, Margaret Hunter", "her son Matt Doe")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root

    def kin(tok: "Token") -> bool:  # "his wife", "Hunter's wife": someone else's relative
        return tok.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children)

    if root.dep_ == "appos" and kin(root.head):
        return True
    # "her son Matthew Denice"; not "Mary Cheney, the younger sister of Liz Cheney", who is
    # introduced by her own appositive and may be what the article is about
    return any(c.dep_ in ("compound", "nmod") and c.i < span.start and kin(c) for c in root.children)


def _without_generation(words: list[str]) -> list[str]:
    return words[:-1] if len(words) > 1 and words[-1].lower() in _GENERATION else words


def _full_name_for(short: str, full_names: Counter[str], relatives: frozenset[str] = frozenset()) -> str | None:
    """The full name a short mention stands for: among the full names whose words include
    all of `short`'s, one without a generational suffix unless `short` has one ("Trump" is
    not "Donald Trump Jr." when "Donald Trump" is named too), then the longest; None when
    the candidates are different people ("Donald Trump", "Ivanka Trump") and neither is
    named at least twice as often as the other, and more than one of them is not among
    `relatives` (people first introduced as someone's relative: "Duncan Hunter" over "his
    wife, Margaret Hunter")."""
    words = short.split()
    found = [f for f in full_names if len(f.split()) > len(words) and all(w in f.split() for w in words)]
    if len(words) == 1:
        # one word names by a first or a last name, never a middle one: "Ghani" is not
        # "Mullah Abdul Ghani Baradar"
        found = [f for f in found if words[0] in (f.split()[0], _without_generation(f.split())[-1])]
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
            principal = [f for f in ranked if f not in relatives]
            if len(principal) != 1:
                return None
            ranked = principal
        people = ranked[:1]
    return max((f for f in found if set(f.split()) <= set(people[0].split())),
               key=lambda f: (len(f.split()), full_names[f], f))


# Last words of an institution's name: a PERSON span ending in one ("the Obama White House",
# "the Clinton Foundation", "the Trump Administration") names a body, not a person.
INSTITUTION_WORDS = frozenset(
    """house department administration campaign committee office agency ministry council
    commission bureau foundation institute university college school hospital center centre
    company corporation party government senate congress tribunal association
    union coalition caucus organization organisation group network fund trust""".split()
)


def _institution(surface: str) -> bool:
    words = _clean(surface).split()
    return len(words) >= 2 and words[-1].lower().strip(".,") in INSTITUTION_WORDS and words[-1][:1].isupper()


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
        label = ent.label_
        if label == "PERSON" and _institution(surface):
            label = "ORG"  # "the Obama White House", "the Trump campaign": no person's name
        name = canonical_person(surface) if label == "PERSON" else _clean(surface)
        if not name:
            continue
        raw.append((start, end, label, name))

    full_names: Counter[str] = Counter(n for _, _, lab, n in raw if lab == "PERSON" and " " in n)
    introduced: dict[str, bool] = {}  # full name -> its first mention introduces a relative
    for start, end, lab, n in raw:
        if lab == "PERSON" and " " in n and n not in introduced:
            introduced[n] = _kin_introduced(doc, start, end)
    relatives = frozenset(n for n, kin in introduced.items() if kin)
    person_words = {w for full in full_names for w in full.split()}
    org_names = {n for _, _, lab, n in raw if lab == "ORG" and " " in n}
    acronyms: dict[str, str] = {}
    for org in sorted(org_names, key=len, reverse=True):
        ini = _initials(org)
        if len(ini) >= 2:
            acronyms.setdefault(ini, org)

    # People the article calls by their first name alone ("Malia, 16, was dressed ...",
    # "his wife, Margaret"): children and relatives, whom news prose never gives a title.
    # "Mr. Obama" or "President Obama" is someone else of that family.
    first_named = _first_named(doc, text, full_names)
    out: list[Entity] = []
    for start, end, label, name in raw:
        if label != "PERSON" and " " not in name and name in person_words:
            label = "PERSON"  # a lone surname spaCy mistyped
        if label == "PERSON":
            names = full_names
            if " " not in name and first_named and _titled(text, start, end):
                names = Counter({f: c for f, c in full_names.items()
                                 if f not in first_named or f.split()[-1] != name})
            name = _full_name_for(name, names, relatives) or name
        elif label == "ORG" and name.isupper() and name in acronyms:
            name = acronyms[name]
        out.append(Entity(text=text[start:end], name=name, type=label, start=start, end=end))
    return out


# Parts of speech a first name standing alone is never given ("Will", "May" as verbs).
_FUNCTION_POS = frozenset({"AUX", "VERB", "DET", "ADP", "PRON", "SCONJ", "CCONJ", "PART"})


def _first_named(doc: "Doc", text: str, full_names: Counter[str]) -> set[str]:
    """The full names whose bearer the article's own narrative calls by the first name
    alone ("Malia, 16, was dressed ...", "“Nah,” Malia said"). A first name inside a longer
    name ("Queen Elizabeth II", "Elizabeth Warren"), after a title, inside a quotation
    ("the key to Hillary winning"), or listing someone's relatives ("their children,
    Michael, Charlotte and Audrey": namesakes) does not count."""
    from .quotes import find_quote_spans  # quotes imports this module

    firsts: dict[str, list[str]] = {}
    for f in full_names:
        if len(f.split()[0]) > 1:
            firsts.setdefault(f.split()[0], []).append(f)
    if not firsts:
        return set()
    quoted = [(s.outer_start, s.outer_end) for s in find_quote_spans(text)]
    out: set[str] = set()
    for t in doc:
        if t.text not in firsts or t.pos_ in _FUNCTION_POS:
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            continue
        if t.ent_iob_ == "I" or (t.i > 0 and _title_key(doc[t.i - 1].text) in TITLES):  # "Queen Elizabeth"
            continue
        if any(a <= t.idx < b for a, b in quoted):
            continue
        up, listed = t, False
        for _ in range(6):
            if up.dep_ not in ("conj", "appos") or up.head.i == up.i:
                break
            up = up.head
            if up.lemma_.lower() in KIN_NOUNS or up.lemma_.lower() in ("child", "kid"):
                listed = True
                break
        if not listed:
            out.update(firsts[t.text])
    return out


def _titled(text: str, start: int, end: int) -> bool:
    """Whether a person mention carries a title or honorific ("Mr. Obama", "President
    Obama"), inside the mention or just before it."""
    words = text[max(0, start - 25) : end].split()
    return len(words) >= 2 and any(_title_key(w) in TITLES for w in words[-3:-1])


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
