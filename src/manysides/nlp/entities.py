"""Named-entity mentions with one canonical name per referent within an article.

spaCy finds the mentions; this module decides what each one is called, so that
"Mr. Ossoff", "Ossoff's" and "Jon Ossoff" all count as one person ("Jon Ossoff") when the
voices and entities of an article are tallied. Numeric entity types (money, percentages,
dates, ...) are left to the claims extractor.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from ..records import Entity
from .headings import heading_spans

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
    words = stripped.split()
    if len(words) >= 3 and words[-1] == words[-2]:
        # "US President Donald Trump Trump has ...": a page's link text run into the next
        # word; a full name does not end on its surname twice ("Sirhan Sirhan" has two words)
        return " ".join(words[:-1])
    return stripped


_DANGLING = frozenset({"of", "and", "for", "in", "at", "on", "from", "to", "the", "&"})


def _trim_span(span: "Span", text: str) -> tuple[int, int]:
    """Character offsets of the mention without a possessive ending or edge punctuation.

    `text` is `span.doc.text`, passed in because spaCy rebuilds that string on every access.
    """
    start, end = span.start_char, span.end_char
    if len(span) > 1 and span[-1].lower_ in {"'s", "’s", "'", "’"}:
        end = span[-2].idx + len(span[-2].text)
    # no name ends on "of" or "and": the NER ran into the phrase after it ("said Hakeem Jeffries
    # of New York" tagged "Hakeem Jeffries of" an organisation)
    k = len(span) - 1
    # (but a hyphened name's last part is no such word: "Moon Jae-in"; session 46, review 34)
    while k > 0 and span[k].idx < end and span[k].lower_ in _DANGLING and not (
            span[k - 1].text == "-" and not span[k - 1].whitespace_ and span[k].i >= 2
            and not span.doc[span[k].i - 2].whitespace_):
        end = span[k - 1].idx + len(span[k - 1].text)
        k -= 1
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _ACRONYM_STOP and w[0].isupper())


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Particles of a surname ("Nick de la Canal", "Ludwig van Beethoven", "Ursula von der Leyen"):
# written in lower case inside the full name, capitalised when the surname opens a sentence
# ("De la Canal reports ..."): the same word either way when names are matched.
SURNAME_PARTICLES = frozenset(
    "de del della der des di da das do dos du la le van von den ter ten zu vom".split())


def _name_key(word: str) -> str:
    """A name's word as names are matched: a surname particle in lower case ("De" is "de")."""
    return word.lower() if word.lower() in SURNAME_PARTICLES else word


def _name_keys(name: str) -> list[str]:
    return [_name_key(w) for w in name.split()]


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


def _kin_anchor(doc: "Doc", start: int, end: int) -> bool:
    """Whether a person mention only says whose relative someone is ("Carter, the grandson of
    former President Jimmy Carter", "Jimmy Carter's grandson")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in KIN_NOUNS
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in KIN_NOUNS)


def _anchors_only(doc: "Doc", raw: list[tuple[int, int, str, str]]) -> frozenset[str]:
    """Full names the article gives only as a relative's anchor ("the grandson of former President
    Jimmy Carter"): like a relative introduced by a family word, not whom a bare surname means
    when another full name of that surname is in the article too (Jason Carter)."""
    mentions: dict[str, list[bool]] = {}
    for start, end, lab, n in raw:
        if lab == "PERSON" and " " in n:
            mentions.setdefault(n, []).append(_kin_anchor(doc, start, end))
    return frozenset(n for n, anchored in mentions.items() if all(anchored))


_KIN_OF_SURNAME = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+)?(" + "|".join(sorted(KIN_NOUNS)) + r")\s*,?\s*$")


def _kin_of_surname(text: str, raw: list[tuple[int, int, str, str]]) -> dict[str, set[str]]:
    """Surname -> the full names of that surname the article introduces as a relative of someone it calls by that
    surname alone ("Flynn's son, Michael Flynn Jr.", "Trump's daughter, Ivanka Trump"): the bare surname is that
    someone, never the relative, even when the relative is the only one the article names in full (a text that opens
    mid-article, after the first mention's full name)."""
    out: dict[str, set[str]] = {}
    for start, _, lab, name in raw:
        if lab != "PERSON" or " " not in name:
            continue
        m = _KIN_OF_SURNAME.search(text, max(0, start - 60), start)
        if m is not None and m.group(1) == _without_generation(name.split())[-1]:
            out.setdefault(m.group(1), set()).add(name)
    return out


def _without_generation(words: list[str]) -> list[str]:
    return words[:-1] if len(words) > 1 and words[-1].lower() in _GENERATION else words


# Relatives who, introduced by a first name after a named person's family word ("Litvinenko's
# widow, Marina"), carry that person's surname: (the relative's gender, the named person's).
FAMILY_NOUNS = {
    "wife": ("f", "m"), "widow": ("f", "m"), "husband": ("m", "f"), "widower": ("m", "f"), "spouse": (None, None),
    "son": ("m", None), "daughter": ("f", None), "brother": ("m", None),
}


class Relative(NamedTuple):
    """A first name introduced as a named person's relative ("Litvinenko's widow, Marina")."""

    start: int
    end: int
    name: str  # with the family's surname: "Marina Litvinenko"
    gender: str | None
    surname: str
    owner_gender: str | None  # of the person named ("Litvinenko's widow": "m")
    kin: str  # the family word: "widow"


def _relatives_named(doc: "Doc", full_names: Counter[str] | dict[str, int]) -> list[Relative]:
    """First names introduced as a named person's relative ("Litvinenko's widow, Marina",
    "Marina, Litvinenko's widow,", "Trump's son Eric"), each with the family's surname. Read
    from the words, not the parse (the small model often types the first name a place or
    makes it a second subject). The full name is one the article gives when it gives one
    of that first name and surname; none when it gives that first name with another
    surname."""
    out = []
    n = len(doc)
    for kin in doc:
        if kin.lower_ not in FAMILY_NOUNS or kin.i < 2 or doc[kin.i - 1].tag_ != "POS":
            continue
        owner = doc[kin.i - 2]
        if owner.pos_ != "PROPN" or not owner.text[:1].isupper() or owner.text.lower() in _GENERATION:
            continue
        surname = owner.text
        first = None
        j = kin.i + 1
        if j < n and doc[j].text == ",":
            j += 1
        if j < n and doc[j].pos_ == "PROPN" and (j + 1 == n or doc[j + 1].pos_ != "PROPN"):
            first = doc[j]  # "Litvinenko's widow, Marina", "Trump's son Eric"
        else:
            k = owner.i - 1
            while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_iob_ == "I":
                k -= 1  # "Alexander Litvinenko's": the owner's first name is no relative
            if k >= 1 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN" and (
                    k < 2 or doc[k - 2].pos_ != "PROPN"):
                first = doc[k - 1]  # "Marina, Litvinenko's widow,"
        if first is None or not first.text[:1].isupper() or not first.text.isalpha() or first.text == surname:
            continue
        if _title_key(first.text) in TITLES or first.ent_type_ in ("DATE", "TIME", "NORP"):
            continue
        given = [f for f in full_names if f.split()[0] == first.text]
        if given and not any(_without_generation(f.split())[-1] == surname for f in given):
            continue  # the article names that relative with another surname
        full = next((f for f in given if _without_generation(f.split())[-1] == surname), f"{first.text} {surname}")
        gender, owner_gender = FAMILY_NOUNS[kin.lower_]
        out.append(Relative(first.idx, first.idx + len(first.text), full, gender, surname, owner_gender,
                            kin.lower_))
    return out


