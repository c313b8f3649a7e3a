"""The embedded store: one SQLite file (WAL mode, FTS5) holding everything a run computes.

Every write method is one transaction, so a run killed at any point leaves the file
consistent; the pipeline then finds what is missing and completes it. All SQL uses
parameters: article text never becomes part of a statement.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import logging
import os
import re
import sqlite3
import threading
import time
from datetime import date
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

try:  # POSIX; elsewhere the grouping lock is the in-process one only
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

from ..errors import InputError, StoreBusyError, StoreError
from ..records import Annotation, Article, Story, Storyline, StoryReport
from .failures import (busy_error, damaged_error, grouping_busy_error, grouping_holder, holder, is_busy,
                       is_damaged, is_full, space_error)
from .codec import array_to_bytes, bytes_to_array, dumps, loads

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL, outlet TEXT, url TEXT, title TEXT, byline TEXT,
    published TEXT, language TEXT NOT NULL, text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]', duplicate_of TEXT, leaning TEXT,
    signature BLOB, external_id TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- the file each article's record was read from, as its real path (since session 42; `pipeline.Intake`): an input
-- given again by another name (from another folder, through a symlink, "./a/../a/rows.jsonl") is the same input
CREATE TABLE IF NOT EXISTS article_inputs (article_id TEXT PRIMARY KEY, input TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    data TEXT NOT NULL,
    annotator TEXT  -- what made it (nlp.annotate.annotator_id); NULL in stores made before
);
CREATE TABLE IF NOT EXISTS vectors (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    dim INTEGER NOT NULL,
    article BLOB NOT NULL,
    sentences BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS background (term TEXT PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outlets (name TEXT PRIMARY KEY, leaning TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);
CREATE TABLE IF NOT EXISTS storylines (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    story_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, data TEXT NOT NULL
);
-- incremental grouping (stories/incremental.py): story summaries for storyline linking,
-- the vector index by time bucket, and the corrections users made (pins + a log)
CREATE TABLE IF NOT EXISTS story_meta (
    story_id TEXT PRIMARY KEY, first_day INTEGER, last_day INTEGER, storyline TEXT,
    dim INTEGER NOT NULL, centroid BLOB NOT NULL, cell INTEGER,
    arrival_first INTEGER, arrival_last INTEGER
);
CREATE INDEX IF NOT EXISTS story_meta_days ON story_meta(last_day);
CREATE INDEX IF NOT EXISTS story_meta_line ON story_meta(storyline);
CREATE INDEX IF NOT EXISTS story_meta_first ON story_meta(first_day);
CREATE TABLE IF NOT EXISTS story_ann (
    bucket INTEGER PRIMARY KEY, dim INTEGER NOT NULL, days INTEGER NOT NULL,
    count INTEGER NOT NULL, data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_ann_recent (
    bucket INTEGER PRIMARY KEY, dim INTEGER NOT NULL, days INTEGER NOT NULL,
    count INTEGER NOT NULL, data BLOB NOT NULL
);
-- the cells of story centroids (stories/story_cells.py): one row, the quantizer's centres
CREATE TABLE IF NOT EXISTS story_cells (
    id INTEGER PRIMARY KEY CHECK (id = 0), dim INTEGER NOT NULL, cells INTEGER NOT NULL, data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_pins (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
-- storyline linking pairs (stories/stored.py): both directions of every pair of stories
-- whose centroids link on their own, for the stories in story_linked (whose lists are
-- complete), so that a relink follows them instead of searching cells
CREATE TABLE IF NOT EXISTS story_links (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_linked (story_id TEXT PRIMARY KEY);
-- Articles with a vector and no story yet: what the next grouping run takes. Kept by
-- triggers so that finding them costs the batch, not a scan of the whole store.
CREATE TABLE IF NOT EXISTS story_pending (article_id TEXT PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS story_pending_vector AFTER INSERT ON vectors
WHEN NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = new.article_id) BEGIN
    INSERT OR IGNORE INTO story_pending(article_id) VALUES (new.article_id);
END;
CREATE TRIGGER IF NOT EXISTS story_pending_grouped AFTER INSERT ON story_articles BEGIN
    DELETE FROM story_pending WHERE article_id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS story_pending_ungrouped AFTER DELETE ON story_articles
WHEN EXISTS (SELECT 1 FROM vectors WHERE article_id = old.article_id) BEGIN
    INSERT OR IGNORE INTO story_pending(article_id) VALUES (old.article_id);
END;
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
-- Articles stored with no annotation and vectors yet: those a run is annotating, and
-- those a run killed during annotation left, which the next writing run finishes
-- (`Store.writing_run`). Kept by triggers, like story_pending, so that finding them costs
-- their number, not a scan of the whole store.
CREATE TABLE IF NOT EXISTS annotation_pending (article_id TEXT PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS annotation_pending_stored AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO annotation_pending(article_id) VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS annotation_pending_done AFTER INSERT ON vectors
WHEN EXISTS (SELECT 1 FROM annotations WHERE article_id = new.article_id) BEGIN
    DELETE FROM annotation_pending WHERE article_id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS annotation_pending_annotated AFTER INSERT ON annotations
WHEN EXISTS (SELECT 1 FROM vectors WHERE article_id = new.article_id) BEGIN
    DELETE FROM annotation_pending WHERE article_id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS annotation_pending_lost_vector AFTER DELETE ON vectors
WHEN EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
    INSERT OR IGNORE INTO annotation_pending(article_id) VALUES (old.article_id);
END;
CREATE TRIGGER IF NOT EXISTS annotation_pending_lost_annotation AFTER DELETE ON annotations
WHEN EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
    INSERT OR IGNORE INTO annotation_pending(article_id) VALUES (old.article_id);
END;
-- near-duplicate detection (ingest/dedupe.py): each article's LSH band keys, so a new
-- article's candidates are a lookup rather than an index rebuilt from every signature
CREATE TABLE IF NOT EXISTS dedupe_bands (
    key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, detail TEXT NOT NULL, made TEXT NOT NULL
);
-- where a story merged away went (by a run or a correction): a bookmarked or cited id
-- leads to the story that holds its articles now
CREATE TABLE IF NOT EXISTS story_forward (story_id TEXT PRIMARY KEY, merged_into TEXT NOT NULL);
"""
_OWN_TABLES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", _SCHEMA))


class ArticleHead(NamedTuple):
    """An article without its text: what listings and outlet counts need."""

    id: str
    source: str
    outlet: str | None
    duplicate_of: str | None
    leaning: str | None
    url: str | None = None  # the site names an outlet the record did not name (`outlet_key`)


_ARTICLE_COLUMNS = (
    "id, source, outlet, url, title, byline, published, language, text, removed, duplicate_of, leaning, external_id"
)

# the columns of a story summary, and their decoding (one decode for all rows: dense
# months hold tens of thousands of stories)
_SUMMARY = "story_id, first_day, last_day, storyline, dim, centroid, arrival_first, arrival_last"


def _summaries(rows: Sequence[tuple]) -> list[tuple]:
    """(story id, first day, last day, storyline, centroid, arrival) from rows of
    `_SUMMARY`; arrival is the (first, last) day span an undated story arrived in, or None."""
    by_dim: dict[int, list[int]] = {}
    for pos, row in enumerate(rows):
        by_dim.setdefault(row[4], []).append(pos)
    vecs: list = [None] * len(rows)
    for dim, where in by_dim.items():
        mat = bytes_to_array(b"".join(rows[p][5] for p in where), dim)
        for p, v in zip(where, mat):
            vecs[p] = v
    return [(s, lo, hi, line, v, None if a_lo is None else (a_lo, a_hi))
            for (s, lo, hi, line, _, _, a_lo, a_hi), v in zip(rows, vecs)]


