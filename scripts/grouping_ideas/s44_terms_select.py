"""Pair terms (headline TF-IDF cosine, signature cosine, figure conflict, lead TF-IDF) added to the shipped
similarity of pairs where both sides have words, picked on dev + distractor half A (as s44_knn_select.py),
reported on dev / test / full and with the distractors.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s44_terms_select.py
"""
from __future__ import annotations

import itertools
import sys
from collections import Counter

import numpy as np

from s44_common import bench, load
from s44_fast import Part
from s44_grid import head_terms, sig_terms, lead_terms
from s44_knn_select import half_a
from manysides.stories.metrics import bcubed


def main():
    rows, extra, vecs_of, gold = load(1000)
    A = [r for r in extra if half_a(r["id"])]
    B = [r for r in extra if not half_a(r["id"])]
    h = bench.halves(rows)
    sets = {"dev+A": h["dev"] + A, "dev": h["dev"], "test": h["test"], "full": rows, "test+B": h["test"] + B,
            "full+all": rows + extra}
    ex = {r["id"] for r in extra}
    parts = {k: Part(v, vecs_of, gold) for k, v in sets.items()}
    terms = {}
    for k, P in parts.items():
        t = {}
        t.update(head_terms(P))
        t.update(sig_terms(P))
        lt = lead_terms(P)
        t.update({"lead": lt["lead"], "lead2": lt["lead2"]})
        terms[k] = t

    def S_of(k, params):
        P = parts[k]
        add = sum(w * terms[k][name] for name, w in params)
        return P.S + np.where(P.both, add, 0.0)

    def line(name, params, bar):
        out = []
        for k, P in parts.items():
            pred = P.group(S=S_of(k, params), bar=bar)
            b = bcubed(pred, gold, [r["id"] for r in P.rows])
            note = ""
            if k == "full+all":
                size = Counter(pred.values())
                note = f" ({sum(1 for r in P.rows if r['id'] in ex and size[pred[r['id']]] > 1)} not alone)"
            out.append(f"{k} {b.f1:.4f}{note}")
        print(f"{name}: " + " | ".join(out), flush=True)

    bars = [round(0.34 + 0.02 * i, 2) for i in range(10)]
    grids = {
        "headline": [(("head", a),) for a in (0.05, 0.1, 0.15, 0.2, 0.3)],
        "signature": [(("cos", a), ("conflict", -b)) for a, b in itertools.product((0, 0.05, 0.1, 0.15, 0.2),
                                                                                 (0, 0.05, 0.1))],
        "lead": [(("lead", a),) for a in (0.05, 0.1, 0.15, 0.2, 0.3)],
        "lead2": [(("lead2", a),) for a in (0.05, 0.1, 0.15, 0.2, 0.3)],
        "conflicts": [(("anyconf", -b),) for b in (0.025, 0.05, 0.075, 0.1, 0.15)],
        "headline + signature": [(("head", a), ("cos", c), ("conflict", -b)) for a, c, b in itertools.product(
            (0.1, 0.15, 0.2), (0, 0.05, 0.1, 0.15), (0, 0.05, 0.1))],
    }
    for name, grid in grids.items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]:
            continue
        best = None
        for params in grid:
            for bar in bars:
                v = bcubed(parts["dev+A"].group(S=S_of("dev+A", params), bar=bar), gold,
                           [r["id"] for r in parts["dev+A"].rows]).f1
                if best is None or v > best[0] + 1e-9:
                    best = (v, params, bar)
        line(f"{name} {best[1]} bar {best[2]}", best[1], best[2])


if __name__ == "__main__":
    main()
