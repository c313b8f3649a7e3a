"""Cache MiniLM lead embeddings (lead_text of title + text) of the hyperpartisan and same_event articles."""
import sys, time, numpy as np
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]; sys.path.insert(0, str(ROOT / "src"))
from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper
from manysides.nlp.models import load_embedder
from manysides.stories.vectors import lead_text
DATA = ROOT.parent / "shared" / "data"
emb = load_embedder()
def run(name, titles, texts):
    out = Path(f"/tmp/slant_emb/{name}.npy")
    if out.exists(): return
    leads = [lead_text(t, x) or " " for t, x in zip(titles, texts)]
    t0 = time.time(); parts = []
    for i in range(0, len(leads), 1024):
        parts.append(emb.encode(leads[i:i+1024])); print(name, i, f"{time.time()-t0:.0f}s", flush=True)
    np.save(out, np.vstack(parts).astype(np.float32))
h = T.load_jsonl(DATA / "hyperpartisan" / "train.jsonl")
run("hyper", [r.get("title") for r in h], [r.get("text") or "" for r in h])
s = T.load_jsonl(DATA / "same_event" / "articles.jsonl")
run("same_event", [r.get("title") for r in s], [r.get("text") or "" for r in s])
