import sys, numpy as np
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T
from pathlib import Path
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
rows=T.load_allsides(Path("../shared/data/allsides/articles.jsonl.xz"))
fam=np.array([r["outlet_family"] for r in rows]); y=np.array([T.CLASSES.index(r["leaning"]) for r in rows])
tr,te=T.family_split(fam,[r["leaning"] for r in rows])
idx=np.load("/tmp/slant_emb/allsides_idx.npy"); E=np.load(sys.argv[1] if len(sys.argv)>1 else "/tmp/slant_emb/allsides_sub.npy")
n=len(E); idx=idx[:n]
sub=idx[tr[idx]]; Es=E[tr[idx]]
ys=y[sub]; fs=fam[sub]
pos_in_tr=np.cumsum(tr)-1  # row -> position among training rows
oof_tfidf=np.load("/tmp/slant_emb/oof_adv0.npy")[pos_in_tr[sub]]
print("subsample", len(sub), "families", len(set(fs)), "tfidf oof on subsample: raw", round(T.macro_f1(ys,oof_tfidf.argmax(1)),3))
for C in (1,):
    oof=np.zeros((len(ys),3))
    for a,b in GroupKFold(3).split(Es,ys,fs):
        w=T.sample_weights(ys[a],fs[a],0.0)
        lr=LogisticRegression(C=C,max_iter=2000,random_state=13).fit(Es[a],ys[a],sample_weight=w)
        oof[b]=lr.decision_function(Es[b])
    print(f"emb LR C={C}: raw {T.macro_f1(ys,oof.argmax(1)):.3f} tuned {T.macro_f1(ys,(oof+T.tune_bias(oof,ys)).argmax(1)):.3f}")
    for a_ in (0.25,0.5,1.0,2.0):
        comb=oof_tfidf+a_*oof
        print(f"   tfidf + {a_}*emb: raw {T.macro_f1(ys,comb.argmax(1)):.3f} tuned {T.macro_f1(ys,(comb+T.tune_bias(comb,ys)).argmax(1)):.3f}")
b=T.tune_bias(oof_tfidf,ys); print("tfidf alone tuned on subsample", round(T.macro_f1(ys,(oof_tfidf+b).argmax(1)),3))
