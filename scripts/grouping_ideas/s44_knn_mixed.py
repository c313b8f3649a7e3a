"""mkNN ideas with the 1,000 unrelated allsides articles mixed in (undated), and the hybrid: average linkage over
the shipped similarity plus `beta` for a mutual-kNN pair."""
from __future__ import annotations

import argparse
import itertools
from collections import Counter

from s44_common import bench, knn_graph, load
from s44_fast import Part, dtf, pick
from s44_knn import communities
from manysides.stories.metrics import bcubed


def mutual(S, k, low=-1.0):
    T, A = knn_graph(S, k)
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
        report(f"mkNN components k={k} low={low}", M, M.labelled(lab), ex)
    if args.hybrid:
        parts = {k: Part(v, vecs_of, gold) for k, v in bench.halves(rows).items()}
        D = parts["dev"]
        _, (k, beta, bar) = pick(itertools.product((1, 2, 3), (0.05, 0.1, 0.15, 0.2, 0.3),
                                                   [round(0.36 + 0.02 * i, 2) for i in range(8)]),
                                 lambda c: D.f1(S=D.S + c[1] * mutual(D.S, c[0]), bar=c[2]).f1)
        res = {n: P.f1(S=P.S + beta * mutual(P.S, k), bar=bar) for n, P in parts.items()}
        print(f"hybrid avg linkage + beta x mutual kNN: picked k={k} beta={beta} bar={bar}: dev / test / full "
              f"{dtf(res)}")
        report("hybrid, mixed", M, M.group(S=M.S + beta * mutual(M.S, k), bar=bar), ex)


if __name__ == "__main__":
    main()
