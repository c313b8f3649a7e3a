"""Outlet names in the text: the shipped scorer with and without its outlet mask.

    .venv/bin/python benchmarks/slant_outlet_mentions.py     # ~1 min

The scorer masks the names of the AllSides outlets (slant_outlets.OutletMask) before it
reads an article, as training stripped them. This prints, for the shipped weights scored
both ways: macro-F1 and accuracy on the 3,202 articles of the 92 held-out families (the
shipped scorer itself, unlike slant_eval.py's section 1, which refits on count matrices),
how far scores and labels move, the BASIL and AllSides-roundup triplet orders of
same_event, and how many articles show an outlet name among their phrase evidence.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel, default_path  # noqa: E402
from slant_eval import scores_by_event, triplet_order  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def run(model: SlantModel, texts: list[str], titles: list[str | None]):
    t0 = time.time()
    out = model.score_many(texts, titles)
    return out, len(texts) / (time.time() - t0)


def named_evidence(scored, texts: list[str], mask) -> int:
    """Articles with a phrase evidence span on an outlet name."""
    n = 0
    for (slant, _), text in zip(scored, texts):
        names = mask.spans(text)
        n += any(ev.kind == "phrase" and any(ev.start < e and s < ev.end for s, e in names)
                 for ev in slant.evidence)
    return n


def main() -> None:
    masked = SlantModel.load()
    plain = SlantModel.load(default_path())  # a second instance, its mask switched off
    plain.outlet_mask = None
    mask = masked.outlet_mask
    if mask is None:
        sys.exit("the shipped model has no outlet list (data/slant/training_outlets.json)")

    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    _, te = T.family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    held = [r for r, t in zip(rows, te) if t]
    texts = [r["text"] for r in held]
    titles = [r.get("title") for r in held]
    y = np.array([T.CLASSES.index(r["leaning"]) for r in held])
    print(f"== Held-out families: {len(held)} articles, shipped weights, scorer without / with the mask")
    res = {}
    for name, model in (("without mask", plain), ("with mask", masked)):
        scored, speed = run(model, texts, titles)
        pred = np.array([T.CLASSES.index(s.label) for s, _ in scored])
        res[name] = scored
        print(f"   {name:13s} macro-F1 {T.macro_f1(y, pred):.3f}  accuracy {np.mean(pred == y):.3f}  "
              f"{speed:.0f} articles/s  articles with an outlet name among the phrases: "
              f"{named_evidence(scored, texts, mask)}")
    a = np.array([s.score for s, _ in res["without mask"]])
    b = np.array([s.score for s, _ in res["with mask"]])
    ha = np.array([h.probability for _, h in res["without mask"]])
    hb = np.array([h.probability for _, h in res["with mask"]])
    labels = np.mean([x.label != z.label for (x, _), (z, _) in zip(res["without mask"], res["with mask"])])
    with_names = np.array([bool(mask.spans(t)) for t in texts])
    print(f"   articles naming an outlet: {with_names.sum()}; score change |Δ| mean {np.abs(b - a).mean():.4f}"
          f" (among those {np.abs(b - a)[with_names].mean():.4f}), max {np.abs(b - a).max():.3f}; "
          f"labels changed {labels:.3f}; hyperpartisan |Δp| mean {np.abs(hb - ha).mean():.4f}")

    arts = T.load_jsonl(DATA / "same_event" / "articles.jsonl")
    print(f"\n== same_event ({len(arts)} articles)")
    st = [a["text"] for a in arts]
    for name, model in (("without mask", plain), ("with mask", masked)):
        scored, _ = run(model, st, [a.get("title") for a in arts])
        by_event, corpus = scores_by_event(arts, [s.score for s, _ in scored])
        orders = []
        for c in ("basil", "allsides-roundup"):
            ok, n = triplet_order(by_event, corpus, c)
            orders.append(f"{c} triplets {ok}/{n} = {ok / n:.3f}")
        print(f"   {name:13s} " + "; ".join(orders) +
              f"; articles with an outlet name among the phrases: {named_evidence(scored, st, mask)}")


if __name__ == "__main__":
    main()
