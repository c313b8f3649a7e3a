"""Grouping inside the store: incremental runs, storylines, and users' corrections.

`group_store` is the pipeline's grouping step: it groups the articles that are in no story
yet with their neighbours (`incremental.update`), lets wire copies follow their originals,
relinks storylines around the stories that changed, and saves all of it in one
transaction. `merge_stories`, `split_story` and `move_article` record a user's correction
as pins (article -> story) that every later run honours, plus a log entry holding what it
changed, so that `undo_correction` can reverse the latest.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections import Counter
from datetime import date
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np

from ..errors import ConfigError, ManysidesError
from ..records import Story, Storyline
from ..store.codec import array_to_bytes, bytes_to_array
from .grouping import GroupConfig, build_stories, headline, parse_day
from .incremental import DEFAULT_BUCKET_DAYS, IncrementalConfig, TimeIndex, Update, update
from .storylines import StorylineConfig, link_storylines, storyline_id_for, title_story


class CorrectionError(ManysidesError):
    """A correction names a story or article that does not exist, or cannot be applied."""

    exit_code = 2


def _centroid(vecs: Sequence[np.ndarray]) -> np.ndarray:
    """A story summary's centroid, as the store holds it (float16): the run that makes it
    links storylines with the same vector as every later run that reads it."""
    c = np.mean(np.stack([np.asarray(v, dtype=np.float32).reshape(-1) for v in vecs]), axis=0)
    n = float(np.linalg.norm(c))
    c = c / n if n else c
    return bytes_to_array(array_to_bytes(c), c.shape[0])[0]


def use_grouping_settings(store, settings: Mapping[str, object] | None) -> dict[str, object]:
    """The grouping settings of `store`, after asking for `settings` (`GroupConfig` names).

    A store keeps the settings its stories were made with, so every later run, the web
    app and `manysides why` group and explain the same way. New settings are saved while
    the store holds no stories; on a grouped store they must equal the saved ones, since
    incremental runs never regroup what is stored.
    """
    saved = store.grouping_settings()
    if not settings:
        return saved
    cfg = GroupConfig.from_kwargs(**settings)  # raises ConfigError on a bad name or value
    cfg.check_ranges()
    wanted = {k: getattr(cfg, k) for k in sorted(settings)}
    if wanted == saved or cfg == GroupConfig.from_kwargs(**saved):  # the same settings, the defaults spelled out
        return saved
    if store.has_stories():
        def fmt(d: Mapping[str, object]) -> str:
            return ", ".join(f"{k}={v}" for k, v in sorted(d.items())) or "the default settings"
        raise ConfigError(
            f"{store.path} was grouped with {fmt(saved)}, not {fmt(wanted)}: stored stories are "
            "never regrouped; analyse into a new store (--db, or db= in Python) to group with other settings"
        )
    store.set_grouping_settings(wanted)
    return wanted


def _one_writer(fn):
    """Run `fn(store, ...)` holding the store's grouping lock (`Store.grouping_lock`): it
    reads stories, decides and saves, and another process doing the same in between
    would otherwise put one article in two stories."""
    @functools.wraps(fn)
    def run(store, *args, **kwargs):
        with store.grouping_lock():
            return fn(store, *args, **kwargs)
    return run


@_one_writer
def group_store(store, inc: IncrementalConfig | None = None, **config: object) -> Update:
    """Group every article not yet in a story, with the store's grouping settings (plus
    `config`); save what changed. Returns the update."""
    config = {**store.grouping_settings(), **config}
    _backfill_meta(store)
    pending = store.ungrouped()
    fresh = [aid for aid, dup in pending if dup is None]
    copies = {aid: dup for aid, dup in pending if dup is not None}
    items = store.group_items(fresh)
    upd = Update()
    index = None
    if items:
        dim = int(np.asarray(items[0].vector).reshape(-1).shape[0])
        size = (inc or IncrementalConfig()).bucket_days or store.index_days() or DEFAULT_BUCKET_DAYS
        index = TimeIndex(dim, size)
        upd = update(items, store, index, inc, **config)
    # wire copies follow their originals, both new copies and those of moved originals
    copies.update(store.copies_of(upd.assignment))
    story_of = {**store.story_of(copies.values()), **upd.assignment}
    lone = [c for c, orig in copies.items() if orig not in story_of]
    for c in lone:  # its original has no vector (annotation failed): it waits for it
        copies.pop(c)
    touched = set(upd.touched) | {story_of[o] for o in copies.values()}
    present = store.latest_day()
    days = [d for d in (parse_day(it.published) for it in items) if d is not None]
    arrival = None if present is None else (min([*days, present]), present)
    _save(store, touched, upd.removed, index, assignment=upd.assignment,
          extra={c: story_of[o] for c, o in copies.items()}, arrival=arrival)
    return upd


def _save(store, touched: set[str], removed: set[str], index: TimeIndex | None,
          extra: Mapping[str, str] | None = None, pins: Mapping[str, str] | None = None,
          correction: tuple[str, dict] | None = None, assignment: Mapping[str, str] | None = None,
          arrival: tuple[int, int] | None = None, unpin: Iterable[str] = ()) -> None:
    """Rebuild the touched stories' records and the storylines around them, then save.

    `assignment` and `extra` move articles (article -> story); every story an article
    leaves or joins must be in `touched`. `arrival` is the span of days this run's
    articles belong to (their dates and the stream's present; by default the present).
    """
    if arrival is None and (present := store.latest_day()) is not None:
        arrival = (present, present)
    members = store.story_members(touched)
    moves = {**(assignment or {}), **(extra or {})}
    for sid in list(members):
        members[sid] = [a for a in members[sid] if a not in moves]
    for aid, sid in moves.items():
        members.setdefault(sid, []).append(aid)
    members = {sid: ids for sid, ids in members.items() if ids}
    gone = (set(removed) | set(touched)) - set(members)
    stories, meta = _records(store, members, arrival)
    lines, dropped, restyled, meta, links = _relink(store, stories, meta, gone)
    store.save_story_update(stories + restyled, meta, gone, lines, dropped, index=index, pins=pins,
                            correction=correction, links=links, unpin=unpin)


def _records(store, members: Mapping[str, list[str]],
             arrival: tuple[int, int] | None = None) -> tuple[list[Story], list[tuple]]:
    """Story records (title, dates) and summaries for stories given by their members.

    An undated story's summary carries the days it arrived in (`_arrival_of`), which
    hold it to the storyline gap as dates would.
    """
    all_ids = [a for ids in members.values() for a in ids]
    items = {it.id: it for it in store.group_items(all_ids)}
    articles = {a.id: a for a in store.articles(all_ids)}
    was = store.story_of(all_ids)
    spans = {r[0]: r[5] for r in store.story_summaries(set(was.values())) if r[5] is not None}
    assignment = {a: sid for sid, ids in members.items() for a in ids if a in items}
    built = {s.id: s for s in build_stories(list(items.values()), assignment)}
    stories, meta = [], []
    for sid, ids in members.items():
        big = 10**9
        ordered = sorted((a for a in ids if a in articles), key=lambda a: (
            parse_day(articles[a].published) is None, parse_day(articles[a].published) or big, a))
        dates = sorted(str(articles[a].published)[:10] for a in ordered
                       if parse_day(articles[a].published) is not None)
        base = built.get(sid)
        title = base.title if base and base.title else next(
            (headline(articles[a].title, articles[a].outlet) or " ".join(articles[a].text.split()[:12])
             for a in ordered), "")
        story = Story(id=sid, title=title, articles=tuple(ordered),
                      first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None)
        stories.append(story)
        vecs = [items[a].vector for a in ordered if a in items]
        if vecs:
            came = None if dates else _arrival_of(ids, was, spans, arrival)
            meta.append((sid, parse_day(story.first_date), parse_day(story.last_date), None, _centroid(vecs), came))
    return stories, meta


def _arrival_of(ids: Sequence[str], was: Mapping[str, str], spans: Mapping[str, tuple[int, int]],
                arrival: tuple[int, int] | None) -> tuple[int, int] | None:
    """The days an undated story's articles arrived in: the spans of the stories they
    were in, widened by this run's when it brings one of them (or when none had one).

    Undated stories are thereby held to the storyline gap around their arrival, so a
    relink around them reads the stories of those months, not every story stored.
    """
    found = [spans[was[a]] for a in ids if was.get(a) in spans]
    if arrival is not None and (not found or any(a not in was for a in ids)):
        found.append(arrival)
    if not found:
        return None  # a stream with no date yet: linked with any date, as before
    return min(lo for lo, _ in found), max(hi for _, hi in found)


def _relink(store, stories: list[Story], meta: list[tuple], gone: set[str]):
    """Storylines relinked over the stories within reach (`max_gap_days`) of the changed ones.

    Returns (storylines to write, storyline ids to drop, other stories whose storyline
    changed, summaries with storylines set, the changed stories' storyline links).
    """
    cfg = StorylineConfig()
    changed = {s.id: s for s in stories}
    if not meta:
        return [], [], [], meta, {}
    spans = [_span(m) for m in meta]
    reach = (None, None) if any(sp is None for sp in spans) else (
        min(lo for lo, _ in spans) - cfg.max_gap_days, max(hi for _, hi in spans) + cfg.max_gap_days)
    summaries, old_line, links = _storyline_scope(store, meta, gone, reach, cfg)
    # stored stories enter the linking as their summaries (id and days); their records are
    # read only where one is rewritten or its title names a storyline
    listed = [changed.get(s) or _bare(s, v) for s, v in summaries.items()]
    vectors = {s: v[4] for s, v in summaries.items()}
    previous = {s: line for s, line in old_line.items() if line}
    arrivals = {s: v[5] for s, v in summaries.items() if v[1] is None and v[5] is not None}
    lines = link_storylines(listed, vectors, previous=previous, arrivals=arrivals)
    # A storyline keeps its id when its founding story leaves it, so a storyline founded
    # here may have been given the id of one outside the scope: give it another.
    reserved: set[str] = set()
    while clash := set(store.storyline_stories({sl.id for sl in lines} - set(previous.values()))):
        reserved |= clash
        lines = link_storylines(listed, vectors, previous=previous, arrivals=arrivals, reserved=reserved)
    line_of = {sid: sl.id for sl in lines for sid in sl.stories}
    # a storyline partly outside the scope keeps those of its outside stories that still
    # link with it; the others keep a storyline of their own where they link together
    outside = store.storyline_stories(set(previous.values()))
    out_lines = {line: [s for s in sids if s not in summaries and s not in changed and s not in gone]
                 for line, sids in outside.items()}
    out_lines = {line: sids for line, sids in out_lines.items() if sids}
    outside_meta = {s[0]: s for s in store.story_summaries([s for v in out_lines.values() for s in v])}
    all_info = {**{s: (v[1], v[2]) for s, v in summaries.items()},
                **{s: (v[1], v[2]) for s, v in outside_meta.items()}}
    big = 10**9

    def by_day(sids: Iterable[str]) -> list[str]:
        return sorted(set(sids), key=lambda s: (all_info[s][0] is None, all_info[s][0] or big, s))

    full: dict[str, list[str]] = {}
    for sid, line in line_of.items():
        full.setdefault(line, []).append(sid)
    for line, sids in _attach_outside(store, out_lines, line_of, old_line, links, gone, by_day).items():
        full.setdefault(line, []).extend(sids)
    ordered = {line: by_day(sids) for line, sids in full.items()}
    ordered = {line: sids for line, sids in ordered.items() if len(sids) >= 2}
    keep_line = {s: line for line, sids in ordered.items() for s in sids}
    was = {**old_line, **{s: line for line, sids in out_lines.items() for s in sids}}
    moved = [s for s in [*summaries, *outside_meta] if s not in changed and was.get(s) != keep_line.get(s)]
    members = store.story_members([s for sids in ordered.values() for s in sids if s not in changed])
    sizes = {**{s: len(a) for s, a in members.items()}, **{s.id: len(s.articles) for s in changed.values()}}
    namer = {line: title_story(sids, sizes) for line, sids in ordered.items()}
    records = {r.id: r for r in store.stories([s for s in {*moved, *namer.values()} if s not in changed])}
    titles = {**{s: r.title for s, r in records.items()}, **{s.id: s.title for s in changed.values()}}
    result = [Storyline(id=line, title=titles.get(namer[line], ""), stories=tuple(sids))
              for line, sids in ordered.items()]
    dropped = (set(previous.values()) | set(line_of.values())) - set(ordered)
    # summaries to write: the changed stories', and those whose storyline changed
    new_meta = [(s, v[1], v[2], keep_line.get(s), v[4], v[5]) for s, v in {**outside_meta, **summaries}.items()
                if s in changed or s in moved]
    restyled = [_with_line(records[s], keep_line.get(s)) for s in moved if s in records]
    stories[:] = [_with_line(s, keep_line.get(s.id)) for s in changed.values()]
    return result, sorted(dropped), restyled, new_meta, links


def _attach_outside(store, out_lines: Mapping[str, list[str]], line_of: Mapping[str, str],
                    old_line: Mapping[str, str | None], links: Mapping[str, set[str]],
                    gone: set[str], by_day: Callable[[Iterable[str]], list[str]]) -> dict[str, list[str]]:
    """Storyline id -> the stories beyond reach of a relink that belong to it.

    A relink reads the stories within the storyline gap of what changed, and a storyline
    it relinks may run further. Such an outside story stays with the new storyline of the
    stories of its old storyline that it links with, directly or through other outside
    stories of that storyline (by the recorded pairs). Outside stories cut off from all of
    them form storylines among themselves, one per group that links together; a story
    without a recorded list (stored before lists existed) stays in the old storyline.
    `out_lines` maps each old storyline to its outside stories; `links` holds the changed
    stories' links as they are now (their recorded lists are about to be rewritten).
    """
    if not out_lines:
        return {}
    recorded = store.story_links([s for sids in out_lines.values() for s in sids])
    used = set(line_of.values())
    out: dict[str, list[str]] = {}
    for line in sorted(out_lines):
        members = sorted(out_lines[line])
        mine = set(members)
        near: dict[str, set[str]] = {s: set() for s in members}
        home: dict[str, set[str]] = {}
        for s in members:
            if s not in recorded:
                home[s] = {line}
                continue
            for b in recorded[s]:
                if b in mine:
                    near[s].add(b)
                elif b not in links and b not in gone and old_line.get(b) == line and b in line_of:
                    home.setdefault(s, set()).add(line_of[b])
        for c, bs in links.items():
            if old_line.get(c) == line and c in line_of:
                for s in mine & bs:
                    home.setdefault(s, set()).add(line_of[c])
        # through the outside stories that link together, nearest home first
        given = {s: min(h) for s, h in home.items()}
        queue = sorted(given, key=lambda s: (given[s], s))
        while queue:
            s = queue.pop(0)
            for b in sorted(near[s] - set(given)):
                given[b] = given[s]
                queue.append(b)
        for s in members:
            if s in given:
                out.setdefault(given[s], []).append(s)
        # the rest, by groups that link together
        rest = [s for s in members if s not in given]
        while rest:
            group, todo = set(), [rest[0]]
            while todo:
                s = todo.pop()
                if s not in group:
                    group.add(s)
                    todo.extend(near[s] - group)
            rest = [s for s in rest if s not in group]
            if len(group) < 2:
                continue
            first = by_day(group)[0]
            candidates = itertools.chain([line, storyline_id_for(first)],
                                         (f"{storyline_id_for(first)}-{k}" for k in itertools.count(2)))
            new_id = next(c for c in candidates if c not in used and c not in out
                          and (c == line or not store.storyline_stories([c])))
            out[new_id] = by_day(group)
    return out


def _bare(story_id: str, summary: tuple) -> Story:
    """A stand-in record with a stored story's days, for linking."""
    def iso(day: int | None) -> str | None:
        return None if day is None else date.fromordinal(day).isoformat()

    return Story(id=story_id, title="", articles=(), first_date=iso(summary[1]), last_date=iso(summary[2]))


def _storyline_scope(store, meta: Sequence[tuple], gone: set[str], reach: tuple[int | None, int | None],
                     cfg: StorylineConfig) -> tuple[dict[str, tuple], dict[str, str | None], dict[str, set[str]]]:
    """The stories whose storylines a run's changes can move, within `reach` (days).

    Average linkage joins two groups only when some pair across them links on its own
    (the mean of the pairs clears the bar, so one pair does), so a storyline never spans
    two components of the graph of linking pairs, and a component is linked the same
    whatever else is in the run. The scope is therefore the components the changed
    stories touch (with their new and their old centroids, and those of stories gone),
    closed over the stories of every storyline met: a search from story to story.

    The store records each story's linking pairs once it has changed under this search
    (`Store.story_links`): the search follows those lists, and looks up close stories by
    cell (`story_cells`, once the store has trained its cells, else among all stories in
    reach) only for the changed stories and for stories without a list (stored before
    lists existed). A changed story's list is complete: the run reads its whole gap.

    Returns (summaries of the scope, the changed ones' new; the stored storyline of each,
    and of each story gone; the changed stories' links now, to record).
    """
    from . import story_cells

    new = {m[0]: m for m in meta}
    lo, hi = reach
    cells = _cells(store)
    blocks: dict[int, _Block | None] = {}  # cell (or -1: all in reach) -> its stories, read once

    def block(rows: Sequence[tuple]) -> _Block | None:
        learn(rows)
        # changed stories are in the scope already; gone ones link nothing
        return _Block.of([r for r in rows if r[0] not in new and r[0] not in gone])

    def near(vecs: np.ndarray) -> list[_Block]:
        if cells is None or vecs.shape[1] != cells.shape[1]:
            if -1 not in blocks:
                blocks[-1] = block(store.story_summaries(store.stories_near(lo, hi)))
            probe = [-1]
        else:
            probe = story_cells.probe_cells(cells, vecs, story_cells.PROBE)
            for c, rows in store.stories_in_cells([c for c in probe if c not in blocks], lo, hi).items():
                blocks[c] = block(rows)
        return [b for b in (blocks[c] for c in probe) if b is not None]

    def searched(rows: Sequence[tuple]) -> set[str]:
        """Stored stories linking with these summaries, by cell."""
        mine = _Block.of(rows)
        return {b for theirs in (near(mine.mat) if mine is not None else []) for _, b in mine.pairs(theirs, cfg)}

    def followed(ids: Iterable[str]) -> set[str]:
        """Stored stories linking with these, by their recorded lists (or by cell for
        those without one), as summaries learnt."""
        ids = list(ids)
        recorded = store.story_links(ids)
        out = {b for bs in recorded.values() for b in bs}
        learn(store.story_summaries([b for b in out if b not in known]))
        out = {b for b in out if b in known and b not in new and _in_reach(known[b], reach)}
        # changed and gone stories as they were; others as stored
        return out | searched([before.get(s) or known[s] for s in ids
                               if s not in recorded and (s in before or s in known)])

    before = {row[0]: row for row in store.story_summaries(set(new) | set(gone))}
    known: dict[str, tuple] = {}  # id -> summary (new for changed stories)
    old_line: dict[str, str | None] = {}

    def learn(rows: Sequence[tuple]) -> None:
        for row in rows:
            if row[0] in gone or row[0] in known:
                continue
            old_line[row[0]] = row[3]
            known[row[0]] = new.get(row[0], row)

    learn([before[s] for s in new if s in before])
    learn([m for m in meta if m[0] not in before])
    scope = set(new)
    # the changed stories' links as they are now (by cell, and among themselves), and what
    # they and the stories gone linked with before (recorded, or by cell)
    links: dict[str, set[str]] = {s: set() for s in new}
    mine = _Block.of(list(new.values()))
    if mine is not None:
        for theirs in [*near(mine.mat), mine]:
            for a, b in mine.pairs(theirs, cfg):
                if a != b:
                    links[a].add(b)
    found = {b for bs in links.values() for b in bs} | followed(before)
    lines = {row[3] for row in before.values() if row[3]}
    seen_lines: set[str] = set()
    while found or lines:
        members = [s for sids in store.storyline_stories(lines).values() for s in sids]
        learn(store.story_summaries([s for s in members if s not in known]))
        found |= {s for s in members if s in known and _in_reach(known[s], reach)}
        seen_lines |= lines
        fresh = found - scope
        scope |= fresh
        found = followed(sorted(fresh))
        lines = {old_line[s] for s in fresh if old_line.get(s)} - seen_lines
    # stories gone leave their storylines, which must be rewritten however far they run
    old_line.update({s: row[3] for s, row in before.items() if s in gone})
    return ({s: known[s] for s in sorted(scope) if s in known}, {s: old_line.get(s) for s in scope | set(gone)},
            {s: {b for b in bs if b not in gone} for s, bs in links.items()})


def _cells(store):
    """The store's story cells, trained the first time the store holds enough stories."""
    from . import story_cells

    cells = store.story_cells()
    if cells is None and store.holds_stories(story_cells.MIN_STORIES):
        # a store that grew before cells existed trains on an even sample of its stories
        every = max(1, store.count_stories() // story_cells.TRAIN_SAMPLE)
        vecs = [v for _, v in store.story_centroids(every)]
        # one embedder makes every centroid (storylines refuse a mix); should a store hold
        # two sizes, the cells follow the usual one and the others are read as before
        dims = Counter(v.shape[0] for v in vecs)
        dim = dims.most_common(1)[0][0]
        store.set_story_cells(story_cells.train_cells(np.vstack([v for v in vecs if v.shape[0] == dim]),
                                                      story_cells.N_CELLS))
        cells = store.story_cells()
    return cells


class _Block:
    """Story summaries as arrays, to test many pairs at once against the storyline rule."""

    def __init__(self, ids: list[str], mat: np.ndarray, dated: np.ndarray, timed: np.ndarray,
                 first: np.ndarray, last: np.ndarray) -> None:
        self.ids, self.mat, self.dated, self.timed, self.first, self.last = ids, mat, dated, timed, first, last

    @classmethod
    def of(cls, rows: Sequence[tuple]) -> _Block | None:
        """None when there are no rows or their centroids differ in size."""
        if not rows:
            return None
        try:
            mat = np.nan_to_num(np.stack([np.ravel(r[4]) for r in rows]).astype(np.float32, copy=False))
        except ValueError:  # centroids of different sizes (two embedders in one store)
            return None
        norms = np.linalg.norm(mat, axis=1, keepdims=True)
        spans = [_span(r) for r in rows]
        days = [sp or (0, 0) for sp in spans]
        return cls([r[0] for r in rows], mat / np.where(norms > 0, norms, 1.0),
                   np.array([r[1] is not None for r in rows]), np.array([sp is not None for sp in spans]),
                   np.array([lo for lo, _ in days], dtype=np.int64), np.array([hi for _, hi in days], dtype=np.int64))

    def pairs(self, other: _Block, cfg: StorylineConfig) -> list[tuple[str, str]]:
        """(id here, id of `other`) of the pairs that link on their own: the cosine of
        their centroids clears the storyline bar (the stricter one when either is
        undated) and they are within the storyline gap (of their dates, or of the days an
        undated story arrived in), as `link_storylines` decides."""
        if self.mat.shape[1] != other.mat.shape[1]:
            return set()
        sims = self.mat @ other.mat.T
        both = self.dated[:, None] & other.dated[None, :]
        timed = self.timed[:, None] & other.timed[None, :]
        gap = np.maximum(self.first[:, None], other.first[None, :]) - np.minimum(
            self.last[:, None], other.last[None, :])
        bar = np.where(both, cfg.threshold, cfg.undated_threshold)
        ok = (sims >= bar) & (~timed | (gap <= cfg.max_gap_days))
        return [(self.ids[i], other.ids[j]) for i, j in zip(*np.nonzero(ok))]


def _span(row: tuple) -> tuple[int, int] | None:
    """The days a summary is held to the storyline gap by: its dates, else the days it
    arrived in (undated stories), else None (linked with any date)."""
    if row[1] is not None:
        return row[1], row[2]
    return row[5] if len(row) > 5 else None


def _in_reach(row: tuple, reach: tuple[int | None, int | None]) -> bool:
    lo, hi = reach
    span = _span(row)
    return lo is None or span is None or (span[1] >= lo and span[0] <= hi)


def _with_line(story: Story, line: str | None) -> Story:
    from dataclasses import replace

    return replace(story, storyline=line)


def _backfill_meta(store) -> None:
    """Summaries for stories grouped before `story_meta` existed (once per store; the
    store then remembers that none is missing, so later runs skip the check)."""
    if store.meta_complete():
        return
    meta = []
    for s in store.stories(store.stories_without_meta()):
        items = store.group_items(s.articles)
        if items:
            meta.append((s.id, parse_day(s.first_date), parse_day(s.last_date), s.storyline,
                         _centroid([it.vector for it in items])))
    if meta:
        store.save_story_update([], meta, [], [], [])
    store.mark_meta_complete()


# -- corrections -------------------------------------------------------------------------


def no_story(store, story_id: str, where: str = "the store") -> str:
    """The one line for a story id the store does not hold: where a story merged away
    went, else how to list the stories."""
    into = store.merged_into(story_id)
    if into:
        return f"no story {story_id!r} in {where}: it was merged into {into} (see: manysides stories show {into})"
    if len(story_id) < 4:  # too short to stand for an id (prefixes need 4 characters)
        return f"no story {story_id!r} in {where} (give an id, or at least its first 4 characters)"
    return f"no story {story_id!r} in {where} (list them with: manysides stories)"


def _need_story(store, story_id: str) -> list[str]:
    members = store.story_members([story_id]).get(story_id)
    if not members:
        raise CorrectionError(no_story(store, story_id))
    return members


def _with_copies(store, article_ids: Iterable[str]) -> list[str]:
    """The articles with their wire-copy families: each copy's original and every copy of
    each original. A copy is the same report, so a correction takes it where its original goes."""
    ids = list(dict.fromkeys(article_ids))
    roots = list(dict.fromkeys(a.duplicate_of or a.id for a in store.article_heads(ids).values()))
    return list(dict.fromkeys([*ids, *roots, *store.copies_of(roots)]))


@_one_writer
def merge_stories(store, target: str, others: Iterable[str]) -> Story:
    """Put every article of `others` into story `target`, for good. Returns the merged story.

    A story merged into another since (by a run or a user's merge) stands for the story
    that holds its articles now, as in `move_article`: the returned story's id says which.
    Merging stories that are one already changes nothing (a script may repeat a merge).
    """
    named = [o for o in dict.fromkeys(others) if o != target]
    if not named:
        raise CorrectionError("name at least one other story to merge into the first")
    target = store.merged_into(target) or target  # None for a story that exists
    others = [o for o in dict.fromkeys(store.merged_into(o) or o for o in named) if o != target]
    if not others:  # every one was merged into the target since
        _need_story(store, target)
        return store.stories([target])[0]
    members = _need_story(store, target)
    moved = {a: target for o in others for a in _need_story(store, o)}
    pins = {**{a: target for a in members}, **moved}
    _save(store, {target} | set(others), set(others), None, pins=pins, assignment=moved,
          correction=("merge", {"into": target, "stories": others, **_undo_record(store, moved, pins)}))
    return store.stories([target])[0]


@_one_writer
def split_story(store, story_id: str, article_ids: Iterable[str]) -> Story:
    """Move `article_ids` (and their wire copies) out of `story_id` into a new story, for
    good; returns the new story.

    Both parts are pinned, so no later run joins them again. A story merged into another
    since stands for the story that holds its articles now (as for a move and a merge).
    """
    story_id = store.merged_into(story_id) or story_id  # None for a story that exists
    members = _need_story(store, story_id)
    listed = list(dict.fromkeys(article_ids))
    unknown = [a for a in listed if a not in members]
    if unknown:
        raise CorrectionError(f"article {unknown[0]!r} is not in story {story_id!r} "
                              f"(see its articles with: manysides stories show {story_id})")
    out = [a for a in _with_copies(store, listed) if a in members]
    if not out or len(out) == len(members):
        raise CorrectionError("a split needs some, but not all, of the story's articles "
                              "(wire copies go with their originals)")
    new_id = _split_id(store, story_id, sorted(out)[0])
    moved = {a: new_id for a in out}
    pins = {**{a: story_id for a in members}, **moved}
    _save(store, {story_id, new_id}, set(), None, pins=pins, assignment=moved,
          correction=("split", {"story": story_id, "new_story": new_id, "articles": out,
                                **_undo_record(store, moved, pins)}))
    return store.stories([new_id])[0]


def _split_id(store, story_id: str, first: str) -> str:
    """The id of a story split off `story_id`: made from the two ids, so the same split
    gets the same id, and salted until no story holds it (a split made again after an
    undo would otherwise land in the first split's story, if it still stands)."""
    for n in range(1000):
        salt = f"/{n}" if n else ""
        new_id = "s-" + hashlib.sha1(f"split/{story_id}/{first}{salt}".encode()).hexdigest()[:12]
        if not store.story_members([new_id]).get(new_id):
            return new_id
    raise CorrectionError(f"no free id for a story split off {story_id!r}")  # pragma: no cover


@_one_writer
def move_article(store, article_id: str, story_id: str) -> Story:
    """Put one article and its wire copies (or, for a copy, its original and the other
    copies) into another story, for good.

    Both stories are pinned, so no later run moves the article back or joins the two.
    Moving an article into the story it is in changes nothing (a script may repeat a move).
    A story merged into another since (by a run or a user's merge) stands for the story
    that holds its articles now: the returned story's id says which.
    """
    story_id = store.merged_into(story_id) or story_id  # None for a story that exists
    target = _need_story(store, story_id)
    current = store.story_of([article_id]).get(article_id)
    if current is None:
        raise CorrectionError(f"article {article_id!r} is in no story (analyse it first, "
                              "or check the id with: manysides stories show STORY)")
    where = store.story_of(_with_copies(store, [article_id]))
    if set(where.values()) == {story_id}:  # pinning a story as it stands would freeze whatever it holds
        return store.stories([story_id])[0]
    moved = {a: story_id for a in where}
    # the user said where the article belongs and where it does not: pin both stories
    sources = set(where.values()) - {story_id}
    left = {a: s for s in sorted(sources) for a in _need_story(store, s) if a not in moved}
    pins = {**left, **{a: story_id for a in target}, **moved}
    _save(store, sources | {story_id}, set(), None, pins=pins, assignment=moved,
          correction=("move", {"article": article_id, "from": current, "to": story_id,
                               **_undo_record(store, moved, pins)}))
    return store.stories([story_id])[0]


def _undo_record(store, moved: Mapping[str, str], pins: Mapping[str, str]) -> dict:
    """What a correction changes, for its log entry, so that `undo_correction` can put it
    back: each moved article's story before and after, and each pin before (None: none)."""
    now = store.story_of(moved)
    held = store.pins(pins)
    return {"before": {"stories": {a: now[a] for a in moved if a in now},
                       "pins": {a: held.get(a) for a in pins}},
            "after": dict(moved)}


class Correction(NamedTuple):
    """One entry of a store's correction log (`corrections`)."""

    number: int
    kind: str  # "merge" | "split" | "move" | "undo"
    made: str  # when, UTC ("YYYY-MM-DD HH:MM:SS")
    detail: dict  # as logged; an undo's holds the number of the correction it undid
    undone_by: int | None  # the undo that reversed it, if one did

    def describe(self) -> str:
        """One line a reader can check against `manysides stories show`."""
        d = self.detail
        if self.kind == "merge":
            return f"merged {', '.join(d['stories'])} into {d['into']}"
        if self.kind == "split":
            n = len(d["articles"])
            return f"split {n} article{'s' if n != 1 else ''} off {d['story']} into {d['new_story']}"
        if self.kind == "move":
            return f"moved {d['article']} from {d['from']} to {d['to']}"
        if self.kind == "undo":
            return f"undid #{d['correction']} ({d['kind']})"
        return self.kind  # pragma: no cover - a kind a later version logs


def corrections(store) -> list[Correction]:
    """Every correction made on `store`, oldest first, each with the undo that reversed it."""
    log = store.corrections()
    undone = {d["correction"]: n for n, k, d, _ in log if k == "undo"}
    return [Correction(n, k, t, d, undone.get(n)) for n, k, d, t in log]


@_one_writer
def undo_correction(store, number: int | None = None) -> tuple[Correction, list[Story]]:
    """Reverse the latest correction still in force (`number`, if given, must be it):
    its articles go back to the stories they were in, those stories come back under their
    old ids, and the pins it set are put back as they were. Corrections are undone newest
    first, like an editor's undo. Returns the correction undone and the stories it touched.

    Refused, with the way to fix it by hand, when the stories changed since in a way an
    undo would overrule: a moved article is no longer where the correction put it.
    """
    in_force = [c for c in corrections(store) if c.kind != "undo" and c.undone_by is None]
    if not in_force:
        raise CorrectionError(f"no correction to undo in {store.path} (see: manysides stories corrections)")
    last = in_force[-1]
    if number is not None and number != last.number:
        known = any(c.number == number for c in corrections(store))
        why = f"#{last.number} is the latest in force" if known else "no such correction"
        raise CorrectionError(f"cannot undo #{number}: {why}; corrections are undone newest first "
                              "(see: manysides stories corrections)")
    if "before" not in last.detail:
        raise CorrectionError(f"correction #{last.number} was made by an earlier version that did not record "
                              "what it changed: reverse it with manysides stories move or split")
    back = dict(last.detail["before"]["stories"])
    after = last.detail["after"]
    now = store.story_of(after)
    for aid, sid in after.items():
        if now.get(aid) != sid:
            raise CorrectionError(
                f"cannot undo #{last.number}: article {aid} is now in {now.get(aid) or 'no story'}, not {sid} "
                "(a later change moved it); reverse it with manysides stories move or split")
    # wire copies that arrived since follow their originals back
    for copy, orig in store.copies_of(back).items():
        if copy not in back and now.get(orig) == store.story_of([copy]).get(copy):
            back[copy] = back[orig]
    pins = {a: sid for a, sid in last.detail["before"]["pins"].items() if sid is not None}
    unpin = [a for a, sid in last.detail["before"]["pins"].items() if sid is None]
    touched = set(back.values()) | set(after.values())
    _save(store, touched, set(), None, pins=pins, unpin=unpin, assignment=back,
          correction=("undo", {"correction": last.number, "kind": last.kind}))
    return last, store.stories(sorted(touched))
