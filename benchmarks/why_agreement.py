"""Does `manysides why` give the similarity grouping used?

    nice -n 10 .venv/bin/python benchmarks/why_agreement.py                 # analyses same_event (~4 min)
    nice -n 10 .venv/bin/python benchmarks/why_agreement.py --store se.db   # a store made by one analyze run

Grouping weighs words (TF-IDF) over the batch it groups; `why` weighs them over the pair's
neighbourhood as the store holds it. For a store made by one `analyze` run the batch was
every article, so this recomputes that run's similarity for each pair (the same code
grouping calls) and compares it with `why`'s, over the pairs a user asks about: the two
articles share a gold event (same_event's `event`) or a story, and were compared (within
the time window). It prints how far the two figures are apart, how many verdicts ("clears
the bar" / "is under the bar") differ, and how many of those `why` does not flag as close
to the bar (`explain.NEAR_BAR`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a store made from same_event by one analyze run")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the code to measure (another version's src/)")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} is missing")
        return 0
    gold = {}
    for line in SAME_EVENT.open(encoding="utf-8"):
        r = json.loads(line)
        gold[str(r["id"])] = r["event"]
    if args.store:
        return measure(args.store, gold)
    from manysides.pipeline import analyze

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "se.db"
        analyze([str(SAME_EVENT)], db=db)
        return measure(db, gold)


def measure(db: Path, gold: dict[str, str]) -> int:
    from manysides.store import Store
    from manysides.stories import explain, why
    from manysides.stories.grouping import GroupConfig, _Similarity, parse_day

    with Store(db) as store:
        cfg = GroupConfig.from_kwargs(**store.grouping_settings())
        heads = {a.id: a for a in store.articles()}
        originals = sorted(a for a, art in heads.items() if art.duplicate_of is None)
        items = store.group_items(originals)
        row = {it.id: k for k, it in enumerate(items)}
        sim = _Similarity(items, cfg)  # the batch the one run grouped
        story_of = store.story_of(originals)
        event = {a: gold.get(str(heads[a].external_id)) for a in originals}
        pairs = [(a, b) for a, b in combinations([it.id for it in items], 2)
                 if (event[a] is not None and event[a] == event[b]) or story_of.get(a) == story_of.get(b)]
        diffs, flips, unflagged = [], 0, 0
        for a, b in pairs:
            da, db_ = parse_day(items[row[a]].published), parse_day(items[row[b]].published)
            gap = abs(da - db_) if da is not None and db_ is not None else None
            if gap is not None and gap > cfg.window_days:
                continue
            ran = float(sim.block(np.array([row[a]]), np.array([row[b]]))[0, 0])
            bar = cfg.threshold if gap is not None else cfg.undated_threshold
            ran -= cfg.day_penalty * gap if gap is not None else 0.0
            ex = why(store, a, b)
            diffs.append(ex.similarity - ran)
            if (ex.similarity >= bar) != (ran >= bar):
                flips += 1
                unflagged += abs(ex.similarity - bar) >= getattr(explain, "NEAR_BAR", 0.0)  # 0: older code flags none
    d = np.abs(np.array(diffs))
    print(f"{len(diffs)} compared pairs sharing a gold event or a story")
    print(f"|why - grouping run| similarity: mean {d.mean():.3f}, max {d.max():.3f}, > 0.02 in {(d > 0.02).sum()}")
    print(f"verdicts that differ: {flips}; of those not flagged as within {getattr(explain, 'NEAR_BAR', 0.0)} "
          f"of the bar: {unflagged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
