"""A digest's sections on other news, per article of a story (session 44, helper C).

A digest (a newsletter's "compilation of stories", a morning briefing) gives the day's stories each under its heading,
and only one of them is the story's. The unique-item stage already leaves out the sentences of such sections
(`unique._other_news`: no sentence of the section comes near another outlet's, and fewer than half its names stand in
the other outlets' text). The slant of the text is read from the whole article, every section: the model scores an
article, not a part of one, and a score of a few sentences would not be one the model card measures. So the story
shows the label as the whole digest's and says which of the evidence comes from its sections on other news
(`StoryReport.other_news`, shown by present/html.py and present/terminal.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..records import Annotation, Article
from ._text import outlet_key, sentence_views
from .unique import _other_news, _sections

__all__ = ["other_news_sections"]


def other_news_sections(articles: Sequence[Article], annotations: Mapping[str, Annotation],
                        sentence_vectors: Mapping[str, np.ndarray]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Article id -> the (start, end) of each of its sections on other news than the story's, for the articles that
    have any (none when fewer than two outlets can be compared)."""
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    outlets = sorted({v.outlet for v in views})
    if len(outlets) < 2:
        return {}
    out: dict[str, tuple[tuple[int, int], ...]] = {}
    for art in articles:
        mine = [v for v in views if v.article == art.id]
        if not mine:
            continue
        others = [matrices[a.id] for a in articles
                  if a.id in matrices and outlet_key(a) != mine[0].outlet and any(v.article == a.id for v in views)]
        if not others:
            continue
        rows = np.concatenate(others)
        elsewhere = " ".join(f"{a.title or ''}\n{a.text}" for a in articles if outlet_key(a) != mine[0].outlet).lower()
        ann = annotations[art.id]
        far = _other_news(art.text, mine, (rows @ matrices[art.id].T).max(0), ann, elsewhere)
        if not far:
            continue
        people = frozenset(e.name.lower() for e in ann.entities if e.type == "PERSON")
        # a section with a sentence past its heading line: a heading alone is no item (review 13's Reuters closes with
        # a credit line, "—Field Level Media", which reads as a heading with nothing under it)
        spans = tuple((lo, hi) for lo, hi in _sections(art.text, people)
                      if any(_past_heading(art.text, lo, hi) <= s < hi for s in far))
        if spans:
            out[art.id] = spans
    return out


def _past_heading(text: str, lo: int, hi: int) -> int:
    """Where the section `text[lo:hi]` goes on past its first line (its heading); `hi` when it is that line alone."""
    end = text.find("\n", lo, hi)
    return hi if end < 0 or not text[end:hi].strip() else end
