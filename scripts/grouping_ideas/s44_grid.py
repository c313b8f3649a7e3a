"""Undated grid for the session 44 ideas: each idea gives extra pair-term matrices per part; its weights and the
undated bar are picked on the dev half (best B3 F1; ties to the first), then reported on the test half and the full
set. Usage: s44_grid.py IDEA [--opts]."""
from __future__ import annotations

import argparse
import itertools
import re

import numpy as np
import scipy.sparse as sp

from s44_common import bench, load, token_rows
from s44_fast import Part, dtf, pick
from s44_signature import signature

BARS = [round(0.30 + 0.02 * k, 2) for k in range(10)]


def idf_cos(sets, n_pseudo=50, binary=True):
    m = token_rows(sets, n_pseudo)
    return (m @ m.T).toarray()


def sig_terms(P: Part, lead=60, kinds=("fig", "date", "day")):
    sigs = [signature(r.get("title"), r.get("text"), lead, set(kinds)) for r in P.rows]
    cos = idf_cos(sigs)
    figs = [{t for t in s if t[0] in "np"} for s in sigs]
    fcos = idf_cos(figs)
    has = np.array([bool(f) for f in figs])
    conflict = has[:, None] & has[None, :] & (fcos == 0)
    out = {"cos": cos, "conflict": conflict.astype(float), "fcos": fcos}
    for name, first in (("mconf", "md"), ("wconf", "w")):
        toks = [{t for t in s if t[0] in first} for s in sigs]
        tc = idf_cos(toks)
        has = np.array([bool(t) for t in toks])
        out[name] = (has[:, None] & has[None, :] & (tc == 0)).astype(float)
    out["anyconf"] = np.maximum.reduce([out["conflict"], out["mconf"], out["wconf"]])
    return out


def run(idea, terms_fn, grid, args):
    rows, _, vecs_of, gold = load()
    parts = {k: Part(v, vecs_of, gold) for k, v in bench.halves(rows).items()}
    terms = {k: terms_fn(P) for k, P in parts.items()}

    def f1_of(k, params, bar):
        P = parts[k]
        return P.f1(S=P.S + np.where(P.both, combine(terms[k], params), 0.0), bar=bar)

    _, (params, bar) = pick(itertools.product(grid, BARS), lambda c: f1_of("dev", *c).f1)
    res = {k: f1_of(k, params, bar) for k in parts}
    print(f"{idea}: picked {params} bar {bar}: undated dev / test / full {dtf(res)}", flush=True)
    return params, bar


def combine(t, params):
    out = 0.0
    for name, w in params:
        out = out + w * t[name]
    return out


def tfidf_cos(docs, pseudo=50, power=1.0):
    from manysides.stories.grouping import _lexical_matrix
    m, _ = _lexical_matrix(docs, pseudo)
    if power != 1.0:
        m = m.copy()
        m.data = m.data ** power
        from sklearn.preprocessing import normalize
        m = normalize(m)
    return (m @ m.T).toarray()


def head_terms(P: Part):
    titles = [r.get("title") or "" for r in P.rows]
    return {"head": tfidf_cos(titles)}


def lead_terms(P: Part, words=60):
    dl = re.compile(r"^\s*[A-Z][A-Z .,'-]{2,40}\s+[—–-]\s+")
    docs = [" ".join(dl.sub("", r.get("text") or "").split()[:words]) for r in P.rows]
    titled = [f"{r.get('title') or ''} {d}" for r, d in zip(P.rows, docs)]
    return {"lead": tfidf_cos(titled), "lead2": tfidf_cos(titled, power=2.0),
            "rare": rare_overlap(titled)}


def rare_overlap(docs, pseudo=50):
    """IDF-weighted overlap of the terms two leads share, only terms in at most 2% of the batch (rare):
    sum of idf over shared rare terms / the smaller side's sum."""
    from manysides.stories.grouping import _TERM_COUNTS
    sets = [set(_TERM_COUNTS(d)[0].tolist()) for d in docs]
    from collections import Counter
    df = Counter(t for s in sets for t in s)
    n = len(docs)
    cap = max(2, int(0.02 * n))
    rare = [{t for t in s if df[t] <= cap} for s in sets]
    idf = {t: np.log((n + pseudo + 1) / (df[t] + 1)) + 1 for t in df}
    vocab = {t: k for k, t in enumerate(df)}
    r, c, v = [], [], []
    for i, s in enumerate(rare):
        for t in s:
            r.append(i); c.append(vocab[t]); v.append(idf[t])
    m = sp.csr_matrix((v, (r, c)), shape=(n, len(vocab)))
    mb = m.copy(); mb.data = np.ones_like(mb.data)
    w = np.asarray(m.sum(axis=1)).ravel()
    shared = (m @ mb.T).toarray()  # sum of idf of i's rare terms present in j
    shared = np.minimum(shared, shared.T)
    den = np.maximum(np.minimum(w[:, None], w[None, :]), 1e-9)
    return shared / den


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("idea")
    args = ap.parse_args()
    if args.idea == "sig":
        grid = [(("cos", a), ("conflict", -b)) for a, b in itertools.product(
            [0, 0.05, 0.1, 0.15, 0.2, 0.3], [0, 0.05, 0.1, 0.15, 0.2])]
        run("signature cos + figure conflict", sig_terms, grid, args)
        grid = [(("fcos", a), ("conflict", -b)) for a, b in itertools.product(
            [0, 0.05, 0.1, 0.15, 0.2, 0.3], [0, 0.05, 0.1, 0.15, 0.2])]
        run("figure cos + figure conflict", sig_terms, grid, args)
        run("signature names too", lambda P: sig_terms(P, kinds=("fig", "date", "day", "name")),
            [(("cos", a), ("conflict", -b)) for a, b in itertools.product(
                [0, 0.05, 0.1, 0.15, 0.2, 0.3], [0, 0.05, 0.1, 0.15, 0.2])], args)
    if args.idea == "conf":
        for name in ("mconf", "wconf", "anyconf"):
            run(f"conflict {name}", sig_terms, [((name, -b),) for b in (0, 0.05, 0.1, 0.15, 0.2)], args)
    if args.idea == "head":
        run("headline tf-idf cosine", head_terms, [(("head", a),) for a in (0, 0.05, 0.1, 0.15, 0.2, 0.3)], args)
    if args.idea == "lead":
        for name in ("lead", "lead2", "rare"):
            run(f"lead term {name}", lead_terms, [((name, a),) for a in (0, 0.05, 0.1, 0.15, 0.2, 0.3)], args)


if __name__ == "__main__":
    main()
