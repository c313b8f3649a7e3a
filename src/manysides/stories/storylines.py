"""Linking stories about one ongoing subject over time into storylines.

A storyline is looser than a story: an election, its count and its recount are three
stories and one storyline. Stories are linked by the cosine of their centroids with a
lower bar than articles in a story need, across gaps of weeks (`max_gap_days`) rather
than days, by average linkage so that a storyline does not drift from one subject to
the next through chains of neighbours. Undated stories are linked by content, with a
stricter bar, and within the gap of the days they arrived in where those are known. A
storyline needs two stories or more.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import ConfigError
from ..records import Story, Storyline
from .grouping import _agglomerate, _Group, parse_day


@dataclass(frozen=True)
class StorylineConfig:
    threshold: float = 0.72  # average centroid cosine for dated stories to link
    undated_threshold: float = 0.80  # the bar when one story has no date
    max_gap_days: int = 120  # stories further apart (end of one to start of next) never link directly
    floor: float = 0.30  # pair cosines below this count as 0
    max_span_days: int = 10**6  # a storyline may run as long as its subject does (its far pairs still count)


def storyline_id_for(story_id: str) -> str:
    """"l-" + the founding story's id without its "s-" prefix."""
    sid = str(story_id)
    return "l-" + (sid[2:] if sid.startswith("s-") else sid)


