"""Fast undated evaluation: the pair matrix once per part, then many (term, bar) settings through the shipped
average linkage (`grouping._agglomerate`), as `group()` does for undated items."""
from __future__ import annotations

import numpy as np

from s44_common import G, bench, f1


class Part:
    def __init__(self, rows, vecs_of, gold, cfg=None):
        self.rows, self.gold = rows, gold
        self.cfg = cfg or G.GroupConfig()
        self.items = bench.items_for(rows, np.array([vecs_of[r["id"]] for r in rows]), False)
        self.sim = G._Similarity(self.items, self.cfg)
        idx = np.arange(len(rows))
        self.S = self.sim.block(idx, idx)
        self.both = self.sim.has_lex[:, None] & self.sim.has_lex[None, :]
        self.iu = np.triu_indices(len(rows), 1)

    def group(self, S=None, bar=None, threshold=None, agglomerate=None):
        cfg = self.cfg
        S = self.S if S is None else S
        bar = cfg.undated_threshold if bar is None else bar
        thr = cfg.threshold if threshold is None else threshold
        shift = bar - thr
        i, j = self.iu
        s = S[i, j] - shift
        keep = s >= cfg.floor
        edges = (i[keep].astype(np.int64), j[keep].astype(np.int64), s[keep].astype(np.float64))
        n = len(self.rows)
        groups = [G._Group([k], True, None, None, []) for k in range(n)]
        final = (agglomerate or G._agglomerate)(groups, edges, list(range(n)), G.replace(cfg, threshold=thr))
        pred = {}
        for g in final:
            if g is None:
                continue
            for k in g.members:
                pred[self.rows[k]["id"]] = f"g{min(g.members)}"
        return pred

    def f1(self, **kw):
        return f1(self.group(**kw), self.gold, self.rows)
