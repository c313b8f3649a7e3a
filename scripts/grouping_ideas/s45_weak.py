"""Weak "same event" labels from the allsides corpus, without the evaluation halves: articles of one day and one topic
from a left, a centre and a right outlet (exactly three articles that day on that topic, one of each leaning: the
shape of an AllSides roundup) taken as one event. The adapter of s45_common is trained on them alone (or with the
dev half's events), and the undated bar is picked on the dev half as the shipped bar was.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s45_weak.py \
        [--pairs] [--with-dev] [--tau 0.1 --reg 1e-3 --steps 200] [--show 20]

--pairs    also days with exactly two articles on a topic from two leanings (more, noisier).
--show N   print N weak events (seed 2) to read their noise by hand.
The 1,000 unrelated articles of the benchmark (seed 0) and any allsides article whose headline is a same_event
headline are left out of the weak set. Their vectors are embedded once and cached (bench.vectors_for).
"""
from __future__ import annotations

import argparse
import json
import lzma
import random
import sys
from collections import defaultdict

import numpy as np

from s44_common import bench, load
from s44_fast import Part
from s45_adapter import best_bar, report_w
from s45_common import apply, fold_of, train_adapter


def weak_events(exclude_ids, exclude_titles, pairs=False):
    with lzma.open(bench.ALLSIDES, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    groups = defaultdict(list)
    for r in rows:
        if (r.get("text") or "").strip() and r.get("date") and r.get("topic") and r.get("leaning"):
            groups[(r["date"][:10], r["topic"])].append(r)
    out = []
    for (day, topic), g in sorted(groups.items()):
        lean = {r["leaning"] for r in g}
        ok = (len(g) == 3 and lean == {"left", "center", "right"}) or (pairs and len(g) == 2 and len(lean) == 2)
        if not ok:
            continue
        if any(r["id"] in exclude_ids or " ".join((r.get("title") or "").lower().split()) in exclude_titles
               for r in g):
            continue
        for r in g:
            out.append({**r, "id": "weak-" + r["id"], "event": f"weak-{day}-{topic}"})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--with-dev", action="store_true")
    ap.add_argument("--tau", type=float, default=0.1)
    ap.add_argument("--reg", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--rank", type=int, default=384)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--no-gn", action="store_true")
    ap.add_argument("--save", default=None)
    ap.add_argument("--cv", action="store_true", help="with --with-dev: the bar by 2-fold CV inside the dev half "
                    "(weak set + one fold trained, the bar picked on the other) instead of on the trained dev half")
    a = ap.parse_args()
    rows, extra, vecs_of, gold = load(1000)
    ex_ids = {r["id"][len("distractor-"):] for r in extra}
    ex_titles = {" ".join((r.get("title") or "").lower().split()) for r in rows}
    weak = weak_events(ex_ids, ex_titles, a.pairs)
    n_ev = len({r["event"] for r in weak})
    print(f"weak set: {len(weak)} articles in {n_ev} day-topic events", flush=True)
    if a.show:
        evs = sorted({r["event"] for r in weak})
        for e in random.Random(2).sample(evs, min(a.show, len(evs))):
            print("---", e)
            for r in weak:
                if r["event"] == e:
                    print("   ", r["leaning"][:1], (r.get("title") or "")[:100])
    wv, _ = bench.vectors_for(weak)
    X = list(wv)
    labels = [r["event"] for r in weak]
    bar = None
    if a.with_dev and a.cv:
        dev = bench.halves(rows)["dev"]
        bars = []
        for k in (0, 1):
            fk = [r for r in dev if fold_of(r["event"]) == k]
            held = [r for r in dev if fold_of(r["event"]) != k]
            Wk = train_adapter(np.array(X + [vecs_of[r["id"]] for r in fk]), labels + [r["event"] for r in fk],
                               rank=a.rank, tau=a.tau, reg=a.reg, steps=a.steps)
            P0 = Part(held, {r["id"]: vecs_of[r["id"]] for r in held}, gold)
            v0, b0 = best_bar(P0)
            v, b = best_bar(Part(held, apply(Wk, {r["id"]: vecs_of[r["id"]] for r in held}), gold))
            print(f"fold {k}: held-out identity {v0:.4f} (bar {b0}), adapter {v:.4f} (bar {b})", flush=True)
            bars.append(b)
        bar = round(float(np.mean(bars)), 3)
    if a.with_dev:
        dev = bench.halves(rows)["dev"]
        X += [vecs_of[r["id"]] for r in dev]
        labels += [r["event"] for r in dev]
    W = train_adapter(np.array(X), labels, rank=a.rank, tau=a.tau, reg=a.reg, steps=a.steps)
    report_w(W, rows, extra, vecs_of, gold, bar, gn=not a.no_gn)
    if a.save:
        np.save(a.save, W)
    return 0


if __name__ == "__main__":
    sys.exit(main())
