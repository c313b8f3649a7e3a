"""The store keeps what a run computes, exactly once, and never half-writes."""

from __future__ import annotations

import contextlib
import os
import sqlite3

import numpy as np
import pytest

from manysides.errors import StoreError
from manysides.records import (
    Annotation, Article, Claim, Dispute, DisputedClaim, Entity, Evidence, FramingTerm, Quote,
    Sentence, SharedPoint, Story, Storyline, StoryReport, UniquePoint, Voice,
)
from manysides.store import Store


def _article(i: int, **kw) -> Article:
    base = dict(
        id=f"a{i}", source=f"f{i}.txt", outlet=f"Outlet {i}", url=None, title=f"Title {i}",
        byline=None, published="2024-03-0%d" % (i % 9 + 1), language="en",
        text=f"Body of article {i}. It mentions the harbour bridge.", removed=("ad marker: 'Advertisement'",),
    )
    base.update(kw)
    return Article(**base)


def test_add_article_is_idempotent_and_counts_background_once(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add_article(_article(1), b"sig", {"bridge": 2})
        assert not store.add_article(_article(1), b"sig", {"bridge": 2})
        assert store.count_articles() == 1
        assert store.background() == {"bridge": 2}
        assert store.article("a1") == _article(1)


def test_articles_come_back_in_insertion_order(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in (3, 1, 2):
            store.add_article(_article(i), None)
        assert [a.id for a in store.articles()] == ["a3", "a1", "a2"]
        assert [a.id for a in store.articles(["a2", "a3"])] == ["a3", "a2"]


def test_annotation_and_vectors_round_trip(tmp_path):
    ann = Annotation(
        article_id="a1",
        sentences=(Sentence(0, 10), Sentence(11, 40)),
        entities=(Entity("Ossoff", "Jon Ossoff", "PERSON", 0, 6),),
        quotes=(Quote("We won", "Jon Ossoff", "say", 1, 7, True, "person"),),
        claims=(Claim("nearly $30 million", "spending", 3e7, "USD", "nearly", 2.7e7, 3e7, 5, 23, "s"),),
    )
    vec = np.ones(384, dtype=np.float32) / np.sqrt(384)
    sents = np.eye(2, 384, dtype=np.float32)
    with Store(tmp_path / "s.db") as store:
        store.add_article(_article(1), None)
        assert store.missing_annotations(["a1"]) == ["a1"]
        store.put_annotation(ann, vec, sents)
        assert store.missing_annotations(["a1"]) == []
        assert store.annotations(["a1"])["a1"] == ann
        assert np.allclose(store.article_vectors(["a1"])["a1"], vec, atol=1e-3)
        assert store.sentence_vectors(["a1"])["a1"].shape == (2, 384)


def _annotated(store: Store, i: int) -> None:
    store.add_article(_article(i), None)
    vec = np.ones(8, dtype=np.float32)
    store.put_annotation(Annotation(f"a{i}", (), (), (), ()), vec, np.zeros((0, 8), np.float32))


def test_ungrouped_lists_annotated_articles_until_a_story_holds_them(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_article(_article(9), None)  # no vector yet: not groupable
        for i in (3, 1, 2):
            _annotated(store, i)
        assert [a for a, _ in store.ungrouped()] == ["a3", "a1", "a2"]
        store.save_story_update([Story("s1", "t", ("a1", "a3"))], [], [], [], [])
        assert [a for a, _ in store.ungrouped()] == ["a2"]
        # a story removed without its articles going elsewhere leaves them to regroup
        store.save_story_update([], [], ["s1"], [], [])
        assert [a for a, _ in store.ungrouped()] == ["a3", "a1", "a2"]


def test_a_store_made_before_the_pending_list_gets_one_on_opening(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        for i in (1, 2):
            _annotated(store, i)
        store.save_story_update([Story("s1", "t", ("a1",))], [], [], [], [])
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE story_pending; DELETE FROM meta WHERE key IN ('pending', 'tables');")
    db.close()
    with Store(path) as store:
        assert [a for a, _ in store.ungrouped()] == ["a2"]


def test_unannotated_articles_are_listed_by_lookup_and_left_ones_only_to_a_run_alone(tmp_path):
    # a run killed during annotation leaves articles stored with no annotation and no
    # vectors: the next writing run finds them in the pending list, not by a scan
    path = tmp_path / "s.db"
    with Store(path) as store:
        for i in (3, 1, 2):
            store.add_article(_article(i), None)
        _annotated(store, 1)
        assert store.unannotated() == ["a3", "a2"]
        plan = [row[3] for row in store._db.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM annotation_pending p CROSS JOIN articles a "
            "ON a.id = p.article_id ORDER BY a.seq")]
        assert not any(step.startswith("SCAN a") or step.startswith("SCAN articles") for step in plan), plan
        with store.writing_run() as left:
            assert left == ["a3", "a2"]
            with Store(path) as other, other.writing_run() as theirs:
                assert theirs == []  # another run is going on: they may be its own, being annotated
        with store.writing_run() as left:  # the other run ended (or was killed): left over again
            assert left == ["a3", "a2"]
        store._db.execute("DELETE FROM vectors WHERE article_id='a1'")  # an annotation lost its vectors
        assert store.unannotated() == ["a3", "a1", "a2"]
    db = sqlite3.connect(path)  # a store made before the list: filled once on opening
    db.executescript("DROP TABLE annotation_pending; DELETE FROM meta WHERE key IN ('annotation_pending', 'tables');")
    db.close()
    with Store(path) as store:
        assert store.unannotated() == ["a3", "a1", "a2"]
        _annotated(store, 3)
        assert store.unannotated() == ["a1", "a2"]


def test_a_store_made_before_record_ids_keeps_its_articles_and_takes_new_ids(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_article(_article(1), None)
    db = sqlite3.connect(path)  # the articles table of an earlier version: no external_id
    db.executescript("DROP TRIGGER articles_ai; DROP INDEX IF EXISTS articles_external; "
                     "ALTER TABLE articles DROP COLUMN external_id;")
    db.close()
    with Store(path) as store:
        assert store.article("a1") == _article(1)
        store.add_article(_article(2, external_id="row-7"), None)
        assert store.article("a2").external_id == "row-7"


def test_a_story_emptied_by_a_move_goes_with_its_summary(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in (1, 2):
            _annotated(store, i)
        vec = np.ones(8, dtype=np.float32)
        store.save_story_update([Story("s1", "t", ("a1",)), Story("s2", "t", ("a2",))],
                                [("s1", 1, 1, None, vec), ("s2", 1, 1, None, vec)], [], [], [])
        store.save_story_update([Story("s2", "t", ("a1", "a2"))], [("s2", 1, 1, None, vec)], [], [], [])
        assert [s.id for s in store.stories()] == ["s2"]
        assert [row[0] for row in store.story_summaries()] == ["s2"]


def test_looking_up_some_articles_reads_those_articles_only(tmp_path):
    # every grouping run looks up its neighbours' articles: the query plan must go by
    # id, never walk the table (the index on duplicate_of once tempted SQLite to)
    with Store(tmp_path / "s.db") as store:
        for i in range(300):
            _annotated(store, i)
        statements: list[str] = []
        store._db.set_trace_callback(statements.append)
        items = store.group_items([f"a{i}" for i in range(0, 300, 2)])
        store._db.set_trace_callback(None)
        assert len(items) == 150
        selects = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
        assert selects
        for q in selects:
            plan = [row[3] for row in store._db.execute("EXPLAIN QUERY PLAN " + q)]
            assert not any(step.startswith("SCAN") or "duplicate_of" in step for step in plan), plan


def test_story_summaries_in_reach_are_read_by_index_with_undated_ones_by_arrival(tmp_path):
    # storyline relinks read the stories of some days (dated ones overlapping them, undated
    # ones that arrived in them or have no arrival span): by index, never a walk of all
    vec = np.ones(8, dtype=np.float32)
    with Store(tmp_path / "s.db") as store:
        meta = [(f"s{i}", 100 + i, 102 + i, None, vec) for i in range(50)]
        meta += [(f"u{i}", None, None, None, vec, (100 + 5 * i, 100 + 5 * i)) for i in range(20)]
        meta += [("u-old", None, None, None, vec)]  # saved before arrival spans existed
        store.save_story_update([], meta, [], [], [])
        statements: list[str] = []
        store._db.set_trace_callback(statements.append)
        near = set(store.stories_near(120, 130))
        store._db.set_trace_callback(None)
        assert near == {f"s{i}" for i in range(18, 31)} | {"u4", "u5", "u6", "u-old"}
        spans = {r[0]: r[5] for r in store.story_summaries(["u5", "s3", "u-old"])}
        assert spans == {"u5": (125, 125), "s3": None, "u-old": None}
        selects = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
        assert len(selects) == 3
        for q in selects:
            plan = [row[3] for row in store._db.execute("EXPLAIN QUERY PLAN " + q)]
            assert all(step.startswith("SEARCH") and "INDEX" in step for step in plan), plan


def test_report_round_trip_and_fingerprint(tmp_path):
    report = StoryReport(
        story_id="s1",
        outlets={"a1": "Outlet 1", "a2": "Outlet 2"},
        shared=(SharedPoint("x", ("a1", "a2"), (Evidence("a1", 0, 1, "x"), Evidence("a2", 0, 1, "x"))),),
        unique=(UniquePoint("a1", 2, 9, "abc 212", (Evidence("a1", 6, 9, "212"),)),),
        disputed=(Dispute("crowd", (DisputedClaim("a1", "3,000", 3000, "count", 3000, 3000),
                                    DisputedClaim("a2", "5,000", 5000, "count", 5000, None))),),
        voices=(Voice("Jon Ossoff", ("a1", "a2"), 3, "person"),),
        framing={"a1": (FramingTerm("beacon of hope", 2.5),)},
        coverage={"left": 1, "center": 0, "right": 1, "unknown": 0},
        summary="x",
    )
    with Store(tmp_path / "s.db") as store:
        store.put_report(report, "fp1")
        assert store.report("s1", "fp1") == report
        assert store.report("s1", "fp1").unique[0].details == (Evidence("a1", 6, 9, "212"),)
        assert store.report("s1", "fp2") is None


def test_a_report_stored_before_unique_details_reads_without_them(tmp_path):
    """A report from an older version (unique items without "details") still reads, its
    items as unique points with no details, until the pipeline recomputes it."""
    old = '{"story_id":"s1","outlets":{"a1":"A","a2":"B"},"unique":[{"article":"a1","start":2,"end":5,"text":"abc"}]}'
    with Store(tmp_path / "s.db") as store:
        store._db.execute("INSERT INTO reports(story_id, fingerprint, data) VALUES (?,?,?)", ("s1", "fp", old))
        assert store.report("s1", "fp").unique == (UniquePoint("a1", 2, 5, "abc"),)
        assert store.report("s1", "fp").unique[0].details == ()


def test_grouping_replaces_merged_stories_and_their_reports(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save_grouping([Story("s1", "t", ("a1",)), Story("s2", "t", ("a2",))], [])
        store.put_report(StoryReport("s2"), "fp")
        store.save_grouping([Story("s1", "t", ("a1", "a2"))], [Storyline("l1", "t", ("s1",))])
        assert [s.id for s in store.stories()] == ["s1"]
        assert store.assignments() == {"a1": "s1", "a2": "s1"}
        assert store.report("s2", "fp") is None
        assert [sl.id for sl in store.storylines()] == ["l1"]


def test_a_failed_write_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "s.db") as store:
        class Boom(dict):
            def items(self):
                raise RuntimeError("killed")
        with pytest.raises(RuntimeError):
            store.add_article(_article(1), None, Boom(x=1))
        assert store.count_articles() == 0
        assert store.add_article(_article(1), None, {"x": 1})


def test_search_uses_full_text_index(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_article(_article(1, text="The levee held overnight."), None)
        store.add_article(_article(2, text="A county fair opened."), None)
        assert store.search("levee") == ["a1"]
        with pytest.raises(StoreError):
            store.search('"unbalanced')


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store(bad)


def test_a_store_path_through_a_file_is_a_clear_error(tmp_path):
    """A file where the store's folder should be is a StoreError naming the path (it was
    a bare FileExistsError and a traceback), and nothing is made."""
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.txt.x\.db: cannot make the store's folder .*--db"):
        Store(tmp_path / "notes.txt" / "x.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_sql_stays_data(tmp_path):
    hostile = "x'); DROP TABLE articles; --"
    with Store(tmp_path / "s.db") as store:
        store.add_article(_article(1, title=hostile, outlet=hostile), None)
        assert store.article("a1").title == hostile
        assert sqlite3.connect(tmp_path / "s.db").execute("select count(*) from articles").fetchone()[0] == 1


def test_a_store_the_user_cannot_write_is_read_and_refuses_changes(tmp_path, monkeypatch):
    """A store on a read-only disk (or a file without write permission) is read: its
    stories and articles are there, a comparison is made without being kept, and a change
    is refused with a line that says why. Before, nothing could be read: opening wrote
    the WAL switch and the schema."""
    import os

    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_article(_article(1), None)
        store.save_grouping([Story("s1", "t", ("a1",))], [])
    before = path.read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode, **kw))
    with Store(path) as store:
        assert store.read_only
        assert [s.id for s in store.stories()] == ["s1"] and store.article("a1").id == "a1"
        with store.snapshot() as reader:
            assert reader.read_only and reader.count_articles() == 1
        store.put_report(StoryReport("s1"), "f")  # not kept, and no error
        assert store.report("s1", "f") is None
        with pytest.raises(StoreError, match="news.db: the store is read-only, so nothing can be added"):
            store.add_article(_article(2), None)
        with pytest.raises(StoreError, match="read-only"), store.writing_run():
            pass
    assert path.read_bytes() == before


def test_a_read_only_store_is_refused_where_sqlite_itself_cannot_write(tmp_path):
    """`read_only=True` opens through SQLite's read-only mode, which refuses a write even
    where the file could be written (the test runs as root in CI)."""
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_article(_article(1), None)
    with Store(path, read_only=True) as store:
        assert store.count_articles() == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._db.execute("DELETE FROM articles")
    with pytest.raises(StoreError, match="no store here to read"):
        Store(tmp_path / "missing.db", read_only=True)


def test_a_read_only_store_an_older_version_made_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "news.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value='[]' WHERE key='tables'")
    with pytest.raises(StoreError) as err:
        Store(path, read_only=True)
    assert str(err.value) == (f"{path}: the store is read-only and was made by another version of manysides, which "
                              "must update it first; copy the store to a writable place and run a command on it once")


def test_an_unreadable_read_only_store_says_so(tmp_path, monkeypatch):
    """On a read-only mount SQLite may say only "unable to open database file"; the line
    says what to do (not "move this one aside", which a read-only disk does not allow)."""
    import os

    path = tmp_path / "news.db"
    Store(path).close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode, **kw))
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **kw: (_ for _ in ()).throw(
        sqlite3.OperationalError("unable to open database file")))
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value) == (f"{path}: cannot read the store (unable to open database file); check that the file "
                              "can be read, or copy the store to a writable place")