class Store:
    """SQLite-backed store; `Store(":memory:")` for a throwaway one."""

    # how long a write waits for another connection's write to end before the store is
    # said to be busy (`busy_error`): far longer than any one transaction of a run
    BUSY_SECONDS = 10.0
    # after this long, a line on stderr says that the write waits, and for whom (`waiting`),
    # once per open store: a wait of 10 s in silence looks like a hang
    NOTICE_SECONDS = 0.5
    # how long a command waits for another one grouping stories in the store (`grouping_lock`)
    # before it gives up: a grouping step takes seconds, minutes for a batch of 100,000
    # articles (docs/scale.md), never this long unless that command is stuck
    GROUPING_WAIT_SECONDS = 600.0

    def __init__(self, path: str | Path = "manysides.db", read_only: bool | None = None) -> None:
        """Open (or create) the store at `path`. A store the user cannot write (a read-only
        disk or file, or `read_only=True`) is opened for reading: listings, reports and
        exports work, comparisons are computed without being kept, and a change is refused."""
        self.path = str(path)
        self._lock = threading.RLock()  # see grouping_lock
        self._lock_depth = 0
        self._said_waiting = False  # see NOTICE_SECONDS
        self.read_only = bool(read_only) if read_only is not None else self._read_only()
        if self.read_only:
            self._open_read_only()
            return
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where a folder of the path should be, no permission
            raise StoreError(f"{self.path}: cannot make the store's folder ({exc.strerror or exc}: "
                             f"{exc.filename or Path(self.path).parent}); name another file with --db") from exc
        self._check_place()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout={int(self.BUSY_SECONDS * 1000)}")  # wait for another writer
            self._check_own_file()  # before anything is written to it
            self._wal()
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._check_version()
            self._record_tables()
            self._add_meta_columns()
            self._fill_pending()
            self._fill_unannotated()
            self._root_copies()
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise busy_error(self.path, self.BUSY_SECONDS) from exc
            if is_damaged(exc):
                raise damaged_error(self.path, exc) from exc
            if is_full(exc):
                raise space_error(self.path, exc) from exc
            hint = ("make the file and its folder writable (SQLite writes its journal beside it), "
                    "or copy the store to a writable place" if "readonly" in str(exc) or self._read_only()
                    else "name another file with --db, or move this one aside")
            raise StoreError(f"{self.path}: cannot open the store ({exc}); {hint}") from exc

    def _check_place(self) -> None:
        """Refuse a `--db` that names a folder, or a new store in a folder the user cannot
        write to, in words: SQLite says "unable to open database file" to both."""
        path = Path(self.path)
        if self.path == ":memory:" or path.is_file():
            return
        if path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store file; name a file with --db, "
                             f"e.g. --db {path / 'manysides.db'}")
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise StoreError(f"{self.path}: cannot make the store: its folder {path.parent} is not writable "
                             "(SQLite keeps the store's journal beside it); name a file in a folder you can write "
                             "to with --db, or make the folder writable")

    def _read_only(self) -> bool:
        """The store, or the folder SQLite keeps its WAL files in, cannot be written: on a
        read-only disk SQLite says only "unable to open database file"."""
        path = Path(self.path)
        return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))

    def _open_read_only(self) -> None:
        """Open an existing store without writing to it. A WAL store needs its -shm file
        beside it, which SQLite cannot make on a read-only disk; there no one can write the
        file either, so it is opened as immutable instead. A store this version would first
        have to update (made by an older one) is refused: updating is a write."""
        if not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no store here to read; analyze articles into it first")
        uri = Path(self.path).resolve().as_uri()
        for flags in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                self._db = sqlite3.connect(uri + flags, uri=True, isolation_level=None, check_same_thread=False)
                self._db.execute(f"PRAGMA busy_timeout={int(self.BUSY_SECONDS * 1000)}")
                self._check_own_file()
                break
            except sqlite3.OperationalError as exc:
                if flags.endswith("immutable=1"):
                    raise StoreError(f"{self.path}: cannot read the store ({exc}); check that the file can be "
                                     "read, or copy the store to a writable place") from exc
                with contextlib.suppress(NameError, AttributeError):
                    self._db.close()
            except sqlite3.DatabaseError as exc:
                if is_damaged(exc):
                    raise damaged_error(self.path, exc) from exc
                raise StoreError(f"{self.path}: cannot read the store ({exc}); name another file with --db, "
                                 "or check that the file is whole") from exc
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        tables = self._db.execute("SELECT value FROM meta WHERE key='tables'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION or tables is None or tables[0] != json.dumps(sorted(_OWN_TABLES)):
            self._db.close()
            raise StoreError(f"{self.path}: the store is read-only and was made by another version of manysides, "
                             "which must update it first; copy the store to a writable place and run a "
                             "command on it once")

    def _refuse_write(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only, so nothing can be added or changed; copy it to "
                             "a writable place (or make the file and its folder writable) and run the command there")

    def _check_own_file(self) -> None:
        """Refuse a SQLite file of another program (it would be given our tables and WAL
        mode) and a store that lost a table (it would be recreated empty, and its rows'
        references would lead nowhere). `meta` is the schema's first table and its
        'schema' row is written after the rest, so a store being created by another
        process at this moment passes."""
        tables = {name for (name,) in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return  # a new store
        foreign = StoreError(f"{self.path}: not a manysides store (the file holds other tables); "
                             "name another file with --db")
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(meta)")}
        if not {"key", "value"} <= columns:
            raise foreign
        if self._db.execute("SELECT 1 FROM meta WHERE key='schema'").fetchone() is None:
            # our schema being written by another process right now, or another program's
            # file that happens to have a meta table: only the first holds nothing but ours
            if any(t not in _OWN_TABLES and not t.startswith(("sqlite_", "articles_fts")) for t in tables):
                raise foreign
            return
        # the core tables, and every table the store itself has held (a store made by an
        # older version lacks the newer ones, which are then added, not missing)
        kept = self._db.execute("SELECT value FROM meta WHERE key='tables'").fetchone()
        held = set(json.loads(kept[0])) if kept else set()
        missing = sorted(({"articles", "annotations", "vectors", "stories", "story_articles"} | held) - tables)
        if missing:
            raise StoreError(f"{self.path}: the store is damaged (table {', '.join(missing)} is missing); "
                             "restore it from a copy, or analyse into a new --db file")

    _ID_TABLES = {"story": "stories", "article": "articles", "storyline": "storylines"}

    def complete_ids(self, kind: str, given: Iterable[str]) -> list[str]:
        """Each of `given` as a full id of `kind` ("story", "article", "storyline"): itself
        when it is one, else the one stored id that starts with it (4 characters or more;
        as given, else lower-cased; a story's id merged away counts), as git takes a
        commit's prefix; an InputError when several do, or when a shorter one is no id.
        An unknown id or prefix is returned as given, for the caller to report."""
        table = self._ID_TABLES[kind]  # a fixed name, never the user's text
        out: list[str] = []
        for g in given:
            if not _encodable(g):  # a lone surrogate from undecodable bytes: no id has one
                out.append(g.encode("utf-8", "replace").decode("utf-8"))
                continue
            if self._db.execute(f"SELECT 1 FROM {table} WHERE id=?", (g,)).fetchone():
                out.append(g)
                continue
            if len(g) < 4:  # "67" would match too many ids to be meant as a prefix
                raise InputError(g, f"is no {kind} id, and too short to stand for one",
                                 "give the whole id or its first 4 characters or more")
            rows: list[str] = []
            for prefix in dict.fromkeys((g, g.lower())):  # ids are lower-case hex: "S-4E29" is "s-4e29"
                # ids in order from the prefix on: those that start with it come first
                after = [r[0] for r in self._db.execute(f"SELECT id FROM {table} WHERE id >= ? ORDER BY id LIMIT 3", (prefix,))]
                if kind == "story":  # a story merged away is still named by its id, which leads on
                    after += [r[0] for r in self._db.execute(
                        "SELECT story_id FROM story_forward WHERE story_id >= ? ORDER BY story_id LIMIT 3", (prefix,))]
                rows = sorted({r for r in after if r.startswith(prefix)})
                if rows:
                    break
            if len(rows) > 1:
                raise InputError(g, f"is the start of {'several' if len(rows) > 2 else 'two'} {kind} ids "
                                 f"({', '.join(rows[:2])}{', ...' if len(rows) > 2 else ''})", "give more of the id")
            out.append(rows[0] if rows else g)
        return out

    def _wal(self) -> None:
        """Put the file in WAL mode (kept in the file). Switching needs the file to itself
        for a moment and SQLite answers "locked" at once, without waiting, when another
        process is opening a new store at the same time: so ask again for a while."""
        for attempt in range(200):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 199:
                    raise
                time.sleep(0.05)

    def _record_tables(self) -> None:
        """Note the tables the store holds, so that one lost later (the corrections'
        `story_pins`) is found missing rather than made again empty."""
        tables = json.dumps(sorted(_OWN_TABLES))
        row = self._db.execute("SELECT value FROM meta WHERE key='tables'").fetchone()
        if row is None or row[0] != tables:  # written once per version, not on every read
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('tables', ?)", (tables,))

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {row[0]} is not the {SCHEMA_VERSION} this version "
                "reads; analyse into a new --db file"
            )

    def _add_meta_columns(self) -> None:
        """Stores made before story cells (or arrival spans, or input records' own ids)
        existed get the columns: cells stay empty until trained, stories saved before have
        no arrival span, and articles stored before no record id."""
        if "external_id" not in {r[1] for r in self._db.execute("PRAGMA table_info(articles)")}:
            self._db.execute("ALTER TABLE articles ADD COLUMN external_id TEXT")
        # a new article's record id is looked up among the stored ones (`pipeline.Intake`): no scan of the store
        self._db.execute("CREATE INDEX IF NOT EXISTS articles_external ON articles(external_id)")
        if "annotator" not in {r[1] for r in self._db.execute("PRAGMA table_info(annotations)")}:
            self._db.execute("ALTER TABLE annotations ADD COLUMN annotator TEXT")
        # counting stale annotations reads this index, never the (long) annotations themselves
        self._db.execute("CREATE INDEX IF NOT EXISTS annotations_annotator ON annotations(annotator, article_id)")
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(story_meta)")}
        if "cell" not in columns:
            self._db.execute("ALTER TABLE story_meta ADD COLUMN cell INTEGER")
        for name in ("arrival_first", "arrival_last"):
            if name not in columns:
                self._db.execute(f"ALTER TABLE story_meta ADD COLUMN {name} INTEGER")
        self._db.execute("CREATE INDEX IF NOT EXISTS story_meta_cell ON story_meta(cell, last_day)")
        # undated stories by arrival, with and without cells (see `_stories_overlapping`)
        self._db.execute("CREATE INDEX IF NOT EXISTS story_meta_cell_arrival "
                         "ON story_meta(cell, last_day, arrival_last)")
        self._db.execute("CREATE INDEX IF NOT EXISTS story_meta_arrival ON story_meta(last_day, arrival_last)")

    def _fill_pending(self) -> None:
        """Once per store: list the ungrouped articles of a store made before the
        `story_pending` table existed (the triggers keep it from then on)."""
        self._fill_once("pending", "INSERT OR IGNORE INTO story_pending(article_id) SELECT v.article_id FROM vectors v "
                        "LEFT JOIN story_articles sa ON sa.article_id = v.article_id WHERE sa.article_id IS NULL")

    def _fill_unannotated(self) -> None:
        """Once per store: list the unannotated articles of a store made before the
        `annotation_pending` table existed (the triggers keep it from then on)."""
        self._fill_once("annotation_pending",
                        "INSERT OR IGNORE INTO annotation_pending(article_id) SELECT a.id FROM articles a "
                        "LEFT JOIN annotations n ON n.article_id = a.id LEFT JOIN vectors v ON v.article_id = a.id "
                        "WHERE n.article_id IS NULL OR v.article_id IS NULL")

    def _fill_once(self, key: str, sql: str) -> None:
        """Run `sql` (a fixed statement of this module) once per store, marked by `key` in meta."""
        if self._db.execute("SELECT 1 FROM meta WHERE key=?", (key,)).fetchone():
            return
        with self._tx():
            self._db.execute(sql)
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (key,))

    def _root_copies(self) -> None:
        """Once per store: point every wire copy at the article it ultimately copies.

        A copy is matched against the article it is a verified copy of, which may itself
        be a copy (a trimmed copy of a trimmed copy); stores made before copies were
        recorded by their first publication can hold such chains, whose ends a grouping
        run could not place until their middle had a story, and which a correction moving
        the first publication left behind.
        """
        if self._db.execute("SELECT 1 FROM meta WHERE key='copies_rooted'").fetchone():
            return
        with self._tx():
            while self._db.execute(
                "UPDATE articles SET duplicate_of = (SELECT o.duplicate_of FROM articles o "
                "WHERE o.id = articles.duplicate_of) WHERE duplicate_of IN "
                "(SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"
            ).rowcount:
                pass
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('copies_rooted', '1')")

    def close(self) -> None:
        """Close the connection (also done by leaving a `with Store(...)` block)."""
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self, wait: float | None = None) -> "_Transaction":
        """A write transaction; `wait` (seconds) bounds the wait for another writer below the
        store's own, without a notice (a cache's write, see `put_report`)."""
        self._refuse_write()
        if wait is not None:
            return _Transaction(self._db, self.path, wait, restore=self.BUSY_SECONDS)
        notice = None if self._said_waiting or self.path == ":memory:" else self._waiting
        return _Transaction(self._db, self.path, self.BUSY_SECONDS, notice, self.NOTICE_SECONDS)

    def _waiting(self) -> None:
        """Say, once, that a write waits for the store's write lock: for whom and how long at most."""
        self._said_waiting = True
        logging.getLogger("manysides").warning(
            "%s: waiting for the store's write lock, which %s holds; giving up after %g s", self.path,
            holder(self.path), self.BUSY_SECONDS)

    @contextlib.contextmanager
    def grouping_lock(self) -> Iterator[None]:
        """Hold the store's grouping lock: one writer at a time (across processes and
        threads) reads, regroups and saves stories, so two runs never place one article
        in two stories. Re-entrant. When another process holds it, a line on stderr says
        so at once, naming the store and that process, and the wait ends after
        `GROUPING_WAIT_SECONDS` with a `StoreBusyError` (it was silent about whom it
        waited for, and waited for ever).

        It is an exclusive `flock` on a file beside the store (NAME.db.lock), never on the
        database file itself: closing another handle of that file would drop SQLite's own
        locks in this process.
        """
        with self._lock, contextlib.ExitStack() as held:
            # a read-only store is regrouped by no one (and its folder may take no lock file)
            if not self._lock_depth and self.path != ":memory:" and fcntl is not None and not self.read_only:
                fh = held.enter_context(open(self.path + ".lock", "a+b"))
                if not _flock_now(fh):
                    logging.getLogger("manysides").warning(
                        "%s: waiting for %s, which is grouping stories in it; giving up after %g s", self.path,
                        grouping_holder(self.path), self.GROUPING_WAIT_SECONDS)
                    if not _flock_within(fh, self.GROUPING_WAIT_SECONDS):
                        raise grouping_busy_error(self.path, self.GROUPING_WAIT_SECONDS)
                held.callback(fcntl.flock, fh, fcntl.LOCK_UN)
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1

    @contextlib.contextmanager
    def writing_run(self) -> Iterator[list[str]]:
        """Mark a run that stores or annotates articles as going on, for as long as it
        lasts; yields the ids of the stored articles that a run stopped during annotation
        left unannotated (`unannotated`), for this run to finish.

        Articles are unannotated while a run is annotating them too: they are left ones
        only when no other run is going on. Each run holds a shared `flock` on
        NAME.db.runs beside the store (the kernel lets go of a killed run's), and takes
        the left ones only when it could first hold it alone. A store in memory, or a
        system without `flock`, has no other run.
        """
        self._refuse_write()
        if self.path == ":memory:" or fcntl is None:
            yield self.unannotated()
            return
        with open(self.path + ".runs", "a+b") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                left = self.unannotated()  # no other run is going on: these are left over
            except BlockingIOError:
                left = []  # another run is going on: it, or the next run alone, finishes them
            fcntl.flock(fh, fcntl.LOCK_SH)  # others may run beside this one from now on
            try:
                yield left
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def alone(self) -> Iterator[bool]:
        """Whether no writing run (`writing_run`) is going on, held true for the block:
        the run lock taken alone (not waited for), so none starts meanwhile. A read-only
        store has no run of its own."""
        if self.path == ":memory:" or fcntl is None or self.read_only:
            yield True
            return
        with open(self.path + ".runs", "a+b") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator["Store"]:
        """A second connection to the same file that reads one state of the store (a read
        transaction) while this and other connections go on writing. A long read, such as
        a streamed export, reads through it so that a grouping run meanwhile cannot show
        it one article in two stories. A store in memory has no second connection: it is
        read as it is."""
        if self.path == ":memory:":
            yield self
            return
        reader = Store(self.path, read_only=self.read_only or None)
        try:
            reader._db.execute("BEGIN")
            reader._db.execute("SELECT 1 FROM stories LIMIT 1").fetchall()  # the snapshot starts at a read
            yield reader
        finally:
            with contextlib.suppress(sqlite3.Error):
                reader._db.execute("ROLLBACK")
            reader.close()

    # -- articles ------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        """True when an article with that id is stored."""
        return self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def with_external_id(self, external_id: str) -> list[tuple[str, str, str | None]]:
        """(id, source, input file's real path or None) of the stored articles whose input record gave that id, in
        the order stored; the path is None for an article stored before session 42 or read from no file."""
        rows = self._db.execute("SELECT a.id, a.source, i.input FROM articles a LEFT JOIN article_inputs i "
                                "ON i.article_id = a.id WHERE a.external_id=? ORDER BY a.seq", (external_id,))
        return [(r[0], r[1], r[2]) for r in rows]

    def dated_after(self, day: str) -> list[tuple[str, str]]:
        """(source, date) of the stored articles dated after `day` ("YYYY-MM-DD"), in the order stored: a run
        before session 41 kept a date in the future (`pipeline.Intake` leaves such articles undated now)."""
        rows = self._db.execute("SELECT source, published FROM articles WHERE substr(published, 1, 10) > ? "
                                "ORDER BY seq", (day,))
        return [(r[0], r[1][:10]) for r in rows]

    def add_article(
        self, article: Article, signature: bytes | None, terms: Mapping[str, int] | None = None,
        bands: Sequence[int] = (), original_of: str | None = None, input_path: str | None = None,
    ) -> bool:
        """Insert an article (its share of the background term counts, its near-duplicate
        band keys) atomically.

        Returns False, changing nothing, when an article with that id is already stored.
        A copy of a copy (`duplicate_of` naming a stored copy) is recorded as a copy of the
        first publication, so that every copy goes where that goes in one step.
        `original_of` names a stored original that this article was published before: it
        and its copies become copies of this article, in the same transaction. `input_path`
        is the real path of the file the article's record was read from (`with_external_id`).
        """
        with self._tx():
            if original_of is not None and article.duplicate_of is None:
                self._db.execute("UPDATE articles SET duplicate_of=? WHERE id=? OR duplicate_of=?",
                                 (article.id, original_of, original_of))
            if article.duplicate_of is not None:
                row = self._db.execute("SELECT duplicate_of FROM articles WHERE id=?",
                                       (article.duplicate_of,)).fetchone()
                if row and row[0]:
                    article = dataclasses.replace(article, duplicate_of=row[0])
            cur = self._db.execute(
                f"INSERT OR IGNORE INTO articles ({_ARTICLE_COLUMNS}, signature) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.source, article.outlet, article.url, article.title,
                    article.byline, article.published, article.language, article.text,
                    json.dumps(list(article.removed), ensure_ascii=False),
                    article.duplicate_of, article.leaning, article.external_id, signature,
                ),
            )
            if cur.rowcount == 0:
                return False
            if input_path is not None:
                self._db.execute("INSERT OR IGNORE INTO article_inputs(article_id, input) VALUES (?, ?)",
                                 (article.id, input_path))
            if bands:
                self._db.executemany("INSERT OR IGNORE INTO dedupe_bands(key, seq) VALUES (?, ?)",
                                     [(int(k), cur.lastrowid) for k in bands])
            if terms:
                self._db.executemany(
                    "INSERT INTO background(term, count) VALUES (?, ?) "
                    "ON CONFLICT(term) DO UPDATE SET count = count + excluded.count",
                    list(terms.items()),
                )
        return True

    def article(self, article_id: str) -> Article | None:
        """The stored article with that id, or None."""
        row = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id=?", (article_id,)
        ).fetchone()
        return _article(row) if row else None

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles in the order they were added (all of them when `ids` is None)."""
        if ids is None:
            rows = self._db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq")
            return [_article(r) for r in rows]
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Article] = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", chunk
            ):
                found[r[0]] = _article(r)
        order = self._seq_order(found)
        return sorted(found.values(), key=lambda a: order[a.id])

    def article_heads(self, ids: Iterable[str]) -> dict[str, ArticleHead]:
        """id -> the article's outlet, source, wire-copy original and leaning, without its
        text (what listings and counts need; reading every text would cost the store's size)."""
        rows = _rows_in(self._db, "SELECT id, source, outlet, duplicate_of, leaning, url FROM articles WHERE id", ids)
        return {r[0]: ArticleHead(*r) for r in rows}

    def outlet_scores(self) -> Iterator[tuple[ArticleHead, float | None, float | None]]:
        """(head, slant score, hyperpartisan probability) of every independent article
        (not a wire copy) with an outlet name, in the order stored; a score is None where
        the article has no annotation or no such score yet. SQLite reads the two numbers
        out of each annotation, so a large store is never loaded whole."""
        rows = self._db.execute(
            "SELECT a.id, a.source, a.outlet, a.duplicate_of, a.leaning, "
            "json_extract(n.data, '$.slant.score'), json_extract(n.data, '$.hyperpartisan.probability') "
            "FROM articles a LEFT JOIN annotations n ON n.article_id = a.id "
            "WHERE +a.duplicate_of IS NULL AND trim(coalesce(a.outlet, '')) != '' ORDER BY a.seq"
        )
        for r in rows:
            yield ArticleHead(*r[:5]), r[5], r[6]

    def articles_without_outlet(self) -> int:
        """How many independent articles (not wire copies) name no outlet: `outlet_scores`
        leaves them out, and a listing of outlets says so."""
        return self._db.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND trim(coalesce(outlet, '')) = ''"
        ).fetchone()[0]

    def _seq_order(self, ids: Iterable[str]) -> dict[str, int]:
        ids = list(ids)
        out: dict[str, int] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(f"SELECT id, seq FROM articles WHERE id IN ({marks})", chunk))
        return out

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(id, dedupe signature) of every stored article, in insertion order, so a
        rebuilt index answers exactly as the one that stored them did."""
        yield from self._db.execute(
            "SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY seq"
        )

    def copy_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """(id, signature) of the stored articles sharing a band key, earliest first."""
        keys = [int(k) for k in dict.fromkeys(bands)]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._db.execute(
            f"SELECT id, signature FROM articles WHERE signature IS NOT NULL AND seq IN "
            f"(SELECT seq FROM dedupe_bands WHERE key IN ({marks})) ORDER BY seq", keys
        ).fetchall()

    def band_config(self) -> str | None:
        """The configuration the stored band keys were made with (None: none were)."""
        row = self._db.execute("SELECT value FROM meta WHERE key='dedupe_bands'").fetchone()
        return row[0] if row else None

    def rebuild_bands(self, config: str, bands: Iterable[tuple[str, Sequence[int]]]) -> None:
        """Replace every band key (article id, keys) in one transaction, for `config`:
        once for a store made before the keys were kept, or after the settings changed."""
        with self._tx():
            self._db.execute("DELETE FROM dedupe_bands")
            for aid, keys in bands:
                self._db.executemany(
                    "INSERT OR IGNORE INTO dedupe_bands(key, seq) SELECT ?, seq FROM articles WHERE id=?",
                    [(int(k), aid) for k in keys])
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('dedupe_bands', ?)", (config,))

    def count_articles(self) -> int:
        """The number of stored articles, wire copies included."""
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Article ids matching an FTS5 query, best first."""
        try:
            rows = self._db.execute(
                "SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
            return [r[0] for r in rows]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search query {query!r} is not valid FTS5 syntax ({exc}); quote it") from exc

    # -- annotations and vectors -----------------------------------------------------------
    def missing_annotations(self, ids: Iterable[str]) -> list[str]:
        """Those of `ids` with no annotation yet, in the order given."""
        ids = list(ids)
        have: set[str] = set()
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            have.update(
                r[0]
                for r in self._db.execute(
                    f"SELECT n.article_id FROM annotations n JOIN vectors v USING(article_id) "
                    f"WHERE n.article_id IN ({marks})",
                    chunk,
                )
            )
        return [i for i in ids if i not in have]

    def unannotated(self) -> list[str]:
        """Ids of the stored articles with no annotation or no vectors, in the order
        stored (a lookup of the pending list, never a scan of the store)."""
        return [r[0] for r in self._db.execute(
            # CROSS JOIN keeps the pending list as the outer loop, as in `ungrouped`
            "SELECT a.id FROM annotation_pending p CROSS JOIN articles a ON a.id = p.article_id ORDER BY a.seq")]

    def put_annotation(self, ann: Annotation, article_vec: np.ndarray, sentence_vecs: np.ndarray,
                       annotator: str | None = None) -> None:
        """Store an article's annotation with its vector and its sentences' vectors (one
        transaction); `annotator` names what made the annotation."""
        dim = int(article_vec.shape[-1])
        with self._tx():
            self._db.execute(
                "INSERT OR REPLACE INTO annotations(article_id, data, annotator) VALUES (?, ?, ?)",
                (ann.article_id, dumps(ann), annotator),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO vectors(article_id, dim, article, sentences) VALUES (?,?,?,?)",
                (ann.article_id, dim, array_to_bytes(article_vec), array_to_bytes(sentence_vecs)),
            )

    def replace_annotation(self, ann: Annotation, sentence_vecs: np.ndarray, annotator: str) -> None:
        """Put a new annotation in place of an article's stored one, in one transaction:
        its sentences' vectors with it (the sentences may have moved) and the stored
        comparison of its story dropped (made again when next read). The article's own
        vector, and so its story, stays as it is."""
        with self._tx():
            self._db.execute(
                "INSERT OR REPLACE INTO annotations(article_id, data, annotator) VALUES (?, ?, ?)",
                (ann.article_id, dumps(ann), annotator),
            )
            self._db.execute("UPDATE vectors SET sentences = ? WHERE article_id = ?",
                             (array_to_bytes(sentence_vecs), ann.article_id))
            self._db.execute("DELETE FROM reports WHERE story_id IN "
                             "(SELECT story_id FROM story_articles WHERE article_id = ?)", (ann.article_id,))
            # a count of replacements, part of every cache key (`story_version`): the report
            # made again has the fingerprint of the old one, and a page cache must not keep it
            self._db.execute("INSERT INTO meta(key, value) VALUES ('reannotated', '1') "
                             "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def stale_annotations(self, annotator: str | None, ids: Iterable[str] | None = None) -> list[str]:
        """Ids of the annotated articles (of `ids`, or all) whose annotation something other
        than `annotator` made (an earlier version, another model), in the order stored;
        every annotated one when `annotator` is None."""
        sql = "SELECT a.seq, a.id FROM articles a JOIN annotations n ON n.article_id = a.id WHERE "
        sql += "n.annotator IS NOT ?" if annotator is not None else "? IS NULL"
        if ids is None:
            return [r[1] for r in self._db.execute(sql + " ORDER BY a.seq", (annotator,))]
        rows: list[tuple[int, str]] = []
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows += self._db.execute(sql + f" AND a.id IN ({marks})", [annotator, *chunk]).fetchall()
        return [aid for _, aid in sorted(rows)]

    def count_annotations(self, annotator: str) -> tuple[int, int]:
        """(stored annotations, those something other than `annotator` made)."""
        row = self._db.execute("SELECT count(*), count(*) FILTER (WHERE annotator IS NOT ?) FROM annotations",
                               (annotator,)).fetchone()
        return int(row[0]), int(row[1])

    def annotations(self, ids: Iterable[str]) -> dict[str, Annotation]:
        """article id -> its annotation, for those of `ids` that have one."""
        out: dict[str, Annotation] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, data in self._db.execute(
                f"SELECT article_id, data FROM annotations WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = loads(Annotation, data)
        return out

    def vector_size(self) -> int | None:
        """The length of the stored article vectors (None before the first): an embedder
        of another size cannot be compared with them."""
        row = self._db.execute("SELECT dim FROM vectors LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    def article_vectors(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        """article id -> the embedding of its title and lead."""
        out: dict[str, np.ndarray] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, dim, blob in self._db.execute(
                f"SELECT article_id, dim, article FROM vectors WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = bytes_to_array(blob, dim)[0]
        return out

    def sentence_vectors(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        """article id -> (sentences x dim) vectors of its sentences, in sentence order."""
        out: dict[str, np.ndarray] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, dim, blob in self._db.execute(
                f"SELECT article_id, dim, sentences FROM vectors WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = bytes_to_array(blob, dim)
        return out

    def background(self) -> dict[str, int]:
        """term -> its count summed over the stored articles: the corpus that framing terms are weighed against."""
        return dict(self._db.execute("SELECT term, count FROM background"))

    # -- outlets -----------------------------------------------------------------------------
    def set_leanings(self, leanings: Mapping[str, str]) -> None:
        """Add or replace outlets' known leanings (outlet name -> left/center/right)."""
        with self._tx():
            self._db.executemany(
                "INSERT OR REPLACE INTO outlets(name, leaning) VALUES (?, ?)", list(leanings.items())
            )

    def leanings(self) -> dict[str, str]:
        """outlet name -> known leaning, as given with `set_leanings` (--leanings)."""
        return dict(self._db.execute("SELECT name, leaning FROM outlets"))

    # -- grouping settings -------------------------------------------------------------------
    def grouping_settings(self) -> dict[str, object]:
        """The grouping settings this store's stories were made with ({} = the defaults)."""
        row = self._db.execute("SELECT value FROM meta WHERE key='grouping'").fetchone()
        return json.loads(row[0]) if row else {}

    def set_grouping_settings(self, settings: Mapping[str, object]) -> None:
        """Keep the grouping settings (see `stories.use_grouping_settings`, which checks them first)."""
        with self._tx():
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('grouping', ?)",
                             (json.dumps(dict(settings), sort_keys=True),))

    def has_stories(self) -> bool:
        """True once any story is stored."""
        return self._db.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None

    # -- stories -------------------------------------------------------------------------------
    def assignments(self) -> dict[str, str]:
        """article id -> story id for every grouped article."""
        return dict(self._db.execute("SELECT article_id, story_id FROM story_articles"))

    def save_grouping(self, stories: Iterable[Story], storylines: Iterable[Storyline]) -> None:
        """Replace the stories that changed, and all storylines, in one transaction."""
        stories = list(stories)
        with self._tx():
            self._db.execute("DELETE FROM meta WHERE key='story_meta_complete'")  # these have none
            # recorded storyline links no longer hold for replaced stories: found afresh
            self._db.execute("DELETE FROM story_links")
            self._db.execute("DELETE FROM story_linked")
            for s in stories:
                self._db.execute(
                    "INSERT OR REPLACE INTO stories(id, data) VALUES (?, ?)", (s.id, dumps(s))
                )
                self._db.execute("DELETE FROM story_forward WHERE story_id=?", (s.id,))
                self._db.executemany(
                    "INSERT OR REPLACE INTO story_articles(article_id, story_id) VALUES (?, ?)",
                    [(a, s.id) for a in s.articles],
                )
            # Stories left with no article (merged away) go, with their reports.
            gone = [r[0] for r in self._db.execute(
                "SELECT id FROM stories WHERE id NOT IN (SELECT DISTINCT story_id FROM story_articles)")]
            self._forward(self._record_articles(gone))
            self._db.executemany("DELETE FROM stories WHERE id=?", [(sid,) for sid in gone])
            self._db.execute("DELETE FROM reports WHERE story_id NOT IN (SELECT id FROM stories)")
            self._db.execute("DELETE FROM storylines")
            for sl in storylines:
                self._db.execute(
                    "INSERT INTO storylines(id, data) VALUES (?, ?)", (sl.id, dumps(sl))
                )

    def stories(self, ids: Iterable[str] | None = None) -> list[Story]:
        """Every story, or those of `ids` that exist, ordered by first date then id."""
        if ids is None:
            rows = self._db.execute("SELECT data FROM stories").fetchall()
        else:
            rows = []
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                rows += self._db.execute(
                    f"SELECT data FROM stories WHERE id IN ({marks})", chunk
                ).fetchall()
        stories = [loads(Story, r[0]) for r in rows]
        return sorted(stories, key=lambda s: (s.first_date or "", s.id))

    def story_order(self, ids: Iterable[str] | None = None) -> list[str]:
        """Story ids (all, or those of `ids` that exist) newest first, as `newest_first`
        orders records, without reading the records into Python: what a streamed export walks."""
        sql = f"SELECT id, {_LATEST_DAY} FROM stories"
        rows = self._db.execute(sql).fetchall() if ids is None else _rows_in(self._db, sql + " WHERE id", ids)
        return [sid for sid, _ in sorted(rows, key=lambda r: (r[1], r[0]), reverse=True)]

    def storylines(self, ids: Iterable[str] | None = None) -> list[Storyline]:
        """Every storyline, or those of `ids`, oldest first (by the first day of its first
        story; undated ones last, then by id)."""
        if ids is None:
            rows = self._db.execute("SELECT id, data FROM storylines").fetchall()
        else:
            rows = _rows_in(self._db, "SELECT id, data FROM storylines WHERE id", ids)
        lines = [loads(Storyline, data) for _, data in rows]
        firsts = [sl.stories[0] for sl in lines if sl.stories]
        day = dict(_rows_in(self._db, "SELECT story_id, first_day FROM story_meta WHERE story_id", firsts))
        first = {sl.id: day.get(sl.stories[0]) if sl.stories else None for sl in lines}
        return sorted(lines, key=lambda sl: (first[sl.id] is None, first[sl.id] or 0, sl.id))

    # -- reports -------------------------------------------------------------------------------
    def report(self, story_id: str, fingerprint: str) -> StoryReport | None:
        """The stored report for a story, if it was computed from the same inputs."""
        row = self._db.execute(
            "SELECT data FROM reports WHERE story_id=? AND fingerprint=?", (story_id, fingerprint)
        ).fetchone()
        return loads(StoryReport, row[0]) if row else None

    def put_report(self, report: StoryReport, fingerprint: str) -> None:
        """Store a story's comparison; `fingerprint` names the articles and leanings it was
        made from. A read-only store keeps none: the comparison is made again when next read.
        Nor does a store another process is writing to: a comparison is a cache, and its
        reader (`show`, a web page) waited 10 s for it in silence, then failed as busy."""
        if self.read_only:
            return
        try:
            with self._tx(wait=self.NOTICE_SECONDS):
                self._db.execute(
                    "INSERT OR REPLACE INTO reports(story_id, fingerprint, data) VALUES (?,?,?)",
                    (report.story_id, fingerprint, dumps(report)),
                )
        except StoreBusyError:
            return  # made again when next read, once the other writer is done

    def drop_report(self, story_id: str) -> None:
        """Forget the stored comparison of a story (it is made again when next read)."""
        with self._tx():
            self._db.execute("DELETE FROM reports WHERE story_id=?", (story_id,))

    # -- read-only look-ups for the web layer ----------------------------------------------
    def story_index(self, ids: Iterable[str] | None = None) -> list[tuple]:
        """(story id, title, first date, last date, storyline, article id, outlet, source,
        leaning, duplicate_of, published) for every grouped article (of the stories `ids`),
        without article texts or whole story records (SQLite reads the fields out of
        them): enough to list and filter stories. A story's articles come in the order
        they were added."""
        sql = (
            "SELECT s.id, json_extract(s.data, '$.title'), json_extract(s.data, '$.first_date'), "
            "json_extract(s.data, '$.last_date'), json_extract(s.data, '$.storyline'), "
            "a.id, a.outlet, a.source, a.leaning, a.duplicate_of, a.published "
            "FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
            "JOIN articles a ON a.id = sa.article_id"
        )
        if ids is None:
            return self._db.execute(sql + " ORDER BY a.seq").fetchall()
        return _rows_in(self._db, sql + " WHERE s.id", ids, " ORDER BY a.seq")

    def story_rowids(self) -> list[tuple[str, int]]:
        """(story id, rowid) of every story. A story record is only ever replaced whole
        (`INSERT OR REPLACE`), which gives it a rowid above every earlier one: a reader that
        kept the largest rowid it saw can tell which stories changed since."""
        return self._db.execute("SELECT id, rowid FROM stories").fetchall()

    def search_stories(self, query: str, limit: int = 1000) -> list[str]:
        """Ids of stories holding an article that matches an FTS5 query, best match first."""
        try:
            rows = self._db.execute(
                "SELECT sa.story_id, min(f.rank) AS best FROM articles_fts f "
                "JOIN articles a ON a.seq = f.rowid JOIN story_articles sa ON sa.article_id = a.id "
                "WHERE articles_fts MATCH ? GROUP BY sa.story_id ORDER BY best LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search query {query!r} is not valid FTS5 syntax ({exc}); quote it") from exc
        return [r[0] for r in rows]

    def story_version(self, story_id: str) -> tuple | None:
        """What a rendered story depends on: its record, its storyline's record and the
        fingerprint of its stored report, and how many annotations were replaced (None when
        the story does not exist)."""
        row = self._db.execute(
            "SELECT s.data, l.data, r.fingerprint, (SELECT value FROM meta WHERE key = 'reannotated') "
            "FROM stories s LEFT JOIN storylines l ON l.id = json_extract(s.data, '$.storyline') "
            "LEFT JOIN reports r ON r.story_id = s.id WHERE s.id = ?",
            (story_id,),
        ).fetchone()
        return tuple(row) if row else None

    def data_version(self) -> tuple:
        """Changes whenever articles, stories, reports or leanings change: a cache key."""
        return self._db.execute(
            "SELECT (SELECT max(seq) FROM articles), (SELECT count(*) FROM articles), "
            "(SELECT max(rowid) FROM stories), (SELECT count(*) FROM stories), "
            "(SELECT max(rowid) FROM reports), (SELECT count(*) FROM outlets), "
            "(SELECT max(rowid) FROM annotations), (SELECT value FROM meta WHERE key = 'reannotated')"
        ).fetchone()

    # -- incremental grouping: state, vector index, corrections ----------------------------
    # Owned by stories/incremental.py; these methods make the store a `GroupingState`.
    def group_items(self, article_ids: Iterable[str]) -> list:
        """`GroupItem`s of the independent (not wire-copy) articles among `article_ids`
        that have a vector, in insertion order."""
        from ..stories.grouping import GroupItem

        ids = list(dict.fromkeys(article_ids))
        out = []
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for aid, published, title, text, outlet, dim, blob in self._db.execute(
                f"SELECT a.id, a.published, a.title, a.text, a.outlet, v.dim, v.article FROM articles a "
                f"JOIN vectors v ON v.article_id = a.id WHERE a.id IN ({marks}) "
                # "+": the index on duplicate_of would match nearly every article and
                # turn this lookup of a few ids into a walk over all originals
                f"AND +a.duplicate_of IS NULL ORDER BY a.seq", chunk
            ):
                out.append(GroupItem(aid, published, bytes_to_array(blob, dim)[0], title or "", text, outlet or ""))
        return out

    def count_pending(self) -> int:
        """How many annotated articles are in no story yet: what the next grouping places."""
        return int(self._db.execute("SELECT count(*) FROM story_pending").fetchone()[0])

    def ungrouped(self) -> list[tuple[str, str | None]]:
        """(article id, duplicate_of) of annotated articles in no story yet, insertion order."""
        return self._db.execute(
            # CROSS JOIN keeps the pending list as the outer loop (SQLite never reorders
            # it): ordering by seq must not turn into a scan of every article
            "SELECT a.id, a.duplicate_of FROM story_pending p CROSS JOIN articles a ON a.id = p.article_id "
            "ORDER BY a.seq"
        ).fetchall()

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article id -> story id, for those of `article_ids` in a story."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})", chunk))
        return out

    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        """story id -> its article ids (wire copies included), insertion order."""
        out: dict[str, list[str]] = {}
        for chunk in _chunks(list(dict.fromkeys(story_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for aid, sid in self._db.execute(
                f"SELECT sa.article_id, sa.story_id FROM story_articles sa JOIN articles a "
                f"ON a.id = sa.article_id WHERE sa.story_id IN ({marks}) ORDER BY a.seq", chunk
            ):
                out.setdefault(sid, []).append(aid)
        return out

    def copies_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """copy id -> original id for the stored wire copies of `article_ids`."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(
                f"SELECT id, duplicate_of FROM articles WHERE duplicate_of IN ({marks})", chunk))
        return out

    def ids_for_keys(self, keys: Iterable[int]) -> dict[int, str]:
        """The vector index keys articles by their row number (`seq`)."""
        out: dict[int, str] = {}
        for chunk in _chunks([int(k) for k in keys], 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(f"SELECT seq, id FROM articles WHERE seq IN ({marks})", chunk))
        return out

    def keys_for_ids(self, article_ids: Iterable[str]) -> dict[str, int]:
        """article id -> its insertion number (the order articles were stored in)."""
        return self._seq_order(article_ids)

    def latest_day(self) -> int | None:
        """The newest publication day stored (the present of the article stream)."""
        from ..stories.grouping import parse_day

        # below 2201: a placeholder such as "9999-12-31", stored by an older version, is no day
        row = self._db.execute(
            "SELECT max(published) FROM articles WHERE published != '' AND published < '2201'").fetchone()
        return parse_day(row[0]) if row and row[0] else None

    def index_days(self) -> int | None:
        """The bucket size (days) of the saved vector index, if any is saved."""
        for table in ("story_ann_recent", "story_ann"):
            row = self._db.execute(f"SELECT days FROM {table} LIMIT 1").fetchone()
            if row:
                return int(row[0])
        return None

    def index_buckets(self, buckets: Iterable[int], index) -> None:
        """Load these saved index buckets, rebuilding any never saved from the grouped
        articles of its days (a store grouped before the index existed)."""
        from ..stories.grouping import parse_day
        from ..stories.incremental import UNDATED

        for b in sorted(set(buckets) - index.loaded):
            found = False
            for table, recent in (("story_ann", False), ("story_ann_recent", True)):
                row = self._db.execute(
                    f"SELECT data FROM {table} WHERE bucket=? AND dim=? AND days=?",
                    (b, index.dim, index.bucket_days),
                ).fetchone()
                if row is not None:
                    index.restore(b, row[0], recent=recent)
                    found = True
            if found:
                continue
            index.loaded.add(b)
            if b < UNDATED or (b == UNDATED and self._db.execute(
                    "SELECT 1 FROM meta WHERE key='undated_by_arrival'").fetchone()):
                continue  # undated articles filed by arrival: a bucket never saved is empty
            if b == UNDATED:  # a store whose undated articles were never indexed
                where, args = "(a.published IS NULL OR a.published = '')", ()
            else:
                lo = date.fromordinal(max(1, b * index.bucket_days)).isoformat()
                hi = date.fromordinal((b + 1) * index.bucket_days).isoformat()
                where, args = "a.published >= ? AND a.published < ?", (lo, hi)
            rows = self._db.execute(
                f"SELECT a.seq, a.published, v.dim, v.article FROM articles a "
                f"JOIN vectors v ON v.article_id = a.id JOIN story_articles sa ON sa.article_id = a.id "
                f"WHERE +a.duplicate_of IS NULL AND {where}", args
            ).fetchall()
            rows = [r for r in rows if r[2] == index.dim]
            if rows:
                index.add([r[0] for r in rows], [parse_day(r[1]) for r in rows],
                          np.vstack([bytes_to_array(r[3], r[2])[:1] for r in rows]))

    def pins(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """article id -> story id a user put it in (corrections)."""
        if article_ids is None:
            return dict(self._db.execute("SELECT article_id, story_id FROM story_pins"))
        out: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(
                f"SELECT article_id, story_id FROM story_pins WHERE article_id IN ({marks})", chunk))
        return out

    def story_summaries(self, story_ids: Iterable[str] | None = None) -> list[tuple]:
        """(story id, first day, last day, storyline id, centroid, arrival span) for
        storyline linking; all stories, or those of `story_ids`. The arrival span (first
        day, last day) is set for undated stories only: the days of the runs they came in."""
        q = f"SELECT {_SUMMARY} FROM story_meta"
        if story_ids is None:
            return _summaries(self._db.execute(q).fetchall())
        rows = []
        for chunk in _chunks(list(dict.fromkeys(story_ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows += self._db.execute(q + f" WHERE story_id IN ({marks})", chunk).fetchall()
        return _summaries(rows)

    def story_cells(self) -> np.ndarray | None:
        """The quantizer's unit cell centres (cells x dim), once trained; else None. Read
        each time (0.4 MB): another process sharing the store may have trained them."""
        row = self._db.execute("SELECT dim, data FROM story_cells WHERE id = 0").fetchone()
        return bytes_to_array(row[1], row[0]) if row else None

    def newest_stories(self, limit: int | None = None) -> tuple[list[Story], int]:
        """The `limit` newest stories (all when None), as `newest_first` orders them, and how
        many stories there are. SQLite sorts; only the listed records are read."""
        total = self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        sql = f"SELECT data FROM stories ORDER BY {_LATEST_DAY} DESC, id DESC"
        rows = self._db.execute(sql + " LIMIT ?", (limit,)) if limit else self._db.execute(sql)
        return [loads(Story, r[0]) for r in rows], total

    def count_stories(self) -> int:
        """The number of stories."""
        return self._db.execute("SELECT COUNT(*) FROM story_meta").fetchone()[0]

    def holds_stories(self, n: int) -> bool:
        """True when the store holds at least `n` story summaries (without counting all)."""
        return self._db.execute("SELECT 1 FROM story_meta LIMIT 1 OFFSET ?", (max(0, n - 1),)).fetchone() is not None

    def story_centroids(self, every: int = 1) -> Iterator[tuple[int, np.ndarray]]:
        """(row number, centroid) of every story summary (or of every `every`-th by row
        number), a few thousand at a time."""
        last = 0
        while True:
            rows = self._db.execute(
                "SELECT rowid, dim, centroid FROM story_meta WHERE rowid > ? AND rowid % ? = 0 "
                "ORDER BY rowid LIMIT 5000", (last, max(1, every))).fetchall()
            if not rows:
                return
            for rowid, dim, blob in rows:
                yield rowid, bytes_to_array(blob, dim).reshape(-1)
            last = rows[-1][0]

    def set_story_cells(self, cells: np.ndarray) -> None:
        """Save the quantizer and put every stored story in its cell (one transaction)."""
        from ..stories.story_cells import cell_of

        cells = np.asarray(cells, dtype=np.float32)
        with self._tx():
            self._db.execute("INSERT OR REPLACE INTO story_cells(id, dim, cells, data) VALUES (0, ?, ?, ?)",
                             (int(cells.shape[1]), int(cells.shape[0]), array_to_bytes(cells)))
            rows = ((rowid, vec) for rowid, vec in self.story_centroids() if vec.shape[0] == cells.shape[1])
            while part := list(itertools.islice(rows, 5000)):  # one product per few thousand stories
                found = cell_of(cells, np.stack([vec for _, vec in part]))
                self._db.executemany("UPDATE story_meta SET cell = ? WHERE rowid = ?",
                                     [(int(c), rowid) for c, (rowid, _) in zip(found, part)])

    def stories_in_cells(self, cells: Iterable[int], lo: int | None, hi: int | None) -> dict[int, list[tuple]]:
        """cell -> summaries (as `story_summaries`) of its stories that overlap the days
        [lo, hi] (None: any day), and of its undated stories that arrived in those days
        or have no arrival span, for each of `cells`."""
        cells = sorted(set(cells))
        rows = self._stories_overlapping(lo, hi, cells, f"{_SUMMARY}, cell")
        out: dict[int, list[tuple]] = {c: [] for c in cells}
        # read in the one pass over the cell index, not looked up again by id
        for row, summary in zip(rows, _summaries([r[:-1] for r in rows])):
            out[row[-1]].append(summary)
        return out

    def stories_without_meta(self, limit: int = -1) -> list[str]:
        """Ids of stories with no summary yet (stores grouped before summaries existed)."""
        return [r[0] for r in self._db.execute(
            "SELECT s.id FROM stories s LEFT JOIN story_meta m ON m.story_id = s.id "
            "WHERE m.story_id IS NULL LIMIT ?", (limit,))]

    def meta_complete(self) -> bool:
        """True once every story is known to have its summary (until `save_grouping`)."""
        return self._db.execute("SELECT 1 FROM meta WHERE key='story_meta_complete'").fetchone() is not None

    def mark_meta_complete(self) -> None:
        """Every story has its summary: later runs need not look for any missing."""
        with self._tx():
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('story_meta_complete', '1')")

    def stories_near(self, lo: int | None, hi: int | None) -> list[str]:
        """Ids of stories overlapping the days [lo, hi] (None: every story), plus undated
        ones that arrived in those days or have no arrival span."""
        return [sid for sid, _ in self._stories_overlapping(lo, hi)]

    def _stories_overlapping(self, lo: int | None, hi: int | None, cells: Sequence[int] | None = None,
                             columns: str = "story_id, cell") -> list[tuple]:
        """`columns` (a constant of this module) of the stories overlapping the days
        [lo, hi] (None: any day), of the undated ones that arrived in those days and of
        the undated ones without an arrival span; only those of `cells` when given."""
        where, args = ("", []) if cells is None else (f"cell IN ({','.join('?' * len(cells))}) AND ", list(cells))
        q = f"SELECT {columns} FROM story_meta WHERE " + where
        if lo is None or hi is None:
            return self._db.execute(q + "1", args).fetchall()
        # indexed lookups: one query with OR would scan every story. The ranges go by the
        # last day ("+" keeps SQLite off the first_day index, which would walk every story
        # older than `hi`, that is, the whole past)
        return (self._db.execute(q + "last_day >= ? AND +first_day <= ?", [*args, lo, hi]).fetchall()
                + self._db.execute(q + "last_day IS NULL AND arrival_last >= ? AND +arrival_first <= ?",
                                   [*args, lo, hi]).fetchall()
                + self._db.execute(q + "last_day IS NULL AND arrival_last IS NULL", args).fetchall())

    def story_links(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        """story id -> the stories it links with (as recorded), for those of `story_ids`
        whose list is complete (see `save_story_update`); others are left out."""
        out: dict[str, list[str]] = {}
        for chunk in _chunks(list(dict.fromkeys(story_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for (sid,) in self._db.execute(f"SELECT story_id FROM story_linked WHERE story_id IN ({marks})", chunk):
                out[sid] = []
            for a, b in self._db.execute(f"SELECT a, b FROM story_links WHERE a IN ({marks})", chunk):
                if a in out:
                    out[a].append(b)
        return out

    def _forget_links(self, story_ids: Sequence[str]) -> None:
        """Drop the recorded links of these stories, both directions (inside a transaction)."""
        for sid in story_ids:
            others = [o for (o,) in self._db.execute("SELECT b FROM story_links WHERE a=?", (sid,))]
            self._db.execute("DELETE FROM story_links WHERE a=?", (sid,))
            self._db.executemany("DELETE FROM story_links WHERE a=? AND b=?", [(o, sid) for o in others])
            self._db.execute("DELETE FROM story_linked WHERE story_id=?", (sid,))

    def storyline_stories(self, line_ids: Iterable[str]) -> dict[str, list[str]]:
        """storyline id -> the ids of its stories."""
        out: dict[str, list[str]] = {}
        for chunk in _chunks(list(dict.fromkeys(line_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for sid, line in self._db.execute(
                f"SELECT story_id, storyline FROM story_meta WHERE storyline IN ({marks})", chunk
            ):
                out.setdefault(line, []).append(sid)
        return out

    def save_story_update(self, stories: Iterable[Story], meta: Iterable[tuple], removed: Iterable[str],
                          storylines: Iterable[Storyline], dropped_lines: Iterable[str],
                          index=None, pins: Mapping[str, str] | None = None,
                          correction: tuple[str, dict] | None = None,
                          links: Mapping[str, Iterable[str]] | None = None,
                          unpin: Iterable[str] = ()) -> None:
        """One transaction: changed stories, their summaries (story id, first day, last
        day, storyline, centroid[, arrival span]), stories gone, storylines changed or
        gone, the vector index buckets that changed, a user's correction (pins set, pins
        lifted by an undo, a log entry), and the complete storyline links of some stories
        (story id -> the stories it links with now), which replace what was recorded for them."""
        stories = list(stories)
        removed = list(removed)
        with self._tx():
            self._forget_links([*removed, *(links or {})])
            for sid, others in (links or {}).items():
                self._db.executemany("INSERT OR IGNORE INTO story_links(a, b) VALUES (?, ?)",
                                     [pair for o in others for pair in ((sid, o), (o, sid))])
                self._db.execute("INSERT OR IGNORE INTO story_linked(story_id) VALUES (?)", (sid,))
            removed_held = self._record_articles(removed)  # forwarded once their articles' stories are written
            for sid in removed:
                self._db.execute("DELETE FROM stories WHERE id=?", (sid,))
                self._db.execute("DELETE FROM story_meta WHERE story_id=?", (sid,))
                self._db.execute("DELETE FROM reports WHERE story_id=?", (sid,))
                self._db.execute("DELETE FROM story_articles WHERE story_id=?", (sid,))
            # the stories articles are leaving: any left empty goes at the end
            left = set(self.story_of(a for s in stories for a in s.articles).values())
            for s in stories:
                self._db.execute("INSERT OR REPLACE INTO stories(id, data) VALUES (?, ?)", (s.id, dumps(s)))
                self._db.execute("DELETE FROM story_forward WHERE story_id=?", (s.id,))
                self._db.executemany(
                    "INSERT OR REPLACE INTO story_articles(article_id, story_id) VALUES (?, ?)",
                    [(a, s.id) for a in s.articles],
                )
            self._forward(removed_held)
            from ..stories.story_cells import cell_of

            cells = self.story_cells()
            for sid, lo, hi, line, centroid, *rest in meta:
                vec = np.asarray(centroid, dtype=np.float32).reshape(-1)
                cell = None
                if cells is not None and vec.shape[0] == cells.shape[1]:
                    cell = int(cell_of(cells, vec)[0])
                arrival = (rest[0] if rest else None) or (None, None)
                self._db.execute(
                    "INSERT OR REPLACE INTO story_meta(story_id, first_day, last_day, storyline, dim, centroid, "
                    "cell, arrival_first, arrival_last) VALUES (?,?,?,?,?,?,?,?,?)",
                    (sid, lo, hi, line, int(vec.shape[0]), array_to_bytes(vec), cell, *arrival))
            for line in dropped_lines:
                self._db.execute("DELETE FROM storylines WHERE id=?", (line,))
            for sl in storylines:
                self._db.execute("INSERT OR REPLACE INTO storylines(id, data) VALUES (?, ?)", (sl.id, dumps(sl)))
            if index is not None:
                # from now on undated articles go to arrival buckets: the UNDATED bucket,
                # saved in this transaction if it held anything, is never rebuilt again
                self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('undated_by_arrival', '1')")
                # only the segments that changed: usually the small one of recent additions
                for table, recent, dirty in (("story_ann", False, index.dirty),
                                             ("story_ann_recent", True, index.dirty_recent)):
                    for b in sorted(dirty):
                        if not index.count(b, recent=recent):
                            self._db.execute(f"DELETE FROM {table} WHERE bucket=?", (b,))
                            continue
                        self._db.execute(
                            f"INSERT OR REPLACE INTO {table}(bucket, dim, days, count, data) VALUES (?,?,?,?,?)",
                            (b, index.dim, index.bucket_days, index.count(b, recent=recent),
                             index.dump(b, recent=recent)))
            if pins:
                self._db.executemany(
                    "INSERT OR REPLACE INTO story_pins(article_id, story_id) VALUES (?, ?)", list(pins.items()))
            self._db.executemany("DELETE FROM story_pins WHERE article_id=?", [(a,) for a in unpin])
            if correction is not None:
                self._db.execute(
                    "INSERT INTO story_corrections(kind, detail, made) VALUES (?, ?, datetime('now'))",
                    (correction[0], json.dumps(correction[1], ensure_ascii=False)))
            # Stories left with no article (merged away by a correction) go. Only those
            # articles left are checked: a scan of every story would cost the store's size.
            for sid in sorted(left - {s.id for s in stories}):
                if self._db.execute("SELECT 1 FROM story_articles WHERE story_id=? LIMIT 1", (sid,)).fetchone():
                    continue
                self._forward(self._record_articles([sid]))
                for table, column in (("stories", "id"), ("story_meta", "story_id"), ("reports", "story_id")):
                    self._db.execute(f"DELETE FROM {table} WHERE {column}=?", (sid,))
                self._forget_links([sid])
        if index is not None:
            index.dirty.clear()
            index.dirty_recent.clear()

    def _record_articles(self, sids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """story id -> the articles its stored record lists (read before the record goes)."""
        out = {}
        for sid in sids:
            row = self._db.execute("SELECT data FROM stories WHERE id=?", (sid,)).fetchone()
            out[sid] = loads(Story, row[0]).articles if row else ()
        return out

    def _forward(self, gone: Mapping[str, Sequence[str]]) -> None:
        """Record, for each story gone (story id -> the articles it held), the story that
        now holds the first of them still grouped. Inside the caller's transaction, after
        the articles' new stories are written."""
        for sid, articles in gone.items():
            for aid in articles:
                now = self._db.execute("SELECT story_id FROM story_articles WHERE article_id=?", (aid,)).fetchone()
                if now and now[0] != sid:
                    self._db.execute("INSERT OR REPLACE INTO story_forward(story_id, merged_into) VALUES (?, ?)",
                                     (sid, now[0]))
                    break

    def merged_into(self, story_id: str) -> str | None:
        """The story that now holds the articles of `story_id`, a story merged away (by a
        grouping run or a correction), following later merges; None for a story that
        exists or was never stored."""
        seen = {story_id}
        current = story_id
        ask = "SELECT merged_into FROM story_forward WHERE story_id=?"
        while (row := self._db.execute(ask, (current,)).fetchone()):
            current = row[0]
            if current in seen:  # pragma: no cover - a cycle would need an id reused; stop
                return None
            seen.add(current)
        if current == story_id or not self._db.execute("SELECT 1 FROM stories WHERE id=?", (current,)).fetchone():
            return None
        return current

    def corrections(self) -> list[tuple[int, str, dict, str]]:
        """(number, kind, detail, when) of every correction a user made, oldest first."""
        return [(n, k, json.loads(d), t) for n, k, d, t in
                self._db.execute("SELECT seq, kind, detail, made FROM story_corrections ORDER BY seq")]


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt).
    A store another process keeps writing to past the busy timeout is a `StoreError`
    saying who holds it, as far as can be told (`store.busy`)."""

    def __init__(self, db: sqlite3.Connection, path: str = "", waited: float = 0.0,
                 notice: Callable[[], None] | None = None, notice_after: float = 0.0,
                 restore: float | None = None) -> None:
        self._db = db
        self._path = path
        self._waited = waited
        self._notice = notice  # called when the lock is not had within `notice_after` s
        self._notice_after = notice_after
        self._restore = waited if restore is None else restore  # the connection's own wait, put back after

    def __enter__(self) -> None:
        try:
            if self._restore != self._waited:  # a shorter wait than the connection's own
                if not self._begin_within(self._waited):
                    raise busy_error(self._path, self._waited)
            elif self._notice is None or not 0 < self._notice_after < self._waited:
                self._db.execute("BEGIN IMMEDIATE")
            elif not self._begin_within(self._notice_after):
                self._notice()
                if not self._begin_within(self._waited - self._notice_after):
                    raise busy_error(self._path, self._waited)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise busy_error(self._path, self._waited) from exc
            raise

    def _begin_within(self, seconds: float) -> bool:
        """BEGIN IMMEDIATE, waiting at most `seconds` for another writer; False when it did
        not end its write by then. The connection's own wait is restored after."""
        self._db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            return False
        finally:
            self._db.execute(f"PRAGMA busy_timeout={int(self._restore * 1000)}")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._rollback()
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        """Roll back, unless SQLite did so itself (a full disk, an I/O error): a ROLLBACK of
        no transaction would replace the error that says what happened."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")


def _flock_now(fh) -> bool:
    """Take an exclusive `flock` on `fh` if no one holds it; False when someone does."""
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _flock_within(fh, seconds: float) -> bool:
    """Take an exclusive `flock` on `fh`, waiting at most `seconds` (`flock` itself has no
    timeout: it is asked again every 50 ms); False when it was not had by then."""
    deadline = time.monotonic() + seconds
    while not _flock_now(fh):
        if time.monotonic() >= deadline:
            return False
        time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
    return True


def _encodable(text: str) -> bool:
    """False for a str SQLite cannot take (a lone surrogate, from a mis-decoded argument)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _article(row: tuple) -> Article:
    (aid, source, outlet, url, title, byline, published, language, text, removed, dup, leaning, external) = row
    return Article(
        id=aid, source=source, outlet=outlet, url=url, title=title, byline=byline,
        published=published, language=language, text=text,
        removed=tuple(json.loads(removed)), duplicate_of=dup, leaning=leaning, external_id=external,
    )


# a story's latest day as `newest_first` reads it, in SQL over the stories table's JSON
_LATEST_DAY = "coalesce(json_extract(data, '$.last_date'), json_extract(data, '$.first_date'), '')"


def newest_first(stories: Iterable[Story]) -> list[Story]:
    """Stories newest first, the order every list of stories is in (the terminal, `stories`,
    the JSON and exports, the web list): by last day, then id, both descending; undated last."""
    return sorted(stories, key=lambda s: (s.last_date or s.first_date or "", s.id), reverse=True)


def _rows_in(db: sqlite3.Connection, sql: str, ids: Iterable[str], tail: str = "") -> list[tuple]:
    """The rows of `sql` + " IN (...)" + `tail` for every id of `ids` (each once), asked
    500 ids at a time (SQLite caps the number of parameters)."""
    rows: list[tuple] = []
    for chunk in _chunks(list(dict.fromkeys(ids)), 500):
        rows += db.execute(f"{sql} IN ({','.join('?' * len(chunk))}){tail}", chunk).fetchall()
    return rows


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

