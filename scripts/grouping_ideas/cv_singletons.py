"""Model selection on dev + distractors A only (2-fold CV over dev events and A articles).

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/cv_singletons.py [A H ...]
"""
from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np

import common as C
import cv_select as CV
import final as F
import with_singletons as W

G = C.G


def main():
    rows, vecs_of, gold, parts = C.load()
    a, _b, dvec = W.distractors()
    vecs = {**vecs_of, **dvec}
    gold = {**gold, **{r["id"]: r["event"] for r in a}}
    pool = parts["dev"] + a
    folds = [[r for r in pool if CV.fold_of(r["event"]) == k] for k in (0, 1)]
    base = G.GroupConfig()
    ref = [C.run_part(f, vecs, gold, False, base)[0] for f in folds]
    print(f"shipped                                       CV folds {ref[0]:.3f} / {ref[1]:.3f}  mean {np.mean(ref):.3f}", flush=True)
    want = sys.argv[1:] or [k.split()[0] for k in CV.CANDIDATES]
    for letter in want:
        name = next(k for k in CV.CANDIDATES if k.startswith(letter + " "))
        feats, neigh, kind = CV.CANDIDATES[name]
        names = feats + neigh
        scores = []
        for i, j in ((0, 1), (1, 0)):
            model = W.fit(folds[i], vecs, gold, names, kind)
            sim = F.make_hybrid(model, names)
            best = None
            for t in np.arange(0.05, 0.81, 0.025):
                f1, _ = C.run_part(folds[i], vecs, gold, False, replace(base, undated_threshold=float(t)), sim)
                if best is None or f1 > best[0]:
                    best = (f1, float(t))
            scores.append(C.run_part(folds[j], vecs, gold, False, replace(base, undated_threshold=best[1]), sim)[0])
        print(f"{name:45s} CV folds {scores[0]:.3f} / {scores[1]:.3f}  mean {np.mean(scores):.3f}", flush=True)


if __name__ == "__main__":
    main()
