"""Framing: the words and phrases each article uses distinctively, against the others.

Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
2008, "Fightin' Words", section 3.5). For article i against the rest of the story:

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w    = delta_w / sqrt(var_w)

The prior a_w is the corpus-wide `background` term frequency scaled to a total of a0
pseudo-counts (by default as many as the story has terms, i.e. a prior as strong as the
data); without a background it is the story's own pooled counts. The prior shrinks the
log-odds of rarely seen terms towards zero and the variance turns the difference into a
z-score, so a term ranks high only when the article uses it more than the others by more
than chance would explain.

The score cannot tell a charged word from a generic one an outlet happens to repeat, so the
ranked terms are read highest first and a term that is no wording of the outlet's is passed
over (docs/comparison.md, "What is not framing"): words among the commonest of news text (the
slant model's idf), generic and sourcing words, bigrams that are no phrase (a subject and its
verb, a verb and what follows it, the front of a longer phrase), proper names and cut pieces
of them, and a number's unit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from ..errors import ManysidesError
from ..nlp.tweets import SIGNED
from ..records import Article, FramingTerm
from ._text import NUMBER_WORDS, STOP_WORDS, media_names, outlet_key, words
from .terms import term_counts

TOP = 10
MIN_Z = 0.5
TITLE_WEIGHT = 2
# Pseudo-count for a term the background has never seen: it may still score, but weakly.
_FLOOR = 0.01


# Not wording at all: links, handles and embedded posts' signatures ("realdonaldtrump",
# "www", "http" were framing terms of a review's stories)
_NOT_WORDING = re.compile(
    r"https?://\S+|\bwww\.\S+|\bpic\.twitter\.com/\S+|(?<![\w.])@\w+|" + SIGNED.pattern)


def _article_counts(article: Article) -> Counter:
    """Term counts of the body, plus the headline counted `TITLE_WEIGHT` times: the
    headline is the outlet's most deliberate choice of words. Names of news outlets are
    blanked first: an outlet an article cites is its source, not its wording; so are
    links, @handles and embedded posts' signatures, which are no wording."""
    mask = media_names().mask
    counts = term_counts(_NOT_WORDING.sub(" ", mask(article.text)))
    title = (article.title or "").strip()
    if title:
        in_body = article.text.lstrip().startswith(title)
        for term, n in term_counts(mask(title)).items():
            counts[term] += n * (TITLE_WEIGHT - 1 if in_body else TITLE_WEIGHT)
    return counts


def _outlet_words(articles: Sequence[Article]) -> set[str]:
    """The words of the story's outlet names: a term made of them only ("fox", "news",
    "fox news" of "Fox Online News") names an outlet."""
    return {w for art in articles for name in {art.outlet or "", outlet_key(art) if art.outlet else ""}
            for w in words(name)}


# "post reported", "times said": an outlet cited by name, not a way of telling the story
_CITING = frozenset("reported reports reporting said says wrote writes noted notes first reported".split())


# Calendar and time words: when something happened, which outlets tell as details, not a
# way of framing it ("friday", "years", "june")
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december day days week weeks month months year years decade decades "
    "hour hours minute minutes today yesterday tomorrow tonight morning afternoon evening night weekend "
    "jan feb apr aug sep sept oct nov dec".split())  # "Sept. 12": abbreviated months


def _inflect(lemmas: str, irregular: str = "") -> frozenset[str]:
    """The lemmas with their regular inflections (-s, -ed, -ing, spelled as English spells
    them: "make" "makes" "making", "try" "tried"), plus the irregular forms given."""
    out = set(irregular.split())
    for w in lemmas.split():
        out.add(w)
        stem = w[:-1] if w.endswith("e") and not w.endswith("ee") else w
        if w.endswith("y") and w[-2:-1] not in set("aeiou"):
            out.update({w[:-1] + "ies", w[:-1] + "ied", w + "ing"})
        else:
            out.update({w + ("es" if w.endswith(("s", "sh", "ch", "x", "z")) else "s"), stem + "ed", stem + "ing"})
    return frozenset(out)


