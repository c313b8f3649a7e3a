"""How long storylines run: the stories of a store linked from scratch.

    nice -n 10 .venv/bin/python benchmarks/storyline_span.py                 # analyses same_event (~2 min)
    nice -n 10 .venv/bin/python benchmarks/storyline_span.py --store STORE --src /tmp/oldtree/src
    nice -n 10 .venv/bin/python benchmarks/storyline_span.py --allsides /tmp/year.db   # a year of AllSides news

Reads every story of STORE (its dates and centroid, as a run links them) and links them
with the given version's `link_storylines`; prints how many storylines there are, how
many run longer than the gap (120 days) from their first day to their last, and the
longest ones with their stories' titles, so a reader can judge whether they hold one
subject. Made for a store of same_event (994 articles, 2010-2021), where a subject that
returns every month or two (jobs reports, the debt ceiling, vaccination goals) is known;
`--allsides` checks the other risk, storylines that grow into blobs over a long corpus,
on a year of AllSides news.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a grouped store (default: same_event analysed into a temporary one)")
    ap.add_argument("--allsides", type=Path, metavar="STORE",
                    help="a store of AllSides news, 125 articles a month over 12 months (2019-08 to 2020-07, seed 7): "
                         "made at STORE when it does not exist (~20 min here), then linked; give it again with "
                         "--src to link the same stories with another version")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the code to measure (another version's src/)")
    ap.add_argument("--show", type=int, default=8, help="longest storylines to print")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.store import Store
    from manysides.stories.grouping import parse_day
    from manysides.stories.storylines import StorylineConfig, link_storylines

    if args.allsides is not None:
        if not args.allsides.exists():
            from manysides.pipeline import analyze

            corpus = args.allsides.with_suffix(".jsonl")
            print(f"{allsides_months(corpus)} articles written to {corpus}; analysing them into {args.allsides}")
            analyze([str(corpus)], db=args.allsides)
        args.store = args.allsides
    if args.store is None:
        import tempfile

        from manysides.pipeline import analyze

        corpus = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"
        if not corpus.exists():
            print(f"skipped: {corpus} is missing")
            return 0
        tmp = tempfile.TemporaryDirectory()
        args.store = Path(tmp.name) / "se.db"
        analyze([str(corpus)], db=args.store)
    with Store(args.store) as store:
        summaries = store.story_summaries()
        stories = {s.id: s for s in store.stories([r[0] for r in summaries])}
    vectors = {r[0]: r[4] for r in summaries if r[4] is not None}
    lines = link_storylines(list(stories.values()), vectors)
    gap = StorylineConfig().max_gap_days

    def span(sl) -> int:
        days = [d for sid in sl.stories for d in (parse_day(stories[sid].first_date), parse_day(stories[sid].last_date))
                if d is not None]
        return max(days) - min(days) if days else 0

    spans = sorted(((span(sl), sl) for sl in lines), key=lambda x: (-x[0], x[1].id))
    linked = sum(len(sl.stories) for sl in lines)
    print(f"{len(stories)} stories; {len(lines)} storylines holding {linked} of them; "
          f"{sum(d > gap for d, _ in spans)} run longer than the {gap}-day gap (longest {spans[0][0] if spans else 0} days)")
    for days, sl in spans[: args.show]:
        print(f"\n{days} days, {len(sl.stories)} stories:")
        for sid in sl.stories:
            s = stories[sid]
            when = s.first_date or "undated"
            print(f"  {when}  {s.title[:90]}")
    return 0


def allsides_months(path: Path, per_month: int = 125, seed: int = 7) -> int:
    """A year of AllSides news (2019-08 to 2020-07), `per_month` articles of each month
    drawn with a fixed seed, written as JSON Lines; returns how many."""
    import json
    import lzma
    import random

    months = [f"2019-{m:02d}" for m in range(8, 13)] + [f"2020-{m:02d}" for m in range(1, 8)]
    pools: dict[str, list[dict]] = {m: [] for m in months}
    with lzma.open(ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            month = str(r.get("date") or "")[:7]
            if month in pools and (r.get("title") or "").strip() and len(r.get("text") or "") > 300:
                pools[month].append(r)
    rng = random.Random(seed)
    chosen = [r for m in months for r in rng.sample(sorted(pools[m], key=lambda r: str(r["id"])),
                                                    min(per_month, len(pools[m])))]
    with open(path, "w", encoding="utf-8") as out:
        for r in chosen:
            out.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"], "outlet": r.get("outlet"),
                                  "published": str(r["date"])[:10]}, ensure_ascii=False) + "\n")
    return len(chosen)


if __name__ == "__main__":
    sys.exit(main())
