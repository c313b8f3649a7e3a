"""Within-event contrast: learn slant from pairs of articles on one event.

AllSides' corpus comes from its headline roundups, so articles of different leanings
often share a date and a topic. Within such an event, topic is held fixed and what
differs between a right and a left outlet's article is closer to slant than what
differs across the whole corpus (where immigration or crime vocabulary alone reads
"right"). This fits a ranking model (logistic regression, no intercept, on differences
of TF-IDF rows: x_right - x_left -> +1) on the training families' event pairs and
compares, with the shipped recipe's core fit on the same families:

- pair order on held-out families (pairs of unseen-family articles on one event),
- right-of-left order on same_event's BASIL and roundup triplets,
- macro-F1 on the held-out families when the rank score is added to the logits.

Usage: nice -n 10 .venv/bin/python scripts/slant_ideas/event_pairs.py [MIN_COS ...]
"""
from __future__ import annotations

import os
import sys
import time
from collections import defaultdict

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "benchmarks"))
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from slant_eval import scores_by_event, triplet_order

from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper, feature_strings

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ORD = {"left": 0, "lean left": 0, "center": 1, "lean right": 2, "right": 2}


def event_pairs(idx, rows, Xt, min_cos):
    """Cross-leaning pairs (i, j, sign) among rows idx sharing date and topic whose
    TF-IDF cosine clears min_cos; sign = +1 when i is the more right one."""
    buckets = defaultdict(list)
    for i in idx:
        r = rows[i]
        if r.get("date"):
            buckets[(r["date"], r.get("topic"))].append(i)
    out = []
    for members in buckets.values():
        if len(members) < 2:
            continue
        sims = (Xt[members] @ Xt[members].T).toarray()
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                i, j = members[a], members[b]
                li, lj = ORD[rows[i]["leaning"]], ORD[rows[j]["leaning"]]
                if li != lj and sims[a, b] >= min_cos:
                    out.append((i, j, 1 if li > lj else -1))
    return out


def pair_design(pairs, Xt):
    i = np.array([p[0] for p in pairs])
    j = np.array([p[1] for p in pairs])
    s = np.array([p[2] for p in pairs])
    D = Xt[i] - Xt[j]
    # both orientations, so the model has no reason for an intercept
    return sp.vstack([D, -D]).tocsr(), np.concatenate([s > 0, s < 0]).astype(int)


def order_acc(pairs, score):
    return np.mean([(score[i] - score[j]) * s > 0 for i, j, s in pairs]) if pairs else float("nan")


def triplets(arts, score):
    """Share of BASIL and roundup events whose right article scores right of the left ones."""
    by_event, corpus = scores_by_event(arts, score)
    return {name: ok / n for name in ("basil", "allsides-roundup")
            for ok, n in [triplet_order(by_event, corpus, name)]}


def fixed_split_counts():
    """The allsides rows on the fixed family split, stripped of the training outlets'
    names and counted in the candidate vocabulary fit on the training families, and the
    same_event articles counted alike: (rows, fam, y, tr, te, stripper, texts, count
    vectorizer, counts, vocab, same_event articles, their counts)."""
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    tr, te = T.family_split(fam, [r["leaning"] for r in rows])
    st = OutletStripper(T.outlet_names([r for r, k in zip(rows, tr) if k]))
    texts = T.stripped_texts(rows, st)
    cv = CountVectorizer(analyzer=feature_strings, min_df=3, dtype=np.float32)
    cv.fit([t for t, k in zip(texts, tr) if k])
    Xc = cv.transform(texts).tocsr()
    vocab = [None] * len(cv.vocabulary_)
    for term, j in cv.vocabulary_.items():
        vocab[j] = term
    arts = T.load_jsonl(DATA / "same_event" / "articles.jsonl")
    Xse = cv.transform([st.strip(T.article_text(a.get("title"), a["text"])) for a in arts]).tocsr()
    return rows, fam, y, tr, te, st, texts, cv, Xc, vocab, arts, Xse


def main():
    cos_list = [float(a) for a in sys.argv[1:]] or [0.2]
    t0 = time.time()
    rows, fam, y, tr, te, st, texts, cv, Xc, vocab, arts, Xse = fixed_split_counts()
    print(f"counted {time.time() - t0:.0f}s", flush=True)

    tri = np.flatnonzero(tr)
    tei = np.flatnonzero(te)
    base = T.fit_slant_core(Xc[tri], vocab, y[tri], fam[tri], T.SlantConfig())
    vi = {t: i for i, t in enumerate(vocab)}
    L = T.slant_logits(base, Xc, vi)
    Lse = T.slant_logits(base, Xse, vi)
    cols = np.array([vi[t] for t in base.vocab])
    Xt = T.tfidf(Xc[:, cols], base.idf)
    Xtse = T.tfidf(Xse[:, cols], base.idf)
    P = T.softmax(L)
    base_score = P[:, 2] - P[:, 0]
    Pse = T.softmax(Lse)
    print(f"base fit {time.time() - t0:.0f}s; held-out macro-F1 {T.macro_f1(y[te], L[te].argmax(1)):.3f}")
    print(f"base triplets {triplets(arts, Pse[:, 2] - Pse[:, 0])}")

    for min_cos in cos_list:
        ptr = event_pairs(tri, rows, Xt, min_cos)
        pte = event_pairs(tei, rows, Xt, min_cos)
        print(f"\nmin_cos {min_cos}: {len(ptr)} training pairs, {len(pte)} held-out pairs; "
              f"base order on held-out pairs {order_acc(pte, base_score):.3f}", flush=True)
        D, s = pair_design(ptr, Xt)
        for C in (0.5, 2.0, 8.0):
            lr = LogisticRegression(C=C, fit_intercept=False, max_iter=500, tol=1e-4)
            lr.fit(D, s)
            w = lr.coef_.ravel()
            rank = Xt @ w
            rank_se = Xtse @ w
            # mixed: rank score added to the right-minus-left axis of the logits
            out = [f"C={C}: held-out pair order {order_acc(pte, rank):.3f}",
                   f"triplets {triplets(arts, rank_se)}"]
            for alpha in (0.5, 1.0, 2.0):
                Lm = L + alpha * np.outer(rank, [-0.5, 0.0, 0.5])
                Pm = T.softmax(Lm)
                Lsm = Lse + alpha * np.outer(rank_se, [-0.5, 0.0, 0.5])
                Psm = T.softmax(Lsm)
                out.append(f"a={alpha}: F1 {T.macro_f1(y[te], Lm[te].argmax(1)):.3f} "
                           f"pairs {order_acc(pte, Pm[:, 2] - Pm[:, 0]):.3f} "
                           f"tri {triplets(arts, Psm[:, 2] - Psm[:, 0])}")
            print("  " + "\n    ".join(out), flush=True)


if __name__ == "__main__":
    main()
