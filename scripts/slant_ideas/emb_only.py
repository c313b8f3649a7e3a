import sys, numpy as np
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T
from pathlib import Path
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
rows=T.load_allsides(Path("../shared/data/allsides/articles.jsonl.xz"))
fam=np.array([r["outlet_family"] for r in rows]); y=np.array([T.CLASSES.index(r["leaning"]) for r in rows])
tr,te=T.family_split(fam,[r["leaning"] for r in rows])
idx=np.load("/tmp/slant_emb/allsides_idx.npy"); E=np.load("/tmp/slant_emb/allsides_sub.npy")
m=tr[idx]; Es=E[m]; ys=y[idx[m]]; fs=fam[idx[m]]
for C in (0.25,1,4):
    oof=np.zeros((len(ys),3))
    for a,b in GroupKFold(3).split(Es,ys,fs):
        w=T.sample_weights(ys[a],fs[a],0.0)
        lr=LogisticRegression(C=C,max_iter=2000,random_state=13).fit(Es[a],ys[a],sample_weight=w)
        oof[b]=lr.decision_function(Es[b])
    np.save(f"/tmp/slant_emb/emb_oof_C{C}.npy",oof)
    print(f"emb LR C={C}: raw {T.macro_f1(ys,oof.argmax(1)):.3f} tuned {T.macro_f1(ys,(oof+T.tune_bias(oof,ys)).argmax(1)):.3f}",flush=True)
