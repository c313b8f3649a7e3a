"""What the preview cue costs grouping (docs/grouping.md, "A preview and its outcome").

    nice -n 10 .venv/bin/python benchmarks/preview_cost.py            # 10,000 dated allsides articles
    nice -n 10 .venv/bin/python benchmarks/preview_cost.py --n 2000

Takes the first N dated allsides articles in date order with grouping_scale.py's LSA vectors
(cached under /tmp), and prints: the cue (`preview.looks_ahead`) read for every article with
its cache empty; `group()` with `preview_penalty=0`; `group()` with the penalty once the cues
are cached (what an incremental run meets); and `group()` with the penalty and the cache
emptied first. Each `group()` time is the best of `--repeat` runs. Times depend on the
machine's load: compare the rows of one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from grouping_scale import corpus  # noqa: E402

from manysides.stories import preview  # noqa: E402
from manysides.stories.grouping import GroupItem, group  # noqa: E402


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="dated articles to group")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each group() variant (the best is printed)")
    args = ap.parse_args()
    rows, vecs = corpus()
    picked = [(r, v) for r, v in zip(rows, vecs) if r["date"]][: args.n]
    items = [GroupItem(id=r["id"], published=r["date"], vector=v, title=r["title"], text=r["text"])
             for r, v in picked]

    preview._looks_ahead.cache_clear()
    t0 = time.perf_counter()
    ahead = sum(preview.looks_ahead(it.title, it.text) for it in items)
    cue = time.perf_counter() - t0
    print(f"{len(items)} dated articles; {ahead} look ahead ({ahead / len(items):.1%})")
    print(f"  cue alone, uncached: {cue:.2f} s ({cue / len(items) * 1e6:.0f} µs an article)")

    off = best_of(args.repeat, lambda: group(items, preview_penalty=0.0))
    print(f"  group() without the penalty: {off:.2f} s")
    cached = best_of(args.repeat, lambda: group(items))
    print(f"  group() with the penalty, cues cached: {cached:.2f} s")

    def uncached() -> None:
        preview._looks_ahead.cache_clear()
        group(items)

    print(f"  group() with the penalty, cache emptied first: {best_of(args.repeat, uncached):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
