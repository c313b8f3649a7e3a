"""Incremental grouping: new articles meet only their neighbours, never the whole store.

Each new article looks up its nearest stored articles in an approximate nearest-neighbour
index (usearch HNSW, cosine), searched only in the time buckets its window touches; the
stories those neighbours belong to are pulled in whole, and `group` runs over the new
articles plus those stories. So the work per article depends on how many articles fall in
its window and how large their stories are, not on how many the store holds.

After the merge step, every story that gained or lost articles is checked for drift
(`split_drifted`) and splits when its parts no longer hold together. Corrections a user
made (`pinned`: article -> story) are honoured by both steps.

Where the state lives is abstracted by `GroupingState`: `MemoryState` (benchmarks, tests)
and the SQLite store (`manysides.store.Store` implements the same methods).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from ..errors import ConfigError
from .grouping import GroupConfig, GroupItem, group, parse_day, split_drifted

UNDATED = -1  # undated articles of a stream that has no date yet (and of older stores)
# A week: a dated article's window (±3 days) touches one or two buckets, and a run loads
# a week of a dense stream rather than a month (measured in docs/grouping.md). Stores
# made with another size keep theirs.
DEFAULT_BUCKET_DAYS = 7


def bucket_of(day: int | None, bucket_days: int, present: int | None = None) -> int:
    """A dated article's bucket is that of its day. An undated one is filed by arrival:
    in a bucket of its own kind (negative numbers below UNDATED) for the stream's present
    when it came, so the undated pool a run searches covers months, not every year."""
    if day is not None:
        return day // bucket_days
    return UNDATED if present is None else -2 - present // bucket_days


def arrival_buckets(lo: int, hi: int, bucket_days: int) -> list[int]:
    """The buckets of undated articles that arrived between the days `lo` and `hi`."""
    return [-2 - k for k in range(lo // bucket_days, hi // bucket_days + 1)]


class TimeIndex:
    """Article vectors in HNSW indexes by time bucket (`bucket_days` days each).

    Keys are integers the caller chooses (the store uses the article's row number).
    Bucketing keeps a search for a dated article to the one or two buckets its window
    touches, so old years never crowd out this week's neighbours, and a bucket is small
    enough to persist or rebuild on its own.

    Each bucket has two segments: the main index and a small one of recent additions
    (searched together). New vectors go to the small one, which folds into the main one
    when it outgrows `fold_share` of it (and `fold_min` vectors). A store saves only the
    segments that changed, so adding one article rewrites the small segment, not the
    bucket: in a dense month that is a few MB instead of tens, and the main segment is
    rewritten once per tenth of its size.
    """

    def __init__(self, dim: int, bucket_days: int = DEFAULT_BUCKET_DAYS, fold_share: float = 0.1,
                 fold_min: int = 1000) -> None:
        if dim <= 0 or bucket_days <= 0:
            raise ConfigError("the vector index needs a positive dimension and bucket size")
        self.dim = dim
        self.bucket_days = bucket_days
        self.fold_share = fold_share
        self.fold_min = fold_min
        self.buckets: dict[int, object] = {}  # main segments
        self.recent: dict[int, object] = {}  # segments of recent additions
        self.dirty: set[int] = set()  # buckets whose main segment changed
        self.dirty_recent: set[int] = set()  # buckets whose recent segment changed
        self.loaded: set[int] = set()  # buckets read from storage (or known to be new)

    def _new(self):
        try:
            from usearch.index import Index
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ConfigError("the story index needs usearch: pip install usearch") from exc
        # Half precision: the index only proposes candidates (their similarity is then
        # computed from the stored vectors); f16 finds nearly the same nearest 20 as f32
        # (recall 0.989-1.000 against 0.991-0.999, benchmarks/index_precision.py) in 54%
        # of the bytes to read and restore per bucket. A segment an older version saved in
        # f32 is restored as f32.
        return Index(ndim=self.dim, metric="cos", dtype="f16")

    def bucket(self, b: int):
        if b not in self.buckets:
            self.buckets[b] = self._new()
        return self.buckets[b]

    def _segments(self, b: int) -> list:
        return [idx for idx in (self.buckets.get(b), self.recent.get(b)) if idx is not None and len(idx)]

    def add(self, keys: Sequence[int], days: Sequence[int | None], vectors: np.ndarray,
            present: int | None = None) -> None:
        """Add vectors by day; undated ones by arrival at `present` (see `bucket_of`)."""
        by_bucket: dict[int, list[int]] = {}
        for pos, d in enumerate(days):
            by_bucket.setdefault(bucket_of(d, self.bucket_days, present), []).append(pos)
        for b, rows in by_bucket.items():
            self.loaded.add(b)
            segments = self._segments(b)
            ks = np.asarray([keys[r] for r in rows], dtype=np.uint64)
            fresh = np.array([not any(idx.contains(int(k)) for idx in segments) for k in ks], dtype=bool)
            if not fresh.any():
                continue
            if b not in self.recent:
                self.recent[b] = self._new()
            self.recent[b].add(ks[fresh], np.ascontiguousarray(vectors[rows][fresh], dtype=np.float32))
            self.dirty_recent.add(b)
            if len(self.recent[b]) > max(self.fold_min, self.fold_share * self.count(b, recent=False)):
                self._fold(b)

    def _fold(self, b: int) -> None:
        """Move the recent segment into the main one."""
        small = self.recent[b]
        keys = np.asarray(small.keys, dtype=np.uint64)
        self.bucket(b).add(keys, np.ascontiguousarray(small.get(keys), dtype=np.float32))
        self.recent[b] = self._new()
        self.dirty.add(b)
        self.dirty_recent.add(b)

    def count(self, b: int, recent: bool | None = None) -> int:
        """Vectors in bucket `b`: both segments, or the recent (True) or main (False) one."""
        parts = {None: (self.buckets, self.recent), False: (self.buckets,), True: (self.recent,)}[recent]
        return sum(len(p[b]) for p in parts if b in p)

    def dump(self, b: int, recent: bool = False) -> bytes:
        return bytes((self.recent if recent else self.buckets)[b].save())

    def restore(self, b: int, blob: bytes, recent: bool = False) -> None:
        from usearch.index import Index

        (self.recent if recent else self.buckets)[b] = Index.restore(bytearray(blob))
        self.loaded.add(b)

    def search(self, vector: np.ndarray, buckets: Iterable[int], k: int) -> list[tuple[int, float]]:
        """(key, cosine) of the `k` nearest over `buckets`, nearest first: at most `k`, so
        what a new article pulls in stays bounded however many buckets it searches."""
        q = np.ascontiguousarray(vector, dtype=np.float32).reshape(-1)
        out: list[tuple[int, float]] = []
        for b in buckets:
            for idx in self._segments(b):
                m = idx.search(q, min(k, len(idx)))
                out += [(int(key), 1.0 - float(dist)) for key, dist in zip(m.keys, m.distances)]
        out.sort(key=lambda kd: (-kd[1], kd[0]))
        return out[:k]


class GroupingState(Protocol):
    """What incremental grouping reads about stored articles and stories."""

    def group_items(self, article_ids: Iterable[str]) -> list[GroupItem]: ...

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]: ...

    def pins(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    def ids_for_keys(self, keys: Iterable[int]) -> dict[int, str]: ...

    def keys_for_ids(self, article_ids: Iterable[str]) -> dict[str, int]: ...

    def latest_day(self) -> int | None:
        """The newest publication day stored (the stream's present), if any."""

    def index_buckets(self, buckets: Iterable[int], index: TimeIndex) -> None:
        """Make sure `index` holds the stored articles of these buckets, loading or
        rebuilding them."""


@dataclass(frozen=True)
class IncrementalConfig:
    neighbours: int = 20  # nearest stored articles looked up per new article and bucket
    # days per index bucket; None: the size of the store's saved index, else
    # DEFAULT_BUCKET_DAYS. A store keeps its size: its saved buckets are keyed by it, and
    # undated articles' buckets (filed by arrival) cannot be rebuilt under another size.
    bucket_days: int | None = None
    split_margin: float = 0.05  # hysteresis between joining and splitting
    min_cosine: float = 0.2  # neighbours less similar than this (embedding alone) are not candidates
    undated_reach_days: int = 90  # an undated article meets the stories of this many recent days


@dataclass
class Update:
    """What one incremental run changed."""

    assignment: dict[str, str] = field(default_factory=dict)  # article -> story, every article touched
    touched: set[str] = field(default_factory=set)  # story ids whose membership changed (or new)
    removed: set[str] = field(default_factory=set)  # story ids that no longer exist


def update(new: Sequence[GroupItem], state: GroupingState, index: TimeIndex,
           inc: IncrementalConfig | None = None, **config: object) -> Update:
    """Group `new` articles into the stored stories; adds them to `index`.

    Returns the new assignment of every article in a touched story; the caller saves it.
    """
    inc = inc or IncrementalConfig()
    cfg = GroupConfig.from_kwargs(**config)
    if not new:
        return Update()
    new_ids = [it.id for it in new]
    days = [parse_day(it.published) for it in new]
    # 1. neighbours among stored articles, through the index, within the window
    # A dated article meets the buckets its window touches; an undated one may belong to
    # any recent story, so it meets the last `undated_reach_days` of the stream (what is
    # "recent" is set by the newest date stored or in this batch), judged by content alone.
    # Undated articles are filed by arrival, and the two kinds meet when the dated day and
    # the arrival are within `undated_reach_days` of each other; the UNDATED bucket (a
    # stream with no date yet, or a store made before arrival buckets) is always searched.
    reach: list[list[int]] = []
    latest = None
    if any(d is None for d in days):
        known = [d for d in days if d is not None] + [state.latest_day() or 0]
        latest = max(known) or None
    far, size = inc.undated_reach_days, index.bucket_days
    for d in days:
        if d is not None:
            lo, hi = d - cfg.window_days, d + cfg.window_days
            undated = arrival_buckets(d - far, d + far, size)
        elif latest is not None:
            lo, hi = latest - far, latest
            undated = arrival_buckets(lo, hi, size)
        else:
            reach.append([UNDATED])
            continue
        reach.append(list(range(bucket_of(lo, size), bucket_of(hi, size) + 1)) + undated + [UNDATED])
    state.index_buckets({b for r in reach for b in r}, index)
    hit_keys: set[int] = set()
    # A pair with an undated side is held to the stricter undated bar, and so are its
    # candidates: for an undated article all of them, for a dated one those in the
    # undated bucket (a pool from every year, which would otherwise keep growing).
    strict = inc.min_cosine + cfg.undated_threshold - cfg.threshold
    for it, d, buckets in zip(new, days, reach):
        if d is None:
            searches = [(buckets, strict)]
        else:
            searches = [([b for b in buckets if b >= 0], inc.min_cosine), ([b for b in buckets if b < 0], strict)]
        for where, floor in searches:
            for key, cos in index.search(it.vector, where, inc.neighbours):
                if cos >= floor:
                    hit_keys.add(key)
    new_set = set(new_ids)
    hits = [a for a in state.ids_for_keys(hit_keys).values() if a not in new_set]
    # 2. the stories those neighbours belong to, whole
    story_of_hit = state.story_of(hits)
    members = state.story_members(set(story_of_hit.values()))
    old_ids = [a for ids in members.values() for a in ids if a not in new_set]
    previous = {a: sid for sid, ids in members.items() for a in ids}
    # re-fed articles that are already grouped keep their story as a starting point
    previous.update(state.story_of(new_ids))
    items = list(new) + state.group_items(old_ids)
    all_ids = [it.id for it in items]
    pinned = state.pins(all_ids)
    settings = {k: v for k, v in config.items()}
    assignment = group(items, previous=previous, pinned=pinned, **settings)
    # 3. drift: stored stories that gained articles are re-checked (a story formed in
    # this run already passed the stricter joining bar)
    before = {a: previous.get(a) for a in all_ids}
    existing = set(previous.values())
    grown = {sid for a, sid in assignment.items() if before.get(a) != sid and sid in existing}
    splits = split_drifted(items, assignment, grown, pinned=pinned, margin=inc.split_margin, **settings)
    assignment.update(splits)
    _rename_taken(assignment, existing, state)
    # 4. what changed
    out = Update()
    changed = {a for a in all_ids if before.get(a) != assignment[a]}
    out.touched = {assignment[a] for a in changed} | {before[a] for a in changed if before.get(a)}  # type: ignore[misc]
    live = set(assignment.values())
    out.removed = {sid for sid in out.touched if sid not in live}
    out.touched -= out.removed
    out.assignment = {a: sid for a, sid in assignment.items() if sid in out.touched}
    keys = state.keys_for_ids(new_ids)
    add = [(keys[it.id], d, it.vector) for it, d in zip(new, days) if it.id in keys]
    if add:
        index.add([k for k, _, _ in add], [d for _, d, _ in add],
                  np.vstack([np.asarray(v, dtype=np.float32).reshape(1, -1) for _, _, v in add]), present=latest)
    return out


def _rename_taken(assignment: dict[str, str], existing: set[str], state: GroupingState) -> None:
    """Give a story made in this run another id when a stored story outside the run has it.

    A story keeps its id when its founding article leaves it (a drift split, a move), so
    a story that article founds again would get that id a second time.
    """
    made = {sid for sid in assignment.values() if sid not in existing}
    taken = set(state.story_members(made)) if made else set()
    used = set(assignment.values())
    for sid in sorted(taken):
        ids = sorted(a for a, s in assignment.items() if s == sid)
        k = 0
        while (new_id := "s-" + hashlib.sha1(f"{sid}/{ids[0]}/{k}".encode()).hexdigest()[:12]) in used or \
                state.story_members([new_id]):
            k += 1
        used.add(new_id)
        for a in ids:
            assignment[a] = new_id


class MemoryState:
    """Grouping state held in memory (benchmarks, tests, library users without a store)."""

    def __init__(self) -> None:
        self.items: dict[str, GroupItem] = {}
        self.keys: dict[str, int] = {}
        self.by_key: dict[int, str] = {}
        self.assignment: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.pinned: dict[str, str] = {}
        self.latest: int | None = None

    def register(self, items: Iterable[GroupItem]) -> None:
        for it in items:
            if it.id not in self.items:
                self.items[it.id] = it
                self.keys[it.id] = len(self.keys)
                self.by_key[self.keys[it.id]] = it.id
                d = parse_day(it.published)
                if d is not None and (self.latest is None or d > self.latest):
                    self.latest = d

    def apply(self, upd: Update) -> None:
        for a, sid in upd.assignment.items():
            old = self.assignment.get(a)
            if old is not None:
                self.members.get(old, set()).discard(a)
            self.assignment[a] = sid
            self.members.setdefault(sid, set()).add(a)
        for sid in upd.removed:
            self.members.pop(sid, None)
        for sid in [s for s, m in self.members.items() if not m]:
            del self.members[sid]

    def group_items(self, article_ids: Iterable[str]) -> list[GroupItem]:
        return [self.items[a] for a in article_ids if a in self.items]

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {a: self.assignment[a] for a in article_ids if a in self.assignment}

    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        return {s: sorted(self.members[s]) for s in story_ids if s in self.members}

    def pins(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {a: self.pinned[a] for a in article_ids if a in self.pinned}

    def ids_for_keys(self, keys: Iterable[int]) -> dict[int, str]:
        return {k: self.by_key[k] for k in keys if k in self.by_key}

    def keys_for_ids(self, article_ids: Iterable[str]) -> dict[str, int]:
        return {a: self.keys[a] for a in article_ids if a in self.keys}

    def latest_day(self) -> int | None:
        return self.latest

    def index_buckets(self, buckets: Iterable[int], index: TimeIndex) -> None:
        pass  # everything added through `update` is already in the index


def group_incrementally(batches: Iterable[Sequence[GroupItem]], state: MemoryState | None = None,
                        index: TimeIndex | None = None, inc: IncrementalConfig | None = None,
                        **config: object) -> dict[str, str]:
    """Feed batches through `update` in memory; article id -> story id at the end."""
    state = state or MemoryState()
    for batch in batches:
        batch = list(batch)
        if not batch:
            continue
        if index is None:
            index = TimeIndex(int(np.asarray(batch[0].vector).reshape(-1).shape[0]),
                              (inc or IncrementalConfig()).bucket_days or DEFAULT_BUCKET_DAYS)
        state.register(batch)
        state.apply(update(batch, state, index, inc, **config))
    return dict(state.assignment)

