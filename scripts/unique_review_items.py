"""(experiment) The "only one outlet reports" items of reviews 11-14's events, from a kept store.

    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/unique_review_items.py --cache /tmp/rv [--reviews 11 12]
    ... --summaries   # also each event's summary, "X" where it lacks the review's MAIN_FACT

Analyses each review's articles once (`benchmarks/_review_corpus.py`'s records and leanings) into
`--cache`/reviewN.db, then compares each event's articles as one story (the reviews' grouping is
right) and prints its unique items, "X" where the review marks them, with the best cosine to another
outlet's sentences; and the marks per review. Quicker than the review scripts when only
compare/unique.py changes (the store keeps the annotations and vectors); the review scripts stay
the measure.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from _review_corpus import ALLSIDES, read_rows, read_store  # noqa: E402


def store_of(n: int, cache: Path):
    from manysides.pipeline import analyze, load_leanings

    mod = importlib.import_module(f"review{n}_events")
    wanted = {i: e for e, ids in mod.EVENTS.items() for i in ids} | {i: "other" for i in mod.OTHERS}
    db = cache / f"review{n}.db"
    if not db.exists():
        rows = read_rows(ALLSIDES, wanted)
        with (cache / f"review{n}.jsonl").open("w", encoding="utf-8") as out:
            for i in wanted:
                r = rows[i]
                out.write(json.dumps({"id": i, "title": r["title"], "text": r["text"], "outlet": r["outlet"],
                                      "published": r.get("date"), "url": r.get("url"),
                                      "authors": r.get("authors")}) + "\n")
        with (cache / f"review{n}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["outlet", "leaning"])
            for outlet, leaning in sorted({(r["outlet"], r["leaning"]) for r in rows.values()}):
                w.writerow([outlet, leaning])
        analyze([str(cache / f"review{n}.jsonl")], db=db, leanings=load_leanings(cache / f"review{n}.csv"))
    return mod, db


def main() -> int:
    import numpy as np

    from manysides.compare import compare_story
    from manysides.compare._text import outlet_key, sentence_views
    from manysides.records import Story

    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--reviews", nargs="+", type=int, default=[11, 12, 13, 14])
    ap.add_argument("--summaries", action="store_true", help="also print each event's summary, marked")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    totals = {}
    for n in args.reviews:
        mod, db = store_of(n, args.cache)
        arts, anns, vecs = read_store(db)
        marked = listed = lacking = 0
        for event, gold in mod.EVENTS.items():
            group = [arts[g] for g in gold]
            rep = compare_story(Story(id="s", title=event, articles=tuple(a.id for a in group)), group, anns, vecs)
            views, mats = sentence_views(group, anns, vecs)
            row = {(v.article, v.start): v.index for v in views}
            print(f"\n== review {n}: {event}")
            if args.summaries:
                pattern = getattr(mod, "MAIN_FACT", {}).get(event)
                x = "X" if pattern and not re.search(pattern, rep.summary) else " "
                lacking += x == "X"
                print(f"  {x} summary: {rep.summary}")
            for u in rep.unique:
                own = next(a for a in group if a.id == u.article)
                others = [mats[a.id] for a in group if outlet_key(a) != outlet_key(own) and a.id in mats]
                vec = mats[u.article][row[(u.article, u.start)]]
                best = max(float((m @ vec).max()) for m in others) if others else 0.0
                x = "X" if re.search(mod.UNIQUE_WRONG, u.text) else " "
                marked += x == "X"
                listed += 1
                details = "; ".join(d.text for d in u.details)
                print(f"  {x} {best:.2f} {own.outlet[:14]:14s} {u.text[:150]!r} [{details}]")
        totals[n] = (marked, listed, lacking, len(mod.EVENTS))
    print()
    for n, (m, t, x, e) in totals.items():
        lacking = f"; summaries without the main fact {x} of {e}" if args.summaries else ""
        print(f"review {n}: {m} of {t} marked{lacking}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
