"""Pair terms (headline TF-IDF cosine, signature cosine, figure conflict, lead TF-IDF) added to the shipped
similarity of pairs where both sides have words, picked on dev + distractor half A (as s44_knn_select.py),
reported on dev / test / full and with the distractors.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s44_terms_select.py
"""
from __future__ import annotations

import itertools
import sys

import numpy as np

from s44_common import load
from s44_fast import pick, report, select_parts
from s44_grid import head_terms, sig_terms, lead_terms


def main():
    rows, extra, vecs_of, gold = load(1000)
    parts, ex = select_parts(rows, extra, vecs_of, gold)
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
        D = parts["dev+A"]
        _, (params, bar) = pick(itertools.product(grid, bars), lambda c: D.f1(S=S_of("dev+A", c[0]), bar=c[1]).f1)
        print(f"{name} {params} bar {bar}: "
              + report(parts, ex, lambda k, P: P.group(S=S_of(k, params), bar=bar)), flush=True)


if __name__ == "__main__":
    main()
