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
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..nlp.tweets import SIGNED
from ..records import Article, FramingTerm
from ._text import media_names, outlet_key, words
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
        # A unigram that only ever occurs inside one of this article's bigrams adds nothing.
        covered = {
            w for t, c in mine.items() if " " in t for w in t.split() if mine.get(w) == c
        }
        scored = []
        for t in vocab:
            y_i = mine.get(t, 0)
            if y_i == 0 or t in covered:
                continue
            y_j = pooled[t] - y_i
            a = prior[t]
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            z = delta / math.sqrt(1.0 / (y_i + a) + 1.0 / (y_j + a))
            if z >= min_z:
                scored.append((round(z, 4), t))
        scored.sort(key=lambda zt: (-zt[0], zt[1]))
        out[art.id] = tuple(FramingTerm(t, z) for z, t in scored[:top])
    return out
