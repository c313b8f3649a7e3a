import sys, time, numpy as np
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]; sys.path.insert(0, str(ROOT / "src"))
from manysides.nlp import slant_train as T
from manysides.nlp.slant_features import OutletStripper
from manysides.nlp.models import load_embedder
from manysides.stories.vectors import lead_text
DATA = ROOT.parent / "shared" / "data"
rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
fam = np.array([r["outlet_family"] for r in rows])
tr, te = T.family_split(fam, [r["leaning"] for r in rows])
rng = np.random.default_rng(13)
pick = []
for f in np.unique(fam[tr]):
    idx = np.flatnonzero(fam == f)
    pick += rng.permutation(idx)[:15].tolist()
test_idx = np.flatnonzero(te)
# a third of the test set first (what the quality gate uses is every third), then the rest
order = sorted(pick) + test_idx.tolist()
print(len(pick), len(test_idx), flush=True)
np.save("/tmp/slant_emb/allsides_idx.npy", np.array(order))
st = OutletStripper(T.outlet_names([r for r, k in zip(rows, tr) if k]))
leads = []
for i in order:
    r = rows[i]
    leads.append(lead_text(st.strip(r.get("title") or "").replace("\x00", " "),
                           st.strip(r.get("text") or "", extra=T.byline_names(r.get("authors"))).replace("\x00", " ")) or " ")
emb = load_embedder(); t0 = time.time(); parts = []
for i in range(0, len(leads), 512):
    parts.append(emb.encode(leads[i:i+512])); print(i, f"{time.time()-t0:.0f}s", flush=True)
    np.save("/tmp/slant_emb/allsides_part.npy", np.vstack(parts))
np.save("/tmp/slant_emb/allsides_sub.npy", np.vstack(parts).astype(np.float32))
