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
* A preview and a later report are two events: a dated pair on different days whose
  earlier article looks ahead (the future or a modal in its headline's or lead's main
  clause, `preview.py`) and whose later one does not loses `preview_penalty`. They share
  every name (the vote announced, the vote held), so the similarity alone joins them.
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
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache

import numpy as np

from ..errors import ConfigError
from ..records import Story
from .preview import looks_ahead

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
    outlet: str = ""  # whose headline the title is: a site name after it that names the outlet is cut (`headline`)


MAX_DAYS = 3650  # ten years: a longer window or span compares everything with everything


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
    short_words: int = 50  # texts with fewer words (title + text) are compared by embedding only
    preview_penalty: float = 0.125  # off a preview and a later report of what it anticipated (`preview.py`)

    @classmethod
    def from_kwargs(cls, **config: object) -> "GroupConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(config) - known)
        if unknown:
            raise ConfigError(
                f"unknown grouping setting(s): {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        values = {}
        for name, value in config.items():
            kind = type(getattr(cls(), name))
            try:
                values[name] = kind(value)
            except (TypeError, ValueError):
                # the setting named, not Python's "could not convert string to float: 'abc'"
                wanted = "a whole number, e.g. 3" if kind is int else "a number, e.g. 0.3"
                raise ConfigError(f"grouping setting {name}={value!r}: give {wanted}") from None
        cfg = replace(cls(), **values)
        if cfg.window_days < 0 or cfg.max_span_days < 0:
            raise ConfigError("window_days and max_span_days must be 0 or more")
        if not 0.0 <= cfg.dense_weight <= 1.0:
            raise ConfigError("dense_weight must be between 0 and 1")
        return cfg

    def check_ranges(self) -> None:
        """A `ConfigError` for a value out of its useful range. Asked of settings a user
        gives, before a store keeps them (a kept value is used by every later run); not
        of settings a store already keeps, which go on working as they did."""
        cfg = self
        for name, most in (("threshold", 2.0), ("undated_threshold", 2.0), ("floor", 1.0), ("dense_weight", 1.0)):
            if not 0.0 <= getattr(cfg, name) <= most:  # also refuses NaN; a bar over 1 joins nothing
                raise ConfigError(f"{name} must be between 0 and {most:g} (got {getattr(cfg, name)})")
        for name in ("day_penalty", "preview_penalty"):
            if not 0.0 <= getattr(cfg, name) <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1 (got {getattr(cfg, name)})")
        for name in ("window_days", "max_span_days"):
            if not 0 <= getattr(cfg, name) <= MAX_DAYS:
                raise ConfigError(f"{name} must be between 0 and {MAX_DAYS} (got {getattr(cfg, name)})")
        for name, least in (("lexical_words", 1), ("idf_pseudo_docs", 0), ("short_words", 0)):
            if getattr(cfg, name) < least:
                raise ConfigError(f"{name} must be {least} or more (got {getattr(cfg, name)})")


def parse_day(published: str | None) -> int | None:
    """Days since year 1 for an ISO date (or timestamp); None when absent, unreadable or
    outside the years 1800-2200 (a placeholder such as "9999-12-31", not a day)."""
    if not published:
        return None
    try:
        day = date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None
    return day.toordinal() if 1800 <= day.year <= 2200 else None


# -- pair similarities ------------------------------------------------------------------


_TOKEN_PATTERN = r"(?u)\b[\w][\w'.-]*[\w]\b|\b\w\b"


@lru_cache(maxsize=1)
def _analyzer():
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(stop_words="english", token_pattern=_TOKEN_PATTERN).build_analyzer()


class _TermCounts:
    """Term counts of documents over one growing vocabulary, cached by the document's
    digest. Incremental runs meet the same neighbours batch after batch; tokenising and
    counting them again was most of the grouping time. A cached document costs ~2 kB."""

    def __init__(self, maxsize: int = 20_000, max_terms: int = 2_000_000) -> None:
        self.max_terms = max_terms  # a long-lived server starts the vocabulary afresh past this
        self.generation = 0  # bumped when it does: term ids of different generations never mix
        self.ids: dict[str, int] = {}
        self.terms: list[str] = []
        self.cache: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self.maxsize = maxsize
        self.lock = threading.Lock()  # the web server groups in worker threads

    def __call__(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """(term ids ascending, counts) of one document."""
        key = hashlib.blake2b(doc.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self.lock:
            hit = self.cache.get(key)
            if hit is not None:
                self.cache.move_to_end(key)
                return hit
        counts = Counter(_analyzer()(doc))
        with self.lock:
            if len(self.terms) + len(counts) > self.max_terms:
                self.ids, self.terms = {}, []
                self.cache.clear()
                self.generation += 1
            ids = np.empty(len(counts), dtype=np.int64)
            for k, term in enumerate(counts):
                tid = self.ids.get(term)
                if tid is None:
                    tid = self.ids[term] = len(self.terms)
                    self.terms.append(term)
                ids[k] = tid
            order = np.argsort(ids)
            entry = (ids[order], np.fromiter(counts.values(), dtype=np.float32, count=len(counts))[order])
            self.cache[key] = entry
            if len(self.cache) > self.maxsize:
                self.cache.popitem(last=False)
        return entry

    def vocabulary(self, ids: np.ndarray) -> np.ndarray:
        with self.lock:
            return np.array([self.terms[i] for i in ids], dtype=object)


_TERM_COUNTS = _TermCounts()


def _lexical_docs(items: Sequence[GroupItem], words: int) -> tuple[list[str], np.ndarray]:
    """What the lexical side reads of each item (title twice, then the first `words`
    words of text), and how many words that is (the title once)."""
    docs, sizes = [], np.zeros(len(items), dtype=np.int64)
    for k, it in enumerate(items):
        title, body = it.title or "", (it.text or "").split()[:words]
        docs.append(f"{title} {title} {' '.join(body)}".strip())
        sizes[k] = len(title.split()) + len(body)
    return docs, sizes


def _lexical_matrix(docs: Sequence[str], pseudo_docs: int):
    """Row-normalised TF-IDF (sparse) of `docs`, and the global term id of each column;
    (None, empty) when no document has a term.

    The document frequencies come from the batch itself, padded with `pseudo_docs`
    empty documents: in a batch of three articles on one event every shared word would
    otherwise count as common (idf 1) and two reports of one event would look unrelated.
    """
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    for _ in range(3):  # a batch's term ids must come from one vocabulary generation
        generation = _TERM_COUNTS.generation
        counted = [_TERM_COUNTS(doc) for doc in docs]
        if _TERM_COUNTS.generation == generation:
            break
    lengths = np.array([len(ids) for ids, _ in counted], dtype=np.int64)
    if not lengths.sum():
        return None, np.array([], dtype=np.int64)
    term_ids, cols = np.unique(np.concatenate([ids for ids, _ in counted]), return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    tf = csr_matrix((np.concatenate([c for _, c in counted]), cols.reshape(-1), indptr),
                    shape=(len(counted), len(term_ids)))
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    idf = np.log((len(counted) + pseudo_docs + 1.0) / (df + 1.0)) + 1.0
    tf.data = (1.0 + np.log(tf.data)) * idf[tf.indices]  # sublinear tf
    return normalize(tf, norm="l2", copy=False).astype(np.float32), term_ids


class _Similarity:
    """Mixed dense + lexical cosine between items, computed block by block."""

    def __init__(self, items: Sequence[GroupItem], cfg: GroupConfig, words: bool = False) -> None:
        """`words`: count words even when they carry no weight (explanations show them)."""
        self.cfg = cfg
        self.dense = _stack_vectors(items)
        if cfg.dense_weight < 1.0 or words:
            docs, sizes = _lexical_docs(items, cfg.lexical_words)
            self.lex, self.term_ids = _lexical_matrix(docs, cfg.idf_pseudo_docs)
        else:  # the words carry no weight: skip counting them
            self.lex, self.term_ids = None, np.array([], dtype=np.int64)
        if self.lex is not None:
            # A text of a few dozen words gives a TF-IDF cosine that is mostly noise:
            # such pairs are judged by the embedding alone, like texts without words.
            self.has_lex = np.asarray(self.lex.getnnz(axis=1) > 0) & (sizes >= cfg.short_words)
        else:
            self.has_lex = np.zeros(len(items), dtype=bool)
        self._items = items
        self._ahead: np.ndarray | None = None

    def ahead(self, dated: np.ndarray) -> np.ndarray:
        """Which items look ahead (`preview.looks_ahead`), read for the `dated` ones only
        (undated pairs take no preview penalty)."""
        if self._ahead is None:
            self._ahead = np.zeros(len(self._items), dtype=bool)
            for i in dated:
                self._ahead[i] = looks_ahead(self._items[i].title, self._items[i].text)
        return self._ahead

    def vocabulary(self) -> np.ndarray:
        """The term of each column of `lex` (for explanations)."""
        return _TERM_COUNTS.vocabulary(self.term_ids)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        d = self.dense[rows] @ self.dense[cols].T
        if self.lex is None or not (self.has_lex[rows].any() and self.has_lex[cols].any()):
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


Edges = tuple[np.ndarray, np.ndarray, np.ndarray]  # (i, j, similarity) with i < j, each pair once


def _pair_edges(days: list[int | None], sim: _Similarity, cfg: GroupConfig,
                block: int = 256) -> Edges:
    """Similarities worth keeping, for pairs allowed to meet, as arrays.

    Undated pairs are shifted down by the gap between the two thresholds, so one
    threshold then serves both.
    """
    n = len(days)
    found: list[Edges] = []
    dated = np.array([i for i in range(n) if days[i] is not None], dtype=np.int64)
    undated = np.array([i for i in range(n) if days[i] is None], dtype=np.int64)
    is_undated = np.zeros(n, dtype=bool)
    is_undated[undated] = True
    penalty = cfg.undated_threshold - cfg.threshold

    def keep(rows: np.ndarray, cols: np.ndarray, s: np.ndarray, shift: float, ok: np.ndarray) -> None:
        r, c = np.nonzero((s - shift >= cfg.floor) & ok)
        i, j = rows[r], cols[c]
        found.append((np.minimum(i, j), np.maximum(i, j), s[r, c].astype(np.float64) - shift))

    if len(dated):
        # Items are in canonical (date) order, so each block's window is a slice.
        dd = np.array([days[i] for i in dated], dtype=np.int64)
        ahead = sim.ahead(dated) if cfg.preview_penalty else None
        for start in range(0, len(dated), block):
            stop = min(start + block, len(dated))
            hi = int(np.searchsorted(dd, dd[stop - 1] + cfg.window_days, side="right"))
            rows, cols = dated[start:stop], dated[start:hi]
            s = sim.block(rows, cols)
            gap = np.abs(dd[start:stop][:, None] - dd[start:hi][None, :])
            later = np.arange(start, stop)[:, None] < np.arange(start, hi)[None, :]
            s = s - cfg.day_penalty * gap
            if ahead is not None:
                s = s - cfg.preview_penalty * _preview_pairs(ahead[rows], ahead[cols], gap)
            keep(rows, cols, s, 0.0, (gap <= cfg.window_days) & later)
    for start in range(0, len(undated), block):
        rows = undated[start:start + block]
        # every undated-dated pair, and each undated pair once (from its earlier member)
        cols = np.concatenate([dated, undated[start:]])
        ok = ~is_undated[cols][None, :] | (cols[None, :] > rows[:, None])
        keep(rows, cols, sim.block(rows, cols), penalty, ok)
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    return (np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found]),
            np.concatenate([f[2] for f in found]))


def _preview_pairs(ahead_rows: np.ndarray, ahead_cols: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """Which pairs are a preview and a later article that does not look ahead (rows dated no
    later than cols): the vote announced, then the vote held, are two events. Never on one
    day, where wire copies and the reports of one announcement stand side by side."""
    return ahead_rows[:, None] & ~ahead_cols[None, :] & (gap > 0)


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


def _group_links(edges: Edges | Mapping[tuple[int, int], float], member_group: Sequence[int],
                 n_groups: int) -> list[dict[int, float]]:
    """For each group, the summed similarity to every group it has a scored pair with."""
    from scipy.sparse import coo_matrix

    if isinstance(edges, Mapping):
        keys = list(edges)
        edges = (np.array([k[0] for k in keys], dtype=np.int64), np.array([k[1] for k in keys], dtype=np.int64),
                 np.array([edges[k] for k in keys], dtype=np.float64))
    i, j, s = edges
    mg = np.asarray(member_group, dtype=np.int64)
    gi, gj = mg[i], mg[j]
    cross = gi != gj
    gi, gj, s = gi[cross], gj[cross], s[cross]
    m = coo_matrix((np.concatenate([s, s]), (np.concatenate([gi, gj]), np.concatenate([gj, gi]))),
                   shape=(n_groups, n_groups)).tocsr()  # duplicates are summed
    ptr, idx, val = m.indptr, m.indices.tolist(), m.data.tolist()
    return [dict(zip(idx[ptr[g]:ptr[g + 1]], val[ptr[g]:ptr[g + 1]])) for g in range(n_groups)]


def _agglomerate(groups: list[_Group], edges: Edges | Mapping[tuple[int, int], float],
                 member_group: list[int], cfg: GroupConfig) -> list[_Group | None]:
    """Average-linkage merging over the sparse similarity graph.

    Each step joins the globally best eligible pair (highest mean link, ties to the
    lower indices) while it clears the threshold. The heap holds each group's own best
    join (`partner`), not every pair; a popped entry whose groups changed since it was
    pushed (`version`) is stale and skipped. After a join only the merged group and the
    groups whose best partner was one of the two (`suitors`) are re-examined: on the
    dense graphs of short texts this bookkeeping is what grouping time is spent on.
    The best pair of all is always queued: it is the best join of whichever of its two
    groups was examined last, and neither has changed since.
    """
    sums = _group_links(edges, member_group, len(groups))
    alive: list[_Group | None] = list(groups)
    size = [len(g.members) for g in groups]
    heap: list[tuple[float, int, int, int, int]] = []
    threshold, max_span = cfg.threshold, cfg.max_span_days
    partner = [-1] * len(groups)  # each group's best eligible partner, -1 if none
    suitors: list[set[int]] = [set() for _ in groups]  # groups whose partner is this one

    def eligible(ga: _Group, gb: _Group) -> bool:
        if not (ga.new or gb.new):
            return False
        if ga.lo is not None and gb.lo is not None and max(ga.hi, gb.hi) - min(ga.lo, gb.lo) > max_span:  # type: ignore[type-var]
            return False
        return not (ga.pins and gb.pins and ga.pins != gb.pins)  # a user kept them apart

    def offer(a: int, b: int, key: tuple[float, int, int]) -> None:
        """Record b as a's best partner and queue the join."""
        if partner[a] >= 0:
            suitors[partner[a]].discard(a)
        partner[a] = b
        suitors[b].add(a)
        lo, hi = key[1], key[2]
        heapq.heappush(heap, (key[0], lo, hi, alive[lo].version, alive[hi].version))  # type: ignore[union-attr]

    def find_best(a: int) -> None:
        ga, n_a = alive[a], size[a]
        best_link, best_b = threshold, -1
        for b, total in sums[a].items():
            link = total / (n_a * size[b])
            if link < best_link:
                continue
            if link == best_link and best_b >= 0 and (min(a, b), max(a, b)) > (min(a, best_b), max(a, best_b)):
                continue  # a tie goes to the lower indices
            if eligible(ga, alive[b]):  # type: ignore[arg-type]
                best_link, best_b = link, b
        if best_b >= 0:
            offer(a, best_b, (-best_link, min(a, best_b), max(a, best_b)))
        elif partner[a] >= 0:
            suitors[partner[a]].discard(a)
            partner[a] = -1

    for a in range(len(groups)):
        find_best(a)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        ga, gb = alive[a], alive[b]
        if ga is None or gb is None or ga.version != va or gb.version != vb:
            continue
        # Merge the group with fewer neighbours into the other (small into large keeps
        # the bookkeeping near-linear); ids come from the members, not from the slot.
        if len(sums[b]) > len(sums[a]):
            a, b, ga, gb = b, a, gb, ga
        ga.members.extend(gb.members)
        ga.new = ga.new or gb.new
        ga.old_ids.extend(gb.old_ids)
        ga.pins = ga.pins | gb.pins
        if gb.lo is not None:
            ga.lo = gb.lo if ga.lo is None else min(ga.lo, gb.lo)
            ga.hi = gb.hi if ga.hi is None else max(ga.hi, gb.hi)  # type: ignore[type-var]
        ga.version += 1
        size[a] += size[b]
        alive[b] = None
        sa, sb = sums[a], sums[b]
        sa.pop(b, None)
        sb.pop(a, None)
        for c, s in sb.items():
            sa[c] = sa.get(c, 0.0) + s
            sc = sums[c]
            sc[a] = sc.get(a, 0.0) + s
            del sc[b]
        sums[b] = {}
        # Every pair with a is covered by a's own best join; of the others only those
        # whose best join was with a or b lost it. A group whose link to a rose needs no
        # offer of its own: if that pair becomes the best of all, it is a's best too.
        redo = (suitors[a] | suitors[b]) - {a, b}
        suitors[b] = set()
        if partner[b] >= 0:
            suitors[partner[b]].discard(b)
            partner[b] = -1
        find_best(a)
        for c in redo:
            find_best(c)
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

    Articles are listed earliest first; the title is the headline most like the story's other
    headlines (`_agreement`: the words it shares with each of them), passing over headlines that
    tease or shout (`_loud`) while another is there, and a death toll the story has outgrown in
    another headline or an article's opening (`_toll`: "... Rises To 41" beside "At least 42
    people died"); between headlines that agree alike, the article closest to the story's
    centroid. A headline's own framing ("People-powered: ... in grassroots upset",
    "... is another reality check for a party that failed") is in words no other outlet uses, so
    the plain headline the outlets share most words with titles the story (session 32: the
    sample's election story took the headline closest to the centroid, its left outlet's loaded
    one; before that session the centroid decided alone). The headline of the story's one article of a day after all
    its others (`_day_after`: a next day's piece that joined its subject's story) gives way to another (session 44).
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
        titled = [it for it in its if headline(it.title, it.outlet)]
        title = ""
        if titled:
            c = centroids[sid]
            # the highest toll a headline or an article's opening gives: a lower one is stale
            top = max((_toll(t) or 0 for it in its for t in (it.title, (it.text or "")[:_LEAD])), default=0)
            heads = [_headline_words(headline(it.title, it.outlet)) for it in titled]
            after = _day_after(its)
            best = max(titled, key=lambda it: (not _loud(it.title), not live_page(it.title), not reaction(it.title),
                                               it is not after,
                                               (_toll(it.title) or top) >= top,
                                               round(_agreement(titled.index(it), heads), 6),
                                               float(_unit(it.vector) @ c), -titled.index(it)))
            title = headline(best.title, best.outlet)
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


def _day_after(its: Sequence[GroupItem]) -> GroupItem | None:
    """The story's one article of a day after all its other dated articles, when the story holds two others or more
    (dated or not): a piece of the next day that joined its subject's story (docs/grouping.md, a piece on a
    neighbouring day about one running subject) tells what came next, so its headline names a later event than the
    story's: review 33's vote to repeal the net neutrality rules was titled by Reuters' next day, "Senate Democrats to
    force vote on FCC net neutrality repeal", review 30's failed Iowa count by the Post's "DNC 'taking over' ...".
    None when the latest day has two articles or more (the story's own day), or no earlier dated article."""
    dated = [(parse_day(it.published), it) for it in its]
    days = sorted(d for d, _ in dated if d is not None)
    if len(its) < 3 or len(days) < 2 or days[-1] == days[-2]:
        return None
    return next(it for d, it in dated if d == days[-1])


# Words that tell nothing of what a headline says happened.
_HEAD_STOP = frozenset(
    "a an the of in on at to for from by with as and or but is are was were be been its it his her their "
    "this that these those after over into about says said say will would could can may not no new".split())
_HEAD_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _headline_words(title: str | None) -> frozenset[str]:
    """A headline's words, lower case, a possessive and a plural or "-ing"/"-ed" ending cut
    ("Okafor's" ~ "Okafor", "flips" ~ "flip"), words that say nothing left out."""
    out = set()
    for w in _HEAD_WORD.findall((title or "").lower().replace("’", "'")):
        w = w.removesuffix("'s")
        if w in _HEAD_STOP or len(w) < 2:
            continue
        for suffix, keep in (("ing", 4), ("ed", 4), ("s", 3)):
            if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("ss"):
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def _agreement(k: int, heads: Sequence[frozenset[str]]) -> float:
    """How much headline `k` says what the story's other headlines say: the mean, over them,
    of the share of words two headlines have in common (Dice: 2 |A ∩ B| / (|A| + |B|)); 0 alone."""
    others = [h for j, h in enumerate(heads) if j != k]
    if not others or not heads[k]:
        return 0.0
    return sum(2 * len(heads[k] & h) / (len(heads[k]) + len(h)) if h else 0.0 for h in others) / len(others)


# A headline that teases or shouts: "... Here's the insane reason why.", a question, an
# exclamation, "WATCH:", "BREAKING:", words in capitals that are no acronym ("SHOCKING").
_LOUD = re.compile(
    r"[!?]|\b(?:here['’]s|here is|this is why|you won['’]t believe|must see|insane|jaw-dropping|shocking|"
    r"stunning|epic|destroys|slams|blasts|rips)\b|\b(?:watch|breaking)\s*:|(?-i:\b[A-Z]{5,}\b(?:\s+[A-Z]{2,}\b)+)",
    re.IGNORECASE)


def _loud(title: str | None) -> bool:
    """Whether a headline teases or shouts rather than says what happened."""
    return bool(title) and _LOUD.search(title) is not None


# A live page's headline names a running page, not an event: "Boston Marathon Explosions: Wednesday's Developments"
# (session 42's month of allsides titled a story, and its storyline, so), "... - live updates", "Live: ...", "The
# Latest: ...", "... as it happened".
_LIVE = re.compile(
    r"\blive(?:\s+(?:updates?|blog|coverage))?\s*:|\b(?:live|latest)\s+(?:updates?|blog|coverage|developments)\b|"
    r"\bas it happened\b|^the latest\s*:|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to)day['’]s|the day['’]s|key)"
    r"\s+(?:developments|updates)\b", re.IGNORECASE)


def live_page(title: str | None) -> bool:
    """Whether a headline is a live page's (`_LIVE`): passed over as a story's title while another is there."""
    return bool(title) and _LIVE.search(title) is not None


# A reaction headline: someone's word for the event, quoted ("Putin calls plane's downing by Turkey 'stab in the
# back'", CNN's, review 34: the story is Turkey shooting down a Russian jet, which NPR's "Turkey Says It Shot Down A
# Russian Warplane ..." tells). A verb of naming or likening, then within a few words a quoted phrase: the headline is
# about what was said of the event, not the event (a headline's present tense; no colon between: in "Milley defends
# calls to Chinese: 'I was certain' ..." "calls" is a noun, the quote one of its own). Passed over as a story's title
# while another headline is there; a story of the remark itself keeps it when every headline is one. "calls for" (a
# demand), "calls a vote" (a procedure) are no naming.
_REACTION = re.compile(r"^[^:]{2,60}?\s(?:calls|labels|brands|dubs|likens|compares|describes)\s"
                       r"(?!(?:for|on|off|in|up)\b|(?:(?:a|an|the)\s+)?(?:snap\s+)?(?:vote|election|meeting|session|"
                       r"strike|halt|summit|referendum|recess)\b)"
                       r"[^:]{0,80}?(?:^|\s)[\"'‘“][^\"“”‘’]{2,60}?[\"'’”](?=\s|$|[,.;])", re.IGNORECASE)


def reaction(title: str | None) -> bool:
    """Whether a headline is someone's quoted word for the event (`_REACTION`)."""
    return bool(title) and _REACTION.search(title) is not None


# A site's name after the headline, set off by a separator with spaces around it: the page's title, not the headline
# ("Shift In Gay Marriage Support Mirrors A Changing America : NPR", "... | Fox News", "... - CNNPolitics.com"; in
# allsides 34 headlines end so). Cut when it is a domain ("Newsmax.com"), when its words are all the outlet's own
# (its name's words, generic words aside: "Fox News" of "Fox Online News", "NPR" of "NPR Online News"), or, after
# " | " (a page title's separator, which headlines do not use), when it is a short run of capitalised words. A
# clause after a dash ("... - Russia", "... – report": whose claim it is) is no site's name and stays.
_SITE = re.compile(r"\s+(?P<sep>[|:\-–—])\s+(?P<site>[^|:\-–—\s][^|:–—]{0,40}?)\s*$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|tv|news|us)$", re.IGNORECASE)
_SITE_WORDS = frozenset({"the", "news", "online", "web", "com", "www"})
MAX_SITE_WORDS = 4


# A headline in title case that opens with "Us" before a capitalised word opens with the country, cased as a word
# ("Us Supreme Court Rejects Exxon's Plea ...", the Daily Caller's, review 38; "Us Gets Closer to ..."): the pronoun
# does not open a headline's sentence before a verb or a noun ("Us vs. Them" stays). Not caught: "Us" inside a
# headline ("... Will Let Us Reopen ..." is the pronoun, and so are all such in allsides' 31,534 headlines).
_US_OPENING = re.compile(r"^Us(?=\s+(?!(?i:vs?|versus|and|or)\b)[A-Z])")


def headline(title: str | None, outlet: str | None = None) -> str:
    """`title` with its spaces collapsed, an opening "Us" before a capitalised word read as "US" (`_US_OPENING`),
    and without a site's name after it (`_SITE`) that names `outlet`, is a domain, or follows " | ". The stored title
    stays as the outlet gave it: an article's id derives from it."""
    title = _US_OPENING.sub("US", " ".join((title or "").split()), count=1)
    m = _SITE.search(title)
    if m is None or len(title[:m.start()].split()) < 2:
        return title
    site = m.group("site")
    words = site.split()
    if len(words) > MAX_SITE_WORDS:
        return title
    own = {w for w in re.findall(r"[a-z0-9]+", (outlet or "").lower())}
    said = re.findall(r"[a-z0-9]+", site.lower())
    if _DOMAIN.match(site) \
            or (own and said and set(said) <= own | _SITE_WORDS and not set(said) <= _SITE_WORDS) \
            or (m.group("sep") == "|" and all(w[:1].isupper() or w[:1].isdigit() for w in words)):
        return title[:m.start()].rstrip()
    return title


# A headline's death toll: "Death Toll In Istanbul Airport Attack Rises To 41", "Attack Kills
# At Least 42", "41 dead in ...". Tolls grow as a disaster is reported; the lower one is stale.
_TOLL = re.compile(
    r"\b(?:death toll\b\D{0,50}?|toll (?:rises|climbs|jumps|reaches|hits|tops|nears) (?:to )?)\b(\d[\d,]*)\b|\b(?:kills?|killing|killed)\s+(?:at least\s+|more than\s+)?"
    r"(\d[\d,]*)\b|\b(\d[\d,]*)\s+(?:people\s+)?(?:dead|killed|die|died|deaths)\b",
    re.IGNORECASE)


_LEAD = 400  # characters of an article's opening read for its toll


def _toll(title: str | None) -> int | None:
    """The death toll a headline (or an opening) gives first, if it gives one in figures."""
    m = _TOLL.search(title or "")
    return int(next(g for g in m.groups() if g).replace(",", "")) if m else None


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
