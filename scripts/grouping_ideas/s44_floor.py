"""Idea: the floor for undated pairs. Undated pairs are shifted down by the gap between the two bars (0.18) and
then cut at the floor (0.15), so a raw similarity under 0.33 counts 0 in the average link; here the floor for
undated pairs and the bar are picked together on dev + distractor half A."""
from __future__ import annotations

import itertools

from s44_common import load, replace
from s44_fast import pick, report, select_parts

rows, extra, vecs_of, gold = load(1000)
parts, ex = select_parts(rows, extra, vecs_of, gold)


def run(key, floor, bar):
    P = parts[key]
    P.cfg = replace(P.cfg, floor=floor)
    return P.group(bar=bar)


grid = list(itertools.product((0.0, 0.05, 0.10, 0.15, 0.20), [round(0.30 + 0.02 * i, 2) for i in range(10)]))
for sel in ("dev", "dev+A"):
    _, (floor, bar) = pick(grid, lambda c: parts[sel].score(run(sel, *c)).f1)
    print(f"picked on {sel}: floor {floor} bar {bar}: " + report(parts, ex, lambda k, P: run(k, floor, bar)),
          flush=True)
