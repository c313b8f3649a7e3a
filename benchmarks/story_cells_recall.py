"""How many close stories the story cells miss, against reading every story.

    .venv/bin/python benchmarks/story_cells_recall.py

A run relinks storylines around the stories it changed and finds their close stories (a
cosine the storylines link at: 0.72, or 0.80 with an undated side) among the stories of
the `PROBE` cells nearest to each, out of `N_CELLS` (`manysides.stories.story_cells`).
For each probe count this prints the share of close pairs found (recall) and the share of
stories a search reads, on two sets of vectors standing in for story centroids:

* MiniLM: the embeddings the grouping benchmarks cache (GoogleNews TS snippets,
  same_event articles and 1,000 allsides distractors, 13,103 vectors; embedded on the
  first run, minutes on this machine, then read from /tmp/manysides-bench-cache);
* LSA: the 384-d vectors of the 31,534 allsides articles that grouping_scale.py and
  grouping_store_add.py use.

Articles stand in for stories (a story's centroid is the mean of a few such vectors).
The cells are trained as a store trains them, on its first `MIN_STORIES` stories: here
the first of a seeded shuffle; the queries are 1,000 other vectors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

BARS = (0.72, 0.80)
PROBES = (4, 8, 12, 16, 32)


def minilm() -> np.ndarray | None:
    import grouping_compare as gc
    import grouping_same_event as se

    if not (gc.GOOGLENEWS.exists() and se.SAME_EVENT.exists() and se.ALLSIDES.exists()):
        return None
    parts = [gc.dataset("googlenews")[1], gc.dataset("same_event")[1],
             se.vectors_for(se.load_distractors(1000))[0]]
    return np.vstack(parts)


def lsa() -> np.ndarray | None:
    import grouping_scale

    if not grouping_scale.ALLSIDES.exists():
        return None
    return grouping_scale.corpus()[1]


def report(name: str, vecs: np.ndarray, queries: int = 1000, seed: int = 0) -> None:
    from manysides.stories import story_cells as sc

    x = vecs.astype(np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    order = np.random.default_rng(seed).permutation(len(x))
    x = x[order]
    cells = sc.train_cells(x[:sc.MIN_STORIES], sc.N_CELLS)
    cell = sc.cell_of(cells, x)
    sizes = np.bincount(cell, minlength=len(cells))
    q = np.arange(sc.MIN_STORIES, min(len(x), sc.MIN_STORIES + queries))
    sims = x[q] @ x.T
    sims[np.arange(len(q)), q] = -1.0  # not itself
    print(f"\n== {name}: {len(x):,} vectors, {len(cells)} cells trained on the first {sc.MIN_STORIES:,} "
          f"(largest cell {sizes.max():,}, median {int(np.median(sizes)):,}); {len(q):,} queries")
    close = {bar: sims >= bar for bar in BARS}
    print("  close pairs per query: " + ", ".join(
        f"cos >= {bar}: mean {close[bar].sum(axis=1).mean():.1f}" for bar in BARS))
    print(f"{'probe':>6s} " + " ".join(f"{'recall ' + str(bar):>13s}" for bar in BARS) + f" {'stories read':>13s}")
    for probe in PROBES:
        probed = np.zeros((len(q), len(cells)), dtype=bool)
        for row, i in enumerate(q):  # the cells a run would search for this story
            probed[row, sc.probe_cells(cells, x[i], probe)] = True
        in_probed = probed[:, cell]  # query x story: is the story in a probed cell
        recall = [(close[bar] & in_probed).sum() / max(1, close[bar].sum()) for bar in BARS]
        read = in_probed.mean()
        print(f"{probe:6d} " + " ".join(f"{r:13.3f}" for r in recall) + f" {read:13.3f}"
              + ("   <- shipped" if probe == sc.PROBE else ""))


def main() -> int:
    for name, get in (("MiniLM (GoogleNews + same_event + distractors)", minilm), ("LSA (allsides)", lsa)):
        vecs = get()
        if vecs is None:
            print(f"skipped {name}: data not found")
            continue
        report(name, vecs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