_HOLD = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT OR REPLACE INTO meta VALUES ('held', '1')\"); "
         "print('ready', flush=True); sys.stdin.read()")


@contextlib.contextmanager
def _held(script: str, path):
    """Another process running `script` on the store at `path` (it holds a lock once it says
    "ready"), until the block ends and its standard input closes; yields the process."""
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield holder
    finally:
        holder.communicate("")  # lets go of its lock; a transaction rolls back


def test_a_store_another_process_holds_is_busy_naming_the_holder_and_keeps_what_was_stored(tmp_path, monkeypatch):
    """SQLite said only "database is locked", which the command showed as a store that
    cannot be used (a full disk, a damaged file); the line now says the store is busy,
    who holds it (on Linux, its process and command) and what to do."""
    import sys

    monkeypatch.setattr(Store, "BUSY_SECONDS", 0.2)
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_article(_article(1), None)
    with _held(_HOLD, path) as holder:
        with Store(path) as store, pytest.raises(StoreError) as refused:
            store.add_article(_article(2), None)
    line = str(refused.value)
    assert line.startswith(f"{path}: the store is busy: ") and "\n" not in line
    assert "has held its write lock for over 0.2 s; wait for it to finish" in line and "--db" in line
    assert "database is locked" not in line
    if sys.platform == "linux":
        assert f"process {holder.pid} ({sys.executable} -c import sqlite3" in line  # its command line
    with Store(path) as store:  # what was stored is whole; the store takes writes again
        assert [a.id for a in store.articles()] == ["a1"]
        store.add_article(_article(2), None)
        assert store.count_articles() == 2


