"""Neighbourhood contrast (no learning), checked with singletons and with big events.

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/contrast2.py --mode penalty --k 2

For pairs with an undated side: s = m + lam * g(m - (b_i + b_j) / 2), m = shipped mix,
b_i = item i's k-th best mix in the batch; g = identity ("both") or min(0, .) ("penalty":
only pairs that are not among both sides' k nearest lose, nothing is boosted, so a lone
article is not pushed onto its best match). Dated pairs keep the shipped score.
lam and undated_threshold are picked on dev + distractors A; reported on same_event
dev/test/full, on test + B / full + B (distractors B, each its own story), and on the
GoogleNews-TS sample of 2-40-article events (lam and threshold re-picked on its dev).
"""
from __future__ import annotations

import argparse
from dataclasses import replace

import numpy as np

import common as C
import sizes_googlenews as S
import with_singletons as W

G = C.G


MU = [0.0]  # weight of the text-date / percentage conflict penalty (set by --mus)


def make_sim(k, lam, mode, mu=None):
    mu = MU[0] if mu is None else mu
    class Contrast:
        def __init__(self, its, cfg):
            self.undated = np.array([G.parse_day(it.published) is None for it in its])
            self.pf = C.PairFeatures(its, cfg, neigh=bool(self.undated.any()), light=False) \
                if self.undated.any() else C.PairFeatures(its, cfg, light=True)

        def block(self, rows, cols):
            m = self.pf._mixed(rows, cols)
            use = self.undated[rows][:, None] | self.undated[cols][None, :]
            if not use.any():
                return m
            b = 0.5 * (self.pf.kth[rows][:, k - 1][:, None] + self.pf.kth[cols][:, k - 1][None, :])
            d = m - b
            if mode == "penalty":
                d = np.minimum(d, 0.0)
            s = m + lam * d
            if mu:
                f = self.pf.block(rows, cols)
                conflict = np.maximum(np.maximum(f["wd_conflict"], f["month_conflict"]), f["pct_conflict"])
                s = s - mu * conflict
            return np.where(use, s, m).astype(np.float32)
    return Contrast


def pick(rows, vecs, gold, k, lams, mode, base, mus=(None,)):
    best = None
    for mu in mus:
        for lam in lams:
            sim = make_sim(k, lam, mode, mu)
            for t in np.arange(0.10, 0.81, 0.025):
                f1, _ = C.run_part(rows, vecs, gold, False, replace(base, undated_threshold=float(t)), sim)
                if best is None or f1 > best[0]:
                    best = (f1, lam, float(t), mu)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=2)
    ap.add_argument("--mode", default="penalty", choices=["penalty", "both"])
    ap.add_argument("--lams", default="0,0.5,1,2,3")
    ap.add_argument("--no-googlenews", action="store_true")
    ap.add_argument("--mus", default="0", help="conflict-penalty weights to try (dev+A pick)")
    args = ap.parse_args()
    lams = [float(x) for x in args.lams.split(",")]
    rows, vecs_of, gold, parts = C.load()
    a, b, dvec = W.distractors()
    vecs = {**vecs_of, **dvec}
    gold = {**gold, **{r["id"]: r["event"] for r in a + b}}
    base = G.GroupConfig()
    mus = [float(x) for x in args.mus.split(",")]
    f1, lam, t, mu = pick(parts["dev"] + a, vecs, gold, args.k, lams, args.mode, base, mus)
    MU[0] = mu
    print(f"  conflict penalty mu={mu} (dev+A pick)")
    cfg = replace(base, undated_threshold=t)
    sim = make_sim(args.k, lam, args.mode)
    sets = {"dev": parts["dev"], "test": parts["test"], "full": parts["full"],
            "test+B": parts["test"] + b, "full+B": parts["full"] + b}
    bids = [r["id"] for r in b]
    out = []
    for sn, srows in sets.items():
        f, secs = C.run_part(srows, vecs, gold, False, cfg, sim)
        fs, secs_s = C.run_part(srows, vecs, gold, False, base, None)
        out.append(f"{sn}={f:.3f}/{fs:.3f} ({secs / secs_s:.1f}x)")
    nb = W.pulled(parts["full"] + b, vecs, False, cfg, sim, bids)
    print(f"{args.mode} k={args.k}: lam={lam} undated_threshold={t:.3f} (dev+A F1 {f1:.3f})  "
          f"undated variant/shipped: " + "  ".join(out) + f"  [B not alone {nb}/{len(bids)}, shipped 30]")
    fd = {sn: C.run_part(srows, vecs, gold, True, cfg, sim)[0] for sn, srows in sets.items()}
    print("  with dates: " + "  ".join(f"{k}={v:.3f}" for k, v in fd.items()))
    if not args.no_googlenews:
        gparts, _sizes, gvecs, ggold = S.sample()
        for w in (0.4, 1.0):
            gb = replace(base, dense_weight=w)
            f1g, lamg, tg, _ = pick(gparts["dev"], gvecs, ggold, args.k, lams, args.mode, gb)
            ft, _ = C.run_part(gparts["test"], gvecs, ggold, False, replace(gb, undated_threshold=tg),
                               make_sim(args.k, lamg, args.mode))
            f0, _, t0, _ = pick(gparts["dev"], gvecs, ggold, args.k, [0.0], args.mode, gb)
            fs, _ = C.run_part(gparts["test"], gvecs, ggold, False, replace(gb, undated_threshold=t0), None)
            print(f"  googlenews 2-40 sizes w={w}: lam={lamg} thr={tg:.3f} test={ft:.3f}  (shipped mix, thr {t0:.3f}: {fs:.3f})")


if __name__ == "__main__":
    main()
