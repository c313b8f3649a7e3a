"""Reviews 11-14's shared points, recomputed from kept stores, with the reviews' marks.

    nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_review_points.py --cache /tmp/rev

The review scripts (benchmarks/review1N_events.py) analyse their articles afresh on every run
(1-8 minutes each). To try a change to compare/shared.py, this analyses each review's articles
once into `--cache`/reviewN.db (the same JSON Lines export the review scripts write), then
recomputes `shared_points` of each gold event's articles with this checkout's code and prints
every point, each pair's cosine, and "X" on the sentences the review marked (its SHARED_WRONG),
with the count of points holding a mark per review. The review scripts themselves give the
figures to report: their stories are the grouping's, this takes the gold events. `--rule` adds one
of the rules of shared_points_diff.py (`RULES`) to the shipped code.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))


def store_for(review: str, cache: Path) -> Path:
    """The analysed store of one review's articles, built when missing."""
    from _review_corpus import ALLSIDES, read_rows

    import manysides
    from manysides.pipeline import load_leanings

    mod = importlib.import_module(f"{review}_events")
    db = cache / f"{review}.db"
    if db.exists():
        return db
    wanted = [i for ids in mod.EVENTS.values() for i in ids] + list(mod.OTHERS)
    rows = read_rows(ALLSIDES, wanted)
    corpus, leanings = cache / f"{review}.jsonl", cache / f"{review}_leanings.csv"
    with corpus.open("w", encoding="utf-8") as out:
        for i in wanted:
            r = rows[i]
            out.write(json.dumps({"id": i, "title": r["title"], "text": r["text"], "outlet": r["outlet"],
                                  "published": r.get("date"), "url": r.get("url"), "authors": r.get("authors")})
                      + "\n")
    with leanings.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["outlet", "leaning"])
        for outlet, leaning in sorted({(r["outlet"], r["leaning"]) for r in rows.values()}):
            w.writerow([outlet, leaning])
    manysides.analyze([str(corpus)], db=db, leanings=load_leanings(leanings))
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="folder of the analysed stores (built once)")
    ap.add_argument("--rule", help="a rule of shared_points_diff.py's RULES, added to the shipped code")
    ap.add_argument("--slack", type=float, default=0.0, help="with --rule mutual-best")
    ap.add_argument("reviews", nargs="*", default=["review11", "review12", "review13", "review14"])
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from shared_points_diff import _install, _mutual_best

    from manysides.compare import shared as shared_mod
    if args.rule:
        _install(args.rule, shared_mod, args.slack)
    args.cache.mkdir(parents=True, exist_ok=True)
    from manysides.compare.report import _independent
    from _review_corpus import read_store

    for review in args.reviews:
        mod = importlib.import_module(f"{review}_events")
        arts, anns, vecs = read_store(store_for(review, args.cache))
        total = wrong = 0
        for event, gold in mod.EVENTS.items():
            story = _independent([arts[g] for g in gold if g in arts])
            outlet = {a.id: a.outlet for a in story}
            print(f"\n=== {review}: {event}")
            kw = {"keep_apart": _mutual_best(story, anns, vecs, shared_mod, args.slack)} \
                if args.rule == "mutual-best" else {}
            for k, p in enumerate(shared_mod.shared_points(story, anns, vecs, **kw)):
                marked = [bool(re.search(mod.SHARED_WRONG, " ".join(e.text.split()))) for e in p.evidence]
                total += 1
                wrong += any(marked)
                rows = []
                for e in p.evidence:
                    sv = _vector(anns[e.article], vecs[e.article], e)
                    rows.append(sv)
                cos = [f"{float(rows[i] @ rows[j]):.2f}" for i in range(len(rows)) for j in range(i + 1, len(rows))]
                print(f"  shared #{k} cos {' '.join(cos)}")
                for e, m in zip(p.evidence, marked):
                    print(f"    {'X ' if m else ''}{outlet[e.article]}: {' '.join(e.text.split())[:170]}")
        print(f"\n{review}: shared points with a mark {wrong}/{total}")
    return 0


def _vector(ann, mat: np.ndarray, e) -> np.ndarray:
    """The sentence vector of evidence `e` (the annotation's sentence at its offsets)."""
    for i, s in enumerate(ann.sentences):
        if s.start <= e.start < s.end:
            return mat[i]
    return np.zeros(mat.shape[1])


if __name__ == "__main__":
    raise SystemExit(main())
