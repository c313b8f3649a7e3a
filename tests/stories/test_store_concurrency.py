"""Two processes grouping into one store at once (a web ingest and a CLI run, say) leave
it whole: every article in exactly one story, records and storylines agreeing.

Each run reads the stories, regroups and saves; without the store's grouping lock a run
in between would place an article that the other run placed too, in a second story.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from test_store_random_runs import DIM, stories_of, subjects_corpus
from test_storyline_scope import partition_in_store

from manysides.records import Annotation, Article
from manysides.store import Store
from manysides.stories import group_store, merge_stories

HERE = Path(__file__).resolve().parent


def writer(path: str, half: int, seed: int) -> None:
    """Add one half of a stream in batches of eight, grouping after each, merging now and then."""
    import random

    rows = [r for k, r in enumerate(subjects_corpus(seed, 15, 60)) if k % 2 == half]
    pick = random.Random(seed * 2 + half)
    with Store(path) as store:
        for lo in range(0, len(rows), 8):
            for aid, when, vec, text in rows[lo:lo + 8]:
                store.add_article(Article(id=aid, source=f"{aid}.txt", outlet=f"O{half}", url=None, title=aid,
                                          byline=None, published=when, language="en", text=text), None)
                store.put_annotation(Annotation(aid, (), (), (), ()), vec, np.zeros((0, DIM), np.float32))
            group_store(store)
            if pick.random() < 0.2:
                ids = sorted(s.id for s in store.stories())
                a, b = pick.sample(ids, 2)
                try:
                    merge_stories(store, a, [b])
                except Exception:  # the other process merged or regrouped one of them first
                    pass


def test_two_processes_grouping_into_one_store_leave_it_whole(tmp_path):
    path = tmp_path / "s.db"
    for seed in (1, 2, 3):
        for f in tmp_path.glob("s.db*"):
            f.unlink()
        code = f"import sys; sys.path.insert(0, {str(HERE)!r}); import test_store_concurrency as t; t.writer(*sys.argv[1:2], int(sys.argv[2]), {seed})"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path), str(half)], stderr=subprocess.PIPE)
                 for half in (0, 1)]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err.decode()[-2000:]
        with Store(path) as store:
            group_store(store)  # anything a writer left ungrouped
            members, story_of = stories_of(store)  # no article in two story records
            assert len(story_of) == store.count_articles() == 120
            table = dict(store._db.execute("SELECT article_id, story_id FROM story_articles"))
            assert table == story_of
            partition_in_store(store)


def test_a_second_writer_says_it_waits_and_goes_on_when_the_first_is_done(tmp_path, caplog):
    import threading

    order = []
    with Store(tmp_path / "s.db") as first, Store(tmp_path / "s.db") as second:
        def other():
            with second.grouping_lock():
                order.append("second")

        with first.grouping_lock():
            with first.grouping_lock():  # re-entrant
                thread = threading.Thread(target=other)
                thread.start()
                thread.join(timeout=0.5)
                assert thread.is_alive() and order == []  # it waits
                order.append("first")
        thread.join(timeout=10)
        assert order == ["first", "second"]
    # the store named first, the other command, and how long at most (it waited for ever)
    assert f"{tmp_path / 's.db'}: waiting for another manysides command, which is grouping stories in it; " \
           "giving up after 600 s" in caplog.text
