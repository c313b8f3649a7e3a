"""Slant as an ordered scale, and slant with the topic held fixed (session 43).

    nice -n 10 .venv/bin/python scripts/slant_ideas/ordinal_topic.py [VARIANT ...]            # inner folds
    nice -n 10 .venv/bin/python scripts/slant_ideas/ordinal_topic.py --splits 5 VARIANT ...   # held out

Every variant uses the shipped features (outlet stripper, identifier filter, sublinear TF-IDF)
and is compared with the shipped recipe (multinomial LR, C=4, class-balanced weights) on the same
folds: inner 3-fold GroupKFold by outlet family on the fixed split's training families, the class
bias tuned on those out-of-fold logits (`T.tune_bias`), a temperature fitted on them too (so the
inner ECE is in-sample for the temperature, alike for every variant).

Ordinal (left < center < right; "center" the middle of one scale rather than a third topic):
- `po`: proportional odds (cumulative logit), one weight vector w and two thresholds t1 < t2:
  P(y <= k) = sigmoid(t_k - x.w); L2 on w (sklearn's convention: C x weighted log-loss + |w|^2/2,
  C=4, the shipped class-balanced sample weights), L-BFGS (scipy) on the sparse TF-IDF.
- `two_lr`: two binary LRs, "right of left" (y >= center) and "right of center" (y = right),
  same weights and C; P(left) = 1 - p1, P(right) = p2, P(center) = p1 - p2 (floored at 1e-6).
Both give log-probabilities as logits, so the class bias and temperature are tuned as shipped.

Topic held fixed (the AllSides `topic` field; 108 topics):
- `topic_w`: sample weights giving each class the same total weight within every topic (a topic's
  total kept), then classes rescaled to equal totals as shipped; `topic_w20` the same with 20
  pseudo-articles per (topic, class) cell, so a topic with 3 center articles does not give each
  the weight of a hundred.
- `topic_fe`: topic fixed effects: a one-hot topic column per topic (scaled by 10 so that L2
  hardly holds it back) beside the TF-IDF, so per-topic class intercepts take up each topic's
  mix of outlets; scored without the topic (its columns' training-frequency-weighted mean added
  to the intercept), as the product must score text whose topic it does not know.
- `topic_c`: TF-IDF rows centred on their topic's mean (training rows' means), dense; scored
  uncentred (the product's case) and, as `topic_c*`, centred on the topic's training mean (needs
  the topic: an upper bound, not something the scorer could do).

`--splits N [--shared-count]`: for the fixed split and N-1 further ones (seeds of `benchmarks/slant_eval.py
--other-splits`), the shipped recipe and each named variant fitted on the training families with
the bias and temperature of their own inner folds, scored on the held-out families: macro-F1,
per-class recall, ECE.

Counts of the fixed split are cached in $SLANT_CACHE (default /tmp/manysides-slant-ordinal).
"""
from __future__ import annotations

import os
import sys
import time

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from pathlib import Path  # noqa: E402

from scipy.optimize import minimize  # noqa: E402
from scipy.special import expit, log_expit  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant_features import OutletStripper  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from slant_eval import ece  # noqa: E402  (the benchmark's calibration error, the same bins)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CACHE = Path(os.environ.get("SLANT_CACHE", "/tmp/manysides-slant-ordinal"))
C = T.SlantConfig().C
TOPIC_SCALE = 10.0
EPS = 1e-6


# --- ordinal models -------------------------------------------------------------------------


def po_loss_grad(params: np.ndarray, X: sp.csr_matrix, y: np.ndarray, sw: np.ndarray, c: float):
    """Weighted negative log-likelihood of the proportional-odds model x C, plus |w|^2 / 2."""
    V = X.shape[1]
    w, t1, d = params[:V], params[V], params[V + 1]
    t2 = t1 + np.exp(d)
    s = X @ w
    a, b = t1 - s, t2 - s
    sa, sb = expit(a), expit(b)
    nll = np.empty(len(y))
    gs = np.empty(len(y))  # d nll / d s
    g1 = np.zeros(len(y))  # d nll / d t1
    g2 = np.zeros(len(y))  # d nll / d t2
    m0, m1, m2 = y == 0, y == 1, y == 2
    nll[m0] = -log_expit(a[m0])
    gs[m0] = 1 - sa[m0]
    g1[m0] = -(1 - sa[m0])
    nll[m2] = -log_expit(-b[m2])
    gs[m2] = -sb[m2]
    g2[m2] = sb[m2]
    p = np.maximum(sb[m1] - sa[m1], 1e-12)
    nll[m1] = -np.log(p)
    da = sa[m1] * (1 - sa[m1]) / p
    db = -sb[m1] * (1 - sb[m1]) / p
    g1[m1], g2[m1] = da, db
    gs[m1] = -(da + db)
    loss = c * float(sw @ nll) + 0.5 * float(w @ w)
    gw = c * (X.T @ (sw * gs)) + w
    gt1 = c * float(sw @ (g1 + g2))
    gd = c * float(sw @ g2) * np.exp(d)
    return loss, np.concatenate([gw, [gt1, gd]])