def _full_name_for(short: str, full_names: Counter[str], relatives: frozenset[str] = frozenset()) -> str | None:
    """The full name a short mention stands for: among the full names whose words include
    all of `short`'s, one without a generational suffix unless `short` has one ("Trump" is
    not "Donald Trump Jr." when "Donald Trump" is named too), then the longest; None when
    the candidates are different people ("Donald Trump", "Ivanka Trump") and neither is
    named at least twice as often as the other, and more than one of them is not among
    `relatives` (people first introduced as someone's relative: "Duncan Hunter" over "his
    wife, Margaret Hunter")."""
    # (a surname's particles match in either case: "De la Canal" is "Nick de la Canal"'s)
    words = _name_keys(short)
    found = [f for f in full_names if len(f.split()) > len(words) and all(w in _name_keys(f) for w in words)]
    if len(words) == 1:
        # one word names by a first or a last name, never a middle one: "Ghani" is not
        # "Mullah Abdul Ghani Baradar"
        found = [f for f in found if words[0] in (f.split()[0], _without_generation(f.split())[-1])]
    if not any(w.lower() in _GENERATION for w in words):
        # a name with a generational suffix is another person than the same name without it:
        # "Donald Trump" is not "Donald Trump Jr.", and a surname goes to the father only when
        # the article names him ("Trump" beside "Donald Trump" and "Donald Trump Jr."), not to
        # anyone without a suffix ("Mr. Conway" beside "George T. Conway III" and "Kellyanne
        # Conway" is no sure Kellyanne; session 41, reviews 28 and 29)
        plain = [set(_name_keys(f)) for f in found if _without_generation(f.split()) == f.split()]
        found = [f for f in found if _without_generation(f.split()) == f.split() or (
            len(words) == 1 and not any(set(_name_keys(" ".join(_without_generation(f.split())))) <= p
                                        for p in plain))]
    if not found:
        return None
    # the candidates that are not a shorter form of another candidate: one per person
    people = [f for f in found if not any(o != f and set(_name_keys(f)) < set(_name_keys(o)) for o in found)]
    if len(people) > 1:
        ranked = sorted(people, key=lambda f: (-full_names[f], f))
        if full_names[ranked[0]] < 2 * full_names[ranked[1]]:
            principal = [f for f in ranked if f not in relatives]
            if len(principal) != 1:
                return None
            ranked = principal
        people = ranked[:1]
    return max((f for f in found if set(_name_keys(f)) <= set(_name_keys(people[0]))),
               key=lambda f: (len(f.split()), full_names[f], f))


# Last words of an institution's name: a PERSON span ending in one ("the Obama White House",
# "the Clinton Foundation", "the Trump Administration") names a body, not a person.
INSTITUTION_WORDS = frozenset(
    """house department administration campaign committee office agency ministry council
    commission bureau foundation institute university college school hospital center centre
    company corporation party government senate congress tribunal association
    union coalition caucus organization organisation group network fund trust
    cafe café restaurant grill diner hotel motel inn bakery pub tavern shop store""".split()
)


