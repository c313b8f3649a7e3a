"""Idea: a headline-to-headline embedding term. The headlines alone are embedded with the shipped MiniLM (cached
in /tmp/manysides-bench-cache/s44-headlines-*.npy), and a pair whose two sides have words and an undated side gains
a x (headline cosine); a and the undated bar are picked on the dev half, and on dev + distractor half A."""
from __future__ import annotations

import hashlib
import itertools

import numpy as np

from s44_common import bench, load
from s44_fast import pick, report, select_parts


def headline_vectors(rows):
    key = hashlib.sha1("\1".join(r.get("title") or "" for r in rows).encode()).hexdigest()[:16]
    path = bench.CACHE / f"s44-headlines-{key}.npy"
    if path.exists():
        return np.load(path)
    from manysides.nlp.models import load_embedder
    vecs = load_embedder().encode([r.get("title") or "" for r in rows])
    np.save(path, vecs)
    return vecs


def main():
    rows, extra, vecs_of, gold = load(1000)
    hv = dict(zip([r["id"] for r in rows + extra], headline_vectors(rows + extra)))
    parts, ex = select_parts(rows, extra, vecs_of, gold)
    H = {}
    for k, P in parts.items():
        m = np.array([hv[r["id"]] for r in P.rows])
        H[k] = m @ m.T

    def pred_of(k, a, bar):
        P = parts[k]
        return P.group(S=P.S + np.where(P.both, a * H[k], 0.0), bar=bar)

    grid = list(itertools.product((0.05, 0.1, 0.15, 0.2, 0.3), [round(0.36 + 0.02 * i, 2) for i in range(12)]))
    for sel in ("dev", "dev+A"):
        _, (a, bar) = pick(grid, lambda c: parts[sel].score(pred_of(sel, *c)).f1)
        print(f"headline embedding, picked on {sel}: a {a} bar {bar}: "
              + report(parts, ex, lambda k, P: pred_of(k, a, bar)), flush=True)


if __name__ == "__main__":
    main()
