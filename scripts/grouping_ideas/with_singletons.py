"""The learned pair scorer trained and checked with unrelated articles mixed in.

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/with_singletons.py --cand H

same_event has only events of 2-3 articles and no singletons, so neighbourhood features
learned there ("is this my best match?") pair every lone article with its best match.
Here the benchmark's 1,000 cached allsides distractors (each its own gold story; a lower
bound, some do share an event) are split by a hash of their id: half A joins the dev
half for training and for picking the threshold; half B is only used for evaluation
(test + B, full + B). Reports undated and dated figures next to the shipped recipe.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from dataclasses import replace

import numpy as np

import common as C
import cv_select as CV
import final as F

G = C.G


def distractors():
    extra = C.bench.load_distractors(1000)
    ev, path = C.cached_vectors(extra)
    if ev is None:
        raise SystemExit(f"no cached distractor vectors at {path}")
    vec = {r["id"]: v for r, v in zip(extra, ev)}
    a = [r for r in extra if int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 2 == 0]
    b = [r for r in extra if int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 2 == 1]
    return a, b, vec


def fit(rows, vecs_of, gold, names, kind, cand_min=0.10):
    return CV.fit(rows, vecs_of, gold, names, kind, cand_min=cand_min, lr_iterations=3000)


def evaluate(rows, vecs, gold, dated, cfg, sim, single_ids=()):
    f1, secs = C.run_part(rows, vecs, gold, dated, cfg, sim)
    return f1, secs


def pulled(rows, vecs, dated, cfg, sim, extra_ids):
    pred = C.group_with(rows, vecs, dated, cfg, sim)
    size = Counter(pred.values())
    return sum(1 for i in extra_ids if size[pred[i]] > 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cand", default="H")
    ap.add_argument("--prefilter", type=float, default=None,
                    help="score only pairs whose shipped mix is at least this (others 0)")
    ap.add_argument("--pick-on", default="dev+A", choices=["dev+A", "dev"])
    args = ap.parse_args()
    name = next(k for k in CV.CANDIDATES if k.startswith(args.cand + " "))
    feats, neigh, kind = CV.CANDIDATES[name]
    names = feats + neigh
    rows, vecs_of, gold, parts = C.load()
    a, b, dvec = distractors()
    vecs = {**vecs_of, **dvec}
    gold = {**gold, **{r["id"]: r["event"] for r in a + b}}
    train = parts["dev"] + a
    model = fit(train, vecs, gold, names, kind)
    print(f"{name}; trained on dev + {len(a)} distractors (A)")
    if kind == "lr":
        print("  standardised coefficients: " + ", ".join(f"{n}={c:+.2f}" for n, c in zip(names, model[-1].coef_[0])))
    sim = F.make_hybrid(model, names, cand_min=args.prefilter)
    base = G.GroupConfig()
    pick_rows = train if args.pick_on == "dev+A" else parts["dev"]
    best = None
    for t in np.arange(0.05, 0.81, 0.025):
        cfg = replace(base, undated_threshold=float(t))
        f1, _ = C.run_part(pick_rows, vecs, gold, False, cfg, sim)
        if best is None or f1 > best[0]:
            best = (f1, float(t))
    cfg = replace(base, undated_threshold=best[1])
    print(f"  undated_threshold picked on {args.pick_on}: {best[1]:.3f}")
    sets = {"dev": parts["dev"], "test": parts["test"], "full": parts["full"],
            "dev+A": train, "test+B": parts["test"] + b, "full+B": parts["full"] + b}
    bids = [r["id"] for r in b]
    for dated in (False, True):
        out = []
        for sn, srows in sets.items():
            f1, secs = C.run_part(srows, vecs, gold, dated, cfg, sim)
            f1s, secs_s = C.run_part(srows, vecs, gold, dated, base, None)
            extra = ""
            if sn == "full+B":
                extra = (f" [B not alone: {pulled(srows, vecs, dated, cfg, sim, bids)} vs shipped "
                         f"{pulled(srows, vecs, dated, base, None, bids)} of {len(bids)}]")
            out.append(f"{sn}={f1:.3f}/{f1s:.3f} ({secs / secs_s:.1f}x){extra}")
        print(f"  {'WITH' if dated else 'WITHOUT'} dates (variant/shipped): " + "  ".join(out), flush=True)


if __name__ == "__main__":
    main()
