import sys, re, math, numpy as np, scipy.sparse as sp
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T
from manysides.nlp.slant import SlantModel
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.model_selection import StratifiedKFold
rows=T.load_jsonl(T.Path("../shared/data/hyperpartisan/train.jsonl"))
texts=[T.article_text(r.get("title"), r.get("text") or "") for r in rows]
y=np.array([1 if r["hyperpartisan"] else 0 for r in rows])
E=np.load("/tmp/slant_emb/hyper.npy")
m=SlantModel.load()
fit=T.SlantFit(vocab=m.meta["vocabulary"], idf=m.idf, coef=m.coef, intercept=m.intercept, bias=m.bias, temperature=m.temperature, config=T.SlantConfig())
Xt,S,ext=T.hyper_design(texts, fit)
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "style2.py")).read())
S2=np.vstack([style2(t) for t in texts])
skf=list(StratifiedKFold(10,shuffle=True,random_state=13).split(texts,y))
def cv(make, blocks):
    d=np.zeros(len(y))
    for tr,te in skf:
        mats=[]
        for B,kind in blocks:
            if kind=="dense":
                mu=B[tr].mean(0); sd=B[tr].std(0)+1e-6; mats.append(sp.csr_matrix((B-mu)/sd))
            else: mats.append(sp.csr_matrix(B))
        M=sp.hstack(mats).tocsr()
        clf=make(); clf.fit(M[tr],y[tr]); d[te]=clf.decision_function(M[te])
    return d
acc=lambda d: np.mean((d>0)==(y==1))
LR=lambda C: (lambda: LogisticRegression(C=C,max_iter=3000,class_weight="balanced",random_state=13))
res={}
E1=E[:,:]
logits=np.asarray(Xt@fit.coef.T)+fit.intercept
P=T.softmax((logits+fit.bias)/fit.temperature)
signed=(P[:,2]-P[:,0])[:,None]
for name,make,blocks in [
  ("base C16",LR(16),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("base+signed+probs C16",LR(16),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense"),(signed,"dense"),(P,"dense")]),
]:
    d=cv(make,blocks); res[name]=d; print(f"{name:28s} acc {acc(d):.3f}",flush=True)
