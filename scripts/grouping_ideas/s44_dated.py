"""The pair terms applied to dated pairs too (the shipped dated settings): dated dev / test / full B3 F1."""
from __future__ import annotations

import numpy as np

from s44_common import G, load, table, fmt
from s44_grid import tfidf_cos
from s44_signature import make_sim

rows, _, vecs_of, gold = load()


def head_sim(a):
    class Sim(G._Similarity):
        def __init__(self, items, cfg, words=False):
            super().__init__(items, cfg, words)
            self.head = tfidf_cos([it.title or "" for it in items])

        def block(self, rows, cols):
            s = super().block(rows, cols)
            both = self.has_lex[rows][:, None] & self.has_lex[cols][None, :]
            return s + np.where(both, a * self.head[np.ix_(rows, cols)], 0.0)
    return Sim


for name, sim in [("signature a=0.15 b=0", make_sim(0.15, 0.0, 60, {"fig", "date", "day"}, False)),
                  ("signature a=0.05 b=0.05", make_sim(0.05, 0.05, 60, {"fig", "date", "day"}, False)),
                  ("headline 0.2", head_sim(0.2)), ("headline 0.1", head_sim(0.1))]:
    out = table(rows, vecs_of, gold, sim)
    print(name, "(dated pairs too, shipped bars):", fmt(out), flush=True)
