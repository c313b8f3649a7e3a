"""How long relinking storylines takes when a batch changes most stories of its months.

    nice -n 10 .venv/bin/python benchmarks/storyline_link.py
    nice -n 10 .venv/bin/python benchmarks/storyline_link.py --stories 5000 20000

`link_storylines` scores story pairs a block of stories at a time (one matrix product
each). Before, it scored them one story at a time with a Python step per pair; that way
is kept here as the reference, so the two are timed on the same stories and checked to
give the same storylines.

Stories: the allsides articles of grouping_scale.py (LSA vectors as centroids), each one
story, dated in corpus order at 150 stories a day (a store of 500 articles a day holds
about that many stories a day), so N stories span N / 150 days and every pair within 120
days may link.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_scale  # noqa: E402

PER_DAY = 150


def one_at_a_time(stories, vectors):
    """The previous edge loop (one story at a time, a Python step per pair), same linkage;
    the pairs beyond the gap within a component of linking pairs are scored one by one."""
    from manysides.records import Storyline
    from manysides.stories.grouping import _agglomerate, _Group, parse_day
    from manysides.stories.storylines import StorylineConfig, storyline_id_for

    cfg = StorylineConfig()
    order = sorted(stories, key=lambda s: (parse_day(s.first_date), s.id))
    mat = np.vstack([vectors[s.id] / np.linalg.norm(vectors[s.id]) for s in order]).astype(np.float32)
    lo = [parse_day(s.first_date) for s in order]
    hi = [parse_day(s.last_date) for s in order]
    starts = np.array(lo, dtype=np.int64)
    edges: dict[tuple[int, int], float] = {}
    for i in range(len(order)):
        end = int(np.searchsorted(starts, hi[i] + cfg.max_gap_days, side="right"))
        cand = list(range(i + 1, end))
        if not cand:
            continue
        for j, s in zip(cand, mat[cand] @ mat[i]):
            if s >= cfg.floor:
                edges[(i, j)] = float(s)
    # pairs further apart than the gap count too, within a component of linking pairs
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    strong = [(i, j) for (i, j), s in edges.items() if s >= cfg.threshold]
    graph = coo_matrix((np.ones(len(strong)), ([i for i, _ in strong], [j for _, j in strong])),
                       shape=(len(order), len(order)))
    _, comp = connected_components(graph, directed=False)
    for c in np.unique(comp):
        rows = np.flatnonzero(comp == c)
        for a in rows:
            for b in rows[rows > a]:
                if (a, b) not in edges and lo[b] > hi[a] + cfg.max_gap_days:
                    s = float(mat[a] @ mat[b])
                    if s >= cfg.floor:
                        edges[(int(a), int(b))] = s
    groups = [_Group([i], True, lo[i], hi[i], []) for i in range(len(order))]
    final = _agglomerate(groups, edges, list(range(len(order))), cfg)
    lines = []
    for g in final:
        if g is not None and len(g.members) > 1:
            ids = [order[i].id for i in sorted(g.members)]
            lines.append(Storyline(storyline_id_for(ids[0]), order[min(g.members)].title, tuple(ids)))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, nargs="*", default=[5000, 20_000])
    args = ap.parse_args()
    if not grouping_scale.ALLSIDES.exists():
        print(f"skipped: {grouping_scale.ALLSIDES} not found")
        return 0
    from manysides.records import Story
    from manysides.stories import link_storylines

    rows, vecs = grouping_scale.corpus()
    print(f"{'stories':>8s} {'days':>5s} {'by blocks s':>12s} {'one at a time s':>16s} {'storylines':>11s} same")
    for n in args.stories:
        start = date(2024, 1, 1)
        stories = [Story(f"s-{k}", rows[k % len(rows)]["title"], (f"a{k}",), None,
                         (start + timedelta(days=k // PER_DAY)).isoformat(),
                         (start + timedelta(days=k // PER_DAY)).isoformat()) for k in range(n)]
        vectors = {s.id: vecs[k % len(vecs)] for k, s in enumerate(stories)}
        t0 = time.perf_counter()
        fast = link_storylines(stories, vectors)
        t1 = time.perf_counter()
        slow = one_at_a_time(stories, vectors)
        t2 = time.perf_counter()
        same = sorted(sl.stories for sl in fast) == sorted(sl.stories for sl in slow)
        print(f"{n:8d} {-(-n // PER_DAY):5d} {t1 - t0:12.1f} {t2 - t1:16.1f} {len(fast):11d} {same}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
