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
for name,make,blocks in [
  ("base C16",LR(16),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("base+style2 C16",LR(16),[(Xt,"sp"),(S,"dense"),(S2,"dense"),(ext[:,None],"dense")]),
  ("emb only C1",LR(1),[(E,"sp")]),
  ("emb only C4",LR(4),[(E,"sp")]),
  ("emb only C16",LR(16),[(E,"sp")]),
  ("style2+S+ext C1",LR(1),[(S,"dense"),(S2,"dense"),(ext[:,None],"dense")]),
  ("tfidf+emb C16",LR(16),[(Xt,"sp"),(E,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("tfidf+emb*2 C16",LR(16),[(Xt,"sp"),(2*E,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("tfidf+emb+style2 C16",LR(16),[(Xt,"sp"),(E,"sp"),(S,"dense"),(S2,"dense"),(ext[:,None],"dense")]),
  ("svm tfidf+emb+style2",lambda: LinearSVC(C=0.5,class_weight="balanced",random_state=13),[(Xt,"sp"),(E,"sp"),(S,"dense"),(S2,"dense"),(ext[:,None],"dense")]),
]:
    d=cv(make,blocks); res[name]=d; print(f"{name:28s} acc {acc(d):.3f}",flush=True)
def z(d): return (d-d.mean())/d.std()
for a,b in [("base C16","emb only C4"),("base+style2 C16","emb only C4"),("tfidf+emb+style2 C16","svm tfidf+emb+style2")]:
    print("ens",a,"+",b, f"{acc(z(res[a])+z(res[b]) - 0*0):.3f}")
