"""Incremental grouping against one batch: same_event in random order, in 1-100 batches.

    nice -n 10 .venv/bin/python benchmarks/grouping_incremental.py

Articles arrive in a random order (seed 0), split into N batches; each batch goes through
`group_incrementally` (ANN index, neighbours' stories, drift check). Earlier decisions
stand unless a merge or split revises them, so more batches may score a little lower than
one. Vectors are the cached MiniLM ones of grouping_same_event.py.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_same_event as se  # noqa: E402
from manysides.stories.grouping import group  # noqa: E402
from manysides.stories.incremental import group_incrementally  # noqa: E402


def main() -> int:
    if not se.SAME_EVENT.exists():
        print("skipped: ../shared/data not found")
        return 0
    rows = se.load_same_event()
    gold = {r["id"]: r["event"] for r in rows}
    vecs, _ = se.vectors_for(rows)
    for dated in (True, False):
        items = se.items_for(rows, vecs, dated)
        print(f"{'with' if dated else 'without'} dates, one group() call: "
              f"{se.fmt(se.score(group(items), gold, list(gold)))}")
        for n in (1, 4, 20, 100):
            shuffled = items[:]
            random.Random(0).shuffle(shuffled)
            size = -(-len(shuffled) // n)
            t0 = time.perf_counter()
            pred = group_incrementally(shuffled[i:i + size] for i in range(0, len(shuffled), size))
            print(f"  {n:3d} random batches: {se.fmt(se.score(pred, gold, list(gold)))}  "
                  f"{time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
