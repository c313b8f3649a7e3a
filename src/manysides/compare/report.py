"""`compare_story`: the whole cross-outlet comparison of one story, as a StoryReport.

Each part is its own function in its own module and can be called alone; this module
only checks the inputs and puts the parts together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from ..errors import ManysidesError
from ..records import Annotation, Article, Dispute, Story, StoryReport
from ._text import words
from .coverage import coverage
from .digest import other_news_sections
from .framing import framing_terms
from .numbers import differing_figures, disputed_numbers
from .shared import echoed_sentences, lead_points, shared_points
from .summary import neutral_summary
from .terms import term_counts
from .unique import unique_points
from .voices import voices

__all__ = ["CompareError", "compare_story", "term_counts"]


class CompareError(ManysidesError):
    """The inputs to a story comparison are not what `compare_story` takes."""


def _independent(articles: Sequence[Article]) -> list[Article]:
    """Articles in the given order, each id once, copies of a listed original dropped."""
    seen: dict[str, Article] = {}
    for a in articles:
        if a.id not in seen:
            seen[a.id] = a
    return [a for a in seen.values() if a.duplicate_of is None or a.duplicate_of not in seen]


def _quoted(arts: Sequence[Article], annotations: Mapping[str, Annotation],
            reported: bool = False, kind: str | None = None) -> list[tuple[str, int, int]]:
    """(article id, start, end) of every direct quotation in the story's articles (reported
    speech is the outlet's own wording, so its framing); with `reported`, of every quotation
    and reported statement whose speaker is named (words in quotation marks that nobody
    says, "a contribution to “Smiles for Life.”", say nothing of whose claim they are);
    with `kind`, only the direct quotations of speakers of that kind."""
    return [(a.id, q.start, q.end) for a in arts if a.id in annotations for q in annotations[a.id].quotes
            if (q.direct or reported) and (not reported or q.speaker) and (kind is None or q.speaker_kind == kind)]


def _loaded(arts: Sequence[Article], annotations: Mapping[str, Annotation],
            quoted: Sequence[tuple[str, int, int]]) -> frozenset[str]:
    """The words the story's articles use as loaded wording in their own voice (not
    inside a quotation), lower case."""
    return frozenset(
        ev.text.lower()
        for a in arts if a.id in annotations and annotations[a.id].slant is not None
        for ev in annotations[a.id].slant.evidence
        if ev.kind == "loaded" and not any(q == a.id and s <= ev.start and ev.end <= e for q, s, e in quoted)
    )


# People and places are who and where, not how: they belong to voices and to the facts.
_NAME_TYPES = {"PERSON", "GPE", "LOC", "FAC"}


def _person_names(articles: Sequence[Article], annotations: Mapping[str, Annotation]) -> tuple[str, ...]:
    """The full names (two words or more) of the people the articles name, once per mention."""
    return tuple(sorted(e.name for a in articles if a.id in annotations for e in annotations[a.id].entities
                        if e.type == "PERSON" and len(e.name.split()) >= 2))


def _name_words(articles: Sequence[Article], annotations: Mapping[str, Annotation]) -> set[str]:
    return {
        w
        for a in articles if a.id in annotations
        for e in annotations[a.id].entities if e.type in _NAME_TYPES
        for w in words(e.name)
    }


def compare_story(
    story: Story,
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    leanings: Mapping[str, str] | None = None,
    background: Mapping[str, int] | None = None,
) -> StoryReport:
    """Compare the independent articles of one story across their outlets.

    `sentence_vectors[article_id]` holds one L2-normalised row per sentence of
    `annotations[article_id]`; an article lacking either is still counted in outlets,
    coverage and framing but left out of the sentence-level parts.
    """
    if not isinstance(story, Story):
        raise CompareError(f"compare_story needs a Story, got {type(story).__name__} (pass the story record)")
    if isinstance(articles, (str, bytes)) or not all(isinstance(a, Article) for a in articles):
        raise CompareError("compare_story needs a sequence of Article records (the story's independent articles)")
    if not isinstance(annotations, Mapping) or not isinstance(sentence_vectors, Mapping):
        raise CompareError("annotations and sentence_vectors must be mappings keyed by article id")
    arts = _independent(articles)
    shared = tuple(dataclasses.replace(p, differing=differing_figures(p, arts, annotations))
                   for p in shared_points(arts, annotations, sentence_vectors))
    agreeing: list[Dispute] = []  # the dispute stage's groups whose figures do not clash: one quantity, no dispute
    disputed = disputed_numbers(arts, annotations, sentence_vectors, agreeing=agreeing)
    echoed = echoed_sentences(arts, annotations, sentence_vectors)
    # a figure another outlet of its point gives for one quantity at another moment (the Dow at
    # midday and at the close, review 16) is no detail of one outlet's, though no dispute either
    unique = unique_points(arts, annotations, sentence_vectors, disputed=disputed, paired=agreeing, shared=shared,
                           differing=[c for p in shared for c in (
                               *p.differing, *differing_figures(p, arts, annotations, across_moments=True))])
    quoted = _quoted(arts, annotations)
    return StoryReport(
        story_id=story.id,
        outlets={a.id: a.outlet for a in arts},
        shared=shared,
        unique=unique,
        disputed=disputed,
        voices=voices(arts, annotations),
        framing=framing_terms(arts, background, exclude=_name_words(arts, annotations)),
        coverage=coverage(arts, leanings),
        summary=neutral_summary(shared, arts, disputed=disputed, echoed=echoed, quoted=quoted,
                                unique=unique, loaded=_loaded(arts, annotations, quoted),
                                reported=_quoted(arts, annotations, reported=True),
                                told_by_person=_quoted(arts, annotations, reported=True, kind="person"),
                                documents=_quoted(arts, annotations, kind="document"),
                                leads=lead_points(arts, annotations, sentence_vectors),
                                persons=_person_names(arts, annotations),
                                sentences={a.id: annotations[a.id].sentences for a in arts if a.id in annotations}),
        other_news=other_news_sections(arts, annotations, sentence_vectors),
    )
