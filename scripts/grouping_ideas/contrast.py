"""Neighbourhood contrast on the shipped mix, no learning.

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/contrast.py --k 2

similarity'(i, j) = m + lam * (m - (b_i + b_j) / 2), where m is the shipped mixed
similarity and b_i is item i's k-th best mixed similarity to any other item in the batch
(its local density). lam, and the threshold, are picked on dev. `--dated-too` also uses
it for dated pairs (otherwise dated pairs keep the shipped score, so the with-dates
figures are the shipped ones by construction).
"""

from __future__ import annotations

import argparse
from dataclasses import replace

import numpy as np

import common as C

G = C.G


def make_sim(k: int, lam: float, dated_too: bool):
    class ContrastSim:
        def __init__(self, its, cfg):
            self.pf = C.PairFeatures([it for it in its], cfg, neigh=True)
            self.undated = np.array([G.parse_day(it.published) is None for it in its])

        def block(self, rows, cols):
            pf = self.pf
            m = pf._mixed(rows, cols)
            b = 0.5 * (pf.kth[rows][:, k - 1][:, None] + pf.kth[cols][:, k - 1][None, :])
            s = m + lam * (m - b)
            if dated_too:
                return s
            use = self.undated[rows][:, None] | self.undated[cols][None, :]
            return np.where(use, s, m)
    return ContrastSim


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=2)
    ap.add_argument("--lams", default="0,0.5,1,2,3")
    ap.add_argument("--dated-too", action="store_true")
    args = ap.parse_args()
    rows, vecs_of, gold, parts = C.load()
    best = None
    for lam in [float(x) for x in args.lams.split(",")]:
        sim = make_sim(args.k, lam, args.dated_too)
        for t in np.arange(-0.20, 1.21, 0.025):
            cfg = C.undated_cfg(float(t), floor=0.05)
            f1, _ = C.run_part(parts["dev"], vecs_of, gold, False, cfg, sim)
            if best is None or f1 > best[0]:
                best = (f1, lam, float(t))
    _, lam, t = best
    sim = make_sim(args.k, lam, args.dated_too)
    cfg_u = C.undated_cfg(t, floor=0.05)
    res = {n: C.run_part(p, vecs_of, gold, False, cfg_u, sim) for n, p in parts.items()}
    print(f"k={args.k} lam={lam} undated threshold={t:.3f} (dev picks): "
          + "  ".join(f"{n}={f:.3f} ({len(parts[n]) / s:.0f}/s)" for n, (f, s) in res.items()))
    base = G.GroupConfig()
    if args.dated_too:
        bestd = None
        for td in np.arange(0.10, 0.71, 0.025):
            for pen in (0.0, 0.05, 0.10):
                cfg = replace(base, threshold=float(td), undated_threshold=max(float(td), t),
                              day_penalty=pen, floor=0.05)
                f1, _ = C.run_part(parts["dev"], vecs_of, gold, True, cfg, sim)
                if bestd is None or f1 > bestd[0]:
                    bestd = (f1, cfg)
        cfg_d = bestd[1]
    else:
        cfg_d = replace(base, undated_threshold=t)
    res = {n: C.run_part(p, vecs_of, gold, True, cfg_d, sim) for n, p in parts.items()}
    print(f"  dated (threshold={cfg_d.threshold:.3f} day_penalty={cfg_d.day_penalty}): "
          + "  ".join(f"{n}={f:.3f} ({len(parts[n]) / s:.0f}/s)" for n, (f, s) in res.items()))


if __name__ == "__main__":
    main()