def test_a_write_that_waits_for_another_process_says_so_at_once_naming_the_store_and_the_holder(
        tmp_path, monkeypatch, caplog):
    """A held store made a run wait 10 s in silence before it failed: now a line says, as
    the wait begins, that it waits, for whom and for how long at most; once per store."""
    import logging
    import sys

    monkeypatch.setattr(Store, "BUSY_SECONDS", 1.0)
    monkeypatch.setattr(Store, "NOTICE_SECONDS", 0.1)
    path = tmp_path / "news.db"
    Store(path).close()
    with _held(_HOLD, path) as holder:
        with caplog.at_level(logging.WARNING, logger="manysides"), Store(path) as store:
            for i in (1, 2):
                with pytest.raises(StoreError, match="the store is busy"):
                    store.add_article(_article(i), None)
    said = [r.getMessage() for r in caplog.records if "waiting" in r.getMessage()]
    assert len(said) == 1 and "\n" not in said[0]  # once, though both writes waited
    assert said[0].startswith(f"{path}: waiting for the store's write lock, which ")
    assert said[0].endswith("holds; giving up after 1 s")
    if sys.platform == "linux":
        assert f"process {holder.pid} (" in said[0]


# holds the grouping lock (NAME.lock) until its standard input closes, or 60 s (so that the
# code before session 25, which waited for ever, ends the test too)
_GROUPING = ("import fcntl, select, sys; fh = open(sys.argv[1] + '.lock', 'a+b'); fcntl.flock(fh, fcntl.LOCK_EX); "
             "print('ready', flush=True); select.select([sys.stdin], [], [], 60)")


