"""Annotate stored articles again, with this version's extractors and models.

A store keeps each article's annotation (sentences, entities, quotes, claims, slant) as
it was made when the article was added, and records what made it. After an upgrade, or
with another slant model, `reannotate` makes those annotations again from the stored
texts: the articles' vectors, and so their stories, ids and corrections, stay as they
are; the comparisons of the stories touched are made again when next read. Each article
is replaced in one transaction, so a run stopped halfway leaves every article either as
it was or done, and the next run does the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import Failure
from .errors import ConfigError
from .nlp.annotate import annotator_id
from .nlp.models import Embedder, load_embedder, load_spacy
from .nlp.slant import SlantModel
from .pipeline import (Progress, _batches, _check_vector_size, _Silent, _story_ids, annotated_batches, existing_store,
                       sentence_texts, within_limit)
from .store import Store


@dataclass
class Reannotation:
    """What `reannotate` found (and, unless it was a dry run, did)."""

    annotator: str  # what makes annotations now (see `nlp.annotate.annotator_id`)
    stale: int  # articles in scope whose annotation something else made
    current: int  # articles in scope already annotated this way, left alone (0 with everything=True)
    annotated: list[str] = field(default_factory=list)  # ids annotated again
    stories: list[str] = field(default_factory=list)  # stories whose comparison is made again when next read
    failures: list[Failure] = field(default_factory=list)
    dry_run: bool = False


def reannotate(
    db: str | Path | Store = "manysides.db",
    *,
    story_ids: Iterable[str] | str | None = None,
    everything: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    slant_model: SlantModel | None = None,
    n_process: int = 1,
) -> Reannotation:
    """Annotate again the stored articles (of `story_ids`, or all) that an earlier version
    or another model annotated; with `everything`, all of them. `dry_run` only counts.

    `slant_model` and `embedder` replace the shipped ones, as in `analyze` (the embedder
    only embeds sentences: the articles' own vectors are kept).
    """
    if not isinstance(n_process, int) or n_process < 1:
        raise ConfigError(f"n_process must be 1 or more, not {n_process!r}")
    progress = progress or _Silent()
    store = existing_store(db)
    try:
        slant_model = slant_model or SlantModel.load()
        annotator = annotator_id(slant_model)
        scope = _scope(store, story_ids)
        total = len(scope) if scope is not None else store.count_annotations(annotator)[0]
        stale = store.stale_annotations(annotator, scope)
        todo_ids = store.stale_annotations(None, scope) if everything else stale
        result = Reannotation(annotator, stale=len(stale), current=total - len(todo_ids), dry_run=dry_run)
        if dry_run or not todo_ids:
            return result
        nlp = load_spacy()
        embedder = embedder or load_embedder()
        _check_vector_size(store, embedder)
        progress.stage("annotating", len(todo_ids))
        # texts read 500 at a time as the parse takes them: a large store is never loaded whole
        todo = (art for ids in _batches(todo_ids, 500) for art in within_limit(store.articles(ids), result.failures))
        for done in annotated_batches(todo, nlp, slant_model, result.failures, progress, n_process):
            for art, ann in done:
                store.replace_annotation(ann, embedder.encode(sentence_texts(art, ann)), annotator)
                result.annotated.append(art.id)
        result.stories = store.story_order(store.story_of(result.annotated).values())
        return result
    finally:
        if not isinstance(db, Store):
            store.close()


def _scope(store: Store, story_ids: Iterable[str] | str | None) -> list[str] | None:
    """The annotated articles of the stories `story_ids` (wire copies included), or None for all."""
    ids = _story_ids(store, story_ids)
    if ids is None:
        return None
    members = store.story_members(ids)
    articles = [aid for sid in ids for aid in members.get(sid, [])]
    return store.stale_annotations(None, articles)
