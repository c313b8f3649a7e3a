import sys, json, re, numpy as np
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
from manysides.nlp.models import load_spacy
from manysides.nlp.entities import extract_entities
from manysides.nlp.quotes import extract_quotes
from manysides.nlp.slant_sourcing import speaker_side, _mentions, _BEFORE, _AFTER
arts=[json.loads(l) for l in open("../shared/data/same_event/articles.jsonl")]
basil=[a for a in arts if a["corpus"]=="basil"]
rng=np.random.default_rng(int(sys.argv[1]) if len(sys.argv)>1 else 1); pick=[basil[i] for i in rng.permutation(len(basil))[:40]]
nlp=load_spacy(); seen=0
for doc,a in zip(nlp.pipe([a["text"] for a in pick]),pick):
    ents=extract_entities(doc); text=a["text"]
    for q in extract_quotes(doc,ents):
        if not q.speaker: continue
        ms=_mentions(q.speaker,text,ents); side=speaker_side(q.speaker,text,ms)
        if side is None: continue
        ctx=[]
        for s,e in ms:
            m=_BEFORE.search(text,max(0,s-60),s); m2=_AFTER.match(text[e:e+40])
            if m or m2: ctx.append(text[max(0,s-40):e+30].replace("\n"," "))
        print(f"{side:5s} | {q.speaker:28s} | {ctx[0] if ctx else '(speaker string)'}")
        seen+=1
print(seen)