def test_a_grouping_wait_is_said_at_once_and_bounded(tmp_path, monkeypatch, caplog):
    """Waiting for another command grouping stories in the store said only "waiting for
    another process grouping stories in PATH", and waited for ever: now the line names the
    store first and the process, says how long at most, and the wait ends there, busy."""
    import logging
    import sys

    from manysides.errors import StoreBusyError

    monkeypatch.setattr(Store, "GROUPING_WAIT_SECONDS", 0.3, raising=False)
    path = tmp_path / "news.db"
    Store(path).close()
    with _held(_GROUPING, path) as holder:
        with caplog.at_level(logging.WARNING, logger="manysides"), Store(path) as store:
            with pytest.raises(StoreBusyError) as busy, store.grouping_lock():
                pass
    [said] = [r.getMessage() for r in caplog.records if "waiting" in r.getMessage()]
    assert said.startswith(f"{path}: waiting for another manysides command") and said.endswith("giving up after 0.3 s")
    line = str(busy.value)
    assert line.startswith(f"{path}: another manysides command")
    assert "grouping stories in the store for over 0.3 s" in line
    if sys.platform == "linux":
        assert f"process {holder.pid}" in said and f"process {holder.pid}" in line
    with Store(path) as store, store.grouping_lock():  # free again once the other let go
        pass