def _described_as_person(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation or a people's word has a noun of one person
    in apposition, after it or before it ("Malala Yousafzai, a Pakistani girl shot ...",
    "Agostino Severo, a Rome resident", "The mayor of Accumoli, Stefano Petrucci,"): a
    person's name of two to four capitalised words, no institution's word, and the noun names
    no one else ("New York (AFP) - Oscar-winning actress Susan Sarandon" is no person "New
    York") and is no role a company has too ("a major employer", "the owner")."""
    words = _clean(surface).split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words) or _institution(surface):
        return False
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
    return any(n.tag_ == "NN" and _one_person(n.lemma_) and not any(
        t.ent_type_ == "PERSON" and not ent.start <= t.i < ent.end for t in n.subtree) for n in nouns)


def _surname_described(ent: "Span", surface: str) -> bool:
    """Whether a one-word name the NER typed a place has a noun of one person in apposition and
    a capitalised first name before it that the NER typed otherwise ("But August Flentje,
    special counsel to the assistant attorney general, argued": "August" a date, "Flentje" a
    place): news names a person so, a place ("Paris, a city of ...") takes no person's noun."""
    if len(ent) != 1 or not surface.isalpha() or not surface[:1].isupper() or ent.start == 0:
        return False
    first, root = ent.doc[ent.start - 1], ent.root
    if first.pos_ != "PROPN" or not first.text.istitle() or not first.is_alpha or first.ent_type_ == "PERSON":
        return False
    nouns = [c for c in root.children if c.dep_ == "appos"]
    after = ent.end + 1
    if root.dep_ in ("npadvmod", "dep", "nmod") and after < len(ent.doc) and ent.doc[ent.end].text == ",":
        # "August Flentje, the lawyer for the federal government, argued": the parse made the
        # noun the verb's subject and the name a modifier of the verb
        nouns += [c for c in root.head.children if c.dep_ == "nsubj" and c.left_edge.i == after]
    return any(n.tag_ == "NN" and _one_person(n.lemma_) for n in nouns)


def _holder_after_body(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation or a place ends a title with a body in it
    ("U.S. ambassador to the United Nations Nikki Haley said": "Nikki Haley" typed ORG): two or
    three capitalised words, no institution's word, the object of a preposition of a noun of one
    person, right after the body's own name."""
    words = _clean(surface).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) or _institution(surface):
        return False
    doc, root = ent.doc, ent.root
    if ent.start == 0 or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    before, role = doc[ent.start - 1], root.head.head
    return (before.ent_type_ in ("ORG", "GPE") and before.ent_iob_ != "O" and before.pos_ == "PROPN"
            and role.tag_ == "NN" and _one_person(role.lemma_))


def _one_person(lemma: str) -> bool:
    """Whether a singular noun describes one person and no body ("a resident", "the mayor";
    not "the owner", "a member")."""
    from .quotes import BODY_NOUNS, COLLECTIVE_NOUNS, ORG_NOUNS, _FEMALE_NOUNS, _MALE_NOUNS, people_noun

    lemma = lemma.lower()
    if lemma in COLLECTIVE_NOUNS or lemma in ORG_NOUNS or lemma in BODY_NOUNS:
        return False  # "End Citizens United, a group that advocates ...": a body
    return lemma in _MALE_NOUNS | _FEMALE_NOUNS | _ONE_PERSON or (people_noun(lemma) and lemma not in _BODY_ROLES)


# Titles of an office written before a holder's name ("Mayor Rahm Emanuel"): not "former",
# "candidate", nor titles that name places and bodies too ("King Abdullah ...", "St. Jude ...")
_OFFICE_TITLES = TITLES - {"former", "candidate", "nominee", "st", "saint", "king", "queen", "prince", "princess",
                           "chief", "chair", "leader", "pope", "lord", "lady", "del", "delegate", "vice", "vp",
                           "pres", "officer", "attorney", "father", "fr", "miss", "dame"}


# Words of kinship before a relative's full name ("Berry's cousin Tasheena Mitchell", "her aunt Lisa Rowe")
KIN_WORDS = frozenset("cousin aunt uncle niece nephew sister brother mother father son daughter wife husband widow "
                      "widower grandmother grandfather grandson granddaughter stepmother stepfather stepson "
                      "stepdaughter sister-in-law brother-in-law mother-in-law father-in-law".split())


def _kin_named(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation, a place or a people is a relative's full name: two or three
    capitalised words right after a word of kinship that has an owner ("Berry's cousin Tasheena Mitchell told the
    newspaper ...", "her aunt Lisa Rowe"), not a body's name ("his father's Acme Corp")."""
    words = _clean(surface).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) or _institution(surface):
        return False
    if ent.start == 0 or ent.root.dep_ == "compound":
        return False
    kin = ent.doc[ent.start - 1]
    return kin.lower_ in KIN_WORDS and any(c.dep_ == "poss" for c in kin.children)


def _titled_name(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation follows an office's title ("Mayor Rahm
    Emanuel said", "Sen. Tom Cotton"): two or three capitalised words, no institution's word,
    not a noun's modifier ("Gov. Jerry Brown administration" is a body)."""
    words = _clean(surface).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) or _institution(surface):
        return False
    if ent.root.dep_ == "compound":
        return False
    if words[0] == ent[0].text and _title_key(words[0]) in _OFFICE_TITLES and len(ent) == len(words):
        # the title inside the span ("Justice Gorsuch", "Sen. Cotton" typed ORG): a holder, unless
        # what follows it is a body's word ("Justice Department" fails `_institution` above)
        return words[-1].lower() not in INSTITUTION_WORDS
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].isupper() and _title_key(prev.text) in _OFFICE_TITLES


def _outlets_person(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation is an outlet's or a body's person: two or
    three capitalised words right after another organisation's possessive, the subject of
    its clause or followed by "who"/"whose" ("NPR's Leila Fadel, whose plane arrived ...,
    described ..."). A programme ("NPR's Morning Edition") is neither."""
    words = _clean(surface).split()
    # a hyphened surname is a name's word too ("NPR's Dina Temple-Raston")
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            or _institution(surface):
        return False
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS" or doc[ent.start - 2].ent_type_ != "ORG":
        return False
    nxt = doc[ent.end : ent.end + 2]
    return ent.root.dep_ in ("nsubj", "nsubjpass") or (
        len(nxt) == 2 and nxt[0].text == "," and nxt[1].lower_ in ("who", "whose"))


# Nouns of one person (with quotes' gendered nouns) that make a name in apposition a
# person's; not roles a company can have ("a major employer", "the owner").
_ONE_PERSON = frozenset(
    """person teen teenager student activist child kid journalist reporter author writer lawyer attorney
    senator governor doctor professor actor singer politician dissident counsel""".split()
)
# People nouns that name a company's or a body's role as well ("Apple, a major employer",
# "the owner, Koch Industries"): no evidence that a name in apposition is a person's
_BODY_ROLES = frozenset(
    """owner member leader partner employer founder executive head chief investor shareholder supporter
    opponent critic backer donor ally rival buyer seller customer consumer user trader source host
    authority regulator challenger contender boss staff crew player defendant plaintiff applicant
    participant respondent tenant landlord agent contractor administrator representative delegate
    insider observer operative consultant advocate proponent defender""".split()
)


def _people_and_body(surface: str, peoples: set[str], bodies: set[str]) -> bool:
    """Whether a name is a nationality or a people's word the NER types NORP in the article
    and then an organisation it names there or an institution ("Pakistani Taliban" beside
    "the Taliban", "Afghan Defense Ministry"): an organisation, not a person ("German
    Lopez" stays a person: the article names no organisation "Lopez")."""
    words = _clean(surface).split()
    if len(words) < 2 or words[0] not in peoples:
        return False
    rest = " ".join(words[1:])
    return rest in bodies or _institution(surface)


# People nouns that are also given names: never taken for a role glued to a name
_GIVEN_NAMES = frozenset({"christian", "guy", "chase", "hunter", "page", "major"})


def _name_start(ent: "Span", start: int) -> int:
    """Where a person's name begins in a PERSON span that took in words before it (the
    span's `start` otherwise):
    - the end of a title of the form "Secretary of Agriculture" ("Secretary of Agriculture
      Sonny Perdue" tagged "Agriculture Sonny Perdue"): after a title and "of", the words
      the parse hangs on that "of" rather than on the name;
    - a noun of people written before a name as a title, capitalised at a sentence start
      ("Witness Sue Savage said"): news style puts a role so ("witness", "survivor",
      "voter"), and a first name and a surname remain.
    At least two words are left."""
    from .quotes import PERSON_NOUNS, _PEOPLE_NOUNS  # quotes imports this module

    doc = ent.doc
    toks = [t for t in ent if t.idx >= start and not t.is_punct]
    if len(toks) < 3:
        return start
    root = ent.root

    def reaches_root(t: "Token") -> bool:  # its heads lead to the name's root inside the span
        for _ in range(len(ent)):
            if t.i == root.i:
                return True
            if not ent.start <= t.head.i < ent.end or t.head.i == t.i:
                return False
            t = t.head
        return False

    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and (
            _title_key(doc[ent.start - 2].text) in TITLES or doc[ent.start - 2].lemma_.lower() in PERSON_NOUNS):
        cut = next((k for k in range(len(toks)) if all(reaches_root(t) for t in toks[k:])), 0)
        if 0 < cut <= len(toks) - 2:
            # "Secretary of Homeland Security Kirstjen Nielsen" parsed with "Security" on the name: a word that ends
            # a body the article names ("Homeland Security"), or before a name it gives in full elsewhere, is the
            # title's
            bodies = {e.text for e in doc.ents if e.label_ in ("ORG", "GPE", "FAC") and e.start != ent.start}
            persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
            while cut <= len(toks) - 3 and (" ".join(t.text for t in toks[:cut + 1]) in bodies
                                           or " ".join(t.text for t in toks[cut + 1:]) in persons):
                cut += 1
            return toks[cut].idx
    first = toks[0].text.lower()
    rest = toks[1:]
    if (first in PERSON_NOUNS | _PEOPLE_NOUNS and first not in _GIVEN_NAMES and _title_key(first) not in TITLES
            and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and len(t.text) > 1 for t in rest)):
        return rest[0].idx
    return start


# words after a comma that end a name rather than start another one ("Martin Luther King, Jr.",
# "Apple, Inc.")
_NAME_ENDINGS = _GENERATION | frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "co", "co.", "corp", "corp.", "plc",
                                          "esq", "esq.", "md", "phd"})


