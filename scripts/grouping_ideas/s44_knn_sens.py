"""mkNN components around the dev+A pick: k and the low bar, every set."""
from __future__ import annotations

from collections import Counter

from s44_common import bench, load
from s44_fast import Part
from s44_knn import communities
from s44_knn_select import half_a
from manysides.stories.metrics import bcubed

rows, extra, vecs_of, gold = load(1000)
A = [r for r in extra if half_a(r["id"])]
B = [r for r in extra if not half_a(r["id"])]
h = bench.halves(rows)
sets = {"dev+A": h["dev"] + A, "dev": h["dev"], "test": h["test"], "full": rows, "test+B": h["test"] + B,
        "full+all": rows + extra}
ex = {r["id"] for r in extra}
parts = {k: Part(v, vecs_of, gold) for k, v in sets.items()}
for k, low in [(2, 0.36), (2, 0.38), (2, 0.40), (2, 0.42), (2, 0.44), (3, 0.40), (3, 0.44), (1, 0.36)]:
    out = []
    for key, P in parts.items():
        lab = communities(P.S, k, low, 0.0)
        pred = {r["id"]: f"g{l}" for r, l in zip(P.rows, lab)}
        b = bcubed(pred, gold, [r["id"] for r in P.rows])
        note = ""
        if key == "full+all":
            size = Counter(pred.values())
            note = f" ({sum(1 for r in P.rows if r['id'] in ex and size[pred[r['id']]] > 1)} not alone)"
        out.append(f"{key} {b.f1:.4f}{note}")
    print(f"k={k} low={low}: " + " | ".join(out), flush=True)
