"""Register neutralising: train the slant recipe on the political sentences of each article
only (a sentence with a generic political word), the whole text when it has none.
Inner 3-fold GroupKFold-by-family macro-F1 on the training families."""
import os, re, sys, time, numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from pathlib import Path
from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper
from sklearn.model_selection import GroupKFold
POL = re.compile(r"\b(?:democrat\w*|republican\w*|gop|congress\w*|senat\w*|president\w*|government|"
                 r"administration|election\w*|vot\w+|campaign\w*|policy|policies|law|laws|legislat\w+|bill|"
                 r"liberal\w*|conservative\w*|progressive\w*|left|right|party|parties|politic\w*|governor|"
                 r"court|justice|immigra\w+|tax\w*|abortion|gun|guns|police|protest\w*)\b", re.I)
SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
def political(t):
    keep = [m.group() for m in SENT.finditer(t) if POL.search(m.group())]
    return "\n".join(keep) if keep else t
rows = T.load_allsides(Path("../shared/data/allsides/articles.jsonl.xz"))
fam = np.array([r["outlet_family"] for r in rows]); y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
tr, te = T.family_split(fam, [r["leaning"] for r in rows])
trrows = [r for r, k in zip(rows, tr) if k]
st = OutletStripper(T.outlet_names(trrows))
texts = [political(t) for t in T.stripped_texts(trrows, st)]
print("kept share of characters", sum(map(len, texts)) / sum(len(T.article_text(r.get("title"), r.get("text") or "")) for r in trrows), flush=True)
Xc, vocab = T.count_matrix(texts, min_df=3)
ytr, ftr = y[tr], fam[tr]; vi = {t: i for i, t in enumerate(vocab)}; cfg = T.SlantConfig()
oof = np.zeros((len(ytr), 3))
for a, b in GroupKFold(3).split(Xc, ytr, ftr):
    f = T.fit_slant_core(Xc[a], vocab, ytr[a], ftr[a], cfg)
    oof[b] = T.slant_logits(f, Xc[b], vi)
print(f"political sentences: raw {T.macro_f1(ytr, oof.argmax(1)):.3f} tuned {T.macro_f1(ytr, (oof + T.tune_bias(oof, ytr)).argmax(1)):.3f}")
