"""mkNN components around the dev+A pick: k and the low bar, every set."""
from __future__ import annotations

from s44_common import load
from s44_fast import report, select_parts
from s44_knn import communities

rows, extra, vecs_of, gold = load(1000)
parts, ex = select_parts(rows, extra, vecs_of, gold)
for k, low in [(2, 0.36), (2, 0.38), (2, 0.40), (2, 0.42), (2, 0.44), (3, 0.40), (3, 0.44), (1, 0.36)]:
    print(f"k={k} low={low}: " + report(parts, ex, lambda key, P: P.labelled(communities(P.S, k, low, 0.0))),
          flush=True)
