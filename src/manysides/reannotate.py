"""Annotate stored articles again, with this version's extractors and models.

A store keeps each article's annotation (sentences, entities, quotes, claims, slant) as
it was made when the article was added, and records what made it. After an upgrade, or
with another slant model, `reannotate` makes those annotations again from the stored
texts: the articles' vectors, and so their stories, ids and corrections, stay as they
are; the comparisons of the stories touched are made again when next read. Each article
is replaced in one transaction, so a run stopped halfway leaves every article either as
it was or done, and the next run does the rest. Stored articles with no annotation at all
(a run killed during annotation left them) are counted apart, and annotated, embedded
and grouped into stories as that run would have.
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
from .pipeline import (Progress, _batches, _check_vector_size, _group, _Silent, _story_ids, annotated_batches,
                       embedded_batches, existing_store, latest_day, sentence_texts, within_limit)
from .store import Store


@dataclass
class Reannotation:
    """What `reannotate` found (and, unless it was a dry run, did)."""

    annotator: str  # what makes annotations now (see `nlp.annotate.annotator_id`)
    stale: int  # articles in scope whose annotation something else made
    current: int  # articles in scope already annotated this way, left alone (0 with everything=True)
    annotated: list[str] = field(default_factory=list)  # ids annotated again
    # stored articles with no annotation at all, left by a run killed during annotation
    # (only without story_ids: they are in no story); annotated, embedded and grouped
    missing: int = 0
    finished: list[str] = field(default_factory=list)  # ids of those annotated for the first time
    stories: list[str] = field(default_factory=list)  # stories whose comparison is made again when next read
    failures: list[Failure] = field(default_factory=list)
    dry_run: bool = False
    # articles in scope a run annotates again: the stale ones, or with everything=True all of
    # them (a dry run with --all said "All 0 stored articles are up to date" before session 40)
    again: int = 0
    # (source, date) of the stored articles dated after today (UTC, a day's grace), in the whole store: a run before
    # session 41 kept such a date, which reannotating leaves as it is (said by the command, see docs/inputs.md)
    future: list[tuple[str, str]] = field(default_factory=list)


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
    or another model annotated; with `everything`, all of them. Without `story_ids`, also
    annotate (and embed and group) those that have no annotation at all, which a run
    killed during annotation left. `dry_run` only counts.

    `slant_model` and `embedder` replace the shipped ones, as in `analyze` (the embedder
    only embeds sentences: the articles' own vectors are kept).
    """
    if not isinstance(n_process, int) or n_process < 1:
        raise ConfigError(f"n_process must be 1 or more, not {n_process!r}")
    progress = progress or _Silent()
    store = existing_store(db)
    try:
        with store.writing_run() as left:
            return _reannotate(store, left, story_ids, everything, dry_run, progress, embedder, slant_model,
                               n_process)
    finally:
        if not isinstance(db, Store):
            store.close()


def _reannotate(store: Store, left: list[str], story_ids, everything: bool, dry_run: bool, progress: Progress,
                embedder: Embedder | None, slant_model: SlantModel | None, n_process: int) -> Reannotation:
    slant_model = slant_model or SlantModel.load()
    annotator = annotator_id(slant_model)
    scope = _scope(store, story_ids)
    total = len(scope) if scope is not None else store.count_annotations(annotator)[0]
    stale = store.stale_annotations(annotator, scope)
    todo_ids = store.stale_annotations(None, scope) if everything else stale
    # articles a run killed during annotation left are in no story: only a run over the
    # whole store finds them (and only when no other run is annotating them now)
    missing = store.missing_annotations(left) if scope is None else []
    result = Reannotation(annotator, stale=len(stale), current=total - len(todo_ids), missing=len(missing),
                          dry_run=dry_run, again=len(todo_ids), future=store.dated_after(latest_day()))
    if dry_run or not (todo_ids or missing):
        return result
    nlp = load_spacy()
    embedder = embedder or load_embedder()
    _check_vector_size(store, embedder)
    progress.stage("annotating", len(todo_ids) + len(missing))
    # texts read 500 at a time as the parse takes them: a large store is never loaded whole
    todo = (art for ids in _batches(todo_ids, 500) for art in within_limit(store.articles(ids), result.failures))
    for done in annotated_batches(todo, nlp, slant_model, result.failures, progress, n_process):
        for art, ann in done:
            store.replace_annotation(ann, embedder.encode(sentence_texts(art, ann)), annotator)
            result.annotated.append(art.id)
    if missing:  # annotated, embedded and grouped, as the run that stopped would have
        rest = within_limit(store.articles(missing), result.failures)
        for done in embedded_batches(rest, nlp, slant_model, embedder, result.failures, progress, n_process):
            for item in done:
                store.put_annotation(item.annotation, item.vector, item.sentence_vectors, annotator)
                result.finished.append(item.article.id)
        if result.finished:
            _group(store, progress)
    result.stories = store.story_order(store.story_of(result.annotated).values())
    return result


def _scope(store: Store, story_ids: Iterable[str] | str | None) -> list[str] | None:
    """The annotated articles of the stories `story_ids` (wire copies included), or None for all."""
    ids = _story_ids(store, story_ids)
    if ids is None:
        return None
    members = store.story_members(ids)
    articles = [aid for sid in ids for aid in members.get(sid, [])]
    return store.stale_annotations(None, articles)
