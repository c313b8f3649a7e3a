"""Idea 1 (+2, +3 as features): a learned pair scorer used as the pair similarity.

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/learned_pairs.py \
        --model lr --features all

Trains on dev-half pairs only (positives: same gold event; negatives: different events
whose shipped mixed similarity is >= --cand, i.e. the pairs grouping actually has to
decide), then plugs the model's probability into grouping.group() in place of
_Similarity.block (same _pair_edges, same average linkage). Thresholds (and, with dates,
day_penalty) are picked on dev; figures are printed for dev / test / full, with and
without dates, next to the shipped recipe.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np

import common as C

G = C.G


def pair_table(rows, vecs_of, gold, cfg, names):
    its = C.items(rows, vecs_of, False)
    order = sorted(range(len(its)), key=lambda k: its[k].id)  # canonical order undated = id
    its = [its[k] for k in order]
    pf = C.PairFeatures(its, cfg, neigh=NEIGH_ON[0])
    idx = np.arange(len(its))
    f = pf.block(idx, idx)
    ev = np.array([gold[it.id] for it in its])
    y = (ev[:, None] == ev[None, :])
    iu = np.triu_indices(len(its), 1)
    X = C.stack({k: v[iu] for k, v in f.items()}, names)
    w = cfg.dense_weight
    mixed = w * f["dense"][iu] + (1 - w) * f["lex"][iu]
    return X, y[iu], mixed


NEIGH_ON = [False]


def make_sim(model, names, transform):
    class LearnedSim:
        def __init__(self, its, cfg):
            self.pf = C.PairFeatures(its, cfg, neigh=NEIGH_ON[0])

        def block(self, rows, cols):
            f = self.pf.block(rows, cols)
            X = C.stack(f, names)
            p = model.predict_proba(X)[:, 1]
            return transform(p).reshape(len(rows), len(cols)).astype(np.float32)
    return LearnedSim


def score_all(parts, vecs_of, gold, dated, cfg, sim):
    out = {}
    speed = {}
    for name, part in parts.items():
        f1, secs = C.run_part(part, vecs_of, gold, dated, cfg, sim)
        out[name], speed[name] = f1, len(part) / secs
    return out, speed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="lr", choices=["lr", "hgb"])
    ap.add_argument("--features", default="all")
    ap.add_argument("--cand", type=float, default=0.10)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--score", default="prob", choices=["prob", "sqrt"])
    ap.add_argument("--neigh", action="store_true", help="add neighbourhood-rank features")
    ap.add_argument("--neigh-feats", default="default")
    ap.add_argument("--skip-dated", action="store_true")
    args = ap.parse_args()

    rows, vecs_of, gold, parts = C.load()
    base = G.GroupConfig()
    names = C.FEATURES if args.features == "all" else args.features.split(",")
    if args.neigh:
        names = names + (C.NEIGH if args.neigh_feats == "default" else args.neigh_feats.split(","))
        NEIGH_ON[0] = True
    X, y, mixed = pair_table(parts["dev"], vecs_of, gold, base, names)
    keep = y | (mixed >= args.cand)
    X, y = X[keep], y[keep]
    print(f"dev training pairs: {len(y)} ({int(y.sum())} positive); features: {names}")
    t0 = time.perf_counter()
    if args.model == "lr":
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
        model = make_pipeline(StandardScaler(), LogisticRegression(C=args.C, max_iter=2000))
        model.fit(X, y)
        coef = model[-1].coef_[0]
        print("  coefficients (standardised):",
              ", ".join(f"{n}={c:+.2f}" for n, c in zip(names, coef)))
    else:
        from sklearn.ensemble import HistGradientBoostingClassifier
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                               min_samples_leaf=40, l2_regularization=1.0,
                                               random_state=0)
        model.fit(X, y)
    print(f"  fit in {time.perf_counter() - t0:.1f}s")
    transform = (lambda p: p) if args.score == "prob" else np.sqrt
    sim = make_sim(model, names, transform)

    results = {}
    # undated: pick threshold on dev
    best = None
    for t in np.arange(0.10, 0.81, 0.025):
        cfg = C.undated_cfg(float(t), floor=0.02)
        f1, _ = C.run_part(parts["dev"], vecs_of, gold, False, cfg, sim)
        if best is None or f1 > best[0]:
            best = (f1, float(t))
    cfg_u = C.undated_cfg(best[1], floor=0.02)
    results["undated"] = score_all(parts, vecs_of, gold, False, cfg_u, sim)
    print(f"  undated: threshold {best[1]:.3f} (dev pick)  "
          + "  ".join(f"{k}={v:.3f}" for k, v in results['undated'][0].items())
          + "  art/s " + " ".join(f"{v:.0f}" for v in results['undated'][1].values()))
    if not args.skip_dated:
        best = None
        for t in np.arange(0.10, 0.71, 0.05):
            for pen in (0.0, 0.05, 0.10, 0.2):
                cfg = replace(base, threshold=float(t), undated_threshold=max(float(t), cfg_u.threshold),
                              day_penalty=pen, floor=0.02)
                f1, _ = C.run_part(parts["dev"], vecs_of, gold, True, cfg, sim)
                if best is None or f1 > best[0]:
                    best = (f1, cfg)
        results["dated"] = score_all(parts, vecs_of, gold, True, best[1], sim)
        print(f"  dated: threshold {best[1].threshold:.3f} day_penalty {best[1].day_penalty} (dev pick)  "
              + "  ".join(f"{k}={v:.3f}" for k, v in results['dated'][0].items())
              + "  art/s " + " ".join(f"{v:.0f}" for v in results['dated'][1].values()))


if __name__ == "__main__":
    main()
