"""Fast undated evaluation: the pair matrix once per part, then many (term, bar) settings through the shipped
average linkage (`grouping._agglomerate`), as `group()` does for undated items; and the dev+A selection helpers
the session 44 scripts share, so that every script picks and reports alike."""
from __future__ import annotations

import hashlib
from collections import Counter

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

    def labelled(self, labels):
        """A prediction from one label per row (the graph and dense-linkage ideas)."""
        return {r["id"]: f"g{l}" for r, l in zip(self.rows, labels)}

    def score(self, pred):
        return f1(pred, self.gold, self.rows)

    def f1(self, **kw):
        return self.score(self.group(**kw))


def half_a(rid):
    """Distractor half A (used for picks) or B (reported only), by a hash of the id, the same in every script."""
    return int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0


def select_parts(rows, extra, vecs_of, gold):
    """The six sets of a dev+A pick (picked on the first, reported on all) as Parts, and the distractor ids."""
    A = [r for r in extra if half_a(r["id"])]
    B = [r for r in extra if not half_a(r["id"])]
    h = bench.halves(rows)
    sets = {"dev+A": h["dev"] + A, "dev": h["dev"], "test": h["test"], "full": rows, "test+B": h["test"] + B,
            "full+all": rows + extra}
    return {k: Part(v, vecs_of, gold) for k, v in sets.items()}, {r["id"] for r in extra}


def report(parts, ex, pred_of):
    """'set F1 | ...' over the six sets, pred_of(key, P) giving each prediction; on full + all 1,000 also how many
    distractors are not alone, since a rule that pairs every article with its best match must show there."""
    out = []
    for key, P in parts.items():
        pred = pred_of(key, P)
        note = ""
        if key == "full+all":
            size = Counter(pred.values())
            note = f" ({sum(1 for r in P.rows if r['id'] in ex and size[pred[r['id']]] > 1)} not alone)"
        out.append(f"{key} {P.score(pred).f1:.4f}{note}")
    return " | ".join(out)


def pick(cands, score):
    """(score, candidate) of the best candidate, a tie (within 1e-9) to the first, as every session 44 grid."""
    best = None
    for c in cands:
        v = score(c)
        if best is None or v > best[0] + 1e-9:
            best = (v, c)
    return best


def dtf(res) -> str:
    """'dev / test / full (full P R)' of {part: bcubed} for the dev-half picks."""
    return (f"{res['dev'].f1:.4f} / {res['test'].f1:.4f} / {res['full'].f1:.4f} "
            f"(full P {res['full'].precision:.3f} R {res['full'].recall:.3f})")
