"""GoogleNews-TS (undated snippets): the shipped grouping against mutual 2-NN components (low 0.40, the dev+A
pick on same_event), accuracy and NMI on the test half (clusters split as in grouping_compare.py) and the full set.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s44_gn.py [test full]
"""
from __future__ import annotations

import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from s44_common import G, bench
import grouping_compare as gc


def mknn(items, k=2, low=0.40, block=1024):
    sim = G._Similarity(items, G.GroupConfig())
    n = len(items)
    idx = np.arange(n)
    nbr = np.zeros((n, k), dtype=np.int64)
    val = np.zeros((n, k))
    for s in range(0, n, block):
        rows = idx[s:s + block]
        S = sim.block(rows, idx)
        S[np.arange(len(rows)), rows] = -np.inf
        part = np.argpartition(-S, k, axis=1)[:, :k]
        nbr[rows] = part
        val[rows] = np.take_along_axis(S, part, axis=1)
    src = np.repeat(idx, k)
    dst = nbr.ravel()
    ok = val.ravel() >= low
    A = csr_matrix((np.ones(ok.sum()), (src[ok], dst[ok])), shape=(n, n))
    M = A.multiply(A.T)  # mutual
    _, lab = connected_components(M, directed=False)
    return {it.id: f"c{l}" for it, l in zip(items, lab)}


def main():
    rows, vecs = gc.dataset("googlenews")
    for part in sys.argv[1:] or ["test"]:
        sel = gc.part_of(rows, part)
        sub = [rows[i] for i in sel]
        items = bench.items_for(sub, vecs[sel], False)
        gold = {r["id"]: r["event"] for r in sub}
        for name, fn in (("shipped", lambda: G.group(items)), ("mutual 2-NN components >= 0.40", lambda: mknn(items))):
            pred = fn()
            print(f"googlenews {part} {name}: accuracy {100 * gc.hungarian_accuracy(pred, gold):.1f} "
                  f"NMI {100 * gc.nmi(pred, gold):.1f} clusters {len(set(pred.values()))} "
                  f"(gold {len(set(gold.values()))})",
                  flush=True)


if __name__ == "__main__":
    main()
