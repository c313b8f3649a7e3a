"""NB-SVM (Wang & Manning 2012) for hyperpartisanship: naive-Bayes log-count ratios,
computed inside each training fold, scale binary word n-grams for a linear classifier.

    .venv/bin/python scripts/slant_ideas/hyper_nbsvm.py

Same 10 stratified folds (seed 13) as the other hyper_*.py scripts; prints accuracy of
the sign of the decision value for a few settings, beside the shipped recipe's design.
"""
import os
import sys

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import feature_strings  # noqa: E402

rows = T.load_jsonl(T.Path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                        "shared", "data", "hyperpartisan", "train.jsonl")))
texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
folds = list(StratifiedKFold(10, shuffle=True, random_state=13).split(texts, y))
m = SlantModel.load()
fit = T.SlantFit(vocab=m.meta["vocabulary"], idf=m.idf, coef=m.coef, intercept=m.intercept, bias=m.bias,
                 temperature=m.temperature, config=T.SlantConfig())
Xt, S, ext = T.hyper_design(texts, fit)  # the shipped recipe's TF-IDF, register features, extremity
dense = np.hstack([S, ext[:, None]])


def nb_ratio(X, yy, alpha=1.0):
    p = alpha + np.asarray(X[yy == 1].sum(0)).ravel()
    q = alpha + np.asarray(X[yy == 0].sum(0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def run(name, analyzer, ngram, model, C, with_dense=False, min_df=2):
    d = np.zeros(len(y))
    for tr, te in folds:
        vec = CountVectorizer(analyzer=analyzer, ngram_range=ngram, min_df=min_df, binary=True,
                              lowercase=True) if analyzer == "word" else CountVectorizer(
            analyzer=feature_strings, min_df=min_df, binary=True)
        Xtr = vec.fit_transform([texts[i] for i in tr])
        Xte = vec.transform([texts[i] for i in te])
        r = nb_ratio(Xtr, y[tr])
        Mtr, Mte = Xtr.multiply(r).tocsr(), Xte.multiply(r).tocsr()
        if with_dense:
            mu, sd = dense[tr].mean(0), dense[tr].std(0) + 1e-6
            Mtr = sp.hstack([Mtr, sp.csr_matrix((dense[tr] - mu) / sd)]).tocsr()
            Mte = sp.hstack([Mte, sp.csr_matrix((dense[te] - mu) / sd)]).tocsr()
        clf = (LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=13)
               if model == "lr" else LinearSVC(C=C, class_weight="balanced", random_state=13, max_iter=20000))
        clf.fit(Mtr, y[tr])
        d[te] = clf.decision_function(Mte)
    print(f"{name:48s} acc {np.mean((d > 0) == (y == 1)):.3f}", flush=True)


for C in (0.1, 1.0):
    run(f"NB-LR words 1-2 C={C}", "word", (1, 2), "lr", C)
for C in (0.01, 0.1):
    run(f"NB-SVM words 1-2 C={C}", "word", (1, 2), "svm", C)
run("NB-SVM words 1-3 C=0.1", "word", (1, 3), "svm", 0.1)
run("NB-LR shipped features (uni+bigrams) C=1", "feat", None, "lr", 1.0)
run("NB-LR words 1-2 C=1 + register + extremity", "word", (1, 2), "lr", 1.0, with_dense=True)
