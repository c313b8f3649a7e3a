"""Figures of a part of an event or of a sum, told from the whole's (review 17).

* A place: "10 people were killed and 100 wounded at Brussels' international airport" counts one site
  of an attack, "more than 180 injured as coordinated terrorist bombings rocked the Brussels airport and
  subway system" all of them; "Nine thousand cases ... confirmed in Italy" is one country's count,
  "infected more than 110,000 people worldwide" the world's (review 16). A figure of one site is not one
  of several sites or of the whole ("in all", "in total"), nor of another site; a figure of a named place
  is not the world's. A figure that names no place is compared with either, as before. Nor is a figure of a span of
  places, each named ("from Florida to South Carolina", "in Georgia and the Carolinas"), one of a single named place
  ("the Jacksonville area", "in Savannah"): a region's count and a part's, or another place's (session 37, review 24).
* A stage of a sum: an amount approved, appropriated or pledged is not the amount withheld, spent or
  released ("$391 million in military aid already approved by Congress", "the withholding of $250 million in
  military aid"): a commitment and what was done with it are two quantities. A figure whose words name both
  stages, or neither, is compared as before.

Only the figure's own words are read: its sentence since the figure before it, and its clause after it.

* An aside on another place (review 20, `aside_places`, `another_place`): "A nurse in Spain who also treated an
  Ebola patient also caught the virus. She is ... being treated by 50 health care workers" in a story of Dallas
  counts another place's group; it is not compared with a figure of an article that names Spain in passing too.
  Here the figure's sentence is read whole, with the sentence before it when it points back ("She")."""

from __future__ import annotations

import re

from ..records import Annotation, Claim

# Sites of an event, each read as its kind: "metro station", "subway", "train station" are one kind (a
# station), so a phrase naming one site is not taken for two.
_SITE_KINDS = (
    ("airport", r"airports?|terminals?|airfields?"),
    ("station", r"(?:metro|subway|underground|train|rail(?:way)?|bus)(?:\s+(?:station|stop|system|line|car|train))?s?|"
                r"stations?"),
    ("school", r"schools?|universit(?:y|ies)|campus(?:es)?"),  # not "college": "electoral college votes"
    ("worship", r"church(?:es)?|cathedrals?|mosques?|synagogues?|temples?"),
    ("hospital", r"hospitals?|clinics?"),
    ("venue", r"hotels?|(?:night)?clubs?|restaurants?|caf[eé]s?|theat(?:er|re)s?|concert\s+halls?|"
              r"stadiums?|arenas?"),
    ("shop", r"(?:shopping\s+)?malls?|supermarkets?"),  # not "market": a market's figures are no place's
    ("office", r"embass(?:y|ies)|consulates?|headquarters|(?:military|air|army|naval)\s+bases?|checkpoints?"),
)
_SITE = re.compile("|".join(f"(?P<{kind}>\\b(?:{words})\\b)" for kind, words in _SITE_KINDS), re.IGNORECASE)
# The whole of an event counted at several places: "in all", "in total", "altogether", "combined"
_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|all\s+told|altogether|combined)\b", re.IGNORECASE)
# The world ("worldwide", "around the world", "the world's", "global") and a named place ("in Italy", "across
# the U.S."); names of months and days are times, not places
_WORLD = re.compile(r"\b(?:world[- ]?wide|globally|global|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)|"
                    r"(?:in|of)\s+the\s+world|the\s+world(?:'s|’s))\b", re.IGNORECASE)
_NAMED_PLACE = re.compile(r"\b(?i:in|across|throughout)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday)\b)[A-Z][\w.’'-]*")
# Stages of a sum of money: committed (approved, appropriated, pledged) and acted on (withheld, frozen, spent)
_COMMITTED = re.compile(r"\b(?:approv(?:e|es|ed|ing|al)|appropriat(?:e|es|ed|ing|ion|ions)|authori[sz](?:e|es|ed|ing|"
                        r"ation)|allocat(?:e|es|ed|ing|ion)|budgeted|earmark(?:s|ed|ing)?|pledg(?:e|es|ed|ing))\b",
                        re.IGNORECASE)
_ACTED = re.compile(r"\b(?:withh[oe]ld(?:s|ing)?|froze|frozen|freez(?:e|es|ing)|held\s+up|hold(?:s|ing)?\s+up|holdup|"
                    r"delay(?:s|ed|ing)?|block(?:s|ed|ing)?|suspend(?:s|ed|ing)?|spen[dt](?:s|ing)?|disburs(?:e|es|ed|"
                    r"ing|ement)|releas(?:e|es|ed|ing))\b", re.IGNORECASE)
