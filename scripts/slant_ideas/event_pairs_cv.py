"""Within-event contrast, chosen fairly: the rank model of event_pairs.py added to the
shipped recipe's logits, with its settings (pair similarity bar, C, weight) and the class
bias picked by inner 3-fold GroupKFold-by-family on the training families only, then
reported on the held-out families, for the fixed split and four more (the seeds of
benchmarks/slant_eval.py --other-splits).

Usage: nice -n 10 .venv/bin/python scripts/slant_ideas/event_pairs_cv.py [N_SPLITS]
"""
from __future__ import annotations

import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_pairs import DATA, event_pairs, pair_design, triplets
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper

AXIS = np.array([-0.5, 0.0, 0.5])
COS = (0.15, 0.25, 0.35)
CS = (0.5, 2.0)
ALPHAS = (0.0, 0.5, 1.0, 2.0, 4.0)


def fit_parts(Xc, vocab, rows_idx, rows, y, fam, min_cos, C):
    """Base core fit on rows_idx, and one rank model per (min_cos, C)."""
    base = T.fit_slant_core(Xc[rows_idx], vocab, y[rows_idx], fam[rows_idx], T.SlantConfig())
    vi = {t: i for i, t in enumerate(vocab)}
    cols = np.array([vi[t] for t in base.vocab])
    Xt = T.tfidf(Xc[rows_idx][:, cols], base.idf)
    local = {g: k for k, g in enumerate(rows_idx)}
    ranks = {}
    for mc in min_cos:
        pairs = event_pairs(list(rows_idx), rows, _Rows(Xt, local), mc)
        pairs = [(local[i], local[j], s) for i, j, s in pairs]
        D, s = pair_design(pairs, Xt)
        for c in C:
            lr = LogisticRegression(C=c, fit_intercept=False, max_iter=500, tol=1e-4)
            lr.fit(D, s)
            ranks[(mc, c)] = lr.coef_.ravel().astype(np.float32)
    return base, cols, ranks


class _Rows:
    """Index a local TF-IDF matrix by global row ids (for event_pairs)."""

    def __init__(self, X, local):
        self.X, self.local = X, local

    def __getitem__(self, ids):
        return self.X[[self.local[i] for i in ids]]


def scores(base, cols, ranks, Xc, idx, vi):
    L = T.slant_logits(base, Xc[idx], vi)
    Xt = T.tfidf(Xc[idx][:, cols], base.idf)
    return L, {k: Xt @ w for k, w in ranks.items()}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    arts = T.load_jsonl(DATA / "same_event" / "articles.jsonl")
    res = []
    for k in range(n):
        t0 = time.time()
        tr, te = T.family_split(fam, [r["leaning"] for r in rows], seed=T.SEED + 1000 * k)
        st = OutletStripper(T.outlet_names([r for r, keep in zip(rows, tr) if keep]))
        Xc, vocab = T.count_matrix(T.stripped_texts(rows, st), min_df=3)
        vi = {t: i for i, t in enumerate(vocab)}
        tri = np.flatnonzero(tr)
        # inner CV over training families
        oofL = np.zeros((len(tri), 3))
        oofR = {(mc, c): np.zeros(len(tri)) for mc in COS for c in CS}
        for a, b in GroupKFold(3).split(tri, y[tri], fam[tri]):
            base, cols, ranks = fit_parts(Xc, vocab, tri[a], rows, y, fam, COS, CS)
            L, R = scores(base, cols, ranks, Xc, tri[b], vi)
            oofL[b] = L
            for key, r in R.items():
                oofR[key][b] = r
        best = None
        for key, r in oofR.items():
            for al in ALPHAS:
                Lm = oofL + al * np.outer(r, AXIS)
                bias = T.tune_bias(Lm, y[tri])
                f1 = T.macro_f1(y[tri], (Lm + bias).argmax(1))
                if al == 0.0:
                    base_inner = (f1, bias)
                if best is None or f1 > best[0] + 1e-9:
                    best = (f1, key, al, bias)
        f1_in, key, al, bias = best
        base, cols, ranks = fit_parts(Xc, vocab, tri, rows, y, fam, (key[0],), (key[1],))
        tei = np.flatnonzero(te)
        L, R = scores(base, cols, ranks, Xc, tei, vi)
        r = R[key]
        f_base = T.macro_f1(y[te], (L + base_inner[1]).argmax(1))
        f_new = T.macro_f1(y[te], (L + al * np.outer(r, AXIS) + bias).argmax(1))
        Lse, Rse = scores(base, cols, ranks, _se_counts(arts, st, vocab), np.arange(len(arts)), vi)
        Pb = T.softmax(Lse + base_inner[1])
        Pn = T.softmax(Lse + al * np.outer(Rse[key], AXIS) + bias)
        res.append((f_base, f_new))
        print(f"split {k}: inner base {base_inner[0]:.3f}, best {f1_in:.3f} at cos {key[0]} C {key[1]} alpha {al}; "
              f"held-out macro-F1 base {f_base:.3f} -> {f_new:.3f}; triplets base "
              f"{triplets(arts, Pb[:, 2] - Pb[:, 0])} -> {triplets(arts, Pn[:, 2] - Pn[:, 0])} "
              f"({time.time() - t0:.0f}s)", flush=True)
    b, m = np.mean(res, axis=0)
    print(f"mean held-out macro-F1: base {b:.3f}, with event contrast {m:.3f}")


def _se_counts(arts, st, vocab):
    from sklearn.feature_extraction.text import CountVectorizer

    from manysides.nlp.slant_features import feature_strings

    cv = CountVectorizer(analyzer=feature_strings, vocabulary={t: i for i, t in enumerate(vocab)},
                         dtype=np.float32)
    return cv.transform([st.strip(T.article_text(a.get("title"), a["text"])) for a in arts]).tocsr()


if __name__ == "__main__":
    main()
