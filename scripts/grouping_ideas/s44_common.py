"""Session 44 harness: same_event through the live `group()` (run with PYTHONPATH=src), with a
similarity class swapped in for a call, scored on dev / test / full with and without dates.

Cached MiniLM vectors only (`benchmarks/grouping_same_event.py` fills the cache once).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_same_event as bench  # noqa: E402
from manysides.stories import grouping as G  # noqa: E402
from manysides.stories.metrics import bcubed  # noqa: E402


def load(distractors: int = 0):
    rows = bench.load_same_event()
    vecs, _ = bench.vectors_for(rows)
    vecs_of = {r["id"]: v for r, v in zip(rows, vecs)}
    gold = {r["id"]: r["event"] for r in rows}
    extra = []
    if distractors:
        extra = bench.load_distractors(distractors)
        evecs, _ = bench.vectors_for(extra)
        vecs_of.update({r["id"]: v for r, v in zip(extra, evecs)})
        gold.update({r["id"]: r["event"] for r in extra})
    return rows, extra, vecs_of, gold


@contextmanager
def similarity(cls):
    saved = G._Similarity
    if cls is not None:
        G._Similarity = cls
    try:
        yield
    finally:
        G._Similarity = saved


def group_rows(rows, vecs_of, dated, cfg=None, sim_cls=None, group_fn=None):
    cfg = cfg or G.GroupConfig()
    items = bench.items_for(rows, np.array([vecs_of[r["id"]] for r in rows]), dated)
    with similarity(sim_cls):
        return (group_fn or G.group)(items, **cfg.__dict__)


def f1(pred, gold, rows):
    return bcubed(pred, gold, [r["id"] for r in rows])


def table(rows, vecs_of, gold, sim_cls=None, cfg_dated=None, cfg_undated=None, group_fn=None, dates=True):
    """'dev test full' B3 F1 without dates (and with dates when `dates`)."""
    parts = bench.halves(rows)
    out = {}
    for dated in ((False, True) if dates else (False,)):
        cfg = (cfg_dated if dated else cfg_undated) or G.GroupConfig()
        for name, part in parts.items():
            pred = group_rows(part, vecs_of, dated, cfg, sim_cls, group_fn)
            b = f1(pred, gold, part)
            out[(dated, name)] = (b.precision, b.recall, b.f1)
    return out


def fmt(out) -> str:
    s = []
    for dated in (False, True):
        vals = [out.get((dated, n)) for n in ("dev", "test", "full")]
        if vals[0] is None:
            continue
        s.append(("dates " if dated else "undated ") + " / ".join(f"{v[2]:.4f}" for v in vals)
                 + "  (P/R full " + f"{vals[2][0]:.3f}/{vals[2][1]:.3f})")
    return " | ".join(s)


def mixed(rows, extra, vecs_of, gold, dated, cfg=None, sim_cls=None, group_fn=None):
    """B3 F1 with the distractors mixed in, and how many distractors are not alone."""
    from collections import Counter
    allr = rows + extra
    pred = group_rows(allr, vecs_of, dated, cfg, sim_cls, group_fn)
    b = f1(pred, gold, allr)
    size = Counter(pred.values())
    pulled = sum(1 for r in extra if size[pred[r["id"]]] > 1)
    with_extra = {pred[r["id"]] for r in extra}
    joined = sum(1 for r in rows if pred[r["id"]] in with_extra)
    return b.f1, joined, pulled


def knn_graph(S, k):
    """S with its diagonal at -inf, and each row's k nearest as a boolean matrix: the mutual k-NN ideas' start."""
    n = S.shape[0]
    T = S.copy()
    np.fill_diagonal(T, -np.inf)
    nbr = np.argsort(-T, axis=1)[:, :k]
    A = np.zeros((n, n), dtype=bool)
    A[np.repeat(np.arange(n), k), nbr.ravel()] = True
    return T, A


def token_rows(sets, n_pseudo=None):
    """Unit rows of a binary token matrix, IDF-weighted (with n_pseudo extra documents) when given, so that the
    signature and figure cosines of s44_signature and s44_grid are computed one way."""
    vocab = {}
    r, c = [], []
    for i, sg in enumerate(sets):
        for t in sg:
            r.append(i)
            c.append(vocab.setdefault(t, len(vocab)))
    m = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(sets), max(1, len(vocab))))
    if n_pseudo is not None:
        df = np.asarray(m.sum(axis=0)).ravel()
        idf = np.log((len(sets) + n_pseudo + 1.0) / (df + 1.0)) + 1.0
        m = m.multiply(idf[None, :]).tocsr()
    norm = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norm[norm == 0] = 1
    return (sp.diags(1 / norm) @ m).tocsr()


__all__ = ["G", "bench", "load", "group_rows", "f1", "table", "fmt", "mixed", "replace", "similarity", "knn_graph",
           "token_rows"]
