"""Grouping articles that report the same event into stories.

How it works, and why:

* Each pair of articles gets one similarity: a weighted mix of the cosine of their dense
  vectors (headline + lead, `vectors.article_vectors`) and the cosine of their TF-IDF
  vectors over title and text. The embedding knows paraphrases; the TF-IDF knows the
  names and numbers that tell two similar events apart (two different shootings read
  alike to the embedding, not to the word counts).
* Only pairs that can belong together are scored: two dated articles only when their
  dates are at most `window_days` apart (a sliding window over the date-sorted items, so
  the work per item is bounded by how many articles fall in its window); an undated
  article against everything, by content only, and its pairs must clear the stricter
  `undated_threshold`.
* Stories are built by average-linkage agglomeration over those scored pairs: two groups
  join when the mean similarity over all their cross pairs (unscored pairs count as 0)
  clears the threshold, and no story may span more than `max_span_days`. Average linkage
  resists the chaining that makes single-link ("any two articles close") stories balloon.
* Incremental: stories given in `previous` start as fixed groups. Two groups may only
  join if at least one holds a new article, so adding articles changes only the stories
  they touch; a new article that bridges two old stories merges them and the older id
  survives.
* Deterministic and order-independent: items are put in a canonical order (date, then
  id) before anything is computed, and ties are broken by that order.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

import numpy as np

from ..errors import ConfigError
from ..records import Story

_HEX = re.compile(r"^[0-9a-f]{12,}$")


def story_id_for(article_id: str) -> str:
    """The id of a story founded by `article_id`: stable across runs.

    Article ids that are already content hashes keep their first 12 hex digits (readable
    in logs); any other id is hashed first so two ids sharing a prefix cannot collide.
    """
    aid = str(article_id)
    digest = aid.lower() if _HEX.match(aid.lower()) else hashlib.sha1(aid.encode()).hexdigest()
    return "s-" + digest[:12]


@dataclass(frozen=True)
class GroupItem:
    """What grouping needs to know about one article."""

    id: str
    published: str | None  # ISO date "YYYY-MM-DD" (a longer ISO timestamp is cut), or None
    vector: np.ndarray = field(compare=False, repr=False)  # L2-normalised
    title: str = ""
    text: str = ""  # cleaned text, for the lexical evidence


@dataclass(frozen=True)
class GroupConfig:
    """Grouping settings; defaults measured on same_event (docs/grouping.md)."""

    threshold: float = 0.22  # average-linkage similarity two dated groups need to join
    undated_threshold: float = 0.40  # the stricter bar for pairs with an undated article
    dense_weight: float = 0.4  # share of the dense cosine in the pair similarity
    window_days: int = 3  # dated articles further apart are never compared
    day_penalty: float = 0.10  # subtracted per day between two dated articles
    max_span_days: int = 7  # no story spans more days than this
    floor: float = 0.15  # pair similarities below this are not kept (count as 0)
    lexical_words: int = 400  # words of text used for TF-IDF (the rest adds topic noise)
    idf_pseudo_docs: int = 50  # empty documents added to the IDF (steadies small batches)

    @classmethod
    def from_kwargs(cls, **config: object) -> "GroupConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(config) - known)
        if unknown:
            raise ConfigError(
                f"unknown grouping setting(s): {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        try:
            cfg = replace(cls(), **{k: type(getattr(cls(), k))(v) for k, v in config.items()})
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"a grouping setting has an unusable value: {exc}") from exc
        if cfg.window_days < 0 or cfg.max_span_days < 0:
            raise ConfigError("window_days and max_span_days must be 0 or more")
        if not 0.0 <= cfg.dense_weight <= 1.0:
            raise ConfigError("dense_weight must be between 0 and 1")
        return cfg


def parse_day(published: str | None) -> int | None:
    """Days since year 1 for an ISO date (or timestamp); None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published).strip()[:10]).toordinal()
    except ValueError:
        return None


# -- pair similarities ------------------------------------------------------------------


def _lexical_matrix(items: Sequence[GroupItem], words: int, pseudo_docs: int):
    """Row-normalised TF-IDF (sparse) over title + the first `words` words of text.

    The document frequencies come from the batch itself, padded with `pseudo_docs`
    empty documents: in a batch of three articles on one event every shared word would
    otherwise count as common (idf 1) and two reports of one event would look unrelated.
    """
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    docs = []
    for it in items:
        body = " ".join((it.text or "").split()[:words])
        docs.append(f"{it.title or ''} {it.title or ''} {body}".strip())
    if not any(docs):
        return None
    counter = CountVectorizer(
        stop_words="english",
        token_pattern=r"(?u)\b[\w][\w'.-]*[\w]\b|\b\w\b",
        dtype=np.float32,
    )
    try:
        tf = counter.fit_transform(docs).tocsr()
    except ValueError:  # every document empty after stop words
        return None
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    idf = np.log((len(docs) + pseudo_docs + 1.0) / (df + 1.0)) + 1.0
    tf.data = (1.0 + np.log(tf.data)) * idf[tf.indices]  # sublinear tf
    return normalize(tf, norm="l2", copy=False).astype(np.float32)