def test_a_comparison_is_not_waited_for_while_another_process_writes(tmp_path, monkeypatch):
    """A story's comparison is a cache: `show` and the web app's story page waited 10 s for
    the write lock to keep one, in silence, then failed as busy (the page with a 400)."""
    monkeypatch.setattr(Store, "BUSY_SECONDS", 3.0)  # the old code's wait, shortened
    path = tmp_path / "news.db"
    Store(path).close()
    with _held(_HOLD, path):
        with Store(path) as store:
            store.put_report(StoryReport("s1"), "f")  # not kept, and no error
            assert store.report("s1", "f") is None
    with Store(path) as store:  # kept once no one else writes
        store.put_report(StoryReport("s1"), "f")
        assert store.report("s1", "f") is not None


def test_a_full_disk_is_said_full_and_what_was_stored_stays_whole(tmp_path):
    """SQLite's "database or disk is full" reached the user as "the store cannot be used";
    the line now says the disk is full and what to do, and the store takes writes again
    once there is room."""
    from manysides.store.failures import is_full, space_error

    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_article(_article(1), None)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count={pages}")  # the disk holds no more pages
        with pytest.raises(sqlite3.OperationalError) as full:
            for i in range(2, 60):
                store.add_article(_article(i, text="The harbour bridge reopened. " * 400), None)
        assert is_full(full.value)
        line = str(space_error(path, full.value))
        assert line.startswith(f"{path}: the disk is full: the store could not grow (") and "\n" not in line
        assert "free some space" in line and "kept, whole" in line
        stored = store.count_articles()
        store._db.execute("PRAGMA max_page_count=1073741823")
        store.add_article(_article(99), None)  # the connection goes on: no transaction was left open
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == stored + 1


