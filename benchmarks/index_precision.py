"""What the story index's scalar type costs in neighbours found, and saves in bytes.

    nice -n 10 .venv/bin/python benchmarks/index_precision.py
    nice -n 10 .venv/bin/python benchmarks/index_precision.py --store /tmp/stores3/dense-50000-500-7.db

The incremental grouping's index (`stories.incremental.TimeIndex`, usearch HNSW, cosine)
only proposes candidates: a new article meets the stories of its 20 nearest stored
articles, and their similarity is then computed from the stored float32 vectors. So what
a narrower scalar type can cost is candidates missed. For each vector set and each type
(f32, f16, i8) this prints the bytes a saved segment takes per vector, the time to
restore it from those bytes (what every grouping run pays per bucket it loads), recall
of the true 20 nearest (exact cosine, 300 queries drawn from the set, seed 0) and the
largest error of a returned cosine.

Vector sets: the MiniLM embeddings of same_event with the 1,000 unrelated articles and of
GoogleNews (cached by grouping_same_event.py, computed once if missing), and with
`--store`, the largest main segment saved in a store (LSA vectors in the stores that
grouping_store_add.py fills: a dense week).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

K = 20  # IncrementalConfig.neighbours


def store_segment(path: str) -> np.ndarray:
    """The vectors of the largest main index segment saved in the store at `path`."""
    from usearch.index import Index

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    (blob,) = db.execute("SELECT data FROM story_ann ORDER BY count DESC LIMIT 1").fetchone()
    idx = Index.restore(bytearray(blob))
    keys = np.asarray(idx.keys, dtype=np.uint64)
    return np.asarray(idx.get(keys), dtype=np.float32)


def measure(vecs: np.ndarray, dtype: str, queries: np.ndarray) -> tuple[float, float, float, float]:
    """(bytes per vector, restore ms, recall@K, largest cosine error) for one scalar type."""
    from usearch.index import Index

    keys = np.arange(len(vecs), dtype=np.uint64)
    idx = Index(ndim=vecs.shape[1], metric="cos", dtype=dtype)
    idx.add(keys, vecs)
    blob = bytes(idx.save())
    t0 = time.perf_counter()
    restored = Index.restore(bytearray(blob))
    restore_ms = 1000 * (time.perf_counter() - t0)
    unit = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    recall, err = [], 0.0
    for q in queries:
        exact = unit @ (unit[q])
        truth = set(np.argsort(-exact, kind="stable")[:K].tolist())
        found = restored.search(vecs[q], K)
        got = [int(k) for k in found.keys]
        recall.append(len(truth & set(got)) / K)
        err = max([err] + [abs((1.0 - float(d)) - float(exact[k])) for k, d in zip(got, found.distances)])
    return len(blob) / len(vecs), restore_ms, float(np.mean(recall)), err


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="also a store's largest saved segment (e.g. a dense grouping_store_add.py store)")
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    sets: list[tuple[str, np.ndarray]] = []
    import grouping_compare as gc
    import grouping_same_event as se

    if se.SAME_EVENT.exists():
        for name in ("mixed", "googlenews"):
            sets.append((f"{name} (MiniLM)", gc.dataset(name)[1].astype(np.float32)))
    else:
        print("same_event and GoogleNews skipped: ../shared/data not found")
    if args.store:
        sets.append((f"{Path(args.store).name}, largest segment", store_segment(args.store)))
    print(f"{'vectors':38s} {'n':>6s} {'type':>4s} {'bytes/vec':>9s} {'restore ms':>10s} "
          f"{'recall@20':>9s} {'max cos err':>11s}")
    for name, vecs in sets:
        queries = np.random.default_rng(0).choice(len(vecs), min(args.queries, len(vecs)), replace=False)
        for dtype in ("f32", "f16", "i8"):
            per, ms, rec, err = measure(vecs, dtype, queries)
            print(f"{name:38s} {len(vecs):6d} {dtype:>4s} {per:9.0f} {ms:10.1f} {rec:9.3f} {err:11.4f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
