"""The shipped recipe through the same harness (reference figures and speed)."""
import common as C

rows, vecs_of, gold, parts = C.load()
for dated in (True, False):
    cfg = C.G.GroupConfig()
    res = {k: C.run_part(p, vecs_of, gold, dated, cfg) for k, p in parts.items()}
    print("dated" if dated else "undated", "  ".join(f"{k}={f:.3f} ({len(parts[k])/s:.0f}/s)" for k, (f, s) in res.items()))