def link_storylines(stories: Sequence[Story], vectors: Mapping[str, np.ndarray],
                    previous: Mapping[str, str] | None = None, block: int = 512,
                    arrivals: Mapping[str, tuple[int, int]] | None = None,
                    reserved: Collection[str] = (), **config: object) -> list[Storyline]:
    """Storylines (two stories or more each), ordered by their first story's date.

    `vectors` maps story id -> centroid (stories without one are left out). A storyline's
    id comes from its earliest story, or is the oldest id it had in `previous` (story id
    -> storyline id), so ids stay stable as stories are added. Its title is that of its
    story with the most articles (`title_story`); its stories are listed in date order.

    `arrivals` maps an undated story's id -> the (first, last) days it arrived in (the
    store keeps them): such a story is held to the gap as if those were its dates,
    still at the stricter bar. An undated story without one may link with any date.

    `reserved` are storyline ids held by storylines outside `stories` (a storyline keeps
    its id when its founding story leaves it, so that story's own id may be taken): no
    storyline here is given one.
    """
    try:
        cfg = StorylineConfig(**{k: float(v) if k not in ("max_gap_days", "max_span_days")
                                 else int(v) for k, v in config.items()})  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"unusable storyline setting: {exc}") from exc
    previous = previous or {}
    arrivals = arrivals or {}
    big = 10**9
    usable = []
    seen = set()
    for s in stories:
        v = vectors.get(s.id)
        if v is None or s.id in seen:
            continue
        vec = np.nan_to_num(np.asarray(v, dtype=np.float32).reshape(-1))
        if not np.any(vec):
            continue
        seen.add(s.id)
        usable.append((s, vec / np.linalg.norm(vec)))
    if len(usable) < 2:
        return []
    dims = {vec.shape[0] for _, vec in usable}
    if len(dims) > 1:
        raise ConfigError(f"story centroids have different sizes {sorted(dims)} (use one embedder)")

    def first(s: Story) -> int | None:
        return parse_day(s.first_date) or parse_day(s.last_date)

    def last(s: Story) -> int | None:
        return parse_day(s.last_date) or parse_day(s.first_date)

    usable.sort(key=lambda sv: (first(sv[0]) is None, first(sv[0]) or big, sv[0].id))
    stories_in_order = [s for s, _ in usable]
    mat = np.vstack([vec for _, vec in usable])
    lo = [first(s) for s in stories_in_order]
    hi = [last(s) for s in stories_in_order]
    # the days each story is held to the gap by: its dates, else its arrival, else none
    span = [(lo[i], hi[i]) if lo[i] is not None else arrivals.get(s.id)
            for i, s in enumerate(stories_in_order)]

    # Pairs allowed to meet: stories with days (dates or arrival) within the gap (sorted
    # by first day, so a bounded window), and the stories without any with every story.
    # A pair with an undated side is judged on content with the stricter bar: its score
    # is shifted down by the gap between the two thresholds so that one threshold serves
    # both. Scored a block of rows at a time (one matrix product each): a run that
    # relinks the tens of thousands of stories of a busy season must not pay a Python
    # step per pair.
    shift = cfg.undated_threshold - cfg.threshold
    n = len(stories_in_order)
    is_undated = np.array([d is None for d in lo], dtype=bool)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def keep(rows: np.ndarray, cols: np.ndarray, ok: np.ndarray) -> None:
        sims = mat[rows] @ mat[cols].T
        if is_undated[rows].any() or is_undated[cols].any():
            sims = sims - np.where(is_undated[rows][:, None] | is_undated[cols][None, :], shift, 0.0)
        r, c = np.nonzero(ok & (sims >= cfg.floor))
        a, b = rows[r], cols[c]
        found.append((np.minimum(a, b), np.maximum(a, b), sims[r, c].astype(np.float64)))

    timed = np.array(sorted((i for i in range(n) if span[i] is not None), key=lambda i: (span[i][0], i)),
                     dtype=np.int64)
    free = np.array([i for i in range(n) if span[i] is None], dtype=np.int64)
    if len(timed):
        starts = np.array([span[i][0] for i in timed], dtype=np.int64)
        ends = np.array([span[i][1] for i in timed], dtype=np.int64)
        for a in range(0, len(timed), block):
            b = min(a + block, len(timed))
            # Sorted by start, so later ones start no earlier; none past the block's
            # latest end plus the gap can meet any of its rows.
            stop = int(np.searchsorted(starts, int(ends[a:b].max()) + cfg.max_gap_days, side="right"))
            ok = (np.arange(a, b)[:, None] < np.arange(a, stop)[None, :]) & (
                starts[a:stop][None, :] <= ends[a:b][:, None] + cfg.max_gap_days)
            keep(timed[a:b], timed[a:stop], ok)
    is_free = np.zeros(n, dtype=bool)
    is_free[free] = True
    for a in range(0, len(free), block):
        rows = free[a:a + block]
        # every pair with a story that has days, and each pair of free ones once (from
        # its earlier member)
        cols = np.concatenate([timed, free[a:]])
        keep(rows, cols, ~is_free[cols][None, :] | (cols[None, :] > rows[:, None]))
    edges = (np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found]),
             np.concatenate([f[2] for f in found])) if found else (
        np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))

    def scores(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The score of every pair of `rows` × `cols`, as the edges are scored, whatever the gap."""
        sims = mat[rows] @ mat[cols].T
        sims = sims - np.where(is_undated[rows][:, None] | is_undated[cols][None, :], shift, 0.0)
        return np.where(sims >= cfg.floor, sims, 0.0)

    lines = []
    taken: set[str] = set(reserved)
    groups = sorted(sorted(m) for m in _average_linkage(edges, n, lo, hi, cfg, scores) if len(m) >= 2)
    for members in groups:  # earliest first: when a storyline splits, its first part keeps the id
        ids = [stories_in_order[i].id for i in members]
        founder = stories_in_order[members[0]]
        # The oldest previous id not already given (the one whose story comes first in
        # date order), else one made from the founding story, else from a later one,
        # else the founder's with a number (every other was taken by earlier parts).
        choices = [previous[sid] for sid in ids if sid in previous] + [storyline_id_for(sid) for sid in ids]
        numbered = (f"{storyline_id_for(founder.id)}-{k}" for k in itertools.count(2))
        line_id = next(c for c in itertools.chain(choices, numbered) if c not in taken)
        taken.add(line_id)
        namer = title_story(ids, {stories_in_order[i].id: len(stories_in_order[i].articles) for i in members})
        lines.append(Storyline(id=line_id, title=stories_in_order[members[ids.index(namer)]].title,
                               stories=tuple(ids)))
    return lines


def title_story(story_ids: Sequence[str], sizes: Mapping[str, int]) -> str:
    """The story that names a storyline: the one with the most articles, the earliest of
    those (`story_ids` are in date order). The best-covered story is the subject's news;
    the earliest is often a lone opinion piece or a preview."""
    return max(story_ids, key=lambda s: (sizes.get(s, 0), -story_ids.index(s)))


# Components up to this many stories are linked on a dense matrix by scipy's average
# linkage (C, microseconds per pair); larger ones by the sparse `_agglomerate`.
DENSE_MAX = 2000


def _average_linkage(edges: tuple[np.ndarray, np.ndarray, np.ndarray], n: int, lo: Sequence[int | None],
                     hi: Sequence[int | None], cfg: StorylineConfig,
                     scores: "Callable[[np.ndarray, np.ndarray], np.ndarray] | None" = None,
                     block: int = 512) -> list[list[int]]:
    """Average-linkage groups of two rows or more (lists of row numbers) over the scored
    pairs `edges`, one connected component of linking pairs at a time.

    A join needs a mean of the pairs across two groups at the bar, so some pair across
    them is at the bar on its own: no group spans two components of the graph of such
    pairs, and each component is linked alone. Storylines have no span limit and no
    corrections, so within a component this is plain average linkage (UPGMA) with a
    cut at the bar. A component of up to DENSE_MAX stories is linked by scipy on its
    dense matrix of 1 − similarity (a run that relinks a busy subject's few hundred
    stories spent most of its time in the sparse Python loop); a larger one by
    `_agglomerate`. Pairs further apart than the gap are scored too (`scores`, when
    given): the gap limits which pairs link, not which count, so a subject that returns
    every few months (monthly jobs reports) stays one storyline while its first and last
    stories, a year apart, are still compared, and a drift from one subject to another
    keeps its low score. Pairs below the floor count 0.
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial.distance import squareform

    a, b, sim = edges
    strong = sim >= cfg.threshold
    graph = coo_matrix((np.ones(int(strong.sum())), (a[strong], b[strong])), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    # the pairs inside each component, found by one sort (a weaker pair across two
    # components never counts)
    inside = comp[a] == comp[b]
    a, b, sim = a[inside], b[inside], sim[inside]
    order = np.argsort(comp[a], kind="stable")
    a, b, sim = a[order], b[order], sim[order]
    bounds = np.searchsorted(comp[a], np.arange(comp.max() + 2))
    rows_of = np.argsort(comp, kind="stable")
    row_bounds = np.searchsorted(comp[rows_of], np.arange(comp.max() + 2))
    local = np.empty(n, dtype=np.int64)  # a row's place in its component
    out: list[list[int]] = []
    for c in range(len(row_bounds) - 1):
        rows = rows_of[row_bounds[c]:row_bounds[c + 1]]
        if len(rows) < 2:  # a story alone makes no storyline
            continue
        local[rows] = np.arange(len(rows))
        lo_e, hi_e = bounds[c], bounds[c + 1]
        ea, eb, es = local[a[lo_e:hi_e]], local[b[lo_e:hi_e]], sim[lo_e:hi_e]
        members = rows.tolist()
        if scores is not None and len(rows) > DENSE_MAX:
            ea, eb, es = _far_pairs(rows, (ea, eb, es), lo, hi, cfg.max_gap_days, scores, block)
        if len(rows) <= DENSE_MAX:
            if scores is not None:  # every pair, the edges among them
                dist = 1.0 - scores(rows, rows)
            else:
                dist = np.ones((len(rows), len(rows)))
                dist[ea, eb] = dist[eb, ea] = 1.0 - es
            dist = np.maximum(dist, 0.0)  # a cosine may pass 1 by rounding
            np.fill_diagonal(dist, 0.0)
            labels = fcluster(linkage(squareform(dist, checks=False), method="average"),
                              t=1.0 - cfg.threshold, criterion="distance")
            found: dict[int, list[int]] = {}
            for r, label in zip(members, labels.tolist()):
                found.setdefault(label, []).append(r)
            out.extend(found.values())
        else:
            groups = [_Group([k], True, lo[r], hi[r], []) for k, r in enumerate(members)]
            final = _agglomerate(groups, (ea, eb, es), list(range(len(members))), cfg)  # type: ignore[arg-type]
            out.extend([members[k] for k in g.members] for g in final if g is not None)
    return out


def _far_pairs(rows: np.ndarray, edges: tuple[np.ndarray, np.ndarray, np.ndarray], lo: Sequence[int | None],
               hi: Sequence[int | None], gap: int, scores: Callable[[np.ndarray, np.ndarray], np.ndarray],
               block: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`edges` (in the component's own numbering) plus the scored pairs of dated stories
    further apart than the gap, a block of rows at a time: none in a component within the
    gap (a busy month), so the common case costs nothing more."""
    days = [(k, lo[r], hi[r]) for k, r in enumerate(rows.tolist()) if lo[r] is not None]
    if not days:
        return edges
    days.sort(key=lambda d: d[1])
    local = np.array([k for k, _, _ in days], dtype=np.int64)
    starts = np.array([d[1] for d in days], dtype=np.int64)
    ends = np.array([d[2] for d in days], dtype=np.int64)
    found = [edges]
    for a in range(0, len(local), block):
        b = min(a + block, len(local))
        first = int(np.searchsorted(starts, int(ends[a:b].min()) + gap, side="right"))
        if first >= len(local):
            continue  # nothing starts beyond the gap of this block (sorted by start)
        far = starts[first:][None, :] > ends[a:b][:, None] + gap
        sims = scores(rows[local[a:b]], rows[local[first:]])
        r, c = np.nonzero(far & (sims > 0))
        i, j = local[a:b][r], local[first:][c]
        found.append((np.minimum(i, j), np.maximum(i, j), sims[r, c]))
    return tuple(np.concatenate(x) for x in zip(*found))  # type: ignore[return-value]


def with_storylines(stories: Sequence[Story], storylines: Sequence[Storyline]) -> list[Story]:
    """The stories with their `storyline` field set from `storylines`."""
    from dataclasses import replace

    line_of = {sid: line.id for line in storylines for sid in line.stories}
    return [replace(s, storyline=line_of.get(s.id)) for s in stories]


def timeline(storyline: Storyline, stories: Sequence[Story]) -> list[dict]:
    """The storyline's stories in date order: date range, id, title and article ids (as
    in the analysis JSON; wire copies included, the caller tells them apart).

    Undated stories come last; the storyline's own order breaks ties.
    """
    by_id = {s.id: s for s in stories}
    order = {sid: k for k, sid in enumerate(storyline.stories)}
    rows = [by_id[sid] for sid in storyline.stories if sid in by_id]
    rows.sort(key=lambda s: (s.first_date is None, s.first_date or "", order[s.id]))
    return [{"story": s.id, "first_date": s.first_date, "last_date": s.last_date,
             "title": s.title, "articles": list(s.articles)} for s in rows]
