"""Points only one outlet makes, and so what every other outlet leaves out.

Two ways a sentence counts as one outlet's own:

* **the whole sentence**: no sentence of any other outlet comes near it in meaning (max
  cosine below `UNIQUE_THRESHOLD`, well under the paraphrase range), and it is
  substantive (a number, a quote or a named entity);
* **a detail in it**: it holds a figure or a name that no other outlet's text contains
  ("118,423 votes", "Millwrights Local 212") — a figure anywhere, a name in a sentence
  that is not a paraphrase of another outlet's (below `SHARED_THRESHOLD`). Sentence
  vectors alone miss these: a sentence adding one fact to a shared point still reads
  much like it.

A sentence unlike any other outlet's is still not its own when its figures are all
printed by another outlet and it names nothing new: it restates a reported figure
("claims dropped to 385,000") in other words.

Sentences must have at least `MIN_WORDS` words; at most `PER_ARTICLE` per article are
kept, most novel details first, and returned in reading order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

import re

from ..records import Annotation, Article, Claim, Dispute, Evidence
from ._text import SentenceView, is_boilerplate, outlet_key, sentence_views
from .shared import SHARED_THRESHOLD

UNIQUE_THRESHOLD = 0.50
MIN_WORDS = 8
PER_ARTICLE = 8
# Entity types that name something a reader could look up (dates and counts are claims).
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
_QUOTE_MARKS = ('"', "“", "”")


def unique_points(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    threshold: float = UNIQUE_THRESHOLD,
    per_article: int = PER_ARTICLE,
    min_words: int = MIN_WORDS,
    disputed: Sequence[Dispute] = (),
) -> tuple[Evidence, ...]:
    """Substantive sentences with no counterpart in another outlet, in article order.

    At most `per_article` per article, the most substantive ones; empty when fewer than
    two outlets can be compared (with one outlet, nothing is "only one outlet's").
    Figures in `disputed` are not novel: the other outlets report the quantity, with
    another value (the dispute says so).
    """
    contested = {(c.article, c.start) for d in disputed for c in d.claims}
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    outlets = sorted({v.outlet for v in views})
    if len(outlets) < 2:
        return ()
    by_outlet = {
        o: np.concatenate([matrices[a] for a in dict.fromkeys(v.article for v in views if v.outlet == o)])
        for o in outlets
    }
    others_text = {
        o: " ".join(a.text for a in articles if outlet_key(a) != o).lower() for o in outlets
    }
    out: list[Evidence] = []
    for art in articles:
        mine = [v for v in views if v.article == art.id]
        if not mine:
            continue
        outlet = mine[0].outlet
        others = np.concatenate([by_outlet[o] for o in outlets if o != outlet])
        elsewhere = others_text[outlet]
        ann = annotations[art.id]
        scored = []
        for v in mine:
            if v.n_words < min_words or is_boilerplate(v.text) or v.text.rstrip().endswith(("...", "…", ":")):
                continue  # a cut-off sentence, or one that only leads into a quote or a list
            best = float((others @ matrices[art.id][v.index]).max()) if others.size else 0.0
            figures, names, reported = _novel(v, ann, elsewhere, contested)
            if best < threshold:
                if reported and not figures and not names:
                    continue  # every figure is another outlet's too, and it names nothing new
                score = _substance(v, ann)
            elif figures or (names and best < SHARED_THRESHOLD):
                score = 0.0
            else:
                continue
            score += 3.0 * min(figures, 2) + 2.0 * min(names if best < SHARED_THRESHOLD else 0, 2)
            if score > 0:
                scored.append((score, v))
        scored.sort(key=lambda sv: (-sv[0], sv[1].start))
        chosen = sorted((v for _, v in scored[:per_article]), key=lambda v: v.start)
        out.extend(Evidence(v.article, v.start, v.end, v.text) for v in chosen)
    return tuple(out)


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _appears(numeral: str, text: str) -> bool:
    return re.search(r"(?<![\d.,])" + re.escape(numeral) + r"(?![\d]|[.,]\d)", text) is not None


def _novel(
    v: SentenceView, ann: Annotation, elsewhere: str, contested: set[tuple[str, int]]
) -> tuple[int, int, int]:
    """(figures, names) in the sentence that no other outlet's text contains, and the
    number of its figures that another outlet's text does contain."""
    inside = lambda s, e: s < v.end and e > v.start  # noqa: E731
    figures = set()
    reported = set()
    for c in ann.claims:
        if inside(c.start, c.end) and isinstance(c, Claim) and (v.article, c.start) not in contested:
            m = _NUMERAL.search(c.text)
            if m:
                (reported if _appears(m.group(0), elsewhere) else figures).add(m.group(0))
    names = set()
    for e in ann.entities:
        if e.type in _NAMED and inside(e.start, e.end):
            name = e.name.lower()
            parts = name.split()
            if name not in elsewhere and not (e.type == "PERSON" and parts and parts[-1] in elsewhere):
                names.add(name)
    return len(figures), len(names), len(reported)


def _substance(v: SentenceView, ann: Annotation) -> float:
    """How much checkable content a sentence carries; 0 = none (a transition, a mood)."""
    inside = lambda s, e: s < v.end and e > v.start  # noqa: E731
    names = {e.name.lower() for e in ann.entities if e.type in _NAMED and inside(e.start, e.end)}
    claims = sum(1 for c in ann.claims if inside(c.start, c.end))
    quotes = sum(1 for q in ann.quotes if inside(q.start, q.end))
    if not quotes and any(m in v.text for m in _QUOTE_MARKS):
        quotes = 1
    if not (names or claims or quotes):
        return 0.0
    return 2.0 * min(claims, 2) + 1.5 * min(quotes, 1) + min(len(names), 3) + min(v.n_words, 40) / 40
