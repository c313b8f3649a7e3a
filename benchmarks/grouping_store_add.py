"""What adding one article costs as the store grows: one `group_store` run on the SQLite
store after 1k, 10k and 50k articles of the last 30 days are already grouped.

    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py
    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py --sizes 1000 10000 --bucket-days 30

The issue's promise: adding an article costs about the same whatever the store holds. The
work of `update` is bounded by the article's window and its neighbours' stories; what a
run also does is load the index buckets its window touches and save the bucket it adds to.
A bucket spans `bucket_days` days, so its size is the arrival rate times that span: this
benchmark fills the last 30 days densely (N articles over 30 days: at 50k, 1,700 a day)
and prints, for each store size, the median time of 5 one-article runs and the bytes of
index the run wrote.

Articles and vectors are those of grouping_scale.py (allsides titles and texts with LSA
vectors, cached under /tmp), re-dated into the 30 days; annotations are empty (grouping
reads only titles, texts and vectors).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_scale  # noqa: E402

START = date(2024, 1, 1)


def fill(store, rows, vecs, lo: int, hi: int, days: int) -> None:
    from manysides.records import Annotation, Article

    empty = np.zeros((0, vecs.shape[1]), np.float32)
    for i in range(lo, hi):
        r = rows[i % len(rows)]
        aid = f"a{i}"
        when = (START + timedelta(days=i % days)).isoformat()
        store.add_article(Article(id=aid, source=f"{aid}.txt", outlet=f"O{i % 40}", url=None, title=r["title"],
                                  byline=None, published=when, language="en", text=r["text"]), None)
        store.put_annotation(Annotation(aid, (), (), (), ()), vecs[i % len(vecs)], empty)


def bucket_sizes(store) -> dict[tuple, int]:
    return {(b, d): int(n) for b, d, n in store._db.execute("SELECT bucket, days, LENGTH(data) FROM story_ann")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 50_000])
    ap.add_argument("--bucket-days", type=int, default=None, help="index bucket span (default: the library's)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not grouping_scale.ALLSIDES.exists():
        print(f"skipped: {grouping_scale.ALLSIDES} not found")
        return 0
    from manysides.store import Store
    from manysides.stories import IncrementalConfig, group_store

    inc = IncrementalConfig(bucket_days=args.bucket_days) if args.bucket_days else IncrementalConfig()
    rows, vecs = grouping_scale.corpus()
    days = 30
    print(f"index buckets of {inc.bucket_days} days; the store's articles fill {days} days")
    print(f"{'stored':>8s} {'setup s':>8s} {'one-article run ms (median of ' + str(args.runs) + ')':>36s} "
          f"{'index bytes written per run':>28s}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
            t0 = time.perf_counter()
            for lo in range(0, n, 2000):
                fill(store, rows, vecs, lo, min(n, lo + 2000), days)
                group_store(store, inc)
            setup = time.perf_counter() - t0
            times, written = [], []
            for k in range(args.runs):
                fill(store, rows, vecs, n + k, n + k + 1, days)  # one more article, on one of the 30 days
                before = bucket_sizes(store)
                t1 = time.perf_counter()
                group_store(store, inc)
                times.append(time.perf_counter() - t1)
                after = bucket_sizes(store)
                written.append(sum(n for key, n in after.items() if before.get(key) != n))
            print(f"{n:8d} {setup:8.1f} {1000 * statistics.median(times):36.0f} "
                  f"{statistics.median(written) / 1e6:25.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