def _comma_tail(surface: str, label: str) -> int | None:
    """Where the second name begins in a person's, body's or work's name that holds a comma
    before one last capitalised word ("Conditt, Manley", "Face the Nation, Pompeo"): news
    prose writes no one's or no programme's name so, but puts a speaker after a clause or an
    introductory phrase that ends on a name. None when the name has no such comma."""
    if label not in ("PERSON", "ORG", "WORK_OF_ART"):
        return None
    m = re.search(r",\s+([A-Z][a-z]+)$", surface)
    if m is None or m.start() == 0 or m.group(1).lower() in _NAME_ENDINGS:
        return None
    return m.start(1)


def _name_after_office(ent: "Span", start: int, end: int) -> bool:
    """Whether an organisation's span is an office's body followed by its holder's name
    ("Speaker of the House Nancy Pelosi" tagged "the House Nancy Pelosi"): after a title and
    "of", the body's words hang on that "of" and two or more proper nouns remain."""
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ != "of":
        return False
    cut = _name_start(ent, start)
    if cut == start:
        return False
    rest = [t for t in ent if cut <= t.idx < end and not t.is_punct]
    return len(rest) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)


def _member_of_place(ent: "Span", surface: str) -> bool:
    """Whether a name the NER typed an organisation is a person named with the place they come
    from or represent ("said Hakeem Jeffries of New York", the way news names a member of
    Congress; the NER often runs its span into the "of"): two or three capitalised words, no
    institution's word, no "the" before it, and "of" and a place right after it."""
    words = _clean(surface).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) or _institution(surface):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return False
    of = ent.end - 1 if ent[-1].lower_ == "of" else ent.end
    if of >= len(doc) - 1 or doc[of].lower_ != "of":
        return False
    nxt = doc[of + 1]
    return nxt.ent_type_ in ("GPE", "LOC") and nxt.ent_iob_ == "B"


_APOSTROPHE_NAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")


def _apostrophe_surname(ent: "Span") -> "Token | None":
    """The surname with an apostrophe ("O’Connell", "D’Amato") right after a person's name the NER
    ended before it, which the parse makes one phrase with the name: that token; else None."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    nxt = doc[ent.end]
    if nxt.idx != ent[-1].idx + len(ent[-1]) + 1 or not _APOSTROPHE_NAME.fullmatch(nxt.text):
        return None
    if ent.root.head.i == nxt.i or nxt.head.i == ent.root.i:
        return nxt
    # the parse may hang it elsewhere ("Commissioner Mike O’Rielly noted": an adverb of "noted"); untyped and
    # written right after a given name, it is still the surname (no English word has that shape)
    return nxt if len(ent) == 1 and not nxt.ent_type_ and ent.label_ == "PERSON" else None


def _apostrophe_surnames_alone(doc: "Doc", raw: list[tuple[int, int, str, str]],
                               full_names: Counter[str]) -> list[tuple[int, int, str, str]]:
    """The surnames with an apostrophe ("O’Rielly said ...") that the NER left untyped, alone, where a person
    the article names in full bears that surname ("Mike O’Rielly"): that person's mentions (the small model
    misses most such words after a curly apostrophe, and the parse makes them adverbs). Not such a word that no
    full name ends on ("O’Hare", an airport)."""
    surnames = {_without_generation(f.split())[-1]: f for f in full_names}
    taken = [(a, b) for a, b, _, _ in raw]
    out = []
    for tok in doc:
        if (_APOSTROPHE_NAME.fullmatch(tok.text) and tok.text in surnames and not tok.ent_type_
                and not any(a <= tok.idx < b for a, b in taken)):
            out.append((tok.idx, tok.idx + len(tok.text), "PERSON", tok.text))
    return out


def _hyphened_given_name(ent: "Span") -> "Token | None":
    """The first token of a hyphened given name right before a person's name the NER began after it
    ("Sui-ying Cheng", "Jean-Paul Marat" tagged "Cheng", "Marat"): a capitalised word, a hyphen and a word
    written together, both proper nouns the parse hangs on the name as a compound, neither a title (not
    "Texas-born Chan", "Secretary-General Antonio Guterres"); else None. Without it the bare surname of
    one outlet's person is taken for another outlet's person of the same surname."""
    doc = ent.doc
    k = ent.start
    if k < 3 or ent.label_ != "PERSON":
        return None
    a, hyphen, b = doc[k - 3], doc[k - 2], doc[k - 1]
    joined = a.idx + len(a) == hyphen.idx and hyphen.idx + 1 == b.idx and b.idx + len(b) + 1 == ent[0].idx
    if (not joined or hyphen.text != "-" or not (a.text[:1].isupper() and a.text.isalpha() and b.text.isalpha())
            or b.head.i not in range(ent.start, ent.end) or a.ent_type_
            or (a.pos_, b.pos_, b.dep_) != ("PROPN", "PROPN", "compound")
            or _title_key(a.text) in TITLES or _title_key(b.text) in TITLES):
        return None
    return a


_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split())
# Words before a month that make it a date ("in May", "since June", "early May", "last April")
_BEFORE_A_DATE = frozenset("in since until till by before after through throughout during of from to between early "
                           "late mid last next this that every each".split())


def _month_surnames(doc: "Doc", raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A surname that is a month's name ("May"), where the NER typed it a date: a person's mention when the
    article names a person by that word elsewhere ("Theresa May ... The pressure on May reached breaking point ...
    And May departed with a warning"), and the word is no date here: no number or year after it ("May 7", "May
    2019"), no preposition of time or determiner before it ("in May", "since May", "last May"), at a sentence's
    start only before a verb ("May will stay on as caretaker"). Not caught: a month of a date in an article on a
    person so named ("May was a hard month" reads as the person)."""
    names = {n.split()[-1] for _, _, lab, n in raw if lab == "PERSON"} & _MONTH_NAMES
    if not names:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or len(ent) != 1 or ent.text not in names:
            continue
        tok = ent[0]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and (nxt.like_num or nxt.text in ("-", "–", "/")):
            continue
        if tok.is_sent_start and (nxt is None or nxt.pos_ not in ("VERB", "AUX")):
            continue  # a sentence's first word only before its verb: "May was brought down by Brexit"
        if prev is not None and (prev.lower_ in _BEFORE_A_DATE or prev.like_num):
            continue
        out.append((tok.idx, tok.idx + len(tok.text), "PERSON", tok.text))
    return out


