"""How grouping cost grows with the number of articles: 1k, 10k, 30k, 100k.

    nice -n 10 .venv/bin/python benchmarks/grouping_scale.py
    nice -n 10 .venv/bin/python benchmarks/grouping_scale.py --sizes 1000 10000 --batch 500

Articles: ../shared/data/allsides/articles.jsonl.xz (31,534 articles, 2012-2020, about ten
a day), in date order with the 3,857 undated articles spread evenly through it (so every
size up to 31.5k has the corpus' 12% undated); beyond 31.5k the corpus is repeated, each
repetition shifted by the corpus' span (nine years) plus a random 0-2 days, so the arrival
rate stays that of the corpus (which is what the per-article cost depends on) and no
article meets its own copy; the undated articles come once (repeated, they would meet
their own copies), so 100k holds 3.8% undated. The table prints how many.

Vectors: embedding 31.5k articles with MiniLM on two shared cores takes the better part of
an hour, so this benchmark uses real content vectors of another kind: LSA (TF-IDF of
title + lead, reduced to 384 dimensions by truncated SVD, L2-normalised), cached under
/tmp. They have MiniLM's size and the same property that matters for cost: articles on one
subject are near each other. Quality is measured elsewhere (grouping_compare.py).

Each size runs in a fresh subprocess: articles arrive in batches (default 1,000) through
`group_incrementally` (time-bucketed HNSW index, neighbours' stories only, drift check),
and the run prints wall time, articles/s and the rise of peak RSS over what the process
held after loading the articles (the articles themselves, cut to the 400 words grouping
reads, are counted separately).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _memory import reset_peak, status_mb  # noqa: E402

ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
CACHE = Path("/tmp/manysides-bench-cache")
WORDS = 400  # grouping reads at most this many words of text (GroupConfig.lexical_words)


def corpus() -> tuple[list[dict], np.ndarray]:
    """Allsides rows (id, date, title, text cut to WORDS) in date order, and LSA vectors."""
    rows_path = CACHE / "scale-rows.jsonl"
    vec_path = CACHE / "scale-lsa384.npy"
    if rows_path.exists() and vec_path.exists():
        with open(rows_path) as f:
            rows = [json.loads(line) for line in f]
        return rows, np.load(vec_path)
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    from manysides.stories.grouping import parse_day
    from manysides.stories.vectors import lead_text

    with lzma.open(ALLSIDES, "rt", encoding="utf-8") as f:
        raw = [json.loads(line) for line in f if line.strip()]
    rows = []
    for r in raw:
        d = parse_day(r.get("date"))
        rows.append({"id": f"as-{r['id']}", "date": date.fromordinal(d).isoformat() if d else None,
                     "title": r.get("title") or "",
                     "text": " ".join((r.get("text") or "").split()[:WORDS])})
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
    t0 = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2, max_features=200_000).fit_transform(
        [lead_text(r["title"], r["text"]) for r in rows])
    vecs = normalize(TruncatedSVD(384, random_state=0).fit_transform(x)).astype(np.float32)
    print(f"LSA vectors for {len(rows)} articles in {time.perf_counter() - t0:.0f}s (cached now)", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(rows_path, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    np.save(vec_path, vecs)
    return rows, vecs


def arrivals(rows: list[dict]) -> list[int]:
    """Arrival order of the corpus: by date, its undated articles spread evenly through."""
    dated = sorted((i for i, r in enumerate(rows) if r["date"]), key=lambda i: (rows[i]["date"], rows[i]["id"]))
    undated = [i for i, r in enumerate(rows) if not r["date"]]
    order, step = [], max(1, len(dated) // max(1, len(undated)))
    for k, i in enumerate(dated):
        order.append(i)
        if undated and k % step == step - 1:
            order.append(undated.pop(0))
    return order + undated


def stream(n: int, rows: list[dict], vecs: np.ndarray):
    """The first `n` arrivals: the corpus in arrival order, then repeated forward in time."""
    dated = [date.fromisoformat(r["date"]) for r in rows if r["date"]]
    span = (max(dated) - min(dated)).days + 1
    rng = random.Random(0)
    order = arrivals(rows)
    out_rows, out_vecs = [], []
    rep = 0
    while len(out_rows) < n:
        for i in order:
            r = rows[i]
            if len(out_rows) >= n:
                break
            if rep and not r["date"]:
                continue  # an undated article cannot be moved in time: it would meet its own copy
            if rep:
                d = (date.fromisoformat(r["date"]) + timedelta(days=rep * span + rng.randint(0, 2))).isoformat()
                r = {**r, "id": f"{r['id']}~{rep}", "date": d}
            out_rows.append(r)
            out_vecs.append(vecs[i])
        rep += 1
    return out_rows, np.vstack(out_vecs)


def worker(n: int, batch: int) -> dict:
    from manysides.stories.grouping import GroupItem
    from manysides.stories.incremental import group_incrementally

    rows, vecs = corpus()
    rows, vecs = stream(n, rows, vecs)  # already in arrival order
    order = [GroupItem(r["id"], r["date"], v, r["title"], r["text"]) for r, v in zip(rows, vecs)]
    undated = sum(1 for r in rows if not r["date"])
    del rows, vecs
    reset_peak()
    base = status_mb("VmRSS")
    t0 = time.perf_counter()
    result = group_incrementally(order[k:k + batch] for k in range(0, len(order), batch))
    secs = time.perf_counter() - t0
    peak = status_mb("VmHWM")
    return {"n": n, "secs": secs, "stories": len(set(result.values())), "undated": undated,
            "base_mb": base, "peak_mb": peak, "delta_mb": peak - base}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 30_000, 100_000])
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--worker", type=int)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.batch)))
        return 0
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    corpus()  # build the cache once, outside the measured runs
    print(f"{'articles':>9s} {'undated':>8s} {'seconds':>8s} {'articles/s':>10s} {'ms/article':>10s} {'stories':>8s} "
          f"{'peak RSS MB':>11s} {'grouping +MB':>12s}")
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--worker", str(n), "--batch", str(args.batch)],
                             check=True, capture_output=True, text=True,
                             env={**os.environ, "OMP_NUM_THREADS": "2"})
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:9d} {r['undated']:8d} {r['secs']:8.1f} {r['n'] / r['secs']:10.0f} {1000 * r['secs'] / r['n']:10.2f} "
              f"{r['stories']:8d} {r['peak_mb']:11.0f} {r['delta_mb']:12.0f}  (held before grouping: {r['base_mb']:.0f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