def _seeded(path):
    with Store(path) as store:
        for i in range(40):
            store.add_article(_article(i, text=f"Body {i}. " + "The harbour bridge reopened. " * 60), None)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.parametrize("damage, says", [
    (lambda data: data[: len(data) // 3], "the store is damaged: parts of the file do not read as SQLite"),
    (lambda data: data[:8192] + bytes((i * 131) % 251 for i in range(len(data) - 8192)),
     "the store is damaged: parts of the file do not read as SQLite"),
    (lambda data: b"\x07" * 100 + data[100:], "not a manysides store: the file is no SQLite database"),
])
def test_a_damaged_store_is_said_damaged_with_how_to_recover_and_left_as_it_was(tmp_path, damage, says):
    """SQLite's "database disk image is malformed" came with the hint to move the file
    aside; the line now says the store is damaged and how to save what is left."""
    path = _seeded(tmp_path / "news.db")
    path.write_bytes(damage(path.read_bytes()))
    before = path.read_bytes()
    for read_only in (None, True):
        with pytest.raises(StoreError) as refused:
            Store(path, read_only=read_only)
        assert str(refused.value).startswith(f"{path}: {says}") and "malformed" not in str(refused.value)
    assert path.read_bytes() == before


def test_a_folder_named_as_the_store_or_a_folder_without_write_access_is_said_so(tmp_path, monkeypatch):
    """Both were "cannot open the store (unable to open database file); ... move this one
    aside", with nothing to move."""
    (tmp_path / "news.db").mkdir()
    with pytest.raises(StoreError) as refused:
        Store(tmp_path / "news.db")
    assert str(refused.value) == (f"{tmp_path / 'news.db'}: is a folder, not a store file; name a file with --db, "
                                  f"e.g. --db {tmp_path / 'news.db' / 'manysides.db'}")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: str(p) != str(tmp_path / "ro") and real(p, mode))
    (tmp_path / "ro").mkdir()
    with pytest.raises(StoreError) as refused:
        Store(tmp_path / "ro" / "news.db")
    assert str(refused.value).startswith(f"{tmp_path / 'ro' / 'news.db'}: cannot make the store: its folder "
                                         f"{tmp_path / 'ro'} is not writable")
    assert not list((tmp_path / "ro").iterdir())
