import sys, time, numpy as np, scipy.sparse as sp, os
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper
from pathlib import Path
DATA=Path("../shared/data")
rows=T.load_allsides(DATA/"allsides"/"articles.jsonl.xz")
fam=np.array([r["outlet_family"] for r in rows]); y=np.array([T.CLASSES.index(r["leaning"]) for r in rows])
tr,te=T.family_split(fam,[r["leaning"] for r in rows])
cache="/tmp/slant_emb/Xc_train.npz"
t0=time.time()
trrows=[r for r,k in zip(rows,tr) if k]
if os.path.exists(cache):
    Xc=sp.load_npz(cache).tocsr(); vocab=open("/tmp/slant_emb/vocab.txt").read().split("\n")
else:
    st=OutletStripper(T.outlet_names(trrows))
    Xc,vocab=T.count_matrix(T.stripped_texts(trrows,st),min_df=3)
    sp.save_npz(cache,Xc); open("/tmp/slant_emb/vocab.txt","w").write("\n".join(vocab))
print("counted",time.time()-t0,flush=True)
ytr=y[tr]; ftr=fam[tr]
cfg=T.SlantConfig()
from sklearn.model_selection import GroupKFold
from sklearn.linear_model import LogisticRegression
def adv_fit(Xc_tr, y_tr, f_tr, k):
    fit=T.fit_slant_core(Xc_tr, vocab, y_tr, f_tr, cfg)  # for vocab/idf
    vi={t:i for i,t in enumerate(vocab)}
    cols=np.array([vi[t] for t in fit.vocab])
    Xt=T.tfidf(Xc_tr[:,cols], fit.idf)
    # within-class family deviations: family mean minus its class mean
    fams,inv=np.unique(f_tr,return_inverse=True)
    F=sp.csr_matrix((np.ones(len(inv)),(inv,np.arange(len(inv)))),shape=(len(fams),len(inv)))
    sizes=np.asarray(F.sum(1)).ravel()
    big=sizes>=20
    M=np.asarray((sp.diags(1/sizes)@F@Xt).todense())
    fam_class=np.array([np.bincount(y_tr[inv==g]).argmax() for g in range(len(fams))])
    D=M.copy()
    for c in range(3):
        m=(fam_class==c)&big
        D[fam_class==c]-=M[m].mean(0)
    D=D[big]*np.sqrt(sizes[big])[:,None]**0  # families equal
    U,s,Vt=np.linalg.svd(D,full_matrices=False)
    V=Vt[:k].T
    Xd=np.asarray(Xt.todense()); Xd-= (Xd@V)@V.T
    w=T.sample_weights(y_tr,f_tr,0.0)
    lr=LogisticRegression(C=cfg.C,max_iter=300,tol=1e-3,random_state=13); lr.fit(Xd,y_tr,sample_weight=w)
    coef=lr.coef_-(lr.coef_@V)@V.T
    fit.coef=coef.astype(np.float32); fit.intercept=lr.intercept_.astype(np.float32)
    return fit
vi={t:i for i,t in enumerate(vocab)}
for k in [int(a) for a in sys.argv[1:]]:
    t0=time.time(); oof=np.zeros((len(ytr),3))
    for a,b in GroupKFold(3).split(Xc,ytr,ftr):
        f=adv_fit(Xc[a],ytr[a],ftr[a],k) if k>0 else T.fit_slant_core(Xc[a],vocab,ytr[a],ftr[a],cfg)
        oof[b]=T.slant_logits(f,Xc[b],vi)
    bias=T.tune_bias(oof,ytr)
    np.save(f"/tmp/slant_emb/oof_adv{k}.npy",oof)
    print(f"adv k={k}: raw {T.macro_f1(ytr,oof.argmax(1)):.3f} tuned {T.macro_f1(ytr,(oof+bias).argmax(1)):.3f} ({time.time()-t0:.0f}s)",flush=True)
