"""Random batches and corrections keep a store's stories and storylines true.

Articles of many subjects arrive in random batches (one in five undated), and between
batches a user merges two stories, splits one or moves an article, at random, and (with
`undo`) undoes the latest correction; some
articles are wire copies of others, and now and then the store is closed and reopened. After every step: each article is in exactly one
story, with its wire copies; what the user corrected still holds (and what an undo
reversed no longer binds: an undo right after its correction gives back the stories as
they were before it); a
story that no new article joined keeps its id and its articles; story records, summaries
and storylines agree and name only stories that exist; and the storylines are those that
linking every story from scratch gives (a stream within the storyline gap, so every
relink sees all it could link with) or, for a stream longer than the gap (relinks read
only the stories within reach), each storyline is held together by linking pairs.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

import numpy as np
import pytest
from test_storyline_scope import partition_from_scratch, partition_in_store

from manysides.records import Annotation, Article
from manysides.store import Store
from manysides.stories import (
    CorrectionError,
    StorylineConfig,
    group_store,
    merge_stories,
    move_article,
    split_story,
    undo_correction,
)
from manysides.stories.stored import _Block

DIM = 32


def subjects_corpus(seed: int, subjects: int, span_days: int,
                    previews: float = 0.0) -> list[tuple[str, str | None, np.ndarray, str]]:
    """(id, date or None, vector, text): eight articles a subject, over a few days from a
    random start, in the subject's words; shuffled. `previews`: the share of articles whose
    lead looks ahead ("The council will vote ..."), so that grouping's preview penalty takes
    part (drawn from a generator of their own: with 0 the corpus is the same as without)."""
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    ahead = random.Random(-seed - 10_000)
    rows = []
    for s in range(subjects):
        base = rng.normal(size=DIM)
        base /= np.linalg.norm(base)
        vocab = [f"s{s}w{i}" for i in range(40)] + [f"c{i}" for i in range(200)]
        start = pick.randrange(0, span_days)
        for k in range(8):
            v = base + 0.3 * rng.normal(size=DIM) / np.sqrt(DIM)
            day = start + pick.choice([0, 0, 1, 2, 5, 9])
            when = None if pick.random() < 0.2 else (date(2024, 1, 1) + timedelta(days=day)).isoformat()
            text = " ".join(pick.choices(vocab, k=80))
            if previews and ahead.random() < previews:
                text = f"The council will vote on s{s}w0 next week. {text}"
            rows.append((f"a{s:02d}{k:02d}", when, (v / np.linalg.norm(v)).astype(np.float32), text))
    pick.shuffle(rows)
    return rows


def stories_of(store: Store) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(story -> articles, article -> story), checking that no article is in two stories."""
    members, story_of = {}, {}
    for story in store.stories():
        members[story.id] = frozenset(story.articles)
        for a in story.articles:
            assert a not in story_of, f"{a} is in {story_of[a]} and {story.id}"
            story_of[a] = story.id
    assert store.story_of(list(story_of)) == story_of
    return members, story_of


def check_storylines(store: Store, whole: bool) -> None:
    lines = partition_in_store(store)  # records, summaries and storylines agree
    summaries = {r[0]: r for r in store.story_summaries()}
    assert all(sid in summaries for line in lines for sid in line)  # no story gone is named
    if whole:
        assert lines == partition_from_scratch(store)
        return
    for line in lines:
        block = _Block.of([summaries[sid] for sid in sorted(line)])
        near: dict[str, set[str]] = {sid: set() for sid in line}
        for a, b in block.pairs(block, StorylineConfig()):
            near[a].add(b)
        reached, todo = set(), [min(line)]
        while todo:
            sid = todo.pop()
            if sid not in reached:
                reached.add(sid)
                todo.extend(near[sid] - reached)
        assert reached == line, "a storyline holds stories that no linking pairs connect"


# Each bug the fuzzer found (benchmarks/store_random_runs.py) fails on at least one of
# these seeds with its fix undone: 188 float32 centroids, 10 and 26 outside stories kept
# in a storyline, 16 a story gone still listed; five of the six fail on the code before.
# The undo seeds run with an undo after a quarter of the steps, drawn from a second
# generator so that undo=0 replays the seeds above exactly. The last runs with a third of
# the leads looking ahead, so that the preview penalty parts some dated pairs.
@pytest.mark.parametrize(("span_days", "subjects", "seed", "undo", "previews"),
                         [(90, 15, 5, 0, 0), (90, 15, 17, 0, 0), (90, 15, 188, 0, 0), (400, 30, 10, 0, 0),
                          (400, 30, 16, 0, 0), (400, 30, 26, 0, 0), (90, 15, 3, 0.25, 0), (400, 30, 7, 0.25, 0),
                          (90, 15, 11, 0.25, 0.3)])
