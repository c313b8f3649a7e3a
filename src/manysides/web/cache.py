"""Rendered pages and JSON kept per version of what they show.

A story page depends only on the story's record, its storyline and its stored report, so
it is rendered once per version of those (read with one indexed query) and served from
memory until one changes; the story list depends on the stories and outlets. Readers
then never recompute comparisons or re-render on every request, even while an ingest
writes to the store.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from ..store import Store


class PageCache:
    """A small thread-safe LRU of response bodies."""

    def __init__(self, size: int = 512) -> None:
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], bytes | None]) -> bytes | None:
        """The body stored under `key`, else `make()` stored (None is not stored)."""
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
                return body
        body = make()
        if body is not None:
            with self._lock:
                self._items[key] = body
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        return body


class Memo:
    """One value kept for the latest key (the story index for the current version of the
    stories): every list page filters the same index until the stories change, and the
    next value is made from the previous one (`make(previous)`, None the first time)."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._value: object = None
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[object], object]) -> object:
        with self._lock:
            if self._value is not None and self._key == key:
                return self._value
            value = make(self._value)  # under the lock: concurrent requests wait for one build
            self._key, self._value = key, value
            return value


def story_key(store: Store, story_id: str) -> tuple | None:
    version = store.story_version(story_id)
    return None if version is None else (story_id, version)


def stories_key(store: Store) -> tuple:
    """Version of the story list: the stories table and the outlets' leanings."""
    v = store.data_version()
    return (v[2], v[3], v[5])


def article_key(store: Store, article_id: str) -> tuple:
    story = store.story_of([article_id]).get(article_id)
    return (article_id, story, story and store.story_version(story), tuple(store.copies_of([article_id])),
            not store.missing_annotations([article_id]))
