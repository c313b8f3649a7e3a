import sys, re, time, numpy as np
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp import slant_train as T
from manysides.nlp.models import load_embedder
rows=T.load_jsonl(T.Path("../shared/data/hyperpartisan/train.jsonl"))
SENT=re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
sents=[]; owner=[]
for i,r in enumerate(rows):
    ss=[m.group().strip() for m in SENT.finditer(r.get("text") or "") if len(m.group().split())>=4][:40]
    if r.get("title"): ss=[r["title"]]+ss
    sents+=ss; owner+=[i]*len(ss)
print(len(sents),flush=True)
emb=load_embedder(); t0=time.time()
V=np.vstack([emb.encode(sents[i:i+2048]) for i in range(0,len(sents),2048)])
owner=np.array(owner); M=np.zeros((len(rows),V.shape[1]),dtype=np.float32)
np.add.at(M,owner,V); M/=np.maximum(np.bincount(owner,minlength=len(rows)),1)[:,None]
np.save("/tmp/slant_emb/hyper_sentmean.npy",M); print(time.time()-t0)