def fit_po(X: sp.csr_matrix, y: np.ndarray, sw: np.ndarray, c: float = C):
    V = X.shape[1]
    x0 = np.zeros(V + 2)
    x0[V], x0[V + 1] = -0.7, np.log(1.4)  # thresholds at the balanced classes' thirds
    res = minimize(po_loss_grad, x0, args=(X.astype(np.float64), y, sw, c), jac=True, method="L-BFGS-B",
                   options={"maxiter": 1000, "gtol": 1e-5})
    w, t1, d = res.x[:V], res.x[V], res.x[V + 1]
    return w, t1, t1 + np.exp(d)


def po_logprob(model, X: sp.csr_matrix) -> np.ndarray:
    w, t1, t2 = model
    s = X @ w
    c1, c2 = expit(t1 - s), expit(t2 - s)
    P = np.stack([c1, np.maximum(c2 - c1, EPS), 1 - c2], axis=1)
    return np.log(np.maximum(P, EPS))


def fit_two_lr(X, y, sw, c: float = C):
    out = []
    for k in (1, 2):
        lr = LogisticRegression(C=c, max_iter=300, tol=1e-3, random_state=T.SEED)
        lr.fit(X, (y >= k).astype(int), sample_weight=sw)
        out.append(lr)
    return out


def two_lr_logprob(model, X) -> np.ndarray:
    p1 = model[0].predict_proba(X)[:, 1]
    p2 = model[1].predict_proba(X)[:, 1]
    P = np.stack([1 - p1, np.maximum(p1 - p2, EPS), p2], axis=1)
    return np.log(np.maximum(P, EPS))


# --- topic held fixed -----------------------------------------------------------------------


def topic_weights(y: np.ndarray, fam: np.ndarray, topics: np.ndarray, pseudo: float = 0.0) -> np.ndarray:
    """Each class weighs the same within every topic (the topic's total kept), then the
    shipped class balance on top."""
    w = np.ones(len(y))
    for t in np.unique(topics):
        m = topics == t
        present = np.unique(y[m])
        for c in present:
            mc = m & (y == c)
            w[mc] = m.sum() / (len(present) * (mc.sum() + pseudo))
    for c in np.unique(y):
        m = y == c
        w[m] *= 1.0 / w[m].sum()
    return w * (len(w) / w.sum())


def topic_onehot(topics: np.ndarray, names: list[str]) -> sp.csr_matrix:
    idx = {t: i for i, t in enumerate(names)}
    cols = np.array([idx.get(t, -1) for t in topics])
    ok = cols >= 0
    return sp.csr_matrix((np.full(ok.sum(), TOPIC_SCALE), (np.flatnonzero(ok), cols[ok])),
                         shape=(len(topics), len(names)))


def topic_means(X: sp.csr_matrix, topics: np.ndarray) -> tuple[list[str], np.ndarray]:
    names = sorted(set(topics.tolist()))
    O = topic_onehot(topics, names) / TOPIC_SCALE
    sizes = np.asarray(O.sum(axis=0)).ravel()
    M = np.asarray((sp.diags(1 / sizes) @ O.T @ X).todense())
    return names, M


def fit_centred_lr(X: sp.csr_matrix, topics: np.ndarray, y: np.ndarray, sw: np.ndarray, c: float = C):
    """Multinomial LR on the topic-centred rows X - M[topic] without forming them (they are
    dense): Z = X W' - O (M W') + b, O the topic one-hot. sklearn's objective (C x weighted
    log-loss + |W|^2 / 2, intercept free), L-BFGS. Returns (W, b, topic names, M)."""
    tn, M = topic_means(X, topics)
    O = topic_onehot(topics, tn) / TOPIC_SCALE
    X = X.astype(np.float64)
    n, V = X.shape
    Y = np.zeros((n, 3))
    Y[np.arange(n), y] = 1.0

    def f(params):
        W, b = params[: 3 * V].reshape(3, V), params[3 * V :]
        Z = X @ W.T - O @ (M @ W.T) + b
        Z -= Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        G = c * sw[:, None] * (np.exp(logp) - Y)
        gW = (X.T @ G - M.T @ (O.T @ G)).T + W
        loss = -c * float(sw @ (logp * Y).sum(axis=1)) + 0.5 * float((W * W).sum())
        return loss, np.concatenate([gW.ravel(), G.sum(axis=0)])

    # sklearn scales the objective by 1 / sum(sw) and stops at max_iter=300, tol=1e-3: the same here
    scale = 1.0 / float(sw.sum())

    def g(params):
        loss, grad = f(params)
        return loss * scale, grad * scale

    res = minimize(g, np.zeros(3 * V + 3), jac=True, method="L-BFGS-B", options={"maxiter": 300, "gtol": 1e-3})
    return res.x[: 3 * V].reshape(3, V), res.x[3 * V :], tn, M