def _institution(surface: str) -> bool:
    """A name that ends on an institution's or a business's word ("the Obama White House", "Cruisin Cafe"), or
    is that word alone, capitalised ("Cafe", what is left of "Cruisin' Cafe" when the NER stops at the
    apostrophe): no person's name."""
    words = _clean(surface).split()
    if not words or words[-1].lower().strip(".,") not in INSTITUTION_WORDS or not words[-1][:1].isupper():
        return False
    return len(words) >= 2 or words[0][1:2].islower()


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
    # a nationality or a people's word ("Pakistani") and the organisations the NER names in
    # the article: "Pakistani Taliban" typed PERSON is the organisation, not a person's name
    peoples = {text[e.start_char:e.end_char] for e in doc.ents if e.label_ == "NORP" and len(e) == 1}
    bodies = {_clean(e.text) for e in doc.ents if e.label_ in ("ORG", "NORP")} if peoples else set()
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        start, end = _trim_span(ent, text)
        if end <= start:
            continue
        label = ent.label_
        if label == "PERSON" and (tail := _apostrophe_surname(ent)) is not None:
            end = tail.idx + len(tail)  # "Ford O’Connell": the NER stops at the curly apostrophe's name
        if label == "PERSON" and (first := _hyphened_given_name(ent)) is not None:
            start = first.idx  # "Sui-ying Cheng": the NER starts after a hyphened given name
        surface = text[start:end]
        if (cut := _comma_tail(surface, label)) is not None:
            # "Conditt, Manley said", "On CBS' Face the Nation, Pompeo said": two names the NER
            # ran together across a comma; the word after it is named on its own
            head = surface[:cut].rstrip(" ,")
            raw.append((start, start + len(head), label, canonical_person(head) if label == "PERSON" else _clean(head)))
            start += cut
            surface = text[start:end]
            name = canonical_person(surface) if label == "PERSON" else _clean(surface)
            raw.append((start, end, label, name))
            continue
        if label == "PERSON" and _institution(surface):
            label = "ORG"  # "the Obama White House", "the Trump campaign": no person's name
        elif label == "PERSON" and _people_and_body(surface, peoples, bodies):
            label = "ORG"  # "a Pakistani Taliban said": a nationality before an organisation
        elif label == "ORG" and (_described_as_person(ent, surface) or _outlets_person(ent, surface)
                                 or _titled_name(ent, surface) or _holder_after_body(ent, surface)):
            label = "PERSON"  # "Malala Yousafzai, a Pakistani girl shot ...": typed ORG by the small model
        elif label == "NORP" and _described_as_person(ent, surface):
            label = "PERSON"  # "Agostino Severo, a Rome resident,": typed a nationality
        elif label == "GPE" and (_surname_described(ent, surface) or _holder_after_body(ent, surface)):
            label = "PERSON"  # "But August Flentje, special counsel to ...": "Flentje" typed a place
        elif label == "ORG" and _member_of_place(ent, surface):
            label = "PERSON"  # "said Hakeem Jeffries of New York": typed ORG, "of" run in
        elif label == "ORG" and _name_after_office(ent, start, end):
            label = "PERSON"  # "Speaker of the House Nancy Pelosi" typed ORG "the House Nancy Pelosi"
        elif label in ("ORG", "GPE", "NORP") and _kin_named(ent, surface):
            label = "PERSON"  # "Berry's cousin Tasheena Mitchell" typed ORG (session 42, review 31)
        if label == "PERSON":
            surface = text[_name_start(ent, start) : end]  # "Witness Sue Savage": Sue Savage
        name = canonical_person(surface) if label == "PERSON" else _clean(surface)
        if not name:
            continue
        raw.append((start, end, label, name))
    raw = _given_name_joined(text, raw)
    raw = sorted(raw + _honorific_names(doc) + _month_surnames(doc, raw), key=lambda r: r[0])

    # a heading's words are no one's full name unless the text names its bearer too: "Update
    # at 11:25 a.m. ET. Obama Hails News:" is no "Obama Hails News" for a later "Obama" (a
    # "Hillary Clinton" of the title line is Hillary Clinton when the text has a "Clinton")
    headings = heading_spans(text)
    in_heading = {start for start, _, lab, _ in raw if any(a <= start < b for a, b in headings)}
    # "Romney Says", "Obama Hails" of a headline: the name without the headline's verb
    raw = [(st, en, lab, _without_headline_verb(n) if lab == "PERSON" and st in in_heading else n)
           for st, en, lab, n in raw]
    body_words = {w for start, _, lab, n in raw if lab == "PERSON" and start not in in_heading for w in n.split()}
    full_names: Counter[str] = Counter(n for start, _, lab, n in raw if lab == "PERSON" and " " in n
                                       and (start not in in_heading or n.split()[-1] in body_words))
    raw = _family_named(raw, full_names)
    introduced: dict[str, bool] = {}  # full name -> its first mention introduces a relative
    for start, end, lab, n in raw:
        if lab == "PERSON" and " " in n and n not in introduced:
            introduced[n] = _kin_introduced(doc, start, end)
    # "Litvinenko's widow, Marina": a first name with the family's surname, a person
    kin_named = _relatives_named(doc, full_names)
    for start, end, full, *_ in kin_named:
        if full not in full_names:
            full_names[full] += 1
        introduced.setdefault(full, True)
        at = [k for k, r in enumerate(raw) if r[0] <= start < r[1]]
        if at:
            raw[at[0]] = (raw[at[0]][0], raw[at[0]][1], "PERSON", raw[at[0]][3])
        else:
            raw.append((start, end, "PERSON", text[start:end]))
    raw.sort(key=lambda r: r[0])
    relatives = frozenset(n for n, kin in introduced.items() if kin) | _anchors_only(doc, raw)
    # (not a name ending in one letter: "its sister airline AirAsia X." typed a person makes no lone "AirAsia" the
    # NER typed an organisation a person; a person's full name ends in a surname, an initial stands inside it;
    # session 39, review 27)
    person_words = {w for full in full_names if not _LETTER_END.search(full) for w in full.split()}
    org_names = {n for _, _, lab, n in raw if lab == "ORG" and " " in n}
    acronyms: dict[str, str] = {}
    for org in sorted(org_names, key=lambda n: (-len(n), n)):  # (ties by name: not the set's hash order)
        ini = _initials(org)
        if len(ini) >= 2:
            acronyms.setdefault(ini, org)

    # People the article calls by their first name alone ("Malia, 16, was dressed ...",
    # "his wife, Margaret"): children and relatives, whom news prose never gives a title.
    # "Mr. Obama" or "President Obama" is someone else of that family.
    first_named = _first_named(doc, text, full_names)
    families = _Families(doc, text, full_names, kin_named, raw, relatives)
    kin_of_surname = _kin_of_surname(text, raw)
    regnal = {name for start, end, label, name in raw if label == "PERSON" and " " not in name
              and _regnal(text, start, end)}
    raw = sorted(raw + _apostrophe_surnames_alone(doc, raw, full_names), key=lambda r: r[0])
    out: list[Entity] = []
    for start, end, label, name in raw:
        if label != "PERSON" and " " not in name and name in person_words:
            label = "PERSON"  # a lone surname spaCy mistyped
        if label == "PERSON":
            names = full_names
            if name in regnal:
                # "Pope Francis", and "Francis" in an article naming him so: a name a pope or a king reigns by,
                # never the first name of a full name ("St. Francis Xavier" of a quote is someone else)
                names = Counter({f: c for f, c in full_names.items() if f.split()[0] != name})
            if " " not in name and name in kin_of_surname:
                # "Flynn's son, Michael Flynn Jr.": a bare "Flynn" is the father, named so alone
                # (and its shorter forms without the given name, "Flynn Jr."; not "Donald Trump" beside "Trump's son,
                # Donald Trump Jr.")
                names = Counter({f: c for f, c in names.items() if not any(
                    set(f.split()) <= set(k.split()) and f.split()[0] != k.split()[0] or f == k
                    for k in kin_of_surname[name])})
            if " " not in name and first_named and _titled(text, start, end):
                names = Counter({f: c for f, c in names.items()
                                 if f not in first_named or f.split()[-1] != name})
            if " " not in name and (lead := _first_name_before(doc, start, name, full_names)):
                name = lead  # "Marina Litvinenko said" with only "Litvinenko" tagged
            member = families.member(name, start, end) if " " not in name and name not in regnal else None
            name = member or (name if member == "" else _full_name_for(name, names, relatives) or name)
            families.seen(start, end, name)
        elif label == "ORG" and name.isupper() and name in acronyms:
            name = acronyms[name]
        out.append(Entity(text=text[start:end], name=name, type=label, start=start, end=end))
    return out