class _Similarity:
    """Mixed dense + lexical cosine between items, computed block by block."""

    def __init__(self, items: Sequence[GroupItem], cfg: GroupConfig) -> None:
        self.cfg = cfg
        self.dense = _stack_vectors(items)
        self.lex = _lexical_matrix(items, cfg.lexical_words, cfg.idf_pseudo_docs)
        if self.lex is not None:
            self.has_lex = np.asarray(self.lex.getnnz(axis=1) > 0)
        else:
            self.has_lex = np.zeros(len(items), dtype=bool)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        d = self.dense[rows] @ self.dense[cols].T
        if self.lex is None:
            return d
        lx = (self.lex[rows] @ self.lex[cols].T).toarray()
        w = self.cfg.dense_weight
        mixed = w * d + (1.0 - w) * lx
        # Without words on one side there is no lexical evidence: judge by the dense part.
        both = self.has_lex[rows][:, None] & self.has_lex[cols][None, :]
        return np.where(both, mixed, d)


def _stack_vectors(items: Sequence[GroupItem]) -> np.ndarray:
    try:
        rows = [np.asarray(it.vector, dtype=np.float32).reshape(-1) for it in items]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"a grouping item's vector is not a vector of numbers ({exc}); "
                          "use stories.article_vectors to make them") from exc
    dims = {r.shape[0] for r in rows}
    if len(dims) > 1:
        raise ConfigError(
            f"grouping needs vectors of one size, got sizes {sorted(dims)} "
            "(embed all articles with the same model)"
        )
    mat = np.vstack([r.reshape(1, -1) for r in rows])
    mat = np.nan_to_num(mat, nan=0.0, posinf=0.0, neginf=0.0)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    np.divide(mat, norms, out=mat, where=norms > 0)
    return mat


def _pair_edges(days: list[int | None], sim: _Similarity, cfg: GroupConfig,
                block: int = 256) -> dict[tuple[int, int], float]:
    """Similarities (i < j) worth keeping, for pairs allowed to meet.

    Undated pairs are shifted down by the gap between the two thresholds, so one
    threshold then serves both.
    """
    n = len(days)
    edges: dict[tuple[int, int], float] = {}
    dated = np.array([i for i in range(n) if days[i] is not None], dtype=np.int64)
    undated = np.array([i for i in range(n) if days[i] is None], dtype=np.int64)
    penalty = cfg.undated_threshold - cfg.threshold

    def keep(rows: np.ndarray, cols: np.ndarray, s: np.ndarray, shift: float,
             ok: np.ndarray | None = None) -> None:
        mask = s - shift >= cfg.floor
        if ok is not None:
            mask &= ok
        for r, c in zip(*np.nonzero(mask)):
            i, j = int(rows[r]), int(cols[c])
            if i == j:
                continue
            key = (i, j) if i < j else (j, i)
            edges[key] = float(s[r, c]) - shift

    if len(dated):
        # Items are in canonical (date) order, so each block's window is a slice.
        dd = np.array([days[i] for i in dated], dtype=np.int64)
        for start in range(0, len(dated), block):
            stop = min(start + block, len(dated))
            hi = int(np.searchsorted(dd, dd[stop - 1] + cfg.window_days, side="right"))
            rows, cols = dated[start:stop], dated[start:hi]
            s = sim.block(rows, cols)
            gap = np.abs(dd[start:stop][:, None] - dd[start:hi][None, :])
            later = np.arange(start, stop)[:, None] < np.arange(start, hi)[None, :]
            keep(rows, cols, s - cfg.day_penalty * gap, 0.0, (gap <= cfg.window_days) & later)
    everyone = np.arange(n, dtype=np.int64)
    for start in range(0, len(undated), block):
        rows = undated[start:start + block]
        keep(rows, everyone, sim.block(rows, everyone), penalty)
    return edges


# -- agglomeration ----------------------------------------------------------------------


@dataclass
class _Group:
    members: list[int]
    new: bool  # holds an article not in `previous`
    lo: int | None  # earliest day
    hi: int | None  # latest day
    old_ids: list[str]  # previous story ids merged into this group
    version: int = 0
    pins: frozenset[str] = frozenset()  # story ids a user put members in (corrections)


def _span_ok(a: _Group, b: _Group, max_span: int) -> bool:
    if a.lo is None or b.lo is None:
        return True
    return max(a.hi, b.hi) - min(a.lo, b.lo) <= max_span  # type: ignore[type-var]