# --- one fold -------------------------------------------------------------------------------


def design(Xc_tr, vocab, y_tr, f_tr):
    """The shipped feature selection and TF-IDF of a training block."""
    cfg = T.SlantConfig()
    idx = T.select_features(Xc_tr, f_tr, cfg)
    idf = T.smooth_idf(Xc_tr[:, idx])
    return idx, idf


def fit_variants(names, Xc, vocab, y, fam, topics, tr, te):
    """Logits of rows `te` for each variant, fitted on rows `tr`."""
    idx, idf = design(Xc[tr], vocab, y[tr], fam[tr])
    Xtr = T.tfidf(Xc[tr][:, idx], idf)
    Xte = T.tfidf(Xc[te][:, idx], idf)
    ytr, ftr, ttr, tte = y[tr], fam[tr], topics[tr], topics[te]
    sw = T.sample_weights(ytr, ftr, 0.0)
    out = {}
    for name in names:
        t0 = time.time()
        if name == "shipped":
            lr = T._fit_lr(Xtr, ytr, sw, C)
            out[name] = lr.decision_function(Xte)
        elif name == "po":
            out[name] = po_logprob(fit_po(Xtr, ytr, sw), Xte)
        elif name == "two_lr":
            out[name] = two_lr_logprob(fit_two_lr(Xtr, ytr, sw), Xte)
        elif name in ("topic_w", "topic_w20"):
            tw = topic_weights(ytr, ftr, ttr, 20.0 if name == "topic_w20" else 0.0)
            out[name] = T._fit_lr(Xtr, ytr, tw, C).decision_function(Xte)
        elif name in ("po_topic_w20",):
            tw = topic_weights(ytr, ftr, ttr, 20.0)
            out[name] = po_logprob(fit_po(Xtr, ytr, tw), Xte)
        elif name == "topic_fe":
            tn = sorted(set(ttr.tolist()))
            Otr = topic_onehot(ttr, tn)
            lr = T._fit_lr(sp.hstack([Xtr, Otr]).tocsr(), ytr, sw, C)
            V = Xtr.shape[1]
            freq = np.asarray(Otr.sum(axis=0)).ravel() / Otr.sum()
            shift = lr.coef_[:, V:] @ freq  # the mean topic's intercepts, for text of unknown topic
            out[name] = Xte @ lr.coef_[:, :V].T + lr.intercept_ + shift
        elif name == "topic_cs":  # topic_c by fit_centred_lr (sparse; same objective)
            W, b, tn, M = fit_centred_lr(Xtr, ttr, ytr, sw)
            ti = {t: i for i, t in enumerate(tn)}
            out[name] = np.asarray(Xte @ W.T) + b
            mt = np.array([M[ti[t]] @ W.T if t in ti else np.zeros(3) for t in tte])
            out["topic_cs*"] = out[name] - mt
        elif name == "topic_c":
            tn, M = topic_means(Xtr, ttr)
            ti = {t: i for i, t in enumerate(tn)}
            D = Xtr.toarray()
            D -= M[[ti[t] for t in ttr]]
            lr = T._fit_lr(D, ytr, sw, C)
            del D
            out[name] = np.asarray(Xte @ lr.coef_.T) + lr.intercept_
            mt = np.array([M[ti[t]] @ lr.coef_.T if t in ti else np.zeros(3) for t in tte])
            out["topic_c*"] = out[name] - mt
        else:
            raise SystemExit(f"unknown variant {name}")
        print(f"    {name}: fitted in {time.time() - t0:.0f}s", flush=True)
    return out


def summary(name, y, logits, bias, temp) -> str:
    z = logits + bias
    pred = z.argmax(1)
    rec = [np.mean(pred[y == c] == c) for c in range(3)]
    p = T.softmax(z / temp)
    return (f"{name:12s} macro-F1 {T.macro_f1(y, pred):.3f}  recall L/C/R {rec[0]:.3f}/{rec[1]:.3f}/{rec[2]:.3f}  "
            f"accuracy {np.mean(pred == y):.3f}  ECE {ece(p.max(1), pred == y):.3f}")


