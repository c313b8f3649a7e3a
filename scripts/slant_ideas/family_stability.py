"""Slant with features selected by their stability across outlet families.

    nice -n 10 .venv/bin/python scripts/slant_ideas/family_stability.py [K] [--all-only]   # ~20 min, quiet machine

A feature that says "right" in one group of outlets and "left" in another is an outlet's
habit, not slant; one that points the same way in every group of families should carry over
to families the model never saw. Inside each fit (the shipped recipe's feature filter first),
the training families are split at random (seed 13) into K disjoint groups (default 4), the
shipped LR is fitted on each group alone, and a feature is kept when the sign of its
right-minus-left coefficient, or of its center-minus-the-others one, is the same in all K group
fits ("K of K") or in all but one ("K-1 of K"; left out with --all-only); the shipped LR is
then fitted on the kept features. Prints, for the shipped recipe and both variants on the same folds: the inner 3-fold
GroupKFold-by-family macro-F1 on the training families of the fixed split (raw and with the
tuned class bias), and the macro-F1 on the fixed split's held-out families of a fit on all
training families with that bias, as plain_features.py does. The candidate counts are cached
in /tmp/slant_emb/fixed_counts.npz.
"""
import os
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from sklearn.model_selection import GroupKFold  # noqa: E402

from manysides.nlp import slant_train as T  # noqa: E402

CACHE = Path("/tmp/slant_emb/fixed_counts.npz")


def counts():
    if CACHE.exists():
        z = np.load(CACHE, allow_pickle=False)
        X = sp.csr_matrix((z["d"], z["i"], z["p"]), shape=tuple(z["s"]))
        return X, list(z["vocab"]), z["fam"], z["y"], z["tr"], z["te"]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from event_pairs import fixed_split_counts

    _, fam, y, tr, te, _, _, _, X, vocab, _, _ = fixed_split_counts()
    CACHE.parent.mkdir(exist_ok=True)
    np.savez(CACHE, d=X.data, i=X.indices, p=X.indptr, s=np.array(X.shape), vocab=np.array(vocab), fam=fam, y=y,
             tr=tr, te=te)
    return X, vocab, fam, y, tr, te


def stable_fit(Xc, vocab, y, fam, cfg, k, slack):
    """The shipped core fit on the features whose class direction holds in every group of families."""
    idx = T.select_features(Xc, fam, cfg)
    Xs = Xc[:, idx]
    fams = np.unique(fam)
    rng = np.random.default_rng(T.SEED)
    group_of = dict(zip(rng.permutation(fams), np.arange(len(fams)) % k))
    g = np.array([group_of[f] for f in fam])
    signs = []
    for j in range(k):
        m = g == j
        idf = T.smooth_idf(Xs[m])
        lr = T._fit_lr(T.tfidf(Xs[m], idf), y[m], T.sample_weights(y[m], fam[m], cfg.family_power), cfg.C)
        c = lr.coef_
        signs.append(np.vstack([np.sign(c[2] - c[0]), np.sign(c[1] - (c[0] + c[2]) / 2)]))
    S = np.stack(signs)  # groups x 2 contrasts x features
    agree = np.maximum((S > 0).sum(0), (S < 0).sum(0)) >= k - slack
    keep = agree.any(0)
    kept = [vocab[i] for i in idx[keep]]
    sub = Xs[:, keep]
    idf = T.smooth_idf(sub)
    lr = T._fit_lr(T.tfidf(sub, idf), y, T.sample_weights(y, fam, cfg.family_power), cfg.C)
    return T.SlantFit(vocab=kept, idf=idf, coef=lr.coef_.astype(np.float32),
                      intercept=lr.intercept_.astype(np.float32), bias=np.zeros(3, dtype=np.float32),
                      temperature=1.0, config=cfg), int(keep.sum()), len(idx)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    k = int(args[0]) if args else 4
    slacks = (0,) if "--all-only" in sys.argv else (0, 1)
    t0 = time.time()
    X, vocab, fam, y, tr, te = counts()
    vi = {t: i for i, t in enumerate(vocab)}
    print(f"counts {X.shape} ({time.time() - t0:.0f}s)", flush=True)
    cfg = T.SlantConfig()
    Xtr, ytr, ftr = X[tr], y[tr], fam[tr]
    fits = {"shipped": lambda a: (T.fit_slant_core(Xtr[a], vocab, ytr[a], ftr[a], cfg), 0, 0)}
    for slack in slacks:
        fits[f"stable in {k - slack} of {k} groups"] = (
            lambda a, slack=slack: stable_fit(Xtr[a], vocab, ytr[a], ftr[a], cfg, k, slack))
    everything = np.arange(len(ytr))
    for name, fit in fits.items():
        oof = np.zeros((len(ytr), 3))
        kept = []
        for a, b in GroupKFold(3).split(Xtr, ytr, ftr):
            f, nk, n = fit(a)
            kept.append(f"{nk}/{n}")
            oof[b] = T.slant_logits(f, Xtr[b], vi)
        bias = T.tune_bias(oof, ytr)
        whole, nk, n = fit(everything)
        held = T.slant_logits(whole, X[te], vi) + bias
        print(f"{name}: features kept {' '.join(kept)} (whole: {nk}/{n}); inner macro-F1 raw "
              f"{T.macro_f1(ytr, oof.argmax(1)):.3f} tuned {T.macro_f1(ytr, (oof + bias).argmax(1)):.3f}; "
              f"held-out families (fixed split) {T.macro_f1(y[te], held.argmax(1)):.3f} "
              f"accuracy {np.mean(held.argmax(1) == y[te]):.3f} ({time.time() - t0:.0f}s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
