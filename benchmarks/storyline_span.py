"""How long storylines run: the stories of a store linked from scratch.

    nice -n 10 .venv/bin/python benchmarks/storyline_span.py                 # analyses same_event (~2 min)
    nice -n 10 .venv/bin/python benchmarks/storyline_span.py --store STORE --src /tmp/oldtree/src

Reads every story of STORE (its dates and centroid, as a run links them) and links them
with the given version's `link_storylines`; prints how many storylines there are, how
many run longer than the gap (120 days) from their first day to their last, and the
longest ones with their stories' titles, so a reader can judge whether they hold one
subject. Made for a store of same_event (994 articles, 2010-2021), where a subject that
returns every month or two (jobs reports, the debt ceiling, vaccination goals) is known.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a grouped store (default: same_event analysed into a temporary one)")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the code to measure (another version's src/)")
    ap.add_argument("--show", type=int, default=8, help="longest storylines to print")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.store import Store
    from manysides.stories.grouping import parse_day
    from manysides.stories.storylines import StorylineConfig, link_storylines

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


if __name__ == "__main__":
    sys.exit(main())