# A span of several places, each by its name: "from Florida to South Carolina", "in Georgia and the Carolinas",
# "across Texas, Oklahoma and Kansas", or counted: "in three Caribbean countries"; and one place by its name: "in
# Jacksonville", "the Jacksonville area".
_CALENDAR = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
             r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NAME = rf"(?:the\s+)?(?!{_CALENDAR})[A-Z][\w.’'-]*(?:\s+(?!{_CALENDAR})[A-Z][\w.’'-]*)*"
_SPAN = re.compile(rf"\bfrom\s+{_NAME}\s+(?:to|through)\s+{_NAME}|"
                   rf"\b(?i:in|across|throughout)\s+{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}|"
                   r"\b(?i:in|across|throughout)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)"
                   r"\s+(?:[A-Za-z][\w.’'-]*\s+)?(?:countries|states|provinces|islands|cities|towns|regions|counties|"
                   r"nations)\b")
_ONE_PLACE = re.compile(rf"\bthe\s+(?!{_CALENDAR})[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:area|region|county|"
                        rf"metro(?:politan)?\s+area|valley|coast)\b")
# The rest beside the place a text is about: "killed at least four people elsewhere in the Caribbean"
_ELSEWHERE = re.compile(r"\belsewhere\b|\b(?:other|remaining)\s+(?:countries|states|provinces|islands|cities|"
                        r"towns|regions|counties|nations|parts\s+of)\b", re.IGNORECASE)
_MONEY = re.compile(r"[A-Z]{3}")
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2014\u2013]|\s-\s")
_LIST_BREAK = re.compile(r"[;:()\u2014\u2013]|\s-\s")
_AFTER_CHARS = 120


def _own_words(c: Claim) -> tuple[str, str]:
    """(the sentence since the figure before it, the figure's clause after it), "" where the sentence lacks it."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return "", ""
    before = re.split(r"\d[\d,.]*", sentence[:at])[-1]
    return before, _BREAK.split(sentence[at + len(c.text):at + len(c.text) + _AFTER_CHARS])[0]


def _place(c: Claim) -> tuple[frozenset[str], bool, bool, bool, bool]:
    """(the kinds of site its words name, whether they say "in all", whether they name the world, whether
    they name a place by its name, whether they name a span of several places by their names)."""
    before, after = _own_words(c)
    text = f"{before} {after}"
    sites = frozenset(m.lastgroup for m in _SITE.finditer(text))
    named = bool(_NAMED_PLACE.search(text) or _ONE_PLACE.search(text))
    # a list of places runs on past its commas ("in Ohio, Indiana and Kentucky")
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    listed = _LIST_BREAK.split(sentence[at + len(c.text):at + len(c.text) + _AFTER_CHARS])[0] if at >= 0 else ""
    span = bool(_SPAN.search(f"{before} {listed}"))
    return sites, bool(_IN_ALL.search(text)), bool(_WORLD.search(text)), named, span


def _elsewhere(c: Claim) -> bool:
    """Whether the figure's own words count the rest beside the place told of (`_ELSEWHERE`)."""
    before, after = _own_words(c)
    return bool(_ELSEWHERE.search(f"{before} {after}"))


def places_apart(a: Claim, b: Claim) -> bool:
    """Whether one figure is of one site and the other of several, of all ("in all") or of another site, or one
    of a named place and the other of the world, or one of a span of several named places and the other of one
    named place (session 37: "Officials from Florida to South Carolina urged an estimated 2 million people to
    evacuate" against "Some 500,000 people were told to evacuate the Jacksonville area": a region's count and one
    area's, review 24)."""
    sa, all_a, world_a, named_a, span_a = _place(a)
    sb, all_b, world_b, named_b, span_b = _place(b)
    for one, other, other_all in ((sa, sb, all_b), (sb, sa, all_a)):
        if len(one) == 1 and (len(other) > 1 or other_all or (len(other) == 1 and other != one)):
            return True
    if span_a != span_b and (named_b if span_a else named_a):
        return True
    if _elsewhere(a) != _elsewhere(b):
        return True  # "at least four people elsewhere in the Caribbean" against "264 people died in Haiti"
    return (named_a and not world_a and world_b) or (named_b and not world_b and world_a)