def _agglomerate(groups: list[_Group], edges: Mapping[tuple[int, int], float],
                 member_group: list[int], cfg: GroupConfig) -> list[_Group | None]:
    """Average-linkage merging over the sparse similarity graph."""
    sums: list[dict[int, float]] = [dict() for _ in groups]
    for (i, j), s in edges.items():
        gi, gj = member_group[i], member_group[j]
        if gi != gj:
            sums[gi][gj] = sums[gi].get(gj, 0.0) + s
            sums[gj][gi] = sums[gj].get(gi, 0.0) + s
    alive: list[_Group | None] = list(groups)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        ga, gb = alive[a], alive[b]
        assert ga is not None and gb is not None
        if not (ga.new or gb.new) or not _span_ok(ga, gb, cfg.max_span_days):
            return
        if ga.pins and gb.pins and ga.pins != gb.pins:
            return  # a user put these in different stories
        link = sums[a][b] / (len(ga.members) * len(gb.members))
        if link >= cfg.threshold:
            lo, hi = (a, b) if a < b else (b, a)
            heapq.heappush(heap, (-link, lo, hi, alive[lo].version, alive[hi].version))  # type: ignore[union-attr]

    for a in range(len(groups)):
        for b in sums[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        ga, gb = alive[a], alive[b]
        if ga is None or gb is None or ga.version != va or gb.version != vb:
            continue
        # Merge b into a (a is the lower index, i.e. the earlier founder).
        ga.members.extend(gb.members)
        ga.new = ga.new or gb.new
        ga.old_ids.extend(gb.old_ids)
        ga.pins = ga.pins | gb.pins
        if gb.lo is not None:
            ga.lo = gb.lo if ga.lo is None else min(ga.lo, gb.lo)
            ga.hi = gb.hi if ga.hi is None else max(ga.hi, gb.hi)  # type: ignore[type-var]
        ga.version += 1
        alive[b] = None
        for c, s in sums[b].items():
            if c == a:
                continue
            sums[a][c] = sums[a].get(c, 0.0) + s
            sums[c][a] = sums[c].get(a, 0.0) + s
            sums[c].pop(b, None)
        sums[a].pop(b, None)
        sums[b] = {}
        for c in sums[a]:
            if alive[c] is not None:
                push(a, c)
    return alive


def group(items: Sequence[GroupItem], previous: Mapping[str, str] | None = None,
          pinned: Mapping[str, str] | None = None, **config: object) -> dict[str, str]:
    """Article id -> story id for every item.

    `previous` (article id -> story id) holds earlier assignments: those articles keep
    their story, unless a new article joins two stories, which then merge under the
    older id (earlier first date, then the smaller id). Pass the earlier articles that
    new ones should be compared with (e.g. those within the time window) among `items`.
    `pinned` (article id -> story id) holds a user's corrections: a pinned article stays
    in that story, and no two groups holding articles pinned to different stories join.
    Settings are those of `GroupConfig`.
    """
    cfg = GroupConfig.from_kwargs(**config)
    pinned = dict(pinned or {})
    previous = {**dict(previous or {}), **pinned}
    unique: dict[str, GroupItem] = {}
    for it in items:
        unique.setdefault(str(it.id), it)
    if not unique:
        return {}
    day_of = {aid: parse_day(it.published) for aid, it in unique.items()}
    big = 10**9
    order = sorted(unique, key=lambda a: (day_of[a] is None, day_of[a] or big, a))
    canon = [unique[a] for a in order]
    days = [day_of[a] for a in order]

    groups: list[_Group] = []
    member_group = [0] * len(canon)
    by_old: dict[str, int] = {}
    for idx, aid in enumerate(order):
        old = previous.get(aid)
        if old is not None and old in by_old:
            g = groups[by_old[old]]
            g.members.append(idx)
            if days[idx] is not None:
                g.lo = days[idx] if g.lo is None else min(g.lo, days[idx])
                g.hi = days[idx] if g.hi is None else max(g.hi, days[idx])
        else:
            if old is not None:
                by_old[old] = len(groups)
            groups.append(_Group([idx], old is None, days[idx], days[idx],
                                 [old] if old is not None else []))
        if aid in pinned:
            g = groups[by_old[old]]  # type: ignore[index]
            g.pins = g.pins | {pinned[aid]}
        member_group[idx] = by_old[old] if old is not None else len(groups) - 1

    edges = _pair_edges(days, _Similarity(canon, cfg), cfg) if len(canon) > 1 else {}
    final = _agglomerate(groups, edges, member_group, cfg)

    first_day = {}
    for g in groups:
        for sid in g.old_ids:
            first_day[sid] = g.lo
    result: dict[str, str] = {}
    for g in final:
        if g is None:
            continue
        if g.pins:
            sid = min(g.pins)
        elif g.old_ids:
            sid = min(g.old_ids, key=lambda s: (first_day[s] is None, first_day[s] or big, s))
        else:
            sid = story_id_for(order[min(g.members)])
        for idx in g.members:
            result[order[idx]] = sid
    return result


# -- from an assignment to Story records ------------------------------------------------


def story_centroids(items: Sequence[GroupItem], assignment: Mapping[str, str]) -> dict[str, np.ndarray]:
    """Story id -> L2-normalised mean vector of its articles."""
    acc: dict[str, list[np.ndarray]] = {}
    for it in items:
        sid = assignment.get(it.id)
        if sid is not None:
            acc.setdefault(sid, []).append(_unit(it.vector))
    out = {}
    for sid, vecs in acc.items():
        c = np.mean(vecs, axis=0)
        n = float(np.linalg.norm(c))
        out[sid] = c / n if n > 0 else c
    return out


def _unit(vector: np.ndarray) -> np.ndarray:
    v = np.nan_to_num(np.asarray(vector, dtype=np.float32).reshape(-1))
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def build_stories(items: Sequence[GroupItem], assignment: Mapping[str, str]) -> list[Story]:
    """`Story` records for an assignment, ordered by first date then id.

    Articles are listed earliest first; the title is that of the article closest to the
    story's centroid (the most typical headline, not the loudest).
    """
    centroids = story_centroids(items, assignment)
    members: dict[str, list[GroupItem]] = {}
    for it in items:
        sid = assignment.get(it.id)
        if sid is not None:
            members.setdefault(sid, []).append(it)
    stories = []
    big = 10**9
    for sid, its in members.items():
        its.sort(key=lambda it: (parse_day(it.published) is None, parse_day(it.published) or big, it.id))
        titled = [it for it in its if (it.title or "").strip()]
        title = ""
        if titled:
            c = centroids[sid]
            best = max(titled, key=lambda it: (float(_unit(it.vector) @ c), -titled.index(it)))
            title = " ".join(best.title.split())
        dates = sorted(str(it.published)[:10] for it in its if parse_day(it.published) is not None)
        stories.append(Story(
            id=sid,
            title=title,
            articles=tuple(it.id for it in its),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
        ))
    stories.sort(key=lambda s: (s.first_date is None, s.first_date or "", s.id))
    return stories


# -- drift: splitting stories that no longer hold together ------------------------------


def split_drifted(items: Sequence[GroupItem], assignment: Mapping[str, str],
                  story_ids: Iterable[str], pinned: Mapping[str, str] | None = None,
                  margin: float = 0.05, **config: object) -> dict[str, str]:
    """Article id -> new story id for the articles of `story_ids` that should split off.

    Incremental grouping only ever adds to stories, so a story can outgrow what first held
    it together (it drifts from one event to the next). Each story is regrouped from
    scratch with a bar `margin` below the joining threshold (hysteresis, so a story does
    not flip between one and two on every run); if that yields several parts, it splits.
    The part holding the story's pinned articles keeps the id, else the largest part
    (then the earliest). `items` must hold every article of those stories.
    """
    cfg = GroupConfig.from_kwargs(**config)
    pinned = pinned or {}
    wanted = set(story_ids)
    by_story: dict[str, list[GroupItem]] = {}
    for it in items:
        sid = assignment.get(it.id)
        if sid in wanted:
            by_story.setdefault(sid, []).append(it)  # type: ignore[arg-type]
    used = set(assignment.values())
    settings = {f.name: getattr(cfg, f.name) for f in fields(cfg)}
    settings["threshold"] = cfg.threshold - margin
    settings["undated_threshold"] = cfg.undated_threshold - margin
    changes: dict[str, str] = {}
    for sid in sorted(by_story):
        members = by_story[sid]
        if len(members) < 2:
            continue
        pins = {it.id: sid for it in members if pinned.get(it.id) == sid}
        fresh = group(members, pinned=pins, **settings)
        parts: dict[str, list[str]] = {}
        for it in members:
            parts.setdefault(fresh[it.id], []).append(it.id)
        if len(parts) < 2:
            continue
        first = {it.id: k for k, it in enumerate(sorted(
            members, key=lambda it: (parse_day(it.published) is None, parse_day(it.published) or 0, it.id)))}
        keep = sid if sid in parts else max(
            parts, key=lambda p: (len(parts[p]), -min(first[a] for a in parts[p])))
        for part, ids in parts.items():
            if part == keep:
                continue
            new_id = part
            if new_id in used:
                new_id = "s-" + hashlib.sha1(f"{sid}/{min(ids)}".encode()).hexdigest()[:12]
            used.add(new_id)
            for a in ids:
                changes[a] = new_id
    return changes
