"""One name per person across a story's articles.

Each article already canonicalises names within itself ("Mr. Ossoff" -> "Jon Ossoff"
when the article names him in full). Across outlets the same person still appears as
"Ossoff" in one and "Jon Ossoff" in another; `unify_names` maps every variant to one
form: titles stripped, case and diacritics ignored ("François", "Francois"), a middle initial tolerated, and a single name mapped
to the one longer name that contains it — but only when exactly one does, so "Trump" with
both "Donald Trump" and "Melania Trump" in the story stays "Trump". A common English
short form of a first name counts as that name ("Chuck Schumer" is "Charles E. Schumer"),
since outlets differ in which one they print.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from ..nlp.quotes import SURNAME_PARTICLES

# Honorifics and offices written before a name. Multi-word titles come first so that
# "Vice President" is stripped whole.
_TITLES = sorted(
    """
    mr mrs ms miss mx dr prof professor sen senator rep reps representative congressman
    congresswoman gov governor president vice-president pres gen general col colonel lt
    lieutenant sgt sergeant capt captain cmdr adm admiral rev reverend father sister brother
    judge justice mayor speaker secretary sec chairman chairwoman chair sir dame lord lady
    former late minister premier chancellor ambassador officer detective chief coach queen
    king prince princess pope cardinal bishop rabbi imam sheikh the attorney
    """.split(),
    key=len,
    reverse=True,
)
_MULTI_TITLES = (
    "vice president", "prime minister", "attorney general", "secretary of state",
    "chief justice", "house speaker", "state sen", "state rep", "u.s. rep", "u.s. sen",
    "us rep", "us sen", "district attorney", "police chief", "white house press secretary",
    "press secretary", "first lady",
)
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(_MULTI_TITLES, key=len, reverse=True))
    + r"|" + "|".join(re.escape(t) for t in _TITLES) + r")\.?\s+)+",
    re.IGNORECASE,
)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}

# Short forms of English first names and the formal names they stand for. General
# knowledge, not a list of people: it decides only between two names with one surname.
_SHORT_FORMS = {
    "abe": "abraham", "al": "albert alan alfred", "alex": "alexander alexandra",
    "andy": "andrew", "ben": "benjamin", "bernie": "bernard", "beto": "robert",
    "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "cathy": "catherine", "charlie": "charles", "chris": "christopher christine christina",
    "chuck": "charles", "dan": "daniel", "danny": "daniel", "dave": "david", "deb": "deborah",
    "debbie": "deborah", "dick": "richard", "don": "donald", "ed": "edward edwin",
    "eddie": "edward", "fred": "frederick", "greg": "gregory", "hank": "henry",
    "jake": "jacob", "jim": "james", "jimmy": "james", "joe": "joseph", "joey": "joseph",
    "jon": "jonathan", "kate": "katherine catherine",
    "kathy": "katherine kathleen", "ken": "kenneth", "larry": "lawrence", "liz": "elizabeth",
    "matt": "matthew", "mike": "michael", "mitch": "mitchell",
    "nick": "nicholas", "pat": "patrick patricia", "pete": "peter", "ron": "ronald",
    "sam": "samuel samantha", "steve": "steven stephen", "sue": "susan",
    "ted": "edward theodore", "tim": "timothy", "tom": "thomas", "tony": "anthony",
    "vince": "vincent", "will": "william",
}
_FORMAL = {short: set(formal.split()) for short, formal in _SHORT_FORMS.items()}


def fold(name: str) -> str:
    """A name without its diacritics, for matching: outlets differ in printing them
    ("François Molins", "Francois Molins"); the display keeps the spelling printed."""
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _same_word(a: str, b: str) -> bool:
    """The same name word, or an initial and a word it begins ("j" and "john")."""
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_first(a: str, b: str) -> bool:
    """Whether two first names can name one person ("chuck" and "charles")."""
    return a == b or bool(_FORMAL.get(a, {a}) & _FORMAL.get(b, {b}))


_PARTICLES = SURNAME_PARTICLES  # "Bill de Blasio", "Ludwig van Beethoven"


def misspelt(a: str, b: str) -> bool:
    """Two spellings of one surname (lower case) of one length, with the same first letter:
    two adjacent letters swapped ("priebus", "preibus") or one letter moved by at most three
    places ("zakharova", "zhakarova", one outlet's misspelling), six letters at least; one
    letter changed, seven letters at least ("ginsburg", "ginsberg"; not "miller", "milley":
    among six-letter surnames one letter apart, two people are as common as a misspelling).
    Not a letter added or left out ("johnson", "johnston" are two names)."""
    if a == b or len(a) != len(b) or len(a) < 6 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return len(a) >= 7
    i, j = diff[0], diff[-1]
    x, y = a[i : j + 1], b[i : j + 1]
    # a swap is a move by one place; the stretch between the first and last difference is
    # the other's with its first letter put last, or its last letter put first
    return j - i <= 3 and (x[1:] + x[0] == y or x[-1] + x[:-1] == y)


def misspelt_first(a: str, b: str) -> bool:
    """Two spellings of one first name (lower case), for a person whose surname two outlets
    print alike: `misspelt`, or one letter left out ("katherine", "katerine"), six letters
    at least, the same first letter and the same last two. A first name's ending tells a
    man's from a woman's ("michael", "michaela"; "francis", "frances"; "christian",
    "christina"), so a change there is two people."""
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or a[-2:] != b[-2:] or not (a.isalpha() and b.isalpha()):
        return False
    if len(a) == len(b):
        return misspelt(a, b)
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def strip_titles(name: str) -> str:
    """'Sen. Jon Ossoff's' -> 'Jon Ossoff'; a description before the name goes too
    ('Actress and activist Rose McGowan', 'added Lauten': what ends in a lower-case word
    that is not part of a surname); a name that is only a title is kept as is."""
    s = " ".join(name.split())
    s = re.sub(r"['’]s$", "", s)
    words = s.split(" ")
    cut = max((i for i, w in enumerate(words[:-1]) if w[:1].islower() and w.lower() not in _PARTICLES), default=-1)
    # a description is lower case but for its first word; "Mr. Trump's view of the
    # United States" names no one after its "the"
    if cut >= 0 and words[cut + 1][:1].isupper() and not any(w[:1].isupper() for w in words[1:cut]):
        s = " ".join(words[cut + 1:])
    stripped = _TITLE_RE.sub("", s).strip(" ,")
    return stripped or s


def _tokens(key: str) -> list[str]:
    return [t.strip(".,") for t in key.split() if t.strip(".,")]


def _surname(tokens: list[str]) -> str:
    core = [t for t in tokens if t not in _SUFFIXES]
    return (core or tokens)[-1]


def unify_names(names: Iterable[str], articles: Iterable[Iterable[str]] | None = None) -> dict[str, str]:
    """Map every given name to the one form used for that person in the story.

    A name with a generational suffix ("Donald Trump Jr.") and the same name without it
    ("Donald Trump"), or with another suffix, are two people (a father and his son), even
    where no article gives both: one outlet's story of the son beside another's of the
    father is as common as an outlet leaving a suffix out, and merging two people gives
    one man's words to the other, while splitting one only lists him twice. `articles`,
    the names each article of the story gives, tells misspellings apart (step 0b).

    Deterministic: the chosen form of a person is their most frequent full spelling
    among `names` (ties: the name without a word before it, "Ryan Zinke" over "Interior
    Ryan Zinke"; mixed case over all-caps; then alphabetical).
    """
    given = [n for n in names if isinstance(n, str)]
    cleaned = {n: strip_titles(n) for n in given}
    spellings: dict[str, Counter[str]] = {}
    for n in given:
        c = cleaned[n]
        spellings.setdefault(fold(c).lower(), Counter())[c] += 1

    keys = sorted(spellings)
    toks = {k: _tokens(k) for k in keys}
    # the names (keys) each article gives, for the suffix rule; None: never joined
    together = None if articles is None else [
        {fold(strip_titles(n)).lower() for n in art if isinstance(n, str)} for art in articles]

    def same_generation(a: str, b: str) -> bool:
        # "Donald Trump Jr." is not "Donald Trump", whether or not one article names both (session 30)
        return {t for t in toks[a] if t in _SUFFIXES} == {t for t in toks[b] if t in _SUFFIXES}

    target = {k: k for k in keys}
    multi = [k for k in keys if len(toks[k]) >= 2]
    # 0. The same name with a short form of the first name ("Chuck Schumer", "Charles
    #    Schumer") or an initial for a middle name ("Donald J. Trump", "Donald John
    #    Trump") goes to the first such spelling.
    for i, k in enumerate(multi):
        same = next((o for o in multi[:i] if target[o] == o and len(toks[o]) == len(toks[k])
                     and _same_first(toks[o][0], toks[k][0])
                     and all(_same_word(x, y) for x, y in zip(toks[o][1:], toks[k][1:]))), None)
        if same is not None:
            target[k] = same
    # 0b. One outlet's misspelling of a surname ("Maria Zhakarova" beside "Maria
    #    Zakharova"): the same first name (a word, not an initial) and other words, and
    #    surnames `misspelt` of each other, never both named in one article (then they are
    #    two people). The spelling more articles give wins, then the one given more often.
    #    So for a misspelt first name with the same surname ("Katerine Hackett" beside
    #    "Katherine Hackett": `misspelt_first`).
    def support(k: str) -> tuple[int, int]:
        named_in = sum(k in names for names in together) if together is not None else 0
        return named_in, sum(spellings[k].values())

    losers: set[str] = set()
    for i, k in enumerate(multi):
        if target[k] != k or len(toks[k][0]) < 2 or len(toks[k]) < 2:
            continue
        other = next((o for o in multi[:i] if target[o] == o and len(toks[o]) == len(toks[k])
                      and ((toks[o][0] == toks[k][0] and misspelt(toks[o][-1], toks[k][-1]))
                           or (toks[o][-1] == toks[k][-1] and misspelt_first(toks[o][0], toks[k][0])))
                      and all(_same_word(x, y) for x, y in zip(toks[o][1:-1], toks[k][1:-1]))
                      and not (together is not None and any(o in names and k in names for names in together))), None)
        if other is None:
            continue
        win, lose = (k, other) if support(k) > support(other) else (other, k)
        target[lose] = win
        losers.add(lose)
    for k in multi:  # variants of a misspelt name (step 0) follow it
        while target[target[k]] != target[k]:
            target[k] = target[target[k]]
    # 1. Multi-token variants: same first and last name, one a subset of the other
    #    ("Jon Ossoff" -> "Jon M. Ossoff" when that fuller form is the only one).
    for k in multi:
        if target[k] != k:
            continue
        fuller = [
            o for o in multi
            if o != k and target[o] == o and len(toks[o]) > len(toks[k])
            # the same first name, or the whole of k at o's end: "de blasio" in "bill de
            # blasio", "ryan zinke" in "interior ryan zinke" (a word the title rule missed)
            and (_same_first(toks[o][0], toks[k][0]) or toks[o][-len(toks[k]):] == toks[k])
            and _surname(toks[o]) == _surname(toks[k]) and set(toks[k][1:]) <= set(toks[o][1:])
            # "Donald Trump Jr." is not "Donald Trump"
            and same_generation(o, k)
        ]
        if len({target[o] for o in fuller}) == 1:
            target[k] = target[fuller[0]]
    for k in multi:  # resolve chains to their end
        while target[target[k]] != target[k]:
            target[k] = target[target[k]]
    # 2. Single tokens: the one distinct full name containing them; a surname match wins
    #    over a first-name match when several contain the token.
    full = sorted({target[k] for k in multi})
    for k in keys:
        if len(toks[k]) != 1:
            continue
        tok = toks[k][0]
        hits = [f for f in full if tok in toks[f]]
        if len(hits) > 1:
            hits = [f for f in hits if _surname(toks[f]) == tok]
        if len(hits) > 1:  # "Trump" beside "Donald Trump" and "Donald Trump Jr.": the father
            hits = [f for f in hits if not set(toks[f]) & _SUFFIXES] or hits
        if not hits:  # "Zhakarova" of the outlet that misspelt "Maria Zakharova"
            hits = sorted({target[o] for o in losers if toks[o][-1] == tok})
        if len(hits) == 1:
            target[k] = hits[0]

    # The display form of a person: the most frequent spelling in their group, full
    # (multi-word) spellings preferred over a bare surname.
    group: dict[str, Counter[str]] = {}
    for k in keys:
        group.setdefault(target[k], Counter()).update(spellings[k])

    def display(key: str) -> str:
        counts = group[target[key]]

        def core(s: str) -> bool:  # "Ryan Zinke" of "Interior Ryan Zinke" (not "De Blasio")
            words = s.split()
            return len(words) >= 2 and words[0].lower() not in _PARTICLES and any(
                o.lower().endswith(" " + s.lower()) for o in counts)

        # a misspelling another outlet corrects is never shown
        return min(counts, key=lambda s: (len(_tokens(s)) < 2, fold(s).lower() in losers, -counts[s], not core(s),
                                          s.isupper(), s))

    return {n: display(fold(cleaned[n]).lower()) for n in given}