def load_rows():
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    topics = np.array([str(r.get("topic") or "") for r in rows])
    return rows, fam, y, topics


def split_counts(rows, fam, seed, shared=False):
    """Counts for one family split (candidate vocabulary from the training families). With
    `shared`, the further splits share one count: every outlet's name stripped, the candidate
    vocabulary from all articles (one count for four splits; names of held-out outlets are then
    stripped as well, for the shipped recipe and the variants alike)."""
    from sklearn.feature_extraction.text import CountVectorizer

    from manysides.nlp.slant_features import feature_strings

    tr, te = T.family_split(fam, [r["leaning"] for r in rows], seed=seed)
    if shared and seed != T.SEED:
        tag = "all"
        fit_rows = np.ones(len(rows), dtype=bool)
    else:
        tag, fit_rows = str(seed), tr
    cache = CACHE / f"counts_{tag}.npz"
    if cache.exists():
        Xc = sp.load_npz(cache).tocsr()
        vocab = (CACHE / f"vocab_{tag}.txt").read_text(encoding="utf-8").split("\n")
        return tr, te, Xc, vocab
    st = OutletStripper(T.outlet_names([r for r, k in zip(rows, fit_rows) if k]))
    texts = T.stripped_texts(rows, st)
    cv = CountVectorizer(analyzer=feature_strings, min_df=3, dtype=np.float32)
    cv.fit([t for t, k in zip(texts, fit_rows) if k])
    Xc = cv.transform(texts).tocsr()
    vocab = [None] * len(cv.vocabulary_)
    for term, j in cv.vocabulary_.items():
        vocab[j] = term
    CACHE.mkdir(parents=True, exist_ok=True)
    sp.save_npz(cache, Xc)
    (CACHE / f"vocab_{tag}.txt").write_text("\n".join(vocab), encoding="utf-8")
    return tr, te, Xc, vocab


def inner(names, Xc, vocab, y, fam, topics, tri):
    """Out-of-fold logits of each variant over the training rows `tri` (3-fold GroupKFold by family)."""
    oof: dict[str, np.ndarray] = {}
    for k, (a, b) in enumerate(GroupKFold(3).split(tri, y[tri], fam[tri])):
        print(f"  inner fold {k + 1}", flush=True)
        part = fit_variants(names, Xc, vocab, y, fam, topics, tri[a], tri[b])
        for n, z in part.items():
            oof.setdefault(n, np.zeros((len(tri), 3)))[b] = z
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / f"oof_{len(tri)}.npz", **{n.replace("*", "_star"): z for n, z in oof.items()})
    return oof


def main() -> int:
    args = sys.argv[1:]
    n_splits = 0
    shared = "--shared-count" in args
    args = [a for a in args if a != "--shared-count"]
    if "--splits" in args:
        i = args.index("--splits")
        n_splits = int(args[i + 1])
        del args[i : i + 2]
    names = ["shipped"] + [a for a in (args or ["po", "two_lr", "topic_w", "topic_w20", "topic_fe", "topic_c"])
                           if a != "shipped"]
    t0 = time.time()
    rows, fam, y, topics = load_rows()
    seeds = [T.SEED + 1000 * k for k in range(max(n_splits, 1))]
    held: dict[str, list[float]] = {}
    for k, seed in enumerate(seeds):
        tr, te, Xc, vocab = split_counts(rows, fam, seed, shared)
        tri, tei = np.flatnonzero(tr), np.flatnonzero(te)
        print(f"split seed {seed}: train {len(tri)} / test {len(tei)} articles; counted ({time.time() - t0:.0f}s)",
              flush=True)
        oof = inner(names, Xc, vocab, y, fam, topics, tri)
        ytr = y[tri]
        tuned = {}
        for n, z in oof.items():
            bias = T.tune_bias(z, ytr)
            temp = T.fit_temperature(z + bias, ytr)
            tuned[n] = (bias, temp)
            print(f"  inner {summary(n, ytr, z, bias, temp)}  (raw {T.macro_f1(ytr, z.argmax(1)):.3f})", flush=True)
        if not n_splits:
            continue
        out = fit_variants(names, Xc, vocab, y, fam, topics, tri, tei)
        for n, z in out.items():
            bias, temp = tuned[n]
            print(f"  held out {summary(n, y[tei], z, bias, temp)}", flush=True)
            held.setdefault(n, []).append(T.macro_f1(y[tei], (z + bias).argmax(1)))
        print(f"  ({time.time() - t0:.0f}s)", flush=True)
    for n, v in held.items():
        print(f"mean held-out macro-F1 over {len(v)} splits: {n} {np.mean(v):.3f} "
              f"({' '.join(f'{x:.3f}' for x in v)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