# Generic words: what any account of any story says, so an outlet using one a few times more
# than the others says nothing about how it tells the story ("comes", "set", "new", "members",
# "number", "making" were framing terms of a review's stories). The most frequent English
# verbs, nouns, adjectives and adverbs of general usage lists, and the verbs, nouns and
# adjectives news copy builds every report from; charged or topical words are not among them.
_GENERIC_VERBS = _inflect(
    "be have do go get make know think take see come want look use find give work call try need feel become "
    "leave put mean keep let begin seem help talk turn start hear play run move live believe hold bring "
    "happen provide sit stand lose pay meet include continue set learn change lead understand watch follow stop "
    "create read allow add spend grow open walk offer remember consider appear buy wait serve send expect "
    "build stay fall reach remain suggest raise pass sell require decide pull base hand file end last plan aim "
    "seek receive join return express face involve mention prepare deal enter head "
    "issue list mark note point place post share show update vow pledge push step fill",
    "is are was were been am has had did does done goes went gone got gotten made knew known thought took taken "
    "saw seen came comes coming wanted gave given worked felt became left meant kept began begun seemed ran heard "
    "held brought wrote written sat stood lost paid met led read grew grown spent sent built fell fallen shown "
    "sold")
_GENERIC = _GENERIC_VERBS | _inflect(
    # nouns
    "time way thing life world part place case week company system program question work number night point "
    "home room area money story fact lot right job word business issue side kind head house member "
    "service friend hour game line end city name team minute idea body information back level "
    "office door person result change morning reason moment effort matter course step move plan total "
    "amount share group figure official leader people update version process "
    "situation event meeting call comment remark term measure",
    "men women children others") | frozenset(
    # adjectives and adverbs
    "new good high higher highest old great big bigger small smaller large larger long longer little own other "
    "major last early earlier late later latest important public different able best better sure similar real "
    "recent current possible whole free full special certain likely local general top first second third "
    "former previous next past final additional further particular ready several various available "
    "actually instead away ahead forward already currently recently previously ago soon probably maybe "
    "almost nearly far fully simply largely".split())

# Sourcing and reporting words: where the outlet got something, not how it tells it
# ("statement", "press release", "data showed", "department reported").
_SOURCING = _inflect(
    "report state announce confirm cite note write add tell ask answer reply release comment quote "
    "describe declare insist explain indicate disclose reveal", "wrote written told said says") | frozenset(
    "statement statements press data according spokesman spokeswoman spokesperson spokesmen interview "
    "interviews reporters reporter newspaper source sources record records document documents website "
    "email e-mail letter filing filings memo tweet tweeted".split())

# Past tense forms that are not adjectives ending in -ed: the last word of a subject + verb
# fragment ("ida killed", "insurance rose", "allegations named")
_NOT_PAST = frozenset("need speed seed greed creed breed feed deed weed bleed shed red bed hundred sacred naked "
                      "wicked beloved rugged ragged wretched".split())
_IRREGULAR_PAST = frozenset(
    "arose awoke bore beat became began bent bit bled blew broke brought built burnt bought caught chose clung "
    "came crept dealt dug drew drove drank ate fell fed felt fought found fled flew forbade forgot forgave froze "
    "got gave went grew hung heard hid held hurt kept knew laid led leapt left lent lay lit lost made meant met "
    "paid quit rode rang rose ran sought sold sent shook shone shot showed sank sat slept slid spoke sped spent "
    "spun split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought "
    "threw understood woke wore won wept wound wrote".split())
# A particle or adverb ends a verb phrase, it does not start a noun phrase ("away cars" of
# "swept away cars", "back taxes" aside)
_PARTICLES = frozenset("away ahead forward apart aside along around back down off out up over".split())
# Prepositions the stop words lack: they start a prepositional phrase, not a term ("amid taliban")
_PREPOSITIONS = frozenset("amid amidst despite following regarding concerning versus unlike".split())
# A number's unit or the head it counts ("270-month prison", "212-member Republican", "and a
# half years"): part of a figure, which the numbers section compares
_QUANTITY = frozenset("half halves dozen dozens".split())
_GLUED_TO_NUMBER = re.compile(r"\d[\d,.]*-(?:[a-z]+-)*$")


# The inverse document frequency below which a word is among the commonest of news text, as
# the slant model's loaded words take it (nlp/slant_loaded.MIN_IDF: in more than about 1 in
# 7 of its training articles: "officials", "political", "support", "security")
MIN_NEWS_IDF = 3.0


@lru_cache(maxsize=1)
def _news_idf() -> Callable[[str], float | None] | None:
    """A word's idf in the slant model's training articles (None for a word the model does
    not keep, i.e. a rare one); None when the packaged model cannot be read."""
    try:
        from ..nlp.slant import SlantModel

        return SlantModel.load().word_idf
    except ManysidesError:
        return None


