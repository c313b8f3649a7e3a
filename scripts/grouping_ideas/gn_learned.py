"""The learned scorer (trained on same_event dev + distractors A) on GoogleNews-TS events
of 2-40 articles: does a model learned on 3-article events break bigger events?

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/grouping_ideas/gn_learned.py --cand L

Only the undated threshold is picked on the GoogleNews dev sample (as the dev-tuned
googlenews run does for the shipped recipe); the shipped mix gets the same treatment.
Texts are lower-cased snippets without titles: the name/month/weekday features are silent.
"""
from __future__ import annotations

import argparse
from dataclasses import replace

import numpy as np

import common as C
import cv_select as CV
import final as F
import sizes_googlenews as S
import with_singletons as W


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cand", default="L")
    ap.add_argument("--skip-shipped", action="store_true")
    args = ap.parse_args()
    name = next(k for k in CV.CANDIDATES if k.startswith(args.cand + " "))
    feats, neigh, kind = CV.CANDIDATES[name]
    rows, vecs_of, gold, parts = C.load()
    a, _b, dvec = W.distractors()
    vecs = {**vecs_of, **dvec}
    g = {**gold, **{r["id"]: r["event"] for r in a}}
    model = W.fit(parts["dev"] + a, vecs, g, feats + neigh, kind)
    gparts, sizes, gvecs, ggold = S.sample()
    base = C.G.GroupConfig()
    runs = [] if args.skip_shipped else [("shipped mix", None)]
    runs.append((name, F.make_hybrid(model, feats + neigh)))
    for label, sim in runs:
        for w in (0.4, 1.0):
            best = None
            for t in [0.001, 0.003, 0.01, 0.02, 0.03] + list(np.arange(0.05, 0.81, 0.025)):
                cfg = replace(base, dense_weight=w, undated_threshold=float(t))
                f1, _ = C.run_part(gparts["dev"], gvecs, ggold, False, cfg, sim)
                if best is None or f1 > best[0]:
                    best = (f1, float(t))
            cfg = replace(base, dense_weight=w, undated_threshold=best[1])
            f1t, _ = C.run_part(gparts["test"], gvecs, ggold, False, cfg, sim)
            print(f"{label:50s} w={w} thr={best[1]:.3f}  dev={best[0]:.3f}  test={f1t:.3f}", flush=True)


if __name__ == "__main__":
    main()
