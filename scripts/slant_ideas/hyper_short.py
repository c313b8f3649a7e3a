"""A hyperpartisan decision offset for short texts, as the slant got one (not shipped).

    nice -n 10 .venv/bin/python scripts/slant_ideas/hyper_short.py     # ~2 min

The recipe's 10 folds over the 645 hand-labelled articles: each fold's model is fitted
on the other folds' whole articles and decides on the fold's articles cut to their first
50 / 100 / 200 / 400 words (the whole article's label kept). An offset per length is tuned
on one random half and read on the other, both ways. Then the offsets tuned on all 645
are applied, by each article's own length, to the whole articles' out-of-fold decisions:
the articles that are short as written are where an offset would do harm.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import _WORD_RE  # noqa: E402

POINTS = (50, 100, 200, 400)


def shift(d: np.ndarray, y: np.ndarray, a: float, b: float) -> float:
    grid = np.round(np.arange(-3.0, 3.0001, 0.1), 2)
    return float(max(grid, key=lambda x: (np.mean(((a * (d + x) + b) > 0) == y), -abs(x))))


def main() -> int:
    m = SlantModel.load()
    fit = T.SlantFit(vocab=m.meta["vocabulary"], idf=m.idf, coef=m.coef, intercept=m.intercept, bias=m.bias,
                     temperature=m.temperature, config=T.SlantConfig())
    rows = T.load_jsonl(ROOT.parent / "shared" / "data" / "hyperpartisan" / "train.jsonl")
    texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
    y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
    C, neutral = m.meta["hyper_C"], m.meta.get("hyper_neutral_features", T.HYPER_NEUTRAL)
    a, b = m.meta["hyper_platt"]
    full = T.hyper_design(texts, fit)
    cuts = {n: T.hyper_design([T.first_words(t, n) for t in texts], fit) for n in POINTS}
    whole = np.zeros(len(y))
    cut = {n: np.zeros(len(y)) for n in POINTS}
    for tr, te in StratifiedKFold(n_splits=10, shuffle=True, random_state=T.SEED).split(full[0], y):
        lr, mu, sc = T.fit_hyper_core(full[0][tr], full[1][tr], full[2][tr], y[tr], C)
        whole[te] = T.hyper_decision(lr, mu, sc, full[0][te], full[1][te], full[2][te], neutral)
        for n, (X, S, e) in cuts.items():
            cut[n][te] = T.hyper_decision(lr, mu, sc, X[te], S[te], e[te], neutral)
    half = np.random.default_rng(T.SEED).permutation(len(y)) % 2 == 0
    offsets = {}
    for n in POINTS:
        d = cut[n]
        before = after = 0
        for tune, read in ((half, ~half), (~half, half)):
            x = shift(d[tune], y[tune], a, b)
            before += np.sum(((a * d[read] + b) > 0) == y[read])
            after += np.sum(((a * (d[read] + x) + b) > 0) == y[read])
        offsets[n] = shift(d, y, a, b)
        print(f"cut to {n:>3} words: accuracy {before / len(y):.3f} -> {after / len(y):.3f} "
              f"(offset tuned on the other half); on all 645 the offset is {offsets[n]:+.1f}")
    words = np.array([min(len(_WORD_RE.findall(t)), 800) for t in texts])
    xs, ys = np.log(POINTS[:-1] + (POINTS[-1],)), [offsets[n] for n in POINTS[:-1]] + [0.0]
    off = np.interp(np.log(words), xs, ys)
    short = words < 400
    for name, d in (("without", whole), ("with", whole + off)):
        p = (a * d + b) > 0
        print(f"whole articles {name} the offsets: accuracy {np.mean(p == y):.3f}; the {short.sum()} under 400 "
              f"words as written {np.mean(p[short] == y[short]):.3f}, called {p[short].mean():.3f} "
              f"(gold {y[short].mean():.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
