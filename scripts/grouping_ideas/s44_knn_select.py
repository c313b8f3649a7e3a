"""mkNN ideas picked on the dev half plus half A of the 1,000 unrelated articles (each its own gold story), so
that a lone article counts; reported on the test half, the full set, test + half B, and full + all 1,000.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s44_knn_select.py
"""
from __future__ import annotations

import itertools
import sys

import numpy as np

from s44_common import load
from s44_fast import pick, report, select_parts
from s44_knn import communities
from s44_knn_mixed import mutual


def main():
    rows, extra, vecs_of, gold = load(1000)
    parts, ex = select_parts(rows, extra, vecs_of, gold)

    def line(name, fn):
        print(f"{name}: " + report(parts, ex, lambda k, P: fn(P)), flush=True)

    def comp(P, k, low):
        return P.labelled(communities(P.S, k, low, 0.0))

    line("shipped", lambda P: P.group())
    D = parts["dev+A"]
    # shipped's bar picked the same way, for a fair reference
    best = max(((D.f1(bar=bar).f1, bar) for bar in [round(0.30 + 0.02 * i, 2) for i in range(10)]))
    line(f"shipped, bar picked on dev+A ({best[1]})", lambda P: P.group(bar=best[1]))
    _, (k, low) = pick(itertools.product((1, 2, 3, 4), [round(0.30 + 0.02 * i, 2) for i in range(10)]),
                       lambda c: D.score(comp(D, *c)).f1)
    line(f"mkNN components k={k} low={low}", lambda P: comp(P, k, low))
    _, (k, beta, bar) = pick(itertools.product((1, 2, 3), (0.05, 0.1, 0.15, 0.2, 0.3),
                                               [round(0.34 + 0.02 * i, 2) for i in range(10)]),
                             lambda c: D.f1(S=D.S + c[1] * mutual(D.S, c[0]), bar=c[2]).f1)
    line(f"avg linkage + {beta} x mutual {k}-NN, bar {bar}", lambda P: P.group(S=P.S + beta * mutual(P.S, k), bar=bar))


if __name__ == "__main__" and len(sys.argv) == 1:
    main()


def union_main():
    """V1: average linkage at `bar`, then stories joined by a mutual k-NN pair clearing `low`."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components
    rows, extra, vecs_of, gold = load(1000)
    parts, ex = select_parts(rows, extra, vecs_of, gold)
    mut = {key: {kk: mutual(P.S, kk) for kk in (1, 2, 3)} for key, P in parts.items()}

    def union(key, bar, k, low):
        P = parts[key]
        pred = P.group(bar=bar)
        sid = {s: n for n, s in enumerate(sorted(set(pred.values())))}
        lab = np.array([sid[pred[r["id"]]] for r in P.rows])
        i, j = np.nonzero(np.triu((mut[key][k] > 0) & (P.S >= low), 1))
        g = csr_matrix((np.ones(len(i)), (lab[i], lab[j])), shape=(len(sid), len(sid)))
        _, comp = connected_components(g, directed=False)
        return {r["id"]: f"c{comp[lab[n]]}" for n, r in enumerate(P.rows)}

    _, (bar, k, low) = pick(itertools.product([0.38, 0.40, 0.42, 0.44, 0.46], (1, 2, 3),
                                              [round(0.30 + 0.02 * i, 2) for i in range(8)]),
                            lambda c: parts["dev+A"].score(union("dev+A", *c)).f1)
    print(f"avg linkage bar {bar} + union of mutual {k}-NN pairs >= {low}: "
          + report(parts, ex, lambda key, P: union(key, bar, k, low)))


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "union":
    union_main()
