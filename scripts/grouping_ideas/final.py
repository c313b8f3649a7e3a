"""The selected recipe end to end: learned pair scorer for pairs with an undated side,
shipped mix for dated pairs, plugged in where grouping._Similarity sits.

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/final.py --cand I

1. Train a logistic regression (standardised features) on dev-half pairs: positives =
   same gold event, negatives = different events with shipped mix >= 0.10.
2. HybridSim.block(rows, cols): dated x dated pairs -> the shipped mix (unchanged);
   any pair with an undated side -> the model's probability.
3. Config = shipped GroupConfig except undated_threshold, picked on dev (grid 0.20-0.80).
   (_pair_edges shifts undated pairs by undated_threshold - threshold and keeps those
   >= floor, so the effective floor for probabilities is undated_threshold - 0.07.)
4. Report dev / test / full, undated and dated, and speed against the shipped grouping.
`--everywhere` uses the model for dated pairs too (threshold, day_penalty picked on dev).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np

import common as C
import cv_select as CV

G = C.G


def make_hybrid(model, names, everywhere=False, cand_min=None):
    class HybridSim:
        def __init__(self, its, cfg):
            self.cfg = cfg
            self.undated = np.array([G.parse_day(it.published) is None for it in its])
            # the regex evidence and neighbourhoods are only needed when a pair has an
            # undated side (all-dated batches cost the shipped mix only)
            self.need = everywhere or bool(self.undated.any())
            self.pf = C.PairFeatures(its, cfg, neigh=self.need, light=not self.need)

        def block(self, rows, cols):
            use = self.undated[rows][:, None] | self.undated[cols][None, :]
            if not everywhere and not use.any():
                return self.pf._mixed(rows, cols)
            f = self.pf.block(rows, cols)
            if cand_min is None:
                p = model.predict_proba(C.stack(f, names))[:, 1].reshape(len(rows), len(cols))
            else:  # only pairs like those the model was trained on (mix >= cand_min)
                m = self.pf._mixed(rows, cols)
                sel = (m >= cand_min).ravel()
                if not everywhere:
                    sel &= use.ravel()
                p = np.zeros(len(rows) * len(cols), dtype=np.float32)
                if sel.any():
                    X = np.stack([f[k].ravel()[sel] for k in names], axis=1).astype(np.float32)
                    p[sel] = model.predict_proba(X)[:, 1]
                p = p.reshape(len(rows), len(cols))
            if everywhere:
                return p.astype(np.float32)
            return np.where(use, p, self.pf._mixed(rows, cols)).astype(np.float32)
    return HybridSim


def timed(part, vecs_of, gold, dated, cfg, sim, reps=3):
    best = None
    for _ in range(reps):
        f1, secs = C.run_part(part, vecs_of, gold, dated, cfg, sim)
        best = secs if best is None else min(best, secs)
    return f1, best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cand", default="I", help="letter of a cv_select.CANDIDATES entry")
    ap.add_argument("--everywhere", action="store_true")
    ap.add_argument("--distractors", type=int, default=1000)
    args = ap.parse_args()
    name = next(k for k in CV.CANDIDATES if k.startswith(args.cand + " "))
    feats, neigh, kind = CV.CANDIDATES[name]
    names = feats + neigh
    rows, vecs_of, gold, parts = C.load()
    t0 = time.perf_counter()
    model = CV.fit(parts["dev"], vecs_of, gold, names, kind)
    print(f"{name}: trained on dev in {time.perf_counter() - t0:.1f}s")
    if kind == "lr":
        lr = model[-1]
        print("  standardised coefficients: " + ", ".join(f"{n}={c:+.2f}" for n, c in zip(names, lr.coef_[0])))
        print(f"  intercept {lr.intercept_[0]:+.3f}")
    sim = make_hybrid(model, names, args.everywhere)
    base = G.GroupConfig()
    best = None
    for t in np.arange(0.05, 0.81, 0.025):
        cfg = replace(base, undated_threshold=float(t))
        f1, _ = C.run_part(parts["dev"], vecs_of, gold, False, cfg, sim)
        if best is None or f1 > best[0]:
            best = (f1, float(t))
    cfg_u = replace(base, undated_threshold=best[1])
    print(f"  undated_threshold picked on dev: {best[1]:.3f}")
    cfg_d = cfg_u
    if args.everywhere:
        bd = None
        for t in np.arange(0.10, 0.71, 0.025):
            for pen in (0.0, 0.05, 0.10, 0.2):
                cfg = replace(cfg_u, threshold=float(t), day_penalty=pen,
                              floor=max(0.02, float(t) - 0.07))
                f1, _ = C.run_part(parts["dev"], vecs_of, gold, True, cfg, sim)
                if bd is None or f1 > bd[0]:
                    bd = (f1, cfg)
        cfg_d = bd[1]
        print(f"  dated picks on dev: threshold {cfg_d.threshold:.3f} day_penalty {cfg_d.day_penalty}")
    for dated, cfg in ((False, cfg_u), (True, cfg_d)):
        out = []
        for pn, part in parts.items():
            f1, secs = timed(part, vecs_of, gold, dated, cfg, sim)
            f1s, secs_s = timed(part, vecs_of, gold, dated, base, None)
            out.append(f"{pn}={f1:.3f} (shipped {f1s:.3f}; {len(part) / secs:.0f}/s vs "
                       f"{len(part) / secs_s:.0f}/s = {secs / secs_s:.1f}x)")
        print(f"  {'WITH' if dated else 'WITHOUT'} dates: " + "  ".join(out), flush=True)
    if args.distractors:
        mixed_check(rows, vecs_of, gold, args.distractors, {False: cfg_u, True: cfg_d}, sim)


def mixed_check(rows, vecs_of, gold, n, cfgs, sim):
    """The benchmark's precision check: n unrelated allsides articles, each its own story."""
    from collections import Counter
    from manysides.stories.metrics import bcubed
    extra = C.bench.load_distractors(n)
    ev, path = C.cached_vectors(extra)
    if ev is None:
        print(f"  (no cached distractor vectors at {path}; skipped)")
        return
    mv = {**vecs_of, **{r["id"]: v for r, v in zip(extra, ev)}}
    mixed = rows + extra
    mgold = {**gold, **{r["id"]: r["event"] for r in extra}}
    for dated in (False, True):
        for label, cfg, s in (("variant", cfgs[dated], sim), ("shipped", G.GroupConfig(), None)):
            pred = C.group_with(mixed, mv, dated, cfg, s)
            size = Counter(pred.values())
            with_extra = {pred[r["id"]] for r in extra}
            joined = sum(1 for r in rows if pred[r["id"]] in with_extra)
            pulled = sum(1 for r in extra if size[pred[r["id"]]] > 1)
            f1 = bcubed(pred, mgold, list(mgold)).f1
            print(f"  +{n} distractors, {'with' if dated else 'without'} dates, {label}: B3 F1 {f1:.3f}; "
                  f"same_event articles with a distractor {joined}/{len(rows)}; distractors not alone "
                  f"{pulled}/{len(extra)}", flush=True)


if __name__ == "__main__":
    main()