def _common_in_news(term: str) -> bool:
    """Every word of the term is among the commonest of news text."""
    idf = _news_idf()
    if idf is None or MIN_NEWS_IDF <= 0:
        return False
    values = [idf(w) for w in term.split() if w != "of"]
    return all(v is not None and v < MIN_NEWS_IDF for v in values)


@lru_cache(maxsize=1 << 16)
def _shape_noise(term: str) -> bool:
    """A term whose words cannot make a phrase of their own, or say nothing of themselves:
    a generic word, or two; a sourcing word; a quantity word; a subject and its verb (a
    bigram ending in a past tense: "ida killed"); a verb and what follows it ("brought
    torrential", "away cars")."""
    parts = [w for w in term.split() if w != "of"]
    if _common_in_news(term):
        return True
    if all(w in _GENERIC or w in _PARTICLES or w in _PREPOSITIONS for w in parts) or any(
            w in _SOURCING or w in _QUANTITY for w in parts):
        return True
    if len(parts) == 2:
        first, last = parts
        if last in _IRREGULAR_PAST or (last.endswith("ed") and len(last) > 4 and last not in _NOT_PAST
                                       and "-" not in last):
            return not first.endswith("ly")
        if first in _PARTICLES or first in _PREPOSITIONS or (first in _GENERIC_VERBS and not first.endswith("ed")):
            return True
    return False


# Words as term_counts reads them; a possessive ending is no part of the word ("Attorney's")
_TEXT_WORD = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z])")
_POSSESSIVE = re.compile(r"['’]s?$")
_WITHIN_TERM = re.compile(r"[\s\-–—]+")  # what may stand between a term's words
_SPACE = re.compile(r"[ \t]+")
_SENTENCE_END = ".!?:;\n―—|"


class _Words:
    """The words of one text with their places, indexed by their lower-case form, so that
    every candidate term is found without a regular expression of its own."""

    def __init__(self, text: str):
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _TEXT_WORD.finditer(text)]
        self.forms = [_POSSESSIVE.sub("", text[a:b].lower()) for a, b in self.spans]
        self.at: dict[str, list[int]] = {}
        for i, f in enumerate(self.forms):
            self.at.setdefault(f, []).append(i)

    def joined(self, i: int, sep: re.Pattern = _WITHIN_TERM) -> bool:
        """Whether word i and word i + 1 stand apart by `sep` only."""
        return i + 1 < len(self.spans) and sep.fullmatch(self.text, self.spans[i][1], self.spans[i + 1][0]) is not None

    def occurrences(self, term: str) -> list[tuple[int, int]]:
        """(first, last) word index of each place `term` stands, case aside, never across
        punctuation."""
        parts = term.split()
        out = []
        for i in self.at.get(parts[0], ()):
            j = i + len(parts) - 1
            if j < len(self.forms) and all(self.forms[i + k] == parts[k] and self.joined(i + k - 1)
                                           for k in range(1, len(parts))):
                out.append((i, j))
        return out

    def mid_sentence(self, i: int) -> bool:
        before = self.text[:self.spans[i][0]].rstrip(" \t\"“‘'(")
        return bool(before) and before[-1] not in _SENTENCE_END

    def is_name(self, i: int, j: int) -> bool:
        """Whether words i..j are a proper name or a piece of one: each capitalised where no
        sentence starts ("Attorney's Office", "Majority Leader", "the House"), or an acronym
        ("RNC", "NAACP"); or the first capitalised right after another capitalised word
        ("Party movement" of "Tea Party movement": the name is cut)."""
        found = [self.text[a:b] for a, b in self.spans[i:j + 1]]
        found = [w for w in found if w.lower() != "of"]
        if len(found) == 1 and len(found[0]) > 1 and found[0].isupper():
            return True
        mid = self.mid_sentence(i)
        if all(w[:1].isupper() for w in found) and mid:
            return True
        return (found[0][:1].isupper() and mid and i > 0 and self.joined(i - 1, _SPACE)
                and self.text[self.spans[i - 1][0]].isupper() and self.mid_sentence(i - 1))

    def continues(self, j: int) -> bool:
        """Whether the next word after word j, with only spaces between, is a content word:
        a bigram ending at j is then the front of a longer phrase, without its head
        ("criminal contract" of "criminal contract hackers")."""
        return self.joined(j, _SPACE) and self.forms[j + 1] not in STOP_WORDS and self.forms[j + 1] not in NUMBER_WORDS

    def glued_to_number(self, i: int) -> bool:
        a = self.spans[i][0]
        return _GLUED_TO_NUMBER.search(self.text, max(0, a - 20), a) is not None


