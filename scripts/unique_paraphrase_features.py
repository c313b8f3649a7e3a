"""(experiment) Features that might tell a whole-sentence "only one outlet" item another outlet
reports in other words, against unique_items.py's judged labels.

    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/unique_paraphrase_features.py --cache /tmp/se.db --out f.jsonl

Writes one JSON line per listed item: event, corpus, label (own / elsewhere / None), best cosine,
its details, and overlap features against the other outlets' sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from shared_points_pairs import analyse, sentence_key  # noqa: E402
from unique_items import load_labels  # noqa: E402


def stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    for suf in ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "s", "ly", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[:-len(suf)]
            break
    return w[:6]


def content(text: str) -> set[str]:
    from manysides.compare._text import NUMBER_WORDS, STOP_WORDS, words

    return {stem(w) if not w[0].isdigit() else w.rstrip(".,") for w in words(text, numbers=True)
            if w not in STOP_WORDS and w not in NUMBER_WORDS and (len(w) > 2 or w[0].isdigit())}


def content_overlap(v, views) -> dict:
    mine = content(v.text)
    others = [w for w in views if w.outlet != v.outlet]
    sets = [content(w.text) for w in others]
    allw = set().union(*sets) if sets else set()
    n = max(1, len(mine))
    c1 = max((len(mine & s) / n for s in sets), default=0.0)
    c2 = 0.0
    for i in range(len(others) - 1):
        if others[i].article == others[i + 1].article:
            c2 = max(c2, len(mine & (sets[i] | sets[i + 1])) / n)
    c3 = 0.0
    for i in range(len(others) - 2):
        if others[i].article == others[i + 2].article:
            c3 = max(c3, len(mine & (sets[i] | sets[i + 1] | sets[i + 2])) / n)
    return {"n_content": len(mine), "cover_any": len(mine & allw) / n, "cover1": c1, "cover2": max(c1, c2),
            "cover3": max(c1, c2, c3), "missing": sorted(mine - allw)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    from manysides.compare import compare_story
    from manysides.compare._text import outlet_key, sentence_views
    from manysides.records import Story

    arts, anns, vecs, events = analyse(args.cache)
    items, _ = load_labels()
    with args.out.open("w", encoding="utf-8") as out:
        for event, ids in sorted(events.items()):
            group = [arts[g] for g in ids]
            rep = compare_story(Story(id="s", title="", articles=tuple(a.id for a in group)), group, anns, vecs)
            views, mats = sentence_views(group, anns, vecs)
            row = {(v.article, v.start): v for v in views}
            for u in rep.unique:
                own = next(a for a in group if a.id == u.article)
                v = row[(u.article, u.start)]
                others = [w for w in views if w.outlet != v.outlet]
                sims = [(float(mats[w.article][w.index] @ mats[v.article][v.index]), w) for w in others]
                sims.sort(key=lambda x: -x[0])
                feats = content_overlap(v, views)
                out.write(json.dumps({
                    "event": event, "corpus": "basil" if event.startswith("basil") else "roundups",
                    "label": items.get((event, sentence_key(u.text))), "text": u.text,
                    "outlet": outlet_key(own), "best": sims[0][0] if sims else 0.0,
                    "second": sims[1][0] if len(sims) > 1 else 0.0,
                    "details": [d.text for d in u.details], "top": sims[0][1].text if sims else "", **feats}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