# Honorifics that only a person's name follows (not "Father" of "Father's Day", nor an office: "Judge Street")
_PERSON_HONORIFICS = frozenset("mr mrs ms dr rev reverend fr msgr monsignor rabbi imam".split())


def _honorific_names(doc: "Doc") -> list[tuple[int, int, str, str]]:
    """Persons the NER left untyped after an honorific ("The Rev. Pawel Rytel-Andrianek, who teaches at ..., said",
    "Msgr. Jan Kowal"): one to three capitalised words (a hyphened one whole) right after "Rev.", "Dr.", "Mr." and
    the like, none of them in an entity of any type. (A name the NER typed otherwise is `_titled_name`'s.)"""
    covered = {t.i for e in doc.ents for t in e}
    out = []
    for tok in doc:
        if _title_key(tok.text) not in _PERSON_HONORIFICS or not tok.text[:1].isupper():
            continue
        k, words = tok.i + 1, []
        while k < len(doc) and len(words) < 3:
            t = doc[k]
            if k in covered or not (t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1) or (
                    _title_key(t.text) in TITLES):
                break  # (not "Mr. President")
            end = k
            while (end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_
                   and not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isupper() and doc[end + 2].is_alpha):
                end += 2  # "Rytel-Andrianek", split in three by the tokenizer
            if any(j in covered for j in range(k, end + 1)):
                break
            words.append((doc[k].idx, doc[end].idx + len(doc[end].text)))
            k = end + 1
        if words:
            start, end = words[0][0], words[-1][1]
            out.append((start, end, "PERSON", canonical_person(doc.text[start:end])))
    return out


