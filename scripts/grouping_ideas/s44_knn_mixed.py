"""mkNN ideas with the 1,000 unrelated allsides articles mixed in (undated), and the hybrid: average linkage over
the shipped similarity plus `beta` for a mutual-kNN pair."""
from __future__ import annotations

import argparse
import itertools
from collections import Counter

import numpy as np

from s44_common import bench, load
from s44_fast import Part
from s44_knn import communities
from manysides.stories.metrics import bcubed


def mutual(S, k, low=-1.0):
    n = S.shape[0]
    T = S.copy()
    np.fill_diagonal(T, -np.inf)
    nbr = np.argsort(-T, axis=1)[:, :k]
    A = np.zeros((n, n), dtype=bool)
    A[np.repeat(np.arange(n), k), nbr.ravel()] = True
    return (A & A.T & (T >= low)).astype(float)


def report(name, P, pred, extra_ids):
    b = bcubed(pred, P.gold, [r["id"] for r in P.rows])
    size = Counter(pred.values())
    pulled = sum(1 for i in extra_ids if size[pred[i]] > 1)
    with_extra = {pred[i] for i in extra_ids}
    joined = sum(1 for r in P.rows if r["id"] not in extra_ids and pred[r["id"]] in with_extra)
    print(f"  {name}: B3 F1 {b.f1:.4f} (P {b.precision:.3f} R {b.recall:.3f}); event articles with a distractor "
          f"{joined}; distractors not alone {pulled}/{len(extra_ids)}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hybrid", action="store_true")
    args = ap.parse_args()
    rows, extra, vecs_of, gold = load(1000)
    ex = {r["id"] for r in extra}
    M = Part(rows + extra, vecs_of, gold)
    report("shipped", M, M.group(), ex)
    for k, low in [(2, 0.20), (2, 0.30), (2, 0.35), (2, 0.40), (3, 0.35)]:
        lab = communities(M.S, k, low, 0.0)
        report(f"mkNN components k={k} low={low}", M, {r["id"]: f"g{l}" for r, l in zip(M.rows, lab)}, ex)
    if args.hybrid:
        parts = {k: Part(v, vecs_of, gold) for k, v in bench.halves(rows).items()}
        best = None
        for k, beta, bar in itertools.product((1, 2, 3), (0.05, 0.1, 0.15, 0.2, 0.3),
                                              [round(0.36 + 0.02 * i, 2) for i in range(8)]):
            P = parts["dev"]
            S = P.S + beta * mutual(P.S, k)
            v = P.f1(S=S, bar=bar).f1
            if best is None or v > best[0] + 1e-9:
                best = (v, k, beta, bar)
        _, k, beta, bar = best
        res = {n: P.f1(S=P.S + beta * mutual(P.S, k), bar=bar) for n, P in parts.items()}
        print(f"hybrid avg linkage + beta x mutual kNN: picked k={k} beta={beta} bar={bar}: dev / test / full "
              f"{res['dev'].f1:.4f} / {res['test'].f1:.4f} / {res['full'].f1:.4f} "
              f"(full P {res['full'].precision:.3f} R {res['full'].recall:.3f})")
        report("hybrid, mixed", M, M.group(S=M.S + beta * mutual(M.S, k), bar=bar), ex)


if __name__ == "__main__":
    main()
