"""Idea: a cluster-level check on average linkage. Textbook average linkage over the dense pair matrix (unscored
pairs 0, as shipped), where a join must also pass a check on the two groups:

* cohesion: the cross link is at least `lam` x the lower cohesion (mean within-group pair similarity) of the two
  sides that have two or more articles (a merge must not dilute what holds each side together);
* best pair: the best cross pair clears `top`;
* centroid: the two sides' dense centroids have cosine >= `cen`;
* blend (not a check): the mean link pulled toward the best cross pair by `mu` (0 average, 1 single linkage).
"""
from __future__ import annotations

import argparse

import numpy as np

from s44_common import bench, load
from s44_fast import Part, dtf


def agglomerate(W, bar, lam=0.0, top=None, cen=None, V=None, size_cap=None, mu=0.0):
    """W: dense pair matrix after shift and floor (0 = unscored), diagonal 0. Returns labels."""
    n = W.shape[0]
    L = W.astype(np.float64).copy()  # summed cross similarity between live groups
    np.fill_diagonal(L, 0.0)
    size = np.ones(n)
    within = np.zeros(n)  # summed within-group pair similarity
    npairs = np.zeros(n)
    best = W.copy()  # best cross pair between live groups
    alive = np.ones(n, dtype=bool)
    labels = np.arange(n)
    C = None
    if cen is not None:
        C = V.astype(np.float64).copy()  # summed (unit) vectors per group
    while True:
        link = L / np.outer(size, size)
        if mu:  # between average (0) and single (1) linkage: the mean pulled toward the best pair
            link = link + mu * (best - link)
        ok = alive[:, None] & alive[None, :]
        np.fill_diagonal(ok, False)
        ok &= link >= bar
        if lam:
            coh = np.where(npairs > 0, within / np.maximum(npairs, 1), np.inf)
            need = lam * np.minimum(coh[:, None], coh[None, :])
            need[~np.isfinite(need)] = 0.0
            ok &= link >= need
        if top is not None:
            ok &= best >= top
        if cen is not None:
            nc = C / np.maximum(np.linalg.norm(C, axis=1, keepdims=True), 1e-12)
            ok &= (nc @ nc.T) >= cen
        if not ok.any():
            break
        cand = np.where(ok, link, -np.inf)
        k = int(np.argmax(cand))
        a, b = divmod(k, n)
        if a > b:
            a, b = b, a
        # merge b into a
        within[a] += within[b] + L[a, b]
        npairs[a] += npairs[b] + size[a] * size[b]
        L[a, :] += L[b, :]
        L[:, a] += L[:, b]
        L[a, a] = 0.0
        L[b, :] = 0.0
        L[:, b] = 0.0
        best[a, :] = np.maximum(best[a, :], best[b, :])
        best[:, a] = np.maximum(best[:, a], best[:, b])
        best[a, a] = 0.0
        best[b, :] = 0.0
        best[:, b] = 0.0
        size[a] += size[b]
        if C is not None:
            C[a] += C[b]
        alive[b] = False
        labels[labels == b] = a
    return labels


def dense_W(P: Part, bar, S=None, threshold=0.22):
    S = P.S if S is None else S
    shift = bar - threshold
    W = S - shift
    W = np.where(W >= P.cfg.floor, W, 0.0)
    np.fill_diagonal(W, 0.0)
    return W


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="lam")
    args = ap.parse_args()
    rows, _, vecs_of, gold = load()
    parts = {k: Part(v, vecs_of, gold) for k, v in bench.halves(rows).items()}
    V = {k: np.array([vecs_of[r["id"]] for r in P.rows]) for k, P in parts.items()}

    def f(P, k, bar, **kw):
        # the bar applies to the shifted matrix: threshold 0.22 after shift
        return P.score(P.labelled(agglomerate(dense_W(P, bar), 0.22, V=V[k], **kw)))

    # check: plain = shipped
    print("plain dev", round(f(parts["dev"], "dev", 0.40).f1, 4), "(shipped 0.8608)", flush=True)
    if args.mode == "lam":
        grid = [dict(lam=l) for l in (0.5, 0.6, 0.7, 0.8, 0.9)]
    elif args.mode == "top":
        grid = [dict(top=t) for t in (0.30, 0.35, 0.40, 0.45)]
    elif args.mode == "cen":
        grid = [dict(cen=c) for c in (0.5, 0.55, 0.6, 0.65, 0.7)]
    elif args.mode == "blend":
        grid = [dict(mu=m) for m in (0.1, 0.25, 0.5)]
    else:
        grid = [dict(lam=l, cen=c) for l in (0.6, 0.7, 0.8) for c in (0.5, 0.6)]
    bars = [0.30, 0.32, 0.34, 0.36, 0.38, 0.40]
    if args.mode == "blend":
        bars = [0.40, 0.42, 0.44, 0.46, 0.48]
    best = None
    for kw in grid:
        for bar in bars:
            v = f(parts["dev"], "dev", bar, **kw).f1
            if best is None or v > best[0] + 1e-9:
                best = (v, kw, bar)
        print("  ", kw, "best so far", best, flush=True)
    _, kw, bar = best
    res = {k: f(P, k, bar, **kw) for k, P in parts.items()}
    print(f"{args.mode}: picked {kw} bar {bar}: undated dev / test / full {dtf(res)}")


if __name__ == "__main__":
    main()
