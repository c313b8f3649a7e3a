"""Storylines relinked around what a run changed equal storylines linked from scratch.

A run relinks only the components of linking story pairs that its changes touch (see
`stored._storyline_scope`), found among all stories in reach or, once a store has
trained its story cells, among the stories of the cells nearest to the changed ones.
Stories here are single articles with chosen vectors: subjects are random directions and
each article is its subject plus noise, so some pairs of a subject link and some do not.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pytest

from manysides.records import Annotation, Article
from manysides.store import Store
from manysides.stories import group_store, link_storylines, story_cells
from manysides.stories.grouping import parse_day
from manysides.stories.storylines import title_story

DIM = 32
VOCAB = [f"w{i}" for i in range(5000)]


def corpus(subjects: int = 12, per_subject: int = 20, seed: int = 0) -> list[tuple[str, str, np.ndarray, str]]:
    """(id, day, vector, text): each article five days from the next of its subject (so
    each is its own story), all within 100 days (so every story is within reach)."""
    rng = np.random.default_rng(seed)
    words = random.Random(seed)
    out = []
    for s in range(subjects):
        base = rng.normal(size=DIM)
        base /= np.linalg.norm(base)
        noise = 0.5 + 0.7 * s / max(1, subjects - 1)  # tight subjects link, loose ones less
        for k in range(per_subject):
            v = base + noise * rng.normal(size=DIM) / np.sqrt(DIM)
            when = (date(2024, 1, 1) + timedelta(days=s % 3 + 5 * k)).isoformat()
            out.append((f"a{s:02d}-{k:02d}", when, (v / np.linalg.norm(v)).astype(np.float32),
                        " ".join(words.choices(VOCAB, k=60))))
    return out


def fill_in_batches(store: Store, rows, batches: int, seed: int) -> None:
    order = rows[:]
    random.Random(seed).shuffle(order)
    size = -(-len(order) // batches)
    for lo in range(0, len(order), size):
        for aid, when, vec, text in order[lo:lo + size]:
            store.add_article(Article(id=aid, source=f"{aid}.txt", outlet="O", url=None, title=aid, byline=None,
                                      published=when, language="en", text=text), None)
            store.put_annotation(Annotation(aid, (), (), (), ()), vec, np.zeros((0, DIM), np.float32))
        group_store(store)


def partition_in_store(store: Store) -> set[frozenset[str]]:
    """The stored storylines, after checking that every story record and summary names
    the storyline that lists it (and none when no storyline does), and that each
    storyline carries the title of its story with the most articles."""
    lines = store.storylines()
    line_of = {sid: line.id for line in lines for sid in line.stories}
    assert {s.id: s.storyline for s in store.stories()} == {s.id: line_of.get(s.id) for s in store.stories()}
    assert {r[0]: r[3] for r in store.story_summaries()} == {r[0]: line_of.get(r[0]) for r in store.story_summaries()}
    titles = {s.id: s.title for s in store.stories()}
    sizes = {s.id: len(s.articles) for s in store.stories()}
    assert all(line.title == titles[title_story(line.stories, sizes)] for line in lines)
    return {frozenset(line.stories) for line in lines}


def partition_from_scratch(store: Store) -> set[frozenset[str]]:
    summaries = store.story_summaries()
    vectors = {row[0]: row[4] for row in summaries}
    arrivals = {row[0]: row[5] for row in summaries if row[1] is None and row[5] is not None}
    return {frozenset(line.stories) for line in link_storylines(store.stories(), vectors, arrivals=arrivals)}


@pytest.mark.parametrize("seed", [0, 1])
def test_runs_relink_storylines_as_linking_everything_at_once_would(tmp_path, seed):
    with Store(tmp_path / "s.db") as store:
        fill_in_batches(store, corpus(seed=seed), batches=8, seed=seed)
        assert len(store.stories()) > 200  # nearly every article is its own story
        expected = partition_from_scratch(store)
        assert len(expected) >= 5  # the data does link stories, and not into one blob
        assert partition_in_store(store) == expected
        assert store.story_cells() is None  # too few stories to train cells


@pytest.mark.parametrize("probe", [8, 3])
def test_story_cells_find_the_stories_to_relink(tmp_path, monkeypatch, probe):
    # cells are trained in the run that passes 100 stories; with every cell probed the
    # search is exhaustive, with 3 of 8 it relies on close stories sharing cells
    monkeypatch.setattr(story_cells, "MIN_STORIES", 100)
    monkeypatch.setattr(story_cells, "N_CELLS", 8)
    monkeypatch.setattr(story_cells, "PROBE", probe)
    with Store(tmp_path / "s.db") as store:
        fill_in_batches(store, corpus(seed=3), batches=8, seed=3)
        cells = store.story_cells()
        assert cells is not None and cells.shape == (8, DIM)
        # every story is in the cell nearest its current centroid
        rows = store._db.execute("SELECT story_id, cell FROM story_meta").fetchall()
        vectors = {row[0]: row[4] for row in store.story_summaries()}
        assert len(rows) > 200
        assert all(cell == int(story_cells.cell_of(cells, vectors[sid])[0]) for sid, cell in rows)
        assert partition_in_store(store) == partition_from_scratch(store)
        # the cell lookup returns exactly the stories of those cells in the day range
        lo, hi = parse_day("2024-01-11"), parse_day("2024-01-31")
        got = {(c, r[0]) for c, found in store.stories_in_cells([0, 1], lo, hi).items() for r in found}
        want = {(dict(rows)[sid], sid) for sid, f, l, *_ in store.story_summaries()
                if dict(rows)[sid] in (0, 1) and l >= lo and f <= hi}
        assert got == want
        # with the same summaries (days, storyline, centroid) as a lookup by id gives
        by_id = {r[0]: r for r in store.story_summaries()}
        for found in store.stories_in_cells([0, 1], lo, hi).values():
            for sid, first, last, line, vec, arrival in found:
                assert (first, last, line, arrival) == (*by_id[sid][1:4], by_id[sid][5])
                assert np.array_equal(vec, by_id[sid][4])


def test_cells_are_trained_for_a_store_grouped_before_they_existed(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with Store(path) as store:
        fill_in_batches(store, corpus(subjects=6, seed=5), batches=2, seed=5)
        # a store of an earlier version: no cell or arrival columns, no cells
        for index in ("story_meta_cell", "story_meta_cell_arrival", "story_meta_arrival"):
            store._db.execute(f"DROP INDEX {index}")
        for column in ("cell", "arrival_first", "arrival_last"):
            store._db.execute(f"ALTER TABLE story_meta DROP COLUMN {column}")
    monkeypatch.setattr(story_cells, "MIN_STORIES", 50)
    monkeypatch.setattr(story_cells, "N_CELLS", 4)
    with Store(path) as store:
        assert store.story_cells() is None
        store.add_article(Article(id="late", source="late.txt", outlet="O", url=None, title="late", byline=None,
                                  published="2024-02-01", language="en", text="late " * 60), None)
        store.put_annotation(Annotation("late", (), (), (), ()), corpus(subjects=1, seed=5)[0][2],
                             np.zeros((0, DIM), np.float32))
        group_store(store)
        assert store.story_cells() is not None
        assert store._db.execute("SELECT COUNT(*) FROM story_meta WHERE cell IS NULL").fetchone()[0] == 0
        assert partition_in_store(store) == partition_from_scratch(store)


def test_undated_stories_are_relinked_within_the_months_they_arrived_in(tmp_path, monkeypatch):
    # a stream over 100 days (all within reach, so the relinks must equal linking from
    # scratch), in date order, in batches of 10 days, one article in three undated (a feed
    # without dates), each undated one arriving with the articles of its days
    from manysides.stories import stored

    rows = corpus(subjects=12, per_subject=20, seed=7)
    rows.sort(key=lambda r: (r[1], r[0]))
    day0 = parse_day(rows[0][1])
    with Store(tmp_path / "s.db") as store:
        for lo in range(0, 110, 10):
            batch = [r for r in rows if lo <= parse_day(r[1]) - day0 < lo + 10]
            for k, (aid, when, vec, text) in enumerate(batch):
                undated = int(aid[-2:]) % 3 == 0
                store.add_article(Article(id=aid, source=f"{aid}.txt", outlet="O", url=None, title=aid,
                                          byline=None, published=None if undated else when, language="en",
                                          text=text), None)
                store.put_annotation(Annotation(aid, (), (), (), ()), vec, np.zeros((0, DIM), np.float32))
            group_store(store)
        summaries = store.story_summaries()
        spans = [row[5] for row in summaries if row[1] is None]
        assert len(spans) > 60 and all(s is not None and s[1] - s[0] <= 10 for s in spans)
        expected = partition_from_scratch(store)
        assert len(expected) >= 4
        assert partition_in_store(store) == expected
        # the relink around one more undated article reads the months around the stream's
        # present, not the whole store
        present = store.latest_day()
        seen = []
        scope = stored._storyline_scope
        monkeypatch.setattr(stored, "_storyline_scope", lambda *a: seen.append(a[3]) or scope(*a))
        # near a subject, not a copy of one article, in words its own: a story of its own
        vec = rows[-1][2] + 0.6 * np.random.default_rng(99).normal(size=DIM).astype(np.float32) / np.sqrt(DIM)
        vec /= np.linalg.norm(vec)
        text = " ".join(random.Random(99).choices(VOCAB, k=60))
        store.add_article(Article(id="late", source="late.txt", outlet="O", url=None, title="late", byline=None,
                                  published=None, language="en", text=text), None)
        store.put_annotation(Annotation("late", (), (), (), ()), vec, np.zeros((0, DIM), np.float32))
        group_store(store)
        assert seen == [(present - 120, present + 120)]
        late = store.story_summaries([store.story_of(["late"])["late"]])[0]
        assert late[1] is None and late[5] == (present, present)
        assert partition_in_store(store) == partition_from_scratch(store)


def linking_pairs(store: Store) -> set[frozenset[str]]:
    """Every pair of stored stories whose centroids link on their own (all dated, all
    within the 120-day gap here): cosine >= 0.72."""
    rows = store.story_summaries()
    mat = np.stack([r[4] / np.linalg.norm(r[4]) for r in rows])
    sims = mat @ mat.T
    return {frozenset((rows[i][0], rows[j][0])) for i, j in zip(*np.nonzero(sims >= 0.72)) if i < j}


def recorded_pairs(store: Store) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in store._db.execute("SELECT a, b FROM story_links")}


@pytest.mark.parametrize("seed", [0, 2])
def test_the_store_records_every_linking_pair_and_relinks_by_them(tmp_path, seed):
    with Store(tmp_path / "s.db") as store:
        fill_in_batches(store, corpus(seed=seed), batches=8, seed=seed)
        linked = {sid for (sid,) in store._db.execute("SELECT story_id FROM story_linked")}
        assert linked == {s.id for s in store.stories()}  # every story changed under the search
        pairs = linking_pairs(store)
        assert len(pairs) > 100
        assert recorded_pairs(store) == pairs
        assert partition_in_store(store) == partition_from_scratch(store)


def test_stories_without_recorded_links_are_searched_by_cell(tmp_path):
    # a store whose stories were grouped before links were recorded: the lists are
    # missing until each story changes, and the relinks still equal linking from scratch
    rows = corpus(seed=4)
    random.Random(4).shuffle(rows)
    with Store(tmp_path / "s.db") as store:
        fill_in_batches(store, rows[:120], batches=3, seed=4)
        store._db.execute("DELETE FROM story_links")
        store._db.execute("DELETE FROM story_linked")
        fill_in_batches(store, rows[120:], batches=5, seed=4)
        assert partition_in_store(store) == partition_from_scratch(store)
        # the pairs recorded are exactly the linking pairs of the stories that changed since
        linked = {sid for (sid,) in store._db.execute("SELECT story_id FROM story_linked")}
        assert 0 < len(linked) < len(store.stories())
        assert recorded_pairs(store) == {p for p in linking_pairs(store) if p & linked}


def test_corrections_keep_the_recorded_links_true(tmp_path):
    from manysides.stories import merge_stories, move_article, split_story

    with Store(tmp_path / "s.db") as store:
        fill_in_batches(store, corpus(seed=6), batches=4, seed=6)
        ids = sorted(s.id for s in store.stories())
        merged = merge_stories(store, ids[0], [ids[1], ids[2]])
        split_story(store, merged.id, [merged.articles[0]])
        target = next(s for s in store.stories() if s.id not in (merged.id, ids[10]) and len(s.articles) == 1)
        move_article(store, store.stories([ids[10]])[0].articles[0], target.id)
        assert recorded_pairs(store) == linking_pairs(store)
        assert partition_in_store(store) == partition_from_scratch(store)


def test_a_storyline_founded_by_a_story_that_left_another_gets_an_id_of_its_own(tmp_path):
    # Story A founds storyline l-A with B and C, then an article turns A's subject so it
    # leaves (B and C keep the id l-A), then D links with A alone. The new storyline may
    # not take l-A again, or the store would fold B and C into it.
    u, x = np.eye(DIM, dtype=np.float32)[0], np.eye(DIM, dtype=np.float32)[1]
    near = 0.75 * u + 0.661 * x  # B and C: cosine 0.75 with A at first
    away = 0.5 * u - 0.866 * x  # A's second article: A's centroid turns to 0.866 u - 0.5 x
    turned = 0.866 * u - 0.5 * x  # (cosine 0.32 with B and C)
    shared = " ".join(random.Random(1).choices(VOCAB, k=60))

    def put(store, aid, day, vec, text=None):
        store.add_article(Article(id=aid, source=f"{aid}.txt", outlet="O", url=None, title=aid, byline=None,
                                  published=f"2024-01-{day:02d}", language="en",
                                  text=text or " ".join(random.Random(aid).choices(VOCAB, k=60))), None)
        store.put_annotation(Annotation(aid, (), (), (), ()), vec, np.zeros((0, DIM), np.float32))

    with Store(tmp_path / "s.db") as store:
        put(store, "a", 1, u, shared)
        put(store, "b", 6, near)
        put(store, "c", 11, near)
        group_store(store)
        story = store.story_of(["a", "b", "c"])
        assert len(set(story.values())) == 3
        (first,) = store.storylines()
        assert set(first.stories) == set(story.values()) and first.id == "l-" + story["a"][2:]
        put(store, "a2", 2, away, shared)  # joins A (same words) and turns it away from B and C
        group_store(store)
        assert store.story_of(["a2"])["a2"] == story["a"]
        (left,) = store.storylines()
        assert left.id == first.id and set(left.stories) == {story["b"], story["c"]}
        put(store, "d", 20, turned)
        group_store(store)
        d = store.story_of(["d"])["d"]
        lines = {line.id: set(line.stories) for line in store.storylines()}
        assert sorted(lines.values(), key=len) == [{story["a"], d}, {story["b"], story["c"]}]
        assert lines[first.id] == {story["b"], story["c"]}
        assert partition_in_store(store) == partition_from_scratch(store)
