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
from sklearn.feature_extraction.text import TfidfVectorizer
Xch=TfidfVectorizer(analyzer="char_wb",ngram_range=(2,5),min_df=3,sublinear_tf=True,max_features=200000).fit_transform(texts)
from manysides.nlp.slant_features import feature_strings
Xw=TfidfVectorizer(analyzer=feature_strings,min_df=2,sublinear_tf=True).fit_transform(texts)
print(Xch.shape,Xw.shape,flush=True)
for name,make,blocks in [
  ("base C4",LR(4),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("base C64",LR(64),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("char C16",LR(16),[(Xch,"sp")]),
  ("char C64",LR(64),[(Xch,"sp")]),
  ("ownword C16",LR(16),[(Xw,"sp")]),
  ("base+char C16",LR(16),[(Xt,"sp"),(Xch,"sp"),(S,"dense"),(ext[:,None],"dense")]),
  ("svm base",lambda: LinearSVC(C=0.5,class_weight="balanced",random_state=13),[(Xt,"sp"),(S,"dense"),(ext[:,None],"dense")]),
]:
    d=cv(make,blocks); res[name]=d; print(f"{name:28s} acc {acc(d):.3f}",flush=True)
