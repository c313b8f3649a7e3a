"""A linear adapter on the frozen MiniLM vectors, trained contrastively on the dev half's events (s45_common).

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s45_adapter.py [--cv] [--final]

--cv     the settings (rank, tau, reg, steps, with or without distractor half A as lone negatives) by 2-fold CV inside
         the dev half: train on one fold, pick the undated bar on the other, mean of the two held-out F1s.
--final  the chosen setting (--rank --tau --reg --steps --with-a) trained on the whole dev half (+ A), the undated
         bar = the mean of the CV folds' bars (or --bar); reports undated dev / test / full, nearest-neighbour share,
         dev+A / test+B / full+all (distractors not alone), with dates (adapter on every pair, shipped bars), and
         GoogleNews-TS test / full accuracy (snippets: dense alone).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time

import numpy as np

from s44_common import G, bench, load
from s44_fast import Part, half_a
from s45_common import apply, dated_line, fold_of, nn_own_event, not_alone, train_adapter

BARS = [round(0.20 + 0.02 * k, 2) for k in range(21)]


def best_bar(P, bars=BARS):
    best = None
    for b in bars:
        v = P.f1(bar=b).f1
        if best is None or v > best[0] + 1e-9:
            best = (v, b)
    return best


def train_on(rows, vecs_of, extra_rows, **kw):
    X = np.array([vecs_of[r["id"]] for r in rows + extra_rows])
    labels = [r["event"] for r in rows + extra_rows]
    return train_adapter(X, labels, **kw)


def cv(rows, extra, vecs_of, gold, settings):
    dev = bench.halves(rows)["dev"]
    A = [r for r in extra if half_a(r["id"])]
    folds = [[r for r in dev if fold_of(r["event"]) == k] for k in (0, 1)]
    A2 = [[r for r in A if fold_of(r["id"]) == k] for k in (0, 1)]
    base = [best_bar(Part(folds[k], vecs_of, gold)) for k in (0, 1)]
    print(f"identity: held-out fold F1 {base[0][0]:.4f} (bar {base[0][1]}) / {base[1][0]:.4f} (bar {base[1][1]})"
          f"  mean {np.mean([b[0] for b in base]):.4f}", flush=True)
    out = []
    for s in settings:
        kw = dict(s)
        with_a = kw.pop("with_a")
        res = []
        for k in (0, 1):
            t0 = time.time()
            W = train_on(folds[k], vecs_of, A2[k] if with_a else [], **kw)
            mv = apply(W, {r["id"]: vecs_of[r["id"]] for r in folds[1 - k]})
            res.append(best_bar(Part(folds[1 - k], mv, gold)))
        m = float(np.mean([r[0] for r in res]))
        out.append((m, s, [r[1] for r in res]))
        print(f"{s}: held-out {res[0][0]:.4f} (bar {res[0][1]}) / {res[1][0]:.4f} (bar {res[1][1]}) mean {m:.4f}"
              f"  ({time.time() - t0:.0f}s a fold)", flush=True)
    out.sort(key=lambda x: -x[0])
    print("best:", out[0])
    return out


def final(rows, extra, vecs_of, gold, kw, with_a, bar, gn=True):
    h = bench.halves(rows)
    A = [r for r in extra if half_a(r["id"])]
    W = train_on(h["dev"], vecs_of, A if with_a else [], **kw)
    return report_w(W, rows, extra, vecs_of, gold, bar, gn)


def report_w(W, rows, extra, vecs_of, gold, bar, gn=True):
    """Every figure of a map W at the undated bar `bar` (None: picked on the dev half, as the shipped bar was)."""
    h = bench.halves(rows)
    A = [r for r in extra if half_a(r["id"])]
    B = [r for r in extra if not half_a(r["id"])]
    mv = apply(W, vecs_of)
    if bar is None:
        dv, bar = best_bar(Part(h["dev"], mv, gold))
        print(f"bar picked on the dev half: {bar} (dev {dv:.4f})", flush=True)
    for name, vo, b in (("shipped", vecs_of, 0.40), ("adapter", mv, bar)):
        line = [f"{name} (bar {b}):"]
        for part in ("dev", "test", "full"):
            P = Part(h[part], vo, gold)
            line.append(f"{part} {P.f1(bar=b).f1:.4f}")
        line.append("| nn own event test %.3f full %.3f" % (nn_own_event(vo, h["test"]), nn_own_event(vo, rows)))
        print(" ".join(line), flush=True)
        if name == "adapter":  # how much the figures hang on the bar (read only; the bar is not picked here)
            for part in ("dev", "test", "full"):
                P = Part(h[part], vo, gold)
                print(f"   {part} by bar: " + " ".join(f"{x}:{P.f1(bar=x).f1:.4f}" for x in BARS[3:13]), flush=True)
        line = ["   mixed:"]
        for part, rr in (("dev+A", h["dev"] + A), ("test+B", h["test"] + B), ("full+all", rows + extra)):
            P = Part(rr, vo, gold)
            pred = P.group(bar=b)
            note = f" ({not_alone(pred, extra)} not alone)" if part == "full+all" else ""
            line.append(f"{part} {P.score(pred).f1:.4f}{note}")
        print(" ".join(line), flush=True)
        print(dated_line(h, vo, gold, "with dates (every pair, shipped bars)"), flush=True)
    if gn:
        import grouping_compare as gc
        grows, gvecs = gc.dataset("googlenews")
        gvo = {r["id"]: v for r, v in zip(grows, gvecs)}
        gmv = apply(W, gvo)
        for part in ("test", "full"):
            sel = gc.part_of(grows, part)
            sub = [grows[i] for i in sel]
            ggold = {r["id"]: r["event"] for r in sub}
            for name, vo in (("shipped", gvo), ("adapter", gmv)):
                items = bench.items_for(sub, np.array([vo[r["id"]] for r in sub]), False)
                pred = G.group(items)
                print(f"googlenews {part} {name}: accuracy {100 * gc.hungarian_accuracy(pred, ggold):.1f} "
                      f"NMI {100 * gc.nmi(pred, ggold):.1f} clusters {len(set(pred.values()))}", flush=True)
    return W


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--rank", type=int, default=384)
    ap.add_argument("--tau", type=float, default=0.05)
    ap.add_argument("--reg", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--with-a", action="store_true")
    ap.add_argument("--bar", type=float, default=None)
    ap.add_argument("--no-gn", action="store_true")
    ap.add_argument("--save", default=None, help="write W (.npy) here")
    ap.add_argument("--grid", default="small", help="'small' or a JSON list of settings (rank, tau, reg, steps, "
                    "with_a)")
    a = ap.parse_args()
    rows, extra, vecs_of, gold = load(1000)
    if a.cv:
        if a.grid == "small":
            grid = [dict(rank=r, tau=t, reg=g, steps=s, with_a=w)
                    for r, t, g, s, w in itertools.product((384, 32), (0.05, 0.1), (1e-3, 1e-2), (200,),
                                                           (False, True))]
        else:
            grid = json.loads(a.grid)  # a JSON list of settings, e.g. '[{"rank": 384, "tau": 0.1, ...}]'
        cv(rows, extra, vecs_of, gold, grid)
    if a.final:
        kw = dict(rank=a.rank, tau=a.tau, reg=a.reg, steps=a.steps)
        W = final(rows, extra, vecs_of, gold, kw, a.with_a, a.bar if a.bar is not None else 0.40, gn=not a.no_gn)
        if a.save:
            np.save(a.save, W)
    return 0


if __name__ == "__main__":
    sys.exit(main())