def _stages(c: Claim) -> frozenset[str]:
    """The stages of a sum its clause names ("committed", "acted"); none for a figure that is no sum of money."""
    if not (isinstance(c.unit, str) and _MONEY.fullmatch(c.unit)):
        return frozenset()
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return frozenset()
    clause = _BREAK.split(sentence[:at])[-1] + " " + _own_words(c)[1]
    return frozenset(name for name, p in (("committed", _COMMITTED), ("acted", _ACTED)) if p.search(clause))


def stages_apart(a: Claim, b: Claim) -> bool:
    """Whether one sum is named only as committed and the other only as acted on (withheld, spent)."""
    sa, sb = _stages(a), _stages(b)
    return len(sa) == 1 == len(sb) and sa != sb


# A sentence that opens with a pronoun or a demonstrative is about what the sentence before it named: "A nurse in
# Spain who also treated an Ebola patient also caught the virus. She is in critical condition and being treated by
# 50 health care workers" (review 20).
_POINTS_BACK = re.compile(r"^[\W_]*(?:He|She|It|They|His|Her|Its|Their|That|Those|This|These)\b")
# An article's own place is one it names in this many sentences or more.
OWN_PLACE_SENTENCES = 3


def _same_place(a: str, b: str) -> bool:
    """One place's name, written in full or in part ("idlib", "idlib province"), or a place and its people ("spain",
    "spanish")."""
    from .unique import _demonym  # unique imports numbers, which imports this module

    wa, wb = set(a.split()), set(b.split())
    return a == b or wa <= wb or wb <= wa or _demonym(a, b)


def places_named(ann: Annotation) -> dict[str, frozenset[int]]:
    """The places (GPE, LOC) and peoples (NORP) an article names, lower case, each with the sentences naming it."""
    out: dict[str, set[int]] = {}
    for e in ann.entities:
        if e.type in ("GPE", "LOC", "NORP"):
            at = next((i for i, s in enumerate(ann.sentences) if s.start <= e.start < s.end), None)
            if at is not None:
                out.setdefault(e.name.lower(), set()).add(at)
    return {name: frozenset(at) for name, at in out.items()}


def _naming(named: dict[str, frozenset[int]], place: str) -> frozenset[int]:
    """The sentences naming `place` or its people."""
    return frozenset().union(*(at for name, at in named.items() if _same_place(name, place)))


def figure_sentences(ann: Annotation, text: str, sentence: int) -> frozenset[int]:
    """A figure's sentence, with the sentence before it in its paragraph when the figure's opens by pointing back."""
    s = ann.sentences[sentence]
    if (sentence > 0 and _POINTS_BACK.match(text[s.start:s.end])
            and "\n" not in text[ann.sentences[sentence - 1].end:s.start]):
        return frozenset({sentence - 1, sentence})
    return frozenset({sentence})


def aside_places(ann: Annotation, text: str, sentence: int | None,
                 named: dict[str, frozenset[int]]) -> frozenset[str]:
    """The names of the place of an aside a figure's words are in: the places and peoples (GPE, LOC, NORP) its words
    (its sentence, and the one before it that it points back to) name that its article names nowhere else, one of
    them a place by its name (GPE, LOC), in an article that names another place in `OWN_PLACE_SENTENCES` sentences
    or more ("A nurse in Spain ... also caught the virus. She is ... being treated by 50 health care workers, Spanish
    authorities said", in a story of Texas: "spain", "spanish")."""
    if sentence is None:
        return frozenset()
    own = figure_sentences(ann, text, sentence)
    inside = [(e.name.lower(), e.type) for e in ann.entities if e.type in ("GPE", "LOC", "NORP")
              and any(ann.sentences[i].start <= e.start < ann.sentences[i].end for i in own)]
    aside = {(name, kind) for name, kind in inside if _naming(named, name) <= own}
    names = frozenset(name for name, _ in aside)
    others = [at for name, at in named.items() if not any(_same_place(name, p) for p in names)]
    if not any(kind != "NORP" for _, kind in aside) or not any(len(at) >= OWN_PLACE_SENTENCES for at in others):
        return frozenset()
    return names


def another_place(aside: frozenset[str], other_named: dict[str, frozenset[int]], other_own: frozenset[int]) -> bool:
    """Whether a figure of an aside (`aside_places`: the names of its place) is another place's than a figure of
    another article that names that place, or its people, in passing too: in one sentence, not the figure's own
    (`other_own`, `figure_sentences`). An article that never names the place says nothing of it: the place may be a
    part of its own ("Homs", "Idlib Province" in a story of Syria), and the figures are compared as before."""
    if not aside or any(_naming(other_named, p) & other_own for p in aside):
        return False
    return any(len(_naming(other_named, p)) == 1 for p in aside)
