"""The embedded store: one SQLite file (WAL mode, FTS5) holding everything a run computes.

Every write method is one transaction, so a run killed at any point leaves the file
consistent; the pipeline then finds what is missing and completes it. All SQL uses
parameters: article text never becomes part of a statement.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np

from ..errors import StoreError
from ..records import Annotation, Article, Story, Storyline, StoryReport
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
    signature BLOB
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    data TEXT NOT NULL
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
"""

_ARTICLE_COLUMNS = (
    "id, source, outlet, url, title, byline, published, language, text, removed, duplicate_of, leaning"
)


class Store:
    """SQLite-backed store; `Store(":memory:")` for a throwaway one."""

    def __init__(self, path: str | Path = "manysides.db") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._db.executescript(_SCHEMA)
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open the store ({exc}); "
                "name another file with --db, or move this one aside"
            ) from exc

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {row[0]} is not the {SCHEMA_VERSION} this version "
                "reads; analyse into a new --db file"
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self) -> "_Transaction":
        return _Transaction(self._db)

    # -- articles ------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add_article(
        self, article: Article, signature: bytes | None, terms: Mapping[str, int] | None = None
    ) -> bool:
        """Insert an article (and its share of the background term counts) atomically.

        Returns False, changing nothing, when an article with that id is already stored.
        """
        with self._tx():
            cur = self._db.execute(
                f"INSERT OR IGNORE INTO articles ({_ARTICLE_COLUMNS}, signature) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.source, article.outlet, article.url, article.title,
                    article.byline, article.published, article.language, article.text,
                    json.dumps(list(article.removed), ensure_ascii=False),
                    article.duplicate_of, article.leaning, signature,
                ),
            )
            if cur.rowcount == 0:
                return False
            if terms:
                self._db.executemany(
                    "INSERT INTO background(term, count) VALUES (?, ?) "
                    "ON CONFLICT(term) DO UPDATE SET count = count + excluded.count",
                    list(terms.items()),
                )
        return True

    def article(self, article_id: str) -> Article | None:
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

    def count_articles(self) -> int:
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

    def put_annotation(self, ann: Annotation, article_vec: np.ndarray, sentence_vecs: np.ndarray) -> None:
        dim = int(article_vec.shape[-1])
        with self._tx():
            self._db.execute(
                "INSERT OR REPLACE INTO annotations(article_id, data) VALUES (?, ?)",
                (ann.article_id, dumps(ann)),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO vectors(article_id, dim, article, sentences) VALUES (?,?,?,?)",
                (ann.article_id, dim, array_to_bytes(article_vec), array_to_bytes(sentence_vecs)),
            )

    def annotations(self, ids: Iterable[str]) -> dict[str, Annotation]:
        out: dict[str, Annotation] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, data in self._db.execute(
                f"SELECT article_id, data FROM annotations WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = loads(Annotation, data)
        return out

    def article_vectors(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, dim, blob in self._db.execute(
                f"SELECT article_id, dim, article FROM vectors WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = bytes_to_array(blob, dim)[0]
        return out

    def sentence_vectors(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for aid, dim, blob in self._db.execute(
                f"SELECT article_id, dim, sentences FROM vectors WHERE article_id IN ({marks})", chunk
            ):
                out[aid] = bytes_to_array(blob, dim)
        return out

    def background(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT term, count FROM background"))

    # -- outlets -----------------------------------------------------------------------------
    def set_leanings(self, leanings: Mapping[str, str]) -> None:
        with self._tx():
            self._db.executemany(
                "INSERT OR REPLACE INTO outlets(name, leaning) VALUES (?, ?)", list(leanings.items())
            )

    def leanings(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT name, leaning FROM outlets"))

    # -- stories -------------------------------------------------------------------------------
    def assignments(self) -> dict[str, str]:
        """article id -> story id for every grouped article."""
        return dict(self._db.execute("SELECT article_id, story_id FROM story_articles"))

    def save_grouping(self, stories: Iterable[Story], storylines: Iterable[Storyline]) -> None:
        """Replace the stories that changed, and all storylines, in one transaction."""
        stories = list(stories)
        with self._tx():
            for s in stories:
                self._db.execute(
                    "INSERT OR REPLACE INTO stories(id, data) VALUES (?, ?)", (s.id, dumps(s))
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO story_articles(article_id, story_id) VALUES (?, ?)",
                    [(a, s.id) for a in s.articles],
                )
            # Stories left with no article (merged away) go, with their reports.
            self._db.execute(
                "DELETE FROM stories WHERE id NOT IN (SELECT DISTINCT story_id FROM story_articles)"
            )
            self._db.execute("DELETE FROM reports WHERE story_id NOT IN (SELECT id FROM stories)")
            self._db.execute("DELETE FROM storylines")
            for sl in storylines:
                self._db.execute(
                    "INSERT INTO storylines(id, data) VALUES (?, ?)", (sl.id, dumps(sl))
                )

    def stories(self, ids: Iterable[str] | None = None) -> list[Story]:
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

    def storylines(self) -> list[Storyline]:
        return [loads(Storyline, r[0]) for r in self._db.execute("SELECT data FROM storylines ORDER BY id")]

    # -- reports -------------------------------------------------------------------------------
    def report(self, story_id: str, fingerprint: str) -> StoryReport | None:
        """The stored report for a story, if it was computed from the same inputs."""
        row = self._db.execute(
            "SELECT data FROM reports WHERE story_id=? AND fingerprint=?", (story_id, fingerprint)
        ).fetchone()
        return loads(StoryReport, row[0]) if row else None

    def put_report(self, report: StoryReport, fingerprint: str) -> None:
        with self._tx():
            self._db.execute(
                "INSERT OR REPLACE INTO reports(story_id, fingerprint, data) VALUES (?,?,?)",
                (report.story_id, fingerprint, dumps(report)),
            )

    def drop_report(self, story_id: str) -> None:
        with self._tx():
            self._db.execute("DELETE FROM reports WHERE story_id=?", (story_id,))


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self._db.execute("COMMIT")
        else:
            self._db.execute("ROLLBACK")


def _article(row: tuple) -> Article:
    (aid, source, outlet, url, title, byline, published, language, text, removed, dup, leaning) = row
    return Article(
        id=aid, source=source, outlet=outlet, url=url, title=title, byline=byline,
        published=published, language=language, text=text,
        removed=tuple(json.loads(removed)), duplicate_of=dup, leaning=leaning,
    )


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

