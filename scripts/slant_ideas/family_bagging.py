"""Slant from a bag of models, each fit without a random fifth of the training families.

    nice -n 10 .venv/bin/python scripts/slant_ideas/family_bagging.py [MODELS]

Bagging by outlet family is a common way to make a model lean less on any one source's
style: each of MODELS (default 5) fits leaves out a random 20% of the families it is
given (seed 13 + k), and the bag's logits are the mean of the members'. Prints the inner
3-fold GroupKFold-by-family macro-F1 on the training families of the fixed split, for the
shipped single fit and for the bag on the same folds (raw and with the tuned class bias),
as slant_exp.py prints for the shipped recipe (0.473 / 0.475).
"""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from pathlib import Path  # noqa: E402

from sklearn.model_selection import GroupKFold  # noqa: E402

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant_features import OutletStripper  # noqa: E402

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def main() -> int:
    models = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    tr, _ = T.family_split(fam, [r["leaning"] for r in rows])
    trrows = [r for r, k in zip(rows, tr) if k]
    st = OutletStripper(T.outlet_names(trrows))
    t0 = time.time()
    Xc, vocab = T.count_matrix(T.stripped_texts(trrows, st), min_df=3)
    vi = {t: i for i, t in enumerate(vocab)}
    cfg = T.SlantConfig()
    ytr, ftr = y[tr], fam[tr]
    single, bag = np.zeros((len(ytr), 3)), np.zeros((len(ytr), 3))
    for a, b in GroupKFold(3).split(Xc, ytr, ftr):
        single[b] = T.slant_logits(T.fit_slant_core(Xc[a], vocab, ytr[a], ftr[a], cfg), Xc[b], vi)
        fams = np.unique(ftr[a])
        for k in range(models):
            rng = np.random.default_rng(13 + k)
            keep = set(rng.choice(fams, int(round(0.8 * len(fams))), replace=False))
            sub = a[np.array([f in keep for f in ftr[a]])]
            bag[b] += T.slant_logits(T.fit_slant_core(Xc[sub], vocab, ytr[sub], ftr[sub], cfg), Xc[b], vi) / models
        print(f"fold done ({time.time() - t0:.0f}s)", flush=True)
    for name, oof in (("shipped single fit", single), (f"bag of {models}", bag)):
        bias = T.tune_bias(oof, ytr)
        print(f"{name}: inner macro-F1 raw {T.macro_f1(ytr, oof.argmax(1)):.3f} "
              f"tuned {T.macro_f1(ytr, (oof + bias).argmax(1)):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
