"""Hyperpartisan with subjectivity-lexicon features (TextBlob's lexicon, as the "loaded"
evidence uses): does the share of strongly evaluative words add to the shipped recipe?

    nice -n 10 .venv/bin/python scripts/slant_ideas/hyper_loaded.py

Same 10 folds (seed 13) as the other hyper_* scripts; accuracy of the sign of the decision.
"""
import os
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import tokenize  # noqa: E402
from manysides.nlp.slant_loaded import lexicon  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
rows = T.load_jsonl(T.Path(ROOT, "..", "shared", "data", "hyperpartisan", "train.jsonl"))
texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
m = SlantModel.load()
fit = T.SlantFit(vocab=m.meta["vocabulary"], idf=m.idf, coef=m.coef, intercept=m.intercept, bias=m.bias,
                 temperature=m.temperature, config=T.SlantConfig())
Xt, S, ext = T.hyper_design(texts, fit)
lex = lexicon()


def lexicon_features(text: str) -> list[float]:
    """Per 100 words: strongly subjective words, negative ones, positive ones; mean
    subjectivity and mean |polarity| of the lexicon words present."""
    words = [w for w, *_ in tokenize(text)]
    n = max(len(words), 1)
    hits = [lex[w] for w in words if w in lex and lex[w].intensity <= 1.0]
    strong = [e for e in hits if e.subjectivity >= 0.7]
    return [100 * len(strong) / n,
            100 * sum(e.polarity <= -0.1 for e in strong) / n,
            100 * sum(e.polarity >= 0.1 for e in strong) / n,
            float(np.mean([e.subjectivity for e in hits])) if hits else 0.0,
            float(np.mean([abs(e.polarity) for e in hits])) if hits else 0.0]


L = np.array([lexicon_features(t) for t in texts])
folds = list(StratifiedKFold(10, shuffle=True, random_state=13).split(texts, y))


def cv(blocks, C=16.0):
    d = np.zeros(len(y))
    for tr, te in folds:
        mats = []
        for B, dense in blocks:
            if dense:
                mu, sd = B[tr].mean(0), B[tr].std(0) + 1e-6
                mats.append(sp.csr_matrix((B - mu) / sd))
            else:
                mats.append(sp.csr_matrix(B))
        M = sp.hstack(mats).tocsr()
        clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=13)
        clf.fit(M[tr], y[tr])
        d[te] = clf.decision_function(M[te])
    return float(np.mean((d > 0) == (y == 1)))


print(f"shipped recipe (TF-IDF + register + extremity)   acc {cv([(Xt, False), (S, True), (ext[:, None], True)]):.3f}")
print(f"+ 5 lexicon features                              acc {cv([(Xt, False), (S, True), (ext[:, None], True), (L, True)]):.3f}")
print(f"register + extremity + lexicon only (C=1)         acc {cv([(S, True), (ext[:, None], True), (L, True)], C=1.0):.3f}")
print(f"lexicon features only (C=1)                       acc {cv([(L, True)], C=1.0):.3f}")