def _context_noise(body: _Words, title: _Words, term: str) -> bool:
    """A term that, wherever the article uses it, is a proper name or a cut piece of one
    (the names of people and places are excluded already; this is every other name:
    offices, bodies, titles), the unit of a number glued to it ("270-month"), or, for a
    bigram, the front of a longer phrase. Headlines, capitalised throughout, are judged
    by the last two only."""
    bigram = len([w for w in term.split() if w != "of"]) == 2
    found = [(body, ij, True) for ij in body.occurrences(term)] + [(title, ij, False) for ij in title.occurrences(term)]
    if not found:
        return False
    return all((in_body and w.is_name(i, j)) or w.glued_to_number(i) or (bigram and w.continues(j))
               for w, (i, j), in_body in found)


def _time_term(term: str) -> bool:
    return all(w in _TIME_WORDS for w in term.split())


def _cites_outlet(term: str, outlet_words: set[str]) -> bool:
    parts = term.split()
    return len(parts) == 2 and parts[0] in outlet_words and parts[1] in _CITING


def framing_terms(
    articles: Sequence[Article],
    background: Mapping[str, int] | None = None,
    top: int = TOP,
    min_z: float = MIN_Z,
    prior_mass: float | None = None,
    exclude: Iterable[str] = (),
) -> dict[str, tuple[FramingTerm, ...]]:
    """Article id -> its `top` most distinctive terms (z-score, highest first).

    Needs at least two articles (a term is distinctive only against others); the names
    of the story's outlets never count as framing, nor any term containing a word of
    `exclude` (compare_story passes the words of the people and places named in the
    story: whom an outlet quotes is its sourcing, reported under voices, not its wording).
    """
    if len(articles) < 2:
        return {}
    counts = {a.id: _article_counts(a) for a in articles}
    pooled: Counter = Counter()
    for c in counts.values():
        pooled.update(c)
    banned = _outlet_words(articles)
    excluded = {w.lower() for w in exclude if isinstance(w, str)}
    vocab = [t for t in pooled if not banned.issuperset(t.split()) and not excluded.intersection(t.split())
             and not _cites_outlet(t, banned) and not _time_term(t)]

    total = sum(pooled.values())
    mass = float(prior_mass) if prior_mass and prior_mass > 0 else float(max(total, 1))
    bg_total = 0.0
    if background:
        bg_total = float(sum(v for v in background.values() if isinstance(v, (int, float)) and v > 0))
    if bg_total > 0:
        freq = {t: background.get(t, 0) for t in vocab}
        prior = {t: max(mass * float(v) / bg_total if isinstance(v, (int, float)) and v > 0 else 0.0, _FLOOR)
                 for t, v in freq.items()}
        # a0 sums the prior over the whole background vocabulary, not just the story's.
        a0 = mass + sum(a for t, a in prior.items() if a == _FLOOR)
    else:
        prior = {t: max(mass * pooled[t] / max(total, 1), _FLOOR) for t in vocab}
        a0 = sum(prior.values())

    out: dict[str, tuple[FramingTerm, ...]] = {}
    for art in articles:
        mine = counts[art.id]
        n_i = sum(mine.values())
        n_j = total - n_i
        if n_i == 0 or n_j == 0:
            out[art.id] = ()
            continue
        # A unigram that only ever occurs inside one of this article's bigrams adds nothing,
        # unless every such bigram is itself noise (below).
        covers: dict[str, list[str]] = {}
        for t, c in mine.items():
            if " " in t:
                for w in t.split():
                    if mine.get(w) == c:
                        covers.setdefault(w, []).append(t)
        scored = []
        for t in vocab:
            y_i = mine.get(t, 0)
            if y_i == 0:
                continue
            y_j = pooled[t] - y_i
            a = prior[t]
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            z = delta / math.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
            if z >= min_z:
                scored.append((round(z, 4), t))
        scored.sort(key=lambda zt: (-zt[0], zt[1]))
        body, title = _Words(art.text), _Words(art.title or "")
        judged: dict[str, bool] = {}

        def wording(term: str) -> bool:
            if term not in judged:
                judged[term] = not _shape_noise(term) and not _context_noise(body, title, term)
            return judged[term]

        kept: list[FramingTerm] = []
        for z, t in scored:
            if len(kept) >= top:
                break
            if wording(t) and not any(wording(b) for b in covers.get(t, ())):
                kept.append(FramingTerm(t, z))
        out[art.id] = tuple(kept)
    return out