def _given_name_joined(text: str, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A one-word person the NER ends just before another person's name, one space between ("League President
    Cornell William Parker" typed "Cornell" and "William Parker"): one name of three parts, the first its given name.
    Prose never sets two people's names side by side without a comma or a word between them."""
    out: list[tuple[int, int, str, str]] = []
    for r in raw:
        if out:
            p = out[-1]
            if (p[2] == "PERSON" and r[2] == "PERSON" and " " not in p[3] and text[p[1] : r[0]] == " "
                    and p[3][:1].isupper() and len(r[3].split()) in (1, 2) and r[3][:1].isupper()):
                out[-1] = (p[0], r[1], "PERSON", canonical_person(text[p[0] : r[1]]))
                continue
        out.append(r)
    return out


_LETTER_END = re.compile(r"\s[A-Za-z]\.?$")  # "AirAsia X.", "Terry M": the last word one letter


def _family_named(raw: list[tuple[int, int, str, str]], full_names: Counter[str]) -> list[tuple[int, int, str, str]]:
    """Names the NER typed an organisation that are a relative's: two or three capitalised words
    ending on the surname of a person the article names in full, with another first name ("Adrian
    Toole said his daughter Joanna ..." beside "Joanna Toole"). News names a family's members so; a
    body named after a person ends on its own word ("Toole Foundation", `_institution`). Each
    becomes a person, and a full name of the article (`full_names` gains it)."""
    firsts: dict[str, set[str]] = {}
    for full in full_names:
        words = full.split()
        firsts.setdefault(words[-1], set()).add(words[0])
    out = []
    for start, end, label, name in raw:
        words = name.split()
        if (label == "ORG" and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
                and words[-1] in firsts and words[0] not in firsts[words[-1]] and not _institution(name)):
            label = "PERSON"
            full_names[name] += 1
        out.append((start, end, label, name))
    return out


def _without_headline_verb(name: str) -> str:
    """A headline's name without the verb the NER ran into it ("Romney Says" -> "Romney",
    "Obama Hails" -> "Obama"): a last word that is a verb of saying with an "s"."""
    from .quotes import CUE_VERBS, LABEL_VERBS  # quotes imports this module

    words = name.split()
    # (anywhere after the first word: "Obama Hails Growth" is Obama too)
    for k in range(1, len(words)):
        w = words[k].lower()
        if w.endswith("s") and (w[:-1] in CUE_VERBS or w[:-1] in LABEL_VERBS
                                or (w.endswith("es") and w[:-2] in CUE_VERBS)):
            return " ".join(words[:k])
    return name


def _first_name_before(doc: "Doc", start: int, name: str, full_names: Counter[str]) -> str | None:
    """The full name a surname makes with the proper noun just before it, when the article
    names that person so ("Marina Litvinenko" where the NER tagged "Litvinenko" alone)."""
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = doc[span.start - 1]
    full = f"{prev.text} {name}"
    return full if prev.pos_ == "PROPN" and full_names.get(full) else None


# the gender a third-person pronoun says (quotes.py reads the same table)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}


def _title_gender(title: str) -> str | None:
    """ "m" or "f" for an honorific ("mr", "Mrs."), None for any other word."""
    key = _title_key(title)
    return "m" if key in MALE_TITLES else "f" if key in FEMALE_TITLES else None


def _honorific_gender(text: str, start: int, end: int) -> str | None:
    """ "m" or "f" for a mention with an honorific, inside it or just before it ("Mr. Obama",
    "Mrs. Marina Litvinenko")."""
    for word in text[max(0, start - 12) : start].split()[-1:] + text[start:end].split()[:1]:
        if gender := _title_gender(word):
            return gender
    return None


def _full_name_genders(doc: "Doc", text: str, raw: list[tuple[int, int, str, str]],
                       full_names: Counter[str]) -> dict[str, str]:
    """Full name -> "m"/"f" where a mention of it carries an honorific ("Mr. Alexander
    Litvinenko") or a noun of a man or a woman is tied to it ("the first lady, Michelle
    Obama", "her son Matthew Denice")."""
    from .quotes import _FEMALE_NOUNS, _MALE_NOUNS  # quotes imports this module

    out: dict[str, str] = {}
    for start, end, lab, name in raw:
        if lab != "PERSON" or name not in full_names:
            continue
        g = _honorific_gender(text, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        if g is None and span is not None:
            root = span.root
            tied = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < span.start)]
            if root.dep_ == "appos":
                tied.append(root.head)
            if span.start > 0:
                tied.append(doc[span.start - 1])
            for t in tied:
                lemma = t.lemma_.lower()
                g = "m" if lemma in _MALE_NOUNS else "f" if lemma in _FEMALE_NOUNS else None
                if g:
                    break
        if g:
            out.setdefault(name, g)
    return out


# Titles of courtesy, not of an office: "first lady Aylin Kemal", "Mrs. Kemal", "Sir John"
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "lady", "madam", "dame", "sir", "lord"})


def _titles_given(text: str, raw: list[tuple[int, int, str, str]]) -> dict[str, set[str]]:
    """Person name -> the titles written just before its mentions ("President Kemal":
    {"president"}; "first lady Aylin Kemal": {"lady"}); "former" is no title of its own."""
    out: dict[str, set[str]] = {}
    for start, end, lab, name in raw:
        if lab != "PERSON" or not name:
            continue
        at = text.find(name.split()[0], start, end)
        before = text[max(0, start - 30) : at if at >= 0 else start].split()
        key = _title_key(before[-1]) if before else ""
        if key in TITLES and key != "former":
            out.setdefault(name, set()).add(key)
    return out


_PARENT_NOUNS = frozenset("father mother dad mom stepfather stepmother grandfather grandmother".split())
_CHILD_NOUNS = frozenset("son daughter stepson stepdaughter grandson granddaughter".split())
_ELDER = re.compile(r"\b[Tt]he (elder|younger) $")