def test_random_batches_and_corrections_keep_stories_and_storylines_true(tmp_path, span_days, subjects, seed, undo,
                                                                         previews):
    rows = subjects_corpus(seed, subjects, span_days, previews)
    pick = random.Random(seed)
    undo_pick = random.Random(-1 - seed)
    whole = span_days + 10 < StorylineConfig().max_gap_days
    together: dict[tuple[str, str], bool] = {}  # article pairs a correction put together or apart
    # corrections in force, newest last: (`together` before it, the stories before it, a batch since?)
    made: list[tuple[dict, dict, bool]] = []
    added: list[str] = []
    copy_of: dict[str, str] = {}  # wire copy -> its original
    stored_rows: dict[str, tuple] = {}
    store = Store(tmp_path / "s.db")
    try:
        pos = 0
        while pos < len(rows):
            if pick.random() < 0.1:  # the next step is another process's: the store reopened
                store.close()
                store = Store(tmp_path / "s.db")
            before, old_story_of = stories_of(store)
            kind = "batch"
            if undo and undo_pick.random() < undo:
                kind = "undo"
                if not made:
                    with pytest.raises(CorrectionError, match="no correction to undo"):
                        undo_correction(store)
                    continue
                together, stories_then, batch_since = made.pop()
                undo_correction(store)
                members, story_of = stories_of(store)
                if not batch_since:
                    assert members == stories_then, "an undo did not give back the stories as they were"
            elif pick.random() < 0.55 or not added:
                batch = rows[pos:pos + pick.randint(1, 25)]
                pos += len(batch)
                for aid, when, vec, text in batch:
                    original = None
                    if added and pick.random() < 0.15:  # a wire copy of an article already stored
                        original = pick.choice(added)  # (perhaps a copy: the store records the first)
                        when, vec, text = stored_rows[original]
                        copy_of[aid] = copy_of.get(original, original)
                    store.add_article(Article(id=aid, source=f"{aid}.txt", outlet=f"O{int(aid[1:]) % 5}", url=None,
                                              title=aid, byline=None, published=when, language="en", text=text,
                                              duplicate_of=original), None)
                    store.put_annotation(Annotation(aid, (), (), (), ()), vec, np.zeros((0, DIM), np.float32))
                    stored_rows[aid] = (when, vec, text)
                    added.append(aid)
                group_store(store)
                made = [(t, m, True) for t, m, _ in made]
                members, story_of = stories_of(store)
                joined = {story_of[aid] for aid, *_ in batch}
                for sid, articles in before.items():  # only stories new articles joined change
                    assert members.get(sid) == articles or {story_of[a] for a in articles} & joined
            else:
                ids = sorted(before)
                kind = pick.choice(["merge", "split", "move"])
                made.append((dict(together), before, False))
                if kind == "merge" and len(ids) >= 2:
                    target, other = pick.sample(ids, 2)
                    merge_stories(store, target, [other])
                elif kind == "split" and (big := [s for s in ids if len(before[s]) >= 2]):
                    sid = pick.choice(big)
                    articles = sorted(before[sid])
                    out = pick.sample(articles, pick.randint(1, len(articles) - 1))
                    roots = {copy_of.get(a, a) for a in out}  # wire copies go with their originals
                    if all(copy_of.get(a, a) in roots for a in articles):
                        with pytest.raises(CorrectionError, match="some, but not all"):
                            split_story(store, sid, out)
                        made.pop()
                        continue
                    split_story(store, sid, out)
                elif kind == "move" and len(ids) >= 2:
                    aid = pick.choice(sorted(old_story_of))
                    move_article(store, aid, pick.choice([s for s in ids if s != old_story_of[aid]]))
                else:
                    made.pop()
                    continue
                members, story_of = stories_of(store)
                changed = {s for s in set(before) | set(members) if before.get(s) != members.get(s)}
                involved = set().union(*(before.get(s, frozenset()) | members.get(s, frozenset()) for s in changed))
                for a, b in itertools.combinations(sorted(involved), 2):
                    together[(a, b)] = story_of[a] == story_of[b]
            assert set(added) <= set(story_of)
            for sid in set(before) - set(members):  # a story merged away leads to where its articles went
                into = store.merged_into(sid)
                assert into in members and before[sid] & members[into], f"{sid} went, leading nowhere ({kind})"
            assert all(story_of[c] == story_of[o] for c, o in copy_of.items()), f"a wire copy left its original ({kind})"
            for (a, b), same in together.items():
                assert (story_of[a] == story_of[b]) == same, f"a correction of {a} and {b} was undone"
            check_storylines(store, whole)
    finally:
        store.close()
