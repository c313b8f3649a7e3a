import sys, json, time, numpy as np
from collections import defaultdict
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp.models import load_spacy
from manysides.nlp.entities import extract_entities
from manysides.nlp.quotes import extract_quotes
from manysides.nlp.slant_sourcing import sourcing
arts=[json.loads(l) for l in open("../shared/data/same_event/articles.jsonl")]
nlp=load_spacy(); t0=time.time(); out=[]
for doc,a in zip(nlp.pipe([a["text"] for a in arts], batch_size=16), arts):
    ents=extract_entities(doc); qs=extract_quotes(doc, ents); s=sourcing(a["text"], qs, ents)
    out.append({"id":a["id"],"event":a["event"],"corpus":a["corpus"],"leaning":a["leaning"],"n_quotes":len(qs),
                "rq":s.right_quotes,"lq":s.left_quotes,"rw":s.right_words,"lw":s.left_words,"ow":s.other_words,"balance":s.balance,"one_sided":s.one_sided})
json.dump(out, open("/tmp/slant_emb/sourcing_same_event.json","w"))
print(f"{len(arts)} in {time.time()-t0:.0f}s")
