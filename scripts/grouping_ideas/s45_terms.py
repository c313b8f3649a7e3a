"""A learned term re-weighting on the TF-IDF side: one log-weight per term of the training articles (terms never seen
keep weight 1), trained with the same contrastive loss as s45_common's adapter on the shipped mix
(0.4 x dense cosine + 0.6 x the re-weighted TF-IDF cosine), + reg * sum(w^2).

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s45_terms.py [--cv] [--final]

--cv     reg and tau by 2-fold CV inside the dev half (train on one fold, the undated bar picked on the other).
--final  trained on the whole dev half; the undated bar the mean of the CV folds' bars (--bar); every figure.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np

from s44_common import G, bench, load, similarity
from s44_fast import Part, half_a
from s45_adapter import BARS, best_bar
from s45_common import dated_line, fold_of, not_alone


def train_terms(rows, vecs_of, tau=0.1, reg=1e-2, steps=200, lr=0.05):
    import torch

    torch.set_num_threads(1)
    items = bench.items_for(rows, np.array([vecs_of[r["id"]] for r in rows]), False)
    sim = G._Similarity(items, G.GroupConfig())
    terms = sim.vocabulary()
    L = torch.tensor(sim.lex.toarray())
    D = torch.tensor(sim.dense @ sim.dense.T)
    both = torch.tensor(sim.has_lex[:, None] & sim.has_lex[None, :])
    lab = np.array([r["event"] for r in rows])
    same = torch.tensor(lab[:, None] == lab[None, :])
    eye = torch.eye(len(rows), dtype=torch.bool)
    pos = same & ~eye
    has_pos = pos.any(dim=1)
    w = torch.zeros(L.shape[1], requires_grad=True)
    opt = torch.optim.Adam([w], lr=lr)
    wd = G.GroupConfig().dense_weight
    for _ in range(steps):
        opt.zero_grad()
        Lw = L * torch.exp(w)[None, :]
        Lw = Lw / Lw.norm(dim=1, keepdim=True).clamp_min(1e-8)
        S = torch.where(both, wd * D + (1 - wd) * (Lw @ Lw.T), D)
        logits = (S / tau).masked_fill(eye, float("-inf"))
        loss = (torch.logsumexp(logits, 1) - torch.logsumexp(logits.masked_fill(~pos, float("-inf")), 1))[has_pos]
        loss = loss.mean() + reg * (w ** 2).sum()
        loss.backward()
        opt.step()
    return dict(zip(terms, np.exp(w.detach().numpy())))


def weighted_similarity(weights):
    class _Weighted(G._Similarity):
        def __init__(self, items, cfg, words=False):
            super().__init__(items, cfg, words)
            if self.lex is not None:
                from sklearn.preprocessing import normalize
                scale = np.array([weights.get(t, 1.0) for t in self.vocabulary()], dtype=np.float32)
                self.lex = normalize(self.lex.multiply(scale[None, :]).tocsr(), norm="l2").astype(np.float32)
    return _Weighted


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--tau", type=float, default=0.1)
    ap.add_argument("--reg", type=float, default=1e-2)
    ap.add_argument("--bar", type=float, default=0.40)
    a = ap.parse_args()
    rows, extra, vecs_of, gold = load(1000)
    h = bench.halves(rows)
    if a.cv:
        folds = [[r for r in h["dev"] if fold_of(r["event"]) == k] for k in (0, 1)]
        for tau, reg in [(0.1, 1e-3), (0.1, 1e-2), (0.1, 1e-1), (0.05, 1e-2)]:
            res = []
            for k in (0, 1):
                wts = train_terms(folds[k], vecs_of, tau=tau, reg=reg)
                with similarity(weighted_similarity(wts)):
                    res.append(best_bar(Part(folds[1 - k], vecs_of, gold)))
            print(f"tau {tau} reg {reg}: held-out {res[0][0]:.4f} (bar {res[0][1]}) / {res[1][0]:.4f} "
                  f"(bar {res[1][1]}) mean {np.mean([r[0] for r in res]):.4f}", flush=True)
    if a.final:
        wts = train_terms(h["dev"], vecs_of, tau=a.tau, reg=a.reg)
        top = sorted(wts.items(), key=lambda kv: kv[1])
        print("lowest:", [(t, round(float(v), 2)) for t, v in top[:15]])
        print("highest:", [(t, round(float(v), 2)) for t, v in top[-15:]])
        A = [r for r in extra if half_a(r["id"])]
        B = [r for r in extra if not half_a(r["id"])]
        with similarity(weighted_similarity(wts)):
            line = [f"terms (bar {a.bar}):"]
            for part in ("dev", "test", "full"):
                line.append(f"{part} {Part(h[part], vecs_of, gold).f1(bar=a.bar).f1:.4f}")
            print(" ".join(line), flush=True)
            for part in ("test", "full"):
                P = Part(h[part], vecs_of, gold)
                print(f"   {part} by bar: " + " ".join(f"{x}:{P.f1(bar=x).f1:.4f}" for x in BARS[3:13]), flush=True)
            P = Part(rows + extra, vecs_of, gold)
            pred = P.group(bar=a.bar)
            print(f"   test+B {Part(h['test'] + B, vecs_of, gold).f1(bar=a.bar).f1:.4f} dev+A "
                  f"{Part(h['dev'] + A, vecs_of, gold).f1(bar=a.bar).f1:.4f} full+all {P.score(pred).f1:.4f} "
                  f"({not_alone(pred, extra)} not alone)", flush=True)
            print(dated_line(h, vecs_of, gold, "with dates (every pair, shipped bars)"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