def _kin_noun(doc: "Doc", start: int, end: int) -> str | None:
    """The family word that introduces a person mention as someone's relative ("his father, Joe Doe", "her son
    Matt Doe", "Joe Doe, his father"), lower case; None if there is none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in KIN_NOUNS:
        return root.head.lemma_.lower()
    for c in root.children:
        if c.lemma_.lower() in KIN_NOUNS and (c.dep_ == "appos"
                                              or (c.dep_ in ("compound", "nmod") and c.i < span.start)):
            return c.lemma_.lower()
    return None


class _Families:
    """A bare surname that several people of the article bear ("Alexander Litvinenko", his
    widow "Marina"): the one the nearby text refers to. An honorific of one member's gender
    ("Mrs. Litvinenko") gives her, when the article gives every other member the other
    gender; else the member named last before it, within three sentences, when the he/she
    in between say that member's gender, again only theirs ("Litvinenko's widow, Marina,
    ... She also urged ... '...,' Litvinenko said" is Marina Litvinenko: the widow's husband
    is a he).
    Otherwise (None) the article-wide rule of `_full_name_for` decides. The surname that
    owns a family word ("Litvinenko's widow") is never the relative it introduces. A surname
    whose honorific fits none of its full names ("Mr. Obama" beside only "the first lady,
    Michelle Obama") names someone the article never names in full: it stays the surname, as
    does one with an office's title whose full names have only a title of courtesy ("President
    Obama" beside "first lady Michelle Obama")."""

    def __init__(self, doc: "Doc", text: str, full_names: Counter[str], kin_named: list[Relative],
                 raw: list[tuple[int, int, str, str]], relatives: frozenset[str]) -> None:
        self.text = text
        self.relatives = relatives
        people: dict[str, list[str]] = {}
        for f in full_names:
            if any(o != f and set(f.split()) < set(o.split()) for o in full_names):
                continue  # a shorter form of another name: one person
            people.setdefault(_without_generation(f.split())[-1], []).append(f)
        self.gender = _full_name_genders(doc, text, raw, full_names)
        # a surname with an honorific that none of its full names can take ("Mr. Obama" in an
        # article that names only "the first lady, Michelle Obama"): someone named by the
        # surname alone, so the surname alone stays ambiguous
        self.unnamed: dict[str, str] = {}
        for start, end, lab, name in raw:
            g = _honorific_gender(text, start, end)
            if lab == "PERSON" and " " not in name and g and name in people:
                if all(self.gender.get(f) not in (g, None) for f in people[name]):
                    self.unnamed[name] = g
        # likewise a surname given an office's title when its full names are given only a courtesy
        # title ("President Kemal" beside only "first lady Aylin Kemal", "Mrs. Aylin Kemal"): the
        # office holder is named by title and surname alone, and a bare "Kemal" is not her
        given = _titles_given(text, raw)
        for name, titles in given.items():
            if " " in name or name not in people or name in self.unnamed or not titles & _OFFICE_TITLES:
                continue
            if all(given.get(f) and given[f] <= _COURTESY_TITLES for f in people[name]):
                self.unnamed[name] = ""
        self.members = {sn: sorted(ms) for sn, ms in people.items() if len(ms) > 1 or sn in self.unnamed}
        if not self.members:
            return
        # who is whose parent, by the family word that introduces a full name ("his father, Joe Doe"): "the elder
        # Doe" and "the younger Doe" are read by it
        self.generation: dict[str, set[str]] = {}
        for start, end, lab, name in raw:
            kin = _kin_noun(doc, start, end) if lab == "PERSON" and " " in name else None
            if kin in _PARENT_NOUNS or kin in _CHILD_NOUNS:
                self.generation.setdefault(name, set()).add("elder" if kin in _PARENT_NOUNS else "younger")
        for _, _, full, g, surname, owner_g, _ in kin_named:
            if g:
                self.gender.setdefault(full, g)
            others = [m for m in self.members.get(surname, []) if m != full]
            if owner_g and len(others) == 1:
                self.gender.setdefault(others[0], owner_g)  # "Litvinenko's widow": he
        from .quotes import find_quote_spans  # quotes imports this module

        self.quoted = [(q.outer_start, q.outer_end) for q in find_quote_spans(text)]
        self.doc = doc
        self.sent_starts = [sent.start_char for sent in doc.sents]
        self.history: list[tuple[int, int, str]] = []  # persons named outside quotes, in text order

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def seen(self, start: int, end: int, name: str) -> None:
        if self.members and not self._in_quote(start):
            self.history.append((start, end, name))

    def member(self, surname: str, start: int, end: int) -> str | None:
        """The member's full name; "" when the surname stays as it is; None when the
        article-wide rule decides."""
        members = self.members.get(surname)
        if not members:
            return None
        g = _honorific_gender(self.text, start, end)
        # the one member of the honorific's gender, when the article gives the others the
        # other one ("Mr. Cruz" is not "his father, Rafael Cruz" beside a Ted Cruz of no
        # stated gender)
        fit = [m for m in members if self.gender.get(m) == g] if g else []
        if len(fit) != 1 or any(self.gender.get(m) in (None, g) for m in members if m != fit[0]):
            fit = []
        if surname in self.unnamed:
            return fit[0] if fit else ""
        if g:
            return fit[0] if fit else None
        if (older := _ELDER.search(self.text, max(0, start - 14), start)) is not None:
            return self._of_generation(members, older.group(1).lower())
        after = self.text[end : end + 30].split()
        if self.text[end : end + 2] in ("'s", "’s") and len(after) > 1 and after[1].lower() in KIN_NOUNS:
            return None  # "Litvinenko's widow": the one whose widow she is
        k = bisect.bisect_right(self.sent_starts, start) - 1
        speaker = self._speaker_before(members, start, end, k)
        if speaker:
            return speaker
        lo = self.sent_starts[max(0, k - 3)]
        for s, e, name in reversed(self.history):
            if s < lo:
                return None
            if name in members:
                said = {PRONOUN_GENDER[t.lower_] for t in self.doc.char_span(e, start, alignment_mode="expand") or []
                        if t.lower_ in PRONOUN_GENDER and not self._in_quote(t.idx)}
                # a he/she in between must say their gender, and that gender only theirs of the
                # family ("Rita Hale declined to comment. '...,' Hale said" is still the mayor)
                g = self.gender.get(name)
                others = {self.gender.get(m) for m in members if m != name}
                return name if g and said == {g} and g not in others and None not in others else None
        return None

    def _of_generation(self, members: list[str], which: str) -> str | None:
        """"the elder Doe" (`which` "elder") after "his father, Joe Doe": the one member the article introduces as
        a parent; of two members, the one not introduced as a child. None when the family words do not tell."""
        gen = {m: self.generation.get(m, set()) for m in members}
        same = [m for m in members if gen[m] == {which}]
        if len(same) == 1:
            return same[0]
        other = [m for m in members if gen[m] and gen[m] != {which}]
        if len(members) == 2 and len(other) == 1 and not gen[next(m for m in members if m != other[0])]:
            return next(m for m in members if m != other[0])
        return None

    def _speaker_before(self, members: list[str], start: int, end: int, k: int) -> str | None:
        """ "State Rep. Betty Price said she's excited ... her husband, Tom Price. '...,' Price
        said": a surname that speaks right after a sentence whose main clause has a member of
        the family speak continues that member's words, whoever else the sentence names."""
        from .quotes import CUE_VERBS  # quotes imports this module

        def speaks(tok: "Token") -> bool:
            verb = tok.head
            return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in CUE_VERBS

        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or k < 1 or not speaks(span.root):
            return None
        lo, hi = self.sent_starts[k - 1], self.sent_starts[k]
        for s, e, name in self.history:
            if lo <= s < hi and name in members and canonical_person(self.text[s:e]) == name:  # named in full
                prev = self.doc.char_span(s, e, alignment_mode="expand")
                if prev is not None and speaks(prev.root) and prev.root.head.dep_ == "ROOT":
                    return name
        return None


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


_REGNAL_TITLES = frozenset("pope king queen prince princess emperor empress".split())


def _regnal(text: str, start: int, end: int) -> bool:
    """Whether a one-word person mention follows the title of one who reigns by a given name ("Pope Francis",
    "King Charles"), inside the mention or just before it."""
    words = text[max(0, start - 25) : end].split()
    return len(words) >= 2 and _title_key(words[-2]) in _REGNAL_TITLES


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
            if gender := _title_gender(t):
                genders.setdefault(ent.name, gender)
    return genders
